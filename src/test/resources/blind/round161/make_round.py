#!/usr/bin/python3
"""Blind round 161 — Bergsjö kommun, helår 2025 (seed-style follow-ups).

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py   (deterministic; uses LibreOffice for .doc/.ods/.odt)
"""
import csv
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
LO_PROFILE = "file:///tmp/lo-round161"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, target_name):
    """Convert src with LibreOffice into OUT/target_name."""
    tmpd = tempfile.mkdtemp(prefix="r161conv")
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
         "--convert-to", fmt, "--outdir", tmpd, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), os.path.join(OUT, target_name))
    shutil.rmtree(tmpd)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_docx_core(doc, title):
    cp = doc.core_properties
    cp.title = title
    cp.author = "Bergsjö kommun"
    import datetime
    cp.created = datetime.datetime(2026, 1, 15, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 1, 15, 9, 0, 0)
    cp.last_modified_by = "Bergsjö kommun"
    cp.revision = 1


def fix_xlsx_props(wb):
    import datetime
    wb.properties.creator = "Bergsjö kommun"
    wb.properties.created = datetime.datetime(2026, 1, 15, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 15, 9, 0, 0)
    wb.properties.lastModifiedBy = "Bergsjö kommun"


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.8)
    s.top_margin = s.bottom_margin = Cm(1.8)


def set_cell(cell, text, bold=False, size=9):
    """Write (possibly multi-line) text into a docx cell, one paragraph per line."""
    lines = text.split("\n") if text else [""]
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen — xlsx, plan on one sheet, follow-up on another (seed 004 style)
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS uppföljning internkontrollplan 2025.xlsx"
    N = "Kommunstyrelsen"
    # id, process, risk, kontrollmoment, metod, frekvens, ansvarig, riskvärde
    plan = [
        (1, "Attest och utbetalning", "Fakturor attesteras av person utan attesträtt",
         "Attest av leverantörsfakturor sker enligt gällande attestordning",
         "Stickprov 40 fakturor", "Årligen, hösten", "Redovisningsansvarig", 9),
        (2, "Prognoser och bokslut", "Missvisande prognoser",
         "Är periodiseringar och uppbokningar utförda inför månadsbokslut april och augusti samt årsbokslut",
         "Genomgång av bokföringsordrar", "Tre gånger per år", "Controller", 8),
        (3, "Beslutsunderlag", "Beslut fattas utan känd ekonomisk konsekvens",
         "Kontrollera att beslutsunderlag med ekonomisk påverkan har passerat ekonomienheten före utskick",
         "Genomgång av kallelser till KS och KF", "Löpande", "Ekonomichef", 12),
        (4, "Intern kontroll", "Nämndernas planer saknar förankring i riskanalys",
         "Har samtliga nämnder och bolag genomfört risk- och väsentlighetsanalys inför internkontrollplan 2026",
         "Genomgång av antagna planer", "Årligen, december", "Kommunsekreterare", 8),
        (5, "Statsbidrag och ersättningar", "Kommunen går miste om intäkter",
         "Att kommunen återsöker de statsbidrag och ersättningar från Migrationsverket som vi har rätt till",
         "Avstämning mot ansökningar", "Halvår", "Ekonom", 9),
        (6, "Systemförvaltning", "Verksamhetssystem saknar ansvarig förvaltare",
         "Att systemförvaltare är utsedda för kommunens verksamhetssystem och att systemlistan är uppdaterad",
         "Inventering av systemlistan", "Årligen", "IT-chef", 12),
        (7, "Informationssäkerhet", "Bristande kunskap om informationssäkerhet",
         "Alla anställda har genomgått den obligatoriska webbutbildningen i informationssäkerhet",
         "Uttag ur lärplattformen", "Årligen", "Informationssäkerhetssamordnare", 12),
        (8, "Sjukfrånvaro och rehabilitering", "Tidiga signaler uppmärksammas inte",
         "Att rutinen för rehabilitering vid upprepad korttidsfrånvaro är känd och följs",
         "Enkät till chefer", "Årligen", "HR-chef", 9),
        (9, "Delegation", "Beslut fattas utan delegation eller anmäls inte",
         "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
         "Stickprov i diariet", "Halvår", "Kommunsekreterare", 6),
        (10, "Upphandling och inköp", "Leverantörer fakturerar andra priser än avtalat",
         "Att leverantörer håller det som avtalats (ramavtal fordonsservice)",
         "Stickprov fakturor mot prisbilaga", "Årligen", "Upphandlare", 6),
        (11, "Upphandling och inköp", "Inköp görs utanför avtal",
         "Att organisationen avropar från befintliga ramavtal vid inköp med inköpskort",
         "Genomgång av kortutdrag", "Årligen", "Upphandlare", 8),
    ]
    # id -> (avvikelse text, åtgärd, status, återredovisas)
    fu = {
        1: ("Stickprov av 40 leverantörsfakturor september–november. Tre fakturor har attesterats av "
            "vikarierande enhetschef som inte fanns i beslutad attestantförteckning.",
            "Attestantförteckningen uppdateras vid varje chefsbyte. Påminnelse i chefsforum i februari.",
            "Granskning genomförd", "Bokslut"),
        2: ("Uppbokningar har skett för samtliga angivna stängningar och inga avvikelser har identifierats. "
            "Skillnaden mellan utfall och prognos i augusti förklaras av att budgeten inte periodiserats.",
            "Periodisera budget motsvarande förväntat utfall.",
            "Granskning genomförd", "Bokslut"),
        3: ("Två ärenden till kommunstyrelsen i oktober saknade ekonomisk konsekvensbeskrivning:\n"
            "Förvärv av fastigheten Bergsjö 4:12, KS 2025/0311\n"
            "Utökad ram räddningstjänstförbundet, KS 2025/0298",
            "Controllers bevakar kallelselistan och deltar på beredningsmöten.",
            "Granskning genomförd", "Bokslut"),
        4: ("Miljö- och byggnadsnämnden har inte genomfört någon ny analys utan antagit 2025 års plan "
            "oförändrad för 2026.\n\nÖvriga nämnder och bolag har genomfört risk- och väsentlighetsanalys.",
            "Förtydligande i kommunledningsgruppen inför kommande plan.",
            "Granskning genomförd", "Bokslut"),
        5: ("Ingen identifierad avvikelse men här finns en risk för framtida avvikelser. Idag utförs alla "
            "återsökningar av ekonomienheten som är beroende av information från berörda enheter, "
            "vilket innebär att informationen går i flera led.",
            "Enheterna gör ansökningar för egen verksamhet, ekonomienheten stöttar.",
            "Granskning genomförd", "Bokslut"),
        6: ("Inventeringen av kommunens 143 system är genomförd till ca 60 % och beräknas vara klar "
            "under våren 2026. Brister är konstaterade i ett flertal system där förvaltare saknas.",
            "Fortsatta informationsmöten med verksamheterna under 2026.",
            "Pågår", "Delår 2026"),
        7: ("Eftersom tjänsten som informationssäkerhetssamordnare varit vakant sedan maj har "
            "granskningen inte genomförts.",
            "Arbetet är inte påbörjat, läggs in i plan 2026.",
            "Granskning ej genomförd", "Bokslut"),
        8: ("Enkät med fem frågor till 18 slumpvis utvalda chefer, 11 svarade. Flera chefer känner inte "
            "till rutinen och rehabsamtal har inte genomförts i tid.",
            "HR genomför utbildning för chefer under våren 2026.",
            "Granskning genomförd", "Bokslut"),
        10: ("Ramavtal fordonsservice 2023. Stickprov 15 fakturor mot avtalade priser. Inga avvikelser noterade.",
             "", "", ""),
        11: ("Genomgång av inköpskortstransaktioner för kvartal 4 är påbörjad, resultatet redovisas i februari 2026.",
             "", "", ""),
    }
    expected = {
        1: ("GENOMFORD", "ja"), 2: ("GENOMFORD", "nej"), 3: ("GENOMFORD", "ja"),
        4: ("GENOMFORD", "ja"), 5: ("GENOMFORD", "nej"), 6: ("DELVIS", "ja"),
        7: ("EJ_GENOMFORD", ""), 8: ("GENOMFORD", "ja"), 9: ("SAKNAS", ""),
        10: ("GENOMFORD", "nej"), 11: ("DELVIS", ""),
    }

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontrollplan 2025"
    ws["A1"] = "Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Kommunstyrelsen – antagen 2024-12-03 § 212"
    hdr = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Riskvärde"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BOX
    for i, row in enumerate(plan):
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=5 + i, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
    for col, w in zip("ABCDEFGH", [5, 22, 30, 45, 26, 16, 22, 10]):
        ws.column_dimensions[col].width = w
    r = 5 + len(plan) + 1
    ws.cell(row=r, column=1, value="Riskvärde = sannolikhet (1–4) × konsekvens (1–4). Riskvärde 8 eller högre granskas.")

    ws2 = wb.create_sheet("Uppföljning helår")
    ws2["A1"] = "Uppföljning internkontrollplan 2025"
    ws2["A1"].font = Font(bold=True, size=14)
    ws2["A3"] = "Nämnd/enhet:"
    ws2["B3"] = "Kommunledningsförvaltningen"
    ws2["A4"] = "År:"
    ws2["B4"] = 2025
    ws2["B4"].alignment = Alignment(horizontal="left")
    ws2["A5"] = "Period:"
    ws2["B5"] = "Helår"
    for a in ("A3", "A4", "A5"):
        ws2[a].font = Font(bold=True)
    hdr2 = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder",
            "Status", "Åter-\nredovisas"]
    for c, h in enumerate(hdr2, 1):
        cell = ws2.cell(row=7, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BOX
        cell.alignment = WRAP
    r = 8
    for row in plan:
        pid = row[0]
        if pid not in fu:
            continue  # ID 9 is not followed up at all
        avv, atg, st, ater = fu[pid]
        vals = [pid, row[1], row[3], avv, atg, st, ater]
        for c, v in enumerate(vals, 1):
            cell = ws2.cell(row=r, column=c, value=v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
        r += 1
    r += 1
    ws2.cell(row=r, column=1, value="Sammanställt av ekonomienheten 2026-01-22. Rapporteras till kommunstyrelsen 2026-02-10.")
    for col, w in zip("ABCDEFG", [5, 22, 40, 55, 40, 16, 12]):
        ws2.column_dimensions[col].width = w
    wb.active = 1
    fix_xlsx_props(wb)
    wb.save(os.path.join(OUT, fil))

    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    for row in plan:
        st, av = expected[row[0]]
        exp(fil, N, row[3], st, av)


# ---------------------------------------------------------------------------
# 2. Socialnämnden — docx tjänsteskrivelse with "Följer plan" table (seed 001 style)
# ---------------------------------------------------------------------------
def build_sn():
    fil = "SN tjänsteskrivelse helårsuppföljning intern kontroll 2025.docx"
    N = "Socialnämnden"
    # process groups: (process, [(risk, riskvärde, kontrollmoment, följer plan, kommentar, status, avv)])
    groups = [
        ("Hantera person-\nuppgifter enligt\nGDPR och OSL", [
            ("Risk att sekretessbelagda handlingar skickas till fel mottagare", "8",
             "Genomgång av rutin för utskick av handlingar på APT i samtliga arbetsgrupper inom myndighetsutövningen",
             "Ja", "Rutinen har gåtts igenom på APT i alla arbetsgrupper under våren och igen i oktober 2025.",
             "GENOMFORD", "nej"),
            ("Risk för felaktig hantering av uppgifter för personer med skyddad identitet", "8",
             "Kontroll av att åtkomsten i verksamhetssystemet för personer med skyddade personuppgifter är begränsad enligt rutin",
             "Ja", "Loggkontroll genomförd i november för samtliga 14 personer med skyddad identitet. I ett fall "
                   "hade åtkomsten inte begränsats efter inflyttning till kommunen. Åtgärdat omgående.",
             "GENOMFORD", "ja"),
        ]),
        ("Ekonomiskt bistånd", [
            ("Risk för felaktiga utbetalningar av ekonomiskt bistånd", "12",
             "Stickprovskontroll av 25 utbetalningar per halvår avseende beräkning och underlag",
             "Ja", "Första halvåret 25 ärenden och andra halvåret 25 ärenden. Fyra felaktiga normberäkningar "
                   "(sambo/var för sig) har upptäckts, samtliga korrigerade och återkopplade till handläggare.",
             "GENOMFORD", "ja"),
            ("Nämnden går miste om intäkter", "9",
             "Kontroll av att egenavgifter vid placering debiteras enligt beslutad taxa",
             "Nej", "Kontrollen har inte genomförts. Fakturering enligt ny rutin kom igång först i december "
                    "och kontrollen flyttas till internkontrollplan 2026.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Kvalitetssäkra\nuppdragstagare\n(familjehem,\nkontaktpersoner)", [
            ("Risk för låg kvalitet hos uppdragstagare, vilket medför att barn eller vuxna far illa", "12",
             "Kontroll av att utredning och registerutdrag finns för samtliga nya uppdragstagare",
             "Delvis", "Genomgång gjord av uppdragstagare rekryterade januari–juni (19 st), inga brister noterade. "
                       "Andra halvåret återstår och granskas i februari 2026.",
             "DELVIS", "nej"),
        ]),
        ("Hantera klagomål\noch synpunkter", [
            ("Risk att klagomål inte tas tillvara och att återkoppling uteblir", "9",
             "Granskning av att inkomna synpunkter registreras och besvaras inom 14 dagar",
             "Ja", "Granskning enligt internkontrollplanen har genomförts. Resultatet redovisas separat i "
                   "rapporten Granskning av synpunkter och klagomål 2025, se bilaga 2.",
             "GENOMFORD", ""),
        ]),
        ("Återsökning\nMigrationsverket", [
            ("Risk att nämnden går miste om statliga ersättningar", "9",
             "Avstämning av återsökta ersättningar mot placerade ensamkommande per kvartal",
             "Ja", "Avstämning har gjorts för kvartal 1–3 utan anmärkning. Kvartal 4 stäms av i samband med "
                   "bokslutet i februari 2026.",
             "DELVIS", "nej"),
        ]),
        ("Hot och våld", [
            ("Risk att medarbetare utsätts för hot och våld vid hembesök och i receptionen", "8",
             "Kontroll av att handlingsplanen vid hot och våld är uppdaterad och känd i alla arbetsgrupper",
             "", "Handlingsplanen uppdaterades i mars och har gåtts igenom i samtliga arbetsgrupper.",
             "GENOMFORD", "nej"),
        ]),
    ]

    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    hdr = doc.sections[0].header
    hp = hdr.paragraphs[0]
    hp.text = "BERGSJÖ KOMMUN\tTJÄNSTESKRIVELSE\t"
    hp2 = hdr.add_paragraph("Socialförvaltningen\tDatum 2026-01-14\tDnr SN 2025/0187")
    p = doc.add_paragraph("Till Socialnämnden")
    p = doc.add_paragraph()
    r = p.add_run("Helårsuppföljning av internkontrollplan 2025")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Socialnämnden godkänner helårsuppföljningen av internkontrollplanen 2025 och "
                      "överlämnar den till kommunstyrelsen.")
    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph("Nämnden har för 2025 antagit en internkontrollplan med åtta kontrollmoment fördelade på sex "
                      "processer. Sex kontrollmoment bedöms följa beslutad plan, ett följer planen delvis och ett "
                      "har inte genomförts. Vid tre kontroller har brister upptäckts som har åtgärdats.")
    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph("Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att den interna kontrollen är "
                      "tillräcklig och att verksamheten bedrivs på ett i övrigt tillfredsställande sätt. "
                      "Kommunfullmäktiges reglemente för intern kontroll anger att nämnden årligen ska anta en "
                      "internkontrollplan och följa upp den vid delår och helår.")
    doc.add_paragraph("Vid framtagandet av planen genomfördes en riskanalys där 22 risker inventerades och "
                      "bedömdes. Risker med riskvärde 8 eller högre har lagts in i planen. Risker med lägre "
                      "riskvärde omhändertas inom verksamhetens ordinarie förbättringsarbete.")
    doc.add_heading("Uppföljning helår 2025", level=2)
    doc.add_paragraph("I tabellen nedan redovisas om kontrollen genomförts enligt plan samt en kommentar om "
                      "resultat och eventuella åtgärder.")

    cols = ["Ansvarsområde/\nprocess", "Risk i verksamheten", "Risk-\nvärde", "Kontrollmoment enligt plan",
            "Följer\nplan:", "Kommentar:"]
    nrows = 1 + sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=nrows, cols=len(cols))
    t.style = "Table Grid"
    widths = [Cm(3.6), Cm(5.0), Cm(1.4), Cm(6.0), Cm(1.6), Cm(8.4)]
    for i, h in enumerate(cols):
        set_cell(t.cell(0, i), h, bold=True)
    ri = 1
    for proc, rows in groups:
        start = ri
        for (risk, rv, km, fp, kom, s, a) in rows:
            set_cell(t.cell(ri, 1), risk)
            set_cell(t.cell(ri, 2), rv)
            set_cell(t.cell(ri, 3), km)
            set_cell(t.cell(ri, 4), fp)
            set_cell(t.cell(ri, 5), kom)
            exp(fil, N, km, s, a)
            ri += 1
        if ri - 1 > start:
            m = t.cell(start, 0).merge(t.cell(ri - 1, 0))
            set_cell(m, proc)
        else:
            set_cell(t.cell(start, 0), proc)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    doc.add_paragraph()
    doc.add_heading("Beslutsunderlag", level=2)
    doc.add_paragraph("Tjänsteskrivelse 2026-01-14\nBilaga 1 Internkontrollplan 2025\n"
                      "Bilaga 2 Granskning av synpunkter och klagomål 2025")
    doc.add_paragraph()
    doc.add_paragraph("Anna Lindqvist\nSocialchef")
    doc.add_paragraph("Jonas Berg\nKvalitetsutvecklare")
    fix_docx_core(doc, "Helårsuppföljning internkontrollplan 2025")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Vård- och omsorgsnämnden — .doc, Kontrollpunkt/Metod/Resultat with a) b) (seed 000 style)
# ---------------------------------------------------------------------------
def build_von(tmpdir):
    fil = "VON Uppföljning plan för intern kontroll 2025.doc"
    N = "Vård- och omsorgsnämnden"
    points = [
        ("1. Läkemedels-\nhantering", [
            ("a) Egenkontroll av signeringslistor för läkemedel på samtliga särskilda boenden en gång per kvartal",
             "1 a) Resultat\nDelår: Genomförd kvartal 1 och 2 på alla fem boenden.\n"
             "Helår: Genomförd samtliga kvartal. Saknade signeringar har konstaterats på Solbacken och "
             "Lärkan, åtgärdsplan upprättad tillsammans med MAS.",
             "GENOMFORD", "ja"),
            ("b) Kontroll av att delegeringar för läkemedelsöverlämning är aktuella och förnyade inom ett år",
             "1 b) Resultat\nHelår: Särskilt boende klart, hemtjänsten ej klart.",
             "DELVIS", ""),
        ]),
        ("2. Hot och våld", [
            ("a) Uppdatera handlingsplan mot hot och våld i samråd med säkerhetssamordnaren",
             "2 a) Resultat\nDelår: Handlingsplanen är uppdaterad och fastställd av förvaltningsledningen i maj.",
             "GENOMFORD", "nej"),
            ("b) Rapportera situationer där hot eller våld förekommit, vilka åtgärder som vidtogs omedelbart "
             "samt vilka åtgärder som vidtogs för att förebygga att situationen uppstår igen.",
             "2 b) Resultat\nDelår: Inga rapporter om hot och våld har inkommit.\n"
             "Helår: Tre händelser rapporterade i hemtjänsten under hösten, varav en polisanmäld. "
             "Handlingsplanen följdes och visade sig vara tillräcklig.",
             "GENOMFORD", "nej"),
        ]),
        ("3. Felaktiga\nutbetalningar", [
            ("Beloppskontroll av utbetalningar till uppdragstagare och kontroll av attest. Rapportera om "
             "felaktiga utbetalningar upptäckts och vilka åtgärder som vidtogs.",
             "3) Resultat\nHelår: Beloppskontroll och attest görs löpande. Inga felaktiga utbetalningar har upptäckts.",
             "GENOMFORD", "nej"),
        ]),
        ("4. Otillbörlig\nåtkomst till\npersonuppgifter", [
            ("a) Upprätta rutin för beställning och borttag av behörigheter i verksamhetssystemet",
             "4 a) Resultat\nDelår: Rutin för beställning och borttag har upprättats och publicerats på intranätet.",
             "GENOMFORD", "nej"),
            ("b) Kontroll av loggar i verksamhetssystemet för tio slumpvis utvalda brukare per halvår",
             "4 b) Resultat\nHelår: Ingen strukturerad loggkontroll har gjorts under året utan fokus har varit "
             "att arbeta fram den nya rutinen. Endast på förekommen anledning har loggar kontrollerats.",
             "EJ_GENOMFORD", ""),
        ]),
        ("5. Kompetens-\nförsörjning", [
            ("a) Redovisa antal vakanser som inte kunnat tillsättas med utbildad personal och vad det "
             "inneburit för verksamheten",
             "5 a) Resultat\nHelår: Se bilaga 4, personalredovisning 2025.",
             "OKLAR", ""),
            ("b) Kontroll av att introduktionsprogrammet genomförts för samtliga nyanställda undersköterskor",
             "5 b) Resultat\nDelår:\nHelår:",
             "SAKNAS", ""),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Vård- och omsorgsförvaltningen\t\t2026-01-19"
    sec.footer.paragraphs[0].text = "Bergsjö kommun"
    p = doc.add_paragraph()
    r = p.add_run("Uppföljning av plan för intern kontroll 2025")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Helårsuppföljning. Resultat redovisas per kontrollpunkt och metod. Resultat som "
                      "rapporterades vid delårsuppföljningen ligger kvar.")
    nrows = 1 + sum(len(p_[1]) for p_ in points)
    t = doc.add_table(rows=nrows, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollpunkt", "Metod", "Resultat"]):
        set_cell(t.cell(0, i), h, bold=True)
    ri = 1
    for kp, subs in points:
        start = ri
        for metod, res, s, a in subs:
            set_cell(t.cell(ri, 1), metod)
            set_cell(t.cell(ri, 2), res)
            exp(fil, N, metod, s, a)
            ri += 1
        if ri - 1 > start:
            m = t.cell(start, 0).merge(t.cell(ri - 1, 0))
            set_cell(m, kp)
        else:
            set_cell(t.cell(start, 0), kp)
    for row in t.rows:
        for i, w in enumerate([Cm(3.2), Cm(6.4), Cm(7.4)]):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Maria Holm, förvaltningschef")
    fix_docx_core(doc, "Uppföljning av plan för intern kontroll 2025")
    src = os.path.join(tmpdir, "VON Uppföljning plan för intern kontroll 2025.docx")
    doc.save(src)
    soffice_convert(src, "doc:MS Word 97", fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Barn- och utbildningsnämnden — .ods, status as colour fill (seed 002 style)
# ---------------------------------------------------------------------------
def build_bun(tmpdir):
    fil = "BUN internkontroll helår 2025.ods"
    N = "Barn- och utbildningsnämnden"
    GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"
    # (process, risk, kontrollmoment, resultat, förbättringsåtgärd, start, slut, fill, status, avv)
    rows = [
        ("Ekonomi och\navgifter", "Felaktig debitering av förskoleavgifter",
         "Stickprovskontroll av 30 placeringar mot inkomstuppgift och debiterad avgift",
         "Stickprov genomfört i oktober. 2 av 30 placeringar hade inaktuell inkomstuppgift; avgiften har "
         "korrigerats retroaktivt.",
         "Årlig inkomstkontroll mot Skatteverket införs 2026.", "2025-09-01", "2025-12-31", GREEN,
         "GENOMFORD", "ja"),
        (None, "Inköp görs utanför avtal",
         "Kontroll av att inköp av läromedel görs från avtalade leverantörer",
         "Genomgång av leverantörsreskontran för läromedel. Inköp utanför avtal har skett på tre skolor, "
         "sammanlagt ca 84 tkr.",
         "Information till rektorer, inköpsstöd från upphandlingsenheten.", "2025-03-01", "2025-11-30", GREEN,
         "GENOMFORD", "ja"),
        (None, "Beslut fattas utan delegation",
         "Kontroll av att delegationsbeslut anmäls till nämnden",
         "", "", "2025-01-01", "2025-12-31", GREEN,
         "GENOMFORD", ""),
        ("Skolplikt och\nnärvaro", "Elever med hög frånvaro uppmärksammas inte",
         "Kontroll av att frånvaro över 15 % anmäls till rektor och utreds enligt rutin",
         "Kontroll gjord på fyra av sju grundskolor. På de granskade skolorna följs rutinen. Övriga skolor "
         "kontrolleras under vårterminen 2026.",
         "Fortsatta kontroller", "2025-08-15", "2026-06-15", YELLOW,
         "DELVIS", "nej"),
        (None, "Anmälningar om kränkande behandling handläggs inte skyndsamt",
         "Kontroll av att anmälan till huvudman sker inom fem arbetsdagar",
         "Uppföljning av samtliga 212 anmälningar under året. 31 anmälningar inkom till huvudmannen senare "
         "än fem arbetsdagar efter händelsen.",
         "Rutinen förtydligas och tas upp i rektorsgruppen.", "2025-01-01", "2025-12-31", GREEN,
         "GENOMFORD", "ja"),
        ("Säkerhetsarbete", "Delar av det systematiska brandskyddsarbetet genomförs ofullständigt",
         "Kontroll av att brandskyddsronder genomförs och dokumenteras på samtliga förskolor och skolor",
         "Förvaltningen valde att skjuta på kontrollen för att anpassa rutinerna till kommunens nya "
         "riktlinjer för brandskydd som beslutas under 2026.",
         "Under 2026 anpassas förvaltningens arbete till de nya riktlinjerna.", "2025-01-01", "2025-12-31", RED,
         "EJ_GENOMFORD", ""),
        ("Personal", "Obehöriga lärare anställs",
         "Kontroll av legitimation för nyanställda lärare",
         "Utgår enligt beslut i BUN 2025-04-22 § 41, kontrollen ingår i HR:s ordinarie anställningsrutin.",
         "", "", "", GREY,
         "UTGAR", ""),
        ("Informations-\nsäkerhet", "Elevuppgifter hanteras i appar som inte är godkända",
         "Kontroll av att endast godkända digitala läromedel och appar används i undervisningen",
         "Inventering av appar har påbörjats på högstadieskolorna.",
         "", "2025-10-01", "2026-03-31", None,
         "DELVIS", ""),
        ("Skolskjuts", "Skolskjuts beviljas felaktigt",
         "Stickprov av 20 skolskjutsbeslut mot gällande riktlinjer",
         "Stickprovet genomfört i september. Inga avvikelser.",
         "", "2025-08-01", "2025-10-31", GREEN,
         "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Uppföljning av internkontrollplanen 2025 – helår"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Status anges med färg i kolumn H:"
    legend = [("Genomförd", GREEN), ("Delvis genomförd", YELLOW), ("Ej genomförd", RED), ("Utgår", GREY)]
    for i, (txt, col) in enumerate(legend):
        ws.cell(row=4, column=2 + 2 * i).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=4, column=3 + 2 * i, value=txt)
    hdr = ["Väsentliga processer", "Risk", "Kontrollmoment", "Resultat", "Förbättringsåtgärder",
           "Startdatum", "Slutdatum", "Status"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BOX
        cell.alignment = WRAP
    r0 = 7
    proc_start = None
    for i, row in enumerate(rows):
        r = r0 + i
        proc, risk, km, res, atg, sd, ed, fill, s, a = row
        if proc is not None:
            if proc_start is not None and r - 1 > proc_start:
                ws.merge_cells(start_row=proc_start, start_column=1, end_row=r - 1, end_column=1)
            proc_start = r
            ws.cell(row=r, column=1, value=proc)
        vals = [risk, km, res or None, atg or None, sd or None, ed or None]
        for c, v in enumerate(vals, 2):
            ws.cell(row=r, column=c, value=v)
        if fill:
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=fill)
        for c in range(1, 9):
            ws.cell(row=r, column=c).alignment = WRAP
            ws.cell(row=r, column=c).border = BOX
        exp(fil, N, km, s, a)
    last = r0 + len(rows) - 1
    if proc_start is not None and last > proc_start:
        ws.merge_cells(start_row=proc_start, start_column=1, end_row=last, end_column=1)
    ws.cell(row=last + 2, column=1, value="Ansvarig: Per Sundin, förvaltningschef. Redovisas för BUN 2026-02-17.")
    for col, w in zip("ABCDEFGH", [18, 28, 40, 50, 32, 12, 12, 9]):
        ws.column_dimensions[col].width = w
    fix_xlsx_props(wb)
    src = os.path.join(tmpdir, "BUN internkontroll helår 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Stratsys export — CSV, two nämnder, one row per period
# ---------------------------------------------------------------------------
def build_stratsys():
    fil = "Stratsys_export_internkontroll_2025-12-31.csv"
    SBN, KFN = "Samhällsbyggnadsnämnden", "Kultur- och fritidsnämnden"
    T1, T2, HA = "Tertial 1 2025", "Tertial 2 2025", "Helår 2025"
    # (enhet, process, kontrollmoment, metod, ansvarig, [(period, status, kommentar, avvikelse)], exp_status, exp_avv)
    ctrls = [
        ("Samhällsbyggnadsförvaltningen", "Taxor och avgifter",
         "Kontroll av att VA-taxa debiteras enligt beslutad taxa vid nyanslutning",
         "Stickprov", "VA-chef",
         [(T1, "Pågående", "Urval gjort.", ""), (T2, "Pågående", "", ""),
          (HA, "Genomförd", "12 nyanslutningar kontrollerade, samtliga korrekt debiterade.", "Nej")],
         "GENOMFORD", "nej", SBN),
        ("Samhällsbyggnadsförvaltningen", "Upphandling",
         "Uppföljning av att entreprenörer har F-skatt och inte har skulder hos Skatteverket",
         "Kontroll i Creditsafe", "Upphandlare",
         [(T1, "Genomförd", "Inga avvikelser.", "Nej"), (T2, "Genomförd", "Inga avvikelser.", "Nej"),
          (HA, "Genomförd", "En underentreprenör saknade F-skatt. Avtalet med underentreprenören har hävts.", "Ja")],
         "GENOMFORD", "ja", SBN),
        ("Samhällsbyggnadsförvaltningen", "Drift gata/park",
         "Kontroll av att felanmälningar gällande gatubelysning åtgärdas inom avtalad tid",
         "Uttag ur felanmälningssystemet", "Gatuchef",
         [(T1, "Ej påbörjad", "", ""), (T2, "Pågående", "Kontroll av augusti genomförd, 4 av 37 ärenden åtgärdade för sent.", "Ja"),
          (HA, "", "", "")],
         "DELVIS", "ja", SBN),
        ("Samhällsbyggnadsförvaltningen", "Myndighetsutövning",
         "Kontroll av att bostadsanpassningsbidrag beslutas inom fastställd handläggningstid",
         "Uttag ur ärendesystemet", "Enhetschef bostadsanpassning",
         [(HA, "Ej påbörjad", "Ej genomförd på grund av vakant handläggartjänst under hösten.", "")],
         "EJ_GENOMFORD", "", SBN),
        ("Samhällsbyggnadsförvaltningen", "Fordon",
         "Kontroll av leasingavtal för fordon mot fordonsregistret",
         "Avstämning", "Fordonssamordnare",
         [(T1, "Utgår", "Utgår, ersätts av kontroll i kommunstyrelsens plan.", "")],
         "UTGAR", "", SBN),
        ("Samhällsbyggnadsförvaltningen", "Arbetsmiljö",
         "Kontroll av att skyddsronder genomförs på samtliga driftenheter",
         "Genomgång av protokoll", "Förvaltningschef",
         [(T2, "Pågående", "", ""),
          (HA, "Genomförd", "Skyddsronder genomförda enligt plan. Brister i förrådet i Hamre (förvaring av "
                            "kemikalier) har åtgärdats.", "")],
         "GENOMFORD", "ja", SBN),
        ("Kultur- och fritidsförvaltningen", "Föreningsbidrag",
         "Kontroll av att föreningsbidrag betalas ut enligt beslutade bidragsnormer",
         "Stickprov 10 föreningar", "Föreningskonsulent",
         [(T2, "Genomförd", "Vårens bidrag kontrollerade.", "Nej"),
          (HA, "Genomförd", "Stickprov 10 föreningar. Inga avvikelser.", "Nej")],
         "GENOMFORD", "nej", KFN),
        ("Kultur- och fritidsförvaltningen", "Kontanthantering",
         "Kontroll av kassahantering och dagskassor i Bergsjöbadet",
         "Oanmäld kassakontroll", "Enhetschef bad",
         [(T1, "Genomförd", "Ingen differens.", "Nej"), (T2, "Genomförd", "Ingen differens.", "Nej"),
          (HA, "Pågående", "Oanmäld kassakontroll i december visade en differens på 1 250 kr. Utredning pågår.", "Ja")],
         "DELVIS", "ja", KFN),
        ("Kultur- och fritidsförvaltningen", "Inventarier",
         "Kontroll av att utlånad teknisk utrustning återlämnas och finns i inventarieförteckningen",
         "Inventering", "Teknisk samordnare",
         [(HA, "Ej påbörjad", "Skjuts till 2026.", "")],
         "EJ_GENOMFORD", "", KFN),
        ("Kultur- och fritidsförvaltningen", "Lokaler",
         "Kontroll av att hyresavtal för föreningslokaler är aktuella",
         "Genomgång av avtalsregistret", "Administrativ chef",
         [(T2, "", "", ""),
          (HA, "", "Kontrollen har flyttats till 2026 enligt beslut i KFN 2025-09-17 § 58.", "")],
         "EJ_GENOMFORD", "", KFN),
        ("Kultur- och fritidsförvaltningen", "Bidrag",
         "Uppföljning av att mottagare av projektbidrag redovisar hur bidraget använts",
         "Genomgång av redovisningar", "Kulturstrateg",
         [(HA, "", "", "")],
         "SAKNAS", "", KFN),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("Export från Stratsys 2026-01-08 09:14;Rapport: Internkontroll – uppföljning;;;;;;;;;\r\n")
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Nämnd", "Förvaltning", "Plan", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
                    "Period", "Status", "Kommentar", "Avvikelse (Ja/Nej)"])
        for enh, proc, km, metod, ansv, periods, s, a, namnd in ctrls:
            for per, st, kom, av in periods:
                w.writerow([namnd, enh, "Internkontrollplan 2025", proc, km, metod, ansv, per, st, kom, av])
            exp(fil, namnd, km, s, a)
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Miljö- och byggnadsnämnden — xlsx with tick columns, nämnd only in print header
# ---------------------------------------------------------------------------
def build_mbn():
    fil = "IK-uppföljning 2025 slutlig.xlsx"
    N = "Miljö- och byggnadsnämnden"
    # groups: heading, rows (nr, km, ansvarig, frekvens, marks(G,D,E), kommentar, avv_col, exp_status, exp_avv)
    groups = [
        ("Miljötillsyn", [
            ("1", "Kontroll av att tillsynsplanen för 2025 följs avseende livsmedelskontroller",
             "Miljöchef", "Tertial", ("", "x", ""),
             "168 av 210 planerade kontroller genomförda (80 %). Bemanningsbrist under hösten.", "Ja",
             "DELVIS", "ja"),
            ("2", "Kontroll av att avgifter för tillsyn debiteras enligt taxa",
             "Administratör", "Helår", ("x", "", ""),
             "Stickprov 20 ärenden, en felaktig timdebitering har rättats.", "Ja", "GENOMFORD", "ja"),
            ("3", "Kontroll av att klagomålsärenden diarieförs inom tre dagar",
             "Registrator", "Halvår", ("x", "", ""), "Inga avvikelser.", "Nej", "GENOMFORD", "nej"),
        ]),
        ("Bygglov", [
            ("4", "Kontroll av att bygglov beslutas inom lagstadgad handläggningstid (10 veckor)",
             "Bygglovschef", "Tertial", ("x", "", ""),
             "3 av 142 ärenden överskred tiden, avgiften reducerades enligt PBL 12 kap. 8 a §.", "Ja",
             "GENOMFORD", "ja"),
            ("5", "Kontroll av att delegationsbeslut anmäls till nämnden",
             "Nämndsekreterare", "Halvår", ("x", "", "x"), "", "", "OKLAR", ""),
            ("6", "Kontroll av att startbesked inte ges innan kontrollplan är fastställd",
             "Bygglovschef", "Helår", ("", "", "x"), "Har prioriterats bort under året.", "",
             "EJ_GENOMFORD", ""),
        ]),
        ("Ekonomi", [
            ("7", "Attest av leverantörsfakturor enligt attestordningen",
             "Förvaltningsekonom", "Helår", ("x", "", ""), "Stickprov 25 fakturor, inga avvikelser.", "Nej",
             "GENOMFORD", "nej"),
            ("8", "Kontroll av representation och förtroendekänsliga poster",
             "Förvaltningsekonom", "Helår", ("", "", ""),
             "Utgår – kontrollen görs centralt av kommunledningsförvaltningen från 2025.", "",
             "UTGAR", ""),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Helår"
    ws.oddHeader.center.text = "Miljö- och byggnadsnämnden"
    ws.oddHeader.right.text = "Bergsjö kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws["A1"] = "Uppföljning intern kontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapporteringsperiod: Helår 2025 (jan–dec)"
    ws["A3"] = "Markera med x i den kolumn som gäller."
    ws["A3"].font = Font(italic=True)
    hdr = ["Nr", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Genomförd", "Delvis genomförd",
           "Ej genomförd", "Kommentar/resultat", "Avvikelse konstaterad (Ja/Nej)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BOX
        cell.alignment = WRAP
    r = 6
    for head, rows in groups:
        ws.cell(row=r, column=1, value=head).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for nr, km, ansv, frek, marks, kom, avc, s, a in rows:
            vals = [int(nr), km, ansv, frek, marks[0], marks[1], marks[2], kom, avc]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.border = BOX
                cell.alignment = WRAP if c not in (5, 6, 7) else Alignment(horizontal="center", vertical="top")
            exp(fil, N, km, s, a)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Godkänd av förvaltningschef Lars Ek 2026-01-20")
    for col, w in zip("ABCDEFGHI", [5, 48, 18, 10, 11, 11, 11, 50, 14]):
        ws.column_dimensions[col].width = w
    fix_xlsx_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Bergsjö Energi AB — .odt, text only (one heading per control)
# ---------------------------------------------------------------------------
def build_beab(tmpdir):
    fil = "Bergsjö Energi AB - rapport intern kontroll 2025.odt"
    N = "Bergsjö Energi AB"
    ctrls = [
        ("Kontroll av att mätarbyten registreras korrekt i kundsystemet",
         "Kontrollen har genomförts i november genom stickprov av 50 mätarbyten under året. Samtliga var "
         "korrekt registrerade med rätt mätarställning och datum.", "GENOMFORD", "nej"),
        ("Avstämning av nätintäkter mot beslutad intäktsram",
         "Avstämning har gjorts i samband med bokslutet. Intäkterna ligger inom ramen och inga avvikelser "
         "har noterats.", "GENOMFORD", "nej"),
        ("Kontroll av behörigheter i driftövervakningssystemet",
         "Genomgången visade att fyra konton som tillhörde tidigare anställda fortfarande var aktiva. "
         "Kontona har stängts och rutinen för avslut av anställning har skärpts så att IT meddelas samma dag. "
         "Kontrollen är därmed genomförd med anmärkning.", "GENOMFORD", "ja"),
        ("Uppföljning av att leverantörer följer ingångna säkerhetsskyddsavtal",
         "Arbetet har påbörjats men har inte slutförts under året. Fyra av sex leverantörer har följts upp "
         "utan att brister noterats. Två leverantörer återstår och följs upp under första kvartalet 2026.",
         "DELVIS", "nej"),
        ("Kontroll av att direktupphandlingar dokumenteras enligt upphandlingspolicyn",
         "Kontrollen har inte genomförts under 2025 och förs över till 2026 års plan.", "EJ_GENOMFORD", ""),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    doc.sections[0].header.paragraphs[0].text = "Bergsjö Energi AB\t\tStyrelsemöte 2026-02-11, ärende 7"
    doc.add_heading("Rapport avseende intern kontroll 2025", level=1)
    doc.add_paragraph("Styrelsen fastställde i december 2024 bolagets plan för intern kontroll 2025 med fem "
                      "kontrollmoment. Nedan redovisas resultatet av respektive kontroll för helåret. Uppföljningen "
                      "har sammanställts av ekonomichefen och redovisas även till kommunstyrelsen i Bergsjö kommun "
                      "enligt ägardirektivet.")
    for km, txt, s, a in ctrls:
        doc.add_heading(km, level=2)
        doc.add_paragraph(txt)
        exp(fil, N, km, s, a)
    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph("Verkställande direktören bedömer att den interna kontrollen i bolaget i huvudsak är "
                      "tillräcklig. Kontroller som inte slutförts under 2025 följs upp i 2026 års plan.")
    doc.add_paragraph("Bergsjö 2026-01-28")
    doc.add_paragraph("Karin Westman\nVerkställande direktör")
    fix_docx_core(doc, "Rapport intern kontroll 2025")
    src = os.path.join(tmpdir, "Bergsjö Energi AB - rapport intern kontroll 2025.docx")
    doc.save(src)
    soffice_convert(src, "odt", fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. REJECT — Överförmyndarnämnden covering tjänsteskrivelse, no follow-up table
# ---------------------------------------------------------------------------
def build_ofn_reject():
    fil = "ÖFN tjänsteskrivelse uppföljning intern kontroll 2025.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.sections[0].header.paragraphs[0].text = "BERGSJÖ KOMMUN\tTJÄNSTESKRIVELSE\tDnr ÖFN 2025/0042"
    doc.add_paragraph("Överförmyndarenheten\nDatum 2026-01-12")
    doc.add_paragraph("Till Överförmyndarnämnden")
    p = doc.add_paragraph()
    r = p.add_run("Uppföljning av intern kontroll 2025")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("1. Överförmyndarnämnden godkänner uppföljningen av internkontrollplanen 2025.\n"
                      "2. Uppföljningen överlämnas till kommunstyrelsen.")
    doc.add_heading("Ärendet", level=2)
    doc.add_paragraph("Nämnden antog i december 2024 en internkontrollplan för 2025 med sex kontrollmoment. "
                      "Överförmyndarenheten har följt upp samtliga kontrollmoment. Av uppföljningen framgår att "
                      "fem kontrollmoment har genomförts utan anmärkning och att ett kontrollmoment har "
                      "genomförts delvis. Resultatet av varje kontrollmoment redovisas i bilaga 1, "
                      "Uppföljning internkontrollplan 2025.")
    doc.add_paragraph("Enheten föreslår att kontrollen av årsräkningar som granskats av extern "
                      "granskare förs över till planen för 2026.")
    doc.add_heading("Ekonomiska konsekvenser", level=2)
    doc.add_paragraph("Ärendet har inga ekonomiska konsekvenser.")
    doc.add_heading("Beslutsunderlag", level=2)
    doc.add_paragraph("Tjänsteskrivelse 2026-01-12\nBilaga 1 Uppföljning internkontrollplan 2025")
    doc.add_paragraph()
    doc.add_paragraph("Eva Nordin\nEnhetschef överförmyndarenheten")
    fix_docx_core(doc, "Uppföljning av intern kontroll 2025")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Bergsjö Energi AB", "Bergsjö Energi|BEAB"),
        ("Räddningstjänstförbundet Norra Hälsingland", "RTNH|Räddningstjänsten"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    # remove earlier output (everything except this script and README.md)
    for f in os.listdir(HERE):
        if f not in ("make_round.py", "README.md") and os.path.isfile(os.path.join(HERE, f)):
            os.remove(os.path.join(HERE, f))
    tmpdir = tempfile.mkdtemp(prefix="r161src")
    build_ks()
    build_sn()
    build_von(tmpdir)
    build_bun(tmpdir)
    build_stratsys()
    build_mbn()
    build_beab(tmpdir)
    build_ofn_reject()
    shutil.rmtree(tmpdir)
    write_csvs()
    print(f"{len(FILES)} rows in files.csv, {len(EXPECTED)} controls in expected.csv")


if __name__ == "__main__":
    main()
