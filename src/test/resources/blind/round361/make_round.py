#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 361 - Lövsta kommun, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py  (from any directory; output goes next to this script)
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 27, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round361"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_wb(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Lövsta kommun"


def fix_doc(d):
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Lövsta kommun"
    cp.author = "Lövsta kommun"
    cp.revision = 1


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö- och byggnadsförvaltningen"),
    ("Gemensamma lönenämnden", "Lönenämnden|Gemensamma lönenämnden Lövsta-Ekeby|Lönecenter Lövsta-Ekeby|GLN"),
    ("Lövsta Bostäder AB", "Lövstabostäder|LBAB|Lövsta Bostäder"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
]


# ---------------------------------------------------------------------------
# File 1: BUN - xlsx, status words in three period columns T1/T2/Helår
# ---------------------------------------------------------------------------
def file_bun():
    fil = "IK uppföljning helår 2025 BUN.xlsx"
    N = "Barn- och utbildningsnämnden"
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Status anges med: Genomförd / Pågår / Ej påbörjad / Utgår. Kommentar lämnas för helår."
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens",
           "Status T1", "Status T2", "Status helår", "Kommentar helår"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = BOLD
        cell.fill = fill("D9E1F2")
        cell.border = BORDER
        cell.alignment = WRAP
    groups = [
        ("Ekonomi och administration", [
            ("1.1", "Inköp och betalning", "Felaktiga utbetalningar",
             "Attest av leverantörsfakturor enligt attestordningen", "Controller", "Tertialvis",
             "Genomförd", "Genomförd", "Genomförd",
             "Stickprov 25 fakturor per tertial, inga avvikelser.", "GENOMFORD", "nej"),
            ("1.2", "Inköp och betalning", "Inköp utanför avtal",
             "Kontroll av att inköp sker från upphandlade avtal (avtalstrohet)", "Inköpssamordnare", "Helår",
             None, None, "Genomförd",
             "Avtalstrohet 87 %. Köp utanför avtal på tre skolor avseende läromedel – åtgärdas genom information till rektorerna.",
             "GENOMFORD", "ja"),
            ("1.3", "Ekonomi", "Förtroendeskada",
             "Representation och förtroendekänsliga poster redovisas korrekt", "Ekonomichef", "Tertialvis",
             "Genomförd", "Pågår", None, None, "DELVIS", ""),
            ("1.4", "Skolskjuts", "Felaktig fakturering",
             "Skolskjuts – kontroll av att fakturerade turer överensstämmer med beställda", "Skolskjutssamordnare", "T2",
             None, "Genomförd", None,
             "Kontrollen genomfördes under T2, se delårsrapporten.", "GENOMFORD", ""),
        ]),
        ("Elevhälsa och trygghet", [
            ("2.1", "Kränkande behandling", "Anmälningar hanteras inte i tid",
             "Anmälan om kränkande behandling rapporteras till huvudman inom fem arbetsdagar", "Rektorer", "Tertialvis",
             "Genomförd", "Genomförd", "Genomförd",
             "32 av 41 anmälningar inkom inom fem arbetsdagar. Påminnelse har gått ut till samtliga rektorer.",
             "GENOMFORD", "ja"),
            ("2.2", "Närvaro", "Problematisk frånvaro upptäcks inte",
             "Uppföljning av elevers frånvaro enligt rutin för frånvarohantering", "Elevhälsochef", "Tertialvis",
             "Pågår", "Pågår", "Pågår",
             "Rutinen följs på 6 av 9 grundskolor. Arbetet fortsätter 2026.", "DELVIS", "ja"),
            ("2.3", "Personal i verksamheten", "Olämplig person anställs",
             "Registerkontroll av personal i förskola och skola (belastningsregister)", "HR-specialist", "Helår",
             None, None, "Ej påbörjad",
             "Kontrollen har inte hunnits med på grund av vakans. Flyttas till plan 2026.", "EJ_GENOMFORD", ""),
            ("2.4", "Elevhälsans medicinska insats", "Bristande journalföring",
             "Dokumentation av elevhälsans medicinska insats i journalsystemet", "Verksamhetschef EMI", "Helår",
             None, None, "Utgår",
             "Utgår enligt nämndbeslut 2025-06-12 § 58, ersätts av egenkontroll.", "UTGAR", ""),
            ("2.5", "Trygghet", "Olycka vid aktivitet utanför skolan",
             "Säkerhetsrutiner vid utflykter och lägerskolor", "Rektorer", "Helår",
             None, None, None, None, "SAKNAS", ""),
        ]),
        ("Personal", [
            ("3.1", "Lön", "Felaktig lön",
             "Löneutbetalningar – kontroll av att timanställda inte får lön för ej arbetad tid", "Controller", "Tertialvis",
             "Genomförd", "Genomförd", "Genomförd",
             "Stickprov 20 timanställda. En felaktig utbetalning (1 840 kr) har återkrävts.", "GENOMFORD", "ja"),
            ("3.2", "Informationssäkerhet", "Obehörig åtkomst",
             "Behörighetskontroll i verksamhetssystemet för elevdokumentation", "Systemförvaltare", "T1 och T3",
             "Genomförd", None, "Genomförd med anmärkning",
             "14 konton för personal som slutat var fortfarande aktiva, nu avslutade.", "GENOMFORD", "ja"),
            ("3.3", "Arbetsmiljö", "Långa sjukskrivningar",
             "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "HR-konsult", "Tertialvis",
             "Genomförd", "Genomförd", None,
             "Rehabärenden följs upp löpande, samtliga ärenden har rehabplan.", "GENOMFORD", "nej"),
        ]),
    ]
    r = 6
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 11):
            ws.cell(r, c).fill = fill("4472C4")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        r += 1
        for row in rows:
            vals = row[:10]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BORDER
                cell.alignment = WRAP
            exp(fil, N, row[3], row[10], row[11])
            r += 1
    r += 1
    ws.cell(r, 1, "Sammanställning: 7 av 12 kontroller genomförda vid helår.").font = Font(italic=True)
    ws.cell(r + 1, 1, "Sammanställt av: Karin Ek, controller, 2026-01-20")
    widths = [6, 20, 24, 48, 18, 12, 12, 12, 16, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# File 2: Socialnämnden - docx, three tables (one per område), codes with legend after
# ---------------------------------------------------------------------------
def set_cell_bg(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def file_sn():
    fil = "Socialnämnden uppföljning internkontrollplan helår 2025.docx"
    N = "Socialnämnden"
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    d = docx.Document()
    fix_doc(d)
    d.core_properties.title = "Uppföljning internkontrollplan 2025"
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Lövsta kommun, Socialförvaltningen\tTjänsteskrivelse\tDnr SN 2025/14"
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph("Socialnämnden")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
        "Socialnämnden antog internkontrollplanen för 2025 den 22 januari 2025 (§ 7). Planen omfattar elva "
        "kontrollmoment fördelade på individ- och familjeomsorg, vård och omsorg samt gemensamma processer. "
        "Nedan redovisas resultatet för helåret 2025.")
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak har varit tillräcklig. Brister har "
        "konstaterats i utredningstider inom barn och unga samt i upprättandet av genomförandeplaner inom "
        "hemtjänsten. Åtgärder redovisas i tabellerna nedan.")
    hdr = ["Nr", "Kontrollmoment", "Metod", "Ansvarig", "Resultat/iakttagelser", "Bedömning"]
    blocks = [
        ("Individ- och familjeomsorg", [
            ("1", "Utredningar inom barn och unga avslutas inom fyra månader", "Stickprov 20 akter",
             "Enhetschef barn och unga",
             "15 av 20 utredningar avslutades inom lagstadgad tid. Beslut om förlängning saknades i två ärenden. "
             "Rutinen för förlängningsbeslut har förtydligats.", "GA", "GENOMFORD", "ja"),
            ("2", "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "Stickprov 30 beslut",
             "Enhetschef försörjningsstöd",
             "Samtliga granskade beslut var fattade av behörig delegat.", "G", "GENOMFORD", "nej"),
            ("3", "Kontroll av utbetalningar av ekonomiskt bistånd mot underlag (dubbelutbetalningar)",
             "Systemrapport månadsvis", "Controller",
             "Kontroll gjord januari–juni. Hösten ej genomförd på grund av byte av verksamhetssystem.", "D",
             "DELVIS", ""),
            ("4", "Orosanmälningar förhandsbedöms inom 14 dagar", "Uttag ur verksamhetssystemet",
             "Enhetschef mottagning", "Se bilaga 2.", "", "OKLAR", ""),
        ]),
        ("Vård och omsorg", [
            ("5", "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut om hemtjänst",
             "Stickprov 25 ärenden", "Enhetschef hemtjänst",
             "19 av 25 genomförandeplaner var upprättade i tid. Uppföljning sker på APT under våren 2026.", "D",
             "DELVIS", "ja"),
            ("6", "Avvikelserapportering enligt lex Sarah utreds och rapporteras till IVO vid behov",
             "Genomgång av samtliga rapporter", "MAS",
             "12 rapporter under året, samtliga utredda. En anmälan till IVO gjord inom föreskriven tid.", "G",
             "GENOMFORD", "nej"),
            ("7", "Läkemedelshantering – signeringslistor kontrolleras på särskilda boenden", "Stickprov",
             "MAS", "Ej genomförd under året på grund av vakant MAS-tjänst under hösten.", "E",
             "EJ_GENOMFORD", ""),
            ("8", "Kontroll av att fakturor från privata utförare inom LOV överensstämmer med utförd tid",
             "Avstämning mot tidrapportering", "Controller",
             "Avstämning gjord för två av fyra utförare. Arbetet pågår.", "D", "DELVIS", ""),
        ]),
        ("Gemensamma processer", [
            ("9", "Loggkontroll i verksamhetssystemet (otillåten åtkomst till personakter)",
             "Slumpvis loggkontroll av tio användare per månad", "Systemförvaltare",
             "Genomförd. Ett fall av otillåten åtkomst har upptäckts och hanterats som personalärende.", "GA",
             "GENOMFORD", "ja"),
            ("10", "Hot och våld – handlingsplan uppdaterad och genomgången på APT", "Enkät till enhetschefer",
             "Förvaltningschef",
             "Ersatt av förvaltningsövergripande arbetsmiljöplan enligt beslut SN 2025-04-23 § 41.", "U",
             "UTGAR", ""),
            ("11", "Kontroll av att delegationsbeslut anmäls till nämnden", "Jämförelse beslut/anmälningslistor",
             "Nämndsekreterare", "", "G", "GENOMFORD", "nej"),
        ]),
    ]
    colours = {"G": "C6EFCE", "GA": "FFEB9C", "D": "FFEB9C", "E": "FFC7CE", "U": "D9D9D9"}
    for title, rows in blocks:
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            c = t.rows[0].cells[i]
            c.text = ""
            run = c.paragraphs[0].add_run(h)
            run.bold = True
            set_cell_bg(c, "DDEBF7")
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row[:6]):
                cells[i].text = v
            if row[5] in colours:
                set_cell_bg(cells[5], colours[row[5]])
                cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            exp(fil, N, row[1], row[6], row[7])
        d.add_paragraph()
    p = d.add_paragraph()
    r = p.add_run("Förklaring bedömning: G = Genomförd utan avvikelse, GA = Genomförd med avvikelse, "
                  "D = Delvis genomförd, E = Ej genomförd, U = Utgår.")
    r.italic = True
    r.font.size = Pt(9)
    d.add_paragraph()
    d.add_paragraph("Lövsta 2026-01-28")
    d.add_paragraph("Anna Berg\nSocialchef")
    d.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# File 3: Lövsta Bostäder AB - xlsx, traffic-light fills in T1/T2/Helår columns, legend on top
# ---------------------------------------------------------------------------
def file_bolag():
    fil = "Lövsta Bostäder AB - intern kontroll 2025.xlsx"
    N = "Lövsta Bostäder AB"
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    G, Y, R, B, GR = "00B050", "FFFF00", "FF0000", "9BC2E6", "BFBFBF"
    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Lövsta Bostäder AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning intern kontroll 2025 – rapport till styrelsen och kommunstyrelsen"
    ws["A2"].font = Font(bold=True)
    ws["A4"] = "Teckenförklaring:"
    ws["A4"].font = BOLD
    legend = [(G, "Genomförd utan avvikelse"), (Y, "Genomförd med avvikelse"), (B, "Pågår"),
              (R, "Ej genomförd"), (GR, "Utgår")]
    for i, (col, txt) in enumerate(legend):
        ws.cell(5 + i, 1).fill = fill(col)
        ws.cell(5 + i, 1).border = BORDER
        ws.cell(5 + i, 2, txt)
    hr = 11
    hdr = ["Område", "Kontrollmoment", "Kontrollansvarig", "T1", "T2", "Helår", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.border = BORDER
    rows = [
        ("Ekonomi", "Attest och utanordning av leverantörsfakturor enligt bolagets attestinstruktion",
         "Ekonomichef", G, G, G, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Hyresavisering – kontroll att nya hyresavtal registreras med rätt hyra",
         "Uthyrningschef", G, Y, Y, "Två avtal med felaktig hyra har rättats och hyresgästerna kompenserats.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Kundförluster – kravhantering och avskrivning av hyresfordringar följer kreditpolicyn",
         "Ekonomichef", B, B, G, None, "GENOMFORD", "nej"),
        ("Fastighet", "Besiktning av lekplatser enligt årsplan", "Förvaltare", None, B, R,
         "Besiktningsfirman avbokade. Besiktningen skjuts till april 2026.", "EJ_GENOMFORD", ""),
        ("Fastighet", "Systematiskt brandskyddsarbete (SBA) dokumenteras i samtliga fastigheter",
         "Fastighetschef", B, B, B, "Dokumentation klar i 41 av 56 fastigheter.", "DELVIS", ""),
        ("Fastighet", "Uppföljning av ramavtal för entreprenader – fakturerade á-priser mot avtal",
         "Inköpsansvarig", None, None, Y,
         "Stickprov 15 fakturor: tre med á-pris över avtal, totalt 46 tkr återkrävt.", "GENOMFORD", "ja"),
        ("Personal och IT", "Behörigheter i fastighetssystemet ses över vid avslutad anställning",
         "IT-samordnare", G, None, G, None, "GENOMFORD", "nej"),
        ("Personal och IT", "Mutor och jäv – årlig jävsdeklaration från styrelse och ledningsgrupp", "VD",
         None, None, GR, "Hanteras från 2025 i ägardialogen med kommunen.", "UTGAR", ""),
        ("Styrning", "Efterlevnad av ägardirektiv – rapportering till kommunstyrelsen", "VD",
         G, G, None, None, "GENOMFORD", "nej"),
    ]
    r = hr + 1
    for row in rows:
        ws.cell(r, 1, row[0])
        ws.cell(r, 2, row[1])
        ws.cell(r, 3, row[2])
        for j in range(3):
            cell = ws.cell(r, 4 + j)
            if row[3 + j]:
                cell.fill = fill(row[3 + j])
        ws.cell(r, 7, row[6])
        for c in range(1, 8):
            ws.cell(r, c).border = BORDER
            ws.cell(r, c).alignment = WRAP
        exp(fil, N, row[1], row[7], row[8])
        r += 1
    ws.cell(r + 1, 1, "Rapporten behandlad av styrelsen 2026-02-10.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [16, 60, 18, 8, 8, 8, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# File 4: Stratsys-like CSV export, two nämnder (förvaltning names), one row per control and period
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_export_internkontroll_2025-12-31.csv"
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))
    T1, T2, H = "Tertial 1 2025", "Tertial 2 2025", "Helår 2025"
    KS = "Kommunledningsförvaltningen"
    KF = "Kultur- och fritidsförvaltningen"
    # (enhet, process, kontrollmoment, ansvarig, [(period, status, kommentar)], exp_status, exp_avv)
    ctrls = [
        (KS, "Ekonomi", "Attestförteckningar är uppdaterade och fastställda", "Ekonomichef",
         [(T1, "Klar", "Fastställda av KS 2025-02-11."), (T2, "Klar", ""),
          (H, "Klar", "Uppdaterade vid omorganisationen i oktober.")], "GENOMFORD", "nej"),
        (KS, "Ekonomi", "Kontroll av leverantörsregister – ändring av bankuppgifter verifieras mot leverantör",
         "Redovisningschef",
         [(T1, "Klar", ""),
          (T2, "Klar med avvikelse", "Ett bedrägeriförsök via falsk e-post upptäcktes, ingen utbetalning gjordes."),
          (H, "Klar", "Under året ett bedrägeriförsök (T2), ingen utbetalning. Rutinen har skärpts.")],
         "GENOMFORD", "ja"),
        (KS, "Upphandling", "Avtalstrohet – inköp sker från upphandlade leverantörer", "Upphandlingschef",
         [(H, "Pågående", "Spendanalys pågår, klar i februari 2026.")], "DELVIS", ""),
        (KS, "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinje", "Upphandlingschef",
         [(T2, "Klar med avvikelse", "4 av 10 granskade direktupphandlingar saknade dokumentation."),
          (H, "", "")], "GENOMFORD", "ja"),
        (KS, "Informationssäkerhet", "Informationssäkerhet – behörighetsgenomgång i ekonomisystemet", "IT-chef",
         [(T1, "Ej påbörjad", ""), (T2, "Pågående", "Påbörjad i augusti."),
          (H, "Klar", "12 inaktuella behörigheter har tagits bort.")], "GENOMFORD", "ja"),
        (KS, "Styrning", "Uppföljning av att beslut i kommunfullmäktige verkställs", "Kanslichef",
         [(H, "Ej aktuell", "Kontrollen ströks vid revideringen av planen i juni (KS 2025-06-10 § 112).")],
         "UTGAR", ""),
        (KS, "Personal", "Löneutbetalningar – kontroll av nyanställda mot anställningsavtal", "HR-chef",
         [(T1, "Klar", "Inga avvikelser."), (T2, "Klar", "Inga avvikelser."),
          (H, "Pågående", "Kontrollen för T3 är påbörjad och slutförs i januari 2026.")], "DELVIS", ""),
        (KS, "Ekonomi", "Kontroll av kommunens bankkonton och betalningsbehörigheter", "Redovisningschef",
         [(H, "Klar", "Behörigheterna i banken stämmer med fattade beslut.")], "GENOMFORD", "nej"),
        (KF, "Föreningsbidrag", "Bidrag till föreningar betalas ut enligt gällande regler", "Föreningskonsulent",
         [(T1, "Klar", ""), (T2, "Klar", ""),
          (H, "Klar", "Stickprov 15 bidrag. En förening fick för högt aktivitetsstöd, beloppet har återkrävts.")],
         "GENOMFORD", "ja"),
        (KF, "Kontanthantering", "Kontanthantering i simhallens kassa – dagskassor stäms av", "Badchef",
         [(T1, "Klar", ""), (T2, "Klar med avvikelse", "Kassadifferens på 1 200 kr i juli."), (H, "Klar", "")],
         "GENOMFORD", "ja"),
        (KF, "Lokaluthyrning", "Uthyrning av lokaler faktureras enligt taxa", "Bokningsansvarig",
         [(H, "Klar", "Inga avvikelser.")], "GENOMFORD", "nej"),
        (KF, "Inköp", "Biblioteksmedier – inköp följer upphandlat avtal", "Bibliotekschef",
         [(H, "Ej påbörjad", "Ej genomförd, prioriterades bort under hösten.")], "EJ_GENOMFORD", ""),
        (KF, "Säkerhet", "Säkerhetsronder i fritidsgårdarnas lokaler", "Fritidschef",
         [(T1, "Klar", "Ronder gjorda på samtliga gårdar."), (T2, "Pågående", "Två av fyra gårdar klara.")],
         "DELVIS", ""),
        (KF, "Säkerhet", "Registerutdrag ur belastningsregistret för ledare i lovverksamhet", "Fritidschef",
         [(H, "Klar", "Samtliga 34 sommarledare har lämnat utdrag.")], "GENOMFORD", "nej"),
        (KF, "Tillgångar", "Konstsamlingen – inventering av konst i kommunens lokaler", "Kulturchef",
         [(H, "Pågående", "Inventering gjord i tre av fem förvaltningars lokaler. Sju verk kunde inte lokaliseras.")],
         "DELVIS", "ja"),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Enhet", "Plan", "Process", "Kontrollmoment", "Kontrollansvarig", "Period", "Status",
                    "Kommentar", "Senast ändrad"])
        for enhet, proc, km, ans, pers, st, av in ctrls:
            for per, status, kom in pers:
                changed = {"Tertial 1 2025": "2025-05-08", "Tertial 2 2025": "2025-09-15",
                           "Helår 2025": "2026-01-19"}[per]
                w.writerow([enhet, "Internkontrollplan 2025", proc, km, ans, per, status, kom, changed])
            namnd = "Kommunstyrelsen" if enhet == KS else "Kultur- och fritidsnämnden"
            exp(fil, namnd, km, st, av)


# ---------------------------------------------------------------------------
# File 5: Gemensamma lönenämnden - .doc (from docx), text only Delår/Helår columns
# ---------------------------------------------------------------------------
def file_lon(tmp):
    fil = "Lönenämnden IK-uppföljning 2025.doc"
    N = "Gemensamma lönenämnden"
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    d = docx.Document()
    fix_doc(d)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Lönecenter Lövsta-Ekeby"
    p = d.add_paragraph()
    r = p.add_run("Gemensamma lönenämnden för Lövsta och Ekeby kommuner")
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    r = p.add_run("Uppföljning av internkontrollplan 2025 – delår och helår")
    r.bold = True
    r.font.size = Pt(12)
    d.add_paragraph(
        "Lövsta kommun är värdkommun för den gemensamma lönenämnden. Uppföljningen redovisas till "
        "nämnden samt till kommunstyrelserna i Lövsta och Ekeby. Delårskolumnen avser januari–augusti och "
        "helårskolumnen hela året.")
    rows = [
        ("Kontroll av att löneutbetalningar sker enligt inrapporterade underlag (stickprov)",
         "Genomförd, 40 stickprov utan anmärkning.",
         "Genomförd, 40 stickprov. Två felaktiga OB-ersättningar har upptäckts och rättats.", "GENOMFORD", "ja"),
        ("Kontroll av att behörigheter i lönesystemet överensstämmer med beslutade roller",
         "Ej påbörjad.", "Genomförd i november. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Avstämning av löneskatter och arbetsgivaravgifter mot deklaration till Skatteverket",
         "Genomförd månadsvis utan avvikelse.", "Genomförd månadsvis utan avvikelse.", "GENOMFORD", "nej"),
        ("Kontroll av att semesterlöneskulden beräknas korrekt vid bokslut",
         "Görs vid helår.",
         "Pågår. Slutlig avstämning görs i bokslutsarbetet i februari 2026.", "DELVIS", ""),
        ("Uppföljning av att avslutade anställningar registreras i tid (förhindra felaktig lön)",
         "Genomförd. Fem fall av sent inrapporterat avslut, 38 tkr återkrävs.", "", "GENOMFORD", "ja"),
        ("Kontroll av utlägg och reseräkningar mot kvitton",
         "Utgår.", "Utgår – hanteras i nytt e-tjänstflöde med inbyggd kontroll.", "UTGAR", ""),
        ("Rutin för hantering av skyddade personuppgifter i lönesystemet",
         "Pågår.", "Rutinen är framtagen men ännu inte införd i Ekeby kommun.", "DELVIS", ""),
    ]
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Delår (jan–aug)", "Helår"]):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for row in rows:
        cells = t.add_row().cells
        for i in range(3):
            cells[i].text = row[i]
        exp(fil, N, row[0], row[3], row[4])
    d.add_paragraph()
    d.add_paragraph("Ekeby/Lövsta 2026-02-03")
    d.add_paragraph("Per Lind, lönechef")
    src = os.path.join(tmp, "Lönenämnden IK-uppföljning 2025.docx")
    d.save(src)
    soffice_convert(src, "doc", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# File 6: SBN - .xls (from xlsx), merged period headers with Status+Kommentar, codes with legend at bottom,
# nämnd only in print header / file name
# ---------------------------------------------------------------------------
def file_sbn(tmp):
    fil = "SBN internkontroll uppföljning 2025.xls"
    N = "Samhällsbyggnadsnämnden"
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws.oddHeader.center.text = "Samhällsbyggnadsnämnden – Internkontrollplan 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Statuskod enligt förklaring nederst. Helårskolumnerna fylls i inför bokslut."
    ws["A2"].font = Font(italic=True, size=9)
    # two header rows
    top = ["Id", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig"]
    for c, h in enumerate(top, 1):
        ws.cell(4, c, h)
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    for k, per in enumerate(["Tertial 1", "Delår (jan–aug)", "Helår"]):
        c0 = 6 + 2 * k
        ws.cell(4, c0, per)
        ws.merge_cells(start_row=4, start_column=c0, end_row=4, end_column=c0 + 1)
        ws.cell(5, c0, "Status")
        ws.cell(5, c0 + 1, "Kommentar")
    for r in (4, 5):
        for c in range(1, 12):
            cell = ws.cell(r, c)
            cell.font = BOLD
            cell.fill = fill("E2EFDA")
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    rows = [
        ("P1", "Plan", "Detaljplaner – kontroll av att planavgift debiteras enligt plankostnadsavtal",
         "Stickprov", "Planchef", None, None, None, None, 1, "Fem avtal kontrollerade.", "GENOMFORD", "nej"),
        ("P2", "VA", "Fakturering av anslutningsavgifter för VA", "Avstämning mot nya anslutningar", "VA-chef",
         1, None, 1, None, 2,
         "Två fastigheter anslutna 2024 var inte fakturerade. Fakturerat i november 2025.", "GENOMFORD", "ja"),
        ("P3", "Investeringar", "Kontroll av att entreprenadfakturor attesteras mot ÄTA-beslut",
         "Stickprov 10 fakturor", "Projektchef", 3, "Påbörjad", 3, None, 3,
         "Kontrollen genomförd för två av fyra större projekt.", "DELVIS", ""),
        ("P4", "Park", "Besiktning av kommunala lekplatser", "Egen besiktning och extern huvudbesiktning",
         "Parkchef", None, None, 1, "Huvudbesiktning genomförd i maj.", None, None, "GENOMFORD", "nej"),
        ("P5", "Gata", "Uppföljning av markupplåtelser (torghandel, uteserveringar) – avgift debiterad",
         "Avstämning mot polisens tillstånd", "Gatuchef", None, None, None, None, 4,
         "Ej genomförd på grund av personalbrist.", "EJ_GENOMFORD", ""),
        ("P6", "Gata", "Kontroll av tillstånd för grävning i allmän mark och återställning", "Stickprov",
         "Gatuchef", 1, None, 1, None, 1, None, "GENOMFORD", "nej"),
        ("P7", "Drift", "Inventarieförteckning av maskiner och fordon", "Inventering", "Driftchef",
         None, None, None, None, 0,
         "Utgår, ersätts av ny fordonsförvaltning i kommunens fordonsenhet.", "UTGAR", ""),
        ("P8", "Exploatering", "Kontroll av att köp av fastigheter och mark föregås av värdering",
         "Genomgång av samtliga köp", "Exploateringschef", None, None, None, None, None, "Se bilaga 3.",
         "OKLAR", ""),
        ("P9", "Drift", "Vinterväghållning – entreprenörens tidrapporter stäms av mot väderdata",
         "Avstämning per utryckning", "Driftchef", 2, "Tre utryckningar saknade väderunderlag.", None, None, 2,
         "Avvikelsen från T1 åtgärdad. November–december utan anmärkning.", "GENOMFORD", "ja"),
        ("P10", "Gata", "Kontroll av felanmälningar – åtgärdstid för gatubelysning", "Uttag ur felanmälningssystemet",
         "Gatuchef", 3, None, 3, None, 1, "94 % åtgärdade inom 14 dagar (mål 90 %).", "GENOMFORD", "nej"),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:11], 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
        exp(fil, N, row[2], row[11], row[12])
        r += 1
    r += 1
    ws.cell(r, 1, "Förklaring status:").font = BOLD
    for i, t in enumerate(["1 = Genomförd utan avvikelse", "2 = Genomförd med avvikelse",
                           "3 = Påbörjad/delvis genomförd", "4 = Ej genomförd", "0 = Utgår"]):
        ws.cell(r + 1 + i, 1, t)
    for col, w in zip("ABCDEFGHIJK", [5, 14, 48, 26, 16, 7, 28, 7, 28, 7, 45]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "SBN internkontroll uppföljning 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# File 7: MBN - xlsx with tick columns (Genomförd/Delvis/Ej genomförd) and T1/T2 date columns
# ---------------------------------------------------------------------------
def file_mbn():
    fil = "Miljö- och byggnadsnämnden helår 2025.xlsx"
    N = "Miljö- och byggnadsnämnden"
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Helår"
    ws["A1"] = "Miljö- och byggnadsnämnden – Internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Helårsuppföljning. Markera med X i den kolumn som stämmer. Ange om avvikelse har upptäckts (Ja/Nej)."
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Avrapporterad T1", "Avrapporterad T2",
           "Genomförd", "Delvis genomförd", "Ej genomförd", "Avvikelse (Ja/Nej)", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = BOLD
        cell.fill = fill("FCE4D6")
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    rows = [
        (1, "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef", "2025-04-28", "2025-09-22",
         "X", None, None, "Ja", "6 % av ärendena överskred tiden; avgiften reducerades enligt PBL.",
         "GENOMFORD", "ja"),
        (2, "Debitering av timavgift för tillsyn enligt taxa", "Miljöchef", None, "2025-09-22",
         "X", None, None, "Nej", None, "GENOMFORD", "nej"),
        (3, "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "2025-04-28", "2025-09-22",
         "X", None, None, "Nej", None, "GENOMFORD", "nej"),
        (4, "Tillsynsplan för livsmedelskontroll följs (planerade kontroller utförda)", "Livsmedelsinspektörer",
         "2025-04-28", "2025-09-22", None, "X", None, "Ja", "82 % av planerade kontroller utförda.",
         "DELVIS", "ja"),
        (5, "Registrering av inkomna handlingar i diariet inom två arbetsdagar", "Registrator", None, None,
         None, None, "X", None, "Ej genomförd.", "EJ_GENOMFORD", ""),
        (6, "Jäv – anmälan om jäv dokumenteras i ärendet", "Avdelningschefer", None, "2025-09-22",
         "X", "X", None, None, None, "OKLAR", ""),
        (7, "Kontroll av att sanktionsavgifter beslutas och debiteras", "Bygglovschef", None, None,
         None, None, None, None,
         "Kontrollen genomförd genom genomgång av samtliga tillsynsärenden. Inga brister funna.",
         "GENOMFORD", "nej"),
        (8, "Enskilda avlopp – inventering enligt plan", "Miljöinspektör", None, None,
         None, None, None, None, None, "SAKNAS", ""),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row[:10], 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
            if c in (6, 7, 8):
                cell.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[1], row[10], row[11])
        r += 1
    ws.cell(r + 1, 1, "Godkänd av förvaltningschef Lars Nyström 2026-01-22")
    for col, w in zip("ABCDEFGHIJ", [4, 50, 20, 13, 13, 10, 10, 10, 11, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# Rejected: KFN budget follow-up with T1/T2/helår columns (no internal control)
# ---------------------------------------------------------------------------
def file_budget():
    fil = "Budgetuppföljning KFN helår 2025.xlsx"
    FILES.append((fil, "AVVISAD", "", "", ""))
    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Driftredovisning"
    ws["A1"] = "Kultur- och fritidsnämnden – Driftredovisning 2025 (tkr)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Utfall per tertial och helår jämfört med budget"
    hdr = ["Verksamhet", "Budget 2025", "Utfall T1", "Utfall T2", "Utfall helår", "Avvikelse mot budget",
           "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = BOLD
        cell.border = BORDER
    data = [
        ("Nämnd och administration", 4200, 1350, 2810, 4105, None),
        ("Bibliotek", 18600, 6020, 12450, 18920, "Ökade kostnader för e-medier."),
        ("Fritidsgårdar", 9400, 3010, 6180, 9210, None),
        ("Simhall och idrottsanläggningar", 22800, 7900, 15600, 23950, "Högre energikostnader än budgeterat."),
        ("Föreningsbidrag", 6100, 2900, 4800, 6050, None),
        ("Kulturskola", 11300, 3700, 7500, 11080, None),
    ]
    r = 5
    for name, b, t1, t2, h, kom in data:
        ws.cell(r, 1, name)
        ws.cell(r, 2, b)
        ws.cell(r, 3, t1)
        ws.cell(r, 4, t2)
        ws.cell(r, 5, h)
        ws.cell(r, 6, "=B%d-E%d" % (r, r))
        ws.cell(r, 7, kom)
        r += 1
    ws.cell(r, 1, "Summa").font = BOLD
    for c in range(2, 7):
        L = get_column_letter(c)
        ws.cell(r, c, "=SUM(%s5:%s%d)" % (L, L, r - 1)).font = BOLD
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["G"].width = 45
    wb.save(os.path.join(OUT, fil))


def main():
    # remove previous outputs of this script (keep script and README)
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        p = os.path.join(OUT, f)
        if f not in keep and os.path.isfile(p):
            os.remove(p)
    tmp = tempfile.mkdtemp(prefix="round361_")
    try:
        file_bun()
        file_sn()
        file_bolag()
        file_stratsys()
        file_lon(tmp)
        file_sbn(tmp)
        file_mbn()
        file_budget()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

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
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
