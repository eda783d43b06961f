#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r254 - Kvarnby kommun 2025.
Theme: Word documents built with layout tricks (nested tables, text boxes, page headers,
"card" tables, split tables, merged title rows, checkbox columns, one .doc and one .odt).
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round254"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fixed_props(doc, author, title):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    import datetime
    cp.created = datetime.datetime(2025, 9, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 9, 1, 8, 0, 0)
    cp.revision = 1


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml('<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                    'w:val="clear" w:color="auto" w:fill="%s"/>' % hexcolor)
    tcPr.append(shd)


def bold_cell(cell, text, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def fill_cell(cell, text):
    """Multi-line text: each \n becomes its own paragraph (as users type Enter in cells)."""
    lines = text.split("\n")
    cell.text = lines[0]
    for ln in lines[1:]:
        cell.add_paragraph(ln)


def add_textbox(paragraph, lines, width_pt=460, height_pt=40, bold_first=False, size=None, shape_id="tb"):
    """Inline VML text box (w:pict / v:shape / v:textbox / w:txbxContent)."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    paras = []
    for i, ln in enumerate(lines):
        rpr = ""
        if (bold_first and i == 0) or size:
            rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if (bold_first and i == 0) else "",
                                           ('<w:sz w:val="%d"/>' % (size * 2)) if size else "")
        t = (ln.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        paras.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, t))
    xml = (
        '<w:r xmlns:w="%s" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="%s" o:spid="_x0000_s%d" type="#_x0000_t202" '
        'style="width:%dpt;height:%dpt" strokecolor="#1f4e79" strokeweight="1pt">'
        '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>'
    ) % (W, shape_id, 1025 + len(shape_id), width_pt, height_pt, "".join(paras))
    paragraph._p.append(parse_xml(xml))


def table_borders(table):
    table.style = "Table Grid"


# ---------------------------------------------------------------------------
# 1. BUN - layout table, real table nested in a cell
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN_uppfoljning_IK_delar_2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    rows = [
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         "Genomförd", "Stickprov om 40 fakturor (jan–jun). Inga avvikelser.", "GENOMFORD", "nej"),
        ("1.2", "Ekonomi", "Kontroll av att representation och interna konferenser följer riktlinjerna", "Controller",
         "Genomförd med anmärkning", "3 av 25 underlag saknade deltagarförteckning och syfte. Påminnelse skickad till rektorerna.",
         "GENOMFORD", "ja"),
        ("2.1", "Elevhälsa", "Kontroll av att anmälan om kränkande behandling görs till huvudman inom fem arbetsdagar",
         "Skolchef", "Pågående",
         "Vårterminens ärenden är granskade: 4 av 31 anmälningar kom in senare än fem arbetsdagar.\nHöstterminen granskas i oktober.",
         "DELVIS", "ja"),
        ("2.2", "Elevhälsa", "Uppföljning av elevers frånvaro och att frånvaroutredning påbörjas", "Rektorer",
         "Ej påbörjad", "Planeras till november.", "EJ_GENOMFORD", ""),
        ("3.1", "Förskola", "Kontroll av att avgiftsunderlag i förskolan stämmer mot hushållens inkomstuppgifter",
         "Placeringsenheten", "Genomförd",
         "Inkomstkontroll genomförd i maj. 12 hushåll hade för låg inkomst registrerad och fick justerad avgift.",
         "GENOMFORD", "ja"),
        ("3.2", "Förskola", "Registerkontroll (belastningsregister) vid nyanställning i förskola och skola", "HR-partner",
         "Genomförd", "Samtliga 18 nyanställda kontrollerade, utan anmärkning.", "GENOMFORD", "nej"),
        ("4.1", "Lokaler", "Systematiskt brandskyddsarbete (SBA) dokumenteras på varje enhet", "Lokalsamordnare",
         "Utgår", "Ansvaret flyttat till tekniska förvaltningen enligt beslut BUN 2025-03-19 § 31.", "UTGAR", ""),
        ("4.2", "IT", "Behörigheter i elevdokumentationssystemet avslutas när personal slutar", "IT-samordnare",
         "", "", "SAKNAS", ""),
    ]
    doc = Document()
    fixed_props(doc, "Anna Berglund", "Uppföljning internkontroll delår 2025")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)

    outer = doc.add_table(rows=4, cols=2)
    outer.autofit = False
    # row 0: logo text | förvaltning + dnr
    c0 = outer.cell(0, 0)
    p = bold_cell(c0, "KVARNBY KOMMUN", 14)
    c0.add_paragraph("Barn- och utbildningsförvaltningen")
    c1 = outer.cell(0, 1)
    fill_cell(c1, "Tjänsteskrivelse\nDatum: 2025-09-12\nDnr: BUN 2025/112\nHandläggare: Anna Berglund, controller")
    for pp in c1.paragraphs:
        pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # row 1: title merged
    t = outer.cell(1, 0).merge(outer.cell(1, 1))
    bold_cell(t, "Uppföljning av internkontrollplan 2025 – delårsrapport januari–augusti", 13)
    t.add_paragraph("Barn- och utbildningsnämnden har i internkontrollplanen för 2025 beslutat om åtta "
                    "kontrollmoment. Nedan redovisas läget per den 31 augusti.")
    # row 2: nested table
    holder = outer.cell(2, 0).merge(outer.cell(2, 1))
    holder.text = "Redovisning av kontrollmoment"
    inner = holder.add_table(rows=1, cols=6)
    table_borders(inner)
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status delår", "Kommentar"]
    for i, h in enumerate(hdr):
        bold_cell(inner.rows[0].cells[i], h)
        set_cell_bg(inner.rows[0].cells[i], "D9E2F3")
    for r in rows:
        cells = inner.add_row().cells
        for i in range(6):
            fill_cell(cells[i], r[i])
        exp(fil, namnd, r[2], r[6], r[7])
    holder.add_paragraph("")
    # row 3: footer
    f = outer.cell(3, 0).merge(outer.cell(3, 1))
    f.text = "Förslag till beslut: Barn- och utbildningsnämnden godkänner delårsuppföljningen av internkontrollplanen 2025."
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden - title + legend in text boxes, nämnd only in page header
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Uppföljning intern kontroll helår 2025 - SOC.docx"
    namnd = "Socialnämnden"
    rows = [
        ("Ekonomiskt bistånd", "Handläggningstid för ekonomiskt bistånd från ansökan till beslut",
         "Stickprov 20 ärenden per halvår", "Enhetschef försörjningsstöd", "G",
         "Genomsnittlig handläggningstid 9 dagar, inom nämndens mål.", "GENOMFORD", "nej"),
        ("Barn och unga", "Utredningar av barn och unga avslutas inom fyra månader enligt SoL 11 kap. 2 §",
         "Uttag ur verksamhetssystemet", "Enhetschef barn och unga", "D",
         "Uttaget gjordes för T1 och T2. 78 % avslutade inom tidsgränsen; beslut om förlängning saknades i 6 ärenden. "
         "T3 redovisas i mars.", "DELVIS", "ja"),
        ("Barn och unga", "Förhandsbedömning görs inom 14 dagar efter inkommen orosanmälan",
         "Stickprov 40 anmälningar", "Enhetschef mottagning", "G",
         "3 av 40 ärenden överskred 14 dagar. Rutinen har setts över.", "GENOMFORD", "ja"),
        ("Boende", "Hantering av klienters kontanta medel på stödboenden",
         "Inventering av kassor", "Enhetschef boende", "E",
         "Ej genomförd på grund av vakans. Kontrollen flyttas till planen för 2026.", "EJ_GENOMFORD", ""),
        ("Inköp", "Avtalstrohet vid köp av HVB-placeringar",
         "Jämförelse placeringar mot ramavtal", "Controller", "G",
         "Samtliga 14 placeringar under året gjordes inom ramavtal.", "GENOMFORD", "nej"),
        ("Verkställighet", "Uppföljning av att beslut om bistånd verkställs inom tre månader",
         "Rapport ur verksamhetssystemet", "Kvalitetsutvecklare", "U",
         "Kontrollen utgår – följs i stället upp i kvalitetsberättelsen.", "UTGAR", ""),
        ("Informationssäkerhet", "Loggkontroll av åtkomst till personakter i verksamhetssystemet",
         "Slumpvis loggkontroll", "Systemförvaltare", "",
         "Se bilaga 3.", "OKLAR", ""),
        ("Informationssäkerhet", "Dokumentation av samtycke vid informationsutbyte med andra myndigheter",
         "Stickprov 15 akter", "Enhetschef vuxen", "",
         "Granskningen genomfördes i november utan anmärkningar.", "GENOMFORD", "nej"),
    ]
    doc = Document()
    fixed_props(doc, "Jonas Ek", "Intern kontroll helår")
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Kvarnby kommun\tSocialnämnden\tDnr SN 2025/318"
    fp = sec.footer.paragraphs[0]
    fp.text = "Socialförvaltningen, Storgatan 14, 743 90 Kvarnby"

    p = doc.add_paragraph()
    add_textbox(p, ["Uppföljning av intern kontroll 2025", "Helårsrapport januari–december"],
                width_pt=520, height_pt=46, bold_first=True, size=14, shape_id="Rubrik")
    doc.add_paragraph("")
    doc.add_paragraph("Nämnden antog internkontrollplanen 2025-01-22 § 9. Uppföljningen har gjorts av respektive "
                      "enhetschef tillsammans med förvaltningens controller. Resultatet sammanfattas i tabellen nedan.")
    p = doc.add_paragraph()
    add_textbox(p, ["Teckenförklaring status:",
                    "G = Genomförd    D = Delvis genomförd    E = Ej genomförd    U = Utgår ur planen"],
                width_pt=520, height_pt=36, bold_first=True, shape_id="Teckenforklaring")
    doc.add_paragraph("")
    tbl = doc.add_table(rows=1, cols=6)
    table_borders(tbl)
    for i, h in enumerate(["Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Iakttagelser och åtgärder"]):
        bold_cell(tbl.rows[0].cells[i], h)
        set_cell_bg(tbl.rows[0].cells[i], "FCE4D6")
    for r in rows:
        cells = tbl.add_row().cells
        for i in range(6):
            fill_cell(cells[i], r[i])
        cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, namnd, r[1], r[6], r[7])
    doc.add_paragraph("")
    doc.add_paragraph("Bilaga 3: Loggkontroller 2025 (separat dokument, sekretess).")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. KS - one two-column "card" table per control
# ---------------------------------------------------------------------------
def file_ks():
    fil = "Uppfoljning_internkontroll_KS_2025.docx"
    namnd = "Kommunstyrelsen"
    cards = [
        dict(km="Attest av leverantörsfakturor enligt attestordningen", proc="Ekonomi",
             risk="Felaktiga utbetalningar", metod="Stickprov 50 fakturor", ansv="Redovisningschef",
             status="Genomförd", kom="Stickprov på 50 fakturor. Två fakturor saknade beslutsattest, åtgärdat i efterhand.",
             avv="Ja", e=("GENOMFORD", "ja")),
        dict(km="Efterlevnad av upphandlingspolicyn vid direktupphandling över 100 000 kr", proc="Upphandling",
             risk="Otillåten direktupphandling", metod="Genomgång av leverantörsreskontra", ansv="Upphandlingschef",
             status="Delvis genomförd", kom="Första halvåret är granskat. Andra halvåret granskas i december.",
             avv="Nej", e=("DELVIS", "nej")),
        dict(km="Kontroll av att behörigheter i ekonomisystemet motsvarar aktuell befattning", proc="Ekonomi",
             risk="Obehörig åtkomst", metod="Behörighetslista mot personalregister", ansv="Systemförvaltare ekonomi",
             status="Genomförd", kom="Samtliga 212 användare kontrollerade.", avv="Nej", e=("GENOMFORD", "nej")),
        dict(km="Registrering av inkommande allmänna handlingar inom två arbetsdagar", proc="Kansli",
             risk="Bristande offentlighet", metod="Stickprov i diariet", ansv="Kanslichef",
             status="Ej påbörjad", kom="Påbörjas i oktober.", avv="–", e=("EJ_GENOMFORD", "")),
        dict(km="Löneutbetalningar – kontroll av att nyanställningar och avslutade anställningar registreras korrekt",
             proc="Lön och HR", risk="Felaktig lön", metod="Avstämning mot anställningsavtal", ansv="Lönechef",
             status="", kom="Kontrollen är genomförd i juni, inga felaktigheter hittades.", avv="",
             e=("GENOMFORD", "nej")),
        dict(km="Anmälan av delegationsbeslut till kommunstyrelsen", proc="Kansli",
             risk="Beslut fattas utan mandat", metod="Jämförelse delegationslistor mot protokoll", ansv="Kommunsekreterare",
             status="Utgår", kom="Ersätts av kontroll enligt ny delegationsordning från 1 juli.", avv="",
             e=("UTGAR", "")),
        dict(km="Informationssäkerhet – genomförd grundutbildning för nyanställda", proc="IT och informationssäkerhet",
             risk="Informationsincidenter", metod="Rapport ur lärplattformen", ansv="Informationssäkerhetssamordnare",
             status="Pågår", kom="64 % av årets nyanställda har genomfört utbildningen.", avv="",
             e=("DELVIS", "")),
    ]
    doc = Document()
    fixed_props(doc, "Lena Holm", "Uppföljning intern kontroll KS")
    h = doc.add_heading("Kommunstyrelsen – uppföljning av intern kontroll", level=1)
    doc.add_paragraph("Delårsuppföljning per 31 augusti 2025")
    doc.add_paragraph("Kommunledningsförvaltningen redovisar här kontrollerna i kommunstyrelsens "
                      "internkontrollplan 2025. Varje kontroll redovisas i en egen tabell.")
    for n, c in enumerate(cards, 1):
        doc.add_heading("Kontroll %d" % n, level=2)
        tbl = doc.add_table(rows=1, cols=2)
        table_borders(tbl)
        bold_cell(tbl.rows[0].cells[0], "Fält")
        bold_cell(tbl.rows[0].cells[1], "Värde")
        set_cell_bg(tbl.rows[0].cells[0], "E2EFDA")
        set_cell_bg(tbl.rows[0].cells[1], "E2EFDA")
        for k, v in [("Kontrollmoment", c["km"]), ("Process", c["proc"]), ("Risk", c["risk"]),
                     ("Kontrollmetod", c["metod"]), ("Ansvarig", c["ansv"]),
                     ("Status 31 augusti", c["status"]), ("Kommentar", c["kom"]),
                     ("Avvikelse (Ja/Nej)", c["avv"])]:
            cells = tbl.add_row().cells
            cells[0].text = k
            cells[1].text = v
        for row in tbl.rows:
            row.cells[0].width = Cm(5)
            row.cells[1].width = Cm(11)
        doc.add_paragraph("")
        exp(fil, namnd, c["km"], c["e"][0], c["e"][1])
    doc.add_paragraph("Lena Holm\nekonomichef")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    return fil


# ---------------------------------------------------------------------------
# 4. TN - table split into two tables by an empty paragraph
# ---------------------------------------------------------------------------
def file_tn():
    fil = "TN_IK_2025_helar.docx"
    namnd = "Tekniska nämnden"
    rows = [
        ("1", "Kontroll av att drivmedelskort endast används för tjänstefordon", "6 (2×3)", "Fordonssamordnare",
         "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("2", "Egenkontroll av lekplatser enligt SS-EN 1176", "9 (3×3)", "Parkchef",
         "Klar med avvikelse", "Två lekplatser hade brister i fallskydd. Åtgärdat i oktober.", "GENOMFORD", "ja"),
        ("3", "Kontroll av att VA-abonnemang debiteras enligt gällande taxa", "8 (2×4)", "VA-chef",
         "Klar", "Stickprov 30 abonnemang, inga fel.", "GENOMFORD", "nej"),
        ("4", "Inventering av nycklar och passerbrickor i kommunens fastigheter", "12 (3×4)", "Fastighetschef",
         "Påbörjad", "Inventeringen är klar för ca 60 % av fastigheterna. Resterande under våren 2026.",
         "DELVIS", ""),
        ("5", "Avtalsuppföljning vinterväghållning – utförda insatser mot fakturerade timmar", "6 (2×3)", "Gatuchef",
         "Klar", "Fakturerade timmar stämde mot körjournaler och GPS-loggar.", "GENOMFORD", "nej"),
        # ---- table break here ----
        ("6", "Kontroll av att skyddsronder genomförs på samtliga arbetsplatser", "8 (2×4)", "Förvaltningschef",
         "Ej utförd", "Prioriterades bort på grund av personalbrist under hösten.", "EJ_GENOMFORD", ""),
        ("7", "Uppföljning av återställning efter grävtillstånd (schakt i gatumark)", "9 (3×3)", "Gatuchef",
         "Klar", "4 av 22 återställningar godkändes inte vid besiktning; entreprenörerna har fått åtgärda.",
         "GENOMFORD", "ja"),
        ("8", "Kontroll av att specialkost dokumenteras och levereras enligt beställning", "8 (2×4)", "Kostchef",
         "Utgår", "Kostenheten tillhör barn- och utbildningsförvaltningen från 2025-04-01.", "UTGAR", ""),
    ]
    doc = Document()
    fixed_props(doc, "Per Lindqvist", "IK helår TN")
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    p = doc.add_paragraph()
    r = p.add_run("Tekniska nämnden")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    r = p.add_run("Uppföljning internkontrollplan 2025 – Helår")
    r.font.size = Pt(13)
    doc.add_paragraph("Riskvärde = sannolikhet × konsekvens (skala 1–4). Utfall anges som Klar, Klar med avvikelse, "
                      "Påbörjad, Ej utförd eller Utgår.")
    hdr = ["Nr", "Kontrollmoment", "Riskvärde", "Ansvarig", "Utfall helår", "Kommentar"]

    def mk(part, header):
        tbl = doc.add_table(rows=1 if header else 0, cols=6)
        table_borders(tbl)
        if header:
            for i, h in enumerate(hdr):
                bold_cell(tbl.rows[0].cells[i], h)
                set_cell_bg(tbl.rows[0].cells[i], "FFF2CC")
        for rr in part:
            cells = tbl.add_row().cells
            for i in range(6):
                fill_cell(cells[i], rr[i])
            exp(fil, namnd, rr[1], rr[6], rr[7])
        return tbl

    mk(rows[:5], True)
    doc.add_paragraph("")            # the empty paragraph that splits the table
    mk(rows[5:], False)
    doc.add_paragraph("")
    doc.add_paragraph("Kvarnby 2026-01-28")
    doc.add_paragraph("Per Lindqvist\nförvaltningschef, tekniska förvaltningen")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. KFN - title row merged over all columns, group rows merged
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "Kultur och fritid delårsuppföljning internkontroll.docx"
    namnd = "Kultur- och fritidsnämnden"
    groups = [
        ("Ekonomi", [
            ("Kontroll av kontanthantering i entrékassor på simhallen och biblioteket", "Ekonom",
             "Genomförd", "Kassorna inventerades i april och juni. Differens på 120 kr i juni, utredd och dokumenterad.",
             "GENOMFORD", "ja"),
            ("Attest av leverantörsfakturor enligt attestordningen", "Ekonom",
             "Genomförd", "Stickprov 20 fakturor. Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Föreningsbidrag", [
            ("Kontroll av att föreningar som söker aktivitetsbidrag redovisat närvaro korrekt", "Föreningskonsulent",
             "Pågår", "Stickprov på 10 av 42 föreningar klart; resterande granskas under hösten.", "DELVIS", ""),
            ("Kontroll av att lokalbidrag betalas ut enligt beslutade regler", "Föreningskonsulent",
             "Ej genomförd", "Skjuts till helår på grund av införande av nytt bidragssystem.", "EJ_GENOMFORD", ""),
        ]),
        ("Verksamhet", [
            ("Uthyrning av idrottshallar – debitering stämmer mot bokningssystemet", "Bokningsansvarig",
             "Genomförd", "3 bokningar hade inte fakturerats. Fakturor skickade i augusti.", "GENOMFORD", "ja"),
            ("Registerkontroll vid anställning av personal i fritidsgårdsverksamheten", "Enhetschef fritidsgårdar",
             "Genomförd", "Alla 7 nyanställda kontrollerade.", "GENOMFORD", "nej"),
            ("Kontroll av livräddningsutrustning vid kommunens badplatser varje vecka under badsäsongen",
             "Fritidschef", "Ej aktuell",
             "Badplatserna sköts från 2025 av tekniska förvaltningen; kontrollen utgår ur nämndens plan.", "UTGAR", ""),
        ]),
    ]
    doc = Document()
    fixed_props(doc, "Maria Sundin", "Delårsuppföljning IK")
    doc.add_paragraph("Bilaga 2 till delårsrapport 2025")
    tbl = doc.add_table(rows=2, cols=5)
    table_borders(tbl)
    title = tbl.rows[0].cells[0].merge(tbl.rows[0].cells[4])
    bold_cell(title, "Kultur- och fritidsnämnden – Uppföljning internkontrollplan 2025, delår januari–augusti", 12)
    title.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_cell_bg(title, "2F5597")
    title.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for i, h in enumerate(["Process", "Kontrollmoment", "Kontrollansvarig", "Status", "Kommentar"]):
        bold_cell(tbl.rows[1].cells[i], h)
        set_cell_bg(tbl.rows[1].cells[i], "D9E2F3")
    for g, items in groups:
        row = tbl.add_row()
        gc = row.cells[0].merge(row.cells[4])
        bold_cell(gc, g)
        set_cell_bg(gc, "EDEDED")
        for km, ansv, st, kom, es, ea in items:
            cells = tbl.add_row().cells
            cells[0].text = g
            cells[1].text = km
            cells[2].text = ansv
            cells[3].text = st
            cells[4].text = kom
            exp(fil, namnd, km, es, ea)
    row = tbl.add_row()
    c = row.cells[0].merge(row.cells[4])
    c.text = ("Samlad bedömning: förvaltningen bedömer att den interna kontrollen i allt väsentligt är tillräcklig. "
              "Kvarstående kontroller redovisas i helårsuppföljningen.")
    doc.add_paragraph("")
    doc.add_paragraph("Maria Sundin, kultur- och fritidschef")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. VON - checkbox symbols in separate status columns
# ---------------------------------------------------------------------------
def file_von():
    fil = "VON_IK_helar_2025.docx"
    namnd = "Vård- och omsorgsnämnden"
    X, O = "☒", "☐"
    # marks: (Genomförd, Delvis, Ej genomförd, Utgår)
    rows = [
        ("1", "Genomförandeplaner upprättas inom 14 dagar efter inflyttning på särskilt boende", (1, 0, 0, 0),
         "30 planer granskade, 27 upprättade i tid. Tre enheter har fått påminnelse.", "GENOMFORD", "ja"),
        ("2", "Läkemedelshantering – signeringslistor och avvikelserapportering", (0, 1, 0, 0),
         "Hemtjänsten klar. Särskilt boende granskas i januari 2026.", "DELVIS", ""),
        ("3", "Debitering av hemtjänstavgift stämmer mot utförd tid", (1, 0, 0, 0),
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("4", "Nattlig tillsyn via kamera följer biståndsbeslut", (0, 0, 0, 0),
         "", "SAKNAS", ""),
        ("5", "Hantering av privata medel för boende på särskilt boende", (1, 0, 1, 0),
         "Redovisas muntligt vid nämndens sammanträde i februari.", "OKLAR", ""),
        ("6", "Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid", (0, 0, 0, 0),
         "Kontrollen är genomförd. Samtliga 9 rapporter utreddes inom tidsgränsen.", "GENOMFORD", "nej"),
        ("7", "Timavlönade – kontroll av att anställningsdagar inte överskrider LAS-gränsen", (0, 0, 1, 0),
         "Systemstöd saknades under året. Flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("8", "Avtalsuppföljning av privata utförare inom LOV hemtjänst", (0, 0, 0, 1),
         "LOV avvecklades 2025-05-01 (VON 2024/77).", "UTGAR", ""),
    ]
    doc = Document()
    fixed_props(doc, "Karin Åberg", "VON IK helår 2025")
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.header.paragraphs[0].text = "Vård- och omsorgsförvaltningen"
    doc.add_heading("Uppföljning internkontroll 2025 – helår", level=1)
    doc.add_paragraph("Vård- och omsorgsnämnden. Markera status med kryss (☒) i en av kolumnerna.")
    tbl = doc.add_table(rows=2, cols=7)
    table_borders(tbl)
    h0 = tbl.rows[0].cells
    h1 = tbl.rows[1].cells
    for i, h in [(0, "Nr"), (1, "Kontrollmoment"), (6, "Kommentar")]:
        m = h0[i].merge(h1[i])
        bold_cell(m, h)
    st = h0[2].merge(h0[5])
    bold_cell(st, "Status helår 2025")
    st.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, h in zip(range(2, 6), ["Genomförd", "Delvis", "Ej genomförd", "Utgår"]):
        bold_cell(h1[i], h)
    for r in rows:
        cells = tbl.add_row().cells
        cells[0].text = r[0]
        cells[1].text = r[1]
        for j, m in enumerate(r[2]):
            cells[2 + j].text = X if m else O
            cells[2 + j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            cells[2 + j].paragraphs[0].runs[0].font.name = "MS Gothic"
        cells[6].text = r[3]
        exp(fil, namnd, r[1], r[4], r[5])
    doc.add_paragraph("")
    doc.add_paragraph("☒ = markerat alternativ   ☐ = ej markerat")
    doc.add_paragraph("Karin Åberg, kvalitetsstrateg")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. SBN - old Word .doc (built as docx, converted by LibreOffice)
# ---------------------------------------------------------------------------
def file_sbn(tmp):
    fil = "SBN uppföljning intern kontroll delår 2025.doc"
    namnd = "Samhällsbyggnadsnämnden"
    rows = [
        ("Handläggning av bygglov inom lagstadgad tid (10 veckor)", "Uttag ur ärendesystemet", "Bygglovschef",
         "Klar", "96 % beslutades inom tidsfristen. 4 ärenden överskred tiden och avgiften reducerades.",
         "GENOMFORD", "ja"),
        ("Planavgift och planavtal debiteras enligt taxa", "Stickprov 10 planer", "Planchef",
         "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Arkivering av detaljplaner och tillhörande handlingar enligt dokumenthanteringsplanen", "Genomgång av arkivet",
         "Planarkitekt", "Pågår", "Hälften av 2024 års planer är arkiverade.", "DELVIS", ""),
        ("Lantmäteriförrättningar faktureras i rätt tid", "Avstämning mot förrättningsregister", "Mätchef",
         "Se bilaga 2", "", "OKLAR", ""),
        ("Handläggare anmäler jäv i ärenden där de kan vara jäviga", "Enkät och stickprov", "Samhällsbyggnadschef",
         "Ej påbörjad", "Genomförs under hösten.", "EJ_GENOMFORD", ""),
        ("Bostadsanpassningsbidrag – beviljade åtgärder stämmer mot faktura", "Stickprov 15 ärenden",
         "Handläggare bostadsanpassning", "Klar",
         "En faktura avsåg åtgärd som inte beviljats; återkrav har skickats.", "GENOMFORD", "ja"),
    ]
    doc = Document()
    fixed_props(doc, "Erik Nyström", "SBN IK delår")
    p = doc.add_paragraph()
    r = p.add_run("Samhällsbyggnadsförvaltningen")
    r.bold = True
    doc.add_paragraph("Intern kontroll 2025 – uppföljning per augusti (delårsbokslut)")
    doc.add_paragraph("Till: Samhällsbyggnadsnämnden, sammanträde 2025-09-25")
    tbl = doc.add_table(rows=1, cols=5)
    table_borders(tbl)
    for i, h in enumerate(["Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar"]):
        bold_cell(tbl.rows[0].cells[i], h)
    for rr in rows:
        cells = tbl.add_row().cells
        for i in range(5):
            cells[i].text = rr[i]
        exp(fil, namnd, rr[0], rr[5], rr[6])
    doc.add_paragraph("")
    doc.add_paragraph("Bilaga 2: Avstämning lantmäteriförrättningar jan–aug 2025")
    src = os.path.join(tmp, "sbn.docx")
    doc.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", "doc:MS Word 97", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copyfile(os.path.join(tmp, "sbn.doc"), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. MHN - OpenDocument text (.odt), delår and helår status side by side
# ---------------------------------------------------------------------------
def file_mhn():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, TableColumnProperties, TableCellProperties, ParagraphProperties
    from odf.text import P, H
    from odf.table import Table, TableColumn, TableRow, TableCell

    fil = "Miljö- och hälsoskyddsnämnden_internkontroll_2025.odt"
    namnd = "Miljö- och hälsoskyddsnämnden"
    rows = [
        ("Tillsynsavgifter debiteras enligt fastställd taxa", "6", "Miljöchef", "Delvis", "Genomförd",
         "25 beslut granskade, en felaktig timavgift har rättats.", "GENOMFORD", "ja"),
        ("Livsmedelskontroller genomförs enligt fastställd kontrollplan", "9", "Livsmedelsinspektör", "Delvis", "Delvis",
         "Avvikelse: 82 % av planerade kontroller utförda. Resterande flyttas till 2026.", "DELVIS", "ja"),
        ("Återkoppling till klagande inom fyra veckor", "4", "Miljöinspektör", "Genomförd", "",
         "", "GENOMFORD", ""),
        ("Delegationsbeslut anmäls till nämnden", "4", "Nämndsekreterare", "Genomförd", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ansökningar om enskilda avlopp handläggs inom sex veckor", "8", "Miljöinspektör", "Ej påbörjad",
         "Ej genomförd", "Prioriterades ned på grund av långtidssjukskrivningar.", "EJ_GENOMFORD", ""),
        ("Registrering av nya livsmedelsanläggningar inom två veckor", "3", "Livsmedelsinspektör", "Utgår", "Utgår",
         "Följs i ordinarie verksamhetsuppföljning.", "UTGAR", ""),
        ("Behörigheter i ärendesystemet Ecos stämmer mot aktuell personal", "6", "Systemförvaltare", "–", "Genomförd",
         "Två konton för personal som slutat stängdes.", "GENOMFORD", "ja"),
    ]
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    h1 = Style(name="Rubrik", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.automaticstyles.addElement(h1)
    hcell = Style(name="Huvudcell", family="table-cell")
    hcell.addElement(TableCellProperties(backgroundcolor="#d9d9d9", border="0.5pt solid #000000"))
    doc.automaticstyles.addElement(hcell)
    cell = Style(name="Cell", family="table-cell")
    cell.addElement(TableCellProperties(border="0.5pt solid #000000"))
    doc.automaticstyles.addElement(cell)
    hp = Style(name="HuvudP", family="paragraph")
    hp.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(hp)

    doc.text.addElement(P(stylename=h1, text="Miljö- och hälsoskyddsnämnden"))
    doc.text.addElement(P(text="Uppföljning av internkontrollplan 2025 – helårsrapport"))
    doc.text.addElement(P(text="Tabellen visar status vid delårsuppföljningen (augusti) och vid årets slut. "
                               "Riskvärde enligt nämndens riskanalys (1–16)."))
    doc.text.addElement(P(text=""))
    t = Table(name="IK2025")
    for _ in range(6):
        t.addElement(TableColumn())
    tr = TableRow()
    for h in ["Kontrollmoment", "Riskvärde", "Ansvarig", "Status delår", "Status helår", "Kommentar helår"]:
        tc = TableCell(stylename=hcell)
        tc.addElement(P(stylename=hp, text=h))
        tr.addElement(tc)
    t.addElement(tr)
    for r in rows:
        tr = TableRow()
        for v in r[:6]:
            tc = TableCell(stylename=cell)
            tc.addElement(P(text=v))
            tr.addElement(tc)
        t.addElement(tr)
        exp(fil, namnd, r[0], r[6], r[7])
    doc.text.addElement(t)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Beslutad av miljö- och hälsoskyddsnämnden 2026-02-12 § 14."))
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 9. Reject: Word lock file of the KS document
# ---------------------------------------------------------------------------
def file_lock(ks_fil):
    fil = "~$" + ks_fil[2:]
    user = "Lena Holm"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b.ljust(54, b"\x00")
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    b = b.ljust(162, b"\x00")
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Kvarnby Bostäder AB", "KBAB|Kvarnbybostäder"),
]


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps so the output is byte-identical run to run."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def main():
    # remove earlier outputs
    for fn in os.listdir(HERE):
        if fn.endswith((".docx", ".doc", ".odt", ".csv")):
            os.remove(os.path.join(HERE, fn))
    tmp = tempfile.mkdtemp(prefix="r254_")
    try:
        file_bun()
        file_sn()
        ks = file_ks()
        file_tn()
        file_kfn()
        file_von()
        file_sbn(tmp)
        file_mhn()
        file_lock(ks)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    for fn in sorted(os.listdir(HERE)):
        if fn.endswith((".docx", ".odt")) and not fn.startswith("~$"):
            normalize_zip(os.path.join(HERE, fn))

    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
