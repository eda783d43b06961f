#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 110 – Strömsjö kommun, helår 2025.

Builds the inbox files of the round plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3 from any directory; files are written next to this script.
"""
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
import xlwt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import H, P, Span

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round110"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    ("Socialnämnden", "SN|SOC|Socialförvaltningen"),
    ("Barn- och utbildningsnämnden", "BUN|BUF|Barn- och utbildningsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|KoF|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|TF|Tekniska förvaltningen"),
    ("Gemensamma miljö- och byggnämnden", "MBN|GMBN|Miljö- och byggnämnden|Miljö- och byggförvaltningen"),
    ("Gemensamma överförmyndarnämnden", "ÖFN|Överförmyndarnämnden|Överförmyndarenheten|Överförmyndarnämnden Strömsjö–Björkvik"),
    ("Gemensamma lönenämnden", "LN|LÖN|Lönenämnden|Lönecenter Mittbygd"),
    ("Gemensamma IT-nämnden", "ITN|IT-nämnden|Mittbygd IT|IT-förvaltningen"),
    ("Gemensamma servicenämnden", "SEN|Servicenämnden|Serviceförvaltningen|Kost och lokalvård"),
    ("Direktionen för Räddningstjänstförbundet Mittbygd", "RTJ|Räddningstjänstförbundet Mittbygd|Räddningstjänsten Mittbygd|Förbundsdirektionen"),
    ("Strömsjöhem AB", "Strömsjöhem|Styrelsen för Strömsjöhem AB|AB Strömsjöhem"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]

# ---------------------------------------------------------------- fills
GREEN = "00B050"
YELLOW = "FFFF00"
BLUE = "9BC2E6"
RED = "FF0000"
GREY = "BFBFBF"
PURPLE = "7030A0"   # violet, not in the legend


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ================================================================ file 1
def file1():
    fil = "IK uppföljning 2025 gemensamma nämnder (ÖFN LN ITN).xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Instruktion"
    ws["A1"] = "Uppföljning av internkontrollplaner 2025 – gemensamma nämnder med Strömsjö som värdkommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = ("Varje gemensam nämnd redovisar på sin egen flik. Ange status genom att färglägga cellerna i kolumnerna "
                "\"Status T2\" och \"Status helår\". Skriv inte i statuscellerna. Beskriv resultatet i kommentarskolumnen.")
    ws["A3"].alignment = WRAP
    ws.merge_cells("A3:F4")
    ws["A6"] = "Färgförklaring"
    ws["A6"].font = Font(bold=True)
    legend = [
        (GREEN, "Kontrollen genomförd – inga avvikelser"),
        (YELLOW, "Kontrollen genomförd – avvikelser noterade (beskriv i kommentar)"),
        (BLUE, "Kontrollen påbörjad men inte slutförd"),
        (RED, "Kontrollen ej genomförd"),
        (GREY, "Kontrollmomentet utgår (ange beslut i kommentar)"),
    ]
    r = 7
    for col, txt in legend:
        ws.cell(row=r, column=1).fill = fill(col)
        ws.cell(row=r, column=1).border = BORDER
        ws.cell(row=r, column=2, value=txt)
        r += 1
    ws["A13"] = "Sista dag för inlämning: 2026-01-16 till ekonomienheten, Strömsjö kommun."
    ws["A14"] = "Kontaktperson: Karin Nordlund, controller, tfn 0611-34 82 10"
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 70

    # --- summary sheet (not controls)
    ss = wb.create_sheet("Sammanfattning")
    ss["A1"] = "Sammanfattning helår 2025"
    ss["A1"].font = Font(bold=True, size=12)
    hdr = ["Nämnd", "Antal kontrollmoment", "Grön", "Gul", "Blå", "Röd", "Grå", "Ej ifylld/annat"]
    for i, h in enumerate(hdr, 1):
        c = ss.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BORDER
    rows = [("ÖFN", 4, 1, 1, 0, 1, 0, 1), ("LN", 4, 1, 1, 0, 1, 1, 0), ("ITN", 4, 1, 1, 1, 0, 0, 1)]
    for j, row in enumerate(rows, 4):
        for i, v in enumerate(row, 1):
            ss.cell(row=j, column=i, value=v).border = BORDER
    ss.cell(row=7, column=1, value="Summa").font = Font(bold=True)
    for i in range(2, 9):
        ss.cell(row=7, column=i, value="=SUM(%s4:%s6)" % (get_column_letter(i), get_column_letter(i)))
    ss.column_dimensions["A"].width = 14
    ss.column_dimensions["B"].width = 22

    headers = ["Nr", "Process", "Kontrollmoment", "Metod/omfattning", "Frekvens", "Status T2",
               "Status helår", "Kommentar helår", "Åtgärd"]
    widths = [5, 20, 45, 30, 12, 10, 10, 55, 30]

    sheets = [
        ("ÖFN", "Gemensamma överförmyndarnämnden",
         ["Överförmyndarnämnden Strömsjö–Björkvik",
          "Internkontrollplan 2025 – uppföljning helår (T3)",
          "Status anges med färg enligt fliken Instruktion"],
         [
             ("Tillsyn ställföreträdare",
              "Granskning av årsräkningar – samtliga inkomna årsräkningar granskade senast 30 juni",
              "Uttag ur Wärna, jämförelse inkomstdatum/granskningsdatum", "1 ggr/år", YELLOW, YELLOW,
              "7 av 412 årsräkningar granskades efter 30 juni p.g.a. begärda kompletteringar.",
              "Påminnelserutin för kompletteringar ses över.", "GENOMFORD", "ja"),
             ("Tillsyn ställföreträdare",
              "Arvoden till ställföreträdare beslutas enligt nämndens riktlinje",
              "Stickprov 20 arvodesbeslut", "1 ggr/år", None, GREEN,
              "Inga avvikelser.", "", "GENOMFORD", "nej"),
             ("Rekrytering ställföreträdare",
              "Lämplighetsprövning (belastningsregister, kreditupplysning) innan förordnande",
              "Stickprov 10 nya förordnanden", "2 ggr/år", BLUE, RED,
              "Kontrollen har inte genomförts under hösten p.g.a. vakans på handläggartjänst. Flyttas till 2026.",
              "Tas med i IKP 2026.", "EJ_GENOMFORD", "nej"),
             ("Informationssäkerhet",
              "Behörigheter i Wärna motsvarar befattning",
              "Behörighetslista jämförs med personalförteckning", "2 ggr/år", GREEN, PURPLE,
              "Se separat redovisning till nämnden 2026-01-22.", "", "OKLAR", "nej"),
         ]),
        ("LN", "Gemensamma lönenämnden",
         ["Lönecenter Mittbygd – uppföljning av internkontrollplan 2025",
          "Helårsuppföljning, avser perioden 2025-01-01 – 2025-12-31",
          ""],
         [
             ("Löneutbetalning",
              "Manuella löneutbetalningar attesteras av två personer",
              "Stickprov 30 manuella utbetalningar", "Kvartalsvis", GREEN, GREEN,
              "Samtliga 30 stickprov korrekt attesterade.", "", "GENOMFORD", "nej"),
             ("Löneutbetalning",
              "Felaktiga löneutbetalningar följs upp och återkrävs",
              "Rapport negativa nettolöner och återkravslista", "Månadsvis", YELLOW, YELLOW,
              "12 felaktiga utbetalningar (totalt 84 tkr) p.g.a. sent inrapporterade avslut. Återkrav skickade, 9 reglerade.",
              "Påminnelse till chefer om rapportering av avslut.", "GENOMFORD", "ja"),
             ("Anställning",
              "Avslut av anställning registreras i Heroma senast sista anställningsdag",
              "Jämförelse avslutsdatum/registreringsdatum", "2 ggr/år", RED, RED,
              "Ej genomförd. Rapport saknas i Heroma, beställd av leverantören.", "", "EJ_GENOMFORD", "nej"),
             ("Behörigheter",
              "Behörighetskontroll i lönesystemet (Heroma) två gånger per år",
              "Behörighetslista granskas av lönechef", "2 ggr/år", GREY, GREY,
              "Utgår enl. beslut LN 2025-05-20 § 14 – ingår i ITN:s behörighetskontroll.", "", "UTGAR", "nej"),
         ]),
        ("ITN", "Gemensamma IT-nämnden",
         ["Internkontroll 2025 – uppföljning",
          "Helår",
          ""],
         [
             ("Konton och behörigheter",
              "AD-konton för avslutade anställningar inaktiveras inom 5 arbetsdagar",
              "Stickprov mot HR-systemets avslut", "2 ggr/år", BLUE, GREEN,
              "Stickprov december (50 avslut): samtliga inaktiverade i tid.", "", "GENOMFORD", "nej"),
             ("Drift",
              "Återläsningstest av säkerhetskopior (backup) för verksamhetskritiska system",
              "Test av återläsning för tre system", "1 ggr/år", GREEN, None,
              "Årlig kontroll utförd i maj, redovisad vid T2. Inga avvikelser.", "", "GENOMFORD", "nej"),
             ("Licenser och avtal",
              "Licensinventering – antal licenser motsvarar avtal (Microsoft 365)",
              "Jämförelse licensportal/avtal", "1 ggr/år", None, BLUE,
              "Inventering pågår, klar februari 2026.", "", "DELVIS", "nej"),
             ("Informationssäkerhet",
              "Loggkontroll av åtkomst till journalsystem (Treserva) – stickprov",
              "Stickprov 25 journalslagningar/kvartal", "Kvartalsvis", GREEN, YELLOW,
              "Genomförd. 2 fall av otillåten åtkomst identifierade, anmälda till personuppgiftsansvarig och DSO.",
              "Information till berörda enheter.", "GENOMFORD", "ja"),
         ]),
    ]
    for sname, namnd, titles, ctrls in sheets:
        sh = wb.create_sheet(sname)
        for i, t in enumerate(titles, 1):
            if t:
                sh.cell(row=i, column=1, value=t)
        sh["A1"].font = Font(bold=True, size=13)
        sh.merge_cells("A1:I1")
        for i, h in enumerate(headers, 1):
            c = sh.cell(row=5, column=i, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("1F4E78")
            c.border = BORDER
            c.alignment = WRAP
        for i, w in enumerate(widths, 1):
            sh.column_dimensions[get_column_letter(i)].width = w
        r = 6
        prev_proc = None
        start = 6
        for n, (proc, km, met, frek, t2, ha, kom, atg, st, avv) in enumerate(ctrls, 1):
            vals = [n, proc, km, met, frek, None, None, kom, atg]
            for i, v in enumerate(vals, 1):
                c = sh.cell(row=r, column=i, value=v if v != "" else None)
                c.border = BORDER
                c.alignment = WRAP
            if t2:
                sh.cell(row=r, column=6).fill = fill(t2)
            if ha:
                sh.cell(row=r, column=7).fill = fill(ha)
            sh.row_dimensions[r].height = 45
            exp(fil, namnd, km, st, avv)
            r += 1
        # merge process cells where consecutive rows share the process
        rr = 6
        while rr < r:
            v = sh.cell(row=rr, column=2).value
            end = rr
            while end + 1 < r and sh.cell(row=end + 1, column=2).value == v:
                end += 1
            if end > rr:
                for k in range(rr + 1, end + 1):
                    sh.cell(row=k, column=2).value = None
                sh.merge_cells(start_row=rr, start_column=2, end_row=end, end_column=2)
            rr = end + 1
        sh.cell(row=r + 1, column=1, value="Uppföljningen behandlad av nämnden " +
                ("2026-01-22" if sname == "ÖFN" else "2026-01-27" if sname == "LN" else "2026-01-29"))
        sh.freeze_panes = "A6"
        FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    wb.save(os.path.join(OUT, fil))


# ================================================================ file 2
def file2():
    fil = "Samhällsbyggnad - uppföljning internkontroll helår 2025.docx"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for s in d.sections:
        s.left_margin = Cm(2)
        s.right_margin = Cm(2)
    p = d.add_paragraph()
    r = p.add_run("Strömsjö kommun\nSamhällsbyggnadsavdelningen")
    r.font.size = Pt(9)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Dnr TN 2025/118, MBN 2025/302\n2026-01-14").font.size = Pt(9)
    d.add_heading("Uppföljning av internkontrollplaner per 31 december 2025", level=0)
    d.add_paragraph(
        "Denna rapport redovisar helårsuppföljningen av internkontrollplanerna 2025 för de två nämnder som "
        "administreras av samhällsbyggnadsavdelningen: Tekniska nämnden och den med Björkviks kommun "
        "gemensamma miljö- och byggnämnden. Varje nämnd behandlar sin del av rapporten. Resultatet "
        "sammanställs därefter av kommunstyrelsen i den kommungemensamma bedömningen av den interna kontrollen.")
    p = d.add_paragraph()
    p.add_run("Teckenförklaring: ").bold = True
    p.add_run("✔ = kontroll genomförd utan anmärkning   ✔! = kontroll genomförd, avvikelse noterad   "
              "◐ = påbörjad/delvis genomförd   ✘ = ej genomförd   – = kontrollmomentet utgår")

    # --- Tekniska nämnden
    d.add_heading("1. Tekniska nämnden", level=1)
    d.add_paragraph(
        "Tekniska nämnden antog internkontrollplanen för 2025 den 12 februari 2025 (§ 9). Planen omfattar sex "
        "kontrollmoment. Tre av dessa har genomförts helt eller delvis. Förvaltningen bedömer att den interna "
        "kontrollen i huvudsak varit tillräcklig men att rutinen för anmälan av delegationsbeslut behöver stärkas.")
    tn = [
        ("Inköp", "Avtalstrohet – stickprov 25 fakturor från ramavtalsleverantörer (entreprenad)", "✔",
         "Inga avvikelser. Samtliga inköp gjorda hos avtalsleverantör.", "GENOMFORD", "nej"),
        ("Ekonomi", "Beslutsattest av leverantörsfakturor sker av behörig enligt attestförteckning", "✔!",
         "3 fakturor attesterade av ersättare som inte fanns med i attestförteckningen. Förteckningen uppdaterad i oktober.",
         "GENOMFORD", "ja"),
        ("Kansli", "Delegationsbeslut anmäls till nämnden vid nästkommande sammanträde", "✘",
         "Ej genomförd p.g.a. byte av nämndsekreterare. Flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", "nej"),
        ("Fordon", "Körjournaler för kommunens fordon förs och attesteras månadsvis", "◐",
         "Två av fyra enheter (gata/park och VA) kontrollerade. Fastighet och kost återstår.", "DELVIS", "nej"),
        ("Gata/park", "Årlig huvudbesiktning av lekplatser dokumenteras", "–",
         "Utgår enligt beslut TN 2025-05-14 § 42; ingår i ordinarie underhållsplan.", "UTGAR", "nej"),
        ("Ekonomi", "Representation och interna möten – syfte och deltagare dokumenteras", "?",
         "", "OKLAR", "nej"),
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Område", "Kontrollmoment", "Utfall", "Kommentar"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for omr, km, utf, kom, stt, avv in tn:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text = omr, km, utf, kom
        c[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, "Tekniska nämnden", km, stt, avv)
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "HELAR"))

    d.add_paragraph()
    d.add_heading("2. Miljö- och byggnämnden (gemensam nämnd Strömsjö–Björkvik)", level=1)
    d.add_paragraph(
        "Miljö- och byggnämnden är en gemensam nämnd för Strömsjö och Björkviks kommuner med Strömsjö som "
        "värdkommun. Nämnden följer upp sin plan vid delår och helår. Tabellen nedan visar utfallet vid båda "
        "tillfällena; helårskolumnen avser läget per 31 december 2025.")
    mbn = [
        ("Bygglov", "Handläggningstid för bygglov (10 veckor) hålls", "✔", "✔!",
         "4 av 212 ärenden överskred 10 veckor; avgiften reducerades enligt PBL 12 kap. 8 a §.", "GENOMFORD", "ja"),
        ("Livsmedelskontroll", "Debitering av årliga tillsynsavgifter (livsmedel) sker enligt taxa", "◐", "✔",
         "Samtliga anläggningar fakturerade i november.", "GENOMFORD", "nej"),
        ("Tillsyn", "Jävsdeklarationer finns för samtliga inspektörer", "✘", "",
         "Har inte genomförts under året. Mall för jävsdeklaration tas fram och införs 2026.", "EJ_GENOMFORD", "nej"),
        ("Delegation", "Delegationsbeslut redovisas till nämnden månadsvis", "✔", "✔",
         "", "GENOMFORD", "nej"),
        ("Diarieföring", "Tillsynsärenden diarieförs och arkiveras enligt dokumenthanteringsplan", "", "",
         "", "SAKNAS", "nej"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Process/rutin", "Kontrollmoment", "Delår 31/8", "Helår", "Avvikelse/åtgärd"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for pr, km, dl, hl, kom, stt, avv in mbn:
        c = t.add_row().cells
        c[0].text, c[1].text, c[2].text, c[3].text, c[4].text = pr, km, dl, hl, kom
        exp(fil, "Gemensamma miljö- och byggnämnden", km, stt, avv)
    FILES.append((fil, "INLAST", "Gemensamma miljö- och byggnämnden", "2025", "HELAR"))

    d.add_paragraph()
    d.add_paragraph("Strömsjö 2026-01-14")
    d.add_paragraph("Erik Sandström\nSamhällsbyggnadschef")
    d.save(os.path.join(OUT, fil))


# ================================================================ file 3
def file3():
    fil = "stratsys_ik_uppfoljning_20260115.csv"
    header = ["Förvaltning", "Process", "Kontrollmoment", "Kontrollmetod", "Period", "Bedömning",
              "Genomförandegrad", "Kommentar", "Avvikelse (J/N)"]
    # each control: list of period rows (period, bedömning, grad, kommentar, avv) + expected
    data = [
        ("Socialförvaltningen", "Socialnämnden", [
            ("Myndighetsutövning LSS", "LSS-beslut verkställs inom tre månader, annars rapport till IVO",
             "Uttag ur Treserva ej verkställda beslut",
             [("2025 Tertial 2", "Pågående", "60%", "Genomgång av kvartal 1–2 klar.", "N"),
              ("2025 Helår", "Genomförd", "100%", "Samtliga ej verkställda beslut rapporterade till IVO i tid.", "N")],
             "GENOMFORD", "nej"),
            ("Ekonomiskt bistånd", "Stickprov 20 utbetalningar ekonomiskt bistånd – underlag och beslut finns",
             "Stickprov per tertial",
             [("2025 Tertial 2", "Genomförd", "100%", "Inga avvikelser.", "N"),
              ("2025 Helår", "Genomförd", "100%", "2 utbetalningar saknade underlag för hyra, återkrav initierat.", "J")],
             "GENOMFORD", "ja"),
            ("Dataskydd", "Kontroll av loggar i Treserva avseende otillbörlig åtkomst",
             "Loggutdrag 10 slumpvisa personakter",
             [("2025 Tertial 2", "Ej påbörjad", "0%", "", "N"),
              ("2025 Helår", "", "50%", "Loggkontroll genomförd för IFO, ej för vård och omsorg.", "N")],
             "DELVIS", "nej"),
            ("Inköp", "Avtalstrohet vid köp av placeringar (HVB) enligt ramavtal",
             "Stickprov placeringsbeslut mot avtalslista",
             [("2024 Helår", "Ej genomförd", "0%", "Ej hunnits med.", "N"),
              ("2025 Tertial 2", "Pågående", "40%", "", "N"),
              ("2025 Helår", "Genomförd", "100%", "Stickprov 15 placeringar, 2 utanför ramavtal (akuta placeringar).", "J")],
             "GENOMFORD", "ja"),
        ]),
        ("Barn- och utbildningsförvaltningen", "Barn- och utbildningsnämnden", [
            ("Personal", "Utdrag ur belastningsregistret uppvisas vid nyanställning",
             "Stickprov 20 nyanställda",
             [("2025 Helår", "Genomförd", "100%", "Samtliga 20 hade uppvisat utdrag.", "N")],
             "GENOMFORD", "nej"),
            ("Skolskjuts", "Fakturerade skolskjutskörningar stäms av mot beställning",
             "Avstämning två månader per termin",
             [("2025 Tertial 2", "Genomförd", "100%", "Vårterminen kontrollerad.", "N"),
              ("2025 Helår", "Delvis genomförd", "75%", "Höstterminen kontrolleras i januari 2026.", "N")],
             "DELVIS", "nej"),
            ("Elevhälsa/trygghet", "Anmälan om kränkande behandling till huvudman inom 5 dagar",
             "Uttag ur DF Respons",
             [("2025 Tertial 2", "Genomförd", "100%", "", "N"),
              ("2025 Helår", "Genomförd", "100%", "11 av 84 anmälningar kom in senare än 5 dagar.", "J")],
             "GENOMFORD", "ja"),
            ("Tillgångar", "Inventarieförteckning över IT-utrustning (elevdatorer) är aktuell",
             "Inventering på två skolor",
             [("2025 Tertial 2", "Ej påbörjad", "0%", "", "N"),
              ("2025 Helår", "Ej genomförd", "0%", "Skjuts till 2026 p.g.a. byte av inventariesystem.", "N")],
             "EJ_GENOMFORD", "nej"),
        ]),
        ("Kultur- och fritidsförvaltningen", "Kultur- och fritidsnämnden", [
            ("Kontanthantering", "Oanmäld kassainventering i simhall och bibliotek",
             "Två inventeringar per år",
             [("2025 Tertial 2", "Genomförd", "100%", "", "N"),
              ("2025 Helår", "Genomförd", "100%", "Kassorna stämde vid båda tillfällena.", "N")],
             "GENOMFORD", "nej"),
            ("Föreningsbidrag", "Föreningsbidrag – underlag (medlemsförteckning, aktivitetskort) kontrolleras",
             "Stickprov 8 föreningar",
             [("2025 Helår", "Genomförd", "100%", "En förening har fått återbetala 18 tkr för felaktigt redovisade aktiviteter.", "J")],
             "GENOMFORD", "ja"),
            ("Ekonomi", "Representation och interna måltider följer riktlinjen",
             "Stickprov 10 verifikationer",
             [("2025 Tertial 2", "Utgår", "", "Utgår enligt beslut KFN 2025-09-17 § 61, ingår i KS kontroll.", "N"),
              ("2025 Helår", "Utgår", "", "Se T2.", "N")],
             "UTGAR", "nej"),
        ]),
    ]
    lines = [";".join(header)]
    for forv, namnd, ctrls in data:
        for proc, km, met, periods, stt, avv in ctrls:
            for per, bed, grad, kom, a in periods:
                row = [forv, proc, km, met, per, bed, grad, kom, a]
                lines.append(";".join(('"%s"' % v) if (";" in v or "," in v) else v for v in row))
            exp(fil, namnd, km, stt, avv)
        FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ================================================================ file 4 (plan, rejected)
def file4():
    fil = "Internkontrollplan 2026 KFN.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2026"
    ws["A1"] = "Internkontrollplan 2026 – Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Antagen av kultur- och fritidsnämnden 2025-12-10, § 87"
    ws["A3"] = "Riskvärde = sannolikhet × konsekvens (1–4). Risker med värde 9 eller högre tas med i planen."
    hdr = ["Process", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Metod",
           "Frekvens", "Ansvarig", "Rapporteras"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.border = BORDER
    rows = [
        ("Kontanthantering", "Kassadifferenser, stöld", 3, 3, "Oanmäld kassainventering i simhall och bibliotek",
         "Två oanmälda inventeringar", "2 ggr/år", "Controller", "T2, helår"),
        ("Föreningsbidrag", "Bidrag betalas ut på felaktiga grunder", 3, 4,
         "Kontroll av underlag för aktivitetsbidrag", "Stickprov 10 föreningar", "1 ggr/år", "Föreningskonsulent", "Helår"),
        ("Lokalbokning", "Felaktig debitering av hyror", 3, 3, "Bokningar i Interbook debiteras enligt taxa",
         "Stickprov 30 bokningar", "2 ggr/år", "Bokningsansvarig", "T2, helår"),
        ("Inköp", "Inköp utanför avtal", 3, 3, "Avtalstrohet – inköp av förbrukningsmaterial",
         "Stickprov 20 fakturor", "1 ggr/år", "Administrativ chef", "Helår"),
        ("Barn och unga", "Personal utan registerkontroll arbetar med barn", 2, 4,
         "Utdrag ur belastningsregistret för personal på fritidsgårdar och feriejobb", "Kontroll av samtliga nyanställda",
         "Löpande", "Enhetschef fritid", "T2, helår"),
        ("Informationssäkerhet", "Obehörig åtkomst till bibliotekets låntagarregister", 2, 4,
         "Behörigheter i bibliotekssystemet Koha", "Behörighetslista mot personalförteckning", "1 ggr/år",
         "Bibliotekschef", "Helår"),
        ("Delegation", "Beslut fattas utan delegation", 3, 3, "Delegationsbeslut anmäls till nämnden",
         "Genomgång av protokoll", "2 ggr/år", "Nämndsekreterare", "T2, helår"),
    ]
    for j, (pr, risk, s, k, km, met, frek, ans, rap) in enumerate(rows, 6):
        vals = [pr, risk, s, k, "=C%d*D%d" % (j, j), km, met, frek, ans, rap]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=j, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
    for i, w in enumerate([18, 30, 11, 11, 10, 45, 30, 12, 18, 12], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.cell(row=14, column=1, value="Uppföljning sker enligt kolumnen Rapporteras. Rapportering i Stratsys.")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ================================================================ file 5 (KS, ods via LibreOffice)
def file5():
    fil = "KS uppföljning internkontrollplan 2025.ods"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning internkontrollplan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd/styrelse:"
    ws["C3"] = "Kommunstyrelsen"
    ws["A4"] = "År:"
    ws["C4"] = 2025
    ws["A5"] = "Uppföljningstillfälle:"
    ws["C5"] = "Bokslut"
    for c in ("A3", "A4", "A5"):
        ws[c].font = Font(bold=True)
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Utfall 2024", "Iakttagelser 2025", "Förslag på åtgärder", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("E2EFDA")
        c.border = BORDER
        c.alignment = WRAP
    blocks = [
        ("Ekonomi", [
            ("Leverantörsfakturor – dubbelbetalningar analyseras i Qlik", "Ej genomförd",
             "Två dubbelbetalningar (sammanlagt 31 tkr) identifierade. Beloppen har återbetalats av leverantörerna.",
             "Spärr mot dubbla fakturanummer aktiveras i Raindance.", "Granskning genomförd", "GENOMFORD", "ja"),
            ("Attesträtter uppdaterade i Raindance efter organisationsförändring", "Granskning genomförd",
             "Samtliga attesträtter uppdaterade per 1 april. Inga avvikelser.", "Ingen åtgärd", "Granskning genomförd",
             "GENOMFORD", "nej"),
            ("Momsredovisning – ingående moms på representation", "–",
             "Avdrag för ingående moms hade gjorts med för högt belopp på 6 verifikationer. Rättat i december.",
             "Information till attestanter.", "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ]),
        ("HR", [
            ("Bisysslor – chefers bisysslor är inventerade och bedömda", "Pågår",
             "Enkät skickad till samtliga chefer, 70 % har svarat. Bedömning av svaren pågår.",
             "Påminnelse skickas i januari.", "Pågår", "DELVIS", "nej"),
            ("Rehabiliteringsärenden dokumenteras i Adato", "Granskning genomförd",
             "Granskningen har inte kunnat genomföras då HR-specialist slutat.", "Flyttas till 2026.",
             "Granskning ej genomförd", "EJ_GENOMFORD", "nej"),
        ]),
        ("Kansli", [
            ("Delegationsbeslut anmäls till kommunstyrelsen", "Granskning genomförd",
             "Samtliga delegationslistor har anmälts. Inga avvikelser.", "", "Granskning genomförd", "GENOMFORD", "nej"),
            ("Dataskydd – registerförteckning (art. 30 GDPR) är uppdaterad", "Granskning genomförd",
             "", "", "Se bilaga", "OKLAR", "nej"),
        ]),
        ("Upphandling", [
            ("Direktupphandlingar över 100 tkr dokumenteras", "Granskning genomförd",
             "Kontrollen har genomförts. 6 av 22 direktupphandlingar saknade dokumentation enligt riktlinjen.",
             "Utbildning för beställare våren 2026.", "", "GENOMFORD", "ja"),
            ("Avtalstrohet – andel inköp hos avtalsleverantör (kommunövergripande)", "Granskning genomförd",
             "Avbruten genom beslut KS 2025-06-11 § 112. Ersätts av inköpsanalys 2026.", "", "Avbruten",
             "UTGAR", "nej"),
        ]),
    ]
    r = 8
    n = 1
    for proc, ctrls in blocks:
        start = r
        for km, u24, iakt, atg, status, stt, avv in ctrls:
            vals = [n, proc if r == start else None, km, u24, iakt, atg, status]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v if v != "" else None)
                c.border = BORDER
                c.alignment = WRAP
            exp(fil, "Kommunstyrelsen", km, stt, avv)
            r += 1
            n += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summa: 9 kontrollmoment")
    ws.cell(row=r + 2, column=1, value="Sammanställt av: Anna Lindqvist, kommunsekreterare, 2026-01-20")
    for i, w in enumerate([5, 16, 40, 18, 50, 30, 22], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "KS uppföljning internkontrollplan 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.move(os.path.join(tmp, fil), os.path.join(OUT, fil))
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))


# ================================================================ file 6 (RTJ, odt free text)
def file6():
    fil = "RTJ Mittbygd intern kontroll 2025.odt"
    namnd = "Direktionen för Räddningstjänstförbundet Mittbygd"
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    small = Style(name="Liten", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt"))
    doc.automaticstyles.addElement(small)
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm"))
    doc.styles.addElement(h2)

    def para(text, style=None):
        p = P(stylename=style, text=text) if style else P(text=text)
        doc.text.addElement(p)

    para("Räddningstjänstförbundet Mittbygd – kommunalförbund för Strömsjö, Björkvik och Lövnäs kommuner", small)
    para("Tjänsteskrivelse 2026-02-03, dnr RTJ 2026/14", small)
    doc.text.addElement(H(outlinelevel=1, stylename=h1,
                          text="Helårsuppföljning av internkontrollplan 2025"))
    para("Direktionen antog internkontrollplanen för 2025 den 6 februari 2025. I planen ingår sex kontrollmoment. "
         "Nedan redovisas resultatet av varje kontrollmoment för helåret 2025. Förbundet redovisar ingen särskild "
         "delårsuppföljning; kontrollerna har utförts löpande under året.")
    para("Förbundschefens sammanfattande bedömning är att den interna kontrollen i huvudsak har fungerat, men att "
         "två kontrollmoment inte har kunnat slutföras fullt ut.")
    ctrls = [
        ("Tillsynsbesök enligt LSO genomförs enligt tillsynsplan",
         ["Under året genomfördes 118 av 126 planerade tillsynsbesök. Åtta tillsyner har flyttats till 2026 på grund "
          "av vakans. Kontrollen är genomförd och avvikelsen mot tillsynsplanen har rapporterats till direktionen "
          "i november."], "GENOMFORD", "ja"),
        ("Beredskapsersättning till deltidsbrandmän – stickprov mot schema",
         ["Stickprov av 40 ersättningsrader i oktober har stämts av mot beredskapsschemat. Inga fel hittades."],
         "GENOMFORD", "nej"),
        ("Underhåll och besiktning av andningsskydd",
         ["Kontrollen har påbörjats men endast station Strömsjö är klar. Stationerna i Björkvik och Lövnäs "
          "återstår och kontrolleras under första kvartalet 2026."], "DELVIS", "nej"),
        ("Debitering av onödiga automatlarm",
         ["Kontrollen har inte genomförts under 2025. Ansvarig handläggare har varit tjänstledig och ingen "
          "ersättare har utsetts."], "EJ_GENOMFORD", "nej"),
        ("Uppföljning av sotningsentreprenörens rapportering av brandskyddskontroller",
         ["Utgår. Direktionen beslutade 2025-04-03, § 19, att kontrollmomentet utgår eftersom "
          "sotningsavtalet sagts upp och ny entreprenör börjar först 2026."], "UTGAR", "nej"),
        ("Drivmedelskort och fordonsbokning",
         ["Kontroll av samtliga drivmedelskort genomfördes i november. Ett kort saknades; det har spärrats och "
          "förlusten har polisanmälts. Inga felaktiga tankningar har hittats."], "GENOMFORD", "ja"),
    ]
    for i, (km, texts, stt, avv) in enumerate(ctrls, 1):
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text="%d. %s" % (i, km)))
        for t in texts:
            para(t)
        exp(fil, namnd, km, stt, avv)
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Förslag till beslut"))
    para("Direktionen godkänner helårsuppföljningen av internkontrollplan 2025 och lägger den till handlingarna.")
    para("")
    para("Magnus Östlund")
    para("Förbundschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ================================================================ file 7 (Servicenämnden, real .xls)
def file7():
    fil = "Servicenämnden IK T3 2025.xls"
    namnd = "Gemensamma servicenämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("T3 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                      "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    cen = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz center, vert top")
    ws.write(0, 0, "Servicenämnden (kost och lokalvård) – uppföljning intern kontroll", title)
    ws.write(1, 0, "Tertial 3 2025")
    ws.write(2, 0, "Redovisas till servicenämnden 2026-02-10")
    cols = ["Kontrollområde", "Kontrollmoment", "Kod T1", "Kod T2", "Kod T3", "Kommentar T3"]
    for i, h in enumerate(cols):
        ws.write(4, i, h, hdr)
    rows = [
        ("Kost – inköp", "Avtalstrohet mot livsmedelsavtalet (stickprov 10 fakturor/månad)", "1", "1", "1",
         "", "GENOMFORD", "nej"),
        ("Kost – livsmedelssäkerhet", "Egenkontroll enligt HACCP dokumenteras i tillagningskök", "2", "2", "1",
         "Klart i samtliga 9 kök.", "GENOMFORD", "nej"),
        ("Kost – miljö", "Matsvinn vägs och rapporteras varje vecka", "", "2", "2",
         "Rapportering från 6 av 9 kök.", "DELVIS", "nej"),
        ("Lokalvård – ekonomi", "Attest av fakturor för städmaterial", "1", "1", "1*",
         "*Två fakturor attesterade av fel person, rättat.", "GENOMFORD", "ja"),
        ("Lokalvård – personal", "Arbetstid registreras i Time Care och stäms av mot schema", "2", "3", "3",
         "Ej genomförd, systemet byts 2026.", "EJ_GENOMFORD", "nej"),
        ("Lokalvård – arbetsmiljö", "Kemikalieförteckning är uppdaterad på alla städcentraler", "1", "", "5",
         "", "OKLAR", "nej"),
        ("Gemensamt", "Nycklar och passerkort kvitteras och återlämnas vid avslut", "1", "4", "",
         "", "UTGAR", "nej"),
    ]
    r = 5
    for omr, km, k1, k2, k3, kom, stt, avv in rows:
        ws.write(r, 0, omr, cell)
        ws.write(r, 1, km, cell)
        for j, k in enumerate((k1, k2, k3)):
            if k.isdigit():
                ws.write(r, 2 + j, int(k), cen)
            else:
                ws.write(r, 2 + j, k, cen)
        ws.write(r, 5, kom, cell)
        exp(fil, namnd, km, stt, avv)
        r += 1
    r += 1
    ws.write(r, 0, "Kommentar T2 (nycklar/passerkort): kontrollmomentet utgår fr.o.m. T2, ansvaret har "
                   "flyttats till Tekniska förvaltningen enligt beslut SEN 2025-06-03 § 31.")
    r += 2
    ws.write(r, 4, "Koder", bold)
    legend = ["1 = Genomförd", "2 = Delvis genomförd", "3 = Ej genomförd", "4 = Utgår"]
    for i, t in enumerate(legend, 1):
        ws.write(r + i, 4, t)
    ws.write(r + 6, 0, "Kontaktperson: Lena Berg, servicechef")
    for i, w in enumerate([22, 55, 8, 8, 8, 45]):
        ws.col(i).width = w * 256
    path = os.path.join(OUT, fil)
    wb.save(path)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ================================================================ file 8 (Strömsjöhem AB, txt export)
def file8():
    fil = "Stromsjohem_IK_2025_arsuppfoljning.txt"
    namnd = "Strömsjöhem AB"
    ctrls = [
        ("Hyresavisering – samtliga uthyrda objekt aviseras", "Ekonomichef", "Uppfylld",
         "Avstämning objektsregister mot aviseringslista i december. Inga differenser.", "Nej", "GENOMFORD", "nej"),
        ("Hyresfordringar – påminnelse och inkasso enligt kravrutin", "Ekonomichef", "Uppfylld",
         "3 ärenden överlämnades till inkasso senare än rutinen anger.", "Ja", "GENOMFORD", "ja"),
        ("Upphandling av entreprenader följer LOU", "Fastighetschef", "Delvis uppfylld",
         "Granskning av 4 av 7 upphandlingar klar, resterande under januari.", "Nej", "DELVIS", "nej"),
        ("Förtroendekänsliga poster (representation, resor, gåvor)", "VD", "Ej uppfylld",
         "Kontrollen har inte hunnit genomföras under året.", "Nej", "EJ_GENOMFORD", "nej"),
        ("Systematiskt brandskyddsarbete i bostadsområdena", "Förvaltare", "Ej aktuell",
         "Hanteras i bolagets SBA-rond, ingår inte i internkontrollen 2025.", "Nej", "UTGAR", "nej"),
        ("Lägenhetsförmedling sker enligt uthyrningspolicyn", "Uthyrningschef", "?",
         "", "", "OKLAR", "nej"),
    ]
    L = []
    L.append("HYPERGENE  |  Rapport: Internkontroll – uppföljning kontrollpunkter")
    L.append("Organisation : Strömsjöhem AB (helägt dotterbolag till Strömsjö kommun)")
    L.append("Period       : 2025-01-01 -- 2025-12-31  (Årsuppföljning)")
    L.append("Utskriven    : 2026-01-19 08:14  av  SVEN.HOLM")
    L.append("=" * 72)
    L.append("")
    for i, (km, ans, bed, kom, avv, stt, ex) in enumerate(ctrls, 1):
        L.append("Kontrollpunkt %d av %d" % (i, len(ctrls)))
        L.append("  Rubrik           : %s" % km)
        L.append("  Kontrollansvarig : %s" % ans)
        L.append("  Bedömning        : %s" % bed)
        L.append("  Kommentar        : %s" % kom)
        L.append("  Avvikelse        : %s" % avv)
        L.append("-" * 72)
        exp(fil, namnd, km, stt, ex)
    L.append("")
    L.append("Bedömningsskala: Uppfylld / Delvis uppfylld / Ej uppfylld / Ej aktuell")
    L.append("Rapporten har behandlats av styrelsen för Strömsjöhem AB 2026-02-12 och lämnas till kommunstyrelsen")
    L.append("enligt ägardirektivet.")
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(L) + "\r\n")
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2], row
            f.write(";".join(row) + "\n")


if __name__ == "__main__":
    file1()
    file2()
    file3()
    file4()
    file5()
    file6()
    file7()
    file8()
    write_csvs()
    print("files:", len(set(r[0] for r in FILES)), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))
