#!/usr/bin/python3
"""Blind round r307 - Ljungdala kommun, delår (jan-aug) 2025 inbox.

Builds every follow-up file, the rejected file and namnder.csv / files.csv / expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
LO_PROFILE = "file:///tmp/lo-round307"
FIXED = dt.datetime(2025, 9, 15, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADFILL = PatternFill("solid", fgColor="DDEBF7")


def fill(color):
    return PatternFill("solid", fgColor=color)


GREEN, YELLOW, RED, GREY = "00B050", "FFFF00", "FF0000", "BFBFBF"


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fixed_props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Ljungdala kommun"


def soffice(src, fmt, outdir=HERE):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def template_head(ws, namnd_value, period_value, filled_by, date):
    """The kommun's own template title block (rows 1-7)."""
    ws["A1"] = "Ljungdala kommun"
    ws["A1"].font = Font(bold=True, size=11, color="1F4E78")
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = TITLE
    ws["A3"] = "Nämnd:"
    ws["A3"].font = BOLD
    ws["C3"] = namnd_value
    ws["A4"] = "Uppföljningsperiod:"
    ws["A4"].font = BOLD
    ws["C4"] = period_value
    ws["A5"] = "Ifylld av:"
    ws["A5"].font = BOLD
    ws["C5"] = filled_by
    ws["E5"] = "Datum:"
    ws["E5"].font = BOLD
    ws["F5"] = date


def header_row(ws, row, headers, widths=None):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = BOLD
        c.fill = HEADFILL
        c.alignment = WRAP
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - kommun template, plain, .xlsx
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_IK-uppfoljning_delar_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    template_head(ws, "Kommunstyrelsen", "Delår 1 januari – 31 augusti 2025",
                  "Maria Lindqvist, controller", "2025-09-15")
    ws["A7"] = ("Instruktion: Ange status med rullistan (Genomförd, Delvis genomförd, Ej genomförd, Utgår). "
                "Ange Ja i kolumnen Avvikelse om kontrollen visat brister och beskriv vidtagen åtgärd i kommentaren.")
    ws["A7"].font = Font(italic=True, color="595959")
    ws.merge_cells("A7:J7")
    ws["A7"].alignment = WRAP
    ws.row_dimensions[7].height = 30
    hdr = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Status", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"]
    header_row(ws, 9, hdr, [5, 18, 22, 45, 32, 11, 20, 18, 11, 50])
    rows = [
        ("Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial", "Tertial", "Ekonomichef",
         "Genomförd", "Nej", "Stickprov 40 fakturor jan–aug, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("Ekonomi", "Förtroendeskada",
         "Representation och förtroendekänsliga poster – kontroll av syfte och deltagare",
         "Genomgång av samtliga konteringar konto 7610–7690", "Halvår", "Redovisningsansvarig",
         "Genomförd", "Ja",
         "3 av 25 verifikationer saknade deltagarförteckning. Påminnelse om rutinen skickad till samtliga chefer.",
         "GENOMFORD", "ja"),
        ("Upphandling", "Avtalstrohet",
         "Inköp sker från upphandlade leverantörer (avtalstrohet)",
         "Analys i inköpsanalysverktyget", "Halvår", "Upphandlingschef",
         "Delvis genomförd", "Ja",
         "Analys gjord för jan–jun. Köp utanför avtal inom IT-tillbehör, dialog med berörda enheter pågår.",
         "DELVIS", "ja"),
        ("Personal", "Felaktiga löner",
         "Löneutbetalningar – kontroll av att ändringar i lönesystemet är beslutade av behörig chef",
         "Stickprov 15 ändringar", "Tertial", "HR-chef",
         "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        ("IT/informationssäkerhet", "Obehörig åtkomst",
         "Behörigheter i ekonomisystemet – avslutade anställningar har tagits bort",
         "Jämförelse av behörighetslista mot HR-systemet", "Årligen", "IT-chef",
         "", "", "Kontrollen genomförs i oktober enligt plan.", "EJ_GENOMFORD", ""),
        ("Dokumenthantering", "Bristande offentlighet",
         "Diarieföring av inkomna handlingar sker inom tre arbetsdagar",
         "Stickprov 30 handlingar", "Tertial", "Kommunsekreterare",
         "Genomförd", "Nej", "Samtliga 30 registrerade inom tre arbetsdagar.", "GENOMFORD", "nej"),
        ("Säkerhet", "Bristande krisberedskap",
         "Uppdatering av kommunens krisledningsplan",
         "Kontroll att planen reviderats och beslutats", "Årligen", "Säkerhetssamordnare",
         "Utgår", "",
         "Utgår – ersätts av ny plan för civilt försvar enligt KS beslut 2025-03-18 § 52.", "UTGAR", ""),
        ("Ekonomi", "Felaktig redovisning",
         "Avstämning av balanskonton vid delårsbokslut",
         "Genomgång av avstämningsunderlag", "Delår/helår", "Redovisningsansvarig",
         "Genomförd", "Nej", "Samtliga balanskonton avstämda per 2025-08-31.", "GENOMFORD", "nej"),
    ]
    dv = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"', allow_blank=True)
    dv2 = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    ws.add_data_validation(dv)
    ws.add_data_validation(dv2)
    r = 10
    for i, row in enumerate(rows, 1):
        vals = [i] + list(row[:9])
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
        dv.add(ws.cell(row=r, column=8))
        dv2.add(ws.cell(row=r, column=9))
        exp(fil, N, row[2], row[9], row[10])
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Summering").font = BOLD
    ws.cell(row=r + 1, column=2, value="Antal kontrollmoment")
    ws.cell(row=r + 1, column=4, value=f"=COUNTA(D10:D{9 + len(rows)})")
    ws.cell(row=r + 2, column=2, value="Varav genomförda")
    ws.cell(row=r + 2, column=4, value=f'=COUNTIF(H10:H{9 + len(rows)},"Genomförd")')
    ws.cell(row=r + 3, column=2, value="Varav med avvikelse")
    ws.cell(row=r + 3, column=4, value=f'=COUNTIF(I10:I{9 + len(rows)},"Ja")')
    ws.cell(row=r + 5, column=2, value="Sammanfattande bedömning:").font = BOLD
    ws.cell(row=r + 5, column=4, value=("Den interna kontrollen bedöms i huvudsak vara tillräcklig. "
                                        "Avvikelserna avseende representation och avtalstrohet följs upp till helår."))
    ws.cell(row=r + 5, column=4).alignment = WRAP
    ws.freeze_panes = "A10"
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - template with T1 + delår columns, colour fills
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN delårsuppföljning IK 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "IK 2025"
    template_head(ws, "Barn- och utbildningsnämnden (BUN)", "Tertial 1 och delår 2025",
                  "Sara Holm, nämndsekreterare / Erik Dahl, ekonom", "2025-09-11")
    ws["H2"] = "Teckenförklaring"
    ws["H2"].font = BOLD
    legend = [(GREEN, "Genomförd"), (YELLOW, "Pågår / delvis genomförd"), (RED, "Ej genomförd"),
              (GREY, "Utgår / ej aktuell")]
    for k, (col, txt) in enumerate(legend):
        ws.cell(row=3 + k, column=8).fill = fill(col)
        ws.cell(row=3 + k, column=9, value=txt)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Status T1\n(jan–apr)", "Status delår\n(jan–aug)", "Avvikelse", "Kommentar"]
    header_row(ws, 9, hdr, [5, 18, 48, 30, 18, 14, 14, 11, 52])
    ws.row_dimensions[9].height = 32
    # (process, km, metod, ansvarig, (t1 text, t1 fill), (del text, del fill), avv col, kommentar, status, avv)
    rows = [
        ("Personal", "Kontroll av att utdrag ur belastningsregistret har uppvisats vid anställning",
         "Stickprov 20 nyanställningar", "HR-konsult", ("Genomförd", GREEN), (None, GREEN), "Nej",
         "Samtliga 20 hade uppvisat utdrag före anställning.", "GENOMFORD", "nej"),
        ("Personal", "Rutin för hot och våld – handlingsplanen har gåtts igenom på APT",
         "Enkät till rektorer och förskolechefer", "Verksamhetschefer", (None, None), ("Ej genomförd", GREEN), "",
         "", "OKLAR", ""),
        ("Skolväsende", "Anmälan till huvudman om kränkande behandling sker skyndsamt",
         "Genomgång av anmälningar i DF Respons", "Verksamhetschef grundskola", ("Pågår", YELLOW), (None, GREEN), "Ja",
         "12 av 148 anmälningar inkom senare än 5 dagar. Rektorerna har påmints om rutinen.", "GENOMFORD", "ja"),
        ("Skolväsende", "Frånvarouppföljning – elever med hög frånvaro har en åtgärdsplan",
         "Stickprov på sex skolor", "Elevhälsochef", (None, None), ("Delvis", YELLOW), "Ja",
         "Kontroll gjord på 3 av 6 skolor. Två elever saknade åtgärdsplan.", "DELVIS", "ja"),
        ("Skolväsende", "Skolskjuts – fakturerade körningar stämmer mot beställning",
         "Jämförelse faktura mot beställningsunderlag, april", "Skolskjutssamordnare", ("Genomförd", GREEN),
         (None, None), "Nej", "Årlig kontroll, utförd i april.", "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Ekonom", (None, GREEN), (None, GREEN), "Nej", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av barnomsorgsavgifter – inkomstuppgifter stämmer mot underlag",
         "Jämförelse mot inkomstuppgift, 30 hushåll", "Avgiftshandläggare", (None, None), (None, RED), "",
         "Ej genomförd p.g.a. vakans. Flyttas till hösten.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Interkommunal ersättning (IKE) – fakturering av elever från annan kommun",
         "Avstämning elevregister mot fakturering", "Ekonom", (None, None), ("Klar", GREEN), "Nej",
         "", "GENOMFORD", "nej"),
        ("Lokaler och arbetsmiljö",
         "Systematiskt brandskyddsarbete – egenkontroll genomförd på samtliga enheter",
         "Inrapportering från enheterna", "Lokalsamordnare", (None, None), (None, YELLOW), "",
         "31 av 38 enheter har rapporterat.", "DELVIS", ""),
        ("Lokaler och arbetsmiljö", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden",
         "Uttag ur personalsystemet", "HR-konsult", (None, None), (None, GREY), "",
         "Ingår i kommunstyrelsens kontroll 2025.", "UTGAR", ""),
    ]
    r = 10
    start = {}
    for i, row in enumerate(rows, 1):
        proc, km, met, ans, t1, de, avc, kom, st, av = row
        vals = [i, proc, km, met, ans, t1[0], de[0], avc or None, kom or None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.alignment = WRAP
            c.border = BOX
        if t1[1]:
            ws.cell(row=r, column=6).fill = fill(t1[1])
        if de[1]:
            ws.cell(row=r, column=7).fill = fill(de[1])
        start.setdefault(proc, []).append(r)
        exp(fil, N, km, st, av)
        r += 1
    # merged process cells
    for proc, rr in start.items():
        if len(rr) > 1:
            ws.merge_cells(start_row=rr[0], start_column=2, end_row=rr[-1], end_column=2)
            ws.cell(row=rr[0], column=2).alignment = Alignment(vertical="center", wrap_text=True)
    r += 1
    ws.cell(row=r, column=2, value="Justerat av förvaltningschef Johan Ek 2025-09-12")
    ws.cell(row=r, column=2).font = Font(italic=True)
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - template reworked with plan + delår/helår blocks, .xls
# ---------------------------------------------------------------------------
def file_sn():
    fil = "SN_uppfoljning_IKP_delar2025.xls"
    N = "Socialnämnden"
    wb = Workbook()
    fixed_props(wb)
    wi = wb.active
    wi.title = "Instruktion"
    lines = [
        "Ljungdala kommun – mall för uppföljning av internkontrollplan",
        "",
        "1. Fyll i nämnd och uppföljningsperiod i fliken för uppföljning.",
        "2. Ange status för varje kontrollmoment: Klar, Pågår, Ej påbörjad eller Ej aktuell.",
        "3. Beskriv resultatet och eventuella avvikelser samt åtgärder i kolumnen Resultat/kommentar.",
        "4. Skicka filen till ekonomiavdelningen senast 2025-09-15.",
    ]
    for k, t in enumerate(lines, 1):
        wi.cell(row=k, column=1, value=t)
    wi["A1"].font = TITLE
    wi.column_dimensions["A"].width = 100
    ws = wb.create_sheet("IKP 2025")
    ws["A1"] = "Socialförvaltningen – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = TITLE
    ws["A2"] = "Delårsuppföljning per 2025-08-31"
    ws["A2"].font = BOLD
    ws["A3"] = "Handläggare: Leila Nasser, kvalitetsutvecklare"
    # two-row header
    ws.merge_cells("A5:F5")
    ws["A5"] = "Internkontrollplan (antagen SN 2024-12-12 § 201)"
    ws.merge_cells("G5:H5")
    ws["G5"] = "Uppföljning delår"
    ws.merge_cells("I5:J5")
    ws["I5"] = "Uppföljning helår"
    for c in ("A5", "G5", "I5"):
        ws[c].font = BOLD
        ws[c].fill = HEADFILL
        ws[c].alignment = Alignment(horizontal="center")
    hdr = ["Process", "Kontrollmoment", "Risk-\nvärde", "Kontrollmetod", "Ansvarig", "Tidpunkt",
           "Status", "Resultat/kommentar", "Status", "Resultat/kommentar"]
    header_row(ws, 6, hdr, [18, 46, 8, 32, 20, 12, 14, 50, 12, 30])
    ws.row_dimensions[6].height = 30
    groups = [
        ("Myndighetsutövning", [
            ("Individ- och familjeomsorg",
             "Utredningar inom barn och unga avslutas inom lagstadgad tid (4 månader)", 12,
             "Uttag ur Treserva, samtliga avslutade utredningar", "Enhetschef barn och unga", "Tertial",
             "Klar, avvikelse",
             "7 av 52 utredningar överskred 4 månader; beslut om förlängning saknades i 2 fall.",
             "GENOMFORD", "ja"),
            ("Individ- och familjeomsorg",
             "Orosanmälningar – förhandsbedömning inom 14 dagar", 12,
             "Uttag ur Treserva", "Enhetschef mottagning", "Tertial",
             "Se bilaga 2", "", "OKLAR", ""),
            ("Ekonomiskt bistånd",
             "Ekonomiskt bistånd – beslut fattas enligt delegationsordningen", 9,
             "Stickprov 25 beslut", "Enhetschef försörjningsstöd", "Delår",
             "Klar", "Stickprov 25 beslut, inga fel.", "GENOMFORD", "nej"),
            ("Ekonomiskt bistånd",
             "Ekonomiskt bistånd – dubbelutbetalningar\n(kontroll mot utbetalningslista)", 9,
             "Avstämning utbetalningslista mot bank", "Ekonom", "Månadsvis",
             "Pågår", "Kontroll jan–jun klar, inga dubbelutbetalningar. Jul–aug pågår.", "DELVIS", "nej"),
            ("Placeringar",
             "Placeringar HVB – avtal och uppföljning av vårdplan finns", 8,
             "Genomgång av samtliga pågående placeringar", "Enhetschef barn och unga", "Helår",
             "Ej påbörjad", "Planeras till oktober.", "EJ_GENOMFORD", ""),
            ("Placeringar",
             "Kontroll av att ersättning till familjehem betalas enligt gällande avtal", 6,
             "Stickprov 10 familjehem", "Familjehemssekreterare", "Delår",
             "", "", "SAKNAS", ""),
        ]),
        ("Ekonomi och verksamhetsstöd", [
            ("Stödboende",
             "Privata medel – kvittering av utlämnade kontanter på stödboende", 6,
             "Genomgång av kvittenslistor", "Enhetschef stödboende", "Tertial",
             "Ej aktuell", "Verksamheten hanterar inte längre kontanter sedan februari 2025.", "UTGAR", ""),
            ("Ekonomi",
             "Attest av leverantörsfakturor enligt attestordningen", 4,
             "Stickprov 20 fakturor", "Ekonom", "Tertial",
             "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Informationssäkerhet", [
            ("Dokumentation",
             "Loggkontroll i verksamhetssystemet (Treserva) – otillbörlig åtkomst", 12,
             "Slumpvis loggkontroll, 2 ggr per halvår", "Systemförvaltare", "Halvår",
             "Klar",
             "Loggkontroll genomförd två gånger. En otillbörlig åtkomst upptäckt, hanterad som personalärende.",
             "GENOMFORD", "ja"),
        ]),
    ]
    r = 7
    for gname, items in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        c = ws.cell(row=r, column=1, value=gname.upper())
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        r += 1
        for it in items:
            vals = list(it[:8]) + [None, None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            exp(fil, N, it[1], it[8], it[9])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Bilaga 2: Rapport förhandsbedömningar jan–aug (separat fil).")
    tmp = "_tmp_sn.xlsx"
    wb.save(tmp)
    soffice(tmp, "xls")
    os.replace("_tmp_sn.xls", fil)
    os.remove(tmp)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Tekniska nämnden - Word report with tick columns
# ---------------------------------------------------------------------------
def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def file_tn():
    fil = "Tekniska nämnden - uppföljning intern kontroll delår 2025.docx"
    N = "Tekniska nämnden"
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Anna Berg"
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "LJUNGDALA KOMMUN\tTjänsteskrivelse\tDnr TN 2025/118"
    p = d.add_paragraph("Tekniska förvaltningen")
    p.runs[0].italic = True
    d.add_heading("Uppföljning av intern kontroll – delårsrapport januari–augusti 2025", level=1)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Tekniska nämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 148). Planen omfattar nio "
        "kontrollmoment inom gata/park, vatten och avlopp, fastighet och ekonomi. I denna rapport redovisas "
        "resultatet av de kontroller som genomförts under perioden januari–augusti 2025. Kontroller som ska "
        "göras under hösten redovisas i helårsrapporten.")
    d.add_paragraph(
        "Förvaltningens samlade bedömning är att den interna kontrollen i huvudsak fungerar, men att "
        "åtgärder behövs avseende debitering av vattenmätare och hyresavtal för inhyrda lokaler.")
    d.add_heading("Resultat per kontrollmoment", level=2)
    d.add_paragraph("Markera med X i den kolumn som gäller för perioden.").runs[0].italic = True
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Kontrollmoment", "Utförd", "Pågår", "Ej utförd", "Kommentar"]
    for i, h in enumerate(hdr):
        cell = t.rows[0].cells[i]
        cell.text = h
        cell.paragraphs[0].runs[0].bold = True
        set_cell_bg(cell, "D9E2F3")
    groups = [
        ("Gata/park", [
            ("Egenkontroll av lekplatser enligt SS-EN 1176", "X", "", "",
             "Samtliga 42 lekplatser besiktigade i maj. 3 anmärkningar (lösa fästen) åtgärdade i juni.",
             "GENOMFORD", "ja"),
            ("Vinterväghållning – kontroll av entreprenörens utryckningstider mot avtal", "X", "", "",
             "Kontroll av 20 utryckningar januari–mars, samtliga inom avtalad tid.", "GENOMFORD", "nej"),
        ]),
        ("Vatten och avlopp", [
            ("Provtagning av dricksvatten enligt provtagningsplan", "", "X", "",
             "Provtagning pågår enligt plan, 64 % av årets prover tagna. Inga otjänliga prover hittills.",
             "DELVIS", "nej"),
            ("Avläsning och debitering av vattenmätare", "", "", "X",
             "Skjuts till tertial 3 på grund av byte av debiteringssystem.", "EJ_GENOMFORD", ""),
        ]),
        ("Fastighet", [
            ("Obligatorisk ventilationskontroll (OVK) genomförd i verksamhetslokaler", "", "X", "",
             "Klart för skolor, förskolor återstår.", "DELVIS", ""),
            ("Kontroll av att hyresavtal för inhyrda lokaler är uppdaterade och undertecknade", "X", "X", "",
             "", "OKLAR", ""),
        ]),
        ("Ekonomi och inköp", [
            ("Attest av leverantörsfakturor enligt attestordningen", "X", "", "",
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Kontroll av att inköp över 100 000 kr föregås av dokumenterad direktupphandling", "", "", "",
             "Utgår enligt beslut TN 2025-04-10 § 34, ersätts av kommungemensam kontroll.", "UTGAR", ""),
            ("Fordonsflottan – körjournaler förs för samtliga tjänstefordon", "X", "", "",
             "2 av 35 fordon saknade fullständig körjournal. Berörda arbetsledare har informerats.",
             "GENOMFORD", "ja"),
        ]),
    ]
    for gname, items in groups:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[4])
        m.text = gname
        m.paragraphs[0].runs[0].bold = True
        set_cell_bg(m, "F2F2F2")
        for it in items:
            row = t.add_row()
            for i in range(5):
                row.cells[i].text = it[i]
                if 1 <= i <= 3:
                    row.cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            exp(fil, N, it[0], it[5], it[6])
    widths = [Cm(6.5), Cm(1.5), Cm(1.5), Cm(1.7), Cm(6.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_heading("Övriga iakttagelser", level=2)
    d.add_paragraph(
        "Under perioden har revisionen granskat fakturahanteringen inom VA-verksamheten. Granskningen "
        "föranledde inga anmärkningar. Förvaltningen har även påbörjat en översyn av delegationsordningen.")
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Tekniska nämnden godkänner uppföljningen av intern kontroll för perioden januari–augusti 2025.")
    d.add_paragraph("")
    d.add_paragraph("Ljungdala 2025-09-12")
    d.add_paragraph("Anna Berg\nFörvaltningschef, tekniska förvaltningen")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Export from governance system - two nämnder, long format T1 + Delår rows
# ---------------------------------------------------------------------------
def file_export():
    fil = "export_internkontroll_2025-09-08.csv"
    KFN = "Kultur- och fritidsnämnden"
    MBN = "Miljö- och byggnämnden"
    hdr = ["Enhet", "Internkontrollplan", "Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Period", "Status", "Avvikelse", "Kommentar", "Senast uppdaterad"]
    # per control: (enhet, process, risk, km, metod, ansvarig, [(period, status, avv, komm, date)], exp_status, exp_avv)
    ctrls = [
        ("Kultur- och fritidsnämnden", "Bidrag", "Felaktiga utbetalningar",
         "Kontroll av att föreningsbidrag betalas ut enligt beslut och bidragsregler",
         "Stickprov 15 föreningar", "Föreningskonsulent",
         [("Tertial 1 2025", "Ej påbörjad", "", "", "2025-05-06"),
          ("Delår 2025", "Genomförd", "Nej", "Stickprov 15 föreningar; samtliga utbetalningar enligt beslut.",
           "2025-09-02")], "GENOMFORD", "nej"),
        ("Kultur- och fritidsnämnden", "Kassahantering", "Svinn och stöld",
         "Kassahantering i simhallen – dagliga kassaavstämningar",
         "Genomgång av kassarapporter", "Badchef",
         [("Tertial 1 2025", "Genomförd", "Ja", "Differens 1 200 kr i mars, utredd.", "2025-05-06"),
          ("Delår 2025", "Genomförd", "Ja",
           "En differens i mars (1 200 kr), utredd och rapporterad.\nInga differenser maj–augusti.",
           "2025-09-03")], "GENOMFORD", "ja"),
        ("Kultur- och fritidsnämnden", "Uthyrning", "Intäktsbortfall",
         "Bokningssystem – kontroll av att uthyrning av lokaler faktureras",
         "Avstämning bokningar mot kundfakturor", "Administratör",
         [("Tertial 1 2025", "Pågående", "", "Avstämning av jan–mars gjord.", "2025-05-07"),
          ("Delår 2025", "", "", "", "")], "DELVIS", ""),
        ("Kultur- och fritidsnämnden", "Tillgångar", "Förlust av konst",
         "Inventering av konstsamlingen (stickprov 10 %)",
         "Fysisk inventering mot register", "Kulturchef",
         [("Tertial 1 2025", "Ej påbörjad", "", "", "2025-05-06"),
          ("Delår 2025", "Avbruten", "",
           "Avbruten genom beslut KFN 2025-05-20 § 41 – full inventering görs 2026.", "2025-08-29")],
         "UTGAR", ""),
        ("Kultur- och fritidsnämnden", "Informationssäkerhet", "Brott mot GDPR",
         "Gallring av bibliotekets låntagarregister enligt dokumenthanteringsplan",
         "Uttag ur bibliotekssystemet", "Bibliotekschef",
         [("Tertial 1 2025", "", "", "", ""),
          ("Delår 2025", "", "", "", "")], "SAKNAS", ""),
        ("Miljö- och byggförvaltningen", "Bygglov", "Reducerad avgift",
         "Handläggningstid bygglov – beslut inom 10 veckor från komplett ansökan",
         "Uttag ur ärendesystemet", "Bygglovschef",
         [("Tertial 1 2025", "Genomförd", "Nej", "Samtliga ärenden inom 10 veckor.", "2025-05-09"),
          ("Delår 2025", "Genomförd", "Ja",
           "3 av 118 ärenden överskred 10 veckor; avgiften reducerad enligt PBL 12 kap. 8 a §.",
           "2025-09-04")], "GENOMFORD", "ja"),
        ("Miljö- och byggförvaltningen", "Tillsyn", "Felaktig debitering",
         "Debitering av timavgift för tillsyn enligt miljöbalken",
         "Stickprov 20 tillsynsärenden", "Miljöchef",
         [("Tertial 1 2025", "", "", "", ""),
          ("Delår 2025", "Pågående", "", "Stickprov påbörjat, 8 av 20 ärenden kontrollerade.", "2025-09-04")],
         "DELVIS", ""),
        ("Miljö- och byggförvaltningen", "Myndighetsutövning", "Jäv",
         "Jäv – kontroll av att handläggare inte handlagt ärenden där jäv föreligger",
         "Genomgång av jävsdeklarationer mot ärendelista", "Förvaltningschef",
         [("Delår 2025", "Genomförd", "Nej", "Ingen jävssituation identifierad.", "2025-09-01")],
         "GENOMFORD", "nej"),
        ("Miljö- och byggförvaltningen", "Myndighetsutövning", "Beslut utan mandat",
         "Delegationsbeslut anmäls till nämnd",
         "Jämförelse delegationslista mot protokoll", "Nämndsekreterare",
         [("Tertial 1 2025", "Ej påbörjad", "", "", "2025-05-09"),
          ("Delår 2025", "Ej påbörjad", "", "Resursbrist, görs i november.", "2025-09-05")],
         "EJ_GENOMFORD", ""),
        ("Miljö- och byggförvaltningen", "Dokumenthantering", "Handlingar registreras inte",
         "Diarieföring av inkommande e-post till funktionsbrevlådan",
         "Stickprov 30 e-postmeddelanden", "Registrator",
         [("Tertial 1 2025", "Genomförd", "Nej", "30 av 30 diarieförda.", "2025-05-09"),
          ("Delår 2025", "", "", "Genomförd vid T1, ingen ytterligare kontroll planerad.", "2025-09-05")],
         "GENOMFORD", "nej"),
    ]
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for c in ctrls:
            enhet = c[0]
            plan = ("Internkontrollplan 2025 – " +
                    ("Kultur- och fritidsnämnden" if enhet.startswith("Kultur") else "Miljö- och byggnämnden"))
            for per in c[6]:
                w.writerow([enhet, plan, c[1], c[2], c[3], c[4], c[5]] + list(per))
            exp(fil, KFN if enhet.startswith("Kultur") else MBN, c[3], c[7], c[8])
    FILES.append((fil, "INLAST", KFN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", MBN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Vård- och omsorgsnämnden - template, nämnd only in print header + file name, codes 1-4/U
# ---------------------------------------------------------------------------
def file_von():
    fil = "IKP uppf delår 2025 VON.xlsx"
    N = "Vård- och omsorgsnämnden"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Blad1"
    template_head(ws, None, "Delår 2025", "Kvalitetsenheten", "2025-09-10")
    ws.oddHeader.center.text = "Vård- och omsorgsnämnden"
    ws.oddHeader.right.text = "Delår 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    hdr = ["Nr", "Process/rutin", "Risk", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Status", "Kommentar/åtgärd"]
    header_row(ws, 9, hdr, [5, 18, 20, 48, 30, 11, 20, 8, 50])
    ws["K9"] = "Statuskoder"
    ws["K9"].font = BOLD
    codes = [("1", "Genomförd utan avvikelse"), ("2", "Genomförd med avvikelse"), ("3", "Påbörjad / delvis"),
             ("4", "Ej genomförd"), ("U", "Utgår")]
    for k, (cd, txt) in enumerate(codes):
        ws.cell(row=10 + k, column=11, value=cd)
        ws.cell(row=10 + k, column=12, value=txt)
    ws.column_dimensions["L"].width = 26
    rows = [
        ("Hälso- och sjukvård", "Patientsäkerhet",
         "Läkemedelshantering – signeringslistor är fullständigt ifyllda",
         "Stickprov en vecka per enhet", "Tertial", "MAS", "2",
         "Brister på 2 av 11 enheter, åtgärdsplan upprättad.", "GENOMFORD", "ja"),
        ("Hälso- och sjukvård", "Vårdskada",
         "Avvikelsehantering – avvikelser enligt SoL/HSL är utredda och åtgärdade",
         "Uttag ur avvikelsesystemet", "Tertial", "MAS", "1", "", "GENOMFORD", "nej"),
        ("Hemtjänst", "Felaktig debitering",
         "Hemtjänst – utförd tid stämmer mot beviljad tid (stickprov 20 brukare)",
         "Jämförelse planeringssystem mot beslut", "Halvår", "Enhetschef hemtjänst", "3",
         "10 av 20 brukare kontrollerade.", "DELVIS", ""),
        ("Hemtjänst", "Bristande delaktighet",
         "Kontroll av att genomförandeplaner upprättas inom 14 dagar",
         "Stickprov 15 nya insatser", "Halvår", "Enhetschef hemtjänst", "4",
         "Ej genomförd, prioriteras i september.", "EJ_GENOMFORD", ""),
        ("Särskilt boende", "Förskingring",
         "Brukarnas privata medel – kvittering och månadsavstämning på särskilt boende",
         "Genomgång av kassaböcker", "Tertial", "Enhetschef SÄBO", "1", "", "GENOMFORD", "nej"),
        ("Avgifter", "Felaktiga avgifter",
         "Debitering av omsorgsavgifter – inkomstförfrågan skickad och registrerad",
         "Stickprov 25 brukare", "Årligen", "Avgiftshandläggare", "U",
         "Kontrollen utgår, avgiftshandläggningen flyttad till KS avgiftsenhet från 2025-03-01.", "UTGAR", ""),
        ("Personal", "Bristande kompetens",
         "Bemanning – timanställda har genomgått introduktion och har giltig HSL-delegering",
         "Stickprov 20 timanställda", "Halvår", "Enhetschefer", "",
         "Kontrollen genomförd i juni, inga avvikelser.", "GENOMFORD", "nej"),
        ("Kvalitet", "Missförhållanden",
         "Lex Sarah – rapporter hanteras och anmäls till IVO inom föreskriven tid",
         "Genomgång av samtliga rapporter", "Tertial", "Kvalitetsstrateg", "2",
         "En anmälan till IVO gjordes först efter tre veckor.", "GENOMFORD", "ja"),
        ("Hemtjänst", "Stöld/intrång",
         "Nyckelhantering i hemtjänsten – kvittens av nycklar och digitala lås",
         "Inventering nyckelskåp", "Halvår", "Enhetschef hemtjänst", "", "", "SAKNAS", ""),
    ]
    r = 10
    for i, row in enumerate(rows, 1):
        vals = [i] + list(row[:8])
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[2], row[8], row[9])
        r += 1
    ws.print_title_rows = "9:9"
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Ljungdala Bostäder AB - bolag's own format, symbols with legend, .ods
# ---------------------------------------------------------------------------
def file_bolag():
    fil = "Ljungdala Bostäder AB - Intern kontroll uppföljning aug 2025.ods"
    N = "Ljungdala Bostäder AB"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "LJUNGDALA BOSTÄDER AB"
    ws["A1"].font = Font(bold=True, size=16, color="7F3F00")
    ws["A2"] = "Internkontrollplan 2025 – uppföljning per 2025-08-31 (rapport till styrelsen 2025-09-24)"
    ws["A2"].font = BOLD
    ws["A3"] = ("Bedömning:  ✔ = utförd utan anmärkning    ✔! = utförd med anmärkning    "
                "◐ = pågår    ✘ = ej utförd    – = utgår")
    ws["A3"].font = Font(italic=True)
    hdr = ["Id", "Riskområde", "Risk", "S", "K", "Riskvärde", "Kontrollaktivitet", "Ansvarig",
           "Bedömning april", "Bedömning augusti", "Utfall / iakttagelser"]
    header_row(ws, 5, hdr, [5, 18, 28, 4, 4, 9, 50, 16, 11, 11, 50])
    ws.row_dimensions[5].height = 30
    rows = [
        ("B1", "Hyresadministration", "Felaktig hyresdebitering", 2, 3,
         "Hyreshöjningar och nya hyresavtal registrerade korrekt i fastighetssystemet",
         "Ekonomichef", "✔", "✔", "", "GENOMFORD", "nej"),
        ("B2", "Hyresfordringar", "Kundförluster", 3, 3,
         "Kravhantering – hyresfordringar äldre än 30 dagar skickas till inkasso",
         "Ekonomichef", "◐", "✔!", "4 ärenden skickades för sent till inkasso, rutinen förtydligad.",
         "GENOMFORD", "ja"),
        ("B3", "Underhåll", "Eftersatt underhåll", 3, 4,
         "Planerat underhåll – utfall mot underhållsplan följs upp",
         "Förvaltningschef", "", "◐", "Halvårsuppföljning gjord, helår redovisas i december.", "DELVIS", ""),
        ("B4", "Upphandling", "Avtalsbrott / överpriser", 2, 3,
         "Ramavtal – avrop sker enligt avtalade priser (stickprov 10 fakturor)",
         "Inköpsansvarig", "✘", "✘", "Ej utförd, ny inköpsansvarig tillträder i oktober.", "EJ_GENOMFORD", ""),
        ("B5", "Bostadskö", "Förtroendeskada", 2, 4,
         "Lägenhetsfördelning sker enligt uthyrningspolicyn och kötid",
         "Uthyrningschef", "✔", "", "Kontrollerad i mars – 25 kontrakt, inga avvikelser.", "GENOMFORD", "nej"),
        ("B6", "Säkerhet", "Brand i flerbostadshus", 2, 5,
         "Brandskydd – systematiskt brandskyddsarbete i flerbostadshus",
         "Driftchef", "", "✔", "Brandskyddsronder genomförda i samtliga 48 hus.", "GENOMFORD", "nej"),
        ("B7", "IT", "Obehörig åtkomst", 2, 3,
         "Behörigheter i fastighetssystemet – kontroll av aktiva användare",
         "IT-samordnare", "", "–", "Utgår 2025 på grund av systembyte.", "UTGAR", ""),
    ]
    r = 6
    for row in rows:
        vals = list(row[:5]) + [row[3] * row[4]] + list(row[5:10])
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
        for j in (9, 10):
            ws.cell(row=r, column=j).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=j).font = Font(size=13)
        exp(fil, N, row[5], row[10], row[11])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Riskvärde = sannolikhet (S) × konsekvens (K), skala 1–5.")
    ws.cell(row=r + 2, column=1, value="Godkänt av VD Per Sandberg 2025-09-10")
    tmp = "_tmp_bolag.xlsx"
    wb.save(tmp)
    soffice(tmp, "ods")
    os.replace("_tmp_bolag.ods", fil)
    os.remove(tmp)
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: a budget follow-up (no internal-control follow-up)
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Bilaga 3 Budgetuppföljning aug 2025 KFN.xlsx"
    wb = Workbook()
    fixed_props(wb)
    ws = wb.active
    ws.title = "Drift"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Budgetuppföljning driftredovisning per 2025-08-31 (tkr)"
    ws["A2"].font = BOLD
    hdr = ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse mot budget", "Kommentar"]
    header_row(ws, 4, hdr, [30, 13, 14, 14, 18, 50])
    rows = [
        ("Nämnd och förvaltningsledning", 4200, 2710, 4150, "Vakant tjänst under våren."),
        ("Bibliotek", 12800, 8590, 12900, "Ökade medieinköp."),
        ("Simhall", 9600, 6850, 10100, "Högre energikostnader än budgeterat."),
        ("Föreningsbidrag", 6300, 5120, 6300, ""),
        ("Kulturskola", 8900, 5630, 8800, ""),
        ("Fritidsgårdar", 5400, 3480, 5350, ""),
    ]
    r = 5
    for v, b, u, p, k in rows:
        ws.cell(row=r, column=1, value=v)
        ws.cell(row=r, column=2, value=b)
        ws.cell(row=r, column=3, value=u)
        ws.cell(row=r, column=4, value=p)
        ws.cell(row=r, column=5, value=f"=B{r}-D{r}")
        ws.cell(row=r, column=6, value=k or None)
        r += 1
    ws.cell(row=r, column=1, value="Summa").font = BOLD
    for col in "BCDE":
        ws[f"{col}{r}"] = f"=SUM({col}5:{col}{r - 1})"
        ws[f"{col}{r}"].font = BOLD
    wb.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|SOC|Socialförvaltningen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Ljungdala Bostäder AB", "LBAB|Ljungdalabostäder|Bostadsbolaget"),
        ("Valnämnden", "VN"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write(f"{n};{a}\n")


def write_csvs():
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


if __name__ == "__main__":
    file_ks()
    file_bun()
    file_sn()
    file_tn()
    file_export()
    file_von()
    file_bolag()
    file_reject()
    write_register()
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")
