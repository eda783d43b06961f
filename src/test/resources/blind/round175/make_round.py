#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 175 - Norrsunds kommun, helår 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv and expected.csv,
deterministically (fixed document properties and fixed zip timestamps).
Run:  /usr/bin/python3 make_round.py   (from any directory; files land beside this script)
"""
import csv
import datetime as dt
import io
import os
import re
import zipfile
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2026, 1, 28, 9, 15, 0)
ZIPTIME = (2026, 1, 28, 9, 15, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def exp(fil, namnd, km, status, avv):
    km = " ".join(km.split())
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej", ""), avv
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- formula cache helpers
class FormulaCache:
    """openpyxl writes formulas without cached values; real Excel files carry them.
    We remember the value Excel would show and inject it into the sheet XML after saving."""

    def __init__(self):
        self.values = {}  # sheet title -> {coord: value}

    def put(self, ws, coord, formula, value):
        ws[coord] = formula
        self.values.setdefault(ws.title, {})[coord] = value


def _inject_and_normalise(path, wb, cache):
    """Rewrite the saved xlsx: add cached <v> values for formulas, fixed timestamps."""
    titles = [ws.title for ws in wb.worksheets]
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    new = []
    for name, data in entries:
        m = re.match(r"xl/worksheets/sheet(\d+)\.xml$", name)
        if m and cache is not None:
            title = titles[int(m.group(1)) - 1]
            vals = cache.values.get(title, {})
            text = data.decode("utf-8")

            def repl(mo):
                coord, attrs, f = mo.group(1), mo.group(2), mo.group(3)
                if coord not in vals:
                    return mo.group(0)
                v = vals[coord]
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    return '<c r="%s"%s><f>%s</f><v>%s</v></c>' % (coord, attrs, f, v)
                return '<c r="%s"%s t="str"><f>%s</f><v>%s</v></c>' % (coord, attrs, f, escape(str(v)))

            text = re.sub(r'<c r="([A-Z]+\d+)"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>', repl, text)
            data = text.encode("utf-8")
        new.append((name, data))
    _write_zip(path, new)


def _write_zip(path, entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def save_wb(wb, fname, cache, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    path = os.path.join(OUT, fname)
    wb.save(path)
    _inject_and_normalise(path, wb, cache)


def normalise_docx(path):
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    _write_zip(path, entries)


def widths(ws, spec):
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def put_row(ws, r, values, font=None, fill_=None, border=True, wrap=True):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=r, column=i, value=(v if v != "" else None))
        if font:
            c.font = font
        if fill_:
            c.fill = fill_
        if border:
            c.border = BORDER
        if wrap:
            c.alignment = WRAP


# =====================================================================================
# 1. Barn- och utbildningsnämnden - big workbook, process sections, hidden 2024 columns,
#    formula subtotals, formula "Rapporttext", Åtgärdsplan + Sammanställning
# =====================================================================================
def build_bun():
    fil = "IK-uppföljning helår 2025 Barn- och utbildningsnämnden.xlsx"
    N = "Barn- och utbildningsnämnden"
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    # nr, km, risk, metod, frekvens, ansvarig, st24, kom24, st25, kom25, avv, exp_status, exp_avv
    sections = [
        ("Process 1: Ekonomi och inköp", [
            ("1.1", "Attest av leverantörsfakturor sker enligt gällande attestordning", "3×3=9",
             "Stickprov 40 fakturor ur Raindance", "Två gånger/år", "Controller",
             "Genomförd", "Inga avvikelser.", "Genomförd",
             "Stickprov 40 fakturor (maj och november). 2 fakturor var attesterade av person utan behörighet enligt attestförteckningen; attestförteckningen är uppdaterad.",
             "Ja", "GENOMFORD", "ja"),
            ("1.2", "Inköp görs hos upphandlade leverantörer (avtalstrohet)", "3×4=12",
             "Analys av leverantörsreskontra per skolområde", "Helår", "Ekonomichef BUF",
             "Delvis genomförd", "Endast förskolan granskad.", "Delvis genomförd",
             "Skolområde Norr och Centrum granskade, avtalstrohet 86 %. Skolområde Söder återstår. Inköp av läromedel utanför avtal har noterats.",
             "Ja", "DELVIS", "ja"),
            ("1.3", "Representation och förtroendekänsliga poster redovisas med syfte och deltagare", "2×3=6",
             "Granskning av samtliga verifikat konto 7610/7620", "Helår", "Controller",
             "Genomförd", "", "Genomförd", "20 verifikat granskade. Syfte och deltagare angivna i samtliga.",
             "Nej", "GENOMFORD", "nej"),
            ("1.4", "Statsbidrag söks och redovisas inom angivna tidsramar", "2×4=8",
             "Avstämning mot Skolverkets ansökningsperioder", "Helår", "Utvecklingsstrateg",
             "–", "Ny kontroll 2025", "Genomförd",
             "Samtliga 11 ansökningar och redovisningar har lämnats in i tid.", "Nej", "GENOMFORD", "nej"),
            ("1.5", "Barnomsorgsavgifter debiteras utifrån aktuell inkomstuppgift", "3×3=9",
             "Stickprov 30 hushåll, jämförelse med inkomstuppgift", "Helår", "Handläggare barnomsorgsavgifter",
             "Genomförd", "1 hushåll felaktigt debiterat.", "Ej genomförd",
             "Kontrollen har skjutits till 2026 på grund av byte av e-tjänst för inkomstuppgifter.", "",
             "EJ_GENOMFORD", ""),
            ("1.6", "Kontanthantering i skolcaféer stäms av mot kassaredovisning", "2×2=4",
             "Oanmäld kassainventering", "Två gånger/år", "Rektor",
             "Genomförd", "", "Utgår",
             "Kontanthanteringen avvecklades 2025-01-01 (BUN 2024-11-20 § 112). Kontrollen utgår.", "–",
             "UTGAR", ""),
        ]),
        ("Process 2: Elevhälsa, närvaro och trygghet", [
            ("2.1", "Hög frånvaro (över 15 %) utreds av rektor och skolpliktsbevakning sker", "4×3=12",
             "Uttag ur Skolplattformen per månad", "Månadsvis", "Rektor",
             "Delvis genomförd", "", "Genomförd",
             "Samtliga 48 elever med hög frånvaro har utretts; 6 ärenden har lämnats till huvudmannen.", "Nej",
             "GENOMFORD", "nej"),
            ("2.2", "Anmälningar om kränkande behandling utreds och dokumenteras inom 14 dagar", "4×4=16",
             "Genomgång av samtliga anmälningar i DF Respons", "Tertialvis", "Kvalitetsstrateg",
             "Genomförd", "", "Genomförd",
             "64 anmälningar under året. I 11 ärenden överskreds 14 dagar, främst under vårterminen.", "Ja",
             "GENOMFORD", "ja"),
            ("2.3", "Elever folkbokförda i kommunen utan känd skolplacering bevakas", "3×4=12",
             "Avstämning mot folkbokföringen", "Två gånger/år", "Skolpliktshandläggare",
             "Genomförd", "", "Delvis genomförd",
             "Vårens avstämning genomförd. Höstens avstämning pågår och blir klar i februari 2026.", "Nej",
             "DELVIS", "nej"),
            ("2.4", "Orosanmälan till socialtjänsten görs utan dröjsmål", "4×4=16",
             "Jämförelse elevhälsans journal mot socialtjänstens register", "Helår", "Elevhälsochef",
             "Genomförd", "Inga avvikelser.", "", "", "", "SAKNAS", ""),
            ("2.5", "Åtkomst till elevhälsans journaler i PMO loggkontrolleras", "3×4=12",
             "Slumpvis loggkontroll 20 journaler", "Tertialvis", "Verksamhetschef elevhälsa",
             "Genomförd", "", "Genomförd",
             "Loggkontroll i april, augusti och december. En otillbörlig åtkomst upptäcktes och har anmälts till dataskyddsombudet.",
             "Ja", "GENOMFORD", "ja"),
        ]),
        ("Process 3: Personal och arbetsmiljö", [
            ("3.1", "Legitimation och behörighet kontrolleras vid anställning av lärare och förskollärare", "3×4=12",
             "Stickprov 25 nyanställningar mot Skolverkets legitimationsregister", "Helår", "HR-specialist",
             "Genomförd", "", "Genomförd",
             "Samtliga 25 kontrollerade hade legitimation eller var anställda med tidsbegränsning enligt skollagen.",
             "Nej", "GENOMFORD", "nej"),
            ("3.2", "Utdrag ur belastningsregistret har uppvisats före anställning", "4×4=16",
             "Stickprov 30 anställningar inkl. vikarier", "Helår", "HR-specialist",
             "Genomförd", "", "Genomförd",
             "1 av 30 (timvikarie i förskola) saknade registerutdrag vid anställningens början.", "Ja",
             "GENOMFORD", "ja"),
            ("3.3", "Skyddsronder genomförs på samtliga enheter enligt SAM-årshjulet", "3×3=9",
             "Enkät till enhetschefer", "Helår", "Förvaltningschef",
             "Genomförd", "", "Delvis genomförd", "Skyddsrond genomförd på 27 av 31 enheter.", "Ja",
             "DELVIS", "ja"),
            ("3.4", "Timavlönade: utbetald lön stäms av mot tidrapporter", "3×3=9",
             "Stickprov 20 tidrapporter i Heroma", "Helår", "Lönecontroller",
             "Delvis genomförd", "", "", "Genomförd i november. Inga felaktigheter hittades.", "",
             "GENOMFORD", "nej"),
            ("3.5", "Rehabiliteringsärenden dokumenteras i Adato", "2×3=6",
             "Genomgång av ärenden med fler än fyra sjuktillfällen", "Helår", "HR-konsult",
             "Genomförd", "", "Ej genomförd", "Ej påbörjad på grund av vakans på HR-enheten.", "",
             "EJ_GENOMFORD", ""),
        ]),
        ("Process 4: Informationssäkerhet och dokumenthantering", [
            ("4.1", "Behörigheter i elevadministrativt system (IST) ses över två gånger per år", "3×3=9",
             "Behörighetslista mot personalregister", "Två gånger/år", "Systemförvaltare",
             "Genomförd", "", "Genomförd", "Genomförd i juni och december enligt plan.", "Nej",
             "GENOMFORD", "nej"),
            ("4.2", "Inkomna handlingar diarieförs inom tre arbetsdagar", "2×3=6",
             "Stickprov i W3D3", "Tertialvis", "Nämndsekreterare",
             "Genomförd", "", "Delvis genomförd",
             "T1 och T2 kontrollerade. 14 % av handlingarna diariefördes senare än tre dagar. T3 kontrolleras i januari.",
             "Ja", "DELVIS", "ja"),
            ("4.3", "Personuppgiftsincidenter rapporteras till dataskyddsombudet inom 72 timmar", "3×4=12",
             "Genomgång av incidentrapporter", "Helår", "Informationssäkerhetssamordnare",
             "Ej genomförd", "", "Genomförd", "7 incidenter rapporterade, samtliga inom 72 timmar.", "Nej",
             "GENOMFORD", "nej"),
            ("4.4", "Gallring av elevdokumentation sker enligt informationshanteringsplanen", "2×2=4",
             "Kontroll av arkivförteckning", "Helår", "Arkivarie",
             "", "", "Se bilaga 3", "", "", "OKLAR", ""),
        ]),
    ]

    wb = openpyxl.Workbook()
    cache = FormulaCache()
    ws = wb.active
    ws.title = "Uppföljning helår"
    S = ws.title
    widths(ws, {"A": 6, "B": 46, "C": 9, "D": 30, "E": 13, "F": 20, "G": 15, "H": 24,
                "I": 17, "J": 52, "K": 11, "L": 60})
    ws["A1"] = "Barn- och utbildningsnämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    ws["A2"] = "Period: Helår (januari–december 2025)    Dnr BUN 2024/312    Behandlas i nämnden 2026-02-11"
    ws["A3"] = ("Statusalternativ: Genomförd / Delvis genomförd / Ej genomförd / Utgår. "
                "Ange Ja i kolumn Avvikelse om kontrollen visat fel eller brister – avvikelser förs över till bladet Åtgärdsplan.")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:L3")
    hdr = ["Nr", "Kontrollmoment", "Risk (S×K)", "Kontrollmetod", "Frekvens", "Ansvarig",
           "Status 2024", "Kommentar 2024", "Status helår 2025", "Resultat / kommentar helår 2025",
           "Avvikelse (Ja/Nej)", "Rapporttext (genereras)"]
    dv = DataValidation(type="list", formula1='"Genomförd,Delvis genomförd,Ej genomförd,Utgår"', allow_blank=True)
    ws.add_data_validation(dv)
    r = 5
    sec_ranges = []
    status_fill = {"Genomförd": fill("C6EFCE"), "Delvis genomförd": fill("FFEB9C"),
                   "Ej genomförd": fill("FFC7CE"), "Utgår": fill("D9D9D9")}
    first_ctrl_rows = {}
    for title, rows in sections:
        ws.cell(row=r, column=1, value=title).font = Font(bold=True, color="FFFFFF", size=12)
        for c in range(1, 13):
            ws.cell(row=r, column=c).fill = fill("1F4E78")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        r += 1
        put_row(ws, r, hdr, font=BOLD, fill_=fill("DDEBF7"))
        r += 1
        start = r
        for (nr, km, risk, metod, frek, ansv, st24, k24, st25, k25, avv, es, ea) in rows:
            put_row(ws, r, [nr, km, risk, metod, frek, ansv, st24, k24, st25, k25, avv, None])
            if st25 in status_fill:
                ws.cell(row=r, column=9).fill = status_fill[st25]
            rapport = "%s %s – %s" % (nr, km, st25)
            cache.put(ws, "L%d" % r, '=A%d&" "&B%d&" – "&I%d' % (r, r, r), rapport)
            ws["L%d" % r].border = BORDER
            ws["L%d" % r].alignment = WRAP
            first_ctrl_rows[nr] = r
            exp(fil, N, km, es, ea)
            r += 1
        end = r - 1
        dv.add("I%d:I%d" % (start, end))
        done = sum(1 for x in rows if x[8] == "Genomförd")
        cache.put(ws, "B%d" % r,
                  '="Antal genomförda: "&COUNTIF(I%d:I%d,"Genomförd")&" av "&COUNTA(A%d:A%d)' % (start, end, start, end),
                  "Antal genomförda: %d av %d" % (done, len(rows)))
        ws["B%d" % r].font = Font(bold=True, italic=True)
        sec_ranges.append((title, start, end, rows))
        r += 2
    tot_done = sum(1 for _, _, _, rows in sec_ranges for x in rows if x[8] == "Genomförd")
    tot = sum(len(rows) for _, _, _, rows in sec_ranges)
    ws["B%d" % r] = "Totalt antal genomförda: %d av %d" % (tot_done, tot)
    ws["B%d" % r].font = BOLD
    r += 2
    ws["B%d" % r] = "Upprättad av: Lena Ekström, controller BUF, 2026-01-22"
    ws["B%d" % (r + 1)] = "Godkänd av: Johan Berglund, förvaltningschef"
    ws.column_dimensions["G"].hidden = True
    ws.column_dimensions["H"].hidden = True
    ws.freeze_panes = "C5"
    ws.print_title_rows = "1:3"
    ws.page_setup.orientation = "landscape"

    # ---- Åtgärdsplan
    wa = wb.create_sheet("Åtgärdsplan")
    widths(wa, {"A": 6, "B": 46, "C": 40, "D": 44, "E": 20, "F": 13, "G": 14})
    wa["A1"] = "Åtgärdsplan för avvikelser – internkontroll 2025, Barn- och utbildningsnämnden"
    wa["A1"].font = Font(bold=True, size=13)
    put_row(wa, 3, ["Nr", "Kontrollmoment", "Konstaterad avvikelse", "Åtgärd", "Ansvarig", "Klart senast",
                    "Status åtgärd"], font=BOLD, fill_=fill("FCE4D6"))
    plan = [
        ("1.1", "Attest utan behörighet på 2 fakturor", "Attestförteckningen uppdateras och skickas till samtliga rektorer",
         "Controller", "2026-03-31", "Klar"),
        ("1.2", "Inköp av läromedel utanför avtal", "Information på rektorsmöte; uppföljning av skolområde Söder",
         "Ekonomichef BUF", "2026-04-30", "Pågår"),
        ("2.2", "11 utredningar tog längre tid än 14 dagar", "Påminnelsefunktion i DF Respons aktiveras",
         "Kvalitetsstrateg", "2026-02-28", "Klar"),
        ("2.5", "En otillbörlig åtkomst till elevhälsojournal", "Ärendet utreds; utbildning i sekretess för elevhälsan",
         "Verksamhetschef elevhälsa", "2026-03-31", "Pågår"),
        ("3.2", "Timvikarie utan registerutdrag", "Checklista för bemanningsenheten kompletteras",
         "HR-chef", "2026-02-15", "Klar"),
        ("3.3", "Skyddsrond saknas på 4 enheter", "Skyddsronder genomförs senast mars 2026", "Förvaltningschef",
         "2026-03-31", "Ej påbörjad"),
        ("4.2", "Sen diarieföring", "Rutin för postöppning ses över", "Nämndsekreterare", "2026-04-30", "Pågår"),
    ]
    rr = 4
    for nr, avv, atg, ansv, datum, st in plan:
        put_row(wa, rr, [nr, None, avv, atg, ansv, datum, st])
        src = first_ctrl_rows[nr]
        km = [x for _, _, _, rows in sec_ranges for x in rows if x[0] == nr][0][1]
        cache.put(wa, "B%d" % rr, "='%s'!B%d" % (S, src), km)
        wa["B%d" % rr].border = BORDER
        wa["B%d" % rr].alignment = WRAP
        rr += 1

    # ---- Sammanställning (pivot-like)
    wsum = wb.create_sheet("Sammanställning")
    widths(wsum, {"A": 28, "B": 14, "C": 14, "D": 14, "E": 14, "F": 10})
    wsum["A1"] = "Sammanställning per status – helår 2025"
    wsum["A1"].font = Font(bold=True, size=13)
    put_row(wsum, 3, ["Status", "Ekonomi och inköp", "Elevhälsa", "Personal", "Info.säkerhet", "Totalt"],
            font=BOLD, fill_=fill("DDEBF7"))
    statuses = ["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"]
    for i, st in enumerate(statuses):
        row = 4 + i
        wsum.cell(row=row, column=1, value=st).border = BORDER
        tot_ = 0
        for j, (_, s0, e0, rows) in enumerate(sec_ranges):
            n = sum(1 for x in rows if x[8] == st)
            tot_ += n
            cache.put(wsum, "%s%d" % (get_column_letter(2 + j), row),
                      "=COUNTIF('%s'!I%d:I%d,$A%d)" % (S, s0, e0, row), n)
        cache.put(wsum, "F%d" % row, "=SUM(B%d:E%d)" % (row, row), tot_)
    row = 4 + len(statuses)
    wsum.cell(row=row, column=1, value="Ej ifyllt / annat")
    tot_ = 0
    for j, (_, s0, e0, rows) in enumerate(sec_ranges):
        n = sum(1 for x in rows if x[8] not in statuses)
        tot_ += n
        col = get_column_letter(2 + j)
        cache.put(wsum, "%s%d" % (col, row),
                  "=COUNTA('%s'!A%d:A%d)-SUM(%s4:%s%d)" % (S, s0, e0, col, col, row - 1), n)
    cache.put(wsum, "F%d" % row, "=SUM(B%d:E%d)" % (row, row), tot_)
    row += 1
    wsum.cell(row=row, column=1, value="Summa kontrollmoment").font = BOLD
    for j, (_, s0, e0, rows) in enumerate(sec_ranges):
        col = get_column_letter(2 + j)
        cache.put(wsum, "%s%d" % (col, row), "=SUM(%s4:%s%d)" % (col, col, row - 1), len(rows))
    cache.put(wsum, "F%d" % row, "=SUM(B%d:E%d)" % (row, row), tot)
    wsum["A%d" % (row + 2)] = "Andel genomförda"
    cache.put(wsum, "B%d" % (row + 2), "=F4/F%d" % row, round(tot_done / tot, 4))
    wsum["B%d" % (row + 2)].number_format = "0%"
    save_wb(wb, fil, cache, "Lena Ekström")


# =====================================================================================
# 2. Socialnämnden - summary sheet FIRST, T1/T2/T3 code columns with legend + fills,
#    "Verksamhetsområde:" bands with repeated header, hidden 2024 columns, text subtotals
# =====================================================================================
def build_sn():
    fil = "Socialnämnden IKP 2025 helårsuppföljning.xlsx"
    N = "Socialnämnden"
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    # id, process, km, r24, r25, ansvarig, frekvens, utfall24, T1, T2, T3, kommentar, X, exp, avv
    sections = [
        ("Individ- och familjeomsorg", [
            ("IFO-01", "Myndighetsutövning barn och unga",
             "Utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader", 12, 12,
             "Enhetschef barn och unga", "Tertialvis", "P", "P", "P", "G",
             "Helår: 87 % av utredningarna avslutade inom fyra månader. Beslut om förlängning fanns i samtliga övriga ärenden.",
             "", "GENOMFORD", "nej"),
            ("IFO-02", "Myndighetsutövning barn och unga",
             "Förhandsbedömning av orosanmälan görs inom 14 dagar", 16, 12,
             "Enhetschef mottagning", "Tertialvis", "G", "G", "G", "G",
             "Samtliga 412 anmälningar bedömda inom tid.", "", "GENOMFORD", "nej"),
            ("IFO-03", "Ekonomiskt bistånd",
             "Beviljat ekonomiskt bistånd överensstämmer med utbetalning (stickprov 25 akter)", 9, 12,
             "Enhetschef försörjningsstöd", "Två gånger/år", "G", "–", "G", "G",
             "Stickprov i juni och november. I 2 akter har utbetalning skett utan registrerat beslut i Viva.",
             "X", "GENOMFORD", "ja"),
            ("IFO-04", "Ekonomiskt bistånd",
             "Kontroll mot Försäkringskassan och CSN görs före utbetalning", 12, 12,
             "Socialsekreterare försörjningsstöd", "Månadsvis", "G", "G", "G", "EG",
             "Kontrollen har inte kunnat utföras oktober–december på grund av personalbrist.", "",
             "EJ_GENOMFORD", ""),
            ("IFO-05", "Placerade barn",
             "Placerade barn och unga besöks minst fyra gånger per år", 16, 16,
             "Enhetschef familjehem", "Tertialvis", "P", "P", "P", "P",
             "39 av 42 placerade barn har fått minst fyra besök. Tre barn har fått tre besök.", "X",
             "DELVIS", "ja"),
            ("IFO-06", "Placerade barn",
             "Köp av HVB- och familjehemsplaceringar sker från upphandlade leverantörer", 9, 9,
             "Verksamhetschef IFO", "Helår", "EG", "–", "–", "G",
             "Samtliga 17 nya placeringar under året har skett inom ramavtal eller med dokumenterad motivering.",
             "", "GENOMFORD", "nej"),
            ("IFO-07", "Administration IFO",
             "Delegationsbeslut anmäls till nämnden månadsvis", 6, 6,
             "Nämndsekreterare", "Månadsvis", "G", "G", "G", "G", "", "", "GENOMFORD", "nej"),
        ]),
        ("Äldreomsorg", [
            ("ÄO-01", "Biståndshandläggning",
             "Genomförandeplan upprättas inom 14 dagar efter beslut om insats", 12, 12,
             "Enhetschef hemtjänst", "Tertialvis", "P", "P", "P", "G",
             "71 av 80 granskade planer upprättade inom 14 dagar. Påminnelse har gått ut till samtliga enheter.",
             "X", "GENOMFORD", "ja"),
            ("ÄO-02", "Kvalitet och patientsäkerhet",
             "Avvikelser enligt HSL och rapporter enligt lex Sarah utreds och återkopplas", 12, 12,
             "MAS", "Tertialvis", "G", "G", "G", "G", "", "", "GENOMFORD", "nej"),
            ("ÄO-03", "Kvalitet och patientsäkerhet",
             "Läkemedelshantering på särskilda boenden granskas av farmaceut", 16, 12,
             "MAS", "Helår", "G", "–", "P", "",
             "Granskning genomförd på fyra av sex boenden. Två boenden granskas i februari 2026.", "",
             "DELVIS", "nej"),
            ("ÄO-04", "Hemtjänst",
             "Utförd tid i hemtjänsten jämförs med beviljad tid i TES", 12, 9,
             "Enhetschef hemtjänst", "Tertialvis", "P", "U", "U", "U",
             "Utgår enligt SN 2025-03-19 § 41, ersätts av uppföljning i ny planeringsapp.", "",
             "UTGAR", ""),
            ("ÄO-05", "Avgifter",
             "Avgiftsbeslut (maxtaxa och förbehållsbelopp) kontrolleras mot underlag", 9, 9,
             "Avgiftshandläggare", "Helår", "G", "EG", "EG", "EG",
             "Ej genomförd på grund av byte av avgiftssystem.", "", "EJ_GENOMFORD", ""),
            ("ÄO-06", "Hemtjänst",
             "Nycklar och nyckelbrickor i hemtjänsten kvitteras och inventeras", 9, 9,
             "Enhetschef hemtjänst", "Två gånger/år", "G", "G", "–", "G/EG",
             "Se separat rapport från hemtjänstgrupperna.", "", "OKLAR", ""),
        ]),
        ("Funktionsstöd", [
            ("FS-01", "Biståndshandläggning LSS",
             "Beslut om personlig assistans enligt LSS följs upp minst en gång per år", 9, 9,
             "Enhetschef LSS-handläggning", "Helår", "P", "–", "–", "G",
             "Samtliga 34 beslut har följts upp.", "", "GENOMFORD", "nej"),
            ("FS-02", "Personlig assistans",
             "Fakturor från privata assistansanordnare kontrolleras mot tidrapporter", 16, 16,
             "Controller", "Tertialvis", "G", "G", "G", "G",
             "Felaktig debitering vid två tillfällen, 18 400 kr har återkrävts.", "X", "GENOMFORD", "ja"),
            ("FS-03", "Personal",
             "Utdrag ur belastningsregistret kontrolleras vid anställning i verksamhet för barn med funktionsnedsättning",
             12, 12, "HR-specialist", "Helår", "G", "–", "–", "G", "", "", "GENOMFORD", "nej"),
            ("FS-04", "Rapportering",
             "Ej verkställda beslut rapporteras till IVO kvartalsvis", 9, 9,
             "Nämndsekreterare", "Kvartalsvis", "G", "G", "G", "", "", "", "GENOMFORD", "nej"),
            ("FS-05", "Korttidsvistelse",
             "Matkostnad vid korttidsvistelse debiteras enligt taxa", 6, 6,
             "Avgiftshandläggare", "Helår", "EG", "–", "–", "–", "", "", "SAKNAS", ""),
        ]),
        ("Administration och ekonomi", [
            ("ADM-01", "Ekonomi",
             "Leverantörsfakturor attesteras enligt attestordningen", 9, 9,
             "Controller", "Två gånger/år", "G", "–", "G", "G",
             "Stickprov 30 fakturor per tillfälle, inga avvikelser.", "", "GENOMFORD", "nej"),
            ("ADM-02", "Informationssäkerhet",
             "Behörigheter i Lifecare stäms av mot aktiva anställningar", 12, 16,
             "Systemförvaltare", "Tertialvis", "G", "P", "–", "P",
             "12 konton tillhörande avslutade medarbetare var fortfarande aktiva. Avstämning av hemtjänstens konton pågår.",
             "X", "DELVIS", "ja"),
            ("ADM-03", "Informationssäkerhet",
             "Sekretessbelagda handlingar skickas enbart via säker e-post", 12, 12,
             "Verksamhetschef IFO", "Helår", "–", "–", "–", "EG",
             "Ny rutin för säker e-post beslutas under 2026.", "", "EJ_GENOMFORD", ""),
            ("ADM-04", "Synpunkter och klagomål",
             "Synpunkter och klagomål registreras och besvaras inom tio arbetsdagar", 6, 6,
             "Kvalitetsutvecklare", "Tertialvis", "G", "G", "G", "G",
             "146 synpunkter, samtliga besvarade inom tid.", "", "GENOMFORD", "nej"),
        ]),
    ]
    codefill = {"G": fill("92D050"), "P": fill("FFD966"), "EG": fill("FF7C80"), "U": fill("BFBFBF")}

    wb = openpyxl.Workbook()
    cache = FormulaCache()
    wo = wb.active
    wo.title = "Översikt"
    ws = wb.create_sheet("IK-plan 2025")
    S = ws.title
    widths(ws, {"A": 9, "B": 24, "C": 48, "D": 9, "E": 9, "F": 24, "G": 13, "H": 10,
                "I": 7, "J": 7, "K": 9, "L": 55, "M": 10, "N": 55})
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(bold=True, size=15)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning helår (T3)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Planen beslutad SN 2024-12-11 § 167. Uppföljningen behandlas i SN 2026-02-18."
    ws["L1"] = "Teckenförklaring"
    ws["L1"].font = BOLD
    legend = [("G", "= Genomförd"), ("P", "= Pågår / delvis genomförd"), ("EG", "= Ej genomförd"),
              ("U", "= Utgår"), ("–", "= Ingen kontroll planerad under tertialet")]
    for i, (code, txt) in enumerate(legend):
        c = ws.cell(row=2 + i, column=12, value="%s %s" % (code, txt))
        if code in codefill:
            c.fill = codefill[code]
    ws["L7"] = "X i kolumnen Avvikelse = avvikelse konstaterad, se bladet Åtgärdsplan"
    ws["L7"].font = Font(italic=True, size=9)
    hdr = ["ID", "Process", "Kontrollmoment", "Riskvärde 2024", "Riskvärde", "Kontrollansvarig", "Frekvens",
           "Utfall 2024", "T1", "T2", "T3", "Iakttagelser / kommentar", "Avvikelse", "Rad till nämndrapport"]
    r = 9
    sec_info = []
    for title, rows in sections:
        ws.cell(row=r, column=1, value="Verksamhetsområde: %s" % title).font = Font(bold=True, size=12)
        for c in range(1, 15):
            ws.cell(row=r, column=c).fill = fill("E2EFDA")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=14)
        r += 1
        put_row(ws, r, hdr, font=BOLD, fill_=fill("A9D08E"))
        r += 1
        start = r
        for row in rows:
            (cid, proc, km, r24, r25, ansv, frek, u24, t1, t2, t3, kom, x, es, ea) = row
            put_row(ws, r, [cid, proc, km, r24, r25, ansv, frek, u24, t1, t2, t3, kom, x, None])
            for col, v in ((9, t1), (10, t2), (11, t3)):
                c = ws.cell(row=r, column=col)
                c.alignment = Alignment(horizontal="center", vertical="top")
                if v in codefill:
                    c.fill = codefill[v]
            cache.put(ws, "N%d" % r, '=A%d&": "&C%d' % (r, r), "%s: %s" % (cid, km))
            ws["N%d" % r].border = BORDER
            ws["N%d" % r].alignment = WRAP
            exp(fil, N, km, es, ea)
            r += 1
        # text subtotal (typed by hand, counts G in the latest period that has a code)
        done = sum(1 for x in rows if x[13] == "GENOMFORD" and "G" in (x[10] or x[9] or x[8]))
        ws["C%d" % r] = "Antal genomförda: %d av %d" % (done, len(rows))
        ws["C%d" % r].font = Font(bold=True)
        sec_info.append((title, start, r - 1, rows, done))
        r += 2
    total_done = sum(s[4] for s in sec_info)
    total = sum(len(s[3]) for s in sec_info)
    ws["C%d" % r] = "Totalt genomförda helår: %d av %d kontrollmoment" % (total_done, total)
    ws["C%d" % r].font = BOLD
    r += 2
    ws["A%d" % r] = ("Nämndens bedömning: Den interna kontrollen bedöms i huvudsak som tillräcklig. "
                     "Avvikelser hanteras enligt bladet Åtgärdsplan.")
    ws["A%d" % (r + 2)] = "Sammanställt av: Maria Holm, kvalitetscontroller, 2026-01-27"
    ws.column_dimensions["D"].hidden = True
    ws.column_dimensions["H"].hidden = True
    ws.freeze_panes = "D9"

    # ---- Översikt (first sheet, pivot-like counts)
    widths(wo, {"A": 32, "B": 14, "C": 12, "D": 12, "E": 14, "F": 10, "G": 14})
    wo["A1"] = "Socialnämnden – sammanställning intern kontroll helår 2025"
    wo["A1"].font = Font(bold=True, size=14)
    wo["A2"] = "Antal kontrollmoment per status i T3. Detaljer finns på bladet IK-plan 2025."
    put_row(wo, 4, ["Verksamhetsområde", "Kontrollmoment", "G", "P", "EG", "U", "Ej ifyllt T3"],
            font=BOLD, fill_=fill("A9D08E"))
    rr = 5
    tots = [0] * 6
    for title, s0, e0, rows, _ in sec_info:
        wo.cell(row=rr, column=1, value=title).border = BORDER
        vals = [len(rows)] + [sum(1 for x in rows if x[10] == code) for code in ("G", "P", "EG", "U")]
        vals.append(len(rows) - sum(vals[1:]))
        forms = ["=COUNTA('%s'!A%d:A%d)" % (S, s0, e0)]
        forms += ["=COUNTIF('%s'!K%d:K%d,\"%s\")" % (S, s0, e0, code) for code in ("G", "P", "EG", "U")]
        forms.append("=B%d-SUM(C%d:F%d)" % (rr, rr, rr))
        for j, (f_, v) in enumerate(zip(forms, vals)):
            cache.put(wo, "%s%d" % (get_column_letter(2 + j), rr), f_, v)
            tots[j] += v
        rr += 1
    wo.cell(row=rr, column=1, value="Totalsumma").font = BOLD
    for j in range(6):
        col = get_column_letter(2 + j)
        cache.put(wo, "%s%d" % (col, rr), "=SUM(%s5:%s%d)" % (col, col, rr - 1), tots[j])
    rr += 3
    wo["A%d" % rr] = "Status T3"
    wo["B%d" % rr] = "Antal"
    wo["A%d" % rr].font = BOLD
    wo["B%d" % rr].font = BOLD
    for k, (code, label) in enumerate((("G", "Genomförd"), ("P", "Pågår"), ("EG", "Ej genomförd"), ("U", "Utgår"))):
        wo["A%d" % (rr + 1 + k)] = label
        wo["B%d" % (rr + 1 + k)] = tots[1 + k]
    wo["A%d" % (rr + 5)] = "Övrigt / ej ifyllt"
    wo["B%d" % (rr + 5)] = tots[5]

    # ---- Åtgärdsplan
    wa = wb.create_sheet("Åtgärdsplan")
    widths(wa, {"A": 9, "B": 46, "C": 42, "D": 42, "E": 22, "F": 14, "G": 16})
    wa["A1"] = "Åtgärdsplan – avvikelser i internkontrollen 2025"
    wa["A1"].font = Font(bold=True, size=13)
    put_row(wa, 3, ["ID", "Kontrollmoment", "Konstaterad avvikelse", "Åtgärd", "Ansvarig", "Tidplan",
                    "Återrapporteras"], font=BOLD, fill_=fill("FCE4D6"))
    plan = [
        ("IFO-03", "Utbetalning utan registrerat beslut i 2 akter", "Spärr i Viva mot utbetalning utan beslut",
         "Enhetschef försörjningsstöd", "Mars 2026", "T1 2026"),
        ("IFO-05", "Tre placerade barn fick färre än fyra besök", "Besöksplanering läggs in i Treserva-kalender",
         "Enhetschef familjehem", "Löpande", "T1 2026"),
        ("ÄO-01", "9 genomförandeplaner upprättade för sent", "Påminnelse och uppföljning på APT",
         "Enhetschef hemtjänst", "April 2026", "Delår 2026"),
        ("FS-02", "Felaktig debitering från assistansanordnare", "Återkrav genomfört; dialog med anordnaren",
         "Controller", "Klar", "–"),
        ("ADM-02", "Aktiva konton för avslutade medarbetare", "Automatisk avslutning via HR-systemet utreds",
         "Systemförvaltare", "Juni 2026", "Delår 2026"),
    ]
    kms = {x[0]: x[2] for _, rows in sections for x in rows}
    for i, row in enumerate(plan):
        put_row(wa, 4 + i, [row[0], kms[row[0]]] + list(row[1:]))
    save_wb(wb, fil, cache, "Maria Holm")


# =====================================================================================
# 3. KS + KSAU + KSPU in one workbook, header rows repeated per process with the process
#    name in the first header cell, hidden 2024 columns, IF-formula summary column
# =====================================================================================
def build_ks():
    fil = "Internkontroll 2025 KS KSAU KSPU helår.xlsx"
    organs = [
        ("KS", "Kommunstyrelsen", "Kommunstyrelsen",
         "Uppföljning av internkontrollplan 2025 – helårsrapport",
         [
             ("Ekonomiprocesser", [
                 ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 50 fakturor, två tillfällen",
                  "Redovisningschef", "2025-11-30", "Ja", "Nej", "Ja", "Nej",
                  "Stickprov i maj och november. Inga avvikelser.", "", "GENOMFORD", "nej"),
                 ("Ändring av leverantörers bank- och plusgironummer verifieras med leverantören före registrering",
                  "Samtliga ändringar i leverantörsregistret", "Redovisningsekonom", "Löpande", "Ja", "Nej",
                  "Ja", "Ja",
                  "38 ändringar under året. I 2 fall saknas dokumenterad återkoppling till leverantören. Inga felaktiga utbetalningar.",
                  "Rutinen förtydligas, dubbelkontroll införs.", "GENOMFORD", "ja"),
                 ("Balanskonton stäms av vid varje månadsbokslut", "Avstämningspärm och underskrifter",
                  "Redovisningschef", "Månadsvis", "Delvis", "Ja", "Delvis", "Ja",
                  "Avstämning saknas för april och juli på fem konton.", "Checklistan för månadsbokslut revideras.",
                  "DELVIS", "ja"),
                 ("Investeringsprojekt över 5 mnkr har beslut i kommunstyrelsen före start",
                  "Genomgång av investeringsredovisningen", "Ekonomichef", "2025-12-31", "Ja", "Nej", "Ja", "Nej",
                  "Samtliga 6 projekt hade beslut före start.", "", "GENOMFORD", "nej"),
                 ("Representation, resor och konferenser för förtroendevalda följer riktlinjerna",
                  "Samtliga verifikat på ansvar 1000–1099", "Kanslichef", "2025-12-31", "Ja", "Ja", "Ja", "Nej",
                  "", "", "GENOMFORD", "nej"),
             ]),
             ("Upphandling och avtal", [
                 ("Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjerna",
                  "Uttag ur leverantörsreskontran, kontroll mot dokumentation", "Upphandlingschef", "2025-10-31",
                  "Delvis", "Ja", "Nej", "",
                  "Kontrollen har inte genomförts under 2025 och flyttas till internkontrollplan 2026.", "",
                  "EJ_GENOMFORD", ""),
                 ("Inköp inom kommunledningsförvaltningen görs från upphandlade leverantörer", "Stickprov 60 inköp",
                  "Upphandlingschef", "2025-12-31", "Ja", "Ja", "Delvis", "Ja",
                  "30 av 60 inköp granskade, varav 4 utanför avtal.", "Resterande stickprov granskas kvartal 1 2026.",
                  "DELVIS", "ja"),
                 ("Avtalsdatabasen innehåller samtliga gällande avtal",
                  "Jämförelse leverantörsreskontra mot avtalsdatabasen", "Upphandlare", "2025-10-31", "Nej", "",
                  "", "Ja", "Genomförd i oktober. 14 avtal saknades i databasen och har lagts in.", "",
                  "GENOMFORD", "ja"),
                 ("Avtalsvillkor i IT-driftavtal följs upp", "Genomgång av leveransrapporter", "IT-chef",
                  "2025-06-30", "Ja", "Nej", "Utgår", "",
                  "Utgår enligt KS beslut 2025-05-14 § 98. Ingår i uppföljningen av IT-strategin.", "",
                  "UTGAR", ""),
             ]),
             ("Styrning, dokumenthantering och säkerhet", [
                 ("Beslut fattade med stöd av delegation anmäls till kommunstyrelsen",
                  "Jämförelse delegationslista mot protokoll", "Kanslichef", "2025-12-31", "Ja", "Nej", "Ja", "Nej",
                  "Samtliga beslut anmälda.", "", "GENOMFORD", "nej"),
                 ("Behörigheter i ekonomisystemet stäms av mot anställningsstatus", "Behörighetslista mot Heroma",
                  "Systemförvaltare ekonomi", "2025-09-30", "Ja", "Ja", "Ja", "Ja",
                  "5 behörigheter för avslutade anställningar fanns kvar och har tagits bort.",
                  "Månatlig avstämning mot Heroma införs.", "GENOMFORD", "ja"),
                 ("Allmänna handlingar lämnas ut skyndsamt", "Stickprov 20 begäranden om utlämnande",
                  "Registrator", "2025-12-31", "Ja", "Nej", "Ja", "Nej",
                  "Handläggningstid i snitt 1,5 dagar.", "", "GENOMFORD", "nej"),
                 ("Krisledningsplan och kontinuitetsplaner är uppdaterade och övade",
                  "Genomgång av planer, övningsrapport", "Säkerhetssamordnare", "2025-11-30", "Delvis", "Nej",
                  "Delvis", "Nej",
                  "Krisledningsövning genomförd i november. Kontinuitetsplaner klara för 3 av 7 verksamheter.", "",
                  "DELVIS", "nej"),
                 ("Kommunens verksamhetssystem är informationsklassade", "Förteckning över system med klassning",
                  "Informationssäkerhetssamordnare", "2025-12-31", "Ja", "Nej", "", "", "", "",
                  "SAKNAS", ""),
             ]),
         ]),
        ("KSAU", "Kommunstyrelsens arbetsutskott", "Kommunstyrelsens arbetsutskott (KSAU)",
         "Uppföljning internkontroll 2025 – helår",
         [
             (None, [
                 ("Ärenden till kommunstyrelsen bereds med ekonomisk konsekvensbeskrivning",
                  "Genomgång av samtliga tjänsteskrivelser", "Kanslichef", "2025-12-31", "Ja", "Nej", "Ja", "Nej",
                  "Samtliga 112 ärenden innehöll konsekvensbeskrivning.", "", "GENOMFORD", "nej"),
                 ("Remissyttranden lämnas inom utsatt tid", "Remisslogg", "Kommunsekreterare", "2025-12-31",
                  "Ja", "Nej", "Delvis", "Ja",
                  "3 av 19 yttranden lämnades efter svarsdatum utan att anstånd begärts.",
                  "Remisslogg med bevakning införs.", "DELVIS", "ja"),
                 ("Ordförandebeslut anmäls vid nästkommande sammanträde", "Jämförelse beslut mot protokoll",
                  "Kommunsekreterare", "2025-12-31", "Ja", "Nej", "Ja", "Nej", "", "", "GENOMFORD", "nej"),
                 ("Arbetsutskottets beslut verkställs och återrapporteras", "Beslutsuppföljningslista",
                  "Kanslichef", "2025-12-31", "Delvis", "Nej", "Nej", "", "", "", "EJ_GENOMFORD", ""),
                 ("Protokoll justeras och anslås inom lagstadgad tid", "Samtliga protokoll",
                  "Kommunsekreterare", "2025-12-31", "Ja", "Nej", "Ja", "Nej",
                  "Samtliga 22 protokoll anslagna inom två dagar efter justering.", "", "GENOMFORD", "nej"),
             ]),
         ]),
        ("KSPU", "Kommunstyrelsens personalutskott", "Kommunstyrelsens personalutskott (KSPU)",
         "Uppföljning internkontroll 2025 – helår",
         [
             (None, [
                 ("Lönesättning vid nyanställning följer lönepolicyn", "Stickprov 15 nyanställningar",
                  "HR-chef", "2025-12-31", "Ja", "Nej", "Ja", "Nej", "Stickprov 15 nyanställningar, inga avvikelser.",
                  "", "GENOMFORD", "nej"),
                 ("Rehabiliteringsutredning påbörjas senast dag 30 i sjukperioden", "Uttag ur Adato",
                  "HR-konsult", "2025-12-31", "Delvis", "Ja", "Delvis", "Ja",
                  "I 9 av 41 ärenden påbörjades utredningen efter dag 30. Genomgång av övriga förvaltningar pågår.",
                  "Utbildning för chefer i rehabiliteringsprocessen.", "DELVIS", "ja"),
                 ("Bisysslor anmäls och prövas årligen", "Kontroll mot Bolagsverkets register", "HR-chef",
                  "2025-11-30", "Ja", "Nej", "Ja", "Ja",
                  "7 ej anmälda bisysslor upptäcktes vid kontroll mot Bolagsverket. Samtliga har prövats.",
                  "Påminnelse om anmälningsplikt i medarbetarsamtal.", "GENOMFORD", "ja"),
                 ("Arvoden till förtroendevalda kontrolleras mot närvarolistor", "Stickprov 3 månader",
                  "Lönechef", "2025-12-31", "Ja", "Nej", "", "", "Se bilaga", "", "OKLAR", ""),
             ]),
         ]),
    ]
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    cache = FormulaCache()
    hdr_tail = ["Kontrollmoment", "Metod och omfattning", "Ansvarig", "Klart senast", "Genomförd 2024",
                "Avvikelse 2024", "Genomförd (Ja/Nej/Delvis)", "Avvikelse (Ja/Nej)", "Resultat och kommentar",
                "Åtgärd", "Sammanfattning (formel)"]
    sheet_rows = {}
    stats = {}
    for code, N, title, subtitle, sections in organs:
        FILES.append((fil, "INLAST", N, "2025", "HELAR"))
        ws = wb.create_sheet(code)
        widths(ws, {"A": 20, "B": 46, "C": 30, "D": 22, "E": 12, "F": 11, "G": 11, "H": 13, "I": 11,
                    "J": 50, "K": 34, "L": 55})
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = subtitle
        ws["A2"].font = Font(bold=True)
        ws["A3"] = ("Kommunledningsförvaltningen, ekonomiavdelningen. Rapporteras till kommunstyrelsen 2026-02-10."
                    if code == "KS" else "Rapporteras till kommunstyrelsen 2026-02-10 som bilaga till KS rapport.")
        r = 5
        nr = 0
        cnt = {"Ja": 0, "Delvis": 0, "Nej": 0, "Utgår": 0, "(tom)": 0}
        dv = DataValidation(type="list", formula1='"Ja,Nej,Delvis"', allow_blank=True)
        ws.add_data_validation(dv)
        for sec, rows in sections:
            put_row(ws, r, [sec or "Nr"] + hdr_tail, font=BOLD, fill_=fill("FFF2CC"))
            ws.cell(row=r, column=1).font = Font(bold=True, size=11, color="833C0B")
            r += 1
            start = r
            for (km, metod, ansv, klart, g24, a24, g, a, res, atg, es, ea) in rows:
                nr += 1
                put_row(ws, r, [nr, km, metod, ansv, klart, g24, a24, g, a, res, atg, None])
                if g == "Ja":
                    word = "genomförd"
                elif g == "Delvis":
                    word = "delvis genomförd"
                else:
                    word = "ej genomförd"
                cache.put(ws, "L%d" % r,
                          '=B%d&" – "&IF(H%d="Ja","genomförd",IF(H%d="Delvis","delvis genomförd","ej genomförd"))'
                          % (r, r, r), "%s – %s" % (km, word))
                ws["L%d" % r].border = BORDER
                ws["L%d" % r].alignment = WRAP
                cnt[g if g else "(tom)"] += 1
                exp(fil, N, km, es, ea)
                r += 1
            end = r - 1
            dv.add("H%d:H%d" % (start, end))
            done = sum(1 for x in rows if x[6] == "Ja")
            cache.put(ws, "B%d" % r,
                      '="Antal genomförda: "&COUNTIF(H%d:H%d,"Ja")&" av "&COUNTA(B%d:B%d)' % (start, end, start, end),
                      "Antal genomförda: %d av %d" % (done, len(rows)))
            ws["B%d" % r].font = Font(bold=True, italic=True)
            r += 2
        ws["B%d" % (r + 1)] = "Ansvarig för sammanställning: Karin Wallin, ekonomichef"
        ws.column_dimensions["F"].hidden = True
        ws.column_dimensions["G"].hidden = True
        ws.page_setup.orientation = "landscape"
        stats[code] = cnt

    # ---- Åtgärdsplan (all three organs)
    wa = wb.create_sheet("Åtgärdsplan")
    widths(wa, {"A": 8, "B": 46, "C": 42, "D": 40, "E": 22, "F": 14, "G": 12})
    wa["A1"] = "Åtgärdsplan för avvikelser 2025 – kommunstyrelsen med utskott"
    wa["A1"].font = Font(bold=True, size=13)
    put_row(wa, 3, ["Organ", "Kontrollmoment", "Avvikelse", "Åtgärd", "Ansvarig", "Tidplan", "Status"],
            font=BOLD, fill_=fill("FCE4D6"))
    rr = 4
    for code, N, _, _, sections in organs:
        for _, rows in sections:
            for x in rows:
                if x[7] == "Ja":
                    put_row(wa, rr, [code, x[0], x[8], x[9] or "Åtgärd bestäms i dialog med berörd chef.",
                                     x[2], "2026-06-30", "Klar" if rr % 3 == 0 else "Pågår"])
                    rr += 1

    # ---- Statistik (pivot-style)
    wp = wb.create_sheet("Statistik")
    widths(wp, {"A": 22, "B": 10, "C": 10, "D": 10, "E": 10, "F": 10, "G": 14})
    wp["A1"] = "Antal av Kontrollmoment"
    wp["B1"] = "Kolumnetiketter"
    put_row(wp, 2, ["Radetiketter", "Ja", "Delvis", "Nej", "Utgår", "(tom)", "Totalsumma"], font=BOLD,
            fill_=fill("DDEBF7"))
    rr = 3
    tot = [0] * 6
    for code in ("KS", "KSAU", "KSPU"):
        c = stats[code]
        vals = [c["Ja"], c["Delvis"], c["Nej"], c["Utgår"], c["(tom)"]]
        vals.append(sum(vals))
        put_row(wp, rr, [code] + [v if v else None for v in vals[:5]] + [vals[5]])
        tot = [a + b for a, b in zip(tot, vals)]
        rr += 1
    put_row(wp, rr, ["Totalsumma"] + tot, font=BOLD)
    wp["A%d" % (rr + 2)] = "Uppdatera via Data > Uppdatera alla om underlaget ändras."
    wp["A%d" % (rr + 2)].font = Font(italic=True, size=9)
    save_wb(wb, fil, cache, "Karin Wallin")


# =====================================================================================
# 4. Samhällsbyggnadsnämnden - nämnd only in print header + file name; plan block beside
#    Delår/Helår blocks; two-level header repeated per process; symbol statuses with legend
#    at the bottom; hidden Helår 2024 column; formula "Kortnamn"
# =====================================================================================
def build_sbn():
    fil = "SBN_IKP2025_uppfoljning_helar.xlsx"
    N = "Samhällsbyggnadsnämnden"
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    # nr, km, metod, omfattning, tidpunkt, ansvarig, delår, komm delår, helår2024, helår, komm helår, avv, exp, expavv
    sections = [
        ("1 Bygglov och tillsyn", [
            ("1.1", "Bygglovsbeslut fattas inom lagstadgad handläggningstid\n(10 veckor från komplett ansökan)",
             "Uttag ur Castor", "Samtliga beslut", "Delår och helår", "Bygglovschef", "◐", "88 % inom tid.",
             "✔", "✔", "94 % inom tid helår. Förlängning har meddelats i övriga ärenden.", "Nej",
             "GENOMFORD", "nej"),
            ("1.2", "Bygglovsavgifter debiteras enligt gällande taxa", "Stickprov", "40 ärenden", "Helår",
             "Administratör bygglov", "✔", "", "✔", "✔",
             "3 av 40 ärenden debiterade enligt 2024 års taxa, mellanskillnaden har fakturerats.", "Ja",
             "GENOMFORD", "ja"),
            ("1.3", "Anmälda ärenden om olovligt byggande registreras och handläggs",
             "Genomgång av tillsynsregistret", "Samtliga ärenden", "Helår", "Byggnadsinspektör", "✖",
             "Ej påbörjad.", "◐", "◐", "Registret genomgånget, 11 äldre ärenden saknar beslut om åtgärd.", "Ja",
             "DELVIS", "ja"),
            ("1.4", "Delegationsbeslut i bygglovsärenden anmäls till nämnden",
             "Jämförelse Castor mot nämndprotokoll", "Samtliga beslut", "Delår och helår", "Nämndsekreterare",
             "✔", "", "✔", "✔", "", "Nej", "GENOMFORD", "nej"),
            ("1.5", "Obligatorisk ventilationskontroll (OVK) följs upp", "Register över OVK-besiktningar",
             "Byggnader med krav på OVK", "Helår", "Byggnadsinspektör", "–", "", "✖", "⊘",
             "Ansvaret har flyttats till miljö- och hälsoskyddsnämnden (KF 2025-04-24 § 37).", "",
             "UTGAR", ""),
        ]),
        ("2 Gata, park och fastighet", [
            ("2.1", "Vinterväghållning utförs enligt avtal – entreprenörernas körjournaler kontrolleras",
             "Stickprov körjournaler", "3 entreprenörer", "Helår", "Gatuchef", "–", "", "✔", "",
             "Ej genomförd – ny entreprenör från 1 november, kontrollen görs under vintern 2026.", "",
             "EJ_GENOMFORD", ""),
            ("2.2", "Lekplatser besiktigas årligen enligt SS-EN 1176", "Extern besiktning", "Samtliga 34 lekplatser",
             "Maj–juni", "Parkchef", "✔", "Besiktning klar i juni.", "✔", "✔",
             "Två lekredskap med allvarliga brister har tagits ur bruk.", "Ja", "GENOMFORD", "ja"),
            ("2.3", "Underhållsplanen för kommunens fastigheter följs", "Avstämning plan mot utfall",
             "Planerade åtgärder 2025", "Delår och helår", "Fastighetschef", "◐", "", "◐", "◐",
             "62 % av planerade åtgärder utförda. Takbyte på Norrsundsskolan flyttat till 2026.", "Ja",
             "DELVIS", "ja"),
            ("2.4", "Fakturor från ramavtalsentreprenörer kontrolleras mot à-prislista", "Stickprov",
             "20 fakturor per tertial", "Tertialvis", "Projektledare", "✔", "T1 och T2 utan anmärkning.", "✔",
             "✖", "Kontrollen för september–december har inte utförts.", "", "EJ_GENOMFORD", ""),
            ("2.5", "Skyddsronder genomförs i förråd och verkstad", "Skyddsrond med skyddsombud",
             "2 arbetsplatser", "Helår", "Driftchef", "–", "", "✔", "✔",
             "Genomförd 2025-10-08, inga allvarliga brister.", "Nej", "GENOMFORD", "nej"),
        ]),
        ("3 Plan, mark och geodata", [
            ("3.1", "Detaljplaner handläggs enligt fastställd planprioritering", "Jämförelse planlista mot prioritering",
             "Samtliga planer", "Helår", "Planchef", "–", "", "✔", "✔", "", "Nej", "GENOMFORD", "nej"),
            ("3.2", "Planavgifter och plankostnadsavtal faktureras", "Genomgång av planavtal", "Samtliga avtal",
             "Helår", "Planchef", "–", "", "✔", "◐", "Fakturering av två plankostnadsavtal återstår.", "Nej",
             "DELVIS", "nej"),
            ("3.3", "Behörigheter i Lantmäteriets system granskas", "Behörighetslista", "Samtliga konton", "Helår",
             "GIS-samordnare", "✔", "", "✔", "✔", "4 inaktiva konton för avslutade medarbetare har stängts.", "Ja",
             "GENOMFORD", "ja"),
            ("3.4", "Försäljning av kommunal mark sker till marknadsvärde och med oberoende värdering",
             "Genomgång av köpeavtal", "Samtliga försäljningar", "Helår", "Mark- och exploateringschef", "–", "",
             "✔", "–", "Ingen markförsäljning har skett under 2025. Kontrollen är inte aktuell.", "",
             "UTGAR", ""),
        ]),
        ("4 Administration", [
            ("4.1", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov", "30 fakturor",
             "Delår och helår", "Controller", "✔", "", "✔", "✔", "", "Nej", "GENOMFORD", "nej"),
            ("4.2", "Bygglovsärenden diarieförs och arkiveras i Castor", "Stickprov", "50 ärenden",
             "Delår och helår", "Registrator", "✔", "", "✔", "◐",
             "Arkiveringen släpar; cirka 120 avslutade ärenden är inte arkiverade.", "Ja", "DELVIS", "ja"),
            ("4.3", "Personuppgifter i e-tjänster hanteras enligt dataskyddsförordningen",
             "Genomgång av e-tjänster och registerförteckning", "Samtliga e-tjänster", "Helår",
             "Dataskyddssamordnare", "–", "", "◐", "✖", "", "", "EJ_GENOMFORD", ""),
            ("4.4", "Felparkeringsavgifter tas ut enligt beslutad taxa", "Stickprov", "25 avgifter", "Helår",
             "Gatuchef", "", "", "✔", "", "", "", "SAKNAS", ""),
        ]),
    ]
    wb = openpyxl.Workbook()
    cache = FormulaCache()
    ws = wb.active
    ws.title = "IK 2025"
    widths(ws, {"A": 6, "B": 46, "C": 26, "D": 18, "E": 14, "F": 20, "G": 8, "H": 28, "I": 9, "J": 8,
                "K": 48, "L": 10, "M": 42})
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Rapport: Helår 2025 (delårsstatus per 31 augusti visas för jämförelse)"
    ws["A3"] = "Teckenförklaring finns längst ned på bladet."
    ws["A3"].font = Font(italic=True, size=9)
    lvl1 = ["PLAN 2025", "", "", "", "", "", "DELÅR 2025", "", "HELÅR 2024", "HELÅR 2025", "", "", ""]
    lvl2 = ["Nr", "Kontrollmoment", "Kontrollmetod", "Omfattning", "Tidpunkt", "Ansvarig", "Status",
            "Kommentar", "Status", "Status", "Kommentar / resultat", "Avvikelse", "Kortnamn"]
    symfill = {"✔": fill("C6EFCE"), "◐": fill("FFEB9C"), "✖": fill("FFC7CE"), "⊘": fill("D9D9D9")}
    r = 5
    sec_info = []
    for title, rows in sections:
        l1 = list(lvl1)
        l1[0] = title.upper() + "  |  PLAN 2025"
        put_row(ws, r, l1, font=Font(bold=True, color="FFFFFF"), fill_=fill("375623"))
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=8)
        ws.merge_cells(start_row=r, start_column=10, end_row=r, end_column=12)
        r += 1
        put_row(ws, r, lvl2, font=BOLD, fill_=fill("E2EFDA"))
        r += 1
        start = r
        for (nr, km, metod, omf, tid, ansv, d, dk, h24, h, hk, avv, es, ea) in rows:
            put_row(ws, r, [nr, km, metod, omf, tid, ansv, d, dk, h24, h, hk, avv, None])
            for col, v in ((7, d), (9, h24), (10, h)):
                c = ws.cell(row=r, column=col)
                c.alignment = Alignment(horizontal="center", vertical="top")
                if v in symfill:
                    c.fill = symfill[v]
            short = km.replace("\n", " ")[:35]
            cache.put(ws, "M%d" % r, '="SBN-"&A%d&" "&LEFT(B%d,35)&"…"' % (r, r), "SBN-%s %s…" % (nr, short))
            ws["M%d" % r].border = BORDER
            exp(fil, N, km, es, ea)
            r += 1
        end = r - 1
        done = sum(1 for x in rows if x[9] == "✔")
        cache.put(ws, "B%d" % r,
                  '="Antal genomförda: "&COUNTIF(J%d:J%d,"✔")&" av "&COUNTA(A%d:A%d)' % (start, end, start, end),
                  "Antal genomförda: %d av %d" % (done, len(rows)))
        ws["B%d" % r].font = Font(bold=True)
        sec_info.append((title, start, end, rows, done))
        r += 2
    tdone = sum(s[4] for s in sec_info)
    tot = sum(len(s[3]) for s in sec_info)
    ws["B%d" % r] = "Totalt antal genomförda helår: %d av %d" % (tdone, tot)
    ws["B%d" % r].font = BOLD
    r += 2
    ws["A%d" % r] = "Teckenförklaring"
    ws["A%d" % r].font = BOLD
    for i, (sym, txt) in enumerate((("✔", "Genomförd"), ("◐", "Delvis genomförd / pågår"), ("✖", "Ej genomförd"),
                                    ("⊘", "Utgår"), ("–", "Ingen kontroll under perioden / ej aktuell"))):
        ws["A%d" % (r + 1 + i)] = sym
        ws["B%d" % (r + 1 + i)] = txt
        if sym in symfill:
            ws["A%d" % (r + 1 + i)].fill = symfill[sym]
    ws["F%d" % (r + 1)] = "Upprättad 2026-01-20 av förvaltningens controller"
    ws.column_dimensions["I"].hidden = True
    ws.oddHeader.left.text = "Samhällsbyggnadsnämnden"
    ws.oddHeader.right.text = "Norrsunds kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.print_title_rows = "1:3"

    # ---- Åtgärdsplan
    wa = wb.create_sheet("Åtgärdsplan")
    widths(wa, {"A": 6, "B": 46, "C": 44, "D": 40, "E": 20, "F": 14})
    wa["A1"] = "Åtgärdsplan avvikelser helår 2025"
    wa["A1"].font = Font(bold=True, size=13)
    put_row(wa, 3, ["Nr", "Kontrollmoment", "Iakttagelse", "Åtgärd", "Ansvarig", "Klart"], font=BOLD,
            fill_=fill("FCE4D6"))
    atg = {"1.2": "Taxetabellen i Castor uppdateras vid årsskifte",
           "1.3": "Tillsynsärenden prioriteras i verksamhetsplan 2026",
           "2.2": "Lekredskap ersätts under våren 2026",
           "2.3": "Reviderad underhållsplan till nämnden i april",
           "3.3": "Rutin för avslut av konton vid avslutad anställning",
           "4.2": "Extra resurs för arkivering första kvartalet"}
    rr = 4
    for _, rows in sections:
        for x in rows:
            if x[11] == "Ja":
                put_row(wa, rr, [x[0], x[1], x[10], atg.get(x[0], ""), x[5], "2026-06-30"])
                rr += 1
    wa.oddHeader.left.text = "Samhällsbyggnadsnämnden"

    # ---- Statusöversikt (pivot-like)
    wp = wb.create_sheet("Statusöversikt")
    widths(wp, {"A": 34, "B": 10, "C": 10, "D": 10})
    wp["A1"] = "Statusöversikt helår 2025"
    wp["A1"].font = Font(bold=True, size=13)
    put_row(wp, 3, ["Status helår", "Antal", "Andel", "Delår"], font=BOLD, fill_=fill("E2EFDA"))
    allrows = [x for _, rows in sections for x in rows]
    labels = (("✔", "✔ Genomförd"), ("◐", "◐ Delvis genomförd / pågår"), ("✖", "✖ Ej genomförd"),
              ("⊘", "⊘ Utgår"), ("–", "– Ej aktuell"))
    for i, (sym, lab) in enumerate(labels):
        rr = 4 + i
        n = sum(1 for x in allrows if x[9] == sym)
        nd = sum(1 for x in allrows if x[6] == sym)
        wp["A%d" % rr] = lab
        cache.put(wp, "B%d" % rr, "=COUNTIF('IK 2025'!J:J,\"%s\")" % sym, n)
        cache.put(wp, "C%d" % rr, "=B%d/B11" % rr, round(n / len(allrows), 4))
        wp["C%d" % rr].number_format = "0%"
        cache.put(wp, "D%d" % rr, "=COUNTIF('IK 2025'!G:G,\"%s\")" % sym, nd)
    nblank = sum(1 for x in allrows if not x[9])
    wp["A9"] = "Ej ifyllt"
    wp["B9"] = nblank
    wp["A11"] = "Summa"
    cache.put(wp, "B11", "=SUM(B4:B9)", len(allrows))
    wp["A11"].font = BOLD
    wp.oddHeader.left.text = "Samhällsbyggnadsnämnden"
    save_wb(wb, fil, cache, "SBF Controller")


# =====================================================================================
# 5. Kultur- och fritidsnämnden - ordinary Word document, one table
# =====================================================================================
def set_cell_bg(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def build_kfn():
    fil = "Kultur- och fritidsnämnden uppföljning intern kontroll 2025.docx"
    N = "Kultur- och fritidsnämnden"
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    rows = [
        ("Föreningsbidrag", "Aktivitetsstöd till föreningar betalas ut enligt bidragsnormerna och med korrekt underlag",
         "Stickprov 15 föreningar. En förening hade redovisat för många deltagartillfällen; 6 200 kr återkrävs.",
         "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("Uthyrning", "Uthyrning av idrottshallar och lokaler faktureras enligt taxa",
         "Avstämning av bokningssystemet mot fakturering för mars och oktober. Inga avvikelser.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Kontanthantering", "Kassaavstämning i simhallens reception görs dagligen och attesteras",
         "Kontroll gjord för januari–juni, inga differenser. Andra halvåret kontrolleras i februari 2026.",
         "Delvis genomförd", "DELVIS", "nej"),
        ("Inköp", "Inköp av medier till biblioteken sker från avtalad leverantör",
         "Samtliga inköp under året har gjorts via avtalad leverantör.", "Genomförd", "GENOMFORD", "nej"),
        ("Avtal", "Driftavtal med föreningar för idrottsanläggningar följs upp",
         "Har inte hunnits med under året. Skjuts till 2026.", "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Arbetsmiljö", "Ensamarbete kvällstid på fritidsgårdarna riskbedöms",
         "Riskbedömning gjord för samtliga tre fritidsgårdar. Inga brister som kräver åtgärd.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Lovverksamhet", "Utdrag ur belastningsregistret kontrolleras för ledare i lovverksamheten",
         "Avbruten genom beslut i KFN 2025-09-10 § 54; kontrollen ingår i HR:s ordinarie rekryteringsrutin.",
         "Avbruten", "UTGAR", ""),
        ("Bidrag", "Bidrag till studieförbund följs upp mot verksamhetsberättelser",
         "Uppföljningen görs när studieförbundens verksamhetsberättelser för 2025 har kommit in i mars 2026.",
         "", "EJ_GENOMFORD", ""),
    ]
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Per Sandberg"
    cp.last_modified_by = "Per Sandberg"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3
    cp.title = "Uppföljning intern kontroll 2025"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = Cm(2)
    sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Norrsunds kommun\tKultur- och fritidsförvaltningen\tDnr KFN 2025/88"
    p = d.add_paragraph()
    run = p.add_run("TJÄNSTESKRIVELSE")
    run.bold = True
    run.font.size = Pt(9)
    p = d.add_paragraph("2026-01-19")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading("Uppföljning av intern kontroll – helår 2025", level=1)
    d.add_paragraph("Kultur- och fritidsnämnden")
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Kultur- och fritidsnämnden godkänner uppföljningen av internkontrollplanen för 2025 och "
                    "överlämnar den till kommunstyrelsen.")
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph("Nämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 71). Planen innehåller åtta "
                    "kontrollmoment. Fem kontroller har genomförts helt eller delvis, en har avbrutits genom beslut "
                    "och två har inte genomförts. Vid en kontroll har avvikelse konstaterats och åtgärd vidtagits.")
    d.add_heading("Resultat av kontrollerna", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Område", "Kontrollmoment", "Resultat helår 2025", "Status"]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        rr = c.paragraphs[0].add_run(h)
        rr.bold = True
        set_cell_bg(c, "D9E2F3")
    for omr, km, res, status, es, ea in rows:
        cells = t.add_row().cells
        cells[0].text = omr
        cells[1].text = km
        cells[2].text = res
        cells[3].text = status
        exp(fil, N, km, es, ea)
    widths_cm = [3.0, 5.5, 6.5, 2.6]
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)
    d.add_paragraph()
    d.add_heading("Bedömning", level=2)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. Uppföljningen av "
                    "driftavtal och studieförbundsbidrag förs över till 2026.")
    d.add_paragraph()
    d.add_paragraph("Per Sandberg\nFörvaltningschef")
    path = os.path.join(OUT, fil)
    d.save(path)
    normalise_docx(path)


# =====================================================================================
# 6. Stratsys-like CSV export: MHN + Överförmyndarnämnden, one row per control and period
# =====================================================================================
def build_csv():
    fil = "Stratsys_export_internkontroll_2025-12-31.csv"
    MHN = "Miljö- och hälsoskyddsnämnden"
    OFN = "Överförmyndarnämnden"
    FILES.append((fil, "INLAST", MHN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", OFN, "2025", "HELAR"))
    # org, område, km, ansvarig, [(period, status, kommentar, avv, ändrad)], exp, expavv
    ctrls = [
        (MHN, "Livsmedelskontroll", "Livsmedelskontroller genomförs enligt fastställd kontrollplan", "Miljöchef",
         [("T2 2025", "Pågående", "64 % av planerade kontroller utförda.", "Nej", "2025-09-12"),
          ("Helår 2025", "Slutförd", "Samtliga 212 planerade kontroller utförda.", "Nej", "2026-01-14")],
         "GENOMFORD", "nej"),
        (MHN, "Avgifter", "Årlig kontrollavgift debiteras samtliga registrerade livsmedelsanläggningar",
         "Administratör", [("T2 2025", "Ej påbörjad", "", "", "2025-09-12"),
                           ("Helår 2025", "Slutförd", "6 anläggningar saknade debitering, fakturerade i december.",
                            "Ja", "2026-01-14")], "GENOMFORD", "ja"),
        (MHN, "Handläggning", "Anmälan om installation av värmepump handläggs inom sex veckor",
         "Enhetschef miljö", [("T2 2025", "Pågående", "", "", "2025-09-10"),
                              ("Helår 2025", "Pågående", "81 % av anmälningarna handlagda inom sex veckor.", "Ja",
                               "2026-01-12")], "DELVIS", "ja"),
        (MHN, "Rättssäkerhet", "Handläggare intygar att jäv inte föreligger inför tillsynsbesök", "Miljöchef",
         [("T2 2025", "Ej påbörjad", "", "", "2025-09-12"),
          ("Helår 2025", "Ej påbörjad", "Blankett för jävsintyg tas fram under 2026.", "", "2026-01-14")],
         "EJ_GENOMFORD", ""),
        (MHN, "Avgifter", "Timavgift för extra offentlig kontroll debiteras", "Administratör",
         [("T2 2025", "Slutförd", "Samtliga 14 extra kontroller debiterade.", "Nej", "2025-09-12"),
          ("Helår 2025", "", "", "", "")], "GENOMFORD", "nej"),
        (MHN, "Delegation", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         [("T2 2025", "Slutförd", "", "Nej", "2025-09-08"),
          ("Helår 2025", "Slutförd", "", "Nej", "2026-01-09")], "GENOMFORD", "nej"),
        (OFN, "Tillsyn", "Årsräkningar granskas inom sex månader från inlämning", "Enhetschef överförmyndarenheten",
         [("T2 2025", "Pågående", "", "Nej", "2025-09-15"),
          ("Helår 2025", "Pågående", "412 av 528 årsräkningar granskade per 31 december.", "Nej", "2026-01-16")],
         "DELVIS", "nej"),
        (OFN, "Arvoden", "Arvoden till gode män och förvaltare beräknas enligt riktlinjen", "Handläggare",
         [("T2 2025", "Slutförd", "", "Nej", "2025-09-15"),
          ("Helår 2025", "Slutförd", "Stickprov 30 arvodesbeslut, 2 felberäknade och rättade.", "Ja",
           "2026-01-16")], "GENOMFORD", "ja"),
        (OFN, "Tillsyn", "Konton med överförmyndarspärr kontrolleras mot bankernas engagemangsbesked", "Handläggare",
         [("T2 2025", "Avbruten", "Avbruten genom beslut ÖFN 2025-06-11 § 31; ersätts av bankernas digitala rapportering.",
           "", "2025-06-13"),
          ("Helår 2025", "Avbruten", "", "", "2025-06-13")], "UTGAR", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Organisation", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar",
                "Avvikelse", "Senast ändrad"])
    for org, omr, km, ansv, periods, es, ea in ctrls:
        for per, st, kom, avv, andr in periods:
            w.writerow([org, omr, km, ansv, per, st, kom, avv, andr])
        exp(fil, org, km, es, ea)
    with open(os.path.join(OUT, fil), "wb") as fh:
        fh.write(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


# =====================================================================================
# 7. Reject: Excel owner/lock file left beside the Socialnämnden workbook
# =====================================================================================
def build_lock():
    fil = "~$Socialnämnden IKP 2025 helårsuppföljning.xlsx"
    FILES.append((fil, "AVVISAD", "", "", ""))
    name = "Maria Holm"
    b = bytes([len(name)]) + name.encode("latin-1")
    b = b.ljust(54, b" ")
    b += bytes([len(name), 0]) + name.encode("utf-16-le")
    b = b.ljust(165, b"\x20")
    with open(os.path.join(OUT, fil), "wb") as fh:
        fh.write(b)


# =====================================================================================
def write_registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Kommunstyrelsens arbetsutskott", "KSAU|KS AU|Arbetsutskottet"),
        ("Kommunstyrelsens personalutskott", "KSPU|KS PU|Personalutskottet"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Norrsunds Energi AB", "NEAB|Norrsund Energi"),
    ]

    def wcsv(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter=";", lineterminator="\n")
            w.writerow(header)
            for r in rows:
                w.writerow(r)

    wcsv("namnder.csv", ["nämnd", "alias"], reg)
    wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


def main():
    build_bun()
    build_sn()
    build_ks()
    build_sbn()
    build_kfn()
    build_csv()
    build_lock()
    write_registers()
    print("files: %d rows, expected: %d controls" % (len(FILES), len(EXPECTED)))


if __name__ == "__main__":
    main()
