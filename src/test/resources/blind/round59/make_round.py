#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 59 – Skara kommun (Västergötland, Skaraborg), helår 2025.
An inbox with many small format quirks. Builds all files and the three CSVs from scratch."""
import csv
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, H, Span

OUT = os.path.dirname(os.path.abspath(__file__))
YEAR = "2025"
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def clean_out():
    for f in os.listdir(OUT):
        if f in ("make_round.py", "README.md"):
            continue
        p = os.path.join(OUT, f)
        if os.path.isdir(p):
            shutil.rmtree(p)
        else:
            os.remove(p)


def exp(fil, namnd, rows):
    """rows: list of (kontrollmoment, status, avvikelse)"""
    for k, s, a in rows:
        k = k.replace(";", ",").replace("\n", " ")
        EXPECTED.append((fil, namnd, k, s, a))


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – .xlsx, header split over two rows (no merges),
#    "Status" / "Status" in row 4 distinguished only by "delår" / "helår" in row 5
# ---------------------------------------------------------------------------
def f1_ks():
    fil = "IKP uppföljning helår 2025 KS.xlsx"
    namnd = "Kommunstyrelsen"
    # nr, process, kontrollmoment, ansvarig, delår, helår, avvikelse J/N, kommentar, expected status, exp avv
    rows = [
        (1, "Ekonomi – leverantörsfakturor",
         "Stickprov av 25 leverantörsfakturor – kontroll mot avtal och attestordning",
         "Controller", "Pågår", "Genomförd", "J",
         "3 av 25 fakturor saknade giltigt avtal (konsulttjänster). Påminnelse skickad till beställande enheter.",
         "GENOMFORD", "ja"),
        (2, "",
         "Kontroll av att beslutsattestanter i Raindance överensstämmer med beslutad attestförteckning",
         "Redovisningsansvarig", "", "Genomförd med anmärkning", "J",
         "Två attestanter som slutat fanns kvar i systemet, borttagna 2025-11-12.",
         "GENOMFORD", "ja"),
        (3, "Representation",
         "Granskning av representationsfakturor och övriga förtroendekänsliga poster över 2 000 kr",
         "Ekonomichef", "Genomförd", "Genomförd", "N", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        (4, "Informationssäkerhet",
         "Kontroll av att behörigheter i ekonomi- och lönesystem tas bort vid avslutad anställning",
         "IT-chef", "Pågår", "", "", "",
         "DELVIS", "nej"),
        (5, "",
         "Uppföljning av att informationssäkerhetsutbildningen genomförts av samtliga nyanställda",
         "Informationssäkerhetssamordnare", "Ej påbörjad", "Delvis", "N",
         "62 % av de nyanställda har genomfört utbildningen. Påminnelse via chefsforum i januari.",
         "DELVIS", "nej"),
        (6, "Upphandling",
         "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Upphandlingschef", "", "Ej genomförd", "",
         "Flyttas till internkontrollplan 2026 p.g.a. vakans på upphandlingsenheten.",
         "EJ_GENOMFORD", "nej"),
        (7, "Lön",
         "Stickprov av 15 lönetillägg och ersättningar (OB, övertid) mot underlag och beslut",
         "Lönechef", "", "?", "",
         "Osäkert om stickprovet omfattade decemberlönen.",
         "OKLAR", "nej"),
        (8, "Ärendehantering",
         "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Kanslichef", "", "", "", "",
         "SAKNAS", "nej"),
        (9, "",
         "Kontroll av att allmänna handlingar registreras i diariet inom fem arbetsdagar",
         "Kanslichef", "Genomförd", "Utgår", "",
         "Utgår enligt KS beslut 2025-09-03 § 112 – ersätts av kontroll inom e-arkivprojektet.",
         "UTGAR", "nej"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Skara kommun – Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025, helår (per 31 december)"
    ws["A2"].font = Font(italic=True)
    top = ["Nr", "Process/", "Kontroll-", "Kontroll-", "Status", "Status", "Avvikelse", "Kommentar/"]
    bot = ["", "rutin", "moment", "ansvarig", "delår", "helår", "noterad (J/N)", "vidtagna åtgärder"]
    grey = PatternFill("solid", fgColor="D9D9D9")
    for c, (t, b) in enumerate(zip(top, bot), start=1):
        for r, v in ((4, t), (5, b)):
            cell = ws.cell(row=r, column=c, value=v if v else None)
            cell.font = Font(bold=True)
            cell.fill = grey
    r = 6
    for row in rows:
        vals = row[:8]
        for c, v in enumerate(vals, start=1):
            ws.cell(row=r, column=c, value=v if v != "" else None).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt av Anna Berglund, controller, 2026-01-20. Behandlas i KS 2026-02-04.")
    for col, w in zip("ABCDEFGH", (5, 22, 55, 20, 12, 22, 14, 55)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))
    exp(fil, namnd, [(x[2], x[8], x[9]) for x in rows])


# ---------------------------------------------------------------------------
# 2. Samhällsbyggnadsnämnden – .xls, status as 0–100 (% done), no legend
# ---------------------------------------------------------------------------
def f2_sbn():
    fil = "SBN IK 2025 helår.xls"
    namnd = "Samhällsbyggnadsnämnden"
    rows = [
        (1, "Bygglov", "Kontroll av att bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
         "Stickprov 20 ärenden", "Bygglovschef", 100,
         "18 av 20 ärenden inom tid. Två ärenden överskred tiden med 1–2 veckor.", "GENOMFORD", "ja"),
        (2, "Bygglov", "Kontroll av att avgifter för bygglov och anmälan debiteras enligt gällande taxa",
         "Stickprov 15 ärenden", "Bygglovschef", 100, "Inga avvikelser.", "GENOMFORD", "nej"),
        (3, "Planering", "Uppföljning av att pågående detaljplaner följer tidplanen i planprogrammet",
         "Genomgång med planarkitekter", "Planchef", 60,
         "Genomgång av tre av fem planer klar, resterande två gås igenom i januari.", "DELVIS", "nej"),
        (4, "Mark och exploatering", "Kontroll av att markanvisningsavtal undertecknats innan tillträde sker",
         "Genomgång samtliga avtal", "Exploateringsingenjör", 0,
         "Ej genomförd p.g.a. personalbrist, flyttas till 2026.", "EJ_GENOMFORD", "nej"),
        (5, "Kart och GIS", "Kontroll av att adressregistret uppdateras inom en månad efter slutbesked",
         "Stickprov 10 slutbesked", "GIS-ingenjör", 100,
         "Två adresser saknades i registret, åtgärdat i september.", "GENOMFORD", "ja"),
        (6, "Färdtjänst", "Stickprov av 10 beslut om färdtjänst – kontroll mot gällande riktlinjer",
         "Stickprov", "Trafikhandläggare", 25, "Påbörjad i november.", "DELVIS", "nej"),
        (7, "Trafik", "Kontroll av att parkeringstillstånd för rörelsehindrade handläggs enligt rutin",
         "Stickprov 10 ärenden", "Trafikhandläggare", None, "", "SAKNAS", "nej"),
        (8, "Ekonomi", "Stickprov av 10 leverantörsfakturor avseende konsulttjänster mot avtal",
         "Stickprov", "Förvaltningsekonom", None,
         "Genomförd i december. Samtliga fakturor stämde mot avtal.", "GENOMFORD", "nej"),
        (9, "Strandskydd", "Kontroll av att beslut om strandskyddsdispens skickas till Länsstyrelsen inom en vecka",
         "Samtliga beslut", "Miljö- och byggchef", 100, "", "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Samhällsbyggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – uppföljning per 31 december"
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Utfört (%)", "Resultat / iakttagelser"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=4, column=c, value=h).font = Font(bold=True)
    r = 5
    for row in rows:
        for c, v in enumerate(row[:7], start=1):
            ws.cell(row=r, column=c, value=v if v != "" else None)
        r += 1
    for col, w in zip("ABCDEFG", (5, 20, 60, 24, 20, 11, 60)):
        ws.column_dimensions[col].width = w
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "SBN IK 2025 helår.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, "SBN IK 2025 helår.xls"), os.path.join(OUT, fil))
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))
    exp(fil, namnd, [(x[2], x[7], x[8]) for x in rows])


# ---------------------------------------------------------------------------
# 3. Socialnämnden – .docx, tables without header row; each row's first cell
#    = bold control text followed by non-bold "– status"
# ---------------------------------------------------------------------------
def f3_sn():
    fil = "Uppföljning internkontroll SN 2025.docx"
    namnd = "Socialnämnden"
    # (process, control, status-suffix or None, result, expected, avv)
    blocks = [
        ("Myndighetsutövning individ- och familjeomsorg", [
            ("Kontroll av att förhandsbedömning av orosanmälan görs inom 14 dagar", " – Genomförd",
             "Stickprov av 30 anmälningar: 27 inom 14 dagar, tre ärenden överskred tiden med 2–5 dagar.",
             "GENOMFORD", "ja"),
            ("Stickprov av 15 utredningar om ekonomiskt bistånd – kontroll av att beslut är dokumenterade och motiverade",
             " – Delvis genomförd",
             "10 av 15 utredningar granskade, inga brister hittills. Resterande granskas i januari 2026.",
             "DELVIS", "nej"),
        ]),
        ("Vård och omsorg", [
            ("Kontroll av att genomförandeplaner upprättas inom tre veckor från verkställt beslut", " – Ej genomförd",
             "Har inte hunnits med p.g.a. införandet av nytt verksamhetssystem (Lifecare).",
             "EJ_GENOMFORD", "nej"),
            ("Uppföljning av att avvikelser enligt SoL och HSL hanteras och återkopplas till anmälaren",
             " - Genomförd med anmärkning",
             "Återkoppling till anmälaren saknades i 6 av 40 granskade avvikelser. Rutinen har förtydligats.",
             "GENOMFORD", "ja"),
            ("Kontroll av att läkemedelsgenomgångar genomförts för boende på särskilda boenden", " – Utgår",
             "Ansvaret ligger hos regionen, kontrollen struken enligt beslut SN 2025-04-16 § 38.",
             "UTGAR", "nej"),
        ]),
        ("Ekonomi och administration", [
            ("Kontroll av att avgifter inom hemtjänsten debiteras enligt beslut och aktuell taxa", None,
             "Kontrollen har inte genomförts under året.",
             "EJ_GENOMFORD", "nej"),
            ("Stickprov av 10 fakturor för HVB-placeringar mot avtal och beslut", " – Se kommentar", "",
             "OKLAR", "nej"),
            ("Kontroll av handkassor på särskilda boenden genom oanmäld kassainventering", " – Klar",
             "Fyra handkassor inventerade i oktober, inga differenser.",
             "GENOMFORD", "nej"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading("Socialnämnden – uppföljning av internkontrollplan 2025", level=1)
    doc.add_paragraph("Helårsuppföljning, avser perioden 2025-01-01 – 2025-12-31.")
    doc.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 12 februari 2025 (§ 14). Nedan redovisas "
        "utfallet för varje kontrollmoment. Kontrollmomentet anges i fetstil följt av status, och i högra "
        "kolumnen redovisas resultat och eventuella åtgärder.")
    for proc, ctrls in blocks:
        doc.add_heading(proc, level=2)
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for ctrl, suf, res, _, _ in ctrls:
            cells = t.add_row().cells
            p = cells[0].paragraphs[0]
            p.add_run(ctrl).bold = True
            if suf:
                p.add_run(suf)
            cells[1].text = res
        for row in t.rows:
            row.cells[0].width = Cm(9)
            row.cells[1].width = Cm(8)
        doc.add_paragraph("")
    doc.add_paragraph("Socialförvaltningen, Skara 2026-01-28")
    doc.add_paragraph("Maria Lindqvist, socialchef")
    doc.core_properties.title = "Uppföljning internkontrollplan 2025"
    doc.core_properties.author = "Maria Lindqvist"
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))
    exp(fil, namnd, [(c[0], c[3], c[4]) for _, cs in blocks for c in cs])


# ---------------------------------------------------------------------------
# 4. Barn- och utbildningsnämnden – .odt, status codes (G)/(D)/(E) explained at the top
# ---------------------------------------------------------------------------
def f4_bun():
    fil = "BUN uppföljning IKP helår 2025.odt"
    namnd = "Barn- och utbildningsnämnden"
    blocks = [
        ("Skolpeng och interkommunal ersättning", [
            ("Kontroll av att interkommunala ersättningar faktureras för samtliga elever från andra kommuner", "(G)",
             "Avstämning mot elevregistret gjord i oktober. Två elever folkbokförda i Götene hade inte fakturerats, åtgärdat.",
             "GENOMFORD", "ja"),
            ("Stickprov av 10 beslut om tilläggsbelopp – kontroll av underlag och beslutsmotivering", "(D)",
             "6 av 10 beslut granskade, resterande under februari 2026.",
             "DELVIS", "nej"),
        ]),
        ("Elevhälsa och dokumentation", [
            ("Kontroll av att kränkande behandling anmäls till huvudmannen inom en vecka", "(G)",
             "Stickprov av 20 anmälningar, samtliga inom tid.",
             "GENOMFORD", "nej"),
            ("Kontroll av att åtgärdsprogram följs upp och utvärderas minst en gång per termin", "(E)",
             "Ej genomförd, skjuts till vårterminen 2026.",
             "EJ_GENOMFORD", "nej"),
            ("Kontroll av frånvarorapportering och kontakt med vårdnadshavare vid upprepad frånvaro", "(U)",
             "Kontrollen ingår numera i det systematiska kvalitetsarbetet.",
             "OKLAR", "nej"),
        ]),
        ("Ekonomi och inköp", [
            ("Stickprov av 15 inköp via e-handelssystemet – kontroll mot avtal och attest", "(G)",
             "Två inköp av förbrukningsmaterial var gjorda utanför avtal. Information till rektorerna.",
             "GENOMFORD", "ja"),
            ("Kontroll av att avgifter för förskola och fritidshem debiteras utifrån aktuella inkomstuppgifter", "",
             "", "SAKNAS", "nej"),
            ("Kontroll av att inventarieförteckningar finns och är uppdaterade på samtliga enheter", "(D)",
             "Förteckning finns på 9 av 12 enheter. Tre enheter saknar uppdaterad förteckning.",
             "DELVIS", "ja"),
        ]),
        ("Informationssäkerhet", [
            ("Kontroll av att behörigheter i elevregistret (IST) tas bort när personal slutar", "(E)", "",
             "EJ_GENOMFORD", "nej"),
        ]),
    ]
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="Titel", family="paragraph")
    title.addElement(TextProperties(fontsize="18pt", fontweight="bold"))
    doc.automaticstyles.addElement(title)
    h2 = Style(name="Rubrik2", family="paragraph")
    h2.addElement(TextProperties(fontsize="14pt", fontweight="bold", color="#1F4E79"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    doc.automaticstyles.addElement(h2)
    ctrl = Style(name="Kontroll", family="paragraph")
    ctrl.addElement(TextProperties(fontweight="bold"))
    ctrl.addElement(ParagraphProperties(margintop="0.25cm"))
    doc.automaticstyles.addElement(ctrl)
    ind = Style(name="Indrag", family="paragraph")
    ind.addElement(ParagraphProperties(marginleft="0.8cm"))
    doc.automaticstyles.addElement(ind)
    legend = Style(name="Legend", family="paragraph")
    legend.addElement(TextProperties(fontstyle="italic"))
    legend.addElement(ParagraphProperties(border="0.5pt solid #000000", padding="0.15cm"))
    doc.automaticstyles.addElement(legend)

    doc.text.addElement(P(stylename=title, text="Barn- och utbildningsnämnden"))
    doc.text.addElement(P(text="Uppföljning av intern kontroll – helår 2025"))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(stylename=legend,
                          text="Statuskoder i rapporten: (G) = Genomförd, (D) = Delvis genomförd/pågår, "
                               "(E) = Ej genomförd. Koden står efter respektive kontrollmoment."))
    doc.text.addElement(P(text="Uppföljningen har sammanställts av förvaltningens controller i samråd med "
                               "rektorer och enhetschefer. Avvikelser och åtgärder redovisas under varje kontrollmoment."))
    for proc, cs in blocks:
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=proc))
        for c, code, res, _, _ in cs:
            doc.text.addElement(P(stylename=ctrl, text=(c + " " + code).strip()))
            p = P(stylename=ind)
            p.addElement(Span(stylename=bold, text="Resultat: "))
            if res:
                p.addText(res)
            doc.text.addElement(p)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Barn- och utbildningsförvaltningen, Skara 2026-01-30"))
    doc.text.addElement(P(text="Johan Ek, förvaltningschef"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))
    exp(fil, namnd, [(c[0], c[3], c[4]) for _, cs in blocks for c in cs])


# ---------------------------------------------------------------------------
# 5. Stratsys-like CSV export (Windows-1252, ;, CRLF) – two förvaltningar,
#    quoted fields with semicolons and line breaks, a row per control and period
# ---------------------------------------------------------------------------
def f5_csv():
    fil = "Export_Internkontroll_2025_KFF_KAF.csv"
    DL, HL = "Delår 2025 (aug)", "Helår 2025"
    kff, kaf = "Kultur- och fritidsförvaltningen", "Kompetens- och arbetslivsförvaltningen"
    # per control: org, process, control, [(period, status, comment, avv-col)], expected, avv
    ctrls = [
        (kff, "Föreningsstöd",
         "Kontroll av att föreningsbidrag betalas ut enligt beslutade bidragsnormer",
         [(DL, "Pågår", "Stickprov påbörjat; 5 av 12 bidrag kontrollerade.", ""),
          (HL, "Genomförd", "Stickprov av 12 bidrag;\ninga avvikelser mot bidragsnormerna.", "Nej")],
         "GENOMFORD", "nej"),
        (kff, "Lokalbokning",
         "Stickprov av 10 bokningar i lokalbokningssystemet – kontroll av debitering",
         [(DL, "Genomförd", "Två bokningar hade debiterats med fel taxa (förening i stället för privat);\nrättat och fakturerat i juni.", "Ja"),
          (HL, "", "", "")],
         "GENOMFORD", "ja"),
        (kff, "Kontanthantering",
         "Kontroll av att kassaredovisningen i simhallen stäms av dagligen",
         [(DL, "Ej påbörjad", "", ""),
          (HL, "Delvis genomförd", "Avstämning görs dagligen sedan oktober;\nföre dess endast veckovis.", "Ja")],
         "DELVIS", "ja"),
        (kff, "Fritidsbanken",
         "Kontroll av att utlån av utrustning från Fritidsbanken registreras i utlåningssystemet",
         [(HL, "Utgår", "Struken ur planen – Fritidsbanken drivs av förening från 2025.", "")],
         "UTGAR", "nej"),
        (kff, "Avtalsuppföljning",
         "Uppföljning av att överenskommelser med studieförbunden följs upp årligen",
         [(DL, "", "", ""),
          (HL, "Ej genomförd", "Uppföljningsmötena ställdes in;\nflyttas till våren 2026.", "")],
         "EJ_GENOMFORD", "nej"),
        (kaf, "Arbetsmarknadsinsatser",
         "Stickprov av 10 anställningar med lönebidrag – kontroll mot beslut från Arbetsförmedlingen",
         [(DL, "Pågår", "", ""),
          (HL, "Genomförd", "10 av 10 kontrollerade.\nEtt beslut hade löpt ut; ny ansökan gjord i november.", "Ja")],
         "GENOMFORD", "ja"),
        (kaf, "Vuxenutbildning",
         "Kontroll av närvarorapportering till CSN för elever i kommunal vuxenutbildning",
         [(DL, "Genomförd", "Inga avvikelser.", "Nej"),
          (HL, "Genomförd med anmärkning", "Fyra elever avrapporterades för sent till CSN;\nrutinen har förtydligats för lärarna.", "Ja")],
         "GENOMFORD", "ja"),
        (kaf, "Statsbidrag",
         "Kontroll av att sökta statsbidrag för regional yrkesvux återrapporteras i tid",
         [(DL, "Ej aktuell", "Återrapportering sker först i november.", ""),
          (HL, "Genomförd", "Återrapporterat till Skolverket 2025-11-14, inom tid.", "Nej")],
         "GENOMFORD", "nej"),
        (kaf, "Arbetsmarknadsinsatser",
         "Kontroll av att praktikavtal finns för samtliga deltagare i arbetsmarknadspraktik",
         [(DL, "", "", ""),
          (HL, "", "Kontrollen är genomförd i december. Praktikavtal saknades för 3 av 28 deltagare;\navtal har upprättats i efterhand.", "")],
         "GENOMFORD", "ja"),
        (kaf, "Ekonomi",
         "Kontroll av att förvaltningens attestförteckning är aktuell och beslutad",
         [(DL, "", "", ""), (HL, "", "", "")],
         "SAKNAS", "nej"),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(["Organisation", "Plan", "Process", "Kontrollmoment", "Period", "Status", "Kommentar",
                    "Avvikelse", "Senast ändrad"])
        d = {DL: "2025-09-15", HL: "2026-01-22"}
        for org, proc, c, pers, _, _ in ctrls:
            for per, stt, com, av in pers:
                w.writerow([org, "Internkontrollplan 2025", proc, c, per, stt, com, av, d[per]])
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", YEAR, "HELAR"))
    FILES.append((fil, "INLAST", "Kompetens- och arbetslivsnämnden", YEAR, "HELAR"))
    exp(fil, "Kultur- och fritidsnämnden", [(c[2], c[4], c[5]) for c in ctrls if c[0] == kff])
    exp(fil, "Kompetens- och arbetslivsnämnden", [(c[2], c[4], c[5]) for c in ctrls if c[0] == kaf])


# ---------------------------------------------------------------------------
# 6. Tekniska nämnden – .xlsx, hidden sheet "2024" with last year's data first,
#    visible (active) sheet "2025" with this year's follow-up
# ---------------------------------------------------------------------------
def f6_tn():
    fil = "TN Internkontroll 2025.xlsx"
    namnd = "Tekniska nämnden"
    rows25 = [
        ("VA", "Kontroll av att VA-anslutningsavgifter debiteras vid nyanslutning enligt VA-taxan", "Årlig",
         "Klar", "Stickprov 12 fastigheter, inga avvikelser.", "GENOMFORD", "nej"),
        ("VA", "Uppföljning av egenkontrollprogrammet för vattenverken (provtagning enligt plan)", "Kvartal",
         "Klar", "Ett prov vid Axvalls vattenverk togs två veckor för sent i juli.", "GENOMFORD", "ja"),
        ("Gata/park", "Kontroll av att entreprenören för vinterväghållning fakturerar enligt avtal", "Årlig",
         "Pågår", "Januari–mars kontrollerat, november–december pågår.", "DELVIS", "nej"),
        ("Fastighet", "Kontroll av att lagstadgade besiktningar (hiss, OVK) utförs i kommunens lokaler", "Årlig",
         "Ej påbörjad", "", "EJ_GENOMFORD", "nej"),
        ("Fastighet", "Stickprov av 10 beställningar på ramavtal – kontroll mot avtalade priser", "Halvår",
         "Utgår", "Ersätts av central avtalstrohetskontroll från KS.", "UTGAR", "nej"),
        ("Avfall", "Kontroll av att kundregistret för renhållning stämmer mot fastighetsregistret", "Årlig",
         "Genomförd med anmärkning", "Avvikelse för 14 fastigheter, rättat i december.", "GENOMFORD", "ja"),
        ("Gata/park", "Kontroll av att grävtillstånd finns för samtliga schakter i kommunal mark", "Årlig",
         "", "", "SAKNAS", "nej"),
    ]
    rows24 = [
        ("VA", "Kontroll av att VA-anslutningsavgifter debiteras vid nyanslutning enligt VA-taxan", "Årlig",
         "Klar", "Inga avvikelser."),
        ("VA", "Uppföljning av egenkontrollprogrammet för vattenverken (provtagning enligt plan)", "Kvartal",
         "Klar", "Inga avvikelser."),
        ("Gata/park", "Kontroll av att entreprenören för vinterväghållning fakturerar enligt avtal", "Årlig",
         "Klar", "Två fakturor med fel timpris, kreditering erhållen."),
        ("Fastighet", "Kontroll av att lagstadgade besiktningar (hiss, OVK) utförs i kommunens lokaler", "Årlig",
         "Klar", "OVK saknades för Djäknegatan 3, beställd."),
        ("Fastighet", "Kontroll av energideklarationer för kommunens byggnader", "Årlig",
         "Pågår", "Sju av elva klara."),
        ("Gata/park", "Kontroll av att grävtillstånd finns för samtliga schakter i kommunal mark", "Årlig",
         "Klar", "Inga avvikelser."),
    ]
    wb = openpyxl.Workbook()
    old = wb.active
    old.title = "2024"
    new = wb.create_sheet("2025")
    hdr = ["Process", "Kontrollmoment", "Frekvens", "Status", "Kommentar"]
    for ws, y, rows in ((old, "2024", rows24), (new, "2025", rows25)):
        ws["A1"] = f"Tekniska nämnden – uppföljning internkontrollplan {y}"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Period: helår"
        for c, h in enumerate(hdr, start=1):
            cell = ws.cell(row=4, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor="2F5597")
        for r, row in enumerate(rows, start=5):
            for c, v in enumerate(row[:5], start=1):
                ws.cell(row=r, column=c, value=v if v != "" else None)
        for col, w in zip("ABCDE", (14, 70, 10, 24, 55)):
            ws.column_dimensions[col].width = w
    old.sheet_state = "hidden"
    wb.active = 1
    old.sheet_view.tabSelected = False
    new.sheet_view.tabSelected = True
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))
    exp(fil, namnd, [(x[1], x[5], x[6]) for x in rows25])


# ---------------------------------------------------------------------------
# 7. Servicenämnden – .xlsx, emoji statuses 🟢🟡🔴, no legend
# ---------------------------------------------------------------------------
def f7_service():
    fil = "Servicenämnden IK-uppföljning 2025.xlsx"
    namnd = "Servicenämnden"
    rows = [
        ("IT", "Kontroll av att IT-behörigheter avslutas inom en vecka efter avslutad anställning", "🟡",
         "Rutinen fungerar för månadsanställda men inte för timanställda – 11 konton var aktiva efter avslut.",
         "IT-chef", "DELVIS", "ja"),
        ("IT", "Kontroll av att säkerhetskopiering av verksamhetssystemen testas genom återläsning", "🟢",
         "Återläsningstest genomfört i maj och november.", "IT-chef", "GENOMFORD", "nej"),
        ("Kost", "Kontroll av att livsmedelsinköp görs inom avtal (avtalstrohet)", "🔴",
         "Ej genomförd, ny kostchef från oktober.", "Kostchef", "EJ_GENOMFORD", "nej"),
        ("Kost", "Kontroll av att specialkoster hanteras enligt rutin i skolköken", "🟢 Klar",
         "Kontrollerat i samtliga sju tillagningskök.", "Kostchef", "GENOMFORD", "nej"),
        ("Lokalvård", "Stickprov av städkvalitet enligt INSTA 800 på 10 enheter", "🟢",
         "8 enheter godkända, 2 enheter under kravnivå – åtgärdsplan upprättad.", "Lokalvårdschef",
         "GENOMFORD", "ja"),
        ("Fordon", "Kontroll av körjournaler för kommunens leasade fordon", "",
         "Genomförd för samtliga 34 fordon, inga avvikelser.", "Fordonssamordnare", "GENOMFORD", "nej"),
        ("Fordon", "Kontroll av drivmedelskort – stickprov av 20 tankningar mot körjournal", "🔴",
         "Kontroll ej utförd.", "Fordonssamordnare", "EJ_GENOMFORD", "nej"),
        ("Kontaktcenter", "Uppföljning av svarstider i kontaktcenter mot servicedeklarationen", "", "",
         "Enhetschef kontaktcenter", "SAKNAS", "nej"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Servicenämnden – Internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Helårsuppföljning"
    hdr = ["Område", "Kontrollmoment", "Utfall", "Kommentar", "Ansvarig"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=4, column=c, value=h).font = Font(bold=True)
    for r, row in enumerate(rows, start=5):
        for c, v in enumerate(row[:5], start=1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            if c == 3:
                cell.alignment = Alignment(horizontal="center")
    for col, w in zip("ABCDE", (14, 70, 10, 60, 24)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))
    exp(fil, namnd, [(x[1], x[5], x[6]) for x in rows])


# ---------------------------------------------------------------------------
# 8. Överförmyndarnämnden – .docx in a two-column page layout, nämnd only in the
#    document's title property (not in the body, not in the file name)
# ---------------------------------------------------------------------------
def f8_ofn():
    fil = "IK-uppföljning helår 2025.docx"
    namnd = "Överförmyndarnämnden"
    rows = [
        ("Kontroll av att samtliga årsräkningar för 2024 granskats senast 31 oktober 2025", "Ja",
         "Samtliga 212 årsräkningar granskade i tid.", "GENOMFORD", "nej"),
        ("Stickprov av 10 arvodesbeslut till ställföreträdare – kontroll mot nämndens riktlinjer", "Ja",
         "Ett arvode var beräknat på fel grund, rättat och återbetalning begärd.", "GENOMFORD", "ja"),
        ("Kontroll av att konton för huvudmän med överförmyndarspärr är spärrade hos banken", "Delvis",
         "Kontrollerat för 40 av 65 huvudmän, resterande i början av 2026.", "DELVIS", "nej"),
        ("Kontroll av att nya ställföreträdare genomgått lämplighetsprövning och utbildning", "Nej",
         "Ej genomförd p.g.a. sjukskrivning på kontoret.", "EJ_GENOMFORD", "nej"),
        ("Kontroll av att beslut delges huvudman och ställföreträdare enligt förvaltningslagen", "", "",
         "SAKNAS", "nej"),
        ("Uppföljning av att förteckningar över huvudmannens tillgångar inkommer inom två månader", "Ja", "",
         "GENOMFORD", "nej"),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Cambria"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sectPr = sec._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    doc.add_paragraph(
        "Nämnden fastställde i januari 2025 en internkontrollplan med sex kontrollmoment. Planen bygger på "
        "den risk- och väsentlighetsanalys som gjordes hösten 2024 och omfattar granskning av redovisning, "
        "arvoden och handläggning av ärenden om godmanskap och förvaltarskap.")
    doc.add_paragraph(
        "Sammantaget bedöms den interna kontrollen som i huvudsak tillräcklig. Två kontrollmoment har inte "
        "genomförts fullt ut och förs över till planen för 2026.")
    doc.add_heading("Resultat per kontrollmoment", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Kontrollmoment", "Utfört", "Iakttagelser")):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for k, s, res, _, _ in rows:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = s
        cells[2].text = res
    for row in t.rows:
        for c, w in zip(row.cells, (Cm(3.6), Cm(1.3), Cm(3.4))):
            c.width = w
    doc.add_paragraph("")
    doc.add_paragraph(
        "Åtgärder: Rutinen för beräkning av arvode har förtydligats. Lämplighetsprövning och utbildning av "
        "nya ställföreträdare följs upp särskilt under första halvåret 2026.")
    doc.add_paragraph("Skara 2026-01-26")
    doc.add_paragraph("Karin Holm, enhetschef")
    doc.core_properties.title = "Överförmyndarnämnden – uppföljning IKP helår 2025"
    doc.core_properties.author = "Karin Holm"
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))
    exp(fil, namnd, [(x[0], x[3], x[4]) for x in rows])


# ---------------------------------------------------------------------------
# 9. Reject: cover letter (följebrev) with no controls
# ---------------------------------------------------------------------------
def f9_letter():
    fil = "Följebrev uppföljning IK Socialnämnden.docx"
    doc = Document()
    doc.add_paragraph("Skara kommun\nSocialförvaltningen")
    doc.add_paragraph("2026-01-28")
    doc.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    doc.add_heading("Översändande av socialnämndens uppföljning av internkontrollplan 2025", level=2)
    doc.add_paragraph(
        "Härmed översänds socialnämndens helårsuppföljning av internkontrollplanen för 2025. "
        "Uppföljningen behandlas av nämnden den 11 februari 2026 och protokollsutdrag skickas efter justering.")
    doc.add_paragraph(
        "Observera att kontrollen av HVB-fakturor kommer att kompletteras när granskningen är klar. "
        "Vid frågor, kontakta undertecknad.")
    doc.add_paragraph("Med vänlig hälsning\nMaria Lindqvist\nSocialchef\n0511-320 00")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, a in [
            ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
            ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
            ("Socialnämnden", "SN|Socialförvaltningen"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
            ("Kompetens- och arbetslivsnämnden", "KAN|Kompetens- och arbetslivsförvaltningen|KAF"),
            ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
            ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
            ("Servicenämnden", "SeN|Serviceförvaltningen"),
            ("Överförmyndarnämnden", "ÖFN|Överförmyndarkontoret|Överförmyndaren"),
            ("Valnämnden", "VN"),
            ("Krisledningsnämnden", "KLN"),
        ]:
            fh.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            fh.write(";".join(r) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            fh.write(";".join(r) + "\n")


if __name__ == "__main__":
    clean_out()
    f1_ks()
    f2_sbn()
    f3_sn()
    f4_bun()
    f5_csv()
    f6_tn()
    f7_service()
    f8_ofn()
    f9_letter()
    write_csvs()
    print(len(FILES), "files.csv rows,", len(EXPECTED), "controls")
