#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r230 - Kvarnby kommun, delår 2025. Follow-ups arriving by e-mail."""
import os, csv, base64, quopri
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.enum.section import WD_ORIENT

OUT = os.path.dirname(os.path.abspath(__file__))
EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, st, av):
    EXP.append((fil, namnd, km, st, av))

def write_eml(name, raw):
    raw = raw.replace('\r\n', '\n').replace('\n', '\r\n')
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(raw.encode('utf-8'))

def write_bytes(name, b):
    b = b.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(b)

def normalize_zip(name):
    """Rewrite an OOXML zip with fixed timestamps so the build is byte-deterministic."""
    import zipfile, io
    path = os.path.join(OUT, name)
    src = zipfile.ZipFile(path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 3, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    src.close()
    with open(path, "wb") as f:
        f.write(buf.getvalue())

# ---------------------------------------------------------------- register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik- och serviceförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Miljö- och byggnämnden", "MBN|Samhällsbyggnadsförvaltningen|Miljö- och byggförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Kvarnby Energi AB", "Kvarnby Energi|KEAB"),
    ("Räddningstjänstförbundet Kvarnby-Ådala", "RTF|Räddningstjänsten Kvarnby-Ådala|Räddningstjänstförbundet"),
]

# ================================================================ 01 BUN - plain 8bit e-mail, numbered lines
F1 = "Uppföljning IK delår 2025 - BUN.eml"
N1 = "Barn- och utbildningsnämnden"
bun = [
    ("Attest av leverantörsfakturor enligt attestordningen", "Genomförd",
     "Stickprov på 40 fakturor. 2 fakturor saknade andra attest. Rutinen har påmints på rektorsmötet i juni.", "GENOMFORD", "ja"),
    ("Kontroll av att utdrag ur belastningsregistret uppvisats vid nyanställning", "Genomförd",
     "25 nyanställningar kontrollerade, samtliga hade uppvisat utdrag. Inga avvikelser.", "GENOMFORD", "nej"),
    ("Skolpliktsbevakning - anmälan om elev med hög frånvaro till huvudman inom fem dagar", "Pågår",
     "Vårterminen kontrollerad utan anmärkning. Höstterminen kontrolleras i november.", "DELVIS", "nej"),
    ("Anmälan av kränkande behandling till huvudman och nämnd", "Genomförd med avvikelse",
     "6 av 31 anmälningar hade inte rapporterats till huvudmannen inom en vecka. Påminnelse till rektorer, ny kontroll T3.", "GENOMFORD", "ja"),
    ("Efterlevnad av avtal vid inköp av läromedel", "Ej påbörjad",
     "Planeras till oktober.", "EJ_GENOMFORD", ""),
    ("Loggkontroll av elevhälsans journalsystem (PMO)", "Genomförd",
     "Loggkontroll genomförd i maj. Inga otillåtna åtkomster.", "GENOMFORD", "nej"),
    ("Korrekt debitering av barnomsorgsavgifter enligt maxtaxan", "Delvis genomförd",
     "50 av planerade 100 stickprov gjorda. 1 felaktig debitering upptäckt och rättad.", "DELVIS", "ja"),
]
body = ["Hej!", "",
        "Här kommer Barn- och utbildningsnämndens uppföljning av internkontrollplanen per delår (jan-aug) 2025.",
        "Nämnden behandlar uppföljningen på sammanträdet den 24 september.", ""]
for i, (km, st, res, _, _) in enumerate(bun, 1):
    body += [f"{i}. {km}", f"Status: {st}", f"Resultat: {res}", ""]
    exp(F1, N1, km, bun[i-1][3], bun[i-1][4])
body += ["Hör av dig om något är oklart.", "", "Vänliga hälsningar",
         "Anna Lindqvist", "Controller, Barn- och utbildningsförvaltningen", "Kvarnby kommun", "0512-71 20 45"]
raw = f"""Return-Path: <anna.lindqvist@kvarnby.se>
Message-ID: <20250901083512.4471@kvarnby.se>
Date: Mon, 1 Sep 2025 08:35:12 +0200
From: Anna Lindqvist <anna.lindqvist@kvarnby.se>
To: Ekonomiavdelningen <ekonomi@kvarnby.se>
Subject: =?utf-8?q?Uppf=C3=B6ljning_intern_kontroll_del=C3=A5r_2025_=E2=80=93_BUN?=
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

""" + "\n".join(body) + "\n"
write_eml(F1, raw)
FILES.append((F1, "INLAST", N1, "2025", "DELAR"))

# ================================================================ 02 SN - quoted-printable, pipe text table with legend
F2 = "Delårsuppföljning internkontroll 2025 Socialnämnden.eml"
N2 = "Socialnämnden"
sn = [
    ("1", "Ekonomiskt bistånd", "Kontroll av att beslut om ekonomiskt bistånd fattats i enlighet med delegationsordningen", "G",
     "30 ärenden granskade, inga avvikelser.", "GENOMFORD", "nej"),
    ("2", "Ekonomiskt bistånd", "Kontroll mot SSBTEK före utbetalning av ekonomiskt bistånd", "D",
     "Stickprov jan-apr klart utan anmärkning, maj-aug återstår.", "DELVIS", "nej"),
    ("3", "Barn och unga", "Förhandsbedömning inom 14 dagar efter inkommen orosanmälan", "G",
     "112 av 130 inom tid (86 %). Avvikelse, åtgärdsplan tas fram av enhetschef.", "GENOMFORD", "ja"),
    ("4", "Barn och unga", "Uppföljning av placeringar i familjehem (besök minst fyra gånger per år)", "E",
     "Ej genomförd pga personalbrist, flyttas till T3.", "EJ_GENOMFORD", ""),
    ("5", "LSS", "Kontroll av att beslut om insatser enligt LSS verkställs inom tre månader", "G",
     "Inga ej verkställda beslut äldre än tre månader.", "GENOMFORD", "nej"),
    ("6", "Informationssäkerhet", "Kontroll av behörigheter i verksamhetssystemet Lifecare", "",
     "Kontrollen gjord i augusti, 3 behörigheter för slutade medarbetare togs bort.", "GENOMFORD", "ja"),
    ("7", "Upphandling", "Köp av externa placeringar utan avtal (direktupphandling)", "U",
     "Utgår - ingår i KS kommunövergripande kontroll 2025.", "UTGAR", ""),
    ("8", "Dokumentation", "Journalföring utan dröjsmål enligt 11 kap. 5 § SoL", "", "", "SAKNAS", ""),
]
lines = ["Hej,", "",
         "Bifogar inte någon fil den här gången utan klistrar in tabellen direkt i mejlet.",
         "", "SOCIALNÄMNDEN - UPPFÖLJNING AV INTERNKONTROLLPLAN 2025",
         "Period: delår 1 januari - 31 augusti 2025", "",
         "Teckenförklaring: G = genomförd, D = delvis genomförd, E = ej genomförd, U = utgår", "",
         "Nr | Process | Kontrollmoment | Status | Kommentar",
         "---|---------|----------------|--------|----------"]
for nr, proc, km, st, kom, es, ea in sn:
    lines.append(f"{nr} | {proc} | {km} | {st} | {kom}")
    exp(F2, N2, km, es, ea)
lines += ["", "Punkt 8 har vi inte hunnit få in underlag på ännu.", "",
          "Med vänlig hälsning", "Karin Sjöberg", "Kvalitetsutvecklare, Socialförvaltningen", "Kvarnby kommun"]
qp = quopri.encodestring("\n".join(lines).encode("utf-8") + b"\n")
hdr = b"""Message-ID: <a81c3f29e2b04d57@kvarnby.se>
Date: Tue, 2 Sep 2025 16:02:47 +0200
From: =?utf-8?q?Karin_Sj=C3=B6berg?= <karin.sjoberg@kvarnby.se>
To: ekonomi@kvarnby.se
Cc: Socialchef Kvarnby <socialchef@kvarnby.se>
Subject: =?utf-8?q?Del=C3=A5rsuppf=C3=B6ljning_IK_2025_Socialn=C3=A4mnden?=
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

"""
write_bytes(F2, hdr + qp)
FILES.append((F2, "INLAST", N2, "2025", "DELAR"))

# ================================================================ 03 VB: Tekniska - Outlook forward, tab table pasted from Excel, T1 + delår
F3 = "VB Uppföljning IKP Tekniska nämnden delår 2025.eml"
N3 = "Tekniska nämnden"
tn = [
    ("Fakturahantering", "Attest av leverantörsfakturor enligt attestordningen", "Tertial", "Ekonomichef",
     "Genomförd", "Genomförd", "Inga avvikelser", "GENOMFORD", "nej"),
    ("Fordon", "Körjournaler för kommunens fordon förs och kontrolleras", "Tertial", "Fordonssamordnare",
     "Delvis", "Genomförd", "Delår: samtliga körjournaler kompletta, inga avvikelser.", "GENOMFORD", "nej"),
    ("Upphandling", "Avtalstrohet vid inköp av entreprenadtjänster", "Årlig", "Upphandlare",
     "-", "Ej genomförd", "Görs under hösten", "EJ_GENOMFORD", ""),
    ("VA", "Egenkontroll av dricksvattenkvalitet enligt kontrollprogram", "Månad", "VA-chef",
     "Genomförd", "Genomförd med avvikelse", "Förhöjda halter koliforma bakterier i Norrby i juni, kokningsrekommendation utfärdades 3 dagar.", "GENOMFORD", "ja"),
    ("Gata/park", "Besiktning av lekplatser (årlig huvudbesiktning)", "Årlig", "Parkchef",
     "Ej påbörjad", "Delvis", "12 av 19 lekplatser besiktigade, inga allvarliga anmärkningar", "DELVIS", "nej"),
    ("Fastighet", "Systematiskt brandskyddsarbete (SBA) i kommunala lokaler", "Tertial", "Fastighetschef",
     "Genomförd", "", "", "GENOMFORD", ""),
    ("Avfall", "Debitering av renhållningsavgift överensstämmer med abonnemang", "Tertial", "Avfallschef",
     "Genomförd", "Se bilaga", "", "OKLAR", ""),
    ("Personal", "Övertid och jour attesteras av behörig chef", "Tertial", "HR-partner",
     "Utgår", "Utgår", "Kontrolleras centralt av KS fr.o.m. 2025", "UTGAR", ""),
]
tl = ["Process\tKontrollmoment\tFrekvens\tAnsvarig\tUtfall T1\tUtfall delår\tKommentar"]
for p, km, fr, an, t1, d, k, es, ea in tn:
    tl.append("\t".join([p, km, fr, an, t1, d, k]))
    exp(F3, N3, km, es, ea)
body = """Hej!

Vidarebefordrar Tekniska förvaltningens uppföljning som kom in till registraturen. Diarienummer TN 2025/112.

Mvh
Sofia Nyberg
Registrator, Kvarnby kommun

________________________________
Från: Per Holm <per.holm@kvarnby.se>
Skickat: den 29 augusti 2025 14:12
Till: Registrator Kvarnby kommun <registrator@kvarnby.se>
Ämne: Uppföljning IKP Tekniska nämnden delår 2025

Hej, här kommer uppföljningen av Tekniska nämndens internkontrollplan per delår 2025, inklistrad från vår Excel.

""" + "\n".join(tl) + """

Avfallsenhetens redovisning av stickprovet kommer som separat bilaga.

Med vänlig hälsning
Per Holm
Förvaltningsekonom
Tekniska förvaltningen
"""
raw = """Message-ID: <DB7PR02MB4419A1C2@EURPRD02.PROD.OUTLOOK.COM>
Date: Wed, 3 Sep 2025 09:17:40 +0000
From: Registrator Kvarnby kommun <registrator@kvarnby.se>
To: ekonomi@kvarnby.se
Subject: VB: Uppföljning IKP Tekniska nämnden delår 2025
Thread-Topic: Uppföljning IKP Tekniska nämnden delår 2025
Content-Language: sv-SE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

""" + body
write_eml(F3, raw)
FILES.append((F3, "INLAST", N3, "2025", "DELAR"))

# ================================================================ 04 Fwd: KFN - multipart/alternative, base64, prose blocks
F4 = "Fwd Internkontroll delår KFN.eml"
N4 = "Kultur- och fritidsnämnden"
kfn = [
    ("Föreningsbidrag - kontroll att utbetalda föreningsbidrag har underlag enligt bidragsreglerna",
     "Kontrollen är genomförd. 20 utbetalningar granskades, i två fall saknades närvarolistor. Föreningarna har fått komplettera.",
     "GENOMFORD", "ja"),
    ("Kontanthantering i badhusets kassa (kassaavstämning och dubbelkontroll)",
     "Genomförd utan anmärkning.", "GENOMFORD", "nej"),
    ("Krav och fakturering av ej återlämnade biblioteksmedier",
     "Påbörjad, beräknas klar under oktober.", "DELVIS", ""),
    ("Hyresavtal för fritidslokaler - kontroll att avtal finns och är aktuella",
     "Utgår enligt beslut KFN 2025-04-16 § 34, lokalerna har överförts till tekniska nämnden.", "UTGAR", ""),
    ("Ledare i verksamhet för barn och unga har visat utdrag ur belastningsregistret",
     "Delvis genomförd, 14 av 22 ledare kontrollerade hittills.", "DELVIS", ""),
    ("Inventarieförteckning över kulturskolans instrument", "", "SAKNAS", ""),
]
blocks = []
for km, bed, es, ea in kfn:
    blocks.append(f"Kontroll: {km}\nBedömning: {bed}\n")
    exp(F4, N4, km, es, ea)
plain = """Hej,
skickar vidare Johans sammanställning för KFN. Den går upp på nämnden 17/9.
/Lena

---------- Forwarded message ---------
From: Johan Ek <johan.ek@kvarnby.se>
Date: mån 1 sep. 2025 kl 09:41
Subject: Internkontroll delår - KFN
To: Lena Berg <lena.berg@kvarnby.se>


Hej Lena!

Kultur- och fritidsnämnden, uppföljning av intern kontroll delår 2025 (jan-aug).

""" + "\n".join(blocks) + """
Kulturskolan har inte lämnat något än, jag jagar dem.

Hälsningar
Johan Ek
Verksamhetscontroller, Kultur- och fritidsförvaltningen
"""
html_blocks = "".join(f"<p><b>Kontroll:</b> {km}<br><b>Bedömning:</b> {bed}</p>" for km, bed, _, _ in kfn)
html = ("<html><body><div>Hej,<br>skickar vidare Johans sammanställning för KFN. Den går upp på nämnden 17/9.<br>/Lena</div>"
        "<div class=\"gmail_quote\">---------- Forwarded message ---------<br>From: <b>Johan Ek</b> &lt;johan.ek@kvarnby.se&gt;<br>"
        "Date: mån 1 sep. 2025 kl 09:41<br>Subject: Internkontroll delår - KFN<br>To: Lena Berg &lt;lena.berg@kvarnby.se&gt;<br><br>"
        "<p>Hej Lena!</p><p>Kultur- och fritidsnämnden, uppföljning av intern kontroll delår 2025 (jan-aug).</p>"
        + html_blocks +
        "<p>Kulturskolan har inte lämnat något än, jag jagar dem.</p><p>Hälsningar<br>Johan Ek<br>"
        "Verksamhetscontroller, Kultur- och fritidsförvaltningen</p></div></body></html>")
def b64(s):
    e = base64.b64encode(s.encode("utf-8")).decode("ascii")
    return "\n".join(e[i:i+76] for i in range(0, len(e), 76))
raw = f"""MIME-Version: 1.0
Date: Mon, 1 Sep 2025 13:05:22 +0200
Message-ID: <CAF3kq9xY2m+Lr0e@mail.gmail.com>
From: Lena Berg <lena.berg@kvarnby.se>
To: ekonomi@kvarnby.se
Subject: =?UTF-8?Q?Fwd=3A_Internkontroll_del=C3=A5r_=2D_KFN?=
Content-Type: multipart/alternative; boundary="000000000000a1b2c3d4e5f60718"

--000000000000a1b2c3d4e5f60718
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(plain)}
--000000000000a1b2c3d4e5f60718
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

{b64(html)}
--000000000000a1b2c3d4e5f60718--
"""
write_eml(F4, raw)
FILES.append((F4, "INLAST", N4, "2025", "DELAR"))

# ================================================================ 05 KS - Excel, title rows, group rows, T1/delår/helår columns
F5 = "KS_internkontroll_uppfoljning_2025.xlsx"
N5 = "Kommunstyrelsen"
ks = [
    ("Ekonomi", None),
    ("1.1", "Leverantörsfakturor", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 50 fakturor", "Redovisningschef", "Genomförd", "Genomförd", "", "Inga avvikelser", "GENOMFORD", "nej"),
    ("1.2", "Förtroendekänsliga poster", "Bristande förtroende", "Representation och övriga förtroendekänsliga poster följer riktlinjerna",
     "Samtliga representationsfakturor > 5 tkr", "Ekonomichef", "Genomförd", "Genomförd med anmärkning", "",
     "3 fakturor saknade deltagarförteckning och syfte.\nÅterkoppling till berörda chefer.", "GENOMFORD", "ja"),
    ("1.3", "Kundfakturering", "Uteblivna intäkter", "Avstämning av kundreskontra och påminnelserutin",
     "Månadsvis avstämning", "Redovisningschef", "Delvis genomförd", "Delvis genomförd", "", "Rutinen under omarbetning.", "DELVIS", ""),
    ("Personal", None),
    ("2.1", "Lön", "Felaktiga löneutbetalningar", "Nyanställda registreras korrekt i lönesystemet (anställningsavtal mot lönelista)",
     "Stickprov 20 anställningar", "HR-chef", "", "Genomförd", "", "Inga fel upptäcktes.", "GENOMFORD", "nej"),
    ("2.2", "Arbetsmiljö", "Ohälsa", "Chefer har genomfört medarbetarsamtal med samtliga medarbetare",
     "Enkät till chefer", "HR-chef", "Ej genomförd", "Ej genomförd", "", "Flyttas till hösten.", "EJ_GENOMFORD", ""),
    ("2.3", "Bisysslor", "Jäv och förtroendeskada", "Uppföljning av anmälda bisysslor",
     "Genomgång av registrerade bisysslor", "HR-chef", "", "", "", "", "SAKNAS", ""),
    ("IT och informationssäkerhet", None),
    ("3.1", "Behörigheter", "Obehörig åtkomst", "Behörigheter i ekonomisystemet tas bort vid avslutad anställning",
     "Utdrag behörighetslista mot avslutade anställningar", "IT-chef", "Genomförd", "Genomförd", "",
     "4 konton för avslutade anställningar var fortfarande aktiva.\nKontona stängdes 2025-08-14.", "GENOMFORD", "ja"),
    ("3.2", "Informationssäkerhet", "Incidenter hanteras inte", "Incidentrapportering enligt informationssäkerhetspolicyn",
     "Genomgång av incidentloggen", "Informationssäkerhetssamordnare", "Delvis genomförd", "", "",
     "Delår: kontrollen slutförd i juni, inga avvikelser.", "GENOMFORD", "nej"),
    ("Upphandling", None),
    ("4.1", "Direktupphandling", "Otillåten direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras",
     "Stickprov i e-handelssystemet", "Upphandlingschef", "Genomförd", "Utgår", "",
     "Utgår enligt KS beslut 2025-05-20 § 88, ersätts av kommunövergripande granskning.", "UTGAR", ""),
    ("4.2", "Avtalstrohet", "Inköp utanför avtal", "Inköp sker mot gällande ramavtal (avtalstrohet)",
     "Spendanalys", "Upphandlingschef", "Ej påbörjad", "Delvis genomförd", "", "Analys av jan-jun klar, avtalstrohet 87 %.", "DELVIS", ""),
]
wb = Workbook()
ws = wb.active
ws.title = "IK-plan 2025"
ws["A1"] = "Kvarnby kommun"
ws["A1"].font = Font(size=10, italic=True)
ws["A2"] = "Kommunstyrelsen - Uppföljning av internkontrollplan 2025"
ws["A2"].font = Font(size=14, bold=True)
ws.merge_cells("A2:J2")
ws["A3"] = "Uppföljningsperiod: Delår (januari-augusti)"
ws["A4"] = "Status anges som: Genomförd / Genomförd med anmärkning / Delvis genomförd / Ej genomförd / Utgår"
ws["A4"].font = Font(size=9, italic=True)
hdrs = ["Nr", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status T1", "Status delår", "Status helår", "Kommentar"]
thin = Side(style="thin", color="999999")
for c, h in enumerate(hdrs, 1):
    cell = ws.cell(row=6, column=c, value=h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="1F4E78")
    cell.alignment = Alignment(wrap_text=True, vertical="center")
fills = {"Genomförd": "C6EFCE", "Genomförd med anmärkning": "FFEB9C", "Delvis genomförd": "FFEB9C",
         "Ej genomförd": "FFC7CE", "Utgår": "D9D9D9", "Ej påbörjad": "FFC7CE"}
r = 7
for row in ks:
    if row[1] is None:
        ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
    else:
        vals = row[:10]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            if c in (7, 8, 9) and v in fills:
                cell.fill = PatternFill("solid", fgColor=fills[v])
        exp(F5, N5, row[3], row[10], row[11])
    r += 1
r += 1
ws.cell(row=r, column=1, value="Sammanfattande bedömning: Kommunstyrelsens interna kontroll bedöms i huvudsak vara tillräcklig. "
        "Avvikelser har hanterats enligt ovan.")
ws.cell(row=r+2, column=1, value="Upprättad av: Mats Grahn, controller, Kommunledningskontoret 2025-09-03")
for col, w in zip("ABCDEFGHIJ", [6, 20, 22, 45, 28, 20, 16, 22, 14, 50]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A7"
ws2 = wb.create_sheet("Instruktion")
for i, t in enumerate(["Instruktion för uppföljning",
                       "Fyll i kolumnen för aktuell period. Tidigare perioders status ska stå kvar.",
                       "Avvikelser beskrivs i kolumnen Kommentar tillsammans med vidtagna åtgärder.",
                       "Skicka till ekonomi@kvarnby.se senast 1 september."], 1):
    ws2.cell(row=i, column=1, value=t)
import datetime
FIXED = datetime.datetime(2025, 9, 3, 10, 0, 0)
wb.properties.creator = "Mats Grahn"
wb.properties.created = FIXED
wb.properties.modified = FIXED
wb.save(os.path.join(OUT, F5))
normalize_zip(F5)
FILES.append((F5, "INLAST", N5, "2025", "DELAR"))

# ================================================================ 06 MBN - Word, symbols with legend, nämnd in page header, second table of åtgärder
F6 = "Uppföljning internkontroll delår 2025.docx"
N6 = "Miljö- och byggnämnden"
mbn = [
    ("Bygglov", "Handläggningstid för bygglov inom lagstadgad tid (10 veckor)", "Stickprov 45 ärenden", "▲",
     "3 av 45 ärenden överskred tiden, avgiften reducerades inte enligt PBL.", "GENOMFORD", "ja"),
    ("Bygglov", "Debitering av bygglovsavgift enligt gällande taxa", "Stickprov 20 beslut", "●",
     "Samtliga korrekt debiterade.", "GENOMFORD", "nej"),
    ("Miljötillsyn", "Uppfyllelse av tillsynsplanen för miljöfarlig verksamhet", "Uttag ur Ecos", "◐",
     "58 % av planerade tillsynsbesök genomförda per 31/8.", "DELVIS", ""),
    ("Livsmedelskontroll", "Årlig kontrollavgift för livsmedelsanläggningar faktureras", "Avstämning Ecos mot ekonomisystem", "○",
     "Ej genomförd på grund av byte av verksamhetssystem.", "EJ_GENOMFORD", ""),
    ("Delegation", "Delegationsbeslut anmäls till nämnden", "Jämförelse beslutslista mot protokoll", "●",
     "", "GENOMFORD", "nej"),
    ("Arkiv", "Diarieföring och gallring enligt dokumenthanteringsplanen", "-", "—",
     "Utgår, ersätts av arkivinventering under 2025.", "UTGAR", ""),
    ("Dataskydd", "Personuppgiftsbehandling i e-tjänsterna följer registerförteckningen", "Genomgång av e-tjänster", "● ○",
     "", "OKLAR", ""),
]
doc = Document()
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = sec.page_height, sec.page_width
hp = sec.header.paragraphs[0]
hp.text = "Kvarnby kommun\tMiljö- och byggnämnden\tDnr MBN 2025/38"
fp = sec.footer.paragraphs[0]
fp.text = "Samhällsbyggnadsförvaltningen • Storgatan 12, 456 80 Kvarnby"
doc.add_heading("Uppföljning av intern kontroll 2025 – delårsrapport", level=1)
doc.add_paragraph("Uppföljningen avser perioden 1 januari – 31 augusti 2025 och redovisar status för de "
                  "kontrollmoment som nämnden fastställde i internkontrollplanen 2025-01-22 § 7.")
lp = doc.add_paragraph()
lp.add_run("Teckenförklaring: ").bold = True
lp.add_run("● genomförd utan avvikelse   ▲ genomförd med avvikelse   ◐ delvis genomförd   ○ ej genomförd   — utgår")
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for i, h in enumerate(["Kontrollområde", "Kontrollmoment", "Kontrollmetod", "Status", "Kommentar"]):
    t.rows[0].cells[i].text = h
    for run in t.rows[0].cells[i].paragraphs[0].runs:
        run.bold = True
for area, km, met, st, kom, es, ea in mbn:
    cells = t.add_row().cells
    for i, v in enumerate([area, km, met, st, kom]):
        cells[i].text = v
    exp(F6, N6, km, es, ea)
doc.add_paragraph("")
doc.add_heading("Åtgärder med anledning av avvikelser", level=2)
t2 = doc.add_table(rows=1, cols=3)
t2.style = "Table Grid"
for i, h in enumerate(["Avvikelse", "Åtgärd", "Klart senast"]):
    t2.rows[0].cells[i].text = h
for row in [("Överskriden handläggningstid bygglov", "Veckovis bevakningslista i Ecos införs", "2025-10-31"),
            ("Fakturering av livsmedelskontroll", "Manuell avstämning efter systembyte", "2025-11-30")]:
    cells = t2.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v
doc.add_paragraph("")
doc.add_paragraph("Kvarnby 2025-09-04")
doc.add_paragraph("Eva Strand\nSamhällsbyggnadschef")
doc.core_properties.author = "Eva Strand"
doc.core_properties.created = datetime.datetime(2025, 9, 4, 8, 0, 0)
doc.core_properties.modified = datetime.datetime(2025, 9, 4, 8, 0, 0)
doc.core_properties.last_modified_by = "Eva Strand"
doc.save(os.path.join(OUT, F6))
normalize_zip(F6)
FILES.append((F6, "INLAST", N6, "2025", "DELAR"))

# ================================================================ 07 RTF - latin-1 8bit e-mail, fixed-width table with wrapped cells
F7 = "Internkontroll delar 2025 Raddningstjansten.eml"
N7 = "Räddningstjänstförbundet Kvarnby-Ådala"
rtf = [
    (["1. Tillsyn enligt LSO utförs enligt", "   fastställd tillsynsplan"], "Ja", "Nej",
     ["32 av 30 planerade tillsyner", "genomförda."],
     "Tillsyn enligt LSO utförs enligt fastställd tillsynsplan", "GENOMFORD", "nej"),
    (["2. Övningsplan för deltidsbrandmän", "   följs (minst 50 timmar/år)"], "Delvis", "Nej",
     ["Höstens övningar återstår."],
     "Övningsplan för deltidsbrandmän följs (minst 50 timmar/år)", "DELVIS", "nej"),
    (["3. Larmutrustning och andningsskydd", "   servas enligt serviceintervall"], "Ja", "Ja",
     ["Två andningsskydd saknade", "giltig service, åtgärdat 12/6."],
     "Larmutrustning och andningsskydd servas enligt serviceintervall", "GENOMFORD", "ja"),
    (["4. Attest av leverantörsfakturor"], "Ja", "Nej", [],
     "Attest av leverantörsfakturor", "GENOMFORD", "nej"),
    (["5. Debitering av onödiga automat-", "   larm enligt taxa"], "Nej", "",
     ["Görs i samband med", "bokslutet."],
     "Debitering av onödiga automatlarm enligt taxa", "EJ_GENOMFORD", ""),
    (["6. Uppföljning av sotnings-", "   entreprenörens avtal"], "-", "-",
     ["Utgår, ansvaret överfört", "till medlemskommunerna 2025-01-01."],
     "Uppföljning av sotningsentreprenörens avtal", "UTGAR", ""),
]
W1, W2, W3 = 40, 8, 11
tab = ["Kontrollmoment".ljust(W1) + "Utfört".ljust(W2) + "Avvikelse".ljust(W3) + "Kommentar",
       "-" * (W1 - 2) + "  " + "-" * (W2 - 2) + "  " + "-" * (W3 - 2) + "  " + "-" * 30]
for kml, utf, av, kom, km, es, ea in rtf:
    n = max(len(kml), len(kom))
    for i in range(n):
        a = kml[i] if i < len(kml) else ""
        b = utf if i == 0 else ""
        c = av if i == 0 else ""
        d = kom[i] if i < len(kom) else ""
        tab.append((a.ljust(W1) + b.ljust(W2) + c.ljust(W3) + d).rstrip())
    tab.append("")
    exp(F7, N7, km, es, ea)
body = """Hej ekonomiavdelningen,

Nedan följer förbundets uppföljning av internkontrollplanen 2025 per den 31 augusti (delår).
Direktionen fick den för kännedom 2025-09-05.

""" + "\n".join(tab) + """
Frågor besvaras av undertecknad.

Mvh
Jonas Åkesson
Ekonom
Räddningstjänstförbundet Kvarnby-Ådala
"""
hdr = """Message-ID: <5F2A11C0.7020104@rtf-kvarnby.se>
Date: Fri, 5 Sep 2025 11:48:03 +0200
From: =?ISO-8859-1?Q?Jonas_=C5kesson?= <jonas.akesson@rtf-kvarnby.se>
To: ekonomi@kvarnby.se
Subject: =?ISO-8859-1?Q?Internkontroll_del=E5r_2025_-_R=E4ddningstj=E4nsten?=
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1; format=flowed
Content-Transfer-Encoding: 8bit

"""
write_bytes(F7, (hdr + body).encode("iso-8859-1"))
FILES.append((F7, "INLAST", N7, "2025", "DELAR"))

# ================================================================ 08 reject - VON: follow-up comes later
F8 = "SV Uppföljning intern kontroll delår 2025 - VON.eml"
body = """Hej!

Vård- och omsorgsförvaltningens uppföljning av internkontrollplanen blir tyvärr försenad. Vi behöver gå igenom
den i ledningsgruppen först och räknar med att skicka den senast fredag 19 september.

Ursäkta dröjsmålet.

Hälsningar
Maria Holmgren
Controller, Vård- och omsorgsförvaltningen

-----Ursprungligt meddelande-----
Från: Ekonomiavdelningen <ekonomi@kvarnby.se>
Skickat: den 18 augusti 2025 10:02
Till: Alla förvaltningscontrollers <controllers@kvarnby.se>
Ämne: Uppföljning intern kontroll delår 2025

Hej alla,

Påminnelse: uppföljningen av respektive nämnds internkontrollplan per delår ska vara inlämnad senast den 1 september.
Använd gärna nämndens egen mall. Ange status för varje kontrollmoment (genomförd, delvis, ej genomförd, utgår)
och beskriv eventuella avvikelser.

/Ekonomiavdelningen
"""
raw = """Message-ID: <VI1PR0701MB2894E3@EURPRD07.PROD.OUTLOOK.COM>
Date: Mon, 1 Sep 2025 15:22:10 +0000
From: Maria Holmgren <maria.holmgren@kvarnby.se>
To: Ekonomiavdelningen <ekonomi@kvarnby.se>
Subject: =?utf-8?q?SV=3A_Uppf=C3=B6ljning_intern_kontroll_del=C3=A5r_2025?=
In-Reply-To: <AM6PR0702MB3321@EURPRD07.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

""" + body
write_eml(F8, raw)
FILES.append((F8, "AVVISAD", "", "", ""))

# ================================================================ CSVs
def wcsv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)

wcsv("namnder.csv", ["nämnd", "alias"], NAMNDER)
wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXP)
print(f"{len(FILES)} files, {len(EXP)} expected controls")
