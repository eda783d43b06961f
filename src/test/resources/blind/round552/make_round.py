#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r552 - Hjo kommun, tertial 2 (T2) 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round552"
FIXED_DT = datetime.datetime(2025, 9, 12, 10, 0, 0)

EXPECTED = []  # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []     # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_docx_props(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def fix_xlsx_props(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
SBN = "Samhällsbyggnadsnämnden"
KFN = "Kultur- och fritidsnämnden"
VN = "Valnämnden"
GSN = "Gemensamma servicenämnden Hjo-Tibro-Karlsborg"
KLN = "Krisledningsnämnden"
OFN = "Överförmyndarnämnden"
HEAB = "Hjo Energi AB"

REGISTER = [
    (KS, "KS|Kommunledningsförvaltningen|Kommunledningskontoret|Kommunkansliet"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF|Barn och utbildning"),
    (SN, "SN|Socialförvaltningen|Vård och omsorg|Individ- och familjeomsorgen"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|Samhällsbyggnad Hjo"),
    (KFN, "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    (VN, "VN|Valkansliet"),
    (GSN, "Servicenämnden|Gemensam servicenämnd|Gemensamma servicenämnden|Servicenämnden HTK|"
          "Servicekontoret HTK|HTK-samverkan"),
    (KLN, "KLN|Krisledning"),
    (OFN, "Överförmyndaren|ÖFN|Överförmyndarenheten"),
    (HEAB, "Hjo Energi|HEAB"),
]


# ---------------------------------------------------------------------------
# F1 - Socialnämnden: consultant tool export (English headings, Swedish content)
# ---------------------------------------------------------------------------
def make_f1():
    fil = "RiskPilot_export_Socialnamnden_2025-09-08.xlsx"
    # (id, process, risk, control, frequency, status, comment, owner, updated, exp_status, exp_avv)
    rows = [
        ("SN-01", "Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Kontroll att utbetalningar av ekonomiskt bistånd överensstämmer med beslut (stickprov 20 ärenden)",
         "Tertial", "OK", "20 ärenden granskade, inga avvikelser.",
         "Maria Ek, enhetschef IFO", "2025-08-29", "GENOMFORD", "nej"),
        ("SN-02", "Ekonomiskt bistånd", "Återkrav bevakas inte",
         "Kontroll av att återkrav beslutas och bevakas enligt riktlinje",
         "Halvår", "Ej OK",
         "Kontrollen har inte kunnat genomföras pga vakans på enheten. Flyttas till T3.",
         "Maria Ek, enhetschef IFO", "2025-09-01", "EJ_GENOMFORD", ""),
        ("SN-03", "Myndighetsutövning barn och unga", "Barn far illa utan att åtgärd vidtas",
         "Kontroll att förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Tertial", "OK",
         "Stickprov 15 anmälningar: 13 bedömda inom 14 dagar, 2 överskred tiden (16 resp. 19 dagar). "
         "Genomgång med arbetsgruppen 2025-08-20.",
         "Jonas Hallberg, 1:e socialsekreterare", "2025-08-27", "GENOMFORD", "ja"),
        ("SN-04", "Hemtjänst", "Fakturerad tid avviker från utförd tid",
         "Kontroll att beviljad tid i hemtjänst överensstämmer med utförd tid (TES-rapport)",
         "Tertial", "Pågår",
         "Jämförelse för maj–juni klar. Juli–augusti analyseras i september.",
         "Lena Sjöberg, enhetschef hemtjänst", "2025-09-03", "DELVIS", ""),
        ("SN-05", "Läkemedelshantering", "Fel läkemedel eller utgångna läkemedel ges",
         "Egenkontroll av läkemedelsförråd på särskilda boenden (Sjöbogården, Bäckgården)",
         "Halvår", "OK",
         "Genomförd på båda boendena i juni. Ett utgånget läkemedel hittades på Bäckgården och kasserades. "
         "MAS informerad.",
         "Karin Lund, MAS", "2025-06-30", "GENOMFORD", "ja"),
        ("SN-06", "Personal", "Olämplig person anställs",
         "Kontroll att registerutdrag ur belastningsregistret finns för nyanställda inom LSS",
         "Tertial", "", "",
         "Anders Persson, verksamhetschef LSS", "", "SAKNAS", ""),
        ("SN-07", "Avgifter", "Felaktiga avgiftsbeslut",
         "Kontroll av att avgiftsbeslut för hemtjänst är korrekt beräknade (stickprov 10)",
         "Tertial", "", "Genomförd 2025-06-12. 10 beslut kontrollerade, inga fel hittades.",
         "Eva Strand, avgiftshandläggare", "2025-06-12", "GENOMFORD", "nej"),
        ("SN-08", "Informationssäkerhet", "Obehörig åtkomst till personuppgifter",
         "Logguppföljning i verksamhetssystemet Lifecare (stickprov 10 användare/månad)",
         "Månad", "Pågår",
         "Loggkontroll genomförd för maj och juni utan anmärkning. Juli ej utförd pga semester.",
         "Peter Ahl, systemförvaltare", "2025-08-15", "DELVIS", "nej"),
        ("SN-09", "Inköp", "Inköp utanför avtal",
         "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Halvår", "Ej OK",
         "Ej påbörjad. Ny inköpsrutin från Servicenämnden inväntas.",
         "Lena Sjöberg, enhetschef hemtjänst", "2025-09-03", "EJ_GENOMFORD", ""),
        ("SN-10", "Kvalitet", "Missförhållanden utreds inte",
         "Kontroll att rapporter enligt lex Sarah utreds och anmäls inom fastställd tid",
         "Tertial", "OK",
         "3 rapporter under perioden, samtliga utredda inom tid. Ingen anmälan till IVO krävdes.",
         "Karin Lund, MAS", "2025-08-31", "GENOMFORD", "nej"),
        ("SN-11", "Personal", "Otillåtna bisysslor",
         "Kontroll av att bisysslor är anmälda och bedömda",
         "År", "",
         "Utgår enligt beslut SN 2025-05-21 § 48. Kontrollen hanteras i Kommunstyrelsens plan.",
         "HR-partner", "2025-05-22", "UTGAR", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Controls"
    ws["A1"] = "RiskPilot – Control export"
    ws["A1"].font = Font(bold=True, size=14, color="1F4E79")
    ws["A2"] = "Organisation: Hjo kommun / Socialnämnden"
    ws["A3"] = "Period: 2025 T2 (2025-05-01 – 2025-08-31)"
    ws["A4"] = "Exported: 2025-09-08 14:22 by anna.lindqvist@hjo.se"
    heads = ["ID", "Process", "Risk", "Control", "Frequency", "Status", "Comment", "Owner", "Last updated"]
    hr = 6
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        cell.border = BORDER
    for i, r in enumerate(rows):
        rr = hr + 1 + i
        for c, v in enumerate(r[:9], 1):
            cell = ws.cell(row=rr, column=c, value=(v if v != "" else None))
            cell.alignment = WRAP
            cell.border = BORDER
        exp(fil, SN, r[3], r[9], r[10])
    widths = [8, 24, 28, 55, 11, 9, 60, 32, 13]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.auto_filter.ref = "A%d:I%d" % (hr, hr + len(rows))
    ws.freeze_panes = "A7"
    lg = wb.create_sheet("Legend")
    lg["A1"] = "Status"
    lg["B1"] = "Description"
    lg["A1"].font = Font(bold=True)
    lg["B1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
        ("OK", "Kontrollen är genomförd under perioden. Eventuella avvikelser beskrivs i Comment."),
        ("Pågår", "Kontrollen är påbörjad men inte slutförd."),
        ("Ej OK", "Kontrollen är inte genomförd under perioden."),
        ("(blank)", "Ingen rapportering gjord."),
    ], 2):
        lg.cell(row=i, column=1, value=k)
        lg.cell(row=i, column=2, value=v)
    lg.column_dimensions["A"].width = 10
    lg.column_dimensions["B"].width = 80
    fix_xlsx_props(wb, "RiskPilot")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SN, "2025", "T2"))


# ---------------------------------------------------------------------------
# F2 - Barn- och utbildningsnämnden: Word form with check boxes per control
# ---------------------------------------------------------------------------
def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def boxes(g, d, e):
    on, off = "☑", "☐"
    return "Genomförd %s    Delvis %s    Ej %s" % (on if g else off, on if d else off, on if e else off)


def make_f2():
    fil = "BUN uppföljning IK T2 2025.docx"
    # (kontrollmoment, process, ansvarig, metod, resultat, (g,d,e), exp_status, exp_avv)
    ctl = [
        ("Kontroll av att elevfrånvaro rapporteras och följs upp enligt rutin",
         "Elevhälsa", "Rektorer grundskola", "Stickprov i Skolplattformen, 2 klasser per enhet",
         "Frånvaron följs upp enligt rutin på Guldkroksskolan och Korsberga skola. Inga avvikelser.",
         (1, 0, 0), "GENOMFORD", "nej"),
        ("Kontroll att anmälningar om kränkande behandling anmäls till huvudman och utreds skyndsamt",
         "Trygghet och studiero", "Verksamhetschef grundskola", "Genomgång av samtliga anmälningar maj–augusti",
         "12 anmälningar under perioden. 9 utredda inom två veckor, 3 utredningar har dragit över tidsgränsen "
         "och pågår fortfarande.",
         (0, 1, 0), "DELVIS", "ja"),
        ("Kontroll av att registerkontroll (utdrag ur belastningsregistret) finns för all nyanställd personal",
         "Personal", "HR-partner BUF", "Samtliga nyanställda under perioden",
         "Samtliga 14 nyanställda har uppvisat utdrag före anställningens start.",
         (1, 0, 0), "GENOMFORD", "nej"),
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Ekonomi", "Controller BUF", "Stickprov 25 fakturor",
         "25 fakturor granskade. 2 fakturor var attesterade av fel person eftersom ersättare inte var utsedd "
         "i attestförteckningen. Förteckningen har uppdaterats.",
         (1, 0, 0), "GENOMFORD", "ja"),
        ("Kontroll av att barnomsorgsavgifter debiteras utifrån aktuell inkomstuppgift",
         "Avgifter förskola/fritidshem", "Handläggare barnomsorgsavgifter", "Stickprov 20 hushåll",
         "Kontrollen skjuts till tertial 3 på grund av byte av e-tjänst för inkomstuppgifter.",
         (0, 0, 1), "EJ_GENOMFORD", ""),
        ("Uppföljning av skolskjutsar – att beviljade skolskjutsar överensstämmer med fakturerade resor",
         "Skolskjuts", "Skolskjutssamordnare", "Jämförelse beslut mot faktura från Västtrafik",
         "Resultatet redovisas i bilaga 2.",
         (0, 0, 0), "OKLAR", ""),
        ("Kontroll av att systematiskt brandskyddsarbete (SBA) dokumenteras på varje förskola",
         "Säkerhet", "Förskolechefer", "Genomgång av SBA-dokumentation",
         "",
         (1, 1, 0), "OKLAR", ""),
        ("Kontroll av att delegationsbeslut anmäls till nämnden",
         "Ärendehantering", "Nämndsekreterare", "Jämförelse delegationsbeslut mot anmälningslista",
         "",
         (0, 0, 0), "SAKNAS", ""),
        ("Kontroll av att behörigheter i lärplattformen avslutas vid avslutad anställning",
         "Informationssäkerhet", "IT-samordnare BUF", "Jämförelse personalregister mot aktiva konton",
         "Inga aktiva konton för avslutad personal hittades.",
         (1, 0, 0), "GENOMFORD", "nej"),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hdr = sec.header.paragraphs[0]
    hdr.text = "Hjo kommun\tBarn- och utbildningsförvaltningen"
    p = d.add_paragraph()
    r = p.add_run("Uppföljning av internkontrollplan 2025")
    r.bold = True
    r.font.size = Pt(16)
    p = d.add_paragraph()
    r = p.add_run("Barn- och utbildningsnämnden – tertial 2 (maj–augusti 2025)")
    r.bold = True
    r.font.size = Pt(12)
    d.add_paragraph("Instruktion: Fyll i ett formulär per kontrollmoment. Markera status med kryss i en av rutorna "
                    "(Genomförd = kontrollen utförd enligt plan, Delvis = delvis utförd eller pågår, "
                    "Ej = ej genomförd). Beskriv resultat och eventuella avvikelser.")
    for n, c in enumerate(ctl, 1):
        km, proc, ans, met, res, bx, es, ea = c
        h = d.add_paragraph()
        hr_ = h.add_run("Kontrollmoment %d" % n)
        hr_.bold = True
        hr_.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        t = d.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        t.autofit = False
        t.columns[0].width = Cm(4)
        t.columns[1].width = Cm(12.5)
        labels = ["Kontrollmoment", "Process", "Ansvarig", "Metod", "Resultat/kommentar", "Status"]
        vals = [km, proc, ans, met, res, boxes(*bx)]
        for i, (lab, val) in enumerate(zip(labels, vals)):
            a, b = t.rows[i].cells
            a.text = lab
            a.paragraphs[0].runs[0].bold = True
            set_cell_shading(a, "DEEAF6")
            b.text = val
            a.width = Cm(4)
            b.width = Cm(12.5)
        d.add_paragraph()
        exp(fil, BUN, km, es, ea)
    d.add_paragraph("Hjo 2025-09-10")
    d.add_paragraph("Helena Borg\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    fix_docx_props(d, "Helena Borg")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", BUN, "2025", "T2"))


# ---------------------------------------------------------------------------
# F3 - Samhällsbyggnadsnämnden: "Andel genomfört" percentages per tertial;
#      nämnd only in print header + file name
# ---------------------------------------------------------------------------
def make_f3():
    fil = "SBN IKP 2025 uppföljning T2.xlsx"
    groups = [
        ("1. Myndighetsutövning", [
            ("1.1", "Tillsyn enligt plan- och bygglagen – andel genomförda tillsynsbesök enligt tillsynsplan",
             "Avstämning mot tillsynsplan", "Tertial", "Bygglovschef", 0.30, 0.65, None,
             "Enligt plan. Resterande besök genomförs under hösten.", "DELVIS", "nej"),
            ("1.2", "Handläggningstid bygglov – kontroll att beslut fattas inom 10 veckor (stickprov 20 ärenden)",
             "Stickprov i ärendesystemet", "Tertial", "Bygglovschef", 1.0, 1.0, None,
             "Samtliga 20 ärenden beslutade inom tid.", "GENOMFORD", "nej"),
            ("1.3", "Kontroll av att avgifter för bygglov tas ut enligt gällande taxa",
             "Stickprov 15 ärenden", "Halvår", "Administratör bygg", None, 1.0, None,
             "Två ärenden med felaktig timdebitering har rättats.", "GENOMFORD", "ja"),
        ]),
        ("2. Ekonomi", [
            ("2.1", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor", "Tertial", "Controller", 1.0, 1.0, None,
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("2.2", "Kontroll av investeringsprojekt – uppföljning av budget mot utfall",
             "Genomgång av projektredovisning", "Tertial", "Projektchef", 0.50, None, None,
             None, "DELVIS", ""),
            ("2.3", "Kontroll av att fakturering av VA-avgifter sker för samtliga anslutna fastigheter",
             "Jämförelse VA-abonnemang mot fastighetsregister", "År", "VA-chef", 0.0, 0.0, None,
             "Ej påbörjad – inväntar nytt debiteringssystem.", "EJ_GENOMFORD", ""),
        ]),
        ("3. Teknisk drift", [
            ("3.1", "Kontroll av att egenkontroll av dricksvatten sker enligt kontrollprogram",
             "Granskning av provtagningsprotokoll", "Tertial", "VA-chef", 1.0, 1.0, None,
             "Alla prover inom gränsvärden.", "GENOMFORD", "nej"),
            ("3.2", "Kontroll av att lekplatser besiktigas enligt SS-EN 1176",
             "Genomgång av besiktningsprotokoll", "År", "Parkchef", "Ej aktuell", "Ej aktuell", None,
             "Utgår – besiktningen upphandlas av Servicenämnden från och med 2025.", "UTGAR", ""),
            ("3.3", "Vinterväghållning – kontroll av entreprenörens dokumentation av utförda insatser",
             "Stickprov 10 utryckningar", "Säsong", "Gatuchef", 1.0, "–", None,
             "Kontrollen avser vintersäsongen och genomfördes under T1.", "GENOMFORD", "nej"),
            ("3.4", "Kontroll av att markupplåtelser (torghandel, uteserveringar) har giltigt avtal",
             "Platsbesök och avtalsgenomgång", "Tertial", "Gatuchef", 0.20, 0.80, None,
             "4 av 5 uteserveringar kontrollerade. En saknade giltigt avtal – avtal har nu tecknats.",
             "DELVIS", "ja"),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws.oddHeader.center.text = "Samhällsbyggnadsnämnden Hjo kommun"
    ws.oddHeader.right.text = "Uppföljning T2"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ange andel genomfört (%) per tertial. Kommentera avvikelser och åtgärder i kommentarskolumnen."
    ws["A2"].font = Font(italic=True, color="595959")
    heads = ["Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
             "Andel genomfört T1", "Andel genomfört T2", "Andel genomfört T3", "Kommentar"]
    hr = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="C6E0B4")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    r = hr + 1
    t2vals = []
    for gname, items in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="EDEDED")
        r += 1
        for it in items:
            nr, km, met, frek, ans, t1, t2, t3, kom, es, ea = it
            vals = [nr, km, met, frek, ans, t1, t2, t3, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
                if c in (6, 7, 8) and isinstance(v, float):
                    cell.number_format = "0%"
                    cell.alignment = Alignment(horizontal="center", vertical="top")
                elif c in (6, 7, 8):
                    cell.alignment = Alignment(horizontal="center", vertical="top")
            if isinstance(t2, float):
                t2vals.append(t2)
            exp(fil, SBN, km, es, ea)
            r += 1
    # total row
    ws.cell(row=r, column=2, value="Totalt andel genomfört (medelvärde)").font = Font(bold=True)
    t1list = [it[5] for _, items in groups for it in items if isinstance(it[5], float)]
    c6 = ws.cell(row=r, column=6, value=round(sum(t1list) / len(t1list), 2))
    c7 = ws.cell(row=r, column=7, value=round(sum(t2vals) / len(t2vals), 2))
    for c in (c6, c7):
        c.number_format = "0%"
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center")
    r += 2
    ws.cell(row=r, column=1, value="Uppdaterad 2025-09-05 av Per-Ola Nilsson, förvaltningschef")
    widths = [6, 52, 30, 10, 16, 12, 12, 12, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.row_dimensions[hr].height = 32
    fix_xlsx_props(wb, "Per-Ola Nilsson")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SBN, "2025", "T2"))


# ---------------------------------------------------------------------------
# F4 - Kommunstyrelsen: Word follow-up table exported to PDF
# ---------------------------------------------------------------------------
def make_f4(tmp):
    fil = "KS Uppföljning internkontrollplan T2 2025.pdf"
    ctl = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
         "Stickprov 30 fakturor. Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Kontroll av representation och förtroendekänsliga poster", "Redovisningsansvarig",
         "20 verifikationer granskade. 3 saknade uppgift om deltagare och syfte.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("3", "Upphandling", "Kontroll av avtalstrohet vid direktupphandlingar över 100 tkr", "Upphandlare",
         "Dokumentation saknades för 2 av 8 direktupphandlingar.", "Genomförd med avvikelse",
         "GENOMFORD", "ja"),
        ("4", "HR/lön", "Kontroll av att lönerevision registreras korrekt i lönesystemet", "HR-chef",
         "Kontrollen görs tillsammans med lönecenter och pågår.", "Påbörjad", "DELVIS", ""),
        ("5", "Informationssäkerhet",
         "Kontroll av att behörigheter i ekonomisystemet avslutas vid avslutad anställning",
         "IT-samordnare", "Planeras till oktober.", "Ej påbörjad", "EJ_GENOMFORD", ""),
        ("6", "Ärendehantering", "Kontroll av att inkomna handlingar diarieförs inom två arbetsdagar",
         "Kanslichef", "Stickprov vecka 22 och 34. Samtliga handlingar diarieförda inom tid.",
         "Genomförd", "GENOMFORD", "nej"),
        ("7", "Krisberedskap", "Kontroll av att krisledningsplan och kontaktlistor är uppdaterade",
         "Säkerhetssamordnare",
         "Ersätts av krisledningsövning i oktober enligt beslut KS 2025-04-09 § 61.", "Utgår",
         "UTGAR", ""),
        ("8", "Ärendehantering", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
         "Kanslichef", "", "", "SAKNAS", ""),
        ("9", "HR/lön",
         "Kontroll av att utbetalda arvoden till förtroendevalda överensstämmer med närvarolistor",
         "Nämndsekreterare",
         "Granskat januari–juni, inga felaktigheter. Juli–augusti återstår.", "Delvis genomförd",
         "DELVIS", "nej"),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "HJO KOMMUN\tKommunstyrelsen\tDnr KS 2025/00123"
    p = d.add_paragraph()
    r = p.add_run("Uppföljning av internkontrollplan 2025 – tertial 2")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Kommunstyrelsen antog internkontrollplanen för 2025 den 11 december 2024 (§ 212). "
                    "Nedan redovisas uppföljningen per den 31 augusti 2025 (tertial 2). "
                    "Status anges som Genomförd, Genomförd med avvikelse, Delvis genomförd, Påbörjad, "
                    "Ej påbörjad eller Utgår.")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    heads = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollansvarig", "Resultat T2", "Status"]
    widths = [Cm(1.0), Cm(3.8), Cm(7.2), Cm(4.0), Cm(7.2), Cm(2.9)]
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        set_cell_shading(c, "D9D9D9")
    for row in ctl:
        cells = t.add_row().cells
        for i, v in enumerate(row[:6]):
            cells[i].text = v
        exp(fil, KS, row[2], row[6], row[7])
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = w
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Sammanfattning: Av nio kontrollmoment är fyra genomförda, två pågår, ett är ej påbörjat "
                    "och ett har utgått. Avvikelserna under punkt 2 och 3 har återkopplats till berörda chefer.")
    d.add_paragraph("Hjo 2025-09-09\nUlrika Holm, kommundirektör")
    fix_docx_props(d, "Ulrika Holm")
    src = os.path.join(tmp, "KS Uppföljning internkontrollplan T2 2025.docx")
    d.save(src)
    soffice_convert(src, "pdf", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KS, "2025", "T2"))


# ---------------------------------------------------------------------------
# F5 - Gemensamma servicenämnden (joint nämnd Hjo/Tibro/Karlsborg): .ods with codes + colours
# ---------------------------------------------------------------------------
def make_f5(tmp):
    fil = "Servicenämnden HTK IK T2 2025.ods"
    fills = {"G": "92D050", "D": "FFD966", "E": "FF6B6B", "U": "BFBFBF"}
    ctl = [
        ("Lön", "Kontroll av att löneutbetalningar baseras på attesterade underlag i HR-systemet",
         "Hjo, Tibro, Karlsborg", "Lönechef", "G", "G",
         "Stickprov 40 utbetalningar, inga fel.", "GENOMFORD", "nej"),
        ("Lön", "Kontroll av felaktiga löneutbetalningar och att återkrav skickas",
         "Hjo, Tibro, Karlsborg", "Lönechef", "D", "G",
         "6 felaktiga utbetalningar (totalt 38 tkr) under perioden, återkrav skickade i samtliga fall.",
         "GENOMFORD", "ja"),
        ("IT", "Kontroll av att säkerhetskopiering av servrar sker och att återläsning testas",
         "Hjo, Tibro, Karlsborg", "IT-chef", "G", "D",
         "Säkerhetskopieringen kontrollerad utan anmärkning. Återläsningstest för Tibros filserver återstår.",
         "DELVIS", "nej"),
        ("IT", "Kontroll av att behörigheter i AD avslutas vid avslutad anställning",
         "Hjo, Tibro, Karlsborg", "IT-säkerhetssamordnare", "E", "D",
         "Kontroll gjord för Hjo och Karlsborg – 7 konton var inte avslutade och har spärrats. Tibro återstår.",
         "DELVIS", "ja"),
        ("IT", "Kontroll av att licenser för Microsoft 365 motsvarar antalet aktiva användare",
         "Hjo, Tibro, Karlsborg", "IT-chef", None, "E",
         "Skjuts till 2026 i samband med ny licensmodell.", "EJ_GENOMFORD", ""),
        ("Upphandling", "Kontroll av att avtalsdatabasen är uppdaterad med gällande ramavtal",
         "Hjo, Tibro, Karlsborg", "Upphandlingschef", "G", "G", None, "GENOMFORD", "nej"),
        ("Upphandling", "Kontroll av att upphandlingar över direktupphandlingsgränsen annonseras",
         "Hjo, Tibro, Karlsborg", "Upphandlingschef", "U", "U",
         "Utgår – ingår i respektive kommunstyrelses kontrollplan.", "UTGAR", ""),
        ("Kontaktcenter", "Kontroll av svarstider i den gemensamma växeln (mål: 90 % inom 60 sekunder)",
         "Hjo, Tibro, Karlsborg", "Kontaktcenterchef", None, None, None, "SAKNAS", ""),
        ("Kontaktcenter", "Kontroll av att synpunkter och klagomål registreras och besvaras inom 10 arbetsdagar",
         "Hjo, Tibro", "Kontaktcenterchef", "G", "G",
         "2 av 31 ärenden besvarades efter 12 resp. 14 dagar.", "GENOMFORD", "ja"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning T2"
    ws["A1"] = "Gemensamma servicenämnden Hjo – Tibro – Karlsborg"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 2"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Värdkommun: Hjo kommun. Nämnden ansvarar för lön, IT, upphandling och kontaktcenter för de tre kommunerna."
    ws["A5"] = "Teckenförklaring:"
    ws["A5"].font = Font(bold=True)
    leg = [("G", "Genomförd"), ("D", "Delvis genomförd / pågår"), ("E", "Ej genomförd"), ("U", "Utgår")]
    col = 2
    for code, txt in leg:
        c = ws.cell(row=5, column=col, value=code)
        c.fill = PatternFill("solid", fgColor=fills[code])
        c.alignment = Alignment(horizontal="center")
        c.font = Font(bold=True)
        ws.cell(row=5, column=col + 1, value=txt)
        col += 2
    heads = ["Verksamhet", "Kontrollmoment", "Avser kommun", "Ansvarig", "T1", "T2", "Kommentar T2"]
    hr = 7
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="305496")
        cell.border = BORDER
    prev = None
    for i, row in enumerate(ctl):
        rr = hr + 1 + i
        verk, km, komm, ans, t1, t2, kom, es, ea = row
        vals = [verk if verk != prev else None, km, komm, ans, t1, t2, kom]
        prev = verk
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=rr, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
            if c in (5, 6):
                cell.alignment = Alignment(horizontal="center", vertical="top")
                if v:
                    cell.fill = PatternFill("solid", fgColor=fills[v])
                    cell.font = Font(bold=True)
        exp(fil, GSN, km, es, ea)
    last = hr + len(ctl)
    ws.cell(row=last + 2, column=1, value="Beslutad av Gemensamma servicenämnden 2025-09-18 § 34")
    widths = [14, 58, 20, 22, 6, 6, 60]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fix_xlsx_props(wb, "Servicekontoret HTK")
    src = os.path.join(tmp, "Servicenämnden HTK IK T2 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", GSN, "2025", "T2"))


# ---------------------------------------------------------------------------
# F6 - Stratsys CSV export, two nämnder (Kultur- och fritidsnämnden + Valnämnden), cp1252
# ---------------------------------------------------------------------------
def make_f6():
    fil = "Stratsys_IKP_export_20250911.csv"
    heads = ["Organisation", "Kontrollområde", "Kontrollmoment", "Ansvarig",
             "Status T1", "Kommentar T1", "Status T2", "Kommentar T2"]
    rows = [
        ("Kultur- och fritidsnämnden", "Bidrag",
         "Kontroll av att föreningsbidrag betalas ut enligt beslut och gällande riktlinjer",
         "Fritidschef", "Genomförd", "Stickprov 10 föreningar, inga avvikelser.", "Genomförd",
         "Stickprov 8 föreningar, inga avvikelser.", "GENOMFORD", "nej"),
        ("Kultur- och fritidsnämnden", "Kontanthantering",
         "Kontroll av dagskassor och kassaavstämning i Hjo simhall",
         "Badchef", "Genomförd", "", "Genomförd med avvikelse",
         "Två kassadifferenser i juli (120 kr och 300 kr). Rutin för kassaöverlämning förtydligad.",
         "GENOMFORD", "ja"),
        ("Kultur- och fritidsnämnden", "Intäkter",
         "Kontroll av att lokalbokningar i idrottshallar faktureras korrekt",
         "Bokningsansvarig", "Pågående", "", "Pågående",
         "Avstämning mellan bokningssystem och fakturering pågår.", "DELVIS", ""),
        ("Kultur- och fritidsnämnden", "Inventarier",
         "Kontroll av inventarieförteckning för bibliotekets IT-utrustning",
         "Bibliotekschef", "Ej påbörjad", "", "Ej påbörjad", "", "EJ_GENOMFORD", ""),
        ("Kultur- och fritidsnämnden", "Personal",
         "Kontroll av att registerutdrag finns för ledare i sommarlovsaktiviteter",
         "Fritidsgårdsföreståndare", "", "", "Genomförd",
         "Samtliga 18 ledare har lämnat utdrag före start.", "GENOMFORD", "nej"),
        ("Kultur- och fritidsnämnden", "Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Kultur- och fritidschef", "Genomförd", "Inga avvikelser.", "Genomförd", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Valnämnden", "Valorganisation",
         "Kontroll av att röstmottagare inför valet 2026 rekryteras och utbildas enligt plan",
         "Valsamordnare", "Ej påbörjad", "", "Pågående",
         "Rekrytering påbörjad, 42 av 60 röstmottagare rekryterade. Utbildning sker i vår.",
         "DELVIS", ""),
        ("Valnämnden", "Vallokaler",
         "Kontroll av att vallokaler uppfyller krav på tillgänglighet",
         "Valsamordnare", "Pågående", "", "Genomförd",
         "Samtliga 7 vallokaler inventerade. Korsberga bygdegård saknar ramp, åtgärdas före valet.",
         "GENOMFORD", "ja"),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(heads)
        for r in rows:
            w.writerow(r[:8])
            exp(fil, KFN if r[0].startswith("Kultur") else VN, r[2], r[8], r[9])
    FILES.append((fil, "INLAST", KFN, "2025", "T2"))
    FILES.append((fil, "INLAST", VN, "2025", "T2"))


# ---------------------------------------------------------------------------
# F7 - Hjo Energi AB: Word report, text only (headings + paragraphs)
# ---------------------------------------------------------------------------
def make_f7():
    fil = "Hjo Energi AB - Rapport intern kontroll T2 2025.docx"
    ctl = [
        ("Kontroll av att mätarställningar för fjärrvärme läses av och faktureras korrekt",
         "Kontrollen har genomförts genom stickprov av 25 kunder i juni. Inga avvikelser noterades.",
         "GENOMFORD", "nej"),
        ("Kontroll av behörigheter i kundsystemet",
         "Kontrollen är påbörjad men inte slutförd. Genomgång av konsultkonton återstår och beräknas vara "
         "klar i oktober.",
         "DELVIS", ""),
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Genomförd. I ett fall saknades andra attest på en faktura över 100 tkr. Rutinen har förtydligats "
         "för berörda attestanter.",
         "GENOMFORD", "ja"),
        ("Uppföljning av rapportering av elavbrott till Energimarknadsinspektionen",
         "Kontrollen har inte genomförts under perioden och flyttas till hösten på grund av personalbrist "
         "på nätavdelningen.",
         "EJ_GENOMFORD", ""),
        ("Kontroll av att leverantörsregistret inte innehåller dubbletter eller felaktiga bankgironummer",
         "Genomförd utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Kontroll av efterlevnad av rutin för hantering av personuppgifter i kundtjänst",
         "Utgår efter styrelsebeslut 2025-06-17 eftersom området granskas av extern revisor under hösten.",
         "UTGAR", ""),
    ]
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Hjo Energi AB\tStyrelsemöte 2025-09-23\tBilaga 5"
    d.add_heading("Uppföljning av intern kontroll – tertial 2 2025", level=1)
    d.add_paragraph("Styrelsen för Hjo Energi AB fastställde i december 2024 bolagets plan för intern kontroll "
                    "för 2025. Denna rapport redovisar läget per 31 augusti 2025. Varje kontrollmoment "
                    "redovisas nedan med resultat och bedömning.")
    for km, txt, es, ea in ctl:
        d.add_heading(km, level=2)
        d.add_paragraph(txt)
        exp(fil, HEAB, km, es, ea)
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph("Bolagets interna kontroll bedöms i huvudsak vara tillräcklig. De kontroller som inte "
                    "slutförts under perioden följs upp i helårsrapporten.")
    d.add_paragraph("Hjo 2025-09-12\nMikael Svensson, vd")
    fix_docx_props(d, "Mikael Svensson")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", HEAB, "2025", "T2"))


# ---------------------------------------------------------------------------
# F8 - to be rejected: covering letter from socialförvaltningen (no follow-up in it)
# ---------------------------------------------------------------------------
def make_f8():
    fil = "Följebrev IK T2 Socialförvaltningen.docx"
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = "Hjo kommun\tSocialförvaltningen\t2025-09-08"
    d.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    d.add_paragraph("Från: Socialförvaltningen")
    d.add_heading("Följebrev – uppföljning av internkontrollplan tertial 2 2025", level=1)
    d.add_paragraph("Hej!")
    d.add_paragraph("Härmed översänds Socialnämndens uppföljning av internkontrollplanen för tertial 2 2025. "
                    "Uppföljningen har tagits fram i verktyget RiskPilot och bifogas som Excel-export "
                    "(RiskPilot_export_Socialnamnden_2025-09-08.xlsx).")
    d.add_paragraph("Uppföljningen behandlas av Socialnämnden den 24 september 2025. Om nämnden gör ändringar "
                    "i bedömningarna skickar vi en uppdaterad version efter sammanträdet.")
    d.add_paragraph("Observera att kontrollen av bisysslor har utgått ur nämndens plan enligt beslut i maj och "
                    "i stället hanteras av Kommunstyrelsen.")
    d.add_paragraph("Vid frågor, kontakta Anna Lindqvist, kvalitetsutvecklare, 0503-350 00.")
    d.add_paragraph("Med vänlig hälsning\nAnna Lindqvist\nSocialförvaltningen, Hjo kommun")
    fix_docx_props(d, "Anna Lindqvist")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    def wr(name, head, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\n")
            w.writerow(head)
            w.writerows(rows)
    wr("namnder.csv", ["nämnd", "alias"], REGISTER)
    wr("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    wr("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def main():
    # remove previously generated outputs (keep script and README)
    keep = {"make_round.py", "README.md"}
    for n in os.listdir(OUT):
        p = os.path.join(OUT, n)
        if n not in keep and os.path.isfile(p):
            os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r552_")
    try:
        make_f1()
        make_f2()
        make_f3()
        make_f4(tmp)
        make_f5(tmp)
        make_f6()
        make_f7()
        make_f8()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
