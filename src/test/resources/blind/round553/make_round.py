#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r553 - Lidköpings kommun, helårsuppföljning intern kontroll 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter
import docx
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, Cm

OUT = os.path.dirname(os.path.abspath(__file__))
BUILD = "/tmp/lo-round553-build"
LO_PROFILE = "file:///tmp/lo-round553"
YEAR = "2025"
FIXED_DT = datetime.datetime(2026, 2, 2, 10, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def norm(s):
    return " ".join(s.split())


def exp(fil, namnd, km, status, avv):
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, norm(km), status, avv))


def soffice_convert(src, fmt, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")


def fix_props(wb):
    wb.properties.creator = "Lidköpings kommun"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


# ---------------------------------------------------------------------------
# 1. Socialnämnden - large xlsx, 24 controls, process column merged vertically
# ---------------------------------------------------------------------------
def build_sn():
    fil = "Socialnämnden IK-uppföljning helår 2025.xlsx"
    namnd = "Socialnämnden"
    # (process, risk, kontrollmoment, metod, frekvens, ansvarig, status, resultat, åtgärd, exp_status, avv)
    rows = [
        ("Myndighetsutövning barn och unga",
         "Utredningar avslutas inte inom lagstadgad tid",
         "Kontroll av att utredningar avseende barn och unga avslutas inom fyra månader enligt 11 kap. 2 § SoL.\nStickprov om 10 avslutade utredningar per tertial.",
         "Stickprov i Treserva", "Tertialvis", "Enhetschef barn och unga",
         "Genomförd med avvikelse",
         "30 utredningar har granskats under året. 26 avslutades inom fyra månader.\nI 4 utredningar hade utredningstiden förlängts utan att beslut om förlängning dokumenterats. Orsaken bedöms vara hög arbetsbelastning under våren.",
         "Rutinen för beslut om förlängd utredningstid har förtydligats och gåtts igenom på APT i oktober 2025.",
         "GENOMFORD", "ja"),
        ("Myndighetsutövning barn och unga",
         "Skyddsbedömning och förhandsbedömning dröjer",
         "Kontroll av att förhandsbedömning av inkomna orosanmälningar görs inom 14 dagar.",
         "Uttag ur Treserva", "Tertialvis", "Enhetschef mottagning",
         "Genomförd",
         "Samtliga 45 granskade anmälningar förhandsbedömdes inom 14 dagar.\nSkyddsbedömning gjordes samma dag i samtliga fall.",
         "Ingen åtgärd.",
         "GENOMFORD", "nej"),
        ("Myndighetsutövning barn och unga",
         "Placerade barn saknar aktuell planering",
         "Uppföljning av att vårdplan och genomförandeplan upprättas för samtliga placerade barn.\nGenomgång av samtliga placeringar per 2025-10-31.",
         "Genomgång av akter", "Årligen", "Enhetschef familjehem",
         "Delvis genomförd",
         "Genomgången är gjord för placeringar i familjehem (42 st). Av dessa saknade 3 en aktuell genomförandeplan.\nPlaceringar på HVB (9 st) återstår och granskas i januari 2026.",
         "Handläggarna har påmints. Återrapport till nämnden i mars 2026.",
         "DELVIS", "ja"),
        ("Ekonomiskt bistånd",
         "Beslut fattas av obehörig",
         "Kontroll av att beslut om ekonomiskt bistånd fattas av behörig handläggare enligt delegationsordningen.",
         "Stickprov 40 beslut", "Halvårsvis", "Enhetschef försörjningsstöd",
         "Genomförd",
         "Stickprov om 40 beslut. Samtliga beslut var fattade av behörig delegat. Inga avvikelser.",
         "",
         "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd",
         "Felaktiga utbetalningar",
         "Kontroll av att utbetalningar av ekonomiskt bistånd överensstämmer med beslut.\nStickprov 20 utbetalningar per halvår, jämförelse mellan beslut och utbetalning i Treserva.",
         "Stickprov", "Halvårsvis", "Controller socialförvaltningen",
         "Genomförd med avvikelse",
         "40 utbetalningar granskade. En dubbelutbetalning om 6 840 kr upptäcktes i juni.\nÅterkrav har upprättats och beloppet är återbetalt.",
         "Systemspärr mot dubbla utbetalningar har beställts av systemleverantören.",
         "GENOMFORD", "ja"),
        ("Ekonomiskt bistånd",
         "Bistånd betalas ut trots annan ersättning",
         "Kontroll av att kontroll mot Försäkringskassan och arbetslöshetskassa (SSBTEK) görs vid varje nyansökan.",
         "Stickprov 25 ansökningar", "Årligen", "Enhetschef försörjningsstöd",
         "Genomförd",
         "I 25 av 25 granskade nyansökningar fanns dokumenterad SSBTEK-kontroll.",
         "",
         "GENOMFORD", "nej"),
        ("Ekonomiskt bistånd",
         "Återkrav preskriberas",
         "Kontroll av att beslutade återkrav följs upp och bevakas.",
         "Genomgång av återkravsliggare", "Årligen", "Ekonomisk handläggare",
         "Ej genomförd",
         "Kontrollen har inte genomförts på grund av vakant tjänst som ekonomisk handläggare under hösten.\nKontrollen flyttas till internkontrollplan 2026.",
         "",
         "EJ_GENOMFORD", ""),
        ("Äldreomsorg och hemtjänst",
         "Utförd tid avviker från beviljad tid",
         "Kontroll av att beviljad tid i hemtjänst överensstämmer med utförd tid enligt TES-registrering.\nJämförelse av beviljade och utförda timmar per hemtjänstgrupp, månadsvis.",
         "Uttag TES och Treserva", "Månadsvis", "Verksamhetschef hemtjänst",
         "Genomförd",
         "Utförd tid har legat mellan 91 och 97 procent av beviljad tid i samtliga grupper.\nInga avvikelser över fastställd gräns (10 procent).",
         "",
         "GENOMFORD", "nej"),
        ("Äldreomsorg och hemtjänst",
         "Felaktiga avgifter",
         "Kontroll av att avgiftsbeslut för hemtjänst och särskilt boende grundas på aktuell inkomstförfrågan.",
         "Stickprov 30 avgiftsbeslut", "Årligen", "Avgiftshandläggare",
         "Genomförd med avvikelse",
         "Av 30 granskade avgiftsbeslut saknades aktuell inkomstförfrågan i 5 fall.\nAvgiftshandläggarna har skickat ut nya förfrågningar och avgifterna har räknats om.",
         "Påminnelse om årlig inkomstförfrågan läggs in i handläggarnas årshjul.",
         "GENOMFORD", "ja"),
        ("Äldreomsorg och hemtjänst",
         "Nycklar till brukares bostad hanteras felaktigt",
         "Kontroll av att nyckelhantering i hemtjänsten sker enligt rutin (kvittering och låsbox).",
         "Inventering på plats", "Årligen", "Enhetschefer hemtjänst",
         "Delvis genomförd",
         "Kontrollen är genomförd i hemtjänstgrupperna Norr och Centrum, utan avvikelser.\nGrupperna Väster och Öster kontrolleras under första kvartalet 2026.",
         "",
         "DELVIS", "nej"),
        ("Äldreomsorg och hemtjänst",
         "Brukares privata medel hanteras felaktigt",
         "Kontroll av att brukarnas privata medel på särskilt boende hanteras enligt rutin.\nStickprov vid två boenden per halvår.",
         "Stickprov", "Halvårsvis", "Enhetschefer särskilt boende",
         "",
         "Kontrollen är genomförd vid Ekebo och Majblomman (våren) samt vid Fågelsången och Solbacken (hösten).\nInga avvikelser noterades.",
         "",
         "GENOMFORD", "nej"),
        ("LSS och socialpsykiatri",
         "Beslut verkställs inte i tid",
         "Kontroll av att beslut enligt LSS verkställs inom tre månader och att ej verkställda beslut rapporteras till IVO.",
         "Uttag ur Treserva", "Kvartalsvis", "Enhetschef LSS-handläggning",
         "Genomförd med avvikelse",
         "Två beslut om bostad med särskild service enligt 9 § 9 LSS har inte verkställts inom tre månader.\nBåda har rapporterats till IVO och nämnden inom föreskriven tid.",
         "Nytt gruppboende beräknas öppna i april 2026.",
         "GENOMFORD", "ja"),
        ("LSS och socialpsykiatri",
         "Insatser följs inte upp",
         "Kontroll av att genomförandeplaner inom daglig verksamhet följs upp minst en gång per år.",
         "Genomgång av samtliga planer", "Årligen", "Enhetschef daglig verksamhet",
         "Genomförd",
         "Samtliga 118 genomförandeplaner är uppföljda under 2025.",
         "",
         "GENOMFORD", "nej"),
        ("LSS och socialpsykiatri",
         "Felaktig fakturering från utförare",
         "Kontroll av att fakturor från externa utförare av personlig assistans stämmer mot beslut och tidsredovisning.",
         "Stickprov", "Halvårsvis", "Controller socialförvaltningen",
         "Utgår",
         "Kontrollen utgår enligt nämndens beslut 2025-05-21 § 61.\nKontrollen ersätts av Försäkringskassans granskning av assistansersättning.",
         "",
         "UTGAR", ""),
        ("Hälso- och sjukvård",
         "Brister i läkemedelshantering",
         "Kontroll av att läkemedelshanteringen på särskilda boenden följer gällande rutin.\nEgenkontroll enligt checklista samt extern granskning av farmaceut.",
         "Checklista och extern granskning", "Årligen", "Medicinskt ansvarig sjuksköterska",
         "Genomförd",
         "Extern läkemedelsgenomgång av farmaceut har genomförts vid samtliga sex boenden i oktober.\nBrister i temperaturloggning av läkemedelskylskåp noterades vid ett boende och åtgärdades direkt.",
         "",
         "GENOMFORD", "ja"),
        ("Hälso- och sjukvård",
         "Avvikelser följs inte upp",
         "Kontroll av att avvikelser enligt HSL registreras och återkopplas inom 14 dagar.",
         "Uttag ur avvikelsesystemet", "Halvårsvis", "Medicinskt ansvarig sjuksköterska",
         "Delvis genomförd",
         "Granskning gjord för perioden januari–juni.\nAndra halvåret har inte granskats på grund av byte av avvikelsesystem i september.",
         "Granskning av andra halvåret görs i det nya systemet under våren 2026.",
         "DELVIS", ""),
        ("Hälso- och sjukvård",
         "Obehörig åtkomst till journaler",
         "Kontroll av att behörigheter i journalsystemet är aktuella och att loggkontroller genomförs.",
         "Loggkontroll", "Tertialvis", "Systemförvaltare",
         "Se bilaga 3",
         "",
         "",
         "OKLAR", ""),
        ("Ekonomi och inköp",
         "Felaktig attest",
         "Kontroll av att leverantörsfakturor attesteras enligt gällande attestordning.\nStickprov 25 fakturor per tertial.",
         "Stickprov i Raindance", "Tertialvis", "Controller socialförvaltningen",
         "Genomförd",
         "75 fakturor har granskats. Samtliga var attesterade av behörig attestant.",
         "",
         "GENOMFORD", "nej"),
        ("Ekonomi och inköp",
         "Inköp utanför avtal",
         "Kontroll av att inköp sker från upphandlade avtalsleverantörer (avtalstrohet).",
         "Uttag ur inköpsanalysverktyg", "Halvårsvis", "Förvaltningsekonom",
         "Genomförd med avvikelse",
         "Avtalstroheten uppgick till 86 procent (mål 90 procent).\nKöp utanför avtal avser främst livsmedel och förbrukningsmaterial inom hemtjänsten.",
         "Information om avtal och e-handel till beställare inom äldreomsorgen.",
         "GENOMFORD", "ja"),
        ("Ekonomi och inköp",
         "Förtroendekänsliga poster",
         "Kontroll av att representation och andra förtroendekänsliga poster redovisas med syfte och deltagare.",
         "Genomgång av samtliga fakturor", "Årligen", "Förvaltningsekonom",
         "Genomförd",
         "Samtliga 14 representationsfakturor har granskats. I samtliga fall fanns syfte och deltagarförteckning.",
         "",
         "GENOMFORD", "nej"),
        ("Ekonomi och inköp",
         "Svinn i kontantkassor",
         "Kontroll av att kontantkassor på enheterna stäms av och inventeras.",
         "Oanmäld kassainventering", "Halvårsvis", "Förvaltningsekonom",
         "",
         "",
         "",
         "SAKNAS", ""),
        ("Personal och arbetsmiljö",
         "Olämplig person anställs",
         "Kontroll av att utdrag ur belastningsregistret begärs vid nyanställning inom LSS och barn och unga.",
         "Stickprov", "Årligen", "HR-specialist",
         "Genomförd",
         "Kontroll av 32 nyanställningar. Utdrag ur belastningsregistret fanns i samtliga fall.",
         "",
         "GENOMFORD", "nej"),
        ("Personal och arbetsmiljö",
         "Hot och våld hanteras inte",
         "Kontroll av att hot- och våldssituationer rapporteras i KIA och att åtgärder dokumenteras.",
         "Uttag ur KIA", "Halvårsvis", "HR-specialist",
         "Ej genomförd",
         "Kontrollen har inte genomförts under 2025.\nArbetet med en ny förvaltningsgemensam rutin för hot och våld har prioriterats.",
         "Kontrollen återkommer i internkontrollplan 2026.",
         "EJ_GENOMFORD", ""),
        ("Personal och arbetsmiljö",
         "Brott mot arbetstidslagen",
         "Kontroll av att timanställda inte överskrider tillåten arbetstid enligt arbetstidslagen.",
         "Uttag ur personalsystemet", "Årligen", "HR-specialist",
         "Delvis genomförd",
         "Kontrollen är genomförd för äldreomsorgen (oktober). 7 timanställda hade inte fått föreskriven dygnsvila.\nLSS och individ- och familjeomsorg kvarstår.",
         "Enhetscheferna inom äldreomsorgen har fått återkoppling per medarbetare.",
         "DELVIS", "ja"),
    ]
    assert len(rows) == 24
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning helår"
    ws["A1"] = "Socialnämnden – Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Helårsuppföljning. Behandlas av socialnämnden 2026-02-18."
    ws["A3"] = ("Status anges som: Genomförd / Genomförd med avvikelse / Delvis genomförd / Ej genomförd / Utgår. "
                "Avvikelser och åtgärder beskrivs i kolumn I och J.")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:J3")
    headers = ["Process", "Nr", "Risk", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
               "Status helår", "Resultat och kommentar", "Åtgärd / återrapportering"]
    hr = 5
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    fills = {"Genomförd": "C6EFCE", "Genomförd med avvikelse": "FFEB9C", "Delvis genomförd": "FFEB9C",
             "Ej genomförd": "FFC7CE", "Utgår": "D9D9D9"}
    r = hr + 1
    start = r
    prev = None
    groups = []
    for n, row in enumerate(rows, 1):
        proc, risk, km, metod, frekv, ansv, status, res, atg, es, avv = row
        if proc != prev:
            if prev is not None:
                groups.append((start, r - 1))
            start = r
            ws.cell(row=r, column=1, value=proc)
            prev = proc
        vals = [None, n, risk, km, metod, frekv, ansv, status or None, res or None, atg or None]
        for ci, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=ci)
            if ci > 1:
                c.value = v
            c.alignment = WRAP_TOP
            c.border = BORDER
        if status in fills:
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor=fills[status])
        exp(fil, namnd, km, es, avv)
        r += 1
    groups.append((start, r - 1))
    for a, b in groups:
        if b > a:
            ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
        ws.cell(row=a, column=1).alignment = Alignment(wrap_text=True, vertical="center")
        ws.cell(row=a, column=1).font = Font(bold=True)
    # summary and signature
    r += 1
    counts = {}
    for row in rows:
        counts[row[6] or "(ej angiven)"] = counts.get(row[6] or "(ej angiven)", 0) + 1
    ws.cell(row=r, column=1, value="Sammanställning").font = Font(bold=True)
    r += 1
    for k in ["Genomförd", "Genomförd med avvikelse", "Delvis genomförd", "Ej genomförd", "Utgår"]:
        ws.cell(row=r, column=1, value=k)
        ws.cell(row=r, column=2, value=counts.get(k, 0))
        r += 1
    ws.cell(row=r, column=1, value="Övriga / ej angivet")
    ws.cell(row=r, column=2, value=len(rows) - sum(counts.get(k, 0) for k in
                                               ["Genomförd", "Genomförd med avvikelse", "Delvis genomförd",
                                                "Ej genomförd", "Utgår"]))
    r += 1
    ws.cell(row=r, column=1, value="Totalt antal kontrollmoment").font = Font(bold=True)
    ws.cell(row=r, column=2, value=len(rows)).font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="Sammanställt av: Karin Lindqvist, controller, Socialförvaltningen, 2026-01-30")
    widths = [22, 5, 26, 48, 20, 12, 22, 16, 55, 35]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C6"
    ws.print_title_rows = "5:5"
    ws.page_setup.orientation = "landscape"
    ws.oddHeader.center.text = "Socialnämnden – intern kontroll 2025"
    fix_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och skolnämnden - one status column per unit + summed status
# ---------------------------------------------------------------------------
def derive_units(codes):
    c = [x for x in codes if x in ("G", "D", "E")]
    if not codes or all(x == "" for x in codes):
        return "SAKNAS"
    if not c:
        return "UTGAR"
    if all(x == "G" for x in c):
        return "GENOMFORD"
    if all(x == "E" for x in c):
        return "EJ_GENOMFORD"
    return "DELVIS"


SUMMED = {"Genomförd": "GENOMFORD", "Genomförd med anmärkning": "GENOMFORD", "Delvis genomförd": "DELVIS",
          "Ej genomförd": "EJ_GENOMFORD", "Utgår": "UTGAR"}


def build_bsn():
    fil = "BSN IK-uppföljning 2025 helår.xlsx"
    namnd = "Barn- och skolnämnden"
    # (område, kontrollmoment, ansvarig, Norr, Söder, Centrum, summerad, iakttagelser, avv)
    rows = [
        ("Elevadministration",
         "Kontroll av att skolpliktsbevakning sker och att elever med hög frånvaro uppmärksammas.",
         "Rektorer", "G", "G", "G", "Genomförd",
         "Samtliga enheter har rutin för frånvarouppföljning som följs. Inga avvikelser.", "nej"),
        ("Trygghet och studiero",
         "Kontroll av att anmälan om kränkande behandling rapporteras till huvudmannen utan dröjsmål.",
         "Rektorer", "G", "D", "G", "Delvis genomförd",
         "Enhet Söder: 6 av 21 anmälningar rapporterades senare än en vecka efter händelsen.\nÖvriga enheter utan anmärkning.",
         "ja"),
        ("Särskilt stöd",
         "Kontroll av att beslut om särskilt stöd och åtgärdsprogram dokumenteras och följs upp.",
         "Elevhälsochef", "G", "G", "G", "Genomförd med anmärkning",
         "Stickprov 10 åtgärdsprogram per enhet. Åtgärdsprogram saknade datum för uppföljning i 4 fall (Enhet Centrum).",
         "ja"),
        ("Avgifter",
         "Kontroll av att avgifter i förskola och fritidshem debiteras enligt aktuell inkomstuppgift.",
         "Handläggare barnomsorgsavgifter", "G", "G", "G", "",
         "Stickprov 20 hushåll per enhet. Inga felaktigheter.", "nej"),
        ("Personal",
         "Kontroll av att registerutdrag uppvisas vid anställning i förskola och skola.",
         "HR-konsult", "G", "G", "G", "Genomförd",
         "Registerutdrag fanns för samtliga 57 nyanställda.", "nej"),
        ("Inventarier",
         "Kontroll av att inventarier och IT-utrustning (elevdatorer) finns registrerade och inventeras.",
         "IT-samordnare", "E", "D", "E", "Delvis genomförd",
         "Enhet Söder har påbörjat inventering av elevdatorer.\nEnhet Norr och Enhet Centrum har inte genomfört kontrollen.",
         ""),
        ("Elevadministration",
         "Kontroll av att elever i anpassad grundskola har ett aktuellt beslut om mottagande.",
         "Rektor anpassad grundskola", "–", "–", "G", "Genomförd",
         "Anpassad grundskola finns endast inom Enhet Centrum. Samtliga 28 elever har beslut om mottagande.", "nej"),
        ("Säkerhet",
         "Kontroll av att systematiskt brandskyddsarbete (SBA) dokumenteras på varje skola och förskola.",
         "Rektorer / förskolechefer", "G", "E", "G", "",
         "Brandskyddsrond har inte genomförts på Söderskolan och Hasslerörs förskola på grund av ombyggnation.",
         ""),
        ("Ekonomi",
         "Kontroll av att leverantörsfakturor attesteras av behörig attestant.",
         "Förvaltningsekonom", "G", "G", "G", "Genomförd",
         "Stickprov 15 fakturor per enhet utan anmärkning.", "nej"),
        ("Informationshantering",
         "Kontroll av att sekretessbelagda handlingar i elevhälsan förvaras och gallras enligt dokumenthanteringsplanen.",
         "Elevhälsochef", "E", "E", "E", "Ej genomförd",
         "Kontrollen har flyttats till 2026 i avvaktan på ny dokumenthanteringsplan.", ""),
        ("Arbetsmiljö",
         "Kontroll av att tillbud och arbetsskador anmäls i KIA inom föreskriven tid.",
         "Rektorer", "D", "D", "G", "Delvis genomförd",
         "Enhet Norr och Enhet Söder har endast granskat vårterminen. Inga sena anmälningar i granskat underlag.",
         "nej"),
    ]
    wb = Workbook()
    ins = wb.active
    ins.title = "Instruktion"
    lines = [
        "Instruktion – uppföljning av internkontrollplan 2025",
        "",
        "1. Varje enhet fyller i sin kolumn i fliken Uppföljning 2025 med kod enligt teckenförklaringen.",
        "2. Förvaltningens kvalitetsstrateg gör en sammanvägd bedömning per kontrollmoment.",
        "3. Iakttagelser och åtgärder beskrivs i sista kolumnen.",
        "4. Filen skickas till ekonomiavdelningen senast 2026-01-23.",
        "",
        "Teckenförklaring:",
        "G = Genomförd",
        "D = Delvis genomförd",
        "E = Ej genomförd",
        "– = Ej aktuellt för enheten",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True, size=13)
    ins.column_dimensions["A"].width = 95

    ws = wb.create_sheet("Uppföljning 2025")
    ws["A1"] = "Barn- och skolförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Teckenförklaring enhetskolumner: G = Genomförd, D = Delvis genomförd, E = Ej genomförd, – = Ej aktuellt"
    ws["A3"].font = Font(italic=True, size=9)
    # two header rows: group header "Status per enhet"
    ws["E5"] = "Status per enhet"
    ws.merge_cells("E5:G5")
    ws["E5"].alignment = Alignment(horizontal="center")
    ws["E5"].font = Font(bold=True)
    headers = ["Nr", "Område", "Kontrollmoment", "Kontrollansvarig", "Enhet Norr", "Enhet Söder",
               "Enhet Centrum", "Sammanvägd status", "Iakttagelser och åtgärder"]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 7
    for n, (omr, km, ansv, no, so, ce, summ, iakt, avv) in enumerate(rows, 1):
        vals = [n, omr, km, ansv, no, so, ce, summ or None, iakt]
        for ci, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=ci, value=v)
            c.border = BORDER
            c.alignment = WRAP_TOP if ci not in (5, 6, 7) else Alignment(horizontal="center", vertical="top")
        if summ:
            es = SUMMED[summ]
        else:
            es = derive_units([no, so, ce])
        exp(fil, namnd, km, es, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanvägd status fastställd av förvaltningsledningen 2026-01-20. "
                                   "Där sammanvägd status saknas har bedömning inte hunnit göras.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHI", [5, 20, 55, 22, 10, 10, 12, 22, 60]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    fix_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))
    return fil


def build_lockfile(target):
    fil = "~$" + target
    user = "Anna Bergström"
    a = user.encode("latin-1")
    data = bytes([len(a)]) + a
    data = data + b" " * (54 - len(data))
    u = user.encode("utf-16-le")
    data += bytes([len(user), 0]) + u
    data = data + b"\x20\x00" * ((162 - len(data)) // 2)
    data = data[:162]
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# 3. Kommunstyrelsen - HTML export (.htm) from a governance system
# ---------------------------------------------------------------------------
def build_ks_htm():
    fil = "KS_Internkontroll_2025_export.htm"
    namnd = "Kommunstyrelsen"
    STATUS = {"Klar": "GENOMFORD", "Pågående": "DELVIS", "Ej påbörjad": "EJ_GENOMFORD", "Avbruten": "UTGAR"}
    COLOR = {"Klar": "#7bc67b", "Pågående": "#f5d76e", "Ej påbörjad": "#e57373", "Avbruten": "#b0b0b0"}
    groups = [
        ("Ekonomi", [
            ("Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen",
             "Redovisningschef", "Tertial", "Klar", "Klar",
             "Stickprov om 60 fakturor. Två fakturor hade attesterats av ersättare utan giltigt delegationsbeslut; rättat och attestantregistret uppdaterat.",
             "ja"),
            ("Utbetalningar", "Kontroll av ändringar av leverantörers bankgiro- och kontonummer",
             "Redovisningsekonom", "Löpande", "Pågående", "Klar",
             "Samtliga 112 ändringar under året har verifierats mot leverantören via kontaktuppgift från annan källa. Inga avvikelser.",
             "nej"),
            ("Bokslut", "Avstämning av balanskonton vid månadsbokslut",
             "Redovisningschef", "Månad", "Klar", "",
             "", ""),
            ("Upphandling", "Kontroll av att direktupphandlingar över 100 tkr dokumenteras",
             "Upphandlingschef", "Halvår", "Pågående", "Pågående",
             "Dokumentation saknades för 3 av 18 granskade direktupphandlingar under första halvåret. Granskningen av andra halvåret slutförs i februari 2026.",
             "ja"),
        ]),
        ("HR och lön", [
            ("Lön", "Kontroll av att löneutbetalningar inte sker efter avslutad anställning",
             "Lönechef", "Månad", "Klar", "Klar",
             "Kontroll mot avslutslista varje månad. En felaktig utbetalning (12 300 kr) upptäcktes i mars och har återkrävts.",
             "ja"),
            ("Bisysslor", "Kontroll av att bisysslor anmäls och prövas enligt riktlinje",
             "HR-chef", "År", "Ej påbörjad", "Ej påbörjad",
             "Ny riktlinje för bisysslor beslutas under 2026. Kontrollen flyttas till internkontrollplan 2026.",
             ""),
        ]),
        ("Informationssäkerhet och IT", [
            ("Behörigheter", "Kontroll av att behörigheter i ekonomisystemet avslutas när anställning upphör",
             "Systemförvaltare Raindance", "Halvår", "Klar", "Klar",
             "Jämförelse mellan aktiva konton och personalsystemet per 30/6 och 30/11. Inga aktiva konton för avslutade anställningar.",
             "nej"),
            ("Informationssäkerhet", "Uppföljning av att informationsklassning genomförts för kommunens verksamhetssystem",
             "Informationssäkerhetssamordnare", "År", "Pågående", "Avbruten",
             "Kontrollen avbröts genom kommunstyrelsens beslut 2025-10-08 § 187. Området hanteras i stället i projekt Informationssäkerhet 2026.",
             ""),
        ]),
        ("Styrning och ärendehantering", [
            ("Delegation", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
             "Kommunsekreterare", "Tertial", "Klar", "Klar",
             "Samtliga delegationsbeslut har anmälts. Två beslut anmäldes först vid andra sammanträdet efter beslutet.",
             "ja"),
            ("Diarieföring", "Kontroll av att allmänna handlingar diarieförs inom tre arbetsdagar",
             "Registrator", "År", "", "Klar",
             "Stickprov om 50 inkomna handlingar. 47 var diarieförda inom tre arbetsdagar, 3 inom fem arbetsdagar.",
             "ja"),
            ("Bidrag", "Kontroll av att beslutade bidrag till externa organisationer återrapporteras",
             "Kanslichef", "År", "", "",
             "", ""),
        ]),
    ]

    def esc(s):
        return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))

    def status_td(s):
        if not s:
            return '<td class="st">&nbsp;</td>'
        return ('<td class="st" style="background-color:%s"><img src="KS_Internkontroll_2025_export_files/st_%d.gif" '
                'width="12" height="12" alt="">&nbsp;%s</td>' % (COLOR[s], list(COLOR).index(s) + 1, esc(s)))

    h = []
    h.append('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">')
    h.append('<html><head>')
    h.append('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">')
    h.append('<title>Rapport - Internkontroll uppföljning</title>')
    h.append('<style type="text/css">body{font-family:Arial,Helvetica,sans-serif;font-size:9pt}'
             'table.data{border-collapse:collapse;width:100%}table.data td,table.data th{border:1px solid #999;'
             'padding:3px;vertical-align:top}th{background:#2b5797;color:#fff;text-align:left}'
             'tr.grp td{background:#dce6f1;font-weight:bold}.st{white-space:nowrap}</style>')
    h.append('</head><body>')
    h.append('<table width="100%" border="0" cellspacing="0" cellpadding="2"><tr>'
             '<td><img src="KS_Internkontroll_2025_export_files/logo.gif" alt="Lidköpings kommun"></td>'
             '<td align="right">Utskriven 2026-01-22 09:14<br>Användare: ekonomi\\maria.sandberg</td></tr></table>')
    h.append('<h2>Internkontrollplan 2025 – uppföljning</h2>')
    h.append('<table border="0" cellspacing="0" cellpadding="2">'
             '<tr><td><b>Organisation:</b></td><td>Kommunstyrelsen (Kommunledningsförvaltningen)</td></tr>'
             '<tr><td><b>Plan:</b></td><td>Internkontrollplan 2025, antagen KS 2024-12-04 § 231</td></tr>'
             '<tr><td><b>Uppföljningsperiod:</b></td><td>Helår 2025 (T3)</td></tr>'
             '<tr><td><b>Urval:</b></td><td>Alla kontrollmoment, sorterade per område</td></tr></table><br>')
    h.append('<table class="data" cellspacing="0">')
    h.append('<tr><th>Process/rutin</th><th>Kontrollmoment</th><th>Kontrollansvarig</th><th>Frekvens</th>'
             '<th>Status T2</th><th>Status helår</th><th>Analys/kommentar helår</th></tr>')
    for gname, items in groups:
        h.append('<tr class="grp"><td colspan="7">%s</td></tr>' % esc(gname))
        for proc, km, ansv, frek, t2, hel, kom, avv in items:
            h.append('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td>%s%s<td>%s</td></tr>'
                     % (esc(proc), esc(km), esc(ansv), esc(frek), status_td(t2), status_td(hel),
                        esc(kom) if kom else "&nbsp;"))
            latest = hel or t2
            es = STATUS[latest] if latest else "SAKNAS"
            exp(fil, namnd, km, es, avv)
    h.append('</table>')
    h.append('<p><b>Statusförklaring:</b> Klar = kontrollen är genomförd &nbsp;|&nbsp; Pågående = kontrollen är '
             'påbörjad men inte slutförd &nbsp;|&nbsp; Ej påbörjad = kontrollen har inte startat &nbsp;|&nbsp; '
             'Avbruten = kontrollen har strukits genom beslut</p>')
    h.append('<p style="font-size:7pt;color:#777">Genererad av beslutsstödssystemet. Sida 1 av 1</p>')
    h.append('</body></html>')
    html = "\r\n".join(h) + "\r\n"
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        f.write(html)
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden - protected sheet, hidden columns with 2024 values
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "KFN uppföljning internkontrollplan 2025.xlsx"
    namnd = "Kultur- och fritidsnämnden"
    M = {"Genomförd": "GENOMFORD", "Delvis genomförd": "DELVIS", "Ej genomförd": "EJ_GENOMFORD",
         "Ej aktuell": "UTGAR"}
    # (process, kontrollmoment, ansvarig, status2024, kommentar2024, status2025, kommentar2025, exp, avv)
    rows = [
        ("Bidrag", "Kontroll av att föreningsbidrag betalas ut enligt gällande bidragsregler och beslut.",
         "Föreningskonsulent", "Delvis genomförd", "Stickprov endast för anläggningsbidrag.",
         "Genomförd", "Stickprov 15 föreningar, samtliga bidragstyper. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Bidrag", "Kontroll av att redovisning av lokalt aktivitetsstöd stämmer mot föreningarnas närvarolistor.",
         "Föreningskonsulent", "Genomförd", "Inga avvikelser.",
         "Genomförd", "Två föreningar hade redovisat fler deltagartillfällen än närvarolistorna visade. Bidragen har justerats och återkrav skickats.",
         "GENOMFORD", "ja"),
        ("Kassahantering", "Kontroll av kassahantering och dagsavstämning i simhallen och på turistbyrån.",
         "Enhetschef anläggningar", "Ej genomförd", "Ej genomförd p.g.a. sjukskrivning.",
         "Genomförd", "Oanmäld kassakontroll vid fyra tillfällen. Kassadifferens om 450 kr vid ett tillfälle; utrett och dokumenterat.",
         "GENOMFORD", "ja"),
        ("Uthyrning", "Kontroll av att bokning och fakturering av lokaler och anläggningar överensstämmer.",
         "Bokningsansvarig", "Genomförd", "Inga avvikelser.",
         "Delvis genomförd", "Kontrollen är gjord för idrottshallar. Skollokaler som hyrs ut kvällstid har inte kontrollerats.",
         "DELVIS", ""),
        ("Inköp", "Kontroll av att inköp görs via upphandlade avtal.",
         "Förvaltningsekonom", "Genomförd", "Avtalstrohet 92 %.",
         "", "", "SAKNAS", ""),
        ("Bibliotek", "Kontroll av att medieinköp följer avtal och budget.",
         "Bibliotekschef", "Ej genomförd", "Flyttad till 2025.",
         "Ej genomförd", "Ej genomförd på grund av byte av bibliotekssystem under hösten.", "EJ_GENOMFORD", ""),
        ("Informationshantering", "Kontroll av att personuppgifter i bokningssystemet gallras enligt dokumenthanteringsplanen.",
         "Bokningsansvarig", "Delvis genomförd", "Manuell gallring påbörjad.",
         "Ej aktuell", "Bokningssystemet har bytts ut och gallring sker numera automatiskt. Kontrollen utgår.", "UTGAR", ""),
        ("Arbetsmiljö", "Kontroll av att ensamarbete vid kommunens anläggningar är riskbedömt.",
         "Enhetschef anläggningar", "Genomförd", "Riskbedömningar saknades för två anläggningar.",
         "Genomförd", "Riskbedömningar finns för samtliga anläggningar.", "GENOMFORD", "nej"),
        ("Evenemang", "Kontroll av att avtal med arrangörer finns innan evenemang genomförs på kommunal mark.",
         "Evenemangssamordnare", "", "",
         "Delvis genomförd", "11 evenemang granskade. Avtal saknades för 2 evenemang. Granskning av höstens evenemang pågår.",
         "DELVIS", "ja"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Förvaltningsekonom", "Genomförd", "Inga avvikelser.",
         "", "Granskning av 30 fakturor är gjord, samtliga var korrekt attesterade.", "GENOMFORD", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning helår"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Fyll endast i de gula fälten. Välj status i listan."
    ws["A3"].font = Font(italic=True, size=9)
    headers = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status 2024", "Kommentar 2024",
               "Status 2025", "Kommentar 2025"]
    for i, hd in enumerate(headers, 1):
        c = ws.cell(row=5, column=i, value=hd)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.border = BORDER
    yellow = PatternFill("solid", fgColor="FFF2CC")
    dv = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Ej aktuell"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    from openpyxl.styles import Protection
    r = 6
    for n, (proc, km, ansv, s24, k24, s25, k25, es, avv) in enumerate(rows, 1):
        vals = [n, proc, km, ansv, s24 or None, k24 or None, s25 or None, k25 or None]
        for ci, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=ci, value=v)
            c.border = BORDER
            c.alignment = WRAP_TOP
            if ci in (7, 8):
                c.fill = yellow
                c.protection = Protection(locked=False)
        dv.add("G%d" % r)
        exp(fil, namnd, km, es, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Uppföljningen redovisas för kultur- och fritidsnämnden 2026-02-12.")
    ws.cell(row=r + 1, column=1, value="Ansvarig tjänsteperson: Johan Ek, verksamhetscontroller")
    for col, w in zip("ABCDEFGH", [5, 20, 55, 24, 16, 30, 18, 60]):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["E"].hidden = True
    ws.column_dimensions["F"].hidden = True
    ws.protection.sheet = True
    ws.protection.password = "kfn2025"
    ws.freeze_panes = "D6"
    fix_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 5. Tekniska nämnden + Bygg- och miljönämnden - one Word document, two tables
# ---------------------------------------------------------------------------
def set_landscape(d):
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(2)


def fix_doc_props(d):
    d.core_properties.author = "Lidköpings kommun"
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.core_properties.last_modified_by = "Lidköpings kommun"
    d.core_properties.comments = ""


def build_tn_bmn():
    fil = "Gemensam uppföljning intern kontroll 2025 TN BMN.docx"
    B = {"Utan anmärkning": ("GENOMFORD", "nej"), "Med anmärkning": ("GENOMFORD", "ja"),
         "Delvis genomförd": ("DELVIS", None), "Ej genomförd": ("EJ_GENOMFORD", None), "Utgår": ("UTGAR", None)}
    tn = [
        ("Kontroll av att entreprenörer inom gata/park fakturerar enligt avtalade á-priser.",
         "Stickprov 10 fakturor",
         "10 fakturor granskade. En faktura hade felaktigt á-pris för maskintimmar; kreditering har erhållits.",
         "Med anmärkning", None),
        ("Kontroll av att VA-anslutningsavgifter debiteras enligt gällande VA-taxa.",
         "Samtliga nya anslutningar 2025 (38 st)",
         "Samtliga anslutningar debiterade enligt taxa.", "Utan anmärkning", None),
        ("Kontroll av att egenkontroll av dricksvatten sker enligt kontrollprogrammet.",
         "Genomgång av provtagningsplan och analysresultat",
         "Samtliga planerade prover är tagna. Inga prover har bedömts som otjänliga.", "Utan anmärkning", None),
        ("Kontroll av att skador på kommunens fordon och maskiner anmäls och åtgärdas.",
         "Genomgång av skaderapporter",
         "Skadeanmälningar för första halvåret är genomgångna. Andra halvåret återstår.", "Delvis genomförd", ""),
        ("Kontroll av att drivmedelskort används enligt riktlinjer.",
         "Stickprov tre månader",
         "Kontrollen har inte genomförts under året.", "Ej genomförd", ""),
        ("Kontroll av att kostnader i investeringsprojekt redovisas på rätt projekt.",
         "Fem större investeringsprojekt",
         "Felkonteringar om totalt 214 tkr upptäcktes och har rättats före bokslut.", "Med anmärkning", None),
        ("Kontroll av att grävtillstånd i allmän mark söks och följs upp.",
         "",
         "Ansvaret för grävtillstånd har flyttats till Bygg- och miljönämnden från 2025-07-01.", "Utgår", ""),
    ]
    bmn = [
        ("Kontroll av att bygglovsärenden handläggs inom lagstadgad tid (10 veckor).",
         "Samtliga beslut 2025",
         "94 % av ärendena avgjordes inom 10 veckor. I 17 ärenden överskreds tiden och avgiften reducerades enligt 12 kap. 8 a § PBL.",
         "Med anmärkning", None),
        ("Kontroll av att avgifter för tillsyn inom miljö- och hälsoskydd debiteras enligt taxa.",
         "Stickprov 20 ärenden", "Inga avvikelser.", "Utan anmärkning", None),
        ("Kontroll av att delegationsbeslut anmäls till nämnden.",
         "Samtliga delegationslistor", "Samtliga delegationsbeslut har anmälts.", "Utan anmärkning", None),
        ("Kontroll av att planerad livsmedelskontroll genomförs enligt kontrollplanen.",
         "Jämförelse planerade och utförda kontroller",
         "82 % av planerade kontroller är genomförda. Resterande kontroller förs över till 2026.",
         "Delvis genomförd", ""),
        ("Kontroll av att jäv hanteras och dokumenteras vid handläggning.",
         "Stickprov 15 ärenden", "", "", ""),
        ("Kontroll av att beslut om strandskyddsdispens fattas enligt delegationsordningen.",
         "Samtliga dispenser 2025",
         "Tre dispenser har granskats. Samtliga var beslutade av rätt delegat.", "Utan anmärkning", None),
    ]
    d = docx.Document()
    set_landscape(d)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading("Gemensam uppföljning av intern kontroll 2025", level=0)
    p = d.add_paragraph()
    p.add_run("Tekniska nämnden och Bygg- och miljönämnden").bold = True
    d.add_paragraph("Samhällsbyggnadsförvaltningen, 2026-01-28\nDnr SBF 2026/14")
    d.add_heading("Inledning", level=2)
    d.add_paragraph(
        "Samhällsbyggnadsförvaltningen är gemensam förvaltning för Tekniska nämnden och Bygg- och miljönämnden. "
        "Uppföljningen av respektive nämnds internkontrollplan för 2025 redovisas därför i ett gemensamt dokument, "
        "med ett avsnitt per nämnd. Varje nämnd behandlar sitt avsnitt vid sitt sammanträde i februari 2026.")
    d.add_paragraph(
        "Bedömningen anges som Utan anmärkning (kontrollen genomförd, inga avvikelser), Med anmärkning "
        "(kontrollen genomförd, avvikelser har noterats), Delvis genomförd, Ej genomförd eller Utgår.")

    def table(items, namnd):
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        hdr = ["Nr", "Kontrollmoment", "Omfattning", "Resultat helår 2025", "Bedömning"]
        for i, hd in enumerate(hdr):
            cell = t.rows[0].cells[i]
            cell.text = ""
            cell.paragraphs[0].add_run(hd).bold = True
        for n, (km, omf, res, bed, avv) in enumerate(items, 1):
            cells = t.add_row().cells
            for i, v in enumerate([str(n), km, omf, res, bed]):
                cells[i].text = v
            if bed:
                es, a = B[bed]
                if avv is not None:
                    a = avv
            else:
                es, a = ("SAKNAS", "")
            exp(fil, namnd, km, es, a)
        widths = [Cm(1), Cm(8), Cm(4.5), Cm(9), Cm(3)]
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w

    d.add_heading("Tekniska nämnden", level=1)
    d.add_paragraph("Tekniska nämndens internkontrollplan 2025 omfattar sju kontrollmoment.")
    table(tn, "Tekniska nämnden")
    d.add_paragraph("")
    d.add_heading("Bygg- och miljönämnden", level=1)
    d.add_paragraph("Bygg- och miljönämndens internkontrollplan 2025 omfattar sex kontrollmoment. "
                    "Kontrollmoment 5 har inte rapporterats av ansvarig enhet före sammanställningen.")
    table(bmn, "Bygg- och miljönämnden")
    d.add_paragraph("")
    d.add_paragraph("Linda Holm\nförvaltningschef, Samhällsbyggnadsförvaltningen")
    fix_doc_props(d)
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Tekniska nämnden", YEAR, "HELAR"))
    FILES.append((fil, "INLAST", "Bygg- och miljönämnden", YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 6. Gymnasie- och vuxenutbildningsnämnden - .ods, status only as traffic-light fills
# ---------------------------------------------------------------------------
def build_gvn():
    fil = "GVN internkontroll 2025.ods"
    namnd = "Gymnasie- och vuxenutbildningsnämnden"
    COL = {"g": "00B050", "y": "FFC000", "r": "FF0000", "x": "BFBFBF"}
    MAP = {"g": "GENOMFORD", "y": "DELVIS", "r": "EJ_GENOMFORD", "x": "UTGAR"}
    # (område, kontrollmoment, metod, ansvarig, T1, T2, Helår, kommentar, avv)
    rows = [
        ("Elevadministration", "Kontroll av att betyg registreras och signeras i rätt tid i elevsystemet.",
         "Uttag ur elevsystemet", "Skoladministratör", "", "g", "g", "Inga avvikelser.", "nej"),
        ("Elevadministration", "Kontroll av att rapportering av ogiltig frånvaro till CSN görs månadsvis.",
         "Avstämning av rapportlogg", "Skoladministratör", "g", "y", "g",
         "Rapporteringen för maj blev försenad på grund av systemfel. Åtgärdat, övriga månader i tid.", "ja"),
        ("Vuxenutbildning", "Kontroll av att upphandlade utbildningsanordnare inom komvux rapporterar resultat enligt avtal.",
         "Genomgång av rapporter", "Rektor vuxenutbildningen", "", "y", "y",
         "Två av fem anordnare har lämnat fullständig rapport. Övriga har påminnts enligt avtalet.", "ja"),
        ("Ekonomi", "Kontroll av att interkommunal ersättning faktureras för samtliga elever från andra kommuner.",
         "Avstämning elevregister mot fakturering", "Förvaltningsekonom", "g", "g", "", "", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor", "Förvaltningsekonom", "", "", "g", "Stickprov 20 fakturor utan anmärkning.", "nej"),
        ("Ekonomi", "Kontroll av att lärlingsersättning till arbetsplatser betalas ut enligt avtal.",
         "Stickprov", "Samordnare lärlingsutbildning", "", "", "r", "Kontrollen är inte genomförd under 2025.", ""),
        ("Säkerhet", "Kontroll av att lokaler med kemikaliehantering har aktuell kemikalieförteckning.",
         "Inventering", "Lokalsamordnare", "", "", "x",
         "Ingår från 2025 i verksamhetens ordinarie egenkontroll.", ""),
        ("Personal", "Kontroll av att lärare har legitimation och behörighet för de kurser de undervisar i.",
         "Uttag ur personalsystemet", "HR-konsult", "", "", "", "", ""),
        ("Elevhälsa", "Kontroll av att elevhälsans journaler förs enligt patientdatalagen.",
         "Granskning 15 journaler", "Verksamhetschef elevhälsa", "", "", "g",
         "Brister i signering av anteckningar i 3 av 15 journaler. Återkopplat till berörda.", "ja"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Gymnasie- och vuxenutbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning internkontrollplan 2025"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Färgmarkering:"
    leg = [("g", "Genomförd"), ("y", "Delvis genomförd / pågår"), ("r", "Ej genomförd"), ("x", "Utgår")]
    col = 2
    for k, txt in leg:
        ws.cell(row=3, column=col).fill = PatternFill("solid", fgColor=COL[k])
        ws.cell(row=3, column=col).border = BORDER
        ws.cell(row=3, column=col + 1, value=txt)
        col += 2
    headers = ["Kontrollområde", "Kontrollmoment", "Metod", "Ansvarig", "T1", "T2", "Helår", "Kommentar"]
    for i, hd in enumerate(headers, 1):
        c = ws.cell(row=5, column=i, value=hd)
        c.font = Font(bold=True)
        c.border = BORDER
        c.fill = PatternFill("solid", fgColor="D9E1F2")
    r = 6
    for omr, km, met, ansv, t1, t2, hel, kom, avv in rows:
        vals = [omr, km, met, ansv, None, None, None, kom or None]
        for ci, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=ci, value=v)
            c.border = BORDER
            c.alignment = WRAP_TOP
        for ci, k in ((5, t1), (6, t2), (7, hel)):
            if k:
                ws.cell(row=r, column=ci).fill = PatternFill("solid", fgColor=COL[k])
        latest = hel or t2 or t1
        es = MAP[latest] if latest else "SAKNAS"
        exp(fil, namnd, km, es, avv)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Rapporterat av: Gymnasie- och vuxenutbildningsförvaltningen, 2026-01-26")
    for c, w in zip("ABCDEFGH", [20, 55, 28, 24, 7, 7, 7, 55]):
        ws.column_dimensions[c].width = w
    fix_props(wb)
    os.makedirs(BUILD, exist_ok=True)
    tmp = os.path.join(BUILD, "GVN internkontroll 2025.xlsx")
    wb.save(tmp)
    soffice_convert(tmp, "ods", OUT)
    assert os.path.exists(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - prose only, old .doc format
# ---------------------------------------------------------------------------
def build_ofn():
    fil = "Överförmyndarnämnden uppföljning IK 2025.doc"
    namnd = "Överförmyndarnämnden"
    items = [
        ("Kontroll av att samtliga årsräkningar för 2024 har granskats senast 2025-09-30.",
         "Av 412 inkomna årsräkningar var 398 granskade per den 30 september. De återstående 14 granskades i oktober.",
         "Genomförd med avvikelse.", "GENOMFORD", "ja"),
        ("Kontroll av att ställföreträdare har lämnat registerutdrag innan förordnande.",
         "Samtliga 36 nya förordnanden under året har kontrollerats. Registerutdrag fanns i samtliga fall.",
         "Genomförd utan avvikelse.", "GENOMFORD", "nej"),
        ("Kontroll av att arvoden till ställföreträdare beslutas och betalas ut enligt nämndens riktlinjer.",
         "Stickprov på 25 arvodesbeslut visade inga avvikelser från riktlinjerna.",
         "Genomförd.", "GENOMFORD", "nej"),
        ("Kontroll av att förteckningar lämnas in inom två månader efter förordnande.",
         "Kontrollen har påbörjats men har inte kunnat slutföras på grund av personalomsättning på kansliet. "
         "Den slutförs under våren 2026.",
         "Delvis genomförd.", "DELVIS", ""),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    p = d.add_paragraph()
    p.add_run("Överförmyndarnämnden").bold = True
    d.add_paragraph("Tjänsteskrivelse 2026-01-19\nDnr ÖFN 2026/3")
    d.add_heading("Uppföljning av internkontrollplan 2025", level=1)
    d.add_paragraph(
        "Överförmyndarnämnden antog i december 2024 en internkontrollplan med fyra kontrollmoment. "
        "Nedan redovisas resultatet av kontrollerna för helåret 2025. Kontrollerna har utförts av "
        "handläggare på överförmyndarkansliet och sammanställts av nämndsekreteraren.")
    for n, (km, res, bed, es, avv) in enumerate(items, 1):
        p = d.add_paragraph()
        p.add_run("Kontrollmoment %d: " % n).bold = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Resultat: ").italic = True
        p.add_run(res)
        p = d.add_paragraph()
        p.add_run("Bedömning: ").italic = True
        p.add_run(bed)
        exp(fil, namnd, km, es, avv)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Överförmyndarnämnden godkänner uppföljningen av internkontrollplan 2025 och överlämnar den "
                    "till kommunstyrelsen.")
    d.add_paragraph("Eva Nilsson\nnämndsekreterare")
    fix_doc_props(d)
    os.makedirs(BUILD, exist_ok=True)
    tmp = os.path.join(BUILD, "Överförmyndarnämnden uppföljning IK 2025.docx")
    d.save(tmp)
    soffice_convert(tmp, "doc", OUT)
    assert os.path.exists(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, YEAR, "HELAR"))


# ---------------------------------------------------------------------------
def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och skolnämnden", "BSN|Barn- och skolförvaltningen|BSF"),
        ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Samhällsbyggnad teknik"),
        ("Bygg- och miljönämnden", "BMN|Miljö- och byggnämnden|Samhällsbyggnad bygg och miljö"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarkansliet|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    names = {r[0] for r in reg}
    inl = {(f[0], f[2]) for f in FILES if f[1] == "INLAST"}
    for e in EXPECTED:
        assert (e[0], e[1]) in inl, e
        assert e[1] in names, e
    for fl in FILES:
        assert fl[1] == "AVVISAD" or fl[2] in names


def main():
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    build_sn()
    bsn = build_bsn()
    build_lockfile(bsn)
    build_ks_htm()
    build_kfn()
    build_tn_bmn()
    build_gvn()
    build_ofn()
    write_csvs()
    shutil.rmtree(BUILD, ignore_errors=True)
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
