#!/usr/bin/python3
"""Blind round r446 - Grums kommun, delår 2025 exports from governance systems.

Builds every file of the round plus namnder.csv, files.csv and expected.csv
in the folder of this script. Deterministic (same content on every run).
Run: /usr/bin/python3 make_round.py
"""
import csv
import io
import os
import datetime

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 10, 14, 32, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


def write_text(name, text, encoding, bom=False, newline="\r\n"):
    data = text.replace("\n", newline)
    raw = data.encode(encoding)
    if bom:
        raw = b"\xef\xbb\xbf" + raw
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(raw)


def csv_text(rows, delimiter, quoting=csv.QUOTE_MINIMAL):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, quoting=quoting, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def fix_props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|IFO"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Äldreomsorgen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Bygg och miljö"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Grums Hyresbostäder AB", "GHB|Grumsbostäder|Hyresbostäder"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
]


# ---------------------------------------------------------------------------
# F1  Stratsys CSV, UTF-8 with BOM, ';' - Kommunstyrelsen, tree with process rows
# ---------------------------------------------------------------------------
def f1():
    fil = "Stratsys_export_IK_Kommunstyrelsen_delar2025.csv"
    org = "Kommunstyrelsen"
    hdr = ["Organisation", "Typ", "Namn", "Ansvarig", "Frekvens", "Status",
           "Statuskommentar", "Senast ändrad"]
    P = lambda name: [org, "Process", name, "", "", "", "", ""]
    rows = [hdr,
            [org, "Plan", "Internkontrollplan 2025", "Kommundirektör", "", "", "", "2025-01-29"],
            P("Ekonomi")]
    ctl = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Två gånger/år",
         "Genomförd", "Stickprov 25 fakturor jan–jun. Samtliga attesterade av behörig attestant.", "2025-08-27",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Representation och förtroendekänsliga poster följer riktlinjen för representation",
         "Redovisningsansvarig", "Delår/helår",
         "Genomförd", "15 verifikationer granskade. En verifikation saknade deltagarförteckning och syfte, "
         "komplettering har begärts.", "2025-08-29", "GENOMFORD", "ja"),
        ("Ekonomi", "Hantering av kontanter och kassor i receptionen", "Kanslichef", "En gång/år",
         "", "Kontrollen är genomförd i juni utan anmärkning.", "2025-06-30", "GENOMFORD", "nej"),
        ("Personal", "Löneutbetalningar: kontroll av nyanställda och avslutade anställningar i lönesystemet",
         "HR-chef", "Kvartalsvis", "Genomförd",
         "Kontroll gjord i mars och juni.\nInga felaktiga utbetalningar upptäcktes.", "2025-07-02",
         "GENOMFORD", "nej"),
        ("Ärendehantering", "Uppföljning av delegationsbeslut anmälda till kommunstyrelsen", "Kommunsekreterare",
         "Två gånger/år", "Pågående",
         "Beslut jan–apr kontrollerade, inga avvikelser hittills. Maj–aug kontrolleras i september.",
         "2025-08-20", "DELVIS", "nej"),
        ("Informationssäkerhet",
         "Behörigheter i ekonomisystemet stäms av mot aktuell personallista", "IT-chef", "En gång/år",
         "Ej påbörjad", "Planeras till oktober när nytt ekonomisystem är infört.", "2025-08-15",
         "EJ_GENOMFORD", ""),
        ("Informationssäkerhet",
         "Personuppgiftsincidenter rapporteras till IMY inom 72 timmar", "Dataskyddsombud", "Löpande",
         "", "", "", "SAKNAS", ""),
        ("Upphandling och avtal",
         "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen", "Upphandlare", "Två gånger/år",
         "Genomförd med avvikelse",
         "10 direktupphandlingar granskade, 2 saknade dokumentation. Påminnelse skickad till berörda chefer.",
         "2025-08-28", "GENOMFORD", "ja"),
        ("Upphandling och avtal",
         "Kontroll av att avtal registreras i avtalsdatabasen", "Upphandlare", "En gång/år",
         "Utgår", "Utgår enligt KS beslut 2025-04-09 § 58. Ersätts av ny kontroll 2026.", "2025-04-10",
         "UTGAR", ""),
    ]
    cur = "Ekonomi"
    for proc, km, ans, frek, st, kom, dat, es, ea in ctl:
        if proc != cur:
            rows.append(P(proc))
            cur = proc
        rows.append([org, "Kontrollmoment", km, ans, frek, st, kom, dat])
        exp(fil, org, km, es, ea)
    write_text(fil, csv_text(rows, ";"), "utf-8", bom=True)
    FILES.append((fil, "INLAST", org, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F2  Hypergene CSV, Windows-1252, ',' all fields quoted - BUN + SN, nämnd column,
#     T1 and Delår columns side by side
# ---------------------------------------------------------------------------
def f2():
    fil = "hypergene_export_internkontroll_2025_delar.csv"
    hdr = ["Nämnd", "Förvaltning", "Område", "Kontrollmoment", "Metod", "Ansvarig",
           "T1 bedömning", "T1 kommentar", "Delår bedömning", "Delår kommentar"]
    B, BF = "Barn- och utbildningsnämnden", "Barn- och utbildningsförvaltningen"
    S, SF = "Socialnämnden", "Socialförvaltningen"
    data = [
        (B, BF, "Personal", "Kontroll av att utdrag ur belastningsregistret finns för all nyanställd personal "
         "i förskola och skola", "Stickprov i personalakter", "HR-konsult",
         "Påbörjad", "Nyanställda jan–mars kontrollerade.", "Genomförd",
         "Samtliga 34 nyanställda kontrollerade. Ett utdrag saknades och har inhämtats i efterhand.",
         "GENOMFORD", "ja"),
        (B, BF, "Elevhälsa", "Rutin för anmälan av kränkande behandling till huvudman följs",
         "Genomgång av anmälningar mot rutin", "Förvaltningschef",
         "Genomförd", "Inga avvikelser.", "Genomförd", "Stickprov vårterminen, inga avvikelser.",
         "GENOMFORD", "nej"),
        (B, BF, "Ekonomi", "Skolskjutsfakturor stäms av mot beställda resor", "Avstämning per månad",
         "Controller", "Ej påbörjad", "", "Påbörjad", "Avstämning jan–apr klar, maj–jun återstår.",
         "DELVIS", ""),
        (B, BF, "Elevhälsa", "Elever med hög frånvaro följs upp enligt frånvarorutinen",
         "Stickprov 10 elever per skola", "Rektorer", "Genomförd",
         "Kontroll gjord på samtliga tre skolor, rutinen följs.", "", "",
         "GENOMFORD", "nej"),
        (B, BF, "Ekonomi", "Interkommunala ersättningar faktureras korrekt",
         "Avstämning mot elevregister", "Controller", "", "", "Ej påbörjad",
         "Flyttas till hösten på grund av vakans.", "EJ_GENOMFORD", ""),
        (B, BF, "IT", "Inventering av elevdatorer (Chromebooks)", "Inventering mot förteckning",
         "IT-samordnare", "", "", "Ej aktuell",
         "Kontrollen struken, inventering sker i nytt system från 2026.", "UTGAR", ""),
        (S, SF, "Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd sker enligt beslut",
         "Stickprov 20 ärenden", "Enhetschef IFO", "Genomförd", "Inga avvikelser.",
         "Genomförd - avvikelse", "Stickprov 20 ärenden, 2 utbetalningar saknade attest.",
         "GENOMFORD", "ja"),
        (S, SF, "Placeringar", "Placeringar på HVB – avtal och fakturor stämmer överens",
         "Avstämning faktura mot avtal", "Controller", "", "", "Påbörjad",
         "Hälften av placeringarna kontrollerade.", "DELVIS", ""),
        (S, SF, "Informationssäkerhet", "Loggkontroll i verksamhetssystemet",
         "Slumpvis loggkontroll", "Systemförvaltare", "", "", "Genomförd",
         "Loggkontroll gjord i maj. Inga obehöriga slagningar.", "GENOMFORD", "nej"),
        (S, SF, "Barn och unga", "Förhandsbedömning av orosanmälningar görs inom 14 dagar",
         "Uttag ur verksamhetssystem", "Enhetschef barn och unga", "", "", "Ej bedömd",
         "Se bilaga 3", "OKLAR", ""),
        (S, SF, "LSS", "Kontroll av att LSS-beslut verkställs inom tre månader",
         "Uttag ej verkställda beslut", "Enhetschef LSS", "", "", "Ej påbörjad", "",
         "EJ_GENOMFORD", ""),
        (S, SF, "Ekonomi", "Hantering av klienters medel", "Stickprov", "Enhetschef IFO",
         "", "", "", "", "SAKNAS", ""),
    ]
    rows = [hdr] + [list(d[:10]) for d in data]
    for d in data:
        exp(fil, d[0], d[3], d[10], d[11])
    write_text(fil, csv_text(rows, ",", quoting=csv.QUOTE_ALL), "cp1252")
    FILES.append((fil, "INLAST", B, "2025", "DELAR"))
    FILES.append((fil, "INLAST", S, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F3  In-house LEDA tab-separated .txt, UTF-8 (no BOM), nämnd sections, status codes
# ---------------------------------------------------------------------------
def f3():
    fil = "LEDA_IK_uppfoljning_SBF_2025-08.txt"
    T = "\t"
    lines = [
        "Grums kommun – Ledningssystemet LEDA",
        "Rapport:" + T + "Uppföljning internkontroll",
        "Period:" + T + "2025-01-01 – 2025-08-31 (delår)",
        "Utskriven:" + T + "2025-09-08 09:14",
        "Statuskoder:" + T + "G = Genomförd, GA = Genomförd med avvikelse, P = Pågår, E = Ej påbörjad, U = Utgår",
        "",
    ]
    sections = [
        ("Samhällsbyggnadsnämnden (SBN)", "Samhällsbyggnadsnämnden", [
            ("SBN-01", "Ekonomi", "Fakturor för entreprenader stäms av mot avtalade á-priser", "Projektledare",
             "GA", "Två fakturor med felaktigt á-pris, kreditering begärd.", "GENOMFORD", "ja"),
            ("SBN-02", "Investeringar", "Uppföljning av investeringsprojekt mot budget och tidplan",
             "Förvaltningschef", "P", "Rapporterat T1, fortsätter under hösten.", "DELVIS", ""),
            ("SBN-03", "Gata/park", "Besiktning av lekplatser enligt SS-EN 1176", "Parkingenjör",
             "G", "Alla 14 lekplatser besiktigade i maj 2025, inga allvarliga brister.", "GENOMFORD", "nej"),
            ("SBN-04", "VA", "Debitering av anläggningsavgift för nya VA-anslutningar", "VA-chef",
             "E", "", "EJ_GENOMFORD", ""),
            ("SBN-05", "Mark och exploatering", "Kontroll av att arrendeavtal indexuppräknas",
             "Mark- och exploateringsingenjör", "U", "Utgår, hanteras av KS från 2025.", "UTGAR", ""),
            ("SBN-06", "Fordon", "Attest av körjournaler för kommunens fordon", "Fordonsansvarig",
             "", "", "SAKNAS", ""),
        ]),
        ("Miljö- och byggnämnden (MBN)", "Miljö- och byggnämnden", [
            ("MBN-01", "Bygglov", "Bygglovsavgifter debiteras enligt gällande taxa", "Bygglovschef",
             "G", "10 ärenden granskade, samtliga korrekt debiterade.", "GENOMFORD", "nej"),
            ("MBN-02", "Bygglov", "Handläggningstid för bygglov inom 10 veckor", "Bygglovschef",
             "GA", "3 av 40 ärenden över 10 veckor; avgiften reducerad enligt PBL.", "GENOMFORD", "ja"),
            ("MBN-03", "Miljö", "Tillsynsplan för livsmedelskontroll följs", "Miljöchef",
             "P", "62 % av planerade inspektioner utförda.", "DELVIS", ""),
            ("MBN-04", "Administration", "Delegationsbeslut fattas av handläggare utan jäv", "Nämndsekreterare",
             "G", "Kontrollen ej påbörjad, planeras till november.", "OKLAR", ""),
            ("MBN-05", "Administration", "Inkomna handlingar registreras i diariet inom två arbetsdagar",
             "Nämndsekreterare", "E", "Skjuts till 2026 på grund av byte av ärendesystem.",
             "EJ_GENOMFORD", ""),
        ]),
    ]
    for title, namnd, rows in sections:
        lines.append("Nämnd:" + T + title)
        lines.append(T.join(["ID", "Process", "Kontrollmoment", "Ansvarig", "Statuskod", "Kommentar"]))
        for rid, proc, km, ans, kod, kom, es, ea in rows:
            lines.append(T.join([rid, proc, km, ans, kod, kom]))
            exp(fil, namnd, km, es, ea)
        lines.append("Antal kontrollmoment:" + T + str(len(rows)))
        lines.append("")
        FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    lines.append("Slut på rapport")
    write_text(fil, "\n".join(lines) + "\n", "utf-8")


# ---------------------------------------------------------------------------
# F4  Stratsys xlsx report, metadata rows, merged process cells - KFN
# ---------------------------------------------------------------------------
THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def f4():
    fil = "Stratsys_Rapport_Uppfoljning_IK_KFN_Delar2025.xlsx"
    namnd = "Kultur- och fritidsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport"
    meta = [
        ("Grums kommun", None),
        ("Rapport:", "Uppföljning internkontrollplan"),
        ("Enhet:", "Kultur- och fritidsnämnden"),
        ("Period:", "Delår 2025 (januari–augusti)"),
        ("Exporterad:", "2025-09-10 14:32 av Anna Berg"),
    ]
    for i, (a, b) in enumerate(meta, start=1):
        ws.cell(i, 1, a).font = Font(bold=(i == 1), size=14 if i == 1 else 10)
        if b:
            ws.cell(i, 2, b)
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"]
    hr = 7
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BORDER
    data = [
        ("Föreningsstöd", "Bidrag betalas ut felaktigt", 9,
         "Föreningsbidrag betalas ut enligt fastställda regler och beslut", "Stickprov 15 ansökningar",
         "Föreningskonsulent", "Klar", "15 ansökningar granskade, samtliga korrekta.", "GENOMFORD", "nej"),
        ("Föreningsstöd", "Bidrag används till annat än avsett", 6,
         "Redovisning av föreningsbidrag kontrolleras mot verksamhetsberättelse", "Genomgång av redovisningar",
         "Föreningskonsulent", "Klar med avvikelse",
         "3 föreningar har inte lämnat redovisning, krav har skickats.", "GENOMFORD", "ja"),
        ("Intäkter", "Förskingring av kontanta medel", 8,
         "Kassahantering i simhallen – dagskassor stäms av mot kassarapport", "Stickprov två månader",
         "Badmästare", "Pågår", "Stickprov april genomfört, augusti återstår.", "DELVIS", ""),
        ("Intäkter", "Uteblivna intäkter", 4, "Uthyrning av lokaler debiteras enligt taxa",
         "Jämförelse bokningssystem/faktura", "Administratör", "Ej påbörjad", "", "EJ_GENOMFORD", ""),
        ("Tillgångar", "Stöld och svinn", 3, "Inventarieförteckning för bibliotekets utrustning uppdateras",
         "Inventering", "Bibliotekschef", "Avbruten",
         "Avbruten genom beslut KFN 2025-05-20 § 31, ersätts av central inventering.", "UTGAR", ""),
        ("Avtal", "Muntliga avtal utan villkor", 6,
         "Avtal med sommarlovsaktörer är skriftliga och undertecknade", "Genomgång av avtal",
         "Fritidschef", "Klar",
         "Avtal finns för samtliga 6 aktörer.\nEtt avtal undertecknades först efter aktivitetens start.",
         "GENOMFORD", "ja"),
        ("Avtal", "Brand i lokal med barn och unga", 8,
         "Systematiskt brandskyddsarbete (SBA) på fritidsgården dokumenteras", "Kontroll av rondering",
         "Fritidsgårdsföreståndare", "", "Pågår, rondering gjord i juni, dokumentation återstår.", "DELVIS", ""),
    ]
    r = hr + 1
    start = {}
    for d in data:
        for c, v in enumerate(d[:8], start=1):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = BORDER
        start.setdefault(d[0], []).append(r)
        exp(fil, namnd, d[3], d[8], d[9])
        r += 1
    # Stratsys prints the process once: clear repeated values and merge
    for proc, rs in start.items():
        for rr in rs[1:]:
            ws.cell(rr, 1).value = None
        if len(rs) > 1:
            ws.merge_cells(start_row=rs[0], start_column=1, end_row=rs[-1], end_column=1)
    r += 1
    ws.cell(r, 1, "Antal kontrollmoment: %d" % len(data)).font = Font(italic=True)
    ws.cell(r + 1, 1, "Sida 1 av 1").font = Font(italic=True, size=8)
    for col, w in zip("ABCDEFGH", [16, 28, 10, 48, 28, 22, 18, 50]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Stratsys – Grums kommun"
    fix_props(wb)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F5  Hypergene xlsx, traffic-light fills only (no text) in T1/Delår/Helår, legend on top,
#     group heading rows; nämnd only as "Tekniska förvaltningen" in metadata + file name
# ---------------------------------------------------------------------------
GREEN = PatternFill("solid", fgColor="00B050")
YELLOW = PatternFill("solid", fgColor="FFC000")
RED = PatternFill("solid", fgColor="FF0000")
GREY = PatternFill("solid", fgColor="A6A6A6")


def f5():
    fil = "Hypergene_IK_Tekniska_2025-08.xlsx"
    namnd = "Tekniska nämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Hypergene – Uppföljning internkontroll"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Organisation: Tekniska förvaltningen"
    ws["A3"] = "Uppföljningsperiod: 2025-08 (delår)"
    ws["A4"] = "Färgförklaring:"
    legend = [(GREEN, "Genomförd"), (YELLOW, "Delvis genomförd / pågår"), (RED, "Ej genomförd"), (GREY, "Utgår")]
    col = 2
    for fill, txt in legend:
        ws.cell(4, col).fill = fill
        ws.cell(4, col + 1, txt)
        col += 2
    hdr = ["Nr", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "T1", "Delår", "Helår", "Kommentar"]
    hr = 6
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BORDER
    G, Y, R, X = GREEN, YELLOW, RED, GREY
    groups = [
        ("Fastighet", [
            ("1.1", "Mätarställningar för energi registreras månadsvis i energisystemet", "Uttag ur energisystem",
             "Månadsvis", "Energiingenjör", G, G, "Registrerat jan–aug.", "GENOMFORD", "nej"),
            ("1.2", "Obligatorisk ventilationskontroll (OVK) utförs enligt besiktningsplan",
             "Genomgång av protokoll", "En gång/år", "Fastighetschef", Y, Y,
             "7 av 12 byggnader klara, resterande bokade.", "DELVIS", ""),
            ("1.3", "Fakturor från ramavtalsleverantörer stäms av mot avtalade priser", "Stickprov 20 fakturor",
             "Två gånger/år", "Fastighetsekonom", None, G,
             "Avvikelse: fel timpris hos en leverantör, kreditering mottagen.", "GENOMFORD", "ja"),
        ]),
        ("Gata/park", [
            ("2.1", "Vinterväghållning – entreprenörens körrapporter stäms av mot faktura",
             "Avstämning körrapport/faktura", "Efter säsong", "Gatuchef", G, None,
             "Kontroll gjord efter vintersäsongen, inga avvikelser.", "GENOMFORD", "nej"),
            ("2.2", "Egenkontroll av dagvattenbrunnar", "Okulär besiktning", "En gång/år", "Driftledare",
             None, R, "Ej påbörjad på grund av resursbrist.", "EJ_GENOMFORD", ""),
        ]),
        ("Måltid", [
            ("3.1", "Egenkontroll av livsmedelshantering i köken", "Checklista per kök", "Kvartalsvis",
             "Kostchef", G, G, "", "GENOMFORD", ""),
            ("3.2", "Inköp av livsmedel sker från upphandlade leverantörer (avtalstrohet)",
             "Uttag ur e-handel", "Två gånger/år", "Kostchef", None, X,
             "Utgår – ingår i kommunstyrelsens kontroll av avtalstrohet.", "UTGAR", ""),
            ("3.3", "Matsvinn mäts och rapporteras enligt rutin", "Vägning av svinn", "Månadsvis",
             "Kostchef", None, None, "", "SAKNAS", ""),
        ]),
    ]
    r = hr + 1
    for gname, items in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for nr, km, met, frek, ans, t1, dl, kom, es, ea in items:
            vals = [nr, km, met, frek, ans, None, None, None, kom]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.border = BORDER
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if t1 is not None:
                ws.cell(r, 6).fill = t1
            if dl is not None:
                ws.cell(r, 7).fill = dl
            exp(fil, namnd, km, es, ea)
            r += 1
    for col, w in zip("ABCDEFGHI", [6, 52, 26, 14, 18, 7, 7, 7, 50]):
        ws.column_dimensions[col].width = w
    fix_props(wb)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F6  Bolag, in-house CSV, Windows-1252, ';', numeric status codes, legend row at the bottom, T2
# ---------------------------------------------------------------------------
def f6():
    fil = "GHB_internkontroll_T2_2025.csv"
    namnd = "Grums Hyresbostäder AB"
    E = ["", "", "", "", ""]
    rows = [
        ["Grums Hyresbostäder AB"] + E,
        ["Internkontroll 2025 – uppföljning tertial 2 (jan–aug)"] + E,
        [""] + E,
        ["Nr", "Kontrollmoment", "Ansvarig", "Statuskod", "Kommentar", "Datum"],
    ]
    data = [
        ("1", "Hyresavisering stäms av mot hyreslistan efter årets hyresförhandling", "Ekonomichef", "3",
         "Avstämt efter nya hyror från 1 april.", "2025-05-12", "GENOMFORD", "nej"),
        ("2", "Kundfordringar äldre än 60 dagar följs upp och lämnas till inkasso", "Ekonomiassistent", "4",
         "4 ärenden har inte skickats till inkasso i tid.", "2025-08-29", "GENOMFORD", "ja"),
        ("3", "Attest av fakturor för underhållsarbeten", "Teknisk förvaltare", "3", "", "2025-08-30",
         "GENOMFORD", ""),
        ("4", "Nyckelhantering – utlämnade nycklar kvitteras", "Kundcenter", "2",
         "Kvittens finns för Centrum, Slottsbron återstår.", "2025-08-20", "DELVIS", ""),
        ("5", "Uthyrning sker enligt kötid och uthyrningspolicy", "Uthyrare", "1", "Planeras till T3.", "",
         "EJ_GENOMFORD", ""),
        ("6", "Brandskyddskontroll i trapphus", "Teknisk förvaltare", "9",
         "Utgår, sköts genom räddningstjänstens tillsyn.", "2025-03-01", "UTGAR", ""),
        ("7", "Förtroendekänsliga poster (styrelsearvoden, representation) granskas", "VD", "", "", "",
         "SAKNAS", ""),
    ]
    for d in data:
        rows.append(list(d[:6]))
        exp(fil, namnd, d[1], d[6], d[7])
    rows.append([""] + E)
    rows.append(["Statuskod: 1 = Ej påbörjad, 2 = Pågår, 3 = Klar, 4 = Klar med avvikelse, 9 = Utgår"] + E)
    rows.append(["Godkänd av VD 2025-09-05"] + E)
    write_text(fil, csv_text(rows, ";"), "cp1252")
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# F7  In-house IK module xlsx: metadata rows, nämnd as abbreviation, code columns for
#     T1 / delår / helår, legend on a second sheet
# ---------------------------------------------------------------------------
def f7():
    fil = "Export_IK-modul_VON_2025.xlsx"
    namnd = "Vård- och omsorgsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Export"
    ws["A1"] = "IK-modulen – export kontrollmoment"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Nämnd:"
    ws["B2"] = "VON"
    ws["A3"] = "År:"
    ws["B3"] = 2025
    ws["A4"] = "Uttag:"
    ws["B4"] = "2025-09-03"
    ws["A5"] = "Statuskoder, se flik Koder"
    hdr = ["Kontroll-ID", "Kontrollmoment", "Kontrollansvarig", "Status T1", "Status delår",
           "Status helår", "Iakttagelser", "Åtgärd"]
    hr = 7
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True)
        cell.border = BORDER
    data = [
        ("VON-1", "Genomförandeplaner upprättas inom 14 dagar i hemtjänsten", "Enhetschef hemtjänst",
         "PÅG", "GEN", "", "Stickprov 30 brukare, samtliga har aktuell genomförandeplan.", "",
         "GENOMFORD", "nej"),
        ("VON-2", "Läkemedelshantering – signeringslistor kontrolleras\n(stickprov per enhet)", "MAS",
         "", "GAV", "", "Osignerade doser vid 2 enheter.", "Utbildning för berörd personal i september.",
         "GENOMFORD", "ja"),
        ("VON-3", "Avgifter för hemtjänst debiteras enligt beslut", "Avgiftshandläggare",
         "", "PÅG", "", "Jan–april kontrollerat.", "", "DELVIS", ""),
        ("VON-4", "Behörighetskontroll i journalsystemet", "Systemförvaltare",
         "", "EJP", "", "", "Ny rutin tas fram under hösten.", "EJ_GENOMFORD", ""),
        ("VON-5", "Hantering av brukares privata medel på särskilt boende", "Enhetschef SÄBO",
         "GEN", "", "", "Inga avvikelser vid kontroll i april.", "", "GENOMFORD", "nej"),
        ("VON-6", "Timmar från bemanningsföretag stäms av mot faktura", "Controller",
         "", "UTG", "", "Avtalet med bemanningsföretaget avslutat 2025-03-31.", "", "UTGAR", ""),
        ("VON-7", "Avvikelser rapporteras enligt lex Sarah-rutinen", "Kvalitetsutvecklare",
         "", "", "", "Se bilaga", "", "OKLAR", ""),
    ]
    r = hr + 1
    for d in data:
        for c, v in enumerate(d[:8], start=1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = BORDER
        exp(fil, namnd, d[1], d[8], d[9])
        r += 1
    for col, w in zip("ABCDEFGH", [12, 50, 22, 10, 12, 12, 45, 40]):
        ws.column_dimensions[col].width = w
    k = wb.create_sheet("Koder")
    k.append(["Kod", "Betydelse"])
    for row in [("GEN", "Genomförd utan avvikelse"), ("GAV", "Genomförd med avvikelse"),
                ("PÅG", "Pågår"), ("EJP", "Ej påbörjad"), ("UTG", "Utgår")]:
        k.append(list(row))
    fix_props(wb)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# Reject: Hypergene budget/outcome export (no follow-up of internal control)
# ---------------------------------------------------------------------------
def reject():
    fil = "Hypergene_utfall_KS_augusti2025.csv"
    rows = [["Ansvar", "Ansvar namn", "Konto", "Konto namn", "Budget 2025", "Utfall jan-aug", "Prognos 2025",
             "Avvikelse"]]
    data = [
        ("1000", "Kommunledning", "4010", "Löner tillsvidareanställda", "-12 450", "-8 212", "-12 390", "60"),
        ("1000", "Kommunledning", "5410", "Förbrukningsinventarier", "-320", "-251", "-360", "-40"),
        ("1100", "Ekonomienheten", "4010", "Löner tillsvidareanställda", "-6 880", "-4 501", "-6 800", "80"),
        ("1100", "Ekonomienheten", "6550", "Konsulttjänster", "-400", "-388", "-520", "-120"),
        ("1200", "HR-enheten", "4010", "Löner tillsvidareanställda", "-5 210", "-3 390", "-5 150", "60"),
        ("1300", "IT-enheten", "5460", "Licenser och programvara", "-2 900", "-2 410", "-3 050", "-150"),
        ("", "Summa", "", "", "-28 160", "-19 152", "-28 270", "-110"),
    ]
    rows += [list(d) for d in data]
    write_text(fil, csv_text(rows, ";"), "cp1252")
    FILES.append((fil, "AVVISAD", "", "", ""))


def main():
    f1(); f2(); f3(); f4(); f5(); f6(); f7(); reject()
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
