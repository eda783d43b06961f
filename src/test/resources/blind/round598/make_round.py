# -*- coding: utf-8 -*-
"""Blind round 598 - Landskrona stad, helår 2025. Builds all files + CSVs deterministically."""
import os, csv
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from docx import Document
from docx.shared import Pt
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableRow, TableCell, TableColumn
from odf.text import P
from odf.style import Style, TextProperties

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- 1. Stratsys export (3 nämnder)
def stratsys():
    fil = "Stratsys_Internkontroll_Helar_2025_export.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Landskrona stad"
    ws["A2"] = "Rapport: Uppföljning internkontrollplan 2025 - Helår"
    ws["A3"] = "Exporterad från Stratsys 2026-01-19 09:42 av ekonomiavdelningen"
    ws["A1"].font = Font(bold=True, size=14)
    hdr = ["Typ", "Namn", "Ansvarig", "Bedömning", "Kommentar", "Senast ändrad"]
    ws.append([])
    ws.append(hdr)
    for c in ws[5]:
        c.font = Font(bold=True)
    rows = [
        ("Nämnd", "Kommunstyrelsen", "", "", "", ""),
        ("Process", "Ekonomiadministration", "Ekonomichef", "", "", ""),
        ("Kontrollmoment", "Attest av leverantörsfakturor enligt attestordningen", "Controller KS", "Genomförd",
         "Stickprov 40 fakturor, samtliga korrekt attesterade.", "2025-12-12"),
        ("Kontrollmoment", "Kontroll av att representation följer stadens riktlinjer", "Controller KS",
         "Genomförd med avvikelse",
         "3 av 25 granskade representationstillfällen saknade deltagarförteckning. Påminnelse skickad till chefer.",
         "2025-12-15"),
        ("Aktivitet", "Utbildning i representationsregler för chefer", "HR-avdelningen", "Pågår",
         "Genomförs i mars 2026.", "2025-12-15"),
        ("Kontrollmoment", "Avstämning av balanskonton inför bokslut", "Redovisningschef", "Genomförd",
         "Samtliga balanskonton avstämda och dokumenterade.", "2026-01-10"),
        ("Process", "Upphandling och inköp", "Upphandlingschef", "", "", ""),
        ("Kontrollmoment", "Kontroll av att direktupphandlingar över 100 tkr dokumenteras", "Upphandlingschef",
         "Delvis genomförd", "Kontroll gjord för januari–juni. Andra halvåret granskas i februari 2026.",
         "2025-12-20"),
        ("Aktivitet", "Ta fram checklista för direktupphandling", "Upphandlare", "Genomförd", "", "2025-05-02"),
        ("Kontrollmoment", "Köp utanför avtal (avtalstrohet) – analys av leverantörsreskontra", "Upphandlingschef",
         "Ej påbörjad", "Skjuts till 2026 på grund av byte av e-handelssystem.", "2025-11-30"),
        ("Process", "Informationssäkerhet", "IT-chef", "", "", ""),
        ("Kontrollmoment", "Behörighetskontroll i ekonomisystemet Raindance", "Systemförvaltare", "",
         "Kontrollen genomförd i oktober. Två konton med felaktig behörighet har stängts.", "2025-10-28"),
        ("Kontrollmoment", "Efterlevnad av rutin för hantering av personuppgiftsincidenter", "Dataskyddsombud",
         "Utgår", "Ersätts av dataskyddsombudets egen granskning enligt KS beslut 2025-06-11 § 142.", "2025-06-12"),
        ("Nämnd", "Tekniska nämnden", "", "", "", ""),
        ("Process", "Gata och park", "Gatuchef", "", "", ""),
        ("Kontrollmoment", "Kontroll av att tillstånd för schakt i allmän mark följs upp", "Trafikingenjör",
         "Genomförd", "Inga avvikelser.", "2025-12-01"),
        ("Kontrollmoment", "Uppföljning av entreprenörens egenkontroll vid vinterväghållning", "Driftchef",
         "Delvis genomförd", "Stickprov gjort för säsongen jan–mars, höstens stickprov ej utfört.", "2025-12-18"),
        ("Aktivitet", "Stickprov januari–mars", "Driftchef", "Genomförd", "", "2025-04-05"),
        ("Aktivitet", "Stickprov november–december", "Driftchef", "Ej påbörjad", "", "2025-12-18"),
        ("Process", "Fordon och maskiner", "Fordonssamordnare", "", "", ""),
        ("Kontrollmoment", "Drivmedelskort – kontroll av tankningar mot körjournal", "Fordonssamordnare",
         "Genomförd med avvikelse", "Två tankningar saknade körjournal, har utretts med berörd chef.",
         "2025-11-14"),
        ("Kontrollmoment", "Inventering av maskiner och verktyg", "Förrådsansvarig", "", "", ""),
        ("Process", "Fastighetsförvaltning", "Fastighetschef", "", "", ""),
        ("Kontrollmoment", "Kontroll av att hyresavtal för externa förhyrningar är uppdaterade", "Fastighetsstrateg",
         "Genomförd", "Alla 34 avtal genomgångna och aktuella.", "2025-12-09"),
        ("Nämnd", "Stadsbyggnadsnämnden", "", "", "", ""),
        ("Process", "Bygglov", "Bygglovschef", "", "", ""),
        ("Kontrollmoment", "Handläggningstid för bygglov inom lagstadgad tid (10 veckor)", "Bygglovschef",
         "Genomförd med avvikelse", "92 % inom tidsgränsen, 11 ärenden överskred och avgiften har reducerats.",
         "2026-01-08"),
        ("Kontrollmoment", "Korrekt debitering av bygglovsavgifter enligt taxa", "Administratör",
         "Genomförd", "Stickprov 20 ärenden, inga fel.", "2025-12-04"),
        ("Kontrollmoment", "Jäv vid handläggning – kontroll av jävsdeklarationer", "Förvaltningschef",
         "Ej bedömd", "", "2025-01-15"),
        ("Process", "Lantmäteri", "Stadsingenjör", "", "", ""),
        ("Kontrollmoment", "Fakturering av förrättningar sker inom 30 dagar", "Lantmäteriingenjör",
         "Delvis genomförd", "Kontrollen omfattade endast kvartal 1–3.", "2025-12-19"),
    ]
    indent = {"Nämnd": 0, "Process": 1, "Kontrollmoment": 2, "Aktivitet": 3}
    for r in rows:
        ws.append(list(r))
        row = ws.max_row
        ws.cell(row, 2).alignment = Alignment(indent=indent[r[0]], wrap_text=True)
        if r[0] in ("Nämnd", "Process"):
            for c in ws[row]:
                c.font = Font(bold=True)
                c.fill = PatternFill("solid", fgColor="D9E1F2" if r[0] == "Nämnd" else "EDEDED")
    for col, w in zip("ABCDEF", (16, 70, 20, 24, 70, 14)):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    for n in ("Kommunstyrelsen", "Tekniska nämnden", "Stadsbyggnadsnämnden"):
        FILES.append((fil, "INLAST", n, "2025", "HELAR"))
    m = {
        "Genomförd": "GENOMFORD", "Genomförd med avvikelse": "GENOMFORD", "Delvis genomförd": "DELVIS",
        "Ej påbörjad": "EJ_GENOMFORD", "Utgår": "UTGAR", "Ej bedömd": "SAKNAS", "": None,
    }
    cur = None
    for r in rows:
        if r[0] == "Nämnd":
            cur = r[1]
        if r[0] != "Kontrollmoment":
            continue
        st = m[r[3]]
        avv = ""
        if r[3] == "Genomförd med avvikelse":
            avv = "ja"
        elif r[3] == "Genomförd":
            avv = "nej"
        if st is None:
            if r[4].startswith("Kontrollen genomförd"):
                st, avv = "GENOMFORD", "ja"
            else:
                st = "SAKNAS"
        exp(fil, cur, r[1], st, avv)


# ---------------------------------------------------------------- 2. BUN Word, one table, merged process cells
def bun():
    fil = "BUN Uppföljning internkontrollplan 2025 helår.docx"
    d = Document()
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – helårsrapport", level=2)
    d.add_paragraph("Dnr BUN 2025/0112")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 22 januari 2025. Nedan redovisas utfallet av "
        "samtliga kontrollmoment för helåret. Kolumnen ”Genomförd” anger om kontrollen utförts enligt plan, "
        "kolumnen ”Avvikelse” om kontrollen visat brister.")
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Genomförd (Ja/Nej/Delvis)",
           "Avvikelse (Ja/Nej)", "Kommentar / åtgärd"]
    data = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor per halvår",
             "Controller", "Ja", "Nej", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Hantering av kontanta medel och handkassor på skolorna", "Inventering av samtliga handkassor",
             "Rektorer", "Ja", "Ja", "Två handkassor saknade kassabok. Rutinen har förtydligats.",
             "GENOMFORD", "ja"),
            ("Fakturering av interkommunal ersättning för elever från andra kommuner",
             "Avstämning mot elevregistret i Procapita", "Ekonom",
             "Delvis", "Nej", "Vårterminen kontrollerad. Höstterminens fakturering kontrolleras i januari 2026.",
             "DELVIS", "nej"),
        ]),
        ("Elevhälsa och skolplikt", [
            ("Uppföljning av elevers frånvaro och tillämpning av rutin vid problematisk skolfrånvaro",
             "Granskning av 10 ärenden", "Elevhälsochef", "Ja", "Nej", "", "GENOMFORD", "nej"),
            ("Anmälan till huvudman om kränkande behandling görs skyndsamt",
             "Genomgång av anmälningar i DF Respons", "Verksamhetschef grundskola", "Nej", "",
             "Kontrollen har inte genomförts på grund av personalbrist. Flyttas till plan 2026.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Personal", [
            ("Utdrag ur belastningsregistret uppvisas innan anställning",
             "Stickprov bland nyanställda", "HR-partner", "Ja", "Ja",
             "2 av 40 personalakter saknade notering om uppvisat registerutdrag.", "GENOMFORD", "ja"),
            ("Systematiskt arbetsmiljöarbete – skyddsronder genomförda på alla enheter",
             "Enkät till rektorer och förskolechefer", "HR-strateg", "", "", "Se bilaga 3.", "OKLAR", ""),
        ]),
        ("Skolskjuts", [
            ("Beslut om skolskjuts fattas enligt delegationsordningen", "Stickprov 15 beslut",
             "Skolskjutssamordnare", "–", "–",
             "Utgår. Kontrollen ersattes genom beslut i BUN 2025-04-23 § 38.", "UTGAR", ""),
        ]),
    ]
    nrows = sum(len(x[1]) for x in data) + 1
    t = d.add_table(rows=nrows, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.cell(0, i).text = h
        t.cell(0, i).paragraphs[0].runs[0].font.bold = True
    r = 1
    for proc, ctrls in data:
        start = r
        for c in ctrls:
            for j, v in enumerate(c[:6]):
                t.cell(r, j + 1).text = v
            exp(fil, "Barn- och utbildningsnämnden", c[0], c[6], c[7])
            r += 1
        a = t.cell(start, 0).merge(t.cell(r - 1, 0))
        a.text = proc
    d.add_paragraph("")
    d.add_paragraph("Landskrona 2026-01-27")
    d.add_paragraph("Anna Lindqvist, förvaltningschef Barn- och utbildningsförvaltningen")
    d.save(fil)
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------- 3. Landskronahem AB .ods with symbols + legend
def ods():
    fil = "Landskronahem_internkontroll_2025.ods"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="b", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    t = Table(name="IK 2025")
    for _ in range(7):
        t.addElement(TableColumn())

    def row(vals, style=None):
        tr = TableRow()
        for v in vals:
            kw = {"valuetype": "string"}
            if style:
                kw["stylename"] = style
            tc = TableCell(**kw)
            if v != "":
                for line in str(v).split("\n"):
                    tc.addElement(P(text=line))
            else:
                tc = TableCell()
            tr.addElement(tc)
        t.addElement(tr)

    row(["Landskronahem AB"], bold)
    row(["Internkontrollplan 2025 – uppföljning helår (rapport till styrelsen 2026-02-12)"])
    row(["Teckenförklaring:  ✔ = Utförd   ◐ = Påbörjad/delvis utförd   ✖ = Ej utförd   – = Utgår"])
    row([""])
    row(["Nr", "Område", "Kontrollpunkt", "Frekvens", "Ansvarig", "Status", "Noteringar"], bold)
    data = [
        ("1", "Ekonomi", "Attest och utanordning av leverantörsfakturor", "Kvartalsvis", "Ekonomichef", "✔",
         "Inga fel vid stickprov (4 x 20 fakturor).", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Avstämning av hyresreskontra mot huvudbok", "Månadsvis", "Redovisningsansvarig", "✔",
         "Differens i mars (12 400 kr) utredd och rättad.", "GENOMFORD", "ja"),
        ("3", "Uthyrning", "Kontroll att lägenheter fördelas enligt uthyrningspolicyn", "Halvår",
         "Uthyrningschef", "◐", "Endast första halvåret granskat.", "DELVIS", ""),
        ("4", "Uthyrning", "Kontroll av otillåten andrahandsuthyrning", "Årlig", "Bovärdar", "✖",
         "Ej hunnits med under 2025, flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("5", "Fastighet", "Uppföljning av OVK (obligatorisk ventilationskontroll)", "Årlig", "Fastighetschef",
         "✔", "4 fastigheter fick anmärkning,\nsamtliga åtgärdade före 2025-11-30.", "GENOMFORD", "ja"),
        ("6", "Fastighet", "Nyckelhantering och behörigheter i passersystem", "Halvår",
         "Säkerhetssamordnare", "–", "Utgår – nytt passersystem installeras 2026.", "UTGAR", ""),
        ("7", "Inköp", "Efterlevnad av LOU vid direktupphandling", "Årlig", "Inköpsansvarig", "✔",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("8", "IT", "Behörigheter i fastighetssystemet granskas", "Årlig", "IT-ansvarig", "",
         "Se IT-revisionens rapport.", "OKLAR", ""),
    ]
    for d in data:
        row(list(d[:7]))
        exp(fil, "Landskronahem AB", d[2], d[7], d[8])
    row([""])
    row(["Sammanställt av: Per Holm, ekonomichef"])
    doc.spreadsheet.addElement(t)
    doc.save(fil)
    FILES.append((fil, "INLAST", "Landskronahem AB", "2025", "HELAR"))


# ---------------------------------------------------------------- 4. VON controller xlsx, Delår + Helår sheets
def von():
    fil = "IK 2025 VON uppföljning.xlsx"
    wb = Workbook()
    fills = {"Klar": "C6EFCE", "Klar – avvikelse": "FFEB9C", "Pågår": "FFEB9C", "Ej påbörjad": "FFC7CE",
             "Utgår": "D9D9D9"}
    # (område, km, ansvarig, delår status, delår kommentar, helår status, helår kommentar, exp st, avv)
    data = [
        ("Avgifter", "Debitering av omsorgsavgifter enligt taxa och beslut", "Avgiftshandläggare",
         "Pågår", "Stickprov januari–juni klart.", "Klar – avvikelse",
         "Stickprov 50 debiteringar, 1 felaktig avgift har korrigerats.", "GENOMFORD", "ja"),
        ("Avgifter", "Förbehållsbelopp omprövas årligen", "Avgiftshandläggare",
         "Ej påbörjad", "Planeras till hösten.", "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Läkemedel", "Läkemedelshantering på särskilda boenden – avvikelserapportering", "MAS",
         "Pågår", "", "Pågår", "Granskning av 3 av 6 boenden klar, resterande i Q1 2026.", "DELVIS", ""),
        ("Bemanning", "Timanställdas arbetstid registreras korrekt i Time Care", "Bemanningschef",
         "Klar", "Kontroll gjord i maj. Inga avvikelser.", "", "", "GENOMFORD", "nej"),
        ("Bemanning", "Registerkontroll vid anställning inom LSS-verksamheten", "HR-partner",
         "Ej påbörjad", "", "Ej påbörjad", "Kontrollen prioriterades bort under hösten.", "EJ_GENOMFORD", ""),
        ("Dokumentation", "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut",
         "Verksamhetsutvecklare", "Klar", "Inga avvikelser för T1.", "Klar – avvikelse",
         "22 % av planerna under hösten upprättades för sent.", "GENOMFORD", "ja"),
        ("Privata utförare", "Uppföljning av avtal med privata hemtjänstutförare", "Avtalscontroller",
         "Pågår", "", "Utgår", "Avtalet upphörde 2025-06-30.", "UTGAR", ""),
        ("Hjälpmedel", "Inventering av hjälpmedel i förråd", "Hjälpmedelssamordnare",
         "", "", "Klar", "Inventering genomförd 2025-11-12.", "GENOMFORD", "nej"),
    ]
    hdr = ["Kontrollområde", "Kontrollmoment", "Kontrollansvarig", "Status", "Resultat/kommentar"]
    for si, (name, per) in enumerate((("Delår", "Delår januari–augusti 2025"), ("Helår", "Helår 2025"))):
        ws = wb.active if si == 0 else wb.create_sheet()
        ws.title = name
        ws["A1"] = "Vård- och omsorgsnämnden – uppföljning internkontrollplan 2025"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Period: " + per
        ws["A3"] = "Status: Klar / Klar – avvikelse / Pågår / Ej påbörjad / Utgår"
        ws.append([])
        ws.append(hdr)
        for c in ws[5]:
            c.font = Font(bold=True)
        for d in data:
            st, com = (d[3], d[4]) if si == 0 else (d[5], d[6])
            ws.append([d[0], d[1], d[2], st, com])
            if st in fills:
                ws.cell(ws.max_row, 4).fill = PatternFill("solid", fgColor=fills[st])
        ws.append([])
        ws.append(["Uppdaterad av controller Maria Nilsson, " + ("2025-09-15" if si == 0 else "2026-01-22")])
        for col, w in zip("ABCDE", (18, 60, 22, 18, 60)):
            ws.column_dimensions[col].width = w
    wb.save(fil)
    for d in data:
        exp(fil, "Vård- och omsorgsnämnden", d[1], d[7], d[8])
    FILES.append((fil, "INLAST", "Vård- och omsorgsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------- 5. IFN Word, label/value table per control
def ifn():
    fil = "Uppföljning intern kontroll helår 2025 - IFF.docx"
    d = Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Landskrona stad – Individ- och familjeförvaltningen"
    d.add_heading("Uppföljning av intern kontroll, helår 2025", level=1)
    d.add_paragraph("Redovisning av kontrollmomenten i förvaltningens internkontrollplan 2025. "
                    "Varje kontrollmoment redovisas i en egen tabell.")
    data = [
        ("Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd sker enligt beslut", "Felaktiga utbetalningar",
         "Stickprov 25 ärenden per tertial", "Enhetschef försörjningsstöd",
         "Samtliga granskade utbetalningar överensstämde med beslut.", "Genomförd", "Nej", "–",
         "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd", "Inkomstuppgifter stäms av mot Försäkringskassan via SSBTEK före beslut",
         "Bidragsbrott, felaktiga utbetalningar", "Stickprov 25 ärenden", "Enhetschef försörjningsstöd",
         "I 4 av 25 ärenden saknades dokumenterad avstämning.", "Genomförd", "Ja",
         "Påminnelse på APT, ny kontroll 2026.", "GENOMFORD", "ja"),
        ("Barn och unga", "Förhandsbedömning av orosanmälan inom 14 dagar", "Barn far illa",
         "Uttag ur verksamhetssystemet per tertial", "Enhetschef barn och unga",
         "T1 och T2 granskade: 18 % av förhandsbedömningarna överskred 14 dagar. T3 ej granskad.",
         "Delvis genomförd", "Ja", "Förstärkt mottagningsgrupp från oktober.", "DELVIS", "ja"),
        ("Barn och unga", "Uppföljning av placerade barn enligt SoL 6 kap. 7 b §", "Bristande tillsyn av placering",
         "Genomgång av 10 akter", "Enhetschef familjehem", "Ej genomförd på grund av vakanser.",
         "Ej genomförd", "", "Flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
        ("Vuxen", "LVM-utredningar inleds inom lagstadgad tid", "Rättsosäkerhet",
         "Genomgång av samtliga LVM-ärenden", "Enhetschef vuxen",
         "Inga LVM-ärenden under 2025, kontrollen utgår.", "Ej aktuell", "", "", "UTGAR", ""),
        ("Förvaltningsgemensamt", "Hantering av sekretessmarkerade uppgifter i verksamhetssystemet Lifecare",
         "Röjande av skyddade personuppgifter", "Loggkontroll", "Systemförvaltare", "", "", "", "",
         "SAKNAS", ""),
        ("Förvaltningsgemensamt", "Attest av fakturor för köpt vård (HVB och familjehem)",
         "Felaktiga betalningar", "Stickprov 15 fakturor", "Controller",
         "Stickprov 15 fakturor, samtliga korrekt attesterade och mot beslut.", "Genomförd", "Nej", "",
         "GENOMFORD", "nej"),
    ]
    labels = ["Process", "Kontrollmoment", "Risk", "Kontrollmetod", "Ansvarig", "Resultat", "Bedömd status",
              "Avvikelse", "Åtgärd"]
    for i, c in enumerate(data, 1):
        d.add_heading(f"Kontrollmoment {i}", level=3)
        t = d.add_table(rows=len(labels), cols=2)
        t.style = "Table Grid"
        for j, lab in enumerate(labels):
            t.cell(j, 0).text = lab
            t.cell(j, 0).paragraphs[0].runs[0].font.bold = True
            t.cell(j, 1).text = c[j]
        d.add_paragraph("")
        exp(fil, "Individ- och familjenämnden", c[1], c[9], c[10])
    d.add_paragraph("Rapporten behandlas av Individ- och familjenämnden 2026-02-18.")
    d.save(fil)
    FILES.append((fil, "INLAST", "Individ- och familjenämnden", "2025", "HELAR"))


# ---------------------------------------------------------------- 6. KFN simple xlsx (easy)
def kfn():
    fil = "KFN internkontroll helår 2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Kultur- och fritidsnämnden – Uppföljning intern kontroll 2025 (helår)"
    ws["A1"].font = Font(bold=True)
    ws.append(["Kontrollmoment", "Ansvarig", "Status helår", "Kommentar"])
    data = [
        ("Bidrag till föreningar betalas ut enligt bidragsreglerna", "Föreningshandläggare", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontanthantering i badhusets kassa", "Badchef", "Genomförd",
         "En kassadifferens på 450 kr har utretts och redovisats.", "GENOMFORD", "ja"),
        ("Uthyrning av idrottslokaler debiteras enligt taxa", "Bokningsansvarig", "Delvis genomförd",
         "Kontrollerat för vårterminen.", "DELVIS", ""),
        ("Inventering av stadens konstsamling", "Intendent", "Ej genomförd", "Flyttas till 2026.",
         "EJ_GENOMFORD", ""),
        ("Rutin för krav och ersättning av förlorade biblioteksmedier följs", "Bibliotekschef", "Genomförd",
         "Rutinen följs, inga avvikelser.", "GENOMFORD", "nej"),
    ]
    for c in data:
        ws.append(list(c[:4]))
        exp(fil, "Kultur- och fritidsnämnden", c[0], c[4], c[5])
    for col, w in zip("ABCD", (60, 22, 18, 50)):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------- 7. Miljönämnden .xls, plan + T1/T2/T3 codes
def mn():
    fil = "MN_IKP_2025_T3.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IKP 2025")
    b = xlwt.easyxf("font: bold on")
    ws.write(0, 0, "Miljöförvaltningen – internkontrollplan 2025 med uppföljning", b)
    ws.write(1, 0, "Uppföljning per tertial. Tertial 3 avser helåret.")
    hdr = ["Process", "Risk", "Kontrollmoment", "Sannolikhet (1-4)", "Konsekvens (1-4)", "Riskvärde",
           "Uppföljning T1", "Uppföljning T2", "Uppföljning T3", "Kommentar"]
    for i, h in enumerate(hdr):
        ws.write(3, i, h, b)
    data = [
        ("Tillsyn", "Felaktig debitering", "Tillsynsavgifter debiteras enligt taxa", 2, 3, "G", "G", "G",
         "Inga fel i stickproven.", "GENOMFORD", "nej"),
        ("Handläggning", "Långa handläggningstider",
         "Handläggningstid för anmälningsärenden (värmepumpar, enskilda avlopp) understiger 6 veckor", 3, 2,
         "D", "D", "G", "Kontrollen genomförd, 12 ärenden överskred 6 veckor.", "GENOMFORD", "ja"),
        ("Förtroende", "Jäv", "Jäv och bisysslor – årlig redovisning från samtliga inspektörer", 1, 4,
         "", "G", "", "Samtliga har lämnat redovisning.", "GENOMFORD", "nej"),
        ("Livsmedel", "Kontrollskulden ökar", "Livsmedelskontroll genomförs enligt fastställd kontrollplan",
         3, 3, "D", "D", "D", "82 % av planerade kontroller utförda.", "DELVIS", ""),
        ("Administration", "Handlingar diarieförs inte",
         "Diarieföring av inkomna handlingar sker inom två arbetsdagar", 2, 2, "E", "E", "E",
         "Ej genomförd, resursbrist på registraturen.", "EJ_GENOMFORD", ""),
        ("Tillsyn", "Vite döms inte ut", "Uppföljning av förelägganden förenade med vite", 2, 3, "U", "", "",
         "Utgår enligt MN 2025-03-20 § 22.", "UTGAR", ""),
    ]
    r = 4
    for c in data:
        vals = [c[0], c[1], c[2], c[3], c[4], c[3] * c[4], c[5], c[6], c[7], c[8]]
        for i, v in enumerate(vals):
            if v != "":
                ws.write(r, i, v)
        exp(fil, "Miljönämnden", c[2], c[9], c[10])
        r += 1
    r += 1
    ws.write(r, 0, "Teckenförklaring: G = genomförd, D = delvis genomförd, E = ej genomförd, U = utgår", b)
    ws.col(2).width = 256 * 60
    ws.col(9).width = 256 * 50
    wb.save(fil)
    FILES.append((fil, "INLAST", "Miljönämnden", "2025", "HELAR"))


# ---------------------------------------------------------------- 8. Protokollsutdrag (reject)
def protokoll():
    fil = "Protokollsutdrag KS 2026-02-04 § 18.docx"
    d = Document()
    d.add_paragraph("LANDSKRONA STAD").runs[0].font.bold = True
    d.add_paragraph("Kommunstyrelsen")
    d.add_heading("Protokollsutdrag", level=1)
    d.add_paragraph("Sammanträdesdatum: 2026-02-04")
    d.add_heading("§ 18  Uppföljning av internkontrollplaner 2025 för nämnder och bolag", level=2)
    d.add_paragraph("Dnr KS 2026/0031")
    d.add_heading("Sammanfattning", level=3)
    d.add_paragraph(
        "Enligt reglementet för intern kontroll ska nämnderna och de helägda bolagen årligen följa upp sina "
        "internkontrollplaner och rapportera resultatet till kommunstyrelsen. Samtliga nämnder utom "
        "överförmyndarnämnden har inkommit med uppföljning av 2025 års planer. Stadsledningsförvaltningen "
        "bedömer att den interna kontrollen i huvudsak är tillräcklig men att uppföljningen av kontrollmoment "
        "som skjutits till 2026 behöver säkerställas.")
    d.add_heading("Beslutsunderlag", level=3)
    d.add_paragraph("Tjänsteskrivelse 2026-01-20\nNämndernas och bolagens uppföljningar av internkontrollplan 2025")
    d.add_heading("Kommunstyrelsens beslut", level=3)
    d.add_paragraph("Kommunstyrelsen beslutar att")
    d.add_paragraph("1. godkänna uppföljningen av nämndernas och bolagens internkontrollplaner för 2025,")
    d.add_paragraph("2. uppdra åt stadsdirektören att till delårsrapporten 2026 redovisa hur kontrollmoment "
                    "som inte genomförts 2025 har hanterats.")
    d.add_paragraph("")
    d.add_paragraph("Beslutet skickas till: Samtliga nämnder, Landskronahem AB, Revisorerna")
    d.add_paragraph("Justerandes signatur: ______        Utdragsbestyrkande: ______")
    d.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


def register():
    rows = [
        ("Kommunstyrelsen", "KS|Stadsledningsförvaltningen|Kommunstyrelsen Landskrona"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Individ- och familjenämnden", "IFN|Individ- och familjeförvaltningen|IFF"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Stadsbyggnadsnämnden", "SBN|Stadsbyggnadsförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljönämnden", "MN|Miljöförvaltningen"),
        ("Arbetsmarknads- och vuxenutbildningsnämnden", "AVN|Arbetsmarknadsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Landskronahem AB", "Landskronahem|LKHem"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(rows)


if __name__ == "__main__":
    stratsys(); bun(); ods(); von(); ifn(); kfn(); mn(); protokoll(); register()
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(len(FILES), "file rows,", len(EXPECTED), "controls")
