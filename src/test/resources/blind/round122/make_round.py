#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 122 – Lövsjö kommun, T1 2025: spreadsheet mechanics.

Builds every file of the round in this folder (run with /usr/bin/python3).
"""
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import Outline

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round122"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WRAPC = Alignment(wrap_text=True, vertical="center", horizontal="center")
BOLD = Font(bold=True)


def fill(rgb):
    return PatternFill("solid", start_color=rgb, end_color=rgb)


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def inject_cached_values(path, sheet_xml, cache):
    """openpyxl writes formulas without results; put the results in, as Excel would
    have stored them, so a reader that does not calculate still sees the values."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == sheet_xml:
                xml = data.decode("utf-8")
                for ref, val in cache.items():
                    pat = re.compile(r'<c r="%s"([^>]*?)>(<f>.*?</f>)(?:<v\s*/>|<v></v>|<v>.*?</v>)?</c>' % ref)
                    m = pat.search(xml)
                    if not m:
                        raise RuntimeError("formula cell %s not found" % ref)
                    attrs = re.sub(r'\s+t="[^"]*"', "", m.group(1))
                    if isinstance(val, str):
                        v = val.replace("&", "&amp;").replace("<", "&lt;")
                        new = '<c r="%s"%s t="str">%s<v>%s</v></c>' % (ref, attrs, m.group(2), v)
                    else:
                        new = '<c r="%s"%s>%s<v>%s</v></c>' % (ref, attrs, m.group(2), repr(val))
                    xml = xml[:m.start()] + new + xml[m.end():]
                data = xml.encode("utf-8")
            zout.writestr(item, data)
    os.replace(tmp, path)


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – hidden "Status 2024" column, drop-downs from hidden sheet,
#    collapsed outline group, hidden example row, hidden struck row, frozen panes
# ---------------------------------------------------------------------------
def build_ks():
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning T1"
    lists = wb.create_sheet("Listor")
    lists.sheet_state = "hidden"
    lists["A1"] = "Status"
    for i, s in enumerate(["Genomförd", "Delvis genomförd", "Pågår", "Ej påbörjad",
                           "Ej genomförd", "Utgår"], start=2):
        lists.cell(row=i, column=1, value=s)
    lists["B1"] = "Avvikelse"
    lists["B2"] = "Ja"
    lists["B3"] = "Nej"

    ws.merge_cells("A1:H1")
    ws["A1"] = "Lövsjö kommun – Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = "Uppföljning av internkontrollplan 2025, tertial 1 (januari–april)"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:H3")
    ws["A3"] = ("Ansvarig förvaltning: Kommunledningsförvaltningen, ekonomiavdelningen"
                "      Datum: 2025-05-07      Handläggare: Jonas Berglöf")
    heads = ["Nr", "Process / kontrollmoment", "Kontrollmetod", "Frekvens",
             "Status 2024", "Status T1 2025", "Avvikelse (Ja/Nej)", "Kommentar / åtgärd"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F4E78")
        cell.alignment = WRAPC
        cell.border = BOX

    rows = [
        # (kind, nr, text, metod, frekvens, st2024, st2025, avv, kommentar, hidden)
        ("ex", "0", "Exempel: Kontroll av att ... (radera raden innan rapporten skickas)",
         "Stickprov x st", "Tertial", "Genomförd", "Genomförd", "Nej", "Skriv kort vad som gjorts.", True),
        ("head", "1", "Ekonomi och redovisning"),
        ("c", "1.1", "Attest av leverantörsfakturor – kontroll att beslutsattest görs av behörig "
                     "attestant enligt gällande attestförteckning",
         "Stickprov 25 fakturor per tertial i Raindance", "Tertial", "Genomförd", "Genomförd", "Ja",
         "2 av 25 fakturor attesterade av ersättare som inte fanns med i attestförteckningen. "
         "Förteckningen uppdaterad 2025-04-22.", False),
        ("c", "1.2", "Representation och förtroendekänsliga poster – syfte och deltagare anges "
                     "på underlaget",
         "Stickprov 15 verifikationer", "Tertial", "Delvis genomförd", "Pågår", "Nej",
         "Januari–februari granskat utan anmärkning, mars–april granskas i maj.", False),
        ("c", "1.3", "Manuella utbetalningar – kontroll att två personer i förening har godkänt "
                     "utbetalningen",
         "Samtliga manuella utbetalningar", "Månad", "Genomförd", None, None, None, False),
        ("head", "2", "Personal och lön"),
        ("c", "2.1", "Löner – kontroll att nyanställda som registrerats i lönesystemet har ett "
                     "underskrivet anställningsavtal",
         "Stickprov 20 nyanställningar", "Tertial", "Genomförd", "Genomförd", "Nej",
         "Samtliga 20 avtal fanns i personalakten.", True),
        ("c", "2.2", "Kontroll att avslutade anställningar avslutas i tid i lönesystemet "
                     "(risk för felaktiga löneutbetalningar)",
         "Avstämning avslutslista HR mot lönesystem", "Månad", "Delvis genomförd", "Genomförd", "Ja",
         "En felaktig utbetalning i februari (16 400 kr) – återkrav skickat.", True),
        ("c", "2.3", "Bisysslor – kontroll att chefers bisysslor är anmälda och bedömda",
         "Genomgång av bisysselregistret", "Helår", "Ej genomförd", "Ej påbörjad", None,
         "Planeras till T2 i samband med medarbetarsamtalen.", True),
        ("head", "3", "IT och informationssäkerhet"),
        ("c", "3.1", "IT-behörigheter – kontroll att behörigheter i ekonomisystemet tas bort för "
                     "personal som slutat",
         "Lista från IT jämförs med avslutade anställningar", "Tertial", "Genomförd", "?", None,
         None, False),
        ("c", "3.2", "Dataskydd – kontroll att registerförteckningen (art. 30 GDPR) är uppdaterad",
         "Genomgång med dataskyddssamordnare", "Halvår", "Genomförd", "Delvis genomförd", "Ja",
         "Förteckningen saknar tre behandlingar inom HR (rekrytering). Kompletteras i juni.", False),
        ("c", "3.3", "Kontroll av loggar i diariesystemet Public 360",
         "Loggutdrag 10 ärenden", "Halvår", "Genomförd", "Utgår", None,
         "Struken ur planen enligt beslut KS 2025-02-12 § 18 – ingår i kommungemensam granskning.",
         True),
        ("head", "4", "Upphandling och avtal"),
        ("c", "4.1", "Avtalstrohet – kontroll att inköp över 100 tkr görs från leverantör med "
                     "gällande avtal",
         "Leverantörsreskontra, inköp > 100 tkr", "Tertial", "Delvis genomförd", "Genomförd", "Ja",
         "Tre inköp av konsulttjänster utan avtal och utan dokumenterad direktupphandling. "
         "Redovisas för KS i juni.", False),
        ("c", "4.2", "Delegationsbeslut – kontroll att beslut fattade på delegation anmäls till "
                     "kommunstyrelsen",
         "Jämförelse beslutslogg – anmälningslistor", "Tertial", "Genomförd", "Genomförd", "Nej",
         "Samtliga beslut anmälda vid KS sammanträden i februari och april.", False),
    ]
    ws.sheet_properties.outlinePr = Outline(summaryBelow=False, summaryRight=True)
    r = 6
    group_rows = {}
    current = None
    for row in rows:
        if row[0] == "head":
            ws.cell(row=r, column=1, value=row[1]).font = BOLD
            ws.cell(row=r, column=2, value=row[2]).font = BOLD
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = fill("D9E1F2")
                ws.cell(row=r, column=c).border = BOX
            current = r
            group_rows[current] = []
            r += 1
            continue
        kind, nr, text, metod, frek, s24, s25, avv, kom, hidden = row
        vals = [nr, text, metod, frek, s24, s25, avv, kom]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        if kind == "ex":
            for c in range(1, 9):
                ws.cell(row=r, column=c).font = Font(italic=True, color="7F7F7F")
            ws.row_dimensions[r].hidden = True
        else:
            group_rows[current].append((r, hidden))
        ws.row_dimensions[r].height = 45
        r += 1
    last = r - 1

    # outline groups: process 2 collapsed, the others expanded
    for head, members in group_rows.items():
        first, lst = members[0][0], members[-1][0]
        collapsed = all(h for _, h in members)
        ws.row_dimensions.group(first, lst, outline_level=1, hidden=collapsed)
        if collapsed:
            ws.row_dimensions[head].collapsed = True
        else:
            for rr, h in members:
                if h:
                    ws.row_dimensions[rr].hidden = True

    ws.cell(row=last + 2, column=2, value="Sammanfattning: 9 av 10 kontroller rapporterade. "
            "Avvikelser redovisas i separat ärende till KS 2025-06-11.").font = Font(italic=True)

    dv = DataValidation(type="list", formula1="Listor!$A$2:$A$7", allow_blank=True,
                        showErrorMessage=False)
    dv.add("F7:F%d" % last)
    dv2 = DataValidation(type="list", formula1="Listor!$B$2:$B$3", allow_blank=True)
    dv2.add("G7:G%d" % last)
    ws.add_data_validation(dv)
    ws.add_data_validation(dv2)

    widths = {"A": 6, "B": 55, "C": 32, "D": 10, "E": 16, "F": 18, "G": 12, "H": 55}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.column_dimensions["E"].hidden = True
    ws.freeze_panes = "C6"
    wb.active = 0
    wb.save(os.path.join(OUT, "KS_Internkontroll_T1_2025.xlsx"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – status computed by formula from percentage
# ---------------------------------------------------------------------------
def build_bun():
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws.merge_cells("A1:I1")
    ws["A1"] = "Barn- och utbildningsförvaltningen, Lövsjö kommun"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:I2")
    ws["A2"] = "Internkontrollplan 2025 – uppföljning per 30 april (tertial 1)"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A3:I3")
    ws["A3"] = ("Status beräknas automatiskt av andelen utförda stickprov: 100 % = Genomförd, "
                "50–99 % = Delvis genomförd, 1–49 % = Påbörjad, 0 % = Ej påbörjad. "
                "Fyll bara i gula celler.")
    ws["A3"].alignment = Alignment(wrap_text=True)
    ws.row_dimensions[3].height = 30
    heads = ["Id", "Område", "Kontrollmoment", "Planerade stickprov", "Utförda stickprov",
             "Andel utförd", "Status", "Antal avvikelser", "Kommentar"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill("C6E0B4")
        cell.alignment = WRAPC
        cell.border = BOX
    data = [
        ("B1", "Skolskjuts", "Kontroll att beslut om skolskjuts är fattade enligt riktlinjerna "
         "och av rätt delegat", 20, 20, None, 0, "Inga avvikelser."),
        ("B2", "Ekonomi", "Leverantörsfakturor – kontroll av attest och kontering i förskolorna",
         30, 30, None, 4, "4 felkonteringar (fel ansvar) rättade i mars."),
        ("B3", "Elevhälsa", "Kontroll att loggkontroll görs av elevhälsans journaler i Prorenata",
         10, 6, None, 0, "Resterande fyra enheter granskas i maj."),
        ("B4", "Ekonomi", "Modersmålsundervisning – kontroll av underlag för ersättning till "
         "extern utförare", 12, 2, None, 1, "Ett underlag saknade elevlista. Arbetet fortsätter T2."),
        ("B5", "Trygghet", "Kränkande behandling – kontroll att anmälningar till huvudman utreds "
         "inom två veckor", 15, 0, None, None,
         "Rektorerna har inte hunnit ta fram underlag under tertialet."),
        ("B6", "Ekonomi", "Interkommunal ersättning (IKE) – kontroll att fakturering av elever "
         "från andra kommuner är fullständig", 1, None, None, None, None),
        ("B7", "Tillgångar", "Inventarier – kontroll att datorer och lärplattor registreras i "
         "inventarieregistret", 25, None, "Utgår", None,
         "Utgår – ersätts av kommungemensam IT-inventering (KS beslut 2025-02-12)."),
        ("B8", "Styrning", "Delegationsbeslut – kontroll att delegationsbeslut anmäls till "
         "nämnden", 4, 4, None, 1, "Ett beslut om skolplacering anmäldes en månad för sent."),
    ]
    cache = {}
    r = 6
    for (id_, omr, text, plan, utf, override, avv, kom) in data:
        ws.cell(row=r, column=1, value=id_)
        ws.cell(row=r, column=2, value=omr)
        ws.cell(row=r, column=3, value=text)
        ws.cell(row=r, column=4, value=plan)
        ws.cell(row=r, column=5, value=utf)
        ws.cell(row=r, column=6, value='=IF(OR(D%d="",E%d=""),"",E%d/D%d)' % (r, r, r, r))
        pct = "" if (plan is None or utf is None) else utf / plan
        cache["F%d" % r] = pct
        if override is not None:
            ws.cell(row=r, column=7, value=override)  # formula overwritten by hand
        else:
            ws.cell(row=r, column=7, value='=IF(F%d="","",IF(F%d>=1,"Genomförd",IF(F%d>=0.5,'
                    '"Delvis genomförd",IF(F%d>0,"Påbörjad","Ej påbörjad"))))' % (r, r, r, r))
            if pct == "":
                st = ""
            elif pct >= 1:
                st = "Genomförd"
            elif pct >= 0.5:
                st = "Delvis genomförd"
            elif pct > 0:
                st = "Påbörjad"
            else:
                st = "Ej påbörjad"
            cache["G%d" % r] = st
        ws.cell(row=r, column=8, value=avv)
        ws.cell(row=r, column=9, value=kom)
        for c in range(1, 10):
            cell = ws.cell(row=r, column=c)
            cell.alignment = WRAP
            cell.border = BOX
            if c in (5, 8, 9):
                cell.fill = fill("FFF2CC")
        ws.cell(row=r, column=6).number_format = "0%"
        ws.row_dimensions[r].height = 42
        r += 1
    last = r - 1
    ws.cell(row=r, column=3, value="Summa").font = BOLD
    ws.cell(row=r, column=4, value="=SUM(D6:D%d)" % last)
    ws.cell(row=r, column=5, value="=SUM(E6:E%d)" % last)
    ws.cell(row=r, column=6, value="=E%d/D%d" % (r, r))
    ws.cell(row=r, column=8, value="=SUM(H6:H%d)" % last)
    sd = sum(d[3] for d in data)
    se = sum(d[4] or 0 for d in data)
    cache["D%d" % r] = sd
    cache["E%d" % r] = se
    cache["F%d" % r] = se / sd
    cache["H%d" % r] = sum(d[6] or 0 for d in data)
    ws.cell(row=r, column=6).number_format = "0%"
    for c in range(1, 10):
        ws.cell(row=r, column=c).font = BOLD
        ws.cell(row=r, column=c).border = BOX
    ws.cell(row=r + 2, column=1, value="Sammanställt av: Maria Öhrn, controller BUF, 2025-05-05")
    for k, v in {"A": 5, "B": 12, "C": 52, "D": 11, "E": 11, "F": 10, "G": 17, "H": 11,
                 "I": 48}.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "D6"
    path = os.path.join(OUT, "BUN IKP 2025 - uppföljning tertial 1.xlsx")
    wb.save(path)
    inject_cached_values(path, "xl/worksheets/sheet1.xml", cache)


# ---------------------------------------------------------------------------
# 3. Socialnämnden – wrap text, one control over three merged rows
# ---------------------------------------------------------------------------
def build_sn():
    wb = Workbook()
    ws = wb.active
    ws.title = "Internkontroll SN"
    ws.merge_cells("A1:F1")
    ws["A1"] = "SOCIALNÄMNDEN – UPPFÖLJNING INTERN KONTROLL, TERTIAL 1 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:F2")
    ws["A2"] = "Socialförvaltningen, Lövsjö kommun. Behandlas i socialnämnden 2025-05-21."
    heads = ["Process", "Kontrollmoment", "Omfattning / enhet", "Resultat T1", "Bedömning",
             "Åtgärd"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill("F4B084")
        cell.alignment = WRAPC
        cell.border = BOX

    def put(r, vals, height=60):
        for c, v in enumerate(vals, start=1):
            if v is None:
                continue
            ws.cell(row=r, column=c, value=v)
        for c in range(1, 7):
            ws.cell(row=r, column=c).alignment = WRAP
            ws.cell(row=r, column=c).border = BOX
        ws.row_dimensions[r].height = height

    put(5, ["Myndighetsutövning barn och unga",
            "Kontroll att utredningar om barn och unga avslutas inom fyra månader "
            "(11 kap. 2 § SoL)",
            "Samtliga utredningar avslutade jan–april (41 st)",
            "38 av 41 utredningar avslutade inom tid. Tre utredningar överskred fyra månader "
            "utan beslut om förlängning.",
            "Genomförd – avvikelse",
            "Påminnelse i verksamhetssystemet införs vid 3,5 månader."], 75)
    # one control over three merged rows
    put(6, ["Ekonomiskt bistånd",
            "Ekonomiskt bistånd – kontroll att utbetalningar har beslut och att underlag "
            "(kontoutdrag, hyresavi) finns i akten",
            "Enhet Vuxen Norr, 10 akter",
            "Samtliga utbetalningar hade beslut och underlag.",
            "Genomförd",
            "Resultatet redovisas på APT för respektive enhet. Enhet Etablering kontrolleras "
            "i maj."], 45)
    put(7, [None, None, "Enhet Vuxen Söder, 10 akter",
            "Två utbetalningar saknade hyresavi i akten.", "Genomförd", None], 45)
    put(8, [None, None, "Enhet Etablering, 10 akter",
            "Ej kontrollerat – handläggare sjukskriven.", "Ej genomförd", None], 45)
    ws.merge_cells("A6:A8")
    ws.merge_cells("B6:B8")
    ws.merge_cells("F6:F8")
    put(9, ["Funktionshinder",
            "LSS – kontroll att beslut om insats enligt LSS verkställs inom tre månader",
            "Alla gynnande beslut jan–mars",
            "Två beslut om bostad med särskild service (9 § 9 LSS) ej verkställda, "
            "rapporterade till IVO.",
            "Genomförd", "Dialog med VON om boendeplatser."], 60)
    put(10, ["Avgifter",
             "Kontroll av att egenavgifter för placeringar debiteras enligt taxa",
             "Stickprov 15 placeringar",
             "Kontrollen är inte genomförd under tertialet på grund av vakans på tjänsten som "
             "avgiftshandläggare.",
             None, "Genomförs T2 när ny handläggare är på plats."], 60)
    put(11, ["Informationssäkerhet",
             "Dataskydd – loggkontroll i verksamhetssystemet Lifecare (otillbörlig åtkomst)",
             "20 slumpvis valda personakter",
             "Loggar beställda från systemförvaltningen, analysen pågår.",
             "Pågår", None], 45)
    put(12, ["Delegation",
             "Kontroll att beslut fattas av rätt delegat enligt delegationsordningen",
             "Stickprov 25 beslut", "Alla beslut fattade av behörig delegat.",
             "Genomförd utan anmärkning", None], 45)
    put(13, ["Kontanthantering",
             "Kontroll av handkassor på HVB och stödboenden",
             "Samtliga handkassor", "Samtliga handkassor avvecklades 2024-12-31.",
             "Ej aktuell", None], 45)
    ws.cell(row=15, column=1, value="Bedömning anges som: Genomförd / Delvis genomförd / "
            "Pågår / Ej genomförd / Ej aktuell.").font = Font(italic=True)
    ws.cell(row=16, column=1, value="Upprättad av: Karin Ljungberg, controller, 2025-05-08")
    for k, v in {"A": 20, "B": 42, "C": 24, "D": 44, "E": 16, "F": 34}.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, "SN_uppf_IK_T1-2025.xlsx"))


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden – PLAN 2025 | UPPFÖLJNING T1 side by side
# ---------------------------------------------------------------------------
VON_NAME = "VON - Internkontrollplan med uppföljning 2025.xlsx"


def build_von():
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws.merge_cells("A1:J1")
    ws["A1"] = "Vård- och omsorgsnämnden – Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Vård- och omsorgsförvaltningen · Lövsjö kommun · Uppdaterad 2025-05-06"
    ws.merge_cells("A3:G3")
    ws["A3"] = "PLAN 2025"
    ws.merge_cells("H3:J3")
    ws["H3"] = "UPPFÖLJNING T1"
    for ref, col in (("A3", "BDD7EE"), ("H3", "FFD966")):
        ws[ref].font = Font(bold=True, size=12)
        ws[ref].alignment = Alignment(horizontal="center")
    for c in range(1, 8):
        ws.cell(row=3, column=c).fill = fill("BDD7EE")
        ws.cell(row=4, column=c).fill = fill("DDEBF7")
    for c in range(8, 11):
        ws.cell(row=3, column=c).fill = fill("FFD966")
        ws.cell(row=4, column=c).fill = fill("FFF2CC")
    heads = ["Nr", "Process", "Risk", "Risk-värde", "Kontrollmoment", "Metod / omfattning",
             "Ansvarig", "Utförd (Ja/Nej/Delvis)", "Avvikelse", "Kommentar T1"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.alignment = WRAPC
        cell.border = BOX
    data = [
        (1, "Hemtjänst", "Utförd tid avviker från beviljad tid", 9,
         "Kontroll att utförd tid i hemtjänsten (TES) stämmer med beviljad tid",
         "Stickprov 40 ärenden", "Enhetschefer hemtjänst", "Ja", "Ja",
         "Avvikelse över 15 % i 6 av 40 ärenden. Dialog med enhetscheferna, ny kontroll T2."),
        (2, "Hemtjänst", "Felaktig ersättning till privata utförare", 8,
         "Kontroll av fakturering från privata utförare i hemtjänsten (LOV)",
         "Samtliga fakturor jan–apr", "Beställarenheten", "Delvis", "Nej",
         "Januari–februari kontrollerade utan anmärkning, mars–april återstår."),
        (3, "Särskilt boende", "Brister i läkemedelshantering", 12,
         "Läkemedelshantering – kontroll att signeringslistor är kompletta",
         "Två veckor per boende", "MAS", "Ja", "Nej", "Inga osignerade doser."),
        (4, "Särskilt boende", "Genomförandeplaner saknas", 6,
         "Kontroll att genomförandeplaner upprättas inom 14 dagar efter inflyttning",
         "Alla inflyttningar jan–apr", "Enhetschefer SÄBO", "Nej", None,
         "Har inte hunnits med p.g.a. hög sjukfrånvaro, flyttas till T2."),
        (5, "Boendes medel", "Förskingring av boendes pengar", 9,
         "Kontroll av förvaltning av boendes privata medel (kvittenser och saldo)",
         "Samtliga boenden", "Administratör", None, "Nej",
         "Kontrollen är genomförd på samtliga fem boenden. Kvittenser och saldon stämde."),
        (6, "Personal", "Lön utbetalas för ej arbetad tid", 8,
         "Kontroll att timanställda har registrerade arbetspass innan lön betalas ut",
         "Stickprov 30 timanställda", "HR-konsult", "Ja", "Ja",
         "3 pass saknade registrering i schemat, lön korrigerad."),
        (7, "Personal", "Olämplig person anställs", 12,
         "Kontroll av utdrag ur belastningsregistret vid nyanställning på LSS-boenden",
         "Alla nyanställningar", "Enhetschefer LSS", "Ja", "Nej", "12 av 12 utdrag uppvisade."),
        (8, "Avgifter", "Felaktiga omsorgsavgifter", 6,
         "Kontroll att avgiftsbeslut (maxtaxa) är korrekta efter inkomstförändring",
         "Stickprov 20 beslut", "Avgiftshandläggare", "Delvis", "Ja",
         "2 felaktiga avgifter hittills, korrigerade och återbetalda."),
        (9, "Informationssäkerhet", "Obehörig åtkomst till journaler", 9,
         "Kontroll att behörigheter i Treserva tas bort när anställning upphör",
         "Lista avslutade anställningar", "Systemförvaltare", "Utgår", None,
         "Utgår – ingår i kommungemensam kontroll som KS genomför."),
        (10, "Inköp", "Inköp utanför avtal", 6,
         "Avtalstrohet – inköp av förbrukningsmaterial (inkontinensskydd) sker från avtalad "
         "leverantör", "Leverantörsreskontra", "Ekonom", None, None, None),
    ]
    r = 5
    for row in data:
        for c, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        ws.row_dimensions[r].height = 48
        r += 1
    last = r - 1
    # process cells merged vertically where two controls share a process
    for a, b in ((5, 6), (7, 8), (10, 11)):
        ws.merge_cells("B%d:B%d" % (a, b))
    dv = DataValidation(type="list", formula1='"Ja,Nej,Delvis"', allow_blank=True)
    dv.add("H5:H%d" % last)
    dv2 = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
    dv2.add("I5:I%d" % last)
    ws.add_data_validation(dv)
    ws.add_data_validation(dv2)
    for k, v in {"A": 5, "B": 16, "C": 26, "D": 7, "E": 44, "F": 22, "G": 18, "H": 12,
                 "I": 11, "J": 46}.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "F5"
    wb.save(os.path.join(OUT, VON_NAME))


def build_lockfile():
    user = "Anna Lindqvist"
    b = bytes([len(user)]) + user.encode("latin-1")
    b = b.ljust(54, b"\x20")
    b += len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    b = b.ljust(165, b"\x20")
    with open(os.path.join(OUT, "~$" + VON_NAME), "wb") as f:
        f.write(b)


# ---------------------------------------------------------------------------
# 5. Tekniska nämnden – one workbook, two visible sheets (2024 helår, 2025 T1)
# ---------------------------------------------------------------------------
def build_tn():
    wb = Workbook()
    s24 = wb.active
    s24.title = "2024 helår"
    s25 = wb.create_sheet("2025 T1")

    def sheet(ws, title, rows, date):
        ws.merge_cells("A1:E1")
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = date
        heads = ["Kontrollområde", "Kontrollmoment", "Kontrollant", "Status", "Noteringar"]
        for c, h in enumerate(heads, start=1):
            cell = ws.cell(row=4, column=c, value=h)
            cell.font = BOLD
            cell.fill = fill("D0CECE")
            cell.border = BOX
            cell.alignment = WRAPC
        r = 5
        for row in rows:
            for c, v in enumerate(row, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.row_dimensions[r].height = 40
            r += 1
        ws.cell(row=r + 1, column=1, value="Status: Klar / Klar med anm. / Pågående / Ej startad")
        ws.cell(row=r + 1, column=1).font = Font(italic=True, size=9)
        for k, v in {"A": 18, "B": 55, "C": 18, "D": 16, "E": 50}.items():
            ws.column_dimensions[k].width = v
        ws.freeze_panes = "A5"

    sheet(s24, "Tekniska nämnden – Uppföljning internkontroll helår 2024", [
        ("Ekonomi", "Fakturakontroll – entreprenadfakturor (vinterväghållning) stäms av mot "
         "körjournaler", "Driftchef gata", "Klar med anm.",
         "Två fakturor med fler timmar än körjournalen, kreditfakturor erhållna."),
        ("Ekonomi", "Kontroll att ÄTA-arbeten har skriftlig beställning innan utförande",
         "Projektledare", "Klar", "Inga avvikelser."),
        ("Fordon", "Drivmedelskort – kontroll av tankningar mot fordon och förare",
         "Fordonssamordnare", "Klar", None),
        ("VA", "VA-debitering – kontroll att nya abonnenter debiteras anläggningsavgift",
         "VA-ekonom", "Klar", "Inga avvikelser."),
        ("Park", "Kontroll att lekplatsbesiktningar är utförda och brister åtgärdade",
         "Parkingenjör", "Ej startad", "Ny besiktningsfirma upphandlas."),
        ("Upphandling", "Direktupphandlingar över 100 tkr dokumenteras", "Inköpare", "Pågående",
         "Kontrollen flyttas över till 2025."),
    ], "Fastställd av tekniska nämnden 2025-02-19 § 9")
    sheet(s25, "Tekniska nämnden – Uppföljning internkontroll tertial 1 2025", [
        ("Ekonomi", "Fakturakontroll – entreprenadfakturor (vinterväghållning) stäms av mot "
         "körjournaler", "Driftchef gata", "Klar", "Inga avvikelser."),
        ("Ekonomi", "Kontroll att ÄTA-arbeten har skriftlig beställning innan utförande",
         "Projektledare", "Pågående",
         "2 av 5 projekt granskade, i det ena saknades skriftlig beställning för ÄTA 3."),
        ("Fordon", "Drivmedelskort – kontroll av tankningar mot fordon och förare",
         "Fordonssamordnare", "Klar", "Ett kort spärrat efter tankning av privat bil, "
         "ärendet hanteras av HR."),
        ("VA", "VA-debitering – kontroll att nya abonnenter debiteras anläggningsavgift",
         "VA-ekonom", "Ej startad", None),
        ("Park", "Kontroll att lekplatsbesiktningar är utförda och brister åtgärdade",
         "Parkingenjör", "Klar", "Besiktning utförd i april, anmärkta brister åtgärdade."),
        ("Fordon", "Kontroll att kommunens fordon har genomförd besiktning och service",
         "Fordonssamordnare", None, None),
        ("Upphandling", "Direktupphandlingar över 100 tkr dokumenteras", "Inköpare",
         "Klar med anm.", "Dokumentation saknades för 1 av 8 direktupphandlingar."),
    ], "Till tekniska nämnden 2025-05-21")
    wb.active = 0  # saved while looking at last year's sheet
    wb.save(os.path.join(OUT, "Tekniska nämnden internkontroll.xlsx"))


# ---------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden – status by colour only, legend top right, real .xls
# ---------------------------------------------------------------------------
def build_kfn(tmpdir):
    GREEN, YELLOW, RED, GREY, BLUE = "00FF00", "FFFF00", "FF0000", "C0C0C0", "99CCFF"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Kultur- och fritidsnämnden, Lövsjö kommun"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – uppföljning T1"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = "Kultur- och fritidsförvaltningen, 2025-05-05"
    ws["G2"] = "Teckenförklaring"
    ws["G2"].font = BOLD
    for i, (col, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Pågår / delvis genomförd"),
                                    (RED, "Ej genomförd"), (GREY, "Utgår")], start=3):
        ws.cell(row=i, column=7).fill = fill(col)
        ws.cell(row=i, column=7).border = BOX
        ws.cell(row=i, column=8, value=txt)
    heads = ["Nr", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=8, column=c, value=h)
        cell.font = BOLD
        cell.border = BOX
        cell.fill = fill("FFCC99")
    data = [
        (1, "Föreningsbidrag – kontroll att beviljade bidrag har underlag "
            "(medlemsförteckning, årsmöteshandlingar)", "Föreningskonsulent", GREEN,
         "20 ansökningar granskade, underlag fanns."),
        (2, "Kassahantering i simhallen – dagskassor stäms av mot kassasystemet",
         "Badchef", YELLOW, "Avstämning januari–mars klar, april återstår. En differens på "
                            "350 kr i februari."),
        (3, "Uthyrning av lokaler – kontroll att alla bokningar faktureras", "Bokningsansvarig",
         RED, "Ej påbörjad – nytt bokningssystem infördes i mars."),
        (4, "Representation – kontroll av kostnader vid arrangemang och evenemang",
         "Kulturchef", GREEN, None),
        (5, "Bibliotek – kontroll att avgifter och ersättningar för förkomna medier debiteras",
         "Bibliotekschef", GREY, "Avgifterna avskaffade från 2025 (KF-beslut)."),
        (6, "Kontroll att lönetillägg för kvälls- och helgarbete på fritidsgårdarna är korrekta",
         "Fritidschef", BLUE, None),
        (7, "Avtalstrohet – inköp av idrottsmaterial sker från avtalad leverantör", "Ekonom",
         GREEN, "Ett inköp utanför avtal (400 kr), bedöms som ringa."),
        (8, "Dataskydd – samtycken finns för publicering av bilder på sociala medier",
         "Kommunikatör", None, None),
    ]
    r = 9
    for nr, text, ansv, col, kom in data:
        ws.cell(row=r, column=1, value=nr)
        ws.cell(row=r, column=2, value=text)
        ws.cell(row=r, column=3, value=ansv)
        ws.cell(row=r, column=5, value=kom)
        if col:
            ws.cell(row=r, column=4).fill = fill(col)
        for c in range(1, 6):
            ws.cell(row=r, column=c).border = BOX
            ws.cell(row=r, column=c).alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
    for k, v in {"A": 5, "B": 60, "C": 18, "D": 9, "E": 50, "G": 4, "H": 24}.items():
        ws.column_dimensions[k].width = v
    src = os.path.join(tmpdir, "KFN_internkontroll_2025_T1.xlsx")
    wb.save(src)
    soffice_convert(src, "xls", OUT)


# ---------------------------------------------------------------------------
# 7. Hypergene-like export with two nämnder, hidden Id column, as .ods
# ---------------------------------------------------------------------------
def build_export(tmpdir):
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport"
    ws["A1"] = "Rapport: Internkontroll – uppföljning kontrollmoment"
    ws["A1"].font = BOLD
    ws["A2"] = "Period: 2025 T1   Urval: Samhällsbyggnadsförvaltningen   Utskriven: 2025-05-06 08:14"
    heads = ["Id", "Nämnd", "Verksamhet", "Kontrollmoment", "Period", "Status", "Avvikelse",
             "Kommentar"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = BOLD
        cell.fill = fill("DDDDDD")
    MHN, SBN = "Miljö- och hälsoskyddsnämnden", "Samhällsbyggnadsnämnden"
    data = [
        (4411, MHN, "Miljökontoret", "Tillsynsavgifter – kontroll att timavgift debiteras för "
         "utförd tillsyn", "Genomförd", "Ja", "4 ärenden ej fakturerade, åtgärdat i april."),
        (4412, MHN, "Miljökontoret", "Kontroll att livsmedelskontrollen följer kontrollplanen "
         "(antal planerade inspektioner)", "Pågående", "Nej", "31 av 95 planerade inspektioner."),
        (4413, MHN, "Miljökontoret", "Jäv – kontroll att inspektörer inte handlägger ärenden där "
         "jäv föreligger", "Genomförd", "Nej", None),
        (4414, MHN, "Miljökontoret", "Kontroll av att miljösanktionsavgifter beslutas och följs "
         "upp", None, None, None),
        (4415, MHN, "Miljökontoret", "Registerförteckning och dataskydd i Ecos", "Ej påbörjad",
         None, None),
        (4501, SBN, "Bygglov", "Bygglov – kontroll att beslut fattas inom lagstadgad "
         "handläggningstid (10 veckor)", "Genomförd", "Ja",
         "3 av 52 ärenden överskred tiden, avgiften reducerades enligt PBL 12 kap. 8 a §."),
        (4502, SBN, "Bygglov", "Bygglovsavgifter – kontroll att avgift tas ut enligt taxa",
         "Genomförd", "Nej", None),
        (4503, SBN, "Nämndadministration", "Delegationsbeslut anmäls till nämnden", "Genomförd",
         "Nej", None),
        (4504, SBN, "Plan", "Kontroll att planavtal finns innan detaljplanearbete startar",
         "Pågående", "Nej", "Två av fyra nya planuppdrag kontrollerade."),
        (4505, SBN, "Lantmäteri", "Lantmäteri – kontroll av debitering av förrättningskostnader",
         "Ej påbörjad", None, None),
        (4506, SBN, "Bygglov", "Kontroll att bygglovshandlingar arkiveras i e-arkivet",
         "Ej aktuell", None, "Ej aktuellt 2025 – e-arkivet tas i drift först 2026."),
    ]
    r = 5
    for row in data:
        vals = [row[0], row[1], row[2], row[3], "2025 T1", row[4], row[5], row[6]]
        for c, v in enumerate(vals, start=1):
            ws.cell(row=r, column=c, value=v)
        r += 1
    ws.auto_filter.ref = "A4:H%d" % (r - 1)
    ws.column_dimensions["A"].hidden = True
    for k, v in {"B": 28, "C": 20, "D": 62, "E": 9, "F": 13, "G": 10, "H": 55}.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A5"
    src = os.path.join(tmpdir, "Hypergene_IK_uppfoljning_2025-05-06.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", OUT)


def main():
    for f in os.listdir(OUT):
        if f.endswith((".xlsx", ".xls", ".ods")):
            os.remove(os.path.join(OUT, f))
    tmpdir = tempfile.mkdtemp(prefix="r122_")
    try:
        build_ks()
        build_bun()
        build_sn()
        build_von()
        build_lockfile()
        build_tn()
        build_kfn(tmpdir)
        build_export(tmpdir)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
