#!/usr/bin/python3
"""Blind round r414 - Sollerön kommun, delårsuppföljning 2025."""
import csv, os, subprocess, shutil, datetime, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round414"]
FIXED = datetime.datetime(2025, 9, 12, 9, 0, 0)
EXP = []      # expected rows
FILES = []    # files rows


def exp(fil, namnd, km, status, avv=""):
    EXP.append([fil, namnd, km, status, avv])


def convert(src, fmt, outname):
    tmp = tempfile.mkdtemp(prefix="r414_")
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    shutil.move(os.path.join(tmp, base + "." + ext), os.path.join(OUT, outname))
    shutil.rmtree(tmp, ignore_errors=True)


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fixprops(wb):
    wb.properties.creator = "Sollerön kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# ---------------------------------------------------------------- 1 KS xlsx
def f1():
    fil = "IKP uppföljning delår 2025 Kommunstyrelsen.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook(); fixprops(wb)
    ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Nämnd: Kommunstyrelsen"
    ws["A3"] = "Period: Delårsuppföljning januari–augusti 2025"
    ws["A4"] = "Uppdaterad 2025-09-12 av Karin Ersson, controller"
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar/resultat"]
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor per tertial",
         "Ekonomichef", "Genomförd", "40 fakturor granskade (jan–aug). Inga avvikelser.", "GENOMFORD", "nej"),
        (2, "Ekonomi", "Representation och förtroendekänsliga poster redovisas korrekt med syfte och deltagare",
         "Stickprov 15 verifikationer", "Redovisningsansvarig", "Genomförd med avvikelse",
         "3 av 15 verifikationer saknade deltagarförteckning. Återkoppling till berörda chefer har skett.", "GENOMFORD", "ja"),
        (3, "Upphandling", "Inköp sker från avtalade leverantörer (avtalstrohet)", "Analys i inköpsanalysverktyget",
         "Upphandlingschef", "Pågår", "Analys för januari–juni klar. Resultatet redovisas i helårsuppföljningen.", "DELVIS", ""),
        (4, "HR/lön", "Löneutbetalningar till avslutade anställningar stoppas i tid",
         "Kontroll av avslutslista mot lönesystemet", "HR-chef", "Genomförd",
         "En felaktig utbetalning i juni (en månadslön) upptäcktes och har återkrävts.", "GENOMFORD", "ja"),
        (5, "IT och informationssäkerhet", "Behörigheter i ekonomisystemet motsvarar aktuell befattning",
         "Behörighetsgenomgång med systemförvaltare", "IT-chef", "Ej påbörjad",
         "Flyttad till hösten på grund av uppgradering av ekonomisystemet.", "EJ_GENOMFORD", ""),
        (6, "Ärendehantering", "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Stickprov 10 beslut", "Kommunsekreterare", "Genomförd", "Samtliga granskade beslut var anmälda.", "GENOMFORD", "nej"),
        (7, "Säkerhet", "Krisledningsplanen är uppdaterad och känd av krisledningsgruppen", "Genomgång",
         "Säkerhetssamordnare", "Utgår", "Ersätts av ny plan för civilt försvar enligt KS beslut 2025-03-18 § 41.", "UTGAR", ""),
        (8, "Ekonomi", "Avstämning av balanskonton vid månadsbokslut", "Kontroll av avstämningsdokumentation",
         "Redovisningsansvarig", "Genomförd", "Avstämningar finns för samtliga månadsbokslut. Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    r0 = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r0, c, h); cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78"); cell.border = BOX
    for i, row in enumerate(rows):
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(r0 + 1 + i, c, v); cell.alignment = WRAP; cell.border = BOX
        exp(fil, N, row[2], row[7], row[8])
    last = r0 + len(rows) + 2
    ws.cell(last, 1, "Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak vara tillräcklig. "
            "Kvarvarande kontroller genomförs under hösten och redovisas i helårsuppföljningen.")
    ws.merge_cells(start_row=last, start_column=1, end_row=last, end_column=7)
    ws.cell(last, 1).alignment = WRAP; ws.row_dimensions[last].height = 32
    for col, w in zip("ABCDEFG", [5, 18, 45, 30, 20, 22, 55]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Instruktion")
    for i, t in enumerate([
        "Instruktion för uppföljning",
        "Fyll i kolumnen Status med något av: Genomförd, Genomförd med avvikelse, Pågår, Ej påbörjad, Utgår.",
        "Beskriv resultatet kortfattat i kolumnen Kommentar/resultat.",
        "Skicka filen till ekonomiavdelningen senast 12 september."], 1):
        ws2.cell(i, 1, t)
    wb.save(os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", N, "2025", "DELAR"])


# ---------------------------------------------------------------- 2 BUN docx, colour status
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def f2():
    fil = "BUN uppföljning intern kontroll delår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = Document(); d.core_properties.author = "Barn- och utbildningsförvaltningen"; d.core_properties.created = FIXED
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – delårsrapport (januari–augusti)").runs[0].bold = True
    d.add_paragraph("Nämnden antog internkontrollplanen för 2025 den 2024-12-10, § 112. I tabellen nedan redovisas "
                    "utfallet av de kontroller som ingår i planen per den 31 augusti 2025.")
    d.add_paragraph("Status anges med färg: Grön = Genomförd, Gul = Delvis genomförd/pågår, Röd = Ej genomförd, "
                    "Grå = Utgår.")
    G, Y, R, GR = "00B050", "FFFF00", "FF0000", "BFBFBF"
    groups = [
        ("Ekonomi och administration", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Controller", G,
             "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Korrekt underlag för interkommunal ersättning och skolpeng till fristående huvudmän",
             "Avstämning mot folkbokföringen per 15 mars och 15 oktober", "Utbildningsadministratör", Y,
             "Avstämningen för vårterminen är klar. Höstterminen stäms av i oktober.", "DELVIS", ""),
            ("Inventarieförteckning finns och är uppdaterad på varje skolenhet", "Enkät till rektorer",
             "Förvaltningsekonom", R, "Ej genomförd under perioden, genomförs under hösten.", "EJ_GENOMFORD", ""),
            ("Skolskjuts beviljas enligt riktlinjer för skolskjuts", "Stickprov 20 beslut", "Skolskjutssamordnare",
             None, "", "SAKNAS", ""),
        ]),
        ("Elevhälsa och trygghet", [
            ("Kränkande behandling anmäls till huvudmannen utan dröjsmål", "Genomgång av anmälningar i DF Respons",
             "Verksamhetsutvecklare", G,
             "142 anmälningar januari–juni, varav 9 anmäldes senare än fem dagar efter händelsen. Rektorerna har informerats.",
             "GENOMFORD", "ja"),
            ("Frånvarouppföljning sker enligt rutin för problematisk skolfrånvaro", "Stickprov 10 elever per skolenhet",
             "Elevhälsochef", Y, "4 av 7 skolenheter granskade. Resterande granskas i september.", "DELVIS", ""),
            ("Utdrag ur belastningsregistret kontrolleras före anställning i förskola och skola",
             "Stickprov bland nyanställda", "HR-partner", G, "Samtliga 18 nyanställda kontrollerade, inga brister.",
             "GENOMFORD", "nej"),
        ]),
        ("Informationssäkerhet", [
            ("Behörigheter i elevdokumentationssystemet tas bort vid avslutad anställning",
             "Jämförelse avslutade anställningar mot behörighetslista", "Systemförvaltare", Y,
             "Påbörjad. 31 konton kontrollerade, 4 aktiva konton för avslutad personal upptäcktes och har stängts.",
             "DELVIS", "ja"),
            ("Personuppgiftsincidenter rapporteras inom 72 timmar", "Genomgång av incidentloggen",
             "Dataskyddssamordnare", GR, "Kontrollen utgår – ingår i kommunstyrelsens kommungemensamma kontroll.",
             "UTGAR", ""),
        ]),
    ]
    hdr = ["Kontrollmoment", "Metod/omfattning", "Ansvarig", "Status", "Resultat och kommentar"]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "D9E2F3")
    for g, items in groups:
        r = t.add_row(); m = r.cells[0].merge(r.cells[4]); m.text = g
        m.paragraphs[0].runs[0].bold = True; shade(m, "F2F2F2")
        for km, met, ans, col, kom, st, av in items:
            r = t.add_row().cells
            r[0].text = km; r[1].text = met; r[2].text = ans; r[3].text = ""; r[4].text = kom
            if col: shade(r[3], col)
            exp(fil, N, km, st, av)
    d.add_paragraph("")
    d.add_paragraph("Sollerön 2025-09-15")
    d.add_paragraph("Anna Mattsson\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", N, "2025", "DELAR"])


# ---------------------------------------------------------------- 3 SN xlsx, symbols, T1 + delår side by side
def f3():
    fil = "IK-uppf 2025 SN.xlsx"
    N = "Socialnämnden"
    wb = Workbook(); fixprops(wb)
    ws = wb.active; ws.title = "IKP 2025"
    ws["A1"] = "Socialnämnden – internkontrollplan 2025 med uppföljning"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Teckenförklaring: ✔ = Genomförd   ◐ = Påbörjad/delvis genomförd   ✘ = Ej genomförd   – = Utgår"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("G4:H4"); ws.merge_cells("I4:J4"); ws.merge_cells("K4:L4")
    ws["G4"] = "Tertial 1 (jan–apr)"; ws["I4"] = "Delår (jan–aug)"; ws["K4"] = "Helår (jan–dec)"
    hdr = ["Nr", "Område", "Risk", "Kontrollmoment", "Ansvarig", "Riskvärde",
           "Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h); cell.font = Font(bold=True); cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    for c in (7, 9, 11):
        ws.cell(4, c).font = Font(bold=True); ws.cell(4, c).alignment = Alignment(horizontal="center")
    rows = [
        ("1", "Ekonomiskt bistånd", "Felaktiga utbetalningar", "Utbetalningar av ekonomiskt bistånd kontrolleras mot beslut",
         "Enhetschef IFO vuxen", 12, "✔", "20 utbetalningar kontrollerade, inga fel.", "✔",
         "Ytterligare 20 utbetalningar kontrollerade. En dubbelutbetalning upptäcktes och har återkrävts.", "GENOMFORD", "ja"),
        ("2", "Ekonomiskt bistånd", "Bidragsbrott", "Kontroll mot Arbetsförmedlingen och Försäkringskassan via SSBTEK vid nybesök",
         "Enhetschef IFO vuxen", 9, "◐", "Rutinen ses över.", "✔",
         "Rutinen uppdaterad i maj. Stickprov på 15 nybesök visar att kontrollen görs.", "GENOMFORD", "nej"),
        ("3", "Barn och unga", "Barn som far illa uppmärksammas inte i tid",
         "Förhandsbedömning av orosanmälan görs inom 14 dagar", "Enhetschef barn och unga", 16, "✘", "Planeras till maj.",
         "◐", "Mätning maj–juni: 81 % av förhandsbedömningarna klara inom 14 dagar. Åtgärdsplan tas fram.", "DELVIS", "ja"),
        ("4", "Barn och unga", "Utredningar drar ut på tiden", "Utredningstid högst fyra månader enligt 11 kap. 2 § SoL",
         "Enhetschef barn och unga", 12, "✔", "Granskning i april: samtliga 35 avslutade utredningar klara inom fyra månader.",
         "", "", "GENOMFORD", "nej"),
        ("5", "Familjehemsvård", "Placerade barn saknar aktuell vårdplan",
         "Aktuell vårdplan och genomförandeplan finns för samtliga placerade barn", "Familjehemssekreterare", 8, "", "",
         "◐", "Genomgång pågår, 22 av 30 akter granskade hittills.", "DELVIS", ""),
        ("6", "Myndighetsutövning", "Beslut fattas utan delegation", "Delegationsbeslut anmäls till nämnden månadsvis",
         "Nämndsekreterare", 6, "✔", "", "✔", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("7", "Informationssäkerhet", "Obehörig åtkomst till personuppgifter", "Loggkontroll i verksamhetssystemet Lifecare",
         "Systemförvaltare", 12, "", "", "–", "Utgår – ersätts av kommungemensam loggkontroll som KS ansvarar för.", "UTGAR", ""),
        ("8", "Personal", "Hög korttidssjukfrånvaro", "Uppföljning av upprepad korttidsfrånvaro med rehabiliteringssamtal",
         "HR-partner", 9, "", "", "✘", "Ej genomförd på grund av vakant HR-tjänst.", "EJ_GENOMFORD", ""),
        ("9", "Våld i nära relation", "Brister i skyddsbedömning", "Strukturerad riskbedömning (FREDA) görs i ärenden om våld i nära relation",
         "Enhetschef IFO vuxen", 16, "", "", "", "Se bilaga 3.", "OKLAR", ""),
    ]
    for i, row in enumerate(rows):
        for c, v in enumerate(row[:10], 1):
            cell = ws.cell(6 + i, c, v); cell.alignment = WRAP; cell.border = BOX
            if c in (7, 9): cell.alignment = Alignment(horizontal="center", vertical="top")
        for c in (11, 12): ws.cell(6 + i, c).border = BOX
        exp(fil, N, row[3], row[10], row[11])
    for col, w in zip("ABCDEFGHIJKL", [4, 18, 26, 42, 22, 9, 7, 34, 7, 45, 7, 30]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "E6"
    ws.cell(17, 1, "Beslutad i socialnämnden 2025-01-22 § 8. Uppföljning delår behandlas i nämnden 2025-09-24.")
    wb.save(os.path.join(OUT, fil))
    FILES.append([fil, "INLAST", N, "2025", "DELAR"])


# ---------------------------------------------------------------- 4 VON .doc, text only
def f4():
    fil = "Delårsuppföljning internkontroll 2025 VOF.doc"
    N = "Vård- och omsorgsnämnden"
    d = Document(); d.core_properties.created = FIXED; d.core_properties.author = "VOF"
    p = d.add_paragraph("Vård- och omsorgsförvaltningen"); p.runs[0].bold = True
    p = d.add_paragraph("Tjänsteskrivelse 2025-09-08      Dnr VON 2025/41")
    d.add_heading("Delårsuppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph("Förslag till beslut: Vård- och omsorgsnämnden godkänner delårsuppföljningen av "
                    "internkontrollplanen för perioden januari–augusti 2025.")
    d.add_heading("Ärendet", level=2)
    d.add_paragraph("Nämnden fastställde internkontrollplanen för 2025 den 2024-12-11 § 97. Planen omfattar sju "
                    "kontrollmoment. Nedan redovisas resultatet för respektive kontroll per 31 augusti.")
    items = [
        ("Läkemedelshantering", "Signeringslistor för läkemedelsöverlämning är fullständigt ifyllda",
         "Stickprov på fyra särskilda boenden i maj. 6 av 40 signeringslistor hade osignerade doser. "
         "Avvikelserna har rapporterats och följts upp av MAS.", "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Avgifter", "Avgiftsbeslut inom äldreomsorgen baseras på aktuell inkomstförfrågan",
         "25 avgiftsbeslut granskade. Samtliga baserades på aktuell inkomstförfrågan.", "Genomförd", "GENOMFORD", "nej"),
        ("Hemtjänst", "Utförd tid i hemtjänsten stämmer mot beviljad tid (TES-registrering)",
         "Analys av januari–juni har påbörjats och slutförs under oktober.", "Pågår", "DELVIS", ""),
        ("Bemanning", "Timanställda har genomgått introduktion och registerkontroll innan första arbetspass",
         "Kontrollen har skjutits upp till hösten på grund av sommarrekryteringen.", "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Lex Sarah", "Rapporter enligt lex Sarah utreds och avslutas inom två månader",
         "11 rapporter inkom under perioden. Två utredningar tog längre tid än två månader.", "Genomförd", "GENOMFORD", "ja"),
        ("Kontanthantering", "Hantering av brukares kontanter på särskilt boende sker enligt rutin",
         "Kontroll gjord på samtliga boenden i april. Kassaböckerna stämde mot kontantbehållningen.", None, "GENOMFORD", "nej"),
        ("Fallprevention", "Riskbedömning för fall görs inom 14 dagar efter inflyttning",
         "Nämnden beslutade 2025-05-21 § 38 att kontrollen stryks ur planen eftersom den följs upp i Senior alert.",
         "Utgår", "UTGAR", ""),
    ]
    for i, (rub, km, res, st, est, av) in enumerate(items, 1):
        d.add_heading(f"{i}. {rub}", level=3)
        d.add_paragraph(f"Kontrollmoment: {km}")
        d.add_paragraph(f"Resultat: {res}")
        if st:
            d.add_paragraph(f"Status: {st}")
        exp(fil, N, km, est, av)
    d.add_heading("Samlad bedömning", level=2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. De kontroller som inte "
                    "genomförts ska vara klara till helårsuppföljningen.")
    d.add_paragraph("Lena Jonsson\nFörvaltningschef")
    tmp = tempfile.mkdtemp(prefix="r414d_")
    src = os.path.join(tmp, os.path.splitext(fil)[0] + ".docx")
    d.save(src)
    convert(src, "doc:MS Word 97", fil)
    shutil.rmtree(tmp, ignore_errors=True)
    FILES.append([fil, "INLAST", N, "2025", "DELAR"])


# ---------------------------------------------------------------- 5 Stratsys export CSV, two nämnder, long format
def f5():
    fil = "Stratsys_export_internkontroll_2025-09-10.csv"
    SB, TN = "Samhällsbyggnadsnämnden", "Tekniska nämnden"
    hdr = ["Enhet", "Plan", "Process", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar", "Senast ändrad"]
    plan = "Internkontrollplan 2025"
    # (enhet, process, km, ansvarig, [(period, status, kommentar, datum)], expected, avv)
    data = [
        (SB, "Bygglov", "Bygglov handläggs inom lagstadgad tid (10 veckor)", "Bygglovschef",
         [("T1 2025", "Pågående", "Mätning januari–mars: 92 % inom tid.", "2025-04-28"),
          ("Delår 2025", "Klar", "Mätning januari–juni: 94 % inom tid. 7 ärenden överskred tidsfristen och avgiften har reducerats enligt PBL.", "2025-09-03")],
         "GENOMFORD", "ja"),
        (SB, "Bygglov", "Debitering av bygglovsavgifter sker enligt gällande taxa", "Bygglovschef",
         [("Delår 2025", "Klar", "Stickprov 15 ärenden, inga fel.", "2025-09-03")], "GENOMFORD", "nej"),
        (SB, "Planering", "Plankostnadsavtal tecknas innan planarbete påbörjas", "Planchef",
         [("Delår 2025", "Ej påbörjad", "Genomförs i oktober.", "2025-08-29")], "EJ_GENOMFORD", ""),
        (SB, "Administration", "Allmänna handlingar diarieförs inom nämndens ansvarsområde", "Nämndsekreterare",
         [("Delår 2025", "Pågående", "Stickprov för januari–april klart, maj–augusti pågår.", "2025-09-05")], "DELVIS", ""),
        (SB, "Tillsyn", "Uppföljning av obligatorisk ventilationskontroll (OVK)", "Byggnadsinspektör",
         [("T1 2025", "Ej påbörjad", "", "2025-04-28"),
          ("Delår 2025", "Avbruten", "Avbruten enligt beslut SBN 2025-04-09 § 52, hanteras i tillsynsplanen.", "2025-09-01")],
         "UTGAR", ""),
        (SB, "Bostadsanpassning", "Bostadsanpassningsbidrag beslutas enligt lag och kommunens riktlinjer", "Handläggare BAB",
         [("Delår 2025", "Ej rapporterad", "", "")], "SAKNAS", ""),
        (TN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom",
         [("T1 2025", "Klar", "Inga avvikelser.", "2025-04-25"),
          ("Delår 2025", "Klar", "Inga avvikelser.", "2025-09-02")], "GENOMFORD", "nej"),
        (TN, "Upphandling", "Avtalstrohet vid inköp av entreprenader och material", "Upphandlare",
         [("Delår 2025", "Pågående", "Leverantörsanalys januari–juni genomförd, fördjupning pågår.", "2025-09-02")], "DELVIS", ""),
        (TN, "VA", "Debitering av VA-avgifter kontrolleras mot mätarställning", "VA-chef",
         [("Delår 2025", "Klar", "Stickprov 50 abonnenter. 2 felaktiga debiteringar har rättats.", "2025-08-27")], "GENOMFORD", "ja"),
        (TN, "Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176", "Parkchef",
         [("Delår 2025", "Klar", "Samtliga 24 lekplatser besiktigade. Brister på 3 lekplatser, åtgärdade i juli.", "2025-08-20")],
         "GENOMFORD", "ja"),
        (TN, "Fordon", "Körjournaler förs för kommunens fordon enligt riktlinje", "Fordonssamordnare",
         [("T1 2025", "Ej påbörjad", "Planeras till maj.", "2025-04-25"),
          ("Delår 2025", "Pågående", "Stickprov på 10 fordon påbörjat.", "2025-09-04")], "DELVIS", ""),
        (TN, "Gata/park", "Fakturerad vinterväghållning stämmer mot entreprenörens körrapporter", "Gatuchef",
         [("T1 2025", "Klar", "Januari–mars kontrollerat mot GPS-rapporter, inga avvikelser.", "2025-04-25")],
         "GENOMFORD", "nej"),
    ]
    lines = []
    for en, pr, km, an, per, est, av in data:
        for p, s, k, dt in per:
            lines.append([en, plan, pr, km, an, p, s, k, dt])
        exp(fil, en, km, est, av)
    # export sorted by period then enhet, as the system does
    order = {"T1 2025": 0, "Delår 2025": 1}
    lines.sort(key=lambda r: (order[r[5]], r[0]))
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr); w.writerows(lines)
    FILES.append([fil, "INLAST", SB, "2025", "DELAR"])
    FILES.append([fil, "INLAST", TN, "2025", "DELAR"])


# ---------------------------------------------------------------- 6 KFN .xls, tick columns, nämnd only in print header
def f6():
    fil = "ikp_uppf_delar2025_kfn.xls"
    N = "Kultur- och fritidsnämnden"
    wb = Workbook(); fixprops(wb)
    ws = wb.active; ws.title = "Blad1"
    ws.oddHeader.left.text = "Kultur- och fritidsnämnden"
    ws.oddHeader.right.text = "Sollerön kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – delår (jan–aug)"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Markera med X i den kolumn som stämmer. Lämnas till ekonomienheten senast 2025-09-12."
    hdr = ["Kontrollområde", "Kontrollmoment", "Planerad tidpunkt", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h); cell.font = Font(bold=True); cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, horizontal="center")
    rows = [
        ("Föreningsbidrag", "Föreningsbidrag betalas ut enligt bidragsregler och beslut", "Vår", "X", "", "",
         "Kontroll av 12 ansökningar, inga fel.", "GENOMFORD", "nej"),
        ("Föreningsbidrag", "Redovisning av aktivitetsbidrag har kommit in från bidragstagarna", "Vår", "", "X", "",
         "8 av 11 föreningar har redovisat. Kontrollen slutförs i oktober.", "DELVIS", ""),
        ("Uthyrning", "Lokaluthyrning faktureras enligt bokningssystemet", "Löpande", "X", "", "",
         "Avstämning januari–juni: 4 bokningar var inte fakturerade, nu åtgärdat.", "GENOMFORD", "ja"),
        ("Kassahantering", "Dagskassor i simhallen stäms av mot kassasystemet", "Löpande", "X", "", "X",
         "", "OKLAR", ""),
        ("Bibliotek", "Inköp av medier sker från upphandlad leverantör", "Höst", "", "", "",
         "Planerad till hösten.", "EJ_GENOMFORD", ""),
        ("Arbetsmiljö", "Skyddsronder genomförs i samtliga verksamhetslokaler", "Vår", "", "", "X",
         "Ej genomförd på grund av sjukskrivning. Flyttas till hösten.", "EJ_GENOMFORD", ""),
        ("Stipendier", "Kulturstipendium delas ut enligt fastställda kriterier", "Vår", "", "", "",
         "Utgår – stipendiet delas inte ut 2025 (beslut KFN 2025-02-11 § 9).", "UTGAR", ""),
    ]
    for i, row in enumerate(rows):
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(5 + i, c, v); cell.border = BOX
            cell.alignment = Alignment(horizontal="center", vertical="top") if 4 <= c <= 6 else WRAP
        exp(fil, N, row[1], row[7], row[8])
    ws.cell(5 + len(rows) + 1, 1, "Ifylld av: Per Olsson, kultur- och fritidschef, 2025-09-11")
    for col, w in zip("ABCDEFG", [18, 48, 11, 11, 8, 11, 50]):
        ws.column_dimensions[col].width = w
    tmp = tempfile.mkdtemp(prefix="r414x_")
    src = os.path.join(tmp, os.path.splitext(fil)[0] + ".xlsx")
    wb.save(src)
    convert(src, "xls:MS Excel 97", fil)
    shutil.rmtree(tmp, ignore_errors=True)
    FILES.append([fil, "INLAST", N, "2025", "DELAR"])


# ---------------------------------------------------------------- 7 ÖFN .odt
def f7():
    fil = "ÖFN internkontroll delår 2025.odt"
    N = "Överförmyndarnämnden"
    d = Document(); d.core_properties.created = FIXED
    d.sections[0].header.paragraphs[0].text = "Sollerön kommun – Överförmyndarnämnden"
    d.add_heading("Intern kontroll 2025 – uppföljning per 31 augusti", level=1)
    d.add_paragraph("Överförmyndarnämnden följer i denna rapport upp nämndens internkontrollplan för 2025. "
                    "Uppföljningen avser perioden januari–augusti.")
    rows = [
        ("Årsräkningar", "Inkomna årsräkningar granskas senast 30 juni",
         "Av 212 inkomna årsräkningar var 198 granskade den 30 juni. Avvikelse: 14 årsräkningar granskades inte i tid och granskas under september.",
         "Delvis utförd", "DELVIS", "ja"),
        ("Arvoden", "Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer",
         "Stickprov 20 arvodesbeslut. Inga avvikelser.", "Utförd", "GENOMFORD", "nej"),
        ("Förteckningar", "Förteckning över huvudmannens tillgångar inkommer inom två månader efter förordnande",
         "5 av 31 förteckningar kom in för sent. Påminnelserutinen har skärpts.", "Utförd med anmärkning", "GENOMFORD", "ja"),
        ("Spärrade konton", "Överförmyndarspärr finns på huvudmännens bankkonton där så beslutats",
         "Kontrollen görs i samband med granskningen av årsräkningar under hösten.", "Ej utförd", "EJ_GENOMFORD", ""),
        ("Lämplighetsprövning", "Nya ställföreträdare kontrolleras i belastningsregistret och mot kreditupplysning",
         "Samtliga 17 nya ställföreträdare kontrollerade utan anmärkning.", "Utförd", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["Kontrollområde", "Kontrollmoment", "Utfall januari–augusti", "Bedömning"]):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for a, km, utf, bed, est, av in rows:
        c = t.add_row().cells
        c[0].text = a; c[1].text = km; c[2].text = utf; c[3].text = bed
        exp(fil, N, km, est, av)
    d.add_paragraph("")
    d.add_paragraph("Justerad vid nämndens sammanträde 2025-09-18 § 44.")
    tmp = tempfile.mkdtemp(prefix="r414o_")
    src = os.path.join(tmp, "ofn.docx")
    d.save(src)
    convert(src, "odt", "ofn.odt")
    shutil.move(os.path.join(OUT, "ofn.odt"), os.path.join(OUT, fil))
    shutil.rmtree(tmp, ignore_errors=True)
    FILES.append([fil, "INLAST", N, "2025", "DELAR"])


# ---------------------------------------------------------------- 8 rejected: covering letter
def f8():
    fil = "Missiv delårsrapport 2025 Tekniska nämnden.docx"
    d = Document(); d.core_properties.created = FIXED
    d.add_paragraph("Tekniska förvaltningen\n2025-09-18")
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    d.add_heading("Översändande av Tekniska nämndens delårsrapport 2025", level=2)
    d.add_paragraph("Härmed översänds Tekniska nämndens delårsrapport per 31 augusti 2025, beslutad vid nämndens "
                    "sammanträde 2025-09-17 § 71.")
    d.add_paragraph("Uppföljningen av nämndens internkontrollplan har registrerats i Stratsys och ingår i "
                    "den gemensamma exporten från systemet. Någon separat bilaga skickas därför inte.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\nJohan Halvars\nEkonom, Tekniska förvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append([fil, "AVVISAD", "", "", ""])


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Solleröhem AB", "Solleröhem|Bostadsbolaget"),
    ]
    def wr(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter=";", lineterminator="\n")
            w.writerow(header); w.writerows(rows)
    wr("namnder.csv", ["nämnd", "alias"], reg)
    wr("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    wr("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXP)


if __name__ == "__main__":
    for f in (f1, f2, f3, f4, f5, f6, f7, f8):
        f()
    write_csvs()
    print(len(FILES), "file rows,", len(EXP), "expected rows")
