#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 11: follow-ups of internkontrollplaner 2025 for a fictional large kommun in Skåne
(Söderslätts kommun). Half of the nämnder export from the governance system (Stratsys-like .xlsx
and a Hypergene-like .csv), the other half send their own files.

Rebuild:  cd /work/blind/round11 && /usr/bin/python3 make_round.py
"""
import csv
import io
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import Outline
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
KOMMUN = "Söderslätts kommun"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, text, status, avv):
    EXPECTED.append((fil, namnd, text.replace(";", ",").replace("\n", " ").strip(), status, avv))


thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
GREEN = PatternFill("solid", fgColor="63BE7B")
YELLOW = PatternFill("solid", fgColor="FFD966")
RED = PatternFill("solid", fgColor="F8696B")
GREY = PatternFill("solid", fgColor="BFBFBF")
HEAD = PatternFill("solid", fgColor="1F4E78")
LIGHT = PatternFill("solid", fgColor="DDEBF7")



import datetime as _dt


def set_props(obj, author, when):
    """Plausible document metadata (author, dates) for xlsx Workbook or docx Document."""
    t = _dt.datetime.strptime(when, "%Y-%m-%d %H:%M")
    if hasattr(obj, "core_properties"):
        cp = obj.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.created = t
        cp.modified = t
    else:
        obj.properties.creator = author
        obj.properties.lastModifiedBy = author
        obj.properties.created = t
        obj.properties.modified = t


def soffice_convert(src, fmt, outdir):
    prof = "file:///tmp/lo_profile_round11"
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------------------------
# 1. Stratsys-like system export, .xlsx, report header block, grouped rows per nämnd
# ---------------------------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_Rapport_Internkontroll_20260114_0932.xlsx"
    # (process, risk, kontrollmoment, metod, frekvens, ansvarig, indikator-fill, statustext, kommentar,
    #  expected status, avvikelse)
    data = {
        "Kommunstyrelsen": [
            ("Ekonomisk redovisning", "Felaktiga utbetalningar till leverantörer",
             "Stickprovskontroll av 30 leverantörsfakturor avseende attest och underlag",
             "Stickprov", "Halvår", "Redovisningschef", GREEN, "Genomförd",
             "30 fakturor granskade. 2 fakturor saknade korrekt attest enligt attestordningen, "
             "återkopplat till berörda chefer.", "GENOMFORD", "ja"),
            ("Delegering", "Beslut fattas utan delegation",
             "Kontroll att delegationsbeslut anmäls till kommunstyrelsen",
             "Genomgång diarium", "Tertial", "Kanslichef", GREEN, "Genomförd",
             "Samtliga beslut i diariet för perioden har anmälts. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Informationssäkerhet", "Obehörig åtkomst till ekonomisystemet",
             "Kontroll av behörigheter i ekonomisystemet vid avslutad anställning",
             "Behörighetslista mot HR-system", "Årlig", "IT-chef", YELLOW, "Pågående",
             "Behörighetsgenomgången påbörjades i november. Hittills har 14 konton med aktiv "
             "behörighet efter avslutad anställning identifierats och stängts.", "DELVIS", "ja"),
            ("Upphandling", "Otillåtna direktupphandlingar",
             "Kontroll av att direktupphandlingar över 100 tkr dokumenteras",
             "Stickprov", "Årlig", "Upphandlingschef", RED, "Ej påbörjad",
             "Kontrollen har inte genomförts p.g.a. vakans på upphandlingsenheten. Flyttas till "
             "internkontrollplan 2026.", "EJ_GENOMFORD", "nej"),
        ],
        "Tekniska nämnden": [
            ("Fordon och maskiner", "Privat nyttjande av kommunens fordon",
             "Kontroll av körjournaler för kommunens fordon", "Stickprov 25 fordon", "Årlig",
             "Fordonssamordnare", GREEN, "Genomförd med anmärkning",
             "Körjournal saknades för 3 av 25 fordon under perioden mars–maj.", "GENOMFORD", "ja"),
            ("Vinterväghållning", "Fakturering av ej utförda arbeten",
             "Uppföljning av entreprenörers fakturor mot utförd snöröjning",
             "Avstämning mot GPS-loggar", "Säsong", "Driftchef gata", GREEN, "Genomförd",
             "Samtliga fakturor jan–mars avstämda mot GPS-loggar. Inga avvikelser.", "GENOMFORD", "nej"),
            ("VA-debitering", "Felaktig debitering av VA-avgifter",
             "Kontroll av att mätaravläsningar registreras korrekt i debiteringssystemet",
             "Stickprov 50 abonnenter", "Halvår", "VA-chef", YELLOW, "",
             "Stickprov genomfört för kvartal 1–2. Resterande del av kontrollen skjuts till januari 2026.",
             "DELVIS", "nej"),
            ("Arbetsmiljö", "Brister i arbetsmiljön på driftenheterna",
             "Kontroll att skyddsronder genomförts på samtliga driftenheter",
             "Protokollgenomgång", "Årlig", "Förvaltningschef", GREY, "Avbruten",
             "Avbruten efter beslut i TN 2025-06-12 § 58. Ersätts av central arbetsmiljörevision.",
             "UTGAR", "nej"),
        ],
        "Servicenämnden": [
            ("Löneadministration", "Lön betalas ut efter avslutad anställning",
             "Kontroll av att löneutbetalningar efter avslutad anställning inte sker",
             "Kontrollrapport lönesystem", "Månad", "Lönechef", GREEN, "Genomförd",
             "Kontrollrapporten körs varje månad. En felaktig utbetalning (12 400 kr) upptäcktes i april "
             "och har återkrävts.", "GENOMFORD", "ja"),
            ("Måltidsverksamhet", "Bristande livsmedelssäkerhet",
             "Kontroll av egenkontrollprogram i tillagningskök", "Besök och dokumentgranskning",
             "Årlig", "Kostchef", GREEN, "Genomförd",
             "Samtliga 18 tillagningskök kontrollerade utan anmärkning.", "GENOMFORD", "nej"),
            ("Kontaktcenter", "Servicegarantin uppfylls inte",
             "Uppföljning av svarstider i kontaktcenter mot servicegaranti", "Statistik telefoni",
             "Tertial", "Enhetschef kontaktcenter", GREEN, "Genomförd",
             "Mätningen kunde inte genomföras under året eftersom telefonisystemet byttes ut. "
             "Ingen statistik finns att tillgå.", "EJ_GENOMFORD", "nej"),
        ],
        "Fastighetsnämnden": [
            ("Hyresavtal", "Inaktuella avtal ger felaktiga hyresintäkter",
             "Kontroll av att hyresavtal för externa lokaler är uppdaterade i avtalsdatabasen",
             "Genomgång avtalsdatabas", "Årlig", "Förvaltare", YELLOW, "Pågående",
             "62 av 90 avtal genomgångna.", "DELVIS", "nej"),
            ("Underhåll", "Eftersatt underhåll",
             "Kontroll av att planerat underhåll följer underhållsplanen", "Avstämning mot plan",
             "Årlig", "Underhållschef", GREEN, "Genomförd",
             "Kontrollen visar att 13 % av planerade åtgärder inte utförts, främst ventilation. "
             "Avvikelsen rapporteras till nämnden i februari.", "GENOMFORD", "ja"),
            ("Energi", "Krav enligt lag uppfylls inte",
             "Kontroll av att energideklarationer finns för samtliga byggnader över 250 kvm",
             "Register", "Årlig", "Energistrateg", GREY, "Utgår",
             "Utgår enligt beslut FAN 2025-03-18 § 21.", "UTGAR", "nej"),
        ],
    }
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport"
    ws.sheet_properties.outlinePr = Outline(summaryBelow=False)
    hdr = [
        ("Stratsys  |  Rapport: Uppföljning internkontrollplan", Font(bold=True, size=14)),
        ("Organisation: " + KOMMUN, Font(size=10)),
        ("Period: Helår 2025", Font(size=10, bold=True)),
        ("Urval: Nämnder – Kommunstyrelsen, Tekniska nämnden, Servicenämnden, Fastighetsnämnden", Font(size=10)),
        ("Utskriven: 2026-01-14 09:32 av anna.lindqvist", Font(size=10, italic=True)),
        ("Statusindikator: grön = genomförd, gul = pågående, röd = ej påbörjad, grå = avbruten/utgår",
         Font(size=9, italic=True, color="666666")),
    ]
    for i, (t, f) in enumerate(hdr, start=1):
        ws.cell(row=i, column=1, value=t).font = f
    heads = ["Nämnd / Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
             "", "Status", "Kommentar helår"]
    r = 8
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD
        cell.border = BORDER
        cell.alignment = WRAP
    r += 1
    for namnd, rows in data.items():
        done = sum(1 for x in rows if x[7].startswith("Genomförd"))
        cell = ws.cell(row=r, column=1, value=f"{namnd} ({len(rows)})")
        cell.font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = LIGHT
        r += 1
        for row in rows:
            (proc, risk, km, metod, frekv, ansv, fill, st, kom, est, avv) = row
            vals = [proc, risk, km, metod, frekv, ansv, None, st, kom]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
            ws.cell(row=r, column=7).fill = fill
            ws.row_dimensions[r].outline_level = 1
            exp(fil, namnd, km, est, avv)
            r += 1
        cell = ws.cell(row=r, column=1,
                       value=f"Antal kontrollmoment: {len(rows)}   Varav status genomförd: {done}")
        cell.font = Font(italic=True, size=9)
        ws.row_dimensions[r].outline_level = 1
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Rapporten är genererad automatiskt ur Stratsys. "
            "Kommentarer redovisas som de registrerats av ansvarig.").font = Font(italic=True, size=8)
    widths = [24, 28, 42, 22, 10, 18, 3, 16, 60]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.freeze_panes = "A9"
    ws.oddHeader.left.text = "Stratsys"
    ws.oddHeader.right.text = "Sida &P av &N"
    ws.oddFooter.left.text = KOMMUN
    set_props(wb, "Anna Lindqvist", "2026-01-14 09:32")
    wb.save(os.path.join(OUT, fil))
    for n in data:
        FILES.append((fil, "INLAST", n, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 2. Hypergene-like system export, .csv, long format: one row per control and tertial
# ---------------------------------------------------------------------------------------------
def file_csv():
    fil = "ikp_kontroller_export_2025-09-30.csv"
    org = {"VON": ("Vård- och omsorgsförvaltningen", "Vård- och omsorgsnämnden"),
           "FSN": ("Funktionsstödsförvaltningen", "Funktionsstödsnämnden"),
           "RN": ("Räddningstjänsten Söderslätt", "Räddningsnämnden")}
    # id, org, process, kontrollmoment, periodicitet, [(period, status, bedömning, kommentar)], exp, avv
    ctrls = [
        ("IK-VO-01", "VON", "Biståndsbeslut och verkställighet",
         "Kontroll av att genomförandeplaner upprättas inom 14 dagar efter beslut", "Tertialvis",
         [("2024 T3", "Klar", "Avvikelse", "Stickprov 30 brukare, 9 planer försenade."),
          ("2025 T1", "Pågår", "", "Stickprov påbörjat."),
          ("2025 T2", "Klar", "Avvikelse",
           "Stickprov 40 brukare: 34 planer upprättade inom 14 dagar, 6 försenade. Återkopplat till enhetschefer.")],
         "GENOMFORD", "ja"),
        ("IK-VO-02", "VON", "Läkemedelshantering",
         "Stickprovskontroll av läkemedelsavvikelser och deras hantering", "Tertialvis",
         [("2025 T1", "Klar", "Ingen avvikelse", "20 avvikelser granskade, samtliga hanterade enligt rutin."),
          ("2025 T2", "Klar", "Ingen avvikelse", "Inga avvikelser i hanteringen.")],
         "GENOMFORD", "nej"),
        ("IK-VO-03", "VON", "Måltider på särskilt boende",
         "Kontroll av att nattfastan understiger 11 timmar på särskilda boenden", "Halvår",
         [("2025 T1", "Ej påbörjad", "", ""),
          ("2025 T2", "Pågår", "Avvikelse",
           "Mätning genomförd på 4 av 9 boenden. På två boenden överstiger nattfastan 11 timmar.")],
         "DELVIS", "ja"),
        ("IK-VO-04", "VON", "Hemtjänst",
         "Kontroll av hemtjänstens tidsregistrering mot beviljade timmar", "Tertialvis",
         [("2024 T3", "Klar", "Ingen avvikelse", "Inga avvikelser."),
          ("2025 T1", "Klar", "Ingen avvikelse", "Avstämning gjord för januari–april, inga avvikelser."),
          ("2025 T2", "", "", "")],
         "SAKNAS", "nej"),
        ("IK-VO-05", "VON", "Avgifter",
         "Kontroll av att avgiftsbeslut fattas inom en månad från insatsbeslut", "Årlig",
         [("2025 T2", "Utgår", "",
           "Ej aktuell. Avgiftshandläggningen flyttades till Kommunstyrelsen den 1 mars 2025.")],
         "UTGAR", "nej"),
        ("IK-FS-01", "FSN", "Verkställighet LSS",
         "Kontroll av att beslut enligt LSS verkställs inom tre månader", "Tertialvis",
         [("2025 T1", "Pågår", "", "Sammanställning pågår."),
          ("2025 T2", "Klar", "Avvikelse",
           "7 ej verkställda beslut äldre än tre månader, samtliga rapporterade till IVO.")],
         "GENOMFORD", "ja"),
        ("IK-FS-02", "FSN", "Brukarmedel",
         "Granskning av hantering av brukarmedel i gruppbostäder", "Tertialvis",
         [("2025 T1", "Klar", "Ingen avvikelse", "Kassaavstämning på 10 enheter utan anmärkning."),
          ("2025 T2", "Klar", "Avvikelse",
           "Kassaavstämning på 12 enheter. Differens på en enhet (340 kr) utreds.")],
         "GENOMFORD", "ja"),
        ("IK-FS-03", "FSN", "Delegering hälso- och sjukvård",
         "Kontroll av att personal har aktuella delegeringar för läkemedelshantering", "Halvår",
         [("2025 T2", "Pågår", "", "Försenad, slutförs i oktober.")],
         "DELVIS", "nej"),
        ("IK-FS-04", "FSN", "Dokumentation",
         "Kontroll av att dokumentation sker enligt SoL och LSS i verksamhetssystemet", "Halvår",
         [("2025 T1", "Ej påbörjad", "", ""),
          ("2025 T2", "Ej påbörjad", "", "Kontrollen har inte påbörjats p.g.a. byte av verksamhetssystem.")],
         "EJ_GENOMFORD", "nej"),
        ("IK-RT-01", "RN", "Tillsyn enligt LSO",
         "Kontroll av att tillsyner enligt LSO genomförs enligt tillsynsplan", "Tertialvis",
         [("2025 T1", "Pågår", "", "22 av 110 planerade tillsyner genomförda."),
          ("2025 T2", "Pågår", "", "48 av 110 planerade tillsyner genomförda.")],
         "DELVIS", "nej"),
        ("IK-RT-02", "RN", "Fakturering",
         "Kontroll av att onödiga automatiska brandlarm faktureras", "Halvår",
         [("2025 T2", "Klar", "Avvikelse", "Stickprov 15 larm: 2 larm hade inte fakturerats, fakturor skickade i efterhand.")],
         "GENOMFORD", "ja"),
        ("IK-RT-03", "RN", "Arbetsmiljö",
         "Kontroll av att rökdykare genomfört årligt arbetsprov", "Årlig",
         [("2025 T2", "Klar", "Ingen avvikelse", "Samtliga 46 rökdykare har genomfört och godkänts på arbetsprovet.")],
         "GENOMFORD", "nej"),
    ]
    header = ["Id", "Organisation", "Plan", "Process", "Kontrollmoment", "Periodicitet",
              "Uppföljningsperiod", "Status", "Bedömning", "Kommentar", "Senast uppdaterad"]
    rows = []
    dates = {"2024 T3": "2025-01-20", "2025 T1": "2025-05-12", "2025 T2": "2025-09-26"}
    for (cid, o, proc, km, per, reps, est, avv) in ctrls:
        orgname, namnd = org[o]
        for (p, st, bed, kom) in reps:
            yr = p[:4]
            rows.append([cid, orgname, f"Internkontrollplan {yr}", proc, km, per, p, st, bed, kom,
                         dates[p] if st or kom else ""])
        exp(fil, namnd, km, est, avv)
    # system sorts by period, then id
    rows.sort(key=lambda x: (x[6], x[0]))
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    for o in ("VON", "FSN", "RN"):
        FILES.append((fil, "INLAST", org[o][1], "2025", "T2"))


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# ---------------------------------------------------------------------------------------------
# 3. BUN: Word, one table per area, Bedömning Tillfredsställande/Delvis/Ej
# ---------------------------------------------------------------------------------------------
def file_bun():
    fil = "BUN Uppföljning intern kontroll helår 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    areas = [
        ("Område: Ekonomi", None, [
            ("Attest av fakturor enligt attestreglementet", "Stickprov 25 fakturor per kvartal",
             "100 fakturor granskade. Samtliga var korrekt attesterade.", "Tillfredsställande",
             "GENOMFORD", "nej"),
            ("Hantering av kontanta medel (handkassor) på skolor och fritidshem",
             "Inventering av handkassor på 10 enheter",
             "Inventering gjord på 10 enheter. På 3 enheter saknades kassabok och kvitton för uttag. "
             "Rektorerna har fått i uppdrag att upprätta kassabok.", "Ej tillfredsställande",
             "GENOMFORD", "ja"),
            ("Skolskjuts – att fakturor från trafikbolaget stämmer mot beställda resor",
             "Avstämning av fakturor mot beställningssystemet",
             "Avstämning gjord för vårterminen utan avvikelser. Höstterminens avstämning pågår och "
             "redovisas för nämnden i februari 2026.", "Delvis tillfredsställande", "DELVIS", "nej"),
        ]),
        ("Område: Personal", None, [
            ("Registerkontroll (utdrag ur belastningsregistret) vid nyanställning",
             "Stickprov 20 nyanställda", "Samtliga 20 hade lämnat utdrag före anställningens start.",
             "Tillfredsställande", "GENOMFORD", "nej"),
            ("Att rehabiliteringsplan upprättas vid upprepad korttidsfrånvaro",
             "Genomgång i HR-systemet", "Se bilaga 2.", "", "OKLAR", "nej"),
        ]),
        ("Område: Verksamhet", "Process", [
            ("Anmälan av kränkande behandling till huvudman inom fem dagar",
             "Genomgång av anmälningar i ärendesystemet",
             "Genomgången visar att 78 % av anmälningarna görs inom fem dagar. Målet är 100 %. "
             "Påminnelse har gått ut till samtliga rektorer.", "Delvis tillfredsställande",
             "GENOMFORD", "ja", "Trygghet och studiero"),
            ("Uppföljning av elevfrånvaro – att hög frånvaro anmäls till rektor",
             "Stickprov i närvarosystemet",
             "Utgår. Kontrollen har ersatts av huvudmannens nya rutin för frånvarouppföljning enligt "
             "beslut BUN 2025-04-23 § 41.", "–", "UTGAR", "nej", "Trygghet och studiero"),
            ("Att barngruppernas storlek i förskolan följer nämndens riktmärke",
             "Statistik per 15 oktober",
             "Kontrollen har inte genomförts då statistikunderlaget inte blev klart i tid.",
             "Ej bedömd", "EJ_GENOMFORD", "nej", "Förskola"),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Barn- och utbildningsförvaltningen\tTjänsteskrivelse\tDnr BUN 2025/0412"
    sec.footer.paragraphs[0].text = KOMMUN
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    doc.add_paragraph("Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 22 januari 2025 "
                      "(§ 7). Planen innehåller åtta kontrollmoment inom områdena ekonomi, personal och "
                      "verksamhet. Nedan redovisas resultatet av kontrollerna per område. Bedömningen görs "
                      "enligt skalan Tillfredsställande, Delvis tillfredsställande och Ej tillfredsställande.")
    doc.add_paragraph("Sammanfattningsvis har flertalet kontroller genomförts. Brister har identifierats i "
                      "hanteringen av handkassor och i anmälan av kränkande behandling.")
    for (title, extra, rows) in areas:
        doc.add_heading(title, level=2)
        cols = (["Process"] if extra else []) + ["Vad kontrolleras", "Hur / omfattning",
                                                 "Resultat och iakttagelser", "Bedömning"]
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], "D9E2F3")
        repeat_header(t.rows[0])
        start_rows = {}
        for row in rows:
            cells = t.add_row().cells
            off = 1 if extra else 0
            if extra:
                proc = row[6]
                cells[0].text = proc
                start_rows.setdefault(proc, []).append(len(t.rows) - 1)
            cells[off + 0].text = row[0]
            cells[off + 1].text = row[1]
            cells[off + 2].text = row[2]
            cells[off + 3].text = row[3]
            if row[3] == "Ej tillfredsställande":
                shade(cells[off + 3], "F4B6B6")
            elif row[3].startswith("Delvis"):
                shade(cells[off + 3], "FFE699")
            elif row[3] == "Tillfredsställande":
                shade(cells[off + 3], "C6E0B4")
            exp(fil, namnd, row[0], row[4], row[5])
        if extra:
            for proc, idxs in start_rows.items():
                if len(idxs) > 1:
                    a = t.cell(idxs[0], 0)
                    b = t.cell(idxs[-1], 0)
                    m = a.merge(b)
                    m.text = proc
        doc.add_paragraph()
    doc.add_paragraph("Förvaltningen föreslår att kontrollen av handkassor och av anmälan av kränkande "
                      "behandling återkommer i internkontrollplanen för 2026.")
    doc.add_paragraph()
    doc.add_paragraph("Ulla Berg\nFörvaltningschef\n\nJonas Mårtensson\nControllerenheten")
    set_props(doc, "Jonas Mårtensson", "2026-01-28 15:10")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 4. SN: xlsx, status as percentage done, per 31 augusti (delår)
# ---------------------------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden IK delår 2025.xlsx"
    namnd = "Socialnämnden"
    # (process, kontrollaktivitet, ansvar, pct(value or text or None), kommentar, exp, avv)
    rows = [
        ("Ekonomiskt bistånd", "Kontroll av att utbetalningar av ekonomiskt bistånd har beslut och underlag",
         "Enhetschef försörjningsstöd", 1.0,
         "Stickprov 50 ärenden. 4 ärenden saknade underlag för hyreskostnad, återkopplat till handläggare.",
         "GENOMFORD", "ja"),
        ("Barn och unga", "Kontroll av att förhandsbedömningar avslutas inom 14 dagar",
         "Enhetschef mottagning", 1.0, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Barn och unga", "Kontroll av att utredningar barn och unga slutförs inom fyra månader",
         "Enhetschef utredning", 0.5,
         "Januari–april granskat. 9 utredningar överskred fyra månader. Maj–augusti granskas i september.",
         "DELVIS", "ja"),
        ("Placeringar", "Uppföljning av placeringskostnader mot avtal (HVB)", "Controller", "75 %",
         "Pågår. Avtal för tre leverantörer återstår att stämma av.", "DELVIS", "nej"),
        ("Informationssäkerhet", "Kontroll av loggar i verksamhetssystemet avseende otillbörlig åtkomst",
         "Systemförvaltare", 0.0, "Ej påbörjad, planeras till oktober.", "EJ_GENOMFORD", "nej"),
        ("Barn och unga", "Kontroll av att ansökan om vård enligt LVU lämnas till förvaltningsrätten i tid",
         "Enhetschef utredning", None, "", "SAKNAS", "nej"),
        ("Synpunkter", "Kontroll av hantering av synpunkter och klagomål", "Kvalitetsutvecklare", 0.0,
         "Utgår enligt beslut SN 2025-05-20 § 45. Hanteras i kvalitetsledningssystemet.", "UTGAR", "nej"),
        ("Familjehem", "Kontroll av att familjehem har aktuell utredning och undertecknat avtal",
         "Enhetschef familjehem", 0.9,
         "45 av 50 familjehem genomgångna. 5 avtal saknade underskrift och har kompletterats.",
         "DELVIS", "ja"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Internkontroll 2025 – uppföljning per 31 augusti"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd:"
    ws["B3"] = namnd
    ws["A4"] = "Förvaltning:"
    ws["B4"] = "Socialförvaltningen"
    ws["A5"] = "Uppföljningen avser:"
    ws["B5"] = "Delår (januari–augusti)"
    for c in ("A3", "A4", "A5"):
        ws[c].font = Font(bold=True)
    heads = ["Nr", "Process/rutin", "Kontrollaktivitet", "Ansvar", "Genomfört (%)", "Kommentar / iakttagelser"]
    hr = 7
    for i, h in enumerate(heads, start=1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="E2EFDA")
        c.border = BORDER
        c.alignment = WRAP
    r = hr + 1
    for n, row in enumerate(rows, start=1):
        proc, km, ansv, pct, kom, est, avv = row
        vals = [n, proc, km, ansv, pct, kom]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
        if isinstance(pct, float):
            ws.cell(row=r, column=5).number_format = "0%"
        ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, km, est, avv)
        r += 1
    ws.cell(row=r, column=4, value="Genomsnitt:").font = Font(bold=True)
    c = ws.cell(row=r, column=5, value=0.59)
    c.number_format = "0%"
    c.font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=2, value="Genomfört (%) anger hur stor del av den planerade kontrollen som är utförd "
            "vid uppföljningstillfället. Tom cell = ej rapporterat.").font = Font(italic=True, size=9)
    r += 1
    ws.cell(row=r, column=2, value="Avstämd med förvaltningsledningen 2025-09-08.").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEF", [5, 20, 55, 24, 14, 60]):
        ws.column_dimensions[col].width = w
    set_props(wb, "Karin Nilsson", "2025-09-08 11:45")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------------------------
# 5. KFN: xlsx with a Delår sheet (words) and a Helår sheet (symbols + legend); opens on Delår
# ---------------------------------------------------------------------------------------------
def file_kfn():
    fil = "Kultur- och fritidsnämnden internkontroll 2025.xlsx"
    namnd = "Kultur- och fritidsnämnden"
    # (kontroll, risk, metod, delår-status, delår-kommentar, helår-symbol, helår-kommentar, exp, avv)
    rows = [
        ("Kontroll av att föreningsbidrag betalas ut enligt gällande regler",
         "Bidrag betalas ut på felaktiga grunder", "Stickprov 30 ansökningar", "Pågående",
         "15 ansökningar granskade.", "●",
         "30 ansökningar granskade. En förening fick bidrag på felaktigt medlemsunderlag, återkrav skickat.",
         "GENOMFORD", "ja"),
        ("Kontroll av kassahantering i simhallen och på huvudbiblioteket",
         "Stöld eller förlust av kontanter", "Oanmäld kassainventering", "Slutförd", "Inga avvikelser.",
         "●", "Inga avvikelser vid någon av inventeringarna.", "GENOMFORD", "nej"),
        ("Uppföljning av att bokningar av idrottshallar faktureras",
         "Intäktsbortfall", "Avstämning bokningssystem mot fakturering", "Pågående", "",
         "◐", "Vårterminen kontrollerad utan avvikelser, hösten återstår.", "DELVIS", "nej"),
        ("Kontroll av konstsamlingens inventarieförteckning",
         "Konstverk försvinner", "Inventering 10 % av samlingen", "Ej påbörjad", "",
         "○", "Ej genomförd p.g.a. sjukskrivning.", "EJ_GENOMFORD", "nej"),
        ("Kontroll av att ledare i lovverksamheten har lämnat registerutdrag",
         "Olämpliga personer arbetar med barn", "Genomgång av personalakter", "Slutförd",
         "Genomförd inför sommarlovet.", "",
         "Genomförd under sommarlovet. Samtliga 42 ledare hade lämnat utdrag.", "GENOMFORD", "nej"),
        ("Kontroll av avtalstrohet vid inköp av evenemangstjänster",
         "Inköp utanför avtal", "Stickprov leverantörsreskontra", "Pågående", "Påbörjad i juni.", "", "",
         "SAKNAS", "nej"),
        ("Kontroll av att hyresgäster i kulturhuset har giltiga hyresavtal",
         "Lokaler nyttjas utan avtal", "Genomgång avtal", "Ej påbörjad", "", "–",
         "Ej aktuell längre – förvaltningen av kulturhuset överfördes till Fastighetsnämnden i september.",
         "UTGAR", "nej"),
    ]
    wb = Workbook()
    d = wb.active
    d.title = "Delår 2025"
    d["A1"] = "Kultur- och fritidsnämnden – Internkontroll 2025"
    d["A1"].font = Font(bold=True, size=13)
    d["A2"] = "Delårsuppföljning per 31 augusti"
    heads = ["Kontroll", "Risk", "Status delår", "Kommentar"]
    for i, h in enumerate(heads, start=1):
        c = d.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BORDER
    for n, row in enumerate(rows):
        for i, v in enumerate([row[0], row[1], row[3], row[4]], start=1):
            c = d.cell(row=5 + n, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
    for col, w in zip("ABCD", [55, 32, 14, 45]):
        d.column_dimensions[col].width = w

    h = wb.create_sheet("Helår 2025")
    h["A1"] = "Kultur- och fritidsnämnden – Internkontroll 2025"
    h["A1"].font = Font(bold=True, size=13)
    h["A2"] = "Helårsuppföljning"
    heads = ["Kontroll", "Metod", None, "Kommentar helår"]
    for i, hd in enumerate(heads, start=1):
        c = h.cell(row=4, column=i, value=hd)
        c.font = Font(bold=True)
        c.border = BORDER
    r = 5
    for row in rows:
        vals = [row[0], row[2], row[5] or None, row[6] or None]
        for i, v in enumerate(vals, start=1):
            c = h.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
        h.cell(row=r, column=3).alignment = Alignment(horizontal="center", vertical="top")
        h.cell(row=r, column=3).font = Font(size=14)
        exp(fil, namnd, row[0], row[7], row[8])
        r += 1
    r += 1
    h.cell(row=r, column=1, value="Teckenförklaring:  ● = Genomförd   ◐ = Delvis genomförd   "
           "○ = Ej genomförd   – = Utgår").font = Font(italic=True, size=9)
    h.cell(row=r + 2, column=1, value="Beslutad av nämnden 2026-02-05.").font = Font(size=9)
    for col, w in zip("ABCD", [55, 34, 5, 60]):
        h.column_dimensions[col].width = w
    wb.active = 0   # saved while looking at the Delår sheet
    set_props(wb, "Erik Svensson", "2026-01-30 08:20")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 6. SBN: .ods, X marks in tick columns, merged Granskningsområde, control over two rows
# ---------------------------------------------------------------------------------------------
def file_sbn(tmp):
    fil = "SBN IKP-uppföljning T2 2025.ods"
    namnd = "Samhällsbyggnadsnämnden"
    # (område, kontroll-rader, utförd av, tick G/D/E/None, iakttagelser, exp, avv)
    rows = [
        ("Bygglov", ["Kontroll av att bygglov beslutas inom 10 veckor (PBL 9 kap. 27 §)"], "Bygglovschef", "G",
         "Stickprov 40 ärenden. 3 ärenden överskred tidsfristen, avgiften reducerades enligt lag.",
         "GENOMFORD", "ja"),
        ("Bygglov", ["Kontroll av att byggsanktionsavgifter tas ut vid överträdelser"], "Bygglovschef", "D",
         "Genomgång av första halvåret klar, andra halvåret återstår.", "DELVIS", "nej"),
        ("Bygglov", ["Kontroll av att startbesked inte ges innan", "tekniskt samråd hållits"],
         "Byggnadsinspektör", "E", "Ej utförd under T2, planeras till T3.", "EJ_GENOMFORD", "nej"),
        ("Detaljplan", ["Kontroll av att planavtal tecknats innan planarbete påbörjas"], "Planchef", "G",
         "Samtliga 6 nya planuppdrag hade planavtal.", "GENOMFORD", "nej"),
        ("Lantmäteri/GIS", ["Kontroll av debitering av förrättningar mot tidrapportering"], "GIS-chef", None,
         "Utgår – förrättningsverksamheten hanteras av Lantmäteriet fr.o.m. 2025.", "UTGAR", "nej"),
        ("Ekonomi", ["Kontroll av representation och förtroendekänsliga poster"], "Controller", "G",
         "Genomförd med anmärkning: två representationsfakturor saknade deltagarförteckning.",
         "GENOMFORD", "ja"),
        ("Ekonomi", ["Kontroll av att intäkter från planavgifter bokförs på rätt period"], "Controller", None,
         "", "SAKNAS", "nej"),
        ("Mark och exploatering",
         ["Kontroll av att markanvisningsavtal följer antagen markanvisningspolicy"], "Exploateringschef",
         None, "Osäkert – underlag från exploateringsenheten har inte inkommit.", "OKLAR", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning T2"
    ws["A1"] = "Samhällsbyggnadsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan – tertial 2, 2025"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Markera med X i den kolumn som stämmer."
    ws["A3"].font = Font(italic=True, size=9)
    heads = ["Granskningsområde", "Kontroll", "Utförd av", "Genomförd", "Delvis", "Ej genomförd",
             "Iakttagelser / åtgärder"]
    for i, hd in enumerate(heads, start=1):
        c = ws.cell(row=5, column=i, value=hd)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.border = BORDER
        c.alignment = WRAP
    r = 6
    spans = {}
    counts = {"G": 0, "D": 0, "E": 0}
    for row in rows:
        omr, ktext, av, tick, iakt, est, avv = row
        first = r
        for j, line in enumerate(ktext):
            ws.cell(row=r, column=2, value=line)
            if j == 0:
                ws.cell(row=r, column=3, value=av)
                if tick:
                    ws.cell(row=r, column={"G": 4, "D": 5, "E": 6}[tick], value="X")
                    counts[tick] += 1
                ws.cell(row=r, column=7, value=iakt or None)
            for c in range(1, 8):
                ws.cell(row=r, column=c).border = BORDER
                ws.cell(row=r, column=c).alignment = WRAP
            for c in (4, 5, 6):
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        spans.setdefault(omr, [first, r - 1])
        spans[omr][1] = r - 1
        exp(fil, namnd, " ".join(ktext), est, avv)
    for omr, (a, b) in spans.items():
        ws.cell(row=a, column=1, value=omr)
        ws.cell(row=a, column=1).alignment = WRAP
        if b > a:
            ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
    ws.cell(row=r, column=2, value="Summa").font = Font(bold=True)
    ws.cell(row=r, column=4, value=counts["G"])
    ws.cell(row=r, column=5, value=counts["D"])
    ws.cell(row=r, column=6, value=counts["E"])
    r += 2
    ws.cell(row=r, column=1, value="Justerat: Per Holm, samhällsbyggnadsdirektör, 2025-09-15")
    for col, w in zip("ABCDEFG", [20, 55, 18, 11, 8, 12, 60]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, fil.replace(".ods", ".xlsx"))
    set_props(wb, "Maria Olsson", "2025-09-15 14:02")
    wb.save(src)
    soffice_convert(src, "ods", OUT)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------------------------
# 7. ÖFN: Excel "Unicode text" (UTF-16LE, tab), nämnd only in the file name, J/N
# ---------------------------------------------------------------------------------------------
def file_ofn():
    fil = "Uppföljning IK 2025 - ÖFN.txt"
    namnd = "Överförmyndarnämnden"
    rows = [
        ("1", "Granskning av årsräkningar – att samtliga inkommit senast 1 mars", "Samtliga ärenden", "J",
         "23 ställföreträdare fick påminnelse, samtliga årsräkningar inkomna i april.", "GENOMFORD", "ja"),
        ("2", "Kontroll av att arvoden till ställföreträdare beräknas enligt riktlinjer", "Stickprov 20",
         "J", "Inga fel.", "GENOMFORD", "nej"),
        ("3", "Kontroll av att uttag från spärrade konton har överförmyndarens samtycke", "Stickprov 15",
         "N", "Ej hunnits med pga. handläggarbrist.", "EJ_GENOMFORD", "nej"),
        ("4", "Kontroll av att ställföreträdare har genomgått obligatorisk utbildning", "Register",
         "Delvis", "Kontrollerat för nya ställföreträdare 2025.\nÄldre uppdrag ej kontrollerade.",
         "DELVIS", "nej"),
        ("5", "Registerkontroll av nya ställföreträdare mot belastningsregistret", "Samtliga nya", "J", "",
         "GENOMFORD", "nej"),
        ("6", "Kontroll av att behovet av förvaltarskap ses över årligen", "Samtliga förvaltarskap", "",
         "Se kommentar", "DELVIS", "nej"),
    ]
    lines = [["Internkontroll 2025 uppföljning", "", "", "", ""],
             ["", "", "", "", ""],
             ["Nr", "Kontrollmoment", "Omfattning", "Utförd (J/N)", "Noteringar"]]
    for row in rows:
        lines.append(list(row[:5]))
        exp(fil, namnd, row[1], row[5], row[6])
    lines += [["", "", "", "", ""],
              ["Kommentar till nr 6: översyn gjord för 40 av 52 förvaltarskap, resterande 12 görs i januari.",
               "", "", "", ""],
              ["Sammanställt av MJ", "", "", "", ""]]

    def q(v):
        if "\n" in v or '"' in v or "\t" in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    text = "\r\n".join("\t".join(q(v) for v in ln) for ln in lines) + "\r\n"
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))
    FILES.append((fil, "INLAST", namnd, "2025", ""))


# ---------------------------------------------------------------------------------------------
# 8. AMN: Word, one small two-column table per control, status only in the free text
# ---------------------------------------------------------------------------------------------
def file_amn():
    fil = "Uppföljning intern kontroll helår 2025 Arbetsmarknad.docx"
    namnd = "Arbetsmarknadsnämnden"
    ctrls = [
        ("Kontroll av att utbetalningar av anställningsstöd stämmer mot närvarorapporter",
         "Utbetalning för frånvarotid", "Stickprov 60 utbetalningar, april och oktober",
         "Kontrollen är genomförd. 60 utbetalningar granskades mot närvarorapporterna utan avvikelser.",
         None, "GENOMFORD", "nej"),
        ("Kontroll av att deltagare i arbetsmarknadsinsatser har aktuell handlingsplan",
         "Insatser saknar planering och uppföljning", "Aktgranskning 80 akter",
         "Granskningen har påbörjats men har inte kunnat slutföras under året. Hittills har 35 av 80 "
         "akter granskats, varav 8 saknade aktuell handlingsplan.",
         "Granskningen slutförs under första kvartalet 2026.", "DELVIS", "ja"),
        ("Kontroll av att feriearbetare har avtal och introduktion innan start",
         "Ungdomar utan introduktion i arbetsmiljön", "Samtliga feriearbetare",
         "Samtliga 210 feriearbetare hade signerat avtal. Introduktion saknades dock för 14 ungdomar "
         "på en arbetsplats.", "Checklista för handledare revideras.", "GENOMFORD", "ja"),
        ("Kontroll av leverantörsfakturor för köpta utbildningsplatser (SFI och yrkesvux)",
         "Betalning för platser som inte nyttjats", "Avstämning mot närvarolistor",
         "Utgår. Ansvaret för köpta utbildningsplatser flyttades den 1 juli till Gymnasie- och "
         "vuxenutbildningsnämnden enligt KF 2025-05-26 § 88.", None, "UTGAR", "nej"),
        ("Kontroll av tidrapportering för personer i extratjänst",
         "Felaktig lönerapportering", "Stickprov 10 personer per halvår",
         "Arbetet pågår och beräknas vara klart under första kvartalet 2026.", None, "DELVIS", "nej"),
        ("Kontroll av att lönebidrag och andra stöd återrapporteras till Arbetsförmedlingen",
         "Återkrav från Arbetsförmedlingen", "Avstämning ekonomisystem",
         "Ingen kontroll har gjorts under året.", "Kontrollen flyttas till planen för 2026.",
         "EJ_GENOMFORD", "nej"),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Arbetsmarknadsförvaltningen\t\t" + KOMMUN
    p = doc.add_paragraph()
    run = p.add_run("Uppföljning av intern kontroll – helår 2025")
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("Nedan redovisas uppföljningen av de kontrollmoment som ingick i nämndens "
                      "internkontrollplan för 2025. Varje kontrollmoment redovisas för sig.")
    for n, (km, risk, gen, res, atg, est, avv) in enumerate(ctrls, start=1):
        doc.add_paragraph().add_run(f"{n}.").bold = True
        pairs = [("Kontrollmoment:", km), ("Risk:", risk), ("Genomförande:", gen), ("Resultat:", res)]
        if atg:
            pairs.append(("Åtgärd:", atg))
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in pairs:
            cells = t.add_row().cells
            bold_cell(cells[0], k)
            shade(cells[0], "F2F2F2")
            cells[1].text = v
        for row in t.rows:
            row.cells[0].width = Cm(3.5)
            row.cells[1].width = Cm(12.5)
        exp(fil, namnd, km, est, avv)
    doc.add_paragraph()
    doc.add_paragraph("Lena Holmqvist, arbetsmarknadschef")
    set_props(doc, "Lena Holmqvist", "2026-01-22 10:30")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 9. MHN: .xls, codes 1/2/3/0 with legend, Status 2024 | Status 2025 columns, nämnd in print header
# ---------------------------------------------------------------------------------------------
def file_mhn(tmp):
    fil = "MHN_IK_uppf_helar2025.xls"
    namnd = "Miljö- och hälsoskyddsnämnden"
    rows = [
        ("Taxor och avgifter", "Kontroll av att tillsynsavgifter debiteras enligt taxa", "Stickprov 30 ärenden",
         2, 1, "Stickprov 30 ärenden – samtliga korrekt debiterade.", "GENOMFORD", "nej"),
        ("Livsmedelskontroll", "Kontroll av att livsmedelskontroller genomförs enligt kontrollplan",
         "Uttag ur ärendesystem", 1, 2, "Kontrollen påbörjad, sammanställning för andra halvåret återstår.",
         "DELVIS", "nej"),
        ("Delegation", "Kontroll av att delegationsbeslut anmäls till nämnden", "Genomgång diarium", 1, 1,
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Handläggning", "Kontroll av handläggningstid för ansökan om enskilt avlopp", "Stickprov 20 ärenden",
         3, 3, "Inte genomförd – prioriterades bort till förmån för tillsyn.", "EJ_GENOMFORD", "nej"),
        ("Jäv", "Kontroll av att inspektörer inte har jäv i tillsynsärenden", "Enkät och stickprov", "–", 1,
         "Genomförd med anmärkning: en inspektör hade handlagt ärende hos närstående. Ärendet har omfördelats.",
         "GENOMFORD", "ja"),
        ("Informationshantering",
         "Kontroll av att sekretessmarkerade handlingar hanteras korrekt i ärendesystemet", "Stickprov", 2, 0,
         "Utgår enligt nämndbeslut 2025-02-11 § 9.", "UTGAR", "nej"),
        ("Miljöskydd", "Kontroll av att miljörapporter granskas senast 30 juni", "Uttag ur ärendesystem", 1,
         None, None, "SAKNAS", "nej"),
        ("Ekonomi", "Kontroll av att fakturor för provtagning stämmer mot avtal med laboratoriet",
         "Samtliga fakturor", 1, 1, "Samtliga fakturor kontrollerade. Två felaktiga belopp har krediterats.",
         "GENOMFORD", "ja"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Internkontroll – uppföljning helår"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "År:"
    ws["B2"] = 2025
    ws["E2"] = "Bedömning: 1 = Genomförd, 2 = Delvis genomförd, 3 = Ej genomförd, 0 = Utgår"
    ws["E2"].font = Font(italic=True, size=9)
    heads = ["Nr", "Kontrollområde", "Kontrollmoment", "Metod", "Status 2024", "Status 2025",
             "Kommentar 2025"]
    for i, hd in enumerate(heads, start=1):
        c = ws.cell(row=4, column=i, value=hd)
        c.font = Font(bold=True)
        c.border = BORDER
        c.fill = PatternFill("solid", fgColor="D9D9D9")
    fills = {1: GREEN, 2: YELLOW, 3: RED, 0: GREY}
    for n, row in enumerate(rows, start=1):
        omr, km, met, s24, s25, kom, est, avv = row
        r = 4 + n
        for i, v in enumerate([n, omr, km, met, s24, s25, kom], start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
        for col, s in ((5, s24), (6, s25)):
            ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            if s in fills:
                ws.cell(row=r, column=col).fill = fills[s]
        exp(fil, namnd, km, est, avv)
    r = 5 + len(rows) + 1
    ws.cell(row=r, column=2, value="Status 2024 från fjolårets uppföljning (MHN 2025-02-11 § 8).").font = \
        Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", [5, 22, 55, 22, 11, 11, 60]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Miljö- och hälsoskyddsnämnden"
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.center.text = "Sida &P"
    src = os.path.join(tmp, fil.replace(".xls", ".xlsx"))
    set_props(wb, "Sofia Persson", "2026-01-26 13:15")
    wb.save(src)
    soffice_convert(src, "xls", OUT)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 10. GVN: broken .xlsx (transfer cut off)
# ---------------------------------------------------------------------------------------------
def file_gvn(tmp):
    fil = "GVN uppföljning internkontroll helår 2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Gymnasie- och vuxenutbildningsnämnden – uppföljning internkontroll helår 2025"
    for i in range(3, 40):
        ws.cell(row=i, column=1, value=f"Kontrollmoment {i}: kontroll av närvarorapportering och CSN-underlag")
        ws.cell(row=i, column=2, value="Genomförd")
    src = os.path.join(tmp, "gvn.xlsx")
    set_props(wb, "Ahmed Karimi", "2026-01-29 16:40")
    wb.save(src)
    data = open(src, "rb").read()
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data[: int(len(data) * 0.45)])
    FILES.append((fil, "AVVISAD", "Gymnasie- och vuxenutbildningsnämnden", "2025", "HELAR"))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
    ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
    ("Funktionsstödsnämnden", "FSN|Funktionsstödsförvaltningen"),
    ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknadsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Fastighetsnämnden", "FAN|Fastighetsförvaltningen"),
    ("Servicenämnden", "SEN|Serviceförvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen"),
    ("Räddningsnämnden", "RN|Räddningstjänsten Söderslätt"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(";".join(header) + "\n")
        for r in rows:
            assert all(";" not in str(x) for x in r), r
            f.write(";".join(str(x) for x in r) + "\n")


def main():
    tmp = tempfile.mkdtemp(prefix="round11_")
    try:
        file_stratsys()
        file_csv()
        file_bun()
        file_sn()
        file_kfn()
        file_sbn(tmp)
        file_ofn()
        file_amn()
        file_mhn(tmp)
        file_gvn(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print(len(FILES), "files.csv rows,", len(EXPECTED), "expected controls")


if __name__ == "__main__":
    main()
