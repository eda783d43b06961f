#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r192 — Rosendal kommun, helår 2025 (big files).
Builds every follow-up file plus namnder.csv, files.csv, expected.csv deterministically."""
import os, csv, subprocess, shutil, glob
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round192"]
EXP = []      # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []    # (fil, utfall, nämnd, år, period)

def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)

thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

def lo_convert(src, fmt, outname):
    tmp = "/tmp/lo-r192-out"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = glob.glob(os.path.join(tmp, "*"))
    assert len(produced) == 1, produced
    shutil.move(produced[0], os.path.join(OUT, outname))
    shutil.rmtree(tmp, ignore_errors=True)

# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen — big workbook, subtotals, outline, hidden rows, autofilter, frozen panes
# ---------------------------------------------------------------------------
KS_FILE = "KS_Internkontroll_2025_helar.xlsx"
# (process, kontrollmoment, riskvärde, metod, ansvarig, statusT2, statusHelår, avvikelse, kommentar, exp_status, exp_avv, hidden)
KS = [
 ("Ekonomi och redovisning", [
  ("Attest av leverantörsfakturor enligt attestordningen", 12, "Stickprov 40 fakturor/tertial ur Proceedo", "Redovisningschef", "Genomförd", "Genomförd", "Nej", "Samtliga 120 stickprov korrekt attesterade.", "GENOMFORD", "nej", False),
  ("Kontroll av att avstämning av balanskonton sker månadsvis", 9, "Genomgång av avstämningsmallar per månad", "Redovisningsekonom", "Genomförd", "Genomförd – avvikelse", "Ja", "Konto 2990 och 1790 ej avstämda för maj och juni. Rutinen har förtydligats och ansvar fördelats.", "GENOMFORD", "ja", False),
  ("Momsredovisning – kontroll av avdragen ingående moms på representation", 8, "Stickprov 25 verifikationer", "Redovisningsekonom", "Pågår", "Genomförd", "Nej", "Inga felaktiga avdrag hittades.", "GENOMFORD", "nej", False),
  ("Kontroll av förtroendekänsliga poster (representation, resor, gåvor)", 12, "Granskning av samtliga poster > 2 000 kr", "Ekonomichef", "Pågår", "Genomförd – avvikelse", "Ja", "3 av 46 poster saknade deltagarförteckning. Återkopplat till berörda chefer.", "GENOMFORD", "ja", False),
  ("Kundfakturering – att fakturering sker inom 30 dagar efter utförd tjänst", 6, "Uttag ur Raindance, jämförelse leveransdatum", "Ekonomiassistent", "Ej påbörjad", "Pågår", "", "Uttag gjort, analys av december återstår.", "DELVIS", "", False),
 ]),
 ("Upphandling och inköp", [
  ("Köptrohet mot ramavtal – andel inköp hos avtalsleverantör", 12, "Spendanalys helår", "Upphandlingschef", "Pågår", "Genomförd", "Ja", "Köptroheten 81 % (mål 90 %). Avvikelse rapporteras till KSAU, informationsinsats planeras Q1 2026.", "GENOMFORD", "ja", False),
  ("Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen", 9, "Granskning av samtliga dokumentationer i TendSign", "Upphandlare", "Pågår", "Pågår", "", "Granskning av 14 av 22 direktupphandlingar klar.", "DELVIS", "", False),
  ("Kontroll av att avtal finns registrerade i avtalsdatabasen", 6, "Jämförelse leverantörsreskontra mot avtalsdatabas", "Upphandlingschef", "", "", "", "", "SAKNAS", "", False),
  ("Uppföljning av leverantörers skatter och avgifter (Skatteverket/UC)", 8, "Månatlig körning för leverantörer > 500 tkr", "Upphandlare", "Genomförd", "", "", "", "GENOMFORD", "", False),
 ]),
 ("Löner och personal", [
  ("Kontroll av att chefer attesterar lönelistor innan utbetalning", 12, "Uttag attestlogg Heroma, 3 månader", "HR-chef", "Genomförd", "Genomförd", "Nej", "Alla lönelistor attesterade i tid.", "GENOMFORD", "nej", False),
  ("Behörigheter i lönesystemet stäms av mot aktuell organisation", 9, "Avstämning behörighetslista mot anställningsregister", "Lönechef", "Pågår", "Ej genomförd", "", "Skjuts till 2026 p.g.a. systembyte i lönesystemet.", "EJ_GENOMFORD", "", False),
  ("Registerkontroll mot belastningsregistret vid anställning inom barnomsorg/skola", 12, "Stickprov 20 nyanställningar", "HR-specialist", "Genomförd", "Genomförd", "Nej", "Utförd i T2, inga avvikelser.", "GENOMFORD", "nej", False),
  ("Uppföljning av korttidsfrånvaro och rehabiliteringsärenden", 6, "Rapport ur Adato", "HR-specialist", "Pågår", "", "", "Kontrollen är genomförd för helåret, inga avvikelser mot rehabiliteringsrutinen.", "GENOMFORD", "nej", False),
 ]),
 ("IT och informationssäkerhet", [
  ("Avslut av behörigheter när anställning upphör", 16, "Jämförelse AD-konton mot avslutade anställningar", "IT-chef", "Genomförd", "Genomförd – avvikelse", "Ja", "11 konton var fortfarande aktiva > 30 dagar efter avslut. Automatisk avaktivering införd i november.", "GENOMFORD", "ja", False),
  ("Test av återläsning av säkerhetskopior", 12, "Återläsningstest två system", "Driftansvarig", "Ej påbörjad", "Genomförd", "Nej", "Återläsning av ekonomisystem och ärendesystem testad med godkänt resultat.", "GENOMFORD", "nej", False),
  ("Loggkontroll i verksamhetssystem med personuppgifter", 9, "Stickprov loggar", "Informationssäkerhetssamordnare", "Pågår", "Se bilaga 2", "", "", "OKLAR", "", False),
  ("Personuppgiftsbiträdesavtal finns för samtliga molntjänster", 8, "Genomgång av systemförteckning", "Dataskyddsombud", "Pågår", "Pågår", "", "Avtal saknas för 4 av 37 tjänster, begärda.", "DELVIS", "ja", False),
 ]),
 ("Dokument- och ärendehantering", [
  ("Diarieföring av inkomna handlingar sker inom två arbetsdagar", 6, "Stickprov 30 ärenden i Ciceron", "Kanslichef", "Genomförd", "Genomförd", "Nej", "", "GENOMFORD", "nej", True),
  ("Delegationsbeslut anmäls till kommunstyrelsen", 9, "Jämförelse delegationslista mot protokoll", "Nämndsekreterare", "Genomförd", "Genomförd", "Nej", "", "GENOMFORD", "nej", True),
  ("Utlämnande av allmän handling hanteras skyndsamt", 6, "Genomgång av begäranden i ärendesystemet", "Kanslichef", "Pågår", "Genomförd", "Nej", "Median handläggningstid 1 dag.", "GENOMFORD", "nej", True),
 ]),
 ("Säkerhet och beredskap", [
  ("Krisledningsplanen är uppdaterad och övad", 12, "Dokumentgranskning och övning", "Säkerhetssamordnare", "Pågår", "Delvis genomförd", "", "Planen uppdaterad, övning genomförd endast för krisledningsstaben.", "DELVIS", "", False),
  ("Kontroll av att utrymningsövningar genomförs i kommunhuset", 6, "Protokoll från övningar", "Lokalansvarig", "Genomförd", "Genomförd", "Nej", "", "GENOMFORD", "nej", False),
  ("Nyckel- och passerkortshantering – återlämning vid avslut", 8, "Avstämning passersystem mot HR", "Säkerhetssamordnare", "Ej påbörjad", "Ej genomförd", "", "Ej genomförd på grund av vakans.", "EJ_GENOMFORD", "", False),
 ]),
 ("Styrning och uppföljning", [
  ("Uppföljning av att fullmäktiges beslut verkställs", 9, "Genomgång av beslutslogg", "Kommundirektör", "Pågår", "Genomförd", "Nej", "", "GENOMFORD", "nej", False),
  ("Kontroll av att bisysslor är anmälda och prövade", 8, "Enkät till chefer och stickprov", "HR-chef", "Pågår", "Genomförd – avvikelse", "Ja", "Två bisysslor saknade prövning, hanterade under hösten.", "GENOMFORD", "ja", False),
  ("Representation redovisas med syfte och deltagare", 6, "—", "Ekonomichef", "Utgår", "Utgår", "", "Utgår – ersatt av kontrollen av förtroendekänsliga poster enligt KS beslut 2025-03-12 § 41.", "UTGAR", "", "HIDDEN"),
  ("Prognossäkerhet – avvikelse mellan prognos och utfall per verksamhet", 9, "Analys av månadsprognoser", "Controller", "Pågår", "Genomförd", "Nej", "Avvikelse helår 0,8 % mot augustiprognos.", "GENOMFORD", "nej", False),
 ]),
 ("Kommunövergripande", [
  ("Uppsiktsplikt – bolagens internkontrollrapporter inkommer och granskas", 9, "Genomgång av inkomna rapporter", "Kommunsekreterare", "Pågår", "Genomförd", "Nej", "Rosendals Energi AB och Rosendalsbostäder AB har rapporterat.", "GENOMFORD", "nej", False),
  ("Kontroll av att nämndernas internkontrollplaner antas före mars", 6, "Genomgång av protokoll", "Kommunsekreterare", "Genomförd", "Genomförd", "Nej", "", "GENOMFORD", "nej", False),
 ]),
]

def build_ks():
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: Helår (uppföljning per 2025-12-31). Fastställd av KS 2026-02-10 § 17."
    ws["A3"] = "Statusvärden: Genomförd / Genomförd – avvikelse / Delvis genomförd / Pågår / Ej påbörjad / Ej genomförd / Utgår. Riskvärde = sannolikhet × konsekvens (1–16)."
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Riskvärde", "Kontrollmetod / omfattning", "Ansvarig",
           "Status T2", "Status helår", "Avvikelse (Ja/Nej)", "Kommentar helår"]
    HR = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(HR, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = HR + 1
    first_data = r
    sub_rows = []
    for gi, (proc, rows) in enumerate(KS, 1):
        start = r
        for ci, row in enumerate(rows, 1):
            km, risk, metod, ansv, t2, hel, avv, kom, es, ea, hid = row
            vals = ["%d.%d" % (gi, ci), proc, km, risk, metod, ansv, t2, hel, avv, kom]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
            if hel.startswith("Genomförd"):
                ws.cell(r, 8).fill = fill("C6EFCE")
            elif hel in ("Pågår", "Delvis genomförd"):
                ws.cell(r, 8).fill = fill("FFEB9C")
            elif hel.startswith("Ej"):
                ws.cell(r, 8).fill = fill("FFC7CE")
            rd = ws.row_dimensions[r]
            rd.outline_level = 2
            if hid is True:            # collapsed group
                rd.hidden = True
            if hid == "HIDDEN":        # single row hidden by hand
                rd.hidden = True
            EXP.append((KS_FILE, "Kommunstyrelsen", km, es, ea))
            r += 1
        end = r - 1
        ws.cell(r, 2, "%s Antal" % proc).font = Font(bold=True)
        ws.cell(r, 8, "=SUBTOTAL(3,H%d:H%d)" % (start, end)).font = Font(bold=True)
        ws.cell(r, 3, '=COUNTIF(H%d:H%d,"Genomförd*")&" av "&ROWS(H%d:H%d)&" genomförda"' % (start, end, start, end)).font = Font(bold=True, italic=True)
        for c in range(1, 11):
            ws.cell(r, c).fill = fill("DDEBF7")
            ws.cell(r, c).border = BOX
        ws.row_dimensions[r].outline_level = 1
        if KS[gi - 1][1][0][10] is True:
            ws.row_dimensions[r].collapsed = True
        sub_rows.append(r)
        r += 1
    ws.cell(r, 2, "Totalt antal").font = Font(bold=True)
    ws.cell(r, 8, "=SUBTOTAL(3,H%d:H%d)" % (first_data, r - 1)).font = Font(bold=True)
    for c in range(1, 11):
        ws.cell(r, c).fill = fill("9BC2E6")
    last = r
    r += 2
    ws.cell(r, 1, "Underskrift: Kommundirektör Helena Forsman, 2026-01-28")
    ws.sheet_properties.outlinePr.summaryBelow = True
    ws.freeze_panes = "D6"
    ws.auto_filter.ref = "A%d:J%d" % (HR, last - 1)
    widths = [6, 24, 48, 9, 34, 20, 13, 20, 11, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.print_title_rows = "5:5"
    ws.oddHeader.center.text = "Rosendal kommun – Kommunstyrelsen"
    # second sheet: risk matrix (not controls)
    ws2 = wb.create_sheet("Riskmatris")
    ws2["A1"] = "Riskmatris – sannolikhet × konsekvens"
    ws2["A1"].font = Font(bold=True)
    for i in range(1, 5):
        ws2.cell(2, i + 1, "K%d" % i)
        ws2.cell(i + 2, 1, "S%d" % i)
        for j in range(1, 5):
            ws2.cell(i + 2, j + 1, i * j)
    wb.save(KS_FILE)
    FILES.append((KS_FILE, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 2. Socialnämnden — two sheets, status by fill colour only (legend at top)
# ---------------------------------------------------------------------------
SN_FILE = "SN_Uppfoljning_IKP_2025_helar.xlsx"
G, Y, R, GR, NONE = "92D050", "FFFF00", "FF0000", "BFBFBF", None
SN = {
 "IFO": ("Individ- och familjeomsorg", [
  ("Myndighetsutövning", "Utredningar barn och unga avslutas inom fyra månader (SoL 11:2)", "Uttag ur Treserva, samtliga utredningar", G, "92 % avslutade i tid. Förlängningsbeslut fanns för övriga.", "", "GENOMFORD", "nej"),
  ("Myndighetsutövning", "Förhandsbedömning av orosanmälan sker inom 14 dagar", "Stickprov 30 anmälningar", G, "4 av 30 bedömdes efter 15–19 dagar.", "Uppföljning på APT, veckovis bevakningslista.", "GENOMFORD", "ja"),
  ("Ekonomiskt bistånd", "Beloppskontroll av utbetalningar av ekonomiskt bistånd", "Stickprov 50 utbetalningar", G, "Inga felaktiga utbetalningar.", "", "GENOMFORD", "nej"),
  ("Ekonomiskt bistånd", "Kontroll mot Skatteverket/CSN/Försäkringskassan (SSBTEK) innan beslut", "Stickprov 25 akter", Y, "Kontroll saknades i 6 av 25 akter. Utbildningsinsats pågår.", "Ny checklista.", "DELVIS", "ja"),
  ("Placeringar", "Avtal finns för samtliga externa placeringar (HVB, familjehem)", "Genomgång av samtliga placeringar", G, "", "", "GENOMFORD", ""),
  ("Placeringar", "Uppföljning av placerade barn sker enligt vårdplan", "Stickprov 15 akter", NONE, "Stickprov 8 av 15 akter granskade, resterande granskas i januari 2026.", "", "DELVIS", ""),
  ("Dokumentation", "Loggkontroll i Treserva – otillbörlig åtkomst", "Månatlig loggkontroll", R, "Ej genomförd under hösten p.g.a. vakant tjänst som systemförvaltare.", "Genomförs Q1 2026.", "EJ_GENOMFORD", ""),
  ("Dokumentation", "Journalanteckningar förs löpande och signeras", "Stickprov 20 akter", NONE, "Se bilaga 3.", "", "OKLAR", ""),
  ("Ekonomi", "Fakturakontroll av köpta platser mot beslut", "Stickprov 20 fakturor", G, "Två fakturor avsåg dygn efter utskrivning, kreditering begärd.", "", "GENOMFORD", "ja"),
  ("Hot och våld", "Handlingsplan vid hot och våld är känd på samtliga enheter", "Genomgång på APT", GR, "Utgår – ingår i förvaltningens arbetsmiljöplan enligt SN 2025-04-23 § 52.", "", "UTGAR", ""),
 ]),
 "Äldreomsorg": ("Vård och omsorg för äldre", [
  ("Biståndshandläggning", "Beslut om särskilt boende verkställs inom tre månader", "Uttag ur Treserva", Y, "3 ej verkställda beslut rapporterade till IVO.", "", "DELVIS", "ja"),
  ("Biståndshandläggning", "Genomförandeplan upprättas inom 14 dagar efter beslut", "Stickprov 30 brukare", G, "27 av 30 inom tid.", "", "GENOMFORD", "ja"),
  ("Hemtjänst", "Registrering av utförd tid i TES stämmer mot beviljad tid", "Jämförelse per brukare, oktober", G, "Inga väsentliga avvikelser.", "", "GENOMFORD", "nej"),
  ("Hemtjänst", "Nyckelhantering – kvittens av nycklar till brukare", "Inventering", NONE, "", "", "SAKNAS", ""),
  ("Hälso- och sjukvård", "Läkemedelshantering – avvikelser rapporteras i avvikelsesystemet", "Genomgång MAS", G, "Rapportering fungerar, 212 avvikelser hanterade.", "", "GENOMFORD", "nej"),
  ("Hälso- och sjukvård", "Delegeringar för läkemedelsöverlämnande är giltiga", "Stickprov 40 medarbetare", R, "Ej genomförd.", "Prioriteras 2026.", "EJ_GENOMFORD", ""),
  ("Särskilt boende", "Brukarnas egna medel hanteras enligt rutin", "Kontroll av kassabok på 4 boenden", G, "Differens 340 kr på ett boende, utrett.", "", "GENOMFORD", "ja"),
  ("Särskilt boende", "Brandskyddskontroll – systematiskt brandskyddsarbete (SBA)", "Egenkontroll per boende", Y, "Genomfört på 3 av 5 boenden.", "", "DELVIS", ""),
  ("Ekonomi", "Debitering av omsorgsavgifter är korrekt", "Stickprov 30 avgiftsbeslut", G, "Inga fel.", "", "GENOMFORD", "nej"),
  ("Personal", "Bemanningsschema följer beslutad budget", "Månadsuppföljning", G, "", "", "GENOMFORD", ""),
 ]),
}

def build_sn():
    wb = Workbook()
    first = True
    for sheet, (verks, rows) in SN.items():
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sheet
        ws["A1"] = "Socialnämnden"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Uppföljning internkontrollplan 2025 – helår"
        ws["A3"] = "Verksamhet: " + verks
        ws["F2"] = "Teckenförklaring:"
        ws["F2"].font = Font(bold=True)
        leg = [(G, "Genomförd"), (Y, "Delvis genomförd"), (R, "Ej genomförd"), (GR, "Utgår")]
        for i, (col, txt) in enumerate(leg):
            ws.cell(3 + i // 2, 6 + (i % 2) * 2).fill = fill(col)
            ws.cell(3 + i // 2, 7 + (i % 2) * 2, txt)
        hdr = ["Nr", "Process", "Kontrollmoment", "Metod / omfattning", "Ansvarig", "Status", "Resultat / kommentar", "Åtgärd"]
        HR = 6
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(HR, c, h)
            cell.font = Font(bold=True)
            cell.fill = fill("D9D9D9")
            cell.border = BOX
        r = HR + 1
        prev = None
        for i, (proc, km, metod, col, res, atg, es, ea) in enumerate(rows, 1):
            ws.cell(r, 1, i)
            ws.cell(r, 2, proc if proc != prev else None)
            ws.cell(r, 3, km)
            ws.cell(r, 4, metod)
            ws.cell(r, 5, "Enhetschef " + ("IFO" if sheet == "IFO" else "ÄO"))
            if col:
                ws.cell(r, 6).fill = fill(col)
            ws.cell(r, 7, res or None)
            ws.cell(r, 8, atg or None)
            for c in range(1, 9):
                ws.cell(r, c).border = BOX
                ws.cell(r, c).alignment = WRAP
            EXP.append((SN_FILE, "Socialnämnden", km, es, ea))
            prev = proc
            r += 1
        ws.cell(r + 1, 1, "Upprättad av: kvalitetsutvecklare Sara Lindqvist, Socialförvaltningen")
        for i, w in enumerate([5, 22, 50, 28, 18, 9, 50, 26], 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.freeze_panes = "A7"
    wb.save(SN_FILE)
    FILES.append((SN_FILE, "INLAST", "Socialnämnden", "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden — long Word table across several pages
# ---------------------------------------------------------------------------
BUN_FILE = "BUN uppföljning internkontrollplan helår 2025.docx"
FILLER = (" Granskningen har genomförts av förvaltningens controller tillsammans med berörda rektorer och "
          "resultatet har redovisats i ledningsgruppen. Underlaget finns diariefört i ärendet.")
BUN = [
 ("Ekonomi", [
  ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor per halvår.", "Samtliga fakturor i stickprovet var korrekt attesterade av behörig attestant." + FILLER, "Genomförd", "GENOMFORD", "nej"),
  ("Inköp sker från upphandlade leverantörer", "Spendanalys per skolenhet.", "Köptroheten var 86 %. Inköp av läromedel utanför avtal förekom på två enheter." + FILLER, "Genomförd med avvikelse", "GENOMFORD", "ja"),
  ("Hantering av kontanta medel och handkassor", "Inventering av handkassor på samtliga enheter.", "Inventering gjord på 9 av 14 enheter. Resterande enheter inventeras i februari 2026." + FILLER, "Delvis genomförd", "DELVIS", ""),
  ("Interkommunala ersättningar faktureras korrekt", "Avstämning elevregister mot fakturering.", "Avstämning gjord för vårterminen. Höstterminen har inte stämts av." + FILLER, "Delvis genomförd", "DELVIS", ""),
 ]),
 ("Elevhälsa och trygghet", [
  ("Anmälan om kränkande behandling till huvudman sker skyndsamt", "Genomgång av samtliga anmälningar i DF Respons.", "214 anmälningar. 92 % anmäldes till huvudman inom fem dagar. Rutinen har påmints om." + FILLER, "Genomförd med avvikelse", "GENOMFORD", "ja"),
  ("Elevhälsans journaler förs enligt patientdatalagen", "Granskning av 20 journaler (MLA).", "Ej genomförd då verksamhetschef för medicinska insatser varit vakant under hösten." + FILLER, "Ej genomförd", "EJ_GENOMFORD", ""),
  ("Frånvarouppföljning – upprepad frånvaro utreds", "Stickprov 25 elever med över 15 % frånvaro.", "Utredning påbörjad för samtliga. I 7 fall saknas dokumenterad kontakt med vårdnadshavare." + FILLER, "Genomförd med avvikelse", "GENOMFORD", "ja"),
 ]),
 ("Myndighetsutövning", [
  ("Beslut om skolskjuts fattas enligt delegationsordningen", "Stickprov 20 beslut.", "Samtliga beslut fattade av behörig delegat och anmälda till nämnden." + FILLER, "Genomförd", "GENOMFORD", "nej"),
  ("Mottagande i grundsärskola föregås av fullständig utredning", "Genomgång av samtliga mottagandebeslut.", "Kontrollen utgår då ansvaret överförts till gymnasie- och vuxenutbildningen enligt BUN 2025-05-20 § 61." + FILLER, "Utgår", "UTGAR", ""),
  ("Placering i förskola erbjuds inom fyra månader", "Uttag ur Procapita.", "Samtliga placeringar erbjudna inom garantitiden." + FILLER, "Genomförd", "GENOMFORD", "nej"),
 ]),
 ("Personal och arbetsmiljö", [
  ("Utdrag ur belastningsregistret visas före anställning", "Stickprov 30 nyanställda.", "Utdrag saknades för en timanställd vikarie. Personen har visat utdrag i efterhand." + FILLER, "Genomförd med avvikelse", "GENOMFORD", "ja"),
  ("Lärarlegitimation kontrolleras vid anställning", "Stickprov 20 anställningar.", "Samtliga kontrollerade mot Skolverkets register." + FILLER, "Genomförd", "GENOMFORD", "nej"),
  ("Systematiskt arbetsmiljöarbete – skyddsronder genomförs", "Protokoll från skyddsronder.", "Skyddsronder genomförda på samtliga enheter utom två som flyttat till nya lokaler." + FILLER, "Pågår", "DELVIS", ""),
  ("Informationssäkerhet i lärplattformen – behörigheter avslutas", "Jämförelse konton mot elev- och personalregister.", "" , "", "SAKNAS", ""),
 ]),
]

def set_cell_bg(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true")
    trPr.append(el)

def build_bun():
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Rosendal kommun · Utbildningsförvaltningen"
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", 1)
    d.add_paragraph("Barn- och utbildningsnämnden")
    d.add_paragraph("Dnr BUN 2025/0112. Handläggare: Jonas Ek, controller.")
    d.add_heading("Sammanfattning", 2)
    d.add_paragraph("Nämnden antog internkontrollplanen för 2025 den 2025-01-28 § 9. Planen omfattar fjorton kontrollmoment "
                    "fördelade på fyra processer. Uppföljningen per helår visar att merparten av kontrollerna har genomförts. "
                    "Vid fyra kontroller har avvikelser konstaterats och åtgärder har vidtagits. Nedan redovisas varje "
                    "kontrollmoment med metod, resultat och status.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod och omfattning", "Resultat helår 2025", "Status"]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]; c.text = h
        c.paragraphs[0].runs[0].bold = True
        set_cell_bg(c, "BDD7EE")
    repeat_header(t.rows[0])
    for proc, rows in BUN:
        rr = t.add_row()
        m = rr.cells[0].merge(rr.cells[4])
        m.text = proc.upper()
        m.paragraphs[0].runs[0].bold = True
        set_cell_bg(m, "F2F2F2")
        for km, metod, res, status, es, ea in rows:
            rr = t.add_row().cells
            rr[0].text = proc
            rr[1].text = km
            rr[2].text = metod
            rr[3].text = res
            if res:
                rr[3].add_paragraph("Åtgärd: uppföljning sker i ordinarie dialog med rektor under 2026.")
            rr[4].text = status
            EXP.append((BUN_FILE, "Barn- och utbildningsnämnden", km, es, ea))
    widths = [Cm(3.5), Cm(6), Cm(4.5), Cm(9), Cm(2.7)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph()
    d.add_paragraph("Rosendal 2026-01-20")
    d.add_paragraph("Maria Holm\nFörvaltningschef, Utbildningsförvaltningen")
    d.save(BUN_FILE)
    FILES.append((BUN_FILE, "INLAST", "Barn- och utbildningsnämnden", "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 4. Miljö- och byggnadsnämnden — small .ods, förvaltning name only, Ja/Nej/Delvis
# ---------------------------------------------------------------------------
MBN_FILE = "SBF_intern_kontroll_2025.ods"
MBN = [
 ("Handläggningstid för bygglov inom 10 veckor (PBL 9:27)", "Ja", "Nej", "Median 5 veckor.", "GENOMFORD", "nej"),
 ("Avgiftsuttag enligt taxa vid tillsyn", "Ja", "Ja", "Två ärenden debiterade med fel timtaxa, korrigerat.", "GENOMFORD", "ja"),
 ("Delegationsbeslut anmäls till nämnden", "Ja", "Nej", "", "GENOMFORD", "nej"),
 ("Livsmedelskontroller genomförs enligt kontrollplan", "Delvis", "Ja", "78 % av planerade kontroller utförda.", "DELVIS", "ja"),
 ("Jäv – handläggare har intygat att jäv inte föreligger", "Nej", "", "Rutin saknas ännu, tas fram 2026.", "EJ_GENOMFORD", ""),
 ("Arkivering av avslutade bygglovsärenden", "", "", "Kontrollen har inte genomförts.", "EJ_GENOMFORD", ""),
]

def build_mbn():
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Samhällsbyggnadsförvaltningen"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Uppföljning intern kontroll 2025 – helår"
    hdr = ["Kontrollmoment", "Genomförd (Ja/Nej/Delvis)", "Avvikelse", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        ws.cell(4, c, h).font = Font(bold=True)
    for i, (km, g, a, k, es, ea) in enumerate(MBN):
        for c, v in enumerate([km, g, a, k], 1):
            ws.cell(5 + i, c, v or None)
        EXP.append((MBN_FILE, "Miljö- och byggnadsnämnden", km, es, ea))
    ws.cell(13, 1, "Redovisas för Miljö- och byggnadsnämnden 2026-02-05")
    for i, w in enumerate([55, 14, 10, 45], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    tmp = "/tmp/r192_mbn.xlsx"
    wb.save(tmp)
    lo_convert(tmp, "ods", MBN_FILE)
    os.remove(tmp)
    FILES.append((MBN_FILE, "INLAST", "Miljö- och byggnadsnämnden", "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 5. Stratsys export — Tekniska nämnden + Kultur- och fritidsnämnden, long format per period
# ---------------------------------------------------------------------------
CSV_FILE = "Stratsys_export_IK_2025-12-31.csv"
STR = [
 ("Tekniska förvaltningen", "Tekniska nämnden", [
  ("Ekonomi", "Kontroll av att entreprenadfakturor stämmer mot ÄTA-beslut", ("Pågående", "Klar"), "Stickprov 15 fakturor utan anmärkning.", "GENOMFORD", "nej"),
  ("Fastighet", "Myndighetskrav – OVK och hissbesiktning utförda i tid", ("Pågående", "Klar"), "OVK försenad för Rosendalsskolan, åtgärdad i november.", "GENOMFORD", "ja"),
  ("Fordon", "Körjournaler förs för kommunens fordon", ("Ej påbörjad", "Pågående"), "Hälften av fordonen kontrollerade.", "DELVIS", ""),
  ("VA", "Provtagning av dricksvatten enligt kontrollprogram", ("Klar", "Klar"), "", "GENOMFORD", ""),
  ("Gata/park", "Vinterväghållning – entreprenörens rapportering följs upp", ("Ej påbörjad", "Avbruten"), "Avbruten enligt beslut TN 2025-09-17 § 88 – ny entreprenör från 2026.", "UTGAR", ""),
  ("Upphandling", "Avtalstrohet vid inköp av material", ("Ej påbörjad", "Ej påbörjad"), "Skjuts upp till 2026.", "EJ_GENOMFORD", ""),
 ]),
 ("Kultur- och fritidsförvaltningen", "Kultur- och fritidsnämnden", [
  ("Bidrag", "Föreningsbidrag utbetalas enligt riktlinjer och beslut", ("Pågående", "Klar"), "Två föreningar hade fel medlemsantal – återkrav skickat.", "GENOMFORD", "ja"),
  ("Bidrag", "Redovisning av bidrag från föreningar inkommer", ("Pågående", "Pågående"), "12 av 31 redovisningar saknas.", "DELVIS", "ja"),
  ("Kassahantering", "Kassaredovisning på badhuset stäms av dagligen", ("Klar", "Klar"), "Inga differenser.", "GENOMFORD", "nej"),
  ("Lokaler", "Bokning och debitering av lokaler i Interbook", ("Pågående", ""), "", "DELVIS", ""),
  ("Bibliotek", "Hantering av personuppgifter i bibliotekssystemet", ("Ej påbörjad", "Ej påbörjad"), "", "EJ_GENOMFORD", ""),
 ]),
]

def build_csv():
    lines = []
    hdr = ["Organisation", "Nämnd", "Kontrollområde", "Kontrollmoment", "Uppföljningsperiod", "Status", "Kommentar", "Senast ändrad"]
    for org, namnd, rows in STR:
        for omr, km, (t2, hel), kom, es, ea in rows:
            lines.append([org, namnd, omr, km, "Tertial 2 2025", t2, "", "2025-09-05"])
            lines.append([org, namnd, omr, km, "Helår 2025", hel, kom, "2026-01-14" if hel else ""])
            EXP.append((CSV_FILE, namnd, km, es, ea))
    with open(CSV_FILE, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        w.writerow(hdr)
        w.writerows(lines)
    FILES.append((CSV_FILE, "INLAST", "Tekniska nämnden", "2025", "HELAR"))
    FILES.append((CSV_FILE, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 6. Rosendals Energi AB — small .doc with X tick columns
# ---------------------------------------------------------------------------
ENE_FILE = "Rosendals_Energi_IK_2025.doc"
ENE = [
 ("Elhandel – kontroll av att prisändringar aviseras kunder enligt avtalsvillkor", "X", "", "", "Aviseringar skickade 30 dagar före.", "GENOMFORD", "nej"),
 ("Attest av inköp över 50 000 kr av VD eller ekonomichef", "X", "", "", "En faktura attesterad av projektledare, rättad.", "GENOMFORD", "ja"),
 ("Mätarbyten registreras korrekt i mätvärdessystemet", "", "X", "", "Kontroll gjord för 60 % av bytena.", "DELVIS", ""),
 ("Kontroll av leverantörers F-skatt", "X", "X", "", "", "OKLAR", ""),
 ("Incidentrapportering enligt NIS-direktivet övas", "", "", "X", "Övning flyttad till mars 2026.", "EJ_GENOMFORD", ""),
]

def build_energi():
    d = Document()
    d.add_paragraph("ROSENDALS ENERGI AB").runs[0].bold = True
    d.add_heading("Uppföljning internkontrollplan", 1)
    d.add_paragraph("Period: januari–december 2025\nRapport till styrelsen och till kommunstyrelsen (uppsiktsplikt)")
    d.add_paragraph("Markera med X i rätt kolumn.")
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]):
        t.rows[0].cells[i].text = h
    for km, a, b, c, kom, es, ea in ENE:
        rr = t.add_row().cells
        for i, v in enumerate([km, a, b, c, kom]):
            rr[i].text = v
        EXP.append((ENE_FILE, "Rosendals Energi AB", km, es, ea))
    d.add_paragraph()
    d.add_paragraph("Rosendal 2026-01-30, Per Axelsson, VD")
    tmp = "/tmp/r192_energi.docx"
    d.save(tmp)
    lo_convert(tmp, "doc", ENE_FILE)
    os.remove(tmp)
    FILES.append((ENE_FILE, "INLAST", "Rosendals Energi AB", "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 7. Reject: Excel owner/lock file of the KS workbook
# ---------------------------------------------------------------------------
LOCK_FILE = "~$KS_Internkontroll_2025_helar.xlsx"

def build_lock():
    name = "Helena Forsman"
    b = bytes([len(name)]) + name.encode("ascii") + b" " * (54 - len(name))
    b += bytes([len(name), 0]) + name.encode("utf-16-le")
    b = b.ljust(165, b"\x00")
    with open(LOCK_FILE, "wb") as f:
        f.write(b)
    FILES.append((LOCK_FILE, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------------------
NAMNDER = [
 ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
 ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
 ("Barn- och utbildningsnämnden", "BUN|Utbildningsförvaltningen|Barn- och utbildningsförvaltningen"),
 ("Miljö- och byggnadsnämnden", "MBN|Samhällsbyggnadsförvaltningen|SBF"),
 ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
 ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
 ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
 ("Valnämnden", "VN"),
 ("Rosendals Energi AB", "Rosendal Energi|REAB|Energibolaget"),
 ("Rosendalsbostäder AB", "Rosendalsbostäder|RBAB"),
]

def main():
    for f in os.listdir(OUT):
        if f not in ("make_round.py", "README.md"):
            os.remove(os.path.join(OUT, f))
    build_ks(); build_sn(); build_bun(); build_mbn(); build_csv(); build_energi(); build_lock()
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write("%s;%s\n" % (n, a))
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXP)
    print("files:", len(FILES), "controls:", len(EXP))

if __name__ == "__main__":
    main()
