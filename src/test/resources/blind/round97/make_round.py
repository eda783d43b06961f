#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 97 – Älvhamns stad (Västra Götaland), delår 2025 (per 31 augusti).
Builds every file of the round plus namnder.csv, files.csv and expected.csv."""
import os, csv, datetime
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import xlwt
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, H, Span

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)

def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))

# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
REGISTER = [
    ("Kommunstyrelsen", "KS|Stadsledningskontoret|SLK|Kommunstyrelsen Älvhamn"),
    ("Stadsdelsnämnden Älvsnäs", "SDN Älvsnäs|Stadsdelsförvaltningen Älvsnäs|SDF Älvsnäs|Älvsnäs"),
    ("Stadsdelsnämnden Kvarnby", "SDN Kvarnby|Stadsdelsförvaltningen Kvarnby|SDF Kvarnby|Kvarnby"),
    ("Stadsdelsnämnden Östra Centrum", "SDN Östra Centrum|SDN ÖC|Stadsdelsförvaltningen Östra Centrum|SDF Östra Centrum"),
    ("Stadsdelsnämnden Sjöbacka", "SDN Sjöbacka|Stadsdelsförvaltningen Sjöbacka|SDF Sjöbacka"),
    ("Utbildningsnämnden", "UN|Utbildningsförvaltningen|UBF"),
    ("Kulturnämnden", "KN|Kulturförvaltningen|Kulturförv"),
    ("Idrotts- och föreningsnämnden", "IFN|Idrotts- och föreningsförvaltningen|Idrott o förening|Idrott och förening"),
    ("Fastighetsnämnden", "FN|Fastighetskontoret|FK"),
    ("Trafiknämnden", "TN|Trafikkontoret"),
    ("Älvhamnsbostäder AB", "Älvhamns Bostads AB|ÄBAB|Älvhamnsbostäder|Bostadsbolaget"),
    ("Räddningstjänstförbundet Storälv", "RSTÄ|Räddningstjänsten Storälv|Storälvs räddningstjänstförbund|Direktionen för Räddningstjänstförbundet Storälv"),
]

thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ===========================================================================
# 1. Hypergene export, two stadsdelsnämnder, one row per control and period
# ===========================================================================
def file_hypergene():
    fil = "Hypergene_Internkontroll_SDF_2025-09-15.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Internkontroll – uppföljning av kontrollmoment"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Utskriven: 2025-09-15 08:42   Användare: EKO\\maria.lindqvist"
    ws["A3"] = ("Urval: Organisation = Stadsdelsförvaltningen Älvsnäs, Stadsdelsförvaltningen Kvarnby; "
                "Plan = Internkontrollplan 2025; Perioder = T1 2025, Delår 2025")
    for c in ("A2", "A3"):
        ws[c].font = Font(italic=True, size=9, color="555555")
    hdr = ["Objekt-ID", "Organisation", "Process", "Kontrollmoment", "Kontrollansvarig",
           "Frekvens", "Period", "Status", "Avvikelse", "Kommentar", "Senast ändrad"]
    r0 = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=r0, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BORDER
        c.alignment = WRAP

    A = "Stadsdelsförvaltningen Älvsnäs"
    K = "Stadsdelsförvaltningen Kvarnby"
    NA = "Stadsdelsnämnden Älvsnäs"
    NK = "Stadsdelsnämnden Kvarnby"
    # (id, org, process, km, ansvarig, frekvens, [(period, status, avv, kommentar, ändrad)], expected status, avv)
    controls = [
        ("IK25-0141", A, "Ekonomi",
         "Kontroll att attest av leverantörsfakturor sker enligt attestreglementet (stickprov 20 fakturor)",
         "Controller", "Tertialvis",
         [("T1 2025", "Genomförd", "Nej", "20 fakturor granskade. Inga avvikelser.", "2025-05-06"),
          ("Delår 2025", "Genomförd med avvikelse", "Ja",
           "2 av 20 fakturor attesterade av vikarierande enhetschef som inte fanns i attestförteckningen. "
           "Attestförteckningen uppdaterad 2025-08-28.", "2025-09-02")],
         "GENOMFORD", "ja"),
        ("IK25-0142", A, "Individ- och familjeomsorg",
         "Delegationsbeslut inom IFO anmäls till nämnden vid nästkommande sammanträde",
         "Nämndsekreterare", "Tertialvis",
         [("T1 2025", "Pågående", "", "Genomgång av beslut jan–mars påbörjad.", "2025-05-08"),
          ("Delår 2025", "Genomförd", "Nej", "Samtliga delegationsbeslut jan–juli anmälda. Inga avvikelser.", "2025-09-01")],
         "GENOMFORD", "nej"),
        ("IK25-0143", A, "Individ- och familjeomsorg",
         "Handläggningstid för beslut om ekonomiskt bistånd (stickprov 15 ärenden)",
         "Enhetschef försörjningsstöd", "Tertialvis",
         [("T1 2025", "Ej påbörjad", "", "", "2025-05-08"),
          ("Delår 2025", "Pågående", "", "Stickprov för maj–juni klart, augusti återstår. Hittills inga överskridanden.", "2025-09-03")],
         "DELVIS", "nej"),
        ("IK25-0144", A, "Funktionsstöd",
         "Kontroll att gynnande LSS-beslut verkställs inom tre månader",
         "Kvalitetsstrateg", "Tertialvis",
         [("T1 2025", "Genomförd", "Nej", "Samtliga beslut verkställda inom tre månader.", "2025-05-07"),
          ("Delår 2025", "", "",
           "Kontrollen har inte gjorts för perioden maj–augusti på grund av vakans på tjänsten som kvalitetsstrateg. "
           "Tas upp i T3.", "2025-09-04")],
         "EJ_GENOMFORD", "nej"),
        ("IK25-0145", A, "Ekonomi",
         "Representation och förtroendekänsliga poster – granskning av konton 7610–7690",
         "Ekonomichef", "Årligen",
         [("Delår 2025", "Genomförd", "Nej", "Samtliga 34 verifikationer jan–jul granskade. Syfte och deltagare angivna.", "2025-08-29")],
         "GENOMFORD", "nej"),
        ("IK25-0146", A, "Informationssäkerhet",
         "Kontroll av behörigheter i verksamhetssystemet Treserva",
         "Systemförvaltare", "Tertialvis",
         [("T1 2025", "Ej påbörjad", "", "Invänta besked från stadsledningskontoret.", "2025-05-08"),
          ("Delår 2025", "Ej aktuell", "",
           "Utgår – behörighetskontrollen görs centralt av Stadsledningskontoret från och med 2025 enligt KS beslut 2025-03-12 § 41.",
           "2025-09-01")],
         "UTGAR", "nej"),
        ("IK25-0211", K, "Ekonomi",
         "Kontroll att attest av leverantörsfakturor sker enligt attestreglementet (stickprov 20 fakturor)",
         "Controller", "Tertialvis",
         [("T1 2025", "Genomförd", "Nej", "Inga avvikelser.", "2025-05-12"),
          ("Delår 2025", "Genomförd", "Nej", "Inga avvikelser.", "2025-09-05")],
         "GENOMFORD", "nej"),
        ("IK25-0212", K, "Inköp",
         "Avtalstrohet – stickprov på inköp utanför ramavtal",
         "Inköpssamordnare", "Tertialvis",
         [("T1 2025", "Pågående", "", "Uttag av inköpsdata beställt.", "2025-05-12"),
          ("Delår 2025", "Pågående", "",
           "Analys av inköpsdata jan–jun klar. Rapport till ledningsgruppen i oktober.", "2025-09-05")],
         "DELVIS", "nej"),
        ("IK25-0213", K, "Äldreomsorg",
         "Kontroll av tidrapportering för timavlönade inom hemtjänsten",
         "Enhetschef hemtjänst", "Tertialvis",
         [("T1 2025", "Genomförd med avvikelse", "Ja",
           "Felaktig OB-ersättning i 4 fall (totalt 6 120 kr). Korrigerat i majlönen, rutin förtydligad.", "2025-05-13"),
          ("Delår 2025", "Genomförd", "Nej", "Inga nya avvikelser efter förtydligad rutin.", "2025-09-05")],
         "GENOMFORD", "ja"),
        ("IK25-0214", K, "Äldreomsorg",
         "Dokumentation av genomförandeplaner inom särskilt boende",
         "MAS", "Tertialvis",
         [("T1 2025", "Pågående", "", "Granskning av 10 planer på Kvarnbygården påbörjad.", "2025-05-13"),
          ("Delår 2025", "Ej rapporterad", "", "", "2025-08-31")],
         "SAKNAS", "nej"),
        ("IK25-0215", K, "Gemensamt",
         "Synpunkter och klagomål registreras och besvaras inom 14 dagar",
         "Kvalitetsutvecklare", "Tertialvis",
         [("T1 2025", "Ej påbörjad", "", "", "2025-05-13"),
          ("Delår 2025", "Ej genomförd", "", "Skjuts till hösten på grund av byte av e-tjänst för synpunkter.", "2025-09-05")],
         "EJ_GENOMFORD", "nej"),
        ("IK25-0216", K, "Äldreomsorg",
         "Kassainventering av handkassor på träffpunkter för äldre",
         "Enhetschef träffpunkter", "En gång (T1)",
         [("T1 2025", "Genomförd", "Nej", "Kassainventering gjord på fyra träffpunkter i mars. Kassorna stämde.", "2025-04-02")],
         "GENOMFORD", "nej"),
    ]
    r = r0 + 1
    for cid, org, proc, km, ans, frek, periods, st, avv in controls:
        for per, pst, pavv, kom, andr in periods:
            vals = [cid, org, proc, km, ans, frek, per, pst, pavv, kom,
                    datetime.datetime.strptime(andr, "%Y-%m-%d")]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
            ws.cell(row=r, column=11).number_format = "yyyy-mm-dd"
            r += 1
        exp(fil, NA if org == A else NK, km, st, avv)
    ws.cell(row=r + 1, column=1, value=f"Antal rader: {r - r0 - 1}").font = Font(italic=True, size=9)
    widths = [11, 30, 22, 55, 22, 13, 12, 22, 10, 60, 13]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"
    ws.auto_filter.ref = f"A{r0}:K{r - 1}"
    wb.properties.creator = "Hypergene"
    wb.save(fil)
    FILES.append((fil, "INLAST", NA, "2025", "DELAR"))
    FILES.append((fil, "INLAST", NK, "2025", "DELAR"))

# ===========================================================================
# 2. Word report, Utbildningsnämnden, table split over two pages, header repeated
# ===========================================================================
def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)

def mark_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)

def file_word_un():
    fil = "Uppföljning internkontrollplan delår 2025 Utbildningsnämnden.docx"
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.8))
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    hp = sec.header.paragraphs[0]
    hp.text = "ÄLVHAMNS STAD\tUtbildningsförvaltningen\tDnr UN 2025/00318"
    p = d.add_paragraph()
    run = p.add_run("Tjänsteskrivelse\n2025-09-11")
    run.font.size = Pt(9)
    d.add_heading("Uppföljning av Utbildningsnämndens internkontrollplan 2025 – delår per 31 augusti", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Utbildningsnämnden godkänner uppföljningen av internkontrollplanen per 31 augusti 2025 "
                    "och överlämnar den till kommunstyrelsen.")
    d.add_heading("Ärendet", level=2)
    d.add_paragraph("Nämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 164). Planen omfattar nio "
                    "kontrollmoment. Nedan redovisas resultatet av de kontroller som genomförts till och med augusti. "
                    "Kontroller som ska genomföras under hösten redovisas i samband med verksamhetsberättelsen.")
    d.add_paragraph("Bedömning anges som Genomförd, Delvis genomförd, Pågår, Ej genomförd eller Utgår.")

    hdr = ["Nr", "Process", "Kontrollmoment", "Metod / omfattning", "Resultat per 31 augusti", "Bedömning"]
    widths = [Cm(1.0), Cm(3.2), Cm(5.6), Cm(4.2), Cm(9.0), Cm(2.9)]
    FIL_UN = "Utbildningsnämnden"
    rows1 = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor – stickprov 25 fakturor per tertial",
         "Stickprov i Raindance, controller", "50 fakturor granskade (T1 och T2). Samtliga attesterade av behörig attestant.",
         "Genomförd", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Skolpeng till fristående skolor betalas ut med beslutat belopp",
         "Avstämning av utbetalningslistor mot beslut, mars och augusti",
         "En fristående skola fick i mars ersättning för 12 elever för mycket (48 tkr). Beloppet är återkrävt och "
         "rutinen för avstämning av elevlistor har skärpts.", "Genomförd", "GENOMFORD", "ja"),
        ("3", "Styrning", "Delegationsbeslut anmäls till nämnden",
         "Jämförelse av beslut i Ciceron mot nämndens protokoll",
         "Kontroll gjord för januari–april utan anmärkning. Maj–augusti återstår.", "Delvis genomförd",
         "DELVIS", "nej"),
        ("4", "Grundskola", "Elever med upprepad frånvaro anmäls till huvudmannen",
         "Uttag ur frånvarosystemet, 5 skolor",
         "Uttag gjort för tre av fem skolor. Rektorerna har påmints om rutinen.", "Pågår", "DELVIS", "nej"),
        ("5", "Grundskola", "Kränkande behandling – anmälan till huvudman och utredning inom 30 dagar",
         "Genomgång av samtliga anmälningar jan–juni",
         "19 anmälningar har inkommit till huvudmannen. I 4 fall har utredningen tagit längre tid än 30 dagar,",
         "", "GENOMFORD", "ja"),
    ]
    cont = ("", "", "", "", "…vilket har återrapporterats till respektive rektor. Åtgärdsplan upprättad, uppföljning i november.",
            "Genomförd")
    rows2 = [
        ("6", "Personal", "Utdrag ur belastningsregistret begärs före anställning",
         "Stickprov 20 nyanställda", "Utdrag fanns i samtliga 20 fall.", "Genomförd", "GENOMFORD", "nej"),
        ("7", "Informationssäkerhet",
         "IT-behörigheter i elevdokumentationssystemet avslutas när anställningen upphör",
         "Jämförelse av aktiva konton mot HR-systemet",
         "Kontrollen har inte genomförts. Planeras till oktober.", "Ej genomförd", "EJ_GENOMFORD", "nej"),
        ("8", "Skolskjuts", "Fakturor för skolskjuts kontrolleras mot avtal",
         "Stickprov 10 fakturor",
         "Ansvaret för skolskjutsavtalen har flyttats till Trafiknämnden från 1 mars 2025.", "Utgår", "UTGAR", "nej"),
        ("9", "Dataskydd",
         "Personuppgiftsincidenter rapporteras till dataskyddsombudet inom 72 timmar",
         "Genomgång av incidentloggen", "Se bilaga 3.", "Se bilaga 3", "OKLAR", "nej"),
    ]

    def mk_table(rows, extra_first=None):
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            c = t.rows[0].cells[i]
            c.text = h
            c.paragraphs[0].runs[0].font.bold = True
            set_cell_bg(c, "D9E2F3")
        mark_header(t.rows[0])
        if extra_first:
            rc = t.add_row().cells
            for i, v in enumerate(extra_first):
                rc[i].text = v
        for row in rows:
            rc = t.add_row().cells
            for i, v in enumerate(row[:6]):
                rc[i].text = v
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        return t

    mk_table(rows1)
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    mk_table(rows2, extra_first=cont)
    for row in rows1 + rows2:
        exp(fil, FIL_UN, row[2], row[6], row[7])

    d.add_paragraph()
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. Brister har "
                    "identifierats avseende utredningstid vid kränkande behandling och utbetalning av skolpeng. "
                    "Kontrollmoment 7 genomförs under hösten.")
    d.add_paragraph("Bilagor: 1. Internkontrollplan 2025, 2. Riskanalys, 3. Incidentrapport dataskydd jan–aug 2025")
    d.add_paragraph("\nKarin Ekström\nförvaltningschef")
    d.core_properties.author = "Karin Ekström"
    d.core_properties.title = "Uppföljning IKP delår 2025 UN"
    d.save(fil)
    FILES.append((fil, "INLAST", FIL_UN, "2025", "DELAR"))
    return fil

# ===========================================================================
# 3. Lock file of the Word report (reject)
# ===========================================================================
def file_lock(wordname):
    fil = "~$" + wordname[2:]
    user = "Karin Ekström"
    a = user.encode("cp1252")
    data = bytes([len(a)]) + a + b" " * (53 - len(a))
    u = user.encode("utf-16-le")
    data += len(user).to_bytes(2, "little") + u + b"\x00" * (162 - len(data) - 2 - len(u))
    with open(fil, "wb") as f:
        f.write(data[:162])
    FILES.append((fil, "AVVISAD", "", "", ""))

# ===========================================================================
# 4. Workbook with one sheet per förvaltning (three fackförvaltningar)
# ===========================================================================
def file_fackforv():
    fil = "IK uppföljning delår 2025 – kultur idrott fastighet.xlsx"
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        "Uppföljning av intern kontroll – delår 2025",
        "",
        "Så här fyller du i:",
        "1. Varje förvaltning fyller i sin egen flik.",
        "2. Välj status i rullistan i kolumnen 'Status delår'. Kommentera alltid avvikelser.",
        "3. Kolumnen 'Status helår' fylls i vid bokslutet – lämna tom nu.",
        "4. Skicka filen till ekonomienheten senast 2025-09-12.",
        "",
        "Status: Genomförd / Delvis genomförd / Ej påbörjad / Ej genomförd / Ej aktuell",
    ]
    for i, l in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=l)
    ins["A1"].font = Font(bold=True, size=14)
    ins.column_dimensions["A"].width = 90

    lst = wb.create_sheet("Listor")
    for i, v in enumerate(["Genomförd", "Delvis genomförd", "Ej påbörjad", "Ej genomförd", "Ej aktuell"], 1):
        lst.cell(row=i, column=1, value=v)
    lst.sheet_state = "hidden"

    hdr = ["Risk", "Kontrollmoment", "Ansvarig", "När", "Status delår", "Kommentar / åtgärd", "Status helår"]
    HEADFILL = PatternFill("solid", fgColor="C6E0B4")

    def sheet(name, title, sub, items, example=False):
        ws = wb.create_sheet(name, index=len(wb.sheetnames) - 1)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = sub
        ws["A2"].font = Font(italic=True)
        ws.merge_cells("A1:G1")
        r = 4
        for i, h in enumerate(hdr, 1):
            c = ws.cell(row=r, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = HEADFILL
            c.border = BORDER
            c.alignment = WRAP
        r += 1
        if example:
            ex = ["Ex: Felaktig attest", "Exempel: Kontroll att fakturor attesteras av behörig attestant",
                  "Controller", "Mars", "Genomförd", "(exempel – skriv över eller ta bort raden)", ""]
            for i, v in enumerate(ex, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.font = Font(italic=True, color="808080")
                c.border = BORDER
            r += 1
        dv = DataValidation(type="list", formula1="=Listor!$A$1:$A$5", allow_blank=True)
        ws.add_data_validation(dv)
        for it in items:
            if it[0] == "HEAD":
                ws.cell(row=r, column=1, value=it[1]).font = Font(bold=True)
                ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="EDEDED")
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
                r += 1
                continue
            risk, km, ans, nar, st, kom, exst, avv = it
            for i, v in enumerate([risk, km, ans, nar, st, kom, ""], 1):
                c = ws.cell(row=r, column=i, value=v if v != "" else None)
                c.border = BORDER
                c.alignment = WRAP
            dv.add(ws.cell(row=r, column=5))
            dv.add(ws.cell(row=r, column=7))
            r += 1
        for i, w in enumerate([26, 50, 18, 12, 16, 55, 14], 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.freeze_panes = "A5"
        return ws

    kultur = [
        ("HEAD", "Process: Ekonomi och kassahantering"),
        ("Kassadifferenser", "Kassaredovisning på biblioteken stäms av mot bokföringen varje månad",
         "Bibliotekschef", "Månadsvis", "Genomförd", "Avstämt jan–jul, inga differenser.", "GENOMFORD", "nej"),
        ("Felaktiga utbetalningar", "Stickprov på utbetalda kulturstöd – att redovisning har kommit in",
         "Handläggare kulturstöd", "Maj", "Genomförd",
         "3 av 15 föreningar saknade redovisning. Krav skickat, nya utbetalningar stoppade tills redovisning finns.",
         "GENOMFORD", "ja"),
        ("Förlust av tillgångar", "Inventering av konstsamlingen, stickprov 50 verk",
         "Intendent", "Maj–okt", "Delvis genomförd", "31 av 50 verk inventerade. Två verk på fel placering, rättat i registret.",
         "DELVIS", "ja"),
        ("Bristande avtalstrohet", "Avtalstrohet vid inköp av medier",
         "Inköpsansvarig", "Augusti", "Ej påbörjad", "Flyttas till september.", "EJ_GENOMFORD", "nej"),
        ("Förtroendeskada", "Representation – syfte och deltagare anges på underlaget",
         "Controller", "Tertialvis", "Genomförd", "", "GENOMFORD", "nej"),
        ("HEAD", "Process: Informationssäkerhet"),
        ("Obehörig åtkomst", "Behörighetsgenomgång i bibliotekssystemet",
         "Systemförvaltare", "Juni", "", "Klart i juni. Inga avvikelser, 6 inaktiva konton avslutade enligt rutin.",
         "GENOMFORD", "nej"),
    ]
    idrott = [
        ("Intäktsbortfall", "Bokningar av idrottshallar faktureras enligt taxa",
         "Bokningsansvarig", "Tertialvis", "Genomförd",
         "Avstämning bokningssystem mot fakturering: 12 bokningar hade inte fakturerats (ca 9 tkr). Fakturerat i augusti.",
         "GENOMFORD", "ja"),
        ("Felaktiga bidrag", "Föreningsbidrag – kontroll av medlemsuppgifter (stickprov 10 föreningar)",
         "Föreningskonsulent", "April–sept", "Delvis genomförd", "6 av 10 föreningar kontrollerade.",
         "DELVIS", "nej"),
        ("Obehörigt tillträde", "Nyckel- och passerkort till anläggningarna – kvittenser och spärr vid avslut",
         "Driftchef", "Juni", "Ej genomförd", "Ej hunnits med pga sommarsäsong. Görs i oktober.",
         "EJ_GENOMFORD", "nej"),
        ("Bristande styrning", "Delegationsbeslut anmäls till nämnden",
         "Nämndsekreterare", "Tertialvis", "Genomförd", "OK", "GENOMFORD", "nej"),
        ("Olyckor", "Tillbudsrapportering på badhusen följs upp",
         "Badchef", "Tertialvis", "Ej aktuell",
         "Centralbadet och Kvarnbybadet är stängda för renovering hela 2025.", "UTGAR", "nej"),
    ]
    fast = [
        ("Kostnadsöverskridanden", "Investeringsprojekt över 5 mnkr har godkänd kalkyl före byggstart",
         "Projektchef", "Tertialvis", "Genomförd", "4 projekt startade, samtliga med beslutad kalkyl.",
         "GENOMFORD", "nej"),
        ("Felaktiga betalningar", "Stickprov på ÄTA-arbeten mot avtal och beställning",
         "Byggledare", "Tertialvis", "Delvis genomförd",
         "6 ÄTA granskade hittills, 2 saknade skriftlig beställning. Påpekat till entreprenören och projektledarna.",
         "DELVIS", "ja"),
        ("Intäktsbortfall", "Hyresdebitering stämmer med gällande hyresavtal",
         "Förvaltningsekonom", "Maj", "Genomförd", "Samtliga 112 interna hyresavtal avstämda.",
         "GENOMFORD", "nej"),
        ("Oseriösa leverantörer", "Kontroll av leverantörers F-skatt och skatteskulder vid avtalsstart",
         "Upphandlare", "Löpande", "Genomförd", "Kontrollerat i Creditsafe vid 9 avtal.", "GENOMFORD", "nej"),
        ("Ökade driftkostnader", "Avvikande energiförbrukning i fastigheter utreds",
         "Energistrateg", "Kvartalsvis", "Ej påbörjad", "Ny energiuppföljning införs i höst.", "EJ_GENOMFORD", "nej"),
        ("Bristande leverans", "Uppföljning av ramavtal för fastighetsskötsel",
         "Förvaltare", "Halvår", "Delvis genomförd", "Uppföljningsmöte hållet med en av två leverantörer.",
         "DELVIS", "nej"),
    ]
    sheet("Kulturförv", "Kulturnämnden – uppföljning av internkontrollplan 2025",
          "Delår per 31 augusti 2025. Kulturförvaltningen", kultur, example=True)
    sheet("Idrott o förening", "Idrotts- och föreningsförvaltningen",
          "Internkontroll 2025 – uppföljning delår (jan–aug)", idrott)
    sheet("Fastighetskontoret", "Fastighetskontoret – intern kontroll 2025",
          "Uppföljning till Fastighetsnämnden, delårsrapport augusti 2025", fast)
    for namnd, items in (("Kulturnämnden", kultur), ("Idrotts- och föreningsnämnden", idrott),
                         ("Fastighetsnämnden", fast)):
        for it in items:
            if it[0] == "HEAD":
                continue
            exp(fil, namnd, it[1], it[6], it[7])
        FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    wb.save(fil)

# ===========================================================================
# 5. Älvhamnsbostäder AB – percentage done (.xls)
# ===========================================================================
def file_bostad_xls():
    fil = "ÄBAB Uppföljning IKP 2025-08.xls"
    NAMND = "Älvhamnsbostäder AB"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IKP 2025")
    tfont = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    pct = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz right, vert top",
                      num_format_str="0 %")
    txtr = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz right, vert top")
    ital = xlwt.easyxf("font: italic on")
    ws.write(0, 0, "Älvhamnsbostäder AB – Uppföljning av internkontrollplan 2025", tfont)
    ws.write(1, 0, "Rapport till styrelsen 2025-09-24. Avser perioden januari–augusti 2025 (delårsbokslut).")
    ws.write(2, 0, "Genomfört anges i procent av årets planerade kontroller.", ital)
    hdr = ["Nr", "Område", "Kontrollaktivitet", "Ansvarig", "Genomfört", "Iakttagelser", "Åtgärd"]
    for i, h in enumerate(hdr):
        ws.write(4, i, h, bold)
    # (nr, område, km, ansvarig, value, kind, iakttagelser, åtgärd, status, avv)
    rows = [
        ("1", "Hyror", "Nya hyresavtal registreras med rätt hyra i fastighetssystemet",
         "Uthyrningschef", 1.0, "num", "Stickprov 30 avtal, alla korrekta.", "", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Attest av leverantörsfakturor över 100 tkr – två personer i förening",
         "Ekonomichef", 1.0, "num", "En faktura (212 tkr) attesterad av beställaren ensam.",
         "Systemspärr för egenattest införd i juni.", "GENOMFORD", "ja"),
        ("3", "Uthyrning", "Vakansrapportering – outhyrda lägenheter stäms av mot hyresreskontran",
         "Controller", 0.5, "num", "Avstämning gjord för Q1 och Q2.", "", "DELVIS", "nej"),
        ("4", "Ekonomi", "Hyresskulder och inkassoärenden följs upp enligt kravrutin",
         "Kundreskontra", "75%", "txt", "Uppföljning gjord jan–jun.", "Fortsätter månadsvis.", "DELVIS", "nej"),
        ("5", "Uthyrning", "Bostadskön – stickprov att lägenheter förmedlas enligt köreglerna",
         "Uthyrningschef", 0.0, "num", "Planerad till Q4.", "", "EJ_GENOMFORD", "nej"),
        ("6", "IT", "Behörigheter i fastighetssystemet Vitec gås igenom och avslutade anställningar spärras",
         "IT-ansvarig", "100 %", "txt", "Genomgång i maj, 3 konton spärrade i efterhand (sena avslut).",
         "Rutin med HR förtydligad.", "GENOMFORD", "ja"),
        ("7", "Oegentligheter", "Jävsdeklarationer för medarbetare med inköpsansvar",
         "VD", "–", "txt", "Utgår enligt styrelsebeslut 2025-05-20 § 7.",
         "Ersätts av extern granskning av leverantörsrelationer hösten 2025.", "UTGAR", "nej"),
        ("8", "Fastighet", "Obligatorisk ventilationskontroll (OVK) – besiktningar utförs enligt plan",
         "Teknisk chef", None, "none", "", "", "SAKNAS", "nej"),
        ("9", "Personal", "Förändringar i lönesystemet kontrolleras mot underlag (stickprov)",
         "HR-chef", 1.0, "num", "Inga avvikelser.", "", "GENOMFORD", "nej"),
    ]
    r = 5
    for nr, omr, km, ans, val, kind, iakt, atg, st, avv in rows:
        ws.write(r, 0, nr, cell)
        ws.write(r, 1, omr, cell)
        ws.write(r, 2, km, cell)
        ws.write(r, 3, ans, cell)
        if kind == "num":
            ws.write(r, 4, val, pct)
        elif kind == "txt":
            ws.write(r, 4, val, txtr)
        else:
            ws.write(r, 4, "", cell)
        ws.write(r, 5, iakt, cell)
        ws.write(r, 6, atg, cell)
        exp(fil, NAMND, km, st, avv)
        r += 1
    ws.write(r + 1, 3, "Genomförandegrad totalt", xlwt.easyxf("font: bold on"))
    ws.write(r + 1, 4, 0.61, xlwt.easyxf("font: bold on", num_format_str="0 %"))
    ws.write(r + 3, 0, "Upprättad av: Sara Holm, controller")
    for i, w in enumerate([5, 14, 50, 16, 11, 45, 40]):
        ws.col(i).width = 256 * w
    wb.save(fil)
    FILES.append((fil, "INLAST", NAMND, "2025", "DELAR"))

# ===========================================================================
# 6. Räddningstjänstförbundet – numbered paragraphs with "Bedömning:" (.odt)
# ===========================================================================
def file_rtj_odt():
    fil = "RSTÄ Uppföljning intern kontroll delårsbokslut 2025.odt"
    NAMND = "Räddningstjänstförbundet Storälv"
    doc = OpenDocumentText()
    h1 = Style(name="Rubrik1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    h2 = Style(name="Rubrik2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.35cm", marginbottom="0.1cm"))
    small = Style(name="Liten", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt", color="#555555"))
    boldsp = Style(name="Fet", family="text")
    boldsp.addElement(TextProperties(fontweight="bold"))
    for s in (h1, h2, small):
        doc.styles.addElement(s)
    doc.automaticstyles.addElement(boldsp)

    def para(text, style=None):
        doc.text.addElement(P(stylename=style, text=text) if style else P(text=text))

    def labelled(label, text):
        p = P()
        p.addElement(Span(stylename=boldsp, text=label + " "))
        p.addText(text)
        doc.text.addElement(p)

    para("Räddningstjänstförbundet Storälv – Direktionen", small)
    para("Datum 2025-09-18   Dnr RSTÄ 2025/061", small)
    doc.text.addElement(H(outlinelevel=1, stylename=h1,
                          text="Uppföljning av intern kontroll i samband med delårsbokslut per 2025-08-31"))
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="1. Inledning"))
    para("Direktionen fastställde internkontrollplanen för 2025 den 2 december 2024. Förbundet ägs av Älvhamns stad "
         "och två grannkommuner. Uppföljningen redovisas till direktionen och medlemskommunernas revisorer.")
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="2. Sammanfattning"))
    para("Av sju kontrollmoment är tre genomförda, ett delvis genomfört, två ej genomförda och ett utgår. "
         "Avvikelser har noterats i faktureringen av onödiga automatlarm.")
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="3. Kontrollmoment"))
    items = [
        ("3.1", "Attestering av leverantörsfakturor",
         "Stickprov om 20 fakturor från perioden januari–juni. Kontroll av behörig attestant och kontering.",
         "Samtliga fakturor var korrekt attesterade. En felkontering rättad.",
         "Genomförd. Inga väsentliga avvikelser.", "GENOMFORD", "nej"),
        ("3.2", "Tillsyn enligt LSO genomförs enligt tillsynsplanen",
         "Jämförelse av genomförda tillsyner mot tillsynsplan 2025.",
         "Första halvåret är kontrollerat: 41 av 48 planerade tillsyner gjorda. Andra halvåret kontrolleras vid bokslut.",
         "Delvis genomförd.", "DELVIS", "nej"),
        ("3.3", "Fakturering av onödiga automatlarm",
         "Samtliga larm jan–juli som klassats som onödiga jämförs mot utställda fakturor.",
         "5 av 63 onödiga larm hade inte fakturerats. Fakturor skickade i augusti.",
         "Genomförd med avvikelse.", "GENOMFORD", "ja"),
        ("3.4", "Löner – OB- och beredskapsersättning till deltidsbrandmän (RiB)",
         "Stickprov 15 löneutbetalningar mot beredskapsschema.",
         "Kontrollen har inte kunnat genomföras på grund av byte av schemasystem.",
         "Ej genomförd. Görs under oktober.", "EJ_GENOMFORD", "nej"),
        ("3.5", "Drivmedelskort och förbrukningsmaterial",
         "Genomgång av drivmedelstransaktioner för tre stationer.",
         "Samtliga tankningar kunde kopplas till fordon och körjournal.",
         "Genomförd.", "GENOMFORD", "nej"),
        ("3.6", "Behörigheter i insatsrapporteringssystemet",
         "Genomgång av aktiva användare mot personallistor.",
         "",
         "Kontrollen påbörjas i september.", "EJ_GENOMFORD", "nej"),
        ("3.7", "Dokumentation av övningar för RiB-personal",
         "Stickprov i övningsdatabasen.",
         "Direktionen beslutade 2025-04-14 att kontrollen ersätts av den nya uppföljningen i kompetensplanen.",
         "Utgår.", "UTGAR", "nej"),
    ]
    for nr, rub, kon, res, bed, st, avv in items:
        doc.text.addElement(H(outlinelevel=3, stylename=h2, text=f"{nr} {rub}"))
        labelled("Kontroll:", kon)
        if res:
            labelled("Resultat:", res)
        labelled("Bedömning:", bed)
        exp(fil, NAMND, rub, st, avv)
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="4. Samlad bedömning"))
    para("Förbundsdirektören bedömer att den interna kontrollen i allt väsentligt är tillräcklig. "
         "Bedömning: Tillräcklig med förbättringsområden.")
    para("Per Almgren, förbundsdirektör")
    doc.save(fil)
    FILES.append((fil, "INLAST", NAMND, "2025", "DELAR"))

# ===========================================================================
# 7. SDN Östra Centrum – traffic-light fills, legend, 2024 column
# ===========================================================================
def file_oc_traffic():
    fil = "SDN Östra Centrum - internkontroll uppföljning aug 2025.xlsx"
    NAMND = "Stadsdelsnämnden Östra Centrum"
    G = PatternFill("solid", fgColor="00B050")
    Y = PatternFill("solid", fgColor="FFC000")
    R = PatternFill("solid", fgColor="FF0000")
    GR = PatternFill("solid", fgColor="A6A6A6")
    B = PatternFill("solid", fgColor="5B9BD5")
    FILLS = {"G": G, "Y": Y, "R": R, "GR": GR, "B": B, "": None}
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Stadsdelsförvaltningen Östra Centrum"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning per augusti"
    ws["A2"].font = Font(bold=True, size=14)
    # legend top right
    ws["I1"] = "Teckenförklaring"
    ws["I1"].font = Font(bold=True)
    leg = [("G", "Genomförd"), ("Y", "Pågår / delvis genomförd"), ("R", "Ej genomförd"), ("GR", "Ej aktuell")]
    for i, (k, t) in enumerate(leg):
        ws.cell(row=2 + i, column=9).fill = FILLS[k]
        ws.cell(row=2 + i, column=9).border = BORDER
        ws.cell(row=2 + i, column=10, value=t)
    hdr = ["Process", "Kontrollmoment", "Metod", "Ansvarig", "Utfall 2024", "T1 2025", "Delår 2025",
           "Helår 2025", "Kommentar delår"]
    r = 7
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.border = BORDER
        c.alignment = WRAP
    r += 1
    rows = [
        ("HEAD", "Individ- och familjeomsorg"),
        ("Ekonomiskt bistånd", "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Stickprov 20 akter", "Enhetschef", "G", "G", "G", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Kontroll av dubbelutbetalningar av försörjningsstöd",
         "Körning av dubblettlista i Procapita", "Controller", "R", "Y", "G", "",
         "Två dubbelutbetalningar upptäckta (14 600 kr), återkrav beslutat.", "GENOMFORD", "ja"),
        ("HEAD", "Äldreomsorg och funktionsstöd"),
        ("Hemtjänst", "Utförd tid i hemtjänsten jämförs med beviljad tid",
         "Stickprov 25 brukare per tertial", "Enhetschef hemtjänst", "Y", "Y", "Y", "",
         "T1 klar, T2 påbörjad i augusti.", "DELVIS", "nej"),
        ("LSS", "Uppföljning av gynnande LSS-beslut som inte verkställts inom tre månader",
         "Lista ur verksamhetssystemet", "Biståndschef", "G", "G", "R", "",
         "Ej gjord för maj–aug pga sjukskrivning. Ny ansvarig utsedd.", "EJ_GENOMFORD", "nej"),
        ("HEAD", "Förskola"),
        ("Avgifter", "Barnregistrering stäms av mot debiterad förskoleavgift",
         "Stickprov 2 förskolor", "Förvaltningsekonom", "", "Y", "B", "", "", "OKLAR", "nej"),
        ("HEAD", "Gemensamt"),
        ("Leverantörsfakturor", "Leverantörsfakturor är attesterade och rätt konterade",
         "Stickprov 20 fakturor", "Controller", "G", "G", "", "",
         "Genomförd i juni, inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontanthantering", "Kontanthantering på fritidsgårdarna",
         "Oanmäld kassakontroll", "Enhetschef fritid", "Y", "GR", "GR", "",
         "Norrgårdens fritidsgård stängd, kontanthanteringen avvecklad från januari.", "UTGAR", "nej"),
        ("Dataskydd", "Loggkontroller i verksamhetssystemet (obehörig åtkomst)",
         "Slumpvis loggkontroll 10 användare", "Systemförvaltare", "G", "", "", "", "", "SAKNAS", "nej"),
    ]
    for it in rows:
        if it[0] == "HEAD":
            c = ws.cell(row=r, column=1, value=it[1])
            c.font = Font(bold=True, color="FFFFFF")
            for col in range(1, 10):
                ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor="305496")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        proc, km, met, ans, f24, t1, dl, hl, kom, st, avv = it
        vals = [proc, km, met, ans, None, None, None, None, kom or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
        for col, k in ((5, f24), (6, t1), (7, dl), (8, hl)):
            if FILLS[k]:
                ws.cell(row=r, column=col).fill = FILLS[k]
        ws.row_dimensions[r].height = 32
        exp(fil, NAMND, km, st, avv)
        r += 1
    ws.cell(row=r + 1, column=1, value="Godkänd av förvaltningsledningen 2025-09-09").font = Font(italic=True)
    for i, w in enumerate([20, 50, 28, 18, 10, 10, 10, 10, 50, 24], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", NAMND, "2025", "DELAR"))

# ===========================================================================
# 8. Kommunstyrelsen – Stratsys CSV export, cp1252
# ===========================================================================
def file_ks_csv():
    fil = "Stratsys_export_KS_internkontroll_20250910.csv"
    NAMND = "Kommunstyrelsen"
    hdr = ["Enhet", "Plan", "Kontrollmoment", "Kontrollansvarig", "Uppföljningsperiod", "Status",
           "Följer plan", "Kommentar", "Senast uppdaterad"]
    E = "Stadsledningskontoret"
    PL = "Internkontrollplan 2025 Kommunstyrelsen"
    PER = "Delårsrapport augusti 2025"
    rows = [
        ("Inköp sker via e-handel och mot avtalade leverantörer", "Upphandlingschef", "Påbörjad", "Ja",
         "Uttag för jan–jun analyserat; andel e-handel 71 %. Analys av inköp utanför avtal pågår.",
         "DELVIS", "nej"),
        ("Representation och förtroendekänsliga poster för förtroendevalda granskas", "Redovisningschef",
         "Genomförd", "Ja",
         "Samtliga 22 underlag granskade.\nTvå fakturor saknade deltagarlista; kompletterat i efterhand.",
         "GENOMFORD", "ja"),
        ("Personuppgiftsbehandlingar finns i registerförteckningen", "Dataskyddsombud", "Ej påbörjad", "Nej",
         "Resursbrist under våren; kontrollen görs i oktober.", "EJ_GENOMFORD", "nej"),
        ("Stickprov på lönehändelser – nyanställningar och avslut i lönesystemet", "HR-chef", "Genomförd", "Ja",
         "30 händelser kontrollerade; inga avvikelser.", "GENOMFORD", "nej"),
        ("Beslut i kommunstyrelsen verkställs inom beslutad tid", "Kanslichef", "Genomförd", "Ja",
         "Uppföljning av 48 beslut; samtliga verkställda eller med redovisad tidplan.", "GENOMFORD", "nej"),
        ("Borgensåtaganden mot kommunala bolag följs upp mot beslutad ram", "Finanschef", "Genomförd", "Ja",
         "Borgen 4 212 mnkr av ram 4 500 mnkr.", "GENOMFORD", "nej"),
        ("Användarbehörigheter i ekonomisystemet Raindance", "Systemförvaltare ekonomi", "", "",
         "Ingen uppföljning rapporterad.", "SAKNAS", "nej"),
        ("Krisledningsplanen är uppdaterad och känd", "Säkerhetschef", "Avslutad", "",
         "Utgår 2025 – ersätts av arbetet med civilt försvar enligt KS beslut 2025-02-05 § 12.",
         "UTGAR", "nej"),
    ]
    with open(fil, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr)
        for i, (km, ans, st, fp, kom, est, avv) in enumerate(rows):
            w.writerow([E, PL, km, ans, PER, st, fp, kom, f"2025-09-0{1 + i % 8} 14:{10 + i:02d}"])
            exp(fil, NAMND, km, est, avv)
    FILES.append((fil, "INLAST", NAMND, "2025", "DELAR"))

# ---------------------------------------------------------------------------
def main():
    # keep the inbox order: as the files arrived
    file_hypergene()
    wordname = file_word_un()
    file_fackforv()
    file_bostad_xls()
    file_rtj_odt()
    file_oc_traffic()
    file_ks_csv()
    file_lock(wordname)
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER:
            f.write(f"{n};{a}\n")
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2], row
            f.write(";".join(row) + "\n")
    print(len(set(r[0] for r in FILES)), "files,", len(FILES), "files.csv rows,", len(EXPECTED), "controls")

if __name__ == "__main__":
    main()
