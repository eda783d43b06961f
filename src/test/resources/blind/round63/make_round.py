#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 63 – Mjölby kommun (Östergötland), uppföljning av internkontrollplaner T2 2025.

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
from openpyxl.formatting.rule import CellIsRule
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

KS = "Kommunstyrelsen"
BUN = "Barn- och utbildningsnämnden"
SN = "Socialnämnden"
KFN = "Kultur- och fritidsnämnden"
TN = "Tekniska nämnden"
SBN = "Samhällsbyggnadsnämnden"
MBN = "Miljö- och byggnämnden"
GAN = "Gymnasie- och arbetsmarknadsnämnden"
OFN = "Gemensamma överförmyndarnämnden"
VN = "Valnämnden"
KRN = "Krisledningsnämnden"

REGISTER = [
    (KS, "KS|Kommunledningsförvaltningen|Kommunledningskontoret|KLF"),
    (BUN, "BUN|Barn- och utbildningsförvaltningen|BUF|Utbildningsförvaltningen"),
    (SN, "SN|Socialförvaltningen|SOCF|Socialtjänsten"),
    (KFN, "KFN|Kultur- och fritidsförvaltningen|KoF|Kultur o fritid"),
    (TN, "TN|Tekniska förvaltningen|Teknik|Tekniska kontoret"),
    (SBN, "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    (MBN, "MBN|Miljö- och byggförvaltningen|Miljö- och byggnadsnämnden|Bygg och miljö"),
    (GAN, "GAN|Gymnasie och arbetsmarknadsnämnden|Gymnasie- och arbetsmarknadsförvaltningen|Vuxenutbildningen|AME"),
    (OFN, "ÖFN|Överförmyndarnämnden|Gemensam överförmyndarnämnd|Överförmyndarenheten|Överförmyndarnämnden i Mjölby, Boxholm och Ödeshög"),
    (VN, "VN|Valkansliet"),
    (KRN, "Krisledningsnämnd"),
]


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej")
    assert ";" not in km and "\n" not in km, km
    EXPECTED.append((fil, namnd, km, status, avv))


THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexrgb):
    return PatternFill(start_color=hexrgb, end_color=hexrgb, fill_type="solid")


# ---------------------------------------------------------------------------
# 1. Socialnämnden – xlsx, drop-down status with conditional formatting
# ---------------------------------------------------------------------------
def f1_socialnamnden():
    fil = "SN_Internkontroll_uppfoljning_T2_2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK-plan 2025"
    wb.properties.creator = "Lina Berg"
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(size=16, bold=True)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 2 (januari–augusti)"
    ws["A2"].font = Font(size=12, bold=True)
    ws["A3"] = "Sammanställd av: Lina Berg, controller socialförvaltningen. Datum: 2025-09-11"
    ws["A3"].font = Font(italic=True)
    head = ["Nr", "Process", "Risk", "Kontrollmoment", "Omfattning/metod", "Kontrollansvarig",
            "Status T2 (välj i lista)", "Iakttagelser och resultat", "Åtgärd vid avvikelse"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.alignment = WRAP
        cell.border = BOX
    groups = [
        ("Individ- och familjeomsorg", [
            ("1.1", "Handläggning barn och unga", "Utredningar avslutas inte inom lagstadgad tid",
             "Kontroll av att barnavårdsutredningar avslutas inom fyra månader enligt 11 kap. 2 § SoL",
             "Uttag ur Treserva, samtliga avslutade utredningar jan–aug", "Enhetschef barn och unga",
             "Genomförd",
             "92 av 104 utredningar (88 %) avslutades inom fyra månader. 12 överskred tiden, varav 7 med "
             "beslut om förlängning. 5 utredningar saknade förlängningsbeslut.",
             "Bevakning i Treserva införs. Genomgång på APT i oktober.", "GENOMFORD", "ja"),
            ("1.2", "Ekonomiskt bistånd", "Felaktiga utbetalningar",
             "Stickprov av 25 utbetalningar av ekonomiskt bistånd mot beslut och underlag",
             "25 slumpvis utvalda utbetalningar", "Enhetschef vuxenenheten",
             "Pågår", "15 av 25 stickprov granskade. Hittills inga felaktigheter.", "", "DELVIS", "nej"),
            ("1.3", "Mottagning", "Förhandsbedömning görs inte inom 14 dagar",
             "Kontroll av att förhandsbedömning av orosanmälningar görs inom 14 dagar",
             "Stickprov 30 anmälningar per tertial", "Enhetschef mottagningen",
             None, "Kontrollen har inte genomförts under tertialet på grund av vakant enhetschefstjänst.",
             "", "EJ_GENOMFORD", "nej"),
        ]),
        ("Vård och omsorg", [
            ("2.1", "Läkemedelshantering", "Avvikelser i läkemedelshanteringen upptäcks inte",
             "Granskning av signeringslistor för läkemedel på Solgården och Mantorpsgården",
             "Samtliga signeringslistor en vecka per boende", "MAS",
             "Ej påbörjad", "Planeras till oktober tillsammans med MAS.", "", "EJ_GENOMFORD", "nej"),
            ("2.2", "Hemtjänst", "Utförd tid stämmer inte med beviljad tid",
             "Jämförelse av beviljad och utförd tid i hemtjänsten för 20 brukare",
             "Uttag ur TES och Treserva", "Enhetschef hemtjänst Mjölby tätort",
             "Klar",
             "Avvikelse över 15 % hos 3 av 20 brukare. Biståndshandläggare har fått underlag för omprövning.",
             "Omprövning av insatser, klart november.", "GENOMFORD", "ja"),
            ("2.3", "Basal hygien", "Låg följsamhet till basala hygienrutiner",
             "Observationsmätning av följsamhet till basala hygienrutiner på samtliga enheter",
             "Observation enligt BHK-protokoll", "Hygiensjuksköterska",
             "Utgår", "Utgår enligt beslut SN 2025-04-23 § 52 – ersätts av regional PPM-mätning i november.",
             "", "UTGAR", "nej"),
            ("2.4", "Bemanning", "Timanställda arbetar utan introduktion",
             "Kontroll av att introduktionschecklista finns signerad för nyanställda timvikarier",
             "Stickprov 15 timvikarier", "Bemanningsenheten",
             None, None, None, "SAKNAS", "nej"),
        ]),
        ("Administration och ekonomi", [
            ("3.1", "Attest", "Fakturor attesteras av fel person",
             "Kontroll av att leverantörsfakturor attesteras enligt gällande attestförteckning",
             "Stickprov 30 fakturor", "Förvaltningsekonom",
             "Genomförd", "Inga avvikelser. Attestförteckningen uppdaterad 2025-06-01.", "", "GENOMFORD", "nej"),
            ("3.2", "Delegation", "Delegationsbeslut anmäls inte till nämnden",
             "Kontroll av att delegationsbeslut enligt LSS anmäls till nämnden månadsvis",
             "Jämförelse beslutslista – nämndprotokoll", "Nämndsekreterare",
             "Genomförd", "Stickprovet är inte gjort ännu, planeras i september.", "", "GENOMFORD", "nej"),
            ("3.3", "Informationssäkerhet", "Obehörig åtkomst till journaler",
             "Loggkontroll i Treserva – 10 slumpvis valda användare per månad",
             "Logguttag per månad", "Systemförvaltare",
             "Pågår",
             "Loggkontroller gjorda för maj–augusti. En otillåten åtkomst upptäckt och rapporterad till "
             "dataskyddsombudet, ärendet utreds av HR.",
             "Påminnelse om regler för åtkomst på samtliga APT.", "DELVIS", "ja"),
        ]),
    ]
    r = 6
    status_cells = []
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = fill("D9E1F2")
        r += 1
        for (nr, proc, risk, km, met, ans, st, res, atg, estat, eavv) in rows:
            vals = [nr, proc, risk, km, met, ans, st, res, atg]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            status_cells.append("G%d" % r)
            exp(fil, SN, km, estat, eavv)
            r += 1
    last = r - 1
    # drop-down list from a (hidden) list sheet
    lst = wb.create_sheet("Listor")
    for i, v in enumerate(["Genomförd", "Pågår", "Ej påbörjad", "Utgår"], 1):
        lst.cell(row=i, column=1, value=v)
    lst.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="=Listor!$A$1:$A$4", allow_blank=True,
                        showErrorMessage=False)
    ws.add_data_validation(dv)
    dv.add("G7:G%d" % last)
    rng = "G7:G%d" % last
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Genomförd"'], fill=fill("C6EFCE")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Pågår"'], fill=fill("FFEB9C")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Ej påbörjad"'], fill=fill("FFC7CE")))
    ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=['"Utgår"'], fill=fill("D9D9D9")))
    widths = [6, 22, 28, 48, 28, 22, 16, 60, 34]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", SN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – ods, status + kommentar per tertial side by side
# ---------------------------------------------------------------------------
def f2_bun():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableCellProperties, TextProperties, TableColumnProperties
    from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
    from odf.text import P

    fil = "BUN IK-uppföljning 2025.ods"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="fet", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    head = Style(name="rubrik", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#E2EFDA", border="0.5pt solid #808080"))
    doc.automaticstyles.addElement(head)
    big = Style(name="titel", family="table-cell")
    big.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(big)
    wide = Style(name="bred", family="table-column")
    wide.addElement(TableColumnProperties(columnwidth="7cm"))
    doc.automaticstyles.addElement(wide)
    norm = Style(name="smal", family="table-column")
    norm.addElement(TableColumnProperties(columnwidth="3cm"))
    doc.automaticstyles.addElement(norm)

    t = Table(name="IKP 2025")
    for w in [norm, wide, norm, norm, norm, wide, norm, wide, norm, wide]:
        t.addElement(TableColumn(stylename=w))

    def row(cells):
        tr = TableRow()
        for c in cells:
            if c is None:
                tr.addElement(TableCell())
                continue
            if isinstance(c, tuple) and c[0] == "COVER":
                tr.addElement(CoveredTableCell())
                continue
            if isinstance(c, dict):
                kw = {"valuetype": "string"}
                if c.get("style"):
                    kw["stylename"] = c["style"]
                if c.get("span"):
                    kw["numbercolumnsspanned"] = c["span"]
                tc = TableCell(**kw)
                tc.addElement(P(text=c["v"]))
                tr.addElement(tc)
                continue
            tc = TableCell(valuetype="string")
            tc.addElement(P(text=c))
            tr.addElement(tc)
        t.addElement(tr)

    row([{"v": "Barn- och utbildningsnämnden, Mjölby kommun", "style": big}])
    row(["Uppföljning internkontrollplan 2025 – rapportering per tertial (denna version: T2, 2025-09-08)"])
    row([None])
    row([None, None, None, None,
         {"v": "Tertial 1 (jan–apr)", "style": head, "span": 2}, ("COVER",),
         {"v": "Tertial 2 (maj–aug)", "style": head, "span": 2}, ("COVER",),
         {"v": "Tertial 3 / helår", "style": head, "span": 2}, ("COVER",)])
    row([{"v": h, "style": head} for h in
         ["Process", "Kontrollmoment", "Frekvens", "Kontrollansvarig",
          "Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar"]])
    data = [
        ("Skolpliktsbevakning", [
            ("Kontroll av att frånvaroutredning startas när elev har mer än 10 % ogiltig frånvaro",
             "Per tertial", "Rektorer", "Delvis", "4 av 7 skolor har rapporterat.",
             "Genomförd", "Samtliga 7 grundskolor har rapporterat. Två utredningar på Hagaskolan startades för sent.",
             "GENOMFORD", "ja"),
            ("Kontroll av att hemkommunen meddelas när elev flyttar från kommunen",
             "En gång/år", "Skolskjutssamordnare", "Genomförd", "Inga avvikelser.",
             "", "", "GENOMFORD", "nej"),
        ]),
        ("Elevhälsa", [
            ("Stickprov av 15 elevakter i ProReNata avseende signerade journalanteckningar",
             "Två gånger/år", "Verksamhetschef elevhälsa", "Ej genomförd", "Skolsköterskorna på utbildning i april.",
             "", "Klart i juni. 15 av 15 journalanteckningar signerade, inga brister.", "GENOMFORD", "nej"),
            ("Uppföljning av att kränkningsanmälningar till huvudmannen handläggs inom fem arbetsdagar",
             "Per tertial", "Utvecklingsledare", "Genomförd", "41 anmälningar, samtliga inom tid.",
             "Delvis", "Maj–juni sammanställt, augusti återstår. 3 anmälningar handlades först efter 8–10 dagar.",
             "DELVIS", "ja"),
        ]),
        ("Ekonomi och inköp", [
            ("Kontroll av avtalstrohet – 20 fakturor för livsmedel och förbrukningsmaterial mot ramavtal",
             "En gång/år", "Förvaltningsekonom", "", "",
             "Ej aktuell", "Kontrollen flyttas till kommunstyrelsens plan (central inköpsenhet).", "UTGAR", "nej"),
            ("Kontroll av att barnomsorgsavgifter debiteras enligt inkomstuppgift – stickprov 30 hushåll",
             "Två gånger/år", "Avgiftshandläggare", "Ej genomförd", "",
             "Ej genomförd", "Personalbrist på avgiftsenheten. Planeras till november.", "EJ_GENOMFORD", "nej"),
            ("Kontroll av att attest av resor och representation följer kommunens riktlinje",
             "En gång/år", "Förvaltningsekonom", "", "",
             "?", "", "OKLAR", "nej"),
        ]),
        ("Förskola", [
            ("Kontroll av att barnens närvaro i Tieto Edu stämmer mot placeringsschema",
             "Per tertial", "Förskolechefer", "", "", "", "", "SAKNAS", "nej"),
            ("Kontroll av att utdrag ur belastningsregistret finns för all nyanställd personal i förskolan",
             "Per tertial", "HR-konsult", "Genomförd", "12 av 12 nyanställda kontrollerade.",
             "", "Se bilaga 2", "OKLAR", "nej"),
        ]),
    ]
    for proc, ctrls in data:
        first = True
        for (km, frek, ans, s1, k1, s2, k2, estat, eavv) in ctrls:
            row([proc if first else "", km, frek, ans, s1, k1, s2, k2, "", ""])
            first = False
            exp(fil, BUN, km, estat, eavv)
    row([None])
    row(["Statusalternativ: Genomförd / Delvis / Ej genomförd / Ej aktuell. Kolumnerna för tertial 3 fylls i vid helårsuppföljningen."])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", BUN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. KFN + TN – xls, one sheet per förvaltning, X under tick columns
# ---------------------------------------------------------------------------
def f3_sheet_per_forvaltning(tmpdir):
    fil = "IK_T2_2025_KoF_och_Teknik.xls"
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Försättsblad"
    wb.properties.creator = "Johan Ek"
    ws0["A1"] = "Intern kontroll 2025 – uppföljning tertial 2"
    ws0["A1"].font = Font(size=14, bold=True)
    ws0["A3"] = "Kultur- och fritidsnämnden och Tekniska nämnden"
    ws0["A5"] = ("Varje förvaltning fyller i sin egen flik. Markera med X i den kolumn som stämmer "
                 "(endast ett X per rad) och skriv resultat/kommentar.")
    ws0["A6"] = "Avvikelse anges J/N. Lämnas till ekonomiavdelningen senast 2025-09-15."
    ws0["A8"] = "Controller: Johan Ek, ekonomiavdelningen, tfn 0142-850 00"
    ws0.column_dimensions["A"].width = 110

    head = ["Nr", "Område", "Kontrollmoment", "Kontrollmetod", "Genomförd", "Delvis", "Ej genomförd",
            "Ej aktuell", "Resultat / kommentar", "Avvikelse (J/N)"]

    def sheet(title, forv, namnd, ctrls, with_total):
        ws = wb.create_sheet(title)
        ws["A1"] = "Förvaltning: " + forv
        ws["A1"].font = Font(size=13, bold=True)
        ws["A2"] = "Internkontrollplan 2025 – uppföljning T2 (per 2025-08-31)"
        for c, h in enumerate(head, 1):
            cell = ws.cell(row=4, column=c, value=h)
            cell.font = Font(bold=True)
            cell.fill = fill("FCE4D6")
            cell.border = BOX
            cell.alignment = WRAP
        r = 5
        for i, (omr, km, met, tick, kom, avvcol, estat, eavv) in enumerate(ctrls, 1):
            ws.cell(row=r, column=1, value=i)
            ws.cell(row=r, column=2, value=omr)
            ws.cell(row=r, column=3, value=km)
            ws.cell(row=r, column=4, value=met)
            for col, mark in tick.items():
                ws.cell(row=r, column=col, value=mark)
            ws.cell(row=r, column=9, value=kom)
            ws.cell(row=r, column=10, value=avvcol)
            for c in range(1, 11):
                ws.cell(row=r, column=c).border = BOX
                ws.cell(row=r, column=c).alignment = WRAP
            for c in range(5, 9):
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, namnd, km, estat, eavv)
            r += 1
        if with_total:
            ws.cell(row=r, column=3, value="Antal markeringar").font = Font(bold=True)
            for c in range(5, 9):
                L = chr(64 + c)
                ws.cell(row=r, column=c, value="=COUNTA(%s5:%s%d)" % (L, L, r - 1)).font = Font(bold=True)
        for L, w in zip("ABCDEFGHIJ", [5, 18, 50, 26, 11, 9, 13, 10, 55, 11]):
            ws.column_dimensions[L].width = w
        FILES.append((fil, "INLAST", namnd, "2025", "T2"))

    kfn = [
        ("Föreningsbidrag",
         "Kontroll av att beviljade aktivitetsbidrag motsvarar inrapporterade sammankomster (10 föreningar)",
         "Stickprov i föreningsregistret", {5: "X"},
         "Två föreningar hade rapporterat sammankomster utan deltagarlista. Återkrav 14 200 kr skickat.", "J",
         "GENOMFORD", "ja"),
        ("Kontanthantering",
         "Oanmäld kassainventering vid Mjölby simhall och stadsbiblioteket",
         "Kassainventering två tillfällen", {5: "x"},
         "Kassorna stämde vid båda tillfällena.", "N", "GENOMFORD", "nej"),
        ("Lokaluthyrning",
         "Kontroll av att bokningar i bokningssystemet har fakturerats (stickprov 25 bokningar)",
         "Stickprov bokning – faktura", {6: "X"},
         "20 av 25 kontrollerade, resterande görs i september.", "N", "DELVIS", "nej"),
        ("Arbetsmiljö",
         "Kontroll av att ensamarbete på fritidsgårdarna sker enligt rutin",
         "Intervju med personal + schemagenomgång", {5: "X", 6: "X"},
         "Rutinen följs på Ungdomens hus men inte fullt ut på fritidsgården i Mantorp.", "J",
         "OKLAR", "ja"),
        ("Bibliotek",
         "Kontroll av att förkomna medier faktureras låntagaren enligt taxa",
         "Uttag ur bibliotekssystemet", {},
         "Pågår – uttag gjort, genomgången blir klar i oktober.", "", "DELVIS", "nej"),
        ("Kulturskolan",
         "Inventering av instrument och utrustning i kulturskolan mot inventarieförteckning",
         "Fysisk inventering", {}, None, None, "SAKNAS", "nej"),
    ]
    tn = [
        ("Fordon",
         "Kontroll av körjournaler för kommunens tjänstebilar (10 fordon, maj–juni)",
         "Genomgång av körjournaler", {5: "X"},
         "3 av 10 körjournaler ofullständiga – ändamål med resan saknas.", "J", "GENOMFORD", "ja"),
        ("Drivmedel",
         "Kontroll av att tankningar med drivmedelskort kan kopplas till kommunens fordon",
         "Transaktionslista mot fordonsregister", {5: "X"},
         "Inga avvikelser.", "N", "GENOMFORD", "nej"),
        ("VA-debitering",
         "Kontroll av att nya VA-anslutningar debiteras anläggningsavgift enligt taxa",
         "Jämförelse anslutningar – kundreskontra", {7: "X"},
         "Inte gjord, ny VA-ingenjör börjar i oktober.", "", "EJ_GENOMFORD", "nej"),
        ("Upphandling",
         "Kontroll av att direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Genomgång av direktupphandlingsregistret", {8: "X"},
         "Ingår i kommunstyrelsens centrala kontroll 2025 (KS 2025-03-11 § 34).", "", "UTGAR", "nej"),
        ("Vinterväghållning",
         "Kontroll av att entreprenörernas fakturor för vinterväghållning stämmer mot körrapporter",
         "Faktura mot körrapport", {6: "X"},
         "Januari–mars kontrollerat utan fel. November–december kontrolleras till helår.", "N",
         "DELVIS", "nej"),
        ("Kost",
         "Kontroll av att specialkost levereras enligt beställning till skolor och äldreboenden",
         "Stickprov en vecka", {},
         "Genomförd vecka 21. 2 felleveranser av 140 beställningar, åtgärdat med köken.", "J",
         "GENOMFORD", "ja"),
        ("Arbetsmiljö",
         "Kontroll av att skyddsronder genomförs på gata/park och i fastighetsavdelningens förråd",
         "Protokoll från skyddsronder", {5: "X"}, None, None, "GENOMFORD", "nej"),
    ]
    sheet("KoF", "Kultur- och fritidsförvaltningen", KFN, kfn, False)
    sheet("Teknik", "Tekniska förvaltningen", TN, tn, True)
    src = os.path.join(tmpdir, "IK_T2_2025_KoF_och_Teknik.xlsx")
    wb.save(src)
    env = dict(os.environ, HOME=tmpdir)
    subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", tmpdir, src],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    shutil.copy(os.path.join(tmpdir, "IK_T2_2025_KoF_och_Teknik.xls"), os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# 4. Kommunstyrelsen – xlsx, status codes whose legend is on the Instruktioner sheet
# ---------------------------------------------------------------------------
def f4_ks():
    fil = "KS_internkontroll_2025_T2.xlsx"
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruktioner"
    wb.properties.creator = "Maria Sandberg"
    lines = [
        ("Instruktion – uppföljning av internkontrollplan 2025, Kommunstyrelsen", True),
        ("", False),
        ("1. Ange statuskod (1–5) i kolumn H på fliken Kontrollplan för varje kontrollmoment.", False),
        ("2. Beskriv resultat och iakttagelser i kolumn I. Vid avvikelse ska åtgärd anges i kolumn J.", False),
        ("3. Kontrollmoment som enligt kolumn G endast rapporteras vid T3 lämnas tomma vid T2.", False),
        ("4. Skicka filen till ekonomiavdelningen senast 2025-09-19. Ändra inte i kolumnordningen.", False),
        ("", False),
        ("Statuskoder", True),
    ]
    r = 1
    for txt, b in lines:
        ins.cell(row=r, column=1, value=txt).font = Font(bold=b, size=13 if r == 1 else 11)
        r += 1
    legend = [(1, "Genomförd – inga avvikelser"), (2, "Genomförd – avvikelser noterade"),
              (3, "Påbörjad / delvis genomförd"), (4, "Ej genomförd"), (5, "Utgår (beslut i KS)")]
    for code, txt in legend:
        ins.cell(row=r, column=1, value=code).alignment = Alignment(horizontal="center")
        ins.cell(row=r, column=2, value=txt)
        r += 1
    r += 1
    ins.cell(row=r, column=1, value="Riskvärde = sannolikhet × konsekvens (skala 1–4).")
    ins.cell(row=r + 1, column=1, value="Frågor: Maria Sandberg, ekonomichef.")
    ins.column_dimensions["A"].width = 12
    ins.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Kontrollplan")
    ws["A1"] = "Kommunstyrelsen – internkontrollplan 2025, uppföljning T2"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "Förvaltning: Kommunledningsförvaltningen"
    head = ["ID", "Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Rapporteras",
            "Status", "Resultat / iakttagelser", "Åtgärd"]
    for c, h in enumerate(head, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("DDEBF7")
        cell.border = BOX
    rows = [
        ("KS-01", "Löneutbetalning", "Felaktiga löneutbetalningar", 12,
         "Stickprov av 30 löneutbetalningar mot anställningsavtal och tidrapporter", "Lönechef",
         "T1, T2, T3", 2,
         "2 av 30 hade felaktigt OB-tillägg (totalt 3 480 kr). Korrigerat i augustilönen.",
         "Genomgång av OB-regler med lönehandläggare.", "GENOMFORD", "ja"),
        ("KS-02", "Leverantörsregister", "Bedrägeri via ändrade bankuppgifter", 16,
         "Kontroll av samtliga ändringar av bankgiro/kontonummer i leverantörsregistret", "Redovisningsansvarig",
         "T2, T3", 1, "47 ändringar kontrollerade mot verifierad kontaktperson, inga avvikelser.", "",
         "GENOMFORD", "nej"),
        ("KS-03", "Upphandling", "Inköp utanför avtal", 9,
         "Avtalstrohet – analys av inköp över 50 tkr hos leverantörer utan avtal", "Upphandlingschef",
         "T2", "3", "Analys klar för januari–juni. Juli–augusti analyseras i september.", "",
         "DELVIS", "nej"),
        ("KS-04", "Informationssäkerhet", "Behörigheter kvarstår efter avslutad anställning", 12,
         "Kontroll av att AD-konton avslutas senast dagen efter avslutad anställning", "IT-chef",
         "T1, T2, T3", 4, "Ej genomförd – integrationen mellan HR-systemet och AD är försenad.",
         "Manuell avstämning införs från oktober.", "EJ_GENOMFORD", "nej"),
        ("KS-05", "Diarieföring", "Allmänna handlingar registreras inte", 8,
         "Stickprov av 20 inkomna e-postärenden till kommunstyrelsen – kontroll av registrering i diariet",
         "Kanslichef", "T2", 6, "Se PM 2025-08-29.", "", "OKLAR", "nej"),
        ("KS-06", "Representation", "Representation strider mot riktlinjen", 6,
         "Granskning av samtliga fakturor konterade på representationskonton", "Ekonomichef",
         "T2, T3", None, "Ej genomförd under T2 på grund av arbetet med delårsrapporten.", "",
         "EJ_GENOMFORD", "nej"),
        ("KS-07", "Bisysslor", "Otillåtna bisysslor", 8,
         "Kontroll av att samtliga chefer har lämnat bisysslodeklaration", "HR-chef",
         "T3", None, None, None, "SAKNAS", "nej"),
        ("KS-08", "Krisberedskap", "Kontinuitetsplaner saknas", 9,
         "Kontroll av att kontinuitetsplaner är uppdaterade för samhällsviktig verksamhet",
         "Säkerhetssamordnare", "T2", 5, "Enligt KS 2025-05-13 § 88 – ersätts av arbetet med ny RSA.", "",
         "UTGAR", "nej"),
        ("KS-09", "Lönerutiner", "Lön betalas ut efter avslutad anställning", 9,
         "Kontroll av att ingen lön betalas ut efter anställningens slutdatum", "Lönechef",
         "T2, T3", None, "Planerad till hösten.", "", "EJ_GENOMFORD", "nej"),
        ("KS-10", "Mutor och jäv", "Otillbörlig påverkan vid beslut", 12,
         "Kontroll av att anmälda jävssituationer dokumenteras i delegationsbeslut", "Kommunjurist",
         "T2", 1, "Inga jävssituationer anmälda under perioden. Kontroll mot delegationslistan utförd.", "",
         "GENOMFORD", "nej"),
    ]
    r = 5
    for (id_, proc, risk, rv, km, ans, rap, st, res, atg, estat, eavv) in rows:
        for c, v in enumerate([id_, proc, risk, rv, km, ans, rap, st, res, atg], 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
        ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, KS, km, estat, eavv)
        r += 1
    for L, w in zip("ABCDEFGHIJ", [7, 20, 30, 9, 52, 20, 12, 8, 55, 35]):
        ws.column_dimensions[L].width = w
    wb.active = 1
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", KS, "2025", "T2"))
    # an Office lock file left beside it -> rejected
    lock = "~$" + fil
    with open(os.path.join(OUT, lock), "wb") as fh:
        owner = "Maria Sandberg"
        fh.write(bytes([len(owner)]) + owner.encode("latin-1") + b"\x00" * (54 - len(owner))
                 + bytes([len(owner), 0]) + owner.encode("utf-16-le") + b"\x00" * (108 - 2 * len(owner)))
    FILES.append((lock, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# 5. Stratsys-like export, SBN + MBN, one row per control and period, cp1252 ;-separated
# ---------------------------------------------------------------------------
def f5_export():
    fil = "Export_Stratsys_Internkontroll_2025-09-16.csv"
    head = ["Organisationsnivå", "Nämnd", "Styrdokument", "Process", "Kontrollmoment", "ID", "Period",
            "Status", "Kommentar", "Ansvarig", "Senast ändrad"]
    # (nämnd, förvaltning, id, process, km, ansvarig, [(period, status, kommentar, datum)], estat, eavv)
    ctrls = [
        (SBN, "Samhällsbyggnadsförvaltningen", "SBN-IK-01", "Mark och exploatering",
         "Kontroll av att försäljning av tomtmark sker enligt beslutad prislista", "Mark- och exploateringschef",
         [("2025 T1", "Pågående", "Två av fyra försäljningar granskade.", "2025-05-06"),
          ("2025 T2", "Genomförd", "Samtliga fyra försäljningar (Skänninge, Mantorp) följer prislistan.", "2025-09-02")],
         "GENOMFORD", "nej"),
        (SBN, "Samhällsbyggnadsförvaltningen", "SBN-IK-02", "Mark och exploatering",
         "Kontroll av att exploateringsavtal följs upp avseende exploatörens åtaganden",
         "Exploateringsingenjör",
         [("2025 T1", "Pågående", "Uppföljning påbörjad för Sörby etapp 3.", "2025-05-06"),
          ("2025 T2", "", "", "")],
         "DELVIS", "nej"),
        (SBN, "Samhällsbyggnadsförvaltningen", "SBN-IK-03", "Bostadsanpassning",
         "Stickprov av 15 bostadsanpassningsbidrag – beslut, offert och slutfaktura", "Enhetschef BAB",
         [("2025 T1", "Ej påbörjad", "", "2025-05-07"),
          ("2025 T2", "", "Genomförd i juni. 1 av 15 ärenden saknade slutbesiktning, komplettering begärd.\n"
                          "Övriga ärenden utan anmärkning.", "2025-08-28")],
         "GENOMFORD", "ja"),
        (SBN, "Samhällsbyggnadsförvaltningen", "SBN-IK-04", "Trafik och parkering",
         "Kontroll av att parkeringsintäkter från automater redovisas fullt ut", "Trafikingenjör",
         [("2025 T2", "Utgår",
           "Automaterna avvecklade, betalning sker via app sedan 2025-03-01 (SBN 2025-02-18 § 12).", "2025-08-20")],
         "UTGAR", "nej"),
        (SBN, "Samhällsbyggnadsförvaltningen", "SBN-IK-05", "Planering",
         "Kontroll av att planavtal tecknas innan planarbete påbörjas", "Planchef",
         [("2025 T1", "", "", ""), ("2025 T2", "", "Se bilaga", "2025-09-01")],
         "OKLAR", "nej"),
        (SBN, "Samhällsbyggnadsförvaltningen", "SBN-IK-06", "Gata och park",
         "Kontroll av att skadeanmälningar (halka, gatuskador) besvaras inom fyra veckor", "Gatuchef",
         [("2025 T1", "", "", ""), ("2025 T2", "Ej påbörjad", "Resursbrist under sommaren.", "2025-08-30")],
         "EJ_GENOMFORD", "nej"),
        (MBN, "Miljö- och byggförvaltningen", "MBN-IK-01", "Bygglov",
         "Kontroll av att bygglovsärenden avgörs inom tio veckor från komplett ansökan", "Bygglovschef",
         [("2025 T1", "Genomförd", "94 % inom tid.", "2025-05-02"),
          ("2025 T2", "Genomförd",
           "Jan–aug: 212 ärenden, 9 avgjordes efter mer än tio veckor. Avgiften reducerad enligt PBL.",
           "2025-09-03")],
         "GENOMFORD", "ja"),
        (MBN, "Miljö- och byggförvaltningen", "MBN-IK-02", "Livsmedelskontroll",
         "Kontroll av att planerade livsmedelskontroller genomförs enligt kontrollplanen", "Miljöchef",
         [("2025 T1", "Pågående", "38 % av årets planerade kontroller utförda.", "2025-05-02"),
          ("2025 T2", "Pågående", "61 % av årets planerade kontroller utförda.", "2025-09-03")],
         "DELVIS", "nej"),
        (MBN, "Miljö- och byggförvaltningen", "MBN-IK-03", "Avgifter",
         "Stickprov av 20 debiteringar av tillsynsavgift mot tidrapportering", "Administratör",
         [("2025 T1", "", "", ""), ("2025 T2", "", "", "")],
         "SAKNAS", "nej"),
        (MBN, "Miljö- och byggförvaltningen", "MBN-IK-04", "Miljötillsyn",
         "Kontroll av att beslut om miljösanktionsavgift fattas inom två månader från konstaterad överträdelse",
         "Miljöchef",
         [("2025 T1", "Pågående", "", "2025-05-02"), ("2025 T2", "Avbruten", "", "2025-09-03")],
         "EJ_GENOMFORD", "nej"),
        (MBN, "Miljö- och byggförvaltningen", "MBN-IK-05", "Registervård",
         "Kontroll av att anläggningsregistret är aktuellt (stickprov 30 objekt)", "Miljöinspektör",
         [("2025 T1", "", "", ""),
          ("2025 T2", "Genomförd", "4 av 30 objekt hade inaktuell verksamhetsutövare, rättat i registret.",
           "2025-08-25")],
         "GENOMFORD", "ja"),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        w.writerow(head)
        for (namnd, forv, id_, proc, km, ans, periods, estat, eavv) in ctrls:
            for (per, st, kom, dat) in periods:
                w.writerow(["Mjölby kommun/" + forv, namnd, "Internkontrollplan 2025", proc, km, id_, per,
                            st, kom, ans, dat])
            exp(fil, namnd, km, estat, eavv)
    FILES.append((fil, "INLAST", SBN, "2025", "T2"))
    FILES.append((fil, "INLAST", MBN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Gymnasie- och arbetsmarknadsnämnden – careless xlsx (typos, merged cells)
# ---------------------------------------------------------------------------
def f6_gan():
    fil = "ik uppfölj gan T2.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    wb.properties.creator = "mikael.svensson"
    ws["A1"] = "Internkontrol 2025 Gymnasie och arbetsmarknadsnämden"
    ws.merge_cells("A1:E1")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "uppföljning tertial 2"
    ws["A4"], ws["B4"], ws["C4"], ws["D4"], ws["E4"] = "Proces", "Kontrollmomnet", "Ansvarg", "Staus", "Kommentar/resutat"
    for c in "ABCDE":
        ws[c + "4"].font = Font(bold=True)
    ws["A5"] = "Gymnasieskolan"
    ws.merge_cells("A5:A7")
    ws["B5"] = "Kontroll att interkommunala ersättningar (IKE) faktureras för alla elever från andra kommuner"
    ws["C5"] = "Rektor/ekonom"
    ws["D5"] = "genomfört"
    ws["E5"] = "alla 64 elever fakturerade vt-25 , inga fel"
    ws["B6"] = "Kontroll av rapportering av ogiltig frånvaro till CSN"
    ws["C6"] = "Studie- och yrkesvägl."
    ws["D6"] = " Delvis genomfört"
    ws.merge_cells("D6:D7")
    ws["E6"] = "klart för vt, ht återstår"
    ws.merge_cells("E6:E7")
    ws["B7"] = "Kontroll av att betyg registreras och signeras i tid i lärplattformen"
    ws["C7"] = "Rektorer"
    # row 8 left empty
    ws["A9"] = "Vuxenutbildning"
    ws.merge_cells("A9:A10")
    ws["B9"] = "Stickprov 10 deltagare SFI - närvaro stämmer mot rapporteringen till Skolverket"
    ws["C9"] = "Rektor vux"
    ws["D9"] = "Pågå"
    ws["E9"] = "ej klart"
    ws["B10"] = "Kontroll att avtal med externa utbildningsanordnare följs upp"
    ws["D10"] = "ej genomförd"
    ws["E10"] = "ingen tid"
    ws["A11"] = "Arbetsmarknad"
    ws.merge_cells("A11:A13")
    ws["B11"] = "kontroll av att anställningsstöd för extratjänster rekvireras från AF varje månad"
    ws["C11"] = "AME-chef"
    ws["E11"] = "klart, inga avvikelser"
    ws["B12"] = "Kontroll av utbetalda feriepraktiklöner mot närvarolistor"
    ws["D12"] = "Klart!"
    ws["E12"] = "2 ungdomar fick lön för dagar dom var frånvarande, återkrav skickat"
    ws["B13"] = "Kontroll av inventarier i AME:s verkstad"
    ws["D13"] = "? (fråga Ann-Sofie)"
    ws["B15"] = "Ann-Sofie har inte svarat än om verkstan /Micke"
    ws["B15"].font = Font(italic=True, color="FF0000")
    ws["D5"].fill = fill("92D050")
    ws["D12"].fill = fill("92D050")
    for L, w in zip("ABCDE", [16, 70, 18, 16, 50]):
        ws.column_dimensions[L].width = w
    ctrls = [
        (ws["B5"].value, "GENOMFORD", "nej"),
        (ws["B6"].value, "DELVIS", "nej"),
        (ws["B7"].value, "DELVIS", "nej"),
        (ws["B9"].value, "DELVIS", "nej"),
        (ws["B10"].value, "EJ_GENOMFORD", "nej"),
        (ws["B11"].value, "GENOMFORD", "nej"),
        (ws["B12"].value, "GENOMFORD", "ja"),
        (ws["B13"].value, "OKLAR", "nej"),
    ]
    for km, s, a in ctrls:
        exp(fil, GAN, km, s, a)
    wb.create_sheet("Blad2")
    wb.create_sheet("Blad3")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", GAN, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Gemensamma överförmyndarnämnden – docx, one label/value table per control with ☒/☐
# ---------------------------------------------------------------------------
def f7_ofn():
    from docx import Document
    from docx.shared import Pt, Cm

    fil = "Överförmyndarnämnden uppföljning internkontroll T2 2025.docx"
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_heading("Gemensamma överförmyndarnämnden i Mjölby, Boxholm och Ödeshög", level=1)
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=2)
    d.add_paragraph("Dnr ÖFN 2025/31")
    d.add_paragraph(
        "Nämnden antog internkontrollplan för 2025 den 10 december 2024 (§ 87). Planen omfattar sex "
        "kontrollmoment inom tre processer. Nedan redovisas utfallet per den 31 augusti 2025. Kontrollerna har "
        "utförts av handläggare på överförmyndarenheten och sammanställts av enhetschef.")
    opts = ["Genomförd", "Pågår", "Ej genomförd", "Utgår"]

    def status_line(ticked):
        return "   ".join(("☒ " if o in ticked else "☐ ") + o for o in opts)

    procs = [
        ("1. Granskning av redovisningar", [
            ("Kontroll av att samtliga årsräkningar för 2024 har granskats senast den 31 augusti",
             "Uttag ur verksamhetssystemet per 31/8", "Handläggare redovisning", [],
             "Granskningen pågår. 412 av 468 årsräkningar granskade per 31 augusti. "
             "Återstående beräknas vara klara i oktober.", "DELVIS", "nej"),
            ("Stickprov av 10 ärenden med uttag från spärrat konto – kontroll av överförmyndarens samtycke",
             "Stickprov 10 ärenden", "Enhetschef", ["Genomförd"],
             "I ett ärende saknades samtycke till uttag om 25 000 kr. Ärendet har utretts och "
             "ställföreträdaren har entledigats.", "GENOMFORD", "ja"),
            ("Kontroll av att arvoden till ställföreträdare beslutas enligt nämndens riktlinjer",
             "Stickprov 15 arvodesbeslut", "Handläggare redovisning", [], "", "SAKNAS", "nej"),
        ]),
        ("2. Rekrytering och förordnande", [
            ("Kontroll av att utdrag ur belastningsregistret och kreditupplysning finns innan ny "
             "ställföreträdare förordnas",
             "Samtliga nya förordnanden", "Rekryterande handläggare", ["Genomförd", "Pågår"],
             "Kontrollerat för januari–juni.", "OKLAR", "nej"),
            ("Kontroll av att förteckning över huvudmannens tillgångar lämnas inom två månader från förordnande",
             "Bevakningslista", "Handläggare", ["Ej genomförd"],
             "Kontrollen har inte hunnits med på grund av hög ärendemängd. Görs inför helårsuppföljningen.",
             "EJ_GENOMFORD", "nej"),
        ]),
        ("3. Informationssäkerhet", [
            ("Behörighetskontroll i verksamhetssystemet – endast aktiva handläggare har åtkomst",
             "Behörighetslista mot personallista", "Systemförvaltare", ["Utgår"],
             "Utgår – verksamhetssystemet byts ut hösten 2025, kontrollen görs i det nya systemet 2026.",
             "UTGAR", "nej"),
        ]),
    ]
    for ph, ctrls in procs:
        d.add_heading(ph, level=3)
        for (km, met, ans, ticked, res, estat, eavv) in ctrls:
            t = d.add_table(rows=5, cols=2)
            t.style = "Table Grid"
            labels = ["Kontrollmoment", "Metod/omfattning", "Ansvarig", "Status", "Resultat"]
            vals = [km, met, ans, status_line(ticked), res]
            for i, (lab, v) in enumerate(zip(labels, vals)):
                t.cell(i, 0).text = lab
                t.cell(i, 0).paragraphs[0].runs[0].bold = True
                t.cell(i, 1).text = v
                t.cell(i, 0).width = Cm(4)
                t.cell(i, 1).width = Cm(12)
            d.add_paragraph("")
            exp(fil, OFN, km, estat, eavv)
    d.add_paragraph("Sammanfattande bedömning: Nämndens interna kontroll bedöms i huvudsak vara tillräcklig, "
                    "men granskningen av årsräkningar behöver slutföras under hösten.")
    d.add_paragraph("Mjölby 2025-09-10")
    d.add_paragraph("Karin Lund, enhetschef överförmyndarenheten")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", OFN, "2025", "T2"))


def clean():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        if f in keep:
            continue
        p = os.path.join(OUT, f)
        if os.path.isfile(p):
            os.remove(p)


def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, a in REGISTER:
            fh.write("%s;%s\n" % (n, a))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            fh.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            fh.write(";".join(row) + "\n")


def main():
    clean()
    tmp = tempfile.mkdtemp(prefix="r63_")
    try:
        f1_socialnamnden()
        f2_bun()
        f3_sheet_per_forvaltning(tmp)
        f4_ks()
        f5_export()
        f6_gan()
        f7_ofn()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csvs()
    print("files:", len({f[0] for f in FILES}), "files.csv rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
