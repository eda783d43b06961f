#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r445 - Bengtsfors kommun, helår 2025, Word-utdrag ur verksamhetsberättelser/tjänsteskrivelser.
Run: /usr/bin/python3 make_round.py   (builds every file + namnder.csv, files.csv, expected.csv in this folder)"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 2, 12, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- helpers
def new_doc(author="Bengtsfors kommun"):
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """text may contain \n -> separate paragraphs in the cell."""
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def table(doc, header, rows, widths=None, style="Table Grid", head_fill="D9E2F3", size=9):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = style
    for j, h in enumerate(header):
        set_cell(t.rows[0].cells[j], h, bold=True, size=size)
        if head_fill:
            shade(t.rows[0].cells[j], head_fill)
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v, size=size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def para(doc, text, bold=False, italic=False, size=None, align=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def header_text(doc, left, right=None):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = left + (("\t\t" + right) if right else "")
    for r in hp.runs:
        r.font.size = Pt(9)


def footer_text(doc, text):
    fp = doc.sections[0].footer.paragraphs[0]
    fp.text = text
    for r in fp.runs:
        r.font.size = Pt(8)


def save(doc, name):
    path = os.path.join(OUT, name)
    doc.save(path)
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite the zip with fixed timestamps so the output is byte-identical between runs."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for n, data in items:
            zi = zipfile.ZipInfo(n, date_time=(2026, 2, 12, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


# ================================================================ 1. KS
def f1_ks():
    fil = "KS Verksamhetsberättelse 2025 utdrag.docx"
    N = "Kommunstyrelsen"
    d = new_doc("Kommunledningsförvaltningen")
    header_text(d, "Bengtsfors kommun", "Verksamhetsberättelse 2025")
    footer_text(d, "Utdrag ur årsredovisningsunderlag – Kommunstyrelsen")
    para(d, "Verksamhetsberättelse 2025", bold=True, size=20)
    para(d, "Kommunstyrelsen – Kommunledningsförvaltningen", size=13)
    para(d, "Utdrag: avsnitt 3–6. Avsnitt 1–2 (uppdrag och viktiga händelser) redovisas i årsredovisningen.", italic=True, size=9)

    d.add_heading("3. Ekonomiskt utfall", level=1)
    para(d, "Kommunstyrelsen redovisar för 2025 ett överskott mot budget med 2,4 mnkr. Överskottet förklaras "
            "främst av vakanser inom ekonomiavdelningen och lägre kostnader för företagshälsovård än budgeterat.")
    table(d, ["Verksamhet (tkr)", "Budget 2025", "Utfall 2025", "Avvikelse"],
          [["Politisk verksamhet", "6 820", "6 512", "308"],
           ["Kommunledning och kansli", "18 450", "17 990", "460"],
           ["Ekonomiavdelningen", "11 300", "10 120", "1 180"],
           ["HR-avdelningen", "9 870", "9 410", "460"],
           ["IT och digitalisering", "14 200", "14 210", "-10"],
           ["Summa", "60 640", "58 242", "2 398"]],
          widths=[6, 3, 3, 3])

    d.add_heading("4. Personal", level=1)
    para(d, "Antalet tillsvidareanställda uppgick vid årets slut till 84 personer (82). Sjukfrånvaron minskade "
            "till 4,9 procent (5,6). Två chefstjänster har rekryterats under hösten.")

    d.add_heading("5. Uppföljning av intern kontroll", level=1)
    para(d, "Kommunstyrelsen antog internkontrollplanen för 2025 den 12 februari 2025, § 21. Planen omfattar åtta "
            "kontrollmoment som har valts ut utifrån förvaltningens risk- och väsentlighetsanalys. Nedan redovisas "
            "utfallet för helåret. Kontrollerna har utförts av respektive ansvarig enhet och sammanställts av "
            "ekonomiavdelningen.")
    rows = [
        ["1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per kvartal", "Genomförd",
         "Två fakturor saknade beslutsattest.\nRättat och berörda attestanter har informerats."],
        ["2", "Ekonomi", "Representation och förtroendekänsliga poster hanteras enligt riktlinjerna",
         "Granskning av samtliga representationsfakturor över 2 000 kr", "Genomförd", "Inga avvikelser."],
        ["3", "Upphandling", "Inköp görs från upphandlade avtal (avtalstrohet)",
         "Analys i inköpsanalysverktyget, två mätperioder", "Delvis genomförd",
         "Endast första mätperioden (jan–jun) är analyserad. Avtalstroheten var 84 % mot målet 90 %, "
         "avvikelse noterad för livsmedel och konsulttjänster."],
        ["4", "Personal", "Löneutbetalningar stäms av mot anställningsavtal vid nyanställning",
         "Stickprov 15 nyanställda", "Genomförd", "Ingen avvikelse."],
        ["5", "IT och informationssäkerhet",
         "Behörigheter i ekonomisystemet avslutas när anställning upphör",
         "Avstämning mot HR-systemets avslutslista", "Ej genomförd",
         "Kontrollen har skjutits till 2026 på grund av byte av ekonomisystem."],
        ["6", "Kansli", "Delegationsbeslut anmäls till kommunstyrelsen",
         "Genomgång av delegationslistor två gånger per år", "Genomförd",
         "Tre beslut anmäldes för sent.\nRutinen har förtydligats i handläggarträff."],
        ["7", "Säkerhet", "Krisledningsplanen är uppdaterad och övad",
         "Kontroll av dokumentation och övningsrapport", "Utgår",
         "Utgår enligt KS beslut 2025-05-14 § 87. Ny plan för civilt försvar tas fram."],
        ["8", "Ekonomi", "Momsredovisning görs korrekt",
         "Månatlig avstämning mot skattekontot", "", ""],
    ]
    t = table(d, ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Status helår", "Kommentar"], rows,
              widths=[1, 2.5, 4.5, 3.5, 2.2, 5])
    stat_col = {"Genomförd": "C6EFCE", "Delvis genomförd": "FFEB9C", "Ej genomförd": "FFC7CE", "Utgår": "D9D9D9"}
    for i, r in enumerate(rows, start=1):
        if r[4] in stat_col:
            shade(t.rows[i].cells[4], stat_col[r[4]])
    res = [("GENOMFORD", "ja"), ("GENOMFORD", "nej"), ("DELVIS", "ja"), ("GENOMFORD", "nej"),
           ("EJ_GENOMFORD", ""), ("GENOMFORD", "ja"), ("UTGAR", ""), ("SAKNAS", "")]
    for r, (s, a) in zip(rows, res):
        exp(fil, N, r[2], s, a)

    para(d, "")
    para(d, "Sammanfattande bedömning", bold=True)
    para(d, "Kommunstyrelsen bedömer att den interna kontrollen under 2025 i allt väsentligt har varit tillräcklig. "
            "Fem av åtta kontrollmoment har genomförts. De avvikelser som noterats har åtgärdats eller lett till "
            "förtydligade rutiner. Kontrollen av behörigheter förs över till internkontrollplanen 2026.")

    d.add_heading("6. Framtid", level=1)
    para(d, "Under 2026 införs ett nytt ekonomisystem. Förvaltningen ser ett fortsatt behov av att stärka "
            "arbetet med informationssäkerhet och civilt försvar.")
    para(d, "")
    para(d, "Bengtsfors 2026-02-10")
    para(d, "Anna Lindqvist\nKommundirektör")
    save(d, fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ================================================================ 2. Bildningsnämnden (headed paragraphs)
def f2_bin():
    fil = "Bildningsnämnden_verksamhetsberättelse_2025.docx"
    N = "Bildningsnämnden"
    d = new_doc("Sektor utbildning")
    header_text(d, "BENGTSFORS KOMMUN\nSektor utbildning", "Dnr BIN 2026/7")
    para(d, "Bildningsnämndens verksamhetsberättelse 2025", bold=True, size=18)
    para(d, "Beslutad av bildningsnämnden 2026-02-18", italic=True, size=9)

    d.add_heading("Nämndens ansvarsområde", level=1)
    para(d, "Bildningsnämnden ansvarar för förskola, grundskola, grundsärskola, gymnasieskola, kommunal "
            "vuxenutbildning och kulturskola. Verksamheten bedrivs i Bengtsfors, Billingsfors, Dals Långed "
            "och Skåpafors.")

    d.add_heading("Måluppfyllelse", level=1)
    para(d, "Nedan redovisas nämndens mål och bedömd måluppfyllelse för 2025.")
    t = table(d, ["Nämndmål", "Indikator", "Utfall 2025", "Bedömning"],
              [["Fler elever ska nå kunskapskraven", "Andel elever i åk 9 med godkänt i alla ämnen", "71 %", "Delvis uppfyllt"],
               ["Eleverna ska känna sig trygga i skolan", "Andel elever som känner sig trygga (enkät)", "88 %", "Uppfyllt"],
               ["Ökad behörighet till gymnasiet", "Andel behöriga till yrkesprogram", "82 %", "Ej uppfyllt"],
               ["Hållbar personalförsörjning", "Andel legitimerade lärare", "74 %", "Delvis uppfyllt"]],
              widths=[5, 6, 2.5, 3])
    fills = {"Uppfyllt": "C6EFCE", "Delvis uppfyllt": "FFEB9C", "Ej uppfyllt": "FFC7CE"}
    for row in t.rows[1:]:
        shade(row.cells[3], fills[row.cells[3].text])

    d.add_heading("Ekonomi", level=1)
    para(d, "Nämnden redovisar ett underskott om 3,1 mnkr, främst hänförligt till ökade kostnader för "
            "tilläggsbelopp och skolskjutsar.")

    d.add_heading("Intern kontroll", level=1)
    para(d, "Bildningsnämnden antog internkontrollplan 2025 den 22 januari 2025, § 9. Planen omfattar sex "
            "kontrollmoment. Nedan redovisas för varje kontrollmoment hur kontrollen har genomförts och vilket "
            "resultat den gav.")

    items = [
        ("Elevers frånvaro registreras och följs upp enligt rutin",
         "Stickprov i Skola24 på samtliga grundskolor, vecka 41.",
         "Stickprovet visade att frånvaron registrerades samma dag i 97 procent av fallen. Två enheter har fått "
         "påminnelse om rutinen för registrering av frånvaro. Kontrollen är genomförd.",
         ("GENOMFORD", "ja")),
        ("Beslut om tilläggsbelopp fattas enligt delegationsordningen",
         "Granskning av samtliga beslut om tilläggsbelopp 2025.",
         "Samtliga 14 beslut under året har granskats och var fattade av rätt delegat. Inga avvikelser noterades.",
         ("GENOMFORD", "nej")),
        ("Utdrag ur belastningsregistret visas före anställning",
         "Kontroll av personalakter för samtliga nyanställda, vår- och hösttermin.",
         "Kontrollen har gjorts för vårterminens anställningar. I urvalet saknades utdrag för en timanställd "
         "vikarie. Höstterminens anställningar har ännu inte granskats; de kontrolleras i januari 2026.",
         ("DELVIS", "ja")),
        ("Kränkande behandling anmäls till huvudmannen inom fastställd tid",
         "Jämförelse av anmälningsdatum och händelsedatum i DF Respons.",
         "Kontrollen har inte genomförts under 2025 på grund av vakans på tjänsten som kvalitetsstrateg. "
         "Kontrollmomentet flyttas till internkontrollplanen 2026.",
         ("EJ_GENOMFORD", "")),
        ("Skolskjutsar faktureras enligt avtal",
         "Avstämning av fakturor för september och november mot körjournaler.",
         "Fakturorna stämde mot körjournalerna. Inga avvikelser.",
         ("GENOMFORD", "nej")),
        ("Inventarieförteckningen över elevdatorer är uppdaterad",
         "Avstämning av förteckningen mot inventering på skolorna.",
         "Kontrollmomentet ströks av nämnden 2025-06-11, § 54, eftersom ansvaret för elevdatorer har flyttats "
         "till IT-enheten.",
         ("UTGAR", "")),
    ]
    for km, metod, res, (s, a) in items:
        d.add_heading(km, level=3)
        p = d.add_paragraph()
        p.add_run("Kontrollmetod: ").bold = True
        p.add_run(metod)
        p = d.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        exp(fil, N, km, s, a)

    d.add_heading("Sammanfattande bedömning av den interna kontrollen", level=2)
    para(d, "Nämnden bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. Tre av sex "
            "kontrollmoment är genomförda, ett är delvis genomfört och ett har inte genomförts. Ett kontrollmoment "
            "har strukits under året. Nämnden noterar att kontrollen av kränkande behandling behöver prioriteras 2026.")

    d.add_heading("Framtid", level=1)
    para(d, "Elevunderlaget väntas minska något de kommande åren, vilket ställer krav på anpassning av "
            "skolorganisationen.")
    para(d, "")
    para(d, "Per Andersson\t\t\t\tLena Holm")
    para(d, "Ordförande bildningsnämnden\t\tSektorchef utbildning")
    save(d, fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ================================================================ 3. Socialnämnden tjänsteskrivelse
def f3_sn():
    fil = "SN tjänsteskrivelse uppföljning internkontrollplan helår 2025.docx"
    N = "Socialnämnden"
    d = new_doc("Sektor omsorg")
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    ht = sec.header.add_table(rows=2, cols=3, width=Cm(25))
    set_cell(ht.cell(0, 0), "BENGTSFORS KOMMUN", bold=True, size=9)
    set_cell(ht.cell(0, 1), "TJÄNSTESKRIVELSE", bold=True, size=9)
    set_cell(ht.cell(0, 2), "Datum\n2026-01-28", size=9)
    set_cell(ht.cell(1, 0), "Sektor omsorg", size=9)
    set_cell(ht.cell(1, 1), "", size=9)
    set_cell(ht.cell(1, 2), "Dnr\nSN 2025/118", size=9)

    para(d, "Handläggare: Johan Berg, kvalitetsutvecklare", size=9)
    para(d, "Socialnämnden", size=9)
    para(d, "Uppföljning av internkontrollplan 2025 – helår", bold=True, size=16)
    d.add_heading("Förslag till beslut", level=2)
    para(d, "Socialnämnden godkänner uppföljningen av internkontrollplan 2025 och lägger den till handlingarna.")
    d.add_heading("Sammanfattning", level=2)
    para(d, "Socialnämnden ska årligen följa upp sin internkontrollplan. Av planens nio kontrollmoment har sex "
            "genomförts under året, ett pågår, ett har skjutits upp och ett bedöms inte längre vara aktuellt. "
            "Avvikelser har konstaterats inom barnavårdsutredningar och läkemedelshantering.")
    d.add_heading("Beskrivning av ärendet", level=2)
    para(d, "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
            "Internkontrollplanen för 2025 antogs 2025-01-29, § 8. Uppföljningen vid tertial 2 redovisades för "
            "nämnden i september. I tabellen nedan redovisas status vid tertial 2 och vid helår.")

    header = ["Process", "Risk", "Kontrollmoment", "Ansvarig", "Status T2", "Status helår", "Avvikelse", "Kommentar"]
    rows = [
        ["Myndighetsutövning", "Beslut fattas utan stöd i delegation",
         "Beslut inom ekonomiskt bistånd fattas i enlighet med delegationsordningen", "Enhetschef IFO",
         "Genomförd", "Genomförd", "Nej", "Stickprov 25 beslut, samtliga korrekt fattade."],
        ["", "Barns behov av skydd utreds inte i tid",
         "Utredningstiden för barnavårdsutredningar överstiger inte fyra månader", "Enhetschef IFO",
         "Pågår", "Genomförd", "Ja", "3 av 41 utredningar förlängdes utan beslut om förlängning."],
        ["", "Brister i skyddsbedömning",
         "Orosanmälningar skyddsbedöms inom 14 dagar", "Enhetschef IFO",
         "Genomförd", "", "Nej", ""],
        ["Vård och omsorg", "Felaktig läkemedelshantering",
         "Läkemedelshantering i särskilt boende sker enligt gällande rutin", "MAS",
         "Pågår", "Genomförd", "Ja",
         "Egenkontroll på fyra boenden. Brister i signeringslistor på Sörbygården, åtgärdsplan upprättad."],
        ["", "Avvikelser leder inte till förbättring",
         "Avvikelser enligt SoL och HSL rapporteras och analyseras", "MAS/SAS",
         "Pågår", "Pågår", "Nej", "Analys av helårets avvikelser pågår och redovisas i patientsäkerhetsberättelsen."],
        ["", "Beviljad tid utförs inte",
         "Hemtjänstens planerade tid stäms av mot utförd tid i TES", "Enhetschef hemtjänst",
         "Ej påbörjad", "Ej påbörjad", "", "Skjuts upp till 2026 i avvaktan på nytt planeringssystem."],
        ["Ekonomi", "Felaktiga avgifter",
         "Avgifter inom äldreomsorgen debiteras korrekt enligt maxtaxa", "Avgiftshandläggare",
         "", "Genomförd", "Nej", "Stickprov 30 avgiftsbeslut."],
        ["", "Förskingring av brukares medel",
         "Hantering av brukares privata medel på särskilda boenden", "Enhetschefer SÄBO",
         "", "", "Nej", "Kontrollen genomfördes i december på samtliga boenden utan anmärkning."],
        ["Personal", "Olämplig person anställs",
         "Utdrag ur belastningsregistret begärs vid anställning inom LSS", "Enhetschef LSS",
         "Genomförd", "Ej aktuell", "", "Hanteras centralt av HR sedan april 2025, ingår i kommunstyrelsens plan."],
    ]
    t = table(d, header, rows, widths=[2.6, 3.2, 5.2, 2.4, 2, 2, 1.8, 5.6], size=8)
    # vertical merges of the process column
    for start, end in [(1, 3), (4, 6), (7, 8)]:
        top = t.cell(start, 0)
        txt = top.text
        m = top.merge(t.cell(end, 0))
        set_cell(m, txt, bold=True, size=8)
    res = [("GENOMFORD", "nej"), ("GENOMFORD", "ja"), ("GENOMFORD", "nej"), ("GENOMFORD", "ja"),
           ("DELVIS", "nej"), ("EJ_GENOMFORD", ""), ("GENOMFORD", "nej"), ("GENOMFORD", "nej"), ("UTGAR", "")]
    for r, (s, a) in zip(rows, res):
        exp(fil, N, r[2], s, a)

    d.add_heading("Bedömning", level=2)
    para(d, "Förvaltningen bedömer att den interna kontrollen under 2025 har varit tillräcklig. Konstaterade "
            "avvikelser har hanterats genom åtgärdsplaner. Kontrollen av hemtjänstens utförda tid förs över "
            "till 2026.")
    d.add_heading("Ekonomiska konsekvenser", level=2)
    para(d, "Beslutet medför inga ekonomiska konsekvenser.")
    d.add_heading("Beslutsunderlag", level=2)
    para(d, "Tjänsteskrivelse 2026-01-28\nInternkontrollplan 2025, SN 2025/118")
    para(d, "")
    para(d, "Maria Ek\t\t\t\tJohan Berg")
    para(d, "Sektorchef omsorg\t\t\tKvalitetsutvecklare")
    para(d, "")
    para(d, "Beslutet skickas till: Kommunstyrelsen, ekonomiavdelningen", size=9)
    save(d, fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ================================================================ 4. KFN (bullets) -> .doc
def f4_kfn(tmpdir):
    fil = "Årsberättelse 2025 kultur och fritid.doc"
    N = "Kultur- och fritidsnämnden"
    d = new_doc("Kultur och fritid")
    para(d, "Kultur- och fritidsnämnden", size=12)
    para(d, "Årsberättelse 2025", bold=True, size=20)

    d.add_heading("Året i korthet", level=1)
    para(d, "2025 präglades av renoveringen av badhuset, som höll stängt under sex veckor i mars–april, och av "
            "ett rekordbesök på sommarlovsaktiviteterna. Biblioteket i Bengtsfors har infört meröppet.")
    d.add_heading("Nyckeltal", level=1)
    table(d, ["Nyckeltal", "2024", "2025"],
          [["Besök huvudbiblioteket", "41 200", "46 850"],
           ["Besök badhuset", "38 900", "33 100"],
           ["Besök fritidsgårdar", "6 300", "6 940"],
           ["Föreningsbidrag, tkr", "2 150", "2 230"]], widths=[7, 3, 3], head_fill="E2EFDA")

    d.add_heading("Intern kontroll 2025", level=1)
    para(d, "Nämnden beslutade om sex kontrollmoment för 2025. Resultatet av kontrollerna sammanfattas i "
            "punktlistan nedan. Fullständig redovisning av avtalstrohetskontrollen finns i bilaga 3.")
    items = [
        ("Kassahantering i badhusets reception",
         " – Genomförd. Kassaavstämning vid fyra oanmälda tillfällen, inga differenser.", ("GENOMFORD", "nej")),
        ("Föreningsbidrag betalas ut enligt fastställda regler",
         " – Genomförd med anmärkning. Två föreningar hade fått aktivitetsstöd för fler deltagartillfällen än "
         "redovisat; återkrav har skickats.", ("GENOMFORD", "ja")),
        ("Medielån och avgifter hanteras i bibliotekssystemet enligt rutin",
         " – Delvis genomförd. Kontrollen har gjorts på huvudbiblioteket utan avvikelser, men inte på filialerna "
         "i Billingsfors och Dals Långed.", ("DELVIS", "nej")),
        ("Uthyrning av lokaler och anläggningar faktureras korrekt",
         " – Ej genomförd. Kontrollen prioriterades bort under hösten på grund av badhusrenoveringen.",
         ("EJ_GENOMFORD", "")),
        ("Skyddsronder genomförs på fritidsgårdarna",
         ": Skyddsronder har hållits på båda fritidsgårdarna enligt plan i maj och oktober. Inga allvarliga "
         "brister upptäcktes.", ("GENOMFORD", "nej")),
        ("Avtalstrohet vid inköp av förbrukningsmaterial", " – Se bilaga 3.", ("OKLAR", "")),
    ]
    for km, rest, (s, a) in items:
        p = d.add_paragraph(style="List Bullet")
        p.add_run(km).bold = True
        p.add_run(rest)
        exp(fil, N, km, s, a)

    para(d, "Sammanfattande bedömning", bold=True)
    para(d, "Nämnden bedömer att den interna kontrollen har fungerat tillfredsställande. Kontrollen av "
            "lokaluthyrning och filialernas medielån förs över till 2026.")
    d.add_heading("Framåtblick", level=1)
    para(d, "Under 2026 planeras en översyn av föreningsbidragsreglerna och en ny fritidsgård i Dals Långed.")
    para(d, "")
    para(d, "Bengtsfors i februari 2026")
    para(d, "Eva Nilsson, ordförande\t\tTomas Larsson, kultur- och fritidschef")
    tmp_docx = os.path.join(tmpdir, "kfn_arsberattelse.docx")
    d.save(tmp_docx)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round445",
                    "--convert-to", "doc", "--outdir", tmpdir, tmp_docx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmpdir, "kfn_arsberattelse.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ================================================================ 5. MBN (codes + legend, nämnd only in header)
def f5_mbn():
    fil = "VB2025_MBN_slutlig.docx"
    N = "Miljö- och byggnadsnämnden"
    d = new_doc("Samhällsbyggnad")
    header_text(d, "Miljö- och byggnadsnämnden", "Verksamhetsberättelse 2025")
    footer_text(d, "Bengtsfors kommun")
    para(d, "Verksamhetsberättelse 2025", bold=True, size=18)

    d.add_heading("1 Sammanfattning", level=1)
    para(d, "Nämnden har under året haft en hög ärendetillströmning inom bygglov samtidigt som bemanningen "
            "varit ansträngd. Handläggningstiderna har trots detta i huvudsak hållits.")
    d.add_heading("2 Ärendestatistik", level=1)
    table(d, ["Ärendetyp", "2024", "2025"],
          [["Bygglov", "148", "163"], ["Anmälningsärenden", "97", "104"], ["Strandskyddsdispenser", "22", "19"],
           ["Kart- och mätuppdrag", "61", "58"]], widths=[7, 3, 3], head_fill=None)
    d.add_heading("3 Ekonomi", level=1)
    para(d, "Nämnden redovisar ett överskott om 0,6 mnkr till följd av högre intäkter från bygglovsavgifter.")

    d.add_heading("4 Intern kontroll", level=1)
    para(d, "Nämndens internkontrollplan för 2025 omfattar sju kontrollmoment. Uppföljningen avser helåret.")
    rows = [
        ["Bygglov", "Bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)", "Bygglovschef", "D", "Ja",
         "Kontroll gjord för januari–september: 6 av 112 ärenden överskred tiden. Oktober–december ej kontrollerat."],
        ["", "Avgifter för bygglov debiteras enligt gällande taxa", "Administratör", "G", "Nej",
         "Stickprov 20 ärenden."],
        ["Tillsyn", "Tillsynsplanen för obligatorisk ventilationskontroll (OVK) följs", "Byggnadsinspektör", "G", "Ja",
         "91 % av planerade tillsynsärenden genomförda; resterande flyttas till 2026."],
        ["", "Strandskyddsdispenser handläggs enligt delegationsordningen", "Miljöchef", "E", "–",
         "Ej genomförd p.g.a. personalbrist."],
        ["Delegation", "Delegationsbeslut redovisas till nämnden vid varje sammanträde", "Nämndsekreterare",
         "G", "Nej", ""],
        ["Arkiv", "Bygglovsakter arkiveras enligt dokumenthanteringsplanen", "Arkivansvarig", "U", "–",
         "Utgår – ersatt av e-arkivprojektet."],
        ["GIS", "Kart- och mätuppdrag debiteras enligt taxa", "GIS-ingenjör", "G", "Nej",
         "Avstämning mot ekonomisystemet i oktober."],
    ]
    t = table(d, ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Status", "Avv.", "Kommentar"], rows,
              widths=[2.5, 5.5, 2.8, 1.4, 1.2, 5.5], head_fill="BDD7EE")
    for i, r in enumerate(rows, start=1):
        t.rows[i].cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = para(d, "Teckenförklaring: G = Genomförd   D = Delvis genomförd   E = Ej genomförd   U = Utgår",
             italic=True, size=8)
    res = [("DELVIS", "ja"), ("GENOMFORD", "nej"), ("GENOMFORD", "ja"), ("EJ_GENOMFORD", ""),
           ("GENOMFORD", "nej"), ("UTGAR", ""), ("GENOMFORD", "nej")]
    for r, (s, a) in zip(rows, res):
        exp(fil, N, r[1], s, a)

    para(d, "Bedömning", bold=True)
    para(d, "Nämnden bedömer att den interna kontrollen är tillräcklig men att uppföljningen av "
            "handläggningstider behöver göras löpande under hela året.")
    d.add_heading("5 Framtid", level=1)
    para(d, "Ny plan- och bygglagstiftning träder i kraft under 2026 och kräver utbildningsinsatser.")
    para(d, "")
    para(d, "Karin Sjöberg\nSektorchef samhällsbyggnad")
    save(d, fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ================================================================ 6. Bengtsforshus AB (one key/value table per control)
def f6_bhab():
    fil = "Bengtsforshus AB förvaltningsberättelse 2025 - intern kontroll.docx"
    N = "Bengtsforshus AB"
    d = new_doc("Bengtsforshus AB")
    header_text(d, "Bengtsforshus AB", "Årsredovisning 2025 – utdrag")
    para(d, "Förvaltningsberättelse 2025 (utdrag)", bold=True, size=16)

    d.add_heading("Väsentliga händelser under räkenskapsåret", level=2)
    para(d, "Bolaget har under året slutfört stambytet på Majberget etapp 2 och påbörjat energieffektivisering "
            "av fastigheterna i Billingsfors. Uthyrningsgraden uppgick till 96,8 procent (95,9).")
    d.add_heading("Flerårsöversikt", level=2)
    table(d, ["tkr", "2025", "2024", "2023"],
          [["Nettoomsättning", "98 410", "94 220", "90 870"], ["Resultat efter finansiella poster", "3 115", "2 480", "1 960"],
           ["Soliditet, %", "14,2", "13,5", "12,9"]], widths=[7, 3, 3, 3], head_fill=None)

    d.add_heading("Intern kontroll", level=2)
    para(d, "Styrelsen fastställde bolagets internkontrollplan för 2025 vid sammanträdet 2025-02-25. "
            "Uppföljningen redovisas nedan per kontrollmoment.")
    blocks = [
        ("Hyresavier skickas ut för samtliga uthyrda lägenheter", "Ekonomichef",
         "Avstämning av hyresreskontran mot lägenhetsregistret i mars och september.",
         "Inga avvikelser.", "Genomförd", ("GENOMFORD", "nej")),
        ("Leverantörsfakturor attesteras av behörig attestant", "VD",
         "Stickprov 40 fakturor under året.",
         "En faktura hade attesterats av en semestervikarie utan attesträtt. Attestlistan har uppdaterats.",
         "Genomförd med avvikelse", ("GENOMFORD", "ja")),
        ("Lekplatser på bostadsområdena besiktigas årligen", "Förvaltare",
         "Extern besiktning enligt SS-EN 1176.",
         "Besiktningen påbörjades i november och slutförs under första kvartalet 2026.", "",
         ("DELVIS", "")),
        ("Systematiskt brandskyddsarbete (SBA) dokumenteras i samtliga fastigheter", "Fastighetschef",
         "Genomgång av SBA-pärmar och digital dokumentation.",
         "Dokumentation finns för 9 av 12 fastigheter. Saknad dokumentation upprättas under våren 2026.",
         "Delvis", ("DELVIS", "ja")),
        ("Påminnelser och inkasso hanteras enligt kreditpolicyn", "Ekonomichef",
         "Uppföljning av obetalda hyror över 30 dagar.",
         "Kontrollen har inte kunnat genomföras 2025 på grund av byte av ekonomisystem.", "Ej genomförd",
         ("EJ_GENOMFORD", "")),
    ]
    for n, (km, ansv, metod, res, status, (s, a)) in enumerate(blocks, start=1):
        para(d, f"Kontroll {n}", bold=True, size=10)
        t = d.add_table(rows=5, cols=2)
        t.style = "Table Grid"
        for i, (k, v) in enumerate([("Kontrollmoment", km), ("Ansvarig", ansv), ("Genomförande", metod),
                                     ("Resultat", res), ("Status", status)]):
            set_cell(t.cell(i, 0), k, bold=True, size=9)
            shade(t.cell(i, 0), "F2F2F2")
            set_cell(t.cell(i, 1), v, size=9)
            t.cell(i, 0).width = Cm(3.5)
            t.cell(i, 1).width = Cm(13)
        para(d, "")
        exp(fil, N, km, s, a)

    para(d, "Styrelsens bedömning", bold=True)
    para(d, "Styrelsen bedömer att bolagets interna kontroll är tillräcklig. Identifierade brister inom attest "
            "och brandskyddsdokumentation har åtgärdats eller har en tidsatt åtgärdsplan.")
    para(d, "")
    para(d, "Bengtsfors den 20 februari 2026")
    para(d, "Lars Johansson, ordförande\tIngrid Persson\tOla Svensson\tSara Lund, verkställande direktör")
    save(d, fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ================================================================ 7. ÖFN + Valnämnden (symbols with legend)
def f7_ofn_vn():
    fil = "Uppföljning IK 2025 ÖFN och valnämnden.docx"
    d = new_doc("Kansliavdelningen")
    header_text(d, "Bengtsfors kommun – Kansliavdelningen", "2026-01-20")
    para(d, "Tjänsteskrivelse", size=10)
    para(d, "Uppföljning av intern kontroll 2025 för överförmyndarnämnden och valnämnden", bold=True, size=15)
    d.add_heading("Bakgrund", level=2)
    para(d, "Kansliavdelningen ansvarar för beredningen av ärenden till överförmyndarnämnden och valnämnden. "
            "Båda nämnderna antog internkontrollplaner för 2025 i februari. Denna skrivelse redovisar "
            "helårsuppföljningen för respektive nämnd och föreläggs nämnderna vid deras första sammanträde 2026.")
    p = para(d, "Symbolförklaring för kolumnen Bedömning:  ✔ genomförd utan anmärkning   ! genomförd med "
                "anmärkning   ○ påbörjad/pågår   ✖ ej genomförd   – ej aktuell", size=9, italic=True)

    d.add_heading("Överförmyndarnämnden", level=2)
    para(d, "Överförmyndarnämnden hade under 2025 tillsyn över 212 ställföreträdarskap.")
    rows1 = [
        ["Årsräkningar granskas inom fastställd tid (senast 30 september)", "Uttag ur Wärna",
         "Samtliga 212 årsräkningar granskade senast 2025-09-26.", "✔"],
        ["Arvoden till ställföreträdare beräknas och betalas ut korrekt", "Stickprov 20 arvodesbeslut",
         "Två arvoden felberäknade (fel schablon för kostnadsersättning); rättade i december.", "!"],
        ["Förteckningar över huvudmäns tillgångar inkommer inom två månader efter förordnande",
         "Bevakningslista i Wärna", "Första halvåret kontrollerat utan anmärkning. Granskning av andra halvåret pågår.", "○"],
        ["Lämplighetsprövning av nya ställföreträdare dokumenteras", "Genomgång av samtliga nya akter", "", "✔"],
    ]
    table(d, ["Kontrollmoment", "Metod", "Resultat", "Bedömning"], rows1, widths=[6, 3.5, 6, 2], head_fill="FCE4D6")
    res1 = [("GENOMFORD", "nej"), ("GENOMFORD", "ja"), ("DELVIS", "nej"), ("GENOMFORD", "nej")]
    for r, (s, a) in zip(rows1, res1):
        exp(fil, "Överförmyndarnämnden", r[0], s, a)

    d.add_heading("Valnämnden", level=2)
    para(d, "Under 2025 har inga allmänna val genomförts. Valnämndens kontroller har avsett förberedelser "
            "inför valen 2026.")
    rows2 = [
        ["Vallokaler inventeras avseende tillgänglighet inför valet 2026", "Platsbesök",
         "Samtliga 11 vallokaler besökta under hösten; inga hinder för tillgänglighet.", "✔"],
        ["Rekryteringsplan för röstmottagare är fastställd", "Kontroll av nämndprotokoll",
         "Planen har inte fastställts under 2025 och behandlas i mars 2026.", "✖"],
        ["Röstmottagare har genomgått utbildning före tjänstgöring", "Närvarolistor",
         "Inget val under 2025.", "–"],
    ]
    table(d, ["Kontrollmoment", "Metod", "Resultat", "Bedömning"], rows2, widths=[6, 3.5, 6, 2], head_fill="FCE4D6")
    res2 = [("GENOMFORD", "nej"), ("EJ_GENOMFORD", ""), ("UTGAR", "")]
    for r, (s, a) in zip(rows2, res2):
        exp(fil, "Valnämnden", r[0], s, a)

    d.add_heading("Samlad bedömning", level=2)
    para(d, "Kansliavdelningen bedömer att den interna kontrollen i båda nämnderna har varit tillräcklig under 2025.")
    d.add_heading("Förslag till beslut", level=2)
    para(d, "Överförmyndarnämnden respektive valnämnden godkänner uppföljningen av intern kontroll 2025.")
    para(d, "")
    para(d, "Helena Strand\nKanslichef")
    save(d, fil)
    FILES.append((fil, "INLAST", "Överförmyndarnämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Valnämnden", "2025", "HELAR"))


# ================================================================ 8. rejected: covering letter
def f8_missiv():
    fil = "Missiv verksamhetsberättelser 2025.docx"
    d = new_doc("Ekonomiavdelningen")
    header_text(d, "Bengtsfors kommun – Ekonomiavdelningen", "2026-02-24")
    para(d, "Missiv", bold=True, size=16)
    para(d, "Till: Kommunstyrelsens arbetsutskott")
    para(d, "Ärende: Nämndernas verksamhetsberättelser 2025 inklusive uppföljning av intern kontroll")
    para(d, "Ekonomiavdelningen överlämnar härmed nämndernas och bolagens verksamhetsberättelser för 2025. "
            "Uppföljningen av respektive nämnds internkontrollplan ingår i verksamhetsberättelsen eller har "
            "lämnats som separat tjänsteskrivelse. Kommunstyrelsen ska enligt reglementet för intern kontroll "
            "utvärdera kommunens samlade system för intern kontroll och vid behov föreslå förbättringar.")
    table(d, ["Nämnd/bolag", "Handling", "Inkom"],
          [["Kommunstyrelsen", "Verksamhetsberättelse 2025", "2026-02-10"],
           ["Bildningsnämnden", "Verksamhetsberättelse 2025", "2026-02-19"],
           ["Socialnämnden", "Tjänsteskrivelse uppföljning IKP", "2026-01-29"],
           ["Kultur- och fritidsnämnden", "Årsberättelse 2025", "2026-02-16"],
           ["Miljö- och byggnadsnämnden", "Verksamhetsberättelse 2025", "2026-02-13"],
           ["Överförmyndarnämnden och valnämnden", "Tjänsteskrivelse", "2026-01-20"],
           ["Bengtsforshus AB", "Förvaltningsberättelse (utdrag)", "2026-02-21"],
           ["Krisledningsnämnden", "–", "Ej inkommen"]], widths=[6, 6, 3])
    para(d, "")
    para(d, "Den samlade bedömningen av den interna kontrollen redovisas i årsredovisningen 2025.")
    para(d, "")
    para(d, "Med vänlig hälsning\nSofia Karlsson\nEkonomichef")
    save(d, fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ================================================================ register + csv
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunstyrelsens förvaltning"),
    ("Bildningsnämnden", "BIN|Sektor utbildning|Bildningsförvaltningen"),
    ("Socialnämnden", "SN|Sektor omsorg|Omsorgsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Miljö- och byggnadsnämnden", "MBN|Bygg och miljö|Sektor samhällsbyggnad"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
    ("Valnämnden", "VN|Valnämnd"),
    ("Krisledningsnämnden", "KLN"),
    ("Bengtsforshus AB", "Bengtsforshus|BHAB"),
    ("Dalslands miljö- och energiförbund", "DMEF|Miljö- och energiförbundet|Dalslands miljö- och energinämnd"),
]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    # remove previous outputs (files only, this folder)
    for f in os.listdir(OUT):
        if f.endswith((".docx", ".doc", ".csv")):
            os.remove(os.path.join(OUT, f))
    tmpdir = tempfile.mkdtemp(prefix="r445_")
    try:
        f1_ks()
        f2_bin()
        f3_sn()
        f4_kfn(tmpdir)
        f5_mbn()
        f6_bhab()
        f7_ofn_vn()
        f8_missiv()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print(len(FILES), "file rows,", len(EXPECTED), "expected controls")


if __name__ == "__main__":
    main()
