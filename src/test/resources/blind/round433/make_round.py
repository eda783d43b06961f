#!/usr/bin/python3
"""Blind round r433 - Avesta kommun, helår 2025, traffic-light follow-ups."""
import csv, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)

BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


import re, zipfile
def normalize(path):
    """Fixed timestamps (docProps and zip entries) so reruns give identical bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-01-28T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 28, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)

EXP = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = [] # (fil, utfall, nämnd, år, period)

def put_row(ws, r, values, c0=1, wrap=True, border=True):
    for i, v in enumerate(values):
        c = ws.cell(row=r, column=c0 + i, value=v)
        if wrap: c.alignment = WRAP
        if border: c.border = BOX

def widths(ws, ws_w):
    for col, w in ws_w.items():
        ws.column_dimensions[col].width = w

# ---------------------------------------------------------------- 1 KS
def f1():
    fn = "KS_uppfoljning_internkontroll_helar_2025.xlsx"
    N = "Kommunstyrelsen"
    G, Y, R = fill("00B050"), fill("FFFF00"), fill("FF0000")
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: Helår (januari–december 2025). Redovisas för kommunstyrelsen 2026-02-10."
    ws["A4"] = "Förklaring:"; ws["A4"].font = BOLD
    for col, f, t in (("B", G, "Genomförd"), ("C", Y, "Delvis genomförd / pågår"), ("D", R, "Ej genomförd")):
        ws[col + "4"] = t; ws[col + "4"].fill = f; ws[col + "4"].border = BOX
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens", "Status helår", "Kommentar/resultat"]
    put_row(ws, 6, hdr)
    for c in ws[6]: c.font = BOLD; c.fill = fill("D9E1F2")
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor per halvår", "Ekonomichef", "Halvår", G, "Genomförd",
         "Stickprov 60 fakturor. Två fakturor attesterade av fel person, rättat och information lämnad till berörda chefer.", "GENOMFORD", "ja"),
        (2, "Ekonomi", "Kontroll av representation och förtroendekänsliga poster", "Genomgång av samtliga representationsfakturor över 2 000 kr", "Redovisningsansvarig", "Årlig", G, None,
         "Inga avvikelser. Syfte och deltagare angivna på samtliga underlag.", "GENOMFORD", "nej"),
        (3, "Upphandling", "Inköp sker från avtalade leverantörer (avtalstrohet)", "Analys av leverantörsreskontra mot avtalsdatabasen", "Upphandlingschef", "Årlig", Y, "Delvis",
         "Analys gjord för kvartal 1–3. Köp utan avtal hos fyra leverantörer (ca 310 tkr). Kvartal 4 analyseras i februari 2026.", "DELVIS", "ja"),
        (4, "Upphandling", "Direktupphandlingar över 100 tkr är dokumenterade", "Stickprov 10 direktupphandlingar", "Upphandlingschef", "Årlig", R, None,
         "Ej genomförd p.g.a. vakans på upphandlingsenheten. Flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
        (5, "Personal", "Löneutbetalningar efter avslutad anställning", "Kontroll av avslutade anställningar mot lönekörning, månadsvis", "HR-chef", "Månadsvis", G, "Genomförd",
         "En felaktig utbetalning (juni, 18 400 kr) upptäcktes och har återkrävts.", "GENOMFORD", "ja"),
        (6, "Personal", "Skyddsronder genomförs enligt rutin för systematiskt arbetsmiljöarbete", "Enkät till enhetschefer", "HR-chef", "Årlig", Y, None,
         "Skyddsrond genomförd på 7 av 9 enheter. Kvarvarande enheter har fått påminnelse.", "DELVIS", "ja"),
        (7, "IT/informationssäkerhet", "Behörigheter i ekonomisystemet tas bort vid avslutad anställning", "Jämförelse behörighetslista mot personalregister", "IT-chef", "Halvår", G, None,
         "Genomförd i juni och december. Inga felaktiga behörigheter hittades.", "GENOMFORD", "nej"),
        (8, "IT/informationssäkerhet", "Säkerhetskopiering och återläsningstest", "Återläsningstest av två verksamhetssystem", "IT-chef", "Årlig", None, None,
         "Återläsningstest har inte genomförts under året, planeras till mars 2026.", "EJ_GENOMFORD", ""),
        (9, "Dokumenthantering", "Diarieföring av inkomna handlingar sker inom föreskriven tid", "Stickprov 20 handlingar per tertial", "Registrator", "Tertial", G, "Genomförd",
         None, "GENOMFORD", ""),
        (10, "Kansli", "Protokoll anslås på kommunens digitala anslagstavla inom lagstadgad tid", "Genomgång av samtliga protokoll 2025", "Kanslichef", "Årlig", G, None,
         "Samtliga protokoll anslagna inom tid.", "GENOMFORD", "nej"),
    ]
    r = 7
    for nr, proc, km, met, ans, frek, f, word, kom, st, av in rows:
        put_row(ws, r, [nr, proc, km, met, ans, frek, word, kom])
        if f: ws.cell(row=r, column=7).fill = f
        EXP.append((fn, N, km, st, av)); r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak vara tillräcklig. "
            "Ej genomförda kontroller förs över till 2026 års plan.")
    ws.cell(row=r + 2, column=1, value="Avesta 2026-01-28")
    ws.cell(row=r + 3, column=1, value="Anna Lindqvist, kommundirektör")
    widths(ws, {"A": 6, "B": 20, "C": 48, "D": 36, "E": 18, "F": 11, "G": 16, "H": 60})
    wb.save(fn); FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 2 BUN
def f2():
    fn = "BUF_IK_2025_helar.xlsx"
    N = "Barn- och utbildningsnämnden"
    G, Y, R = fill("92D050"), fill("FFD966"), fill("FF5050")
    wb = Workbook(); ws = wb.active; ws.title = "BUF IK 2025"
    ws["A1"] = "Barn- och utbildningsförvaltningen"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning helår"; ws["A2"].font = BOLD
    hdr = ["Område", "Kontrollmoment", "Riskvärde (S x K)", "Ansvarig", "T2 (aug)", "Helår", "Kommentar helår"]
    put_row(ws, 4, hdr)
    for c in ws[4]: c.font = BOLD; c.fill = fill("BDD7EE")
    groups = [
        ("Ekonomi", [
            ("Elevresor finansieras enligt riktlinjer (ingen insamling från vårdnadshavare)", 6, "Rektor", Y, G,
             "Samtliga skolor har följt riktlinjen under hösten.", "GENOMFORD", "nej"),
            ("Interkommunal ersättning (IKE) – fakturering och betalning är korrekt", 9, "Controller", G, G,
             "Stickprov 15 elever, inga fel.", "GENOMFORD", "nej"),
            ("Skolskjutsbeslut fattas enligt delegationsordningen", 4, "Skolskjutshandläggare", Y, Y,
             "Kontroll gjord för grundskolan, gymnasiet återstår. Tre beslut saknade delegationsbeslut och har anmälts i efterhand.", "DELVIS", "ja"),
        ]),
        ("Verksamhet", [
            ("Anmälan om kränkande behandling lämnas till huvudman inom fem arbetsdagar", 12, "Rektor", Y, Y,
             "Genomsnittlig tid 7 dagar. Arbetet fortsätter med ny digital blankett.", "DELVIS", "ja"),
            ("Problematisk skolfrånvaro anmäls till elevhälsan enligt rutin", 8, "Elevhälsochef", G, None,
             None, "GENOMFORD", ""),
            ("Utdrag ur belastningsregistret kontrolleras vid nyanställning", 9, "HR-konsult", G, G,
             "Samtliga 42 nyanställningar kontrollerade.", "GENOMFORD", "nej"),
            ("Systematiskt kvalitetsarbete dokumenteras i Hypergene", 4, "Förvaltningschef", None, R,
             "Ej genomförd – modulen i Hypergene infördes inte som planerat.", "EJ_GENOMFORD", ""),
        ]),
        ("Personal", [
            ("Lärarlegitimation kontrolleras vid anställning", 6, "Rektor", G, G, None, "GENOMFORD", ""),
            ("Sjukfrånvaro följs upp och rehabiliteringsplan upprättas", 6, "Rektor", R, Y,
             "Rutinen följs på 8 av 11 enheter.", "DELVIS", "ja"),
        ]),
    ]
    r = 5
    for g, rows in groups:
        ws.cell(row=r, column=1, value=g).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).fill = fill("F2F2F2"); r += 1
        for km, rv, ans, ft2, fh, kom, st, av in rows:
            put_row(ws, r, [g, km, rv, ans, None, None, kom])
            if ft2: ws.cell(row=r, column=5).fill = ft2
            if fh: ws.cell(row=r, column=6).fill = fh
            EXP.append((fn, N, km, st, av)); r += 1
    r += 1
    ws.cell(row=r, column=1, value="Färgförklaring").font = BOLD; r += 1
    for f, t in ((G, "Kontrollen genomförd"), (Y, "Kontrollen delvis genomförd"), (R, "Kontrollen ej genomförd")):
        ws.cell(row=r, column=1).fill = f; ws.cell(row=r, column=1).border = BOX
        ws.cell(row=r, column=2, value=t); r += 1
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen behandlas i barn- och utbildningsnämnden 2026-02-18.")
    widths(ws, {"A": 14, "B": 56, "C": 10, "D": 20, "E": 10, "F": 10, "G": 60})
    wb.save(fn); FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 3 SN
def f3():
    fn = "Socialforvaltningen_IKP_2025_uppfoljning.xlsx"
    N = "Socialnämnden"
    G, Y, R = fill("C6EFCE"), fill("FFEB9C"), fill("FFC7CE")
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning helår"
    ws["A1"] = "Socialförvaltningen, Avesta kommun – Uppföljning av internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Avser: helår 2025. Färgernas betydelse, se flik Förklaring."
    hdr = ["Risk", "Kontrollmoment", "Metod och omfattning", "Riskvärde", "Status", "Resultat och analys", "Åtgärd"]
    put_row(ws, 4, hdr)
    for c in ws[4]: c.font = BOLD
    blocks = [
        ("Process: Myndighetsutövning barn och unga", [
            ("Utredningar avslutas inte inom lagstadgad tid", "Utredningstiden fyra månader enligt 11 kap. 2 § SoL följs",
             "Uttag ur verksamhetssystemet, samtliga avslutade utredningar", 12, Y, None,
             "91 % av utredningarna avslutades inom fyra månader. 14 utredningar förlängdes utan dokumenterat beslut.", "Veckovis bevakning av utredningstid införd.", "GENOMFORD", "ja"),
            ("Barn far illa utan att åtgärd vidtas", "Orosanmälningar förhandsbedöms inom 14 dagar",
             "Stickprov 30 anmälningar", 9, G, "OK", "Samtliga förhandsbedömningar inom tid.", None, "GENOMFORD", "nej"),
        ]),
        ("Process: Ekonomiskt bistånd", [
            ("Felaktiga utbetalningar", "Utbetalning av ekonomiskt bistånd sker enligt beslut",
             "Stickprov 25 utbetalningar per tertial", 12, Y, None,
             "En dubbelutbetalning (4 200 kr) upptäcktes, återkrav beslutat.", "Tvåhandsprincip vid manuella utbetalningar.", "GENOMFORD", "ja"),
            ("Bidragsbrott", "Kontroll mot SSBTEK vid nyansökan",
             "Stickprov 20 ärenden", 8, G, None, "Kontroll gjord i samtliga granskade ärenden.", None, "GENOMFORD", "nej"),
        ]),
        ("Process: Placeringar", [
            ("Köp utan avtal", "Avtal finns vid köp av placering (HVB och konsulentstödda familjehem)",
             "Genomgång av samtliga externa placeringar", 9, R, None,
             "Ej genomförd under året på grund av hög personalomsättning. Förs över till 2026.", None, "EJ_GENOMFORD", ""),
            ("Felaktiga ersättningar", "Familjehemsersättning betalas ut enligt SKR:s riktlinjer",
             "Stickprov 10 familjehem", 6, None, None, "Se bilaga 2", None, "OKLAR", ""),
        ]),
        ("Process: Informationssäkerhet", [
            ("Otillbörlig åtkomst till personuppgifter", "Loggkontroll i verksamhetssystemet",
             "Kontroll av tio slumpvis valda användare per månad", 12, G, None,
             "Loggkontroller genomförda varje månad, ingen otillbörlig åtkomst upptäckt.", None, "GENOMFORD", "nej"),
            ("Sekretessbelagda uppgifter lämnas ut", "Sekretessprövning vid utlämnande av allmän handling dokumenteras",
             "Stickprov 10 utlämnanden", 4, None, None, None, None, "SAKNAS", ""),
        ]),
        ("Process: Arbetsmiljö", [
            ("Hot och våld mot personal", "Incidenter rapporteras i KIA och åtgärder följs upp",
             "Genomgång av incidentrapporter och vidtagna åtgärder", 8, G, None,
             "12 rapporter under året, samtliga hanterade enligt rutin.", None, "GENOMFORD", "nej"),
        ]),
    ]
    r = 5
    for head, rows in blocks:
        ws.cell(row=r, column=1, value=head).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); r += 1
        for risk, km, met, rv, f, word, res, atg, st, av in rows:
            put_row(ws, r, [risk, km, met, rv, word, res, atg])
            if f: ws.cell(row=r, column=5).fill = f
            EXP.append((fn, N, km, st, av)); r += 1
    widths(ws, {"A": 30, "B": 50, "C": 34, "D": 9, "E": 9, "F": 60, "G": 36})
    ws2 = wb.create_sheet("Förklaring")
    ws2["A1"] = "Förklaring till statuskolumnen"; ws2["A1"].font = BOLD
    for i, (f, t) in enumerate(((G, "Kontrollen genomförd – inga avvikelser"),
                                (Y, "Kontrollen genomförd – avvikelser har upptäckts, åtgärder vidtas"),
                                (R, "Kontrollen ej genomförd"),
                                (None, "Ingen färg = ej rapporterad"))):
        c = ws2.cell(row=3 + i, column=1); c.border = BOX
        if f: c.fill = f
        ws2.cell(row=3 + i, column=2, value=t)
    ws2["A9"] = "Riskvärde = sannolikhet (1–4) x konsekvens (1–4)."
    ws2.column_dimensions["A"].width = 8; ws2.column_dimensions["B"].width = 65
    wb.save(fn); FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 4 VON (conditional formatting 1/2/3)
def f4():
    fn = "VON_internkontroll_2025_helar.xlsx"
    N = "Vård- och omsorgsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Helår 2025"
    ws.oddHeader.center.text = "Vård- och omsorgsnämnden"
    ws.oddFooter.left.text = "Avesta kommun"; ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning intern kontroll 2025 – helårsrapport"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Obs! Status anges med siffra: 1 = Genomförd (grön), 2 = Delvis genomförd/pågår (gul), "
                "3 = Ej genomförd (röd). Cellen färgas automatiskt.")
    ws["A2"].font = Font(italic=True, color="7F7F7F")
    hdr = ["Id", "Rutin/process", "Kontrollmoment", "Kontrollansvarig", "Tidpunkt", "Status (1–3)", "Iakttagelser", "Åtgärd/återrapportering"]
    put_row(ws, 4, hdr)
    for c in ws[4]: c.font = BOLD; c.fill = fill("DDEBF7")
    rows = [
        ("V1", "Läkemedelshantering", "Signeringslistor för läkemedel är kompletta", "MAS", "Oktober", 2,
         "Stickprov på sex särskilda boenden. Saknade signeringar på två boenden.", "Ny kontroll april 2026", "DELVIS", "ja"),
        ("V2", "Avgifter", "Avgiftsbeslut för hemtjänst och särskilt boende är korrekta", "Avgiftshandläggare", "Tertialvis", 1,
         "20 ärenden granskade, inga fel.", None, "GENOMFORD", "nej"),
        ("V3", "Hemtjänst", "Utförd tid i hemtjänsten stämmer mot beviljad tid", "Enhetschef hemtjänst", "Halvår", 1,
         "Avvikelse över 20 % i sex ärenden, besluten har omprövats.", "Återrapport VON mars 2026", "GENOMFORD", "ja"),
        ("V4", "Bemanning", "Kontroll av LAS-dagar för timavlönade", "HR-specialist", "Kvartalsvis", 3,
         "Ej genomförd, nytt bemanningssystem under införande.", "Flyttas till 2026", "EJ_GENOMFORD", ""),
        ("V5", "Delegering", "Delegeringar av hälso- och sjukvårdsuppgifter är aktuella", "Legitimerade sjuksköterskor", "Årligen", 1,
         "Samtliga delegeringar förnyade inom tid.", None, "GENOMFORD", "nej"),
        ("V6", "Upphandling", "Inköp av hjälpmedel sker via upphandlat avtal", "Hjälpmedelssamordnare", "Årligen", "–",
         "Utgår – kontrollen har flyttats till kommunstyrelsens plan (beslut VON 2025-05-14 § 45).", None, "UTGAR", ""),
        ("V7", "Lex Sarah", "Rapporter enligt lex Sarah utreds och anmäls till IVO inom föreskriven tid", "Kvalitetsstrateg", "Tertialvis", 2,
         "Två av nio utredningar överskred tiden.", "Rutin revideras", "DELVIS", "ja"),
        ("V8", "Brandskydd", "Systematiskt brandskyddsarbete (SBA) på särskilda boenden", "Enhetschef SÄBO", "Årligen", 1,
         None, None, "GENOMFORD", ""),
        ("V9", "Nyckelhantering", "Nyckelkvittenser i hemtjänsten är kompletta", "Enhetschef hemtjänst", "Halvår", None,
         None, None, "SAKNAS", ""),
    ]
    r = 5
    for vid, proc, km, ans, tid, st_num, iakt, atg, st, av in rows:
        put_row(ws, r, [vid, proc, km, ans, tid, st_num, iakt, atg])
        ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
        EXP.append((fn, N, km, st, av)); r += 1
    rng = "F5:F%d" % (r - 1)
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["1"], fill=fill("00B050")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["2"], fill=fill("FFFF00")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=["3"], fill=fill("FF0000")))
    ws.cell(row=r + 1, column=1, value="Sammanställt av kvalitetsstrateg 2026-01-20")
    widths(ws, {"A": 6, "B": 20, "C": 52, "D": 24, "E": 12, "F": 12, "G": 56, "H": 28})
    ws.print_title_rows = "4:4"
    wb.save(fn); FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 5 KFN (unusual colours)
def f5():
    fn = "KFN_internkontroll_helar_2025.xlsx"
    N = "Kultur- och fritidsnämnden"
    GR, OR, GY, BL, RD = fill("70AD47"), fill("F4B084"), fill("BFBFBF"), fill("9BC2E6"), fill("E06666")
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Kultur- och fritidsnämnden Avesta – Internkontroll 2025, helårsuppföljning"; ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvar", "Genomförande", "Status", "Kommentar"]
    put_row(ws, 3, hdr)
    for c in ws[3]: c.font = BOLD; c.fill = fill("FFF2CC")
    rows = [
        ("Kassahantering", "Dagskassor i simhallen stäms av och redovisas dagligen", "Badchef", "Stickprov 10 dagar", RD, None,
         "Differenser vid tre tillfällen (totalt 1 150 kr). Rutin med dubbelkontroll vid kassaavslut är införd.", "GENOMFORD", "ja"),
        ("Bidrag", "Föreningsbidrag betalas ut enligt bidragsregler och beslut", "Fritidskonsulent", "Granskning av samtliga aktivitetsstöd", GR, None,
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Bidrag", "Redovisning av projektbidrag från föreningar granskas", "Fritidskonsulent", "Samtliga projektbidrag", OR, None,
         "Granskning av inkomna redovisningar pågår, klart februari 2026.", "DELVIS", ""),
        ("Lokaler", "Uthyrning av lokaler faktureras enligt fastställd taxa", "Bokningsansvarig", "Stickprov 20 bokningar", GR, "Klar",
         "Två bokningar hade fel taxa, fakturorna är korrigerade.", "GENOMFORD", "ja"),
        ("Bibliotek", "Medieinköp sker enligt avtal", "Bibliotekschef", "Jämförelse inköp mot avtal", BL, None,
         "Nytt avtal gäller från 2026.", "UTGAR", ""),
        ("Säkerhet", "Säkerhetsrutiner vid publika arrangemang följs (checklista)", "Evenemangssamordnare", "Checklista vid 5 arrangemang", GY, None,
         None, "EJ_GENOMFORD", ""),
        ("Personal", "Timanställdas arbetstid attesteras av behörig chef", "Enhetschefer", "Stickprov 2 månader", GR, None,
         "Genomförd, inga avvikelser.", "GENOMFORD", "nej"),
        ("Allmänna handlingar", "Gallring sker enligt dokumenthanteringsplan", "Nämndsekreterare", "Genomgång av arkiv", GY, "Ej påbörjad",
         "Skjuts till 2026.", "EJ_GENOMFORD", ""),
        ("Ungdomsverksamhet", "Registerutdrag finns för personal på fritidsgårdar", "Fritidsgårdschef", "Genomgång personalakter", OR, None,
         "Utdrag finns för 11 av 13 anställda, två utdrag är beställda.", "DELVIS", "ja"),
    ]
    r = 4
    for omr, km, ans, gen, f, word, kom, st, av in rows:
        put_row(ws, r, [omr, km, ans, gen, word, kom])
        ws.cell(row=r, column=5).fill = f
        EXP.append((fn, N, km, st, av)); r += 1
    # legend to the right
    ws["H3"] = "Teckenförklaring status"; ws["H3"].font = BOLD
    for i, (f, t) in enumerate(((GR, "Klar"), (OR, "Pågår"), (GY, "Ej påbörjad"), (BL, "Ej aktuell 2025"),
                                (RD, "Genomförd – avvikelse som kräver åtgärd"))):
        ws.cell(row=4 + i, column=8).fill = f; ws.cell(row=4 + i, column=8).border = BOX
        ws.cell(row=4 + i, column=9, value=t)
    ws.cell(row=r + 1, column=1, value="Godkänd av förvaltningschef 2026-01-30")
    widths(ws, {"A": 20, "B": 52, "C": 20, "D": 28, "E": 12, "F": 60, "G": 3, "H": 6, "I": 40})
    wb.save(fn); FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 6 SBN (words only)
def f6():
    fn = "SBF_uppfoljning_IK_2025.xlsx"
    N = "Samhällsbyggnadsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Blad1"
    ws["A1"] = "Nämnd/förvaltning:"; ws["B1"] = "Samhällsbyggnadsförvaltningen"
    ws["A2"] = "År:"; ws["B2"] = 2025
    ws["A3"] = "Uppföljning:"; ws["B3"] = "Helår"
    for c in ("A1", "A2", "A3"): ws[c].font = BOLD
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Kontrollmetod", "Konstaterad avvikelse", "Förslag på åtgärder", "Status", "Återrapporteras"]
    put_row(ws, 5, hdr)
    for c in ws[5]: c.font = BOLD
    rows = [
        ("SB1", "Bygglov", "Handläggningstid för bygglov håller sig inom tio veckor", "Uttag ur ärendesystemet",
         "Tidsfristen överskreds i 5 av 212 ärenden.", "Förbättrad bevakning av tidsfrister.", "Genomförd med avvikelse", "Nämnden mars 2026", "GENOMFORD", "ja"),
        ("SB2", "Miljö- och livsmedelstillsyn", "Avgifter för livsmedelskontroll debiteras enligt taxa", "Stickprov 15 objekt",
         "Ingen", None, "Genomförd", None, "GENOMFORD", "nej"),
        ("SB3", "Gata/park", "Entreprenörens faktura för vinterväghållning kontrolleras mot körjournal", "Stickprov 3 månader",
         None, None, "Pågår", "Helår 2026", "DELVIS", ""),
        ("SB4", "Fastighet", "Hyresavtal för externa lokaler är aktuella och registrerade", "Genomgång av avtalsregistret",
         None, None, "Ej genomförd", "Delår 2026", "EJ_GENOMFORD", ""),
        ("SB5", "Mark och exploatering", "Arrendeavgifter faktureras enligt avtal", "Genomgång samtliga arrenden",
         "Ingen", None, "Genomförd", None, "GENOMFORD", "nej"),
        ("SB6", "Bostadsanpassning", "Bidrag för bostadsanpassning beslutas enligt delegationsordningen", "Stickprov 10 beslut",
         None, None, "Ej aktuell – ströks vid revidering av planen i juni", None, "UTGAR", ""),
        ("SB7", "GIS/kart", "Beställda nybyggnadskartor faktureras", "Avstämning beställningar mot fakturering",
         None, None, None, None, "SAKNAS", ""),
        ("SB8", "Trafik", "Parkeringstillstånd för rörelsehindrade handläggs enligt rutin", "Stickprov 10 ärenden",
         "Ingen", None, "Genomförd", None, "GENOMFORD", "nej"),
    ]
    r = 6
    for vals in rows:
        put_row(ws, r, list(vals[:8]))
        EXP.append((fn, N, vals[2], vals[8], vals[9])); r += 1
    widths(ws, {"A": 16, "B": 26, "C": 54, "D": 32, "E": 34, "F": 30, "G": 26, "H": 18})
    wb.save(fn); FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 7 SDRF (.ods, two years side by side)
def f7():
    fn = "SDRF_intern_kontroll_2025.ods"
    N = "Södra Dalarnas Räddningstjänstförbund"
    G, Y, R = fill("00B050"), fill("FFC000"), fill("C00000")
    wb = Workbook(); ws = wb.active; ws.title = "Intern kontroll"
    ws["A1"] = "Södra Dalarnas Räddningstjänstförbund – Intern kontroll, uppföljning helår 2025"; ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Kontrollmoment", "Ansvarig", "Status 2024", "Status 2025", "Kommentar 2025"]
    put_row(ws, 3, hdr)
    for c in ws[3]: c.font = BOLD
    ws["D3"].comment = Comment("Färg enligt förklaringen i rad 4. Lämna tom om kontrollen inte rapporterats.", "Förbundskansliet")
    ws["A4"] = ("Obs! Färgmarkering i statuskolumnerna: grön = utförd, gul = delvis utförd, röd = ej utförd.")
    ws["A4"].font = Font(italic=True); ws.merge_cells("A4:E4")
    rows = [
        ("Tillsyn enligt LSO genomförs enligt tillsynsplanen", "Tillsynsansvarig", G, None, Y, None,
         "62 av 75 planerade tillsyner genomförda, resterande flyttas till 2026.", "DELVIS", "ja"),
        ("Onödiga automatiska brandlarm faktureras enligt taxa", "Administratör", G, None, G, "OK",
         "Samtliga onödiga larm fakturerade.", "GENOMFORD", "nej"),
        ("Utryckningsfordon – besiktning och service enligt plan", "Fordonsansvarig", Y, None, G, None,
         None, "GENOMFORD", ""),
        ("Deltidsbrandmäns arvoden och timrapporter attesteras korrekt", "Stationschef Avesta", G, None, R, None,
         "Ej genomförd under 2025 på grund av byte av lönesystem.", "EJ_GENOMFORD", ""),
        ("Andningsskydd – årlig funktionskontroll", "Materialansvarig", G, None, G, None,
         "Samtliga 48 apparater kontrollerade enligt plan.", "GENOMFORD", "nej"),
        ("Attest av leverantörsfakturor enligt attestordningen", "Förbundschef", None, "Ny 2025", Y, None,
         "Stickprov gjort endast för första halvåret.", "DELVIS", ""),
        ("Utbildningsplan för insatspersonal följs", "Utbildningsansvarig", R, None, None, None,
         None, "SAKNAS", ""),
    ]
    r = 5
    for km, ans, f24, w24, f25, w25, kom, st, av in rows:
        put_row(ws, r, [km, ans, w24, w25, kom])
        if f24: ws.cell(row=r, column=3).fill = f24
        if f25: ws.cell(row=r, column=4).fill = f25
        EXP.append((fn, N, km, st, av)); r += 1
    ws.cell(row=r + 1, column=1, value="Direktionen 2026-02-25, ärende 7")
    widths(ws, {"A": 58, "B": 22, "C": 12, "D": 12, "E": 60})
    tmp = tempfile.mkdtemp(prefix="r433_")
    src = os.path.join(tmp, "SDRF_intern_kontroll_2025.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round433",
                    "--convert-to", "ods", "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, "SDRF_intern_kontroll_2025.ods"), fn)
    shutil.rmtree(tmp)
    FILES.append((fn, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 8 reject: Office lock file
def f8():
    fn = "~$KFN_internkontroll_helar_2025.xlsx"
    user = "Maria Eklund"
    b = bytes([len(user)]) + user.encode("latin-1").ljust(53, b" ")
    b += bytes([len(user), 0]) + user.encode("utf-16-le").ljust(110, b"\x20\x00"[:1])
    b = b[:162].ljust(162, b"\x20") + b"\x00\x00\x00"
    with open(fn, "wb") as fh: fh.write(b)
    FILES.append((fn, "AVVISAD", "", "", ""))

def write_csvs():
    with open("namnder.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for row in [
            ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
            ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
            ("Socialnämnden", "SN|Socialförvaltningen|SOC|Individ- och familjeomsorgen"),
            ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Äldreomsorgen"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
            ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF|Miljö- och byggnämnden"),
            ("Överförmyndarnämnden", "ÖFN|Överförmyndarnämnden Avesta-Hedemora"),
            ("Valnämnden", "VN"),
            ("Avesta Vatten och Avfall AB", "AVAB|Avesta Vatten & Avfall"),
            ("Södra Dalarnas Räddningstjänstförbund", "SDRF|Räddningstjänsten|Räddningstjänsten Avesta-Hedemora"),
        ]:
            w.writerow(row)
    with open("files.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXP)

if __name__ == "__main__":
    for f in (f1, f2, f3, f4, f5, f6, f7, f8):
        f()
    for fil, utfall, *_ in FILES:
        if fil.endswith(".xlsx") and utfall == "INLAST":
            normalize(fil)
    write_csvs()
    print("files:", len(FILES), "controls:", len(EXP))
