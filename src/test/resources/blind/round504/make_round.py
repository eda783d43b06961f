#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r504 – Hudiksvalls kommun, uppföljning av internkontrollplaner helår 2025.

Builds every follow-up file of the round (plus one lock file that must be rejected)
and the three answer CSVs (namnder.csv, files.csv, expected.csv) in the folder of
this script. Deterministic: fixed texts, fixed document dates, fixed zip timestamps.

Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import io
import os
import re
import struct
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import (Style, TableCellProperties, TextProperties, TableColumnProperties,
                       ParagraphProperties)
from odf.table import Table, TableRow, TableCell, TableColumn, CoveredTableCell
from odf.text import P
from odf.meta import InitialCreator

OUT = os.path.dirname(os.path.abspath(__file__))
YEAR = "2025"
FIXED_DT = (2026, 1, 30, 9, 0, 0)
FIXED_ISO = "2026-01-30T09:00:00Z"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def p(name):
    return os.path.join(OUT, name)


def exp(fil, namnd, km, status, avv):
    km = re.sub(r"\s+", " ", km).strip()
    EXPECTED.append((fil, namnd, km, status, avv))


def normalize_zip(path):
    """Rewrite an OOXML/ODF zip with fixed timestamps (and fixed core/meta dates)."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for info, data in items:
            if info.filename in ("docProps/core.xml", "meta.xml"):
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", r"\g<1>" + FIXED_ISO + r"\2", s)
                s = re.sub(r"(<dc:date>)[^<]*(<)", r"\g<1>2026-01-30T09:00:00\2", s)
                s = re.sub(r"(<meta:creation-date>)[^<]*(<)", r"\g<1>2026-01-30T09:00:00\2", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 1. Samhällsbyggnadsförvaltningen – xlsx, Process | Kontrollmoment | ... | Utfall helår | Kommentar
# ---------------------------------------------------------------------------
def file_sbf():
    fil = "Uppföljning IKP 2025 helår Samhällsbyggnadsförvaltningen.xlsx"
    namnd = "Samhällsbyggnadsnämnden"
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))
    # process, [ (kontrollmoment, ansvarig, frekvens, metod, utfall, kommentar, exp_status, exp_avv) ]
    groups = [
        ("Ekonomi och inköp", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Ekonomiadministratör",
             "2 ggr/år", "Stickprov 20 fakturor per tillfälle", "Genomförd",
             "40 fakturor granskade (maj och november). Samtliga korrekt attesterade.",
             "GENOMFORD", "nej"),
            ("Kontroll av att direktupphandlingar över 100 tkr dokumenteras", "Upphandlare",
             "Årligen", "Genomgång av inköp i e-handelssystemet", "Genomförd med avvikelse",
             "3 av 12 direktupphandlingar saknade dokumentation. Påminnelse om rutinen skickad till enhetscheferna.",
             "GENOMFORD", "ja"),
            ("Avtalstrohet vid köp av förbrukningsmaterial", "Controller", "Årligen", "Spendanalys",
             "Delvis genomförd",
             "Spendanalys gjord för gata/park. Fastighetsavdelningen ej analyserad p.g.a. byte av ekonomisystem i oktober.",
             "DELVIS", ""),
        ]),
        ("Fastighet och park", [
            ("Besiktning av lekplatser enligt SS-EN 1176", "Parkchef", "Årligen",
             "Protokoll från extern besiktningsman", "Genomförd",
             "Samtliga 34 lekplatser besiktigade i maj. Två A-anmärkningar (Håstaholmen, Sörforsa) åtgärdade direkt.",
             "GENOMFORD", "ja"),
            ("Obligatorisk ventilationskontroll (OVK) i kommunens verksamhetslokaler", "Fastighetschef",
             "Årligen", "Kontroll mot OVK-register", "Ej genomförd",
             "Upphandlingen av OVK-besiktning överprövades. Kontrollen flyttas till 2026.",
             "EJ_GENOMFORD", ""),
            ("Uppföljning av felanmälningar som inte åtgärdats inom 30 dagar", "Driftchef",
             "Tertialvis", "Rapport ur felanmälanssystemet", "",
             "Rapporter tagna i april, augusti och december – kontrollen är utförd. Inga ärenden äldre än 30 dagar vid årets slut.",
             "GENOMFORD", "nej"),
        ]),
        ("Mark och exploatering", [
            ("Markanvisningar och tomtförsäljning sker enligt riktlinjer för markanvisning\n(KF 2022-05-30 § 88)",
             "Mark- och exploateringsingenjör", "Årligen", "Genomgång av samtliga tecknade avtal",
             "Genomförd", "Fem avtal granskade, inga avvikelser.", "GENOMFORD", "nej"),
            ("Fakturering av arrenden och upplåtelser av allmän platsmark", "Handläggare mark",
             "2 ggr/år", "Avstämning mot arrendeförteckning", "Delvis genomförd",
             "Arrendena avstämda utan anmärkning. Upplåtelser av allmän platsmark (uteserveringar) stämdes av i december: 4 upplåtelser saknade faktura, fakturering sker i januari.",
             "DELVIS", "ja"),
        ]),
        ("Gata och trafik", [
            ("Vinterväghållning – kontroll av entreprenörens utförande mot avtal", "Gatuchef",
             "Vintersäsong", "Stickprov på körjournaler", "Utgår",
             "Utgår enligt beslut i nämnden 2025-04-17 § 52; ersätts av ny uppföljningsmodell i entreprenadavtalet.",
             "UTGAR", ""),
            ("Handläggning av parkeringstillstånd för rörelsehindrade inom fyra veckor", "Trafikhandläggare",
             "Tertialvis", "Uttag ur ärendesystemet", "Genomförd",
             "Handläggningstid i snitt 2,5 veckor. 3 av 96 ärenden överskred fyra veckor, samtliga p.g.a. väntan på komplettering.",
             "GENOMFORD", "ja"),
        ]),
        ("Personal och arbetsmiljö", [
            ("Tillbud och arbetsskador registreras i KIA", "HR-partner / enhetschefer", "Årligen",
             "Jämförelse KIA mot protokoll från skyddsronder", "Se bilaga 2", "",
             "OKLAR", ""),
        ]),
    ]

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = "Samhällsbyggnadsförvaltningen"
    ws["A1"].font = Font(size=16, bold=True, color="1F4E78")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = Font(size=13, bold=True)
    ws["A3"] = ("Planen beslutad i nämnden 2024-12-12 § 187. Uppföljningen upprättad 2026-01-20 "
                "av Lena Bergström, controller.")
    ws["A3"].font = Font(italic=True, size=9)
    ws["A5"] = ("Instruktion: Ange utfall som Genomförd / Genomförd med avvikelse / Delvis genomförd / "
                "Ej genomförd / Utgår. Beskriv resultat och eventuella avvikelser i kommentarsfältet.")
    ws.merge_cells("A5:G5")
    ws["A5"].alignment = Alignment(wrap_text=True)
    ws["A5"].font = Font(italic=True, color="7F7F7F")
    ws.row_dimensions[5].height = 30
    headers = ["Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Metod", "Utfall helår", "Kommentar"]
    hr = 7
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = border
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r = hr + 1
    for proc, rows in groups:
        start = r
        for (km, ans, frek, metod, utfall, komm, st, avv) in rows:
            vals = [proc if r == start else None, km, ans, frek, metod, utfall or None, komm or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = wrap
                cell.border = border
            exp(fil, namnd, km, st, avv)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1,
            value="Summering: 11 kontrollmoment – 5 genomförda (varav 1 med avvikelse), 2 delvis genomförda, "
                  "1 ej genomförd, 1 utgår, 2 ej angivna.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(row=r, column=1).font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="Hudiksvall 2026-01-20")
    ws.cell(row=r + 1, column=1, value="Per Nyström, samhällsbyggnadschef")
    widths = [20, 46, 22, 13, 30, 18, 60]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A8"
    ws.print_title_rows = "7:7"
    ws.oddHeader.center.text = "Samhällsbyggnadsförvaltningen – Intern kontroll 2025"
    ws.page_setup.orientation = "landscape"
    wb.properties.creator = "Lena Bergström"
    wb.properties.created = datetime.datetime(2026, 1, 20, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 20, 8, 0, 0)
    wb.save(p(fil))
    normalize_zip(p(fil))
    return fil


# ---------------------------------------------------------------------------
# 2. Socialnämnden – docx, prose + table with "Följer plan: Ja/Nej"
# ---------------------------------------------------------------------------
def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def fixed_core(d, author, title):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = datetime.datetime(2026, 1, 22, 8, 0, 0)
    cp.modified = datetime.datetime(2026, 1, 22, 8, 0, 0)
    cp.revision = 3


def file_sn():
    fil = "SN Helårsuppföljning internkontrollplan 2025.docx"
    namnd = "Socialnämnden"
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))
    rows = [
        ("Ekonomiskt bistånd", [
            ("Felaktiga utbetalningar av ekonomiskt bistånd", "12",
             "Stickprov om 25 akter per halvår avseende beslut och utbetalning av ekonomiskt bistånd",
             "Ja",
             "Stickprov genomfört i juni och november, totalt 50 akter. I två akter saknades underlag för hyra; "
             "återkrav har beslutats och rutinen har gåtts igenom på APT.",
             "GENOMFORD", "ja"),
            ("Dubbelutbetalning vid samtidig ersättning från annan myndighet", "9",
             "Kontroll mot Försäkringskassan och A-kassa via SSBTEK vid varje nybesök",
             "Ja", "Ja. Kontrollen görs vid samtliga nybesök. Inga avvikelser har noterats.",
             "GENOMFORD", "nej"),
        ]),
        ("Barn och unga", [
            ("Orosanmälningar förhandsbedöms inte inom 14 dagar", "12",
             "Månatlig uppföljning i verksamhetssystemet av andel förhandsbedömningar klara inom 14 dagar",
             "Ja",
             "Uppföljning gjord varje månad. Andelen inom 14 dagar var 78 % under våren och 96 % under hösten. "
             "Åtgärdsplan med omfördelning av ärenden finns.",
             "GENOMFORD", "ja"),
            ("Placerade barn får inte lagstadgade besök av socialsekreterare", "8",
             "Genomgång av samtliga placeringar – kontroll att besök dokumenterats minst fyra gånger per år",
             "Nej",
             "Genomgången är gjord för familjehemsplacerade barn, där inga brister noterades. "
             "HVB-placeringarna har inte hunnits med på grund av vakanser; slutförs under kvartal 1 2026.",
             "DELVIS", "nej"),
        ]),
        ("Hantera personuppgifter enligt GDPR och OSL", [
            ("Sekretessbelagda handlingar skickas till fel mottagare", "8",
             "Hantering av handlingar tas upp på APT i alla arbetsgrupper två gånger per år",
             "Ja", "Har tagits upp på APT i maj och i november i samtliga arbetsgrupper.",
             "GENOMFORD", "nej"),
            ("Obehörig åtkomst till personakter", "9",
             "Loggkontroll i verksamhetssystemet, 10 slumpvis valda användare per kvartal",
             "Nej",
             "Loggkontroll har inte genomförts under året då systemförvaltaren slutat i februari. "
             "Ny systemförvaltare är rekryterad och kontrollen återupptas 2026.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Kvalitetssäkra uppdragstagare (familjehem, kontaktfamiljer)", [
            ("Familjehem utreds inte enligt Socialstyrelsens vägledning", "8",
             "Granskning av fem familjehemsutredningar avseende användning av Kälvestensmetoden",
             "",
             "Granskningen är genomförd i oktober. Samtliga fem utredningar följde metoden.",
             "GENOMFORD", "nej"),
        ]),
        ("Hantera klagomål och synpunkter", [
            ("Synpunkter och klagomål tas inte tillvara och återkoppling saknas", "9",
             "Sammanställning av inkomna synpunkter redovisas till nämnden två gånger per år",
             "Ja", "Redovisat till nämnden i juni och i december.",
             "GENOMFORD", "nej"),
        ]),
        ("Återsökning Migrationsverket", [
            ("Socialnämnden går miste om statliga medel", "9",
             "Kvartalsvis kontroll att återsökning hos Migrationsverket gjorts för samtliga berättigade ärenden",
             "Ja",
             "Återsökning gjord för kvartal 1–3 utan anmärkning. Kvartal 4 söks i januari enligt tidsplan.",
             "GENOMFORD", "nej"),
        ]),
    ]
    d = docx.Document()
    fixed_core(d, "Anna Sjöberg", "Helårsuppföljning internkontrollplan 2025")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "HUDIKSVALLS KOMMUN\tSocialförvaltningen\t2026-01-22"
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)

    d.add_heading("Helårsuppföljning av Socialnämndens internkontrollplan 2025", level=1)
    d.add_paragraph("Dnr SN 2025/0041")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att verksamheten bedrivs i enlighet med de mål "
        "och riktlinjer som fullmäktige har bestämt samt de bestämmelser i lag eller annan författning som gäller "
        "för verksamheten. De ska också se till att den interna kontrollen är tillräcklig.")
    d.add_paragraph(
        "Socialnämnden antog 2024-11-27 § 142 en internkontrollplan för 2025. Vid framtagandet av planen "
        "genomfördes en riskanalys där 18 risker inventerades och bedömdes. Nio av dessa bedömdes som kritiska "
        "(riskvärde 8 eller högre) och har hanterats i planen.")
    d.add_heading("Uppföljning 2025", level=2)
    d.add_paragraph(
        "I tabellen nedan redovisas för varje kritisk risk om hanteringen enligt planen har följts (Ja/Nej) samt "
        "en kommentar om genomförda och planerade aktiviteter. Två av kontrollerna har inte följt planen; "
        "en är delvis genomförd och en har skjutits till 2026.")
    headers = ["Ansvarsområde/ process", "Risk", "Risk-värde", "Kontrollmoment/åtgärd",
               "Följer plan: Ja/Nej", "Kommentar"]
    n = sum(len(g[1]) for g in rows)
    t = d.add_table(rows=1 + n, cols=len(headers))
    t.style = "Table Grid"
    widths = [Cm(3.6), Cm(4.4), Cm(1.5), Cm(6.2), Cm(2.0), Cm(8.3)]
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        set_cell_shading(c, "D9E2F3")
    set_repeat_header(t.rows[0])
    ri = 1
    for proc, items in rows:
        start = ri
        for (risk, rv, km, ja, komm, st, avv) in items:
            cells = t.rows[ri].cells
            cells[1].text = risk
            cells[2].text = rv
            cells[3].text = km
            cells[4].text = ja
            cells[5].text = komm
            exp(fil, namnd, km, st, avv)
            ri += 1
        top = t.cell(start, 0)
        if ri - 1 > start:
            top = top.merge(t.cell(ri - 1, 0))
        top.text = proc
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_heading("Bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. "
        "Kontrollerna som inte slutförts förs över till internkontrollplanen 2026.")
    d.add_paragraph("Anna Sjöberg\nSocialchef")
    d.save(p(fil))
    normalize_zip(p(fil))
    return fil


# ---------------------------------------------------------------------------
# 3. Stratsys export – CSV with four nämnder, delår + helår columns side by side
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_Internkontroll_Helar2025_export.csv"
    data = [
        ("Kommunstyrelsen", [
            ("Ekonomi", "Fel i bokslutet p.g.a. ej avstämda konton",
             "Kontroll av att avstämning av balanskonton görs månadsvis", "Redovisningsansvarig", "Månadsvis",
             "Genomförd", "Jan–aug avstämt.", "Genomförd", "Samtliga balanskonton avstämda per 31/12.", "Nej",
             "GENOMFORD", "nej"),
            ("Ekonomi", "Representation strider mot riktlinjer",
             "Representation och förtroendekänsliga poster följer riktlinjer", "Controller", "2 ggr/år",
             "Genomförd", "15 verifikat granskade, 2 saknade deltagarlista.", "Genomförd",
             "Andra stickprovet: 15 verifikat utan anmärkning.\nTotalt 2 av 30 verifikat med brist under året.",
             "Ja", "GENOMFORD", "ja"),
            ("HR och lön", "Felaktiga löneutbetalningar",
             "Löneutbetalningar – kontroll av nyupplagda anställningar mot anställningsbeslut", "Lönechef",
             "Tertialvis", "Pågående", "", "Delvis genomförd",
             "Kontroll gjord T1 och T2. T3 har inte hunnits med p.g.a. byte av lönesystem.", "",
             "DELVIS", ""),
            ("IT", "Obehörig åtkomst i ekonomisystemet",
             "Behörigheter i ekonomisystemet gås igenom och avslutas för personer som slutat", "Systemförvaltare",
             "Årligen", "Ej påbörjad", "Planeras till hösten.", "Genomförd",
             "Genomgång gjord i november. 7 behörigheter för avslutade anställningar togs bort.", "Ja",
             "GENOMFORD", "ja"),
            ("Upphandling", "Inköp görs utanför ramavtal",
             "Avtalstrohet – andel inköp hos avtalade leverantörer", "Upphandlingschef", "Årligen",
             "Ej påbörjad", "Görs under hösten.", "", "", "",
             "EJ_GENOMFORD", ""),
            ("Säkerhet", "Bristande krisberedskap",
             "Krisledningsplanen är uppdaterad och övad", "Säkerhetssamordnare", "Årligen",
             "Pågående", "Revidering pågår.", "Genomförd",
             "Planen reviderad och antagen av KS 2025-10-07. Övning genomförd 2025-11-19.", "Nej",
             "GENOMFORD", "nej"),
        ]),
        ("Barn- och utbildningsnämnden", [
            ("Ekonomi", "Felaktiga interkommunala ersättningar",
             "Interkommunala ersättningar faktureras och betalas enligt gällande bidragsbelopp", "Ekonom",
             "2 ggr/år", "Genomförd", "Första kontrollen utan anmärkning.", "Genomförd",
             "Andra kontrollen: en felaktig debitering från annan kommun upptäcktes och har krediterats.", "Ja",
             "GENOMFORD", "ja"),
            ("Skolskjuts", "Beslut fattas utan stöd i riktlinjer",
             "Beslut om skolskjuts fattas enligt riktlinjer och delegationsordning", "Skolskjutshandläggare",
             "Årligen", "", "", "Ej genomförd", "Kontrollen har inte genomförts på grund av personalbrist.", "",
             "EJ_GENOMFORD", ""),
            ("Elevhälsa", "Kränkande behandling anmäls inte",
             "Anmälan om kränkande behandling anmäls till huvudman utan dröjsmål", "Verksamhetschef elevhälsa",
             "Tertialvis", "Pågående", "T1 och T2 kontrollerade.", "Genomförd",
             "Samtliga anmälningar under året inkom till huvudman inom fem dagar.", "Nej",
             "GENOMFORD", "nej"),
            ("Förskola", "Placering erbjuds inte inom lagstadgad tid",
             "Kösystem – placering i förskola erbjuds inom fyra månader", "Placeringsansvarig", "Tertialvis",
             "Genomförd", "", "Delvis genomförd",
             "Kontroll gjord för förskolorna i centrala Hudiksvall, ej för Delsbo och Iggesund.", "Nej",
             "DELVIS", "nej"),
            ("Kvalitet", "Betyg registreras för sent",
             "Betygssättning – kontroll av att betyg registreras i tid", "Skoladministratör", "2 ggr/år",
             "Utgår", "Ersätts av Skolverkets nationella uppföljning.", "Utgår", "", "",
             "UTGAR", ""),
        ]),
        ("Kultur- och fritidsnämnden", [
            ("Föreningsbidrag", "Bidrag betalas ut på felaktiga grunder",
             "Föreningsbidrag betalas ut enligt regler och inlämnade underlag", "Föreningskonsulent", "Årligen",
             "Genomförd", "10 ansökningar granskade.", "Genomförd",
             "Totalt 20 ansökningar granskade. En förening har återbetalat 12 000 kr för felaktigt angivet medlemsantal.",
             "Ja", "GENOMFORD", "ja"),
            ("Anläggningar", "Kassadifferenser och förskingring",
             "Kontanthantering i badhusets kassa stäms av dagligen", "Badhuschef", "Tertialvis",
             "Pågående", "", "Genomförd", "Tre oanmälda kassakontroller genomförda, inga differenser.", "Nej",
             "GENOMFORD", "nej"),
            ("Bibliotek", "Personuppgifter sparas för länge",
             "Gallring av personuppgifter i bibliotekssystemet", "Bibliotekschef", "Årligen",
             "", "", "", "", "",
             "SAKNAS", ""),
            ("Lokaler", "Hyresavtal förlängs automatiskt",
             "Hyresavtal för externt inhyrda lokaler följs upp före uppsägningstid", "Förvaltningsekonom",
             "Årligen", "", "", "", "Redovisas i verksamhetsberättelsen.", "",
             "OKLAR", ""),
        ]),
        ("Valnämnden", [
            ("Val", "Röstlokaler är inte tillgängliga",
             "Inventering av röstlokaler avseende tillgänglighet inför valet 2026", "Valsamordnare", "Årligen",
             "Pågående", "Inventering påbörjad.", "Genomförd",
             "Samtliga 31 röstlokaler inventerade. Två lokaler byts ut p.g.a. bristande tillgänglighet.", "Ja",
             "GENOMFORD", "ja"),
            ("Val", "Brist på utbildade röstmottagare",
             "Rekryterings- och utbildningsplan för röstmottagare är fastställd", "Valsamordnare", "Årligen",
             "Ej påbörjad", "", "Ej påbörjad", "Flyttad till våren 2026 enligt Valmyndighetens tidsplan.", "",
             "EJ_GENOMFORD", ""),
        ]),
    ]
    buf = io.StringIO()
    buf.write("Internkontroll - Uppföljning\r\n")
    buf.write("Period: Helår 2025\r\n")
    buf.write("Exporterad: 2026-01-27 14:02 av Maria Ek\r\n")
    buf.write("\r\n")
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["Organisation", "Process", "Risk", "Kontrollmoment", "Kontrollansvarig", "Frekvens",
                "Status delår 2025", "Kommentar delår 2025", "Status helår 2025", "Kommentar helår 2025",
                "Avvikelse"])
    for org, items in data:
        FILES.append((fil, "INLAST", org, YEAR, "HELAR"))
        for it in items:
            w.writerow(["Hudiksvalls kommun/" + org] + list(it[:10]))
            exp(fil, org, it[2], it[10], it[11])
    with open(p(fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    return fil


# ---------------------------------------------------------------------------
# 4. Omsorgsförvaltningen – ODS, status only as a fill colour, legend in words below
# ---------------------------------------------------------------------------
def file_ods():
    fil = "IK-uppföljning helår 2025 Omsorgsförvaltningen.ods"
    namnd = "Vård- och omsorgsnämnden"
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))
    G, Y, R, Gr, N = "#92d050", "#ffff00", "#ff0000", "#bfbfbf", None
    rows = [
        ("1", "Läkemedelshantering", "Felaktig läkemedelsadministrering",
         "Egenkontroll av signeringslistor för läkemedel på särskilda boenden", "MAS", "Kvartalsvis", G,
         "Kontroll genomförd alla kvartal. 14 missade signeringar, samtliga avvikelserapporterade och åtgärdade.",
         "GENOMFORD", "ja"),
        ("2", None, "Svinn/stöld av narkotikaklassade läkemedel",
         "Inventering av narkotikaklassade läkemedel två gånger per år", "MAS / sjuksköterskor",
         "Vår och höst", G, "Inga differenser.", "GENOMFORD", "nej"),
        ("3", "Hemtjänst", "Utförd tid överensstämmer inte med beviljad tid",
         "Jämförelse mellan beviljad och utförd tid i planeringssystemet för 30 brukare", "Enhetschef hemtjänst",
         "Tertialvis", Y, "Jämförelse gjord för 18 av 30 brukare. Resterande genomförs i januari 2026.",
         "DELVIS", ""),
        ("4", "Myndighetsutövning", "Beslut verkställs inte inom tre månader",
         "Rapportering av ej verkställda beslut till IVO", "Biståndschef", "Kvartalsvis", G,
         "Rapporterat samtliga kvartal. 6 ej verkställda beslut om särskilt boende, väntetid upp till 5 månader.",
         "GENOMFORD", "ja"),
        ("5", "Avgifter", "Felaktiga avgifter för vård och omsorg",
         "Stickprov av 20 avgiftsbeslut mot inkomstuppgifter", "Avgiftshandläggare", "Årligen", R,
         "Ej genomförd p.g.a. ny handläggare under hösten.", "EJ_GENOMFORD", ""),
        ("6", "Personal", "Omvårdnadspersonal utför HSL-uppgifter utan giltig delegering",
         "Kontroll av delegeringar för omvårdnadspersonal", "Enhetschefer", "Årligen", G,
         "Samtliga delegeringar förnyade och registrerade.", "GENOMFORD", "nej"),
        ("7", "Basal hygien", "Låg följsamhet till basala hygienrutiner",
         "Observationsmätning basal hygien (PPM-BHK) på samtliga enheter", "Hygiensjuksköterska",
         "Vår och höst", N,
         "Vår- och höstmätning genomförd på alla enheter. Följsamhet 84 % mot målet 90 %.",
         "GENOMFORD", "ja"),
        ("8", "Dokumentation", "Bristande social dokumentation",
         "Journalgranskning av genomförandeplaner, 5 per enhet", "Kvalitetsutvecklare", "Årligen", Gr,
         "Enligt beslut VON 2025-06-18 § 71 ingår granskningen i den nya kvalitetsuppföljningen.",
         "UTGAR", ""),
        ("9", "Trygghetslarm", "Trygghetslarm fungerar inte",
         "Testlarm av trygghetslarm hos brukare med ordinärt boende", "Larmsamordnare", "Månadsvis", N, "",
         "SAKNAS", ""),
        ("10", "Inköp", "Inköp utanför avtal",
         "Stickprov av 25 inköp av förbrukningsmaterial i hemtjänsten", "Controller", "Årligen", Y,
         "Analys påbörjad i december, resultatet redovisas för nämnden i februari.", "DELVIS", ""),
        ("11", "Brukares medel", "Brukares kontanter hanteras felaktigt",
         "Kassagranskning av brukarnas handkassor på särskilda boenden", "Enhetschef SÄBO", "2 ggr/år", G,
         "Genomförd vid 6 av 6 boenden. På ett boende saknades kvitton för 1 350 kr; rutinen har förtydligats.",
         "GENOMFORD", "ja"),
    ]
    doc = OpenDocumentSpreadsheet()
    doc.meta.addElement(InitialCreator(text="Eva Lindqvist"))

    def cstyle(name, bg=None, bold=False, size=None, wrap=True, border=True, color=None, italic=False):
        st = Style(name=name, family="table-cell")
        kw = {}
        if bg:
            kw["backgroundcolor"] = bg
        if border:
            kw["border"] = "0.06pt solid #000000"
        if wrap:
            kw["wrapoption"] = "wrap"
        kw["verticalalign"] = "top"
        st.addElement(TableCellProperties(**kw))
        tk = {}
        if bold:
            tk["fontweight"] = "bold"
        if size:
            tk["fontsize"] = size
        if color:
            tk["color"] = color
        if italic:
            tk["fontstyle"] = "italic"
        if tk:
            st.addElement(TextProperties(**tk))
        doc.automaticstyles.addElement(st)
        return st

    s_title = cstyle("ctitle", bold=True, size="14pt", wrap=False, border=False)
    s_sub = cstyle("csub", bold=True, size="11pt", wrap=False, border=False)
    s_plain = cstyle("cplain", wrap=False, border=False)
    s_it = cstyle("cit", wrap=False, border=False, italic=True)
    s_head = cstyle("chead", bg="#c6e0b4", bold=True)
    s_body = cstyle("cbody")
    s_proc = cstyle("cproc", bold=True)
    fills = {G: cstyle("cgreen", bg=G), Y: cstyle("cyellow", bg=Y), R: cstyle("cred", bg=R),
             Gr: cstyle("cgrey", bg=Gr)}
    colw = ["0.9cm", "3.4cm", "4.6cm", "6.4cm", "3.2cm", "2.4cm", "1.8cm", "8.5cm"]
    table = Table(name="Uppföljning 2025")
    for i, wdt in enumerate(colw):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wdt))
        doc.automaticstyles.addElement(cs)
        table.addElement(TableColumn(stylename=cs))

    def tcell(text, style, **kw):
        if text is not None and text != "":
            c = TableCell(stylename=style, valuetype="string", **kw)
            for line in str(text).split("\n"):
                c.addElement(P(text=line))
        else:
            c = TableCell(stylename=style, **kw)
        return c

    def addrow(cells):
        tr = TableRow()
        for c in cells:
            tr.addElement(c)
        table.addElement(tr)

    addrow([tcell("Omsorgsförvaltningen – Internkontroll 2025", s_title)])
    addrow([tcell("Uppföljning helår (per 2025-12-31)", s_sub)])
    addrow([tcell("Sammanställd av Eva Lindqvist, kvalitetsstrateg, 2026-01-26", s_it)])
    addrow([tcell("", s_plain)])
    heads = ["Nr", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Tidpunkt", "Status", "Iakttagelser/kommentar"]
    addrow([tcell(h, s_head) for h in heads])
    # merged process cell for rows 1-2
    for idx, (nr, proc, risk, km, ans, tid, fill, komm, st, avv) in enumerate(rows):
        cells = [tcell(nr, s_body)]
        if idx == 0:
            cells.append(tcell(proc, s_proc, numberrowsspanned=2))
        elif proc is None:
            cells.append(CoveredTableCell())
        else:
            cells.append(tcell(proc, s_proc))
        cells += [tcell(risk, s_body), tcell(km, s_body), tcell(ans, s_body), tcell(tid, s_body),
                  TableCell(stylename=fills[fill] if fill else s_body), tcell(komm, s_body)]
        addrow(cells)
        exp(fil, namnd, km, st, avv)
    addrow([tcell("", s_plain)])
    addrow([tcell("", s_plain), tcell("Förklaring till statuskolumnen:", s_sub)])
    legend = [(G, "Grön – kontrollen är genomförd"),
              (Y, "Gul – kontrollen är påbörjad/delvis genomförd"),
              (R, "Röd – kontrollen är inte genomförd"),
              (Gr, "Grå – kontrollen utgår efter beslut")]
    for fill, txt in legend:
        addrow([tcell("", s_plain), TableCell(stylename=fills[fill]), tcell(txt, s_plain)])
    addrow([tcell("", s_plain), tcell("Ofärgad ruta = status ej rapporterad av ansvarig.", s_it)])
    doc.spreadsheet.addElement(table)
    doc.save(p(fil))
    normalize_zip(p(fil))
    return fil


# ---------------------------------------------------------------------------
# 5. Hudiksvallshem AB – short Word report, text only
# ---------------------------------------------------------------------------
def file_bolag():
    fil = "Hudiksvallshem AB - Rapport intern kontroll 2025.docx"
    namnd = "Hudiksvallshem AB"
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))
    items = [
        ("Hyresavtal registreras i fastighetssystemet med korrekt hyra och index",
         "Kontrollen är genomförd. 30 nytecknade avtal granskades mot förhandlad hyra. Inga avvikelser noterades.",
         "GENOMFORD", "nej"),
        ("Attest och utbetalning av leverantörsfakturor över 50 000 kr",
         "Genomförd. Samtliga fakturor över beloppsgränsen (112 st) hade två attestanter. En faktura var "
         "attesterad av en person som saknade behörighet; attestförteckningen har uppdaterats.",
         "GENOMFORD", "ja"),
        ("Uppföljning av hyresfordringar och avbetalningsplaner",
         "Kontrollen har påbörjats men inte slutförts under året. Återstående del genomförs i samband med "
         "bokslutsarbetet i februari.",
         "DELVIS", ""),
        ("Systematiskt brandskyddsarbete (SBA) i bostadsbeståndet",
         "Ej genomförd. Kontrollen flyttas till 2026 när ny SBA-samordnare är på plats.",
         "EJ_GENOMFORD", ""),
        ("Jäv vid upphandling av entreprenader",
         "Kontrollen utgår. Den har ersatts av bolagets nya upphandlingspolicy med jävsdeklaration som "
         "styrelsen antog i maj 2025.",
         "UTGAR", ""),
    ]
    d = docx.Document()
    fixed_core(d, "Jonas Lund", "Rapport intern kontroll 2025")
    d.styles["Normal"].font.name = "Georgia"
    d.styles["Normal"].font.size = Pt(11)
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Hudiksvallshem AB"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    t = d.add_paragraph()
    r = t.add_run("Rapport avseende intern kontroll 2025")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Hudiksvallshem AB, org.nr 556187-XXXX\nTill styrelsen, för kännedom till kommunstyrelsen "
                    "i Hudiksvalls kommun")
    d.add_paragraph(
        "Styrelsen fastställde 2025-02-20 en plan för intern kontroll med fem kontrollpunkter. Nedan redovisas "
        "utfallet för helåret 2025. Kontrollerna har utförts av ekonomiavdelningen och fastighetsavdelningen.")
    for i, (km, res, st, avv) in enumerate(items, 1):
        para = d.add_paragraph()
        para.paragraph_format.space_before = Pt(10)
        para.paragraph_format.space_after = Pt(2)
        rr = para.add_run("%d. %s" % (i, km))
        rr.bold = True
        d.add_paragraph(res)
        exp(fil, namnd, km, st, avv)
    d.add_paragraph()
    d.add_paragraph(
        "Sammantaget bedömer bolaget att den interna kontrollen är tillräcklig. Kontrollerna som inte "
        "slutförts förs över till planen för 2026.")
    d.add_paragraph("Hudiksvall 2026-02-05")
    d.add_paragraph("Jonas Lund\nVerkställande direktör")
    d.save(p(fil))
    normalize_zip(p(fil))
    return fil


# ---------------------------------------------------------------------------
# 6. Överförmyndarnämnden – .xls (BIFF8) with T1/T2/T3 columns, codes + legend, grey = not planned
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "ÖFN IK-plan 2025 uppföljning T3.xls"
    namnd = "Överförmyndarnämnden"
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))
    X = "grey"
    rows = [
        ("1", "Redovisning", "Granskning av årsräkningar som inkommit senast 1 mars", "Handläggare",
         "Samtliga", "D", "J", X, "Samtliga 412 årsräkningar granskade per 31/8.", "GENOMFORD", "nej"),
        ("2", "Redovisning", "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Handläggare",
         "Stickprov 20", X, "J", "J",
         "T3: 20 arvoden kontrollerade, ett felberäknat (för högt) och korrigerat.", "GENOMFORD", "ja"),
        ("3", "Tillsyn", "Förteckning lämnas inom två månader i nya förvaltarskapsärenden", "Handläggare",
         "Samtliga nya", "J", "J", "N", "T3: ej kontrollerat p.g.a. sjukfrånvaro.", "EJ_GENOMFORD", ""),
        ("4", "Tillsyn", "Uttag från spärrade konton görs endast med överförmyndarens samtycke", "Handläggare",
         "Stickprov 10", "J", "J", "J", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("5", "Rekrytering", "Utdrag ur belastningsregistret och kreditupplysning inhämtas innan "
         "ställföreträdare förordnas", "Rekryterare", "Samtliga nya", "J", "D", "D",
         "Kreditupplysning saknades i 2 ärenden under T2–T3, kompletterat i efterhand.", "DELVIS", "ja"),
        ("6", "Arkiv", "Gallring av akter enligt dokumenthanteringsplanen", "Registrator", "Årligen",
         X, X, "U", "Ny dokumenthanteringsplan ej antagen.", "UTGAR", ""),
        ("7", "Handläggning", "Handläggningstid för ansökan om god man understiger tre månader", "Enhetschef",
         "Tertialvis", "J", "J", "", "", "GENOMFORD", ""),
        ("8", "Handläggning", "Beslut om arvode fattas av behörig enligt delegationsordningen",
         "Nämndsekreterare", "Stickprov 15", X, X, "J",
         "15 beslut granskade, samtliga fattade enligt delegationsordningen.", "GENOMFORD", "nej"),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    title = xlwt.easyxf("font: bold on, height 320;")
    sub = xlwt.easyxf("font: bold on, height 240;")
    small = xlwt.easyxf("font: italic on, height 180;")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour ice_blue; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre")
    body = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    code = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz centre, vert top")
    grey = xlwt.easyxf("pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin")
    bold = xlwt.easyxf("font: bold on;")
    ws.write_merge(0, 0, 0, 8, "Överförmyndarnämnden", title)
    ws.write_merge(1, 1, 0, 8, "Internkontrollplan 2025 med uppföljning per tertial – rapport efter T3", sub)
    ws.write_merge(2, 2, 0, 8, "Ifylls: J = genomförd, D = delvis genomförd/pågår, N = ej genomförd, "
                               "U = utgår. Grå ruta = ingen kontroll planerad det tertialet.", small)
    ws.write(3, 0, "Senast uppdaterad: 2026-01-15 /HS", small)
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Omfattning", "T1", "T2", "T3", "Kommentar"]
    for c, h in enumerate(hdr):
        ws.write(5, c, h, head)
    r = 6
    for (nr, omr, km, ans, omf, t1, t2, t3, komm, st, avv) in rows:
        ws.write(r, 0, nr, body)
        ws.write(r, 1, omr, body)
        ws.write(r, 2, km, body)
        ws.write(r, 3, ans, body)
        ws.write(r, 4, omf, body)
        for c, v in ((5, t1), (6, t2), (7, t3)):
            if v == X:
                ws.write(r, c, "", grey)
            else:
                ws.write(r, c, v, code)
        ws.write(r, 8, komm, body)
        exp(fil, namnd, km, st, avv)
        r += 1
    r += 1
    ws.write(r, 1, "Antal kontrollmoment", bold)
    ws.write(r, 2, len(rows))
    ws.write(r + 1, 1, "Genomförda (J) T3", bold)
    ws.write(r + 1, 2, sum(1 for x in rows if x[7] == "J"))
    ws.write(r + 3, 1, "Hanna Strand, enhetschef överförmyndarenheten")
    for c, wdt in enumerate([5, 16, 48, 16, 14, 6, 6, 6, 50]):
        ws.col(c).width = wdt * 256
    ws.set_header_str(b"&CHudiksvalls kommun &R&D")
    wb.save(p(fil))
    return fil


# ---------------------------------------------------------------------------
# 7. Miljö- och byggkontoret – docx, one table per process, nämnd only in page header
# ---------------------------------------------------------------------------
def file_mbk():
    fil = "Internkontroll 2025 uppföljning helår.docx"
    namnd = "Miljö- och byggnadsnämnden"
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))
    groups = [
        ("1. Tillsyn enligt miljöbalken", [
            ("Debitering av tillsynsavgifter sker enligt taxa", "Miljöinspektör",
             "Stickprov 15 ärenden. Två ärenden debiterade med fel timtaxa.", "Utförd – avvikelse",
             "Rättelse av fakturorna, genomgång av taxan på APT.", "GENOMFORD", "ja"),
            ("Tillsynsplanen följs för prioriterade objekt", "Miljöchef",
             "Genomgång gjord för hälsoskydd men inte för miljöfarlig verksamhet.", "Delvis utförd",
             "Resterande del följs upp i T1 2026.", "DELVIS", ""),
        ]),
        ("2. Bygglov och byggtillsyn", [
            ("Bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef",
             "Uttag ur ärendesystemet för hela året. 6 av 412 ärenden överskred tiden; avgiften reducerades.",
             "Utförd", "", "GENOMFORD", "ja"),
            ("Slutbesked utfärdas först när samtliga handlingar har inkommit", "Byggnadsinspektör",
             "", "Ej utförd", "Flyttas till 2026 p.g.a. vakans.", "EJ_GENOMFORD", ""),
            ("Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
             "Kontroll av samtliga månadslistor mot ärendesystemet. Alla beslut anmälda.", "Utförd", "",
             "GENOMFORD", "nej"),
        ]),
        ("3. Livsmedelskontroll", [
            ("Kontrollrapporter skickas till verksamhetsutövaren inom tre veckor", "Livsmedelsinspektör",
             "Stickprov 20 rapporter, 19 skickade inom tre veckor.", "Utförd",
             "Påminnelse om rutinen på APT.", "GENOMFORD", "ja"),
            ("Nya livsmedelsanläggningar registreras inom två veckor", "Administratör",
             "Kontrollen har flyttats till kommunstyrelsens plan (e-tjänst för registrering).", "Ej aktuell",
             "", "UTGAR", ""),
        ]),
        ("4. Administration och ekonomi", [
            ("Diarieföring av inkomna handlingar sker inom två arbetsdagar", "Registrator",
             "Stickprov av 50 handlingar har genomförts v. 12 och v. 44 utan anmärkning.", "", "",
             "GENOMFORD", "nej"),
            ("Avgifter för strandskyddsdispens faktureras enligt taxa", "Ekonom", "", "Utförd", "",
             "GENOMFORD", ""),
        ]),
    ]
    d = docx.Document()
    fixed_core(d, "Karin Holm", "Uppföljning intern kontroll 2025")
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Miljö- och byggkontoret\tHudiksvalls kommun"
    fp = sec.footer.paragraphs[0]
    fp.text = "Uppföljning intern kontroll 2025 – helår"
    d.add_heading("Uppföljning av intern kontroll 2025 – helår", level=1)
    info = d.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Diarienummer", "2025/0112"), ("Datum", "2026-01-29"),
                                ("Handläggare", "Karin Holm, nämndsekreterare"),
                                ("Beslutas av", "Nämnden 2026-02-18")]):
        info.cell(i, 0).text = k
        info.cell(i, 1).text = v
        info.cell(i, 0).paragraphs[0].runs[0].bold = True
    d.add_paragraph()
    d.add_paragraph(
        "Internkontrollplanen för 2025 antogs 2024-12-11 och omfattar nio kontrollmoment inom fyra "
        "processer. Nedan redovisas resultatet per process. Status anges som Utförd, Utförd – avvikelse, "
        "Delvis utförd, Ej utförd eller Ej aktuell.")
    hdr = ["Kontrollmoment", "Utförd av", "Resultat", "Status", "Åtgärd"]
    for proc, items in groups:
        d.add_heading(proc, level=2)
        t = d.add_table(rows=1 + len(items), cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            c = t.rows[0].cells[i]
            c.text = h
            c.paragraphs[0].runs[0].bold = True
            set_cell_shading(c, "E2EFD9")
        for ri, (km, av, res, st_txt, atg, st, avv) in enumerate(items, 1):
            vals = [km, av, res, st_txt, atg]
            for i, v in enumerate(vals):
                t.cell(ri, i).text = v
            exp(fil, namnd, km, st, avv)
        for row in t.rows:
            for i, wdt in enumerate([Cm(4.6), Cm(2.6), Cm(5.0), Cm(2.2), Cm(3.0)]):
                row.cells[i].width = wdt
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph("Den interna kontrollen bedöms som i huvudsak tillräcklig. Avvikelserna vid debitering av "
                    "tillsynsavgifter har rättats och följs upp i planen för 2026.")
    d.add_paragraph("Sofia Berglund\nMiljö- och byggchef")
    d.save(p(fil))
    normalize_zip(p(fil))
    return fil


# ---------------------------------------------------------------------------
# 8. Lock file (Excel owner file) – must be rejected
# ---------------------------------------------------------------------------
def file_lock():
    fil = "~$Uppföljning IKP 2025 helår Samhällsbyggnadsförvaltningen.xlsx"
    user = "lena.bergstrom"
    b = bytes([len(user)]) + user.encode("ascii")
    b = b.ljust(55, b" ")
    b += struct.pack("<H", len(user)) + user.encode("utf-16-le")
    b = b.ljust(165, b"\x00")
    with open(p(fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))
    return fil


# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen|IFO"),
    ("Vård- och omsorgsnämnden", "VON|Omsorgsförvaltningen|Vård- och omsorgsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggkontoret|MBK"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
    ("Hudiksvallshem AB", "Hudiksvallshem|HHEM"),
    ("Hudiksvalls Stadshus AB", "Stadshus AB|Stadshuskoncernen"),
]


def write_csvs():
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    file_sbf()
    file_sn()
    file_stratsys()
    file_ods()
    file_bolag()
    file_ofn()
    file_mbk()
    file_lock()
    write_csvs()
    print("files: %d, expected rows: %d" % (len(set(f[0] for f in FILES)), len(EXPECTED)))


if __name__ == "__main__":
    main()
