#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 112 – Ljungsala kommun, delår (per 31 augusti) 2025.

Builds every file of the round in this folder, plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3.
"""
import csv
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# 1. BUN – risk matrix (sannolikhet/konsekvens) with follow-up columns to the right, status by fill colour
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN_riskmatris_IK_delar2025.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    GREEN, YELLOW, RED, GREY, BLUE = "92D050", "FFFF00", "FF0000", "BFBFBF", "00B0F0"
    # nr, process, risk, S, K, kontrollmoment, metod, ansvarig, frekvens,
    # status fill, kommentar, avvikelse, åtgärd, expected status
    rows = [
        (1, "Inköp och betalning", "Leverantörsfakturor attesteras av person som saknar attesträtt",
         2, 3, "Stickprov 20 leverantörsfakturor per tertial – attest enligt gällande attestförteckning",
         "Stickprov i Raindance, jämförelse mot attestförteckning", "Controller BUF", "Tertial",
         GREEN, "40 fakturor granskade (T1+T2). En faktura attesterad av tf rektor utan attestbeslut. Attestförteckningen uppdaterad i maj.",
         "Ja", "Påminnelse till rektorer om anmälan av ersättare.", "GENOMFORD"),
        (2, "Inköp och betalning", "Inköp görs utanför upphandlade avtal",
         3, 2, "Kontroll av avtalstrohet vid inköp av läromedel och förbrukningsmaterial",
         "Leverantörsanalys ur inköpsanalysverktyget", "Inköpssamordnare", "Halvår",
         YELLOW, "Analys för januari–juni klar, avtalstrohet 91 %. Juli–augusti analyseras i september.",
         "Nej", "", "DELVIS"),
        (3, "Styrning och ledning", "Delegationsbeslut anmäls inte till nämnden",
         2, 2, "Kontroll att delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Jämförelse beslutslista i ärendesystemet mot anmälda beslut", "Nämndsekreterare", "Tertial",
         GREEN, "Samtliga delegationsbeslut jan–aug har anmälts på nämndens sammanträden.",
         "Nej", "", "GENOMFORD"),
        (4, "Skolskjuts", "Skolskjuts beviljas i strid med riktlinjerna",
         3, 3, "Stickprov på skolskjutsbeslut – beslut fattade enligt kommunens riktlinjer",
         "10 beslut per termin granskas av skolskjutshandläggare", "Skolskjutsansvarig", "Termin",
         RED, "Ej genomförd p.g.a. personalbyte på skolskjutsenheten. Kontrollen görs i oktober.",
         "Nej", "Ny handläggare introduceras i september.", "EJ_GENOMFORD"),
        (5, "Elevhälsa/dataskydd", "Obehöriga har åtkomst till elevhälsojournal",
         2, 4, "Kontroll av behörigheter och loggar i elevhälsojournalen (PMO)",
         "Loggkontroll 2 ggr/år, behörighetslista mot personalregister", "Verksamhetschef elevhälsa", "Halvår",
         GREEN, "Loggkontroll gjord i juni. Två behörigheter kvar för personal som slutat – borttagna 2025-06-12.",
         "Ja", "Avslut av behörighet läggs in i checklista vid avslut av anställning.", "GENOMFORD"),
        (6, "Trygghet och studiero", "Anmälningar om kränkande behandling når inte huvudmannen i tid",
         3, 3, "Kontroll att kränkande behandling anmäls till huvudman inom 5 arbetsdagar",
         "Uttag ur anmälningssystemet, datum händelse mot datum anmälan", "Kvalitetsstrateg", "Termin",
         YELLOW, "Vårterminen 2025: 14 av 112 anmälningar inkom senare än 5 dagar. Höstterminen påbörjad.",
         "Ja", "Rektorerna har fått återkoppling per skola.", "DELVIS"),
        (7, "Intäkter", "Interkommunal ersättning faktureras inte eller faktureras fel",
         2, 3, "Kontroll av fakturering av interkommunal ersättning (IKE) mot elevregistret",
         "Avstämning elevregister (Procapita) mot kundfakturor", "Ekonomiassistent BUF", "Tertial",
         BLUE, "Redovisas muntligt vid nämndens sammanträde i oktober.",
         "", "", "OKLAR"),
        (8, "Förtroendekänsliga poster", "Representation saknar underlag",
         1, 2, "Granskning av representationsfakturor och förtroendekänsliga poster",
         "Stickprov 10 fakturor konto 7610/7620", "Controller BUF", "Halvår",
         GREY, "Lyfts ur nämndens plan – granskas inom KS kommungemensamma kontroll (BUN 2025-04-22 § 41).",
         "", "", "UTGAR"),
        (9, "Personal och lön", "Timavlönade får lön för ej arbetad tid",
         2, 3, "Kontroll av att timrapporter för timavlönade attesteras före löneutbetalning",
         "Stickprov 15 timrapporter per tertial i Heroma", "HR-konsult", "Tertial",
         GREEN, "Genomförd utan anmärkning.",
         "Nej", "", "GENOMFORD"),
    ]

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK-plan 2025"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws["A1"] = "Barn- och utbildningsnämnden – Internkontrollplan 2025 med riskbedömning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning per 2025-08-31 (delårsrapport). Planen antagen BUN 2024-12-10 § 118."
    ws["A2"].font = Font(italic=True)

    # group header row 4
    ws.merge_cells("A4:J4")
    ws["A4"] = "RISKANALYS OCH PLAN"
    ws.merge_cells("L4:O4")
    ws["L4"] = "UPPFÖLJNING DELÅR 31/8"
    ws.merge_cells("P4:Q4")
    ws["P4"] = "UPPFÖLJNING HELÅR 31/12"
    for c in ("A4", "L4", "P4"):
        ws[c].font = Font(bold=True, color="FFFFFF")
        ws[c].alignment = Alignment(horizontal="center")
    for col in range(1, 11):
        ws.cell(row=4, column=col).fill = PatternFill("solid", fgColor="1F4E78")
    for col in range(12, 16):
        ws.cell(row=4, column=col).fill = PatternFill("solid", fgColor="375623")
    for col in range(16, 18):
        ws.cell(row=4, column=col).fill = PatternFill("solid", fgColor="7F6000")

    heads = ["Nr", "Process", "Risk (vad kan gå fel)", "Sanno-\nlikhet\n(1–4)", "Konse-\nkvens\n(1–4)", "Risk-\nvärde",
             "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens", "",
             "Status", "Kommentar/iakttagelser", "Avvikelse (Ja/Nej)", "Åtgärd",
             "Status", "Kommentar"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h if h else None)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        if h:
            c.border = box

    def rv_fill(v):
        if v <= 4:
            return GREEN
        if v <= 8:
            return YELLOW
        return RED

    r = 6
    for (nr, proc, risk, s, k, km, metod, ansv, frek, fill, komm, avv, atg, st) in rows:
        vals = [nr, proc, risk, s, k, None, km, metod, ansv, frek, None, None, komm, avv, atg, None, None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = wrap
            if i != 11:
                c.border = box
        ws.cell(row=r, column=6, value=s * k)
        ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=rv_fill(s * k))
        ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=r, column=12).fill = PatternFill("solid", fgColor=fill)
        ws.row_dimensions[r].height = 62
        exp(fil, namnd, km, st, "ja" if avv == "Ja" else "nej")
        r += 1

    r += 1
    ws.cell(row=r, column=12, value="Färgförklaring status:").font = Font(bold=True)
    legend = [(GREEN, "Genomförd"), (YELLOW, "Påbörjad / delvis genomförd"), (RED, "Ej genomförd"),
              (GREY, "Utgår")]
    for fill, txt in legend:
        r += 1
        ws.cell(row=r, column=12).fill = PatternFill("solid", fgColor=fill)
        ws.cell(row=r, column=13, value=txt)
    r -= 4
    ws.cell(row=r, column=2, value="Riskvärde = sannolikhet × konsekvens").font = Font(bold=True)
    ws.cell(row=r + 1, column=2, value="1–4 Låg risk")
    ws.cell(row=r + 1, column=6).fill = PatternFill("solid", fgColor=GREEN)
    ws.cell(row=r + 2, column=2, value="6–8 Medelhög risk")
    ws.cell(row=r + 2, column=6).fill = PatternFill("solid", fgColor=YELLOW)
    ws.cell(row=r + 3, column=2, value="9–16 Hög risk – ska alltid ha kontrollmoment")
    ws.cell(row=r + 3, column=6).fill = PatternFill("solid", fgColor=RED)

    widths = [5, 16, 28, 8, 8, 7, 38, 28, 16, 10, 2, 9, 44, 10, 28, 9, 30]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C6"

    # second sheet: the 4x4 risk matrix (no controls)
    m = wb.create_sheet("Riskmatris")
    m["A1"] = "Riskmatris BUN 2025 (siffrorna = riskens nummer i planen)"
    m["A1"].font = Font(bold=True, size=12)
    m["A3"] = "Konsekvens →"
    m["A4"] = "Sannolikhet ↓"
    for k in range(1, 5):
        m.cell(row=4, column=1 + k, value=k).font = Font(bold=True)
    for s in range(4, 0, -1):
        rr = 5 + (4 - s)
        m.cell(row=rr, column=1, value=s).font = Font(bold=True)
        for k in range(1, 5):
            nums = [str(x[0]) for x in rows if x[3] == s and x[4] == k]
            c = m.cell(row=rr, column=1 + k, value=", ".join(nums) if nums else None)
            c.fill = PatternFill("solid", fgColor=rv_fill(s * k))
            c.border = box
            c.alignment = Alignment(horizontal="center")
    for col in "ABCDE":
        m.column_dimensions[col].width = 14
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. SN – each control has a Plan row and an Uppföljning row
# ---------------------------------------------------------------------------
def build_sn():
    fil = "Socialnämnden IK-plan 2025 uppföljning aug.xlsx"
    namnd = "Socialnämnden"
    # ("H", heading) or (nr, km, metod, ansvarig, frekvens, resultat, status_april, status_aug, avvikelse, expected)
    items = [
        ("H", "Myndighetsutövning individ- och familjeomsorg"),
        (1, "Utredningstid barnavårdsutredningar – kontroll att utredning avslutas inom fyra månader",
         "Uttag ur Lifecare, samtliga avslutade utredningar", "Enhetschef BoU", "Tertial",
         "Jan–aug: 87 av 94 utredningar avslutade inom fyra månader. Sju förlängda med beslut enligt 11 kap. 2 § SoL.",
         "Genomförd", "Genomförd", "Nej", "GENOMFORD"),
        (2, "Ekonomiskt bistånd – stickprov 15 akter, beslut enligt riktlinjer och riksnorm",
         "Stickprov 15 akter, granskning av två handläggare", "Enhetschef försörjningsstöd", "Halvår",
         "Stickprov genomfört i juni. Två akter saknade signerat beslut i systemet, rättat.",
         "Ej påbörjad", "Genomförd", "Ja", "GENOMFORD"),
        (3, "Återsökning av statlig ersättning från Migrationsverket",
         "Avstämning ansökningar mot placeringar", "Ekonom SOC", "Kvartal",
         "Ansökan för kvartal 1 och 2 inskickade. Kvartal 2 ska kompletteras med underlag för två placeringar.",
         "Pågår", "Delvis genomförd", "Nej", "DELVIS"),
        ("H", "LSS och socialpsykiatri"),
        (4, "LSS-beslut – gynnande beslut verkställs inom tre månader, ej verkställda rapporteras till IVO",
         "Bevakningslista i Lifecare", "Enhetschef LSS", "Kvartal",
         "Fyra beslut om bostad med särskild service ej verkställda inom tre månader. Samtliga rapporterade till IVO i tid.",
         "", "Genomförd", "Ja", "GENOMFORD"),
        (5, "Avgiftshandläggning LSS-boende – avgiftsbeslut uppdaterade efter ändrat förbehållsbelopp",
         "Genomgång av samtliga avgiftsbeslut", "Avgiftshandläggare", "Årligen",
         "Ej påbörjad. Flyttas till hösten på grund av långtidssjukskrivning hos avgiftshandläggaren.",
         "", "", "Nej", "EJ_GENOMFORD"),
        ("H", "Förvaltningsgemensamt"),
        (6, "Delegationsordning – årlig genomgång av att delegationsordningen är aktuell",
         "Genomgång mot lagändringar och organisation", "Förvaltningsjurist", "Årligen",
         "Reviderad delegationsordning antagen av SN 2025-03-19 § 27.",
         "Genomförd", "", "Nej", "GENOMFORD"),
        (7, "Behörigheter i verksamhetssystemet – avslutade medarbetare har tagits bort",
         "Jämförelse behörighetslista mot avslutade anställningar", "Systemförvaltare", "Halvår",
         "", "", "", "", "SAKNAS"),
        (8, "Hot och våld – tillbud och incidenter rapporteras i KIA",
         "Genomgång av KIA-rapporter mot enheternas händelselogg", "HR-partner SOC", "Tertial",
         "Kontrollen ersatt av arbetsmiljöronder enligt beslut SN 2025-05-21 § 48.",
         "", "Ej aktuell", "", "UTGAR"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = "SOCIALNÄMNDEN"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 – plan och uppföljning"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Uppföljningen avser perioden 1 januari–31 augusti 2025 (delår). Rapporteras till SN 2025-09-24."
    ws["A5"] = "Instruktion: Den grå raden är planen. Raden under fylls i vid varje uppföljning."
    ws["A5"].font = Font(italic=True, color="808080")
    heads = ["Nr", "Rad", "Kontrollmoment", "Kontrollmetod / Resultat", "Ansvarig", "Frekvens",
             "Status april (T1)", "Status augusti (delår)", "Avvikelse"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7030A0")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = box
    r = 8
    plan_fill = PatternFill("solid", fgColor="E7E6E6")
    for it in items:
        if it[0] == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1, value=it[1]).font = Font(bold=True, size=11)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="D9D2E9")
            r += 1
            continue
        nr, km, metod, ansv, frek, res, s_apr, s_aug, avv, st = it
        # plan row
        vals = [nr, "Plan", km, metod, ansv, frek, None, None, None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = wrap
            c.border = box
            if i > 1:
                c.fill = plan_fill
        # follow-up row
        vals2 = [None, "Uppföljning", None, res or None, None, None, s_apr or None, s_aug or None, avv or None]
        for i, v in enumerate(vals2, 1):
            c = ws.cell(row=r + 1, column=i, value=v)
            c.alignment = wrap
            c.border = box
        ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
        ws.cell(row=r, column=1).alignment = Alignment(horizontal="center", vertical="center")
        ws.row_dimensions[r].height = 32
        ws.row_dimensions[r + 1].height = 45
        exp(fil, namnd, km, st, "ja" if avv == "Ja" else "nej")
        r += 2
    r += 1
    ws.cell(row=r, column=1, value="Antal kontrollmoment: 8").font = Font(bold=True)
    ws.cell(row=r + 2, column=1, value="Statusalternativ: Genomförd / Delvis genomförd / Pågår / Ej påbörjad / Ej genomförd / Ej aktuell")
    ws.cell(row=r + 3, column=1, value="Sammanställd av: Karin Edström, controller, 2025-09-12")
    for col, w in zip("ABCDEFGHI", [5, 12, 42, 52, 20, 10, 13, 14, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A8"
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. TN – Word, long tables with header row repeated on each page, statuses as sentences
# ---------------------------------------------------------------------------
def build_tn():
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    fil = "TN Uppföljning intern kontroll delår 2025.docx"
    namnd = "Tekniska nämnden"
    t1 = [
        ("H", "Gata och park"),
        ("1", "Vinterväghållning",
         "Kontroll av att vinterväghållningsentreprenörens fakturor stämmer mot körjournaler",
         "Samtliga fakturor januari–mars 2025 stäms av mot GPS-loggar i Vinterportalen.",
         "Fakturorna för januari–mars har stämts av mot GPS-loggarna. För distrikt Norra debiterades 14 timmar "
         "plogning som inte fanns i loggen. Entreprenören har krediterat beloppet (23 450 kr) i april.",
         "Kontrollen är genomförd. Avvikelse har konstaterats och åtgärdats.",
         "Avstämningen görs månadsvis från och med säsongen 2025/26.", "GENOMFORD", "ja"),
        ("H", "Vatten och avlopp"),
        ("2", "VA-taxa",
         "Kontroll att debitering av VA-anslutningsavgifter sker enligt gällande taxa",
         "Stickprov 10 anslutningar under perioden, jämförelse faktura mot taxa 2025.",
         "Tio anslutningsfakturor har jämförts med VA-taxan. Samtliga var korrekt beräknade.",
         "Kontrollen är genomförd utan anmärkning.", "–", "GENOMFORD", "nej"),
        ("3", "Mätaravläsning",
         "Stickprov på att mätaravläsningar registreras korrekt i kundsystemet",
         "30 avläsningar per halvår jämförs med foto/kundkort.",
         "15 av 30 stickprov är gjorda. Inga fel hittills. Resterande stickprov görs i september i samband "
         "med höstens avläsningsomgång.",
         "Kontrollen är påbörjad men inte slutförd.", "–", "DELVIS", "nej"),
        ("H", "Måltidsverksamhet"),
        ("4", "Livsmedelsinköp",
         "Avtalstrohet livsmedel – jämförelse av inköp mot ramavtal",
         "Inköpsstatistik från grossist jämförs med avtalat sortiment, två månader.",
         "Kostekonomtjänsten har varit vakant sedan februari och ingen jämförelse har kunnat göras.",
         "Kontrollen har inte genomförts under perioden.", "Görs av ny kostekonom under hösten.",
         "EJ_GENOMFORD", "nej"),
        ("H", "Fastighet"),
        ("5", "Inhyrda lokaler",
         "Kontroll av att hyreskontrakt för externt inhyrda lokaler finns registrerade i avtalsdatabasen",
         "Samtliga inhyrningar enligt hyresreskontran stäms av mot avtalsdatabasen.",
         "42 inhyrningar kontrollerade. Tre kontrakt (Storgatan 12, Förrådet Västra, paviljong Ekbacken) saknades "
         "i avtalsdatabasen och har registrerats i juni.",
         "Kontrollen är genomförd. Tre avvikelser har noterats.", "Rutin för registrering förtydligad.",
         "GENOMFORD", "ja"),
        ("6", "Lagstadgade besiktningar",
         "Kontroll av att lagstadgade besiktningar (OVK, hissar, lekredskap) har genomförts",
         "Besiktningsprotokoll jämförs med besiktningsplanen för 2025.",
         "Kontrollen är förlagd till oktober då huvuddelen av besiktningarna görs under september.",
         "Kontrollen är planerad till oktober och har därför inte påbörjats.", "–", "EJ_GENOMFORD", "nej"),
    ]
    t2 = [
        ("7", "Leverantörsfakturor",
         "Leverantörsfakturor – attest enligt gällande attestordning",
         "Stickprov 25 fakturor ur Raindance, kontroll av beslutsattest och mottagningsattest.",
         "25 fakturor granskade. Samtliga attesterade av behöriga attestanter enligt attestförteckningen.",
         "Kontrollen är genomförd utan anmärkning.", "–", "GENOMFORD", "nej"),
        ("8", "Representation",
         "Representation och förtroendekänsliga poster – syfte och deltagare anges",
         "Samtliga fakturor på konto 7610–7690 januari–juni.",
         "18 fakturor granskade. På två fakturor saknades deltagarförteckning; kompletterat i efterhand.",
         "Kontrollen är genomförd med anmärkning.", "Påminnelse till chefer om regler för representation.",
         "GENOMFORD", "ja"),
        ("9", "Löner",
         "Löner – frånvaro registreras i rätt löneperiod",
         "Stickprov 20 frånvaroregistreringar mot lönespecifikation.",
         "Enligt beslut i kommunstyrelsen 2025-02-11 § 19 genomförs kontrollen centralt av lönecenter för "
         "samtliga förvaltningar.",
         "Kontrollen utgår för tekniska nämndens del.", "–", "UTGAR", "nej"),
        ("10", "Dataskydd",
         "Dataskydd – registerförteckningen enligt GDPR är aktuell",
         "Genomgång av förvaltningens registerförteckning tillsammans med dataskyddsombudet.",
         "Registerförteckningen är uppdaterad för gata/park, fastighet och måltid. VA-avdelningens behandlingar "
         "återstår och gås igenom i oktober.",
         "Kontrollen är delvis genomförd.", "VA klart senast 2025-10-31.", "DELVIS", "nej"),
        ("11", "IT-behörigheter",
         "IT-behörigheter i ekonomisystemet – endast behöriga har attest- och registreringsrätt",
         "Behörighetslista ur Raindance jämförs med personalförteckning per 30 juni.",
         "Behörighetslistan har jämförts med personalförteckningen. Inga personer utan anställning har behörighet.",
         "Kontrollen är genomförd. Inga avvikelser.", "–", "GENOMFORD", "nej"),
    ]

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(2.0))
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    hp = sec.header.paragraphs[0]
    hp.text = "Ljungsala kommun · Tekniska förvaltningen\t\tTjänsteskrivelse TN 2025/214"

    p = doc.add_paragraph()
    run = p.add_run("Uppföljning av intern kontroll – delårsbokslut 2025")
    run.bold = True
    run.font.size = Pt(18)
    doc.add_paragraph("Tekniska nämnden, uppföljningsperiod 2025-01-01 – 2025-08-31")
    doc.add_paragraph(
        "Tekniska nämnden antog internkontrollplanen för 2025 den 12 december 2024 (TN § 131). Planen omfattar "
        "sex nämndspecifika kontrollmoment samt de kommungemensamma kontrollmoment som kommunstyrelsen beslutat om. "
        "Nedan redovisas resultatet av de kontroller som gjorts till och med den 31 augusti. Status anges i "
        "klartext för varje kontrollmoment. En samlad bedömning lämnas i helårsuppföljningen.")
    doc.add_paragraph(
        "Sammanfattningsvis har de flesta kontrollerna genomförts enligt plan. Två kontroller har inte genomförts "
        "under perioden, varav en är planerad till hösten. Avvikelser har noterats inom vinterväghållning, "
        "inhyrda lokaler och representation; åtgärder framgår av tabellerna.")

    heads = ["Nr", "Process", "Kontrollmoment", "Metod och omfattning", "Resultat av kontrollen", "Status",
             "Åtgärd"]
    widths = [Cm(0.9), Cm(3.2), Cm(4.8), Cm(4.0), Cm(6.0), Cm(3.6), Cm(3.2)]

    def mark_header(row):
        trPr = row._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trPr.append(el)

    def no_split(row):
        trPr = row._tr.get_or_add_trPr()
        el = OxmlElement("w:cantSplit")
        el.set(qn("w:val"), "true")
        trPr.append(el)

    def shade(cell, color):
        tcPr = cell._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), color)
        tcPr.append(sh)

    def table(rows):
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = w
        hr = t.rows[0]
        mark_header(hr)
        for i, h in enumerate(heads):
            c = hr.cells[i]
            c.text = ""
            rr = c.paragraphs[0].add_run(h)
            rr.bold = True
            rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            shade(c, "2E5597")
            c.width = widths[i]
        for row in rows:
            nr_ = t.add_row()
            no_split(nr_)
            if row[0] == "H":
                a = nr_.cells[0].merge(nr_.cells[-1])
                a.text = ""
                rr = a.paragraphs[0].add_run(row[1])
                rr.bold = True
                rr.italic = True
                shade(a, "DEEAF6")
                continue
            nr, proc, km, metod, res, status, atg, stc, avv = row
            for i, v in enumerate([nr, proc, km, metod, res, status, atg]):
                nr_.cells[i].text = v
                nr_.cells[i].width = widths[i]
            exp(fil, namnd, km, stc, avv)
        return t

    h = doc.add_paragraph()
    r_ = h.add_run("1. Nämndspecifika kontrollmoment")
    r_.bold = True
    r_.font.size = Pt(13)
    table(t1)
    doc.add_paragraph()
    h = doc.add_paragraph()
    r_ = h.add_run("2. Kommungemensamma kontrollmoment (beslutade av kommunstyrelsen)")
    r_.bold = True
    r_.font.size = Pt(13)
    table(t2)
    doc.add_paragraph()
    doc.add_paragraph("Ljungsala 2025-09-15")
    doc.add_paragraph("Anna Berglund\nFörvaltningschef, tekniska förvaltningen")
    doc.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. MBN – ODS, title says 2024 (last year's template) but content is clearly 2025 delår
# ---------------------------------------------------------------------------
def build_mbn():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableCellProperties, TableColumnProperties, TextProperties, ParagraphProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    fil = "MBN_internkontroll_uppfoljning_2024.ods"
    namnd = "Miljö- och byggnadsnämnden"
    rows = [
        ("Bygglov", "Handläggningstid bygglov – beslut fattas inom tio veckor från komplett ansökan",
         "Bygglovschef", "2025-05-15",
         "212 beslut jan–april 2025. Tre ärenden över tio veckor; avgiften reducerad enligt 12 kap. 8 a § PBL.",
         "Genomförd", "Ja", "GENOMFORD"),
        ("Taxor och avgifter", "Kontroll att timavgift för tillsyn debiteras enligt taxa 2025",
         "Miljöchef", "2025-06-03", "Stickprov 20 fakturor. Rätt timavgift (1 420 kr) i samtliga.",
         "Genomförd", "Nej", "GENOMFORD"),
        ("Delegation", "Delegationsbeslut återrapporteras till nämnden",
         "Nämndsekreterare", "2025-08-20", "Alla beslut t.o.m. juli 2025 anmälda. Augusti anmäls i september.",
         "Genomförd", "Nej", "GENOMFORD"),
        ("Livsmedelskontroll", "Uppföljning av kontrollplan livsmedel – planerade kontroller är utförda",
         "Livsmedelsinspektör", "2025-08-29", "62 % av årets planerade kontroller utförda t.o.m. augusti 2025. Prognos 95 % vid årets slut.",
         "Pågår", "Nej", "DELVIS"),
        ("Miljötillsyn", "Avgiftsbeslut för årlig tillsynsavgift skickade före 31 mars",
         "Administratör", "", "", "Se bilaga 2", "", "OKLAR"),
        ("Arkiv", "Kontroll att bygglovshandlingar diarieförs och arkiveras i e-arkivet",
         "Arkivredogörare", "", "E-arkivet driftsattes först i juni 2025, kontrollen görs i november.",
         "Ej påbörjad", "Nej", "EJ_GENOMFORD"),
        ("Jäv", "Kontroll av jävsdeklarationer för inspektörer och handläggare",
         "Förvaltningschef", "", "Ingår i kommungemensam kontroll 2025 (KS).",
         "Utgår", "", "UTGAR"),
    ]
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold", color="#ffffff"))
    head.addElement(TableCellProperties(backgroundcolor="#538135", border="0.5pt solid #000000", wrapoption="wrap"))
    cellst = Style(name="cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap", verticalalign="top"))
    ital = Style(name="ital", family="table-cell")
    ital.addElement(TextProperties(fontstyle="italic"))
    for s in (bold, title, head, cellst, ital):
        doc.automaticstyles.addElement(s)
    colw = ["3.2cm", "7.5cm", "3.5cm", "2.6cm", "8.5cm", "2.8cm", "2.2cm"]
    colstyles = []
    for i, w in enumerate(colw):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    t = Table(name="Uppföljning")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def row(vals, style=None, span_first=0):
        tr = TableRow()
        for i, v in enumerate(vals):
            kw = {}
            if style is not None:
                kw["stylename"] = style
            if i == 0 and span_first:
                kw["numbercolumnsspanned"] = span_first
            c = TableCell(valuetype="string", **kw) if v not in (None, "") else TableCell(**kw)
            if v not in (None, ""):
                c.addElement(P(text=str(v)))
            tr.addElement(c)
        t.addElement(tr)

    row(["Uppföljning av internkontrollplan 2024 – Miljö- och byggnadsnämnden"], title, span_first=7)
    row(["Avser: delårsuppföljning, perioden 1 januari – 31 augusti 2025"], bold)
    row(["Internkontrollplanen antogs av MBN 2024-12-12 § 201 och gäller för verksamhetsåret 2025."])
    row(["Datum: 2025-09-11    Uppgiftslämnare: Jonas Ek, förvaltningscontroller"], ital)
    row([""])
    row(["Område", "Kontrollmoment", "Kontrollansvarig", "Utfört (datum)", "Resultat / iakttagelser", "Status",
         "Avvikelse"], head)
    for (omr, km, ansv, dat, res, status, avv, stc) in rows:
        row([omr, km, ansv, dat, res, status, avv], cellst)
        exp(fil, namnd, km, stc, "ja" if avv == "Ja" else "nej")
    row([""])
    row(["Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak fungera. Slutlig bedömning lämnas i "
         "verksamhetsberättelsen 2025."], ital)
    row(["Bilaga 2 (förteckning över utskickade avgiftsbeslut) skickas separat från ärendesystemet."], ital)
    doc.spreadsheet.addElement(t)
    doc.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5a. KFN – symbols with legend; 5b. KFN – correction letter sent later the same day (.doc)
# ---------------------------------------------------------------------------
KFN_ROWS = [
    ("KF1", "Föreningsstöd", "Kontroll att föreningsbidrag betalas ut enligt bidragsreglerna och mot inlämnat underlag",
     "Stickprov 10 ansökningar", "Föreningskonsulent", "✔",
     "10 ansökningar granskade. En förening hade uppgett för högt antal medlemmar – återkrav 8 200 kr.", "X",
     "GENOMFORD"),
    ("KF2", "Intäkter", "Avstämning av bokningsintäkter (Interbook Go) mot redovisningen",
     "Månadsvis avstämning", "Ekonom KFF", "✔", "Avstämt jan–juli utan differenser.", "", "GENOMFORD"),
    ("KF3", "Kontanthantering", "Kontanthantering i simhallens kassa – dagskassor stäms av mot kassarapport",
     "Stickprov 2 dagar/månad", "Enhetschef bad", "◐", "Avstämning gjord jan–juni. Juli–augusti återstår.", "",
     "DELVIS"),
    ("KF4", "Inköp", "Kontroll av att medier till biblioteken köps via upphandlat avtal",
     "Leverantörsanalys", "Bibliotekschef", "✔", "Alla medieinköp via avtalad leverantör.", "", "GENOMFORD"),
    ("KF5", "Lokaler", "Kontroll att hyresavtal med föreningar för kommunala anläggningar är aktuella",
     "Genomgång av avtalsregister", "Fritidschef", "✘", "Ej genomfört på grund av resursbrist under våren.", "",
     "EJ_GENOMFORD"),
    ("KF6", "Förtroendekänsliga poster", "Representation vid evenemang – underlag och deltagarförteckning finns",
     "Samtliga fakturor konto 7610", "Kulturchef", "✘", "", "", "EJ_GENOMFORD"),
    ("KF7", "Statsbidrag", "Kontroll av att närvaroregistrering på fritidsgårdarna sker (underlag för statsbidrag)",
     "Stickprov 4 veckor", "Enhetschef ungdom", "◐", "Två av fyra veckor kontrollerade, registrering fungerar.", "",
     "DELVIS"),
    ("KF8", "Dataskydd", "Personuppgiftsbehandling i kulturskolans elevregister – gallring enligt plan",
     "Genomgång av elevregister", "Kulturskolechef", "✔", "Gallring av elever som slutat 2023 genomförd i maj.", "",
     "GENOMFORD"),
]


def build_kfn():
    fil = "KFN delårsuppföljning internkontroll 2025.xlsx"
    namnd = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "KFN – Uppföljning intern kontroll"
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws["A2"] = "Delårsrapport 2025 (t.o.m. augusti)"
    ws["A2"].font = Font(bold=True)
    ws["F1"] = "Teckenförklaring"
    ws["F1"].font = Font(bold=True)
    ws["F2"] = "✔ Genomförd    ◐ Pågår    ✘ Ej genomförd    – Ej aktuell"
    ws["F2"].alignment = Alignment(wrap_text=True)
    heads = ["Id", "Riskområde", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Bedömning", "Kommentar",
             "Avvikelse (X)"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.border = box
        c.alignment = Alignment(wrap_text=True)
    r = 5
    for (id_, omr, km, metod, ansv, sym, komm, avv, st) in KFN_ROWS:
        for i, v in enumerate([id_, omr, km, metod, ansv, sym, komm or None, avv or None], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = box
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    horizontal="center" if i in (6, 8) else None)
        ws.cell(row=r, column=6).font = Font(size=14)
        exp(fil, namnd, km, st, "ja" if avv else "nej")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Godkänd av förvaltningsledningen 2025-09-09. Kontaktperson: Lena Håkansson.")
    for col, w in zip("ABCDEFGH", [6, 18, 46, 22, 18, 11, 48, 11]):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


def soffice_convert(src, fmt, outdir):
    prof = "file:///tmp/lo-round112"
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def build_kfn_correction():
    from docx import Document
    from docx.shared import Pt

    fil = "KFN rättelse IK delår 2025.doc"
    namnd = "Kultur- och fritidsnämnden"
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_paragraph("Ljungsala kommun\nKultur- och fritidsförvaltningen\t\t\t\t2025-09-15")
    p = doc.add_paragraph()
    r = p.add_run("Rättelse – uppföljning av intern kontroll, delår 2025")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    doc.add_paragraph(
        "I den delårsuppföljning av internkontrollplanen som Kultur- och fritidsnämnden skickade tidigare i dag "
        "har två kontrollmoment fått fel bedömning. Nedan följer korrekta uppgifter. Övriga uppgifter i "
        "uppföljningen gäller oförändrade. Vi ber om ursäkt för besväret.")
    rows = [
        ("KF3", KFN_ROWS[2][2], "Pågår", "Genomförd",
         "Avstämning för juli–augusti gjordes 2025-08-28 men hade inte förts in i sammanställningen. Inga differenser.",
         "GENOMFORD", "nej"),
        ("KF6", KFN_ROWS[5][2], "Ej genomförd", "Ej aktuell",
         "Inga evenemang med representation har hållits under perioden, kontrollen är inte tillämplig för delåret.",
         "UTGAR", "nej"),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    t.autofit = False
    from docx.shared import Cm
    cw = [Cm(1.2), Cm(5.0), Cm(2.6), Cm(2.6), Cm(5.6)]
    for i, w in enumerate(cw):
        t.columns[i].width = w
    for i, h in enumerate(["Id", "Kontrollmoment", "Tidigare angiven bedömning", "Korrekt bedömning", "Kommentar"]):
        t.rows[0].cells[i].text = ""
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
        t.rows[0].cells[i].width = cw[i]
    for (id_, km, old, new, komm, st, avv) in rows:
        cells = t.add_row().cells
        for i, v in enumerate([id_, km, old, new, komm]):
            cells[i].text = v
            cells[i].width = cw[i]
        exp(fil, namnd, km, st, avv)
    doc.add_paragraph()
    doc.add_paragraph("Med vänlig hälsning\n\nLena Håkansson\nFörvaltningschef, kultur- och fritidsförvaltningen")
    tmpd = tempfile.mkdtemp(prefix="r112_")
    src = os.path.join(tmpd, "KFN rättelse IK delår 2025.docx")
    doc.save(src)
    soffice_convert(src, "doc:MS Word 97", tmpd)
    shutil.move(os.path.join(tmpd, "KFN rättelse IK delår 2025.doc"), os.path.join(HERE, fil))
    shutil.rmtree(tmpd, ignore_errors=True)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Stratsys CSV export – Kommunstyrelsen + Överförmyndarnämnden, one line per control and period, cp1252
# ---------------------------------------------------------------------------
def build_stratsys():
    fil = "Stratsys_export_internkontroll_20250915.csv"
    ks, ofn = "Kommunstyrelsen", "Överförmyndarnämnden"
    ks_txt, ofn_txt = "Kommunstyrelsen", "Överförmyndarnämnden i Ljungsala"
    # (enhet_txt, namnd, process, km, ansvarig, [(period, status, kommentar, avvikelse)], expected, avv)
    data = [
        (ks_txt, ks, "Ekonomi", "Leverantörsregistret – kontroll av dubbletter och ändrade bankgiron",
         "Redovisningschef",
         [("T1 2025", "Pågående", "Uttag gjort, analys pågår.", ""),
          ("Delår 2025", "Klar med avvikelse",
           "Två dubbletter borttagna. Ett bankgiro hade ändrats utan verifiering mot leverantören – rutinen skärpt.",
           "Ja")], "GENOMFORD", "ja"),
        (ks_txt, ks, "Ekonomi", "Attest av kommunstyrelsens ordförandes utlägg och kostnader", "Kanslichef",
         [("T1 2025", "Klar", "Inga avvikelser.", "Nej"),
          ("Delår 2025", "Klar", "Samtliga utlägg maj–aug attesterade av KS 1:e vice ordförande.", "Nej")],
         "GENOMFORD", "nej"),
        (ks_txt, ks, "Styrning", "Uppföljning av att kommunstyrelsens beslut verkställs", "Kommunsekreterare",
         [("T1 2025", "Ej påbörjad", "", ""),
          ("Delår 2025", "Pågående", "Genomgång av beslut jan–juni klar. 3 beslut ej verkställda – bevakas.", "Nej")],
         "DELVIS", "nej"),
        (ks_txt, ks, "Informationssäkerhet", "Kontroll av administratörsbehörigheter i AD och e-postsystemet",
         "IT-säkerhetssamordnare",
         [("T1 2025", "Ej påbörjad", "", ""),
          ("Delår 2025", "Ej påbörjad", "Flyttas till hösten på grund av systembyte.", "")],
         "EJ_GENOMFORD", "nej"),
        (ks_txt, ks, "Inköp", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen", "Upphandlingschef",
         [("T1 2025", "Pågående", "Stickprov påbörjat.", ""),
          ("Delår 2025", "Avbruten",
           "Avbruten genom beslut KS 2025-05-06 § 88, ersätts av granskning inom inköpsprojektet.", "")],
         "UTGAR", "nej"),
        (ks_txt, ks, "Personal", "Löneutbetalningar – nyanställda kontrolleras mot anställningsavtal", "Lönechef",
         [("T1 2025", "Klar", "Stickprov 12 nyanställda, inga fel.", "Nej"),
          ("Delår 2025", "Klar", "Stickprov 25 nyanställda, inga fel.", "Nej")],
         "GENOMFORD", "nej"),
        (ofn_txt, ofn, "Tillsyn", "Granskning av årsräkningar påbörjas inom en månad från inkomst",
         "Enhetschef överförmyndare",
         [("T1 2025", "Pågående", "412 av 530 årsräkningar inkomna, granskning pågår.", ""),
          ("Delår 2025", "Klar", "Samtliga inkomna årsräkningar påbörjade inom en månad.", "Nej")],
         "GENOMFORD", "nej"),
        (ofn_txt, ofn, "Rekrytering", "Ställföreträdare har utdrag ur belastningsregistret före förordnande",
         "Handläggare",
         [("T1 2025", "Klar", "", "Nej"),
          ("Delår 2025", "Klar med avvikelse", "Ett utdrag saknades i akten, inhämtat i efterhand.", "Ja")],
         "GENOMFORD", "ja"),
        (ofn_txt, ofn, "Arvoden", "Arvoden till gode män och förvaltare betalas ut enligt riktlinjerna",
         "Handläggare",
         [("Delår 2025", "Pågående", "Stickprov på arvodesbeslut 2024 som betalats ut 2025 pågår.", "")],
         "DELVIS", "nej"),
        (ofn_txt, ofn, "Tillsyn", "Kontroll av att huvudmännens bankkonton är spärrade enligt beslut",
         "Enhetschef överförmyndare",
         [("T1 2025", "Ej påbörjad", "", ""),
          ("Delår 2025", "Ej påbörjad", "Resursbrist, görs under hösten.", "")],
         "EJ_GENOMFORD", "nej"),
        (ofn_txt, ofn, "Dokumenthantering", "Akthantering – sekretessmarkering och förvaring av akter",
         "Registrator",
         [("T1 2025", "Klar", "", "Nej"),
          ("Delår 2025", "Klar", "Kontroll av 30 akter, samtliga korrekt hanterade.", "Nej")],
         "GENOMFORD", "nej"),
    ]
    lines = []
    lines.append(["Rapport: Internkontroll – uppföljning", "Utskriven 2025-09-15 08:12", "Användare: ekonomi\\sobe01",
                  "", "", "", "", "", "", ""])
    head = ["Enhet", "Plan", "Process", "Kontrollmoment", "Ansvarig", "År", "Rapporteringsperiod", "Status",
            "Kommentar", "Avvikelse"]
    lines.append(head)
    for (enh, namnd, proc, km, ansv, periods, st, avv) in data:
        for (per, status, komm, av) in periods:
            lines.append([enh, "Internkontrollplan 2025", proc, km, ansv, "2025", per, status, komm, av])
        exp(fil, namnd, km, st, avv)
    with open(fil, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for l in lines:
            w.writerow(l)
    FILES.append((fil, "INLAST", ks, "2025", "DELAR"))
    FILES.append((fil, "INLAST", ofn, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. VON – real .xls (xlwt), tick columns, instruction sheet with example row
# ---------------------------------------------------------------------------
def build_von():
    import xlwt
    fil = "VoN_IK_delar_2025.xls"
    namnd = "Vård- och omsorgsnämnden"
    # (nr, km, metod, [G, D, E, U], avv, kommentar, expected)
    rows = [
        (1, "Biståndsbeslut SoL – stickprov att beslut är korrekt dokumenterade och fattade på delegation",
         "20 beslut, kollegial granskning", "X", "", "", "", "J",
         "2 av 20 beslut fattade av handläggare utan delegation för insatstypen. Delegationen förtydligad.",
         "GENOMFORD"),
        (2, "Avgifter hemtjänst – avgiftsbeslut motsvarar utförd tid", "Stickprov 15 brukare", "", "X", "", "", "N",
         "10 av 15 kontrollerade, inga fel hittills.", "DELVIS"),
        (3, "Läkemedelshantering – signeringslistor är kompletta", "Genomgång 3 enheter", "X", "", "", "", "N",
         "", "GENOMFORD"),
        (4, "Bemanningsföretag – fakturor stäms av mot avrop och avtal", "Samtliga fakturor feb och maj",
         "X", "", "X", "", "", "Kontroll av fakturor från två leverantörer.", "OKLAR"),
        (5, "HSL-avvikelser – avvikelser utreds inom två veckor", "Uttag ur avvikelsesystemet", "", "", "X", "",
         "N", "Ej hunnit pga vakant MAS-tjänst.", "EJ_GENOMFORD"),
        (6, "Lex Sarah – rapporter hanteras enligt rutin", "Genomgång av samtliga rapporter", "X", "", "", "",
         "N", "7 rapporter, samtliga hanterade enligt rutin.", "GENOMFORD"),
        (7, "Verkställighet – beslut om särskilt boende verkställs inom tre månader", "Bevakningslista",
         "", "", "", "", "", "", "SAKNAS"),
        (8, "Tjänstebilar – körjournaler förs för samtliga bilar", "Stickprov 5 bilar", "", "", "", "X", "",
         "Ersatt av digital körjournal i bilarna, kontrollen utgår.", "UTGAR"),
        (9, "Timanställdas lön – timrapporter attesteras i Heroma före utbetalning", "Stickprov 20 rapporter",
         "", "", "", "", "N", "Genomförd, inga avvikelser.", "GENOMFORD"),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hd = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                     "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert centre")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ctr = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: horiz centre, vert top")
    ws.write(0, 0, "VoN – Vård- och omsorgsnämnden", title)
    ws.write(1, 0, "Internkontroll 2025 – uppföljning delår (jan–aug)", bold)
    ws.write(2, 0, "Markera med X i den kolumn som stämmer. Avvikelse: J/N.")
    ws.write_merge(4, 4, 3, 6, "Status per 31 augusti", hd)
    heads = ["Nr", "Kontrollmoment", "Metod", "Genomförd", "Delvis", "Ej genomförd", "Ej aktuell",
             "Avvikelse upptäckt (J/N)", "Kommentar"]
    for i, h in enumerate(heads):
        ws.write(5, i, h, hd)
    r = 6
    for (nr, km, metod, g, d, e, u, avv, komm, st) in rows:
        ws.write(r, 0, nr, ctr)
        ws.write(r, 1, km, cell)
        ws.write(r, 2, metod, cell)
        for j, v in enumerate([g, d, e, u]):
            ws.write(r, 3 + j, v, ctr)
        ws.write(r, 7, avv, ctr)
        ws.write(r, 8, komm, cell)
        exp(fil, namnd, km, st, "ja" if avv == "J" else "nej")
        r += 1
    ws.write(r + 1, 0, "Uppföljningen behandlad i förvaltningens ledningsgrupp 2025-09-10.")
    for i, w in enumerate([5, 50, 26, 11, 9, 12, 11, 14, 55]):
        ws.col(i).width = w * 256
    ins = wb.add_sheet("Instruktion")
    ins.write(0, 0, "Så här fyller du i uppföljningen", title)
    ins.write(2, 0, "1. Sätt ett X i en av statuskolumnerna för varje kontrollmoment.")
    ins.write(3, 0, "2. Skriv J i avvikelsekolumnen om kontrollen visat fel eller brister, annars N.")
    ins.write(4, 0, "3. Kommentera alltid om kontrollen inte är genomförd.")
    ins.write(6, 0, "Exempel:", bold)
    for i, h in enumerate(["Nr", "Kontrollmoment", "Metod", "Genomförd", "Delvis", "Ej genomförd", "Ej aktuell",
                           "Avvikelse upptäckt (J/N)", "Kommentar"]):
        ins.write(7, i, h, hd)
    for i, v in enumerate(["0", "Exempel: Kontroll av att kassaboken stäms av varje månad", "Stickprov 3 månader",
                           "X", "", "", "", "N", "Avstämt jan–mars, inga fel."]):
        ins.write(8, i, v, cell)
    ins.col(1).width = 50 * 256
    ins.col(8).width = 40 * 256
    wb.save(fil)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Excel lock file left in the folder – must be rejected
# ---------------------------------------------------------------------------
def build_lock():
    fil = "~$BUN_riskmatris_IK_delar2025.xlsx"
    user = "Maria Lindqvist"
    data = bytes([len(user)]) + user.encode("latin-1") + b" " * (54 - len(user))
    data += bytes([len(user), 0]) + user.encode("utf-16-le") + b"\x20\x00" * (54 - len(user))
    with open(fil, "wb") as f:
        f.write(data[:165])
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC|Individ- och familjeomsorgen"),
        ("Vård- och omsorgsnämnden", "VON|VoN|Vård- och omsorgsförvaltningen|VOF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Bygg och miljö"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarnämnden i Ljungsala|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN|Valkansliet"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    build_bun()
    build_sn()
    build_tn()
    build_mbn()
    build_kfn()
    build_kfn_correction()
    build_stratsys()
    build_von()
    build_lock()
    write_registers()
    print(len(FILES), "files.csv rows;", len(set(f[0] for f in FILES)), "files;", len(EXPECTED), "controls")
