#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r535 - Härryda kommun, helår 2025 (verksamhetsberättelse).

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv,
all directly in the folder of this script.  Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 2, 2, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round535"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def out(name):
    return os.path.join(HERE, name)


def fix_props_xlsx(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def fix_props_docx(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Socialnämnden - Word report: introduction, summary paragraph, grouped table
# ---------------------------------------------------------------------------
def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def build_sn_docx():
    fil = "SN_uppfoljning_internkontrollplan_helar_2025.docx"
    namnd = "Socialnämnden"
    # (process group, nr, kontrollmoment, metod, resultat, status word, STATUS, avvikelse)
    groups = [
        ("Myndighetsutövning – individ- och familjeomsorg", [
            ("1", "Förhandsbedömning av orosanmälningar görs inom 14 dagar",
             "Stickprov om 30 anmälningar per tertial i Lifecare.",
             "90 anmälningar har kontrollerats under året. 86 förhandsbedömdes inom 14 dagar. "
             "Fyra överskred tidsgränsen (16–21 dagar) under sommarperioden.\n"
             "Åtgärd: bemanningsplan för sommaren ses över inför 2026.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
            ("2", "Beslut om ekonomiskt bistånd fattas i enlighet med delegationsordningen",
             "Stickprov om 25 beslut per halvår.",
             "50 beslut kontrollerade. Samtliga fattade av behörig delegat.",
             "Genomförd", "GENOMFORD", "nej"),
            ("3", "Utbetalt ekonomiskt bistånd stämmer mot fattade beslut",
             "Avstämning av utbetalningslista mot beslut, 40 ärenden.",
             "Inga avvikelser noterade.",
             "Genomförd", "GENOMFORD", "nej"),
            ("4", "Utredningar inom barn och unga avslutas inom fyra månader enligt 11 kap. 2 § SoL",
             "Uttag ur verksamhetssystemet varje tertial.",
             "Kontrollen är gjord för tertial 1 och 2. Under perioden avslutades 17 av 21 utredningar "
             "inom fyra månader. Tertial 3 har inte kunnat tas ut på grund av systembytet i november.",
             "Delvis genomförd", "DELVIS", "ja"),
        ]),
        ("Vård och omsorg", [
            ("5", "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut om hemtjänst",
             "Stickprov om 25 nya beslut under hösten.",
             "7 av 25 ärenden saknade genomförandeplan efter 14 dagar. Enhetscheferna har fått "
             "återkoppling och uppföljning sker i mars 2026.",
             "Genomförd", "GENOMFORD", "ja"),
            ("6", "Avvikelser och rapporter enligt lex Sarah utreds och rapporteras enligt rutin",
             "Genomgång av samtliga lex Sarah-rapporter 2025.",
             "12 rapporter under året, samtliga utredda inom fastställd tid. Två anmälda till IVO.",
             "Genomförd", "GENOMFORD", "nej"),
            ("7", "Läkemedelshantering på särskilda boenden följer rutin – signeringslistor är kompletta",
             "Egenkontroll av signeringslistor på fyra boenden, en vecka per boende.",
             "Osignerade doser förekom på två av fyra boenden (Björkhaga och Solhaga). "
             "Handlingsplan upprättad tillsammans med MAS.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ]),
        ("Ekonomi och administration", [
            ("8", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov om 30 fakturor.",
             "Samtliga fakturor attesterade enligt attestordningen.",
             "Genomförd", "GENOMFORD", "nej"),
            ("9", "Fakturering av avgifter inom hemtjänst och särskilt boende stämmer mot beslut",
             "Stickprov 20 hemtjänstkunder och 20 boende.",
             "Stickprovet för hemtjänst är genomfört utan anmärkning. "
             "Stickprovet för särskilt boende återstår och genomförs i februari 2026.",
             "Delvis genomförd", "DELVIS", "nej"),
            ("10", "Avtalstrohet vid köp av konsulttjänster och externa placeringar",
             "Genomgång av leverantörsreskontra mot avtalsdatabasen.",
             "Kontrollen har inte genomförts under året på grund av hög arbetsbelastning på "
             "ekonomienheten. Kontrollen flyttas till internkontrollplan 2026.",
             "Ej genomförd", "EJ_GENOMFORD", ""),
        ]),
        ("Personal och informationssäkerhet", [
            ("11", "Behörigheter i Lifecare avslutas när anställningen upphör",
             "Avstämning av behörighetslista mot avslutade anställningar i Heroma.",
             "Samtliga 46 avslutade anställningar hade fått behörigheten borttagen.",
             "Genomförd", "GENOMFORD", "nej"),
            ("12", "Utdrag ur belastningsregistret kontrolleras vid nyanställning inom LSS och barn- och ungdomsverksamhet",
             "Kontroll av samtliga nyanställningar i berörda verksamheter.",
             "Utdrag har uppvisats för samtliga 31 nyanställda.",
             "Genomförd", "GENOMFORD", "nej"),
        ]),
    ]

    d = docx.Document()
    fix_props_docx(d, "Sektorn för socialtjänst")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Härryda kommun\tTjänsteskrivelse\tDnr SN 2025/0112"

    p = d.add_paragraph()
    r = p.add_run("Härryda kommun – Sektorn för socialtjänst")
    r.font.size = Pt(9)
    d.add_heading("Uppföljning av Socialnämndens internkontrollplan 2025 – helår", level=0)
    p = d.add_paragraph("Datum: 2026-01-26\nHandläggare: Karin Ekdahl, kvalitetsstrateg")

    d.add_heading("1. Inledning", level=1)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att den interna kontrollen är tillräcklig "
        "och att verksamheten bedrivs på ett i övrigt tillfredsställande sätt. Socialnämnden antog "
        "internkontrollplanen för 2025 den 18 december 2024 (§ 142). Planen bygger på den risk- och "
        "väsentlighetsanalys som sektorn tog fram under hösten 2024.")
    d.add_paragraph(
        "Uppföljningen görs per tertial. I denna rapport redovisas resultatet för helåret 2025 och den "
        "ingår som bilaga till nämndens verksamhetsberättelse. Resultatet per tertial har rapporterats "
        "löpande till nämndens arbetsutskott.")

    d.add_heading("2. Sammanfattning", level=1)
    d.add_paragraph(
        "Av 12 kontrollmoment har 9 genomförts, 2 har genomförts delvis och 1 har inte genomförts under "
        "året. Avvikelser har konstaterats i 3 av de genomförda kontrollerna samt i en av de delvis "
        "genomförda. Avvikelserna gäller främst handläggningstider och dokumentation. Sektorn bedömer att "
        "den interna kontrollen i allt väsentligt har varit tillräcklig under 2025.")
    d.add_paragraph(
        "Kontrollmoment 10 om avtalstrohet har inte kunnat genomföras och föreslås ingå i "
        "internkontrollplanen för 2026.")

    d.add_heading("3. Resultat per kontrollmoment", level=1)
    headers = ["Nr", "Kontrollmoment", "Kontrollmetod och omfattning", "Resultat helår 2025", "Status"]
    n_rows = 1 + sum(1 + len(g[1]) for g in groups)
    t = d.add_table(rows=n_rows, cols=5)
    t.style = "Table Grid"
    widths = [Cm(1.0), Cm(4.5), Cm(3.8), Cm(5.7), Cm(2.5)]
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        set_cell_bg(c, "1F4E79")
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    ri = 1
    for gname, rows in groups:
        row = t.rows[ri]
        m = row.cells[0].merge(row.cells[4])
        m.text = ""
        rr = m.paragraphs[0].add_run(gname)
        rr.bold = True
        rr.italic = True
        set_cell_bg(m, "DDEBF7")
        ri += 1
        for nr, km, metod, res, sword, status, avv in rows:
            cells = t.rows[ri].cells
            cells[0].text = nr
            cells[1].text = km
            cells[2].text = metod
            cells[3].text = res
            cells[4].text = sword
            ri += 1
            EXPECTED.append((fil, namnd, km, status, avv))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    d.add_heading("4. Förslag till beslut", level=1)
    d.add_paragraph("Socialnämnden godkänner uppföljningen av internkontrollplan 2025.")
    d.add_paragraph("\nMölnlycke 2026-01-26\n\nAnna Lindqvist\nSektorchef, Sektorn för socialtjänst")
    d.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Kultur- och fritidsnämnden - xlsx, Genomförd Ja/Nej + free-text Avvikelse
# ---------------------------------------------------------------------------
def build_kfn_xlsx():
    fil = "Intern kontroll KFN helår 2025.xlsx"
    namnd = "Kultur- och fritidsnämnden"
    rows = [
        # process, kontrollmoment, ansvarig, frekvens, genomförd, avvikelse, åtgärd, STATUS, avv
        ("Kassahantering", "Dagskassan i receptionen på Mölnlycke kulturhus stäms av mot kassarapport",
         "Enhetschef kulturhus", "Månadsvis", "Ja",
         "Differens på 250 kr vid ett tillfälle i juni. Utredd och förklarad (felslag i kassan).",
         "Genomgång av rutin med receptionspersonal.", "GENOMFORD", "ja"),
        ("Bidrag", "Föreningsbidrag betalas ut enligt beslut och gällande bidragsregler",
         "Föreningskonsulent", "Två ggr/år", "Ja", "Inga avvikelser", "", "GENOMFORD", "nej"),
        ("Uthyrning", "Uthyrning av lokaler och idrottsanläggningar faktureras i sin helhet",
         "Bokningsansvarig", "Tertialvis", "Ja",
         "3 av 40 kontrollerade bokningar i Interbook Go var inte fakturerade (totalt 6 400 kr).",
         "Fakturor skickade i december. Avstämning bokning–faktura införs varje månad.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Controller", "Tertialvis", "Ja", "-", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Inventarieförteckning för bibliotek och fritidsgårdar är uppdaterad",
         "Administratör", "Årligen", "Nej", "",
         "Ej hunnen på grund av vakans. Flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial",
         "Controller", "Årligen", "Ja",
         "Köp utanför avtal hos två leverantörer, sammanlagt ca 18 tkr.",
         "Information till beställare om avtalskatalogen.", "GENOMFORD", "ja"),
        ("Personal", "Utdrag ur belastningsregistret kontrolleras för ledare i sommarlovsaktiviteter och feriepraktik",
         "Fritidschef", "Årligen (maj)", "Ja", "Inga", "", "GENOMFORD", "nej"),
        ("Arbetsmiljö", "Skyddsronder genomförs på samtliga anläggningar enligt SAM-årshjulet",
         "Enhetschefer", "Årligen", "", "",
         "Skyddsrond genomförd på 6 av 9 anläggningar. Återstående tre planeras till februari 2026.",
         "DELVIS", ""),
        ("Bidrag", "Bidrag till studieförbund följs upp mot redovisad verksamhet",
         "Föreningskonsulent", "Årligen", "Nej", "",
         "Kontrollen utgick efter nämndens beslut 2025-03-12 § 18 om ny bidragsmodell.",
         "UTGAR", ""),
        ("Informationssäkerhet", "Personuppgifter i bokningssystemet gallras enligt dokumenthanteringsplanen",
         "Bokningsansvarig", "Årligen", "Ja",
         "Gallring hade inte gjorts för bokningar från 2021. Åtgärdat i december.",
         "", "GENOMFORD", "ja"),
    ]
    wb = openpyxl.Workbook()
    fix_props_xlsx(wb, "Per Holm")
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Uppdaterad 2026-01-19 av Per Holm, controller. Fyll i Ja eller Nej i kolumn F. Beskriv eventuella avvikelser i kolumn G."
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Frekvens", "Genomförd (Ja/Nej)", "Avvikelse", "Åtgärd / kommentar"]
    HR = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7030A0")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    dv = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    ws.add_data_validation(dv)
    r = HR + 1
    for n, (proc, km, ansv, frek, gen, avv_txt, atg, status, avv) in enumerate(rows, 1):
        vals = [n, proc, km, ansv, frek, gen, avv_txt, atg]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.alignment = WRAP
            c.border = BORDER
        ws.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
        dv.add(ws.cell(r, 6))
        EXPECTED.append((fil, namnd, km, status, avv))
        r += 1
    r += 1
    ws.cell(r, 2, "Antal genomförda kontroller:").font = Font(bold=True)
    ws.cell(r, 6, "7 av 10").font = Font(bold=True)
    ws.cell(r + 2, 2, "Godkänd av sektorchef Lena Sjöberg 2026-01-21")
    for col, w in zip("ABCDEFGH", [5, 18, 48, 20, 14, 12, 42, 40]):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "5:5"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Utbildningsnämnden - xlsx, hidden 2024 columns, frozen header, delår + helår
# ---------------------------------------------------------------------------
def build_un_xlsx():
    fil = "UN_IKP_2025_uppfoljning.xlsx"
    namnd = "Utbildningsnämnden"
    # id, område, km, metod, ansvarig, st2024, kom2024, delår25, helår25, kom25, STATUS, avv
    rows = [
        ("UN-01", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Ekonomienheten", "Genomförd", "Inga avvikelser",
         "Genomförd", "Genomförd", "Stickprov 25 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("UN-02", "Ekonomi", "Fakturor för skolskjuts stäms av mot beställda turer",
         "Avstämning mot beställningslista", "Skolskjutssamordnare", "Delvis genomförd", "Endast VT kontrollerad",
         "Pågår", "Genomförd med avvikelse",
         "Felaktig debitering för två linjer under hösten (Hindås och Rävlanda). Kreditering begärd.",
         "GENOMFORD", "ja"),
        ("UN-03", "Elevhälsa och trygghet",
         "Anmälan om kränkande behandling rapporteras till huvudmannen samma dag",
         "Genomgång av 40 ärenden i DF Respons", "Verksamhetschef grundskola", "Ej genomförd", "",
         "Genomförd", "Genomförd",
         "40 ärenden kontrollerade. 6 rapporterades till huvudmannen senare än samma dag.",
         "GENOMFORD", "ja"),
        ("UN-04", "Elevhälsa och trygghet",
         "Elever med hög frånvaro (över 15 %) följs upp av elevhälsoteamet",
         "Frånvarorapport i IST, kontroll av åtgärd", "Rektorer", "Genomförd", "",
         "Genomförd", "Delvis genomförd",
         "Kontrollen genomförd på 7 av 10 grundskolor. Inga brister på de skolor som kontrollerats.",
         "DELVIS", "nej"),
        ("UN-05", "Avgifter", "Inkomstuppgifter för barnomsorgsavgift stäms av mot Skatteverkets uppgifter",
         "Årlig inkomstkontroll", "Avgiftshandläggare", "Genomförd", "Inga avvikelser",
         "Ej påbörjad", "", "", "EJ_GENOMFORD", ""),
        ("UN-06", "Styrning och ledning", "Rektorers delegationsbeslut anmäls till nämnden",
         "Jämförelse delegationslista – protokoll", "Nämndsekreterare", "Genomförd", "",
         "Genomförd", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("UN-07", "Informationssäkerhet",
         "Behörigheter i IST och Skolplattformen tas bort för personal som slutat",
         "Avstämning mot avslutade anställningar", "IT-samordnare", "Ej genomförd", "Systembyte",
         "", "Ej genomförd",
         "Ej genomförd. Ny rutin för behörighetsadministration införs under 2026.",
         "EJ_GENOMFORD", ""),
        ("UN-08", "Styrning och ledning",
         "Huvudmannens årshjul för systematiskt kvalitetsarbete följs",
         "Uppföljning av årshjulets aktiviteter", "Kvalitetsstrateg", "Ny 2025", "",
         "", "", "Se bilaga 2, kvalitetsrapport 2025.", "OKLAR", ""),
        ("UN-09", "Kost", "Egenkontroll av livsmedelshantering i skolköken dokumenteras",
         "Genomgång av egenkontrollpärmar", "Kostchef", "Genomförd", "",
         "Genomförd", "Utgår",
         "Utgår – ansvaret för skolmåltider flyttades till Kostenheten under Kommunstyrelsen från 2025-09-01.",
         "UTGAR", ""),
        ("UN-10", "Inköp", "Inköp av läromedel görs via upphandlade avtal",
         "Analys av inköpsdata", "Controller", "Delvis genomförd", "",
         "", "Genomförd",
         "Avtalstrohet 94 %. Köp utanför avtal hos en leverantör av digitala läromedel.",
         "GENOMFORD", "ja"),
        ("UN-11", "Arbetsmiljö", "Tillbud och arbetsskador anmäls i KIA inom en vecka",
         "Uttag ur KIA", "HR-partner", "Genomförd", "Inga avvikelser",
         "", "", "", "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook()
    fix_props_xlsx(wb, "Sektorn för utbildning")
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Utbildningsnämnden – internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Statusvärden: Genomförd / Genomförd med avvikelse / Delvis genomförd / Pågår / Ej påbörjad / Ej genomförd / Utgår"
    ws["A2"].font = Font(italic=True, size=9)
    hdr = ["ID", "Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Status helår 2024", "Kommentar helår 2024",
           "Status delår 2025", "Status helår 2025", "Kommentar helår 2025"]
    HR = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="C6E0B4")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    r = HR + 1
    for row in rows:
        vals = row[:10]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v if v != "" else None)
            c.alignment = WRAP
            c.border = BORDER
        EXPECTED.append((fil, namnd, row[2], row[10], row[11]))
        r += 1
    widths = [8, 20, 46, 28, 22, 16, 24, 16, 18, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    ws.column_dimensions["F"].hidden = True
    ws.column_dimensions["G"].hidden = True
    ws.freeze_panes = "D5"
    ws.auto_filter.ref = f"A{HR}:J{r - 1}"
    ws.oddFooter.left.text = "Sektorn för utbildning"
    ws.oddFooter.right.text = "Sida &P av &N"
    wb.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Härryda Energi AB - .ods with OK / Ej OK / N/A / Pågår (legend on top)
# ---------------------------------------------------------------------------
def build_heab_ods():
    fil = "HEAB internkontroll 2025 helår.ods"
    namnd = "Härryda Energi AB"
    rows = [
        # nr, risk, kontroll, ansvarig, riskvärde, status, kommentar, STATUS, avv
        ("1", "Felaktig fakturering av nättjänst",
         "Avstämning av fakturerad energi mot insamlade mätvärden",
         "Ekonomichef", "12", "OK", "Månatlig avstämning utan differenser över toleransnivå.", "GENOMFORD", "nej"),
        ("2", "Oegentligheter vid betalning",
         "Leverantörsfakturor attesteras av behörig attestant",
         "Redovisningsansvarig", "9", "OK", "Stickprov 40 fakturor Q1–Q4.", "GENOMFORD", "nej"),
        ("3", "Bedrägeri – falska betalningsuppgifter",
         "Ändring av leverantörers bankkontouppgifter verifieras genom motringning",
         "Redovisningsansvarig", "16", "Ej OK",
         "1 av 14 ändringar saknade dokumenterad motringning. Rutinen har förtydligats.", "GENOMFORD", "ja"),
        ("4", "Felaktiga krediteringar",
         "Kundkrediteringar över 10 tkr godkänns av ekonomichef",
         "Kundtjänstchef", "8", "OK", "", "GENOMFORD", "nej"),
        ("5", "Obehörig åtkomst till kunddata",
         "Behörigheter i kund- och debiteringssystemet granskas halvårsvis",
         "IT-ansvarig", "12", "Pågår",
         "Granskningen för H1 klar utan anmärkning. Granskningen för H2 pågår.", "DELVIS", "nej"),
        ("6", "Prisrisk på el",
         "Prissäkring av elhandel sker enligt finanspolicyn",
         "VD", "6", "N/A", "Bolaget bedriver ingen egen elhandel sedan 2024.", "UTGAR", ""),
        ("7", "Svinn i materiallager",
         "Inventering av elmätare i lager stäms av mot anläggningsregistret",
         "Driftchef", "9", "Ej OK",
         "Differens på 37 mätare mellan lager och register. Utredning pågår.", "GENOMFORD", "ja"),
        ("8", "Utebliven intäkt",
         "Nyanslutningar till stadsnätet (fiber) faktureras enligt avtal",
         "Affärsområdeschef fiber", "8", "", "", "SAKNAS", ""),
        ("9", "Störning i driften / cyberangrepp",
         "Incidenter inom IT- och informationssäkerhet rapporteras enligt NIS-rutinen",
         "IT-ansvarig", "15", "Ok", "Två incidenter under året, båda rapporterade i tid.", "GENOMFORD", "nej"),
    ]
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold", color="#ffffff"))
    head.addElement(TableCellProperties(backgroundcolor="#2e75b6", border="0.5pt solid #000000"))
    cellst = Style(name="cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap", verticalalign="top"))
    small = Style(name="small", family="table-cell")
    small.addElement(TextProperties(fontstyle="italic", fontsize="9pt"))
    for s in (bold, title, head, cellst, small):
        doc.automaticstyles.addElement(s)
    colw = ["1.0cm", "5.0cm", "7.5cm", "4.0cm", "2.0cm", "2.0cm", "8.0cm"]
    colstyles = []
    for i, w in enumerate(colw):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    tbl = Table(name="IK 2025")
    for cs in colstyles:
        tbl.addElement(TableColumn(stylename=cs))

    def add_row(values, style=None):
        tr = TableRow()
        for v in values:
            if v is None or v == "":
                tc = TableCell(stylename=style) if style else TableCell()
            else:
                tc = TableCell(valuetype="string", stylename=style) if style else TableCell(valuetype="string")
                for line in str(v).split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
        tbl.addElement(tr)

    add_row(["Härryda Energi AB – Intern kontroll 2025"], title)
    add_row(["Rapport helår till styrelsen, styrelsemöte 2026-02-12"], bold)
    add_row([])
    add_row(["Förklaring status:"], bold)
    add_row(["", "OK = kontrollen genomförd utan anmärkning"], small)
    add_row(["", "Ej OK = kontrollen genomförd, brister har konstaterats (se kommentar)"], small)
    add_row(["", "Pågår = kontrollen påbörjad men inte slutförd"], small)
    add_row(["", "N/A = kontrollen ej aktuell under året"], small)
    add_row([])
    add_row(["#", "Risk", "Kontroll", "Kontrollansvarig", "Riskvärde (S×K)", "Status", "Kommentar"], head)
    for row in rows:
        add_row(list(row[:7]), cellst)
        EXPECTED.append((fil, namnd, row[2], row[7], row[8]))
    add_row([])
    add_row(["", "Sammanställt av: Maria Fors, ekonomichef, 2026-01-30"])
    doc.spreadsheet.addElement(tbl)
    doc.save(out(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Sektorn för samhällsbyggnad - xlsx, two nämnder on one sheet
# ---------------------------------------------------------------------------
def build_ssb_xlsx():
    fil = "Sektorn för samhällsbyggnad - uppföljning intern kontroll helår 2025.xlsx"
    blocks = [
        ("Samhällsbyggnadsnämnden", [
            ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor", "Tertial", "Klar", "Inga avvikelser.", "", "GENOMFORD", "nej"),
            ("Investeringar", "Entreprenadfakturor inom VA och gata stäms av mot avtal och ÄTA-beslut",
             "Genomgång av tre större projekt", "Årligen", "Klar",
             "ÄTA-arbeten om 340 tkr fakturerades utan skriftligt beslut i projektet Landvetter centrum etapp 2.",
             "Mall för ÄTA-beslut införd i alla projekt.", "GENOMFORD", "ja"),
            ("VA", "Anslutningsavgifter för VA debiteras enligt gällande taxa",
             "Stickprov nya anslutningar", "Halvår", "Pågående",
             "Stickprov för första halvåret klart. Höstens stickprov pågår.", "", "DELVIS", ""),
            ("Mark och exploatering", "Markanvisningsavtal följs upp avseende tidplan och villkor",
             "Genomgång av gällande avtal", "Årligen", "Ej startad",
             "Skjuts till 2026 på grund av personalbrist.", "", "EJ_GENOMFORD", ""),
            ("Gata och park", "Felanmälningar inom gata och park åtgärdas inom utlovad tid",
             "Uttag ur felanmälningssystemet", "Tertial", "Klar",
             "92 % åtgärdade inom utlovad tid (målvärde 90 %).", "", "GENOMFORD", "nej"),
            ("Nämndadministration", "Delegationsbeslut anmäls till nämnden",
             "Jämförelse delegationslista – protokoll", "Tertial", "Klar", "Inga avvikelser.", "",
             "GENOMFORD", "nej"),
        ]),
        ("Miljö- och bygglovsnämnden", [
            ("Bygglov", "Beslut om bygglov fattas inom tio veckor enligt plan- och bygglagen",
             "Uttag ur ärendesystemet", "Tertial", "Klar",
             "4 av 312 ärenden överskred tio veckor. Avgiften reducerades enligt PBL 12 kap. 8 a §.",
             "Veckovis bevakning av tidsfrister.", "GENOMFORD", "ja"),
            ("Tillsyn miljö", "Avgifter för tillsyn enligt miljöbalken debiteras enligt taxa",
             "Stickprov 20 ärenden", "Årligen", "Klar", "", "", "GENOMFORD", ""),
            ("Livsmedel", "Livsmedelskontroller genomförs enligt fastställd kontrollplan",
             "Uppföljning av kontrollplan", "Tertial", "Pågående",
             "78 % av planerade kontroller genomförda vid årets slut.", "Resterande kontroller läggs in i plan 2026.",
             "DELVIS", ""),
            ("Rättssäker handläggning", "Handläggare intygar att jäv inte föreligger i tillsynsärenden",
             "Genomgång av 25 ärenden", "Årligen", "Klar", "Inga avvikelser.", "", "GENOMFORD", "nej"),
            ("Bygglov", "Slutbesked utfärdas först när samtliga handlingar har kommit in",
             "Stickprov 15 slutbesked", "Årligen", "",
             "Kontrollen utgår enligt nämndens beslut 2025-05-20 § 41.", "", "UTGAR", ""),
            ("Administration", "Inkomna handlingar diarieförs inom två arbetsdagar",
             "Stickprov i diariet", "Tertial", "Ej startad", "", "", "EJ_GENOMFORD", ""),
        ]),
    ]
    wb = openpyxl.Workbook()
    fix_props_xlsx(wb, "Sektorn för samhällsbyggnad")
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Uppföljning av internkontrollplaner 2025 – helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Sektorn för samhällsbyggnad, Härryda kommun. Redovisas till respektive nämnd i februari 2026."
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Status", "Resultat / kommentar", "Åtgärd"]
    HR = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = HR + 1
    for namnd, rows in blocks:
        c = ws.cell(r, 1, namnd)
        c.font = Font(bold=True, size=12, color="FFFFFF")
        for i in range(1, 8):
            ws.cell(r, i).fill = PatternFill("solid", fgColor="375623")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for row in rows:
            for i, v in enumerate(row[:7], 1):
                c = ws.cell(r, i, v if v != "" else None)
                c.alignment = WRAP
                c.border = BORDER
            EXPECTED.append((fil, namnd, row[1], row[7], row[8]))
            r += 1
        r += 1  # empty row between the blocks
    ws.cell(r, 1, "Statusförklaring:").font = Font(bold=True)
    ws.cell(r + 1, 1, "Klar = kontrollen genomförd")
    ws.cell(r + 2, 1, "Pågående = kontrollen påbörjad, ej slutförd")
    ws.cell(r + 3, 1, "Ej startad = kontrollen har inte genomförts")
    for col, w in zip("ABCDEFG", [22, 50, 28, 10, 12, 55, 35]):
        ws.column_dimensions[col].width = w
    wb.save(out(fil))
    for namnd, _ in blocks:
        FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Kommunstyrelsen - Stratsys CSV export, cp1252, ';'
# ---------------------------------------------------------------------------
def build_ks_csv():
    fil = "Stratsys_export_KS_internkontroll_2025.csv"
    namnd = "Kommunstyrelsen"
    hdr = ["Organisation", "Ansvarig enhet", "Process", "Kontrollmoment", "Kontrollansvarig",
           "Status T2", "Status Helår", "Kommentar Helår", "Avvikelse (Ja/Nej)"]
    rows = [
        ("Ekonomiavdelningen", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Redovisningschef", "Genomförd", "Genomförd",
         "Stickprov om 60 fakturor. Två fakturor attesterades av ersättare utan giltig delegation.", "Ja",
         "GENOMFORD", "ja"),
        ("Kansliavdelningen", "Nämndadministration",
         "Arvoden till förtroendevalda stämmer mot närvarolistor",
         "Kanslichef", "Genomförd", "Genomförd", "Inga avvikelser.", "Nej", "GENOMFORD", "nej"),
        ("Ekonomiavdelningen", "Ekonomi",
         "Ändringar i leverantörsregistret (bankgiro/plusgiro) kontrolleras mot underlag",
         "Redovisningschef", "Genomförd", "Genomförd", "", "Nej", "GENOMFORD", "nej"),
        ("HR-avdelningen", "Lön",
         "Löneutbetalningar – nyanställda och avslutade anställningar i Heroma stäms av",
         "Lönechef", "Delvis genomförd", "Genomförd",
         "Kontrollen genomförd för samtliga månader. Inga felaktiga utbetalningar.", "Nej", "GENOMFORD", "nej"),
        ("Upphandlingsenheten", "Inköp",
         "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Upphandlingschef", "Ej påbörjad", "Delvis genomförd",
         "Dokumentation finns för 11 av 17 granskade direktupphandlingar. Genomgången av Q4 återstår.",
         "Ja", "DELVIS", "ja"),
        ("IT-avdelningen", "Informationssäkerhet",
         "Riskanalys görs inför införande av nya IT-system",
         "Informationssäkerhetssamordnare", "Genomförd", "", "", "", "GENOMFORD", ""),
        ("Ekonomiavdelningen", "Ekonomi",
         "Representation och förtroendekänsliga poster följer kommunens riktlinje",
         "Controller", "Genomförd", "Genomförd",
         "Två fakturor för representation saknade deltagarförteckning och syfte.", "Ja",
         "GENOMFORD", "ja"),
        ("Fastighetsavdelningen", "Lokaler",
         "Indexuppräkning av hyror i externa lokalhyresavtal stäms av",
         "Fastighetschef", "Ej påbörjad", "Ej genomförd",
         "Ej genomförd på grund av resursbrist. Läggs in i plan 2026.", "", "EJ_GENOMFORD", ""),
        ("Kansliavdelningen", "Styrning",
         "Beslut i kommunstyrelsen verkställs – uppföljning av ärendebalans",
         "Kanslichef", "", "Utgår",
         "Ersätts av ny rutin för ärendeuppföljning i W3D3 (KS 2025-06-09 § 97).", "", "UTGAR", ""),
        ("Sektorn för stöd", "Styrning",
         "Mutor och jäv – årlig påminnelse och intygande för chefer",
         "Sektorchef stöd", "", "Genomförd",
         "Intygande har inhämtats från samtliga chefer. Påminnelse skickad i ”Chefsnytt” i oktober.",
         "Nej", "GENOMFORD", "nej"),
    ]
    path = out(fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write("Rapport: Intern kontroll 2025 – uppföljning;;;;;;;;\r\n")
        f.write("Exporterad från Stratsys 2026-02-02 10:14 av ekonomiavdelningen;;;;;;;;\r\n")
        w = csv.writer(f, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(hdr)
        for row in rows:
            w.writerow([namnd] + list(row[:8]))
            EXPECTED.append((fil, namnd, row[2], row[8], row[9]))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - .xls, status only by colour (legend), nämnd only in print header / file name
# ---------------------------------------------------------------------------
def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def build_ofn_xls():
    fil = "Uppföljning IKP 2025 helår ÖFN.xls"
    namnd = "Överförmyndarnämnden"
    GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"
    rows = [
        ("Granskning", "Årsräkningar granskas inom fyra månader från att de kommit in",
         "Uttag ur Provisum", GREEN, "Samtliga 412 årsräkningar granskade inom fyra månader.", "GENOMFORD", "nej"),
        ("Arvoden", "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         "Stickprov 20 arvodesbeslut", GREEN, "Stickprov 20 st, inga fel.", "GENOMFORD", "nej"),
        ("Delegation", "Uttagsmedgivanden från spärrade konton beslutas enligt delegationsordningen",
         "Genomgång av samtliga beslut T3", YELLOW,
         "Två beslut fattades av handläggare som saknade delegation. Besluten har prövats i efterhand av ordföranden.",
         "GENOMFORD", "ja"),
        ("Lämplighet", "Nya ställföreträdare kontrolleras mot belastningsregistret",
         "Kontroll av samtliga nya uppdrag", GREEN, "Kontrollerat för samtliga 38 nya ställföreträdare.",
         "GENOMFORD", "nej"),
        ("Granskning", "Förteckningar över huvudmännens tillgångar kommer in inom två månader",
         "Bevakningslista", YELLOW, "9 av 45 förteckningar kom in för sent. Påminnelser skickade.",
         "GENOMFORD", "ja"),
        ("Dokumenthantering", "Inkomna handlingar skannas in i akten samma dag",
         "Stickprov en vecka per tertial", RED,
         "Inte genomförd på grund av införandet av nytt ärendesystem under hösten.", "EJ_GENOMFORD", ""),
        ("Ersättningar", "Ersättning för resor och utlägg till ställföreträdare stäms av mot kvitton",
         "Stickprov 15 ärenden", GREY, "Utgår – ingår från 2025 i kontrollen av arvoden.", "UTGAR", ""),
        ("Utbildning", "Nya ställföreträdare erbjuds grundutbildning inom tre månader",
         "Deltagarlistor", None, "Pågår. Två av fyra utbildningstillfällen har hållits.", "DELVIS", ""),
    ]
    wb = openpyxl.Workbook()
    fix_props_xlsx(wb, "Överförmyndarenheten")
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – helår"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljningen avser perioden 2025-01-01 – 2025-12-31"
    hdr = ["Process", "Kontrollmoment", "Metod", "Status", "Resultat"]
    HR = 4
    for i, h in enumerate(hdr, 1):
        c = ws.cell(HR, i, h)
        c.font = Font(bold=True)
        c.border = BORDER
    r = HR + 1
    for proc, km, metod, fill, res, status, avv in rows:
        for i, v in enumerate([proc, km, metod, None, res], 1):
            c = ws.cell(r, i, v)
            c.alignment = WRAP
            c.border = BORDER
        if fill:
            ws.cell(r, 4).fill = PatternFill("solid", fgColor=fill)
        EXPECTED.append((fil, namnd, km, status, avv))
        r += 1
    r += 1
    ws.cell(r, 1, "Färgförklaring").font = Font(bold=True)
    legend = [(GREEN, "Genomförd utan anmärkning"), (YELLOW, "Genomförd med anmärkning"),
              (RED, "Ej genomförd"), (GREY, "Utgår")]
    for i, (fill, txt) in enumerate(legend, 1):
        ws.cell(r + i, 1).fill = PatternFill("solid", fgColor=fill)
        ws.cell(r + i, 2, txt)
    for col, w in zip("ABCDE", [18, 50, 28, 9, 60]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.left.text = "Överförmyndarnämnden"
    ws.oddHeader.right.text = "Härryda kommun"
    ws.oddFooter.center.text = "&D"
    tmp = tempfile.mkdtemp(prefix="r535_")
    src = os.path.join(tmp, os.path.splitext(fil)[0] + ".xlsx")
    wb.save(src)
    soffice_convert(src, "xls:MS Excel 97", tmp)
    shutil.copy(os.path.join(tmp, os.path.splitext(fil)[0] + ".xls"), out(fil))
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. To reject - Protokollsutdrag (Socialnämnden approved the follow-up)
# ---------------------------------------------------------------------------
def build_reject_docx():
    fil = "SN protokollsutdrag 2026-02-18 § 9 uppföljning internkontroll 2025.docx"
    d = docx.Document()
    fix_props_docx(d, "Nämndsekreterare SN")
    p = d.add_paragraph()
    r = p.add_run("HÄRRYDA KOMMUN")
    r.bold = True
    p = d.add_paragraph()
    r = p.add_run("PROTOKOLLSUTDRAG")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Socialnämnden\nSammanträdesdatum: 2026-02-18")
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("§ 9  Dnr SN 2025/0112").bold = True
    p = d.add_paragraph()
    p.add_run("Uppföljning av internkontrollplan 2025 – helår").bold = True
    p = d.add_paragraph()
    p.add_run("Beslut").bold = True
    d.add_paragraph("Socialnämnden godkänner uppföljningen av internkontrollplan 2025.")
    p = d.add_paragraph()
    p.add_run("Sammanfattning av ärendet").bold = True
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 142). Sektorn för "
        "socialtjänst har följt upp planen för helåret. Av 12 kontrollmoment har 9 genomförts, 2 har "
        "genomförts delvis och 1 har inte genomförts. Uppföljningen redovisas i tjänsteskrivelse daterad "
        "2026-01-26 och ingår i nämndens verksamhetsberättelse 2025.")
    p = d.add_paragraph()
    p.add_run("Beslutsunderlag").bold = True
    d.add_paragraph("Tjänsteskrivelse 2026-01-26, Uppföljning av Socialnämndens internkontrollplan 2025 – helår")
    p = d.add_paragraph()
    p.add_run("Expedieras till").bold = True
    d.add_paragraph("Kommunstyrelsen\nSektorchef socialtjänst\nEkonomiavdelningen")
    d.add_paragraph()
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Justerandes signatur"
    t.cell(0, 1).text = "Utdragsbestyrkande"
    t.cell(1, 0).text = "E. Carlsson    B. Nilsson"
    t.cell(1, 1).text = "Sofia Berg, nämndsekreterare"
    d.save(out(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# Register and CSVs
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|Sektorn för stöd"),
    ("Socialnämnden", "SN|Sektorn för socialtjänst|Socialtjänsten"),
    ("Utbildningsnämnden", "UN|Sektorn för utbildning|Utbildningsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Sektorn för kultur och fritid"),
    ("Samhällsbyggnadsnämnden", "SBN|Sektorn för samhällsbyggnad"),
    ("Miljö- och bygglovsnämnden", "MBN|Miljö och bygglov|Miljö- och bygglovsenheten"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndare"),
    ("Valnämnden", "VN"),
    ("Härryda Energi AB", "HEAB|Härryda Energi"),
    ("Räddningstjänstförbundet Storgöteborg", "RSG|Räddningstjänsten Storgöteborg"),
]


def write_csvs():
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    build_sn_docx()
    build_kfn_xlsx()
    build_un_xlsx()
    build_heab_ods()
    build_ssb_xlsx()
    build_ks_csv()
    build_ofn_xls()
    build_reject_docx()
    write_csvs()
    print(f"{len(FILES)} files.csv rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
