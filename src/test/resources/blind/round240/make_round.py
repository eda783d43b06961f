#!/usr/bin/python3
"""Blind round 240 – "Colours that mean different things" – Västerby kommun, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py   (deterministic; files are written next to this script)
"""
import csv
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
YEAR = "2025"

expected = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
files = []      # (fil, utfall, nämnd, år, period)


def fill(hexrgb):
    return PatternFill("solid", fgColor="FF" + hexrgb)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_times(wb):
    """Fixed document properties so the output is deterministic."""
    import datetime
    t = datetime.datetime(2026, 1, 20, 9, 0, 0)
    wb.properties.created = t
    wb.properties.modified = t
    wb.properties.creator = "Västerby kommun"
    wb.properties.lastModifiedBy = "Västerby kommun"


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – xlsx, risk value coloured by matrix + status word & colour
# ---------------------------------------------------------------------------
def ks():
    fn = "IK_uppfoljning_2025_KS.xlsx"
    N = "Kommunstyrelsen"
    R_G, R_Y, R_R = "92D050", "FFFF00", "FF0000"      # risk matrix colours
    S_G, S_Y, S_R, S_GR = "00B050", "FFC000", "FF0000", "BFBFBF"  # status colours

    def rcol(v):
        return R_G if v <= 4 else (R_Y if v <= 9 else R_R)

    # process, risk, riskvärde, kontrollmoment, metod, ansvarig, status word, status colour, comment, exp status, avv
    rows = [
        ("Ekonomi", "Felaktiga utbetalningar till leverantörer", 12,
         "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor, två gånger per år",
         "Controller", "Genomförd", S_G, "30 fakturor granskade, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("Ekonomi", "Otillåten representation / mutor", 9,
         "Representation – kontroll att syfte och deltagare anges på underlaget", "Stickprov 20 verifikationer",
         "Redovisningsekonom", "Genomförd med anmärkning", S_Y,
         "I 4 av 20 fall saknades deltagarförteckning. Påminnelse om rutinen skickad till samtliga chefer.",
         "GENOMFORD", "ja"),
        ("Personal", "Obehörig åtkomst till lönesystemet", 8,
         "Kontroll av behörigheter i lönesystemet (Heroma)", "Behörighetslista mot aktuella anställningar",
         "HR-chef", "Genomförd", S_G, "Behörighetslistan genomgången, inga avvikelser.", "GENOMFORD", "nej"),
        ("IT och informationssäkerhet", "Intrång / obehöriga behörighetsförändringar", 16,
         "Kontroll av att loggar för behörighetsförändringar följs upp kvartalsvis", "Genomgång av loggar",
         "IT-chef", "Delvis genomförd", S_Y,
         "Loggar följda upp för kvartal 1–2. Kvartal 3–4 ej genomfört på grund av byte av behörighetssystem.",
         "DELVIS", ""),
        ("Upphandling", "Otillåten direktupphandling", 12,
         "Direktupphandlingar över 100 tkr ska vara dokumenterade enligt riktlinjen", "Stickprov 15 inköp",
         "Upphandlingschef", "Ej genomförd", S_R,
         "Kontrollen har inte hunnits med under året, flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
        ("Dokumenthantering", "Handlingar diarieförs inte", 4,
         "Diarieföring av inkomna handlingar inom 2 arbetsdagar", "Stickprov 50 handlingar",
         "Registrator", "Genomförd", S_G, "Stickprov 50 handlingar, samtliga diarieförda inom tidsgränsen.",
         "GENOMFORD", "nej"),
        ("Säkerhet och beredskap", "Inaktuella kontaktuppgifter vid kris", 6,
         "Uppföljning av krisberedskapsplanens kontaktlistor", "Genomgång av listor",
         "Säkerhetssamordnare", "Utgår", S_GR,
         "Utgår enligt KS beslut 2025-05-14 § 88, ingår i ny plan för extraordinära händelser.", "UTGAR", ""),
        ("Ekonomi", "Inköp utanför avtal", 9,
         "Kontroll av avtalstrohet vid inköp av kontorsmaterial", "Stickprov 40 inköp",
         "Inköpssamordnare", "", S_G, "Granskning av 40 inköp, samtliga gjorda hos avtalad leverantör.",
         "GENOMFORD", "nej"),
        ("Personal", "Bristande dialog chef–medarbetare", 3,
         "Uppföljning av att medarbetarsamtal har genomförts", "Enkät till chefer",
         "HR-chef", "", S_R, "", "EJ_GENOMFORD", ""),
    ]

    wb = openpyxl.Workbook()
    fix_times(wb)
    ws = wb.active
    ws.title = "Uppföljning helår"
    ws["A1"] = "Västerby kommun"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Period: Helår (januari–december) 2025"
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Metod/omfattning", "Ansvarig", "Status",
           "Resultat/kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for p, risk, rv, km, met, ans, sw, sc, kom, st, av in rows:
        vals = [p, risk, rv, km, met, ans, sw or None, kom or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        ws.cell(row=r, column=3).fill = fill(rcol(rv))
        ws.cell(row=r, column=3).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=r, column=7).fill = fill(sc)
        expected.append((fn, N, km, st, av))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Riskvärde (sannolikhet × konsekvens)").font = Font(bold=True)
    ws.cell(row=r, column=4, value="Status").font = Font(bold=True)
    leg_r = [(R_G, "1–4 Låg risk"), (R_Y, "5–9 Medelhög risk"), (R_R, "10–16 Hög risk")]
    leg_s = [(S_G, "Genomförd utan anmärkning"), (S_Y, "Genomförd med anmärkning / delvis genomförd"),
             (S_R, "Ej genomförd"), (S_GR, "Utgår")]
    for k in range(4):
        if k < len(leg_r):
            ws.cell(row=r + 1 + k, column=1).fill = fill(leg_r[k][0])
            ws.cell(row=r + 1 + k, column=2, value=leg_r[k][1])
        ws.cell(row=r + 1 + k, column=4).fill = fill(leg_s[k][0])
        ws.cell(row=r + 1 + k, column=5, value=leg_s[k][1])
    ws.cell(row=r + 6, column=1, value="Uppföljningen sammanställd av kommunledningsförvaltningen, "
                                       "ekonomiavdelningen, 2026-01-15.")
    for col, w in zip("ABCDEFGH", [20, 30, 10, 45, 28, 18, 22, 55]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Kommunstyrelsen – intern kontroll 2025"
    wb.save(os.path.join(OUT, fn))
    files.append((fn, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 2. BUN – xlsx, S×K risk value coloured, status colour only (same palette!),
#    both legends at top right
# ---------------------------------------------------------------------------
def bun():
    fn = "BUN helår 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    G, Y, R = "92D050", "FFFF00", "FF0000"   # used for BOTH risk and status

    def rcol(v):
        return G if v <= 4 else (Y if v <= 9 else R)

    # process, risk, S, K, kontrollmoment, metod, ansvarig, status colour (None = no fill), comment, exp, avv
    rows = [
        ("Elevhälsa", "Brister i journalföring", 3, 4,
         "Kontroll att elevakter förs enligt patientdatalagen", "Stickprov 15 akter", "Verksamhetschef elevhälsa",
         G, "Stickprov 15 akter, inga brister.", "GENOMFORD", "nej"),
        ("Skolskjuts", "Felaktiga beslut om skolskjuts", 2, 2,
         "Kontroll av beslut om skolskjuts mot gällande riktlinjer", "Stickprov 20 beslut", "Skolskjutshandläggare",
         R, "Ej genomförd p.g.a. personalomsättning på skolskjutsenheten.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Felaktig debitering", 3, 3,
         "Kontroll av att barnomsorgsavgifter debiteras enligt inkomstuppgift", "Inkomstkontroll mot Skatteverket",
         "Avgiftshandläggare", Y, "Inkomstkontroll genomförd för förskola, fritidshem återstår.", "DELVIS", ""),
        ("Kränkande behandling", "Anmälningar görs inte i tid", 4, 4,
         "Anmälan om kränkande behandling till huvudman inom 5 dagar", "Genomgång av samtliga anmälningar",
         "Skolchef", G,
         "Samtliga 120 anmälningar granskade. 18 anmäldes senare än 5 dagar – påminnelse till rektorer.",
         "GENOMFORD", "ja"),
        ("Personal", "Olämplig person anställs", 2, 4,
         "Kontroll av utdrag ur belastningsregistret vid nyanställning", "Samtliga nyanställningar",
         "HR-konsult", G, "30 nyanställningar kontrollerade, utdrag fanns i samtliga fall.", "GENOMFORD", "nej"),
        ("Inköp", "Inköp utanför avtal", 3, 2,
         "Inköp av läromedel sker via avtalade leverantörer", "Stickprov 25 fakturor", "Controller",
         R, "", "EJ_GENOMFORD", ""),
        ("Lokaler och säkerhet", "Bristande brandskydd", 1, 4,
         "Kontroll av att systematiskt brandskyddsarbete dokumenteras på varje enhet", "Enkät till enheterna",
         "Säkerhetssamordnare", Y, "14 av 22 enheter har inkommit med dokumentation.", "DELVIS", ""),
        ("Statsbidrag", "Återbetalningskrav", 3, 4,
         "Rekvisition och redovisning av statsbidrag sker inom fastställd tid", "Genomgång mot Skolverkets datum",
         "Controller", None, "", "SAKNAS", ""),
        ("Betyg och dokumentation", "Handlingar förloras", 2, 3,
         "Kontroll av att betygsunderlag arkiveras enligt dokumenthanteringsplanen", "Stickprov 4 skolor",
         "Arkivredogörare", None, "Kontrollen har genomförts, inga avvikelser.", "GENOMFORD", "nej"),
        ("Närvaro", "Elever far illa / hög frånvaro", 3, 3,
         "Uppföljning av elevers frånvaro och kontakt med vårdnadshavare vid hög frånvaro", "Uttag ur Skola24",
         "Rektorer", G, "Rutinen följs på samtliga skolor.", "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    fix_times(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Barn- och utbildningsnämnden"
    ws["A2"].font = Font(bold=True, size=12)
    hdr = ["Nr", "Process/rutin", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment",
           "Kontrollmetod", "Ansvarig", "Uppföljning helår", "Kommentar"]
    HR = 12
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=HR, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.alignment = WRAP
    for n, (p, risk, s, k, km, met, ans, sc, kom, st, av) in enumerate(rows, 1):
        r = HR + n
        vals = [n, p, risk, s, k, s * k, km, met, ans, None, kom or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        ws.cell(row=r, column=6).fill = fill(rcol(s * k))
        if sc:
            ws.cell(row=r, column=10).fill = fill(sc)
        expected.append((fn, N, km, st, av))
    # legends above the table, right-hand side
    ws["G3"] = "Riskbedömning (sannolikhet × konsekvens)"
    ws["G3"].font = Font(bold=True)
    for i, (c, t) in enumerate([(G, "Låg risk (1–4)"), (Y, "Medel risk (5–9)"), (R, "Hög risk (10–16)")]):
        ws.cell(row=4 + i, column=7).fill = fill(c)
        ws.cell(row=4 + i, column=8, value=t)
    ws["J3"] = "Uppföljning (färgmarkering)"
    ws["J3"].font = Font(bold=True)
    for i, (c, t) in enumerate([(G, "Genomförd"), (Y, "Pågår / delvis genomförd"),
                                (R, "Ej genomförd / ej påbörjad")]):
        ws.cell(row=4 + i, column=10).fill = fill(c)
        ws.cell(row=4 + i, column=11, value=t)
    ws["A9"] = ("Instruktion: Markera kolumnen Uppföljning helår med färg enligt förklaringen ovan "
                "och kommentera resultatet.")
    ws["A9"].font = Font(italic=True)
    widths = [5, 22, 26, 11, 11, 10, 48, 28, 22, 16, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(OUT, fn))
    files.append((fn, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden – xlsx, only status coloured, decorative fills on title/header/
#    process rows and table banding
# ---------------------------------------------------------------------------
def sn():
    fn = "SN_IK_2025_helar.xlsx"
    N = "Socialnämnden"
    DARK, PROC, BAND = "1F4E78", "DDEBF7", "F2F2F2"
    G, Y, R = "00B050", "FFC000", "FF0000"
    # items: ("P", processname) or (km, risk, metod, ansvarig, colour, comment, exp, avv)
    items = [
        ("P", "Process: Myndighetsutövning"),
        ("Utredningar inom barn och unga avslutas inom 4 månader", "Hög", "Uttag ur verksamhetssystemet",
         "Enhetschef BoU", Y,
         "Av 85 utredningar avslutades 71 inom lagstadgad tid. Förlängningsbeslut saknades i 6 fall.",
         "GENOMFORD", "ja"),
        ("Kontroll av att beslut om bistånd enligt SoL är dokumenterade och delgivna", "Medel",
         "Stickprov 25 ärenden", "Enhetschef biståndsenheten", G, "Stickprov 25 ärenden utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Försörjningsstöd – kontroll av att utbetalning sker mot beslut", "Hög", "Stickprov 20 utbetalningar",
         "Enhetschef försörjningsstöd", G, "20 utbetalningar kontrollerade mot beslut i Lifecare.",
         "GENOMFORD", "nej"),
        ("P", "Process: Hälso- och sjukvård"),
        ("Läkemedelshantering – avvikelserapportering enligt rutin", "Hög", "Genomgång av avvikelser",
         "MAS", R, "Kontrollen har inte genomförts under 2025, MAS-tjänsten har varit vakant.",
         "EJ_GENOMFORD", ""),
        ("Kontroll av signeringslistor för delegerade insatser", "Medel", "Stickprov 3 enheter",
         "Verksamhetschef HSL", Y, "Osignerade insatser förekom på två enheter, handlingsplan upprättad.",
         "GENOMFORD", "ja"),
        ("P", "Process: Ekonomi och administration"),
        ("Hantering av brukares privata medel enligt rutin", "Hög", "Kassainventering 5 enheter",
         "Controller", G, "", "GENOMFORD", "nej"),
        ("Kontroll av avgiftsbeslut inom äldreomsorgen", "Medel", "Stickprov 30 beslut",
         "Avgiftshandläggare", None, "", "SAKNAS", ""),
        ("Attest av fakturor från externa placeringar (HVB, familjehem)", "Hög", "Stickprov 20 fakturor",
         "Controller", R, "Skjuts till 2026 på grund av omorganisationen.", "EJ_GENOMFORD", ""),
        ("P", "Process: Personal"),
        ("Kontroll av registerutdrag vid anställning inom LSS-verksamhet", "Medel", "Samtliga nyanställda",
         "HR-specialist", G, "Samtliga 18 nyanställda kontrollerade.", "GENOMFORD", "nej"),
        ("Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "Låg", "Uttag ur Adato",
         "HR-specialist", None, "Ej aktuell 2025 – hanteras av HR centralt i kommunstyrelsens internkontroll.",
         "UTGAR", ""),
    ]
    wb = openpyxl.Workbook()
    fix_times(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws.merge_cells("A1:G1")
    ws["A1"] = "Socialnämnden – Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFFFF")
    ws["A1"].fill = fill(DARK)
    ws.merge_cells("A2:G2")
    ws["A2"] = "Rapport: Helår 2025 (jan–dec). Behandlas i socialnämnden 2026-01-28."
    ws["A2"].fill = fill(PROC)
    hdr = ["Process", "Kontrollmoment", "Risk", "Kontrollmetod", "Ansvarig", "Bedömning", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(DARK)
        c.border = BOX
    r = 5
    band = False
    cur = ""
    for it in items:
        if it[0] == "P":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=it[1])
            c.font = Font(bold=True)
            c.fill = fill(PROC)
            cur = it[1].replace("Process: ", "")
            band = False
            r += 1
            continue
        km, risk, met, ans, col, kom, st, av = it
        vals = [cur, km, risk, met, ans, None, kom or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if band:
                c.fill = fill(BAND)
        if col:
            ws.cell(row=r, column=6).fill = fill(col)
        expected.append((fn, N, km, st, av))
        band = not band
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Färgförklaring bedömning").font = Font(bold=True)
    for i, (c, t) in enumerate([(G, "Genomförd utan avvikelse"), (Y, "Genomförd – avvikelse noterad"),
                                (R, "Ej genomförd")]):
        ws.cell(row=r + 1 + i, column=1).fill = fill(c)
        ws.cell(row=r + 1 + i, column=2, value=t)
    for col, w in zip("ABCDEFG", [24, 50, 8, 26, 24, 12, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, fn))
    files.append((fn, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden – xlsx, T1/T2/Helår colour-only columns, legend on own sheet
# ---------------------------------------------------------------------------
def tn():
    fn = "Tekniska_nämnden_IKP_2025.xlsx"
    N = "Tekniska nämnden"
    RG, RY, RO, RR = "00B050", "FFFF00", "FFC000", "FF0000"   # risk 1-3, 4-6, 8-9, 12-16
    SG, SY, SR, SGR = "00B050", "FFFF00", "FF0000", "A6A6A6"   # status

    def rcol(v):
        return RG if v <= 3 else RY if v <= 6 else RO if v <= 9 else RR

    # id, process, km, risk, (T1, T2, Helår) as (colour or None, text or None), comment, exp, avv
    rows = [
        ("TN1", "Gata/park", "Kontroll av att vinterväghållningsentreprenörens fakturor stämmer mot körjournaler",
         12, [(SY, None), (None, None), (SG, None)],
         "T1: januari–mars kontrollerat. Helår: november–december kontrollerat, inga avvikelser.",
         "GENOMFORD", "nej"),
        ("TN2", "VA", "Egenkontroll av dricksvattenprover enligt provtagningsplan",
         16, [(SG, None), (SG, None), (SG, None)], "", "GENOMFORD", ""),
        ("TN3", "Fastighet", "Kontroll av att hyresavtal för externa lokaler är uppdaterade",
         6, [(None, None), (SY, None), (SY, None)], "Genomgång av 32 av 47 avtal klar.", "DELVIS", ""),
        ("TN4", "Avfall", "Kontroll av kundregister för renhållningsavgift mot fastighetsregistret",
         8, [(SR, None), (SR, None), (SR, None)], "Ej påbörjad, resursbrist på avfallsenheten.",
         "EJ_GENOMFORD", ""),
        ("TN5", "Fordon", "Körjournaler för kommunens fordon förs korrekt",
         4, [(SG, None), (SG, None), (None, None)], "", "GENOMFORD", ""),
        ("TN6", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         9, [(SG, None), (SG, None), (SG, None)],
         "Stickprov tre gånger per år. Helår: 2 fakturor attesterade av fel person, rättat i efterhand.",
         "GENOMFORD", "ja"),
        ("TN7", "Upphandling", "Kontroll av att direktupphandlingar dokumenteras enligt riktlinje",
         12, [(None, None), (None, None), (SGR, "Utgår")],
         "Utgår, ersätts av central kontroll i kommunstyrelsens plan.", "UTGAR", ""),
        ("TN8", "Arbetsmiljö", "Skyddsronder genomförs på samtliga arbetsplatser",
         2, [(SY, None), (SY, None), (SY, None)], "14 av 19 skyddsronder genomförda.", "DELVIS", ""),
    ]
    wb = openpyxl.Workbook()
    fix_times(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Tekniska nämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – uppföljning per tertial (T1, T2, helår)"
    ws["A3"] = "Färgförklaring: se flik Teckenförklaring"
    ws["A3"].font = Font(italic=True)
    hdr = ["ID", "Process", "Kontrollmoment", "Riskvärde", "T1", "T2", "Helår", "Åtgärd/kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    for n, (idn, p, km, rv, per, kom, st, av) in enumerate(rows):
        r = 6 + n
        vals = [idn, p, km, rv, None, None, None, kom or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        ws.cell(row=r, column=4).fill = fill(rcol(rv))
        for j, (col, txt) in enumerate(per):
            c = ws.cell(row=r, column=5 + j)
            if col:
                c.fill = fill(col)
            if txt:
                c.value = txt
        expected.append((fn, N, km, st, av))
    for col, w in zip("ABCDEFGH", [6, 16, 55, 10, 8, 8, 8, 60]):
        ws.column_dimensions[col].width = w

    lg = wb.create_sheet("Teckenförklaring")
    lg["A1"] = "Riskvärde = sannolikhet × konsekvens"
    lg["A1"].font = Font(bold=True)
    lg["A2"] = "Konsekvens →  /  Sannolikhet ↓"
    for k in range(1, 5):
        lg.cell(row=2, column=1 + k, value=k).font = Font(bold=True)
    for s in range(4, 0, -1):
        r = 3 + (4 - s)
        lg.cell(row=r, column=1, value=s).font = Font(bold=True)
        for k in range(1, 5):
            c = lg.cell(row=r, column=1 + k, value=s * k)
            c.fill = fill(rcol(s * k))
            c.alignment = Alignment(horizontal="center")
            c.border = BOX
    lg["A9"] = "Riskvärde"
    lg["A9"].font = Font(bold=True)
    for i, (c, t) in enumerate([(RG, "1–3 Låg"), (RY, "4–6 Medel"), (RO, "8–9 Hög"), (RR, "12–16 Mycket hög")]):
        lg.cell(row=10 + i, column=1).fill = fill(c)
        lg.cell(row=10 + i, column=2, value=t)
    lg["A15"] = "Status per tertial (kolumnerna T1, T2, Helår)"
    lg["A15"].font = Font(bold=True)
    for i, (c, t) in enumerate([(SG, "Genomförd"), (SY, "Påbörjad / delvis genomförd"), (SR, "Ej genomförd"),
                                (SGR, "Utgår / ej aktuell"), (None, "Ingen färg = ej rapporterad")]):
        if c:
            lg.cell(row=16 + i, column=1).fill = fill(c)
        lg.cell(row=16 + i, column=2, value=t)
    lg.column_dimensions["A"].width = 30
    lg.column_dimensions["B"].width = 30
    wb.save(os.path.join(OUT, fn))
    files.append((fn, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden – simple docx table, status as words
# ---------------------------------------------------------------------------
def kfn():
    fn = "Kultur och fritid - uppföljning IK 2025.docx"
    N = "Kultur- och fritidsnämnden"
    rows = [
        ("Kontroll av att föreningsbidrag betalas ut enligt beslut och bidragsnormer", "Bidragshandläggare",
         "20 utbetalningar granskade, samtliga korrekta.", "Genomförd", "GENOMFORD", "nej"),
        ("Kassahantering i simhallens reception – daglig avstämning", "Enhetschef Västerbybadet",
         "Kassadifferenser vid 3 tillfällen. Rutinen har förtydligats och personalen utbildats.",
         "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("Uppföljning av hyresavtal för föreningslokaler", "Fritidschef",
         "Genomgången påbörjad under hösten, slutförs under kvartal 1 2026.", "Pågår", "DELVIS", ""),
        ("Inventering av konstsamlingen enligt förteckning", "Kultursekreterare",
         "Inventeringen har inte genomförts under året.", "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Biblioteket – kontroll av att förseningsavgifter faktureras", "Bibliotekschef",
         "Ej aktuell då förseningsavgifterna slopades från 1 januari 2025.", "Utgår", "UTGAR", ""),
        ("Bokning av idrottshallar – kontroll att debitering sker enligt taxa", "Bokningsansvarig",
         "Se bilaga 2.", "", "OKLAR", ""),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.core_properties.author = "Kultur- och fritidsförvaltningen"
    import datetime
    d.core_properties.created = datetime.datetime(2026, 1, 18, 10, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 1, 18, 10, 0, 0)
    d.add_heading("Kultur- och fritidsnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – helår").runs[0].bold = True
    d.add_paragraph("Dnr KFN 2025/41")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 i februari. Nedan redovisas utfallet av kontrollerna för "
        "helåret. Uppföljningen har sammanställts av förvaltningens controller i samråd med ansvariga chefer.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Ansvarig", "Resultat helår", "Status"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for km, ans, res, stw, stt, av in rows:
        cells = t.add_row().cells
        cells[0].text = km
        cells[1].text = ans
        cells[2].text = res
        cells[3].text = stw
        expected.append((fn, N, km, stt, av))
    d.add_paragraph("")
    d.add_paragraph("Västerby 2026-01-18")
    d.add_paragraph("Anna Lindqvist, förvaltningschef")
    d.save(os.path.join(OUT, fn))
    files.append((fn, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 6. Hypergene-like CSV export, two nämnder, colour names as words in two columns
# ---------------------------------------------------------------------------
def hypergene():
    fn = "Hypergene_export_IK_2025.csv"
    MBN, OFN = "Miljö- och byggnämnden", "Överförmyndarnämnden"
    rows = [
        (MBN, "Tillsyn", "Livsmedelskontroller genomförs enligt tillsynsplan", 12, "Röd", "Genomförd", "Grön",
         "Samtliga planerade kontroller utförda.", "GENOMFORD", "nej"),
        (MBN, "Bygglov", "Handläggningstid för bygglov inom 10 veckor kontrolleras", 9, "Gul", "Delvis genomförd",
         "Gul", "Kontroll genomförd för januari–juni, andra halvåret återstår.", "DELVIS", ""),
        (MBN, "Avgifter", "Debitering av tillsynsavgifter enligt taxa", 8, "Gul", "", "Röd", "",
         "EJ_GENOMFORD", ""),
        (MBN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", 6, "Gul", "Genomförd", "Grön",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        (MBN, "Delegation", "Delegationsbeslut anmäls till nämnden", 4, "Grön", "", "", "", "SAKNAS", ""),
        (OFN, "Tillsyn", "Granskning av årsräkningar senast 30 juni", 12, "Röd", "Genomförd med avvikelse", "Gul",
         "6 årsräkningar granskades efter 30 juni på grund av sena inlämningar.", "GENOMFORD", "ja"),
        (OFN, "Arvoden", "Kontroll av ställföreträdares arvodesberäkning", 6, "Gul", "Ej genomförd", "Röd",
         "Flyttas till 2026.", "EJ_GENOMFORD", ""),
        (OFN, "Förvaltning", "Kontroll av att spärrade konton finns för omyndigas medel", 9, "Gul", "Pågår", "Gul",
         "", "DELVIS", ""),
        (OFN, "Rekrytering", "Registerutdrag för nya ställföreträdare inhämtas före förordnande", 12, "Röd",
         "Genomförd", "Grön", "", "GENOMFORD", ""),
    ]
    with open(os.path.join(OUT, fn), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Organisation", "Period", "Process", "Kontrollmoment", "Riskvärde", "Riskfärg", "Status",
                    "Statusfärg", "Kommentar"])
        for org, p, km, rv, rf, sw, sf, kom, st, av in rows:
            w.writerow([org, "Helår 2025", p, km, rv, rf, sw, sf, kom])
            expected.append((fn, org, km, st, av))
    files.append((fn, "INLAST", MBN, YEAR, "HELAR"))
    files.append((fn, "INLAST", OFN, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 7. Västerby Bostäder AB – .xls (xlwt), risk word coloured + status word coloured,
#    one colour-only status, one contradictory (word "Klar" on red)
# ---------------------------------------------------------------------------
def vbab():
    fn = "Västerby Bostäder AB IK 2025.xls"
    N = "Västerby Bostäder AB"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Helår 2025")

    def st(colour=None, bold=False, wrap=True):
        s = "font: bold %s; align: wrap %s, vert top; borders: left thin, right thin, top thin, bottom thin;" % (
            "on" if bold else "off", "on" if wrap else "off")
        if colour:
            s += " pattern: pattern solid, fore_colour %s;" % colour
        return xlwt.easyxf(s)

    plain = xlwt.easyxf("font: bold off")
    bold14 = xlwt.easyxf("font: bold on, height 280")
    boldf = xlwt.easyxf("font: bold on")
    G, Y, R = "bright_green", "yellow", "red"
    risk_col = {"Låg": G, "Medel": Y, "Hög": R}
    rows = [
        ("Hyresadministration", "Kontroll av att hyreshöjningar debiterats enligt förhandlingsöverenskommelse",
         "Hög", "Klar", G, "Stickprov 50 hyresavier, inga fel.", "Ekonomichef", "GENOMFORD", "nej"),
        ("Inköp", "Ramavtal för fastighetsunderhåll – kontroll av fakturerade timpriser", "Hög", "Pågår", Y,
         "Granskning av två av fem entreprenörer klar.", "Fastighetschef", "DELVIS", ""),
        ("Kundfordringar", "Uppföljning av hyresfordringar äldre än 60 dagar", "Medel", "Klar", G,
         "Fordringar bevakas månadsvis, 4 ärenden överlämnade till inkasso enligt rutin.", "Redovisningsansvarig",
         "GENOMFORD", ""),
        ("Nyckelhantering", "Kvittens av utlämnade nycklar och passerbrickor", "Medel", "", G, "",
         "Kundtjänstchef", "GENOMFORD", ""),
        ("IT", "Behörigheter i fastighetssystemet ses över två gånger per år", "Låg", "Klar", R, "",
         "IT-samordnare", "OKLAR", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Medel", "Ej påbörjad", R,
         "Ej utförd på grund av byte av ekonomisystem under hösten.", "Ekonomichef", "EJ_GENOMFORD", ""),
        ("Fastighetsförvaltning", "Kontroll av att OVK-besiktningar utförs enligt plan", "Låg", "Klar", G,
         "Samtliga 42 besiktningar utförda enligt plan.", "Fastighetschef", "GENOMFORD", "nej"),
    ]
    ws.write(0, 0, "Västerby Bostäder AB", bold14)
    ws.write(1, 0, "Uppföljning intern kontroll 2025 – helårsrapport till styrelsen", boldf)
    ws.write(3, 0, "Risk:", boldf)
    ws.write(3, 1, "Låg", st(G))
    ws.write(3, 2, "Medel", st(Y))
    ws.write(3, 3, "Hög", st(R))
    ws.write(4, 0, "Status:", boldf)
    ws.write(4, 1, "Klar", st(G))
    ws.write(4, 2, "Pågår", st(Y))
    ws.write(4, 3, "Ej påbörjad", st(R))
    hdr = ["Område", "Kontrollmoment", "Risk", "Status", "Kommentar", "Ansvarig"]
    for i, h in enumerate(hdr):
        ws.write(6, i, h, st(bold=True))
    for n, (omr, km, risk, sw, sc, kom, ans, stt, av) in enumerate(rows):
        r = 7 + n
        ws.write(r, 0, omr, st())
        ws.write(r, 1, km, st())
        ws.write(r, 2, risk, st(risk_col[risk]))
        ws.write(r, 3, sw, st(sc))
        ws.write(r, 4, kom, st())
        ws.write(r, 5, ans, st())
        expected.append((fn, N, km, stt, av))
    ws.write(7 + len(rows) + 1, 0, "Rapporten föredras på styrelsemöte 2026-02-05.", plain)
    for i, w in enumerate([20, 55, 9, 13, 55, 22]):
        ws.col(i).width = 256 * w
    wb.save(os.path.join(OUT, fn))
    files.append((fn, "INLAST", N, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 8. To reject: risk-matrix / colour-legend template (no follow-up in it)
# ---------------------------------------------------------------------------
def reject():
    fn = "Riskmatris och färgförklaring 2026.xlsx"
    G, Y, O, R = "00B050", "FFFF00", "FFC000", "FF0000"
    wb = openpyxl.Workbook()
    fix_times(wb)
    ws = wb.active
    ws.title = "Riskmatris"
    ws["A1"] = "Mall – riskbedömning inför internkontrollplan 2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Används av nämnderna vid väsentlighets- och riskanalysen. Skickas ut av ekonomiavdelningen, "
                "kommunledningsförvaltningen.")
    ws["A4"] = "Sannolikhet ↓ / Konsekvens →"
    labels_k = ["1 Försumbar", "2 Lindrig", "3 Kännbar", "4 Allvarlig", "5 Mycket allvarlig"]
    labels_s = ["5 Mycket sannolik", "4 Sannolik", "3 Möjlig", "2 Mindre sannolik", "1 Osannolik"]

    def col(v):
        return G if v <= 4 else Y if v <= 9 else O if v <= 14 else R
    for k, lab in enumerate(labels_k):
        ws.cell(row=4, column=2 + k, value=lab).font = Font(bold=True)
    for i, lab in enumerate(labels_s):
        s = 5 - i
        ws.cell(row=5 + i, column=1, value=lab).font = Font(bold=True)
        for k in range(1, 6):
            c = ws.cell(row=5 + i, column=1 + k, value=s * k)
            c.fill = fill(col(s * k))
            c.border = BOX
            c.alignment = Alignment(horizontal="center")
    ws["A12"] = "Färgförklaring riskvärde"
    ws["A12"].font = Font(bold=True)
    for i, (c, t) in enumerate([(G, "1–4 Låg – ingen åtgärd"), (Y, "5–9 Medel – bevaka"),
                                (O, "10–14 Hög – kontrollmoment bör tas med i planen"),
                                (R, "15–25 Mycket hög – kontrollmoment ska tas med i planen")]):
        ws.cell(row=13 + i, column=1).fill = fill(c)
        ws.cell(row=13 + i, column=2, value=t)
    ws["A18"] = "Färgförklaring status vid uppföljning"
    ws["A18"].font = Font(bold=True)
    for i, (c, t) in enumerate([(G, "Genomförd"), (Y, "Delvis genomförd"), (R, "Ej genomförd")]):
        ws.cell(row=19 + i, column=1).fill = fill(c)
        ws.cell(row=19 + i, column=2, value=t)
    ws.column_dimensions["A"].width = 30
    for c in "BCDEF":
        ws.column_dimensions[c].width = 18
    wb.save(os.path.join(OUT, fn))
    files.append((fn, "AVVISAD", "", "", ""))


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def registry():
    regs = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Miljö- och byggnämnden", "MBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Västerby Bostäder AB", "VBAB|Bostadsbolaget"),
        ("Räddningstjänstförbundet Västerby-Åby", "RTF|Räddningstjänsten Västerby-Åby"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(regs)


def main():
    ks()
    bun()
    sn()
    tn()
    kfn()
    hypergene()
    vbab()
    reject()
    registry()
    for fn, *_ in files:
        if fn.endswith((".xlsx", ".docx")):
            normalize_zip(os.path.join(OUT, fn))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(files)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(expected)
    print("files:", len(files), "controls:", len(expected))


if __name__ == "__main__":
    main()
