#!/usr/bin/python3
# Blind round 15 — Lindeskogs kommun (Västra Götaland), internkontroll 2025.
import csv, os, shutil, subprocess, tempfile
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.comments import Comment
import docx
from docx.shared import Pt, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
EXP = []      # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []    # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
GREY = PatternFill("solid", fgColor="D9D9D9")
BLUE = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def exp(fil, namnd, km, status, avv):
    km = " ".join(km.split())
    assert ";" not in km and len(km) >= 25, km
    EXP.append((fil, namnd, km, status, avv))


def soffice(src, fmt, outdir):
    prof = "file:///tmp/lo-round15-%d" % os.getpid()
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def row(ws, r, values, font=None, fill=None, border=True):
    for i, v in enumerate(values, start=1):
        if v is None:
            continue
        c = ws.cell(row=r, column=i, value=v)
        c.alignment = WRAP
        if font:
            c.font = font
        if fill:
            c.fill = fill
        if border:
            c.border = BOX


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen: plan summary above, follow-up table below on the same sheet
# ---------------------------------------------------------------------------
def f1():
    fil = "KS Internkontroll 2025 plan och uppföljning.xlsx"
    N = "Kommunstyrelsen"
    plan = [
        (1, "Ekonomi", "Felaktiga utbetalningar",
         "Kontroll att attest av leverantörsfakturor sker enligt gällande attestförteckning",
         "Stickprov 40 fakturor", "Redovisningschef", "Två gånger/år", 9),
        (2, "Ledning och styrning", "Beslut fattas utan mandat",
         "Kontroll att delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Genomgång av delegationslistor", "Kanslichef", "Helår", 8),
        (3, "Upphandling", "Otillåten direktupphandling",
         "Stickprov på direktupphandlingar över 100 000 kr avseende dokumentation",
         "Stickprov 15 upphandlingar", "Upphandlingschef", "Helår", 12),
        (4, "IT och informationssäkerhet", "Obehörig åtkomst",
         "Kontroll av behörigheter i ekonomisystemet Raindance för avslutade anställningar",
         "Avstämning mot HR-systemet", "Systemförvaltare ekonomi", "Två gånger/år", 9),
        (5, "Personal", "Felaktiga löneutbetalningar",
         "Kontroll av att löneutbetalningar inte sker till personer som slutat sin anställning",
         "Avstämning lönelista mot avslut", "HR-chef", "Kvartalsvis", 12),
        (6, "Ekonomi", "Representation utan tydligt syfte",
         "Granskning av representationskostnader och att syfte och deltagare är angivna",
         "Stickprov 30 verifikationer", "Controller", "Helår", 6),
        (7, "IT och informationssäkerhet", "Bristande kunskap hos medarbetare",
         "Uppföljning av att samtliga medarbetare på KLF genomfört utbildning i informationssäkerhet",
         "Utdrag ur lärplattformen", "Informationssäkerhetssamordnare", "Helår", 8),
        (8, "Dokumenthantering", "Handlingar diarieförs inte",
         "Kontroll att allmänna handlingar diarieförs inom fem arbetsdagar",
         "Stickprov i ärendehanteringssystemet", "Registrator", "Helår", 6),
    ]
    uppf = {
        1: ("Genomförd", "Nej", "Stickprov på 40 fakturor (vår och höst). Inga avvikelser."),
        2: ("Delvis genomförd", "Ja", "3 av 25 beslut från ekonomiavdelningen anmäldes inte\ntill närmast följande sammanträde."),
        3: ("Genomförd", "Ja", "Två direktupphandlingar saknade dokumentation.\nRutinen har uppdaterats och informerats på chefsmöte."),
        4: ("Genomförd", "Nej", "Avstämning gjord i april och oktober."),
        5: ("Ej genomförd", "Nej", "Ej gjort pga sjukskrivning på HR-avdelningen. Flyttas till 2026."),
        6: ("Genomförd", "Ja", "Deltagarlista saknades i 6 av 30 verifikationer."),
        7: ("Delvis genomförd", "Nej", "74 % av medarbetarna har genomfört utbildningen. Påminnelse skickad."),
    }
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Lindeskogs kommun – Kommunstyrelsen"
    ws["A1"].font = TITLE
    ws["A2"] = "Internkontrollplan 2025 samt uppföljning helår 2025"
    ws["A2"].font = BOLD
    ws["A4"] = "A. Plan 2025 (antagen av kommunstyrelsen 2024-12-11 § 187)"
    ws["A4"].font = BOLD
    row(ws, 5, ["Nr", "Process", "Risk", "Kontrollmoment", "Metod", "Ansvarig", "Frekvens", "Riskvärde"], BOLD, GREY)
    r = 6
    for p in plan:
        row(ws, r, list(p))
        r += 1
    r += 2
    ws.cell(row=r, column=1, value="B. Uppföljning helår 2025").font = BOLD
    r += 1
    row(ws, r, ["Nr", "Kontrollmoment", "Status", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"], BOLD, BLUE)
    r += 1
    for p in plan:
        if p[0] not in uppf:
            continue  # nr 8 never followed up
        st, av, kom = uppf[p[0]]
        row(ws, r, [p[0], p[3], st, av, kom])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattning: 4 av 8 kontroller genomförda, 2 delvis, 1 ej genomförd.")
    ws.cell(row=r + 1, column=1, value="Uppföljningen behandlad av kommunstyrelsen 2026-01-28.")
    ws.cell(row=r + 2, column=1, value="Anna Björklund, kommundirektör")
    for col, w in zip("ABCDEFGH", [5, 30, 50, 60, 30, 26, 16, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    statmap = {"Genomförd": "GENOMFORD", "Delvis genomförd": "DELVIS", "Ej genomförd": "EJ_GENOMFORD"}
    for p in plan:
        if p[0] in uppf:
            st, av, _ = uppf[p[0]]
            exp(fil, N, p[3], statmap[st], "ja" if av == "Ja" else "nej")
        else:
            exp(fil, N, p[3], "SAKNAS", "nej")


# ---------------------------------------------------------------------------
# 2. BUN: hidden columns (Riskvärde, Status T1), hidden instruction/example rows,
#    codes 1-4 with legend below, multi-line cells
# ---------------------------------------------------------------------------
def f2():
    fil = "BUN_uppföljning_IKP_2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    # (nr, område, kontrollmoment, riskvärde, T1, T2, Helår, avvikelse, kommentar, status, avv)
    data = [
        (1, "Personal", "Kontroll att registerutdrag ur belastningsregistret\nfinns för all nyanställd personal i förskolan",
         12, 2, 1, 1, "Nej", "Samtliga 22 nyanställda kontrollerade.", "GENOMFORD", "nej"),
        (2, "Elevhälsa", "Uppföljning av att elever med hög frånvaro\nanmäls till elevhälsan inom 14 dagar",
         16, 3, 2, None, "Ja", "Rutinen följs inte på Östra skolan och Kvarnbyskolan.\nHelårsuppföljning görs i februari 2026.", "DELVIS", "ja"),
        (3, "Ekonomi", "Kontroll av att beslut om tilläggsbelopp fattas av rätt delegat",
         6, 1, 1, 1, "Nej", "", "GENOMFORD", "nej"),
        (4, "Trygghet och studiero", "Stickprov på att anmälningar om kränkande behandling\nutreds skyndsamt",
         12, None, None, 3, "Nej", "Ej gjort pga sjukskrivning.\nFlyttas till plan 2026.", "EJ_GENOMFORD", "nej"),
        (5, "Skolskjuts", "Kontroll av att skolskjutsbeslut följer riktlinjerna för skolskjuts",
         4, 1, None, 4, "", "Ansvaret för skolskjuts flyttat till Tekniska nämnden från 1 juli.", "UTGAR", "nej"),
        (6, "Ekonomi", "Granskning av inköp med betalkort\npå förskoleenheterna",
         9, 1, 1, None, "Ja", "Kvitton saknades för 4 köp, återbetalning begärd.", "GENOMFORD", "ja"),
        (7, "Undervisning", "Kontroll av att IUP och skriftliga omdömen upprättas i årskurs 1–5",
         8, None, None, None, "", "Se verksamhetsberättelsen", "OKLAR", "nej"),
        (8, "Personal", "Kontroll att lärarlegitimation finns för lärare som sätter betyg",
         12, 1, 1, 1, "Ja", "Två lärare utan legitimation har satt betyg utan medbedömning.", "GENOMFORD", "ja"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Nämnd:"
    ws["B2"] = N
    ws["A3"] = "Period:"
    ws["B3"] = "Helår 2025"
    ws["A4"] = "Instruktion: Fyll i status med kod enligt förklaringen längst ned. Kolumn D och E används endast av ekonomienheten."
    row(ws, 5, ["", "Exempel", "Exempel: Kontroll av att närvarolistor i fritidshem sparas i två år (ta bort raden)",
                None, 1, 1, 1, "Nej", "Exempelrad"], fill=GREY)
    ws.row_dimensions[4].hidden = True
    ws.row_dimensions[5].hidden = True
    hdr = ["Nr", "Område", "Kontrollmoment", "Riskvärde", "Status T1", "Status T2", "Status helår", "Avvikelse", "Kommentar"]
    row(ws, 7, hdr, BOLD, GREY)
    r = 8
    for d in data:
        row(ws, r, list(d[:9]))
        r += 1
    ws.column_dimensions["D"].hidden = True
    ws.column_dimensions["E"].hidden = True
    r += 1
    ws.cell(row=r, column=1, value="Förklaring statuskoder:").font = BOLD
    ws.cell(row=r + 1, column=1, value="1 = Genomförd")
    ws.cell(row=r + 2, column=1, value="2 = Delvis genomförd/pågår")
    ws.cell(row=r + 3, column=1, value="3 = Ej genomförd")
    ws.cell(row=r + 4, column=1, value="4 = Utgår")
    ws.cell(row=r + 6, column=1, value="Ansvarig: Lena Holmqvist, förvaltningschef BUF")
    for col, w in zip("ABCDEFGHI", [5, 20, 55, 10, 10, 10, 12, 12, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    for d in data:
        exp(fil, N, d[2], d[9], d[10])


# ---------------------------------------------------------------------------
# 3. Socialnämnden: Word, each control a numbered heading + paragraphs, no table
# ---------------------------------------------------------------------------
def add_heading_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), "90")
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "432")
    ind.set(qn("w:hanging"), "432")
    ppr.append(ind)
    lvl.append(ppr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), "90")
    num.append(an)
    numbering.append(num)
    return "90"


def numbered_heading(doc, text, numid):
    p = doc.add_heading(text, level=2)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), numid)
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.insert(0, numpr)
    return p


def f3():
    fil = "Socialnämnden - uppföljning intern kontroll helår 2025.docx"
    N = "Socialnämnden"
    ctrls = [
        ("Kontroll av att beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         ["Metod: Stickprov på 30 akter från perioden januari–oktober.",
          "Resultat: Samtliga 30 granskade beslut var fattade av rätt delegat och korrekt dokumenterade.",
          "Status: Genomförd. Avvikelse: Nej."], "GENOMFORD", "nej"),
        ("Kontroll av att förhandsbedömning i barnavårdsärenden görs inom 14 dagar",
         ["Metod: Uttag ur verksamhetssystemet av samtliga aktualiseringar under mars och september.",
          "Resultat: I 6 av 40 ärenden överskreds tidsgränsen med mellan 2 och 9 dagar. Orsaken är hög "
          "arbetsbelastning på mottagningsenheten under semesterperioden.",
          "Åtgärd: Bemanningen på mottagningen förstärks under sommaren 2026.",
          "Status: Genomförd."], "GENOMFORD", "ja"),
        ("Uppföljning av att utredningar enligt LVU och SoL avslutas inom fyra månader",
         ["Kontrollen har inte genomförts under året eftersom enheten haft hög personalomsättning och "
          "två vakanta tjänster som 1:e socialsekreterare. Kontrollen flyttas till internkontrollplanen för 2026."],
         "EJ_GENOMFORD", "nej"),
        ("Kontroll av loggar i verksamhetssystemet Lifecare för otillbörlig åtkomst",
         ["Loggkontroll har genomförts för perioden januari–juni utan anmärkning. Kontrollen av andra halvåret "
          "pågår och redovisas till nämnden i mars 2026."], "DELVIS", "nej"),
        ("Kontroll av att utbetalningar av försörjningsstöd stäms av mot beslut",
         ["Metod: Avstämning av utbetalningslistor mot beviljade belopp, 25 hushåll.",
          "Status: Se bilaga 2."], "OKLAR", "nej"),
        ("Granskning av avtal och fakturor för externa placeringar av barn och unga",
         ["Metod: Samtliga fakturor från HVB och familjehemskonsulenter under maj och november jämfördes med avtal.",
          "Status: Genomförd.",
          "Avvikelse: Ja – två fakturor avsåg felaktigt dygnspris. Kreditering har begärts och erhållits."],
         "GENOMFORD", "ja"),
        ("Kontroll av att anmälningar enligt lex Sarah hanteras inom fastställd tid",
         ["Status: Utgår. Kontrollmomentet har flyttats till Vård- och omsorgsnämndens plan genom "
          "nämndbeslut 2025-03-19 § 41."], "UTGAR", "nej"),
    ]
    doc = docx.Document()
    numid = add_heading_numbering(doc)
    doc.core_properties.title = "Uppföljning intern kontroll 2025"
    doc.core_properties.author = "Socialförvaltningen"
    doc.add_heading("Uppföljning av intern kontroll 2025 – helår", level=0)
    doc.add_paragraph("Socialnämnden, Lindeskogs kommun\nDnr SN 2025/118")
    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024. Planen omfattar sju "
        "kontrollmoment som valts ut efter en risk- och väsentlighetsanalys. Nedan redovisas resultatet "
        "av varje kontrollmoment för helåret.")
    doc.add_heading("Resultat per kontrollmoment", level=1)
    for text, paras, st, av in ctrls:
        numbered_heading(doc, text, numid)
        for p in paras:
            doc.add_paragraph(p)
        exp(fil, N, text, st, av)
    doc.add_heading("Sammanfattande bedömning", level=1)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. Kontrollmoment som inte "
        "har genomförts förs över till planen för 2026.")
    doc.add_paragraph("Lindeskog 2026-01-20\n\nMarie Sandberg\nSocialchef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Stratsys CSV export: comma, quoted, UTF-8 BOM, one row per control and period,
#    two nämnder, embedded newlines, a stale 2024 row
# ---------------------------------------------------------------------------
def f4():
    fil = "Stratsys_export_internkontroll_2025.csv"
    V = "Vård- och omsorgsnämnden"
    K = "Kultur- och fritidsnämnden"
    VE = "Vård- och omsorgsnämnden"
    KE = "Kultur och fritid"
    hdr = ["Enhet", "Period", "Kontrollområde", "Kontrollmoment", "Status", "Avvikelse", "Kommentar", "Senast ändrad"]
    rows = []
    exps = []

    def c(enh, namnd, omr, km, periods, st, av):
        for per, status, avv, kom, dat in periods:
            rows.append([enh, per, omr, km, status, avv, kom, dat])
        exps.append((namnd, km, st, av))

    c(VE, V, "Särskilt boende",
      "Kontroll av att genomförandeplaner upprättas inom 14 dagar efter inflyttning på särskilt boende",
      [("Delår 2025", "Påbörjad", "", "Stickprov på Björkhagen klart, övriga boenden under hösten.", "2025-08-29"),
       ("Helår 2025", "Genomförd", "Nej", "Samtliga fem boenden granskade, 48 planer, inga avvikelser.", "2026-01-12")],
      "GENOMFORD", "nej")
    c(VE, V, "Avgifter",
      "Kontroll av att avgiftsbeslut inom äldreomsorgen är korrekt beräknade",
      [("Delår 2025", "Genomförd", "Ja", "3 felaktiga beslut av 50, rättade och återbetalda.", "2025-08-29"),
       ("Helår 2025", "Genomförd", "Ja", "Uppföljande stickprov i november: 1 felaktigt beslut av 50.\n"
        "Rutin för inkomstförfrågan, \"årlig omprövning\", har förtydligats.", "2026-01-12")],
      "GENOMFORD", "ja")
    c(VE, V, "Hälso- och sjukvård",
      "Stickprov på att läkemedelsavvikelser rapporteras och åtgärdas i hemtjänsten",
      [("Delår 2025", "Påbörjad", "", "Pågår, MAS granskar rapporterna för första halvåret.", "2025-08-29"),
       ("Helår 2025", "", "Nej", "Klart i november, inga brister utöver de som redan rapporterats.", "2026-01-12")],
      "GENOMFORD", "nej")
    c(VE, V, "LSS",
      "Uppföljning av att beslut enligt LSS verkställs inom tre månader",
      [("Delår 2025", "Ej påbörjad", "", "", "2025-08-29"),
       ("Helår 2025", "Påbörjad", "Ja", "Två beslut om bostad med särskild service, LSS 9 § 9, ej verkställda\n"
        "inom tre månader. Rapporterade till IVO. Genomgången av övriga insatser fortsätter 2026.", "2026-01-12")],
      "DELVIS", "ja")
    c(VE, V, "Hemtjänst",
      "Kontroll av att nyckelhantering och nyckelkvittenser i hemtjänsten följer rutin",
      [("Delår 2025", "Påbörjad", "", "Inventering av nyckelskåp i område Norr gjord.", "2025-08-29"),
       ("Helår 2025", "Avbruten", "", "Digitala lås införs i hela hemtjänsten under 2026.", "2026-01-12")],
      "EJ_GENOMFORD", "nej")
    c(VE, V, "Personal",
      "Kontroll av att bemanningsföretag endast anlitas enligt ramavtal",
      [("Delår 2025", "Genomförd", "Nej", "Samtliga inhyrda sjuksköterskor via avtalad leverantör.", "2025-08-29")],
      "GENOMFORD", "nej")
    c(VE, V, "Samverkan",
      "Kontroll av att SIP upprättas för brukare med insatser från både region och kommun",
      [("Delår 2025", "", "", "", "2025-08-29"),
       ("Helår 2025", "Ej aktuell", "", "Ingår i regiongemensam granskning, ej nämndens kontroll 2025.", "2026-01-12")],
      "UTGAR", "nej")
    c(KE, K, "Bidrag",
      "Kontroll av att föreningsbidrag betalas ut enligt gällande bidragsregler",
      [("Helår 2025", "Genomförd", "Ja", "En förening fick aktivitetsstöd två gånger för samma period, återkrav skickat.", "2026-01-09")],
      "GENOMFORD", "ja")
    c(KE, K, "Kontanthantering",
      "Kontroll av kassahantering och dagsavstämning i simhallen Lindeskogsbadet",
      [("Delår 2025", "Genomförd", "Nej", "Oanmäld kontroll i april.", "2025-08-27"),
       ("Helår 2025", "Genomförd", "Nej", "Oanmäld kontroll i oktober, kassan stämde.", "2026-01-09")],
      "GENOMFORD", "nej")
    c(KE, K, "Uthyrning",
      "Kontroll av att uthyrning av lokaler faktureras enligt taxa",
      [("Delår 2025", "Påbörjad", "", "Bokningssystemet jämförs mot fakturor, januari–april klart.", "2025-08-27"),
       ("Helår 2025", "", "", "", "")],
      "DELVIS", "nej")
    c(KE, K, "Barn och unga",
      "Uppföljning av att registerkontroll görs för ledare i kommunens lovverksamhet",
      [("Helår 2025", "Ej påbörjad", "", "Ej gjort pga sjukskrivning.", "2026-01-09")],
      "EJ_GENOMFORD", "nej")
    c(KE, K, "Tillgångar",
      "Inventering av konstsamlingen och kontroll mot konstregistret",
      [("Delår 2025", "Ej påbörjad", "", "", "2025-08-27"),
       ("Helår 2025", "Påbörjad", "Ja", "Fortsätter 2026. Ca 60 % inventerat, 4 verk kunde inte lokaliseras.", "2026-01-09")],
      "DELVIS", "ja")
    c(KE, K, "Evenemang",
      "Kontroll av att avtal med externa arrangörer är undertecknade före evenemang",
      [("Helår 2024", "Genomförd", "Nej", "Samtliga 14 avtal undertecknade i tid.", "2025-01-15"),
       ("Delår 2025", "", "", "", "")],
      "SAKNAS", "nej")
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr)
        for r in rows:
            w.writerow(r)
    FILES.append((fil, "INLAST", V, "2025", "HELAR"))
    FILES.append((fil, "INLAST", K, "2025", "HELAR"))
    for namnd, km, st, av in exps:
        exp(fil, namnd, km, st, av)


# ---------------------------------------------------------------------------
# 5. Tekniska nämnden: wide month matrix with tick symbols, legend, totals row
# ---------------------------------------------------------------------------
def f5():
    fil = "TF kontrollmatris IK 2025.xlsx"
    N = "Tekniska nämnden"
    M = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"]
    Y, H, X = "✓", "◐", "✗"
    # marks: dict month index -> symbol
    data = [
        ("Egenkontroll av dricksvattenkvalitet vid vattenverket enligt provtagningsplan", "VA-chef", "Månadsvis",
         {i: Y for i in range(12)}, "Nej", "", "GENOMFORD", "nej"),
        ("Kontroll av körjournaler och drivmedelskort för kommunens fordon", "Fordonssamordnare", "Kvartalsvis",
         {2: Y, 5: Y, 8: Y, 11: X}, "Nej", "December: ej gjort pga sjukskrivning.", "EJ_GENOMFORD", "nej"),
        ("Kontroll av att arbetsordrar i fastighetsunderhållet attesteras före fakturering", "Fastighetschef", "Halvår",
         {5: Y, 11: Y}, "Ja", "Två fakturor betalda utan attesterad arbetsorder (dec).", "GENOMFORD", "ja"),
        ("Kontroll av att upphandlade entreprenader följer avtalade à-priser", "Gatuchef", "Årlig",
         {10: H}, "Nej", "Två av fem entreprenader granskade.\nFortsätter 2026.", "DELVIS", "nej"),
        ("Kontroll av behörigheter i driftövervakningssystemet för VA-anläggningarna", "IT-samordnare", "Årlig",
         {4: Y}, "Nej", "Klart i maj.", "GENOMFORD", "nej"),
        ("Uppföljning av att felanmälningar för gatubelysning åtgärdas inom 10 dagar", "Gatuchef", "Månadsvis",
         {}, "", "Utgår enligt beslut TN 2025-04-10 § 33 (ny entreprenör med egen uppföljning).", "UTGAR", "nej"),
        ("Kontroll av att vinterväghållning utförs enligt avtal med entreprenör", "Gatuchef", "Vintermånader",
         {0: Y, 1: Y, 2: Y, 10: Y, 11: H}, "Nej", "Entreprenörens rapport för december inte komplett.", "DELVIS", "nej"),
        ("Stickprov på att avfallstaxa debiteras rätt för fritidshus", "Avfallschef", "Årlig",
         {}, "", "", "SAKNAS", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Kontrollmatris 2025"
    ws["A1"] = "Tekniska förvaltningen – kontrollmatris internkontroll 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Helårsuppföljning, avstämd 2026-01-15"
    ws.merge_cells(start_row=4, start_column=5, end_row=4, end_column=16)
    ws.cell(row=4, column=5, value="Utförd kontroll per månad").font = BOLD
    ws.cell(row=4, column=5).alignment = Alignment(horizontal="center")
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Frekvens"] + M + ["Avvikelse", "Kommentar"]
    row(ws, 5, hdr, BOLD, GREY)
    r = 6
    counts = [0] * 12
    for i, d in enumerate(data, start=1):
        vals = [i, d[0], d[1], d[2]] + [d[3].get(m, None) for m in range(12)] + [d[4], d[5]]
        row(ws, r, vals)
        for m, s in d[3].items():
            if s == Y:
                counts[m] += 1
        for m in range(12):
            ws.cell(row=r, column=5 + m).alignment = Alignment(horizontal="center")
            ws.cell(row=r, column=5 + m).border = BOX
        r += 1
    row(ws, r, ["", "Antal utförda kontroller", "", ""] + counts + ["", ""], BOLD)
    r += 2
    ws.cell(row=r, column=2, value="Teckenförklaring:").font = BOLD
    ws.cell(row=r + 1, column=2, value="✓ = kontroll utförd")
    ws.cell(row=r + 2, column=2, value="◐ = delvis utförd")
    ws.cell(row=r + 3, column=2, value="✗ = ej utförd")
    ws.cell(row=r + 4, column=2, value="Tom ruta = kontroll ej planerad den månaden")
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 18
    ws.column_dimensions["D"].width = 14
    for m in range(12):
        ws.column_dimensions[chr(ord("E") + m)].width = 5
    ws.column_dimensions["Q"].width = 10
    ws.column_dimensions["R"].width = 50
    ws.freeze_panes = "E6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    for d in data:
        exp(fil, N, d[0], d[6], d[7])


# ---------------------------------------------------------------------------
# 6. SBF workbook: SBN on sheet 1, MHN on sheet 2, Utförd (J/N) often blank,
#    status carried by comments, hidden list sheet
# ---------------------------------------------------------------------------
def f6():
    fil = "SBF uppföljning IK helår 2025.xlsx"
    S = "Samhällsbyggnadsnämnden"
    Mh = "Miljö- och hälsoskyddsnämnden"
    sbn = [
        ("Bygglov", "Kontroll av att bygglov handläggs inom lagstadgad tid om tio veckor", "Bygglovschef", "J",
         "4 % av ärendena överskred tiden.\nAvgiften reducerades enligt PBL 12 kap. 8 a §.", "Ja", "GENOMFORD", "ja"),
        ("Bygglov", "Kontroll av att beslut om startbesked fattas av behörig delegat", "Bygglovschef", None,
         "Klart i maj. Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Plan", "Kontroll av att debitering av planavgift sker enligt gällande taxa", "Planchef", None,
         "Ej gjort pga sjukskrivning", "", "EJ_GENOMFORD", "nej"),
        ("Lantmäteri", "Stickprov på att lantmäteriförrättningar faktureras i rätt period", "Lantmäterichef", "N",
         "Hann inte under året – fortsätter 2026.", "", "EJ_GENOMFORD", "nej"),
        ("Plan", "Kontroll av att detaljplaner som vunnit laga kraft publiceras på webben", "Planchef", None,
         "Påbörjad under hösten.\nFortsätter 2026.", "", "DELVIS", "nej"),
        ("Tillsyn", "Kontroll av att tillsyn av ovårdade tomter dokumenteras i ärendesystemet", "Byggnadsinspektör", "J",
         "", "Nej", "GENOMFORD", "nej"),
        ("GIS", "Uppföljning av att adressättning registreras i belägenhetsadressregistret", "GIS-ingenjör", None,
         "", "", "SAKNAS", "nej"),
    ]
    mhn = [
        ("Taxor", "Kontroll av att tillsynsavgifter för livsmedelskontroll debiteras enligt taxa", "Miljöchef", "J",
         "", "Nej", "GENOMFORD", "nej"),
        ("Livsmedel", "Kontroll av att planerade livsmedelskontroller genomförs enligt kontrollplanen", "Miljöchef", "N",
         "Kontrollen ej utförd – vakant inspektörstjänst hela året.", "", "EJ_GENOMFORD", "nej"),
        ("Hälsoskydd", "Kontroll av att klagomål på buller och inomhusmiljö registreras och besvaras inom två veckor",
         "Miljöinspektör", None, "Klart i oktober.\nTre ärenden hade längre svarstid än två veckor.", "Ja", "GENOMFORD", "ja"),
        ("Avlopp", "Kontroll av att beslut om enskilda avlopp fattas av rätt delegat", "Miljöchef", "J",
         "20 beslut granskade.", "Nej", "GENOMFORD", "nej"),
        ("Tillsyn", "Uppföljning av att förelägganden med vite följs upp inom angiven tid", "Miljöjurist", None,
         "Ej aktuell 2025", "", "UTGAR", "nej"),
        ("Livsmedel", "Kontroll av att registrering av nya livsmedelsanläggningar sker inom 14 dagar", "Administratör",
         None, "Osäkert – byte av ärendesystem under året", "", "OKLAR", "nej"),
    ]
    wb = Workbook()
    for idx, (namnd, rubrik, data) in enumerate([
            (S, "Samhällsbyggnadsnämnden – uppföljning internkontroll helår 2025", sbn),
            (Mh, "Miljö- och hälsoskyddsnämnden – uppföljning internkontroll helår 2025", mhn)]):
        ws = wb.active if idx == 0 else wb.create_sheet()
        ws.title = "SBN" if idx == 0 else "MHN"
        ws["A1"] = rubrik
        ws["A1"].font = TITLE
        ws["A2"] = "Samhällsbyggnadsförvaltningen, Lindeskogs kommun"
        row(ws, 4, ["Process", "Kontrollmoment", "Kontrollansvarig", "Utförd (J/N)", "Kommentar", "Avvikelse"], BOLD, GREY)
        r = 5
        for d in data:
            row(ws, r, list(d[:6]))
            r += 1
        ws.cell(row=r + 1, column=1, value="Redovisas för nämnden i februari 2026.")
        for col, w in zip("ABCDEF", [14, 60, 20, 12, 50, 11]):
            ws.column_dimensions[col].width = w
        for d in data:
            exp(fil, namnd, d[1], d[6], d[7])
    ls = wb.create_sheet("Listor")
    ls["A1"] = "J"
    ls["A2"] = "N"
    ls["B1"] = "Ja"
    ls["B2"] = "Nej"
    ls.sheet_state = "hidden"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", S, "2025", "HELAR"))
    FILES.append((fil, "INLAST", Mh, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Arbetsmarknadsnämnden: a PLAN for 2026 sent by mistake (.ods), risk numbers
# ---------------------------------------------------------------------------
def f7(tmp):
    fil = "AMN Internkontrollplan 2026.ods"
    N = "Arbetsmarknadsnämnden"
    data = [
        ("Ekonomi", "Felaktiga utbetalningar av stöd", 3, 4,
         "Kontroll av att anställningsstöd betalas ut enligt beslut från Arbetsförmedlingen",
         "Stickprov 20 ärenden", "Halvår", "Enhetschef AME", "Delår 2026, Helår 2026"),
        ("Myndighetsutövning", "Deltagare saknar beslut", 2, 3,
         "Stickprov på att deltagare i arbetsmarknadsinsatser har giltigt beslut",
         "Stickprov 25 deltagare", "Årlig", "Enhetschef AME", "Helår 2026"),
        ("Personal", "Felaktig lön till feriearbetare", 3, 2,
         "Kontroll av att närvarorapportering för feriearbetande ungdomar attesteras",
         "Genomgång av tidrapporter juli", "Årlig", "Feriesamordnare", "Delår 2026"),
        ("Verksamhet", "Deltagare blir utan planering", 3, 3,
         "Uppföljning av att handlingsplaner upprättas för deltagare inom 30 dagar",
         "Uttag ur verksamhetssystemet", "Halvår", "Arbetsmarknadskonsulent", "Delår 2026, Helår 2026"),
        ("Inköp", "Köp utanför avtal", 2, 2,
         "Kontroll av att inköp till arbetsmarknadsenhetens verkstad sker från avtalsleverantör",
         "Stickprov 30 fakturor", "Årlig", "Controller", "Helår 2026"),
        ("IT", "Obehörig åtkomst till personuppgifter", 2, 4,
         "Kontroll av att behörigheter i verksamhetssystemet Treserva avslutas vid avslutad anställning",
         "Avstämning mot HR-systemet", "Halvår", "Systemförvaltare", "Delår 2026, Helår 2026"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan 2026"
    ws["A1"] = "Internkontrollplan 2026 – Arbetsmarknadsnämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Antagen av arbetsmarknadsnämnden 2025-11-20 § 77"
    hdr = ["Process", "Risk", "Sannolikhet (1–4)", "Konsekvens (1–4)", "Riskvärde", "Kontrollmoment", "Metod",
           "Frekvens", "Ansvarig", "Rapporteras till nämnden"]
    row(ws, 4, hdr, BOLD, GREY)
    r = 5
    for d in data:
        vals = list(d[:4]) + [d[2] * d[3]] + list(d[4:])
        row(ws, r, vals)
        r += 1
    ws.cell(row=r + 1, column=1, value="Riskvärde = sannolikhet × konsekvens. Risker med värde 6 eller högre tas med i planen.")
    for col, w in zip("ABCDEFGHIJ", [16, 30, 12, 12, 10, 60, 28, 10, 22, 24]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "AMN Internkontrollplan 2026.xlsx")
    wb.save(src)
    soffice(src, "ods", OUT)
    FILES.append((fil, "INLAST", N, "2026", ""))
    for d in data:
        exp(fil, N, d[4], "SAKNAS", "nej")


# ---------------------------------------------------------------------------
# 8. GVN: Word table -> .odt, nämnd only in page header, group heading rows,
#    "Följer plan" Ja/Nej/Delvis, status in comment when blank
# ---------------------------------------------------------------------------
def f8(tmp):
    fil = "GVN uppföljning internkontroll 2025.odt"
    N = "Gymnasie- och vuxenutbildningsnämnden"
    groups = [
        ("Ekonomi", [
            ("Kontroll av att interkommunala ersättningar faktureras för samtliga elever från andra kommuner",
             "Avstämning elevregister mot fakturering ht/vt", "Ja", "Alla 212 elever fakturerade.", "GENOMFORD", "nej"),
            ("Kontroll av att läromedelsinköp görs via upphandlade avtal",
             "Stickprov 30 fakturor", "Nej", "Ej gjort pga sjukskrivning hos controller.", "EJ_GENOMFORD", "nej"),
        ]),
        ("Vuxenutbildning", [
            ("Kontroll av att CSN-rapportering för vuxenutbildningen sker korrekt och i tid",
             "Jämförelse av rapporterad studieaktivitet mot närvaro", "Delvis",
             "Rapporteringen var försenad för 12 elever i period 2.\nNy rutin med påminnelse införd.", "DELVIS", "ja"),
            ("Kontroll av att kursbetyg registreras i elevadministrativt system inom en vecka efter kursslut",
             "Uttag ur elevsystemet", "Ja", "", "GENOMFORD", "nej"),
        ]),
        ("Personal och arbetsmiljö", [
            ("Uppföljning av att övertidsuttag för lärare inte överstiger 200 timmar per år",
             "Rapport ur lönesystemet", "",
             "Klart i juni – två lärare låg över gränsen,\nschema justerat för hösten.", "GENOMFORD", "ja"),
            ("Kontroll av att APL-platser har genomförd riskbedömning inför elevernas praktik",
             "Genomgång av APL-avtal och riskbedömningar", "Ja", "45 av 45 platser hade riskbedömning.",
             "GENOMFORD", "nej"),
        ]),
    ]
    doc = docx.Document()
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.header.paragraphs[0].text = N + " – Lindeskogs kommun"
    sec.footer.paragraphs[0].text = "Dnr GVN 2025/36"
    doc.add_heading("Helårsuppföljning av internkontrollplan 2025", level=1)
    doc.add_paragraph("Uppföljningen har sammanställts av gymnasie- och vuxenutbildningsförvaltningens ledningsgrupp.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Vad kontrolleras", "Hur", "Följer plan (Ja/Nej/Delvis)", "Kommentar", "Avvikelse"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        for run in t.rows[0].cells[i].paragraphs[0].runs:
            run.bold = True
    for g, items in groups:
        cells = t.add_row().cells
        m = cells[0].merge(cells[4])
        m.text = g
        m.paragraphs[0].runs[0].bold = True
        for km, hur, fp, kom, st, av in items:
            cells = t.add_row().cells
            cells[0].text = km
            cells[1].text = hur
            cells[2].text = fp
            cells[3].text = kom
            cells[4].text = "Ja" if av == "ja" else "Nej"
            exp(fil, N, km, st, av)
    doc.add_paragraph("")
    doc.add_paragraph("Beslutad av nämnden 2026-02-05.")
    src = os.path.join(tmp, "GVN uppföljning internkontroll 2025.docx")
    doc.save(src)
    soffice(src, "odt", OUT)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 9. Räddningstjänsten: Status 2024 | Status 2025 letter codes, legend on another
#    sheet, .xls
# ---------------------------------------------------------------------------
def f9(tmp):
    fil = "Räddningstjänsten IK 2024-2025.xls"
    N = "Räddningsnämnden"
    data = [
        ("Kontroll av att tillsyn enligt LSO genomförs enligt tillsynsplanen", "A", "B", "Ja",
         "Tillsynsplanen uppnåddes till 80 %, 14 tillsyner flyttade till 2026.", "DELVIS", "ja"),
        ("Kontroll av att rengöring (sotning) och brandskyddskontroll utförs enligt fastställda frister", "A", "A", "Nej",
         "", "GENOMFORD", "nej"),
        ("Kontroll av att övningar för deltidsbrandmän dokumenteras i övningsjournal", "C", None, "",
         "", "SAKNAS", "nej"),
        ("Kontroll av att andningsskydd testas och servas enligt tillverkarens anvisningar", None, "A", "Nej",
         "Ny kontroll 2025.", "GENOMFORD", "nej"),
        ("Kontroll av att fakturering av onödiga automatiska brandlarm sker enligt taxa", "B", "C", "",
         "Ej gjort, flyttas till 2026.", "EJ_GENOMFORD", "nej"),
        ("Kontroll av att tillstånd för hantering av brandfarlig vara handläggs inom två månader", "A", "D", "",
         "", "UTGAR", "nej"),
        ("Kontroll av att behörigheter till larmcentralens system ses över två gånger per år", "A", "?", "",
         "Osäkert om höstens genomgång gjordes.", "OKLAR", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Räddningstjänsten Lindeskog – uppföljning internkontroll helår 2025 (jämförelse 2024)"
    ws["A1"].font = TITLE
    row(ws, 3, ["Nr", "Kontrollmoment", "Status 2024", "Status 2025", "Anmärkning (Ja/Nej)", "Kommentar"], BOLD, GREY)
    r = 4
    for i, d in enumerate(data, start=1):
        row(ws, r, [i] + list(d[:5]))
        r += 1
    ws.cell(row=r + 1, column=2, value="Statuskoder: se flik Förklaring")
    for col, w in zip("ABCDEF", [5, 70, 12, 12, 14, 50]):
        ws.column_dimensions[col].width = w
    lg = wb.create_sheet("Förklaring")
    lg["A1"] = "Kod"
    lg["B1"] = "Betydelse"
    for i, (k, v) in enumerate([("A", "Genomförd"), ("B", "Delvis genomförd"), ("C", "Ej genomförd"),
                                ("D", "Utgår ur planen (beslut i nämnd)")], start=2):
        lg.cell(row=i, column=1, value=k)
        lg.cell(row=i, column=2, value=v)
    src = os.path.join(tmp, "Räddningstjänsten IK 2024-2025.xlsx")
    wb.save(src)
    soffice(src, "xls", OUT)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    for d in data:
        exp(fil, N, d[0], d[5], d[6])


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård och omsorg|Vård- och omsorgsförvaltningen"),
    ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknadsförvaltningen|AME"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljö- och hälsoskyddskontoret"),
    ("Räddningsnämnden", "RN|Räddningstjänsten|Räddningstjänsten Lindeskog"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
]


def main():
    tmp = tempfile.mkdtemp(prefix="r15-")
    f1(); f2(); f3(); f4(); f5(); f6(); f7(tmp); f8(tmp); f9(tmp)
    shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for r in EXP:
            f.write(";".join(r) + "\n")
    kms = [e[2] for e in EXP]
    assert len(kms) == len(set(kms)), "duplicate control texts"
    print(len(FILES), "file rows,", len(EXP), "controls")


if __name__ == "__main__":
    main()
