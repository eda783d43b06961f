#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 174 - Lerviks kommun, delår 2025, "written by busy people".

Builds every file of the round plus namnder.csv, files.csv and expected.csv in the
folder of this script. Deterministic: fixed dates, fixed MIME boundary, fixed order.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
from email.message import EmailMessage
from email.policy import SMTP

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.shared import Pt, Cm

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2025, 9, 12, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR")
    assert avv in ("ja", "nej", "")
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# namnder.csv
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid|KoF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och service"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
]


# ---------------------------------------------------------------------------
# 1. Mail body saved as .txt (Outlook "Spara som - endast text", Windows-1252)
# ---------------------------------------------------------------------------
def build_txt_mail():
    fil = "Uppföljning IK delår 2025 - Kultur och fritid.txt"
    N = "Kultur- och fritidsnämnden"
    # (kontrollmoment, separator, status text lines, status, avvikelse)
    items = [
        ("Attest av leverantörsfakturor enligt attestordningen", " – ",
         ["Genomförd. Stickprov på 20 fakturor, alla korrekt attesterade."], "GENOMFORD", "nej"),
        ("Kontanthantering i kassorna på Lerviksbadet och huvudbiblioteket", " - ",
         ["klart, kassorna stäms av varje månad och inga differenser över 50 kr."], "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt riktlinjerna för föreningsbidrag", " – ",
         ["Delvis. Aktivitetsstödet för vårterminen är kontrollerat utan anmärkning,",
          "lokalbidragen kontrolleras i oktober när ansökningarna är inne."], "DELVIS", "nej"),
        ("Uthyrning av lokaler och anläggningar faktureras enligt beslutad taxa", " – ",
         ["Genomförd med avvikelse. 3 av 25 bokningar var fakturerade med föreningstaxa fast",
          "hyresgästen var ett företag. Mellanskillnaden är fakturerad och rutinen i bokningssystemet ses över."],
         "GENOMFORD", "ja"),
        ("Inventering av utlånade instrument i kulturskolan", " – ",
         ["Ej genomförd, flyttas till hösten pga personalbrist under våren."], "EJ_GENOMFORD", ""),
        ("Representation och interna möten följer kommunens riktlinje", " – ",
         ["Genomförd, inga avvikelser."], "GENOMFORD", "nej"),
        ("Utdrag ur belastningsregistret för ledare i sommarlovsverksamheten", " – ",
         ["Genomförd. Två ledare hade inte lämnat utdrag vid start, de fick inte börja förrän det var ordnat (en vecka senare)."],
         "GENOMFORD", "ja"),
        ("Behörigheter i bokningssystemet Interbook ses över", " – ",
         ["pågår, ungefär halva genomgången klar."], "DELVIS", ""),
        ("Uppföljning av driftavtalet för Lerviks ishall", " – ",
         ["Utgår. Avtalet med entreprenören sades upp i mars och hallen drivs nu i egen regi."], "UTGAR", ""),
    ]
    lines = [
        "Från:\tLena Ek",
        "Skickat:\tden 10 september 2025 16:47",
        "Till:\tEkonomikontoret",
        "Kopia:\tMats Holm",
        "Ämne:\tUppföljning IK delår 2025 - Kultur och fritid",
        "",
        "Hej!",
        "",
        "Här kommer vår uppföljning av internkontrollplanen för delår 2025 (jan–aug). Ber om ursäkt att den kommer sent, "
        "vi har haft fullt upp med sommarverksamheten och jag hann inte fylla i mallen, så jag skriver det här istället.",
        "",
    ]
    for i, (km, sep, st, s, a) in enumerate(items, 1):
        lines.append(f"{i}. {km}{sep}{st[0]}")
        lines.extend(st[1:])
        exp(fil, N, km, s, a)
    lines += [
        "",
        "Kultur- och fritidsnämnden tar upp uppföljningen på sammanträdet den 23 september, säg till om ni behöver "
        "protokollsutdraget.",
        "",
        "Med vänliga hälsningar",
        "",
        "Lena Ek",
        "Administrativ chef",
        "Kultur- och fritidsförvaltningen",
        "Lerviks kommun",
        "Tel. 0543-281 14",
        "",
        "Från: Ekonomikontoret ",
        "Skickat: den 20 augusti 2025 09:12",
        "Till: Förvaltningsekonomer; Administrativa chefer",
        "Ämne: Uppföljning IK delår 2025",
        "",
        "Hej!",
        "",
        "Nu är det dags för delårsuppföljningen av nämndernas internkontrollplaner. Bifogat finns mallen. Fyll i status "
        "för varje kontrollmoment (Genomförd / Delvis genomförd / Ej genomförd / Utgår), om avvikelse har upptäckts "
        "samt en kort kommentar, och skicka tillbaka senast den 5 september.",
        "",
        "Tack på förhand!",
        "Ekonomikontoret",
        "",
    ]
    data = "\r\n".join(lines).encode("cp1252")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. .eml with two nämnder as a plain-text list (+ HTML alternative)
# ---------------------------------------------------------------------------
def build_eml():
    fil = "Uppföljning internkontroll delår 2025 SBN och MBN.eml"
    sections = [
        ("Samhällsbyggnadsnämnden", "SAMHÄLLSBYGGNADSNÄMNDEN", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Genomförd",
             "25 fakturor kontrollerade, inga avvikelser.", "GENOMFORD", "nej"),
            ("Avtalstrohet vid inköp av entreprenadtjänster (vinterväghållning, grönyteskötsel)", "Delvis genomförd",
             "Vinterväghållningen är kontrollerad, grönyteskötseln görs i oktober.", "DELVIS", ""),
            ("Gatukostnader enligt exploateringsavtal faktureras i rätt tid", "Genomförd med avvikelse",
             "En faktura på 180 tkr (Norra Lervik etapp 2) hade inte skickats, upptäcktes i kontrollen och är åtgärdad i juni.",
             "GENOMFORD", "ja"),
            ("Markanvisningar handläggs enligt markanvisningspolicyn", "Ej aktuell",
             "Inga markanvisningar har gjorts under perioden.", "UTGAR", ""),
            ("Felanmälningar om gator och belysning åtgärdas inom utlovad tid", "Pågår",
             None, "DELVIS", ""),
            ("Behörigheter i ekonomisystemet Raindance ses över vid personalförändringar", "",
             None, "SAKNAS", ""),
        ]),
        ("Miljö- och byggnadsnämnden", "MILJÖ- OCH BYGGNADSNÄMNDEN", [
            ("Bygglov handläggs inom lagstadgad tid", "Genomförd",
             "Samtliga 142 beslut jan–aug kontrollerade. 11 ärenden överskred tiden och avgiften reducerades enligt "
             "PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
            ("Livsmedelskontroll utförs enligt tillsynsplanen", "Delvis genomförd",
             "58 av 96 planerade kontroller gjorda, vi ligger efter pga vakans.", "DELVIS", ""),
            ("Tillsynsavgifter miljö debiteras enligt taxa", "Genomförd",
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Delegationsbeslut anmäls till nämnden", "Genomförd",
             "Stickprov 20 beslut, alla anmälda.", "GENOMFORD", "nej"),
            ("Inkomna handlingar diarieförs i Ecos utan dröjsmål", "Ej påbörjad",
             "Görs i november.", "EJ_GENOMFORD", ""),
        ]),
    ]
    plain = [
        "Hej,",
        "",
        "Här kommer uppföljningen av internkontrollplanerna för Samhällsbyggnadsnämnden och Miljö- och "
        "byggnadsnämnden per 31 augusti 2025. Vi har inte hunnit lägga in det i mallen, hoppas det går bra ändå.",
        "",
    ]
    html = ["<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">",
            "<p>Hej,</p>",
            "<p>Här kommer uppföljningen av internkontrollplanerna för Samhällsbyggnadsnämnden och Miljö- och "
            "byggnadsnämnden per 31 augusti 2025. Vi har inte hunnit lägga in det i mallen, hoppas det går bra ändå.</p>"]
    for namnd, head, items in sections:
        plain += [head, ""]
        html += [f"<p><b>{head}</b></p>", "<ul>"]
        for km, st, kom, s, a in items:
            plain.append(f"* {km}")
            plain.append(f"  Status: {st}".rstrip() if st else "  Status:")
            hl = f"<li>{km}<br>Status: {st}"
            if kom:
                plain.append(f"  Kommentar: {kom}")
                hl += f"<br>Kommentar: {kom}"
            plain.append("")
            html.append(hl + "</li>")
            exp(fil, namnd, km, s, a)
        html.append("</ul>")
        FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    sig = ["Med vänlig hälsning", "Karin Johansson", "Controller, Samhällsbyggnadsförvaltningen",
           "Lerviks kommun", "0543-281 60"]
    plain += sig + [""]
    html.append("<p>" + "<br>".join(sig) + "</p></div></body></html>")

    msg = EmailMessage()
    msg["From"] = "Karin Johansson <karin.johansson@lervik.se>"
    msg["To"] = "Ekonomikontoret <ekonomikontoret@lervik.se>"
    msg["Subject"] = "Uppföljning internkontroll delår 2025 - SBN och MBN"
    msg["Date"] = "Thu, 11 Sep 2025 14:32:10 +0200"
    msg["Message-ID"] = "<AM9PR04MB81230A5C2E1F@AM9PR04MB8123.eurprd04.prod.outlook.com>"
    msg["Thread-Topic"] = "Uppföljning internkontroll delår 2025 - SBN och MBN"
    msg["Content-Language"] = "sv-SE"
    msg.set_content("\n".join(plain), charset="utf-8", cte="quoted-printable")
    msg.add_alternative("\n".join(html), subtype="html", charset="utf-8", cte="quoted-printable")
    msg.set_boundary("_000_AM9PR04MB81230A5C2E1FAM9PR04MB8123eurp_")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(msg.as_bytes(policy=SMTP))


# ---------------------------------------------------------------------------
# 3. Word: bullet lists per process, "Kontrollmoment – status, kommentar"
# ---------------------------------------------------------------------------
def fix_core(d, title, author):
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3


def build_docx_bullets():
    fil = "BUN uppföljning internkontroll delår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    procs = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "genomförd, 30 stickprov utan anmärkning",
             "GENOMFORD", "nej"),
            ("Inköp sker från upphandlade leverantörer (avtalstrohet)",
             "genomförd med avvikelse, 4 av 30 inköp gjordes utanför avtal (livsmedel till hemkunskapen). "
             "Information till rektorerna på ledningsgruppen i augusti", "GENOMFORD", "ja"),
            ("Interkommunala ersättningar faktureras för elever från andra kommuner",
             "delvis, vårterminen är klar, höstterminen faktureras i oktober", "DELVIS", ""),
        ]),
        ("Personal", [
            ("Utdrag ur belastningsregistret kontrolleras vid nyanställning inom förskola och skola",
             "genomförd, samtliga 41 nyanställda hade visat upp utdrag", "GENOMFORD", "nej"),
            ("Timanställda vikarier rapporterar arbetad tid korrekt i självservice",
             "ej genomförd, skjuts till hösten", "EJ_GENOMFORD", ""),
            ("Rehabiliteringsärenden dokumenteras i Adato", "pågår", "DELVIS", ""),
        ]),
        ("Elevhälsa och verksamhet", [
            ("Anmälan om kränkande behandling rapporteras till huvudmannen utan dröjsmål",
             "genomförd, men 6 av 48 anmälningar kom in senare än en vecka efter händelsen", "GENOMFORD", "ja"),
            ("Skolplikt: frånvaro över 20 % följs upp av elevhälsoteamet",
             "genomförd, inga avvikelser", "GENOMFORD", "nej"),
            ("Skolskjuts beviljas enligt riktlinjerna för skolskjuts",
             "utgår, handläggningen flyttades till Samhällsbyggnadsnämnden 1 januari", "UTGAR", ""),
        ]),
        ("Informationssäkerhet", [
            ("Behörigheter i elevregistret tas bort när personal slutar", "", "SAKNAS", ""),
            ("Logguppföljning i elevhälsans journalsystem", "se bilaga 2", "OKLAR", ""),
        ]),
    ]
    d = docx.Document()
    fix_core(d, "Uppföljning intern kontroll delår 2025", "Per Lind")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_heading("Uppföljning intern kontroll 2025 – delår", level=1)
    p = d.add_paragraph()
    p.add_run("Barn- och utbildningsnämnden").bold = True
    d.add_paragraph("Period: januari–augusti 2025\nUpprättad: 2025-09-09, Per Lind, förvaltningsekonom")
    d.add_paragraph(
        "Nedan redovisas kortfattat hur kontrollerna i nämndens internkontrollplan för 2025 har genomförts under "
        "årets första åtta månader. Status anges efter tankstrecket (genomförd / delvis / ej genomförd / utgår) "
        "följt av en kommentar.")
    for proc, items in procs:
        d.add_heading(proc, level=2)
        for km, status, s, a in items:
            text = f"{km} – {status}" if status else f"{km} –"
            d.add_paragraph(text, style="List Bullet")
            exp(fil, N, km, s, a)
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Loggrapport elevhälsans journalsystem (skickas separat).")
    d.add_paragraph("Nästa uppföljning: helår 2025, redovisas för nämnden i februari 2026.")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Word: headed paragraphs ("1. Attest av fakturor" + paragraph)
# ---------------------------------------------------------------------------
def build_docx_headed():
    fil = "Internkontroll delår 2025 VON.docx"
    N = "Vård- och omsorgsnämnden"
    items = [
        ("Attest av fakturor",
         ["Ekonomienheten har under maj gjort stickprov på 40 leverantörsfakturor från perioden januari–april. "
          "Samtliga var attesterade av behörig attestant enligt gällande attestlista. Inga avvikelser noterades."],
         "GENOMFORD", "nej"),
        ("Avgifter för hemtjänst och särskilt boende debiteras enligt beslut och taxa",
         ["Kontrollen är genomförd för 30 slumpvis utvalda brukare. I två fall hade avgiften inte justerats efter "
          "ändrat biståndsbeslut. Felen är rättade och för mycket debiterad avgift har betalats tillbaka."],
         "GENOMFORD", "ja"),
        ("Läkemedelshantering på särskilda boenden",
         ["Egenkontroll av läkemedelsförråden har gjorts på fyra av sju särskilda boenden. De tre återstående "
          "kontrolleras under september–oktober tillsammans med MAS."],
         "DELVIS", ""),
        ("Hantering av brukares privata medel",
         ["Vi har inte hunnit göra kontrollen under perioden på grund av sjukskrivningar bland enhetscheferna. "
          "Kontrollen görs i stället i november och redovisas i helårsuppföljningen."],
         "EJ_GENOMFORD", ""),
        ("Genomförandeplaner är upprättade och aktuella",
         ["Granskning av 50 akter visar att 41 hade en aktuell genomförandeplan (82 %). Målet är 95 %.",
          "Enhetscheferna har fått i uppdrag att åtgärda de planer som saknas före den 30 september."],
         "GENOMFORD", "ja"),
        ("Schemaläggning och bemanning i Time Care",
         [],
         "SAKNAS", ""),
        ("Utbetalning av ersättning till privata utförare enligt LOV",
         ["Kontrollen utgår. Nämnden beslutade 2025-03-19 § 32 att avveckla valfrihetssystemet i hemtjänsten "
          "från och med 1 maj 2025."],
         "UTGAR", ""),
        ("Rapporter enligt lex Sarah utreds och anmäls",
         ["Samtliga 14 rapporter under perioden har utretts och anmälningsskyldigheten har prövats. Två av dem "
          "anmäldes till IVO. Handläggningen har skett enligt rutinen och inga brister har noterats."],
         "GENOMFORD", "nej"),
        ("Utdrag ur belastningsregistret vid anställning på LSS-boenden för barn",
         ["Kontrollen har påbörjats. Hittills har 12 av cirka 30 anställningar granskats, samtliga utan anmärkning."],
         "DELVIS", "nej"),
        ("Användarbehörigheter i verksamhetssystemet Lifecare",
         ["Se bifogad loggrapport."],
         "OKLAR", ""),
    ]
    d = docx.Document()
    fix_core(d, "Uppföljning internkontrollplan 2025 delår", "Eva Strand")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Lerviks kommun\tVård- och omsorgsförvaltningen"
    d.add_heading("Uppföljning av internkontrollplan 2025", level=0)
    d.add_paragraph("Vård- och omsorgsnämnden – delårsrapport januari–augusti")
    d.add_heading("Inledning", level=1)
    d.add_paragraph(
        "Vård- och omsorgsnämnden antog internkontrollplanen för 2025 den 11 december 2024. Planen innehåller tio "
        "kontrollmoment. Nedan beskrivs vad som har gjorts i respektive kontroll fram till och med augusti.")
    d.add_heading("Kontroller", level=1)
    for i, (km, paras, s, a) in enumerate(items, 1):
        d.add_heading(f"{i}. {km}", level=2)
        for t in paras:
            d.add_paragraph(t)
        exp(fil, N, km, s, a)
    d.add_heading("Sammanfattande bedömning", level=1)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. De avvikelser som har "
        "upptäckts har åtgärdats eller är under åtgärd. Kontrollerna som inte har hunnits med genomförs under hösten.")
    d.add_paragraph("Lervik 2025-09-08")
    d.add_paragraph("Eva Strand\nFörvaltningschef, Vård- och omsorgsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Excel with free-text status
# ---------------------------------------------------------------------------
def fix_wb(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def build_xlsx_freetext():
    fil = "IK 2025 tekniska jan-aug.xlsx"
    N = "Tekniska nämnden"
    rows = [
        # nr, område, vad kontrolleras, vem, hur, status, kommentar, expected status, avvikelse
        (1, "Ekonomi", "Attest av leverantörsfakturor", "Maria", "Stickprov 20 st", "ok inga fel", None,
         "GENOMFORD", "nej"),
        (2, "Ekonomi", "Fakturering av externa hyresgäster sker enligt hyresavtal", "Maria", "Alla avtal",
         "klart", "2 avtal hade fel indexuppräkning, rättat i juni", "GENOMFORD", "ja"),
        (3, "Ekonomi", "Leverantörer kontrolleras mot F-skatteregistret", "Maria", "Stickprov", "Klart ", None,
         "GENOMFORD", ""),
        (4, "Inköp", "Avtalstrohet vid inköp av byggmaterial", "Jonas", "Stickprov 20 st", "ca hälften",
         "10 av 20 stickprov gjorda", "DELVIS", ""),
        (5, "Inköp", "Direktupphandlingar dokumenteras enligt riktlinjen", "Jonas", "Genomgång", "inte hunnit",
         None, "EJ_GENOMFORD", ""),
        (6, "Fordon", "Körjournaler förs för kommunens fordon", "Anders", "Stickprov 10 fordon", "görs i okt",
         None, "EJ_GENOMFORD", ""),
        (7, "Fordon", "Drivmedelskort används endast för tjänstefordon", "Anders", "Kontoutdrag", "ok inga fel",
         None, "GENOMFORD", "nej"),
        (8, "Fastighet", "Besiktning av lekplatser enligt SS-EN 1176", "Sara", "Extern besiktning", "klart",
         "besiktning april, 3 lekplatser hade brister som är åtgärdade", "GENOMFORD", "ja"),
        (9, "Fastighet", "Systematiskt brandskyddsarbete (SBA) dokumenteras i kommunens lokaler", "Sara",
         "Genomgång", "pågår", "14 av 31 fastigheter klara", "DELVIS", ""),
        (10, "VA", "Provtagning av dricksvatten enligt provtagningsplanen", "Erik", "Labbrapporter", "ok",
         "inga anmärkningar från labbet", "GENOMFORD", "nej"),
        (11, "VA", "Debitering av anläggningsavgift för nya VA-anslutningar", "Erik", "Alla", None,
         "alla 9 nya anslutningar fakturerade korrekt", "GENOMFORD", "nej"),
        (12, "Kost", "Egenkontrollprogrammet följs i kommunens kök", "Lina", "Egenkontroll", "stryks",
         "kosten flyttad till BUN 1/1", "UTGAR", ""),
        (13, "Gata", "Vinterväghållning utförs enligt avtal med entreprenör", "Erik", "Uppföljningsmöten", None,
         None, "SAKNAS", ""),
        (14, "Lokalvård", "Kvalitetsuppföljning av lokalvård (INSTA 800)", "Lina", "Mätning", "se Linas mail",
         None, "OKLAR", ""),
    ]
    wb = openpyxl.Workbook()
    fix_wb(wb, "Maria Andersson")
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Tekniska förvaltningen - internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning jan-aug (till delåret)"
    ws["A2"].font = Font(italic=True)
    hdr = ["Nr", "Område", "Vad kontrolleras", "Vem", "Hur", "Status delår", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
    r = 5
    for nr, omr, km, vem, hur, st, kom, s, a in rows:
        vals = [nr, omr, km, vem, hur, st, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, N, km, s, a)
        r += 1
    ws.cell(row=r + 1, column=1, value="uppdaterad 5/9 /MA")
    ws.cell(row=r + 1, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", (5, 11, 48, 9, 18, 14, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Normal Excel template (the kommun's own)
# ---------------------------------------------------------------------------
def build_xlsx_template():
    fil = "Uppföljning internkontrollplan 2025 Kommunstyrelsen delår.xlsx"
    N = "Kommunstyrelsen"
    # process, risk, kontrollmoment, metod, frekvens, ansvarig, status, avvikelse, kommentar, exp status, exp avv
    rows = [
        ("Lön", "Felaktiga löneutbetalningar",
         "Löneutbetalningar till nyanställda och vid ändrad lön sker enligt beslut",
         "Stickprov 25 st", "Delår, helår", "Lönechef", "Genomförd", "Nej", None, "GENOMFORD", "nej"),
        ("Lön", "Felaktiga löneutbetalningar",
         "Lönekörningens avvikelselista granskas före utbetalning",
         "Granskning", "Månadsvis", "Lönechef", "Genomförd", "Ja",
         "Två dubbelutbetalningar av OB-tillägg i mars upptäcktes och reglerades i april.", "GENOMFORD", "ja"),
        ("Upphandling", "Inköp utanför avtal",
         "Inköp sker från upphandlade leverantörer",
         "Analys i inköpsanalysverktyget + stickprov", "Delår, helår", "Upphandlingschef", "Delvis genomförd", "Nej",
         "Analysen visar 84 % avtalstrohet. Stickproven görs under hösten.", "DELVIS", "nej"),
        ("Upphandling", "Otillåten direktupphandling",
         "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Genomgång av alla", "Helår", "Upphandlingschef", "Ej genomförd", None,
         "Genomförs under tertial 3.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Otillåten representation",
         "Representation och gåvor följer riktlinjerna för representation",
         "Stickprov 20 st", "Delår", "Ekonomichef", "Genomförd", "Ja",
         "2 av 20 saknade deltagarförteckning och syfte. Påminnelse till attestanterna.", "GENOMFORD", "ja"),
        ("Ekonomi", "Felaktig momsredovisning",
         "Avdrag för ingående moms görs korrekt",
         "Stickprov 30 st", "Delår", "Redovisningschef", "Genomförd", "Nej", None, "GENOMFORD", "nej"),
        ("IT och informationssäkerhet", "Obehörig åtkomst",
         "Behörigheter i ekonomi- och lönesystem tas bort när anställning upphör",
         "Avstämning mot HR-systemet", "Delår, helår", "IT-chef", "Delvis genomförd", "Nej",
         "Ekonomisystemet klart, lönesystemet återstår.", "DELVIS", "nej"),
        ("IT och informationssäkerhet", "Förlust av data",
         "Säkerhetskopiering och återläsningstest av verksamhetskritiska system",
         "Test", "Helår", "IT-chef", "Utgår", None,
         "Ersätts av extern IT-revision 2025 enligt KS beslut 2025-05-07 § 88.", "UTGAR", ""),
        ("Kansli", "Beslut fattas utan delegation",
         "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Stickprov 15 st", "Delår", "Kanslichef", "Genomförd", "Nej", None, "GENOMFORD", "nej"),
        ("Kansli", "Handlingar registreras inte",
         "Allmänna handlingar registreras utan dröjsmål",
         "Stickprov", "Delår, helår", "Kanslichef", None, None, None, "SAKNAS", ""),
        ("Säkerhet och beredskap", "Bristande krisberedskap",
         "Krisledningsplanen är uppdaterad och övad",
         "Genomgång och övning", "Helår", "Säkerhetssamordnare", "Ej genomförd", None,
         "Planen är under revidering, övning planerad till november.", "EJ_GENOMFORD", ""),
    ]
    wb = openpyxl.Workbook()
    fix_wb(wb, "Sofia Berg")
    ws = wb.active
    ws.title = "Uppföljning"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Lerviks kommun"
    ws["A1"].font = Font(bold=True, size=10, color="1F4E79")
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=14)
    meta = [("Nämnd/styrelse:", "Kommunstyrelsen"),
            ("Uppföljningsperiod:", "Delår (1 januari – 31 augusti)"),
            ("Upprättad av:", "Sofia Berg, ekonomichef"),
            ("Datum:", dt.date(2025, 9, 12))]
    for i, (k, v) in enumerate(meta, 3):
        ws.cell(row=i, column=1, value=k).font = Font(bold=True)
        c = ws.cell(row=i, column=3, value=v)
        if isinstance(v, dt.date):
            c.number_format = "yyyy-mm-dd"
            c.alignment = Alignment(horizontal="left")
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)
    hr = 8
    hdr = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Status", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"]
    fill = PatternFill("solid", fgColor="1F4E79")
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = border
    r = hr + 1
    first_of_proc = {}
    for i, row in enumerate(rows, 1):
        proc, risk, km, metod, frek, ansv, st, avv, kom, s, a = row
        vals = [i, proc, risk, km, metod, frek, ansv, st, avv, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = border
        first_of_proc.setdefault(proc, []).append(r)
        exp(fil, N, km, s, a)
        r += 1
    last = r - 1
    # merge the process column per process (template has merged process cells)
    for proc, rs in first_of_proc.items():
        if len(rs) > 1:
            for rr in rs[1:]:
                ws.cell(row=rr, column=2).value = None
            ws.merge_cells(start_row=rs[0], start_column=2, end_row=rs[-1], end_column=2)
    dv1 = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"', allow_blank=True)
    dv2 = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    ws.add_data_validation(dv1)
    ws.add_data_validation(dv2)
    dv1.add(f"H{hr + 1}:H{last}")
    dv2.add(f"I{hr + 1}:I{last}")
    ws.cell(row=last + 2, column=1, value="Status anges med: Genomförd / Delvis genomförd / Ej genomförd / Utgår. "
                                          "Avvikelse anges Ja om kontrollen visat fel eller brister.").font = \
        Font(italic=True, size=9)
    ws.cell(row=last + 4, column=1, value="Behandlad av kommunstyrelsen 2025-09-24 § 131").font = Font(size=9)
    for col, w in zip("ABCDEFGHIJ", (5, 16, 22, 45, 22, 12, 16, 17, 11, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = ws.cell(row=hr + 1, column=1)
    ws.print_title_rows = f"{hr}:{hr}"
    ws.oddHeader.center.text = "Internkontroll 2025 – Kommunstyrelsen"

    ins = wb.create_sheet("Instruktion")
    ins["A1"] = "Instruktion till uppföljningen"
    ins["A1"].font = Font(bold=True, size=12)
    text = [
        "Fyll i kolumnerna Status, Avvikelse och Kommentar/åtgärd för varje kontrollmoment.",
        "Genomförd = kontrollen är utförd enligt plan.",
        "Delvis genomförd = kontrollen är påbörjad eller bara en del av urvalet är granskat.",
        "Ej genomförd = kontrollen har inte utförts under perioden.",
        "Utgår = kontrollen är struken genom beslut eller inte längre aktuell.",
        "Skicka den ifyllda mallen till ekonomikontoret senast den 5 september.",
    ]
    for i, t in enumerate(text, 3):
        ins.cell(row=i, column=1, value=t)
    ins.column_dimensions["A"].width = 90
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. File to reject: out-of-office reply saved as .txt
# ---------------------------------------------------------------------------
def build_reject():
    fil = "Automatiskt svar Uppföljning IK delår 2025.txt"
    lines = [
        "Från:\tJohan Nyberg",
        "Skickat:\tden 20 augusti 2025 09:12",
        "Till:\tEkonomikontoret",
        "Ämne:\tAutomatiskt svar: Uppföljning IK delår 2025",
        "",
        "Hej!",
        "",
        "Jag har semester till och med den 1 september och läser inte min e-post.",
        "",
        "Gäller det Socialnämndens uppföljning av internkontrollplanen eller delårsbokslutet, kontakta "
        "ekonomichef Anneli Sjö, 0543-281 30. Brådskande ärenden om ekonomiskt bistånd hänvisas till "
        "Socialförvaltningens reception, 0543-281 00.",
        "",
        "Vänliga hälsningar",
        "Johan Nyberg",
        "Controller, Socialförvaltningen",
        "Lerviks kommun",
        "",
    ]
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write("\r\n".join(lines).encode("cp1252"))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    build_txt_mail()
    build_eml()
    build_docx_bullets()
    build_docx_headed()
    build_xlsx_freetext()
    build_xlsx_template()
    build_reject()
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    # consistency checks
    reg = {n for n, _ in NAMNDER}
    inlast = {(f, n) for f, u, n, _, _ in FILES if u == "INLAST"}
    for f, n, km, s, a in EXPECTED:
        assert (f, n) in inlast, (f, n)
        assert n in reg, n
    for f, u, n, _, _ in FILES:
        assert os.path.exists(os.path.join(OUT, f)), f
        if u == "INLAST":
            assert n in reg
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
