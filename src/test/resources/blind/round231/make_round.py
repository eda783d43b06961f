#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r231 - Sandvik kommun, helår 2025. Builds all files + CSVs deterministically."""
import csv, os, shutil, subprocess, tempfile, datetime
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
LO = "file:///tmp/lo-round231"
FIXED = datetime.datetime(2026, 2, 10, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- docx helpers
def new_doc(header_left, header_right, footer):
    d = Document()
    cp = d.core_properties
    cp.created = FIXED; cp.modified = FIXED; cp.last_modified_by = "Sandviks kommun"; cp.author = "Sandviks kommun"
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = header_left + "\t\t" + header_right
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = footer
    fp.runs[0].font.size = Pt(8)
    return d


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def add_table(d, header, rows, style="Table Grid", head_fill="D9E2F3", widths=None):
    t = d.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        if head_fill:
            shade(c, head_fill)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def cover(d, lines, dnr, datum):
    for _ in range(4):
        d.add_paragraph()
    p = d.add_paragraph(); r = p.add_run("SANDVIKS KOMMUN"); r.bold = True; r.font.size = Pt(14)
    for i, l in enumerate(lines):
        p = d.add_paragraph(); r = p.add_run(l); r.font.size = Pt(22 if i == 0 else 13); r.bold = (i == 0)
    d.add_paragraph()
    d.add_paragraph(f"Diarienummer: {dnr}")
    d.add_paragraph(f"Datum: {datum}")
    page_break(d)


def toc(d, entries):
    d.add_heading("Innehållsförteckning", level=1)
    for txt, pg in entries:
        d.add_paragraph(f"{txt} {'.' * (70 - len(txt))} {pg}")
    page_break(d)


def history(d, rows):
    d.add_paragraph().add_run("Dokumenthistorik").bold = True
    add_table(d, ["Version", "Datum", "Författare", "Ändring"], rows, head_fill="EDEDED")
    d.add_paragraph()


def signatures(d, people):
    d.add_paragraph()
    t = d.add_table(rows=3, cols=len(people))
    for i, (name, title) in enumerate(people):
        t.rows[0].cells[i].text = "\n\n______________________________"
        t.rows[1].cells[i].text = name
        t.rows[2].cells[i].text = title


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO}", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ============================================================ File 1: KS docx (easy-medium)
def file_ks():
    fil = "KS_Tjansteskrivelse_uppfoljning_intern_kontroll_helar_2025.docx"
    N = "Kommunstyrelsen"
    d = new_doc("Sandviks kommun – Kommunledningsförvaltningen", "Dnr KS 2025/0187", "Tjänsteskrivelse · Dnr KS 2025/0187 · Sida")
    cover(d, ["Uppföljning av intern kontroll 2025", "Kommunstyrelsen – helårsuppföljning", "Tjänsteskrivelse"],
          "KS 2025/0187", "2026-01-28")
    toc(d, [("1. Sammanfattning", 3), ("2. Förslag till beslut", 3), ("3. Beslutsunderlag", 3),
            ("4. Ärendet", 4), ("5. Resultat av 2025 års kontroller", 4), ("6. Bedömning och fortsatt arbete", 6)])
    history(d, [["0.1", "2026-01-12", "Lena Öberg, controller", "Första utkast"],
                ["0.2", "2026-01-20", "Lena Öberg, controller", "Kommentarer från ledningsgrupp"],
                ["1.0", "2026-01-28", "Mats Holm, ekonomichef", "Fastställd för KSAU"]])
    d.add_heading("1. Sammanfattning", level=1)
    d.add_paragraph("Kommunstyrelsen antog den 2024-12-11, § 212, internkontrollplan för 2025 med åtta kontrollmoment. "
                    "Denna skrivelse redovisar utfallet för helåret 2025. Sex av åtta kontroller har genomförts; en "
                    "kontroll har skjutits till 2026 och en har utgått genom beslut.")
    d.add_heading("2. Förslag till beslut", level=1)
    d.add_paragraph("Kommunstyrelsen godkänner uppföljningen av internkontrollplanen för 2025.")
    d.add_paragraph("Kommunstyrelsen uppdrar åt kommundirektören att återrapportera vidtagna åtgärder avseende "
                    "direktupphandlingar senast vid delårsrapporten 2026.")
    d.add_heading("3. Beslutsunderlag", level=1)
    for b in ["Tjänsteskrivelse daterad 2026-01-28", "Internkontrollplan 2025, KS 2024-12-11 § 212",
              "Reglemente för intern kontroll, KF 2019-06-17 § 77"]:
        d.add_paragraph(b, style="List Bullet")
    page_break(d)
    d.add_heading("4. Ärendet", level=1)
    d.add_paragraph("Enligt kommunens reglemente för intern kontroll ska varje nämnd årligen följa upp sin "
                    "internkontrollplan och rapportera resultatet till kommunstyrelsen. Kontrollerna har genomförts "
                    "av ansvariga funktioner inom kommunledningsförvaltningen genom stickprov och systemuttag.")
    d.add_heading("5. Resultat av 2025 års kontroller", level=1)
    rows = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", "Stickprov 40 fakturor per halvår",
         "Genomförd", "Inga avvikelser noterade.", "GENOMFORD", "nej"),
        ("2", "Styrning", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef", "Genomgång av delegationslistor",
         "Genomförd med anmärkning", "3 av 25 beslut anmäldes först efter två sammanträden. Påminnelse har gått ut till samtliga delegater.", "GENOMFORD", "ja"),
        ("3", "Upphandling", "Uppföljning av efterlevnad av upphandlingspolicyn vid direktupphandling", "Upphandlingschef", "Stickprov 20 direktupphandlingar",
         "Delvis genomförd", "Kvartal 1–3 granskade; kvartal 4 pågår. Två direktupphandlingar saknade dokumentation.", "DELVIS", "ja"),
        ("4", "Ekonomi", "Kontroll av representation och gåvor enligt riktlinjer", "Controller", "Stickprov 15 verifikationer",
         "Genomförd", "Samtliga verifikationer hade syfte och deltagare angivna.", "GENOMFORD", "nej"),
        ("5", "IT", "Behörighetskontroll i ekonomisystemet Raindance", "IT-chef", "Uttag av behörighetslista",
         "Ej genomförd", "Skjuts till 2026 på grund av systembyte under hösten.", "EJ_GENOMFORD", ""),
        ("6", "Informationshantering", "Rutin för registrering av allmänna handlingar (diarieföring)", "Registrator", "Stickprov inkommande post, två veckor",
         "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("7", "HR", "Kontroll av löneutbetalningar mot anställningsavtal", "HR-chef", "Stickprov 30 anställda",
         "Utgår", "Utgår enligt beslut KS 2025-05-14 § 88; ingår i HR-avdelningens egenkontroll.", "UTGAR", ""),
        ("8", "Informationssäkerhet", "Hantering av personuppgiftsincidenter enligt GDPR", "Dataskyddsombud", "Genomgång av incidentloggen",
         "Genomförd", "Samtliga 6 incidenter hanterade och vid behov anmälda till IMY inom 72 timmar.", "GENOMFORD", "nej"),
    ]
    add_table(d, ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Metod", "Status", "Kommentar"],
              [r[:7] for r in rows], widths=[0.8, 2.2, 4.5, 2.2, 2.8, 2.2, 4.5])
    for r in rows:
        exp(fil, N, r[2], r[7], r[8])
    d.add_heading("6. Bedömning och fortsatt arbete", level=1)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. Kontrollmoment 5 förs "
                    "över till internkontrollplan 2026, som behandlas i separat ärende (Dnr KS 2025/0411).")
    signatures(d, [("Anna Lindqvist", "Kommundirektör"), ("Mats Holm", "Ekonomichef")])
    d.add_paragraph()
    d.add_paragraph("Beslutet skickas till: Kommunens revisorer, Ekonomiavdelningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ============================================================ File 2: BUN docx, 2 tables, symbols, delår+helår
def file_bun():
    fil = "BUN_2025-12_Uppfoljning_internkontrollplan.docx"
    N = "Barn- och utbildningsnämnden"
    d = new_doc("Barn- och utbildningsförvaltningen", "BUN 2025/233", "Sandviks kommun | Barn- och utbildningsförvaltningen | Dnr BUN 2025/233")
    cover(d, ["Internkontroll 2025", "Uppföljning per 31 december 2025", "Barn- och utbildningsnämnden"],
          "BUN 2025/233", "2026-02-03")
    toc(d, [("Dokumenthistorik", 2), ("Förslag till beslut", 3), ("Beslutsunderlag", 3), ("Bakgrund", 3),
            ("Uppföljning – Ekonomi och administration", 4), ("Uppföljning – Verksamhet", 5), ("Underskrifter", 6)])
    history(d, [["1", "2025-09-15", "Karin Sjöberg", "Delårsuppföljning (jan–aug) – BUN 2025-09-24 § 96"],
                ["2", "2026-01-22", "Karin Sjöberg", "Helårsuppföljning, utkast"],
                ["3", "2026-02-03", "Per Nyström, förvaltningschef", "Slutlig version"]])
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Barn- och utbildningsnämnden beslutar att godkänna uppföljningen av internkontrollplan 2025 samt "
                    "att överlämna den till kommunstyrelsen. Nämnden noterar att förslag till internkontrollplan 2026 "
                    "behandlas som ett separat ärende.")
    d.add_heading("Beslutsunderlag", level=2)
    d.add_paragraph("– Denna tjänsteskrivelse\n– Internkontrollplan 2025 (BUN 2024-11-27 § 121)\n– Delårsuppföljning 2025")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph("Tabellerna nedan visar status vid delårsuppföljningen (augusti) och vid årets slut. Symbolerna "
                    "förklaras efter den sista tabellen. Kommentaren avser helårsuppföljningen.")
    page_break(d)
    hdr = ["Kontrollmoment", "Metod / frekvens", "Ansvarig", "Delår", "Helår", "Kommentar helår"]
    t1 = [
        ("Kontroll av att inköp sker hos avtalade leverantörer (avtalstrohet)", "Stickprov 50 fakturor, 2 ggr/år", "Ekonom",
         "◐", "●", "Avtalstrohet 91 %. Tre inköp utanför avtal har återrapporterats till berörd rektor.", "GENOMFORD", "ja"),
        ("Kontroll av kassor och handkassor på skolenheterna", "Inventering, 2 ggr/år", "Administrativ chef",
         "●", "●", "Inventering utan anmärkning.", "GENOMFORD", "nej"),
        ("Uppföljning av att barnomsorgsavgifter debiteras enligt taxa", "Stickprov 20 hushåll per område", "Avgiftshandläggare",
         "○", "◐", "Stickprov klart i två av fyra områden, resterande under första kvartalet 2026.", "DELVIS", ""),
        ("Kontroll av att attestlistor är aktuella", "Jämförelse attestlista/organisation, 1 gång/år", "Controller",
         "●", "", "", "GENOMFORD", ""),
    ]
    t2 = [
        ("Kontroll av att anmälan om kränkande behandling rapporteras till huvudman", "Genomgång i ärendesystemet", "Kvalitetsstrateg",
         "◐", "●", "Samtliga anmälningar rapporterade, men 12 % senare än rutinens fem arbetsdagar.", "GENOMFORD", "ja"),
        ("Uppföljning av frånvarorapportering och kontakt med vårdnadshavare", "Stickprov tre skolor", "Rektor",
         "", "○", "Ej genomförd på grund av vakans. Flyttas till plan 2026.", "EJ_GENOMFORD", ""),
        ("Kontroll av registerutdrag för nyanställd personal", "Stickprov 50 anställningar", "HR-konsult",
         "", "●", "Utdrag fanns för 48 av 50. De två saknade har inhämtats i efterhand.", "GENOMFORD", "ja"),
        ("Kontroll av skolskjutsbeslut mot riktlinjer", "Stickprov 25 beslut", "Skolskjutshandläggare",
         "", "–", "Ansvaret har flyttats till tekniska nämnden från 1 juli.", "UTGAR", ""),
        ("Uppföljning av elevhälsans journalföring", "Journalgranskning", "Verksamhetschef elevhälsa",
         "", "", "", "SAKNAS", ""),
    ]
    d.add_heading("Uppföljning – Ekonomi och administration", level=2)
    add_table(d, hdr, [r[:6] for r in t1], head_fill="E2EFD9", widths=[5, 3, 2.3, 1.3, 1.3, 5])
    d.add_paragraph()
    d.add_heading("Uppföljning – Verksamhet", level=2)
    add_table(d, hdr, [r[:6] for r in t2], head_fill="E2EFD9", widths=[5, 3, 2.3, 1.3, 1.3, 5])
    p = d.add_paragraph()
    p.add_run("Teckenförklaring: ").bold = True
    p.add_run("● Genomförd   ◐ Påbörjad / delvis genomförd   ○ Ej påbörjad   – Utgår")
    for r in t1 + t2:
        exp(fil, N, r[0], r[6], r[7])
    d.add_heading("Underskrifter", level=2)
    signatures(d, [("Per Nyström", "Förvaltningschef"), ("Karin Sjöberg", "Controller")])
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ============================================================ File 3: SN xlsx with "Om dokumentet" + fills
def file_sn():
    fil = "Socialnamnden_IKP_2025_uppfoljning_helar.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    ws0 = wb.active; ws0.title = "Om dokumentet"
    info = [["Om dokumentet"], [],
            ["Dokument", "Uppföljning av internkontrollplan"],
            ["Förvaltning", "Socialförvaltningen"],
            ["Diarienummer", "SN 2025/078"],
            ["Fastställd av", "Socialnämnden 2024-12-05 § 143 (plan)"],
            ["Uppföljning", "Helår, januari–december 2025"],
            [],
            ["Versionshistorik"],
            ["Version", "Datum", "Ändrad av", "Beskrivning"],
            ["1.0", "2025-09-10", "Jonas Ek", "Delårsuppföljning"],
            ["1.1", "2026-01-19", "Jonas Ek", "Helår – preliminär"],
            ["2.0", "2026-02-02", "Maria Falk", "Helår – slutlig, till nämnd 2026-02-19"],
            [],
            ["Instruktion"],
            ["Markera status genom att färga cellen i kolumnen Status enligt teckenförklaringen på bladet Uppföljning."],
            ["Ange Ja/Nej i kolumnen Avvikelse om kontrollen visat fel eller brister."]]
    for r in info:
        ws0.append(r)
    ws0["A1"].font = Font(bold=True, size=14); ws0["A9"].font = Font(bold=True); ws0["A15"].font = Font(bold=True)
    ws0.column_dimensions["A"].width = 18; ws0.column_dimensions["B"].width = 50
    ws0.column_dimensions["C"].width = 14; ws0.column_dimensions["D"].width = 40

    ws = wb.create_sheet("Uppföljning")
    ws["A1"] = "Socialnämnden – uppföljning internkontrollplan 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Period: Helår (jan–dec 2025)"
    ws["A3"] = "Status anges med cellfärg, se teckenförklaring nedan tabellen."
    head = ["Process", "Risk", "Kontrollmoment", "Riskvärde", "Ansvarig", "Status", "Avvikelse", "Kommentar"]
    ws.append([]); ws.append(head)
    hr = ws.max_row
    for c in ws[hr]:
        c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78")
    G, Y, R, Gr = "92D050", "FFFF00", "FF0000", "BFBFBF"
    groups = [
        ("Process: Myndighetsutövning barn och unga", [
            ("Utredningstid", "Barn far illa av långa utredningstider",
             "Kontroll av att utredningar inom barn och unga avslutas inom fyra månader", 12, "Enhetschef BoU", Y, "Ja",
             "68 % avslutade inom tid. Handlingsplan framtagen, arbetet fortsätter 2026.", "DELVIS", "ja"),
            ("Förhandsbedömning", "Orosanmälningar bedöms inte inom lagstadgad tid",
             "Kontroll av att förhandsbedömning görs inom 14 dagar", 9, "Enhetschef mottagning", G, "Nej",
             "Stickprov 30 ärenden, samtliga inom tid.", "GENOMFORD", "nej")]),
        ("Process: Ekonomiskt bistånd", [
            ("Utbetalning", "Felaktiga utbetalningar",
             "Kontroll av att utbetalning av ekonomiskt bistånd sker enligt beslut", 12, "Enhetschef EKB", G, "Ja",
             "2 av 40 utbetalningar avvek från beslut. Återkrav initierat.", "GENOMFORD", "ja"),
            ("Avstämning", "Dubbla ersättningar",
             "Kontroll av att avstämning mot Försäkringskassan görs före utbetalning", 8, "Enhetschef EKB", R, "",
             "Ej genomförd på grund av personalbrist.", "EJ_GENOMFORD", "")]),
        ("Process: Placeringar", [
            ("Upphandling", "Placering hos ej upphandlad utförare",
             "Kontroll av att placeringar sker hos upphandlade HVB/familjehem", 9, "Placeringssamordnare", G, "Nej",
             "Samtliga 22 placeringar hos avtalade utförare.", "GENOMFORD", "nej"),
            ("Vårdplan", "Placerade barn saknar vårdplan",
             "Uppföljning av att vårdplaner upprättas för placerade barn", 6, "Enhetschef BoU", Gr, "",
             "Ej aktuell 2025 – ersätts av ny kontroll i plan 2026.", "UTGAR", "")]),
        ("Process: Ekonomi och administration", [
            ("Fakturor", "Betalning utan avtalsstöd",
             "Kontroll av fakturor för externa placeringar mot avtal", 6, "Controller", None, "", "", "SAKNAS", ""),
            ("Klientmedel", "Förskingring",
             "Hantering av klientmedel", 8, "Ekonom", None, "", "Se bilaga 3", "OKLAR", "")]),
    ]
    for gname, rows in groups:
        ws.append([gname])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).font = Font(bold=True, italic=True); ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        for row in rows:
            ws.append([row[0], row[1], row[2], row[3], row[4], None, row[6], row[7]])
            r = ws.max_row
            if row[5]:
                ws.cell(r, 6).fill = PatternFill("solid", fgColor=row[5])
            for c in ws[r]:
                c.alignment = Alignment(wrap_text=True, vertical="top")
            exp(fil, N, row[2], row[8], row[9])
    ws.append([])
    ws.append(["Antal kontrollmoment: 8", None, None, None, None, None, None, None])
    ws.append([])
    ws.append(["Teckenförklaring status"])
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for col, txt in [(G, "Genomförd"), (Y, "Pågår / delvis genomförd"), (R, "Ej genomförd"), (Gr, "Utgår")]:
        ws.append([None, txt])
        ws.cell(ws.max_row, 1).fill = PatternFill("solid", fgColor=col)
    for col, w in zip("ABCDEFGH", [16, 28, 45, 9, 18, 9, 10, 45]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Socialförvaltningen – Dnr SN 2025/078"
    wb.properties.created = FIXED; wb.properties.modified = FIXED; wb.properties.creator = "Sandviks kommun"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ============================================================ File 4: VON .doc (nämnd in header + beslut)
def file_von(tmp):
    fil = "Tjansteskrivelse_IK_2025_slutlig.doc"
    N = "Vård- och omsorgsnämnden"
    d = new_doc("Vård- och omsorgsförvaltningen", "Dnr VON 2026/012", "Sandviks kommun · Vård- och omsorgsförvaltningen · Postadress 811 80 Sandvik")
    cover(d, ["Tjänsteskrivelse", "Uppföljning av internkontrollplan 2025 – helår"], "VON 2026/012", "2026-02-05")
    toc(d, [("Förslag till beslut", 2), ("Sammanfattning", 2), ("Beslutsunderlag", 2), ("Redovisning", 3),
            ("Ekonomiska konsekvenser", 4), ("Underskrifter", 4)])
    history(d, [["0.9", "2026-01-16", "Eva Persson", "Underlag från enhetschefer sammanställt"],
                ["1.0", "2026-02-05", "Eva Persson", "Godkänd av förvaltningsledningen"]])
    d.add_heading("Förslag till beslut", level=1)
    d.add_paragraph("1. Vård- och omsorgsnämnden godkänner uppföljningen av internkontrollplan 2025.\n"
                    "2. Nämnden uppdrar åt förvaltningen att slutföra kontrollen av avgiftsdebitering under första kvartalet 2026.")
    d.add_heading("Sammanfattning", level=1)
    d.add_paragraph("Internkontrollplanen för 2025 omfattar sju kontrollmoment. I kolumnen ”Följer plan” anges om "
                    "kontrollen har genomförts enligt planen (Ja) eller inte (Nej).")
    d.add_heading("Beslutsunderlag", level=1)
    d.add_paragraph("Tjänsteskrivelse 2026-02-05\nInternkontrollplan 2025, VON 2024-12-10 § 98")
    page_break(d)
    d.add_heading("Redovisning", level=1)
    rows = [
        ("Myndighetsutövning", "Kontroll av att biståndsbeslut inom hemtjänsten verkställs inom tre månader", "9", "Ja",
         "Samtliga beslut verkställda inom tid.", "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Kontroll av att genomförandeplaner upprättas inom 14 dagar", "8", "Ja",
         "Stickprov 25 brukare: 21 planer inom tid, 4 upprättade senare.", "GENOMFORD", "ja"),
        ("Vård och läkemedel", "Kontroll av läkemedelshantering på särskilda boenden (signeringslistor)", "12", "Ja",
         "Brister i signering på två enheter. Åtgärdsplan finns.", "GENOMFORD", "ja"),
        ("Vård och läkemedel", "Kontroll av att avvikelser enligt Lex Sarah utreds och rapporteras", "12", "Ja",
         "Inga avvikelser mot rutinen.", "GENOMFORD", "nej"),
        ("Ekonomi", "Kontroll av att brukarnas hyror och avgifter debiteras korrekt", "6", "Nej",
         "Kontrollen har påbörjats men slutförs först i februari 2026.", "DELVIS", ""),
        ("Ekonomi", "Kontroll av timredovisning i hemtjänsten mot utförd tid", "6", "Nej", "", "EJ_GENOMFORD", ""),
        ("Säkerhet", "Kontroll av nyckelhantering i hemtjänsten", "4", "Nej",
         "Ej genomförd. Flyttas till 2026.", "EJ_GENOMFORD", ""),
    ]
    t = add_table(d, ["Process", "Kontrollmoment", "Riskvärde", "Följer plan", "Kommentar"], [r[:5] for r in rows],
                  head_fill="FBE4D5", widths=[3, 6, 1.8, 1.8, 6])
    # merge the process column vertically (one process spans several controls)
    k = 0
    while k < len(rows):
        j = k
        while j + 1 < len(rows) and rows[j + 1][0] == rows[k][0]:
            j += 1
        if j > k:
            m = t.cell(k + 1, 0).merge(t.cell(j + 1, 0))
            m.text = rows[k][0]
        k = j + 1
    for r in rows:
        exp(fil, N, r[1], r[5], r[6])
    d.add_heading("Ekonomiska konsekvenser", level=1)
    d.add_paragraph("Uppföljningen medför inga direkta ekonomiska konsekvenser.")
    d.add_heading("Underskrifter", level=1)
    signatures(d, [("Ulrika Berg", "Förvaltningschef"), ("Eva Persson", "Kvalitetsutvecklare")])
    src = os.path.join(tmp, "Tjansteskrivelse_IK_2025_slutlig.docx")
    d.save(src)
    soffice_convert(src, "doc", OUT)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ============================================================ File 5: SBN .odt
def file_sbn(tmp):
    fil = "SBN_Internkontroll_arsuppfoljning_2025.odt"
    N = "Samhällsbyggnadsnämnden"
    d = new_doc("SANDVIKS KOMMUN\nSamhällsbyggnadsförvaltningen", "Dnr SBN 2025/412", "Dnr SBN 2025/412 – Årsuppföljning intern kontroll")
    cover(d, ["Årsuppföljning intern kontroll", "Verksamhetsåret 2025"], "SBN 2025/412", "2026-01-30")
    toc(d, [("Dokumentinformation", 2), ("Förslag till beslut", 2), ("Beslutsunderlag", 2), ("Uppföljning", 3),
            ("Justering", 4)])
    d.add_heading("Dokumentinformation", level=2)
    add_table(d, ["Version", "Datum", "Upprättad av", "Godkänd av"],
              [["1", "2026-01-14", "Ahmed Rashid", "–"], ["2", "2026-01-30", "Ahmed Rashid", "Sofia Lund, förvaltningschef"]],
              head_fill=None)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Samhällsbyggnadsnämnden beslutar\natt godkänna årsuppföljningen av intern kontroll 2025,\n"
                    "att överlämna uppföljningen till kommunstyrelsen.")
    d.add_heading("Beslutsunderlag", level=2)
    d.add_paragraph("Tjänsteskrivelse 2026-01-30, Internkontrollplan 2025 (SBN 2024-12-12 § 170)")
    page_break(d)
    d.add_heading("Uppföljning", level=2)
    d.add_paragraph("Nämnd/enhet: Samhällsbyggnadsnämnden\nÅr: 2025")
    rows = [
        ("SBN-1", "Bygglov", "Kontroll av att bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)",
         "4 av 120 ärenden överskred handläggningstiden.", "Veckovis bevakning av ärendebalans.", "Granskning genomförd", "GENOMFORD", "ja"),
        ("SBN-2", "Taxor och avgifter", "Kontroll av att bygglovsavgifter debiteras enligt gällande taxa",
         "Inga.", "–", "Granskning genomförd", "GENOMFORD", "nej"),
        ("SBN-3", "Delegation", "Kontroll av att delegationsbeslut anmäls till nämnden",
         "", "", "Pågår", "DELVIS", ""),
        ("SBN-4", "Tillsyn", "Uppföljning av ovårdade tomter och olovligt byggande enligt tillsynsplan",
         "", "Prioriteras i tillsynsplan 2026.", "Granskning ej genomförd", "EJ_GENOMFORD", ""),
        ("SBN-5", "Lantmäteri", "Kontroll av att fastighetsbildningsärenden debiteras",
         "", "", "Utgår – den kommunala lantmäterimyndigheten avvecklades 2025-03-01", "UTGAR", ""),
        ("SBN-6", "Arkiv", "Kontroll av att handlingar i bygglovsärenden arkiveras i e-arkivet",
         "Ärenden från 2019–2020 har ännu inte förts över.", "Överföring beställd av arkivet.", "Granskning genomförd", "GENOMFORD", "ja"),
        ("SBN-7", "Upphandling", "Kontroll av att konsultköp sker via ramavtal", "", "", "", "SAKNAS", ""),
    ]
    add_table(d, ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder", "Status"],
              [r[:6] for r in rows], head_fill="FFF2CC", widths=[1.3, 2.5, 5, 4, 3.5, 2.5])
    for r in rows:
        exp(fil, N, r[2], r[6], r[7])
    d.add_heading("Justering", level=2)
    signatures(d, [("Sofia Lund", "Förvaltningschef"), ("Ahmed Rashid", "Verksamhetscontroller")])
    src = os.path.join(tmp, "SBN_Internkontroll_arsuppfoljning_2025.docx")
    d.save(src)
    soffice_convert(src, "odt", OUT)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ============================================================ File 6: Stratsys CSV, KFN + TN, long format
def file_stratsys():
    fil = "Stratsys_export_internkontroll_2026-02-06.csv"
    K, T = "Kultur- och fritidsnämnden", "Tekniska nämnden"
    hdr = ["Organisation", "Plan", "Process", "Kontrollmoment", "Period", "Status", "Kommentar", "Senast ändrad"]
    data = []  # (org, process, km, [(period,status,comment,date)], exp_status, exp_avv)
    ctl = [
        ("Kultur- och fritidsnämnden", "Bidrag", "Kontroll av att föreningsbidrag betalas ut enligt bidragsreglerna",
         [("T1", "Ej påbörjad", "", "2025-04-30"), ("T2", "Pågående", "Stickprov påbörjat.", "2025-09-05"),
          ("Helår", "Genomförd", "Stickprov 15 föreningar, inga fel.", "2026-01-20")], "GENOMFORD", "nej"),
        ("Kultur- och fritidsnämnden", "Kontanthantering", "Kontroll av kassahantering i simhallen och på biblioteken",
         [("T1", "Genomförd", "", "2025-04-28"), ("T2", "Genomförd", "", "2025-09-03"),
          ("Helår", "Genomförd med avvikelse", "Kassadifferens 1 240 kr i simhallen i december, utredd.", "2026-01-21")], "GENOMFORD", "ja"),
        ("Kultur- och fritidsnämnden", "Uthyrning", "Kontroll av uthyrning av lokaler och anläggningar mot bokningssystemet",
         [("T2", "Pågående", "", "2025-09-05"), ("Helår", "Pågående", "Första halvåret granskat.", "2026-01-21")], "DELVIS", ""),
        ("Kultur- och fritidsnämnden", "Inventarier", "Kontroll av inventarieförteckning för konstsamlingen",
         [("T1", "Ej påbörjad", "", "2025-04-30"), ("T2", "Ej påbörjad", "", "2025-09-05"),
          ("Helår", "Ej genomförd", "Skjuts till 2026.", "2026-01-22")], "EJ_GENOMFORD", ""),
        ("Kultur- och fritidsnämnden", "Avtal", "Kontroll av att avtal med arrangörer är undertecknade före evenemang",
         [("T1", "Ej påbörjad", "", "2025-04-30"), ("T2", "Pågående", "Halva sommarens evenemang kontrollerade.", "2025-09-05")],
         "DELVIS", ""),
        ("Tekniska nämnden", "VA", "Kontroll av att fakturering av VA-avgifter sker enligt taxa",
         [("T1", "Ej bedömd", "", ""), ("T2", "Ej bedömd", "", ""),
          ("Helår", "Genomförd", "Inga avvikelser.", "2026-01-27")], "GENOMFORD", "nej"),
        ("Tekniska nämnden", "Gata/park", "Kontroll av att vinterväghållning utförs enligt avtal med entreprenör",
         [("T1", "Genomförd", "", "2025-05-02"), ("T2", "Ej bedömd", "", ""),
          ("Helår", "Genomförd med avvikelse", "Två tillfällen med sen snöröjning; vite har utkrävts.", "2026-01-27")], "GENOMFORD", "ja"),
        ("Tekniska nämnden", "Fordon", "Kontroll av att drivmedelskort används enligt riktlinjer",
         [("T1", "Pågående", "", "2025-05-02"),
          ("Helår", "Avbruten", "Avbruten genom beslut TN 2025-09-18 § 71 – nya kort införs.", "2026-01-27")], "UTGAR", ""),
        ("Tekniska nämnden", "Investeringar", "Kontroll av att investeringsprojekt följer beslutad budget",
         [("T1", "Ej bedömd", "", ""), ("T2", "Ej bedömd", "", ""), ("Helår", "Ej bedömd", "", "")], "SAKNAS", ""),
        ("Tekniska nämnden", "Lekplatser", "Kontroll av egenkontroller på allmänna lekplatser",
         [("T2", "Pågående", "", "2025-09-10"),
          ("Helår", "Delvis genomförd", "12 av 19 lekplatser besiktigade.", "2026-01-28")], "DELVIS", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for org, proc, km, per, es, ea in ctl:
            for p, s, c, dt in per:
                w.writerow([org, "Internkontrollplan 2025", proc, km, p, s, c, dt])
            exp(fil, org, km, es, ea)
    FILES.append((fil, "INLAST", K, "2025", "HELAR"))
    FILES.append((fil, "INLAST", T, "2025", "HELAR"))


# ============================================================ File 7: Sandviksbostäder docx, tick columns
def file_bolag():
    fil = "Sandviksbostader_Rapport_intern_kontroll_2025.docx"
    N = "Sandviks Bostads AB"
    d = new_doc("Sandviksbostäder AB (556123-4567)", "Styrelsemöte 2026-02-24, ärende 7", "Sandviksbostäder AB · Storgatan 12 · 811 30 Sandvik · www.sandviksbostader.se")
    cover(d, ["Rapport intern kontroll 2025", "Till styrelsen för Sandviks Bostads AB", "Avser helåret 2025"],
          "SBAB 2026/03", "2026-02-10")
    toc(d, [("1 Inledning", 2), ("2 Förslag till beslut", 2), ("3 Genomförda kontroller", 3), ("4 Underskrift", 4)])
    history(d, [["A", "2026-01-25", "Hanna Wik, ekonomichef", "Utkast"], ["B", "2026-02-10", "Hanna Wik, ekonomichef", "Till styrelsen"]])
    d.add_heading("1 Inledning", level=1)
    d.add_paragraph("Styrelsen fastställde internkontrollplanen för 2025 den 2024-12-16. Enligt ägardirektivet ska "
                    "bolaget årligen rapportera resultatet av den interna kontrollen till kommunstyrelsen.")
    d.add_heading("2 Förslag till beslut", level=1)
    d.add_paragraph("Styrelsen beslutar att godkänna rapporten och överlämna den till Sandviks kommun.")
    page_break(d)
    d.add_heading("3 Genomförda kontroller", level=1)
    d.add_paragraph("Markera med X i den kolumn som stämmer.")
    rows = [
        ("Kontroll av hyresavier mot hyreskontrakt", "X", "", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av att beställningar av underhåll attesteras enligt attestordning", "X", "", "",
         "En faktura attesterad av fel person; rättad.", "GENOMFORD", "ja"),
        ("Kontroll av att besiktning av hissar och ventilation (OVK) utförts", "", "X", "",
         "OVK klar, hissbesiktning återstår för fyra fastigheter.", "DELVIS", ""),
        ("Kontroll av hyresfordringar och inkassoprocess", "X", "", "X", "", "OKLAR", ""),
        ("Kontroll av kösystem och lägenhetsfördelning enligt uthyrningspolicy", "", "", "", "Se bilaga 2", "OKLAR", ""),
        ("Kontroll av bisysslor hos anställda", "", "", "X", "Enkät har inte skickats ut.", "EJ_GENOMFORD", ""),
        ("Kontroll av att nyckelkvitteringar finns för samtliga utlämnade nycklar", "", "", "", "", "SAKNAS", ""),
    ]
    add_table(d, ["Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Iakttagelser / kommentar"],
              [r[:5] for r in rows], head_fill="D0CECE", widths=[6.5, 1.8, 1.6, 1.8, 6])
    for r in rows:
        exp(fil, N, r[0], r[5], r[6])
    d.add_heading("4 Underskrift", level=1)
    signatures(d, [("Johan Strand", "VD"), ("Hanna Wik", "Ekonomichef")])
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ============================================================ Reject: covering letter (missiv)
def file_missiv():
    fil = "Missiv_uppfoljning_intern_kontroll_2025.docx"
    d = new_doc("Sandviks kommun – Ekonomiavdelningen", "Dnr KS 2025/0187", "Missiv")
    d.add_heading("Missiv – Nämndernas uppföljning av intern kontroll 2025", level=1)
    d.add_paragraph("Till: Kommunstyrelsen\nFrån: Ekonomiavdelningen\nDatum: 2026-02-12")
    d.add_paragraph("Ekonomiavdelningen har tagit emot nämndernas och bolagens uppföljningar av internkontrollplanerna "
                    "för 2025. Uppföljningarna bifogas i sin helhet. Miljö- och hälsoskyddsnämnden och "
                    "Överförmyndarnämnden har ännu inte inkommit med sina uppföljningar.")
    add_table(d, ["Bilaga", "Nämnd/bolag", "Dokument", "Inkom"], [
        ["1", "Kommunstyrelsen", "Tjänsteskrivelse KS 2025/0187", "2026-01-28"],
        ["2", "Barn- och utbildningsnämnden", "Uppföljning internkontrollplan", "2026-02-03"],
        ["3", "Socialnämnden", "Uppföljning IKP 2025 (Excel)", "2026-02-02"],
        ["4", "Vård- och omsorgsnämnden", "Tjänsteskrivelse VON 2026/012", "2026-02-05"],
        ["5", "Samhällsbyggnadsnämnden", "Årsuppföljning intern kontroll", "2026-01-30"],
        ["6", "Kultur- och fritidsnämnden, Tekniska nämnden", "Export från Stratsys", "2026-02-06"],
        ["7", "Sandviks Bostads AB", "Rapport intern kontroll 2025", "2026-02-10"],
    ])
    d.add_paragraph()
    d.add_paragraph("Med vänlig hälsning\nMats Holm\nEkonomichef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def main():
    for f in os.listdir(OUT):
        if f not in ("make_round.py", "README.md"):
            p = os.path.join(OUT, f)
            if os.path.isfile(p):
                os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r231_")
    try:
        file_ks(); file_bun(); file_sn(); file_von(tmp); file_sbn(tmp); file_stratsys(); file_bolag(); file_missiv()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in [
            ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
            ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
            ("Socialnämnden", "SN|Socialförvaltningen"),
            ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
            ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
            ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
            ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen"),
            ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
            ("Valnämnden", "VN"),
            ("Sandviks Bostads AB", "Sandviksbostäder|Sandviksbostäder AB|SBAB"),
        ]:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
