#!/usr/bin/python3
"""Round 57 – Färgelanda kommun (Dalsland), helår 2025.

Builds all follow-up files plus namnder.csv, files.csv and expected.csv from scratch.
Run with /usr/bin/python3 from anywhere; output goes next to this script.
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km, km
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej")
    EXPECTED.append((fil, namnd, km, status, avv))


def clean_old():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(HERE):
        if f in keep:
            continue
        p = os.path.join(HERE, f)
        if os.path.isdir(p):
            shutil.rmtree(p)
        else:
            os.remove(p)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – the internkontrollplan itself with two follow-up columns
# ---------------------------------------------------------------------------
def ks_xlsx():
    fil = "IK-plan KS 2025 med uppföljning helår.xlsx"
    namnd = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Internkontrollplan 2025"
    ws["A1"] = "Internkontrollplan 2025 – Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:M1")
    ws["A2"] = ("Antagen av kommunstyrelsen 2025-02-05, § 14. Riskvärde = sannolikhet × konsekvens (1–4). "
                "Uppföljning helår 2025 ifylld av kommunledningsförvaltningen i kolumn L–M.")
    ws.merge_cells("A2:M2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 30
    ws["L3"] = "Uppföljning helår 2025"
    ws["L3"].font = Font(bold=True)
    ws["L3"].fill = PatternFill("solid", fgColor="FFF2CC")
    ws.merge_cells("L3:M3")
    head = ["Nr", "Process/rutin", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
            "Metod", "Frekvens", "Ansvarig", "Rapporteras till", "Utfört?", "Kommentar"]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BORDER
        c.alignment = WRAP
        c.fill = PatternFill("solid", fgColor="FFF2CC" if i >= 12 else "D9E1F2")
    # (process, risk, s, k, kontrollmoment, metod, frekvens, ansvarig, rapp, utfört, kommentar, status, avv)
    rows = [
        ("Ekonomiadministration", "Felaktiga eller otillåtna utbetalningar till leverantörer", 2, 4,
         "Stickprov av 20 leverantörsfakturor mot avtal och attestordning",
         "Stickprov i Visma", "Två gånger per år", "Ekonomichef", "KS delår och helår",
         "Ja", "Utfört i juni och november. 2 av 40 fakturor saknade beslutsattest av rätt person, "
               "återkopplat till berörda chefer.", "GENOMFORD", "ja"),
        (None, "Felaktig momsredovisning", 2, 3,
         "Kontroll av att ingående moms lyfts korrekt på representationsfakturor",
         "Stickprov 10 fakturor", "Årligen", "Redovisningsekonom", "KS helår",
         "Ja", "Inga avvikelser.", "GENOMFORD", "nej"),
        (None, "Svinn eller stöld ur kontantkassa", 1, 3,
         "Kontroll av kontantkassa i medborgarservice (oanmäld kassainventering)",
         "Kassainventering", "Två gånger per år", "Ekonomichef", "KS helår",
         "Ja", None, "GENOMFORD", "nej"),
        ("Upphandling och inköp", "Direktupphandlingar görs utan dokumentation eller över gränsvärdet", 3, 3,
         "Granskning av direktupphandlingar över 100 tkr – dokumentation enligt riktlinje",
         "Genomgång av leverantörsreskontra", "Årligen", "Upphandlare", "KS helår",
         "Delvis", "Genomgång gjord för första halvåret utan anmärkning. Andra halvåret återstår på grund av "
                   "vakans, beräknas klart februari 2026.", "DELVIS", "nej"),
        ("Personal och lön", "Lön betalas ut efter avslutad anställning", 2, 4,
         "Kontroll av att avslutade anställningar avslutats i lönesystemet i tid",
         "Avstämning mot HR-underlag", "Kvartalsvis", "HR-chef", "KS delår och helår",
         "Ja, med anmärkning", "Ett fall där lön betalats ut en månad efter avslut, återkrav skickat.",
         "GENOMFORD", "ja"),
        (None, "Brister i systematiskt arbetsmiljöarbete", 2, 3,
         "Kontroll att skyddsronder genomförts på samtliga arbetsplatser inom förvaltningen",
         "Enkät till chefer", "Årligen", "HR-chef", "KS helår",
         "Se kommentar", None, "OKLAR", "nej"),
        ("Informationssäkerhet", "Obehöriga har åtkomst till ekonomisystemet", 3, 4,
         "Översyn av behörigheter i ekonomisystemet (Visma) mot aktuell personallista",
         "Behörighetslista", "Årligen", "Systemförvaltare ekonomi", "KS helår",
         None, "Har inte genomförts under 2025 då införandet av nytt HR-system prioriterats. "
               "Flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", "nej"),
        ("Styrning och ärendehantering", "Delegationsbeslut anmäls inte till styrelsen", 2, 3,
         "Kontroll att delegationsbeslut anmäls till kommunstyrelsen",
         "Jämförelse delegationslista/protokoll", "Halvår", "Kommunsekreterare", "KS delår och helår",
         "Nej", "Kontrollen gjord i december, inga avvikelser.", "EJ_GENOMFORD", "nej"),
        (None, "Fullmäktiges beslut verkställs inte", 2, 3,
         "Uppföljning av att KF-beslut verkställs inom angiven tid",
         "Genomgång av beslutslista", "Årligen", "Kanslichef", "KS helår",
         None, None, "SAKNAS", "nej"),
        ("Säkerhet och krisberedskap", "Inaktuella kontaktuppgifter vid kris", 2, 4,
         "Kontroll att POSOM-gruppens och krisledningens kontaktlistor är uppdaterade",
         "Genomgång av listor", "Årligen", "Säkerhetssamordnare", "KS helår",
         "Utgår", "Flyttat till krisledningsnämndens plan enligt KS beslut 2025-04-02 § 61.", "UTGAR", "nej"),
    ]
    r = 5
    nr = 1
    group_start = None
    for row in rows:
        proc, risk, s, k, km, metod, frekv, ansv, rapp, utf, komm, st, avv = row
        if proc is not None:
            if group_start is not None and r - 1 > group_start:
                ws.merge_cells(start_row=group_start, start_column=2, end_row=r - 1, end_column=2)
            group_start = r
            ws.cell(row=r, column=2, value=proc)
        vals = {1: nr, 3: risk, 4: s, 5: k, 6: s * k, 7: km, 8: metod, 9: frekv, 10: ansv, 11: rapp,
                12: utf, 13: komm}
        for col, v in vals.items():
            if v is not None:
                ws.cell(row=r, column=col, value=v)
        for col in range(1, 14):
            ws.cell(row=r, column=col).border = BORDER
            ws.cell(row=r, column=col).alignment = WRAP
        exp(fil, namnd, km, st, avv)
        r += 1
        nr += 1
    if r - 1 > group_start:
        ws.merge_cells(start_row=group_start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen redovisas för kommunstyrelsen 2026-02-04.")
    widths = [5, 20, 30, 11, 11, 9, 45, 22, 16, 20, 16, 16, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden – letter from the socialchef, status in bold at paragraph start
# ---------------------------------------------------------------------------
def sn_docx():
    from docx import Document
    from docx.shared import Pt
    fil = "Skrivelse uppföljning IK helår 2025 SN.docx"
    namnd = "Socialnämnden"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = doc.add_paragraph()
    p.add_run("Färgelanda kommun\nSocialförvaltningen").bold = True
    doc.add_paragraph("Datum: 2026-01-21\nDnr: SN 2025/118")
    doc.add_paragraph("Till: Socialnämnden")
    doc.add_heading("Uppföljning av socialnämndens internkontrollplan 2025 – helår", level=1)
    doc.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 februari 2025 (§ 12). Planen omfattar åtta "
        "kontrollmoment. Förvaltningen har vid delårsuppföljningen per 31 augusti redovisat läget för de "
        "kontroller som då var påbörjade. I denna skrivelse redovisas resultatet för helåret. Varje "
        "kontrollmoment sammanfattas kort nedan, med förvaltningens bedömning av status i fetstil.")
    items = [
        ("Genomförd.", "Stickprov av 15 biståndsbeslut inom hemtjänsten avseende dokumentation och delegation",
         "Samtliga granskade beslut var korrekt dokumenterade och fattade på rätt delegationsnivå.",
         "GENOMFORD", "nej"),
        ("Genomförd med anmärkning.", "Kontroll av att avgiftsbeslut inom äldreomsorgen är korrekt beräknade",
         "Av 20 granskade avgiftsbeslut var tre felaktiga, i samtliga fall för att bostadskostnaden inte "
         "uppdaterats efter hyreshöjningen. Rättelse är gjord och rutinen har förtydligats.",
         "GENOMFORD", "ja"),
        ("Delvis genomförd.",
         "Uppföljning av att genomförandeplaner inom LSS upprättas inom 14 dagar efter verkställt beslut",
         "Kontrollen är gjord på de två gruppbostäderna utan anmärkning men återstår inom daglig verksamhet, "
         "där den slutförs under februari 2026.", "DELVIS", "nej"),
        ("Ej genomförd.", "Kontroll av loggar i verksamhetssystemet avseende otillbörlig åtkomst",
         "Loggkontrollen har inte kunnat genomföras eftersom systemförvaltaren varit tjänstledig under hösten. "
         "Kontrollen ligger kvar i planen för 2026.", "EJ_GENOMFORD", "nej"),
        ("Genomförd.", "Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar",
         "38 av 41 anmälningar förhandsbedömdes inom lagstadgad tid. Tre blev klara efter 15–18 dagar, vilket "
         "har rapporterats till nämnden som avvikelse.", "GENOMFORD", "ja"),
        (None, "Avstämning av utbetalt ekonomiskt bistånd mot beslut (stickprov 25 utbetalningar)",
         "Kontrollen har inte hunnits med under året och flyttas till internkontrollplanen 2026.",
         "EJ_GENOMFORD", "nej"),
        ("Utgår.", "Kontroll av att kontanthanteringen för boende på Solgården följer rutin",
         "Kontrollmomentet ströks av nämnden 2025-05-20 (§ 48) sedan kontanthanteringen ersatts av "
         "kortlösning.", "UTGAR", "nej"),
        ("Pågår.", "Uppföljning av att medarbetarna i hemtjänsten genomgått utbildning i basal hygien",
         "71 av 96 medarbetare har genomfört webbutbildningen. Resterande ska vara klara till sista mars.",
         "DELVIS", "nej"),
    ]
    for bold, km, rest, status, avv in items:
        p = doc.add_paragraph()
        if bold:
            p.add_run(bold).bold = True
            p.add_run(" ")
        p.add_run(km + ". " + rest)
        exp(fil, namnd, km, status, avv)
    doc.add_paragraph(
        "Sammantaget bedömer förvaltningen att den interna kontrollen under 2025 i huvudsak har varit "
        "tillräcklig. De kontroller som inte slutförts förs över till planen för 2026.")
    doc.add_paragraph("Förslag till beslut: Socialnämnden godkänner uppföljningen av internkontrollplanen 2025.")
    doc.add_paragraph("\nAnna Lindqvist\nSocialchef")
    doc.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden – .ods with Status 2025 and last year's Status 2024 left in
# ---------------------------------------------------------------------------
def bun_ods():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableCellProperties, TextProperties, TableColumnProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P
    fil = "BUN internkontroll 2025 helår.ods"
    namnd = "Barn- och utbildningsnämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    bold.addElement(TableCellProperties(backgroundcolor="#DDEBF7", border="0.5pt solid #808080"))
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    grey = Style(name="grey", family="table-cell")
    grey.addElement(TextProperties(color="#808080"))
    grey.addElement(TableCellProperties(border="0.5pt solid #808080"))
    norm = Style(name="norm", family="table-cell")
    norm.addElement(TableCellProperties(border="0.5pt solid #808080", wrapoption="wrap"))
    doc.automaticstyles.addElement(bold)
    doc.automaticstyles.addElement(title)
    doc.automaticstyles.addElement(grey)
    doc.automaticstyles.addElement(norm)
    widths = ["1.0cm", "3.5cm", "8cm", "4cm", "3.5cm", "8cm", "3.5cm", "6cm"]
    t = Table(name="Helår 2025")
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))

    def row(vals, styles=None, span=None):
        tr = TableRow()
        for i, v in enumerate(vals):
            kw = {}
            if styles:
                s = styles[i] if isinstance(styles, list) else styles
                if s is not None:
                    kw["stylename"] = s
            if span and i == 0:
                kw["numbercolumnsspanned"] = span
            if v is None or v == "":
                tc = TableCell(**kw)
            elif isinstance(v, int):
                tc = TableCell(valuetype="float", value=v, **kw)
                tc.addElement(P(text=str(v)))
            else:
                tc = TableCell(valuetype="string", **kw)
                tc.addElement(P(text=v))
            tr.addElement(tc)
        t.addElement(tr)

    row(["Barn- och utbildningsnämnden – uppföljning av internkontrollplan, helår 2025"], [title], span=8)
    row(["Status anges som Genomförd, Delvis genomförd, Ej genomförd eller Ej aktuell. Kolumnerna för 2024 är "
         "kvar från förra årets uppföljning och ska inte fyllas i."], span=8)
    row([""])
    row(["Nr", "Område", "Kontrollmoment", "Kontrollansvarig", "Status 2025", "Kommentar helår 2025",
         "Status 2024", "Kommentar 2024"], [bold] * 8)
    items = [
        ("Skolskjuts", "Kontroll att skolskjutsbeslut fattas enligt riktlinjer och delegation",
         "Skolskjutshandläggare", "Genomförd", "10 beslut granskade, inga avvikelser.",
         "Delvis genomförd", "Halva stickprovet gjort.", "GENOMFORD", "nej"),
        ("Elevhälsa", "Kontroll att elevhälsans journaler förs enligt rutin (PMO)",
         "Verksamhetschef elevhälsa", "Delvis genomförd",
         "Skolsköterskornas journaler granskade utan anmärkning, kuratorernas återstår.",
         "Genomförd", "", "DELVIS", "nej"),
        ("Trygghet och studiero",
         "Uppföljning av att anmälningar om kränkande behandling utreds och rapporteras till huvudman",
         "Förvaltningschef", "Genomförd",
         "42 anmälningar under året, 4 saknade påbörjad utredning inom en vecka. Påtalat till berörda rektorer.",
         "Genomförd", "Inga avvikelser.", "GENOMFORD", "ja"),
        ("Närvaro", "Kontroll att rektor följer upp elever med hög frånvaro (över 15 %)",
         "Rektorer grundskola", "Ej genomförd",
         "Ny frånvarorutin införs ht 2026, kontrollen har därför inte gjorts.",
         "", "Nytt kontrollmoment 2025", "EJ_GENOMFORD", "nej"),
        ("Avgifter", "Kontroll av att barnomsorgsavgifter debiteras utifrån aktuella inkomstuppgifter",
         "Administratör barnomsorg", "", "",
         "Genomförd", "Inkomstjämförelse gjord mot Skatteverket, 3 hushåll korrigerade.", "SAKNAS", "nej"),
        ("Inköp", "Stickprov av inköp med inköpskort på skolenheterna (10 st per enhet)",
         "Controller", "Genomförd", "", "Genomförd", "", "GENOMFORD", "nej"),
        ("Personal", "Kontroll att utdrag ur belastningsregistret har uppvisats vid nyanställning",
         "HR-konsult", "",
         "Kontrollen genomförd i oktober. Samtliga 23 nyanställda hade uppvisat utdrag.",
         "Genomförd", "", "GENOMFORD", "nej"),
        ("Lokaler", "Kontroll att brandskyddsronder genomförs på samtliga förskolor",
         "Rektorer förskola", "Ej aktuell", "Ansvaret har flyttats till fastighetsenheten från 2025.",
         "Genomförd", "", "UTGAR", "nej"),
        ("Modersmål", "Uppföljning av att modersmålsundervisning erbjuds inom tre månader efter ansökan",
         "Samordnare modersmål", "Osäkert", "Inväntar sammanställning från modersmålsenheten.",
         "Ej genomförd", "", "OKLAR", "nej"),
    ]
    for i, it in enumerate(items, 1):
        omr, km, ansv, s25, k25, s24, k24, st, avv = it
        row([i, omr, km, ansv, s25, k25, s24, k24], [norm] * 6 + [grey, grey])
        exp(fil, namnd, km, st, avv)
    row([""])
    row(["Sammanställt av Per Johansson, förvaltningsekonom, 2026-01-16"], span=8)
    doc.spreadsheet.addElement(t)
    doc.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. System export (semicolon CSV, Windows-1252) – three small nämnder, one row per control
# ---------------------------------------------------------------------------
def system_csv():
    fil = "export_internkontroll_2025_T3.csv"
    head = ["Enhet", "Nämnd", "Plan", "Process", "Kontrollmoment", "Period", "Status", "Kommentar",
            "Avvikelse noterad", "Senast uppdaterad", "Uppdaterad av"]
    plan = "Internkontrollplan 2025"
    data = [
        ("Kansliet", "Valnämnden", "Valorganisation",
         "Inventering av vallokalernas tillgänglighet inför valen 2026", "Genomförd",
         "Sju lokaler inventerade. Höjdens skola saknar ramp, alternativ lokal är bokad.", "Ja",
         "2025-12-11", "Lena Karlsson", "GENOMFORD", "ja"),
        ("Kansliet", "Valnämnden", "Valmaterial",
         "Kontroll att valsedlar och förseglingsmaterial förvaras i låst utrymme", "Genomförd", "", "Nej",
         "2025-11-03", "Lena Karlsson", "GENOMFORD", "nej"),
        ("Kansliet", "Valnämnden", "Valorganisation",
         "Kontroll att rekrytering av röstmottagare följer rutin (utdrag och jävsförklaring)", "Pågående",
         "Rekryteringen pågår och beräknas vara klar i mars 2026.", "Nej", "2025-12-11", "Lena Karlsson",
         "DELVIS", "nej"),
        ("Kansliet", "Valnämnden", "Krisberedskap val",
         "Uppdatering av valnämndens kontinuitetsplan och kontaktlista", "Ej påbörjad",
         "Görs efter länsstyrelsens utbildning i februari 2026.", "Nej", "2025-12-11", "Lena Karlsson",
         "EJ_GENOMFORD", "nej"),
        ("Överförmyndarenheten", "Överförmyndarnämnden", "Arvoden",
         "Stickprov av 10 beslutade arvoden till ställföreträdare", "Genomförd",
         "Ett arvode felberäknat (reseersättning dubbelräknad), korrigerat och återbetalt.", "Ja",
         "2026-01-09", "Maria Ek", "GENOMFORD", "ja"),
        ("Överförmyndarenheten", "Överförmyndarnämnden", "Lämplighetsprövning",
         "Kontroll att nya ställföreträdare lämplighetsprövats (kreditupplysning och belastningsregister)",
         "Genomförd", "Samtliga sex nya ställföreträdare kontrollerade.", "Nej", "2026-01-09", "Maria Ek",
         "GENOMFORD", "nej"),
        ("Överförmyndarenheten", "Överförmyndarnämnden", "Granskning",
         "Kontroll att inkomna årsräkningar granskats senast 30 juni", "Delvis genomförd",
         "88 av 97 granskade per 30/6; resterande klara i september.", "Ja", "2026-01-09", "Maria Ek",
         "DELVIS", "ja"),
        ("Överförmyndarenheten", "Överförmyndarnämnden", "Dokumenthantering",
         "Kontroll att avslutade akter gallras enligt dokumenthanteringsplan", "", "", "", "", "",
         "SAKNAS", "nej"),
        ("Överförmyndarenheten", "Överförmyndarnämnden", "Förvaltning",
         "Kontroll att förvaltarkonton har överförmyndarspärr", "Ej genomförd",
         "Ej hunnits med på grund av vakans på handläggartjänsten.", "Nej", "2026-01-09", "Maria Ek",
         "EJ_GENOMFORD", "nej"),
        ("Kansliet", "Krisledningsnämnden", "Planering",
         "Kontroll att krisledningsplanen reviderats under mandatperioden", "Genomförd",
         "Reviderad plan antagen av KF 2025-06-11 § 52.", "Nej", "2025-12-15", "Jonas Berg",
         "GENOMFORD", "nej"),
        ("Kansliet", "Krisledningsnämnden", "Övning",
         "Övning av krisledningsstaben minst en gång per år", "Genomförd",
         "Stabsövning 2025-10-08 tillsammans med övriga Dalslandskommuner. Brister i sambandsrutinerna, "
         "åtgärdsplan upprättad.", "Ja", "2025-12-15", "Jonas Berg", "GENOMFORD", "ja"),
        ("Kansliet", "Krisledningsnämnden", "Robusthet",
         "Kontroll att reservkraften på Solgården och i kommunhuset provkörts", "Delvis genomförd",
         "Kommunhuset provkört i maj; Solgården väntar på service av aggregatet.", "Nej", "2025-12-15",
         "Jonas Berg", "DELVIS", "nej"),
        ("Kansliet", "Krisledningsnämnden", "Samband",
         "Kontroll att Rakelterminalerna provanropas varje månad", "Utgår",
         "Ansvaret ligger hos räddningstjänstförbundet från 2025.", "Nej", "2025-12-15", "Jonas Berg",
         "UTGAR", "nej"),
    ]
    with open(fil, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(head)
        for enh, nmd, proc, km, status, komm, avv_f, datum, vem, st, avv in data:
            w.writerow([enh, nmd, plan, proc, km, "2025 T3", status, komm, avv_f, datum, vem])
            exp(fil, nmd, km, st, avv)
    for nmd in ("Valnämnden", "Överförmyndarnämnden", "Krisledningsnämnden"):
        FILES.append((fil, "INLAST", nmd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Arbetsmarknadsnämnden – .xls with J/N in Genomförd and J/N in Avvikelse
# ---------------------------------------------------------------------------
def amn_xls():
    fil = "AMN intern kontroll 2025 årsuppföljning.xls"
    namnd = "Arbetsmarknadsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Arbetsmarknadsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Intern kontroll 2025 – årsuppföljning"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Fyll i J (ja) eller N (nej) i kolumnerna Genomförd och Avvikelse. Beskriv avvikelsen och vidtagen åtgärd."
    ws["A3"].font = Font(italic=True)
    head = ["Process", "Kontrollmoment", "Ansvarig", "Genomförd (J/N)", "Avvikelse (J/N)",
            "Beskrivning av avvikelse / kommentar", "Åtgärd"]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = BORDER
        c.alignment = WRAP
    items = [
        ("Ekonomiskt bistånd", "Stickprov av 20 utbetalningar av ekonomiskt bistånd mot beslut i Viva",
         "Enhetschef IFO vuxen", "J", "J", "Två utbetalningar gjordes innan beslutet var attesterat.",
         "Rutinen gicks igenom på APT 2025-11-04.", "GENOMFORD", "ja"),
        (None, "Kontroll att aktualitetsprövning görs i ärenden med bistånd längre än 12 månader",
         "Enhetschef IFO vuxen", "J", "N", None, None, "GENOMFORD", "nej"),
        ("Arbetsmarknadsinsatser",
         "Kontroll av att deltagare i extratjänster har giltiga beslut från Arbetsförmedlingen",
         "Arbetsmarknadschef", "j", "n", "Samtliga 11 anställningar hade giltigt beslut.", None,
         "GENOMFORD", "nej"),
        (None, "Kontroll att närvarorapportering för feriearbetare stämmer med utbetald lön",
         "Arbetsmarknadskonsulent", "N", "N", "Hann inte göras före lönekörningen i augusti.",
         "Läggs in i planeringen för sommaren 2026.", "EJ_GENOMFORD", "nej"),
        ("Integration",
         "Uppföljning av att schablonersättning återsöks från Migrationsverket varje kvartal",
         "Integrationssamordnare", "Delvis", "J",
         "Återsökning för kvartal 1–2 gjord, kvartal 3–4 återstår. Ansökan för kvartal 1 lämnades in för sent.",
         "Bevakning i kalender för varje kvartal.", "DELVIS", "ja"),
        (None, "Kontroll att introduktionsplaner för nyanlända dokumenteras i verksamhetssystemet",
         "Integrationssamordnare", None, None, "Ej utförd under året, tas med i 2026 års plan.", None,
         "EJ_GENOMFORD", "nej"),
        ("Ekonomi och administration",
         "Kontroll av att köpta arbetsträningsplatser faktureras enligt avtal",
         "Arbetsmarknadschef", "J", "J",
         "Faktura från leverantören avvek från avtalat pris per dag, kreditering begärd och mottagen.",
         None, "GENOMFORD", "ja"),
        (None, "Kontroll att attestförteckningen för nämndens ansvar är uppdaterad",
         "Nämndsekreterare", None, None, None, None, "SAKNAS", "nej"),
    ]
    r = 6
    for proc, km, ansv, g, a, besk, atg, st, avv in items:
        for col, v in enumerate([proc, km, ansv, g, a, besk, atg], 1):
            c = ws.cell(row=r, column=col, value=v)
            c.border = BORDER
            c.alignment = WRAP
        for col in (4, 5):
            ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, km, st, avv)
        r += 1
    ws.cell(row=r + 1, column=1, value="Uppgiftslämnare: Erik Svensson, arbetsmarknadschef, 2026-01-19")
    for i, wd in enumerate([22, 50, 22, 12, 12, 45, 35], 1):
        ws.column_dimensions[get_column_letter(i)].width = wd
    tmpd = tempfile.mkdtemp(prefix="r57_")
    src = os.path.join(tmpd, "amn.xlsx")
    wb.save(src)
    prof = tempfile.mkdtemp(prefix="r57lo_")
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "xls",
                    "--outdir", tmpd, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmpd, "amn.xls"), fil)
    shutil.rmtree(tmpd)
    shutil.rmtree(prof, ignore_errors=True)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden – .odt, one table per process, traffic-light word column
# ---------------------------------------------------------------------------
def kfn_odt():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TableCellProperties, TextProperties, TableColumnProperties, \
        ParagraphProperties, TableProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P, H
    fil = "KFN uppföljning intern kontroll 2025.odt"
    namnd = "Kultur- och fritidsnämnden"
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    doc.styles.addElement(h1)
    doc.styles.addElement(h2)
    tstyle = Style(name="Tbl", family="table")
    tstyle.addElement(TableProperties(width="17cm", align="left"))
    doc.automaticstyles.addElement(tstyle)
    hcell = Style(name="HCell", family="table-cell")
    hcell.addElement(TableCellProperties(backgroundcolor="#D9D9D9", border="0.5pt solid #000000", padding="0.1cm"))
    cell = Style(name="Cell", family="table-cell")
    cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    boldp = Style(name="BoldP", family="paragraph")
    boldp.addElement(TextProperties(fontweight="bold"))
    for s in (hcell, cell, boldp):
        doc.automaticstyles.addElement(s)
    colours = {"Grön": "#92D050", "Gul": "#FFFF00", "Röd": "#FF5050"}
    cstyles = {}
    for word, col in colours.items():
        s = Style(name="C" + str(len(cstyles)), family="table-cell")
        s.addElement(TableCellProperties(backgroundcolor=col, border="0.5pt solid #000000", padding="0.1cm"))
        doc.automaticstyles.addElement(s)
        cstyles[word] = s
    colw = ["6cm", "3cm", "6cm", "2cm"]
    colstyles = []
    for i, w in enumerate(colw):
        s = Style(name="Col%d" % i, family="table-column")
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
        colstyles.append(s)

    doc.text.addElement(P(text="Färgelanda kommun – Kultur- och fritidsförvaltningen"))
    doc.text.addElement(H(outlinelevel=1, stylename=h1,
                          text="Uppföljning av internkontrollplan 2025 – rapport per 31 december 2025"))
    doc.text.addElement(P(text="Kultur- och fritidsnämnden fastställde internkontrollplanen 2025-02-12 § 9. "
                               "Nedan redovisas resultatet av kontrollerna per process. Kontrollerna har utförts "
                               "av förvaltningens enhetschefer och sammanställts av kultur- och fritidschefen."))
    doc.text.addElement(P(stylename=boldp, text="Bedömning: Grön = genomförd, Gul = delvis genomförd eller pågår, "
                                                 "Röd = ej genomförd."))
    processes = [
        ("Föreningsbidrag", [
            ("Kontroll att föreningsbidrag betalats ut enligt beslutade bidragsnormer", "Stickprov 10 ärenden",
             "Samtliga 10 utbetalningar korrekta.", "Grön", "GENOMFORD", "nej"),
            ("Kontroll att föreningar som fått aktivitetsstöd har lämnat närvarolistor", "Genomgång",
             "Granskningen pågår. 12 av 18 föreningars redovisningar genomgångna utan anmärkning.", "Gul",
             "DELVIS", "nej"),
        ]),
        ("Bibliotek", [
            ("Inventering av bibliotekets kassa och avgiftshantering", "Oanmäld kassainventering",
             "Kassan stämde, men kvitton saknades för två kontantbetalningar. Rutinen har förtydligats.", "Grön",
             "GENOMFORD", "ja"),
            ("Kontroll att medieinköp görs från upphandlad leverantör", "Stickprov fakturor",
             "Ej utförd på grund av personalbrist under hösten.", "Röd", "EJ_GENOMFORD", "nej"),
        ]),
        ("Anläggningar och uthyrning", [
            ("Kontroll att uthyrning av sporthallen faktureras enligt bokningssystemet",
             "Avstämning bokning mot faktura",
             "Avstämning gjord för vårterminen. Tre bokningar hade inte fakturerats, fakturor skickade i efterhand.",
             "Gul", "DELVIS", "ja"),
            ("Kontroll av att lekplatser och utegym besiktigats enligt plan", "Besiktningsprotokoll",
             "Besiktning utförd av extern firma i maj utan anmärkningar.", "", "GENOMFORD", "nej"),
        ]),
        ("Kulturskolan", [
            ("Kontroll att avgift debiteras för alla inskrivna elever i kulturskolan",
             "Jämförelse elevregister och fakturering", "Se bilaga", "", "OKLAR", "nej"),
            ("Kontroll att kulturskolans lärare har uppvisat utdrag ur belastningsregistret",
             "Genomgång personalakter", "Kontrollen genomförd, samtliga har uppvisat utdrag.", "Gul",
             "DELVIS", "nej"),
        ]),
    ]
    for pi, (proc, ctrls) in enumerate(processes):
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Process: " + proc))
        t = Table(name="Tabell%d" % (pi + 1), stylename=tstyle)
        for cs in colstyles:
            t.addElement(TableColumn(stylename=cs))
        tr = TableRow()
        for h in ("Kontrollmoment", "Metod", "Resultat", "Bedömning"):
            tc = TableCell(stylename=hcell, valuetype="string")
            tc.addElement(P(stylename=boldp, text=h))
            tr.addElement(tc)
        t.addElement(tr)
        for km, metod, res, bed, st, avv in ctrls:
            tr = TableRow()
            for i, v in enumerate((km, metod, res, bed)):
                s = cstyles[bed] if (i == 3 and bed) else cell
                tc = TableCell(stylename=s, valuetype="string")
                tc.addElement(P(text=v))
                tr.addElement(tc)
            t.addElement(tr)
            exp(fil, namnd, km, st, avv)
        doc.text.addElement(t)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Färgelanda 2026-01-22"))
    doc.text.addElement(P(text="Kristina Berg, kultur- och fritidschef"))
    doc.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Samhällsbyggnadsförvaltningen – two nämnder on one sheet, merged heading row per nämnd, X ticks
# ---------------------------------------------------------------------------
def sbf_xlsx():
    fil = "SBF internkontroll TN och MBN helår 2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Samhällsbyggnadsförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning av internkontrollplaner – helår 2025"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Markera med X i den kolumn som stämmer."
    ws["A3"].font = Font(italic=True)
    head = ["Process", "Kontrollmoment", "Kontrollansvarig", "Genomförd", "Delvis", "Ej genomförd",
            "Iakttagelser / kommentar"]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.border = BORDER
        c.alignment = WRAP
    groups = [
        ("Tekniska nämnden", [
            ("Gata/park",
             "Kontroll att vinterväghållning utförs enligt avtal med entreprenör (stickprov 5 snöröjningstillfällen)",
             "Gatuchef", "X", None, None,
             "Ett tillfälle påbörjades senare än avtalade 6 timmar. Vite har reglerats.", "GENOMFORD", "ja"),
            ("Vatten och avlopp", "Kontroll att provtagning av dricksvatten sker enligt kontrollprogrammet",
             "VA-chef", "X", None, None,
             "Alla prover tagna. Ett prov i Ödeborg visade anmärkning (koliforma bakterier), åtgärdat med "
             "spolning och omprov.", "GENOMFORD", "ja"),
            ("Fastighet", "Kontroll att lagstadgade besiktningar (hiss, OVK) genomförts i kommunens fastigheter",
             "Fastighetschef", None, "X", None, "OVK klar för 9 av 14 byggnader, resterande beställda.",
             "DELVIS", "nej"),
            ("Fastighet", "Stickprov av 10 fakturor från ramavtalsentreprenörer mot avtalade timpriser",
             "Fastighetschef", "X", "X", None, "Sex fakturor granskade.", "OKLAR", "nej"),
            ("Avfall", "Kontroll att kundregistret för renhållning stämmer mot fastighetsregistret",
             "Renhållningsansvarig", None, None, "X", "Görs när nytt verksamhetssystem är infört 2026.",
             "EJ_GENOMFORD", "nej"),
            ("Kost", "Kontroll att specialkost hanteras enligt rutin i skolköken", "Kostchef", "x", None, None,
             None, "GENOMFORD", "nej"),
        ]),
        ("Miljö- och byggnadsnämnden", [
            ("Bygglov", "Kontroll att bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
             "Byggchef", "X", None, None,
             "112 av 118 ärenden inom tid. Sex ärenden överskred tiden och avgiften har reducerats enligt PBL.",
             "GENOMFORD", "ja"),
            ("Bygglov", "Kontroll att delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "X", None,
             None, "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Miljötillsyn", "Kontroll att tillsynsavgifter debiteras enligt taxa (stickprov 15 ärenden)",
             "Miljöchef", None, "X", None, "Stickprov gjort på 8 ärenden utan anmärkning, resterande i januari.",
             "DELVIS", "nej"),
            ("Miljötillsyn", "Uppföljning av att tillsynsplanen för livsmedelskontroll följs", "Miljöchef",
             None, None, None, None, "SAKNAS", "nej"),
            ("Kart och GIS", "Kontroll att behörigheter i Lantmäteriets tjänster är aktuella", "GIS-ingenjör",
             None, None, None,
             "Behörighetslistan gicks igenom i september. Två användare som slutat hade kvar behörighet och "
             "togs bort.", "GENOMFORD", "ja"),
        ]),
    ]
    r = 6
    ticks = [0, 0, 0]
    for namnd, items in groups:
        c = ws.cell(row=r, column=1, value=namnd)
        c.font = Font(bold=True, size=12)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for proc, km, ansv, g, d, e, komm, st, avv in items:
            for col, v in enumerate([proc, km, ansv, g, d, e, komm], 1):
                cc = ws.cell(row=r, column=col, value=v)
                cc.border = BORDER
                cc.alignment = WRAP if col not in (4, 5, 6) else Alignment(horizontal="center", vertical="top")
            for k, v in enumerate((g, d, e)):
                if v:
                    ticks[k] += 1
            exp(fil, namnd, km, st, avv)
            r += 1
        FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    ws.cell(row=r, column=1, value="Summa").font = Font(bold=True)
    for k in range(3):
        cc = ws.cell(row=r, column=4 + k, value=ticks[k])
        cc.font = Font(bold=True)
        cc.alignment = Alignment(horizontal="center")
    ws.cell(row=r + 2, column=1, value="Sammanställd av Anders Olsson, samhällsbyggnadschef, 2026-01-23")
    for i, wd in enumerate([18, 55, 20, 11, 9, 13, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = wd
    wb.save(fil)


def write_csvs():
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in [
            ("Kommunstyrelsen", "KS|Kommunstyrelsen Färgelanda|Kommunledningsförvaltningen"),
            ("Socialnämnden", "SN|Socialförvaltningen|Soc"),
            ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|Utbildningsnämnden"),
            ("Valnämnden", "VN|Valnämnd"),
            ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
            ("Krisledningsnämnden", "KLN|Krisledningsnämnd"),
            ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknadsenheten|Arbetsmarknad och integration"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
            ("Tekniska nämnden", "TN|Teknisk nämnd|Tekniska enheten"),
            ("Miljö- och byggnadsnämnden", "MBN|Miljö och bygg|Bygg- och miljönämnden"),
            ("Jävsnämnden", "JN|Jävsnämnd"),
        ]:
            f.write(f"{n};{a}\n")
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            f.write(";".join(row) + "\n")


def main():
    clean_old()
    ks_xlsx()
    sn_docx()
    bun_ods()
    system_csv()
    amn_xls()
    kfn_odt()
    sbf_xlsx()
    write_csvs()
    print(len(FILES), "files.csv rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
