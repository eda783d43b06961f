#!/usr/bin/python3
"""Blind round 30 - Voxnadals kommun (Gävleborg), internkontroll 2025, tertial 2 / delår jan-aug.

Builds the follow-up files plus namnder.csv, files.csv, expected.csv in this folder.
"""
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="r30-")
KOMMUN = "Voxnadals kommun"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FILL = {
    "gron": PatternFill("solid", fgColor="92D050"),
    "gul": PatternFill("solid", fgColor="FFFF00"),
    "rod": PatternFill("solid", fgColor="FF0000"),
    "gra": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="DDEBF7"),
}


def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km and len(km) >= 25, km
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice(src, fmt, outdir):
    prof = "file:///tmp/lo-round30-profile"
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, Instruktion sheet + Uppföljning with T1 and T2 column groups
# ---------------------------------------------------------------------------
def ks():
    fil = "Kommunstyrelsen_IK_2025_T2.xlsx"
    namnd = "Kommunstyrelsen"
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    ins["A1"] = "Instruktion för uppföljning av internkontrollplan 2025"
    ins["A1"].font = TITLE
    lines = [
        "Uppföljningen görs per tertial i flik Uppföljning. Fyll i status och kommentar för aktuell tertial.",
        "Välj status i listan: Genomförd, Delvis genomförd, Pågår, Ej påbörjad, Utgår.",
        "Ange J i kolumnen Avvikelse om kontrollen har visat fel eller brister, annars N.",
        "Vid avvikelse ska åtgärd beskrivas i kommentaren.",
        "Filen skickas till ekonomienheten senast 15 september (T2) respektive 20 januari (T3).",
    ]
    for i, t in enumerate(lines, start=3):
        ins.cell(row=i, column=1, value=t)
    ins.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Uppföljning")
    ws["A1"] = KOMMUN
    ws["A2"] = "Uppföljning internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = TITLE
    ws["A3"] = "Uppföljning per tertial 2 (januari–augusti 2025)"
    ws.merge_cells("F5:G5")
    ws.merge_cells("H5:I5")
    ws["F5"] = "Tertial 1"
    ws["H5"] = "Tertial 2"
    for c in ("F5", "H5"):
        ws[c].font = BOLD
        ws[c].alignment = Alignment(horizontal="center")
        ws[c].fill = FILL["head"]
    heads = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Metod", "Status", "Kommentar",
             "Status", "Kommentar", "Avvikelse (J/N)"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = BOLD
        c.fill = FILL["head"]
        c.border = BOX
    for col, w in zip("ABCDEFGHIJ", (5, 18, 48, 16, 18, 16, 34, 16, 40, 10)):
        ws.column_dimensions[col].width = w

    colour = {"Genomförd": "gron", "Delvis genomförd": "gul", "Pågår": "gul",
              "Ej påbörjad": "rod", "Utgår": "gra"}
    rows = [
        ("Ekonomi",),
        ("1.1", "Leverantörsfakturor",
         "Kontroll att attest av leverantörsfakturor sker enligt gällande attestförteckning",
         "Ekonomichef", "Stickprov 20 st/tertial",
         "Genomförd", "Stickprov 20 fakturor, inga fel.",
         "Genomförd", "Stickprov 25 fakturor. Två fakturor attesterade av ersättare som saknade giltig delegation.",
         "J", "GENOMFORD", "ja"),
        ("1.2", "Likviditet",
         "Avstämning av kommunens bankkonton mot huvudboken varje månad",
         "Redovisningsansvarig", "Avstämning",
         "Genomförd", "", "Genomförd", "Samtliga månader avstämda utan differens.",
         "N", "GENOMFORD", "nej"),
        ("1.3", "Förtroendekänsliga poster",
         "Granskning av representationskostnader och andra förtroendekänsliga poster",
         "Controller", "Stickprov",
         "Ej påbörjad", "", "Pågår", "Stickprov för maj–juni klart, juli–augusti återstår.",
         "N", "DELVIS", "nej"),
        ("1.4", "Upphandling",
         "Kontroll av att upphandlingar över direktupphandlingsgränsen annonseras",
         "Upphandlingschef", "Genomgång av leverantörsreskontra",
         "Pågår", "", "Genomförd",
         "Två direktupphandlingar av IT-konsulttjänster översteg gränsen utan annonsering. Rapporterat till KS.",
         "J", "GENOMFORD", "ja"),
        ("HR och lön",),
        ("2.1", "Löneutbetalning",
         "Kontroll av att löneutbetalningar till avslutade anställningar har upphört",
         "Lönechef", "Körning mot HR-systemet",
         "Genomförd", "", "Genomförd",
         "En felaktig utbetalning i juni upptäcktes, återkrav har skickats.",
         "J", "GENOMFORD", "ja"),
        ("2.2", "Rehabilitering",
         "Uppföljning av att rehabiliteringsärenden dokumenteras i Adato inom 30 dagar",
         "HR-chef", "Stickprov",
         "Pågår", "Halva urvalet granskat.", "",
         "Kontrollen är genomförd för hela urvalet, samtliga ärenden var dokumenterade i tid.",
         "", "GENOMFORD", "nej"),
        ("IT och informationssäkerhet",),
        ("3.1", "Behörigheter",
         "Kontroll av behörigheter i ekonomisystemet för personer som slutat",
         "IT-chef", "Behörighetslista",
         "Ej påbörjad", "", "Ej påbörjad", "Skjuts till T3 på grund av byte av ekonomisystem.",
         "N", "EJ_GENOMFORD", "nej"),
        ("3.2", "Loggar",
         "Logguppföljning av åtkomst till personalakter i HR-systemet",
         "IT-chef", "Logganalys",
         "Utgår", "Utgår enligt KS beslut 2025-03-12 § 45.", "Utgår", "",
         "", "UTGAR", "nej"),
        ("Ledning och styrning",),
        ("4.1", "Delegering",
         "Kontroll att delegationsbeslut anmäls till kommunstyrelsen inom två månader",
         "Kanslichef", "Jämförelse diarium/protokoll",
         "Genomförd", "", "Delvis genomförd",
         "Anmälan av delegationsbeslut från HR-enheten saknas för juni.",
         "J", "DELVIS", "ja"),
        ("4.2", "Ärendehantering",
         "Uppföljning att diarieförda ärenden avslutas och arkiveras enligt dokumenthanteringsplanen",
         "Registrator", "Stickprov i diariet",
         "Genomförd", "", "Se kommentar", "",
         "", "OKLAR", "nej"),
    ]
    r = 7
    for row in rows:
        if len(row) == 1:
            c = ws.cell(row=r, column=1, value=row[0])
            c.font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        vals = row[:10]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=j, value=v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
        for col in (6, 8):
            v = vals[col - 1]
            if v in colour:
                ws.cell(row=r, column=col).fill = FILL[colour[v]]
        exp(fil, namnd, row[2], row[10], row[11])
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Antal genomförda T2")
    ws.cell(row=r, column=8, value="=COUNTIF(H7:H%d,\"Genomförd\")" % (r - 2))
    ws.cell(row=r + 1, column=2, value="Antal kontroller")
    ws.cell(row=r + 1, column=8, value=10)
    ws.cell(row=r + 3, column=2, value="Sammanställt av: Anna Berglund, controller, 2025-09-18")
    wb.active = 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. System export (Stratsys-like) - cp1252 ;-separated, one row per control and tertial, 3 nämnder
# ---------------------------------------------------------------------------
def export():
    fil = "Stratsys_export_internkontroll_2025-09-12.csv"
    org = KOMMUN + "/"
    bun, kfn, mbn = ("Barn- och utbildningsnämnden", "Kultur- och fritidsnämnden",
                     "Miljö- och byggnämnden")
    # (nämnd, kontrollmoment, risk, [(period, status, avvikelse, kommentar, datum)], expected status, avv)
    ctrls = [
        (bun, "Kontroll av att beslut om tilläggsbelopp fattas enligt delegationsordningen",
         "Felaktiga beslut", [
             ("2025 T1", "Pågående", "", "Urval av 12 beslut taget.", "2025-05-08"),
             ("2025 T2", "Genomförd", "Nej", "Samtliga 12 beslut fattade av rätt delegat.", "2025-09-03")],
         "GENOMFORD", "nej"),
        (bun, "Stickprov på att skolpliktsbevakning sker för elever med hög frånvaro",
         "Elever får inte sin utbildning", [
             ("2025 T1", "Genomförd", "Nej", "", "2025-05-12"),
             ("2025 T2", "Genomförd", "Ja",
              "3 av 15 elever med frånvaro över 20 % saknade anmälan till rektor.\nRutinen har förtydligats.",
              "2025-09-05")],
         "GENOMFORD", "ja"),
        (bun, "Kontroll av att registerutdrag ur belastningsregistret finns för nyanställda i förskolan",
         "Olämplig personal anställs", [
             ("2025 T1", "Ej påbörjad", "", "", "2025-05-12"),
             ("2025 T2", "Delvis genomförd", "Ja",
              "Två förskolor kontrollerade. 2 av 9 nyanställda saknade uppvisat registerutdrag.",
              "2025-09-08")],
         "DELVIS", "ja"),
        (bun, "Uppföljning av att kränkningsanmälningar rapporteras till huvudman inom fem dagar",
         "Huvudmannen får inte kännedom", [
             ("2025 T1", "Genomförd", "Nej", "", "2025-05-02"),
             ("2025 T2", "", "",
              "Genomförd i juni, samtliga anmälningar hade rapporterats inom fem dagar.",
              "2025-09-10")],
         "GENOMFORD", "nej"),
        (bun, "Kontroll av skolskjutsbeslut mot gällande riktlinjer för skolskjuts",
         "Felaktiga beslut om skolskjuts", [
             ("2024 T3", "Genomförd", "Nej", "Kontrollen avslutad 2024.", "2025-01-15")],
         "SAKNAS", "nej"),
        (kfn, "Kontroll att föreningsbidrag betalas ut enligt beslutade bidragsnormer",
         "Felaktiga utbetalningar", [
             ("2025 T1", "Genomförd", "Nej", "", "2025-05-06"),
             ("2025 T2", "Genomförd", "Nej", "Aktivitetsstöd vårterminen kontrollerat mot LOK-stödsunderlag.",
              "2025-09-01")],
         "GENOMFORD", "nej"),
        (kfn, "Stickprov av kassahantering och dagsredovisning i Voxnadalsbadet",
         "Förskingring", [
             ("2025 T1", "Genomförd", "Nej", "", "2025-05-06"),
             ("2025 T2", "Ej genomförd", "", "Personalbrist under sommaren, görs under T3.", "2025-09-01")],
         "EJ_GENOMFORD", "nej"),
        (kfn, "Kontroll av att lotteritillstånd handläggs inom fastställd handläggningstid",
         "Sen handläggning", [
             ("2025 T1", "Pågående", "", "", "2025-05-06"),
             ("2025 T2", "Utgår", "", "Avbruten genom nämndbeslut 2025-06-10 § 38.", "2025-06-12")],
         "UTGAR", "nej"),
        (kfn, "Inventering av konstsamlingen mot kommunens konstregister",
         "Konst försvinner", [
             ("2025 T1", "Ej påbörjad", "", "", "2025-05-06"),
             ("2025 T2", "Pågående", "Nej", "Inventering av kommunhuset klar, skolorna återstår.", "2025-09-02")],
         "DELVIS", "nej"),
        (mbn, "Kontroll av att bygglov beslutas inom lagstadgad handläggningstid om tio veckor",
         "Avgiftsreduktion och förtroendeskada", [
             ("2025 T1", "Genomförd", "Ja", "4 ärenden överskred tiden.", "2025-05-09"),
             ("2025 T2", "Genomförd", "Ja",
              "2 ärenden överskred tio veckor, avgiften reducerades enligt PBL 12 kap. 8 a §.", "2025-09-04")],
         "GENOMFORD", "ja"),
        (mbn, "Stickprov på att tillsynsavgifter för livsmedelskontroll debiteras korrekt",
         "Felaktig debitering", [
             ("2025 T1", "Delvis genomförd", "", "", "2025-05-09"),
             ("2025 T2", "Genomförd", "Nej", "", "2025-09-04")],
         "GENOMFORD", "nej"),
        (mbn, "Kontroll att delegationsbeslut enligt miljöbalken anmäls till nämnden",
         "Beslut saknar laga kraft", [
             ("2025 T1", "Genomförd", "Nej", "", "2025-05-09"),
             ("2025 T2", "", "", "Osäkert", "2025-09-04")],
         "OKLAR", "nej"),
        (mbn, "Uppföljning av att förelägganden om enskilda avlopp följs upp inom ett år",
         "Miljöskada", [
             ("2025 T1", "Ej påbörjad", "", "", "2025-05-09"),
             ("2025 T2", "Ej påbörjad", "", "Prioriteras ned p.g.a. hög ärendebalans för bygglov.", "2025-09-04")],
         "EJ_GENOMFORD", "nej"),
    ]

    def q(s):
        if any(ch in s for ch in ';"\n'):
            return '"' + s.replace('"', '""') + '"'
        return s

    lines = ["Rapport: Internkontroll - uppföljning per tertial;;;;;;;",
             "Organisation;Kontrollmoment;Risk;Period;Status;Avvikelse;Kommentar;Senast ändrad"]
    # export sorted by organisation, then period, like the system does
    for nm in (bun, kfn, mbn):
        for per in ("2024 T3", "2025 T1", "2025 T2"):
            for (n, km, risk, periods, _s, _a) in ctrls:
                if n != nm:
                    continue
                for (p, st, av, kom, dat) in periods:
                    if p == per:
                        lines.append(";".join(q(x) for x in (org + n, km, risk, p, st, av, kom, dat)))
    data = "\r\n".join(lines) + "\r\n"
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data.encode("cp1252"))
    for (n, km, _r, _p, st, av) in ctrls:
        exp(fil, n, km, st, av)
    for nm in (bun, kfn, mbn):
        FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - xlsx with only a sheet "Delår 2025", seed-004 style, deviation as text
# ---------------------------------------------------------------------------
def sn():
    fil = "Socialnämnden uppföljning internkontroll 2025.xlsx"
    namnd = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Uppföljning internkontrollplan"
    ws["A1"].font = TITLE
    ws["A3"] = "Nämnd/enhet:"
    ws["B3"] = "Socialnämnden"
    ws["A4"] = "År:"
    ws["B4"] = 2025
    heads = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder", "Status"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=6, column=j, value=h)
        c.font = BOLD
        c.border = BOX
    for col, w in zip("ABCDEF", (5, 20, 46, 46, 34, 20)):
        ws.column_dimensions[col].width = w
    # (id, process, kontrollmoment lines, avvikelsetext, åtgärd, status, exp status, exp avv)
    rows = [
        (1, "Ekonomiskt bistånd",
         ["Stickprov av utbetalningar av ekonomiskt bistånd mot beslut i Viva"],
         "Två utbetalningar av 40 granskade saknade attest av behörig handläggare.",
         "Påminnelse om attestrutin på APT i september.", "Granskning genomförd", "GENOMFORD", "ja"),
        (2, None,
         ["Kontroll av att hembesök genomförs vid nybesök enligt rutin"],
         "Ingen avvikelse.", "Ingen åtgärd", "Granskning genomförd", "GENOMFORD", "nej"),
        (3, "Barn och unga",
         ["Kontroll att förhandsbedömning av orosanmälan görs inom 14 dagar"],
         "I 6 av 40 ärenden överskreds 14 dagar.",
         "Veckovis bevakningslista i Viva införs.", "Granskning genomförd", "GENOMFORD", "ja"),
        (4, None,
         ["Kontroll av att vårdplan och genomförandeplan upprättas för placerade barn"],
         None, "Granskning av HVB-placeringar klar, familjehemsplaceringar granskas under hösten.",
         "Granskning delvis genomförd", "DELVIS", "nej"),
        (5, "LSS",
         ["Kontroll att ej verkställda beslut enligt LSS rapporteras till IVO inom tre månader"],
         "Ett ej verkställt beslut om boende rapporterades två veckor för sent till IVO.",
         "Bevakning läggs hos LSS-handläggare.", "Granskning genomförd", "GENOMFORD", "ja"),
        (6, "Personal",
         ["Kontroll av att utdrag ur belastningsregistret begärs vid",
          "anställning inom LSS-verksamhet"],
         None, "Genomförs under hösten.", "Granskning ej genomförd", "EJ_GENOMFORD", "nej"),
        (7, "Informationssäkerhet",
         ["Logguppföljning av åtkomst till personakter i verksamhetssystemet Viva"],
         None, None, None, "SAKNAS", "nej"),
        (8, "Avgifter",
         ["Kontroll av att avgifter för familjerådgivning debiteras enligt taxa"],
         "Familjerådgivningen köps från 2025 av Gävle kommun, kontrollen är inte längre aktuell.",
         None, "Ej aktuell", "UTGAR", "nej"),
    ]
    r = 7
    proc_start = None
    for (i, proc, kml, avt, atg, st, es, ea) in rows:
        first = r
        for k, line in enumerate(kml):
            ws.cell(row=r, column=3, value=line)
            if k == 0:
                ws.cell(row=r, column=1, value=i)
                ws.cell(row=r, column=4, value=avt)
                ws.cell(row=r, column=5, value=atg)
                ws.cell(row=r, column=6, value=st)
            for j in range(1, 7):
                ws.cell(row=r, column=j).border = BOX
                ws.cell(row=r, column=j).alignment = WRAP
            r += 1
        if proc is not None:
            if proc_start is not None and proc_start[1] < first - 1:
                ws.merge_cells(start_row=proc_start[1], start_column=2, end_row=first - 1, end_column=2)
            ws.cell(row=first, column=2, value=proc)
            proc_start = (proc, first)
        exp(fil, namnd, " ".join(kml), es, ea)
    r += 1
    ws.cell(row=r, column=1, value="Nämndens samlade bedömning: Den interna kontrollen bedöms som tillräcklig, "
                                    "med förbättringsbehov inom barn och unga.")
    ws.cell(row=r + 2, column=1, value="Beredd av Socialförvaltningens kvalitetsenhet, 2025-09-10")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden - docx, headings per area with a small status table each
# ---------------------------------------------------------------------------
def von():
    fil = "VON tertialuppföljning intern kontroll T2 2025.docx"
    namnd = "Vård- och omsorgsnämnden"
    doc = Document()
    doc.core_properties.title = "Tertialuppföljning intern kontroll"
    doc.core_properties.author = "Vård- och omsorgsförvaltningen"
    doc.add_heading("Vård- och omsorgsnämnden", level=0)
    doc.add_heading("Uppföljning av intern kontroll – tertial 2 2025", level=1)
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 112). Planen omfattar åtta "
        "kontrollmoment inom fyra områden. Nedan redovisas utfallet för perioden januari–augusti. "
        "Avvikelser som har upptäckts har rapporterats i Synergi och åtgärdats enligt rutin.")
    areas = [
        ("1 Ekonomi", "Kontrollerna inom ekonomi avser debitering och hantering av brukares medel.", [
            ("Kontroll av att hemtjänsttimmar som faktureras brukare överensstämmer med utförd tid",
             "Genomförd", "Ja", "Avvikelse i 3 av 30 stickprov, felaktig debitering har korrigerats.",
             "GENOMFORD", "ja"),
            ("Stickprov på hantering av brukares privata medel på särskilt boende",
             "Delvis", "Nej", "Genomfört på två av fyra boenden, resterande i oktober.",
             "DELVIS", "nej"),
        ]),
        ("2 Hälso- och sjukvård", "Kontrollerna genomförs av medicinskt ansvarig sjuksköterska (MAS).", [
            ("Kontroll av att avvikelser i läkemedelshanteringen rapporteras i Synergi",
             "Genomförd", "Nej", "Samtliga enheter rapporterar enligt rutin.", "GENOMFORD", "nej"),
            ("Uppföljning av att riskbedömningar enligt Senior alert görs inom 14 dagar efter inflyttning",
             "Se kommentar", "", "", "OKLAR", "nej"),
            ("Kontroll av att delegeringar för läkemedelsöverlämning förnyas årligen",
             "Genomförd", "Ja", "Fem medarbetare i hemtjänsten hade utgången delegering.",
             "GENOMFORD", "ja"),
        ]),
        ("3 Personal", "", [
            ("Kontroll av att timanställda inte överskrider tillåten arbetstid enligt arbetstidslagen",
             "Ej genomförd", "Nej", "Planeras till tertial 3 när nytt bemanningssystem är infört.",
             "EJ_GENOMFORD", "nej"),
        ]),
        ("4 Informationssäkerhet", "Loggkontroller görs av systemförvaltaren tillsammans med enhetschef.", [
            ("Logguppföljning av åtkomst till journaler i Lifecare",
             "Genomförd", "Nej", "Inga otillåtna åtkomster upptäcktes.", "GENOMFORD", "nej"),
            ("Kontroll av att behörigheter tas bort i verksamhetssystemet när anställning upphör",
             "", "", "Kontrollen har inte påbörjats.", "EJ_GENOMFORD", "nej"),
        ]),
    ]
    for (head, text, ctrls) in areas:
        doc.add_heading(head, level=2)
        if text:
            doc.add_paragraph(text)
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for j, h in enumerate(("Kontrollmoment", "Status", "Avvikelse", "Kommentar")):
            t.rows[0].cells[j].text = h
            for p in t.rows[0].cells[j].paragraphs:
                for run in p.runs:
                    run.bold = True
        for (km, st, av, kom, es, ea) in ctrls:
            cells = t.add_row().cells
            cells[0].text = km
            cells[1].text = st
            cells[2].text = av
            cells[3].text = kom
            exp(fil, namnd, km, es, ea)
        doc.add_paragraph("")
    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. Två kontroller har visat "
        "avvikelser som har åtgärdats. Kontrollen av riskbedömningar redovisas muntligt vid nämndens "
        "sammanträde i oktober.")
    doc.add_paragraph("Lena Holm\nFörvaltningschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Tekniska nämnden - ods with symbols and the legend in a sentence under the table
# ---------------------------------------------------------------------------
def tn():
    fil = "Tekniska nämnden IK tertial 2 2025.ods"
    namnd = "Tekniska nämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Tekniska nämnden – uppföljning av internkontroll 2025, tertial 2 (januari–augusti)"
    ws["A1"].font = TITLE
    heads = ["Område", "Vad kontrolleras", "Hur", "Resultat", "Kommentar/åtgärd"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=3, column=j, value=h)
        c.font = BOLD
        c.border = BOX
    for col, w in zip("ABCDE", (18, 52, 24, 10, 50)):
        ws.column_dimensions[col].width = w
    rows = [
        ("Gata och park",),
        ("Vinterväghållning",
         "Kontroll av att vinterväghållningsentreprenörens fakturor stämmer mot avtalade á-priser",
         "Stickprov 10 fakturor", "●", "Två fakturor med felaktigt timpris, kreditering har begärts.",
         "GENOMFORD", "ja"),
        ("Lekplatser",
         "Stickprov på att egenkontroller av lekplatser dokumenteras enligt säkerhetsstandard",
         "Genomgång av protokoll", "◐", "Hälften av lekplatserna kontrollerade.", "DELVIS", "nej"),
        ("Arbetsmiljö",
         "Kontroll att arbetsmiljörond genomförs på samtliga arbetsplatser inom gatuenheten",
         "Protokoll", "●", "", "GENOMFORD", "nej"),
        ("Vatten och avlopp",),
        ("Taxor",
         "Kontroll av att debitering av VA-avgifter görs enligt gällande taxa",
         "Stickprov 25 abonnenter", "●", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Dricksvatten",
         "Uppföljning av att provtagning av dricksvatten sker enligt kontrollprogrammet",
         "Genomgång av provsvar", "●",
         "Ett prov i juli visade förhöjda halter av koliforma bakterier i Edsbyns ledningsnät, "
         "kokningsrekommendation utfärdades.", "GENOMFORD", "ja"),
        ("Fastighet",),
        ("Brandskydd",
         "Kontroll av att systematiskt brandskyddsarbete dokumenteras i kommunens fastigheter",
         "Stickprov 8 fastigheter", "○", "Start i september.", "EJ_GENOMFORD", "nej"),
        ("Inköp",
         "Kontroll av avtalstrohet vid inköp av byggmaterial och förbrukningsmaterial",
         "Analys av leverantörsreskontra", "✕", "Hanteras av kommunstyrelsens inköpsfunktion från 2025.",
         "UTGAR", "nej"),
        ("Kost och lokalvård",),
        ("Specialkost",
         "Kontroll av att specialkoster hanteras enligt rutin i skolornas tillagningskök",
         "Besök i köken", "?", "", "OKLAR", "nej"),
    ]
    r = 4
    for row in rows:
        if len(row) == 1:
            c = ws.cell(row=r, column=1, value=row[0])
            c.font = BOLD
            c.fill = FILL["head"]
            r += 1
            continue
        for j, v in enumerate(row[:5], start=1):
            c = ws.cell(row=r, column=j, value=v if v != "" else None)
            c.border = BOX
            c.alignment = WRAP
        ws.cell(row=r, column=4).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, row[1], row[5], row[6])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Förklaring till kolumnen Resultat: ● betyder att kontrollen är genomförd, ◐ att den är påbörjad men "
        "inte klar, ○ att den inte är påbörjad och ✕ att kontrollen har strukits ur planen."))
    ws.cell(row=r + 2, column=1, value="Tekniska förvaltningen, 2025-09-11")
    src = os.path.join(TMP, "tn.xlsx")
    wb.save(src)
    soffice(src, "ods", TMP)
    shutil.move(os.path.join(TMP, "tn.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Gymnasie- och vuxenutbildningsnämnden - .xls with tick columns per tertial
# ---------------------------------------------------------------------------
def gvn():
    fil = "GVN_IK-uppfoljning_2025.xls"
    namnd = "Gymnasie- och vuxenutbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Gymnasie- och vuxenutbildningsnämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Uppföljning internkontrollplan 2025 – markera med X"
    ws.merge_cells("D4:F4")
    ws.merge_cells("G4:I4")
    ws["D4"] = "Tertial 1"
    ws["G4"] = "Tertial 2"
    for c in ("D4", "G4"):
        ws[c].font = BOLD
        ws[c].alignment = Alignment(horizontal="center")
    heads = ["Nr", "Kontrollmoment", "Frekvens", "Genomförd", "Delvis", "Ej", "Genomförd", "Delvis", "Ej",
             "Noteringar"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = BOLD
        c.border = BOX
    for col, w in zip("ABCDEFGHIJ", (4, 55, 14, 10, 8, 6, 10, 8, 6, 50)):
        ws.column_dimensions[col].width = w
    # t1/t2: index 0 Genomförd 1 Delvis 2 Ej ; sets of ticked columns
    rows = [
        (1, "Kontroll av att betygsrapportering i elevregistret sker inom fastställd tid", "Varje tertial",
         {0}, {0}, "Inga anmärkningar.", "X", "GENOMFORD", "nej"),
        (2, "Stickprov på att CSN-rapportering av frånvaro görs varje månad", "Varje tertial",
         {1}, {0}, "Rapportering för mars saknades för två elever, rättat i efterhand.", "x",
         "GENOMFORD", "ja"),
        (3, "Kontroll av interkommunala ersättningar mot elevlistor från andra kommuner", "Varje tertial",
         {2}, {1}, "Hösttermins elevlistor inte mottagna ännu.", "X", "DELVIS", "nej"),
        (4, "Uppföljning av att individuella studieplaner upprättas inom vuxenutbildningen", "Varje tertial",
         {2}, {2}, "Ej påbörjad p.g.a. vakans som studie- och yrkesvägledare.", "X", "EJ_GENOMFORD", "nej"),
        (5, "Kontroll av att inköp av läromedel sker från upphandlade leverantörer", "Varje tertial",
         set(), {0, 2}, "", "X", "OKLAR", "nej"),
        (6, "Kontroll att lärarlegitimation finns för tillsvidareanställda lärare", "Årligen",
         {0}, set(), "Kontrollen görs en gång per år och genomfördes under T1 utan anmärkning.", "X",
         "GENOMFORD", "nej"),
        (7, "Kontroll av att elevers skyddade personuppgifter hanteras enligt rutin", "Varje tertial",
         set(), set(), "", "X", "SAKNAS", "nej"),
    ]
    r = 6
    sums = [0] * 6
    for (nr, km, frek, t1, t2, note, mark, es, ea) in rows:
        ws.cell(row=r, column=1, value=nr)
        ws.cell(row=r, column=2, value=km)
        ws.cell(row=r, column=3, value=frek)
        for k in t1:
            ws.cell(row=r, column=4 + k, value=mark)
            sums[k] += 1
        for k in t2:
            ws.cell(row=r, column=7 + k, value=mark)
            sums[3 + k] += 1
        ws.cell(row=r, column=10, value=note or None)
        for j in range(1, 11):
            ws.cell(row=r, column=j).border = BOX
            ws.cell(row=r, column=j).alignment = WRAP
        exp(fil, namnd, km, es, ea)
        r += 1
    ws.cell(row=r, column=2, value="Summa").font = BOLD
    for k in range(6):
        ws.cell(row=r, column=4 + k, value=sums[k])
    ws.cell(row=r + 2, column=2, value="Godkänd av förvaltningschef Per Nyström 2025-09-09")
    src = os.path.join(TMP, "gvn.xlsx")
    wb.save(src)
    soffice(src, "xls", TMP)
    shutil.move(os.path.join(TMP, "gvn.xls"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Arbetsmarknadsnämnden - only the förvaltning's name; sheet "Delår 2025"; codes 1-3 with legend beside
# ---------------------------------------------------------------------------
def amn():
    fil = "IK uppföljning delår 2025 AIF.xlsx"
    namnd = "Arbetsmarknadsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Uppföljning intern kontroll 2025, januari–augusti"
    ws["A1"].font = TITLE
    ws["A2"] = "Förvaltning: Arbetsmarknads- och integrationsförvaltningen"
    ws.oddHeader.center.text = "Arbetsmarknads- och integrationsförvaltningen"
    heads = ["Kontrollområde", "Aktivitet", "Utfall (1–3)", "Avvikelse upptäckt?", "Kommentar"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = BOLD
        c.border = BOX
    for col, w in zip("ABCDEFGH", (18, 55, 12, 12, 50, 3, 6, 22)):
        ws.column_dimensions[col].width = w
    ws["G4"] = "Utfall"
    ws["G4"].font = BOLD
    for i, (k, t) in enumerate(((1, "Genomförd"), (2, "Delvis genomförd"), (3, "Ej genomförd")), start=5):
        ws.cell(row=i, column=7, value=k)
        ws.cell(row=i, column=8, value=t)
    rows = [
        ("Statliga ersättningar",
         "Kontroll av att lönebidrag och anställningsstöd rekvireras från Arbetsförmedlingen i tid",
         1, "Ja", "Rekvisition för april missades, 42 tkr har återsökts i efterhand.", "GENOMFORD", "ja"),
        ("Insatser",
         "Stickprov på att deltagarnas närvaro i arbetsmarknadsinsatser rapporteras korrekt",
         2, "Nej", "Stickprov för två av tre insatser klara.", "DELVIS", "nej"),
        ("Statliga ersättningar",
         "Kontroll av att statlig ersättning för nyanlända återsöks från Migrationsverket",
         1, "Nej", "", "GENOMFORD", "nej"),
        ("Delegering",
         "Uppföljning av att beslut om feriepraktik fattas enligt delegationsordningen",
         3, "Nej", "Skjuts till hösten.", "EJ_GENOMFORD", "nej"),
        ("Utbetalningar",
         "Kontroll av att handledarersättning till externa arbetsplatser betalas ut enligt avtal",
         None, None, "Utgår – verksamheten med externa handledare avvecklades i mars.", "UTGAR", "nej"),
        ("Attest",
         "Kontroll av att utbetalningar av aktivitetsersättning attesteras av behörig chef",
         1, "Nej", "Kontrollen har inte hunnit genomföras, planeras till oktober.", "GENOMFORD", "nej"),
    ]
    r = 5
    for row in rows:
        for j, v in enumerate(row[:5], start=1):
            c = ws.cell(row=r, column=j, value=v if v != "" else None)
            c.border = BOX
            c.alignment = WRAP
        exp(fil, namnd, row[1], row[5], row[6])
        r += 1
    ws.cell(row=r + 1, column=1, value="Rapporteras till nämnden i samband med delårsrapporten.")
    wb.properties.title = "Intern kontroll delår"
    wb.properties.creator = "AIF ekonomi"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Not a follow-up: the economy office's delårsrapport (driftredovisning per nämnd)
# ---------------------------------------------------------------------------
def ekonomi():
    fil = "Delårsrapport 2025 driftredovisning per nämnd.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Driftredovisning"
    ws["A1"] = KOMMUN + " – Delårsrapport januari–augusti 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Driftredovisning per nämnd, tkr"
    heads = ["Nämnd", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse mot budget", "Kommentar"]
    for j, h in enumerate(heads, start=1):
        ws.cell(row=4, column=j, value=h).font = BOLD
    data = [
        ("Kommunstyrelsen", 148200, 95310, 146900, "Vakanser inom HR och IT."),
        ("Barn- och utbildningsnämnden", 512400, 338900, 519800, "Ökade kostnader för tilläggsbelopp."),
        ("Gymnasie- och vuxenutbildningsnämnden", 176300, 113200, 175100, ""),
        ("Socialnämnden", 221700, 158400, 236500, "Externa placeringar barn och unga."),
        ("Vård- och omsorgsnämnden", 604800, 405100, 611200, "Bemanning särskilt boende."),
        ("Arbetsmarknadsnämnden", 58900, 37600, 57400, "Högre statsbidrag än budgeterat."),
        ("Kultur- och fritidsnämnden", 64100, 44900, 64100, ""),
        ("Miljö- och byggnämnden", 18600, 11100, 17900, "Högre bygglovsintäkter."),
        ("Tekniska nämnden", 96400, 66800, 99300, "Vinterväghållning och elpriser."),
        ("Överförmyndarnämnden", 3900, 2500, 3900, ""),
    ]
    r = 5
    for (n, b, u, p, k) in data:
        ws.cell(row=r, column=1, value=n)
        ws.cell(row=r, column=2, value=b)
        ws.cell(row=r, column=3, value=u)
        ws.cell(row=r, column=4, value=p)
        ws.cell(row=r, column=5, value="=B%d-D%d" % (r, r))
        ws.cell(row=r, column=6, value=k or None)
        r += 1
    ws.cell(row=r, column=1, value="Summa nämnder").font = BOLD
    for col in "BCDE":
        ws["%s%d" % (col, r)] = "=SUM(%s5:%s%d)" % (col, col, r - 1)
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["F"].width = 40
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
    ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
    ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknads- och integrationsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
    ("Valnämnden", "VN"),
]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        for row in rows:
            f.write(";".join(row) + "\n")


def main():
    ks()
    export()
    sn()
    von()
    tn()
    gvn()
    amn()
    ekonomi()
    write_csv("namnder.csv", "nämnd;alias", NAMNDER)
    write_csv("files.csv", "fil;utfall;nämnd;år;period", FILES)
    write_csv("expected.csv", "fil;nämnd;kontrollmoment;status;avvikelse", EXPECTED)
    shutil.rmtree(TMP, ignore_errors=True)
    kms = [e[2] for e in EXPECTED]
    assert len(kms) == len(set(kms)), "duplicate control texts"
    print("files:", len({f[0] for f in FILES}), "file-nämnd rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
