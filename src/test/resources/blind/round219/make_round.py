#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r219 - Ekholma kommun, helår 2025, den kommunala koncernen.
Builds every follow-up file plus namnder.csv, files.csv, expected.csv. Deterministic."""
import os, csv, shutil, subprocess, zipfile, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))

# ---------------------------------------------------------------- register
REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("AB Ekholmahem", "Ekholmahem|Ekholmahem AB|Bostadsbolaget"),
    ("Ekholma Energi AB", "Ekholma Energi|EEAB|Energibolaget"),
    ("Ekholma Vatten AB", "Ekholma Vatten|EVAB|Vattenbolaget"),
    ("Räddningstjänstförbundet Mälarkusten", "RFM|Räddningstjänsten Mälarkusten|Räddningstjänstförbundet"),
    ("Miljöförbundet Ekholma–Sjövik", "MES|Miljöförbundet|Miljöförbundet Ekholma-Sjövik"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
]

# ====================================================================
# 1. AB Ekholmahem - styrelserapport .docx
# ====================================================================
def build_ekholmahem():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    fil = "Styrelserapport_intern_kontroll_2025_Ekholmahem.docx"
    N = "AB Ekholmahem"
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "AB Ekholmahem  |  Styrelsemöte 2026-02-12  |  Ärende 7"
    d.add_paragraph("AB Ekholmahem").runs[0].bold = True
    d.add_paragraph("Rapport till styrelsen")
    d.add_heading("Ärende 7. Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Handläggare: Per Holmgren, ekonomichef\nDatum: 2026-01-30")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Styrelsen fastställde bolagets internkontrollplan för 2025 den 12 december 2024. Enligt ägardirektivet "
        "från Ekholma kommun ska bolaget årligen rapportera uppföljningen av den interna kontrollen till "
        "kommunstyrelsen. Nedan redovisas resultatet av helårsuppföljningen 2025. Kontrollerna har utförts av "
        "ekonomifunktionen och uthyrningsenheten; bolagets revisorer har tagit del av resultatet.")
    d.add_heading("Resultat av genomförda kontroller", level=2)
    rows = [
        ("1", "Hyresadministration", "Kontroll av att hyreshöjningar 2025 debiterats enligt förhandlingsöverenskommelsen med Hyresgästföreningen",
         "Ja", "Stickprov om 40 lägenheter. Samtliga hyror debiterade enligt överenskommelsen från 1 april.", "Tillfredsställande",
         "GENOMFORD", "nej"),
        ("2", "Uthyrning", "Uthyrning sker enligt bolagets uthyrningspolicy och kötid",
         "Ja", "25 kontrakt granskade. Två kontrakt tecknade utan att kötidsordningen följts och utan dokumenterat skäl.",
         "Åtgärd krävs – rutinen för dokumentation av förtur skärps", "GENOMFORD", "ja"),
        ("3", "Inköp", "Avrop från ramavtal för entreprenader och löpande underhåll",
         "Delvis", "Avrop under januari–juni granskade utan anmärkning. Andra halvåret granskas i februari 2026.",
         "Godtagbart", "DELVIS", "nej"),
        ("4", "Fakturahantering", "Attest av leverantörsfakturor enligt attestordningen",
         "Ja", "60 fakturor granskade. En faktura över 500 tkr saknade andra attest enligt attestordningen.",
         "Åtgärd krävs – systemspärr för dubbelattest införs", "GENOMFORD", "ja"),
        ("5", "Underhåll", "Uppföljning av att planerat underhåll enligt underhållsplanen har utförts",
         "Nej", "Kontrollen har inte genomförts på grund av bytet av fastighetssystem. Flyttas till 2026 års plan.",
         "Ej bedömd", "EJ_GENOMFORD", ""),
        ("6", "Hyresfordringar", "Kontroll av inkassorutin och avskrivning av hyresfordringar",
         "Ja", "Samtliga avskrivningar under året beslutade i enlighet med delegationsordningen. Inga avvikelser.",
         "Tillfredsställande", "GENOMFORD", "nej"),
        ("7", "Nyproduktion", "Uppföljning av projektbudget för nyproduktion kv. Lärkan",
         "Utgår", "Projektet avbröts genom styrelsebeslut 2025-05-20.", "–", "UTGAR", ""),
        ("8", "Informationssäkerhet", "Behörigheter i hyressystemet ses över två gånger per år",
         "", "Första genomgången gjordes i juni. Den andra genomgången har ännu inte gjorts.", "",
         "DELVIS", ""),
        ("9", "Förtroendekänsliga poster", "Representation och resor för VD granskas av styrelsens ordförande",
         "Ja", "Ordföranden har granskat samtliga poster för 2025. Inga anmärkningar.", "Tillfredsställande",
         "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr", "Process", "Kontrollmoment", "Genomfört", "Iakttagelser", "Styrelsens bedömning"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for r in rows:
        cells = t.add_row().cells
        for i in range(6):
            cells[i].text = r[i]
        exp(fil, N, r[2], r[6], r[7])
    d.add_paragraph()
    d.add_heading("Styrelsens bedömning", level=2)
    d.add_paragraph(
        "Styrelsen bedömer att bolagets interna kontroll under 2025 i huvudsak har varit tillräcklig. Sex av nio "
        "kontrollmoment har genomförts. Avvikelser har konstaterats inom uthyrning och fakturahantering och åtgärder "
        "har beslutats. Kontrollen av underhållsplanen har inte kunnat genomföras och förs över till 2026.")
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Styrelsen föreslås besluta\natt godkänna uppföljningen av internkontrollplan 2025, samt\n"
                    "att överlämna uppföljningen till kommunstyrelsen i Ekholma kommun.")
    d.add_paragraph("\nPer Holmgren\nEkonomichef")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ====================================================================
# 2. Ekholma Energi AB - English influenced xlsx
# ====================================================================
def build_energi():
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
    fil = "EEAB_Internal_Control_FY2025.xlsx"
    N = "Ekholma Energi AB"
    wb = Workbook()
    ws = wb.active
    ws.title = "Follow-up FY2025"
    ws["A1"] = "Ekholma Energi AB"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Control Plan 2025 – uppföljning helår (FY)"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Prepared by: Finance & Risk (Controller)   |   Date: 2026-01-20   |   Approved by Board: 2026-02-05"
    hdr = ["ID", "Process", "Risk", "Control activity", "Control owner", "Frequency", "Outcome", "Status H1", "Status FY", "Comment"]
    ws.append([]); ws.append(hdr)
    hr = ws.max_row
    for c in ws[hr]:
        c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="top")
    fills = {"Completed": "C6EFCE", "In progress": "FFEB9C", "Not started": "FFC7CE", "N/A": "D9D9D9"}
    data = [
        ("Finance", None),
        (("F-01", "Purchase-to-pay", "Felaktiga eller obehöriga betalningar", "Attest av leverantörsfakturor enligt attestordningen",
          "CFO", "Quarterly", "80 invoices tested (20 per quarter). No deviations.", "Completed", "Completed", ""), ("GENOMFORD", "nej")),
        (("F-02", "Purchase-to-pay", "Bedrägeri – falska bankkontouppgifter", "Supplier bank account changes are verified by call-back to known contact",
          "AP Team Lead", "Monthly", "Two changes in March made without documented call-back. Routine updated, no loss incurred.",
          "In progress", "Completed", "Deviation reported to Audit Committee 2025-09-18"), ("GENOMFORD", "ja")),
        (("F-03", "Financial close", "Felaktig redovisning", "Avstämning av balanskonton vid månadsbokslut",
          "Head of Accounting", "Monthly", "All reconciliations signed off except October (late sign-off, corrected in November).",
          "Completed", "Completed", "Late sign-off Oct = deviation"), ("GENOMFORD", "ja")),
        ("Trading & Sales", None),
        (("T-01", "Trading", "Förluster vid prissäkring", "Limits för prissäkring av elhandel följs enligt finanspolicyn",
          "Head of Trading", "Weekly", "Limits followed throughout the year. No breaches.", "Completed", "Completed", ""), ("GENOMFORD", "nej")),
        (("T-02", "Sales", "Kreditförluster", "Credit check of new business customers before contract",
          "Sales Manager", "Quarterly", "Sample Q1–Q2 tested, no issues found. Q3–Q4 sample not yet tested.",
          "In progress", "In progress", "To be finalised Q1 2026"), ("DELVIS", "nej")),
        ("IT/OT security", None),
        (("I-01", "IT/OT", "Obehörig åtkomst till driftsystem", "Granskning av behörigheter i driftsystemet (SCADA)",
          "IT Security Manager", "Semi-annual", "Not performed due to resource shortage. Moved to Q1 2026.",
          "Not started", "Not started", ""), ("EJ_GENOMFORD", "")),
        (("I-02", "IT", "Dataförlust", "Test av återläsning av backup för kundsystemet",
          "IT Operations", "Annual", "Restore test performed 2025-11-12 – successful, restore time 3 h (target 8 h).",
          "Not started", "", ""), ("GENOMFORD", "nej")),
        (("I-03", "IT", "Nätfiske / social engineering", "Phishing exercise for all employees",
          "HR / IT", "Annual", "", "In progress", "", ""), ("DELVIS", "")),
        ("Regulatory", None),
        (("R-01", "Regulatory", "Sanktionsavgift", "Rapportering av intäktsram till Energimarknadsinspektionen (Ei) sker i tid",
          "Regulatory Affairs", "Annual", "No reporting due in 2025 (new regulatory period starts 2028).", "N/A", "N/A", ""), ("UTGAR", "")),
        (("R-02", "Regulatory", "Marknadsmissbruk", "Efterlevnad av REMIT-rapportering",
          "Compliance Officer", "Monthly", "See separate memo (Appendix 3).", "", "", ""), ("OKLAR", "")),
        (("R-03", "Procurement", "Otillåten direktupphandling", "Direct awards above threshold are approved by CEO and documented",
          "Procurement Manager", "Semi-annual", "12 direct awards reviewed, one lacked documented CEO approval.",
          "Completed", "Completed", ""), ("GENOMFORD", "ja")),
    ]
    thin = Side(style="thin", color="999999")
    for row, e in data:
        if e is None:
            ws.append([row]); r = ws.max_row
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(r, 1).font = Font(bold=True, italic=True); ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
            continue
        ws.append(list(row)); r = ws.max_row
        for ci in range(1, 11):
            c = ws.cell(r, ci); c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        for ci in (8, 9):
            v = ws.cell(r, ci).value
            if v in fills:
                ws.cell(r, ci).fill = PatternFill("solid", fgColor=fills[v])
        exp(fil, N, row[3], e[0], e[1])
    ws.append([]); ws.append(["Status legend:"]); ws.cell(ws.max_row, 1).font = Font(bold=True)
    for k, v in [("Completed", "Genomförd"), ("In progress", "Pågår / delvis genomförd"),
                 ("Not started", "Ej påbörjad"), ("N/A", "Ej tillämplig / utgår")]:
        ws.append(["", k, v]); ws.cell(ws.max_row, 2).fill = PatternFill("solid", fgColor=fills[k])
    for col, w in zip("ABCDEFGHIJ", [7, 16, 24, 45, 18, 12, 50, 12, 12, 30]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = ws.cell(hr + 1, 1)
    ws2 = wb.create_sheet("Risk matrix")
    ws2.append(["Risk ID", "Risk", "Likelihood (1-4)", "Impact (1-4)", "Risk value"])
    for i, (rk, l, k) in enumerate([("Felaktiga betalningar", 2, 3), ("Falska bankkontouppgifter", 3, 4),
                                    ("Obehörig åtkomst driftsystem", 2, 4), ("Kreditförluster", 3, 2)]):
        ws2.append([f"R{i+1}", rk, l, k, l * k])
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ====================================================================
# 3. Räddningstjänstförbundet Mälarkusten - .odt with symbols
# ====================================================================
def build_rfm():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, ParagraphProperties
    from odf.text import P, H
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    fil = "RFM uppföljning intern kontroll helår 2025.odt"
    N = "Räddningstjänstförbundet Mälarkusten"
    doc = OpenDocumentText()
    bold = Style(name="Bold", family="text"); bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
    doc.automaticstyles.addElement(cellst)
    hcell = Style(name="HCell", family="table-cell")
    hcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm", backgroundcolor="#C00000"))
    doc.automaticstyles.addElement(hcell)
    hp = Style(name="HP", family="paragraph"); hp.addElement(TextProperties(fontweight="bold", color="#FFFFFF"))
    doc.automaticstyles.addElement(hp)
    big = Style(name="Big", family="paragraph"); big.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.automaticstyles.addElement(big)
    widths = ["2.5cm", "5.5cm", "3.5cm", "1.6cm", "5.5cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name=f"C{i}", family="table-column"); cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs); colstyles.append(cs)

    doc.text.addElement(P(stylename=big, text="Räddningstjänstförbundet Mälarkusten"))
    doc.text.addElement(P(text="Direktionen"))
    doc.text.addElement(P(text="Tjänsteskrivelse  Dnr RFM 2026/12   2026-01-22"))
    doc.text.addElement(H(outlinelevel=1, text="Uppföljning av internkontrollplan 2025 – helår"))
    doc.text.addElement(P(text=(
        "Förbundet bedriver räddningstjänst för medlemskommunerna Ekholma och Norrvik. Direktionen antog "
        "internkontrollplanen för 2025 den 5 december 2024 (§ 88). Nedan redovisas uppföljningen per den 31 december "
        "2025. Resultatet rapporteras även till medlemskommunernas kommunstyrelser.")))
    doc.text.addElement(P(text="Teckenförklaring: ● = Genomförd   ◐ = Delvis genomförd   ○ = Ej genomförd   – = Utgår"))
    rows = [
        ("Tillsyn", [
            ("Tillsyn enligt LSO genomförs enligt fastställd tillsynsplan", "Jämförelse tillsynsplan mot utförda tillsyner i verksamhetssystemet",
             "◐", "142 av 170 planerade tillsyner utförda (84 %). Resterande flyttas till 2026.", "DELVIS", ""),
            ("Handläggning av tillstånd för hantering av brandfarlig vara sker inom lagstadgad tid", "Stickprov 10 ärenden",
             "●", "Samtliga ärenden handlagda inom tid.", "GENOMFORD", "nej"),
        ]),
        ("Insats", [
            ("Insatstid inom målvärde för prioriterade larm", "Uttag ur insatsrapportsystemet per kvartal",
             "●", "Målvärdet uppnått i 91 % av larmen. Tre insatser med avvikande insatstid har analyserats.", "GENOMFORD", "ja"),
            ("Insatsrapporter upprättas och kvalitetssäkras inom 7 dagar", "Stickprov 20 rapporter",
             "○", "Ej genomförd. Ny rapportmodul införs under 2026 och kontrollen görs då.", "EJ_GENOMFORD", ""),
        ]),
        ("Personal", [
            ("Deltidsbrandmäns övningsnärvaro följs upp mot krav i övningsplanen", "Uttag ur närvarosystem",
             "●", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Läkarundersökning och arbetsprov för rökdykare genomförs årligen", "Kontroll mot förteckning",
             "●", "Fyra rökdykare saknade godkänt arbetsprov och togs ur rökdyktjänst tills prov genomförts.", "GENOMFORD", "ja"),
        ]),
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor",
             "●", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Inköp av skyddsutrustning sker via upphandlat avtal", "Avtalstrohetsanalys",
             "–", "Utgår – ersatt av medlemskommunernas gemensamma avtalstrohetskontroll (direktionsbeslut 2025-04-10 § 31).", "UTGAR", ""),
        ]),
        ("Fordon", [
            ("Besiktning och service av räddningsfordon genomförs enligt underhållsplan", "Kontroll mot fordonsregister",
             "", "", "SAKNAS", ""),
        ]),
    ]
    t = Table(name="IK2025")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))
    tr = TableRow()
    for h in ["Område", "Kontrollmoment", "Metod", "Status", "Kommentar"]:
        c = TableCell(stylename=hcell, valuetype="string"); c.addElement(P(stylename=hp, text=h)); tr.addElement(c)
    t.addElement(tr)
    for area, items in rows:
        for i, it in enumerate(items):
            tr = TableRow()
            if i == 0:
                c = TableCell(stylename=cellst, valuetype="string", numberrowsspanned=len(items))
                c.addElement(P(text=area)); tr.addElement(c)
            else:
                tr.addElement(CoveredTableCell())
            for v in it[:4]:
                c = TableCell(stylename=cellst, valuetype="string")
                c.addElement(P(text=v)); tr.addElement(c)
            t.addElement(tr)
            exp(fil, N, it[0], it[4], it[5])
    doc.text.addElement(t)
    doc.text.addElement(H(outlinelevel=2, text="Sammanfattande bedömning"))
    doc.text.addElement(P(text=(
        "Förbundsdirektören bedömer att den interna kontrollen i allt väsentligt fungerar. Uppföljningen av "
        "fordonsunderhållet har inte rapporterats och kompletteras till direktionens möte i mars.")))
    doc.text.addElement(P(text="Lena Strand, förbundsdirektör"))
    doc.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ====================================================================
# 4. Ekholma Vatten AB - system export (csv, cp1252, one row per control and tertial)
# ====================================================================
def build_vatten():
    fil = "EkholmaVatten_IK_export_20260115.csv"
    N = "Ekholma Vatten AB"
    ctrls = [
        ("VA-01", "Debitering", "Debitering av brukningsavgifter enligt gällande VA-taxa", "Kundservicechef", "Tertial",
         [("2", "Stickprov T1 påbörjat"), ("3", "Stickprov 30 kunder – korrekt"), ("3", "Stickprov 30 kunder – korrekt debitering")],
         "GENOMFORD", "nej"),
        ("VA-02", "Debitering", "Kontroll av mätare med skattad förbrukning längre än 12 månader", "Mätarsamordnare", "Halvår",
         [("1", ""), ("2", "Ca 30 % genomgånget"), ("2", "Ca 60 % av mätarna genomgångna, resten under 2026")],
         "DELVIS", ""),
        ("VA-03", "Inköp", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Tertial",
         [("3", "Inga avvikelser"), ("3", "Inga avvikelser"), ("3", "2 fakturor attesterade av ej behörig person, rättat i efterhand")],
         "GENOMFORD", "ja"),
        ("VA-04", "Drift", "Egenkontroll dricksvatten – provtagning enligt kontrollprogram", "Driftchef vattenverk", "Månad",
         [("3", "Alla prover utan anmärkning"), ("3", "Ett prov med anmärkning (koliforma bakterier) Norrby, åtgärdat och kokningsrekommendation hävd"), ("3", "Alla prover utan anmärkning")],
         "GENOMFORD", "ja"),
        ("VA-05", "Drift", "Bräddningar rapporteras till tillsynsmyndigheten inom föreskriven tid", "Driftchef avlopp", "Halvår",
         [("2", ""), ("3", "Samtliga bräddningar rapporterade i tid"), ("0", "")],
         "GENOMFORD", "nej"),
        ("VA-06", "Investeringar", "Uppföljning av investeringsprojekt mot beslutad budget", "Projektchef", "Tertial",
         [("1", ""), ("1", ""), ("1", "Ej påbörjad – ny projektmodell införs 2026")],
         "EJ_GENOMFORD", ""),
        ("VA-07", "Säkerhet", "Skalskydd vid vattenverk och reservoarer kontrolleras", "Säkerhetssamordnare", "Halvår",
         [("1", ""), ("1", ""), ("9", "Utgår – ingår i säkerhetsskyddsanalysen enligt styrelsebeslut 2025-10-02")],
         "UTGAR", ""),
        ("VA-08", "Kundtjänst", "Kundklagomål besvaras inom 14 dagar", "Kundservicechef", "Tertial",
         [("0", ""), ("0", ""), ("0", "")],
         "SAKNAS", ""),
    ]
    lines = [
        "Rapport;Internkontroll – uppföljning per kontroll",
        "Organisation;Ekholma Vatten AB (org.nr 556712-3456)",
        "Urval;Plan 2025, perioder T1–T3",
        "Utskriven;2026-01-15 09:42 av ekonomi\\mkarlsson",
        "",
        "Kontroll-ID;Process;Kontrollmoment;Ansvarig;Frekvens;Period;Statuskod;Kommentar;Senast ändrad",
    ]
    dates = ["2025-05-08", "2025-09-12", "2026-01-14"]
    for cid, proc, km, ans, frek, per, st, avv in ctrls:
        for i, (code, com) in enumerate(per):
            lines.append(";".join([cid, proc, km, ans, frek, f"2025 T{i+1}", code, com, dates[i] if code != "0" else ""]))
        exp(fil, N, km, st, avv)
    lines += ["", "Statuskoder: 0 = Ej rapporterad; 1 = Ej påbörjad; 2 = Pågår; 3 = Klar; 9 = Utgår",
              "Antal rader: %d" % (len(ctrls) * 3)]
    with open(fil, "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ====================================================================
# 5./6. Kommunens mall - Socialnämnden (.xlsx) and Samhällsbyggnad (.xls via LibreOffice)
# ====================================================================
def kommun_template(fil_xlsx, namn_cell, period_cell, rows, headings=False, title_year="2025"):
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
    from openpyxl.worksheet.datavalidation import DataValidation
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Ekholma kommun"; ws["A1"].font = Font(bold=True, color="005A32")
    ws["A2"] = f"Uppföljning av internkontrollplan {title_year}"; ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = namn_cell[0]; ws["C3"] = namn_cell[1]
    ws["A4"] = "Uppföljningsperiod:"; ws["C4"] = period_cell
    ws["A5"] = ("Instruktion: Välj status i rullistan för aktuell period (Genomförd / Genomförd med avvikelse / "
                "Delvis genomförd / Ej genomförd / Utgår). Ange Ja/Nej i kolumnen Avvikelse och beskriv resultatet.")
    ws.merge_cells("A5:J5"); ws["A5"].alignment = Alignment(wrap_text=True); ws.row_dimensions[5].height = 30
    ws["A5"].font = Font(italic=True, size=9)
    for a in ("A3", "A4"): ws[a].font = Font(bold=True)
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Metod/omfattning", "Ansvarig",
           "Status delår", "Status helår", "Avvikelse", "Resultat/kommentar"]
    ws.append([]); ws.append(hdr); hr = ws.max_row
    for c in ws[hr]:
        c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="A9D08E")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    fills = {"Genomförd": "92D050", "Genomförd med avvikelse": "92D050", "Delvis genomförd": "FFFF00",
             "Ej genomförd": "FF0000", "Ej påbörjad": "FF0000", "Utgår": "BFBFBF"}
    thin = Side(style="thin")
    dv = DataValidation(type="list", formula1='"Genomförd,Genomförd med avvikelse,Delvis genomförd,Ej genomförd,Utgår"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    out = []
    for r in rows:
        if isinstance(r, str):
            ws.append([r]); rr = ws.max_row
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=10)
            ws.cell(rr, 1).font = Font(bold=True); ws.cell(rr, 1).fill = PatternFill("solid", fgColor="E2EFDA")
            continue
        ws.append(list(r[:10])); rr = ws.max_row
        for ci in range(1, 11):
            c = ws.cell(rr, ci); c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        for ci in (7, 8):
            v = ws.cell(rr, ci).value
            if v in fills: ws.cell(rr, ci).fill = PatternFill("solid", fgColor=fills[v])
            dv.add(ws.cell(rr, ci))
        out.append(r)
    ws.append([])
    ws.append(["Teckenförklaring:", "", "Grön = Genomförd", "", "Gul = Delvis genomförd", "", "Röd = Ej genomförd", "Grå = Utgår"])
    ws.append([])
    return wb, ws, out

def build_sn():
    fil = "Uppföljning IKP 2025 helår - Socialnämnden.xlsx"
    N = "Socialnämnden"
    rows = [
        (1, "Myndighetsutövning IFO", "Rättsosäkra och sena utredningar", "Utredningar avseende barn och unga avslutas inom fyra månader",
         "Stickprov 20 ärenden", "Enhetschef barn och unga", "Delvis genomförd", "Genomförd med avvikelse", "Ja",
         "20 ärenden granskade, 3 överskred fyra månader utan beslut om förlängning.", "GENOMFORD", "ja"),
        (2, "Ekonomiskt bistånd", "Felaktiga utbetalningar", "Kontroll av utbetalningar av ekonomiskt bistånd mot beviljat beslut",
         "Stickprov 25 utbetalningar/halvår", "Enhetschef försörjningsstöd", "Genomförd", "Genomförd", "Nej",
         "Samtliga utbetalningar överensstämde med beslut.", "GENOMFORD", "nej"),
        (2.1, "Ekonomiskt bistånd", "Felaktiga utbetalningar", "Kontroll mot Försäkringskassan via SSBTEK innan beslut",
         "Stickprov 25 ärenden", "Enhetschef försörjningsstöd", "Genomförd", "Genomförd", "Ja",
         "2 av 25 ärenden saknade dokumenterad kontroll i SSBTEK.", "GENOMFORD", "ja"),
        (3, "Äldreomsorg", "Brister i patientsäkerhet", "Avvikelser rapporteras och åtgärdas enligt rutin (HSL och SoL)",
         "Genomgång avvikelsesystem", "MAS", "Ej genomförd", "Delvis genomförd", "",
         "Hemtjänsten genomgången, särskilt boende återstår.", "DELVIS", ""),
        (4, "Äldreomsorg", "Insatser ges inte utifrån individens behov", "Genomförandeplaner upprättas inom 14 dagar från verkställt beslut",
         "Stickprov 30 brukare", "Områdeschef äldreomsorg", "Ej påbörjad", "Ej genomförd", "",
         "Ej genomförd på grund av personalomsättning. Flyttas till IKP 2026.", "EJ_GENOMFORD", ""),
        (5, "Inköp", "Köp utanför avtal", "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Leverantörsanalys helår", "Controller", "", "Genomförd", "Nej",
         "Avtalstrohet 96 %, inga väsentliga köp utanför avtal.", "GENOMFORD", "nej"),
        (6, "Personal", "Olämplig person anställs", "Kontroll av utdrag ur belastningsregistret vid nyanställning inom LSS",
         "Stickprov 15 anställningar", "HR-specialist", "Genomförd", "Genomförd", "Ja",
         "1 av 15 anställda saknade uppvisat registerutdrag. Rutinen har förtydligats för chefer.", "GENOMFORD", "ja"),
        (7, "Kvalitet", "Missförhållanden utreds inte", "Rapporter enligt lex Sarah utreds och anmäls till IVO",
         "Genomgång av samtliga rapporter", "Kvalitetsstrateg", "Utgår", "Utgår", "",
         "Ströks ur planen genom nämndbeslut 2025-03-19 § 34; ingår i kvalitetsledningssystemet.", "UTGAR", ""),
        (8, "Dokumentation", "Obehörig åtkomst till personuppgifter", "Loggkontroll i verksamhetssystemet Lifecare",
         "Slumpvis urval 50 loggar/halvår", "Systemförvaltare", "Genomförd", "", "", "", "GENOMFORD", ""),
    ]
    wb, ws, out = kommun_template(fil, ("Nämnd:", N), "Helår 2025", rows)
    ws.append(["Godkänd av förvaltningschef:", "", "Anna Lindqvist", "", "2026-01-28"])
    for col, w in zip("ABCDEFGHIJ", [5, 18, 24, 42, 22, 20, 16, 16, 10, 50]):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    for r in out:
        exp(fil, N, r[3], r[10], r[11])
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

def build_sbn():
    fil = "IK uppföljning 2025 SBF.xls"
    N = "Samhällsbyggnadsnämnden"
    rows = [
        "Process: Bygglov",
        ("1.1", "Bygglov", "Lagstadgad handläggningstid överskrids", "Handläggningstid för bygglov inom tio veckor enligt PBL",
         "Stickprov 30 ärenden", "Bygglovschef", "Genomförd", "Genomförd med avvikelse", "Ja",
         "4 av 30 ärenden över tio veckor; avgiften reducerades enligt PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
        ("1.2", "Bygglov", "Felaktig debitering", "Debitering av bygglovsavgifter enligt taxa",
         "Stickprov 20 beslut", "Bygglovschef", "Delvis genomförd", "", "",
         "Kontrollen slutförd i november, samtliga avgifter korrekt debiterade.", "GENOMFORD", "nej"),
        "Process: Gata och park",
        ("2.1", "Gata/park", "Betalning för ej utförda tjänster", "Vinterväghållning – entreprenörens fakturor kontrolleras mot körjournaler",
         "Samtliga fakturor jan–mars", "Gatuchef", "Ej genomförd", "", "", "", "EJ_GENOMFORD", ""),
        ("2.2", "Gata/park", "Olycksrisk", "Besiktning av kommunens lekplatser enligt besiktningsplan",
         "Årlig huvudbesiktning", "Parkchef", "Genomförd", "Genomförd", "Nej",
         "Samtliga 34 lekplatser besiktigade, inga allvarliga anmärkningar.", "GENOMFORD", "nej"),
        "Process: Mark och exploatering",
        ("3.1", "Mark/exploatering", "Bristande likabehandling", "Markanvisningar sker enligt antagen markanvisningspolicy",
         "Genomgång av årets markanvisningar", "Exploateringschef", "", "Se bilaga 2", "", "", "OKLAR", ""),
        ("3.2", "Lantmäteri", "Uteblivna intäkter", "Beställda kartor och mättjänster faktureras",
         "Avstämning beställningar mot fakturor", "Stadsbyggnadschef", "", "", "", "", "SAKNAS", ""),
        "Process: Ekonomi",
        ("4.1", "Investeringar", "Budgetöverskridanden", "Uppföljning av investeringsprojekt mot budget",
         "Genomgång av fyra största projekten", "Controller", "Delvis genomförd", "Delvis genomförd", "Nej",
         "Två av fyra projekt följda utan avvikelse; två projekt följs upp i T1 2026.", "DELVIS", "nej"),
        ("4.2", "Ekonomi", "Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor", "Controller", "Genomförd", "Genomförd", "Nej", "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    tmp = "IK uppföljning 2025 SBF.xlsx"
    wb, ws, out = kommun_template(tmp, ("Förvaltning:", "Samhällsbyggnadsförvaltningen"), "Helår", rows)
    ws.append(["Upprättad av:", "", "Johan Ek, controller SBF", "", "2026-01-26"])
    for col, w in zip("ABCDEFGHIJ", [5, 18, 24, 42, 22, 20, 16, 16, 10, 50]):
        ws.column_dimensions[col].width = w
    ws.title = "SBF helår"
    wb.save(tmp)
    r = subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-round219", "--headless",
                        "--convert-to", "xls", "--outdir", HERE, tmp], capture_output=True, text=True)
    os.remove(tmp)
    assert os.path.exists(fil), r.stderr
    for r in out:
        exp(fil, N, r[3], r[10], r[11])
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ====================================================================
# 7. Miljöförbundet Ekholma–Sjövik - docx, one table per medlemskommun
# ====================================================================
def build_miljo():
    from docx import Document
    fil = "Miljöförbundet IK-uppföljning 2025 per medlemskommun.docx"
    N = "Miljöförbundet Ekholma–Sjövik"
    d = Document()
    d.add_heading("Miljöförbundet Ekholma–Sjövik", level=0)
    d.add_paragraph("Uppföljning av intern kontroll 2025 – helår")
    d.add_paragraph(
        "Förbundet utför miljö- och livsmedelstillsyn för medlemskommunerna Sjövik och Ekholma. Eftersom tillsynen "
        "planeras och finansieras per kommun redovisas uppföljningen uppdelad per medlemskommun. Respektive kommun "
        "tar in den del som avser den egna kommunen i sin uppföljning av kommunkoncernens interna kontroll. "
        "Förbundsdirektionen godkände uppföljningen 2026-01-29 § 4.")
    hdr = ["Kontrollmoment", "Ansvarig", "Utfall 2025", "Status"]
    sjovik = [
        ("Tillsyn av livsmedelsanläggningar enligt kontrollplan", "Livsmedelsenheten", "Utförda 148 av 160 planerade kontroller.", "Pågår"),
        ("Debitering av årlig tillsynsavgift för miljöfarlig verksamhet", "Administrativ enhet", "Inga fel.", "Klar"),
        ("Handläggning av ansökningar om enskilda avlopp inom sex veckor", "Miljöenheten", "Samtliga 41 ärenden inom tid.", "Klar"),
        ("Uppföljning av förelägganden förenade med vite", "Miljöenheten", "Två förelägganden följdes inte upp.", "Klar"),
        ("Tillsyn av strandskyddsdispenser", "Miljöenheten", "", "Ej påbörjad"),
        ("Kontroll att handläggare inte handlagt ärenden där jäv föreligger", "Förbundschef", "Inga jävssituationer.", "Klar"),
    ]
    ekholma = [
        ("Tillsyn av livsmedelsanläggningar enligt kontrollplan", "Livsmedelsenheten",
         "Utförda 212 av 205 planerade kontroller (extra kontroller efter klagomål).", "Klar", "GENOMFORD", "nej"),
        ("Debitering av årlig tillsynsavgift för miljöfarlig verksamhet", "Administrativ enhet",
         "Tre verksamheter felaktigt debiterade (fel riskklass). Kreditering gjord.", "Klar", "GENOMFORD", "ja"),
        ("Handläggning av ansökningar om enskilda avlopp inom sex veckor", "Miljöenheten",
         "Ärenden första halvåret kontrollerade; andra halvåret pågår.", "Pågår", "DELVIS", ""),
        ("Uppföljning av förelägganden förenade med vite", "Miljöenheten",
         "Har inte hunnits med under året.", "Ej påbörjad", "EJ_GENOMFORD", ""),
        ("Kontroll att handläggare inte handlagt ärenden där jäv föreligger", "Förbundschef",
         "Stickprov 25 ärenden, inga jävssituationer identifierade.", "Klar", "GENOMFORD", "nej"),
    ]
    d.add_heading("1. Sjövik kommun", level=1)
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr): c.text = h
    for r in sjovik:
        cells = t.add_row().cells
        for i in range(4): cells[i].text = r[i]
    d.add_paragraph()
    d.add_heading("2. Ekholma kommun", level=1)
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr): c.text = h
    for r in ekholma:
        cells = t.add_row().cells
        for i in range(4): cells[i].text = r[i]
        exp(fil, N, r[0], r[4], r[5])
    d.add_paragraph()
    d.add_paragraph("Statusbegrepp: Klar = kontrollen genomförd, Pågår = delvis genomförd, "
                    "Ej påbörjad = ej genomförd, Utgår = strukits.")
    d.add_paragraph("Karin Öberg\nFörbundschef")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ====================================================================
# 8. Rejected: covering letter from Ekholma Vatten
# ====================================================================
def build_reject():
    from docx import Document
    fil = "Följebrev_EkholmaVatten_internkontroll_helår_2025.docx"
    d = Document()
    d.add_paragraph("Ekholma Vatten AB\nBox 114\n731 21 Ekholma")
    d.add_paragraph("Till: Ekholma kommun, Ekonomiavdelningen\nDatum: 2026-01-15")
    d.add_heading("Följebrev – uppföljning av internkontrollplan 2025, helår", level=1)
    d.add_paragraph(
        "Härmed översänds Ekholma Vatten AB:s uppföljning av internkontrollplanen för 2025 i enlighet med "
        "ägardirektivet. Uppföljningen har tagits ut som export ur bolagets ledningssystem och bifogas som separat fil "
        "(EkholmaVatten_IK_export_20260115.csv).")
    d.add_paragraph(
        "Av åtta kontrollmoment har fem slutförts. Kontrollen av investeringsprojekt har inte påbörjats och "
        "kontrollen av skalskydd har utgått efter styrelsebeslut. Bolagets styrelse behandlar uppföljningen "
        "vid sammanträdet den 12 februari 2026.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\n\nMaria Karlsson\nEkonomichef, Ekholma Vatten AB\n0221-123 45")
    d.add_paragraph("Bilaga: Export internkontroll 2025 (csv)")
    d.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))

# ====================================================================
def main():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(HERE):
        if f not in keep and os.path.isfile(f):
            os.remove(f)
    build_ekholmahem(); build_energi(); build_rfm(); build_vatten()
    build_sn(); build_sbn(); build_miljo(); build_reject()
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"]); w.writerows(REGISTER)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXPECTED)
    print(len(FILES), "files,", len(EXPECTED), "controls")

if __name__ == "__main__":
    main()
