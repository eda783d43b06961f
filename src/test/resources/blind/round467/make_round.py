#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 467 - Mullsjö kommun, delår 2025, follow-ups in unusual carriers.

Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import html
import os
import shutil
import subprocess
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r467build"
LO_PROFILE = "file:///tmp/lo-round467"
TZ = dt.timezone(dt.timedelta(hours=2))
FIXED = dt.datetime(2025, 9, 8, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|Bildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen|Vård och omsorg|IFO"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Teknik och service"),
    ("Miljö- och byggnämnden", "MBN|Bygg och miljö|Miljö- och byggenheten"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Mullsjöbostäder AB", "MBAB|Mullsjöbostäder|Mullsjö bostäder"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]


# ---------------------------------------------------------------------------
# 1. KS - plain-text e-mail, controls as lines
# ---------------------------------------------------------------------------
def build_ks():
    fil = "SV Uppföljning intern kontroll delår 2025 - KS.eml"
    nm = "Kommunstyrelsen"
    rows = [
        # (nr, km, code, text, status, avv)
        ("Attest av leverantörsfakturor enligt attestordningen", "G",
         "Stickprov på 40 fakturor, 2 saknade beslutsattest. Åtgärdat och påminnelse skickad till berörda chefer.",
         "GENOMFORD", "ja"),
        ("Kontroll av att behörigheter i ekonomisystemet stämmer med delegationsordningen", "G",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Uppföljning av att beslut fattade på delegation anmäls till kommunstyrelsen", "D",
         "Januari–april är kontrollerat, maj–augusti görs i september.", "DELVIS", ""),
        ("Efterlevnad av upphandlingspolicyn vid direktupphandling", "E",
         "Flyttas till hösten p.g.a. vakans på upphandlingsfunktionen.", "EJ_GENOMFORD", ""),
        ("Diarieföring av inkommande handlingar inom fem arbetsdagar", "G",
         "25 ärenden kontrollerade, 3 var diarieförda senare än fem arbetsdagar (avvikelse).",
         "GENOMFORD", "ja"),
        ("Representation och gåvor följer kommunens riktlinjer", "G", "", "GENOMFORD", ""),
        ("Genomförd IT-säkerhetsutbildning för nyanställda", "Utgår",
         "Ersätts av kommungemensam e-utbildning enligt beslut KS 2025-04-15 § 52.", "UTGAR", ""),
        ("Kontroll av att löneutbetalningar upphör vid avslutad anställning", "", "", "SAKNAS", ""),
    ]
    lines = []
    for i, (km, code, text, st, avv) in enumerate(rows, 1):
        if code and text:
            lines.append(f"{i}. {km} – {code}. {text}")
        elif code:
            lines.append(f"{i}. {km} – {code}")
        else:
            lines.append(f"{i}. {km} – ")
        exp(fil, nm, km, st, avv)
    body = (
        "Hej Maria!\n\n"
        "Här kommer kommunstyrelsens uppföljning av internkontrollplanen för perioden januari–augusti 2025. "
        "Vi har inte hunnit föra in det i mallen, så jag skriver det direkt i mejlet – hoppas det går bra.\n\n"
        "Status per kontrollmoment (G = genomförd, D = delvis genomförd/pågår, E = ej genomförd):\n\n"
        + "\n".join(lines) +
        "\n\n(Nr 8 har löneenheten inte återkopplat på ännu, jag kompletterar så fort jag får svar.)\n\n"
        "Med vänlig hälsning\n\n"
        "Jonas Bergqvist\n"
        "Kanslichef\n"
        "Kommunledningsförvaltningen\n"
        "Mullsjö kommun\n"
        "Tel. 0392-140 00\n\n"
        "-----Ursprungligt meddelande-----\n"
        "Från: Maria Ek <maria.ek@mullsjo.se>\n"
        "Skickat: den 25 augusti 2025 08:14\n"
        "Till: Jonas Bergqvist <jonas.bergqvist@mullsjo.se>\n"
        "Ämne: Uppföljning intern kontroll delår 2025\n\n"
        "Hej!\n\n"
        "Påminner om att uppföljningen av internkontrollplanen per 31 augusti ska vara ekonomienheten "
        "tillhanda senast den 5 september. Använd gärna mallen på intranätet.\n\n"
        "/Maria\n"
    )
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = "Jonas Bergqvist <jonas.bergqvist@mullsjo.se>"
    msg["To"] = "Maria Ek <maria.ek@mullsjo.se>"
    msg["Subject"] = "SV: Uppföljning intern kontroll delår 2025"
    msg["Date"] = format_datetime(dt.datetime(2025, 9, 4, 16, 42, 11, tzinfo=TZ))
    msg["Message-ID"] = "<20250904164211.KS467@mullsjo.se>"
    msg["In-Reply-To"] = "<20250825081400.EK467@mullsjo.se>"
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(msg.as_bytes())
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. BUN - HTML e-mail with a table (multipart/alternative)
# ---------------------------------------------------------------------------
def build_bun():
    fil = "Uppföljning IK delår 2025 BUN.eml"
    nm = "Barn- och utbildningsnämnden"
    colour = {"Grön": "#92D050", "Gul": "#FFFF00", "Röd": "#FF0000", "Grå": "#BFBFBF", "": "#FFFFFF"}
    rows = [
        ("1", "Ekonomi", "Kontroll av att inköp sker från avtalade leverantörer", "Controller",
         "Grön", "Stickprov 30 inköp, 4 gjorda utanför avtal (livsmedel förskolan Sandhem). Återkopplat till rektor.",
         "GENOMFORD", "ja"),
        ("2", "Trygghet och studiero", "Rutin för anmälan av kränkande behandling till huvudman följs", "Rektorer",
         "Gul", "Genomgång av anmälningar januari–juni klar, återstår för hösten.", "DELVIS", ""),
        ("3", "Trygghet och studiero", "Skolpliktsbevakning – utredning av elever med hög frånvaro", "Elevhälsochef",
         "Grön", "Samtliga elever med över 15 % frånvaro har påbörjad utredning. Inga avvikelser.", "GENOMFORD", "nej"),
        ("4", "Personal", "Kontroll av utdrag ur belastningsregistret vid nyanställning", "HR-partner",
         "Grön", "20 anställningar granskade, samtliga hade uppvisat utdrag.", "GENOMFORD", "nej"),
        ("5", "Förskola", "Erbjudande om förskoleplats inom fyra månader från ansökan", "Förskolechef",
         "Röd", "Ej genomförd. Görs i oktober när det nya placeringssystemet är infört.", "EJ_GENOMFORD", ""),
        ("6", "Skolskjuts", "Hantering av skolskjutsbeslut enligt delegationsordningen", "Skolskjutssamordnare",
         "Grå", "Utgår – ansvaret för skolskjuts flyttades till kommunstyrelsen 2025-01-01.", "UTGAR", ""),
        ("7", "Säkerhet", "Systematiskt brandskyddsarbete (SBA) i skolor och förskolor", "Verksamhetschef",
         "Gul", "Brandskyddsronder gjorda på 5 av 7 enheter. Brister i dokumentationen på Nyboskolan.", "DELVIS", "ja"),
        ("8", "Elevhälsa", "Journalföring inom elevhälsans medicinska insats", "Verksamhetschef elevhälsa",
         "", "Se bifogad rapport från verksamhetschef elevhälsan.", "OKLAR", ""),
    ]
    head = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status delår", "Kommentar"]
    th = "".join(f'<th style="border:1px solid #000;background:#1F4E79;color:#fff;padding:4px">{html.escape(h)}</th>' for h in head)
    trs = []
    for nr, proc, km, ansv, st, kom, s, avv in rows:
        exp(fil, nm, km, s, avv)
        trs.append(
            "<tr>"
            f'<td style="border:1px solid #000;padding:4px">{nr}</td>'
            f'<td style="border:1px solid #000;padding:4px">{html.escape(proc)}</td>'
            f'<td style="border:1px solid #000;padding:4px">{html.escape(km)}</td>'
            f'<td style="border:1px solid #000;padding:4px">{html.escape(ansv)}</td>'
            f'<td style="border:1px solid #000;padding:4px;background:{colour[st]}">{html.escape(st) if st else "&nbsp;"}</td>'
            f'<td style="border:1px solid #000;padding:4px">{html.escape(kom)}</td>'
            "</tr>")
    html_body = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<style>p{font-family:Calibri,sans-serif;font-size:11pt}</style></head><body>'
        "<p>Hej!</p>"
        "<p>Nedan finns barn- och utbildningsnämndens uppföljning av internkontrollplanen 2025, "
        "delårsuppföljning januari–augusti. Ärendet tas upp på nämndens sammanträde den 23 september.</p>"
        '<table style="border-collapse:collapse;font-family:Calibri,sans-serif;font-size:10pt">'
        f"<tr>{th}</tr>" + "".join(trs) + "</table>"
        "<p><b>Förklaring:</b> Grön = genomförd, Gul = påbörjad/delvis genomförd, Röd = ej genomförd, "
        "Grå = utgår</p>"
        "<p>Vänliga hälsningar<br>Sara Holm<br>Förvaltningsekonom<br>Barn- och utbildningsförvaltningen<br>"
        "Mullsjö kommun</p>"
        "</body></html>")
    # plain-text alternative, roughly as Outlook renders it
    txt = ["Hej!", "",
           "Nedan finns barn- och utbildningsnämndens uppföljning av internkontrollplanen 2025, "
           "delårsuppföljning januari–augusti. Ärendet tas upp på nämndens sammanträde den 23 september.", "",
           "\t".join(head)]
    for nr, proc, km, ansv, st, kom, s, avv in rows:
        txt.append("\t".join([nr, proc, km, ansv, st, kom]))
    txt += ["", "Förklaring: Grön = genomförd, Gul = påbörjad/delvis genomförd, Röd = ej genomförd, Grå = utgår",
            "", "Vänliga hälsningar", "Sara Holm", "Förvaltningsekonom", "Barn- och utbildningsförvaltningen",
            "Mullsjö kommun", ""]
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = "Sara Holm <sara.holm@mullsjo.se>"
    msg["To"] = "Ekonomienheten <ekonomi@mullsjo.se>"
    msg["Cc"] = "Peter Lind <peter.lind@mullsjo.se>"
    msg["Subject"] = "Uppföljning IK delår 2025 BUN"
    msg["Date"] = format_datetime(dt.datetime(2025, 9, 5, 9, 3, 27, tzinfo=TZ))
    msg["Message-ID"] = "<20250905090327.BUN467@mullsjo.se>"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg.set_content("\n".join(txt), charset="utf-8")
    msg.add_alternative(html_body, subtype="html", charset="utf-8")
    msg.set_boundary("----=_NextPart_000_0467_01DC1E3A.5B8C2F10")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(msg.as_bytes())
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


def normalise_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so the build is byte-deterministic."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 8, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def normalise_rtf(path):
    import re
    with open(path, "rb") as f:
        data = f.read()
    data = re.sub(rb"\\(creatim|revtim|printim)(\\[a-z]+\d+)+",
                  rb"\\\1\\yr2025\\mo9\\dy3\\hr10\\min0", data)
    with open(path, "wb") as f:
        f.write(data)


def fix_core(doc, title):
    cp = doc.core_properties
    cp.author = "Mullsjö kommun"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Mullsjö kommun"
    cp.revision = 1


# ---------------------------------------------------------------------------
# 3. SN - RTF (docx converted by LibreOffice)
# ---------------------------------------------------------------------------
def build_sn():
    fil = "SN uppföljning internkontrollplan delår 2025.rtf"
    nm = "Socialnämnden"
    groups = [
        ("Myndighetsutövning individ- och familjeomsorg", [
            ("Barn och unga", "Barn som far illa uppmärksammas inte i tid",
             "Förhandsbedömning av orosanmälan görs inom 14 dagar",
             "Stickprov 60 anmälningar",
             "Av 60 granskade anmälningar var 7 bedömda efter mer än 14 dagar.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("Barn och unga", "Utredningstiden överskrids",
             "Utredningar barn och unga avslutas inom fyra månader",
             "Stickprov 20 ärenden",
             "Inga avvikelser i stickprovet.",
             "Genomförd", "GENOMFORD", "nej"),
            ("Ekonomiskt bistånd", "Felaktiga utbetalningar",
             "Kontroll av att ekonomiskt bistånd beviljas enligt riktlinjerna",
             "Stickprov 10 ärenden/tertial",
             "Stickprov för januari–april klart, maj–augusti pågår.",
             "Pågår", "DELVIS", ""),
        ]),
        ("Vård och omsorg", [
            ("Avvikelsehantering", "Missförhållanden utreds inte",
             "Rapporter enligt lex Sarah utreds och åtgärdas",
             "Genomgång av samtliga rapporter",
             "Två rapporter under perioden, båda utredda inom tid.",
             "Genomförd", "GENOMFORD", "nej"),
            ("Hemtjänst", "Insatser utförs inte enligt beslut",
             "Genomförandeplaner upprättas inom 14 dagar efter beslut i hemtjänsten",
             "Stickprov 15 brukare",
             "Skjuts till hösten p.g.a. byte av verksamhetssystem.",
             "Ej genomförd", "EJ_GENOMFORD", ""),
            ("Hälso- och sjukvård", "Felaktig läkemedelshantering",
             "Läkemedelshantering – kontroll av signeringslistor på särskilt boende",
             "Granskning en vecka per boende",
             "Kontroll gjord på Sandhemsgården och Mullsjögården. Brister i signeringen på en avdelning, "
             "handlingsplan är upprättad.",
             "Genomförd", "GENOMFORD", "ja"),
        ]),
        ("Ekonomi och administration", [
            ("Inköp", "Felaktiga utbetalningar",
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor",
             "Inga avvikelser.",
             "Genomförd", "GENOMFORD", "nej"),
            ("Avgifter", "Felaktiga avgifter",
             "Kontroll av avgiftsberäkning inom äldreomsorgen",
             "Stickprov 20 beslut",
             "Kontrollen utgår 2025 enligt beslut SN 2025-03-20 § 31, granskas i stället av revisionen.",
             "Ej aktuell", "UTGAR", ""),
            ("Brukarnas medel", "Förskingring",
             "Hantering av privata medel för brukare på särskilt boende",
             "Kassainventering",
             "", "", "SAKNAS", ""),
        ]),
    ]
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Mullsjö kommun\tSocialförvaltningen\tDnr SN 2025/0112"
    doc.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport januari–augusti", level=1)
    doc.add_paragraph("Socialnämnden")
    doc.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 19 december 2024 (§ 142). "
        "I tabellen nedan redovisas utfallet av kontrollerna per den 31 augusti 2025. "
        "Bedömningen anges som Genomförd, Genomförd med avvikelse, Pågår, Ej genomförd eller Ej aktuell.")
    head = ["Process", "Risk", "Kontrollmoment", "Metod/omfattning", "Utfall delår 2025", "Bedömning"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(head):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    for g, rows in groups:
        r = t.add_row()
        m = r.cells[0].merge(r.cells[5])
        set_cell(m, g, bold=True)
        shade(m, "F2F2F2")
        for proc, risk, km, metod, utf, bed, st, avv in rows:
            c = t.add_row().cells
            for i, v in enumerate([proc, risk, km, metod, utf, bed]):
                set_cell(c[i], v)
            exp(fil, nm, km, st, avv)
    widths = [Cm(3.5), Cm(4.0), Cm(5.5), Cm(3.5), Cm(6.5), Cm(3.0)]
    for row in t.rows:
        for i, w in enumerate(widths):
            try:
                row.cells[i].width = w
            except IndexError:
                pass
    doc.add_paragraph()
    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. De avvikelser som "
        "noterats har åtgärdats eller följs upp i handlingsplaner. Kvarvarande kontroller redovisas i "
        "helårsuppföljningen.")
    doc.add_paragraph("Mullsjö 2025-09-03")
    doc.add_paragraph("Anna Lindqvist\nSocialchef")
    fix_core(doc, "Uppföljning internkontrollplan delår 2025 Socialnämnden")
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, "SN uppföljning internkontrollplan delår 2025.docx")
    doc.save(src)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", "rtf", "--outdir", OUT, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert os.path.exists(os.path.join(OUT, fil))
    normalise_rtf(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. KFN - intranet HTML page
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "Intern kontroll 2025 - Kultur och fritid - Intranätet.html"
    nm = "Kultur- och fritidsnämnden"
    look = {
        "G": ("#2e7d32", "●", "Genomförd"),
        "P": ("#f9a825", "●", "Pågår/delvis genomförd"),
        "R": ("#c62828", "●", "Ej genomförd"),
        "A": ("#9e9e9e", "●", "Ej aktuell"),
        "-": ("#555555", "–", "Ej planerad för perioden"),
        "": None,
    }
    rows = [
        ("Föreningsbidrag", "Utbetalda föreningsbidrag följer bidragsreglerna och fattade beslut",
         "Fritidskonsulent", "P", "G", "20 ansökningar kontrollerade mot regler och beslut, inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Lokaluthyrning", "Bokningar och fakturering av lokaler (Mullsjö sporthall, Folkets hus)",
         "Bokningsansvarig", "G", "-", "Kontrollen genomfördes under T1, två fakturor rättades. Se T1-rapporten.",
         "GENOMFORD", "ja"),
        ("Bibliotek", "Medieinköp görs enligt gällande avtal",
         "Bibliotekschef", "-", "R", "Bibliotekschefen föräldraledig, görs under hösten.",
         "EJ_GENOMFORD", ""),
        ("Lovverksamhet", "Registerutdrag finns för samtliga ledare i lovverksamheten",
         "Fritidsgårdsföreståndare", "-", "G", "Samtliga 14 sommarlovsledare hade lämnat utdrag.",
         "GENOMFORD", "nej"),
        ("Kontanthantering", "Kassahantering i simhallen och på biblioteket",
         "Enhetschef", "P", "P", "Kassainventering gjord i simhallen, biblioteket återstår.",
         "DELVIS", ""),
        ("Stipendier", "Kulturstipendier hanteras enligt delegationsordningen",
         "Kultursekreterare", "-", "A",
         "Kulturstipendiet delas inte ut 2025 enligt beslut KFN 2025-02-10 § 7.", "UTGAR", ""),
        ("Avtalsuppföljning", "Uppföljning av driftavtal för skidbacken i Mullsjö",
         "Förvaltningschef", "", "", "", "SAKNAS", ""),
    ]

    def stcell(code):
        if not code:
            return '<td class="ik-status"></td>'
        col, sym, label = look[code]
        return (f'<td class="ik-status"><span class="ik-dot" style="color:{col}" aria-hidden="true">{sym}</span>'
                f'<span class="sr-only">{html.escape(label)}</span></td>')

    trs = []
    for omr, km, ansv, t1, dl, kom, st, avv in rows:
        exp(fil, nm, km, st, avv)
        trs.append(f"<tr><td>{html.escape(omr)}</td><td>{html.escape(km)}</td><td>{html.escape(ansv)}</td>"
                   f"{stcell(t1)}{stcell(dl)}<td>{html.escape(kom)}</td></tr>")
    legend = "".join(
        f'<li><span style="color:{c}">{s}</span> {html.escape(l)}</li>'
        for c, s, l in [v for k, v in look.items() if v])
    page = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Intern kontroll 2025 – Kultur och fritid – Insidan</title>
<style>
body {{ font-family: Arial, sans-serif; font-size: 14px; margin: 0; }}
header.site {{ background: #00558c; color: #fff; padding: 10px 20px; }}
nav.breadcrumb {{ padding: 6px 20px; font-size: 12px; color: #555; }}
main {{ padding: 10px 20px; }}
table.ik {{ border-collapse: collapse; width: 100%; }}
table.ik th, table.ik td {{ border: 1px solid #ccc; padding: 6px; vertical-align: top; }}
table.ik th {{ background: #e8eef4; text-align: left; }}
td.ik-status {{ text-align: center; font-size: 18px; }}
.sr-only {{ position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0,0,0,0); }}
footer {{ padding: 10px 20px; font-size: 12px; color: #777; border-top: 1px solid #ddd; }}
</style>
</head>
<body>
<header class="site"><strong>Insidan</strong> – Mullsjö kommuns intranät
 <form class="search" action="/sok"><input type="text" name="q" placeholder="Sök på Insidan"></form>
</header>
<nav class="breadcrumb"><a href="/">Start</a> &gt; <a href="/styrning">Styrning och ledning</a> &gt;
 <a href="/styrning/intern-kontroll">Intern kontroll</a> &gt; Kultur och fritid</nav>
<nav class="menu"><ul>
 <li><a href="/styrning/intern-kontroll/ks">Kommunstyrelsen</a></li>
 <li><a href="/styrning/intern-kontroll/bun">Barn och utbildning</a></li>
 <li><a href="/styrning/intern-kontroll/kof">Kultur och fritid</a></li>
 <li><a href="/styrning/intern-kontroll/sn">Socialtjänst</a></li>
</ul></nav>
<main>
<h1>Intern kontroll 2025 – Kultur- och fritidsnämnden</h1>
<p class="ingress">Här redovisas kultur- och fritidsnämndens internkontrollplan för 2025 med uppföljning
per tertial 1 och delår (januari–augusti). Uppföljningen rapporteras till nämnden i samband med delårsrapporten.</p>
<h2>Kontrollmoment och uppföljning</h2>
<table class="ik">
<thead><tr><th>Kontrollområde</th><th>Kontrollmoment</th><th>Ansvarig</th><th>T1 2025</th><th>Delår 2025</th>
<th>Kommentar</th></tr></thead>
<tbody>
{chr(10).join(trs)}
</tbody>
</table>
<h3>Teckenförklaring</h3>
<ul class="legend">{legend}</ul>
<p>Frågor om sidan: Linda Ström, controller, kultur och fritid.</p>
</main>
<footer>Sidansvarig: Ekonomienheten · Senast uppdaterad 2025-09-08 · <a href="/cookies">Om cookies</a></footer>
</body>
</html>
"""
    with open(os.path.join(OUT, fil), "w", encoding="utf-8") as f:
        f.write(page)
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. SBN + MBN - fixed-width text export (cp1252)
# ---------------------------------------------------------------------------
def build_export():
    fil = "ik_export_sbn_mbn_20250904.txt"
    data = [
        ("SBN", "Samhällsbyggnadsnämnden", [
            ("1.1", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd", "Nej",
             "Stickprov 30 fakturor utan anmärkning.", "GENOMFORD", "nej"),
            ("1.2", "Kontroll av att ÄTA-arbeten i byggprojekt är beställda skriftligt enligt avtal",
             "Delvis", "Ja",
             "Två av tre projekt granskade. I ett projekt saknades skriftlig beställning av ÄTA 4.",
             "DELVIS", "ja"),
            ("1.3", "Felanmälningar i fastighetssystemet åtgärdas inom avtalad tid", "Genomförd", "Ja",
             "12 % av felanmälningarna åtgärdades efter avtalad tid.", "GENOMFORD", "ja"),
            ("2.1", "Provtagning enligt egenkontrollprogrammet för dricksvatten", "Genomförd", "Nej",
             "Alla prover tagna enligt plan, inga otjänliga prover.", "GENOMFORD", "nej"),
            ("2.2", "Inventering av kommunens fordon mot anläggningsregistret", "Ej påbörjad", "",
             "Planeras till november.", "EJ_GENOMFORD", ""),
            ("2.3", "Vinterväghållning - uppföljning av entreprenörens rapportering", "Utgår", "",
             "Ingår i avtalsuppföljningen i KS plan.", "UTGAR", ""),
        ]),
        ("MBN", "Miljö- och byggnämnden", [
            ("1.1", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Genomförd", "Ja",
             "3 av 45 ärenden överskred tiden, avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
            ("1.2", "Livsmedelskontroller utförs enligt beslutad kontrollplan", "Delvis", "",
             "62 % av planerade kontroller utförda t.o.m. augusti.", "DELVIS", ""),
            ("1.3", "Debitering av timavgift enligt gällande taxa", "Genomförd", "Nej",
             "", "GENOMFORD", "nej"),
            ("2.1", "Kontroll av att handläggare anmält jäv och bisysslor i samband med ärendehandläggning",
             "", "", "", "SAKNAS", ""),
            ("2.2", "Delegationsbeslut anmäls till nämnden", "Ej genomförd", "",
             "Har inte hunnits med p.g.a. personalbrist.", "EJ_GENOMFORD", ""),
        ]),
    ]
    W = [("Nämnd", 6), ("Nr", 5), ("Kontrollmoment", 50), ("Status", 13), ("Avv", 4), ("Kommentar", 38)]

    def fmt(vals):
        return " ".join(v.ljust(w) for v, (_, w) in zip(vals, W)).rstrip()

    lines = [
        "MULLSJÖ KOMMUN".ljust(60) + "Utskrivet: 2025-09-04 14:32",
        "Rapport: IK-uppföljning per kontrollmoment".ljust(60) + "Användare: KARJON",
        "Period: Delår 2025 (2025-01-01 - 2025-08-31)",
        "Urval: Samhällsbyggnadsnämnden; Miljö- och byggnämnden",
        "",
        fmt([h for h, _ in W]),
        " ".join("-" * w for _, w in W),
    ]
    n = 0
    for code, nm, rows in data:
        for nr, km, st, avv, kom, s, a in rows:
            n += 1
            exp(fil, nm, km, s, a)
            kw = textwrap.wrap(km, W[2][1]) or [""]
            cw = textwrap.wrap(kom, W[5][1]) or [""]
            for i in range(max(len(kw), len(cw))):
                if i == 0:
                    lines.append(fmt([code, nr, kw[0], st, avv, cw[0]]))
                else:
                    lines.append(fmt(["", "", kw[i] if i < len(kw) else "", "", "",
                                      cw[i] if i < len(cw) else ""]))
        lines.append("")
        FILES.append((fil, "INLAST", nm, "2025", "DELAR"))
    lines += [f"Antal rader: {n}", "Sida 1 av 1", ""]
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="\r\n") as f:
        f.write("\n".join(lines))


# ---------------------------------------------------------------------------
# 6. Mullsjöbostäder AB - ordinary xlsx
# ---------------------------------------------------------------------------
def build_mbab():
    fil = "Mullsjöbostäder IK-plan 2025 uppf delår.xlsx"
    nm = "Mullsjöbostäder AB"
    rows = [
        ("1", "Hyresadministration", "Felaktig hyresdebitering",
         "Kontroll av att hyreshöjningar debiterats enligt förhandlingsöverenskommelsen",
         "Ekonomichef", "1 ggr/år", 6, "G", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Inköp", "Oegentligheter vid inköp",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Ekonomichef", "Tertial", 8, "G", "G",
         "En faktura attesterad av jävig person, rättad och ny attest gjord.", "GENOMFORD", "ja"),
        ("3", "Förvaltning", "Olycksrisk för barn",
         "Besiktning av lekplatser enligt besiktningsplan",
         "Förvaltare", "1 ggr/år", 9, "E", "D", "8 av 12 lekplatser besiktigade.", "DELVIS", ""),
        ("4", "Hyresadministration", "Kundförluster",
         "Uppföljning av hyresfordringar och inkassoärenden",
         "Ekonomiassistent", "Tertial", 4, "D", "G",
         "Genomgång gjord per 30/6. Fordringar äldre än 90 dagar bevakas.", "GENOMFORD", ""),
        ("5", "Säkerhet", "Obehöriga får tillträde",
         "Kontroll av nyckel- och passerkortsregister",
         "Fastighetschef", "1 ggr/år", 6, "", "E", "Skjuts till kvartal 4.", "EJ_GENOMFORD", ""),
        ("6", "Säkerhet", "Brand i flerbostadshus",
         "Systematiskt brandskyddsarbete i flerbostadshusen",
         "Fastighetschef", "Tertial", 12, "G", "", "T1: Brandskyddsronder klara i samtliga områden.",
         "GENOMFORD", ""),
        ("7", "Upphandling", "Otillåten direktupphandling",
         "Avrop från ramavtal för entreprenader görs enligt avtalets fördelningsnyckel",
         "VD", "1 ggr/år", 6, "", "U", "Kontrollmomentet utgår enligt styrelsebeslut 2025-04-24.",
         "UTGAR", ""),
        ("8", "Förvaltning", "Brister mot lagkrav",
         "Energideklarationer är giltiga för samtliga fastigheter",
         "Förvaltare", "1 ggr/år", 4, "", "G",
         "Genomförd med anmärkning: 2 fastigheter saknar giltig deklaration, ny är beställd.",
         "GENOMFORD", "ja"),
    ]
    fills = {"G": "C6EFCE", "D": "FFEB9C", "E": "FFC7CE", "U": "D9D9D9"}
    wb = openpyxl.Workbook()
    ws0 = wb.active
    ws0.title = "Instruktion"
    instr = [
        "Instruktion för uppföljning av internkontrollplan",
        "",
        "Fyll i kolumnerna Uppföljning T1 och Uppföljning delår med G, D, E eller U.",
        "Kommentera alltid avvikelser och ej genomförda kontroller.",
        "Skicka filen till Mullsjö kommuns ekonomienhet senast 5 september.",
    ]
    for i, t in enumerate(instr, 1):
        ws0.cell(row=i, column=1, value=t)
    ws0["A1"].font = Font(bold=True, size=12)
    ws0.column_dimensions["A"].width = 80

    ws = wb.create_sheet("IK-plan 2025")
    wb.active = 1
    thin = Side(style="thin", color="808080")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Mullsjöbostäder AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning per 31 augusti"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Fastställd av styrelsen 2025-02-13. Uppföljning rapporteras till styrelsen och kommunstyrelsen."
    ws.merge_cells("A1:J1")
    ws.merge_cells("A2:J2")
    ws.merge_cells("A3:J3")
    # two-level header: plan columns / uppföljning columns
    ws["A5"] = "Internkontrollplan"
    ws.merge_cells("A5:G5")
    ws["H5"] = "Uppföljning"
    ws.merge_cells("H5:J5")
    head = ["Nr", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens", "Riskvärde",
            "T1 (jan–apr)", "Delår (jan–aug)", "Kommentar"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.border = bd
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for c in (1, 8):
        ws.cell(row=5, column=c).font = Font(bold=True)
        ws.cell(row=5, column=c).alignment = Alignment(horizontal="center")
    r = 7
    for row in rows:
        vals, st, avv = row[:10], row[10], row[11]
        exp(fil, nm, row[3], st, avv)
        for c, v in enumerate(vals, 1):
            if v == "":
                v = None
            cell = ws.cell(row=r, column=c, value=int(v) if c == 1 else v)
            cell.border = bd
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if c in (1, 7, 8, 9) else None)
            if c in (8, 9) and v in fills:
                cell.fill = PatternFill("solid", fgColor=fills[v])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring:").font = Font(bold=True)
    for i, (k, t) in enumerate([("G", "Genomförd"), ("D", "Delvis genomförd / pågår"),
                                ("E", "Ej genomförd"), ("U", "Utgår")]):
        c1 = ws.cell(row=r + 1 + i, column=1, value=k)
        c1.fill = PatternFill("solid", fgColor=fills[k])
        c1.alignment = Alignment(horizontal="center")
        ws.cell(row=r + 1 + i, column=2, value=t)
    r += 6
    ws.cell(row=r, column=1, value="Upprättad av: Karin Svensson, VD, 2025-09-02")
    for col, w in zip("ABCDEFGHIJ", [5, 18, 24, 46, 16, 10, 9, 11, 12, 48]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    ws.print_title_rows = "5:6"
    ws.oddHeader.center.text = "Mullsjöbostäder AB – Intern kontroll 2025"
    wb.properties.creator = "Karin Svensson"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(OUT, fil))
    normalise_zip(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. ÖFN - docx with tick columns
# ---------------------------------------------------------------------------
def build_ofn():
    fil = "ÖFN uppföljning intern kontroll delår 2025.docx"
    nm = "Överförmyndarnämnden"
    rows = [
        ("Granskning av årsräkningar slutförs senast 30 juni", "X", "", "",
         "Samtliga 168 årsräkningar granskade, 5 av dem slutfördes först i juli.", "GENOMFORD", "ja"),
        ("Ställföreträdare har giltigt utdrag ur belastningsregistret och kreditupplysning", "X", "", "",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Arvoden beslutas enligt nämndens riktlinjer", "", "X", "",
         "Stickprov påbörjat, 10 av 25 ärenden granskade.", "DELVIS", ""),
        ("Överförmyndarspärrade konton kontrolleras mot bankens bekräftelse", "X", "", "X",
         "", "OKLAR", ""),
        ("Handläggningstid för nya ärenden om godmanskap och förvaltarskap", "", "", "X",
         "Ej gjort på grund av resursbrist.", "EJ_GENOMFORD", ""),
        ("Säker hantering av e-post med personuppgifter", "", "", "",
         "Utgår, ersatt av kommungemensam kontroll inom dataskydd.", "UTGAR", ""),
    ]
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Mullsjö kommun – Överförmyndarnämnden"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "Uppföljning intern kontroll, delår 2025"
    doc.add_heading("Uppföljning av intern kontroll – delår 2025", level=1)
    doc.add_paragraph(
        "Nämnden har under perioden januari–augusti följt upp de kontrollmoment som ingår i "
        "internkontrollplanen för 2025. Markera med X vilket alternativ som gäller för respektive kontrollmoment.")
    head = ["Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(head):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10)
        shade(t.rows[0].cells[i], "E2EFD9")
    for km, g, d, e, kom, st, avv in rows:
        c = t.add_row().cells
        for i, v in enumerate([km, g, d, e, kom]):
            set_cell(c[i], v, size=10)
            if i in (1, 2, 3):
                c[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, nm, km, st, avv)
    for row in t.rows:
        for i, w in enumerate([Cm(6.0), Cm(2.0), Cm(1.7), Cm(2.0), Cm(5.3)]):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph(
        "Avvikelserna i granskningen av årsräkningar beror på sjukfrånvaro under maj–juni. "
        "Rutinen för prioritering av ärenden har setts över.")
    doc.add_paragraph("Mullsjö den 1 september 2025")
    doc.add_paragraph("Lars Nyström\nOrdförande")
    fix_core(doc, "Uppföljning intern kontroll delår 2025")
    doc.save(os.path.join(OUT, fil))
    normalise_zip(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: reminder e-mail from the economy office (no follow-up)
# ---------------------------------------------------------------------------
def build_reject():
    fil = "Påminnelse - uppföljning intern kontroll delår 2025.eml"
    body = (
        "Hej alla!\n\n"
        "En vänlig påminnelse om att uppföljningen av internkontrollplanen för delår 2025 (januari–augusti) "
        "skulle ha lämnats till ekonomienheten senast den 5 september.\n\n"
        "Vi har ännu inte fått in något från:\n"
        "- Kultur- och fritidsnämnden\n"
        "- Överförmyndarnämnden\n"
        "- Mullsjöbostäder AB\n\n"
        "Använd gärna mallen på Insidan (Styrning och ledning > Intern kontroll). Ange för varje "
        "kontrollmoment om det är genomfört, delvis genomfört, ej genomfört eller utgår, och kommentera "
        "eventuella avvikelser.\n\n"
        "Sammanställningen ska till kommunstyrelsens arbetsutskott den 30 september.\n\n"
        "Tack på förhand!\n\n"
        "Maria Ek\n"
        "Redovisningsekonom, Ekonomienheten\n"
        "Mullsjö kommun\n"
    )
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = "Maria Ek <maria.ek@mullsjo.se>"
    msg["To"] = "Förvaltningsekonomer <ekonomer@mullsjo.se>"
    msg["Subject"] = "Påminnelse: uppföljning intern kontroll delår 2025"
    msg["Date"] = format_datetime(dt.datetime(2025, 9, 8, 8, 5, 0, tzinfo=TZ))
    msg["Message-ID"] = "<20250908080500.EK467@mullsjo.se>"
    msg["Importance"] = "high"
    msg.set_content(body, charset="utf-8")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(msg.as_bytes())
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    build_ks()
    build_bun()
    build_sn()
    build_kfn()
    build_export()
    build_mbab()
    build_ofn()
    build_reject()
    write_csvs()
    # consistency
    names = {n for n, _ in NAMNDER}
    inlast = {(f, n) for f, u, n, _, _ in FILES if u == "INLAST"}
    for f, n, *_ in EXPECTED:
        assert (f, n) in inlast, (f, n)
        assert n in names, n
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
