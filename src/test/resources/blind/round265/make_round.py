#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 265 - Ljungsåsa kommun.
Theme: one förvaltning reporting for several nämnder.
Builds every follow-up file plus namnder.csv, files.csv, expected.csv deterministically."""
import csv
import os
import shutil
import subprocess
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = "/tmp/r265_build"
LO_PROFILE = "file:///tmp/lo-round265"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

BN, MN = "Byggnadsnämnden", "Miljönämnden"
SN, OFN = "Socialnämnden", "Överförmyndarnämnden"
BUN, KFN = "Barn- och utbildningsnämnden", "Kultur- och fritidsnämnden"
TN, KS = "Tekniska nämnden", "Kommunstyrelsen"
ABBR = {"BN": BN, "MN": MN}

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEADFILL = PatternFill("solid", fgColor="D9E1F2")


def fill(hexcolor):
    return PatternFill("solid", fgColor=hexcolor)


def fixed_props(wb, title):
    import datetime
    wb.properties.creator = "Ljungsåsa kommun"
    wb.properties.title = title
    wb.properties.created = datetime.datetime(2025, 1, 1)
    wb.properties.modified = datetime.datetime(2025, 1, 1)


def fixed_doc_props(doc, title):
    import datetime
    doc.core_properties.author = "Ljungsåsa kommun"
    doc.core_properties.title = title
    doc.core_properties.created = datetime.datetime(2025, 1, 1)
    doc.core_properties.modified = datetime.datetime(2025, 1, 1)
    doc.core_properties.last_modified_by = "Ljungsåsa kommun"
    doc.core_properties.revision = 1


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so the build is byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# F1  Samhällsbyggnadsförvaltningen, T1, one sheet with "Nämnd" column BN/MN/"BN, MN"
# ---------------------------------------------------------------------------
def f1():
    fn = "SBF_uppfoljning_IKP_2025_T1.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning T1"
    ws["A1"] = "Samhällsbyggnadsförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 1 (januari–april)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Nämnd: BN = Byggnadsnämnden, MN = Miljönämnden. Kontrollmoment som ingår i båda "
                "nämndernas planer redovisas på en rad (BN, MN).")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:J3")
    hdr = ["Nr", "Nämnd", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
           "Status T1", "Kommentar T1", "Avvikelse (Ja/Nej)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = BOLD
        c.fill = HEADFILL
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        # nr, nämnd, process, kontrollmoment, metod, ansvarig, frekvens, status, kommentar, avv, exp_status, exp_avv
        (1, "BN", "Bygglov", "Handläggningstid för bygglov inom 10 veckor enligt PBL 9 kap. 27 §",
         "Stickprov 15 ärenden ur Castor", "Bygglovschef", "Tertial", "Genomförd",
         "15 ärenden granskade. 2 ärenden överskred 10 veckor utan beslut om förlängd handläggningstid. "
         "Avgiften har reducerats enligt PBL 12 kap. 8 a §.", "Ja", "GENOMFORD", "ja"),
        (2, "BN", "Bygglov", "Kontroll av att startbesked inte ges innan avgift är debiterad",
         "Stickprov 10 ärenden", "Bygglovshandläggare", "Tertial", "Genomförd",
         "Inga avvikelser.", "Nej", "GENOMFORD", "nej"),
        (3, "BN", "Tillsyn", "Uppföljning av ärenden om olovligt byggande (ingripandeärenden) äldre än två år",
         "Genomgång av ärendelista", "Byggnadsinspektör", "Halvår", "Påbörjad",
         "Genomgång påbörjad, 23 av 41 ärenden genomgångna.", "", "DELVIS", ""),
        (4, "BN", "Kart och mät", "Avgifter för nybyggnadskarta debiteras enligt gällande taxa",
         "Stickprov 10 fakturor", "Kart- och GIS-chef", "Årligen", "Ej påbörjad",
         "Planeras till september.", "", "EJ_GENOMFORD", ""),
        (5, "BN", "Nämndadministration", "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Jämförelse beslutsförteckning mot protokoll", "Nämndsekreterare", "Tertial", "Genomförd",
         "Samtliga delegationsbeslut januari–april är anmälda.", "Nej", "GENOMFORD", "nej"),
        (6, "MN", "Livsmedelskontroll", "Planerad livsmedelskontroll genomförs enligt nämndens kontrollplan",
         "Uppföljning i Ecos mot kontrollplan", "Miljöchef", "Tertial", "Påbörjad",
         "38 % av årets planerade kontroller genomförda (delmål 33 % per tertial 1).", "Nej", "DELVIS", "nej"),
        (7, "MN", "Tillsyn miljöbalken", "Timavgift debiteras inom en månad efter utförd tillsyn",
         "Stickprov 20 ärenden", "Administratör miljö", "Tertial", "Genomförd med anmärkning",
         "4 av 20 ärenden debiterades senare än en månad efter tillsynsbesöket. Rutinen ses över.",
         "Ja", "GENOMFORD", "ja"),
        (8, "MN", "Klagomål", "Klagomålsärenden registreras och bekräftas till klagande inom fem arbetsdagar",
         "Stickprov 15 ärenden", "Miljöinspektör", "Halvår", None, None, None, "SAKNAS", ""),
        (9, "MN", "Tillsyn miljöbalken", "Beslut om miljösanktionsavgift fattas enligt förordningen (2012:259)",
         "Genomgång av samtliga beslut", "Miljöchef", "Årligen", "Utgår",
         "Utgår ur planen enligt MN beslut 2025-02-12 § 9.", "", "UTGAR", ""),
        (10, "BN, MN", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor i Raindance", "Controller", "Tertial", "Genomförd",
         "25 fakturor granskade (14 BN, 11 MN). Inga avvikelser.", "Nej", "GENOMFORD", "nej"),
    ]
    r = 6
    colors = {"Genomförd": "C6EFCE", "Genomförd med anmärkning": "FFEB9C", "Påbörjad": "FFEB9C",
              "Ej påbörjad": "FFC7CE", "Utgår": "D9D9D9"}
    for row in rows:
        vals = row[:10]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
        if row[7] in colors:
            ws.cell(row=r, column=8).fill = fill(colors[row[7]])
        for ab in [a.strip() for a in row[1].split(",")]:
            EXPECTED.append((fn, ABBR[ab], row[3], row[10], row[11]))
        r += 1
    dv = DataValidation(type="list", formula1='"Genomförd,Genomförd med anmärkning,Påbörjad,Ej påbörjad,Utgår"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"H6:H{r - 1}")
    r += 1
    ws.cell(row=r, column=1, value="Antal kontrollmoment: 10 (BN 5, MN 4, gemensamt 1). Genomförda: 5.").font = BOLD
    r += 1
    ws.cell(row=r, column=1, value="Status anges som: Genomförd / Genomförd med anmärkning / Påbörjad / Ej påbörjad / Utgår")
    r += 2
    ws.cell(row=r, column=1, value="Upprättad av: Karin Holm, controller, 2025-05-12")
    widths = [5, 9, 18, 42, 28, 18, 10, 16, 50, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"
    ws.print_title_rows = "5:5"
    ws.oddHeader.center.text = "Samhällsbyggnadsförvaltningen – intern kontroll 2025"
    fixed_props(wb, "Uppföljning IKP 2025 T1")
    wb.save(os.path.join(HERE, fn))
    FILES.append((fn, "INLAST", BN, "2025", "T1"))
    FILES.append((fn, "INLAST", MN, "2025", "T1"))


# ---------------------------------------------------------------------------
# F2  Samhällsbyggnadsförvaltningen, delår, Word with one heading per nämnd + shared section
# ---------------------------------------------------------------------------
def f2():
    fn = "Delårsrapport intern kontroll 2025 - Samhällsbyggnadsförvaltningen.docx"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Ljungsåsa kommun • Samhällsbyggnadsförvaltningen\tTjänsteskrivelse\t2025-09-15"
    doc.add_heading("Delårsrapport 2025 – uppföljning av intern kontroll", level=0)
    doc.add_paragraph("Samhällsbyggnadsförvaltningen redovisar här uppföljningen av internkontrollplanerna för "
                      "Byggnadsnämnden och Miljönämnden för perioden januari–augusti 2025. Kontrollmoment som "
                      "finns i båda nämndernas planer och genomförs gemensamt av förvaltningen redovisas i ett "
                      "eget avsnitt och gäller för båda nämnderna.")
    p = doc.add_paragraph()
    p.add_run("Bedömning: ").bold = True
    p.add_run("Grön = genomförd utan avvikelse. Gul = genomförd, avvikelse har noterats. "
              "Orange = pågår/delvis genomförd. Röd = ej genomförd. Grå = utgår.")
    colors = {"Grön": "92D050", "Gul": "FFFF00", "Orange": "FFC000", "Röd": "FF0000", "Grå": "BFBFBF"}

    def table(nämnder, rows):
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Genomförande och resultat januari–augusti", "Bedömning",
                               "Åtgärd"]):
            t.rows[0].cells[i].text = h
            t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            shade(t.rows[0].cells[i], "D9E1F2")
        for km, res, bed, atg, es, ea in rows:
            cells = t.add_row().cells
            cells[0].text = km
            cells[1].text = res
            cells[2].text = bed
            shade(cells[2], colors[bed])
            cells[3].text = atg
            for n in nämnder:
                EXPECTED.append((fn, n, km, es, ea))
        for row in t.rows:
            for i, w in enumerate([Cm(7), Cm(10.5), Cm(2.5), Cm(5.5)]):
                row.cells[i].width = w

    doc.add_heading("1. Byggnadsnämnden (BN)", level=1)
    table([BN], [
        ("Handläggningstid för bygglov inom 10 veckor enligt PBL 9 kap. 27 §",
         "Stickprov T1 och T2, sammanlagt 30 ärenden. 3 ärenden överskred tidsfristen; avgiften har reducerats.",
         "Gul", "Veckovis bevakning av ärenden äldre än 8 veckor.", "GENOMFORD", "ja"),
        ("Kontroll av att startbesked inte ges innan avgift är debiterad",
         "Stickprov 20 ärenden. Inga avvikelser.", "Grön", "–", "GENOMFORD", "nej"),
        ("Uppföljning av ärenden om olovligt byggande (ingripandeärenden) äldre än två år",
         "Samtliga 41 ärenden genomgångna. 9 ärenden har saknat åtgärd i mer än ett år.",
         "Gul", "Ärendena prioriteras under hösten.", "GENOMFORD", "ja"),
        ("Avgifter för nybyggnadskarta debiteras enligt gällande taxa",
         "Pågår. 4 av 10 fakturor granskade, inga fel hittills.", "Orange", "Slutförs i oktober.",
         "DELVIS", "nej"),
        ("Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Samtliga delegationsbeslut t.o.m. augusti är anmälda.", "Grön", "–", "GENOMFORD", "nej"),
    ])
    doc.add_heading("2. Miljönämnden (MN)", level=1)
    table([MN], [
        ("Planerad livsmedelskontroll genomförs enligt nämndens kontrollplan",
         "61 % av planerade kontroller genomförda per 31 augusti. Prognos 95 % för helåret.",
         "Orange", "Extra inspektörsresurs under oktober–november.", "DELVIS", ""),
        ("Timavgift debiteras inom en månad efter utförd tillsyn",
         "Ny rutin infördes i maj. Stickprov 20 ärenden under T2 utan avvikelse.", "Grön", "–",
         "GENOMFORD", "nej"),
        ("Klagomålsärenden registreras och bekräftas till klagande inom fem arbetsdagar",
         "Kontrollen har inte genomförts på grund av vakanser.", "Röd", "Genomförs under T3.",
         "EJ_GENOMFORD", ""),
        ("Beslut om miljösanktionsavgift fattas enligt förordningen (2012:259)",
         "Utgår enligt beslut i Miljönämnden 2025-02-12 § 9.", "Grå", "–", "UTGAR", ""),
    ])
    doc.add_heading("3. Gemensamma kontrollmoment för BN och MN", level=1)
    doc.add_paragraph("Kontrollmomenten nedan ingår i båda nämndernas internkontrollplaner.")
    table([BN, MN], [
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 50 fakturor. Två fakturor hade attesterats av ersättare som inte fanns i "
         "förteckningen över attestanter.", "Gul", "Attestförteckningen uppdateras.", "GENOMFORD", "ja"),
        ("Behörigheter i verksamhetssystemen Castor och Ecos stäms av mot aktuell personallista",
         "Avstämning gjord i juni. Samtliga behörigheter korrekta.", "Grön", "–", "GENOMFORD", "nej"),
    ])
    doc.add_heading("Sammanfattande bedömning", level=1)
    doc.add_paragraph("Förvaltningen bedömer att den interna kontrollen i allt väsentligt är tillräcklig för "
                      "båda nämnderna. Kvarvarande kontroller slutförs under tertial 3.")
    doc.add_paragraph("Anders Lindqvist\nFörvaltningschef, samhällsbyggnadsförvaltningen")
    fixed_doc_props(doc, "Delårsrapport intern kontroll 2025")
    doc.save(os.path.join(HERE, fn))
    FILES.append((fn, "INLAST", BN, "2025", "DELAR"))
    FILES.append((fn, "INLAST", MN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F3  Utbildnings- och kulturförvaltningen, helår, one sheet per nämnd (BUN, KFN), codes G/D/E/U
# ---------------------------------------------------------------------------
def f3():
    fn = "UKF IK 2025 helår BUN KFN.xlsx"
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        ("Uppföljning av internkontrollplaner 2025 – Utbildnings- och kulturförvaltningen", True),
        ("", False),
        ("Flikarna BUN och KFN avser Barn- och utbildningsnämnden respektive Kultur- och fritidsnämnden.", False),
        ("Fyll i status per tertial med koderna nedan. Kolumnen Helår fylls i vid årsbokslutet.", False),
        ("", False),
        ("Teckenförklaring", True),
        ("G = Genomförd", False),
        ("D = Delvis genomförd / pågår", False),
        ("E = Ej genomförd", False),
        ("U = Utgår", False),
        ("", False),
        ("Avvikelse: J = avvikelse har konstaterats, N = ingen avvikelse.", False),
        ("Kontaktperson: Maria Ek, förvaltningscontroller", False),
    ]
    for i, (t, b) in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=t).font = Font(bold=b)
    ins.column_dimensions["A"].width = 100
    codefill = {"G": "C6EFCE", "D": "FFEB9C", "E": "FFC7CE", "U": "D9D9D9"}
    hdr = ["Process", "Risk", "Kontrollmoment", "Ansvarig", "T1", "T2", "Helår", "Avvikelse (J/N)",
           "Kommentar / åtgärd"]

    def sheet(name, nämnd, groups):
        ws = wb.create_sheet(name)
        ws["A1"] = "Internkontrollplan 2025 – uppföljning helår"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Utbildnings- och kulturförvaltningen"
        for i, h in enumerate(hdr, 1):
            c = ws.cell(row=4, column=i, value=h)
            c.font = BOLD
            c.fill = HEADFILL
            c.border = BORDER
            c.alignment = WRAP
        r = 5
        for gname, rows in groups:
            ws.cell(row=r, column=1, value=gname).font = BOLD
            ws.cell(row=r, column=1).fill = fill("EDEDED")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            for proc, risk, km, ans, t1, t2, ha, avv, kom, es, ea in rows:
                for i, v in enumerate([proc, risk, km, ans, t1, t2, ha, avv, kom], 1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.border = BORDER
                    c.alignment = WRAP
                    if i in (5, 6, 7) and v in codefill:
                        c.fill = fill(codefill[v])
                        c.alignment = Alignment(horizontal="center", vertical="top")
                EXPECTED.append((fn, nämnd, km, es, ea))
                r += 1
        for col, w in zip("ABCDEFGHI", [16, 26, 44, 18, 6, 6, 7, 10, 50]):
            ws.column_dimensions[col].width = w
        ws.freeze_panes = "A5"
        return ws

    sheet("BUN", BUN, [
        ("Process: Ekonomi", [
            ("Ekonomi", "Felaktiga utbetalningar av interkommunal ersättning",
             "Kontroll av att interkommunal ersättning faktureras och betalas enligt beslutad prislista",
             "Controller", "G", "G", "G", "N", "Samtliga 112 fakturor kontrollerade.", "GENOMFORD", "nej"),
            ("Ekonomi", "Felaktig barnomsorgsavgift",
             "Inkomstuppgifter för barnomsorgsavgift kontrolleras mot uppgifter från Skatteverket",
             "Avgiftshandläggare", None, "D", "G", "J",
             "Kontroll av 200 hushåll. 14 hushåll hade för låg avgift, retroaktiv debitering är gjord.",
             "GENOMFORD", "ja"),
        ]),
        ("Process: Elevhälsa och trygghet", [
            ("Trygghet", "Anmälningar om kränkande behandling hanteras inte skyndsamt",
             "Anmälningar om kränkande behandling rapporteras till huvudmannen utan dröjsmål",
             "Rektor", "G", "D", "D", "J",
             "Vid 3 av 12 skolor har anmälan dröjt mer än fem dagar. Utbildning för rektorer i februari 2026.",
             "DELVIS", "ja"),
            ("Elevhälsa", "Obehörig åtkomst till elevhälsojournaler",
             "Loggkontroll i elevhälsans journalsystem (PMO)", "Verksamhetschef elevhälsa",
             "E", "D", None, None, None, "DELVIS", ""),
        ]),
        ("Process: Skolskjuts, personal och lokaler", [
            ("Skolskjuts", "Beslut om skolskjuts fattas inte enligt riktlinjerna",
             "Stickprov 20 beslut om skolskjuts", "Skolskjutshandläggare", None, None, "E", None,
             "Ej genomförd, flyttas till 2026 på grund av byte av handläggare.", "EJ_GENOMFORD", ""),
            ("Personal", "Anställning av olämplig person",
             "Kontroll av att utdrag ur belastningsregistret har visats vid nyanställning",
             "HR-specialist", "G", "G", "G", "N", None, "GENOMFORD", "nej"),
            ("Lokaler", "Brister i brandskyddet",
             "Brandskyddsronder genomförs och dokumenteras på samtliga enheter", "Rektor/förskolechef",
             "D", "D", "U", None,
             "Utgår – ansvaret övertogs av tekniska förvaltningen från 1 september enligt KS beslut 2025-06-11 § 98.",
             "UTGAR", ""),
        ]),
    ])
    sheet("KFN", KFN, [
        ("Process: Bidrag och ekonomi", [
            ("Föreningsbidrag", "Bidrag betalas ut på felaktiga underlag",
             "Stickprov 15 föreningar: kontroll av medlemsförteckning och närvarokort", "Föreningskonsulent",
             None, "G", "G", "J",
             "2 föreningar hade redovisat deltagartillfällen felaktigt; återkrav beslutat.", "GENOMFORD", "ja"),
            ("Kassahantering", "Förlust eller stöld av kontanter",
             "Oanmäld kassainventering vid simhallen och huvudbiblioteket", "Enhetschef",
             "G", "G", "G", "N", "Tre inventeringar, inga differenser.", "GENOMFORD", "nej"),
            ("Inköp", "Inköp utanför avtal",
             "Kontroll av att inköp av evenemangstjänster sker från avtalade leverantörer", "Controller",
             None, None, None, None, None, "SAKNAS", ""),
        ]),
        ("Process: Bibliotek och lokaler", [
            ("Bibliotek", "Personuppgifter sparas längre än tillåtet",
             "Gallring av låntagarregistret enligt informationshanteringsplanen", "Bibliotekschef",
             "E", "D", "G", "N", "Gallring genomförd i november.", "GENOMFORD", "nej"),
            ("Lokalbokning", "Felaktiga taxor vid uthyrning",
             "Taxor vid uthyrning av idrottshallar och samlingslokaler tillämpas korrekt", "Bokningsansvarig",
             None, None, None, None, "Se bilaga 2.", "OKLAR", ""),
        ]),
    ])
    summ = wb.create_sheet("Summering")
    summ["A1"] = "Summering helår 2025"
    summ["A1"].font = BOLD
    for i, h in enumerate(["Flik", "G", "D", "E", "U", "Ej ifyllt", "Totalt"], 1):
        summ.cell(row=3, column=i, value=h).font = BOLD
    for r, vals in enumerate([["BUN", 3, 1, 1, 1, 1, 7], ["KFN", 3, 0, 0, 0, 2, 5],
                              ["Totalt", 6, 1, 1, 1, 3, 12]], 4):
        for i, v in enumerate(vals, 1):
            summ.cell(row=r, column=i, value=v)
    fixed_props(wb, "IK 2025 helår BUN KFN")
    wb.active = 1
    wb.save(os.path.join(HERE, fn))
    FILES.append((fn, "INLAST", BUN, "2025", "HELAR"))
    FILES.append((fn, "INLAST", KFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F4  Socialförvaltningen, T2, .ods: SN section then ÖFN section starting with a title row
# ---------------------------------------------------------------------------
def f4():
    fn = "Socialförvaltningen IKP uppföljning T2 2025.ods"
    tmpname = "Socialförvaltningen IKP uppföljning T2 2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Tertial 2"
    ws["A1"] = "Socialförvaltningen"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Socialnämndens internkontrollplan 2025 – uppföljning tertial 2 (maj–augusti)"
    ws["A2"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:G2")
    hdr = ["Område", "Kontrollmoment", "Metod", "Resultat", "Status", "Avvikelse", "Åtgärd / kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = BOLD
        c.fill = HEADFILL
        c.border = BORDER
    sfill = {"Klar": "C6EFCE", "Pågår": "FFEB9C", "Ej påbörjad": "FFC7CE", "Utgår": "D9D9D9"}

    def put(r, nämnd, row):
        omr, km, met, res, status, avv, atg, es, ea = row
        for i, v in enumerate([omr, km, met, res, status, avv, atg], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
        if status in sfill:
            ws.cell(row=r, column=5).fill = fill(sfill[status])
        EXPECTED.append((fn, nämnd, km, es, ea))

    sn_rows = [
        ("Myndighetsutövning IFO",
         "Utredningar inom barn och unga avslutas inom fyra månader (SoL 11 kap. 2 §)",
         "Uttag ur Treserva", "92 % avslutade inom tid. 6 utredningar förlängda med beslut.",
         "Klar", "Nej", "–", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Kontroll av dubbla utbetalningar av ekonomiskt bistånd",
         "Stickprov 40 akter", "Två dubbelutbetalningar upptäcktes.", "Klar", "Ja",
         "Återkrav upprättat. Rutin för manuell utbetalning ses över.", "GENOMFORD", "ja"),
        ("Arbetsmiljö",
         "Handlingsplan för hot och våld tas upp på APT i samtliga verksamheter",
         "Enkät till enhetschefer", "IFO klart, SVO ej klart.", "Pågår", None,
         "SVO slutför under september.", "DELVIS", ""),
        ("Informationssäkerhet", "Loggkontroll i verksamhetssystemet Treserva",
         "Månadsvis kontroll av 10 slumpvis valda användare", None, "Ej påbörjad", None,
         "Loggverktyget har inte levererats.", "EJ_GENOMFORD", ""),
        ("LSS", "Beslut enligt LSS verkställs inom tre månader",
         "Rapport ej verkställda beslut", "Tre ej verkställda beslut har rapporterats till IVO.",
         "Klar", "Ja", "Bemanning i boendeplanering förstärkt.", "GENOMFORD", "ja"),
        ("Kvalitet",
         "Rapporter enligt lex Sarah utreds och anmäls till IVO inom föreskriven tid",
         "Genomgång av samtliga rapporter", None, None, None, None, "SAKNAS", ""),
        ("Inköp", "Avtalstrohet vid köp av placeringar på HVB",
         "Jämförelse mot ramavtal", None, "Utgår", None,
         "Utgår enligt SN beslut 2025-04-23 § 61, ersätts av kommunövergripande granskning.", "UTGAR", ""),
    ]
    r = 5
    for row in sn_rows:
        put(r, SN, row)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Överförmyndarnämnden – internkontrollplan 2025, uppföljning tertial 2")
    ws.cell(row=r, column=1).font = Font(bold=True, size=12)
    ws.cell(row=r, column=1).fill = fill("DDEBF7")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    r += 1
    ofn_rows = [
        ("Granskning", "Årsräkningar granskas inom sex månader från inlämning", "Uttag ur Wärna",
         "87 % av 2024 års årsräkningar granskade per 31 augusti.", "Pågår", "Nej", "–", "DELVIS", "nej"),
        ("Arvoden", "Arvoden till ställföreträdare beräknas och betalas ut enligt nämndens riktlinjer",
         "Stickprov 15 arvodesbeslut", "1 arvode beräknat med fel schablon.", "Klar", "Ja", "Rättat.",
         "GENOMFORD", "ja"),
        ("Rekrytering",
         "Utdrag ur belastningsregistret och kreditupplysning inhämtas innan ställföreträdare förordnas",
         "Samtliga nya ställföreträdare (9 st)", "Inga avvikelser.", "Klar", "Nej", "–", "GENOMFORD", "nej"),
        ("Förvaltning", "Överförmyndarspärr på bankkonton kontrolleras vid nya förordnanden",
         "Stickprov 10 ärenden", None, "Ej påbörjad", None, "Genomförs under tertial 3.",
         "EJ_GENOMFORD", ""),
    ]
    for row in ofn_rows:
        put(r, OFN, row)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status: Klar / Pågår / Ej påbörjad / Utgår")
    r += 1
    ws.cell(row=r, column=1, value="Rapporterat av: Lena Sjöberg, kvalitetsutvecklare, 2025-09-10")
    for col, w in zip("ABCDEFG", [20, 46, 26, 40, 12, 10, 40]):
        ws.column_dimensions[col].width = w
    fixed_props(wb, "IKP uppföljning T2 2025")
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, tmpname)
    wb.save(src)
    soffice_convert(src, "ods", BUILD)
    shutil.copy(os.path.join(BUILD, fn), os.path.join(HERE, fn))
    FILES.append((fn, "INLAST", SN, "2025", "T2"))
    FILES.append((fn, "INLAST", OFN, "2025", "T2"))


# ---------------------------------------------------------------------------
# F5  Tekniska nämnden alone, delår, simple Word table (contrast)
# ---------------------------------------------------------------------------
def f5():
    fn = "TN internkontroll delår 2025.docx"
    doc = Document()
    doc.add_heading("Tekniska nämnden", level=1)
    doc.add_paragraph("Uppföljning av internkontrollplan – delårsrapport 2025 (januari–augusti)")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Status", "Kommentar"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    rows = [
        ("Attest av leverantörsfakturor enligt attestordningen", "Genomförd",
         "Stickprov 30 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av att entreprenader över 1 mnkr är slutbesiktigade innan slutbetalning",
         "Genomförd med avvikelse", "1 av 6 slutbetalningar gjordes före godkänd slutbesiktning.",
         "GENOMFORD", "ja"),
        ("Egenkontroll av lekplatser enligt SS-EN 1176", "Delvis genomförd",
         "Kontroll gjord på 34 av 52 lekplatser.", "DELVIS", ""),
        ("Drivmedelskort används endast för tankning av kommunens fordon", "Ej genomförd",
         "Flyttas till hösten.", "EJ_GENOMFORD", ""),
        ("VA-debitering stäms av mot mätarbyten i kundsystemet", "Genomförd", "", "GENOMFORD", ""),
        ("Entreprenörens utryckningstider vid vinterväghållning kontrolleras mot avtal", "Utgår",
         "Utgår för 2025, nytt avtal tecknas i november.", "UTGAR", ""),
    ]
    for i, (km, st, kom, es, ea) in enumerate(rows, 1):
        c = t.add_row().cells
        c[0].text = str(i)
        c[1].text = km
        c[2].text = st
        c[3].text = kom
        EXPECTED.append((fn, TN, km, es, ea))
    doc.add_paragraph()
    doc.add_paragraph("Ljungsåsa 2025-09-08\nPer Alm, teknisk chef")
    fixed_doc_props(doc, "TN internkontroll delår 2025")
    doc.save(os.path.join(HERE, fn))
    FILES.append((fn, "INLAST", TN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F6  Kommunstyrelsen alone, Hypergene CSV export in long format (one row per control and period)
# ---------------------------------------------------------------------------
def f6():
    fn = "Hypergene_export_KS_IK_2025.csv"
    hdr = ["Enhet", "Plan", "Kontrollmoment", "Period", "Status", "Kommentar", "Avvikelse", "Senast ändrad"]
    plan = "Internkontrollplan 2025"
    enh = "KS - Kommunledningsförvaltningen"
    k1 = "Kontroll av att beslut i kommunstyrelsen verkställs och återrapporteras"
    k2 = "Förtroendekänsliga poster – representation, resor och konferenser"
    k3 = "Leverantörsregistret – ändrade bankuppgifter verifieras före utbetalning"
    k4 = "Nyupplagda anställningar i lönesystemet stäms av mot anställningsbeslut"
    k5 = "Behörigheter i ekonomisystemet avslutas när anställning upphör"
    k6 = "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjerna"
    data = [
        (k1, "T1 2025", "Pågående", "Genomgång av beslut jan–april pågår.", "", "2025-05-06"),
        (k1, "T2 2025", "Pågående", "", "", "2025-09-04"),
        (k1, "Helår 2025", "Genomförd", "Samtliga 64 beslut verkställda eller under verkställighet.", "Nej",
         "2026-01-20"),
        (k2, "T1 2025", "Ej påbörjad", "", "", "2025-05-06"),
        (k2, "T2 2025", "Genomförd", "Två fakturor för representation saknade deltagarförteckning och syfte.",
         "Ja", "2025-09-04"),
        (k3, "T1 2025", "Genomförd", "Inga avvikelser.", "Nej", "2025-05-06"),
        (k3, "T2 2025", "Genomförd", "Inga avvikelser.", "Nej", "2025-09-04"),
        (k3, "Helår 2025", "Genomförd", "Samtliga 37 ändringar verifierade via återuppringning.", "Nej",
         "2026-01-20"),
        (k4, "Helår 2025", "Delvis genomförd",
         "Kontrollen avser endast oktober–december på grund av nytt lönesystem.", "", "2026-01-20"),
        (k5, "T1 2025", "Ej påbörjad", "", "", "2025-05-06"),
        (k5, "T2 2025", "Ej påbörjad", "", "", "2025-09-04"),
        (k5, "Helår 2025", "Ej genomförd", "Ej genomförd p.g.a. systembyte, flyttas till plan 2026.", "",
         "2026-01-20"),
        (k6, "T1 2025", "Pågående", "", "", "2025-05-06"),
        (k6, "Helår 2025", "Avbruten",
         "Avbruten genom beslut KS 2025-09-03 § 142, ersätts av revisionens granskning.", "", "2026-01-20"),
    ]
    with open(os.path.join(HERE, fn), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr)
        for km, per, st, kom, avv, dat in data:
            w.writerow([enh, plan, km, per, st, kom, avv, dat])
    for km, es, ea in [(k1, "GENOMFORD", "nej"), (k2, "GENOMFORD", "ja"), (k3, "GENOMFORD", "nej"),
                       (k4, "DELVIS", ""), (k5, "EJ_GENOMFORD", ""), (k6, "UTGAR", "")]:
        EXPECTED.append((fn, KS, km, es, ea))
    FILES.append((fn, "INLAST", KS, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F7  reject: covering letter (missiv) from Samhällsbyggnadsförvaltningen
# ---------------------------------------------------------------------------
def f7():
    fn = "Missiv BN MN uppföljning intern kontroll delår 2025.docx"
    doc = Document()
    doc.add_paragraph("Ljungsåsa kommun\nSamhällsbyggnadsförvaltningen\n2025-09-15")
    doc.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    doc.add_heading("Överlämnande av uppföljning av intern kontroll, delår 2025", level=1)
    doc.add_paragraph("Härmed överlämnas samhällsbyggnadsförvaltningens uppföljning av internkontrollplanerna "
                      "2025 för Byggnadsnämnden (BN) och Miljönämnden (MN), avseende perioden januari–augusti.")
    doc.add_paragraph("Uppföljningen redovisas i bifogad delårsrapport. Av nämndernas sammanlagt elva "
                      "kontrollmoment är sju genomförda, två pågår, ett är ej genomfört och ett utgår. "
                      "Två av kontrollmomenten, bland dem attest av leverantörsfakturor, är gemensamma för nämnderna.")
    doc.add_paragraph("Ärendet behandlas i Byggnadsnämnden 2025-09-24 och i Miljönämnden 2025-09-25.")
    doc.add_paragraph("Bilaga: Delårsrapport intern kontroll 2025 – Samhällsbyggnadsförvaltningen")
    doc.add_paragraph("Med vänlig hälsning\nAnders Lindqvist\nFörvaltningschef")
    fixed_doc_props(doc, "Missiv")
    doc.save(os.path.join(HERE, fn))
    FILES.append((fn, "AVVISAD", "", "", ""))


def register():
    rows = [
        (KS, "KS|Kommunledningsförvaltningen|KLF"),
        (BN, "BN|Bygglovsavdelningen|Byggnadsnämnd"),
        (MN, "MN|Miljöavdelningen|Miljö- och hälsoskyddsavdelningen"),
        (SN, "SN|SocN|Socialförvaltningen"),
        (OFN, "ÖFN|ÖN|Överförmyndarenheten|Överförmyndarkansliet"),
        (BUN, "BUN|Barn- och utbildningsnämnd"),
        (KFN, "KFN|Kultur- och fritidsnämnd"),
        (TN, "TN|Tekniska förvaltningen"),
        ("Valnämnden", "VN"),
        ("Ljungsåsa Bostäder AB", "LBAB|Ljungsåsabostäder"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in rows:
            f.write(f"{n};{a}\n")


def main():
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    f1(); f2(); f3(); f4(); f5(); f6(); f7()
    for fn in sorted(os.listdir(HERE)):
        if fn.endswith((".xlsx", ".docx", ".ods")):
            normalize_zip(os.path.join(HERE, fn))
    register()
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXPECTED:
            assert ";" not in "".join(r), r
            f.write(";".join(r) + "\n")
    shutil.rmtree(BUILD)


if __name__ == "__main__":
    main()
