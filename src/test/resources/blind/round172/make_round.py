#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 172 - Fjällsjö kommun, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv
in the folder this script lives in. Run:  /usr/bin/python3 make_round.py
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
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round172"
FIXED = datetime.datetime(2026, 2, 3, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outname):
    """Convert src with LibreOffice into HERE/outname."""
    tmp = tempfile.mkdtemp(prefix="r172conv")
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--convert-to", fmt, "--outdir", tmp, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmp)]
    if len(produced) != 1:
        raise RuntimeError("conversion failed for %s: %s" % (src, produced))
    shutil.move(os.path.join(tmp, produced[0]), os.path.join(HERE, outname))
    shutil.rmtree(tmp, ignore_errors=True)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")
GROUP_FILL = PatternFill("solid", fgColor="D9E1F2")


def fix_props_xlsx(wb, title):
    wb.properties.creator = "Fjällsjö kommun"
    wb.properties.title = title
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_props_docx(d, title, author):
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = author


def set_cell_shading(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – tjänsteskrivelse (docx), one table per process
# ---------------------------------------------------------------------------
def build_ks():
    fil = "Tjänsteskrivelse uppföljning internkontrollplan 2025.docx"
    N = "Kommunstyrelsen"
    processes = [
        ("Inköp och upphandling", [
            ("1.1", "Kontroll av att inköp över 100 000 kr sker från upphandlade leverantörer (avtalstrohet)",
             "Stickprov 30 fakturor ur ekonomisystemet, april och oktober",
             "27 av 30 fakturor avsåg leverantör med gällande avtal. Tre köp av konsulttjänster saknade avtal; "
             "ärendena har lämnats till upphandlingsenheten för åtgärd.",
             "Genomförd med anmärkning", "GENOMFORD", "ja"),
            ("1.2", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen för direktupphandling",
             "Genomgång av samtliga direktupphandlingar i upphandlingssystemet",
             "Samtliga 12 direktupphandlingar var dokumenterade med motivering och jämförelse av anbud.",
             "Genomförd utan anmärkning", "GENOMFORD", "nej"),
        ]),
        ("Ekonomi och attest", [
            ("2.1", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 40 fakturor, två tillfällen",
             "Samtliga granskade fakturor var attesterade av behörig beslutsattestant. Inga avvikelser.",
             "Genomförd utan anmärkning", "GENOMFORD", "nej"),
            ("2.2", "Representation och förtroendekänsliga poster – syfte och deltagare anges på underlaget",
             "Stickprov 25 underlag konto 6071–6072",
             "Av 25 granskade underlag saknade 6 deltagarförteckning och 2 angivet syfte. "
             "Information om reglerna har lämnats på chefsträffen i november.",
             "Genomförd med anmärkning", "GENOMFORD", "ja"),
            ("2.3", "Behörigheter i ekonomisystemet stäms av mot aktuella anställningar",
             "Avstämning behörighetslista mot personalsystem",
             "Kontrollen har samordnats med kontroll 4.1 (behörighetsadministration) och redovisas där.",
             "Ingår i annan kontroll", "UTGAR", ""),
        ]),
        ("Personal och lön", [
            ("3.1", "Kontroll av att löneutbetalningar till avslutade anställningar har upphört",
             "Matchning avslutade anställningar mot utbetalningsfil, månadsvis",
             "En felaktig utbetalning i mars (13 400 kr) upptäcktes. Beloppet har återkrävts och rutinen "
             "för avslutsblankett har förtydligats.",
             "Genomförd med anmärkning", "GENOMFORD", "ja"),
            ("3.2", "Rehabiliteringsärenden dokumenteras i personalsystemet inom 14 dagar",
             "Stickprov 10 ärenden per halvår",
             "Stickprov för första halvåret visade inga brister. Andra halvåret har inte granskats på grund av "
             "vakans på HR-avdelningen.",
             "Delvis genomförd", "DELVIS", "nej"),
        ]),
        ("Informationssäkerhet och dokumenthantering", [
            ("4.1", "Behörighetsadministration – avslutade användare tas bort ur verksamhetssystemen inom en månad",
             "Kontroll av ekonomisystem, ärendehanteringssystem och lönesystem",
             "9 konton för medarbetare som slutat var fortfarande aktiva mer än en månad efter avslut. "
             "Kontona har spärrats och IT-avdelningen har fått en månatlig avstämning.",
             "Genomförd med anmärkning", "GENOMFORD", "ja"),
            ("4.2", "Diarieföring av inkommande handlingar sker inom tre arbetsdagar",
             "Stickprov 50 handlingar",
             "Kontrollen har inte kunnat genomföras under året på grund av byte av ärendehanteringssystem. "
             "Kontrollen flyttas till internkontrollplan 2026.",
             "Ej genomförd", "EJ_GENOMFORD", ""),
            ("4.3", "Säkerhetskopior av kommunens servrar återläses och testas",
             "Återläsningstest en gång per år",
             "Återläsningstest genomfördes i oktober utan anmärkning.",
             "Genomförd utan anmärkning", "GENOMFORD", "nej"),
        ]),
    ]

    d = docx.Document()
    fix_props_docx(d, "Uppföljning av intern kontroll 2025", "Anna Berglund")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "FJÄLLSJÖ KOMMUN\tTJÄNSTESKRIVELSE\nKommunledningsförvaltningen\tDatum 2026-01-28\nEkonomiavdelningen\tDnr KS 2025/0412"
    fp = sec.footer.paragraphs[0]
    fp.text = "Fjällsjö kommun · Storgatan 12 · 833 90 Fjällsjö · 0670-190 00 · kommun@fjallsjo.se"

    d.add_paragraph("Handläggare: Anna Berglund, controller\nTill: Kommunstyrelsen")
    d.add_heading("Uppföljning av intern kontroll 2025, helår", level=1)

    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Kommunstyrelsen godkänner uppföljningen av internkontrollplanen för 2025 och "
                    "överlämnar den till kommunfullmäktige och revisorerna för kännedom.")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Kommunstyrelsen antog den 10 december 2024, § 214, en internkontrollplan för 2025 med tio "
        "kontrollmoment inom fyra processer. Vid helårsuppföljningen har tre kontroller genomförts utan "
        "anmärkning och fyra med anmärkning. En kontroll är delvis genomförd, en har inte genomförts och en "
        "ingår i annan kontroll. De avvikelser som har konstaterats bedöms inte vara allvarliga men kräver "
        "åtgärder, främst inom avtalstrohet, behörighetshantering och hantering av förtroendekänsliga poster. "
        "Förvaltningen bedömer sammantaget att den interna kontrollen har varit tillräcklig.")
    d.add_heading("Ärendet", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att den interna kontrollen är tillräcklig. "
        "Enligt kommunens reglemente för intern kontroll ska kommunstyrelsen årligen följa upp sin "
        "internkontrollplan och rapportera resultatet till kommunfullmäktige. Nedan redovisas uppföljningen "
        "per process. Status anges som Genomförd utan anmärkning, Genomförd med anmärkning, Delvis genomförd, "
        "Ej genomförd eller Ingår i annan kontroll.")

    for pname, rows in processes:
        d.add_heading("Process: " + pname, level=3)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        hdr = ["Nr", "Kontrollmoment", "Metod/omfattning", "Resultat helår 2025", "Status"]
        for i, h in enumerate(hdr):
            c = t.rows[0].cells[i]
            c.text = ""
            r = c.paragraphs[0].add_run(h)
            r.bold = True
            set_cell_shading(c, "D9E1F2")
        for nr, km, metod, res, stat, code, avv in rows:
            cells = t.add_row().cells
            cells[0].text = nr
            cells[1].text = km
            cells[2].text = metod
            cells[3].text = res
            cells[4].text = stat
            exp(fil, N, km, code, avv)
        widths = [Cm(1.0), Cm(4.8), Cm(3.2), Cm(5.6), Cm(2.6)]
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        d.add_paragraph("")

    d.add_heading("Fortsatt arbete", level=2)
    d.add_paragraph("Kontrollmoment 4.2 samt de områden där avvikelser har konstaterats förs in i "
                    "internkontrollplanen för 2026. Uppföljning av vidtagna åtgärder sker vid delårsuppföljningen 2026.")
    d.add_heading("Beslutsunderlag", level=2)
    d.add_paragraph("Tjänsteskrivelse 2026-01-28\nInternkontrollplan 2025, KS 2024-12-10 § 214")
    d.add_paragraph("\n\nEva Lindqvist\t\t\t\tAnna Berglund\nKommundirektör\t\t\t\tController")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – plan sheet + "Uppföljning helår" sheet (xlsx)
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN Internkontrollplan och uppföljning 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    # nr, process, risk, S, K, kontrollmoment, metod, frekvens, ansvarig,
    # status delår, status helår, kommentar, åtgärd, expected status, avvikelse
    groups = [
        ("1 Ekonomi", [
            ("1.1", "Fakturahantering", "Felaktiga utbetalningar",
             2, 3, "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor per halvår", "Halvår", "Ekonom",
             "Genomförd utan anmärkning", "Genomförd utan anmärkning",
             "Stickprov 20 fakturor per halvår. Samtliga korrekt attesterade.", "", "GENOMFORD", "nej"),
            ("1.2", "Skolskjuts", "Betalning för ej utförda turer",
             3, 2, "Kontroll av att skolskjutsfakturor stämmer mot avtal och beställda turer",
             "Avstämning fakturor mot körlistor okt", "Årlig", "Skolskjutssamordnare",
             "", "Genomförd med anmärkning",
             "Två turer fakturerades dubbelt i oktober. Kreditering har erhållits från entreprenören.",
             "Månatlig avstämning mot körlistor införs.", "GENOMFORD", "ja"),
            ("1.3", "Interkommunal ersättning", "Intäktsbortfall",
             2, 3, "Interkommunala ersättningar faktureras för samtliga elever från andra kommuner",
             "Avstämning elevregister mot fakturering per termin", "Termin", "Ekonom",
             "Delvis genomförd", "",
             "VT 2025 kontrollerad, inga brister.", "", "DELVIS", "nej"),
        ]),
        ("2 Skolplikt och elevhälsa", [
            ("2.1", "Frånvarohantering", "Elever med problematisk frånvaro fångas inte upp",
             3, 4, "Uppföljning av elever med hög frånvaro (över 15 %) – åtgärder dokumenterade",
             "Stickprov elevakter, samtliga grundskolor", "Halvår", "Rektor",
             "Genomförd utan anmärkning", "Genomförd med anmärkning",
             "På två av sju skolor saknades dokumenterad kartläggning för flera elever med hög frånvaro.",
             "Rektorerna har fått återkoppling; uppföljning i ledningsgrupp mars 2026.", "GENOMFORD", "ja"),
            ("2.2", "Kränkande behandling", "Anmälan når inte huvudman",
             2, 4, "Anmälan om kränkande behandling rapporteras till huvudman utan dröjsmål",
             "Jämförelse anmälningar i skolorna mot huvudmannens register", "Halvår", "Utvecklingsledare",
             "Genomförd utan anmärkning", "Genomförd utan anmärkning",
             "Samtliga 64 anmälningar rapporterade inom fem dagar.", "", "GENOMFORD", "nej"),
            ("2.3", "Skolpliktsbevakning", "Barn som inte fullgör skolplikten",
             2, 4, "Skolpliktsbevakning av elever folkbokförda i kommunen som inte går i kommunens skolor",
             "Avstämning folkbokföring mot elevregister", "Årlig", "Förvaltningssekreterare",
             "", "Ej genomförd",
             "Har inte hunnits med på grund av byte av elevregister. Läggs in i plan 2026.", "", "EJ_GENOMFORD", ""),
        ]),
        ("3 Personal", [
            ("3.1", "Rekrytering", "Olämplig person anställs",
             1, 4, "Kontroll av utdrag ur belastningsregistret vid nyanställning",
             "Genomgång av samtliga nyanställningar", "Halvår", "HR-konsult",
             "Genomförd utan anmärkning", "Genomförd utan anmärkning",
             "Samtliga 46 nyanställda under året hade uppvisat utdrag.", "", "GENOMFORD", "nej"),
            ("3.2", "Rekrytering", "Obehöriga lärare utan beslut",
             2, 3, "Legitimation och behörighet för lärare kontrolleras vid anställning",
             "Stickprov 25 anställningar", "Årlig", "HR-konsult",
             "", "Genomförd med anmärkning",
             "Tre obehöriga lärare på tidsbegränsade anställningar saknade dokumenterat beslut enligt skollagen 2 kap. 19 §.",
             "Mall för beslut har tagits fram.", "GENOMFORD", "ja"),
            ("3.3", "Arbetsmiljö", "Brister i fysisk arbetsmiljö upptäcks inte",
             3, 2, "Systematiskt arbetsmiljöarbete – skyddsronder genomförda på samtliga enheter",
             "Sammanställning av skyddsrondsprotokoll", "Årlig", "Förvaltningschef",
             "Delvis genomförd", "Delvis genomförd",
             "Skyddsrond genomförd på 14 av 18 enheter. Övriga genomförs i februari 2026.", "", "DELVIS", ""),
        ]),
        ("4 Informationssäkerhet", [
            ("4.1", "Behörigheter", "Obehörig åtkomst till elevuppgifter",
             2, 4, "Behörigheter i elevdokumentationssystemet ses över två gånger per år",
             "Avstämning behörighetslista mot personalregister", "Halvår", "Systemförvaltare",
             "Kontrollen har inte genomförts", "Kontrollen har inte genomförts",
             "Resursbrist hos systemförvaltningen under året.", "Prioriteras Q1 2026.", "EJ_GENOMFORD", ""),
            ("4.2", "Personuppgiftsincidenter", "Incidenter anmäls inte i tid",
             2, 3, "Personuppgiftsincidenter rapporteras till dataskyddsombud inom 72 timmar",
             "Genomgång av incidentloggen", "Årlig", "Dataskyddssamordnare",
             "", "Genomförd utan anmärkning",
             "5 incidenter, samtliga rapporterade inom 72 timmar.", "", "GENOMFORD", "nej"),
            ("4.3", "Licenser", "Kostnader för oanvända licenser",
             3, 1, "Kontroll av att digitala läromedelslicenser avslutas för elever som slutat",
             "Avstämning licenser mot elevregister", "Årlig", "IT-pedagog",
             "", "", "", "", "SAKNAS", ""),
        ]),
    ]

    wb = openpyxl.Workbook()
    fix_props_xlsx(wb, "Internkontrollplan 2025 BUN")

    # --- Plan sheet
    ws = wb.active
    ws.title = "Plan 2025"
    ws["A1"] = "Internkontrollplan 2025 – Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Antagen av nämnden 2024-11-20 § 98. Riskvärde = sannolikhet × konsekvens (skala 1–4)."
    hdr = ["Nr", "Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
           "Metod", "Frekvens", "Ansvarig", "Rapport till nämnd"]
    r = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.fill = HEAD_FILL
        c.font = HEAD_FONT
        c.alignment = WRAP
        c.border = BOX
    for gname, rows in groups:
        r += 1
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        ws.cell(row=r, column=1).fill = GROUP_FILL
        for row in rows:
            r += 1
            nr, proc, risk, s, k, km, metod, frek, ansv = row[:9]
            rapport = "Delår + helår" if frek in ("Halvår", "Termin") else "Helår"
            vals = [nr, proc, risk, s, k, s * k, km, metod, frek, ansv, rapport]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
    for i, w in enumerate([6, 18, 26, 11, 11, 10, 48, 34, 10, 20, 16], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"

    # --- Follow-up sheet
    wf = wb.create_sheet("Uppföljning helår")
    wf["A1"] = "Uppföljning av internkontrollplan 2025 – helår"
    wf["A1"].font = Font(bold=True, size=14)
    wf["A2"] = "Barn- och utbildningsnämnden"
    wf["A2"].font = Font(bold=True)
    wf["A3"] = ("Instruktion: Välj status i listan. Vid Genomförd med anmärkning ska avvikelsen beskrivas "
                "och åtgärd anges. Delårsstatus avser perioden jan–aug.")
    wf["A3"].font = Font(italic=True, color="595959")
    wf.merge_cells("A3:G3")
    hdr = ["Nr", "Kontrollmoment", "Status delår (jan–aug)", "Status helår", "Resultat/kommentar",
           "Åtgärd", "Ansvarig"]
    r = 5
    for i, h in enumerate(hdr, 1):
        c = wf.cell(row=r, column=i, value=h)
        c.fill = HEAD_FILL
        c.font = HEAD_FONT
        c.alignment = WRAP
        c.border = BOX
    dv = DataValidation(type="list", formula1='"Genomförd utan anmärkning,Genomförd med anmärkning,'
                        'Delvis genomförd,Ej genomförd,Kontrollen har inte genomförts"', allow_blank=True)
    wf.add_data_validation(dv)
    first = None
    counts = {}
    for gname, rows in groups:
        r += 1
        wf.cell(row=r, column=1, value=gname).font = Font(bold=True)
        wf.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        wf.cell(row=r, column=1).fill = GROUP_FILL
        for row in rows:
            r += 1
            first = first or r
            nr, km, ansv = row[0], row[5], row[8]
            sd, sh, kom, atg, code, avv = row[9:15]
            vals = [nr, km, sd or None, sh or None, kom or None, atg or None, ansv]
            for i, v in enumerate(vals, 1):
                c = wf.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            exp(fil, N, km, code, avv)
            key = sh or "Ingen status"
            counts[key] = counts.get(key, 0) + 1
    dv.add("C%d:D%d" % (first, r))
    r += 2
    wf.cell(row=r, column=1, value="Sammanställning helår").font = Font(bold=True)
    for k in ["Genomförd utan anmärkning", "Genomförd med anmärkning", "Delvis genomförd",
              "Ej genomförd", "Kontrollen har inte genomförts", "Ingen status"]:
        r += 1
        wf.cell(row=r, column=2, value=k)
        wf.cell(row=r, column=3, value=counts.get(k, 0))
    r += 1
    wf.cell(row=r, column=2, value="Totalt antal kontrollmoment").font = Font(bold=True)
    wf.cell(row=r, column=3, value=sum(counts.values())).font = Font(bold=True)
    r += 2
    wf.cell(row=r, column=1, value="Sammanställt 2026-01-22 av Maria Nyström, verksamhetscontroller")
    for i, w in enumerate([6, 50, 24, 24, 52, 34, 22], 1):
        wf.column_dimensions[get_column_letter(i)].width = w
    wf.freeze_panes = "C6"
    wb.active = 1
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Governance-system export (csv), one row per control and period, two nämnder
# ---------------------------------------------------------------------------
def build_export():
    fil = "Export_IK_uppfoljning_20260203.csv"
    SN = "Socialnämnden"
    VON = "Vård- och omsorgsnämnden"
    # (org, plan, id, process, km, ansvarig, [(period, status, kommentar, date)], expected, avv)
    P1, P2, P3 = "T1 2025", "Delår 2025", "Helår 2025"
    controls = [
        (SN, "IK-SN-01", "Ekonomiskt bistånd",
         "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "Enhetschef försörjningsstöd",
         [(P1, "Genomförd utan anmärkning", "Stickprov 15 beslut, inga fel.", "2025-05-06"),
          (P2, "Genomförd utan anmärkning", "Stickprov 15 beslut, inga fel.", "2025-09-10"),
          (P3, "Genomförd utan anmärkning", "Stickprov 15 beslut, samtliga fattade av rätt delegat.", "2026-01-20")],
         "GENOMFORD", "nej"),
        (SN, "IK-SN-02", "Ekonomiskt bistånd",
         "Utbetalningar av ekonomiskt bistånd stäms av mot beslut i verksamhetssystemet", "Enhetschef försörjningsstöd",
         [(P1, "Delvis genomförd", "Avstämning januari–februari klar.", "2025-05-06"),
          (P2, "Delvis genomförd", "Avstämning t.o.m. juni klar.", "2025-09-10"),
          (P3, "Genomförd med anmärkning",
           "Hela året avstämt.\nTvå dubbelutbetalningar i september (sammanlagt 18 650 kr); återkrav har beslutats.",
           "2026-01-20")],
         "GENOMFORD", "ja"),
        (SN, "IK-SN-03", "Barn och unga",
         "Orosanmälningar – förhandsbedömning görs inom 14 dagar", "Enhetschef barn och unga",
         [(P1, "Genomförd med anmärkning", "4 av 41 överskred 14 dagar.", "2025-05-07"),
          (P2, "Genomförd med anmärkning", "7 av 92 överskred 14 dagar.", "2025-09-11"),
          (P3, "Genomförd med anmärkning",
           "11 av 140 förhandsbedömningar överskred 14 dagar, samtliga under semesterperioden.", "2026-01-21")],
         "GENOMFORD", "ja"),
        (SN, "IK-SN-04", "Informationssäkerhet",
         "Loggkontroll i verksamhetssystemet för individ- och familjeomsorg", "Systemförvaltare",
         [(P2, "Ej genomförd", "Loggverktyget är inte levererat.", "2025-09-11"),
          (P3, "Kontrollen har inte genomförts",
           "Leverantören har inte levererat loggverktyget. Kontrollen flyttas till 2026.", "2026-01-21")],
         "EJ_GENOMFORD", ""),
        (SN, "IK-SN-05", "Placeringar",
         "Placeringar i HVB och familjehem sker hos avtalade leverantörer", "Enhetschef barn och unga",
         [(P2, "Delvis genomförd",
           "Kontrollerat januari–juni. En akutplacering i april gjordes hos leverantör utan avtal.", "2025-09-12"),
          (P3, "", "", "")],
         "DELVIS", "ja"),
        (SN, "IK-SN-06", "Informationssäkerhet",
         "Kontroll av att handlingar med skyddade personuppgifter hanteras enligt rutin", "Enhetschef myndighet",
         [(P2, "", "", ""),
          (P3, "", "Kontrollen utgår enligt nämndens beslut 2025-06-12 § 77.", "2026-01-21")],
         "UTGAR", ""),
        (VON, "IK-VON-01", "Avgifter",
         "Avgifter inom hemtjänst debiteras enligt beslut och gällande taxa", "Avgiftshandläggare",
         [(P1, "Genomförd utan anmärkning", "", "2025-05-05"),
          (P2, "Genomförd utan anmärkning", "", "2025-09-09"),
          (P3, "Genomförd med anmärkning",
           "Fel taxa för fyra brukare efter indexuppräkningen i juli. Rättat och återbetalt i december.", "2026-01-19")],
         "GENOMFORD", "ja"),
        (VON, "IK-VON-02", "Hälso- och sjukvård",
         "Läkemedelshantering – avvikelser rapporteras i avvikelsesystemet", "MAS",
         [(P3, "Genomförd utan anmärkning", "Genomgång av samtliga enheter, rapportering sker enligt rutin.", "2026-01-19")],
         "GENOMFORD", "nej"),
        (VON, "IK-VON-03", "Dokumentation",
         "Genomförandeplaner upprättas inom 14 dagar efter beslut", "Enhetschefer",
         [(P2, "Delvis genomförd", "Särskilt boende kontrollerat.", "2025-09-09"),
          (P3, "Delvis genomförd", "Kontroll genomförd på särskilt boende. Hemtjänsten återstår.", "2026-01-19")],
         "DELVIS", ""),
        (VON, "IK-VON-04", "Personal",
         "Timanställdas arbetade tid attesteras i schemasystemet före lön", "Enhetschefer",
         [(P1, "Ej påbörjad", "", "2025-05-05"),
          (P2, "Ej genomförd", "", "2025-09-09"),
          (P3, "Ej genomförd", "Flyttad till 2026 efter byte av schemasystem.", "2026-01-19")],
         "EJ_GENOMFORD", ""),
        (VON, "IK-VON-05", "Hälso- och sjukvård",
         "Inventering av läkemedelsförråd på särskilda boenden", "MAS",
         [(P3, "", "Se bifogad rapport från MAS.", "2026-01-19")],
         "OKLAR", ""),
    ]
    header = ["Organisation", "Plan", "Id", "Process", "Kontrollmoment", "Kontrollansvarig",
              "Period", "Status", "Kommentar", "Senast uppdaterad"]
    path = os.path.join(HERE, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        for org, cid, proc, km, ansv, periods, code, avv in controls:
            plan = "Internkontrollplan 2025 " + org
            for per, stat, kom, dt in periods:
                w.writerow([org, plan, cid, proc, km, ansv, per, stat, kom, dt])
            exp(fil, org, km, code, avv)
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", VON, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden – colour column as words beside comment (xlsx)
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "KFN Uppföljning IK helår 2025.xlsx"
    N = "Kultur- och fritidsnämnden"
    fills = {"grön": "92D050", "gul": "FFFF00", "röd": "FF0000"}
    groups = [
        ("Bidrag", [
            ("Föreningsbidrag betalas ut enligt beslutade regler och underlag", "Stickprov 15 ansökningar",
             "Grön", "Stickprov 15 ansökningar, samtliga korrekta och beslutade på rätt delegation.",
             "Föreningshandläggare", "GENOMFORD", "nej"),
            ("Redovisning av använda bidrag inkommer från föreningar inom föreskriven tid",
             "Genomgång av samtliga redovisningar",
             "Gul", "8 av 52 föreningar lämnade redovisningen efter sista dag. Påminnelser har skickats och "
             "utbetalning för 2026 villkoras.", "Föreningshandläggare", "GENOMFORD", "ja"),
        ]),
        ("Kassahantering", [
            ("Dagskassor vid simhallen och biblioteket stäms av mot kassasystemet",
             "Stickprov 10 dagar per enhet", "grön", "", "Enhetschef bad / bibliotekschef", "GENOMFORD", "nej"),
            ("Kontantkassor inventeras två gånger per år", "Inventering med protokoll",
             "röd", "Inventering ej utförd under hösten på grund av personalbrist.",
             "Administratör", "EJ_GENOMFORD", ""),
        ]),
        ("Lokaler och uthyrning", [
            ("Uthyrning av idrottshallar faktureras enligt bokningssystemet",
             "Avstämning bokningar mot kundfakturor, två månader", "Gul",
             "Sex bokningar i september hade inte fakturerats (ca 9 800 kr). Fakturor skickade i november.",
             "Bokningsansvarig", "GENOMFORD", "ja"),
            ("Nycklar och passerbrickor till anläggningar kvitteras och återlämnas",
             "Avstämning nyckelförteckning mot passersystem", "",
             "Kontrollen är genomförd, inga avvikelser.", "Fritidschef", "GENOMFORD", "nej"),
        ]),
        ("Inventarier", [
            ("Inventering av konstsamlingen enligt förteckning", "Fysisk inventering",
             "", "Påbörjad i oktober, cirka hälften av verken är inventerade. Slutförs våren 2026.",
             "Kulturchef", "DELVIS", ""),
        ]),
        ("Personal", [
            ("Timanställdas arbetade timmar attesteras av chef före löneutbetalning",
             "Stickprov tre månader", "GRÖN", "Stickprov mars, juni och oktober.",
             "Enhetschefer", "GENOMFORD", "nej"),
            ("Utlån av utrustning från Fritidsbanken registreras i utlåningssystemet",
             "Stickprov 20 utlån", "",
             "Ej aktuell 2025 – verksamheten vid Fritidsbanken övertogs av föreningen Fjällsjö IF i mars.",
             "Fritidschef", "UTGAR", ""),
        ]),
    ]
    wb = openpyxl.Workbook()
    fix_props_xlsx(wb, "Uppföljning internkontroll 2025 KFN")
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Uppföljning internkontroll 2025 – Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: januari–december 2025"
    ws["A3"] = "Färgkod:"
    ws["A3"].font = Font(bold=True)
    ws["B3"] = "Grön = genomförd utan avvikelse"
    ws["B3"].fill = PatternFill("solid", fgColor=fills["grön"])
    ws["C3"] = "Gul = genomförd med avvikelse"
    ws["C3"].fill = PatternFill("solid", fgColor=fills["gul"])
    ws["D3"] = "Röd = ej genomförd"
    ws["D3"].fill = PatternFill("solid", fgColor=fills["röd"])
    hdr = ["Område", "Kontrollmoment", "Kontrollmetod", "Färg", "Kommentar", "Ansvarig"]
    r = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    for area, rows in groups:
        start = r + 1
        for km, metod, col, kom, ansv, code, avv in rows:
            r += 1
            vals = [area if r == start else None, km, metod, col or None, kom or None, ansv]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            if col:
                ws.cell(row=r, column=4).fill = PatternFill("solid", fgColor=fills[col.lower()])
            exp(fil, N, km, code, avv)
        if r > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r, end_column=1)
    r += 2
    ws.cell(row=r, column=1, value="Behandlad i kultur- och fritidsnämndens arbetsutskott 2026-02-04.")
    for i, w in enumerate([20, 48, 30, 24, 56, 26], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.print_title_rows = "5:5"
    ws.oddHeader.center.text = "Kultur- och fritidsförvaltningen"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Fjällsjö Bostäder AB – kommunalt bolag (xls via xlwt)
# ---------------------------------------------------------------------------
def build_bolag():
    fil = "Fjällsjö Bostäder AB - intern kontroll 2025.xls"
    N = "Fjällsjö Bostäder AB"
    rows = [
        ("1", "Hyresadministration", "Hyresavisering stäms av mot hyreskontrakt i fastighetssystemet",
         "Ja", "Nej", "Avstämning december, inga differenser.", "", "GENOMFORD", "nej"),
        ("2", "Hyresadministration", "Kravhantering – hyresskulder äldre än 60 dagar överlämnas till inkasso",
         "Ja", "Ja", "Tre ärenden låg kvar utan åtgärd i över 90 dagar. Nu överlämnade.",
         "Månadsvis bevakningslista. Ansv: ekonomichef", "GENOMFORD", "ja"),
        ("3", "Underhåll", "Beställningar av underhållsarbeten över 50 000 kr godkänns av fastighetschef",
         "Ja", "Nej", "20 beställningar granskade.", "", "GENOMFORD", "nej"),
        ("4", "Underhåll", "Fakturor från entreprenörer kontrolleras mot avtalade à-priser",
         "Delvis", "Ja", "Ramavtal måleri kontrollerat; VVS och el återstår. Fel à-pris på måleri (ca 14 tkr) har krediterats.",
         "VVS och el kontrolleras Q1 2026. Ansv: fastighetschef", "DELVIS", "ja"),
        ("5", "Ekonomi", "Attest av leverantörsfakturor enligt bolagets attestinstruktion",
         "Ja", "Nej", "Stickprov 30 fakturor.", "", "GENOMFORD", "nej"),
        ("6", "Ekonomi", "Ändringar av bankgiro i leverantörsregistret verifieras mot leverantören",
         "Nej", "", "Ej genomförd, prioriteras första kvartalet 2026.", "Ansv: ekonomichef", "EJ_GENOMFORD", ""),
        ("7", "Uthyrning", "Lägenheter hyrs ut enligt bolagets uthyrningspolicy (kötid)",
         "Ja", "Nej", "20 nya kontrakt granskade mot kön, samtliga enligt policy.", "", "GENOMFORD", "nej"),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    bold = xlwt.easyxf("font: bold on, height 280")
    b = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                    "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    ctr = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz center, vert top")
    ws.write(0, 0, "Fjällsjö Bostäder AB", bold)
    ws.write(1, 0, "Uppföljning av internkontrollplan 2025 – rapport till styrelsen")
    ws.write(2, 0, "Styrelsemöte 2026-02-12, ärende 6")
    hdr = ["Nr", "Område", "Kontrollpunkt", "Genomförd (Ja/Nej/Delvis)", "Avvikelse (Ja/Nej)",
           "Iakttagelser", "Åtgärd / ansvarig"]
    for i, h in enumerate(hdr):
        ws.write(4, i, h, b)
    r = 5
    for nr, omr, km, gen, avv_s, iakt, atg, code, avv in rows:
        ws.write(r, 0, nr, ctr)
        ws.write(r, 1, omr, cellst)
        ws.write(r, 2, km, cellst)
        ws.write(r, 3, gen, ctr)
        ws.write(r, 4, avv_s, ctr)
        ws.write(r, 5, iakt, cellst)
        ws.write(r, 6, atg, cellst)
        exp(fil, N, km, code, avv)
        r += 1
    r += 1
    ws.write(r, 0, "Fjällsjö 2026-02-02")
    ws.write(r + 2, 0, "Per Holmgren, VD")
    ws.write(r + 3, 0, "Karin Sjödin, ekonomichef")
    for i, w in enumerate([5, 18, 50, 14, 12, 55, 35]):
        ws.col(i).width = w * 256
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Samhällsbyggnadsnämnden – nämnd only in the file name (ods via LibreOffice)
# ---------------------------------------------------------------------------
def build_sbn():
    fil = "IK-uppföljning SBN helår 2025.ods"
    N = "Samhällsbyggnadsnämnden"
    rows = [
        ("Fastighetsförvaltning", "Hyresavtal för inhyrda lokaler bevakas så att uppsägning sker i tid",
         "Genomgång av avtalsregistret", "Årlig", "Genomförd utan anmärkning",
         "Samtliga 23 avtal har bevakningsdatum i avtalsregistret.", "", "Fastighetschef", "GENOMFORD", "nej"),
        ("Fastighetsförvaltning", "Felanmälningar i fastighetssystemet åtgärdas inom utlovad tid",
         "Uttag ur fastighetssystemet", "Halvår", "Genomförd med anmärkning",
         "Median 9 arbetsdagar för ej akuta felanmälningar mot målet 5 dagar.",
         "Översyn av bemanning i driftgruppen.", "Driftchef", "GENOMFORD", "ja"),
        ("Investeringar", "Investeringsprojekt över 2 mnkr har beslutad projektbudget innan start",
         "Genomgång av projekt startade 2025", "Årlig", "Genomförd utan anmärkning",
         "7 projekt, samtliga med beslutad budget.", "", "Projektchef", "GENOMFORD", "nej"),
        ("Investeringar", "Slutredovisning av avslutade investeringsprojekt sker inom sex månader",
         "Genomgång av avslutade projekt", "Årlig", "Kontrollen har inte genomförts",
         "Resurserna har prioriterats till bokslutsarbetet.", "Genomförs våren 2026.",
         "Controller", "EJ_GENOMFORD", ""),
        ("Gata och park", "Vinterväghållning – entreprenörens utförande kontrolleras mot avtal",
         "Stickprov av körjournaler", "Säsong", "Delvis genomförd",
         "Kontroll utförd för januari–mars. November–december har inte kontrollerats.", "",
         "Gatuchef", "DELVIS", ""),
        ("Gata och park", "Schakttillstånd i allmän mark följs upp med slutbesiktning",
         "Genomgång av utfärdade tillstånd", "Årlig", "Genomförd med anmärkning",
         "7 av 31 schakter var inte slutbesiktade vid årets slut.", "Påminnelse till ledningsägare.",
         "Gatuingenjör", "GENOMFORD", "ja"),
        ("VA", "Debitering av VA-anslutningsavgifter stäms av mot beviljade anslutningar",
         "Avstämning", "Årlig", "Ingår i annan kontroll",
         "Kontrolleras inom VA-huvudmannens egen internkontroll.", "", "VA-chef", "UTGAR", ""),
        ("Upphandling", "Avtalsuppföljning av driftentreprenader genomförs minst en gång per år",
         "Protokoll från uppföljningsmöten", "Årlig", "Genomförd utan anmärkning",
         "Uppföljningsmöten hållna med samtliga fyra entreprenörer.", "", "Förvaltningschef",
         "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    fix_props_xlsx(wb, "Uppföljning internkontrollplan 2025")
    ws = wb.active
    ws.title = "Helår"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Status: Genomförd utan anmärkning / Genomförd med anmärkning / Delvis genomförd / " \
               "Kontrollen har inte genomförts / Ingår i annan kontroll"
    ws["A2"].font = Font(italic=True)
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Status", "Resultat", "Åtgärd", "Ansvarig"]
    r = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = BOX
    for row in rows:
        r += 1
        vals = list(row[:8])
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v or None)
            c.alignment = WRAP
            c.border = BOX
        exp(fil, N, row[1], row[8], row[9])
    # empty template rows left at the bottom
    for _ in range(3):
        r += 1
        for i in range(1, 9):
            ws.cell(row=r, column=i).border = BOX
    r += 2
    ws.cell(row=r, column=1, value="Upprättad av: Jonas Åkesson, controller, 2026-01-26")
    for i, w in enumerate([20, 48, 28, 10, 28, 50, 30, 18], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    tmp = tempfile.mkdtemp(prefix="r172sbn")
    src = os.path.join(tmp, "IK-uppföljning SBN helår 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Miljö- och byggnämnden – Word table, seed-004-like, .doc via LibreOffice
# ---------------------------------------------------------------------------
def build_mbn():
    fil = "Uppföljning intern kontroll 2025 Miljö- och bygg.doc"
    N = "Miljö- och byggnämnden"
    rows = [
        ("1", "Bygglov", "Bygglovsbeslut fattas inom lagstadgad handläggningstid",
         "4 av 212 ärenden överskred handläggningstiden. Avgiften reducerades enligt PBL 12 kap. 8 a §.",
         "Veckovis bevakning av ärenden nära tidsgränsen.", "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("2", "Bygglov", "Avgifter för bygglov debiteras enligt gällande taxa",
         "Ingen avvikelse i stickprov om 20 ärenden.", "Ingen åtgärd", "Genomförd utan anmärkning",
         "GENOMFORD", "nej"),
        ("3", "Miljötillsyn", "Planerade tillsynsbesök enligt tillsynsplanen genomförs",
         "78 % av planerade inspektioner genomförda. Tillsynsskuld inom lantbruk och förorenade områden.",
         "Tillsynsplanen 2026 prioriterar eftersläpande objekt.", "Genomförd med anmärkning",
         "GENOMFORD", "ja"),
        ("4", "Miljötillsyn", "Timavgifter för tillsyn debiteras efter utförd inspektion",
         "", "", "Kontrollen har inte genomförts", "EJ_GENOMFORD", ""),
        ("5", "Delegation", "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Inga avvikelser.", "", "Genomförd utan anmärkning", "GENOMFORD", "nej"),
        ("6", "Registratur", "Inkomna ärenden registreras i ärendesystemet inom två arbetsdagar",
         "", "", "", "SAKNAS", ""),
        ("7", "Arkiv", "Avslutade bygglovsärenden arkiveras enligt dokumenthanteringsplanen",
         "Arbetet pågår. Ungefär hälften av 2024 års avslutade ärenden är överförda till e-arkivet.",
         "", "", "DELVIS", ""),
    ]
    d = docx.Document()
    fix_props_docx(d, "Uppföljning internkontrollplan 2025", "Lena Forsberg")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    p = d.add_paragraph()
    run = p.add_run("Uppföljning internkontrollplan 2025")
    run.bold = True
    run.font.size = Pt(16)
    d.add_paragraph("Nämnd: Miljö- och byggnämnden\nPeriod: Helår (januari–december)\nÅr: 2025")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärd", "Status"]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for nr, proc, km, avv_t, atg, stat, code, avv in rows:
        cells = t.add_row().cells
        for i, v in enumerate([nr, proc, km, avv_t, atg, stat]):
            cells[i].text = v
        exp(fil, N, km, code, avv)
    widths = [Cm(1.0), Cm(3.0), Cm(5.5), Cm(7.0), Cm(5.5), Cm(3.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph("")
    d.add_paragraph("Återredovisas till nämnden 2026-02-19. Kontrollmoment som inte har genomförts förs "
                    "över till internkontrollplan 2026.")
    d.add_paragraph("Lena Forsberg\nFörvaltningschef, miljö- och byggförvaltningen")
    tmp = tempfile.mkdtemp(prefix="r172mbn")
    src = os.path.join(tmp, "Uppföljning intern kontroll 2025 Miljö- och bygg.docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", fil)
    shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. To reject: a list of attest rights (xlsx), no follow-up
# ---------------------------------------------------------------------------
def build_reject():
    fil = "Attesträtter 2025.xlsx"
    rows = [
        ("Kommunstyrelsen", "1100", "Kommunledning", "Eva Lindqvist", "Anna Berglund", "Obegränsat"),
        ("Kommunstyrelsen", "1210", "Ekonomiavdelning", "Tomas Eklund", "Anna Berglund", "500 000"),
        ("Kommunstyrelsen", "1310", "HR-avdelning", "Sara Wikström", "Tomas Eklund", "300 000"),
        ("Barn- och utbildningsnämnden", "3100", "Förvaltningsgemensamt", "Henrik Dahl", "Maria Nyström", "Obegränsat"),
        ("Barn- och utbildningsnämnden", "3210", "Fjällsjö skola F-6", "Linda Berg", "Henrik Dahl", "100 000"),
        ("Barn- och utbildningsnämnden", "3220", "Kvarnbackens skola 7-9", "Ola Persson", "Henrik Dahl", "100 000"),
        ("Socialnämnden", "5100", "Individ- och familjeomsorg", "Jenny Olsson", "Mats Hedlund", "250 000"),
        ("Socialnämnden", "5200", "Försörjningsstöd", "Mats Hedlund", "Jenny Olsson", "250 000"),
        ("Vård- och omsorgsnämnden", "6100", "Hemtjänst", "Birgitta Näslund", "Karl Lund", "150 000"),
        ("Vård- och omsorgsnämnden", "6200", "Särskilt boende Björkbacken", "Karl Lund", "Birgitta Näslund", "150 000"),
        ("Kultur- och fritidsnämnden", "7100", "Bibliotek", "Ingrid Holm", "Peter Ek", "50 000"),
        ("Kultur- och fritidsnämnden", "7200", "Simhall och idrottsanläggningar", "Peter Ek", "Ingrid Holm", "100 000"),
        ("Samhällsbyggnadsnämnden", "8100", "Gata och park", "Johan Strand", "Jonas Åkesson", "500 000"),
        ("Samhällsbyggnadsnämnden", "8300", "Fastighet", "Erik Nord", "Johan Strand", "1 000 000"),
        ("Miljö- och byggnämnden", "9100", "Bygglov och miljötillsyn", "Lena Forsberg", "Anders Lind", "100 000"),
    ]
    wb = openpyxl.Workbook()
    fix_props_xlsx(wb, "Attestförteckning 2025")
    ws = wb.active
    ws.title = "Attestförteckning"
    ws["A1"] = "Förteckning över beslutsattestanter 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Fastställd av kommunstyrelsen 2024-12-10 § 215. Gäller från 2025-01-01 enligt attestreglementet."
    hdr = ["Nämnd", "Ansvar", "Verksamhet", "Beslutsattestant", "Ersättare", "Beloppsgräns (kr)", "Giltig från"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    r = 4
    for row in rows:
        r += 1
        for i, v in enumerate(list(row) + ["2025-01-01"], 1):
            ws.cell(row=r, column=i, value=v).border = BOX
    r += 2
    ws.cell(row=r, column=1, value="Ändringar anmäls till ekonomiavdelningen på blankett Ändring av attesträtt.")
    for i, w in enumerate([30, 8, 32, 20, 20, 18, 12], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|SocN|Socialförvaltningen|Individ- och familjeomsorgen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Omsorgsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Fjällsjö Bostäder AB", "Fjällsjöbostäder|FBAB|Bostadsbolaget"),
]


def write_csvs():
    def w(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            wr = csv.writer(f, delimiter=";", lineterminator="\n")
            wr.writerow(header)
            for row in rows:
                wr.writerow(row)
    w("namnder.csv", ["nämnd", "alias"], NAMNDER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def main():
    os.chdir(HERE)
    build_ks()
    build_bun()
    build_export()
    build_kfn()
    build_bolag()
    build_sbn()
    build_mbn()
    build_reject()
    write_csvs()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
