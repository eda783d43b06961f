#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r183 - Bergsjö kommun, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import io
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.table import Table, TableStyleInfo
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round183"
FIXED = dt.datetime(2026, 1, 28, 9, 0, 0)

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)


def out(name):
    return os.path.join(OUT, name)


def expect(fil, namnd, controls):
    for c in controls:
        EXPECTED.append((fil, namnd, c["km"], c["exp"], c["avv"]))


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
VON = "Vård- och omsorgsnämnden"
KFN = "Kultur- och fritidsnämnden"
SBN = "Samhällsbyggnadsnämnden"
MBN = "Miljö- och byggnadsnämnden"
OFN = "Överförmyndarnämnden"
VN = "Valnämnden"
BEAB = "Bergsjö Energi AB"
RTF = "Räddningstjänstförbundet Bergsjö-Dellen"

REGISTER = [
    (KS, "KS|Kommunledningsförvaltningen|KLF"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF|Utbildningsförvaltningen"),
    (SN, "SN|SOC|Socialförvaltningen"),
    (VON, "VON|VO|Vård- och omsorgsförvaltningen"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|Kultur & fritid"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    (MBN, "MBN|Miljö- och byggförvaltningen|Miljö- och byggnadsförvaltningen"),
    (OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    (VN, "VN"),
    (BEAB, "BEAB|Bergsjö Energi|Bergsjö Energi Aktiebolag"),
    (RTF, "RTBD|Räddningstjänsten Bergsjö-Dellen|Räddningsförbundet"),
]


# ---------------------------------------------------------------------------
# File 1: Stratsys CSV, Windows-1252, ';', KS + BUN, multi-line cells
# ---------------------------------------------------------------------------
def f1_stratsys_csv():
    fil = "Export_Stratsys_Internkontroll_20260120.csv"
    hdr = ["Förvaltning", "Nämnd", "Process", "Risk", "Riskvärde", "Kontrollmoment",
           "Kontrollmetod", "Frekvens", "Ansvarig", "Status T1", "Status T2", "Status Helår",
           "Avvikelse", "Kommentar"]
    ks = [
        dict(proc="Ekonomi", risk="Felaktiga utbetalningar", rv="12",
             km="Attest av leverantörsfakturor enligt attestordningen",
             met="Stickprov 40 fakturor", frek="Två ggr/år", ans="Ekonomichef",
             t1="Pågående", t2="Pågående", hel="Genomförd", avvk="Nej",
             kom="Stickprov 40 fakturor (maj + nov).\nSamtliga korrekt attesterade enligt attestordningen.",
             exp="GENOMFORD", avv="nej"),
        dict(proc="Inköp och upphandling", risk="Bristande avtalstrohet", rv="9",
             km="Kontroll av att avtalstrohet följs vid direktupphandlingar",
             met="Stickprov 25 inköp i Raindance", frek="Årligen", ans="Upphandlingschef",
             t1="", t2="Pågående", hel="Genomförd med avvikelse", avvk="Ja",
             kom="Stickprov 25 inköp.\n3 inköp saknade dokumentation av direktupphandling.\nÅtgärd: utbildning för beställare våren 2026.",
             exp="GENOMFORD", avv="ja"),
        dict(proc="IT och informationssäkerhet", risk="Obehörig åtkomst till ekonomisystemet", rv="8",
             km="Kontroll av behörigheter i ekonomisystemet (Raindance)",
             met="Genomgång av behörighetslista mot personalregister", frek="Årligen", ans="Systemförvaltare ekonomi",
             t1="", t2="Ej påbörjad", hel="Pågående", avvk="",
             kom="Genomgången pågår, slutförs i februari 2026.",
             exp="DELVIS", avv=""),
        dict(proc="Ekonomi", risk="Representation strider mot riktlinjer", rv="6",
             km="Representation och förtroendekänsliga poster följer riktlinjerna",
             met="Granskning av samtliga representationsfakturor", frek="Årligen", ans="Redovisningsansvarig",
             t1="", t2="", hel="Ej påbörjad", avvk="",
             kom="Har inte hunnits med p.g.a. vakans på ekonomienheten.\nFlyttas till internkontrollplan 2026.",
             exp="EJ_GENOMFORD", avv=""),
        dict(proc="Administration", risk="Handlingar diarieförs inte", rv="6",
             km="Diarieföring av inkomna handlingar inom föreskriven tid",
             met="Stickprov i W3D3", frek="Två ggr/år", ans="Kanslichef",
             t1="Ej påbörjad", t2="Utgår", hel="Utgår", avvk="",
             kom="Utgår enligt KS beslut 2025-06-11 § 88, ersätts av granskning av e-arkivet 2026.",
             exp="UTGAR", avv=""),
        dict(proc="Personal", risk="Otillåtna bisysslor", rv="4",
             km="Uppföljning av att bisysslor anmälts och prövats",
             met="Enkät till samtliga chefer", frek="Årligen", ans="HR-chef",
             t1="Genomförd", t2="", hel="", avvk="Nej",
             kom="",
             exp="GENOMFORD", avv="nej"),
    ]
    bun = [
        dict(proc="Rekrytering", risk="Anställd utan kontroll av belastningsregister", rv="12",
             km="Kontroll av att registerutdrag från belastningsregistret har lämnats vid nyanställning",
             met="Stickprov 30 nyanställningar", frek="Årligen", ans="HR-konsult BUF",
             t1="", t2="", hel="Genomförd", avvk="Nej",
             kom="Samtliga 30 hade uppvisat utdrag före anställning.",
             exp="GENOMFORD", avv="nej"),
        dict(proc="Elevhälsa och trygghet", risk="Kränkningar anmäls inte till huvudman", rv="16",
             km="Rutin för anmälan av kränkande behandling till huvudman följs",
             met="Genomgång av anmälningar i DF Respons", frek="Tertialvis", ans="Verksamhetschef grundskola",
             t1="Genomförd", t2="Genomförd", hel="Genomförd med avvikelse", avvk="Ja",
             kom="12 av 14 anmälningar under hösten rapporterades inom fem dagar.\n2 anmälningar från Bergsjöskolan kom in för sent.\nRektor har fått återkoppling.",
             exp="GENOMFORD", avv="ja"),
        dict(proc="Elevhälsa och trygghet", risk="Hög frånvaro upptäcks inte", rv="9",
             km="Hantering av elevers frånvaro och kontakt med vårdnadshavare",
             met="Stickprov i Skola24 per skola", frek="Årligen", ans="Verksamhetschef grundskola",
             t1="", t2="Pågående", hel="Pågående",
             avvk="", kom="Kontrollen genomförd på 3 av 6 skolor.\nResterande skolor granskas jan 2026.",
             exp="DELVIS", avv=""),
        dict(proc="Skolskjuts", risk="Felaktig fakturering från entreprenör", rv="8",
             km="Skolskjutsar: kontroll av fakturor mot körd sträcka",
             met="Avstämning av 3 månadsfakturor mot körjournal", frek="Årligen", ans="Skolskjutssamordnare",
             t1="", t2="", hel="", avvk="",
             kom="Kontrollen är genomförd i december. Inga avvikelser mot avtalade sträckor.",
             exp="GENOMFORD", avv="nej"),
        dict(proc="Förskola", risk="Placering erbjuds inte inom lagstadgad tid", rv="9",
             km="Placering i förskola erbjuds inom fyra månader enligt skollagen",
             met="Uttag ur barnomsorgssystemet", frek="Tertialvis", ans="Placeringshandläggare",
             t1="Genomförd", t2="Ej genomförd", hel="Ej genomförd", avvk="",
             kom="Systembyte i barnomsorgssystemet under hösten, uppgifter kunde inte tas fram för T2 och T3.",
             exp="EJ_GENOMFORD", avv=""),
        dict(proc="Ekonomi", risk="Stöld och svinn av IT-utrustning", rv="6",
             km="Inventarieförteckning över elevdatorer är uppdaterad",
             met="Inventering mot förteckning på två skolor", frek="Årligen", ans="IT-samordnare BUF",
             t1="", t2="", hel="", avvk="", kom="",
             exp="SAKNAS", avv=""),
    ]
    rows = []
    for c in ks:
        rows.append(["Kommunledningsförvaltningen", "KS", c["proc"], c["risk"], c["rv"], c["km"], c["met"],
                     c["frek"], c["ans"], c["t1"], c["t2"], c["hel"], c["avvk"], c["kom"]])
    for c in bun:
        rows.append(["Barn- och utbildningsförvaltningen", "BUN", c["proc"], c["risk"], c["rv"], c["km"], c["met"],
                     c["frek"], c["ans"], c["t1"], c["t2"], c["hel"], c["avvk"], c["kom"]])
    buf = io.StringIO(newline="")
    buf.write("Rapport: Intern kontroll – uppföljning helår 2025\r\n")
    buf.write("Utdrag: 2026-01-20 09:14;Användare: ekonomi\\mlindq\r\n")
    buf.write("\r\n")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(hdr)
    for r in rows:
        w.writerow(r)
    with open(out(fil), "wb") as fh:
        fh.write(buf.getvalue().encode("cp1252"))
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))
    expect(fil, KS, ks)
    expect(fil, BUN, bun)


# ---------------------------------------------------------------------------
# File 2: Hypergene export, UTF-8 (BOM), tab separated, hierarchical with Nivå column
# ---------------------------------------------------------------------------
def f2_hypergene_tsv():
    fil = "Hypergene_IK-rapport_helar_2025.csv"
    # tree: (namnd, [(process, [(risk, rv, [controls])])])
    von = [
        ("Myndighetsutövning", [
            ("Beslut enligt SoL verkställs inte inom tre månader", "12", [
                dict(km="Rapportering av ej verkställda beslut till IVO sker kvartalsvis",
                     ans="Enhetschef myndighet", bed="Klar", avvk="Nej",
                     kom="Samtliga fyra kvartalsrapporter inlämnade i tid.", upd="2025-12-18",
                     exp="GENOMFORD", avv="nej"),
            ]),
        ]),
        ("Hälso- och sjukvård", [
            ("Felaktig läkemedelsadministrering", "16", [
                dict(km="Stickprov av signeringslistor för läkemedel i hemtjänst",
                     ans="MAS", bed="Klar", avvk="Ja",
                     kom="Granskat 60 signeringslistor i hemtjänsten.\nOsignerade tillfällen förekom i 9 listor.\nÅtgärd: påminnelse i MCSS och ny kontroll Q1 2026.",
                     upd="2026-01-09", exp="GENOMFORD", avv="ja"),
            ]),
            ("Avvikelser rapporteras och åtgärdas inte", "9", [
                dict(km="Avvikelser enligt HSL och SoL rapporteras och åtgärdas",
                     ans="Kvalitetsutvecklare", bed="Pågår", avvk="",
                     kom="Analys av avvikelser Q1–Q2 klar. Q3–Q4 pågår.", upd="2026-01-12",
                     exp="DELVIS", avv=""),
            ]),
        ]),
        ("Ekonomi", [
            ("Felaktig debitering av omsorgsavgifter", "8", [
                dict(km="Kontroll av att avgiftsbeslut för hemtjänst överensstämmer med utförd tid",
                     ans="Avgiftshandläggare", bed="Ej påbörjad", avvk="",
                     kom="Har inte genomförts. Flyttas till internkontrollplan 2026.", upd="2025-11-30",
                     exp="EJ_GENOMFORD", avv=""),
            ]),
            ("Brukares medel hanteras felaktigt", "12", [
                dict(km="Kontroll av hantering av brukarmedel i särskilt boende",
                     ans="Enhetschef SÄBO", bed="Klar", avvk="Nej",
                     kom="Kassaböcker på Solbacken och Ekhagen granskade, inga differenser.",
                     upd="2025-12-03", exp="GENOMFORD", avv="nej"),
            ]),
        ]),
        ("Personal och kompetens", [
            ("Bristande introduktion av timanställda", "6", [
                dict(km="Introduktion av timanställda sker enligt checklista",
                     ans="HR-konsult VOF", bed="Avbruten", avvk="",
                     kom="Avbruten genom nämndbeslut 2025-09-24 § 61, ersätts av kompetensförsörjningsplan.",
                     upd="2025-09-25", exp="UTGAR", avv=""),
            ]),
        ]),
    ]
    kfn = [
        ("Föreningsstöd", [
            ("Bidrag betalas ut på felaktiga grunder", "9", [
                dict(km="Kontroll av att föreningsbidrag betalas ut enligt bidragsreglerna",
                     ans="Föreningskonsulent", bed="Klar", avvk="Nej",
                     kom="Stickprov 15 ansökningar, samtliga enligt reglerna.", upd="2025-12-10",
                     exp="GENOMFORD", avv="nej"),
                dict(km="Bidrag till studieförbund följs upp mot verksamhetsrapport",
                     ans="Kulturstrateg", bed="", avvk="", kom="", upd="",
                     exp="SAKNAS", avv=""),
            ]),
        ]),
        ("Kontanthantering", [
            ("Svinn och fel i kontanthantering", "12", [
                dict(km="Redovisning av kontantkassor i simhall och bibliotek",
                     ans="Enhetschef fritid", bed="Klar", avvk="Ja",
                     kom="Kassadifferens 1 240 kr i Bergsjöbadet i oktober.\nRutin för daglig avstämning har skärpts.",
                     upd="2025-12-15", exp="GENOMFORD", avv="ja"),
            ]),
        ]),
        ("Lokaluthyrning", [
            ("Bokade tider faktureras inte", "6", [
                dict(km="Uthyrning av lokaler: fakturering av bokade tider i bokningssystemet",
                     ans="Bokningsansvarig", bed="Pågår", avvk="",
                     kom="Avstämning gjord för sporthallarna, övriga lokaler återstår.", upd="2026-01-08",
                     exp="DELVIS", avv=""),
            ]),
        ]),
        ("Arrangemang", [
            ("Brister i säkerhet vid publika arrangemang", "8", [
                dict(km="Säkerhetsrutiner vid arrangemang (brandskydd, utrymning) följs",
                     ans="Evenemangssamordnare", bed="", avvk="",
                     kom="Se bilaga 3", upd="2025-12-19",
                     exp="OKLAR", avv=""),
            ]),
        ]),
    ]
    hdr = ["Nivå", "Typ", "Namn", "Ansvarig", "Riskvärde", "Bedömning", "Avvikelse upptäckt",
           "Kommentar", "Senast uppdaterad"]
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Rapport", "Intern kontroll – uppföljning"])
    w.writerow(["Period", "2025 Helår"])
    w.writerow(["Urval", "Vård- och omsorgsnämnden, Kultur- och fritidsnämnden"])
    w.writerow(["Skapad", "2026-01-22 14:03"])
    w.writerow([])
    w.writerow(hdr)
    for namnd, tree in ((VON, von), (KFN, kfn)):
        w.writerow(["1", "Nämnd", namnd, "", "", "", "", "", ""])
        for proc, risks in tree:
            w.writerow(["2", "Process", proc, "", "", "", "", "", ""])
            for risk, rv, ctrls in risks:
                w.writerow(["3", "Risk", risk, "", rv, "", "", "", ""])
                for c in ctrls:
                    w.writerow(["4", "Kontrollmoment", c["km"], c["ans"], "", c["bed"], c["avvk"],
                                c["kom"], c["upd"]])
    w.writerow([])
    w.writerow(["Teckenförklaring bedömning:"])
    w.writerow(["Klar", "Kontrollen är genomförd"])
    w.writerow(["Pågår", "Kontrollen är påbörjad men inte slutförd"])
    w.writerow(["Ej påbörjad", "Kontrollen har inte påbörjats"])
    w.writerow(["Avbruten", "Kontrollen har avbrutits genom beslut"])
    with open(out(fil), "wb") as fh:
        fh.write(("\ufeff" + buf.getvalue()).encode("utf-8"))
    FILES.append((fil, "INLAST", VON, "2025", "HELAR"))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))
    for namnd, tree in ((VON, von), (KFN, kfn)):
        ctrls = [c for _, risks in tree for _, _, cs in risks for c in cs]
        expect(fil, namnd, ctrls)


# ---------------------------------------------------------------------------
# File 3: Stratsys Excel report, hierarchy by indentation, status as traffic-light fill
# ---------------------------------------------------------------------------
GREEN, YELLOW, RED, GREY = "00B050", "FFC000", "FF0000", "A6A6A6"


def f3_stratsys_xlsx():
    fil = "Stratsys_rapport_Socialnamnden_IK_2025.xlsx"
    tree = [
        ("Ekonomiskt bistånd", [
            ("Beslut fattas utan delegation", "9", [
                dict(km="Stickprov av beslut om ekonomiskt bistånd – att beslut fattats enligt delegationsordningen",
                     ans="Enhetschef försörjningsstöd", t2=YELLOW, hel=GREEN, avvk="Nej",
                     kom="Stickprov 40 beslut. Samtliga fattade av behörig delegat.",
                     exp="GENOMFORD", avv="nej"),
            ]),
            ("Felaktiga eller dubbla utbetalningar", "12", [
                dict(km="Kontroll av dubbelutbetalningar av ekonomiskt bistånd mot Försäkringskassan (SSBTEK)",
                     ans="Controller SOC", t2=YELLOW, hel=YELLOW, avvk="",
                     kom="Kontroll gjord för januari–september.\nOktober–december återstår, klart mars 2026.",
                     exp="DELVIS", avv=""),
            ]),
        ]),
        ("Barn och unga", [
            ("Orosanmälningar bedöms inte i tid", "16", [
                dict(km="Förhandsbedömning av orosanmälningar inom 14 dagar",
                     ans="Enhetschef barn och unga", t2=GREEN, hel=GREEN, avvk="Ja",
                     kom="88 % av förhandsbedömningarna gjordes inom 14 dagar.\n11 ärenden överskred tiden, främst under juli.",
                     exp="GENOMFORD", avv="ja"),
                dict(km="Utredningstid inom fyra månader (11 kap. 2 § SoL)",
                     ans="Enhetschef barn och unga", t2=RED, hel=RED, avvk="",
                     kom="Ej genomförd på grund av hög personalomsättning under hösten.",
                     exp="EJ_GENOMFORD", avv=""),
            ]),
        ]),
        ("Placeringar", [
            ("Placering utan giltigt avtal", "8", [
                dict(km="Kontroll av att avtal finns för samtliga externa placeringar (HVB, familjehem)",
                     ans="Placeringssamordnare", t2=None, hel=GREEN, avvk="Nej",
                     kom="Samtliga 23 pågående placeringar har avtal.",
                     exp="GENOMFORD", avv="nej"),
                dict(km="Fakturor för externa placeringar stäms av mot beslut",
                     ans="Controller SOC", t2=GREY, hel=GREY, avvk="",
                     kom="Utgår – ingår i kommunstyrelsens granskning av inköp 2025.",
                     exp="UTGAR", avv=""),
            ]),
        ]),
        ("Informationssäkerhet", [
            ("Otillbörlig åtkomst till personuppgifter", "12", [
                dict(km="Loggkontroll i verksamhetssystemet (Lifecare) avseende otillbörlig åtkomst",
                     ans="Systemförvaltare", t2=None, hel=YELLOW, avvk="Nej",
                     kom="Loggkontroll gjord för barn och unga, inga fynd.\nVuxenenheten återstår.",
                     exp="DELVIS", avv="nej"),
                dict(km="Behörigheter i verksamhetssystemet följs upp två gånger per år",
                     ans="Systemförvaltare", t2=None, hel=None, avvk="",
                     kom="",
                     exp="SAKNAS", avv=""),
            ]),
        ]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport"
    bold = Font(bold=True)
    ws["A1"] = "Internkontrollplan med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Organisation: Socialnämnden"
    ws["A3"] = "Period: Helår 2025 (2025-01-01 – 2025-12-31)"
    ws["A4"] = "Utskriven 2026-01-21 av Lena Berg"
    ws["A4"].font = Font(italic=True, color="7F7F7F")
    hdr = ["Namn", "Ansvarig", "Riskvärde", "Status T2", "Status helår", "Avvikelse", "Kommentar"]
    thin = Side(style="thin", color="BFBFBF")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = border
    r = 7

    def put(row, vals, indent, font=None):
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=row, column=i, value=v if v != "" else None)
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="top",
                                    indent=indent if i == 1 else 0)
            if font:
                c.font = font

    put(r, ["Socialnämnden", "", "", "", "", "", ""], 0, Font(bold=True, size=12))
    r += 1
    for proc, risks in tree:
        put(r, [proc, "", "", "", "", "", ""], 1, bold)
        r += 1
        for risk, rv, ctrls in risks:
            put(r, [risk, "", int(rv), "", "", "", ""], 2, Font(italic=True))
            r += 1
            for c in ctrls:
                put(r, [c["km"], c["ans"], "", "", "", c["avvk"], c["kom"]], 3)
                if c["t2"]:
                    ws.cell(row=r, column=4).fill = PatternFill("solid", fgColor=c["t2"])
                if c["hel"]:
                    ws.cell(row=r, column=5).fill = PatternFill("solid", fgColor=c["hel"])
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring status").font = bold
    r += 1
    for col, txt in ((GREEN, "Genomförd"), (YELLOW, "Pågående / delvis genomförd"),
                     (RED, "Ej genomförd"), (GREY, "Utgår"), (None, "Ingen färg = ej rapporterad")):
        cc = ws.cell(row=r, column=1, value=txt)
        if col:
            ws.cell(row=r, column=4).fill = PatternFill("solid", fgColor=col)
            ws.cell(row=r, column=4).border = border
        r += 1
    ws.column_dimensions["A"].width = 62
    ws.column_dimensions["B"].width = 26
    ws.column_dimensions["C"].width = 10
    ws.column_dimensions["D"].width = 11
    ws.column_dimensions["E"].width = 12
    ws.column_dimensions["F"].width = 11
    ws.column_dimensions["G"].width = 55
    ws.freeze_panes = "A7"
    wb.properties.creator = "Stratsys"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(out(fil))
    FILES.append((fil, "INLAST", SN, "2025", "HELAR"))
    expect(fil, SN, [c for _, risks in tree for _, _, cs in risks for c in cs])


# ---------------------------------------------------------------------------
# File 4: SharePoint list export (xlsx table) including last year's rows
# ---------------------------------------------------------------------------
def f4_sharepoint_xlsx():
    fil = "Internkontroll_SBF_SharePoint-export.xlsx"
    c25 = [
        dict(id="IK-2025-01", proc="Lokalförsörjning",
             km="Kontroll av att hyresavtal för externt inhyrda lokaler finns och är uppdaterade",
             ans="Fastighetschef", t1="", t2="Delvis genomförd", hel="Genomförd", avvk="Nej",
             kom="Samtliga 17 avtal genomgångna.", mod="2025-12-12 10:41", by="Per Åström",
             exp="GENOMFORD", avv="nej"),
        dict(id="IK-2025-02", proc="Gata och park",
             km="Besiktning av lekplatser enligt SS-EN 1176",
             ans="Enhetschef park", t1="", t2="", hel="Genomförd", avvk="Ja",
             kom="Tre lekplatser hade brister i fallskydd.\nÅtgärdade i november 2025.", mod="2025-12-01 08:15",
             by="Sara Nyberg", exp="GENOMFORD", avv="ja"),
        dict(id="IK-2025-03", proc="Mark och exploatering",
             km="Avstämning av exploateringsavtal mot fakturerade gatukostnader",
             ans="Exploateringsingenjör", t1="", t2="Ej startad", hel="Delvis genomförd", avvk="",
             kom="Två av fem avtal avstämda.", mod="2026-01-14 15:02", by="Jonas Ek",
             exp="DELVIS", avv=""),
        dict(id="IK-2025-04", proc="Investeringar",
             km="Kontroll av ÄTA-arbeten i entreprenader mot beslut",
             ans="Projektchef", t1="Ej startad", t2="Delvis genomförd", hel="", avvk="",
             kom="", mod="2025-09-03 11:20", by="Jonas Ek",
             exp="DELVIS", avv=""),
        dict(id="IK-2025-05", proc="Lokalförsörjning",
             km="Uppföljning av felanmälningar i fastighetssystemet inom avtalad åtgärdstid",
             ans="Driftchef fastighet", t1="", t2="", hel="Ej genomförd", avvk="",
             kom="Systembyte under hösten, statistik saknas.", mod="2026-01-09 09:55",
             by="Per Åström", exp="EJ_GENOMFORD", avv=""),
        dict(id="IK-2025-06", proc="VA",
             km="Kontroll av att vattenmätare avläses minst en gång per år",
             ans="VA-chef", t1="Delvis genomförd", t2="Ej aktuell", hel="Ej aktuell", avvk="",
             kom="VA-verksamheten överförd till Bergsjö Vatten AB 2025-07-01.", mod="2025-08-28 13:37",
             by="Sara Nyberg", exp="UTGAR", avv=""),
        dict(id="IK-2025-07", proc="Ekonomi",
             km="Attest av leverantörsfakturor enligt attestordningen",
             ans="Controller SBF", t1="", t2="", hel="Genomförd", avvk="Nej",
             kom="Stickprov 30 fakturor, inga avvikelser.", mod="2025-12-19 16:04", by="Maria Holm",
             exp="GENOMFORD", avv="nej"),
    ]
    c24 = [
        dict(id="IK-2024-01", proc="Lokalförsörjning",
             km="Kontroll av att hyresavtal för externt inhyrda lokaler finns och är uppdaterade",
             ans="Fastighetschef", t1="", t2="", hel="Ej genomförd", avvk="",
             kom="Flyttad till 2025.", mod="2025-01-15 09:12", by="Per Åström"),
        dict(id="IK-2024-02", proc="Gata och park",
             km="Besiktning av lekplatser enligt SS-EN 1176",
             ans="Enhetschef park", t1="", t2="", hel="Genomförd", avvk="Nej",
             kom="Inga anmärkningar.", mod="2024-12-10 10:00", by="Sara Nyberg"),
        dict(id="IK-2024-03", proc="Gata och park",
             km="Vinterväghållning: kontroll av entreprenörens utryckningstider",
             ans="Gatuchef", t1="Genomförd", t2="", hel="Genomförd", avvk="Ja",
             kom="Två sena utryckningar i februari, vite utdömt.", mod="2024-12-12 14:30", by="Sara Nyberg"),
        dict(id="IK-2024-04", proc="VA",
             km="Kontroll av att vattenmätare avläses minst en gång per år",
             ans="VA-chef", t1="", t2="", hel="Delvis genomförd", avvk="",
             kom="85 % avlästa.", mod="2025-01-20 08:45", by="Sara Nyberg"),
        dict(id="IK-2024-05", proc="Ekonomi",
             km="Attest av leverantörsfakturor enligt attestordningen",
             ans="Controller SBF", t1="", t2="", hel="Genomförd", avvk="Ja",
             kom="2 fakturor attesterade av ej behörig.", mod="2024-12-18 11:11", by="Maria Holm"),
        dict(id="IK-2024-06", proc="Investeringar",
             km="Slutbesiktning dokumenteras innan slutbetalning",
             ans="Projektchef", t1="", t2="", hel="Genomförd", avvk="Nej",
             kom="", mod="2024-12-20 15:45", by="Jonas Ek"),
    ]
    rows = [(2025, c) for c in c25] + [(2024, c) for c in c24]
    rows.sort(key=lambda x: (x[1]["proc"], -x[0], x[1]["id"]))
    hdr = ["Rubrik", "Verksamhetsår", "Nämnd/förvaltning", "Process", "Kontrollmoment", "Kontrollansvarig",
           "Status T1", "Status T2", "Status helår", "Avvikelse", "Kommentar", "Ändrad", "Ändrad av",
           "Objekttyp", "Sökväg"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "query"
    ws.append(hdr)
    for year, c in rows:
        ws.append([c["id"], year, "Samhällsbyggnadsförvaltningen", c["proc"], c["km"], c["ans"],
                   c["t1"] or None, c["t2"] or None, c["hel"] or None, c["avvk"] or None, c["kom"] or None,
                   dt.datetime.strptime(c["mod"], "%Y-%m-%d %H:%M"), c["by"], "Objekt",
                   "sites/ledningssystem/Lists/Internkontroll SBF"])
    n = len(rows) + 1
    tab = Table(displayName="Tabell_query", ref=f"A1:O{n}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(tab)
    for row in ws.iter_rows(min_row=2, max_row=n):
        row[11].number_format = "yyyy-mm-dd hh:mm"
        row[10].alignment = Alignment(wrap_text=True)
        row[4].alignment = Alignment(wrap_text=True)
    widths = [12, 14, 28, 22, 60, 22, 16, 16, 16, 10, 50, 17, 14, 9, 40]
    for i, wdt in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = wdt
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(out(fil))
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))
    expect(fil, SBN, c25)


# ---------------------------------------------------------------------------
# File 5: hand-made Word report (MBN)
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def f5_mbn_docx():
    fil = "MBN uppföljning internkontrollplan 2025.docx"
    groups = [
        ("Bygglov", [
            dict(nr="1", km="Handläggningstid för bygglov inom tio veckor (PBL 9 kap. 27 §)",
                 met="Uttag ur Castor för samtliga beslut jan–dec",
                 res="92 % av ärendena avgjordes inom tio veckor. 14 ärenden överskred tiden, avgiften har reducerats enligt PBL.",
                 st="Utförd – brister", exp="GENOMFORD", avv="ja"),
            dict(nr="2", km="Avgifter för bygglov debiteras enligt gällande taxa",
                 met="Stickprov 20 beslut",
                 res="Samtliga 20 debiterade enligt taxa. Inga fel.",
                 st="Utförd", exp="GENOMFORD", avv="nej"),
        ]),
        ("Miljö- och livsmedelstillsyn", [
            dict(nr="3", km="Tillsynsplanen för livsmedelskontroll följs (planerade kontroller utförda)",
                 met="Jämförelse tillsynsplan – utförda kontroller",
                 res="78 % av planerade kontroller utförda per 31 december. Resterande läggs först i planen 2026.",
                 st="Påbörjad", exp="DELVIS", avv=""),
            dict(nr="4", km="Uppföljning av förelägganden med vite",
                 met="Genomgång av samtliga förelägganden med vite",
                 res="Kontrollen genomfördes i oktober. Samtliga sex förelägganden har följts upp, inga brister.",
                 st="–", exp="GENOMFORD", avv="nej"),
            dict(nr="5", km="Kontroll av att jävsdeklarationer finns för samtliga inspektörer",
                 met="Genomgång personalakter",
                 res="Hann inte genomföras. Skjuts till 2026.",
                 st="Ej utförd", exp="EJ_GENOMFORD", avv=""),
        ]),
        ("Administration", [
            dict(nr="6", km="Delegationsbeslut anmäls till nämnden",
                 met="Jämförelse beslutslista – protokoll",
                 res="Samtliga delegationsbeslut anmälda. Inga avvikelser.",
                 st="Utförd", exp="GENOMFORD", avv="nej"),
            dict(nr="7", km="Arkivering av avslutade ärenden i e-arkivet",
                 met="Stickprov 10 ärenden",
                 res="E-arkivet driftsätts först under 2026.",
                 st="Ej aktuell 2025", exp="UTGAR", avv=""),
        ]),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Miljö- och byggförvaltningen\tTjänsteskrivelse\tDnr MBN 2026/14"
    p = d.add_paragraph()
    run = p.add_run("Miljö- och byggnadsnämnden")
    run.bold = True
    run.font.size = Pt(11)
    h = d.add_heading("Uppföljning av internkontrollplan 2025 – helårsrapport", level=1)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 februari 2025 (§ 9). Planen omfattar sju "
        "kontrollmoment inom bygglov, tillsyn och administration. Nedan redovisas resultatet för helåret. "
        "Förvaltningen bedömer att den interna kontrollen i huvudsak har varit tillräcklig.")
    d.add_paragraph("Status anges som Utförd, Utförd – brister, Påbörjad eller Ej utförd.")
    tbl = d.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    heads = ["Nr", "Kontrollmoment", "Kontrollmetod", "Resultat / kommentar", "Status"]
    for i, t in enumerate(heads):
        c = tbl.rows[0].cells[i]
        c.text = ""
        rr = c.paragraphs[0].add_run(t)
        rr.bold = True
        shade(c, "D9E2F3")
    for gname, ctrls in groups:
        row = tbl.add_row()
        m = row.cells[0].merge(row.cells[4])
        m.text = ""
        rr = m.paragraphs[0].add_run("Process: " + gname)
        rr.bold = True
        rr.italic = True
        shade(m, "F2F2F2")
        for c in ctrls:
            row = tbl.add_row().cells
            row[0].text = c["nr"]
            row[1].text = c["km"]
            row[2].text = c["met"]
            row[3].text = c["res"]
            row[4].text = c["st"]
    widths = [Cm(1), Cm(5.2), Cm(3.6), Cm(5.6), Cm(2.4)]
    for row in tbl.rows:
        for i, wdt in enumerate(widths):
            try:
                row.cells[i].width = wdt
            except IndexError:
                pass
    d.add_paragraph()
    d.add_paragraph("Förslag till beslut: Miljö- och byggnadsnämnden godkänner uppföljningen av "
                    "internkontrollplanen för 2025 och överlämnar den till kommunstyrelsen.")
    d.add_paragraph()
    d.add_paragraph("Bergsjö 2026-01-28")
    d.add_paragraph("Karin Holm\nFörvaltningschef, Miljö- och byggförvaltningen")
    d.core_properties.author = "Karin Holm"
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.save(out(fil))
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))
    expect(fil, MBN, [c for _, cs in groups for c in cs])


# ---------------------------------------------------------------------------
# File 6: hand-made .xls with tick columns, nämnd only in print header + file name (ÖFN)
# ---------------------------------------------------------------------------
def f6_ofn_xls():
    fil = "ÖFN IK helår 2025.xls"
    ctrls = [
        dict(km="Granskning av årsräkningar – stickprov på verifikationer", ans="Handläggare",
             g="X", dl="", ej="", av="X",
             kom="I 4 av 30 granskade årsräkningar saknades verifikat för större uttag. Komplettering begärd.",
             exp="GENOMFORD", avv="ja"),
        dict(km="Kontroll av att arvoden till ställföreträdare beslutas enligt riktlinjerna", ans="Enhetschef",
             g="X", dl="", ej="", av="",
             kom="Inga avvikelser.", exp="GENOMFORD", avv="nej"),
        dict(km="Registerkontroll av nya ställföreträdare (belastningsregister, kreditupplysning)",
             ans="Handläggare", g="", dl="X", ej="", av="X",
             kom="Kreditupplysning tas alltid. Utdrag ur belastningsregistret saknades i 3 fall.",
             exp="DELVIS", avv="ja"),
        dict(km="Bevakning av att förteckningar inkommer inom två månader", ans="Handläggare",
             g="", dl="", ej="X", av="", kom="", exp="EJ_GENOMFORD", avv=""),
        dict(km="Dokumentation i akt av samtliga beslut i förvaltarskapsärenden", ans="Enhetschef",
             g="X", dl="", ej="X", av="", kom="", exp="OKLAR", avv=""),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Blad1")
    ws._Worksheet__header_str = "&LÖverförmyndarnämnden&RInternkontroll 2025"  # xlwt py3 bug: set str directly
    ws._Worksheet__footer_str = "&LUpprättad 2026-01-15&RSida &P"
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                       "pattern: pattern solid, fore_colour gray25; align: wrap on, vert top")
    cellf = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    tick = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz center, vert top")
    ws.write(0, 0, "Uppföljning internkontroll 2025 – helår", title)
    ws.write(1, 0, "Markera med X i den kolumn som gäller. Kommentera avvikelser.")
    heads = ["Kontrollmoment", "Ansvarig", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse", "Kommentar"]
    for i, hh in enumerate(heads):
        ws.write(3, i, hh, bold)
    for r, c in enumerate(ctrls, start=4):
        ws.write(r, 0, c["km"], cellf)
        ws.write(r, 1, c["ans"], cellf)
        ws.write(r, 2, c["g"], tick)
        ws.write(r, 3, c["dl"], tick)
        ws.write(r, 4, c["ej"], tick)
        ws.write(r, 5, c["av"], tick)
        ws.write(r, 6, c["kom"], cellf)
    r = 4 + len(ctrls) + 2
    ws.write(r, 0, "Bergsjö 2026-01-15")
    ws.write(r + 1, 0, "Eva Lundgren, enhetschef")
    for i, wdt in enumerate([55, 14, 11, 9, 13, 10, 60]):
        ws.col(i).width = wdt * 256
    wb.save(out(fil))
    FILES.append((fil, "INLAST", OFN, "2025", "HELAR"))
    expect(fil, OFN, ctrls)


# ---------------------------------------------------------------------------
# File 7: Bergsjö Energi AB, .ods with years/periods side by side and numeric codes
# ---------------------------------------------------------------------------
def f7_beab_ods():
    fil = "Bergsjö Energi AB internkontroll 2025.ods"
    ctrls = [
        dict(km="Avläsning och debitering av elmätare – avstämning mot mätvärdessystemet",
             ans="Chef kundservice", h24="1", t1="3", t2="3", h25="1",
             kom="Månadsvis avstämning genomförd hela året.", exp="GENOMFORD", avv="nej"),
        dict(km="Upphandlingar över direktupphandlingsgränsen annonseras enligt LUF",
             ans="Inköpsansvarig", h24="2", t1="", t2="3", h25="2",
             kom="En förlängning av ramavtal för schaktarbeten gjordes utan annonsering.",
             exp="GENOMFORD", avv="ja"),
        dict(km="Attest och utbetalning av leverantörsfakturor över 100 tkr (dualitet)",
             ans="Ekonomichef", h24="1", t1="1", t2="1", h25="1",
             kom="", exp="GENOMFORD", avv="nej"),
        dict(km="Kontroll av kundfordringar och påminnelserutin",
             ans="Ekonomichef", h24="", t1="", t2="3", h25="3",
             kom="Rutinen ses över i samband med nytt kundsystem.", exp="DELVIS", avv=""),
        dict(km="Behörighetsgenomgång i driftövervakningssystemet (SCADA)",
             ans="IT-säkerhetsansvarig", h24="3", t1="4", t2="4", h25="4",
             kom="Genomförs Q1 2026.", exp="EJ_GENOMFORD", avv=""),
        dict(km="Uppföljning av egenkontroll enligt elsäkerhetslagen",
             ans="Elsäkerhetsansvarig", h24="1", t1="", t2="", h25="",
             kom="", exp="SAKNAS", avv=""),
        dict(km="Hantering av förtroendekänsliga poster (representation, resor)",
             ans="VD-assistent", h24="1", t1="U", t2="U", h25="U",
             kom="Utgår 2025 – granskas av lekmannarevisorerna.", exp="UTGAR", avv=""),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Bergsjö Energi AB – Internkontroll 2025, uppföljning helår"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Org.nr 556812-0437 · Rapporteras till styrelsen 2026-02-12"
    ws["A4"] = "Statuskod:"
    ws["A4"].font = Font(bold=True)
    ws["B4"] = "1 = Genomförd utan anmärkning   2 = Genomförd med anmärkning   3 = Påbörjad   4 = Ej påbörjad   U = Utgår"
    hdr1 = ["Kontrollmoment", "Ansvarig", "2024", "2025", None, None, "Kommentar 2025"]
    hdr2 = [None, None, "Helår", "T1", "T2", "Helår", None]
    for i, v in enumerate(hdr1, 1):
        c = ws.cell(row=6, column=i, value=v)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(horizontal="center")
    for i, v in enumerate(hdr2, 1):
        c = ws.cell(row=7, column=i, value=v)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(horizontal="center")
    ws.merge_cells("A6:A7")
    ws.merge_cells("B6:B7")
    ws.merge_cells("D6:F6")
    ws.merge_cells("G6:G7")
    r = 8
    for c in ctrls:
        vals = [c["km"], c["ans"], c["h24"], c["t1"], c["t2"], c["h25"], c["kom"]]
        for i, v in enumerate(vals, 1):
            if i in (3, 4, 5, 6) and v and v.isdigit():
                v = int(v)
            cell = ws.cell(row=r, column=i, value=v if v != "" else None)
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if i in (3, 4, 5, 6) else None)
        ws.cell(row=r, column=3).font = Font(color="808080")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanställt av: Johan Wikström, ekonomichef")
    for col, wdt in zip("ABCDEFG", [62, 20, 8, 8, 8, 8, 50]):
        ws.column_dimensions[col].width = wdt
    tmpd = tempfile.mkdtemp(prefix="r183_")
    src = os.path.join(tmpd, "Bergsjö Energi AB internkontroll 2025.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", "ods", "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmpd, fil), out(fil))
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", BEAB, "2025", "HELAR"))
    expect(fil, BEAB, ctrls)


# ---------------------------------------------------------------------------
# File 8 (reject): Hypergene budget/outcome export - not an internal-control follow-up
# ---------------------------------------------------------------------------
def f8_reject_budget():
    fil = "Hypergene_driftredovisning_helar_2025.csv"
    rows = [
        ("Kommunstyrelsen", -142300, -139870),
        ("Barn- och utbildningsnämnden", -612400, -618950),
        ("Socialnämnden", -198700, -207310),
        ("Vård- och omsorgsnämnden", -455100, -452980),
        ("Kultur- och fritidsnämnden", -61200, -60450),
        ("Samhällsbyggnadsnämnden", -88900, -91230),
        ("Miljö- och byggnadsnämnden", -14300, -13760),
        ("Överförmyndarnämnden", -5200, -5610),
        ("Valnämnden", -900, -640),
    ]
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Rapport", "Driftredovisning per nämnd (tkr)"])
    w.writerow(["Period", "2025 Helår (jan-dec)"])
    w.writerow([])
    w.writerow(["Nämnd", "Budget 2025", "Utfall 2025", "Avvikelse", "Avvikelse %", "Kommentar"])
    comments = {
        "Socialnämnden": "Ökade kostnader för externa placeringar",
        "Barn- och utbildningsnämnden": "Fler barn i förskola än budgeterat",
        "Överförmyndarnämnden": "Högre arvoden till ställföreträdare",
    }
    tb = tu = 0
    for n, b, u in rows:
        avv = u - b
        tb += b
        tu += u
        w.writerow([n, b, u, avv, f"{avv / abs(b) * 100:.1f}".replace(".", ","), comments.get(n, "")])
    w.writerow(["Summa nämnder", tb, tu, tu - tb, f"{(tu - tb) / abs(tb) * 100:.1f}".replace(".", ","), ""])
    with open(out(fil), "wb") as fh:
        fh.write(buf.getvalue().encode("cp1252"))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        for r in REGISTER:
            w.writerow(r)
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for r in FILES:
            w.writerow(r)
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXPECTED:
            w.writerow(r)


def main():
    f1_stratsys_csv()
    f2_hypergene_tsv()
    f3_stratsys_xlsx()
    f4_sharepoint_xlsx()
    f5_mbn_docx()
    f6_ofn_xls()
    f7_beab_ods()
    f8_reject_budget()
    write_csvs()
    print(f"{len(FILES)} rows in files.csv, {len(EXPECTED)} controls in expected.csv")


if __name__ == "__main__":
    main()
