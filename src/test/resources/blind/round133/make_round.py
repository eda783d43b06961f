#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 133 – Vättersby kommun, helår 2025.
Builds every file of the round in this folder, plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3 make_round.py
"""
import csv
import io
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# 1. Stratsys CSV export, UTF-8 with BOM, ';', CRLF, two nämnder, hierarchy via "Nivå"
# ---------------------------------------------------------------------------
F1 = "Stratsys_Uppfoljning_Internkontrollplan_2025_SN_VON.csv"


def file1():
    hdr = ["Organisation", "Plan", "Nivå", "Nummer", "Namn", "Beskrivning", "Ansvarig",
           "Frekvens", "Status T2", "Kommentar T2", "Status Helår", "Kommentar Helår",
           "Avvikelse noterad", "Senast ändrad"]
    plan = "Internkontrollplan 2025"
    rows = []
    # (org, nivå, nr, namn, beskr, ansvarig, frekvens, stT2, komT2, stH, komH, avv, ändrad, expected-status, exp-avv)
    SN = "Socialnämnden"
    VON = "Vård- och omsorgsnämnden"
    data = [
        (SN, "Område", "1", "Ekonomi", "", "", "", "", "", "", "", "", "2025-01-20", None, None),
        (SN, "Process", "1.1", "Ekonomiskt bistånd", "Handläggning och utbetalning av försörjningsstöd", "", "", "", "", "", "", "", "2025-01-20", None, None),
        (SN, "Kontrollmoment", "1.1.1",
         "Stickprov av utbetalningar av ekonomiskt bistånd – rätt belopp och beslut finns",
         "Stickprov 20 ärenden per halvår. Kontroll att beslut finns och att utbetalt belopp stämmer med beräkning.",
         "Enhetschef försörjningsstöd", "Halvår",
         "Pågående", "Vårens stickprov klart, inga avvikelser.",
         "Avslutad", "Höstens stickprov: 20 ärenden granskade.\r\n2 felaktiga utbetalningar (för högt belopp, totalt 11 400 kr).\r\nÅterkrav beslutat i båda ärendena.",
         "Ja", "2026-01-09", "GENOMFORD", "ja"),
        (SN, "Kontrollmoment", "1.1.2",
         "Återkrav bevakas och följs upp",
         "Genomgång av reskontra för återkrav, kontroll av att påminnelser skickats.",
         "Ekonom SOC", "Årligen",
         "", "",
         "Avslutad", "Samtliga 46 återkrav är bevakade i reskontran. Inga avvikelser.",
         "Nej", "2026-01-09", "GENOMFORD", "nej"),
        (SN, "Process", "1.2", "Inköp av placeringar", "", "", "", "", "", "", "", "", "2025-01-20", None, None),
        (SN, "Kontrollmoment", "1.2.1",
         "Avtalstrohet vid köp av placeringar (HVB och konsulentstödda familjehem)",
         "Genomgång av samtliga nya placeringar, kontroll mot ramavtal.",
         "Placeringssamordnare", "Tertial",
         "Pågående", "T1–T2 granskade.",
         "Pågående", "Placeringar jan–sep är granskade; två placeringar har gjorts utan ramavtal (akuta placeringar, direktupphandlade).\r\nOkt–dec granskas i januari 2026.",
         "Ja", "2026-01-12", "DELVIS", "ja"),
        (SN, "Område", "2", "Myndighetsutövning", "", "", "", "", "", "", "", "", "2025-01-20", None, None),
        (SN, "Process", "2.1", "Barn och unga", "", "", "", "", "", "", "", "", "2025-01-20", None, None),
        (SN, "Kontrollmoment", "2.1.1",
         "Skyddsbedömning görs inom 24 timmar efter inkommen orosanmälan",
         "Uttag ur Treserva för perioden jan–jun, samtliga orosanmälningar.",
         "Enhetschef barn och unga", "Årligen (T2)",
         "Avslutad", "612 anmälningar, samtliga skyddsbedömda inom 24 timmar utom 3 (inom 36 tim). Avvikelsen har gåtts igenom på APT.",
         "", "Kontrollen genomfördes i T2, se kommentar där.",
         "Ja", "2025-09-15", "GENOMFORD", "ja"),
        (SN, "Kontrollmoment", "2.1.2",
         "Utredningstid för barnavårdsutredningar – högst fyra månader",
         "Uppföljning av samtliga avslutade utredningar under året.",
         "Enhetschef barn och unga", "Helår",
         "Pågående", "Granskning påbörjad.",
         "", "",
         "", "2025-09-15", "SAKNAS", "nej"),
        (SN, "Process", "2.2", "Delegation", "", "", "", "", "", "", "", "", "2025-01-20", None, None),
        (SN, "Kontrollmoment", "2.2.1",
         "Delegationsbeslut anmäls till nämnden",
         "Jämförelse mellan beslut i verksamhetssystemet och anmälda delegationsbeslut, en månad per tertial.",
         "Nämndsekreterare", "Tertial",
         "Avslutad", "Inga avvikelser.",
         "Avslutad", "Stickprov för oktober: samtliga beslut anmälda. Inga avvikelser.",
         "Nej", "2026-01-08", "GENOMFORD", "nej"),
        (SN, "Område", "3", "Informationssäkerhet", "", "", "", "", "", "", "", "", "2025-01-20", None, None),
        (SN, "Process", "3.1", "Behörigheter och loggar", "", "", "", "", "", "", "", "", "2025-01-20", None, None),
        (SN, "Kontrollmoment", "3.1.1",
         "Loggkontroll i verksamhetssystemet – obehörig åtkomst till personakter",
         "Slumpvis loggkontroll av 10 personakter per månad.",
         "Systemförvaltare", "Månadsvis",
         "Försenad", "Inte påbörjad p.g.a. byte av verksamhetssystem.",
         "Försenad", "Loggkontrollerna har inte kunnat genomföras under 2025 på grund av bytet av verksamhetssystem.\r\nKontrollen flyttas till internkontrollplan 2026.",
         "Nej", "2026-01-12", "EJ_GENOMFORD", "nej"),
        (SN, "Kontrollmoment", "3.1.2",
         "Behörigheter avslutas när anställning upphör",
         "Avstämning av avslutade anställningar mot aktiva konton.",
         "Systemförvaltare", "Tertial",
         "Makulerad", "",
         "Makulerad", "Utgår enligt nämndbeslut 2025-06-18 § 87. Ersätts av kommungemensam kontroll som KS ansvarar för.",
         "", "2025-06-19", "UTGAR", "nej"),
        # --- Vård- och omsorgsnämnden
        (VON, "Område", "1", "Ekonomi", "", "", "", "", "", "", "", "", "2025-01-22", None, None),
        (VON, "Process", "1.1", "Avgifter och ersättningar", "", "", "", "", "", "", "", "", "2025-01-22", None, None),
        (VON, "Kontrollmoment", "1.1.1",
         "Avgiftsbeslut hemtjänst – rätt taxa debiteras",
         "Stickprov 25 avgiftsbeslut.",
         "Avgiftshandläggare", "Årligen",
         "", "",
         "Avslutad", "25 beslut granskade.\r\n3 brukare hade debiterats fel taxenivå efter omprövning; rättat och återbetalt.",
         "Ja", "2026-01-10", "GENOMFORD", "ja"),
        (VON, "Kontrollmoment", "1.1.2",
         "Ersättning till privata utförare (LOV) stämmer mot utförd tid",
         "Avstämning av fakturerad tid mot TES-registrering för två utförare.",
         "Controller VOF", "Halvår",
         "Pågående", "",
         "Pågående", "Utförare A kontrollerad utan anmärkning. Utförare B kontrolleras under februari 2026.",
         "Nej", "2026-01-10", "DELVIS", "nej"),
        (VON, "Process", "1.2", "Löner", "", "", "", "", "", "", "", "", "2025-01-22", None, None),
        (VON, "Kontrollmoment", "1.2.1",
         "Timanställdas tidrapporter kontrolleras mot schema",
         "Stickprov 30 tidrapporter från tre enheter.",
         "Enhetschefer", "Halvår",
         "Avslutad", "Inga avvikelser.",
         "Avslutad", "Inga avvikelser.",
         "Nej", "2026-01-07", "GENOMFORD", "nej"),
        (VON, "Område", "2", "Kvalitet och patientsäkerhet", "", "", "", "", "", "", "", "", "2025-01-22", None, None),
        (VON, "Process", "2.1", "Läkemedel och avvikelser", "", "", "", "", "", "", "", "", "2025-01-22", None, None),
        (VON, "Kontrollmoment", "2.1.1",
         "Läkemedelsgenomgångar genomförs på särskilt boende",
         "MAS kontrollerar att årlig läkemedelsgenomgång är dokumenterad.",
         "MAS", "Årligen",
         "", "",
         "Avslutad", "Läkemedelsgenomgång dokumenterad för samtliga 148 boende.",
         "Nej", "2026-01-11", "GENOMFORD", "nej"),
        (VON, "Kontrollmoment", "2.1.2",
         "Avvikelser åtgärdas och avslutas inom 30 dagar",
         "Uttag ur avvikelsesystemet.",
         "MAS", "Tertial",
         "Ej påbörjad", "",
         "Ej påbörjad", "Kontrollen har inte genomförts, MAS-tjänsten vakant aug–dec.",
         "Nej", "2026-01-11", "EJ_GENOMFORD", "nej"),
        (VON, "Process", "2.2", "LSS", "", "", "", "", "", "", "", "", "2025-01-22", None, None),
        (VON, "Kontrollmoment", "2.2.1",
         "LSS-beslut verkställs inom tre månader",
         "Genomgång av ej verkställda beslut inför kvartalsrapport till IVO.",
         "Enhetschef LSS-handläggning", "Kvartal",
         "Pågående", "Q1 och Q2 kontrollerade.",
         "", "Kontrollen är genomförd för hela året. 4 gynnande beslut har inte verkställts inom tre månader och har rapporterats till IVO.",
         "Ja", "2026-01-13", "GENOMFORD", "ja"),
        (VON, "Process", "2.3", "Dataskydd", "", "", "", "", "", "", "", "", "2025-01-22", None, None),
        (VON, "Kontrollmoment", "2.3.1",
         "Personuppgiftsincidenter anmäls till IMY inom 72 timmar",
         "Genomgång av incidentloggen.",
         "Dataskyddssamordnare", "Årligen",
         "", "",
         "Avslutad", "7 incidenter under året, varav 2 anmälningspliktiga.\r\nEn anmälan gjordes efter 5 dygn.",
         "Ja", "2026-01-13", "GENOMFORD", "ja"),
    ]
    for d in data:
        org, niv, nr, namn, beskr, ans, frek, st2, k2, sth, kh, avv, ch, es, ea = d
        rows.append([org, plan, niv, nr, namn, beskr, ans, frek, st2, k2, sth, kh, avv, ch])
        if es:
            exp(F1, org, namn, es, ea)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(hdr)
    for r in rows:
        w.writerow(r)
    with open(F1, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((F1, "INLAST", SN, "2025", "HELAR"))
    FILES.append((F1, "INLAST", VON, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Hypergene report exported to xlsx – BUN – colour-only status with legend at bottom
# ---------------------------------------------------------------------------
F2 = "Hypergene_Internkontroll_BUF_Helar2025.xlsx"

GREEN = "FF63BE7B"
YELLOW = "FFFFD966"
RED = "FFF8696B"
GREY = "FFBFBFBF"
BLUE = "FF9BC2E6"


def file2():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport"
    thin = Side(style="thin", color="FFD9D9D9")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Internkontroll – uppföljning"
    ws["A1"].font = Font(size=14, bold=True, color="FF1F3864")
    ws["A2"] = "Organisationsenhet:"
    ws["B2"] = "Barn- och utbildningsförvaltningen"
    ws["A3"] = "Period:"
    ws["B3"] = "Helår 2025 (januari–december)"
    ws["A4"] = "Utskriven:"
    ws["B4"] = "2026-01-12 08:41 av Lina Ek"
    for c in ("A2", "A3", "A4"):
        ws[c].font = Font(bold=True, color="FF595959")
    hdr = ["Område / Process / Kontrollmoment", "Kontrollmetod", "Ansvarig", "Bedömning",
           "Resultat / kommentar", "Åtgärd"]
    r0 = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=r0, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = PatternFill("solid", fgColor="FF1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    # (level, name, method, resp, colour, comment, action, exp status, exp avv)
    data = [
        (0, "Ekonomi", "", "", None, "", "", None, None),
        (1, "Inköp och upphandling", "", "", None, "", "", None, None),
        (2, "Avtalstrohet – stickprov 30 fakturor från förskolor och skolor",
         "Stickprov i e-handelssystemet, jämförelse mot avtalsdatabasen", "Controller BUF", YELLOW,
         "6 av 30 inköp gjordes utanför avtal, främst livsmedel till förskolor och läromedel.",
         "Information till rektorer och förskolechefer på ledningsgrupp i februari.", "GENOMFORD", "ja"),
        (2, "Direktupphandlingar över 100 tkr dokumenteras",
         "Genomgång av samtliga direktupphandlingar i diariet", "Upphandlare", GREEN,
         "11 direktupphandlingar, samtliga dokumenterade.", "", "GENOMFORD", "nej"),
        (1, "Representation", "", "", None, "", "", None, None),
        (2, "Representation och interna arrangemang följer kommunens riktlinjer",
         "Stickprov 15 verifikationer konto 7610–7690", "Ekonomiassistent", RED,
         "Julbord för personal överskred beloppsgränsen på två enheter.\nMoms felaktigt avdragen på fyra verifikationer.",
         "Rättelse av moms gjord. Riktlinjen gås igenom med samtliga chefer.", "GENOMFORD", "ja"),
        (0, "Verksamhet", "", "", None, "", "", None, None),
        (1, "Elevhälsa och närvaro", "", "", None, "", "", None, None),
        (2, "Uppföljning av elever med hög frånvaro (över 15 %)",
         "Kontroll att åtgärdsplan finns för elever med frånvaro över 15 %", "Rektorer", GREEN,
         "Åtgärdsplan fanns för samtliga 57 elever.", "", "GENOMFORD", "nej"),
        (2, "Kränkande behandling anmäls till huvudman samma dag",
         "Jämförelse mellan incidentrapporter och anmälningar i DF Respons", "Utvecklingsenheten", GREY,
         "Kontrollen har inte genomförts under året på grund av vakans på utvecklingsenheten.",
         "Kontrollen förs över till 2026.", "EJ_GENOMFORD", "nej"),
        (1, "Skolskjuts", "", "", None, "", "", None, None),
        (2, "Beslut om skolskjuts fattas enligt delegationsordningen",
         "Stickprov 20 beslut", "Skolskjutshandläggare", None,
         "", "", "SAKNAS", "nej"),
        (0, "Personal och IT", "", "", None, "", "", None, None),
        (1, "Löner", "", "", None, "", "", None, None),
        (2, "Kontroll av första löneutbetalning vid nyanställning",
         "Stickprov 20 nyanställda, jämförelse anställningsavtal – lönespec", "HR-konsult", GREEN,
         "Inga avvikelser.", "", "GENOMFORD", "nej"),
        (1, "IT-behörigheter och dataskydd", "", "", None, "", "", None, None),
        (2, "Behörigheter i elevregistret avslutas vid avslutad anställning",
         "Avstämning avslutade anställningar mot aktiva konton", "IT-samordnare", BLUE,
         "Se bilaga 3.", "", "OKLAR", "nej"),
        (2, "Registerförteckning enligt dataskyddsförordningen är uppdaterad",
         "Genomgång av förteckningen i DraftIT", "Dataskyddssamordnare", YELLOW,
         "Förteckningen uppdaterad i november. Tre behandlingar saknade angiven rättslig grund och har kompletterats.",
         "", "GENOMFORD", "ja"),
    ]
    r = r0 + 1
    for lvl, name, meth, resp, col, com, act, es, ea in data:
        vals = [name, meth, resp, None, com, act]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=(v if v != "" else None))
            c.border = border
            c.alignment = Alignment(wrap_text=True, vertical="top", indent=(lvl * 2 if i == 1 else 0))
        a = ws.cell(row=r, column=1)
        if lvl == 0:
            a.font = Font(bold=True, size=12)
            for i in range(1, 7):
                ws.cell(row=r, column=i).fill = PatternFill("solid", fgColor="FFD9E1F2")
        elif lvl == 1:
            a.font = Font(bold=True, italic=True)
            ws.row_dimensions[r].outline_level = 1
        else:
            ws.row_dimensions[r].outline_level = 2
            b = ws.cell(row=r, column=4)
            b.alignment = Alignment(horizontal="center", vertical="top")
            if col:
                b.fill = PatternFill("solid", fgColor=col)
                b.value = "●"
                b.font = Font(color=col)  # symbol in same colour as fill: only the colour shows
        if es:
            exp(F2, "Barn- och utbildningsnämnden", name, es, ea)
        r += 1
    r += 2
    ws.cell(row=r, column=1, value="Teckenförklaring bedömning").font = Font(bold=True)
    r += 1
    legend = [
        (GREEN, "Kontrollen genomförd – inga avvikelser"),
        (YELLOW, "Kontrollen genomförd – avvikelser har noterats"),
        (RED, "Kontrollen genomförd – allvarliga brister, åtgärd krävs"),
        (GREY, "Kontrollen ej genomförd"),
    ]
    for col, txt in legend:
        ws.cell(row=r, column=4).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=r, column=5, value=txt)
        r += 1
    ws.cell(row=r, column=5, value="Ingen färg = ej rapporterad").font = Font(italic=True)
    widths = [58, 40, 22, 12, 60, 40]
    for i, wdt in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = wdt
    ws.sheet_properties.outlinePr.summaryBelow = False
    ws.freeze_panes = "A7"
    wb.properties.creator = "Hypergene"
    wb.save(F2)
    FILES.append((F2, "INLAST", "Barn- och utbildningsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Excel lock file of file 2 – must be rejected
# ---------------------------------------------------------------------------
F3 = "~$" + F2


def file3():
    user = "Lina Ek"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b.ljust(54, b" ")
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    b = b.ljust(165, b"\x00")
    with open(F3, "wb") as f:
        f.write(b)
    FILES.append((F3, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# 4. Home-made "Kontrollwebben" TSV export, Windows-1252, CRLF, TN + Räddningstjänsten,
#    numbered hierarchy 1 / 1.1 / 1.1.1, status codes with legend in header
# ---------------------------------------------------------------------------
F4 = "kontrollwebben_export_20260114_samhallsbyggnad.tsv"


def file4():
    out = io.StringIO()
    w = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["Kontrollwebben 2.3 – export av uppföljning"])
    w.writerow(["Vättersby kommun, Samhällsbyggnadsförvaltningen"])
    w.writerow(["Uppföljningsperiod:", "Helår 2025"])
    w.writerow(["Exportdatum:", "2026-01-14 15:02"])
    w.writerow(["Statuskoder:", "G = Genomförd", "D = Delvis genomförd", "E = Ej genomförd", "U = Utgår"])
    w.writerow([])
    hdr = ["Nämnd", "Nivå", "Kod", "Benämning", "Kontrollansvarig", "Status", "Notering", "Avvikelse (J/N)"]
    w.writerow(hdr)
    TN = "Tekniska nämnden"
    RT = "Räddningstjänsten"
    data = [
        (TN, 1, "1", "Ekonomi och administration", "", "", "", "", None, None),
        (TN, 2, "1.1", "Leverantörsfakturor", "", "", "", "", None, None),
        (TN, 3, "1.1.1", "Attest av leverantörsfakturor – jäv och beloppsgränser", "Ekonomichef",
         "G", "Stickprov 40 fakturor.\r\nInga avvikelser.", "N", "GENOMFORD", "nej"),
        (TN, 3, "1.1.2", "Dubbelbetalningar – kontroll i leverantörsreskontran", "Ekonomiassistent",
         "G", "2 dubbelbetalningar om totalt 48 tkr hittades, pengarna återbetalda i november.", "J", "GENOMFORD", "ja"),
        (TN, 2, "1.2", "Avtal och inköp", "", "", "", "", None, None),
        (TN, 3, "1.2.1", "Avtalstrohet vid köp av entreprenadtjänster (ramavtal mark och anläggning)", "Upphandlare",
         "D", "Genomfört för vinterväghållning.\r\nÖvriga avtal granskas Q1 2026.", "N", "DELVIS", "nej"),
        (TN, 1, "2", "Gata, park och fordon", "", "", "", "", None, None),
        (TN, 2, "2.1", "Fordon och maskiner", "", "", "", "", None, None),
        (TN, 3, "2.1.1", "Körjournaler förs korrekt för kommunens fordon", "Fordonssamordnare",
         "E", "Ej genomförd p.g.a. personalbrist under hösten.", "N", "EJ_GENOMFORD", "nej"),
        (TN, 3, "2.1.2", "Drivmedelskort – tankningar kontrolleras mot körjournal", "Fordonssamordnare",
         "?", "Oklart om kontrollen gjorts, ansvarig har slutat.", "", "OKLAR", "nej"),
        (TN, 2, "2.2", "Fakturering", "", "", "", "", None, None),
        (TN, 3, "2.2.1", "VA-anslutningsavgifter faktureras enligt gällande taxa", "VA-ekonom",
         "G", "12 anslutningar granskade, samtliga rätt.", "N", "GENOMFORD", "nej"),
        (TN, 3, "2.2.2", "Hyresavtal för kommunens lokaler har aktuell indexuppräkning", "Fastighetsekonom",
         "U", "Utgår – ansvaret flyttat till KS fastighetsenhet från 2025-04-01.", "", "UTGAR", "nej"),
        (TN, "", "", "Antal kontrollmoment: 7", "", "", "", "", None, None),
        (RT, 1, "1", "Verksamhet", "", "", "", "", None, None),
        (RT, 2, "1.1", "Tillsyn", "", "", "", "", None, None),
        (RT, 3, "1.1.1", "Tillsyn enligt LSO genomförs enligt fastställd tillsynsplan", "Stf räddningschef",
         "D", "62 av 80 planerade tillsyner genomförda. Resterande 18 flyttas till 2026.", "N", "DELVIS", "nej"),
        (RT, 3, "1.1.2", "Rengöring och brandskyddskontroll – fristbevakning", "Brandinspektör",
         "G", "Inga överskridna frister.", "N", "GENOMFORD", "nej"),
        (RT, 2, "1.2", "Beredskap", "", "", "", "", None, None),
        (RT, 3, "1.2.1", "Beredskapsersättning kontrolleras mot beredskapsschema", "Administratör",
         "", "Kontrollen genomförd i december.\r\n3 felaktiga ersättningar har rättats i januarilönen.", "J", "GENOMFORD", "ja"),
        (RT, 1, "2", "Ekonomi", "", "", "", "", None, None),
        (RT, 2, "2.1", "Representation och inköp", "", "", "", "", None, None),
        (RT, 3, "2.1.1", "Representation – syfte och deltagare anges på underlaget", "Räddningschef",
         "G", "", "N", "GENOMFORD", "nej"),
        (RT, 3, "2.1.2", "Inköp av skyddsutrustning sker via upphandlat avtal", "Materialansvarig",
         "E", "Ej genomförd, flyttas till 2026.", "N", "EJ_GENOMFORD", "nej"),
        (RT, "", "", "Antal kontrollmoment: 5", "", "", "", "", None, None),
    ]
    for n, lvl, kod, ben, ans, st, note, avv, es, ea in data:
        w.writerow([n, lvl, kod, ben, ans, st, note, avv])
        if es:
            exp(F4, "Tekniska nämnden" if n == TN else "Räddningsnämnden", ben, es, ea)
    with open(F4, "w", encoding="cp1252", newline="") as f:
        f.write(out.getvalue())
    FILES.append((F4, "INLAST", "Tekniska nämnden", "2025", "HELAR"))
    FILES.append((F4, "INLAST", "Räddningsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Stratsys "Excel-rapport" for KS: merged Område/Process cells, Utfall 2024 + T1/T2/T3 columns
# ---------------------------------------------------------------------------
F5 = "KS_Internkontrollplan_2025_uppfoljning_T3.xlsx"

ST_FILL = {
    "Genomförd": "FFC6EFCE",
    "Delvis genomförd": "FFFFEB9C",
    "Ej genomförd": "FFFFC7CE",
    "Ej aktuell": "FFEDEDED",
}


def file5():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    thin = Side(style="thin", color="FF808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.merge_cells("A1:K1")
    ws["A1"] = "Kommunstyrelsen – Internkontrollplan 2025"
    ws["A1"].font = Font(size=16, bold=True)
    ws.merge_cells("A2:K2")
    ws["A2"] = "Uppföljning tertial 3 (helår) – Kommunledningsförvaltningen"
    ws["A2"].font = Font(size=12, italic=True)
    ws.merge_cells("A3:K3")
    ws["A3"] = "Rapport skapad i Stratsys 2026-01-15"
    ws["A3"].font = Font(size=9, color="FF808080")
    hdr = ["Område", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Utfall 2024",
           "Status T1", "Status T2", "Status T3", "Iakttagelser", "Åtgärder"]
    R = 5
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=R, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = PatternFill("solid", fgColor="FF305496")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = border
    # (område, process, km, metod, frekv, u2024, t1, t2, t3, iakt, åtg, es, ea)
    data = [
        ("Ekonomi", "Attest och utbetalning", "Beslutsattestanter finns i gällande attestförteckning",
         "Avstämning attestförteckning mot behörigheter i ekonomisystemet", "Tertial",
         "Ej genomförd", "Genomförd", "Genomförd", "Genomförd", "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Ekonomi", "Attest och utbetalning", "Stickprov på manuella utbetalningar",
         "Stickprov 15 manuella utbetalningar per tertial", "Tertial",
         "Genomförd", "", "Delvis genomförd", "Genomförd",
         "En utbetalning (32 tkr) saknade beslutsattest. Beloppet var korrekt.", "Påminnelse till attestanter.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Löner", "Ändringar av bankkonto och lönebild kontrolleras innan utbetalning",
         "Loggkontroll i lönesystemet", "Tertial",
         "", "Genomförd", "Genomförd", "Delvis genomförd",
         "Oktober och november kontrollerade, december kontrolleras i januari.", "", "DELVIS", "nej"),
        ("Ekonomi", "Löner", "Övertid och OB-ersättning – rimlighetskontroll",
         "Uttag av övertid över 50 timmar per anställd", "Tertial",
         "Genomförd", "Genomförd", "Genomförd", "Ej genomförd",
         "Kontrollen för september–december har inte utförts på grund av byte av lönesystem.",
         "Görs i T1 2026.", "EJ_GENOMFORD", "nej"),
        ("Styrning och ledning", "Delegation och verkställighet", "Delegationsbeslut återrapporteras till kommunstyrelsen",
         "Jämförelse diarium – anmälningslista", "Tertial",
         "Genomförd", "Genomförd", "Genomförd", "Genomförd", "", "", "GENOMFORD", "nej"),
        ("Styrning och ledning", "Delegation och verkställighet", "Beslut i kommunstyrelsen verkställs inom angiven tid",
         "Genomgång av KS-beslut med uppdrag till förvaltningen", "Halvår",
         "", "", "Genomförd", "Genomförd",
         "Två uppdrag från KS 2025-03-12 är inte verkställda inom angiven tid.", "Återrapporteras till KS i februari.",
         "GENOMFORD", "ja"),
        ("IT och informationssäkerhet", "Behörigheter", "Behörighetsgenomgång i ekonomisystemet",
         "Systemförvaltare går igenom samtliga behörigheter", "Årligen",
         "Genomförd", "", "", "Ej aktuell",
         "Avbruten genom beslut KS 2025-09-03 § 142 – ersätts av ny rutin vid byte av ekonomisystem.", "",
         "UTGAR", "nej"),
        ("IT och informationssäkerhet", "Behörigheter", "Administratörskonton (privilegierade konton) granskas",
         "Uttag ur AD över konton med administratörsrättigheter", "Årligen",
         "Genomförd", "", "", "", "", "", "SAKNAS", "nej"),
        ("IT och informationssäkerhet", "Dataskydd", "Personuppgiftsbiträdesavtal finns för samtliga system",
         "Genomgång av systemförteckningen", "Årligen",
         "Delvis genomförd", "", "", "Genomförd",
         "Tre avtal saknades och har tecknats under hösten.", "", "GENOMFORD", "ja"),
    ]
    r = R + 1
    start = r
    for d in data:
        omr, proc, km, met, frek, u24, t1, t2, t3, iakt, atg, es, ea = d
        vals = [omr, proc, km, met, frek, u24, t1, t2, t3, iakt, atg]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=(v if v else None))
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
            if 6 <= i <= 9 and v in ST_FILL:
                c.fill = PatternFill("solid", fgColor=ST_FILL[v])
        exp(F5, "Kommunstyrelsen", km, es, ea)
        r += 1
    end = r - 1
    # merge runs of equal Område / Process values (Stratsys report layout)
    keys = {1: [d[0] for d in data], 2: [(d[0], d[1]) for d in data]}
    for col in (1, 2):
        k = keys[col]
        i = 0
        while i < len(k):
            j = i
            while j + 1 < len(k) and k[j + 1] == k[i]:
                j += 1
            top = start + i
            ws.cell(row=top, column=col).font = Font(bold=True)
            if j > i:
                for x in range(top + 1, start + j + 1):
                    ws.cell(row=x, column=col).value = None
                ws.merge_cells(start_row=top, start_column=col, end_row=start + j, end_column=col)
                ws.cell(row=top, column=col).alignment = Alignment(wrap_text=True, vertical="center")
            i = j + 1
    r += 1
    ws.cell(row=r, column=3, value="Antal kontrollmoment: 9").font = Font(bold=True)
    ws.cell(row=r, column=9, value="Genomförda T3: 5 av 9").font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="Kolumnen Utfall 2024 visar föregående års resultat för kontrollmoment som återkommer.").font = Font(italic=True, size=9)
    widths = [20, 24, 46, 40, 11, 14, 14, 14, 14, 50, 30]
    for i, wdt in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = wdt
    wb.properties.creator = "Stratsys"
    wb.save(F5)
    FILES.append((F5, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Hand-made Word document – KFN – X marks in columns
# ---------------------------------------------------------------------------
F6 = "Kultur- och fritidsnämnden – uppföljning internkontroll 2025.docx"


def set_cell_bg(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def file6():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    p = d.add_paragraph()
    r = p.add_run("VÄTTERSBY KOMMUN\nKultur- och fritidsförvaltningen")
    r.bold = True
    p = d.add_paragraph("Tjänsteskrivelse 2026-01-20\nDnr KFN 2025/00014")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph(
        "Kultur- och fritidsnämnden antog internkontrollplanen för 2025 den 12 februari 2025 (§ 9). "
        "Planen innehåller åtta kontrollmoment. I denna skrivelse redovisas resultatet för helåret 2025. "
        "Resultatet för delåret redovisades för nämnden i september.")
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Kultur- och fritidsnämnden godkänner uppföljningen av internkontrollplan 2025 och överlämnar den till kommunstyrelsen.")
    d.add_heading("Resultat", level=2)
    ip = d.add_paragraph("Markera med X i den kolumn som stämmer. Kommentera alltid avvikelser.")
    ip.runs[0].italic = True
    hdr = ["Nr", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    # (nr, km, g, dl, ej, kommentar, es, ea)
    data = [
        ("1", "Föreningsbidrag – redovisning har inkommit innan bidraget betalas ut", "X", "", "",
         "Två föreningar saknade redovisning; utbetalningen stoppades tills redovisning kom in.", "GENOMFORD", "ja"),
        ("2", "Kontanthantering i simhallens kassa – daglig avstämning", "", "X", "",
         "Avstämning görs dagligen men dokumentation saknas för juni–augusti.", "DELVIS", "ja"),
        ("3", "Uthyrning av idrottslokaler faktureras enligt bokningssystemet", "X", "", "",
         "Stickprov 30 bokningar, alla fakturerade.", "GENOMFORD", "nej"),
        ("4", "Inventering av kulturskolans utlånade instrument", "X", "", "X",
         "Se instrumentlistan.", "OKLAR", "nej"),
        ("5", "Representation vid nämndens evenemang följer riktlinjerna", "", "", "X",
         "Hann ej under hösten.", "EJ_GENOMFORD", "nej"),
        ("6", "Avtalstrohet vid inköp av scen- och ljudteknik", "", "", "",
         "Utgår – inga inköp av scenteknik gjordes 2025.", "UTGAR", "nej"),
        ("7", "Utdrag ur belastningsregistret för ledare i lovverksamheten", "X", "", "",
         "Samtliga 24 feriearbetsledare hade lämnat utdrag.", "GENOMFORD", "nej"),
        ("8", "Behörigheter i bokningssystemet gås igenom", "", "", "", "", "SAKNAS", "nej"),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        rr = c.paragraphs[0].add_run(h)
        rr.bold = True
        set_cell_bg(c, "D9E2F3")
    for nr, km, g, dl, ej, kom, es, ea in data:
        cells = t.add_row().cells
        for i, v in enumerate([nr, km, g, dl, ej, kom]):
            cells[i].text = v
            if 2 <= i <= 4:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(F6, "Kultur- och fritidsnämnden", km, es, ea)
    widths = [Cm(1), Cm(6), Cm(1.8), Cm(1.5), Cm(1.8), Cm(6)]
    for row in t.rows:
        for i, wd in enumerate(widths):
            row.cells[i].width = wd
    d.add_paragraph()
    d.add_heading("Samlad bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. "
        "Kontrollmomentet om representation genomfördes inte och förs över till planen för 2026.")
    d.add_paragraph("\nAnna Lund\nFörvaltningschef, Kultur- och fritidsförvaltningen")
    d.core_properties.author = "Anna Lund"
    d.core_properties.title = "Uppföljning internkontroll 2025"
    d.save(F6)
    FILES.append((F6, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Hand-made .xls (BIFF8 via xlwt) – MBN – Delår/Helår columns, typos
# ---------------------------------------------------------------------------
F7 = "MBN IK 2025 helår.xls"


def file7():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    title = xlwt.easyxf("font: bold on, height 300; align: vert center")
    bold = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_green; borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert center")
    norm = xlwt.easyxf("align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    proc = xlwt.easyxf("font: bold on; align: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    ital = xlwt.easyxf("font: italic on")
    ws.write_merge(0, 0, 0, 6, "Miljö- och byggnadsnämnden", title)
    ws.write_merge(1, 1, 0, 6, "Internkontroll 2025 – uppföljning helår (verksamhetsberättelse)", xlwt.easyxf("font: bold on"))
    ws.write_merge(2, 2, 0, 6, "Ifylls av respektive processägare. Skickas till ekonomienheten senast 20/1.", ital)
    hdr = ["Process/rutin", "Kontrollmoment", "Hur kontrolleras", "Kontrolltillfälle", "Delår 31/8", "Helår", "Kommentar"]
    for i, h in enumerate(hdr):
        ws.write(4, i, h, bold)
    # (process, km, hur, tillfälle, delår, helår, kommentar, es, ea); process "" => same as above
    data = [
        ("Tillsyn och avgifter", "Tillsynsavgifter debiteras enligt taxa (stickprov 20 ärenden)", "Stickprov i Castor", "Aug + dec",
         "pågår", "Genomfört", "1 felaktig timdebitering (för lite debiterat), rättad.", "GENOMFORD", "ja"),
        ("", "Handläggningstid för bygglov inom 10 veckor", "Uttag ur ärendesystemet", "Löpande",
         "Genomförd", "Delvis", "Q4 ej kontrollerad pga sjukskrivning.", "DELVIS", "nej"),
        ("Delegation", "Delegationsbeslut anmäls till nämnden", "Jämförelse diarium mot anmälningslista", "April",
         "Genomförd", "", "Inga avvikelser vid kontrollen i april.", "GENOMFORD", "nej"),
        ("Ekonomi", "Attest – ingen attesterar sina egna kostnader", "Rapport ur ekonomisystemet", "Dec",
         "", "Ej genomf.", "Ekonomen slutade i september, ingen har tagit över.", "EJ_GENOMFORD", "nej"),
        ("", "Leverantörsfakturor betalas i tid (dröjsmålsräntor)", "Konto 8420", "Dec",
         "", "klar", "Dröjsmålsräntor 3 tkr under året, främst i juli.", "GENOMFORD", "ja"),
        ("Arkiv och dataskydd", "Inkomna handlingar diarieförs i Castor", "Stickprov 20 inkomna handlingar", "Okt",
         "", "pågår", "Stickprov påbörjat, klart i februari.", "DELVIS", "nej"),
        ("", "Mejl med personuppgifter skickas krypterat", "", "",
         "", "Utgår", "Ersatt av kommungemensam kontroll (KS).", "UTGAR", "nej"),
    ]
    r = 5
    for p, km, hur, till, dl, hl, kom, es, ea in data:
        ws.write(r, 0, p, proc)
        for i, v in enumerate([km, hur, till, dl, hl, kom], 1):
            ws.write(r, i, v, norm)
        exp(F7, "Miljö- och byggnadsnämnden", km, es, ea)
        r += 1
    r += 1
    ws.write(r, 0, "Upprättad av: Per Nilsson, miljö- och byggchef, 2026-01-19", ital)
    for i, wdt in enumerate([22, 45, 28, 14, 12, 12, 45]):
        ws.col(i).width = wdt * 256
    wb.save(F7)
    FILES.append((F7, "INLAST", "Miljö- och byggnadsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Hypergene CSV, Windows-1252, ';' – Överförmyndarnämnden – HELÅR 2024 sent by mistake
# ---------------------------------------------------------------------------
F8 = "Hypergene_export_internkontroll_overformyndaren_20260109.csv"


def file8():
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(["Enhet", "Plan", "Period", "Typ", "Objekt", "Bedömning", "Bedömningstext", "Åtgärd", "Ansvarig"])
    E = "Överförmyndarenheten"
    P = "Internkontrollplan 2024"
    PER = "2024 Helår"
    data = [
        ("Process", "Tillsyn över ställföreträdare", "", "", "", "", None, None),
        ("Kontrollmoment", "Årsräkningar granskas inom sex månader", "Genomförd med avvikelse",
         "34 av 310 årsräkningar granskades senare än sex månader efter inlämning.\r\nOrsak: hög arbetsbelastning under våren.",
         "Extra granskningsresurs under mars–maj 2025.", "Enhetschef", "GENOMFORD", "ja"),
        ("Kontrollmoment", "Arvoden till gode män och förvaltare beräknas enligt riktlinjerna", "Genomförd",
         "Stickprov 25 arvodesbeslut, inga avvikelser.", "", "Handläggare", "GENOMFORD", "nej"),
        ("Kontrollmoment", "Registerutdrag begärs för nya ställföreträdare", "Genomförd",
         "Utdrag fanns för samtliga 41 nya ställföreträdare.", "", "Handläggare", "GENOMFORD", "nej"),
        ("Process", "Ekonomi", "", "", "", "", None, None),
        ("Kontrollmoment", "Uttag från spärrade konton har överförmyndarens samtycke", "Ej genomförd",
         "Kontrollen kunde inte genomföras – bankernas underlag kom inte in i tid.", "Görs 2025.", "Enhetschef",
         "EJ_GENOMFORD", "nej"),
        ("Kontrollmoment", "Fakturor för tolk och arvode attesteras korrekt", "Genomförd",
         "", "", "Administratör", "GENOMFORD", "nej"),
    ]
    for typ, obj, bed, txt, atg, ans, es, ea in data:
        w.writerow([E, P, PER, typ, obj, bed, txt, atg, ans])
        if es:
            exp(F8, "Överförmyndarnämnden", obj, es, ea)
    with open(F8, "w", encoding="cp1252", newline="") as f:
        f.write(out.getvalue())
    FILES.append((F8, "INLAST", "Överförmyndarnämnden", "2024", "HELAR"))


# ---------------------------------------------------------------------------
REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF|Vård och omsorg"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Tekniska nämnden", "TN|Teknisk nämnd|Tekniska förvaltningen"),
    ("Räddningsnämnden", "RN|Räddningstjänsten|Räddningstjänsten Vättersby"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknadsförvaltningen|Arbete och integration"),
    ("Valnämnden", "VN"),
]


def write_meta():
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER:
            f.write(f"{n};{a}\n")
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for row in FILES:
            w.writerow(row)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for row in EXPECTED:
            w.writerow(row)


if __name__ == "__main__":
    # file order = order in which the files are listed in files.csv/expected.csv
    file1()
    file2()
    file3()
    file4()
    file5()
    file6()
    file7()
    file8()
    write_meta()
    print(f"{len(set(r[0] for r in FILES))} files, {len(FILES)} files.csv rows, {len(EXPECTED)} controls")
