#!/usr/bin/python3
"""Blind round r315 - Rödmyra kommun, T2 2025 follow-ups made in online tools.

Builds every file of the round plus namnder.csv, files.csv, expected.csv.
Deterministic: fixed dates, no randomness.
"""
import csv
import datetime as dt
import os
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.formatting.rule import FormulaRule
from openpyxl.worksheet.properties import PageSetupProperties  # noqa: F401
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)


def fixed_zip_times(path):
    """Rewrite a zip (xlsx) with fixed timestamps so the build is byte-stable."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 9, 8, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def fix_props(wb, creator=None):
    wb.properties.created = dt.datetime(2025, 9, 8, 10, 0, 0)
    wb.properties.modified = dt.datetime(2025, 9, 8, 10, 0, 0)
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator


# ---------------------------------------------------------------------------
# 1. Google Sheets download (.xlsx) - Barn- och utbildningsnämnden
# ---------------------------------------------------------------------------
def google_sheets_bun():
    fil = "Internkontrollplan 2025 BUN – uppföljning.xlsx"
    nm = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan & uppföljning"
    arial = Font(name="Arial", size=10)
    bold = Font(name="Arial", size=10, bold=True)
    head_fill = PatternFill("solid", fgColor="FFCFE2F3")

    ws["A1"] = "Barn- och utbildningsnämnden — Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(name="Arial", size=14, bold=True)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Uppdateras löpande av förvaltningen. Välj status i listan (chip) för respektive tertial. "
                "Bocka i rutan Avvikelse om fel har upptäckts vid kontrollen.")
    ws["A2"].font = Font(name="Arial", size=10, italic=True, color="FF666666")
    ws.merge_cells("A2:J2")

    header = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
              "Status T1", "Status T2", "Avvikelse", "Kommentar T2"]
    for c, h in enumerate(header, 1):
        cell = ws.cell(row=3, column=c, value=h)
        cell.font = bold
        cell.fill = head_fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)

    rows = [
        # nr, process, kontrollmoment, metod, frekvens, ansvarig, T1, T2, avv, kommentar, expected
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial", "Tertial", "Controller BUF",
         "Genomförd", "Genomförd", False, "Inga avvikelser.", ("GENOMFORD", "nej")),
        (2, "Ekonomi", "Inköp sker från avtalade leverantörer (avtalstrohet)",
         "Stickprov 30 inköp i Raindance", "Tertial", "Inköpssamordnare",
         "Genomförd", "Genomförd", True,
         "3 av 30 inköp utanför avtal (läromedel). Påminnelse skickad till rektorerna.", ("GENOMFORD", "ja")),
        (3, "Elevhälsa", "Anmälan till huvudman vid kränkande behandling görs skyndsamt",
         "Genomgång av anmälningar i DF Respons", "Tertial", "Verksamhetsutvecklare",
         "Genomförd", "Pågår", False, "Genomgång av maj–juni klar, augusti återstår.", ("DELVIS", "nej")),
        (4, "Elevhälsa", "Elevhälsans journalföring sker i enlighet med patientdatalagen",
         "Loggkontroll i journalsystemet PMO", "Halvår", "Verksamhetschef elevhälsa",
         "Pågår", "Genomförd", True,
         "Loggkontroll genomförd. Två fall av otillåten åtkomst utreds av verksamhetschefen.", ("GENOMFORD", "ja")),
        (5, "Skolplikt", "Uppföljning av elever med hög frånvaro (problematisk skolfrånvaro)",
         "Kontroll av frånvarorapporter mot åtgärdsplaner", "Tertial", "Skolchef grundskola",
         "Genomförd", "Ej påbörjad", False, "Skjuts till september p.g.a. sommaruppehållet.",
         ("EJ_GENOMFORD", "nej")),
        (6, "Förskola", "Placering i förskola inom fyra månader enligt skollagen",
         "Kontroll av kötid i Procapita", "Tertial", "Förskolechef",
         "Genomförd", "Genomförd", False, None, ("GENOMFORD", "nej")),
        (7, "Personal", "Registerutdrag ur belastningsregistret kontrolleras vid nyanställning",
         "Stickprov 15 anställningar", "Tertial", "HR-partner BUF",
         "Genomförd", "Genomförd", True,
         "1 vikarie anställd utan uppvisat utdrag. Rutinen förtydligad till rektorerna.", ("GENOMFORD", "ja")),
        (8, "Personal", "Systematiskt arbetsmiljöarbete – skyddsronder genomförs",
         "Enkät till rektorer och förskolechefer", "Helår", "HR-partner BUF",
         None, "Ej påbörjad", False, "Planeras till november.", ("EJ_GENOMFORD", "nej")),
        (9, "IT/Informationssäkerhet", "Behörigheter i elevregistret (IST) avslutas när personal slutar",
         "Jämförelse mot HR-systemets avslutslista", "Halvår", "Systemförvaltare",
         None, "Genomförd", False, None, ("GENOMFORD", "nej")),
        (10, "Skolskjuts", "Beslut om skolskjuts fattas enligt delegationsordningen",
         "Stickprov 10 beslut", "Helår", "Skolskjutshandläggare",
         "Ej aktuell", "Ej aktuell", False,
         "Utgår – skolskjutshandläggningen flyttad till Tekniska nämnden från 1 mars.", ("UTGAR", "nej")),
        (11, "Kost", "Livsmedelshantering i skolköken – egenkontrollprogram följs",
         "Genomgång av egenkontrollpärmar", "Tertial", "Kostchef",
         "Genomförd", None, False, None, ("GENOMFORD", "nej")),
    ]
    r = 4
    for row in rows:
        vals = row[:10]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.font = arial
            cell.alignment = Alignment(vertical="top", wrap_text=(c in (3, 4, 10)))
        EXPECTED.append((fil, nm, row[2], row[10][0], row[10][1]))
        r += 1
    last_data = r - 1
    # Google keeps the checkbox in every formatted row: empty rows export as FALSE
    for rr in range(r, 41):
        ws.cell(row=rr, column=9, value=False).font = arial

    # Validation "chips"
    ws2 = wb.create_sheet("Listor")
    ws2["A1"] = "Status"
    ws2["A1"].font = bold
    for i, s in enumerate(["Ej påbörjad", "Pågår", "Genomförd", "Ej aktuell"], 2):
        ws2.cell(row=i, column=1, value=s).font = arial
    dv = DataValidation(type="list", formula1="Listor!$A$2:$A$5", allow_blank=True, showDropDown=False)
    dv.add("G4:H40")
    ws.add_data_validation(dv)
    cb = DataValidation(type="list", formula1='"TRUE,FALSE"', allow_blank=True)
    cb.add("I4:I40")
    ws.add_data_validation(cb)
    # chip colours via conditional formatting (as Google exports them)
    chips = [("Genomförd", "FFD4EDBC", "FF11734B"), ("Pågår", "FFFFE5A0", "FF473821"),
             ("Ej påbörjad", "FFFFCFC9", "FFB10202"), ("Ej aktuell", "FFE8EAED", "FF3C4043")]
    for txt, bg, fg in chips:
        ws.conditional_formatting.add(
            "G4:H40", FormulaRule(formula=[f'G4="{txt}"'], fill=PatternFill("solid", fgColor=bg, bgColor=bg),
                                  font=Font(color=fg)))
    ws.freeze_panes = "A4"
    widths = [5, 18, 46, 34, 10, 22, 13, 13, 11, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w

    ws3 = wb.create_sheet("Ändringslogg")
    ws3.append(["Datum", "Ändrat av", "Ändring"])
    ws3.append(["2025-02-10", "Annika Berg", "Plan antagen av BUN 2025-02-06 § 14"])
    ws3.append(["2025-05-12", "Annika Berg", "T1 ifylld"])
    ws3.append(["2025-09-04", "Jonas Holm", "T2 ifylld, kontroll 10 utgår (skolskjuts till TN)"])
    fix_props(wb, None)
    wb.save(fil)
    fixed_zip_times(fil)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))
    assert last_data == 14


# ---------------------------------------------------------------------------
# 2. Microsoft Forms export (.xlsx) - Socialnämnden
# ---------------------------------------------------------------------------
def forms_sn():
    fil = "Socialnämnden – uppföljning internkontroll T2 2025(1-10).xlsx"
    nm = "Socialnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    header = ["ID", "Starttid", "Tid för slutförande", "E-post", "Namn",
              "Vilken verksamhet rapporterar du för?",
              "Kontrollmoment (skriv samma text som i internkontrollplanen)",
              "Vilken period avser rapporteringen?",
              "Status för kontrollen",
              "Upptäcktes avvikelser vid kontrollen?",
              "Beskriv resultat och eventuella åtgärder"]
    ws.append(header)
    for c in range(1, len(header) + 1):
        ws.cell(row=1, column=c).font = Font(bold=True)
    P = "Tertial 2 (maj–augusti) 2025"
    resp = [
        ("2025-08-25 09:02", "Sara Nilsson", "sara.nilsson@rodmyra.se", "Individ- och familjeomsorg",
         "Utredningar inom barn och unga avslutas inom fyra månader", "Genomförd", "Ja",
         "Av 42 avslutade utredningar överskred 6 tidsgränsen utan beslut om förlängning. "
         "Åtgärd: veckovis bevakningslista införs.", ("GENOMFORD", "ja")),
        ("2025-08-25 10:41", "Sara Nilsson", "sara.nilsson@rodmyra.se", "Individ- och familjeomsorg",
         "Ekonomiskt bistånd – kontroll av utbetalningar mot beslut", "Genomförd", "Nej",
         "Stickprov 25 utbetalningar, samtliga överensstämde med beslut.", ("GENOMFORD", "nej")),
        ("2025-08-27 13:15", "Peter Lund", "peter.lund@rodmyra.se", "Äldreomsorg",
         "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut", "Delvis genomförd", "Ja",
         "Kontroll gjord på två av fyra särskilda boenden. 5 planer saknades.", ("DELVIS", "ja")),
        ("2025-08-27 13:32", "Peter Lund", "peter.lund@rodmyra.se", "Äldreomsorg",
         "Läkemedelshantering – signeringslistor kontrolleras", "Ej genomförd", "Vet ej",
         "Skjuts till T3 pga hög sjukfrånvaro bland sjuksköterskorna.", ("EJ_GENOMFORD", "")),
        ("2025-08-28 08:55", "Lina Åkesson", "lina.akesson@rodmyra.se", "Funktionsstöd",
         "Hantering av brukares privata medel (kontantkassor)", "Genomförd", "Nej",
         "Samtliga kassor inventerade i juni, stämmer mot kassabok.", ("GENOMFORD", "nej")),
        ("2025-08-28 09:20", "Lina Åkesson", "lina.akesson@rodmyra.se", "Funktionsstöd",
         "Gynnande beslut enligt LSS verkställs inom tre månader", "Delvis genomförd", "Ja",
         "Genomgång påbörjad, hittills 2 ej verkställda beslut.", None),  # superseded by a later answer
        ("2025-08-29 15:07", "Mats Ekberg", "mats.ekberg@rodmyra.se", "Administration",
         "Registrering av inkomna handlingar sker inom två arbetsdagar", "Genomförd", "Nej",
         "", ("GENOMFORD", "nej")),
        ("2025-08-29 15:12", "Mats Ekberg", "mats.ekberg@rodmyra.se", "Administration",
         "Sekretessprövning vid utlämnande av allmän handling", "Utgår", "",
         "Ersatt av kommungemensam kontroll enligt beslut KS 2025-05-12.", ("UTGAR", "")),
        ("2025-09-02 11:48", "Lina Åkesson", "lina.akesson@rodmyra.se", "Funktionsstöd",
         "Gynnande beslut enligt LSS verkställs inom tre månader", "Genomförd", "Ja",
         "Korrigering av tidigare svar: kontrollen är nu klar. 2 ej verkställda beslut har rapporterats till IVO.",
         ("GENOMFORD", "ja")),
        ("2025-09-03 16:20", "Sara Nilsson", "sara.nilsson@rodmyra.se", "Individ- och familjeomsorg",
         "Orosanmälningar förhandsbedöms inom 14 dagar", "Genomförd", "Ja",
         "91 % inom 14 dagar (mål 100 %).", ("GENOMFORD", "ja")),
    ]
    for i, (t, name, mail, verks, km, st, avv, kom, exp) in enumerate(resp, 1):
        end = dt.datetime.strptime(t, "%Y-%m-%d %H:%M")
        start = end - dt.timedelta(minutes=3 + i)
        ws.append([i, start, end, mail, name, verks, km, P, st, avv, kom])
        ws.cell(row=i + 1, column=2).number_format = "m/d/yy h:mm:ss"
        ws.cell(row=i + 1, column=3).number_format = "m/d/yy h:mm:ss"
        if exp:
            EXPECTED.append((fil, nm, km, exp[0], exp[1]))
    for col, w in zip("ABCDEFGHIJK", [5, 16, 16, 26, 16, 28, 60, 28, 18, 14, 70]):
        ws.column_dimensions[col].width = w
    fix_props(wb, "Microsoft Forms")
    wb.save(fil)
    fixed_zip_times(fil)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Netigate-like survey export (.xls), one question per column, 3 nämnder
# ---------------------------------------------------------------------------
def netigate():
    fil = "Netigate_export_Kommungemensam_IK_T2_2025.xls"
    questions = [
        "Attest av leverantörsfakturor enligt attestordningen",
        "Representation och interna måltider följer kommunens riktlinje",
        "Delegationsordningen är uppdaterad och delegationsbeslut anmäls till nämnden",
        "Behörigheter i ekonomisystemet Raindance är aktuella",
        "Allmänna handlingar diarieförs inom fastställd tid",
    ]
    G0 = "Genomförd utan avvikelse"
    G1 = "Genomförd med avvikelse"
    D = "Delvis genomförd"
    E = "Ej genomförd"
    U = "Ej aktuell för nämnden"
    resp = [
        ("100482", "Fullständig", "2025-09-01 08:14", "2025-09-01 08:39", "Samhällsbyggnadsnämnden",
         "Eva Strand", [
             (G0, ""),
             (G1, "2 av 12 representationstillfällen saknade deltagarförteckning."),
             (D, "Delegationsordningen revideras, beslut i nämnden i oktober."),
             (G0, ""),
             (E, "Resursbrist på registratorsfunktionen under sommaren."),
         ]),
        ("100517", "Fullständig", "2025-09-03 13:02", "2025-09-03 13:20", "Tekniska nämnden",
         "Olof Berglund", [
             (G1, "Tre fakturor attesterade av samma person som beställt varan."),
             (U, "Ingen representation under perioden."),
             (G0, ""),
             (D, "Behörighetslistan granskad för gata/park, VA-avdelningen återstår."),
             (G0, "Stickprov 20 ärenden."),
         ]),
        ("100533", "Ej slutförd", "2025-09-05 10:47", "", "Överförmyndarnämnden",
         "Helena Ros", [
             (G0, ""),
             (U, ""),
             ("", ""),
             ("", ""),
             ("", ""),
         ]),
    ]
    exp_map = {G0: ("GENOMFORD", "nej"), G1: ("GENOMFORD", "ja"), D: ("DELVIS", ""),
               E: ("EJ_GENOMFORD", ""), U: ("UTGAR", ""), "": ("SAKNAS", "")}
    book = xlwt.Workbook(encoding="utf-8")
    sh = book.add_sheet("Data")
    hdr = ["RespondentID", "Svarsstatus", "Startdatum", "Slutdatum", "Bakgrund: Nämnd", "Uppgiftslämnare"]
    for q in questions:
        hdr += [q, q + " - Kommentar"]
    hstyle = xlwt.easyxf("font: bold on")
    for c, h in enumerate(hdr):
        sh.write(0, c, h, hstyle)
    for r, (rid, st, s, e, nm, who, answers) in enumerate(resp, 1):
        vals = [rid, st, s, e, nm, who]
        for a, k in answers:
            vals += [a, k]
        for c, v in enumerate(vals):
            sh.write(r, c, v)
        for q, (a, k) in zip(questions, answers):
            stt, av = exp_map[a]
            EXPECTED.append((fil, nm, q, stt, av))
        FILES.append((fil, "INLAST", nm, "2025", "T2"))
    sh2 = book.add_sheet("Frågor")
    sh2.write(0, 0, "Enkät", hstyle)
    sh2.write(0, 1, "Kommungemensam internkontroll – uppföljning tertial 2 2025")
    sh2.write(1, 0, "Utskick", hstyle)
    sh2.write(1, 1, "2025-08-25 till samtliga nämnder")
    sh2.write(3, 0, "Fråga", hstyle)
    sh2.write(3, 1, "Text", hstyle)
    sh2.write(3, 2, "Svarsalternativ", hstyle)
    for i, q in enumerate(questions, 1):
        sh2.write(3 + i, 0, f"Q{i}")
        sh2.write(3 + i, 1, q)
        sh2.write(3 + i, 2, "; ".join([G0, G1, D, E, U]))
    book.save(fil)
    # xlwt writes no timestamps into the file content, so the build is stable


# ---------------------------------------------------------------------------
# 4. SharePoint list exported to CSV - Kommunstyrelsen (KLF)
# ---------------------------------------------------------------------------
def sharepoint_ks():
    fil = "Internkontroll KLF 2025.csv"
    nm = "Kommunstyrelsen"
    path = "sites/KLF-Ekonomi/Lists/Internkontroll KLF 2025"
    header = ["Rubrik", "Process", "Kontrollmetod", "Ansvarig", "Status T1", "Status T2", "Status T3",
              "Avvikelse", "Kommentar", "Ändrad", "Skapad av", "Objekttyp", "Sökväg"]
    items = [
        ("Arkiv 2024", "", "", "", "", "", "", "", "", "2025-01-14 09:12", "Lindqvist, Maria", "Mapp", path, None),
        ("Attest av arvoden och reseersättningar till förtroendevalda", "Ekonomi",
         "Stickprov 15 utbetalningar", "Karlsson, Anders", "Klar", "Klar", "", "Nej", "",
         "2025-09-02 14:05", "Lindqvist, Maria", "Objekt", path, ("GENOMFORD", "nej")),
        ("Avstämning av balanskonton (kundfordringar och leverantörsskulder)", "Ekonomi",
         "Månadsvis avstämning", "Sjöberg, Ulla", "Klar", "Klar", "", "Ja",
         "Differens på 14 200 kr i leverantörsreskontran i augusti, utreds.\n"
         "Åtgärd: rutinen för periodisering ses över, klart i oktober.",
         "2025-09-05 11:31", "Lindqvist, Maria", "Objekt", path, ("GENOMFORD", "ja")),
        ("Upphandlingar över direktupphandlingsgränsen annonseras", "Upphandling",
         "Genomgång av avtalsregister mot leverantörsreskontra", "Ahmadi, Reza", "Pågående", "Pågående", "", "",
         "Granskning av perioden april–juni pågår.", "2025-09-01 16:40", "Ahmadi, Reza", "Objekt", path,
         ("DELVIS", "")),
        ("Direktupphandlingar dokumenteras enligt riktlinjen", "Upphandling",
         "Stickprov 10 direktupphandlingar", "Ahmadi, Reza", "Ej startad", "Ej startad", "", "",
         "Flyttad till T3, se KS beslut om reviderad plan.", "2025-09-01 16:42", "Ahmadi, Reza", "Objekt", path,
         ("EJ_GENOMFORD", "")),
        ("Löneutbetalningar – nyupplagda anställda kontrolleras mot anställningsavtal", "Lön/HR",
         "Kontroll av samtliga nyupplagda", "Forsberg, Lena", "Klar", "Klar", "", "Nej",
         "Kontrollerat 40 av 40, inga fel.", "2025-08-29 10:02", "Forsberg, Lena", "Objekt", path,
         ("GENOMFORD", "nej")),
        ("Personuppgiftsincidenter hanteras och rapporteras enligt GDPR", "Informationssäkerhet",
         "Genomgång av incidentloggen", "Wikström, Johan", "Klar", "", "", "",
         "Kontrollen genomförd i maj och avser helåret.", "2025-05-20 08:50", "Wikström, Johan", "Objekt", path,
         ("GENOMFORD", "")),
        ("Krisledningsplanen är uppdaterad och känd", "Säkerhet",
         "Intervju med krisledningsgruppen", "Nyberg, Tove", "", "Utgår", "", "",
         "Utgår enligt beslut KS 2025-06-10 § 112, ersätts av ny plan för civilt försvar.",
         "2025-06-12 13:22", "Nyberg, Tove", "Objekt", path, ("UTGAR", "")),
        ("Avtal registreras i avtalsdatabasen", "Juridik",
         "Stickprov 20 avtal", "Hedlund, Sofia", "Ej startad", "Klar", "", "Ja",
         "18 av 20 avtal registrerade. 2 saknades och är nu inlagda.", "2025-09-04 09:15", "Hedlund, Sofia",
         "Objekt", path, ("GENOMFORD", "ja")),
        ("Bisysslor – årlig inventering bland chefer", "HR",
         "Enkät till samtliga chefer", "Forsberg, Lena", "", "", "", "", "",
         "2025-02-03 15:00", "Lindqvist, Maria", "Objekt", path, ("SAKNAS", "")),
    ]
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        for it in items:
            w.writerow(it[:13])
            if it[13]:
                EXPECTED.append((fil, nm, it[0], it[13][0], it[13][1]))
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Teams wiki page saved as .htm - Kultur- och fritidsnämnden
# ---------------------------------------------------------------------------
def teams_wiki_kfn():
    fil = "Internkontroll T2 2025 - Kultur och fritid - Wiki.htm"
    nm = "Kultur- och fritidsnämnden"
    rows = [
        ("Kontanthantering i simhallens och bibliotekets kassor", "Enhetschef Rödmyrabadet", "✅", "✅",
         "Oanmäld kassainventering 12/8, inga differenser.", ("GENOMFORD", "nej")),
        ("Föreningsbidrag betalas ut enligt beslutade bidragsnormer", "Föreningskonsulent", "✅", "✅",
         "Två föreningar fick för högt aktivitetsstöd (felaktigt deltagarantal). Återkrav skickat.",
         ("GENOMFORD", "ja")),
        ("Uthyrning av lokaler faktureras enligt taxa", "Bokningsansvarig", "🟡", "🟡",
         "Stickprov maj–juni klart, juli–augusti återstår.", ("DELVIS", "")),
        ("Inventarieförteckning över utlånad utrustning på fritidsgårdarna", "Fritidsgårdsföreståndare",
         "❌", "✅", "Inventering klar, all utrustning återfanns.", ("GENOMFORD", "nej")),
        ("Registerutdrag kontrolleras för ledare på sommarlovsaktiviteter", "Fritidschef", "–", "✅",
         "Samtliga 34 sommarledare kontrollerade.", ("GENOMFORD", "nej")),
        ("Offentlig konst – inventering och dokumentation", "Kulturstrateg", "⚪", "⚪",
         "Ej aktuellt 2025 efter beslut i nämnden 2025-03-19.", ("UTGAR", "")),
        ("Bidrag till studieförbund följs upp mot verksamhetsberättelse", "Kultursekreterare", "❌", "❌",
         "Verksamhetsberättelserna inkommer sent, kontrollen görs i T3.", ("EJ_GENOMFORD", "")),
        ("Behörigheter i bibliotekssystemet Koha ses över", "Bibliotekschef", "✅", "Se bilaga",
         "", ("OKLAR", "")),
    ]
    trs = []
    for km, ans, t1, t2, kom, exp in rows:
        trs.append(
            "<tr>"
            f"<td style=\"border:1px solid #c8c6c4;padding:4px\">{km}</td>"
            f"<td style=\"border:1px solid #c8c6c4;padding:4px\">{ans}</td>"
            f"<td style=\"border:1px solid #c8c6c4;padding:4px;text-align:center\">{t1}</td>"
            f"<td style=\"border:1px solid #c8c6c4;padding:4px;text-align:center\">{t2}</td>"
            f"<td style=\"border:1px solid #c8c6c4;padding:4px\">{kom}</td>"
            "</tr>")
        EXPECTED.append((fil, nm, km, exp[0], exp[1]))
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Internkontroll T2 2025 | Kultur och fritid | Microsoft Teams</title>
<style>
body {{ font-family: "Segoe UI", sans-serif; font-size: 14px; color: #252423; }}
.ts-wiki-section h2 {{ font-size: 18px; font-weight: 600; }}
.wiki-meta {{ color: #605e5c; font-size: 12px; }}
</style>
</head>
<body>
<div class="app-header"><span>Microsoft Teams</span> <span>Kultur- och fritidsförvaltningen › Ledningsgrupp › Wiki</span></div>
<div class="ts-wiki-page">
<div class="ts-wiki-page-title"><h1>Internkontroll 2025</h1></div>
<div class="wiki-meta">Senast redigerad av Maja Lindgren 2025-09-05 14:22</div>

<div class="ts-wiki-section">
<h2>Om sidan</h2>
<p>Här följer vi upp Kultur- och fritidsnämndens internkontrollplan 2025 (antagen KFN 2025-01-29 § 7).
Varje kontrollansvarig fyller i sin rad efter varje tertial. Sammanställningen för tertial 2 lämnas till
ekonomiavdelningen senast 10 september.</p>
</div>

<div class="ts-wiki-section">
<h2>Teckenförklaring</h2>
<p>✅ Genomförd &nbsp; 🟡 Påbörjad / delvis genomförd &nbsp; ❌ Ej genomförd &nbsp; ⚪ Ej aktuell / utgår &nbsp; – Ingen kontroll planerad under tertialet</p>
</div>

<div class="ts-wiki-section">
<h2>Uppföljning tertial 2 2025</h2>
<table style="border-collapse:collapse;width:100%">
<tbody>
<tr style="background:#f3f2f1;font-weight:600">
<td style="border:1px solid #c8c6c4;padding:4px">Kontrollmoment</td>
<td style="border:1px solid #c8c6c4;padding:4px">Ansvarig</td>
<td style="border:1px solid #c8c6c4;padding:4px">T1</td>
<td style="border:1px solid #c8c6c4;padding:4px">T2</td>
<td style="border:1px solid #c8c6c4;padding:4px">Kommentar</td>
</tr>
{chr(10).join(trs)}
</tbody>
</table>
</div>

<div class="ts-wiki-section">
<h2>Att göra inför T3</h2>
<ul>
<li>Påminn kultursekreteraren om studieförbundens verksamhetsberättelser.</li>
<li>Lägg in bilagan om Koha-behörigheter i kanalens Filer-flik.</li>
</ul>
</div>
</div>
<div class="wiki-footer">3 kommentarer · Starta en konversation</div>
</body>
</html>
"""
    with open(fil, "w", encoding="utf-8", newline="\r\n") as f:
        f.write(html)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Ordinary Excel template - Miljö- och hälsoskyddsnämnden (status by fill)
# ---------------------------------------------------------------------------
def excel_mhn():
    fil = "Uppföljning IKP T2 2025 MHN.xlsx"
    nm = "Miljö- och hälsoskyddsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    thin = Side(style="thin", color="FF808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    GREEN = PatternFill("solid", fgColor="FF00B050")
    YELLOW = PatternFill("solid", fgColor="FFFFFF00")
    RED = PatternFill("solid", fgColor="FFFF0000")
    GREY = PatternFill("solid", fgColor="FFBFBFBF")
    GROUP = PatternFill("solid", fgColor="FFD9E1F2")
    HEAD = PatternFill("solid", fgColor="FF1F4E78")

    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(name="Calibri", size=16, bold=True)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Nämnd:"
    ws["B2"] = "Miljö- och hälsoskyddsnämnden"
    ws["A3"] = "Period:"
    ws["B3"] = "Tertial 2 2025"
    ws["A4"] = "Upprättad av:"
    ws["B4"] = "Karin Ek, miljöchef"
    ws["D4"] = "Datum:"
    ws["E4"] = dt.date(2025, 9, 10)
    ws["E4"].number_format = "yyyy-mm-dd"
    for c in ("A2", "A3", "A4", "D4"):
        ws[c].font = Font(bold=True)

    header = ["Process", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status", "Kommentar / åtgärd"]
    for c, h in enumerate(header, 1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = HEAD
        cell.border = border
        cell.alignment = Alignment(wrap_text=True, vertical="center")

    data = [
        ("1. Myndighetsutövning", None),
        (("Tillsyn", "Tillsynsplanen följs inte", "Tillsynsbesök genomförs enligt tillsynsplanen",
          "Avstämning i Ecos mot tillsynsplan", "Enhetschef miljö", YELLOW,
          "62 % av planerade besök genomförda, arbetet fortsätter under hösten."), ("DELVIS", "")),
        (("Rättssäker handläggning", "Beslut fattas utan att\nparten fått yttra sig",
          "Kommunicering sker före beslut om föreläggande", "Stickprov 10 ärenden", "Miljöinspektör", GREEN,
          "Samtliga 10 ärenden kommunicerade."), ("GENOMFORD", "nej")),
        (("Livsmedelskontroll", "Debitering uteblir",
          "Avgift för extra offentlig kontroll debiteras", "Stickprov 15 kontroller", "Livsmedelsinspektör", GREEN,
          "2 kontroller ej debiterade, fakturerade i efterhand."), ("GENOMFORD", "ja")),
        (("Delegation", "Beslut fattas utan\ngiltig delegation",
          "Delegationsbeslut anmäls till nämnden", "Genomgång av anmälningslistor", "Nämndsekreterare", RED,
          "Ej genomförd p.g.a. vakans."), ("EJ_GENOMFORD", "")),
        ("2. Ekonomi", None),
        (("Fakturering", "Årliga tillsynsavgifter\nfaktureras inte",
          "Årsavgifter fakturerade för samtliga registrerade anläggningar", "Avstämning Ecos – Raindance",
          "Administratör", GREEN, None), ("GENOMFORD", "")),
        (("Attest", "Felaktig attest",
          "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 10 fakturor", "Miljöchef", GREEN,
          "Inga avvikelser."), ("GENOMFORD", "nej")),
        (("Taxa", "Felaktig timdebitering",
          "Tidredovisning för timdebiterade ärenden", "Stickprov", "Enhetschef hälsoskydd", GREY,
          "Utgår – ny taxemodell med fast årsavgift från 2025."), ("UTGAR", "")),
        ("3. Administration", None),
        (("Diarieföring", "Handlingar registreras inte",
          "Inkomna klagomål registreras i Ecos inom 3 arbetsdagar", "Stickprov 20 klagomål", "Administratör",
          None, None), ("SAKNAS", "")),
        (("Arkiv", "Handlingar gallras felaktigt",
          "Gallring sker enligt dokumenthanteringsplanen", "Kontroll av gallringsbeslut", "Arkivredogörare", RED,
          "Planeras till oktober."), ("EJ_GENOMFORD", "")),
    ]
    r = 7
    for item, exp in data:
        if exp is None:
            ws.cell(row=r, column=1, value=item).font = Font(bold=True)
            for c in range(1, 8):
                ws.cell(row=r, column=c).fill = GROUP
                ws.cell(row=r, column=c).border = border
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            proc, risk, km, metod, ans, fill, kom = item
            for c, v in enumerate([proc, risk, km, metod, ans, None, kom], 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = border
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if fill is not None:
                ws.cell(row=r, column=6).fill = fill
            EXPECTED.append((fil, nm, km, exp[0], exp[1]))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Antal kontrollmoment: 9").font = Font(italic=True)
    r += 2
    ws.cell(row=r, column=1, value="Teckenförklaring status:").font = Font(bold=True)
    legend = [(GREEN, "Genomförd"), (YELLOW, "Pågår / delvis genomförd"), (RED, "Ej genomförd"),
              (GREY, "Utgår")]
    for fill, txt in legend:
        r += 1
        ws.cell(row=r, column=1).fill = fill
        ws.cell(row=r, column=1).border = border
        ws.cell(row=r, column=2, value=txt)
    r += 3
    ws.cell(row=r, column=1, value="Underskrift:")
    ws.cell(row=r, column=2, value="______________________________")
    ws.cell(row=r + 1, column=2, value="Karin Ek, miljöchef")

    for col, w in zip("ABCDEFG", [22, 26, 44, 30, 22, 10, 50]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Miljö- och hälsoskyddsnämnden – internkontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "6:6"
    fix_props(wb, "Karin Ek")
    wb.save(fil)
    fixed_zip_times(fil)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 7. Google Sheets downloaded as CSV - Rödmyra Bostäder AB (checkboxes TRUE/FALSE)
# ---------------------------------------------------------------------------
def google_csv_rbab():
    fil = "Internkontroll 2025 Rödmyra Bostäder - T2.csv"
    nm = "Rödmyra Bostäder AB"
    rows = [
        ["Rödmyra Bostäder AB – internkontroll 2025, uppföljning tertial 2", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Område", "Kontrollmoment", "Ansvarig", "Kontroll utförd", "Avvikelse", "Kommentar", "Datum"],
    ]
    data = [
        ("Hyresadministration", "Hyresavier och hyreshöjningar enligt förhandlingsöverenskommelsen",
         "Ekonomiansvarig", "TRUE", "FALSE", "Stickprov 25 kontrakt", "2025-08-20", ("GENOMFORD", "nej")),
        ("Hyresadministration", "Kravhantering av hyresskulder enligt kravrutinen",
         "Uthyrningschef", "TRUE", "TRUE", "4 ärenden skickade till inkasso för sent, rutinen gås igenom på APT",
         "2025-08-22", ("GENOMFORD", "ja")),
        ("Fastighetsförvaltning", "Obligatorisk ventilationskontroll (OVK) utförs enligt intervall",
         "Förvaltare", "FALSE", "FALSE", "Pågår, 9 av 14 fastigheter klara", "", ("DELVIS", "nej")),
        ("Fastighetsförvaltning", "Systematiskt brandskyddsarbete (SBA) dokumenteras",
         "Säkerhetsansvarig", "TRUE", "FALSE", "", "2025-06-30", ("GENOMFORD", "nej")),
        ("Inköp", "Avrop från ramavtal för entreprenader följer avtalsvillkoren",
         "Inköpsansvarig", "FALSE", "FALSE", "Ej påbörjad – görs i samband med bokslutet", "",
         ("EJ_GENOMFORD", "nej")),
        ("Ekonomi", "Fakturor över 100 tkr attesteras av VD", "Ekonomichef", "TRUE", "FALSE", "",
         "2025-08-29", ("GENOMFORD", "nej")),
        ("Styrning", "Rapportering enligt ägardirektivet till kommunstyrelsen", "VD", "FALSE", "FALSE",
         "Utgår, rapporteras i stället via bolagsstyrningsrapporten", "", ("UTGAR", "nej")),
    ]
    for d in data:
        rows.append(list(d[:7]))
        EXPECTED.append((fil, nm, d[1], d[7][0], d[7][1]))
    for _ in range(12):
        rows.append(["", "", "", "FALSE", "FALSE", "", ""])
    with open(fil, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=",", lineterminator="\r\n")
        w.writerows(rows)
    FILES.append((fil, "INLAST", nm, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. Reject: a failed Google download - sign-in page saved as .xlsx
# ---------------------------------------------------------------------------
def reject_google_login():
    fil = "Internkontrollplan 2025 Tekniska nämnden – uppföljning.xlsx"
    html = """<!doctype html><html lang="sv" dir="ltr"><head><meta charset="utf-8">
<title>Logga in – Google Konton</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="shortcut icon" href="//ssl.gstatic.com/accounts/ui/favicon.ico"></head>
<body><div id="initialView"><h1>Logga in</h1><p>Fortsätt till Google Kalkylark</p>
<form method="post" action="https://accounts.google.com/v3/signin/identifier">
<label>E-postadress eller telefonnummer</label><input type="email" name="identifier">
<a href="#">Har du glömt din e-postadress?</a>
<p>Är det inte din dator? Använd gästläget för att logga in privat.</p>
<button type="submit">Nästa</button></form></div></body></html>
"""
    with open(fil, "w", encoding="utf-8") as f:
        f.write(html)
    FILES.append((fil, "AVVISAD", "", "", ""))


def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TEK"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Rödmyra Bostäder AB", "RBAB|Rödmyra Bostäder|Rödmyrabostäder"),
        ("Räddningstjänstförbundet Rödmyra–Ås", "RFRÅ|Räddningstjänsten Rödmyra–Ås"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    google_sheets_bun()
    forms_sn()
    netigate()
    sharepoint_ks()
    teams_wiki_kfn()
    excel_mhn()
    google_csv_rbab()
    reject_google_login()
    registers()
    print(len(FILES), "file rows;", len(EXPECTED), "controls")
