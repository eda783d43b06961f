#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 382 - Skärviks kommun - helår 2025 follow-ups kept in the adopted plan's own workbook/document.

Builds all follow-up files, one file that must be rejected, and namnder.csv / files.csv / expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round382"
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hexrgb):
    return PatternFill("solid", start_color=hexrgb, end_color=hexrgb)


def fix_props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Skärviks kommun"
    wb.properties.lastModifiedBy = "Skärviks kommun"


def soffice_convert(src, fmt, outname):
    """Convert src with LibreOffice into OUT/outname."""
    tmpd = tempfile.mkdtemp(prefix="r382conv")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), os.path.join(OUT, outname))
    shutil.rmtree(tmpd)


# ---------------------------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, plan columns + T1/T2/Helår word statuses with comments
# ---------------------------------------------------------------------------------------------
def file_ks():
    fn = "KS_internkontrollplan_2025_uppfoljning_helar.xlsx"
    nm = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Skärviks kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Antagen av kommunstyrelsen 2024-12-04 § 212. Uppföljningskolumnerna fylls i av "
                "kommunledningsförvaltningen per tertial. Denna version: helårsuppföljning 2025.")
    ws.merge_cells("A3:N3")
    groups = [("A5:H5", "Plan (antagen)"), ("I5:J5", "Uppföljning T1 2025"),
              ("K5:L5", "Uppföljning T2 2025"), ("M5:N5", "Uppföljning helår 2025")]
    for rng, txt in groups:
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = txt
        c.font = BOLD
        c.alignment = Alignment(horizontal="center")
        c.fill = fill("D9E1F2")
    heads = ["Kontrollmoment", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde",
             "Kontrollmetod", "Frekvens", "Ansvarig",
             "Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar / åtgärd"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = BOLD
        c.alignment = WRAP
        c.border = BOX
        c.fill = fill("D9E1F2")
    # (heading) or (text, risk, S, K, metod, frekvens, ansvarig, t1, t1k, t2, t2k, h, hk, exp_status, exp_avv)
    rows = [
        ("1. Ekonomiprocesser",),
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Felaktiga eller obehöriga utbetalningar", 2, 4, "Stickprov 20 fakturor per tertial i Raindance",
         "Tertialvis", "Controller",
         "Genomförd", "Inga avvikelser.", "Genomförd", "2 av 20 fakturor saknade andra attest, rättat.",
         "Genomförd", "Stickprov 20 fakturor sept–dec, inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av förtroendekänsliga poster (representation, resor, konferenser)",
         "Förtroendeskada, felaktig moms", 3, 3, "Genomgång av samtliga representationsfakturor > 2 000 kr",
         "Årligen", "Redovisningschef",
         "", "", "", "",
         "Genomförd med avvikelse",
         "3 representationsfakturor saknade deltagarförteckning och syfte. Återkoppling till berörda chefer.",
         "GENOMFORD", "ja"),
        ("Avstämning av balanskonton vid månadsbokslut",
         "Felaktig redovisning", 2, 3, "Kontroll av avstämningsmallar", "Månadsvis", "Redovisningsekonom",
         "Delvis", "Mars ej klar vid rapportering.", "Genomförd", "", "Genomförd",
         "Samtliga balanskonton avstämda per 2025-12-31.", "GENOMFORD", "nej"),
        ("Ramavtalstrohet vid direktupphandling",
         "Otillåten direktupphandling", 3, 3, "Analys av leverantörsreskontra mot avtalsdatabas",
         "Årligen", "Upphandlingschef",
         "", "", "", "",
         "Ej genomförd",
         "Kontrollen har inte hunnit genomföras på grund av vakans på upphandlingsenheten. "
         "Flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
        ("2. Personal och behörigheter",),
        ("Behörigheter i ekonomisystemet Raindance vid personalförändringar",
         "Obehörig åtkomst", 2, 4, "Jämförelse behörighetslista mot avslutade anställningar",
         "Halvår", "Systemförvaltare",
         "–", "", "Genomförd", "Inga avvikelser.",
         "Delvis",
         "Genomgång gjord för KLF: 4 aktiva konton för avslutade anställda hittades och stängdes. "
         "Övriga förvaltningar återstår.", "DELVIS", "ja"),
        ("Löneutbetalningar – kontroll av nyanställda och avslutade i personalsystemet",
         "Felaktiga löneutbetalningar", 2, 3, "Stickprov 15 personer per tertial",
         "Tertialvis", "HR-chef",
         "Genomförd", "Inga avvikelser.", "Genomförd", "Inga avvikelser.",
         "Pågår", "Stickprov för december pågår, redovisas i februari.", "DELVIS", ""),
        ("3. Ärendehantering",),
        ("Diarieföring av inkommande handlingar inom föreskriven tid",
         "Handlingar registreras inte", 2, 2, "Stickprov 30 handlingar", "Tertialvis", "Kanslichef",
         "Genomförd", "Inga avvikelser.", "Genomförd", "Inga avvikelser.",
         "", "", "GENOMFORD", "nej"),
        ("Utlämnande av allmän handling utan dröjsmål",
         "Brott mot offentlighetsprincipen", 2, 3, "Genomgång av begäranden i diariet",
         "Årligen", "Kanslichef",
         "", "", "", "",
         "", "Kontrollen genomförd i november, 15 ärenden granskade. Samtliga hanterade inom 1–2 dagar.",
         "GENOMFORD", "nej"),
        ("Uppföljning av delegationsbeslut – anmälan till kommunstyrelsen",
         "Beslut fattas utan delegation", 2, 3, "Avstämning delegationslistor mot protokoll",
         "Tertialvis", "Nämndsekreterare",
         "Genomförd", "", "Utgår",
         "Ersätts av automatisk kontroll i nytt ärendehanteringssystem, beslut KS 2025-06-11 § 98.",
         "Utgår", "", "UTGAR", ""),
        ("Informationssäkerhet – loggkontroll i verksamhetssystem med känsliga uppgifter",
         "Otillåten åtkomst till personuppgifter", 3, 4, "Loggutdrag, stickprov", "Halvår",
         "Informationssäkerhetssamordnare",
         "", "", "", "", "", "", "SAKNAS", ""),
        ("Efterlevnad av riktlinje för sponsring",
         "Förtroendeskada", 1, 3, "Genomgång av sponsringsavtal", "Årligen", "Kommunikationschef",
         "", "", "", "", "Se bilaga 2", "", "OKLAR", ""),
    ]
    r = 7
    for row in rows:
        if len(row) == 1:
            ws.cell(row=r, column=1, value=row[0]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=14)
            ws.cell(row=r, column=1).fill = fill("F2F2F2")
            r += 1
            continue
        text, risk, s, k, metod, frekv, ansv, t1, t1k, t2, t2k, h, hk, st, av = row
        vals = [text, risk, s, k, s * k, metod, frekv, ansv, t1, t1k, t2, t2k, h, hk]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=(v if v != "" else None))
            c.alignment = WRAP
            c.border = BOX
        EXPECTED.append((fn, nm, text, st, av))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Riskvärde = sannolikhet × konsekvens. 1–4 låg, 6–8 medel, 9–16 hög.")
    ws.cell(row=r + 1, column=1, value="Sammanställt av Lena Sjöberg, controller, 2026-01-20")
    widths = [42, 26, 11, 11, 9, 30, 11, 18, 12, 28, 12, 28, 14, 45]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "B7"
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - xlsx, traffic-light fills only, Helår 2024 column left in
# ---------------------------------------------------------------------------------------------
def file_bun():
    fn = "BUN IK-plan 2025 med uppföljning.xlsx"
    nm = "Barn- och utbildningsnämnden"
    G, Y, O, R, GR = "92D050", "FFFF00", "FFC000", "FF0000", "BFBFBF"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 inkl. uppföljning (fastställd BUN 2024-12-10 § 131)"
    ws["A2"].font = Font(italic=True)
    heads = ["Nr", "Kontrollmoment", "Riskbeskrivning", "S", "K", "RV", "Metod", "Frekvens", "Ansvarig",
             "Helår 2024", "T1 2025", "T2 2025", "Helår 2025", "Kommentar helår 2025"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.alignment = WRAP
        c.border = BOX
        c.fill = fill("DDEBF7")
    # nr, text, risk, s, k, metod, frekv, ansv, [h24, t1, t2, h25] (fill or text), kommentar, st, av
    rows = [
        ("2.1", "Kontroll av att utdrag ur belastningsregistret uppvisats vid nyanställning",
         "Olämplig person anställs i verksamhet med barn", 2, 4, "Stickprov 25 anställningar", "Tertialvis",
         "HR-specialist", [G, G, G, G], "Stickprov 25 anställningar, samtliga ok.", "GENOMFORD", "nej"),
        ("2.2", "Kränkande behandling – anmälan till huvudman inom 5 dagar",
         "Sen hantering, brister i elevers trygghet", 3, 4, "Uttag ur anmälningssystemet", "Tertialvis",
         "Kvalitetsstrateg", [Y, Y, G, Y], "4 av 30 anmälningar inkom efter mer än 5 dagar. Påminnelse till rektorer.",
         "GENOMFORD", "ja"),
        ("2.3", "Frånvarorapportering och uppföljning av elever med hög frånvaro",
         "Elever med hög frånvaro fångas inte upp", 3, 3, "Genomgång av frånvarorutin per skola", "Tertialvis",
         "Verksamhetschef grundskola", [O, O, O, O], "Rutinen införd på 6 av 9 skolor.", "DELVIS", ""),
        ("2.4", "Skolskjuts – kontroll av fakturor mot beställda resor",
         "Betalning för ej utförda resor", 2, 3, "Stickprov fakturor mot beställningslista", "Årligen",
         "Skolskjutssamordnare", [G, None, None, R], "Ansvarig handläggare har slutat, kontrollen ej utförd.",
         "EJ_GENOMFORD", ""),
        ("2.5", "Systematiskt brandskyddsarbete i förskolor",
         "Brand, personskada", 2, 4, "Egenkontroll enligt checklista", "Årligen", "Förskolechefer",
         [G, None, None, G], "", "GENOMFORD", "nej"),
        ("2.6", "Barngruppernas storlek i förskolan enligt riktmärke",
         "Försämrad kvalitet", 2, 2, "Statistik från barnomsorgssystemet", "Halvår", "Verksamhetschef förskola",
         ["Ny 2025", None, None, GR], "Utgår ur planen, följs i stället upp i kvalitetsrapporten.", "UTGAR", ""),
        ("2.7", "Modersmålsundervisning – underlag för ersättning",
         "Felaktig ersättning", 2, 2, "Avstämning elevlistor mot utbetalning", "Tertialvis", "Controller BUF",
         [G, G, O, None], "", "DELVIS", ""),
        ("2.8", "Inventarieförteckning för stöldbegärlig utrustning (datorer, läsplattor)",
         "Förlust av utrustning", 2, 2, "Inventering mot förteckning", "Årligen", "IT-samordnare",
         [R, None, None, None], "", "SAKNAS", ""),
        ("2.9", "Tillsyn av fristående förskolor enligt tillsynsplan",
         "Bristande tillsyn", 2, 3, "Avstämning mot tillsynsplan", "Årligen", "Utredare",
         [G, None, None, G], "Samtliga 4 planerade tillsyner genomförda.", "GENOMFORD", "nej"),
    ]
    r = 5
    for nr, text, risk, s, k, metod, frekv, ansv, marks, kom, st, av in rows:
        vals = [nr, text, risk, s, k, s * k, metod, frekv, ansv]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        for j, m in enumerate(marks):
            c = ws.cell(row=r, column=10 + j)
            c.border = BOX
            if m is None:
                continue
            if len(m) == 6 and all(ch in "0123456789ABCDEF" for ch in m):
                c.fill = fill(m)
            else:
                c.value = m
        c = ws.cell(row=r, column=14, value=kom or None)
        c.alignment = WRAP
        c.border = BOX
        EXPECTED.append((fn, nm, text, st, av))
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Teckenförklaring uppföljning").font = BOLD
    legend = [(G, "Genomförd utan anmärkning"), (Y, "Genomförd med anmärkning/avvikelse"),
              (O, "Påbörjad / delvis genomförd"), (R, "Ej genomförd"), (GR, "Utgår")]
    for col, txt in legend:
        r += 1
        ws.cell(row=r, column=1).fill = fill(col)
        ws.cell(row=r, column=2, value=txt)
    r += 2
    ws.cell(row=r, column=2, value="S = sannolikhet, K = konsekvens, RV = riskvärde (S×K)")
    ws.cell(row=r + 1, column=2, value="Senast uppdaterad 2026-01-15, Anders Holm, kvalitetsstrateg")
    widths = [6, 44, 30, 5, 5, 5, 30, 11, 20, 10, 10, 10, 10, 45]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 3. Socialnämnden - docx, the adopted plan document with symbol columns T1/T2/Helår
# ---------------------------------------------------------------------------------------------
def set_cell_bg(cell, hexrgb):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexrgb)
    tcPr.append(shd)


def landscape(d):
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))


def fix_core(d):
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.author = "Skärviks kommun"
    cp.last_modified_by = "Skärviks kommun"
    cp.revision = 1


def file_sn():
    fn = "Socialnämnden_IKP_2025.docx"
    nm = "Socialnämnden"
    d = docx.Document()
    fix_core(d)
    landscape(d)
    d.sections[0].header.paragraphs[0].text = "Skärviks kommun  |  Socialförvaltningen  |  Dnr SN 2024/412"
    d.add_heading("Internkontrollplan 2025 för socialnämnden", level=1)
    d.add_paragraph("Fastställd av socialnämnden 2024-12-11, § 145. Planen uppdateras med uppföljning "
                    "efter varje tertial. Denna version innehåller helårsuppföljning 2025 och behandlas av "
                    "nämnden i februari 2026.")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph("Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är "
                    "tillräcklig. Planen bygger på förvaltningens risk- och väsentlighetsanalys där varje "
                    "risk bedömts utifrån sannolikhet (1–4) och konsekvens (1–4).")
    d.add_heading("Kontrollmoment och uppföljning", level=2)
    p = d.add_paragraph()
    p.add_run("Teckenförklaring: ").bold = True
    p.add_run("✔ = genomförd utan avvikelse   ! = genomförd med avvikelse   ◐ = pågår/delvis genomförd   "
              "✘ = ej genomförd   – = utgår   (tom ruta = ej aktuell för perioden)")
    heads = ["Kontrollmoment", "Risk", "S", "K", "Metod", "Frekvens", "T1", "T2", "Helår", "Kommentar helår"]
    rows = [
        ("Myndighetsutövning",),
        ("Utredningstid för barnavårdsutredningar inom fyra månader (11 kap. 2 § SoL)",
         "Barn far illa, lagbrott", 3, 4, "Uttag ur verksamhetssystemet", "Tertialvis", "✔", "✔", "!",
         "3 av 40 utredningar överskred fyra månader utan beslut om förlängning.", "GENOMFORD", "ja"),
        ("Beslut om bistånd är fattade enligt gällande delegationsordning",
         "Beslut utan behörighet", 2, 3, "Stickprov 20 beslut", "Tertialvis", "✔", "✔", "✔", "",
         "GENOMFORD", "nej"),
        ("Rapportering av ej verkställda beslut till IVO inom tidsfrist",
         "Sanktionsavgift", 2, 3, "Avstämning mot rapporteringslista", "Kvartalsvis", "◐", "◐", "◐",
         "Kvartal 1–3 kontrollerade, kvartal 4 rapporteras först i februari.", "DELVIS", ""),
        ("Ekonomi",),
        ("Ekonomiskt bistånd – utbetalning överensstämmer med beslut",
         "Felaktiga utbetalningar", 3, 3, "Stickprov 30 utbetalningar", "Tertialvis", "✔", "✔", "✔ ✘",
         "", "OKLAR", ""),
        ("Hantering av klienters privata medel på boenden (kassaböcker)",
         "Förskingring", 2, 4, "Genomgång av kassaböcker", "Halvår", "–", "–", "–",
         "Utgår enligt beslut SN 2025-03-19 § 34, ersatt av kontantfri hantering.", "UTGAR", ""),
        ("Avgiftsberäkning i hemtjänsten – korrekt underlag för debitering",
         "Felaktiga avgifter", 2, 3, "Stickprov 25 avgiftsbeslut", "Tertialvis", "✔", "✘", "",
         "Helårskontrollen har inte genomförts.", "EJ_GENOMFORD", ""),
        ("Personal och kvalitet",),
        ("Bakgrundskontroll av personal i LSS-boenden",
         "Olämplig personal", 2, 4, "Stickprov nyanställda", "Årligen", "", "", "✘",
         "Skjuts till 2026 på grund av omorganisation.", "EJ_GENOMFORD", ""),
        ("Läkemedelshantering – signeringslistor i särskilt boende",
         "Felaktig läkemedelsgivning", 3, 4, "Granskning av MAS", "Tertialvis", "◐", "✔", "!",
         "Två enheter hade brister i signeringen, åtgärdsplan upprättad.", "GENOMFORD", "ja"),
        ("Lex Sarah-rapporter utreds och anmäls inom föreskriven tid",
         "Missförhållanden åtgärdas inte", 2, 4, "Genomgång av rapporter", "Halvår", "", "", "", "",
         "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        set_cell_bg(c, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        if len(row) == 1:
            m = cells[0].merge(cells[-1])
            m.text = ""
            m.paragraphs[0].add_run(row[0]).bold = True
            set_cell_bg(m, "EDEDED")
            continue
        text, risk, s, k, metod, frekv, t1, t2, h, kom, st, av = row
        vals = [text, risk, str(s), str(k), metod, frekv, t1, t2, h, kom]
        for i, v in enumerate(vals):
            cells[i].text = v
        EXPECTED.append((fn, nm, text, st, av))
    widths = [6.5, 3.5, 0.8, 0.8, 3.2, 2.2, 1.1, 1.1, 1.2, 5.6]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    d.add_heading("Sammanfattande bedömning helår 2025", level=2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen under 2025 i huvudsak har varit "
                    "tillräcklig. Avvikelser har noterats gällande utredningstider och läkemedelshantering, "
                    "och åtgärder har vidtagits. Kontrollen av bakgrundskontroller förs över till 2026.")
    d.add_paragraph("Maria Eklund\nSocialchef")
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden - ods, numeric status codes, 2024 columns left in before 2025
# ---------------------------------------------------------------------------------------------
def file_kfn(tmpd):
    fn = "kfn_ikplan_2025.ods"
    nm = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Plan och uppföljning"
    ws["A1"] = "Kultur- och fritidsförvaltningen – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Statuskoder: 1 = Genomförd utan anmärkning, 2 = Genomförd med anmärkning, "
                "3 = Delvis genomförd/pågår, 4 = Ej genomförd, 0 = Utgår")
    ws["A3"] = "Kolumnerna för 2024 ligger kvar som jämförelse. Helår 2025 ifyllt 2026-01-22."
    ws.merge_cells("I4:K4")
    ws["I4"] = "Uppföljning 2024"
    ws.merge_cells("L4:O4")
    ws["L4"] = "Uppföljning 2025"
    for a in ("I4", "L4"):
        ws[a].font = BOLD
        ws[a].alignment = Alignment(horizontal="center")
    heads = ["Område", "Kontrollmoment", "Risk", "Sannolikhet", "Konsekvens", "Metod", "Frekvens",
             "Ansvarig", "T1", "T2", "Helår", "T1", "T2", "Helår", "Kommentar"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = BOLD
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("Bidrag", "Föreningsbidrag – ansökan och redovisning är kompletta innan utbetalning",
         "Felaktiga bidrag", 2, 3, "Stickprov 12 föreningar", "Halvår", "Föreningskonsulent",
         [1, 1, 2], [None, 1, 1], "Stickprov 12 föreningar, inga brister.", "GENOMFORD", "nej"),
        ("Intäkter", "Lokalbokning – debitering enligt taxa i bokningssystemet",
         "Intäktsbortfall", 3, 2, "Stickprov 30 bokningar", "Tertialvis", "Bokningsansvarig",
         [2, 2, 2], [2, 1, 2], "Felaktig taxa för 3 bokningar, kreditering och ny fakturering gjord.",
         "GENOMFORD", "ja"),
        ("Intäkter", "Kassahantering i simhallen och på biblioteken",
         "Svinn, förskingring", 2, 3, "Oanmäld kassainventering", "Tertialvis", "Enhetschefer",
         [1, 1, 1], [1, 3, None], "", "DELVIS", ""),
        ("Inköp", "Inköp av konst följer riktlinje för konstnärlig gestaltning",
         "Brott mot LOU", 1, 3, "Genomgång av inköp", "Årligen", "Kulturstrateg",
         [1, None, 1], [None, None, 0], "Inga konstinköp under 2025.", "UTGAR", ""),
        ("Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Köp utanför avtal", 3, 2, "Leverantörsanalys", "Årligen", "Controller",
         [None, 3, 3], [None, 3, 4], "Ej genomförd på grund av sjukskrivning.", "EJ_GENOMFORD", ""),
        ("Säkerhet", "Tillstånd och brandskydd vid egna arrangemang",
         "Personskada", 2, 4, "Checklista per arrangemang", "Tertialvis", "Evenemangssamordnare",
         [1, 1, 1], [1, 1, 1], "", "GENOMFORD", "nej"),
        ("Avtal", "Uppföljning av avtal med studieförbund",
         "Medel används inte enligt avtal", 2, 2, "Dialogmöte och redovisning", "Årligen", "Kulturchef",
         [None, None, 1], [None, None, 3], "Två av fem avtal följda upp.", "DELVIS", ""),
        ("Tillgångar", "Inventering av utrustning för lovaktiviteter",
         "Förlust av utrustning", 2, 1, "Inventering mot förteckning", "Årligen", "Fritidsgårdschef",
         [None, None, 1], [None, None, None], "", "SAKNAS", ""),
        ("Bidrag", "Närvarorapportering i fritidsgårdarnas system (underlag för LOK-stöd)",
         "Felaktigt statsbidrag", 2, 2, "Stickprov närvarolistor", "Halvår", "Fritidsgårdschef",
         [1, None, 1], [None, None, None], "Se bilaga 1.", "OKLAR", ""),
    ]
    r = 6
    for omr, text, risk, s, k, metod, frekv, ansv, y24, y25, kom, st, av in rows:
        vals = [omr, text, risk, s, k, metod, frekv, ansv] + y24 + y25 + [kom or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if 9 <= i <= 11:
                c.font = Font(color="808080")
        EXPECTED.append((fn, nm, text, st, av))
        r += 1
    ws.cell(row=r + 1, column=1, value="Ansvarig för sammanställning: Petra Lund, verksamhetscontroller")
    widths = [11, 44, 22, 11, 11, 24, 11, 20, 6, 6, 7, 6, 6, 7, 40]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    src = os.path.join(tmpd, "kfn_ikplan_2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fn)
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden - xls, tick columns, nämnd only in print header + file name (SBF)
# ---------------------------------------------------------------------------------------------
def file_sbn(tmpd):
    fn = "SBF_IKP2025_uppf.xls"
    nm = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Blad1"
    ws.oddHeader.center.text = "Samhällsbyggnadsnämnden – Internkontrollplan 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 med uppföljning – helår"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Markera med X. Vid avvikelse: markera både Utförd och Avvikelse och beskriv i kommentaren."
    spans = [("G3:H3", "T1 2025"), ("I3:J3", "T2 2025"), ("K3:M3", "Helår 2025")]
    for rng, txt in spans:
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = txt
        c.font = BOLD
        c.alignment = Alignment(horizontal="center")
    heads = ["Kontrollmoment", "Risk", "Sannolikhet", "Konsekvens", "Metod", "Frekvens",
             "Utförd", "Ej utförd", "Utförd", "Ej utförd", "Utförd", "Avvikelse", "Ej utförd",
             "Kommentar / åtgärd"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.border = BOX
        c.alignment = WRAP
    # ticks: (t1u, t1e, t2u, t2e, hu, ha, he)
    rows = [
        ("Bygglov – handläggningstid inom 10 veckor enligt PBL", "Lagkrav ej uppfyllt, avgiftsreduktion",
         3, 3, "Uttag ur ärendesystemet", "Tertialvis", "X.X.XX.",
         "7 ärenden överskred tiden, avgiften reducerades enligt 12 kap. 8 a § PBL.", "GENOMFORD", "ja"),
        ("Debitering av bygglovsavgifter enligt taxa", "Intäktsbortfall", 2, 3, "Stickprov 20 ärenden",
         "Tertialvis", "X.X.X..", "", "GENOMFORD", "nej"),
        ("Gatu- och parkentreprenad – entreprenörens utförda arbeten mot avtal", "Betalning för ej utfört arbete",
         3, 3, "Stickprov arbetsordrar", "Årligen", "......X", "Flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("Uppföljning av VA-anslutningsavgifter", "Felaktig debitering", 2, 3, "Avstämning mot anslutningar",
         "Årligen", "....X.X", "", "OKLAR", ""),
        ("Lantmäteriförrättningar – fakturering av nedlagd tid", "Intäktsbortfall", 2, 2,
         "Stickprov 25 ärenden", "Årligen", ".......",
         "Kontrollen påbörjad, 10 av 25 ärenden granskade.", "DELVIS", ""),
        ("Bostadsanpassningsbidrag – beslut fattade enligt delegationsordningen", "Beslut utan behörighet",
         2, 3, "Stickprov 15 beslut", "Halvår", "..X.X..", "", "GENOMFORD", "nej"),
        ("Kart- och GIS-licenser – avstämning mot faktiska användare", "Onödiga kostnader", 2, 1,
         "Licensrapport mot användarlista", "Årligen", ".......", "", "SAKNAS", ""),
        ("Snöröjningsentreprenad – kontroll av tidrapporter", "Felaktiga fakturor", 2, 3,
         "Stickprov tidrapporter", "Tertialvis", "X......",
         "Utgår – entreprenaden avslutad 2025-04-30, kontrollen är inte längre aktuell.", "UTGAR", ""),
    ]
    r = 5
    for text, risk, s, k, metod, frekv, ticks, kom, st, av in rows:
        vals = [text, risk, s, k, metod, frekv] + [("X" if ch == "X" else None) for ch in ticks] + [kom or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP if i in (1, 2, 5, 14) else Alignment(horizontal="center", vertical="top")
        EXPECTED.append((fn, nm, text, st, av))
        r += 1
    ws.cell(row=r + 1, column=1, value="Uppföljd av: Johan Berg, administrativ chef, 2026-01-19")
    widths = [46, 26, 11, 11, 24, 11, 7, 8, 7, 8, 7, 9, 8, 46]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape"
    src = os.path.join(tmpd, "SBF_IKP2025_uppf.xlsx")
    wb.save(src)
    soffice_convert(src, 'xls:MS Excel 97', fn)
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 6. Miljö- och hälsoskyddsnämnden - odt, one table per process, status+comment in same cell
# ---------------------------------------------------------------------------------------------
def file_mhn(tmpd):
    fn = "Miljö- och hälsoskyddsnämnden IK 2025 helår.odt"
    nm = "Miljö- och hälsoskyddsnämnden"
    d = docx.Document()
    fix_core(d)
    landscape(d)
    d.add_heading("Miljö- och hälsoskyddsnämnden", level=1)
    d.add_paragraph("Internkontrollplan 2025 – antagen 2024-11-26 § 97, med uppföljning T1, T2 och helår")
    d.add_paragraph("Miljökontoret redovisar här uppföljningen direkt i den antagna planen. Kolumnen "
                    "”Utfall 2024” visar föregående års resultat för kontrollmoment som fanns i 2024 års plan.")
    heads = ["Kontrollmoment", "Risk (S×K)", "Metod / frekvens", "Utfall 2024", "T1 2025", "T2 2025",
             "Helår 2025"]
    sections = [
        ("Process 1: Tillsyn och kontroll", [
            ("Tillsynsplanen följs – andel genomförda planerade livsmedelsinspektioner", "3×3=9",
             "Uttag ur Ecos / tertialvis", "Delvis, 85 %", "Pågår", "Pågår",
             "Genomförd med avvikelse.\n92 % av planerade inspektioner genomförda, resterande flyttade till 2026.",
             "GENOMFORD", "ja"),
            ("Beslut om föreläggande följs upp inom angiven tid", "2×3=6", "Stickprov 15 ärenden / halvår",
             "Genomförd", "", "Genomförd", "Genomförd.\nInga avvikelser.", "GENOMFORD", "nej"),
            ("Handläggning av klagomål – återkoppling till klagande inom två veckor", "2×2=4",
             "Stickprov 20 klagomål / årligen", "", "", "", "Ej genomförd.", "EJ_GENOMFORD", ""),
        ]),
        ("Process 2: Avgifter och fakturering", [
            ("Fakturering av timavgift för tillsyn enligt taxa", "3×2=6", "Stickprov 30 fakturor / tertialvis",
             "Genomförd", "Genomförd", "Genomförd", "Genomförd.\n2 felaktiga fakturor krediterade.",
             "GENOMFORD", "ja"),
            ("Årlig avgift för registrerade livsmedelsanläggningar debiteras", "2×3=6",
             "Avstämning register mot fakturering / årligen", "Genomförd", "", "", "Se bilaga 3.",
             "OKLAR", ""),
            ("Avskrivning av obetalda avgifter sker enligt delegation", "1×3=3", "Genomgång av avskrivningar / årligen",
             "Genomförd", "", "Utgår",
             "Utgår – hanteras av ekonomiavdelningen från 2025-05-01 (beslut MHN 2025-04-15 § 41).",
             "UTGAR", ""),
        ]),
        ("Process 3: Dokumenthantering", [
            ("Diarieföring av inspektionsrapporter i Ecos", "2×2=4", "Stickprov per team / tertialvis",
             "", "Genomförd", "Genomförd", "Delvis.\nGenomgång av 2 av 3 team klar.", "DELVIS", ""),
            ("Gallring enligt dokumenthanteringsplanen", "1×2=2", "Kontroll av gallringslogg / årligen",
             "Ej genomförd", "", "", "", "SAKNAS", ""),
        ]),
    ]
    for title, rows in sections:
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            c = t.rows[0].cells[i]
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
            set_cell_bg(c, "E2EFDA")
        for text, risk, metod, y24, t1, t2, h, st, av in rows:
            cells = t.add_row().cells
            for i, v in enumerate([text, risk, metod, y24, t1, t2, h]):
                cells[i].text = v
            EXPECTED.append((fn, nm, text, st, av))
        widths = [7.0, 1.8, 4.2, 2.4, 2.2, 2.2, 6.2]
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
        d.add_paragraph("")
    d.add_paragraph("Uppföljningen behandlas av miljö- och hälsoskyddsnämnden 2026-02-10.")
    d.add_paragraph("Karin Åberg, miljöchef")
    src = os.path.join(tmpd, "mhn.docx")
    d.save(src)
    soffice_convert(src, "odt", fn)
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 7. Stratsys export - csv, two organisations (Hamnbolaget + Räddningstjänstförbundet)
# ---------------------------------------------------------------------------------------------
def file_stratsys():
    fn = "Stratsys_export_IK_2025_bolag_forbund.csv"
    orgs = {"Skärviks Hamn AB": "Skärviks Hamn AB",
            "Räddningstjänsten Skärvik-Norrå": "Räddningstjänstförbundet Skärvik-Norrå"}
    heads = ["Enhet", "Process", "Kontrollmoment", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde",
             "Kontrollmetod", "Frekvens", "Ansvarig", "Status Helår 2024",
             "Status T1 2025", "Kommentar T1 2025", "Status T2 2025", "Kommentar T2 2025",
             "Status Helår 2025", "Kommentar Helår 2025"]
    rows = [
        ("Skärviks Hamn AB", "Ekonomi", "Hamnavgifter – fakturering enligt taxa för fartygsanlöp",
         "Intäktsbortfall", 2, 3, "Stickprov 20 anlöp", "Tertialvis", "Ekonomichef",
         "Klar", "Klar", "", "Klar", "", "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Skärviks Hamn AB", "Säkerhet", "Tillträdeskontroll till hamnområdet enligt ISPS",
         "Obehöriga i hamnområdet", 2, 4, "Avstämning passerkort mot behörighetslista", "Halvår",
         "Hamnskyddschef", "Klar", "", "", "Klar", "",
         "Klar med avvikelse", "Passerkort för 6 avslutade entreprenörer var fortfarande aktiva.\nKorten spärrade 2025-12-05.",
         "GENOMFORD", "ja"),
        ("Skärviks Hamn AB", "Underhåll", "Underhållsplan kajer – utförda åtgärder mot plan",
         "Skador, driftstopp", 3, 3, "Genomgång av underhållsplan", "Årligen", "Teknisk chef",
         "Pågående", "", "", "", "", "Pågående", "Kaj 3 klar, kaj 4 och 5 återstår.", "DELVIS", ""),
        ("Skärviks Hamn AB", "Ekonomi", "Representation och gåvor till kunder",
         "Förtroendeskada", 2, 2, "Genomgång av verifikationer", "Årligen", "VD",
         "Klar", "", "", "", "", "Ej påbörjad", "Skjuts till 2026.", "EJ_GENOMFORD", ""),
        ("Skärviks Hamn AB", "Styrning", "Jäv och bisysslor – årlig redovisning från anställda",
         "Jäv i upphandling", 2, 3, "Insamling av blanketter", "Årligen", "HR",
         "", "", "", "", "", "Stängd",
         "Ersätts av koncerngemensam kontroll, beslut i styrelsen 2025-08-28.", "UTGAR", ""),
        ("Räddningstjänsten Skärvik-Norrå", "Tillsyn", "Tillsyn enligt LSO – genomförda tillsyner mot tillsynsplan",
         "Bristande brandskydd hos objekt", 3, 3, "Uttag ur verksamhetssystemet", "Tertialvis",
         "Stf räddningschef", "Klar med avvikelse", "Pågående", "12 av 40.", "Pågående", "27 av 40.",
         "Klar", "40 av 40 planerade tillsyner genomförda.", "GENOMFORD", "nej"),
        ("Räddningstjänsten Skärvik-Norrå", "Räddningsinsats",
         "Insatstid – uppföljning mot målen i handlingsprogrammet",
         "Försenad insats", 3, 4, "Statistik ur insatsrapporter", "Tertialvis", "Räddningschef",
         "Klar", "Klar", "", "Klar", "",
         "Klar med avvikelse", "Insatstiden överskreds i 11 % av larmen i ytterområdena.", "GENOMFORD", "ja"),
        ("Räddningstjänsten Skärvik-Norrå", "Ekonomi", "Fakturering av onödiga automatlarm",
         "Intäktsbortfall", 2, 2, "Avstämning larmlista mot fakturor", "Halvår", "Ekonom",
         "Klar", "", "", "Klar", "", "Pågående", "Andra halvåret kontrolleras i januari.", "DELVIS", ""),
        ("Räddningstjänsten Skärvik-Norrå", "Fordon", "Körjournaler för förbundets fordon",
         "Privat användning av fordon", 1, 2, "Stickprov körjournaler", "Årligen", "Fordonsansvarig",
         "Klar", "", "", "", "", "", "", "SAKNAS", ""),
    ]
    path = os.path.join(OUT, fn)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(heads)
        for row in rows:
            enhet, proc, text, risk, s, k, metod, frekv, ansv, h24, t1, t1k, t2, t2k, h, hk, st, av = row
            w.writerow([enhet, proc, text, risk, s, k, s * k, metod, frekv, ansv, h24, t1, t1k, t2, t2k, h, hk])
            EXPECTED.append((fn, orgs[enhet], text, st, av))
    FILES.append((fn, "INLAST", "Skärviks Hamn AB", "2025", "HELAR"))
    FILES.append((fn, "INLAST", "Räddningstjänstförbundet Skärvik-Norrå", "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 8. Rejected: Office lock file left next to the BUN workbook
# ---------------------------------------------------------------------------------------------
def file_lock():
    fn = "~$BUN IK-plan 2025 med uppföljning.xlsx"
    user = "Anders Holm"
    data = bytes([len(user)]) + user.encode("latin-1") + b" " * (53 - len(user))
    data += bytes([len(user), 0]) + user.encode("utf-16-le") + b"\x00\x00" * (54 - len(user))
    data = data[:165].ljust(165, b"\x00")
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(data)
    FILES.append((fn, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljökontoret|Miljö- och hälsoskyddsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarkansliet"),
        ("Valnämnden", "VN"),
        ("Skärviks Hamn AB", "Hamnbolaget|Skärviks Hamn"),
        ("Räddningstjänstförbundet Skärvik-Norrå", "Räddningstjänsten Skärvik-Norrå|RSN|Räddningstjänsten"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmpd = tempfile.mkdtemp(prefix="r382src")
    try:
        file_ks()
        file_bun()
        file_sn()
        file_kfn(tmpd)
        file_sbn(tmpd)
        file_mhn(tmpd)
        file_stratsys()
        file_lock()
        write_csvs()
    finally:
        shutil.rmtree(tmpd, ignore_errors=True)


if __name__ == "__main__":
    main()
