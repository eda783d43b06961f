#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r516 - Uppsala kommun, delår 2025 inbox.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv,
deterministically, into the folder this script lives in.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import io
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties, ParagraphProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))
YEAR = 2025
FIXED_DT = datetime.datetime(2025, 9, 8, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round516"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
KS = "Kommunstyrelsen"
AMN = "Arbetsmarknadsnämnden"
GSN = "Gatu- och samhällsmiljönämnden"
IFN = "Idrotts- och fritidsnämnden"
KTN = "Kulturnämnden"
MHN = "Miljö- och hälsoskyddsnämnden"
PBN = "Plan- och byggnadsnämnden"
SCN = "Socialnämnden"
UBN = "Utbildningsnämnden"
ALN = "Äldrenämnden"
OSN = "Omsorgsnämnden"
UVAB = "Uppsala Vatten och Avfall AB"

REGISTER = [
    (KS, "KS|Kommunledningskontoret|KLK"),
    (AMN, "AMN|Arbetsmarknadsförvaltningen|AMF"),
    (GSN, "GSN"),
    (IFN, "IFN"),
    (KTN, "KTN|KN"),
    (MHN, "MHN|Miljöförvaltningen"),
    (PBN, "PBN"),
    (SCN, "SCN|SN|Socialförvaltningen"),
    (UBN, "UBN|Utbildningsförvaltningen|UBF"),
    (ALN, "ÄLN|ÄN"),
    (OSN, "OSN"),
    (UVAB, "Uppsala Vatten|UVAB|Uppsala Vatten och Avfall"),
]


# ---------------------------------------------------------------------------
# File 1: Stratsys export, ten nämnder, CSV in Windows-1252
# ---------------------------------------------------------------------------
def make_export():
    fil = "IK_uppfoljning_delar_2025_export_Stratsys.csv"
    K1 = ("Ekonomi – leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen – stickprov 20 fakturor")
    K2 = ("Inköp och upphandling", "Direktupphandlingar över 100 000 kr är dokumenterade enligt riktlinjen för direktupphandling")
    K3 = ("Ekonomi – förtroendekänsliga poster", "Förtroendekänsliga poster: representation och resor följer kommunens riktlinjer")
    # (nämnd as in export, register name, process, km, status text, comment, expected status, avvikelse)
    rows = [
        (KS, KS, *K1, "Genomförd", "Stickprov 20 fakturor, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        (KS, KS, *K2, "Genomförd med avvikelse", "2 av 12 granskade direktupphandlingar saknade dokumentation; påminnelse skickad till beställarna.", "GENOMFORD", "ja"),
        (KS, KS, *K3, "Pågående", "Representation jan–jun granskad utan avvikelser hittills, resor granskas i september.", "DELVIS", "nej"),
        (KS, KS, "Styrning och ledning", "Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen", "Genomförd", "Kontroll av 30 beslut, samtliga anmälda.", "GENOMFORD", "nej"),
        (KS, KS, "IT och informationssäkerhet", "Behörigheter i ekonomisystemet Raindance stäms av mot aktuell personallista", "Ej påbörjad", "Planeras till oktober på grund av byte av ekonomisystem.", "EJ_GENOMFORD", ""),
        (AMN, AMN, *K1, "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (AMN, AMN, *K2, "Delvis genomförd", "Sju av tio direktupphandlingar granskade, hittills utan anmärkning. Övriga granskas i september.", "DELVIS", "nej"),
        (AMN, AMN, *K3, "Genomförd", "Två representationstillfällen saknade deltagarförteckning och syfte.", "GENOMFORD", "ja"),
        (GSN, GSN, *K1, "Genomförd", "Stickprov genomfört, inga fel.", "GENOMFORD", "nej"),
        (GSN, GSN, *K2, "Genomförd med avvikelse", "En direktupphandling av konsulttjänst (ca 180 tkr) saknade dokumenterad konkurrensutsättning.", "GENOMFORD", "ja"),
        (GSN, GSN, *K3, "Ej påbörjad", "", "EJ_GENOMFORD", ""),
        (GSN, GSN, "Drift och underhåll", "Fakturering från vinterväghållningsentreprenör stäms av mot utförda åtgärder i körjournal", "Genomförd", "Avstämning jan–mars; fakturerat belopp överensstämde med körjournalerna.", "GENOMFORD", "nej"),
        (IFN, IFN, *K1, "Genomförd", "Ok, inga fel.", "GENOMFORD", "nej"),
        (IFN, IFN, *K2, "Utgår", "Kontrollen utgår enligt nämndbeslut 2025-03-20 § 34; ersätts av kontroll av avtalstrohet.", "UTGAR", ""),
        (IFN, IFN, *K3, "Delvis genomförd", "Representation kontrollerad, resor återstår.", "DELVIS", ""),
        (KTN, KTN, *K1, "Genomförd", "Stickprov 20 fakturor: 1 faktura attesterad av jävig attestant. Rättad i efterhand.", "GENOMFORD", "ja"),
        (KTN, KTN, *K2, "Pågående", "", "DELVIS", ""),
        (KTN, KTN, *K3, "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (MHN, MHN, *K1, "Genomförd", "Inga avvikelser noterade.", "GENOMFORD", "nej"),
        (MHN, MHN, *K2, "Genomförd", "Inga direktupphandlingar över beloppsgränsen under perioden; inköpsrapporten har gåtts igenom.", "GENOMFORD", "nej"),
        (MHN, MHN, *K3, "", "Genomförd i juni – samtliga resor och representation enligt riktlinjen, inga avvikelser.", "GENOMFORD", "nej"),
        (PBN, PBN, *K1, "Ej genomförd", "Kontrollen har inte hunnits med p.g.a. vakant controllertjänst. Genomförs under hösten.", "EJ_GENOMFORD", ""),
        (PBN, PBN, *K2, "Ej genomförd", "Skjuts till tertial 3.", "EJ_GENOMFORD", ""),
        (PBN, PBN, *K3, "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (PBN, PBN, "Myndighetsutövning", "Handläggningstid för bygglov följer plan- och bygglagens tidsfrist på tio veckor",
         "Genomförd med avvikelse",
         "14 av 160 ärenden överskred tidsfristen.\nAvgiften har reducerats enligt PBL 12 kap. 8 a §; rutin för bevakning ses över.",
         "GENOMFORD", "ja"),
        (SCN, SCN, *K1, "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (SCN, SCN, *K2, "Genomförd", "Se bilaga.", "GENOMFORD", ""),
        (SCN, SCN, *K3, "Pågående", "Resor jan–apr granskade utan anmärkning; maj–aug pågår.", "DELVIS", "nej"),
        (UBN, UBN, *K1, "Genomförd med avvikelse", "3 av 20 fakturor saknade beställarreferens; attest korrekt i övrigt.", "GENOMFORD", "ja"),
        (UBN, UBN, *K2, "Delvis genomförd", "Kontrollen omfattade endast avdelningen förskola.", "DELVIS", ""),
        (UBN, UBN, *K3, "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (ALN, ALN, *K1, "", "", "SAKNAS", ""),
        (ALN, ALN, *K2, "", "", "SAKNAS", ""),
        (ALN, ALN, *K3, "", "", "SAKNAS", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["Rapport: Uppföljning internkontrollplan 2025 – Delårsbokslut augusti"])
    w.writerow(["Organisation: Uppsala kommun, samtliga nämnder (urval: kommungemensamma och nämndspecifika kontrollmoment)"])
    w.writerow(["Exporterad 2025-09-08 14:12 av Ekonomistaben, Kommunledningskontoret"])
    w.writerow([])
    w.writerow(["Nämnd", "Process", "Kontrollmoment", "Status", "Kommentar"])
    for r in rows:
        w.writerow([r[0], r[2], r[3], r[4], r[5]])
    w.writerow([])
    w.writerow(["Antal rader: %d" % len(rows)])
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())
    seen = []
    for r in rows:
        exp(fil, r[1], r[3], r[6], r[7])
        if r[1] not in seen:
            seen.append(r[1])
    assert len(seen) == 10
    for n in seen:
        FILES.append((fil, "INLAST", n, YEAR, "DELAR"))


# ---------------------------------------------------------------------------
# File 2: Utbildningsförvaltningen workbook, one sheet per avdelning
# ---------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fix_props(wb):
    wb.properties.creator = "Uppsala kommun"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.lastModifiedBy = "Uppsala kommun"


def make_ubf():
    fil = "IK_uppfoljning_UBF_delar_2025.xlsx"
    avd = [
        ("Förskola", "Avdelning: Förskola", [
            ("1.1", "Barnomsorgsavgifter", "Debitering av förskoleavgift stäms av mot registrerad vistelsetid och inkomstuppgift",
             "Stickprov 25 barn", "Avgiftshandläggare", "Genomförd",
             "2 felaktiga debiteringar (för låg avgift) upptäcktes och har korrigerats.", "Rutin för årlig inkomstkontroll ses över.",
             "GENOMFORD", "ja"),
            ("1.2", None, "Uppsägning av placering hanteras inom två månaders uppsägningstid",
             "Stickprov 15 uppsägningar", "Avgiftshandläggare", "Genomförd", "Inga avvikelser.", "",
             "GENOMFORD", "nej"),
            ("1.3", "Kvalitet och säkerhet", "Rutin för hämtning av barn av obehörig vuxen är känd av all personal",
             "Enkät till rektorer", "Rektorer förskola", "Delvis genomförd", "Svar har kommit från 31 av 48 förskoleenheter.", "Påminnelse skickad.",
             "DELVIS", ""),
            ("1.4", "Lokaler", "Egenkontroll av lekplatssäkerhet är dokumenterad för samtliga förskolegårdar",
             "Genomgång av besiktningsprotokoll", "Fastighetssamordnare", "Ej genomförd",
             "Besiktningarna är försenade hos Skolfastigheter, beräknas klara i oktober.", "",
             "EJ_GENOMFORD", ""),
        ]),
        ("Grundskola", "Avdelning: Grundskola", [
            ("2.1", "Elevhälsa och trygghet", "Anmälan om kränkande behandling till huvudmannen sker skyndsamt enligt skollagen 6 kap. 10 §",
             "Stickprov 40 anmälningar", "Verksamhetschef grundskola", "Genomförd",
             "12 av 40 anmälningar gjordes senare än fem arbetsdagar efter händelsen.", "Information till rektorer vid ledningsmöte i september.",
             "GENOMFORD", "ja"),
            ("2.2", "Skolskjuts", "Beslut om skolskjuts fattas enligt riktlinjer och delegationsordning",
             "Stickprov 20 beslut", "Skolskjutshandläggare", "Ej aktuell",
             "Handläggningen av skolskjuts har flyttats till Gatu- och samhällsmiljönämnden efter omorganisation 2025-01-01.", "",
             "UTGAR", ""),
            ("2.3", "Närvaro", "Upprepad frånvaro utreds och anmäls till rektor enligt rutin",
             "Genomgång av frånvarorapporter", "Rektorer grundskola", "Genomförd", "Utan anmärkning.", "",
             "GENOMFORD", "nej"),
            ("2.4", "Ekonomi", "Interkommunal ersättning för elever i andra kommuner faktureras korrekt",
             "Avstämning mot elevregister", "Controller", "", "", "",
             "SAKNAS", ""),
        ]),
        ("Gymnasie och vux", "Avdelning: Gymnasieskola och vuxenutbildning", [
            ("3.1", "Antagning", "Antagning till gymnasieskolans introduktionsprogram sker enligt gällande beslut",
             "Genomgång av antagningsbeslut", "Antagningsenheten", "Delvis genomförd",
             "Kontrollen påbörjad, slutförs efter höstens antagning.", "",
             "DELVIS", ""),
            ("3.2", "Vuxenutbildning", "Utbetalning av ersättning till upphandlade utbildningsanordnare stäms av mot inrapporterade deltagare",
             "Avstämning jan–jun", "Verksamhetschef vux", "Genomförd",
             "En anordnare hade fakturerat för 6 deltagare som avbrutit sina studier; kreditering har begärts.", "Skärpt avstämning inför varje utbetalning.",
             "GENOMFORD", "ja"),
            ("3.3", "Dokumenthantering", "Betygsdokument och examensbevis hanteras och arkiveras enligt dokumenthanteringsplanen",
             "Stickprov 3 skolor", "Skoladministratörer", "Genomförd", "Inga avvikelser.", "",
             "GENOMFORD", "nej"),
        ]),
        ("Stab", "Avdelning: Stab och ledning", [
            ("4.1", "Personal", "Utdrag ur belastningsregistret kontrolleras vid nyanställning",
             "Stickprov 30 nyanställda", "HR-partner", "Genomförd", "Samtliga 30 hade visat upp giltigt registerutdrag.", "",
             "GENOMFORD", "nej"),
            ("4.2", "Informationssäkerhet", "Behörigheter i elevdokumentationssystemet tas bort när anställningen upphör",
             "Jämförelse behörighetslista mot avslutade anställningar", "Systemförvaltare", "", "Se bilaga 3.", "",
             "OKLAR", ""),
            ("4.3", "Systematiskt arbetsmiljöarbete", "Skyddsronder genomförs enligt årsplan på samtliga enheter",
             "Uppföljning i Stratsys", "Arbetsmiljösamordnare", "Delvis genomförd", "73 % av enheterna har genomfört skyddsrond.", "",
             "DELVIS", ""),
        ]),
    ]
    wb = openpyxl.Workbook()
    fix_props(wb)
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        "Instruktion – uppföljning av intern kontroll, delår 2025",
        "",
        "1. Varje avdelning fyller i sin egen flik.",
        "2. Välj status i rullistan: Genomförd, Delvis genomförd, Ej genomförd eller Ej aktuell.",
        "3. Beskriv resultatet av kontrollen i kolumnen Kommentar/resultat. Ange alltid om avvikelser har upptäckts.",
        "4. Om avvikelse: beskriv åtgärd i kolumnen Åtgärd.",
        "5. Fliken Sammanställning uppdateras av förvaltningens controller.",
        "",
        "Sista dag för inlämning: 2025-09-05. Uppföljningen rapporteras till utbildningsnämnden i oktober.",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True, size=14)
    ins.column_dimensions["A"].width = 110

    summ = wb.create_sheet("Sammanställning")
    summ["A1"] = "Utbildningsförvaltningen – sammanställning intern kontroll delår 2025"
    summ["A1"].font = Font(bold=True, size=13)
    hdr = ["Avdelning", "Antal kontroller", "Genomförda", "Delvis genomförda", "Ej genomförda", "Ej aktuella", "Ej ifyllda"]
    for j, h in enumerate(hdr, 1):
        c = summ.cell(row=3, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    tot = [0] * 6
    r = 4
    for sheetname, avdname, ctrls in avd:
        st = [c[5] for c in ctrls]
        vals = [len(ctrls), st.count("Genomförd"), st.count("Delvis genomförd"), st.count("Ej genomförd"),
                st.count("Ej aktuell"), st.count("")]
        summ.cell(row=r, column=1, value=avdname.replace("Avdelning: ", "")).border = BOX
        for j, v in enumerate(vals):
            summ.cell(row=r, column=2 + j, value=v).border = BOX
            tot[j] += v
        r += 1
    summ.cell(row=r, column=1, value="Totalt").font = Font(bold=True)
    for j, v in enumerate(tot):
        c = summ.cell(row=r, column=2 + j, value=v)
        c.font = Font(bold=True)
    summ.column_dimensions["A"].width = 42
    for col in "BCDEFG":
        summ.column_dimensions[col].width = 16

    heads = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status delår", "Kommentar/resultat", "Åtgärd"]
    fills = {"Genomförd": "C6EFCE", "Delvis genomförd": "FFEB9C", "Ej genomförd": "FFC7CE", "Ej aktuell": "D9D9D9"}
    for sheetname, avdname, ctrls in avd:
        ws = wb.create_sheet(sheetname)
        ws["A1"] = "Utbildningsförvaltningen"
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = "Uppföljning av internkontrollplan 2025 – delår (januari–augusti)"
        ws["A2"].font = Font(bold=True, size=12)
        ws["A3"] = avdname
        ws["A3"].font = Font(italic=True)
        for j, h in enumerate(heads, 1):
            c = ws.cell(row=5, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="1F4E78")
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="center")
        dv = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Ej aktuell"', allow_blank=True)
        ws.add_data_validation(dv)
        r = 6
        merge_start = None
        for idx, c in enumerate(ctrls):
            nr, proc, km, metod, ansv, status, kom, atg, es, ea = c
            vals = [nr, proc, km, metod, ansv, status if status else None, kom if kom else None, atg if atg else None]
            for j, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=j, value=v)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if status in fills:
                ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=fills[status])
            dv.add(ws.cell(row=r, column=6))
            if proc is None and merge_start is not None:
                ws.merge_cells(start_row=merge_start, start_column=2, end_row=r, end_column=2)
            if proc is not None:
                merge_start = r
            exp(fil, UBN, km, es, ea)
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="Ifylld av: avdelningens ledningsgrupp, 2025-09-04")
        ws.cell(row=r, column=1).font = Font(italic=True, size=9)
        widths = [6, 22, 48, 26, 22, 16, 50, 34]
        for j, wdt in enumerate(widths):
            ws.column_dimensions[chr(65 + j)].width = wdt
        ws.freeze_panes = "A6"
    wb.active = 2
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", UBN, YEAR, "DELAR"))
    return fil


def make_lockfile(target):
    """Excel owner file (~$...), 165 bytes, written while the workbook is open."""
    fil = "~$" + target  # Excel prefixes the workbook name with ~$
    user = "Karin Sjöberg"
    b = bytearray()
    ascii_user = user.encode("cp1252")
    b.append(len(ascii_user))
    b += ascii_user
    b += b" " * (53 - len(ascii_user))
    b += bytes([len(user), 0])
    b += user.encode("utf-16-le")
    while len(b) < 165:
        b += b"\x20\x00"
    b = bytes(b[:165])
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# File 3: Kulturnämnden, Word table with traffic-light symbols
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def fix_docx_props(d):
    cp = d.core_properties
    cp.author = "Uppsala kommun"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = "Uppsala kommun"
    cp.revision = 1


def make_ktn():
    fil = "Kulturnamnden IK uppfoljning delar 2025.docx"
    G, Y, R, W = "🟢", "🟡", "🔴", "⚪"
    groups = [
        ("Ekonomi", [
            ("1", "Intäkter", "Entréintäkter på Uppsala konstmuseum redovisas dagligen och stäms av mot kassasystemet",
             "Enhetschef museum", G, "Avstämning görs månadsvis, inga differenser under perioden.", "GENOMFORD", "nej"),
            ("2", "Bidrag", "Utbetalda verksamhetsbidrag till kulturföreningar följs upp mot inlämnad verksamhetsberättelse",
             "Kulturstrateg", Y, "Uppföljning klar för 41 av 63 föreningar.", "DELVIS", ""),
            ("3", "Inköp", "Inköp av konst följer riktlinjerna för den offentliga konstsamlingen",
             "Intendent", R, "Ingen kontroll genomförd under perioden; flyttas till helårsuppföljningen.", "EJ_GENOMFORD", ""),
        ]),
        ("Verksamhet", [
            ("4", "Arrangemang", "Tillstånd och säkerhetsplan finns för samtliga större evenemang (över 500 besökare)",
             "Evenemangssamordnare", G,
             "Kontrollerat för Kulturnatten och Sommarscen. Kulturnatten: tillstånd fanns, men säkerhetsplanen lämnades in för sent till polisen. Rutinen förtydligas.",
             "GENOMFORD", "ja"),
            ("5", "Bibliotek", "Meröppna bibliotek: in- och utpassering loggas och kontrolleras månadsvis",
             "Bibliotekschef", W, "Ej aktuellt – meröppet införs först 2026.", "UTGAR", ""),
            ("6", "Kulturskola", "Avgifter och avgiftsbefrielser i kulturskolan hanteras enligt fastställd taxa",
             "Rektor kulturskolan", "", "Kontrollen genomfördes i maj (stickprov 30 elever). Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Informationssäkerhet och dokumenthantering", [
            ("7", "Personuppgifter", "Registerförteckning enligt dataskyddsförordningen är uppdaterad för förvaltningens system",
             "Dataskyddssamordnare", G + " " + R, "", "OKLAR", ""),
            ("8", "Diarieföring", "Allmänna handlingar diarieförs inom föreskriven tid",
             "Registrator", Y, "Stickprov pågår.", "DELVIS", ""),
        ]),
    ]
    d = docx.Document()
    fix_docx_props(d)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = Cm(2)
    sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Uppsala kommun\tKultur- och fritidsförvaltningen\tDnr KTN-2025-00412"
    p = d.add_paragraph()
    r = p.add_run("Kulturnämnden")
    r.bold = True
    r.font.size = Pt(16)
    p = d.add_paragraph()
    r = p.add_run("Uppföljning av internkontrollplan 2025 – delårsbokslut per 31 augusti")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph(
        "Kulturnämnden fastställde internkontrollplanen för 2025 den 19 december 2024. Planen omfattar åtta "
        "nämndspecifika kontrollmoment. De kommungemensamma kontrollmomenten redovisas i Stratsys och ingår inte i "
        "denna sammanställning. Nedan redovisas status per den 31 augusti 2025.")
    p = d.add_paragraph()
    p.add_run("Teckenförklaring: ").bold = True
    p.add_run(G + " Genomförd    " + Y + " Pågår / delvis genomförd    " + R + " Ej genomförd    " + W + " Utgår / ej aktuell")
    heads = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollansvarig", "Status", "Resultat och kommentar"]
    t = d.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        c = t.rows[0].cells[j]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "D9E2F3")
    for gname, ctrls in groups:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[len(heads) - 1])
        m.text = ""
        m.paragraphs[0].add_run(gname).bold = True
        shade(m, "F2F2F2")
        for nr, proc, km, ansv, sym, kom, es, ea in ctrls:
            row = t.add_row()
            vals = [nr, proc, km, ansv, sym, kom]
            for j, v in enumerate(vals):
                row.cells[j].text = v
            row.cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            exp(fil, KTN, km, es, ea)
    widths = [Cm(1), Cm(2.6), Cm(5.2), Cm(2.8), Cm(1.6), Cm(5.2)]
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    d.add_paragraph()
    d.add_paragraph("Uppsala den 10 september 2025")
    d.add_paragraph("Anna Lindqvist\nKulturdirektör")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KTN, YEAR, "DELAR"))


# ---------------------------------------------------------------------------
# File 4: Idrotts- och fritidsnämnden, .ods with T1 and delår side by side
# ---------------------------------------------------------------------------
def make_ifn():
    fil = "IFN_internkontroll_T1_delar_2025.ods"
    ctrls = [
        ("1", "Föreningsbidrag", "Aktivitetsstöd betalas ut enligt bidragsreglerna efter kontroll av närvarokort",
         "Bidragshandläggare", "G", "Vårens ansökningar kontrollerade.", "G",
         "Höstens utbetalning kontrollerad; 2 föreningar har redovisat för många deltagartillfällen och blir återbetalningsskyldiga.",
         "GENOMFORD", "ja"),
        ("2", "Anläggningar", "Bokning och debitering av idrottshallar sker enligt taxa i bokningssystemet",
         "Bokningsansvarig", "P", "Stickprov påbörjat.", "G", "Stickprov 50 bokningar, inga fel.", "GENOMFORD", "nej"),
        ("3", "Friluftsbad", "Provtagning av badvattenkvalitet vid kommunala strandbad dokumenteras",
         "Enhetschef friluftsliv", "U", "Ej aktuellt under vintersäsongen.", "P",
         "Provtagning juni–augusti utförd, sammanställning pågår.", "DELVIS", ""),
        ("4", "Inköp", "Avtalstrohet vid inköp av idrotts- och fritidsmaterial",
         "Controller", "E", "", "E", "Skjuts till tertial 3 på grund av personalbrist.", "EJ_GENOMFORD", ""),
        ("5", "Kassahantering", "Kontanthantering i caféer på fritidsgårdar stäms av veckovis",
         "Fritidsgårdschefer", "G", "Inga avvikelser.", "G", "Veckovisa avstämningar utan differenser.", "GENOMFORD", "nej"),
        ("6", "Fritidsgårdar", "Utdrag ur belastningsregistret finns för personal och ledare som arbetar med barn",
         "HR-partner", "P", "Ny rutin införd i april.", "G",
         "Samtliga 27 nyanställda kontrollerade. En ledare hos extern utförare saknade utdrag – åtgärdat.", "GENOMFORD", "ja"),
        ("7", "Sponsring", "Sponsringsavtal följer kommunens riktlinjer för sponsring",
         "Kommunikatör", "", "", "U", "Utgår – inga sponsringsavtal tecknas 2025 (beslut IFN 2025-05-15 § 52).", "UTGAR", ""),
        ("8", "Informationssäkerhet", "Behörighetsgenomgång i bokningssystemet Interbook Go",
         "Systemförvaltare", "", "", "", "", "SAKNAS", ""),
        ("9", "Delegation", "Delegationsbeslut anmäls till nämnden vid nästkommande sammanträde",
         "Nämndsekreterare", "G", "Kontrollerat jan–apr.", "P", "Stickprov maj–aug pågår.", "DELVIS", ""),
    ]
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(title)
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#dde8cb", border="0.5pt solid #000000", wrapoption="wrap"))
    head.addElement(ParagraphProperties(textalign="center"))
    doc.automaticstyles.addElement(head)
    body = Style(name="body", family="table-cell")
    body.addElement(TableCellProperties(border="0.5pt solid #000000", wrapoption="wrap", verticalalign="top"))
    doc.automaticstyles.addElement(body)
    small = Style(name="small", family="table-cell")
    small.addElement(TextProperties(fontstyle="italic", fontsize="9pt"))
    doc.automaticstyles.addElement(small)
    colw = ["0.8cm", "3.2cm", "6.5cm", "3.2cm", "1.5cm", "5.0cm", "1.5cm", "6.5cm"]
    colstyles = []
    for i, wdt in enumerate(colw):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wdt))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    tbl = Table(name="Uppföljning 2025")
    for cs in colstyles:
        tbl.addElement(TableColumn(stylename=cs))

    def cell(val, style=None, span=None):
        kw = {}
        if style is not None:
            kw["stylename"] = style
        if span:
            kw["numbercolumnsspanned"] = span
        if val is None or val == "":
            return TableCell(**kw)
        kw["valuetype"] = "string"
        c = TableCell(**kw)
        for line in str(val).split("\n"):
            c.addElement(P(text=line))
        return c

    def row(cells):
        tr = TableRow()
        for c in cells:
            tr.addElement(c)
        tbl.addElement(tr)

    row([cell("Idrotts- och fritidsnämnden", title)])
    row([cell("Internkontrollplan 2025 – uppföljning")])
    row([cell("Uppföljningen görs i samband med tertialrapport 1 och delårsbokslut. Fyll i statuskod enligt teckenförklaringen nedan.", small)])
    row([])
    # group header row with spans
    tr = TableRow()
    for _ in range(4):
        tr.addElement(TableCell())
    tr.addElement(cell("Tertial 1 (jan–apr)", head, span=2))
    tr.addElement(CoveredTableCell())
    tr.addElement(cell("Delår (jan–aug)", head, span=2))
    tr.addElement(CoveredTableCell())
    tbl.addElement(tr)
    row([cell(h, head) for h in ["Nr", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Status", "Kommentar", "Status", "Kommentar"]])
    for c in ctrls:
        nr, omr, km, ansv, s1, k1, s2, k2, es, ea = c
        row([cell(nr, body), cell(omr, body), cell(km, body), cell(ansv, body),
             cell(s1, body), cell(k1, body), cell(s2, body), cell(k2, body)])
        exp(fil, IFN, km, es, ea)
    row([])
    row([cell("Statuskoder:", bold)])
    row([cell("G = Genomförd")])
    row([cell("P = Pågår / delvis genomförd")])
    row([cell("E = Ej påbörjad / ej genomförd")])
    row([cell("U = Utgår / ej aktuell")])
    row([])
    row([cell("Rapporten fastställd av fritidsdirektören 2025-09-02.", small)])
    doc.spreadsheet.addElement(tbl)
    path = os.path.join(OUT, fil)
    doc.save(path)
    FILES.append((fil, "INLAST", IFN, YEAR, "DELAR"))


# ---------------------------------------------------------------------------
# File 5: Uppsala Vatten och Avfall AB, .xls with Ja/Nej
# ---------------------------------------------------------------------------
def make_uvab():
    fil = "Uppsala Vatten - rapport intern kontroll delar 2025.xls"
    ctrls = [
        ("1", "Ekonomi", "Leverantörsfakturor attesteras av behörig attestant enligt attestordningen", "Kvartalsvis",
         "Ja", "Nej", "Stickprov 40 fakturor.", "Redovisningschef", "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Avstämning av VA-taxeintäkter mot kundsystemet", "Månadsvis",
         "Ja", "Ja", "Differens 312 tkr i juni på grund av felaktig mätarställning; rättad i juli.", "Controller", "GENOMFORD", "ja"),
        ("3", "Inköp", "Avrop från ramavtal för anläggningsentreprenader sker enligt avtalets fördelningsnyckel", "Halvår",
         "Nej", "", "Genomförs i november.", "Inköpschef", "EJ_GENOMFORD", ""),
        ("4", "Inköp", "Direktupphandlingar dokumenteras i upphandlingssystemet", "Halvår",
         "Ja", "Nej", "", "Inköpschef", "GENOMFORD", "nej"),
        ("5", "Dricksvatten", "Egenkontroll av dricksvattenkvalitet enligt Livsmedelsverkets föreskrifter (LIVSFS 2022:12)", "Löpande",
         "Ja", "Nej", "Samtliga prover godkända.", "Processchef vattenverk", "GENOMFORD", "nej"),
        ("6", "Avfall", "Vägning och debitering av avfall vid Hovgårdens avfallsanläggning", "Kvartalsvis",
         "Delvis", "Nej", "Kvartal 1 kontrollerat utan anmärkning, kvartal 2 pågår.", "Driftchef Hovgården", "DELVIS", "nej"),
        ("7", "IT/OT-säkerhet", "Behörighetsgenomgång i styr- och övervakningssystemet (SCADA)", "Vartannat år",
         "Ej aktuell", "", "Genomförs vartannat år, nästa gång 2026.", "IT-säkerhetssamordnare", "UTGAR", ""),
        ("8", "Personal", "Löneutbetalningar: kontroll av nyupplagda anställda och ändrade kontonummer", "Månadsvis",
         "Ja", "Ja", "Ett kontonummer ändrat utan dubbelkontroll; ingen felaktig utbetalning.", "Lönechef", "GENOMFORD", "ja"),
        ("9", "Miljö", "Utsläppskontroll vid Kungsängsverket rapporteras till tillsynsmyndigheten", "Kvartalsvis",
         "", "", "", "Processchef avlopp", "SAKNAS", ""),
        ("10", "Styrning", "Styrelsens beslut protokollförs och expedieras inom två veckor", "Halvår",
         "Ja", "Nej", "", "Bolagsjurist", "GENOMFORD", "nej"),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    tstyle = xlwt.easyxf("font: bold on, height 280")
    sub = xlwt.easyxf("font: bold on, height 220")
    hst = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert centre")
    bst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; alignment: wrap on, vert top")
    ist = xlwt.easyxf("font: italic on, height 180")
    ws.write(0, 0, "Uppsala Vatten och Avfall AB", tstyle)
    ws.write(1, 0, "Rapport intern kontroll – delårsrapport per 2025-08-31", sub)
    ws.write(2, 0, "Underlag till styrelsemöte 2025-09-18, ärende 7")
    heads = ["Nr", "Område", "Kontrollmoment", "Frekvens", "Kontroll utförd (Ja/Nej)", "Avvikelse (Ja/Nej)", "Kommentar", "Ansvarig"]
    for j, h in enumerate(heads):
        ws.write(4, j, h, hst)
    r = 5
    for c in ctrls:
        for j, v in enumerate(c[:8]):
            ws.write(r, j, v, bst)
        exp(fil, UVAB, c[2], c[8], c[9])
        r += 1
    r += 1
    ws.write(r, 0, "Kontroll utförd: Ja = kontrollen är utförd under perioden, Nej = kontrollen är inte utförd.", ist)
    ws.write(r + 1, 0, "Avvikelse: Ja = brist eller fel har konstaterats vid kontrollen.", ist)
    ws.write(r + 3, 0, "Upprättad av: Johan Berg, controller, 2025-09-05")
    widths = [5, 16, 55, 13, 14, 14, 55, 24]
    for j, wdt in enumerate(widths):
        ws.col(j).width = 256 * wdt
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", UVAB, YEAR, "DELAR"))


# ---------------------------------------------------------------------------
# File 6: Socialnämnden, sheet with hidden helper columns; nämnd only in print header + file name
# ---------------------------------------------------------------------------
def make_scn():
    fil = "SCN_IK-plan_2025_uppfoljning_delar.xlsx"
    code = {"Genomförd": 1, "Genomförd med anmärkning": 1, "Påbörjad": 2, "Ej påbörjad": 3, "Ej aktuell": 4, "": 0}
    groups = [
        ("Barn och unga", [
            ("BU-1", "R-03", "Orosanmälan", "Förhandsbedömning av orosanmälan görs inom 14 dagar enligt SoL 11 kap. 1 a §",
             "Stickprov 30 ärenden", "Genomförd med anmärkning", "4 av 30 förhandsbedömningar tog mer än 14 dagar.",
             "Enhetschef mottagning", "GENOMFORD", "ja"),
            ("BU-2", "R-04", "Barnsamtal", "Barnsamtal dokumenteras i utredningar enligt SoL 11 kap. 10 §",
             "Stickprov 20 utredningar", "Genomförd", "Inga avvikelser.", "Enhetschef utredning", "GENOMFORD", "nej"),
            ("BU-3", "R-07", "Placerade barn", "Uppföljning av placerade barn: ansvarig socialsekreterare besöker barnet regelbundet",
             "Aktgranskning 40 akter", "Påbörjad", "Granskning av 15 av 40 akter klar.", "Enhetschef placering", "DELVIS", ""),
        ]),
        ("Vuxna", [
            ("VU-1", "R-11", "LVM", "Beslut om insatser enligt LVM verkställs och följs upp enligt vårdplan",
             "Aktgranskning 10 akter", "Ej påbörjad", "Skjuts upp till hösten på grund av hög arbetsbelastning.",
             "Enhetschef vuxen", "EJ_GENOMFORD", ""),
        ]),
        ("Ekonomiskt bistånd", [
            ("EB-1", "R-14", "SSBTEK", "Utbetalning av ekonomiskt bistånd: kontroll mot Arbetsförmedlingen, CSN och Försäkringskassan via SSBTEK",
             "Stickprov 50 utbetalningar", "Genomförd", "2 felaktiga utbetalningar upptäcktes; återkrav har beslutats.",
             "Enhetschef försörjningsstöd", "GENOMFORD", "ja"),
            ("EB-2", "R-15", "Kontantkort", "Akuta utbetalningar via kontantkort attesteras av två personer",
             "Genomgång av kortlogg", "Ej aktuell", "Kontantkorten avvecklades 2025-01-01.", "Enhetschef försörjningsstöd", "UTGAR", ""),
            ("EB-3", "R-16", "Återkrav", "Återkrav av felaktigt utbetalt bistånd bevakas och debiteras",
             "Avstämning reskontra", "", "Kontrollen är genomförd i maj, inga avvikelser.", "Controller", "GENOMFORD", "nej"),
        ]),
        ("Administration och informationssäkerhet", [
            ("AD-1", "R-20", "Loggkontroll", "Loggkontroll i verksamhetssystemet Lifecare avseende otillåten åtkomst till personakter",
             "Slumpvis loggkontroll 25 användare", "Genomförd", "Två fall av åtkomst utan tjänstebehov; ärendena hanteras av HR.",
             "Systemförvaltare", "GENOMFORD", "ja"),
            ("AD-2", "R-21", "Delegation", "Delegationsbeslut anmäls till socialnämnden månadsvis",
             "Jämförelse beslutslista/protokoll", "Genomförd", "Utan anmärkning.", "Nämndsekreterare", "GENOMFORD", "nej"),
            ("AD-3", "R-22", "Avtal HVB", "Avtalsuppföljning av köpta HVB-placeringar sker minst en gång per år",
             "Genomgång av avtalsregister", "", "", "Upphandlare", "SAKNAS", ""),
        ]),
    ]
    wb = openpyxl.Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    lst = wb.create_sheet("Listor")
    for i, (k, v) in enumerate([("Genomförd", 1), ("Genomförd med anmärkning", 1), ("Påbörjad", 2),
                                ("Ej påbörjad", 3), ("Ej aktuell", 4)], 1):
        lst.cell(row=i, column=1, value=k)
        lst.cell(row=i, column=2, value=v)
    lst.sheet_state = "hidden"

    ws["A1"] = "Internkontrollplan 2025 – uppföljning per 31 augusti (delårsbokslut)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Status väljs i rullistan. Kolumner med grå rubrik är hjälpkolumner för sammanställning och ska inte ändras."
    ws["A2"].font = Font(italic=True, size=9)
    heads = ["ID", "Risk-ID", "Process", "Kortnamn (hjälp)", "Kontrollmoment", "Kontrollmetod", "Status augusti",
             "Statuskod", "Resultat/kommentar", "Ansvarig", "Sortering"]
    hidden_cols = ["B", "D", "H", "K"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
        col = chr(64 + j)
        c.fill = PatternFill("solid", fgColor="BFBFBF" if col in hidden_cols else "FCE4D6")
    dv = DataValidation(type="list", formula1="Listor!$A$1:$A$5", allow_blank=True)
    ws.add_data_validation(dv)
    r = 5
    sortnr = 0
    for gi, (gname, ctrls) in enumerate(groups, 1):
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
        r += 1
        for c in ctrls:
            cid, risk, kort, km, metod, status, kom, ansv, es, ea = c
            sortnr += 1
            vals = [cid, risk, gname, kort, km, metod, status or None, code[status], kom or None, ansv,
                    "%02d-%02d" % (gi, sortnr)]
            for j, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=j, value=v)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            dv.add(ws.cell(row=r, column=7))
            exp(fil, SCN, km, es, ea)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt av förvaltningens controller 2025-09-04")
    widths = {"A": 8, "B": 8, "C": 22, "D": 16, "E": 52, "F": 24, "G": 22, "H": 8, "I": 50, "J": 24, "K": 8}
    for col, wdt in widths.items():
        ws.column_dimensions[col].width = wdt
    for col in hidden_cols:
        ws.column_dimensions[col].hidden = True
    ws.oddHeader.left.text = "Socialnämnden"
    ws.oddHeader.right.text = "Dnr SCN-2025-00088"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SCN, YEAR, "DELAR"))


# ---------------------------------------------------------------------------
# File 7: Miljöförvaltningen, tjänsteskrivelse as legacy .doc, free text only
# ---------------------------------------------------------------------------
def make_mhn():
    stem = "Miljoforvaltningen_delarsuppfoljning_internkontroll_2025"
    fil = stem + ".doc"
    ctrls = [
        ("Debitering av timavgift för tillsyn sker enligt nämndens taxa",
         "Stickprov på 40 tillsynsärenden från perioden januari–juni. Samtliga hade debiterats enligt gällande taxa och med korrekt antal timmar. Inga avvikelser.",
         "Genomförd.", "GENOMFORD", "nej"),
        ("Handläggningstid för anmälan om värmepumpsanläggning understiger sex veckor",
         "Kontrollen visade att 18 procent av ärendena (23 av 128) hade längre handläggningstid än sex veckor, främst under maj då enheten hade vakanser.",
         "Genomförd med avvikelse. Åtgärd: ärendefördelningen ses över inför 2026.", "GENOMFORD", "ja"),
        ("Inspektörer har lämnat aktuell jävsdeklaration och anmält eventuella bisysslor",
         "28 av 34 inspektörer har lämnat jävsdeklaration för 2025. Resterande sex lämnar under september.",
         "Delvis genomförd.", "DELVIS", ""),
        ("Planerad livsmedelskontroll genomförs enligt nämndens kontrollplan",
         "Per den 31 augusti har 61 procent av årets planerade kontroller genomförts. Uppföljningen fortsätter under hösten.",
         "Pågår.", "DELVIS", ""),
        ("Fakturering av årlig kontrollavgift för livsmedelsanläggningar är fullständig",
         "Kontrollen genomförs i samband med årsfaktureringen i november och redovisas i årsbokslutet.",
         "Ej genomförd.", "EJ_GENOMFORD", ""),
        ("Sekretessmarkering av handlingar i ärendehanteringssystemet Ecos",
         "Nämnden beslutade 2025-04-24 § 45 att kontrollmomentet utgår eftersom ärendehanteringssystemet byts ut under hösten.",
         "Utgår.", "UTGAR", ""),
    ]
    d = docx.Document()
    fix_docx_props(d)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    d.sections[0].header.paragraphs[0].text = "UPPSALA KOMMUN\tMILJÖFÖRVALTNINGEN"
    d.add_paragraph("Tjänsteskrivelse")
    d.add_paragraph("Datum: 2025-09-03\tDiarienummer: MHN-2025-01234")
    d.add_paragraph("Handläggare: Per Nyström, kvalitetsstrateg")
    d.add_paragraph("Miljö- och hälsoskyddsnämnden")
    d.add_heading("Uppföljning av internkontrollplan 2025 – delår per augusti", level=1)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Miljö- och hälsoskyddsnämnden föreslås besluta att godkänna uppföljningen av internkontrollplanen för "
                    "perioden januari–augusti 2025.")
    d.add_heading("Ärendet", level=2)
    d.add_paragraph("Nämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 118). Planen innehåller sex "
                    "nämndspecifika kontrollmoment. Utöver dessa redovisas de kommungemensamma kontrollmomenten i "
                    "kommunens gemensamma uppföljningssystem. Nedan redovisas resultatet per kontrollmoment.")
    for i, (km, res, bed, es, ea) in enumerate(ctrls, 1):
        d.add_heading("Kontrollmoment %d: %s" % (i, km), level=3)
        p = d.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        p = d.add_paragraph()
        p.add_run("Bedömning: ").bold = True
        p.add_run(bed)
        exp(fil, MHN, km, es, ea)
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i allt väsentligt är tillräcklig. "
                    "Konstaterade avvikelser har åtgärdats eller har en åtgärdsplan.")
    d.add_paragraph("")
    d.add_paragraph("Lena Ekström\nMiljödirektör")
    tmp = tempfile.mkdtemp(prefix="r516_")
    src = os.path.join(tmp, stem + ".docx")
    d.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE, "--convert-to", "doc",
                    "--outdir", tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copyfile(os.path.join(tmp, fil), os.path.join(OUT, fil))
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", MHN, YEAR, "DELAR"))


# ---------------------------------------------------------------------------
def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for r in FILES:
            w.writerow(r)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXPECTED:
            w.writerow(r)


def main():
    make_export()
    ubf = make_ubf()
    make_lockfile(ubf)
    make_ktn()
    make_ifn()
    make_uvab()
    make_scn()
    make_mhn()
    write_csvs()
    reg = {n for n, _ in REGISTER}
    for r in FILES:
        if r[1] == "INLAST":
            assert r[2] in reg, r
    inl = {r[0] for r in FILES if r[1] == "INLAST"}
    for e in EXPECTED:
        assert e[0] in inl and e[1] in reg, e
    print("files:", len({r[0] for r in FILES}), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
