#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r589 - Skurups kommun, tertial 2 2025 (januari-augusti).

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run with: /usr/bin/python3 make_round.py
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
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TableCellProperties, TextProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round589"
FIXED = datetime.datetime(2025, 9, 12, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|IFO"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VoO"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Skurupshem AB", "Skurupshem|SKHEM|AB Skurupshem"),
]


# ---------------------------------------------------------------------------
# File 1: Kommunstyrelsen - plain xlsx with title block, process groups, T1/T2 columns
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS Uppföljning internkontrollplan T2 2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning T2"
    bold = Font(bold=True)
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Nämnd:"
    ws["B2"] = "Kommunstyrelsen"
    ws["A3"] = "År:"
    ws["B3"] = 2025
    ws["A4"] = "Period:"
    ws["B4"] = "Tertial 2 (januari–augusti)"
    for c in ("A2", "A3", "A4"):
        ws[c].font = bold
    ws["A5"] = ("Instruktion: Ange status som Genomförd / Pågår / Ej påbörjad / Utgår. "
                "Beskriv resultat och eventuella avvikelser i kolumnen Kommentar T2.")
    ws["A5"].font = Font(italic=True, size=9)
    ws.merge_cells("A5:I5")

    header = ["Nr", "Process", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
              "Status T1", "Status T2", "Kommentar T2"]
    r = 7
    for i, h in enumerate(header, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = box
        c.alignment = wrap

    groups = [
        ("Ekonomi", [
            ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor per tertial", "Tertial", "Ekonomichef",
             "Genomförd", "Genomförd",
             "Stickprov 20 fakturor. 2 fakturor attesterade av fel beslutsattestant, "
             "åtgärdat och information till berörda chefer.", "GENOMFORD", "ja"),
            ("1.2", "Representation",
             "Kontroll att representation följer riktlinjer för representation och redovisas med syfte och deltagare",
             "Stickprov 10 verifikationer", "Halvår", "Controller",
             None, "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("1.3", "Moms", "Avdragen moms på representation och leasingbilar är korrekt",
             "Genomgång av konto 7610 och 5615", "Helår", "Redovisningsekonom",
             None, "Ej påbörjad", "Planeras till bokslutsarbetet i januari.", "EJ_GENOMFORD", ""),
        ]),
        ("Personal", [
            ("2.1", "Lön", "Kontroll av att löneutbetalningar till avslutade anställningar upphör",
             "Avslutade anställningar jämförs mot lönelistan", "Månadsvis", "HR-chef",
             "Pågår", "Genomförd",
             "Kontrollerat januari–augusti. En utbetalning efter avslut (maj), återkrav skickat.",
             "GENOMFORD", "ja"),
            ("2.2", "Bisysslor", "Inventering av bisysslor hos chefer",
             "Enkät till samtliga chefer", "Helår", "HR-specialist",
             "Ej påbörjad", "Pågår", "Enkät skickad i juni, 14 av 22 chefer har svarat.", "DELVIS", ""),
            ("2.3", "Arbetsmiljö",
             "Uppföljning av att årshjulet för systematiskt arbetsmiljöarbete (SAM) följs",
             "Genomgång av APT-protokoll", "Tertial", "HR-chef",
             "Genomförd", None, None, "GENOMFORD", ""),
        ]),
        ("Upphandling och avtal", [
            ("3.1", "Direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
             "Stickprov i e-handelssystemet", "Tertial", "Upphandlare",
             "Genomförd", "Genomförd med anmärkning",
             "3 av 12 direktupphandlingar saknade dokumentation av konkurrensutsättning.",
             "GENOMFORD", "ja"),
            ("3.2", "Avtalstrohet", "Avtalstrohet vid inköp av kontorsmaterial",
             "Spendanalys", "Halvår", "Upphandlare",
             None, "Utgår",
             "Ersätts av kommungemensam spendanalys enligt KS beslut 2025-04-02 § 61.", "UTGAR", ""),
        ]),
        ("IT och informationssäkerhet", [
            ("4.1", "Behörigheter",
             "Behörigheter i ekonomisystemet Raindance tas bort när anställning upphör",
             "Behörighetslista jämförs mot HR-systemet", "Tertial", "Systemförvaltare",
             "Genomförd", "Ej genomförd",
             "Ej genomförd på grund av systembyte i juni, flyttas till tertial 3.", "EJ_GENOMFORD", ""),
            ("4.2", "Dataskydd", "Registerförteckningen enligt GDPR är uppdaterad",
             "Genomgång tillsammans med dataskyddsombudet", "Helår", "Dataskyddssamordnare",
             None, None, None, "SAKNAS", ""),
        ]),
    ]
    r = 8
    for gname, rows in groups:
        c = ws.cell(row=r, column=1, value=gname)
        c.font = bold
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for row in rows:
            vals = row[:9]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = box
                c.alignment = wrap
            exp(fil, "Kommunstyrelsen", row[2], row[9], row[10])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattande bedömning:").font = bold
    ws.cell(row=r, column=3, value=("Den interna kontrollen bedöms i huvudsak som tillräcklig. "
                                     "Kontrollerna 1.3, 4.1 och 4.2 redovisas vid helårsuppföljningen."))
    r += 2
    ws.cell(row=r, column=1, value="Behandlad av kommunstyrelsen 2025-09-24 § 142")
    ws.cell(row=r + 1, column=1, value="Sammanställd av: Ekonomiavdelningen, Kommunledningsförvaltningen")

    widths = [6, 18, 48, 30, 10, 18, 14, 22, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A8"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Ekonomiavdelningen"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "T2"))


# ---------------------------------------------------------------------------
# File 2: Stratsys-style CSV export, long format, two nämnder
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "stratsys_export_internkontroll_20250915.csv"
    status_names = {"10": "Ej påbörjad", "20": "Pågår", "30": "Genomförd",
                    "31": "Genomförd med avvikelse", "90": "Utgår", "": ""}
    header = ["OrgUnitId", "OrgUnitName", "PlanName", "ControlId", "ControlName", "ControlDescription",
              "RiskValue", "PeriodKey", "StatusCode", "StatusName", "Comment", "ResponsibleUser",
              "LastModified"]
    # (org_id, org, ctrl_id, name, descr, risk, responsible, [(period, code, comment)], status, avv)
    controls = [
        ("1300", "Socialnämnden", "SN-IK-01",
         "Utredningar inom barn och unga slutförs inom fyra månader enligt SoL 11 kap. 2 §",
         "Stickprov 30 avslutade utredningar i Treserva", 12, "anna.lindqvist",
         [("2025T1", "20", "Stickprov påbörjat."),
          ("2025T2", "31", "Granskat 30 utredningar; 6 överskred fyra månader utan beslut om förlängning. "
                           "Rutin för förlängningsbeslut revideras.")],
         "GENOMFORD", "ja"),
        ("1300", "Socialnämnden", "SN-IK-02",
         "Skyddsbedömning görs samma dag eller senast dagen efter att orosanmälan inkommit",
         "Granskning av samtliga anmälningar två utvalda veckor", 16, "anna.lindqvist",
         [("2025T1", "30", "Inga avvikelser."),
          ("2025T2", "30", "Samtliga 40 granskade anmälningar hade skyddsbedömning i tid.")],
         "GENOMFORD", "nej"),
        ("1300", "Socialnämnden", "SN-IK-03",
         "Utbetalt ekonomiskt bistånd överensstämmer med fattade beslut",
         "Stickprov 25 utbetalningar per tertial", 9, "mikael.persson",
         [("2025T1", "30", "Inga avvikelser i stickprovet."),
          ("2025T2", "20", "Stickprov för juli–augusti pågår, klart i oktober.")],
         "DELVIS", ""),
        ("1300", "Socialnämnden", "SN-IK-04",
         "Avtalsuppföljning av köpta platser på HVB och konsulentstödda familjehem",
         "Genomgång av avtal och fakturor", 8, "mikael.persson",
         [("2025T1", "10", ""),
          ("2025T2", "10", "Ej påbörjad på grund av vakant tjänst som avtalscontroller.")],
         "EJ_GENOMFORD", ""),
        ("1300", "Socialnämnden", "SN-IK-05",
         "Synpunkter och klagomål hanteras enligt fastställd rutin",
         "Genomgång av registrerade synpunkter", 6, "sara.holm",
         [("2025T1", "30", "Samtliga 11 synpunkter besvarade inom två veckor, inga avvikelser.")],
         "GENOMFORD", "nej"),
        ("1300", "Socialnämnden", "SN-IK-06",
         "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Jämförelse beslutslistor mot protokoll", 4, "sara.holm",
         [("2025T1", "20", ""),
          ("2025T2", "90", "Utgår enligt SN beslut 2025-05-20 § 48; ingår i kommunstyrelsens granskning.")],
         "UTGAR", ""),
        ("1400", "Vård- och omsorgsnämnden", "VON-IK-01",
         "Läkemedelshantering i hemtjänsten följer rutin för signering",
         "Granskning av signeringslistor en vecka per grupp", 12, "eva.nilsson",
         [("2025T1", "20", "Granskning påbörjad i två grupper."),
          ("2025T2", "31", "Signering saknades i 4 % av administreringarna. Utbildning genomförd i augusti.")],
         "GENOMFORD", "ja"),
        ("1400", "Vård- och omsorgsnämnden", "VON-IK-02",
         "Genomförandeplaner upprättas inom 14 dagar efter beslut",
         "Stickprov 20 nya beslut", 9, "eva.nilsson",
         [("2025T2", "30", "Inga avvikelser.")],
         "GENOMFORD", "nej"),
        ("1400", "Vård- och omsorgsnämnden", "VON-IK-03",
         "Avvikelser enligt lex Sarah utreds och rapporteras inom fastställd tid",
         "Genomgång av samtliga lex Sarah-rapporter", 12, "johan.berg",
         [("2025T1", "30", "Tre rapporter, samtliga utredda i tid."),
          ("2025T2", "20", "Granskning av rapporter juni–augusti pågår.")],
         "DELVIS", ""),
        ("1400", "Vård- och omsorgsnämnden", "VON-IK-04",
         "Nyckelhantering i hemtjänsten följer rutin",
         "Inventering av nycklar och kvittenser", 8, "johan.berg",
         [("2025T1", "10", ""),
          ("2025T2", "20", "Nyckelinventering klar i två av fyra hemtjänstgrupper.")],
         "DELVIS", ""),
        ("1400", "Vård- och omsorgsnämnden", "VON-IK-05",
         "Debitering av omsorgsavgifter är korrekt",
         "Stickprov 25 avgiftsfakturor", 6, "lena.ek",
         [("2025T2", "30", "Stickprov 25 fakturor; 1 felaktig avgift har korrigerats.")],
         "GENOMFORD", "ja"),
    ]
    rows = []
    n = 0
    for org_id, org, cid, name, descr, risk, resp, periods, st, avv in controls:
        for pk, code, com in periods:
            n += 1
            day = 3 + (n % 20)
            mon = 5 if pk == "2025T1" else 9
            rows.append([org_id, org, "Internkontrollplan 2025", cid, name, descr, str(risk), pk,
                         code, status_names[code], com, resp,
                         "2025-%02d-%02dT%02d:%02d:00" % (mon, day, 8 + n % 9, (n * 7) % 60)])
        exp(fil, org, name, st, avv)
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "T2"))
    FILES.append((fil, "INLAST", "Vård- och omsorgsnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# File 3: BUN - form-like Word document, label/value lines per control
# ---------------------------------------------------------------------------
def file_bun():
    fil = "Uppföljning internkontroll BUN tertial 2 2025.docx"
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Barn- och utbildningsförvaltningen"
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Skurups kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/0112"
    p = d.add_paragraph()
    r = p.add_run("Barn- och utbildningsförvaltningen")
    r.bold = True
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
    d.add_paragraph("Rapport till barn- och utbildningsnämnden, sammanträde 2025-09-17")
    d.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 22 januari 2025. "
        "Planen omfattar åtta kontrollmoment. Nedan redovisas status och resultat per kontrollmoment "
        "för perioden januari–augusti (tertial 2). Kontrollmoment som inte är slutförda återrapporteras "
        "i helårsuppföljningen.")

    controls = [
        ("Elevhälsa och trygghet",
         "Anmälan om kränkande behandling till huvudman sker skyndsamt enligt skollagen 6 kap. 10 §",
         "Stickprov i ärendehanteringssystemet DF Respons", "Verksamhetschef grundskola",
         "Genomförd", "48 anmälningar granskade, samtliga anmälda till huvudman inom fem arbetsdagar.",
         "Nej", "GENOMFORD", "nej"),
        ("Närvaro",
         "Frånvarorapportering i Skola24 görs samma dag",
         "Uttag av närvarostatistik per skola", "Rektorer",
         "Delvis genomförd",
         "Kontrollerat på Prästaskolan och Rydsgårds skola. Övriga skolor kontrolleras under hösten.",
         "–", "DELVIS", ""),
        ("Skolskjuts",
         "Skolskjutsberättigade elever har beslut enligt kommunens riktlinjer",
         "Jämförelse av skjutslistor mot beslut", "Skolskjutssamordnare",
         "Genomförd", "Två elever saknade beslut. Besluten är nu fattade.",
         "Ja", "GENOMFORD", "ja"),
        ("Statistik",
         "Barngruppernas storlek i förskolan rapporteras korrekt till SCB",
         "Kontroll av inrapporterade uppgifter mot närvarolistor", "Verksamhetschef förskola",
         "Ej genomförd",
         "Flyttas till helårsuppföljningen eftersom rapporteringen till SCB sker i oktober.",
         "", "EJ_GENOMFORD", ""),
        ("Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Förvaltningsekonom",
         "Genomförd med anmärkning", "1 av 25 fakturor saknade beslutsattest.",
         "Ja", "GENOMFORD", "ja"),
        ("Personal",
         "Registerkontroll i belastningsregistret vid nyanställning i förskola och skola",
         "Genomgång av samtliga nyanställningar under perioden", "HR-partner",
         "",
         "Samtliga 31 nyanställda under perioden har uppvisat utdrag ur belastningsregistret. "
         "Kontrollen är genomförd utan anmärkning.",
         "Nej", "GENOMFORD", "nej"),
        ("Undervisning",
         "Modersmålsundervisning erbjuds enligt skolförordningen 5 kap.",
         "Genomgång av ansökningar och beslut", "Rektor modersmålsenheten",
         "Utgår", "Utgår enligt nämndens beslut 2025-03-19 § 27.",
         "", "UTGAR", ""),
        ("IT",
         "Inventering av elevdatorer mot inventarieregistret",
         "Fysisk inventering per skola", "IT-samordnare",
         "Se bilaga 2", "",
         "", "OKLAR", ""),
    ]
    for i, (proc, km, metod, ansv, status, res, avv, st, ex) in enumerate(controls, 1):
        d.add_heading("Kontroll %d" % i, level=2)
        for label, val in (("Process", proc), ("Kontrollmoment", km), ("Metod", metod),
                           ("Ansvarig", ansv), ("Status", status), ("Resultat", res),
                           ("Avvikelse", avv)):
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
            rr = p.add_run(label + ":")
            rr.bold = True
            p.add_run("\t" + val)
        exp(fil, "Barn- och utbildningsnämnden", km, st, ex)
    d.add_paragraph()
    d.add_paragraph("Bilagor: 1. Internkontrollplan 2025  2. Inventeringslista elevdatorer")
    d.add_paragraph("Skurup 2025-09-08")
    d.add_paragraph("Helena Sjöberg\nFörvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# File 4: SBN - status codes with legend on another sheet, nämnd only in print header/file name
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "SBN_IK2025_uppfoljning_T2.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Samhällsbyggnadsnämnden – Internkontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning tertial 2"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning per 2025-08-31. Statuskoder, se flik Förklaring."
    ws["A2"].font = Font(italic=True)
    header = ["Id", "Verksamhet", "Risk", "Kontrollmoment", "Sannolikhet", "Konsekvens", "Riskvärde",
              "Kontrollant", "Status april", "Status augusti", "Status december", "Kommentar"]
    for i, h in enumerate(header, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BFBFBF")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    fills = {1: "92D050", 2: "92D050", 3: "FFFF00", 4: "FF0000", 5: "A6A6A6"}
    controls = [
        ("SB1", "Gata/park", "Felanmälningar blir liggande",
         "Felanmälningar i Infracontrol åtgärdas inom utlovad tid", 3, 3, "Gatuchef",
         3, 1, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("SB2", "VA", "Bristande dricksvattenkvalitet",
         "Provtagning av dricksvatten sker enligt kontrollprogrammet", 2, 4, "VA-ingenjör",
         1, 1, None, "GENOMFORD", "nej"),
        ("SB3", "Fastighet", "Olyckor på lekplatser",
         "Egenkontroll av lekplatser enligt SS-EN 1176", 3, 4, "Fastighetsförvaltare",
         4, 3, "Besiktning av 9 av 17 lekplatser klar.", "DELVIS", ""),
        ("SB4", "Fastighet", "Felaktig fakturering från entreprenörer",
         "Fakturor för entreprenader stämmer mot avtal och ÄTA-beslut", 3, 3, "Projektledare",
         None, 2, "ÄTA-arbeten om 120 tkr fakturerade utan skriftlig beställning (Skurups ridhus).",
         "GENOMFORD", "ja"),
        ("SB5", "Måltid", "Matförgiftning",
         "Livsmedelshanteringen i köken följer egenkontrollprogrammet", 2, 4, "Kostchef",
         None, None, "Genomförd i samtliga sju tillagningskök i maj, inga avvikelser.",
         "GENOMFORD", "nej"),
        ("SB6", "Bostadsanpassning", "Långa handläggningstider",
         "Handläggningstiden för bostadsanpassningsbidrag understiger 8 veckor", 3, 2, "Handläggare BAB",
         4, 4, "Ej påbörjad p.g.a. resursbrist.", "EJ_GENOMFORD", ""),
        ("SB7", "Plan", "Överklagade detaljplaner",
         "Detaljplaner handläggs enligt PBL och fastställd tidplan", 2, 3, "Planchef",
         None, 5, "Kontrolleras av miljö- och byggnadsnämnden.", "UTGAR", ""),
        ("SB8", "Gata/park", "Kostnader för vinterväghållning",
         "Entreprenörens utryckningar för vinterväghållning kontrolleras mot avtal", 3, 2, "Gatuchef",
         1, 1, "Kontrollen avser januari–mars, inga avvikelser.", "GENOMFORD", "nej"),
        ("SB9", "Fastighet", "Okända hyresåtaganden",
         "Hyresavtal för externt inhyrda lokaler är registrerade i avtalsdatabasen", 2, 3,
         "Fastighetschef", 3, 3, "Inventering pågår, 40 av 52 avtal registrerade.", "DELVIS", ""),
    ]
    r = 5
    for (cid, verks, risk, km, s, k, ansv, apr, aug, kom, st, ex) in controls:
        vals = [cid, verks, risk, km, s, k, s * k, ansv, apr, aug, None, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if i in (9, 10) and v in fills:
                c.fill = PatternFill("solid", fgColor=fills[v])
                c.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, "Samhällsbyggnadsnämnden", km, st, ex)
        r += 1
    widths = [6, 16, 30, 50, 11, 11, 10, 18, 10, 10, 10, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    lg = wb.create_sheet("Förklaring")
    lg["A1"] = "Statuskoder för uppföljning"
    lg["A1"].font = Font(bold=True)
    lg["A2"] = "Kod"
    lg["B2"] = "Betydelse"
    lg["C2"] = "Färg"
    for c in ("A2", "B2", "C2"):
        lg[c].font = Font(bold=True)
    legend = [(1, "Genomförd utan avvikelse", "Grön"),
              (2, "Genomförd, avvikelse noterad", "Grön"),
              (3, "Pågår / delvis genomförd", "Gul"),
              (4, "Ej påbörjad", "Röd"),
              (5, "Utgår", "Grå")]
    for i, (code, txt, col) in enumerate(legend, 3):
        lg.cell(row=i, column=1, value=code).fill = PatternFill("solid", fgColor=fills[code])
        lg.cell(row=i, column=2, value=txt)
        lg.cell(row=i, column=3, value=col)
    lg["A9"] = "Riskvärde = sannolikhet × konsekvens (skala 1–4)."
    lg.column_dimensions["B"].width = 34
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "SBF"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# File 5: KFN - OpenDocument spreadsheet with tick columns
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN internkontroll uppföljning T2 2025.ods"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(title)
    hdr = Style(name="hdr", family="table-cell")
    hdr.addElement(TextProperties(fontweight="bold"))
    hdr.addElement(TableCellProperties(backgroundcolor="#C6E0B4", border="0.5pt solid #000000",
                                       wrapoption="wrap"))
    doc.automaticstyles.addElement(hdr)
    cell = Style(name="cell", family="table-cell")
    cell.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap"))
    doc.automaticstyles.addElement(cell)
    widths = ["9cm", "4cm", "2.4cm", "2.4cm", "2.4cm", "2.4cm", "9cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    t = Table(name="IK 2025")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def add_row(values, style=None, spans=None):
        tr = TableRow()
        spans = spans or {}
        i = 0
        while i < len(values):
            v = values[i]
            kw = {}
            if style is not None:
                kw["stylename"] = style
            if i in spans:
                kw["numbercolumnsspanned"] = spans[i]
            if v is None or v == "":
                tc = TableCell(**kw)
            elif isinstance(v, (int, float)):
                tc = TableCell(valuetype="float", value=v, **kw)
                tc.addElement(P(text=str(v)))
            else:
                tc = TableCell(valuetype="string", **kw)
                for line in str(v).split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
            if i in spans:
                for _ in range(spans[i] - 1):
                    tr.addElement(CoveredTableCell())
                i += spans[i]
            else:
                i += 1
        t.addElement(tr)

    add_row(["Kultur- och fritidsnämnden – Uppföljning av internkontrollplan 2025"], title)
    add_row(["Period: Tertial 2, januari–augusti 2025"], bold)
    add_row(["Markera status med X i en av kolumnerna. Ange avvikelse Ja/Nej och kommentera."])
    add_row([])
    add_row(["Kontrollmoment", "Ansvarig", "Status T2 (markera med X)", None, None, "Avvikelse",
             "Kommentar"], hdr, spans={2: 3})
    add_row(["", "", "Genomförd", "Delvis", "Ej genomförd", "Ja/Nej", ""], hdr)
    controls = [
        ("Kassahantering i simhallen och biblioteket stäms av dagligen", "Enhetschef bad",
         "X", "", "", "Nej", "Dagskassor för mars och juni granskade.", "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt gällande bidragsregler", "Fritidskonsulent",
         "X", "", "", "Ja",
         "Två föreningar fick aktivitetsstöd för felrapporterade deltagare. Återkrav skickat.",
         "GENOMFORD", "ja"),
        ("Uthyrning av lokaler och anläggningar debiteras enligt taxa", "Bokningsansvarig",
         "", "X", "", "", "Bokningar i Interbook januari–april kontrollerade.", "DELVIS", ""),
        ("Inventering av den kommunala konstsamlingen", "Kulturchef",
         "", "", "X", "", "Flyttas till 2026 på grund av personalbrist.", "EJ_GENOMFORD", ""),
        ("Personalen vid Skurups badhus har giltig livräddarutbildning", "Enhetschef bad",
         "X", "", "X", "", "", "OKLAR", ""),
        ("Attest av leverantörsfakturor enligt attestordningen", "Förvaltningsekonom",
         "", "", "", "", "Se bilaga 1", "OKLAR", ""),
        ("Överenskommelser med studieförbunden följs upp", "Kulturchef",
         "", "", "", "", "", "SAKNAS", ""),
        ("Personuppgifter i bokningssystemet hanteras enligt GDPR", "Bokningsansvarig",
         "", "", "", "", "Ej aktuell 2025 – det gamla bokningssystemet avvecklades i mars.",
         "UTGAR", ""),
    ]
    for km, ansv, g, dv, ej, avv, kom, st, ex in controls:
        add_row([km, ansv, g, dv, ej, avv, kom], cell)
        exp(fil, "Kultur- och fritidsnämnden", km, st, ex)
    add_row([])
    add_row(["Upprättad av: Maria Åkesson, kultur- och fritidschef, 2025-09-05"])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# File 6: MBN - Word table with colour words + shading, legend below, converted to .doc
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def file_mbn():
    fil = "Miljö- och byggnadsnämnden uppföljning IKP tertial 2 2025.doc"
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Miljö och bygg"
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    p = d.add_paragraph()
    r = p.add_run("MILJÖ- OCH BYGGNADSNÄMNDEN")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Tertialuppföljning 2 (januari–augusti) 2025 av intern kontroll")
    d.add_paragraph("Ärende till nämndens sammanträde 2025-09-25. Handläggare: Peter Olsson, miljöchef.")
    colors = {"Grön": "00B050", "Gul": "FFFF00", "Orange": "FFC000", "Röd": "FF0000", "Grå": "BFBFBF"}
    controls = [
        ("Tillsyn", "Planerad tillsyn enligt miljöbalken genomförs enligt tillsynsplanen",
         "Avstämning mot tillsynsplan i Ecos",
         "62 % av årets planerade tillsynsbesök är genomförda, i fas med planen.", "Orange",
         "DELVIS", ""),
        ("Bygglov", "Bygglov handläggs inom lagstadgad tid (10 veckor) enligt PBL 9 kap. 27 §",
         "Stickprov 20 ärenden",
         "2 av 20 ärenden överskred 10 veckor. Avgiften reducerades enligt PBL 12 kap. 8 a §.", "Gul",
         "GENOMFORD", "ja"),
        ("Avgifter", "Timavgifter för tillsyn debiteras enligt taxa",
         "Stickprov 15 fakturor", "Samtliga 15 granskade fakturor var korrekta.", "Grön",
         "GENOMFORD", "nej"),
        ("Delegation", "Delegationsbeslut återrapporteras till nämnden",
         "Jämförelse delegationslistor mot protokoll",
         "Återrapportering sker vid varje sammanträde, inga brister.", "Grön", "GENOMFORD", "nej"),
        ("Registratur", "Diarieföring av inkomna handlingar sker inom två arbetsdagar",
         "Stickprov 30 handlingar",
         "Ej genomförd under perioden, planeras till november.", "Röd", "EJ_GENOMFORD", ""),
        ("Livsmedel", "Livsmedelskontroll av registrerade anläggningar utförs enligt kontrollplanen",
         "Avstämning mot kontrollplan",
         "Utgår enligt beslut MBN 2025-02-26 § 14; ersätts av Livsmedelsverkets revision.", "Grå",
         "UTGAR", ""),
        ("Strandskydd", "Beslut om strandskyddsdispens skickas till länsstyrelsen inom en vecka",
         "Genomgång av samtliga beslut", "", "", "SAKNAS", ""),
    ]
    tbl = d.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    for i, h in enumerate(["Kontrollområde", "Kontrollmoment", "Omfattning", "Resultat", "Bedömning"]):
        c = tbl.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "D9D9D9")
    for area, km, omf, res, col, st, ex in controls:
        cells = tbl.add_row().cells
        cells[0].text = area
        cells[1].text = km
        cells[2].text = omf
        cells[3].text = res
        cells[4].text = col
        if col:
            shade(cells[4], colors[col])
        exp(fil, "Miljö- och byggnadsnämnden", km, st, ex)
    d.add_paragraph()
    leg = d.add_paragraph()
    leg.add_run("Teckenförklaring bedömning: ").bold = True
    leg.add_run("Grön = genomförd utan anmärkning. Gul = genomförd med anmärkning. "
                "Orange = påbörjad/delvis genomförd. Röd = ej genomförd. Grå = utgår.")
    d.add_paragraph("Förvaltningens samlade bedömning är att den interna kontrollen i huvudsak fungerar. "
                    "Kontrollen av strandskyddsbeslut redovisas vid helårsuppföljningen.")
    tmp = tempfile.mkdtemp(prefix="r589_")
    src = os.path.join(tmp, "mbn.docx")
    d.save(src)
    soffice_convert(src, "doc", tmp)
    shutil.move(os.path.join(tmp, "mbn.doc"), os.path.join(OUT, fil))
    shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((fil, "INLAST", "Miljö- och byggnadsnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# File 7: Skurupshem AB - legacy .xls, plan columns beside T1/T2/T3 free-text follow-up
# ---------------------------------------------------------------------------
def file_skurupshem():
    fil = "Skurupshem AB internkontroll 2025.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    st_title = xlwt.easyxf("font: bold on, height 280")
    st_bold = xlwt.easyxf("font: bold on")
    st_hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                         "borders: left thin, right thin, top thin, bottom thin; "
                         "alignment: wrap on, vert centre")
    st_cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                          "alignment: wrap on, vert top")
    ws.write(0, 0, "Skurupshem AB", st_title)
    ws.write(1, 0, "Internkontrollplan 2025 med uppföljning", st_bold)
    ws.write(2, 0, "Antagen av styrelsen 2025-02-13. Uppföljning redovisas för styrelsen per tertial.")
    ws.write_merge(4, 4, 0, 5, "PLAN 2025", st_hdr)
    ws.write_merge(4, 4, 6, 8, "UPPFÖLJNING", st_hdr)
    hdr = ["Nr", "Rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Tidpunkt",
           "T1 (jan–apr)", "T2 (maj–aug)", "T3 (sep–dec)"]
    for i, h in enumerate(hdr):
        ws.write(5, i, h, st_hdr)
    controls = [
        (1, "Hyresdebitering",
         "Hyresavier stämmer mot hyreskontrakt och förhandlad hyreshöjning 2025",
         "Stickprov 30 avier", "Ekonomichef", "April",
         "Genomförd. 3 felaktiga avier har rättats.", "", "GENOMFORD", "ja"),
        (2, "Hyresfordringar",
         "Hyresfordringar äldre än 30 dagar överlämnas till inkasso enligt rutin",
         "Genomgång av reskontra", "Ekonomiassistent", "Varje tertial",
         "Pågår", "Klart. Inga avvikelser.", "GENOMFORD", "nej"),
        (3, "Underhåll",
         "Planerat underhåll följer beslutad underhållsplan och budget",
         "Avstämning projektlista mot budget", "Teknisk chef", "Juni och december",
         "", "Pågår. Halvårsavstämning gjord i juni, slutavstämning i december.", "DELVIS", ""),
        (4, "Upphandling",
         "Köp över direktupphandlingsgränsen föregås av upphandling enligt LOU",
         "Leverantörsanalys", "VD", "Augusti",
         "", "Kontroll genomförd. Ett köp av snöröjningstjänster (ca 720 tkr) saknade upphandling – "
             "rapporterat till styrelsen.", "GENOMFORD", "ja"),
        (5, "Brandskydd",
         "Systematiskt brandskyddsarbete (SBA) dokumenteras för samtliga fastigheter",
         "Genomgång av SBA-pärmar", "Fastighetschef", "Varje tertial",
         "Ej påbörjad", "Ej påbörjad – prioriteras under hösten.", "EJ_GENOMFORD", ""),
        (6, "Nycklar",
         "Nyckelkvittenser finns för samtliga utlämnade huvudnycklar",
         "Inventering av nyckelregister", "Fastighetschef", "Augusti",
         "", "Ej aktuellt – låssystemet är utbytt mot digitala taggar.", "UTGAR", ""),
        (7, "Attest",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 15 fakturor", "Ekonomichef", "Varje tertial",
         "Genomförd utan anm.", "Genomförd utan anm.", "GENOMFORD", "nej"),
    ]
    for r, (nr, rutin, km, metod, ansv, tid, t1, t2, st, ex) in enumerate(controls, 6):
        for i, v in enumerate([nr, rutin, km, metod, ansv, tid, t1, t2, ""]):
            ws.write(r, i, v, st_cell)
        exp(fil, "Skurupshem AB", km, st, ex)
    r = 6 + len(controls) + 1
    ws.write(r, 0, "Uppföljning T2 behandlad av styrelsen 2025-09-11 § 52.")
    for i, w in enumerate([5, 16, 45, 28, 16, 16, 32, 45, 20]):
        ws.col(i).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Skurupshem AB", "2025", "T2"))


# ---------------------------------------------------------------------------
# File 8 (rejected): KFN budget follow-up for August - not an internal-control follow-up
# ---------------------------------------------------------------------------
def file_reject():
    fil = "KFN Ekonomisk uppföljning augusti 2025.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Driftredovisning"
    ws["A1"] = "Kultur- och fritidsnämnden – Ekonomisk uppföljning per augusti 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Belopp i tkr"
    hdr = ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Utfall i % av budget", "Prognos helår",
           "Avvikelse mot budget", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=4, column=i, value=h).font = Font(bold=True)
    rows = [
        ("Nämnd och administration", 1850, 1190, "Enligt plan."),
        ("Bibliotek", 6420, 4380, "Högre kostnader för medier."),
        ("Kulturskola", 5210, 3310, ""),
        ("Fritidsgårdar", 3980, 2540, "Vakant tjänst under våren."),
        ("Skurups badhus", 7650, 5420, "Ökade energikostnader."),
        ("Föreningsbidrag", 2900, 2310, "Utbetalt enligt plan."),
        ("Idrottsanläggningar", 4470, 2980, ""),
    ]
    r = 5
    tb = tu = tp = 0
    for name, bud, utf, kom in rows:
        prog = round(utf / 8 * 12)
        ws.cell(row=r, column=1, value=name)
        ws.cell(row=r, column=2, value=bud)
        ws.cell(row=r, column=3, value=utf)
        ws.cell(row=r, column=4, value=round(100 * utf / bud, 1))
        ws.cell(row=r, column=5, value=prog)
        ws.cell(row=r, column=6, value=bud - prog)
        ws.cell(row=r, column=7, value=kom)
        tb += bud
        tu += utf
        tp += prog
        r += 1
    ws.cell(row=r, column=1, value="Summa").font = Font(bold=True)
    ws.cell(row=r, column=2, value=tb)
    ws.cell(row=r, column=3, value=tu)
    ws.cell(row=r, column=4, value=round(100 * tu / tb, 1))
    ws.cell(row=r, column=5, value=tp)
    ws.cell(row=r, column=6, value=tb - tp)
    ws.cell(row=r + 2, column=1, value="Investeringsredovisning redovisas separat i delårsrapporten.")
    for i, w in enumerate([28, 13, 15, 18, 14, 18, 32], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    file_ks()
    file_stratsys()
    file_bun()
    file_sbn()
    file_kfn()
    file_mbn()
    file_skurupshem()
    file_reject()
    write_csvs()


if __name__ == "__main__":
    main()
