#!/usr/bin/python3
"""Blind round r194 - Mossby kommun, helår 2025: statuses told in free text."""
import os, csv, shutil, subprocess, tempfile, datetime
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 30, 9, 0, 0)
EXP = []   # fil;nämnd;kontrollmoment;status;avvikelse
FILES = [] # fil;utfall;nämnd;år;period

def p(name): return os.path.join(OUT, name)
def exp(fil, namnd, km, st, av): EXP.append([fil, namnd, km, st, av])
def wrap(): return Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def fix_wb(wb):
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    wb.properties.creator = "Mossby kommun"

def fix_doc(doc):
    doc.core_properties.created = FIXED; doc.core_properties.modified = FIXED
    doc.core_properties.author = "Mossby kommun"

# ---------------------------------------------------------------- F1 KS xlsx
def f1():
    fil = "Mossby_KS_internkontroll_helar_2025.xlsx"; N = "Kommunstyrelsen"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Mossby kommun – Kommunstyrelsen"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025, helår"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Rapporterad av: Eva Lind, controller, 2026-01-20"
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod/omfattning", "Ansvarig", "Status", "Resultat/kommentar"]
    ws.append([]); ws.append(hdr)
    for c in ws[5]: c.font = BOLD; c.fill = PatternFill("solid", fgColor="DDEBF7"); c.border = BOX
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor per halvår", "Ekonomichef", "",
         "Stickprov gjort på 15 av 30 fakturor. Resterande fakturor granskas i februari 2026.", "DELVIS", ""),
        ("Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare", "Samtliga representationsfakturor", "Redovisningsansvarig", "Genomförd",
         "Kontrollen har genomförts utan anmärkning.", "GENOMFORD", "nej"),
        ("Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen", "Stickprov 20 direktupphandlingar", "Upphandlingschef", "",
         "Kontrollen har genomförts. I 4 av 20 granskade direktupphandlingar saknades dokumentation. Åtgärd: utbildning för beställare under våren 2026.", "GENOMFORD", "ja"),
        ("Personal", "Behörigheter i personalsystemet tas bort när anställning upphör", "Jämförelse avslutade anställningar/behörighetslista", "HR-chef", "",
         "Hann inte", "EJ_GENOMFORD", ""),
        ("IT", "Lösenordspolicy och tvåfaktorsinloggning följs i verksamhetssystemen", "Genomgång av systemförvaltarnas loggar", "IT-chef", "Pågår",
         "Påbörjad men inte klar. Kartläggningen av systemen är klar, test av inloggningar återstår.", "DELVIS", ""),
        ("Dokumenthantering", "Diarieföring av inkomna handlingar sker inom tre arbetsdagar", "Stickprov 50 handlingar", "Registrator", "Genomförd",
         "Genomförd, se bilaga", "GENOMFORD", ""),
        ("Löner", "Kontroll av att löneutbetalningar sker till rätt person (stickprov på nyanställda)", "Stickprov 10 nyanställda", "Lönechef", "Genomförd",
         "Kontrollen har inte hunnit genomföras under året på grund av byte av lönesystem. Flyttas till 2026.", "OKLAR", ""),
        ("Ekonomi", "Avstämning av balanskonton vid bokslut", "Samtliga balanskonton", "Redovisningsansvarig", "",
         "", "SAKNAS", ""),
        ("Säkerhet", "Uppföljning av att krisledningsplanen är uppdaterad", "Dokumentgranskning", "Säkerhetssamordnare", "Utgår",
         "Utgår enligt beslut KS 2025-05-14 § 78, ersätts av ny plan för civilt försvar.", "UTGAR", ""),
    ]
    for i, r in enumerate(rows, 1):
        ws.append([i, r[0], r[1], r[2], r[3], r[4], r[5]])
        for c in ws[ws.max_row]: c.alignment = wrap(); c.border = BOX
        exp(fil, N, r[1], r[6], r[7])
    ws.append([])
    ws.append(["", "Sammanfattning: Av nio kontrollmoment har flera genomförts. Lönekontrollen och behörighetskontrollen förs över till 2026."])
    for col, w in zip("ABCDEFG", [5, 16, 45, 28, 20, 12, 60]): ws.column_dimensions[col].width = w
    fix_wb(wb); wb.save(p(fil))
    FILES.append([fil, "INLAST", N, "2025", "HELAR"])

# ---------------------------------------------------------------- F2 BUN docx
def f2():
    fil = "BUN uppföljning internkontroll helår 2025.docx"; N = "Barn- och utbildningsnämnden"
    doc = Document()
    doc.add_heading("Barn- och utbildningsnämnden", level=1)
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helårsrapport", level=2)
    doc.add_paragraph("Nämnden antog internkontrollplanen för 2025 i februari. Nedan redovisas resultatet av "
                      "kontrollerna för helåret. Bilagor med underlag finns hos förvaltningens kvalitetsstrateg.")
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Kontrollmoment", "Kontrollmetod", "Ansvar", "Resultat"]):
        c.text = ""; c.paragraphs[0].add_run(h).bold = True
    groups = [
        ("Ekonomi", [
            ("Kontroll av att inköp sker från avtalade leverantörer", "Stickprov 25 fakturor", "Ekonom",
             "Kontrollen har genomförts utan anmärkning. Samtliga 25 fakturor avsåg avtalade leverantörer.", "GENOMFORD", "nej"),
            ("Kontroll av att elevresor och skolskjuts faktureras enligt avtal", "Avstämning mot avtal", "Skolskjutssamordnare",
             "Hann inte. Kontrollen flyttas till internkontrollplanen 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("Verksamhet", [
            ("Anmälningar om kränkande behandling utreds skyndsamt", "Stickprov 30 anmälningar", "Rektorer",
             "Stickprov gjort på 15 av 30 anmälningar. I tre fall har utredningen startat senare än rutinen anger. "
             "Resterande stickprov genomförs i början av 2026.", "DELVIS", "ja"),
            ("Registerkontroll (belastningsregister) vid nyanställning", "Genomgång av samtliga nyanställningar", "HR-konsult",
             "Genomförd, se bilaga 2.", "GENOMFORD", ""),
            ("Frånvarorapportering till vårdnadshavare samma dag", "Kontroll i lärplattformen", "Rektorer",
             "Se bilaga", "OKLAR", ""),
            ("Modersmålsundervisning erbjuds alla berättigade elever", "Kartläggning", "Verksamhetschef grundskola",
             "Påbörjad men inte klar. Kartläggning gjord på grundskolorna, förskoleklass återstår.", "DELVIS", ""),
            ("Systematiskt brandskyddsarbete dokumenteras på varje enhet", "Genomgång av pärmar/digitala loggar", "Förskolechefer och rektorer",
             "Kontrollen är genomförd. Två enheter saknade dokumenterade egenkontroller; detta åtgärdades i december.", "GENOMFORD", "ja"),
            ("Hantering av barn- och elevdata i lärplattformen följer dataskyddsförordningen", "Granskning", "Dataskyddssamordnare",
             "Ej aktuell 2025 – kontrollen genomförs centralt av kommunstyrelsen.", "UTGAR", ""),
        ]),
    ]
    for g, items in groups:
        row = t.add_row(); m = row.cells[0].merge(row.cells[3]); m.text = ""
        m.paragraphs[0].add_run(g).bold = True
        for km, met, ans, res, st, av in items:
            cells = t.add_row().cells
            cells[0].text, cells[1].text, cells[2].text, cells[3].text = km, met, ans, res
            exp(fil, N, km, st, av)
    doc.add_paragraph("")
    doc.add_paragraph("Mossby 2026-01-28")
    doc.add_paragraph("Anna Berg, förvaltningschef, Barn- och utbildningsförvaltningen")
    fix_doc(doc); doc.save(p(fil))
    FILES.append([fil, "INLAST", N, "2025", "HELAR"])

# ---------------------------------------------------------------- F3 SN odt (built as docx, converted)
def f3():
    fil = "Socialnamnden_IK-uppfoljning_2025.odt"; N = "Socialnämnden"
    doc = Document()
    doc.add_heading("Socialförvaltningen", level=1)
    doc.add_paragraph("Internkontroll – helårsuppföljning 2025")
    doc.add_paragraph("Kolumnen Genomförd fylls i med Ja, Nej eller Delvis. Kommentera alltid resultatet.")
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Område", "Kontrollmoment", "Genomförd (Ja/Nej/Delvis)", "Kommentar"]):
        c.text = ""; c.paragraphs[0].add_run(h).bold = True
    rows = [
        ("IFO", "Utredningar av barn och unga avslutas inom fyra månader", "",
         "Kontrollen genomförd: samtliga avslutade utredningar under året har granskats. 12 av 140 överskred fyra månader, se bilaga 1.", "GENOMFORD", "ja"),
        ("IFO", "Beslut om ekonomiskt bistånd fattas av behörig handläggare enligt delegationsordningen", "Ja",
         "Kontrollen har genomförts utan anmärkning.", "GENOMFORD", "nej"),
        ("Äldreomsorg", "Avgifter inom hemtjänsten debiteras enligt beslutad taxa", "",
         "Hann inte", "EJ_GENOMFORD", ""),
        ("Äldreomsorg", "Läkemedelshantering på särskilt boende – avvikelser rapporteras", "Nej",
         "Genomförd i oktober. Inga brister noterades.", "OKLAR", ""),
        ("LSS", "Genomförandeplaner upprättas inom 14 dagar efter beslut", "Delvis",
         "Stickprov gjort på 15 av 30 brukare. Alla hade genomförandeplan men fyra var upprättade för sent.", "DELVIS", "ja"),
        ("Administration", "Hantering av privata medel för boende sker enligt rutin", "",
         "Se bilaga", "OKLAR", ""),
        ("Administration", "Kontroll av att ersättning till uppdragstagare (kontaktpersoner) betalas enligt beslut", "Ja",
         "", "GENOMFORD", ""),
        ("IFO", "Samtal enskilt med barn dokumenteras i utredningen", "",
         "Påbörjad men inte klar.", "DELVIS", ""),
        ("LSS", "Tillsyn av nattbemanning i gruppbostäder", "", "", "SAKNAS", ""),
    ]
    for o, km, s, k, st, av in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = o, km, s, k
        exp(fil, N, km, st, av)
    doc.add_paragraph("")
    doc.add_paragraph("Sammanställt av kvalitetsenheten, Socialförvaltningen, 2026-01-22.")
    fix_doc(doc)
    tmp = tempfile.mkdtemp(prefix="r194_")
    src = os.path.join(tmp, fil.replace(".odt", ".docx")); doc.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round194",
                    "--convert-to", "odt", "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, fil), p(fil)); shutil.rmtree(tmp)
    FILES.append([fil, "INLAST", N, "2025", "HELAR"])

# ---------------------------------------------------------------- F4 TN xlsx, T1/T2/helår side by side
def f4():
    fil = "TN IK 2025.xlsx"; N = "Tekniska nämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Tekniska nämnden"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Nämnd: Tekniska nämnden"; ws["A3"] = "Senast uppdaterad: 2026-01-15"
    ws.append([])
    ws.append(["Kontrollmoment", "Frekvens", "Ansvarig", "Uppföljning T1", "Uppföljning T2", "Uppföljning helår", "Status helår"])
    for c in ws[5]: c.font = BOLD; c.fill = PatternFill("solid", fgColor="E2EFDA"); c.border = BOX
    rows = [
        ("Kontroll av att fordonsbränsle tankas med kommunens drivmedelskort", "Två gånger/år", "Fordonssamordnare",
         "Ej påbörjad", "Stickprov gjort på 15 av 30 kort", "Kontrollen har genomförts utan anmärkning. Samtliga 30 kort kontrollerade.", "",
         "GENOMFORD", "nej"),
        ("Avtalsuppföljning av vinterväghållning (entreprenör)", "Löpande", "Gatuchef",
         "Påbörjad", "Påbörjad men inte klar", "", "", "DELVIS", ""),
        ("Kontroll av att VA-anslutningsavgifter debiteras enligt VA-taxan", "En gång/år", "VA-chef",
         "", "", "Hann inte, flyttas till 2026", "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Egenkontroll av lekplatser enligt SS-EN 1176", "Löpande", "Parkchef",
         "Genomförd på 8 av 22 lekplatser", "Genomförd på 16 av 22", "Genomförd, se bilaga", "Klar", "GENOMFORD", ""),
        ("Inventering av kommunens fastighetsnycklar och passerkort", "En gång/år", "Fastighetschef",
         "", "", "Se bilaga", "", "OKLAR", ""),
        ("Attest av arbetsorder i fastighetssystemet", "Två gånger/år", "Ekonom",
         "", "", "Genomförd. 6 arbetsorder saknade attest av behörig person, rutinen har förtydligats.", "Genomförd", "GENOMFORD", "ja"),
        ("Kontroll av matsvinn i centralköket", "Tertialvis", "Kostchef",
         "", "", "Utgår – verksamheten har flyttats till Barn- och utbildningsnämnden.", "", "UTGAR", ""),
        ("Besiktning av kommunala broar enligt plan", "En gång/år", "Gatuchef",
         "Ej aktuellt", "", "Genomförd utan anmärkning", "Ej påbörjad", "OKLAR", ""),
    ]
    for r in rows:
        ws.append(list(r[:7]))
        for c in ws[ws.max_row]: c.alignment = wrap(); c.border = BOX
        exp(fil, N, r[0], r[7], r[8])
    ws.append([])
    ws.append(["Status helår: Klar / Pågår / Ej genomförd / Utgår – fylls i av kontrollansvarig vid helår"])
    ws.cell(ws.max_row, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFG", [48, 14, 18, 26, 30, 50, 14]): ws.column_dimensions[col].width = w
    fix_wb(wb); wb.save(p(fil))
    FILES.append([fil, "INLAST", N, "2025", "HELAR"])

# ---------------------------------------------------------------- F5 MBN docx, text only
def f5():
    fil = "Miljö- och byggnadsnämnden - uppföljning internkontroll 2025.docx"; N = "Miljö- och byggnadsnämnden"
    doc = Document()
    doc.add_heading("Uppföljning av intern kontroll 2025", level=1)
    doc.add_paragraph("Miljö- och byggnadsnämnden, Mossby kommun")
    doc.add_paragraph("Diarienummer MBN 2025/312")
    doc.add_heading("Inledning", level=2)
    doc.add_paragraph("Miljö- och byggnadsnämnden har under 2025 följt den internkontrollplan som antogs i januari. "
                      "Denna rapport redovisar resultatet för helåret. Varje kontroll redovisas nedan med "
                      "kontrollmoment, ansvarig och resultat.")
    items = [
        ("Handläggningstiden för bygglov följs upp mot lagkravet på tio veckor", "Bygglovschef",
         "Kontrollen har genomförts utan anmärkning. Medianhandläggningstiden var fem veckor och inget ärende överskred tio veckor.", "GENOMFORD", "nej"),
        ("Debitering av timavgift för tillsyn enligt miljöbalken görs enligt taxa", "Miljöchef",
         "Stickprov gjort på 15 av 30 planerade ärenden. I två ärenden hade fel timtaxa använts. Övriga stickprov görs i januari 2026.", "DELVIS", "ja"),
        ("Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         "Genomförd, se bilaga.", "GENOMFORD", ""),
        ("Livsmedelskontroller genomförs enligt kontrollplanen", "Livsmedelsinspektör",
         "Hann inte. Personalbrist under hösten gjorde att kontrollen inte kunde genomföras.", "EJ_GENOMFORD", ""),
        ("Arkivering av avslutade ärenden i e-arkivet", "Administrativ chef",
         "Påbörjad men inte klar.", "DELVIS", ""),
        ("Jäv hanteras och dokumenteras i handläggningen", "Förvaltningschef",
         "Se bilaga.", "OKLAR", ""),
    ]
    for i, (km, ans, res, st, av) in enumerate(items, 1):
        doc.add_heading(f"Kontroll {i}", level=2)
        doc.add_paragraph(f"Kontrollmoment: {km}")
        doc.add_paragraph(f"Ansvarig: {ans}")
        doc.add_paragraph(f"Resultat helår: {res}")
        exp(fil, N, km, st, av)
    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph("Nämnden bedömer att den interna kontrollen i huvudsak har varit tillräcklig, men att "
                      "livsmedelskontrollen behöver prioriteras under 2026.")
    doc.add_paragraph("Per Sjöberg, förvaltningschef")
    fix_doc(doc); doc.save(p(fil))
    FILES.append([fil, "INLAST", N, "2025", "HELAR"])

# ---------------------------------------------------------------- F6 KFN xlsx, process headings, multi-line
def f6():
    fil = "Kultur- och fritid IK helår 2025.xlsx"; N = "Kultur- och fritidsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws.oddHeader.center.text = "Kultur- och fritidsnämnden – internkontroll"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Kultur- och fritidsförvaltningen"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Resultat av internkontroll, helår 2025"
    ws.append([])
    ws.append(["Risk", "Kontrollmoment", "Kontrollansvarig", "Klart?", "Resultat och iakttagelser"])
    for c in ws[4]: c.font = BOLD; c.border = BOX; c.fill = PatternFill("solid", fgColor="FCE4D6")
    groups = [
        ("Process: Bidrag till föreningar", [
            ("Felaktiga utbetalningar", "Föreningsbidrag betalas ut enligt beslutade bidragsnormer", "Föreningskonsulent", "Ja",
             "Kontrollen har genomförts utan anmärkning.\nStickprov på 20 utbetalningar.", "GENOMFORD", "nej"),
            ("Bidrag på felaktiga grunder", "Föreningarnas medlemsredovisning kontrolleras mot ansökan", "Föreningskonsulent", "",
             "Stickprov gjort på 15 av 30 föreningar.\nTvå föreningar hade redovisat fler medlemmar än underlaget visade.", "DELVIS", "ja"),
        ]),
        ("Process: Kassahantering", [
            ("Förskingring", "Dagskassor i simhallen stäms av mot kassasystemet", "Badchef", "Ja",
             "Genomförd, se bilaga", "GENOMFORD", ""),
            ("Förskingring", "Kontanthantering på biblioteket (kopiering, försäljning)", "Bibliotekschef", "Nej",
             "Hann inte", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Uthyrning av lokaler", [
            ("Uteblivna intäkter", "Uthyrning av idrottshallar faktureras enligt taxa", "Bokningsansvarig", "",
             "Se bilaga", "OKLAR", ""),
            ("Obehörigt tillträde", "Nycklar och taggar till fritidsgårdar återlämnas vid avslutad anställning", "Fritidsgårdschef", "Ja",
             "Påbörjad men inte klar –\ninventering gjord på två av fyra gårdar.", "OKLAR", ""),
            ("Felaktig debitering", "Avgifter för kulturskolan debiteras enligt taxa", "Kulturskolechef", "",
             "Kontrollen har genomförts. Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
    ]
    for g, items in groups:
        ws.append([g]); r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(r, 1).font = Font(bold=True, italic=True); ws.cell(r, 1).fill = PatternFill("solid", fgColor="EDEDED")
        for risk, km, ans, kl, res, st, av in items:
            ws.append([risk, km, ans, kl, res])
            for c in ws[ws.max_row]: c.alignment = wrap(); c.border = BOX
            exp(fil, N, km, st, av)
    ws.append([])
    ws.append(["Bilaga: Stickprovsprotokoll kassahantering och uthyrning (separat fil)"])
    for col, w in zip("ABCDE", [22, 50, 20, 9, 55]): ws.column_dimensions[col].width = w
    fix_wb(wb); wb.save(p(fil))
    FILES.append([fil, "INLAST", N, "2025", "HELAR"])

# ---------------------------------------------------------------- F7 ÖFN + Valnämnden in one xlsx
def f7():
    fil = "Gemensam uppföljning ÖFN och VN 2025.xlsx"
    wb = Workbook(); first = True
    parts = [
        ("ÖFN", "Överförmyndarnämnden", [
            ("Årsräkningar granskas inom fastställd tid", "Handläggare", "2026-01-10", "",
             "Granskningen är påbörjad men inte klar, 60 % av årsräkningarna var granskade vid årsskiftet.", "DELVIS", ""),
            ("Arvoden till ställföreträdare beräknas enligt riktlinjer", "Handläggare", "2025-12-05", "Genomförd",
             "Stickprov på 25 arvodesbeslut. Kontrollen har genomförts utan anmärkning.", "GENOMFORD", "nej"),
            ("Ställföreträdare kontrolleras i belastningsregistret innan förordnande", "Enhetschef", "", "",
             "Se bilaga", "OKLAR", ""),
            ("Förteckningar över huvudmannens tillgångar inkommer inom två månader", "Handläggare", "", "",
             "Hann inte", "EJ_GENOMFORD", ""),
        ]),
        ("Valnämnden", "Valnämnden", [
            ("Behörighet till valdatabasen ses över inför valet 2026", "Valsamordnare", "2025-11-20", "",
             "Genomförd. Tre personer hade kvar behörighet trots avslutat uppdrag; behörigheterna togs bort i november.", "GENOMFORD", "ja"),
            ("Valsedlar och valmaterial förvaras i låst utrymme", "Valsamordnare", "2025-10-02", "",
             "Kontrollen har genomförts utan anmärkning.", "GENOMFORD", "nej"),
            ("Rekrytering av röstmottagare enligt plan", "Valsamordnare", "", "Ej aktuell",
             "Utgår 2025, genomförs inför valet 2026.", "UTGAR", ""),
        ]),
    ]
    for sheet, N, rows in parts:
        ws = wb.active if first else wb.create_sheet(); first = False
        ws.title = sheet
        ws["A1"] = f"{N} – internkontroll helår 2025"; ws["A1"].font = Font(bold=True, size=12)
        ws["A2"] = "Mossby kommun, gemensam handläggning via kommunledningskontoret"
        ws.append([])
        ws.append(["Kontrollmoment", "Utförd av", "Datum", "Status", "Resultat"])
        for c in ws[4]: c.font = BOLD; c.border = BOX
        for km, by, d, s, res, st, av in rows:
            ws.append([km, by, d, s, res])
            for c in ws[ws.max_row]: c.alignment = wrap(); c.border = BOX
            exp(fil, N, km, st, av)
        for col, w in zip("ABCDE", [50, 16, 12, 12, 60]): ws.column_dimensions[col].width = w
        FILES.append([fil, "INLAST", N, "2025", "HELAR"])
    fix_wb(wb); wb.save(p(fil))

# ---------------------------------------------------------------- R1 covering letter (reject)
def r1():
    fil = "Följebrev uppföljning internkontroll 2025.docx"
    doc = Document()
    doc.add_paragraph("Socialförvaltningen\t\t\t\t2026-01-22")
    doc.add_paragraph("Till: Ekonomienheten, Kommunledningskontoret")
    doc.add_heading("Följebrev – helårsuppföljning av internkontrollplan 2025", level=2)
    doc.add_paragraph("Hej!")
    doc.add_paragraph("Här kommer Socialnämndens helårsuppföljning av internkontrollplanen för 2025, se bilaga. "
                      "Några kontroller hann vi inte med under hösten och de är markerade i uppföljningen. "
                      "Underlag för stickproven (bilaga 1) skickas separat eftersom de innehåller personuppgifter.")
    doc.add_paragraph("Uppföljningen behandlas på nämndens sammanträde den 12 februari 2026.")
    doc.add_paragraph("Hör av er om något är oklart.")
    doc.add_paragraph("Med vänlig hälsning\nLena Holm\nKvalitetsstrateg, Socialförvaltningen")
    fix_doc(doc); doc.save(p(fil))
    FILES.append([fil, "AVVISAD", "", "", ""])

def registry():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BoU"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Samhällsbyggnad"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Mossby Energi AB", "MEAB|Mossby Energi"),
        ("Räddningstjänstförbundet Mossby-Ålund", "RTF|Räddningstjänsten"),
    ]
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["nämnd", "alias"]); w.writerows(reg)

if __name__ == "__main__":
    for fn in (f1, f2, f3, f4, f5, f6, f7, r1): fn()
    registry()
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXP)
    print(len(FILES), "file rows,", len(EXP), "controls")
