#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r534 - Nässjö kommun, delårsuppföljning 2025.

Builds every file of the round plus namnder.csv, files.csv and expected.csv
directly in the folder of this script. Run: /usr/bin/python3 make_round.py
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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 10, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
GREEN = PatternFill("solid", fgColor="C6EFCE")
YELLOW = PatternFill("solid", fgColor="FFEB9C")
RED = PatternFill("solid", fgColor="FFC7CE")
GREY = PatternFill("solid", fgColor="D9D9D9")
HEAD = PatternFill("solid", fgColor="DDEBF7")


def fix_props_xlsx(wb, title, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.title = title
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_props_docx(d, title, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def set_widths(ws, widths):
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Socialnämnden - Word, one small two-column table per control
# ---------------------------------------------------------------------------
def file_socialnamnden():
    fil = "Socialnämnden IK-uppföljning delår 2025.docx"
    nm = "Socialnämnden"
    d = docx.Document()
    fix_props_docx(d, "Uppföljning internkontrollplan 2025 delår", "Anna Lindqvist")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "NÄSSJÖ KOMMUN\tSocialförvaltningen\tDnr SN 2025/0042"
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Socialnämnden – delårsuppföljning per 31 augusti 2025")
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 187). "
        "Planen omfattar tio kontrollmoment fördelade på fyra processer. I denna rapport "
        "redovisas utfallet för perioden januari–augusti. Kontroller som ska genomföras "
        "under hösten redovisas i helårsuppföljningen.")
    d.add_paragraph(
        "Varje kontrollmoment redovisas i en egen tabell. Status anges som Genomförd, "
        "Pågår, Delvis, Ej påbörjad eller Ej aktuell.")

    labels = ["Kontrollmoment", "Ansvarig", "Resultat", "Status", "Åtgärd"]

    def control(km, ansv, res, status, atg):
        t = d.add_table(rows=5, cols=2)
        t.style = "Table Grid"
        for i, (lab, val) in enumerate(zip(labels, [km, ansv, res, status, atg])):
            c0, c1 = t.rows[i].cells
            c0.width = Cm(3.5)
            c1.width = Cm(12.5)
            r = c0.paragraphs[0].add_run(lab)
            r.bold = True
            lines = val.split("\n") if val else [""]
            c1.paragraphs[0].add_run(lines[0])
            for ln in lines[1:]:
                c1.add_paragraph(ln)
        d.add_paragraph("")

    d.add_heading("Process: Ekonomi och utbetalningar", level=2)
    km = "Attest av leverantörsfakturor enligt attestordningen"
    control(km, "Controller",
            "Stickprov på 40 fakturor från mars och juni. Samtliga attesterade av behörig "
            "attestant enligt gällande attestförteckning.",
            "Genomförd", "–")
    exp(fil, nm, km, "GENOMFORD", "nej")

    km = "Kontroll av att ekonomiskt bistånd betalas ut i enlighet med fattade beslut"
    control(km, "Enhetschef ekonomiskt bistånd",
            "20 slumpvis valda ärenden från april–juni har granskats.\n"
            "I två ärenden har utbetalning skett med felaktigt belopp (överutbetalning "
            "3 412 kr respektive 1 150 kr). Återkrav har upprättats.",
            "Genomförd med anmärkning",
            "Rutinen för dubbelkontroll vid manuella utbetalningar gås igenom på APT i september.")
    exp(fil, nm, km, "GENOMFORD", "ja")

    d.add_heading("Process: Myndighetsutövning barn och unga", level=2)
    km = "Förhandsbedömning av orosanmälningar inom 14 dagar"
    control(km, "Enhetschef barn och unga",
            "Uppföljning gjord för januari–juni: 87 % av förhandsbedömningarna var klara inom "
            "14 dagar (212 av 244). Juli–augusti följs upp i oktober.",
            "Pågår",
            "Mottagningsgruppen förstärks med en handläggare under hösten.")
    exp(fil, nm, km, "DELVIS", "ja")

    km = "Utredningar inom barn och unga avslutas inom fyra månader"
    control(km, "Enhetschef barn och unga", "", "Ej påbörjad",
            "Kontrollen genomförs i oktober.")
    exp(fil, nm, km, "EJ_GENOMFORD", "")

    km = "Delegationsbeslut anmäls till socialnämnden enligt delegationsordningen"
    control(km, "Nämndsekreterare",
            "Kontroll av anmälda delegationsbeslut februari–juni mot verksamhetssystemet. "
            "Inga brister noterade.",
            "Genomförd", "")
    exp(fil, nm, km, "GENOMFORD", "nej")

    d.add_heading("Process: Funktionsstöd och vård och omsorg", level=2)
    km = "Beslut om insatser enligt LSS som inte verkställts inom tre månader rapporteras till IVO"
    control(km, "Verksamhetschef funktionsstöd",
            "Kontrollen är genomförd i juni. Samtliga ej verkställda beslut har rapporterats "
            "till IVO inom föreskriven tid. Inga avvikelser.",
            "", "")
    exp(fil, nm, km, "GENOMFORD", "nej")

    km = "Signering av överlämnade läkemedel i särskilt boende"
    control(km, "MAS", "", "Se bilaga 2", "")
    exp(fil, nm, km, "OKLAR", "")

    km = "Genomförandeplaner i hemtjänsten upprättas inom 14 dagar från beslut"
    control(km, "Enhetschefer hemtjänst",
            "Stickprov gjort i två av fyra hemtjänstområden (Centrum och Anneberg). "
            "3 av 15 genomförandeplaner upprättades för sent.\n"
            "Områdena Bodafors och Forserum granskas i september.",
            "Delvis",
            "Påminnelse till samordnare om tidsgränsen.")
    exp(fil, nm, km, "DELVIS", "ja")

    d.add_heading("Process: Personal", level=2)
    km = "Utdrag ur belastningsregistret vid nyanställning inom LSS-verksamhet"
    control(km, "HR-konsult",
            "Ingen nyanställning har gjorts inom LSS sedan januari på grund av "
            "anställningsstopp. Kontrollen bedöms inte aktuell för 2025.",
            "Ej aktuell", "")
    exp(fil, nm, km, "UTGAR", "")

    km = "Registrering av bisysslor för chefer och handläggare"
    control(km, "Förvaltningschef",
            "Enkät skickad till samtliga 46 chefer och handläggare. 41 har svarat hittills; "
            "inga otillåtna bisysslor har framkommit.",
            "Pågående", "Påminnelse skickas till de som inte svarat.")
    exp(fil, nm, km, "DELVIS", "nej")

    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Läkemedelsgenomgång särskilt boende (separat dokument).")
    d.add_paragraph("Nässjö 2025-09-10")
    d.add_paragraph("Anna Lindqvist\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. BUN - xlsx, "Andel genomförd" as percentages
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN_IK_delår2025.xlsx"
    nm = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    fix_props_xlsx(wb, "IK delår 2025", "Karin Holm")
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Barn- och utbildningsnämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Avser perioden 2025-01-01 – 2025-08-31 (delår)"
    ws["A3"] = ("Andel genomförd anges som den andel av planerat stickprov som har granskats "
                "vid delår (0 %, 50 % eller 100 %).")
    ws["A3"].font = Font(italic=True)
    head = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Omfattning",
            "Ansvarig", "Andel genomförd", "Iakttagelser / kommentar", "Åtgärd"]
    for c, h in enumerate(head, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.fill = HEAD
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov", "25 fakturor/tertial", "Controller", 1.0,
         "50 fakturor granskade. Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("1.2", "Ekonomi",
         "Representation och förtroendekänsliga poster – syfte och deltagare dokumenterade",
         "Stickprov", "20 verifikationer", "Controller", 1.0,
         "3 av 20 verifikationer saknade deltagarförteckning.",
         "Påminnelse till rektorer och förskolechefer om riktlinjen.", "GENOMFORD", "ja"),
        ("1.3", "Ekonomi", "Avstämning av skolskjutsfakturor mot beställd trafik",
         "Avstämning", "Samtliga fakturor", "Skolskjutssamordnare", 0.5,
         "Januari–april avstämda, inga differenser hittills. Maj–augusti stäms av i september.",
         "", "DELVIS", "nej"),
        ("2.1", "Elevhälsa och trygghet",
         "Anmälan om kränkande behandling rapporteras till huvudman samma dag",
         "Stickprov", "8 skolor", "Kvalitetsstrateg", 0.5,
         "Granskning genomförd på 4 av 8 skolor. Två anmälningar rapporterades med "
         "fördröjning (3 resp. 5 dagar).",
         "Rutinen förtydligas i ledningsgruppen.", "DELVIS", "ja"),
        ("2.2", "Elevhälsa och trygghet",
         "Elever med frånvaro över 20 % har utretts",
         "Registerkontroll", "Samtliga skolor åk 7–9", "Elevhälsochef", 0,
         "Påbörjas vid höstterminens start.", "", "EJ_GENOMFORD", ""),
        ("2.3", "Elevhälsa och trygghet",
         "Skolpliktsbevakning – elever folkbokförda i kommunen utan skolplacering",
         "Registerkontroll", "Två ggr/år", "Skoladministratör", 1.0,
         "Kontroll mot folkbokföringen gjord i mars och augusti. Inga elever utan placering.",
         "", "GENOMFORD", "nej"),
        ("3.1", "Personal",
         "Registerkontroll (belastningsregistret) vid anställning i förskola och skola",
         "Stickprov", "30 anställningar", "HR-chef", 1.0,
         "30 nyanställningar granskade, samtliga hade uppvisat utdrag.", "",
         "GENOMFORD", "nej"),
        ("3.2", "Personal", "Behörighet hos lärare som sätter betyg",
         "Registerkontroll", "Samtliga", "HR-chef", None,
         "Kontrollen utgår enligt beslut i BUN 2025-04-15 § 48 – ersätts av Skolverkets statistik.",
         "", "UTGAR", ""),
        ("4.1", "Informationssäkerhet",
         "Behörigheter i elevdokumentationssystemet – avslutade anställningar borttagna",
         "Systemkontroll", "Samtliga konton", "Systemförvaltare", 0.5, "", "",
         "DELVIS", ""),
        ("4.2", "Inköp", "Avtalstrohet – stickprov på direktupphandlingar",
         "Stickprov", "15 inköp", "Controller", None, "", "", "SAKNAS", ""),
    ]
    r = 6
    vals = []
    for row in rows:
        data = row[:9]
        for c, v in enumerate(data, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
            if c == 7:
                cell.number_format = "0 %"
                cell.alignment = Alignment(horizontal="center", vertical="top")
        if row[6] is not None:
            vals.append(row[6])
        exp(fil, nm, row[2], row[9], row[10])
        r += 1
    ws.cell(row=r, column=6, value="Genomsnitt").font = BOLD
    avg = round(sum(vals) / len(vals), 2)
    c = ws.cell(row=r, column=7, value=avg)
    c.number_format = "0 %"
    c.font = BOLD
    ws.cell(row=r + 2, column=1, value="Upprättad av: Karin Holm, förvaltningsekonom, 2025-09-05")
    ws.cell(row=r + 3, column=1, value="Behandlad i BUN:s arbetsutskott 2025-09-16")
    set_widths(ws, [6, 18, 42, 16, 18, 18, 12, 45, 30])
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Kultur- och fritid - xlsx, month tick columns jan-aug + summary status
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KoF månadskontroller IK 2025.xlsx"
    nm = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    fix_props_xlsx(wb, "Månadskontroller 2025", "Per Sandberg")
    ws = wb.active
    ws.title = "Månadskontroller"
    ws["A1"] = "Kultur- och fritidsförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Intern kontroll 2025 – månadsvisa kontroller, uppföljning t.o.m. augusti (delår)"
    ws["A2"].font = BOLD
    months = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug"]
    head = ["Kontrollmoment", "Ansvarig", "Frekvens"] + months + ["Status delår", "Kommentar"]
    for c, h in enumerate(head, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = HEAD
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def ticks(spec):
        # spec: string of 8 chars, x / - / space
        return [None if ch == " " else ("–" if ch == "-" else "x") for ch in spec]

    rows = [
        ("Kassaavstämning i Nässjö simhall – dagskassa mot kassarapport",
         "Badmästare", "Månadsvis", "xxxxxxxx", "Genomförd",
         "Inga differenser över 50 kr.", "GENOMFORD", "nej"),
        ("Avstämning av bokningsintäkter i bokningssystemet mot fakturerat (idrottshallar)",
         "Bokningsansvarig", "Månadsvis", "xxxxxx-x", "Genomförd",
         "Ingen uthyrning i juli. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av utlånade nycklar och passerkort till föreningar",
         "Fritidskonsulent", "Månadsvis", "xxx x   ", "Delvis",
         "Kontrollen uteblev i april och juni–augusti på grund av vakans.", "DELVIS", ""),
        ("Attest av utbetalda föreningsbidrag mot beslut",
         "Fritidskonsulent", "Månadsvis", "xxxxxxxx", "Genomförd med avvikelse",
         "Ett aktivitetsstöd (vt) betalades i maj ut till fel bankgiro – beloppet har återbetalats.",
         "GENOMFORD", "ja"),
        ("Besiktning av lekredskap vid fritidsgårdarna",
         "Fastighetssamordnare", "Månadsvis apr–sep", "---xxxxx", None,
         "Samtliga månadsbesiktningar gjorda, inga anmärkningar.", "GENOMFORD", "nej"),
        ("Stadsbibliotekets kontantkassa redovisas och sätts in på bank",
         "Bibliotekschef", "Månadsvis", "        ", "Ej genomförd",
         "Ej utförd på grund av sjukskrivning, återupptas i september.", "EJ_GENOMFORD", ""),
        ("Sålda årskort på gymmet stäms av mot kassasystemet",
         "Anläggningschef", "Månadsvis", "        ", "Utgår",
         "Gymmet drivs från 2025 av extern aktör.", "UTGAR", ""),
        ("Avstämning av timanställdas tidrapporter mot schema (fritidsgårdar)",
         "Enhetschef fritidsgårdar", "Månadsvis", "xxxxxx x", "Pågår",
         "Juli är ännu inte avstämd.", "DELVIS", ""),
    ]
    r = 5
    for km, ansv, frek, tk, status, komm, est, eav in rows:
        vals = [km, ansv, frek] + ticks(tk) + [status, komm]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            if 4 <= c <= 11:
                cell.alignment = Alignment(horizontal="center", vertical="top")
            else:
                cell.alignment = WRAP
        exp(fil, nm, km, est, eav)
        r += 1
    ws.cell(row=r + 1, column=1, value="Teckenförklaring: x = kontrollen utförd under månaden, "
                                       "– = ingen kontroll planerad (stängt/säsong)")
    ws.cell(row=r + 1, column=1).font = Font(italic=True)
    ws.cell(row=r + 2, column=1, value="Sammanställt 2025-09-04, Per Sandberg, verksamhetscontroller")
    set_widths(ws, [48, 20, 16] + [5] * 8 + [20, 45])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden - xlsx, two-row header, T1 + delår side by side
# ---------------------------------------------------------------------------
def file_tn():
    fil = "TN uppföljning IKP 2025 delår.xlsx"
    nm = "Tekniska nämnden"
    wb = openpyxl.Workbook()
    fix_props_xlsx(wb, "IKP 2025", "Lena Ek")
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Tekniska nämnden"
    ws["A3"] = "Förvaltning: Tekniska serviceförvaltningen"
    # two-row header
    single = [(1, "Process"), (2, "Risk"), (3, "Kontrollmoment"), (4, "Kontrollmetod"),
              (5, "Riskvärde"), (6, "Ansvarig")]
    for col, txt in single:
        ws.cell(row=5, column=col, value=txt)
        ws.merge_cells(start_row=5, start_column=col, end_row=6, end_column=col)
    ws.cell(row=5, column=7, value="Uppföljning T1")
    ws.merge_cells("G5:H5")
    ws.cell(row=5, column=9, value="Uppföljning delår")
    ws.merge_cells("I5:J5")
    for col, txt in [(7, "Status"), (8, "Kommentar"), (9, "Status"), (10, "Kommentar")]:
        ws.cell(row=6, column=col, value=txt)
    for rr in (5, 6):
        for cc in range(1, 11):
            cell = ws.cell(row=rr, column=cc)
            cell.font = BOLD
            cell.fill = HEAD
            cell.border = BORDER
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    fills = {"Genomförd": GREEN, "Pågående": YELLOW, "Ej påbörjad": RED,
             "Ej genomförd": RED, "Utgår": GREY}
    groups = [
        ("Upphandling och inköp", [
            ("Inköp utanför avtal", "Stickprov på 30 leverantörsfakturor – kontroll av avtalstrohet",
             "Stickprov", 12, "Inköpssamordnare",
             "Genomförd", "2 av 30 fakturor saknade avtal.",
             "Genomförd", "Uppföljande stickprov i juni: 1 av 30 utan avtal (kontorsmaterial).",
             "GENOMFORD", "ja"),
            ("Felaktig direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinje",
             "Granskning", 9, "Inköpssamordnare",
             "Ej påbörjad", None,
             "Pågående", "Genomgång av 12 direktupphandlingar påbörjad.",
             "DELVIS", ""),
            ("Oseriösa leverantörer",
             "Kontroll att leverantörer har F-skatt och saknar skulder hos Kronofogden",
             "Registerkontroll", 8, "Ekonom",
             "Genomförd", "Kontroll via kreditupplysningstjänst av 64 leverantörer, inga anmärkningar.",
             None, None,
             "GENOMFORD", "nej"),
        ]),
        ("Fastighetsförvaltning", [
            ("Brand i kommunala lokaler",
             "Systematiskt brandskyddsarbete (SBA) dokumenterat i kommunens verksamhetslokaler",
             "Dokumentgranskning", 12, "Fastighetschef",
             "Pågående", None,
             "Genomförd", "Samtliga 38 objekt har aktuell SBA-dokumentation.",
             "GENOMFORD", "nej"),
            ("Olycka på lekplats", "Besiktning av lekplatser enligt SS-EN 1176",
             "Besiktning", 16, "Parkchef",
             "Ej påbörjad", "Planeras till maj.",
             "Genomförd",
             "Huvudbesiktning gjord på 41 lekplatser. 3 lekplatser hade allvarliga "
             "anmärkningar – åtgärdade i juni.",
             "GENOMFORD", "ja"),
            ("Intäktsbortfall", "Avstämning av hyresavtal mot debiterade hyror",
             "Avstämning", 6, "Fastighetsekonom",
             "Pågående", None,
             "Ej genomförd",
             "Avstämningen har inte hunnits med på grund av systembyte, flyttas till T3.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Gata och park", [
            ("Felaktig fakturering från entreprenör",
             "Vinterväghållning – entreprenörens körjournaler stäms av mot fakturor",
             "Avstämning", 9, "Gatuchef",
             "Genomförd",
             "Januari–mars avstämt. En felaktig debitering (12 timmar) har krediterats.",
             "Genomförd", "Ingen vinterväghållning april–augusti. Den felaktiga debiteringen från mars är krediterad.",
             "GENOMFORD", "ja"),
            ("Skador på gatunätet", "Kontroll av schaktansökningar och återställning av gata",
             "Stickprov", 6, "Gatuchef",
             "Utgår",
             "Ansvaret flyttat till Miljö- och byggnadsnämnden enligt beslut i KF 2025-02-27 § 21.",
             None, None,
             "UTGAR", ""),
        ]),
        ("Måltidsverksamhet", [
            ("Matförgiftning",
             "Egenkontroll livsmedelshantering – temperaturloggar i tillagningskök",
             "Stickprov", 12, "Kostchef",
             "Genomförd", "Inga avvikelser.",
             "Genomförd", "Två kök hade brister i loggningen under juli (semestervikarier).",
             "GENOMFORD", "ja"),
            ("Ökat matsvinn", "Matsvinn mäts och rapporteras varje vecka",
             "Uppföljning", 4, "Kostchef",
             None, None, None, None,
             "SAKNAS", ""),
        ]),
    ]
    r = 7
    for proc, items in groups:
        start = r
        for (risk, km, metod, rv, ansv, s1, k1, s2, k2, est, eav) in items:
            vals = [proc if r == start else None, risk, km, metod, rv, ansv, s1, k1, s2, k2]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BORDER
                cell.alignment = WRAP
            for c, s in ((7, s1), (9, s2)):
                if s in fills:
                    ws.cell(row=r, column=c).fill = fills[s]
            exp(fil, nm, km, est, eav)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).alignment = Alignment(vertical="center", wrap_text=True)
        ws.cell(row=start, column=1).font = BOLD
    r += 1
    ws.cell(row=r, column=1, value="Status: Genomförd (grön), Pågående (gul), "
                                   "Ej påbörjad/Ej genomförd (röd), Utgår (grå). "
                                   "Riskvärde = sannolikhet × konsekvens (1–16).")
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.cell(row=r + 1, column=1, value="Uppföljningen redovisas för Tekniska nämnden 2025-09-25.")
    set_widths(ws, [20, 24, 45, 16, 9, 18, 13, 35, 13, 45])
    ws.oddHeader.center.text = "Tekniska nämnden – internkontrollplan 2025"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Stratsys-like CSV export, KS + Överförmyndarnämnden, status 1-3,
#    legend only in the last lines, Windows-1252
# ---------------------------------------------------------------------------
def file_csv():
    fil = "Export_internkontroll_delar_2025-09-08.csv"
    head = ["Enhet", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
            "Uppföljningsperiod", "Status", "Kommentar"]
    ks = "Kommunstyrelsen"
    ofn = "Överförmyndarnämnden"
    rows = [
        (ks, "Kommunstyrelsen", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 50 fakturor", "Redovisningschef", "3",
         "Stickprov på 50 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        (ks, "Kommunstyrelsen", "Lön", "Avstämning av lönelista mot beslutade lönerevisioner",
         "Avstämning", "Lönechef", "3",
         "Två felaktiga lönetillägg upptäcktes och korrigerades i juni.", "GENOMFORD", "ja"),
        (ks, "Kommunstyrelsen", "IT och informationssäkerhet",
         "Behörigheter i ekonomisystemet tas bort för avslutade anställningar",
         "Systemkontroll", "Systemförvaltare ekonomi", "2",
         "Halvårsgenomgången är påbörjad och blir klar i september.", "DELVIS", ""),
        (ks, "Kommunstyrelsen", "Ärendehantering",
         "Diarieföring av inkommande handlingar sker inom tre arbetsdagar",
         "Stickprov 30 handlingar", "Registrator", "1",
         "Kontrollen har inte genomförts på grund av byte av ärendehanteringssystem.",
         "EJ_GENOMFORD", ""),
        (ks, "Kommunstyrelsen", "Ekonomi", "Representation – syfte och deltagare dokumenterade",
         "Stickprov 15 verifikationer", "Controller", "3", "", "GENOMFORD", ""),
        (ks, "Kommunstyrelsen", "Ärendehantering",
         "Delegationsbeslut anmäls till kommunstyrelsen",
         "Jämförelse ärendesystem/protokoll", "Kanslichef", "",
         "Utgår 2025 – ersätts av automatisk kontroll i ärendesystemet.", "UTGAR", ""),
        (ks, "Kommunstyrelsen", "IT och informationssäkerhet",
         "Nyanställda har genomfört utbildning i informationssäkerhet",
         "Uttag ur lärplattformen", "Informationssäkerhetssamordnare", "", "", "SAKNAS", ""),
        (ofn, "Överförmyndarnämnden", "Tillsyn", "Granskning av årsräkningar inom lagstadgad tid",
         "Uppföljning i verksamhetssystemet", "Enhetschef överförmyndarenheten", "2",
         "312 av 405 inkomna årsräkningar granskade per 31 augusti.", "DELVIS", ""),
        (ofn, "Överförmyndarnämnden", "Tillsyn",
         "Registerkontroll av ställföreträdare före förordnande",
         "Kontroll av samtliga nya förordnanden", "Handläggare", "3",
         "Samtliga 18 nya ställföreträdare kontrollerade, inga anmärkningar.", "GENOMFORD", "nej"),
        (ofn, "Överförmyndarnämnden", "Arvoden",
         "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         "Stickprov 25 beslut", "Handläggare", "3",
         "I 2 av 25 arvodesbeslut användes fel schablon för kostnadsersättning. Rättat.",
         "GENOMFORD", "ja"),
        (ofn, "Överförmyndarnämnden", "Tillsyn",
         "Uttag från spärrade konton sker endast efter nämndens samtycke",
         "Stickprov 10 ärenden", "Enhetschef överförmyndarenheten", "1",
         "Planeras till oktober.", "EJ_GENOMFORD", ""),
    ]
    lines = [";".join(head)]

    def q(s):
        if any(ch in s for ch in ';"\n'):
            return '"' + s.replace('"', '""') + '"'
        return s
    for reg, enhet, proc, km, metod, ansv, st, komm, est, eav in rows:
        lines.append(";".join(q(x) for x in
                              [enhet, proc, km, metod, ansv, "Delår 2025", st, komm]))
        exp(fil, reg, km, est, eav)
    lines.append(";;;;;;;")
    lines.append("Förklaring status:;;;;;;;")
    lines.append("1 = Ej påbörjad / ej genomförd;;;;;;;")
    lines.append("2 = Påbörjad / delvis genomförd;;;;;;;")
    lines.append("3 = Genomförd;;;;;;;")
    lines.append("Exporterad 2025-09-08 14:32;;;;;;;")
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    FILES.append((fil, "INLAST", ks, "2025", "DELAR"))
    FILES.append((fil, "INLAST", ofn, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Nässjö Affärsverk AB - docx, bold status word at start of result text
# ---------------------------------------------------------------------------
def file_nav():
    fil = "Nässjö Affärsverk AB - uppföljning intern kontroll delår 2025.docx"
    nm = "Nässjö Affärsverk AB"
    d = docx.Document()
    fix_props_docx(d, "Uppföljning intern kontroll 2025", "Johan Berg")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Nässjö Affärsverk AB\tIntern kontroll 2025\tSida"
    d.add_heading("Uppföljning av internkontrollplan 2025 – delår", level=1)
    d.add_paragraph("Period: januari–augusti 2025")
    d.add_paragraph(
        "Styrelsen fastställde bolagets internkontrollplan för 2025 den 30 januari 2025. "
        "Nedan redovisas utfallet per den 31 augusti. Status anges först i resultattexten "
        "(Genomförd, Delvis, Ej genomförd eller Utgår) följt av en kommentar.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Område", "Kontrollmoment", "Ansvarig", "Resultat delår 2025"]):
        p = t.rows[0].cells[i].paragraphs[0]
        p.add_run(h).bold = True
    rows = [
        ("1", "VA",
         "Fakturering av VA-avgifter – avstämning av mätarställningar mot debitering",
         "Kundtjänstchef", "Genomförd.", " Stickprov på 60 kunder, inga differenser.",
         "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Attest av leverantörsfakturor enligt attestordning",
         "Ekonomichef", "Genomförd.",
         " Två fakturor hade attesterats av en vikarie utan attesträtt under semesterperioden. "
         "Attestförteckningen har uppdaterats.",
         "GENOMFORD", "ja"),
        ("3", "Elnät", "Avbrottsersättning till kunder betalas ut enligt ellagen",
         "Nätchef", "Delvis.", " Kontroll gjord för första halvåret; juli–augusti återstår.",
         "DELVIS", ""),
        ("4", "Renhållning",
         "Vägning av hushållsavfall stäms av mot fakturor från behandlingsanläggningen",
         "Avfallschef", "Ej genomförd.",
         " Ny vågprogramvara installeras. Kontrollen görs under tertial 3.",
         "EJ_GENOMFORD", ""),
        ("5", "Fjärrvärme", "Behörigheter i driftövervakningssystemet",
         "Driftchef fjärrvärme", "Delvis.",
         " Genomgång av användarkonton pågår. Hittills har fyra aktiva konton för avslutade "
         "konsultuppdrag hittats och stängts.",
         "DELVIS", "ja"),
        ("6", "Stadsnät",
         "Nya anslutningsavtal är signerade innan driftsättning",
         "Affärsområdeschef stadsnät", "Utgår.",
         " Kontrollen ströks av styrelsen 2025-05-22 då anslutningsprocessen digitaliserats "
         "med e-signering.",
         "UTGAR", ""),
        ("7", "Ekonomi",
         "Förtroendekänsliga poster – representation och resor för vd och ledningsgrupp",
         "Styrelsens ordförande", "Genomförd.",
         " Granskat av ordföranden i juni, inga anmärkningar.",
         "GENOMFORD", "nej"),
        ("8", "VA",
         "Provtagning av dricksvatten utförs enligt provtagningsplanen",
         "VA-chef", "Genomförd med anmärkning.",
         " Ett prov vid vattenverket i Forserum togs två veckor för sent.",
         "GENOMFORD", "ja"),
        ("9", "Arbetsmiljö", "Skyddsronder genomförda på samtliga driftplatser",
         "HR-chef", "",
         "Skyddsronderna är planerade till september–oktober.",
         "EJ_GENOMFORD", ""),
    ]
    for nr, omr, km, ansv, bold, rest, est, eav in rows:
        cells = t.add_row().cells
        cells[0].text = nr
        cells[1].text = omr
        cells[2].text = km
        cells[3].text = ansv
        p = cells[4].paragraphs[0]
        if bold:
            p.add_run(bold).bold = True
        p.add_run(rest)
        exp(fil, nm, km, est, eav)
    d.add_paragraph("")
    d.add_paragraph("Rapporten behandlas av styrelsen 2025-09-18.")
    d.add_paragraph("Johan Berg, ekonomichef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Miljö- och byggnadsnämnden - .xls via LibreOffice, nämnd only in print
#    header and in the file name (MBN)
# ---------------------------------------------------------------------------
def file_mbn(tmp):
    fil = "MBN_IK_delar2025.xls"
    nm = "Miljö- och byggnadsnämnden"
    wb = openpyxl.Workbook()
    fix_props_xlsx(wb, "IK delår", "Sara Nyström")
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Uppföljning intern kontroll – delår 2025"
    ws["A1"].font = Font(bold=True, size=13)
    head = ["Kontrollmoment", "Hur", "När", "Vem", "Resultat", "Status"]
    for c, h in enumerate(head, start=1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = BOLD
        cell.border = BORDER
    rows = [
        ("Handläggningstid för bygglov inom 10 veckor", "Uttag ur ärendesystemet", "Mars, aug",
         "Bygglovschef",
         "96 % inom tidsfristen. 4 ärenden överskred tiden på grund av sena kompletteringar.",
         "Klar – brister", "GENOMFORD", "ja"),
        ("Debitering av tillsynsavgifter enligt taxa (livsmedel)", "Stickprov 20 ärenden", "Maj",
         "Miljöchef", "Rätt taxa i samtliga granskade ärenden.", "Klar", "GENOMFORD", "nej"),
        ("Jäv – handläggare har inte handlagt ärenden där jäv föreligger",
         "Enkät och stickprov", "Löpande", "Förvaltningschef", "", "Pågår", "DELVIS", ""),
        ("Delegationsbeslut anmäls till nämnden", "Jämförelse mot protokoll", "Juni",
         "Nämndsekreterare", "Inga brister.", "Klar", "GENOMFORD", "nej"),
        ("Uppföljning av förelägganden om enskilda avlopp", "Stickprov 10 ärenden", "Aug",
         "Miljöinspektör", "Skjuts till hösten.", "Ej klar", "EJ_GENOMFORD", ""),
        ("Arkivering av avslutade bygglovsärenden i e-arkivet", "Stickprov 40 ärenden", "Juni",
         "Administratör", "12 ärenden saknade slutbesked i akten, kompletteras.",
         "Klar – brister", "GENOMFORD", "ja"),
        ("Tidredovisning för timdebitering registreras i tidssystemet", "Stickprov", "Kvartalsvis",
         "Miljöchef", "Timdebitering ersatt av fast årsavgift fr.o.m. 2025.", "Ej aktuell",
         "UTGAR", ""),
    ]
    r = 4
    for km, hur, nar, vem, res, status, est, eav in rows:
        for c, v in enumerate([km, hur, nar, vem, res, status], start=1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
        exp(fil, nm, km, est, eav)
        r += 1
    set_widths(ws, [45, 24, 12, 18, 50, 15])
    ws.oddHeader.center.text = "Miljö- och byggnadsnämnden"
    ws.oddHeader.right.text = "2025-09-03"
    ws.oddFooter.center.text = "Sida &P av &N"
    src = os.path.join(tmp, "MBN_IK_delar2025.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round534",
                    "--convert-to", "xls:MS Excel 97", "--outdir", OUT, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert os.path.exists(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. To reject: economic (budget) follow-up, not an internal-control follow-up
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Ekonomisk uppföljning TN augusti 2025.xlsx"
    wb = openpyxl.Workbook()
    fix_props_xlsx(wb, "Ekonomisk uppföljning", "Lena Ek")
    ws = wb.active
    ws.title = "Augusti"
    ws["A1"] = "Tekniska nämnden – ekonomisk uppföljning per augusti 2025 (delår)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr"
    head = ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos helår",
            "Budgetavvikelse helår", "Kommentar"]
    for c, h in enumerate(head, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = HEAD
        cell.border = BORDER
    rows = [
        ("Nämnd och förvaltningsledning", 4200, 2650, 4100, 100, ""),
        ("Gata och park", 38500, 27900, 40100, -1600, "Höga vinterkostnader jan–mars."),
        ("Fastighet", 61200, 39800, 60500, 700, "Lägre energikostnader."),
        ("Måltidsverksamhet", 72400, 47100, 73000, -600, "Ökade livsmedelspriser."),
        ("Lokalvård", 21800, 14300, 21600, 200, ""),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BORDER
            if 2 <= c <= 5:
                cell.number_format = "# ##0"
        r += 1
    tot = ["Summa"] + [sum(x[i] for x in rows) for i in range(1, 5)] + [""]
    for c, v in enumerate(tot, start=1):
        cell = ws.cell(row=r, column=c, value=v if v != "" else None)
        cell.font = BOLD
        cell.border = BORDER
        if 2 <= c <= 5:
            cell.number_format = "# ##0"
    ws.cell(row=r + 2, column=1,
            value="Prognosen visar ett underskott på 1 200 tkr. Åtgärder för att nå budget i balans "
                  "redovisas i delårsrapporten.")
    set_widths(ws, [32, 14, 16, 14, 20, 40])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid|KoF"),
    ("Tekniska nämnden", "TN|Tekniska serviceförvaltningen|TSF"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Nässjö Affärsverk AB", "NAV|Affärsverken|Nässjö Affärsverk"),
    ("Nässjö Näringsfastigheter AB", "NNF|Näringsfastigheter"),
    ("Höglandets räddningstjänstförbund", "HRF|Räddningstjänsten Höglandet"),
]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    # remove previously generated outputs (keep this script and README.md)
    keep = {"make_round.py", "README.md"}
    for fn in os.listdir(OUT):
        p = os.path.join(OUT, fn)
        if fn not in keep and os.path.isfile(p):
            os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r534-")
    try:
        file_socialnamnden()
        file_bun()
        file_kfn()
        file_tn()
        file_csv()
        file_nav()
        file_mbn(tmp)
        file_reject()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
