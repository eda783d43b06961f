#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 273 - theme: formats off the beaten path. Kommun: Vrångsjö kommun.

Builds every follow-up file + namnder.csv, files.csv, expected.csv in this folder.
Run: /usr/bin/python3 make_round.py
"""
import os, shutil, subprocess, tempfile, zipfile, re, html

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "-env:UserInstallation=file:///tmp/lo-round273"
TMP = tempfile.mkdtemp(prefix="r273_")

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice(src, fmt, outdir):
    cmd = ["soffice", "--headless", LO_PROFILE, "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def convert(src, fmt, ext, final_name):
    """Convert src with LibreOffice, move result to OUT/final_name."""
    soffice(src, fmt, TMP)
    base = os.path.splitext(os.path.basename(src))[0]
    produced = os.path.join(TMP, base + "." + ext)
    if not os.path.exists(produced):
        raise SystemExit("conversion failed: %s -> %s" % (src, fmt))
    shutil.move(produced, os.path.join(OUT, final_name))


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - macro workbook .xlsm, delår 2025, T1 + Delår columns
# ---------------------------------------------------------------------------
def file_ks_xlsm():
    fil = "KS_internkontroll_2025_delar.xlsm"
    N = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Vrångsjö kommun"
    ws["A1"].font = Font(bold=True, size=9, color="666666")
    ws["A2"] = "Internkontrollplan 2025 – uppföljning"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd:"
    ws["B3"] = "Kommunstyrelsen (Kommunledningsförvaltningen)"
    ws["A4"] = "Rapporttillfälle:"
    ws["B4"] = "Delårsbokslut per 31 augusti 2025"
    ws["E3"] = "Fyll i status med rullistan. Klicka på knappen \"Sammanställ\" (makro) när alla rader är ifyllda."
    ws["E3"].font = Font(italic=True, size=9, color="C00000")
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens",
           "Status T1", "Status delår", "Kommentar / åtgärd"]
    r0 = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r0, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = WRAP
        c.border = BORDER
    rows = [
        ("PROCESS: EKONOMI", None),
        (("1.1", "Inköp", "Köp utanför avtal",
          "Avtalstrohet vid inköp – stickprov 20 fakturor mot avtalsdatabasen",
          "Upphandlingschef", "Tertial", "Genomförd", "Genomförd",
          "T1: 18 av 20 mot avtal. Delår: 19 av 20 mot avtal, 1 direktupphandling utan dokumentation – avvikelse rapporterad till ekonomichef."),
         "GENOMFORD", "ja"),
        (("1.2", "Attest", "Felaktiga utbetalningar",
          "Attest av leverantörsfakturor enligt attestordningen",
          "Redovisningschef", "Tertial", "Genomförd", "Genomförd",
          "Inga avvikelser."), "GENOMFORD", "nej"),
        (("1.3", "Representation", "Representation i strid med riktlinjer",
          "Kontroll av representationsfakturor – syfte och deltagare angivna",
          "Controller", "Halvår", "", "Pågår",
          "Stickprov uttaget, granskning klar i september."), "DELVIS", ""),
        (("1.4", "Moms", "Felaktigt momsavdrag",
          "Avstämning av ingående moms och momskompensation",
          "Redovisningsekonom", "Månad", "Genomförd", "",
          "Avstämning görs månadsvis."), "GENOMFORD", ""),
        ("PROCESS: PERSONAL", None),
        (("2.1", "Lön", "Felaktiga löneutbetalningar",
          "Kontroll av att chefer attesterar avvikelserapporter i lönesystemet före lönekörning",
          "HR-chef", "Tertial", "Pågår", "Genomförd med avvikelse",
          "3 av 25 chefer attesterade efter stopptid. Påminnelse skickad, uppföljning i höst."),
         "GENOMFORD", "ja"),
        (("2.2", "Bisysslor", "Jäv och otillåtna bisysslor",
          "Bisysslor – redovisning och prövning enligt riktlinje för samtliga chefer",
          "HR-chef", "År", "Ej påbörjad", "Ej påbörjad",
          "Planeras till oktober i samband med medarbetarsamtal."), "EJ_GENOMFORD", ""),
        (("2.3", "Arbetsmiljö", "Bristande SAM",
          "Uppföljning av att skyddsronder genomförts enligt årshjul",
          "Personalstrateg", "År", "", "Utgår",
          "Utgår enligt KS beslut 2025-04-09 § 61, ersätts av central arbetsmiljöenkät."),
         "UTGAR", ""),
        ("PROCESS: ÄRENDEHANTERING OCH IT", None),
        (("3.1", "Delegation", "Beslut fattas utan delegation",
          "Anmälan av delegationsbeslut till kommunstyrelsen",
          "Kanslichef", "Tertial", "Genomförd", "Genomförd",
          "Samtliga delegationsbeslut anmälda."), "GENOMFORD", "nej"),
        (("3.2", "Diarieföring", "Handlingar diarieförs inte",
          "Registrering av inkomna handlingar inom 2 arbetsdagar",
          "Registrator", "Tertial", "Genomförd", "",
          ""), "GENOMFORD", ""),
        (("3.3", "IT-behörigheter", "Obehörig åtkomst",
          "Behörighetsgenomgång i ekonomisystemet – avslutade anställda",
          "IT-chef", "Halvår", "", "",
          ""), "SAKNAS", ""),
        (("3.4", "Informationssäkerhet", "Personuppgiftsincidenter hanteras inte",
          "Personuppgiftsincidenter rapporteras till dataskyddsombud inom 72 timmar",
          "Dataskyddssamordnare", "Tertial", "Genomförd", "Se bilaga",
          "Se bilaga 3, rapport från dataskyddsombudet."), "OKLAR", ""),
    ]
    r = r0 + 1
    for row in rows:
        if row[1] is None:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
            c = ws.cell(r, 1, row[0])
            c.font = BOLD
            c.fill = PatternFill("solid", fgColor="DDEBF7")
            r += 1
            continue
        vals, st, av = row
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.alignment = WRAP
            c.border = BORDER
        exp(fil, N, vals[3], st, av)
        r += 1
    r += 1
    ws.cell(r, 1, "Godkänd av: Kommundirektör Helena Björkqvist, 2025-09-15").font = Font(italic=True)
    from openpyxl.worksheet.datavalidation import DataValidation
    dv = DataValidation(type="list", formula1='"Genomförd,Genomförd med avvikelse,Pågår,Ej påbörjad,Utgår"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("G7:H%d" % (r - 2))
    for col, w in zip("ABCDEFGHI", [6, 16, 24, 48, 18, 10, 14, 18, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    # second sheet: lists for the macro
    ls = wb.create_sheet("Listor")
    for i, v in enumerate(["Genomförd", "Genomförd med avvikelse", "Pågår", "Ej påbörjad", "Utgår"], 1):
        ls.cell(i, 1, v)
    ls.sheet_state = "hidden"
    src = os.path.join(TMP, "ks_src.xlsx")
    wb.save(src)
    # LibreOffice writes a real macro-enabled workbook (content type macroEnabled)
    try:
        convert(src, 'xlsm:Calc MS Excel 2007 VBA XML', "xlsm", fil)
    except Exception:
        # fallback: patch the content type
        dst = os.path.join(OUT, fil)
        with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
            for it in zin.infolist():
                data = zin.read(it.filename)
                if it.filename == "[Content_Types].xml":
                    data = data.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                        b"application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                zout.writestr(it, data)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))

    # rejected: Excel owner/lock file of the same workbook
    lock = "~$" + fil
    user = "hebj0412"
    data = bytes([len(user)]) + user.encode("ascii").ljust(53, b" ") + \
        bytes([len(user), 0]) + user.encode("utf-16-le") + b"\x20\x00" * (54 - len(user))
    data = data[:162].ljust(162, b" ")
    with open(os.path.join(OUT, lock), "wb") as f:
        f.write(data)
    FILES.append((lock, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - Word template .dotx, filled in, T2 2025
# ---------------------------------------------------------------------------
def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def file_bun_dotx():
    fil = "Mall_uppfoljning_intern_kontroll_BUN_T2.dotx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "MALL – Uppföljning av internkontrollplan   |   Vrångsjö kommun   |   Version 2024-11"
    p = d.add_paragraph()
    r = p.add_run("Uppföljning av internkontrollplan")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("[Instruktion: Fyll i uppgifterna nedan. Ta bort instruktionstexter i hakparentes innan dokumentet skickas till ekonomiavdelningen.]").runs[0].italic = True
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    info = [("Nämnd", "Barn- och utbildningsnämnden"),
            ("Förvaltning", "Barn- och utbildningsförvaltningen"),
            ("Uppföljningsperiod", "Tertial 2 (jan–aug) 2025"),
            ("Upprättad av / datum", "Kvalitetsstrateg Jonas Ekwall, 2025-09-08")]
    for i, (a, b) in enumerate(info):
        t.cell(i, 0).text = a
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
        t.cell(i, 1).text = b
    d.add_paragraph()
    d.add_paragraph("Resultat av kontrollerna").runs[0].bold = True
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Resultat T2", "Bedömning*"]
    rows = [
        ("1", "Kontroll av att registerkontroll (belastningsregister) har gjorts vid nyanställning inom förskola och skola",
         "Stickprov 15 anställningar", "15 av 15 hade uppvisat utdrag före anställning.", "G", "GENOMFORD", "nej"),
        ("2", "Handläggning av ansökan om skolskjuts inom fastställd tid",
         "Stickprov 20 ärenden", "17 av 20 handlagda inom 4 veckor, 3 ärenden försenade under semesterperioden.", "GA", "GENOMFORD", "ja"),
        ("3", "Anmälan till huvudman om kränkande behandling",
         "Genomgång i DF Respons", "Genomgång av vårterminen klar, hösten återstår.", "P", "DELVIS", ""),
        ("4", "Frånvarouppföljning – elever med hög frånvaro har åtgärdsplan",
         "Stickprov per skola", "Ej genomförd på grund av byte av elevregistreringssystem. Flyttas till T3.", "EG", "EJ_GENOMFORD", ""),
        ("5", "Barnomsorgsavgifter – inkomstuppgifter kontrolleras mot Skatteverket",
         "Maskinell avstämning", "Kontroll genomförd, 4 hushåll debiterats för låg avgift. Efterdebitering skickad.", "GA", "GENOMFORD", "ja"),
        ("6", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Inga avvikelser.", "G", "GENOMFORD", "nej"),
        ("7", "Uppföljning av statsbidrag – ansökan och återrapportering i tid",
         "Genomgång av Skolverkets kalender", "", "U", "UTGAR", ""),
        ("8", "Kontroll av att klagomål dokumenteras och besvaras inom 14 dagar",
         "Genomgång av klagomålsloggen", "", "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        set_cell_bg(c, "D9E2F3")
    colors = {"G": "92D050", "GA": "FFFF00", "P": "FFC000", "EG": "FF0000", "U": "BFBFBF"}
    for nr, km, met, res, code, stt, av in rows:
        cells = t.add_row().cells
        cells[0].text = nr
        cells[1].text = km
        cells[2].text = met
        cells[3].text = res
        cells[4].text = code
        if code in colors:
            set_cell_bg(cells[4], colors[code])
        exp(fil, N, km, stt, av)
    d.add_paragraph()
    d.add_paragraph("*Bedömning: G = Genomförd utan anmärkning, GA = Genomförd med avvikelse, "
                    "P = Pågående, EG = Ej genomförd, U = Utgår (beslut i nämnden). "
                    "Lämna tomt om kontrollen inte ska rapporteras denna period.").runs[0].font.size = Pt(8)
    d.add_paragraph("Kommentar till kontroll 7: kontrollen utgår enligt BUN beslut 2025-05-20 § 44 då ansvaret flyttats till kommunstyrelsen.")
    d.add_paragraph()
    d.add_paragraph("Jonas Ekwall\nKvalitetsstrateg")
    src = os.path.join(TMP, "bun_src.docx")
    d.save(src)
    dst = os.path.join(OUT, fil)
    # A .dotx is a docx package with the template content type
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            data = zin.read(it.filename)
            if it.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")
            zout.writestr(it, data)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Miljö- och byggnadsnämnden - Word document saved as .rtf, delår 2025
#    nämnd only in the page header; free-text results
# ---------------------------------------------------------------------------
def file_mbn_rtf():
    fil = "Delarsuppfoljning_IKP_2025.rtf"
    N = "Miljö- och byggnadsnämnden"
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Miljö- och byggnadsnämnden\tTjänsteskrivelse\tDnr MBN 2025/118"
    sec.footer.paragraphs[0].text = "Vrångsjö kommun, Samhällsbyggnadsförvaltningen, 780 90 Vrångsjö"
    d.add_heading("Uppföljning av intern kontroll – delårsrapport 2025", level=1)
    d.add_paragraph("Sammanfattning").runs[0].bold = True
    d.add_paragraph("Nämnden antog internkontrollplanen för 2025 den 12 december 2024. Planen omfattar nio "
                    "kontrollmoment. Uppföljningen avser perioden januari–augusti 2025. Sammantaget bedöms den "
                    "interna kontrollen vara tillräcklig, men handläggningstiderna för bygglov behöver följas upp.")
    d.add_paragraph("Förslag till beslut: Miljö- och byggnadsnämnden godkänner delårsuppföljningen av internkontrollplanen 2025.")
    d.add_paragraph("Redovisning per kontrollmoment").runs[0].bold = True
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Omfattning", "Ansvarig", "Utfall delår 2025"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    data = [
        ("Bygglov", None),
        ("Beslut om bygglov fattas inom lagstadgad handläggningstid (10 veckor)", "Stickprov 30 ärenden",
         "Bygglovschef",
         "Kontrollen genomförd. 26 av 30 ärenden beslutades inom tid, 4 ärenden överskred tiden. Avgiften har reducerats enligt PBL i dessa fall.",
         "GENOMFORD", "ja"),
        ("Avgifter för bygglov debiteras enligt gällande taxa", "Stickprov 15 ärenden", "Administratör",
         "Samtliga 15 ärenden korrekt debiterade.", "GENOMFORD", "nej"),
        ("Slutbesked utfärdas först efter att sakkunnig kontrollansvarig lämnat utlåtande", "Stickprov 10 ärenden",
         "Bygglovschef", "Granskning påbörjad, 6 av 10 ärenden kontrollerade hittills utan anmärkning.", "DELVIS", "nej"),
        ("Miljö och hälsoskydd", None),
        ("Livsmedelskontroll utförs enligt fastställd kontrollplan", "Jämförelse plan/utfall", "Miljöchef",
         "Kontrollen har inte genomförts under perioden på grund av vakanser. Genomförs under hösten.",
         "EJ_GENOMFORD", ""),
        ("Timavgift för tillsyn debiteras efter utförd kontroll", "Stickprov 20 tillsynsbesök", "Miljöinspektör",
         "Se bilaga 2.", "OKLAR", ""),
        ("Klagomål på störningar diarieförs och återkopplas inom 14 dagar", "Stickprov 10 ärenden",
         "Miljöinspektör", "Genomförd utan avvikelse.", "GENOMFORD", "nej"),
        ("Gemensamt", None),
        ("Delegationsbeslut anmäls till nämnden", "Samtliga beslut", "Nämndsekreterare",
         "Genomförd. Samtliga delegationsbeslut anmälda vid nämndens sammanträden.", "GENOMFORD", "nej"),
        ("Jäv – handläggare med bisyssla inom byggbranschen", "Enkät till handläggare", "Förvaltningschef",
         "Utgår – ingår i kommunstyrelsens kontroll av bisysslor 2025.", "UTGAR", ""),
        ("Arkivering av avslutade ärenden i e-arkivet", "Genomgång", "Registrator",
         "", "SAKNAS", ""),
    ]
    for row in data:
        if row[1] is None:
            cells = t.add_row().cells
            m = cells[0].merge(cells[3])
            m.text = row[0]
            m.paragraphs[0].runs[0].bold = True
            m.paragraphs[0].runs[0].italic = True
            set_cell_bg(m, "E7E6E6")
            continue
        km, omf, ans, utf, stt, av = row
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = km, omf, ans, utf
        exp(fil, N, km, stt, av)
    d.add_paragraph()
    d.add_paragraph("Bilaga 2 (redovisning av timavgifter) lämnas separat.")
    d.add_paragraph("Anna-Karin Dahlström\nFörvaltningschef")
    src = os.path.join(TMP, "Delarsuppfoljning_IKP_2025.docx")
    d.save(src)
    convert(src, "rtf", "rtf", fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden - web page saved from Excel (.htm, windows-1252), T2 2025
#    symbols with legend below the table
# ---------------------------------------------------------------------------
def file_tn_htm():
    fil = "Tekniska_IK_T2_2025.htm"
    N = "Tekniska nämnden"
    rows = [
        ("Gata/park", None),
        ("TN-01", "Gata/park", "Vinterväghållning – entreprenörens utryckningstider följs upp mot avtal",
         "Driftchef gata", "&#10004;", "Kontroll av 12 utryckningar, samtliga inom avtalad tid.", "GENOMFORD", "nej"),
        ("TN-02", "Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176",
         "Parkingenjör", "&#9681;", "14 av 22 lekplatser besiktigade.", "DELVIS", ""),
        ("Fastighet", None),
        ("TN-03", "Fastighet", "Obligatorisk ventilationskontroll (OVK) i kommunens verksamhetslokaler",
         "Fastighetschef", "&#10004;", "Genomförd. 2 skolor fick anmärkning, åtgärder beställda.", "GENOMFORD", "ja"),
        ("TN-04", "Fastighet", "Hyresavtal – indexuppräkning av externa hyresintäkter",
         "Fastighetsekonom", "&#10006;", "Ej genomförd, resursbrist. Flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("TN-05", "Fastighet", "Systematiskt brandskyddsarbete (SBA) dokumenteras i varje fastighet",
         "Säkerhetssamordnare", "&#10004; / &#10006;", "Dokumentation finns men är inte uppdaterad i flera fastigheter – oklart om godkänd.", "OKLAR", "ja"),
        ("VA och avfall", None),
        ("TN-06", "VA", "Debitering av VA-avgifter stäms av mot mätarställningar",
         "VA-ekonom", "&#10004;", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("TN-07", "Avfall", "Dispenser från sophämtning handläggs enligt renhållningsföreskrifterna",
         "Avfallshandläggare", "&mdash;", "Utgår, handläggning överförd till Miljö- och byggnadsnämnden.", "UTGAR", ""),
        ("Ekonomi", None),
        ("TN-08", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Ekonom", "&#10004;", "Stickprov 30 fakturor, 1 saknade andra attest. Rättat.", "GENOMFORD", "ja"),
        ("TN-09", "Ekonomi", "Investeringsprojekt aktiveras i anläggningsregistret vid färdigställande",
         "Controller", "", "", "SAKNAS", ""),
    ]
    colors = {"&#10004;": "#C6EFCE", "&#9681;": "#FFEB9C", "&#10006;": "#FFC7CE", "&mdash;": "#D9D9D9"}
    out = []
    out.append('<html xmlns:v="urn:schemas-microsoft-com:vml"\nxmlns:o="urn:schemas-microsoft-com:office:office"\n'
               'xmlns:x="urn:schemas-microsoft-com:office:excel"\nxmlns="http://www.w3.org/TR/REC-html40">\n\n<head>\n'
               '<meta http-equiv=Content-Type content="text/html; charset=windows-1252">\n'
               '<meta name=ProgId content=Excel.Sheet>\n<meta name=Generator content="Microsoft Excel 15">\n'
               '<link rel=File-List href="Tekniska_IK_T2_2025_files/filelist.xml">\n'
               '<style id="IK-TN_styles">\n<!--table\n\t{mso-displayed-decimal-separator:"\\,";\n\tmso-displayed-thousand-separator:" ";}\n'
               '.xl65\n\t{mso-style-parent:style0;\n\tfont-weight:700;\n\tfont-size:14.0pt;}\n'
               '.xl66\n\t{mso-style-parent:style0;\n\tfont-weight:700;\n\tbackground:#305496;\n\tcolor:white;\n\tborder:.5pt solid windowtext;\n\twhite-space:normal;}\n'
               '.xl67\n\t{mso-style-parent:style0;\n\tborder:.5pt solid windowtext;\n\tvertical-align:top;\n\twhite-space:normal;}\n'
               '.xl68\n\t{mso-style-parent:style0;\n\tfont-weight:700;\n\tbackground:#D9E1F2;\n\tborder:.5pt solid windowtext;}\n'
               '-->\n</style>\n<title>Uppf&ouml;ljning intern kontroll T2 2025</title>\n</head>\n\n<body link="#0563C1" vlink="#954F72">\n\n'
               '<div id="IK-TN" align=center x:publishsource="Excel">\n\n'
               '<table border=0 cellpadding=0 cellspacing=0 width=1180 style=\'border-collapse:collapse;table-layout:fixed;width:885pt\'>\n'
               ' <col width=70>\n <col width=110>\n <col width=380>\n <col width=150>\n <col width=80>\n <col width=390>\n')
    def td(txt, cls="xl67", extra=""):
        return " <td class=%s%s>%s</td>\n" % (cls, extra, txt)
    out.append(" <tr height=25>\n" + td("Tekniska n&auml;mnden &ndash; uppf&ouml;ljning av internkontrollplan 2025", "xl65", " colspan=6") + " </tr>\n")
    out.append(" <tr>\n" + td("Period: Tertial 2 (januari&ndash;augusti) 2025 &nbsp;&nbsp; Rapport till n&auml;mnden 2025-09-24", "xl67", " colspan=6 style='border:none'") + " </tr>\n")
    out.append(" <tr>\n" + td("&nbsp;", "xl67", " colspan=6 style='border:none'") + " </tr>\n")
    out.append(" <tr height=40>\n" + "".join(td(h, "xl66") for h in
               ["Id", "Verksamhet", "Kontrollmoment", "Ansvarig", "Status T2", "Kommentar"]) + " </tr>\n")
    for row in rows:
        if row[1] is None:
            out.append(" <tr>\n" + td(html.escape(row[0]).encode("ascii", "xmlcharrefreplace").decode(), "xl68", " colspan=6") + " </tr>\n")
            continue
        idn, verk, km, ans, sym, kom, stt, av = row
        bg = colors.get(sym, "")
        style = " align=center style='background:%s'" % bg if bg else " align=center"
        e = lambda s: html.escape(s).encode("ascii", "xmlcharrefreplace").decode()
        out.append(" <tr height=34>\n" + td(idn) + td(e(verk)) + td(e(km)) + td(e(ans)) +
                   td(sym if sym else "&nbsp;", "xl67", style) + td(e(kom) if kom else "&nbsp;") + " </tr>\n")
        exp(fil, N, km, stt, av)
    out.append(" <tr>\n" + td("&nbsp;", "xl67", " colspan=6 style='border:none'") + " </tr>\n")
    out.append(" <tr>\n" + td("Teckenf&ouml;rklaring: &#10004; = Genomf&ouml;rd &nbsp; &#9681; = Delvis genomf&ouml;rd / p&aring;g&aring;r &nbsp; "
                              "&#10006; = Ej genomf&ouml;rd &nbsp; &mdash; = Utg&aring;r", "xl67", " colspan=6 style='border:none'") + " </tr>\n")
    out.append(" <tr>\n" + td("Avvikelser som noterats redovisas i kommentarskolumnen.", "xl67", " colspan=6 style='border:none'") + " </tr>\n")
    out.append("</table>\n\n</div>\n\n</body>\n\n</html>\n")
    text = "".join(out)
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(text.replace("\n", "\r\n").encode("cp1252"))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Stratsys-like tab-separated export (.txt, UTF-16LE "Unicode text"), helår,
#    two nämnder in one export
# ---------------------------------------------------------------------------
def file_tsv_txt():
    fil = "Export_internkontroll_helar_2025.txt"
    K = "Kultur- och fritidsnämnden"
    O = "Överförmyndarnämnden"
    lines = []
    lines.append(["Rapport: Internkontroll – uppföljning", "", "", "", "", "", "", ""])
    lines.append(["Period: Helår 2025", "", "", "", "", "", "", ""])
    lines.append(["Utskriven: 2026-01-21 08:14 av ekonomiavdelningen", "", "", "", "", "", "", ""])
    lines.append([""] * 8)
    lines.append(["Organisation", "Kontrollområde", "Kontrollmoment", "Kontrollmetod", "Frekvens",
                  "Status", "Statuskommentar", "Senast uppdaterad"])
    data = [
        ("Kultur- och fritidsnämnden", "Bidrag", "Föreningsbidrag betalas ut enligt bidragsreglerna",
         "Stickprov 10 föreningar", "År", "Slutförd", "Kontrollen utförd, inga avvikelser.", "2025-11-28", K, "GENOMFORD", "nej"),
        ("Kultur- och fritidsnämnden", "Bidrag", "Redovisning av aktivitetsstöd kontrolleras mot närvarolistor",
         "Stickprov 5 föreningar", "År", "Slutförd", "Två föreningar hade redovisat fler deltagartillfällen än närvarolistorna visade.\nÅterkrav skickat.", "2025-12-10", K, "GENOMFORD", "ja"),
        ("Kultur- och fritidsnämnden", "Kassahantering", "Kassaavstämning på badhuset och biblioteket",
         "Oanmäld kontroll", "Halvår", "Pågående", "Badhuset kontrollerat, biblioteket kvar.", "2025-12-15", K, "DELVIS", ""),
        ("Kultur- och fritidsnämnden", "Lokaler", "Uthyrning av idrottshallar faktureras enligt bokningssystemet",
         "Avstämning bokning/faktura", "Tertial", "Ej startad", "", "2025-04-30", K, "EJ_GENOMFORD", ""),
        ("Kultur- och fritidsnämnden", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Tertial", "Slutförd", "", "2025-12-19", K, "GENOMFORD", ""),
        ("Kultur- och fritidsnämnden", "Inventarier", "Inventering av konstsamlingen",
         "Inventering", "Vart tredje år", "Avbruten", "Avbruten genom beslut KFN 2025-06-11 § 37, genomförs 2026.", "2025-06-12", K, "UTGAR", ""),
        ("Kultur- och fritidsnämnden", "Personal", "Registerkontroll för ledare i feriepraktik och sommarlovsaktiviteter",
         "Genomgång", "År", "", "", "", K, "SAKNAS", ""),
        ("Överförmyndarnämnden", "Tillsyn", "Årsräkningar granskas senast 30 juni",
         "Uppföljning i Wärna", "År", "Slutförd", "93 % granskade senast 30 juni, resterande i juli. Målet ej helt uppfyllt.", "2025-08-20", O, "GENOMFORD", "ja"),
        ("Överförmyndarnämnden", "Tillsyn", "Kontroll av att ställföreträdare har lämnat förteckning inom två månader",
         "Stickprov 15 ärenden", "Halvår", "Slutförd", "Inga avvikelser.", "2025-12-01", O, "GENOMFORD", "nej"),
        ("Överförmyndarnämnden", "Arvoden", "Arvoden till ställföreträdare beslutas enligt riktlinjer",
         "Stickprov 20 beslut", "År", "Pågående", "Granskning av 12 beslut klar.", "2025-12-18", O, "DELVIS", ""),
        ("Överförmyndarnämnden", "Rekrytering", "Lämplighetsprövning av nya ställföreträdare (kreditupplysning och belastningsregister)",
         "Genomgång samtliga nya", "År", "Slutförd", "Se bilaga", "2025-12-05", O, "GENOMFORD", ""),
    ]
    for org, omr, km, met, frek, status, kom, dat, n, stt, av in data:
        lines.append([org, omr, km, met, frek, status, kom, dat])
        exp(fil, n, km, stt, av)

    def q(v):
        if any(ch in v for ch in '\t\n"'):
            return '"' + v.replace('"', '""') + '"'
        return v
    text = "\r\n".join("\t".join(q(v) for v in ln) for ln in lines) + "\r\n"
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))
    FILES.append((fil, "INLAST", K, "2025", "HELAR"))
    FILES.append((fil, "INLAST", O, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Vård- och omsorgsnämnden - Flat OpenDocument spreadsheet (.fods), helår
#    T1 / T2 / T3 columns with traffic-light fills, legend at top
# ---------------------------------------------------------------------------
def file_von_fods():
    fil = "VON_uppfoljning_internkontroll_2025.fods"
    N = "Vård- och omsorgsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning internkontrollplan 2025 – helår (tertial 3)"
    ws["A2"].font = Font(bold=True)
    G = PatternFill("solid", fgColor="00B050")
    Y = PatternFill("solid", fgColor="FFFF00")
    R = PatternFill("solid", fgColor="FF0000")
    GR = PatternFill("solid", fgColor="A6A6A6")
    ws["F1"] = "Färgförklaring:"
    ws["F1"].font = BOLD
    for i, (f, t) in enumerate([(G, "Grön – genomförd utan avvikelse"), (Y, "Gul – genomförd med avvikelse eller delvis genomförd"),
                                (R, "Röd – ej genomförd"), (GR, "Grå – utgår")], 2):
        ws.cell(i - 1, 7).fill = f
        ws.cell(i - 1, 8, t)
    hdr = ["Område", "Kontrollmoment\n(vad kontrolleras)", "Metod", "Ansvarig", "T1", "T2", "T3", "Kommentar helår"]
    r0 = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(r0, i, h)
        c.font = BOLD
        c.alignment = WRAP
        c.border = BORDER
        c.fill = PatternFill("solid", fgColor="E2EFDA")
    rows = [
        ("Hemtjänst", "Beviljad tid i hemtjänst stämmer med utförd tid\n(avstämning verkställighet/TES)", "Stickprov 20 brukare", "Enhetschef hemtjänst",
         ("G", "Genomförd"), ("Y", "Avvikelse"), ("Y", "Genomförd med avvikelse"),
         "Utförd tid översteg beviljad tid med mer än 15 % för 3 brukare. Biståndsbeslut ses över.", "GENOMFORD", "ja"),
        ("Särskilt boende", "Läkemedelshantering – signeringslistor är kompletta", "Egenkontroll per enhet", "MAS",
         ("G", ""), ("G", ""), ("G", ""), "Alla enheter genomförda utan anmärkning.", "GENOMFORD", "nej"),
        ("Särskilt boende", "Avgifter för boende och omsorg beräknas enligt maxtaxa", "Stickprov 25 beslut", "Avgiftshandläggare",
         (None, ""), ("Y", "Pågår"), ("Y", "Pågår"), "15 av 25 beslut kontrollerade, arbetet fortsätter i januari.", "DELVIS", ""),
        ("Myndighet", "Handläggningstid för biståndsbeslut enligt SoL", "Uppföljning i verksamhetssystemet", "Biståndschef",
         ("R", "Ej påbörjad"), ("R", "Ej påbörjad"), ("R", "Ej genomförd"), "Ej genomförd p.g.a. byte av verksamhetssystem.", "EJ_GENOMFORD", ""),
        ("Myndighet", "Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid", "Genomgång samtliga", "Kvalitetsutvecklare",
         (None, ""), ("G", ""), ("G", ""), "", "GENOMFORD", "nej"),
        ("Ekonomi", "Brukarmedel och kontanthantering på gruppbostäder", "Oanmäld kontroll 4 enheter", "Enhetschef LSS",
         (None, ""), (None, ""), ("GR", "Utgår"), "Utgår – kontantfri hantering infördes i maj 2025.", "UTGAR", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor", "Controller",
         ("G", ""), ("G", ""), (None, ""), "", "GENOMFORD", "nej"),
        ("Personal", "Timanställda – kontroll av registerutdrag och språkkrav vid anställning", "Stickprov 10", "HR-konsult",
         (None, ""), (None, ""), (None, ""), "", "SAKNAS", ""),
        ("Personal", "Delegering av hälso- och sjukvårdsuppgifter är aktuell och signerad", "Stickprov 3 enheter", "MAS",
         ("G", ""), ("Y", ""), ("G", "Genomförd"), "Se bilaga MAS-rapport för detaljer per enhet.", "GENOMFORD", "nej"),
    ]
    fills = {"G": G, "Y": Y, "R": R, "GR": GR}
    r = r0 + 1
    for omr, km, met, ans, t1, t2, t3, kom, stt, av in rows:
        vals = [omr, km, met, ans, t1[1], t2[1], t3[1], kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v if v else None)
            c.alignment = WRAP
            c.border = BORDER
        for j, t in enumerate([t1, t2, t3]):
            if t[0]:
                ws.cell(r, 5 + j).fill = fills[t[0]]
        exp(fil, N, km, stt, av)
        r += 1
    ws.cell(r + 1, 1, "Beslutad av Vård- och omsorgsnämnden 2026-02-18 § 12").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [16, 52, 26, 20, 14, 14, 14, 50]):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "von_src.xlsx")
    wb.save(src)
    soffice(src, "fods", TMP)
    shutil.move(os.path.join(TMP, "von_src.fods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Socialnämnden - old BIFF8 .xls via LibreOffice, helår, tick columns,
#    2024 result column beside 2025; title uses förvaltning name
# ---------------------------------------------------------------------------
def file_sn_xls():
    fil = "IK_uppfoljning_helar_2025_SOC.xls"
    N = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "SOCIALFÖRVALTNINGEN"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Intern kontroll – uppföljning helår 2025"
    ws["A3"] = "Markera med X i en av kolumnerna G–I. Resultatet från 2024 visas för jämförelse."
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("G4:I4")
    ws["G4"] = "Utfall 2025"
    ws["G4"].alignment = Alignment(horizontal="center")
    ws["G4"].font = BOLD
    hdr = ["Nr", "Kontrollmoment", "Risk (S×K)", "Kontrollansvarig", "Frekvens", "Utfall 2024",
           "Genomförd", "Delvis", "Ej genomförd", "Avvikelse (ja/nej)", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h)
        c.font = BOLD
        c.border = BORDER
        c.alignment = WRAP
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    rows = [
        ("1", "Utbetalning av ekonomiskt bistånd görs endast efter beslut av behörig handläggare", "12", "Enhetschef försörjningsstöd", "Månad",
         "Genomförd", "X", "", "", "Nej", "Stickprov 40 utbetalningar utan anmärkning.", "GENOMFORD", "nej"),
        ("2", "Kontroll av att förhandsbedömning inleds inom 14 dagar efter orosanmälan", "16", "Enhetschef barn och unga", "Tertial",
         "Delvis", "X", "", "", "Ja", "88 % inom 14 dagar. Handlingsplan upprättad.", "GENOMFORD", "ja"),
        ("3", "Placeringar i HVB och familjehem – avtal och fakturor stäms av", "9", "Controller IFO", "Halvår",
         "Genomförd", "", "X", "", "", "Avtal genomgångna, fakturorna för december återstår.", "DELVIS", ""),
        ("4", "Dubbelutbetalningar mot Försäkringskassan kontrolleras via SSBTEK", "8", "Socialsekreterare", "Månad",
         "Genomförd", "", "", "X", "", "Ej genomförd sedan oktober p.g.a. vakans.", "EJ_GENOMFORD", ""),
        ("5", "Dokumentation av genomförandeplaner inom LSS", "6", "Enhetschef LSS", "År",
         "Ej genomförd", "X", "X", "", "", "", "OKLAR", ""),
        ("6", "Kontroll av att utredningstiden på 4 månader hålls (11 kap. 2 § SoL)", "12", "Enhetschef barn och unga", "Tertial",
         "Genomförd", "X", "", "", "Nej", "", "GENOMFORD", "nej"),
        ("7", "Attest av leverantörsfakturor enligt attestordningen", "6", "Ekonom", "Tertial",
         "Genomförd", "X", "", "", "Ja", "1 faktura attesterad av jävig attestant, rättad.", "GENOMFORD", "ja"),
        ("8", "Uppföljning av köpta platser för missbruksvård", "4", "Enhetschef vuxen", "År",
         "Utgår", "", "", "", "", "Utgår 2025 – ersatt av regional upphandling.", "UTGAR", ""),
        ("9", "Registrering av anmälningar om missförhållanden (Lex Sarah)", "9", "Kvalitetsutvecklare", "Tertial",
         "Genomförd", "", "", "", "", "", "SAKNAS", ""),
    ]
    r = 6
    for row in rows:
        vals = row[:11]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, int(v) if i in (1, 3) else (v if v else None))
            c.border = BORDER
            c.alignment = WRAP if i in (2, 11) else Alignment(horizontal="center", vertical="top") if i in (7, 8, 9, 10) else WRAP
        exp(fil, N, row[1], row[11], row[12])
        r += 1
    ws.cell(r, 2, "Summa markerade").font = BOLD
    for col in "GHI":
        ws["%s%d" % (col, r)] = '=COUNTIF(%s6:%s%d,"X")' % (col, col, r - 1)
    ws.cell(r + 2, 2, "Socialchef Mikael Sandgren, 2026-01-30")
    for col, w in zip("ABCDEFGHIJK", [5, 55, 10, 24, 10, 12, 11, 8, 12, 12, 45]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Socialnämnden – Vrångsjö kommun"
    ins = wb.create_sheet("Instruktion")
    ins["A1"] = "Instruktion"
    ins["A2"] = "Risk anges som sannolikhet × konsekvens (1–4 × 1–4)."
    ins["A3"] = "Avvikelse anges om kontrollen visat fel som kräver åtgärd."
    src = os.path.join(TMP, "sn_src.xlsx")
    wb.save(src)
    soffice(src, "xls:MS Excel 97", TMP)
    shutil.move(os.path.join(TMP, "sn_src.xls"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|SOC|Socialförvaltningen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Samhällsbyggnadsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Vrångsjö Bostäder AB", "Vrångsjöbostäder|VBAB"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for a, b in reg:
            f.write("%s;%s\n" % (a, b))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for fil, n, km, st, av in EXPECTED:
            km1 = " ".join(km.split())
            assert ";" not in km1
            f.write(";".join([fil, n, km1, st, av]) + "\n")


if __name__ == "__main__":
    file_ks_xlsm()
    file_bun_dotx()
    file_mbn_rtf()
    file_tn_htm()
    file_tsv_txt()
    file_von_fods()
    file_sn_xls()
    write_csvs()
    shutil.rmtree(TMP, ignore_errors=True)
    print("files:", len(FILES), "controls:", len(EXPECTED))
