#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 70 – Eskilstuna kommun (Södermanland), helår 2025, stora förvaltningar.

Builds every follow-up file plus namnder.csv, files.csv and expected.csv from scratch.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import io
import os
import random
import shutil
import struct
import subprocess
import tempfile
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

N_KS = "Kommunstyrelsen"
N_BUN = "Barn- och utbildningsnämnden"
N_VON = "Vård- och omsorgsnämnden"
N_AFN = "Arbetsmarknads- och familjenämnden"
N_KFN = "Kultur- och fritidsnämnden"
N_SBN = "Stadsbyggnadsnämnden"
N_MRN = "Miljö- och räddningstjänstnämnden"
N_OFN = "Överförmyndarnämnden"

REGISTER = [
    (N_KS, "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    (N_BUN, "BUN|Barn- och utbildningsförvaltningen|BUF"),
    (N_VON, "VON|Vård- och omsorgsförvaltningen|VOF"),
    (N_AFN, "AFN|Arbetsmarknads- och familjeförvaltningen|AFF"),
    (N_KFN, "KFN|Kultur- och fritidsförvaltningen|KFF"),
    (N_SBN, "SBN|Stadsbyggnadsförvaltningen|SBF"),
    (N_MRN, "MRN|Miljö- och räddningstjänstförvaltningen|Räddningstjänsten Eskilstuna|MRF"),
    (N_OFN, "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN|Valkansliet"),
    ("Krisledningsnämnden", "KLN"),
]


def expect(fil, namnd, text, status, avv):
    assert ";" not in text and "\n" not in text, text
    assert status in ("GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"), status
    assert avv in ("ja", "nej")
    EXPECTED.append((fil, namnd, text, status, avv))


THIN = Side(style="thin", color="A6A6A6")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def to_shared_strings(path):
    """openpyxl (this build) writes inline strings; Excel writes a shared string table.
    Rewrite the package so that it looks like an Excel-saved workbook."""
    import re
    zin = zipfile.ZipFile(path)
    items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    table, index = [], {}
    pat = re.compile(r'<c r="([A-Z]+[0-9]+)"((?: s="[0-9]+")?) t="inlineStr"><is><t([^>]*)>(.*?)</t></is></c>', re.S)

    def repl(m):
        key = (m.group(3), m.group(4))
        if key not in index:
            index[key] = len(table)
            table.append(key)
        return f'<c r="{m.group(1)}"{m.group(2)} t="s"><v>{index[key]}</v></c>'
    out = []
    for info, data in items:
        if info.filename.startswith("xl/worksheets/sheet"):
            data = pat.sub(repl, data.decode("utf-8")).encode("utf-8")
        out.append((info, data))
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(table)}" '
           f'uniqueCount="{len(table)}">' + "".join(f"<si><t{a}>{t}</t></si>" for a, t in table) + "</sst>")
    zout = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED)
    for info, data in out:
        if info.filename == "[Content_Types].xml":
            data = data.decode("utf-8").replace(
                "</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>').encode("utf-8")
        elif info.filename == "xl/_rels/workbook.xml.rels":
            data = data.decode("utf-8").replace(
                "</Relationships>", '<Relationship Id="rIdSst1" Type="http://schemas.openxmlformats.org/'
                'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                "</Relationships>").encode("utf-8")
        zout.writestr(info, data)
    zout.writestr("xl/sharedStrings.xml", sst)
    zout.close()


# ---------------------------------------------------------------------------
# 1. BUN – long sheet, group rows, count rows, hidden 2024 columns, DV list
# ---------------------------------------------------------------------------
# (nr, kontrollmoment, metod, frekvens, ansvarig, status2024, kommentar2024,
#  status2025, resultat, avvikelse-cell, åtgärd, expected, avv)
BUN_DATA = [
    ("Ekonomi och inköp", [
        ("1.1", "Stickprov av 20 leverantörsfakturor per kvartal mot avtal och avtalade priser",
         "Stickprov i Raindance", "Kvartalsvis", "Controller", "Genomförd", "2 fakturor med fel pris",
         "Genomförd", "80 fakturor granskade. 3 fakturor med fel pris (städtjänster), kreditering begärd.",
         "Ja", "Påminnelse till beställare om leverantörsbevakning", "GENOMFORD", "ja"),
        ("1.2", "Kontroll av att direktupphandlingar över 100 tkr dokumenteras enligt riktlinje",
         "Genomgång av direktupphandlingsregistret", "Halvår", "Upphandlingsansvarig", "Delvis genomförd",
         "Endast vt granskad", "Genomförd",
         "12 direktupphandlingar granskade, 2 saknade dokumentation av konkurrensutsättning.",
         "Ja", "Utbildning för rektorer i direktupphandling feb 2026", "GENOMFORD", "ja"),
        ("1.3", "Kontroll av att attest sker enligt gällande delegations- och attestordning",
         "Stickprov 30 verifikationer", "Årligen", "Ekonomichef", "Genomförd", "Inga avvikelser",
         "Genomförd", "Stickprov 30 verifikationer, inga avvikelser.", "Nej", "", "GENOMFORD", "nej"),
        ("1.4", "Stickprov av 25 fakturor avseende representation och förtroendekänsliga poster",
         "Stickprov", "Årligen", "Controller", "Genomförd", "1 faktura saknade deltagarlista",
         "", "Stickprov på 25 fakturor genomfört i november. Inga avvikelser noterade.", "", "",
         "GENOMFORD", "nej"),
        ("1.5", "Uppföljning av att inköp görs via e-handelssystemet (andel e-handel)",
         "Statistik ur e-handelssystemet", "Tertial", "Inköpssamordnare", "Ny 2025", "",
         "Delvis genomförd",
         "Uppföljning gjord för T1 och T2, T3 ej klar vid rapporttillfället. Andel e-handel 71 % (mål 80 %).",
         "Ja", "Riktad information till förskoleenheterna", "DELVIS", "ja"),
        ("1.6", "Kontroll av kontanthantering och handkassor på skolenheterna",
         "Oanmäld kassainventering", "Årligen", "Ekonomiassistent", "Genomförd", "Inga avvikelser",
         "Genomförd",
         "Inventering av 14 handkassor, en kassa med differens 340 kr (Årbyskolan). Redovisad och åtgärdad.",
         "Ja", "", "GENOMFORD", "ja"),
        ("1.7", "Avstämning av att intäkter för interkommunal ersättning fakturerats",
         "Avstämning mot folkbokföring", "Halvår", "Controller", "Genomförd", "Inga avvikelser",
         "Pågår", "Avstämning mot folkbokföring pågår, klar februari 2026.", "Nej", "", "DELVIS", "nej"),
    ]),
    ("Lön och personal", [
        ("2.1", "Kontroll av att anställningar registreras med rätt lön och löneart i lönesystemet",
         "Stickprov nyanställningar", "Halvår", "HR-specialist", "Genomförd", "Inga avvikelser",
         "Genomförd", "Stickprov 40 nyanställningar, 1 felaktig löneart rättad.", "Ja", "",
         "GENOMFORD", "ja"),
        ("2.2", "Stickprov av timanställdas tidrapporter mot schema i Time Care",
         "Stickprov 20 tidrapporter/tertial", "Tertial", "Rektor/förskolechef", "Genomförd", "Inga avvikelser",
         "Genomförd", "Inga avvikelser.", "Nej", "", "GENOMFORD", "nej"),
        ("2.3", "Kontroll av att utdrag ur belastningsregistret uppvisats före anställning",
         "Stickprov 35 anställningar", "Årligen", "HR-chef", "Genomförd", "Samtliga 35 stickprov ok",
         "", "", "", "", "SAKNAS", "nej"),
        ("2.4", "Uppföljning av korttidsfrånvaro och rehabiliteringsärenden enligt rutin",
         "Rapport ur Adato", "Halvår", "HR-specialist", "Delvis genomförd", "Rutinen följs delvis",
         "Delvis genomförd", "Rutinen följs på 9 av 13 enheter.", "Ja",
         "Genomgång med berörda chefer i januari", "DELVIS", "ja"),
        ("2.5", "Kontroll av att avslutade anställningar avregistreras i lönesystemet i tid",
         "Avstämning mot avslutslista", "Halvår", "Lönekonsult", "Genomförd", "Inga avvikelser",
         "Ej genomförd", "Ej genomförd p.g.a. byte av lönesystem under hösten.", "Nej", "",
         "EJ_GENOMFORD", "nej"),
        ("2.6", "Kontroll av att övertid och mertid beordrats och attesterats enligt rutin",
         "Stickprov en månad", "Årligen", "HR-specialist", "Ny 2025", "",
         "Genomförd", "Granskat oktober månad, 2 fall av ej beordrad övertid.", "Ja", "", "GENOMFORD", "ja"),
    ]),
    ("Elevhälsa, trygghet och studiero", [
        ("3.1", "Kontroll av att kränkningsanmälningar anmäls till huvudman inom fem arbetsdagar",
         "Uppföljning i DF Respons", "Tertial", "Verksamhetsutvecklare", "Genomförd", "14 sena anmälningar",
         "Genomförd", "Granskat 120 anmälningar, 18 anmäldes senare än fem dagar.", "Ja",
         "Påminnelse i rektorsgrupp", "GENOMFORD", "ja"),
        ("3.2", "Kontroll av att utredningar om kränkande behandling avslutas och dokumenteras",
         "Stickprov 20 ärenden", "Halvår", "Verksamhetsutvecklare", "Genomförd", "Inga avvikelser",
         "Genomförd", "Kontrollen har inte hunnits med under hösten, flyttas till 2026.", "Nej", "",
         "GENOMFORD", "nej"),
        ("3.3", "Stickprov av elevhälsans journalföring i PMO (skolsköterska och kurator)",
         "Journalgranskning", "Årligen", "Verksamhetschef elevhälsa", "Genomförd", "Inga avvikelser",
         "Genomförd", "Journalgranskning 30 journaler, inga avvikelser.", "Nej", "", "GENOMFORD", "nej"),
        ("3.4", "Uppföljning av att åtgärdsprogram upprättas vid beslut om särskilt stöd",
         "Stickprov per skola", "Årligen", "Rektor", "Ej genomförd", "Ej hunnits med",
         "Pågår", "Granskning på 6 av 11 skolor klar.", "Nej", "", "DELVIS", "nej"),
        ("3.5", "Kontroll av frånvarorapportering och att vårdnadshavare kontaktas samma dag (Skolplattformen)",
         "Rapport ur Skolplattformen", "Tertial", "Rektor", "Genomförd", "Inga avvikelser",
         "Genomförd", "Rutinen fungerar, 2 enheter har haft brister under vt, åtgärdat.", "Ja", "",
         "GENOMFORD", "ja"),
        ("3.6", "Kontroll av att orosanmälningar till socialtjänsten görs och dokumenteras",
         "Stickprov", "Årligen", "Verksamhetschef elevhälsa", "Genomförd", "Inga avvikelser",
         "Genomförd", "Inga avvikelser.", "Nej", "", "GENOMFORD", "nej"),
    ]),
    ("Placering, antagning och avgifter", [
        ("4.1", "Kontroll av att förskoleplacering erbjuds inom fyra månader (garantitiden)",
         "Rapport ur placeringssystemet", "Tertial", "Placeringsenheten", "Genomförd", "Inga avvikelser",
         "?", "", "", "", "OKLAR", "nej"),
        ("4.2", "Stickprov av beslut om skolskjuts mot riktlinjer",
         "Stickprov 20 beslut", "Årligen", "Skolskjutshandläggare", "Genomförd", "Inga avvikelser",
         "Genomförd", "20 beslut granskade, inga avvikelser.", "Nej", "", "GENOMFORD", "nej"),
        ("4.3", "Kontroll av att avgifter för förskola och fritidshem debiteras enligt maxtaxa",
         "Stickprov 50 hushåll", "Årligen", "Avgiftshandläggare", "Genomförd", "2 fel rättade",
         "Genomförd", "Stickprov 50 hushåll, 4 felaktiga inkomstuppgifter korrigerade.", "Ja", "",
         "GENOMFORD", "ja"),
        ("4.4", "Kontroll av att antagningsbeslut till gymnasieskolan överensstämmer med meritvärden",
         "Stickprov i antagningssystemet", "Årligen", "Antagningschef", "Genomförd", "Inga avvikelser",
         "Genomförd", "Inga avvikelser.", "Nej", "", "GENOMFORD", "nej"),
        ("4.5", "Uppföljning av inkomstjämförelse för barnomsorgsavgifter mot Skatteverket",
         "Maskinell jämförelse", "Årligen", "Avgiftshandläggare", "Ny 2025", "",
         "", "Planerad till februari 2026.", "", "", "EJ_GENOMFORD", "nej"),
    ]),
    ("Informationssäkerhet och dataskydd", [
        ("5.1", "Kontroll av behörigheter i Procapita och Skolplattformen vid avslutad anställning",
         "Logggranskning", "Halvår", "Systemförvaltare", "Genomförd", "3 konton stängda",
         "Genomförd", "Logggranskning visade 7 konton aktiva efter avslut, samtliga stängda.", "Ja", "",
         "GENOMFORD", "ja"),
        ("5.2", "Logguppföljning av åtkomst till skyddade personuppgifter i elevregistret",
         "Logguttag", "Tertial", "Systemförvaltare", "Genomförd", "Inga avvikelser",
         "Genomförd", "Inga otillåtna åtkomster.", "Nej", "", "GENOMFORD", "nej"),
        ("5.3", "Kontroll av att personuppgiftsincidenter rapporteras till dataskyddsombud inom 72 timmar",
         "Genomgång incidentlogg", "Halvår", "Informationssäkerhetssamordnare", "Genomförd", "Inga avvikelser",
         "Delvis genomförd", "11 incidenter, 2 rapporterades för sent. Hösten ej granskad.", "Ja", "",
         "DELVIS", "ja"),
        ("5.4", "Kontroll av att registerförteckning enligt GDPR är uppdaterad",
         "Genomgång", "Årligen", "Dataskyddssamordnare", "Genomförd", "Inga avvikelser",
         "Utgår", "Struken ur planen efter beslut BUN 2025-04-23 § 61, ersätts av kommungemensam kontroll.",
         "", "", "UTGAR", "nej"),
        ("5.5", "Kontroll av att elevers digitala enheter (Chromebooks) inventerats och återlämnats",
         "Inventering", "Årligen", "IT-samordnare", "Ny 2025", "",
         "Pågår", "Inventering klar på högstadiet, F-6 pågår.", "Nej", "", "DELVIS", "nej"),
        ("5.6", "Stickprov av att sekretessmarkerade handlingar hanteras enligt rutin vid utlämnande",
         "Stickprov 15 ärenden", "Årligen", "Registrator", "Genomförd", "Inga avvikelser",
         "Genomförd", "Inga avvikelser.", "Nej", "", "GENOMFORD", "nej"),
    ]),
    ("Lokaler, säkerhet och arbetsmiljö", [
        ("6.1", "Kontroll av att systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga enheter",
         "Egenkontroll + stickprov", "Årligen", "Säkerhetssamordnare", "Delvis genomförd", "5 enheter saknade",
         "Genomförd", "Dokumentation saknades på 3 förskolor, åtgärdat i oktober.", "Ja", "",
         "GENOMFORD", "ja"),
        ("6.2", "Kontroll av att lekplatsbesiktningar genomförts och anmärkningar åtgärdats",
         "Besiktningsprotokoll", "Årligen", "Lokalstrateg", "Genomförd", "Inga avvikelser",
         "Genomförd", "Besiktning klar, 5 B-anmärkningar åtgärdade under hösten.", "Ja", "",
         "GENOMFORD", "ja"),
        ("6.3", "Kontroll av att krisplaner är uppdaterade och kända på alla enheter",
         "Enkät till rektorer", "Årligen", "Säkerhetssamordnare", "Genomförd", "Inga avvikelser",
         "Klar", "Alla enheter har reviderad krisplan 2025.", "Nej", "", "GENOMFORD", "nej"),
        ("6.4", "Uppföljning av tillbud och arbetsskador i KIA och att åtgärder vidtas",
         "Rapport ur KIA", "Tertial", "HR-specialist", "Genomförd", "Inga avvikelser",
         "Genomförd", "Inga avvikelser.", "Nej", "", "GENOMFORD", "nej"),
        ("6.5", "Kontroll av att nyckel- och passerkort återlämnas vid avslutad anställning",
         "Avstämning passersystem", "Årligen", "Lokalsamordnare", "Ej genomförd", "",
         "Ej genomförd", "Ej genomförd, hänvisas till 2026 års plan.", "Nej", "", "EJ_GENOMFORD", "nej"),
    ]),
    ("Bidrag till fristående verksamhet", [
        ("7.1", "Kontroll av att grundbelopp till fristående skolor beräknas enligt beslutad bidragsnorm",
         "Omräkning av 3 huvudmän", "Årligen", "Controller", "Genomförd", "Inga avvikelser",
         "Genomförd", "Inga avvikelser.", "Nej", "", "GENOMFORD", "nej"),
        ("7.2", "Stickprov av tilläggsbelopp till fristående huvudmän mot beslut",
         "Stickprov 10 beslut", "Årligen", "Utredare", "Genomförd", "Inga avvikelser",
         "", "Se bilaga", "", "", "OKLAR", "nej"),
        ("7.3", "Kontroll av att elevantal i bidragsunderlag överensstämmer med folkbokföring",
         "Avstämning mot Navet", "Månadsvis", "Ekonomiassistent", "Genomförd", "Inga avvikelser",
         "Genomförd", "Differens 14 elever rättad i november.", "Ja", "", "GENOMFORD", "ja"),
        ("7.4", "Kontroll av att återkrav riktas vid felaktigt utbetalda bidrag",
         "Genomgång av återkravslista", "Halvår", "Controller", "Ny 2025", "",
         "Delvis genomförd", "2 återkrav skickade, 1 kvarstår att utreda.", "Ja", "", "DELVIS", "ja"),
        ("7.5", "Uppföljning av att fristående förskolor lämnat kvalitetsredovisning",
         "Genomgång inkomna redovisningar", "Årligen", "Utredare", "Genomförd", "Inga avvikelser",
         "Ej genomförd", "Har ej prioriterats under året.", "Nej", "", "EJ_GENOMFORD", "nej"),
    ]),
]


def build_bun():
    fil = "BUN uppföljning internkontrollplan helår 2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning helår 2025"
    lists = wb.create_sheet("Listor")
    lists["A1"] = "Status"
    for i, v in enumerate(["Genomförd", "Delvis genomförd", "Pågår", "Ej genomförd", "Utgår"], start=2):
        lists.cell(i, 1, v)
    lists["B1"] = "Avvikelse"
    lists["B2"] = "Ja"
    lists["B3"] = "Nej"
    lists["D1"] = "Används för rullistor i flik Uppföljning – ändra inte"
    lists.sheet_state = "hidden"

    ws["A1"] = "Barn- och utbildningsnämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: Helår 2025 (januari–december)"
    ws["A3"] = "Dnr BUN/2024:512   Upprättad 2026-01-19 av Maria Sundqvist, controller"
    ws["A3"].font = Font(italic=True, size=9)
    headers = ["Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig",
               "Status 2024", "Kommentar 2024", "Status 2025", "Resultat / iakttagelser",
               "Avvikelse (Ja/Nej)", "Åtgärd", "Klart datum"]
    hrow = 5
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(hrow, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    widths = [6, 55, 26, 11, 20, 14, 24, 16, 55, 11, 34, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.column_dimensions["F"].hidden = True
    ws.column_dimensions["G"].hidden = True

    dv = DataValidation(type="list", formula1="Listor!$A$2:$A$6", allow_blank=True,
                        showErrorMessage=False)
    dv_avv = DataValidation(type="list", formula1="Listor!$B$2:$B$3", allow_blank=True)
    ws.add_data_validation(dv)
    ws.add_data_validation(dv_avv)

    r = hrow + 1
    group_fill = PatternFill("solid", fgColor="D9E1F2")
    total_done = total = 0
    first_data = r
    for gi, (proc, rows) in enumerate(BUN_DATA, start=1):
        ws.cell(r, 1, f"Process {gi}: {proc}")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = group_fill
        r += 1
        done = 0
        for (nr, text, metod, frekv, ansv, s24, k24, s25, res, avv, atg, exp, expav) in rows:
            vals = [nr, text, metod, frekv, ansv, s24, k24, s25, res, avv, atg,
                    (datetime.date(2025, 12, 15) if s25 in ("Genomförd", "Klar") else "")]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BORDER
                if isinstance(v, datetime.date):
                    cell.number_format = "yyyy-mm-dd"
            dv.add(f"H{r}")
            dv_avv.add(f"J{r}")
            if s25 == "Genomförd":      # as a COUNTIF(...;"Genomförd") would count
                done += 1
            expect(fil, N_BUN, text, exp, expav)
            r += 1
        ws.cell(r, 2, f"Antal genomförda: {done} av {len(rows)}")
        ws.cell(r, 2).font = Font(italic=True, bold=True)
        total_done += done
        total += len(rows)
        r += 1
    last = r - 1
    r += 1
    ws.cell(r, 2, f"Totalt antal genomförda kontrollmoment: {total_done} av {total}")
    ws.cell(r, 2).font = Font(bold=True)
    ws.auto_filter.ref = f"A{hrow}:L{last}"
    ws.freeze_panes = "C6"
    wb.properties.creator = "Maria Sundqvist"
    wb.properties.title = "Uppföljning IKP 2025 BUN"
    wb.active = 0
    wb.save(os.path.join(OUT, fil))
    to_shared_strings(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N_BUN, "2025", "HELAR"))
    return fil


def build_lockfile(target):
    fil = "~$" + target
    user = "Maria Sundqvist"
    data = bytes([len(user)]) + user.encode("latin-1").ljust(53, b" ") + b"\x00" * 2
    data += (user.encode("utf-16-le")).ljust(108, b"\x00")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data[:165].ljust(165, b"\x00"))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# VBA project (MS-OVBA) inside a Compound File – for the .xlsm
# ---------------------------------------------------------------------------
def ovba_compress(data):
    out = bytearray([0x01])
    for start in range(0, len(data), 4096):
        chunk = data[start:start + 4096]
        buf = bytearray()
        i, n = 0, len(chunk)
        index = {}
        while i < n:
            flag_pos = len(buf)
            buf.append(0)
            flags = 0
            for bit in range(8):
                if i >= n:
                    break
                best_len, best_pos = 0, -1
                if i > 0:
                    bit_count = max(4, (i - 1).bit_length())
                    max_len = (0xFFFF >> bit_count) + 3
                    key = bytes(chunk[i:i + 3])
                    for cand in reversed(index.get(key, [])):
                        ln = 0
                        while i + ln < n and ln < max_len and chunk[cand + ln] == chunk[i + ln]:
                            ln += 1
                        if ln > best_len:
                            best_len, best_pos = ln, cand
                            if ln == max_len:
                                break
                if best_len >= 3:
                    offset = i - best_pos
                    token = ((offset - 1) << (16 - bit_count)) | (best_len - 3)
                    buf += struct.pack("<H", token)
                    flags |= 1 << bit
                    for k in range(i, i + best_len):
                        index.setdefault(bytes(chunk[k:k + 3]), []).append(k)
                    i += best_len
                else:
                    buf.append(chunk[i])
                    index.setdefault(bytes(chunk[i:i + 3]), []).append(i)
                    i += 1
            buf[flag_pos] = flags
        if len(buf) + 2 > 4098:       # not compressible: raw chunk
            out += struct.pack("<H", 0x3FFF) + chunk.ljust(4096, b"\x00")
        else:
            out += struct.pack("<H", (len(buf) - 1) | 0xB000) + buf
    return bytes(out)


def ovba_decompress(data):
    assert data[0] == 1
    out = bytearray()
    p = 1
    while p < len(data):
        hdr = struct.unpack("<H", data[p:p + 2])[0]
        size = (hdr & 0x0FFF) + 3
        compressed = hdr & 0x8000
        chunk = data[p + 2:p + size]
        p += size
        start = len(out)
        if not compressed:
            out += chunk
            continue
        q = 0
        while q < len(chunk):
            flags = chunk[q]
            q += 1
            for bit in range(8):
                if q >= len(chunk):
                    break
                if flags & (1 << bit):
                    token = struct.unpack("<H", chunk[q:q + 2])[0]
                    q += 2
                    diff = len(out) - start
                    bc = max(4, (diff - 1).bit_length())
                    length = (token & (0xFFFF >> bc)) + 3
                    offset = (token >> (16 - bc)) + 1
                    for _ in range(length):
                        out.append(out[-offset])
                else:
                    out.append(chunk[q])
                    q += 1
    return bytes(out)


def ovba_encrypt(project_id, data, rnd):
    seed = rnd.randrange(256)
    version = 2
    pk = sum(project_id.encode("ascii")) & 0xFF
    buf = bytearray([seed, seed ^ version, seed ^ pk])
    ub1, eb1, eb2 = pk, seed ^ pk, seed ^ version
    ignored = [rnd.randrange(256) for _ in range((seed & 6) // 2)]
    for b in ignored + list(struct.pack("<I", len(data))) + list(data):
        enc = b ^ ((eb2 + ub1) & 0xFF)
        buf.append(enc)
        eb2, eb1, ub1 = eb1, enc, b
    return buf.hex().upper()


def build_vba_project(modules, project_id="{7D3A2E51-9B64-4C1F-A8E2-3F6B0C9D1E47}"):
    """modules: list of (name, kind, source) with kind 'doc' or 'std'."""
    rnd = random.Random(70)
    cp = "cp1252"

    def rec(rid, payload):
        return struct.pack("<HI", rid, len(payload)) + payload

    d = bytearray()
    d += rec(0x0001, struct.pack("<I", 1))              # SYSKIND win32
    d += rec(0x0002, struct.pack("<I", 0x041D))         # LCID sv-SE
    d += rec(0x0014, struct.pack("<I", 0x041D))
    d += rec(0x0003, struct.pack("<H", 1252))
    d += rec(0x0004, b"VBAProject")
    d += rec(0x0005, b"") + rec(0x0040, b"")
    d += rec(0x0006, b"") + rec(0x003D, b"")
    d += rec(0x0007, struct.pack("<I", 0))
    d += rec(0x0008, struct.pack("<I", 0))
    d += struct.pack("<HIIH", 0x0009, 4, 0x5B2C8F1A, 17)
    d += rec(0x000C, b"") + rec(0x003C, b"")
    # reference to stdole
    d += rec(0x0016, b"stdole") + rec(0x003E, "stdole".encode("utf-16-le"))
    libid = b"*\\G{00020430-0000-0000-C000-000000000046}#2.0#0#C:\\Windows\\System32\\stdole2.tlb#OLE Automation"
    d += rec(0x000D, struct.pack("<I", len(libid)) + libid + struct.pack("<IH", 0, 0))
    d += rec(0x000F, struct.pack("<H", len(modules)))
    d += rec(0x0013, struct.pack("<H", 0xFFFF))
    streams = {}
    for name, kind, src in modules:
        nb = name.encode(cp)
        nu = name.encode("utf-16-le")
        d += rec(0x0019, nb)
        d += rec(0x0047, nu)
        d += rec(0x001A, nb) + rec(0x0032, nu)
        d += rec(0x001C, b"") + rec(0x0048, b"")
        d += rec(0x0031, struct.pack("<I", 0))
        d += rec(0x001E, struct.pack("<I", 0))
        d += rec(0x002C, struct.pack("<H", 0xFFFF))
        d += struct.pack("<HI", 0x0022 if kind == "doc" else 0x0021, 0)
        d += struct.pack("<HI", 0x002B, 0)
        streams[name] = ovba_compress(src.replace("\n", "\r\n").encode(cp))
    d += struct.pack("<HI", 0x0010, 0)

    lines = [f'ID="{project_id}"']
    for name, kind, _ in modules:
        lines.append(f"Document={name}/&H00000000" if kind == "doc" else f"Module={name}")
    lines += ['Name="VBAProject"', 'HelpContextID="0"', 'VersionCompatible32="393222000"',
              f'CMG="{ovba_encrypt(project_id, struct.pack("<I", 0), rnd)}"',
              f'DPB="{ovba_encrypt(project_id, bytes([0]), rnd)}"',
              f'GC="{ovba_encrypt(project_id, bytes([0xFF]), rnd)}"',
              "", "[Host Extender Info]",
              "&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000",
              "", "[Workspace]"]
    for name, kind, _ in modules:
        lines.append(f"{name}=0, 0, 0, 0, C")
    project = ("\r\n".join(lines) + "\r\n").encode(cp)
    wm = bytearray()
    for name, _, _ in modules:
        wm += name.encode(cp) + b"\x00" + name.encode("utf-16-le") + b"\x00\x00"
    wm += b"\x00\x00"

    vba = {"_VBA_PROJECT": bytes([0xCC, 0x61, 0xFF, 0xFF, 0x00, 0x00, 0x00]),
           "dir": ovba_compress(bytes(d))}
    vba.update(streams)
    return build_cfb({"VBA": vba, "PROJECT": project, "PROJECTwm": bytes(wm)})


def build_cfb(tree):
    """Minimal Compound File Binary (v3, 512-byte sectors) writer."""
    ENDOFCHAIN, FREESECT, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    entries = [{"name": "Root Entry", "type": 5, "data": None, "kids": []}]

    def add(parent_idx, node):
        for name, val in node.items():
            idx = len(entries)
            if isinstance(val, dict):
                entries.append({"name": name, "type": 1, "data": None, "kids": []})
                entries[parent_idx]["kids"].append(idx)
                add(idx, val)
            else:
                entries.append({"name": name, "type": 2, "data": val, "kids": []})
                entries[parent_idx]["kids"].append(idx)
    add(0, tree)
    for e in entries:
        e.update(left=NOSTREAM, right=NOSTREAM, child=NOSTREAM, start=ENDOFCHAIN, size=0)

    def bst(ids):
        if not ids:
            return NOSTREAM
        m = len(ids) // 2
        entries[ids[m]]["left"] = bst(ids[:m])
        entries[ids[m]]["right"] = bst(ids[m + 1:])
        return ids[m]
    for e in entries:
        if e["kids"]:
            kids = sorted(e["kids"], key=lambda i: (len(entries[i]["name"]), entries[i]["name"].upper()))
            e["child"] = bst(kids)

    mini = bytearray()
    minifat = []
    big = []
    for e in entries:
        if e["type"] != 2:
            continue
        data = e["data"]
        e["size"] = len(data)
        if len(data) == 0:
            e["start"] = ENDOFCHAIN
        elif len(data) < 4096:
            first = len(mini) // 64
            nsec = (len(data) + 63) // 64
            e["start"] = first
            minifat += [first + k + 1 for k in range(nsec - 1)] + [ENDOFCHAIN]
            mini += data.ljust(nsec * 64, b"\x00")
        else:
            big.append(e)
    n_minifat = (len(minifat) * 4 + 511) // 512
    n_dir = (len(entries) * 128 + 511) // 512
    n_mini = (len(mini) + 511) // 512
    n_big = [(len(e["data"]) + 511) // 512 for e in big]
    others = n_minifat + n_dir + n_mini + sum(n_big)
    n_fat = 1
    while n_fat * 128 < n_fat + others:
        n_fat += 1
    assert n_fat <= 109
    fat = [FATSECT] * n_fat
    sec = n_fat

    def chain(n):
        nonlocal sec
        first = sec
        for k in range(n):
            fat.append(sec + 1 if k < n - 1 else ENDOFCHAIN)
            sec += 1
        return first if n else ENDOFCHAIN
    first_minifat = chain(n_minifat)
    first_dir = chain(n_dir)
    first_mini = chain(n_mini)
    for e, n in zip(big, n_big):
        e["start"] = chain(n)
    entries[0]["start"] = first_mini if n_mini else ENDOFCHAIN
    entries[0]["size"] = len(mini)
    fat += [FREESECT] * (n_fat * 128 - len(fat))

    hdr = bytearray(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\x00" * 16)
    hdr += struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + b"\x00" * 6
    hdr += struct.pack("<IIIIIIIII", 0, n_fat, first_dir, 0, 4096,
                       first_minifat if n_minifat else ENDOFCHAIN, n_minifat, ENDOFCHAIN, 0)
    difat = list(range(n_fat)) + [FREESECT] * (109 - n_fat)
    hdr += struct.pack("<109I", *difat)
    assert len(hdr) == 512

    body = bytearray()
    body += struct.pack(f"<{len(fat)}I", *fat)
    mf = minifat + [FREESECT] * (n_minifat * 128 - len(minifat))
    body += struct.pack(f"<{len(mf)}I", *mf)
    dirb = bytearray()
    for e in entries:
        nm = e["name"].encode("utf-16-le") + b"\x00\x00"
        dirb += nm.ljust(64, b"\x00") + struct.pack("<HBB", len(nm), e["type"], 1)
        dirb += struct.pack("<III", e["left"], e["right"], e["child"])
        dirb += b"\x00" * 16 + struct.pack("<I", 0) + b"\x00" * 16
        dirb += struct.pack("<IQ", e["start"], e["size"])
    while len(dirb) < n_dir * 512:
        dirb += b"\x00" * 64 + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", NOSTREAM, NOSTREAM, NOSTREAM)
        dirb += b"\x00" * 36 + struct.pack("<IQ", 0, 0)
    body += dirb
    body += bytes(mini).ljust(n_mini * 512, b"\x00")
    for e, n in zip(big, n_big):
        body += e["data"].ljust(n * 512, b"\x00")
    return bytes(hdr + body)


def make_xlsm(xlsx_path, xlsm_path, vba_bin):
    """Turn an openpyxl .xlsx into a macro-enabled workbook carrying vba_bin."""
    zin = zipfile.ZipFile(xlsx_path)
    zout = zipfile.ZipFile(xlsm_path, "w", zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "[Content_Types].xml":
            s = data.decode("utf-8")
            s = s.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                          "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            s = s.replace("<Default Extension=\"xml\"",
                          "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
                          "<Default Extension=\"xml\"", 1)
            data = s.encode("utf-8")
        elif item.filename == "xl/_rels/workbook.xml.rels":
            s = data.decode("utf-8")
            s = s.replace("</Relationships>",
                          "<Relationship Id=\"rIdVba1\" Type=\"http://schemas.microsoft.com/office/2006/"
                          "relationships/vbaProject\" Target=\"vbaProject.bin\"/></Relationships>")
            data = s.encode("utf-8")
        zout.writestr(item, data)
    zout.writestr("xl/vbaProject.bin", vba_bin)
    zout.close()
    zin.close()


# ---------------------------------------------------------------------------
# 2. VON – .xlsm, delår/helår status columns from a hidden list sheet
# ---------------------------------------------------------------------------
# (risk, kontrollmoment, ansvarig, st24, utf24, st_delar, kom_delar, st_helar, kom_helar,
#  avvikelse/åtgärd, expected, avv)
VON_DATA = [
    ("Myndighetsutövning SoL och LSS", [
        ("Felaktiga beslut", "Stickprov av 20 biståndsbeslut per år: beslut fattas enligt delegationsordningen",
         "Enhetschef myndighet", "Klar", "Inga avvikelser",
         "Pågår", "10 av 20 beslut granskade.", "Klar", "20 beslut granskade, samtliga fattade enligt delegation.",
         "", "GENOMFORD", "nej"),
        ("Brister i verkställighet", "Kontroll av att genomförandeplaner upprättas inom 14 dagar efter verkställt beslut",
         "Enhetschefer hemtjänst", "Klar", "38 av 50 i tid",
         "Pågår", "", "Klar", "Genomförandeplan fanns inom 14 dagar i 41 av 50 granskade ärenden.",
         "9 ärenden försenade. Påminnelse via enhetschefer, ny kontroll 2026.", "GENOMFORD", "ja"),
        ("Ej verkställda beslut", "Kontroll av att beslut som inte verkställts inom tre månader rapporteras till IVO",
         "Verksamhetscontroller", "Klar", "Inga avvikelser",
         "Klar", "Rapportering kvartal 1–2 gjord i tid, samtliga kvartal rapporteras i IVO:s e-tjänst.", "", "",
         "", "GENOMFORD", "nej"),
        ("Missförhållanden utreds inte", "Uppföljning av att avvikelser enligt lex Sarah utreds och återkopplas",
         "Kvalitetsstrateg", "Pågår", "2 utredningar ej avslutade",
         "Klar", "", "Klar", "7 utredningar, samtliga avslutade och återkopplade till verksamheten.",
         "", "GENOMFORD", "nej"),
        ("Bristande dokumentation", "Stickprov av journalföring i Treserva (social dokumentation) på särskilda boenden",
         "Enhetschefer SÄBO", "Ej påbörjad", "",
         "Ej påbörjad", "", "Pågår", "Granskning på 8 av 12 boenden klar.",
         "Brister i löpande anteckningar på 2 boenden, handlingsplan upprättad.", "DELVIS", "ja"),
        ("Felaktig debitering", "Kontroll av att hemtjänsttid debiteras enligt beviljad och utförd tid (TES)",
         "Avgiftshandläggare", "Klar", "Inga avvikelser",
         "", "", "Ej påbörjad", "Skjuts till 2026 p.g.a. byte av planeringssystem.",
         "", "EJ_GENOMFORD", "nej"),
    ]),
    ("Hälso- och sjukvård, läkemedel", [
        ("Läkemedel hanteras felaktigt", "Kontroll av läkemedelsförråd och narkotikaförteckningar på särskilda boenden",
         "MAS", "Klar", "Inga avvikelser",
         "Pågår", "Kvartal 1 och 2 klara.", "Klar",
         "Kvartalskontroller gjorda. Differens i narkotikaförteckning vid ett tillfälle (Ekeby).",
         "Differens utredd och rapporterad som avvikelse.", "GENOMFORD", "ja"),
        ("Läkemedel ges inte", "Stickprov av signeringslistor för delegerade läkemedelsinsatser",
         "Sjuksköterskor", "Klar", "Inga avvikelser",
         "Klar", "", "Klar", "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Ogiltiga delegeringar", "Kontroll av att delegeringar inom HSL är giltiga och förnyade",
         "MAS", "Klar", "3 delegeringar förnyade",
         "Pågår", "Genomgång påbörjad i maj.", "", "Granskningen slutfördes i oktober, samtliga delegeringar giltiga.",
         "", "GENOMFORD", "nej"),
        ("Fallskador", "Uppföljning av fallprevention: riskbedömning enligt Senior alert",
         "Fysioterapeuter", "Pågår", "Andel 79 %",
         "Pågår", "Riskbedömning gjord för 68 % av de boende.", "Pågår", "Andel riskbedömda 84 % (mål 90 %).",
         "Målet ej nått, riktad insats på två boenden.", "DELVIS", "ja"),
        ("Smittspridning", "Kontroll av basala hygienrutiner genom observationsmätning (PPM-BHK)",
         "Hygiensjuksköterska", "Klar", "Följsamhet 86 %",
         "Klar", "Vårens mätning klar.", "Klar/pågår", "Höstens mätning återstår på 3 enheter.",
         "", "OKLAR", "nej"),
        ("Bristande underhåll av hjälpmedel", "Kontroll av att medicintekniska produkter (lyftar) besiktigas enligt plan",
         "Hjälpmedelsansvarig", "Klar", "Samtliga lyftar besiktigade",
         "", "", "", "", "", "SAKNAS", "nej"),
    ]),
    ("Avgifter och ekonomi", [
        ("Felaktiga avgifter", "Stickprov av 30 avgiftsbeslut (maxtaxa) mot inkomstuppgifter",
         "Avgiftshandläggare", "Klar", "1 fel",
         "Pågår", "", "Klar", "30 beslut granskade, 3 felaktiga beräkningar.",
         "Rättade, återbetalning till 2 brukare.", "GENOMFORD", "ja"),
        ("Felaktigt förbehållsbelopp", "Kontroll av att förbehållsbelopp omprövas årligen",
         "Avgiftshandläggare", "Klar", "Inga avvikelser",
         "Ej påbörjad", "", "Klar", "Omprövning gjord i samband med årsomräkningen.", "", "GENOMFORD", "nej"),
        ("Förskingring", "Kontroll av hantering av brukares privata medel på särskilda boenden",
         "Enhetschefer SÄBO", "Klar", "Inga avvikelser",
         "Pågår", "", "Pågår", "Kontroll gjord på 9 av 14 boenden.",
         "Kvitton saknades för uttag på ett boende.", "DELVIS", "ja"),
        ("Felaktig fakturering", "Uppföljning av att köpt vård faktureras enligt avtal (externa utförare)",
         "Controller", "Klar", "Inga avvikelser",
         "", "", "Ej aktuell", "Inga externa placeringar 2025.", "", "UTGAR", "nej"),
        ("Felaktiga hyror", "Avstämning av hyresavtal och hyresdebitering för särskilt boende",
         "Ekonomiassistent", "Klar", "Inga avvikelser",
         "Klar", "", "Klar", "Inga avvikelser.", "", "GENOMFORD", "nej"),
    ]),
    ("Bemanning och lön", [
        ("Felaktiga löner", "Stickprov av registrerade arbetspass i Time Care mot utbetald lön",
         "HR-konsult", "Klar", "Inga avvikelser",
         "Pågår", "", "Klar", "Stickprov 60 pass, 2 felregistreringar.",
         "Rättade i decemberlönen.", "GENOMFORD", "ja"),
        ("Otillräcklig kompetens", "Kontroll av att timavlönade har introduktion och delegering före första pass",
         "Enhetschefer", "Pågår", "",
         "", "", "Ej påbörjad", "Prioriterades bort under hösten.", "", "EJ_GENOMFORD", "nej"),
        ("Ohälsa", "Kontroll av att sjuklöneperioder och rehabiliteringsärenden följs upp enligt rutin",
         "HR-konsult", "Klar", "Inga avvikelser",
         "Klar", "", "Klar", "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Dyr inhyrning", "Uppföljning av inhyrd personal (bemanningsföretag) mot ramavtal",
         "Controller", "Ej påbörjad", "",
         "Pågår", "", "Klar", "Inhyrning skett via ramavtal i samtliga fall utom ett.",
         "Ett avrop utanför avtal (sjuksköterska sommaren), dokumenterat.", "GENOMFORD", "ja"),
        ("Bemanningsbrist sommar", "Kontroll av att semesterplanering säkerställer bemanning under sommaren",
         "Enhetschefer", "Klar", "Inga avvikelser",
         "Klar", "Semesterplaner godkända.", "Klar", "",
         "Två enheter fick godkänd plan först i juni.", "GENOMFORD", "ja"),
    ]),
    ("Inköp och avtal", [
        ("Felaktiga priser", "Stickprov av 20 fakturor per halvår mot avtalade priser",
         "Controller", "Klar", "Inga avvikelser",
         "Klar", "20 fakturor, inga avvikelser.", "Klar", "40 fakturor, 1 prisavvikelse (inkontinensmaterial).",
         "Kreditering erhållen.", "GENOMFORD", "ja"),
        ("Otillåtna direktupphandlingar", "Kontroll av att direktupphandlingar dokumenteras enligt riktlinje",
         "Upphandlingsansvarig", "Pågår", "",
         "Pågår", "", "Klar", "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Bristande avtalstrohet", "Uppföljning av avtalstrohet för livsmedel till särskilda boenden",
         "Kostchef", "Klar", "Avtalstrohet 91 %",
         "Pågår", "", "Pågår", "Analys av inköpsstatistik klar för 10 av 12 månader.", "", "DELVIS", "nej"),
        ("Oseriösa leverantörer", "Kontroll av att leverantörers F-skatt och skatteskulder kontrolleras före avtal",
         "Upphandlingsansvarig", "Klar", "Inga avvikelser",
         "Ej påbörjad", "", "Ej påbörjad", "Ingen ny upphandling under året.", "", "EJ_GENOMFORD", "nej"),
        ("Felaktig attest", "Kontroll av att attestanter och beslutsattestanter är aktuella i ekonomisystemet",
         "Ekonomiassistent", "Klar", "Inga avvikelser",
         "Klar", "", "Klar", "", "", "GENOMFORD", "nej"),
    ]),
    ("Informationssäkerhet", [
        ("Otillåten åtkomst", "Logguppföljning av åtkomst till journaler i Treserva (stickprov 20 användare per kvartal)",
         "Systemförvaltare", "Klar", "Inga avvikelser",
         "Klar", "", "Klar", "80 loggar granskade, 1 otillåten åtkomst.",
         "Ärendet hanterat av HR och anmält till IMY.", "GENOMFORD", "ja"),
        ("Kvarvarande behörigheter", "Kontroll av att behörigheter avslutas vid avslutad anställning",
         "Systemförvaltare", "Pågår", "",
         "Pågår", "", "Pågår", "Rutinen ses över tillsammans med IT-avdelningen.", "", "DELVIS", "nej"),
        ("Avtal saknas", "Kontroll av att personuppgiftsbiträdesavtal finns för samtliga system",
         "Informationssäkerhetssamordnare", "Klar", "Inga avvikelser",
         "Ej påbörjad", "", "Ej aktuell", "Kontrollen utgår, hanteras centralt av kommunledningsförvaltningen.",
         "", "UTGAR", "nej"),
        ("Larm fungerar inte", "Kontroll av att larm och trygghetstelefoner testas enligt rutin",
         "Enhetschef trygghetsjouren", "Klar", "Inga avvikelser",
         "Klar", "", "Klar", "Samtliga larm testade månadsvis.", "", "GENOMFORD", "nej"),
        ("Bristande kunskap", "Uppföljning av att medarbetare genomfört webbutbildning i informationssäkerhet",
         "Enhetschefer", "Ej påbörjad", "",
         "Pågår", "62 % klara.", "Pågår", "88 % av medarbetarna har genomfört utbildningen.", "", "DELVIS", "nej"),
    ]),
]

VBA_THISWB = '''Attribute VB_Name = "ThisWorkbook"
Attribute VB_Base = "0{00020819-0000-0000-C000-000000000046}"
Attribute VB_GlobalNameSpace = False
Attribute VB_Creatable = False
Attribute VB_PredeclaredId = True
Attribute VB_Exposed = True
Attribute VB_TemplateDerived = False
Attribute VB_Customizable = True
Option Explicit

Private Sub Workbook_BeforeSave(ByVal SaveAsUI As Boolean, Cancel As Boolean)
    ' Stämplar datum för senaste sparning på uppföljningsfliken
    ThisWorkbook.Worksheets("Uppföljning").Range("J2").Value = "Senast sparad: " & Format(Now, "yyyy-mm-dd hh:mm")
End Sub

Private Sub Workbook_Open()
    ThisWorkbook.Worksheets("Uppföljning").Activate
End Sub
'''


def doc_module(name):
    return f'''Attribute VB_Name = "{name}"
Attribute VB_Base = "0{{00020820-0000-0000-C000-000000000046}}"
Attribute VB_GlobalNameSpace = False
Attribute VB_Creatable = False
Attribute VB_PredeclaredId = True
Attribute VB_Exposed = True
Attribute VB_TemplateDerived = False
Attribute VB_Customizable = True
'''


VBA_MODULE = '''Attribute VB_Name = "modSammanstallning"
Option Explicit
' Internkontroll VOF – uppdaterar fliken Sammanställning
' Skapad av Johan Lindberg, verksamhetscontroller, 2024-11-28

Public Sub UppdateraSammanstallning()
    Dim ws As Worksheet, wsS As Worksheet
    Dim r As Long, sista As Long, i As Long
    Dim statusar As Variant
    statusar = Array("Klar", "Pågår", "Ej påbörjad", "Ej aktuell")
    Set ws = ThisWorkbook.Worksheets("Uppföljning")
    Set wsS = ThisWorkbook.Worksheets("Sammanställning")
    sista = ws.Cells(ws.Rows.Count, "C").End(xlUp).Row
    For i = 0 To UBound(statusar)
        wsS.Cells(5 + i, 1).Value = statusar(i)
        wsS.Cells(5 + i, 2).Value = Application.WorksheetFunction.CountIf(ws.Range("G7:G" & sista), statusar(i))
        wsS.Cells(5 + i, 3).Value = Application.WorksheetFunction.CountIf(ws.Range("I7:I" & sista), statusar(i))
    Next i
    wsS.Range("A3").Value = "Uppdaterad " & Format(Now, "yyyy-mm-dd")
    MsgBox "Sammanställningen är uppdaterad.", vbInformation, "Internkontroll"
End Sub

Public Sub VisaFjolaretsKolumner()
    ThisWorkbook.Worksheets("Uppföljning").Columns("E:F").Hidden = False
End Sub

Public Sub DoljFjolaretsKolumner()
    ThisWorkbook.Worksheets("Uppföljning").Columns("E:F").Hidden = True
End Sub
'''


def build_von():
    fil = "VOF_IKP2025_uppfoljning_helar_v3.xlsm"
    wb = Workbook()
    wb.code_name = "ThisWorkbook"
    instr = wb.active
    instr.title = "Instruktion"
    ws = wb.create_sheet("Uppföljning")
    summ = wb.create_sheet("Sammanställning")
    lst = wb.create_sheet("Värdelistor")
    for i, s in enumerate([instr, ws, summ, lst], start=1):
        s.sheet_properties.codeName = f"Blad{i}"

    instr["A1"] = "Instruktion – uppföljning av internkontrollplan 2025, Vård- och omsorgsförvaltningen"
    instr["A1"].font = Font(bold=True, size=13)
    for i, t in enumerate([
        "1. Fyll i status för varje kontrollmoment i kolumnen för aktuell period (delår per 31/8 respektive helår).",
        "2. Välj status i rullistan: Klar, Pågår, Ej påbörjad eller Ej aktuell. Skriv inte egna värden.",
        "3. Beskriv resultatet kortfattat i kommentarskolumnen. Avvikelser och åtgärder anges i kolumn K.",
        "4. Kolumnerna med fjolårets utfall är dolda. Kör makrot VisaFjolaretsKolumner för att visa dem.",
        "5. Kör makrot UppdateraSammanstallning innan filen skickas till ekonomienheten.",
        "Kontaktperson: Johan Lindberg, verksamhetscontroller VOF",
    ], start=3):
        instr.cell(i, 1, t)
    instr.column_dimensions["A"].width = 110

    lst["A1"] = "Status"
    for i, v in enumerate(["Klar", "Pågår", "Ej påbörjad", "Ej aktuell"], start=2):
        lst.cell(i, 1, v)
    lst.sheet_state = "hidden"
    wb.defined_names.append(DefinedName("Statuslista", attr_text="Värdelistor!$A$2:$A$5"))

    ws["A1"] = "Vård- och omsorgsnämnden – Internkontrollplan 2025, uppföljning delår och helår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Förvaltning: Vård- och omsorgsförvaltningen   Helårsuppföljning per 2025-12-31"
    ws["J2"] = "Senast sparad: 2026-01-23 16:42"
    ws["A3"] = "Fyll i status med rullistan. Dolda kolumner E–F visar utfall 2024."
    ws["A3"].font = Font(italic=True, size=9, color="7F7F7F")
    headers = ["Nr", "Risk", "Kontrollmoment", "Kontrollansvarig", "Status 2024", "Utfall 2024",
               "Status delår 31/8", "Kommentar delår", "Status helår", "Kommentar helår",
               "Avvikelse och åtgärd"]
    hrow = 6
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(hrow, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="C6E0B4")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BORDER
    for col, w in zip("ABCDEFGHIJK", [5, 24, 52, 20, 12, 22, 14, 34, 14, 44, 40]):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["E"].hidden = True
    ws.column_dimensions["F"].hidden = True
    dv = DataValidation(type="list", formula1="Statuslista", allow_blank=True,
                        errorTitle="Ogiltig status", error="Välj ett värde i listan.")
    ws.add_data_validation(dv)

    r = hrow + 1
    nr = 0
    counts = {}
    for proc, rows in VON_DATA:
        ws.cell(r, 1, f"Process: {proc}")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        ws.cell(r, 1).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="548235")
        r += 1
        done = 0
        for (risk, text, ansv, s24, u24, sd, kd, sh, kh, avv, exp, expav) in rows:
            nr += 1
            vals = [nr, risk, text, ansv, s24, u24, sd, kd, sh, kh, avv]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BORDER
            dv.add(f"G{r}")
            dv.add(f"I{r}")
            latest = sh or sd
            if latest == "Klar":
                done += 1
            counts.setdefault(("d", sd), 0)
            counts[("d", sd)] += 1
            counts.setdefault(("h", sh), 0)
            counts[("h", sh)] += 1
            expect(fil, N_VON, text, exp, expav)
            r += 1
        ws.cell(r, 3, f"Antal genomförda: {done} av {len(rows)}")
        ws.cell(r, 3).font = Font(italic=True)
        ws.cell(r, 3).alignment = Alignment(horizontal="right")
        r += 1
    ws.auto_filter.ref = f"A{hrow}:K{r - 1}"
    ws.freeze_panes = "D7"

    summ["A1"] = "Sammanställning status – internkontrollplan 2025"
    summ["A1"].font = Font(bold=True, size=13)
    summ["A3"] = "Uppdaterad 2026-01-23"
    summ["A4"], summ["B4"], summ["C4"] = "Status", "Antal delår", "Antal helår"
    for c in ("A4", "B4", "C4"):
        summ[c].font = Font(bold=True)
    for i, s in enumerate(["Klar", "Pågår", "Ej påbörjad", "Ej aktuell"]):
        summ.cell(5 + i, 1, s)
        summ.cell(5 + i, 2, counts.get(("d", s), 0))
        summ.cell(5 + i, 3, counts.get(("h", s), 0))
    summ.column_dimensions["A"].width = 18
    wb.active = 1
    wb.properties.creator = "Johan Lindberg"
    wb.properties.lastModifiedBy = "Johan Lindberg"

    tmp = os.path.join(tempfile.mkdtemp(), "von.xlsx")
    wb.save(tmp)
    to_shared_strings(tmp)
    modules = [("ThisWorkbook", "doc", VBA_THISWB)]
    modules += [(f"Blad{i}", "doc", doc_module(f"Blad{i}")) for i in range(1, 5)]
    modules += [("modSammanstallning", "std", VBA_MODULE)]
    make_xlsm(tmp, os.path.join(OUT, fil), build_vba_project(modules))
    shutil.rmtree(os.path.dirname(tmp))
    FILES.append((fil, "INLAST", N_VON, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. AFN – only the adopted plan (no follow-up columns at all)
# ---------------------------------------------------------------------------
AFN_DATA = [
    ("Ekonomiskt bistånd", [
        ("Felaktiga utbetalningar", 3, 4, "Stickprov av 25 utbetalningar av ekonomiskt bistånd mot beslut och underlag",
         "Stickprov", "Halvår", "Enhetschef försörjningsstöd"),
        ("Bidragsbrott", 3, 4, "Kontroll av att kontroll mot Försäkringskassan och A-kassa (SSBTEK) görs före beslut",
         "Stickprov 20 ärenden", "Halvår", "Enhetschef försörjningsstöd"),
        ("Uteblivna återkrav", 2, 3, "Kontroll av att återkrav beslutas och följs upp enligt riktlinje",
         "Genomgång av återkravsregister", "Årligen", "Controller"),
        ("Långvarigt bidragsberoende", 3, 3, "Kontroll av att planering mot egen försörjning finns i aktualiserade ärenden",
         "Stickprov 30 ärenden", "Årligen", "Biträdande enhetschef"),
        ("Oegentligheter", 2, 4, "Kontroll av utbetalningar över 20 000 kr (beslutsattest av två personer)",
         "Rapport ur Procapita", "Kvartalsvis", "Controller"),
        ("Felaktiga utbetalningar", 2, 3, "Uppföljning av dubbelutbetalningar och felaktiga utbetalningar i Procapita",
         "Maskinell kontroll", "Kvartalsvis", "Systemförvaltare"),
    ]),
    ("Barn och familj", [
        ("Barn far illa", 3, 4, "Kontroll av att förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Rapport ur verksamhetssystemet", "Tertial", "Enhetschef mottagning"),
        ("Långa utredningstider", 3, 3, "Kontroll av att barnutredningar avslutas inom fyra månader",
         "Rapport ur verksamhetssystemet", "Tertial", "Enhetschef utredning"),
        ("Bristande planering", 2, 4, "Stickprov av att vårdplaner och genomförandeplaner finns för placerade barn",
         "Stickprov 15 akter", "Årligen", "Enhetschef placering"),
        ("Olämpliga familjehem", 2, 4, "Kontroll av att familjehem utretts och godkänts innan placering",
         "Stickprov 10 placeringar", "Årligen", "Familjehemsenheten"),
        ("Felaktiga arvoden", 2, 3, "Kontroll av att arvoden och omkostnadsersättningar till familjehem följer SKR:s rekommendationer",
         "Stickprov", "Årligen", "Controller"),
    ]),
    ("Arbetsmarknadsinsatser", [
        ("Insatser utan mål", 2, 3, "Kontroll av att deltagare i arbetsmarknadsinsatser har aktuell handlingsplan",
         "Stickprov 20 deltagare", "Halvår", "Enhetschef arbetsmarknad"),
        ("Felaktig närvaro", 2, 3, "Stickprov av närvarorapportering för deltagare med aktivitetsersättning",
         "Stickprov", "Halvår", "Arbetsmarknadskonsulent"),
        ("Förlorade intäkter", 3, 3, "Kontroll av att statsbidrag för extratjänster återsöks korrekt",
         "Avstämning mot Arbetsförmedlingen", "Kvartalsvis", "Controller"),
        ("Felaktiga stöd", 2, 3, "Uppföljning av att lönebidrag och anställningsstöd matchar Arbetsförmedlingens beslut",
         "Avstämning", "Halvår", "Lönekonsult"),
    ]),
    ("Vuxenutbildning och SFI", [
        ("Förlorade betygsuppgifter", 2, 4, "Kontroll av att betyg i vuxenutbildningen registreras och arkiveras enligt rutin",
         "Stickprov", "Årligen", "Rektor vuxenutbildning"),
        ("Avtalsbrott", 2, 3, "Kontroll av att köp av utbildning från externa anordnare följer avtal",
         "Avtalsuppföljning", "Årligen", "Upphandlingsansvarig"),
        ("Felaktig rapportering", 2, 3, "Stickprov av studerandes närvaro mot rapportering till CSN",
         "Stickprov 30 studerande", "Halvår", "Studie- och yrkesvägledare"),
        ("Återbetalning av statsbidrag", 3, 3, "Kontroll av att statsbidrag för regional yrkesvux redovisas korrekt till Skolverket",
         "Avstämning", "Årligen", "Controller"),
    ]),
    ("Ekonomi och inköp", [
        ("Felaktiga priser", 2, 3, "Stickprov av 20 leverantörsfakturor mot avtal",
         "Stickprov", "Halvår", "Controller"),
        ("Otillåtna direktupphandlingar", 2, 3, "Kontroll av att direktupphandlingar dokumenteras enligt riktlinje",
         "Genomgång", "Årligen", "Upphandlingsansvarig"),
        ("Förtroendeskada", 2, 4, "Kontroll av representation och förtroendekänsliga poster",
         "Stickprov 20 verifikationer", "Årligen", "Ekonomichef"),
        ("Utebliven hyresintäkt", 2, 2, "Avstämning av att debiterade hyror för träningslägenheter stämmer mot kontrakt",
         "Avstämning", "Halvår", "Ekonomiassistent"),
    ]),
    ("Informationssäkerhet", [
        ("Otillåten åtkomst", 3, 4, "Logguppföljning av åtkomst till sekretessärenden i Procapita",
         "Logguttag 20 användare", "Kvartalsvis", "Systemförvaltare"),
        ("Kvarvarande behörigheter", 2, 3, "Kontroll av att behörigheter avslutas vid avslutad anställning",
         "Avstämning mot HR-lista", "Halvår", "Systemförvaltare"),
        ("Incidenter rapporteras inte", 2, 3, "Kontroll av att personuppgiftsincidenter rapporteras enligt rutin",
         "Genomgång incidentlogg", "Halvår", "Informationssäkerhetssamordnare"),
        ("Röjande av skyddad identitet", 2, 4, "Kontroll av att handlingar med skyddade personuppgifter hanteras enligt rutin",
         "Stickprov", "Årligen", "Enhetschef mottagning"),
    ]),
]


def build_afn():
    fil = "AFN IKP 2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Internkontrollplan 2025"
    ws["A1"] = "Arbetsmarknads- och familjenämndens internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Antagen av arbetsmarknads- och familjenämnden 2024-12-11, § 187 (Dnr AFN/2024:311)"
    ws["A3"] = "Riskvärde = sannolikhet × konsekvens (skala 1–4). Uppföljning redovisas i delårsrapport och årsredovisning."
    ws["A3"].font = Font(italic=True, size=9)
    headers = ["Nr", "Risk", "Sannolikhet", "Konsekvens", "Riskvärde", "Kontrollmoment", "Kontrollmetod",
               "Frekvens", "Kontrollansvarig", "Rapporteras till nämnd"]
    hrow = 5
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(hrow, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="F8CBAD")
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for col, w in zip("ABCDEFGHIJ", [6, 28, 11, 11, 10, 60, 28, 12, 26, 16]):
        ws.column_dimensions[col].width = w
    r = hrow + 1
    for gi, (proc, rows) in enumerate(AFN_DATA, start=1):
        ws.cell(r, 1, f"{gi}. {proc}")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="FCE4D6")
        r += 1
        for ci, (risk, s, k, text, metod, frekv, ansv) in enumerate(rows, start=1):
            vals = [f"{gi}.{ci}", risk, s, k, s * k, text, metod, frekv, ansv,
                    "Delår och helår" if frekv in ("Kvartalsvis", "Tertial", "Halvår") else "Helår"]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BORDER
            expect(fil, N_AFN, text, "SAKNAS", "nej")
            r += 1
        ws.cell(r, 6, f"Antal kontrollmoment: {len(rows)}")
        ws.cell(r, 6).font = Font(italic=True)
        r += 1
    r += 1
    ws.cell(r, 1, "Eskilstuna 2024-12-11")
    ws.cell(r + 1, 1, "Karin Westman, förvaltningschef Arbetsmarknads- och familjeförvaltningen")
    ws.auto_filter.ref = f"A{hrow}:J{r - 2}"
    ws.freeze_panes = "A6"
    wb.properties.creator = "Karin Westman"
    wb.save(os.path.join(OUT, fil))
    to_shared_strings(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N_AFN, "2025", ""))


# ---------------------------------------------------------------------------
# 4. KS – .xls with status codes per tertial and a legend
# ---------------------------------------------------------------------------
KS_DATA = [
    ("Ekonomi", "Kontroll av att avstämning av balanskonton sker månadsvis", "Redovisningschef",
     1, 1, 1, "Avstämningar gjorda för samtliga månader.", "", "GENOMFORD", "nej"),
    ("Ekonomi", "Stickprov av 30 leverantörsfakturor mot avtal (kommungemensamma ramavtal)", "Controller",
     None, None, 2, "4 fakturor med felaktigt pris.", "Krediteringar begärda, leverantörsmöte jan 2026",
     "GENOMFORD", "ja"),
    ("Upphandling", "Kontroll av att upphandlingar över direktupphandlingsgränsen annonseras", "Upphandlingschef",
     3, 3, None, "Genomgång av 2025 års avrop pågår.", "", "DELVIS", "nej"),
    ("Personal", "Kontroll av att lönerevision registrerats korrekt (stickprov 25 anställda)", "HR-chef",
     None, None, 4, "Ej genomförd, lönerevisionen försenad till december.", "Genomförs i februari 2026",
     "EJ_GENOMFORD", "nej"),
    ("Kommunikation", "Kontroll av att kommunens webbplats uppfyller tillgänglighetsdirektivet (WCAG 2.1)",
     "Kommunikationschef", None, None, 5, "Ersatt av DIGG:s tillsyn.", "", "UTGAR", "nej"),
    ("IT", "Kontroll av att säkerhetskopior av kritiska system återläses och testas", "IT-chef",
     None, None, 6, "", "", "OKLAR", "nej"),
    ("Personal", "Kontroll av att sjukfrånvaro över 14 dagar anmäls till Försäkringskassan i tid", "HR-chef",
     None, None, None, "Kontrollen har inte genomförts under 2025 på grund av vakans på HR-avdelningen.", "",
     "EJ_GENOMFORD", "nej"),
    ("Styrning", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef",
     1, None, None, "Genomförd i april, samtliga beslut anmälda.", "", "GENOMFORD", "nej"),
    ("Säkerhet", "Kontroll av att krisledningsplan och kontaktlistor är uppdaterade", "Säkerhetschef",
     None, None, None, "", "", "SAKNAS", "nej"),
    ("Ekonomi", "Kontroll av att bidrag till föreningar betalas ut enligt beslut", "Controller",
     None, 3, 1, "Samtliga 46 utbetalningar kontrollerade.", "", "GENOMFORD", "nej"),
    ("Dataskydd", "Kontroll av att registerförteckningen (art. 30 GDPR) är uppdaterad", "Dataskyddsombud",
     None, None, 2, "Förteckningen saknade 3 behandlingar, kompletterad i november.", "", "GENOMFORD", "ja"),
]


def build_ks():
    fil = "KS IK-uppföljning T3 2025.xls"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP KS 2025"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025, tertial 3 (helår)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Kommunledningsförvaltningen, controllerenheten. Sammanställd 2026-01-16."
    ws["A3"] = "Statuskoder:"
    ws["A3"].font = Font(bold=True)
    ws["B3"] = "1 = Genomförd utan anmärkning"
    ws["C3"] = "2 = Genomförd med anmärkning"
    ws["D3"] = "3 = Pågår"
    ws["E3"] = "4 = Ej genomförd"
    ws["F3"] = "5 = Utgår"
    headers = ["Nr", "Process", "Kontrollmoment", "Kontrollansvarig", "T1", "T2", "T3", "Kommentar", "Åtgärd"]
    hrow = 5
    for c, h in enumerate(headers, start=1):
        cell = ws.cell(hrow, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.border = BORDER
    for col, w in zip("ABCDEFGHI", [5, 16, 60, 20, 6, 6, 6, 50, 36]):
        ws.column_dimensions[col].width = w
    r = hrow + 1
    for i, (proc, text, ansv, t1, t2, t3, kom, atg, exp, expav) in enumerate(KS_DATA, start=1):
        vals = [i, proc, text, ansv, t1, t2, t3, kom or None, atg or None]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(r, c, v)
            cell.border = BORDER
            cell.alignment = Alignment(wrap_text=True, vertical="top",
                                       horizontal="center" if c in (5, 6, 7) else None)
        expect(fil, N_KS, text, exp, expav)
        r += 1
    ws.cell(r + 1, 1, "Godkänd av Sara Öberg, ekonomidirektör")
    tmpd = tempfile.mkdtemp()
    src = os.path.join(tmpd, "KS IK-uppföljning T3 2025.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "xls", "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmpd, fil), os.path.join(OUT, fil))
    shutil.rmtree(tmpd)
    FILES.append((fil, "INLAST", N_KS, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. SBN – .docx, one label/value table per control, ☒/☐ status
# ---------------------------------------------------------------------------
SBN_STATUS = ["Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"]
SBN_DATA = [
    ("Bygglov", [
        ("Stickprov av 20 bygglovsärenden: beslut fattat inom lagstadgad handläggningstid (10 veckor)",
         "Stickprov ur ärendesystemet ByggR", "Bygglovschef", {"Genomförd"},
         "3 av 20 ärenden överskred handläggningstiden, avgiften reducerades enligt PBL 12 kap. 8 a §.",
         "Ja", "GENOMFORD", "ja"),
        ("Kontroll av att bygglovsavgifter beräknas enligt gällande taxa",
         "Omräkning av 15 ärenden", "Administrativ chef", {"Genomförd"},
         "15 ärenden granskade, inga avvikelser.", "Nej", "GENOMFORD", "nej"),
        ("Kontroll av att start- och slutbesked fattas av delegat enligt delegationsordningen",
         "Stickprov 25 beslut", "Bygglovschef", {"Genomförd", "Delvis genomförd"},
         "Granskning av 25 beslut.", "", "OKLAR", "nej"),
    ]),
    ("Detaljplanering", [
        ("Kontroll av att plankostnadsavtal tecknats innan planarbete påbörjas",
         "Genomgång av nystartade planer", "Planchef", {"Delvis genomförd"},
         "Avtal saknades i 2 av 9 nystartade planer. Resterande planer granskas i januari.",
         "Ja", "DELVIS", "ja"),
        ("Kontroll av att planavgift faktureras i samband med bygglov",
         "Avstämning mot ekonomisystemet", "Controller", set(),
         "Kontrollen har inte genomförts under 2025.", "", "EJ_GENOMFORD", "nej"),
    ]),
    ("Mät och GIS", [
        ("Kontroll av behörigheter i Lantmäteriets tjänster och fastighetsregistret",
         "Behörighetsgenomgång", "GIS-chef", {"Utgår"},
         "Utgår enligt beslut SBN 2025-05-20 § 72, ingår i kommunledningsförvaltningens kontroll.",
         "", "UTGAR", "nej"),
    ]),
    ("Inköp och avtal", [
        ("Kontroll av att direktupphandlingar över 100 tkr dokumenteras",
         "Genomgång av direktupphandlingsregistret", "Administrativ chef", set(), "", "", "SAKNAS", "nej"),
        ("Stickprov av konsultfakturor (planarbete) mot avtal och timpris",
         "Stickprov 10 fakturor", "Controller", {"Ej genomförd"},
         "Genomförd i december, inga avvikelser.", "Nej", "EJ_GENOMFORD", "nej"),
    ]),
]


def build_sbn():
    import docx
    from docx.shared import Pt, Cm
    fil = "SBN Uppföljning internkontroll helår 2025.docx"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.add_paragraph("Stadsbyggnadsförvaltningen").runs[0].bold = True
    d.add_paragraph("Tjänsteskrivelse  2026-01-21   Dnr SBN/2025:14")
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    d.add_paragraph(
        "Stadsbyggnadsnämnden antog internkontrollplanen för 2025 den 17 december 2024, § 201. "
        "Planen omfattar åtta kontrollmoment inom fyra processer. Nedan redovisas utfallet för helåret. "
        "Resultatet av kontrollerna har stämts av med respektive kontrollansvarig.")
    d.add_paragraph(
        "Sammanfattningsvis bedömer förvaltningen att den interna kontrollen har varit tillräcklig, "
        "men att rutinerna kring plankostnadsavtal behöver förbättras.")
    nr = 0
    for proc, rows in SBN_DATA:
        d.add_heading(f"Process: {proc}", level=2)
        for (text, metod, ansv, ticked, res, avv, exp, expav) in rows:
            nr += 1
            t = d.add_table(rows=6, cols=2)
            t.style = "Table Grid"
            status = "   ".join(("☒ " if s in ticked else "☐ ") + s for s in SBN_STATUS)
            avvtxt = ("☒" if avv == "Ja" else "☐") + " Ja   " + ("☒" if avv == "Nej" else "☐") + " Nej"
            labels = [("Kontrollmoment", text), ("Kontrollmetod", metod), ("Kontrollansvarig", ansv),
                      ("Status", status), ("Resultat/kommentar", res), ("Avvikelse", avvtxt)]
            for i, (lab, val) in enumerate(labels):
                t.cell(i, 0).text = lab
                t.cell(i, 0).paragraphs[0].runs[0].bold = True
                t.cell(i, 1).text = val
                t.cell(i, 0).width = Cm(4)
                t.cell(i, 1).width = Cm(12)
            d.add_paragraph("")
            expect(fil, N_SBN, text, exp, expav)
    d.add_paragraph("Eskilstuna 2026-01-21")
    d.add_paragraph("Per Ekström\nStadsbyggnadsdirektör")
    d.core_properties.author = "Per Ekström"
    d.core_properties.title = "Uppföljning internkontrollplan 2025"
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N_SBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. KFN – .ods with traffic-light fills per tertial and a colour legend
# ---------------------------------------------------------------------------
GREEN, YELLOW, RED, GREY, BLUE = "#00B050", "#FFFF00", "#FF0000", "#A6A6A6", "#9BC2E6"
KFN_DATA = [
    ("Föreningsstöd", "Kontroll av att föreningsbidrag betalas ut enligt beslut och riktlinjer",
     (GREEN, ""), (GREEN, ""), (GREEN, ""), "Stickprov 25 bidrag, inga avvikelser.", "GENOMFORD", "nej"),
    ("Föreningsstöd", "Kontroll av att föreningar som fått aktivitetsstöd redovisat deltagarlistor",
     None, (YELLOW, ""), (GREEN, ""), "Samtliga redovisningar inkomna, 2 föreningar fick återbetala stöd.",
     "GENOMFORD", "ja"),
    ("Kassahantering", "Kassakontroll och dagsavstämning av entréintäkter på Munktellbadet",
     (YELLOW, ""), (YELLOW, ""), None, "Oanmälda kassakontroller genomförda i mars och juni.", "DELVIS", "nej"),
    ("Anläggningar", "Kontroll av att hyresintäkter för idrottsanläggningar faktureras enligt bokningssystemet",
     None, None, (RED, ""), "Ej genomförd p.g.a. byte av bokningssystem.", "EJ_GENOMFORD", "nej"),
    ("Bibliotek", "Kontroll av bibliotekets medieinköp mot avtal med leverantör",
     None, None, (GREY, ""), "Central upphandling från 2025.", "UTGAR", "nej"),
    ("Föreningsstöd", "Kontroll av att registreringslotterier redovisas och följs upp",
     None, None, None, "", "SAKNAS", "nej"),
    ("Anläggningar", "Kontroll av att säkerhetsbesiktning av konstgräsplaner och utegym genomförts",
     None, None, (BLUE, ""), "", "OKLAR", "nej"),
    ("Evenemang", "Kontroll av att arrangemangsbidrag redovisas inom tre månader efter evenemang",
     None, (YELLOW, ""), (YELLOW, "60 %"), "Redovisning saknas från 5 av 12 arrangörer.", "DELVIS", "ja"),
    ("Evenemang", "Kontroll av att representation vid evenemang följer riktlinjer",
     None, None, None, "Genomförd i november, inga avvikelser.", "GENOMFORD", "nej"),
]


def build_kfn():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableCellProperties, TextProperties, TableColumnProperties
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P
    fil = "KFN uppföljning IKP 2025 T3.ods"
    doc = OpenDocumentSpreadsheet()
    styles = {}

    def cellstyle(bg=None, bold=False):
        key = (bg, bold)
        if key not in styles:
            s = Style(name=f"ce{len(styles) + 1}", family="table-cell")
            props = {"border": "0.5pt solid #808080"}
            if bg:
                props["backgroundcolor"] = bg
            s.addElement(TableCellProperties(**props))
            if bold:
                s.addElement(TextProperties(fontweight="bold"))
            doc.automaticstyles.addElement(s)
            styles[key] = s
        return styles[key]

    def colstyle(name, width):
        s = Style(name=name, family="table-column")
        s.addElement(TableColumnProperties(columnwidth=width))
        doc.automaticstyles.addElement(s)
        return s

    table = Table(name="Uppföljning 2025")
    for i, w in enumerate(["3.2cm", "11cm", "1.6cm", "1.6cm", "1.6cm", "9cm"]):
        table.addElement(TableColumn(stylename=colstyle(f"co{i}", w)))

    def row(values, style_list=None):
        tr = TableRow()
        for i, v in enumerate(values):
            kw = {}
            if style_list and style_list[i] is not None:
                kw["stylename"] = style_list[i]
            tc = TableCell(valuetype="string", **kw) if v else TableCell(**kw)
            if v:
                tc.addElement(P(text=v))
            tr.addElement(tc)
        table.addElement(tr)

    row(["Kultur- och fritidsnämnden – uppföljning av internkontrollplan 2025"])
    row(["Period: T3 / helår 2025. Färgmarkering per tertial enligt förklaring nedan."])
    row([""])
    hs = cellstyle(bold=True)
    row(["Process", "Kontrollmoment", "T1", "T2", "T3", "Kommentar"], [hs] * 6)
    for (proc, text, t1, t2, t3, kom, exp, expav) in KFN_DATA:
        vals = [proc, text]
        sty = [cellstyle(), cellstyle()]
        for t in (t1, t2, t3):
            if t is None:
                vals.append("")
                sty.append(cellstyle())
            else:
                vals.append(t[1])
                sty.append(cellstyle(t[0]))
        vals.append(kom)
        sty.append(cellstyle())
        row(vals, sty)
        expect(fil, N_KFN, text, exp, expav)
    row([""])
    row(["Förklaring:"], [hs])
    for col, word in ((GREEN, "Genomförd"), (YELLOW, "Pågår / delvis genomförd"), (RED, "Ej genomförd"),
                      (GREY, "Utgår")):
        row(["", word], [cellstyle(col), None])
    row([""])
    row(["Lena Holm, controller Kultur- och fritidsförvaltningen, 2026-01-20"])
    doc.spreadsheet.addElement(table)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N_KFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Hypergene-like CSV export, two nämnder, one row per control and period
# ---------------------------------------------------------------------------
ORG_MRN = "Miljö- och räddningstjänstförvaltningen"
ORG_OFN = "Överförmyndarenheten"
# (org, namnd, process, kontrollmoment, ansvarig, [(period, status, kommentar, avvikelse)], exp, avv)
CSV_DATA = [
    (ORG_MRN, N_MRN, "Tillsyn och avgifter",
     "Kontroll av att tillsynsavgifter debiteras enligt taxa (stickprov 30 ärenden)", "Avdelningschef miljö",
     [("Delår augusti 2025", "Pågår", "15 ärenden granskade.", ""),
      ("Helår 2025", "Genomförd", "30 ärenden granskade, 2 felaktiga timdebiteringar rättade.", "Ja")],
     "GENOMFORD", "ja"),
    (ORG_MRN, N_MRN, "Tillsyn och avgifter", "Kontroll av att tillsynsplanen för livsmedelskontroll följs",
     "Livsmedelsinspektör",
     [("Delår augusti 2025", "Genomförd", "Halvårsuppföljning klar, planen följs.", "Nej")],
     "GENOMFORD", "nej"),
    (ORG_MRN, N_MRN, "Räddningstjänst",
     "Kontroll av att brandskyddskontroll (sotning) utförs enligt föreskrivna frister", "Brandingenjör",
     [("Delår augusti 2025", "Pågår", "Uppföljning av entreprenörens rapportering pågår.", ""),
      ("Helår 2025", "", "", "")],
     "DELVIS", "nej"),
    (ORG_MRN, N_MRN, "Räddningstjänst",
     "Kontroll av att insatsrapporter upprättas och kvalitetssäkras inom 7 dagar", "Stf räddningschef",
     [("Helår 2025", "Ej påbörjad", "Har inte prioriterats under året.", "")],
     "EJ_GENOMFORD", "nej"),
    (ORG_MRN, N_MRN, "Ekonomi", "Kontroll av att intäkter för onödiga automatlarm faktureras",
     "Controller",
     [("Delår augusti 2025", "Ej påbörjad", "", ""),
      ("Helår 2025", "Ej aktuell", "Ny taxa från 2026, kontrollen utgår.", "")],
     "UTGAR", "nej"),
    (ORG_MRN, N_MRN, "Personal",
     "Kontroll av att deltidsbrandmäns beredskapsersättning utbetalas enligt avtal", "HR-partner",
     [("Delår augusti 2025", "Genomförd", "", "Nej"),
      ("Helår 2025", "Genomförd", "Stickprov 15 personer, 1 felaktig ersättning justerad.", "Ja")],
     "GENOMFORD", "ja"),
    (ORG_MRN, N_MRN, "Tillsyn och avgifter",
     "Kontroll av att klagomålsärenden (miljö och hälsa) diarieförs och återkopplas", "Registrator",
     [("Delår augusti 2025", "Pågår", "", ""),
      ("Helår 2025", "", "Kontrollen genomförd i december, samtliga 42 ärenden diarieförda och besvarade.", "")],
     "GENOMFORD", "nej"),
    (ORG_OFN, N_OFN, "Granskning", "Granskning av samtliga årsräkningar inkomna senast 1 mars",
     "Enhetschef överförmyndarenheten",
     [("Delår augusti 2025", "Pågår", "1 030 av 1 412 granskade.", ""),
      ("Helår 2025", "Genomförd", "1 412 årsräkningar granskade.", "Nej")],
     "GENOMFORD", "nej"),
    (ORG_OFN, N_OFN, "Arvoden", "Kontroll av att arvoden till ställföreträdare beslutas enligt riktlinje",
     "Handläggare",
     [("Delår augusti 2025", "Ej påbörjad", "", ""),
      ("Helår 2025", "Delvis", "Stickprov gjort för 20 av 40 planerade ärenden.", "Nej")],
     "DELVIS", "nej"),
    (ORG_OFN, N_OFN, "Lämplighet",
     "Kontroll av att ställföreträdare har aktuellt utdrag ur belastningsregistret", "Handläggare",
     [("Helår 2025", "", "Se bilaga", "")],
     "OKLAR", "nej"),
    (ORG_OFN, N_OFN, "Granskning",
     "Kontroll av att uttag från spärrade konton har överförmyndarens samtycke", "Enhetschef överförmyndarenheten",
     [("Helår 2025", "Genomförd", "2 uttag utan samtycke upptäckta, anmälda till banken.", "Ja")],
     "GENOMFORD", "ja"),
    (ORG_OFN, N_OFN, "Granskning",
     "Kontroll av att förteckningar inkommer inom två månader efter förordnande", "Handläggare",
     [("Delår augusti 2025", "", "", "")],
     "SAKNAS", "nej"),
]


def build_csv():
    fil = "Hypergene_IK_uppfoljning_2025_export.csv"
    lines = ["Rapport: Intern kontroll - uppföljning kontrollmoment 2025;;;;;;;;",
             ";;;;;;;;",
             "Enhet;Process;Kontrollmoment;Period;Status;Kommentar;Avvikelse;Ansvarig;Senast ändrad"]
    day = 0
    for (org, namnd, proc, text, ansv, periods, exp, expav) in CSV_DATA:
        for (per, st, kom, avv) in periods:
            day += 1
            stamp = ("2025-09-%02d" % (2 + day % 20)) if per.startswith("Delår") else ("2026-01-%02d" % (8 + day % 15))
            lines.append(";".join([org, proc, text, per, st, kom, avv, ansv, stamp]))
        expect(fil, namnd, text, exp, expav)
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    FILES.append((fil, "INLAST", N_MRN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", N_OFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            f.write(";".join(row) + "\n")


def clean():
    keep = {"make_round.py", "README.md"}
    for name in os.listdir(OUT):
        p = os.path.join(OUT, name)
        if name not in keep and os.path.isfile(p):
            os.remove(p)


def main():
    clean()
    bun = build_bun()
    build_lockfile(bun)
    build_von()
    build_afn()
    build_ks()
    build_sbn()
    build_kfn()
    build_csv()
    write_csvs()
    print(f"{len(set(f[0] for f in FILES))} files, {len(FILES)} files.csv rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
