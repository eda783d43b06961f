#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r563 - Ronneby kommun, delår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess

import openpyxl
import xlwt
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r563_build"
LO_PROFILE = "-env:UserInstallation=file:///tmp/lo-round563"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def p(name):
    return os.path.join(HERE, name)


def expect(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# 1. Äldrenämnden - three-level header (year / period / field)
# ---------------------------------------------------------------------------
def build_aldre():
    fil = "Äldrenämnden_IK_uppföljning_2025.xlsx"
    NAMND = "Äldrenämnden"
    # nr, process, kontrollmoment, ansvarig,
    # (2024 helår status, kommentar), (T1 st, kom), (Delår st, kom), expected status, avv
    rows = [
        ("1", "Läkemedelshantering",
         "Kontroll av att signeringslistor för läkemedel är kompletta på särskilda boenden",
         "MAS",
         ("Genomförd", "Brister på 2 av 9 enheter."),
         ("Genomförd", "Stickprov Vidablick och Backsippan, inga brister."),
         ("Genomförd", "Samtliga 9 enheter granskade. Ofullständiga listor på Lindebo, åtgärdsplan upprättad med enhetschef."),
         "GENOMFORD", "ja"),
        ("2", "Avvikelsehantering",
         "Kontroll av att avvikelser enligt SoL och HSL utreds och återkopplas inom 14 dagar",
         "Kvalitetsstrateg",
         ("Genomförd", "Inga anmärkningar."),
         ("Pågår", ""),
         ("Delvis genomförd", "40 av planerade 60 avvikelser granskade. 6 avslutades först efter mer än 14 dagar."),
         "DELVIS", "ja"),
        ("3", "Hemtjänst",
         "Uppföljning av att beviljad tid i hemtjänst överensstämmer med utförd tid (Lifecare)",
         "Verksamhetschef hemtjänst",
         ("Ej genomförd", "Ej hunnits med."),
         ("", ""),
         ("Ej genomförd", "Flyttas till hösten p.g.a. byte av planeringssystem."),
         "EJ_GENOMFORD", ""),
        ("4", "Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Controller",
         ("Genomförd", "Inga avvikelser."),
         ("Genomförd", "Stickprov 25 fakturor, inga avvikelser."),
         ("", ""),
         "GENOMFORD", "nej"),
        ("5", "Ekonomi",
         "Kontroll av hantering av brukarnas privata medel (kontantkassor) på särskilt boende",
         "Enhetschefer SÄBO",
         ("Genomförd", "En differens utredd."),
         ("", ""),
         ("Genomförd", "Inventering av 12 kassor. Differens i en kassa (340 kr), rapporterad som avvikelse."),
         "GENOMFORD", "ja"),
        ("6", "Personal",
         "Kontroll av att introduktion enligt checklista genomförts för nyanställda timvikarier",
         "HR-konsult",
         ("Ny 2025", ""),
         ("", ""),
         ("Delvis genomförd", "Sommarvikarier kontrollerade på 4 av 7 enheter, inga brister hittills. Resterande enheter i september."),
         "DELVIS", "nej"),
        ("7", "Dokumentation",
         "Granskning av genomförandeplaner – upprättade inom 3 veckor efter beslut",
         "Verksamhetsutvecklare",
         ("Genomförd", "82 % upprättade inom tid."),
         ("", ""),
         ("", ""),
         "SAKNAS", ""),
        ("8", "Informationssäkerhet",
         "Logguppföljning i verksamhetssystemet Lifecare (otillåten åtkomst)",
         "Systemförvaltare",
         ("Genomförd", "Ingen otillåten åtkomst."),
         ("Genomförd", "Loggkontroll jan–mar, ingen otillåten åtkomst."),
         ("Genomförd", "Loggkontroll apr–aug: en otillåten åtkomst upptäckt, personalärende hanterat tillsammans med HR."),
         "GENOMFORD", "ja"),
        ("9", "Bemanning",
         "Uppföljning av timanställningar – kontroll mot Heroma (LAS-dagar)",
         "HR-konsult",
         ("Delvis genomförd", ""),
         ("Utgår", "Beslut ÄN 2025-04-23 § 41, kontrollen övertas av KS/HR-enheten."),
         ("Utgår", ""),
         "UTGAR", ""),
        ("10", "Nyckelhantering",
         "Kontroll av kvittens av nycklar och taggar i hemtjänsten",
         "Enhetschefer hemtjänst",
         ("Ny 2025", ""),
         ("Ej påbörjad", ""),
         ("Pågår", "Inventering av nyckelskåp pågår i område Norr och Söder."),
         "DELVIS", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Äldrenämnden – Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = "Ronneby kommun, Äldreförvaltningen. Rapporttillfälle: delår (jan–aug) 2025. Uppdaterad 2025-09-08"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:L2")

    hdr_fill1 = PatternFill("solid", fgColor="1F4E78")
    hdr_fill2 = PatternFill("solid", fgColor="BDD7EE")
    hdr_fill3 = PatternFill("solid", fgColor="DDEBF7")
    white = Font(bold=True, color="FFFFFF")
    # level 1
    for col, txt in (("A", "Nr"), ("B", "Process"), ("C", "Kontrollmoment"), ("D", "Ansvarig")):
        ws[f"{col}4"] = txt
        ws.merge_cells(f"{col}4:{col}6")
        ws[f"{col}4"].font = white
        ws[f"{col}4"].fill = hdr_fill1
        ws[f"{col}4"].alignment = CENTER
    ws["E4"] = 2024
    ws.merge_cells("E4:F4")
    ws["G4"] = 2025
    ws.merge_cells("G4:L4")
    # level 2
    ws["E5"] = "Helår"
    ws.merge_cells("E5:F5")
    ws["G5"] = "T1 (jan–apr)"
    ws.merge_cells("G5:H5")
    ws["I5"] = "Delår (jan–aug)"
    ws.merge_cells("I5:J5")
    ws["K5"] = "Helår"
    ws.merge_cells("K5:L5")
    # level 3
    for col in "EGIK":
        ws[f"{col}6"] = "Status"
    for col in "FHJL":
        ws[f"{col}6"] = "Kommentar"
    for r in (4, 5, 6):
        for c in range(5, 13):
            cell = ws.cell(row=r, column=c)
            cell.alignment = CENTER
            cell.font = Font(bold=True, color="FFFFFF") if r == 4 else Font(bold=True)
            cell.fill = hdr_fill1 if r == 4 else (hdr_fill2 if r == 5 else hdr_fill3)
    for r in range(4, 7):
        for c in range(1, 13):
            ws.cell(row=r, column=c).border = BOX

    r = 7
    for (nr, proc, km, ans, y24, t1, dl, st, avv) in rows:
        vals = [nr, proc, km, ans, y24[0], y24[1], t1[0], t1[1], dl[0], dl[1], "", ""]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c)
            if v != "":
                cell.value = v
            cell.alignment = WRAP
            cell.border = BOX
        # 2024 columns greyed out
        for c in (5, 6):
            ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="EDEDED")
        expect(fil, NAMND, km, st, avv)
        r += 1
    ws.cell(row=r + 1, column=1, value="Helårsuppföljningen redovisas till nämnden i februari 2026.").font = Font(italic=True, size=9)
    widths = {"A": 5, "B": 18, "C": 48, "D": 18, "E": 12, "F": 26, "G": 12, "H": 30,
              "I": 14, "J": 42, "K": 10, "L": 20}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "E7"
    wb.save(p(fil))
    FILES.append((fil, "INLAST", NAMND, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden - status letters, legend in merged cell beside the table
# ---------------------------------------------------------------------------
def build_social():
    fil = "SN Internkontrollplan 2025 uppföljning delår.xlsx"
    NAMND = "Socialnämnden"
    groups = [
        ("Myndighetsutövning – ekonomiskt bistånd", [
            ("SN1", "Handläggning", "Beslut fattas utan stöd i delegation", 6,
             "Kontroll av att beslut om ekonomiskt bistånd är fattade enligt delegationsordningen",
             "Stickprov 30 beslut, halvår", "1:e socialsekreterare", "G",
             "Stickprov 30 beslut, samtliga korrekt delegerade.", "GENOMFORD", "nej"),
            ("SN2", "Utbetalning", "Felaktiga utbetalningar / dubbelutbetalningar", 12,
             "Kontroll av dubbelutbetalningar av ekonomiskt bistånd mot Försäkringskassan (SSBTEK)",
             "Månadsvis avstämning", "Enhetschef försörjningsstöd", "A",
             "2 felaktiga utbetalningar upptäckta (maj, juli). Återkrav beslutat.", "GENOMFORD", "ja"),
        ]),
        ("Barn och unga", [
            ("SN3", "Orosanmälningar", "Barn far illa när bedömning dröjer", 16,
             "Förhandsbedömningar av orosanmälningar slutförs inom 14 dagar",
             "Uttag ur Treserva, samtliga", "Enhetschef barn och unga", "P",
             "Jan–jun granskat: 87 % inom 14 dagar, 13 % över tidsgränsen. Jul–aug granskas i september.",
             "DELVIS", "ja"),
            ("SN4", "Utredningar", "Utredningstiden överskrids", 12,
             "Uppföljning av att utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader",
             "Uttag ur Treserva", "Enhetschef barn och unga", "E",
             "Ej genomförd p.g.a. vakanser, flyttas till T3.", "EJ_GENOMFORD", ""),
        ]),
        ("Funktionsstöd (LSS)", [
            ("SN5", "Verkställighet", "Ej verkställda beslut / sanktionsavgift", 9,
             "Kontroll av att beslut om insats enligt LSS verkställs inom tre månader",
             "Kvartalsvis rapport", "Verksamhetschef LSS", "G",
             "Samtliga beslut verkställda inom tre månader.", "GENOMFORD", "nej"),
            ("SN9", "Personal", "Olämplig personal anställs", 8,
             "Kontroll av att registerutdrag begärts vid anställning inom LSS barnverksamhet",
             "Samtliga nyanställda", "HR-konsult", "",
             "Kontrollen genomförd i juni, samtliga 11 nyanställda hade uppvisat utdrag.", "GENOMFORD", "nej"),
        ]),
        ("Ekonomi och upphandling", [
            ("SN6", "Attest", "Felaktiga utbetalningar", 6,
             "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor", "Controller", "G", "", "GENOMFORD", "nej"),
            ("SN7", "Inköp", "Köp utanför avtal, högre kostnader", 12,
             "Avtalstrohet vid inköp av HVB-placeringar (ramavtal)",
             "Genomgång av placeringar", "Enhetschef barn och unga", "",
             "Se bilaga 2", "OKLAR", ""),
            ("SN8", "Representation", "Otillåten representation", 4,
             "Kontroll av representation och förtroendekänsliga poster",
             "Stickprov", "Controller", "U",
             "Ingår i KS kommungemensamma kontroll 2025.", "UTGAR", ""),
        ]),
        ("Informationssäkerhet", [
            ("SN10", "Behörigheter", "Obehörig åtkomst till personuppgifter", 9,
             "Behörighetsgenomgång i Treserva",
             "Halvårsvis", "Systemförvaltare", "", "", "SAKNAS", ""),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Socialnämnden Ronneby – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning per 31 augusti (delårsbokslut)"
    ws["A2"].font = Font(bold=True)
    headers = ["Id", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Metod/omfattning",
               "Ansvarig", "Status", "Resultat/kommentar"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = BOX
        cell.alignment = CENTER
    r = 5
    for gname, items in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for (id_, proc, risk, rv, km, metod, ans, st_letter, komm, st, avv) in items:
            vals = [id_, proc, risk, rv, km, metod, ans, st_letter, komm]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c)
                if v != "":
                    cell.value = v
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=8).alignment = CENTER
            expect(fil, NAMND, km, st, avv)
            r += 1
    # legend: merged block beside the table
    ws["K4"] = ("Teckenförklaring status\n\n"
                "G = Genomförd utan anmärkning\n"
                "A = Genomförd med anmärkning\n"
                "P = Påbörjad / delvis genomförd\n"
                "E = Ej genomförd\n"
                "U = Utgår\n"
                "(tom) = ej rapporterat\n\n"
                "Riskvärde = sannolikhet × konsekvens (1–16)")
    ws.merge_cells("K4:M13")
    ws["K4"].alignment = Alignment(wrap_text=True, vertical="top")
    ws["K4"].fill = PatternFill("solid", fgColor="FFF2CC")
    ws["K4"].border = BOX
    r += 1
    ws.cell(row=r, column=1, value="Rapporten behandlad i socialnämndens arbetsutskott 2025-09-16.").font = Font(size=9, italic=True)
    for k, v in {"A": 6, "B": 14, "C": 28, "D": 9, "E": 46, "F": 22, "G": 22, "H": 8, "I": 46,
                 "K": 14, "L": 14, "M": 14}.items():
        ws.column_dimensions[k].width = v
    wb.save(p(fil))
    FILES.append((fil, "INLAST", NAMND, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Utbildningsnämnden - Word: table + one more control in a paragraph after it
# ---------------------------------------------------------------------------
def build_utbildning():
    fil = "Uppföljning internkontroll delår 2025 UN.docx"
    NAMND = "Utbildningsnämnden"
    rows = [
        ("Skolpliktsbevakning",
         "Kontroll av att elever med hög frånvaro (över 15 %) anmäls till rektor och att åtgärder vidtas",
         "Stickprov i IST frånvaro", "Skolchef F–6",
         "Kontroll genomförd på 4 av 6 F–6-skolor. Inga brister på granskade skolor. Resterande skolor granskas under hösten.",
         "Delvis", "DELVIS", "nej"),
        ("Kränkande behandling",
         "Anmälan av kränkande behandling till huvudman sker skyndsamt",
         "Stickprov 20 ärenden", "Kvalitetsutvecklare",
         "3 av 20 anmälningar kom in senare än fem arbetsdagar efter händelsen. Rektorerna har påmints om rutinen.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Skolskjuts",
         "Kontroll av att beslut om skolskjuts följer riktlinjerna",
         "Stickprov 15 beslut", "Skolskjutshandläggare",
         "Inga avvikelser.", "Genomförd", "GENOMFORD", "nej"),
        ("Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor", "Controller",
         "En faktura saknade andra attest (belopp över 50 tkr). Berörd chef informerad.",
         "Genomförd", "GENOMFORD", "ja"),
        ("Interkommunal ersättning",
         "Kontroll av att fakturering av interkommunala ersättningar (IKE) sker för samtliga elever från annan kommun",
         "Avstämning elevregister mot fakturor", "Ekonomiassistent",
         "Planeras till oktober efter höstterminens elevregistrering.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Måltider",
         "Kontroll av specialkost – rutin för allergier följs i skolmatsalarna",
         "Besök i tillagningskök", "Kostchef",
         "Samtliga tillagningskök kontrollerade av kostenheten i april–maj.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Betyg och arkiv",
         "Kontroll av att betygskatalogerna är korrekt arkiverade",
         "Genomgång i arkivet", "Registrator",
         "Utgår – ersätts av digital betygshantering i IST från 2025.",
         "Utgår", "UTGAR", ""),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "RONNEBY KOMMUN\tUtbildningsförvaltningen"

    doc.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    doc.add_paragraph("Utbildningsnämnden – delårsrapport januari–augusti 2025").runs[0].bold = True
    doc.add_paragraph(
        "Utbildningsnämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 118). "
        "Planen omfattar åtta kontrollmoment. Nedan redovisas resultatet av de kontroller som "
        "genomförts under perioden januari–augusti. Kontrollerna har utförts av förvaltningens "
        "stabsfunktion tillsammans med berörda rektorer.")
    tbl = doc.add_table(rows=1, cols=6)
    tbl.style = "Table Grid"
    hdr = ["Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Utfall delår", "Bedömning"]
    for i, h in enumerate(hdr):
        c = tbl.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for (proc, km, met, ans, utfall, bed, st_, avv) in rows:
        cells = tbl.add_row().cells
        for i, v in enumerate((proc, km, met, ans, utfall, bed)):
            cells[i].text = v
        expect(fil, NAMND, km, st_, avv)

    doc.add_paragraph("")
    extra_km = "Registerkontroll vid nyanställning inom förskola och skola"
    para = doc.add_paragraph("Utöver kontrollmomenten i tabellen har även kontrollmomentet ")
    para.add_run(extra_km).bold = True
    para.add_run(
        " följts upp under perioden. Samtliga 42 personer som nyanställts i förskola och skola "
        "under januari–augusti har uppvisat utdrag ur belastningsregistret innan anställningen "
        "påbörjades. Kontrollen bedöms som genomförd utan anmärkning.")
    expect(fil, NAMND, extra_km, "GENOMFORD", "nej")

    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. De avvikelser som "
        "noterats har åtgärdats eller följs upp i helårsrapporten.")
    doc.add_paragraph("Ronneby 2025-09-10")
    doc.add_paragraph("Förvaltningschef, Utbildningsförvaltningen")
    doc.save(p(fil))
    FILES.append((fil, "INLAST", NAMND, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Kommunstyrelsen - cover sheet first, follow-up on the second sheet
# ---------------------------------------------------------------------------
def build_ks():
    fil = "IK-rapport_delar_2025_v2.xlsx"
    NAMND = "Kommunstyrelsen"
    GREEN = PatternFill("solid", fgColor="C6EFCE")
    YELLOW = PatternFill("solid", fgColor="FFEB9C")
    RED = PatternFill("solid", fgColor="FFC7CE")
    GREY = PatternFill("solid", fgColor="D9D9D9")
    fills = {"Genomförd": GREEN, "Delvis genomförd": YELLOW, "Ej genomförd": RED, "Utgår": GREY}
    groups = [
        ("Ekonomi", [
            ("Ekonomienheten",
             "Kontroll av att leverantörsregistret inte innehåller dubbletter eller felaktiga bankgironummer",
             "Registeruttag Raindance, jämförelse", "Halvår", "2025-05-20", "Genomförd",
             "Två dubbletter hittades och inaktiverades.", "Rutin för nyupplägg ses över.",
             "GENOMFORD", "ja"),
            ("Ekonomienheten",
             "Förtroendekänsliga poster – representation, resor och konferenser",
             "Stickprov 20 verifikationer", "Årligen", "2025-06-11", "Genomförd",
             "2 verifikationer saknade deltagarförteckning och syfte.", "Påminnelse till attestanter.",
             "GENOMFORD", "ja"),
            ("Ekonomienheten",
             "Avstämning av kundreskontra och påminnelserutin",
             "Avstämning mot huvudbok", "Tertial", "2025-08-29", "Genomförd",
             "Inga anmärkningar.", "", "GENOMFORD", "nej"),
        ]),
        ("Upphandling", [
            ("Upphandlingsenheten",
             "Avtalstrohet – inköp utanför ramavtal över 100 tkr",
             "Leverantörsanalys", "Årligen", "", "Delvis genomförd",
             "Analys i inköpsanalysverktyget påbörjad, beräknas klar i oktober.", "", "DELVIS", ""),
            ("Upphandlingsenheten",
             "Direktupphandlingar dokumenteras enligt riktlinjer",
             "Stickprov 10 direktupphandlingar", "Årligen", "", "Ej genomförd",
             "Ej påbörjad på grund av resursbrist under våren.", "Genomförs under T3.", "EJ_GENOMFORD", ""),
        ]),
        ("HR och lön", [
            ("HR-enheten",
             "Kontroll av att löneutbetalningar till avslutade anställningar inte sker",
             "Avstämning Heroma mot avslutslista", "Månadsvis", "2025-08-25", "Genomförd",
             "En felaktig utbetalning i juni (12 400 kr). Återkrav skickat.", "Checklista vid avslut kompletterad.",
             "GENOMFORD", "ja"),
            ("HR-enheten",
             "Uppföljning av sjukfrånvaro och rehabiliteringsärenden i Adato",
             "", "Tertial", "", "Utgår",
             "Ersätts av HR-uppföljning i personalbokslutet, beslut KS 2025-03-04.", "", "UTGAR", ""),
        ]),
        ("IT och informationssäkerhet", [
            ("IT-enheten",
             "Behörighetsgenomgång i ekonomisystemet Raindance",
             "Behörighetslista mot organisation", "Årligen", "", "Delvis genomförd",
             "Genomgång klar för kommunledningsförvaltningen, övriga förvaltningar pågår.", "", "DELVIS", ""),
            ("IT-enheten",
             "Kontroll av att backup av servrar fungerar (återläsningstest)",
             "Återläsningstest", "Halvår", "2025-05-14", "Genomförd",
             "Återläsningstest utfört utan fel.", "", "GENOMFORD", "nej"),
        ]),
        ("Kansli", [
            ("Kansliet",
             "Diarieföring av inkommande handlingar inom föreskriven tid",
             "Stickprov i W3D3", "Tertial", "", "", "", "", "SAKNAS", ""),
        ]),
    ]
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Försättsblad"
    cov.column_dimensions["B"].width = 26
    cov.column_dimensions["C"].width = 48
    cov["B3"] = "RONNEBY KOMMUN"
    cov["B3"].font = Font(bold=True, size=12, color="1F4E78")
    cov["B5"] = "Uppföljning av intern kontroll"
    cov["B5"].font = Font(bold=True, size=20)
    info = [
        ("Nämnd:", "Kommunstyrelsen"),
        ("Förvaltning:", "Kommunledningsförvaltningen"),
        ("År:", 2025),
        ("Period:", "Delårsrapport januari–augusti"),
        ("Upprättad av:", "Controller, ekonomienheten"),
        ("Datum:", "2025-09-12"),
        ("Behandlas:", "Kommunstyrelsens arbetsutskott 2025-09-24"),
    ]
    r = 8
    for k, v in info:
        cov.cell(row=r, column=2, value=k).font = Font(bold=True)
        cov.cell(row=r, column=3, value=v)
        r += 1
    cov["B17"] = "Uppföljningen redovisas på fliken \"Uppföljning\"."
    cov["B17"].font = Font(italic=True)

    ws = wb.create_sheet("Uppföljning")
    ws["A1"] = "Instruktion: ange status Genomförd / Delvis genomförd / Ej genomförd / Utgår och beskriv iakttagelser. Avvikelser ska alltid ha en åtgärd."
    ws["A1"].font = Font(italic=True, size=9, color="7F7F7F")
    ws.merge_cells("A1:H1")
    headers = ["Enhet", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Utförd (datum)", "Status",
               "Iakttagelser", "Åtgärd"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="305496")
        cell.border = BOX
        cell.alignment = CENTER
    r = 4
    n_done = 0
    n_tot = 0
    for gname, items in groups:
        c = ws.cell(row=r, column=1, value=gname.upper())
        c.font = Font(bold=True)
        for cc in range(1, 9):
            ws.cell(row=r, column=cc).fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1
        for (enh, km, met, frek, dat, status, iakt, atg, st, avv) in items:
            vals = [enh, km, met, frek, dat, status, iakt, atg]
            for cidx, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=cidx)
                if v != "":
                    cell.value = v
                cell.alignment = WRAP
                cell.border = BOX
            if status in fills:
                ws.cell(row=r, column=6).fill = fills[status]
            n_tot += 1
            if status == "Genomförd":
                n_done += 1
            expect(fil, NAMND, km, st, avv)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summa").font = Font(bold=True)
    ws.cell(row=r, column=2, value=f"Antal genomförda kontroller: {n_done} av {n_tot}")
    r += 2
    ws.cell(row=r, column=1, value="Färgmarkering: grön = genomförd, gul = delvis genomförd, röd = ej genomförd, grå = utgår").font = Font(size=9)
    for k, v in {"A": 20, "B": 50, "C": 28, "D": 10, "E": 13, "F": 16, "G": 44, "H": 30}.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A4"
    wb.save(p(fil))
    FILES.append((fil, "INLAST", NAMND, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Miljö- och byggnadsnämnden - .xls, nämnd only in the sheet name
# ---------------------------------------------------------------------------
def build_mbn():
    fil = "ik_uppf_2025-08.xls"
    NAMND = "Miljö- och byggnadsnämnden"
    rows = [
        ("Handläggningstid för bygglov – beslut inom 10 veckor från komplett ansökan",
         "Samtliga beslut jan–aug", "Ja", "Ja",
         "3 av 48 ärenden över tidsfrist, avgiften reducerad enligt PBL 12 kap. 8 a §.", "LH",
         "GENOMFORD", "ja"),
        ("Debitering av timavgift för tillsyn enligt miljöbalken",
         "Stickprov 20 ärenden", "Ja", "Nej", "", "AK", "GENOMFORD", "nej"),
        ("Kontroll av att livsmedelskontroller genomförs enligt kontrollplan",
         "Uttag ur Ecos", "Pågår", "",
         "62 % av planerade kontroller utförda t.o.m. augusti.", "AK", "DELVIS", ""),
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 15 fakturor", "Ja", "Nej", "", "Controller", "GENOMFORD", "nej"),
        ("Kontroll av att delegationsbeslut anmäls till nämnden",
         "Jämförelse diarium – delegationslistor", "Nej", "",
         "Görs under hösten.", "Nämndsekr.", "EJ_GENOMFORD", ""),
        ("Arkivering av avslutade ärenden i e-arkivet",
         "Stickprov 15 ärenden", "Ja", "Nej", "Samtliga 15 ärenden korrekt arkiverade.", "Registrator",
         "GENOMFORD", "nej"),
        ("Uppföljning av förelägganden om enskilda avlopp",
         "Genomgång av bevakningar", "Pågår", "Ja",
         "Brister i bevakningen: 7 förelägganden saknar uppföljning. Genomgång fortsätter.", "LH",
         "DELVIS", "ja"),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Miljö- och byggnadsnämnden")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre")
    normal = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    small = xlwt.easyxf("font: italic on, height 180")
    ws.write(0, 0, "Uppföljning internkontrollplan 2025 – delår 1 jan – 31 aug", title)
    ws.write(1, 0, "Lämnas till ekonomienheten senast 15 september.", small)
    headers = ["Kontrollmoment", "Omfattning", "Kontroll utförd (Ja/Nej/Pågår)", "Avvikelse (Ja/Nej)",
               "Kommentar", "Signatur"]
    for c, h in enumerate(headers):
        ws.write(3, c, h, bold)
    r = 4
    for (km, omf, utf, avvcol, komm, sig, st, avv) in rows:
        for c, v in enumerate((km, omf, utf, avvcol, komm, sig)):
            ws.write(r, c, v, normal)
        expect(fil, NAMND, km, st, avv)
        r += 1
    ws.write(r + 1, 0, "Ansvarig för sammanställning: förvaltningschef", small)
    for c, w in enumerate((55, 28, 16, 12, 55, 12)):
        ws.col(c).width = w * 256
    wb.save(p(fil))
    FILES.append((fil, "INLAST", NAMND, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Bolag - Hypergene CSV export, two bolag, rows per period (T1 + Delår)
# ---------------------------------------------------------------------------
def build_bolag_csv():
    fil = "Hypergene_export_internkontroll_bolag_20250915.csv"
    MITEK = "Ronneby Miljö och Teknik AB"
    HUS = "AB Ronnebyhus"
    # enhet, process, kontrollmoment, [(period, status, kommentar, datum, av)], expected, avv
    data = [
        (MITEK, "Vatten och avlopp",
         "Avläsning och debitering av vattenmätare – kontroll av schablondebiteringar",
         [("T1", "Påbörjad", "Urval av schablonkunder taget.", "2025-05-06", "mlind"),
          ("Delår", "Genomförd", "Genomgång av 312 schablonkunder, 14 felaktiga schabloner korrigerade.", "2025-09-03", "mlind")],
         "GENOMFORD", "ja"),
        (MITEK, "Vatten och avlopp",
         "Kontroll av att egenkontroll av dricksvatten följer provtagningsplanen",
         [("Delår", "Genomförd", "Inga avvikelser.", "2025-08-28", "jberg")],
         "GENOMFORD", "nej"),
        (MITEK, "Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         [("T1", "Genomförd", "Stickprov 20 fakturor.", "2025-05-02", "ekonomi"),
          ("Delår", "Genomförd", "Stickprov 20 fakturor, inga avvikelser.", "2025-09-01", "ekonomi")],
         "GENOMFORD", "nej"),
        (MITEK, "Renhållning",
         "Avtalsuppföljning entreprenad renhållning (insamling av hushållsavfall)",
         [("Delår", "Delvis genomförd", "Uppföljningsmöten hållna, vitesberäkning återstår.", "2025-09-10", "slars")],
         "DELVIS", ""),
        (MITEK, "Stadsnät",
         "Kontroll av fiberanslutningsavgifter mot avtal (Ronneby Stadsnät)",
         [("T1", "Ej påbörjad", "", "2025-04-30", "pnil")],
         "EJ_GENOMFORD", ""),
        (MITEK, "IT/OT-säkerhet",
         "Behörighetskontroll i SCADA-system för VA-verken",
         [("Delår", "Ej genomförd", "Flyttas till 2026 i samband med systembyte.", "2025-09-11", "jberg")],
         "EJ_GENOMFORD", ""),
        (HUS, "Hyresadministration",
         "Hyresavisering – kontroll att hyror debiteras enligt gällande hyresavtal",
         [("T1", "Genomförd", "Stickprov 20 avtal, inga fel.", "2025-04-25", "akarl"),
          ("Delår", "Genomförd", "Stickprov 40 avtal, inga fel.", "2025-08-30", "akarl")],
         "GENOMFORD", "nej"),
        (HUS, "Uthyrning",
         "Kontroll av vakansrapportering och outhyrda lägenheter",
         [("Delår", "Genomförd", "Två lägenheter felaktigt registrerade som uthyrda, rättat i systemet.", "2025-09-02", "akarl")],
         "GENOMFORD", "ja"),
        (HUS, "Hyresadministration",
         "Uppföljning av kravärenden och avhysningar",
         [("T1", "Ej påbörjad", "", "2025-04-25", "akarl"),
          ("Delår", "Pågående", "Genomgång av 35 kravärenden pågår.", "2025-09-05", "akarl")],
         "DELVIS", ""),
        (HUS, "Fastighetsförvaltning",
         "Besiktning av lekplatser enligt SS-EN 1176",
         [("Delår", "Avbruten", "Avbruten genom styrelsebeslut 2025-05-20; besiktningen upphandlas externt.", "2025-06-02", "tholm")],
         "UTGAR", ""),
        (HUS, "Ekonomi",
         "Attest av leverantörsfakturor enligt attestordningen",
         [("Delår", "", "", "", "")],
         "SAKNAS", ""),
    ]
    header = ["Enhet", "År", "Period", "Process", "Kontrollmoment", "Status", "Kommentar",
              "Senast ändrad", "Ändrad av"]
    with open(p(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        for (enh, proc, km, periods, st, avv) in data:
            for (per, status, komm, dat, av) in periods:
                w.writerow([enh, "2025", per, proc, km, status, komm, dat, av])
            expect(fil, enh, km, st, avv)
    FILES.append((fil, "INLAST", MITEK, "2025", "DELAR"))
    FILES.append((fil, "INLAST", HUS, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Fritid- och kulturnämnden - .ods with tick columns
# ---------------------------------------------------------------------------
def build_fritid():
    fil = "Fritid och kultur - IK delår 2025.ods"
    NAMND = "Fritid- och kulturnämnden"
    rows = [
        ("1", "Kassahantering i simhallen Kallinge (dagsavstämning kassa mot kassaregister)",
         "X", "", "", "Differens vid 2 tillfällen, utredda och rapporterade.", "GENOMFORD", "ja"),
        ("2", "Kontroll av att föreningsbidrag betalas ut enligt beslutade bidragsregler",
         "X", "", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("3", "Uthyrning av lokaler och anläggningar – fakturering enligt taxa",
         "", "X", "", "Bokningar i bokningssystemet granskade för jan–apr.", "DELVIS", ""),
        ("4", "Inventering av konst i kommunens samlingar",
         "", "", "X", "Skjuts till 2026.", "EJ_GENOMFORD", ""),
        ("5", "Kontroll av utlåningsrutiner och avgifter i biblioteket",
         "X", "", "X", "", "OKLAR", ""),
        ("6", "Attest av leverantörsfakturor enligt attestordningen",
         "X", "", "", "", "GENOMFORD", "nej"),
        ("7", "Systematiskt brandskyddsarbete i Ronneby kulturcentrum",
         "", "", "", "Brandskyddsrond genomförd i maj, inga anmärkningar.", "GENOMFORD", "nej"),
        ("8", "Registerutdrag för ledare i sommarlovsaktiviteter",
         "", "", "", "", "SAKNAS", ""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Fritid- och kulturnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning delår (januari–augusti)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Markera med X i den kolumn som gäller."
    ws["A3"].font = Font(italic=True, size=9)
    headers = ["Nr", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BOX
        cell.alignment = CENTER
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
    r = 6
    for (nr, km, g, d, e, komm, st, avv) in rows:
        for c, v in enumerate((nr, km, g, d, e, komm), start=1):
            cell = ws.cell(row=r, column=c)
            if v != "":
                cell.value = v
            cell.border = BOX
            cell.alignment = CENTER if c in (1, 3, 4, 5) else WRAP
        expect(fil, NAMND, km, st, avv)
        r += 1
    ws.cell(row=r + 1, column=2, value="Sammanställt av: nämndsekreterare, Fritid- och kulturförvaltningen, 2025-09-09")
    for k, v in {"A": 5, "B": 58, "C": 11, "D": 9, "E": 13, "F": 48}.items():
        ws.column_dimensions[k].width = v
    tmp_xlsx = os.path.join(TMP, "fritid.xlsx")
    wb.save(tmp_xlsx)
    subprocess.run(["soffice", "--headless", LO_PROFILE, "--convert-to", "ods", "--outdir", TMP, tmp_xlsx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copyfile(os.path.join(TMP, "fritid.ods"), p(fil))
    FILES.append((fil, "INLAST", NAMND, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv) from Socialförvaltningen, no follow-up in it
# ---------------------------------------------------------------------------
def build_missiv():
    fil = "Missiv IK delår 2025 Socialnämnden.docx"
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "RONNEBY KOMMUN\tSocialförvaltningen"
    para = doc.add_paragraph("2025-09-17\nDnr SN 2025/0148")
    para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Till: Ekonomienheten, Kommunledningsförvaltningen")
    doc.add_heading("Följebrev – uppföljning av internkontrollplan, delår 2025", level=1)
    doc.add_paragraph(
        "Härmed översänds socialnämndens uppföljning av internkontrollplanen för perioden "
        "januari–augusti 2025. Uppföljningen behandlades av socialnämndens arbetsutskott "
        "2025-09-16 och anmäls till socialnämnden 2025-09-24.")
    doc.add_paragraph(
        "Uppföljningen finns i den bifogade Excel-filen. Bilaga 2 (genomgång av placeringar i HVB) "
        "innehåller personuppgifter och skickas därför separat via säker e-post.")
    doc.add_paragraph(
        "Vid frågor, kontakta förvaltningens controller.")
    doc.add_paragraph("\nMed vänlig hälsning\n\nSocialchef\nSocialförvaltningen, Ronneby kommun")
    doc.add_paragraph("Bilagor:\n1. SN Internkontrollplan 2025 uppföljning delår.xlsx")
    doc.save(p(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Utbildningsnämnden", "UN|Utbildningsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Äldrenämnden", "ÄN|Äldreförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggnadsförvaltningen|Miljö och bygg"),
        ("Fritid- och kulturnämnden", "FKN|Fritid- och kulturförvaltningen|Fritid och kultur"),
        ("Valnämnden", "VN"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Ronneby Miljö och Teknik AB", "MiTek|Ronneby Miljö & Teknik AB|Miljöteknik"),
        ("AB Ronnebyhus", "Ronnebyhus"),
        ("AB Ronneby Helsobrunn", "Helsobrunn|Moderbolaget"),
    ]
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)


def write_csvs():
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    os.makedirs(TMP, exist_ok=True)
    build_aldre()
    build_social()
    build_utbildning()
    build_ks()
    build_mbn()
    build_bolag_csv()
    build_fritid()
    build_missiv()
    write_register()
    write_csvs()
    shutil.rmtree(TMP, ignore_errors=True)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
