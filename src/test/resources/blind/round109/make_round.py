#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 109 – Älvbacka kommun, delår per 31 augusti 2025.
Builds every file of the round in this folder plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import struct
import subprocess
import tempfile
import zlib
from email.message import EmailMessage
from email.utils import format_datetime
import datetime

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
REGISTER = [
    ("Kommunstyrelsen", ["KS", "Kommunledningsförvaltningen", "KLF", "Kommunledningskontoret"]),
    ("Socialnämnden", ["SN", "SOC", "Socialförvaltningen", "IFO"]),
    ("Vård- och omsorgsnämnden", ["VON", "VoO", "Vård- och omsorgsförvaltningen", "Vård och omsorg"]),
    ("Barn- och utbildningsnämnden", ["BUN", "Barn- och utbildningsförvaltningen", "BUF", "Utbildningsförvaltningen"]),
    ("Tekniska nämnden", ["TN", "Tekniska förvaltningen", "Teknik", "Samhällsbyggnad teknik"]),
    ("Kultur- och fritidsnämnden", ["KFN", "Kultur- och fritidsförvaltningen", "Kultur och fritid", "KoF"]),
    ("Miljö- och byggnadsnämnden", ["MBN", "Miljö- och byggförvaltningen", "Bygg och miljö", "Miljö & Bygg"]),
    ("Räddningsnämnden", ["RN", "Räddningstjänsten", "Räddningstjänsten Älvbacka", "RTJ"]),
    ("Överförmyndarnämnden", ["ÖFN", "Överförmyndarenheten", "Överförmyndaren"]),
    ("Valnämnden", ["VN", "Valkansliet"]),
    ("Krisledningsnämnden", ["KLN"]),
]


def write_register():
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, al in REGISTER:
            f.write(f"{n};{'|'.join(al)}\n")


# ---------------------------------------------------------------------------
# A. Socialnämnden – Outlook "Spara som text" of a forwarded mail, table pasted in body
# ---------------------------------------------------------------------------
def file_a():
    fil = "VB_ Uppföljning internkontroll SN delår 2025.txt"
    N = "Socialnämnden"
    rows = [
        ("1", "Attest av leverantörsfakturor – stickprov 20 fakturor per kvartal", "Kvartal",
         "Genomförd", ["2 av 40 granskade fakturor saknade beslutsattest. Rättat och berörda", "chefer har påmints."],
         "GENOMFORD", "ja"),
        ("2", "Utbetalning av ekonomiskt bistånd – kontroll att beslut finns före utbetalning", "Månad",
         "Genomförd", ["25 ärenden granskade, inga avvikelser."], "GENOMFORD", "nej"),
        ("3", "Delegationsbeslut anmäls till nämnden enligt delegationsordningen", "Tertial",
         "Pågår", ["Jan–maj granskat utan anmärkning. Juni–augusti granskas i september."], "DELVIS", "nej"),
        ("4", "Orosanmälningar – förhandsbedömning görs inom 14 dagar", "Tertial",
         "Delvis genomförd", ["30 anmälningar kontrollerade (IFO barn). 4 förhandsbedömningar", "gjordes efter mer än 14 dagar. Ny bevakningslista införd."],
         "DELVIS", "ja"),
        ("5", "Loggkontroll i verksamhetssystemet Lifecare – otillbörlig åtkomst", "Halvår",
         "Ej genomförd", ["Systemuppgradering under våren, loggfunktionen ej tillgänglig. Görs okt."],
         "EJ_GENOMFORD", "nej"),
        ("6", "Avtalstrohet vid köp av HVB-placeringar", "Halvår",
         "", ["Kontrollen är genomförd. Samtliga 11 placeringar under perioden gjordes", "inom ramavtal."],
         "GENOMFORD", "nej"),
        ("7", "Representation – förtroendekänsliga poster inom socialförvaltningen", "År",
         "Utgår", ["Utgår enligt SN beslut 2025-04-23 § 45 – ingår i KS kommungemensamma kontroll."],
         "UTGAR", "nej"),
        ("8", "Återsökning av statsbidrag från Migrationsverket", "Kvartal",
         "Genomförd med anmärkning", ["Ansökan för kvartal 1 skickades efter sista dag, ca 84 tkr gick förlorat."],
         "GENOMFORD", "ja"),
        ("9", "Hot och våld – tillbud rapporteras i KIA och följs upp på APT", "Tertial",
         "Ej påbörjad", ["Planeras till hösten."], "EJ_GENOMFORD", "nej"),
    ]
    lines = []
    lines += [
        "Från:\tLindqvist Maria <maria.lindqvist@alvbacka.se>",
        "Skickat:\tden 12 september 2025 14:32",
        "Till:\tEkonomienheten <ekonomienheten@alvbacka.se>",
        "Kopia:\tBerg Johan <johan.berg@alvbacka.se>",
        "Ämne:\tVB: Uppföljning internkontroll SN delår 2025",
        "Prioritet:\tHög",
        "",
        "Hej!",
        "",
        "Vidarebefordrar Socialnämndens uppföljning av internkontrollplanen per 31 augusti. Stratsys-rapporten",
        "gick inte att exportera så Sara klistrade in tabellen nedan. Ärendet går till nämnden 24/9, så ni får",
        "gärna återkomma innan dess om något saknas.",
        "",
        "Vård och omsorgs uppföljning kommer separat från Eva.",
        "",
        "/Maria",
        "",
        "Med vänlig hälsning",
        "",
        "Maria Lindqvist",
        "Controller",
        "Socialförvaltningen och Vård- och omsorgsförvaltningen",
        "Älvbacka kommun",
        "Tel: 0612-800 45",
        "",
        "",
        "Från: Ahmadi Sara <sara.ahmadi@alvbacka.se> ",
        "Skickat: den 10 september 2025 09:15",
        "Till: Lindqvist Maria <maria.lindqvist@alvbacka.se>",
        "Ämne: IK-uppföljning delår",
        "",
        "Hej Maria,",
        "",
        "Här kommer texten till delårsuppföljningen av internkontrollen. Tabellen är kopierad rakt ur Word-mallen.",
        "",
        "UPPFÖLJNING AV INTERNKONTROLLPLAN 2025",
        "Socialnämnden",
        "Delårsuppföljning, perioden 2025-01-01 – 2025-08-31",
        "",
        "Status anges som: Genomförd / Delvis genomförd / Pågår / Ej genomförd / Utgår",
        "",
        "Nr\tKontrollmoment\tFrekvens\tStatus\tKommentar",
    ]
    for nr, km, frek, st, kom, es, av in rows:
        lines.append(f"{nr}\t{km}\t{frek}\t{st}\t{kom[0]}")
        for extra in kom[1:]:
            lines.append(f"\t\t\t\t{extra}")
        exp(fil, N, km, es, av)
    lines += [
        "",
        "Sammanfattning: 4 av 9 kontrollmoment genomförda, 2 pågår/delvis, 2 ej genomförda, 1 utgår.",
        "Avvikelser noterade i kontrollmoment 1, 4 och 8. Åtgärder redovisas i helårsuppföljningen.",
        "",
        "Hälsningar",
        "Sara Ahmadi",
        "Nämndsekreterare/utredare, Socialförvaltningen",
        "",
        "",
        "Detta e-postmeddelande kan innehålla information som omfattas av sekretess. Om du fått meddelandet",
        "av misstag, vänligen meddela avsändaren och radera meddelandet.",
        "",
    ]
    with open(fil, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# B. Vård- och omsorgsnämnden – .eml, multipart/alternative, quoted-printable, "tertial 2"
# ---------------------------------------------------------------------------
def file_b():
    fil = "Fwd_ IK-uppföljning VON tertial 2.eml"
    N = "Vård- och omsorgsnämnden"
    items = [
        ("Myndighetsutövning", [
            ("1", "Beslut enligt LSS verkställs inom tre månader – kontroll av ej verkställda beslut",
             "Två beslut om bostad med särskild service (LSS 9 § 9) har inte verkställts inom tre månader. Båda är rapporterade till IVO.",
             "Genomförd, avvikelse finns", "GENOMFORD", "ja"),
            ("2", "Biståndsbeslut inom hemtjänst följs upp minst en gång per år",
             "Stickprov pågår, 12 av 40 ärenden granskade hittills.",
             "Pågår", "DELVIS", "nej"),
        ]),
        ("Ekonomi", [
            ("3", "Debitering av omsorgsavgifter stämmer mot beslut och utförd tid",
             "20 fakturor kontrollerade mot beslut och tidsregistrering i TES, inga fel.",
             "Klar", "GENOMFORD", "nej"),
            ("4", "Kontroll av brukarmedel/privata medel på särskilt boende",
             "Inte gjord under perioden, planeras till oktober.",
             "Ej genomförd", "EJ_GENOMFORD", "nej"),
            ("5", "Timanställdas löneunderlag attesteras innan löneutbetalning",
             "Se bilaga 2.",
             "", "OKLAR", "nej"),
        ]),
        ("Kvalitet och patientsäkerhet", [
            ("6", "Läkemedelshantering – kontroll av narkotikaförteckning och signeringslistor",
             "Kvartalsvis inventering gjord på samtliga sex boenden. En differens på Björkgården utreds som avvikelse.",
             "Genomförd", "GENOMFORD", "ja"),
            ("7", "Fallavvikelser analyseras inom två veckor",
             "Analys gjord för 31 av 58 fallavvikelser inom tidsgränsen.",
             "Delvis", "DELVIS", "ja"),
            ("8", "Hygienrond på särskilda boenden",
             "Ej aktuell 2025 – ronden görs av Region Västernorrlands vårdhygien från i år.",
             "Utgår", "UTGAR", "nej"),
        ]),
        ("Informationssäkerhet", [
            ("9", "Behörigheter i Procapita tas bort för avslutade anställningar",
             "",
             "", "SAKNAS", "nej"),
        ]),
    ]

    txt = []
    txt += [
        "Hej!",
        "",
        "Skickar vidare VON:s uppföljning av internkontrollplanen. Nämnden tar den 25/9 ihop med delårsrapporten.",
        "Jag har inte fått bilaga 2 från Peter än, jag jagar den.",
        "",
        "Hälsningar",
        "Eva Karlsson",
        "Controller, Vård- och omsorgsförvaltningen",
        "",
        "---------- Vidarebefordrat meddelande ---------",
        "Från: Nilsson Peter <peter.nilsson@alvbacka.se>",
        "Datum: fre 12 sep. 2025 kl. 16:40",
        "Ämne: IK tertial 2",
        "Till: Karlsson Eva <eva.karlsson@alvbacka.se>",
        "",
        "Hej Eva,",
        "",
        "Här är vård och omsorgs uppföljning av internkontrollplanen 2025 för tertial 2 (perioden januari–augusti).",
        "Jag skriver in det direkt i mejlet eftersom mallen i Stratsys krånglar.",
        "",
    ]
    html = ["<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">"]
    html.append("<p>" + "<br>".join(txt[:8]) + "</p>")
    html.append("<div style=\"border-top:1px solid #ccc\"><p>" + "<br>".join(txt[9:15]) + "</p>")
    html.append("<p>" + "<br>".join(txt[15:]) + "</p>")
    for area, ctrls in items:
        txt.append(f"Riskområde: {area}")
        txt.append("")
        html.append(f"<p><b>Riskområde: {area}</b></p>")
        for nr, km, res, st, es, av in ctrls:
            txt.append(f"{nr}. {km}")
            txt.append(f"   Resultat: {res}")
            txt.append(f"   Status: {st}")
            txt.append("")
            html.append(f"<p><b>{nr}. {km}</b><br>&nbsp;&nbsp;&nbsp;Resultat: {res}<br>&nbsp;&nbsp;&nbsp;Status: {st}</p>")
            exp(fil, N, km, es, av)
    tail = [
        "Bilaga 2 (löneunderlag) skickar HR separat.",
        "",
        "Mvh",
        "Peter Nilsson",
        "Kvalitetsstrateg",
        "Vård- och omsorgsförvaltningen, Älvbacka kommun",
    ]
    txt += tail
    html.append("<p>" + "<br>".join(tail) + "</p></div></body></html>")

    msg = EmailMessage()
    msg["Received"] = "from EXCH02.alvbacka.local (10.12.4.22) by EXCH01.alvbacka.local (10.12.4.21) with Microsoft SMTP Server; Mon, 15 Sep 2025 08:03:12 +0200"
    msg["From"] = "Karlsson Eva <eva.karlsson@alvbacka.se>"
    msg["To"] = "Ekonomienheten <ekonomienheten@alvbacka.se>"
    msg["Subject"] = "VB: IK tertial 2 – Vård- och omsorgsnämnden"
    msg["Date"] = format_datetime(datetime.datetime(2025, 9, 15, 8, 3, 11, tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
    msg["Message-ID"] = "<c4f1a9e2b7d84e0f9a1c@EXCH01.alvbacka.local>"
    msg["Thread-Topic"] = "IK tertial 2"
    msg["Content-Language"] = "sv-SE"
    msg.set_content("\n".join(txt) + "\n", charset="utf-8", cte="quoted-printable")
    msg.add_alternative("\n".join(html) + "\n", subtype="html", charset="utf-8", cte="quoted-printable")
    with open(fil, "wb") as f:
        f.write(msg.as_bytes())
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# C. Barn- och utbildningsnämnden – Word: plan's risk table, then follow-up table with X boxes
# ---------------------------------------------------------------------------
def set_cell_bg(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def file_c():
    fil = "BUN Internkontrollplan 2025 med uppföljning per 31 aug.docx"
    N = "Barn- och utbildningsnämnden"
    # plan rows: nr, process, risk, S, K, RV, kontrollmoment, metod, frekvens, ansvarig
    plan = [
        ("1", "Ärendehantering", "Delegationsbeslut anmäls inte till nämnden", 2, 3, 6,
         "Kontroll av att delegationsbeslut anmäls till nämnden", "Jämförelse diarium/anmälningslista", "Tertial", "Nämndsekreterare"),
        ("2", "Ekonomi", "Felaktig attest eller kontering av fakturor", 3, 2, 6,
         "Stickprov av 15 leverantörsfakturor – attest och kontering", "Stickprov i Raindance", "Halvår", "Controller"),
        ("3", "Elevhälsa och närvaro", "Vårdnadshavare informeras inte om ogiltig frånvaro", 3, 3, 9,
         "Kontroll av att elevers ogiltiga frånvaro meddelas vårdnadshavare samma dag", "Stickprov i Skola24, 7 skolor", "Termin", "Rektor"),
        ("4", "Elevhälsa och närvaro", "Kränkande behandling anmäls inte i tid till huvudman", 3, 4, 12,
         "Kränkande behandling – anmälan till huvudman inom 5 arbetsdagar", "Genomgång av samtliga anmälningar", "Tertial", "Utvecklingsledare"),
        ("5", "Personal", "Person med olämplig bakgrund anställs", 2, 4, 8,
         "Registerkontroll ur belastningsregistret vid nyanställning", "Stickprov 20 nyanställningar", "Halvår", "HR-specialist"),
        ("6", "Inköp", "Köp utanför avtal för skolskjuts", 2, 3, 6,
         "Skolskjuts – avtalstrohet och fakturakontroll mot avtal", "Fakturor mot avtalade priser", "Halvår", "Skolskjutssamordnare"),
        ("7", "Informationssäkerhet", "Personuppgifter behandlas utan rättslig grund", 3, 3, 9,
         "Dataskydd – registerförteckning (GDPR) uppdaterad för samtliga system", "Genomgång med dataskyddsombud", "År", "Förvaltningschef"),
        ("8", "Informationssäkerhet", "Obehöriga har åtkomst till elevuppgifter", 2, 4, 8,
         "Behörigheter i elevadministrationssystemet IST – avslutade användare", "Uttag av behörighetslista", "Halvår", "Systemförvaltare"),
        ("–", "Lokaler", "Brister i systematiskt brandskyddsarbete", 1, 4, 4,
         "Ingen kontroll – hanteras i ordinarie SBA-arbete", "–", "–", "Rektor"),
        ("9", "Avgifter", "Felaktiga barnomsorgsavgifter", 2, 3, 6,
         "Barnomsorgsavgifter – inkomstkontroll mot Skatteverket", "Årlig inkomstjämförelse", "År", "Avgiftshandläggare"),
    ]
    # follow-up: nr -> (ja, delvis, nej, resultat, avvikelse, atgard, expected status, avv)
    fu = {
        "1": ("X", "", "", "Samtliga 64 delegationsbeslut jan–aug anmälda. Inga avvikelser.", "Nej", "–", "GENOMFORD", "nej"),
        "2": ("X", "", "", "15 fakturor granskade. 3 fakturor felkonterade (fel ansvar), rättade.", "Ja", "Information till administratörer", "GENOMFORD", "ja"),
        "3": ("", "X", "", "Kontroll genomförd på 4 av 7 skolor. Övriga tre görs i oktober.", "Nej", "", "DELVIS", "nej"),
        "4": ("X", "", "", "6 av 48 anmälningar kom in senare än 5 arbetsdagar.", "Ja", "Påminnelse till rektorer, rutin förtydligad", "GENOMFORD", "ja"),
        "5": ("", "", "X", "Ej genomförd p.g.a. vakans på HR-specialisttjänsten.", "", "Görs under hösten", "EJ_GENOMFORD", "nej"),
        "6": ("X", "X", "", "Fakturor för vårterminen kontrollerade mot avtal.", "", "", "OKLAR", "nej"),
        "7": ("", "", "", "Arbetet har påbörjats tillsammans med dataskyddsombudet, 9 av 21 system klara. Beräknas klart i november.", "Nej", "", "DELVIS", "nej"),
        "9": ("", "", "X", "Utgår – inkomstkontrollen görs från 2025 av kommungemensamma avgiftsenheten (beslut BUN 2025-03-20 § 31).", "", "", "UTGAR", "nej"),
    }

    d = docx.Document()
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)

    hdr = sec.header.paragraphs[0]
    hdr.text = "Älvbacka kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2024/312"

    d.add_heading("Internkontrollplan 2025 med uppföljning per 31 augusti", level=1)
    p = d.add_paragraph()
    p.add_run("Nämnd: ").bold = True
    p.add_run("Barn- och utbildningsnämnden\n")
    p.add_run("Planen antagen: ").bold = True
    p.add_run("BUN 2024-12-12 § 118\n")
    p.add_run("Uppföljningen avser: ").bold = True
    p.add_run("delårsbokslut 2025-08-31")

    d.add_heading("1. Risk- och väsentlighetsanalys samt internkontrollplan 2025", level=2)
    d.add_paragraph("Riskvärde = sannolikhet (S) × konsekvens (K), skala 1–4. Risker med riskvärde 6 eller högre "
                    "ingår i internkontrollplanen med kontrollmoment. Övriga risker hanteras i ordinarie verksamhet.")
    heads = ["Nr", "Process/rutin", "Risk", "S", "K", "Risk-värde", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig"]
    t = d.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        set_cell_bg(c, "D9E2F3")
    start = {}
    for r in plan:
        row = t.add_row().cells
        for i, v in enumerate(r):
            row[i].text = str(v)
    # merge identical consecutive process cells
    i = 1
    while i < len(t.rows):
        j = i
        while j + 1 < len(t.rows) and t.rows[j + 1].cells[1].text == t.rows[i].cells[1].text:
            j += 1
        if j > i:
            txt = t.rows[i].cells[1].text
            m = t.cell(i, 1).merge(t.cell(j, 1))
            m.text = txt
        i = j + 1

    d.add_paragraph()
    d.add_heading("2. Uppföljning per 31 augusti 2025", level=2)
    d.add_paragraph("Markera med X om kontrollmomentet är genomfört. Redovisa iakttagelser och eventuella avvikelser. "
                    "Kontrollmoment som följs upp först vid helår behöver inte redovisas.")
    t2 = d.add_table(rows=2, cols=8)
    t2.style = "Table Grid"
    top = ["Nr", "Kontrollmoment", "Genomförd", "", "", "Resultat/iakttagelser", "Avvikelse (Ja/Nej)", "Åtgärd"]
    sub = ["", "", "Ja", "Delvis", "Nej", "", "", ""]
    for i in range(8):
        t2.rows[0].cells[i].text = top[i]
        t2.rows[1].cells[i].text = sub[i]
    g = t2.cell(0, 2).merge(t2.cell(0, 4))
    g.text = "Genomförd"
    for col in (0, 1, 5, 6, 7):
        txt = top[col]
        m = t2.cell(0, col).merge(t2.cell(1, col))
        m.text = txt
    for rr in t2.rows[:2]:
        for c in rr.cells:
            for pp in c.paragraphs:
                for run in pp.runs:
                    run.bold = True
            set_cell_bg(c, "E2EFD9")
    for r in plan:
        nr, km = r[0], r[6]
        if nr == "–":
            continue  # risk without control – not a control
        if nr not in fu:
            exp(fil, N, km, "SAKNAS", "nej")
            continue
        ja, dv, nej, res, avv, atg, es, av = fu[nr]
        row = t2.add_row().cells
        for i, v in enumerate([nr, km, ja, dv, nej, res, avv, atg]):
            row[i].text = v
            if i in (2, 3, 4):
                row[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, N, km, es, av)

    d.add_paragraph()
    d.add_heading("3. Sammanfattande bedömning", level=2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. Avvikelser har noterats "
                    "avseende kontering av fakturor och anmälan av kränkande behandling. Registerkontrollen har inte "
                    "kunnat genomföras under perioden och prioriteras under hösten.")
    d.add_paragraph("Anna Holm\nFörvaltningschef, Barn- och utbildningsförvaltningen\n2025-09-08")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# D. Tekniska nämnden – xlsx, controls grouped under risk areas (1, 1.1, 1.2 …), status by fill only
# ---------------------------------------------------------------------------
GREEN, YELLOW, RED, BLUE, ORANGE = "00B050", "FFFF00", "FF0000", "9BC2E6", "FFC000"


def file_d():
    fil = "TN uppföljning internkontroll jan-aug 2025.xlsx"
    N = "Tekniska nämnden"
    groups = [
        ("1", "Ekonomi och inköp", [
            ("1.1", "Avtalstrohet – inköp av entreprenadtjänster sker via ramavtal", "Ekonomichef", "Stickprov 20 fakturor",
             GREEN, "18 av 20 inom avtal. 2 direktköp av markarbeten utan upphandling, åtgärdas.", "GENOMFORD", "ja"),
            ("1.2", "Direktupphandlingar över 100 tkr dokumenteras", "Upphandlare", "Genomgång av diariet",
             YELLOW, "Jan–april granskat.", "DELVIS", "nej"),
            ("1.3", "Attestförteckningen är aktuell", "Ekonomichef", "Jämförelse attestlista/organisation",
             GREEN, "Uppdaterad 2025-03-01, inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("2", "Fastighet och anläggning", [
            ("2.1", "Lagstadgade besiktningar (hiss, OVK) utförs i tid", "Fastighetschef", "Kontroll mot besiktningsplan",
             RED, "Ej genomförd på grund av resursbrist.", "EJ_GENOMFORD", "nej"),
            ("2.2", "Nyckel- och passerkortshantering – inventering av utlämnade kort", "Driftchef", "Avstämning mot kortsystem",
             ORANGE, "", "OKLAR", "nej"),
        ]),
        ("3", "VA och renhållning", [
            ("3.1", "Debitering av VA-avgifter – nya abonnemang stäms av mot bygglov", "VA-chef", "Stickprov 15 fastigheter",
             GREEN, "", "GENOMFORD", "nej"),
            ("3.2", "Kundfordringar renhållning – påminnelse och inkasso enligt rutin", "Kundtjänst", "Uttag kundreskontra",
             BLUE, "Hanteras av Älvbacka Vatten & Avfall AB från 2025-01-01.", "UTGAR", "nej"),
            ("3.3", "Kontroll av vågsedlar vid återvinningscentralen", "Avfallsingenjör", "Stickprov mot fakturering",
             None, "", "SAKNAS", "nej"),
        ]),
        ("4", "Personal", [
            ("4.1", "Övertid och jour följer arbetstidslagen och avtal", "HR-partner", "Uttag ur lönesystemet",
             YELLOW, "Juli–augusti återstår.", "DELVIS", "nej"),
            ("4.2", "IT-behörigheter i driftsystemet tas bort vid avslutad anställning", "IT-samordnare", "Behörighetslista mot HR-lista",
             RED, "Ej påbörjad.", "EJ_GENOMFORD", "nej"),
            ("4.3", "Löneutbetalningar till avslutade anställda", "HR-partner", "Kontroll mot avslutslista",
             GREEN, "En felaktig utbetalning (6 400 kr) upptäckt och återkrävd.", "GENOMFORD", "ja"),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    thin = Side(style="thin", color="808080")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Tekniska förvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Uppföljningsperiod: januari–augusti (delår)"
    ws["A4"] = "Rapporteras till nämnden 2025-09-30"
    hr = 6
    heads = ["Nr", "Riskområde / kontrollmoment", "Ansvarig", "Kontrollmetod", "Status", "Kommentar"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="305496")
        c.border = bd
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = hr + 1
    for gnr, gname, ctrls in groups:
        ws.cell(r, 1, gnr).font = Font(bold=True)
        ws.cell(r, 2, gname).font = Font(bold=True)
        for col in range(1, 7):
            ws.cell(r, col).fill = PatternFill("solid", fgColor="D9D9D9")
            ws.cell(r, col).border = bd
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        r += 1
        for nr, km, ans, met, fill, kom, es, av in ctrls:
            vals = [nr, km, ans, met, None, kom or None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v)
                c.border = bd
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if fill:
                ws.cell(r, 5).fill = PatternFill("solid", fgColor=fill)
            exp(fil, N, km, es, av)
            r += 1
    r += 1
    ws.cell(r, 2, "Färgförklaring status").font = Font(bold=True)
    r += 1
    for fill, text in [(GREEN, "Genomförd"), (YELLOW, "Påbörjad / delvis genomförd"),
                       (RED, "Ej genomförd"), (BLUE, "Utgår")]:
        ws.cell(r, 5).fill = PatternFill("solid", fgColor=fill)
        ws.cell(r, 5).border = bd
        ws.cell(r, 6, text)
        r += 1
    r += 1
    ws.cell(r, 2, "Uppgiftslämnare: Lars Öberg, verksamhetscontroller")
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 58
    ws.column_dimensions["C"].width = 16
    ws.column_dimensions["D"].width = 30
    ws.column_dimensions["E"].width = 10
    ws.column_dimensions["F"].width = 55
    ws.freeze_panes = "A7"
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# E. Kultur- och fritidsnämnden – .xls, each control on 2–3 rows (Kontrollmoment / Metod / Resultat)
# ---------------------------------------------------------------------------
def file_e():
    fil = "KFN IK-uppföljning delårsbokslut 2025.xls"
    N = "Kultur- och fritidsnämnden"
    ctrls = [
        ("1", "Kontantkassor på bibliotek och badhus – oanmäld kassainventering",
         "Oanmäld inventering två gånger per år",
         "Inventering 2025-05-14 på huvudbiblioteket och Älvbadet, ingen differens.",
         "Genomförd", "N", "GENOMFORD", "nej"),
        ("2", "Föreningsbidrag – underlag (medlemsförteckning, årsmöteshandlingar) finns före utbetalning",
         "Stickprov 10 föreningar",
         "2 föreningar saknade årsmötesprotokoll men fick bidraget utbetalt. Begärt in i efterhand.",
         "Genomförd med brister", "J", "GENOMFORD", "ja"),
        ("3", "Uthyrning av lokaler och idrottshallar faktureras",
         None,
         "Avstämning bokningssystem (Interbook) mot fakturor pågår.",
         "Påbörjad", "", "DELVIS", "nej"),
        ("4", "Inventarieförteckning – kulturskolans instrument och konstsamlingen",
         "Fysisk inventering mot förteckning",
         "Ej påbörjad, planeras till november.",
         "Ej utförd", "", "EJ_GENOMFORD", "nej"),
        ("5", "Representation och uppvaktning följer riktlinjerna",
         "Granskning av samtliga representationsfakturor",
         "",
         "", "", "SAKNAS", "nej"),
        ("6", "Registerkontroll av ledare i sommarlovsaktiviteter för barn",
         None,
         "Samtliga 34 ledare har visat utdrag ur belastningsregistret.",
         "Klar", "N", "GENOMFORD", "nej"),
        ("7", "Lotteritillstånd – redovisning från föreningar granskas",
         "Genomgång av inlämnade redovisningar",
         "Kontrollen avbröts efter beslut KFN 2025-05-20 § 41, kommunen hanterar inte längre registreringslotterier.",
         "Avbruten", "", "UTGAR", "nej"),
        ("8", "Avtalstrohet – inköp av förbrukningsmaterial",
         "Stickprov 25 fakturor per halvår",
         "Vårens stickprov klart: 2 inköp utanför avtal. Höstens stickprov återstår.",
         "Delvis", "J", "DELVIS", "ja"),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre")
    kstyle = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin; align: wrap on, vert top")
    lstyle = xlwt.easyxf("font: italic on; borders: left thin, right thin; align: vert top")
    cstyle = xlwt.easyxf("borders: left thin, right thin; align: wrap on, vert top")
    bstyle = xlwt.easyxf("borders: left thin, right thin, bottom thin; align: wrap on, vert top")
    ws.write_merge(0, 0, 0, 6, "Kultur- och fritidsförvaltningen", title)
    ws.write_merge(1, 1, 0, 6, "Uppföljning av intern kontroll – delårsbokslut 2025-08-31", bold)
    ws.write(2, 0, "Plan beslutad av Kultur- och fritidsnämnden 2024-11-26 § 88. Bedömning helår fylls i till bokslutet.")
    heads = ["Nr", "", "Kontrollmoment / metod / resultat", "Bedömning delår", "Avvikelse J/N", "Bedömning helår", "Ansvarig"]
    for i, h in enumerate(heads):
        ws.write(4, i, h, head)
    r = 5
    ansv = ["Bibliotekschef", "Föreningskonsulent", "Administratör", "Kulturskolechef", "Förvaltningschef",
            "Fritidschef", "Föreningskonsulent", "Ekonom"]
    for (nr, km, met, res, st, av_jn, es, av), an in zip(ctrls, ansv):
        ws.write(r, 0, nr, kstyle)
        ws.write(r, 1, "Kontrollmoment", kstyle)
        ws.write(r, 2, km, kstyle)
        for c in (3, 4, 5):
            ws.write(r, c, "", kstyle)
        ws.write(r, 6, an, kstyle)
        r += 1
        if met is not None:
            ws.write(r, 0, "", cstyle)
            ws.write(r, 1, "Metod", lstyle)
            ws.write(r, 2, met, cstyle)
            for c in (3, 4, 5, 6):
                ws.write(r, c, "", cstyle)
            r += 1
        ws.write(r, 0, "", bstyle)
        ws.write(r, 1, "Resultat", xlwt.easyxf("font: italic on; borders: left thin, right thin, bottom thin; align: vert top"))
        ws.write(r, 2, res, bstyle)
        ws.write(r, 3, st, bstyle)
        ws.write(r, 4, av_jn, bstyle)
        ws.write(r, 5, "", bstyle)
        ws.write(r, 6, "", bstyle)
        r += 1
        exp(fil, N, km, es, av)
    r += 1
    ws.write(r, 0, "Bedömning: Genomförd / Genomförd med brister / Påbörjad / Delvis / Ej utförd / Avbruten", xlwt.easyxf("font: italic on"))
    r += 2
    ws.write(r, 0, "Sammanställt av: Jonas Ek, 2025-09-05")
    ws.col(0).width = 256 * 5
    ws.col(1).width = 256 * 15
    ws.col(2).width = 256 * 70
    ws.col(3).width = 256 * 20
    ws.col(4).width = 256 * 10
    ws.col(5).width = 256 * 16
    ws.col(6).width = 256 * 20
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F. CSV export with English column names, Yes/No, two nämnder
# ---------------------------------------------------------------------------
def file_f():
    fil = "internal_control_followup_export_20250910.csv"
    cols = ["Organisation", "Plan", "Control ID", "Risk", "Control activity", "Reporting period",
            "Performed (Yes/No)", "Deviation found (Yes/No)", "Comment", "Responsible", "Last updated"]
    MB = "Miljö- och byggnadsnämnden"
    RN = "Räddningsnämnden"
    rows = [
        ("Miljö- och byggförvaltningen", MB, "MB-01", "Lång handläggningstid", "Bygglov – beslut inom 10 veckor från komplett ansökan",
         "Yes", "Yes", "3 av 52 ärenden över 10 veckor, avgiften reducerad enligt PBL 12 kap. 8 a §.", "Bygglovschef", "GENOMFORD", "ja"),
        ("Miljö- och byggförvaltningen", MB, "MB-02", "Felaktig debitering", "Tillsynsavgifter debiteras enligt gällande taxa",
         "Yes", "No", "20 fakturor kontrollerade, korrekt.", "Miljöchef", "GENOMFORD", "nej"),
        ("Miljö- och byggförvaltningen", MB, "MB-03", "Bristande delegationsordning", "Delegationsbeslut anmäls till nämnden",
         "Partly", "No", "Maj–juni klart, juli–augusti återstår.", "Nämndsekreterare", "DELVIS", "nej"),
        ("Miljö- och byggförvaltningen", MB, "MB-04", "Handlingar förloras", "Bygglovshandlingar arkiveras i e-arkivet",
         "No", "", "Nytt e-arkiv i drift först i oktober.", "Arkivredogörare", "EJ_GENOMFORD", "nej"),
        ("Miljö- och byggförvaltningen", MB, "MB-05", "Jäv", "Jävsdeklarationer för inspektörer finns och är aktuella",
         "", "", "Kontroll gjord i juni – samtliga deklarationer inlämnade, inget jäv noterat.", "Miljöchef", "GENOMFORD", "nej"),
        ("Miljö- och byggförvaltningen", MB, "MB-06", "Rättsosäkra sanktionsbeslut", "Byggsanktionsavgifter – beslut enligt PBL 11 kap.",
         "N/A", "", "Ej aktuell 2025, flyttas till plan 2026 enligt MBN 2025-02-18 § 14.", "Bygglovschef", "UTGAR", "nej"),
        ("Räddningstjänsten Älvbacka", RN, "RÄ-01", "Tillsyn uteblir", "Tillsyn enligt LSO genomförs enligt tillsynsplanen",
         "Yes", "No", "Samtliga 40 planerade tillsyner jan–aug genomförda.", "Stf räddningschef", "GENOMFORD", "nej"),
        ("Räddningstjänsten Älvbacka", RN, "RÄ-02", "Oegentligheter", "Körjournaler och drivmedelskort stäms av",
         "Yes", "Yes", "Ett drivmedelskort använt utan anteckning i körjournal, utrett – tjänsteärende.", "Administratör", "GENOMFORD", "ja"),
        ("Räddningstjänsten Älvbacka", RN, "RÄ-03", "Felaktig lön", "Beredskapsersättning – löneunderlag stäms av mot schema",
         "No", "", "Skjuten till hösten p.g.a. semester.", "Räddningschef", "EJ_GENOMFORD", "nej"),
        ("Räddningstjänsten Älvbacka", RN, "RÄ-04", "Utrustning ur funktion", "Andningsskydd – årlig service och funktionskontroll",
         "Ongoing", "No", "14 av 20 apparater servade.", "Materialansvarig", "DELVIS", "nej"),
        ("Räddningstjänsten Älvbacka", RN, "RÄ-05", "Kompetensbrist", "Utbildning för deltidsbrandmän dokumenteras",
         "", "", "", "Utbildningsansvarig", "SAKNAS", "nej"),
    ]
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(cols)
        for org, reg, cid, risk, act, perf, dev, com, resp, es, av in rows:
            w.writerow([org, "Internkontrollplan 2025", cid, risk, act, "Delår 2025 (jan–aug)", perf, dev, com, resp,
                        "2025-09-0" + ("4" if reg == MB else "9")])
            exp(fil, reg, act, es, av)
    FILES.append((fil, "INLAST", MB, "2025", "DELAR"))
    FILES.append((fil, "INLAST", RN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# G. Kommunstyrelsen – .ods (built as xlsx, converted), symbols with legend, Status 2024 / T1 / Delår / Helår
# ---------------------------------------------------------------------------
def file_g(tmpdir):
    fil = "KS intern kontroll 2025 uppföljning delår.ods"
    N = "Kommunstyrelsen"
    # nr, process, km, ansvarig, st2024, t1, delar, helar, kommentar, exp, avv
    rows = [
        ("1", "Ekonomi", "Avstämning av balanskonton vid månadsbokslut", "Redovisningschef",
         "●", "●", "●", "", "", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Leverantörsregistret – ändrade bankuppgifter verifieras", "Redovisningschef",
         "●", "◐", "●", "", "En ändring av bankgiro var gjord utan verifiering; rättad före utbetalning.", "GENOMFORD", "ja"),
        ("3", "Löner", "Inga löneutbetalningar till avslutade anställningar", "Lönechef",
         "●", "○", "◐", "", "Jan–maj kontrollerat utan fel.", "DELVIS", "nej"),
        ("4", "Personal", "Rehabiliteringsplaner upprättas vid sjukfrånvaro över 30 dagar", "HR-chef",
         "◐", "●", "", "", "Kontrollen gjordes i april, 12 av 12 planer fanns.", "GENOMFORD", "nej"),
        ("5", "Informationssäkerhet", "IT-behörigheter – översyn av administratörskonton", "IT-chef",
         "", "○", "○", "", "Ej påbörjad, ny IT-chef från 1 september.", "EJ_GENOMFORD", "nej"),
        ("6", "Dataskydd", "Personuppgiftsbiträdesavtal finns för samtliga system", "Dataskyddssamordnare",
         "●", "", "◐", "", "12 av 19 avtal klara.", "DELVIS", "nej"),
        ("7", "Upphandling", "Avtalstrohet – kommunövergripande analys av inköp utanför avtal", "Upphandlingschef",
         "◐", "–", "–", "", "Utgår 2025 enligt KS 2025-02-05 § 12, ersätts av spendanalys.", "UTGAR", "nej"),
        ("8", "Styrning", "Uppföljning av beslutslogg – politiska beslut verkställs", "Kanslichef",
         "◐", "", "", "", "", "SAKNAS", "nej"),
        ("9", "Förtroende", "Kommunledningens representation och resor – förtroendekänsliga poster", "Ekonomichef",
         "●", "", "X", "", "", "OKLAR", "nej"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    thin = Side(style="thin", color="999999")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Kommunstyrelsen – intern kontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning per 2025-08-31 (delårsrapport). Helårskolumnen fylls i till årsredovisningen."
    ws["K4"] = "Teckenförklaring"
    ws["K4"].font = Font(bold=True)
    for i, (s, t) in enumerate([("●", "Genomförd"), ("◐", "Påbörjad / delvis"), ("○", "Ej påbörjad"), ("–", "Utgår")]):
        ws.cell(5 + i, 11, s).alignment = Alignment(horizontal="center")
        ws.cell(5 + i, 12, t)
    heads = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status 2024", "T1 2025", "Delår 2025", "Helår 2025", "Kommentar"]
    hr = 4
    for i, h in enumerate(heads, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.border = bd
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    r = hr + 1
    for nr, proc, km, ans, s24, t1, dl, hl, kom, es, av in rows:
        for i, v in enumerate([nr, proc, km, ans, s24, t1, dl, hl, kom], 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.border = bd
            c.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if 5 <= i <= 8 else None)
        ws.cell(r, 5).font = Font(color="808080")
        exp(fil, N, km, es, av)
        r += 1
    r += 1
    ws.cell(r, 1, "Antal kontrollmoment: 9")
    ws.cell(r + 1, 1, "Beredd av kommunledningsförvaltningen, ekonomiavdelningen")
    widths = {"A": 5, "B": 18, "C": 55, "D": 20, "E": 10, "F": 9, "G": 10, "H": 10, "I": 50, "J": 3, "K": 6, "L": 18}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ins = wb.create_sheet("Instruktion")
    ins["A1"] = "Instruktion"
    ins["A1"].font = Font(bold=True)
    ins["A2"] = "Fyll i status för respektive period med symbolerna i teckenförklaringen. Kommentera alltid avvikelser."
    ins["A3"] = "Exempel: ● i kolumnen T1 2025 = kontrollen är genomförd per 30 april."
    src = os.path.join(tmpdir, "KS intern kontroll 2025 uppföljning delår.xlsx")
    wb.save(src)
    convert(src, "ods", tmpdir)
    shutil.move(os.path.join(tmpdir, fil), fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


def convert(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-round109", "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# H. Rejected: a screenshot (PNG) saved with .xlsx extension
# ---------------------------------------------------------------------------
def png_bytes(w, h):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            if y < 18:
                px = (48, 84, 150)
            elif (y - 18) % 22 == 0 or x % 160 == 0:
                px = (190, 190, 190)
            elif 480 <= x < 560 and 18 < y < 160:
                px = (0, 176, 80) if y < 100 else (255, 255, 0)
            else:
                px = (255, 255, 255)
            raw += bytes(px)

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def file_h():
    fil = "Överförmyndarnämnden IK delår 2025.xlsx"
    with open(fil, "wb") as f:
        f.write(png_bytes(640, 200))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def main():
    keep = {"make_round.py", "README.md"}
    for fn in os.listdir("."):
        if fn not in keep and os.path.isfile(fn):
            os.remove(fn)
    write_register()
    tmpdir = tempfile.mkdtemp(prefix="r109_")
    file_a()
    file_b()
    file_c()
    file_d()
    file_e()
    file_f()
    file_g(tmpdir)
    file_h()
    shutil.rmtree(tmpdir, ignore_errors=True)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for fil, n, km, st, av in EXPECTED:
            assert ";" not in km
            f.write(f"{fil};{n};{km};{st};{av}\n")
    print(len({r[0] for r in FILES}), "files,", len(FILES), "files.csv rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
