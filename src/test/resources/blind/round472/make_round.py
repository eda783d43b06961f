#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 472 - Ydre kommun, helår 2025, traffic-light inbox.
Builds every file of the round plus namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round472"

GREEN = "00B050"
YELLOW = "FFFF00"
RED = "FF0000"
GREY = "BFBFBF"
ORANGE = "FFC000"
BLUE = "9DC3E6"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill(fill_type="solid", start_color=c, end_color=c)


def soffice_convert(src, fmt, dest_name):
    """Convert src with LibreOffice to fmt and store it as OUT/dest_name."""
    tmpd = tempfile.mkdtemp(prefix="r472conv")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), os.path.join(OUT, dest_name))
    shutil.rmtree(tmpd, ignore_errors=True)


def fix_docx_core(doc, title):
    cp = doc.core_properties
    cp.author = "Ydre kommun"
    cp.title = title
    import datetime
    cp.created = datetime.datetime(2026, 1, 20, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 1, 20, 9, 0, 0)
    cp.last_modified_by = "Ydre kommun"
    cp.revision = 1


def fix_wb_props(wb, title):
    import datetime
    wb.properties.creator = "Ydre kommun"
    wb.properties.title = title
    wb.properties.created = datetime.datetime(2026, 1, 20, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 20, 9, 0, 0)
    wb.properties.lastModifiedBy = "Ydre kommun"


# ---------------------------------------------------------------------------
# F1 Kommunstyrelsen - xlsx, fills, legend beside the table, process headings
# ---------------------------------------------------------------------------
def f1():
    fn = "KS uppföljning internkontrollplan helår 2025.xlsx"
    nm = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljningsperiod: helår (januari–december 2025). Färgmarkera kolumnen Status enligt teckenförklaringen till höger."
    ws["A2"].font = Font(italic=True)
    hdr = ["Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens / omfattning", "Status", "Resultat och kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        ("H", "Ekonomi och inköp"),
        ("R", "", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Stickprov 25 fakturor, 2 ggr/år",
         GREEN, "Stickprov om 25 fakturor i maj och 25 i november. Samtliga attesterade enligt gällande attestordning.",
         "GENOMFORD", "nej"),
        ("R", "", "Direktupphandlingar över 100 000 kr är dokumenterade enligt riktlinjen", "Upphandlare", "Samtliga direktupphandlingar",
         GREEN, "11 direktupphandlingar granskade. 2 saknade dokumentation av konkurrensutsättning. Återkoppling har skett till berörda chefer.",
         "GENOMFORD", "ja"),
        ("R", "", "Inköp sker från avtalade leverantörer (avtalstrohet)", "Upphandlare", "Analys av leverantörsreskontra, helår",
         YELLOW, "Analys av första halvåret genomförd. Andra halvåret analyseras i februari 2026 när spendanalysen är klar.",
         "DELVIS", ""),
        ("R", "", "Representation och förtroendekänsliga poster – syfte och deltagare redovisas", "Redovisningsansvarig", "Samtliga konteringar konto 7xxx",
         GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("H", "Personal och lön"),
        ("R", "", "Behörigheter i lönesystemet Personec stämmer med aktuell befattning", "HR-chef", "1 gång/år",
         RED, "Kontrollen har inte genomförts på grund av byte av systemförvaltare. Flyttas till plan 2026.",
         "EJ_GENOMFORD", ""),
        ("R", "", "Utbetalning av timlön sker mot attesterade tidrapporter", "Lönespecialist", "Stickprov 15 utbetalningar",
         None, "Kontrollen genomfördes i oktober. Samtliga 15 utbetalningar hade attesterad tidrapport, inga avvikelser.",
         "GENOMFORD", "nej"),
        ("H", "Informationssäkerhet och diarieföring"),
        ("R", "", "Allmänna handlingar registreras i W3D3 inom tre arbetsdagar", "Kommunsekreterare", "Stickprov en vecka per tertial",
         YELLOW, "Stickprov genomförda för T1 och T2. 4 av 38 handlingar registrerades efter mer än tre dagar.",
         "DELVIS", "ja"),
        ("R", "", "Avslutade användarkonton tas bort inom en vecka efter avslutad anställning", "IT-samordnare", "Helår",
         None, None, "SAKNAS", ""),
        ("R", "", "Rutin för hantering av personuppgiftsincidenter är känd i förvaltningen", "Dataskyddssamordnare", "Enkät till chefer",
         GREY, "Utgår enligt KS beslut 2025-04-08 § 57, ersätts av regional utbildningsinsats.", "UTGAR", ""),
    ]
    r = 5
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(row=r, column=1).fill = fill("DDEBF7")
        else:
            _, proc, km, ans, frek, col, kom, st, av = row
            vals = [proc, km, ans, frek, None, kom]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
            if col:
                ws.cell(row=r, column=5).fill = fill(col)
            EXPECTED.append((fn, nm, km, st, av))
        r += 1
    # legend beside the table
    ws["H4"] = "Teckenförklaring"
    ws["H4"].font = Font(bold=True)
    leg = [(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / pågår"), (RED, "Ej genomförd"), (GREY, "Utgår")]
    for i, (col, txt) in enumerate(leg):
        ws.cell(row=5 + i, column=8).fill = fill(col)
        ws.cell(row=5 + i, column=8).border = BORDER
        ws.cell(row=5 + i, column=9, value=txt)
    r += 1
    ws.cell(row=r, column=1, value="Ydre 2026-01-19, Anna Lindqvist, ekonomichef")
    for col, w in zip("ABCDEFGHI", [18, 48, 20, 24, 9, 60, 3, 6, 26]):
        ws.column_dimensions[col].width = w
    fix_wb_props(wb, "Internkontroll KS 2025")
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F2 Barn- och utbildningsnämnden - xlsx, fills in T1/T2/Helår, legend on own sheet
# ---------------------------------------------------------------------------
def f2():
    fn = "BUN IKP 2025 uppföljning T3.xlsx"
    nm = "Barn- och utbildningsnämnden"
    wb = Workbook()
    leg = wb.active
    leg.title = "Instruktion"
    leg["A1"] = "Instruktion och teckenförklaring"
    leg["A1"].font = Font(bold=True, size=13)
    leg["A3"] = "Markera status för varje tertial med cellfärg i flik \"Uppföljning\". Skriv kommentar vid gul, orange och röd."
    legend = [(GREEN, "Genomförd utan anmärkning"), (ORANGE, "Genomförd – avvikelse noterad"),
              (YELLOW, "Påbörjad / delvis genomförd"), (RED, "Ej genomförd"), (BLUE, "Utgår (beslut i nämnd)"),
              (None, "Ingen färg = ingen kontroll planerad/rapporterad för tertialet")]
    for i, (col, txt) in enumerate(legend):
        if col:
            leg.cell(row=5 + i, column=1).fill = fill(col)
        leg.cell(row=5 + i, column=1).border = BORDER
        leg.cell(row=5 + i, column=2, value=txt)
    leg.column_dimensions["A"].width = 8
    leg.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Uppföljning")
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 1, tertial 2 och helår"
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Frekvens", "T1", "T2", "Helår", "Kommentar helår"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BORDER
    rows = [
        ("1", "Skolskjutsbeslut fattas enligt delegationsordningen", "Skolskjutssamordnare", "Tertialvis",
         GREEN, GREEN, GREEN, "Samtliga 42 beslut under året fattade av rätt delegat.", "GENOMFORD", "nej"),
        ("2", "Anmälan om kränkande behandling rapporteras till huvudman samma vecka", "Rektorer", "Tertialvis",
         GREEN, YELLOW, ORANGE, "Kontroll av samtliga anmälningar. 3 av 27 anmälningar rapporterades först efter två veckor.",
         "GENOMFORD", "ja"),
        ("3", "Frånvarouppföljning – elever med mer än 15 % frånvaro har åtgärdsplan", "Elevhälsochef", "T2 och helår",
         None, YELLOW, YELLOW, "Åtgärdsplaner finns för 9 av 14 elever. Arbetet fortsätter vårterminen 2026.",
         "DELVIS", "ja"),
        ("4", "Placering i förskola erbjuds inom fyra månader från ansökan", "Förskolechef", "Tertialvis",
         GREEN, GREEN, RED, "Under hösten kunde 3 barn inte erbjudas plats inom fyra månader p.g.a. personalbrist i Österbymo.",
         "EJ_GENOMFORD", "ja"),
        ("5", "Registerkontroll (belastningsregister) vid nyanställning", "Förvaltningsassistent", "Stickprov T1",
         GREEN, None, None, "", "GENOMFORD", "nej"),
        ("6", "Inventarieförteckning för elevdatorer är uppdaterad", "IT-pedagog", "Helår",
         None, None, BLUE, "Utgår – datorerna leasas från och med ht 2025 (BUN 2025-06-11 § 48).", "UTGAR", ""),
        ("7", "Fakturering av barnomsorgsavgifter stämmer mot registrerad inkomst", "Avgiftshandläggare", "Helår",
         None, None, None, "", "SAKNAS", ""),
        ("8", "Systematiskt brandskyddsarbete dokumenteras på varje skolenhet", "Rektorer", "Helår",
         None, None, GREEN, "Dokumentation finns på samtliga fyra enheter.", "GENOMFORD", "nej"),
    ]
    r = 5
    for (nr, km, ans, frek, c1, c2, c3, kom, st, av) in rows:
        vals = [nr, km, ans, frek, None, None, None, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
        for col, cc in zip((5, 6, 7), (c1, c2, c3)):
            if cc:
                ws.cell(row=r, column=col).fill = fill(cc)
        EXPECTED.append((fn, nm, km, st, av))
        r += 1
    for col, w in zip("ABCDEFGH", [5, 55, 22, 16, 7, 7, 7, 60]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    fix_wb_props(wb, "BUN internkontroll 2025")
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F3 Socialnämnden - xlsx, codes with conditional formatting, legend in cell comment
# ---------------------------------------------------------------------------
def f3():
    fn = "Socialförvaltningen internkontroll 2025 årsuppföljning.xlsx"
    nm = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws.oddHeader.center.text = "Socialnämnden Ydre kommun"
    ws["A1"] = "Socialförvaltningen – Internkontroll 2025, årsuppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapporteras till nämnden 2026-02-18"
    hdr = ["Risk", "Kontrollmoment", "Metod", "Ansvarig", "Status", "Avvikelse J/N", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("FCE4D6")
        c.border = BORDER
    cm = Comment("Statuskod:\n1 = Genomförd\n2 = Delvis genomförd / pågår\n3 = Ej genomförd\n4 = Utgår", "Controller")
    cm.width = 220
    cm.height = 110
    ws["E4"].comment = cm
    rows = [
        ("G", "Myndighetsutövning"),
        ("R", "Beslut fattas utan stöd i delegation", "Beslut om bistånd enligt SoL fattas i enlighet med delegationsordningen",
         "Stickprov 20 beslut", "Enhetschef IFO", 1, "N", "Inga avvikelser i stickprovet.", "GENOMFORD", "nej"),
        ("R", "Orosanmälningar hanteras inte i tid", "Förhandsbedömning av orosanmälan sker inom 14 dagar",
         "Uttag ur Treserva, helår", "Enhetschef IFO", 1, "J",
         "91 % inom 14 dagar. 7 förhandsbedömningar överskred tiden p.g.a. hög arbetsbelastning under sommaren.", "GENOMFORD", "ja"),
        ("R", "Bristande dokumentation", "Genomförandeplaner inom hemtjänsten är upprättade och uppdaterade senast var sjätte månad",
         "Journalgranskning 10 brukare", "MAS / enhetschef hemtjänst", 2, "J",
         "Granskning genomförd för Ydre norra. Ydre södra granskas i januari 2026. 3 av 10 planer ej uppdaterade.", "DELVIS", "ja"),
        ("R", "Avgifter debiteras felaktigt", "Avgiftsbeslut inom äldreomsorgen omprövas årligen", "Stickprov 15 ärenden",
         "Avgiftshandläggare", "Se bilaga 3", "", "", "OKLAR", ""),
        ("G", "Ekonomi"),
        ("R", "Felaktiga utbetalningar av ekonomiskt bistånd", "Utbetalningar av ekonomiskt bistånd matchas mot beslut",
         "Stickprov 25 utbetalningar per halvår", "Ekonom", 1, "N", "", "GENOMFORD", "nej"),
        ("R", "Kostnader för externa placeringar", "Fakturor för externa placeringar kontrolleras mot avtal och placeringsbeslut",
         "Samtliga fakturor i oktober", "Ekonom", 3, "",
         "Ej genomförd – ekonom föräldraledig under hösten, ingen ersättare.", "EJ_GENOMFORD", ""),
        ("R", "Kontanthantering på boenden", "Hantering av brukarnas kontanter på Ydregården följer rutin (kvittering och kassabok)",
         "Oanmäld kontroll 2 ggr/år", "Enhetschef SÄBO", 4, "",
         "Utgår, brukarna har sedan mars 2025 bankkort och ingen kontanthantering sker.", "UTGAR", ""),
        ("G", "Personal"),
        ("R", "Personal saknar behörighet", "Legitimation för sjuksköterskor kontrolleras mot HOSP vid anställning",
         "Samtliga nyanställda", "HR-konsult", 1, "N", "12 nyanställda kontrollerade.", "GENOMFORD", "nej"),
        ("R", "Otillåten läsning i journal", "Loggkontroll i Treserva genomförs månadsvis", "Slumpmässigt urval 10 användare/mån",
         "Systemförvaltare", 2, "N", "Loggkontroll genomförd jan–jun. Uppehåll under systembyte.", "DELVIS", "nej"),
    ]
    r = 5
    first = None
    for row in rows:
        if row[0] == "G":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            _, risk, km, met, ans, st_code, avj, kom, st, av = row
            first = first or r
            vals = [risk, km, met, ans, st_code, avj, kom]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
            ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
            EXPECTED.append((fn, nm, km, st, av))
        r += 1
    rng = "E5:E%d" % (r - 1)
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["1"], fill=fill(GREEN)))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["2"], fill=fill(YELLOW)))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["3"], fill=fill(RED)))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["4"], fill=fill(GREY)))
    for col, w in zip("ABCDEFG", [30, 50, 26, 22, 8, 10, 60]):
        ws.column_dimensions[col].width = w
    fix_wb_props(wb, "Socialförvaltningen IK 2025")
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F4 Kultur- och fritidsnämnden - ods, coloured text symbols, legend above table
# ---------------------------------------------------------------------------
def f4():
    fn = "Kultur och fritid - uppföljning intern kontroll 2025.ods"
    nm = "Kultur- och fritidsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av intern kontroll – helår 2025"
    ws["A3"] = "Förklaring:"
    ws["A3"].font = Font(bold=True)
    syms = [("B3", "● Genomförd", "00A050"), ("C3", "● Delvis", "E6B800"), ("D3", "● Ej genomförd", "FF0000"),
            ("E3", "● Utgår", "A6A6A6")]
    for ref, txt, col in syms:
        ws[ref] = txt
        ws[ref].font = Font(color=col, bold=True)
    hdr = ["Kontrollområde", "Kontrollmoment", "Planerad period", "Ansvarig", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BORDER
        c.fill = fill("E2EFDA")
    G, Y, R_, GR = "00A050", "E6B800", "FF0000", "A6A6A6"
    rows = [
        ("Föreningsbidrag", "Utbetalda föreningsbidrag har stöd i beslut och fullständig ansökan", "T2", "Fritidskonsulent",
         G, "Samtliga 23 utbetalningar kontrollerade. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Föreningsbidrag", "Aktivitetsstöd – redovisade deltagartillfällen stäms av mot närvarolistor", "Helår", "Fritidskonsulent",
         Y, "Stickprov hos 3 av 6 föreningar. Resterande kontrolleras i samband med vårens ansökningar.", "DELVIS", ""),
        ("Bibliotek", "Kassaredovisning av avgifter på biblioteket stäms av mot bokföring", "Helår", "Bibliotekschef",
         G, "Avstämt månadsvis. En differens på 120 kr i juli, utredd och rättad.", "GENOMFORD", "ja"),
        ("Anläggningar", "Bokning och fakturering av Ydrehallen sker enligt taxa", "T1, T3", "Anläggningsansvarig",
         R_, "Ej genomförd. Nytt bokningssystem infördes i september och uttag har inte varit möjligt.", "EJ_GENOMFORD", ""),
        ("Anläggningar", "Egenkontroll av badplatser (vattenprov och livräddningsutrustning)", "Sommar", "Anläggningsansvarig",
         G, "Vattenprov tagna vid samtliga 5 badplatser, utrustning kontrollerad varje vecka jun–aug.", "GENOMFORD", "nej"),
        ("Evenemang", "Tillstånd och avtal finns för kommunens publika arrangemang", "Helår", "Kultursamordnare",
         GR, "Utgår – nationaldagsfirandet arrangerades av hembygdsföreningen 2025.", "UTGAR", ""),
        ("Konst", "Inventering av kommunens konstsamling", "Helår", "Kultursamordnare",
         None, "", "SAKNAS", ""),
    ]
    r = 6
    for (omr, km, per, ans, col, kom, st, av) in rows:
        vals = [omr, km, per, ans, "●" if col else None, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
        if col:
            ws.cell(row=r, column=5).font = Font(color=col, size=14)
            ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
        EXPECTED.append((fn, nm, km, st, av))
        r += 1
    for col, w in zip("ABCDEF", [18, 55, 14, 22, 14, 60]):
        ws.column_dimensions[col].width = w
    fix_wb_props(wb, "KFN intern kontroll 2025")
    tmpd = tempfile.mkdtemp(prefix="r472src")
    src = os.path.join(tmpd, "kfn_ik_2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fn)
    shutil.rmtree(tmpd, ignore_errors=True)
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F5 Överförmyndarnämnden - docx, table with shaded status cells, legend above
# ---------------------------------------------------------------------------
def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def f5():
    fn = "ÖFN uppföljning IKP 2025.docx"
    nm = "Överförmyndarnämnden"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.sections[0].header.paragraphs[0].text = "Ydre kommun\tÖverförmyndarnämnden\t2026-01-22"
    doc.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    doc.add_paragraph("Överförmyndarnämnden följer här upp internkontrollplanen för 2025 (helår). "
                      "Granskningen har utförts av överförmyndarhandläggarna under hösten 2025.")
    doc.add_paragraph("Teckenförklaring för statuskolumnen:")
    lt = doc.add_table(rows=1, cols=4)
    lt.style = "Table Grid"
    for i, (col, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd"),
                                     (RED, "Ej genomförd"), ("D9D9D9", "Utgår")]):
        lt.rows[0].cells[i].text = txt
        shade(lt.rows[0].cells[i], col)
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    rows = [
        ("Årsräkningar granskas inom sex månader från inkommen redovisning", "Uttag ur Wärna", "Handläggare",
         GREEN, "Samtliga 61 årsräkningar granskade inom tidsfristen.", "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Stickprov 10 ärenden", "Handläggare",
         GREEN, "I 2 av 10 ärenden hade fel kostnadsersättning beviljats. Korrigerat.", "GENOMFORD", "ja"),
        ("Uttagsspärrade konton – uttag sker endast efter överförmyndarens samtycke", "Stickprov 10 ärenden", "Handläggare",
         YELLOW, "5 ärenden granskade. Resterande granskas i samband med årsräkningarna 2025.", "DELVIS", ""),
        ("Lämplighetsprövning av nya ställföreträdare (kreditupplysning och belastningsregister)", "Samtliga nya uppdrag",
         "Handläggare", None,
         "Kontrollen har inte genomförts under året p.g.a. vakans på handläggartjänst. Flyttas till 2026.",
         "EJ_GENOMFORD", ""),
        ("Förteckningar över huvudmannens tillgångar inkommer inom två månader", "Bevakning i Wärna", "Handläggare",
         RED, "Påminnelser skickas men rutin för vite har inte tillämpats. 6 förteckningar inkom sent.", "EJ_GENOMFORD", "ja"),
        ("Gallring av akter sker enligt dokumenthanteringsplan", "Kontroll av arkiv", "Nämndsekreterare",
         "D9D9D9", "Utgår – ny dokumenthanteringsplan beslutas 2026.", "UTGAR", ""),
    ]
    for (km, met, ans, col, kom, stt, av) in rows:
        cells = t.add_row().cells
        cells[0].text = km
        cells[1].text = met
        cells[2].text = ans
        cells[3].text = ""
        if col:
            shade(cells[3], col)
        cells[4].text = kom
        EXPECTED.append((fn, nm, km, stt, av))
    doc.add_paragraph("")
    doc.add_paragraph("Ydre den 22 januari 2026")
    doc.add_paragraph("Maria Ek, ordförande överförmyndarnämnden")
    fix_docx_core(doc, "ÖFN IKP 2025")
    doc.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F6 Stratsys export - csv, plain words, two nämnder, period rows
# ---------------------------------------------------------------------------
def f6():
    fn = "Stratsys_export_internkontroll_2025.csv"
    tn = "Tekniska nämnden"
    mbn = "Miljö- och byggnadsnämnden"
    lines = [
        ["Rapport: Internkontroll – uppföljning av kontrollmoment"],
        ["Urval: Ydre kommun, år 2025, alla perioder"],
        ["Utskriven: 2026-01-21 08:14 av ekonomienheten"],
        [],
        ["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar"],
    ]
    data = [
        # (org, process, km, ansv, [(period, status, comment)], expected status, avvikelse)
        ("Tekniska nämnden", "Fastighetsförvaltning",
         "Lagstadgade besiktningar (hiss, brandlarm, OVK) utförs enligt plan", "Fastighetschef",
         [("T2 2025", "Pågående", "Hiss och brandlarm klart."), ("Helår 2025", "Genomförd", "OVK utförd i november. Inga anmärkningar.")],
         "GENOMFORD", "nej"),
        ("Tekniska nämnden", "VA",
         "Debitering av VA-avgifter stäms av mot mätaravläsningar", "VA-ingenjör",
         [("T2 2025", "Pågående", ""), ("Helår 2025", "Genomförd med avvikelse", "14 abonnenter debiterades på schablon trots avläst mätare. Rättas i januari.")],
         "GENOMFORD", "ja"),
        ("Tekniska nämnden", "Gata/park",
         "Vinterväghållning utförs enligt avtal med entreprenör", "Gatuchef",
         [("Helår 2025", "Ej påbörjad", "Uppföljningsmöte med entreprenören sköts upp till februari 2026.")],
         "EJ_GENOMFORD", ""),
        ("Tekniska nämnden", "Måltidsverksamhet",
         "Egenkontrollprogram i kommunens kök följs", "Kostchef",
         [("T1 2025", "Genomförd", ""), ("T2 2025", "Pågående", "Två av fem kök kontrollerade."), ("Helår 2025", "", "")],
         "DELVIS", ""),
        ("Tekniska nämnden", "Avfall",
         "Fakturering av slamtömning sker enligt taxa", "Renhållningsansvarig",
         [("Helår 2025", "Ej aktuell", "Slamtömningen överförd till Tranås Energi från 2025-01-01.")],
         "UTGAR", ""),
        ("Tekniska nämnden", "Fastighetsförvaltning",
         "Hyresavtal för externa hyresgäster är uppdaterade och indexuppräknade", "Fastighetschef",
         [("Helår 2025", "Genomförd", "Alla 17 avtal uppräknade enligt KPI.")],
         "GENOMFORD", "nej"),
        ("Miljö- och byggnadsnämnden", "Bygglov",
         "Bygglov handläggs inom tio veckor från komplett ansökan", "Bygglovschef",
         [("T2 2025", "Genomförd", ""), ("Helår 2025", "Genomförd", "Samtliga 48 lov inom tidsfristen.")],
         "GENOMFORD", "nej"),
        ("Miljö- och byggnadsnämnden", "Tillsyn",
         "Tillsynsavgifter debiteras enligt fastställd tillsynsplan", "Miljöchef",
         [("Helår 2025", "Delvis genomförd", "Livsmedelsobjekten avstämda. Miljöobjekt kvar.")],
         "DELVIS", ""),
        ("Miljö- och byggnadsnämnden", "Tillsyn",
         "Planerade livsmedelskontroller genomförs enligt kontrollplan", "Miljöinspektör",
         [("Helår 2025", "Genomförd med avvikelse", "Samtliga 44 planerade kontroller genomförda. Vid 6 kontroller saknades dokumenterat beslut om avgift.")],
         "GENOMFORD", "ja"),
        ("Miljö- och byggnadsnämnden", "Delegation",
         "Delegationsbeslut anmäls till nämnden vid nästkommande sammanträde", "Nämndsekreterare",
         [("Helår 2025", "Ej genomförd", "")],
         "EJ_GENOMFORD", ""),
        ("Miljö- och byggnadsnämnden", "Bostadsanpassning",
         "Beslut om bostadsanpassningsbidrag fattas enligt lag och riktlinje", "BAB-handläggare",
         [("Helår 2025", "", "")],
         "SAKNAS", ""),
    ]
    for (org, proc, km, ans, periods, stt, av) in data:
        for (per, s, kom) in periods:
            lines.append([org, proc, km, ans, per, s, kom])
        EXPECTED.append((fn, org, km, stt, av))
    with open(os.path.join(OUT, fn), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for l in lines:
            w.writerow(l)
    FILES.append((fn, "INLAST", tn, "2025", "HELAR"))
    FILES.append((fn, "INLAST", mbn, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F7 Ydre Bostäder AB - .doc (via LibreOffice), plain status words
# ---------------------------------------------------------------------------
def f7():
    fn = "Ydrebostäder internkontroll 2025.doc"
    nm = "Ydre Bostäder AB"
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("Ydre Bostäder AB", level=1)
    doc.add_paragraph("Rapport över intern kontroll räkenskapsåret 2025")
    doc.add_paragraph("Styrelsen antog internkontrollplanen 2025-02-12. Nedan redovisas utfallet för helåret. "
                      "Status anges som Klar, Pågår, Ej utförd eller Utgår.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Område", "Kontrollmoment", "Status", "Utfall / åtgärd"]):
        t.rows[0].cells[i].text = h
    rows = [
        ("Hyresadministration", "Hyresavier och hyresförändringar stäms av mot hyresavtal", "Klar",
         "Stickprov 20 lägenheter, inga fel.", "GENOMFORD", "nej"),
        ("Hyresadministration", "Hyresfordringar äldre än 60 dagar överlämnas till inkasso",
         "Klar", "Två fordringar hade inte överlämnats i tid, nu åtgärdat.", "GENOMFORD", "ja"),
        ("Underhåll", "Underhållsplanen följs upp och revideras årligen", "Pågår",
         "Revideringen beräknas klar i mars 2026.", "DELVIS", ""),
        ("Inköp", "Inköp över 50 000 kr har godkänts av VD", "Ej utförd", "Hinns inte med under 2025.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestinstruktion", "Klar", "", "GENOMFORD", ""),
        ("Fastighet", "Radonmätning i flerbostadshus på Storgatan", "Utgår",
         "Fastigheten såld 2025-05-01.", "UTGAR", ""),
    ]
    for (omr, km, s, kom, stt, av) in rows:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text = omr, km, s, kom
        EXPECTED.append((fn, nm, km, stt, av))
    doc.add_paragraph("")
    doc.add_paragraph("Österbymo 2026-01-15")
    doc.add_paragraph("Lars Holm, VD")
    fix_docx_core(doc, "Ydre Bostäder IK 2025")
    tmpd = tempfile.mkdtemp(prefix="r472src")
    src = os.path.join(tmpd, "ybab_ik_2025.docx")
    doc.save(src)
    soffice_convert(src, "doc", fn)
    shutil.rmtree(tmpd, ignore_errors=True)
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F8 reject - covering letter (missiv), no follow-up in it
# ---------------------------------------------------------------------------
def f8():
    fn = "Missiv internkontroll helår 2025 Socialnämnden.docx"
    doc = Document()
    doc.add_paragraph("Ydre kommun\nSocialförvaltningen\n2026-01-23")
    doc.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    doc.add_heading("Översändande av uppföljning av internkontrollplan 2025", level=2)
    doc.add_paragraph("Härmed översänds Socialnämndens uppföljning av internkontrollplanen för helåret 2025 "
                      "i separat Excelfil (Socialförvaltningen internkontroll 2025 årsuppföljning.xlsx). "
                      "Uppföljningen behandlas av nämnden den 18 februari 2026.")
    doc.add_paragraph("Bilaga 3 till uppföljningen, som avser omprövning av avgiftsbeslut, eftersänds när "
                      "avgiftshandläggarens genomgång är klar.")
    doc.add_paragraph("Vid frågor kontakta undertecknad.")
    doc.add_paragraph("Med vänlig hälsning\nKarin Sjöberg\nSocialchef")
    fix_docx_core(doc, "Missiv")
    doc.save(os.path.join(OUT, fn))
    FILES.append((fn, "AVVISAD", "", "", ""))


def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BoU"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Ydre Bostäder AB", "Ydrebostäder|YBAB|Ydre Bostäder"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    for fn in (f1, f2, f3, f4, f5, f6, f7, f8):
        fn()
    registers()
    print("files:", len(FILES), "controls:", len(EXPECTED))
