#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 80 - Halmstads kommun, helår 2025.

Builds all follow-up files plus namnder.csv, files.csv, expected.csv from scratch.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import glob
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.shared import Pt, Cm
from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.text import P, H

OUT = os.path.dirname(os.path.abspath(__file__))

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)


def clean_outputs():
    keep = {"make_round.py", "README.md"}
    for p in sorted(set(glob.glob(os.path.join(OUT, "*")) + glob.glob(os.path.join(OUT, "~$*")))):
        if os.path.basename(p) in keep:
            continue
        if os.path.isdir(p):
            shutil.rmtree(p)
        else:
            os.remove(p)


def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km, km
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej")
    EXPECTED.append((fil, namnd, km, status, avv))


thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


# ---------------------------------------------------------------------------
# 1. BUN - xlsx, status column with short human sentences, merged process cells
# ---------------------------------------------------------------------------
def f1_bun():
    fil = "BUN uppföljning internkontroll helår 2025.xlsx"
    namnd = "Barn- och ungdomsnämnden"
    # (process, kontrollmoment, hur, ansvarig, status, kommentar, expected, avvikelse)
    rows = [
        ("Inköp och avtalstrohet",
         "Stickprov av 20 leverantörsfakturor mot gällande ramavtal (avtalstrohet)",
         "Stickprov i Raindance, 20 fakturor", "Controller BUF",
         "Klart i maj",
         "3 av 20 fakturor avsåg inköp utanför avtal (förbrukningsmaterial). Rektorerna har informerats.",
         "GENOMFORD", "ja"),
        ("Inköp och avtalstrohet",
         "Kontroll att attestförteckningen är uppdaterad efter organisationsförändringen 1 mars",
         "Genomgång av förteckning mot organisationsschema", "Ekonomichef",
         "Klart i april",
         "Förteckningen uppdaterad och beslutad i BUN 2025-04-15 § 42.",
         "GENOMFORD", "nej"),
        ("Skolskjuts",
         "Kontroll av att beslut om skolskjuts fattas enligt delegationsordningen (stickprov 15 beslut)",
         "Stickprov 15 beslut", "Skolskjutshandläggare",
         "Ej hunnit",
         "Handläggaren tjänstledig under hösten. Flyttas till planen för 2026.",
         "EJ_GENOMFORD", "nej"),
        ("Barn i behov av särskilt stöd",
         "Stickprov av 10 åtgärdsprogram per skolområde – finns uppföljning och utvärdering dokumenterad",
         "Stickprov i Unikum", "Verksamhetschefer grundskola",
         "Delvis – se kommentar",
         "Genomfört i skolområde Centrum och Väster. Öster kvarstår till februari 2026. I 4 av 20 granskade program saknades utvärdering.",
         "DELVIS", "ja"),
        ("Barn i behov av särskilt stöd",
         "Kontroll av att anmälan om kränkande behandling rapporteras till huvudman inom fem arbetsdagar",
         "Uttag ur DF Respons", "Kvalitetsstrateg",
         "Klart – brister hittade",
         "28 av 112 anmälningar kom in senare än fem arbetsdagar. Påminnelse till rektorer, följs upp 2026.",
         "GENOMFORD", "ja"),
        ("Personal och lön",
         "Kontroll av att legitimation finns för lärare med tillsvidareanställning (registerkontroll mot Skolverket)",
         "Registerkontroll", "HR-specialist",
         "Klart i maj",
         "",
         "GENOMFORD", "nej"),
        ("Personal och lön",
         "Kontroll av timanställdas tidrapporter mot schema, stickprov en månad",
         "Stickprov oktober", "Lönespecialist",
         "",
         "Stickprovet för oktober är gjort, inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Personal och lön",
         "Uppföljning av sjukfrånvaro – rehabiliteringsärenden startas inom 14 dagar",
         "Uttag ur Adato", "HR-chef",
         "Påbörjat, blir klart jan -26",
         "Genomgång av 2025 års ärenden påbörjad tillsammans med HR.",
         "DELVIS", "nej"),
        ("Informationssäkerhet",
         "Behörighetsgenomgång i Unikum – avslutade medarbetare ska sakna behörighet",
         "Lista från IT jämförs med HR-underlag", "Systemförvaltare",
         "Behöver kollas med IT",
         "",
         "OKLAR", "nej"),
        ("Informationssäkerhet",
         "Kontroll att personuppgiftsincidenter anmäls till IMY inom 72 timmar",
         "Genomgång av incidentloggen", "Dataskyddssamordnare",
         "Inte aktuellt i år – inga incidenter",
         "",
         "UTGAR", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Barn- och ungdomsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontrollplan – helår 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Skriv kort i statuskolumnen hur det gått, utveckla i kommentaren vid behov."
    ws["A3"].font = Font(italic=True, color="666666")
    hdr = ["Process/rutin", "Kontrollmoment", "Hur kontrolleras", "Ansvarig", "Status", "Kommentar"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BORDER
    r += 1
    start = r
    prev = None
    group_start = r
    for i, (proc, km, hur, ans, st, kom, e, a) in enumerate(rows):
        if proc != prev:
            if prev is not None and r - 1 > group_start:
                ws.merge_cells(start_row=group_start, start_column=1, end_row=r - 1, end_column=1)
            group_start = r
            ws.cell(row=r, column=1, value=proc)
            prev = proc
        for c, v in enumerate([None, km, hur, ans, st or None, kom or None], 1):
            if v is not None:
                ws.cell(row=r, column=c, value=v)
            ws.cell(row=r, column=c).alignment = WRAP
            ws.cell(row=r, column=c).border = BORDER
        exp(fil, namnd, km, e, a)
        r += 1
    if r - 1 > group_start:
        ws.merge_cells(start_row=group_start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattning: 5 klara, 2 delvis, 1 ej hunnit, 1 inte aktuellt, 1 behöver kollas").font = BOLD
    r += 2
    ws.cell(row=r, column=1, value="Uppdaterad 2026-01-19 / Maria Bengtsson, controller Barn- och ungdomsförvaltningen")
    for col, w in zip("ABCDEF", [24, 60, 30, 24, 26, 60]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. SN - docx memo, bullet per control followed by an outcome sentence
# ---------------------------------------------------------------------------
def f2_sn():
    fil = "PM Uppföljning internkontroll 2025 Socialnämnden.docx"
    namnd = "Socialnämnden"
    # process -> list of (kontrollmoment, outcome sentence or None, expected, avvikelse)
    sections = [
        ("Myndighetsutövning barn och unga", [
            ("Stickprov av 25 utredningar – har utredningen avslutats inom fyra månader enligt 11 kap. 2 § SoL",
             "Kontrollen är genomförd i oktober. 6 av 25 utredningar överskred fyra månader utan beslut om förlängning.",
             "GENOMFORD", "ja"),
            ("Kontroll av att orosanmälningar skyddsbedöms inom 24 timmar",
             "Genomförd utan anmärkning – samtliga 40 granskade anmälningar var skyddsbedömda samma dag.",
             "GENOMFORD", "nej"),
        ]),
        ("Ekonomiskt bistånd", [
            ("Kontroll av att utbetalningar av ekonomiskt bistånd över 15 000 kr attesteras av två personer",
             "Kontrollen har inte genomförts under året på grund av bytet av verksamhetssystem. Den flyttas till 2026.",
             "EJ_GENOMFORD", "nej"),
            ("Stickprov av 20 ärenden – har kontroll mot Försäkringskassan och Arbetsförmedlingen gjorts via SSBTEK",
             "Stickprovet pågår och beräknas vara klart i februari 2026.",
             "DELVIS", "nej"),
        ]),
        ("Vård och omsorg enligt SoL och LSS", [
            ("Kontroll av att genomförandeplaner upprättas inom 14 dagar från verkställighet",
             "Se bilaga 2.",
             "OKLAR", "nej"),
            ("Kontroll av att avgiftsbeslut för hemtjänst fattas innan insatsen debiteras",
             None,
             "SAKNAS", "nej"),
        ]),
        ("Personal och arbetsmiljö", [
            ("Kontroll av att utdrag ur belastningsregistret begärts vid nyanställning inom LSS",
             "Utfört för samtliga 31 nyanställningar, inga brister.",
             "GENOMFORD", "nej"),
            ("Uppföljning av att hot- och våldsincidenter rapporteras i KIA och åtgärdas",
             "Genomfört. Åtta incidenter rapporterades; i två fall saknades dokumenterad åtgärd, vilket har återkopplats till enhetscheferna.",
             "GENOMFORD", "ja"),
        ]),
        ("Informationssäkerhet", [
            ("Logguppföljning i Lifecare – stickprov av 10 användare per kvartal",
             "Delvis genomfört: kvartal 1 och 2 är granskade, kvartal 3 och 4 har inte hunnits med.",
             "DELVIS", "nej"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = doc.add_paragraph()
    run = p.add_run("Halmstads kommun\nSocialförvaltningen")
    run.bold = True
    doc.add_paragraph("PM\nDatum: 2026-01-22\nTill: Socialnämnden\nFrån: Lena Karlsson, kvalitetsstrateg")
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    doc.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 187). I detta PM redovisas "
        "kontrollmomenten per process och vad kontrollerna har visat. Fyra av nämndens nio kontroller har "
        "genomförts fullt ut. Avvikelser och föreslagna åtgärder har stämts av med respektive verksamhetschef.")
    for proc, ctrls in sections:
        doc.add_heading(proc, level=2)
        for km, outcome, e, a in ctrls:
            doc.add_paragraph(km, style="List Bullet")
            if outcome:
                op = doc.add_paragraph(outcome)
                op.paragraph_format.left_indent = Cm(1.27)
            exp(fil, namnd, km, e, a)
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Socialnämnden godkänner uppföljningen av internkontrollplanen 2025 och överlämnar den till kommunstyrelsen.")
    doc.add_paragraph("Lena Karlsson\nKvalitetsstrateg, Socialförvaltningen")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. UAN - xlsx with both "Bedömning" (coloured) and "Status" columns
# ---------------------------------------------------------------------------
def f3_uan():
    fil = "UAN_IKP_uppfoljning_helar2025.xlsx"
    namnd = "Utbildnings- och arbetsmarknadsnämnden"
    GREEN, YELLOW, RED = "C6EFCE", "FFEB9C", "FFC7CE"
    groups = [
        ("1. Gymnasieskola", [
            ("1.1", "Kontroll av att interkommunala ersättningar faktureras för samtliga elever från andra kommuner",
             "Kvartalsvis", "Ekonomichef", "Mindre brister", YELLOW, "Genomförd",
             "Två elever från Laholm hade inte fakturerats vt 2025, rättat i september.", "GENOMFORD", "ja"),
            ("1.2", "Stickprov av 15 elevärenden – finns beslut om utökat eller reducerat program dokumenterat",
             "Halvår", "Rektor", "Inga brister", GREEN, "Genomförd", "", "GENOMFORD", "nej"),
            ("1.3", "Kontroll att betygsdokument signeras och arkiveras enligt dokumenthanteringsplanen",
             "Årligen", "Skoladministratör", "", None, "Pågår",
             "Arkivering av vt-betyg klar, ht-betyg hanteras i januari.", "DELVIS", "nej"),
        ]),
        ("2. Vuxenutbildning", [
            ("2.1", "Kontroll av att upphandlade utbildningsanordnare inom Komvux rapporterar avbrott inom avtalad tid",
             "Kvartalsvis", "Verksamhetschef vux", "Betydande brister", RED, "Genomförd",
             "En anordnare har rapporterat avbrott med upp till sex veckors fördröjning. Avtalsdialog inledd.",
             "GENOMFORD", "ja"),
            ("2.2", "Stickprov av SFI-elevers närvaro mot underlag för studiestartsstöd",
             "Halvår", "Studie- och yrkesvägledare", "Ej bedömd", None, "Ej genomförd",
             "Ej genomförd på grund av resursbrist under hösten.", "EJ_GENOMFORD", "nej"),
        ]),
        ("3. Arbetsmarknad", [
            ("3.1", "Kontroll av att utbetalning av anställningsstöd (extratjänster) stämmer mot tidrapporter",
             "Månadsvis", "Enhetschef", "Inga brister", GREEN, "Genomförd", "", "GENOMFORD", "nej"),
            ("3.2", "Uppföljning av deltagare i arbetsmarknadsinsats – avslutsorsak registrerad i Ariel",
             "Halvår", "Enhetschef", "", None, "",
             "Kontrollen är genomförd för hela året, avslutsorsak saknades i 3 av 60 ärenden.",
             "GENOMFORD", "ja"),
            ("3.3", "Kontroll av att feriearbeten tillsätts enligt beslutade kriterier (lottning)",
             "Årligen", "Arbetsmarknadschef", "–", None, "Utgår",
             "Feriearbeten flyttades till Kultur- och fritidsnämnden från 2025 enligt KF-beslut.",
             "UTGAR", "nej"),
        ]),
        ("4. Gemensamt", [
            ("4.1", "Kontroll av att delegationsbeslut anmäls till nämnden vid nästkommande sammanträde",
             "Varje sammanträde", "Nämndsekreterare", "Mindre brister", YELLOW, "Genomförd",
             "Vid två tillfällen anmäldes beslut en månad för sent.", "GENOMFORD", "ja"),
            ("4.2", "Kontroll av representation och förtroendekänsliga poster – stickprov 10 verifikationer",
             "Årligen", "Controller", "", None, "", "", "SAKNAS", "nej"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Utbildnings- och arbetsmarknadsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår (per 31 december)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = ("Bedömning = förvaltningens bedömning av kontrollresultatet (grön = inga brister, gul = mindre brister, "
                "röd = betydande brister). Status = om kontrollen är utförd.")
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Frekvens", "Ansvarig", "Bedömning", "Status", "Kommentar/åtgärd"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="BDD7EE")
        cell.border = BORDER
    r += 1
    for gname, ctrls in groups:
        ws.cell(row=r, column=1, value=gname).font = BOLD
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="EDEDED")
        r += 1
        proc = gname.split(". ", 1)[1]
        for nr, km, frek, ans, bed, fill, status, kom, e, a in ctrls:
            vals = [nr, proc, km, frek, ans, bed or None, status or None, kom or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
            if fill:
                ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=fill)
            exp(fil, namnd, km, e, a)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Rapporterad av: Johan Ek, controller UAF, 2026-01-27")
    for col, w in zip("ABCDEFGH", [6, 20, 60, 16, 22, 18, 14, 60]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# helpers for odfpy
# ---------------------------------------------------------------------------
def ods_cell(text, style=None):
    kw = {"valuetype": "string"}
    if style is not None:
        kw["stylename"] = style
    if text is None or text == "":
        return TableCell(stylename=style) if style is not None else TableCell()
    c = TableCell(**kw)
    for line in str(text).split("\n"):
        c.addElement(P(text=line))
    return c


# ---------------------------------------------------------------------------
# 4. KFN - ods, nämnd and year only in the sheet name "KFN 2025"; Delår | Helår
# ---------------------------------------------------------------------------
def f4_kfn():
    fil = "KFN uppföljning IK.ods"
    namnd = "Kultur- och fritidsnämnden"
    rows = [
        ("Bidrag till föreningar",
         "Kontroll av att aktivitetsstöd betalas ut enligt inrapporterade och attesterade närvarolistor",
         "Stickprov 15 föreningar", "Föreningskonsulent", "Ja", "Ja",
         "En förening hade rapporterat sammankomster dubbelt, återkrav 4 200 kr.", "GENOMFORD", "ja"),
        ("",
         "Kontroll av att föreningar med verksamhetsbidrag har lämnat årsredovisning och revisionsberättelse",
         "Genomgång samtliga", "Föreningskonsulent", "Delvis", "Ja", "", "GENOMFORD", "nej"),
        ("Anläggningar och bokning",
         "Avstämning av bokade tider i bokningssystemet mot fakturerade hyror för idrottshallar",
         "Månadsvis stickprov", "Bokningsansvarig", "Nej", "Delvis", "Avstämt jan–sep. Okt–dec pågår.",
         "DELVIS", "nej"),
        ("",
         "Kontroll av att nycklar och passerkort till anläggningar återlämnas vid avslutat hyresavtal",
         "Inventering", "Anläggningschef", "Ja", "", "", "GENOMFORD", "nej"),
        ("Bibliotek",
         "Stickprov av inköp av medier mot avtal med upphandlad leverantör",
         "20 fakturor", "Bibliotekschef", "", "Nej", "Inte hunnit pga ombyggnaden av Stadsbiblioteket.",
         "EJ_GENOMFORD", "nej"),
        ("Evenemang",
         "Kontroll av att sponsringsavtal för evenemang är undertecknade innan evenemanget genomförs",
         "Samtliga avtal", "Evenemangssamordnare", "Delvis", "Utgår", "Inga sponsrade evenemang efter juni.",
         "UTGAR", "nej"),
        ("",
         "Kontroll av att kassaredovisning vid evenemang (Swish och kort) stäms av samma vecka",
         "Stickprov", "Evenemangssamordnare", "Nej", "?", "", "OKLAR", "nej"),
        ("Personal",
         "Kontroll av att timavlönade badvärdar har giltig livräddarutbildning (HLR och livräddning)",
         "Genomgång intyg", "Badchef", "", "", "", "SAKNAS", "nej"),
    ]
    doc = OpenDocumentSpreadsheet()
    hs = Style(name="hdr", family="table-cell")
    hs.addElement(TextProperties(fontweight="bold"))
    hs.addElement(TableCellProperties(backgroundcolor="#DDEBF7"))
    doc.automaticstyles.addElement(hs)
    widths = ["4cm", "9cm", "4cm", "4cm", "3cm", "3cm", "8cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)
    t = Table(name="KFN 2025")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Genomförd delår", "Genomförd helår", "Kommentar"]
    tr = TableRow()
    for h in hdr:
        tr.addElement(ods_cell(h, hs))
    t.addElement(tr)
    for proc, km, met, ans, d, h, kom, e, a in rows:
        tr = TableRow()
        for v in [proc, km, met, ans, d, h, kom]:
            tr.addElement(ods_cell(v))
        t.addElement(tr)
        exp(fil, namnd, km, e, a)
    doc.spreadsheet.addElement(t)
    t2 = Table(name="Instruktion")
    for line in ["Fyll i Ja, Nej eller Delvis i kolumnen för respektive period.",
                 "Kommentera alltid när kontrollen inte är genomförd eller när avvikelser hittats.",
                 "Skicka till ekonomienheten senast 20 januari."]:
        tr = TableRow()
        tr.addElement(ods_cell(line))
        t2.addElement(tr)
    doc.spreadsheet.addElement(t2)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. KS - xlsx, two tables on one sheet (one per förvaltning), code legend
# ---------------------------------------------------------------------------
def f5_ks():
    fil = "KS uppföljning internkontroll 2025.xlsx"
    namnd = "Kommunstyrelsen"
    tables = [
        ("Kommunledningsförvaltningen", [
            ("Upphandling", "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
             "Upphandlingschef", "G", "Ja", "3 av 12 granskade saknade dokumentation av konkurrensutsättning.",
             "GENOMFORD", "ja"),
            ("Ekonomi", "Kontroll av att attestförteckningen är aktuell",
             "Redovisningschef", "G", "Nej", "", "GENOMFORD", "nej"),
            ("Ekonomi", "Avstämning av kommunens bankkonton mot huvudboken vid varje månadsskifte",
             "Redovisningschef", "G", "Nej", "Avstämt samtliga månader.", "GENOMFORD", "nej"),
            ("Lön", "Kontroll av att löneutbetalningar till avslutade anställningar stoppas",
             "Lönechef", "D", "Ja", "Kontroll gjord för jan–jun, två felaktiga utbetalningar återkrävda.",
             "DELVIS", "ja"),
            ("Informationssäkerhet",
             "Kontroll av att informationsklassning genomförts för kommunens verksamhetskritiska system",
             "Informationssäkerhetssamordnare", "E", "Nej", "Arbetet har skjutits upp till 2026.",
             "EJ_GENOMFORD", "nej"),
        ]),
        ("Räddningstjänsten", [
            ("Ekonomi", "Kontroll av att attestförteckningen är aktuell",
             "Administrativ chef", "G", "Nej", "", "GENOMFORD", "nej"),
            ("Tillsyn",
             "Stickprov av 10 tillsynsärenden enligt LSO – följs förelägganden upp inom angiven tid",
             "Stf räddningschef", "D", "Ja", "Uppföljning saknades i två ärenden.", "DELVIS", "ja"),
            ("Fordon och utrustning", "Kontroll av att andningsskydd genomgått årlig funktionskontroll",
             "Verkstadsansvarig", "G", "Nej", "Kontrollen ej utförd pga sjukskrivning, görs i januari.",
             "GENOMFORD", "nej"),
            ("Personal", "Kontroll av att deltidsbrandmän har genomfört obligatorisk övningstid",
             "Stationschef", "X", "", "", "OKLAR", "nej"),
            ("Debitering", "Kontroll av att onödiga automatlarm faktureras enligt taxa",
             "Administrativ chef", "U", "Nej", "Taxan upphävd av KF i mars 2025.", "UTGAR", "nej"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Helårsuppföljning, rapporteras till KS 2026-02-10"
    ws["A3"] = "Statuskoder:  G = Genomförd   D = Delvis genomförd   E = Ej genomförd   U = Utgår"
    ws["A3"].font = Font(italic=True)
    hdr = ["Process", "Kontrollmoment", "Ansvarig", "Status", "Avvikelse (Ja/Nej)", "Kommentar"]
    r = 5
    for fname, ctrls in tables:
        ws.cell(row=r, column=1, value="Förvaltning: " + fname).font = Font(bold=True, size=12)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(row=r, column=c, value=h)
            cell.font = BOLD
            cell.fill = PatternFill("solid", fgColor="FCE4D6")
            cell.border = BORDER
        r += 1
        for proc, km, ans, st, avv, kom, e, a in ctrls:
            for c, v in enumerate([proc, km, ans, st, avv or None, kom or None], 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
            ws.cell(row=r, column=4).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, namnd, km, e, a)
            r += 1
        r += 2
    ws.cell(row=r, column=1, value="Sammanställt av Per Holm, kommunledningsförvaltningen")
    for col, w in zip("ABCDEF", [22, 62, 28, 9, 12, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. CSV export with English column names, two nämnder via förvaltning name
# ---------------------------------------------------------------------------
def f6_csv():
    fil = "IC_export_20260115.csv"
    units = [
        ("Miljöförvaltningen", "Miljö- och hälsoskyddsnämnden", "Anders Nyström", [
            ("Tillsyn",
             "Kontroll av att debiterade tillsynsavgifter motsvarar nedlagd handläggningstid (stickprov 20 ärenden)",
             [("Ej påbörjad", "", ""), ("Pågående", "Halva stickprovet klart.", ""),
              ("Genomförd", "4 ärenden underdebiterade, rutinen för tidredovisning ses över.", "Yes")],
             "GENOMFORD", "ja"),
            ("Livsmedelskontroll",
             "Uppföljning av att planerade livsmedelskontroller enligt kontrollplanen genomförs",
             [("Pågående", "", ""), ("Pågående", "", ""),
              ("Pågående", "87 % av planerade kontroller utförda, resterande i januari.", "No")],
             "DELVIS", "nej"),
            ("Ärendehantering",
             "Kontroll av att klagomålsärenden registreras i diariet inom 2 arbetsdagar",
             [("Genomförd", "Inga avvikelser.", "No"), ("Genomförd", "Inga avvikelser.", "No"), ("", "", "")],
             "GENOMFORD", "nej"),
            ("Delegation",
             "Kontroll av att delegationsbeslut om sanktionsavgifter anmäls till nämnden",
             [("", "", ""), ("", "", ""),
              ("", "Kontrollen genomförd i december, samtliga beslut anmälda.", "No")],
             "GENOMFORD", "nej"),
            ("Miljöövervakning",
             "Kontroll av att provtagning av badvatten vid strandbaden rapporteras till HaV",
             [("", "", ""), ("Genomförd", "", "No"),
              ("Utgår", "Rapporteringen sköts från 2025 av Länsstyrelsen.", "")],
             "UTGAR", "nej"),
        ]),
        ("Stadsbyggnadskontoret", "Byggnadsnämnden", "Sara Lind", [
            ("Bygglov",
             "Kontroll av att bygglovsbeslut fattas inom 10 veckor från komplett ansökan",
             [("Genomförd", "2 av 30 ärenden över 10 veckor.", "Yes"), ("Genomförd", "", ""),
              ("Genomförd", "7 av 30 ärenden överskred 10 veckor, avgiften reducerades enligt PBL.", "Yes")],
             "GENOMFORD", "ja"),
            ("Bygglov",
             "Stickprov av 10 startbesked – har kontrollplan fastställts",
             [("Ej påbörjad", "", ""), ("Ej påbörjad", "", ""),
              ("Ej genomförd", "Resursbrist under hösten.", "No")],
             "EJ_GENOMFORD", "nej"),
            ("Lantmäteri",
             "Kontroll av att förrättningskostnader faktureras inom 30 dagar efter avslutad förrättning",
             [("Pågående", "Genomgång av jan–apr påbörjad.", ""), ("", "", ""), ("", "", "")],
             "DELVIS", "nej"),
            ("GIS och kart",
             "Kontroll av behörigheter i kartsystemet – användare som slutat ska tas bort",
             [("", "", ""), ("", "", ""), ("", "Se separat rapport.", "")],
             "OKLAR", "nej"),
        ]),
    ]
    header = ["OrgUnit", "ProcessName", "ControlActivity", "Year", "Period", "Status", "Result",
              "DeviationFound", "Responsible", "LastModified"]
    dates = {"T1": "2025-05-12", "T2": "2025-09-18", "T3": "2026-01-14"}
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(header)
        for unit, namnd, resp, ctrls in units:
            for proc, km, periods, e, a in ctrls:
                for per, (st, res, dev) in zip(["T1", "T2", "T3"], periods):
                    w.writerow([unit, proc, km, "2025", per, st, res, dev, resp,
                                dates[per] if (st or res) else ""])
                exp(fil, namnd, km, e, a)
    for unit, namnd, resp, ctrls in units:
        FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Servicenämnden - odt, tertial 2, table per process with X tick columns
# ---------------------------------------------------------------------------
def f7_sen():
    fil = "Servicenämnden uppföljning IK tertial 2 2025.odt"
    namnd = "Servicenämnden"
    sections = [
        ("Måltidsverksamhet", [
            ("Kontroll av att egenkontrollprogrammet följs i tillagningsköken (temperaturloggar, stickprov 5 kök)",
             "X", "", "", "Brister i loggföringen i ett kök, åtgärdat i maj.", "GENOMFORD", "ja"),
            ("Avstämning av livsmedelsinköp mot avtalade leverantörer (avtalstrohet)",
             "", "X", "", "Första halvåret avstämt, resten görs under tertial 3.", "DELVIS", "nej"),
        ]),
        ("Fordon och transporter", [
            ("Kontroll av körjournaler för kommunens poolbilar – stickprov en månad",
             "X", "X", "", "", "OKLAR", "nej"),
            ("Kontroll av att drivmedelskort spärras när medarbetare slutar",
             "", "", "", "", "SAKNAS", "nej"),
        ]),
        ("Lokalvård och fastighetsservice", [
            ("Kontroll av att beställda extra städtjänster faktureras internt",
             "", "", "", "Genomförd i juni utan anmärkning.", "GENOMFORD", "nej"),
            ("Uppföljning av att skyddsronder genomförs på samtliga enheter",
             "", "", "X", "Planeras till oktober.", "EJ_GENOMFORD", "nej"),
        ]),
        ("IT och digitalisering", [
            ("Kontroll av att licenser i Microsoft 365 avslutas för avslutade anställningar",
             "X", "", "", "112 licenser avslutade. 9 aktiva konton för medarbetare som slutat hittades och stängdes.",
             "GENOMFORD", "ja"),
        ]),
    ]
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    doc.styles.addElement(h2)
    bold = Style(name="TblHdr", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(cellst)
    widths = ["7.5cm", "2cm", "1.6cm", "2cm", "5.5cm"]
    colst = []
    for i, wdt in enumerate(widths):
        cs = Style(name="Col%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wdt))
        doc.automaticstyles.addElement(cs)
        colst.append(cs)
    doc.text.addElement(P(text="Halmstads kommun – Serviceförvaltningen"))
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Servicenämnden"))
    doc.text.addElement(P(text="Uppföljning av internkontrollplan 2025 – tertial 2 (januari–augusti)"))
    doc.text.addElement(P(text="Markera med X i den kolumn som gäller och kommentera vid behov."))
    tn = 0
    for proc, ctrls in sections:
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Process: " + proc))
        tn += 1
        t = Table(name="Tabell%d" % tn)
        for cs in colst:
            t.addElement(TableColumn(stylename=cs))
        tr = TableRow()
        for h in ["Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]:
            c = TableCell(stylename=cellst, valuetype="string")
            c.addElement(P(stylename=bold, text=h))
            tr.addElement(c)
        t.addElement(tr)
        for km, g, d, ej, kom, e, a in ctrls:
            tr = TableRow()
            for v in [km, g, d, ej, kom]:
                c = TableCell(stylename=cellst, valuetype="string")
                c.addElement(P(text=v))
                tr.addElement(c)
            t.addElement(tr)
            exp(fil, namnd, km, e, a)
        doc.text.addElement(t)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Ansvarig: Karin Svensson, verksamhetscontroller, 2025-09-15"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. ÖFN - xls (via soffice), status per year with numeric code legend
# ---------------------------------------------------------------------------
def f8_ofn():
    fil = "Överförmyndarnämnden IK 2025.xls"
    namnd = "Överförmyndarnämnden"
    rows = [
        (1, "Granskning av årsräkningar – stickprov 10 % av ärendena med fullständig verifikationskontroll",
         1, 1, "Tre årsräkningar hade ej styrkta uttag och återremitterades till ställföreträdaren.", "GENOMFORD", "ja"),
        (2, "Kontroll av att arvoden till ställföreträdare beslutas enligt nämndens riktlinjer",
         2, 1, "", "GENOMFORD", "nej"),
        (3, "Kontroll av att ställföreträdare med fler än 10 uppdrag har aktuell lämplighetsprövning",
         1, None, "", "SAKNAS", "nej"),
        (4, "Kontroll av att förteckningar inkommer inom två månader efter förordnande",
         3, 2, "Påminnelserutin införd i maj. 70 % av förteckningarna inkom i tid.", "DELVIS", "ja"),
        (5, "Kontroll av att spärrade konton finns för omyndigas medel över 1,5 prisbasbelopp",
         1, 3, "Ej genomförd pga personalbrist.", "EJ_GENOMFORD", "nej"),
        (6, "Kontroll av behörigheter i verksamhetssystemet Wärna",
         None, 5, "", "OKLAR", "nej"),
        (7, "Uppföljning av att godmanskap för ensamkommande barn avslutas vid 18 års ålder",
         1, 4, "Inga sådana ärenden kvar.", "UTGAR", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Överförmyndarnämnden – intern kontroll, årsuppföljning 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Statuskod: 1 = Genomförd, 2 = Delvis genomförd, 3 = Ej genomförd, 4 = Utgår"
    hdr = ["Nr", "Kontrollmoment", "Status 2024", "Status 2025", "Iakttagelser 2025"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.border = BORDER
    r = 5
    for nr, km, s24, s25, kom, e, a in rows:
        for c, v in enumerate([nr, km, s24, s25, kom or None], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        exp(fil, namnd, km, e, a)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Godkänd av nämndens ordförande 2026-01-28")
    for col, w in zip("ABCDE", [5, 70, 12, 12, 60]):
        ws.column_dimensions[col].width = w
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, os.path.splitext(fil)[0] + ".xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                    "--convert-to", "xls", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, os.path.splitext(fil)[0] + ".xls"), os.path.join(OUT, fil))
    shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 9. Excel lock file -> AVVISAD
# ---------------------------------------------------------------------------
def f9_lock():
    fil = "~$BUN uppföljning internkontroll helår 2025.xlsx"
    user = "Maria Bengtsson"
    data = bytes([len(user)]) + user.encode("latin-1") + b" " * (54 - len(user))
    data += b"\x00\x00" + user.encode("utf-16-le") + b"\x20\x00" * (55 - len(user))
    with open(os.path.join(OUT, fil), "wb") as fh:
        fh.write(data[:165].ljust(165, b"\x00"))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Räddningstjänsten|Räddningstjänsten Halmstad"),
        ("Barn- och ungdomsnämnden", "BUN|Barn- och ungdomsförvaltningen|BUF"),
        ("Utbildnings- och arbetsmarknadsnämnden", "UAN|Utbildnings- och arbetsmarknadsförvaltningen|UAF"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen"),
        ("Byggnadsnämnden", "BN|Stadsbyggnadskontoret"),
        ("Servicenämnden", "SeN|Serviceförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarförvaltningen"),
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
        for row in EXPECTED:
            fh.write(";".join(row) + "\n")
    names = {n for n, _ in reg}
    for f in FILES:
        assert f[2] == "" or f[2] in names, f
    for e in EXPECTED:
        assert e[1] in names, e


def main():
    clean_outputs()
    f1_bun()
    f2_sn()
    f3_uan()
    f4_kfn()
    f5_ks()
    f6_csv()
    f7_sen()
    f8_ofn()
    f9_lock()
    write_csvs()
    print(len({f[0] for f in FILES}), "files,", len([f for f in FILES if f[1] == "INLAST"]), "nämnd rows,",
          len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
