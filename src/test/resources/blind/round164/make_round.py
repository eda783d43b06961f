#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 164 - Gullbergs kommun, helår 2025, "a typical inbox".

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py   (output in ./files/ and the CSVs beside this script)
"""
import csv
import datetime
import io
import os
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
FIXED = datetime.datetime(2026, 1, 26, 9, 30, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


def rezip(path):
    """Rewrite an OOXML zip with fixed timestamps so the build is byte-deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 26, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def wb_props(wb, title, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.title = title
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def doc_props(d, title, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hexcolor):
    """Background shading of a python-docx table cell."""
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, title rows, process group rows, Genomförd Ja/Nej
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS_Uppföljning internkontrollplan 2025.xlsx"
    namnd = "Kommunstyrelsen"
    groups = [
        ("Ekonomiprocesser", [
            ("1.1", "Leverantörsfakturor", "Risk för felaktiga eller obehöriga utbetalningar", 3, 3,
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 30 fakturor per tertial", "Tertialvis", "Redovisningschef", "Ja",
             "Stickprov om totalt 90 fakturor. 2 fakturor hade attesterats av person som saknade "
             "beslutsattesträtt. Rutinen har förtydligats för berörda chefer.", "GENOMFORD", "ja"),
            ("1.2", "Kundfakturering", "Risk att intäkter uteblir", 2, 3,
             "Kontroll att påminnelser och inkassokrav skickas ut enligt rutin",
             "Uttag ur ekonomisystemet", "Halvår", "Ekonom kundreskontra", "Ja",
             "Påminnelser och inkassokrav har skickats enligt rutin. Inga avvikelser.", "GENOMFORD", "nej"),
            ("1.3", "Representation", "Risk att representation inte följer regelverk", 2, 2,
             "Kontroll av att representation följer riktlinjer för representation (syfte och deltagare anges)",
             "Stickprov 20 verifikationer", "2 ggr/år", "Controller", "Ja",
             "13 av 20 verifikationer saknade deltagarförteckning eller syfte. Information har gått ut "
             "till samtliga chefer i december.", "GENOMFORD", "ja"),
        ]),
        ("Personal och lön", [
            ("2.1", "Lön", "Risk för utbetalning av lön efter avslutad anställning", 2, 4,
             "Kontroll av att avslutade anställningar avslutas i lönesystemet i rätt tid",
             "Jämförelse HR-system/lönesystem", "Månadsvis", "Lönechef", "Ja",
             "Kontroll genomförd varje månad. En felaktig utbetalning (ca 18 tkr) efter avslutad "
             "anställning i mars, återkrav har skickats.", "GENOMFORD", "ja"),
            ("2.2", "Bisysslor", "Risk för förtroendeskadliga bisysslor", 2, 3,
             "Uppföljning att samtliga medarbetare redovisat bisysslor i samband med medarbetarsamtal",
             "Enkät till chefer", "Årligen", "HR-chef", "Nej",
             "Ej genomförd under 2025 på grund av byte av HR-system. Kontrollen flyttas till "
             "internkontrollplan 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("Informationssäkerhet", [
            ("3.1", "Behörigheter", "Risk för obehörig åtkomst till ekonomisystemet", 2, 4,
             "Kontroll av behörigheter i ekonomisystemet (Raindance) – att behörigheter för "
             "personal som slutat tagits bort",
             "Behörighetslista jämförs mot personalregister", "Årligen", "Systemförvaltare ekonomi", "Ja",
             "Kontroll genomförd i oktober. Inga avvikelser.", "GENOMFORD", "nej"),
            ("3.2", "Diarium", "Risk för otillbörlig åtkomst till allmänna handlingar", 2, 3,
             "Loggkontroll i diarie- och ärendehanteringssystemet",
             "Stickprov loggar", "Halvår", "Registrator/arkivarie", "", "", "SAKNAS", ""),
        ]),
        ("Upphandling och inköp", [
            ("4.1", "Direktupphandling", "Risk att LOU inte följs", 3, 3,
             "Kontroll av att direktupphandlingar över 100 tkr dokumenteras enligt riktlinjer",
             "Stickprov 10 direktupphandlingar", "Årligen", "Upphandlingschef", "Ja",
             "4 av 10 direktupphandlingar saknade dokumentation. Utbildning för beställare genomförd "
             "i november.", "GENOMFORD", "ja"),
            ("4.2", "Avtalstrohet", "Risk för inköp utanför avtal", 3, 2,
             "Avtalstrohet – kontroll av inköp från leverantörer utan avtal",
             "Spendanalys", "Halvår", "Upphandlingschef", "Delvis",
             "Spendanalys gjord för första halvåret. Helårsanalysen blir klar i februari 2026.",
             "DELVIS", ""),
            ("4.3", "Delegation", "Risk att beslut fattas utan delegation", 1, 3,
             "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
             "Jämförelse delegationsförteckning mot anmälda beslut", "Tertialvis", "Nämndsekreterare", "Ja",
             "Samtliga beslut har anmälts.", "GENOMFORD", "nej"),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning helår"
    ws["A1"] = "Gullbergs kommun"
    ws["A1"].font = Font(bold=True, size=10, color="555555")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd: Kommunstyrelsen"
    ws["A4"] = "Uppföljningsperiod: 2025-01-01 – 2025-12-31"
    hdr = ["Nr", "Process", "Risk", "Sannolikhet (1-4)", "Konsekvens (1-4)", "Riskvärde",
           "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Genomförd (Ja/Nej)", "Resultat/Kommentar"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r += 1
    counts = {"Ja": 0, "Nej": 0, "Delvis": 0, "": 0}
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1
        for (nr, proc, risk, s, k, km, metod, frekv, ansv, genf, komm, st, avv) in rows:
            vals = [nr, proc, risk, s, k, None, km, metod, frekv, ansv, genf or None, komm or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(r, 6, s * k).border = BOX  # value, not a formula (openpyxl stores no cached result)
            counts[genf] += 1
            exp(fil, namnd, km, st, avv)
            r += 1
    r += 1
    ws.cell(r, 1, "Sammanställning: Genomförda (Ja) %d, Ej genomförda (Nej) %d, Delvis %d, "
                  "Ej rapporterade %d – totalt %d kontrollmoment"
            % (counts["Ja"], counts["Nej"], counts["Delvis"], counts[""], sum(counts.values())))
    ws.cell(r, 1).font = Font(italic=True)
    r += 2
    ws.cell(r, 1, "Upprättad av: Karin Holm, controller, 2026-01-20")
    ws.cell(r + 1, 1, "Riskvärde = sannolikhet × konsekvens. 1–4 låg, 6–8 medel, 9–16 hög.")
    widths = [6, 18, 28, 11, 11, 9, 45, 26, 12, 20, 12, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    ws.print_title_rows = "6:6"
    ws.page_setup.orientation = "landscape"
    wb_props(wb, "Uppföljning internkontrollplan 2025", "Karin Holm")
    p = os.path.join(OUT, fil)
    wb.save(p)
    rezip(p)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - docx, prose + two tables, status words
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN Helårsuppföljning intern kontroll 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    t1 = [
        ("Skolpliktsbevakning",
         "Kontroll av att elever med hög frånvaro uppmärksammas och att rektor utreder frånvaron "
         "enligt skollagen 7 kap. 19 a §",
         "Stickprov i elevregistret", "Per termin", "Skolchef grundskola", "Genomförd",
         "Stickprov på 25 elever med frånvaro över 15 %. I 6 fall hade utredning inte påbörjats "
         "inom rimlig tid. Rutinen för frånvarouppföljning har reviderats.", "GENOMFORD", "ja"),
        ("Kränkande behandling",
         "Anmälan av kränkande behandling till huvudman sker skyndsamt",
         "Genomgång av anmälningar i DF Respons", "Tertialvis", "Verksamhetsutvecklare", "Genomförd",
         "Samtliga 212 anmälningar har gåtts igenom. Mediantid från händelse till anmälan är 2 dagar. "
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Avgifter förskola och fritidshem",
         "Kontroll av inkomstuppgifter för barnomsorgsavgift (maxtaxa)",
         "Jämförelse mot Skatteverkets uppgifter, stickprov 50 hushåll", "Årligen",
         "Handläggare barnomsorg", "Delvis genomförd",
         "Stickprov på 30 av planerade 50 hushåll har genomförts. 3 hushåll hade lämnat för låg "
         "inkomstuppgift, efterdebitering sker.", "DELVIS", "ja"),
        ("Skolskjuts",
         "Kontroll att beslut om skolskjuts fattas enligt delegationsordning och riktlinjer",
         "Stickprov 15 beslut", "Årligen", "Skolskjutssamordnare", "Ej genomförd",
         "Ej genomförd på grund av vakans. Kontrollen flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("Statsbidrag",
         "Rekvisition och återrapportering av riktade statsbidrag görs i tid",
         "Genomgång av Skolverkets beslut", "Tertialvis", "Ekonom BUF", "Genomförd",
         "Samtliga rekvisitioner och redovisningar har skickats in inom angiven tid.", "GENOMFORD", "nej"),
        ("Systematiskt kvalitetsarbete",
         "Uppföljning att samtliga enheter upprättat plan mot diskriminering och kränkande behandling",
         "Inhämtning av planer", "Årligen", "Kvalitetsstrateg", "Pågår",
         "Inhämtning pågår, 18 av 22 enheter har hittills lämnat in sin plan.", "DELVIS", ""),
    ]
    t2 = [
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor", "Tertialvis", "Controller", "Genomförd",
         "Stickprov 40 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av att avtal finns för inköp över direktupphandlingsgränsen",
         "Spendanalys", "Årligen", "Controller", "",
         "Se bilaga 2.", "OKLAR", ""),
        ("Efterlevnad av riktlinjer för informationssäkerhet – genomförd utbildning i "
         "informationssäkerhet för nyanställda",
         "Uttag ur lärplattformen", "Årligen", "Förvaltningschef", "Genomförd med anmärkning",
         "72 % av nyanställda har genomfört utbildningen. Påminnelse har skickats till berörda chefer.",
         "GENOMFORD", "ja"),
    ]
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.8))
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    hp = sec.header.paragraphs[0]
    hp.text = "GULLBERGS KOMMUN\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/14"
    p = d.add_paragraph()
    run = p.add_run("Barn- och utbildningsnämnden")
    run.bold = True
    run.font.size = Pt(12)
    d.add_heading("Uppföljning av intern kontroll helår 2025", level=1)
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
        "Barn- och utbildningsnämnden antog internkontrollplan för 2025 den 12 februari 2025 (§ 11). "
        "Planen bygger på en risk- och väsentlighetsanalys där riskerna har bedömts utifrån sannolikhet "
        "och konsekvens. I denna rapport redovisas resultatet av årets kontroller.")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Av nämndens nio kontrollmoment har fem genomförts, två har genomförts delvis eller pågår "
        "och ett har inte genomförts. Kontrollen av avtalstrohet redovisas i bilaga 2. Förvaltningen bedömer att den "
        "interna kontrollen i huvudsak är tillräcklig men att rutinerna för frånvarouppföljning och "
        "inkomstkontroll behöver stärkas.")
    d.add_paragraph(
        "Statusangivelser: Genomförd, Genomförd med anmärkning, Delvis genomförd, Pågår, Ej genomförd.")

    def table(title, header, rows):
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, h in enumerate(header):
            c = t.rows[0].cells[i]
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
            shade(c, "D9E2F3")
        set_repeat_header(t.rows[0])
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
        return t

    h1 = ["Process", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Status", "Kommentar"]
    table("1. Nämndspecifika kontrollmoment", h1, [r[:7] for r in t1])
    for r in t1:
        exp(fil, namnd, r[1], r[7], r[8])
    h2 = ["Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Status", "Kommentar"]
    table("2. Kommungemensamma kontrollmoment (beslutade av kommunstyrelsen)", h2, [r[:6] for r in t2])
    for r in t2:
        exp(fil, namnd, r[0], r[6], r[7])
    d.add_paragraph()
    d.add_paragraph("Bilagor: 1. Internkontrollplan 2025  2. Spendanalys avtalstrohet 2025")
    d.add_paragraph()
    d.add_paragraph("Anna Lindqvist\nFörvaltningschef\nBarn- och utbildningsförvaltningen")
    doc_props(d, "Helårsuppföljning intern kontroll 2025", "Anna Lindqvist")
    p = os.path.join(OUT, fil)
    d.save(p)
    rezip(p)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden (via förvaltning) - xlsx, T1/T2/T3 code columns + legend
# ---------------------------------------------------------------------------
def build_sn():
    fil = "Socialförvaltningen IKP 2025 uppföljning T3.xlsx"
    namnd = "Socialnämnden"
    groups = [
        ("Myndighetsutövning barn och unga", [
            ("Risk att barn far illa när orosanmälningar inte hanteras i tid", 3, 4,
             "Kontroll av att förhandsbedömning av orosanmälan görs inom 14 dagar\n(SoL 11 kap. 1 a §)",
             "Uttag ur Treserva", "Tertialvis", "Enhetschef barn och unga", "G", "G", "D",
             "T3: Kontroll gjord för september–oktober, november–december återstår. 9 av 74 "
             "förhandsbedömningar överskred 14 dagar.", "DELVIS", "ja"),
            ("Risk för rättsosäkra och långa utredningar", 2, 4,
             "Kontroll av att utredningar avslutas inom fyra månader (SoL 11 kap. 2 §)",
             "Uttag ur Treserva", "Tertialvis", "Enhetschef barn och unga", "G", "G", "G",
             "Samtliga tertial kontrollerade. 6 utredningar har förlängts med beslut, inga överskridanden "
             "utan beslut.", "GENOMFORD", "nej"),
            ("Risk för placering hos oprövade utförare", 2, 4,
             "Kontroll att placeringar på HVB och i familjehem sker hos ramavtalade leverantörer",
             "Genomgång av placeringar", "Tertialvis", "Placeringssamordnare", "G", "G", "G",
             "Samtliga placeringar under året har skett hos ramavtalade leverantörer.", "GENOMFORD", "nej"),
            ("Risk att familjehem saknar aktuellt underlag", 2, 3,
             "Kontroll av att familjehem har aktuell utredning och avtal",
             "Stickprov 10 familjehem", "Årligen", "Familjehemssekreterare", "-", "-", "G",
             "2 av 10 familjehem saknade uppdaterat avtal, kompletterat i december.", "GENOMFORD", "ja"),
        ]),
        ("Ekonomiskt bistånd", [
            ("Risk för felaktiga utbetalningar", 3, 3,
             "Kontroll av att utbetalningar av ekonomiskt bistånd föregås av beslut och attest",
             "Stickprov 20 ärenden per tertial", "Tertialvis", "Enhetschef ekonomiskt bistånd",
             "G", "G", "G", "T1–T3 utan anmärkning.", "GENOMFORD", "nej"),
            ("Risk för bidragsbrott", 3, 3,
             "Kontroll mot Inkomstregistret/SSBTEK vid nybesök",
             "Stickprov 15 ärenden", "Halvår", "Enhetschef ekonomiskt bistånd", "-", "G", "E",
             "T2 utan anmärkning. T3 ej genomförd på grund av personalbrist på enheten.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Informationssäkerhet och dokumentation", [
            ("Risk för otillåten åtkomst till personuppgifter", 2, 4,
             "Loggkontroll i verksamhetssystemet Treserva avseende otillåten åtkomst",
             "Slumpvis loggkontroll 10 användare/månad", "Månadsvis", "Systemförvaltare", "G", "D", "",
             "Kontroller gjorda januari–juni, därefter vakant tjänst som systemförvaltare.", "DELVIS", ""),
            ("Risk att synpunkter inte tas tillvara", 2, 2,
             "Kontroll av att synpunkter och klagomål besvaras inom 10 arbetsdagar",
             "Uttag ur synpunktshanteringen", "Halvår", "Kvalitetsutvecklare", "-", "G", "G",
             "47 synpunkter inkom 2025, 44 besvarades inom 10 arbetsdagar.", "GENOMFORD", "ja"),
        ]),
        ("Personal och ekonomi", [
            ("Risk att olämplig person anställs", 1, 4,
             "Kontroll av att utdrag ur belastningsregistret uppvisas vid anställning på boende för "
             "barn och unga",
             "Stickprov nyanställningar", "Halvår", "HR-konsult", "-", "G", "G",
             "Samtliga 14 nyanställda har uppvisat utdrag.", "GENOMFORD", "nej"),
            ("Risk för långa sjukskrivningar utan åtgärd", 3, 2,
             "Uppföljning av sjukfrånvaro och rehabiliteringsärenden enligt rutin",
             "Genomgång i Adato", "Tertialvis", "HR-konsult", "G", "G", "G",
             "Uppföljning sker löpande i Adato. Två rehabiliteringsärenden saknade rehabplan efter dag 30.",
             "GENOMFORD", "ja"),
            ("Risk för felaktig fakturering", 2, 3,
             "Kontroll av att fakturor från bemanningsföretag stämmer mot avtalat pris",
             "Stickprov 10 fakturor", "Tertialvis", "Controller", "G", "G", "G",
             "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
    ]
    fills = {"G": "92D050", "D": "FFEB84", "E": "FF7C80", "U": "BFBFBF"}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Socialförvaltningen – Internkontrollplan 2025, uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning per tertial. Tertial 3 avser helårsuppföljning (september–december)."
    ws["J1"] = "Statuskoder:"
    ws["J1"].font = Font(bold=True)
    ws["J2"] = "G = Genomförd"
    ws["J3"] = "D = Delvis genomförd"
    ws["J4"] = "E = Ej genomförd"
    ws["L2"] = "U = Utgår"
    ws["L3"] = "- = ingen kontroll planerad under tertialet"
    hdr = ["Område", "Risk", "S", "K", "RV", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
           "T1", "T2", "T3", "Kommentar"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="C6E0B4")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, horizontal="center")
    r += 1
    for gname, rows in groups:
        for (risk, s, k, km, metod, frekv, ansv, t1, t2, t3, komm, st, avv) in rows:
            vals = [gname, risk, s, k, s * k, km, metod, frekv, ansv, t1 or None, t2 or None,
                    t3 or None, komm]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            for c, code in ((10, t1), (11, t2), (12, t3)):
                ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="top")
                if code in fills:
                    ws.cell(r, c).fill = PatternFill("solid", fgColor=fills[code])
            exp(fil, namnd, km, st, avv)
            r += 1
    # område written once per block: merge the column A cells of each group
    r0 = 7
    for gname, rows in groups:
        if len(rows) > 1:
            for rr in range(r0 + 1, r0 + len(rows)):
                ws.cell(rr, 1).value = None
            ws.merge_cells(start_row=r0, start_column=1, end_row=r0 + len(rows) - 1, end_column=1)
        r0 += len(rows)
    r += 1
    ws.cell(r, 1, "Sammanfattande bedömning:").font = Font(bold=True)
    ws.cell(r + 1, 1, "Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. Bristerna "
                      "i handläggningstider för förhandsbedömningar och loggkontroller åtgärdas under 2026.")
    widths = [20, 30, 4, 4, 5, 48, 26, 11, 24, 6, 6, 6, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    ws.oddHeader.center.text = "Socialnämnden – intern kontroll 2025"
    ws.page_setup.orientation = "landscape"
    wb_props(wb, "IKP 2025 uppföljning", "Socialförvaltningen")
    p = os.path.join(OUT, fil)
    wb.save(p)
    rezip(p)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden - .xls (BIFF8 via xlwt), Genomförd + Avvikelse Ja/Nej
# ---------------------------------------------------------------------------
def build_von():
    fil = "VON uppföljning internkontroll helår 2025.xls"
    namnd = "Vård- och omsorgsnämnden"
    rows = [
        ("Läkemedelshantering", "Kontroll av signeringslistor för läkemedel på särskilda boenden",
         3, 4, "Stickprov 2 avdelningar per boende", "Tertialvis", "MAS", "Ja", "Ja",
         "Osignerade doser förekom på 3 av 8 avdelningar. Avvikelser rapporterade i avvikelsesystemet, "
         "utbildning genomförd.", "GENOMFORD", "ja"),
        ("Läkemedelshantering", "Kontroll av att delegeringar för läkemedelshantering är aktuella",
         2, 4, "Genomgång av delegeringsregister", "Halvår", "MAS", "Ja", "Nej",
         "Samtliga delegeringar aktuella.", "GENOMFORD", "nej"),
        ("Avgifter", "Kontroll av att avgiftsbeslut för hemtjänst baseras på aktuella inkomstuppgifter",
         2, 3, "Stickprov 20 beslut", "Årligen", "Avgiftshandläggare", "Ja", "Nej", "",
         "GENOMFORD", "nej"),
        ("Hemtjänst", "Kontroll av att utförd tid i hemtjänst överensstämmer med beviljad tid",
         3, 3, "Jämförelse planerings-/tidssystem", "Tertialvis", "Enhetschef hemtjänst", "Delvis", "Ja",
         "Kontroll gjord för T1 och T2. Utförd tid understeg beviljad tid med i snitt 12 %. "
         "T3 ej gjord på grund av systembyte.", "DELVIS", "ja"),
        ("Brukarmedel", "Kontroll av hantering av brukares kontanta medel på särskilt boende",
         2, 3, "Kassainventering", "Halvår", "Enhetschef SÄBO", "Ja", "Ja",
         "Differens om 350 kr på ett boende, utredd och rapporterad.", "GENOMFORD", "ja"),
        ("Bemanning", "Kontroll av att timanställda inte överskrider LAS-dagar utan beslut",
         2, 3, "Uttag ur lönesystem", "Tertialvis", "HR-strateg", "Nej", "",
         "Rapporten i lönesystemet har inte kunnat tas fram. Kontrollen har inte genomförts.",
         "EJ_GENOMFORD", ""),
        ("Dokumentation", "Kontroll av att genomförandeplan upprättas inom 14 dagar efter verkställt beslut",
         3, 2, "Stickprov 15 brukare", "Halvår", "Enhetschef", "", "", "", "SAKNAS", ""),
        ("Kvalitet", "Kontroll av att rapporter enligt lex Sarah utreds och vid behov anmäls till IVO",
         2, 4, "Genomgång av rapporter", "Tertialvis", "Kvalitetsutvecklare", "Ja", "Nej",
         "14 rapporter under året, samtliga utredda. 2 har anmälts till IVO.", "GENOMFORD", "nej"),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Helår 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; "
                       "alignment: wrap on, vert centre")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                         "alignment: wrap on, vert top")
    ws.write(0, 0, "Internkontroll 2025 – Uppföljning helår", title)
    ws.write(1, 0, "Förvaltning: Vård- och omsorgsförvaltningen", bold)
    ws.write(2, 0, "Internkontrollplanen beslutad 2025-02-19, § 12")
    hdr = ["Kontrollområde", "Kontrollmoment", "Sannolikhet", "Konsekvens", "Riskvärde (S×K)", "Metod",
           "Frekvens", "Ansvarig", "Genomförd", "Avvikelse", "Kommentar/åtgärd"]
    for c, h in enumerate(hdr):
        ws.write(4, c, h, head)
    r = 5
    for (omr, km, s, k, metod, frekv, ansv, genf, avvk, komm, st, avv) in rows:
        vals = [omr, km, s, k, None, metod, frekv, ansv, genf, avvk, komm]
        for c, v in enumerate(vals):
            if c == 4:
                ws.write(r, c, xlwt.Formula("C%d*D%d" % (r + 1, r + 1)), cellst)
            else:
                ws.write(r, c, v if v != "" else None, cellst)
        exp(fil, namnd, km, st, avv)
        r += 1
    ws.write(r + 1, 0, "Riskvärde 1–4 = låg, 6–8 = medel, 9–16 = hög")
    ws.write(r + 2, 0, "Rapporten behandlad i vård- och omsorgsnämnden 2026-02-18")
    widths = [18, 48, 11, 11, 11, 28, 11, 20, 11, 11, 55]
    for i, w in enumerate(widths):
        ws.col(i).width = 256 * w
    # xlwt 1.3 setter is broken on Python 3 (str/unicode); set the private attribute directly
    ws._Worksheet__header_str = "&LVård- och omsorgsnämnden&RIntern kontroll 2025"
    ws._Worksheet__footer_str = "&CSida &P av &N"
    ws.portrait = False
    ws.set_panes_frozen(True)
    ws.set_horz_split_pos(5)
    p = os.path.join(OUT, fil)
    wb.save(p)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Stratsys export - csv, two nämnder (KFN + MHN), Organisation path column
# ---------------------------------------------------------------------------
def build_csv():
    fil = "Stratsys_export_internkontroll_2025-12-31.csv"
    kfn = "Kultur- och fritidsnämnden"
    mhn = "Miljö- och hälsoskyddsnämnden"
    rows = [
        (kfn, "Föreningsbidrag", "Risk för felaktigt utbetalda bidrag", 2, 3,
         "Kontroll av att föreningsbidrag betalas ut enligt bidragsregler och att redovisning inkommit",
         "Stickprov 10 föreningar", "Årligen", "Föreningskonsulent", "Genomförd med avvikelse",
         "2 av 10 föreningar hade inte lämnat verksamhetsberättelse.\nUtbetalning av nästa års bidrag "
         "hålls inne tills redovisning inkommit.", "GENOMFORD", "ja"),
        (kfn, "Kontanthantering", "Risk för förskingring", 2, 3,
         "Kontroll av kassahantering i simhallens reception (dagskassor)",
         "Oanmäld kassakontroll", "2 ggr/år", "Enhetschef bad", "Genomförd",
         "Två oanmälda kontroller (maj och oktober), inga differenser.", "GENOMFORD", "nej"),
        (kfn, "Lokalbokning", "Risk för uteblivna intäkter", 2, 2,
         "Kontroll av att lokalbokningar faktureras enligt taxa",
         "Jämförelse bokningssystem/fakturering", "Halvår", "Bokningsansvarig", "Påbörjad",
         "Första halvåret kontrollerat. Andra halvåret kontrolleras i januari 2026.", "DELVIS", ""),
        (kfn, "Bibliotek", "Risk för svinn", 2, 2,
         "Inventering av medier och utrustning på biblioteken",
         "Inventering", "Årligen", "Bibliotekschef", "Ej påbörjad",
         "Skjuts upp till 2026 i samband med flytt av huvudbiblioteket.", "EJ_GENOMFORD", ""),
        (kfn, "Barn och unga", "Risk att barn utsätts för övergrepp i föreningsverksamhet", 1, 4,
         "Kontroll av att ledare i verksamhet för barn och unga har uppvisat utdrag ur belastningsregistret",
         "Stickprov i föreningsregistret", "Årligen", "Föreningskonsulent", "Genomförd",
         "Samtliga kontrollerade ledare (25) har uppvisat utdrag.", "GENOMFORD", "nej"),
        (kfn, "Avtal", "Risk att avtalad drift inte levereras", 2, 3,
         "Uppföljning av driftsavtal för ishallen",
         "Avtalsuppföljningsmöte", "Halvår", "Fritidschef", "Genomförd",
         "Uppföljningsmöten i juni och november. Inga avvikelser från avtalet.", "GENOMFORD", "nej"),
        (mhn, "Livsmedelskontroll", "Risk att kontrollplanen inte följs", 3, 3,
         "Kontroll av att planerad livsmedelskontroll genomförs enligt kontrollplan",
         "Uttag ur Ecos", "Tertialvis", "Enhetschef livsmedel", "Genomförd med avvikelse",
         "88 % av planerade kontroller genomförda. Resterande flyttas till 2026 års kontrollplan.",
         "GENOMFORD", "ja"),
        (mhn, "Avgifter", "Risk för felaktig debitering", 2, 3,
         "Kontroll av att timavgift debiteras för handläggning enligt taxa",
         "Stickprov 20 ärenden", "Halvår", "Administratör", "Genomförd",
         "Samtliga ärenden korrekt debiterade.", "GENOMFORD", "nej"),
        (mhn, "Handläggning", "Risk för långa handläggningstider", 2, 2,
         "Kontroll av handläggningstider för ansökningar om enskilda avlopp",
         "Uttag ur Ecos", "Halvår", "Enhetschef miljö", "Genomförd",
         "Samtliga ärenden handlagda inom 8 veckor.", "GENOMFORD", "nej"),
        (mhn, "Jäv", "Risk för jäv i tillsynen", 2, 4,
         "Kontroll av att jävsdeklarationer har upprättats för samtliga inspektörer",
         "Genomgång av deklarationer", "Årligen", "Miljöchef", "Ej påbörjad",
         "Ny rutin för jävsdeklaration tas fram. Kontrollen genomförs när rutinen är beslutad.",
         "EJ_GENOMFORD", ""),
        (mhn, "Registrering", "Risk att handlingar inte diarieförs", 2, 2,
         "Kontroll av att allmänna handlingar diarieförs enligt rutin",
         "Stickprov 30 inkomna handlingar", "Halvår", "Registrator", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    hdr = ["Organisation", "Plan", "Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde",
           "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Uppföljningsperiod", "Status", "Kommentar"]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(hdr)
    for (org, proc, risk, s, k, km, metod, frekv, ansv, status, komm, st, avv) in rows:
        w.writerow(["Gullbergs kommun/" + org, "Internkontrollplan 2025", proc, risk, s, k, s * k, km,
                    metod, frekv, ansv, "Helår 2025", status, komm])
        exp(fil, org, km, st, avv)
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", kfn, "2025", "HELAR"))
    FILES.append((fil, "INLAST", mhn, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Tekniska nämnden - docx, one key/value table per control, nämnd only in page header
# ---------------------------------------------------------------------------
def build_tn():
    fil = "Uppföljning IKP 2025 helår.docx"
    namnd = "Tekniska nämnden"
    procs = [
        ("Fakturahantering", [
            ("Kontroll av att fakturor för entreprenader stäms av mot avtal och ÄTA-beslut",
             (3, 4), "Stickprov 10 fakturor", "Halvår", "Ekonom, tekniska förvaltningen", "Ja",
             "Två fakturor innehöll ÄTA-arbeten utan skriftligt beslut. Projektledarna har informerats "
             "om rutinen och beslut har dokumenterats i efterhand.", "GENOMFORD", "ja"),
        ]),
        ("VA-taxor och debitering", [
            ("Kontroll av att anslutningsavgifter för VA debiteras vid nyanslutning",
             (2, 4), "Jämförelse beviljade bygglov/debiterade avgifter", "Årligen", "VA-chef", "Ja",
             "Samtliga 31 nyanslutningar under året har debiterats.", "GENOMFORD", "nej"),
            ("Kontroll av mätaravläsning och debitering av förbrukningsavgift",
             (2, 3), "Stickprov 25 abonnenter", "Årligen", "Kundtjänst VA", "Nej",
             "Ej genomförd. Nytt kundsystem infördes i september och kontrollen har skjutits till "
             "första kvartalet 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("Fordon och maskiner", [
            ("Kontroll av drivmedelskort – att tankning sker till kommunens fordon",
             (3, 2), "Stickprov transaktionslistor", "Tertialvis", "Fordonssamordnare", "Ja",
             "Tre tertial kontrollerade. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Kontroll av körjournaler för förmånsbilar",
             (2, 2), "Genomgång av körjournaler", "Halvår", "Fordonssamordnare", "Utgår",
             "Kontrollmomentet utgår enligt beslut i tekniska nämnden 2025-04-16, § 42, då "
             "förvaltningen inte längre har några förmånsbilar.", "UTGAR", ""),
        ]),
        ("Arbetsmiljö", [
            ("Kontroll av att skyddsronder genomförs på samtliga arbetsplatser",
             (2, 4), "Genomgång av skyddsrondsprotokoll", "Årligen", "Enhetschefer", "Delvis",
             "Skyddsronder genomförda på 9 av 12 arbetsplatser. Återstående planeras till februari 2026.",
             "DELVIS", ""),
        ]),
        ("Upphandling och avtal", [
            ("Kontroll av att beställningar inom ramavtal för gatubelysning följer avtalade priser",
             (2, 3), "Stickprov 10 beställningar", "Årligen", "Gatuchef", "Ja",
             "Ett timpris avvek från avtalet. Kreditering har begärts och erhållits.", "GENOMFORD", "ja"),
            ("Kontroll av att utförd snöröjning enligt entreprenörernas rapporter stämmer med GPS-data",
             (3, 3), "Stickprov 5 utryckningar", "Per säsong", "Driftchef gata", "Ja",
             "Fem utryckningar januari–mars kontrollerade, rapporterna överensstämmer med GPS-data.",
             "GENOMFORD", "nej"),
        ]),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Tekniska nämnden\tDnr TN 2025/33"
    hp.runs[0].bold = True
    fp = sec.footer.paragraphs[0]
    fp.text = "Gullbergs kommun"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph(
        "Nämnden beslutade om internkontrollplan för 2025 den 22 januari 2025, § 5. Nedan redovisas "
        "utfallet av årets kontroller per process. Riskvärdet anges som sannolikhet × konsekvens "
        "(skala 1–4). Kolumnen Genomförd besvaras med Ja, Nej eller Delvis.")
    n = 0
    for pname, ctrls in procs:
        d.add_heading("Process: " + pname, level=2)
        for (km, (s, k), metod, frekv, ansv, genf, res, stt, avv) in ctrls:
            n += 1
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            pairs = [("Kontrollmoment", km),
                     ("Riskbedömning", "Sannolikhet %d, konsekvens %d – riskvärde %d" % (s, k, s * k)),
                     ("Metod", metod), ("Frekvens", frekv), ("Ansvarig", ansv),
                     ("Genomförd", genf), ("Resultat/Kommentar", res)]
            for key, val in pairs:
                cells = t.add_row().cells
                cells[0].text = ""
                cells[0].paragraphs[0].add_run(key).bold = True
                shade(cells[0], "E7E6E6")
                cells[1].text = val
                cells[0].width = Cm(4.0)
                cells[1].width = Cm(12.0)
            d.add_paragraph()
            exp(fil, namnd, km, stt, avv)
    d.add_heading("Samlad bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen är tillräcklig. Brister i hanteringen av "
        "ÄTA-beslut följs upp i internkontrollplan 2026.")
    d.add_paragraph("Mats Berg\nFörvaltningschef")
    doc_props(d, "Uppföljning IKP 2025 helår", "Mats Berg")
    p = os.path.join(OUT, fil)
    d.save(p)
    rezip(p)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Samhällsbyggnadsnämnden - xlsx, plan + follow-up column groups, status by colour only
# ---------------------------------------------------------------------------
def build_sbn():
    fil = "SBN_IK-plan_2025_uppföljning.xlsx"
    namnd = "Samhällsbyggnadsnämnden"
    GREEN, YELLOW, ORANGE, RED = "00B050", "FFFF00", "FFC000", "FF0000"
    rows = [
        ("Bygglov", "Risk att lagstadgad handläggningstid överskrids", 3, 3,
         "Kontroll av att bygglov beslutas inom lagstadgad handläggningstid (10 veckor)",
         "Uttag ur ärendesystemet", "Tertialvis", "Bygglovschef", GREEN, YELLOW,
         "Under hösten överskreds tidsfristen i 7 ärenden. Avgiften har reducerats enligt PBL "
         "12 kap. 8 a §.", "GENOMFORD", "ja"),
        ("Bygglov", "Risk för felaktig debitering", 2, 3,
         "Kontroll av att avgift för bygglov debiteras enligt gällande taxa",
         "Stickprov 15 ärenden", "Halvår", "Administrativ chef", GREEN, GREEN,
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Detaljplanering", "Risk att kostnader för planarbete inte täcks", 2, 4,
         "Kontroll av att planavtal tecknas innan planarbete påbörjas",
         "Genomgång av påbörjade planuppdrag", "Årligen", "Planchef", None, GREEN,
         "Samtliga 4 nya planuppdrag har planavtal.", "GENOMFORD", "nej"),
        ("Mark och exploatering", "Risk för otydliga villkor vid markanvisning", 2, 4,
         "Kontroll av att markanvisningar följer riktlinjer för markanvisning",
         "Genomgång av markanvisningsavtal", "Årligen", "Exploateringschef", None, ORANGE,
         "Två av tre avtal granskade. Det tredje avtalet granskas i januari 2026.", "DELVIS", ""),
        ("Geodata", "Risk för inaktuellt kartunderlag", 2, 2,
         "Kontroll av att primärkartan uppdateras inom tre månader efter inmätning",
         "Stickprov 10 inmätningar", "Halvår", "GIS-samordnare", None, None, None, "SAKNAS", ""),
        ("Tillsyn", "Risk att olovligt byggande inte beivras", 3, 3,
         "Kontroll av att anmälningar om olovligt byggande registreras och handläggs",
         "Uttag ur ärendesystemet", "Halvår", "Bygglovschef", GREEN, RED,
         "Ej genomförd under andra halvåret på grund av sjukskrivning.", "EJ_GENOMFORD", ""),
        ("Bostadsanpassning", "Risk för utbetalning utan utfört arbete", 2, 3,
         "Kontroll av att bostadsanpassningsbidrag betalas ut mot godkänd slutbesiktning/faktura",
         "Stickprov 10 ärenden", "Halvår", "Handläggare bostadsanpassning", GREEN, YELLOW,
         "1 av 10 utbetalningar saknade intyg om utfört arbete.", "GENOMFORD", "ja"),
        ("Nämndadministration", "Risk att beslut fattas utan delegation", 2, 2,
         "Kontroll av att delegationsbeslut återrapporteras till nämnden",
         "Jämförelse delegationslista/protokoll", "Tertialvis", "Nämndsekreterare", GREEN, GREEN,
         None, "GENOMFORD", "nej"),
        ("Nämndadministration", "Risk att handlingar inte diarieförs i tid", 2, 2,
         "Kontroll av att diarieföring av inkommande handlingar sker inom två arbetsdagar",
         "Stickprov 20 handlingar", "Halvår", "Registrator", YELLOW, GREEN,
         "Delår: 3 handlingar diarieförda efter 5 dagar. Helår: inga avvikelser.", "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Samhällsbyggnadsnämnden – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning markeras med färg i kolumnerna Delår och Helår, se teckenförklaring nedanför tabellen."
    ws["A2"].font = Font(italic=True)
    ws.cell(4, 1, "PLAN (antagen av SBN 2025-01-29, § 8)")
    ws.merge_cells("A4:I4")
    ws.cell(4, 10, "UPPFÖLJNING 2025")
    ws.merge_cells("J4:L4")
    for c in (1, 10):
        ws.cell(4, c).font = Font(bold=True, color="FFFFFF")
        ws.cell(4, c).alignment = Alignment(horizontal="center")
    for c in range(1, 13):
        ws.cell(4, c).fill = PatternFill("solid", fgColor="305496" if c < 10 else "548235")
    hdr = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Metod",
           "Frekvens", "Ansvarig", "Delår (jan–aug)", "Helår", "Kommentar helår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2" if c < 10 else "E2EFDA")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r = 6
    for (proc, risk, s, k, km, metod, frekv, ansv, fd, fh, komm, st, avv) in rows:
        vals = [proc, risk, s, k, s * k, km, metod, frekv, ansv, None, None, komm]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
        if fd:
            ws.cell(r, 10).fill = PatternFill("solid", fgColor=fd)
        if fh:
            ws.cell(r, 11).fill = PatternFill("solid", fgColor=fh)
        # risk value cell coloured as a heat map (not a status)
        rv = s * k
        ws.cell(r, 5).fill = PatternFill("solid", fgColor="F8CBAD" if rv >= 9 else ("FFE699" if rv >= 6 else "C6EFCE"))
        exp(fil, namnd, km, st, avv)
        r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring uppföljning:").font = Font(bold=True)
    legend = [(GREEN, "Genomförd, inga avvikelser"), (YELLOW, "Genomförd, avvikelser noterade"),
              (ORANGE, "Påbörjad / delvis genomförd"), (RED, "Ej genomförd")]
    for i, (col, txt) in enumerate(legend, 1):
        ws.cell(r + i, 1).fill = PatternFill("solid", fgColor=col)
        ws.cell(r + i, 1).border = BOX
        ws.cell(r + i, 2, txt)
    ws.cell(r + 6, 1, "Riskvärde = sannolikhet × konsekvens (1–4). Cellfärgen i kolumn Riskvärde visar "
                      "riskens nivå, inte status.")
    widths = [20, 30, 11, 11, 10, 48, 28, 11, 22, 12, 12, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    # second sheet: risk matrix (noise, no controls)
    ws2 = wb.create_sheet("Riskmatris")
    ws2["A1"] = "Riskmatris – Samhällsbyggnadsnämnden 2025"
    ws2["A1"].font = Font(bold=True)
    ws2["A3"] = "Konsekvens → / Sannolikhet ↓"
    for i in range(1, 5):
        ws2.cell(3, 1 + i, i)
        ws2.cell(3 + i, 1, 5 - i)
        for j in range(1, 5):
            v = (5 - i) * j
            cell = ws2.cell(3 + i, 1 + j, v)
            cell.fill = PatternFill("solid", fgColor="F8CBAD" if v >= 9 else ("FFE699" if v >= 6 else "C6EFCE"))
            cell.border = BOX
    ws2["A9"] = "1–4 låg risk, 6–8 medelhög risk, 9–16 hög risk"
    wb_props(wb, "IK-plan 2025 uppföljning", "Samhällsbyggnadsförvaltningen")
    p = os.path.join(OUT, fil)
    wb.save(p)
    rezip(p)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Reject: covering letter (docx) without any controls
# ---------------------------------------------------------------------------
def build_letter():
    fil = "Följebrev uppföljning intern kontroll 2025.docx"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "GULLBERGS KOMMUN\tSocialförvaltningen\t2026-01-30"
    d.add_paragraph("Till: Kommunstyrelsen\nEkonomienheten, kommunledningsförvaltningen")
    d.add_paragraph("Dnr SN 2025/7")
    p = d.add_paragraph()
    p.add_run("Översändande av Socialnämndens uppföljning av internkontrollplan 2025").bold = True
    d.add_paragraph(
        "Härmed översänds Socialnämndens helårsuppföljning av internkontrollplan 2025 enligt "
        "kommunstyrelsens anvisningar för intern kontroll. Uppföljningen behandlades av nämnden "
        "2026-01-28, § 9.")
    d.add_paragraph(
        "Nämnden konstaterar att merparten av kontrollerna har genomförts enligt plan. De brister som "
        "framkommit avseende handläggningstider och loggkontroller hanteras i förvaltningens "
        "förbättringsarbete och följs upp i internkontrollplan 2026. Detaljerad redovisning per "
        "kontrollmoment finns i bifogad fil.")
    d.add_paragraph("Frågor besvaras av förvaltningens controller Erik Sjöberg, tfn 0522-69 71 20.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Lena Åkesson\nSocialchef")
    d.add_paragraph("Bilaga: Socialförvaltningen IKP 2025 uppföljning T3.xlsx\nProtokollsutdrag SN 2026-01-28 § 9")
    doc_props(d, "Följebrev", "Lena Åkesson")
    p = os.path.join(OUT, fil)
    d.save(p)
    rezip(p)
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", ["KS", "Kommunledningsförvaltningen", "KLF"]),
    ("Barn- och utbildningsnämnden", ["BUN", "Barn- och utbildningsförvaltningen", "BUF"]),
    ("Socialnämnden", ["SN", "Socialförvaltningen", "SOC"]),
    ("Vård- och omsorgsnämnden", ["VON", "Vård- och omsorgsförvaltningen"]),
    ("Kultur- och fritidsnämnden", ["KFN", "Kultur- och fritidsförvaltningen"]),
    ("Samhällsbyggnadsnämnden", ["SBN", "Samhällsbyggnadsförvaltningen"]),
    ("Tekniska nämnden", ["TN", "Tekniska förvaltningen"]),
    ("Miljö- och hälsoskyddsnämnden", ["MHN", "Miljöförvaltningen", "Miljö- och hälsoskyddsförvaltningen"]),
    ("Överförmyndarnämnden", ["ÖFN", "Överförmyndarenheten"]),
    ("Valnämnden", ["VN"]),
    ("Gullbergs Bostäder AB", ["GBAB", "Gullbergsbostäder"]),
]


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        os.remove(os.path.join(OUT, fn))
    build_ks()
    build_bun()
    build_sn()
    build_von()
    build_csv()
    build_tn()
    build_sbn()
    build_letter()
    write_csv("namnder.csv", ["nämnd", "alias"], [(n, "|".join(a)) for n, a in NAMNDER])
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("files:", len(set(f[0] for f in FILES)), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
