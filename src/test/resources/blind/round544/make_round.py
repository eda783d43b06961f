#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r544 - Ale kommun, delår 2025 (jan-aug).

Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import io
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Cm
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, ParagraphProperties, TableCellProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 12, 9, 30, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def out(name):
    return os.path.join(HERE, name)


def fix_docx_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


# ---------------------------------------------------------------------------
# 1. Stratsys-like CSV export, three nämnder in one file
# ---------------------------------------------------------------------------
STRATSYS_FILE = "Stratsys_Internkontroll_Delar2025_export.csv"

# nämnd (register name), column value, enhet, process, risk, kontrollmoment, metod, frekvens,
# ansvarig, status word, avvikelse col, kommentar, uppdaterad, expected status, expected avvikelse
STRATSYS_ROWS = [
    ("Kommunstyrelsen", "Kommunstyrelsen", "Sektor kommunstyrelsen", "Ekonomiadministration",
     "Felaktiga utbetalningar p.g.a. bristande attest",
     "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 40 fakturor", "Två gånger per år", "Redovisningschef",
     "Slutförd", "Ja",
     "Stickprov på 40 fakturor april–juni.\nI 2 fall var beslutsattesten gjord av person som saknade behörighet enligt attestförteckningen.\nÅterkopplat till berörda chefer och attestförteckningen är uppdaterad.",
     "2025-09-03", "GENOMFORD", "ja"),
    ("Kommunstyrelsen", "Kommunstyrelsen", "Sektor kommunstyrelsen", "Ekonomiadministration",
     "Representation som inte följer regelverket",
     "Kontroll av att representation redovisas med syfte och deltagare",
     "Genomgång av samtliga verifikationer konto 6071/6072", "Årligen", "Controller KS",
     "Slutförd", "Nej",
     "Samtliga 25 verifikationer under perioden hade angivet syfte och deltagarförteckning.",
     "2025-08-28", "GENOMFORD", "nej"),
    ("Kommunstyrelsen", "Kommunstyrelsen", "Sektor kommunstyrelsen", "Upphandling och inköp",
     "Köp utanför avtal",
     "Uppföljning av avtalstrohet vid inköp av varor och tjänster",
     "Analys av leverantörsreskontra mot avtalsdatabas", "Årligen", "Upphandlingschef",
     "Pågår", "",
     "Analys av inköpsdata jan–jun pågår tillsammans med upphandlingsenheten.\nResultatet redovisas i helårsuppföljningen.",
     "2025-09-01", "DELVIS", ""),
    ("Kommunstyrelsen", "Kommunstyrelsen", "Sektor kommunstyrelsen", "IT och informationssäkerhet",
     "Obehörig åtkomst till ekonomisystemet",
     "Kontroll av att behörigheter i ekonomisystemet Raindance tas bort vid avslutad anställning",
     "Jämförelse mot lista över avslutade anställningar", "Två gånger per år", "Systemförvaltare ekonomi",
     "Slutförd", "Ja",
     "14 anställningar avslutades under perioden. 3 av dessa hade kvar behörighet mer än 30 dagar efter sista anställningsdag. Behörigheterna är nu borttagna.",
     "2025-08-25", "GENOMFORD", "ja"),
    ("Kommunstyrelsen", "Kommunstyrelsen", "Sektor kommunstyrelsen", "Ärendehantering",
     "Handlingar diarieförs inte i tid",
     "Diarieföring av inkomna handlingar till kommunstyrelsen sker inom fastställd tid",
     "Stickprov 30 handlingar", "Årligen", "Kanslichef",
     "Ej påbörjad", "",
     "Kontrollen flyttas till hösten på grund av byte av ärendehanteringssystem i maj.",
     "2025-08-20", "EJ_GENOMFORD", ""),
    ("Kommunstyrelsen", "Kommunstyrelsen", "Sektor kommunstyrelsen", "IT och informationssäkerhet",
     "Informationsincidenter",
     "Efterlevnad av riktlinjer för informationssäkerhet – lösenordshantering och klassning av information",
     "Enkät och stickprov", "Årligen", "Informationssäkerhetssamordnare",
     "Ej rapporterad", "",
     "",
     "", "SAKNAS", ""),
    ("Utbildningsnämnden", "Utbildningsnämnden", "Sektor utbildning", "Elevhälsa och närvaro",
     "Elevers frånvaro uppmärksammas inte",
     "Kontroll av att elevers frånvaro registreras och följs upp enligt rutin",
     "Granskning på tre skolor", "Årligen", "Verksamhetsutvecklare",
     "Slutförd", "Nej",
     "Granskat Nödinge skola, Bohusskolan och Ale gymnasium. Rutinen följs, frånvaro registreras dagligen och mentor kontaktar vårdnadshavare.",
     "2025-06-19", "GENOMFORD", "nej"),
    ("Utbildningsnämnden", "Utbildningsnämnden", "Sektor utbildning", "Myndighetsutövning",
     "Långa handläggningstider för skolskjuts",
     "Handläggning av ansökningar om skolskjuts sker inom två veckor",
     "Genomgång av samtliga ansökningar", "Årligen", "Handläggare skolskjuts",
     "Försenad", "",
     "Kontrollen påbörjades i juni. 60 av 120 ansökningar är granskade, resterande granskas i september.",
     "2025-08-29", "DELVIS", ""),
    ("Utbildningsnämnden", "Utbildningsnämnden", "Sektor utbildning", "Trygghet och studiero",
     "Kränkande behandling anmäls inte till huvudman",
     "Kontroll av att anmälningar om kränkande behandling anmäls till huvudman utan dröjsmål",
     "Jämförelse datum för händelse och anmälan", "Två gånger per år", "Kvalitetsstrateg",
     "Slutförd", "Ja",
     "I 9 av 48 granskade ärenden dröjde anmälan till huvudman mer än fem arbetsdagar.\nRektorerna har fått återkoppling.",
     "2025-08-27", "GENOMFORD", "ja"),
    ("Utbildningsnämnden", "Utbildningsnämnden", "Sektor utbildning", "Personal",
     "Olämplig person anställs i verksamhet med barn",
     "Registerkontroll (utdrag ur belastningsregistret) vid nyanställning",
     "Stickprov 30 nyanställda", "Årligen", "HR-specialist",
     "Slutförd", "Nej",
     "Samtliga 30 nyanställda i urvalet hade uppvisat registerutdrag före anställning.",
     "2025-08-14", "GENOMFORD", "nej"),
    ("Utbildningsnämnden", "Utbildningsnämnden", "Sektor utbildning", "Ekonomi",
     "Kostnader för licenser som inte används",
     "Inventering av digitala läromedelslicenser mot faktisk användning",
     "Inventering", "Årligen", "IT-pedagog",
     "Avbruten", "",
     "Utgår enligt beslut i UN 2025-04-16 § 52. Ersätts av central licensinventering i kommunstyrelsens regi.",
     "2025-04-17", "UTGAR", ""),
    ("Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden", "Sektor kultur och fritid", "Kassahantering",
     "Stöld eller fel i kontanthantering",
     "Kontroll av kassahantering i badhuset vid dagsavslut",
     "Avstämning 12 dagsavslut", "Två gånger per år", "Enhetschef fritid",
     "Slutförd", "Ja",
     "Kassadifferenser vid 3 av 12 kontrollerade dagsavslut (mellan 40 och 310 kr). Rutin med dubbelkontroll vid dagsavslut införs från september.",
     "2025-08-30", "GENOMFORD", "ja"),
    ("Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden", "Sektor kultur och fritid", "Föreningsstöd",
     "Bidrag betalas ut på felaktiga grunder",
     "Föreningsbidrag betalas ut enligt beslutade regler och underlag",
     "Stickprov 10 föreningar", "Årligen", "Föreningskonsulent",
     "Slutförd", "Nej",
     "10 föreningar granskade. Alla utbetalningar stämmer med beslut och inlämnade medlemsförteckningar.",
     "2025-05-22", "GENOMFORD", "nej"),
    ("Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden", "Sektor kultur och fritid", "Lokaluthyrning",
     "Intäktsbortfall vid uthyrning",
     "Uthyrning av lokaler faktureras enligt bokningssystemet",
     "Avstämning bokningar mot fakturor", "Två gånger per år", "Bokningsansvarig",
     "Pågår", "",
     "Stickprov för januari–april är klart utan anmärkning. Maj–augusti återstår.",
     "2025-08-22", "DELVIS", ""),
    ("Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden", "Sektor kultur och fritid", "Bibliotek",
     "Utrustning försvinner",
     "Kontroll av utlåning och återlämning av bibliotekets utrustning (läsplattor)",
     "Inventering", "Årligen", "Bibliotekschef",
     "", "",
     "Genomförd i juni. Samtliga 15 läsplattor återfanns och utlåningslistan stämmer.",
     "2025-06-30", "GENOMFORD", "nej"),
]


def build_stratsys():
    header = ["Nämnd", "Enhet", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Frekvens",
              "Ansvarig", "Period", "Status", "Avvikelse upptäckt", "Kommentar", "Senast uppdaterad"]
    buf = io.StringIO()
    buf.write("Rapport: Internkontrollplan 2025 - uppföljning;;;;;;;;;;;;\r\n")
    buf.write("Period: Delår 2 2025 (januari–augusti);;;;;;;;;;;;\r\n")
    buf.write("Exporterad: 2025-09-08 14:32 av ekonomienheten;;;;;;;;;;;;\r\n")
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(header)
    for r in STRATSYS_ROWS:
        (nm, col, enhet, proc, risk, km, metod, frekv, ansv, status, avv, komm, upd, es, ea) = r
        w.writerow([col, enhet, proc, risk, km, metod, frekv, ansv, "Delår 2 2025", status, avv, komm, upd])
        EXPECTED.append((STRATSYS_FILE, nm, km, es, ea))
    with open(out(STRATSYS_FILE), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    for nm in ["Kommunstyrelsen", "Utbildningsnämnden", "Kultur- och fritidsnämnden"]:
        FILES.append((STRATSYS_FILE, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. OAN - Word, each control a heading + "Resultat:" paragraph, no table
# ---------------------------------------------------------------------------
OAN_FILE = "OAN Uppföljning internkontroll delår 2025.docx"
OAN_NAME = "Omsorgs- och arbetsmarknadsnämnden"

OAN_SECTIONS = [
    ("Myndighetsutövning", [
        ("Förhandsbedömning av orosanmälningar görs inom 14 dagar",
         "Stickprov av 50 orosanmälningar som inkom under perioden januari–juni.",
         "Kontrollen är genomförd. Av 50 granskade anmälningar var 46 förhandsbedömda inom 14 dagar. "
         "Fyra ärenden överskred tiden med 1–6 dagar på grund av hög arbetsbelastning under sommaren. "
         "Enhetschef har infört veckovis bevakning av inkomna anmälningar.",
         "GENOMFORD", "ja"),
        ("Beslut om ekonomiskt bistånd fattas i enlighet med delegationsordningen",
         "Granskning av 30 slumpvis utvalda beslut i verksamhetssystemet.",
         "Genomförd. Samtliga 30 beslut var fattade av delegat med rätt befogenhet enligt gällande "
         "delegationsordning. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Genomförandeplaner upprättas inom 30 dagar efter beslut om hemtjänstinsats",
         "Genomgång av 40 nya beslut, fördelat på samtliga hemtjänstgrupper.",
         "Kontrollen har påbörjats i hemtjänstgrupperna i Nödinge och Älvängen. Hittills har 20 ärenden "
         "granskats och i 12 av dessa upprättades genomförandeplanen senare än 30 dagar efter beslut. "
         "Övriga grupper granskas under september och resultatet redovisas i helårsuppföljningen.",
         "DELVIS", "ja"),
        ("Egenkontroll av läkemedelshantering på särskilda boenden",
         "Egenkontroll enligt checklista, utförs av MAS tillsammans med enhetschef.",
         "Ej genomförd under perioden. Kontrollen skjuts till hösten då ny medicinskt ansvarig "
         "sjuksköterska tillträder i september.",
         "EJ_GENOMFORD", ""),
    ]),
    ("Ekonomi", [
        ("Kontroll av att brukaravgifter för hemtjänst debiteras enligt beslutad taxa",
         "Stickprov 25 fakturor jämförs med beviljade timmar och taxa.",
         "Se bilaga 2.",
         "OKLAR", ""),
        ("Attest av fakturor för externa placeringar (HVB och familjehem) enligt attestordningen",
         "Samtliga fakturor för externa placeringar i april.",
         "Genomförd utan anmärkning. Samtliga 22 fakturor var korrekt attesterade av behörig attestant.",
         "GENOMFORD", "nej"),
        ("Utbetalningar av arvoden till kontaktpersoner och familjehem stäms av mot uppdragsavtal",
         "Avstämning av utbetalningar i maj mot gällande uppdragsavtal.",
         "",
         "SAKNAS", ""),
    ]),
    ("Personal", [
        ("Registerkontroll görs vid anställning inom LSS-verksamhet",
         "Genomgång av personakter för samtliga nyanställda i LSS-verksamheten under perioden.",
         "Genomförd. I två av 15 anställningar saknades dokumentation av uppvisat registerutdrag i "
         "personakten. Utdragen hade visats men inte dokumenterats. Rutinen har förtydligats och "
         "chefer har informerats.",
         "GENOMFORD", "ja"),
        ("Uppföljning av sjukfrånvaro och rehabiliteringsärenden inom äldreomsorgen",
         "Uppföljning av rehabiliteringsärenden i Adato.",
         "Utgår. Kontrollmomentet ströks av nämnden 2025-03-19 § 31 eftersom det ingår i "
         "kommunstyrelsens samlade HR-uppföljning.",
         "UTGAR", ""),
    ]),
]


def build_oan():
    d = docx.Document()
    fix_docx_props(d, "Sektor socialtjänst")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Ale kommun\tSektor socialtjänst\tDnr OAN.2025.112"
    fp = sec.footer.paragraphs[0]
    fp.text = "Uppföljning internkontroll delår 2025"

    t = d.add_paragraph()
    t.style = d.styles["Title"]
    t.add_run("Uppföljning av internkontrollplan 2025")
    st = d.add_paragraph()
    st.style = d.styles["Subtitle"]
    st.add_run("Delårsrapport januari–augusti 2025, " + OAN_NAME)

    p = d.add_paragraph()
    p.add_run("Beslutsinstans: ").bold = True
    p.add_run(OAN_NAME)
    p = d.add_paragraph()
    p.add_run("Diarienummer: ").bold = True
    p.add_run("OAN.2025.112")
    p = d.add_paragraph()
    p.add_run("Datum: ").bold = True
    p.add_run("2025-09-11")
    p = d.add_paragraph()
    p.add_run("Handläggare: ").bold = True
    p.add_run("Karin Ekström, kvalitetsstrateg")

    d.add_heading("Inledning", level=1)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 148). Planen omfattar nio "
        "kontrollmoment inom myndighetsutövning, ekonomi och personal. I denna rapport redovisas resultatet "
        "av de kontroller som genomförts under perioden januari–augusti. Kontroller som planerats till "
        "hösten redovisas i helårsuppföljningen.")
    d.add_paragraph(
        "Varje kontrollmoment redovisas nedan med kontrollmetod och resultat. Där avvikelser har "
        "konstaterats beskrivs vilka åtgärder som vidtagits.")

    for proc, controls in OAN_SECTIONS:
        d.add_heading(proc, level=1)
        for km, metod, res, es, ea in controls:
            d.add_heading(km, level=2)
            p = d.add_paragraph()
            r = p.add_run("Kontrollmetod: ")
            r.italic = True
            p.add_run(metod)
            p = d.add_paragraph()
            p.add_run("Resultat:").bold = True
            if res:
                p.add_run(" " + res)
            EXPECTED.append((OAN_FILE, OAN_NAME, km, es, ea))

    d.add_heading("Samlad bedömning", level=1)
    d.add_paragraph(
        "Sektorns samlade bedömning är att den interna kontrollen i huvudsak fungerar. Avvikelser har "
        "konstaterats inom handläggningstider och dokumentation, och åtgärder har vidtagits. "
        "Förvaltningen föreslår att nämnden godkänner uppföljningen.")
    d.add_heading("Förslag till beslut", level=1)
    d.add_paragraph("Omsorgs- och arbetsmarknadsnämnden godkänner uppföljning av internkontrollplan 2025, "
                    "delår januari–augusti.")
    d.add_paragraph("")
    d.add_paragraph("Anna Berglund\nSektorchef socialtjänst")
    d.save(out(OAN_FILE))
    FILES.append((OAN_FILE, "INLAST", OAN_NAME, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. SBN - xlsx, traffic-light fills in status column, legend on separate sheet
# ---------------------------------------------------------------------------
SBN_FILE = "SBN_IK-plan_2025_uppfoljning_delar.xlsx"
SBN_NAME = "Samhällsbyggnadsnämnden"

GREEN, YELLOW, RED, GREY = "FF00B050", "FFFFC000", "FFFF0000", "FFBFBFBF"

# nr, process, risk, kontrollmoment, riskvärde, ansvarig, tidpunkt, fill, kommentar, es, ea
SBN_ROWS = [
    ("1", "Bygglov", "Viten/avgiftsreduktion vid för lång handläggning",
     "Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)", 12, "Bygglovschef", "T1 + delår",
     GREEN, "45 av 47 beslut inom tid. Två ärenden förlängdes enligt 9 kap. 27 § PBL med korrekt beslut.",
     "GENOMFORD", "nej"),
    ("2", "Bygglov", "Felaktig debitering",
     "Kontroll av att avgifter för bygglov debiteras enligt gällande taxa", 9, "Administratör bygg", "Delår",
     GREEN, "Stickprov 25 beslut. Två felaktiga debiteringar (fel objektsfaktor), fakturorna är krediterade och korrigerade.",
     "GENOMFORD", "ja"),
    ("3", "Gata/park", "Bristande drift av gatubelysning",
     "Uppföljning av att driftavtal för gatubelysning följs (felanmälningar åtgärdas inom avtalad tid)", 8,
     "Gatuchef", "Delår + helår",
     YELLOW, "Halva urvalet (30 av 60 felanmälningar) kontrollerat. Resterande under hösten.",
     "DELVIS", ""),
    ("4", "Ekonomi", "Felaktiga utbetalningar",
     "Attest av fakturor i investeringsprojekt enligt attestordningen", 8, "Controller SBN", "Delår",
     GREEN, "Inga avvikelser.",
     "GENOMFORD", "nej"),
    ("5", "Fastighet", "Bristande inomhusmiljö, ansvar mot hyresgäst",
     "Kontroll av att kommunens fastigheter har giltig OVK", 16, "Fastighetschef", "Delår",
     RED, "Ej genomförd på grund av vakans som fastighetsingenjör. Flyttas till 2026 års plan.",
     "EJ_GENOMFORD", ""),
    ("6", "Miljö och hälsoskydd", "Bristande tillsyn",
     "Tillsyn av enskilda avlopp enligt tillsynsplan", 6, "Miljöchef", "Löpande",
     YELLOW, "28 av 60 planerade tillsynsbesök är gjorda per 31/8.",
     "DELVIS", ""),
    ("7", "Mark och exploatering", "Uteblivna intäkter",
     "Hantering av markavtal och arrenden – fakturering sker enligt avtal", 6, "Mark- och exploateringschef",
     "Delår",
     GREY, "Ej aktuell för SBN – ansvaret flyttat till kommunstyrelsen från 1 mars.",
     "UTGAR", ""),
    ("8", "Miljö och hälsoskydd", "Felaktig debitering",
     "Kontroll av att livsmedelskontroller debiteras efter utförd kontroll", 6, "Miljöchef", "Delår",
     None, "",
     "SAKNAS", ""),
    ("9", "Nämndadministration", "Beslut fattas utan mandat",
     "Kontroll av att delegationsbeslut anmäls till nämnden", 4, "Nämndsekreterare", "Löpande",
     GREEN, "OK",
     "GENOMFORD", "nej"),
]


def build_sbn():
    wb = openpyxl.Workbook()
    wb.properties.creator = "Sektor samhällsbyggnad"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "Uppföljning 2025"
    thin = Side(style="thin", color="FF808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)

    ws["A1"] = "Internkontrollplan 2025 – uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Samhällsbyggnadsnämnden, Ale kommun"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Uppföljningsperiod: delår (januari–augusti 2025)"
    ws["A4"] = "Status markeras med färg i kolumn H, se fliken Färgförklaring."
    ws["A4"].font = Font(italic=True, color="FF595959")

    headers = ["Nr", "Process", "Risk", "Kontrollmoment", "Riskvärde (S×K)", "Ansvarig",
               "Tidpunkt", "Status delår", "Kommentar"]
    hr = 6
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = PatternFill("solid", fgColor="FF1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = border
    for k, row in enumerate(SBN_ROWS):
        nr, proc, risk, km, rv, ansv, tid, fill, komm, es, ea = row
        r = hr + 1 + k
        vals = [int(nr), proc, risk, km, rv, ansv, tid, None, komm if komm else None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        if fill:
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=fill)
        EXPECTED.append((SBN_FILE, SBN_NAME, km, es, ea))
    last = hr + len(SBN_ROWS)
    ws.cell(row=last + 2, column=1, value="Uppföljningen redovisad för nämnden 2025-09-23.")
    ws.cell(row=last + 3, column=1, value="Sammanställd av: Johan Carlsson, controller")

    widths = {"A": 5, "B": 18, "C": 28, "D": 48, "E": 10, "F": 20, "G": 13, "H": 11, "I": 50}
    for col, wdt in widths.items():
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A7"
    ws.print_title_rows = "6:6"
    ws.oddHeader.center.text = "Samhällsbyggnadsnämnden – intern kontroll 2025"

    lg = wb.create_sheet("Färgförklaring")
    lg["A1"] = "Färgförklaring status"
    lg["A1"].font = Font(bold=True, size=12)
    legend = [(GREEN, "Genomförd"),
              (YELLOW, "Påbörjad / delvis genomförd"),
              (RED, "Ej genomförd"),
              (GREY, "Utgår / ej aktuell")]
    for i, (fill, txt) in enumerate(legend):
        lg.cell(row=3 + i, column=1).fill = PatternFill("solid", fgColor=fill)
        lg.cell(row=3 + i, column=1).border = border
        lg.cell(row=3 + i, column=2, value=txt)
    lg["A8"] = "Ofärgad cell = ingen uppföljning gjord ännu."
    lg.column_dimensions["A"].width = 8
    lg.column_dimensions["B"].width = 32
    wb.save(out(SBN_FILE))
    FILES.append((SBN_FILE, "INLAST", SBN_NAME, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Överförmyndarnämnden - old .xls with title block and process group headings
# ---------------------------------------------------------------------------
OFN_FILE = "Överförmyndarnämnden IK 2025 aug.xls"
OFN_NAME = "Överförmyndarnämnden"

OFN_GROUPS = [
    ("Granskning av årsräkningar", [
        ("Årsräkningar granskas och arvodesbeslut fattas senast 30 juni",
         "Samtliga årsräkningar", "Handläggare", "Ja",
         "Målet att alla årsräkningar ska vara granskade 30 juni nåddes inte: 88 % granskade per 30 juni. Resterande 19 årsräkningar granskades i juli p.g.a. sena kompletteringar.",
         "GENOMFORD", "ja"),
        ("Kontroll av att uttag från spärrade konton har överförmyndarens samtycke",
         "Stickprov 15 akter", "Handläggare", "Ja",
         "Inga avvikelser.",
         "GENOMFORD", "nej"),
    ]),
    ("Ställföreträdare", [
        ("Lämplighetsprövning (kreditupplysning och utdrag ur belastningsregistret) innan förordnande av ny ställföreträdare",
         "Samtliga nya förordnanden", "Enhetschef", "Ja",
         "Samtliga 11 nya förordnanden under perioden var lämplighetsprövade.",
         "GENOMFORD", "nej"),
        ("Kontroll av att ställföreträdare har genomgått grundutbildning",
         "Samtliga aktiva ställföreträdare", "Enhetschef", "Delvis",
         "Utbildningstillfälle i maj. 60 % av ställföreträdarna har genomgått utbildningen, övriga följs upp under hösten.",
         "DELVIS", ""),
        ("Förteckningar inkommer inom två månader efter förordnande",
         "Stickprov 10 akter", "Handläggare", "Nej",
         "Kontrollen ej genomförd, planeras till oktober.",
         "EJ_GENOMFORD", ""),
    ]),
    ("Handläggning och arkiv", [
        ("Akter arkiveras enligt dokumenthanteringsplan",
         "Stickprov 20 avslutade akter", "Administratör", "Utgår",
         "Ingår i kommunövergripande arkivinventering som kommunstyrelsen genomför 2025.",
         "UTGAR", ""),
        ("Delegationsbeslut redovisas till nämnden varje månad",
         "Samtliga sammanträden", "Nämndsekreterare", "Ja",
         "Redovisas löpande på varje sammanträde.",
         "GENOMFORD", "nej"),
    ]),
]


def build_ofn():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    title = xlwt.easyxf("font: bold on, height 320;")
    bold = xlwt.easyxf("font: bold on;")
    normal = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin;")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "alignment: wrap on, vert center; borders: left thin, right thin, top thin, bottom thin;")
    group = xlwt.easyxf("font: bold on, italic on; pattern: pattern solid, fore_colour light_turquoise; "
                        "borders: left thin, right thin, top thin, bottom thin;")
    small = xlwt.easyxf("font: italic on, height 180;")

    ws.write(0, 0, "ALE KOMMUN", bold)
    ws.write_merge(1, 1, 0, 4, "Överförmyndarnämnden", title)
    ws.write_merge(2, 2, 0, 4, "Uppföljning av internkontrollplan 2025 – per den 31 augusti", bold)
    ws.write(4, 0, "Upprättad av:")
    ws.write(4, 1, "Eva Johansson, enhetschef överförmyndarenheten")
    ws.write(5, 0, "Datum:")
    ws.write(5, 1, "2025-09-09")
    ws.write(6, 0, "Ange i kolumn D: Ja = genomförd, Delvis, Nej = ej genomförd, Utgår.", small)

    hr = 8
    for i, h in enumerate(["Kontrollmoment", "Omfattning", "Ansvarig", "Genomförd (Ja/Nej/Delvis)",
                           "Iakttagelser / kommentar"]):
        ws.write(hr, i, h, head)
    r = hr + 1
    n = 0
    for gname, controls in OFN_GROUPS:
        ws.write_merge(r, r, 0, 4, "Process: " + gname, group)
        r += 1
        for km, omf, ansv, gen, komm, es, ea in controls:
            for i, v in enumerate([km, omf, ansv, gen, komm]):
                ws.write(r, i, v, normal)
            EXPECTED.append((OFN_FILE, OFN_NAME, km, es, ea))
            r += 1
            n += 1
    r += 1
    ws.write(r, 0, "Antal kontrollmoment: %d" % n, bold)
    r += 2
    ws.write(r, 0, "Behandlad av överförmyndarnämnden 2025-09-24 § 41.")
    r += 2
    ws.write(r, 0, "_______________________________")
    ws.write(r + 1, 0, "Ordförande")
    for i, wdt in enumerate([55, 24, 16, 14, 55]):
        ws.col(i).width = wdt * 256
    wb.save(out(OFN_FILE))
    FILES.append((OFN_FILE, "INLAST", OFN_NAME, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. AB Alebyggen - ordinary Word table, T1 and delår columns side by side,
#    company name only in page header and file name
# ---------------------------------------------------------------------------
ALB_FILE = "Alebyggen_IK_delår2025.docx"
ALB_NAME = "AB Alebyggen"

# område, kontrollmoment, ansvarig, T1, delår, es, ea
ALB_ROWS = [
    ("Hyresadministration", "Kontroll av att hyresavier överensstämmer med hyreskontrakt", "Ekonomichef",
     "Genomförd – inga fel", "Genomförd. 2 fel av 50 avseende parkeringsavgift, rättade i augusti.",
     "GENOMFORD", "ja"),
    ("Inköp", "Avtalstrohet vid beställning av underhållsarbeten", "Teknisk chef",
     "Ej påbörjad", "Pågår – analys av leverantörsreskontra jan–jun.",
     "DELVIS", ""),
    ("Ekonomi", "Attest och kontering av leverantörsfakturor", "Ekonomichef",
     "Genomförd", "Genomförd utan anmärkning.",
     "GENOMFORD", "nej"),
    ("Fastighet", "Uppföljning av brandskyddskontroller (SBA) i flerbostadshus", "Fastighetschef",
     "Delvis – 14 av 31 fastigheter kontrollerade", "",
     "DELVIS", ""),
    ("Uthyrning", "Lägenheter fördelas enligt uthyrningspolicyn", "Uthyrningschef",
     "–", "Genomförd. 20 kontrakt granskade, i 1 fall avsteg från kön utan dokumenterat skäl.",
     "GENOMFORD", "ja"),
    ("IT", "Behörigheter i fastighetssystemet ses över", "IT-samordnare",
     "Planeras till hösten", "Ej genomförd.",
     "EJ_GENOMFORD", ""),
]


def set_cell_bg(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def build_alb():
    d = docx.Document()
    fix_docx_props(d, "Ekonomiavdelningen")
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    hp = sec.header.paragraphs[0]
    hp.text = "AB Alebyggen\t\tOrg.nr 556233-0000"
    hp.runs[0].font.size = Pt(9)

    h = d.add_paragraph()
    rr = h.add_run("Internkontroll 2025 – uppföljning")
    rr.bold = True
    rr.font.size = Pt(16)
    d.add_paragraph("Avser perioden januari–augusti 2025 (delårsbokslut). Uppföljning per tertial 1 "
                    "redovisades för styrelsen i maj och visas här som jämförelse.")

    tbl = d.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    hdr = ["Område", "Kontrollmoment", "Ansvarig", "Uppföljning T1 (jan–apr)", "Uppföljning delår (jan–aug)"]
    for i, t in enumerate(hdr):
        c = tbl.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(t).bold = True
        set_cell_bg(c, "D9E2F3")
    for omr, km, ansv, t1, dl, es, ea in ALB_ROWS:
        cells = tbl.add_row().cells
        for i, v in enumerate([omr, km, ansv, t1, dl]):
            cells[i].text = v
        EXPECTED.append((ALB_FILE, ALB_NAME, km, es, ea))
    d.add_paragraph("")
    d.add_paragraph("Föredras för styrelsen 2025-09-18. Kontaktperson: Lena Holm, ekonomichef.")
    d.save(out(ALB_FILE))
    FILES.append((ALB_FILE, "INLAST", ALB_NAME, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Valnämnden - ordinary OpenDocument spreadsheet
# ---------------------------------------------------------------------------
VN_FILE = "Valnämnden internkontroll 2025 delår.ods"
VN_NAME = "Valnämnden"

VN_ROWS = [
    ("Lokaler för förtidsröstning och vallokaler inför valet 2026 är inventerade och förbokade",
     "Valsamordnare", "Pågår", "Inventering klar, 9 av 14 vallokaler förbokade.", "DELVIS", ""),
    ("Röstmottagare rekryteras och utbildning planeras enligt tidplan",
     "Valsamordnare", "Ej påbörjad", "Enligt tidplan startar rekryteringen i januari 2026.", "EJ_GENOMFORD", ""),
    ("Valsedlar och valmaterial förvaras säkert mellan leverans och valdag",
     "Valsamordnare", "Ej aktuell", "Inget val under 2025.", "UTGAR", ""),
    ("Utbetalning av arvoden till röstmottagare kontrolleras mot närvarolistor",
     "Nämndsekreterare", "Ej aktuell", "Inget val under 2025.", "UTGAR", ""),
    ("Valnämndens protokoll justeras och anslås inom lagstadgad tid",
     "Nämndsekreterare", "Genomförd", "Två sammanträden, båda protokollen anslagna inom tid.", "GENOMFORD", "nej"),
]


def build_vn():
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    big = Style(name="big", family="table-cell")
    big.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(big)
    hdrst = Style(name="hdr", family="table-cell")
    hdrst.addElement(TextProperties(fontweight="bold"))
    hdrst.addElement(TableCellProperties(backgroundcolor="#DDDDDD", border="0.5pt solid #000000"))
    doc.automaticstyles.addElement(hdrst)
    wrap = Style(name="wrap", family="table-cell")
    wrap.addElement(TableCellProperties(wrapoption="wrap", border="0.5pt solid #000000"))
    doc.automaticstyles.addElement(wrap)
    widths = []
    for i, w in enumerate(["9cm", "4cm", "3cm", "9cm"]):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        widths.append(cs)

    table = Table(name="Uppföljning")
    for cs in widths:
        table.addElement(TableColumn(stylename=cs))

    def row(vals, style=None):
        tr = TableRow()
        for v in vals:
            if v is None or v == "":
                tc = TableCell(stylename=style) if style else TableCell()
            else:
                tc = TableCell(valuetype="string", stylename=style) if style else TableCell(valuetype="string")
                tc.addElement(P(text=v))
            tr.addElement(tc)
        table.addElement(tr)

    row(["Valnämnden – uppföljning av intern kontroll 2025"], big)
    row(["Ale kommun. Period: delår januari–augusti 2025"])
    row([""])
    row(["Kontrollmoment", "Ansvarig", "Status", "Kommentar"], hdrst)
    for km, ansv, stt, komm, es, ea in VN_ROWS:
        row([km, ansv, stt, komm], wrap)
        EXPECTED.append((VN_FILE, VN_NAME, km, es, ea))
    row([""])
    row(["Flera kontrollmoment avser valet 2026 och följs upp i sin helhet i helårsuppföljningen."])
    doc.spreadsheet.addElement(table)
    doc.save(out(VN_FILE))
    FILES.append((VN_FILE, "INLAST", VN_NAME, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Covering e-mail saved as .docx - must be rejected
# ---------------------------------------------------------------------------
MAIL_FILE = "Följebrev IK delår OAN.docx"


def build_mail():
    d = docx.Document()
    fix_docx_props(d, "Karin Ekström")
    lines = [
        ("Från:", "Karin Ekström <karin.ekstrom@ale.se>"),
        ("Skickat:", "den 12 september 2025 08:47"),
        ("Till:", "Ekonomienheten <ekonomienheten@ale.se>"),
        ("Kopia:", "Anna Berglund <anna.berglund@ale.se>"),
        ("Ämne:", "Uppföljning internkontroll delår 2025 – OAN"),
        ("Bifogade filer:", "OAN Uppföljning internkontroll delår 2025.docx; Bilaga 2 brukaravgifter.pdf"),
    ]
    for k, v in lines:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(k + " ").bold = True
        p.add_run(v)
    d.add_paragraph("")
    d.add_paragraph("Hej!")
    d.add_paragraph(
        "Här kommer omsorgs- och arbetsmarknadsnämndens uppföljning av internkontrollplanen för delåret "
        "januari–augusti 2025. Ärendet behandlas på nämndens sammanträde den 24 september, så uppföljningen "
        "kan ändras något efter beslut.")
    d.add_paragraph(
        "Resultatet för kontrollmomentet om brukaravgifter i hemtjänsten finns i bilaga 2. Kontrollen av "
        "arvoden till kontaktpersoner och familjehem har vi inte hunnit med ännu, den kommer med i "
        "helårsuppföljningen.")
    d.add_paragraph("Hör av er om något saknas!")
    d.add_paragraph("")
    d.add_paragraph("Med vänlig hälsning\nKarin Ekström\nKvalitetsstrateg, Sektor socialtjänst\n"
                    "Ale kommun\n0303-33 00 00")
    d.save(out(MAIL_FILE))
    FILES.append((MAIL_FILE, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# Register and CSVs
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunstyrelsen i Ale|Sektor kommunstyrelsen|Kommunledningskontoret"),
    ("Utbildningsnämnden", "UN|Sektor utbildning|Utbildningsförvaltningen"),
    ("Omsorgs- och arbetsmarknadsnämnden", "OAN|Sektor socialtjänst|Sektor arbetsmarknad och omsorg|Omsorgs- och arbetsmarknadsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Sektor kultur och fritid|Kultur och fritid"),
    ("Samhällsbyggnadsnämnden", "SBN|Sektor samhällsbyggnad|Samhällsbyggnad"),
    ("Valnämnden", "VN|Valnämnden i Ale"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Krisledningsnämnden", "KLN"),
    ("AB Alebyggen", "Alebyggen|Alebyggen AB"),
    ("Ale Fjärrvärme AB", "Ale Fjärrvärme|AFAB"),
]


def write_csvs():
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for r in NAMNDER:
            w.writerow(r)
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for r in FILES:
            w.writerow(r)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXPECTED:
            w.writerow(r)


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so that the build is byte-deterministic."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for info, data in items:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2025-09-12T09:30:00Z\g<3>", data)
            if info.filename == "meta.xml":
                data = re.sub(rb"(<meta:(creation-date)>)[^<]*(</meta:)", rb"\g<1>2025-09-12T09:30:00\g<3>", data)
                data = re.sub(rb"(<dc:date>)[^<]*(</dc:date>)", rb"\g<1>2025-09-12T09:30:00\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 12, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def main():
    build_stratsys()
    build_oan()
    build_sbn()
    build_ofn()
    build_alb()
    build_vn()
    build_mail()
    for f in (OAN_FILE, SBN_FILE, ALB_FILE, VN_FILE, MAIL_FILE):
        normalize_zip(out(f))
    write_csvs()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
