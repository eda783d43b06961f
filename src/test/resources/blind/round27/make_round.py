#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 27 - Suseå kommun (Halland), internkontroll 2025, first year of the new routine."""
import os, shutil, subprocess, tempfile, zipfile

import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.comments import Comment
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="r27-")
LO_PROFILE = "file:///tmp/lo-round27"

expected = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
files = []      # (fil, utfall, nämnd, år, period)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km
    expected.append((fil, namnd, km, status, avv))


thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)

# ---------------------------------------------------------------------------------------------
# 1. KFN: the whole plan table pasted into Word + an "Uppföljning" column at the right.
#    Nämnd only in the page header, no period stated anywhere.
# ---------------------------------------------------------------------------------------------
def make_kfn():
    fil = "KFN IKP 2025 med uppföljning.docx"
    N = "Kultur- och fritidsnämnden"
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.header.paragraphs[0].text = "Kultur- och fritidsnämnden\tSuseå kommun\tDnr KFN 2024/0187"
    sec.footer.paragraphs[0].text = "Antagen av nämnden 2024-12-10 § 98"
    doc.add_heading("Internkontrollplan 2025", level=1)
    doc.add_paragraph("Planen nedan är nämndens antagna internkontrollplan. Förvaltningens uppföljning "
                      "har förts in i kolumnen längst till höger.")
    cols = ["Process/rutin", "Risk", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
            "Risk-värde", "Uppföljning"]
    # (section, process, risk, kontrollmoment, metod, frekvens, ansvarig, riskvärde, uppföljning, status, avv)
    rows = [
        ("EKONOMI", None),
        ("Attest och utbetalning", "Fakturor betalas utan korrekt attest",
         "Stickprov på 20 leverantörsfakturor att attest skett enligt attestordningen",
         "Stickprov i Proceedo", "2 ggr/år", "Controller", "9",
         "Genomfört. 20 fakturor kontrollerade, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("Attest och utbetalning", "Felaktig redovisning av representation",
         "Kontroll av att representation och kurser redovisas med syfte och deltagare",
         "Genomgång av verifikationer konto 7610–7690", "1 gång/år", "Controller", "6",
         "Genomfört. 4 av 15 verifikationer saknade deltagarförteckning. Påminnelse om rutinen "
         "har skickats till samtliga enhetschefer.", "GENOMFORD", "ja"),
        ("Föreningsbidrag", "Bidrag betalas ut på felaktiga grunder",
         "Kontroll av att föreningar som beviljats aktivitetsstöd har redovisat deltagarlistor enligt bidragsreglerna",
         "Stickprov 12 föreningar", "1 gång/år", "Föreningskonsulent", "12",
         "Påbörjat. Stickprov hos 5 av 12 föreningar gjort, resterande genomförs i februari 2026.",
         "DELVIS", "nej"),
        ("Föreningsbidrag", "Beslut fattas utan delegation",
         "Kontroll av att beslut om driftbidrag fattats i enlighet med delegationsordningen",
         "Genomgång av samtliga beslut", "1 gång/år", "Nämndsekreterare", "8",
         "Se bilaga 2", "OKLAR", "nej"),
        ("VERKSAMHET", None),
        ("Uthyrning av lokaler", "Uteblivna intäkter",
         "Kontroll av att bokningar i bokningssystemet faktureras korrekt (sporthallar och samlingslokaler)",
         "Avstämning bokning mot faktura, en månad", "2 ggr/år", "Bokningsansvarig", "9",
         "Ej genomfört på grund av byte av bokningssystem under hösten. Flyttas till planen för 2026.",
         "EJ_GENOMFORD", "nej"),
        ("Uthyrning av lokaler", "Obehöriga har tillträde till anläggningar",
         "Kontroll av att nycklar och passerkort till idrottsanläggningar återlämnas vid avslutad förhyrning",
         "Avstämning nyckelregister", "1 gång/år", "Anläggningschef", "6",
         "", "SAKNAS", "nej"),
        ("Bibliotek", "Personuppgifter sparas för länge",
         "Kontroll av att låntagaruppgifter gallras enligt dokumenthanteringsplan och GDPR",
         "Uttag ur bibliotekssystemet", "1 gång/år", "Bibliotekschef", "4",
         "Utgår – ersatt av kommunövergripande GDPR-granskning, beslut KFN 2025-06-11 § 52.",
         "UTGAR", "nej"),
        ("Personal", "Olämplig person anställs i verksamhet med barn",
         "Kontroll av att timanställda inom fritidsgårdarna har lämnat utdrag ur belastningsregistret",
         "Genomgång av personalakter", "1 gång/år", "Enhetschef fritid", "12",
         "Genomfört. Utdrag fanns för 22 av 24 timanställda; två saknades och har nu begärts in.",
         "GENOMFORD", "ja"),
        ("Personal", "Bristande rehabiliteringsarbete",
         "Kontroll av att sjukfrånvaro och rehabiliteringsärenden dokumenteras i Adato",
         "Stickprov 10 ärenden", "1 gång/år", "HR-partner", "6",
         "Genomfört för kulturenheten. Fritidsenheten kvarstår och slutförs under första kvartalet 2026.",
         "DELVIS", "nej"),
    ]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        t.rows[0].cells[i].text = c
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.bold = True
    prev_proc, proc_start = None, None
    for row in rows:
        if row[1] is None:
            cells = t.add_row().cells
            m = cells[0].merge(cells[-1])
            m.text = row[0]
            m.paragraphs[0].runs[0].bold = True
            prev_proc = None
            continue
        proc, risk, km, metod, frekv, ansv, rv, upp, st, avv = row
        r = t.add_row()
        cells = r.cells
        vals = ["" if proc == prev_proc else proc, risk, km, metod, frekv, ansv, rv, upp]
        for i, v in enumerate(vals):
            cells[i].text = v
        if proc == prev_proc:
            a = proc_start.cells[0]
            a.merge(cells[0])
            # keep text only once
            a.text = proc
        else:
            proc_start = r
        prev_proc = proc
        exp(fil, N, km, st, avv)
    doc.add_paragraph("")
    doc.add_paragraph("Riskvärde = sannolikhet (1–4) × konsekvens (1–4). Risker med värde 9 eller högre "
                      "bedöms som kritiska.")
    doc.add_paragraph("Kultur- och fritidsförvaltningen, januari 2026")
    doc.save(os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, "2025", ""))


# ---------------------------------------------------------------------------------------------
# 2. Socialförvaltningen: a short memo, a paragraph + bullet list per control; saved as .odt
# ---------------------------------------------------------------------------------------------
def make_soc_memo():
    fil = "PM uppföljning internkontroll 2025 SOC.odt"
    N = "Socialnämnden"
    doc = Document()
    doc.add_paragraph("PROMEMORIA").runs[0].bold = True
    for line in ["Till: Socialnämnden",
                 "Från: Socialförvaltningen, enheten för kvalitet och utveckling",
                 "Datum: 2026-01-20",
                 "Dnr: SN 2025/0044"]:
        doc.add_paragraph(line)
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    doc.add_paragraph(
        "Socialnämnden antog i december 2024 en internkontrollplan för 2025 med sju kontrollmoment. "
        "2025 är första året med kommunens nya rutin för intern kontroll, vilket innebär att uppföljningen "
        "redovisas per kontrollmoment direkt till nämnden i stället för i verksamhetsberättelsen.")
    doc.add_paragraph(
        "Nedan redovisas varje kontrollmoment kort. Underlag finns hos respektive enhetschef.")
    controls = [
        ("Kontroll av att utbetalningar av ekonomiskt bistånd överensstämmer med fattade beslut",
         "Kontrollen gjordes av två handläggare som inte handlagt ärendena.",
         ["Metod: stickprov på 25 utbetalningar i oktober, jämförda mot beslut i Viva",
          "Status: Genomförd",
          "Resultat: en dubbelutbetalning om 4 300 kr upptäcktes, återkrav har upprättats",
          "Åtgärd: påminnelse om kontroll före utbetalning på APT i november"],
         "GENOMFORD", "ja"),
        ("Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar",
         "Samtliga orosanmälningar under mars och september har gåtts igenom.",
         ["Status: Genomförd",
          "Resultat: 168 av 179 anmälningar förhandsbedömdes inom 14 dagar; 11 bedömningar blev försenade "
          "under semesterperioden",
          "Åtgärd: bemanningen av mottagningsgruppen förstärks sommaren 2026"],
         "GENOMFORD", "ja"),
        ("Kontroll av att barnavårdsutredningar avslutas inom fyra månader eller har beslut om förlängning",
         "Första halvåret är granskat. Granskningen av andra halvåret pågår och redovisas i mars.",
         ["Status: Delvis genomförd",
          "Resultat hittills: inga överskridanden utan beslut om förlängning"],
         "DELVIS", "nej"),
        ("Kontroll av att beslut fattade på delegation anmäls till nämnden",
         "Kontrollen har inte genomförts under 2025. Tjänsten som nämndsekreterare var vakant under "
         "hösten och förvaltningen har prioriterat löpande nämndadministration.",
         ["Kontrollmomentet föreslås ingå i planen för 2026"],
         "EJ_GENOMFORD", "nej"),
        ("Kontroll av att behörigheter i Viva avslutas när en anställning upphör",
         "Listan över aktiva användare jämfördes med HR-systemets avslutade anställningar per 30 november.",
         ["Status: Genomförd",
          "Resultat: sju konton för personal som slutat var fortfarande aktiva; kontona har stängts",
          "Åtgärd: avslut av behörighet läggs in i checklistan för avslutad anställning"],
         "GENOMFORD", "ja"),
        ("Kontroll av att placeringar via konsulentstödda familjehem följer gällande ramavtal",
         "Ramavtalsupphandlingen avbröts i april och något avtal att kontrollera mot finns inte.",
         ["Status: Utgår enligt nämndens beslut 2025-05-21 § 61"],
         "UTGAR", "nej"),
        ("Kontroll av att familjehem har aktuella utdrag ur belastnings- och misstankeregistret",
         "Familjehemsenheten ansvarar för kontrollen.",
         ["Status: Osäkert",
          "Kommentar: redovisning från familjehemsenheten återstår"],
         "OKLAR", "nej"),
    ]
    for km, para, bullets, st, avv in controls:
        p = doc.add_paragraph()
        p.add_run(km).bold = True
        doc.add_paragraph(para)
        for b in bullets:
            doc.add_paragraph(b, style="List Bullet")
        exp(fil, N, km, st, avv)
    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph("Av de sju kontrollmomenten har")
    for b in ["tre genomförts helt",
              "ett genomförts delvis",
              "ett inte genomförts",
              "ett utgått efter beslut i nämnden, och",
              "ett inte kunnat bedömas"]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak har varit tillräcklig.")
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Socialnämnden godkänner uppföljningen av internkontrollplan 2025.")
    doc.add_paragraph("")
    doc.add_paragraph("Anna Lindqvist\nSocialchef")
    src = os.path.join(TMP, "memo.docx")
    doc.save(src)
    soffice(src, "odt", TMP)
    shutil.move(os.path.join(TMP, "memo.odt"), os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 3. VON: controls as rows, periods as blocks of three columns (Status/Kommentar/Avvikelse);
#    old Excel 97 template -> .xls
# ---------------------------------------------------------------------------------------------
def make_von():
    fil = "VON_IK_uppf_2025.xls"
    N = "Vård- och omsorgsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Vård- och omsorgsnämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Fyll i status med rullistan: Genomförd / Delvis genomförd / Ej påbörjad / Ej genomförd / Utgår"
    ws["A2"].font = Font(italic=True, size=9)
    ws["A4"] = "Nr"
    ws["B4"] = "Kontrollmoment"
    ws["C4"] = "Delår (jan–aug)"
    ws["F4"] = "Helår"
    ws.merge_cells("A4:A5"); ws.merge_cells("B4:B5")
    ws.merge_cells("C4:E4"); ws.merge_cells("F4:H4")
    for i, h in enumerate(["Status", "Kommentar", "Avvikelse"] * 2):
        ws.cell(5, 3 + i, h)
    for r in (4, 5):
        for c in range(1, 9):
            ws.cell(r, c).font = Font(bold=True)
            ws.cell(r, c).fill = PatternFill("solid", fgColor="D9E1F2")
            ws.cell(r, c).border = BORDER
            ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    fills = {"Genomförd": "C6EFCE", "Delvis genomförd": "FFEB9C", "Pågår": "FFEB9C",
             "Ej påbörjad": "FFC7CE", "Ej genomförd": "FFC7CE", "Utgår": "D9D9D9"}
    data = [
        ("G", "Hemtjänst och särskilt boende"),
        ("1", "Kontroll av att genomförandeplaner upprättas inom 14 dagar efter verkställt beslut",
         ("Delvis genomförd", "Stickprov hemtjänst klart, SÄBO återstår", "Nej"),
         ("Genomförd", "Stickprov 30 planer: 26 upprättade inom 14 dagar, 4 försenade", "Ja"),
         "GENOMFORD", "ja"),
        ("2", "Kontroll av att Lex Sarah-rapporter utreds och vid behov anmäls till IVO inom föreskriven tid",
         ("Genomförd", "", "Nej"),
         ("Genomförd", "Samtliga 6 utredningar avslutade inom tid", "Nej"),
         "GENOMFORD", "nej"),
        ("3", "Kontroll av läkemedelshantering – signeringslistor och narkotikaförbrukning på särskilda boenden",
         ("Ej påbörjad", "Planeras till hösten", ""),
         ("Delvis genomförd", "Genomfört på 3 av 5 boenden. På Solgläntan saknades signering vid 9 tillfällen.", "Ja"),
         "DELVIS", "ja"),
        ("G", "LSS"),
        ("4", ["Kontroll av att beslut om personlig assistans enligt LSS", "omprövas minst vartannat år"],
         ("Genomförd", "Inga avvikelser", "Nej"),
         ("Genomförd", "", "Nej"),
         "GENOMFORD", "nej"),
        ("5", "Kontroll av att korttidsvistelse enligt 9 § 6 LSS faktureras enligt gällande taxa",
         ("Ej genomförd", "Resursbrist på administrationen", ""),
         ("Ej genomförd", "Flyttas till 2026", ""),
         "EJ_GENOMFORD", "nej"),
        ("G", "Ekonomi och administration"),
        ("6", "Kontroll av att fakturor för köpt hemtjänst från externa utförare stämmer mot utförd tid i TES",
         ("Genomförd", "Engångskontroll, genomförd i sin helhet under våren. Differens på 112 timmar hos "
                       "en utförare, kreditfaktura har begärts.", "Ja"),
         ("", "", ""),
         "GENOMFORD", "ja"),
        ("7", "Kontroll av att avgifter för hemtjänst och boende beräknas enligt maxtaxa och aktuella inkomstuppgifter",
         ("Pågår", "", ""),
         ("Utgår", "Ingår i revisionens granskning av avgiftshandläggningen 2025", ""),
         "UTGAR", "nej"),
        ("8", "Kontroll av att behörigheter i Lifecare avslutas när anställningen upphör",
         ("Genomförd", "", "Nej"),
         ("Se kommentar", "", ""),
         "OKLAR", "nej"),
        ("9", "Kontroll av att timanställda inom äldreomsorgen har fått introduktion före första arbetspasset",
         ("", "", ""),
         ("", "", ""),
         "SAKNAS", "nej"),
        ("10", "Kontroll av att inköp över direktupphandlingsgränsen har föregåtts av dokumenterad upphandling",
         ("Genomförd", "Första halvåret kontrollerat", "Nej"),
         ("Delvis genomförd", "Andra halvåret kontrollerat till och med oktober", "Nej"),
         "DELVIS", "nej"),
    ]
    r = 6
    for d in data:
        if d[0] == "G":
            ws.cell(r, 1, d[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
            r += 1
            continue
        nr, km, dl, hl, st, avv = d
        kms = km if isinstance(km, list) else [km]
        ws.cell(r, 1, int(nr))
        ws.cell(r, 2, kms[0])
        for i, v in enumerate(dl + hl):
            if v:
                ws.cell(r, 3 + i, v)
        for i in (0, 3):
            v = (dl + hl)[i]
            if v in fills:
                ws.cell(r, 3 + i).fill = PatternFill("solid", fgColor=fills[v])
        for c in range(1, 9):
            ws.cell(r, c).border = BORDER
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
        for extra in kms[1:]:
            ws.cell(r, 2, extra)
            for c in range(1, 9):
                ws.cell(r, c).border = BORDER
            r += 1
        exp(fil, N, " ".join(kms), st, avv)
    r += 1
    ws.cell(r, 2, "Antal kontrollmoment: 10").font = Font(bold=True)
    ws.cell(r + 1, 2, "Upprättad av: Maria Holm, kvalitetsstrateg, 2026-01-15")
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 55
    for c in "CDEFGH":
        ws.column_dimensions[c].width = 18 if c in "CF" else (40 if c in "DG" else 11)
    src = os.path.join(TMP, "von.xlsx")
    wb.save(src)
    soffice(src, "xls", TMP)
    shutil.move(os.path.join(TMP, "von.xls"), os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 4. Hypergene-like export, three nämnder, one row per control and period; grouped columns blank
#    when repeated; Helår 2024 comparison rows for carried-over controls.
# ---------------------------------------------------------------------------------------------
def make_hypergene():
    fil = "Hypergene_IK_export_20260123.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Internkontroll – uppföljning av kontrollmoment"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Suseå kommun"
    ws["A3"] = "Urval: Perioder Helår 2024, Delår aug 2025, Helår 2025; Organisation 10, 30, 60"
    ws["A4"] = "Skapad 2026-01-23 09:41 av ekonomiavdelningen"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Kontrollmetod", "Period", "Status",
           "Kommentar", "Avvikelse", "Åtgärd", "Ansvarig"]
    for i, h in enumerate(hdr):
        c = ws.cell(6, 1 + i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E79")
    D, H, P = "Delår aug 2025", "Helår 2025", "Helår 2024"
    # org, [(process, [(km, metod, ansvarig, [(period, status, kommentar, avvikelse, åtgärd)], st, avv)])]
    data = [
        ("10 Kommunstyrelsen", "Kommunstyrelsen", [
            ("Ekonomi", [
                ("Avstämning av att leverantörsregistret inte innehåller dubbletter eller felaktiga bankgironummer",
                 "Registeruttag och jämförelse", "Redovisningschef",
                 [(P, "Genomförd", "", "Nej", ""),
                  (D, "Genomförd", "Inga fel", "Nej", ""),
                  (H, "Genomförd", "Två dubbletter hittades och har spärrats", "Ja", "Spärr vid nyupplägg")],
                 "GENOMFORD", "ja"),
                ("Kontroll av att direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
                 "Stickprov 15 upphandlingar", "Upphandlingschef",
                 [(D, "Pågående", "", "", ""),
                  (H, "Pågående", "Stickprov på 10 av 15 upphandlingar klara", "", "")],
                 "DELVIS", "nej"),
            ]),
            ("IT och informationssäkerhet", [
                ("Kontroll av att administratörsbehörigheter i kommunens IT-miljö granskas två gånger per år",
                 "Uttag ur AD", "IT-chef",
                 [(D, "Genomförd", "Vårens granskning klar", "Nej", ""),
                  (H, "Ej genomförd", "Höstens granskning ställdes in på grund av byte av katalogtjänst", "", "")],
                 "EJ_GENOMFORD", "nej"),
            ]),
            ("HR och lön", [
                ("Kontroll av att första löneutbetalningen till nyanställda stämmer mot anställningsavtalet",
                 "Stickprov 20 nyanställda", "Lönechef",
                 [(P, "Genomförd", "", "Nej", ""),
                  (D, "Genomförd", "", "Nej", ""),
                  (H, "Genomförd", "", "Nej", "")],
                 "GENOMFORD", "nej"),
                ("Kontroll av att förtroendevaldas arvoden och ersättningar betalas ut enligt arvodesreglementet",
                 "Stickprov 10 förtroendevalda", "Kanslichef",
                 [(P, "Genomförd", "Inga fel", "Nej", ""),
                  (D, "", "", "", ""),
                  (H, "", "", "", "")],
                 "SAKNAS", "nej"),
            ]),
        ]),
        ("30 Barn- och utbildningsnämnden", "Barn- och utbildningsnämnden", [
            ("Elevhälsa och trygghet", [
                ("Kontroll av att anmälningar om kränkande behandling anmäls till huvudman och utreds skyndsamt",
                 "Genomgång av samtliga anmälningar", "Verksamhetschef grundskola",
                 [(D, "Pågående", "", "", ""),
                  (H, "Genomförd", "Av 48 anmälningar utreddes 41 inom 14 dagar", "Ja", "Utbildning för rektorer")],
                 "GENOMFORD", "ja"),
                ("Kontroll av att elever med frånvaro över 20 procent har en dokumenterad frånvarokartläggning",
                 "Uttag ur Skola24", "Elevhälsochef",
                 [(D, "Ej påbörjad", "", "", ""),
                  (H, "", "Se bilaga", "", "")],
                 "OKLAR", "nej"),
            ]),
            ("Administration", [
                ("Kontroll av att beslut om skolskjuts fattas enligt delegationsordningen",
                 "Genomgång av beslut", "Skolskjutshandläggare",
                 [(D, "Genomförd", "", "Nej", ""),
                  (H, "Genomförd", "", "Nej", "")],
                 "GENOMFORD", "nej"),
                ("Kontroll av att barnomsorgsavgifter debiteras utifrån aktuell inkomstuppgift",
                 "Stickprov 30 hushåll", "Avgiftshandläggare",
                 [(D, "Ej aktuell", "", "", ""),
                  (H, "Ej aktuell", "Utgår ur planen, ersätts av kommungemensam inkomstkontroll", "", "")],
                 "UTGAR", "nej"),
                ("Kontroll av att utdrag ur belastningsregistret uppvisats före anställning i förskola och skola",
                 "Stickprov 25 anställningar", "HR-konsult",
                 [(P, "Genomförd", "", "Nej", ""),
                  (D, "Pågående", "", "", ""),
                  (H, "Pågående", "Vikariepoolen återstår", "", "")],
                 "DELVIS", "nej"),
            ]),
        ]),
        ("60 Tekniska nämnden", "Tekniska nämnden", [
            ("Fastighet", [
                ("Kontroll av att lagstadgade besiktningar av hissar och lekplatser utförs enligt plan",
                 "Avstämning mot besiktningsprotokoll", "Fastighetschef",
                 [(D, "Genomförd", "", "Nej", ""),
                  (H, "Genomförd", "Anmärkning på två lekplatser, åtgärdade i november", "Ja", "")],
                 "GENOMFORD", "ja"),
                ("Kontroll av att fakturor från ramavtalsleverantörer inom bygg följer avtalade priser",
                 "Stickprov 20 fakturor", "Controller",
                 [(D, "Ej påbörjad", "", "", ""),
                  (H, "Ej påbörjad", "", "", "")],
                 "EJ_GENOMFORD", "nej"),
            ]),
            ("Vatten och avlopp", [
                ("Kontroll av att VA-anslutningsavgifter debiteras i samband med nybyggnation",
                 "Avstämning startbesked mot debitering", "VA-chef",
                 [(D, "Genomförd", "", "Nej", ""),
                  (H, "Genomförd", "", "Nej", "")],
                 "GENOMFORD", "nej"),
            ]),
            ("Fordon och gata/park", [
                ("Kontroll av att drivmedelskort används enligt riktlinjen och att tankning stämmer mot körjournal",
                 "Stickprov tre månader", "Fordonssamordnare",
                 [(D, "Pågående", "", "", ""),
                  (H, "Genomförd", "Ett kort användes för privat tankning, ärendet hanteras av HR", "Ja", "")],
                 "GENOMFORD", "ja"),
                ("Kontroll av att skyddsronder genomförs på samtliga arbetsplatser inom gata/park",
                 "Genomgång av protokoll", "Enhetschef gata/park",
                 [(D, "Pågående", "", "", ""),
                  (H, "Genomförd", "Skyddsronder återstår på två förråd", "", "")],
                 "GENOMFORD", "nej"),
            ]),
        ]),
    ]
    r = 7
    nrows = 0
    for org, N, procs in data:
        first_org = True
        for proc, kms in procs:
            first_proc = True
            for km, metod, ansv, periods, st, avv in kms:
                for per, s, k, a, atg in periods:
                    vals = [org if first_org else "", proc if first_proc else "", km, metod, per, s, k, a, atg, ansv]
                    for i, v in enumerate(vals):
                        if v:
                            ws.cell(r, 1 + i, v)
                    first_org = first_proc = False
                    r += 1
                    nrows += 1
                exp(fil, N, km, st, avv)
        files.append((fil, "INLAST", N, "2025", "HELAR"))
    r += 1
    ws.cell(r, 1, "Antal rader: %d" % nrows).font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", [30, 24, 70, 30, 16, 16, 50, 10, 24, 24]):
        ws.column_dimensions[col].width = w
    ws.auto_filter.ref = "A6:J%d" % (r - 2)
    ws.freeze_panes = "A7"
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------------------------
# 5. SBN: own 0–3 scale; legend only in a text box (drawing shape) + a cell note on the header.
#    Built as ODS with odfpy, converted to .xlsx by soffice.
# ---------------------------------------------------------------------------------------------
def make_sbn():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableColumnProperties, TextProperties, GraphicProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P
    from odf.draw import Frame, TextBox
    from odf.office import Annotation
    fil = "SBN intern kontroll helår 2025.xlsx"
    N = "Samhällsbyggnadsnämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    widths = ["1.0cm", "3.0cm", "10.5cm", "3.5cm", "2.6cm", "8.5cm", "1.0cm", "2.5cm"]
    colstyles = []
    for i, w in enumerate(widths):
        s = Style(name="co%d" % i, family="table-column")
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
        colstyles.append(s)
    gs = Style(name="gr1", family="graphic")
    gs.addElement(GraphicProperties(fill="solid", fillcolor="#FFF2CC", stroke="solid",
                                    strokecolor="#7F6000", padding="0.15cm"))
    doc.automaticstyles.addElement(gs)
    table = Table(name="Uppföljning")
    for s in colstyles:
        table.addElement(TableColumn(stylename=s))

    def row(values, style=None, extras=None):
        tr = TableRow()
        for i, v in enumerate(values):
            kw = {}
            if style is not None:
                kw["stylename"] = style
            if v is None or v == "":
                tc = TableCell(**kw)
            elif isinstance(v, (int, float)) and not isinstance(v, bool):
                tc = TableCell(valuetype="float", value=v, **kw)
                tc.addElement(P(text=str(v)))
            else:
                tc = TableCell(valuetype="string", **kw)
                tc.addElement(P(text=str(v)))
            if extras and i in extras:
                for e in extras[i]:
                    tc.insertBefore(e, tc.firstChild) if tc.firstChild else tc.addElement(e)
            tr.addElement(tc)
        table.addElement(tr)

    row(["Samhällsbyggnadsnämnden"], bold)
    row(["Uppföljning intern kontroll – helår 2025"])
    row([""])
    # header with note (annotation) on Bedömning and a text box anchored in column H
    ann = Annotation()
    ann.addElement(P(text="Se skalan i rutan till höger."))
    frame = Frame(stylename=gs, width="6.2cm", height="3.6cm", x="0.2cm", y="0.1cm")
    tb = TextBox()
    for line in ["Bedömningsskala",
                 "3 = Genomförd utan anmärkning",
                 "2 = Genomförd, brister noterade",
                 "1 = Påbörjad / delvis genomförd",
                 "0 = Ej genomförd",
                 "U = Utgår ur planen"]:
        tb.addElement(P(text=line))
    frame.addElement(tb)
    row(["Nr", "Område", "Vad kontrolleras", "Ansvarig", "Bedömning (0–3)", "Kommentar/iakttagelser", "", ""],
        bold, extras={4: [ann], 7: [frame]})
    data = [
        (1, "Bygglov", "Kontroll av att bygglov beslutas inom tio veckor från komplett ansökan",
         "Bygglovschef", 2, "12 av 60 ärenden överskred tiden; avgiften reducerades i 4 fall", "GENOMFORD", "ja"),
        (2, "Bygglov", "Kontroll av att startbesked inte lämnas innan kontrollplan är fastställd",
         "Bygglovschef", 3, "", "GENOMFORD", "nej"),
        (3, "Bygglov", "Kontroll av att tillsynsärenden om olovligt byggande och ovårdade tomter följs upp",
         "Byggnadsinspektör", 1, "Genomgång av ärendelistan pågår", "DELVIS", "nej"),
        (4, "Planering", "Kontroll av att plankostnadsavtal tecknas och planavgift faktureras innan detaljplan antas",
         "Planchef", 0, "Ej hunnits med på grund av personalomsättning", "EJ_GENOMFORD", "nej"),
        (5, "Mät och GIS", "Kontroll av att nybyggnadskartor och lägeskontroller debiteras enligt taxa",
         "GIS-chef", 3, "Inga fel i stickprovet om 15 ärenden", "GENOMFORD", "nej"),
        (6, "Mät och GIS", "Kontroll av att lägenhetsregistret uppdateras i samband med slutbesked",
         "GIS-chef", "U", "Enligt beslut SBN 2025-08-27 § 88", "UTGAR", "nej"),
        (7, "Administration", "Kontroll av att delegationsbeslut i Castor anmäls till nämnden vid nästa sammanträde",
         "Nämndsekreterare", "", "", "SAKNAS", "nej"),
        (8, "Administration", "Kontroll av att e-post till förvaltningens funktionsbrevlåda diarieförs inom tre arbetsdagar",
         "Registrator", "?", "Återkommer", "OKLAR", "nej"),
        (9, "Administration", "Kontroll av att tjänsteskrivelser till nämnden innehåller en barnkonsekvensanalys",
         "Förvaltningschef", 3, "", "GENOMFORD", "nej"),
    ]
    for nr, omr, km, ansv, bed, kom, st, avv in data:
        row([nr, omr, km, ansv, bed, kom])
        exp(fil, N, km, st, avv)
    row([""])
    row(["", "", "Medelbedömning (exkl. utgångna och ej bedömda)", "", 2.0, ""], bold)
    row([""])
    row(["", "Bedömningarna har gjorts av respektive enhetschef och sammanställts av nämndsekreteraren."])
    doc.spreadsheet.addElement(table)
    src = os.path.join(TMP, "sbn.ods")
    doc.save(src)
    soffice(src, "xlsx", TMP)
    shutil.move(os.path.join(TMP, "sbn.xlsx"), os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 6. Consultant file, English headings, Cover / Summary / Detailed results
# ---------------------------------------------------------------------------------------------
def make_consultant():
    fil = "Suseå IC follow-up 2025 MHN - Nordrevision.xlsx"
    N = "Miljö- och hälsoskyddsnämnden"
    wb = openpyxl.Workbook()
    cv = wb.active
    cv.title = "Cover"
    lines = ["Suseå Municipality",
             "Environment and Public Health Committee (Miljö- och hälsoskyddsnämnden)",
             "Internal control follow-up – full year 2025",
             "",
             "Prepared by: Nordrevision AB, Halmstad",
             "Date: 19 January 2026",
             "",
             "Status definitions",
             "Completed – the control was performed as planned",
             "Partially completed – the control was performed for part of the population or period",
             "Not performed – the control was not performed in 2025",
             "Removed from plan – the committee has decided to remove the control",
             "Exception noted (Y/N) – Y when the test identified errors or non-compliance"]
    for i, l in enumerate(lines):
        cv.cell(1 + i, 1, l)
    cv["A1"].font = Font(bold=True, size=16)
    cv["A3"].font = Font(bold=True)
    cv["A8"].font = Font(bold=True)
    cv.column_dimensions["A"].width = 90

    sm = wb.create_sheet("Summary")
    sm.append(["Status", "Number of controls"])
    for s, n in [("Completed", 3), ("Partially completed", 1), ("Not performed", 1),
                 ("Removed from plan", 1), ("Other / to be confirmed", 2), ("Total", 8)]:
        sm.append([s, n])
    sm["A1"].font = sm["B1"].font = Font(bold=True)
    sm.column_dimensions["A"].width = 28

    ws = wb.create_sheet("Detailed results")
    ws["A1"] = "Detailed results – control testing 2025"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Process", "Control activity (as per plan)", "Test performed", "Result", "Status",
           "Exception noted (Y/N)", "Management comment"]
    for i, h in enumerate(hdr):
        c = ws.cell(3, 1 + i, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(wrap_text=True)
    data = [
        ("IC-01", "Food control", "Kontroll av att avgifter för livsmedelskontroll debiteras enligt fastställd taxa och timtid",
         "Sample of 25 invoices", "3 of 25 invoices used the 2024 hourly rate", "Completed", "Y",
         "Rates updated in Ecos in December", "GENOMFORD", "ja"),
        ("IC-02", "Inspection", "Kontroll av att planerad tillsyn enligt miljöbalken genomförs enligt tillsynsplanen",
         "Comparison of plan and performed inspections", "Q1–Q3 reviewed; Q4 data not yet available",
         "Partially completed", "N", "", "DELVIS", "nej"),
        ("IC-03", "Complaints", "Kontroll av att klagomålsärenden inom hälsoskydd registreras och besvaras inom tio arbetsdagar",
         "Sample of 20 cases", "All cases registered and answered in time", "Completed", "N", "",
         "GENOMFORD", "nej"),
        ("IC-04", "Delegation", "Kontroll av att beslut om enskilda avlopp fattas av behörig delegat",
         "Review of decisions", "", "Not performed", "", "Postponed to 2026 due to staff shortage",
         "EJ_GENOMFORD", "nej"),
        ("IC-05", "Case handling", "Kontroll av att jäv prövas och dokumenteras vid handläggning av tillsynsärenden",
         "Sample of 15 cases", "Testing completed; no exceptions identified.", "", "N", "",
         "GENOMFORD", "nej"),
        ("IC-06", "Sanctions", "Kontroll av att miljösanktionsavgifter beslutas och följs upp",
         "", "", "Removed from plan", "", "Removed by committee decision 2025-04-09 § 31",
         "UTGAR", "nej"),
        ("IC-07", "IT access", "Kontroll av att behörigheter i Ecos 2 motsvarar aktuella arbetsuppgifter",
         "User list vs. staff list", "Two former employees still had active accounts", "Completed", "Y",
         "Accounts closed 2025-11-14", "GENOMFORD", "ja"),
        ("IC-08", "Bathing water", "Kontroll av att provtagning av badvatten vid kommunens strandbad sker enligt provtagningsplan",
         "Review of sampling log", "", "TBC", "", "", "OKLAR", "nej"),
    ]
    r = 4
    for ref, proc, km, test, res, st_txt, exc, mc, st, avv in data:
        for i, v in enumerate([ref, proc, km, test, res, st_txt, exc, mc]):
            if v:
                ws.cell(r, 1 + i, v).alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, N, km, st, avv)
        r += 1
    ws.cell(r + 1, 1, "Nordrevision AB – this report is intended for Suseå kommun only.").font = Font(italic=True, size=8)
    for col, w in zip("ABCDEFGH", [8, 16, 60, 30, 40, 20, 12, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 7. GVN: truncated .xlsx (broken upload) -> AVVISAD
# ---------------------------------------------------------------------------------------------
def make_broken():
    fil = "GVN uppföljning IK 2025.xlsx"
    N = "Gymnasie- och vuxenutbildningsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Helår"
    ws.append(["Gymnasie- och vuxenutbildningsnämnden – uppföljning internkontroll 2025"])
    ws.append(["Kontrollmoment", "Status", "Kommentar"])
    for km in ["Kontroll av att betyg på gymnasiet registreras och signeras i tid",
               "Kontroll av att interkommunala ersättningar faktureras korrekt",
               "Kontroll av att beslut om studiestöd inom vuxenutbildningen fattas enligt delegationsordningen"]:
        ws.append([km, "Genomförd", ""])
    src = os.path.join(TMP, "gvn.xlsx")
    wb.save(src)
    data = open(src, "rb").read()
    open(os.path.join(OUT, fil), "wb").write(data[: int(len(data) * 0.55)])
    files.append((fil, "AVVISAD", N, "2025", ""))


def main():
    make_kfn()
    make_soc_memo()
    make_von()
    make_hypergene()
    make_sbn()
    make_consultant()
    make_broken()
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8") as f:
        f.write("nämnd;alias\n")
        for n, a in [
            ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen"),
            ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
            ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen"),
            ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
            ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
            ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
            ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
            ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen"),
            ("Överförmyndarnämnden", "ÖFN"),
            ("Valnämnden", ""),
        ]:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in files:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in expected:
            f.write(";".join(row) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print("files:", len(set(r[0] for r in files)), "nämnd rows:", len(files), "controls:", len(expected))


if __name__ == "__main__":
    main()
