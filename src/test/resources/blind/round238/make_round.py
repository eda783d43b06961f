#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r238 - theme "Deviations and findings", Ljusnedals kommun, helår 2025.

Builds every follow-up file plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE  # follow-up files lie directly in the round folder
LO_PROFILE = "file:///tmp/lo-round238"
FIXED = datetime.datetime(2026, 1, 28, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def thin():
    s = Side(style="thin", color="808080")
    return Border(left=s, right=s, top=s, bottom=s)


def fix_docx_props(d):
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Ljusnedals kommun"
    cp.author = "Ljusnedals kommun"
    cp.revision = 1


def fix_xlsx_props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Ljusnedals kommun"
    wb.properties.lastModifiedBy = "Ljusnedals kommun"


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - Excel, title rows, merged two-row header
#    "Antal granskade / varav fel", process group rows, totals row, signature
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS_uppfoljning_IK_2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK helår 2025"
    ws["A1"] = "Ljusnedals kommun"
    ws["A1"].font = Font(size=10, italic=True)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = Font(size=14, bold=True)
    ws["A3"] = "Nämnd: Kommunstyrelsen"
    ws["F3"] = "Förvaltning: Kommunledningsförvaltningen"
    ws["A4"] = "Rapporterad av: controller Anna Berglund, 2026-01-22"
    ws["A4"].font = Font(size=9, italic=True)

    hdr1 = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod",
            "Antal granskade / varav fel", None, "Iakttagelse",
            "Avvikelse (ja/nej)", "Åtgärd", "Åtgärdat datum", "Status helår"]
    hdr2 = [None, None, None, None, "Antal granskade", "varav fel",
            None, None, None, None, None]
    r1, r2 = 6, 7
    for c, v in enumerate(hdr1, 1):
        ws.cell(r1, c, v)
    for c, v in enumerate(hdr2, 1):
        if v:
            ws.cell(r2, c, v)
    ws.merge_cells(start_row=r1, start_column=5, end_row=r1, end_column=6)
    for c in [1, 2, 3, 4, 7, 8, 9, 10, 11]:
        ws.merge_cells(start_row=r1, start_column=c, end_row=r2, end_column=c)
    fill = PatternFill("solid", fgColor="1F4E78")
    for r in (r1, r2):
        for c in range(1, 12):
            cell = ws.cell(r, c)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center")
            cell.border = thin()

    groups = [
        ("Ekonomi", [
            ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
             "Stickprov 20 fakturor per halvår", 40, 3,
             "Våren utan anmärkning. Hösten: 3 av 20 fakturor saknade attest av behörig beslutsattestant.",
             "Ja", "Påminnelse om attestordningen skickad till samtliga beslutsattestanter.",
             "2025-11-14", "Genomförd, avvikelser noterade", "GENOMFORD", "ja"),
            ("1.2", "Ekonomi", "Representation och förtroendekänsliga poster – syfte och deltagare framgår av underlaget",
             "Genomgång av samtliga representationsfakturor över 2 000 kr", 18, 0,
             "Inga avvikelser", "Nej", "–", None, "Genomförd", "GENOMFORD", "nej"),
            ("1.3", "Ekonomi", "Månadsvis avstämning av kundreskontra mot huvudbok",
             "Kontroll av avstämningsprotokoll", 12, 2,
             "Avstämning för mars och juli gjordes inte i tid. Differenserna utreddes i efterhand.",
             "Ja", "Rutin för ersättare under semester upprättad.", "2025-09-01",
             "Genomförd, avvikelser noterade", "GENOMFORD", "ja"),
            ("1.4", "Ekonomi", "Moms på representation redovisas med rätt avdrag",
             "Stickprov 10 verifikat per halvår", 10, 1,
             "Endast vårens stickprov granskat (1 fel av 10). Höstens stickprov görs i januari 2026.",
             "Ja", None, None, "Delvis genomförd", "DELVIS", "ja"),
        ]),
        ("Personal", [
            ("2.1", "Personal", "Inga löneutbetalningar sker efter avslutad anställning",
             "Kontroll mot HR-systemets lista över avslutade anställningar", 34, 0,
             "Inga felaktiga utbetalningar efter anställningens slut.", "Nej", None, None,
             "Genomförd", "GENOMFORD", "nej"),
            ("2.2", "Personal", "Sjukfrånvaro dag 1–14 registreras korrekt i lönesystemet",
             "Stickprov 15 anställda", None, None, None, None,
             "Kontrollen flyttas till internkontrollplan 2026 på grund av byte av lönesystem.",
             None, "Ej genomförd", "EJ_GENOMFORD", ""),
            ("2.3", "Personal", "Chefers bisysslor är anmälda och prövade",
             "Enkät till samtliga chefer", 41, 4,
             "4 chefer hade inte lämnat ny bisyssleanmälan för 2025.", "Ja",
             "Anmälningar inkomna och prövade.", "2025-12-10", "Genomförd",
             "GENOMFORD", "ja"),
        ]),
        ("IT och informationssäkerhet", [
            ("3.1", "IT", "Behörigheter i ekonomisystemet tas bort vid avslutad anställning",
             "Jämförelse behörighetslista mot HR-lista", 212, 6,
             "6 konton var aktiva för personer som slutat, som längst 4 månader efter avslut.",
             "Ja", "Kontona spärrade. Automatisk spärr vid avslut beslutad.", "2025-10-03",
             "Genomförd, avvikelser noterade", "GENOMFORD", "ja"),
            ("3.2", "IT", "Test av återläsning av säkerhetskopior för verksamhetskritiska system",
             "Årligt återläsningstest", None, None,
             "Test påbörjat i december, slutförs i februari 2026.", None, None, None,
             "Pågår", "DELVIS", ""),
        ]),
        ("Upphandling", [
            ("4.1", "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras",
             "Genomgång av leverantörsreskontra mot diariet", 14, 5,
             "5 av 14 direktupphandlingar saknade dokumentation i diariet.", "Ja",
             "Utbildning för beställare i februari 2026.", None,
             "Genomförd, avvikelser noterade", "GENOMFORD", "ja"),
            ("4.2", "Upphandling", "Inköp sker från avtalade leverantörer (avtalstrohet)",
             "Spendanalys", None, None,
             "Utgår ur planen enligt KS beslut 2025-06-11 § 94. Ersätts av central uppföljning av avtalstrohet.",
             None, None, None, "Utgår", "UTGAR", ""),
        ]),
    ]
    r = r2 + 1
    tot_g = tot_f = 0
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1
        for row in rows:
            vals = row[:11]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = thin()
            if isinstance(row[4], int):
                tot_g += row[4]
            if isinstance(row[5], int):
                tot_f += row[5]
            exp(fil, N, row[2], row[11], row[12])
            r += 1
    ws.cell(r, 4, "Summa").font = Font(bold=True)
    ws.cell(r, 5, tot_g).font = Font(bold=True)
    ws.cell(r, 6, tot_f).font = Font(bold=True)
    r += 3
    ws.cell(r, 1, "Statusvärden: Genomförd / Genomförd, avvikelser noterade / Delvis genomförd / Pågår / Ej genomförd / Utgår")
    ws.cell(r, 1).font = Font(size=9, italic=True)
    r += 2
    ws.cell(r, 1, "Behandlad i kommunstyrelsens arbetsutskott 2026-02-03")
    widths = [6, 14, 42, 30, 11, 9, 48, 11, 40, 13, 22]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "C8"
    fix_xlsx_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - Word report, one section per control with
#    "Resultat", "Bedömning", "Åtgärder"; no status column
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN helår 2025 uppföljning intern kontroll.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fix_docx_props(d)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Ljusnedals kommun · Barn- och utbildningsförvaltningen\tDnr BUN 2025/118"
    p = d.add_paragraph("TJÄNSTESKRIVELSE")
    p.runs[0].font.size = Pt(9)
    d.add_heading("Uppföljning av intern kontroll 2025 – helår", level=0)
    d.add_paragraph("Barn- och utbildningsnämnden")
    d.add_heading("Sammanfattning", level=1)
    d.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 12 februari 2025 (§ 14). "
        "Planen omfattar åtta kontrollmoment. Nedan redovisas för varje kontrollmoment resultatet av "
        "granskningen, förvaltningens bedömning samt vidtagna eller planerade åtgärder. "
        "Avvikelser har noterats inom personal, avgifter och elevhälsa. Förvaltningen bedömer att den "
        "interna kontrollen i huvudsak är tillräcklig.")
    d.add_heading("Förslag till beslut", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden godkänner uppföljningen av internkontrollplan 2025 "
                    "och överlämnar den till kommunstyrelsen.")
    d.add_heading("Redovisning per kontrollmoment", level=1)

    controls = [
        ("Registerutdrag från belastningsregistret har uppvisats vid nyanställning i förskola och skola",
         "Personal · Ansvarig: HR-konsult · Metod: stickprov",
         "Stickprov på 25 nyanställningar under året. I 2 fall saknades dokumentation av att registerutdrag uppvisats före anställningen.",
         "Kontrollen är genomförd. Avvikelserna bedöms som allvarliga eftersom kravet är lagstadgat.",
         "Checklistan för rekrytering har kompletterats och rektorerna har informerats på rektorsmöte 2025-11-06.",
         "GENOMFORD", "ja"),
        ("Elevers ogiltiga frånvaro registreras och vårdnadshavare kontaktas samma dag",
         "Elevhälsa · Ansvarig: rektorer · Metod: genomgång i frånvarosystemet",
         "Granskning på fyra skolenheter under oktober. Inga avvikelser.",
         "Rutinen följs.",
         "Inga åtgärder krävs.",
         "GENOMFORD", "nej"),
        ("Avgifter i förskola och fritidshem debiteras enligt maxtaxa",
         "Ekonomi · Ansvarig: avgiftshandläggare · Metod: stickprov 30 fakturor",
         "30 fakturor granskade. En faktura byggde på inaktuell inkomstuppgift, vilket gav för låg avgift under fyra månader.",
         "Genomförd med avvikelse. Felet är av begränsad omfattning.",
         "Avgiften har rättats och mellanskillnaden fakturerats. Påminnelse om inkomstuppgift skickas nu två gånger per år.",
         "GENOMFORD", "ja"),
        ("Anmälan om kränkande behandling lämnas till huvudman inom fem arbetsdagar",
         "Elevhälsa · Ansvarig: verksamhetsutvecklare · Metod: genomgång av anmälningar",
         "Kontrollen gjordes för vårterminen: 58 anmälningar granskades och 9 hade anmälts senare än fem arbetsdagar. "
         "Höstterminens genomgång har inte hunnit göras.",
         "Kontrollen är delvis genomförd.",
         "Rektorer med sena anmälningar har fått återkoppling. Höstterminens granskning görs i februari 2026.",
         "DELVIS", "ja"),
        ("Beslut om skolskjuts fattas i enlighet med delegationsordningen",
         "Myndighetsutövning · Ansvarig: skolskjutssamordnare · Metod: stickprov 20 beslut",
         "Kontrollen har inte genomförts under 2025 på grund av vakans på tjänsten som skolskjutssamordnare.",
         "–",
         "Kontrollmomentet förs över till internkontrollplan 2026.",
         "EJ_GENOMFORD", ""),
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Ekonomi · Ansvarig: controller · Metod: stickprov 20 fakturor",
         "20 fakturor granskade. Samtliga var korrekt attesterade av behörig attestant.",
         "Inga avvikelser.",
         "–",
         "GENOMFORD", "nej"),
        ("Förteckning över elevdatorer och annan IT-utrustning är uppdaterad",
         "IT · Ansvarig: IT-samordnare · Metod: inventering",
         "Se bilaga 3.",
         "",
         "",
         "OKLAR", ""),
        ("Systematiskt brandskyddsarbete med egenkontroll och utrymningsövning på varje enhet",
         "Säkerhet · Ansvarig: säkerhetssamordnare · Metod: insamling av egenkontroller",
         "Samtliga 22 enheter har lämnat egenkontroll. Tre enheter hade inte genomfört utrymningsövning under höstterminen.",
         "Genomförd med avvikelse.",
         "Berörda enheter genomför utrymningsövning senast mars 2026.",
         "GENOMFORD", "ja"),
    ]
    for km, meta, res, bed, atg, status, avv in controls:
        d.add_heading(km, level=2)
        mp = d.add_paragraph(meta)
        mp.runs[0].italic = True
        mp.runs[0].font.size = Pt(9)
        for lab, txt in (("Resultat", res), ("Bedömning", bed), ("Åtgärder", atg)):
            lp = d.add_paragraph()
            lr = lp.add_run(lab)
            lr.bold = True
            d.add_paragraph(txt)
        exp(fil, N, km, status, avv)
    d.add_paragraph("")
    d.add_paragraph("Bilaga 3. Inventeringslista IT-utrustning (separat dokument)")
    d.add_paragraph("")
    d.add_paragraph("Eva Lindqvist\nFörvaltningschef, Barn- och utbildningsförvaltningen\nLjusnedal 2026-01-28")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - ODS (built as xlsx, converted by LibreOffice)
#    "Nämnd/enhet:" / "År:" title rows, column "Konstaterad avvikelse"
# ---------------------------------------------------------------------------
def file_sn(tmp):
    fil = "SN_IK_helar2025.ods"
    N = "Socialnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A3"] = "Nämnd/enhet:"
    ws["B3"] = "Socialnämnden"
    ws["A4"] = "År:"
    ws["B4"] = 2025
    ws["A5"] = "Period:"
    ws["B5"] = "Helår (tertial 3)"
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse",
           "Förslag på åtgärder", "Status", "Återredovisas"]
    for c, v in enumerate(hdr, 1):
        cell = ws.cell(7, c, v)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = thin()
    rows = [
        ("SN1", "Myndighetsutövning IFO",
         "Barnavårdsutredningar avslutas inom fyra månader",
         "12 av 60 granskade utredningar överskred fyra månader utan beslut om förlängning.",
         "Veckovis bevakning av utredningstider i verksamhetssystemet.",
         "Granskning genomförd", "SN mars 2026", "GENOMFORD", "ja"),
        ("SN2", "Myndighetsutövning IFO",
         "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Genomgång av 40 anmälningar. Samtliga förhandsbedömningar gjordes inom 14 dagar.",
         "–", "Granskning genomförd", None, "GENOMFORD", "nej"),
        ("SN3", "Äldreomsorg",
         "Genomförandeplan upprättas inom 14 dagar efter beslut om insats",
         "Genomgång av 15 akter i hemtjänsten har gjorts. Samtliga hade aktuell genomförandeplan.",
         None, "Granskning genomförd", None, "GENOMFORD", "nej"),
        ("SN4", "Äldreomsorg",
         "Signeringslistor för läkemedel är fullständiga",
         "Brister i signering på 2 av 6 enheter, totalt 31 osignerade doser under granskningsveckan.",
         "Utbildning i läkemedelshantering för ombud. Ny granskning våren 2026.",
         "Granskning genomförd", "SN maj 2026", "GENOMFORD", "ja"),
        ("SN5", "Ekonomi",
         "Utbetalning av ekonomiskt bistånd sker enligt beslut",
         "Stickprov 30 utbetalningar: en dubbelutbetalning (4 250 kr) upptäcktes och har återkrävts.",
         "Automatisk dubblettkontroll i utbetalningsfilen.",
         "Granskning ej genomförd", "SN mars 2026", "OKLAR", "ja"),
        ("SN6", "Ekonomi",
         "Brukarmedel (kontanter) på särskilda boenden redovisas och stäms av",
         None, None, "Granskning ej genomförd", "IK-plan 2026", "EJ_GENOMFORD", ""),
        ("SN7", "LSS",
         "Beslut om insatser enligt LSS följs upp minst en gång per år",
         "Granskning påbörjad; 25 av 70 beslut granskade hittills, inga avvikelser bland dessa.",
         None, "Pågår", "SN april 2026", "DELVIS", "nej"),
        ("SN8", "Personal",
         "Lex Sarah-rapporter utreds och avslutas inom fastställd tid",
         None, None, None, None, "SAKNAS", ""),
        ("SN9", "Delegation",
         "Delegationsbeslut anmäls till nämnden",
         "Kontroll gjord i december: samtliga delegationsbeslut har anmälts till nämnden månadsvis.",
         None, None, None, "GENOMFORD", "nej"),
    ]
    r = 8
    for row in rows:
        for c, v in enumerate(row[:7], 1):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = thin()
        exp(fil, N, row[2], row[7], row[8])
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanställt av: Jonas Ek, kvalitetsstrateg, Socialförvaltningen")
    for col, w in zip("ABCDEFG", [6, 22, 42, 55, 40, 22, 16]):
        ws.column_dimensions[col].width = w
    fix_xlsx_props(wb)
    src = os.path.join(tmp, "SN_IK_helar2025.xlsx")
    wb.save(src)
    convert(src, "ods", OUT)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Hypergene-style CSV export, two nämnder, status per tertial side by side
#    (cp1252, ;-separated, quoted)
# ---------------------------------------------------------------------------
def file_csv():
    fil = "Hypergene_export_IK_2025.csv"
    hdr = ["Organisation", "Plan", "Process", "Kontrollmoment", "Status T1",
           "Status T2", "Status T3", "Resultat", "Avvikelse", "Åtgärd", "Senast ändrad"]
    SBN, KFN = "Samhällsbyggnadsnämnden", "Kultur- och fritidsnämnden"
    rows = [
        (SBN, "Myndighetsutövning", "Bygglov handläggs inom lagstadgad tid (tio veckor)",
         "Pågående", "Pågående", "Slutförd",
         "Av 212 ärenden överskred 9 handläggningstiden; avgiftsreduktion tillämpad.", "Ja",
         "Ny ärendefördelning mellan handläggare.", "2026-01-15", "GENOMFORD", "ja"),
        (SBN, "Ekonomi", "Bygglovsavgifter debiteras enligt fastställd taxa",
         "", "Slutförd", "",
         "Stickprov 25 ärenden, inga avvikelser.", "Nej", "", "2025-09-02", "GENOMFORD", "nej"),
        (SBN, "Gata/park", "Underhållsplan för gator och broar följs",
         "Ej påbörjad", "Pågående", "Pågående",
         "Inventering av broar klar, gator återstår.", "", "", "2025-12-19", "DELVIS", ""),
        (SBN, "Gata/park", "Avtalsuppföljning av entreprenör för vinterväghållning",
         "Ej påbörjad", "Ej påbörjad", "Ej påbörjad",
         "Ej genomförd på grund av resursbrist.", "", "Flyttas till 2026.", "2026-01-10",
         "EJ_GENOMFORD", ""),
        (SBN, "Myndighetsutövning", "Tillsyn enligt PBL genomförs enligt tillsynsplanen",
         "", "", "Makulerad",
         "Utgår – ansvaret för tillsyn flyttat till miljö- och hälsoskyddsnämnden från 2025-07-01.",
         "", "", "2025-08-20", "UTGAR", ""),
        (SBN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Slutförd", "", "Slutförd",
         "3 av 20 fakturor saknade attest.", "Ja", "Påminnelse till attestanter.", "2026-01-12",
         "GENOMFORD", "ja"),
        (KFN, "Föreningsbidrag", "Bidrag till föreningar betalas ut enligt bidragsreglerna",
         "", "Pågående", "Slutförd",
         "Granskning av 18 ansökningar. I 2 fall saknades årsmötesprotokoll men bidrag betalades ut.",
         "Ja", "Handläggarstöd kompletterat med checklista.", "2026-01-08", "GENOMFORD", "ja"),
        (KFN, "Ekonomi", "Kassaredovisning i simhallen och biblioteket",
         "Slutförd", "Slutförd", "Slutförd",
         "Inga avvikelser", "Nej", "", "2025-12-30", "GENOMFORD", "nej"),
        (KFN, "Lokaler", "Hyresavtal för externt inhyrda lokaler följs upp",
         "", "Ej påbörjad", "Pågående",
         "", "", "", "2025-12-01", "DELVIS", ""),
        (KFN, "Bokning", "Bokning och debitering av idrottshallar stäms av mot bokningssystemet",
         "", "", "",
         "", "", "", "", "SAKNAS", ""),
        (KFN, "Konst", "Kommunens konstsamling inventeras",
         "", "", "Slutförd",
         "Inventering genomförd, 4 verk kunde inte lokaliseras.", "Ja",
         "Polisanmälan gjord för två verk.", "2025-12-12", "GENOMFORD", "ja"),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr)
        for row in rows:
            w.writerow([row[0], "Internkontrollplan 2025"] + list(row[1:10]))
            exp(fil, row[0], row[2], row[10], row[11])
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Miljökontoret - Excel, status only as traffic-light fill, legend below,
#    nämnd only in print header + file name (förvaltning alias)
# ---------------------------------------------------------------------------
def file_mhn():
    fil = "Miljökontoret IK uppföljning helår 2025.xlsx"
    N = "Miljö- och hälsoskyddsnämnden"
    GREEN, YELLOW, RED, GREY = "70AD47", "FFC000", "FF0000", "A6A6A6"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws.oddHeader.center.text = "Miljö- och hälsoskyddsnämnden"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning intern kontroll 2025 – helårsrapport"
    ws["A1"].font = Font(size=13, bold=True)
    hdr = ["Kontrollmoment", "Ansvarig", "Status", "Iakttagelse", "Avvikelse (ja/nej)",
           "Åtgärdat datum"]
    for c, v in enumerate(hdr, 1):
        cell = ws.cell(3, c, v)
        cell.font = Font(bold=True)
        cell.border = thin()
    rows = [
        ("Tillsynsavgifter debiteras enligt fastställd taxa", "Administratör", GREEN,
         "Stickprov 20 ärenden – inga avvikelser.", "Nej", None, "GENOMFORD", "nej"),
        ("Diarieföring av inkomna klagomål sker inom två arbetsdagar", "Registrator", YELLOW,
         "6 av 40 klagomål diariefördes senare än två arbetsdagar.", "Ja", "2025-11-20",
         "GENOMFORD", "ja"),
        ("Delegationsbeslut fattas inte av handläggare med jäv", "Miljöchef", GREEN,
         "Inga avvikelser", "Nej", None, "GENOMFORD", "nej"),
        ("Tillsynsplanens planerade inspektioner genomförs", "Enhetschef livsmedel", YELLOW,
         "142 av 180 planerade inspektioner genomförda (79 %). Eftersläpning inom lantbruk.",
         "Ja", None, "GENOMFORD", "ja"),
        ("Kalibrering av mätinstrument för buller och radon", "Miljöinspektör", RED,
         "Instrumenten på service hos leverantör hela hösten.", None, None, "EJ_GENOMFORD", ""),
        ("Uppföljande livsmedelskontroll inom fyra veckor efter konstaterad brist",
         "Enhetschef livsmedel", GREY,
         "Ingår från 2025 i den nationella rapporteringen till Livsmedelsverket.", None, None,
         "UTGAR", ""),
        ("Behörigheter i ärendesystemet Ecos ses över", "Systemförvaltare", GREEN,
         None, None, None, "GENOMFORD", ""),
    ]
    r = 4
    for km, ans, col, iakt, avv, dat, status, e_avv in rows:
        vals = [km, ans, None, iakt, avv, dat]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = thin()
        ws.cell(r, 3).fill = PatternFill("solid", fgColor=col)
        exp(fil, N, km, status, e_avv)
        r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring status").font = Font(bold=True)
    for col, txt in ((GREEN, "Genomförd, inga avvikelser"),
                     (YELLOW, "Genomförd, avvikelser noterade"),
                     (RED, "Ej genomförd"),
                     (GREY, "Utgår")):
        r += 1
        ws.cell(r, 1).fill = PatternFill("solid", fgColor=col)
        ws.cell(r, 2, txt)
    for col, w in zip("ABCDEF", [50, 20, 9, 60, 12, 14]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    fix_xlsx_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Överförmyndarnämnden - simple .xls (xlwt)
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "Överförmyndarnämnden internkontroll 2025.xls"
    N = "Överförmyndarnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Internkontroll")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    wrap = xlwt.easyxf("alignment: wrap on, vert top")
    ws.write(0, 0, "Överförmyndarnämnden – uppföljning internkontrollplan 2025", title)
    ws.write(1, 0, "Period: helår")
    hdr = ["Kontrollområde", "Kontrollmoment", "Frekvens", "Ansvarig", "Resultat", "Status"]
    for c, v in enumerate(hdr):
        ws.write(3, c, v, bold)
    rows = [
        ("Tillsyn", "Årsräkningar granskas inom sex månader från inlämning", "Årlig",
         "Handläggare", "Samtliga 214 årsräkningar granskade i tid.", "Klar", "GENOMFORD", "nej"),
        ("Arvoden", "Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer", "Årlig",
         "Samordnare", "Stickprov 15 beslut: ett arvode beräknat på fel timtaxa, rättat.",
         "Klar med anmärkning", "GENOMFORD", "ja"),
        ("Rekrytering", "Ställföreträdares lämplighet kontrolleras i kreditupplysning och belastningsregister",
         "Löpande", "Handläggare", "Inga avvikelser", "Klar", "GENOMFORD", "nej"),
        ("Tillsyn", "Uttag från spärrade konton sker endast med överförmyndarens samtycke", "Halvår",
         "Handläggare", "Första halvåret granskat utan anmärkning. Andra halvåret ej granskat.",
         "Delvis", "DELVIS", "nej"),
        ("Arkiv", "Avslutade akter arkiveras enligt dokumenthanteringsplanen", "Årlig",
         "Registrator", "Utgår enligt beslut ÖFN 2025-04-09 § 22.", "Utgår", "UTGAR", ""),
    ]
    for i, row in enumerate(rows):
        for c, v in enumerate(row[:6]):
            ws.write(4 + i, c, v, wrap)
        exp(fil, N, row[1], row[6], row[7])
    ws.write(11, 0, "Upprättad 2026-01-20 av Karin Holm, enhetschef överförmyndarenheten")
    for c, w in enumerate([16, 50, 10, 14, 50, 20]):
        ws.col(c).width = 256 * w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Ljusnedal Energi AB - Word table, symbols with legend, delår + helår
# ---------------------------------------------------------------------------
def file_energi():
    fil = "Ljusnedal Energi AB - rapport intern kontroll 2025.docx"
    N = "Ljusnedal Energi AB"
    d = docx.Document()
    fix_docx_props(d)
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_heading("Ljusnedal Energi AB", level=1)
    d.add_paragraph("Rapport intern kontroll 2025 – uppföljning till styrelsen, helår")
    d.add_paragraph("Styrelsemöte 2026-02-11, ärende 6")
    p = d.add_paragraph()
    p.add_run("Teckenförklaring: ").bold = True
    p.add_run("✔ Genomförd   ◐ Delvis genomförd   ✘ Ej genomförd   – Ej aktuell för perioden")
    rows = [
        ("Fakturering av fjärrvärme stämmer mot mätdata", "✔", "✔",
         "Avstämning av tolv månader. Inga avvikelser.", "", "", "GENOMFORD", "nej"),
        ("Kundfordringar äldre än 90 dagar hanteras enligt kravrutinen", "◐", "✔",
         "38 fordringar granskade, 5 hade inte lämnats till inkasso enligt rutin.",
         "Kravrutinen uppdaterad och genomgången med kundtjänst.", "2025-12-15", "GENOMFORD", "ja"),
        ("Behörigheter i driftövervakningssystemet (SCADA) är personliga och aktuella", "✘", "◐",
         "Genomgång av konton påbörjad; hittills har 2 gemensamma konton identifierats.",
         "Gemensamma konton avvecklas under första kvartalet 2026.", "", "DELVIS", "ja"),
        ("Investeringsprojekt följer beslutad budget och attestordning", "–", "✔",
         "Se bilaga 2.", "", "", "GENOMFORD", ""),
        ("Inköp sker från upphandlade ramavtalsleverantörer", "✔", "",
         "Kontrollerad vid delårsbokslutet, inga avvikelser.", "", "", "GENOMFORD", "nej"),
        ("Driftstörningar rapporteras till Energimarknadsinspektionen i rätt tid", "–", "✘",
         "Kontrollen skjuts till 2026.", "", "", "EJ_GENOMFORD", ""),
        ("Egenkontroll av utsläpp från värmeverket enligt miljötillståndet", "✔", "✔",
         "Mätningar genomförda kvartalsvis. Gränsvärdet för NOx överskreds i februari; rapporterat till tillsynsmyndigheten.",
         "Justering av förbränningen genomförd.", "2025-03-20", "GENOMFORD", "ja"),
    ]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, v in enumerate(["Kontrollmoment", "Delår 2025", "Helår 2025", "Iakttagelse",
                           "Åtgärd", "Åtgärdat datum"]):
        cell = t.rows[0].cells[c]
        cell.text = v
        cell.paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for c, v in enumerate(row[:6]):
            cells[c].text = v
            if c in (1, 2):
                cells[c].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, N, row[0], row[6], row[7])
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Investeringsuppföljning 2025 (separat fil)")
    d.add_paragraph("Per Nyström, VD")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. REJECT - covering letter from Socialförvaltningen (no controls in it)
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Följebrev uppföljning intern kontroll 2025 Socialnämnden.docx"
    d = docx.Document()
    fix_docx_props(d)
    d.add_paragraph("Ljusnedals kommun\nSocialförvaltningen")
    d.add_paragraph("2026-01-30")
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    d.add_heading("Följebrev – uppföljning av intern kontroll helår 2025", level=1)
    d.add_paragraph(
        "Härmed översänds socialnämndens uppföljning av internkontrollplanen för 2025 (fil "
        "SN_IK_helar2025.ods). Uppföljningen behandlas av socialnämnden 2026-02-18.")
    d.add_paragraph(
        "Av planens nio kontrollmoment har de flesta granskats under året. Avvikelser har konstaterats "
        "bland annat inom utredningstider och läkemedelshantering, och åtgärder har beslutats. "
        "Kontrollen av brukarmedel har inte kunnat genomföras och förs över till 2026.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\nJonas Ek\nKvalitetsstrateg")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed entry timestamps so reruns are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 28, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            ni.external_attr = 0o644 << 16
            z.writestr(ni, data)


def convert(src, fmt, outdir):
    cmd = ["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljökontoret|Miljö- och hälsoskyddsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Ljusnedal Energi AB", "Ljusnedals Energi|LEAB|Energibolaget"),
    ("Ljusnedals Bostäder AB", "LjBo|Ljusnedalsbostäder|Bostadsbolaget"),
]


def main():
    keep = {"make_round.py", "README.md"}
    for name in os.listdir(OUT):
        full = os.path.join(OUT, name)
        if name not in keep and os.path.isfile(full):
            os.remove(full)
    tmp = tempfile.mkdtemp(prefix="r238_")
    try:
        file_ks()
        file_bun()
        file_sn(tmp)
        file_csv()
        file_mhn()
        file_ofn()
        file_energi()
        file_reject()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for name in sorted(os.listdir(OUT)):
        if name.endswith((".xlsx", ".docx")):
            normalize_zip(os.path.join(OUT, name))

    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
