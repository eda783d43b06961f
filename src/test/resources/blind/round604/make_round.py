#!/usr/bin/python3
"""Blind round r604 - Trelleborgs kommun, helår 2025, first year with a new common IK template."""
import csv
import datetime as dt
import os
from email.message import EmailMessage
from email.utils import format_datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2026, 1, 20, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

STATUS_LIST = ["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"]
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")
THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(HERE, name)


def fixed_props(wb):
    wb.properties.creator = "Trelleborgs kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# --------------------------------------------------------------------------
# The common template (Trelleborgs kommun, mall intern kontroll 2025)
# --------------------------------------------------------------------------
BASE_COLS = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"]
WIDTHS = {"Nr": 5, "Process": 20, "Kontrollmoment": 48, "Kontrollmetod": 30, "Ansvarig": 18,
          "Status": 18, "Kommentar": 55, "Åtgärd klar (datum)": 16}


def template_sheet(wb, namnd_value, period_value, rows, cols=None, title=None,
                   add_lists=True, empty_rows=0, header_footer=None):
    """rows: list of dicts keyed by column name, or ('GROUP', text) for process headings."""
    cols = cols or BASE_COLS
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = title or "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd:"
    ws["A2"].font = Font(bold=True)
    ws["C2"] = namnd_value
    ws["A3"] = "Period:"
    ws["A3"].font = Font(bold=True)
    ws["C3"] = period_value
    ws["A4"] = ("Instruktion: Välj status i rullistan (Genomförd, Delvis genomförd, Ej genomförd, Utgår). "
                "Beskriv resultat och eventuella avvikelser i kolumnen Kommentar.")
    ws["A4"].font = Font(italic=True, size=9, color="555555")
    ws.merge_cells("A1:G1")
    ws.merge_cells("A2:B2")
    ws.merge_cells("A3:B3")
    ws.merge_cells("A4:G4")
    hr = 6
    for i, c in enumerate(cols, 1):
        cell = ws.cell(hr, i, c)
        cell.fill = HEAD_FILL
        cell.font = HEAD_FONT
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[cell.column_letter].width = WIDTHS.get(c, 15)
    r = hr + 1
    for row in rows:
        if isinstance(row, tuple) and row[0] == "GROUP":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(cols))
            r += 1
            continue
        for i, c in enumerate(cols, 1):
            v = row.get(c)
            cell = ws.cell(r, i, v)
            cell.border = BORDER
            cell.alignment = WRAP
            if isinstance(v, dt.date):
                cell.number_format = "yyyy-mm-dd"
        r += 1
    for _ in range(empty_rows):
        for i in range(1, len(cols) + 1):
            ws.cell(r, i).border = BORDER
        r += 1
    last = r - 1
    if "Status" in cols:
        sc = ws.cell(hr, cols.index("Status") + 1).column_letter
        if add_lists:
            lst = wb.create_sheet("Listor")
            lst["A1"] = "Statusval"
            for k, s in enumerate(STATUS_LIST, 2):
                lst.cell(k, 1, s)
            lst.sheet_state = "hidden"
            dv = DataValidation(type="list", formula1="Listor!$A$2:$A$5", allow_blank=True)
        else:
            dv = DataValidation(type="list", formula1='"' + ",".join(STATUS_LIST) + '"', allow_blank=True)
        dv.add(f"{sc}{hr + 1}:{sc}{max(last, hr + 1)}")
        ws.add_data_validation(dv)
    ws.freeze_panes = ws.cell(hr + 1, 1)
    ws.page_setup.orientation = "landscape"
    if header_footer:
        ws.oddHeader.center.text = header_footer
    return ws


def add_expected(fil, namnd, rows, status_key="exp"):
    for row in rows:
        if isinstance(row, tuple):
            continue
        EXPECTED.append((fil, namnd, row["Kontrollmoment"], row["exp"], row["avv"]))


# --------------------------------------------------------------------------
# 1. Kommunstyrelsen - template used as intended (easy)
# --------------------------------------------------------------------------
def f1():
    fil = "IK-uppföljning helår 2025 Kommunstyrelsen.xlsx"
    rows = [
        dict(Nr=1, Process="Ekonomi", Kontrollmoment="Attest av leverantörsfakturor enligt attestordningen",
             Kontrollmetod="Stickprov 30 fakturor", Ansvarig="Ekonomichef", Status="Genomförd",
             Kommentar="Inga avvikelser.", exp="GENOMFORD", avv="nej"),
        dict(Nr=2, Process="Ekonomi", Kontrollmoment="Representation och förtroendekänsliga poster följer riktlinjen",
             Kontrollmetod="Stickprov 25 verifikationer", Ansvarig="Controller", Status="Genomförd",
             Kommentar="3 av 25 verifikationer saknade deltagarförteckning. Återkoppling till berörda chefer.",
             exp="GENOMFORD", avv="ja"),
        dict(Nr=3, Process="Upphandling", Kontrollmoment="Direktupphandlingar över 100 tkr är dokumenterade",
             Kontrollmetod="Genomgång av inköpsrapport", Ansvarig="Upphandlingschef", Status="Delvis genomförd",
             Kommentar="Kontroll gjord för januari–juni, inga avvikelser i granskat urval. Andra halvåret granskas i februari 2026.",
             exp="DELVIS", avv="nej"),
        dict(Nr=4, Process="HR/Lön", Kontrollmoment="Nyanställda är korrekt registrerade i lönesystemet innan första utbetalning",
             Kontrollmetod="Stickprov 20 anställningar", Ansvarig="HR-chef", Status="Genomförd",
             Kommentar="Inga avvikelser.", exp="GENOMFORD", avv="nej"),
        dict(Nr=5, Process="IT", Kontrollmoment="Behörigheter i ekonomisystemet avslutas vid avslutad anställning",
             Kontrollmetod="Jämförelse behörighetslista mot personalregister", Ansvarig="IT-chef", Status="Ej genomförd",
             Kommentar="Kontrollen kunde inte genomföras p.g.a. byte av ekonomisystem under hösten. Flyttas till 2026.",
             exp="EJ_GENOMFORD", avv=""),
        dict(Nr=6, Process="Informationssäkerhet", Kontrollmoment="Registerförteckning enligt dataskyddsförordningen är uppdaterad",
             Kontrollmetod="Genomgång av förteckningen", Ansvarig="Dataskyddssamordnare", Status=None,
             Kommentar="Ingen kontroll utförd under året.", exp="EJ_GENOMFORD", avv=""),
        dict(Nr=7, Process="Säkerhet och beredskap", Kontrollmoment="Krisledningsplanen är reviderad och övad",
             Kontrollmetod="Dokumentgranskning", Ansvarig="Säkerhetschef", Status="Utgår",
             Kommentar="Utgår enligt KS beslut 2025-05-14 § 98, ersätts av ny plan för civilt försvar.",
             exp="UTGAR", avv=""),
        dict(Nr=8, Process="Dokumenthantering", Kontrollmoment="Inkommande handlingar diarieförs inom två arbetsdagar",
             Kontrollmetod="Stickprov 40 ärenden", Ansvarig="Kanslichef", Status="Genomförd",
             Kommentar="6 av 40 handlingar diarieförda senare än två arbetsdagar. Påminnelse till registratorer.",
             exp="GENOMFORD", avv="ja"),
    ]
    wb = Workbook()
    template_sheet(wb, "Kommunstyrelsen", "Helår 2025", rows, empty_rows=4)
    ins = wb.create_sheet("Instruktion", 0)
    ins["A1"] = "Instruktion till mallen för uppföljning av intern kontroll 2025"
    ins["A1"].font = Font(bold=True)
    ins["A3"] = "1. Fyll i nämnd och period överst på bladet Uppföljning."
    ins["A4"] = "2. Välj status för varje kontrollmoment i rullistan."
    ins["A5"] = "3. Beskriv utfallet och eventuella avvikelser i kolumnen Kommentar."
    ins["A6"] = "4. Skicka filen till ekonomiavdelningen senast 2026-01-31."
    wb.active = 1
    fixed_props(wb)
    wb.save(p(fil))
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))
    add_expected(fil, "Kommunstyrelsen", rows)


# --------------------------------------------------------------------------
# 2. Utbildningsnämnden - status column left blank, everything in Kommentar
# --------------------------------------------------------------------------
def f2():
    fil = "Uppföljning IK 2025 UN.xlsx"
    rows = [
        dict(Nr=1, Process="Ekonomi", Kontrollmoment="Attest av leverantörsfakturor enligt attestordningen",
             Kontrollmetod="Stickprov 25 fakturor", Ansvarig="Controller",
             Kommentar="Genomförd. 25 fakturor kontrollerade, inga avvikelser.", exp="GENOMFORD", avv="nej"),
        dict(Nr=2, Process="Skolskjuts", Kontrollmoment="Beslut om skolskjuts fattas enligt delegationsordningen",
             Kontrollmetod="Stickprov 15 beslut", Ansvarig="Skolskjutssamordnare",
             Kommentar="Kontrollen genomförd med anmärkning: 2 beslut saknade angiven delegat.",
             exp="GENOMFORD", avv="ja"),
        dict(Nr=3, Process="Trygghet och studiero",
             Kontrollmoment="Anmälan om kränkande behandling skickas till huvudman inom en vecka",
             Kontrollmetod="Uppföljning i DF Respons", Ansvarig="Verksamhetschef grundskola",
             Kommentar="Kontroll pågår. Vårterminen granskad, sammanställning av höstterminen klar i januari.",
             exp="DELVIS", avv=""),
        dict(Nr=4, Process="Förskola", Kontrollmoment="Placering i förskola erbjuds inom fyra månader från ansökan",
             Kontrollmetod="Rapport ur placeringssystemet", Ansvarig="Placeringshandläggare",
             Kommentar="Genomförd utan avvikelser", exp="GENOMFORD", avv="nej"),
        dict(Nr=5, Process="Betyg", Kontrollmoment="Betygskataloger signeras och arkiveras enligt rutin",
             Kontrollmetod="Genomgång på samtliga högstadieskolor", Ansvarig="Rektorer",
             Kommentar="Ej genomförd – resursbrist hos rektorerna under hösten, flyttas till internkontrollplan 2026.",
             exp="EJ_GENOMFORD", avv=""),
        dict(Nr=6, Process="Avgifter", Kontrollmoment="Debitering av förskoleavgift enligt maxtaxa",
             Kontrollmetod="Stickprov 30 hushåll", Ansvarig="Avgiftshandläggare",
             Kommentar="Se bilaga 2", exp="OKLAR", avv=""),
        dict(Nr=7, Process="Elevhälsa", Kontrollmoment="Elevhälsans journalföring sker enligt patientdatalagen",
             Kontrollmetod="Loggkontroll i journalsystem", Ansvarig="Chef elevhälsa",
             Kommentar=None, exp="SAKNAS", avv=""),
        dict(Nr=8, Process="Inköp", Kontrollmoment="Inköp av läromedel sker från avtalade leverantörer",
             Kontrollmetod="Leverantörsreskontra jämförs mot avtalsdatabas", Ansvarig="Controller",
             Kommentar="Genomförd. 4 av 20 inköp gjordes utanför avtal (avtalstrohet 80 %).",
             exp="GENOMFORD", avv="ja"),
    ]
    wb = Workbook()
    template_sheet(wb, "Utbildningsnämnden", "Helår", rows, empty_rows=2)
    fixed_props(wb)
    wb.save(p(fil))
    FILES.append((fil, "INLAST", "Utbildningsnämnden", "2025", "HELAR"))
    add_expected(fil, "Utbildningsnämnden", rows)


# --------------------------------------------------------------------------
# 3. Socialnämnden - status typed at the start of Kommentar, Status empty,
#    process group rows merged across
# --------------------------------------------------------------------------
def f3():
    fil = "SN internkontroll helår 2025.xlsx"
    rows = [
        ("GROUP", "Myndighetsutövning"),
        dict(Nr="1.1", Process="Barn och unga", Kontrollmoment="Utredningar inom barn och unga avslutas inom fyra månader",
             Kontrollmetod="Stickprov i Treserva", Ansvarig="Enhetschef BoU",
             Kommentar="Delvis genomförd\nGranskat 30 av planerade 60 utredningar. 5 överskred fyra månader.",
             exp="DELVIS", avv="ja"),
        dict(Nr="1.2", Process="Ekonomiskt bistånd",
             Kontrollmoment="Beslut om försörjningsstöd fattas enligt delegationsordningen",
             Kontrollmetod="Stickprov 20 beslut", Ansvarig="Enhetschef EB",
             Kommentar="Genomförd\nInga avvikelser.", exp="GENOMFORD", avv="nej"),
        dict(Nr="1.3", Process="Barn och unga", Kontrollmoment="Förhandsbedömning av orosanmälan görs inom 14 dagar",
             Kontrollmetod="Rapport ur Treserva", Ansvarig="Enhetschef mottagning",
             Kommentar="Genomförd\n12 av 80 bedömningar tog mer än 14 dagar. Åtgärdsplan framtagen.",
             exp="GENOMFORD", avv="ja"),
        ("GROUP", "Ekonomi"),
        dict(Nr="2.1", Process="Ekonomiskt bistånd",
             Kontrollmoment="Utbetalning av försörjningsstöd stäms av mot beviljat beslut",
             Kontrollmetod="Stickprov 30 utbetalningar", Ansvarig="Controller",
             Kommentar="Genomförd", exp="GENOMFORD", avv=""),
        dict(Nr="2.2", Process="Familjehem", Kontrollmoment="Ersättning till familjehem följer SKR:s riktlinjer",
             Kontrollmetod="Genomgång av samtliga uppdragsavtal", Ansvarig="Enhetschef familjehem",
             Kommentar="Ej genomförd\nSkjuts till 2026 på grund av omorganisation.", exp="EJ_GENOMFORD", avv=""),
        ("GROUP", "Vård och omsorg"),
        dict(Nr="3.1", Process="Särskilt boende", Kontrollmoment="Signeringslistor för läkemedel är kompletta",
             Kontrollmetod="Egenkontroll MAS", Ansvarig="MAS",
             Kommentar="Genomförd\nAvvikelser på två enheter, handlingsplan upprättad.", exp="GENOMFORD", avv="ja"),
        dict(Nr="3.2", Process="Kvalitet", Kontrollmoment="Lex Sarah-rapporter utreds och anmäls till IVO inom tidsfrist",
             Kontrollmetod="Genomgång av ärendelogg", Ansvarig="Kvalitetsstrateg",
             Kommentar="Utgår\nKontrollen har flyttats till kvalitetsledningssystemet.", exp="UTGAR", avv=""),
        dict(Nr="3.3", Process="Hemtjänst", Kontrollmoment="Kvittens av nycklar och nyckelbrickor inom hemtjänsten",
             Kontrollmetod="Kontroll av kvittenslistor", Ansvarig="Enhetschefer hemtjänst",
             Kommentar="Delvis\nKvittenslistor kontrollerade i 3 av 5 hemtjänstområden, inga brister hittills.",
             exp="DELVIS", avv="nej"),
        dict(Nr="3.4", Process="Avgifter", Kontrollmoment="Avgiftsbeslut inom äldreomsorgen är korrekt beräknade",
             Kontrollmetod="Stickprov 25 beslut", Ansvarig="Avgiftshandläggare",
             Kommentar=None, exp="SAKNAS", avv=""),
    ]
    wb = Workbook()
    template_sheet(wb, "Socialnämnden", "Helår 2025", rows, add_lists=False)
    ws = wb.active
    ws.row_dimensions[1].height = 22
    fixed_props(wb)
    wb.save(p(fil))
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "HELAR"))
    add_expected(fil, "Socialnämnden", rows)


# --------------------------------------------------------------------------
# 4. Arbetsmarknadsnämnden - Status column deleted
# --------------------------------------------------------------------------
def f4():
    fil = "AMN uppföljning internkontroll 2025.xlsx"
    cols = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Kommentar"]
    rows = [
        dict(Nr=1, Process="Ekonomi", Kontrollmoment="Attest av leverantörsfakturor enligt attestordningen",
             Kontrollmetod="Stickprov 20 fakturor", Ansvarig="Ekonom",
             Kommentar="Kontroll genomförd i oktober, inga fel hittades.", exp="GENOMFORD", avv="nej"),
        dict(Nr=2, Process="Stöd till arbetsgivare",
             Kontrollmoment="Utbetalning av anställningsstöd sker mot inlämnad tidrapport",
             Kontrollmetod="Stickprov 15 ärenden", Ansvarig="Enhetschef arbetsmarknad",
             Kommentar="Genomförd. 3 ärenden saknade tidrapport, återkrav har initierats.",
             exp="GENOMFORD", avv="ja"),
        dict(Nr=3, Process="Dokumentation",
             Kontrollmoment="Deltagarregistrering i verksamhetssystemet är aktuell",
             Kontrollmetod="Jämförelse närvarolistor mot system", Ansvarig="Enhetschef",
             Kommentar="Pågår. Hälften av urvalet genomgånget vid årsskiftet.", exp="DELVIS", avv=""),
        dict(Nr=4, Process="Praktik", Kontrollmoment="Avtal med praktikanordnare finns innan praktiken startar",
             Kontrollmetod="Stickprov 10 praktikplatser", Ansvarig="Arbetsmarknadskonsulent",
             Kommentar="Inte gjord under året.", exp="EJ_GENOMFORD", avv=""),
        dict(Nr=5, Process="Kontanthantering", Kontrollmoment="Kassaavstämning i kaffeserveringen på Verkstan",
             Kontrollmetod="Månatlig avstämning", Ansvarig="Arbetsledare",
             Kommentar="Verksamheten avvecklades i mars 2025 – kontrollen är inte längre aktuell.",
             exp="UTGAR", avv=""),
        dict(Nr=6, Process="Vuxenutbildning",
             Kontrollmoment="Upphandlade utbildningsanordnare redovisar närvaro enligt avtal",
             Kontrollmetod="Avtalsuppföljning", Ansvarig="Rektor vuxenutbildning",
             Kommentar="Genomförd med avvikelse: en anordnare redovisade inte närvaro enligt avtal. Dialog förd.",
             exp="GENOMFORD", avv="ja"),
        dict(Nr=7, Process="Diarieföring", Kontrollmoment="Allmänna handlingar registreras i diariet",
             Kontrollmetod="Stickprov 20 handlingar", Ansvarig="Nämndsekreterare",
             Kommentar="Genomförd utan avvikelser.", exp="GENOMFORD", avv="nej"),
    ]
    wb = Workbook()
    template_sheet(wb, "Arbetsmarknadsförvaltningen", "Helår", rows, cols=cols,
                   title="Uppföljning av internkontrollplan 2025 – Arbetsmarknadsförvaltningen")
    ws = wb.active
    ws["A4"] = "Status framgår av kommentaren."
    ws["A16"] = "Sammanfattning: 4 av 7 kontroller genomförda."
    ws["A16"].font = Font(italic=True)
    fixed_props(wb)
    wb.save(p(fil))
    FILES.append((fil, "INLAST", "Arbetsmarknadsnämnden", "2025", "HELAR"))
    add_expected(fil, "Arbetsmarknadsnämnden", rows)


# --------------------------------------------------------------------------
# 5. Samhällsbyggnadsnämnden - added column "Åtgärd klar (datum)",
#    nämnd cell left blank, nämnd only in print header + file name alias
# --------------------------------------------------------------------------
def f5():
    fil = "IK helår 2025 SBN.xlsx"
    cols = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar",
            "Åtgärd klar (datum)"]
    rows = [
        dict(Nr=1, Process="Bygglov", Kontrollmoment="Bygglov handläggs inom tio veckor enligt PBL",
             Kontrollmetod="Rapport ur ärendesystemet", Ansvarig="Bygglovschef", Status="Genomförd",
             Kommentar="3 av 40 ärenden överskred tio veckor. Rutin för tidsplanering ses över.",
             **{"Åtgärd klar (datum)": dt.date(2026, 2, 28)}, exp="GENOMFORD", avv="ja"),
        dict(Nr=2, Process="Bygglov", Kontrollmoment="Bygglovsavgifter debiteras enligt gällande taxa",
             Kontrollmetod="Stickprov 25 beslut", Ansvarig="Bygglovschef", Status="Genomförd",
             Kommentar="Inga avvikelser.", exp="GENOMFORD", avv="nej"),
        dict(Nr=3, Process="Nämndadministration", Kontrollmoment="Delegationsbeslut anmäls till nämnden",
             Kontrollmetod="Jämförelse beslutslista mot protokoll", Ansvarig="Nämndsekreterare",
             Status="Delvis genomförd", Kommentar="Kontroll gjord för T1 och T2, T3 återstår.",
             **{"Åtgärd klar (datum)": dt.date(2026, 1, 31)}, exp="DELVIS", avv=""),
        dict(Nr=4, Process="Exploatering", Kontrollmoment="Exploateringsavtal följs upp mot ekonomiska villkor",
             Kontrollmetod="Genomgång av pågående avtal", Ansvarig="Exploateringschef", Status="Ej genomförd",
             Kommentar="Ej påbörjad.", **{"Åtgärd klar (datum)": dt.date(2026, 6, 30)},
             exp="EJ_GENOMFORD", avv=""),
        dict(Nr=5, Process="Mark", Kontrollmoment="Markanvisningar sker enligt antagna riktlinjer",
             Kontrollmetod="Genomgång av markanvisningsavtal", Ansvarig="Markchef", Status="Utgår",
             Kommentar="Inga markanvisningar har gjorts under 2025.", exp="UTGAR", avv=""),
        dict(Nr=6, Process="Ekonomi", Kontrollmoment="Attest av leverantörsfakturor enligt attestordningen",
             Kontrollmetod="Stickprov 30 fakturor", Ansvarig="Controller", Status="Genomförd",
             Kommentar="Två fakturor saknade attest, rättat.",
             **{"Åtgärd klar (datum)": dt.date(2025, 11, 15)}, exp="GENOMFORD", avv="ja"),
        dict(Nr=7, Process="Lantmäteri", Kontrollmoment="Förrättningar faktureras enligt taxa",
             Kontrollmetod="Stickprov 15 förrättningar", Ansvarig="Lantmätarchef", Status=None,
             Kommentar="Genomförd, faktureringen korrigerad för två förrättningar.",
             **{"Åtgärd klar (datum)": dt.date(2025, 12, 10)}, exp="GENOMFORD", avv="ja"),
        dict(Nr=8, Process="GIS", Kontrollmoment="Behörigheter till kartsystemet ses över årligen",
             Kontrollmetod="Behörighetslista", Ansvarig="GIS-samordnare", Status="Genomförd",
             Kommentar=None, exp="GENOMFORD", avv=""),
    ]
    wb = Workbook()
    template_sheet(wb, None, "Helår 2025", rows, cols=cols,
                   header_footer="Samhällsbyggnadsnämnden – Internkontroll helår 2025")
    fixed_props(wb)
    wb.save(p(fil))
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "HELAR"))
    add_expected(fil, "Samhällsbyggnadsnämnden", rows)


# --------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden - Word, template table copied, statuses in CAPS
# --------------------------------------------------------------------------
def f6():
    fil = "KFN uppföljning intern kontroll 2025.docx"
    rows = [
        dict(Nr="1", Process="Kassahantering", Kontrollmoment="Dagsavstämning av kassor på bibliotek och Söderslättsbadet",
             Ansvarig="Enhetschef", Status="GENOMFÖRD", Kommentar="Inga differenser över 100 kr.",
             exp="GENOMFORD", avv="nej"),
        dict(Nr="2", Process="Bidrag", Kontrollmoment="Föreningsbidrag betalas ut enligt bidragsreglerna",
             Ansvarig="Föreningskonsulent", Status="GENOMFÖRD",
             Kommentar="2 föreningar fick bidrag utan inlämnad årsredovisning. Bidragen återkrävs.",
             exp="GENOMFORD", avv="ja"),
        dict(Nr="3", Process="Lokalbokning", Kontrollmoment="Externa hyresgäster faktureras för bokade lokaler",
             Ansvarig="Bokningsansvarig", Status="EJ KLAR",
             Kommentar="Hälften av stickproven granskade, resten klart i februari 2026.",
             exp="DELVIS", avv=""),
        dict(Nr="4", Process="Konst", Kontrollmoment="Inventarieförteckning för den kommunala konstsamlingen är uppdaterad",
             Ansvarig="Konstintendent", Status="EJ KLAR",
             Kommentar="Ej påbörjad på grund av vakans på tjänsten som konstintendent.",
             exp="EJ_GENOMFORD", avv=""),
        dict(Nr="5", Process="Ekonomi", Kontrollmoment="Attest av leverantörsfakturor enligt attestordningen",
             Ansvarig="Controller", Status="GENOMFÖRD", Kommentar="Inga avvikelser.",
             exp="GENOMFORD", avv="nej"),
        dict(Nr="6", Process="Bidrag", Kontrollmoment="Studieförbundens redovisning av bidrag kontrolleras",
             Ansvarig="Kultursekreterare", Status="UTGÅR",
             Kommentar="Ansvaret överfört till kommunstyrelsen från 2025.", exp="UTGAR", avv=""),
        dict(Nr="7", Process="Tillstånd", Kontrollmoment="Tillstånd finns för servering vid kommunens evenemang",
             Ansvarig="Evenemangssamordnare", Status="", Kommentar="", exp="SAKNAS", avv=""),
        dict(Nr="8", Process="Avgifter", Kontrollmoment="Simskoleavgifter debiteras enligt taxa",
             Ansvarig="Badchef", Status="GENOMFÖRD MED ANMÄRKNING",
             Kommentar="Rabatt gavs utan beslut i fyra fall.", exp="GENOMFORD", avv="ja"),
    ]
    doc = Document()
    doc.core_properties.author = "Kultur- och fritidsförvaltningen"
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    doc.add_heading("Kultur- och fritidsnämnden", level=1)
    doc.add_paragraph("Uppföljning av internkontrollplan – helår 2025").runs[0].bold = True
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 i februari 2025. Nedan redovisas utfallet för helåret. "
        "Tabellen är kopierad från kommunens gemensamma mall. Av åtta kontrollmoment har fyra genomförts, "
        "varav två med anmärkning.")
    cols = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        t.rows[0].cells[i].text = c
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, c in enumerate(cols):
            cells[i].text = row[c]
    doc.add_paragraph("")
    doc.add_paragraph("Förbättringsåtgärder: Rutinen för föreningsbidrag skärps inför 2026 så att utbetalning "
                      "sker först när årsredovisning inkommit.")
    doc.add_paragraph("Trelleborg 2026-01-20")
    doc.add_paragraph("Anna Lindqvist\nFörvaltningschef, kultur- och fritidsförvaltningen")
    for para in doc.paragraphs:
        for r in para.runs:
            r.font.size = Pt(11)
    doc.save(p(fil))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))
    add_expected(fil, "Kultur- och fritidsnämnden", rows)


# --------------------------------------------------------------------------
# 7. Stratsys CSV export: Tekniska förvaltningen + Överförmyndarnämnden,
#    status per tertial, cp1252, title line
# --------------------------------------------------------------------------
def f7():
    fil = "Stratsys_export_IK_2025.csv"
    head = ["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Status T1", "Status T2",
            "Status Helår", "Kommentar"]
    data = [
        ("Tekniska förvaltningen", "Tekniska nämnden", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Controller", "Klar", "Klar", "Klar", "Inga avvikelser", "GENOMFORD", "nej"),
        ("Tekniska förvaltningen", "Tekniska nämnden", "Fordon", "Körjournaler förs för samtliga fordon i bilpoolen",
         "Fordonssamordnare", "Pågår", "Pågår", "Klar", "Körjournal saknades för 5 resor, påminnelse skickad",
         "GENOMFORD", "ja"),
        ("Tekniska förvaltningen", "Tekniska nämnden", "Avfall", "Avfallsabonnemang debiteras enligt avfallstaxan",
         "Avfallschef", "Ej påbörjad", "Pågår", "", "", "DELVIS", ""),
        ("Tekniska förvaltningen", "Tekniska nämnden", "Gata/park", "Drift- och underhållsavtal för gata och park följs upp",
         "Driftchef", "Ej påbörjad", "Ej påbörjad", "Ej påbörjad", "Resursbrist, prioriteras 2026",
         "EJ_GENOMFORD", ""),
        ("Tekniska förvaltningen", "Tekniska nämnden", "Måltid", "Kostavgifter för skolrestauranger debiteras korrekt",
         "Kostchef", "", "", "Ej aktuell", "Ansvaret flyttat till serviceförvaltningen", "UTGAR", ""),
        ("Tekniska förvaltningen", "Tekniska nämnden", "Inköp", "Livsmedel köps in från avtalade leverantörer",
         "Kostchef", "Klar", "", "Klar", "Avtalstrohet 94 %, två avvikande inköp påtalade", "GENOMFORD", "ja"),
        ("Överförmyndarnämnden", "Överförmyndarnämnden", "Tillsyn", "Årsräkningar granskas inom sex månader",
         "Enhetschef", "Pågår", "Pågår", "Klar", "Samtliga 412 årsräkningar granskade utan anmärkning",
         "GENOMFORD", "nej"),
        ("Överförmyndarnämnden", "Överförmyndarnämnden", "Arvoden", "Arvoden till ställföreträdare beslutas enligt riktlinje",
         "Handläggare", "Klar", "Klar", "Klar", "", "GENOMFORD", ""),
        ("Överförmyndarnämnden", "Överförmyndarnämnden", "Tillsyn", "Förteckningar inkommer inom två månader",
         "Handläggare", "", "", "", "", "SAKNAS", ""),
    ]
    with open(p(fil), "w", encoding="cp1252", newline="") as fh:
        fh.write("Rapport: Intern kontroll 2025 - uppföljning;;;;;;;\r\n")
        fh.write("Utskriven 2026-01-22;;;;;;;\r\n")
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        w.writerow(head)
        for d in data:
            w.writerow([d[0], d[2], d[3], d[4], d[5], d[6], d[7], d[8]])
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Överförmyndarnämnden", "2025", "HELAR"))
    for d in data:
        EXPECTED.append((fil, d[1], d[3], d[9], d[10]))


# --------------------------------------------------------------------------
# 8. Miljö- och hälsoskyddsnämnden - e-mail (.eml) with table in body
# --------------------------------------------------------------------------
def f8():
    fil = "Uppföljning internkontroll helår 2025 - MHN.eml"
    rows = [
        ("Tillsynsavgifter debiteras enligt fastställd taxa", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Planerade livsmedelsinspektioner genomförs enligt kontrollplanen", "Delvis genomförd",
         "82 % av planerade inspektioner utförda.", "DELVIS", ""),
        ("Klagomålsärenden handläggs inom fyra veckor", "Genomförd",
         "4 av 30 ärenden överskred fyra veckor.", "GENOMFORD", "ja"),
        ("Handläggare redovisar bisysslor och eventuellt jäv", "Ej genomförd", "Skjuts till 2026.",
         "EJ_GENOMFORD", ""),
        ("Delegationsbeslut anmäls till nämnden", "Genomförd", "", "GENOMFORD", ""),
        ("Attest av leverantörsfakturor enligt attestordningen", "",
         "Kontrollen gjordes av kommunledningsförvaltningens ekonomienhet, se deras rapport.", "OKLAR", ""),
    ]
    plain = ["Hej!", "",
             "Här kommer Miljö- och hälsoskyddsnämndens uppföljning av internkontrollplanen för helår 2025.",
             "Vi fick inte rullistan i den nya mallen att fungera, så vi skickar uppföljningen direkt i mejlet.", "",
             "Kontrollmoment | Status | Kommentar"]
    for k, s, c, _, _ in rows:
        plain.append(f"{k} | {s} | {c}")
    plain += ["", "Ärendet behandlas på nämndens sammanträde 2026-02-11.", "",
              "Med vänlig hälsning", "Karin Möller", "Miljöchef, Miljöförvaltningen", "Trelleborgs kommun"]
    html = ["<html><body style=\"font-family:Calibri,sans-serif\">", "<p>Hej!</p>",
            "<p>Här kommer Miljö- och hälsoskyddsnämndens uppföljning av internkontrollplanen för helår 2025.<br>"
            "Vi fick inte rullistan i den nya mallen att fungera, så vi skickar uppföljningen direkt i mejlet.</p>",
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">",
            "<tr><th>Kontrollmoment</th><th>Status</th><th>Kommentar</th></tr>"]
    for k, s, c, _, _ in rows:
        html.append(f"<tr><td>{k}</td><td>{s}</td><td>{c}</td></tr>")
    html += ["</table>", "<p>Ärendet behandlas på nämndens sammanträde 2026-02-11.</p>",
             "<p>Med vänlig hälsning<br>Karin Möller<br>Miljöchef, Miljöförvaltningen<br>Trelleborgs kommun</p>",
             "</body></html>"]
    msg = EmailMessage()
    msg["From"] = "Karin Möller <karin.moller@trelleborg.se>"
    msg["To"] = "ekonomiavdelningen@trelleborg.se"
    msg["Subject"] = "Uppföljning internkontroll helår 2025 - Miljö- och hälsoskyddsnämnden"
    msg["Date"] = format_datetime(dt.datetime(2026, 1, 23, 14, 12, tzinfo=dt.timezone(dt.timedelta(hours=1))))
    msg["Message-ID"] = "<20260123141200.4711@trelleborg.se>"
    msg.set_content("\n".join(plain) + "\n")
    msg.add_alternative("\n".join(html) + "\n", subtype="html")
    msg.set_boundary("----=_Part_r604_20260123")
    with open(p(fil), "wb") as fh:
        fh.write(bytes(msg))
    FILES.append((fil, "INLAST", "Miljö- och hälsoskyddsnämnden", "2025", "HELAR"))
    for k, s, c, e, a in rows:
        EXPECTED.append((fil, "Miljö- och hälsoskyddsnämnden", k, e, a))


# --------------------------------------------------------------------------
# 9. Rejected: empty copy of the template
# --------------------------------------------------------------------------
def f9():
    fil = "Mall uppföljning intern kontroll 2025.xlsx"
    wb = Workbook()
    template_sheet(wb, None, "Helår 2025", [], add_lists=False, empty_rows=12)
    fixed_props(wb)
    wb.save(p(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Utbildningsnämnden", "UN|Utbildningsförvaltningen|UBF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknadsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Revisionen", "Kommunrevisionen|Revisorerna"),
    ]
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, a in reg:
            fh.write(f"{n};{a}\n")
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            fh.write(";".join(r) + "\n")
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            assert ";" not in r[2] and "\n" not in r[2]
            fh.write(";".join(r) + "\n")


if __name__ == "__main__":
    for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9):
        f()
    registers()
    print(len(FILES), "file rows,", len(EXPECTED), "controls")
