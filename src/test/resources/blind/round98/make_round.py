#!/usr/bin/python3
"""Round 98 – Orsvalla kommun (Dalarna), helår 2025.

Builds the inbox of a January 2026 week: six follow-ups of internkontrollplaner in
six different templates plus one covering letter (to be rejected), and the answer files
namnder.csv, files.csv, expected.csv.
Run with /usr/bin/python3 from any directory.
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round98"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def exp(fil, namnd, km, status, avv):
    assert status in {"GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "OKLAR", "SAKNAS"}
    assert avv in {"ja", "nej"}
    EXPECTED.append((fil, namnd, km[:60].strip(), status, avv))


def convert(src, fmt, outname):
    """Convert src with LibreOffice (own profile) and move result to HERE/outname."""
    tmpd = tempfile.mkdtemp(prefix="r98conv")
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
           "--convert-to", fmt, "--outdir", tmpd, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpd)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpd, produced[0]), os.path.join(HERE, outname))
    shutil.rmtree(tmpd)


# ---------------------------------------------------------------------------
# 1. Kultur- och fritidsnämnden – xlsx, "Genomförd?" Ja / Nej / Delvis
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "Uppföljning IK-plan 2025 KFN helår.xlsx"
    N = "Kultur- och fritidsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Orsvalla kommun"
    ws["A1"].font = Font(size=9, color="666666")
    ws["A2"] = "Kultur- och fritidsnämnden"
    ws["A2"].font = Font(size=14, bold=True)
    ws.merge_cells("A2:H2")
    ws["A3"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A3"].font = Font(size=12, bold=True)
    ws.merge_cells("A3:H3")
    ws["A4"] = "Upprättad av: Karin Ersson, controller KoF        Datum: 2026-01-09"
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Frekvens",
           "Genomförd?", "Avvikelse?", "Kommentar / åtgärd"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2F5597")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    rows = [
        ("H", "EKONOMI"),
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor – stickprov 20 fakturor per kvartal, kontroll att attestant finns i gällande attestförteckning",
         "Controller", "Kvartalsvis", "Ja", "Nej",
         "80 fakturor granskade under året, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("1.2", "Ekonomi", "Representation och interna måltider – kontroll mot riktlinjen (syfte, deltagarlista, ingen alkohol)",
         "Controller", "2 ggr/år", "Ja", "Ja",
         "3 av 15 underlag saknade deltagarlista. Påminnelse skickad till enhetscheferna i oktober.", "GENOMFORD", "ja"),
        ("1.3", "Ekonomi", "Kontantkassor på biblioteken och i Sporthallen – oanmäld kassainventering",
         "Ekonomiassistent", "2 ggr/år", "Delvis ", "Nej",
         "Inventering gjord på huvudbiblioteket i maj och nov. Filialerna i Born och Kvarnberg har inte inventerats.", "DELVIS", "nej"),
        ("1.4", "Ekonomi", "Bidrag till föreningar – kontroll att ansökan och redovisning finns innan utbetalning",
         "Föreningskonsulent", "Årligen", None, "Nej",
         "Kontrollen genomförd i december, samtliga 42 utbetalningar hade fullständigt underlag.", "GENOMFORD", "nej"),
        ("H", "ADMINISTRATION OCH PERSONAL"),
        ("2.1", "Administration", "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Nämndsekreterare", "Varje sammanträde", "Ja", "Nej", "", "GENOMFORD", "nej"),
        ("2.2", "Administration", "Behörigheter i bokningssystemet – avslutade anställda och föreningar borttagna",
         "Systemförvaltare", "Halvår", "Nej", "–",
         "Ej hunnen p.g.a. byte av bokningssystem hösten 2025. Görs i februari 2026.", "EJ_GENOMFORD", "nej"),
        ("2.3", "Personal", "Lönerapportering timanställda – stickprov tidrapporter mot schema",
         "Enhetschef", "Kvartalsvis", "Ja", "Ja",
         "Två dubbelrapporterade pass upptäckta i Q3, korrigerade i oktoberlönen.", "GENOMFORD", "ja"),
        ("H", "VERKSAMHET"),
        ("3.1", "Inköp", "Avtalstrohet – inköp av idrottsmaterial sker från avtalad leverantör",
         "Enhetschef fritid", "Årligen", "Ej aktuellt", "",
         "Ramavtalet upphörde 2025-03-31 och ny upphandling pågår. Kontrollen utgår för 2025.", "UTGAR", "nej"),
        ("3.2", "Uthyrning", "Hyresavtal för föreningslokaler – kontroll att hyran debiteras enligt taxa",
         "Fritidsadministratör", "Årligen", "Delvis", "Ja",
         "Fel taxa i 4 avtal upptäckt (gammal taxa 2023). Rättelse pågår, klart mars 2026.", "DELVIS", "ja"),
    ]
    r = 7
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="D9E1F2")
        else:
            vals = row[:8]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            exp(fil, N, row[2], row[8], row[9])
        r += 1
    dv = DataValidation(type="list", formula1='"Ja,Nej,Delvis"', allow_blank=True,
                        showErrorMessage=False)
    ws.add_data_validation(dv)
    dv.add(f"F7:F{r-1}")
    r += 1
    ws.cell(row=r, column=1, value="Förklaring: Ja = kontrollen genomförd enligt plan. Delvis = påbörjad eller bara en del av urvalet. Nej = ej genomförd.").font = Font(italic=True, size=9)
    r += 1
    ws.cell(row=r, column=1, value="Antal Ja: 4   Delvis: 2   Nej: 1   Ej aktuellt: 1   (1.4 ej ifylld)").font = Font(italic=True, size=9)
    widths = [6, 16, 60, 20, 16, 12, 12, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws.freeze_panes = "A7"

    ws2 = wb.create_sheet("Instruktion")
    for i, t in enumerate([
        "Instruktion för uppföljning av internkontrollplan – Kultur- och fritidsförvaltningen",
        "Fyll i kolumnen Genomförd? med Ja, Nej eller Delvis.",
        "Ange i kolumnen Avvikelse? om kontrollen visat fel eller brister.",
        "Beskriv resultat och åtgärder i kommentarsfältet.",
        "Skickas till ekonomienheten senast 2026-01-12.",
    ], 1):
        ws2.cell(row=i, column=1, value=t)
    ws2.column_dimensions["A"].width = 90
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


# ---------------------------------------------------------------------------
# 2. Socialnämnden – docx, one two-column form table per control
# ---------------------------------------------------------------------------
def file_sn():
    fil = "SN Uppföljning internkontroll helår 2025.docx"
    N = "Socialnämnden"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = d.add_paragraph("ORSVALLA KOMMUN\tDnr SN 2025/0112")
    p.runs[0].font.size = Pt(9)
    d.add_heading("Socialnämnden", level=0)
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Period: januari–december 2025 (helårsuppföljning)")
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 22 januari 2025 (§ 7). Planen omfattar "
        "åtta kontrollmoment. Nedan redovisas varje kontrollmoment i en egen tabell. Resultatet har "
        "sammanställts av förvaltningens kvalitetsutvecklare tillsammans med respektive ansvarig enhetschef.")
    ex = d.add_paragraph()
    r = ex.add_run("Anvisning (mall): Fyll i en tabell per kontrollmoment enligt exemplet nedan. Status anges som "
                   "Genomförd, Delvis genomförd, Ej genomförd eller Utgår.")
    r.italic = True
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    def form(title, pairs, grey=False):
        t = d.add_table(rows=1 + len(pairs), cols=2)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 1))
        top.text = title
        top.paragraphs[0].runs[0].bold = True
        shade(top, "D9D9D9" if grey else "DEEAF6")
        for i, (k, v) in enumerate(pairs, 1):
            t.cell(i, 0).text = k
            t.cell(i, 0).paragraphs[0].runs[0].bold = True
            t.cell(i, 1).text = v
            if grey:
                for c in (t.cell(i, 0), t.cell(i, 1)):
                    for rr in c.paragraphs[0].runs:
                        rr.italic = True
                        rr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        for row in t.rows:
            row.cells[0].width = Cm(4.5)
            row.cells[1].width = Cm(11.5)
        d.add_paragraph()

    form("EXEMPEL", [
        ("Kontrollmoment", "Exempel: Kontroll att attest sker enligt attestreglementet"),
        ("Process", "Ekonomi"),
        ("Kontrollmetod", "Stickprov 10 fakturor"),
        ("Ansvarig", "Controller"),
        ("Resultat av kontrollen", "Beskriv vad kontrollen visade"),
        ("Avvikelse", "Ja/Nej"),
        ("Status", "Genomförd / Delvis genomförd / Ej genomförd / Utgår"),
        ("Åtgärd", "Beskriv eventuell åtgärd"),
    ], grey=True)

    controls = [
        dict(km="Utbetalning av ekonomiskt bistånd – beslut finns och utbetalt belopp överensstämmer med beslutet",
             proc="Ekonomiskt bistånd", met="Stickprov 25 akter, två gånger per år", ans="Enhetschef försörjningsstöd",
             res="25 akter granskade i juni och 25 i november. I 2 fall saknades beslut om extra bistånd vid "
                 "utbetalningstillfället (beslutet fattades i efterhand).",
             avv="Ja", status="Genomförd med anmärkning",
             atg="Rutinen för akuta utbetalningar har förtydligats och gåtts igenom på APT.",
             e=("GENOMFORD", "ja")),
        dict(km="Orosanmälningar – skyddsbedömning samma dag och förhandsbedömning inom 14 dagar",
             proc="Barn och unga", met="Systemrapport ur verksamhetssystemet per tertial", ans="Enhetschef barn och unga",
             res="Andel förhandsbedömningar inom 14 dagar: T1 91 %, T2 94 %, T3 96 %. Skyddsbedömning "
                 "dokumenterad samma dag i samtliga ärenden.",
             avv="Nej", status="Genomförd", atg="–", e=("GENOMFORD", "nej")),
        dict(km="LSS-beslut – ej verkställda beslut inom tre månader rapporteras till IVO och nämnd",
             proc="Funktionsstöd/LSS", met="Genomgång av lista över ej verkställda beslut per halvår",
             ans="Enhetschef LSS-handläggning",
             res="Kontroll gjord per 30 juni utan anmärkning. Kontrollen för andra halvåret pågår och "
                 "redovisas för nämnden i februari 2026.",
             avv="Nej", status="Pågår", atg="", e=("DELVIS", "nej")),
        dict(km="Delegationsbeslut – samtliga beslut anmäls till nämnden enligt delegationsordningen",
             proc="Nämndadministration", met="Jämförelse beslutslistor mot anmälda beslut", ans="Nämndsekreterare",
             res="", avv="", status="Se bilaga 2", atg="", e=("OKLAR", "nej")),
        dict(km="Loggkontroll i verksamhetssystemet – otillbörlig åtkomst till personakter",
             proc="Informationssäkerhet", met="Slumpvis loggutdrag 10 användare per kvartal", ans="Systemförvaltare",
             res="Kontrollen har inte genomförts under 2025 på grund av vakans som systemförvaltare. "
                 "Kontrollmomentet flyttas till internkontrollplan 2026.",
             avv="", status="", atg="Ny systemförvaltare tillträder 2026-02-01.", e=("EJ_GENOMFORD", "nej")),
        dict(km="Familjehem – utredning och godkännande finns innan placering",
             proc="Barn och unga", met="Stickprov 10 placeringar", ans="Enhetschef familjehem",
             res="Kontrollmomentet utgår enligt nämndens beslut 2025-05-21 § 58. Området granskas i stället "
                 "i den länsgemensamma granskningen av familjehemsvården.",
             avv="Nej", status="Utgår", atg="", e=("UTGAR", "nej")),
        dict(km="Fakturor för externa placeringar (HVB) – dygnspris enligt avtal",
             proc="Ekonomi", met="Samtliga HVB-fakturor kontrolleras mot avtal", ans="Ekonom",
             res="Granskning gjord för januari–juni. 3 fakturor avvek från avtalat dygnspris (totalt 41 200 kr), "
                 "beloppet har återkrävts. Andra halvåret återstår.",
             avv="Ja", status="Delvis genomförd", atg="Granskningen av juli–december slutförs i mars 2026.",
             e=("DELVIS", "ja")),
        dict(km="Dataskydd – personuppgiftsincidenter anmäls till IMY inom 72 timmar",
             proc="Informationssäkerhet", met="Genomgång av incidentregistret", ans="Dataskyddssamordnare",
             res="Två incidenter under året, båda anmälda till IMY inom 72 timmar.",
             avv="Nej", status="Genomförd", atg="–", e=("GENOMFORD", "nej")),
    ]
    for i, c in enumerate(controls, 1):
        d.add_heading(f"{i}. {c['proc']}", level=2)
        form(f"Kontroll {i} av {len(controls)}", [
            ("Kontrollmoment", c["km"]),
            ("Process", c["proc"]),
            ("Kontrollmetod", c["met"]),
            ("Ansvarig", c["ans"]),
            ("Resultat av kontrollen", c["res"]),
            ("Avvikelse", c["avv"]),
            ("Status", c["status"]),
            ("Åtgärd", c["atg"]),
        ])
        exp(fil, N, c["km"], *c["e"])
    d.add_paragraph("Orsvalla 2026-01-12")
    d.add_paragraph("Anna Lindqvist\nsocialchef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Tekniska nämnden – .xls, controls in rows, months in columns ticked
# ---------------------------------------------------------------------------
def file_tn(tmpdir):
    fil = "TN_IK_kontroller_2025.xls"
    N = "Tekniska nämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Kontroller 2025"
    months = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"]
    ws["A1"] = "Tekniska förvaltningen – internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Utförda kontroller per månad (markera med x). Sammanställt 2026-01-08 inför "
                "helårsuppföljningen till Tekniska nämnden.")
    ws["A3"] = ("Teckenförklaring:  x = kontroll utförd utan anmärkning    A = kontroll utförd, avvikelse "
                "(se kommentar)    – = ej aktuell månad")
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Kontrollmoment", "Ansvarig", "Frekvens"] + months + ["Antal", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BOX
    all12 = ["x"] * 12

    def m(**kw):
        v = [None] * 12
        for k, val in kw.items():
            v[months.index(k.capitalize())] = val
        return v

    rows = [
        ("H", "VA-verksamhet"),
        ("Attest av leverantörsfakturor VA – stickprov 10 st", "Ekonom", "Månadsvis", all12, "",
         "GENOMFORD", "nej"),
        ("Debitering av VA-avgifter – nya anslutningar fakturerade", "VA-ingenjör", "Kvartalsvis",
         m(mar="x", jun="x", sep="x"), "Decemberkontrollen görs v. 3 2026.", "DELVIS", "nej"),
        ("Behörigheter i driftövervakningssystemet – avslutade konton tas bort", "IT-samordnare", "2 ggr/år",
         [None] * 12, "Ej utförd. Systemet ersätts under 2026.", "EJ_GENOMFORD", "nej"),
        ("H", "Gata/park och fordon"),
        ("Avtalstrohet – inköp av entreprenadtjänster gata/park", "Inköpare", "Kvartalsvis",
         m(mar="x", jun="A", sep="x", dec="x"),
         "Jun: asfaltsarbeten köpta utanför avtal, 187 tkr. Påtalat för arbetsledare.", "GENOMFORD", "ja"),
        ("Drivmedelskort – tankning kontrolleras mot fordon och körjournal", "Fordonsansvarig", "Månadsvis",
         ["x"] * 6 + [None] * 6,
         "Fordonsansvarig slutade 30/6, ersättare på plats feb 2026. Jul–dec ej kontrollerat.", "DELVIS", "nej"),
        ("H", "Måltid"),
        ("Livsmedelsfakturor – kontroll mot beställning (kostenheten)", "Kostchef", "Månadsvis",
         ["X"] * 6 + ["–"] + ["X"] * 5, "Juli: köken stängda.", "GENOMFORD", "nej"),
        ("H", "Fastighet och anläggningar"),
        ("Arbetsorder fastighetsunderhåll – attesterade innan fakturering", "Driftchef", "Kvartalsvis",
         m(mar="x", jun="x", sep="A", dec="✓"), "Sep: 2 arbetsorder saknade attest, åtgärdat.", "GENOMFORD", "ja"),
        ("Kassahantering Orsvalla badhus – dagskassan stäms av mot kassasystemet", "Badhuschef", "Månadsvis",
         ["–"] * 12, "Badhuset stängt för renovering hela 2025 – kontrollen ej aktuell.", "UTGAR", "nej"),
        ("H", "Nämndadministration"),
        ("Delegationsbeslut anmäls till nämnd", "Nämndsekreterare", "Varje sammanträde",
         m(feb="x", apr="x", jun="x", sep="x", okt="x", dec="x"), "Sammanträden enligt plan (6 st).",
         "GENOMFORD", "nej"),
    ]
    r = 6
    col_counts = [0] * 12
    for row in rows:
        if row[0] == "H":
            cell = ws.cell(row=r, column=1, value=row[1])
            cell.font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=17)
            r += 1
            continue
        km, ans, frek, ticks, kom, st, avv = row
        ws.cell(row=r, column=1, value=km).alignment = WRAP
        ws.cell(row=r, column=2, value=ans)
        ws.cell(row=r, column=3, value=frek)
        n = 0
        for i, t in enumerate(ticks):
            cell = ws.cell(row=r, column=4 + i, value=t)
            cell.alignment = Alignment(horizontal="center")
            cell.border = BOX
            if t in ("x", "X", "A", "✓"):
                n += 1
                col_counts[i] += 1
            if t == "A":
                cell.fill = PatternFill("solid", fgColor="FFC7CE")
        ws.cell(row=r, column=16, value=n)
        ws.cell(row=r, column=17, value=kom).alignment = WRAP
        exp(fil, N, km, st, avv)
        r += 1
    ws.cell(row=r, column=1, value="Antal utförda kontroller").font = Font(bold=True)
    for i, n in enumerate(col_counts):
        ws.cell(row=r, column=4 + i, value=n).font = Font(bold=True)
    ws.cell(row=r, column=16, value=sum(col_counts)).font = Font(bold=True)
    ws.column_dimensions["A"].width = 55
    ws.column_dimensions["B"].width = 17
    ws.column_dimensions["C"].width = 17
    for i in range(12):
        ws.column_dimensions[chr(ord("D") + i)].width = 5
    ws.column_dimensions["P"].width = 7
    ws.column_dimensions["Q"].width = 60
    src = os.path.join(tmpdir, "TN_IK_kontroller_2025.xlsx")
    wb.save(src)
    convert(src, "xls", fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Barn- och utbildningsnämnden – .ods copy of the kommun template,
#    statuses in capitals, notes in the margin
# ---------------------------------------------------------------------------
def file_bun(tmpdir):
    fil = "Internkontrollplan_2025_BUN_uppföljning.ods"
    N = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning IK"
    ws["A1"] = "ORSVALLA KOMMUN – Mall för uppföljning av internkontrollplan"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Nämnd:"
    ws["C2"] = "BUN"
    ws["A3"] = "År:"
    ws["C3"] = 2025
    ws["A4"] = "Uppföljning per:"
    ws["C4"] = "2025-12-31"
    for a in ("A2", "A3", "A4"):
        ws[a].font = Font(bold=True)
    ws["A5"] = ("Statusalternativ: Genomförd, Delvis genomförd, Ej genomförd, Utgår. "
                "Ange J/N för avvikelse och beskriv i kommentarsfältet.")
    ws["A5"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status 2024",
           "Status T2 2025", "Status helår 2025", "Avvikelse (J/N)", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=7, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True)
    # template example row (left in by the nämnd)
    exrow = ["Ex.", "Inköp", "Exempel: Stickprov på 10 fakturor avseende avtalstrohet", "Stickprov",
             "Controller", "", "Genomförd", "Genomförd", "N", "Exempelrad – skriv över eller ta bort"]
    for c, v in enumerate(exrow, 1):
        cell = ws.cell(row=8, column=c, value=v)
        cell.font = Font(italic=True, color="808080")
        cell.border = BOX
    # Nr, process, km, metod, ansvarig, 2024, T2, helår, avv, kommentar, margin note, expected
    rows = [
        (1, "Ekonomi", "Attest – beslutsattestant attesterar inte egna kostnader (utlägg, resor)",
         "Systemrapport ur ekonomisystemet", "Controller", "Genomförd", "GENOMFÖRD", "GENOMFÖRD", "N",
         "Inga egenattester funna.", None, ("GENOMFORD", "nej")),
        (2, "Ekonomi", "Skolskjutsfakturor – fakturerade turer stäms av mot beställda turer",
         "Stickprov två månader", "Skolskjutssamordnare", "Delvis genomförd", "DELVIS", "GENOMFÖRD", "J",
         "Felaktigt debiterade turer i april (12 tkr), kreditering erhållen.", None, ("GENOMFORD", "ja")),
        (3, "Elevhälsa", "Dokumentation i elevhälsojournalen – loggkontroll av åtkomst",
         "Loggutdrag per termin", "Verksamhetschef elevhälsa", "Ej genomförd", "DELVIS", "EJ GENOMFÖRD", "N",
         "Vårterminens logg kontrollerad delvis. Loggfunktionen ur drift sep–dec.",
         "avbröts efter T2 pga systemfel!", ("EJ_GENOMFORD", "nej")),
        (4, "Personal", "Registerkontroll – utdrag ur belastningsregistret finns vid nyanställning",
         "Stickprov 20 nyanställda", "HR-specialist", "Genomförd", "", "DELVIS", "J",
         "Stickprov 12 av 20 gjort; 2 saknade registerutdrag i personakten.",
         "rektorerna påminda 12/11", ("DELVIS", "ja")),
        (5, "Personal", "Lönetillägg – tillfälliga lönetillägg har upphört vid periodens slut",
         "Lista ur lönesystemet", "Lönespecialist", "Genomförd", "GENOMFÖRD", "", "N",
         "Årlig kontroll, gjord i juni. Inga felaktiga tillägg.", None, ("GENOMFORD", "nej")),
        (6, "Verksamhet", "Elevfrånvaro – upprepad ogiltig frånvaro anmäls till huvudmannen",
         "Genomgång av frånvarorapporter", "Skolchef", "Delvis genomförd", "PÅGÅR", "GENOMFORD", "N",
         "", None, ("GENOMFORD", "nej")),
        (7, "Verksamhet", "Kränkande behandling – anmälan till huvudmannen inom en vecka",
         "Uttag ur ärendesystemet", "Huvudmannens representant", "Genomförd", "DELVIS", "DELVIS", "J",
         "7 av 58 anmälningar kom in för sent. Uppföljning av sista perioden görs i jan.", None,
         ("DELVIS", "ja")),
        (8, "IT", "Digitala läromedel – licenser avslutas för elever som slutat",
         "Jämförelse licensregister/elevregister", "IT-pedagog", "Ej genomförd", "", "", "", "",
         "Utgår enl. BUN 2025-09-17 § 84", ("UTGAR", "nej")),
        (9, "Upphandling", "Direktupphandlingar över 100 tkr är dokumenterade",
         "Stickprov i avropssystemet", "Förvaltningsekonom", "Genomförd", "EJ GENOMFÖRD", "EJ GENOMFÖRD", "N",
         "Ej hunnits med p.g.a. resursbrist på ekonomienheten.", None, ("EJ_GENOMFORD", "nej")),
        (10, "Dataskydd", "Personuppgiftsbiträdesavtal finns för samtliga lärplattformar och appar",
         "Genomgång av avtalsförteckning", "Dataskyddsombud", "", "", "", "", "",
         "fråga Jonas", ("SAKNAS", "nej")),
    ]
    r = 9
    note_font = Font(color="C00000", italic=True)
    for row in rows:
        for c, v in enumerate(row[:10], 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BOX
            cell.alignment = WRAP
        if row[10]:
            cell = ws.cell(row=r, column=12, value=row[10])
            cell.font = note_font
        exp(fil, N, row[2], *row[11])
        r += 1
    ws.cell(row=r + 1, column=12, value="Obs! 2024-kolumnen från förra årets fil").font = note_font
    ws.cell(row=r + 3, column=1, value="Fastställd av nämnden: 2026-01-21").font = Font(size=9)
    widths = {"A": 5, "B": 13, "C": 52, "D": 26, "E": 22, "F": 14, "G": 14, "H": 16, "I": 10, "J": 50,
              "K": 3, "L": 34}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    ws2 = wb.create_sheet("Anvisningar")
    for i, t in enumerate([
        "Anvisningar – mall för uppföljning av internkontrollplan (Orsvalla kommun, ekonomiavdelningen)",
        "1. Kopiera nämndens kontrollmoment från antagen internkontrollplan.",
        "2. Ange status vid T2 och vid helår. Statusalternativ: Genomförd, Delvis genomförd, Ej genomförd, Utgår.",
        "3. Avvikelse anges med J eller N. Beskriv avvikelse och åtgärd i kommentarsfältet.",
        "4. Ta bort exempelraden innan filen skickas.",
    ], 1):
        ws2.cell(row=i, column=1, value=t)
    ws2.column_dimensions["A"].width = 100
    src = os.path.join(tmpdir, "bun_src.xlsx")
    wb.save(src)
    convert(src, "ods", fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Vård- och omsorgsnämnden – Word report, sections per process,
#    summary table of counts at the end
# ---------------------------------------------------------------------------
def file_von():
    fil = "VON Verksamhetsberättelse 2025 bilaga intern kontroll.docx"
    N = "Vård- och omsorgsnämnden"
    d = Document()
    d.styles["Normal"].font.name = "Garamond"
    d.styles["Normal"].font.size = Pt(11.5)
    p = d.add_paragraph("Vård- och omsorgsnämnden")
    p.runs[0].bold = True
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Verksamhetsberättelse 2025").runs[0].font.size = Pt(14)
    d.add_heading("Bilaga 4 – Uppföljning av intern kontroll", level=1)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 29 januari 2025 (VON § 9). Planen omfattar nio "
        "kontrollmoment inom fyra processer och reviderades i juni 2025. Nedan redovisas resultatet per "
        "process. En sammanfattning finns i tabellen sist i bilagan.")

    def ctrl(nr, km, how, res, bed, e):
        p = d.add_paragraph()
        r1 = p.add_run(f"Kontrollmoment {nr}: ")
        r1.bold = True
        p.add_run(km).bold = True
        p = d.add_paragraph()
        p.add_run("Så här har kontrollen gjorts: ").italic = True
        p.add_run(how)
        p = d.add_paragraph()
        p.add_run("Resultat: ").italic = True
        p.add_run(res)
        if bed:
            p = d.add_paragraph()
            p.add_run("Bedömning: ").bold = True
            p.add_run(bed)
        exp(fil, N, km, *e)

    d.add_heading("1. Process: Biståndshandläggning", level=2)
    ctrl("1.1", "Beslut om hemtjänst och särskilt boende verkställs inom tre månader",
         "Kvartalsvis genomgång av lista över ej verkställda beslut ur verksamhetssystemet.",
         "Samtliga fyra kvartal har kontrollerats. Två beslut om särskilt boende verkställdes inte inom tre "
         "månader; båda har rapporterats till IVO och till nämnden.",
         "Genomförd. Avvikelse noterad.", ("GENOMFORD", "ja"))
    ctrl("1.2", "Genomförandeplaner upprättas inom 14 dagar efter insatsstart",
         "Stickprov 30 nya ärenden i hemtjänsten.",
         "Stickprov gjort i hemtjänstområde Norr och Centrum (20 ärenden), samtliga inom tidsgränsen. "
         "Område Söder har inte granskats.",
         "Delvis genomförd.", ("DELVIS", "nej"))

    d.add_heading("2. Process: Läkemedelshantering", level=2)
    ctrl("2.1", "Signeringslistor för läkemedel – avvikelser följs upp",
         "Genomgång av signeringslistor på samtliga särskilda boenden, vår och höst.",
         "Kontrollen genomfördes i mars och oktober på alla fem särskilda boenden. Inga brister av "
         "betydelse upptäcktes och samtliga avvikelser i signeringen var redan utredda av ansvarig sjuksköterska.",
         None, ("GENOMFORD", "nej"))
    ctrl("2.2", "Narkotikaklassade läkemedel – inventering av läkemedelsförråd",
         "Inventering av förråd tillsammans med MAS.",
         "Inventeringen som var planerad till december ställdes in på grund av hög sjukfrånvaro bland "
         "sjuksköterskorna. Den genomförs i februari 2026.",
         "Ej genomförd.", ("EJ_GENOMFORD", "nej"))

    d.add_heading("3. Process: Ekonomi och administration", level=2)
    ctrl("3.1", "Brukares privata medel – kassabok och kvitton stäms av",
         "Oanmäld kontroll på tre boenden.",
         "På ett boende saknades kvitton för sammanlagt 1 430 kr. Rutinen har gåtts igenom med personalen.",
         "Genomförd med anmärkning.", ("GENOMFORD", "ja"))
    ctrl("3.2", "Omsorgsavgifter debiteras enligt beslut och maxtaxa",
         "Stickprov 25 avgiftsbeslut mot fakturering.",
         "Samtliga 25 debiterades korrekt.",
         "Genomförd.", ("GENOMFORD", "nej"))
    ctrl("3.3", "Fakturor från bemanningsföretag kontrolleras mot avtal och beställning",
         "Samtliga fakturor från bemanningsföretag (sjuksköterskor) jämförs med beställning.",
         "Första halvåret granskat utan anmärkning. Granskningen av andra halvåret är inte klar.",
         "Pågår.", ("DELVIS", "nej"))

    d.add_heading("4. Process: Personal och informationssäkerhet", level=2)
    ctrl("4.1", "Behörigheter i verksamhetssystemet tas bort för medarbetare som slutat",
         "Jämförelse mellan användarlista och lista över avslutade anställningar.",
         "14 behörigheter som borde ha avslutats hittades och togs bort i september.",
         "Genomförd.", ("GENOMFORD", "ja"))
    ctrl("4.2", "Timavlönade – arbetad tid i schemasystemet stämmer med lönerapporteringen",
         "–",
         "Kontrollmomentet ströks vid revideringen av internkontrollplanen (VON 2025-06-11 § 71) eftersom "
         "kontrollen görs centralt av lönecentrum.",
         "Utgår.", ("UTGAR", "nej"))

    d.add_heading("Sammanfattning", level=2)
    tab = [
        ("Process", "Genomförd", "Delvis", "Ej genomförd", "Utgår", "Summa"),
        ("Biståndshandläggning", "1", "1", "0", "0", "2"),
        ("Läkemedelshantering", "1", "0", "1", "0", "2"),
        ("Ekonomi och administration", "2", "1", "0", "0", "3"),
        ("Personal och informationssäkerhet", "1", "0", "0", "1", "2"),
        ("Summa", "5", "2", "1", "1", "9"),
    ]
    t = d.add_table(rows=len(tab), cols=6)
    t.style = "Light Grid Accent 1"
    for i, row in enumerate(tab):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.add_paragraph()
    d.add_paragraph(
        "Nämndens bedömning är att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. "
        "Kontrollmoment 2.2 förs över till internkontrollplanen 2026.")
    d.add_paragraph("Orsvalla 2026-01-14\nMaria Hed, förvaltningschef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Governance system export – semicolon CSV, English column names,
#    two förvaltningar (= two nämnder) in one file
# ---------------------------------------------------------------------------
def file_csv():
    fil = "Stratsys_IK_2025_T3_export_20260112.csv"
    KS = "Kommunstyrelsen"
    SBN = "Samhällsbyggnadsnämnden"
    rows = [
        ("Avstämning av balanskonton vid bokslut", "Completed",
         "Samtliga balanskonton avstämda per 2025-12-31 med specifikation.", "Kommunledningsförvaltningen",
         KS, "GENOMFORD", "nej"),
        ("Leverantörsregistret – ändring av bankgiro/konto verifieras med leverantören", "Completed",
         "42 ändringar kontrollerade, samtliga verifierade via telefon mot känt nummer.",
         "Kommunledningsförvaltningen", KS, "GENOMFORD", "nej"),
        ("IT-behörigheter – administratörskonton i AD granskas", "In progress",
         "Granskning påbörjad i november; beräknas klar Q1 2026.", "Kommunledningsförvaltningen",
         KS, "DELVIS", "nej"),
        ("Representation – förtroendekänsliga poster KS/KLF", "Completed",
         "Två fakturor saknade syfte och deltagare; kompletterat.\nÅterrapporterat till KS 2025-11-04.",
         "Kommunledningsförvaltningen", KS, "GENOMFORD", "ja"),
        ("Avtalstrohet vid inköp av konsulttjänster", "Not started",
         "Flyttas till 2026 pga vakant upphandlartjänst.", "Kommunledningsförvaltningen",
         KS, "EJ_GENOMFORD", "nej"),
        ("Löneutbetalningar – nyupplagda anställda kontrolleras mot anställningsbeslut", "",
         "Kontroll utförd varje månad. Inga avvikelser.", "Kommunledningsförvaltningen",
         KS, "GENOMFORD", "nej"),
        ("Bygglovsavgifter debiteras enligt taxa", "Completed",
         "Stickprov 20 ärenden; 1 felaktigt debiterat (underdebitering 6 300 kr), efterdebiterat.",
         "Samhällsbyggnadsförvaltningen", SBN, "GENOMFORD", "ja"),
        ("Handläggningstid bygglov – beslut inom 10 veckor enligt PBL", "Partly completed",
         "Kontroll gjord för jan–aug. Sep–dec ej sammanställt.", "Samhällsbyggnadsförvaltningen",
         SBN, "DELVIS", "nej"),
        ("Delegationsbeslut anmäls till Samhällsbyggnadsnämnden", "Completed", "",
         "Samhällsbyggnadsförvaltningen", SBN, "GENOMFORD", "nej"),
        ("Tillsyn enligt miljöbalken – debitering av timavgift", "Cancelled",
         "Kontrollen utgår; ersatt av ny taxemodell från 2025-07-01 (SBN beslut 2025-05-14 § 41).",
         "Samhällsbyggnadsförvaltningen", SBN, "UTGAR", "nej"),
        ("Arkivering av detaljplaneärenden i ärendesystemet", "Not started",
         "Inte påbörjad – avvaktar införandet av e-arkiv.", "Samhällsbyggnadsförvaltningen",
         SBN, "EJ_GENOMFORD", "nej"),
    ]
    path = os.path.join(HERE, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Control", "Status", "Comment", "Unit"])
        for km, st, com, unit, n, e, a in rows:
            w.writerow([km, st, com, unit])
            exp(fil, n, km, e, a)
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Covering letter without controls – to be rejected
# ---------------------------------------------------------------------------
def file_letter():
    fil = "Följebrev IK-uppföljning VON 2025.docx"
    d = Document()
    d.add_paragraph("Vård- och omsorgsförvaltningen\t\t2026-01-14")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    d.add_heading("Uppföljning av internkontrollplan 2025", level=2)
    d.add_paragraph(
        "Hej!\n\nHär kommer Vård- och omsorgsnämndens helårsuppföljning av internkontrollplanen 2025. "
        "Uppföljningen ligger som bilaga 4 till verksamhetsberättelsen och skickas i en separat fil.")
    d.add_paragraph(
        "Observera att inventeringen av narkotikaklassade läkemedel inte hann genomföras i december och "
        "att kontrollen av timavlönade ströks vid revideringen i juni. Ärendet behandlas av nämnden den "
        "28 januari.")
    d.add_paragraph("Hör av er om något är oklart!\n\nMed vänlig hälsning\nJohan Mattsson\nVerksamhetscontroller")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_answers():
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in [
            ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
            ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF|Bildningsförvaltningen"),
            ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen|IFO"),
            ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Omsorgsförvaltningen"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF|Kultur och fritid"),
            ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Plan och bygg|Miljö- och byggenheten"),
            ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och service"),
            ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndare i samverkan"),
            ("Valnämnden", "VN|Valkansliet"),
        ]:
            f.write(f"{n};{a}\n")
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2]
            f.write(";".join(row) + "\n")


def main():
    tmpdir = tempfile.mkdtemp(prefix="r98src")
    file_kfn()
    file_sn()
    file_tn(tmpdir)
    file_bun(tmpdir)
    file_von()
    file_csv()
    file_letter()
    shutil.rmtree(tmpdir)
    write_answers()
    print(f"{len(FILES)} files.csv rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
