#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 22 - Skärvalla kommun (fiktiv, Västra Götaland), internkontroll 2025.

Makes the follow-up files of the kommun's nämnder plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3 from any folder; output goes next to this script.
"""
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="r22build-")

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
VON = "Vård- och omsorgsnämnden"
SBN = "Samhällsbyggnadsnämnden"
KFN = "Kultur- och fritidsnämnden"
TN = "Tekniska nämnden"
MHN = "Miljö- och hälsoskyddsnämnden"
OFN = "Överförmyndarnämnden"

NAMNDER = [
    (KS, "KS|Kommunledningsförvaltningen|KLF"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
    (SN, "SN|Socialförvaltningen|SOC"),
    (VON, "VON|Vård- och omsorgsförvaltningen|VOF"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen"),
    (TN, "TN|Tekniska förvaltningen"),
    (MHN, "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
    (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km, km
    assert len(km) >= 25, km
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "SAKNAS", "OKLAR", "UTGAR"), status
    assert avv in ("ja", "nej")
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- Word helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)


def base_doc(font="Calibri", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def soffice_convert(src, fmt, outdir):
    prof = "file:///tmp/lo-round22-profile"
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ================================================================ 1. BUN: tables per process (.docx)
def make_bun():
    fil = "BUN Uppföljning internkontrollplan 2025 helår.docx"
    d = base_doc()
    d.core_properties.author = "Barn- och utbildningsförvaltningen"
    d.core_properties.title = "Uppföljning internkontrollplan 2025"
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – helår").runs[0].bold = True
    d.add_paragraph("Dnr BUN 2025/118. Tjänsteskrivelse till nämndens sammanträde 2026-02-10.")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 februari 2025 (§ 12). Nedan redovisas utfallet "
        "för varje kontrollmoment per process. I kolumnen Avvikelse anges Ja om kontrollen visat brister; "
        "status anges som Genomförd, Delvis genomförd, Ej genomförd eller Utgår.")

    hdr = ["Kontrollmoment", "Metod/omfattning", "Resultat", "Avvikelse", "Status"]
    processes = [
        ("Process: Ekonomi och inköp", [
            (["Attest av leverantörsfakturor sker enligt gällande attestordning",
              "Stickprov 25 fakturor, samtliga skolenheter",
              "Två fakturor hade attesterats av person utan attesträtt för ansvaret. Attestlistan är uppdaterad.",
              "Ja", "Genomförd"], None, "GENOMFORD", "ja"),
            (["Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
              "Genomgång av samtliga inköp över beloppsgränsen",
              "Samtliga åtta direktupphandlingar var dokumenterade.", "Nej", "Genomförd"],
             None, "GENOMFORD", "nej"),
            (["Skolskjutsfakturor stäms av mot avtal och körda turer",
              "Jämförelse av fakturor mot turlistor",
              "Vårterminen är avstämd utan anmärkning. Höstterminen återstår och görs i februari.",
              "Nej", "Delvis genomförd"], None, "DELVIS", "nej"),
        ]),
        ("Process: Elevhälsa och skolplikt", [
            (["Orosanmälningar till socialtjänsten görs utan dröjsmål enligt rutin",
              "Genomgång av anmälningar i elevhälsojournalen",
              "Kontrollen hann inte genomföras på grund av rektorsbyten på tre enheter.", "—",
              "Ej genomförd"], None, "EJ_GENOMFORD", "nej"),
            # text runs over two physical rows
            (["Elever med upprepad eller längre ogiltig frånvaro",
              "Stickprov 14 elever med mer än 10 % ogiltig frånvaro",
              "Frånvaroutredning saknades för 3 av 14 elever. Rektorerna har påmints om rutinen.",
              "Ja", "Genomförd"],
             "utreds och anmäls till huvudman enligt 7 kap. skollagen", "GENOMFORD", "ja"),
            (["Extra anpassningar och särskilt stöd dokumenteras i åtgärdsprogram",
              "Granskning av 30 åtgärdsprogram", "Se bilaga 2", "", ""], None, "OKLAR", "nej"),
        ]),
        ("Process: Personal och behörigheter", [
            (["Lärare som undervisar har legitimation och behörighet i ämnet",
              "Utdrag ur lönesystemet mot Skolverkets lärarregister",
              "Sju lärare utan legitimation och utan tidsbegränsad anställning identifierades.",
              "Ja", "Genomförd"], None, "GENOMFORD", "ja"),
            (["Utdrag ur belastningsregistret kontrolleras före anställning",
              "Stickprov 20 nyanställda inom förskola och skola",
              "Utdrag fanns registrerat i samtliga fall.", "Nej", "Genomförd"], None, "GENOMFORD", "nej"),
            (["Behörigheter i elevregistret tas bort när anställningen upphör",
              "Jämförelse behörighetslista mot avslutade anställningar",
              "Kontrollen har flyttats till kommunstyrelsens gemensamma IT-kontroll, beslut BUN 2025-03-18 § 27.",
              "", "Utgår"], None, "UTGAR", "nej"),
            (["Lönetillägg och övertid för fritidspersonal attesteras av närmaste chef",
              "Stickprov 15 lönetransaktioner i Heroma",
              "Kontrollen är genomförd, inga avvikelser noterades.", "Nej", ""], None, "GENOMFORD", "nej"),
        ]),
    ]
    for title, rows in processes:
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for vals, cont, st, avv in rows:
            c = t.add_row().cells
            for i, v in enumerate(vals):
                set_cell(c[i], v)
            km = vals[0]
            if cont:
                c2 = t.add_row().cells
                set_cell(c2[0], cont)
                km = km + " " + cont
            exp(fil, BUN, km, st, avv)
        d.add_paragraph("")
    d.add_paragraph("Skärvalla 2026-01-20")
    d.add_paragraph("Anna Lindqvist\nFörvaltningschef, barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))


# ================================================================ 2. SN: one small table per control (.docx)
def make_sn():
    fil = "Socialnämnden IKP uppföljning helår 2025.docx"
    d = base_doc("Arial", 10)
    d.add_heading("Socialnämnden – uppföljning av intern kontroll", level=1)
    d.add_paragraph("Helårsuppföljning 2025").runs[0].bold = True
    d.add_paragraph(
        "Varje kontrollmoment i nämndens internkontrollplan redovisas i en egen tabell. Markera status och "
        "avvikelse med kryss (☒). Avvikelse avser brister som upptäckts vid kontrollen.")
    BOX = {True: "☒", False: "☐"}

    def status_line(g, dv, e):
        return f"{BOX[g]} Genomförd   {BOX[dv]} Delvis genomförd   {BOX[e]} Ej genomförd"

    def avv_line(j, n):
        return f"{BOX[j]} Ja   {BOX[n]} Nej"

    ctrls = [
        ("Myndighetsutövning barn och unga",
         "Utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader",
         "Uttag ur Lifecare av samtliga avslutade utredningar",
         "Kontrollen genomförd. 9 av 42 utredningar överskred fyramånadersgränsen utan beslut om förlängd utredningstid.",
         status_line(True, False, False), avv_line(True, False), "GENOMFORD", "ja"),
        ("Ekonomiskt bistånd",
         "Beslut om ekonomiskt bistånd fattas i enlighet med delegationsordningen",
         "Stickprov 30 beslut",
         "Samtliga granskade beslut var fattade på rätt delegationsnivå.",
         status_line(True, False, False), avv_line(False, True), "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd",
         "Utbetalningar av ekonomiskt bistånd stäms av mot beslut i verksamhetssystemet",
         "Månadsvis avstämning utbetalningslista mot beslut",
         "Avstämning gjord för januari–augusti utan anmärkning. Resterande månader stäms av i februari 2026.",
         status_line(False, True, False), avv_line(False, True), "DELVIS", "nej"),
        ("Placeringar",
         "Placeringar i HVB och familjehem följs upp minst två gånger per år",
         "Genomgång av uppföljningsanteckningar för samtliga placerade barn",
         "Har inte kunnat genomföras under året på grund av hög personalomsättning.",
         status_line(False, False, True), avv_line(False, False), "EJ_GENOMFORD", "nej"),
        ("Informationssäkerhet",
         "Logguppföljning av åtkomst till sekretessbelagda personakter i Lifecare",
         "Slumpvis loggkontroll, 10 akter per månad",
         "Loggkontroll gjord för IFO. Se kommentar.",
         status_line(True, False, True), avv_line(False, True), "OKLAR", "nej"),
        ("Delegation",
         "Anmälan av delegationsbeslut till nämnden sker månadsvis",
         "Jämförelse av beslutslistor mot nämndens protokoll",
         "",
         status_line(False, False, False), avv_line(False, False), "SAKNAS", "nej"),
        ("Kvalitet och klagomål",
         "Rutinen för lex Sarah-rapporter är känd av samtliga medarbetare",
         "Enkät till medarbetare inom IFO och LSS",
         "Kontrollmomentet utgår ur planen enligt beslut SN 2025-06-12 § 88, ersätts av utbildningsinsats.",
         "☐ Genomförd   ☐ Delvis genomförd   ☐ Ej genomförd   Utgår", avv_line(False, False), "UTGAR", "nej"),
    ]
    for i, (proc, km, metod, res, stat, avv, st, av) in enumerate(ctrls, 1):
        d.add_heading(f"Kontroll {i} – {proc}", level=3)
        t = d.add_table(rows=6, cols=2)
        t.style = "Table Grid"
        labels = ["Kontrollmoment", "Process", "Kontrollmetod", "Resultat helår", "Status", "Avvikelse"]
        vals = [km, proc, metod, res, stat, avv]
        for r, (lab, val) in enumerate(zip(labels, vals)):
            set_cell(t.rows[r].cells[0], lab, bold=True)
            shade(t.rows[r].cells[0], "F2F2F2")
            set_cell(t.rows[r].cells[1], val)
            t.rows[r].cells[0].width = Cm(4)
            t.rows[r].cells[1].width = Cm(12)
        d.add_paragraph("")
        exp(fil, SN, km, st, av)
    d.add_paragraph("Socialförvaltningen 2026-01-16, Maria Ek, socialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))


# ================================================================ 3. VON: form-like label/value grid, .odt, nämnd only in header
def make_von():
    fil = "IK uppföljning T2 2025.odt"
    d = base_doc()
    d.core_properties.author = "Kvalitetsenheten"
    d.core_properties.title = "Uppföljning intern kontroll T2 2025"
    hp = d.sections[0].header.paragraphs[0]
    hp.text = "Skärvalla kommun\tVård- och omsorgsförvaltningen"
    d.add_heading("Uppföljning intern kontroll – tertial 2, 2025", level=1)
    d.add_paragraph(
        "Rapporten avser perioden januari–augusti 2025. Bedömningen anges med 1 (kontrollen genomförd), "
        "2 (delvis genomförd eller pågår) eller 3 (ej genomförd).")
    ctrls = [
        ("Genomförandeplaner upprättas inom 14 dagar från verkställt beslut inom hemtjänsten",
         "Enhetschef hemtjänst", "Varje tertial",
         "Stickprov 40 ärenden: 8 planer sena.",
         "Stickprov 40 ärenden: 12 av 40 genomförandeplaner upprättades senare än 14 dagar.",
         "1", "Ja", "GENOMFORD", "ja"),
        ("Läkemedelsavvikelser rapporteras och åtgärdas enligt rutin i särskilt boende",
         "MAS", "Varje tertial",
         "Genomgång av avvikelser i Lifecare.",
         "Genomgång gjord på tre av fem boenden, resterande boenden under hösten.",
         "2", "Nej", "DELVIS", "nej"),
        ("Debiterad hemtjänsttid överensstämmer med registrerad tid i TES",
         "Avgiftshandläggare", "Två gånger per år",
         "Ej påbörjad.",
         "Ej genomförd på grund av vakans hos avgiftshandläggare.",
         "3", "–", "EJ_GENOMFORD", "nej"),
        ("Avgiftsbeslut för vård- och omsorgsboende omprövas vid ändrad inkomst",
         "Avgiftshandläggare", "Årligen",
         "",
         "Samtliga 23 omprövningar granskade, korrekt hanterade.",
         "1", "Nej", "GENOMFORD", "nej"),
        ("Nattfasta mäts och åtgärder vidtas när den överstiger elva timmar",
         "Dietist / enhetschef SÄBO", "Två gånger per år",
         "Mätning i mars genomförd.",
         "Mätning genomförd på samtliga boenden i maj. Inga avvikelser.",
         "", "", "GENOMFORD", "nej"),
        ("Behörighetsuppföljning i verksamhetssystemet görs två gånger per år",
         "Systemförvaltare", "Två gånger per år",
         "",
         "Systembyte från Procapita till Lifecare, kontrollen utgår för 2025.",
         "Ej aktuell", "", "UTGAR", "nej"),
        ("Timvikarier i LSS-boenden har fått introduktion före första arbetspass",
         "Enhetschef LSS", "Varje tertial",
         "Pågår.",
         "Introduktion saknades för 6 av 31 timvikarier. Kontrollen fortsätter under hösten.",
         "2", "Ja", "DELVIS", "ja"),
    ]
    nrows = len(ctrls) * 6
    t = d.add_table(rows=nrows, cols=4)
    t.style = "Table Grid"
    r = 0
    for i, (km, ans, frek, t1, t2, bed, avv, st, av) in enumerate(ctrls, 1):
        row = t.rows[r].cells
        m = row[0].merge(row[3])
        set_cell(m, f"Kontroll {i} av {len(ctrls)}", bold=True)
        shade(m, "C6E0B4")
        row = t.rows[r + 1].cells
        set_cell(row[0], "Kontrollmoment", bold=True)
        set_cell(row[1].merge(row[3]), km)
        row = t.rows[r + 2].cells
        set_cell(row[0], "Ansvarig", bold=True)
        set_cell(row[1], ans)
        set_cell(row[2], "Frekvens", bold=True)
        set_cell(row[3], frek)
        row = t.rows[r + 3].cells
        set_cell(row[0], "Utfall T1", bold=True)
        set_cell(row[1].merge(row[3]), t1)
        row = t.rows[r + 4].cells
        set_cell(row[0], "Utfall T2", bold=True)
        set_cell(row[1].merge(row[3]), t2)
        row = t.rows[r + 5].cells
        set_cell(row[0], "Bedömning (1–3)", bold=True)
        set_cell(row[1], bed)
        set_cell(row[2], "Avvikelse", bold=True)
        set_cell(row[3], avv)
        r += 6
        exp(fil, VON, km, st, av)
    d.add_paragraph("")
    d.add_paragraph("Sammanställt av kvalitetsenheten 2025-09-22.")
    src = os.path.join(TMP, "IK uppföljning T2 2025.docx")
    d.save(src)
    soffice_convert(src, "odt", OUT)
    FILES.append((fil, "INLAST", VON, "2025", "T2"))


# ================================================================ 4. SBN: Excel table pasted into Word, merged cells
def make_sbn():
    fil = "SBN_IKP_2025_uppfoljning.docx"
    d = base_doc("Calibri", 10)
    d.add_paragraph("Samhällsbyggnadsnämnden").runs[0].bold = True
    d.add_paragraph("Internkontrollplan 2025 – uppföljning tertial 3 (helår)")
    d.add_paragraph("Tabellen är hämtad ur förvaltningens arbetsbok för internkontroll.").runs[0].italic = True
    # process, km, T1, T2, T3, kommentar, status, avv
    groups = [
        ("Bygglov", [
            ("Bygglovsbeslut fattas inom lagstadgad handläggningstid på tio veckor", "P", "P", "G",
             "Tre ärenden överskred tiden, avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
            ("Avgifter för bygglov debiteras enligt gällande plan- och bygglovstaxa", "G", "G", "G",
             "Stickprov 15 ärenden, inga fel.", "GENOMFORD", "nej"),
            ("Slutbesked utfärdas först när samtliga handlingar har inkommit", "", "G", "",
             "Årlig kontroll, gjord i maj.", "GENOMFORD", "nej"),
        ]),
        ("Lantmäteri och GIS", [
            ("Fakturering av nybyggnadskartor sker i samband med leverans", "E", "P", "P",
             "Rutin under framtagande, fyra kartor var ej fakturerade.", "DELVIS", "ja"),
            ("Behörigheter i GIS-systemet stäms av mot aktuell personallista", "", "", "E",
             "", "EJ_GENOMFORD", "nej"),
        ]),
        ("Gata, park och exploatering", [
            ("Exploateringsavtal följs upp mot avtalade åtaganden och tidplan", "U", "U", "U",
             "Utgår enligt beslut SBN 2025-02-11 § 9.", "UTGAR", "nej"),
            ("Vinterväghållningens entreprenörsfakturor kontrolleras mot körjournaler", "", "", "",
             "", "SAKNAS", "nej"),
            ("Ramavtal för markentreprenad avropas enligt fördelningsnyckeln", "E", "P", "G",
             "Ett avrop gjordes utanför ramavtalet, ärendet är utrett och åtgärdat.", "GENOMFORD", "ja"),
        ]),
    ]
    n = sum(len(g[1]) for g in groups)
    t = d.add_table(rows=2 + n + 1, cols=7)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for col, lab in [(0, "Process"), (1, "Kontrollmoment"), (2, "Ansvarig")]:
        m = h0[col].merge(h1[col])
        set_cell(m, lab, bold=True, size=9)
        shade(m, "FCE4D6")
    m = h0[3].merge(h0[5])
    set_cell(m, "Uppföljning 2025", bold=True, size=9)
    shade(m, "FCE4D6")
    for col, lab in [(3, "T1"), (4, "T2"), (5, "T3")]:
        set_cell(h1[col], lab, bold=True, size=9)
        shade(h1[col], "FCE4D6")
    m = h0[6].merge(h1[6])
    set_cell(m, "Kommentar", bold=True, size=9)
    shade(m, "FCE4D6")
    ansvar = {"Bygglov": "Bygglovschef", "Lantmäteri och GIS": "Enhetschef GIS",
              "Gata, park och exploatering": "Gatuchef"}
    r = 2
    counts = {3: 0, 4: 0, 5: 0}
    for proc, rows in groups:
        first = r
        for km, a, b, c, kom, st, av in rows:
            cells = t.rows[r].cells
            set_cell(cells[1], km, size=9)
            for col, v in ((3, a), (4, b), (5, c)):
                set_cell(cells[col], v, size=9)
                if v == "G":
                    counts[col] += 1
            set_cell(cells[6], kom, size=9)
            exp(fil, SBN, km, st, av)
            r += 1
        pm = t.rows[first].cells[0].merge(t.rows[r - 1].cells[0])
        set_cell(pm, proc, size=9)
        am = t.rows[first].cells[2].merge(t.rows[r - 1].cells[2])
        set_cell(am, ansvar[proc], size=9)
    cells = t.rows[r].cells
    m = cells[0].merge(cells[2])
    set_cell(m, "Antal genomförda (G)", bold=True, size=9)
    for col in (3, 4, 5):
        set_cell(cells[col], str(counts[col]), bold=True, size=9)
    d.add_paragraph("")
    d.add_paragraph("Teckenförklaring: G = genomförd, P = påbörjad, E = ej påbörjad, U = utgår. "
                    "Tom ruta = ingen kontroll planerad eller rapporterad för tertialet.").runs[0].font.size = Pt(8)
    d.add_paragraph("Beslutad av samhällsbyggnadsnämnden 2026-01-27.")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))


# ================================================================ 5. KFN: prose under headings (.docx)
def make_kfn():
    fil = "Kultur- och fritidsnämnden uppföljning intern kontroll 2025.docx"
    d = base_doc("Garamond", 12)
    d.core_properties.author = "Kultur- och fritidsförvaltningen"
    t = d.add_paragraph("Uppföljning av intern kontroll 2025")
    t.runs[0].bold = True
    t.runs[0].font.size = Pt(20)
    d.add_paragraph("Kultur- och fritidsnämnden – helårsrapport")
    d.add_heading("1 Inledning", level=1)
    d.add_paragraph(
        "Enligt kommunens reglemente för intern kontroll ska varje nämnd årligen följa upp sin "
        "internkontrollplan och rapportera resultatet till kommunstyrelsen. Kultur- och fritidsnämnden "
        "antog sin plan för 2025 den 20 februari 2025. Planen omfattar sex kontrollmoment inom "
        "föreningsstöd, kassahantering, lokalbokning, lovverksamhet, evenemang och konstsamlingen.")
    d.add_heading("2 Sammanfattande bedömning", level=1)
    d.add_paragraph(
        "Tre av kontrollmomenten har genomförts under året och ett har påbörjats. Ett kontrollmoment har inte "
        "genomförts och ett har utgått efter beslut i nämnden. Vid två av kontrollerna har brister "
        "upptäckts som föranleder åtgärder. Förvaltningen bedömer sammantaget att den interna kontrollen "
        "är tillräcklig men att uppföljningen av lovverksamheten behöver stärkas.")
    d.add_heading("3 Resultat per kontrollmoment", level=1)
    ctrls = [
        ("Föreningsbidrag betalas ut enligt bidragsnormerna och efter inkommen redovisning",
         ["Samtliga 38 utbetalningar av aktivitetsstöd och verksamhetsbidrag under året har granskats mot "
          "bidragsnormerna. I två fall hade bidrag betalats ut innan föreningen lämnat in verksamhetsberättelse "
          "och revisionsberättelse.",
          "Kontrollen är genomförd. Handläggarna har fått en checklista som ska användas före varje utbetalning."],
         "GENOMFORD", "ja"),
        ("Kassahantering i simhallen och på biblioteken sker med dubbel kontroll vid dagsavslut",
         ["Kontrollen har genomförts genom fyra oannonserade besök under våren och hösten. Dagsavslut gjordes "
          "av två personer vid samtliga tillfällen och kassadifferenserna var inom tillåten nivå. "
          "Inga avvikelser noterades."],
         "GENOMFORD", "nej"),
        ("Lokalbokningar i bokningssystemet debiteras enligt taxan för bokningsbara lokaler",
         ["Granskningen har påbörjats men hann inte slutföras under året. Hittills har 40 av planerade 100 "
          "bokningar kontrollerats, utan anmärkning. Arbetet slutförs under första kvartalet 2026."],
         "DELVIS", "nej"),
        ("Registerutdrag kontrolleras för ledare i lovverksamhet som arbetar med barn",
         ["Kontrollen har inte genomförts under 2025 eftersom ansvarig fritidskonsulent varit tjänstledig "
          "och ingen ersättare utsågs. Kontrollmomentet föreslås ingå i planen för 2026."],
         "EJ_GENOMFORD", "nej"),
        ("Avtal med externa arrangörer på kulturhuset är undertecknade före evenemangsstart",
         ["Ett stickprov på tolv evenemang har gjorts. I tre fall saknades undertecknat avtal när evenemanget "
          "startade, vilket innebär en ekonomisk risk för nämnden.",
          "Kontrollen är genomförd och rutinen för avtalsskrivning har skärpts."],
         "GENOMFORD", "ja"),
        ("Inventarieförteckningen för konstsamlingen uppdateras och stäms av fysiskt",
         ["Nämnden beslutade den 15 maj 2025 (§ 41) att kontrollmomentet skulle utgå ur planen. Det ersätts "
          "av en extern inventering av konstsamlingen som genomförs 2026."],
         "UTGAR", "nej"),
    ]
    for km, paras, st, av in ctrls:
        d.add_heading(km, level=2)
        for p in paras:
            d.add_paragraph(p)
        exp(fil, KFN, km, st, av)
    d.add_heading("4 Förslag till åtgärder", level=1)
    d.add_paragraph(
        "Förvaltningen föreslår att kontrollen av registerutdrag för lovledare förs över till planen för 2026 "
        "och att kontrollen av lokalbokningar slutförs under första kvartalet.")
    d.add_paragraph("Skärvalla den 14 januari 2026\n\nPer Holmgren\nKultur- och fritidschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))


# ================================================================ 6. TN: odt, title inside table, group rows, J/N column
def make_tn():
    fil = "Tekniska nämnden - uppföljning IKP helår 2025.odt"
    d = base_doc("Arial", 9)
    hdr = ["Vad kontrolleras", "Hur", "Utfall", "Utförd (J/N)", "Kommentar / åtgärd"]
    groups = [
        ("VA och renhållning", [
            ("VA-anslutningsavgifter debiteras enligt gällande VA-taxa vid nyanslutning",
             "Stickprov 11 nyanslutningar", "Samtliga anslutningar korrekt debiterade.", "J", "",
             "GENOMFORD", "nej"),
            ("Egenkontroll av dricksvatten utförs enligt kontrollprogrammet",
             "Jämförelse provtagningsplan mot labbrapporter",
             "Provtagning enligt plan utom i juli då två prover uteblev.", "J",
             "Påtalat för laboratoriet, nya rutiner vid semester.", "GENOMFORD", "ja"),
            ("Kundregistret för renhållning stäms av mot fastighetsregistret",
             "Maskinell avstämning", "", "N", "Systembytet försenat, görs 2026.",
             "EJ_GENOMFORD", "nej"),
        ]),
        ("Fastighet", [
            ("Hyresavtal för externt förhyrda lokaler finns registrerade i avtalsdatabasen",
             "Genomgång av avtalsdatabasen", "Se bilaga", "", "", "OKLAR", "nej"),
            ("Systematiskt brandskyddsarbete (SBA) dokumenteras i kommunens fastigheter",
             "Genomgång av dokumentation", "20 av 45 fastigheter genomgångna.", "Delvis",
             "Resterande fastigheter gås igenom 2026.", "DELVIS", "nej"),
            ("Ramavtal för fastighetsunderhåll följs vid beställning av hantverkstjänster",
             "Stickprov beställningar", "", "Utgår",
             "Ersatt av kommungemensam kontroll av avtalstrohet.", "UTGAR", "nej"),
        ]),
        ("Kost och lokalvård", [
            ("Specialkost för elever med allergier hanteras enligt dokumenterad rutin",
             "Observation i sex tillagningskök",
             "Två kök saknade uppdaterad allergilista.", "J", "Åtgärdat i november.",
             "GENOMFORD", "ja"),
            ("Livsmedelsinköp görs från upphandlade leverantörer i e-handelssystemet",
             "Uppföljning av inköpsstatistik",
             "Uppföljningen pågår och blir klar i februari.", "", "", "DELVIS", "nej"),
        ]),
    ]
    n = sum(len(g[1]) for g in groups)
    t = d.add_table(rows=2 + len(groups) + n, cols=5)
    t.style = "Table Grid"
    m = t.rows[0].cells[0].merge(t.rows[0].cells[4])
    set_cell(m, "Tekniska nämnden – internkontrollplan 2025, uppföljning helår", bold=True, size=11)
    for i, h in enumerate(hdr):
        set_cell(t.rows[1].cells[i], h, bold=True)
        shade(t.rows[1].cells[i], "BDD7EE")
    r = 2
    for g, rows in groups:
        m = t.rows[r].cells[0].merge(t.rows[r].cells[4])
        set_cell(m, g, bold=True, italic=True)
        shade(m, "EDEDED")
        r += 1
        for km, hur, utfall, jn, kom, st, av in rows:
            c = t.rows[r].cells
            for i, v in enumerate((km, hur, utfall, jn, kom)):
                set_cell(c[i], v)
            exp(fil, TN, km, st, av)
            r += 1
    d.add_paragraph("")
    d.add_paragraph("Justerat av: Lars Berg, teknisk chef          Datum: 2026-01-22")
    src = os.path.join(TMP, "Tekniska nämnden - uppföljning IKP helår 2025.docx")
    d.save(src)
    soffice_convert(src, "odt", OUT)
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))


# ================================================================ 7. Stratsys export: two nämnder, one row per control and period
def make_stratsys():
    fil = "Stratsys_IK_export_20260114.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Rapport: Uppföljning internkontroll"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Urval: Skärvalla kommun, år 2025 (inkl. jämförelse 2024)"
    ws["A3"] = "Utskriven 2026-01-14 08:12 av Ekonomiadministratör"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Uppföljningsperiod", "Status",
           "Avvikelse upptäckt", "Kommentar"]
    hr = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(hr, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
    fills = {"Klar": "63BE7B", "Pågående": "FFEB84", "Ej påbörjad": "F8696B", "Ej aktuell": "BFBFBF"}
    KLF = "Kommunledningsförvaltningen"
    MF = "Miljö- och hälsoskyddsnämnden"
    # org, process, km, [(period, status, avv, kommentar)], expected status, avv, nämnd
    ctrls = [
        (KLF, "Ekonomi", "Leverantörsregistret kontrolleras avseende ändrade bankuppgifter",
         [("Delår 2025", "Pågående", "", "Kontroll av första halvåret pågår."),
          ("Helår 2025", "Klar", "Nej", "Samtliga 64 ändringar var verifierade med återringning.")],
         "GENOMFORD", "nej", KS),
        (KLF, "Ledning och styrning", "Anmälan av delegationsbeslut till kommunstyrelsen sker löpande",
         [("Delår 2025", "Klar", "Nej", ""),
          ("Helår 2025", "Klar", "Ja", "Beslut från HR-avdelningen anmäldes med två månaders fördröjning.")],
         "GENOMFORD", "ja", KS),
        (KLF, "Lön och personal", "Löneutbetalningar stäms av mot bemanning i Heroma genom stickprov",
         [("Delår 2025", "Ej påbörjad", "", ""),
          ("Helår 2025", "Pågående", "", "Stickprov för perioden september–december återstår.")],
         "DELVIS", "nej", KS),
        (KLF, "IT och informationssäkerhet", "Konton i AD avslutas när anställningen upphör",
         [("Helår 2024", "Klar", "Nej", ""),
          ("Delår 2025", "Ej påbörjad", "", ""),
          ("Helår 2025", "Ej påbörjad", "", "Prioriterades bort på grund av införandet av ny IT-plattform.")],
         "EJ_GENOMFORD", "nej", KS),
        (KLF, "Ekonomi", "Representation och förtroendekänsliga poster följer riktlinjen",
         [("Delår 2025", "Pågående", "", ""),
          ("Helår 2025", "Klar", "Ja", "Tre representationsfakturor saknade deltagarförteckning och syfte.")],
         "GENOMFORD", "ja", KS),
        (KLF, "Upphandling", "Upphandlingar över direktupphandlingsgränsen annonseras korrekt",
         [("Delår 2025", "Ej aktuell", "", "Utgår – kontrollen flyttad till inköpsenhetens egenkontroll."),
          ("Helår 2025", "Ej aktuell", "", "Utgår, se delår.")],
         "UTGAR", "nej", KS),
        (KLF, "Upphandling", "Avtalstrohet vid inköp av kontorsmaterial och IT-tillbehör",
         [("Helår 2024", "Klar", "Nej", "Inga avvikelser."),
          ("Delår 2025", "", "", ""),
          ("Helår 2025", "", "", "")],
         "SAKNAS", "nej", KS),
        (MF, "Miljötillsyn", "Tillsynsavgifter enligt miljöbalken debiteras enligt fastställd taxa",
         [("Delår 2025", "Pågående", "", ""),
          ("Helår 2025", "Klar", "Nej", "Stickprov 20 ärenden utan anmärkning.")],
         "GENOMFORD", "nej", MHN),
        (MF, "Livsmedelskontroll", "Planerad livsmedelskontroll genomförs enligt kontrollplanen",
         [("Delår 2025", "Pågående", "", "52 % av planerade kontroller utförda."),
          ("Helår 2025", "Pågående", "Ja", "78 % av planerade kontroller utförda, kontrollskuld förs till 2026.")],
         "DELVIS", "ja", MHN),
        (MF, "Ärendehantering", "Handläggning av klagomålsärenden påbörjas inom två veckor",
         [("Delår 2025", "Klar", "Nej", ""),
          ("Helår 2025", "Klar", "Nej", "")],
         "GENOMFORD", "nej", MHN),
        (MF, "Förtroende och jäv", "Jäv och bisysslor hos inspektörer dokumenteras årligen",
         [("Delår 2025", "Ej påbörjad", "", ""),
          ("Helår 2025", "", "", "Genomfört i december, samtliga inspektörer har lämnat uppgift om bisysslor.")],
         "GENOMFORD", "nej", MHN),
    ]
    r = hr + 1
    for org, proc, km, periods, st, av, namnd in ctrls:
        for per, s, a, kom in periods:
            for i, v in enumerate((org, proc, km, per, s, a, kom), 1):
                ws.cell(r, i, v if v != "" else None)
            if s in fills:
                ws.cell(r, 5).fill = PatternFill("solid", fgColor=fills[s])
            r += 1
        exp(fil, namnd, km, st, av)
    r += 1
    ws.cell(r, 1, f"Antal rader: {r - hr - 2}")
    for col, w in zip("ABCDEFG", (28, 24, 62, 18, 14, 12, 70)):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=hr + 1):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    info = wb.create_sheet("Parametrar")
    info["A1"] = "Modell"
    info["B1"] = "Internkontroll Skärvalla kommun"
    info["A2"] = "Enheter"
    info["B2"] = "Kommunledningsförvaltningen; Miljö- och hälsoskyddsnämnden"
    info["A3"] = "Perioder"
    info["B3"] = "Helår 2024, Delår 2025, Helår 2025"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))
    FILES.append((fil, "INLAST", MHN, "2025", "HELAR"))
    return os.path.join(OUT, fil)


# ================================================================ 8. ÖFN: Excel "Unicode text" (UTF-16, tab) with Status 2024 | Status 2025
def make_ofn():
    fil = "ÖFN internkontroll uppföljning.txt"
    lines = [
        ["Överförmyndarnämnden i Skärvalla", "", "", "", ""],
        ["Internkontroll – uppföljning helår 2025", "", "", "", ""],
        ["", "", "", "", ""],
        ["Kontrollområde", "Kontrollmoment", "Status 2024", "Status 2025", "Noteringar"],
    ]
    ctrls = [
        ("Granskning", "Årsräkningar granskas inom sex månader från inlämning", "1", "2",
         "Balans på grund av vakans, 62 % granskade i tid.", "DELVIS", "ja"),
        ("Arvoden", "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "1", "1",
         "Inga fel i stickprov om 25 arvoden.", "GENOMFORD", "nej"),
        ("Spärrade medel", "Uttag från spärrade konton kontrolleras mot överförmyndarens samtycke", "1", "",
         "", "SAKNAS", "nej"),
        ("Rekrytering", "Registerkontroll av nya gode män och förvaltare görs före förordnande", "2", "1",
         "Ett förordnande utan registerkontroll upptäcktes, kontrollen gjordes i efterhand.", "GENOMFORD", "ja"),
        ("Granskning", "Förteckningar över huvudmannens tillgångar inkommer inom två månader", "", "3",
         "Nytt kontrollmoment 2025.", "EJ_GENOMFORD", "nej"),
        ("Arkiv", "Gallring av akter i ärendehanteringssystemet sker enligt dokumenthanteringsplanen", "1",
         "Utgår", "", "UTGAR", "nej"),
    ]
    for omr, km, s24, s25, note, st, av in ctrls:
        lines.append([omr, km, s24, s25, note])
        exp(fil, OFN, km, st, av)
    lines += [["", "", "", "", ""],
              ["Status: 1 = Genomförd, 2 = Delvis genomförd, 3 = Ej genomförd", "", "", "", ""],
              ["Upprättad av överförmyndarenheten 2026-01-09", "", "", "", ""]]
    text = "\r\n".join("\t".join(l) for l in lines) + "\r\n"
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(text.encode("utf-16"))   # BOM + little endian on this machine, like Excel
    FILES.append((fil, "INLAST", OFN, "2025", "HELAR"))


# ================================================================ 9. broken: truncated copy of an xlsx
def make_broken(src_xlsx):
    fil = "Kopia av IKP 2025 KFN.xlsx"
    with open(src_xlsx, "rb") as f:
        data = f.read()
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data[:1800])
    FILES.append((fil, "AVVISAD", KFN, "2025", ""))


def main():
    make_bun()
    make_sn()
    make_von()
    make_sbn()
    make_kfn()
    make_tn()
    x = make_stratsys()
    make_ofn()
    make_broken(x)
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            f.write(";".join(row) + "\n")
    kms = [e[2] for e in EXPECTED]
    assert len(kms) == len(set(kms)), "duplicate control texts"
    shutil.rmtree(TMP, ignore_errors=True)
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
