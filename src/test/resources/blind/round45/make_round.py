#!/usr/bin/python3
"""Round 45 – Falköpings kommun (Västergötland), helårsuppföljning internkontroll 2025.

Builds every follow-up file plus namnder.csv, files.csv and expected.csv from scratch.
Run:  /usr/bin/python3 make_round.py
"""
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
KEEP = {"make_round.py", "README.md"}

FILES = []  # (fil, utfall, nämnd, år, period)
EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)

KOMMUN = "Falköpings kommun"

GREEN = "00B050"
YELLOW = "FFFF00"
RED = "FF0000"
GREY = "BFBFBF"


def fill(rgb):
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def clean():
    for name in os.listdir(OUT):
        if name in KEEP or name.startswith("."):
            continue
        p = os.path.join(OUT, name)
        if os.path.isdir(p):
            shutil.rmtree(p)
        else:
            os.remove(p)


def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km, km
    assert status in {"GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"}, status
    assert avv in {"ja", "nej"}
    EXP.append((fil, namnd, km, status, avv))


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – numeric status codes, legend as a note UNDER the table,
#    merged process cells, title block, instruction row, summary row.
# ---------------------------------------------------------------------------
def f1_ks():
    fil = "KS Uppföljning intern kontroll helår 2025.xlsx"
    namnd = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = KOMMUN
    ws["A1"].font = Font(bold=True, size=11, color="1F4E78")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Period: Helår (1 januari – 31 december 2025)"
    ws["A4"] = "Upprättad av: Maria Holm, controller kommunledningsförvaltningen"
    ws["F4"] = "Datum: 2026-01-16"
    ws["A6"] = ("Instruktion: Ange status med siffra enligt statuskoderna längst ned i bladet. "
                "Beskriv resultat och eventuella avvikelser samt planerad åtgärd. "
                "Kolumnerna A–F är låsta och fylls i av kommunledningsförvaltningen.")
    ws["A6"].font = Font(italic=True, color="7F7F7F")
    ws.merge_cells("A6:I6")
    ws["A6"].alignment = WRAP
    ws.row_dimensions[6].height = 32

    hdr = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Metod/omfattning", "Ansvarig",
           "Status", "Resultat/iakttagelser", "Åtgärd vid avvikelse"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=8, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.border = BOX
        cell.alignment = WRAP

    data = [
        ("Leverantörsfakturor", "Felaktiga eller oriktiga utbetalningar till leverantörer", [
            ("1.1", "Stickprov av 20 leverantörsfakturor mot avtal och beställning",
             "Stickprov 20 fakturor, urval ur Raindance", "Ekonomichef", 1,
             "20 fakturor granskade. Samtliga överensstämmer med avtal och beställning.", "",
             "GENOMFORD", "nej"),
            ("1.2", "Kontroll att attest sker enligt gällande attestförteckning",
             "Jämförelse attestlogg mot beslutad attestförteckning", "Redovisningsansvarig", 2,
             "Två fakturor attesterade av ersättare som inte fanns med i attestförteckningen.",
             "Attestförteckningen uppdaterad i oktober, påminnelse till chefer.",
             "GENOMFORD", "ja"),
        ]),
        ("Representation och förtroendekänsliga poster", "Representation som inte följer riktlinjer", [
            ("2.1", "Granskning av samtliga representationsfakturor över 5 000 kr under året",
             "Totalgranskning", "Redovisningsansvarig", 3,
             "Fakturor januari–september granskade utan anmärkning. Oktober–december granskas i februari 2026.",
             "", "DELVIS", "nej"),
            ("2.2", "Kontroll av att deltagarförteckning och syfte anges vid intern representation",
             "Stickprov 15 underlag", "Kanslichef", 2,
             "I 4 av 15 granskade underlag saknades deltagarförteckning.",
             "Mall för representationsunderlag införd i e-handeln.",
             "GENOMFORD", "ja"),
        ]),
        ("Upphandling och avtalstrohet", "Otillåtna direktupphandlingar, bristande avtalstrohet", [
            ("3.1", "Uppföljning av direktupphandlingar över 100 000 kr – dokumentation enligt riktlinje",
             "Genomgång av samtliga direktupphandlingar", "Upphandlingschef", 4,
             "Ej genomförd på grund av vakans på upphandlingsenheten under hösten.",
             "Kontrollen flyttas till internkontrollplan 2026.",
             "EJ_GENOMFORD", "nej"),
            ("3.2", "Analys av inköp hos leverantörer utan avtal (avtalstrohet)",
             "Spendanalys helår", "Upphandlingschef", 6,
             "Spendanalys gjord. 11 % av inköpsvolymen gick till leverantörer utan avtal (målvärde högst 5 %).",
             "Dialog med de förvaltningar som har högst andel.",
             "OKLAR", "ja"),
        ]),
        ("Informationssäkerhet", "Obehörig åtkomst till system och uppgifter", [
            ("4.1", "Kontroll av behörigheter i ekonomisystemet för personer som slutat sin anställning",
             "Jämförelse behörighetslista mot avslutade anställningar", "Systemförvaltare ekonomi", None,
             "Kontrollen har inte genomförts under året.", "",
             "EJ_GENOMFORD", "nej"),
            ("4.2", "Uppföljning av att samtliga medarbetare genomfört e-utbildning i informationssäkerhet",
             "Utdrag ur lärplattformen", "Informationssäkerhetssamordnare", 5,
             "Kommungemensam utbildning ersätts av ny plattform 2026, beslut KS 2025-05-14 § 88.", "",
             "UTGAR", "nej"),
        ]),
        ("Personal och lön", "Felaktiga löneutbetalningar, bristande rehabilitering", [
            ("5.1", "Kontroll av att rehabiliteringsutredning påbörjas inom 30 dagar vid sjukfrånvaro",
             "Stickprov 10 ärenden i Adato", "HR-chef", None, "", "",
             "SAKNAS", "nej"),
            ("5.2", "Stickprov av 10 lönetillägg mot fattade beslut",
             "Stickprov 10 lönetillägg", "Lönechef", 1,
             "Inga avvikelser.", "",
             "GENOMFORD", "nej"),
        ]),
    ]
    r = 9
    for proc, risk, ctrls in data:
        start = r
        for nr, km, metod, ansv, status, res, atg, es, av in ctrls:
            vals = [nr, proc if r == start else None, risk if r == start else None, km, metod, ansv,
                    status, res, atg]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, namnd, km, es, av)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=start, start_column=3, end_row=r - 1, end_column=3)
    ws.cell(row=r, column=1, value="Summa kontrollmoment: 10").font = BOLD
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    r += 3
    ws.cell(row=r, column=2, value="Statuskoder").font = BOLD
    legend = ["1 = Genomförd utan anmärkning", "2 = Genomförd med anmärkning",
              "3 = Påbörjad / delvis genomförd", "4 = Ej genomförd", "5 = Utgår"]
    for i, t in enumerate(legend, 1):
        ws.cell(row=r + i, column=2, value=t)
    ws.cell(row=r + 7, column=2, value="Rapporten behandlas i kommunstyrelsen 2026-02-11.").font = Font(italic=True)
    widths(ws, [6, 22, 26, 44, 28, 20, 9, 48, 36])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – colour fills only (no words), Delår | Helår
#    side by side, group heading rows, legend on a separate sheet.
# ---------------------------------------------------------------------------
def f2_bun():
    fil = "BUN_IKP_2025_uppfoljning_helar.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning delår och helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Ansvarig: Erik Sandberg, controller barn- och utbildningsförvaltningen. Färgmarkering, se flik Förklaring."
    ws["A3"].font = Font(italic=True)
    hdr = ["Process", "Kontrollmoment", "Frekvens", "Delår 31/8", "Helår", "Kommentar helår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill("D9D9D9")
        cell.border = BOX
    G, Y, R, Gr, N = GREEN, YELLOW, RED, GREY, None
    groups = [
        ("EKONOMI", [
            ("Skolskjuts", "Kontroll av att beviljad skolskjuts överensstämmer med fakturerade resor (stickprov 25 elever)",
             "Halvår", Y, G, "Stickprov 25 elever. En resa felfakturerad av entreprenören, krediterad i november.",
             "GENOMFORD", "ja"),
            ("Interkommunal ersättning", "Avstämning av interkommunala ersättningar mot elevregistret (IKE)",
             "Årlig", G, N, "", "GENOMFORD", "nej"),
            ("Kontanthantering", "Kontroll av handkassor på skolor och förskolor (4 enheter)",
             "Årlig", N, Y, "2 av 4 enheter kontrollerade, övriga två kontrolleras i januari.",
             "DELVIS", "nej"),
        ]),
        ("PERSONAL", [
            ("Anställning", "Kontroll av att utdrag ur belastningsregistret finns för nyanställda (stickprov 15)",
             "Halvår", G, R, "Helårskontrollen har inte gjorts på grund av sjukskrivning hos HR-konsult.",
             "EJ_GENOMFORD", "nej"),
            ("Arbetsmiljö", "Uppföljning av att skyddsronder genomförts på samtliga enheter",
             "Årlig", Y, G, "Skyddsronder genomförda på alla 23 enheter. Brister i ventilationen på Dotorpsskolan anmälda till fastighetsavdelningen.",
             "GENOMFORD", "ja"),
            ("Lön", "Kontroll av timanställdas tidrapporter mot schema (stickprov 20)",
             "Årlig", N, R, "Kontrollen är genomförd, inga avvikelser.",
             "EJ_GENOMFORD", "nej"),
        ]),
        ("VERKSAMHET OCH MYNDIGHETSUTÖVNING", [
            ("Kränkande behandling", "Kontroll av att anmälan om kränkande behandling utreds inom 5 arbetsdagar",
             "Halvår", Y, Y, "Utredning påbörjad senare än 5 dagar i 9 av 40 granskade ärenden.",
             "DELVIS", "ja"),
            ("Frånvaro", "Uppföljning av rutin för upprepad och långvarig elevfrånvaro",
             "Årlig", Gr, Gr, "Ersätts av den nationella frånvarorapporteringen.", "UTGAR", "nej"),
            ("Dokumenthantering", "Kontroll av att beslut om särskilt stöd diarieförs (stickprov 20)",
             "Årlig", N, N, "", "SAKNAS", "nej"),
            ("Förskola", "Kontroll av att barnomsorgsschema och debiterad avgift stämmer (stickprov 30)",
             "Årlig", N, G, "Klart. 30 barn kontrollerade, inga fel.", "GENOMFORD", "nej"),
        ]),
    ]
    r = 6
    for g, ctrls in groups:
        ws.cell(row=r, column=1, value=g).font = Font(bold=True, color="1F4E78")
        for c in range(1, 7):
            ws.cell(row=r, column=c).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for proc, km, freq, d, h, kom, es, av in ctrls:
            vals = [proc, km, freq, None, None, kom or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            if d:
                ws.cell(row=r, column=4).fill = fill(d)
            if h:
                ws.cell(row=r, column=5).fill = fill(h)
            exp(fil, namnd, km, es, av)
            r += 1
    widths(ws, [22, 60, 10, 11, 11, 60])
    lg = wb.create_sheet("Förklaring")
    lg["A1"] = "Förklaring till färgmarkering i kolumnerna Delår och Helår"
    lg["A1"].font = BOLD
    for i, (col, txt) in enumerate([(GREEN, "Kontrollen är genomförd"),
                                    (YELLOW, "Kontrollen är påbörjad / delvis genomförd"),
                                    (RED, "Kontrollen är inte genomförd"),
                                    (GREY, "Kontrollen utgår")], start=3):
        lg.cell(row=i, column=1).fill = fill(col)
        lg.cell(row=i, column=2, value=txt)
    lg["A8"] = "Ofärgad cell = ingen uppföljning gjord för perioden."
    lg.column_dimensions["A"].width = 8
    lg.column_dimensions["B"].width = 45
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden – .xls (via soffice), words, Status 2024 | Status 2025,
#    merged process cells, instruction row.
# ---------------------------------------------------------------------------
def f3_sn(tmpdir):
    fil = "Socialnämnden IK uppföljning 2025.xls"
    namnd = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "SOCIALNÄMNDEN – UPPFÖLJNING AV INTERN KONTROLL"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Helårsuppföljning 2025 (tvåårig plan 2024–2025)"
    ws["A2"].font = BOLD
    ws["A3"] = "Förvaltning: Socialförvaltningen, individ- och familjeomsorgen"
    ws["A4"] = ("Statusfältet fylls i med: Genomförd / Genomförd med anmärkning / Delvis genomförd / "
                "Ej genomförd / Utgår. Kolumnen Status 2024 är låst.")
    ws["A4"].font = Font(italic=True, color="C00000")
    hdr = ["Process", "Risk", "Kontrollmoment", "Kontrollansvarig", "Status 2024", "Status 2025",
           "Resultat och kommentar 2025"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill("FCE4D6")
        cell.border = BOX
        cell.alignment = WRAP
    data = [
        ("Ekonomiskt bistånd", "Felaktiga utbetalningar", [
            ("Stickprov av 25 utbetalningar av ekonomiskt bistånd – beslut och underlag",
             "Enhetschef försörjningsstöd", "Genomförd", "Genomförd med anmärkning",
             "3 av 25 ärenden saknade kontoutdrag för aktuell period. Rutinen påmind på APT i november.",
             "GENOMFORD", "ja"),
            ("Kontroll av att återkrav beslutas vid felaktigt utbetalt bistånd",
             "Enhetschef försörjningsstöd", "Delvis genomförd", "Pågår",
             "Genomgång av 2025 års ärenden pågår och beräknas klar i mars 2026.",
             "DELVIS", "nej"),
            ("Kontroll mot Försäkringskassan och CSN via SSBTEK vid samtliga nybesök",
             "1:e socialsekreterare", "Genomförd", None, None,
             "SAKNAS", "nej"),
        ]),
        ("Placeringar barn och unga", "Placeringar utan avtal, felaktig fakturering", [
            ("Uppföljning av att avtal finns för samtliga placeringar i HVB och familjehem",
             "Enhetschef barn och unga", None, "Ej genomförd",
             "Kontrollen har flyttats fram till 2026 på grund av hög arbetsbelastning.",
             "EJ_GENOMFORD", "nej"),
            ("Kontroll av att placeringskostnader faktureras enligt avtal (stickprov 10)",
             "Ekonom IFO", "Genomförd", "Genomförd",
             "Två fakturor avvek från avtalat dygnspris. Mellanskillnaden har reglerats med leverantören.",
             "GENOMFORD", "ja"),
        ]),
        ("Handläggning och dokumentation", "Rättsosäker handläggning", [
            ("Kontroll att förhandsbedömning görs inom 14 dagar efter orosanmälan",
             "Enhetschef barn och unga", "Genomförd", "Delvis genomförd",
             "30 anmälningar kontrollerade, i 6 fall överskreds 14 dagar.",
             "DELVIS", "ja"),
            ("Granskning av att utredningstiden om 4 månader hålls (BBIC)",
             "Kvalitetsutvecklare", "Genomförd", "Se bilaga", None,
             "OKLAR", "nej"),
            ("Loggkontroll i verksamhetssystemet Lifecare",
             "Systemförvaltare", "Genomförd", None,
             "Loggkontroll utförd i oktober och december. Ingen otillbörlig åtkomst har upptäckts.",
             "GENOMFORD", "nej"),
        ]),
        ("Synpunkter och klagomål", "Klagomål tas inte tillvara", [
            ("Kontroll att inkomna klagomål besvaras inom 10 arbetsdagar",
             "Kvalitetsutvecklare", "Ej genomförd", "Utgår",
             "Ingår från 2025 i kommungemensam granskning under kommunstyrelsen.",
             "UTGAR", "nej"),
        ]),
    ]
    r = 7
    for proc, risk, ctrls in data:
        start = r
        for km, ansv, s24, s25, kom, es, av in ctrls:
            vals = [proc if r == start else None, risk if r == start else None, km, ansv, s24, s25, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            ws.cell(row=r, column=5).fill = fill("EDEDED")
            exp(fil, namnd, km, es, av)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Bilagor lämnas till nämndsekreteraren. Kontaktperson: Lena Axelsson, verksamhetscontroller.")
    widths(ws, [22, 22, 52, 24, 14, 22, 60])
    xlsx = os.path.join(tmpdir, "Socialnämnden IK uppföljning 2025.xlsx")
    wb.save(xlsx)
    profile = "file://" + os.path.join(tmpdir, "lo_profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", "xls",
                    "--outdir", OUT, xlsx], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert os.path.exists(os.path.join(OUT, fil)), "xls conversion failed"
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsnämnden – T1 | T2 | T3 letter codes, legend in a note
#    box at the far right of the sheet.
# ---------------------------------------------------------------------------
def f4_sbn():
    fil = "SBN internkontroll 2025 T3.xlsx"
    namnd = "Samhällsbyggnadsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Samhällsbyggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=14, color="375623")
    ws["A2"] = "Internkontroll 2025 – tertialuppföljning"
    ws["A2"].font = BOLD
    ws["A3"] = "Aktuell rapportering: T3 (helår 2025). Fylls i av respektive enhetschef, sammanställt av Jonas Pettersson."
    hdr = ["Id", "Område", "Kontrollmoment", "Frekvens", "T1", "T2", "T3",
           "Iakttagelser / avvikelser", "Åtgärder"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("548235")
        cell.border = BOX
        cell.alignment = WRAP
    data = [
        ("SBN-01", "Fastighet", "Kontroll av att hyresavtal för externt inhyrda lokaler är uppdaterade och indexuppräknade",
         "Årligen", None, None, "G",
         "Samtliga 14 avtal kontrollerade. Ett avtal hade felaktig indexuppräkning.", "Justerat med hyresvärden i december.",
         "GENOMFORD", "ja"),
        ("SBN-02", "Fastighet", "Uppföljning av att lagstadgade besiktningar (OVK, hiss, brand) genomförts enligt plan",
         "Tertialvis", "P", "P", "P",
         "OVK försenad i 6 objekt.", "Besiktning beställd till februari 2026.",
         "DELVIS", "ja"),
        ("SBN-03", "Gata/park", "Stickprov av 15 fakturor från entreprenörer för vinterväghållning mot avtal och körjournaler",
         "Årligen (vintersäsong)", "G", None, None,
         "Kontrollerat säsongen januari–mars. Inga avvikelser.", None,
         "GENOMFORD", "nej"),
        ("SBN-04", "VA", "Avstämning av VA-taxeintäkter mot debiterade anslutningar",
         "Tertialvis", "EG", "P", "G",
         "Tre fastigheter saknade debitering av anläggningsavgift.", "Fakturerade i november 2025.",
         "GENOMFORD", "ja"),
        ("SBN-05", "VA", "Kontroll av att egenkontrollprogrammet för dricksvatten följs (provtagning)",
         "Tertialvis", "G", "G", "X",
         "Provtagning enligt program.", None,
         "OKLAR", "nej"),
        ("SBN-06", "Mark och exploatering", "Kontroll av att exploateringsavtal följs upp avseende fakturering av gatukostnader",
         "Årligen", None, None, "EG",
         "Har inte hunnits med under året.", "Prioriteras i plan 2026.",
         "EJ_GENOMFORD", "nej"),
        ("SBN-07", "Mark och exploatering", "Kontroll av att arrendeavgifter debiteras enligt avtal",
         "Årligen", None, "U", None,
         "Arrendeavtalen har överförts till kommunstyrelsens mark- och exploateringsenhet.", None,
         "UTGAR", "nej"),
        ("SBN-08", "Gata/park", "Uppföljning av att beslut om parkeringstillstånd fattas enligt delegationsordningen",
         "Årligen", None, None, None, None, None,
         "SAKNAS", "nej"),
        ("SBN-09", "Administration", "Kontroll av att delegationsbeslut anmäls till nämnden (stickprov)",
         "Tertialvis", "G", "G", "g ",
         "Stickprov varje tertial, inga avvikelser.", None,
         "GENOMFORD", "nej"),
        ("SBN-10", "Administration", "Kontroll av att allmänna handlingar diarieförs inom 2 arbetsdagar",
         "Tertialvis", "P", "EG", None,
         "Systembyte till nytt ärendehanteringssystem under hösten, kontrollen har inte kunnat göras.", None,
         "EJ_GENOMFORD", "nej"),
    ]
    r = 6
    for (id_, omr, km, freq, t1, t2, t3, iakt, atg, es, av) in data:
        vals = [id_, omr, km, freq, t1, t2, t3, iakt, atg]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        for c in (5, 6, 7):
            ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, km, es, av)
        r += 1
    # note box far to the right
    ws["N2"] = ("OBS! Statuskoder i T-kolumnerna:\n"
                "G = Genomförd\nP = Pågår\nEG = Ej genomförd\nU = Utgår\n"
                "Lämna tomt om kontrollen inte görs under tertialen.")
    ws.merge_cells("N2:P8")
    ws["N2"].alignment = WRAP
    ws["N2"].fill = fill("FFF2CC")
    ws["N2"].font = Font(size=9)
    widths(ws, [8, 18, 55, 14, 6, 6, 6, 50, 36, 4, 4, 4, 4, 14, 14, 14])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden – X ticks under Genomförd/Delvis/Ej genomförd/
#    Ej aktuell, two-row header, merged process cells, signature rows.
# ---------------------------------------------------------------------------
def f5_kfn():
    fil = "Kultur- och fritid IK helår 2025.xlsx"
    namnd = "Kultur- och fritidsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Uppföljning internkontroll"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd:"
    ws["B2"] = "Kultur- och fritidsnämnden"
    ws["A3"] = "Period:"
    ws["B3"] = "Helår 2025"
    ws["A4"] = "Kontaktperson:"
    ws["B4"] = "Sofia Ek, verksamhetsutvecklare"
    for a in ("A2", "A3", "A4"):
        ws[a].font = BOLD
    ws["A6"] = "Markera med X i rätt kolumn – en markering per kontrollmoment. Kommentera alltid vid delvis eller ej genomförd."
    ws["A6"].font = Font(italic=True, color="7F7F7F")
    # two-row header
    ws["A8"] = "Process"
    ws["B8"] = "Kontrollmoment"
    ws["C8"] = "Status helår"
    ws["G8"] = "Kommentar / resultat"
    ws.merge_cells("C8:F8")
    ws.merge_cells("A8:A9")
    ws.merge_cells("B8:B9")
    ws.merge_cells("G8:G9")
    for c, h in enumerate(["Genomförd", "Delvis", "Ej genomförd", "Ej aktuell"], start=3):
        ws.cell(row=9, column=c, value=h)
    for row in (8, 9):
        for c in range(1, 8):
            cell = ws.cell(row=row, column=c)
            cell.font = BOLD
            cell.fill = fill("E2EFDA")
            cell.border = BOX
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    data = [
        ("Föreningsbidrag", [
            ("Kontroll av att utbetalda aktivitetsbidrag stämmer mot närvarorapporter (stickprov 10 föreningar)",
             "X", "", "", "",
             "Två föreningar hade rapporterat deltagare över åldersgränsen. Återkrav 4 300 kr.",
             "GENOMFORD", "ja"),
            ("Kontroll av att föreningar med anläggningsbidrag lämnat verksamhetsberättelse och årsredovisning",
             "", "X", "", "",
             "Underlag saknas från 3 av 12 föreningar, påminnelse skickad.",
             "DELVIS", "ja"),
        ]),
        ("Kassahantering", [
            ("Oanmäld kassainventering i simhallens reception och på huvudbiblioteket",
             "x", "", "", "",
             "Inventering 2025-11-05, kassorna stämde.",
             "GENOMFORD", "nej"),
            ("Kontroll av att dagskassor redovisas och bokförs samma vecka",
             "X", "X", "", "",
             "Fungerar i huvudsak.",
             "OKLAR", "nej"),
        ]),
        ("Lokaluthyrning", [
            ("Stickprov av 20 bokningar i bokningssystemet mot fakturerad hyra",
             "", "", "", "",
             "Kontrollen är genomförd utan anmärkning.",
             "GENOMFORD", "nej"),
            ("Kontroll av att taxor och rabatter tillämpas enligt kommunfullmäktiges beslut",
             "", "", "", "", "",
             "SAKNAS", "nej"),
        ]),
        ("Personal", [
            ("Kontroll av att timanställda vid fritidsgårdarna har visat utdrag ur belastningsregistret",
             "", "", "X", "",
             "Kontrollen är inte gjord. Rutinen ses över under våren.",
             "EJ_GENOMFORD", "nej"),
            ("Uppföljning av bisysslor för samtliga medarbetare",
             "", "", "", "X",
             "Ingår i HR:s kommungemensamma kontroll.",
             "UTGAR", "nej"),
        ]),
    ]
    r = 10
    for proc, ctrls in data:
        start = r
        for km, g, d, e, ea, kom, es, av in ctrls:
            vals = [proc if r == start else None, km, g or None, d or None, e or None, ea or None, kom or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            for c in range(3, 7):
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, namnd, km, es, av)
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).alignment = Alignment(vertical="center", wrap_text=True)
    r += 2
    ws.cell(row=r, column=1, value="Datum:")
    ws.cell(row=r, column=2, value="2026-01-20")
    ws.cell(row=r + 2, column=1, value="Underskrift:")
    ws.cell(row=r + 2, column=2, value="Sofia Ek / Per-Olof Gustavsson, förvaltningschef kultur och fritid")
    widths(ws, [18, 60, 11, 9, 12, 10, 55])
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Vård- och omsorgsnämnden – .ods, one sheet per period (Delår / Helår),
#    symbols with a legend in the title block.
# ---------------------------------------------------------------------------
def f6_von():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableColumnProperties, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    fil = "VON uppföljning IKP 2025.ods"
    namnd = "Vård- och omsorgsnämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="fet", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.styles.addElement(bold)
    wide = Style(name="wide", family="table-column")
    wide.addElement(TableColumnProperties(columnwidth="7cm"))
    narrow = Style(name="narrow", family="table-column")
    narrow.addElement(TableColumnProperties(columnwidth="2.2cm"))
    doc.automaticstyles.addElement(wide)
    doc.automaticstyles.addElement(narrow)

    def cell(v, b=False):
        c = TableCell(valuetype="string") if v not in (None, "") else TableCell()
        if v not in (None, ""):
            for line in str(v).split("\n"):
                c.addElement(P(text=line, stylename=bold if b else None))
        return c

    def add_row(t, vals, b=False):
        tr = TableRow()
        for v in vals:
            tr.addElement(cell(v, b))
        t.addElement(tr)

    # (nr, process, km, delår(status,resultat,avv), helår(status,resultat,avv), åtgärd helår, exp, avv)
    data = [
        ("1", "Hemtjänst", "Kontroll av att utförd tid i hemtjänsten (TES) stämmer mot beviljad tid, stickprov 20 brukare",
         ("◐", "Påbörjad, 8 av 20 brukare granskade.", "N"),
         ("✔", "Avvikelse på mer än 20 % mellan beviljad och utförd tid i 4 av 20 ärenden.", "J"),
         "Återkopplat till enhetscheferna, ny uppföljning i mars.", "GENOMFORD", "ja"),
        ("2", "Läkemedel", "Kontroll av läkemedelsförråd och narkotikaförteckning på särskilda boenden",
         ("✔", "Kontroll på fyra boenden, inga avvikelser.", "N"),
         ("✔", "Kontroll på samtliga sju boenden, inga avvikelser.", "N"),
         "", "GENOMFORD", "nej"),
        ("3", "Avgifter", "Kontroll av att avgiftsbeslut för hemtjänst och boende fattas och debiteras korrekt (stickprov 25)",
         ("◐", "10 av 25 ärenden granskade, en felaktig debitering hittad och rättad.", "J"),
         (None, None, None),
         "", "DELVIS", "ja"),
        ("4", "Bemanning", "Uppföljning av att introduktion enligt checklista genomförts för nyanställda och vikarier",
         (None, None, None),
         ("✘", "Ej genomförd, flyttas till 2026.", "N"),
         "", "EJ_GENOMFORD", "nej"),
        ("5", "Dokumentation", "Granskning av genomförandeplaner – upprättade inom 14 dagar och uppföljda var sjätte månad",
         ("◐", "Granskning pågår.", None),
         ("◐", "60 % av granskade planer uppfyller kraven. Övriga saknar uppföljning.", "J"),
         "Utbildningsinsats för kontaktpersoner under våren.", "DELVIS", "ja"),
        ("6", "Hälso- och sjukvård", "Kontroll av följsamhet till basala hygienrutiner (observationsmätning)",
         ("✔", "Mätning vecka 12, följsamhet 87 %.", "N"),
         ("?", "Höstens mätning gjord men resultatet är inte sammanställt ännu.", None),
         "", "OKLAR", "nej"),
        ("7", "Lex Sarah", "Kontroll av att rapporter enligt lex Sarah utreds och avslutas inom två månader",
         ("–", "Utgår ur planen, följs i kvalitetsberättelsen.", None),
         ("–", "Utgår ur planen, följs i kvalitetsberättelsen.", None),
         "", "UTGAR", "nej"),
        ("8", "Inköp", "Stickprov av 15 inköp av förbrukningsmaterial mot upphandlat avtal",
         (None, None, None),
         (None, None, None),
         "", "SAKNAS", "nej"),
        ("9", "Privata medel", "Kontroll av hantering av brukares privata medel på boenden (kvittens och kassabok)",
         (None, None, None),
         (None, "Kontroll genomförd på samtliga fem boenden. Kassaboken på Ranliden saknade kvitton för två uttag.", "J"),
         "Rutin för kvittens förtydligad.", "GENOMFORD", "ja"),
    ]

    for sheetname, idx, title in (("Delår 2025", 3, "Delårsuppföljning per 31 augusti 2025"),
                                  ("Helår 2025", 4, "Helårsuppföljning 2025")):
        t = Table(name=sheetname)
        for st in (narrow, narrow, wide, narrow, wide, narrow, wide):
            t.addElement(TableColumn(stylename=st))
        add_row(t, ["Vård- och omsorgsnämnden – internkontrollplan 2025"], b=True)
        add_row(t, [title])
        add_row(t, ["Teckenförklaring:  ✔ = Genomförd   ◐ = Delvis genomförd/pågår   ✘ = Ej genomförd   – = Utgår"])
        add_row(t, [])
        add_row(t, ["Nr", "Process", "Kontrollmoment", "Status", "Resultat", "Avvikelse (J/N)", "Åtgärd"], b=True)
        for row in data:
            nr, proc, km = row[0], row[1], row[2]
            st, res, av = row[idx]
            atg = row[5] if idx == 4 else ""
            add_row(t, [nr, proc, km, st, res, av, atg])
        add_row(t, [])
        add_row(t, ["", "", "Sammanställt av Karin Nyström, kvalitetscontroller VOF, 2026-01-22" if idx == 4
                     else "Sammanställt av Karin Nyström, kvalitetscontroller VOF, 2025-09-15"])
        doc.spreadsheet.addElement(t)
    for row in data:
        exp(fil, namnd, row[2], row[6], row[7])
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Governance-system export – several förvaltningar, a row per control and
#    period, Windows-1252, semicolon separated.
# ---------------------------------------------------------------------------
def f7_export():
    fil = "Internkontroll_export_20260115.csv"
    hdr = ["Förvaltning", "Process", "Kontrollmoment", "Period", "Status", "Kommentar", "Avvikelse",
           "Senast ändrad", "Ändrad av"]
    MBF, AMF, SF = "Miljö- och byggförvaltningen", "Arbetsmarknadsförvaltningen", "Serviceförvaltningen"
    NM = {MBF: "Miljö- och byggnadsnämnden", AMF: "Arbetsmarknads- och vuxenutbildningsnämnden",
          SF: "Servicenämnden"}
    # (förv, process, km, [(period, status, kommentar, avv, datum, vem)], exp, avv)
    D, H = "Delår 2025", "Helår 2025"
    data = [
        (MBF, "Tillsyn livsmedel", "Kontroll av att planerad tillsyn enligt tillsynsplanen för livsmedel genomförts", [
            (D, "Pågående", "62 % av planerade kontroller utförda per augusti.", "Nej", "2025-09-04", "Anders Wik"),
            (H, "Genomförd", "Samtliga 186 planerade kontroller utförda.", "Nej", "2026-01-09", "Anders Wik"),
        ], "GENOMFORD", "nej"),
        (MBF, "Avgifter och taxor", "Stickprov av 20 bygglovsbeslut – avgift debiterad enligt taxa", [
            (D, "Genomförd", "Inga avvikelser i vårens stickprov.", "Nej", "2025-09-04", "Anders Wik"),
            (H, "Genomförd", "Två beslut med fel timavgift, rättat och kunden krediterad.", "Ja", "2026-01-09", "Anders Wik"),
        ], "GENOMFORD", "ja"),
        (MBF, "Handläggning", "Uppföljning av handläggningstid för bygglov (10 veckor enligt PBL)", [
            (D, "Pågående", "", "", "2025-09-04", "Anders Wik"),
            (H, "", "Delvis genomförd – uppföljning gjord för januari–oktober, 7 ärenden överskred 10 veckor.",
             "Ja", "2026-01-12", "Malin Strand"),
        ], "DELVIS", "ja"),
        (MBF, "Tillsyn miljö", "Kontroll av att avgifter för årlig tillsyn av miljöfarlig verksamhet faktureras", [
            (D, "Ej påbörjad", "Planeras till hösten.", "", "2025-09-04", "Anders Wik"),
        ], "EJ_GENOMFORD", "nej"),
        (MBF, "Arkiv", "Kontroll av att bygglovsarkivet digitaliseras enligt projektplan", [
            (D, "Pågående", "", "", "2025-09-04", "Anders Wik"),
            (H, "Utgår", "Projektet avbrutet genom beslut MBN 2025-09-10 § 112.", "", "2026-01-09", "Anders Wik"),
        ], "UTGAR", "nej"),
        (AMF, "Arbetsmarknadsinsatser", "Kontroll av närvarorapportering för deltagare i arbetsmarknadsinsatser (stickprov 20)", [
            (D, "Genomförd", "Inga avvikelser.", "Nej", "2025-09-10", "Fatima Rahimi"),
            (H, "Genomförd", "Inga avvikelser.", "Nej", "2026-01-13", "Fatima Rahimi"),
        ], "GENOMFORD", "nej"),
        (AMF, "Statsbidrag", "Kontroll av att lönebidrag och extratjänster rekvireras från Arbetsförmedlingen", [
            (D, "Pågående", "Rekvisition kvartal 1–2 gjord.", "Nej", "2025-09-10", "Fatima Rahimi"),
            (H, "Pågående", "Rekvisition för kvartal 4 är ännu inte inskickad, risk för förlorade intäkter.", "Ja",
             "2026-01-13", "Fatima Rahimi"),
        ], "DELVIS", "ja"),
        (AMF, "Vuxenutbildning", "Uppföljning av att SFI-elevers studieresultat registreras i elevsystemet inom två veckor", [
            (D, "", "", "", "", ""),
            (H, "Ej påbörjad", "", "", "2026-01-13", "Fatima Rahimi"),
        ], "EJ_GENOMFORD", "nej"),
        (AMF, "Vuxenutbildning", "Kontroll av avtal och fakturering för köpt vuxenutbildning", [
            (D, "", "", "", "", ""),
            (H, "", "", "", "", ""),
        ], "SAKNAS", "nej"),
        (SF, "Kost", "Kontroll av att livsmedelsinköp görs från upphandlade leverantörer (avtalstrohet)", [
            (D, "Genomförd", "Avtalstrohet 95 %.", "Nej", "2025-09-08", "Henrik Lund"),
            (H, "Genomförd", "Avtalstrohet 96 % för helåret.", "Nej", "2026-01-14", "Henrik Lund"),
        ], "GENOMFORD", "nej"),
        (SF, "IT", "Kontroll av att behörigheter i AD tas bort när anställningen upphör", [
            (D, "Pågående", "", "", "2025-09-08", "Henrik Lund"),
            (H, "Genomförd", "37 konton var fortfarande aktiva efter avslutad anställning. Åtgärdat och rutin med HR införd.",
             "Ja", "2026-01-14", "Henrik Lund"),
        ], "GENOMFORD", "ja"),
        (SF, "Fordon", "Kontroll av körjournaler för kommunens bilpool (stickprov 10 fordon)", [
            (D, "Ej påbörjad", "", "", "2025-09-08", "Henrik Lund"),
            (H, "Ej påbörjad", "Genomförd i december, inga avvikelser.", "Nej", "2026-01-14", "Henrik Lund"),
        ], "EJ_GENOMFORD", "nej"),
        (SF, "Lokalvård", "Kvalitetsuppföljning av lokalvård enligt INSTA 800 (stickprov 10 objekt)", [
            (D, "Pågående", "", "", "2025-09-08", "Henrik Lund"),
            (H, "Pågående", "Mätning gjord i 6 av 10 objekt, resterande i februari.", "Nej", "2026-01-14", "Henrik Lund"),
        ], "DELVIS", "nej"),
    ]
    lines = [";".join(hdr)]
    for forv, proc, km, rows, es, av in data:
        for per, st, kom, avv, dat, vem in rows:
            lines.append(";".join([forv, proc, km, per, st, kom, avv, dat, vem]))
    for forv in (MBF, AMF, SF):
        for f, proc, km, rows, es, av in data:
            if f == forv:
                exp(fil, NM[forv], km, es, av)
    with open(os.path.join(OUT, fil), "wb") as fh:
        fh.write(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    for forv in (MBF, AMF, SF):
        FILES.append((fil, "INLAST", NM[forv], "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Överförmyndarnämnden – Word document, heading per process and one small
#    label/value table per control. The document does not state the period.
# ---------------------------------------------------------------------------
def f8_ofn():
    from docx import Document
    from docx.shared import Pt

    fil = "Överförmyndarnämnden uppföljning intern kontroll 2025.docx"
    namnd = "Överförmyndarnämnden"
    doc = Document()
    doc.add_heading("Överförmyndarnämndens internkontroll 2025 – uppföljning", level=1)
    doc.add_paragraph("Överförmyndarnämnden, Falköpings kommun\nDnr ÖFN 2025/14")
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 februari 2025 (§ 9). Nedan redovisas resultatet av "
        "de kontroller som ingår i planen. Kontrollerna har utförts av handläggarna på överförmyndarenheten och "
        "sammanställts av enhetschef Birgitta Hallberg.")
    data = [
        ("Granskning av årsräkningar", [
            ("Stickprov av 15 granskade årsräkningar – kontroll av att verifikationer begärts in enligt rutin",
             "Stickprov 15 ärenden", "Handläggare", "Genomförd",
             "I 2 av 15 ärenden hade verifikationer för större uttag inte begärts in. Rutinen har förtydligats.",
             "GENOMFORD", "ja"),
            ("Kontroll av att arvode till ställföreträdare beslutas enligt nämndens riktlinjer",
             "Stickprov 20 arvodesbeslut", "Enhetschef", "Genomförd",
             "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Tillsyn", [
            ("Kontroll av att samtliga årsräkningar inkommit senast 1 mars och att påminnelser skickats",
             "Utdrag ur verksamhetssystemet", "Handläggare", "Delvis genomförd",
             "Påminnelser har skickats. 11 årsräkningar saknas fortfarande, vitesföreläggande förbereds.",
             "DELVIS", "ja"),
            ("Kontroll av att nya ställföreträdare genomgått obligatorisk utbildning",
             "Genomgång av utbildningslistor", "Enhetschef", "", "", "SAKNAS", "nej"),
        ]),
        ("Informationssäkerhet", [
            ("Loggkontroll av åtkomst till ärenden med skyddade personuppgifter",
             "Loggutdrag ur verksamhetssystemet", "Systemansvarig", "Ej genomförd",
             "Funktion för loggutdrag fanns inte förrän i november. Kontrollen genomförs första kvartalet 2026.",
             "EJ_GENOMFORD", "nej"),
            ("Kontroll av att handlingar med personuppgifter gallras enligt dokumenthanteringsplanen",
             "Genomgång av avslutade akter", "Registrator", "Utförd",
             "Gallring genomförd för ärenden avslutade 2019.", "GENOMFORD", "nej"),
        ]),
    ]
    for proc, ctrls in data:
        doc.add_heading(proc, level=2)
        for km, metod, ansv, status, res, es, av in ctrls:
            t = doc.add_table(rows=5, cols=2)
            t.style = "Table Grid"
            for i, (lab, val) in enumerate([("Kontrollmoment", km), ("Metod", metod), ("Ansvarig", ansv),
                                            ("Status", status), ("Resultat", res)]):
                t.cell(i, 0).text = lab
                t.cell(i, 1).text = val
                t.cell(i, 0).paragraphs[0].runs[0].bold = True
            doc.add_paragraph("")
            exp(fil, namnd, km, es, av)
    doc.add_paragraph("Falköping den 19 januari 2026")
    doc.add_paragraph("Birgitta Hallberg\nEnhetschef överförmyndarenheten")
    for p in doc.paragraphs:
        for r in p.runs:
            r.font.size = Pt(11)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", ""))


# ---------------------------------------------------------------------------
# 9. Reject: Excel lock file left in the inbox.
# ---------------------------------------------------------------------------
def f9_lock():
    fil = "~$BUN_IKP_2025_uppfoljning_helar.xlsx"
    name = "Erik Sandberg"
    data = bytes([len(name)]) + name.encode("ascii") + b" " * (54 - len(name))
    data += bytes([len(name), 0]) + name.encode("utf-16-le") + b"\x20\x00" * (54 - len(name))
    data = data[:165].ljust(165, b"\x00")
    with open(os.path.join(OUT, fil), "wb") as fh:
        fh.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|IFO"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Arbetsmarknads- och vuxenutbildningsnämnden", "AVN|Arbetsmarknadsförvaltningen|Vuxenutbildningen"),
        ("Servicenämnden", "SEN|Serviceförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, a in reg:
            fh.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            fh.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXP:
            fh.write(";".join(row) + "\n")


def main():
    clean()
    tmpdir = tempfile.mkdtemp(prefix="r45_")
    try:
        f1_ks()
        f2_bun()
        f3_sn(tmpdir)
        f4_sbn()
        f5_kfn()
        f6_von()
        f7_export()
        f8_ofn()
        f9_lock()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_csvs()
    print(f"{len(set(f[0] for f in FILES))} files, {len(FILES)} files.csv rows, {len(EXP)} controls")


if __name__ == "__main__":
    main()
