#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 56 – Gävle kommun (Gästrikland), tertial 2 2025, a careless inbox.

Builds every follow-up file plus namnder.csv, files.csv and expected.csv from scratch.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE

# ---------------------------------------------------------------------------
# bookkeeping
# ---------------------------------------------------------------------------
FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)

GEN, DEL, EJ, UTG, SAK, OKL = "GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"


def expect(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km, km
    assert status in (GEN, DEL, EJ, UTG, SAK, OKL), status
    assert avv in ("ja", "nej")
    EXPECTED.append((fil, namnd, km, status, avv))


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
GREEN = PatternFill("solid", fgColor="92D050")
YELLOW = PatternFill("solid", fgColor="FFEB84")
RED = PatternFill("solid", fgColor="FF7C80")
GREY = PatternFill("solid", fgColor="D9D9D9")
HEAD = PatternFill("solid", fgColor="DDEBF7")


def clean_out():
    for name in os.listdir(OUT):
        if name in ("make_round.py", "README.md"):
            continue
        p = os.path.join(OUT, name)
        if os.path.isdir(p):
            shutil.rmtree(p)
        else:
            os.remove(p)


# ---------------------------------------------------------------------------
# F1  Kommunstyrelsen – status column moved to the far left (xlsx)
# ---------------------------------------------------------------------------
def f1():
    fil = "IKP_uppfoljning_KS_T2_2025.xlsx"
    namnd = "Kommunstyrelsen"
    # status, nr, process, risk, kontrollmoment, metod, ansvarig, resultat, avvikelse, expected
    rows = [
        ("Genomförd", 1, "Inköp och upphandling", "Köp utanför avtal",
         "Stickprov av 20 leverantörsfakturor över 50 000 kr mot gällande avtal",
         "Stickprov, en gång per tertial", "Upphandlingschef",
         "20 fakturor granskade. 3 köp saknade avtal (konsulttjänster IT). Återkoppling till berörda chefer har skett.",
         "Ja", GEN, "ja"),
        ("Genomförd", 2, "Attest och behörigheter", "Felaktig eller saknad attest",
         "Kontroll att attestförteckningarna är uppdaterade efter omorganisationen 1 mars",
         "Genomgång av samtliga förteckningar", "Redovisningschef",
         "Samtliga attestförteckningar uppdaterade i Raindance. Inga avvikelser.",
         "Nej", GEN, "nej"),
        ("Pågår", 3, "Representation", "Representation som inte följer riktlinjen",
         "Granskning av representationsfakturor jan–jun avseende syfte och deltagarförteckning",
         "Samtliga fakturor konto 6071/6072", "Controller",
         "Ungefär hälften av underlaget granskat. Hittills inga avvikelser.",
         "Nej", DEL, "nej"),
        ("", 4, "Lön och personal", "Lön betalas ut efter avslutad anställning",
         "Kontroll av att avslutade anställningar stängts i lönesystemet inom 30 dagar",
         "Rapport ur Heroma", "HR-chef",
         "Kontrollen är genomförd i juni. 2 av 41 avslut registrerades för sent och lön betalades ut felaktigt i ett fall – beloppet har återkrävts.",
         "Ja", GEN, "ja"),
        ("Ej påbörjad", 5, "Informationssäkerhet", "Obehörig åtkomst till ekonomisystemet",
         "Uppföljning av behörigheter i ekonomisystemet – stickprov 15 användare",
         "Stickprov", "Systemförvaltare ekonomi",
         "Planeras till oktober på grund av systemuppgradering i augusti.",
         "", EJ, "nej"),
        ("Genomförd", 6, "Dokument- och ärendehantering", "Handlingar diarieförs inte i tid",
         "Kontroll av att inkomna handlingar diarieförs inom tre arbetsdagar",
         "Stickprov 30 handlingar", "Kanslichef",
         "Kontrollen har inte hunnit genomföras under perioden, flyttas till T3.",
         "", GEN, "nej"),
        ("Utgår", 7, "Bisysslor", "Otillåtna bisysslor",
         "Årlig inventering av anställdas bisysslor",
         "Enkät till chefer", "HR-chef",
         "Utgår enligt beslut i KS 2025-04-08 § 67, hanteras fortsättningsvis i HR-processen.",
         "", UTG, "nej"),
        ("?", 8, "Krisberedskap", "Kommunen kan inte leda vid en kris",
         "Kontroll att krisledningsplanen är reviderad och kommunicerad till krisledningsstaben",
         "Dokumentgranskning", "Säkerhetsstrateg",
         "", "", OKL, "nej"),
        ("", 9, "Avtalshantering", "Avtal saknas eller är okända för verksamheten",
         "Kontroll att avtal över 100 tkr är registrerade i avtalsdatabasen",
         "Stickprov 20 avtal", "Upphandlingschef",
         "", "", SAK, "nej"),
        ("Delvis", 10, "Lokaler", "Felaktig hyra i externa hyresavtal",
         "Uppföljning av att externa hyresavtal har rätt indexuppräkning",
         "Genomgång av samtliga avtal", "Fastighetsstrateg",
         "6 av 9 avtal kontrollerade. Ett avtal hade felaktig uppräkning (fel KPI-basmånad), korrigering begärd hos hyresvärden.",
         "Ja", DEL, "ja"),
    ]
    fills = {"Genomförd": GREEN, "Pågår": YELLOW, "Delvis": YELLOW, "Ej påbörjad": RED, "Utgår": GREY}
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning T2"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: Tertial 2 (januari–augusti) 2025"
    ws["A3"] = "Kommunledningskontoret, ekonomiavdelningen. Kontaktperson: Anna Sjöberg, controller"
    head = ["Status", "Nr", "Process", "Risk", "Kontrollmoment", "Metod / frekvens", "Ansvarig",
            "Resultat / kommentar", "Avvikelse (Ja/Nej)"]
    hr = 5
    for c, h in enumerate(head, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True)
        cell.fill = HEAD
        cell.border = BORDER
        cell.alignment = WRAP
    r = hr + 1
    for row in rows:
        st, nr, proc, risk, km, metod, ans, res, avv, exp_st, exp_avv = row
        vals = [st or None, nr, proc, risk, km, metod, ans, res or None, avv or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = WRAP
        if st in fills:
            ws.cell(r, 1).fill = fills[st]
        expect(fil, namnd, km, exp_st, exp_avv)
        r += 1
    r += 1
    ws.cell(r, 1, "Uppföljningen har stämts av med förvaltningens ledningsgrupp 2025-09-09.")
    ws.cell(r + 1, 1, "Kommundirektör Lars Wikström")
    widths = [13, 5, 22, 26, 48, 22, 18, 55, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# F2  Utbildningsnämnden – header at row 12 under instruction block (.xls)
# ---------------------------------------------------------------------------
def f2():
    fil = "Utbildningsnamnden_internkontroll_tertial2_2025.xls"
    namnd = "Utbildningsnämnden"
    rows = [
        ("U1", "Skolskjuts", "Felaktig debitering från entreprenör",
         "Stickprov av 10 fakturor för skolskjuts mot avtalade priser", "G",
         "10 fakturor kontrollerade mot avtal med Gävleborgs Taxi AB. Inga avvikelser.", "Nej", "", "Skolskjutssamordnare", GEN, "nej"),
        ("U2", "Betyg och bedömning", "Betyg registreras inte korrekt",
         "Kontroll av att samtliga slutbetyg åk 9 registrerats i elevregistret före 30 juni", "G",
         "Samtliga slutbetyg registrerade 2025-06-16.", "Nej", "", "Rektorer åk 7–9", GEN, "nej"),
        ("U3", "Trygghet och studiero", "Kränkande behandling anmäls inte till huvudman",
         "Stickprov: anmälningar om kränkande behandling rapporteras till huvudman inom 5 dagar", "D",
         "Stickprov gjort på 4 av 9 skolor. 7 av 32 anmälningar kom in senare än 5 dagar.", "Ja",
         "Påminnelse till rektorer, rutinen gås igenom på rektorsmöte i september.", "Verksamhetsutvecklare", DEL, "ja"),
        ("U4", "Närvaro", "Hög frånvaro fångas inte upp",
         "Uppföljning av rutin för hög frånvaro – kontakt med vårdnadshavare dokumenteras", "E",
         "Ej genomförd, ansvarig har varit sjukskriven. Flyttas till hösten.", "", "", "Elevhälsochef", EJ, "nej"),
        ("U5", "Inköp", "Inköp utanför avtal",
         "Kontroll att inköp av läromedel sker via upphandlat avtal", "X",
         "Se mejl från enhetschef", "", "", "Controller", OKL, "nej"),
        ("U6", "Skydd av tillgångar", "Datorer och utrustning försvinner",
         "Inventering av elevdatorer – stickprov på två gymnasieskolor", "G",
         "Inventering genomförd på Vasaskolan och Polhemsskolan. 14 datorer kunde inte lokaliseras.", "Ja",
         "Skolorna inför kvittens vid utlämning från ht 2025.", "IT-samordnare", GEN, "ja"),
        ("U7", "Statsbidrag", "Statsbidrag återbetalas",
         "Kontroll att statsbidrag för lärarlönelyftet återredovisats korrekt", "U",
         "Statsbidraget har upphört, kontrollen utgår enligt beslut UN 2025-03-19 § 22.", "", "", "Controller", UTG, "nej"),
        ("U8", "Personal", "Olämplig person anställs",
         "Kontroll av utdrag ur belastningsregistret vid nyanställning", "",
         "", "", "", "HR-partner", SAK, "nej"),
        ("U9", "Extra anpassningar", "Elever får inte det stöd de har rätt till",
         "Kontroll att extra anpassningar dokumenteras i elevakten", "g",
         "Klart, stickprov 20 elever, inga brister.", "Nej", "", "Rektorer", GEN, "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    lines = [
        ("INTERNKONTROLLPLAN 2025 – UPPFÖLJNING", True),
        ("Nämnd: Utbildningsnämnden", True),
        ("Period: Tertial 2 2025 (per 31 augusti)", False),
        ("Instruktioner", True),
        ("1. Fyll i kolumnen Status för varje kontrollmoment med någon av koderna nedan.", False),
        ("     G = Genomförd      D = Delvis genomförd      E = Ej genomförd      U = Utgår (kräver nämndbeslut)", False),
        ("2. Beskriv i kolumnen Resultat vad kontrollen har visat, även när inga avvikelser har hittats.", False),
        ("3. Ange Ja i kolumnen Avvikelse om kontrollen visat brister och beskriv åtgärd i kolumnen Åtgärd.", False),
        ("4. Ändra inte i kolumnerna A–D, de är hämtade från den beslutade internkontrollplanen.", False),
        ("5. Skicka filen till ekonomiavdelningen senast 15 september. Frågor: Maria Lund, controller, tfn 026-17 80 00.", False),
    ]
    for i, (t, b) in enumerate(lines, 1):
        ws.cell(i, 1, t).font = Font(bold=b, size=13 if i == 1 else 11)
    head = ["Nr", "Process", "Risk", "Kontrollmoment", "Status", "Resultat", "Avvikelse", "Åtgärd", "Ansvarig"]
    hr = 12
    for c, h in enumerate(head, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True)
        cell.fill = HEAD
        cell.border = BORDER
    r = hr + 1
    for row in rows:
        nr, proc, risk, km, st, res, avv, atg, ans, exp_st, exp_avv = row
        for c, v in enumerate([nr, proc, risk, km, st, res, avv, atg, ans], 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
        expect(fil, namnd, km, exp_st, exp_avv)
        r += 1
    for col, w in zip("ABCDEFGHI", [6, 20, 28, 50, 8, 50, 10, 40, 20]):
        ws.column_dimensions[col].width = w
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, fil.replace(".xls", ".xlsx"))
    wb.save(src)
    prof = tempfile.mkdtemp()
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                    "--convert-to", "xls", "--outdir", OUT, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(tmp)
    shutil.rmtree(prof, ignore_errors=True)
    assert os.path.exists(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# F3  Socialnämnden – bold process rows with subtotal lines (xlsx)
# ---------------------------------------------------------------------------
def f3():
    fil = "SN IK-uppföljning 2025 T2.xlsx"
    namnd = "Socialnämnden"
    groups = [
        ("Process: Ekonomiskt bistånd", [
            ("Stickprov 15 akter: beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
             "Stickprov", "Enhetschef försörjningsstöd", "Pågår", "Klar", "",
             "15 akter granskade. 1 beslut var fattat av handläggare utan delegation – påminnelse har gått ut.", GEN, "ja"),
            ("Kontroll av dubbelutbetalningar mot Försäkringskassan via SSBTEK",
             "Månadsvis avstämning", "Systemförvaltare", "Klar", "Klar", "",
             "Inga dubbelutbetalningar upptäckta.", GEN, "nej"),
            ("Uppföljning av att beslutade återkrav har fakturerats",
             "Genomgång av samtliga återkravsbeslut", "Controller", "Pågår", "", "",
             "", DEL, "nej"),
        ], 2),
        ("Process: Myndighetsutövning barn och unga", [
            ("Kontroll att förhandsbedömning av orosanmälan görs inom 14 dagar",
             "Stickprov 30 anmälningar", "Enhetschef mottagning", "Ej påbörjad", "Pågår", "",
             "Stickprovet pågår, hittills 4 anmälningar där tiden överskridits.", DEL, "ja"),
            ("Kontroll att utredningstiden på fyra månader hålls",
             "Rapport ur verksamhetssystemet", "Enhetschef utredning", "", "Klar", "",
             "112 avslutade utredningar, samtliga inom fyra månader eller med beslut om förlängning.", GEN, "nej"),
            ("Uppföljning av att barn placerade i familjehem besöks minst fyra gånger per år",
             "Stickprov 10 akter", "Enhetschef familjehem", "", "Ej påbörjad", "",
             "Genomförs under hösten.", EJ, "nej"),
        ], 1),
        ("Process: Placeringar och köpt vård", [
            ("Kontroll att köpt vård (HVB) sker inom ramavtal eller med dokumenterad motivering",
             "Genomgång av samtliga nya placeringar", "Placeringssamordnare", "Klar", "Klar", "",
             "2 placeringar utanför ramavtal saknade dokumenterad motivering. Ärendet lyft i ledningsgruppen.", GEN, "ja"),
            ("Avstämning av fakturor för köpt vård mot beslut och antal vårddygn",
             "Stickprov", "Ekonomiassistent", "Ej aktuell", "", "",
             "Ingår i kontrollen ovan.", UTG, "nej"),
        ], 1),
        ("Process: Informationssäkerhet", [
            ("Logguppföljning i verksamhetssystemet – stickprov 10 användare per månad",
             "Stickprov", "Systemförvaltare", "Klar", "Klar", "",
             "En otillåten åtkomst upptäcktes i maj. Anmäld till IMY och hanterad arbetsrättsligt.", GEN, "ja"),
            ("Kontroll att tystnadspliktsförbindelse finns för nyanställda och praktikanter",
             "Stickprov 20 personakter", "HR-partner", "", "", "",
             "", SAK, "nej"),
            ("Kontroll av att behörigheter tas bort vid avslutad anställning",
             "Avstämning mot HR-system", "Systemförvaltare", "", "Osäkert", "",
             "Rapport från IT saknas ännu.", OKL, "nej"),
        ], 1),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Rapporterad period: tertial 2 (T2) 2025"
    head = ["Kontrollmoment", "Kontrollmetod", "Ansvarig", "T1", "T2", "T3", "Kommentar"]
    hr = 5
    for c, h in enumerate(head, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BORDER
    r = hr + 1
    total = 0
    for title, ctrls, n_done in groups:
        ws.cell(r, 1, title).font = Font(bold=True)
        for c in range(1, 8):
            ws.cell(r, c).fill = GREY
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        done = 0
        for km, metod, ans, t1, t2, t3, kom, exp_st, exp_avv in ctrls:
            for c, v in enumerate([km, metod, ans, t1, t2, t3, kom], 1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.border = BORDER
                cell.alignment = WRAP
            if exp_st == GEN:
                done += 1
            expect(fil, namnd, km, exp_st, exp_avv)
            r += 1
        assert done == n_done, (title, done, n_done)
        total += done
        ws.cell(r, 1, "Antal genomförda: %d" % n_done).font = Font(italic=True, bold=True)
        r += 1
    r += 1
    ws.cell(r, 1, "Totalt antal genomförda: %d av 11" % total).font = Font(bold=True)
    ws.cell(r + 2, 1, "Godkänd av socialchef Eva Hedlund 2025-09-11")
    for col, w in zip("ABCDEFG", [60, 26, 24, 12, 12, 12, 60]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# F4  Samhällsbyggnad Gävle – Word document, two nämnder, own heading + table
# ---------------------------------------------------------------------------
def f4():
    from docx import Document
    from docx.shared import Pt
    fil = "Uppföljning intern kontroll T2 2025 Samhällsbyggnad Gävle.docx"
    sbn = "Samhällsbyggnadsnämnden"
    mmb = "Myndighetsnämnden för miljö och bygg"
    sbn_rows = [
        ("Exploatering", "Kontroll att exploateringsavtal följs upp mot faktiska kostnader",
         "Genomförd", "Tre avtal följda upp (Gävle Strand etapp 2, Ersbo, Hemlingby). Inga avvikelser.", GEN, "nej"),
        ("Upphandling", "Stickprov av 15 fakturor från ramavtal för mark- och anläggningsentreprenader",
         "Genomförd med anmärkning", "2 fakturor hade à-priser över avtalat pris. Kreditering har begärts.", GEN, "ja"),
        ("Intäkter", "Kontroll att arrendeavgifter fakturerats enligt avtal",
         "Delvis", "Jordbruksarrenden kontrollerade utan anmärkning, bostadsarrenden återstår.", DEL, "nej"),
        ("Bidrag", "Kontroll av att beviljade LONA-bidrag har återredovisats",
         "Ej genomförd", "Resursbrist under våren.", EJ, "nej"),
        ("Dokumenthantering", "Kontroll att detaljplaneärenden diarieförs vid uppstart",
         "Avbruten", "", EJ, "nej"),
        ("Markförvaltning", "Uppföljning av att markanvisningar lett till tecknat avtal inom sex månader",
         "Se bilaga", "", OKL, "nej"),
    ]
    mmb_rows = [
        ("Kontroll att bygglov beslutas inom lagstadgad tid (10 veckor)", "Ja",
         "Stickprov 25 ärenden: 2 ärenden överskred tiden och avgiften reducerades enligt PBL.",
         "Genomgång av ärendeflödet på bygglovsenheten.", GEN, "ja"),
        ("Kontroll att tillsynsavgifter debiteras enligt taxa", "Delvis",
         "Livsmedelskontrollen är klar, miljöskydd påbörjat.", "", DEL, "nej"),
        ("Kontroll av jäv – att handläggare inte handlagt ärenden med koppling till närstående", "Nej",
         "Planerad till T3.", "", EJ, "nej"),
        ("Uppföljning av att delegationsbeslut anmäls till nämnden", "",
         "Samtliga delegationsbeslut har anmälts till nämnden. Kontrollen genomförd utan anmärkning.", "", GEN, "nej"),
        ("Kontroll av att klagomålsärenden får återkoppling inom två veckor", "Utgår",
         "Struken vid revideringen av planen i april.", "", UTG, "nej"),
        ("Kontroll av att inspektionsrapporter kommuniceras före beslut", "",
         "", "", SAK, "nej"),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading("Uppföljning av internkontrollplaner – tertial 2 2025", level=0)
    doc.add_paragraph("Samhällsbyggnad Gävle\nDatum: 2025-09-10\nHandläggare: Johan Berglund, verksamhetscontroller")
    doc.add_paragraph(
        "Samhällsbyggnad Gävle är gemensam förvaltning för Samhällsbyggnadsnämnden och Myndighetsnämnden "
        "för miljö och bygg. Förvaltningen redovisar här uppföljningen av båda nämndernas internkontrollplaner "
        "för perioden januari–augusti 2025 (tertial 2). Varje nämnd redovisas under egen rubrik och "
        "behandlas i respektive nämnd i september.")
    doc.add_heading("Samhällsbyggnadsnämnden", level=1)
    doc.add_paragraph("Nämnden har sex kontrollmoment i internkontrollplanen 2025.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Process", "Kontrollmoment", "Status", "Kommentar"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for proc, km, stt, kom, es, ea in sbn_rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = proc, km, stt, kom
        expect(fil, sbn, km, es, ea)
    doc.add_paragraph("")
    doc.add_heading("Myndighetsnämnden för miljö och bygg", level=1)
    doc.add_paragraph("Kontrollerna har genomförts av miljö- respektive byggavdelningen.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Utfört (Ja/Nej/Delvis)", "Iakttagelser", "Åtgärder"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for km, stt, iakt, atg, es, ea in mmb_rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = km, stt, iakt, atg
        expect(fil, mmb, km, es, ea)
    doc.add_paragraph("")
    doc.add_paragraph("Gävle den 10 september 2025")
    doc.add_paragraph("Karin Öberg\nFörvaltningschef, Samhällsbyggnad Gävle")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", sbn, "2025", "T2"))
    FILES.append((fil, "INLAST", mmb, "2025", "T2"))


# ---------------------------------------------------------------------------
# F5  Tab-separated export with fixed-width padding, two nämnder, a row per period (cp1252)
# ---------------------------------------------------------------------------
def f5():
    fil = "Export_IK_uppfoljning_2025-09-05.txt"
    kfn = "Kultur- och fritidsnämnden"
    bun = "Barn- och ungdomsnämnden"
    # (org, process, kontrollmoment, [(period, status, kommentar), ...], expected, avv)
    ctrls = [
        (kfn, "Bidrag", "Kontroll att föreningsbidrag betalats ut enligt beslut och regelverk",
         [("T1", "Pågår", "Urval gjort, 20 föreningar."),
          ("T2", "Genomförd", "20 föreningar kontrollerade. En förening fick dubbelt aktivitetsstöd, beloppet återkrävt.")],
         GEN, "ja"),
        (kfn, "Kontanthantering", "Oanmäld kassakontroll på Fjärran Höjdens badhus",
         [("T1", "Genomförd", "Inga differenser."), ("T2", "Genomförd", "Inga differenser.")], GEN, "nej"),
        (kfn, "Skydd av tillgångar", "Inventering av konstsamlingen – stickprov 50 verk",
         [("T1", "Ej påbörjad", ""),
          ("T2", "", "Inventeringen genomförd i juni. 3 verk kunde inte lokaliseras och har polisanmälts.")],
         GEN, "ja"),
        (kfn, "Intäkter", "Kontroll att hyror för idrottsanläggningar debiteras korrekt",
         [("T1", "Pågår", ""), ("T2", "", "")], DEL, "nej"),
        (kfn, "Säkerhet", "Uppföljning av säkerhetsrutiner vid större evenemang",
         [("T1", "", ""), ("T2", "Utgår", "Avbruten genom beslut i KFN 2025-05-20 § 41.")], UTG, "nej"),
        (bun, "Avgifter", "Stickprov av barnomsorgsavgifter – inkomstuppgifter mot Skatteverket",
         [("T1", "Genomförd", "Urval 100 hushåll."),
          ("T2", "Genomförd", "12 av 100 hushåll hade för låg redovisad inkomst. Efterdebitering skickad.")],
         GEN, "ja"),
        (bun, "Barnregistrering", "Kontroll att förskolans barnregistrering stämmer mot faktisk närvaro",
         [("T1", "Pågår", ""), ("T2", "Pågår", "Hälften av enheterna klara, inga avvikelser hittills.")], DEL, "nej"),
        (bun, "Orosanmälan", "Kontroll av att orosanmälningar från förskolan görs och dokumenteras",
         [("T1", "", ""), ("T2", "Ej genomförd", "Skjuts till T3.")], EJ, "nej"),
        (bun, "Inköp", "Kontroll av leverantörsfakturor för livsmedel mot avtal",
         [("T1", "Genomförd", "Inga avvikelser.")], GEN, "nej"),
        (bun, "Personal", "Kontroll att registerutdrag finns för all personal i förskolan",
         [("T1", "", ""), ("T2", "?", "")], OKL, "nej"),
        (bun, "Arbetsmiljö", "Uppföljning av sjukfrånvaro per enhet mot handlingsplan",
         [("T2", "", "")], SAK, "nej"),
    ]
    widths = [30, 8, 22, 75, 14]
    head = ["Organisation", "Period", "Process", "Kontrollmoment", "Status", "Kommentar"]

    def line(vals):
        out = []
        for i, v in enumerate(vals):
            out.append(v.ljust(widths[i]) if i < len(widths) else v)
        return "\t".join(out).rstrip(" ")

    lines = ["Rapport: Intern kontroll – uppföljning av kontrollmoment",
             "Utskriven: 2025-09-05 14:32   Användare: ekonomi\\malu01",
             "Urval: År 2025, Period T1–T2, Organisation: Kultur & Fritid; Förskola & Skola",
             "", line(head), line(["-" * (w - 1) for w in widths] + ["-" * 40])]
    for org, proc, km, periods, es, ea in ctrls:
        for per, stt, kom in periods:
            lines.append(line([org, "2025 " + per, proc, km, stt, kom]))
        expect(fil, org, km, es, ea)
    lines += ["", "Antal rader: %d" % sum(len(c[3]) for c in ctrls)]
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")
    FILES.append((fil, "INLAST", kfn, "2025", "T2"))
    FILES.append((fil, "INLAST", bun, "2025", "T2"))


# ---------------------------------------------------------------------------
# F6  Omsorgsnämnden – .ods, status as percent done
# ---------------------------------------------------------------------------
def f6():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
    from odf.number import PercentageStyle, Number, Text as NText
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P

    fil = "ON_uppföljning IKP T2 2025.ods"
    namnd = "Omsorgsnämnden"
    # (område, km, ansvarig, value, resultat, expected, avv); value: float -> percentage cell,
    # ("float", x) -> plain number, str -> text cell, None -> empty
    rows = [
        ("Hemtjänst", "Kontroll att utförd tid i hemtjänsten stämmer mot beviljad tid – stickprov 20 brukare",
         "Enhetschef hemtjänst", 1.0,
         "Avvikelser hos 3 brukare där utförd tid understeg beviljad tid. Följs upp av enhetschef.", GEN, "ja"),
        ("Läkemedel", "Kontroll av läkemedelshantering – signeringslistor på särskilda boenden",
         "MAS", ("float", 0.6), "3 av 5 boenden granskade, inga brister hittills.", DEL, "nej"),
        ("Avgifter", "Kontroll av att omsorgsavgifter beräknats på aktuella inkomstuppgifter",
         "Avgiftshandläggare", 1.0, "Inga avvikelser.", GEN, "nej"),
        ("Lex Sarah", "Kontroll att lex Sarah-rapporter utreds inom två månader",
         "Kvalitetsstrateg", 0.0, "Planeras till hösten.", EJ, "nej"),
        ("Bemanning", "Kontroll av timanställdas arbetstid mot arbetstidslagen",
         "HR-partner", "ca 50 %", "Påbörjad – underlag hämtat ur Heroma för januari–april.", DEL, "nej"),
        ("Privata utförare", "Uppföljning av avtal med privata utförare i LOV-hemtjänst",
         "Avtalscontroller", "Utgår", "LOV i hemtjänsten avskaffad från 2025-01-01.", UTG, "nej"),
        ("Kontanthantering", "Kontroll av brukares handkassor på gruppbostäder",
         "Enhetschef LSS", 0.25,
         "1 av 4 gruppbostäder kontrollerad. Differens på 850 kr upptäckt och polisanmäld.", DEL, "ja"),
        ("Dokumentation", "Kontroll att genomförandeplan upprättas inom tre veckor efter beslut",
         "Enhetschefer", None, "", SAK, "nej"),
        ("Delegering", "Kontroll att delegeringar av HSL-insatser är aktuella och signerade",
         "Sjuksköterskor", "100%", "Klart. 4 delegeringar hade gått ut och har förnyats.", GEN, "ja"),
    ]
    doc = OpenDocumentSpreadsheet()
    pct = PercentageStyle(name="N_PCT")
    pct.addElement(Number(decimalplaces="0", minintegerdigits="1"))
    pct.addElement(NText(text=" %"))
    doc.automaticstyles.addElement(pct)
    pcell = Style(name="cePct", family="table-cell", datastylename="N_PCT")
    doc.automaticstyles.addElement(pcell)
    bold = Style(name="ceBold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    bold.addElement(TableCellProperties(backgroundcolor="#dddddd"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="ceTitle", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(title)
    wrap = Style(name="ceWrap", family="table-cell")
    wrap.addElement(TableCellProperties(wrapoption="wrap"))
    doc.automaticstyles.addElement(wrap)
    colw = []
    for i, w in enumerate(["3cm", "9cm", "4cm", "3cm", "10cm"]):
        s = Style(name="co%d" % i, family="table-column")
        s.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(s)
        colw.append(s)

    tab = Table(name="Uppföljning T2")
    for s in colw:
        tab.addElement(TableColumn(stylename=s))

    def text_cell(t, style=None):
        c = TableCell(valuetype="string", stylename=style) if style else TableCell(valuetype="string")
        c.addElement(P(text=t))
        return c

    def add_row(cells):
        tr = TableRow()
        for c in cells:
            tr.addElement(c)
        tab.addElement(tr)

    add_row([text_cell("Omsorgsnämnden – uppföljning av internkontrollplan 2025", "ceTitle")])
    add_row([text_cell("Period: tertial 2, januari–augusti 2025")])
    add_row([text_cell("Andel genomfört anges i procent av planerad kontroll (100 % = kontrollen är klar).")])
    add_row([TableCell()])
    add_row([text_cell(h, "ceBold") for h in
             ["Område", "Kontrollmoment", "Kontrollansvarig", "Andel genomfört", "Resultat och kommentar"]])
    for omr, km, ans, val, res, es, ea in rows:
        cells = [text_cell(omr), text_cell(km, "ceWrap"), text_cell(ans)]
        if val is None:
            cells.append(TableCell())
        elif isinstance(val, float):
            c = TableCell(valuetype="percentage", value=str(val), stylename="cePct")
            c.addElement(P(text="%d %%" % round(val * 100)))
            cells.append(c)
        elif isinstance(val, tuple):
            c = TableCell(valuetype="float", value=str(val[1]))
            c.addElement(P(text=str(val[1]).replace(".", ",")))
            cells.append(c)
        else:
            cells.append(text_cell(val))
        cells.append(text_cell(res, "ceWrap") if res else TableCell())
        add_row(cells)
        expect(fil, namnd, km, es, ea)
    add_row([TableCell()])
    add_row([text_cell("Sammanställt av: Sofia Nyberg, kvalitetsstrateg, 2025-09-08")])
    doc.spreadsheet.addElement(tab)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# F7  Tekniska nämnden – statuses written in English by a new employee (xlsx)
# ---------------------------------------------------------------------------
def f7():
    fil = "TN_internkontroll_uppfoljning_T2_2025.xlsx"
    namnd = "Tekniska nämnden"
    rows = [
        (1, "VA", "Kontroll av att VA-taxan debiteras korrekt – stickprov 30 abonnenter", "T2",
         "Done", "Checked 30 customers, no errors found.", GEN, "nej"),
        (2, "Gata/park", "Kontroll att vinterväghållningsentreprenörens fakturor stämmer mot körjournaler", "T1, T3",
         "Done with remarks", "2 invoices had hours that did not match the GPS log. Credit note requested.", GEN, "ja"),
        (3, "Fordon", "Kontroll av drivmedelskort – stickprov 10 kort", "T2",
         "In progress", "5 of 10 cards checked so far, nothing found.", DEL, "nej"),
        (4, "Avfall", "Kontroll av att avfallsabonnemang stämmer mot fastighetsregistret", "Årligen",
         "Not started", "Planned for October.", EJ, "nej"),
        (5, "Investeringar", "Uppföljning av investeringsprojekt över 5 mnkr – slutredovisning inom sex månader", "Årligen",
         "N/A", "Not applicable this year – no projects finished (decision TN 2025-02-12 § 9).", UTG, "nej"),
        (6, "Arbetsmiljö", "Kontroll att skyddsronder genomförts på samtliga driftenheter", "T2",
         "Partly done", "4 of 6 units done.", DEL, "nej"),
        (7, "Upphandling", "Kontroll av direktupphandlingar över 100 tkr – dokumentation finns", "T2",
         "Not sure", "Need to check with the procurement unit.", OKL, "nej"),
        (8, "Lokaler", "Kontroll att hyresgästanpassningar godkänts enligt delegationsordningen", "T2",
         "", "", SAK, "nej"),
        (9, "Felanmälan", "Kontroll av att felanmälningar åtgärdas inom utlovad tid", "T1, T2, T3",
         "Yes", "Completed. 94 % fixed within promised time (target 90 %).", GEN, "nej"),
        (10, "Förråd", "Inventering av verktyg och maskiner i förråden", "Årligen",
         "Not done", "Staff shortage during the summer.", EJ, "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Tekniska nämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontrollplan 2025 – tertial 2"
    ws["A3"] = "Status anges som: Genomförd / Delvis genomförd / Ej genomförd / Utgår"
    ws["A3"].font = Font(italic=True, color="7F7F7F")
    head = ["Nr", "Process", "Kontrollmoment", "Kontrolltillfälle", "Status", "Kommentar"]
    hr = 5
    for c, h in enumerate(head, 1):
        cell = ws.cell(hr, c, h)
        cell.font = Font(bold=True)
        cell.fill = HEAD
        cell.border = BORDER
    dv = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"',
                        allow_blank=True, showErrorMessage=False)
    ws.add_data_validation(dv)
    r = hr + 1
    for nr, proc, km, frek, st, kom, es, ea in rows:
        for c, v in enumerate([nr, proc, km, frek, st, kom], 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
        dv.add("E%d" % r)
        expect(fil, namnd, km, es, ea)
        r += 1
    ws.cell(r + 1, 1, "Ifylld av: Ahmed Karimi, administratör Tekniska kontoret, 2025-09-04")
    for col, w in zip("ABCDEF", [5, 16, 60, 16, 18, 60]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# F8  Empty template sent by mistake – no nämnd, no controls -> AVVISAD
# ---------------------------------------------------------------------------
def f8():
    fil = "Mall uppföljning internkontroll 2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd:"
    ws["A3"] = "Period (T1/T2/T3):"
    ws["A4"] = "Status: Genomförd / Delvis genomförd / Ej genomförd / Utgår. Avvikelse: Ja/Nej."
    ws["A4"].font = Font(italic=True, color="7F7F7F")
    head = ["Nr", "Process", "Risk", "Kontrollmoment", "Status", "Resultat", "Avvikelse", "Åtgärd", "Ansvarig"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(6, c, h)
        cell.font = Font(bold=True)
        cell.fill = HEAD
        cell.border = BORDER
    dv = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"', allow_blank=True)
    ws.add_data_validation(dv)
    for r in range(7, 22):
        for c in range(1, 10):
            ws.cell(r, c).border = BORDER
        dv.add("E%d" % r)
    for col, w in zip("ABCDEFGHI", [6, 20, 28, 50, 14, 50, 10, 40, 20]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret"),
    ("Utbildningsnämnden", "UN|Utbildning Gävle"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Omsorgsnämnden", "ON|Omsorgsförvaltningen"),
    ("Barn- och ungdomsnämnden", "BUN|Förskola & Skola"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur & Fritid"),
    ("Samhällsbyggnadsnämnden", "SBN"),
    ("Myndighetsnämnden för miljö och bygg", "MMB|Miljö- och byggnämnden"),
    ("Tekniska nämnden", "TN|Tekniska kontoret"),
    ("Gemensamma överförmyndarnämnden", "ÖFN|Överförmyndarnämnden|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
]


def write_csvs():
    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
            wr = csv.writer(fh, delimiter=";", lineterminator="\n")
            wr.writerow(header)
            wr.writerows(rows)
    w("namnder.csv", ["nämnd", "alias"], REGISTER)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    names = {n for n, _ in REGISTER}
    for f in FILES:
        assert f[2] == "" or f[2] in names, f
    for e in EXPECTED:
        assert e[1] in names, e
        assert (e[0], "INLAST", e[1]) in {(f[0], f[1], f[2]) for f in FILES}, e


def main():
    clean_out()
    for fn in (f1, f2, f3, f4, f5, f6, f7, f8):
        fn()
    write_csvs()
    print("files:", len({f[0] for f in FILES}), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
