#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 293 - "unusual file formats in the inbox".

Hjortsjö kommun, year 2025.  Builds every follow-up file of the round plus
namnder.csv, files.csv and expected.csv, deterministically, in the folder of
this script.  Run:  /usr/bin/python3 make_round.py
"""
import base64
import csv
import io
import os
import re
import zipfile

from email.charset import Charset, QP
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import encoders
from email.generator import BytesGenerator

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


def path(name):
    return os.path.join(OUT, name)


# ---------------------------------------------------------------- register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|MBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
    ("Överförmyndarnämnden", "ÖFN|OFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Hjortsjö Bostäder AB", "Hjortsjöbostäder|HBAB"),
    ("Räddningstjänstförbundet Hjortsjö-Lången", "Räddningstjänsten Hjortsjö-Lången|RTHL|Räddningstjänsten"),
]


# =================================================================== 1 RTF
def rtf_esc(s):
    out = []
    for ch in s:
        if ch == "\n":
            out.append("\\line ")
        elif ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % ord(ch))
    return "".join(out)


def make_rtf():
    fil = "Socialnämnden uppföljning internkontroll delår 2025.rtf"
    N = "Socialnämnden"
    rows = [
        ("G", "Myndighetsutövning – individ- och familjeomsorg"),
        ("1.1", "Ekonomiskt bistånd",
         "Kontroll att beslut om ekonomiskt bistånd fattas enligt gällande delegationsordning",
         "Stickprov 20 ärenden per tertial", "Enhetschef försörjningsstöd", "Genomförd",
         "20 ärenden granskade, samtliga beslut fattade på rätt delegationsnivå.",
         "GENOMFORD", "nej"),
        ("1.2", "Ekonomiskt bistånd",
         "Kontroll av att utbetalningar av ekonomiskt bistånd överensstämmer med beslut",
         "Stickprov 15 utbetalningar", "Enhetschef försörjningsstöd", "Genomförd med anmärkning",
         "I 2 av 15 utbetalningar avvek beloppet från beslutet (felaktig hyresdel). Återkrav har initierats.",
         "GENOMFORD", "ja"),
        ("1.3", "Barn och unga",
         "Förhandsbedömning av orosanmälan görs inom 14 dagar enligt SoL",
         "Uttag ur verksamhetssystemet", "Enhetschef barn och unga", "Pågår",
         "Uttag gjort för januari–april: 88 % av förhandsbedömningarna inom 14 dagar. Maj–augusti analyseras i september.",
         "DELVIS", "ja"),
        ("G", "Äldreomsorg och LSS"),
        ("2.1", "Hemtjänst",
         "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut",
         "Granskning av 30 planer", "MAS / enhetschefer hemtjänst", "Genomförd",
         "Samtliga 30 granskade planer upprättade i tid.",
         "GENOMFORD", "nej"),
        ("2.2", "LSS",
         "Kontroll av att fakturering från utförare av personlig assistans stämmer med beviljade timmar",
         "Avstämning tidrapporter mot beslut, 10 brukare", "Controller", "Ej påbörjad",
         "Flyttas till hösten på grund av vakans på controllertjänsten.",
         "EJ_GENOMFORD", ""),
        ("2.3", "Hälso- och sjukvård",
         "Läkemedelshantering: kvalitetsgranskning av signeringslistor",
         "Granskning på samtliga särskilda boenden", "MAS", "Utgår",
         "Utgår enligt beslut SN 2025-03-19 § 34, ingår numera i MAS egenkontrollprogram.",
         "UTGAR", ""),
        ("G", "Ekonomi och administration"),
        ("3.1", "Inköp",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Ekonom", "Genomförd", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("3.2", "Informationssäkerhet",
         "Loggkontroll i journalsystemet avseende otillbörlig åtkomst\n(minst 10 slumpvis valda användare per månad)",
         "Loggutdrag", "Systemförvaltare", "Delvis",
         "Kontroller gjorda januari–maj, därefter uppehåll på grund av systembyte. Ingen otillbörlig åtkomst upptäckt.",
         "DELVIS", "nej"),
        ("3.3", "Ekonomi",
         "Representation och andra förtroendekänsliga poster följer kommunens riktlinjer",
         "Genomgång av samtliga representationsfakturor", "Ekonom", "",
         "Kontrollen är genomförd. Två fakturor saknade deltagarförteckning och syfte; har kompletterats i efterhand.",
         "GENOMFORD", "ja"),
        ("3.4", "Administration",
         "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Jämförelse beslut i systemet mot anmälningslistor", "Nämndsekreterare", "", "",
         "SAKNAS", ""),
    ]
    # column right edges in twips (landscape A4, 15 cm usable ~ 14 000 tw)
    edges = [700, 2400, 6200, 8300, 10000, 11400, 14800]
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod och omfattning", "Ansvarig",
           "Status delår", "Resultat / kommentar"]
    p = []
    p.append(r"{\rtf1\ansi\ansicpg1252\deff0\deflang1053"
             r"{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fcharset0 Times New Roman;}}"
             r"{\colortbl;\red0\green0\blue0;\red217\green217\blue217;\red31\green73\blue125;}"
             "\n")
    p.append(r"\paperw16838\paperh11906\landscape\margl1134\margr1134\margt1134\margb1134" "\n")
    p.append(r"{\header \pard\qr\f0\fs16 " + rtf_esc("Hjortsjö kommun – Socialförvaltningen") + r"\par}" "\n")
    p.append(r"\pard\plain\f0\fs32\b\cf3 " + rtf_esc("Uppföljning av internkontrollplan 2025") + r"\par" "\n")
    p.append(r"\pard\plain\f0\fs24\b " + rtf_esc("Socialnämnden – delårsrapport januari–augusti 2025") + r"\par" "\n")
    p.append(r"\pard\plain\f0\fs20\sa120 " + rtf_esc(
        "Nämnden antog internkontrollplanen för 2025 den 22 januari 2025 (SN § 7). Nedan redovisas "
        "utfallet av kontrollerna per den 31 augusti. Kontroller som ännu inte har redovisats kommer att "
        "följas upp i årsredovisningen.") + r"\par" "\n")
    p.append(r"\pard\plain\f0\fs18\i\sa120 " + rtf_esc(
        "Status anges som Genomförd, Genomförd med anmärkning, Delvis/Pågår, Ej påbörjad eller Utgår.")
        + r"\par" "\n")

    def rowdef(header=False, merged=False):
        s = r"\trowd\trgaph70\trleft0\trhdr" if header else r"\trowd\trgaph70\trleft0"
        s += "\n"
        brd = r"\clbrdrt\brdrs\brdrw10\clbrdrl\brdrs\brdrw10\clbrdrb\brdrs\brdrw10\clbrdrr\brdrs\brdrw10"
        for i, e in enumerate(edges):
            shade = r"\clcbpat2" if (header or merged) else ""
            m = ""
            if merged:
                m = r"\clmgf" if i == 0 else r"\clmrg"
            s += brd + shade + m + r"\cellx%d" % e + "\n"
        return s

    p.append(rowdef(header=True))
    for h in hdr:
        p.append(r"\pard\intbl\f0\fs18\b " + rtf_esc(h) + r"\b0\cell" "\n")
    p.append(r"\row" "\n")
    for r in rows:
        if r[0] == "G":
            p.append(rowdef(merged=True))
            p.append(r"\pard\intbl\f0\fs18\b " + rtf_esc(r[1]) + r"\b0\cell" "\n")
            for _ in edges[1:]:
                p.append(r"\pard\intbl\cell" "\n")
            p.append(r"\row" "\n")
            continue
        nr, proc, km, met, ans, st, kom, e_st, e_av = r
        p.append(rowdef())
        for c in (nr, proc, km, met, ans, st, kom):
            p.append(r"\pard\intbl\f0\fs18 " + rtf_esc(c) + r"\cell" "\n")
        p.append(r"\row" "\n")
        exp(fil, N, km, e_st, e_av)
    p.append(r"\pard\plain\f0\fs20\sb240 " + rtf_esc(
        "Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak vara tillräcklig. "
        "Avvikelserna inom ekonomiskt bistånd åtgärdas genom förtydligad rutin för hyresberäkning.") + r"\par" "\n")
    p.append(r"\pard\plain\f0\fs20\sb240 " + rtf_esc("Hjortsjö 2025-09-12") + r"\par" "\n")
    p.append(r"\pard\plain\f0\fs20 " + rtf_esc("Anna Lindqvist, förvaltningschef") + r"\par" "\n")
    p.append("}\n")
    with open(path(fil), "wb") as f:
        f.write("".join(p).encode("ascii"))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# =================================================================== 2 HTM
COL = {"grön": "#92D050", "gul": "#FFD966", "röd": "#FF5B5B", "grå": "#BFBFBF", "vit": "#FFFFFF"}
WORD2COL = {"Genomförd": "grön", "Pågående": "gul", "Ej påbörjad": "röd", "Utgår": "grå"}


def html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def status_td(val):
    """val: None/'' -> blank white cell; 'Genomförd' etc -> word + colour;
    ('', 'gul') -> colour only; ('Se bilaga 3', None) -> text, no colour."""
    if not val:
        return '<td class="st" style="background-color:#FFFFFF">&nbsp;</td>'
    if isinstance(val, tuple):
        txt, colour = val
        style = ' style="background-color:%s"' % COL[colour] if colour else ""
        return '<td class="st"%s>%s</td>' % (style, html_esc(txt) if txt else "&nbsp;")
    return '<td class="st" style="background-color:%s">%s</td>' % (COL[WORD2COL[val]], html_esc(val))


def make_htm():
    fil = "Internkontroll - Uppföljning T2 2025 - Styrportalen.htm"
    bun = "Barn- och utbildningsnämnden"
    kfn = "Kultur- och fritidsnämnden"
    sections = [
        (bun, "Barn- och utbildningsförvaltningen", [
            ("Elevhälsa", "Kontroll av att anmälan om kränkande behandling utreds skyndsamt",
             "Uttag ur anmälningssystemet", "Verksamhetschef elevhälsa", "Pågående", "Genomförd",
             "Samtliga 42 anmälningar under perioden utredda, mediantid 9 dagar.", "GENOMFORD", "nej"),
            ("Skolplikt", "Uppföljning av elever med hög frånvaro (över 15 %) enligt rutin",
             "Genomgång av frånvarorapporter per skola", "Rektorer", "Genomförd", "Genomförd",
             "Rutinen följs på 9 av 11 skolor. Två skolor har inte dokumenterat vidtagna åtgärder – dialog pågår med rektorerna.",
             "GENOMFORD", "ja"),
            ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor", "Controller", "Genomförd", ("", "röd"),
             "Kontrollen har inte hunnit genomföras under tertialet på grund av personalbrist på ekonomienheten.",
             "EJ_GENOMFORD", ""),
            ("Skolskjuts", "Kontroll av att beslut om skolskjuts följer kommunens riktlinjer",
             "Granskning av 25 beslut", "Skolskjutssamordnare", "Ej påbörjad", "Pågående",
             "Granskning av 25 beslut pågår, klar i oktober.", "DELVIS", ""),
            ("Personal", "Kontroll av att utdrag ur belastningsregistret har begärts vid nyanställning",
             "Samtliga nyanställningar", "HR-konsult", "Genomförd", None,
             "T1: Samtliga 18 nyanställningar kontrollerade, inga brister.", "GENOMFORD", "nej"),
            ("Informationssäkerhet",
             "Behörigheter i elevdokumentationssystemet gås igenom och avslutas för personal som slutat",
             "Behörighetslista mot personalregister", "Systemförvaltare", "Utgår", "Utgår",
             "Ersätts av central kontroll i kommunstyrelsens plan.", "UTGAR", ""),
            ("Måltider", "Kontroll av specialkost – rutin för allergener följs i skolköken",
             "Egenkontroll i köken", "Kostchef", None, ("", "gul"),
             "Egenkontroll gjord på 6 av 14 kök.", "DELVIS", ""),
        ]),
        (kfn, "Kultur- och fritidsförvaltningen", [
            ("Föreningsbidrag",
             "Kontroll av att utbetalda föreningsbidrag följer bidragsreglerna och att underlag finns",
             "Stickprov 20 föreningar", "Föreningskonsulent", "Pågående", "Genomförd",
             "Två föreningar hade inte lämnat verksamhetsberättelse; bidraget hålls inne tills underlag kommit in.",
             "GENOMFORD", "ja"),
            ("Kassahantering", "Kassaavstämning i badhusets kassa varje vecka",
             "Avstämning kassarapport mot dagskassa", "Badhuschef", "Genomförd", "Genomförd",
             "Inga differenser.", "GENOMFORD", "nej"),
            ("Bibliotek", "Inventering av mediebestånd och avskrivningar",
             "Inventering huvudbiblioteket", "Bibliotekschef", "Ej påbörjad", "Ej påbörjad",
             "Skjuts till 2026 på grund av ombyggnaden av huvudbiblioteket.", "EJ_GENOMFORD", ""),
            ("Upphandling", "Avtalstrohet vid inköp av evenemangstjänster",
             "Leverantörsreskontra mot avtalsdatabas", "Controller", None, ("Se bilaga 3", None),
             "", "OKLAR", ""),
            ("Uthyrning", "Kontroll av att lokaluthyrning faktureras enligt taxa",
             "Bokningssystem mot fakturor", "Bokningsansvarig", "Genomförd", "Genomförd",
             "Avvikelse: 3 bokningar hade inte fakturerats, rättat i augusti.", "GENOMFORD", "ja"),
        ]),
    ]
    h = []
    h.append('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n')
    h.append('<!-- saved from url=(0071)https://styrportalen.hjortsjo.se/rapport/ik/uppfoljning?ar=2025&per=T2 -->\n')
    h.append('<html lang="sv"><head>\n<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n')
    h.append('<title>Styrportalen – Internkontroll – Uppföljning</title>\n')
    h.append('<style>body{font-family:Segoe UI,Arial;font-size:10pt} table.ik{border-collapse:collapse;width:100%}'
             ' table.ik td, table.ik th{border:1px solid #999;padding:3px;vertical-align:top}'
             ' th{background:#1F497D;color:#fff;text-align:left} td.st{text-align:center;width:80px}'
             ' .nav{background:#eee;padding:4px} .leg td{padding:2px 6px}</style>\n</head>\n<body>\n')
    h.append('<div class="nav">Start &gt; Rapporter &gt; Internkontroll &gt; Uppföljning &nbsp;|&nbsp; '
             'Inloggad: Karin Ek &nbsp;|&nbsp; <a href="#">Logga ut</a></div>\n')
    h.append('<h1>Hjortsjö kommun – Uppföljning av internkontrollplaner 2025</h1>\n')
    h.append('<p>Rapport: <b>Kontrollmoment per nämnd</b> &nbsp; Period: <b>Tertial 2 (jan–aug) 2025</b> &nbsp; '
             'Urval: Barn- och utbildningsnämnden, Kultur- och fritidsnämnden &nbsp; Utskriven 2025-09-16 14:02</p>\n')
    h.append('<table class="leg"><tr><td><b>Teckenförklaring:</b></td>')
    for c, t in (("grön", "Genomförd"), ("gul", "Pågående / delvis genomförd"), ("röd", "Ej genomförd / ej påbörjad"),
                 ("grå", "Utgår"), ("vit", "Ej rapporterad")):
        h.append('<td style="background-color:%s;border:1px solid #999">&nbsp;&nbsp;&nbsp;&nbsp;</td><td>%s</td>'
                 % (COL[c], html_esc(t)))
    h.append('</tr></table>\n')
    for namnd, forv, rows in sections:
        h.append('<h2>%s</h2>\n<p class="sub">Ansvarig förvaltning: %s</p>\n' % (html_esc(namnd), html_esc(forv)))
        h.append('<table class="ik">\n<thead><tr><th>Process</th><th>Kontrollmoment</th><th>Kontrollmetod</th>'
                 '<th>Ansvarig</th><th>T1</th><th>T2</th><th>Analys / kommentar</th></tr></thead>\n<tbody>\n')
        for proc, km, met, ans, t1, t2, kom, e_st, e_av in rows:
            h.append('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td>%s%s<td>%s</td></tr>\n' % (
                html_esc(proc), html_esc(km), html_esc(met), html_esc(ans),
                status_td(t1), status_td(t2), html_esc(kom) if kom else "&nbsp;"))
            exp(fil, namnd, km, e_st, e_av)
        h.append('</tbody></table>\n<p>Antal kontrollmoment: %d</p>\n' % len(rows))
        FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    h.append('<hr><p style="font-size:8pt">Styrportalen 4.12 © Hjortsjö kommun</p>\n</body></html>\n')
    with open(path(fil), "wb") as f:
        f.write("".join(h).encode("cp1252"))


# =================================================================== 3 EML
def make_eml():
    fil = "IK-uppföljning T2 2025 Tekniska nämnden.eml"
    N = "Tekniska nämnden"
    rows = [
        ("TN-01", "Fakturering", "Kontroll att VA-debitering stämmer mot mätarställningar", "Tertial",
         "VA-chef", "G", "Stickprov 50 abonnenter, 1 felaktig mätarställning har korrigerats.", "GENOMFORD", "ja"),
        ("TN-02", "Inköp", "Attest av leverantörsfakturor enligt attestordningen", "Tertial",
         "Ekonom", "G", "Inga avvikelser", "GENOMFORD", "nej"),
        ("TN-03", "Fordon", "Körjournaler förs för samtliga kommunens fordon", "Halvår",
         "Fordonssamordnare", "D", "Kontrollerat 2 av 4 depåer.", "DELVIS", ""),
        ("TN-04", "Arbetsmiljö", "Skyddsronder genomförs på samtliga arbetsplatser enligt plan", "År",
         "Enhetschefer", "E", "Genomförs under hösten.", "EJ_GENOMFORD", ""),
        ("TN-05", "Upphandling",
         "Kontroll av avtalstrohet; ramavtal används vid köp av entreprenadtjänster", "Tertial",
         "Upphandlare", "G", "2 köp utanför avtal (grävtjänster) – dialog förd med enhetschef.", "GENOMFORD", "ja"),
        ("TN-06", "Gata", "Uppföljning av vinterväghållningsentreprenörens rapporter", "Månad",
         "Gatuchef", "U", "Utgår – entreprenaden avslutad 2025-04-30, egen regi från 1 maj.", "UTGAR", ""),
        ("TN-07", "Lokaler",
         "Hyreskontrakt för externt förhyrda lokaler är registrerade i avtalsdatabasen", "År",
         "Fastighetschef", "", "", "SAKNAS", ""),
        ("TN-08", "Avfall", "Kontroll av vägning och debitering vid återvinningscentralen", "Tertial",
         "Avfallschef", "D", "Vågen kalibrerad i juni.\nDebiteringskontrollen återstår.", "DELVIS", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Internkontrollplan 2025 - Tekniska nämnden", "", "", "", "", "", ""])
    w.writerow(["Uppföljning tertial 2 (export 2025-09-15)", "", "", "", "", "", ""])
    w.writerow(["Id", "Process", "Kontrollmoment", "Frekvens", "Ansvarig", "Status T2", "Kommentar T2"])
    for r in rows:
        w.writerow(r[:7])
        exp(fil, N, r[2], r[7], r[8])
    w.writerow(["Antal kontrollmoment: 8", "", "", "", "", "", ""])
    csv_bytes = buf.getvalue().encode("cp1252")

    body = (
        "Hej!\n\n"
        "Här kommer Tekniska nämndens uppföljning av internkontrollplanen för tertial 2 2025.\n"
        "Excel-exporten ur Stratsys krånglade igen, så jag bifogar den som CSV i stället\n"
        "(öppnas i Excel via Data > Från text, semikolon som avgränsare).\n\n"
        "Statuskoder i kolumnen \"Status T2\":\n"
        "  G = Genomförd\n"
        "  D = Delvis genomförd / pågår\n"
        "  E = Ej genomförd\n"
        "  U = Utgår\n\n"
        "TN-06 utgår enligt beslut i nämnden 2025-05-14 § 61 eftersom vinterväghållningen nu sköts i egen regi.\n"
        "TN-07 har vi inte hunnit titta på – återkommer i samband med helårsuppföljningen.\n\n"
        "Uppföljningen behandlas på nämndens sammanträde den 24 september.\n\n"
        "Med vänlig hälsning\n"
        "Maria Sjöberg\n"
        "Controller, Tekniska förvaltningen\n"
        "Hjortsjö kommun\n"
        "Tel 0532-170 45\n"
    )
    msg = MIMEMultipart("mixed", boundary="----=_NextPart_000_0017_01DC2611.4A3F8E20")
    msg["From"] = "=?utf-8?q?Maria_Sj=C3=B6berg?= <maria.sjoberg@hjortsjo.se>"
    msg["To"] = "Ekonomiavdelningen <ekonomi@hjortsjo.se>"
    msg["Cc"] = "Per Holm <per.holm@hjortsjo.se>"
    msg["Subject"] = Header("IK-uppföljning T2 2025 Tekniska nämnden", "utf-8").encode()
    msg["Date"] = "Mon, 15 Sep 2025 09:42:11 +0200"
    msg["Message-ID"] = "<000f01dc2611$4a3f8e20$debeaa60$@hjortsjo.se>"
    msg["X-Mailer"] = "Microsoft Outlook 16.0"
    msg["Content-Language"] = "sv"
    cs = Charset("utf-8")
    cs.body_encoding = QP
    txt = MIMEText(body, "plain", cs)
    msg.attach(txt)
    att = MIMEBase("text", "csv", name="IK_Teknik_T2_2025.csv")
    att.set_payload(csv_bytes)
    encoders.encode_base64(att)
    att.add_header("Content-Disposition", "attachment", filename="IK_Teknik_T2_2025.csv")
    msg.attach(att)
    b = io.BytesIO()
    BytesGenerator(b, mangle_from_=False).flatten(msg)
    with open(path(fil), "wb") as f:
        f.write(b.getvalue().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# =================================================================== 4 TXT
def wrap(s, w):
    words, lines, cur = s.split(), [], ""
    for wd in words:
        if cur and len(cur) + 1 + len(wd) > w:
            lines.append(cur)
            cur = wd
        else:
            cur = (cur + " " + wd) if cur else wd
    if cur:
        lines.append(cur)
    return lines or [""]


def make_txt():
    fil = "OFN_IK-uppfoljning_T1_2025.txt"
    N = "Överförmyndarnämnden"
    rows = [
        ("1", "Granskning av årsräkningar sker inom gällande handläggningstid", "Samtliga årsräkningar",
         "PÅG", "412 av 598 årsräkningar granskade per 30/4. Granskningen fortsätter.", "DELVIS", ""),
        ("2", "Kontroll av att ställföreträdare har lämnat förteckning inom två månader efter förordnande",
         "Samtliga nya förordnanden", "AVV", "3 förteckningar saknades, påminnelser skickade.", "GENOMFORD", "ja"),
        ("3", "Uttag från spärrat konto medges endast efter beslut av överförmyndaren", "Stickprov 10 uttag",
         "OK", "Samtliga 10 uttag hade beslut.", "GENOMFORD", "nej"),
        ("4", "Arvodesbeslut följer nämndens riktlinjer för arvodering", "Stickprov 20 beslut",
         "EJ", "Skjuts till tertial 2.", "EJ_GENOMFORD", ""),
        ("5", "Registerkontroll (belastningsregister och kreditupplysning) görs innan ställföreträdare förordnas",
         "Samtliga nya ställföreträdare", "OK", "Inga anmärkningar.", "GENOMFORD", "nej"),
        ("6", "Kontroll av akter i Wärna inför digitalisering", "Samtliga aktiva akter",
         "UTG", "Utgår, byte av verksamhetssystem.", "UTGAR", ""),
        ("7", "Kontroll av att beslut om entledigande och byte av ställföreträdare expedieras till Skatteverket och banker samma vecka",
         "Stickprov 10 ärenden", "OK", "", "GENOMFORD", "nej"),
    ]
    W = (4, 40, 20, 7, 32)
    L = []
    L.append("HJORTSJÖ KOMMUN".ljust(70) + "Utskriftsdatum: 2025-05-12")
    L.append("ÖVERFÖRMYNDARNÄMNDEN".ljust(70) + "Sida: 1 (1)")
    L.append("")
    L.append("UPPFÖLJNING AV INTERNKONTROLLPLAN 2025 - TERTIAL 1 (2025-01-01 -- 2025-04-30)")
    L.append("=" * 106)
    hdr = ("Nr", "Kontrollmoment", "Omfattning", "Status", "Resultat/kommentar")
    L.append("".join(h.ljust(w) for h, w in zip(hdr, W)).rstrip())
    L.append(" ".join("-" * (w - 1) for w in W))
    for nr, km, om, st, kom, e_st, e_av in rows:
        cols = [[nr], wrap(km, W[1] - 1), wrap(om, W[2] - 1), [st], wrap(kom, W[4] - 1) if kom else [""]]
        n = max(len(c) for c in cols)
        for i in range(n):
            L.append("".join((c[i] if i < len(c) else "").ljust(w) for c, w in zip(cols, W)).rstrip())
        L.append("")
        exp(fil, N, km, e_st, e_av)
    L.append("-" * 106)
    L.append("Statuskoder:  OK  = kontroll utförd utan anmärkning    AVV = kontroll utförd, avvikelse noterad")
    L.append("              PÅG = pågår                              EJ  = ej utförd")
    L.append("              UTG = utgår")
    L.append("")
    L.append("Rapport IK-UPPF01   Användare: OFN_LEJO   Överförmyndarenheten, Hjortsjö kommun")
    with open(path(fil), "wb") as f:
        f.write(("\r\n".join(L) + "\r\n").encode("utf-8"))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# =================================================================== 5 XLSM
def make_xlsm():
    fil = "KS_IKP2025_uppfoljning_delar.xlsm"
    N = "Kommunstyrelsen"
    FILL = {"Grön": PatternFill("solid", fgColor="92D050"), "Gul": PatternFill("solid", fgColor="FFFF00"),
            "Röd": PatternFill("solid", fgColor="FF0000"), "Utgår": PatternFill("solid", fgColor="BFBFBF")}
    rows = [
        ("P", "Ekonomi"),
        ("Fakturering sker sent eller inte alls", 9,
         "Kontroll av att kundfakturor skickas inom 30 dagar efter leverans", "Redovisningschef", "Tertial",
         "Grön", "Grön", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Felaktig redovisning", 6, "Avstämning av balanskonton per månad", "Redovisningsekonom", "Månad",
         "Gul", "Gul", "Avstämning gjord t.o.m. juni; juli–augusti pågår.", "DELVIS", ""),
        ("Oegentligheter vid utbetalning", 12, "Attest av leverantörsfakturor enligt attestordningen",
         "Controller", "Tertial", "Grön", "Gul",
         "Kontrollen genomförd. 4 fakturor attesterade av ersättare utan anmäld delegation.", "GENOMFORD", "ja"),
        ("P", "HR och lön"),
        ("Felaktiga löneutbetalningar", 8, "Kontroll av att löneändringar är attesterade före utbetalning",
         "Lönechef", "Tertial", "Röd", "Grön", "Genomförd i juni, inga fel.", "GENOMFORD", "nej"),
        ("Felaktiga arvoden", 4, "Kontroll av utbetalda arvoden till förtroendevalda", "Nämndsekreterare",
         "Halvår", None, None, "Planeras till oktober.", "EJ_GENOMFORD", ""),
        ("P", "Upphandling"),
        ("Otillåten direktupphandling", 12, "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Upphandlingschef", "Tertial", "Gul", "Röd",
         "Kontrollen har inte kunnat slutföras, upphandlare saknas sedan maj.", "EJ_GENOMFORD", ""),
        ("P", "IT och informationssäkerhet"),
        ("Obehörig åtkomst", 6, "Behörigheter i ekonomisystemet följs upp två gånger per år", "IT-chef",
         "Halvår", "Utgår", "Utgår", "Utgår – flyttas till ny kommungemensam rutin för behörighetsgranskning.",
         "UTGAR", ""),
        ("Sanktionsavgift GDPR", 9,
         "Kontroll av att personuppgiftsincidenter anmäls till IMY inom 72 timmar", "Dataskyddsombud",
         "Tertial", "Grön", "Grön", "En incident (mars) anmäldes först efter 5 dagar.", "GENOMFORD", "ja"),
        ("Bristande säkerhetsskydd", 9, "Uppföljning av kommunens säkerhetsskyddsanalys", "Säkerhetschef",
         "År", None, "Gul", "Analysen är påbörjad, beräknas klar i november.", "DELVIS", ""),
    ]
    wb = openpyxl.Workbook()
    wb.properties.creator = "Johan Berg"
    wb.properties.lastModifiedBy = "Johan Berg"
    ins = wb.active
    ins.title = "Instruktion"
    for i, t in enumerate([
        "Instruktion för uppföljning av internkontrollplan 2025",
        "",
        "1. Fyll i status för respektive period i kolumnerna G–H med rullistan.",
        "2. Kommentera alltid gul och röd status.",
        "3. Makroknappen 'Skapa sammanställning' uppdaterar sammanfattningen längst ned.",
        "4. Spara filen som .xlsm och skicka till ekonomiavdelningen senast 15 september.",
        "",
        "Grön = Genomförd utan avvikelse",
        "Gul = Genomförd med avvikelse eller pågående",
        "Röd = Ej genomförd",
        "Utgår = Kontrollen utgår (ange beslut i kommentaren)",
    ], start=1):
        ins.cell(i, 1, t)
    ins["A1"].font = Font(bold=True, size=14)
    ins.column_dimensions["A"].width = 90

    ws = wb.create_sheet("Uppföljning 2025")
    ws.sheet_properties.tabColor = "1F497D"
    ws["A1"] = "Kommunledningsförvaltningen – internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning delårsrapport per 31 augusti 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Statusfärg: Grön = genomförd utan avvikelse, Gul = genomförd med avvikelse eller pågående, Röd = ej genomförd"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Process / risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Frekvens", "Metod",
           "Status T1", "Status delår", "Kommentar"]
    thin = Side(style="thin", color="808080")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F497D")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = bd
    dv = DataValidation(type="list", formula1='"Grön,Gul,Röd,Utgår"', allow_blank=True)
    ws.add_data_validation(dv)
    r = 6
    counts = {}
    for row in rows:
        if row[0] == "P":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="DCE6F1")
            r += 1
            continue
        risk, rv, km, ans, frek, t1, dl, kom, e_st, e_av = row
        vals = [risk, rv, km, ans, frek, "Stickprov", t1, dl, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = bd
        for c, v in ((7, t1), (8, dl)):
            if v:
                ws.cell(r, c).fill = FILL[v]
            dv.add(ws.cell(r, c))
        counts[dl or "Ej rapporterad"] = counts.get(dl or "Ej rapporterad", 0) + 1
        exp(fil, N, km, e_st, e_av)
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanfattning delår").font = Font(bold=True)
    for k in ("Grön", "Gul", "Röd", "Utgår", "Ej rapporterad"):
        r += 1
        ws.cell(r, 1, k)
        ws.cell(r, 2, counts.get(k, 0))
    r += 2
    ws.cell(r, 1, "Upprättad av: Johan Berg, controller, 2025-09-10")
    for col, wdt in zip("ABCDEFGHI", (30, 9, 48, 18, 10, 11, 10, 11, 50)):
        ws.column_dimensions[col].width = wdt
    ws.freeze_panes = "A6"
    ws.print_title_rows = "5:5"
    ws.oddHeader.center.text = "Kommunstyrelsen – Intern kontroll 2025"
    wb.active = 1
    tmp = io.BytesIO()
    wb.save(tmp)
    # repackage as macro-enabled workbook (content type of the main part)
    zin = zipfile.ZipFile(io.BytesIO(tmp.getvalue()))
    with zipfile.ZipFile(path(fil), "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:created[^>]*>)[^<]*", rb"\g<1>2025-01-20T08:00:00Z", data)
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-09-10T08:00:00Z", data)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 9, 10, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# =================================================================== 6 FODS
def make_fods():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    from odf.text import P

    fil = "MBN ik-uppföljning T2 2025.fods"
    N = "Miljö- och byggnämnden"
    rows = [
        ("1", "Handläggningstid för bygglov inom 10 veckor efter komplett ansökan", "Bygglovschef",
         "X", "", "", "Ja", "3 av 40 ärenden över 10 veckor, avgiftsreduktion tillämpad enligt PBL.",
         "GENOMFORD", "ja"),
        ("2", "Debitering av tillsynsavgifter enligt taxa (livsmedelskontroll)", "Miljöchef",
         "X", "", "", "Nej", "", "GENOMFORD", "nej"),
        ("3", "Kontroll av att delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         "", "X", "", "", "Januari–april kontrollerat, maj–augusti återstår.", "DELVIS", ""),
        ("4", "Jäv – handläggare dokumenterar jävsprövning i ärendet", "Avdelningschefer",
         "X", "", "X", "", "", "OKLAR", ""),
        ("5", "Arkivering av avslutade ärenden i e-arkivet", "Registrator",
         "", "", "X", "", "Ej påbörjad, väntar på att e-arkivet tas i drift.", "EJ_GENOMFORD", ""),
        ("6", "Kontroll av strandskyddsdispenser – besluten följer praxis", "Miljöchef",
         "", "", "", "Nej", "Kontrollen utförd i augusti (10 beslut), inga avvikelser.", "GENOMFORD", "nej"),
        ("7", "Ovårdade tomter – uppföljning av förelägganden", "Byggnadsinspektör",
         "", "", "", "", "Utgår enligt MBN 2025-02-20 § 12.", "UTGAR", ""),
        ("8", "Kontroll av att inkomna ärenden registreras inom två arbetsdagar", "Registrator",
         "", "", "", "", "", "SAKNAS", ""),
    ]
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(title)
    hdrs = Style(name="hdr", family="table-cell")
    hdrs.addElement(TextProperties(fontweight="bold"))
    hdrs.addElement(TableCellProperties(backgroundcolor="#C6E0B4", border="0.5pt solid #000000", wrapoption="wrap"))
    hdrs.addElement(ParagraphProperties(textalign="center"))
    doc.automaticstyles.addElement(hdrs)
    body = Style(name="body", family="table-cell")
    body.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap", verticalalign="top"))
    doc.automaticstyles.addElement(body)
    tick = Style(name="tick", family="table-cell")
    tick.addElement(TableCellProperties(border="0.5pt solid #000000", verticalalign="top"))
    tick.addElement(ParagraphProperties(textalign="center"))
    doc.automaticstyles.addElement(tick)
    ital = Style(name="ital", family="table-cell")
    ital.addElement(TextProperties(fontstyle="italic", fontsize="9pt"))
    doc.automaticstyles.addElement(ital)
    widths = ["1.0cm", "8.5cm", "3.5cm", "2.2cm", "2.2cm", "2.4cm", "2.2cm", "8.5cm"]
    t = Table(name="T2 2025")
    for i, wdt in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wdt))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))

    def row(vals, style=None, spans=None):
        tr = TableRow()
        spans = spans or {}
        skip = 0
        for i, v in enumerate(vals):
            if skip:
                tr.addElement(CoveredTableCell())
                skip -= 1
                continue
            st = style(i) if callable(style) else style
            kw = {}
            if st is not None:
                kw["stylename"] = st
            if i in spans:
                kw["numbercolumnsspanned"] = spans[i]
                skip = spans[i] - 1
            if v == "" or v is None:
                tc = TableCell(**kw)
            else:
                tc = TableCell(valuetype="string", **kw)
                for ln in str(v).split("\n"):
                    tc.addElement(P(text=ln))
            tr.addElement(tc)
        t.addElement(tr)

    row(["Miljö- och byggförvaltningen"], title)
    row(["Uppföljning internkontrollplan 2025 – tertial 2 (januari–augusti)"], bold)
    row(["Markera med X i den kolumn som gäller. Ange om avvikelse har noterats (Ja/Nej)."], ital)
    row([""])
    row(["Nr", "Kontrollmoment", "Ansvarig", "Status T2", "", "", "Avvikelse", "Kommentar"], hdrs, {3: 3})
    row(["", "", "", "Genomförd", "Delvis", "Ej genomförd", "(Ja/Nej)", ""], hdrs)
    for nr, km, ans, g, d, e, av, kom, e_st, e_av in rows:
        row([nr, km, ans, g, d, e, av, kom], lambda i: tick if i in (0, 3, 4, 5, 6) else body)
        exp(fil, N, km, e_st, e_av)
    row([""])
    row(["", "Bedömning: Den interna kontrollen bedöms som i huvudsak tillräcklig."])
    row(["", "Behandlad av miljö- och byggnämnden 2025-09-25 § 98."])
    doc.spreadsheet.addElement(t)
    with open(path(fil), "wb") as f:
        f.write(doc.xml())
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# =================================================================== 7 XLS
def make_xls():
    fil = "Räddningstjänsten IK 2025 T1.xls"
    N = "Räddningstjänstförbundet Hjortsjö-Lången"
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor",
         "Ekonom", 1, 1, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att medlemsavgifter och avtal med medlemskommunerna faktureras kvartalsvis",
         "Avstämning mot förbundsordning", "Ekonom", 1, 2, "Kvartal 1 fakturerat, avstämning av avtalen pågår.",
         "DELVIS", ""),
        ("Operativ verksamhet", "Insatsrapporter upprättas och attesteras inom 5 dagar efter insats",
         "Uttag ur insatsrapportsystemet", "Insatsledare", 3, 1,
         "12 av 14 rapporter i tid, 2 försenade (semesterperiod). Påminnelse skickad.", "GENOMFORD", "ja"),
        ("Operativ verksamhet", "Kontroll av andningsskydd enligt tillverkarens serviceintervall",
         "Servicelogg", "Verkstadsansvarig", 1, None, "", "SAKNAS", ""),
        ("Förebyggande", "Tillsyn enligt LSO genomförs enligt tillsynsplanen", "Tillsynsregister mot plan",
         "Förebyggandechef", 2, 3, "Utbildning av nya tillsynsförrättare har prioriterats under våren.",
         "EJ_GENOMFORD", ""),
        ("Personal", "Övningar och utbildningstimmar registreras för deltidsbrandmän", "Utdrag ur övningsregister",
         "Stationschefer", "Ny 2025", 1, "Inga brister.", "GENOMFORD", "nej"),
        ("IT", "Behörighetsgenomgång i insatsrapportsystemet", "Behörighetslista", "IT-samordnare", 1, 4,
         "Utgår – systemet avvecklas 2025-06-01, ersätts av regiongemensamt system.", "UTGAR", ""),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    st_title = xlwt.easyxf("font: bold on, height 280")
    st_b = xlwt.easyxf("font: bold on")
    st_i = xlwt.easyxf("font: italic on, height 180")
    st_h = xlwt.easyxf("font: bold on, colour white; pattern: pattern solid, fore_colour dark_red; "
                       "alignment: wrap on, vert centre; borders: left thin, right thin, top thin, bottom thin")
    st_c = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    st_n = xlwt.easyxf("alignment: horiz centre, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Räddningstjänsten Hjortsjö-Lången", st_title)
    ws.write(1, 0, "Intern kontroll – uppföljning per 30 april 2025 (tertial 1)", st_b)
    ws.write(2, 0, "Statuskod: 1 = Genomförd   2 = Påbörjad   3 = Ej påbörjad   4 = Utgår", st_i)
    hdr = ["Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status helår 2024",
           "Status T1 2025", "Kommentar T1 2025"]
    for c, h in enumerate(hdr):
        ws.write(4, c, h, st_h)
    r = 5
    for omr, km, met, ans, s24, s25, kom, e_st, e_av in rows:
        for c, v in enumerate([omr, km, met, ans, s24, s25, kom]):
            if v is None:
                ws.write(r, c, "", st_n)
            else:
                ws.write(r, c, v, st_n if c in (4, 5) else st_c)
        exp(fil, N, km, e_st, e_av)
        r += 1
    ws.write(r + 1, 0, "Rapporteras till förbundsdirektionen 2025-05-22.", st_i)
    ws.write(r + 2, 0, "Lena Ström, förbundsdirektör", st_i)
    for c, wdt in enumerate((18, 50, 26, 18, 11, 11, 50)):
        ws.col(c).width = wdt * 256
    ws.set_header_str(b"&CRTHL - Intern kontroll")
    wb.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# =================================================================== 8 rejected
def make_reject():
    fil = "Minnesanteckningar nätverk intern kontroll 2025-09-18.txt"
    text = """Minnesanteckningar – nätverksträff intern kontroll
Datum: 2025-09-18, kl 13.00–15.00, Kommunhuset rum Sjöborren
Närvarande: Karin Ek (ekonomiavdelningen, sammankallande), Maria Sjöberg (Tekniska förvaltningen),
Johan Berg (Kommunledningsförvaltningen), Leila Johansson (Överförmyndarenheten),
Erik Nyman (Barn- och utbildningsförvaltningen)
Frånvarande: Socialförvaltningen, Räddningstjänsten Hjortsjö-Lången

1. Uppföljning tertial 2 / delår 2025
   - Inlämning senast 15 september. Alla förvaltningar utom Socialförvaltningen har lämnat in.
     Socialnämnden skickar sin delårsuppföljning i RTF-format, det går bra.
   - Karin påminde om att statusfärger utan text är svåra att sammanställa. Skriv gärna ut
     status i klartext (Genomförd / Delvis / Ej genomförd / Utgår).

2. Gemensamma kontrollmoment 2026
   - Förslag: "Attest av leverantörsfakturor enligt attestordningen" blir kommungemensam
     kontroll från 2026 och genomförs av ekonomiavdelningen för samtliga nämnder.
   - Förslag: Behörighetsgranskning i verksamhetssystem samordnas av IT-avdelningen.
   - Beslut: Johan tar fram underlag till kommunstyrelsens arbetsutskott i oktober.

3. Risk- och väsentlighetsanalys inför 2026
   - Workshops hålls i varje förvaltning under oktober. Mall skickas ut av Karin v. 39.

4. Övrigt
   - Stratsys-exporten till Excel fungerar dåligt, ärende lagt hos leverantören.

Nästa möte: 2025-11-20 kl 13.00.
Vid anteckningarna: Karin Ek
"""
    with open(path(fil), "wb") as f:
        f.write(text.replace("\n", "\r\n").encode("utf-8"))
    FILES.append((fil, "AVVISAD", "", "", ""))


# =================================================================== CSVs
def write_csvs():
    with open(path("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(path("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(path("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    make_rtf()
    make_htm()
    make_eml()
    make_txt()
    make_xlsm()
    make_fods()
    make_xls()
    make_reject()
    write_csvs()
    print("files:", len(FILES), "expected rows:", len(EXPECTED))
