#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r599 - Staffanstorps kommun, delår 2025 (januari-augusti).

Builds all follow-up files plus namnder.csv, files.csv and expected.csv
directly in the folder of this script.  Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 10, 8, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def p(name):
    return os.path.join(HERE, name)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# 1. Tekniska nämnden - xlsx with month columns Jan..Dec (x = utförd, p = planerad)
# ---------------------------------------------------------------------------
def build_tn():
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
    from openpyxl.utils import get_column_letter

    fil = "TN uppföljning internkontroll delår 2025.xlsx"
    namnd = "Tekniska nämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning delår"
    months = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"]

    ws["A1"] = "Staffanstorps kommun"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Tekniska nämnden – Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Delårsrapport januari–augusti 2025"
    ws["A3"].font = Font(italic=True)
    ws["A4"] = ("Markera i månadskolumnerna: x = kontroll utförd, p = planerad kontroll. "
                "Status anges per 2025-08-31 (Genomförd / Delvis genomförd / Pågår / Ej påbörjad / Ej genomförd / Utgår).")
    ws.merge_cells("A4:T4")
    ws["A4"].alignment = Alignment(wrap_text=True)
    ws.row_dimensions[4].height = 30

    header = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig"] + months + \
             ["Status delår", "Avvikelse (Ja/Nej)", "Kommentar"]
    hr = 6
    thin = Side(style="thin", color="999999")
    for c, h in enumerate(header, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)

    # (group, nr, process, km, metod, ansvarig, marks{month_index: 'x'/'p'}, status, avv, kommentar, exp_status, exp_avv)
    def m(xs="", ps=""):
        d = {}
        for i in xs.split():
            d[months.index(i)] = "x"
        for i in ps.split():
            d[months.index(i)] = "p"
        return d

    groups = [
        ("Ekonomi", [
            ("1", "Inköp och betalning", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 15 fakturor per tertial", "Controller", m("Apr Aug", "Dec"),
             "Genomförd", "Nej", "Inga felaktigheter i stickproven.", "GENOMFORD", "nej"),
            ("2", "Inköp och betalning", "Kontroll av att inköp sker från upphandlade avtalsleverantörer",
             "Genomgång av leverantörsreskontra", "Controller", m("Mar Jun", "Sep Dec"),
             "Pågår", "Ja", "Två inköp av arbetskläder utanför avtal har upptäckts, dialog förs med berörd enhetschef.",
             "DELVIS", "ja"),
            ("3", "Representation", "Representation och förtroendekänsliga poster följer kommunens riktlinje",
             "Granskning av samtliga representationsfakturor", "Förvaltningsekonom", m("Jun", "Dec"),
             "Genomförd", "Ja", "En faktura saknade deltagarlista och syfte. Komplettering har begärts.",
             "GENOMFORD", "ja"),
        ]),
        ("Fastighet", [
            ("4", "Fastighetsförvaltning", "Lagstadgade besiktningar (OVK, hissar, lekplatser) utförs enligt plan",
             "Avstämning mot besiktningsplan", "Fastighetschef", m("Jan Feb Mar Apr Maj Jun Jul Aug", "Sep Okt Nov Dec"),
             "Genomförd", "Nej", "Samtliga besiktningar t.o.m. augusti är utförda.", "GENOMFORD", "nej"),
            ("5", "Fastighetsförvaltning", "Systematiskt brandskyddsarbete (SBA) dokumenteras i kommunens fastigheter",
             "Stickprov 5 fastigheter", "Fastighetsförvaltare", m("", "Maj Okt"),
             "Ej påbörjad", "", "Skjuts till hösten på grund av vakant tjänst som fastighetsförvaltare.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Gata/park", [
            ("6", "Drift gata", "Kontroll av att vinterväghållning debiteras enligt avtal",
             "Jämförelse körjournal entreprenör mot faktura", "Gatuingenjör", m("Jan Feb Mar"),
             "Genomförd", "Nej", "", "GENOMFORD", "nej"),
            ("7", "Myndighet gata", "Tillstånd för schakt i allmän mark (grävtillstånd) följs upp",
             "Stickprov 10 tillstånd", "Gatuingenjör", m("", "Nov"),
             "", "", "", "SAKNAS", ""),
            ("8", "Park", "Lekplatsbesiktning – anmärkningar åtgärdas inom fastställd tid",
             "Genomgång av besiktningsprotokoll", "Parkchef", m(""),
             "Utgår", "", "Ingår i kontrollmoment 4 enligt beslut TN 2025-03-12 § 21.", "UTGAR", ""),
        ]),
        ("Kost", [
            ("9", "Måltidsverksamhet", "Egenkontroll av livsmedelshantering i tillagningskök",
             "Granskning av egenkontrollprogram, 5 kök", "Kostchef", m("Feb Apr Jun Aug", "Okt Dec"),
             "Delvis genomförd", "Ja",
             "3 av 5 kök kontrollerade. Brister i temperaturloggning i ett kök, åtgärdsplan upprättad.",
             "DELVIS", "ja"),
        ]),
        ("Fordon", [
            ("10", "Fordonshantering", "Körjournaler för kommunens fordon förs och kontrolleras",
             "Stickprov 10 fordon", "Fordonssamordnare", m("Mar Jun", "Sep Dec"),
             "", "Nej", "Kontrollen är genomförd för första halvåret, inga avvikelser noterade.",
             "GENOMFORD", "nej"),
            ("11", "Fordonshantering", "Drivmedelskort – kontroll av tankningar mot fordon",
             "Jämförelse transaktionslista mot fordonsregister", "Fordonssamordnare", m("", "Apr Aug Dec"),
             "Ej genomförd", "", "Rapport från drivmedelsleverantören har inte levererats.",
             "EJ_GENOMFORD", ""),
        ]),
    ]
    fills = {"Genomförd": "C6EFCE", "Pågår": "FFEB9C", "Delvis genomförd": "FFEB9C",
             "Ej påbörjad": "FFC7CE", "Ej genomförd": "FFC7CE", "Utgår": "D9D9D9"}
    r = hr + 1
    n = 0
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(header))
        r += 1
        for (nr, proc, km, metod, ansv, marks, status, avv, kom, es, ea) in rows:
            vals = [int(nr), proc, km, metod, ansv] + [marks.get(i, None) for i in range(12)] + \
                   [status or None, avv or None, kom or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top",
                                           horizontal="center" if 6 <= c <= 17 else None)
                cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            if status in fills:
                ws.cell(row=r, column=18).fill = PatternFill("solid", fgColor=fills[status])
            exp(fil, namnd, km, es, ea)
            n += 1
            r += 1
    r += 1
    ws.cell(row=r, column=1, value=f"Antal kontrollmoment: {n}")
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt av: Anna Lindqvist, controller tekniska förvaltningen, 2025-09-09")
    widths = [5, 20, 45, 32, 18] + [5] * 12 + [16, 12, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C7"
    wb.properties.creator = "Anna Lindqvist"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - Word form, one table per control
# ---------------------------------------------------------------------------
def build_bun():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    fil = "BUN Uppföljning internkontrollplan delår 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    doc = Document()
    doc.core_properties.author = "Barn- och utbildningsförvaltningen"
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Staffanstorps kommun · Barn- och utbildningsförvaltningen"

    t = doc.add_paragraph()
    run = t.add_run("Uppföljning av internkontrollplan 2025")
    run.bold = True
    run.font.size = Pt(18)
    doc.add_paragraph("Delårsrapport januari–augusti 2025 – Barn- och utbildningsnämnden")
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (BUN § 142). Nedan redovisas "
        "uppföljningen av varje kontrollmoment per den 31 augusti. Kryssa i den status som gäller för perioden. "
        "Avvikelser ska kommenteras och åtgärd anges.")

    B, E = "☒", "☐"

    def boxes(options, chosen):
        return "   ".join((B if o in chosen else E) + " " + o for o in options)

    status_opts = ["Genomförd", "Pågår", "Ej genomförd", "Utgår"]
    controls = [
        ("Skolpliktsbevakning – elever med hög frånvaro anmäls till huvudmannen enligt rutin",
         "Elevhälsa", "Elever går miste om utbildning utan att huvudmannen agerar", "Stickprov på tre skolor",
         "Verksamhetschef grundskola", "Per termin", ["Genomförd"], ["Nej"],
         "Stickprov på Hagalidskolan, Tågarpskolan och Baggebodaskolan. Rutinen följs.", "GENOMFORD", "nej"),
        ("Klagomål på utbildningen hanteras och dokumenteras enligt rutin", "Kvalitet",
         "Klagomål hanteras inte och leder till bristande förtroende", "Genomgång av samtliga klagomål i diariet",
         "Kvalitetsstrateg", "Tertialvis", ["Genomförd"], ["Ja"],
         "Två av 17 ärenden saknade återkoppling till vårdnadshavare inom fastställd tid. "
         "Rutinen har förtydligats för rektorerna.", "GENOMFORD", "ja"),
        ("Kränkande behandling anmäls till rektor och huvudman utan dröjsmål", "Trygghet och studiero",
         "Kränkningar utreds inte skyndsamt", "Jämförelse av anmälningsdatum mot händelsedatum",
         "Kvalitetsstrateg", "Per termin", ["Pågår"], [],
         "Genomgång av anmälningar för vårterminen är klar. Höstterminen granskas i oktober.", "DELVIS", ""),
        ("Attest av leverantörsfakturor enligt attestordningen", "Ekonomi",
         "Felaktiga betalningar", "Stickprov 20 fakturor", "Förvaltningsekonom", "Tertialvis",
         ["Genomförd"], ["Nej"], "Samtliga fakturor i stickprovet var korrekt attesterade.", "GENOMFORD", "nej"),
        ("Lärarlegitimation och behörighet kontrolleras vid nyanställning", "Personal",
         "Obehöriga lärare sätter betyg", "Kontroll mot Skolverkets lärarregister", "HR-specialist",
         "Vid varje nyanställning", ["Genomförd", "Pågår"], [],
         "Se bifogad sammanställning.", "OKLAR", ""),
        ("Barngruppernas storlek i förskolan följer Skolverkets riktmärke", "Förskola",
         "För stora barngrupper påverkar kvalitet och arbetsmiljö", "Uttag ur placeringssystemet 15/3 och 15/10",
         "Verksamhetschef förskola", "Två gånger per år", [], [],
         "Kontrollen har inte genomförts under perioden på grund av byte av placeringssystem.",
         "EJ_GENOMFORD", ""),
        ("Utdrag ur belastningsregistret uppvisas före anställning", "Personal",
         "Olämpliga personer anställs i verksamhet med barn", "Genomgång av samtliga nyanställningar",
         "HR-specialist", "Tertialvis", ["Genomförd"], ["Ja"],
         "1 av 24 nyanställda saknade registerutdrag vid anställningstillfället. Utdraget har inhämtats i efterhand.",
         "GENOMFORD", "ja"),
        ("Beslut om skolskjuts fattas enligt gällande riktlinjer", "Skolskjuts",
         "Felaktiga beslut och ökade kostnader", "Stickprov 15 beslut", "Skolskjutshandläggare",
         "Årligen", ["Utgår"], [],
         "Skolskjutshandläggningen flyttades till kommunstyrelsen 2025-07-01 enligt ny delegationsordning.",
         "UTGAR", ""),
    ]
    for i, (km, proc, risk, metod, ansv, frek, st, av, kom, es, ea) in enumerate(controls, 1):
        h = doc.add_paragraph()
        hr_ = h.add_run(f"Kontrollmoment {i}")
        hr_.bold = True
        hr_.font.size = Pt(12)
        tbl = doc.add_table(rows=10, cols=2)
        tbl.style = "Table Grid"
        top = tbl.cell(0, 0).merge(tbl.cell(0, 1))
        top.text = f"Uppföljning delår 2025 – kontroll {i} av {len(controls)}"
        top.paragraphs[0].runs[0].bold = True
        rows = [("Kontrollmoment", km), ("Process", proc), ("Risk", risk), ("Kontrollmetod", metod),
                ("Ansvarig", ansv), ("Frekvens", frek),
                ("Status delår", boxes(status_opts, st)),
                ("Avvikelse", boxes(["Ja", "Nej"], av)),
                ("Kommentar/åtgärd", kom)]
        for j, (a, b) in enumerate(rows, 1):
            tbl.cell(j, 0).text = a
            tbl.cell(j, 0).paragraphs[0].runs[0].bold = True
            tbl.cell(j, 1).text = b
        for row in tbl.rows:
            row.cells[0].width = Cm(4)
            row.cells[1].width = Cm(12)
        doc.add_paragraph()
        exp(fil, namnd, km, es, ea)
    doc.add_paragraph("Staffanstorp 2025-09-08")
    doc.add_paragraph("Maria Holmberg\nFörvaltningschef, barn- och utbildningsförvaltningen")
    doc.save(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - Stratsys CSV, comma separated, quoted multi-line comments
# ---------------------------------------------------------------------------
def build_sn():
    fil = "Stratsys_export_IK_Socialnamnden_2025-09-05.csv"
    namnd = "Socialnämnden"
    header = ["Organisation", "Plan", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
              "Status T1 2025", "Kommentar T1 2025", "Status Delår 2025", "Kommentar Delår 2025", "Avvikelse"]
    org = "Socialnämnden"
    plan = "Internkontrollplan 2025"
    rows = [
        ("Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd sker enligt beslut",
         "Stickprov 20 ärenden per tertial", "Enhetschef försörjningsstöd",
         "Genomförd", "Stickprov 20 ärenden jan–apr.\nInga felaktiga utbetalningar.",
         "Genomförd", "Stickprov 20 ärenden maj–aug.\nInga felaktiga utbetalningar.", "Nej",
         "GENOMFORD", "nej"),
        ("Barn och unga", "Orosanmälningar förhandsbedöms inom 14 dagar",
         "Genomgång av samtliga anmälningar", "Enhetschef barn och familj",
         "Pågående", "Sammanställning pågår.",
         "Genomförd", "Genomgång av 48 anmälningar.\n4 förhandsbedömningar gjordes efter 14 dagar.\n"
                      "Åtgärd: veckovis genomgång på teamträff.", "Ja",
         "GENOMFORD", "ja"),
        ("Barn och unga", "Utredningstiden i barnavårdsutredningar (fyra månader) hålls",
         "Uttag ur verksamhetssystemet", "Enhetschef barn och familj",
         "Pågående", "", "Pågående",
         "Uppföljning sker per tertial, sammanställningen för maj–aug blir klar i september.", "",
         "DELVIS", ""),
        ("LSS", "Beslut om insatser enligt LSS verkställs inom tre månader",
         "Rapport ej verkställda beslut", "Enhetschef LSS",
         "Genomförd", "Inga ej verkställda beslut äldre än tre månader, rapporterat till IVO.",
         "", "", "",
         "GENOMFORD", "nej"),
        ("Dokumentation", "Dokumentation i verksamhetssystemet följer SoL och fastställd rutin",
         "Journalgranskning 10 akter", "Kvalitetsutvecklare",
         "Ej påbörjad", "", "Ej påbörjad", "Flyttas till tertial 3 på grund av systembyte.", "",
         "EJ_GENOMFORD", ""),
        ("Informationssäkerhet", "Loggkontroll av åtkomst till personuppgifter i verksamhetssystemet",
         "Loggkontroll 30 slumpvis valda användare", "Systemförvaltare",
         "", "", "Genomförd",
         "Loggkontroll av 30 slumpvis valda användare.\nEn otillåten åtkomst har identifierats, "
         "ärendet har anmälts till dataskyddsombudet\noch hanteras som personalärende.", "Ja",
         "GENOMFORD", "ja"),
        ("Upphandling", "Avtalstrohet vid köp av externa placeringar (HVB)",
         "Jämförelse placeringar mot ramavtal", "Förvaltningsekonom",
         "", "", "Ej aktuell", "Ingår i kommunstyrelsens centrala kontroll av avtalstrohet 2025.", "",
         "UTGAR", ""),
        ("Kvalitet", "Lex Sarah-rapporter utreds och åtgärdas",
         "Genomgång av samtliga rapporter", "Medicinskt/socialt ansvarig",
         "", "", "", "", "",
         "SAKNAS", ""),
        ("Ekonomi", "Kontanthantering och handkassor på boenden stäms av månadsvis",
         "Avstämning kassabok mot kvitton", "Enhetschef boende",
         "Genomförd", "Jan–apr avstämda utan anmärkning.", "Pågående",
         "Avstämning gjord t.o.m. juni.\nJuli–augusti ej avstämda på grund av semester, görs i september.", "",
         "DELVIS", ""),
    ]
    with open(p(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(header)
        for (proc, km, metod, ansv, s1, k1, s2, k2, av, es, ea) in rows:
            w.writerow([org, plan, proc, km, metod, ansv, s1, k1, s2, k2, av])
            exp(fil, namnd, km, es, ea)
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. .xls with two sheets KFN and BMN, numeric status codes with legend below
# ---------------------------------------------------------------------------
def build_xls():
    import xlwt
    fil = "Internkontroll delår 2025 - kultur och samhällsbyggnad.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    wrap = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    legend = ["Statuskoder:", "1 = Genomförd utan anmärkning", "2 = Genomförd med anmärkning",
              "3 = Påbörjad/pågår", "4 = Ej genomförd", "5 = Utgår"]

    sheets = {
        "KFN": ("Kultur- och fritidsnämnden", [
            ("Föreningsbidrag", "Bidrag till föreningar betalas ut enligt gällande bidragsregler",
             "Stickprov 10 föreningar", "Fritidskonsulent", 1, "Stickprov 10 föreningar, allt i ordning.",
             "GENOMFORD", "nej"),
            ("Lokaluthyrning", "Uthyrning av lokaler och anläggningar debiteras korrekt",
             "Jämförelse bokningssystem mot fakturering", "Bokningsansvarig", 2,
             "Tre bokningar i sporthallen hade inte fakturerats. Fakturerat i juni.",
             "GENOMFORD", "ja"),
            ("Kassahantering", "Kassahantering i bibliotekets och fritidsgårdens kassor",
             "Oanmäld kassainventering", "Enhetschef bibliotek", 3,
             "Biblioteket kontrollerat utan anmärkning, fritidsgården återstår.",
             "DELVIS", ""),
            ("Konst", "Inventarieförteckningen för konstsamlingen är uppdaterad",
             "Inventering av 20 % av samlingen", "Kulturstrateg", 4,
             "Ej genomförd, prioriteras under hösten.", "EJ_GENOMFORD", ""),
            ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 10 fakturor", "Controller", 1, "", "GENOMFORD", "nej"),
            ("Barn och unga", "Utdrag ur belastningsregistret för ledare i verksamheter för barn och unga",
             "Genomgång av ledarförteckning", "Fritidschef", None, "", "SAKNAS", ""),
        ]),
        "BMN": ("Bygg- och miljönämnden", [
            ("Bygglov", "Handläggningstiden för bygglov (tio veckor) följs",
             "Uttag ur ärendehanteringssystemet", "Bygglovschef", 2,
             "2 av 40 ärenden överskred tidsfristen, avgiften reducerades enligt PBL.",
             "GENOMFORD", "ja"),
            ("Miljötillsyn", "Debitering av tillsynsavgifter sker enligt taxa",
             "Stickprov 15 fakturor", "Miljöchef", 1, "Stickprov 15 fakturor utan anmärkning.",
             "GENOMFORD", "nej"),
            ("Delegation", "Delegationsbeslut anmäls till nämnden",
             "Jämförelse beslutslista mot protokoll", "Nämndsekreterare", 1,
             "Samtliga delegationsbeslut t.o.m. juni är anmälda.", "GENOMFORD", "nej"),
            ("Miljötillsyn", "Planerad tillsyn enligt tillsynsplanen för miljöbalken genomförs",
             "Avstämning mot tillsynsplan", "Miljöchef", 3,
             "Cirka 55 % av planerade tillsynsbesök utförda per 31/8.", "DELVIS", ""),
            ("Rättssäkerhet", "Handläggare anmäler jäv enligt rutin",
             "Enkät till handläggare", "Förvaltningschef", 5,
             "Ersatt av kommungemensam kontroll av jäv.", "UTGAR", ""),
            ("Arkiv", "Avslutade ärenden arkiveras enligt dokumenthanteringsplanen",
             "Stickprov 20 ärenden", "Registrator", 4, "Ej genomförd på grund av resursbrist.",
             "EJ_GENOMFORD", ""),
            ("Bygglov", "Slutbesked utfärdas först efter slutsamråd och kontroll",
             "Stickprov 10 slutbesked", "Bygglovschef", None, "Se bilaga 2.", "OKLAR", ""),
        ]),
    }
    for sname in ["KFN", "BMN"]:
        namnd, rows = sheets[sname]
        ws = wb.add_sheet(sname)
        ws.write(0, 0, "Uppföljning internkontrollplan 2025", title)
        ws.write(1, 0, "Period: januari–augusti (delår)", bold)
        ws.write(2, 0, "Uppgiftslämnare: se ansvarig per rad. Ange statuskod enligt förklaring nedan.")
        hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status (kod)",
               "Resultat/kommentar"]
        for c, h in enumerate(hdr):
            ws.write(4, c, h, head)
        r = 5
        for i, (omr, km, metod, ansv, kod, kom, es, ea) in enumerate(rows, 1):
            ws.write(r, 0, i, wrap)
            ws.write(r, 1, omr, wrap)
            ws.write(r, 2, km, wrap)
            ws.write(r, 3, metod, wrap)
            ws.write(r, 4, ansv, wrap)
            if kod is None:
                ws.write(r, 5, "", wrap)
            else:
                ws.write(r, 5, kod, wrap)
            ws.write(r, 6, kom, wrap)
            exp(fil, namnd, km, es, ea)
            r += 1
        r += 1
        for j, t in enumerate(legend):
            ws.write(r + j, 1, t, bold if j == 0 else xlwt.easyxf(""))
        for c, w in enumerate([5, 18, 45, 30, 20, 12, 50]):
            ws.col(c).width = w * 256
        FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    wb.save(p(fil))


# ---------------------------------------------------------------------------
# 5. Kommunstyrelsen - .odt, headings per control with bullet lists of results
# ---------------------------------------------------------------------------
def build_ks():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, ListLevelProperties
    from odf.text import H, P, List, ListItem, ListStyle, ListLevelStyleBullet, Span

    fil = "KS internkontroll delårsrapport 2025.odt"
    namnd = "Kommunstyrelsen"
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph", defaultoutlinelevel="1")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    h2 = Style(name="Heading 2", family="paragraph", defaultoutlinelevel="2")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm"))
    titlest = Style(name="Title", family="paragraph")
    titlest.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    doc.styles.addElement(h1)
    doc.styles.addElement(h2)
    doc.styles.addElement(titlest)
    ls = ListStyle(name="Punktlista")
    lvl = ListLevelStyleBullet(level="1", bulletchar="•")
    lvl.addElement(ListLevelProperties(spacebefore="0.5cm", minlabelwidth="0.5cm"))
    ls.addElement(lvl)
    doc.automaticstyles.addElement(ls)
    italic = Style(name="Kursiv", family="text")
    italic.addElement(TextProperties(fontstyle="italic"))
    doc.automaticstyles.addElement(italic)

    doc.text.addElement(P(stylename=titlest, text="Kommunstyrelsen – uppföljning av internkontrollplan 2025"))
    doc.text.addElement(P(text="Delårsrapport per 2025-08-31"))
    doc.text.addElement(P(text="Diarienummer KS 2025/0312. Kommunledningsförvaltningen, Staffanstorps kommun."))
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Inledning"))
    doc.text.addElement(P(text=(
        "Kommunstyrelsen fastställde internkontrollplanen för 2025 i december 2024. Uppföljningen nedan avser "
        "perioden januari–augusti. Under varje kontrollmoment redovisas kontrollmetod och ansvarig samt resultatet "
        "i punktform.")))
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Kontrollmoment och resultat"))

    controls = [
        ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Redovisningschef",
         ["Status: Genomförd", "Stickprov av 25 fakturor, samtliga korrekt attesterade.", "Inga avvikelser."],
         "GENOMFORD", "nej"),
        ("Behörigheter i ekonomisystemet tas bort vid avslutad anställning",
         "Jämförelse behörighetslista mot personalsystemet", "Systemförvaltare ekonomi",
         ["Status: Genomförd med avvikelse",
          "Fyra användare med avslutad anställning hade kvar behörighet.",
          "Behörigheterna har tagits bort och rutinen med HR har förtydligats."],
         "GENOMFORD", "ja"),
        ("Upphandlingar över direktupphandlingsgränsen annonseras",
         "Genomgång av leverantörsreskontra", "Upphandlingschef",
         ["Status: Pågår", "Genomgång av leverantörsreskontran januari–juni är klar.",
          "Juli–augusti granskas i september."],
         "DELVIS", ""),
        ("Direktupphandlingar över 100 000 kronor dokumenteras",
         "Stickprov 10 direktupphandlingar", "Upphandlingschef",
         ["Status: Ej genomförd", "Kontrollen har skjutits upp till helårsuppföljningen."],
         "EJ_GENOMFORD", ""),
        ("Ändringar av kontonummer för löneutbetalning är styrkta",
         "Stickprov samtliga ändringar under april och augusti", "Lönechef",
         ["Kontrollen genomförd i april och augusti.",
          "Samtliga ändringar var styrkta med blankett och BankID."],
         "GENOMFORD", "nej"),
        ("Informationssäkerhetsincidenter rapporteras enligt rutin",
         "Genomgång av incidentrapporter", "Informationssäkerhetssamordnare",
         ["Status: Avbruten genom beslut KS 2025-05-14 § 102",
          "Ersätts av ny kommungemensam rutin för incidenthantering."],
         "UTGAR", ""),
        ("Allmänna handlingar diarieförs inom fastställd tid",
         "Stickprov 30 inkomna handlingar", "Kanslichef",
         ["Status: ", "Kommentar: "],
         "SAKNAS", ""),
        ("Chefer har inhämtat uppgifter om anställdas bisysslor",
         "Uttag ur HR-systemet", "HR-chef",
         ["Status: Delvis genomförd", "Uppgifter inhämtade för cirka 70 % av medarbetarna.",
          "Två bisysslor bedöms vara förtroendeskadliga och hanteras av HR."],
         "DELVIS", "ja"),
    ]
    for km, metod, ansv, bullets, es, ea in controls:
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=km))
        para = P(text="")
        para.addElement(Span(stylename=italic, text=f"Kontrollmetod: {metod}. Ansvarig: {ansv}."))
        doc.text.addElement(para)
        lst = List(stylename=ls)
        for b in bullets:
            li = ListItem()
            li.addElement(P(text=b))
            lst.addElement(li)
        doc.text.addElement(lst)
        exp(fil, namnd, km, es, ea)
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Sammanfattande bedömning"))
    doc.text.addElement(P(text=(
        "Kommunledningsförvaltningen bedömer att den interna kontrollen under perioden i huvudsak har varit "
        "tillräcklig. Brister har identifierats avseende behörigheter i ekonomisystemet och bisysslor; "
        "åtgärder pågår och återrapporteras i helårsuppföljningen.")))
    doc.text.addElement(P(text="Erik Sandberg, kommundirektör"))
    doc.save(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Vård- och omsorgsnämnden - xlsx plan with only a free text "Kommentar delår" column
# ---------------------------------------------------------------------------
def build_von():
    from openpyxl import Workbook
    from openpyxl.styles import Font, Alignment, PatternFill
    from openpyxl.utils import get_column_letter

    fil = "VON IK-plan 2025 med kommentar delår.xlsx"
    namnd = "Vård- och omsorgsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK-plan 2025"
    ws["A1"] = "Internkontrollplan 2025 – Vård- och omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Fastställd av VON 2024-12-11 § 98"
    ws["A2"].font = Font(italic=True)
    hdr = ["Process/rutin", "Risk", "Riskvärde", "Kontrollmoment", "Metod", "Ansvarig", "När",
           "Kommentar delår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    data = [
        ("Läkemedelshantering", [
            ("Läkemedel ges inte enligt ordination", 12, "Signeringslistor för läkemedel är kompletta",
             "Granskning av signeringslistor en vecka per boende", "MAS", "Juni",
             "Genomförd i juni på samtliga särskilda boenden. Inga brister.", "GENOMFORD", "nej"),
            ("Svinn av narkotikaklassade läkemedel", 12,
             "Kontroll av läkemedelsförråd med narkotikaklassade läkemedel",
             "Inventering av förråd", "MAS", "Mars, september",
             "Genomförd. Differens i narkotikaförrådet på ett boende, avvikelse rapporterad till MAS och åtgärdad.",
             "GENOMFORD", "ja"),
        ]),
        ("Hemtjänst", [
            ("Felaktig debitering och ersättning", 9, "Utförd tid i hemtjänsten stämmer mot beviljad tid",
             "Jämförelse planeringssystem mot beslut", "Enhetschef hemtjänst", "Tertialvis",
             "Pågår. Uppföljningen för januari–april är klar, maj–augusti analyseras.", "DELVIS", ""),
            ("Nycklar kommer på avvägar", 8, "Nyckelhantering i hemtjänsten (kvittens av nycklar)",
             "Stickprov 20 nyckelkvittenser", "Enhetschef hemtjänst", "Maj",
             "Ej genomförd – flyttas till oktober.", "EJ_GENOMFORD", ""),
        ]),
        ("Ekonomi", [
            ("Felaktiga avgifter", 9, "Avgifter för äldreomsorg debiteras enligt taxa",
             "Stickprov 15 avgiftsbeslut", "Avgiftshandläggare", "April",
             "Se bilaga 3.", "OKLAR", ""),
            ("Brukares medel hanteras felaktigt", 12, "Brukarnas privata medel hanteras enligt rutin",
             "Stickprov 12 brukare", "Enhetschef särskilt boende", "Tertialvis",
             "Kontrollen genomförd genom stickprov på 12 brukare. Två kvitton saknades, "
             "rutinen har gåtts igenom på APT.", "GENOMFORD", "ja"),
        ]),
        ("Personal", [
            ("Otillräcklig bemanning nattetid", 8, "Bemanning nattetid följer beslutad grundbemanning",
             "Uttag ur schemasystemet", "Verksamhetschef", "November",
             None, "SAKNAS", ""),
            ("Nyanställda saknar introduktion", 6, "Introduktion av nyanställda dokumenteras",
             "Stickprov 10 nyanställda", "Enhetschefer", "Augusti",
             "Utgår ur planen enligt beslut VON 2025-04-23 § 34.", "UTGAR", ""),
            ("Vård utförs utan giltig delegering", 12, "Delegering av hälso- och sjukvårdsuppgifter är aktuell",
             "Genomgång av delegeringsregister", "MAS", "Maj",
             "Genomförd, samtliga delegeringar aktuella per 2025-05-31.", "GENOMFORD", "nej"),
        ]),
    ]
    r = 5
    for proc, rows in data:
        start = r
        for (risk, rv, km, metod, ansv, nar, kom, es, ea) in rows:
            vals = [proc if r == start else None, risk, rv, km, metod, ansv, nar, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            exp(fil, namnd, km, es, ea)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    for i, w in enumerate([20, 30, 10, 45, 32, 22, 14, 55], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.properties.creator = "Vård- och omsorgsförvaltningen"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Zero-byte file named like a follow-up -> AVVISAD
# ---------------------------------------------------------------------------
def build_empty():
    fil = "Uppföljning internkontrollplan delår 2025 - Staffanstorpshus AB.xlsx"
    open(p(fil), "wb").close()
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|SocN|Socialförvaltningen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Vård och omsorg"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Bygg- och miljönämnden", "BMN|Bygg- och miljöförvaltningen|Samhällsbyggnad bygg och miljö"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Valnämnden", "VN"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Staffanstorpshus AB", "Staffanstorpshus|SHAB"),
    ]
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for a, b in reg:
            f.write(f"{a};{b}\n")
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in "".join(row)
            f.write(";".join(row) + "\n")


if __name__ == "__main__":
    build_tn()
    build_bun()
    build_sn()
    build_xls()
    build_ks()
    build_von()
    build_empty()
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")
