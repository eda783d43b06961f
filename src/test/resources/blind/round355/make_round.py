#!/usr/bin/python3
"""Blind round r355 - Mellerud-Dal kommun, helår 2025.

Builds every file of the round plus namnder.csv, files.csv and expected.csv
in the folder of this script.  Run:  /usr/bin/python3 make_round.py
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
from docx.shared import Pt, Cm

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round355"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def out(name):
    return os.path.join(HERE, name)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, target_name):
    """Convert src with LibreOffice into HERE/target_name."""
    tmpd = tempfile.mkdtemp(prefix="r355_")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), out(target_name))
    shutil.rmtree(tmpd)


def fix_wb(wb):
    wb.properties.creator = "Mellerud-Dal kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_doc(d, author):
    cp = d.core_properties
    cp.author = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = author


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - plain xlsx, easy
# ---------------------------------------------------------------------------
def f1_ks():
    fil = "KS_IK_uppfoljning_helar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Mellerud-Dal kommun"
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd: Kommunstyrelsen"
    ws["A4"] = "Förvaltning: Kommunledningsförvaltningen"
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Bedömning", "Avvikelse (Ja/Nej)",
           "Kommentar / åtgärd"]
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Genomförd", "Nej", "Stickprov på 40 fakturor. Samtliga var korrekt attesterade.",
         "GENOMFORD", "nej"),
        (2, "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare",
         "Redovisningsansvarig", "Genomförd med anmärkning", "Ja",
         "6 av 25 verifikationer saknade deltagarförteckning. Påminnelse har skickats till samtliga chefer.",
         "GENOMFORD", "ja"),
        (3, "Upphandling", "Avtalstrohet vid inköp av förbrukningsmaterial", "Upphandlingschef",
         "Delvis genomförd", "Ja",
         "Analys av januari–juni klar: köp utanför avtal motsvarade 14 % av volymen. Andra halvåret har inte analyserats.",
         "DELVIS", "ja"),
        (4, "Lön/HR", "Kontroll att löneutbetalningar upphör för avslutade anställningar", "Lönechef",
         "Genomförd", "Nej", "Samtliga 58 avslut under året kontrollerade, inga felaktiga utbetalningar.",
         "GENOMFORD", "nej"),
        (5, "IT/informationssäkerhet", "Behörighetsgenomgång i ekonomisystemet", "IT-chef",
         "Ej genomförd", "", "Skjuts till 2026 på grund av byte av ekonomisystem.",
         "EJ_GENOMFORD", ""),
        (6, "Nämndadministration",
         "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen", "Kanslichef",
         "Genomförd", "Nej", "Kontroll av fyra sammanträden, alla beslut anmälda.",
         "GENOMFORD", "nej"),
        (7, "Säkerhet", "Uppdatering av kommunens krisledningsplan", "Säkerhetssamordnare",
         "Utgår", "", "Ersätts av gemensam plan för Dalsland enligt KS beslut 2025-04-09 § 61.",
         "UTGAR", ""),
        (8, "Ekonomi", "Kontroll av kontanthantering och handkassor", "Controller",
         "Genomförd", "Nej", "Oanmäld kassainventering i receptionen och på medborgarkontoret. Kassorna stämde.",
         "GENOMFORD", "nej"),
    ]
    r0 = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r0, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BOX
    for i, row in enumerate(rows):
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(r0 + 1 + i, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        exp(fil, N, row[2], row[7], row[8])
    r = r0 + len(rows) + 2
    ws.cell(r, 1, "Kommunstyrelsens samlade bedömning av den interna kontrollen 2025:").font = Font(bold=True)
    ws.cell(r, 5, "Tillräcklig med förbättringsområden")
    ws.cell(r + 1, 1, "Upprättad av: Anna Berglund, controller, 2026-01-20")
    for col, w in zip("ABCDEFG", [5, 22, 55, 20, 24, 12, 60]):
        ws.column_dimensions[col].width = w
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx with risk matrix columns, merged
#    process cells, summary text and a totals row
# ---------------------------------------------------------------------------
def f2_bun():
    fil = "BUN internkontroll helår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fix_doc(d, "Lena Ek")
    d.add_paragraph("Mellerud-Dal kommun\nBarn- och utbildningsförvaltningen")
    d.add_heading("Uppföljning av intern kontroll helår 2025", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden, dnr BUN 2025/112")
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Barn- och utbildningsnämnden bedömer att den interna kontrollen under 2025 i huvudsak har varit "
        "tillräcklig. Av nio kontrollmoment har fem genomförts helt. Brister har främst noterats inom "
        "personalområdet där kontrollerna inte kunnat slutföras på grund av hög personalomsättning.")
    d.add_paragraph(
        "Riskvärdet (RV) är sannolikhet (S, 1–4) multiplicerat med konsekvens (K, 1–4). Risker med "
        "riskvärde 8 eller högre bedöms som kritiska.")
    hdr = ["Process", "Risk", "S", "K", "RV", "Kontrollmoment", "Bedömning helår", "Kommentar"]
    groups = [
        ("Skolskjuts", [
            ("Elever saknar skolskjuts vid terminsstart", 3, 3,
             "Kontroll av att skolskjutsbeslut fattats för samtliga berättigade elever före terminsstart",
             "Genomförd utan anmärkning", "Samtliga 212 ansökningar var beslutade före 2025-08-11.",
             "GENOMFORD", "nej"),
            ("Fakturor från entreprenör stämmer inte med körda turer", 2, 3,
             "Avstämning av skolskjutsfakturor mot körjournal",
             "Genomförd – avvikelse noterad",
             "Dubbeldebitering av två turer i oktober. Kreditering har begärts.",
             "GENOMFORD", "ja"),
        ]),
        ("Personal", [
            ("Anställd i verksamhet med barn saknar kontroll mot belastningsregistret", 2, 4,
             "Stickprov: utdrag ur belastningsregistret har uppvisats innan anställning",
             "Delvis genomförd",
             "Stickprov på 15 av planerade 30 nyanställningar. I ett fall saknades utdrag.",
             "DELVIS", "ja"),
            ("Felaktig lön vid timanställning", 3, 2,
             "Kontroll av tidrapporter för timavlönade mot schema",
             "Ej genomförd",
             "Har inte hunnits med under hösten på grund av personalomsättning på HR-enheten.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Elevhälsa", [
            ("Journalföring sker inte i rätt system", 2, 3,
             "Granskning av journalföring i elevhälsans journalsystem",
             "Pågår", "Granskningen påbörjades i november och redovisas för nämnden i mars 2026.",
             "DELVIS", ""),
            ("Anmälan om kränkande behandling hanteras inte skyndsamt", 3, 4,
             "Kontroll att anmälningar om kränkande behandling anmäls till huvudman inom en vecka",
             "Genomförd",
             "87 % anmäldes inom en vecka, 13 % anmäldes senare. Rutinen har förtydligats för rektorerna.",
             "GENOMFORD", "ja"),
        ]),
        ("Ekonomi", [
            ("Felaktiga avgifter i förskola och fritidshem", 2, 3,
             "Inkomstkontroll av avgifter för förskola och fritidshem (maxtaxa)",
             "Genomförd", "Inga avvikelser.",
             "GENOMFORD", "nej"),
        ]),
        ("Gymnasieskola", [
            ("Interkommunal ersättning betalas för elever som avbrutit studierna", 2, 2,
             "Avstämning av interkommunala ersättningar mot elevregister",
             "", "Avstämningen gjordes i december och inga felaktigheter hittades.",
             "GENOMFORD", "nej"),
            ("Skolplikten bevakas inte", 1, 4,
             "Uppföljning av elever med hög frånvaro (skolpliktsbevakning)",
             "Se bilaga 3", "",
             "OKLAR", ""),
        ]),
    ]
    n = sum(len(g[1]) for g in groups)
    t = d.add_table(rows=1 + n + 1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        t.cell(0, c).text = h
        for run in t.cell(0, c).paragraphs[0].runs:
            run.bold = True
    r = 1
    for proc, items in groups:
        start = r
        for risk, s, k, km, bed, kom, st, av in items:
            vals = [None, risk, str(s), str(k), str(s * k), km, bed, kom]
            for c, v in enumerate(vals):
                if v is not None:
                    t.cell(r, c).text = v
            exp(fil, N, km, st, av)
            r += 1
        if r - 1 > start:
            m = t.cell(start, 0).merge(t.cell(r - 1, 0))
            m.text = proc
        else:
            t.cell(start, 0).text = proc
    last = t.rows[r].cells
    mm = last[0].merge(last[-1])
    mm.text = "Totalt 9 kontrollmoment: 5 genomförda, 2 delvis/pågående, 1 ej genomförd, 1 redovisas i bilaga."
    d.add_paragraph("")
    d.add_paragraph("Mellerud 2026-01-19")
    d.add_paragraph("Lena Ek\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Stratsys CSV export holding two nämnder (Socialnämnden + VON)
# ---------------------------------------------------------------------------
def f3_stratsys():
    fil = "Stratsys_export_internkontroll_2025.csv"
    SN = "Socialnämnden"
    VON = "Vård- och omsorgsnämnden"
    hdr = ["Enhet", "Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
           "Status", "Bedömning", "Kommentar"]
    rows = [
        (SN, "Ekonomiskt bistånd", "Felaktiga utbetalningar", 3, 4,
         "Kontroll av att beslut om ekonomiskt bistånd överensstämmer med utbetalning",
         "Slutförd", "Mindre avvikelser", "2 av 30 granskade ärenden hade utbetalning före beslut.",
         "GENOMFORD", "ja"),
        (SN, "Myndighetsutövning barn och unga", "Utredningar överskrider lagstadgad tid", 3, 3,
         "Uppföljning av att barnavårdsutredningar avslutas inom fyra månader",
         "Pågående", "Väsentliga avvikelser",
         "Under hösten överskreds utredningstiden i 11 utredningar.\nÅtgärdsplan tas fram och redovisas i februari.",
         "DELVIS", "ja"),
        (SN, "Informationssäkerhet", "Obehörig åtkomst till journaler", 2, 4,
         "Loggkontroll i verksamhetssystemet Treserva",
         "Slutförd", "Inga avvikelser", "Stickprov på 20 användare per månad.",
         "GENOMFORD", "nej"),
        (SN, "Placeringar", "Placering hos leverantör utan avtal", 2, 3,
         "Kontroll av att externa placeringar görs hos avtalade leverantörer",
         "Ej påbörjad", "", "Flyttas till internkontrollplan 2026.",
         "EJ_GENOMFORD", ""),
        (SN, "Arbetsmiljö", "", 2, 3,
         "Rapportering av hot och våld mot personal i KIA",
         "Avbruten", "", "Avbruten genom beslut SN 2025-06-17 § 88, hanteras i det systematiska arbetsmiljöarbetet.",
         "UTGAR", ""),
        (VON, "Hemtjänst", "Debiterad tid stämmer inte med utförd tid", 3, 3,
         "Avstämning av planerad mot utförd tid i hemtjänsten",
         "Slutförd", "Inga avvikelser", "Avstämning för mars, juni och oktober.",
         "GENOMFORD", "nej"),
        (VON, "Läkemedelshantering", "Felaktig läkemedelshantering", 2, 4,
         "Kontroll av signeringslistor för läkemedel på särskilda boenden",
         "Slutförd", "Mindre avvikelser", "Osignerade doser på två avdelningar på Rönnängen. Åtgärdat.",
         "GENOMFORD", "ja"),
        (VON, "Avgifter", "Felaktiga omsorgsavgifter", 2, 3,
         "Kontroll av att omsorgsavgifter debiteras enligt beslut",
         "Pågående", "", "Hälften av stickprovet är kontrollerat.",
         "DELVIS", ""),
        (VON, "LSS", "", 2, 2,
         "Kontroll av att beslut enligt LSS verkställs inom tre månader",
         "", "", "",
         "SAKNAS", ""),
        (VON, "Inköp", "Inköp utanför avtal", 3, 2,
         "Avtalstrohet vid inköp av hjälpmedel och förbrukningsartiklar",
         "Slutförd", "Inga avvikelser", "",
         "GENOMFORD", "nej"),
    ]
    with open(out(fil), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Rapport: Internkontroll – uppföljning kontrollmoment"])
        w.writerow(["Period: Helår 2025 (2025-01-01 – 2025-12-31)"])
        w.writerow(["Urval: Socialnämnden, Vård- och omsorgsnämnden"])
        w.writerow(["Utskriven: 2026-01-14 av Jonas Lind"])
        w.writerow([])
        w.writerow(hdr)
        for e, p, risk, s, k, km, st, bed, kom, ST, AV in rows:
            w.writerow([e, p, risk, s, k, s * k, km, st, bed, kom])
            exp(fil, e, km, ST, AV)
        w.writerow([])
        w.writerow(["Samlad bedömning Socialnämnden: Den interna kontrollen bedöms som delvis tillräcklig. "
                    "Handläggningstider inom barn och unga är ett prioriterat förbättringsområde."])
        w.writerow(["Samlad bedömning Vård- och omsorgsnämnden: Den interna kontrollen bedöms som tillräcklig."])
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", VON, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsnämnden - ODS, delår + helår columns, risk matrix beside
# ---------------------------------------------------------------------------
def f4_sbn():
    fil = "Samhällsbyggnadsnämnden IKP 2025 uppföljning.ods"
    N = "Samhällsbyggnadsnämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    red = Style(name="mred", family="table-cell")
    red.addElement(TableCellProperties(backgroundcolor="#F4B183", border="0.5pt solid #808080"))
    yel = Style(name="myel", family="table-cell")
    yel.addElement(TableCellProperties(backgroundcolor="#FFE699", border="0.5pt solid #808080"))
    grn = Style(name="mgrn", family="table-cell")
    grn.addElement(TableCellProperties(backgroundcolor="#C6E0B4", border="0.5pt solid #808080"))
    for s in (red, yel, grn):
        doc.automaticstyles.addElement(s)
    widths = ["0.8cm", "7.5cm", "3cm", "0.8cm", "0.8cm", "1.6cm", "3cm", "3.5cm", "7cm", "0.6cm",
              "3.5cm", "1.2cm", "1.2cm", "1.2cm", "1.2cm"]
    tbl = Table(name="IKP 2025")
    for i, wdt in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wdt))
        doc.automaticstyles.addElement(cs)
        tbl.addElement(TableColumn(stylename=cs))

    grid = {}

    def put(r, c, v, style=None):
        grid[(r, c)] = (v, style)

    put(0, 0, "Internkontrollplan 2025 med uppföljning", bold)
    put(1, 0, "Samhällsbyggnadsnämnden")
    put(2, 0, "Planen fastställd SBN 2025-02-12 § 14. Helårsuppföljning till nämnden 2026-02-11.")
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "S", "K", "Riskvärde", "Uppföljning delår",
           "Uppföljning helår", "Kommentar helår"]
    for c, h in enumerate(hdr):
        put(4, c, h, bold)
    rows = [
        (1, "Kontroll av att avgift för VA-anslutning faktureras efter färdigställd anslutning",
         "VA-chef", 3, 3, "Delvis genomförd", "Genomförd", "Samtliga 34 anslutningar är fakturerade.",
         "GENOMFORD", "nej"),
        (2, "Besiktning av kommunens lekplatser enligt SS-EN 1176", "Gatuchef", 2, 4,
         "Pågår", "Genomförd med anmärkning", "Två lekredskap på Ängsparken togs ur bruk efter besiktningen.",
         "GENOMFORD", "ja"),
        (3, "Kontroll av att entreprenadfakturor stämmer mot avtal och ÄTA-beslut", "Projektledare", 3, 3,
         "Ej påbörjad", "Delvis genomförd",
         "Två av fyra projekt granskade. Ett ÄTA-arbete saknade skriftligt beslut.",
         "DELVIS", "ja"),
        (4, "Egenkontroll av dricksvattenkvalitet enligt provtagningsprogram", "VA-ingenjör", 2, 4,
         "Genomförd", "Genomförd", "Inga prov bedömda som otjänliga.",
         "GENOMFORD", "nej"),
        (5, "Kontroll av att hyresavtal för kommunens lokaler är uppdaterade", "Fastighetschef", 2, 2,
         "Pågår", "", "",
         "DELVIS", ""),
        (6, "Kontroll av körjournaler för kommunens fordon", "Fordonssamordnare", 3, 2,
         "–", "Ej genomförd", "Har inte prioriterats. Flyttas till 2026.",
         "EJ_GENOMFORD", ""),
        (7, "Kontroll av att rätt avfallsabonnemang debiteras", "Renhållningschef", 2, 3,
         "–", "Utgår", "Renhållningen överfördes till Dalslands Miljö- och Renhållningsförbund 2025-07-01.",
         "UTGAR", ""),
        (8, "Inventering av gatubelysningens elsäkerhet", "Gatuchef", 1, 3,
         "Ej påbörjad", "Genomförd", "Inventeringen klar i oktober. Inga brister.",
         "GENOMFORD", "nej"),
    ]
    for i, (nr, km, ans, s, k, de, he, kom, ST, AV) in enumerate(rows):
        r = 5 + i
        for c, v in enumerate([nr, km, ans, s, k, s * k, de, he, kom]):
            put(r, c, v)
        exp(fil, N, km, ST, AV)
    # risk matrix beside the controls (columns K..O)
    put(4, 10, "Riskmatris (siffra = kontrollmoment nr)", bold)
    put(5, 10, "Konsekvens ↓ / Sannolikhet →", bold)
    for j in range(1, 5):
        put(5, 10 + j, j, bold)
    cells = {}
    for nr, km, ans, s, k, *_ in rows:
        cells.setdefault((k, s), []).append(str(nr))
    labels = {4: "4 Allvarlig", 3: "3 Kännbar", 2: "2 Måttlig", 1: "1 Lindrig"}
    for ii, k in enumerate([4, 3, 2, 1]):
        r = 6 + ii
        put(r, 10, labels[k], bold)
        for s in range(1, 5):
            v = ", ".join(cells.get((k, s), []))
            st = grn if s * k <= 3 else (yel if s * k <= 6 else red)
            put(r, 10 + s, v, st)
    put(11, 10, "Grön = låg risk, gul = medel, röd = hög (8–16)")
    last = 5 + len(rows)
    put(last + 1, 0, "Statusord: Genomförd / Genomförd med anmärkning / Delvis genomförd / Ej genomförd / Utgår")
    put(last + 2, 0, "Nämndens samlade bedömning av den interna kontrollen:", bold)
    put(last + 2, 7, "Tillräcklig")
    put(last + 3, 0, "Samhällsbyggnadsnämnden bedömer att den interna kontrollen har varit tillräcklig. "
                     "Kontrollen av entreprenadfakturor ska slutföras under våren 2026.")
    maxr = max(r for r, c in grid)
    maxc = max(c for r, c in grid)
    for r in range(maxr + 1):
        tr = TableRow()
        for c in range(maxc + 1):
            v, st = grid.get((r, c), (None, None))
            kw = {}
            if st is not None:
                kw["stylename"] = st
            if v is None or v == "":
                tc = TableCell(**kw)
            elif isinstance(v, (int, float)):
                tc = TableCell(valuetype="float", value=v, **kw)
                tc.addElement(P(text=str(v)))
            else:
                tc = TableCell(valuetype="string", **kw)
                tc.addElement(P(text=v))
            tr.addElement(tc)
        tbl.addElement(tr)
    doc.spreadsheet.addElement(tbl)
    doc.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - text only, .doc (via LibreOffice)
# ---------------------------------------------------------------------------
def f5_kfn():
    fil = "KFN uppföljning intern kontroll 2025.doc"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    fix_doc(d, "Karin Dahl")
    d.add_paragraph("Mellerud-Dal kommun")
    d.add_paragraph("Tjänsteskrivelse, dnr KFN 2025/37")
    d.add_heading("Kultur- och fritidsnämnden – uppföljning av internkontrollplan 2025, helår", level=1)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 20 februari 2025. Planen innehåller fem "
        "kontrollmoment. Nedan redovisas resultatet av respektive kontroll för helåret samt nämndens "
        "samlade bedömning.")
    items = [
        ("1. Föreningsbidrag",
         "Kontroll av att föreningsbidrag betalas ut enligt gällande bidragsregler",
         "Stickprov av 12 ansökningar. Samtliga uppfyllde bidragsreglerna. Kontrollen är genomförd utan avvikelse.",
         "GENOMFORD", "nej"),
        ("2. Kassahantering",
         "Oanmäld kassakontroll i simhallen och på fritidsgården",
         "Kontrollen genomfördes vid två tillfällen. Vid ett tillfälle saknades 350 kr i simhallens kassa. "
         "Rutinen för redovisning av dagskassa har skärpts.",
         "GENOMFORD", "ja"),
        ("3. Bibliotekets medier",
         "Inventering av bibliotekets mediebestånd",
         "Inventeringen är gjord på huvudbiblioteket men har ännu inte genomförts på filialerna i Åsensbruk och Dals Rostock.",
         "DELVIS", ""),
        ("4. Uthyrning av lokaler",
         "Kontroll av att uthyrning av idrottshallar faktureras",
         "Kontrollen har inte genomförts under året på grund av byte av bokningssystem. Den läggs in i planen för 2026.",
         "EJ_GENOMFORD", ""),
        ("5. Brandskydd",
         "Kontroll av att brandskyddskontroller dokumenteras i Kulturhuset",
         "Brandskyddskontrollerna har dokumenterats varje månad. Inga brister.",
         "GENOMFORD", "nej"),
    ]
    for head, km, res, ST, AV in items:
        d.add_heading(head, level=2)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        exp(fil, N, km, ST, AV)
    d.add_heading("Samlad bedömning", level=2)
    d.add_paragraph(
        "Kultur- och fritidsnämnden bedömer att den interna kontrollen är godtagbar men att rutinerna för "
        "uthyrning och kassahantering behöver stärkas.")
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Kultur- och fritidsnämnden godkänner uppföljningen av internkontrollplan 2025.")
    d.add_paragraph("Mellerud 2026-01-22\nKarin Dahl, förvaltningschef")
    tmpd = tempfile.mkdtemp(prefix="r355src_")
    src = os.path.join(tmpd, "KFN uppföljning intern kontroll 2025.docx")
    d.save(src)
    soffice_convert(src, "doc", fil)
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Miljö- och byggnadsnämnden - .xls, status only as fill colour with legend,
#    nämnd only in the print header
# ---------------------------------------------------------------------------
def f6_mbn():
    fil = "Uppföljning IK 2025 helår.xls"
    N = "Miljö- och byggnadsnämnden"
    wb = openpyxl.Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws.oddHeader.center.text = "Miljö- och byggnadsnämnden"
    ws.oddHeader.right.text = "Mellerud-Dal kommun"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning intern kontroll 2025 – helårsbedömning"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Färgmarkering i kolumn Helår:"
    legend = [("Genomförd", "00B050"), ("Delvis genomförd", "FFFF00"), ("Ej genomförd", "FF0000"),
              ("Utgår", "BFBFBF")]
    for i, (txt, col) in enumerate(legend):
        ws.cell(2, 3 + 2 * i).fill = PatternFill("solid", fgColor=col)
        ws.cell(2, 4 + 2 * i, txt)
    hdr = ["Område", "Kontrollmoment", "Sannolikhet", "Konsekvens", "Risk (S×K)", "Helår",
           "Bedömning / kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
    G, Y, R, GR = "00B050", "FFFF00", "FF0000", "BFBFBF"
    rows = [
        ("Bygglov", "Handläggning av bygglov inom lagstadgad tid", 3, 3, G,
         "Samtliga ärenden avgjordes inom tio veckor från komplett ansökan.", "GENOMFORD", "nej"),
        ("Bygglov", "Kontroll av att bygglovsavgifter debiteras enligt taxa", 2, 3, Y,
         "Halva urvalet kontrollerat. En felaktigt beräknad avgift har rättats.", "DELVIS", "ja"),
        ("Miljötillsyn", "Uppföljning av tillsynsplanen för miljöfarlig verksamhet", 3, 3, R,
         "Uppföljningen har inte gjorts på grund av vakanta inspektörstjänster.", "EJ_GENOMFORD", ""),
        ("Livsmedel", "Kontroll av att årlig kontrollavgift för livsmedelsanläggningar faktureras", 2, 2, G,
         "", "GENOMFORD", ""),
        ("Livsmedel", "Registrering av nya livsmedelsanläggningar inom två veckor", 2, 3, G,
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Administration", "Anmälan av delegationsbeslut till nämnden", 1, 3, GR,
         "Ingår från 2025 i kanslienhetens gemensamma kontroll.", "UTGAR", ""),
        ("Administration", "Diarieföring av inkomna handlingar inom två arbetsdagar", 2, 2, None,
         "Se bilaga.", "OKLAR", ""),
    ]
    for i, (omr, km, s, k, col, kom, ST, AV) in enumerate(rows):
        r = 5 + i
        vals = [omr, km, s, k, s * k, None, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        if col:
            ws.cell(r, 6).fill = PatternFill("solid", fgColor=col)
        exp(fil, N, km, ST, AV)
    r = 5 + len(rows) + 1
    ws.cell(r, 1, "Nämndens bedömning av den interna kontrollen som helhet:").font = Font(bold=True)
    ws.cell(r, 6, "Tillräcklig")
    ws.cell(r + 1, 1, "Kontrollerna inom miljötillsynen ska prioriteras 2026.")
    for col, w in zip("ABCDEFG", [16, 55, 11, 11, 10, 10, 60]):
        ws.column_dimensions[col].width = w
    tmpd = tempfile.mkdtemp(prefix="r355src_")
    src = os.path.join(tmpd, "Uppföljning IK 2025 helår.xlsx")
    wb.save(src)
    soffice_convert(src, "xls:MS Excel 97", fil)
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - xlsx with tick columns (X), merged header,
#    second sheet with risk matrix
# ---------------------------------------------------------------------------
def f7_ofn():
    fil = "ÖFN internkontroll 2025.xlsx"
    N = "Överförmyndarnämnden"
    wb = openpyxl.Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Överförmyndarnämnden – Internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning per 2025-12-31 (helår)"
    ws["A3"] = "Riskvärde enligt flik Riskmatris. Markera status med X."
    ws["A5"] = "Kontrollmoment"
    ws["B5"] = "Riskvärde"
    ws["C5"] = "Status helår"
    ws.merge_cells("C5:E5")
    ws["F5"] = "Kommentar"
    ws["C6"], ws["D6"], ws["E6"] = "Genomförd", "Delvis", "Ej genomförd"
    ws.merge_cells("A5:A6")
    ws.merge_cells("B5:B6")
    ws.merge_cells("F5:F6")
    for row in ws.iter_rows(min_row=5, max_row=6, max_col=6):
        for cell in row:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = BOX
    rows = [
        ("Granskning av årsräkningar – stickprov på arvodesberäkning", 9, "X", "", "",
         "40 årsräkningar granskade, inga fel.", "GENOMFORD", "nej"),
        ("Kontroll av att förteckning inkommit inom två månader från förordnande", 8, "", "X", "",
         "Förteckning saknades i 4 av 20 ärenden vid kontrolltillfället. Påminnelser skickade.",
         "DELVIS", "ja"),
        ("Kontroll av belastningsregister och kreditupplysning vid rekrytering av ställföreträdare", 12,
         "X", "", "", "Genomförd. En ställföreträdare avregistrerades efter anmärkning i kreditupplysningen.",
         "GENOMFORD", "ja"),
        ("Uttag från spärrat konto sker endast med överförmyndarens samtycke", 8, "X", "", "X",
         "", "OKLAR", ""),
        ("Utbildning av nya ställföreträdare", 4, "", "", "X",
         "Inställd. Ny utbildning planeras våren 2026.", "EJ_GENOMFORD", ""),
        ("Beslut om arvode fattas inom en månad från inkommen begäran", 6, "", "", "",
         "Kontrollen utgår enligt reviderad plan, ÖFN 2025-05-20 § 31.", "UTGAR", ""),
    ]
    for i, (km, rv, g, dl, ej, kom, ST, AV) in enumerate(rows):
        r = 7 + i
        for c, v in enumerate([km, rv, g, dl, ej, kom], 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BOX
            cell.alignment = WRAP if c in (1, 6) else Alignment(horizontal="center", vertical="top")
        exp(fil, N, km, ST, AV)
    r = 7 + len(rows) + 1
    ws.cell(r, 1, "Samlad bedömning: Överförmyndarnämnden bedömer att den interna kontrollen 2025 har varit "
                  "tillräcklig.")
    ws.cell(r + 2, 1, "Överförmyndarhandläggare Sara Nyström, 2026-01-15")
    for col, w in zip("ABCDEF", [60, 10, 11, 9, 12, 55]):
        ws.column_dimensions[col].width = w
    # risk matrix sheet
    m = wb.create_sheet("Riskmatris")
    m["A1"] = "Riskmatris – sannolikhet × konsekvens"
    m["A1"].font = Font(bold=True)
    m["A3"] = "Konsekvens"
    m["B2"] = "Sannolikhet →"
    for j in range(1, 5):
        m.cell(3, 1 + j, j).font = Font(bold=True)
    for ii, k in enumerate([4, 3, 2, 1]):
        m.cell(4 + ii, 1, k).font = Font(bold=True)
        for s in range(1, 5):
            v = s * k
            cell = m.cell(4 + ii, 1 + s, v)
            cell.fill = PatternFill("solid", fgColor="C6E0B4" if v <= 3 else ("FFE699" if v <= 7 else "F4B183"))
            cell.border = BOX
    m["A9"] = "1–3 låg risk, 4–7 medel, 8–16 hög risk"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# R. Rejected: covering letter (följebrev) with no follow-up in it
# ---------------------------------------------------------------------------
def fr_missiv():
    fil = "Följebrev BUN internkontroll 2025.docx"
    d = docx.Document()
    fix_doc(d, "Lena Ek")
    d.add_paragraph("Mellerud-Dal kommun\nBarn- och utbildningsförvaltningen")
    d.add_paragraph("2026-01-19")
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    d.add_heading("Följebrev – uppföljning av intern kontroll helår 2025", level=1)
    d.add_paragraph(
        "Härmed översänds Barn- och utbildningsnämndens uppföljning av internkontrollplanen för 2025 "
        "(filen ”BUN internkontroll helår 2025.docx”). Uppföljningen behandlas av nämnden den 4 februari 2026 "
        "och protokollsutdrag skickas när protokollet är justerat.")
    d.add_paragraph(
        "Bilaga 3 om skolpliktsbevakning skickas separat eftersom den innehåller uppgifter om enskilda elever "
        "och omfattas av sekretess.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\nLena Ek\nFörvaltningschef\n0530-180 00")
    d.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|Bildningsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen|IFO"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö- och byggnadsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Mellerud-Dal Bostäder AB", "MDB|Bostadsbolaget"),
    ]
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    f1_ks()
    f2_bun()
    f3_stratsys()
    f4_sbn()
    f5_kfn()
    f6_mbn()
    f7_ofn()
    fr_missiv()
    write_csvs()
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
