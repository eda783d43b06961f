#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 549 - Falköpings kommun, tertial 1 (jan-april) 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
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
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="r549_build_")
LO_PROFILE = "file:///tmp/lo-round549"
FIXED_DT = datetime.datetime(2025, 5, 9, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# Central template of the ekonomiavdelning ("Har kontrollen genomförts?")
# ---------------------------------------------------------------------------
CENTRAL_HEAD = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Frekvens",
                "Kontrollansvarig", "Har kontrollen genomförts?", "Resultat/kommentar",
                "Avvikelse noterad?", "Åtgärd vid avvikelse"]
CENTRAL_WIDTH = [5, 18, 42, 28, 12, 18, 16, 50, 12, 32]
STATUS_LIST = ["Ja", "Nej", "Delvis", "Ej aktuell"]


def instruction_sheet(ws, period_text):
    ws.title = "Instruktion"
    ws.column_dimensions["A"].width = 110
    lines = [
        ("Instruktion – uppföljning av internkontrollplan 2025", True),
        ("", False),
        ("Uppföljningen avser " + period_text + ". Fyll i fliken \"Uppföljning\" och skicka filen till "
         "ekonomiavdelningen senast 2025-05-09 (ekonomi@falkoping.se).", False),
        ("", False),
        ("1. Ange nämnd/styrelse, vem som upprättat uppföljningen och datum överst på fliken.", False),
        ("2. Välj i kolumnen \"Har kontrollen genomförts?\" ett värde i listan: Ja, Nej, Delvis eller Ej aktuell.", False),
        ("   Ja = kontrollen är genomförd enligt plan. Delvis = kontrollen är påbörjad eller endast del av urvalet är "
         "kontrollerat.", False),
        ("   Nej = kontrollen har inte genomförts under perioden. Ej aktuell = kontrollen utgår (ange beslut/orsak i "
         "kommentaren).", False),
        ("3. Beskriv resultatet kortfattat: urval, antal kontrollerade poster och vad som framkom.", False),
        ("4. Ange i kolumnen \"Avvikelse noterad?\" Ja om kontrollen visat fel eller brister, samt åtgärd.", False),
        ("5. Lägg inte till eller ta bort kolumner. Nya rader får läggas till vid behov.", False),
        ("", False),
        ("Frågor: Ekonomiavdelningen, Kommunledningsförvaltningen, tfn 0515-88 50 00", False),
    ]
    for i, (t, b) in enumerate(lines, 1):
        c = ws.cell(row=i, column=1, value=t)
        c.font = Font(bold=b, size=14 if b else 11)
        c.alignment = Alignment(wrap_text=True)


def lists_sheet(wb):
    ws = wb.create_sheet("Listor")
    for i, v in enumerate(STATUS_LIST, 1):
        ws.cell(row=i, column=1, value=v)
    ws.cell(row=1, column=3, value="Ja")
    ws.cell(row=2, column=3, value="Nej")
    ws.sheet_state = "hidden"
    return ws


def central_followup_sheet(ws, title, namnd, period_text, upprattad, datum, rows, first_data_row=8,
                           empty_rows=0):
    """rows: list of either ('group', text) or dict with keys for the ten columns."""
    ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=14)
    ws.cell(row=3, column=1, value="Nämnd/styrelse:").font = BOLD
    ws.cell(row=3, column=3, value=namnd)
    ws.cell(row=4, column=1, value="Period:").font = BOLD
    ws.cell(row=4, column=3, value=period_text)
    ws.cell(row=5, column=1, value="Upprättad av:").font = BOLD
    ws.cell(row=5, column=3, value=upprattad)
    ws.cell(row=5, column=5, value="Datum:").font = BOLD
    ws.cell(row=5, column=6, value=datum)
    for k in (3, 4, 5):
        ws.merge_cells(start_row=k, start_column=1, end_row=k, end_column=2)
    hr = first_data_row - 1
    fill = PatternFill("solid", fgColor="1F4E78")
    for j, h in enumerate(CENTRAL_HEAD, 1):
        c = ws.cell(row=hr, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
        ws.column_dimensions[get_column_letter(j)].width = CENTRAL_WIDTH[j - 1]
    ws.row_dimensions[hr].height = 32
    ws.freeze_panes = ws.cell(row=first_data_row, column=1)
    r = first_data_row
    gfill = PatternFill("solid", fgColor="DDEBF7")
    for row in rows:
        if isinstance(row, tuple) and row[0] == "group":
            ws.cell(row=r, column=1, value=row[1]).font = BOLD
            for j in range(1, 11):
                ws.cell(row=r, column=j).fill = gfill
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        else:
            vals = [row.get(k) for k in ("nr", "process", "km", "metod", "frekvens", "ansvarig",
                                         "status", "resultat", "avv", "atgard")]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BORDER
        r += 1
    last = r - 1 + empty_rows
    for rr in range(r, last + 1):
        for j in range(1, 11):
            ws.cell(row=rr, column=j).border = BORDER
    last = max(last, first_data_row + 30)
    dv = DataValidation(type="list", formula1="Listor!$A$1:$A$4", allow_blank=True,
                        showErrorMessage=True, errorTitle="Ogiltigt värde",
                        error="Välj Ja, Nej, Delvis eller Ej aktuell i listan.")
    dv.add("G%d:G%d" % (first_data_row, last))
    dv2 = DataValidation(type="list", formula1="Listor!$C$1:$C$2", allow_blank=True)
    dv2.add("I%d:I%d" % (first_data_row, last))
    ws.add_data_validation(dv)
    ws.add_data_validation(dv2)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.oddFooter.left.text = "Falköpings kommun – Internkontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - central template, hidden old sheet T3 2024
# ---------------------------------------------------------------------------
def file_ks():
    fil = "Uppföljning IK T1 2025 Kommunstyrelsen.xlsx"
    nm = "Kommunstyrelsen"
    rows_2025 = [
        ("group", "Ekonomi"),
        dict(nr=1, process="Leverantörsfakturor", km="Attest av leverantörsfakturor enligt attestordningen",
             metod="Stickprov 25 fakturor per tertial", frekvens="Tertialvis", ansvarig="Redovisningsansvarig",
             status="Ja",
             resultat="25 fakturor granskade. 2 fakturor har attesterats av vikarie som saknar attesträtt för "
                      "ansvaret. Påtalat för berörd chef.",
             avv="Ja", atgard="Attestförteckningen uppdateras och information lämnas till chefer på APT.",
             exp=("GENOMFORD", "ja")),
        dict(nr=2, process="Representation", km="Kontroll att representation redovisas med syfte och deltagare",
             metod="Stickprov 15 verifikationer", frekvens="Tertialvis", ansvarig="Controller", status="Ja",
             resultat="15 verifikationer kontrollerade. Samtliga har syfte och deltagarförteckning angivna.",
             avv="Nej", exp=("GENOMFORD", "nej")),
        dict(nr=3, process="Kassahantering", km="Inventering av handkassor och växelkassor",
             metod="Oanmäld inventering", frekvens="2 ggr/år", ansvarig="Ekonomichef", status="Delvis",
             resultat="Handkassan på Medborgarkontoret inventerad 2025-03-18 utan anmärkning. Växelkassan i "
                      "Stadshusets reception kvarstår, inventeras i maj.",
             avv="Nej", exp=("DELVIS", "nej")),
        ("group", "Personal"),
        dict(nr=4, process="Lön", km="Kontroll av att anställningsavtal registrerats korrekt i lönesystemet (Heroma)",
             metod="Stickprov 10 nyanställningar", frekvens="Tertialvis", ansvarig="HR-specialist", status="Ja",
             resultat="10 avtal kontrollerade mot Heroma. I ett fall var fel lönekod registrerad (OB-tillägg), "
                      "rättat i aprillönen.",
             avv="Ja", atgard="Genomgång av registreringsrutin med lönecenter.", exp=("GENOMFORD", "ja")),
        dict(nr=5, process="Arbetsmiljö", km="Uppföljning av att medarbetarsamtal genomförts",
             metod="Enkät till chefer", frekvens="1 ggr/år", ansvarig="HR-chef", status="Ej aktuell",
             resultat="Utgår enligt beslut KS 2025-02-05 § 23. Följs i stället upp via medarbetarenkäten.",
             exp=("UTGAR", "")),
        dict(nr=6, process="Sjukfrånvaro",
             km="Kontroll av att rehabiliteringsutredning påbörjas vid upprepad korttidsfrånvaro",
             metod="Uttag ur Adato", frekvens="Tertialvis", ansvarig="HR-konsult", status="Nej",
             resultat="Ej genomförd på grund av vakans på HR-enheten. Genomförs under T2.",
             exp=("EJ_GENOMFORD", "")),
        ("group", "Informationssäkerhet"),
        dict(nr=7, process="Behörigheter",
             km="Kontroll av behörigheter i ekonomisystemet (Raindance) vid avslutad anställning",
             metod="Avslutade anställningar jämförs mot aktiva konton", frekvens="Tertialvis",
             ansvarig="Systemförvaltare", status="Ja",
             resultat="3 konton för medarbetare som slutat var fortfarande aktiva. Kontona har spärrats.",
             avv="Ja", atgard="Avslutsrutinen kompletteras med avbeställning av behörighet.",
             exp=("GENOMFORD", "ja")),
        dict(nr=8, process="Dataskydd", km="Kontroll att registerförteckning enligt GDPR är uppdaterad",
             metod="Genomgång av registerförteckning", frekvens="1 ggr/år", ansvarig="Dataskyddssamordnare",
             exp=("SAKNAS", "")),
        ("group", "Upphandling"),
        dict(nr=9, process="Direktupphandling",
             km="Kontroll att direktupphandlingar över 100 000 kr dokumenteras",
             metod="Stickprov ur Raindance", frekvens="Tertialvis", ansvarig="Upphandlingschef",
             resultat="Kontrollen är genomförd. Samtliga 6 direktupphandlingar är dokumenterade i Tendsign. "
                      "Inga avvikelser.",
             exp=("GENOMFORD", "nej")),
        dict(nr=10, process="Avtalstrohet", km="Köptrohet mot ramavtal för kontorsmaterial",
             metod="Spendanalys", frekvens="Tertialvis", ansvarig="Upphandlare", status="Ja",
             resultat="Köptrohet 91 %. Inköp utanför avtal hos lokal bokhandel har påtalats för enheten.",
             avv="Ja", atgard="Information om avtalet på chefsforum i maj.", exp=("GENOMFORD", "ja")),
    ]
    rows_2024 = [
        ("group", "Ekonomi"),
        dict(nr=1, process="Leverantörsfakturor", km="Attest av leverantörsfakturor enligt attestordningen",
             metod="Stickprov 25 fakturor per tertial", frekvens="Tertialvis", ansvarig="Redovisningsansvarig",
             status="Ja", resultat="Inga avvikelser.", avv="Nej"),
        dict(nr=2, process="Representation", km="Kontroll att representation redovisas med syfte och deltagare",
             metod="Stickprov 15 verifikationer", frekvens="Tertialvis", ansvarig="Controller", status="Nej",
             resultat="Ej genomförd 2024.", avv=None),
        dict(nr=3, process="Kassahantering", km="Inventering av handkassor och växelkassor",
             metod="Oanmäld inventering", frekvens="2 ggr/år", ansvarig="Ekonomichef", status="Ja",
             resultat="Samtliga kassor inventerade i november utan anmärkning.", avv="Nej"),
        ("group", "Personal"),
        dict(nr=4, process="Lön", km="Kontroll av att anställningsavtal registrerats korrekt i lönesystemet (Heroma)",
             metod="Stickprov 10 nyanställningar", frekvens="Tertialvis", ansvarig="HR-specialist", status="Ja",
             resultat="Inga avvikelser.", avv="Nej"),
        dict(nr=5, process="Arbetsmiljö", km="Uppföljning av att medarbetarsamtal genomförts",
             metod="Enkät till chefer", frekvens="1 ggr/år", ansvarig="HR-chef", status="Delvis",
             resultat="Svarsfrekvens 62 %. 81 % av medarbetarna har haft samtal.", avv="Ja"),
        ("group", "Informationssäkerhet"),
        dict(nr=6, process="Behörigheter",
             km="Kontroll av behörigheter i ekonomisystemet (Raindance) vid avslutad anställning",
             metod="Avslutade anställningar jämförs mot aktiva konton", frekvens="Tertialvis",
             ansvarig="Systemförvaltare", status="Ja", resultat="1 aktivt konto spärrat.", avv="Ja"),
        dict(nr=7, process="Dataskydd", km="Kontroll att registerförteckning enligt GDPR är uppdaterad",
             metod="Genomgång av registerförteckning", frekvens="1 ggr/år", ansvarig="Dataskyddssamordnare",
             status="Ja", resultat="Uppdaterad december 2024.", avv="Nej"),
    ]
    wb = Workbook()
    instruction_sheet(wb.active, "tertial 1 (januari–april) 2025")
    old = wb.create_sheet("Uppföljning T3 2024")
    central_followup_sheet(old, "Uppföljning av internkontrollplan 2024", nm, "Tertial 3 (helår) 2024",
                           "Maria Ek, controller", "2025-01-20", rows_2024)
    old.sheet_state = "hidden"
    ws = wb.create_sheet("Uppföljning T1 2025")
    central_followup_sheet(ws, "Uppföljning av internkontrollplan 2025", nm, "Tertial 1 (januari–april) 2025",
                           "Maria Ek, controller", "2025-05-06", rows_2025)
    ws.oddHeader.left.text = "Falköpings kommun"
    ws.oddHeader.right.text = "Kommunstyrelsen"
    lists_sheet(wb)
    wb.active = 2
    fix_props(wb, "Maria Ek")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T1"))
    for r in rows_2025:
        if isinstance(r, dict):
            exp(fil, nm, r["km"], *r["exp"])


# ---------------------------------------------------------------------------
# 2. Kompetens- och arbetslivsnämnden, sent as "Kompetens- och arbetslivsförvaltningen" (.ods)
# ---------------------------------------------------------------------------
def file_kaf():
    fil = "IK-uppföljning T1 2025 Kompetens- och arbetslivsförvaltningen.ods"
    nm = "Kompetens- och arbetslivsnämnden"
    rows = [
        ("group", "Vuxenutbildning"),
        dict(nr=1, process="Betygssättning",
             km="Kontroll att betyg i vuxenutbildningen är satta av behörig lärare",
             metod="Stickprov 20 betyg i Alvis", frekvens="Tertialvis", ansvarig="Rektor Komvux", status="Ja",
             resultat="20 betyg kontrollerade, samtliga satta av legitimerad lärare med behörighet i ämnet.",
             avv="Nej", exp=("GENOMFORD", "nej")),
        dict(nr=2, process="SFI", km="Kontroll av att elever inom SFI har en aktuell individuell studieplan",
             metod="Stickprov 15 elever", frekvens="Tertialvis", ansvarig="Rektor SFI", status="Ja",
             resultat="15 elever kontrollerade. 3 elever saknade uppdaterad studieplan efter kursbyte.",
             avv="Ja", atgard="Studie- och yrkesvägledare uppdaterar planerna, ny kontroll T2.",
             exp=("GENOMFORD", "ja")),
        ("group", "Arbetsmarknad"),
        dict(nr=3, process="Arbetsmarknadsinsatser",
             km="Uppföljning av närvaro för deltagare i arbetsmarknadsinsatser (rapportering till Arbetsförmedlingen)",
             metod="Avstämning närvarolistor mot rapportering", frekvens="Tertialvis", ansvarig="Enhetschef AME",
             status="Pågår",
             resultat="Januari–februari avstämt. Mars–april pågår, rutinen ses över tillsammans med "
                      "Arbetsförmedlingen.",
             exp=("DELVIS", "")),
        dict(nr=4, process="Anställningsstöd",
             km="Kontroll att lönebidrag och anställningsstöd rekvireras i rätt tid",
             metod="Genomgång av rekvisitioner", frekvens="Tertialvis", ansvarig="Ekonom", status="Ja",
             resultat="Samtliga rekvisitioner för januari–mars inskickade inom två månader.", avv="Nej",
             exp=("GENOMFORD", "nej")),
        ("group", "Försörjningsstöd"),
        dict(nr=5, process="Ekonomiskt bistånd",
             km="Kontroll att beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
             metod="Stickprov 20 ärenden i Viva", frekvens="Tertialvis", ansvarig="Enhetschef försörjningsstöd",
             status="Delvis",
             resultat="10 av planerade 20 ärenden kontrollerade. Inga avvikelser hittills.", avv="Nej",
             exp=("DELVIS", "nej")),
        dict(nr=6, process="Avtal", km="Kontroll av att avtal med externa utbildningsanordnare följs upp",
             metod="Genomgång av uppföljningsprotokoll", frekvens="2 ggr/år", ansvarig="Verksamhetsutvecklare",
             status="Nej", resultat="Ej påbörjad, planeras till maj.", exp=("EJ_GENOMFORD", "")),
        ("group", "Ekonomi"),
        dict(nr=7, process="Leverantörsfakturor", km="Attest av leverantörsfakturor enligt attestordningen",
             metod="Stickprov 20 fakturor", frekvens="Tertialvis", ansvarig="Controller", status="Ja",
             resultat="20 fakturor granskade, inga avvikelser.", avv="Nej", exp=("GENOMFORD", "nej")),
        dict(nr=8, process="Kontanthantering",
             km="Kontroll av att kontanthantering i arbetsmarknadsenhetens café redovisas dagligen",
             metod="Avstämning kassarapporter", frekvens="Tertialvis", ansvarig="Enhetschef AME",
             status="Ej aktuell", resultat="Caféet är stängt sedan januari 2025.", exp=("UTGAR", "")),
    ]
    wb = Workbook()
    instruction_sheet(wb.active, "tertial 1 (januari–april) 2025")
    ws = wb.create_sheet("Uppföljning")
    central_followup_sheet(ws, "Uppföljning av internkontrollplan 2025",
                           "Kompetens- och arbetslivsförvaltningen", "T1 2025", "Jonas Berg, ekonom",
                           "2025-05-08", rows)
    lists_sheet(wb)
    wb.active = 1
    fix_props(wb, "Jonas Berg")
    src = os.path.join(TMP, "kaf.xlsx")
    wb.save(src)
    soffice(src, "ods", TMP)
    shutil.copy(os.path.join(TMP, "kaf.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T1"))
    for r in rows:
        if isinstance(r, dict):
            exp(fil, nm, r["km"], *r["exp"])


# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden - own plan workbook with T1/T2/T3 columns (T2/T3 empty)
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN Internkontrollplan 2025 med uppföljning T1.xlsx"
    nm = "Barn- och utbildningsnämnden"
    # process, risk, S, K, km, metod, ansvarig, plan(T1,T2,T3), status T1, kommentar T1, expected
    data = [
        ("Ekonomi", None),
        ("Ekonomi", "Felaktiga utbetalningar", 2, 3, "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor", "Controller", "xxx", "Genomförd",
         "30 fakturor granskade, inga avvikelser.", ("GENOMFORD", "nej")),
        ("Ekonomi", "Uteblivna intäkter", 3, 3,
         "Kontroll av att interkommunal ersättning (IKE) faktureras för samtliga elever från andra kommuner",
         "Avstämning elevregister mot fakturering", "Controller", "x-x", "Delvis genomförd",
         "Grundskolan kontrollerad: två elever folkbokförda i Tidaholm hade inte fakturerats, rättat. "
         "Gymnasiet återstår.", ("DELVIS", "ja")),
        ("Ekonomi", "Felaktig debitering", 2, 2,
         "Kontroll av att avgifter för barnomsorg debiteras enligt maxtaxa och inkomstuppgift",
         "Stickprov 25 hushåll", "Handläggare barnomsorgsavgifter", "x--", "Genomförd",
         "25 hushåll kontrollerade. 1 hushåll debiterades fel avgiftsnivå, korrigerat retroaktivt.",
         ("GENOMFORD", "ja")),
        ("Skola och elevhälsa", None),
        ("Skola och elevhälsa", "Kränkningar utreds inte", 3, 4,
         "Kontroll att anmälningar om kränkande behandling rapporteras till huvudman inom 5 arbetsdagar",
         "Uttag ur DF Respons", "Kvalitetsstrateg", "xxx", "Genomförd",
         "42 anmälningar under T1, varav 7 rapporterades senare än 5 arbetsdagar.", ("GENOMFORD", "ja")),
        ("Skola och elevhälsa", "Elever får inte stöd", 3, 4,
         "Kontroll att åtgärdsprogram upprättas för elever med beslut om särskilt stöd",
         "Stickprov 3 skolor", "Verksamhetschef grundskola", "-x-", None, None, ("SAKNAS", "")),
        ("Skola och elevhälsa", "Problematisk frånvaro upptäcks sent", 3, 3,
         "Kontroll av frånvarorapportering och uppföljning av problematisk skolfrånvaro",
         "Uttag ur Vklass", "Elevhälsochef", "x-x", "Ej genomförd",
         "Flyttad till T2 på grund av byte av lärplattform.", ("EJ_GENOMFORD", "")),
        ("Förskola", None),
        ("Förskola", "För stora barngrupper", 2, 3,
         "Kontroll att barngruppernas storlek registreras och följs upp mot Skolverkets riktmärken",
         "Statistik oktober", "Verksamhetschef förskola", "--x", None, None, ("SAKNAS", "")),
        ("Förskola", "Brand", 1, 4,
         "Kontroll av att systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga enheter",
         "Enkät till rektorer", "Säkerhetssamordnare", "x--", None,
         "Genomförd utan anmärkning, samtliga 24 enheter har dokumenterad egenkontroll.", ("GENOMFORD", "nej")),
        ("Personal", None),
        ("Personal", "Olämplig person anställs", 2, 4,
         "Kontroll att utdrag ur belastningsregistret uppvisats vid nyanställning",
         "Genomgång samtliga nyanställningar", "HR-konsult", "xxx", "Genomförd",
         "Samtliga 18 nyanställda under perioden har uppvisat utdrag.", ("GENOMFORD", "nej")),
        ("Personal", "Felaktiga beslut", 2, 2, "Kontroll av att skolskjuts beviljas enligt riktlinjer",
         "Stickprov 10 beslut", "Skolskjutssamordnare", "x--", "Utgår",
         "Skolskjutsen handläggs från 2025 av Tekniska nämnden.", ("UTGAR", "")),
    ]
    wb = Workbook()
    fs = wb.active
    fs.title = "Försättsblad"
    fs.column_dimensions["A"].width = 25
    fs.column_dimensions["B"].width = 60
    fs["A2"] = "Barn- och utbildningsnämnden"
    fs["A2"].font = Font(bold=True, size=16)
    fs["A4"] = "Internkontrollplan 2025 inklusive uppföljning"
    fs["A4"].font = Font(bold=True, size=13)
    info = [("Antagen:", "BUN 2024-12-11 § 142"), ("Diarienummer:", "BUN 2024/00312"),
            ("Uppföljning:", "Tertialvis (T1 april, T2 augusti, T3 december)"),
            ("Senast uppdaterad:", "2025-05-07, tertial 1"), ("Kontaktperson:", "Sofia Holm, controller")]
    for i, (a, b) in enumerate(info, 6):
        fs.cell(row=i, column=1, value=a).font = BOLD
        fs.cell(row=i, column=2, value=b)

    old = wb.create_sheet("IKP 2024")
    old["A1"] = "Internkontrollplan 2024 – Barn- och utbildningsnämnden"
    old["A1"].font = Font(bold=True, size=13)
    oh = ["Process", "Kontrollmoment", "Status T1", "Status T2", "Status T3", "Kommentar"]
    for j, h in enumerate(oh, 1):
        old.cell(row=3, column=j, value=h).font = BOLD
    olds = [("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Genomförd", "Genomförd",
             "Genomförd", "Inga avvikelser."),
            ("Ekonomi", "Kontroll av att avgifter för barnomsorg debiteras enligt maxtaxa och inkomstuppgift",
             "Ej genomförd", "Genomförd", "Genomförd", ""),
            ("Skola och elevhälsa",
             "Kontroll att anmälningar om kränkande behandling rapporteras till huvudman inom 5 arbetsdagar",
             "Genomförd", "Delvis genomförd", "Genomförd", "Brister i rapporteringstid."),
            ("Personal", "Kontroll att utdrag ur belastningsregistret uppvisats vid nyanställning", "Genomförd",
             "Genomförd", "Genomförd", "")]
    for i, row in enumerate(olds, 4):
        for j, v in enumerate(row, 1):
            old.cell(row=i, column=j, value=v if v else None)
    old.sheet_state = "hidden"

    ws = wb.create_sheet("IKP 2025")
    ws["A1"] = "Internkontrollplan 2025 – Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Planerad kontroll markeras med x. Status anges per tertial: Genomförd / Delvis genomförd / "
                "Ej genomförd / Utgår. Riskvärde = sannolikhet × konsekvens (1–16).")
    ws["A2"].font = Font(italic=True, size=9)
    top = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollmetod", "Ansvarig"]
    widths = [16, 24, 9, 46, 24, 20, 5, 5, 5, 16, 16, 16, 46, 30, 30]
    hfill = PatternFill("solid", fgColor="C6E0B4")
    for j, h in enumerate(top, 1):
        ws.cell(row=4, column=j, value=h)
        ws.merge_cells(start_row=4, start_column=j, end_row=5, end_column=j)
    ws.cell(row=4, column=7, value="Planerad kontroll")
    ws.merge_cells("G4:I4")
    ws.cell(row=4, column=10, value="Status")
    ws.merge_cells("J4:L4")
    ws.cell(row=4, column=13, value="Resultat/kommentar")
    ws.merge_cells("M4:O4")
    for j, t in zip(range(7, 16), ["T1", "T2", "T3"] * 3):
        ws.cell(row=5, column=j, value=t)
    for rr in (4, 5):
        for j in range(1, 16):
            c = ws.cell(row=rr, column=j)
            c.font = BOLD
            c.fill = hfill
            c.border = BORDER
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    r = 6
    for d in data:
        if d[1] is None:
            ws.cell(row=r, column=1, value=d[0]).font = Font(bold=True, size=12)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=15)
            r += 1
            continue
        proc, risk, s, k, km, metod, ans, plan, st, kom, e = d
        vals = [proc, risk, s * k, km, metod, ans] + ["x" if ch == "x" else None for ch in plan] + \
               [st, None, None, kom, None, None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BORDER
            c.alignment = WRAP
        for j in range(7, 10):
            ws.cell(row=r, column=j).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, nm, km, *e)
        r += 1
    ws.freeze_panes = "D6"
    dv = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"', allow_blank=True)
    dv.add("J6:L%d" % (r + 10))
    ws.add_data_validation(dv)

    rm = wb.create_sheet("Riskbedömning")
    rm["A1"] = "Riskmatris – sannolikhet × konsekvens"
    rm["A1"].font = Font(bold=True, size=13)
    rm["A3"] = "Sannolikhet \\ Konsekvens"
    for j in range(1, 5):
        rm.cell(row=3, column=1 + j, value=j).font = BOLD
        rm.cell(row=3 + j, column=1, value=5 - j).font = BOLD
    colors = {1: "92D050", 2: "92D050", 3: "92D050", 4: "FFFF00", 6: "FFFF00", 8: "FFC000", 9: "FFC000",
              12: "FF0000", 16: "FF0000"}
    for i in range(1, 5):
        for j in range(1, 5):
            v = (5 - i) * j
            c = rm.cell(row=3 + i, column=1 + j, value=v)
            c.fill = PatternFill("solid", fgColor=colors.get(v, "FFFF00"))
            c.border = BORDER
    rm["A10"] = "1–3 Låg risk, 4–6 Medel, 8–9 Hög, 12–16 Mycket hög"
    wb.active = 2
    fix_props(wb, "Sofia Holm")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T1"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def new_doc(author):
    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    d.core_properties.comments = ""
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    return d


def set_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(ln)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Socialnämnden - Word, two-row blocks (Kontroll / Resultat)
# ---------------------------------------------------------------------------
def file_sn():
    fil = "SN uppföljning intern kontroll tertial 1 2025.docx"
    nm = "Socialnämnden"
    blocks = [
        ("Kontroll av att beslut om bistånd enligt SoL fattas av behörig delegat enligt delegationsordningen",
         "Stickprov av 20 beslut inom äldreomsorgen och 20 beslut inom individ- och familjeomsorgen. "
         "Samtliga beslut var fattade av behörig delegat.", "Genomförd", ("GENOMFORD", "nej")),
        ("Kontroll av att genomförandeplaner upprättas inom 14 dagar från verkställighet (hemtjänst)",
         "Stickprov 25 brukare. 19 av 25 hade en genomförandeplan upprättad inom 14 dagar. "
         "Enhetscheferna tar fram en handlingsplan.", "Genomförd med anmärkning", ("GENOMFORD", "ja")),
        ("Kontroll av att avvikelser enligt HSL och SoL (lex Sarah) utreds och återrapporteras",
         "Se bilaga 2.", "", ("OKLAR", "")),
        ("Kontroll av att fakturor för externa placeringar (HVB, familjehem) stäms av mot gällande beslut",
         "Avstämning för januari–februari genomförd, mars–april pågår. Inga differenser hittills.", "Pågår",
         ("DELVIS", "nej")),
        ("Kontroll av att läkemedelshantering i särskilt boende följer rutin (signeringslistor)",
         "Kontrollen har inte genomförts då tjänsten som medicinskt ansvarig sjuksköterska (MAS) varit vakant. "
         "Genomförs under T2.", "Ej genomförd", ("EJ_GENOMFORD", "")),
        ("Kontroll av att orosanmälningar förhandsbedöms inom 14 dagar",
         "Uttag ur Treserva: 312 anmälningar, varav 296 (95 %) förhandsbedömda inom 14 dagar. Förseningarna "
         "beror på hög arbetsbelastning i februari.", "Genomförd", ("GENOMFORD", "ja")),
        ("Kontroll av att LOV-utförare inom hemtjänsten följs upp enligt avtal",
         "Det finns inga privata utförare i kommunen sedan 2024.", "Utgår", ("UTGAR", "")),
        ("Kontroll av att behörigheter i Treserva stämmer med medarbetarens aktuella tjänst",
         "Behörighetsgenomgång gjord för IFO och funktionsstöd. Inga felaktiga behörigheter hittades.",
         "Genomförd", ("GENOMFORD", "nej")),
    ]
    d = new_doc("Anna Lindqvist")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Falköpings kommun\tSocialförvaltningen\tDnr SN 2025/0087"
    sec.footer.paragraphs[0].text = "Uppföljning intern kontroll T1 2025"
    h = d.add_paragraph()
    r = h.add_run("Socialnämnden")
    r.bold = True
    r.font.size = Pt(18)
    p = d.add_paragraph()
    r = p.add_run("Uppföljning av intern kontroll – tertial 1 2025")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 18 december 2024 (§ 156). Nedan redovisas "
        "resultatet av de kontroller som enligt planen skulle genomföras under perioden januari–april. "
        "Varje kontrollmoment redovisas i ett block där första raden anger kontrollen och andra raden "
        "resultatet och status.")
    d.add_paragraph("Tabell 1. Kontrollmoment och resultat, tertial 1").runs[0].italic = True
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Nr", "", "Kontrollmoment / resultat", "Status T1"]
    for j, v in enumerate(hdr):
        set_text(t.rows[0].cells[j], v, bold=True)
        shade(t.rows[0].cells[j], "BDD7EE")
    for i, (km, res, st, e) in enumerate(blocks, 1):
        r1 = t.add_row().cells
        r2 = t.add_row().cells
        set_text(r1[0], "%d." % i, bold=True)
        set_text(r1[1], "Kontroll", bold=True)
        set_text(r1[2], km)
        for c in r1:
            shade(c, "F2F2F2")
        set_text(r2[1], "Resultat")
        set_text(r2[2], res)
        set_text(r2[3], st)
        a = r1[0].merge(r2[0])
        r1[2].merge(r1[3])
        exp(fil, nm, km, *e)
    widths = [Cm(1.0), Cm(2.0), Cm(10.5), Cm(3.5)]
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    d.add_paragraph()
    d.add_paragraph("Bilaga 2: Sammanställning lex Sarah-rapporter januari–april 2025 (separat dokument).")
    d.add_paragraph()
    d.add_paragraph("Falköping 2025-05-12")
    d.add_paragraph("Anna Lindqvist\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T1"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden - simple Word table saved as .doc
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "Uppföljning internkontroll T1 2025 KFN.doc"
    nm = "Kultur- och fritidsnämnden"
    rows = [
        ("Kontroll att föreningsbidrag betalas ut enligt gällande bidragsregler", "Föreningskonsulent", "Ja",
         "12 ansökningar granskade, inga avvikelser.", ("GENOMFORD", "nej")),
        ("Avstämning av kassarapporter mot bankinsättningar på Odenbadet", "Badchef", "Ja",
         "Differens på 1 250 kr i mars, utredd och förklarad (felslag i kassan). Rutin för dagsavslut "
         "förtydligad.", ("GENOMFORD", "ja")),
        ("Kontroll att lokalbokningar faktureras korrekt", "Bokningsansvarig", "Nej",
         "Hinns inte med under T1, genomförs i T2.", ("EJ_GENOMFORD", "")),
        ("Inventering av konstverk i kommunens konstsamling", "Kulturutvecklare", "Ja",
         "Inventering i Stadshuset och på Ållebergsgymnasiet genomförd enligt plan för T1. Två verk kunde "
         "inte lokaliseras, efterforskning pågår.", ("GENOMFORD", "ja")),
        ("Kontroll att utdrag ur belastningsregistret begärts för personal på fritidsgårdar", "Fritidschef",
         "Ja", "Samtliga 14 anställda och timvikarier har lämnat utdrag.", ("GENOMFORD", "nej")),
        ("Attest av leverantörsfakturor enligt attestordningen", "Controller", "Ja", "Inga avvikelser.",
         ("GENOMFORD", "nej")),
    ]
    d = new_doc("Erik Johansson")
    p = d.add_paragraph()
    r = p.add_run("Kultur- och fritidsnämnden")
    r.bold = True
    r.font.size = Pt(16)
    p = d.add_paragraph()
    r = p.add_run("Uppföljning internkontrollplan 2025, tertial 1")
    r.bold = True
    r.font.size = Pt(13)
    d.add_paragraph("Period: januari–april 2025. Upprättad av: Erik Johansson, förvaltningsekonom.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for j, v in enumerate(["Kontrollmoment", "Kontrollansvarig", "Genomförd (Ja/Nej)", "Kommentar"]):
        set_text(t.rows[0].cells[j], v, bold=True)
        shade(t.rows[0].cells[j], "D9D9D9")
    for km, ans, st, kom, e in rows:
        c = t.add_row().cells
        set_text(c[0], km)
        set_text(c[1], ans)
        set_text(c[2], st)
        set_text(c[3], kom)
        exp(fil, nm, km, *e)
    src = os.path.join(TMP, "kfn.docx")
    d.save(src)
    # docx -> doc directly drops the table in LibreOffice 7.4; go via odt
    soffice(src, "odt", TMP)
    soffice(os.path.join(TMP, "kfn.odt"), "doc:MS Word 97", TMP)
    shutil.copy(os.path.join(TMP, "kfn.doc"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T1"))


# ---------------------------------------------------------------------------
# 6. Samhällsbyggnadsförvaltningen - Stratsys CSV export, two nämnder
# ---------------------------------------------------------------------------
def file_sbf():
    fil = "Stratsys_export_internkontroll_SBF_2025-05-08.csv"
    rows = [
        ("Byggnadsnämnden", "Bygglov", "Långa handläggningstider",
         "Kontroll att bygglovsbeslut fattas inom lagstadgad handläggningstid (10 veckor)", "Bygglovschef",
         "Tertialvis", "Färdig",
         "86 av 91 beslut fattades inom 10 veckor. I 5 ärenden överskreds tiden och avgiften har reducerats "
         "enligt PBL.", ("GENOMFORD", "ja")),
        ("Byggnadsnämnden", "Bygglov", "Felaktig debitering",
         "Kontroll att debitering av bygglovsavgift sker enligt gällande taxa", "Administratör", "Tertialvis",
         "Färdig", "Stickprov 15 ärenden, inga avvikelser.", ("GENOMFORD", "nej")),
        ("Byggnadsnämnden", "Nämndadministration", "Beslut saknar laga kraft",
         "Kontroll av att delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Tertialvis", "Pågår",
         "Januari–februari anmälda. Mars–april anmäls på majsammanträdet.", ("DELVIS", "")),
        ("Byggnadsnämnden", "Tillsyn", "Olovligt byggande åtgärdas inte",
         "Kontroll av att tillsynsärenden om olovligt byggande påbörjas inom 4 veckor efter anmälan",
         "Byggnadsinspektör", "Tertialvis", "Ej startad", "", ("EJ_GENOMFORD", "")),
        ("Byggnadsnämnden", "Arkiv", "Handlingar går förlorade",
         "Kontroll av att bygglovsakter arkiveras i e-arkivet", "Arkivredogörare", "1 ggr/år", "Avbruten",
         "Avbruten genom beslut BN 2025-03-20 § 31, ingår i stället i digitaliseringsprojektet.",
         ("UTGAR", "")),
        ("Tekniska nämnden", "Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen", "Controller", "Tertialvis", "Färdig",
         "Stickprov 30 fakturor. Inga avvikelser.", ("GENOMFORD", "nej")),
        ("Tekniska nämnden", "Gata/park", "Bristande vinterväghållning",
         "Kontroll att avtal för vinterväghållning följs upp (entreprenörernas utryckningstider)",
         "Gatuchef", "Tertialvis", "Färdig",
         "12 utryckningar följdes upp. 2 utryckningar var för sena, vite har debiterats entreprenören.",
         ("GENOMFORD", "ja")),
        ("Tekniska nämnden", "VA", "Uteblivna intäkter",
         "Kontroll av att VA-avgifter faktureras för samtliga anslutna fastigheter", "VA-ekonom", "2 ggr/år",
         "Pågår", "Avstämning mot fastighetsregistret pågår, cirka 40 % klart.", ("DELVIS", "")),
        ("Tekniska nämnden", "Gata/park", "Olyckor på lekplatser",
         "Kontroll av att besiktning av lekplatser genomförs enligt plan", "Parkchef", "1 ggr/år",
         "Ej startad", "Besiktningen är planerad till maj–juni.", ("EJ_GENOMFORD", "")),
        ("Tekniska nämnden", "Måltid", "Inköp utanför avtal",
         "Kontroll att livsmedelsinköp i måltidsverksamheten sker från upphandlade leverantörer",
         "Måltidschef", "Tertialvis", "Färdig", "Köptrohet 97 %. Inga inköp utanför avtal utan godkänd orsak.",
         ("GENOMFORD", "nej")),
        ("Tekniska nämnden", "Fordon", "Otillåten användning av drivmedelskort",
         "Kontroll av att tankningar med drivmedelskort stämmer mot körjournal", "Fordonssamordnare",
         "Tertialvis", "", "", ("SAKNAS", "")),
    ]
    head = ["Nämnd", "Process", "Risk", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "Period",
            "Status", "Kommentar"]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Internkontroll 2025 - Samhällsbyggnadsförvaltningen"] + [""] * 8)
        w.writerow(["Utskriven 2025-05-08 10:42 av Karin Svensson"] + [""] * 8)
        w.writerow([""] * 9)
        w.writerow(head)
        for nmd, proc, risk, km, ans, frek, st, kom, e in rows:
            w.writerow([nmd, proc, risk, km, ans, frek, "Tertial 1 2025", st, kom])
            exp(fil, nmd, km, *e)
    FILES.append((fil, "INLAST", "Byggnadsnämnden", "2025", "T1"))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "T1"))


# ---------------------------------------------------------------------------
# 7. Falköpings Hyresbostäder AB - traffic-light fill only, legend, .xls
# ---------------------------------------------------------------------------
def file_fabo():
    fil = "FaBo intern kontroll 2025 uppföljning april.xls"
    nm = "Falköpings Hyresbostäder AB"
    G, Y, R, GR = "00FF00", "FFFF00", "FF0000", "C0C0C0"
    rows = [
        ("Hyresadministration", "Kontroll av att hyresavier överensstämmer med gällande hyresavtal",
         "Ekonomichef", G, "Stickprov 20 avtal, inga avvikelser.", ("GENOMFORD", "nej")),
        ("Hyresadministration", "Kontroll av kundfordringar och inkassoärenden (hyresskulder äldre än 2 månader)",
         "Hyresadministratör", Y, "Genomgång av cirka 60 % av reskontran klar.", ("DELVIS", "")),
        ("Underhåll", "Kontroll att planerat underhåll genomförs enligt underhållsplanen", "Fastighetschef", G,
         "Genomgång klar. Takbyte Kyrkerörsgatan har senarelagts till 2026 utan beslut i styrelsen – "
         "avvikelse rapporterad till VD.", ("GENOMFORD", "ja")),
        ("Inköp", "Kontroll att inköp över 100 tkr beslutats enligt delegationsordningen", "VD", G,
         "8 inköp kontrollerade, samtliga med beslut enligt delegation.", ("GENOMFORD", "nej")),
        ("Säkerhet", "Inventering av huvudnycklar och passersystem", "Driftchef", R,
         "Ej genomförd. Ny nyckelansvarig tillträder i maj.", ("EJ_GENOMFORD", "")),
        ("IT", "Kontroll av behörigheter i fastighetssystemet (Vitec)", "Systemansvarig", G,
         "2 konsulter hade kvar behörighet efter avslutat uppdrag. Behörigheterna är borttagna.",
         ("GENOMFORD", "ja")),
        ("Kund", "Kontroll av att felanmälningar åtgärdas inom utlovad tid", "Kundtjänstchef", GR,
         "Mäts i stället i kundundersökningen (AktivBo).", ("UTGAR", "")),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef", G,
         "Stickprov 20 fakturor, inga avvikelser.", ("GENOMFORD", "nej")),
        ("Fastighet", "Kontroll av att obligatorisk ventilationskontroll (OVK) är utförd och godkänd",
         "Driftchef", None, None, ("SAKNAS", "")),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Falköpings Hyresbostäder AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontrollplan 2025 – läge per 30 april"
    ws["A2"].font = Font(bold=True, size=12)
    head = ["Nr", "Område", "Kontrollmoment", "Kontrollansvarig", "Status", "Kommentar"]
    for j, (h, w) in enumerate(zip(head, [5, 20, 50, 18, 9, 60]), 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = BOLD
        c.border = BORDER
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        ws.column_dimensions[get_column_letter(j)].width = w
    r = 5
    for i, (omr, km, ans, col, kom, e) in enumerate(rows, 1):
        vals = [i, omr, km, ans, None, kom]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BORDER
            c.alignment = WRAP
        if col:
            ws.cell(row=r, column=5).fill = PatternFill("solid", fgColor=col)
        exp(fil, nm, km, *e)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Teckenförklaring status").font = BOLD
    legend = [(G, "Kontrollen genomförd"), (Y, "Kontrollen påbörjad / delvis genomförd"),
              (R, "Kontrollen ej genomförd"), (GR, "Kontrollen utgår")]
    for col, txt in legend:
        r += 1
        c = ws.cell(row=r, column=2)
        c.fill = PatternFill("solid", fgColor=col)
        c.border = BORDER
        ws.cell(row=r, column=3, value=txt)
    r += 2
    ws.cell(row=r, column=2, value="Rapporteras till styrelsen 2025-05-22. Ansvarig: Lena Karlsson, ekonomichef")
    ws.oddHeader.center.text = "Internkontroll 2025"
    fix_props(wb, "Lena Karlsson")
    src = os.path.join(TMP, "fabo.xlsx")
    wb.save(src)
    soffice(src, "xls:MS Excel 97", TMP)
    shutil.copy(os.path.join(TMP, "fabo.xls"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T1"))


# ---------------------------------------------------------------------------
# 8. Falbygdens Energi AB - text only, headings per control, .odt
# ---------------------------------------------------------------------------
def file_fe():
    fil = "Falbygdens Energi - rapport intern kontroll T1 2025.odt"
    nm = "Falbygdens Energi AB"
    items = [
        ("Kontroll av att nya elnätsanslutningar faktureras enligt gällande prislista",
         ["Stickprov av 10 nya anslutningar under januari–april. I ett fall hade fel säkringsstorlek "
          "debiterats; fakturan är krediterad och ny faktura skickad.", "Status: Genomförd."],
         ("GENOMFORD", "ja")),
        ("Kontroll av att mätvärden rapporteras till elhandlare inom föreskriven tid",
         ["Status: Delvis genomförd. Kontroll gjord för januari och februari utan anmärkning. Mars och april "
          "kontrolleras när ny rapport från mätvärdessystemet finns."], ("DELVIS", "nej")),
        ("Attest av leverantörsfakturor enligt attestordningen",
         ["Stickprov 20 fakturor.", "Status: Genomförd, inga avvikelser."], ("GENOMFORD", "nej")),
        ("Kontroll av efterlevnad av IT-säkerhetsrutiner för driftsystemet (SCADA)",
         ["Status: Ej genomförd. Kontrollen skjuts till hösten då extern granskare inte varit tillgänglig."],
         ("EJ_GENOMFORD", "")),
        ("Kontroll av att reservkraftaggregat provkörs enligt plan",
         ["Provkörning av samtliga fyra aggregat genomfördes i mars utan anmärkning. Protokoll finns hos "
          "driftchefen."], ("GENOMFORD", "nej")),
        ("Kontroll av att kundklagomål registreras och besvaras inom 10 arbetsdagar",
         ["Status: Genomförd med avvikelse. 3 av 41 ärenden besvarades senare än 10 arbetsdagar. "
          "Kundservice har fått förstärkning under sommaren."], ("GENOMFORD", "ja")),
    ]
    d = new_doc("Peter Andersson")
    d.add_heading("Falbygdens Energi AB", level=0)
    d.add_paragraph("Rapport intern kontroll – första tertialet 2025").runs[0].bold = True
    d.add_paragraph("Till styrelsen för Falbygdens Energi AB. Rapporten omfattar perioden 1 januari – 30 april "
                    "2025 och redovisar de kontroller i internkontrollplanen som skulle genomföras under "
                    "perioden.")
    for km, paras, e in items:
        d.add_heading(km, level=2)
        for ptxt in paras:
            d.add_paragraph(ptxt)
        exp(fil, nm, km, *e)
    d.add_paragraph()
    d.add_paragraph("Falköping den 7 maj 2025")
    d.add_paragraph("Peter Andersson, ekonomichef")
    src = os.path.join(TMP, "fe.docx")
    d.save(src)
    soffice(src, "odt", TMP)
    shutil.copy(os.path.join(TMP, "fe.odt"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "T1"))


# ---------------------------------------------------------------------------
# 9. Rejected: the blank central template (only headers)
# ---------------------------------------------------------------------------
def file_blank():
    fil = "Mall uppföljning internkontroll T1 2025.xlsx"
    wb = Workbook()
    instruction_sheet(wb.active, "tertial 1 (januari–april) 2025")
    ws = wb.create_sheet("Uppföljning")
    central_followup_sheet(ws, "Uppföljning av internkontrollplan 2025", None, "Tertial 1 (januari–april) 2025",
                           None, None, [], empty_rows=15)
    lists_sheet(wb)
    wb.active = 1
    fix_props(wb, "Ekonomiavdelningen")
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Kompetens- och arbetslivsnämnden", "KAN|Kompetens- och arbetslivsförvaltningen|KAF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Byggnadsnämnden", "BN"),
    ("Tekniska nämnden", "TN"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", ""),
    ("Falköpings Hyresbostäder AB", "FaBo|Hyresbostäder"),
    ("Falbygdens Energi AB", "FEAB|Falbygdens Energi"),
]


def main():
    for f in os.listdir(OUT):
        if f != "make_round.py" and f != "README.md" and os.path.isfile(os.path.join(OUT, f)):
            os.remove(os.path.join(OUT, f))
    file_ks()
    file_kaf()
    file_bun()
    file_sn()
    file_kfn()
    file_sbf()
    file_fabo()
    file_fe()
    file_blank()
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert not any(";" in x or "\n" in x for x in row), row
            f.write(";".join(row) + "\n")
    shutil.rmtree(TMP, ignore_errors=True)
    print("files:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
