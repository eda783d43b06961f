#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r257 – theme: spreadsheet cell features carrying meaning.
Kommun: Lövånger-Bruk (invented), year 2025.
Run: /usr/bin/python3 make_round.py   (builds all files + namnder.csv, files.csv, expected.csv)
"""
import os, re, shutil, subprocess, zipfile, csv

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.workbook.defined_name import DefinedName

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = "/tmp/lo-build257"
LO_PROFILE = "file:///tmp/lo-round257"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def note(text, author="Handläggare"):
    c = Comment(text, author)
    c.width = 300
    c.height = 110
    return c


def header_row(ws, row, labels, widths=None):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w


def box(ws, row, ncol):
    for col in range(1, ncol + 1):
        c = ws.cell(row=row, column=col)
        c.border = BOX
        c.alignment = WRAP


def soffice(fmt, src, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def patch_shared_strings(path, replacements):
    """Replace plain strings by rich-text runs (openpyxl 3.0 cannot write rich text).
    Works whether the writer used shared strings (<si>) or inline strings (<is>)."""
    tmp = path + ".tmp"
    done = set()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/sharedStrings.xml" or item.filename.startswith("xl/worksheets/sheet"):
                s = data.decode("utf-8")
                for plain, runs in replacements.items():
                    for tag in ("si", "is"):
                        old = "<%s><t>%s</t></%s>" % (tag, plain, tag)
                        if old in s:
                            s = s.replace(old, "<%s>%s</%s>" % (tag, runs, tag))
                            done.add(plain)
                data = s.encode("utf-8")
            zout.writestr(item, data)
    assert done == set(replacements), (done, replacements)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – dropdown from a range on another sheet, explanations in notes
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS_uppfoljning_internkontroll_T2_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning T2"
    lists = wb.create_sheet("Listor")
    vals = ["Genomförd", "Genomförd med avvikelse", "Pågående", "Ej genomförd", "Utgår"]
    lists["A1"] = "Status"
    lists["A1"].font = BOLD
    for i, v in enumerate(vals, start=2):
        lists.cell(row=i, column=1, value=v)
    lists["C1"] = "Ansvariga"
    lists["C1"].font = BOLD
    for i, v in enumerate(["Ekonomichef", "HR-chef", "IT-chef", "Kanslichef", "Upphandlingschef",
                           "Redovisningsansvarig", "Säkerhetssamordnare"], start=2):
        lists.cell(row=i, column=3, value=v)
    lists.sheet_state = "hidden"
    wb.defined_names.append(DefinedName("StatusLista", attr_text="Listor!$A$2:$A$6"))

    ws["A1"] = "Lövånger-Bruks kommun"
    ws["A1"].font = TITLE
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Period: Tertial 2 (januari–augusti)"
    ws["A4"] = ("Instruktion: välj status i rullistan i kolumn G. Kommentar/resultat skrivs som "
                "anteckning (högerklick > Infoga anteckning) i statuscellen.")
    ws["A4"].font = Font(italic=True, color="666666")
    header_row(ws, 6, ["Nr", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Metod/omfattning", "Status T2"],
               [5, 18, 22, 48, 20, 24, 24])
    rows = [
        ("Ekonomi", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
         "Ekonomichef", "Stickprov 30 fakturor", "Genomförd med avvikelse",
         "2 av 30 fakturor saknade andra attest (belopp över 50 tkr). Påminnelse om attestordningen "
         "skickad till berörda chefer 2025-08-20.", "GENOMFORD", "ja"),
        ("Ekonomi", "Jäv och förtroendeskada", "Kontroll av representation och förtroendekänsliga poster",
         "Redovisningsansvarig", "Samtliga representationsfakturor maj–juni", "Genomförd",
         "Inga avvikelser noterade. Deltagarlistor och syfte fanns på samtliga.", "GENOMFORD", "nej"),
        ("Upphandling", "Inköp utanför avtal", "Inköp sker från avtalade leverantörer (avtalstrohet)",
         "Upphandlingschef", "Analys av inköpsdata", "Pågående",
         "Analys av inköpsdata januari–juni klar, juli–augusti analyseras i september.", "DELVIS", "nej"),
        ("Personal", "Felaktiga löner",
         "Kontroll av att löneutbetalningar stämmer mot beslut om anställning", "HR-chef",
         "Stickprov 25 anställningar", None,
         "Kontrollen utförd i juni. 25 stickprov – samtliga utbetalningar stämde mot anställningsbeslut, "
         "ingen anmärkning.", "GENOMFORD", "nej"),
        ("IT", "Obehörig åtkomst",
         "Behörigheter i ekonomisystemet tas bort vid avslutad anställning", "IT-chef",
         "Jämförelse behörighetslista/personalregister", "Ej genomförd",
         "Skjuts till tertial 3 på grund av byte av ekonomisystem i september.", "EJ_GENOMFORD", "nej"),
        ("Dokumenthantering", "Bristande diarieföring",
         "Allmänna handlingar diarieförs inom föreskriven tid", "Kanslichef", "Stickprov 20 ärenden",
         "Utgår",
         "Utgår enligt KS beslut 2025-05-12 § 88. Ersätts av ny kontroll om e-arkiv i planen för 2026.",
         "UTGAR", ""),
        ("Säkerhet", "Bristande krisberedskap",
         "Uppdatering av kontinuitetsplaner för samhällsviktig verksamhet", "Säkerhetssamordnare",
         "Genomgång av samtliga planer", "Genomförd", None, "GENOMFORD", "nej"),
        ("Ekonomi", "Felaktiga utbetalningar",
         "Kontroll av ändringar i leverantörsregistret (bankgiro/plusgiro)", "Ekonomichef",
         "Logglista ändringar", None, None, "SAKNAS", ""),
    ]
    dv = DataValidation(type="list", formula1="=StatusLista", allow_blank=True,
                        showErrorMessage=True, errorTitle="Ogiltig status",
                        error="Välj ett värde i listan.")
    ws.add_data_validation(dv)
    r = 7
    for i, (proc, risk, km, ansv, metod, status, nt, es, ea) in enumerate(rows, start=1):
        ws.cell(row=r, column=1, value=i)
        ws.cell(row=r, column=2, value=proc)
        ws.cell(row=r, column=3, value=risk)
        ws.cell(row=r, column=4, value=km)
        ws.cell(row=r, column=5, value=ansv)
        ws.cell(row=r, column=6, value=metod)
        c = ws.cell(row=r, column=7, value=status)
        if nt:
            c.comment = note(nt, "Anna-Karin Lidström")
        dv.add("G%d" % r)
        box(ws, r, 7)
        exp(fil, N, km, es, ea)
        r += 1
    ws.cell(row=r + 1, column=1,
            value="Uppföljningen godkänd av kommundirektör Anna-Karin Lidström 2025-09-15.").font = Font(italic=True)
    ws.freeze_panes = "A7"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))
    return fil


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – tick column + IF formula, cached values via LibreOffice
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN_IK_delar_2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Intern kontroll – uppföljning delår 2025 (januari–augusti)"
    ws["A2"].font = BOLD
    ws["A3"] = ("Markera med x i kolumn D när kontrollen är utförd (p = pågår), och med x i kolumn E om "
                "avvikelse har konstaterats. Kolumn F fylls i automatiskt. Resultat skrivs som anteckning "
                "på kontrollmomentet.")
    ws["A3"].font = Font(italic=True, color="666666")
    header_row(ws, 5, ["Kontrollområde", "Kontrollmoment", "Frekvens", "Utförd (x/p)", "Avvikelse (x)",
                       "Status"], [18, 55, 14, 12, 12, 26])
    dvx = DataValidation(type="list", formula1='"x,p"', allow_blank=True)
    dve = DataValidation(type="list", formula1='"x"', allow_blank=True)
    ws.add_data_validation(dvx)
    ws.add_data_validation(dve)
    groups = [
        ("Ekonomi", [
            ("Kontroll av att skolskjutsfakturor överensstämmer med avtal", "Två gånger/år", "x", "x", None,
             "Två fakturor från Bruksbuss AB var felprissatta (fel km-pris). Kreditering begärd och erhållen.",
             "GENOMFORD", "ja"),
            ("Interkommunal ersättning faktureras för elever från andra kommuner", "Per termin", "x", None,
             None, "Samtliga 14 elever fakturerade för vårterminen.", "GENOMFORD", "nej"),
            ("Avgifter i förskola debiteras enligt maxtaxa", "Årligen", "x", None, None, None,
             "GENOMFORD", "nej"),
        ]),
        ("Verksamhet", [
            ("Anmälan om kränkande behandling hanteras och anmäls till huvudman inom fem arbetsdagar",
             "Två gånger/år", None, None, None,
             "Ej genomförd under delåret – planeras till oktober tillsammans med elevhälsan.",
             "EJ_GENOMFORD", "nej"),
            ("Frånvarorapportering i elevregistret vid hög frånvaro", "Per termin", "p", None, None,
             "Pågår – 4 av 7 skolenheter granskade.", "DELVIS", "nej"),
            ("Registerkontroll (belastningsregister) vid nyanställning", "Löpande", "x", None, None,
             "Stickprov 15 nyanställda – samtliga hade visat utdrag före anställning.", "GENOMFORD", "nej"),
        ]),
        ("Personal och administration", [
            ("Delegationsbeslut anmäls till nämnden", "Kvartalsvis", None, None, "Utgår",
             "Utgår – kontrollen ingår från 2025 i kommunstyrelsens kommungemensamma kontroll.",
             "UTGAR", ""),
            ("Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "Två gånger/år", "x", "x", None,
             "Genomförd. I 3 av 12 ärenden saknades rehabiliteringsplan efter dag 30.", "GENOMFORD", "ja"),
        ]),
    ]
    r = 6
    first = r
    for gname, items in groups:
        c = ws.cell(row=r, column=1, value=gname)
        c.font = BOLD
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for km, frek, d, e, override, nt, es, ea in items:
            ws.cell(row=r, column=1, value=gname)
            k = ws.cell(row=r, column=2, value=km)
            if nt:
                k.comment = note(nt, "Johan Stenlund")
            ws.cell(row=r, column=3, value=frek)
            ws.cell(row=r, column=4, value=d).alignment = Alignment(horizontal="center")
            ws.cell(row=r, column=5, value=e)
            dvx.add("D%d" % r)
            dve.add("E%d" % r)
            if override:
                ws.cell(row=r, column=6, value=override)
            else:
                ws.cell(row=r, column=6,
                        value='=IF(D{0}="x",IF(E{0}="x","Genomförd med avvikelse","Genomförd"),'
                              'IF(D{0}="p","Pågående","Ej genomförd"))'.format(r))
            box(ws, r, 6)
            exp(fil, N, km, es, ea)
            r += 1
    last = r - 1
    r += 1
    ws.cell(row=r, column=1, value="Summering").font = BOLD
    ws.cell(row=r, column=2, value="Antal genomförda kontroller")
    ws.cell(row=r, column=6, value='=COUNTIF(F{0}:F{1},"Genomförd*")'.format(first, last))
    ws.cell(row=r + 1, column=2, value="Antal kontroller med avvikelse")
    ws.cell(row=r + 1, column=6, value='=COUNTIF(E{0}:E{1},"x")'.format(first, last))
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, fil)
    wb.save(src)
    soffice("xlsx:Calc MS Excel 2007 XML", src, HERE)   # recalculated → cached values stored
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    return fil


# ---------------------------------------------------------------------------
# 3. Socialnämnden – percentage formula drives status, inline Ja/Nej list, dates as serials
# ---------------------------------------------------------------------------
def build_sn():
    fil = "Socialnämnden_internkontroll_T2_2025.xlsx"
    N = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Socialförvaltningen – Uppföljning internkontrollplan 2025, tertial 2"
    ws["A1"].font = TITLE
    ws["A2"] = "Redovisas till socialnämnden 2025-09-24"
    ws["A3"] = ("Status beräknas ur andel granskade av stickprovet (100 % = Klar, >0 % = Delvis klar, "
                "0 % = Ej påbörjad). Avvikelser kommenteras i anteckning på cellen.")
    ws["A3"].font = Font(italic=True, color="666666")
    header_row(ws, 5, ["Id", "Process", "Kontrollmoment", "Stickprov (antal)", "Granskade",
                       "Andel granskat", "Status", "Avvikelse", "Datum för kontroll", "Ansvarig"],
               [8, 20, 52, 11, 11, 11, 16, 11, 13, 22])
    dv = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    ws.add_data_validation(dv)
    # (id, process, km, stickprov, granskade, status_override, avv, datum_serial, ansvarig, note, es, ea)
    rows = [
        ("SN-01", "Myndighetsutövning barn och unga",
         "Utredningar inom barn och unga slutförs inom fyra månader (11 kap. 2 § SoL)", 20, 20, None, "Nej",
         45845, "Enhetschef BoU", None, "GENOMFORD", "nej"),
        ("SN-02", "Myndighetsutövning vuxen",
         "Beslut om bistånd enligt SoL är fattade av behörig delegat", 30, 30, None, "Ja", 45852,
         "Enhetschef vuxen",
         "3 beslut var fattade av handläggare utan delegation. Nya beslut fattade av behörig delegat, "
         "handläggarna har fått information om delegationsordningen.", "GENOMFORD", "ja"),
        ("SN-03", "Ekonomiskt bistånd",
         "Utbetalning av ekonomiskt bistånd kontrolleras mot beslut", 40, 25, None, "Nej", 45870,
         "Enhetschef försörjningsstöd", None, "DELVIS", "nej"),
        ("SN-04", "Avgifter",
         "Fakturering av hemtjänstavgifter sker enligt beslut om avgift", 25, 0, None, None, None,
         "Avgiftshandläggare",
         "Ej påbörjad p.g.a. vakans på avgiftshandläggning. Görs i oktober.", "EJ_GENOMFORD", "nej"),
        ("SN-05", "Hälso- och sjukvård",
         "Avvikelser enligt HSL och lex Sarah rapporteras och utreds", 15, 15, None, "Ja", 45862, "MAS",
         "Två lex Sarah-rapporter utreddes först efter två månader. Rutinen har uppdaterats.",
         "GENOMFORD", "ja"),
        ("SN-06", "Hälso- och sjukvård",
         "Läkemedelshantering på särskilt boende – signeringslistor", 10, 10, None, "Nej", 45880, "MAS",
         None, "GENOMFORD", "nej"),
        ("SN-07", "Informationssäkerhet",
         "Loggar i verksamhetssystemet följs upp (dataskydd)", None, None, "Ej aktuell", None, None,
         "Systemförvaltare",
         "Ej aktuell 2025 – nytt verksamhetssystem införs, loggkontroll läggs in i planen 2026.",
         "UTGAR", ""),
        ("SN-08", "Personal", "Introduktion av timanställda enligt checklista", None, None, None, None, None,
         "Enhetschefer äldreomsorg", None, "SAKNAS", ""),
    ]
    r = 6
    for (id_, proc, km, stick, gr, override, avv, datum, ansv, nt, es, ea) in rows:
        ws.cell(row=r, column=1, value=id_)
        ws.cell(row=r, column=2, value=proc)
        ws.cell(row=r, column=3, value=km)
        ws.cell(row=r, column=4, value=stick)
        ws.cell(row=r, column=5, value=gr)
        p = ws.cell(row=r, column=6, value='=IF(D{0}="","",E{0}/D{0})'.format(r))
        p.number_format = "0%"
        if override:
            s = ws.cell(row=r, column=7, value=override)
        else:
            s = ws.cell(row=r, column=7,
                        value='=IF(F{0}="","",IF(F{0}>=1,"Klar",IF(F{0}>0,"Delvis klar","Ej påbörjad")))'
                        .format(r))
        if nt:
            s.comment = note(nt, "Maria Öhman")
        ws.cell(row=r, column=8, value=avv)
        dv.add("H%d" % r)
        d = ws.cell(row=r, column=9, value=datum)   # serial, format General on purpose
        d.number_format = "General"
        ws.cell(row=r, column=10, value=ansv)
        box(ws, r, 10)
        exp(fil, N, km, es, ea)
        r += 1
    ws.cell(row=r + 1, column=1, value="Upprättad av: Maria Öhman, kvalitetsutvecklare").font = Font(italic=True)
    src = os.path.join(BUILD, fil)
    wb.save(src)
    soffice("xlsx:Calc MS Excel 2007 XML", src, HERE)
    FILES.append((fil, "INLAST", N, "2025", "T2"))
    return fil


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden – nämnd only in print header; hyperlinks "Länk till underlag"; inline list
# ---------------------------------------------------------------------------
def build_tn():
    fil = "Teknik_IKP_helar2025.xlsx"
    N = "Tekniska nämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws.oddHeader.center.text = "Tekniska nämnden – Intern kontroll 2025"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontrollplan – helår 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Underlag för respektive kontroll finns i förvaltningens gemensamma mapp (länk i kolumn E)."
    header_row(ws, 4, ["Process", "Kontrollmoment", "Kontrollansvarig", "Status helår", "Underlag"],
               [16, 60, 22, 14, 22])
    dv = DataValidation(type="list", formula1='"OK,Delvis,Ej utförd,Ej aktuell"', allow_blank=True)
    ws.add_data_validation(dv)
    base = "https://intranat.lovanger-bruk.se/teknik/ik2025/"
    rows = [
        ("VA", "Avläsning av vattenmätare och debitering av VA-avgifter", "VA-chef", "OK",
         "va_debitering.pdf", None, "GENOMFORD", "nej"),
        ("VA", "Provtagning av dricksvatten sker enligt fastställd provtagningsplan", "Driftingenjör VA", "OK",
         "provtagning_2025.xlsx", None, "GENOMFORD", "nej"),
        ("Gata/park", "Vinterväghållning – entreprenörens fakturor stäms av mot körjournaler", "Gatuchef",
         "Delvis", "vinter_avstamning.pdf", None, "DELVIS", "nej"),
        ("Gata/park", "Grävtillstånd och återställning efter ledningsarbeten kontrolleras", "Gatuingenjör",
         "OK", "gravtillstand.pdf", None, "GENOMFORD", "nej"),
        ("Fastighet", "Hyresavtal för externt inhyrda lokaler är uppdaterade och registrerade i avtalsdatabasen",
         "Fastighetschef", "Ej utförd", None, None, "EJ_GENOMFORD", "nej"),
        ("Fastighet", "Lagstadgade besiktningar (hiss, OVK) genomförs i tid", "Förvaltare", None,
         "besiktningar_2025.xlsx", None, "OKLAR", ""),
        ("Avfall", "Vågsedlar vid återvinningscentralen överensstämmer med fakturerade mängder",
         "Renhållningschef", "OK", "vagsedlar_ac.pdf",
         "Avvikelse: 4 % differens mellan vågsedlar och fakturerade mängder. Utreds med entreprenören.",
         "GENOMFORD", "ja"),
        ("Kost", "Livsmedelsinköp sker enligt ramavtal", "Kostchef", "Ej aktuell", None,
         "Kostenheten överförd till barn- och utbildningsnämnden 2025-03-01.", "UTGAR", ""),
        ("Fordon", "Körjournaler förs för kommunens tjänstefordon", "Fordonssamordnare", None, None, None,
         "SAKNAS", ""),
    ]
    r = 5
    for proc, km, ansv, st, link, nt, es, ea in rows:
        ws.cell(row=r, column=1, value=proc)
        ws.cell(row=r, column=2, value=km)
        ws.cell(row=r, column=3, value=ansv)
        s = ws.cell(row=r, column=4, value=st)
        if nt:
            s.comment = note(nt, "Per Lundmark")
        dv.add("D%d" % r)
        if link:
            c = ws.cell(row=r, column=5, value="Länk till underlag")
            c.hyperlink = base + link
            c.font = Font(color="0563C1", underline="single")
        box(ws, r, 5)
        exp(fil, N, km, es, ea)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Förklaring status:").font = BOLD
    for i, t in enumerate(["OK = kontrollen genomförd", "Delvis = kontrollen delvis genomförd",
                           "Ej utförd = kontrollen inte genomförd",
                           "Ej aktuell = kontrollen utgår under året"], start=1):
        ws.cell(row=r + i, column=2, value=t)
    ws.print_title_rows = "4:4"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden – ODS with content validation, annotations, rich text spans
# ---------------------------------------------------------------------------
def build_kfn():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, ParagraphProperties
    from odf.table import (Table, TableColumn, TableRow, TableCell, ContentValidations, ContentValidation,
                           CoveredTableCell)
    from odf.text import P, Span
    from odf.office import Annotation
    from odf.dc import Creator, Date

    fil = "KFN uppföljning intern kontroll T2 2025.ods"
    N = "Kultur- och fritidsnämnden"
    doc = OpenDocumentSpreadsheet()
    # styles
    t_bold = Style(name="Tbold", family="text")
    t_bold.addElement(TextProperties(fontweight="bold"))
    t_red = Style(name="Tred", family="text")
    t_red.addElement(TextProperties(color="#C00000", fontstyle="italic"))
    t_strike = Style(name="Tstrike", family="text")
    t_strike.addElement(TextProperties(textlinethroughstyle="solid", textlinethroughtype="single",
                                       color="#7F7F7F"))
    for s in (t_bold, t_red, t_strike):
        doc.automaticstyles.addElement(s)
    c_head = Style(name="cehead", family="table-cell")
    c_head.addElement(TableCellProperties(backgroundcolor="#D9E1F2", border="0.5pt solid #808080"))
    c_head.addElement(TextProperties(fontweight="bold"))
    c_title = Style(name="cetitle", family="table-cell")
    c_title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    c_wrap = Style(name="cewrap", family="table-cell")
    c_wrap.addElement(TableCellProperties(wrapoption="wrap", border="0.5pt solid #808080",
                                          verticalalign="top"))
    for s in (c_head, c_title, c_wrap):
        doc.automaticstyles.addElement(s)
    widths = ["3.5cm", "9.5cm", "4.5cm", "4cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    sheet = "Uppföljning T2"
    cvs = ContentValidations()
    cv = ContentValidation(name="val1",
                           condition='of:cell-content-is-in-list("Genomförd";"Delvis";"Ej påbörjad";"Utgår")',
                           allowemptycell="true", basecelladdress="'%s'.C6" % sheet, displaylist="unsorted")
    cvs.addElement(cv)
    doc.spreadsheet.addElement(cvs)

    table = Table(name=sheet)
    for cs in colstyles:
        table.addElement(TableColumn(stylename=cs))

    def text_cell(parts=None, text=None, style=c_wrap, validation=False, annotation=None):
        kw = {"valuetype": "string"}
        if style is not None:
            kw["stylename"] = style
        if validation:
            kw["contentvalidationname"] = "val1"
        if text is None and parts is None:
            kw.pop("valuetype")
        cell = TableCell(**kw)
        if annotation:
            a = Annotation()
            a.addElement(Creator(text="Lena Wikström"))
            a.addElement(Date(text="2025-09-05T10:00:00"))
            a.addElement(P(text=annotation))
            cell.addElement(a)
        if parts is not None:
            p = P()
            for stl, t in parts:
                if stl is None:
                    p.addText(t)
                else:
                    sp = Span(stylename=stl, text=t)
                    p.addElement(sp)
            cell.addElement(p)
        elif text is not None:
            cell.addElement(P(text=text))
        return cell

    def row(cells):
        tr = TableRow()
        for c in cells:
            tr.addElement(c)
        table.addElement(tr)

    row([text_cell(text="Kultur- och fritidsnämnden", style=c_title)])
    row([text_cell(text="Uppföljning av intern kontroll, tertial 2 2025", style=c_title)])
    row([TableCell()])
    row([text_cell(text="Status väljs i listan. Kommentarer finns som anteckning i statuscellen.",
                   style=None)])
    row([text_cell(text=h, style=c_head) for h in ["Område", "Kontrollmoment", "Status T2", "Kontrollant"]])

    items = [
        ("Föreningsbidrag",
         [(None, "Föreningsbidrag betalas ut enligt beslutade riktlinjer och med korrekt underlag")],
         [(t_bold, "Genomförd"), (t_red, " med anmärkning")],
         "Två föreningar saknade verksamhetsberättelse. Bidraget hålls inne tills underlag kommit in.",
         "Bidragshandläggare", "GENOMFORD", "ja"),
        ("Föreningsbidrag", [(None, "Återrapportering av projektbidrag sker inom tre månader")],
         [(None, "Delvis")], "Hälften av projekten (5 av 10) har återrapporterat, påminnelse skickad.",
         "Bidragshandläggare", "DELVIS", "nej"),
        ("Bibliotek", [(None, "Kontantkassa vid huvudbiblioteket stäms av månadsvis")],
         [(None, "Genomförd")], None, "Bibliotekschef", "GENOMFORD", "nej"),
        ("Fritidsgårdar", [(None, "Nyckel- och passerkortshantering på fritidsgårdarna")],
         [(None, "Ej påbörjad")], "Flyttas till 2026 då nytt passersystem installeras.",
         "Fritidschef", "EJ_GENOMFORD", "nej"),
        ("Anläggningar",
         [(None, "Bokning och fakturering av idrottshallar stäms av mot bokningssystemet")],
         [(None, "Genomförd")], None, "Anläggningschef", "GENOMFORD", "nej"),
        ("Kulturskola", [(t_strike, "Avgifter i kulturskolan debiteras enligt taxa")],
         [(t_bold, "Utgår")],
         "Utgår – kulturskolan är avgiftsfri från höstterminen 2025 (KFN 2025-04-22 § 31).",
         "Kulturskolechef", "UTGAR", ""),
        ("Konst", [(None, "Inventering av kommunens konstsamling")], None,
         "Inventeringen klar i maj. 12 verk kunde inte återfinnas och har polisanmälts.",
         "Kultursekreterare", "GENOMFORD", "ja"),
    ]
    for omr, kmparts, stparts, ann, ansv, es, ea in items:
        row([text_cell(text=omr),
             text_cell(parts=kmparts),
             text_cell(parts=stparts, validation=True, annotation=ann) if stparts else
             text_cell(validation=True, annotation=ann),
             text_cell(text=ansv)])
        exp(fil, N, "".join(t for _, t in kmparts), es, ea)
    row([TableCell()])
    row([text_cell(text="Genomgången på nämndens sammanträde 2025-09-18.", style=None)])
    doc.spreadsheet.addElement(table)
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))
    return fil


# ---------------------------------------------------------------------------
# 6. Miljö- och byggnämnden – .xls, numeric codes stored as text, periods side by side
# ---------------------------------------------------------------------------
def build_mbn():
    fil = "MBN_IK_2025_delar.xls"
    N = "Miljö- och byggnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws["A1"] = "Miljö- och byggnämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Internkontrollplan 2025 med uppföljning"
    ws["A2"].font = BOLD
    ws["A3"] = "Statuskod: 1 = Genomförd   2 = Påbörjad   3 = Ej påbörjad   0 = Utgår"
    ws["A3"].font = Font(italic=True)
    header_row(ws, 5, ["Kontroll-nr", "Kontrollmoment", "Ansvarig", "Planerad kontroll (datum)",
                       "Uppföljning april", "Uppföljning augusti (delår)", "Uppföljning december"],
               [11, 55, 20, 14, 12, 14, 14])
    dv = DataValidation(type="list", formula1='"0,1,2,3"', allow_blank=True)
    ws.add_data_validation(dv)
    rows = [
        ("01", "Handläggningstid för bygglov inom 10 veckor enligt PBL", "Bygglovschef", 45777, "2", "1",
         {"F": "3 av 40 granskade ärenden översteg 10 veckor; avgiften reducerades enligt PBL 12 kap. 8 a §."},
         "GENOMFORD", "ja"),
        ("02", "Avgiftsdebitering för tillsyn sker enligt taxa", "Miljöchef", 45747, "1", "1", {},
         "GENOMFORD", "nej"),
        ("03", "Delegationsbeslut återrapporteras till nämnden", "Nämndsekreterare", 45838, "2", "2",
         {"F": "Återrapportering sker, men beslut från bygglovsenheten för juni saknas ännu."},
         "DELVIS", "nej"),
        ("04", "Livsmedelskontroller genomförs enligt fastställd kontrollplan", "Miljöchef", 45869, "3", "2",
         {"F": "42 % av planerade kontroller utförda t.o.m. augusti."}, "DELVIS", "nej"),
        ("05", "Inkomna klagomål diarieförs inom en vecka", "Registrator", 45730, "1", None, {},
         "GENOMFORD", "nej"),
        ("06", "Strandskyddsdispenser kontrolleras mot länsstyrelsens överprövning", "Miljöinspektör",
         45808, "0", "0", {"E": "Utgår, länsstyrelsen har ändrat rutin."}, "UTGAR", ""),
        ("07", "Kontroll av jäv vid handläggning av tillsynsärenden", "Miljö- och byggchef", 45900, "3", "3",
         {"F": "Ej påbörjad – planeras till kvartal 4."}, "EJ_GENOMFORD", "nej"),
        ("08", "Inbetalning av byggsanktionsavgifter följs upp", "Ekonom", 45930, None, None, {},
         "SAKNAS", ""),
    ]
    r = 6
    for nr, km, ansv, datum, apr, aug, notes, es, ea in rows:
        c = ws.cell(row=r, column=1, value=nr)
        c.number_format = "@"
        ws.cell(row=r, column=2, value=km)
        ws.cell(row=r, column=3, value=ansv)
        d = ws.cell(row=r, column=4, value=datum)
        d.number_format = "General"
        for col, v in (("E", apr), ("F", aug), ("G", None)):
            cc = ws["%s%d" % (col, r)]
            cc.value = v
            cc.number_format = "@"
            cc.alignment = Alignment(horizontal="center")
            dv.add("%s%d" % (col, r))
            if col in notes:
                cc.comment = note(notes[col], "Sofia Nyström")
        box(ws, r, 7)
        exp(fil, N, km, es, ea)
        r += 1
    ws.cell(row=r + 1, column=1, value="Behandlad på nämndens sammanträde 2025-09-10, § 112.")
    src = os.path.join(BUILD, "MBN_IK_2025_delar.xlsx")
    wb.save(src)
    soffice("xls:MS Excel 97", src, HERE)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    return fil


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden – easy: dropdown from named range, comment column with rich text
# ---------------------------------------------------------------------------
def build_ofn():
    fil = "Överförmyndarnämnden IK T2 2025.xlsx"
    N = "Överförmyndarnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Tertial 2"
    lst = wb.create_sheet("Val")
    for i, v in enumerate(["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår", "Ej aktuell"], start=1):
        lst.cell(row=i, column=1, value=v)
    ws["A1"] = "Överförmyndarnämnden – uppföljning intern kontroll tertial 2 2025"
    ws["A1"].font = TITLE
    header_row(ws, 3, ["Kontrollmoment", "Status", "Kommentar"], [60, 18, 60])
    dv = DataValidation(type="list", formula1="=Val!$A$1:$A$5", allow_blank=True)
    ws.add_data_validation(dv)
    rows = [
        ("Granskning av årsräkningar slutförd senast 30 juni", "Genomförd",
         "RICH1", "GENOMFORD", "ja"),
        ("Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Förvaltarskap registreras i ärendesystemet inom en vecka från tingsrättens beslut",
         "Delvis genomförd", "Stickprov pågår, 10 av 20 ärenden kontrollerade.", "DELVIS", "nej"),
        ("Uttagsspärr på omyndigas bankkonton kontrolleras", "Ej genomförd",
         "Genomförs under hösten.", "EJ_GENOMFORD", "nej"),
        ("Ställföreträdare har lämnat utdrag ur belastningsregistret före förordnande", "Genomförd",
         None, "GENOMFORD", "nej"),
    ]
    r = 4
    for km, st, kom, es, ea in rows:
        ws.cell(row=r, column=1, value=km)
        ws.cell(row=r, column=2, value=st)
        dv.add("B%d" % r)
        ws.cell(row=r, column=3, value=kom)
        box(ws, r, 3)
        exp(fil, N, km, es, ea)
        r += 1
    ws.cell(row=r + 1, column=1, value="Överförmyndarenheten, Karin Brännström")
    path = os.path.join(HERE, fil)
    wb.save(path)
    patch_shared_strings(path, {
        "RICH1": ('<r><rPr><b/><sz val="11"/><color rgb="FFC00000"/><rFont val="Calibri"/></rPr>'
                  '<t xml:space="preserve">Avvikelse: </t></r>'
                  '<r><rPr><sz val="11"/><rFont val="Calibri"/></rPr>'
                  '<t>6 av 212 årsräkningar granskades först i juli p.g.a. sjukfrånvaro.</t></r>'),
    })
    FILES.append((fil, "INLAST", N, "2025", "T2"))
    return fil


# ---------------------------------------------------------------------------
# 8. Bolagen – two companies, one sheet each, tick columns with dropdown "X", notes
# ---------------------------------------------------------------------------
def build_bolag():
    fil = "Bolagen_internkontroll_helar_2025.xlsx"
    wb = Workbook()
    first = True
    sheets = [
        ("Energi AB", "Lövånger-Bruk Energi AB", [
            ("Mätvärden från elmätare överförs korrekt till faktureringssystemet", "G", None,
             "GENOMFORD", "nej"),
            ("Inköp över direktupphandlingsgränsen annonseras enligt LUF", "G",
             "Ett inköp (konsulttjänst 720 tkr) har inte annonserats. Rapporterat till styrelsen 2025-11-20.",
             "GENOMFORD", "ja"),
            ("Kundfordringar äldre än 90 dagar följs upp och lämnas till inkasso", "D",
             "Uppföljning gjord för företagskunder, privatkunder återstår.", "DELVIS", "nej"),
            ("Behörighetsgranskning i driftsystemet (SCADA)", "GE", None, "OKLAR", ""),
            ("Reservkraft testkörs enligt underhållsplan", "E", "Testkörning flyttad till januari 2026.",
             "EJ_GENOMFORD", "nej"),
        ]),
        ("Bostäder AB", "Lövånger-Bruk Bostäder AB", [
            ("Hyresavier stäms av mot gällande hyreskontrakt", "G", None, "GENOMFORD", "nej"),
            ("Besiktning vid avflyttning dokumenteras i fastighetssystemet", "D",
             "Dokumenterad för 31 av 48 avflyttningar.", "DELVIS", "nej"),
            ("Attest av fakturor för underhållsentreprenader", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Vakanta lägenheter annonseras inom sju dagar", "", None, "SAKNAS", ""),
            ("Kontroll av otillåten andrahandsuthyrning", "U",
             "Utgår – ersätts av löpande kontroll i förvaltningsorganisationen (styrelsebeslut 2025-06-03).",
             "UTGAR", ""),
        ]),
    ]
    for title, bolag, items in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        ws["A1"] = bolag
        ws["A1"].font = TITLE
        ws["A2"] = "Uppföljning av internkontrollplan, helår 2025 – rapport till styrelsen"
        ws["A3"] = "Markera utfallet med X i en av kolumnerna C–F. Kommentar som anteckning på kontrollmomentet."
        ws["A3"].font = Font(italic=True, color="666666")
        header_row(ws, 5, ["Nr", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Utgår"],
                   [5, 60, 11, 11, 12, 11])
        dv = DataValidation(type="list", formula1='"X"', allow_blank=True)
        ws.add_data_validation(dv)
        r = 6
        for i, (km, marks, nt, es, ea) in enumerate(items, start=1):
            ws.cell(row=r, column=1, value=i)
            k = ws.cell(row=r, column=2, value=km)
            if nt:
                k.comment = note(nt, "VD-assistent")
            for col, code in (("C", "G"), ("D", "D"), ("E", "E"), ("F", "U")):
                cc = ws["%s%d" % (col, r)]
                if code in marks:
                    cc.value = "X"
                cc.alignment = Alignment(horizontal="center")
                dv.add("%s%d" % (col, r))
            box(ws, r, 6)
            exp(fil, bolag, km, es, ea)
            r += 1
        ws.cell(row=r + 1, column=2, value="Fastställd av styrelsen 2026-02-12")
        FILES.append((fil, "INLAST", bolag, "2025", "HELAR"))
    wb.save(os.path.join(HERE, fil))
    return fil


# ---------------------------------------------------------------------------
# 9. Reject – Excel owner lock file left in the folder
# ---------------------------------------------------------------------------
def build_reject():
    fil = "~$KS_uppfoljning_internkontroll_T2_2025.xlsx"
    name = "Anna-Karin Lidström"
    b = bytes([len(name)]) + name.encode("latin-1").ljust(53, b" ")
    b += bytes([len(name), 0]) + (name.encode("utf-16-le") + " ".encode("utf-16-le") * 54)[:108]
    b = b[:165].ljust(165, b"\x00")
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))
    return fil


def write_csvs():
    register = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknikförvaltningen|Teknik"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
        ("Miljö- och byggnämnden", "MBN|Samhällsbyggnadsförvaltningen|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Lövånger-Bruk Energi AB", "LBEAB|Bruksenergi|Energi AB"),
        ("Lövånger-Bruk Bostäder AB", "LBBAB|Bruksbostäder|Bostäder AB"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(register)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    os.makedirs(BUILD, exist_ok=True)
    for f in os.listdir(HERE):
        if f.endswith((".xlsx", ".xls", ".ods")):
            os.remove(os.path.join(HERE, f))
    build_ks()
    build_bun()
    build_sn()
    build_tn()
    build_kfn()
    build_mbn()
    build_ofn()
    build_bolag()
    build_reject()
    write_csvs()
    print("files:", len(set(f[0] for f in FILES)), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
