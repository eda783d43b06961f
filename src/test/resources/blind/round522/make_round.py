#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r522 - Skövde kommun, delår 2025 (jan-aug).

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import glob
import io
import os
import shutil
import subprocess

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round522"
FIXED = datetime.datetime(2025, 9, 12, 9, 30, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def clean_old():
    keep = {"make_round.py", "README.md"}
    for p in glob.glob(os.path.join(OUT, "*")) + glob.glob(os.path.join(OUT, ".~lock*")):
        if os.path.basename(p) in keep:
            continue
        if os.path.isfile(p):
            os.remove(p)


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def set_wb_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def set_doc_props(d, author, title):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Stratsys-export (CSV) with three nämnder
# ---------------------------------------------------------------------------
def make_stratsys_csv():
    fil = "Stratsys_export_internkontroll_2025-09-08.csv"
    header = ["Nämnd", "Process", "Risk", "Kontrollmoment", "Riskvärde", "Kontrollansvarig",
              "Frekvens", "Rapporteringsperiod", "Status", "Kommentar", "Senast ändrad", "Ändrad av"]
    P = "Delår 2025 (jan-aug)"
    rows = [
        # Kommunstyrelsen
        ("Kommunstyrelsen", "Ekonomiadministration",
         "Felaktiga utbetalningar till leverantörer",
         "Attest av leverantörsfakturor enligt attestordningen", "8", "Redovisningschef",
         "Två gånger per år", P, "Genomförd",
         "Stickprov om 30 fakturor för perioden januari–juni. Samtliga fakturor attesterade av behörig attestant enligt attestordningen. Inga avvikelser.",
         "2025-08-28", "Maria Holm", "GENOMFORD", "nej"),
        ("Kommunstyrelsen", "Ekonomiadministration",
         "Representation som inte följer riktlinjerna",
         "Kontroll av representation och interna möten mot riktlinjer för representation", "6",
         "Controller KLF", "En gång per år", P, "Genomförd med avvikelse",
         "20 verifikat granskade. I 3 fall saknades uppgift om deltagare och syfte.\nPåminnelse om riktlinjerna har skickats till samtliga chefer inom förvaltningen.",
         "2025-08-29", "Maria Holm", "GENOMFORD", "ja"),
        ("Kommunstyrelsen", "Upphandling och inköp",
         "Inköp görs utanför avtal (bristande avtalstrohet)",
         "Inköp sker från avtalade leverantörer (avtalstrohet)", "12", "Upphandlingschef",
         "Två gånger per år", P, "Pågående",
         "Spendanalys för jan–jun är beställd från inköpsanalysverktyget. Analysen pågår och resultatet redovisas i helårsuppföljningen.",
         "2025-09-02", "Jonas Ek", "DELVIS", ""),
        ("Kommunstyrelsen", "Informationssäkerhet",
         "Obehöriga har kvar behörighet i verksamhetssystem",
         "Behörigheter i ekonomisystemet Raindance gås igenom och avslutas för personal som slutat",
         "9", "Systemförvaltare ekonomi", "En gång per år", P, "Genomförd",
         "Genomgång gjord i maj. Fyra användarkonton som skulle ha avslutats var fortfarande aktiva; de har nu spärrats och rutinen för avslut har förtydligats med HR.",
         "2025-06-12", "Lena Strand", "GENOMFORD", "ja"),
        ("Kommunstyrelsen", "Personal",
         "Bisysslor som är förtroendeskadliga upptäcks inte",
         "Kontroll att bisysslor har anmälts och prövats av närmaste chef", "6", "HR-chef",
         "En gång per år", P, "Ej påbörjad",
         "Planeras till oktober i samband med medarbetarsamtalen.",
         "2025-09-01", "Petra Lund", "EJ_GENOMFORD", ""),
        ("Kommunstyrelsen", "Dokument- och ärendehantering",
         "Allmänna handlingar registreras inte i tid",
         "Kontroll av att diarieföring av inkomna handlingar sker inom tre arbetsdagar", "4",
         "Kanslichef", "En gång per år", P, "",
         "Kontrollen genomförd i juni. 50 slumpvis utvalda ärenden, samtliga diarieförda inom tre arbetsdagar. Inga avvikelser.",
         "2025-06-30", "Kim Berg", "GENOMFORD", "nej"),
        # Kultur- och fritidsnämnden
        ("Kultur- och fritidsnämnden", "Bidragshantering",
         "Bidrag betalas ut på felaktiga grunder",
         "Kontroll av att föreningsbidrag betalas ut enligt beslutade regler", "9",
         "Föreningskonsulent", "Två gånger per år", P, "Genomförd",
         "Samtliga 42 aktivitetsbidrag för vårterminen kontrollerade mot närvarounderlag (LOK-stöd). Inga avvikelser.",
         "2025-08-20", "Sara Nyberg", "GENOMFORD", "nej"),
        ("Kultur- och fritidsnämnden", "Kontanthantering",
         "Förskingring eller fel i kassan",
         "Kassahantering i receptionen på Arena Skövde – dagliga kassaavstämningar", "8",
         "Enhetschef Arena Skövde", "Löpande, stickprov per tertial", P, "Genomförd med avvikelse",
         "Differenser vid 2 av 15 stickprovsdagar (under 200 kr per tillfälle). Rutinen för kassaavstämning vid skiftbyte har förtydligats.",
         "2025-08-25", "Anders Wik", "GENOMFORD", "ja"),
        ("Kultur- och fritidsnämnden", "Lokaluthyrning",
         "Uthyrning faktureras inte eller faktureras fel",
         "Uthyrning av lokaler och anläggningar faktureras enligt fastställd taxa", "6",
         "Bokningsansvarig", "Två gånger per år", P, "Pågående",
         "Stickprov för januari–april är klart utan avvikelser. Maj–augusti återstår och kontrolleras i september.",
         "2025-09-03", "Sara Nyberg", "DELVIS", "nej"),
        ("Kultur- och fritidsnämnden", "Lovverksamhet",
         "Personer med olämplig bakgrund arbetar med barn",
         "Kontroll av registerutdrag från belastningsregistret för ledare i sommarlovsverksamheten",
         "12", "Fritidschef", "En gång per år", P, "Ej aktuell",
         "Utgår 2025 då sommarlovsverksamheten har upphandlats externt. Kontrollen av registerutdrag ligger hos utföraren enligt avtal.",
         "2025-05-14", "Anders Wik", "UTGAR", ""),
        ("Kultur- och fritidsnämnden", "Tillgångar",
         "Konstverk förkommer eller skadas",
         "Inventering av kommunens konstsamling i offentliga lokaler", "4", "Konstintendent",
         "Vartannat år", P, "Ej rapporterad", "", "", "", "SAKNAS", ""),
        # Samhällsbyggnadsnämnden
        ("Samhällsbyggnadsnämnden", "Bygglov",
         "Lagstadgad handläggningstid överskrids",
         "Handläggningstid för bygglov inom lagstadgad tid (10 veckor)", "12",
         "Enhetschef bygglov", "Tertialvis", P, "Genomförd med avvikelse",
         "Av 118 beslut januari–augusti fattades 7 efter tidsfristen. Avgiftsreduktion enligt PBL har tillämpats i 5 av fallen.",
         "2025-09-04", "Erik Sjögren", "GENOMFORD", "ja"),
        ("Samhällsbyggnadsnämnden", "Bygglov",
         "Avgifter debiteras felaktigt",
         "Kontroll av att avgifter för bygglov debiteras enligt gällande taxa", "6",
         "Administratör bygglov", "En gång per år", P, "Genomförd",
         "Stickprov om 25 ärenden, samtliga korrekt debiterade.",
         "2025-06-18", "Erik Sjögren", "GENOMFORD", "nej"),
        ("Samhällsbyggnadsnämnden", "Investeringsprojekt",
         "Tilläggsarbeten beställs utan behörighet",
         "Uppföljning av entreprenadkontrakt – ÄTA-arbeten är beställda skriftligt av behörig beställare",
         "9", "Projektchef", "Två gånger per år", P, "Pågående",
         "Granskning av projekten Badhusparken och Norra Bangården pågår.\nResultat redovisas till nämnden i oktober.",
         "2025-09-05", "Hanna Ström", "DELVIS", ""),
        ("Samhällsbyggnadsnämnden", "Nämndadministration",
         "Delegationsbeslut anmäls inte",
         "Kontroll av att delegationsbeslut anmäls till nämnden", "4", "Nämndsekreterare",
         "Tertialvis", P, "Genomförd",
         "Samtliga delegationslistor har anmälts vid nämndens sammanträden under perioden.",
         "2025-08-27", "Kim Berg", "GENOMFORD", "nej"),
        ("Samhällsbyggnadsnämnden", "Gata/park",
         "Olyckor på grund av bristande underhåll av lekplatser",
         "Skötsel och besiktning av kommunens lekplatser enligt underhållsplan", "8",
         "Enhetschef park", "En gång per år", P, "Ej påbörjad",
         "Huvudbesiktningen har flyttats till september på grund av resursbrist inom parkenheten.",
         "2025-08-15", "Hanna Ström", "EJ_GENOMFORD", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quotechar='"', quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r[:12])
        exp(fil, r[0], r[3], r[12], r[13])
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    for n in ("Kommunstyrelsen", "Kultur- och fritidsnämnden", "Samhällsbyggnadsnämnden"):
        FILES.append((fil, "INLAST", n, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - Word, prose per granskning + table
# ---------------------------------------------------------------------------
def make_bun_docx():
    fil = "BUN Uppföljning intern kontroll delår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    set_doc_props(d, "Sektor barn och utbildning", "Uppföljning intern kontroll delår 2025")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Skövde kommun\tSektor barn och utbildning\tDnr BUN 2025/00087"
    sec.footer.paragraphs[0].text = "Uppföljning av internkontrollplan 2025 – delår"

    d.add_heading("Uppföljning av internkontrollplan 2025", level=0)
    p = d.add_paragraph()
    r = p.add_run("Barn- och utbildningsnämnden – delårsuppföljning januari–augusti 2025")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph("Datum: 2025-09-10\nHandläggare: Johanna Albinsson, verksamhetscontroller")

    d.add_heading("Inledning", level=1)
    d.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 28 januari 2025 (§ 9). "
        "Planen omfattar fyra granskningar som genomförs av sektorns stödfunktioner samt fem löpande "
        "kontroller. I denna delårsuppföljning redovisas vad som har genomförts och vad kontrollerna har "
        "visat per den 31 augusti. Granskningarna redovisas i löptext under avsnitt 2 och de löpande "
        "kontrollerna i tabellform under avsnitt 3.")

    d.add_heading("Granskningar enligt internkontrollplanen", level=1)
    gransk = [
        ("Kontroll av att skolpliktsbevakning sker för samtliga folkbokförda barn i skolpliktig ålder",
         ["Metod: Avstämning av folkbokföringsuppgifter mot elevregistret för samtliga barn i åldern 6–16 år "
          "som är folkbokförda i Skövde.",
          "Kontrollen har genomförts av skoladministrationen i maj 2025. Samtliga 7 412 folkbokförda barn har "
          "stämts av mot elevregistret. De 14 barn som saknade skolplacering var redan kända av "
          "skolpliktsbevakningen och ärendena hanterades enligt rutin. Kontrollen visar att rutinen fungerar "
          "och ingen avvikelse har noterats."],
         "GENOMFORD", "nej"),
        ("Kontroll av att anmälningar om kränkande behandling utreds skyndsamt",
         ["Metod: Stickprov på 40 anmälningar till huvudmannen under vårterminen 2025.",
          "Kontrollen är genomförd. I 9 av de 40 granskade ärendena påbörjades utredningen senare än fem "
          "arbetsdagar efter anmälan, vilket inte följer nämndens rutin. Resultatet har återrapporterats till "
          "rektorerna och en påminnelse om rutinen har skickats ut. Uppföljande stickprov görs under "
          "höstterminen."],
         "GENOMFORD", "ja"),
        ("Kontroll av att beslut om tilläggsbelopp följer fastställda kriterier",
         ["Metod: Granskning av 30 beslut om tilläggsbelopp för fristående huvudmän och kommunala enheter.",
          "Granskningen har påbörjats men kunde inte slutföras före sommaren på grund av hög arbetsbelastning "
          "i samband med läsårsstarten. Hittills har 12 av 30 beslut granskats, utan anmärkning. Resterande "
          "beslut granskas under september och resultatet redovisas i helårsuppföljningen."],
         "DELVIS", "nej"),
        ("Kontroll av att utdrag ur belastningsregistret har lämnats vid anställning i förskola och skola",
         ["Metod: Stickprov på nyanställningar under perioden januari–augusti.",
          "Kontrollen har inte genomförts under perioden eftersom HR-funktionen har omorganiserats under "
          "våren. Kontrollen genomförs under hösten och redovisas i helårsuppföljningen."],
         "EJ_GENOMFORD", ""),
    ]
    for title, paras, s, a in gransk:
        d.add_heading(title, level=2)
        for t in paras:
            d.add_paragraph(t)
        exp(fil, N, title, s, a)

    d.add_heading("Löpande kontroller", level=1)
    d.add_paragraph("Status anges som Genomförd, Genomförd med avvikelse, Delvis genomförd, Ej genomförd eller Utgår.")
    hdr = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status delår", "Kommentar"]
    rows = [
        ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor",
         "Sektorekonom", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Avgifter i förskola och fritidshem debiteras enligt taxa och aktuell inkomstuppgift",
         "Stickprov 20 hushåll", "Avgiftshandläggare", "Genomförd med avvikelse",
         "Två hushåll hade inaktuell inkomstuppgift. Avgifterna har korrigerats retroaktivt.",
         "GENOMFORD", "ja"),
        ("Skolskjuts beviljas enligt nämndens riktlinjer", "Stickprov 15 beslut",
         "Skolskjutssamordnare", "Delvis genomförd",
         "Beslut för vårterminen är granskade. Ansökningar inför höstterminen granskas i september.",
         "DELVIS", ""),
        ("Uppföljning av sjukfrånvaro och rehabiliteringsplaner", "Registeruttag",
         "HR-partner", "Utgår",
         "Utgår enligt nämndbeslut 2025-04-22 § 41. Hanteras inom sektorns systematiska arbetsmiljöarbete.",
         "UTGAR", ""),
        ("Inventarieförteckning för elevernas digitala enheter (Chromebooks och iPads)",
         "Avstämning mot förteckning", "IT-samordnare", "", "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    for r in rows:
        cells = t.add_row().cells
        for i in range(5):
            cell_text(cells[i], r[i])
        exp(fil, N, r[0], r[5], r[6])

    d.add_heading("Sammanfattande bedömning", level=1)
    d.add_paragraph(
        "Av nämndens nio kontrollmoment har fyra genomförts, två är delvis genomförda, ett har inte "
        "genomförts, ett har utgått och för ett kontrollmoment har ingen rapportering skett. Sektorn "
        "bedömer att den interna kontrollen i huvudsak är tillräcklig men att rutinen för utredning av "
        "kränkande behandling behöver förstärkas.")
    d.add_paragraph("\nAnna Lindqvist\nSektorchef, Sektor barn och utbildning")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - Word, fördjupade granskningar as prose + table Ja/Nej/Delvis
# ---------------------------------------------------------------------------
def make_sn_docx():
    fil = "Delårsuppföljning intern kontroll 2025 - Socialnämnden.docx"
    N = "Socialnämnden"
    d = docx.Document()
    set_doc_props(d, "Sektor vård och välfärd", "Delårsuppföljning intern kontroll 2025")
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "SKÖVDE KOMMUN  |  Sektor vård och välfärd  |  Tjänsteskrivelse  |  Dnr SN 2025/00214"
    sec.footer.paragraphs[0].text = "Sida 1"

    d.add_heading("Delårsuppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Socialnämnden\nUppföljningsperiod: 2025-01-01 – 2025-08-31")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Socialnämndens internkontrollplan för 2025 innehåller nio kontrollmoment. Tre av dem är fördjupade "
        "granskningar som beskrivs nedan. Övriga kontrollmoment följs upp i tabellen under rubriken "
        "Övriga kontrollmoment. Förvaltningens förslag till beslut är att nämnden godkänner uppföljningen.")
    d.add_heading("Fördjupade granskningar", level=2)
    gransk = [
        ("Utredningar av barn och unga avslutas inom fyra månader (11 kap. 2 § SoL)",
         "Samtliga utredningar inom barn och unga som avslutats under januari–augusti har tagits fram ur "
         "verksamhetssystemet Lifecare. Av 164 avslutade utredningar överskred 19 den lagstadgade tiden om "
         "fyra månader utan att beslut om förlängning fanns. Orsaken är främst vakanser under våren. "
         "Enheten har infört veckovis bevakning av utredningstider.",
         "Bedömning: Kontrollen är genomförd – avvikelse konstaterad.", "GENOMFORD", "ja"),
        ("Genomförandeplaner inom hemtjänsten upprättas inom 14 dagar efter verkställt beslut",
         "Granskningen har gjorts i hemtjänstområde Norr och Centrum. Områdena Söder och Ryd återstår och "
         "granskas under hösten. I 5 av 30 granskade ärenden saknades genomförandeplan efter 14 dagar.",
         "Bedömning: Pågår.", "DELVIS", "ja"),
        ("Hantering av brukares privata medel på särskilda boenden",
         "Granskningen har inte påbörjats. Den var planerad till juni men har skjutits upp eftersom "
         "rutinen för hantering av privata medel revideras. Granskningen flyttas till tertial 3.",
         "Bedömning: Ej genomförd.", "EJ_GENOMFORD", ""),
    ]
    for title, body, bed, s, a in gransk:
        d.add_heading(title, level=3)
        d.add_paragraph(body)
        p = d.add_paragraph()
        p.add_run(bed).italic = True
        exp(fil, N, title, s, a)

    d.add_heading("Övriga kontrollmoment", level=2)
    hdr = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Genomförd\n(Ja/Nej/Delvis)",
           "Avvikelse\n(Ja/Nej)", "Kommentar"]
    rows = [
        ("Beslut fattade på delegation anmäls till nämnden", "Avstämning delegationslistor mot protokoll",
         "Nämndsekreterare", "Ja", "Nej", "", "GENOMFORD", "nej"),
        ("Avgifter inom äldreomsorgen beräknas korrekt (maxtaxa och förbehållsbelopp)",
         "Stickprov 20 avgiftsbeslut", "Avgiftshandläggare", "Ja", "Nej",
         "Samtliga 20 beslut korrekt beräknade.", "GENOMFORD", "nej"),
        ("Läkemedelshantering – signeringslistor kontrolleras månadsvis",
         "Egenkontroll på enhetsnivå, sammanställs av MAS", "MAS", "Ja", "Ja",
         "Tre enheter hade ofullständiga signeringslistor under våren. Åtgärdsplaner är upprättade.",
         "GENOMFORD", "ja"),
        ("Uppföljning av avtal med externa utförare av HVB-placeringar", "Avtalsuppföljning",
         "Enhetschef placeringar", "Utgår", "–",
         "Kontrollmomentet utgår enligt beslut i nämnden 2025-03-19 § 28. Uppföljningen sker inom den "
         "regionala avtalsuppföljningen.", "UTGAR", ""),
        ("Lex Sarah-rapporter utreds och anmäls till IVO vid behov", "Genomgång av samtliga rapporter",
         "Kvalitetsstrateg", "Se bilaga 2", "", "", "OKLAR", ""),
        ("Samordnad individuell plan (SIP) upprättas när behov finns", "Stickprov 10 ärenden",
         "Enhetschef IFO", "Delvis", "Nej",
         "Kontrollen är gjord för IFO barn och unga. Vuxenenheten kontrolleras i oktober.",
         "DELVIS", "nej"),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "E2EFD9")
    for r in rows:
        cells = t.add_row().cells
        for i in range(6):
            cell_text(cells[i], r[i])
        exp(fil, N, r[0], r[6], r[7])
    d.add_paragraph("")
    d.add_paragraph("Bilagor:\n1. Internkontrollplan 2025, antagen 2025-01-22 § 6\n"
                    "2. Sammanställning lex Sarah januari–augusti 2025")
    d.add_paragraph("Karin Ljungberg\nSektorchef vård och välfärd")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Miljönämnden östra Skaraborg - xlsx, risk assessment + status codes with legend
# ---------------------------------------------------------------------------
def make_mos_xlsx():
    fil = "Internkontrollplan 2025 MNÖS - uppföljning delår.xlsx"
    N = "Miljönämnden östra Skaraborg"
    wb = openpyxl.Workbook()
    set_wb_props(wb, "Miljösamverkan östra Skaraborg")
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws["A1"] = "Miljönämnden östra Skaraborg"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Uppföljningsperiod: Delår, 1 januari – 31 augusti 2025"
    ws["K3"] = "Fastställd av nämnden 2025-02-12 § 8"
    ws["K3"].font = Font(italic=True, size=9)
    # group header row 5
    groups = [("A5:D5", "Plan"), ("E5:G5", "Riskbedömning"), ("H5:J5", "Kontroll"),
              ("K5:M5", "Uppföljning")]
    for rng, txt in groups:
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = txt
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(horizontal="center")
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Sannolikhet\n(1-4)", "Konsekvens\n(1-4)",
           "Riskvärde\n(S x K)", "Kontrollmetod", "Ansvarig", "Frekvens", "Status T1",
           "Status delår", "Kommentar delår"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = BORDER
    fills = {"G": "C6EFCE", "GA": "FFEB9C", "P": "FFEB9C", "EG": "FFC7CE", "U": "D9D9D9"}
    data = [
        ("group", "Tillsyn och kontroll"),
        ("1", "Livsmedelskontroll",
         "Planerad kontroll hinns inte med och risk för folkhälsan",
         "Planerad kontroll av livsmedelsanläggningar genomförs enligt kontrollplanen",
         3, 3, "Uppföljning av utförda kontroller i Ecos mot plan", "Enhetschef livsmedel",
         "Tertialvis", "P", "P", "58 % av planerade kontroller utförda per 31/8. Två inspektörstjänster vakanta under våren.",
         "DELVIS", ""),
        ("2", "Avgifter", "Felaktig debitering av tillsynsavgifter",
         "Tillsynsavgifter och timavgifter debiteras enligt nämndens taxa",
         2, 3, "Stickprov 20 fakturor", "Administratör", "En gång per år", "", "GA",
         "3 av 20 fakturor hade felaktig timtaxa (2024 års taxa). Fakturorna har krediterats och nya skickats ut.",
         "GENOMFORD", "ja"),
        ("3", "Klagomålshantering", "Klagande får inte återkoppling",
         "Återkoppling till klagande inom två veckor från inkommet klagomål",
         3, 2, "Stickprov 15 klagomålsärenden", "Miljöinspektör", "Två gånger per år", "G", "G", "",
         "GENOMFORD", "nej"),
        ("group", "Ekonomi"),
        ("4", "Attest", "Obehörig attest av fakturor",
         "Attest av leverantörsfakturor enligt attestordningen",
         2, 2, "Stickprov 10 fakturor", "Förbundsekonom", "En gång per år (T1)", "G", "",
         "", "GENOMFORD", "nej"),
        ("5", "Samverkansavtal", "Felaktig kostnadsfördelning mellan medlemskommunerna",
         "Fördelning av kostnader mellan medlemskommunerna sker enligt samverkansavtalet",
         2, 4, "Avstämning mot avtalets fördelningsnyckel", "Förbundsekonom", "En gång per år",
         "EG", "EG", "Görs i samband med bokslutet.", "EJ_GENOMFORD", ""),
        ("group", "Administration"),
        ("6", "Dokumenthantering", "Handlingar diarieförs eller arkiveras inte korrekt",
         "Diarieföring och arkivering av tillsynsärenden i Ecos",
         3, 2, "Stickprov 30 ärenden", "Registrator", "En gång per år", "", "G",
         "Stickprov 30 ärenden utan anmärkning.", "GENOMFORD", "nej"),
        ("7", "Delegation", "Delegationsbeslut anmäls inte till nämnden",
         "Delegationsbeslut anmäls till nämnden",
         1, 3, "Avstämning mot protokoll", "Nämndsekreterare", "Tertialvis", "U", "U",
         "Utgår – ingår i nämndsekreterarens ordinarie rutin (beslut MNÖS 2025-02-12 § 9).",
         "UTGAR", ""),
        ("8", "Kompetensförsörjning", "Svårt att rekrytera och behålla miljöinspektörer",
         "Uppföljning av rekryteringar och personalomsättning bland miljöinspektörer",
         4, 3, "Uppföljning av HR-statistik", "Förbundschef", "Två gånger per år", "", "P", "",
         "DELVIS", ""),
        ("9", "Information", "Felaktig information på webbplatsen",
         "–", 1, 2, "", "", "", "", "", "Låg risk – accepteras, ingen kontroll i planen.", None, None),
    ]
    r = 7
    for row in data:
        if row[0] == "group":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, italic=True)
            c.fill = PatternFill("solid", fgColor="F2F2F2")
            r += 1
            continue
        nr, proc, risk, km, s, k, metod, ans, frek, t1, dl, kom, est, eav = row
        vals = [int(nr), proc, risk, km, s, k, s * k, metod, ans, frek, t1 or None, dl or None, kom or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
        for col, code in ((11, t1), (12, dl)):
            if code:
                ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor=fills[code])
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        rv = ws.cell(row=r, column=7)
        rv.fill = PatternFill("solid", fgColor="FF9999" if s * k >= 9 else ("FFE699" if s * k >= 4 else "C6EFCE"))
        if est:
            exp(fil, N, km, est, eav)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring status:").font = Font(bold=True)
    legend = [("G", "Genomförd utan avvikelse"), ("GA", "Genomförd med avvikelse"),
              ("P", "Påbörjad/pågår"), ("EG", "Ej genomförd"), ("U", "Utgår")]
    for code, txt in legend:
        r += 1
        c = ws.cell(row=r, column=2, value=code)
        c.fill = PatternFill("solid", fgColor=fills[code])
        ws.cell(row=r, column=3, value=txt)
    r += 2
    ws.cell(row=r, column=1, value="Riskvärde = sannolikhet x konsekvens. 1–3 låg, 4–8 medel, 9–16 hög. "
                                     "Risker med värde under 3 accepteras utan kontroll.")
    widths = [5, 18, 30, 42, 11, 11, 10, 28, 18, 16, 9, 9, 45]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.row_dimensions[6].height = 32
    ws.freeze_panes = "A7"
    ws.oddHeader.center.text = "Miljösamverkan östra Skaraborg"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Skövdebostäder AB - old .xls, period columns side by side
# ---------------------------------------------------------------------------
def make_sbo_xls():
    fil = "Skovdebostader_IK-plan_2025_uppf.xls"
    N = "Skövdebostäder AB"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Internkontroll 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    sub = xlwt.easyxf("font: bold on, height 220")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre")
    grp = xlwt.easyxf("font: bold on, italic on; pattern: pattern solid, fore_colour ice_blue")
    cel = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    ws.write_merge(0, 0, 0, 7, "SKÖVDEBOSTÄDER AB", title)
    ws.write_merge(1, 1, 0, 7, "Internkontrollplan 2025 – uppföljning", sub)
    ws.write(2, 0, "Uppföljning per: 2025-08-31")
    ws.write(2, 5, "Styrelsemöte 2025-09-18, ärende 7")
    ws.write(3, 0, "Status anges: Utförd / Utförd m. anm / Påbörjad / Ej utförd. Ange avvikelser i kommentarsfältet.")
    h = ["Område", "Kontrollmoment", "Metod", "Ansvarig", "Tertial 1\n(jan-apr)",
         "Delår\n(jan-aug)", "Tertial 3\n(sep-dec)", "Kommentar"]
    for i, t in enumerate(h):
        ws.write(5, i, t, hdr)
    data = [
        ("group", "Hyresadministration"),
        ("Hyror", "Hyresavier och hyreshöjningar registreras enligt förhandlat utfall",
         "Stickprov 20 kontrakt", "Ekonomichef", "Utförd", "Utförd", "", "",
         "GENOMFORD", "nej"),
        ("Hyresfordringar", "Kontroll av hyresfordringar och påminnelserutin",
         "Genomgång reskontra", "Hyresadministratör", "Utförd m. anm", "Utförd", "",
         "T1: 4 ärenden skickades inte till inkasso i tid.\nDelår: inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Uthyrning", "Uthyrning sker enligt uthyrningspolicyn (kötid)",
         "Stickprov 25 nya kontrakt", "Uthyrningschef", "Påbörjad", "Utförd m. anm", "",
         "2 av 25 kontrakt avvek från köordningen utan dokumenterad motivering.",
         "GENOMFORD", "ja"),
        ("group", "Fastighetsförvaltning"),
        ("Utemiljö", "Besiktning av lekplatser på bostadsområdena",
         "Extern besiktning", "Förvaltare", "", "Påbörjad", "",
         "Besiktning klar för Norrmalm och Ryd, övriga områden i september.",
         "DELVIS", ""),
        ("Ventilation", "OVK-besiktningar genomförs enligt plan",
         "Uppföljning mot OVK-plan", "Teknisk chef", "Ej utförd", "Ej utförd", "",
         "Upphandling av besiktningsfirma försenad.", "EJ_GENOMFORD", ""),
        ("Säkerhet", "Kontroll av nyckelhantering och låssystem",
         "Inventering nyckelkvittenser", "Säkerhetssamordnare", "", "", "", "",
         "SAKNAS", ""),
        ("group", "Ekonomi"),
        ("Attest", "Attest av leverantörsfakturor enligt attestordning",
         "Stickprov 20 fakturor", "Redovisningsekonom", "Utförd", "Utförd", "", "",
         "GENOMFORD", "nej"),
        ("Projekt", "Avstämning av projektredovisning för nyproduktion Södra Ryd",
         "Avstämning mot projektbudget", "Ekonomichef", "Utförd", "", "",
         "Avstämning görs T1 och T3.", "GENOMFORD", "nej"),
    ]
    r = 6
    for row in data:
        if row[0] == "group":
            ws.write_merge(r, r, 0, 7, row[1], grp)
            r += 1
            continue
        for i in range(8):
            ws.write(r, i, row[i], cel)
        exp(fil, N, row[1], row[8], row[9])
        r += 1
    r += 2
    ws.write(r, 0, "Upprättad av: Mikael Dahl, ekonomichef")
    ws.write(r + 1, 0, "Godkänd av VD: Therese Backman")
    for i, w in enumerate([18, 50, 26, 20, 13, 13, 13, 50]):
        ws.col(i).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Räddningstjänstförbundet - xlsx, Klar/Pågår/Ej påbörjad/Ska ej genomföras, nämnd only in
#    file name and print header
# ---------------------------------------------------------------------------
def make_ros_xlsx():
    fil = "RÖS uppföljning internkontroll aug 2025.xlsx"
    N = "Räddningstjänstförbundet Östra Skaraborg"
    wb = openpyxl.Workbook()
    set_wb_props(wb, "Förbundskontoret")
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Avser perioden januari–augusti (delårsbokslut)"
    ws["A3"] = "Ifylls av ansvarig. Välj status i listan: Klar, Pågår, Ej påbörjad, Ska ej genomföras."
    ws["A3"].font = Font(italic=True, color="7F7F7F", size=9)
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Klart senast", "Status", "Kommentar/åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C00000")
        c.border = BORDER
        c.alignment = Alignment(vertical="center")
    data = [
        ("Förebyggande", "Tillsyn enligt LSO genomförs enligt fastställd tillsynsplan",
         "Avdelningschef förebyggande", "2025-12-31", "Pågår",
         "62 av 110 planerade tillsyner utförda per 31 augusti.", "DELVIS", ""),
        ("Förebyggande", "Beslut om tillstånd för hantering av brandfarlig vara fattas inom handläggningstiden",
         "Brandingenjör", "2025-12-31", "Pågår",
         "Stickprov för första halvåret klart, inga överskridanden. Andra halvåret följs upp i januari.",
         "DELVIS", "nej"),
        ("Räddningstjänst", "Insatsrapporter upprättas och kvalitetssäkras inom 5 arbetsdagar",
         "Stf räddningschef", "2025-06-30", "Klar",
         "Stickprov 40 rapporter.\n3 rapporter kvalitetssäkrades efter 5 dagar – påminnelse till styrkeledare.",
         "GENOMFORD", "ja"),
        ("Räddningstjänst", "Underhåll och besiktning av andningsskydd enligt AFS",
         "Andningsskyddsansvarig", "2025-05-31", "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Räddningstjänst", "Övningsverksamhet för deltidsbrandmän (RIB) når fastställda minimikrav",
         "Stationschefer", "2025-11-30", "Ej påbörjad",
         "Uppföljning görs efter höstens övningsperiod.", "EJ_GENOMFORD", ""),
        ("Räddningstjänst", "Rökdykarnas årliga fysiska tester genomförs",
         "Arbetsmiljöansvarig", "2025-06-30", "Klar", "", "GENOMFORD", ""),
        ("Ekonomi", "Fakturering av onödiga automatiska brandlarm sker enligt taxa",
         "Administratör", "2025-08-31", "Klar", "Kontrollerat mot larmloggen, samtliga larm korrekt fakturerade.",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Kontanthantering vid externa utbildningar redovisas korrekt",
         "Utbildningssamordnare", "2025-06-30", "Ska ej genomföras",
         "Kontanthanteringen avvecklades 1 januari 2025, betalning sker via faktura eller Swish.",
         "UTGAR", ""),
        ("Ekonomi", "Attestering av leverantörsfakturor enligt attestordning",
         "Ekonomichef", "2025-08-31", "Klar",
         "2 fakturor attesterades av ersättare utan giltig delegation. Attestordningen har uppdaterats.",
         "GENOMFORD", "ja"),
    ]
    r = 6
    colors = {"Klar": "C6EFCE", "Pågår": "FFEB9C", "Ej påbörjad": "FFC7CE", "Ska ej genomföras": "D9D9D9"}
    for row in data:
        for i in range(6):
            c = ws.cell(row=r, column=i + 1, value=row[i])
            c.alignment = WRAP
            c.border = BORDER
        ws.cell(row=r, column=5).fill = PatternFill("solid", fgColor=colors[row[4]])
        exp(fil, N, row[1], row[6], row[7])
        r += 1
    r += 1
    ws.cell(row=r, column=4, value="Summering").font = Font(bold=True)
    for s in ("Klar", "Pågår", "Ej påbörjad", "Ska ej genomföras"):
        r += 1
        ws.cell(row=r, column=4, value=s)
        ws.cell(row=r, column=5, value=sum(1 for x in data if x[4] == s))
    for i, w in enumerate([18, 55, 26, 13, 18, 60], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.oddHeader.left.text = "Räddningstjänsten Östra Skaraborg"
    ws.oddHeader.right.text = "Direktionen 2025-09-25"
    ws.oddFooter.center.text = "Sida &P av &N"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - .ods with tick columns
# ---------------------------------------------------------------------------
def make_ofn_ods():
    fil = "ÖFN intern kontroll delår 2025.ods"
    N = "Överförmyndarnämnden"
    wb = openpyxl.Workbook()
    set_wb_props(wb, "Överförmyndarenheten")
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Uppföljning av intern kontroll"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Nämnd:"
    ws["B2"] = "Överförmyndarnämnden"
    ws["A3"] = "Period:"
    ws["B3"] = "Januari–augusti 2025"
    ws["A4"] = "Markera med X i den kolumn som gäller."
    hdr = ["Kontrollmoment", "Omfattning", "Genomförd", "Delvis genomförd", "Ej genomförd",
           "Avvikelse noterad (Ja/Nej)", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    data = [
        ("Granskning av årsräkningar sker inom sex månader från inlämning", "Samtliga årsräkningar 2024",
         "X", "", "", "Ja", "11 av 340 årsräkningar granskades efter mer än sex månader.", "GENOMFORD", "ja"),
        ("Kontroll av att ställföreträdare har giltigt utdrag ur belastningsregistret vid förordnande",
         "Samtliga nya förordnanden", "X", "", "", "Nej", "", "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Stickprov 30 ärenden",
         "", "X", "", "Nej", "Hälften av stickprovet granskat, resterande i oktober.", "DELVIS", "nej"),
        ("Uttag från spärrade konton sker endast med överförmyndarens samtycke",
         "Stickprov 15 ärenden", "", "", "X", "", "Ej hunnits med p.g.a. sjukskrivning.",
         "EJ_GENOMFORD", ""),
        ("Förteckningar inkommer inom två månader efter förordnande", "Samtliga nya ärenden",
         "X", "X", "", "", "", "OKLAR", ""),
        ("Personuppgiftsincidenter rapporteras och hanteras enligt rutin", "Genomgång incidentlogg",
         "", "", "", "", "Kontrollen har inte genomförts ännu, planeras till november.",
         "EJ_GENOMFORD", ""),
    ]
    r = 7
    for row in data:
        for i in range(7):
            c = ws.cell(row=r, column=i + 1, value=row[i] or None)
            c.alignment = WRAP if i in (0, 1, 6) else Alignment(horizontal="center", vertical="top")
            c.border = BORDER
        exp(fil, N, row[0], row[7], row[8])
        r += 1
    ws.cell(row=r + 2, column=1, value="Ifylld av: Ulrika Franzén, enhetschef överförmyndarenheten, 2025-09-05")
    for i, w in enumerate([55, 26, 11, 11, 11, 14, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    tmp = os.path.join(OUT, "_tmp_ofn.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "ods", OUT)
    os.remove(tmp)
    os.replace(os.path.join(OUT, "_tmp_ofn.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Reject: KFN driftredovisning (budget report, no internal control)
# ---------------------------------------------------------------------------
def make_reject_budget():
    fil = "KFN Driftredovisning delår augusti 2025.xlsx"
    wb = openpyxl.Workbook()
    set_wb_props(wb, "Sektor kultur och fritid")
    ws = wb.active
    ws.title = "Drift aug"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Delårsrapport augusti 2025 – driftredovisning per verksamhet (tkr)"
    hdr = ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse mot budget", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BORDER
    rows = [
        ("Nämnd och sektorsledning", 6200, 4050, 6100, ""),
        ("Bibliotek", 24800, 16300, 24600, ""),
        ("Kulturhuset och Skövde stadsteater", 31500, 22100, 32400, "Högre kostnader för teknik och vakter."),
        ("Idrottsanläggningar", 58900, 40200, 59800, "Ökade energikostnader."),
        ("Arena Skövde", 27400, 19800, 28100, "Lägre entréintäkter under sommaren."),
        ("Föreningsbidrag", 18600, 13900, 18600, ""),
        ("Fritidsgårdar och lovverksamhet", 15200, 9800, 14900, ""),
    ]
    r = 5
    for name, bud, utf, prog, kom in rows:
        vals = [name, bud, utf, prog, bud - prog, kom or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            if i in (2, 3, 4, 5):
                c.number_format = "# ##0"
        r += 1
    tot = [sum(x[j] for x in rows) for j in (1, 2, 3)]
    vals = ["Summa", tot[0], tot[1], tot[2], tot[0] - tot[2], None]
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=i, value=v)
        c.font = Font(bold=True)
        c.border = BORDER
        if i in (2, 3, 4, 5):
            c.number_format = "# ##0"
    ws.cell(row=r + 2, column=1,
            value="Nämnden prognostiserar ett underskott om 1,9 mnkr. Åtgärder för att nå budget i balans "
                  "redovisas i delårsrapportens verksamhetsberättelse.")
    for i, w in enumerate([36, 13, 15, 14, 20, 40], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Sektor barn och utbildning"),
        ("Socialnämnden", "SN|Sektor vård och välfärd"),
        ("Kultur- och fritidsnämnden", "KFN|Sektor kultur och fritid"),
        ("Samhällsbyggnadsnämnden", "SBN|Sektor samhällsbyggnad"),
        ("Miljönämnden östra Skaraborg", "MNÖS|MÖS|Miljösamverkan östra Skaraborg"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Räddningstjänstförbundet Östra Skaraborg", "RÖS|Räddningstjänsten Östra Skaraborg|Direktionen RÖS"),
        ("Skövdebostäder AB", "Skövdebostäder|AB Skövdebostäder|SBO"),
        ("Skövde Energi AB", "Skövde Energi|SEAB"),
        ("Valnämnden", "VN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in "".join(row), row
            f.write(";".join(row) + "\n")


def main():
    clean_old()
    make_stratsys_csv()
    make_bun_docx()
    make_sn_docx()
    make_mos_xlsx()
    make_sbo_xls()
    make_ros_xlsx()
    make_ofn_ods()
    make_reject_budget()
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "expected rows")


if __name__ == "__main__":
    main()
