#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 137 – Hällbacka kommun, helår 2025.

Builds every file of the round in this folder:
  inbox files (7), namnder.csv, files.csv, expected.csv.
Run with /usr/bin/python3 make_round.py
"""
import csv
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
KOMMUN = "Hällbacka kommun"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def p(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Word letter, numbered paragraphs per control – Kultur- och fritidsnämnden
# ---------------------------------------------------------------------------
def make_kfn_docx():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    fil = "KFN - Uppföljning internkontroll helår 2025.docx"
    nämnd = "Kultur- och fritidsnämnden"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Garamond"
    st.font.size = Pt(12)
    sec = doc.sections[0]
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.5)

    hdr = sec.header.paragraphs[0]
    hdr.text = "HÄLLBACKA KOMMUN\tKultur- och fritidsförvaltningen\tDnr KFN 2025/14"

    doc.add_paragraph("Datum: 2026-01-22")
    doc.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen\n"
                      "Kopia: Kultur- och fritidsnämndens presidium")
    t = doc.add_paragraph()
    r = t.add_run("Uppföljning av internkontrollplan 2025 – helår")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph(
        "Kultur- och fritidsnämnden antog internkontrollplanen för 2025 den 10 december 2024 "
        "(KFN § 87). Delårsuppföljningen redovisades för nämnden den 16 september. "
        "Nedan redovisas resultatet för helåret per kontrollmoment. Numreringen följer planen.")

    # (rubrik, [(underrubrik, text)], status, avvikelse)
    controls = [
        ("Attest av leverantörsfakturor",
         [("Metod", "Stickprov av 25 leverantörsfakturor i oktober. Kontroll av att attest skett av "
                    "behörig attestant enligt attestlistan och att två personer deltagit i hanteringen."),
          ("Resultat", "23 fakturor var korrekt attesterade. 2 fakturor (belopp över 50 tkr) saknade "
                       "andra attest. Berörda attestanter har informerats om reglementet."),
          ("Bedömning", "Genomförd. Avvikelse noterad.")],
         "GENOMFORD", "ja"),
        ("Kassahantering i simhallen och på biblioteket",
         [("Metod", "Oanmäld kassainventering vid två tillfällen per enhet."),
          ("Resultat", "Kassorna stämde vid samtliga fyra tillfällen."),
          ("Bedömning", "Genomförd utan anmärkning.")],
         "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt beslut och gällande bidragsregler",
         [("Metod", "Granskning av samtliga 31 bidragsärenden 2025."),
          ("Resultat", "Vid delåret var kontrollen inte påbörjad. Under hösten har 12 av 31 ärenden "
                       "granskats utan anmärkning. Resterande ärenden granskas under första kvartalet 2026."),
          ("Bedömning", "Delvis genomförd.")],
         "DELVIS", "nej"),
        ("Avtalstrohet vid inköp av förbrukningsmaterial",
         [("Metod", "Jämförelse av inköp på kontogrupp 54 mot avtalsdatabasen."),
          ("Resultat", "Kontrollen har inte kunnat genomföras på grund av vakans på controllertjänsten "
                       "under hösten."),
          ("Bedömning", "Ej genomförd. Kontrollmomentet föreslås ingå i planen för 2026.")],
         "EJ_GENOMFORD", "nej"),
        ("Representation och interna arrangemang följer kommunens riktlinjer",
         [("Metod", "Genomgång av samtliga fakturor på representationskonton."),
          ("Resultat", "14 fakturor har granskats. För personalens julavslutning saknades "
                       "deltagarförteckning och syfte på underlaget. Underlaget har kompletterats i efterhand."),
          ("Bedömning", "Genomförd med anmärkning.")],
         "GENOMFORD", "ja"),
        ("Uthyrning av idrottshallar och bygdegårdar faktureras enligt bokningssystemet",
         [("Metod", "Avstämning av bokningar i bokningssystemet mot utställda kundfakturor."),
          ("Resultat", "Se bilaga 2.")],
         "OKLAR", "nej"),
        ("Utdrag ur belastningsregistret för personal på fritidsgården",
         [("Resultat", "Fritidsgården i Lillby drivs sedan den 1 mars 2025 av Lillby IF enligt beslut "
                       "KFN 2025-02-11 § 12. Förvaltningen har därmed ingen egen personal på fritidsgården "
                       "och kontrollmomentet har utgått.")],
         "UTGAR", "nej"),
        ("Förteckning över personuppgiftsbehandlingar (registerförteckning) är uppdaterad",
         [("Metod", "Genomgång tillsammans med kommunens dataskyddsombud."),
          ("Resultat", "Registerförteckningen har gåtts igenom och uppdaterats i november. Två nya "
                       "behandlingar har lagts till (bokningssystemet och anmälan till lovaktiviteter).")],
         "GENOMFORD", "nej"),
    ]
    for i, (rubrik, subs, status, avv) in enumerate(controls, 1):
        h = doc.add_paragraph()
        h.paragraph_format.space_before = Pt(12)
        h.paragraph_format.keep_with_next = True
        rr = h.add_run(f"{i}\t{rubrik}")
        rr.bold = True
        for j, (lbl, txt) in enumerate(subs, 1):
            sp = doc.add_paragraph()
            sp.paragraph_format.left_indent = Cm(1.0)
            sp.paragraph_format.first_line_indent = Cm(-1.0)
            sp.add_run(f"{i}.{j}\t")
            lr = sp.add_run(f"{lbl}: ")
            lr.italic = True
            sp.add_run(txt)
        EXPECTED.append((fil, nämnd, rubrik, status, avv))

    # numbered paragraph that is NOT a control
    h = doc.add_paragraph()
    h.paragraph_format.space_before = Pt(12)
    h.add_run("9\tSammanfattande bedömning").bold = True
    sp = doc.add_paragraph()
    sp.paragraph_format.left_indent = Cm(1.0)
    sp.paragraph_format.first_line_indent = Cm(-1.0)
    sp.add_run("9.1\tFörvaltningen bedömer att den interna kontrollen under 2025 i huvudsak har varit "
               "tillräcklig. Av åtta kontrollmoment har fyra genomförts, ett delvis genomförts, ett har "
               "inte genomförts och ett har utgått. För kontrollmoment 6 hänvisas till bilaga 2.")
    doc.add_paragraph()
    doc.add_paragraph("Med vänlig hälsning")
    doc.add_paragraph("Anna Lindqvist\nFörvaltningschef, Kultur och fritid\n0590-123 40")
    doc.add_paragraph("Bilagor: 1. Internkontrollplan 2025 (KFN § 87)   2. Avstämning uthyrning 2025")
    doc.save(p(fil))
    FILES.append((fil, "INLAST", nämnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Old .xls, two-row merged header, "Följer plan (J/N)" – Socialnämnden
# ---------------------------------------------------------------------------
def make_sn_xls():
    import xlwt
    fil = "SN IKP uppföljning 2025.xls"
    nämnd = "Socialnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IKP 2025")

    title = xlwt.easyxf("font: bold on, height 280;")
    bold = xlwt.easyxf("font: bold on;")
    hdr = xlwt.easyxf("font: bold on; align: wrap on, vert centre, horiz centre; "
                      "pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin;")
    grp = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_yellow; "
                      "borders: left thin, right thin, top thin, bottom thin;")
    cell = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin;")
    cen = xlwt.easyxf("align: wrap on, vert top, horiz centre; "
                      "borders: left thin, right thin, top thin, bottom thin;")
    small = xlwt.easyxf("font: italic on, height 180;")

    widths = [6, 18, 42, 26, 18, 10, 32, 10, 40]
    for c, w in enumerate(widths):
        ws.col(c).width = w * 256

    ws.write(0, 0, KOMMUN, bold)
    ws.write_merge(1, 1, 0, 8, "Socialnämnden – Uppföljning av internkontrollplan 2025", title)
    ws.write(2, 0, "Helårsuppföljning. Behandlas i socialnämnden 2026-02-11.")
    ws.write(3, 0, "Teckenförklaring: J = Ja, kontrollen följer plan.  N = Nej, följer inte plan "
                   "(kommentar ska alltid lämnas).", small)

    r0 = 5
    for c, txt in [(0, "Nr"), (1, "Process/rutin"), (2, "Kontrollmoment"), (3, "Kontrollmetod"),
                   (4, "Ansvarig")]:
        ws.write_merge(r0, r0 + 1, c, c, txt, hdr)
    ws.write_merge(r0, r0, 5, 6, "Delår 2025 (per 31 augusti)", hdr)
    ws.write_merge(r0, r0, 7, 8, "Helår 2025", hdr)
    ws.write(r0 + 1, 5, "Följer plan (J/N)", hdr)
    ws.write(r0 + 1, 6, "Kommentar", hdr)
    ws.write(r0 + 1, 7, "Följer plan (J/N)", hdr)
    ws.write(r0 + 1, 8, "Kommentar", hdr)

    # rows: ("G", heading) or (nr, process, km, metod, ansv, dJN, dKom, hJN, hKom, status, avv)
    rows = [
        ("G", "1. Myndighetsutövning"),
        ("1.1", "Delegation", "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
         "Jämförelse beslutslista i Treserva mot anmälda beslut", "Nämndsekreterare",
         "J", "Jan–jun: samtliga beslut anmälda.", "J", "Jul–dec: samtliga beslut anmälda.",
         "GENOMFORD", "nej"),
        ("1.2", "Barn och unga", "Barnavårdsutredningar avslutas inom fyra månader eller förlängs genom beslut",
         "Uttag ur Treserva, samtliga utredningar", "Enhetschef IFO barn",
         "J", "18 utredningar, 2 över fyra månader utan förlängningsbeslut.",
         "J", "Totalt 41 utredningar 2025. 5 överskred fyra månader utan beslut om förlängning. "
              "Veckovis bevakningslista infördes i oktober.",
         "GENOMFORD", "ja"),
        ("1.3", "Ekonomiskt bistånd", "Beslut finns innan utbetalning av ekonomiskt bistånd (stickprov 10 akter/kvartal)",
         "Stickprov", "Enhetschef försörjningsstöd",
         "J", "Kv 1–2 kontrollerade, inga fel.",
         "N", "Kv 3 kontrollerat utan anmärkning. Kv 4 ej kontrollerat p.g.a. sjukskrivning.",
         "DELVIS", "nej"),
        ("1.4", "SoL/LSS", "Ej verkställda gynnande beslut enligt SoL och LSS rapporteras till IVO varje kvartal",
         "Rapporter till IVO mot beslutslista", "Kvalitetsutvecklare",
         "J", "Kv 1 och 2 rapporterade.", "J", "Samtliga kvartal rapporterade inom tid.",
         "GENOMFORD", "nej"),
        ("G", "2. Ekonomi"),
        ("2.1", "Attest", "Beslutsattestant attesterar inte egna kostnader (resor, kurser, representation)",
         "Uttag ur ekonomisystemet", "Controller",
         "", "", "J", "Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("2.2", "Statlig ersättning", "Återsökning av ersättning från Migrationsverket för placerade barn och unga",
         "Genomgång av placeringar mot gjorda ansökningar", "Ekonom",
         "N", "Ej påbörjad, planeras till hösten.",
         "J", "Genomförd i november. En ansökan (84 tkr) hade inte skickats in – nu inskickad.",
         "GENOMFORD", "ja"),
        ("2.3", "Placeringar", "Placeringar av barn och unga (HVB, konsulentstödda familjehem) görs inom ramavtal",
         "Samtliga placeringar 2025", "Enhetschef IFO barn",
         "J", "Kontrollen genomförd i juni och avser hela året. 14 placeringar, samtliga inom ramavtal.",
         "", "",
         "GENOMFORD", "nej"),
        ("2.4", "Brukarmedel", "Hantering av brukares kontanta medel i LSS-bostad med särskild service",
         "Kassainventering på två boenden", "Enhetschef LSS",
         "", "", "N", "Ej genomförd. Flyttas till internkontrollplan 2026.",
         "EJ_GENOMFORD", "nej"),
        ("G", "3. Personal och IT"),
        ("3.1", "Rekrytering", "Utdrag ur belastningsregistret begärs vid anställning inom LSS barn och ungdom",
         "Stickprov bland nyanställda", "HR-konsult",
         "", "", "J", "",
         "GENOMFORD", "nej"),
        ("3.2", "Behörigheter", "Behörigheter i Treserva tas bort inom en vecka när anställning avslutas",
         "Behörighetslista mot personalregister", "Systemförvaltare",
         "", "", "?", "",
         "OKLAR", "nej"),
        ("3.3", "Informationssäkerhet", "Loggkontroll – otillbörlig åtkomst till personer med skyddade personuppgifter",
         "Logguttag två gånger per år", "Systemförvaltare",
         "", "", "Utgår", "Utgår enligt SN 2025-09-17 § 88. Ingår i ny rutin för loggranskning.",
         "UTGAR", "nej"),
    ]
    r = r0 + 2
    for row in rows:
        if row[0] == "G":
            ws.write_merge(r, r, 0, 8, row[1], grp)
        else:
            nr, proc, km, met, ansv, dj, dk, hj, hk, status, avv = row
            for c, v in enumerate([nr, proc, km, met, ansv, dj, dk, hj, hk]):
                ws.write(r, c, v, cen if c in (0, 5, 7) else cell)
            EXPECTED.append((fil, nämnd, km, status, avv))
        r += 1
    r += 1
    ws.write(r, 0, "Antal kontrollmoment: 11", bold)
    ws.write(r + 1, 0, "Sammanställt av: Lena Holm, controller, socialförvaltningen, 2026-01-15")
    wb.save(p(fil))
    FILES.append((fil, "INLAST", nämnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. .ods with comments in cell notes – Barn- och utbildningsnämnden
# ---------------------------------------------------------------------------
def make_bun_ods():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    from odf.text import P
    from odf.office import Annotation
    from odf.dc import Creator, Date

    fil = "BUN intern kontroll T3 2025.ods"
    nämnd = "Barn- och utbildningsnämnden"
    doc = OpenDocumentSpreadsheet()

    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    big = Style(name="big", family="table-cell")
    big.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(big)
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#c6d9f1", border="0.5pt solid #000000",
                                        wrapoption="wrap"))
    doc.automaticstyles.addElement(head)
    wrap = Style(name="wrap", family="table-cell")
    wrap.addElement(TableCellProperties(wrapoption="wrap", verticalalign="top",
                                        border="0.5pt solid #000000"))
    doc.automaticstyles.addElement(wrap)

    colw = ["1.0cm", "3.2cm", "8.5cm", "3.5cm", "2.6cm", "3.2cm"]
    colstyles = []
    for i, w in enumerate(colw):
        cs = Style(name=f"co{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    def tcell(text="", style=None, note=None, span=None):
        kw = {}
        if style is not None:
            kw["stylename"] = style
        if span:
            kw["numbercolumnsspanned"] = span
        if text != "" and text is not None:
            kw["valuetype"] = "string"
        c = TableCell(**kw)
        if note:
            author, date, txt = note
            a = Annotation()
            cr = Creator()
            cr.addText(author)
            a.addElement(cr)
            d = Date()
            d.addText(date)
            a.addElement(d)
            for line in txt.split("\n"):
                a.addElement(P(text=line))
            c.addElement(a)
        if text:
            c.addElement(P(text=text))
        return c

    # --- sheet 1: the follow-up
    t = Table(name="Uppföljning T3")
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))

    def row(cells):
        tr = TableRow()
        for c in cells:
            tr.addElement(c)
        t.addElement(tr)

    def merged_row(text, style, n=6):
        tr = TableRow()
        tr.addElement(tcell(text, style, span=n))
        for _ in range(n - 1):
            tr.addElement(CoveredTableCell())
        t.addElement(tr)

    merged_row("Barn- och utbildningsförvaltningen", bold)
    merged_row("Intern kontroll 2025 – uppföljning T3 (helår)", big)
    merged_row("Rapporteras till BUN 2026-02-04. Kommentarer finns som anteckning i statuscellen.", None)
    row([tcell()])
    row([tcell("Nr", head), tcell("Område", head), tcell("Kontrollmoment", head),
         tcell("Ansvarig", head), tcell("Frekvens", head),
         tcell("Status", head, note=("Maria Ek", "2025-01-20T09:12:00",
                                     "Välj: Genomförd / Delvis genomförd / Ej genomförd / Utgår"))])

    ctl = [
        ("1", "Skolskjuts", "Skolskjutsbeslut följer kommunens riktlinjer (avstånd, växelvis boende)",
         "Skolskjutssamordnare", "1 ggr/år", "Genomförd",
         ("Per Nilsson", "2025-12-03T14:30:00",
          "Stickprov 30 beslut. 1 beslut felaktigt beviljat (avstånd under 3 km), omprövat."),
         "GENOMFORD", "ja"),
        ("2", "Avgifter", "Inkomstuppgifter för barnomsorgsavgift (maxtaxa) kontrolleras mot Skatteverket",
         "Avgiftshandläggare", "1 ggr/år", "Delvis genomförd",
         ("Sara Berg", "2026-01-09T10:02:00",
          "Förskolan klar.\nFritidshem återstår – görs i februari 2026."),
         "DELVIS", "nej"),
        ("3", "Ekonomi", "Fakturering av interkommunal ersättning för elever från andra kommuner",
         "Ekonom BUF", "2 ggr/år", "Genomförd",
         ("Sara Berg", "2025-12-15T08:45:00",
          "3 elever hade inte fakturerats vt 2025. Fakturerat i efterhand, 186 tkr."),
         "GENOMFORD", "ja"),
        ("4", "Trygghet och studiero", "Anmälan om kränkande behandling når huvudmannen inom fem arbetsdagar",
         "Rektorer", "Löpande", "",
         ("Eva Strand", "2025-12-19T16:20:00",
          "Genomgång i december av samtliga 47 anmälningar – alla har kommit in till huvudman inom "
          "fem arbetsdagar. /Eva"),
         "GENOMFORD", "nej"),
        ("5", "Ekonomi", "Leverantörsfakturor attesteras av behörig attestant enligt attestförteckning",
         "Controller", "2 ggr/år", "Genomförd", None,
         "GENOMFORD", "nej"),
        ("6", "Dataskydd", "Personuppgiftsincidenter anmäls till dataskyddsombudet inom 72 timmar",
         "Förvaltningschef", "1 ggr/år", "Ej genomförd",
         ("Maria Ek", "2025-11-28T11:11:00", "Skjuts till 2026 pga byte av lärplattform."),
         "EJ_GENOMFORD", "nej"),
        ("7", "IT-behörigheter", "Konton i elevregistret (IST) avslutas när personal slutar",
         "IT-samordnare", "2 ggr/år", "Genomförd",
         ("Jonas Ek", "2025-11-21T13:40:00",
          "2 konton för slutade vikarier var fortfarande aktiva. Stängda 2025-11-20."),
         "GENOMFORD", "ja"),
        ("8", "Statsbidrag", "Återrapportering av riktade statsbidrag till Skolverket sker i tid",
         "Utvecklingsstrateg", "Löpande", "Utgår",
         ("Maria Ek", "2025-05-20T09:00:00",
          "Utgår enl. BUN 2025-05-14 § 41 – ingår i KS kommungemensamma kontroll."),
         "UTGAR", "nej"),
        ("9", "Inventarier", "Förteckning över elevdatorer och lärplattor (1:1) är aktuell",
         "IT-samordnare", "1 ggr/år", "Pågår",
         ("Jonas Ek", "2026-01-12T15:05:00", "Inventering klar på 4 av 6 skolor."),
         "DELVIS", "nej"),
    ]
    for nr, omr, km, ansv, frekv, status_txt, note, status, avv in ctl:
        row([tcell(nr, wrap), tcell(omr, wrap), tcell(km, wrap), tcell(ansv, wrap),
             tcell(frekv, wrap), tcell(status_txt, wrap, note=note)])
        EXPECTED.append((fil, nämnd, km, status, avv))
    row([tcell()])
    row([tcell(""), tcell("Ansvarig för sammanställning: Maria Ek, kvalitetssamordnare")])
    doc.spreadsheet.addElement(t)

    # --- sheet 2: instructions (no controls)
    t2 = Table(name="Instruktion")
    t2.addElement(TableColumn(stylename=colstyles[2]))
    for line in ["Instruktion till rektorer och enhetschefer",
                 "1. Fyll i status i kolumnen Status: Genomförd / Delvis genomförd / Ej genomförd / Utgår.",
                 "2. Skriv kommentar som anteckning i statuscellen (högerklick – Infoga kommentar).",
                 "3. Exempel: Kontroll av handkassa på skolan – Genomförd – anteckning: 'Kassan stämde.'",
                 "4. Skicka filen till ekonomienheten senast 2026-01-16."]:
        tr = TableRow()
        tr.addElement(tcell(line))
        t2.addElement(tr)
    doc.spreadsheet.addElement(t2)
    doc.save(p(fil))
    FILES.append((fil, "INLAST", nämnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. CSV from a governance system with English column names – two nämnder
# ---------------------------------------------------------------------------
def make_csv_export():
    fil = "ic_followup_export_20260119.csv"
    cols = ["Organisation", "Plan", "Control ID", "Report period", "Process", "Control activity",
            "Responsible", "Status", "Deviation found", "Comment", "Updated by", "Updated"]
    I = "Interim report 2025 (31 Aug)"
    A = "Annual report 2025"
    tn_org, tn_plan = "Tekniska förvaltningen", "Internkontrollplan 2025 - Tekniska nämnden"
    mb_org, mb_plan = "Miljö och bygg", "Internkontrollplan 2025 - Miljö- och byggnämnden"

    # control id -> (org, plan, process, text, responsible, [(period, status, dev, comment, who, when)],
    #                expected status, avv)
    controls = [
        ("TN-25-01", tn_org, tn_plan, "Inköp",
         "Avtalstrohet – inköp av entreprenadtjänster (markarbeten, snöröjning) sker hos avtalade leverantörer",
         "Inköpssamordnare",
         [(I, "In progress", "", "Urval om 15 inköp framtaget.", "kjel01", "2025-09-02 10:14"),
          (A, "Completed with remarks", "Yes",
           "2 av 15 inköp gjorda utanför avtal (snöröjning Lillby).\nPåminnelse skickad till arbetsledare.",
           "kjel01", "2026-01-12 09:40")],
         "GENOMFORD", "ja"),
        ("TN-25-02", tn_org, tn_plan, "Fordon",
         "Körjournaler förs för kommunens tjänstebilar", "Fordonsansvarig",
         [(I, "Not started", "", "", "brol03", "2025-08-29 15:02"),
          (A, "Not started", "No", "Prioriterades ned under 2025 pga vakans.", "brol03", "2026-01-14 11:20")],
         "EJ_GENOMFORD", "nej"),
        ("TN-25-03", tn_org, tn_plan, "VA",
         "Anslutningsavgifter för VA debiteras enligt gällande VA-taxa", "VA-ingenjör",
         [(I, "Completed", "No",
           "Samtliga 12 nyanslutningar jan–jun kontrollerade mot taxan, inga fel. Kontrollen avslutad.",
           "ande07", "2025-09-05 08:31")],
         "GENOMFORD", "nej"),
        ("TN-25-04", tn_org, tn_plan, "Fastighet",
         "Nyckel- och passerkort till kommunens fastigheter kvitteras och återlämnas", "Fastighetschef",
         [(I, "In progress", "", "", "mali02", "2025-09-01 13:13"),
          (A, "In progress", "No", "Kvittenslistor uppdaterade för skolorna, äldreboendena återstår.",
           "mali02", "2026-01-15 16:48")],
         "DELVIS", "nej"),
        ("TN-25-05", tn_org, tn_plan, "Ekonomi",
         "Ändring av bankgiro/kontonummer i leverantörsregistret verifieras med leverantören",
         "Ekonomiassistent",
         [(A, "Completed", "Yes",
           "Ett bedrägeriförsök (falsk ändring av bankgiro) upptäcktes och stoppades i september.",
           "kjel01", "2026-01-12 09:55")],
         "GENOMFORD", "ja"),
        ("TN-25-06", tn_org, tn_plan, "Personal",
         "Bisysslor – anställda med inköpsansvar har redovisat bisysslor", "Förvaltningschef",
         [(I, "Not started", "", "", "mali02", "2025-09-01 13:20"),
          (A, "Cancelled", "No", "Utgår – ingår i KS kommungemensamma kontroll av bisysslor.",
           "mali02", "2026-01-15 16:50")],
         "UTGAR", "nej"),
        ("MB-25-01", mb_org, mb_plan, "Bygglov",
         "Bygglov beslutas inom lagstadgad handläggningstid (10 veckor)", "Bygglovschef",
         [(I, "Completed with remarks", "Yes", "2 ärenden över tid jan–jun.", "lisa04", "2025-09-03 09:00"),
          (A, "Completed with remarks", "Yes",
           "Totalt 4 ärenden överskred 10 veckor. Avgiften reducerades enligt PBL 12 kap. 8 a §.",
           "lisa04", "2026-01-16 10:05")],
         "GENOMFORD", "ja"),
        ("MB-25-02", mb_org, mb_plan, "Taxor och avgifter",
         "Årliga tillsynsavgifter för livsmedelsanläggningar debiteras enligt taxa", "Miljöchef",
         [(I, "Not started", "", "Görs i samband med årsdebiteringen i oktober.", "olle05", "2025-08-28 14:44"),
          (A, "Completed", "No", "", "olle05", "2026-01-10 08:12")],
         "GENOMFORD", "nej"),
        ("MB-25-03", mb_org, mb_plan, "Delegation",
         "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         [(I, "Completed", "No", "Inga avvikelser.", "lisa04", "2025-09-03 09:10"),
          (A, "", "", "Genomförd för helåret, samtliga beslut anmälda.", "lisa04", "2026-01-16 10:11")],
         "GENOMFORD", "nej"),
        ("MB-25-04", mb_org, mb_plan, "Myndighetsutövning",
         "Jäv – handläggare handlägger inte ärenden där jäv kan föreligga", "Miljöchef",
         [(A, "In progress", "", "Enkät till handläggarna skickad i december, svar inväntas.",
           "olle05", "2026-01-10 08:20")],
         "DELVIS", "nej"),
        ("MB-25-05", mb_org, mb_plan, "Arkiv",
         "Avslutade bygglovsärenden levereras till e-arkivet", "Registrator",
         [(A, "Not started", "No", "E-arkivet är ännu inte driftsatt.", "lisa04", "2026-01-16 10:15")],
         "EJ_GENOMFORD", "nej"),
        ("MB-25-06", mb_org, mb_plan, "Dataskydd",
         "Personnummer maskeras i kungörelser som publiceras på webben och i PoIT", "Registrator",
         [(A, "Completed", "Yes",
           "Vid stickprov hittades personnummer i 1 kungörelse på webben. Borttaget samma dag.",
           "lisa04", "2026-01-16 10:20")],
         "GENOMFORD", "ja"),
    ]
    with open(p(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(cols)
        for cid, org, plan, proc, txt, resp, recs, status, avv in controls:
            for period, st, dev, com, who, when in recs:
                w.writerow([org, plan, cid, period, proc, txt, resp, st, dev, com, who, when])
            nämnd = "Tekniska nämnden" if org == tn_org else "Miljö- och byggnämnden"
            EXPECTED.append((fil, nämnd, txt, status, avv))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Miljö- och byggnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. PDF-like text dump of a table – Kommunstyrelsen
# ---------------------------------------------------------------------------
def make_ks_txt():
    fil = "KS_IKP_helar_2025.txt"
    nämnd = "Kommunstyrelsen"
    widths = [3, 15, 32, 46, 10]
    gap = "   "

    def layout(cells, wrap_widths=widths):
        cols = []
        for c, w in zip(cells, wrap_widths):
            cols.append(textwrap.wrap(c, w) if c else [])
        n = max(len(c) for c in cols) if cols else 0
        out = []
        for i in range(n):
            parts = []
            for c, w in zip(cols, wrap_widths):
                parts.append((c[i] if i < len(c) else "").ljust(w))
            out.append((" " + gap.join(parts)).rstrip())
        return out

    header = layout(["Nr", "Process", "Kontrollmoment", "Resultat / kommentar", "Status"])

    def footer(page, tot):
        return ["", "", (" Hällbacka kommun" + " " * 38 + "Kommunstyrelsen" + " " * 30 +
                         f"Sida {page} ({tot})")]

    rows = [
        ("1", "Löner", "Stickprov på löneutbetalningar – tillägg och avdrag är korrekta",
         "40 anställda kontrollerade. 3 felaktiga OB-tillägg (totalt 2 140 kr) har korrigerats i december.",
         "Genomförd", "GENOMFORD", "ja"),
        ("2", "Leverantörs-fakturor", "Kontroll av dubbelbetalningar i ekonomisystemet",
         "Kontroll gjord kvartalsvis med rapport ur ekonomisystemet. Inga dubbelbetalningar har hittats.",
         "Genomförd", "GENOMFORD", "nej"),
        ("3", "Upphandling", "Direktupphandlingar över 100 tkr är dokumenterade",
         "Kontrollerat för kommunledningsförvaltningen: 9 direktupphandlingar, dokumentation saknades i 2. "
         "Räddningstjänsten har inte kontrollerats.",
         "Delvis genomförd", "DELVIS", "ja"),
        ("4", "IT", "Årlig genomgång av administratörsbehörigheter i kommunens system",
         "Ej genomförd på grund av byte av IT-driftleverantör. Görs första kvartalet 2026.",
         "Ej genomförd", "EJ_GENOMFORD", "nej"),
        ("5", "Dataskydd", "Personuppgiftsbiträdesavtal finns för samtliga system som behandlar personuppgifter",
         "Inventering av 37 system. Avtal saknades för 4 system, dessa avtal har nu tecknats.",
         "Genomförd", "GENOMFORD", "ja"),
        ("6", "Förtroende-känsliga poster",
         "Representation, resor och kurser för kommunstyrelsens ordförande och kommundirektören",
         "Samtliga 22 underlag granskade. Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
        ("7", "Krisberedskap", "Krisledningsplanen är uppdaterad och övad",
         "Ersätts av länsövningen Totalförsvar 2025, se beslut KS 2025-03-04 § 45.",
         "Utgår", "UTGAR", "nej"),
        ("8", "Delegation", "Delegationsbeslut anmäls till kommunstyrelsen", "", "", "SAKNAS", "nej"),
        ("9", "Personal", "Samtliga chefer har redovisat eventuella bisysslor",
         "Påminnelse skickad i november. 31 av 38 chefer har redovisat.", "Pågår", "DELVIS", "nej"),
    ]
    for r in rows:
        EXPECTED.append((fil, nämnd, r[2], r[5], r[6]))

    page1 = [
        "",
        " KOMMUNSTYRELSEN" + " " * 70 + "2026-01-20",
        "",
        " Uppföljning av internkontrollplan 2025",
        " Helår (underlag till verksamhetsberättelse 2025)",
        "",
        " Kommunstyrelsen antog internkontrollplanen 2024-12-03 § 201. Uppföljningen omfattar hela",
        " året 2025. Status anges som Genomförd, Delvis genomförd, Pågår, Ej genomförd eller Utgår.",
        "",
    ] + header + [""]
    for r in rows[:4]:
        page1 += layout(list(r[:5])) + [""]
    # row 5 is split across the page break, as pdftotext does it
    r5 = layout(["5", "Dataskydd", rows[4][2], "Inventering av 37 system. Avtal saknades för", "Genomförd"])
    page1 += r5
    page1 += footer(1, 2)

    page2 = ["", " Uppföljning av internkontrollplan 2025 – Kommunstyrelsen (forts.)", ""] + header + [""]
    page2 += layout(["", "", "", "4 system, dessa avtal har nu tecknats.", ""]) + [""]
    for r in rows[5:]:
        page2 += layout(list(r[:5])) + [""]
    page2 += [
        "",
        " Sammanfattning",
        " Av nio kontrollmoment har fyra genomförts, två genomförts delvis eller pågår, ett har inte",
        " genomförts och ett har utgått. För ett kontrollmoment saknas redovisning.",
        "",
        " Antal kontrollmoment   9",
        "",
        " Sammanställt av Karin Sjöberg, ekonomichef",
    ]
    page2 += footer(2, 2)
    text = "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n\f"
    with open(p(fil), "w", encoding="utf-8") as f:
        f.write(text)
    FILES.append((fil, "INLAST", nämnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. .xlsx with dropdown status (trailing spaces, mixed case) – Vård- och omsorgsnämnden
# ---------------------------------------------------------------------------
def make_von_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    fil = "VON IK-uppföljning helår 2025.xlsx"
    nämnd = "Vård- och omsorgsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    lists = wb.create_sheet("Listor")
    dd = ["GENOMFÖRD ", "Delvis Genomförd  ", "ej genomförd ", "Pågår ", "Ej aktuell "]
    for i, v in enumerate(dd, 1):
        lists.cell(i, 1, v)
    lists.sheet_state = "hidden"

    thin = Side(style="thin")
    brd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – helårsuppföljning"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Status väljs i rullistan. Kommentera alltid avvikelser och ej genomförda kontroller."
    ws["A3"].font = Font(italic=True, color="666666")

    hdr = ["Nr", "Kontrollmoment", "Metod", "Ansvarig", "Status helår 2024", "Status delår 2025",
           "Status helår 2025", "Kommentar"]
    widths = [5, 48, 28, 18, 16, 16, 16, 55]
    for c, (h, w) in enumerate(zip(hdr, widths), 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = brd
        ws.column_dimensions[chr(64 + c)].width = w

    G = "GENOMFÖRD "
    D = "Delvis Genomförd  "
    E = "ej genomförd "
    P = "Pågår "
    X = "Ej aktuell "
    rows = [
        ("H", "MYNDIGHETSUTÖVNING"),
        ("1", "Avgiftsbeslut i hemtjänst stämmer mot beviljade och utförda timmar",
         "Stickprov 20 kunder", "Avgiftshandläggare", G, P, G,
         "Stickprov 20 kunder: 2 felaktiga avgifter, rättade och återbetalda.", "GENOMFORD", "ja"),
        ("2", "Beslut om färdtjänst fattas enligt delegationsordningen",
         "Genomgång av beslutslista", "Enhetschef myndighet", None, None, P, None, "DELVIS", "nej"),
        ("3", "Lex Sarah-rapporter utreds och vid behov anmäls till IVO inom tid",
         "Genomgång av samtliga rapporter", "MAS", G, None, G,
         "6 rapporter 2025, samtliga utredda inom tid. 1 anmäld till IVO.", "GENOMFORD", "nej"),
        ("H", "EKONOMI"),
        ("4", "Avtalstrohet vid inköp av inkontinensartiklar och livsmedel",
         "Uttag ur e-handelssystemet", "Controller", D, P, G,
         "Avtalstrohet 96 %. 2 livsmedelsinköp utanför avtal, åtgärdat.", "GENOMFORD", "ja"),
        ("5", "Fakturor från privata utförare (LOV) kontrolleras mot utförd tid",
         "Avstämning mot planeringssystemet", "Controller", G, G, "GENOMFÖRD  ",
         "En utförare fakturerade 38 timmar för mycket, kreditfaktura mottagen.", "GENOMFORD", "ja"),
        ("6", "Brukares kontanter på särskilt boende kvitteras och inventeras",
         "Kassainventering", "Enhetschef SÄBO", None, E, E,
         "Ny rutin tas fram. Kontrollen flyttas till 2026.", "EJ_GENOMFORD", "nej"),
        ("H", "VERKSAMHET"),
        ("7", "Signeringslistor för läkemedel kontrolleras månadsvis",
         "Genomgång av signeringslistor", "Sjuksköterskor", G, G, "Klar", None, "GENOMFORD", "nej"),
        ("8", "Utförd tid i planeringssystemet stämmer mot beviljad tid i hemtjänsten",
         "Stickprov", "Enhetschef hemtjänst", D, P, D,
         "Gjord för hemtjänst Norr. Hemtjänst Söder återstår.", "DELVIS", "nej"),
        ("H", "PERSONAL OCH IT"),
        ("9", "Timanställda överskrider inte LAS-gränsen utan beslut",
         "Uttag ur lönesystemet", "HR", G, X, X,
         "Kontrollen flyttad till KS (central HR) fr.o.m. 1 juli.", "UTGAR", "nej"),
        ("10", "Loggkontroll i journalsystemet – otillbörlig åtkomst",
         "Logguttag 2 ggr/år", "Systemförvaltare", G, None, None, None, "SAKNAS", "nej"),
    ]
    dv = DataValidation(type="list", formula1="=Listor!$A$1:$A$5", allow_blank=True,
                        showErrorMessage=True, errorTitle="Ogiltigt värde",
                        error="Välj ett värde i listan.")
    ws.add_data_validation(dv)
    r = 6
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        else:
            nr, km, met, ansv, s24, sd, sh, kom, status, avv = row
            vals = [int(nr), km, met, ansv, s24, sd, sh, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = brd
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            EXPECTED.append((fil, nämnd, km, status, avv))
        r += 1
    dv.add(f"E6:G{r - 1}")
    r += 1
    ws.cell(r, 2, "Antal GENOMFÖRD helår 2025").font = Font(italic=True)
    ws.cell(r, 7, f'=COUNTIF(G6:G{r - 2},"GENOMFÖRD*")')
    ws.cell(r + 1, 2, "Uppföljningen sammanställd av Birgitta Ahlén, verksamhetscontroller, 2026-01-13")
    ws.freeze_panes = "C6"
    wb.save(p(fil))
    FILES.append((fil, "INLAST", nämnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Office lock file left in the folder – must be rejected
# ---------------------------------------------------------------------------
def make_lockfile():
    fil = "~$N IK-uppföljning helår 2025.xlsx"
    user = "Birgitta Ahlén"
    a = user.encode("cp1252")
    data = bytes([len(a)]) + a
    data = data.ljust(54, b"\x20")
    u = user.encode("utf-16-le")
    data += len(user).to_bytes(2, "little") + u
    data = data.ljust(162, b"\x20")
    with open(p(fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_meta():
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in [
            ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret|KLF"),
            ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF|Bildningsförvaltningen"),
            ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen|IFO"),
            ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Vård och omsorg"),
            ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och service"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
            ("Miljö- och byggnämnden", "MBN|Miljö- och byggnadsnämnden|Miljö och bygg|Bygg och miljö"),
            ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
            ("Valnämnden", "VN"),
        ]:
            f.write(f"{n};{a}\n")
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for fil, n, km, st, av in EXPECTED:
            assert ";" not in km and "\n" not in km
            f.write(f"{fil};{n};{km};{st};{av}\n")


if __name__ == "__main__":
    make_kfn_docx()
    make_sn_xls()
    make_bun_ods()
    make_csv_export()
    make_ks_txt()
    make_von_xlsx()
    make_lockfile()
    write_meta()
    print(f"{len(FILES)} files.csv rows, {len(EXPECTED)} controls")
