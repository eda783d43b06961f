# -*- coding: utf-8 -*-
"""Round 294 - Hällbyholms kommun: en stor förvaltnings långa uppföljningar.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run with: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round294"
YEAR = "2025"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def p(name):
    return os.path.join(HERE, name)


def flat(text):
    """Control text as a single line for expected.csv (paragraphs joined by a space)."""
    return " ".join(part.strip() for part in text.split("\n") if part.strip())


def expect(fil, namnd, text, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, flat(text), status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)



def fit_rows(ws, first_row):
    """Approximate row heights for wrapped text (Excel does not store auto heights)."""
    import math
    for r in range(first_row, ws.max_row + 1):
        lines = 1
        for c in ws[r]:
            if c.value is None or not isinstance(c.value, str):
                continue
            if c.column == 1 or c.coordinate in ws.merged_cells:
                continue
            w = ws.column_dimensions[c.column_letter].width or 10
            n = sum(max(1, math.ceil(len(part) / (w * 1.05))) for part in c.value.split("\n"))
            lines = max(lines, n)
        if lines > 1:
            ws.row_dimensions[r].height = 15 * lines

# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Hällbyholmsbostäder AB", "HBAB|Hällbyholms Bostäder|Bostadsbolaget"),
]

# ===========================================================================
# File 1 - Vård- och omsorgsnämnden, Word, two tables, helår
# ===========================================================================
# entries: ("H", level, text) or ("C", nr, text, metod, ansvarig, status, resultat, exp_status, exp_avv)
# ("BREAK", heading) ends table 1 and starts table 2 after a document sub-heading
VON = [
    ("H", 1, "1 Myndighetsutövning"),
    ("H", 2, "1.1 Biståndshandläggning enligt SoL"),
    ("H", 3, "1.1.1 Utredning och beslut"),
    ("C", "1.1.1.1", "Kontroll av att utredning inletts utan dröjsmål efter inkommen ansökan",
     "Stickprov 15 ärenden per halvår", "Enhetschef myndighet", "Genomförd",
     "Stickprov om 30 ärenden (15 per halvår). Samtliga utredningar inleddes inom fem arbetsdagar. Inga avvikelser.",
     "GENOMFORD", "nej"),
    ("C", "1.1.1.2", "Kontroll av att beslut är fattade enligt gällande delegationsordning",
     "Stickprov 20 beslut, två gånger per år", "Nämndsekreterare", "Genomförd med avvikelse",
     "I två av 40 granskade beslut saknades rätt delegat (beslut fattat av biståndshandläggare där enhetschef är delegat). "
     "Handläggarna har informerats och delegationsordningen har gåtts igenom på APT i oktober.",
     "GENOMFORD", "ja"),
    ("C", "1.1.1.3", "Kontroll av att avslagsbeslut innehåller besvärshänvisning",
     "Stickprov 10 avslagsbeslut per halvår", "Enhetschef myndighet", "Delvis genomförd",
     "Endast vårens stickprov (5 beslut) har genomförts; samtliga innehöll besvärshänvisning. "
     "Höstens stickprov har inte hunnits med och flyttas till 2026.",
     "DELVIS", "nej"),
    ("H", 3, "1.1.2 Uppföljning av beslut"),
    ("C", "1.1.2.1", "Kontroll av att tidsbegränsade beslut följs upp före beslutets slutdatum",
     "Utdrag ur verksamhetssystemet, kvartalsvis", "Systemförvaltare", "Genomförd",
     "Kontrollen har genomförts varje kvartal genom utdrag ur Lifecare.\n"
     "Kvartal 1–3: inga beslut hade passerat slutdatum utan uppföljning.\n"
     "Kvartal 4: 14 beslut inom hemtjänst hade löpt ut utan att uppföljning dokumenterats. Samtliga har nu följts upp "
     "och nya beslut har fattats. Orsaken var hög sjukfrånvaro bland handläggarna under november.\n"
     "Åtgärd: en bevakningslista införs i verksamhetssystemet från januari 2026.",
     "GENOMFORD", "ja"),
    ("C", "1.1.2.2", "Kontroll av att överklaganden rättidsprövas och överlämnas till förvaltningsrätten inom föreskriven tid",
     "Samtliga överklaganden", "Nämndsekreterare", "",
     "Samtliga 9 överklaganden under året har rättidsprövats och överlämnats inom en vecka. "
     "Kontrollen är genomförd utan anmärkning.",
     "GENOMFORD", "nej"),
    ("H", 2, "1.2 Handläggning enligt LSS"),
    ("C", "1.2.1", "Kontroll av att beslut om personlig assistans omprövas minst vartannat år",
     "Utdrag ur verksamhetssystemet", "Enhetschef LSS", "Ej genomförd",
     "Kontrollen har inte genomförts på grund av vakans på enhetschefstjänsten under hösten. "
     "Flyttas till internkontrollplan 2026.",
     "EJ_GENOMFORD", ""),
    ("C", "1.2.2", "Kontroll av att ej verkställda beslut rapporteras till IVO inom tre månader",
     "Kvartalsvis genomgång", "Kvalitetsutvecklare", "Genomförd",
     "Rapportering har skett varje kvartal. Ett beslut om bostad med särskild service (LSS 9 § 9) rapporterades "
     "för sent i kvartal 2. Rutinen har förtydligats.",
     "GENOMFORD", "ja"),
    ("C", "1.2.3", "Kontroll av att assistansersättning återsöks korrekt från Försäkringskassan",
     "Avstämning månadsvis", "Controller", "Pågår",
     "Avstämning genomförd för januari–september. Oktober–december stäms av i samband med bokslutet. "
     "Hittills inga differenser.",
     "DELVIS", "nej"),
    ("H", 1, "2 Verkställighet och kvalitet"),
    ("H", 2, "2.1 Särskilt boende"),
    ("C", "2.1.1", "Kontroll av att genomförandeplan upprättats inom 14 dagar från verkställighet",
     "Stickprov 5 brukare per boende", "Enhetschef SÄBO", "Genomförd",
     "Granskning av 30 genomförandeplaner på sex boenden. 27 var upprättade inom 14 dagar, tre upprättades inom "
     "21 dagar (Solgården). Åtgärd: påminnelse läggs in i verksamhetssystemet.",
     "GENOMFORD", "ja"),
    ("C", "2.1.2", "Kontroll av att riskbedömningar avseende fall, trycksår och undernäring görs i Senior alert",
     "Utdrag kvartalsvis", "MAS", "Genomförd",
     "Täckningsgraden var 94 % vid årets slut (mål 90 %). Inga avvikelser mot målet.",
     "GENOMFORD", "nej"),
    ("C", "2.1.3", "Kontroll av hantering av brukarnas privata medel",
     "Stickprov två gånger per år på samtliga boenden", "Enhetschef SÄBO", "Genomförd med avvikelse",
     "Vårens kontroll (april): samtliga kassaböcker på de sex boendena var korrekt förda, kvitton fanns för "
     "samtliga uttag och saldot stämde mot kontantkassan vid kontrolltillfället.\n"
     "Höstens kontroll (oktober): på två boenden (Solgården och Björkhagen) saknades kvitton för sammanlagt 1 240 kr. "
     "Kassaboken var inte signerad av två personer vid tre tillfällen. Händelserna har utretts av enhetschef "
     "tillsammans med förvaltningens controller; inget tyder på oegentligheter, utan bristerna bedöms bero på att "
     "rutinen inte var känd av nyanställd personal och sommarvikarier.\n"
     "Anhöriga/gode män till berörda brukare har informerats skriftligen och fått en redovisning av samtliga "
     "transaktioner under perioden.\n"
     "Åtgärder: rutinen för hantering av privata medel har reviderats (beslutad av förvaltningsledningen "
     "2025-11-18). Samtlig personal som hanterar privata medel har fått en genomgång på arbetsplatsträff, och "
     "rutinen ingår från och med januari 2026 i introduktionen för nyanställda och vikarier.\n"
     "En uppföljande kontroll på samtliga boenden görs i februari 2026 och redovisas för nämnden i mars 2026.",
     "GENOMFORD", "ja"),
    ("C", "2.1.4", "Kontroll av att brandskyddskontroller och utrymningsövningar genomförs enligt plan",
     "Genomgång av SBA-dokumentation", "Verksamhetschef", "Utgår",
     "Kontrollen har flyttats till Tekniska nämndens internkontrollplan som fastighetsägare "
     "(beslut VON 2025-03-19 § 28).",
     "UTGAR", ""),
    ("H", 2, "2.2 Hemtjänst"),
    ("C", "2.2.1", "Kontroll av att genomförandeplan upprättats inom 14 dagar från verkställighet",
     "Stickprov 10 brukare per hemtjänstgrupp", "Enhetschef hemtjänst", "Delvis genomförd",
     "Stickprov genomfört i tre av fem hemtjänstgrupper. I 8 av 30 ärenden upprättades planen senare än 14 dagar. "
     "Resterande grupper granskas i januari 2026.",
     "DELVIS", "ja"),
    ("C", "2.2.2", "Kontroll av att planerad tid överensstämmer med utförd tid enligt TES",
     "Månadsvis avstämning", "Enhetschef hemtjänst", "Genomförd",
     "Avstämning genomförd varje månad. Avvikelsen mellan planerad och utförd tid låg mellan 4 och 7 %, "
     "inom toleransnivån 10 %.",
     "GENOMFORD", "nej"),
    ("C", "2.2.3", "Kontroll av att nyckelhantering sker enligt rutin (kvittens och spärr vid förlust)\n"
                   "Avser även digitala nycklar (Phoniro).",
     "Stickprov", "Enhetschef hemtjänst", "", "",
     "SAKNAS", ""),
    ("C", "2.2.4", "Kontroll av att fakturering av hemtjänstavgift sker på rätt underlag",
     "Stickprov 20 fakturor per halvår", "Avgiftshandläggare", "Se bilaga 4", "",
     "OKLAR", ""),
    ("H", 2, "2.3 Hälso- och sjukvård"),
    ("C", "2.3.1", "Kontroll av att läkemedelsgenomgångar genomförts för brukare i särskilt boende",
     "Utdrag ur journalsystemet", "MAS", "Genomförd",
     "Läkemedelsgenomgång genomförd för 88 % av brukarna. Målet 85 % uppnås.",
     "GENOMFORD", "nej"),
    ("C", "2.3.2", "Kontroll av att avvikelser enligt HSL registreras och analyseras",
     "Genomgång i kvalitetsrådet, tertialvis", "MAS", "Genomförd",
     "Samtliga 412 avvikelser har registrerats. 31 avvikelser saknade analys vid årets slut; dessa har fördelats "
     "till ansvariga chefer.",
     "GENOMFORD", "ja"),
    ("C", "2.3.3", "Kontroll av att delegeringar av hälso- och sjukvårdsuppgifter är giltiga",
     "Stickprov 25 delegeringar", "MAS", "Ej påbörjad",
     "Kontrollen har inte påbörjats. MAS-funktionen har varit vakant sedan augusti.",
     "EJ_GENOMFORD", ""),
    ("H", 1, "3 Ekonomi och administration"),
    ("H", 2, "3.1 Ekonomiska rutiner"),
    ("C", "3.1.1", "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 25 fakturor per tertial", "Controller", "Genomförd",
     "75 fakturor granskade. En faktura var attesterad av person utan attesträtt för ansvaret "
     "(vikarierande enhetschef). Attestförteckningen har uppdaterats.",
     "GENOMFORD", "ja"),
    ("C", "3.1.2", "Kontroll av att representation och förtroendekänsliga poster redovisas med syfte och deltagare",
     "Samtliga poster på konto 7610–7690", "Controller", "Genomförd",
     "Samtliga 46 poster granskade. Inga avvikelser.",
     "GENOMFORD", "nej"),
    ("C", "3.1.3", "Kontroll av att löneutbetalningar till timavlönade baseras på attesterade tidrapporter",
     "Stickprov 20 per halvår", "Lönehandläggare", "Genomförd",
     "Inga avvikelser i vårens stickprov. I höstens stickprov saknades attest i ett fall; korrigerat före utbetalning.",
     "GENOMFORD", "ja"),
    ("C", "3.1.4", "Kontroll av att fakturor för vård- och omsorgsavgifter skickas senast månaden efter utförd insats",
     "Månadsvis", "Avgiftshandläggare", "Genomförd",
     "Fakturering har skett löpande utan förseningar.",
     "GENOMFORD", "nej"),
    ("BREAK", "3.2 Inköp och avtal"),
    ("C", "3.2.1", "Kontroll av avtalstrohet vid inköp av förbrukningsmaterial",
     "Analys av inköpsstatistik, helår", "Inköpssamordnare", "Genomförd",
     "Avtalstroheten var 87 % (mål 90 %). Avvikelserna gäller främst inköp av inkontinensmaterial hos ej upphandlad "
     "leverantör. Information har gått ut till samtliga enheter.",
     "GENOMFORD", "ja"),
    ("C", "3.2.2", "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras",
     "Genomgång av samtliga direktupphandlingar", "Inköpssamordnare", "Delvis",
     "Genomgång gjord för januari–juni: dokumentation fanns för 6 av 7 direktupphandlingar. "
     "Andra halvåret granskas i februari 2026.",
     "DELVIS", "ja"),
    ("C", "3.2.3", "Kontroll av att avtal följs upp avseende pris och leveransvillkor",
     "Stickprov tre avtal", "Inköpssamordnare", "Utgår",
     "Avbruten genom beslut i nämnden 2025-09-17 § 76; ingår i den kommungemensamma avtalsuppföljningen.",
     "UTGAR", ""),
    ("H", 1, "4 Personal och arbetsmiljö"),
    ("H", 2, "4.1 Kompetensförsörjning"),
    ("C", "4.1.1", "Kontroll av att legitimation kontrollerats i HOSP före anställning av legitimerad personal",
     "Samtliga nyanställningar", "HR-partner", "Genomförd",
     "Kontroll gjord för samtliga 37 nyanställda sjuksköterskor, fysioterapeuter och arbetsterapeuter. Inga avvikelser.",
     "GENOMFORD", "nej"),
    ("C", "4.1.2", "Kontroll av att introduktion enligt introduktionsprogrammet dokumenterats för nyanställda",
     "Stickprov 15", "Enhetschefer", "Genomförd",
     "Introduktion dokumenterad för 12 av 15. Tre timvikarier saknade dokumenterad introduktion.",
     "GENOMFORD", "ja"),
    ("C", "4.1.3", "Kontroll av att vikarier har genomgått webbutbildning i basala hygienrutiner",
     "Stickprov", "Hygiensjuksköterska", "Ej genomförd", "",
     "EJ_GENOMFORD", ""),
    ("H", 2, "4.2 Arbetsmiljö"),
    ("C", "4.2.1", "Kontroll av att skyddsronder genomförs enligt plan",
     "Genomgång av protokoll", "Verksamhetschef", "Genomförd",
     "Skyddsronder genomförda på 22 av 22 enheter.",
     "GENOMFORD", "nej"),
    ("C", "4.2.2", "Kontroll av att tillbud och arbetsskador anmäls i KIA och utreds",
     "Halvårsvis uppföljning", "HR-partner", "Genomförd",
     "186 anmälningar under året. 12 ärenden saknade utredning vid årets slut. Åtgärd: påminnelse till chefer, "
     "uppföljning i kvalitetsrådet.",
     "GENOMFORD", "ja"),
    ("C", "4.2.3", "Kontroll av att rehabiliteringsplan upprättas senast dag 30 vid sjukfrånvaro",
     "Stickprov", "HR-partner", "Pågår",
     "Kontrollen pågår och redovisas i mars 2026.",
     "DELVIS", ""),
    ("H", 1, "5 Kontroller som tillkommit under året"),
    ("C", "5.1", "Kontroll av att brukare med trygghetslarm har fungerande larm (testlarm)",
     "Stickprov 50 larm", "Larmsamordnare", "Genomförd",
     "Tillkom genom nämndbeslut 2025-05-21 § 44 efter digitaliseringen av larmen. 50 testlarm genomförda; "
     "två larm utan kontakt åtgärdades samma dag.",
     "GENOMFORD", "ja"),
    ("C", "5.2", "Kontroll av att brandskyddet på särskilda boenden följs upp tillsammans med fastighetsägaren",
     "Gemensam genomgång", "Verksamhetschef", "Genomförd",
     "Gemensam genomgång med Tekniska förvaltningen genomförd i oktober. Inga avvikelser.",
     "GENOMFORD", "nej"),
]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    parts = text.split("\n") if text else [""]
    for i, part in enumerate(parts):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        para.paragraph_format.space_after = Pt(2)
        run = para.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


VON_HDR = ["Nr", "Kontrollmoment", "Kontrollmetod och frekvens", "Ansvarig", "Status helår",
           "Resultat, analys och åtgärder"]
VON_W = [Cm(1.5), Cm(6.0), Cm(3.6), Cm(2.8), Cm(2.4), Cm(9.0)]


def von_table(d):
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    hdr = t.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(VON_HDR):
        cell_text(hdr.cells[i], h, bold=True)
        shade(hdr.cells[i], "1F4E79")
        for r in hdr.cells[i].paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    return t


def build_von():
    fil = "VON Uppföljning internkontrollplan 2025 helår.docx"
    namnd = "Vård- och omsorgsnämnden"
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Hällbyholms kommun\tVård- och omsorgsförvaltningen\tDnr VON 2025/112"
    fp = sec.footer.paragraphs[0]
    fp.text = "Uppföljning av internkontrollplan 2025 – helår"

    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Vård- och omsorgsnämnden")
    d.add_heading("Sammanfattning", level=2)
    ctrls = [e for e in VON if e[0] == "C"]
    n_g = sum(1 for e in ctrls if e[7] == "GENOMFORD")
    d.add_paragraph(
        "Vård- och omsorgsnämnden antog internkontrollplanen för 2025 den 22 januari 2025 (§ 9). Planen omfattade "
        "32 kontrollmoment inom fyra områden. Under året har nämnden beslutat om två tillkommande kontroller, som "
        "redovisas under område 5. Av totalt %d kontroller har %d genomförts under året. Uppföljningen har sammanställts "
        "av förvaltningens kvalitetsenhet utifrån verksamheternas rapportering i december 2025." % (len(ctrls), n_g))
    d.add_paragraph(
        "Kontroller som inte har genomförts eller endast delvis genomförts föreslås i de flesta fall föras över till "
        "internkontrollplan 2026. Avvikelser som har upptäckts har hanterats av ansvarig chef och åtgärderna "
        "redovisas i tabellen nedan. Status anges som Genomförd, Genomförd med avvikelse, Delvis genomförd, Pågår, "
        "Ej påbörjad, Ej genomförd eller Utgår.")
    d.add_heading("Redovisning per område", level=2)

    t = von_table(d)
    for e in VON:
        if e[0] == "H":
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            cell_text(m, e[2], bold=True, size=10 if e[1] == 1 else 9)
            shade(m, {1: "BDD7EE", 2: "DDEBF7", 3: "F2F2F2"}[e[1]])
        elif e[0] == "BREAK":
            d.add_paragraph()
            d.add_heading(e[1], level=3)
            d.add_paragraph("Tabellen fortsätter – område 3 Ekonomi och administration (forts.).")
            t = von_table(d)
        else:
            _, nr, text, metod, ansv, status, res, es, ea = e
            row = t.add_row()
            vals = [nr, text, metod, ansv, status, res]
            for i, v in enumerate(vals):
                cell_text(row.cells[i], v)
            expect(fil, namnd, text, es, ea)
    for tb in d.tables:
        tb.autofit = False
        for i, w in enumerate(VON_W):
            tb.columns[i].width = w
        for row in tb.rows:
            if len(row.cells) and row.cells[0]._tc is row.cells[-1]._tc:
                continue  # merged heading row
            for i, w in enumerate(VON_W):
                row.cells[i].width = w

    d.add_paragraph()
    d.add_paragraph("Hällbyholm 2026-01-20")
    d.add_paragraph("Maria Lindqvist\nFörvaltningschef, Vård- och omsorgsförvaltningen")
    d.add_paragraph("Bilaga 4: Stickprovsredovisning avgiftshandläggning (separat dokument)")
    d.save(p(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))


# ===========================================================================
# File 2 - Socialnämnden, Excel, one sheet per verksamhetsområde, T2
# ===========================================================================
# control: (nr, text, metod, frekvens, ansvarig, t1, t2, kommentar, exp, avv)
SN_SHEETS = [
    ("IFO Barn och unga", [
        ("H", "1 Utredning"),
        ("H", "1.1 Förhandsbedömning och skyddsbedömning"),
        ("C", "1.1.1", "Kontroll av att skyddsbedömning görs samma dag som orosanmälan inkommer",
         "Stickprov 20 anmälningar", "Tertialvis", "1:e socialsekreterare", "Genomförd", "Genomförd med avvikelse",
         "T2: I 2 av 20 anmälningar dokumenterades skyddsbedömningen först dagen efter. Anmälningarna kom in efter kl. 16 på fredagar.",
         "GENOMFORD", "ja"),
        ("C", "1.1.2", "Kontroll av att beslut om att inleda eller inte inleda utredning fattas inom 14 dagar",
         "Utdrag ur Treserva", "Tertialvis", "Enhetschef utredning", "Genomförd", "Genomförd", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("H", "1.2 Utredningstid"),
        ("C", "1.2.1", "Kontroll av att utredningar avslutas inom fyra månader",
         "Utdrag ur Treserva", "Tertialvis", "Enhetschef utredning", "Delvis genomförd", "Ej genomförd",
         "T2: Utdraget kunde inte tas fram på grund av byte av verksamhetssystem i juni.",
         "EJ_GENOMFORD", ""),
        ("C", "1.2.2", "Kontroll av att beslut om förlängd utredningstid är fattat av behörig delegat",
         "Stickprov 10 beslut", "Årligen", "Nämndsekreterare", "Genomförd", "",
         "T1: Kontrollen genomförd, inga avvikelser. Görs en gång per år.",
         "GENOMFORD", "nej"),
        ("S", 1),
        ("H", "2 Insatser och placeringar"),
        ("H", "2.1 Placeringar"),
        ("C", "2.1.1", "Kontroll av att vårdplan finns för samtliga placerade barn",
         "Genomgång av samtliga ärenden", "Tertialvis", "Enhetschef placering", "Genomförd", "Genomförd",
         "Vårdplan finns i samtliga 41 ärenden.",
         "GENOMFORD", "nej"),
        ("C", "2.1.2", "Kontroll av att övervägande och omprövning av vård görs var sjätte månad",
         "Bevakningslista", "Tertialvis", "Enhetschef placering", "Genomförd", "Delvis genomförd",
         "T2: Två överväganden gjordes för sent på grund av semesterperioden. Genomgången av augusti återstår.",
         "DELVIS", "ja"),
        ("C", "2.1.3", "Kontroll av att fakturor från HVB-hem stämmer mot avtal och beslut",
         "Stickprov 10 fakturor", "Tertialvis", "Controller", "Genomförd", "Genomförd",
         "T2: En faktura avsåg dygn efter utskrivning (4 dygn, 18 400 kr). Kreditering har begärts.",
         "GENOMFORD", "ja"),
        ("H", "2.2 Öppenvård"),
        ("C", "2.2.1", "Kontroll av att insatser i öppenvård följs upp enligt beslut",
         "Stickprov 10 ärenden", "Halvårsvis", "Enhetschef öppenvård", "", "Pågår", "",
         "DELVIS", ""),
        ("C", "2.2.2", "Kontroll av att delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Jämförelse delegationslista–beslut", "Tertialvis", "Nämndsekreterare", "Genomförd", "Genomförd",
         "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("S", 2),
        ("N", "Kontroller som tillkommit under året"),
        ("C", "N1", "Kontroll av att barnets egen uppfattning dokumenteras i utredningen",
         "Stickprov 10 utredningar", "Tertialvis", "Enhetschef utredning", "–", "Genomförd",
         "Tillkom efter beslut SN 2025-04-15 § 52. 9 av 10 utredningar hade dokumenterad barnets uppfattning.",
         "GENOMFORD", "ja"),
    ]),
    ("IFO Vuxen", [
        ("H", "1 Missbruk och beroende"),
        ("H", "1.1 Utredning och beslut"),
        ("C", "1.1.1", "Kontroll av att anmälningar enligt LVM utreds och beslutas inom föreskriven tid",
         "Samtliga anmälningar", "Tertialvis", "Enhetschef vuxen", "Genomförd", "Genomförd",
         "Samtliga 6 anmälningar hanterade inom tid.",
         "GENOMFORD", "nej"),
        ("C", "1.1.2", "Kontroll av att delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Jämförelse delegationslista–beslut", "Tertialvis", "Nämndsekreterare", "Genomförd", "Ej genomförd",
         "T2: Kontrollen har inte hunnits med under sommaren; görs i september.",
         "EJ_GENOMFORD", ""),
        ("H", "1.2 Insatser"),
        ("C", "1.2.1", "Kontroll av att genomförandeplan finns för beviljade insatser",
         "Stickprov 10 ärenden", "Halvårsvis", "Enhetschef vuxen", "Pågår", "Genomförd",
         "T2: 10 av 10 ärenden hade genomförandeplan.",
         "GENOMFORD", "nej"),
        ("C", "1.2.2", "Kontroll av att köpt plats på behandlingshem följer ramavtal",
         "Samtliga placeringar", "Tertialvis", "Controller", "Genomförd", "Utgår",
         "Utgår från T2 – placeringar görs numera via regionens gemensamma avtal.",
         "UTGAR", ""),
        ("S", 1),
        ("H", "2 Våld i nära relationer"),
        ("H", "2.1 Skydd och stöd"),
        ("C", "2.1.1", "Kontroll av att riskbedömning (FREDA) genomförs i samtliga ärenden om våld i nära relation",
         "Stickprov 12 ärenden", "Tertialvis", "Enhetschef vuxen", "Genomförd", "Genomförd",
         "Riskbedömning saknades i ett av tolv ärenden. Handläggaren har fått återkoppling.",
         "GENOMFORD", "ja"),
        ("C", "2.1.2", "Kontroll av att placering i skyddat boende följs upp minst var fjärde vecka",
         "Samtliga placeringar", "Tertialvis", "Socialsekreterare", "Ej påbörjad", "Ej påbörjad",
         "Kontrollen har inte påbörjats; rutin för uppföljning tas fram under hösten.",
         "EJ_GENOMFORD", ""),
        ("C", "2.1.3", "Kontroll av att orosanmälan görs när barn bevittnat våld",
         "Stickprov", "Halvårsvis", "Enhetschef vuxen", "", "", "",
         "SAKNAS", ""),
        ("S", 2),
    ]),
    ("Ekonomiskt bistånd", [
        ("H", "1 Handläggning"),
        ("H", "1.1 Ansökan och utredning"),
        ("C", "1.1.1", "Kontroll av att beslut om ekonomiskt bistånd fattas inom 10 arbetsdagar från fullständig ansökan",
         "Utdrag ur Treserva", "Tertialvis", "Enhetschef ekonomiskt bistånd", "Genomförd", "Genomförd",
         "Genomsnittlig handläggningstid 6 dagar. 4 % av besluten fattades senare än 10 arbetsdagar.",
         "GENOMFORD", "ja"),
        ("C", "1.1.2", "Kontroll av att kontroll mot SSBTEK gjorts före beslut",
         "Stickprov 25 ärenden", "Tertialvis", "1:e socialsekreterare", "Genomförd", "Genomförd",
         "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("C", "1.1.3", "Kontroll av att hembesök genomförts vid misstanke om felaktiga uppgifter",
         "Stickprov", "Halvårsvis", "Enhetschef ekonomiskt bistånd", "Delvis genomförd", "Se kommentar",
         "Se bilaga till tertialrapporten.",
         "OKLAR", ""),
        ("H", "1.2 Utbetalning"),
        ("C", "1.2.1", "Kontroll av att utbetalningar överensstämmer med beslut",
         "Stickprov 30 utbetalningar", "Tertialvis", "Controller", "Genomförd", "Genomförd med avvikelse",
         "T2: En dubbelutbetalning om 8 650 kr upptäcktes. Återkrav har upprättats.",
         "GENOMFORD", "ja"),
        ("C", "1.2.2", "Kontroll av att återkrav bevakas och registreras i reskontran",
         "Avstämning", "Tertialvis", "Ekonom", "Ej genomförd", "Pågår",
         "Avstämning påbörjad i augusti.",
         "DELVIS", ""),
        ("C", "1.2.3", "Kontroll av att utbetalningar via utbetalningskort attesteras av två personer",
         "Samtliga utbetalningar", "Tertialvis", "Enhetschef ekonomiskt bistånd", "Genomförd", "Genomförd",
         "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("S", 1),
        ("H", "2 Arbetsmarknadsinsatser"),
        ("H", "2.1 Samverkan med arbetsmarknadsenheten"),
        ("C", "2.1.1", "Kontroll av att planering mot egen försörjning finns för biståndsmottagare med arbetslöshet som försörjningshinder",
         "Stickprov 20 ärenden", "Årligen", "Enhetschef ekonomiskt bistånd", "Genomförd", "",
         "T1: Planering fanns i 17 av 20 ärenden. Handläggarna har påmints om kravet.",
         "GENOMFORD", "ja"),
        ("S", 2),
        ("N", "Kontroller som tillkommit under året"),
        ("C", "N1", "Kontroll av att utbetalning inte sker till konto som tillhör annan än den sökande",
         "Registerkontroll", "Tertialvis", "Controller", "–", "Genomförd",
         "Tillkom i maj efter inträffad händelse i grannkommun. Ingen utbetalning till annans konto.",
         "GENOMFORD", "nej"),
        ("C", "N2", "Kontroll av att identitet styrks vid första besök",
         "Stickprov", "Tertialvis", "1:e socialsekreterare", "–", "Ej påbörjad",
         "Startar i september.",
         "EJ_GENOMFORD", ""),
    ]),
    ("Stab och administration", [
        ("H", "1 Administration och diarieföring"),
        ("H", "1.1 Diarieföring och allmänna handlingar"),
        ("C", "1.1.1", "Kontroll av att allmänna handlingar registreras utan dröjsmål",
         "Stickprov 30 handlingar", "Tertialvis", "Registrator", "Genomförd", "Genomförd",
         "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("C", "1.1.2", "Kontroll av att begäran om allmän handling hanteras skyndsamt",
         "Samtliga begäranden", "Tertialvis", "Registrator", "Genomförd", "Genomförd",
         "Två begäranden hanterades inte skyndsamt (8 resp. 11 dagar).",
         "GENOMFORD", "ja"),
        ("H", "1.2 Informationssäkerhet"),
        ("C", "1.2.1", "Kontroll av behörigheter i Treserva (logglistor)",
         "Logguppföljning", "Tertialvis", "Systemförvaltare", "Genomförd", "Genomförd",
         "Logguppföljning gjord för 60 användare. Inga obehöriga slagningar.",
         "GENOMFORD", "nej"),
        ("C", "1.2.2", "Kontroll av att avslutade medarbetares behörigheter tas bort",
         "Avstämning mot HR-systemet", "Tertialvis", "Systemförvaltare", "Delvis genomförd", "Genomförd",
         "T2: 3 konton var aktiva efter avslutad anställning och har spärrats.",
         "GENOMFORD", "ja"),
        ("S", 1),
        ("H", "2 Ekonomi"),
        ("H", "2.1 Ekonomiska rutiner"),
        ("C", "2.1.1", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Tertialvis", "Controller", "Genomförd", "Genomförd",
         "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("C", "2.1.2", "Kontroll av att förtroendekänsliga poster är korrekt redovisade",
         "Samtliga poster", "Tertialvis", "Controller", "Genomförd", "Pågår", "",
         "DELVIS", ""),
        ("C", "2.1.3", "Kontroll av att inköp sker från avtalade leverantörer",
         "Inköpsanalys", "Halvårsvis", "Controller", "", "Ej genomförd",
         "Inköpsanalysen för första halvåret har inte tagits fram av ekonomienheten.",
         "EJ_GENOMFORD", ""),
        ("S", 2),
    ]),
]

SN_STATUSES = ["Genomförd", "Genomförd med avvikelse", "Delvis genomförd", "Pågår", "Ej påbörjad", "Ej genomförd",
               "Utgår", "Se kommentar", "–"]


def build_sn():
    fil = "SN_IKP_2025_uppfoljning_T2.xlsx"
    namnd = "Socialnämnden"
    wb = Workbook()
    summary = wb.active
    summary.title = "Sammanställning"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfill = PatternFill("solid", fgColor="305496")
    afill = PatternFill("solid", fgColor="D9E1F2")
    sfill = PatternFill("solid", fgColor="EDEDED")
    wrap = Alignment(wrap_text=True, vertical="top")
    sum_rows = []
    for sheetname, rows in SN_SHEETS:
        ws = wb.create_sheet(sheetname)
        ws["A1"] = "Socialnämnden – uppföljning av internkontrollplan 2025"
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = "Verksamhetsområde: " + sheetname
        ws["A2"].font = Font(bold=True)
        ws["A3"] = "Uppföljningsperiod: Tertial 2 2025 (januari–augusti)"
        ws["A4"] = "Status väljs i rullistan. Kommentera alltid status som inte är Genomförd."
        ws["A4"].font = Font(italic=True, color="7F7F7F")
        hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status T1", "Status T2",
               "Status T3", "Kommentar"]
        for i, h in enumerate(hdr, 1):
            c = ws.cell(row=6, column=i, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = hfill
            c.alignment = wrap
            c.border = border
        dv = DataValidation(type="list", formula1='"' + ",".join(SN_STATUSES) + '"', allow_blank=True)
        ws.add_data_validation(dv)
        r = 7
        area_ctrls = []
        n_tot = n_g = n_d = n_e = n_u = 0
        for e in rows:
            if e[0] == "H":
                ws.cell(row=r, column=1, value=e[1]).font = Font(bold=True)
                for col in range(1, 10):
                    ws.cell(row=r, column=col).fill = afill
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            elif e[0] == "N":
                ws.cell(row=r, column=1, value=e[1]).font = Font(bold=True, italic=True)
                for col in range(1, 10):
                    ws.cell(row=r, column=col).fill = afill
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
                area_ctrls = []
            elif e[0] == "S":
                n = len(area_ctrls)
                g = sum(1 for x in area_ctrls if x == "GENOMFORD")
                c = ws.cell(row=r, column=2, value="Summa område %d: %d av %d genomförda" % (e[1], g, n))
                c.font = Font(bold=True, italic=True)
                for col in range(1, 10):
                    ws.cell(row=r, column=col).fill = sfill
                area_ctrls = []
            else:
                _, nr, text, metod, frek, ansv, t1, t2, kom, es, ea = e
                vals = [nr, text, metod, frek, ansv, t1 or None, t2 or None, None, kom or None]
                for i, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = wrap
                    c.border = border
                dv.add("F%d:H%d" % (r, r))
                expect(fil, namnd, text, es, ea)
                area_ctrls.append(es)
                n_tot += 1
                n_g += es == "GENOMFORD"
                n_d += es == "DELVIS"
                n_e += es == "EJ_GENOMFORD"
                n_u += es == "UTGAR"
            r += 1
        widths = [7, 48, 24, 12, 22, 16, 20, 10, 55]
        for i, w in enumerate(widths):
            ws.column_dimensions["ABCDEFGHI"[i]].width = w
        fit_rows(ws, 7)
        ws.freeze_panes = "C7"
        ws.print_title_rows = "6:6"
        sum_rows.append((sheetname, n_tot, n_g, n_d, n_e, n_u))

    summary["A1"] = "Socialnämnden – Internkontrollplan 2025"
    summary["A1"].font = Font(bold=True, size=14)
    summary["A2"] = "Sammanställning per verksamhetsområde, tertial 2"
    summary["A3"] = "Detaljerad redovisning finns på respektive flik."
    hdr = ["Verksamhetsområde", "Antal kontroller", "Genomförda", "Delvis/pågår", "Ej genomförda", "Utgår"]
    for i, h in enumerate(hdr, 1):
        c = summary.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = hfill
    r = 6
    for row in sum_rows:
        for i, v in enumerate(row, 1):
            summary.cell(row=r, column=i, value=v)
        r += 1
    summary.cell(row=r, column=1, value="Totalt").font = Font(bold=True)
    for col in range(2, 7):
        summary.cell(row=r, column=col, value=sum(x[col - 1] for x in sum_rows)).font = Font(bold=True)
    summary.cell(row=r + 2, column=1, value="Beslutad av socialnämnden 2025-09-23 § 101")
    summary.column_dimensions["A"].width = 30
    for col in "BCDEF":
        summary.column_dimensions[col].width = 16
    wb.save(p(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "T2"))


# ===========================================================================
# File 3 - Barn- och utbildningsnämnden, Excel, traffic-light fills, helår
# ===========================================================================
FILLS = {
    "G": "00B050",   # genomförd utan anmärkning
    "O": "FFC000",   # genomförd med anmärkning
    "Y": "FFFF00",   # påbörjad / delvis
    "R": "FF0000",   # ej genomförd
    "X": "A6A6A6",   # utgår
}
# control: (nr, text, risk, metod, ansvarig, delår, helår, helår_text, kommentar, exp, avv)
BUN = [
    ("H", 1, "1 Förskola"),
    ("H", 2, "1.1 Personal"),
    ("C", "1.1.1", "Kontroll av att utdrag ur belastningsregistret har uppvisats före anställning", 12,
     "Stickprov 20 nyanställningar", "HR-konsult", "G", "G", "",
     "Samtliga 20 hade uppvisat utdrag före anställningen.", "GENOMFORD", "nej"),
    ("C", "1.1.2", "Kontroll av att vikarier via bemanningsenheten har fått introduktion", 6,
     "Stickprov", "Förskolechef", "Y", "Y", "",
     "Kontroll genomförd på 3 av 8 enheter, inga brister noterade. Resterande enheter kontrolleras 2026.",
     "DELVIS", "nej"),
    ("H", 2, "1.2 Barnsäkerhet"),
    ("H", 3, "1.2.1 Utemiljö"),
    ("C", "1.2.1.1", "Kontroll av att daglig tillsyn av lekplatsutrustning dokumenteras", 9,
     "Genomgång av checklistor", "Förskolechef", "G", "O", "",
     "Dokumentation saknades för juli på två förskolor (sommarförskola).", "GENOMFORD", "ja"),
    ("C", "1.2.1.2", "Kontroll av att årlig huvudbesiktning av lekredskap genomförts", 8,
     "Besiktningsprotokoll", "Fastighetsförvaltare", "", "G", "",
     "Besiktning gjord i maj av certifierad besiktningsman.", "GENOMFORD", "nej"),
    ("H", 3, "1.2.2 Hämtning och lämning"),
    ("C", "1.2.2.1", "Kontroll av att rutin för hämtning av barn av annan än vårdnadshavare följs", 12,
     "Stickprov, intervjuer med personal", "Förskolechef", "G", "G", "",
     "Inga avvikelser.", "GENOMFORD", "nej"),
    ("H", 2, "1.3 Avgifter"),
    ("C", "1.3.1", "Kontroll av att barnomsorgsavgift debiteras utifrån aktuell inkomstuppgift", 8,
     "Stickprov 30 hushåll", "Avgiftshandläggare", "Y", "R", "",
     "Inkomstkontroll mot Skatteverket har inte genomförts under 2025 på grund av personalbrist.",
     "EJ_GENOMFORD", ""),
    ("S", 1),
    ("H", 1, "2 Grundskola"),
    ("H", 2, "2.1 Personal"),
    ("C", "2.1.1", "Kontroll av att utdrag ur belastningsregistret har uppvisats före anställning", 12,
     "Stickprov 20 nyanställningar", "HR-konsult", "G", "O", "",
     "I ett fall (timanställd lärarvikarie) uppvisades utdraget först efter tillträdet. Rutinen har förtydligats för rektorerna.",
     "GENOMFORD", "ja"),
    ("C", "2.1.2", "Kontroll av att lärare har legitimation och behörighet för undervisade ämnen", 9,
     "Utdrag ur Skolverkets lärarregister", "Rektor", "G", "G", "",
     "Andelen legitimerade lärare var 81 %. Samtliga obehöriga har tidsbegränsade anställningar i enlighet med skollagen.",
     "GENOMFORD", "nej"),
    ("H", 2, "2.2 Elevhälsa och trygghet"),
    ("H", 3, "2.2.1 Kränkande behandling"),
    ("C", "2.2.1.1", "Kontroll av att anmälan om kränkande behandling görs till huvudman utan dröjsmål", 16,
     "Genomgång av samtliga anmälningar", "Rektor", "G", "O", "",
     "Under året inkom 214 anmälningar till huvudmannen.\n"
     "I 19 fall dröjde anmälan mer än en vecka från händelsen. Rektorerna har påmints om rutinen i rektorsgruppen (oktober).\n"
     "Uppföljning sker i internkontrollplan 2026.",
     "GENOMFORD", "ja"),
    ("C", "2.2.1.2", "Kontroll av att utredning av kränkande behandling avslutas med åtgärder och uppföljning", 12,
     "Stickprov 15 utredningar", "Rektor", "Y", "O", "",
     "14 av 15 utredningar var fullständiga; i en saknades dokumenterad uppföljning.", "GENOMFORD", "ja"),
    ("H", 3, "2.2.2 Frånvaro"),
    ("C", "2.2.2.1", "Kontroll av att vårdnadshavare informeras samma dag vid ogiltig frånvaro", 9,
     "Utdrag ur Skola24", "Rektor", "G", "", "", "", "GENOMFORD", "nej"),
    ("C", "2.2.2.2", "Kontroll av att upprepad frånvaro utreds och anmäls till huvudmannen", 12,
     "Stickprov", "Elevhälsochef", "R", "Y", "",
     "Utredning påbörjad på samtliga skolor, sammanställning klar februari 2026.", "DELVIS", ""),
    ("H", 2, "2.3 Skolskjuts"),
    ("C", "2.3.1", "Kontroll av att beslut om skolskjuts fattas enligt riktlinjerna", 6,
     "Stickprov 20 beslut", "Skolskjutshandläggare", "G", "X", "",
     "Handläggningen är överförd till Kommunstyrelsen (resecentrum) från 1 augusti.", "UTGAR", ""),
    ("C", "2.3.2", "Kontroll av att busskort spärras när elev slutar eller flyttar", 6,
     "Avstämning mot elevregistret", "Skoladministratör", "", "", "",
     "Se bilaga 3", "OKLAR", ""),
    ("S", 2),
    ("H", 1, "3 Gymnasium och vuxenutbildning"),
    ("H", 2, "3.1 Antagning och betyg"),
    ("C", "3.1.1", "Kontroll av att betyg registreras och signeras i rätt tid", 9,
     "Utdrag ur Skola24", "Rektor", "G", "G", "", "Inga avvikelser.", "GENOMFORD", "nej"),
    ("C", "3.1.2", "Kontroll av att betygskataloger arkiveras enligt dokumenthanteringsplanen", 6,
     "Stickprov", "Skoladministratör", "", "R", "",
     "Ej genomförd. Kontrollen skjuts upp tills arkivet har flyttats (2026).", "EJ_GENOMFORD", ""),
    ("C", "3.1.3", "Kontroll av att interkommunala ersättningar faktureras enligt avtal", 8,
     "Avstämning mot elevregistret", "Controller", "Y", "O", "",
     "Faktureringen för vårterminen var korrekt.\n"
     "För höstterminen saknades fakturering för 4 elever (ca 210 tkr); fakturerat i december.",
     "GENOMFORD", "ja"),
    ("H", 2, "3.2 Vuxenutbildning"),
    ("C", "3.2.1", "Kontroll av att kursdeltagare inom SFI är folkbokförda i kommunen", 6,
     "Stickprov", "Rektor vuxenutbildningen", "G", "G", "", "Inga avvikelser.", "GENOMFORD", "nej"),
    ("C", "3.2.2", "Kontroll av att köpt utbildning faktureras per avslutad kurs enligt avtal", 8,
     "Stickprov", "Controller", "", "", "", "", "SAKNAS", ""),
    ("S", 3),
    ("H", 1, "4 Gemensamt – ekonomi och administration"),
    ("H", 2, "4.1 Ekonomi"),
    ("C", "4.1.1", "Attest av leverantörsfakturor enligt attestordningen", 8,
     "Stickprov 30 fakturor", "Controller", "G", "O", "",
     "Två fakturor saknade beställarattest. Åtgärdat.", "GENOMFORD", "ja"),
    ("C", "4.1.2", "Kontroll av att skolmåltider internfaktureras korrekt mellan kostenheten och skolorna", 4,
     "Avstämning", "Ekonom", "G", "G", "", "", "GENOMFORD", "nej"),
    ("H", 2, "4.2 Informationssäkerhet"),
    ("C", "4.2.1", "Kontroll av att uppgifter om elever med skyddade personuppgifter hanteras enligt rutin", 16,
     "Genomgång", "Skoladministratör", "G", "G", "",
     "Samtliga 7 elever med skyddade personuppgifter hanteras enligt rutin.", "GENOMFORD", "nej"),
    ("C", "4.2.2", "Kontroll av att personuppgiftsincidenter anmäls till IMY inom 72 timmar", 12,
     "Genomgång av incidentloggen", "Dataskyddsombud", "Y", "R", "Klar", "", "OKLAR", ""),
    ("S", 4),
    ("H", 1, "5 Kontroller som tillkommit under året"),
    ("C", "5.1", "Kontroll av att extra anpassningar dokumenteras i elevakten", 9,
     "Stickprov 20 elever", "Rektor", "", "G", "",
     "Tillkom genom beslut BUN 2025-06-12 § 61. Dokumentation fanns för 20 av 20 elever.", "GENOMFORD", "nej"),
    ("C", "5.2", "Kontroll av att kameraövervakning på skolgårdar är anmäld och skyltad", 6,
     "Inventering", "Säkerhetssamordnare", "", "Y", "",
     "Inventering klar på 9 av 14 skolor; skyltning saknades på en skola och har åtgärdats.", "DELVIS", "ja"),
    ("S", 5),
]


def build_bun():
    fil = "BUN internkontroll 2025 - helårsuppföljning.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK-plan 2025"
    thin = Side(style="thin", color="A6A6A6")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Hällbyholms kommun, Barn- och utbildningsförvaltningen. Rapporteras till nämnden 2026-02-12."
    ws["F1"] = "Teckenförklaring (status anges med färg)"
    ws["F1"].font = Font(bold=True)
    legend = [("G", "Genomförd – utan anmärkning"), ("O", "Genomförd – med anmärkning"),
              ("Y", "Påbörjad / delvis genomförd"), ("R", "Ej genomförd"), ("X", "Utgår")]
    for i, (k, txt) in enumerate(legend):
        ws.cell(row=2 + i, column=6).fill = PatternFill("solid", fgColor=FILLS[k])
        ws.cell(row=2 + i, column=6).border = border
        ws.cell(row=2 + i, column=7, value=txt)
    hdr_row = 8
    hdr = ["Nr", "Kontrollmoment", "Risk (S×K)", "Kontrollmetod", "Ansvarig", "Delår", "Helår",
           "Resultat / kommentar helår"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=hdr_row, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.border = border
        c.alignment = wrap
    r = hdr_row + 1
    area = []
    tot = []
    for e in BUN:
        if e[0] == "H":
            c = ws.cell(row=r, column=1, value=e[2])
            c.font = Font(bold=True, size=12 if e[1] == 1 else 11, italic=e[1] == 3)
            if e[1] == 1:
                for col in range(1, 9):
                    ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor="DDEBF7")
        elif e[0] == "S":
            g = sum(1 for x in area if x == "GENOMFORD")
            c = ws.cell(row=r, column=2, value="Summa område %d: %d av %d genomförda" % (e[1], g, len(area)))
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="right")
            tot.extend(area)
            area = []
        else:
            _, nr, text, risk, metod, ansv, dl, hl, hl_text, kom, es, ea = e
            vals = [nr, text, risk, metod, ansv, None, hl_text or None, kom or None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = wrap
                c.border = border
            if dl:
                ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=FILLS[dl])
            if hl:
                ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=FILLS[hl])
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            expect(fil, namnd, text, es, ea)
            area.append(es)
        r += 1
    r += 1
    g = sum(1 for x in tot if x == "GENOMFORD")
    ws.cell(row=r, column=2, value="Totalt: %d av %d kontroller genomförda" % (g, len(tot))).font = Font(bold=True)
    ws.cell(row=r + 2, column=2, value="Förvaltningens bedömning: den interna kontrollen har i huvudsak varit tillräcklig.")
    for col, w in zip("ABCDEFGH", [9, 52, 10, 26, 20, 9, 9, 60]):
        ws.column_dimensions[col].width = w
    fit_rows(ws, 9)
    ws.freeze_panes = "C9"
    wb.save(p(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))


# ===========================================================================
# File 4 - Stratsys CSV export, two nämnder, delår
# ===========================================================================
# ("O", org) ; ("A", level, id, rubrik) ; ("C", id, text, risk, metod, ansv, status, kommentar, exp, avv, namnd)
STRAT = [
    ("O", "Tekniska nämnden", "Tekniska nämnden"),
    ("A", 1, "TN-1", "Gata och trafik", "Område"),
    ("A", 2, "TN-1.1", "Drift och underhåll", "Delområde"),
    ("C", "TN-1.1.1", "Kontroll av att vinterväghållning utförs enligt avtalad standard", 12,
     "Stickprov av entreprenörens körjournaler", "Driftchef gata", "Klar",
     "Körjournaler för januari–mars har granskats. Plogning startade inom avtalad tid vid samtliga 14 snöfall.",
     "GENOMFORD", "nej"),
    ("C", "TN-1.1.2", "Kontroll av att fel på gatubelysning åtgärdas inom avtalad tid", 6,
     "Utdrag ur felanmälningssystemet", "Driftchef gata", "Klar med avvikelse",
     "Av 212 felanmälningar åtgärdades 189 inom fem arbetsdagar.\n"
     "Återstående 23 berodde på leveransproblem av armaturer. Vite har inte tagits ut.\n"
     "Frågan tas upp vid avtalsuppföljningen i oktober.",
     "GENOMFORD", "ja"),
    ("A", 2, "TN-1.2", "Investeringar", "Delområde"),
    ("C", "TN-1.2.1", "Kontroll av att investeringsprojekt över 5 mnkr har en beslutad projektplan", 9,
     "Genomgång av projektportföljen", "Projektchef", "Pågående",
     "Genomgång gjord för 6 av 9 projekt; samtliga hade projektplan.",
     "DELVIS", "nej"),
    ("C", "TN-1.2.2", "Kontroll av att avslutade investeringsprojekt slutredovisas inom tre månader", 6,
     "Genomgång", "Controller", "Ej påbörjad", "Görs inför årsbokslutet.",
     "EJ_GENOMFORD", ""),
    ("A", 1, "TN-2", "Fastighet", "Område"),
    ("A", 2, "TN-2.1", "Fastighetsförvaltning", "Delområde"),
    ("C", "TN-2.1.1", "Kontroll av att systematiskt brandskyddsarbete (SBA) dokumenteras i kommunens fastigheter", 16,
     "Stickprov 10 fastigheter", "Fastighetschef", "Klar",
     "SBA-dokumentation fanns och var uppdaterad i 10 av 10 fastigheter.",
     "GENOMFORD", "nej"),
    ("C", "TN-2.1.2", "Kontroll av att lagstadgade besiktningar (hiss, OVK, energideklaration) är utförda", 12,
     "Utdrag ur fastighetssystemet", "Fastighetschef", "Klar med avvikelse",
     "OVK var förfallen i tre fastigheter (Norrskolan, Ekbacken, stadshuset). Besiktning är beställd till september.",
     "GENOMFORD", "ja"),
    ("C", "TN-2.1.3", "Kontroll av avtalstrohet vid inköp av material och tjänster", 9,
     "Inköpsanalys", "Inköpsansvarig fastighet", "Pågående",
     "Analysen är påbörjad och redovisas i årsbokslutet.",
     "DELVIS", ""),
    ("A", 2, "TN-2.2", "Lokalförsörjning", "Delområde"),
    ("C", "TN-2.2.1", "Kontroll av att internhyror debiteras enligt gällande hyresavtal", 8,
     "Avstämning", "Controller", "Klar",
     "Avstämning gjord för samtliga 43 internhyresavtal. Inga avvikelser.",
     "GENOMFORD", "nej"),
    ("C", "TN-2.2.2", "Kontroll av att externa hyreskontrakt förlängs eller sägs upp i tid", 9,
     "Bevakningslista", "Lokalstrateg", "Ej rapporterad", "",
     "SAKNAS", ""),
    ("A", 1, "TN-3", "Vatten och avfall", "Område"),
    ("A", 2, "TN-3.1", "Vatten och avlopp", "Delområde"),
    ("C", "TN-3.1.1", "Kontroll av att egenkontrollprogrammet för dricksvatten följs", 16,
     "Provtagningsprotokoll", "VA-chef", "Klar",
     "Provtagning enligt egenkontrollprogrammet har genomförts enligt plan vid samtliga tre vattenverk.\n\n"
     "I juni konstaterades ett prov med förhöjd halt av koliforma bakterier på ledningsnätet (Sörby). "
     "Kokningsrekommendation utfärdades under fyra dygn och Miljö- och byggförvaltningen informerades.\n\n"
     "Omprovtagning visade därefter tjänligt vatten. Händelsen är utredd och orsaken bedöms vara ett ledningsbrott.",
     "GENOMFORD", "ja"),
    ("C", "TN-3.1.2", "Kontroll av att VA-avgifter debiteras korrekt vid nyanslutning", 8,
     "Stickprov 15 anslutningar", "VA-ekonom", "Avbruten",
     "Avbruten genom beslut TN 2025-05-20 § 63. Kontrollen ingår i VA-bolagets egen internkontroll från 2025.",
     "UTGAR", ""),
    ("A", 2, "TN-3.2", "Avfall", "Delområde"),
    ("C", "TN-3.2.1", "Kontroll av avtalstrohet vid inköp av material och tjänster", 9,
     "Inköpsanalys", "Avfallschef", "Klar",
     "Avtalstrohet 96 %. Inga avvikelser.",
     "GENOMFORD", "nej"),
    ("C", "TN-3.2.2", "Kontroll av att vägda mängder på återvinningscentralen faktureras företagskunder", 6,
     "Stickprov", "Avfallschef", "",
     "Kontrollen är inte genomförd under perioden på grund av byte av vågsystem.",
     "EJ_GENOMFORD", ""),
    ("A", 1, "TN-4", "Kontroller som tillkommit under året", "Område"),
    ("C", "TN-4.1", "Kontroll av att arbetsmiljöplan (BAS-P/BAS-U) finns för samtliga entreprenader", 12,
     "Genomgång", "Projektchef", "Klar",
     "Tillkom efter arbetsplatsolycka i mars. Arbetsmiljöplan fanns i samtliga 11 pågående entreprenader.",
     "GENOMFORD", "nej"),
    ("O", "Miljö- och byggförvaltningen", "Miljö- och byggnämnden"),
    ("A", 1, "MBN-1", "Bygglov", "Område"),
    ("A", 2, "MBN-1.1", "Handläggning", "Delområde"),
    ("C", "MBN-1.1.1", "Kontroll av att bygglov beslutas inom tio veckor från komplett ansökan", 12,
     "Utdrag ur ärendehanteringssystemet", "Bygglovschef", "Klar med avvikelse",
     "Av 187 beslut fattades 9 efter tio veckor utan beslut om förlängning. Avgiften har reducerats enligt PBL 12 kap. 8 a §.",
     "GENOMFORD", "ja"),
    ("C", "MBN-1.1.2", "Kontroll av att delegationsbeslut anmäls till nämnden", 6,
     "Jämförelse delegationslista–beslut", "Nämndsekreterare", "Klar", "Inga avvikelser.",
     "GENOMFORD", "nej"),
    ("C", "MBN-1.1.3", "Kontroll av att bygglovsavgifter debiteras enligt taxa", 9,
     "Stickprov 20 ärenden", "Bygglovschef", "Pågående",
     "10 av 20 ärenden granskade. I ett ärende hade fel planavgift tagits ut; rättat.",
     "DELVIS", "ja"),
    ("A", 2, "MBN-1.2", "Tillsyn", "Delområde"),
    ("C", "MBN-1.2.1", "Kontroll av att ärenden om olovligt byggande prioriteras enligt tillsynsplanen", 8,
     "Genomgång", "Byggnadsinspektör", "Ej påbörjad", "",
     "EJ_GENOMFORD", ""),
    ("A", 1, "MBN-2", "Miljö och hälsoskydd", "Område"),
    ("A", 2, "MBN-2.1", "Livsmedelskontroll", "Delområde"),
    ("C", "MBN-2.1.1", "Kontroll av att planerad livsmedelskontroll genomförs enligt kontrollplanen", 16,
     "Uppföljning av kontrollplanen", "Miljöchef", "Pågående",
     "62 % av de planerade kontrollerna var genomförda per 31 augusti (mål 60 %).\n"
     "Efterfrågan på händelsestyrd kontroll har varit hög under sommaren.\n"
     "Inga avvikelser mot plan; bedömningen är att planen nås under hösten.",
     "DELVIS", "nej"),
    ("C", "MBN-2.1.2", "Kontroll av att kontrollavgifter för livsmedel debiteras inom en månad efter kontroll", 8,
     "Stickprov", "Administratör", "Klar", "Inga avvikelser.",
     "GENOMFORD", "nej"),
    ("A", 2, "MBN-2.2", "Miljötillsyn", "Delområde"),
    ("C", "MBN-2.2.1", "Kontroll av att klagomål på störningar bekräftas till klaganden inom en vecka", 6,
     "Stickprov", "Miljöinspektör", "", "Se bilaga 2 till delårsrapporten.",
     "OKLAR", ""),
    ("C", "MBN-2.2.2", "Kontroll av att tillsyn av enskilda avlopp följer beslutad tillsynsplan", 9,
     "Uppföljning", "Miljöinspektör", "Avbruten",
     "Tillsynsprojektet avbröts genom beslut MBN 2025-03-26 § 22 på grund av vakanser.",
     "UTGAR", ""),
    ("C", "MBN-2.2.3", "Kontroll av att delegationsbeslut anmäls till nämnden", 6,
     "Jämförelse delegationslista–beslut", "Miljöchef", "Klar",
     "Ett beslut om miljösanktionsavgift saknades i anmälningslistan för maj; anmält i efterhand.",
     "GENOMFORD", "ja"),
    ("A", 1, "MBN-3", "Ekonomi", "Område"),
    ("A", 2, "MBN-3.1", "Ekonomiska rutiner", "Delområde"),
    ("C", "MBN-3.1.1", "Attest av leverantörsfakturor enligt attestordningen", 8,
     "Stickprov", "Controller", "Klar", "Inga avvikelser.",
     "GENOMFORD", "nej"),
    ("C", "MBN-3.1.2", "Kontroll av att tid i tillsynsärenden registreras löpande för timdebitering", 6,
     "Stickprov", "Administratör", "", "",
     "SAKNAS", ""),
]


def build_stratsys():
    fil = "Stratsys_export_Internkontroll_20250912.csv"
    hdr = ["Organisation", "Nivå", "Id", "Rubrik", "Typ", "Riskvärde", "Kontrollmetod", "Ansvarig",
           "Status delår", "Kommentar delår", "Status årsbokslut", "Kommentar årsbokslut"]
    rows = [
        ["Stratsys – Rapport: Intern kontroll, uppföljning"] + [""] * 11,
        ["Period: Delårsrapport 2025 (januari–augusti)"] + [""] * 11,
        ["Urval: Tekniska nämnden; Miljö- och byggförvaltningen"] + [""] * 11,
        ["Exporterad 2025-09-12 10:41"] + [""] * 11,
        [""] * 12,
        hdr,
    ]
    org = None
    namnd = None
    seen = []
    for e in STRAT:
        if e[0] == "O":
            org, namnd = e[1], e[2]
            seen.append(namnd)
        elif e[0] == "A":
            rows.append([org, str(e[1]), e[2], e[3], e[4], "", "", "", "", "", "", ""])
        else:
            _, cid, text, risk, metod, ansv, st, kom, es, ea = e
            rows.append([org, "3" if cid.count(".") == 2 else "2", cid, text, "Kontrollmoment", str(risk),
                         metod, ansv, st, kom, "", ""])
            expect(fil, namnd, text, es, ea)
    with open(p(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)
    for n in seen:
        FILES.append((fil, "INLAST", n, YEAR, "DELAR"))


# ===========================================================================
# File 5 - Kommunstyrelsen, ODS, symbols per tertial, helår
# ===========================================================================
# control: (nr, text, metod, frekvens, ansvarig, t1, t2, t3, kommentar, exp, avv)
KS = [
    ("H", 1, "1 Ekonomistyrning"),
    ("H", 2, "1.1 Redovisning och bokslut"),
    ("C", "1.1.1", "Kontroll av att balanskonton är avstämda och specificerade vid varje bokslut",
     "Genomgång av avstämningar", "Tertialvis", "Redovisningschef", "●", "●", "●", "", "GENOMFORD", "nej"),
    ("C", "1.1.2", "Kontroll av att periodiseringar görs enligt redovisningsprinciperna",
     "Stickprov", "Tertialvis", "Redovisningschef", "●", "●", "◐",
     "T3: En felaktig periodisering av statsbidrag (2,1 mnkr) upptäcktes vid bokslutet och rättades.",
     "GENOMFORD", "ja"),
    ("C", "1.1.3", "Kontroll av att anläggningsregistret stämmer mot huvudboken",
     "Avstämning", "Årligen", "Redovisningsekonom", "", "", "○",
     "Avstämningen har inte hunnits med före bokslutet; görs i februari 2026.", "EJ_GENOMFORD", ""),
    ("H", 2, "1.2 Budget och prognos"),
    ("C", "1.2.1", "Kontroll av att nämndernas prognoser lämnas enligt tidplan",
     "Uppföljning av tidplan", "Tertialvis", "Controllerchef", "●", "●", "●", "", "GENOMFORD", "nej"),
    ("C", "1.2.2", "Kontroll av att budgetjusteringar mellan nämnder har beslutats av kommunfullmäktige",
     "Genomgång av ombudgeteringar", "Tertialvis", "Controllerchef", "●", "●", "", "", "GENOMFORD", "nej"),
    ("H", 2, "1.3 Kassa och betalningar"),
    ("C", "1.3.1", "Kontroll av att nya leverantörer och ändrade bankuppgifter verifieras före utbetalning",
     "Stickprov ändringslogg", "Tertialvis", "Ekonomichef", "●", "●", "◐",
     "T3: Ett försök till bluffakturering med ändrat bankgironummer stoppades vid verifieringen. "
     "Ändringen hade dock registrerats i leverantörsregistret innan den verifierades.",
     "GENOMFORD", "ja"),
    ("C", "1.3.2", "Kontroll av att kontantkassor inventeras",
     "Inventering", "Tertialvis", "Ekonomichef", "●", "●", "●", "", "GENOMFORD", "nej"),
    ("S", 1),
    ("H", 1, "2 Upphandling och inköp"),
    ("H", 2, "2.1 Upphandling"),
    ("C", "2.1.1", "Kontroll av avtalstrohet vid inköp av varor och tjänster",
     "Inköpsanalys", "Halvårsvis", "Upphandlingschef", "", "◔", "◐",
     "Avtalstroheten för kommunen totalt var 88 % (mål 92 %). Störst avvikelser inom IT-tillbehör och "
     "konsulttjänster. Riktad information till berörda förvaltningar.",
     "GENOMFORD", "ja"),
    ("C", "2.1.2", "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
     "Genomgång", "Halvårsvis", "Upphandlingschef", "", "●", "○",
     "T3: Kontrollen genomfördes inte under hösten på grund av sjukskrivning.", "EJ_GENOMFORD", ""),
    ("C", "2.1.3", "Kontroll av att leverantörer kontrolleras avseende skatter och avgifter",
     "Kreditupplysning och Skatteverket", "Tertialvis", "Upphandlare", "●", "●", "● ○", "", "OKLAR", ""),
    ("H", 2, "2.2 Inköp"),
    ("C", "2.2.1", "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 25 fakturor", "Tertialvis", "Ekonomichef", "●", "●", "●", "", "GENOMFORD", "nej"),
    ("C", "2.2.2", "Kontroll av att e-handel används för avropsbara varor",
     "Systemrapport", "Årligen", "Inköpssamordnare", "", "", "◔",
     "Uppföljning påbörjad, systemrapport saknas.", "DELVIS", ""),
    ("S", 2),
    ("H", 1, "3 Personal och lön"),
    ("H", 2, "3.1 Lön"),
    ("C", "3.1.1", "Kontroll av att löneutbetalningar sker enligt beslutade lönelistor",
     "Stickprov", "Tertialvis", "Lönechef", "●", "●", "●", "", "GENOMFORD", "nej"),
    ("C", "3.1.2", "Kontroll av att avslutade anställningar avslutas i lönesystemet i tid",
     "Avstämning", "Tertialvis", "Lönechef", "◐", "●", "◐",
     "T1 och T3: sammanlagt fyra felaktiga utbetalningar efter avslutad anställning; återkrav har gjorts.",
     "GENOMFORD", "ja"),
    ("C", "3.1.3", "Kontroll av att förtroendevaldas arvoden betalas ut enligt arvodesreglementet",
     "Stickprov", "Tertialvis", "Nämndsekreterare", "●", "●", "●", "", "GENOMFORD", "nej"),
    ("H", 2, "3.2 Arbetsmiljö"),
    ("C", "3.2.1", "Kontroll av att medarbetarenkäten följs upp med handlingsplaner",
     "Genomgång av handlingsplaner", "Årligen", "HR-chef", "", "", "●", "", "GENOMFORD", "nej"),
    ("C", "3.2.2", "Kontroll av att årlig uppföljning av det systematiska arbetsmiljöarbetet genomförts",
     "Genomgång", "Årligen", "HR-chef", "", "", "●", "", "GENOMFORD", "nej"),
    ("S", 3),
    ("H", 1, "4 Informationssäkerhet och dataskydd"),
    ("H", 2, "4.1 Behörigheter"),
    ("C", "4.1.1", "Kontroll av att behörigheter i ekonomisystemet motsvarar aktuell befattning",
     "Behörighetslista", "Halvårsvis", "Systemförvaltare", "", "●", "●", "", "GENOMFORD", "nej"),
    ("C", "4.1.2", "Kontroll av att administratörskonton granskas",
     "Logguppföljning", "Halvårsvis", "IT-chef", "", "◐", "–",
     "Utgår från T3 då IT-driften har överförts till den gemensamma IT-nämnden (KF 2025-09-29 § 112).",
     "UTGAR", ""),
    ("H", 2, "4.2 Dataskydd"),
    ("C", "4.2.1", "Kontroll av att registerförteckningen enligt GDPR är uppdaterad",
     "Genomgång", "Årligen", "Dataskyddsombud", "", "", "", "", "SAKNAS", ""),
    ("C", "4.2.2", "Kontroll av att personuppgiftsbiträdesavtal finns för system som behandlar personuppgifter",
     "Inventering", "Årligen", "Dataskyddsombud", "", "", "◔",
     "Inventering klar för 31 av 48 system. Biträdesavtal saknades för tre system och har begärts in.",
     "DELVIS", "ja"),
    ("C", "4.2.3", "Kontroll av att personuppgiftsincidenter dokumenteras och vid behov anmäls till IMY",
     "Genomgång av incidentloggen", "Tertialvis", "Dataskyddsombud", "●", "●", "●", "", "GENOMFORD", "nej"),
    ("S", 4),
    ("H", 1, "5 Kontroller som tillkommit under året"),
    ("C", "5.1", "Kontroll av att beslutade åtgärder mot otillåten påverkan har genomförts",
     "Genomgång av åtgärdsplan", "Årligen", "Säkerhetschef", "", "", "●",
     "Tillkom genom KS beslut 2025-04-02 § 58.", "GENOMFORD", "nej"),
    ("C", "5.2", "Kontroll av att krisberedskapsövning genomförts enligt plan",
     "Övningsrapport", "Årligen", "Beredskapssamordnare", "", "", "○",
     "Övningen är flyttad till mars 2026.", "EJ_GENOMFORD", ""),
    ("S", 5),
]


def build_ks():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    from odf.text import P

    fil = "KS uppföljning intern kontroll 2025.ods"
    namnd = "Kommunstyrelsen"
    doc = OpenDocumentSpreadsheet()
    st_title = Style(name="title", family="table-cell")
    st_title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    st_bold = Style(name="bold", family="table-cell")
    st_bold.addElement(TextProperties(fontweight="bold"))
    st_hdr = Style(name="hdr", family="table-cell")
    st_hdr.addElement(TextProperties(fontweight="bold", color="#ffffff"))
    st_hdr.addElement(TableCellProperties(backgroundcolor="#375623", wrapoption="wrap", border="0.5pt solid #808080"))
    st_area = Style(name="area", family="table-cell")
    st_area.addElement(TextProperties(fontweight="bold", fontsize="12pt"))
    st_area.addElement(TableCellProperties(backgroundcolor="#e2efda"))
    st_sub = Style(name="sub", family="table-cell")
    st_sub.addElement(TextProperties(fontweight="bold", fontstyle="italic"))
    st_sum = Style(name="sum", family="table-cell")
    st_sum.addElement(TextProperties(fontstyle="italic", fontweight="bold"))
    st_sum.addElement(TableCellProperties(backgroundcolor="#f2f2f2"))
    st_cell = Style(name="cell", family="table-cell")
    st_cell.addElement(TableCellProperties(wrapoption="wrap", verticalalign="top", border="0.5pt solid #808080"))
    st_sym = Style(name="sym", family="table-cell")
    st_sym.addElement(TableCellProperties(verticalalign="top", border="0.5pt solid #808080"))
    st_sym.addElement(ParagraphProperties(textalign="center"))
    st_sym.addElement(TextProperties(fontsize="12pt"))
    for s in (st_title, st_bold, st_hdr, st_area, st_sub, st_sum, st_cell, st_sym):
        doc.automaticstyles.addElement(s)
    widths = ["1.5cm", "8.5cm", "4.2cm", "2.4cm", "3.6cm", "1.2cm", "1.2cm", "1.2cm", "9cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    table = Table(name="Uppföljning 2025")
    for cs in colstyles:
        table.addElement(TableColumn(stylename=cs))

    def row(values, styles=None, span=None):
        tr = TableRow()
        for i, v in enumerate(values):
            stl = (styles[i] if isinstance(styles, list) else styles) if styles else None
            kwargs = {}
            if stl is not None:
                kwargs["stylename"] = stl
            if v is None or v == "":
                tc = TableCell(**kwargs)
            else:
                tc = TableCell(valuetype="string", **kwargs)
                for line in str(v).split("\n"):
                    tc.addElement(P(text=line))
            if span and i == 0:
                tc.setAttribute("numbercolumnsspanned", str(span))
                tr.addElement(tc)
                for _ in range(span - 1):
                    tr.addElement(CoveredTableCell())
                break
            tr.addElement(tc)
        table.addElement(tr)

    row(["Kommunstyrelsen – uppföljning av intern kontroll 2025"], st_title)
    row(["Kommunledningsförvaltningen. Helårsuppföljning (tertial 1–3), behandlad av kommunstyrelsen 2026-02-04 § 17"])
    row([""])
    row(["Teckenförklaring:  ● genomförd utan anmärkning   ◐ genomförd med anmärkning   ◔ påbörjad   "
         "○ ej genomförd   – utgår.  Tom ruta = ingen kontroll planerad/rapporterad för tertialet."])
    row([""])
    row(["Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "T1", "T2", "T3",
         "Kommentar / åtgärd"], st_hdr)
    area = []
    for e in KS:
        if e[0] == "H":
            row([e[2]], st_area if e[1] == 1 else st_sub, span=9 if e[1] == 1 else None)
        elif e[0] == "S":
            g = sum(1 for x in area if x == "GENOMFORD")
            row(["", "Summa område %d: %d av %d genomförda" % (e[1], g, len(area))], st_sum)
            area = []
        else:
            _, nr, text, metod, frek, ansv, t1, t2, t3, kom, es, ea = e
            row([nr, text, metod, frek, ansv, t1, t2, t3, kom],
                [st_cell, st_cell, st_cell, st_cell, st_cell, st_sym, st_sym, st_sym, st_cell])
            expect(fil, namnd, text, es, ea)
            area.append(es)
    row([""])
    row(["", "Upprättad av: Johan Ek, controller, 2026-01-15"])
    doc.spreadsheet.addElement(table)
    doc.save(p(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))


# ===========================================================================
# File 6 - Kultur- och fritidsnämnden, short Word -> .doc, nämnd only in header
# ===========================================================================
KFN = [
    ("Kontroll av att föreningsbidrag betalas ut enligt beslut och bidragsregler", "Ja",
     "20 ansökningar granskade, inga avvikelser.", "GENOMFORD", "nej"),
    ("Kontroll av att kassan i simhallen stäms av dagligen", "Ja",
     "Differenser vid tre tillfällen (under 200 kr), dokumenterade och rapporterade till ekonomienheten.",
     "GENOMFORD", "ja"),
    ("Kontroll av att uthyrning av lokaler och anläggningar faktureras", "Delvis",
     "Faktureringen har granskats för första halvåret.", "DELVIS", ""),
    ("Kontroll av att ersättningskrav för förlorade medier följs upp", "Nej",
     "Prioriterades inte under året.", "EJ_GENOMFORD", ""),
    ("Kontroll av att personal på fritidsgårdarna har visat utdrag ur belastningsregistret", "Ja", "",
     "GENOMFORD", ""),
    ("Kontroll av att konstsamlingen inventeras", "Ej aktuellt 2025",
     "Inventering sker vartannat år, nästa gång 2026.", "UTGAR", ""),
]


def build_kfn():
    fil = "Uppföljning IK helår 2025.doc"
    namnd = "Kultur- och fritidsnämnden"
    d = docx.Document()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Kultur- och fritidsförvaltningen"
    hp.runs[0].bold = True
    sec.header.add_paragraph("Hällbyholms kommun")
    d.add_heading("Uppföljning intern kontroll – helår 2025", level=1)
    d.add_paragraph("Nedan redovisas uppföljningen av de kontrollmoment som ingår i internkontrollplanen för 2025.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Genomförd (Ja/Nej)", "Kommentar"]):
        cell_text(t.rows[0].cells[i], h, bold=True, size=10)
    for text, st, kom, es, ea in KFN:
        r = t.add_row()
        cell_text(r.cells[0], text, size=10)
        cell_text(r.cells[1], st, size=10)
        cell_text(r.cells[2], kom, size=10)
        expect(fil, namnd, text, es, ea)
    d.add_paragraph()
    d.add_paragraph("Karin Holm, förvaltningschef")
    tmp = "/tmp/r294_kfn"
    os.makedirs(tmp, exist_ok=True)
    src = os.path.join(tmp, "Uppföljning IK helår 2025.docx")
    d.save(src)
    soffice_convert(src, "doc:MS Word 97", tmp)
    shutil.copy(os.path.join(tmp, "Uppföljning IK helår 2025.doc"), p(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))


# ===========================================================================
# File 7 - Hällbyholmsbostäder AB, short .xls
# ===========================================================================
HBAB = [
    ("Hyresadministration", "Kontroll av att hyreshöjningar har aviserats korrekt",
     "Stickprov 20 avier, inga fel.", "Utförd", "GENOMFORD", "nej"),
    ("Hyresadministration", "Kontroll av att kundförluster och inkasso hanteras enligt kreditpolicyn",
     "Genomgång gjord. Två ärenden hade inte lämnats till inkasso i tid.", "Utförd", "GENOMFORD", "ja"),
    ("Fastighetsskötsel", "Kontroll av att OVK och hissbesiktningar är utförda", "", "Pågår", "DELVIS", ""),
    ("Fastighetsskötsel", "Kontroll av att felanmälningar åtgärdas inom utlovad tid",
     "94 % inom tid (mål 90 %).", "Utförd", "GENOMFORD", "nej"),
    ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Inga avvikelser.", "Utförd",
     "GENOMFORD", "nej"),
    ("Ekonomi", "Kontroll av att representation redovisas korrekt", "", "Ej utförd", "EJ_GENOMFORD", ""),
    ("Uthyrning", "Kontroll av att lägenheter fördelas enligt uthyrningspolicyn",
     "Stickprov 15 kontrakt. Ett kontrakt saknade dokumenterad kötid.", "Utförd med anmärkning",
     "GENOMFORD", "ja"),
]


def build_hbab():
    fil = "Hällbyholmsbostäder IK 2025.xls"
    namnd = "Hällbyholmsbostäder AB"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Hällbyholmsbostäder AB"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning internkontrollplan 2025 (helår)"
    ws["A3"] = "Rapporteras till styrelsen 2026-02-19"
    hdr = ["Område", "Kontrollpunkt", "Resultat", "Status"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=5, column=i, value=h).font = Font(bold=True)
    r = 6
    for omr, text, res, st, es, ea in HBAB:
        for i, v in enumerate([omr, text, res or None, st], 1):
            ws.cell(row=r, column=i, value=v).alignment = Alignment(wrap_text=True, vertical="top")
        expect(fil, namnd, text, es, ea)
        r += 1
    for col, w in zip("ABCD", [20, 55, 50, 22]):
        ws.column_dimensions[col].width = w
    fit_rows(ws, 6)
    tmp = "/tmp/r294_hbab"
    os.makedirs(tmp, exist_ok=True)
    src = os.path.join(tmp, "Hällbyholmsbostäder IK 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "xls:MS Excel 97", tmp)
    shutil.copy(os.path.join(tmp, "Hällbyholmsbostäder IK 2025.xls"), p(fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))


# ===========================================================================
# File 8 - covering letter (missiv) - must be rejected
# ===========================================================================
def build_missiv():
    fil = "Missiv VON internkontroll 2025.docx"
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Hällbyholms kommun – Vård- och omsorgsförvaltningen"
    d.add_paragraph("Till: Kommunstyrelsen\nKopia: Kommunens revisorer")
    d.add_paragraph("Datum: 2026-01-23\nDnr VON 2025/112")
    d.add_heading("Missiv – Vård- och omsorgsnämndens uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph(
        "Vård- och omsorgsnämnden har vid sitt sammanträde 2026-01-21 § 4 godkänt uppföljningen av "
        "internkontrollplanen för 2025. Uppföljningen i sin helhet bifogas (bilaga 1) tillsammans med "
        "stickprovsredovisningen för avgiftshandläggningen (bilaga 4).")
    d.add_paragraph("Nedan följer en kort sammanfattning av utfallet per område.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Område", "Antal kontroller", "Genomförda", "Delvis/pågår", "Ej genomförda/utgår"]):
        cell_text(t.rows[0].cells[i], h, bold=True, size=10)
    areas = {}
    cur = None
    for e in VON:
        if e[0] == "H" and e[1] == 1:
            cur = e[2]
            areas[cur] = [0, 0, 0, 0]
        elif e[0] == "C":
            a = areas[cur]
            a[0] += 1
            a[1] += e[7] == "GENOMFORD"
            a[2] += e[7] == "DELVIS"
            a[3] += e[7] in ("EJ_GENOMFORD", "UTGAR")
    for name, a in areas.items():
        r = t.add_row()
        for i, v in enumerate([name] + [str(x) for x in a]):
            cell_text(r.cells[i], v, size=10)
    d.add_paragraph()
    d.add_paragraph(
        "Nämnden bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. De kontroller som "
        "inte har genomförts förs över till internkontrollplanen för 2026.")
    d.add_paragraph("Med vänlig hälsning\n\nMaria Lindqvist\nFörvaltningschef")
    d.save(p(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ===========================================================================
def write_csvs():
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write("%s;%s\n" % (n, a))
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    build_von()
    build_sn()
    build_bun()
    build_stratsys()
    build_ks()
    build_kfn()
    build_hbab()
    build_missiv()
    write_csvs()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
