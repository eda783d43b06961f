#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r487 – Enköpings kommun, uppföljning av internkontrollplaner helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv,
deterministically, in the folder of this script.  Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
YEAR = "2025"
FIXED_DT = datetime.datetime(2026, 1, 20, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round487"

EXPECTED = []   # rows: fil, nämnd, kontrollmoment, status, avvikelse
FILES = []      # rows: fil, utfall, nämnd, år, period


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append([fil, namnd, km, status, avv])


def normalize_zip(path, fix_meta=False):
    """Rewrite an OOXML/ODF zip with fixed timestamps so reruns give the same bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    if fix_meta:  # LibreOffice writes the conversion time into meta.xml
        fixed = []
        for info, data in items:
            if info.filename == "meta.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<meta:creation-date>)[^<]*(</meta:creation-date>)", r"\g<1>2026-01-20T09:00:00\g<2>", s)
                s = re.sub(r"(<dc:date>)[^<]*(</dc:date>)", r"\g<1>2026-01-20T09:00:00\g<2>", s)
                s = re.sub(r"<meta:editing-duration>[^<]*</meta:editing-duration>", "", s)
                data = s.encode("utf-8")
            fixed.append((info, data))
        items = fixed
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as zout:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 20, 9, 0, 0))
            zi.compress_type = info.compress_type
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def set_wb_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


def set_doc_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
KS = "Kommunstyrelsen"
BUN = "Barn- och ungdomsnämnden"
UN = "Utbildningsnämnden"
SN = "Socialnämnden"
VON = "Vård- och omsorgsnämnden"
KFN = "Kultur- och fritidsnämnden"
BMN = "Bygg- och miljönämnden"
SBN = "Samhällsbyggnadsnämnden"
VAL = "Valnämnden"
ENA = "ENA Energi AB"
ABEH = "AB Enköpings Hyresbostäder"
RT = "Räddningstjänstförbundet Enköping-Håbo"

NAMNDER = [
    (KS, "KS|Kommunledningsförvaltningen|KLF"),
    (BUN, "BUN|Barn- och ungdomsnämnd|Utbildningsförvaltningen"),
    (UN, "UN|Gymnasie- och vuxenutbildningsnämnden|Utbildningsförvaltningen"),
    (SN, "SN|Socialförvaltningen|SOF"),
    (VON, "VON|Vård- och omsorgsförvaltningen|VOF"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|KFF"),
    (BMN, "BMN|Bygg- och miljöförvaltningen|Miljö- och byggnadsnämnden"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    (VAL, "Valnämnd"),
    (ENA, "ENA|ENA Energi|Enköpings energibolag"),
    (ABEH, "ABEH|Enköpings Hyresbostäder|Hyresbostäder"),
    (RT, "Räddningstjänsten Enköping-Håbo|Räddningstjänsten|RTEH|Direktionen för räddningstjänsten"),
]

# ---------------------------------------------------------------------------
# F1 – Stratsys export, three nämnder as row blocks in one sheet
# ---------------------------------------------------------------------------
F1 = "Stratsys_export_internkontroll_helar_2025.xlsx"

F1_BLOCKS = [
    (SN, [
        # id, process, kontrollmoment (list = wrapped over rows), risk, ansvarig, metod, frekvens, status, kommentar, exp_status, avv
        ("SN-01", "Ekonomiskt bistånd",
         "Kontroll att utbetalningar av ekonomiskt bistånd har beslut och är attesterade enligt delegationsordningen",
         "12", "Enhetschef försörjningsstöd", "Stickprov 20 utbetalningar per tertial", "Tertial", "Slutförd",
         "60 utbetalningar granskade under året. Samtliga hade beslut och korrekt attest.", "GENOMFORD", "nej"),
        ("SN-02", "Inköp och fakturahantering", "Attest av leverantörsfakturor enligt attestordningen",
         "9", "Controller", "Stickprov 25 fakturor", "Halvår", "Slutförd med avvikelse",
         "3 av 50 fakturor attesterade av person utan attesträtt.\nAttestlistan uppdaterades i oktober.", "GENOMFORD", "ja"),
        ("SN-03", "Myndighetsutövning barn och unga",
         "Förhandsbedömning av orosanmälningar görs inom 14 dagar",
         "16", "Enhetschef barn och unga", "Uttag ur Treserva", "Månadsvis", "Pågående",
         "Andel inom 14 dagar: 87 % (mål 100 %). Åtgärdsplan med förstärkt mottagningsgrupp pågår.", "DELVIS", "ja"),
        ("SN-04", "Myndighetsutövning barn och unga",
         ["Kontroll av att utredningar enligt 11 kap. 1 § SoL avslutas inom fyra månader eller att",
          "beslut om förlängning finns dokumenterat"],
         "12", "Enhetschef barn och unga", "Stickprov 15 utredningar", "Halvår", "Ej påbörjad",
         "Kontrollen flyttas till 2026 på grund av byte av verksamhetssystem.", "EJ_GENOMFORD", ""),
        ("SN-05", "Informationssäkerhet", "Loggkontroll i verksamhetssystemet Treserva",
         "12", "Systemförvaltare", "Stickprov 10 användare per kvartal", "Kvartal", "Slutförd",
         "Inga otillåtna slagningar upptäcktes.", "GENOMFORD", "nej"),
        ("SN-06", "Personal",
         "Kontroll av att utdrag ur belastningsregistret har visats vid nyanställning inom HVB och familjehemsvård",
         "8", "HR-specialist", "Genomgång av samtliga nyanställningar", "Helår", "Slutförd",
         "Samtliga 14 nyanställda hade visat utdrag.", "GENOMFORD", "nej"),
        ("SN-07", "Avtal och upphandling", "Uppföljning av avtal för externa placeringar (HVB)",
         "9", "Avdelningschef IFO", "Avtalsuppföljning 3 avtal", "Helår", "Utgår",
         "Utgår enligt beslut SN 2025-05-21 § 64. Ersätts av kommungemensam avtalsuppföljning.", "UTGAR", ""),
    ]),
    (VON, [
        ("VON-01", "Inköp och fakturahantering", "Attest av leverantörsfakturor enligt attestordningen",
         "9", "Controller", "Stickprov 25 fakturor", "Halvår", "Slutförd",
         "50 fakturor granskade, inga avvikelser.", "GENOMFORD", "nej"),
        ("VON-02", "Hemtjänst",
         "Kontroll av att utförd tid i hemtjänsten överensstämmer med beviljad tid",
         "12", "Enhetschef hemtjänst", "Jämförelse Lifecare/TES", "Tertial", "Pågående",
         "Stickprov gjort för T1 och T2. T3 analyseras i januari 2026.", "DELVIS", ""),
        ("VON-03", "Hälso- och sjukvård", "Läkemedelsavvikelser hanteras enligt rutin",
         "16", "MAS", "Genomgång av avvikelserapporter", "Tertial", "Slutförd",
         "Samtliga läkemedelsavvikelser är hanterade och analyserade enligt rutinen.", "GENOMFORD", "nej"),
        ("VON-04", "Avgifter", "Kontroll av avgiftsdebitering för vård- och omsorgsboende",
         "9", "Avgiftshandläggare", "Stickprov 30 brukare", "Helår", "Slutförd med avvikelse",
         "Felaktig avgift för 4 brukare. Rättat och återbetalt i november.", "GENOMFORD", "ja"),
        ("VON-05", "Säkerhet", "Brandskyddsrondering på särskilda boenden",
         "12", "Verksamhetschef särskilt boende", "Egenkontroll enligt checklista", "Halvår", "Ej påbörjad",
         "", "EJ_GENOMFORD", ""),
        ("VON-06", "Personal", "Kontroll av att introduktion genomförts för nyanställda timvikarier",
         "6", "Enhetschefer", "Stickprov 10 timvikarier", "Helår", "",
         "", "SAKNAS", ""),
    ]),
    (KFN, [
        ("KFN-01", "Bidrag", "Kontroll av att föreningsbidrag betalas ut enligt gällande regler",
         "9", "Föreningskonsulent", "Stickprov 15 föreningar", "Helår", "Slutförd",
         "Stickprov 15 föreningar, samtliga bidrag korrekt beräknade och beslutade.", "GENOMFORD", "nej"),
        ("KFN-02", "Kontanthantering", "Kontroll av dagskassor i simhallens reception",
         "8", "Badchef", "Oanmäld kassakontroll 4 ggr/år", "Kvartal", "Slutförd",
         "Fyra oanmälda kontroller, inga differenser.", "GENOMFORD", "nej"),
        ("KFN-03", "Lokalbokning",
         "Kontroll att fakturerade timmar stämmer med bokade timmar i bokningssystemet",
         "6", "Bokningsansvarig", "Avstämning per månad", "Månadsvis", "Pågående",
         "Avstämning gjord för idrottshallarna, ej för skollokalerna.", "DELVIS", ""),
        ("KFN-04", "Inköp och fakturahantering", "Direktupphandlingar över 100 tkr dokumenteras",
         "9", "Förvaltningsekonom", "Genomgång av samtliga direktupphandlingar", "Helår", "Slutförd med avvikelse",
         "2 av 8 direktupphandlingar saknade dokumentation av konkurrensutsättning.", "GENOMFORD", "ja"),
        ("KFN-05", "Bibliotek", "Inventering av mediebestånd och inköp av media",
         "4", "Bibliotekschef", "Inventering", "Vartannat år", "Ej aktuell",
         "Ej aktuell 2025 – genomförs vartannat år, nästa gång 2026.", "UTGAR", ""),
    ]),
]


def build_f1():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport"
    set_wb_props(wb, "Stratsys")
    ws["A1"] = "Uppföljning internkontrollplan 2025 – Helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Enköpings kommun | Rapport skapad 2026-01-19 08:42 av ANLU01"
    ws["A3"] = ("Urval: Period = Helår 2025; Organisation = Socialnämnden, Vård- och omsorgsnämnden, "
                "Kultur- och fritidsnämnden; Typ = Kontrollmoment")
    ws["A2"].font = Font(italic=True, size=9, color="FF595959")
    ws["A3"].font = Font(italic=True, size=9, color="FF595959")
    headers = ["Id", "Process", "Kontrollmoment", "Risk (S×K)", "Ansvarig", "Kontrollmetod",
               "Frekvens", "Status helår", "Kommentar"]
    r = 5
    for c, h in enumerate(headers, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = PatternFill("solid", fgColor="FF1F4E78")
        cell.border = BOX
        cell.alignment = WRAP
    r += 1
    for namnd, rows in F1_BLOCKS:
        ws.cell(r, 1, namnd)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).font = Font(bold=True, size=12)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="FFD9E1F2")
        r += 1
        for (cid, proc, km, risk, ansv, metod, frekv, status, komm, est, avv) in rows:
            lines = km if isinstance(km, list) else [km]
            vals = [cid, proc, lines[0], int(risk), ansv, metod, frekv, status, komm]
            for c, v in enumerate(vals, 1):
                if v == "":
                    continue
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            r += 1
            for extra in lines[1:]:
                cell = ws.cell(r, 3, extra)
                cell.alignment = WRAP
                r += 1
            exp(F1, namnd, " ".join(lines), est, avv)
        ws.cell(r, 1, "Totalt %s: %d kontrollmoment" % (namnd, len(rows)))
        ws.cell(r, 1).font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 2
    for col, w in zip("ABCDEFGHI", [9, 22, 48, 9, 24, 28, 12, 20, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    path = os.path.join(OUT, F1)
    wb.save(path)
    normalize_zip(path)
    for namnd, _ in F1_BLOCKS:
        FILES.append([F1, "INLAST", namnd, YEAR, "HELAR"])


# ---------------------------------------------------------------------------
# F2 – Word document from Utbildningsförvaltningen, two nämnder, two tables
# ---------------------------------------------------------------------------
F2 = "Utbildningsförvaltningen uppföljning internkontroll 2025.docx"

F2_TABLES = [
    (BUN, "1", [
        # nr, område, kontrollmoment, metod, resultat, status, exp_status, avv
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor per halvår", "Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
        ("1.2", "Ekonomi", "Kontroll av avgifter i förskola och fritidshem mot inkomstuppgifter",
         "Inkomstjämförelse mot Skatteverket", "Inkomstkontroll genomförd i maj. Inga felaktigheter i debiteringen.",
         "Genomförd", "GENOMFORD", "nej"),
        ("1.3", "Myndighetsutövning", "Beslut om skolskjuts fattas enligt delegationsordningen",
         "Stickprov 20 beslut", "Se bilaga 1", "", "OKLAR", ""),
        ("1.4", "Elevhälsa", "Anmälan av kränkande behandling till huvudmannen sker inom fem arbetsdagar",
         "Stickprov på fyra skolor",
         "Två av fyra skolor anmälde inte inom fem arbetsdagar. Utbildning för rektorer hölls i november.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("1.5", "Närvaro", "Uppföljning av elevers långvariga frånvaro",
         "Kartläggning per skolenhet", "Kartläggning klar för F–6. Årskurs 7–9 återstår.",
         "Delvis genomförd", "DELVIS", ""),
        ("1.6", "Informationssäkerhet", "Behörigheter i skolplattformen tas bort när personal slutar",
         "Jämförelse mot avslutade anställningar",
         "Kontrollen har inte genomförts under året på grund av vakans på IT-samordnartjänsten.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("1.7", "Personal",
         "Kontroll av att utdrag ur belastningsregistret visas vid anställning i förskola och skola",
         "Genomgång av samtliga nyanställningar", "Samtliga 41 nyanställda har visat utdrag.",
         "Genomförd", "GENOMFORD", "nej"),
        ("1.8", "Delegation", "Anmälan av delegationsbeslut till nämnden",
         "Jämförelse delegationslista/protokoll", "Kontroll gjord i oktober. Samtliga beslut var anmälda.",
         "Genomförd", "GENOMFORD", "nej"),
    ]),
    (UN, "2", [
        ("2.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor per halvår", "Två fakturor saknade andra attest. Påtalat för berörda chefer.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("2.2", "Betyg", "Kontroll av att betygskatalog och utfärdade betygsdokument överensstämmer",
         "Stickprov 50 elever", "Stickprov 50 elever på Westerlundska gymnasiet, inga fel.",
         "Genomförd", "GENOMFORD", "nej"),
        ("2.3", "Interkommunal ersättning",
         "Fakturering av interkommunal ersättning för elever från andra kommuner",
         "Avstämning elevregister/fakturor", "Vårterminen kontrollerad. Höstterminen kontrolleras i februari 2026.",
         "Delvis genomförd", "DELVIS", ""),
        ("2.4", "Vuxenutbildning",
         "Upphandlade utbildningsanordnare inom Komvux rapporterar studiedeltagande enligt avtal",
         "Avtalsuppföljning", "Kontrollen genomförd i december. Samtliga anordnare har rapporterat enligt avtal.",
         "", "GENOMFORD", "nej"),
        ("2.5", "Arkiv", "Gallring av elevakter enligt dokumenthanteringsplanen",
         "Kontroll i arkivet", "Ej påbörjad, skjuts till 2026.", "Ej genomförd", "EJ_GENOMFORD", ""),
        ("2.6", "Delegation", "Anmälan av delegationsbeslut till nämnden",
         "Jämförelse delegationslista/protokoll", "Utgår – ingår i kommunstyrelsens kontroll från 2025.",
         "Utgår", "UTGAR", ""),
        ("2.7", "Statsbidrag", "Ansökan och återrapportering av statsbidrag för gymnasial lärlingsutbildning",
         "Genomgång av ansökningar", "", "", "SAKNAS", ""),
    ]),
]


def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def build_f2():
    d = docx.Document()
    set_doc_props(d, "Karin Lund")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Enköpings kommun\tUtbildningsförvaltningen\tDnr UF 2025/118"
    sec.footer.paragraphs[0].text = "Uppföljning intern kontroll helår 2025"
    d.add_heading("Uppföljning av internkontrollplaner 2025 – helår", level=1)
    d.add_paragraph("Utbildningsförvaltningen är förvaltning för både Barn- och ungdomsnämnden och "
                    "Utbildningsnämnden. I detta dokument redovisas uppföljningen av respektive nämnds "
                    "internkontrollplan för perioden januari–december 2025.")
    d.add_paragraph("Kontrollerna har genomförts av förvaltningens controller och berörda chefer. "
                    "Resultatet har stämts av i förvaltningens ledningsgrupp 2026-01-14.")
    for namnd, num, rows in F2_TABLES:
        d.add_heading("%s. %s" % (num, namnd), level=2)
        d.add_paragraph("Internkontrollplanen antogs av nämnden i december 2024. Nedan redovisas "
                        "genomförda kontroller och resultat.")
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        hdr = ["Nr", "Område", "Kontrollmoment", "Metod/omfattning", "Resultat och kommentar", "Status"]
        for i, h in enumerate(hdr):
            c = t.rows[0].cells[i]
            c.text = ""
            run = c.paragraphs[0].add_run(h)
            run.bold = True
            _shade(c, "D9E2F3")
        _repeat_header(t.rows[0])
        for (nr, omr, km, metod, res, status, est, avv) in rows:
            cells = t.add_row().cells
            for i, v in enumerate([nr, omr, km, metod, res, status]):
                cells[i].text = v
            exp(F2, namnd, km, est, avv)
        widths = [Cm(1.0), Cm(2.5), Cm(4.8), Cm(3.0), Cm(4.5), Cm(2.2)]
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        p = d.add_paragraph()
        r = p.add_run("Status: Genomförd / Genomförd med avvikelse / Delvis genomförd / Ej genomförd / Utgår")
        r.italic = True
        r.font.size = Pt(8)
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
                    "Kontroller som inte genomförts under 2025 förs över till 2026 års plan.")
    d.add_paragraph("Bilaga 1: Sammanställning av skolskjutsbeslut 2025")
    d.add_paragraph("")
    d.add_paragraph("Enköping 2026-01-28")
    d.add_paragraph("Karin Lund\nFörvaltningschef, Utbildningsförvaltningen")
    path = os.path.join(OUT, F2)
    d.save(path)
    normalize_zip(path)
    FILES.append([F2, "INLAST", BUN, YEAR, "HELAR"])
    FILES.append([F2, "INLAST", UN, YEAR, "HELAR"])


# ---------------------------------------------------------------------------
# F3 – SBN workbook, T1/T2/T3 as traffic-light fills, legend in a text box
# ---------------------------------------------------------------------------
F3 = "SBN_IK_2025_tertialuppfoljning.xlsx"
COL = {"G": "FF00B050", "Y": "FFFFFF00", "R": "FFFF0000", "B": "FF5B9BD5", "X": "FFBFBFBF", "": None}

F3_ROWS = [
    # nr, process, kontrollmoment, ansvarig, frekvens, metod, T1, T2, T3, kommentar, exp, avv
    ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller", "Tertial",
     "Stickprov 20 fakturor", "G", "G", "G", "Inga avvikelser vid något av stickproven.", "GENOMFORD", "nej"),
    ("2", "Mark och exploatering", "Markanvisningsavtal följer kommunens riktlinjer för markanvisning",
     "Exploateringschef", "Helår", "Granskning av samtliga avtal", "", "Y", "G",
     "Samtliga tre avtal granskade.", "GENOMFORD", "nej"),
    ("3", "Investeringar", "ÄTA-arbeten i entreprenader beställs av behörig person", "Projektchef",
     "Tertial", "Granskning av ÄTA-listor", "Y", "Y", "Y", "Granskning klar för två av fyra projekt.",
     "DELVIS", ""),
    ("4", "Mark och exploatering", "Kontroll av fakturerade arrendeavgifter mot arrendeavtal",
     "Mark- och exploateringsingenjör", "Helår", "Avstämning register/fakturering", "", "", "R",
     "Ej genomförd på grund av personalbrist.", "EJ_GENOMFORD", ""),
    ("5", "Drift gata", "Vinterväghållning – entreprenörens rapporterade timmar stäms av mot GPS-loggar",
     "Driftchef gata", "Tertial", "Avstämning GPS/fakturor", "G", "", "B",
     "Differens på 42 timmar i december, reglerat mot entreprenören.", "GENOMFORD", "ja"),
    ("6", "Planering", "Detaljplaner handläggs inom beslutad tidplan", "Planchef", "Helår",
     "Genomgång av planprogrammet", "Y", "G", "", "Kontrollen genomfördes under T2.", "GENOMFORD", "nej"),
    ("7", "Park och lek", "Besiktning av lekplatser enligt besiktningsplan", "Parkchef", "Helår",
     "Huvudbesiktning", "", "G", "G", "Huvudbesiktning av 38 lekplatser utförd.", "GENOMFORD", "nej"),
    ("8", "Upphandling", "Dokumentation av direktupphandlingar", "Förvaltningsekonom", "Tertial",
     "Stickprov 10 inköp", "R", "Y", "G", "Ny rutin införd i maj. Stickprov T3 utan anmärkning.",
     "GENOMFORD", "nej"),
    ("9", "Parkering", "Avstämning av parkeringsanmärkningar mot Transportstyrelsens redovisning",
     "Trafikingenjör", "Tertial", "Avstämning", "X", "X", "X",
     "Utgår – hanteras av parkeringsbolaget från 2025.", "UTGAR", ""),
    ("10", "Investeringar", "Aktivering av avslutade investeringsprojekt i anläggningsregistret",
     "Redovisningsekonom", "Helår", "Avstämning projekt/anläggningsregister", "", "", "", "",
     "SAKNAS", ""),
    ("11", "Trafik", "Tillsyn av skyltar och vägvisning enligt riktlinje", "Trafikingenjör", "Helår",
     "Inventering", "", "Y", "R", "Klar.", "OKLAR", ""),
    ("12", "Ekonomi", "Gatukostnadsersättning debiteras enligt beslut", "Exploateringsekonom", "Tertial",
     "Avstämning beslut/fakturor", "G", "G", "Y", "Väntar på slutligt underlag för Bredsand etapp 2.",
     "DELVIS", ""),
]

F3_LEGEND = [
    ("Teckenförklaring", None, True),
    ("■ Grön = Genomförd utan avvikelse", "00B050", False),
    ("■ Blå = Genomförd, avvikelse konstaterad (se kommentar)", "5B9BD5", False),
    ("■ Gul = Påbörjad / delvis genomförd", "FFC000", False),
    ("■ Röd = Ej genomförd", "FF0000", False),
    ("■ Grå = Utgår", "A6A6A6", False),
    ("Tom ruta = ingen kontroll under tertialen", None, False),
]


def _drawing_xml():
    paras = []
    for text, color, bold in F3_LEGEND:
        if color:
            sym, rest = text[0], text[1:]
            paras.append('<a:p><a:r><a:rPr lang="sv-SE" sz="1100"><a:solidFill><a:srgbClr val="%s"/>'
                         '</a:solidFill></a:rPr><a:t>%s</a:t></a:r><a:r><a:rPr lang="sv-SE" sz="1000"/>'
                         '<a:t>%s</a:t></a:r></a:p>' % (color, sym, rest))
        else:
            paras.append('<a:p><a:r><a:rPr lang="sv-SE" sz="1000"%s/><a:t>%s</a:t></a:r></a:p>'
                         % (' b="1"' if bold else '', text))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<xdr:twoCellAnchor editAs="oneCell">'
            '<xdr:from><xdr:col>11</xdr:col><xdr:colOff>100000</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>'
            '<xdr:to><xdr:col>15</xdr:col><xdr:colOff>300000</xdr:colOff><xdr:row>9</xdr:row><xdr:rowOff>100000</xdr:rowOff></xdr:to>'
            '<xdr:sp macro="" textlink="">'
            '<xdr:nvSpPr><xdr:cNvPr id="2" name="Textruta 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>'
            '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3200000" cy="1500000"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
            '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></xdr:spPr>'
            '<xdr:txBody><a:bodyPr vertOverflow="clip" wrap="square" rtlCol="0" anchor="t"/><a:lstStyle/>'
            + "".join(paras) +
            '</xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>')


def _add_textbox(path):
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    names = [i.filename for i, _ in items]
    assert "xl/worksheets/_rels/sheet1.xml.rels" not in names
    out = []
    for info, data in items:
        if info.filename == "xl/worksheets/sheet1.xml":
            s = data.decode("utf-8")
            assert "<drawing" not in s and "<legacyDrawing" not in s and "<tableParts" not in s
            if 'xmlns:r=' not in s.split(">", 2)[1]:
                s = s.replace('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
                              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"', 1)
            s = s.replace("</worksheet>", '<drawing r:id="rIdTxt1"/></worksheet>')
            data = s.encode("utf-8")
        elif info.filename == "[Content_Types].xml":
            s = data.decode("utf-8")
            s = s.replace("</Types>", '<Override PartName="/xl/drawings/drawing1.xml" '
                          'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>')
            data = s.encode("utf-8")
        out.append((info.filename, info.compress_type, data))
    out.append(("xl/worksheets/_rels/sheet1.xml.rels", zipfile.ZIP_DEFLATED,
                ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rIdTxt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>').encode("utf-8")))
    out.append(("xl/drawings/drawing1.xml", zipfile.ZIP_DEFLATED, _drawing_xml().encode("utf-8")))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as zout:
        for name, ct, data in out:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 20, 9, 0, 0))
            zi.compress_type = ct
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def build_f3():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    set_wb_props(wb, "Maria Eklund")
    ws.oddHeader.center.text = "Samhällsbyggnadsnämnden"
    ws.oddHeader.right.text = "Enköpings kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws["A1"] = "Internkontroll 2025 – uppföljning per tertial"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Status markeras med färg i kolumnerna T1–T3, se teckenförklaringen. Uppdaterad 2026-01-15."
    ws["A2"].font = Font(italic=True, size=9)
    ws["A3"] = "Plan"
    ws.merge_cells("A3:F3")
    ws["G3"] = "Uppföljning 2025"
    ws.merge_cells("G3:I3")
    ws["J3"] = "Helår"
    for c in ("A3", "G3", "J3"):
        ws[c].font = Font(bold=True)
        ws[c].alignment = Alignment(horizontal="center")
        ws[c].fill = PatternFill("solid", fgColor="FFDDEBF7")
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Frekvens", "Metod", "T1", "T2", "T3", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        cell = ws.cell(4, i, h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="FFDDEBF7")
        cell.alignment = Alignment(horizontal="center" if i in (7, 8, 9) else "left", vertical="center")
    r = 5
    for (nr, proc, km, ansv, frekv, metod, t1, t2, t3, komm, est, avv) in F3_ROWS:
        for i, v in enumerate([int(nr), proc, km, ansv, frekv, metod], 1):
            cell = ws.cell(r, i, v)
            cell.alignment = WRAP
            cell.border = BOX
        for i, code in zip((7, 8, 9), (t1, t2, t3)):
            cell = ws.cell(r, i)
            cell.border = BOX
            if COL[code]:
                cell.fill = PatternFill("solid", fgColor=COL[code])
        cell = ws.cell(r, 10, komm if komm else None)
        cell.alignment = WRAP
        cell.border = BOX
        exp(F3, SBN, km, est, avv)
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanställt av: Maria Eklund, controller Samhällsbyggnadsförvaltningen")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHIJ", [5, 20, 46, 22, 10, 24, 6, 6, 6, 44]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    path = os.path.join(OUT, F3)
    wb.save(path)
    _add_textbox(path)
    FILES.append([F3, "INLAST", SBN, YEAR, "HELAR"])


# ---------------------------------------------------------------------------
# F4 – Kommunstyrelsen, Ja/Nej/Delvis + Avvikelse column, delivered as .ods
# ---------------------------------------------------------------------------
F4 = "KS uppföljning intern kontroll helår 2025.ods"

F4_GROUPS = [
    ("Ekonomi", [
        # nr, process, kontrollmoment, ansvarig, genomförd, avvikelse, åtgärd, exp, avv
        ("1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef",
         "Ja", "Inga avvikelser", "", "GENOMFORD", "nej"),
        ("2", "Bokslut", "Avstämning av balanskonton vid månadsbokslut", "Redovisningschef",
         "Ja", "Kundfordringskontot var inte avstämt i april och maj.", "Påminnelserutin införd i juni.",
         "GENOMFORD", "ja"),
        ("3", "Förtroendekänsliga poster", "Kontroll av representation och andra förtroendekänsliga poster",
         "Controller", "Delvis", "Stickprov endast gjort för januari–juni.", "Andra halvåret kontrolleras i feb 2026.",
         "DELVIS", ""),
        ("4", "Utbetalningar", "Ändring av bankuppgifter för leverantörer verifieras innan utbetalning",
         "Ekonomiassistent", "Ja", "Inga avvikelser", "", "GENOMFORD", "nej"),
    ]),
    ("HR och lön", [
        ("5", "Lön", "Lönetillägg och engångsbelopp är beslutade av behörig chef", "Lönechef",
         "Ja", "2 utbetalningar saknade beslut. Har rättats och återkrävts.", "Information till chefer.",
         "GENOMFORD", "ja"),
        ("6", "Rehabilitering", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "HR-chef",
         "Nej", "Kontrollen har inte genomförts.", "Genomförs T1 2026.", "EJ_GENOMFORD", ""),
        ("7", "Arbetsmiljö", "Systematiskt arbetsmiljöarbete följer årshjulet", "HR-chef",
         "Ja", "-", "", "GENOMFORD", "nej"),
    ]),
    ("IT och informationssäkerhet", [
        ("8", "Behörigheter", "Behörighetsgranskning i ekonomisystemet Raindance", "Systemförvaltare",
         "Ja", "4 konton för personal som slutat var fortfarande aktiva. Kontona har stängts.",
         "Koppling till avslutsrutin i HR-systemet.", "GENOMFORD", "ja"),
        ("9", "Drift", "Återläsningstest av säkerhetskopior", "IT-chef",
         "", "Test genomfört 2025-11-12 med godkänt resultat, inga avvikelser.", "", "GENOMFORD", "nej"),
        ("10", "Informationssäkerhet", "Informationssäkerhetsklassning av nya system före driftstart",
         "Informationssäkerhetssamordnare", "Delvis", "", "", "DELVIS", ""),
    ]),
    ("Kansli", [
        ("11", "Registratur", "Inkomna handlingar diarieförs inom föreskriven tid", "Registrator",
         "Ja", "Inga", "", "GENOMFORD", "nej"),
        ("12", "Delegation", "Delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef",
         "Nej", "Kontroll ej utförd.", "Flyttas till 2026 års plan.", "EJ_GENOMFORD", ""),
        ("13", "Bidrag", "Uppföljning av tillfälliga bidrag till föreningar och organisationer", "Kanslichef",
         "Utgår", "Bidragsformen avvecklades 2025.", "", "UTGAR", ""),
    ]),
]


def build_f4(tmpdir):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    set_wb_props(wb, "Ekonomiavdelningen")
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd:"
    ws["B2"] = "Kommunstyrelsen"
    ws["A3"] = "Period:"
    ws["B3"] = "Helår 2025 (januari–december)"
    for c in ("A2", "A3"):
        ws[c].font = Font(bold=True)
    ws["A4"] = ("Instruktion: Ange i kolumnen Genomförd Ja, Nej eller Delvis. Beskriv eventuella avvikelser "
                "i kolumnen Avvikelse och planerade åtgärder i kolumnen Åtgärd.")
    ws.merge_cells("A4:G4")
    ws["A4"].alignment = WRAP
    ws["A4"].font = Font(italic=True, size=9)
    ws.row_dimensions[4].height = 28
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollansvarig", "Genomförd\n(Ja/Nej/Delvis)",
           "Avvikelse", "Åtgärd"]
    for i, h in enumerate(hdr, 1):
        cell = ws.cell(6, i, h)
        cell.font = Font(bold=True)
        cell.alignment = WRAP
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="FFE2EFDA")
    r = 7
    for grp, rows in F4_GROUPS:
        ws.cell(r, 1, grp).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="FFF2F2F2")
        r += 1
        for (nr, proc, km, ansv, gen, avvtxt, atg, est, avv) in rows:
            for i, v in enumerate([int(nr), proc, km, ansv, gen, avvtxt, atg], 1):
                cell = ws.cell(r, i, v if v != "" else None)
                cell.alignment = Alignment(wrap_text=True, vertical="top",
                                           horizontal="center" if i == 5 else None)
                cell.border = BOX
            exp(F4, KS, km, est, avv)
            r += 1
    r += 1
    ws.cell(r, 1, "Sammanställt av ekonomiavdelningen 2026-01-20. Behandlas av kommunstyrelsen 2026-02-17.")
    ws.cell(r, 1).font = Font(size=9, italic=True)
    for col, w in zip("ABCDEFG", [5, 22, 46, 24, 14, 44, 34]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmpdir, "KS uppföljning intern kontroll helår 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmpdir)
    shutil.copyfile(os.path.join(tmpdir, F4), os.path.join(OUT, F4))
    normalize_zip(os.path.join(OUT, F4), fix_meta=True)
    FILES.append([F4, "INLAST", KS, YEAR, "HELAR"])


# ---------------------------------------------------------------------------
# F5 – ENA Energi AB, English-Swedish mix, H1 and FY columns side by side
# ---------------------------------------------------------------------------
F5 = "ENA_Energi_Internal_control_FY2025.xlsx"

F5_ROWS = [
    # process, risk, control, owner, freq, H1, FY, comment, exp, avv
    ("Purchasing / Inköp", "Medium", "Invoice approval according to attestordning", "Head of Accounting",
     "Semi-annual", "Done", "Done", "Sample of 40 invoices, no deviations.", "GENOMFORD", "nej"),
    ("Purchasing / Inköp", "High", "Direktupphandling – documentation of quotes for purchases above 100 kSEK",
     "Procurement manager", "Semi-annual", "Done – avvikelse", "Done – avvikelse",
     "2 purchases in Q2 without documented quotes. Training for managers held in September.",
     "GENOMFORD", "ja"),
    ("Finance / Ekonomi", "Medium", "Monthly bank reconciliation / avstämning av bankkonton", "Head of Accounting",
     "Monthly", "Done", "Done", "OK all months.", "GENOMFORD", "nej"),
    ("Finance / Ekonomi", "High",
     "Customer prices in the billing system match approved tariffs (fjärrvärme och elnät)", "Pricing manager",
     "Annual", "Not started", "In progress", "Fjärrvärme tariffs checked, elnät remaining.", "DELVIS", ""),
    ("IT/OT", "High", "Access review in the SCADA system for fjärrvärmeverket", "OT security officer",
     "Annual", "Not started", "Not started", "Postponed to Q1 2026 due to system upgrade.", "EJ_GENOMFORD", ""),
    ("IT/OT", "Medium", "Phishing test for all employees", "IT manager", "Annual", "", "Klar",
     "Genomfört i oktober. Click rate 4 % (target < 5 %).", "GENOMFORD", "nej"),
    ("HR", "Low", "Övertid – check that overtime is ordered and approved by manager", "HR manager",
     "Semi-annual", "Done", "Done", "OK, no deviations.", "GENOMFORD", "nej"),
    ("Safety / Elsäkerhet", "Medium", "Internal audit of elsäkerhet at distribution substations",
     "Elsäkerhetsansvarig", "Annual", "N/A – utgår", "N/A – utgår",
     "Moved to ENA Elnät AB's control plan.", "UTGAR", ""),
    ("Environment / Miljö", "Medium", "Miljörapport submitted to tillsynsmyndigheten before 31 March",
     "Environmental coordinator", "Annual", "Done", "", "Submitted 2025-03-27.", "GENOMFORD", "nej"),
    ("GDPR", "Medium", "Registerförteckning (record of processing activities) is updated",
     "Data protection coordinator", "Annual", "Not started", "In progress", "", "DELVIS", ""),
    ("Governance / Styrning", "Low", "Styrelsens arbetsordning and VD-instruktion reviewed and adopted",
     "CFO", "Annual", "Done", "Done", "Adopted by the board 2025-04-24.", "GENOMFORD", "nej"),
    ("Investments / Investeringar", "High", "Investment projects above 5 MSEK are reported to styrelsen",
     "CFO", "Semi-annual", "In progress", "", "", "DELVIS", ""),
]


def build_f5():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IC 2025"
    set_wb_props(wb, "ENA Energi AB – CFO office")
    ws["A1"] = "ENA Energi AB – Internal Control Plan 2025 / Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14, color="FF00594F")
    ws["A2"] = "Follow-up: full year 2025 (helår). Reported to styrelsen 2026-02-10."
    ws["A3"] = "Prepared by: CFO office"
    hdr = ["Process", "Risk level", "Control activity / Kontrollmoment", "Control owner", "Frequency",
           "Status H1 2025", "Status FY 2025 (helår)", "Comment / Kommentar"]
    for i, h in enumerate(hdr, 1):
        cell = ws.cell(5, i, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = PatternFill("solid", fgColor="FF00594F")
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    for row in F5_ROWS:
        (proc, risk, ctrl, owner, freq, h1, fy, comm, est, avv) = row
        for i, v in enumerate([proc, risk, ctrl, owner, freq, h1, fy, comm], 1):
            cell = ws.cell(r, i, v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
        exp(F5, ENA, ctrl, est, avv)
        r += 1
    r += 1
    ws.cell(r, 1, "Status legend: Done = genomförd, In progress = pågår, Not started = ej påbörjad, "
                  "N/A = ej aktuell/utgår. \"Done – avvikelse\" = performed, deviation noted.")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    ws.cell(r + 1, 1, "Approved by: Anders Holm, VD")
    ws.cell(r + 1, 1).font = Font(size=9)
    for col, w in zip("ABCDEFGH", [24, 10, 50, 24, 13, 16, 18, 50]):
        ws.column_dimensions[col].width = w
    path = os.path.join(OUT, F5)
    wb.save(path)
    normalize_zip(path)
    FILES.append([F5, "INLAST", ENA, YEAR, "HELAR"])


# ---------------------------------------------------------------------------
# F6 – Hypergene CSV export, Windows-1252, Bygg- och miljönämnden
# ---------------------------------------------------------------------------
F6 = "Hypergene_export_BMN_internkontroll_2025.csv"

F6_ROWS = [
    # område, kontrollmoment, ansvarig, metod, status, avvikelse J/N, kommentar, exp, avv
    ("Bygglov", "Handläggningstid för bygglov inom tio veckor enligt PBL", "Bygglovschef",
     "Uttag ur ärendesystemet", "Genomförd", "J",
     "96 % inom lagstadgad tid. 7 ärenden överskred tiden – avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
    ("Bygglov", "Avgiftsuttag enligt taxa i bygglovsärenden", "Administrativ chef",
     "Stickprov 20 ärenden", "Genomförd", "N", "Stickprov 20 ärenden, samtliga korrekt debiterade.",
     "GENOMFORD", "nej"),
    ("Tillsyn", "Livsmedelskontroll enligt fastställd kontrollplan", "Miljöchef",
     "Uppföljning av kontrollplan", "Pågår", "J",
     "78 % av planerade kontroller utförda.\r\nHögriskobjekt har prioriterats.", "DELVIS", "ja"),
    ("Tillsyn", "Miljötillsyn – debitering av timavgift efter utförd tillsyn", "Miljöchef",
     "Stickprov 15 ärenden", "Genomförd", "N", "", "GENOMFORD", "nej"),
    ("Delegation", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
     "Kontroll vid varje sammanträde", "Genomförd", "N", "Kontrollerat inför varje sammanträde.",
     "GENOMFORD", "nej"),
    ("Ärendehantering", "Avslutade ärenden arkiveras i ärendesystemet", "Administrativ chef",
     "Stickprov", "Ej påbörjad", "", "Skjuts till 2026.", "EJ_GENOMFORD", ""),
    ("Strandskydd", "Beslut om strandskyddsdispens skickas till Länsstyrelsen inom en vecka",
     "Bygglovschef", "Genomgång av samtliga beslut", "Genomförd", "N", "Samtliga 12 beslut skickade i tid.",
     "GENOMFORD", "nej"),
    ("Kart och mät", "Fakturering av nybyggnadskartor", "GIS-chef", "Avstämning beställning/faktura",
     "Avbruten", "", "Avbruten genom beslut BMN 2025-06-12 § 88 – verksamheten flyttad till SBN.", "UTGAR", ""),
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom",
     "Stickprov 20 fakturor", "Genomförd", "N", "Inga avvikelser.", "GENOMFORD", "nej"),
    ("Jäv", "Jävsdeklarationer för handläggare finns och är aktuella", "Miljöchef",
     "Genomgång av deklarationer", "", "", "", "SAKNAS", ""),
]


def build_f6():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Rapport: Internkontroll – uppföljning kontrollmoment", "", "", "", "", "", ""])
    w.writerow(["Organisation: Bygg- och miljönämnden", "", "", "", "", "", ""])
    w.writerow(["Period: 2025-12 (Helår)", "", "", "", "", "", ""])
    w.writerow(["Exporterad: 2026-01-16 14:05", "", "", "", "", "", ""])
    w.writerow([])
    w.writerow(["Kontrollområde", "Kontrollmoment", "Ansvarig", "Metod", "Status", "Avvikelse (J/N)", "Kommentar"])
    for (omr, km, ansv, metod, status, jn, komm, est, avv) in F6_ROWS:
        w.writerow([omr, km, ansv, metod, status, jn, komm])
        exp(F6, BMN, km, est, avv)
    w.writerow([])
    w.writerow(["Antal kontrollmoment: %d" % len(F6_ROWS), "", "", "", "", "", ""])
    with open(os.path.join(OUT, F6), "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))
    FILES.append([F6, "INLAST", BMN, YEAR, "HELAR"])


# ---------------------------------------------------------------------------
# F7 – Räddningstjänstförbundet, Word 97 .doc, symbols with legend
# ---------------------------------------------------------------------------
F7 = "Raddningstjansten Enkoping-Habo uppfoljning IK 2025.doc"

F7_ROWS = [
    # kontrollmoment, utförd av, datum, symbol, resultat, exp, avv
    ("Attestering av fakturor enligt attestreglementet", "Ekonom", "2025-11-30", "✔",
     "Stickprov 30 fakturor. Inga avvikelser.", "GENOMFORD", "nej"),
    ("Tillsynsbesök enligt LSO genomförs enligt tillsynsplanen", "Brandinspektör", "2025-12-31", "◐",
     "62 av 80 planerade tillsyner genomförda.", "DELVIS", ""),
    ("Fakturering av onödiga automatlarm", "Administratör", "2025-12-15", "✔",
     "Två larm hade inte fakturerats. Rättat.", "GENOMFORD", "ja"),
    ("Styrkeledare och brandmän i beredskap klarar anspänningstiden", "Räddningschef", "2025-12-31", "✔",
     "Anspänningstiden uppfylld vid samtliga stickprov.", "GENOMFORD", "nej"),
    ("Rökdykarnas årliga fysiska tester", "Övningsansvarig", "", "✘",
     "Testerna skjuts upp till mars 2026 på grund av ombyggnad av övningsanläggningen.", "EJ_GENOMFORD", ""),
    ("Underhåll av andningsskydd enligt tillverkarens anvisningar", "Verkstadsansvarig", "2025-10-20", "✔",
     "Protokoll kontrollerade, inga brister.", "GENOMFORD", "nej"),
    ("Handläggningstid för tillstånd till hantering av brandfarlig vara", "Brandinspektör", "", "–",
     "Utgår enligt direktionens beslut 2025-03-20 § 12.", "UTGAR", ""),
    ("Inventering av drivmedelskort", "Fordonsansvarig", "2025-09-05", "✔",
     "Ett kort saknades och har spärrats.", "GENOMFORD", "ja"),
    ("Sotningsentreprenörens personal har behörighet för brandskyddskontroll", "Räddningschef",
     "2025-12-10", "◐", "Intyg kontrollerade för Enköping, Håbo återstår.", "DELVIS", ""),
    ("Övningsplanen för insatspersonal följs", "Övningsansvarig", "2025-12-31", "✔", "", "GENOMFORD", ""),
]


def build_f7(tmpdir):
    d = docx.Document()
    set_doc_props(d, "Räddningstjänsten Enköping-Håbo")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    p = d.add_paragraph()
    r = p.add_run("RÄDDNINGSTJÄNSTEN ENKÖPING-HÅBO")
    r.bold = True
    r.font.size = Pt(12)
    d.add_paragraph("Direktionen\nÄrende 7, sammanträde 2026-02-05")
    h = d.add_paragraph()
    r = h.add_run("Uppföljning av internkontrollplan 2025")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Enligt förbundets reglemente för intern kontroll ska direktionen årligen följa upp "
                    "internkontrollplanen. Uppföljningen avser hela år 2025 och redovisas i samband med "
                    "årsredovisningen.")
    d.add_paragraph("Teckenförklaring: ✔ = kontrollen genomförd   ◐ = delvis genomförd   "
                    "✘ = ej genomförd   – = utgår")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, hname in enumerate(["Kontrollmoment", "Utförd av", "Datum", "Status", "Resultat/kommentar"]):
        c = t.rows[0].cells[i]
        c.text = ""
        rr = c.paragraphs[0].add_run(hname)
        rr.bold = True
    for (km, by, date, sym, res, est, avv) in F7_ROWS:
        cells = t.add_row().cells
        for i, v in enumerate([km, by, date, sym, res]):
            cells[i].text = v
        cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(F7, RT, km, est, avv)
    d.add_paragraph("")
    d.add_paragraph("Sammanfattning: Av tio kontrollmoment har sex genomförts, två delvis, ett har inte "
                    "genomförts och ett har utgått. Avvikelserna har åtgärdats eller förts in i 2026 års plan.")
    d.add_paragraph("Förslag till beslut: Direktionen godkänner uppföljningen av internkontrollplan 2025.")
    d.add_paragraph("\nPer Sandberg\nRäddningschef")
    src = os.path.join(tmpdir, "Raddningstjansten Enkoping-Habo uppfoljning IK 2025.docx")
    d.save(src)
    soffice_convert(src, "doc", tmpdir)
    shutil.copyfile(os.path.join(tmpdir, F7), os.path.join(OUT, F7))
    FILES.append([F7, "INLAST", RT, YEAR, "HELAR"])


# ---------------------------------------------------------------------------
# F8 – AB Enköpings Hyresbostäder, simple .xls (xlwt), plan beside follow-up
# ---------------------------------------------------------------------------
F8 = "ABEH_internkontroll_uppfoljning_2025.xls"

F8_ROWS = [
    # område, kontrollmoment, planerat, utfört datum, genomförd, resultat, åtgärd, exp, avv
    ("Hyror", "Hyresdebitering stämmer med hyresavtalen", "Kv 2", "2025-05-14", "Genomförd",
     "Stickprov 30 avtal. Ett fel i debiteringen hittades och rättades.", "", "GENOMFORD", "ja"),
    ("Hyror", "Kontroll av hyresfordringar och avskrivning av kundfordringar", "Kv 4", "2025-12-05",
     "Genomförd", "Inga avvikelser.", "", "GENOMFORD", "nej"),
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Kv 2, Kv 4", "2025-11-20",
     "Genomförd", "Inga avvikelser.", "", "GENOMFORD", "nej"),
    ("Inköp", "Fakturerade priser från ramavtalsentreprenörer stämmer med avtalade priser", "Kv 3", "2025-10-01",
     "Delvis", "VVS och el kontrollerade, bygg återstår.", "Bygg kontrolleras Kv 1 2026.", "DELVIS", ""),
    ("Uthyrning", "Lägenheter fördelas enligt uthyrningspolicyn", "Kv 3", "2025-09-18", "Genomförd",
     "20 uthyrningar granskade. En lägenhet förmedlades utanför kön utan dokumenterat skäl.",
     "Rutinen förtydligad.", "GENOMFORD", "ja"),
    ("Brandskydd", "Systematiskt brandskyddsarbete – kontroller i trapphus och källare", "Kv 1–4",
     "2025-12-15", "Genomförd", "Inga brister kvarstår.", "", "GENOMFORD", "nej"),
    ("Fastighet", "OVK-besiktningar genomförs enligt plan", "Kv 2", "", "Ej genomförd",
     "Upphandlingen av besiktningsman blev försenad.", "Besiktning beställd till mars 2026.",
     "EJ_GENOMFORD", ""),
    ("Säkerhet", "Nyckelhantering och låsbyten vid avflyttning", "Kv 4", "2025-11-03", "Genomförd", "", "",
     "GENOMFORD", ""),
    ("Fastighet", "Energideklarationer är aktuella", "Kv 4", "", "Utgår", "Inga deklarationer förfaller 2025.", "",
     "UTGAR", ""),
    ("Personal", "Anställdas bisysslor redovisas årligen", "Kv 1", "2025-04-30", "Delvis",
     "85 % av de anställda har lämnat redovisning.", "Påminnelse skickad.", "DELVIS", ""),
]


def build_f8():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    bold = xlwt.easyxf("font: bold on, height 280")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                      "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    small = xlwt.easyxf("font: italic on, height 180")
    ws.write(0, 0, "AB Enköpings Hyresbostäder – Uppföljning intern kontroll 2025 (helår)", bold)
    ws.write(1, 0, "Rapporteras till styrelsen 2026-02-12 samt till kommunstyrelsen via Enköpings Kommunföretag AB",
             small)
    heads = ["Område", "Kontrollmoment", "Planerat", "Utfört datum", "Genomförd", "Resultat", "Åtgärd"]
    for i, h in enumerate(heads):
        ws.write(3, i, h, hdr)
    r = 4
    for (omr, km, plan, dat, gen, res, atg, est, avv) in F8_ROWS:
        for i, v in enumerate([omr, km, plan, dat, gen, res, atg]):
            ws.write(r, i, v, cellst)
        exp(F8, ABEH, km, est, avv)
        r += 1
    ws.write(r + 1, 0, "Ansvarig: Lena Berg, ekonomichef", small)
    for i, w in enumerate([14, 48, 11, 13, 13, 50, 34]):
        ws.col(i).width = 256 * w
    wb.save(os.path.join(OUT, F8))
    FILES.append([F8, "INLAST", ABEH, YEAR, "HELAR"])


# ---------------------------------------------------------------------------
# R – rejected: covering letter (följebrev) from BMN, no follow-up in it
# ---------------------------------------------------------------------------
FR = "Följebrev_BMN_internkontroll_2025.docx"


def build_reject():
    d = docx.Document()
    set_doc_props(d, "Bygg- och miljöförvaltningen")
    d.sections[0].header.paragraphs[0].text = "Enköpings kommun\tBygg- och miljöförvaltningen"
    d.add_paragraph("2026-01-16\nDnr BMN 2025/0031")
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    d.add_heading("Följebrev – uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Hej!")
    d.add_paragraph("Härmed översänds Bygg- och miljönämndens uppföljning av internkontrollplanen för helåret "
                    "2025. Uppföljningen är exporterad ur Hypergene och bifogas som separat fil "
                    "(Hypergene_export_BMN_internkontroll_2025.csv).")
    d.add_paragraph("Nämnden behandlar uppföljningen på sitt sammanträde den 12 februari 2026. Eventuella "
                    "ändringar efter nämndens behandling meddelas ekonomienheten senast den 16 februari.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\n\nJohan Ström\nAdministrativ chef, Bygg- och miljöförvaltningen\n"
                    "johan.strom@enkoping.se")
    path = os.path.join(OUT, FR)
    d.save(path)
    normalize_zip(path)
    FILES.append([FR, "AVVISAD", "", "", ""])


# ---------------------------------------------------------------------------
def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for n, a in NAMNDER:
            w.writerow([n, a])
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    tmpdir = tempfile.mkdtemp(prefix="r487-build-")
    try:
        build_f1()
        build_f2()
        build_f3()
        build_f4(tmpdir)
        build_f5()
        build_f6()
        build_f7(tmpdir)
        build_f8()
        build_reject()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_csvs()
    # consistency
    reg = {n for n, _ in NAMNDER}
    inl = {(r[0], r[2]) for r in FILES if r[1] == "INLAST"}
    for row in EXPECTED:
        assert (row[0], row[1]) in inl, row
        assert row[1] in reg, row
    for row in FILES:
        assert os.path.exists(os.path.join(OUT, row[0])), row
    print("files:", len({r[0] for r in FILES}), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
