#!/usr/bin/python3
"""Round 288 - Tallmora kommun.
Theme: findings and deviations told apart from the controls.
Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import io
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round288"
FIXED = dt.datetime(2026, 1, 20, 9, 0, 0)

EXPECTED = []  # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []     # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
HEADFILL = PatternFill("solid", fgColor="D9E1F2")


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fixed_props_xlsx(wb):
    wb.properties.creator = "Tallmora kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "Tallmora kommun"


def fixed_props_docx(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def soffice_convert(src, fmt, outdir):
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
         "--convert-to", fmt, "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def table_header(ws, row, headers, widths=None):
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = BOLD
        c.fill = HEADFILL
        c.border = BOX
        c.alignment = WRAP
    if widths:
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w


def put_row(ws, row, values):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.border = BOX
        c.alignment = WRAP


# ---------------------------------------------------------------------------
# F1  Kommunstyrelsen, helår 2025 - xlsx, controls sheet + "Avvikelser" sheet
# ---------------------------------------------------------------------------
def f1():
    fil = "KS_internkontroll_2025_helar.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    fixed_props_xlsx(wb)
    ws = wb.active
    ws.title = "Kontroller"
    ws["A1"] = "Tallmora kommun"
    ws["A1"].font = Font(bold=True, size=9, color="666666")
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd: Kommunstyrelsen"
    ws["A3"].font = BOLD
    ws["A4"] = ("Konstaterade avvikelser redovisas på fliken \"Avvikelser\" med hänvisning till "
                "kontrollens nummer. Kolumnen Status anger om kontrollen har utförts.")
    ws["A4"].font = Font(italic=True, size=9)
    ws.merge_cells("A4:G4")
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod / omfattning", "Ansvarig",
           "Status helår", "Kommentar"]
    table_header(ws, 6, hdr, [7, 16, 48, 26, 20, 22, 44])
    rows = [
        ("G", "Ekonomi"),
        ("KS-1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 40 fakturor, mars och oktober", "Redovisningschef", "Genomförd",
         "Se flik Avvikelser.", "GENOMFORD", "ja"),
        ("KS-2", "Representation", "Kontroll av att representation redovisas med syfte och deltagare",
         "Stickprov 20 verifikationer", "Controller", "Genomförd", "", "GENOMFORD", "nej"),
        ("KS-3", "Bokslut", "Avstämning av balanskonton vid månadsbokslut",
         "Månadsvis, samtliga balanskonton", "Redovisningsekonom", "Genomförd",
         "Avstämningar gjorda för samtliga månadsbokslut.", "GENOMFORD", "nej"),
        ("G", "Personal"),
        ("KS-4", "Lön", "Kontroll av att löneutbetalningar vid nyanställning överensstämmer med anställningsavtal",
         "Stickprov 15 nyanställningar", "HR-chef", "Genomförd med avvikelse",
         "", "GENOMFORD", "ja"),
        ("KS-5", "Lön", "Registrering av sjukfrånvaro i lönesystemet inom fem dagar",
         "Stickprov 30 sjukfall per halvår", "Lönechef", "Delvis genomförd",
         "Kontrollen genomförd för våren. Hösten ej granskad på grund av vakans.", "DELVIS", "ja"),
        ("KS-6", "Bisysslor", "Uppföljning av att bisysslor registreras och prövas årligen",
         "Genomgång av samtliga chefers medarbetarsamtal", "HR-strateg", "Ej genomförd",
         "Flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
        ("G", "IT och informationssäkerhet"),
        ("KS-7", "Behörigheter",
         "Behörighetsuppföljning i ekonomisystemet – borttag av behörigheter vid avslutad anställning",
         "Jämförelse användarlista mot avslutade anställningar", "Systemförvaltare", "Genomförd",
         "", "GENOMFORD", "ja"),
        ("KS-8", "IT-drift", "Kontroll av att säkerhetskopiering av verksamhetssystem testas med återläsning",
         "Två återläsningstester per år", "IT-chef", "Utgår",
         "Utgår enligt KS beslut 2025-05-14 § 87, ansvaret har övergått till IT-förbundet.", "UTGAR", ""),
        ("G", "Upphandling och inköp"),
        ("KS-9", "Inköp", "Avtalstrohet – inköp görs från upphandlade leverantörer",
         "Leverantörsreskontra, inköp > 50 tkr", "Upphandlingschef", "Genomförd med anmärkning",
         "Två avvikelser, se flik Avvikelser.", "GENOMFORD", "ja"),
        ("KS-10", "Direktupphandling", "Dokumentation av direktupphandlingar över 100 000 kr",
         "Samtliga direktupphandlingar", "Upphandlingschef", None,
         "Granskningen har inte utförts under året.", "EJ_GENOMFORD", ""),
        ("G", "Administration"),
        ("KS-11", "Diarium", "Kontroll av att inkomna handlingar diarieförs inom tre arbetsdagar",
         "Stickprov 50 handlingar", "Kanslichef", None, None, "SAKNAS", ""),
    ]
    r = 7
    for row in rows:
        if row[0] == "G":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, italic=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
        else:
            put_row(ws, r, row[:7])
            exp(fil, N, row[2], row[7], row[8])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Rapporten fastställd av kommundirektören 2026-01-19. "
            "Redovisas för kommunstyrelsen 2026-02-11.").font = Font(italic=True, size=9)
    ws.freeze_panes = "A7"

    wa = wb.create_sheet("Avvikelser")
    wa["A1"] = "Avvikelser – internkontroll 2025, Kommunstyrelsen"
    wa["A1"].font = Font(bold=True, size=13)
    wa["A2"] = ("Genomförda kontroller som inte finns med på denna flik har inte visat några avvikelser.")
    wa["A2"].font = Font(italic=True, size=9)
    h2 = ["Avv.nr", "Kontroll nr", "Konstaterad avvikelse", "Orsak", "Åtgärd", "Ansvarig",
          "Klart senast", "Status åtgärd"]
    table_header(wa, 4, h2, [8, 11, 50, 30, 40, 18, 13, 14])
    avv = [
        ("A1", "KS-1", "3 av 40 fakturor var attesterade av person som saknade attesträtt för ansvaret.",
         "Attestförteckningen ej uppdaterad efter omorganisation", "Attestförteckningen uppdateras; påminnelse till chefer",
         "Redovisningschef", "2026-02-28", "Pågår"),
        ("A2", "KS-2", "Ingen avvikelse konstaterad – samtliga 20 verifikationer hade syfte och deltagare angivna.",
         "–", "–", "", "", ""),
        ("A3", "KS-4", "Två nyanställda hade fått lön enligt felaktig lönenivå under de två första månaderna.",
         "Manuell inmatning", "Rättat via löneändring; rutin för dubbelkontroll införd",
         "Lönechef", "2025-12-31", "Åtgärdad"),
        ("A4", "KS-5", "Sjukfrånvaro registrerades senare än fem dagar i 6 av 30 fall.",
         "Chefer attesterar sent", "Påminnelse i chefsforum", "HR-chef", "2026-03-31", "Pågår"),
        ("A5", "KS-7", "Fyra användare med avslutad anställning hade kvar aktiv behörighet i ekonomisystemet.",
         "Avslutsrutinen når inte systemförvaltaren", "Automatisk signal från HR-systemet",
         "Systemförvaltare", "2026-04-30", "Pågår"),
        ("A6", "KS-9", "Inköp av konsulttjänster för 310 tkr från leverantör utan avtal.",
         "Ramavtalet hade löpt ut", "Ny upphandling påbörjad", "Upphandlingschef", "2026-06-30", "Pågår"),
        ("A7", "KS-9", "Inköp av möbler för 74 tkr utanför ramavtal.",
         "Okunskap om avtalet", "Information på intranätet", "Upphandlingschef", "2026-01-31", "Åtgärdad"),
    ]
    for i, a in enumerate(avv):
        put_row(wa, 5 + i, a)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F2  Socialnämnden, delår 2025 - docx, control table then "Noterade brister"
# ---------------------------------------------------------------------------
def f2():
    fil = "Socialnämnden uppföljning IKP delår 2025.docx"
    N = "Socialnämnden"
    doc = Document()
    fixed_props_docx(doc, "Socialförvaltningen")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Tallmora kommun\tSocialförvaltningen\tDnr SN 2025/112"
    doc.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    p = doc.add_paragraph()
    p.add_run("Socialnämnden – delårsrapport per 31 augusti 2025").bold = True
    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph(
        "Nämnden beslutade i december 2024 om nio kontroller i internkontrollplanen för 2025. "
        "Per den 31 augusti har sex kontroller genomförts, två pågår och en har inte påbörjats. "
        "Brister har noterats i fyra av de genomförda kontrollerna samt i en av de pågående. "
        "Bristerna beskrivs i avsnittet Noterade brister nedan.")
    doc.add_heading("Kontrollernas status", level=2)
    hdr = ["Nr", "Process", "Kontrollmoment", "Frekvens", "Ansvarig", "Status per 31/8"]
    rows = [
        ("1", "Ekonomiskt bistånd",
         "Kontroll av att beslut om ekonomiskt bistånd fattas i enlighet med delegationsordningen",
         "Två gånger per år", "Enhetschef försörjningsstöd", "Genomförd", "GENOMFORD", "ja"),
        ("2", "Ekonomiskt bistånd",
         "Handläggningstid för ansökningar om ekonomiskt bistånd (nybesök) inom 10 arbetsdagar",
         "Månadsvis", "Enhetschef försörjningsstöd", "Genomförd", "GENOMFORD", "ja"),
        ("3", "Ekonomiskt bistånd",
         "Utbetalningar av ekonomiskt bistånd – kontroll mot dubbelutbetalning",
         "Månadsvis", "Ekonomiassistent", "Genomförd", "GENOMFORD", "nej"),
        ("4", "Barn och unga",
         "Förhandsbedömning av orosanmälan inom 14 dagar",
         "Tertialvis", "Enhetschef barn och unga", "Genomförd¹", "GENOMFORD", "ja"),
        ("5", "Barn och unga",
         "Uppföljning av placerade barns vårdplaner och genomförandeplaner",
         "Halvår", "Enhetschef barn och unga", "Påbörjad", "DELVIS", "ja"),
        ("6", "Arbetsmiljö",
         "Kontroll av att hot- och våldssituationer rapporteras och följs upp enligt rutin",
         "Tertialvis", "Verksamhetschefer", "Genomförd", "GENOMFORD", "nej"),
        ("7", "Personal",
         "Registerkontroll (belastningsregister) vid anställning inom barn- och ungdomsvård",
         "Löpande", "HR-konsult", "Påbörjad", "DELVIS", ""),
        ("8", "Informationssäkerhet",
         "Loggkontroll i verksamhetssystemet (otillbörlig åtkomst till personakter)",
         "Två gånger per år", "Systemförvaltare", "Ej påbörjad²", "EJ_GENOMFORD", ""),
        ("9", "Köp av verksamhet",
         "Avtalstrohet vid köp av externa placeringar (HVB och familjehem via konsulentstödd verksamhet)",
         "Helår", "Placeringssamordnare", "Genomförd", "GENOMFORD", "ja"),
    ]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r[:6]):
            cells[i].text = v
        exp(fil, N, r[2], r[6], r[7])
    widths = [Cm(0.9), Cm(2.8), Cm(6.6), Cm(2.3), Cm(3.0), Cm(2.4)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    n = doc.add_paragraph()
    n.add_run("¹ Genomförd med anmärkning, se avsnittet Noterade brister.\n"
              "² Kontrollen skjuts till hösten på grund av byte av verksamhetssystem.").font.size = Pt(8.5)

    doc.add_heading("Noterade brister", level=2)
    doc.add_paragraph(
        "Kontroll 1: Vid granskningen av 30 beslut om ekonomiskt bistånd konstaterades att två beslut "
        "hade fattats av handläggare som saknade delegation för beslut över norm. Besluten har "
        "omprövats av behörig delegat och delegationsförteckningen har kommunicerats på nytt.")
    doc.add_paragraph(
        "Granskningen av handläggningstider för nybesök visar att 18 procent av ansökningarna under "
        "perioden inte avgjordes inom tio arbetsdagar. Främst gäller det juni och juli då "
        "bemanningen var låg. Förvaltningen förstärker med en visstidsanställd handläggare under hösten.")
    doc.add_paragraph(
        "Förhandsbedömningarna av orosanmälningar (kontroll 4) avslutades inom 14 dagar i 91 procent av "
        "fallen. I nio ärenden överskreds fristen utan att beslut om förlängning dokumenterats.")
    doc.add_paragraph(
        "Kontrollen av vårdplaner och genomförandeplaner (nr 5) har påbörjats. Av de 12 akter som "
        "hittills granskats saknade tre en aktuell genomförandeplan. Resterande akter granskas i oktober.")
    doc.add_paragraph(
        "Vid kontrollen av avtalstrohet vid externa placeringar konstaterades att en placering på HVB "
        "gjordes hos en leverantör som saknar ramavtal med kommunen, utan att direktupphandling "
        "dokumenterats. Placeringen var akut; förvaltningen har infört en mall för dokumentation av "
        "akuta placeringar utanför avtal.")
    doc.add_paragraph(
        "För övriga genomförda kontroller (nr 3 och 6) har inga brister noterats. Registerkontrollen "
        "vid anställning pågår löpande och redovisas i helårsuppföljningen.")
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Socialnämnden godkänner delårsuppföljningen av internkontrollplan 2025.")
    doc.add_paragraph("\nTallmora 2025-09-15\n\nKarin Lundkvist\nSocialchef")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F3  Barn- och utbildningsnämnden, T2 2025 - ods, audit-report columns
# ---------------------------------------------------------------------------
def f3(tmp):
    fil = "BUN IK T2 2025.ods"
    N = "Barn- och utbildningsnämnden"
    wb = Workbook()
    fixed_props_xlsx(wb)
    ws = wb.active
    ws.title = "Tertial 2"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Internkontroll 2025 – uppföljning tertial 2 (maj–augusti)"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Granskningen är utförd av förvaltningens controllergrupp. Bedömningsskala: "
                "Ingen anmärkning – Anmärkning – Allvarlig brist. \"Ej granskad\" = kontrollen har inte "
                "utförts under tertialet. Kolumnen Status åtgärd avser nämndens åtgärd, inte kontrollen.")
    ws["A3"].alignment = WRAP
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:H3")
    ws.row_dimensions[3].height = 42
    hdr = ["Nr", "Kontrollmoment", "Omfattning", "Iakttagelse", "Bedömning", "Rekommendation",
           "Nämndens åtgärd", "Status åtgärd"]
    table_header(ws, 5, hdr, [5, 40, 18, 50, 16, 34, 34, 13])
    rows = [
        ("1", "Kontroll av att elevers frånvaro rapporteras och följs upp enligt rutin",
         "Tre grundskolor",
         "Samtliga tre skolor följer rutinen. Frånvaro registreras dagligen och vårdnadshavare "
         "kontaktas samma dag.", "Ingen anmärkning", "–", "–", "–", "GENOMFORD", "nej"),
        ("2", "Beslut om tilläggsbelopp fattas enligt delegationsordningen",
         "Samtliga beslut maj–aug (22 st)",
         "I 4 av 22 beslut saknades uppgift om delegat och beslutsdatum.",
         "Anmärkning", "Säkerställ att beslutsmallen används.",
         "Beslutsmallen har gjorts obligatorisk i ärendesystemet.", "Åtgärdad", "GENOMFORD", "ja"),
        ("3", "Skolskjuts – kontroll av att beviljade resor överensstämmer med fakturerade resor",
         "Stickprov två månader",
         "Granskningen av maj är klar, juni ska granskas under september. Hittills har inga "
         "differenser konstaterats.", "Ej slutbedömd", "–", "–", "–", "DELVIS", "nej"),
        ("4", "Anmälan om kränkande behandling till huvudman inom fem dagar",
         "Samtliga anmälningar",
         "22 procent av anmälningarna kom till huvudmannen senare än fem arbetsdagar efter "
         "händelsen. Två skolor står för merparten.",
         "Allvarlig brist",
         "Rektorer ska säkerställa att anmälan görs i det digitala systemet samma dag.",
         "Utbildning för rektorer och mentorer i september; uppföljning vid T3.", "Pågår",
         "GENOMFORD", "ja"),
        ("5", "Kontroll av att lärare som undervisar har legitimation och behörighet för ämnet",
         "Samtliga skolor",
         "Kontrollen har inte genomförts under tertialet. Skjuts till T3 på grund av personalbrist "
         "på HR-avdelningen.", "Ej granskad", "–", "–", "–", "EJ_GENOMFORD", ""),
        ("6", "Attest av fakturor för elevresor och studiebesök",
         "Stickprov 25 fakturor",
         "Samtliga 25 fakturor var korrekt attesterade enligt attestordningen.",
         "Ingen anmärkning", "–", "–", "–", "GENOMFORD", "nej"),
        ("7", "Inköp av läromedel görs från avtalade leverantörer", "–",
         "Utgår – ersatt av kommungemensam kontroll i kommunstyrelsens plan "
         "(beslut BUN 2025-04-10 § 41).", "–", "–", "–", "–", "UTGAR", ""),
        ("8", "Utdrag ur belastningsregistret uppvisas före anställning i förskola och skola",
         "Stickprov 30 nyanställda",
         "I 1 av 30 fall uppvisades registerutdraget först efter anställningens start.",
         "Anmärkning", "Utdraget ska kontrolleras innan anställningsavtal skrivs.",
         "Checklistan för rekrytering har kompletterats.", "Åtgärdad", "GENOMFORD", "ja"),
        ("9", "Uppföljning av barngruppernas storlek i förskolan mot Skolverkets riktmärken",
         "Samtliga förskolor", None, None, None, None, None, "SAKNAS", ""),
    ]
    r = 6
    for row in rows:
        put_row(ws, r, row[:8])
        exp(fil, N, row[1], row[8], row[9])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak "
            "tillräcklig. Två anmärkningar och en allvarlig brist har noterats.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r + 2, column=1, value="Controllergruppen, 2025-09-22")

    wl = wb.create_sheet("Bedömningsskala")
    wl["A1"] = "Bedömning"
    wl["B1"] = "Innebörd"
    wl["A1"].font = wl["B1"].font = BOLD
    for i, (a, b) in enumerate([
        ("Ingen anmärkning", "Kontrollen utförd, inga brister"),
        ("Anmärkning", "Kontrollen utförd, enstaka brister som bör åtgärdas"),
        ("Allvarlig brist", "Kontrollen utförd, brister som kräver åtgärd av nämnden"),
        ("Ej slutbedömd", "Kontrollen pågår"),
        ("Ej granskad", "Kontrollen inte utförd under perioden"),
    ], 2):
        wl.cell(row=i, column=1, value=a)
        wl.cell(row=i, column=2, value=b)
    wl.column_dimensions["A"].width = 20
    wl.column_dimensions["B"].width = 55
    src = os.path.join(tmp, "BUN IK T2 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.copy(os.path.join(tmp, "BUN IK T2 2025.ods"), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# F4  System export (two nämnder), delår 2025 - csv cp1252, row types
# ---------------------------------------------------------------------------
def f4():
    fil = "Stratsys_export_IK_2025-09-08.csv"
    VON = "Vård- och omsorgsnämnden"
    KFN = "Kultur- och fritidsnämnden"
    org_von = "Vård- och omsorgsnämnden"
    org_kfn = "Kultur- och fritidsförvaltningen"
    hdr = ["Radtyp", "Organisation", "Id", "Överordnat id", "Rubrik", "Period", "Status",
           "Kommentar", "Ansvarig", "Senast ändrad"]
    T1, DE = "Tertial 1 2025", "Delår 2025"
    R = []

    def proc(org, pid, title):
        R.append(["Process", org, pid, "", title, "", "", "", "", ""])

    def kontroll(org, kid, pid, title, periods, resp, status, avv, namnd):
        for per, stv, kom, date in periods:
            R.append(["Kontrollmoment", org, kid, pid, title, per, stv, kom, resp, date])
        exp(fil, namnd, title, status, avv)

    def finding(org, aid, kid, title, per, stv, kom, resp, date):
        R.append(["Avvikelse", org, aid, kid, title, per, stv, kom, resp, date])

    # --- VON
    proc(org_von, "VON-P1", "Läkemedelshantering")
    kontroll(org_von, "VON-IK-01", "VON-P1",
             "Kontroll av att delegering av läkemedelsöverlämnande är giltig för all omvårdnadspersonal",
             [(T1, "Pågående", "Kontroll påbörjad på 3 av 8 enheter.", "2025-05-06"),
              (DE, "Genomförd", "Kontroll genomförd på samtliga åtta enheter.", "2025-09-02")],
             "MAS", "GENOMFORD", "ja", VON)
    finding(org_von, "AVV-2025-031", "VON-IK-01",
            "Utgångna delegeringar på två enheter", DE, "Åtgärdad",
            "På Björkgården och Solbacken fanns totalt fem medarbetare vars delegering hade gått ut. "
            "Delegeringarna har förnyats efter kunskapstest.", "MAS", "2025-09-02")
    kontroll(org_von, "VON-IK-02", "VON-P1",
             "Signeringslistor för läkemedel kontrolleras månadsvis av sjuksköterska",
             [(DE, "Genomförd", "Kontrollerat jan–aug. Inga avvikelser.", "2025-09-01")],
             "Enhetschef HSL", "GENOMFORD", "nej", VON)
    proc(org_von, "VON-P2", "Myndighetsutövning äldreomsorg")
    kontroll(org_von, "VON-IK-03", "VON-P2",
             "Biståndsbeslut verkställs inom tre månader och ej verkställda beslut rapporteras till IVO",
             [(DE, "Genomförd", "Kontroll gjord per 30 juni.", "2025-08-28")],
             "Enhetschef myndighet", "GENOMFORD", "ja", VON)
    finding(org_von, "AVV-2025-034", "VON-IK-03",
            "Ej verkställda beslut ej rapporterade i tid", DE, "Öppen",
            "Två beslut om särskilt boende som inte verkställts inom tre månader rapporterades inte "
            "till IVO inom föreskriven tid.", "Enhetschef myndighet", "2025-08-28")
    kontroll(org_von, "VON-IK-04", "VON-P2",
             "Genomförandeplaner upprättas inom 14 dagar efter insatsens start",
             [(T1, "Påbörjad", "Stickprov planerat i maj.", "2025-04-29"),
              (DE, "", "", "")],
             "Enhetschefer hemtjänst", "DELVIS", "", VON)
    proc(org_von, "VON-P3", "Ekonomi")
    kontroll(org_von, "VON-IK-05", "VON-P3",
             "Avgiftsberäkning för hemtjänst – stickprov mot inkomstuppgifter",
             [(DE, "Ej påbörjad", "Genomförs under hösten.", "2025-08-30")],
             "Avgiftshandläggare", "EJ_GENOMFORD", "", VON)
    kontroll(org_von, "VON-IK-06", "VON-P3",
             "Kontroll av att fakturor från privata utförare av hemtjänst överensstämmer med utförd tid",
             [(DE, "Genomförd", "Kontroll av fakturor för mars och april.", "2025-09-03")],
             "Controller", "GENOMFORD", "ja", VON)
    finding(org_von, "AVV-2025-035", "VON-IK-06",
            "Överfakturering utförare A", DE, "Under utredning",
            "Utförare A fakturerade 46 timmar mer än registrerad utförd tid i mars.\n"
            "Kreditering begärd.", "Controller", "2025-09-03")
    finding(org_von, "AVV-2025-036", "VON-IK-06",
            "Saknad tidsregistrering utförare C", DE, "Öppen",
            "Utförare C saknade tidsregistrering för vecka 12; fakturan har inte kunnat stämmas av.",
            "Controller", "2025-09-03")
    kontroll(org_von, "VON-IK-07", "VON-P3",
             "Hantering av brukares kontanter och privata medel på särskilda boenden",
             [(DE, "Genomförd", "Kassaboken stämde på samtliga boenden.", "2025-08-25")],
             "Enhetschefer SÄBO", "GENOMFORD", "nej", VON)

    # --- KFN
    proc(org_kfn, "KFN-P1", "Bidrag och taxor")
    kontroll(org_kfn, "KFN-IK-01", "KFN-P1",
             "Kontroll av att föreningsbidrag betalas ut enligt beslutade riktlinjer",
             [(DE, "Genomförd", "Stickprov 15 föreningar.", "2025-08-29")],
             "Föreningskonsulent", "GENOMFORD", "ja", KFN)
    finding(org_kfn, "AVV-2025-029", "KFN-IK-01",
            "Aktivitetsstöd för deltagare över 25 år", DE, "Åtgärdad",
            "En förening hade fått aktivitetsstöd för deltagare över 25 år. Återkrav 6 400 kr.",
            "Föreningskonsulent", "2025-08-29")
    kontroll(org_kfn, "KFN-IK-02", "KFN-P1",
             "Kassahantering i simhallens reception – dagliga kassarapporter stäms av mot bokföring",
             [(T1, "Genomförd", "Inga differenser jan–april.", "2025-05-02"),
              (DE, "Genomförd", "Inga differenser.", "2025-09-01")],
             "Badchef", "GENOMFORD", "nej", KFN)
    kontroll(org_kfn, "KFN-IK-03", "KFN-P1",
             "Uthyrning av lokaler faktureras enligt taxa",
             [(DE, "Utgår", "Kontrollen utgår, bokningssystemet byts under hösten (KFN 2025-03-18 § 22).",
               "2025-03-20")],
             "Bokningsansvarig", "UTGAR", "", KFN)
    proc(org_kfn, "KFN-P2", "Verksamhet")
    kontroll(org_kfn, "KFN-IK-04", "KFN-P2",
             "Biblioteksmedier – inventering och förlustrapportering",
             [(DE, "Delvis genomförd", "Huvudbiblioteket klart, filialerna återstår.", "2025-09-05")],
             "Bibliotekschef", "DELVIS", "ja", KFN)
    finding(org_kfn, "AVV-2025-037", "KFN-IK-04",
            "Förlorade medier ej rapporterade", DE, "Öppen",
            "Förlust av medier till ett värde av 38 tkr hade inte rapporterats eller skrivits av.",
            "Bibliotekschef", "2025-09-05")
    kontroll(org_kfn, "KFN-IK-05", "KFN-P2",
             "Registerkontroll för ledare i lovverksamhet för barn",
             [(DE, "Genomförd", "Kontroll utförd vid rekryteringen till sommarlovsverksamheten.",
               "2025-06-30")],
             "Fritidschef", "GENOMFORD", "nej", KFN)
    kontroll(org_kfn, "KFN-IK-06", "KFN-P2",
             "Attest av representation och interna måltider",
             [(T1, "", "", ""), (DE, "", "", "")],
             "Förvaltningschef", "SAKNAS", "", KFN)

    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(hdr)
    w.writerows(R)
    with open(os.path.join(HERE, fil), "w", encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", VON, "2025", "DELAR"))
    FILES.append((fil, "INLAST", KFN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# F5  Samhällsbyggnadsnämnden, helår 2025 - xls, summary block, Avvikelse (Ja/Nej)
#     nämnd only in print header and file name (SBF)
# ---------------------------------------------------------------------------
def f5(tmp):
    fil = "SBF_IK_helar_2025.xls"
    N = "Samhällsbyggnadsnämnden"
    wb = Workbook()
    fixed_props_xlsx(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.left.text = "Tallmora kommun"
    ws.oddHeader.center.text = "Samhällsbyggnadsnämnden"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontroll helår 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Sammanställning"
    ws["A3"].font = BOLD
    summ = [("Antal kontroller", 10), ("Genomförda", 7), ("Delvis genomförda", 1),
            ("Ej genomförda", 1), ("Utgår", 1), ("Kontroller med avvikelse", 3)]
    for i, (a, b) in enumerate(summ, 4):
        ws.cell(row=i, column=1, value=a).border = BOX
        ws.cell(row=i, column=2, value=b).border = BOX
        ws.merge_cells(start_row=i, start_column=2, end_row=i, end_column=3)
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status¹", "Avvikelse (Ja/Nej)",
           "Kommentar / åtgärd"]
    HR = 11
    table_header(ws, HR, hdr, [22, 46, 24, 18, 16, 11, 46])
    rows = [
        (1, "Kontroll av att bygglov handläggs inom lagstadgad tid (10 veckor)",
         "Stickprov 25 ärenden", "Bygglovschef", "Genomförd", "Ja",
         "3 av 25 ärenden överskred tidsfristen; avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
        (2, "Debitering av bygglovsavgifter enligt taxa", "Stickprov 20 ärenden", "Administratör",
         "Genomförd", "Nej", None, "GENOMFORD", "nej"),
        (3, "Delegationsbeslut anmäls till nämnden", "Samtliga beslut", "Nämndsekreterare",
         "Genomförd", "Nej", "Samtliga beslut anmälda.", "GENOMFORD", "nej"),
        (4, "Kontroll av att tillsyn enligt PBL följer tillsynsplanen", "Jämförelse mot plan",
         "Byggnadsinspektör", "Genomförd*", "Nej", None, "DELVIS", "nej"),
        (5, "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor",
         "Förvaltningsekonom", "Genomförd", None,
         "Två fakturor saknade andra attest, rättat i efterhand.", "GENOMFORD", "ja"),
        (6, "Kontroll av avtalstrohet vid inköp av entreprenadtjänster", "Leverantörsreskontra",
         "Förvaltningsekonom", "Delvis genomförd", "Ja",
         "Granskat januari–juni; ett inköp av markarbeten (185 tkr) utan avtal.", "DELVIS", "ja"),
        (7, "Lantmäteriförrättningar – uppföljning av handläggningstider", "–", "Stadsbyggnadschef",
         "Utgår", "–", "Utgår, verksamheten överförd till Lantmäteriet 2025-01-01.", "UTGAR", ""),
        (8, "Uppföljning av att förelägganden om ovårdade tomter efterlevs", "Samtliga förelägganden",
         "Byggnadsinspektör", "Ej genomförd", "–", "Ej genomförd på grund av resursbrist.",
         "EJ_GENOMFORD", ""),
        (9, "Kontroll av arkivering av detaljplaneärenden i e-arkivet", "Stickprov 10 planer",
         "Arkivredogörare", "Genomförd", "Nej", None, "GENOMFORD", "nej"),
        (10, "Behörigheter i ärendehanteringssystemet ses över", "Användarlista mot personallista",
         "Systemförvaltare", "Genomförd", "Ja",
         "Två konsulter hade kvar behörighet efter avslutat uppdrag. Borttaget 2025-11-04.",
         "GENOMFORD", "ja"),
    ]
    r = HR + 1
    for row in rows:
        put_row(ws, r, row[:7])
        exp(fil, N, row[1], row[7], row[8])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="¹ Status avser läget per 31 december 2025.").font = Font(size=8)
    ws.cell(row=r + 1, column=1, value="* Kontrollen omfattar endast första halvåret. Andra halvårets "
            "tillsyn granskas i februari 2026.").font = Font(size=8)
    ws.print_title_rows = f"{HR}:{HR}"
    ws.page_setup.orientation = "landscape"
    src = os.path.join(tmp, "SBF_IK_helar_2025.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", tmp)
    shutil.copy(os.path.join(tmp, "SBF_IK_helar_2025.xls"), os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F6  Tekniska nämnden, T1 2025 - docx, easy
# ---------------------------------------------------------------------------
def f6():
    fil = "Tekniska nämnden - internkontroll tertial 1 2025.docx"
    N = "Tekniska nämnden"
    doc = Document()
    fixed_props_docx(doc, "Tekniska förvaltningen")
    doc.add_heading("Tekniska nämnden", level=1)
    doc.add_paragraph("Uppföljning av internkontrollplan 2025 – tertial 1 (januari–april)")
    hdr = ["Kontrollmoment", "Genomförd (Ja/Nej/Delvis)", "Avvikelser / iakttagelser", "Åtgärd"]
    rows = [
        ("Kontroll av fordonsförmåner och körjournaler för kommunens bilar", "Ja",
         "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Egenkontroll av dricksvattenkvalitet enligt provtagningsprogram", "Ja",
         "Ett prov i Norrbyn visade förhöjd halt av koliforma bakterier; "
         "kokningsrekommendation utfärdades i tre dagar.",
         "Spolning av ledningsnätet och extra provtagning.", "GENOMFORD", "ja"),
        ("Kontroll av att vinterväghållning utförs enligt entreprenadavtal", "Delvis",
         "Två av tre entreprenörer granskade, inga avvikelser hittills.", "Den tredje granskas i maj.",
         "DELVIS", "nej"),
        ("Inventering av kommunens maskiner och verktyg", "Nej", "Planeras till tertial 2.", "",
         "EJ_GENOMFORD", ""),
        ("Fakturering av VA-avgifter – kontroll mot mätarställning", "Ja",
         "12 abonnenter hade debiterats enligt schablon trots avläst mätare.",
         "Rättelsefakturor skickade.", "GENOMFORD", "ja"),
        ("Skyddsronder på återvinningscentralerna", "Ja", "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Kontroll av att ÄTA-arbeten i byggprojekt beslutas enligt delegation", "Ja", "", "",
         "GENOMFORD", ""),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = ""
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r[:4]):
            cells[i].text = v
        exp(fil, N, r[0], r[4], r[5])
    doc.add_paragraph("")
    doc.add_paragraph("Tallmora 2025-05-12, Per Eriksson, teknisk chef")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "T1"))


# ---------------------------------------------------------------------------
# F7  Tallmora Bostäder AB, helår 2025 - xlsx, codes per tertial + Iakttagelser sheet
# ---------------------------------------------------------------------------
def f7():
    fil = "Tallmora Bostäder - IK-uppföljning 2025.xlsx"
    N = "Tallmora Bostäder AB"
    wb = Workbook()
    fixed_props_xlsx(wb)
    wi = wb.active
    wi.title = "Instruktion"
    for i, line in enumerate([
        "Instruktion för ifyllnad",
        "1. Fyll i statuskod för varje tertial i kolumnerna T1, T2 och T3 (helår).",
        "2. Statuskoder: G = Genomförd, P = Påbörjad, E = Ej påbörjad/ej genomförd, U = Utgår.",
        "3. Iakttagelser (fel och brister som upptäckts) förs in på fliken Iakttagelser och "
        "hänvisas till i kolumnen Iakttagelse.",
        "4. Skicka filen till ekonomienheten senast 2026-01-16.",
    ], 1):
        wi.cell(row=i, column=1, value=line)
    wi["A1"].font = Font(bold=True, size=13)
    wi.column_dimensions["A"].width = 100

    ws = wb.create_sheet("Kontrollplan")
    ws["A1"] = "Tallmora Bostäder AB – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning helår (T3) – fastställs av styrelsen 2026-02-05"
    ws["A2"].font = Font(italic=True)
    # two header rows
    top = ["ID", "Process", "Risk", "Kontrollmoment", "Risk-värde", "Ansvarig", "Frekvens",
           "Uppföljning", None, None, "Iakttagelse (se flik)", "Kommentar"]
    sub = [None] * 7 + ["T1", "T2", "T3 (helår)"] + [None, None]
    for i, v in enumerate(top, 1):
        c = ws.cell(row=4, column=i, value=v)
        c.font = BOLD
        c.fill = HEADFILL
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    for i, v in enumerate(sub, 1):
        c = ws.cell(row=5, column=i, value=v)
        c.font = BOLD
        c.fill = HEADFILL
        c.border = BOX
        c.alignment = Alignment(horizontal="center")
    for col in [1, 2, 3, 4, 5, 6, 7, 11, 12]:
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.merge_cells(start_row=4, start_column=8, end_row=4, end_column=10)
    for i, w in enumerate([8, 16, 30, 46, 7, 16, 12, 6, 6, 10, 14, 40], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    fills = {"G": "92D050", "P": "FFEB84", "E": "FF7C80", "U": "BFBFBF"}
    rows = [
        ("TB-01", "Uthyrning", "Felaktig hyra debiteras",
         "Hyresavisering – kontroll att nya hyresavtal registreras med rätt hyra", 9,
         "Uthyrningschef", "Tertial", "G", "G", "G", "I-1", "", "GENOMFORD", "ja"),
        ("TB-02", "Ekonomi", "Kundförluster",
         "Kontroll av hyresfordringar och inkassoärenden", 6, "Ekonomichef", "Tertial",
         "P", "P", "G", "–", "", "GENOMFORD", "nej"),
        ("TB-03", "Underhåll", "Felaktiga utbetalningar",
         "Attest av fakturor från underhållsentreprenörer", 12, "Fastighetschef", "Halvår",
         "G", "G", "G", "I-2, I-3", "", "GENOMFORD", "ja"),
        ("TB-04", "Förvaltning", "Olycksrisk för barn",
         "Besiktning av lekplatser enligt SS-EN 1176", 8, "Områdeschef", "Årlig",
         "E", "P", None, None, "Besiktning av 14 av 22 lekplatser klar i augusti.", "DELVIS", ""),
        ("TB-05", "Förvaltning", "Brand i trapphus",
         "Systematiskt brandskyddsarbete (SBA) – egenkontroll i trapphus", 12, "Säkerhetssamordnare",
         "Tertial", "G", "G", "G", "I-4", "", "GENOMFORD", "ja"),
        ("TB-06", "Uthyrning", "Förtroendeskada vid förtur",
         "Uthyrning av lägenheter följer uthyrningspolicyn (kötid)", 6, "Uthyrningschef", "Årlig",
         "–", "–", "G", "–", "Stickprov 30 kontrakt.", "GENOMFORD", "nej"),
        ("TB-07", "IT", "Obehörig åtkomst",
         "Behörigheter i fastighetssystemet ses över två gånger per år", 8, "IT-samordnare", "Halvår",
         "–", "–", "E", "", "Flyttad till 2026 på grund av systemuppgradering.", "EJ_GENOMFORD", ""),
        ("TB-08", "Energi", "Felaktig förbrukningsdebitering",
         "Energiuppföljning – manuell avläsning av mätare i samtliga fastigheter", 4, "Energiingenjör",
         "Månad", "U", None, None, None, "Utgår, ersatt av automatisk mätinsamling från februari.",
         "UTGAR", ""),
        ("TB-09", "Upphandling", "Jäv och oegentligheter",
         "Kontroll av att jäv hanteras vid upphandling av entreprenader", 9, "VD", "Årlig",
         None, None, None, None, None, "SAKNAS", ""),
        ("TB-10", "Förvaltning", "Obehörigt tillträde",
         "Nyckel- och passagehantering – kvittenser för utlämnade nycklar", 6, "Områdeschef", "Tertial",
         "G", "G", "G", "I-5", "", "GENOMFORD", "ja"),
        ("TB-11", "Uthyrning", "Felaktiga debiteringar vid avflyttning",
         "Kontroll av lägenhetsbesiktningar och debitering vid avflyttning", 6, "Uthyrningschef",
         "Årlig", "–", "–", "Se bilaga", None, None, "OKLAR", ""),
    ]
    r = 6
    for row in rows:
        put_row(ws, r, row[:12])
        for col in (8, 9, 10):
            v = row[col - 1]
            ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top",
                                                             wrap_text=True)
            if v in fills:
                ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor=fills[v])
        exp(fil, N, row[3], row[12], row[13])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring: G = Genomförd, P = Påbörjad, "
            "E = Ej påbörjad/ej genomförd, U = Utgår. Risk-värde = sannolikhet × konsekvens (1–16).")
    ws.cell(row=r, column=1).font = Font(size=9, italic=True)
    ws.freeze_panes = "E6"

    wk = wb.create_sheet("Iakttagelser")
    wk["A1"] = "Iakttagelser internkontroll 2025"
    wk["A1"].font = Font(bold=True, size=13)
    wk["A2"] = ("Genomförda kontroller utan hänvisning i kolumnen Iakttagelse har inte gett upphov "
                "till några iakttagelser.")
    wk["A2"].font = Font(italic=True, size=9)
    h = ["Nr", "Avser kontroll", "Iakttagelse", "Bedömning", "Rekommendation", "Bolagets åtgärd", "Klart"]
    table_header(wk, 4, h, [6, 12, 50, 12, 36, 36, 12])
    ik = [
        ("I-1", "TB-01", "2 av 40 nya hyresavtal hade registrerats med föregående års hyresnivå.",
         "Medel", "Dubbelkontroll vid registrering", "Checklista införd", "2025-10-01"),
        ("I-2", "TB-03", "Fakturor för akuta vattenskador attesterades av samma person som beställt arbetet.",
         "Hög", "Tillämpa dualitetsprincipen", "Attestflödet ändrat i fakturasystemet", "2025-11-15"),
        ("I-3", "TB-03", "Tre fakturor saknade hänvisning till arbetsorder.",
         "Låg", "Arbetsorder ska anges på faktura", "Information till entreprenörer", "2025-12-01"),
        ("I-4", "TB-05", "Brännbart material (barnvagnar, kartonger) i trapphus på Storgatan 12 och Ekvägen 3.",
         "Hög", "Information och uppföljande rond", "Hyresgäster informerade, ny rond i januari", "2026-01-31"),
        ("I-5", "TB-10", "Kvittens saknades för 11 av 60 utlämnade huvudnycklar.",
         "Medel", "Inventering av huvudnycklar", "Inventering pågår", "2026-03-31"),
    ]
    for i, a in enumerate(ik):
        put_row(wk, 5 + i, a)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F8  Reject: HSL/SoL deviation statistics, not an internal-control follow-up
# ---------------------------------------------------------------------------
def f8():
    fil = "Avvikelser_VOF_jan-aug_2025.xlsx"
    wb = Workbook()
    fixed_props_xlsx(wb)
    ws = wb.active
    ws.title = "Avvikelser HSL SoL"
    ws["A1"] = "Sammanställning av avvikelser enligt HSL och SoL, januari–augusti 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Vård- och omsorgsförvaltningen, medicinskt ansvarig sjuksköterska (MAS). " \
               "Underlag till patientsäkerhetsberättelsen."
    hdr = ["Avvikelsetyp", "Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Summa",
           "Varav allvarliga", "Kommentar"]
    table_header(ws, 4, hdr, [30] + [6] * 9 + [10, 40])
    data = [
        ("Läkemedel – utebliven dos", [14, 11, 16, 12, 9, 13, 18, 15], 1,
         "Ökning under semesterperioden"),
        ("Läkemedel – fel dos/fel patient", [3, 2, 4, 1, 2, 3, 5, 2], 0, ""),
        ("Fall utan skada", [22, 19, 25, 21, 18, 20, 17, 19], 0, ""),
        ("Fall med skada", [4, 3, 5, 2, 4, 3, 2, 3], 2, "Två höftfrakturer"),
        ("Vårdrelaterad infektion", [1, 0, 2, 1, 0, 0, 1, 0], 0, ""),
        ("Brister i dokumentation", [6, 5, 7, 4, 6, 3, 2, 5], 0, ""),
        ("Lex Sarah-rapporter", [1, 0, 0, 2, 0, 1, 0, 1], 1, "En anmäld till IVO"),
    ]
    for i, (t, vals, allv, kom) in enumerate(data, 5):
        put_row(ws, i, [t] + vals + [sum(vals), allv, kom])
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Tallmora Bostäder AB", "Tallmorabostäder|TBAB|Bostadsbolaget"),
]


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    tmp = tempfile.mkdtemp(prefix="r288_")
    try:
        f1()
        f2()
        f3(tmp)
        f4()
        f5(tmp)
        f6()
        f7()
        f8()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
