#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r484 - Degerfors kommun, delår 2025: unusual shapes from systems and people.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py      (from any directory; writes next to this script)
"""
import csv
import datetime
import os
import subprocess
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import xlwt
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, H, Span

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round484"
FIXED_DT = datetime.datetime(2025, 9, 12, 10, 0, 0)
YEAR = "2025"
PERIOD = "DELAR"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def p(name):
    return os.path.join(OUT, name)


def soffice_convert(src, fmt):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", OUT, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so the build is byte-for-byte repeatable."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmpzip"
    with zipfile.ZipFile(tmp, "w") as z:
        for info, data in items:
            if info.filename.endswith("core.xml"):
                # openpyxl stamps the save time into dcterms:modified
                import re
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2025-09-12T10:00:00Z\g<2>", data)
            if info.filename == "meta.xml":
                import re
                data = re.sub(rb"(<(meta:creation-date|dc:date)>)[^<]*(</)", rb"\g<1>2025-09-12T10:00:00\g<3>", data)
                data = re.sub(rb"<meta:editing-duration>[^<]*</meta:editing-duration>", b"", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 12, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def fix_props(wb):
    wb.properties.creator = "Degerfors kommun"
    wb.properties.lastModifiedBy = "Degerfors kommun"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
FILL_HEAD = PatternFill("solid", fgColor="D9E1F2")
FILL_GREEN = PatternFill("solid", fgColor="C6EFCE")
FILL_YELLOW = PatternFill("solid", fgColor="FFEB9C")
FILL_RED = PatternFill("solid", fgColor="FFC7CE")
FILL_GREY = PatternFill("solid", fgColor="D9D9D9")


# ---------------------------------------------------------------------------
# 1. Kultur- och fritidsnämnden - TRANSPOSED sheet (one column per control)
# ---------------------------------------------------------------------------
def file1_kfn_transposed():
    fil = "KFN uppföljning IK delår 2025.xlsx"
    nd = "Kultur- och fritidsnämnden"
    # (nr, process, kontrollmoment, ansvarig, status, kommentar, expected status, avvikelse)
    C = [
        ("1", "Kassahantering",
         "Kontroll av kassaavstämning i simhallens och bibliotekets kassor (stickprov två gånger per termin)",
         "Enhetschef fritid", "Genomförd",
         "Två stickprov genomförda i mars och juni. Differens på 150 kr i simhallens kassa i juni, utredd och rättad.",
         "GENOMFORD", "ja"),
        ("2", "Föreningsbidrag",
         "Kontroll att utbetalda aktivitetsbidrag överensstämmer med inrapporterade deltagartillfällen",
         "Föreningshandläggare", "Pågår",
         "Stickprov klart för 5 av 12 planerade föreningar, inga avvikelser hittills. Resterande granskas under hösten.",
         "DELVIS", "nej"),
        ("3", "Inköp och avtalstrohet",
         "Inköp av förbrukningsmaterial sker från upphandlade leverantörer",
         "Kultur- och fritidschef", "Genomförd",
         "40 fakturor maj–juni granskade. 3 fakturor från leverantör utan avtal (konstmaterial till kulturskolan).",
         "GENOMFORD", "ja"),
        ("4", "Lokalbokning",
         "Kontroll att uthyrning av lokaler och anläggningar faktureras enligt beslutad taxa",
         "Bokningsansvarig", "Ej påbörjad",
         "Planeras till oktober på grund av byte av bokningssystem.",
         "EJ_GENOMFORD", ""),
        ("5", "Dokumenthantering",
         "Kontroll av att allmänna handlingar diarieförs och arkiveras enligt dokumenthanteringsplanen",
         "Nämndsekreterare", "Utgår",
         "Utgår enligt beslut KFN 2025-04-10 § 32, ingår i kommungemensam granskning.",
         "UTGAR", ""),
        ("6", "Säkerhet",
         "Systematiskt brandskyddsarbete (SBA) är dokumenterat i Folkets hus och på Stora Valla",
         "Anläggningschef", "", "",
         "SAKNAS", ""),
        ("7", "Personal",
         "Kontroll av att utdrag ur belastningsregistret har lämnats av ledare i sommarlovsverksamheten",
         "Enhetschef fritid", "Genomförd",
         "Samtliga 14 feriearbetsledare kontrollerade, inga brister.",
         "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Uppföljning delår"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – delår (januari–augusti)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Status anges som Genomförd / Pågår / Ej påbörjad / Utgår"
    ws["A3"].font = Font(italic=True, size=9)
    labels = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    r0 = 5
    for i, lab in enumerate(labels):
        c = ws.cell(row=r0 + i, column=1, value=lab)
        c.font = BOLD
        c.fill = FILL_HEAD
        c.border = BOX
        c.alignment = WRAP
    for j, row in enumerate(C):
        col = 2 + j
        vals = row[:6]
        for i, v in enumerate(vals):
            c = ws.cell(row=r0 + i, column=col, value=(v if v != "" else None))
            c.border = BOX
            c.alignment = WRAP
            if i == 0:
                c.font = BOLD
                c.alignment = Alignment(horizontal="center")
        st = row[4]
        fill = {"Genomförd": FILL_GREEN, "Pågår": FILL_YELLOW, "Ej påbörjad": FILL_RED,
                "Utgår": FILL_GREY}.get(st)
        if fill:
            ws.cell(row=r0 + 4, column=col).fill = fill
        ws.column_dimensions[get_column_letter(col)].width = 30
        EXPECTED.append((fil, nd, row[2], row[6], row[7]))
    ws.column_dimensions["A"].width = 16
    ws.row_dimensions[r0 + 2].height = 75
    ws.row_dimensions[r0 + 5].height = 90
    ws.cell(row=r0 + 8, column=1, value="Behandlad i kultur- och fritidsnämnden 2025-09-18").font = Font(italic=True)
    ws.freeze_panes = "B5"
    ws.page_setup.orientation = "landscape"
    wb.save(p(fil))
    FILES.append((fil, "INLAST", nd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 2. Socialnämnden - long-form system export (one row per control and question)
# ---------------------------------------------------------------------------
def file2_sn_longform():
    fil = "Hypergene_IK_svar_export_20250905.xlsx"
    nd = "Socialnämnden"
    # id, kontrollmoment, {period: (genomförd?, avvikelse?, kommentar)}, expected status, avvikelse
    C = [
        ("SN-01", "Kontroll av att beslut om försörjningsstöd är fattade enligt delegationsordningen",
         {"Tertial 1 2025": ("Delvis", "Nej", "Urval om 25 beslut taget, 10 granskade."),
          "Delår 2025": ("Ja", "Nej", "Stickprov 25 beslut, samtliga fattade av behörig delegat.")},
         "GENOMFORD", "nej"),
        ("SN-02", "Uppföljning av att orosanmälningar förhandsbedöms inom 14 dagar",
         {"Delår 2025": ("Ja", "Ja", "4 av 61 anmälningar förhandsbedömdes efter 14 dagar, orsak hög arbetsbelastning i juni.")},
         "GENOMFORD", "ja"),
        ("SN-03", "Kontroll av avgiftsbeslut inom hemtjänst (maxtaxa och inkomstuppgifter)",
         {"Delår 2025": ("Delvis", "Nej", "Hälften av urvalet granskat utan anmärkning, resterande i september.")},
         "DELVIS", "nej"),
        ("SN-04", "Loggkontroll i journalsystemet Treserva",
         {"Delår 2025": ("Nej", "", "Ej genomförd p.g.a. vakant tjänst som systemförvaltare. Görs under T3.")},
         "EJ_GENOMFORD", ""),
        ("SN-05", "Kontroll av att läkemedelsgenomgångar genomförs på särskilt boende",
         {"Tertial 1 2025": ("Ja", "Nej", "Genomfört på Strandvägens och Bruksgårdens boenden. Inga brister."),
          "Delår 2025": ("", "", "")},
         "GENOMFORD", "nej"),
        ("SN-06", "Attest av leverantörsfakturor enligt attestordningen",
         {"Delår 2025": ("Ja", "Nej", "")},
         "GENOMFORD", "nej"),
        ("SN-07", "Kontroll av att privata medel för brukare på boende redovisas och kvitteras",
         {"Delår 2025": ("Ja", "Ja", "Kvitton saknades för 2 uttag på gruppbostaden Vallgatan. Rutinen har uppdaterats och gåtts igenom på APT.")},
         "GENOMFORD", "ja"),
        ("SN-08", "Uppföljning av att LSS-beslut verkställs inom tre månader",
         {"Delår 2025": ("Ej aktuell", "", "Kontrollen flyttad till internkontrollplan 2026 enligt beslut SN 2025-05-20 § 61.")},
         "UTGAR", ""),
        ("SN-09", "Kontroll av att tillbud och arbetsskador rapporteras i KIA",
         {"Delår 2025": ("Ja", "Nej", "Jämförelse mellan KIA och frånvarosystemet, inga orapporterade arbetsskador.")},
         "GENOMFORD", "nej"),
    ]
    Q = ["Genomförd?", "Avvikelse?", "Kommentar"]
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Export"
    ws.append(["Rapport: Internkontroll – svar per fråga"])
    ws.append(["Uttaget 2025-09-05 08:14 av ekonomiavdelningen"])
    ws.append([])
    head = ["Organisation", "Plan", "Period", "Kontroll-ID", "Kontrollmoment", "Fråga", "Svar",
            "Senast ändrad", "Ändrad av"]
    ws.append(head)
    for c in ws[4]:
        c.font = BOLD
    editors = ["anna.lindqvist", "mikael.berg", "sara.holm"]
    n = 0
    # the export is sorted by period, then control, then question
    for period in ["Tertial 1 2025", "Delår 2025"]:
        for (cid, km, per, _s, _a) in C:
            if period not in per:
                continue
            ans = per[period]
            for qi, q in enumerate(Q):
                val = ans[qi]
                changed = "" if val == "" else ("2025-04-28" if period.startswith("Tertial") else "2025-09-0%d" % (1 + n % 4))
                ws.append(["Socialnämnden", "Internkontrollplan 2025", period, cid, km, q,
                           (val if val != "" else None), (changed or None),
                           (editors[n % 3] if val != "" else None)])
                n += 1
    widths = [16, 24, 16, 12, 60, 13, 60, 14, 16]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.auto_filter.ref = "A4:I%d" % ws.max_row
    ws.freeze_panes = "A5"
    wb.save(p(fil))
    for (cid, km, per, s, a) in C:
        EXPECTED.append((fil, nd, km, s, a))
    FILES.append((fil, "INLAST", nd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 3. Tekniska nämnden - .ods, kontrollmoment column without heading, status "Utfall"
# ---------------------------------------------------------------------------
def file3_tn_blankheader():
    fil = "TN_IK_delar_2025.ods"
    nd = "Tekniska nämnden"
    rows = [
        ("G", "Fastighet och investering"),
        ("C", "1", "Kontroll att fakturor för entreprenader stäms av mot avtal och ÄTA-beslut",
         "Stickprov 10 fakturor", "Kvartal", "Projektledare", "Genomförd",
         "10 fakturor kontrollerade, 1 ÄTA-arbete saknade skriftligt beslut.", "GENOMFORD", "ja"),
        ("C", "2", "Kontroll av behörigheter i fastighetssystemet (Vitec)",
         "Genomgång av behörighetslista", "Halvår", "Systemförvaltare", "",
         "Klar i maj. Behörigheter borttagna för 6 användare som slutat.", "GENOMFORD", "ja"),
        ("G", "Gata/park"),
        ("C", "3", "Kontroll av att egenkontroller av lekplatser genomförs och dokumenteras",
         "Genomgång av besiktningsprotokoll", "År", "Parkchef", "Genomförd",
         "Samtliga 11 lekplatser besiktigade i maj, inga allvarliga brister.", "GENOMFORD", "nej"),
        ("C", "4", "Kontroll av att snöröjningsentreprenörernas tidrapporter attesteras innan betalning",
         "Stickprov 5 tidrapporter", "Säsong", "Gatuchef", "Ej genomförd",
         "Flyttas till november/december när vintersäsongen startar.", "EJ_GENOMFORD", ""),
        ("C", "5", "Uppföljning av att körjournaler förs för kommunens fordon",
         "Kontroll av körjournaler", "Halvår", "Fordonssamordnare", "Delvis",
         "Körjournal saknas för 2 av 23 fordon, åtgärdas.", "DELVIS", "ja"),
        ("G", "VA och renhållning"),
        ("C", "6", "Kontroll av VA-debitering – avläst mätarställning stämmer mot fakturerad förbrukning",
         "Stickprov 20 abonnenter", "Halvår", "VA-chef", "Se bilaga 3", "", "OKLAR", ""),
        ("G", "Kost och service"),
        ("C", "7", "Kontroll av måltidsenheternas livsmedelsinköp mot upphandlat avtal",
         "Fakturagranskning", "Kvartal", "Kostchef", "Pågår", "", "DELVIS", ""),
        ("C", "8", "Kontroll av att skyddsronder genomförs i förråd och verkstad",
         "Protokoll skyddsrond", "År", "Driftchef", "Genomförd",
         "Utförd 2025-03-18, inga anmärkningar.", "GENOMFORD", "nej"),
    ]
    tmp = p("_tmp_TN_IK_delar_2025.xlsx")
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning per 31 augusti"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Tekniska förvaltningen"
    ws["A2"].font = Font(bold=True)
    head = ["Nr", None, "Kontrollmetod", "Frekvens", "Ansvarig", "Utfall", "Kommentar/åtgärd"]
    hr = 4
    for i, h in enumerate(head, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = BOLD
        c.fill = FILL_HEAD
        c.border = BOX
    r = hr + 1
    for row in rows:
        if row[0] == "G":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="EDEDED")
        else:
            vals = row[1:8]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=(v if v != "" else None))
                c.alignment = WRAP
                c.border = BOX
            EXPECTED.append((fil, nd, row[2], row[8], row[9]))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen behandlad i tekniska nämnden 2025-09-24, § 71.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [5, 55, 26, 10, 18, 13, 50]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Tekniska nämnden"
    wb.save(tmp)
    soffice_convert(tmp, "ods")
    os.replace(p("_tmp_TN_IK_delar_2025.ods"), p(fil))
    os.remove(tmp)
    FILES.append((fil, "INLAST", nd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 4. Kommunstyrelsen - CSV, comma separator, decimal-comma number column, N/A
# ---------------------------------------------------------------------------
def file4_ks_csv():
    fil = "Stratsys_export_KLF_internkontroll.csv"
    nd = "Kommunstyrelsen"
    head = ["Enhet", "Område", "Kontrollmoment", "Riskvärde", "Stickprov (antal)", "Andel fel (%)",
            "Status", "Kommentar", "Period"]
    C = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "12", "40", "2,5",
         "Genomförd med avvikelse", "1 faktura attesterad av person utan attesträtt. Attestlistan uppdaterad.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare", "9", "20", "15,0",
         "Genomförd", "3 av 20 verifikationer saknade deltagarförteckning.\nPåminnelse skickad till samtliga chefer.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Avstämning av balanskonton inför delårsbokslut", "8", "12", "0,0",
         "Genomförd", "Samtliga balanskonton avstämda per 2025-08-31.", "GENOMFORD", "nej"),
        ("Upphandling", "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras", "12", "", "",
         "Påbörjad", "Urval taget, granskning pågår.", "DELVIS", ""),
        ("Lön och HR", "Kontroll av lönetillägg och engångsbelopp mot underlag", "9", "30", "3,3",
         "Genomförd", "1 felaktigt OB-tillägg, återbetalning begärd.", "GENOMFORD", "ja"),
        ("Politisk organisation", "Uppföljning av att politiska arvoden betalas ut enligt arvodesreglementet", "6", "", "",
         "N/A", "Ej tillämplig 2025 – kontrollen ersätts av revisionens granskning av arvoden.", "UTGAR", ""),
        ("Informationssäkerhet", "Kontroll av att informationssäkerhetsincidenter rapporteras och åtgärdas", "12", "", "",
         "Ej påbörjad", "Planeras till kvartal 4.", "EJ_GENOMFORD", ""),
        ("Informationssäkerhet", "Kontroll av behörigheter i ekonomisystemet vid avslutad anställning", "8", "15", "6,7",
         "Genomförd", "1 behörighet kvar för avslutad anställd, borttagen 2025-06-02.", "GENOMFORD", "ja"),
        ("Ekonomi", "Kontroll av kundfakturering och påminnelserutin", "6", "", "",
         "", "", "SAKNAS", ""),
    ]
    with open(p(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(head)
        for c in C:
            w.writerow(["Kommunledningsförvaltningen", c[0], c[1], c[2], c[3], c[4], c[5], c[6], "Delår 2025"])
            EXPECTED.append((fil, nd, c[1], c[7], c[8]))
    FILES.append((fil, "INLAST", nd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 5. Barn- och utbildningsnämnden - .xls, header repeated every 20 rows, Bedömning (1–4)
# ---------------------------------------------------------------------------
def file5_bun_paged_xls():
    fil = "BUN Internkontroll uppföljning delår 2025.xls"
    nd = "Barn- och utbildningsnämnden"
    data = [
        ("G", "Ekonomi"),
        ("C", "1", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor",
         "Controller", "1", "Inga fel.", "GENOMFORD", "nej"),
        ("C", "2", "Kontroll av att skolskjutsfakturor överensstämmer med beslutade resor",
         "Jämförelse faktura – körorder", "Skolskjutssamordnare", "2",
         "Felaktig debitering av extra turer i april, kreditfaktura erhållen.", "GENOMFORD", "ja"),
        ("C", "3", "Kontroll av interkommunala ersättningar (IKE) – debitering mot elevregister",
         "Avstämning mot elevregister", "Controller", "3",
         "Vårterminen kontrollerad utan anmärkning, höstterminen återstår.", "DELVIS", "nej"),
        ("B",),
        ("G", "Elevhälsa och trygghet"),
        ("C", "4", "Kontroll av att kränkande behandling anmäls till huvudman inom fem dagar",
         "Genomgång av anmälningar", "Kvalitetsstrateg", "2",
         "6 av 48 anmälningar inkom senare än fem arbetsdagar.", "GENOMFORD", "ja"),
        ("C", "5", "Uppföljning av elevfrånvaro – rutin för upprepad ogiltig frånvaro följs",
         "Stickprov 10 elever", "Rektorer", "1", "", "GENOMFORD", "nej"),
        ("C", "6", "Kontroll av att utdrag ur belastningsregistret visas upp vid nyanställning",
         "Stickprov nyanställda", "HR-konsult", "4",
         "Ej genomförd under perioden – rekrytering av HR-stöd pågår.", "EJ_GENOMFORD", ""),
        ("B",),
        ("G", "Förskola"),
        ("C", "7", "Kontroll av att barnomsorgsavgifter debiteras enligt maxtaxa och inkomstuppgift",
         "Stickprov 40 hushåll", "Administratör", "1",
         "Inkomstuppgifter kontrollerade för 40 hushåll.", "GENOMFORD", "nej"),
        ("C", "8", "Kontroll av att placering i förskola erbjuds inom fyra månader",
         "Uttag ur kösystemet", "Placeringshandläggare", "", "", "SAKNAS", ""),
        ("C", "9", "Kontroll av närvaroregistrering i förskolan mot vistelseschema",
         "Jämförelse schema – närvarolista", "Förskolechefer", "3",
         "Två av fem förskolor klara.", "DELVIS", ""),
        ("B",),
        ("G", "Gymnasium och vuxenutbildning"),
        ("C", "10", "Kontroll av att betyg i vuxenutbildningen registreras och signeras inom föreskriven tid",
         "Uttag ur betygsmodulen", "Rektor Komvux", "2",
         "Tre kursbetyg signerades efter utsatt tid.", "GENOMFORD", "ja"),
        ("C", "11", "Kontroll av att ogiltig frånvaro rapporteras till CSN",
         "Stickprov", "Studie- och yrkesvägledare", "–",
         "Utgår, se beslut BUN 2025-03-12 § 18 (rapporteringen sköts av Karlskoga kommun enligt samverkansavtal).",
         "UTGAR", ""),
        ("B",),
        ("G", "Systemstöd och informationssäkerhet"),
        ("C", "12", "Kontroll av behörigheter i lärplattformen vid personalförändringar",
         "Behörighetslista mot personalregister", "IT-samordnare", "4",
         "Skjuts till hösten.", "EJ_GENOMFORD", ""),
        ("C", "13", "Kontroll av att elevers personuppgifter inte publiceras på skolornas webbplatser",
         "Genomgång av webbplatser", "Kommunikatör", "1",
         "Samtliga skolsidor genomgångna i juni.", "GENOMFORD", "nej"),
        ("C", "14", "Kontroll av elevdatorer och lärplattor mot inventarieförteckning",
         "Inventering", "IT-samordnare", "3",
         "Inventering pågår på två skolor.", "DELVIS", ""),
    ]
    head = ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Bedömning (1–4)", "Kommentar"]
    tail = [
        ("B",),
        ("T", "Bedömning: 1 = Genomförd utan anmärkning, 2 = Genomförd med anmärkning, 3 = Delvis, 4 = Ej genomförd"),
        ("B",),
        ("T", "Degerfors 2025-09-10"),
        ("T", "Förvaltningschef, barn- och utbildningsförvaltningen"),
    ]
    lines = data + tail
    per_page = 17   # page = title row, blank row, header row, 17 body rows -> 20 rows
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    st_title = xlwt.easyxf("font: bold on, height 240")
    st_head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour pale_blue; "
                          "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    st_cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    st_grp = xlwt.easyxf("font: bold on, italic on")
    st_txt = xlwt.easyxf("font: italic on")
    r = 0
    current_process = ""
    for pi, page in enumerate(pages, 1):
        ws.write(r, 0, "Barn- och utbildningsnämnden – Uppföljning internkontrollplan 2025, delår"
                       "                    Sida %d (%d)" % (pi, len(pages)), st_title)
        r += 2
        for ci, h in enumerate(head):
            ws.write(r, ci, h, st_head)
        r += 1
        for ln in page:
            kind = ln[0]
            if kind == "G":
                current_process = ln[1]
                ws.write(r, 0, ln[1], st_grp)
            elif kind == "C":
                vals = [ln[1], ln[2], ln[3], ln[4], ln[5], ln[6]]
                for ci, v in enumerate(vals):
                    if ci == 0 and v:
                        ws.write(r, ci, int(v), st_cell)
                    elif ci == 4 and v.isdigit():
                        ws.write(r, ci, int(v), st_cell)
                    else:
                        ws.write(r, ci, v, st_cell)
                EXPECTED.append((fil, nd, ln[2], ln[7], ln[8]))
            elif kind == "T":
                ws.write(r, 0, ln[1], st_txt)
            r += 1
        # pad the page to 20 rows
        while r % 20 != 0:
            r += 1
    for ci, w in enumerate([5, 55, 28, 20, 12, 50]):
        ws.col(ci).width = w * 256
    wb.save(p(fil))
    FILES.append((fil, "INLAST", nd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 6. Bergslagens miljö- och byggnadsnämnd - Word, two-row header
# ---------------------------------------------------------------------------
def _set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def file6_bmb_docx():
    fil = "BMB Uppföljning internkontrollplan 2025 delår.docx"
    nd = "Bergslagens miljö- och byggnadsnämnd"
    C = [
        ("1", "Bygglov", "Kontroll av att bygglov beslutas inom lagstadgad handläggningstid (10 veckor)",
         "Stickprov 20 ärenden", "Genomförd",
         "2 av 20 ärenden överskred handläggningstiden, avgiften reducerades enligt PBL 12 kap. 8 a §.",
         "GENOMFORD", "ja"),
        ("2", "Ekonomi", "Kontroll av att tillsynsavgifter debiteras enligt taxa",
         "Stickprov 15 debiteringar", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("3", "Administration", "Kontroll av att delegationsbeslut anmäls till nämnden",
         "Avstämning diarium – protokoll", "Delvis genomförd",
         "Januari–april kontrollerat utan anmärkning, maj–augusti återstår.", "DELVIS", "nej"),
        ("4", "Livsmedel", "Kontroll av att livsmedelskontroller genomförs enligt kontrollplan",
         "Uttag ur verksamhetssystemet", "Pågår",
         "58 % av årets planerade kontroller utförda per 31/8.", "DELVIS", ""),
        ("5", "Miljöskydd", "Kontroll av att ärenden om enskilda avlopp handläggs enligt rutin",
         "Stickprov 10 ärenden", "Ej påbörjad", "", "EJ_GENOMFORD", ""),
        ("6", "Administration", "Kontroll av jäv vid handläggning av ärenden",
         "Enkät till handläggare", "Ej aktuell",
         "Kontrollmomentet ersatt av utbildningsinsats, beslut BMB 2025-02-19 § 9.", "UTGAR", ""),
        ("7", "Arkiv", "Kontroll av att avslutade ärenden överförs till e-arkivet",
         "Stickprov 20 ärenden", "Genomförd", "Se bilaga.", "GENOMFORD", ""),
    ]
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Bergslagens miljö- och byggförvaltning"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = "Bergslagens miljö- och byggförvaltning"
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.header.paragraphs[0].text = "Bergslagens miljö- och byggförvaltning\tDnr BMB 2025/0142"
    d.add_heading("Bergslagens miljö- och byggnadsnämnd", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport", level=2)
    d.add_paragraph(
        "Nämnden är gemensam för Degerfors, Karlskoga och Storfors kommuner. Internkontrollplanen för 2025 "
        "antogs 2024-12-11 och omfattar sju kontrollmoment. Nedan redovisas utfallet per 31 augusti 2025. "
        "Helårsuppföljningen redovisas i samband med årsbokslutet.")
    t = d.add_table(rows=2, cols=8)
    t.style = "Table Grid"
    h1, h2 = t.rows[0].cells, t.rows[1].cells
    single = ["Nr", "Kontrollområde", "Kontrollmoment", "Metod"]
    for i, txt in enumerate(single):
        m = h1[i].merge(h2[i])
        m.text = txt
    a = h1[4].merge(h1[5])
    a.text = "Uppföljning delår"
    b = h1[6].merge(h1[7])
    b.text = "Uppföljning helår"
    h2 = t.rows[1].cells
    for i, txt in zip([4, 5, 6, 7], ["Status", "Kommentar", "Status", "Kommentar"]):
        h2[i].text = txt
    for row in t.rows[:2]:
        _repeat_header(row)
        for c in row.cells:
            _set_cell_bg(c, "DEEAF6")
            for par in c.paragraphs:
                for run in par.runs:
                    run.bold = True
    for c in C:
        cells = t.add_row().cells
        vals = [c[0], c[1], c[2], c[3], c[4], c[5], "", ""]
        for i, v in enumerate(vals):
            cells[i].text = v
        EXPECTED.append((fil, nd, c[2], c[6], c[7]))
    widths = [Cm(1.0), Cm(2.8), Cm(6.5), Cm(3.5), Cm(2.6), Cm(5.2), Cm(2.0), Cm(2.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    for row in t.rows:
        for c in row.cells:
            for par in c.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
    d.add_paragraph()
    d.add_paragraph(
        "Sammanfattande bedömning: Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
        "De kontrollmoment som inte är slutförda redovisas i helårsuppföljningen.")
    d.add_paragraph("Karlskoga 2025-09-08")
    d.add_paragraph("Miljö- och byggchef")
    d.save(p(fil))
    FILES.append((fil, "INLAST", nd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 7. Degerforsbyggen AB - .odt, free text, one block per control
# ---------------------------------------------------------------------------
def file7_dbab_odt():
    fil = "Degerforsbyggen_internkontroll_2025-08-31.odt"
    nd = "Degerforsbyggen AB"
    C = [
        ("Kontroll av att hyresavier 2025 debiterats enligt förhandlad hyreshöjning",
         "Status: Genomförd",
         "Stickprov om 30 hyreskontrakt i Degerfors och Svartå. Samtliga debiterade med rätt belopp från januari.",
         "GENOMFORD", "nej"),
        ("Kontroll av att fakturor från ramavtalsentreprenörer stämmer mot avtalade priser",
         "Status: Genomförd med avvikelse",
         "Två fakturor från VVS-entreprenören hade för högt timpris. Kreditering har begärts och erhållits.",
         "GENOMFORD", "ja"),
        ("Uppföljning av hyresfordringar och inkassorutin",
         "Status: Delvis",
         "Fordringar äldre än 60 dagar är genomgångna. Kontroll av att inkassorutinen följs görs under hösten.",
         "DELVIS", ""),
        ("Kontroll av att borttappade nyckeltaggar spärras i passagesystemet",
         "",
         "Har tyvärr inte hunnits med under våren på grund av sjukskrivning. Kontrollen görs i oktober.",
         "EJ_GENOMFORD", ""),
        ("Kontroll av att obligatorisk ventilationskontroll (OVK) genomförts enligt plan",
         "Status: Genomförd",
         "OVK utförd i 4 av 4 planerade fastigheter. Anmärkning på Kvarntorpsvägen 3 (otillräckligt frånluftsflöde) åtgärdas av fastighetsskötseln.",
         "GENOMFORD", "ja"),
        ("Kontroll av att styrelsebeslut protokollförs och verkställs",
         "Status: Utgår",
         "Ingår i lekmannarevisorernas granskning 2025 och utgår därför ur bolagets egen plan.",
         "UTGAR", ""),
    ]
    doc = OpenDocumentText()
    h1 = Style(name="Rubrik1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(marginbottom="0.3cm"))
    doc.styles.addElement(h1)
    h2 = Style(name="Rubrik2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.1cm"))
    doc.styles.addElement(h2)
    it = Style(name="Kursiv", family="text")
    it.addElement(TextProperties(fontstyle="italic"))
    doc.automaticstyles.addElement(it)

    doc.text.addElement(P(stylename=h1, text="Degerforsbyggen AB"))
    doc.text.addElement(P(text="Uppföljning av intern kontroll per 2025-08-31 (delår)"))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Hej!"))
    doc.text.addElement(P(text=(
        "Här kommer bolagets uppföljning av internkontrollplanen för 2025 till kommunens ekonomiavdelning. "
        "Planen fastställdes av styrelsen i december 2024 och innehåller sex kontrollpunkter. "
        "Vi har följt upp dem så här långt:")))
    for i, (km, st, txt, es, ea) in enumerate(C, 1):
        doc.text.addElement(P(stylename=h2, text="%d. %s" % (i, km)))
        if st:
            doc.text.addElement(P(text=st))
        doc.text.addElement(P(text=txt))
        EXPECTED.append((fil, nd, km, es, ea))
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Hör av er om något är oklart."))
    doc.text.addElement(P(text="Med vänlig hälsning"))
    pp = P()
    pp.addElement(Span(stylename=it, text="Ekonomichef, Degerforsbyggen AB"))
    doc.text.addElement(pp)
    doc.save(p(fil))
    FILES.append((fil, "INLAST", nd, YEAR, PERIOD))


# ---------------------------------------------------------------------------
# 8. To reject: KFN budget report (driftredovisning) - no internal-control follow-up
# ---------------------------------------------------------------------------
def file8_reject_budget():
    fil = "KFN Driftredovisning delår 2025.xlsx"
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Drift"
    ws["A1"] = "Kultur- och fritidsnämnden – driftredovisning delår 2025 (tkr)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse mot budget", "Kommentar"])
    for c in ws[3]:
        c.font = BOLD
        c.fill = FILL_HEAD
    rows = [
        ("Nämnd och administration", 2150, 1390, 2100, 50, ""),
        ("Bibliotek", 6820, 4480, 6900, -80, "Ökade kostnader för e-medier"),
        ("Kulturskola", 4310, 2730, 4310, 0, ""),
        ("Fritidsgårdar", 3560, 2470, 3650, -90, "Extra personal under sommarlovet"),
        ("Simhall", 7940, 5610, 8200, -260, "Reparation av reningsverk"),
        ("Idrottsanläggningar (Stora Valla m.fl.)", 9120, 5880, 9000, 120, "Lägre energikostnader"),
        ("Föreningsbidrag", 2700, 2215, 2700, 0, "Aktivitetsbidrag utbetalt vår"),
    ]
    for r in rows:
        ws.append(list(r))
    n = ws.max_row
    ws.append(["Summa", "=SUM(B4:B%d)" % n, "=SUM(C4:C%d)" % n, "=SUM(D4:D%d)" % n, "=SUM(E4:E%d)" % n, ""])
    for c in ws[ws.max_row]:
        c.font = BOLD
    ws.append([])
    ws.append(["Prognosen pekar mot ett underskott om 260 tkr, främst hänförligt till simhallen."])
    for col, w in zip("ABCDEF", [38, 13, 15, 15, 20, 40]):
        ws.column_dimensions[col].width = w
    wb.save(p(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och service"),
        ("Bergslagens miljö- och byggnadsnämnd", "BMB|Bergslagens miljö- och byggförvaltning|Miljö- och byggnadsnämnden"),
        ("Valnämnden", "VN"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Degerforsbyggen AB", "Degerforsbyggen|DBAB"),
    ]
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)


def write_csvs():
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    file1_kfn_transposed()
    file2_sn_longform()
    file3_tn_blankheader()
    file4_ks_csv()
    file5_bun_paged_xls()
    file6_bmb_docx()
    file7_dbab_odt()
    file8_reject_budget()
    for f, *_ in FILES:
        if f.endswith((".xlsx", ".docx", ".odt", ".ods")):
            normalize_zip(p(f))
    write_register()
    write_csvs()
    print("built %d files, %d expected controls" % (len(FILES), len(EXPECTED)))


if __name__ == "__main__":
    main()
