#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r506 - Söderhamn kommun, uppföljning intern kontroll tertial 2 2025.

Builds 7 follow-up files + 1 truncated workbook and namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py   (from any directory; files land next to this script)
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
import xlwt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, H, Span

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round506"
FIXED = datetime.datetime(2025, 9, 15, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - Word, two-column table "Kontrollmoment | Redovisning"
# ---------------------------------------------------------------------------
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def f1_ks():
    fil = "KS uppföljning internkontroll T2 2025.docx"
    N = "Kommunstyrelsen"
    d = docx.Document()
    d.core_properties.author = "Kommunledningsförvaltningen"
    d.core_properties.title = "Uppföljning internkontrollplan 2025 T2"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Söderhamns kommun\tKommunledningsförvaltningen\tDnr KS 2025/0117"

    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
    p = d.add_paragraph()
    p.add_run("Kommunstyrelsen").bold = True
    d.add_paragraph(
        "Kommunstyrelsen antog internkontrollplanen för 2025 den 10 december 2024. Nedan redovisas "
        "hur kontrollmomenten har genomförts under perioden januari–augusti. Eventuella avvikelser "
        "och åtgärder framgår av redovisningen för respektive kontrollmoment. Kontrollmoment som "
        "genomförs en gång per år redovisas när de är utförda.")

    rows = [
        ("G", "Ekonomiprocesser"),
        ("C", "Attest av leverantörsfakturor enligt attestordningen. Stickprov om 25 fakturor per tertial.",
         "Genomförd. 25 fakturor har granskats i stickprov för maj–augusti. Samtliga var attesterade av "
         "behörig attestant enligt gällande attestordning. Inga avvikelser.", "GENOMFORD", "nej"),
        ("C", "Representation och förtroendekänsliga poster\nKontroll att syfte och deltagare framgår av underlaget",
         "Kontrollen genomförd på 14 verifikationer. I tre fall saknades deltagarförteckning. Berörda chefer "
         "har informerats och underlagen har kompletterats.", "GENOMFORD", "ja"),
        ("C", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Kontrollen utgår 2025 enligt beslut i kommunstyrelsen 2025-04-08, § 62, då området ingår i "
         "revisionens fördjupade granskning.", "UTGAR", ""),
        ("C", "Avtalstrohet vid inköp – stickprov av 20 inköp mot upphandlade avtal",
         "Stickprovet visade att 4 av 20 inköp gjordes utanför avtal (främst kontorsmaterial och "
         "konsulttjänster). Kontrollen är genomförd. Åtgärd: information till beställare under september.",
         "GENOMFORD", "ja"),
        ("G", "Personal"),
        ("C", "Löneutbetalningar – kontroll av att nyanställda registreras med rätt lön och anställningsform",
         "Pågår. Kontroll av anställningar under januari–april är klar utan anmärkning, resterande "
         "månader granskas i september.", "DELVIS", "nej"),
        ("C", "Avslut av behörigheter i lönesystemet vid avslutad anställning",
         "Ej genomförd under tertial 2 på grund av byte av lönesystem. Kontrollen flyttas till tertial 3.",
         "EJ_GENOMFORD", ""),
        ("C", "Logguppföljning av åtkomst till personakter i HR-systemet", "", "SAKNAS", ""),
        ("G", "Informationssäkerhet och IT"),
        ("C", "Behörighetskontroll i ekonomisystemet Raindance", "Se bilaga 3.", "OKLAR", ""),
        ("C", "Uppföljning av informationssäkerhetsincidenter och rapportering till IMY",
         "Genomförd. Två incidenter har rapporterats internt under perioden och båda har hanterats enligt "
         "rutin. Ingen av dem behövde anmälas till IMY. Inga brister i hanteringen har noterats.",
         "GENOMFORD", "nej"),
        ("G", "Ärendehantering"),
        ("C", "Hantering av allmänna handlingar – diarieföring inom två arbetsdagar",
         "Genomförd med anmärkning: 9 av 40 granskade handlingar registrerades senare än två arbetsdagar "
         "efter ankomst. Utbildningsinsats för registratorer och handläggare planeras i oktober.",
         "GENOMFORD", "ja"),
        ("C", "Delegationsbeslut anmäls till kommunstyrelsen",
         "Kontrollen är planerad till november och har inte påbörjats.", "EJ_GENOMFORD", ""),
    ]
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ("Kontrollmoment", "Redovisning")):
        c.text = ""
        r = c.paragraphs[0].add_run(txt)
        r.bold = True
        shade(c, "1F4E79")
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "G":
            m = cells[0].merge(cells[1])
            m.text = ""
            rr = m.paragraphs[0].add_run(row[1])
            rr.bold = True
            shade(m, "D9E2F3")
            continue
        _, km, red, status, avv = row
        cells[0].text = ""
        parts = km.split("\n")
        cells[0].paragraphs[0].add_run(parts[0])
        for extra in parts[1:]:
            cells[0].add_paragraph(extra)
        cells[1].text = red
        exp(fil, N, km, status, avv)
    for r in t.rows:
        r.cells[0].width = Cm(7)
        r.cells[1].width = Cm(10)
    d.add_paragraph()
    d.add_paragraph("Söderhamn den 9 september 2025")
    d.add_paragraph("Eva Lindqvist\nKommundirektör")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - xlsx, one long comment per control, no status
# ---------------------------------------------------------------------------
def f2_bun():
    fil = "BUF_IK_uppfoljning_T2_2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    wb.properties.creator = "Lina Sjöberg"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Barn- och utbildningsförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning intern kontroll 2025 – tertial 2"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Fylls i av ansvarig. Beskriv kortfattat hur kontrollen genomförts, resultatet och "
                "eventuella åtgärder. Skicka till ekonomienheten senast 10 september.")
    ws["A3"].font = Font(italic=True, color="808080")
    ws.merge_cells("A3:D3")
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Kommentar T2"]
    thin = Side(style="thin", color="999999")
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="2E75B6")
        c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    data = [
        ("Kontroll av att utdrag ur belastningsregistret uppvisats före anställning", "HR-specialist",
         "Stickprov på 20 nyanställningar (förskola och grundskola) under januari–augusti. Registerutdrag "
         "fanns för 19 av 20. I ett fall hade utdraget visats men inte dokumenterats i rekryteringssystemet. "
         "Rutinen har förtydligats för rektorer och förskolechefer.", "GENOMFORD", "ja"),
        ("Skolpliktsbevakning – elever med hög frånvaro anmäls till huvudman", "Verksamhetschef grundskola",
         "Samtliga skolor har rapporterat frånvaro per månad. Elevhälsan har följt upp de 34 elever som har "
         "över 15 % frånvaro och anmälan till huvudman har skett i samtliga fall. Inga brister noterade.",
         "GENOMFORD", "nej"),
        ("Kränkande behandling – anmälan till huvudman inom en vecka", "Kvalitetsstrateg",
         "Kontrollen pågår. Ärenden från vårterminen är granskade (112 st, samtliga anmälda i tid). "
         "Höstterminens ärenden granskas under oktober.", "DELVIS", "nej"),
        ("Attest av fakturor för skolskjuts", "Controller", None, "SAKNAS", ""),
        ("Elevpeng till fristående skolor – kontroll av utbetalningar mot folkbokföring", "Controller",
         "Kontrollen har inte genomförts under tertialet då ansvarig controller varit föräldraledig. "
         "Görs i samband med bokslutet.", "EJ_GENOMFORD", ""),
        ("Inventarieförteckning i förskolor och skolor är uppdaterad", "Rektorer",
         "T1: ej påbörjad.\nT2: Inventering genomförd på samtliga enheter i juni. Förteckningarna är "
         "uppdaterade i inventariesystemet.", "GENOMFORD", "nej"),
        ("Modersmålsundervisning – beslut finns för samtliga elever som deltar", "Samordnare modersmål",
         "Granskat 40 av ca 180 elever. Beslut saknas för 6 elever, dessa kompletteras. Resterande "
         "elever granskas till helårsuppföljningen.", "DELVIS", "ja"),
        ("Systematiskt brandskyddsarbete (SBA) dokumenteras på alla enheter", "Lokalsamordnare",
         "Utgår – kontrollen är flyttad till Samhällsbyggnadsnämndens internkontrollplan enligt beslut "
         "BUN 2025-02-19 § 12.", "UTGAR", ""),
        ("Läromedelsinköp görs via upphandlat avtal", "Controller",
         "Genomförd. Samtliga inköp av läromedel under perioden (52 fakturor) har gjorts från "
         "avtalsleverantör.", "GENOMFORD", "nej"),
        ("Betygsrapportering – betyg registreras och signeras inom utsatt tid", "Rektorer",
         "Betygen för vårterminen registrerades i tid, men på två skolor signerades betygskatalogen först "
         "efter sommaren. Kontrollen är gjord, se separat redovisning till nämnden i september.",
         "GENOMFORD", "ja"),
    ]
    r = 6
    for i, (km, ans, kom, status, avv) in enumerate(data, 1):
        ws.cell(row=r, column=1, value=i)
        ws.cell(row=r, column=2, value=km)
        ws.cell(row=r, column=3, value=ans)
        if kom is not None:
            ws.cell(row=r, column=4, value=kom)
        for c in range(1, 5):
            cell = ws.cell(row=r, column=c)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        exp(fil, N, km, status, avv)
        r += 1
    ws.cell(row=r + 1, column=1, value="Uppdaterad 2025-09-05 / Lina Sjöberg, verksamhetscontroller")
    ws.cell(row=r + 1, column=1).font = Font(italic=True, size=9)
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 45
    ws.column_dimensions["C"].width = 22
    ws.column_dimensions["D"].width = 80
    ws.freeze_panes = "A6"
    ws.oddHeader.center.text = "Barn- och utbildningsnämnden"
    ws.oddFooter.right.text = "Sida &P av &N"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Kultur- och fritidsnämnden - .odt, paragraphs with bold control names
# ---------------------------------------------------------------------------
def f3_kfn():
    fil = "Kultur och fritid - intern kontroll tertial 2 2025.odt"
    N = "Kultur- och fritidsnämnden"
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold", fontweightasian="bold", fontweightcomplex="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="Rubrik", family="paragraph")
    title.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    title.addElement(ParagraphProperties(marginbottom="0.3cm"))
    doc.styles.addElement(title)
    h2 = Style(name="Heading_20_2", displayname="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold", fontstyle="italic"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    doc.styles.addElement(h2)
    body = Style(name="Brodtext", family="paragraph")
    body.addElement(ParagraphProperties(marginbottom="0.25cm"))
    doc.styles.addElement(body)

    doc.text.addElement(P(stylename=title, text="Kultur- och fritidsnämnden"))
    doc.text.addElement(P(stylename=body, text="Uppföljning av internkontrollplan 2025"))
    doc.text.addElement(P(stylename=body, text="Tertial 2 (januari–augusti)"))
    doc.text.addElement(P(stylename=body, text=(
        "Förvaltningen redovisar här uppföljningen av nämndens internkontrollplan för 2025. Planen "
        "antogs av nämnden i januari och omfattar åtta kontrollmoment inom kontanthantering, "
        "bidragsgivning, uthyrning, biblioteksverksamhet och fritidsgårdar. För varje kontrollmoment "
        "anges vad som har gjorts under perioden.")))

    items = [
        ("Kontanthantering i receptionen på Söderhamns badhus",
         "Kassaavstämning har gjorts dagligen och oanmäld kassainventering genomfördes den 12 juni och den "
         "21 augusti. Inga differenser upptäcktes.", "GENOMFORD", "nej"),
        ("Bidrag till föreningar betalas ut enligt gällande bidragsregler",
         "Kontroll av 15 av 42 beviljade aktivitetsstöd för vårterminen. I två fall hade föreningen redovisat "
         "fler deltagare än närvarolistorna visade; återkrav har skickats. Höstens ansökningar kontrolleras "
         "under tertial 3.", "DELVIS", "ja"),
        ("Uthyrning av lokaler och anläggningar faktureras korrekt",
         "Genomförd. Jämförelse mellan bokningssystemet och fakturerade belopp för maj–juli visade inga "
         "avvikelser.", "GENOMFORD", "nej"),
        ("Utlåning av medier – rutin för krav och avskrivning av förlorade medier följs",
         "Kontrollen har inte påbörjats. Bibliotekets nya system infördes i augusti och kontrollen skjuts "
         "därför till nästa år.", "EJ_GENOMFORD", ""),
        ("Registerkontroll för ledare på fritidsgårdar",
         "Samtliga 11 anställda ledare har uppvisat utdrag ur belastningsregistret. Kontrollen är klar.",
         "GENOMFORD", "nej"),
        ("Avtal med externa arrangörer för Sommarscen Söderhamn",
         "Ej aktuell 2025 – sommarscenen genomfördes inte i kommunal regi i år.", "UTGAR", ""),
        ("Inventering av konstsamlingen",
         "Inventeringen pågår och ungefär hälften av de 640 verken är kontrollerade. Hittills saknas tre "
         "grafiska blad som har polisanmälts.", "DELVIS", "ja"),
        ("Synpunkter och klagomål från besökare besvaras inom tio arbetsdagar",
         "Redovisas vid helårsuppföljningen.", "SAKNAS", ""),
    ]
    for km, txt, status, avv in items:
        p = P(stylename=body)
        p.addElement(Span(stylename=bold, text=km))
        p.addText(" " + txt)
        doc.text.addElement(p)
        exp(fil, N, km, status, avv)

    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Sammanfattande bedömning"))
    doc.text.addElement(P(stylename=body, text=(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. De brister som "
        "upptäckts i bidragsgivningen och i konstsamlingen hanteras och följs upp till helår.")))
    doc.text.addElement(P(stylename=body, text="Söderhamn 2025-09-12"))
    doc.text.addElement(P(stylename=body, text="Anna Berglund, förvaltningschef"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Stratsys-like CSV export, two förvaltningar, T1 + T2 rows, Bedömning Godkänd/Ej godkänd
# ---------------------------------------------------------------------------
def f4_export():
    fil = "stratsys_export_internkontroll_2025-09-15.csv"
    SN = "Socialnämnden"
    MBN = "Miljö- och byggnämnden"
    SF = "Socialförvaltningen"
    MBF = "Miljö- och byggförvaltningen"
    # (org, process, kontrollmoment, [(period, bedömning, kommentar), ...], status, avv)
    data = [
        (SF, "Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd – stickprov på beslut och utbetalning",
         [("2025 T1", "Godkänd", "20 ärenden granskade. Inga avvikelser."),
          ("2025 T2", "Godkänd", "30 ärenden granskade, beslut och utbetalning överensstämmer.")],
         "GENOMFORD", "nej"),
        (SF, "Avgifter", "Avgifter inom äldreomsorgen debiteras enligt beslut",
         [("2025 T1", "", ""),
          ("2025 T2", "Ej godkänd", "Stickprov 25 brukare: 3 felaktiga avgifter p.g.a. ej uppdaterad "
                                    "inkomstuppgift. Rättelse och återbetalning gjord.")],
         "GENOMFORD", "ja"),
        (SF, "Barn och unga", "Orosanmälningar – förhandsbedömning inom 14 dagar",
         [("2025 T1", "Godkänd", "Samtliga 47 anmälningar förhandsbedömda inom 14 dagar."),
          ("2025 T2", "Ej godkänd", "Förhandsbedömning gjordes inom 14 dagar i 41 av 52 anmälningar. "
                                    "Hög arbetsbelastning under sommaren.")],
         "GENOMFORD", "ja"),
        (SF, "Vård och omsorg", "Läkemedelshantering i särskilt boende – signeringslistor kontrolleras",
         [("2025 T2", "", "Kontrollen pågår, 3 av 6 boenden granskade utan anmärkning.")],
         "DELVIS", "nej"),
        (SF, "Informationssäkerhet", "Loggkontroll i verksamhetssystemet Lifecare",
         [("2025 T1", "Godkänd", "Loggkontroll genomförd för januari–april, ingen otillbörlig åtkomst."),
          ("2025 T2", "", "")],
         "GENOMFORD", "nej"),
        (SF, "Avtal", "Avtalsuppföljning av köpta platser på HVB",
         [("2025 T2", "Ej godkänd", "Kontrollen har inte genomförts under perioden på grund av vakans på "
                                    "tjänsten som avtalsansvarig.")],
         "EJ_GENOMFORD", ""),
        (SF, "Ärendehantering", "Delegationsbeslut anmäls till nämnden",
         [("2025 T2", "Godkänd", "")],
         "GENOMFORD", "nej"),
        (SF, "Vård och omsorg", "Hantering av privata medel för brukare i särskilt boende",
         [("2025 T1", "", ""),
          ("2025 T2", "", "Kontrollmomentet utgår enligt SN beslut 2025-05-21 § 48.")],
         "UTGAR", ""),
        (MBF, "Bygglov", "Handläggningstid för bygglov – beslut inom lagstadgad tid",
         [("2025 T1", "Godkänd", "Samtliga beslut inom tio veckor."),
          ("2025 T2", "Ej godkänd", "4 av 63 ärenden överskred tio veckor. Avgiften har reducerats enligt PBL.")],
         "GENOMFORD", "ja"),
        (MBF, "Tillsyn", "Debitering av tillsynsavgifter enligt taxa",
         [("2025 T2", "Godkänd", "Stickprov 20 fakturor, samtliga korrekt debiterade.")],
         "GENOMFORD", "nej"),
        (MBF, "Myndighetsutövning", "Jäv – handläggare deklarerar jäv i ärenden",
         [("2025 T2", "", "")],
         "SAKNAS", ""),
        (MBF, "Ärendehantering", "Registrering av inkomna handlingar i ByggR inom tre dagar",
         [("2025 T2", "Godkänd", "Genomförd, dock noterades att 5 av 40 handlingar registrerades efter "
                                 "mer än tre dagar.")],
         "GENOMFORD", "ja"),
        (MBF, "Livsmedel", "Kvalitetskontroll av genomförda livsmedelskontroller",
         [("2025 T2", "", "Se bilaga till tertialrapporten.")],
         "OKLAR", ""),
    ]
    ansv = {SF: "Karin Ödman", MBF: "Johan Nyberg"}
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        w.writerow(["Internkontroll - uppföljning", "Söderhamns kommun"])
        w.writerow(["Utskriven 2025-09-15 08:42", "Urval: 2025 T1-T2"])
        w.writerow([])
        w.writerow(["Organisation", "Process", "Kontrollmoment", "Period", "Bedömning", "Kommentar",
                    "Ansvarig"])
        for org, proc, km, periods, status, avv in data:
            for per, bed, kom in periods:
                w.writerow([org, proc, km, per, bed, kom, ansv[org]])
            exp(fil, SN if org == SF else MBN, km, status, avv)
    FILES.append((fil, "INLAST", SN, "2025", "T2"))
    FILES.append((fil, "INLAST", MBN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Söderhamn Nära AB - mail pasted into Word
# ---------------------------------------------------------------------------
def f5_bolag():
    fil = "Söderhamn Nära AB - SV Uppföljning intern kontroll T2.docx"
    N = "Söderhamn Nära AB"
    d = docx.Document()
    d.core_properties.author = "Maria Holm"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(2)

    def hline(label, value):
        p = d.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(value)

    hline("Från: ", "Maria Holm <maria.holm@soderhamnnara.se>")
    hline("Skickat: ", "den 10 september 2025 14:22")
    hline("Till: ", "Ekonomiavdelningen Söderhamns kommun <ekonomi@soderhamn.se>")
    hline("Kopia: ", "Lars Wikström <lars.wikstrom@soderhamnnara.se>")
    hline("Ämne: ", "SV: Uppföljning intern kontroll T2 2025 – Söderhamn Nära AB")
    d.add_paragraph()
    d.add_paragraph("Hej!")
    d.add_paragraph(
        "Här kommer vår återrapportering av internkontrollplanen för andra tertialet. Styrelsen tar upp "
        "den på sitt möte den 25 september, så det kan bli mindre justeringar efter det.")
    d.add_paragraph()
    items = [
        ("Fakturering av VA-avgifter stäms av mot mätaravläsningar",
         "Klart. Vi har stämt av 200 abonnenter, två mätarställningar var fel och är rättade.",
         "GENOMFORD", "ja"),
        ("Vägning av hushållsavfall – kontroll av att vågdata överförs till faktureringssystemet",
         "Pågår fortfarande, systemleverantören har inte levererat hela rapporten. Räknar med att vi är "
         "klara i oktober.", "DELVIS", ""),
        ("Attest av leverantörsfakturor enligt bolagets attestordning",
         "Gjord, inga anmärkningar.", "GENOMFORD", "nej"),
        ("Behörigheter i driftövervakningssystemet (SCADA) ses över",
         "Inte gjort än, vi tar det i samband med systemuppgraderingen i november.", "EJ_GENOMFORD", ""),
        ("Arbetsmiljöronder genomförs på återvinningscentralerna",
         "Genomförd på Moheds och Sandarnes ÅVC, där brister i skyltningen noterades och nu är åtgärdade. "
         "Norrala återstår.", "DELVIS", "ja"),
        ("Farligt avfall – transportdokument sparas enligt avfallsförordningen",
         "Se bifogad rapport från vår miljösamordnare.", "OKLAR", ""),
        ("Provtagning av reservvattentäkten enligt kontrollprogrammet",
         "Klar, alla prover utan anmärkning.", "GENOMFORD", "nej"),
    ]
    for km, txt, status, avv in items:
        d.add_paragraph(km, style="List Number")
        p = d.add_paragraph(txt)
        p.paragraph_format.left_indent = Cm(0.63)
        p.paragraph_format.space_after = Pt(8)
        exp(fil, N, km, status, avv)
    d.add_paragraph("Hör av dig om något är oklart!")
    d.add_paragraph()
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Maria Holm\nEkonomichef\nSöderhamn Nära AB\nBox 54, 826 22 Söderhamn\nTel 0270-750 00")
    d.add_paragraph()
    d.add_paragraph("-----Ursprungligt meddelande-----")
    hline("Från: ", "Ekonomiavdelningen Söderhamns kommun")
    hline("Skickat: ", "den 18 augusti 2025 09:05")
    hline("Ämne: ", "Uppföljning intern kontroll T2 2025 – Söderhamn Nära AB")
    d.add_paragraph(
        "Hej, en påminnelse om att uppföljningen av internkontrollplanen för tertial 2 ska vara "
        "ekonomiavdelningen tillhanda senast den 12 september. Använd gärna den vanliga mallen eller "
        "svara direkt i mejlet. Tack på förhand!")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Samhällsbyggnadsnämnden - .ods, nämnd only in file name (SBF), merged Område column
# ---------------------------------------------------------------------------
def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE, "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


def f6_sbn():
    fil = "SBF internkontroll T2 2025.ods"
    N = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning per 31 augusti (T2)"
    ws["A2"].font = Font(bold=True)
    for i, h in enumerate(["Område", "Kontrollmoment", "Uppföljning"], 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="C6E0B4")
    groups = [
        ("Gata/park", [
            ("Besiktning av lekplatser enligt SS-EN 1176",
             "Klart. Årlig huvudbesiktning utförd av extern besiktningsman i maj. 4 anmärkningar av klass B, "
             "samtliga åtgärdade i juni.", "GENOMFORD", "ja"),
            ("Vinterväghållning – entreprenörens utryckningstider följs upp",
             "Uppföljning gjord för januari–mars. Entreprenören höll utryckningstiderna utom vid två "
             "tillfällen i februari; vite har tagits ut.", "GENOMFORD", "ja"),
        ]),
        ("Fastighet", [
            ("Hyresavtal för externt inhyrda lokaler – förlängning bevakas",
             "Pågående. Avtalsdatabasen håller på att uppdateras, ca 60 % av avtalen är genomgångna.",
             "DELVIS", ""),
            ("Energiuppföljning i kommunens fastigheter", None, "SAKNAS", ""),
            ("Kontroll av brandlarm och utrymningsvägar i skolor",
             "Genomförd i samtliga skolor före terminsstart. Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Kost", [
            ("Egenkontroll i tillagningskök enligt livsmedelslagstiftningen",
             "Genomförd på 9 av 12 kök, resterande tre i september. Inga allvarliga brister.", "DELVIS", "nej"),
            ("Matsvinn mäts och rapporteras",
             "Kontrollen har strukits ur planen (beslut SBN 2025-03-12 § 30).", "UTGAR", ""),
        ]),
        ("Ekonomi", [
            ("Investeringsprojekt – slutredovisning inom tre månader efter färdigställande",
             "Ej genomförd. Kontrollen skjuts till helår.", "EJ_GENOMFORD", ""),
            ("Attest av fakturor för entreprenader mot ÄTA-underlag",
             "Genomförd. 15 fakturor granskade, i ett fall saknades underlag för ÄTA-arbete (nu kompletterat).",
             "GENOMFORD", "ja"),
        ]),
    ]
    r = 5
    for omr, items in groups:
        start = r
        for km, txt, status, avv in items:
            ws.cell(row=r, column=2, value=km)
            if txt is not None:
                ws.cell(row=r, column=3, value=txt)
            for c in (1, 2, 3):
                ws.cell(row=r, column=c).alignment = Alignment(wrap_text=True, vertical="top")
            exp(fil, N, km, status, avv)
            r += 1
        ws.cell(row=start, column=1, value=omr)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).alignment = Alignment(vertical="top", wrap_text=True)
        ws.cell(row=start, column=1).font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Sammanställt av: Per Ek, controller SBF, 2025-09-08")
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 50
    ws.column_dimensions["C"].width = 70
    tmp = tempfile.mkdtemp(prefix="r506_")
    src = os.path.join(tmp, "SBF internkontroll T2 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.move(os.path.join(tmp, "SBF internkontroll T2 2025.ods"), os.path.join(OUT, fil))
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - .xls, comment columns T1 and T2 side by side
# ---------------------------------------------------------------------------
def f7_ofn():
    fil = "ÖFN uppföljning IK 2025.xls"
    N = "Överförmyndarnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    tstyle = xlwt.easyxf("font: bold on, height 280")
    bstyle = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_yellow; "
                         "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cstyle = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Överförmyndarnämnden", tstyle)
    ws.write(1, 0, "Uppföljning internkontrollplan 2025")
    ws.write(2, 0, "Kommentera utfallet för respektive tertial. Tertial 3 redovisas i årsbokslutet.")
    hdr = ["Kontrollmoment", "Uppföljning T1 (jan–apr)", "Uppföljning T2 (maj–aug)"]
    for i, h in enumerate(hdr):
        ws.write(4, i, h, bstyle)
    data = [
        ("Årsräkningar granskas inom sex månader från inlämning",
         "Granskning pågår, 210 av 340 årsräkningar granskade.",
         "Samtliga årsräkningar granskade per 30 juni.", "GENOMFORD", "nej"),
        ("Arvoden till gode män och förvaltare beräknas enligt nämndens riktlinjer",
         "Stickprov 20 arvoden, inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Kontroll av att nya ärenden registreras korrekt i Wärna",
         "", "Ej genomförd, skjuts till T3 på grund av systembyte.", "EJ_GENOMFORD", ""),
        ("Uttagsspärrade konton – kontroll mot bankernas saldobesked",
         "Ej påbörjad.", "Pågår, 15 av 40 konton kontrollerade.", "DELVIS", ""),
        ("Förteckningar över huvudmannens tillgångar inkommer inom två månader",
         "", "", "SAKNAS", ""),
        ("Lämplighetsprövning av nya ställföreträdare (utdrag ur belastnings- och skuldsaneringsregister)",
         "Genomförd för 12 nya ställföreträdare.",
         "Genomförd för 9 nya ställföreträdare. I ett fall saknades utdrag från Kronofogden, inhämtat i efterhand.",
         "GENOMFORD", "ja"),
        ("Ansökningar om uttag från spärrat konto handläggs inom 14 dagar",
         "Klart utan anm.", "Se bilaga.", "OKLAR", ""),
    ]
    r = 5
    for km, t1, t2, status, avv in data:
        ws.write(r, 0, km, cstyle)
        ws.write(r, 1, t1, cstyle)
        ws.write(r, 2, t2, cstyle)
        exp(fil, N, km, status, avv)
        r += 1
    ws.write(r + 1, 0, "Godkänd av nämnden 2025-09-17, § 41")
    ws.col(0).width = 256 * 50
    ws.col(1).width = 256 * 40
    ws.col(2).width = 256 * 50
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Truncated workbook (rejected)
# ---------------------------------------------------------------------------
def f8_truncated():
    fil = "IK T2 2025 Söderhamns Stadshus AB.xlsx"
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Söderhamns Stadshus AB – uppföljning intern kontroll T2 2025"
    ws.append([])
    ws.append(["Kontrollmoment", "Kommentar"])
    ws.append(["Koncernbidrag och aktieägartillskott beslutas enligt ägardirektiv",
               "Genomförd, inga avvikelser."])
    ws.append(["Styrelseprotokoll justeras och arkiveras", "Genomförd."])
    for i in range(40):
        ws.append(["Rad %d" % (i + 1), "Text " * 30])
    tmp = tempfile.mkdtemp(prefix="r506_")
    src = os.path.join(tmp, "full.xlsx")
    wb.save(src)
    data = open(src, "rb").read()
    with open(os.path.join(OUT, fil), "wb") as fh:
        fh.write(data[: int(len(data) * 0.45)])
    shutil.rmtree(tmp)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Bygg och miljö"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Söderhamn Nära AB", "Söderhamn Nära|SNAB"),
        ("Söderhamns Stadshus AB", "Stadshus AB|SSAB"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    f1_ks()
    f2_bun()
    f3_kfn()
    f4_export()
    f5_bolag()
    f6_sbn()
    f7_ofn()
    f8_truncated()
    write_csvs()
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
