#!/usr/bin/env python3
"""Round 289 – "where the table sits on the page".

Lövsjöhedens kommun, run year 2025. Builds every follow-up file plus namnder.csv,
files.csv and expected.csv into the folder this script lives in. Deterministic
(fixed workbook properties, no timestamps taken from the clock in file contents).
"""
import csv
import datetime as dt
import io
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.drawing.image import Image as XLImage
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image as PILImage, ImageDraw

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round289"
FIXED = dt.datetime(2026, 1, 20, 9, 0, 0)

EXPECTED = []  # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []     # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def fixprops(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def logo_png(text="LÖVSJÖHEDENS\nKOMMUN"):
    img = PILImage.new("RGB", (220, 90), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.ellipse((8, 12, 72, 76), fill=(30, 90, 150))
    d.polygon([(20, 62), (40, 24), (60, 62)], fill=(255, 255, 255))
    d.multiline_text((82, 28), text, fill=(30, 90, 150))
    bio = io.BytesIO()
    img.save(bio, format="PNG")
    bio.seek(0)
    return bio


def lo_convert(src, fmt, outdir):
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
         "--convert-to", fmt, "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def add_expected(fil, namnd, rows):
    for km, st, av in rows:
        EXPECTED.append((fil, namnd, km, st, av))


# ---------------------------------------------------------------------------
# 1. KS – table starts at F14 under a logo and a long instruction text;
#    blank spacer columns (G, J) and blank rows between process groups.
# ---------------------------------------------------------------------------
def file_ks():
    fil = "Uppföljning IK helår 2025 KS.xlsx"
    wb = openpyxl.Workbook()
    fixprops(wb, "Anna Lindqvist")
    ws = wb.active
    ws.title = "Uppföljning"
    widths = {"A": 3, "B": 9, "C": 9, "D": 9, "E": 4, "F": 6, "G": 2, "H": 18,
              "I": 46, "J": 2, "K": 20, "L": 12, "M": 52}
    for c, w in widths.items():
        ws.column_dimensions[c].width = w
    # logo area A1:D6
    ws.merge_cells("A1:D6")
    img = XLImage(logo_png())
    img.anchor = "A1"
    ws.add_image(img)
    ws["F2"] = "Lövsjöhedens kommun"
    ws["F2"].font = Font(bold=True, size=14, color="1E5A96")
    ws["F3"] = "Kommunledningsförvaltningen – Ekonomiavdelningen"
    ws["F4"] = "Mall för uppföljning av intern kontroll, version 3.2"
    ws["F4"].font = Font(italic=True, size=9, color="808080")
    ws["B8"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["B8"].font = Font(bold=True, size=13)
    ws.merge_cells("B9:M12")
    ws["B9"] = (
        "Instruktion: Ange för varje kontrollmoment status enligt rullistan i kolumnen Status "
        "(Genomförd, Genomförd med anmärkning, Delvis genomförd, Ej genomförd eller Utgår). "
        "Om status är Utgår ska beslutet som ligger till grund anges i kommentaren. Kolumnen "
        "Avvikelse fylls i med Ja om kontrollen visat fel eller brister, annars Nej. Beskriv i "
        "kolumnen Kommentar/åtgärd vad som kontrollerats (omfattning, stickprov), vad som "
        "framkommit och vilka åtgärder som vidtagits eller planeras. Lägg inte till eller ta bort "
        "kolumner i mallen – den läses in i kommunens sammanställning. Uppföljningen ska vara "
        "ekonomiavdelningen tillhanda senast 2026-01-31 och redovisas för nämnden i samband med "
        "årsbokslutet. Frågor besvaras av internkontrollsamordnaren.")
    ws["B9"].alignment = WRAP
    for r in range(9, 13):
        ws.row_dimensions[r].height = 24
    ws["F13"] = "Period: helår (januari–december 2025)"
    ws["F13"].font = Font(italic=True)

    hdr = {"F": "Nr", "H": "Process", "I": "Kontrollmoment", "K": "Status",
           "L": "Avvikelse (Ja/Nej)", "M": "Kommentar/åtgärd"}
    fill = PatternFill("solid", fgColor="1E5A96")
    for c in "FGHIJKLM":
        cell = ws[f"{c}14"]
        if c in hdr:
            cell.value = hdr[c]
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill
            cell.border = BOX
            cell.alignment = WRAP
    rows = [
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd", "Nej",
         "Stickprov om 40 fakturor. Samtliga attesterade av behörig attestant."),
        ("1.2", "Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare",
         "Genomförd med anmärkning", "Ja",
         "25 underlag granskade, 4 saknade deltagarförteckning. Påminnelse om riktlinjen skickad till samtliga chefer."),
        ("1.3", "Ekonomi", "Avstämning av balanskonton varje månad", "Delvis genomförd", "Nej",
         "Avstämning gjord och dokumenterad för januari–oktober. November och december stäms av i bokslutsarbetet."),
        None,
        ("2.1", "Upphandling", "Köp utanför ramavtal (avtalstrohet)", "Genomförd", "Ja",
         "Sex inköp utan avtal identifierade (totalt 312 tkr). Dialog med berörda enheter, utbildning genomförd i november."),
        ("2.2", "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinje",
         "Ej genomförd", "",
         "Hanns inte med på grund av vakans på upphandlingsenheten. Flyttas till internkontrollplan 2026."),
        None,
        ("3.1", "Personal", "Löneutbetalningar stäms av mot beslutade lönekorrigeringar", "Genomförd", "Nej",
         "Stickprov 30 korrigeringar, inga fel."),
        ("3.2", "Personal", "Kontroll av att chefer har redovisat bisysslor", "", "", "Se bilaga 3"),
        None,
        ("4.1", "Informationssäkerhet", "Behörigheter i ekonomisystemet gås igenom två gånger per år", "Utgår", "",
         "Ersätts av central behörighetsöversyn, beslut KS 2025-05-14 § 88."),
        ("4.2", "Informationssäkerhet", "Allmänna handlingar diarieförs inom fastställd tid", "", "", ""),
    ]
    r = 15
    for row in rows:
        if row is None:
            r += 1
            continue
        nr, proc, km, st, av, kom = row
        for c, v in zip("FHIKLM", (nr, proc, km, st, av, kom)):
            cell = ws[f"{c}{r}"]
            cell.value = v if v != "" else None
            cell.border = BOX
            cell.alignment = WRAP
        ws.row_dimensions[r].height = 45
        r += 1
    dv = DataValidation(type="list",
                        formula1='"Genomförd,Genomförd med anmärkning,Delvis genomförd,Ej genomförd,Utgår"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"K15:K{r}")
    r += 2
    ws[f"F{r}"] = "Uppföljningen godkänd av: Anna Lindqvist, ekonomichef, 2026-01-22"
    ws[f"F{r+1}"] = "Nämndbehandling: Kommunstyrelsen 2026-02-18"
    ws.print_area = f"A1:M{r+1}"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))
    add_expected(fil, "Kommunstyrelsen", [
        ("Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "nej"),
        ("Kontroll av att representation redovisas med syfte och deltagare", "GENOMFORD", "ja"),
        ("Avstämning av balanskonton varje månad", "DELVIS", "nej"),
        ("Köp utanför ramavtal (avtalstrohet)", "GENOMFORD", "ja"),
        ("Direktupphandlingar över 100 tkr dokumenteras enligt riktlinje", "EJ_GENOMFORD", ""),
        ("Löneutbetalningar stäms av mot beslutade lönekorrigeringar", "GENOMFORD", "nej"),
        ("Kontroll av att chefer har redovisat bisysslor", "OKLAR", ""),
        ("Behörigheter i ekonomisystemet gås igenom två gånger per år", "UTGAR", ""),
        ("Allmänna handlingar diarieförs inom fastställd tid", "SAKNAS", ""),
    ])


# ---------------------------------------------------------------------------
# 2. BUN – delår table on the left (A:E), empty column F, helår table on the
#    right (G:J) repeating Nr and Kontrollmoment.
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN_IKP_2025_delar_helar.xlsx"
    wb = openpyxl.Workbook()
    fixprops(wb, "Maria Öberg")
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Barn- och utbildningsnämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Delårsuppföljning (t.o.m. 31 augusti) till vänster, helårsuppföljning till höger."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A4:E4")
    ws["A4"] = "DELÅR 2025"
    ws.merge_cells("G4:J4")
    ws["G4"] = "HELÅR 2025"
    for c in ("A4", "G4"):
        ws[c].font = Font(bold=True, size=12, color="FFFFFF")
        ws[c].fill = PatternFill("solid", fgColor="5B7F3A")
        ws[c].alignment = Alignment(horizontal="center")
    left_h = ["Nr", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    right_h = ["Nr", "Kontrollmoment", "Status", "Kommentar"]
    for i, h in enumerate(left_h):
        c = ws.cell(row=5, column=1 + i, value=h)
        c.font = BOLD
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="DDE8CF")
    for i, h in enumerate(right_h):
        c = ws.cell(row=5, column=7 + i, value=h)
        c.font = BOLD
        c.border = BOX
        c.fill = PatternFill("solid", fgColor="DDE8CF")
    for col, w in zip("ABCDEFGHIJ", (5, 44, 18, 12, 40, 4, 5, 44, 12, 44)):
        ws.column_dimensions[col].width = w
    data = [
        # nr, km, ansvarig, delår st, delår kom, helår st, helår kom
        (1, "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         "Klar", "Stickprov 20 fakturor, inga fel.",
         "Klar", "Andra stickprovet 20 fakturor: 1 faktura attesterad av jävig attestant. Åtgärdat."),
        (2, "Kontroll av att elevers frånvaro registreras i lärplattformen dagligen", "Rektorer",
         "Pågår", "Kontroll gjord på 4 av 11 skolor.",
         "Klar", "Samtliga skolor kontrollerade. Brister på två enheter, åtgärdade efter dialog med rektor."),
        (3, "Fakturerade skolskjutsar stäms av mot beställda körningar", "Skolskjutssamordnare",
         "Ej påbörjad", "",
         "Pågår", "Jämförelse klar för vårterminen utan differenser, höstterminen återstår."),
        (4, "Anmälan om kränkande behandling görs till huvudman inom fem arbetsdagar", "Rektorer",
         "Klar", "Samtliga 57 anmälningar inkomna inom tidsgränsen. Inga avvikelser.",
         "", ""),
        (5, "Utdrag ur belastningsregistret uppvisas vid nyanställning", "HR-konsult",
         "Klar", "Inga avvikelser t.o.m. augusti.",
         "Klar", "3 av 45 nyanställda saknade dokumenterat utdrag i personalakten. Rutinen förtydligad."),
        (6, "Inventering av elevdatorer mot förteckning", "IT-samordnare",
         "Ej påbörjad", "",
         "Ej påbörjad", "Skjuts till 2026 på grund av byte av inventariesystem."),
        (7, "Debitering av modersmålsundervisning till andra kommuner", "Controller",
         "Utgår", "Utgår enligt beslut BUN 2025-03-12 § 34.",
         "", ""),
        (8, "Beslut om tilläggsbelopp fattas enligt delegationsordningen", "Förvaltningschef",
         "Pågår", "12 av 30 beslut granskade.",
         "Klar", "Samtliga 30 beslut granskade, inga avvikelser."),
        (9, "Hantering av kontanta medel i skolcaféer", "Rektorer",
         "", "", "", ""),
    ]
    r = 6
    for nr, km, ans, dst, dkom, hst, hkom in data:
        vals_l = (nr, km, ans, dst, dkom)
        vals_r = (nr, km, hst, hkom)
        for i, v in enumerate(vals_l):
            c = ws.cell(row=r, column=1 + i, value=v if v != "" else None)
            c.border = BOX
            c.alignment = WRAP
        for i, v in enumerate(vals_r):
            c = ws.cell(row=r, column=7 + i, value=v if v != "" else None)
            c.border = BOX
            c.alignment = WRAP
        r += 1
    ws.cell(row=r + 1, column=1, value="Status: Klar / Pågår / Ej påbörjad / Utgår").font = Font(italic=True, size=9)
    ws.cell(row=r + 2, column=1, value="Behandlad i BUN 2026-02-11 § 12").font = Font(italic=True, size=9)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "HELAR"))
    add_expected(fil, "Barn- och utbildningsnämnden", [
        ("Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "ja"),
        ("Kontroll av att elevers frånvaro registreras i lärplattformen dagligen", "GENOMFORD", "ja"),
        ("Fakturerade skolskjutsar stäms av mot beställda körningar", "DELVIS", "nej"),
        ("Anmälan om kränkande behandling görs till huvudman inom fem arbetsdagar", "GENOMFORD", "nej"),
        ("Utdrag ur belastningsregistret uppvisas vid nyanställning", "GENOMFORD", "ja"),
        ("Inventering av elevdatorer mot förteckning", "EJ_GENOMFORD", ""),
        ("Debitering av modersmålsundervisning till andra kommuner", "UTGAR", ""),
        ("Beslut om tilläggsbelopp fattas enligt delegationsordningen", "GENOMFORD", "nej"),
        ("Hantering av kontanta medel i skolcaféer", "SAKNAS", ""),
    ])


# ---------------------------------------------------------------------------
# 3. TN + KFN side by side on one sheet (.ods), symbols with a legend below.
# ---------------------------------------------------------------------------
def file_tn_kfn(tmp):
    fil = "IK T2 2025 Teknik och Kultur.ods"
    wb = openpyxl.Workbook()
    fixprops(wb, "Per Hedlund")
    ws = wb.active
    ws.title = "Tertial 2"
    ws["A1"] = "Intern kontroll – uppföljning tertial 2 (januari–augusti) 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Samhällsbyggnadsförvaltningen redovisar för Tekniska nämnden och Kultur- och fritidsnämnden"
    ws.merge_cells("A4:D4")
    ws["A4"] = "Tekniska nämnden"
    ws.merge_cells("F4:I4")
    ws["F4"] = "Kultur- och fritidsnämnden"
    for c in ("A4", "F4"):
        ws[c].font = Font(bold=True, size=12)
        ws[c].fill = PatternFill("solid", fgColor="F2DCDB")
        ws[c].alignment = Alignment(horizontal="center")
    heads = ["Kontrollmoment", "Frekvens", "Status", "Kommentar"]
    for base in (1, 6):
        for i, h in enumerate(heads):
            c = ws.cell(row=5, column=base + i, value=h)
            c.font = BOLD
            c.border = BOX
    for col, w in zip("ABCDEFGHI", (42, 10, 8, 40, 3, 42, 10, 8, 40)):
        ws.column_dimensions[col].width = w
    tn = [
        ("Attest av leverantörsfakturor enligt attestordningen", "Tertial", "●",
         "Stickprov 30 fakturor utan anmärkning."),
        ("Debitering av VA-avgifter stäms av mot mätarställning", "Halvår", "◐",
         "120 av 300 utvalda abonnemang kontrollerade hittills."),
        ("Egenkontroll av livsmedelshantering i kostenhetens kök", "Tertial", "●",
         "Två kök hade brister i temperaturloggningen. Åtgärdat och följt upp."),
        ("Avtalstrohet vid inköp av entreprenadtjänster", "Årlig", "○", "Planeras till oktober."),
        ("Besiktning av lekplatser enligt SS-EN 1176", "Årlig", "●",
         "Samtliga 34 lekplatser besiktigade. 5 anmärkningar, åtgärdsplan upprättad."),
        ("Körjournaler förs för samtliga fordon i fordonsförmedlingen", "Tertial", "–",
         "Ej aktuellt – fordonsförmedlingen överförd till KS från 2025-05-01."),
        ("Felanmälningar åtgärdas inom avtalad tid", "Tertial", "", ""),
    ]
    kfn = [
        ("Föreningsbidrag kontrolleras mot underlag (medlemsantal, aktivitetsstöd)", "Halvår", "●",
         "10 föreningar granskade. En förening återbetalningsskyldig (18 tkr)."),
        ("Kontanthantering i simhallens kassa", "Tertial", "●",
         "Kassaavstämning varje vecka, inga differenser."),
        ("Avskrivning av förlorade biblioteksmedier attesteras", "Årlig", "○", ""),
        ("Uthyrning av lokaler debiteras enligt taxa", "Tertial", "◐",
         "Granskat januari–juni. Differens 2 400 kr har fakturerats i efterhand."),
        ("Inventering av konstsamlingen", "Årlig", "–", "Utgår 2025 enligt beslut KFN 2025-04-09 § 41."),
        ("Registerutdrag för ledare i sommarlovsaktiviteter", "Tertial", "●",
         "Samtliga 18 ledare har visat utdrag före start."),
    ]
    for base, rows in ((1, tn), (6, kfn)):
        r = 6
        for row in rows:
            for i, v in enumerate(row):
                c = ws.cell(row=r, column=base + i, value=v if v != "" else None)
                c.border = BOX
                c.alignment = WRAP
                if i == 2:
                    c.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    lr = 6 + max(len(tn), len(kfn)) + 1
    ws.cell(row=lr, column=1, value="Teckenförklaring:").font = BOLD
    ws.cell(row=lr + 1, column=1, value="● = Genomförd")
    ws.cell(row=lr + 2, column=1, value="◐ = Pågår / delvis genomförd")
    ws.cell(row=lr + 3, column=1, value="○ = Ej påbörjad")
    ws.cell(row=lr + 4, column=1, value="– = Ej aktuell / utgår")
    ws.cell(row=lr + 6, column=1, value="Sammanställt 2025-09-15, Per Hedlund, controller")
    tmpx = os.path.join(tmp, "IK T2 2025 Teknik och Kultur.xlsx")
    wb.save(tmpx)
    lo_convert(tmpx, "ods", tmp)
    shutil.copy(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "T2"))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "T2"))
    add_expected(fil, "Tekniska nämnden", [
        ("Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "nej"),
        ("Debitering av VA-avgifter stäms av mot mätarställning", "DELVIS", ""),
        ("Egenkontroll av livsmedelshantering i kostenhetens kök", "GENOMFORD", "ja"),
        ("Avtalstrohet vid inköp av entreprenadtjänster", "EJ_GENOMFORD", ""),
        ("Besiktning av lekplatser enligt SS-EN 1176", "GENOMFORD", "ja"),
        ("Körjournaler förs för samtliga fordon i fordonsförmedlingen", "UTGAR", ""),
        ("Felanmälningar åtgärdas inom avtalad tid", "SAKNAS", ""),
    ])
    add_expected(fil, "Kultur- och fritidsnämnden", [
        ("Föreningsbidrag kontrolleras mot underlag (medlemsantal, aktivitetsstöd)", "GENOMFORD", "ja"),
        ("Kontanthantering i simhallens kassa", "GENOMFORD", "nej"),
        ("Avskrivning av förlorade biblioteksmedier attesteras", "EJ_GENOMFORD", ""),
        ("Uthyrning av lokaler debiteras enligt taxa", "DELVIS", "ja"),
        ("Inventering av konstsamlingen", "UTGAR", ""),
        ("Registerutdrag för ledare i sommarlovsaktiviteter", "GENOMFORD", "nej"),
    ])


# ---------------------------------------------------------------------------
# 4. SN – .xls (BIFF8 via xlwt): adopted plan on top, follow-up table below.
# ---------------------------------------------------------------------------
def file_sn():
    fil = "SN internkontroll 2025 plan och uppföljning.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Intern kontroll 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    sub = xlwt.easyxf("font: bold on, height 220; pattern: pattern solid, fore_colour light_turquoise")
    hdr = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                      "pattern: pattern solid, fore_colour gray25; alignment: wrap on, vert top")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ital = xlwt.easyxf("font: italic on")
    for i, w in enumerate((5, 18, 48, 26, 12, 18, 16)):
        ws.col(i).width = w * 256
    ws.write(0, 0, "Socialnämnden", title)
    ws.write(1, 0, "Internkontrollplan 2025 med uppföljning per 31 augusti 2025 (delår)")
    ws.write_merge(3, 3, 0, 6, "A. Antagen internkontrollplan 2025 (SN 2024-12-11 § 142)", sub)
    plan_h = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Rapporteras"]
    for i, h in enumerate(plan_h):
        ws.write(4, i, h, hdr)
    plan = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor",
         "Tertial", "Controller", "Delår, helår"),
        (2, "Myndighetsutövning", "Utredningar inom barn och unga avslutas inom fyra månader",
         "Uttag ur verksamhetssystemet", "Månadsvis", "Enhetschef IFO", "Delår, helår"),
        (3, "Myndighetsutövning", "Beslut om bistånd fattas i enlighet med delegationsordningen",
         "Stickprov 20 beslut", "Tertial", "Enhetschef", "Delår, helår"),
        (4, "Ekonomiskt bistånd", "Utbetalningar av ekonomiskt bistånd stäms av mot beslut",
         "Stickprov 30 ärenden", "Tertial", "Controller", "Delår, helår"),
        (5, "Hemtjänst", "Utförd tid i hemtjänsten stämmer mot beviljad tid",
         "Jämförelse planeringssystem/beslut", "Halvår", "Verksamhetschef", "Delår, helår"),
        (6, "Hälso- och sjukvård", "Läkemedelsavvikelser rapporteras och följs upp",
         "Genomgång av avvikelsesystemet", "Tertial", "MAS", "Delår, helår"),
        (7, "Personal", "Registerutdrag kontrolleras vid anställning inom LSS och barn och unga",
         "Stickprov 15 anställningar", "Halvår", "HR-partner", "Helår"),
        (8, "Rapportering", "Ej verkställda beslut rapporteras till IVO varje kvartal",
         "Kontroll av inskickade rapporter", "Kvartal", "Nämndsekreterare", "Delår, helår"),
    ]
    r = 5
    for row in plan:
        for i, v in enumerate(row):
            ws.write(r, i, v, cell)
        r += 1
    r += 2  # two blank rows
    ws.write_merge(r, r, 0, 6, "B. Uppföljning delår 2025 (januari–augusti)", sub)
    r += 1
    fu_h = ["Nr", "Kontrollmoment", "Genomförd (Ja/Nej/Delvis)", "Iakttagelser", "Avvikelse (Ja/Nej)",
            "Åtgärd"]
    # follow-up uses columns A, C, D, E, F, G (B left blank so the texts line up with the plan)
    fu_cols = [0, 2, 3, 4, 5, 6]
    ws.write(r, 1, "", hdr)
    for c, h in zip(fu_cols, fu_h):
        ws.write(r, c, h, hdr)
    r += 1
    fu = [
        (1, "Attest av leverantörsfakturor enligt attestordningen", "Ja", "Inga avvikelser i stickprovet.", "Nej", ""),
        (2, "Utredningar inom barn och unga avslutas inom fyra månader", "Delvis",
         "Kontroll gjord för januari–juni. 11 av 64 utredningar överskred fyra månader.", "Ja",
         "Extra resurs tillsatt från september."),
        (3, "Beslut om bistånd fattas i enlighet med delegationsordningen", "Ja",
         "2 av 20 beslut fattade av handläggare utan delegation.", "Ja", "Genomgång av delegationsordningen på APT."),
        (4, "Utbetalningar av ekonomiskt bistånd stäms av mot beslut", "Ja", "Inga avvikelser.", "Nej", ""),
        (5, "Utförd tid i hemtjänsten stämmer mot beviljad tid", "Nej",
         "Kontrollen ej påbörjad – integration mellan systemen saknas. Genomförs under hösten.", "", ""),
        (6, "Läkemedelsavvikelser rapporteras och följs upp", "Ja",
         "Samtliga rapporterade avvikelser har följts upp av MAS inom en månad.", "Nej", ""),
        (7, "Registerutdrag kontrolleras vid anställning inom LSS och barn och unga", "Utgår",
         "Kontrollen flyttad till HR-avdelningen (KS) från 2025, se KS internkontrollplan.", "", ""),
    ]
    for row in fu:
        ws.write(r, 1, "", cell)
        for c, v in zip(fu_cols, row):
            ws.write(r, c, v, cell)
        r += 1
    r += 1
    ws.write(r, 0, "Uppföljningen behandlad i Socialnämnden 2025-09-24 § 97.", ital)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "DELAR"))
    add_expected(fil, "Socialnämnden", [
        ("Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "nej"),
        ("Utredningar inom barn och unga avslutas inom fyra månader", "DELVIS", "ja"),
        ("Beslut om bistånd fattas i enlighet med delegationsordningen", "GENOMFORD", "ja"),
        ("Utbetalningar av ekonomiskt bistånd stäms av mot beslut", "GENOMFORD", "nej"),
        ("Utförd tid i hemtjänsten stämmer mot beviljad tid", "EJ_GENOMFORD", ""),
        ("Läkemedelsavvikelser rapporteras och följs upp", "GENOMFORD", "nej"),
        ("Registerutdrag kontrolleras vid anställning inom LSS och barn och unga", "UTGAR", ""),
        ("Ej verkställda beslut rapporteras till IVO varje kvartal", "SAKNAS", ""),
    ])


# ---------------------------------------------------------------------------
# 5. MBN – header split over three rows with merged cells; T1 / T2 / Helår
#    status+comment pairs; colour fills.
# ---------------------------------------------------------------------------
def file_mbn():
    fil = "MBN_arsuppfoljning_internkontroll_2025.xlsx"
    wb = openpyxl.Workbook()
    fixprops(wb, "Lena Sjöström")
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Miljö- och byggnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Årsuppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(size=12)
    hfill = PatternFill("solid", fgColor="D9E1F2")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    # row 4
    ws.merge_cells("A4:C4"); ws["A4"] = "PLAN 2025"
    ws.merge_cells("D4:I4"); ws["D4"] = "UPPFÖLJNING 2025"
    ws.merge_cells("J4:J6"); ws["J4"] = "Åtgärd vid avvikelse"
    # row 5
    ws.merge_cells("A5:A6"); ws["A5"] = "Nr"
    ws.merge_cells("B5:B6"); ws["B5"] = "Process"
    ws.merge_cells("C5:C6"); ws["C5"] = "Kontrollmoment"
    ws.merge_cells("D5:E5"); ws["D5"] = "Tertial 1"
    ws.merge_cells("F5:G5"); ws["F5"] = "Tertial 2"
    ws.merge_cells("H5:I5"); ws["H5"] = "Helår"
    # row 6
    for c in ("D6", "F6", "H6"):
        ws[c] = "Status"
    for c in ("E6", "G6", "I6"):
        ws[c] = "Kommentar"
    for r in (4, 5, 6):
        for col in range(1, 11):
            cell = ws.cell(row=r, column=col)
            cell.font = BOLD
            cell.fill = hfill
            cell.alignment = center
            cell.border = BOX
    for col, w in zip("ABCDEFGHIJ", (5, 14, 40, 13, 28, 13, 28, 13, 34, 28)):
        ws.column_dimensions[col].width = w
    fills = {"Genomförd": "C6EFCE", "Påbörjad": "FFEB9C", "Delvis genomförd": "FFEB9C",
             "Ej genomförd": "FFC7CE", "Ej aktuell": "D9D9D9"}
    data = [
        (1, "Bygglov", "Handläggningstid för bygglov inom tio veckor enligt PBL",
         "Genomförd", "94 % inom tid.", "Genomförd", "96 % inom tid.",
         "Genomförd", "Helår 95 %. 7 ärenden överskred tiden, avgiften reducerad enligt PBL.",
         "Översyn av kompletteringsrutinen."),
        (2, "Bygglov", "Debitering av bygglovsavgift enligt gällande taxa",
         "", "", "Påbörjad", "Stickprov 10 ärenden, inga fel hittills.",
         "Genomförd", "30 ärenden granskade, inga fel.", ""),
        (3, "Miljötillsyn", "Tillsynsbesök genomförs enligt tillsynsplan",
         "Påbörjad", "", "Påbörjad", "",
         "Delvis genomförd", "61 % av planerade besök genomförda på grund av vakanser.",
         "Rekrytering klar, eftersläpande besök prioriteras 2026."),
        (4, "Miljötillsyn", "Tillsynsavgift faktureras efter genomfört besök",
         "Genomförd", "Inga avvikelser.", "Genomförd", "Inga avvikelser.",
         "", "", ""),
        (5, "Administration", "Inkomna handlingar registreras inom två arbetsdagar",
         "Ej genomförd", "", "", "",
         "", "Kontrollen gjord i december: samtliga 50 stickprov registrerade i tid.", ""),
        (6, "Delegation", "Delegationsbeslut anmäls till nämnden",
         "Genomförd", "", "Genomförd", "", "Genomförd", "Anmäls löpande vid varje sammanträde.", ""),
        (7, "Kart och GIS", "Intäkter för nybyggnadskartor stäms av mot ekonomisystemet",
         "", "", "", "", "Ej aktuell",
         "Kartverksamheten köps från Lantmäteriet sedan 2025-01-01, kontrollen utgår.", ""),
        (8, "Strandskydd", "Villkor i strandskyddsdispenser följs upp",
         "", "", "", "", "", "", ""),
    ]
    r = 7
    for row in data:
        for i, v in enumerate(row):
            c = ws.cell(row=r, column=1 + i, value=v if v != "" else None)
            c.border = BOX
            c.alignment = WRAP
            if i in (3, 5, 7) and v in fills:
                c.fill = PatternFill("solid", fgColor=fills[v])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Färgkod: grön = genomförd, gul = påbörjad/delvis, röd = ej genomförd, grå = ej aktuell").font = Font(italic=True, size=9)
    ws.cell(row=r + 1, column=1, value="Beslutad i Miljö- och byggnämnden 2026-02-05 § 8").font = Font(italic=True, size=9)
    ws.freeze_panes = "D7"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Miljö- och byggnämnden", "2025", "HELAR"))
    add_expected(fil, "Miljö- och byggnämnden", [
        ("Handläggningstid för bygglov inom tio veckor enligt PBL", "GENOMFORD", "ja"),
        ("Debitering av bygglovsavgift enligt gällande taxa", "GENOMFORD", "nej"),
        ("Tillsynsbesök genomförs enligt tillsynsplan", "DELVIS", "ja"),
        ("Tillsynsavgift faktureras efter genomfört besök", "GENOMFORD", "nej"),
        ("Inkomna handlingar registreras inom två arbetsdagar", "GENOMFORD", "nej"),
        ("Delegationsbeslut anmäls till nämnden", "GENOMFORD", "nej"),
        ("Intäkter för nybyggnadskartor stäms av mot ekonomisystemet", "UTGAR", ""),
        ("Villkor i strandskyddsdispenser följs upp", "SAKNAS", ""),
    ])


# ---------------------------------------------------------------------------
# 6. ÖFN – Word, landscape, status in the FIRST column.
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def file_ofn():
    fil = "ÖFN uppföljning IK tertial 1 2025.docx"
    d = docx.Document()
    d.core_properties.author = "Karin Ek"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Lövsjöhedens kommun\tÖverförmyndarnämnden\tDnr ÖFN 2025/14"
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 1", level=1)
    d.add_paragraph("Överförmyndarnämnden, period januari–april 2025")
    d.add_paragraph(
        "Överförmyndarnämnden antog internkontrollplanen för 2025 den 12 december 2024. Nedan redovisas "
        "status för respektive kontrollmoment efter första tertialet. Kontrollmoment som är planerade till "
        "senare under året redovisas med status Ej påbörjad. Status anges i tabellens första kolumn.")
    rows = [
        ("Genomförd", "Granskning av årsräkningar – stickprov på verifikationer", "Stickprov 10 % av akterna",
         "Handläggare", "Stickprov i 25 akter. Två ställföreträdare har fått komplettera underlag."),
        ("Genomförd", "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         "Stickprov 15 arvodesbeslut", "Enhetschef", "Inga avvikelser."),
        ("Pågår", "Registerkontroll av nya ställföreträdare (belastningsregister och kreditupplysning)",
         "Samtliga nya uppdrag", "Handläggare", "Kontroll gjord för 8 av 14 nya uppdrag."),
        ("Ej påbörjad", "Överförmyndarspärr på bankkonton kontrolleras", "Stickprov 20 akter",
         "Handläggare", "Genomförs i oktober enligt plan."),
        ("Genomförd med avvikelse", "Beslut fattas av rätt delegat enligt delegationsordningen",
         "Genomgång av delegationsbeslut", "Nämndsekreterare",
         "Ett beslut om arvode fattat av handläggare utan delegation. Anmält till nämnden 2025-04-24."),
        ("Utgår", "Akter arkiveras digitalt enligt dokumenthanteringsplanen", "–", "Arkivansvarig",
         "Ersätts av kommunens e-arkivprojekt, beslut ÖFN 2025-02-20 § 9."),
        ("", "Handlingar från ställföreträdare diarieförs inom en vecka", "Stickprov 30 handlingar",
         "Registrator", "Se bilaga 2."),
    ]
    colors = {"Genomförd": "C6EFCE", "Genomförd med avvikelse": "FFEB9C", "Pågår": "FFEB9C",
              "Ej påbörjad": "FFC7CE", "Utgår": "D9D9D9"}
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Status T1", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Resultat och kommentar"]):
        c = t.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        shade(c, "BDD7EE")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
        if row[0] in colors:
            shade(cells[0], colors[row[0]])
    widths = (Cm(3.5), Cm(7.5), Cm(4.5), Cm(3.2), Cm(7.0))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Diarieföringskontroll (separat fil)")
    d.add_paragraph("Karin Ek, enhetschef överförmyndarenheten, 2025-05-08")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Överförmyndarnämnden", "2025", "T1"))
    add_expected(fil, "Överförmyndarnämnden", [
        ("Granskning av årsräkningar – stickprov på verifikationer", "GENOMFORD", "ja"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "GENOMFORD", "nej"),
        ("Registerkontroll av nya ställföreträdare (belastningsregister och kreditupplysning)", "DELVIS", ""),
        ("Överförmyndarspärr på bankkonton kontrolleras", "EJ_GENOMFORD", ""),
        ("Beslut fattas av rätt delegat enligt delegationsordningen", "GENOMFORD", "ja"),
        ("Akter arkiveras digitalt enligt dokumenthanteringsplanen", "UTGAR", ""),
        ("Handlingar från ställföreträdare diarieförs inom en vecka", "OKLAR", ""),
    ])


# ---------------------------------------------------------------------------
# 7. RTF – CSV export with a preamble before the header and a trailer line.
# ---------------------------------------------------------------------------
def file_rtf():
    fil = "export_ik_rtf_20260119.csv"
    pre = [
        ["Rapport: Uppföljning internkontroll"],
        ["Organisation: Räddningstjänstförbundet Lövsjö-Heden"],
        ["Period: Helår 2025"],
        ["Exporterad: 2026-01-19 14:32 av mikael.strand"],
        ["Filter: Alla kontrollmoment", " Status: Alla"],
        [],
    ]
    header = ["ID", "Område", "Kontrollmoment", "Ansvarig", "Status", "Bedömning", "Kommentar",
              "Senast uppdaterad"]
    rows = [
        ["IK-01", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom",
         "Slutförd", "Utan anmärkning", "Stickprov 20 fakturor.", "2025-12-12"],
        ["IK-02", "Ekonomi", "Avgifter för onödiga automatlarm faktureras enligt taxa", "Ekonom",
         "Slutförd", "Med anmärkning",
         "Tre onödiga larm hade inte fakturerats. Fakturerade i efterhand.", "2025-12-15"],
        ["IK-03", "Tillsyn", "Tillsyn enligt LSO genomförs enligt tillsynsplanen", "Tillsynsansvarig",
         "Pågående", "",
         "78 av 110 planerade tillsyner genomförda.\nResterande flyttas till första kvartalet 2026.",
         "2026-01-08"],
        ["IK-04", "Personal", "Arbetad tid för deltidsbrandmän rapporteras korrekt", "HR-specialist",
         "Slutförd", "Utan anmärkning", "", "2025-11-30"],
        ["IK-05", "Materiel", "Andningsskydd testas och dokumenteras enligt föreskrifterna", "Materielansvarig",
         "Slutförd", "Med anmärkning", "Två apparater saknade dokumenterat funktionstest i mars.", "2025-12-01"],
        ["IK-06", "Upphandling", "Inköp görs från avtalade leverantörer", "Förbundsdirektör",
         "Ej påbörjad", "", "Ej genomförd p.g.a. byte av ekonomisystem. Flyttas till 2026.", "2025-10-02"],
        ["IK-07", "IT", "Behörighetsgenomgång i ledningssystemet", "IT-samordnare",
         "Avbruten", "",
         "Avbruten genom beslut i direktionen 2025-06-10 § 22, ersätts av regional granskning.", "2025-06-11"],
        ["IK-08", "Fordon", "Fordonsbesiktningar genomförs inom föreskriven tid", "Fordonsansvarig",
         "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for p in pre:
        w.writerow(p)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    w.writerow([])
    w.writerow(["Antal rader: 8"])
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", "Räddningstjänstförbundet Lövsjö-Heden", "2025", "HELAR"))
    add_expected(fil, "Räddningstjänstförbundet Lövsjö-Heden", [
        ("Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "nej"),
        ("Avgifter för onödiga automatlarm faktureras enligt taxa", "GENOMFORD", "ja"),
        ("Tillsyn enligt LSO genomförs enligt tillsynsplanen", "DELVIS", ""),
        ("Arbetad tid för deltidsbrandmän rapporteras korrekt", "GENOMFORD", "nej"),
        ("Andningsskydd testas och dokumenteras enligt föreskrifterna", "GENOMFORD", "ja"),
        ("Inköp görs från avtalade leverantörer", "EJ_GENOMFORD", ""),
        ("Behörighetsgenomgång i ledningssystemet", "UTGAR", ""),
        ("Fordonsbesiktningar genomförs inom föreskriven tid", "SAKNAS", ""),
    ])


# ---------------------------------------------------------------------------
# 8. Rejected – a budget/drift report in the same "logo + table far down" style.
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Driftredovisning_augusti_2025_BUN.xlsx"
    wb = openpyxl.Workbook()
    fixprops(wb, "Maria Öberg")
    ws = wb.active
    ws.title = "Drift aug"
    ws.merge_cells("A1:C5")
    img = XLImage(logo_png())
    img.anchor = "A1"
    ws.add_image(img)
    ws["E2"] = "Barn- och utbildningsnämnden"
    ws["E2"].font = Font(bold=True, size=14)
    ws["E3"] = "Driftredovisning per 31 augusti 2025 med helårsprognos (tkr)"
    ws.merge_cells("B7:I9")
    ws["B7"] = ("Kommentar: Nämnden prognostiserar ett underskott om 6,4 mnkr för helåret, främst "
                "hänförligt till ökade kostnader för skolskjuts och tilläggsbelopp. Åtgärdsplan "
                "redovisas till nämnden i oktober. Uppföljning av intern kontroll redovisas i separat dokument.")
    ws["B7"].alignment = WRAP
    hdr = ["Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos helår", "Avvikelse mot budget", "Kommentar"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=12, column=5 + i, value=h)
        c.font = BOLD
        c.border = BOX
    data = [
        ("Nämnd och förvaltningsledning", 18400, 11900, 18100, 300, ""),
        ("Förskola", 212600, 141300, 214900, -2300, "Fler barn än budgeterat"),
        ("Grundskola", 398200, 262800, 401000, -2800, "Tilläggsbelopp"),
        ("Gymnasieskola", 141700, 93500, 141200, 500, ""),
        ("Skolskjuts", 22800, 16900, 25100, -2300, "Nytt avtal från augusti"),
        ("Kulturskola", 9600, 6100, 9100, 500, ""),
    ]
    r = 13
    for row in data:
        for i, v in enumerate(row):
            c = ws.cell(row=r, column=5 + i, value=v if v != "" else None)
            c.border = BOX
        r += 1
    ws.cell(row=r, column=5, value="Summa").font = BOLD
    for col in range(6, 10):
        L = get_column_letter(col)
        ws.cell(row=r, column=col, value=f"=SUM({L}13:{L}{r-1})").font = BOLD
    for col, w in zip("EFGHIJ", (30, 13, 14, 13, 18, 28)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Bygg och miljö"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Lövsjö Bostäder AB", "LBAB|Lövsjöbostäder|Lövsjö Bostäder"),
        ("Räddningstjänstförbundet Lövsjö-Heden", "RTF|Räddningstjänsten Lövsjö-Heden|Räddningstjänsten"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r289-")
    try:
        file_ks()
        file_bun()
        file_tn_kfn(tmp)
        file_sn()
        file_mbn()
        file_ofn()
        file_rtf()
        file_reject()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
