#!/usr/bin/python3
"""Blind round r258 - Håbo-Tibble kommun 2025.
Theme: several controls in one cell / one paragraph (numbered lines, bullets with
inline statuses, ';' or '|' separated CSV fields) mixed with ordinary one-control-per-row files.
Run: /usr/bin/python3 make_round.py   (deterministic)
"""
import csv
import os
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
import docx
from docx.shared import Pt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, H

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fix_docx_core(d):
    cp = d.core_properties
    import datetime
    cp.author = "Håbo-Tibble kommun"
    cp.created = datetime.datetime(2025, 9, 10, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 9, 10, 8, 0, 0)
    cp.last_modified_by = "Håbo-Tibble kommun"
    cp.revision = 1


def fix_xlsx_props(wb):
    import datetime
    wb.properties.creator = "Håbo-Tibble kommun"
    wb.properties.created = datetime.datetime(2025, 9, 10, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 9, 10, 8, 0, 0)


# ---------------------------------------------------------------------------
# A. Socialnämnden - xlsx, process rows, numbered controls and numbered statuses
# ---------------------------------------------------------------------------
def file_a():
    fil = "IK-uppföljning T2 2025 Socialnämnden.xlsx"
    N = "Socialnämnden"
    wb = Workbook()
    fix_xlsx_props(wb)
    ws = wb.active
    ws.title = "Uppföljning T2"
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 2 (januari–augusti)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Status anges per kontrollmoment, rad för rad i samma ordning som kontrollmomenten. "
                "Genomförd / Delvis / Ej genomförd / Utgår")
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Process", "Risk", "Riskvärde (S×K)", "Kontrollmoment", "Ansvarig", "Frekvens",
           "Status T2", "Kommentar T2"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = WRAP
        cell.border = BOX
    rows = [
        ("Ekonomiadministration",
         "Felaktiga eller otillåtna utbetalningar",
         12,
         [("Attest av leverantörsfakturor enligt attestordningen", "Genomförd", "GENOMFORD", "nej",
           "25 fakturor granskade, inga avvikelser."),
          ("Kontroll av manuella utbetalningar av ekonomiskt bistånd", "Delvis", "DELVIS", "nej",
           "Kontroll gjord för maj–juni utan anmärkning, juli–augusti återstår."),
          ("Stickprov av förtroendekänsliga poster (representation, resor)", "Genomförd", "GENOMFORD", "ja",
           "Två representationsfakturor saknade deltagarlista, återförda till enhetschef.")],
         "Controller", "Tertialvis", True),
        ("Myndighetsutövning barn och unga",
         "Utredningar avslutas inte inom lagstadgad tid",
         16,
         [("Uppföljning av att barnavårdsutredningar avslutas inom fyra månader", "Genomförd", "GENOMFORD", "nej",
           "18 av 20 utredningar inom tid, två förlängda med beslut enligt 11 kap. 2 § SoL."),
          ("Kontroll av att förhandsbedömning görs inom 14 dagar", "Ej genomförd", "EJ_GENOMFORD", "",
           "Skjuts till T3 p.g.a. vakanser.")],
         "Enhetschef barn och unga", "Tertialvis", True),
        ("Ekonomiskt bistånd vuxna",
         "Beslut och utbetalningar stämmer inte överens",
         9,
         [("Kontroll av att beslut om ekonomiskt bistånd är dokumenterade i verksamhetssystemet", "Genomförd",
           "GENOMFORD", "nej", None),
          ("Stickprov av hembesök vid nybesök", "Utgår", "UTGAR", "",
           "Utgår enligt beslut SN 2025-04-23 § 58."),
          ("Avstämning av utbetalningsfil mot beslut", "Genomförd med anmärkning", "GENOMFORD", "ja",
           "En dubbelutbetalning upptäckt och återkrävd."),
          ("Kontroll av återsökning av statsbidrag", "–", "SAKNAS", "", None)],
         "Enhetschef försörjningsstöd", "Tertialvis", True),
        ("Personal",
         "Olämplig person anställs inom LSS",
         8,
         [("Kontroll av att registerutdrag begärs in vid nyanställning inom LSS", "Genomförd", "GENOMFORD", "nej",
           "Samtliga 12 nyanställningar kontrollerade.")],
         "HR-partner", "Halvår", False),
        ("Informationssäkerhet",
         "Obehörig åtkomst till personuppgifter",
         12,
         [("Behörighetsgenomgång i Treserva", "Genomförd", "GENOMFORD", "nej", None),
          ("Loggkontroll av journalåtkomst", "Genomförd", "GENOMFORD", "ja",
           "Loggkontroll: en obefogad åtkomst konstaterad, hanterad som personuppgiftsincident.")],
         "Systemförvaltare", "Tertialvis", "bullet"),
    ]
    r = 6
    for proc, risk, rv, ctrls, ansv, frekv, mode in rows:
        if mode is True:
            km = "\n".join(f"{i}. {c[0]}" for i, c in enumerate(ctrls, 1))
            st = "\n".join(f"{i}. {c[1]}" for i, c in enumerate(ctrls, 1))
            kom = "\n".join(f"{i}. {c[4]}" for i, c in enumerate(ctrls, 1) if c[4])
        elif mode == "bullet":
            km = "\n".join(f"• {c[0]}" for c in ctrls)
            st = "\n".join(c[1] for c in ctrls)
            kom = "\n".join(c[4] for c in ctrls if c[4])
        else:
            km, st, kom = ctrls[0][0], ctrls[0][1], ctrls[0][4]
        vals = [proc, risk, rv, km, ansv, frekv, st, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.row_dimensions[r].height = 18 * max(1, len(ctrls)) + 10
        for c in ctrls:
            exp(fil, N, c[0], c[2], c[3])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattande bedömning").font = Font(bold=True)
    ws.cell(row=r + 1, column=1,
            value=("Den interna kontrollen bedöms i huvudsak vara tillräcklig. Kontrollen av förhandsbedömningar "
                   "genomförs under tertial 3."))
    ws.cell(row=r + 3, column=1, value="Anna Lindqvist, socialchef, 2025-09-15")
    for col, w in zip("ABCDEFGH", [24, 30, 10, 60, 22, 12, 26, 60]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# B. Barn- och utbildningsnämnden - docx, one row per process, bullets with inline status
# ---------------------------------------------------------------------------
def file_b():
    fil = "BUN Delårsuppföljning intern kontroll 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fix_docx_core(d)
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_paragraph("Uppföljning av intern kontroll – delårsrapport per 31 augusti 2025").runs[0].bold = True
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (BUN § 112). Nedan redovisas "
        "kontrollerna per process med status efter varje kontrollmoment. Kontrollmoment utan angiven status "
        "har inte rapporterats av ansvarig vid delårets utgång.")
    # rows: process, [(display_text, control_text, status, avv, style)], ansvarig, kommentar
    rows = [
        ("Ekonomi – kundfakturering och reskontra",
         [("• Avstämning av kundreskontra – klar", "Avstämning av kundreskontra", "GENOMFORD", "nej", None),
          ("• Kontroll av att barnomsorgsavgifter debiteras enligt taxa – klar, tre felaktiga avgifter korrigerade",
           "Kontroll av att barnomsorgsavgifter debiteras enligt taxa", "GENOMFORD", "ja", None),
          ("• Stickprov av representation (ej gjord)", "Stickprov av representation", "EJ_GENOMFORD", "", None)],
         "Ekonom BUF",
         "Stickprov av representation flyttas till hösten."),
        ("Skolplacering och skolskjuts",
         [("Kontroll av att beslut om skolskjuts fattas enligt delegationsordningen – genomförd",
           "Kontroll av att beslut om skolskjuts fattas enligt delegationsordningen", "GENOMFORD", "nej",
           "List Bullet"),
          ("Uppföljning av kö till förskola (placering inom fyra månader) – pågår",
           "Uppföljning av kö till förskola (placering inom fyra månader)", "DELVIS", "", "List Bullet")],
         "Placeringsenheten",
         "Inga felaktiga skolskjutsbeslut noterade. Köuppföljningen avslutas i oktober."),
        ("Elevhälsa och kränkande behandling",
         [("• Kontroll av att anmälningar om kränkande behandling rapporteras till huvudman inom fem dagar: "
           "delvis genomförd",
           "Kontroll av att anmälningar om kränkande behandling rapporteras till huvudman inom fem dagar",
           "DELVIS", "", None),
          ("• Stickprov av elevhälsans journaler (ej påbörjad)", "Stickprov av elevhälsans journaler",
           "EJ_GENOMFORD", "", None),
          ("• Uppföljning av frånvarorutinen – utgår, ersatt av Skolinspektionens granskning",
           "Uppföljning av frånvarorutinen", "UTGAR", "", None)],
         "Verksamhetschef elevhälsa",
         "Sju av tolv skolor har rapporterat."),
        ("Upphandling och inköp",
         [("• Kontroll av direktupphandlingar över 100 tkr – klar", "Kontroll av direktupphandlingar över 100 tkr",
           "GENOMFORD", "nej", None),
          ("• Kontroll av avtalstrohet vid inköp av läromedel – klar med avvikelse",
           "Kontroll av avtalstrohet vid inköp av läromedel", "GENOMFORD", "ja", None),
          ("• Granskning av inköp med inköpskort", "Granskning av inköp med inköpskort", "SAKNAS", "", None)],
         "Controller",
         "Avtalstrohet 87 %, två inköp utanför avtal."),
        ("Personal",
         [("Kontroll av att registerutdrag uppvisas före anställning i förskola och skola – klar",
           "Kontroll av att registerutdrag uppvisas före anställning i förskola och skola", "GENOMFORD", "nej",
           "plain")],
         "HR-specialist",
         "Samtliga nyanställda kontrollerade."),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Process", "Kontrollmoment och status", "Ansvarig", "Kommentar"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for proc, ctrls, ansv, kom in rows:
        cells = t.add_row().cells
        cells[0].text = proc
        cell = cells[1]
        first = True
        for disp, km, st, avv, style in ctrls:
            if first:
                p = cell.paragraphs[0]
                p.add_run(disp)
                if style == "List Bullet":
                    p.style = d.styles["List Bullet"]
                first = False
            else:
                if style == "List Bullet":
                    cell.add_paragraph(disp, style="List Bullet")
                else:
                    cell.add_paragraph(disp)
            exp(fil, N, km, st, avv)
        cells[2].text = ansv
        cells[3].text = kom
    d.add_paragraph("")
    d.add_paragraph("Karin Ehn, förvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# C. Stratsys export - csv, KS + ÖFN, several controls per field separated by '|'
# ---------------------------------------------------------------------------
def file_c():
    fil = "Stratsys_export_internkontroll_2025-09-05.csv"
    rows = [
        ("Kommunstyrelsen", "Inköp och betalningar", "Stickprov 20 leverantörer",
         [("Kontroll av leverantörsregister mot bolagsregistret", "Genomförd", "GENOMFORD", "nej"),
          ("Kontroll av ändrade bankuppgifter hos leverantörer", "Genomförd med avvikelse", "GENOMFORD", "ja")],
         "Ändring av bankuppgifter för en leverantör saknade verifiering via uppringning."),
        ("Kommunstyrelsen", "Löneprocessen", "Avstämning/stickprov",
         [("Avstämning av lönelistor mot anställningsavtal", "Genomförd", "GENOMFORD", "nej"),
          ("Kontroll av retroaktiva löneutbetalningar", "Ej påbörjad", "EJ_GENOMFORD", ""),
          ("Kontroll av att avslutade anställningar avslutas i lönesystemet", "Pågående", "DELVIS", "")],
         "Retrokontrollen planeras till oktober."),
        ("Kommunstyrelsen", "IT och informationssäkerhet", "Genomgång av behörighetslista",
         [("Behörighetsgenomgång i ekonomisystemet Raindance", "Genomförd", "GENOMFORD", "nej")],
         "Inga avvikelser."),
        ("Kommunstyrelsen", "Dokumenthantering", "Stickprov i diariet",
         [("Kontroll av att diarieföring sker inom föreskriven tid", "Delvis genomförd", "DELVIS", ""),
          ("Kontroll av att allmänna handlingar lämnas ut skyndsamt", "Ej aktuell", "UTGAR", "")],
         "Utlämnandekontrollen ingår i kommunrevisionens granskning 2025 och utgår ur planen."),
        ("Överförmyndarnämnden", "Granskning av årsräkningar", "Stickprov 10 ärenden",
         [("Kontroll av att årsräkningar granskas inom fastställd tid", "Genomförd", "GENOMFORD", "nej"),
          ("Stickprov av uttag från ställföreträdares konton", "Genomförd", "GENOMFORD", "ja")],
         "Stickprov uttag: ett ej styrkt uttag, återbetalning begärd."),
        ("Överförmyndarnämnden", "Ställföreträdare", "Kontroll i akt",
         [("Kontroll av att belastningsregister och kreditupplysning tas in före förordnande", "Genomförd",
           "GENOMFORD", "nej")],
         ""),
    ]
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Organisation", "Process", "Kontrollmoment", "Metod", "Status", "Kommentar",
                    "Rapporteringsperiod", "Senast ändrad"])
        for org, proc, metod, ctrls, kom in rows:
            w.writerow([org, proc, " | ".join(c[0] for c in ctrls), metod, " | ".join(c[1] for c in ctrls),
                        kom, "2025 T2", "2025-09-04"])
            for c in ctrls:
                exp(fil, org, c[0], c[2], c[3])
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "T2"))
    FILES.append((fil, "INLAST", "Överförmyndarnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# D. Kultur- och fritidsnämnden - odt, text only, one paragraph per process lists the controls
# ---------------------------------------------------------------------------
def file_d():
    fil = "Kultur- och fritidsnämnden - uppföljning internkontroll delår 2025.odt"
    N = "Kultur- och fritidsnämnden"
    doc = OpenDocumentText()
    bold = Style(name="Rubrik", family="paragraph")
    bold.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    bold.addElement(ParagraphProperties(marginbottom="0.2cm"))
    sub = Style(name="Underrubrik", family="paragraph")
    sub.addElement(TextProperties(fontweight="bold", fontsize="11pt"))
    sub.addElement(ParagraphProperties(margintop="0.3cm"))
    doc.automaticstyles.addElement(bold)
    doc.automaticstyles.addElement(sub)

    def para(text, style=None):
        doc.text.addElement(P(text=text, stylename=style) if style else P(text=text))

    para("Kultur- och fritidsnämnden", bold)
    para("Uppföljning av internkontrollplan 2025 – delår (januari–augusti)", sub)
    para("Nämnden beslutade om internkontrollplan 2025 den 28 januari 2025 (KFN § 6). Uppföljningen nedan "
         "redovisar varje process med dess kontrollmoment och resultat inom parentes.")
    blocks = [
        ("Föreningsbidrag",
         "Kontrollmoment: Kontroll av att aktivitetsbidrag betalas ut enligt gällande regler (genomförd, inga "
         "avvikelser); Stickprov av föreningars redovisade deltagartal mot närvarolistor (delvis – 8 av 15 "
         "föreningar granskade); Kontroll av att bidrag återkrävs vid felaktiga uppgifter (ej påbörjad).",
         [("Kontroll av att aktivitetsbidrag betalas ut enligt gällande regler", "GENOMFORD", "nej"),
          ("Stickprov av föreningars redovisade deltagartal mot närvarolistor", "DELVIS", ""),
          ("Kontroll av att bidrag återkrävs vid felaktiga uppgifter", "EJ_GENOMFORD", "")]),
        ("Kassahantering i bad- och sporthall",
         "Kontrollmoment: Avstämning av dagskassor mot kassasystem (genomförd, en differens på 340 kr "
         "konstaterad och utredd); Kontroll av att två personer deltar vid dagsavslut (genomförd).",
         [("Avstämning av dagskassor mot kassasystem", "GENOMFORD", "ja"),
          ("Kontroll av att två personer deltar vid dagsavslut", "GENOMFORD", "nej")]),
        ("Bibliotek",
         "Kontrollmoment: Inventering av medier och utrustning för utlån (utgår – flyttad till "
         "internkontrollplan 2026).",
         [("Inventering av medier och utrustning för utlån", "UTGAR", "")]),
        ("Uthyrning av lokaler",
         "Kontrollmoment: Kontroll av att uthyrning av lokaler faktureras enligt taxa; Uppföljning av "
         "avbokningar. Resultat: Båda kontrollerna genomförda i juni, inga avvikelser.",
         [("Kontroll av att uthyrning av lokaler faktureras enligt taxa", "GENOMFORD", "nej"),
          ("Uppföljning av avbokningar", "GENOMFORD", "nej")]),
    ]
    for head, text, ctrls in blocks:
        para(head, sub)
        para(text)
        for km, st, avv in ctrls:
            exp(fil, N, km, st, avv)
    para("Sammantaget bedöms den interna kontrollen som god. Kvarvarande kontroller genomförs under hösten.")
    para("Kultur- och fritidsförvaltningen, 2025-09-10")
    para("Per Sandberg, kultur- och fritidschef")
    doc.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# E. Tekniska nämnden - xlsx, ordinary, one control per row, T1/T2/Helår letter codes + fills
# ---------------------------------------------------------------------------
def file_e():
    fil = "Tekniska nämnden IK helår 2025.xlsx"
    N = "Tekniska nämnden"
    wb = Workbook()
    fix_xlsx_props(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Tekniska nämnden – Internkontrollplan 2025, uppföljning helår"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Status: G = Genomförd   D = Delvis genomförd   E = Ej genomförd   U = Utgår"
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollansvarig", "T1", "T2", "Helår", "Avvikelse (Ja/Nej)",
           "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = BOX
        cell.alignment = WRAP
    fills = {"G": "92D050", "D": "FFFF00", "E": "FF0000", "U": "BFBFBF"}
    groups = [
        ("Gata och park", [
            ("1.1", "Vinterväghållning", "Kontroll av att fakturor för vinterväghållning stämmer mot avtal",
             "Gatuchef", "D", "G", "G", "Nej", "", "GENOMFORD", "nej"),
            ("1.2", "Entreprenader", "Stickprov av ÄTA-arbeten i entreprenader", "Projektledare",
             "", "D", "D", "Nej", "Fem av tio projekt granskade.", "DELVIS", "nej"),
        ]),
        ("Vatten och avlopp", [
            ("2.1", "Taxor och avgifter", "Avstämning av VA-taxa mot debiterade anslutningsavgifter", "VA-ekonom",
             "G", "G", "G", "Ja", "En anslutningsavgift felaktigt beräknad, rättad i september.", "GENOMFORD",
             "ja"),
            ("2.2", "Mätaravläsning", "Kontroll av att mätaravläsningar genomförs enligt plan", "Driftchef VA",
             "E", "E", "G", "Nej", "Genomförd i november efter systembyte.", "GENOMFORD", "nej"),
            ("2.3", "Driftsäkerhet", "Kontroll av att drifttekniker har aktuell behörighet i styrsystemet (SCADA)",
             "Driftchef VA", "G", "", "", "Nej", "", "GENOMFORD", "nej"),
        ]),
        ("Fastighet", [
            ("3.1", "Felanmälan", "Kontroll av att felanmälningar åtgärdas inom utlovad tid", "Fastighetschef",
             "", "", "E", "", "Ej genomförd p.g.a. byte av felanmälanssystem, flyttas till plan 2026.",
             "EJ_GENOMFORD", ""),
            ("3.2", "Lås och passage", "Inventering av nycklar och passerkort", "Förvaltare",
             "", "U", "U", "", "Ersätts av nytt passersystem, beslut TN 2025-05-20 § 41.", "UTGAR", ""),
            ("3.3", "Hyresavtal", "Kontroll av att hyresavtal för externt inhyrda lokaler är uppdaterade",
             "Förvaltare", "", "", "G", "Nej", "", "GENOMFORD", "nej"),
        ]),
    ]
    r = 5
    for g, items in groups:
        cell = ws.cell(row=r, column=1, value=g)
        cell.font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for it in items:
            vals = list(it[:9])
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
                if c in (5, 6, 7) and v in fills:
                    cell.fill = PatternFill("solid", fgColor=fills[v])
                    cell.alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, N, it[2], it[9], it[10])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Antal kontroller: 8. Genomförda: 5.")
    ws.cell(row=r + 1, column=1, value="Godkänd av förvaltningschef Samhällsbyggnad teknik 2026-01-20")
    for col, w in zip("ABCDEFGHI", [6, 20, 60, 18, 6, 6, 8, 12, 50]):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F. Bygg- och miljönämnden - docx, ordinary table, nämnd only in page header (förvaltning name)
# ---------------------------------------------------------------------------
def file_f():
    fil = "Uppföljning intern kontroll T2 2025 MBF.docx"
    N = "Bygg- och miljönämnden"
    d = docx.Document()
    fix_docx_core(d)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Håbo-Tibble kommun – Miljö- och byggförvaltningen"
    sec.footer.paragraphs[0].text = "Dnr BMN 2025/214"
    d.add_heading("Uppföljning av internkontrollplan, tertial 2 2025", level=1)
    d.add_paragraph("Redovisning av genomförda kontroller januari–augusti 2025. Kolumnen ”Genomförd?” anges "
                    "med Ja, Nej eller Delvis.")
    rows = [
        ("Kontroll av att bygglov beslutas inom 10 veckor", "Stickprov 20 ärenden", "Ja",
         "19 av 20 inom tid; ett ärende tog 12 veckor och avgiften reducerades.", "GENOMFORD", "ja"),
        ("Kontroll av att tillsynsavgifter debiteras enligt taxa", "Stickprov 15 fakturor", "Ja",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av jäv vid handläggning av miljötillsyn", "Genomgång av ärendelista", "Delvis",
         "Påbörjad, slutförs i november.", "DELVIS", ""),
        ("Kontroll av att delegationsbeslut anmäls till nämnden", "Avstämning mot ärendesystemet", "Nej",
         "Ej genomförd p.g.a. byte av ärendesystem.", "EJ_GENOMFORD", ""),
        ("Uppföljning av att förelägganden följs upp inom angiven tid", "Stickprov", "",
         "Se bilaga 2.", "OKLAR", ""),
        ("Kontroll av att livsmedelskontroller genomförs enligt kontrollplanen", "Avstämning mot kontrollplan",
         "Ja", "", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Metod", "Genomförd?", "Resultat/kommentar"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for km, metod, g, kom, st, avv in rows:
        cells = t.add_row().cells
        cells[0].text = km
        cells[1].text = metod
        cells[2].text = g
        cells[3].text = kom
        exp(fil, N, km, st, avv)
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Sammanställning förelägganden (separat fil).")
    d.add_paragraph("Jonas Berg, miljö- och byggchef")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# G. Håbo-Tibble Bostäder AB - csv (comma, cp1252), controls separated by ';' in one field
# ---------------------------------------------------------------------------
def file_g():
    fil = "HTB_internkontroll_T2_2025.csv"
    N = "Håbo-Tibble Bostäder AB"
    rows = [
        ("Hyresadministration",
         [("Kontroll av hyresavisering mot hyresavtal", "OK", "GENOMFORD", "nej"),
          ("Avstämning av hyresreskontra", "OK", "GENOMFORD", "nej"),
          ("Kontroll av vakansrapport", "Avvikelse", "GENOMFORD", "ja")],
         "Vakansrapport: 2 lägenheter felaktigt registrerade som uthyrda, rättat."),
        ("Inköp",
         [("Kontroll av att beställningar görs av behörig person", "OK", "GENOMFORD", "nej"),
          ("Uppföljning av ramavtal för underhåll", "Ej utförd", "EJ_GENOMFORD", "")],
         ""),
        ("Styrelse och VD",
         [("Kontroll av VD:s utlägg och representation", "OK", "GENOMFORD", "nej")],
         "Attesterat av styrelsens ordförande."),
        ("Fastighetsunderhåll",
         [("Kontroll av att planerat underhåll följer underhållsplanen", "Pågår", "DELVIS", ""),
          ("Besiktning av lekplatser", "OK", "GENOMFORD", "nej"),
          ("Kontroll av brandskyddsrondering (SBA)", "Ej aktuell", "UTGAR", "")],
         "Lekplatsbesiktning utförd av extern besiktningsman i maj. SBA-ronderingen har enligt ny "
         "överenskommelse tagits över av räddningstjänstförbundet."),
    ]
    with open(fil, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(["Bolag", "Område", "Kontrollpunkter", "Utfall", "Kommentar", "Period"])
        for omr, ctrls, kom in rows:
            w.writerow([N, omr, "; ".join(c[0] for c in ctrls), "; ".join(c[1] for c in ctrls), kom, "2025-T2"])
            for c in ctrls:
                exp(fil, N, c[0], c[2], c[3])
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# X. Reject - covering letter from Räddningstjänstförbundet (bullets, but no controls)
# ---------------------------------------------------------------------------
def file_x():
    fil = "Följebrev IK-uppföljning T2 2025 Räddningstjänsten.docx"
    d = docx.Document()
    fix_docx_core(d)
    d.add_paragraph("Räddningstjänstförbundet Håbo-Tibble")
    d.add_paragraph("2025-09-18")
    d.add_heading("Följebrev – uppföljning av internkontrollplan tertial 2 2025", level=1)
    d.add_paragraph("Till: Ekonomiavdelningen, Håbo-Tibble kommun")
    d.add_paragraph("Härmed översänds förbundets uppföljning av internkontrollplanen för tertial 2 2025. "
                    "Uppföljningen behandlades av direktionen den 17 september. Följande handlingar bifogas "
                    "i separata filer:")
    for b in ["Uppföljning av internkontrollplan T2 2025 (bilaga 1)",
              "Protokollsutdrag direktionen 2025-09-17 § 32 (bilaga 2)",
              "Reviderad risk- och väsentlighetsanalys 2026 (bilaga 3)"]:
        d.add_paragraph(b, style="List Bullet")
    d.add_paragraph("Vid frågor kontakta förbundets controller Lena Holm, 0171-55 12 40.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Mikael Ås, förbundsdirektör")
    d.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
    ("Tekniska nämnden", "TN|Samhällsbyggnad teknik|Tekniska förvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Bygg- och miljönämnden", "BMN|Miljö- och byggförvaltningen|MBF"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Håbo-Tibble Bostäder AB", "HTB|Bostadsbolaget|Tibblehem"),
    ("Räddningstjänstförbundet Håbo-Tibble", "RTF|Räddningstjänsten|Räddningstjänstförbundet"),
]


def main():
    file_a()
    file_b()
    file_c()
    file_d()
    file_e()
    file_f()
    file_g()
    file_x()
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert not any(";" in x for x in row), row
            f.write(";".join(row) + "\n")
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
