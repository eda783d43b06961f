#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r551 - Melleruds kommun, delår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round551"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunstyrelseförvaltningen|Kommunledningsförvaltningen"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
    ("Byggnadsnämnden", "BN|Bygg- och planenheten|Samhällsbyggnad"),
    ("Miljönämnden i Mitt-Dalsland", "MN|Miljönämnden|Miljökontoret Mitt-Dalsland|MMD"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndare|Överförmyndarenheten"),
    ("Melleruds Bostäder AB", "MBAB|Melleruds Bostäder|Bostadsbolaget"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN|Krisledning"),
]

# status words used in the ekonomiavdelning's workbook -> expected code
WB_STATUS = {
    "Genomförd": "GENOMFORD",
    "Genomförd med avvikelse": "GENOMFORD",
    "Delvis genomförd": "DELVIS",
    "Ej genomförd": "EJ_GENOMFORD",
    "Utgår": "UTGAR",
}

# ---------------------------------------------------------------------------
# 1. Ekonomiavdelningens workbook: Sammanställning + KS, BUN, SN
# ---------------------------------------------------------------------------
# rows: ("H", heading) or (nr, process, kontrollmoment, metod, ansvarig, status, avvikelse, kommentar,
#        expected_status, expected_avvikelse, summary_bucket)
KS_ROWS = [
    ("H", "Ekonomiadministration"),
    ("KS 1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
     "Stickprov 30 fakturor per tertial", "Redovisningsekonom", "Genomförd", "Nej",
     "60 fakturor granskade (T1 + delår). Samtliga korrekt attesterade av behörig attestant.",
     "GENOMFORD", "nej", "G"),
    ("KS 2", "Representation", "Kontroll av att representation redovisas med syfte och deltagare",
     "Stickprov 20 verifikationer", "Controller", "Genomförd med avvikelse", "Ja",
     "4 av 20 verifikationer saknade deltagarförteckning.\nPåminnelse om riktlinjerna skickad till samtliga chefer 2025-06-10.",
     "GENOMFORD", "ja", "G"),
    ("KS 3", "Bokslut", "Avstämning av balanskonton vid månadsbokslut",
     "Genomgång av avstämningspärmar april och augusti", "Redovisningschef", "Genomförd", "Nej",
     "Samtliga balanskonton avstämda och signerade.",
     "GENOMFORD", "nej", "G"),
    ("H", "Upphandling och inköp"),
    ("KS 4", "Inköp", "Inköp sker från avtalade leverantörer (avtalstrohet)",
     "Analys i inköpsanalysverktyget", "Upphandlingssamordnare", "Delvis genomförd", "Ja",
     "Analys gjord för jan–apr, avtalstrohet 87 % (mål 95 %). Maj–aug analyseras i oktober.",
     "DELVIS", "ja", "D"),
    ("KS 5", "Direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjerna",
     "Genomgång av samtliga direktupphandlingar", "Upphandlingssamordnare", "Ej genomförd", "",
     "Skjuts till hösten p.g.a. vakans på upphandlingsfunktionen.",
     "EJ_GENOMFORD", "", "E"),
    ("H", "Personal"),
    ("KS 6", "Lön", "Korrekt lön vid nyanställning enligt anställningsavtal",
     "Alla nyanställningar jan–jun", "HR-konsult/lönechef", "Genomförd", "Nej",
     "15 nyanställningar kontrollerade mot anställningsavtal, inga fel.",
     "GENOMFORD", "nej", "G"),
    ("KS 7", "Rehabilitering", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden enligt rutin",
     "Genomgång i Adato", "HR-chef", "Delvis genomförd", "Nej",
     "Pågående ärenden följs upp enligt rutin. Rutinen revideras under hösten.",
     "DELVIS", "nej", "D"),
    ("H", "IT och informationssäkerhet"),
    ("KS 8", "Behörigheter", "Behörigheter i ekonomisystemet stäms av mot aktuella anställningar",
     "Avstämning behörighetslista mot personalsystem", "Systemförvaltare ekonomi", "Genomförd", "Ja",
     "3 användare som slutat hade kvar behörighet. Borttagna 2025-05-06.",
     "GENOMFORD", "ja", "G"),
    ("KS 9", "Säkerhetskopiering", "Test av återläsning av säkerhetskopior",
     "Återläsningstest en gång per år", "IT-chef", "Utgår", "",
     "Utgår enligt KS beslut 2025-04-23 § 67, ansvaret ligger hos IT-samverkan Dalsland.",
     "UTGAR", "", "U"),
    ("KS 10", "Arkiv", "Efterlevnad av dokumenthanteringsplanen vid gallring",
     "Stickprov i två verksamheter", "Arkivarie", "", "", "",
     "SAKNAS", "", "R"),
]

BUN_ROWS = [
    ("H", "Elevhälsa och trygghet"),
    ("BUN 1", "Närvaro", "Elevers frånvaro registreras och följs upp enligt rutin för frånvarohantering",
     "Stickprov Rådaskolan och Nordalsskolan", "Rektorer", "Genomförd", "Nej",
     "Rutinen följs på båda skolorna. Uppföljning med vårdnadshavare dokumenterad.",
     "GENOMFORD", "nej", "G"),
    ("BUN 2", "Kränkande behandling", "Anmälan till huvudman om kränkande behandling görs inom fem arbetsdagar",
     "Samtliga anmälningar jan–jun", "Kvalitetsutvecklare", "Genomförd med avvikelse", "Ja",
     "7 av 31 anmälningar inkom senare än fem arbetsdagar. Informerat i rektorsgruppen.",
     "GENOMFORD", "ja", "G"),
    ("BUN 3", "Förskola", "Barngruppernas storlek i förskolan följs upp mot Skolverkets riktmärken",
     "Mätning 15 mars och 15 augusti", "Förskolechefer", "Genomförd", "Nej",
     "Samtliga avdelningar inom riktmärket vid mättillfällena.",
     "GENOMFORD", "nej", "G"),
    ("H", "Administration"),
    ("BUN 4", "Skolskjuts", "Beslut om skolskjuts fattas enligt riktlinjerna för skolskjuts",
     "Stickprov 15 beslut", "Skolskjutssamordnare", "Delvis genomförd", "",
     "Stickprovet påbörjat i juni, slutförs i oktober.",
     "DELVIS", "", "D"),
    ("BUN 5", "Rekrytering", "Utdrag ur belastningsregistret begärs vid anställning i skola och förskola",
     "Samtliga anställningar jan–aug", "HR-konsult", "Genomförd", "Nej",
     "Utdrag fanns för samtliga 42 anställningar.",
     "GENOMFORD", "nej", "G"),
    ("BUN 6", "Avgifter", "Debitering av förskoleavgifter (maxtaxa) stäms av mot inkomstuppgifter",
     "Inkomstkontroll mot Skatteverket", "Assistent barnomsorgsavgifter", "Ej genomförd", "",
     "Ej påbörjad. Görs i samband med den årliga inkomstkontrollen i november.",
     "EJ_GENOMFORD", "", "E"),
    ("BUN 7", "Inköp", "Läromedelsinköp görs från avtalad leverantör",
     "Genomgång av inköp", "Ekonom BUF", "Utgår", "",
     "Ej aktuell 2025 – ingår i KS kontroll av avtalstrohet.",
     "UTGAR", "", "U"),
    ("BUN 8", "Säkerhet", "Systematiskt brandskyddsarbete (SBA) dokumenteras på varje enhet",
     "Genomgång av egenkontrollpärmar", "Säkerhetssamordnare", "Delvis genomförd", "Ja",
     "12 av 15 enheter har dokumenterat. Tre förskolor saknar egenkontroll för våren.",
     "DELVIS", "ja", "D"),
]

SN_ROWS = [
    ("H", "Myndighetsutövning"),
    ("SN 1", "Delegation", "Beslut om bistånd enligt SoL fattas av behörig delegat",
     "Stickprov 25 beslut", "Enhetschef myndighet", "Genomförd", "Nej",
     "Samtliga 25 beslut fattade enligt delegationsordningen.",
     "GENOMFORD", "nej", "G"),
    ("SN 2", "Ekonomiskt bistånd", "Utbetalning av försörjningsstöd kontrolleras mot beslut",
     "Stickprov 30 utbetalningar", "Enhetschef IFO", "Genomförd", "Ja",
     "2 dubbelutbetalningar upptäcktes, återkrav upprättat.",
     "GENOMFORD", "ja", "G"),
    ("SN 3", "Informationssäkerhet", "Loggkontroll i verksamhetssystemet Treserva",
     "Slumpvis loggkontroll 10 användare per månad", "Systemförvaltare", "", "",
     "Se bilaga 2",
     "OKLAR", "", "R"),
    ("SN 4", "Kvalitet", "Rapporter enligt lex Sarah utreds och anmäls inom fastställd tid",
     "Samtliga rapporter jan–aug", "Kvalitetsstrateg", "Delvis genomförd", "Ja",
     "Två av fem utredningar överskred tidsgränsen. Resterande rapporter granskas i september.",
     "DELVIS", "ja", "D"),
    ("H", "Vård och omsorg"),
    ("SN 5", "Hemtjänst", "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut i hemtjänsten",
     "Stickprov 20 brukare", "Enhetschefer hemtjänst", "Ej genomförd", "",
     "Ej genomförd på grund av byte av verksamhetssystem i maj.",
     "EJ_GENOMFORD", "", "E"),
    ("SN 6", "Hälso- och sjukvård", "Läkemedelshantering följer rutin (signeringslistor)",
     "Genomgång av signeringslistor två veckor", "MAS", "Genomförd", "Nej",
     "Inga osignerade administreringar.",
     "GENOMFORD", "nej", "G"),
    ("SN 7", "Särskilt boende", "Hantering av brukares kontanter (fickpengar) på särskilt boende",
     "Kassainventering", "Enhetschefer SÄBO", "", "",
     "Kontrollen genomförd på Järnbrogården och Bergsgården i juni, inga avvikelser.",
     "GENOMFORD", "nej", "G"),
    ("SN 8", "Avgifter", "Avgifter inom äldreomsorgen beräknas enligt gällande taxa",
     "Stickprov 20 avgiftsbeslut", "Avgiftshandläggare", "Genomförd", "Nej",
     "Inga fel.",
     "GENOMFORD", "nej", "G"),
    ("SN 9", "Köpta platser", "Uppföljning av köpta platser (HVB och konsulentstödda familjehem) mot avtal",
     "Genomgång av avtal och fakturor", "Enhetschef IFO", "Delvis genomförd", "Nej",
     "Avtalsuppföljning klar för HVB utan anmärkning. Familjehem återstår.",
     "DELVIS", "nej", "D"),
]

WB_SHEETS = [
    ("KS", "Kommunstyrelsen", KS_ROWS, "Ekonomichef Jessica Falk", "2025-09-08"),
    ("BUN", "Barn- och utbildningsnämnden", BUN_ROWS, "Förvaltningsekonom Per Andersson", "2025-09-10"),
    ("SN", "Socialnämnden", SN_ROWS, "Kvalitetsstrateg Maria Lind", "2025-09-11"),
]


def build_workbook():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    fil = "Intern kontroll delår 2025 - sammanställning nämnder.xlsx"
    wb = Workbook()
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="1F4E78")
    head_font = Font(bold=True, color="FFFFFF")
    grp_fill = PatternFill("solid", fgColor="D9E1F2")
    fills = {
        "Genomförd": PatternFill("solid", fgColor="C6EFCE"),
        "Genomförd med avvikelse": PatternFill("solid", fgColor="C6EFCE"),
        "Delvis genomförd": PatternFill("solid", fgColor="FFEB9C"),
        "Ej genomförd": PatternFill("solid", fgColor="FFC7CE"),
        "Utgår": PatternFill("solid", fgColor="D9D9D9"),
    }

    # --- Sammanställning -------------------------------------------------
    ws = wb.active
    ws.title = "Sammanställning"
    ws["A1"] = "Melleruds kommun – uppföljning av internkontrollplaner, delårsrapport 2025 (januari–augusti)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Sammanställd av ekonomiavdelningen 2025-09-19. Underlag: nämndernas flikar i denna fil."
    ws["A2"].font = Font(italic=True)
    hdr = ["Nämnd", "Flik", "Antal kontrollmoment", "Genomförda", "Delvis genomförda",
           "Ej genomförda", "Utgår", "Ej redovisade", "Varav med avvikelse"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = head_font
        cell.fill = head_fill
        cell.border = border
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    r = 5
    tot = [0] * 7
    for tab, name, rows, _, _ in WB_SHEETS:
        ctr = [x for x in rows if x[0] != "H"]
        b = [x[10] for x in ctr]
        vals = [len(ctr), b.count("G"), b.count("D"), b.count("E"), b.count("U"), b.count("R"),
                sum(1 for x in ctr if x[9] == "ja")]
        tot = [a + v for a, v in zip(tot, vals)]
        for c, v in enumerate([name, tab] + vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = border
        r += 1
    for c, v in enumerate(["Totalt", ""] + tot, 1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = bold
        cell.border = border
    r += 2
    ws.cell(row=r, column=1, value="Kommentar:").font = bold
    ws.cell(row=r + 1, column=1, value="SN 3 (loggkontroll) hänvisar till bilaga som inte bifogats – räknad som ej redovisad.")
    ws.cell(row=r + 2, column=1, value="Övriga nämnder och Melleruds Bostäder AB redovisar i egna dokument, se mappen Delår 2025/Intern kontroll.")
    ws.column_dimensions["A"].width = 32
    ws.column_dimensions["B"].width = 6
    for col in "CDEFGHI":
        ws.column_dimensions[col].width = 13
    ws.row_dimensions[4].height = 32

    # --- one sheet per nämnd -------------------------------------------
    cols = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Kontrollansvarig",
            "Status delår", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"]
    widths = [7, 20, 46, 28, 22, 20, 11, 55]
    for tab, name, rows, who, date in WB_SHEETS:
        ws = wb.create_sheet(tab)
        ws["A1"] = f"{name} – uppföljning av internkontrollplan 2025"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Period: delår januari–augusti 2025"
        ws["A3"] = f"Rapporterad av: {who}    Datum: {date}"
        for c, h in enumerate(cols, 1):
            cell = ws.cell(row=5, column=c, value=h)
            cell.font = head_font
            cell.fill = head_fill
            cell.border = border
            cell.alignment = Alignment(wrap_text=True, vertical="center")
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        dv = DataValidation(type="list", formula1='"Genomförd,Genomförd med avvikelse,Delvis genomförd,Ej genomförd,Utgår"',
                            allow_blank=True)
        ws.add_data_validation(dv)
        r = 6
        for row in rows:
            if row[0] == "H":
                ws.cell(row=r, column=1, value=row[1]).font = bold
                for c in range(1, 9):
                    ws.cell(row=r, column=c).fill = grp_fill
                    ws.cell(row=r, column=c).border = border
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
                r += 1
                continue
            vals = list(row[:8])
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=(v if v != "" else None))
                cell.border = border
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if row[5] in fills:
                ws.cell(row=r, column=6).fill = fills[row[5]]
            dv.add(ws.cell(row=r, column=6))
            EXPECTED.append((fil, name, row[2], row[8], row[9]))
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Statusalternativ: Genomförd / Genomförd med avvikelse / Delvis genomförd / Ej genomförd / Utgår").font = Font(italic=True, size=9)
        ws.freeze_panes = "A6"
        ws.page_setup.orientation = "landscape"
        ws.oddHeader.center.text = f"{tab} – intern kontroll delår 2025"
        FILES.append((fil, "INLAST", name, "2025", "DELAR"))
    wb.save(os.path.join(HERE, fil))


# ---------------------------------------------------------------------------
# 2. Tekniska nämnden: adopted plan table with "Uppföljning delår" columns
# ---------------------------------------------------------------------------
TN_ROWS = [
    # process, kontrollmoment, risk, metod, ansvarig, status delår, kommentar delår, exp status, exp avv
    ("Gata och park",
     "Skadeanmälningar på gator och gångbanor hanteras inom tre veckor",
     "9", "Stickprov 10 ärenden per halvår", "Gatuchef", "Klar",
     "8 av 10 ärenden inom tid. Två ärenden tog fem veckor p.g.a. semesterperioden.",
     "GENOMFORD", "ja"),
    ("Gata och park",
     "Lekplatsbesiktning utförs enligt besiktningsplan",
     "8", "Kontroll av besiktningsprotokoll, 1 gång/år", "Parkansvarig", "Klar",
     "Huvudbesiktning utförd i maj av certifierad besiktningsman. Inga allvarliga anmärkningar.",
     "GENOMFORD", "nej"),
    ("Vatten och avlopp",
     "Debitering av VA-avgifter stäms av mot mätaravläsningar",
     "12", "Avstämning kundregister/mätarställning", "VA-chef", "Pågår",
     "Avstämning mot kundregistret pågår, beräknas klar i oktober.",
     "DELVIS", ""),
    ("Vatten och avlopp",
     "Provtagning av dricksvatten enligt kontrollprogrammet",
     "16", "Genomgång av analysprotokoll", "Driftingenjör VA", "Klar",
     "Samtliga prover tagna enligt program. Ett prov i juni (Dingelvik) visade anmärkning på koliforma bakterier – åtgärdat genom spolning, omprov utan anmärkning.",
     "GENOMFORD", "ja"),
    ("Fastighet",
     "Lagstadgade besiktningar (hiss, OVK, brandlarm) genomförs i kommunens fastigheter",
     "12", "Kontroll mot besiktningsregister", "Fastighetschef", "",
     "Ej genomförd. Avtalet för OVK har löpt ut och ny upphandling pågår.",
     "EJ_GENOMFORD", ""),
    ("Fastighet",
     "Hyresavtal med externa hyresgäster är aktuella och indexuppräknade",
     "6", "Genomgång av samtliga avtal", "Fastighetsekonom", "Klar",
     "Inga avvikelser.",
     "GENOMFORD", "nej"),
    ("Kost och lokalvård",
     "Livsmedelshanteringen i kommunens kök följer egenkontrollprogrammet",
     "8", "Egenkontrollbesök i samtliga nio kök", "Kostchef", "Pågår",
     "Sex av nio kök kontrollerade.",
     "DELVIS", ""),
    ("Ekonomi",
     "Fakturor från ramavtalsentreprenörer attesteras mot avtalade á-priser",
     "9", "Stickprov 15 fakturor", "Förvaltningsekonom", "Ej påbörjad",
     "",
     "EJ_GENOMFORD", ""),
    ("Ekonomi",
     "Uttag med kommunens drivmedelskort stäms av mot körjournaler",
     "6", "Stickprov två månader", "Fordonssamordnare", "Utgår",
     "Drivmedelskorten ersatta av ny tankningslösning, beslut TN 2025-03-11 § 24.",
     "UTGAR", ""),
]


def set_cell_bg(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=8):
    from docx.shared import Pt
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def build_tn_docx():
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    fil = "TN internkontrollplan 2025 med uppföljning delår.docx"
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.5))
    sec.header.paragraphs[0].text = "Melleruds kommun\tTekniska förvaltningen\tDnr TN 2024/187"
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    d.add_heading("Tekniska nämnden", level=1)
    d.add_paragraph("Internkontrollplan 2025 – med uppföljning delår (januari–augusti)").runs[0].bold = True
    d.add_paragraph("Planen antogs av tekniska nämnden 2024-12-10 § 112. Kolumnerna under "
                    "”Uppföljning delår” fylls i av respektive kontrollansvarig och redovisas för nämnden "
                    "i samband med delårsrapporten. Uppföljning helår redovisas i februari 2026.")

    ncol = 9
    t = d.add_table(rows=2, cols=ncol)
    t.style = "Table Grid"
    widths = [Cm(2.6), Cm(5.6), Cm(1.3), Cm(3.6), Cm(2.6), Cm(1.9), Cm(5.4), Cm(1.6), Cm(2.2)]
    # group header row
    a = t.cell(0, 0).merge(t.cell(0, 4))
    cell_text(a, "Internkontrollplan 2025 (antagen TN 2024-12-10 § 112)", bold=True, size=9)
    b = t.cell(0, 5).merge(t.cell(0, 6))
    cell_text(b, "Uppföljning delår", bold=True, size=9)
    c = t.cell(0, 7).merge(t.cell(0, 8))
    cell_text(c, "Uppföljning helår", bold=True, size=9)
    for cc in (a, b, c):
        set_cell_bg(cc, "BDD7EE")
    heads = ["Process/rutin", "Kontrollmoment", "Risk-värde", "Kontrollmetod och frekvens",
             "Kontroll-ansvarig", "Status", "Kommentar/åtgärd", "Status", "Kommentar"]
    for i, h in enumerate(heads):
        cell_text(t.cell(1, i), h, bold=True)
        set_cell_bg(t.cell(1, i), "DDEBF7")

    first_row_of = {}
    for row in TN_ROWS:
        cells = t.add_row().cells
        ri = len(t.rows) - 1
        proc = row[0]
        if proc not in first_row_of:
            first_row_of[proc] = ri
            cell_text(cells[0], proc)
        else:
            cell_text(cells[0], "")
        vals = [row[1], row[2], row[3], row[4], row[5], row[6], "", ""]
        for i, v in enumerate(vals, 1):
            cell_text(cells[i], v)
        fillc = {"Klar": "C6EFCE", "Pågår": "FFEB9C", "Ej påbörjad": "FFC7CE"}.get(row[5])
        if fillc:
            set_cell_bg(cells[5], fillc)
        EXPECTED.append((fil, "Tekniska nämnden", row[1], row[7], row[8]))
    # vertical merges of process column
    procs = [r[0] for r in TN_ROWS]
    for proc, start in first_row_of.items():
        n = procs.count(proc)
        if n > 1:
            top = t.cell(start, 0)
            merged = top.merge(t.cell(start + n - 1, 0))
            cell_text(merged, proc)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    d.add_paragraph("")
    d.add_paragraph("Riskvärde = sannolikhet × konsekvens (1–4). 1–4 låg risk, 6–9 medelhög risk, 12–16 hög risk.").runs[0].font.size = Pt(8)
    d.add_paragraph("Status: Klar / Pågår / Ej påbörjad / Utgår").runs[0].font.size = Pt(8)
    d.add_paragraph("")
    d.add_paragraph("Mellerud 2025-09-02")
    d.add_paragraph("Anders Bergqvist\nFörvaltningschef, tekniska förvaltningen")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Kultur- och fritidsnämnden: hand-written RTF with a table and code legend
# ---------------------------------------------------------------------------
KFN_ROWS = [
    ("1", "Föreningsstöd", "Föreningsbidrag betalas ut enligt gällande bidragsregler",
     "Stickprov 10 ansökningar, fritidskonsulent", "Alla tio ansökningar korrekt handlagda och beslutade enligt delegation.",
     "G", "GENOMFORD", "nej"),
    ("2", "Kontanthantering", "Kontanthantering i entrén och caféet på Mellerudsbadet",
     "Oanmäld kassainventering 2 ggr/år, ekonom", "Kassadifferens på 340 kr vid inventeringen i mars. Rutinen för dagskassa förtydligad och personalen informerad.",
     "GA", "GENOMFORD", "ja"),
    ("3", "Bibliotek", "Förseningsavgifter och ersättning för förkomna medier debiteras enligt taxa",
     "Uttag ur bibliotekssystemet, bibliotekschef", "Uttag gjort för januari–april. Resterande period kontrolleras i september.",
     "D", "DELVIS", ""),
    ("4", "Anläggningar", "Avtal med föreningar som sköter kommunala anläggningar följs upp",
     "Genomgång av driftavtal och redovisningar, fritidschef", "Ej påbörjat.",
     "E", "EJ_GENOMFORD", ""),
    ("5", "Lokaluthyrning", "Hyror för uthyrning av samlingslokaler debiteras enligt taxa",
     "Stickprov 20 bokningar, administratör", "Genomförd, inga avvikelser.",
     "G", "GENOMFORD", "nej"),
    ("6", "Arbetsmiljö", "Ensamarbete på fritidsgården riskbedöms enligt rutin",
     "Kontroll av riskbedömning, enhetschef", "Riskbedömning genomförd i juni tillsammans med skyddsombud. Inga brister.",
     "G", "GENOMFORD", "nej"),
    ("7", "Konst", "Inventering av kommunens konstsamling i offentliga lokaler",
     "Inventering mot konstregistret, kultursekreterare", "Ej aktuell 2025 – hela samlingen inventerades hösten 2024.",
     "U", "UTGAR", ""),
]


def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1252")
                out.append("\\'%02x" % b[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


def build_kfn_rtf():
    fil = "Kultur- och fritidsnämnden uppföljning IK delår 2025.rtf"
    E = rtf_escape
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0",
             r"{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fcharset0 Times New Roman;}}",
             r"{\colortbl;\red0\green0\blue0;\red217\green225\blue242;}",
             r"\paperw16838\paperh11906\landscape\margl1134\margr1134\margt1134\margb1134",
             r"\viewkind4\uc1\pard\f0\fs20",
             r"{\b\fs28 " + E("Kultur- och fritidsnämnden") + r"}\par",
             r"{\b\fs24 " + E("Uppföljning av internkontrollplan 2025 – delårsrapport januari–augusti") + r"}\par",
             E("Melleruds kommun, kultur- och fritidsförvaltningen. Redovisas för nämnden 2025-09-24.") + r"\par\par"]
    cellx = [600, 2600, 6400, 9400, 13800, 15000]
    heads = ["Nr", "Område", "Kontrollmoment", "Metod och ansvarig", "Resultat delår", "Bedömning"]

    def row(vals, bold=False, shade=False):
        s = r"\trowd\trgaph70\trleft0"
        for x in cellx:
            s += r"\clbrdrt\brdrs\brdrw10\clbrdrl\brdrs\brdrw10\clbrdrb\brdrs\brdrw10\clbrdrr\brdrs\brdrw10"
            if shade:
                s += r"\clcbpat2"
            s += r"\cellx%d" % x
        for v in vals:
            txt = E(v)
            if bold:
                txt = r"{\b " + txt + "}"
            s += r"\pard\intbl\fs18 " + txt + r"\cell"
        s += r"\row"
        return s

    parts.append(row(heads, bold=True, shade=True))
    for r in KFN_ROWS:
        parts.append(row([r[0], r[1], r[2], r[3], r[4], r[5]]))
        EXPECTED.append((fil, "Kultur- och fritidsnämnden", r[2], r[6], r[7]))
    parts.append(r"\pard\par")
    parts.append(r"{\fs16 " + E("Bedömning: G = genomförd utan anmärkning, GA = genomförd med anmärkning, "
                                 "D = delvis genomförd, E = ej genomförd, U = utgår") + r"}\par\par")
    parts.append(E("Sammantaget bedömer förvaltningen att den interna kontrollen fungerar tillfredsställande. "
                   "Kontrollmoment 4 genomförs under hösten.") + r"\par\par")
    parts.append(E("Lena Holm, kultur- och fritidschef") + r"\par")
    parts.append("}")
    with open(os.path.join(HERE, fil), "w", encoding="ascii", newline="\r\n") as f:
        f.write("\n".join(parts) + "\n")
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Miljönämnden i Mitt-Dalsland: .xls, status as percentage of the sample done
# ---------------------------------------------------------------------------
MN_ROWS = [
    # område, kontrollmoment, stickprov, T1, delår, iakttagelser, ansvarig, exp status, exp avv
    ("Taxor och avgifter", "Tillsynsavgifter debiteras enligt fastställd taxa och riskklassning",
     "20 ärenden", "50 %", "100 %", "2 ärenden hade fel riskklass, fakturorna krediterade och rättade.",
     "Miljöchef", "GENOMFORD", "ja"),
    ("Handläggning", "Ansökningar om enskilt avlopp beslutas inom tio veckor",
     "15 ärenden", "40 %", "60 %", "Hittills har samtliga granskade ärenden beslutats inom tio veckor.",
     "Miljöinspektör", "DELVIS", "nej"),
    ("Handläggning", "Delegationsbeslut anmäls till nämnden vid nästkommande sammanträde",
     "Samtliga", "100 %", "100 %", "Inga avvikelser.",
     "Nämndsekreterare", "GENOMFORD", "nej"),
    ("Rättssäkerhet", "Handläggare handlägger inte ärenden där jäv föreligger",
     "10 ärenden", "0 %", "0 %", "Ej påbörjad, planeras till oktober.",
     "Miljöchef", "EJ_GENOMFORD", ""),
    ("Tillsyn", "Förelägganden följs upp inom ett år från beslut",
     "12 ärenden", "25 %", "", "",
     "Miljöinspektör", "DELVIS", ""),
    ("Livsmedel", "Planerade livsmedelskontroller utförs enligt kontrollplanen",
     "85 kontroller", "30 %", "65 %", "Enligt tidplan för året. Inga avvikelser hittills.",
     "Livsmedelsinspektör", "DELVIS", "nej"),
    ("Dokumenthantering", "Inkommande handlingar diarieförs inom två arbetsdagar",
     "30 handlingar", "100 %", "100 %", "3 handlingar diarieförda först efter 4–6 dagar. Påminnelse om rutinen på APT.",
     "Administratör", "GENOMFORD", "ja"),
    ("Taxor och avgifter", "Timavgifter stäms av mot tidredovisning",
     "10 fakturor", "0 %", "Utgår", "Utgår – timavgift ersatt av fast årsavgift från 2025-01-01.",
     "Miljöchef", "UTGAR", ""),
]


def build_mn_xls():
    import xlwt
    fil = "Miljönämnden Mitt-Dalsland internkontroll delår 2025.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    title = xlwt.easyxf("font: bold on, height 280")
    sub = xlwt.easyxf("font: italic on")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_green; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert centre")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    pct = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: horiz centre, vert top")
    ws.write(0, 0, "Miljönämnden i Mitt-Dalsland", title)
    ws.write(1, 0, "Internkontrollplan 2025 – uppföljning per 31 augusti (delår)")
    ws.write(2, 0, "Ange hur stor andel av stickprovet som är kontrollerat, i procent. 100 % = kontrollen är slutförd.", sub)
    heads = ["Kontrollområde", "Kontrollmoment", "Stickprov", "Utfört T1", "Utfört delår",
             "Iakttagelser/åtgärder", "Ansvarig"]
    for c, h in enumerate(heads):
        ws.write(4, c, h, hdr)
    for i, w in enumerate([20, 48, 14, 10, 11, 55, 18]):
        ws.col(i).width = w * 256
    r = 5
    for row in MN_ROWS:
        vals = [row[0], row[1], row[2], row[3], row[4], row[5], row[6]]
        for c, v in enumerate(vals):
            ws.write(r, c, v, pct if c in (3, 4) else cellst)
        EXPECTED.append((fil, "Miljönämnden i Mitt-Dalsland", row[1], row[7], row[8]))
        r += 1
    r += 1
    ws.write(r, 0, "Nämnden omfattar Melleruds och Bengtsfors kommuner. Värdkommun: Melleruds kommun.", sub)
    ws.write(r + 1, 0, "Upprättad 2025-09-05 av Karin Sjöberg, miljöchef", sub)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", "Miljönämnden i Mitt-Dalsland", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Byggnadsnämnden: free text only, one heading + paragraphs per control (.odt)
# ---------------------------------------------------------------------------
BN_CONTROLS = [
    ("Bygglov beslutas inom lagstadgad handläggningstid (tio veckor)",
     ["Samtliga 47 beslut om bygglov under perioden januari–augusti har granskats. 45 beslut fattades inom "
      "tio veckor från komplett ansökan. I två ärenden överskreds tiden och avgiften reducerades enligt "
      "12 kap. 8 a § plan- och bygglagen.",
      "Kontrollen är genomförd. Orsaken till förseningarna var hög arbetsbelastning under våren."],
     "GENOMFORD", "ja"),
    ("Avgifter för bygglov och anmälan debiteras enligt gällande taxa",
     ["Ett stickprov om 15 ärenden har stämts av mot plan- och bygglovstaxan. Inga felaktigheter upptäcktes."],
     "GENOMFORD", "nej"),
    ("Delegationsbeslut redovisas till nämnden",
     ["Delegationsbeslut har redovisats vid varje sammanträde under perioden. Kontrollen visar att rutinen följs."],
     "GENOMFORD", "nej"),
    ("Tillsyn av obligatorisk ventilationskontroll (OVK)",
     ["Kontrollen har påbörjats. Registret över OVK-pliktiga byggnader har uppdaterats, men uppföljningen av "
      "förfallna besiktningar återstår och slutförs under hösten."],
     "DELVIS", ""),
    ("Bostadsanpassningsbidrag beviljas enligt lagen om bostadsanpassningsbidrag",
     ["Kontrollen har inte genomförts under perioden på grund av vakans på tjänsten som "
      "bostadsanpassningshandläggare. Den planeras till november."],
     "EJ_GENOMFORD", ""),
    ("Avslutade bygglovsärenden arkiveras i e-arkivet",
     ["Kontrollmomentet har strukits genom nämndens beslut 2025-05-14 § 41 eftersom övergången till e-arkiv "
      "har skjutits upp till 2026."],
     "UTGAR", ""),
]


def build_bn_odt():
    from odf.opendocument import OpenDocumentText
    from odf.style import ParagraphProperties, Style, TextProperties
    from odf.text import H, P

    fil = "Byggnadsnämnden - uppföljning intern kontroll delår 2025.odt"
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.2cm"))
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.1cm"))
    body = Style(name="Text body", family="paragraph")
    body.addElement(ParagraphProperties(marginbottom="0.2cm"))
    small = Style(name="Liten", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt", fontstyle="italic"))
    for s in (h1, h2, body, small):
        doc.styles.addElement(s)

    doc.text.addElement(P(stylename=small, text="Melleruds kommun   Tjänsteskrivelse   Dnr BN 2025/033"))
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Uppföljning av internkontrollplan 2025 – delår"))
    doc.text.addElement(P(stylename=body, text="Byggnadsnämnden"))
    doc.text.addElement(P(stylename=body, text=(
        "Byggnadsnämnden antog internkontrollplanen för 2025 den 22 januari 2025, § 5. Planen omfattar sex "
        "kontrollmoment. Nedan redovisas resultatet för respektive kontrollmoment för perioden januari–augusti 2025.")))
    for i, (head, paras, st, av) in enumerate(BN_CONTROLS, 1):
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text=head))
        for ptxt in paras:
            doc.text.addElement(P(stylename=body, text=ptxt))
        EXPECTED.append((fil, "Byggnadsnämnden", head, st, av))
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Sammanfattande bedömning"))
    doc.text.addElement(P(stylename=body, text=(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. Kontrollmomenten om OVK och "
        "bostadsanpassning slutförs under hösten och redovisas i helårsuppföljningen.")))
    doc.text.addElement(P(stylename=body, text="Mellerud den 4 september 2025"))
    doc.text.addElement(P(stylename=body, text="Sofia Ek, bygglovschef"))
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", "Byggnadsnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Melleruds Bostäder AB: Stratsys CSV export, one line per control and period
# ---------------------------------------------------------------------------
MBAB_ROWS = [
    # process, kontrollmoment, ansvarig, frekvens, [(period, status, kommentar)], exp status, exp avv
    ("Ekonomi", "Hyresavier och inbetalningar stäms av mot hyresreskontran", "Ekonomiansvarig", "Månadsvis",
     [("T1 2025", "Genomförd", "Avstämt jan–apr."),
      ("Delår 2025", "Genomförd", "Avstämt per månad, inga differenser.")], "GENOMFORD", "nej"),
    ("Uthyrning", "Lediga lägenheter fördelas enligt uthyrningspolicyn", "Uthyrningsansvarig", "Tertial",
     [("T1 2025", "Pågående", "Stickprov påbörjat."),
      ("Delår 2025", "Genomförd", "20 uthyrningar granskade. I ett fall avsteg från kötid utan dokumenterat skäl.\nRutinen för dokumentation av undantag ses över.")],
     "GENOMFORD", "ja"),
    ("Ekonomi", "Fakturor för underhållsarbeten attesteras enligt attestordningen", "VD", "Tertial",
     [("T1 2025", "Ej påbörjad", ""),
      ("Delår 2025", "Pågående", "Stickprov för jan–jun klart utan anmärkning, juli–aug återstår.")],
     "DELVIS", "nej"),
    ("Fastighet", "Brandskyddskontroller i trapphus och källarförråd", "Fastighetschef", "Halvår",
     [("Delår 2025", "Ej genomförd", "Skjuts till september på grund av personalbrist.")],
     "EJ_GENOMFORD", ""),
    ("Ekonomi", "Hyresfordringar äldre än 60 dagar hanteras enligt inkassorutinen", "Ekonomiansvarig", "Tertial",
     [("T1 2025", "Genomförd", "Inga avvikelser."),
      ("Delår 2025", "Genomförd", "3 ärenden skickades till inkasso först efter mer än 90 dagar.")],
     "GENOMFORD", "ja"),
    ("Personal", "Anställdas bisysslor och jäv följs upp årligen", "VD", "Årlig",
     [("Delår 2025", "Ej rapporterad", "")],
     "SAKNAS", ""),
]


def build_mbab_csv():
    fil = "MBAB_internkontroll_2025_export.csv"
    hdr = ["Organisation", "Plan", "Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens",
           "Period", "Status", "Kommentar", "Senast ändrad"]
    dates = {"T1 2025": "2025-05-12", "Delår 2025": "2025-09-03"}
    with open(os.path.join(HERE, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(hdr)
        for proc, km, ans, frek, periods, st, av in MBAB_ROWS:
            for per, status, kom in periods:
                w.writerow(["Melleruds Bostäder AB", "Internkontrollplan 2025", proc, km, ans, frek,
                            per, status, kom, dates[per] if status != "Ej rapporterad" else ""])
            EXPECTED.append((fil, "Melleruds Bostäder AB", km, st, av))
    FILES.append((fil, "INLAST", "Melleruds Bostäder AB", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden: easy .ods, nämnd only in file name and print header
# ---------------------------------------------------------------------------
OFN_ROWS = [
    ("Årsräkningar granskas inom fyra månader från inlämning", "Delvis", "Nej",
     "75 % av årsräkningarna granskade, övriga klara under september.", "DELVIS", "nej"),
    ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Ja", "Nej", "", "GENOMFORD", "nej"),
    ("Förteckning över huvudmannens tillgångar lämnas inom två månader från förordnandet", "Ja", "Ja",
     "4 förteckningar inkom för sent. Påminnelser och föreläggande skickade.", "GENOMFORD", "ja"),
    ("Överförmyndarspärr finns på bankkonton för omyndiga", "Ja", "Nej", "Kontroll av samtliga nya ärenden.",
     "GENOMFORD", "nej"),
    ("Utdrag ur belastningsregistret inhämtas innan ny god man förordnas", "Nej", "",
     "Genomförs under fjärde kvartalet.", "EJ_GENOMFORD", ""),
]


def build_ofn_ods():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    fil = "ÖFN uppföljning IK augusti 2025.ods"
    tmpd = tempfile.mkdtemp(prefix="r551_")
    src = os.path.join(tmpd, "ÖFN uppföljning IK augusti 2025.xlsx")
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Internkontroll 2025 – uppföljning delår (januari–augusti)"
    ws["A1"].font = Font(bold=True, size=12)
    heads = ["Kontrollmoment", "Genomförd (Ja/Nej/Delvis)", "Avvikelse", "Kommentar"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = bd
    for r, row in enumerate(OFN_ROWS, 4):
        for c, v in enumerate(row[:4], 1):
            cell = ws.cell(row=r, column=c, value=(v or None))
            cell.border = bd
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        EXPECTED.append((fil, "Överförmyndarnämnden", row[0], row[4], row[5]))
    ws.column_dimensions["A"].width = 55
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 11
    ws.column_dimensions["D"].width = 50
    ws.oddHeader.left.text = "Överförmyndarnämnden"
    ws.oddHeader.right.text = "2025-09-09"
    ws.oddFooter.center.text = "Sida &P"
    wb.save(src)
    soffice_convert(src, "ods", tmpd)
    shutil.copyfile(os.path.join(tmpd, "ÖFN uppföljning IK augusti 2025.ods"), os.path.join(HERE, fil))
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", "Överförmyndarnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: ekonomiavdelningens covering letter / instructions (no follow-up)
# ---------------------------------------------------------------------------
def build_anvisning_docx():
    import docx
    fil = "Anvisningar uppföljning intern kontroll delår 2025.docx"
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Melleruds kommun – Ekonomiavdelningen"
    d.add_heading("Anvisningar för uppföljning av intern kontroll – delårsrapport 2025", level=1)
    d.add_paragraph("Till: nämnder, förvaltningar och Melleruds Bostäder AB\nFrån: ekonomiavdelningen\nDatum: 2025-06-16")
    d.add_paragraph(
        "Enligt reglementet för intern kontroll ska varje nämnd följa upp sin internkontrollplan i samband med "
        "delårsrapporten. Uppföljningen avser perioden januari–augusti 2025 och ska för varje kontrollmoment "
        "redovisa om kontrollen är genomförd, delvis genomförd, ej genomförd eller utgår, samt eventuella "
        "avvikelser och vidtagna åtgärder.")
    d.add_paragraph(
        "Kommunstyrelsen, barn- och utbildningsnämnden och socialnämnden redovisar på sin flik i den "
        "gemensamma Excelfilen. Övriga nämnder och bolaget kan använda egen mall. Underlaget skickas till "
        "ekonomiavdelningen senast enligt tabellen nedan.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Nämnd/bolag", "Mall", "Sista dag till ekonomiavdelningen", "Kontaktperson"]):
        t.rows[0].cells[i].text = h
    data = [
        ("Kommunstyrelsen", "Gemensam Excelfil, flik KS", "2025-09-12", "Jessica Falk"),
        ("Barn- och utbildningsnämnden", "Gemensam Excelfil, flik BUN", "2025-09-12", "Per Andersson"),
        ("Socialnämnden", "Gemensam Excelfil, flik SN", "2025-09-12", "Maria Lind"),
        ("Tekniska nämnden", "Egen mall", "2025-09-12", "Per Andersson"),
        ("Kultur- och fritidsnämnden", "Egen mall", "2025-09-15", "Jessica Falk"),
        ("Byggnadsnämnden", "Egen mall", "2025-09-15", "Per Andersson"),
        ("Miljönämnden i Mitt-Dalsland", "Egen mall", "2025-09-15", "Jessica Falk"),
        ("Överförmyndarnämnden", "Egen mall", "2025-09-15", "Maria Lind"),
        ("Melleruds Bostäder AB", "Export från Stratsys", "2025-09-15", "Jessica Falk"),
    ]
    for row in data:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_paragraph("")
    d.add_paragraph("Sammanställningen redovisas för kommunstyrelsen i samband med delårsrapporten i oktober. "
                    "Frågor besvaras av ekonomiavdelningen.")
    d.add_paragraph("Jessica Falk\nEkonomichef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csvs():
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for row in NAMNDER:
            w.writerow(row)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


def main():
    build_workbook()
    build_tn_docx()
    build_kfn_rtf()
    build_mn_xls()
    build_bn_odt()
    build_mbab_csv()
    build_ofn_ods()
    build_anvisning_docx()
    write_csvs()
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
