#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r575 - Lessebo kommun, delårsuppföljning intern kontroll 2025 (per 31 augusti).

Run with /usr/bin/python3 make_round.py  (builds every file + namnder.csv, files.csv, expected.csv)
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 8, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round575"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex_):
    return PatternFill(fill_type="solid", start_color=hex_, end_color=hex_)


def fix_wb(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Lessebo kommun"


def fix_doc(doc, title):
    cp = doc.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.author = "Lessebo kommun"
    cp.last_modified_by = "Lessebo kommun"
    cp.title = title
    cp.revision = 1


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# 1. BUN - Word delårsrapport, internal control as bullet lists under sub-headings
# ---------------------------------------------------------------------------
def make_bun():
    fil = "Delårsrapport 2025 Barn- och utbildningsnämnden.docx"
    N = "Barn- och utbildningsnämnden"
    doc = Document()
    fix_doc(doc, "Delårsrapport 2025 BUN")
    doc.add_heading("Delårsrapport 2025", 0)
    doc.add_paragraph("Barn- och utbildningsnämnden, Lessebo kommun")
    doc.add_paragraph("Period: 1 januari – 31 augusti 2025")
    doc.add_paragraph("Dnr BUN 2025/112")

    doc.add_heading("1. Viktiga händelser under perioden", 1)
    for t in ["Ny förskola i Hovmantorp (Kvarnen) invigdes i augusti.",
              "Grundskolans meritvärde i åk 9 ökade från 198 till 206.",
              "Kommunens modersmålsundervisning samordnas nu med Uppvidinge kommun.",
              "Rekryteringsläget för legitimerade lärare i Kosta är fortsatt ansträngt."]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("2. Ekonomi", 1)
    doc.add_paragraph("Nämnden redovisar ett överskott mot periodiserad budget på 1,8 mnkr. "
                      "Prognosen för helåret är ett underskott på 0,6 mnkr, främst till följd av "
                      "ökade kostnader för skolskjuts och tilläggsbelopp.")

    doc.add_heading("3. Intern kontroll", 1)
    doc.add_paragraph("Nämnden antog internkontrollplan för 2025 den 12 februari 2025 (BUN § 14). "
                      "Planen omfattar åtta kontroller. Nedan redovisas status per 31 augusti 2025. "
                      "Eventuella kommentarer anges efter tankstrecket.")

    doc.add_heading("Genomförda kontroller", 2)
    g = [
        ("Attest av leverantörsfakturor enligt attestordningen",
         "stickprov på 40 fakturor, inga avvikelser.", "GENOMFORD", "nej", " – "),
        ("Kontroll av att utdrag ur belastningsregistret uppvisats vid nyanställning",
         "3 av 25 nyanställningar saknade dokumenterat utdrag. Rutinen har förtydligats för rektorerna.",
         "GENOMFORD", "ja", " – "),
        ("Uppföljning av elevfrånvaro enligt rutin för problematisk skolfrånvaro",
         None, "GENOMFORD", "", None),
        ("Anmälningar om kränkande behandling rapporteras till huvudman",
         "samtliga 31 anmälningar har hanterats inom fastställd tid.", "GENOMFORD", "nej", " - "),
    ]
    d = [
        ("Kontroll av skolskjutsberättigade elever mot fattade beslut",
         "kontroll gjord för vårterminen, höstterminen återstår.", "DELVIS", "", " – "),
        ("Inventering av elevdatorer och surfplattor mot inventarieförteckning",
         "pågår, ca 60 % av enheterna inventerade. Hittills differenser på Hovmantorps skola (12 enheter saknas).",
         "DELVIS", "ja", " – "),
    ]
    e = [
        ("Uppföljning av beslut om tilläggsbelopp för elever i behov av särskilt stöd",
         "flyttas till hösten på grund av vakans på controllertjänsten.", "EJ_GENOMFORD", "", " – "),
        ("Kontroll av att delegationsbeslut anmäls till nämnden", None, "EJ_GENOMFORD", "", None),
    ]
    for head, items in (("Genomförda kontroller", g), ("Delvis genomförda", d), ("Ej genomförda", e)):
        if head != "Genomförda kontroller":
            doc.add_heading(head, 2)
        for km, com, st, av, dash in items:
            txt = km if com is None else km + dash + com
            doc.add_paragraph(txt, style="List Bullet")
            exp(fil, N, km, st, av)

    doc.add_paragraph("Sammantaget bedömer förvaltningen att den interna kontrollen är tillräcklig. "
                      "Kontroller som inte genomförts under perioden genomförs under hösten och "
                      "redovisas i årsredovisningen.")

    doc.add_heading("4. Framtid", 1)
    for t in ["Revidering av skolskjutsreglementet inför läsåret 2026/27.",
              "Fortsatt arbete med kompetensförsörjningsplanen.",
              "Översyn av lokalbehovet i Skruv."]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_paragraph("")
    doc.add_paragraph("Lessebo 2025-09-10")
    doc.add_paragraph("Maria Ek, förvaltningschef Barn- och utbildningsförvaltningen")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden - Excel with status words Klar / Pågående / Ej startad / Struken
# ---------------------------------------------------------------------------
def make_sn():
    fil = "IK-uppföljning delår 2025 Socialnämnden.xlsx"
    N = "Socialnämnden"
    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Uppföljning delår"
    ws["A1"] = "Socialnämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljningsperiod: delår januari–augusti 2025"
    ws["A3"] = "Statusvärden att välja: Klar, Pågående, Ej startad, Struken"
    ws["A3"].font = Font(italic=True, color="666666")
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Riskvärde (1–16)", "Ansvarig",
           "Kontrollmetod", "Status", "Kommentar/åtgärd"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        ("G", "Myndighetsutövning individ- och familjeomsorg"),
        ("1.1", "Barn och unga", "Utredningar avseende barn och unga avslutas inom fyra månader (SoL 11 kap. 2 §)",
         12, "Enhetschef IFO barn", "Stickprov 15 akter", "Klar",
         "2 av 15 utredningar överskred fyra månader utan beslut om förlängning. Genomgång med handläggarna i juni.",
         "GENOMFORD", "ja"),
        ("1.2", "Barn och unga", "Skyddsbedömning av inkomna orosanmälningar görs samma dag eller senast nästföljande vardag",
         16, "Enhetschef IFO barn", "Stickprov 30 anmälningar", "Klar",
         "Samtliga 30 granskade anmälningar skyddsbedömda i tid.", "GENOMFORD", "nej"),
        ("1.3", "Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd stäms av mot beslut i Viva",
         9, "Enhetschef försörjningsstöd", "Stickprov 2 per månad", "Pågående",
         "Stickprov för januari–juni klart, juli–augusti granskas i september.", "DELVIS", ""),
        ("G", "Vård och omsorg"),
        ("2.1", "Hälso- och sjukvård", "Signering av läkemedel inom hemtjänsten följs upp via avvikelser i MCSS",
         12, "MAS", "Genomgång av avvikelserapporter", "Ej startad",
         "Senareläggs till hösten på grund av byte av MAS.", "EJ_GENOMFORD", ""),
        ("2.2", "Hemtjänst", "Genomförandeplaner upprättas inom 14 dagar efter beslut",
         8, "Enhetschefer hemtjänst", "Stickprov 20 brukare", "Klar",
         "3 av 20 brukare saknade genomförandeplan.\nÅtgärd: påminnelse till enhetschefer, ny kontroll i november.",
         "GENOMFORD", "ja"),
        ("2.3", "Hemtjänst", "Kvittering av nycklar till brukares bostäder (nyckelkvittenser)",
         6, "Enhetschefer hemtjänst", "Inventering", "Struken",
         "Ersatt av digitala lås. Kontrollen stryks enligt beslut SN 2025-04-23 § 48.", "UTGAR", ""),
        ("G", "Ekonomi och administration"),
        ("3.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         6, "Controller", "Stickprov 25 fakturor", "Klar", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("3.2", "Inköp", "Inköp av bemanningssjuksköterskor sker enligt avtal",
         12, "Förvaltningschef", "Genomgång av fakturor från bemanningsföretag", "Pågående",
         "Två inköp utanför avtal har upptäckts, analys pågår.", "DELVIS", "ja"),
        ("3.3", "IT", "Behörigheter i verksamhetssystemet avslutas när medarbetare slutar",
         9, "Systemförvaltare", "Jämförelse behörighetslista/personalregister", None,
         "Kontrollen genomfördes 2025-06-10. Samtliga behörigheter var avslutade för slutade medarbetare.",
         "GENOMFORD", "nej"),
        ("3.4", "Ekonomi", "Hantering av privata medel för boende på särskilt boende",
         8, "Enhetschefer SÄBO", "Kassainventering", None, None, "SAKNAS", ""),
    ]
    r = 6
    counts = {}
    for row in rows:
        if row[0] == "G":
            ws.cell(row=r, column=1, value=row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1).fill = fill("D9E1F2")
            r += 1
            continue
        nr, proc, km, risk, ans, met, st, kom, e_st, e_av = row
        vals = [nr, proc, km, risk, ans, met, st, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        ws.cell(row=r, column=1).data_type = "s"
        counts[st] = counts.get(st, 0) + 1
        exp(fil, N, km, e_st, e_av)
        r += 1
    dv = DataValidation(type="list", formula1='"Klar,Pågående,Ej startad,Struken"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("G6:G%d" % (r - 1))
    r += 1
    ws.cell(row=r, column=2, value="Summering").font = BOLD
    r += 1
    for k in ["Klar", "Pågående", "Ej startad", "Struken"]:
        ws.cell(row=r, column=2, value=k)
        ws.cell(row=r, column=3, value=counts.get(k, 0))
        r += 1
    ws.cell(row=r, column=2, value="Ej ifyllt")
    ws.cell(row=r, column=3, value=counts.get(None, 0))
    r += 2
    ws.cell(row=r, column=1, value="Sammanställt av: Anna Lindqvist, kvalitetsutvecklare, 2025-09-08")
    for col, w in zip("ABCDEFGH", [6, 20, 50, 10, 22, 28, 12, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Kommunstyrelsen - risk matrix, status ONLY as fill colour of Kontrollmoment cell
# ---------------------------------------------------------------------------
def make_ks():
    fil = "Internkontroll KS 2025 riskmatris.xlsx"
    N = "Kommunstyrelsen"
    GREEN, YELLOW, RED, GREY = "92D050", "FFFF00", "FF0000", "BFBFBF"
    # risk-value cells use pale shades (a different, risk-level colouring)
    RLOW, RMED, RHIGH = "E2EFDA", "FFF2CC", "F8CBAD"
    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Kommunstyrelsen, Lessebo kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 med riskbedömning – uppföljning per 31 augusti 2025"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Antagen KS 2025-01-28 § 9"
    hdr = ["Process", "Risk", "Kontrollmoment", "Sannolikhet (1–4)", "Konsekvens (1–4)",
           "Riskvärde", "Kontrollmetod", "Ansvarig", "Rapporteras till", "Kommentar delår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill("DDEBF7")
        cell.border = BORDER
        cell.alignment = WRAP
    groups = [
        ("Ekonomi", [
            ("Felaktiga utbetalningar", "Attest av leverantörsfakturor enligt attestordningen", 2, 4,
             "Stickprov 50 fakturor", "Redovisningsekonom", "KS",
             "Stickprov 50 fakturor. En faktura attesterad av jävig attestant.", GREEN, "GENOMFORD", "ja"),
            ("Förtroendeskada", "Representation redovisas med syfte och deltagare", 2, 3,
             "Genomgång av representationsfakturor", "Controller", "KS",
             "Vårterminen granskad, hösten återstår.", YELLOW, "DELVIS", ""),
            ("Fel i bokslut", "Avstämning av balanskonton vid delårsbokslut", 2, 3,
             "Genomgång av avstämningar", "Redovisningschef", "KS", None, GREEN, "GENOMFORD", ""),
        ]),
        ("Upphandling och inköp", [
            ("Otillåten direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinje", 3, 3,
             "Genomgång av leverantörsreskontra", "Upphandlare", "KS",
             "Ej genomförd p.g.a. vakant upphandlartjänst.", RED, "EJ_GENOMFORD", ""),
            ("Köp utanför avtal", "Inköp sker från avtalade leverantörer (avtalstrohet)", 3, 2,
             "Analys i inköpsanalysverktyg", "Upphandlare", "KS",
             "Avtalstrohet 87 %. Köp utanför avtal av kontorsmaterial har noterats.", GREEN, "GENOMFORD", "ja"),
        ]),
        ("Personal", [
            ("Felaktig lön", "Nyanställda och avslutade anställningar stäms av mot lönesystemet", 2, 3,
             "Stickprov 20 anställningar", "Lönechef", "KS", "Inga avvikelser.", GREEN, "GENOMFORD", "nej"),
            ("Bristande rehabilitering", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden enligt rutin", 2, 2,
             "Rapport från HR-system", "HR-chef", "KS",
             "Utgår – ingår i HR:s ordinarie uppföljning från 2025.", GREY, "UTGAR", ""),
        ]),
        ("IT och information", [
            ("Obehörig åtkomst", "Behörigheter i ekonomisystemet avslutas vid avslutad anställning", 3, 4,
             "Jämförelse användarlista/personalregister", "IT-chef", "KS",
             "Kontroll påbörjad. 4 konton ej avslutade – åtgärdas.", YELLOW, "DELVIS", "ja"),
            ("Bristande offentlighetsprincip", "Diarieföring av inkomna handlingar sker inom två arbetsdagar", 2, 2,
             "Stickprov i diariet", "Kommunsekreterare", "KS", None, None, "SAKNAS", ""),
            ("Brott mot dataskyddsförordningen", "Registerförteckning enligt GDPR är uppdaterad", 2, 4,
             "Genomgång av förteckning", "Dataskyddssamordnare", "KS", None, RED, "EJ_GENOMFORD", ""),
        ]),
    ]
    r = 6
    for proc, items in groups:
        start = r
        for risk, km, s, k, met, ans, rapp, kom, col, e_st, e_av in items:
            rv = s * k
            vals = [proc if r == start else None, risk, km, s, k, rv, met, ans, rapp, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BORDER
                cell.alignment = WRAP
            if col:
                ws.cell(row=r, column=3).fill = fill(col)
            ws.cell(row=r, column=6).fill = fill(RHIGH if rv >= 9 else (RMED if rv >= 6 else RLOW))
            exp(fil, N, km, e_st, e_av)
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=start, column=1).alignment = Alignment(vertical="center", wrap_text=True)
        ws.cell(row=start, column=1).font = BOLD
    r += 1
    ws.cell(row=r, column=3, value="Teckenförklaring status (färg i kolumnen Kontrollmoment)").font = BOLD
    r += 1
    for col, txt in [(GREEN, "Genomförd"), (YELLOW, "Påbörjad / delvis genomförd"),
                     (RED, "Ej genomförd"), (GREY, "Utgår")]:
        ws.cell(row=r, column=2).fill = fill(col)
        ws.cell(row=r, column=2).border = BORDER
        ws.cell(row=r, column=3, value=txt)
        r += 1
    ws.cell(row=r, column=3, value="Ofärgad = ej rapporterad")
    r += 2
    ws.cell(row=r, column=3, value="Riskvärde = sannolikhet × konsekvens: 1–4 låg, 6–8 medel, 9–16 hög").font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", [16, 24, 50, 11, 11, 9, 30, 20, 12, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Överförmyndarnämnden - .ods with "Plan" (no status) + "Uppföljning delår"
# ---------------------------------------------------------------------------
def make_ofn(tmp):
    fil = "ÖFN internkontroll 2025.ods"
    N = "Överförmyndarnämnden"
    controls = [
        ("Årsräkningar granskas senast 30 juni", "Felaktig förvaltning upptäcks inte", "Uttag ur akt-systemet Wärna",
         "Handläggare", "Juli",
         "Genomförd", "97 % granskade per 30 juni. 9 akter var försenade på grund av kompletteringar.", "GENOMFORD", "ja"),
        ("Ställföreträdare kontrolleras mot belastningsregistret och Kronofogden före förordnande",
         "Olämplig ställföreträdare", "Stickprov 10 förordnanden", "Handläggare", "Maj",
         "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Arvodesbeslut följer nämndens riktlinjer för arvodering", "Felaktiga arvoden", "Stickprov 20 beslut",
         "Samordnare", "Augusti",
         "Delvis genomförd", "10 av planerade 20 beslut granskade.", "DELVIS", ""),
        ("Uttag från spärrade konton sker endast efter överförmyndarens samtycke", "Förskingring",
         "Stickprov mot bankernas underlag", "Samordnare", "Oktober",
         "Ej genomförd", "Planerad till oktober enligt planen.", "EJ_GENOMFORD", ""),
        ("Personakter arkiveras och gallras enligt dokumenthanteringsplan", "Bristande informationssäkerhet",
         "Genomgång av 15 avslutade akter", "Nämndsekreterare", "Juni",
         "Se bilaga 2", None, "OKLAR", ""),
        ("Anmälningar om behov av god man handläggs inom fyra veckor", "Långa handläggningstider",
         "Uttag handläggningstider", "Handläggare", "Augusti",
         None, None, "SAKNAS", ""),
    ]
    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Plan"
    ws["A1"] = "Överförmyndarnämnden i Lessebo kommun"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 (antagen ÖFN 2025-02-18 § 6)"
    hdr = ["Kontrollmoment", "Risk", "Kontrollmetod", "Ansvarig", "Tidpunkt"]
    for c, h in enumerate(hdr, 1):
        ws.cell(row=4, column=c, value=h).font = BOLD
    for i, ctl in enumerate(controls):
        for c, v in enumerate(ctl[:5], 1):
            ws.cell(row=5 + i, column=c, value=v).alignment = WRAP
    for col, w in zip("ABCDE", [60, 32, 32, 18, 12]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Uppföljning delår")
    ws2["A1"] = "Överförmyndarnämnden – uppföljning intern kontroll, delår 2025 (jan–aug)"
    ws2["A1"].font = Font(bold=True, size=13)
    for c, h in enumerate(["Kontrollmoment", "Status", "Kommentar"], 1):
        ws2.cell(row=3, column=c, value=h).font = BOLD
    for i, ctl in enumerate(controls):
        km, st, kom, e_st, e_av = ctl[0], ctl[5], ctl[6], ctl[7], ctl[8]
        ws2.cell(row=4 + i, column=1, value=km).alignment = WRAP
        ws2.cell(row=4 + i, column=2, value=st)
        ws2.cell(row=4 + i, column=3, value=kom).alignment = WRAP
        exp(fil, N, km, e_st, e_av)
    ws2.cell(row=4 + len(controls) + 1, column=1, value="Rapporterad av: Per Nilsson, nämndsekreterare, 2025-09-04")
    for col, w in zip("ABC", [60, 18, 60]):
        ws2.column_dimensions[col].width = w
    src = os.path.join(tmp, "ofn.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmp)
    shutil.copyfile(os.path.join(tmp, "ofn.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Tekniska nämnden - two header rows ("Kontroll" band / "Resultat" band), code statuses
# ---------------------------------------------------------------------------
def make_tn():
    fil = "Tekniska nämnden uppföljning intern kontroll delår 2025.xlsx"
    N = "Tekniska nämnden"
    wb = Workbook()
    fix_wb(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Tekniska nämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Avser delårsbokslut 2025-08-31"
    ws["A4"] = "Kontroll"
    ws.merge_cells("A4:E4")
    ws["F4"] = "Resultat"
    ws.merge_cells("F4:I4")
    for c in ("A4", "F4"):
        ws[c].font = Font(bold=True, color="FFFFFF")
        ws[c].fill = fill("375623")
        ws[c].alignment = Alignment(horizontal="center")
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Status T1", "Status delår", "Avvikelse", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill("C6E0B4")
        cell.border = BORDER
        cell.alignment = WRAP
    rows = [
        (1, "Fordonsbokning och körjournaler för kommunens bilpool kontrolleras", "Stickprov 20 körjournaler",
         "Tertial", "Fordonssamordnare", "D", "G", "Nej", None, "GENOMFORD", "nej"),
        (2, "Egenkontroll av dricksvatten enligt kontrollprogram", "Provtagningsprotokoll",
         "Löpande", "VA-chef", "G", "G", "Nej", "Samtliga prover utan anmärkning.", "GENOMFORD", "nej"),
        (3, "Besiktning av lekplatser enligt SS-EN 1176", "Besiktningsprotokoll",
         "Årligen", "Parkchef", "E", "D", "Ja",
         "Besiktning klar för 9 av 14 lekplatser. 2 brister med hög risk åtgärdade direkt.", "DELVIS", "ja"),
        (4, "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor",
         "Årligen", "Ekonom", "G", None, None, "Kontrollen görs en gång per år och utfördes i april.",
         "GENOMFORD", ""),
        (5, "Entreprenör för vinterväghållning fakturerar enligt avtal", "Avstämning mot körrapporter",
         "Säsong", "Gatuchef", "G", "U", None, "Avtalet upphörde 2025-04-30, kontrollen utgår.", "UTGAR", ""),
        (6, "Hyresdebitering av kommunens lokaler stäms av mot hyresavtal", "Avstämning hyreslista",
         "Årligen", "Fastighetschef", None, "E", None, "Har inte hunnits med, flyttas till T3.", "EJ_GENOMFORD", ""),
        (7, "Underhållsplan för VA-ledningsnätet följs upp", "Jämförelse plan/utfall",
         "Halvår", "VA-chef", None, None, None, None, "SAKNAS", ""),
        (8, "Skyddsrond genomförs på samtliga arbetsplatser", "Protokoll från skyddsronder",
         "Årligen", "Förvaltningschef", None, "D", "Ja",
         "Rond genomförd på 6 av 8 arbetsplatser. Brister i förrådsbyggnaden i Kosta.", "DELVIS", "ja"),
    ]
    r = 6
    for row in rows:
        vals = row[:9]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
        exp(fil, N, row[1], row[9], row[10])
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Förklaring: G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår").font = Font(italic=True)
    r += 1
    ws.cell(row=r, column=2, value="Avvikelse: Ja = brist upptäckt vid kontrollen").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [5, 50, 28, 10, 18, 9, 10, 10, 50]):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "4:5"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Stratsys export, tab-separated, two nämnder, long format with T1 + delår rows
# ---------------------------------------------------------------------------
def make_stratsys():
    fil = "Stratsys_export_internkontroll_20250905.csv"
    MBN, KFN = "Miljö- och byggnadsnämnden", "Kultur- och fritidsnämnden"
    hdr = ["Enhet", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar"]
    data = []
    mbn = [
        ("Bygglov", "Bygglov handläggs inom tio veckor enligt PBL", "Bygglovschef",
         ("Delvis genomförd", "Uttag för jan–mar gjort."),
         ("Genomförd", "2 av 48 ärenden överskred tiden; avgiften reducerades enligt PBL 12 kap. 8 a §."),
         "GENOMFORD", "ja"),
        ("Miljötillsyn", "Tillsynsavgifter för livsmedelskontroll debiteras enligt taxa", "Miljöchef",
         ("Ej påbörjad", ""),
         ("Delvis genomförd", "Stickprov av 20 fakturor, resterande granskas under hösten."),
         "DELVIS", ""),
        ("Administration", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         ("Genomförd", "Inga avvikelser."),
         ("Genomförd", "Inga avvikelser."),
         "GENOMFORD", "nej"),
        ("Miljötillsyn", "Förelägganden om enskilda avlopp följs upp", "Miljöinspektör",
         ("Ej påbörjad", ""),
         ("Ej påbörjad", "Prioriteras ned p.g.a. personalbrist."),
         "EJ_GENOMFORD", ""),
        ("Administration", "Jäv och bisysslor hos inspektörer och handläggare", "Miljö- och byggchef",
         ("Genomförd", "Genomgång på APT i mars; inga jävssituationer noterade."),
         ("", ""),
         "GENOMFORD", "nej"),
    ]
    for omr, km, ans, t1, dl, e_st, e_av in mbn:
        data.append([MBN, omr, km, ans, "Tertial 1 2025", t1[0], t1[1]])
        data.append([MBN, omr, km, ans, "Delår 2025", dl[0], dl[1]])
        exp(fil, MBN, km, e_st, e_av)
    kfn = [
        ("Föreningsstöd", "Föreningsbidrag betalas ut enligt bidragsregler", "Fritidskonsulent",
         "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kassahantering", "Dagskassor i simhallen stäms av mot kassarapport", "Badmästare",
         "Genomförd med avvikelse", "Differens vid två tillfällen (120 kr resp. 340 kr). Rutinen har förtydligats.",
         "GENOMFORD", "ja"),
        ("Lokaler", "Bokningar av idrottshallar faktureras", "Bokningsansvarig",
         "Ej aktuell", "Bokningssystemet byts hösten 2025; kontrollen flyttas till planen för 2026.", "UTGAR", ""),
        ("Bibliotek", "Krav och ersättning för förkomna medier hanteras enligt rutin", "Bibliotekschef",
         "Delvis genomförd", "", "DELVIS", ""),
    ]
    for omr, km, ans, st, kom, e_st, e_av in kfn:
        data.append([KFN, omr, km, ans, "Delår 2025", st, kom])
        exp(fil, KFN, km, e_st, e_av)
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\r\n")
        w.writerow(hdr)
        w.writerows(data)
    FILES.append((fil, "INLAST", MBN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", KFN, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Lessebohus AB - Word table, converted to legacy .doc
# ---------------------------------------------------------------------------
def make_lhab(tmp):
    fil = "Lessebohus IK delår 2025.doc"
    N = "Lessebohus AB"
    doc = Document()
    fix_doc(doc, "Lessebohus AB intern kontroll delår 2025")
    doc.add_heading("Lessebohus AB", 1)
    doc.add_paragraph("Uppföljning av intern kontroll – delårsrapport per 2025-08-31")
    doc.add_paragraph("Bolagets styrelse fastställde plan för intern kontroll 2025 vid sammanträdet "
                      "2025-02-20. Uppföljningen redovisas till styrelsen 2025-09-25 och till "
                      "kommunstyrelsen i samband med delårsrapporten.")
    rows = [
        ("Hyresadministration", "Hyresavisering och kravhantering av obetalda hyror", "Ja",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Fastighetsförvaltning", "Systematiskt brandskyddsarbete (SBA) i bostadsbeståndet", "Delvis",
         "Genomfört i Lessebo och Hovmantorp, Kosta och Skruv återstår.", "DELVIS", ""),
        ("Ekonomi", "Attest och kontering av leverantörsfakturor", "Ja",
         "En faktura saknade attest av behörig attestant. Åtgärdat.", "GENOMFORD", "ja"),
        ("Fastighetsförvaltning", "Besiktning vid avflyttning dokumenteras", "Nej",
         "Skjuts till hösten.", "EJ_GENOMFORD", ""),
        ("Energi", "Uppföljning av energiförbrukning per fastighet", "Ja", "", "GENOMFORD", ""),
        ("Inköp", "Avrop från ramavtal för hantverkstjänster följer avtalets villkor", "Ej aktuell i år",
         "Nytt ramavtal tecknas först 2026.", "UTGAR", ""),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Område", "Kontroll", "Utförd (Ja/Nej/Delvis)", "Iakttagelser"]):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for run in p.runs:
                run.bold = True
    for omr, km, utf, iakt, e_st, e_av in rows:
        cells = t.add_row().cells
        for i, v in enumerate([omr, km, utf, iakt]):
            cells[i].text = v
        exp(fil, N, km, e_st, e_av)
    doc.add_paragraph("")
    doc.add_paragraph("Lessebo 2025-09-12")
    doc.add_paragraph("Jonas Holm, VD Lessebohus AB")
    src = os.path.join(tmp, "lhab.docx")
    doc.save(src)
    soffice_convert(src, "doc", tmp)
    shutil.copyfile(os.path.join(tmp, "lhab.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: Excel owner/lock file left in the folder
# ---------------------------------------------------------------------------
def make_lock():
    fil = "~$IK-uppföljning delår 2025 Socialnämnden.xlsx"
    user = "Anna Lindqvist"
    b = bytes([len(user)]) + user.encode("ascii")
    b = b.ljust(54, b" ")
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    b = b.ljust(165, b"\x20")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Lessebohus AB", "Lessebohus|LHAB"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="r575build-")
    try:
        make_bun()
        make_sn()
        make_ks()
        make_ofn(tmp)
        make_tn()
        make_stratsys()
        make_lhab(tmp)
        make_lock()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
