#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 85 – Sjöbo kommun, T2 2025: Excel-tunga controllers.

Builds every file of the round in this folder, plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import Outline

import xlwt
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
KOMMUN = "Sjöbo kommun"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
HEAD_FONT = Font(bold=True, color="FFFFFF")
GREY = PatternFill("solid", fgColor="D9D9D9")


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def header_row(ws, row, values, widths=None):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    if widths:
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# A. Socialnämnden – T2, dropdown statuses, grouped rows collapsed, summary formulas
# ---------------------------------------------------------------------------
def file_a():
    fil = "IKP 2025 uppföljning T2 – Socialnämnden.xlsx"
    namnd = "Socialnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning T2"

    ws["A1"] = f"{KOMMUN} – Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Rapporteringsperiod: Tertial 2 (1 januari – 31 augusti 2025)"
    ws["A4"] = "Uppdaterad 2025-09-08 av Maria Lindqvist, controller socialförvaltningen"
    ws["A4"].font = Font(italic=True, color="595959")

    cols = ["Nr", "Process / kontrollmoment", "Risk", "Metod och urval", "Frekvens",
            "Kontrollansvarig", "Status T1", "Status T2", "Kommentar", "Avvikelse (Ja/Nej)"]
    header_row(ws, 6, cols, [6, 48, 30, 32, 12, 18, 16, 18, 50, 11])
    ws.freeze_panes = "C7"

    # (nr, kontrollmoment, risk, metod, frekvens, ansvarig, t1, t2, kommentar, avv, expected status, exp avv)
    groups = [
        ("1. Myndighetsutövning barn och unga", [
            ("1.1", "Kontroll att utredningar barn och unga avslutas inom fyra månader (11 kap. 2 § SoL)",
             "Barn far illa av att utredningar drar ut på tiden", "Stickprov 20 avslutade utredningar",
             "Tertial", "Enhetschef BoU", "Pågår", "Genomförd",
             "Stickprov 20 utredningar: 17 avslutade inom tid, 3 överskred p.g.a. vakanser. Åtgärdsplan finns.",
             "Ja", "GENOMFORD", "ja"),
            ("1.2", "Kontroll att inkomna orosanmälningar skyddsbedöms inom 24 timmar",
             "Akut skyddsbehov upptäcks inte", "Samtliga anmälningar två slumpvis valda veckor",
             "Tertial", "Enhetschef mottagning", "Genomförd", "Genomförd",
             "Samtliga 40 granskade anmälningar skyddsbedömda inom 24 h.", "Nej", "GENOMFORD", "nej"),
            ("1.3", "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
             "Beslut fattas utan stöd i delegation", "Jämförelse beslutslistor/protokoll",
             "Halvår", "Nämndsekreterare", "Ej påbörjad", "Delvis genomförd",
             "Genomgång av januari–april klar utan anmärkning, maj–augusti återstår.", "Nej", "DELVIS", "nej"),
        ]),
        ("2. Ekonomiskt bistånd", [
            ("2.1", "Stickprov ekonomiskt bistånd: beslut och utbetalning överensstämmer",
             "Felaktiga utbetalningar", "15 slumpvis valda utbetalningar", "1 ggr/år",
             "1:e socialsekreterare", "Genomförd", None,
             "Genomförd under T1, se T1-rapporten.", "Nej", "GENOMFORD", "nej"),
            ("2.2", "Kontroll av att återkrav enligt 9 kap. SoL följs upp och bevakas",
             "Intäktsbortfall", "Genomgång av återkravsreskontran", "Halvår",
             "Ekonomihandläggare", None, "Ej genomförd",
             "Ej genomförd p.g.a. personalbrist, flyttas till hösten.", None, "EJ_GENOMFORD", "nej"),
            ("2.3", "Kontroll av dubbelutbetalningar mot Försäkringskassan (SSBTEK)",
             "Dubbel ersättning betalas ut", "Körning mot SSBTEK för alla aktuella ärenden",
             "Tertial", "1:e socialsekreterare", "Genomförd", "Genomförd med anm.",
             "2 ärenden med dubbel ersättning, återkrav upprättat.", "Ja", "GENOMFORD", "ja"),
        ]),
        ("3. Ekonomi och inköp", [
            ("3.1", "Attest av leverantörsfakturor – rätt beslutsattestant enligt attestförteckning",
             "Otillåtna utgifter", "Stickprov 30 fakturor", "Tertial", "Controller",
             "Genomförd", "Genomförd",
             "Stickprov 30 fakturor: 1 faktura attesterad av ersättare utan beslut. Attestförteckningen kompletterad.",
             "Ja", "GENOMFORD", "ja"),
            ("3.2", "Avtalstrohet vid köp av externa placeringar (HVB, konsulentstödda familjehem)",
             "Dyrare placeringar utanför ramavtal", "Alla placeringar jan–aug mot avtalskatalogen",
             "Halvår", "Placeringssamordnare", None, "Pågår",
             "Sammanställning av placeringar mot ramavtal pågår, beräknas klar i oktober.", "Nej", "DELVIS", "nej"),
        ]),
        ("4. Personal, IT och informationssäkerhet", [
            ("4.1", "IT-behörigheter i Treserva: avslutade anställningar har tagits bort",
             "Obehörig åtkomst till personuppgifter", "Behörighetslista mot HR-lista", "Tertial",
             "Systemförvaltare", "Genomförd", "Utgår",
             "Utgår – ersätts av kommungemensam kontroll i KS plan (beslut SN 2025-04-23 § 51).", None,
             "UTGAR", "nej"),
            ("4.2", "Loggkontroll i verksamhetssystemet – otillåten åtkomst till skyddade uppgifter",
             "Dataintrång/nyfikenhetsläsning", "Loggutdrag 10 ärenden med skyddad identitet",
             "Tertial", "Systemförvaltare", None, None, None, None, "SAKNAS", "nej"),
            ("4.3", "Registerkontroll (belastningsregistret) vid nyanställning inom barn och LSS",
             "Olämplig person anställs", "Samtliga nyanställda", "Löpande", "HR-konsult",
             "Genomförd", "Genomförd", "Samtliga 12 nyanställda under perioden kontrollerade.", "Nej",
             "GENOMFORD", "nej"),
        ]),
    ]

    r = 7
    first_data = r
    for heading, rows in groups:
        c = ws.cell(row=r, column=1, value=heading)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(cols))
        c.font = BOLD
        for col in range(1, len(cols) + 1):
            ws.cell(row=r, column=col).fill = GREY
        head_r = r
        r += 1
        start = r
        for row in rows:
            vals = row[:10]
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = WRAP
                c.border = BORDER
            exp(fil, namnd, row[1], row[10], row[11])
            r += 1
        ws.row_dimensions.group(start, r - 1, outline_level=1, hidden=True)
        ws.row_dimensions[head_r].collapsed = True
    last_data = r - 1
    ws.sheet_properties.outlinePr = Outline(summaryBelow=False, summaryRight=True)

    # summary block with formulas (no cached values – as Excel leaves it only after recalculation)
    r += 1
    ws.cell(row=r, column=2, value="Summering T2").font = BOLD
    for label in ["Genomförd", "Delvis genomförd", "Pågår", "Ej påbörjad", "Ej genomförd", "Utgår"]:
        r += 1
        ws.cell(row=r, column=2, value=f"Antal {label.lower()}")
        ws.cell(row=r, column=3, value=f'=COUNTIF($H${first_data}:$H${last_data},"{label}")')
    r += 1
    ws.cell(row=r, column=2, value="Antal kontrollmoment totalt").font = BOLD
    ws.cell(row=r, column=3, value=f'=COUNTA($B${first_data}:$B${last_data})').font = BOLD

    # lists sheet (hidden) for the drop-downs
    ls = wb.create_sheet("Listor")
    ls["A1"] = "Status"
    for i, v in enumerate(["Genomförd", "Delvis genomförd", "Pågår", "Ej påbörjad", "Ej genomförd", "Utgår"], start=2):
        ls.cell(row=i, column=1, value=v)
    ls["C1"] = "Avvikelse"
    ls["C2"] = "Ja"
    ls["C3"] = "Nej"
    ls.sheet_state = "hidden"

    dv = DataValidation(type="list", formula1="=Listor!$A$2:$A$7", allow_blank=True,
                        showErrorMessage=True, errorTitle="Ogiltig status",
                        error="Välj status i listan.", promptTitle="Status",
                        prompt="Välj status från listan", showInputMessage=True)
    ws.add_data_validation(dv)
    dv.add(f"G{first_data}:H{last_data}")
    dv2 = DataValidation(type="list", formula1="=Listor!$C$2:$C$3", allow_blank=True)
    ws.add_data_validation(dv2)
    dv2.add(f"J{first_data}:J{last_data}")

    ins = wb.create_sheet("Instruktion")
    texts = [
        "Instruktion till kontrollansvariga",
        "1. Klicka på + till vänster för att fälla ut respektive process.",
        "2. Välj status i rullistan (Genomförd, Delvis genomförd, Pågår, Ej påbörjad, Ej genomförd, Utgår).",
        "3. Beskriv i kommentaren hur kontrollen gjorts, vad som upptäckts och vilka åtgärder som vidtas.",
        "4. Ange Ja i kolumnen Avvikelse om kontrollen visat fel eller brister.",
        "Exempel: 9.9 Kontroll av att kassaboken stäms av månadsvis – Genomförd – 'Inga differenser' – Nej",
        "Filen skickas till ekonomienheten senast 2025-09-10.",
    ]
    for i, t in enumerate(texts, start=1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True, size=12)
    ins.column_dimensions["A"].width = 110

    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# B. Barn- och utbildningsnämnden – delår per 31 aug, colour-only status, notes, hidden removed rows
# ---------------------------------------------------------------------------
def file_b():
    fil = "Internkontroll BUN delår aug 2025.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning till delårsrapport per 31 augusti"
    ws["A2"].font = Font(bold=True)
    cols = ["Område", "Kontrollmoment", "Metod / urval", "Ansvarig", "Bedömning", "Åtgärd vid avvikelse"]
    header_row(ws, 4, cols, [14, 52, 34, 18, 12, 40])
    ws.freeze_panes = "A5"

    F = {
        "grön": PatternFill("solid", fgColor="00B050"),
        "gul": PatternFill("solid", fgColor="FFFF00"),
        "röd": PatternFill("solid", fgColor="FF0000"),
        "blå": PatternFill("solid", fgColor="00B0F0"),
        "grå": PatternFill("solid", fgColor="A6A6A6"),
        None: None,
    }
    # (område, km, metod, ansvarig, colour, note, åtgärd, hidden, exp status, exp avv)
    rows = [
        ("Ekonomi", "Representation och förtroendekänsliga poster – stickprov 15 verifikationer",
         "Stickprov ur huvudboken konto 7xxx", "Controller BUF", "grön",
         "Inga avvikelser. 15 verifikationer granskade. /EB", "", False, "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordning",
         "Stickprov 25 fakturor", "Controller BUF", "gul",
         "Två fakturor attesterade av fel beslutsattestant (rektor annan enhet). Attestlistan uppdaterad i juni.",
         "Påminnelse om attestregler på rektorsmöte", False, "GENOMFORD", "ja"),
        ("Ekonomi", "Kontroll av statsbidrag för maxtaxa – rekvisition och redovisning",
         "Avstämning mot Skolverkets beslut", "Ekonom", "grön",
         "Klar i mars.", "", True, None, None),
        ("Ekonomi", "Inköp utanför avtal (avtalstrohet) – analys av leverantörsreskontran",
         "Leverantörsreskontra jan–jun, leverantörer utan avtal", "Inköpssamordnare", "röd",
         "Ej hunnen p.g.a. byte av ekonomisystem. Görs under hösten.", "", False, "EJ_GENOMFORD", "nej"),
        ("Skolväsende", "Elevfrånvaro – att rutinen för anmälan av upprepad frånvaro till huvudman följs",
         "Genomgång av frånvarorapporter på samtliga skolor", "Verksamhetschef grundskola", "blå",
         "Påbörjad i juni, 3 av 6 skolor klara.", "", False, "DELVIS", "nej"),
        ("Skolväsende", "Kränkande behandling – anmälan till huvudman inom fem dagar",
         "Samtliga anmälningar i DF Respons jan–jun", "Utvecklingsledare", "gul",
         "4 av 31 anmälningar kom in senare än fem dagar. Rektorerna har fått återkoppling.",
         "Information till rektorer, ny uppföljning T3", False, "GENOMFORD", "ja"),
        ("Skolväsende", "Skolskjuts – beslut om skolskjuts fattas enligt delegation",
         "Stickprov 20 beslut", "Skolskjutshandläggare", "grå", None, "", False, "OKLAR", "nej"),
        ("Skolväsende", "Inventarieförteckning – datorer och läsplattor för elever",
         "Inventering på två skolor", "IT-pedagog", None,
         "Borttagen ur planen 2025 – ingår i IT-enhetens ordinarie livscykelhantering.", "", True, None, None),
        ("Förskola", "Placering i förskolekö enligt turordningsreglerna",
         "Stickprov 30 placeringar", "Placeringsansvarig", None,
         "Ej påbörjad – ansvarig tjänstledig under våren. Planeras till oktober.", "", False, "EJ_GENOMFORD", "nej"),
        ("Personal", "Löner – timavlönade har inte arbetat över tillåten tid (LAS-dagar)",
         "Rapport ur personalsystemet", "HR-konsult", "grön", None, "", False, "GENOMFORD", "nej"),
        ("Dataskydd", "Dataskydd – registerförteckning och biträdesavtal för digitala lärverktyg",
         "Inventering av samtliga digitala tjänster", "Dataskyddssamordnare", "blå",
         "Inventering pågår tillsammans med DSO, 14 av 22 tjänster genomgångna hittills.", "",
         False, "DELVIS", "nej"),
    ]
    r = 5
    for (omr, km, metod, ans, colour, note, atg, hidden, st, avv) in rows:
        vals = [omr, km, metod, ans, None, atg]
        for ci, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=ci, value=v)
            c.alignment = WRAP
            c.border = BORDER
        sc = ws.cell(row=r, column=5)
        if F[colour]:
            sc.fill = F[colour]
        if note:
            cm = Comment(note, "Eva Berg")
            cm.width = 300
            cm.height = 110
            sc.comment = cm
        if hidden:
            ws.row_dimensions[r].hidden = True
        else:
            exp(fil, namnd, km, st, avv)
        r += 1

    # legend in an odd place: to the right of the table
    ws["H4"] = "Teckenförklaring bedömning"
    ws["H4"].font = BOLD
    leg = [("grön", "Kontrollen genomförd – inga avvikelser"),
           ("gul", "Kontrollen genomförd – avvikelser har noterats"),
           ("blå", "Kontrollen pågår"),
           ("röd", "Kontrollen ej genomförd")]
    for i, (colr, text) in enumerate(leg, start=5):
        ws.cell(row=i, column=8).fill = F[colr]
        ws.cell(row=i, column=9, value=text)
    ws.column_dimensions["H"].width = 4
    ws.column_dimensions["I"].width = 44
    ws["H10"] = "Kommentarer finns som anteckning i cellen Bedömning (håll muspekaren över cellen)."
    ws["H10"].font = Font(italic=True, size=9)

    r += 1
    ws.cell(row=r, column=1, value="Sammanfattande bedömning: Den interna kontrollen bedöms i huvudsak tillräcklig. "
                                   "Slutlig bedömning görs i verksamhetsberättelsen.")
    ws.cell(row=r + 1, column=1, value="Beslutad av BUN 2025-09-17 § 88 (delårsrapport)")
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# C. Vård- och omsorgsnämnden – one kontrollkort sheet per control + Översikt + Mall
# ---------------------------------------------------------------------------
def file_c():
    fil = "Kontrollkort IKP 2025 VON T2.xlsx"
    namnd = "Vård- och omsorgsnämnden"
    wb = openpyxl.Workbook()
    ov = wb.active
    ov.title = "Översikt"
    ov["A1"] = "Vård- och omsorgsnämnden – Internkontroll 2025"
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Uppföljning tertial 2, per 31 augusti 2025"
    ov["A3"] = "Varje kontroll redovisas på ett eget kontrollkort (flik KK1–KK8). Status nedan hämtas från korten."
    ov["A3"].font = Font(italic=True, size=9)
    header_row(ov, 5, ["Kort", "Kontrollmoment", "Kontrollansvarig", "Status T2", "Gå till kort"],
               [7, 70, 24, 18, 14])

    cards = [
        dict(nr="KK1", process="Myndighetsutövning SoL",
             km="Ej verkställda beslut – bistånd enligt SoL verkställs inom tre månader",
             risk="Brukare får inte beviljad insats; sanktionsavgift",
             metod="Genomgång av rapport över ej verkställda beslut", urval="Samtliga beslut",
             frekv="Kvartal", ansv="Biståndschef", datum="2025-08-25", status="Genomförd",
             res="Två ej verkställda beslut (särskilt boende) har rapporterats till IVO för kvartal 1–2.",
             avv="Ja", atg="Platsplanering följs varje vecka i ledningsgruppen.",
             exp=("GENOMFORD", "ja")),
        dict(nr="KK2", process="Hemtjänst",
             km="Hemtjänsttimmar – utförd tid jämförs med beviljad tid (TES/Lifecare)",
             risk="Ersättning betalas för ej utförd tid", metod="Rapportjämförelse per område",
             urval="Samtliga hemtjänstområden maj–augusti", frekv="Tertial", ansv="Enhetschefer hemtjänst",
             datum="", status="Delvis genomförd", res="Maj och juni analyserade, juli–augusti återstår.",
             avv="Nej", atg="", exp=("DELVIS", "nej")),
        dict(nr="KK3", process="Hälso- och sjukvård",
             km="Läkemedelshantering – signeringslistor på särskilda boenden",
             risk="Felmedicinering", metod="Stickprov signeringslistor en vecka", urval="4 boenden",
             frekv="Halvår", ansv="MAS", datum="2025-06-12", status="Genomförd",
             res="Brister i signering på ett av fyra boenden (Solgläntan). Åtgärdsplan upprättad.",
             avv="Ja", atg="Utbildning i signering för nattpersonal, ny kontroll i november.",
             exp=("GENOMFORD", "ja")),
        dict(nr="KK4", process="Brukarnas ekonomi",
             km="Privata medel för brukare – kvittenser och kassabok",
             risk="Förskingring", metod="Avstämning kassabok mot kvitton", urval="10 brukare",
             frekv="Halvår", ansv="Enhetschef SÄBO", datum="", status="Ej genomförd",
             res="Ej genomförd under perioden, planeras till oktober.", avv="Nej", atg="",
             exp=("EJ_GENOMFORD", "nej")),
        dict(nr="KK5", process="Avgifter",
             km="Avgiftsbeslut (maxtaxa) – korrekt inkomstuppgift ligger till grund",
             risk="Felaktiga avgifter", metod="Stickprov 20 avgiftsbeslut", urval="20 beslut",
             frekv="1 ggr/år", ansv="Avgiftshandläggare", datum="2025-05-30", status="Genomförd",
             res="20 avgiftsbeslut granskade, inga fel.", avv="Nej", atg="", exp=("GENOMFORD", "nej")),
        dict(nr="KK6", process="Hälso- och sjukvård",
             km="Delegering av hälso- och sjukvårdsuppgifter – giltiga delegeringar",
             risk="Uppgifter utförs utan giltig delegering", metod="Uttag ur delegeringsregistret",
             urval="Samtliga delegeringar", frekv="Tertial", ansv="MAS", datum="2025-08-20", status=None,
             res="Kontrollen är genomförd 2025-08-20. 11 av 120 delegeringar hade gått ut; berörd personal har fått förnyad delegering.",
             avv=None, atg="Påminnelse 30 dagar före utgång införs.", exp=("GENOMFORD", "ja")),
        dict(nr="KK7", process="Personal",
             km="Bisysslor – samtliga chefer har redovisat bisysslor",
             risk="Förtroendeskada, jäv", metod="Lista från HR", urval="Samtliga chefer",
             frekv="1 ggr/år", ansv="Förvaltningschef", datum="", status="Utgår",
             res="Utgår, ingår i KS kommungemensamma kontroll (beslut VON 2025-03-19 § 27).", avv="", atg="",
             exp=("UTGAR", "nej")),
        dict(nr="KK8", process="Inköp",
             km="Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
             risk="Otillåten direktupphandling", metod="Genomgång av leverantörsreskontra",
             urval="Leverantörer > 100 tkr", frekv="Halvår", ansv="Controller VOF", datum="",
             status="Pågår", res="Underlag begärt från inköpsenheten, analys påbörjad.", avv="Nej", atg="",
             exp=("DELVIS", "nej")),
    ]
    labels = [("Kortnummer", "nr"), ("Nämnd", None), ("Process", "process"), ("Kontrollmoment", "km"),
              ("Risk", "risk"), ("Kontrollmetod", "metod"), ("Urval/omfattning", "urval"),
              ("Frekvens", "frekv"), ("Kontrollansvarig", "ansv"), ("Rapporteras", None)]
    follow = [("Kontroll utförd (datum)", "datum"), ("Status", "status"),
              ("Resultat / iakttagelser", "res"), ("Avvikelse konstaterad", "avv"),
              ("Åtgärd", "atg"), ("Signatur", None)]
    stat_list = '"Genomförd,Delvis genomförd,Pågår,Ej genomförd,Utgår"'

    def build_card(ws, d, template=False):
        ws.column_dimensions["A"].width = 26
        for col in "BCDE":
            ws.column_dimensions[col].width = 22
        ws["A1"] = "KONTROLLKORT – INTERN KONTROLL 2025"
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFF")
        ws["A1"].fill = HEAD_FILL
        ws.merge_cells("A1:E1")
        r = 3
        for lab, key in labels:
            ws.cell(row=r, column=1, value=lab).font = BOLD
            if key:
                v = d.get(key)
            elif lab == "Nämnd":
                v = "Vård- och omsorgsnämnden" if not template else "(nämnd)"
            else:
                v = "Tertial 2 2025" if not template else "(period)"
            ws.cell(row=r, column=2, value=v).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
            for col in range(1, 6):
                ws.cell(row=r, column=col).border = BORDER
            if key == "km":
                ws.row_dimensions[r].height = 32
            r += 1
        r += 1
        ws.cell(row=r, column=1, value="UPPFÖLJNING T2 2025").font = Font(bold=True, color="FFFFFF")
        for col in range(1, 6):
            ws.cell(row=r, column=col).fill = HEAD_FILL
        r += 1
        status_row = None
        for lab, key in follow:
            ws.cell(row=r, column=1, value=lab).font = BOLD
            v = d.get(key) if key else ("" if template else "KJ 2025-09-05")
            ws.cell(row=r, column=2, value=v if v != "" else None).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
            for col in range(1, 6):
                ws.cell(row=r, column=col).border = BORDER
            if key == "status":
                status_row = r
            if key == "res":
                ws.row_dimensions[r].height = 60
            r += 1
        dv = DataValidation(type="list", formula1=stat_list, allow_blank=True)
        ws.add_data_validation(dv)
        dv.add(f"B{status_row}")
        dv2 = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
        ws.add_data_validation(dv2)
        dv2.add(f"B{status_row + 2}")

    r = 6
    for d in cards:
        ws = wb.create_sheet(d["nr"])
        build_card(ws, d)
        ov.cell(row=r, column=1, value=d["nr"])
        ov.cell(row=r, column=2, value=d["km"]).alignment = WRAP
        ov.cell(row=r, column=3, value=d["ansv"])
        ov.cell(row=r, column=4, value=d["status"])
        link = ov.cell(row=r, column=5, value="Öppna kort")
        link.hyperlink = f"#'{d['nr']}'!A1"
        link.font = Font(color="0563C1", underline="single")
        for col in range(1, 6):
            ov.cell(row=r, column=col).border = BORDER
        exp(fil, namnd, d["km"], *d["exp"])
        r += 1
    ov.cell(row=r + 1, column=1, value="Kontrollkort skickas in till ekonomienheten tillsammans med delårsrapporten.").font = Font(italic=True, size=9)

    mall = wb.create_sheet("Mall")
    build_card(mall, dict(nr="KKx", process="(process)",
                          km="Exempel: Kontroll av att ... (skriv kontrollmomentet här)",
                          risk="(vad kan gå fel)", metod="(hur kontrollen görs)", urval="(antal/urval)",
                          frekv="(frekvens)", ansv="(befattning)", datum="", status=None,
                          res="(beskriv resultatet)", avv=None, atg=""), template=True)
    mall.sheet_properties.tabColor = "A6A6A6"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# D. Samhällsbyggnadsförvaltningen – one sheet per nämnd + pivot-like summary sheet
# ---------------------------------------------------------------------------
def file_d():
    fil = "SBF Internkontroll T2 2025.xlsx"
    wb = openpyxl.Workbook()
    piv = wb.active
    piv.title = "Sammanställning"

    tn = [
        ("TN-01", "Entreprenadfakturor stäms av mot kontrakt och beslutade ÄTA-arbeten",
         "Stickprov 10 fakturor", "Projektledare", "Klar", "10 fakturor granskade, inga avvikelser.", "N",
         "GENOMFORD", "nej"),
        ("TN-02", "Avtalstrohet – inköp av material sker via ramavtal",
         "Stickprov 25 inköp", "Driftchef", "Klar med avvikelse",
         "3 av 25 inköp (byggmaterial) gjorda utanför avtal. Information till arbetsledare.", "J",
         "GENOMFORD", "ja"),
        ("TN-03", "Drivmedelskort och fordonsloggar – tankning stäms av mot körjournal",
         "Två fordon per månad", "Fordonssamordnare", "Pågår", "", "",
         "DELVIS", "nej"),
        ("TN-04", "Egenkontroll av lekplatser enligt underhållsplan",
         "Besiktningsprotokoll", "Parkchef", "Ej påbörjad", "Resursbrist under sommaren, görs sept–okt.", "N",
         "EJ_GENOMFORD", "nej"),
        ("TN-05", "VA-avgifter – nya anslutningar faktureras anläggningsavgift",
         "Samtliga nya anslutningar", "VA-ingenjör", "Klar",
         "Samtliga 14 nya anslutningar jan–aug fakturerade.", "N", "GENOMFORD", "nej"),
        ("TN-06", "Delegationsbeslut anmäls till tekniska nämnden",
         "Jämförelse ärendelista/protokoll", "Nämndsekreterare", "Pågår",
         "Genomgång jan–jun gjord, juli–aug återstår.", "N", "DELVIS", "nej"),
    ]
    bmn = [
        ("BMN-01", "Handläggningstid bygglov – beslut inom tio veckor (9 kap. 27 § PBL)",
         "Rapport ur ärendesystemet", "Bygglovschef", "Klar med avvikelse",
         "7 av 112 ärenden överskred tidsfristen, avgiften har reducerats enligt PBL.", "J",
         "GENOMFORD", "ja"),
        ("BMN-02", "Tillsynsavgifter livsmedel – debitering enligt taxa",
         "Stickprov 20 fakturor", "Miljöchef", "Klar", "Inga fel.", "N", "GENOMFORD", "nej"),
        ("BMN-03", "Jäv – jävsdeklarationer för inspektörer och handläggare",
         "Kontroll av deklarationer", "Förvaltningschef", "Ej aktuell",
         "Ej aktuell 2025, ny kommungemensam rutin införs 2026 (beslut BMN 2025-02-11 § 9).", "",
         "UTGAR", "nej"),
        ("BMN-04", "Arkivering av avslutade bygglovsärenden i e-arkivet",
         "Stickprov 15 ärenden", "Registrator", "Pågår",
         "Migrering till e-arkiv pågår, kontroll görs när den är klar.", "N", "DELVIS", "nej"),
        ("BMN-05", "Byggsanktionsavgifter beslutas och faktureras",
         "Samtliga sanktionsärenden", "Bygglovschef", "Klar", "2 ärenden, båda fakturerade.", "N",
         "GENOMFORD", "nej"),
        ("BMN-06", "Diarieföring av inkomna klagomål (miljö och hälsa)",
         "Stickprov 10 klagomål", "Registrator", None,
         "Klart – samtliga 38 klagomål diarieförda inom två arbetsdagar.", "N", "GENOMFORD", "nej"),
    ]

    def nsheet(title, namnd, rows, ansvarig):
        ws = wb.create_sheet(title)
        ws["A1"] = "Nämnd:"
        ws["B1"] = namnd
        ws["A2"] = "Förvaltning:"
        ws["B2"] = "Samhällsbyggnadsförvaltningen"
        ws["A3"] = "Uppföljning:"
        ws["B3"] = "Tertial 2 2025"
        ws["A4"] = "Ansvarig:"
        ws["B4"] = ansvarig
        for rr in range(1, 5):
            ws.cell(row=rr, column=1).font = BOLD
        cols = ["ID", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar", "Avvikelse (J/N)"]
        header_row(ws, 6, cols, [9, 55, 26, 18, 18, 55, 10])
        ex = ["Ex", "Exempel: Kontroll av att kassan stäms av dagligen (ta bort raden)", "Stickprov",
              "Enhetschef", "Klar", "Inga avvikelser", "N"]
        for ci, v in enumerate(ex, start=1):
            c = ws.cell(row=7, column=ci, value=v)
            c.font = Font(italic=True, color="808080")
        r = 8
        for row in rows:
            for ci, v in enumerate(row[:7], start=1):
                c = ws.cell(row=r, column=ci, value=v if v != "" else None)
                c.alignment = WRAP
                c.border = BORDER
            exp(fil, namnd, row[1], row[7], row[8])
            r += 1
        dv = DataValidation(type="list", formula1="=Listor!$A$1:$A$5", allow_blank=True)
        ws.add_data_validation(dv)
        dv.add(f"E8:E{r - 1}")
        dv2 = DataValidation(type="list", formula1='"J,N"', allow_blank=True)
        ws.add_data_validation(dv2)
        dv2.add(f"G8:G{r - 1}")
        ws.auto_filter.ref = f"A6:G{r - 1}"
        ws.freeze_panes = "A7"
        return ws

    nsheet("TN", "Tekniska nämnden", tn, "Lena Holm, controller")
    nsheet("BMN", "Bygg- och miljönämnden", bmn, "Lena Holm, controller")
    ls = wb.create_sheet("Listor")
    for i, v in enumerate(["Klar", "Klar med avvikelse", "Pågår", "Ej påbörjad", "Ej aktuell"], start=1):
        ls.cell(row=i, column=1, value=v)
    ls.sheet_state = "hidden"

    # pivot-like summary (values, formatted like a pivot table)
    piv["A1"] = "Samhällsbyggnadsförvaltningen – internkontroll T2 2025"
    piv["A1"].font = Font(bold=True, size=13)
    piv["A3"] = "Antal av Status"
    piv["B3"] = "Kolumnetiketter"
    heads = ["Radetiketter", "Klar", "Klar med avvikelse", "Pågår", "Ej påbörjad", "Ej aktuell", "(tom)", "Totalsumma"]
    pfill = PatternFill("solid", fgColor="DDEBF7")
    for ci, h in enumerate(heads, start=1):
        c = piv.cell(row=4, column=ci, value=h)
        c.font = BOLD
        c.fill = pfill

    def count(rows):
        keys = ["Klar", "Klar med avvikelse", "Pågår", "Ej påbörjad", "Ej aktuell", None]
        out = [sum(1 for x in rows if x[4] == k) for k in keys]
        return [v if v else None for v in out] + [len(rows)]

    for ri, (lab, rows) in enumerate([("BMN", bmn), ("TN", tn)], start=5):
        piv.cell(row=ri, column=1, value=lab)
        for ci, v in enumerate(count(rows), start=2):
            piv.cell(row=ri, column=ci, value=v)
    tot = count(tn + bmn)
    piv.cell(row=7, column=1, value="Totalsumma").font = BOLD
    for ci, v in enumerate(tot, start=2):
        c = piv.cell(row=7, column=ci, value=v)
        c.font = BOLD
        c.fill = pfill
    piv.column_dimensions["A"].width = 16
    for col in "BCDEFGH":
        piv.column_dimensions[col].width = 14
    piv["A9"] = "Underlag: flikarna TN och BMN. Uppdatera pivottabellen (Data > Uppdatera alla) före utskick."
    piv["A9"].font = Font(italic=True, size=9)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "T2"))
    FILES.append((fil, "INLAST", "Bygg- och miljönämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# E. Stratsys CSV export – KS and KFN, rows per period
# ---------------------------------------------------------------------------
def file_e():
    fil = "Export_Internkontroll_2025-09-12.csv"
    head = ["Organisation", "Plan", "Process", "Kontrollmoment", "Rapporteringsperiod", "Status",
            "Kommentar", "Avvikelse identifierad", "Senast ändrad", "Ändrad av"]
    KS, KFN = "Kommunstyrelsen", "Kultur- och fritidsnämnden"
    PLAN_KS = "Internkontrollplan 2025 KS"
    PLAN_KFN = "Internkontrollplan 2025 KFN"
    T1, T2 = "Tertial 1 2025", "Tertial 2 2025"
    rows = []
    # each control: list of period rows; expected
    controls = [
        (KS, PLAN_KS, "Ekonomi", "Attesträtter i ekonomisystemet stäms av mot beslutad attestförteckning", [
            (T1, "Pågående", "Uttag gjort, avstämning pågår.", "Nej", "2025-04-28", "Per Nilsson"),
            (T2, "Genomförd", "3 personer hade kvar attesträtt efter avslutad anställning – borttagna 2025-06-02.",
             "Ja", "2025-09-03", "Per Nilsson")], "GENOMFORD", "ja"),
        (KS, PLAN_KS, "Lön", "Löneutbetalningar till avslutade anställda förekommer inte", [
            (T1, "Genomförd", "Inga felaktiga utbetalningar.", "Nej", "2025-05-02", "Sara Ek"),
            (T2, "Genomförd", "En felaktig utbetalning (12 400 kr) efter avslut i juni.\nÅterkrav skickat, rutin för sista arbetsdag förtydligad.",
             "Ja", "2025-09-05", "Sara Ek")], "GENOMFORD", "ja"),
        (KS, PLAN_KS, "Informationssäkerhet", "Dataskyddsincidenter rapporteras till IMY inom 72 timmar", [
            (T1, "Genomförd", "Två incidenter, båda anmälda inom 72 h.", "Nej", "2025-04-30", "Johan Ask"),
            (T2, "", "", "", "", "")], "GENOMFORD", "nej"),
        (KS, PLAN_KS, "Ekonomi", "Representation – syfte och deltagare framgår av fakturan", [
            (T2, "Ej påbörjad", "Planeras till november.", "Nej", "2025-09-01", "Per Nilsson")],
         "EJ_GENOMFORD", "nej"),
        (KS, PLAN_KS, "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinje", [
            (T1, "Ej påbörjad", "", "", "2025-04-28", "Maja Ståhl"),
            (T2, "Pågående", "Leverantörsreskontran jan–jun genomgången, dokumentation begärd från 6 enheter.",
             "Nej", "2025-09-10", "Maja Ståhl")], "DELVIS", "nej"),
        (KFN, PLAN_KFN, "Bidrag", "Föreningsbidrag – underlag för lokalt aktivitetsstöd kontrolleras", [
            (T1, "Pågående", "Stickprov utvalt.", "Nej", "2025-04-25", "Karin Dahl"),
            (T2, "Genomförd", "Stickprov 12 föreningar. En förening har redovisat för många sammankomster – återkrav 8 600 kr.",
             "Ja", "2025-08-29", "Karin Dahl")], "GENOMFORD", "ja"),
        (KFN, PLAN_KFN, "Kontanthantering", "Dagskassor i simhall och bibliotek stäms av mot kassaregister", [
            (T2, "Genomförd", "Inga differenser.", "Nej", "2025-08-29", "Karin Dahl")], "GENOMFORD", "nej"),
        (KFN, PLAN_KFN, "Lokaler", "Hyresavtal för föreningslokaler är aktuella och fakturering sker", [
            (T1, "Avbruten", "Avbruten – lokalerna övergick till tekniska nämnden 2025-03-01 (beslut KFN 2025-02-20 § 14).",
             "Nej", "2025-04-25", "Karin Dahl"),
            (T2, "", "", "", "", "")], "UTGAR", "nej"),
        (KFN, PLAN_KFN, "Tillgångar", "Konstinventering – konstverk kontrolleras mot konstregistret", [
            (T1, "Ej påbörjad", "", "", "2025-04-25", "Olof Berg"),
            (T2, "Ej påbörjad", "Skjuts till hösten.", "Nej", "2025-09-02", "Olof Berg")],
         "EJ_GENOMFORD", "nej"),
        (KFN, PLAN_KFN, "IT", "Behörigheter i bokningssystemet (Interbook Go) är aktuella", [
            (T2, "", "Genomgång påbörjad, klar i oktober.", "", "2025-09-02", "Olof Berg")], "DELVIS", "nej"),
        (KFN, PLAN_KFN, "Bidrag", "Bidrag till studieförbund utbetalas enligt beslut", [
            (T2, "Genomförd", "Utbetalning stämmer med beslut KFN 2025-01-23 § 5.", "Nej", "2025-08-20",
             "Karin Dahl")], "GENOMFORD", "nej"),
    ]
    for (org, plan, proc, km, prs, st, avv) in controls:
        for (per, s, kom, a, dat, who) in prs:
            rows.append([org, plan, proc, km, per, s, kom, a, dat, who])
        exp(fil, org, km, st, avv)
    with open(os.path.join(HERE, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(head)
        w.writerows(rows)
    FILES.append((fil, "INLAST", KS, "2025", "T2"))
    FILES.append((fil, "INLAST", KFN, "2025", "T2"))


# ---------------------------------------------------------------------------
# F. Överförmyndarnämnden – Word, tick boxes, delår per 31 augusti
# ---------------------------------------------------------------------------
def file_f():
    fil = "ÖFN uppföljning internkontroll delår 2025.docx"
    namnd = "Överförmyndarnämnden"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{KOMMUN}\tÖverförmyndarnämnden\t2025-09-10"
    p = d.add_paragraph()
    p.add_run("Uppföljning av internkontrollplan 2025").bold = True
    p.runs[0].font.size = Pt(16)
    d.add_paragraph("Delårsbokslut per den 31 augusti 2025")
    d.add_paragraph("Överförmyndarnämnden")
    d.add_heading("Inledning", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 87). Planen omfattar sju "
        "kontrollmoment som valts ut efter nämndens risk- och väsentlighetsanalys. Nedan redovisas hur "
        "kontrollerna har genomförts under perioden januari–augusti. Markera med X i rutan för status.")
    d.add_heading("Redovisning av kontrollmoment", level=2)

    B = "☒"
    E = "☐"

    def boxes(g, dl, ej):
        return (f"{B if g else E} Genomförd\n{B if dl else E} Delvis genomförd\n"
                f"{B if ej else E} Ej genomförd")

    rows = [
        ("Granskning av årsräkningar – samtliga årsräkningar för 2024 granskade före 1 september",
         "Uttag ur Wärna", boxes(0, 1, 0), "412 av 455 årsräkningar granskade. Resterande beräknas klara i oktober.",
         "DELVIS", "nej"),
        ("Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer",
         "Stickprov 25 arvodesbeslut", boxes(1, 0, 0),
         "Ett arvode hade beräknats för högt (fel timschablon). Beslutet rättat och mellanskillnaden återbetald.",
         "GENOMFORD", "ja"),
        ("Utbetalning av arvoden – rätt belopp utbetalas via lönesystemet",
         "Stickprov 20 utbetalningar", boxes(1, 1, 0), "Stickprov av 20 utbetalningar jan–juni.",
         "OKLAR", "nej"),
        ("Registerkontroll (belastningsregistret) av nya ställföreträdare innan förordnande",
         "Samtliga nya ställföreträdare", boxes(1, 0, 0),
         "Samtliga 18 nya ställföreträdare kontrollerade innan förordnande.", "GENOMFORD", "nej"),
        ("Förvaltarskap – förteckning inkommer inom två månader efter förordnande",
         "Bevakningslista", boxes(0, 0, 0), "Se bilaga 2.", "OKLAR", "nej"),
        ("Sekretess – diarieföring och arkivering av handlingar i akter",
         "Stickprov 15 akter", boxes(0, 0, 1), "Ej genomförd, prioriteras under hösten.",
         "EJ_GENOMFORD", "nej"),
        ("Dataskydd – e-post med personuppgifter skickas krypterat",
         "Stickprov utgående e-post", boxes(0, 0, 0), "", "SAKNAS", "nej"),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Nr", "Kontrollmoment", "Metod", "Status", "Utfall / kommentar"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = ""
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    for i, (km, met, box, res, stt, avv) in enumerate(rows, start=1):
        cells = t.add_row().cells
        cells[0].text = str(i)
        cells[1].text = km
        cells[2].text = met
        cells[3].text = box
        cells[4].text = res
        exp(fil, namnd, km, stt, avv)
    widths = [Cm(1), Cm(5.5), Cm(3), Cm(3.5), Cm(5.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Nämnden bedömer att den interna kontrollen hittills under året i huvudsak fungerat. Kontrollen av "
        "sekretesshanteringen har inte hunnits med och prioriteras under hösten. Slutlig redovisning sker i "
        "samband med årsbokslutet.")
    d.add_paragraph()
    d.add_paragraph("Sjöbo 2025-09-10")
    d.add_paragraph("Anna Persson\nÖverförmyndarhandläggare")
    d.add_paragraph("Bilaga 2: Bevakningslista förteckningar (skickas separat)").runs[0].italic = True
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# G. AIN – last year's helår file (.xls, codes with legend) sent by mistake
# ---------------------------------------------------------------------------
def file_g():
    fil = "AIN IKP uppföljning.xls"
    namnd = "Arbetsmarknads- och integrationsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on")
    hdr = xlwt.easyxf("font: bold on, colour white; pattern: pattern solid, fore_colour dark_teal; "
                      "alignment: wrap on, vert centre; borders: left thin, right thin, top thin, bottom thin")
    cell = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    code = xlwt.easyxf("alignment: horiz centre, vert top; borders: left thin, right thin, top thin, bottom thin")
    small = xlwt.easyxf("font: italic on, height 160")
    ws.write(0, 0, "Arbetsmarknads- och integrationsnämnden", title)
    ws.write(1, 0, "Internkontrollplan 2024 – uppföljning helår (per 31 december 2024)", bold)
    ws.write(2, 0, "Statuskod: 1 = Genomförd   2 = Delvis genomförd   3 = Ej genomförd   0 = Utgår", small)
    cols = ["Nr", "Kontrollmoment", "Ansvarig", "Delår 2024", "Helår 2024", "Kommentar"]
    widths = [5, 55, 20, 11, 11, 60]
    for i, (c, w) in enumerate(zip(cols, widths)):
        ws.write(4, i, c, hdr)
        ws.col(i).width = w * 256
    rows = [
        (1, "Anvisade deltagare har giltigt beslut från Arbetsförmedlingen", "Enhetschef AME", 2, 1,
         "Samtliga 35 deltagare i stickprovet hade giltigt beslut.", "GENOMFORD", "nej"),
        (2, "Lönebidrag och anställningsstöd – rekvirerade belopp stäms av mot beslut", "Ekonom", 1, None,
         "Genomförd vid delåret, inga avvikelser.", "GENOMFORD", "nej"),
        (3, "Ersättning till praktikanordnare betalas ut enligt avtal", "Handläggare", 2, 3,
         "Ej slutförd, flyttas till plan 2025.", "EJ_GENOMFORD", "nej"),
        (4, "Attest av fakturor för köpta utbildningsplatser (SFI/vux)", "Rektor vuxenutbildning", 1, 1,
         "En faktura saknade attest – rättat i efterhand.", "GENOMFORD", "ja"),
        (5, "Etableringsersättning – korrekta underlag till Försäkringskassan", "Integrationssamordnare", 0, 0,
         "Utgår, hanteras av Arbetsförmedlingen.", "UTGAR", "nej"),
        (6, "Tidrapportering för extratjänster (timkort attesteras av chef)", "Enhetschef AME", 3, 2,
         "Timkort för okt–dec attesterade, jan–sep ej genomgångna.", "DELVIS", "nej"),
        (7, "Behörighetsgenomgång i ärendesystemet Viva – sekretess", "Systemförvaltare", None, 4,
         "", "OKLAR", "nej"),
    ]
    for ri, (nr, km, ans, dl, hl, kom, stt, avv) in enumerate(rows, start=5):
        ws.row(ri).height_mismatch = True
        ws.row(ri).height = 520
        ws.write(ri, 0, nr, code)
        ws.write(ri, 1, km, cell)
        ws.write(ri, 2, ans, cell)
        ws.write(ri, 3, dl if dl is not None else "", code)
        ws.write(ri, 4, hl if hl is not None else "", code)
        ws.write(ri, 5, kom, cell)
        exp(fil, namnd, km, stt, avv)
    ws.write(14, 0, "Beslutad i AIN 2025-02-12 § 15 (verksamhetsberättelse 2024)", small)
    ws.write(16, 0, "Utskrivet 2025-09-09 /ekonomienheten", small)
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2024", "HELAR"))


# ---------------------------------------------------------------------------
# H. Excel owner/lock file
# ---------------------------------------------------------------------------
def file_h():
    fil = "~$IKP 2025 uppföljning T2 – Socialnämnden.xlsx"
    user = "Maria Lindqvist"
    b = bytes([len(user)]) + user.encode("latin-1").ljust(53, b" ")
    b += len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    b = b.ljust(165, b"\x20")
    with open(os.path.join(HERE, fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


def registers():
    reg = [
        ("Kommunstyrelsen", ["KS", "Kommunledningsförvaltningen", "KLF"]),
        ("Barn- och utbildningsnämnden", ["BUN", "Barn- och utbildningsförvaltningen", "BUF"]),
        ("Socialnämnden", ["SN", "Socialförvaltningen", "SOC"]),
        ("Vård- och omsorgsnämnden", ["VON", "Vård- och omsorgsförvaltningen", "VOF"]),
        ("Kultur- och fritidsnämnden", ["KFN", "Kultur- och fritidsförvaltningen", "Kultur och fritid"]),
        ("Tekniska nämnden", ["TN", "Tekniska förvaltningen", "Samhällsbyggnadsförvaltningen teknik"]),
        ("Bygg- och miljönämnden", ["BMN", "Miljö- och byggnämnden", "Bygg och miljö"]),
        ("Arbetsmarknads- och integrationsnämnden", ["AIN", "Arbetsmarknadsenheten", "AME"]),
        ("Överförmyndarnämnden", ["ÖFN", "Överförmyndarenheten", "Överförmyndaren"]),
        ("Valnämnden", ["VN"]),
        ("Krisledningsnämnden", ["KLN"]),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write(f"{n};{'|'.join(a)}\n")


def main():
    for fn in os.listdir(HERE):
        if fn in ("make_round.py", "README.md"):
            continue
        os.remove(os.path.join(HERE, fn))
    file_a()
    file_b()
    file_c()
    file_d()
    file_e()
    file_f()
    file_g()
    file_h()
    registers()
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2], row
            f.write(";".join(row) + "\n")
    print(len(FILES), "files.csv rows;", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
