#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 249 – theme: controls that take several rows.
Kommun Hjortmark, year 2025, helår.  Builds every file + namnder.csv, files.csv, expected.csv.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import xlwt
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
LO_PROFILE = "file:///tmp/lo-round249"
FIXED = datetime.datetime(2026, 2, 10, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice(src, fmt):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", HERE, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def clean_old():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(HERE):
        if f not in keep and os.path.isfile(f):
            os.remove(f)


thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fixprops_xlsx(wb, title, creator):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = creator
    wb.properties.title = title


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen – xlsx, status on the control row, stickprov sub-rows below
# ---------------------------------------------------------------------------
def file_ks():
    fil = "IK uppföljning helår 2025 KS.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning helår"
    ws["A1"] = "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: Helår (januari–december 2025)"
    ws["A3"] = "Upprättad av: Lena Berg, controller, kommunledningsförvaltningen  2026-01-28"
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod / urval", "Ansvarig", "Status",
           "Resultat / kommentar", "Avvikelse (Ja/Nej)"]
    ws.append([])
    ws.append(hdr)
    for c in ws[5]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BORDER
        c.alignment = WRAP
    controls = [
        ("1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 5 fakturor per halvår", "Ekonomichef", "Genomförd",
         "Samtliga stickprov korrekt attesterade av behörig attestant.", "Nej",
         ["Stickprov 1: faktura 4711 – OK", "Stickprov 2: faktura 4788 – OK",
          "Stickprov 3: faktura 5120 – OK", "Stickprov 4: faktura 6034 – OK",
          "Stickprov 5: faktura 6391 – OK"],
         "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Representation – kontroll att syfte och deltagare anges på underlaget",
         "Stickprov 4 verifikationer", "Redovisningsansvarig", "Genomförd med anmärkning",
         "Två av fyra underlag bristfälliga, se nedan.", "Ja",
         ["Stickprov 1: ver 25-10233 – OK", "Stickprov 2: ver 25-10871 – deltagarlista saknas",
          "Stickprov 3: ver 25-11502 – OK", "Stickprov 4: ver 25-12040 – alkohol serverad utan beslut"],
         "GENOMFORD", "ja"),
        ("3", "Personal", "Kontroll att behörigheter i lönesystemet tas bort när anställning upphör",
         "Genomgång av avslutade anställningar", "HR-chef", "Delvis genomförd",
         "Vårens avslut kontrollerade, höstens avslut ej genomgångna.", "Ja",
         ["Urval 1: avslut jan–jun, 14 personer – 2 behörigheter låg kvar, borttagna 2025-08-20",
          "Urval 2: avslut jul–dec – ej kontrollerat"],
         "DELVIS", "ja"),
        ("4", "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Stickprov 5 direktupphandlingar", "Upphandlingschef", "Ej genomförd",
         "Skjuts till 2026 på grund av vakans på upphandlingsenheten.", "",
         [], "EJ_GENOMFORD", ""),
        ("5", "Säkerhet", "Kontroll av att krisledningsplanen är uppdaterad och övad",
         "Dokumentgranskning", "Säkerhetssamordnare", "Genomförd",
         "Planen reviderad i maj, övning genomförd 2025-10-14.", "Nej",
         [], "GENOMFORD", "nej"),
        ("6", "Kansli", "Diarieföring av inkomna handlingar sker inom tre arbetsdagar",
         "Stickprov 20 handlingar", "Kanslichef", "Genomförd",
         "17 av 20 handlingar diarieförda i tid.", "Ja",
         ["Stickprov 1–10 (mars): 9 i tid, 1 försenad (5 dagar)",
          "Stickprov 11–20 (oktober): 8 i tid, 2 försenade (4 resp. 7 dagar)"],
         "GENOMFORD", "ja"),
        ("7", "IT", "Lösenordspolicy efterlevs i verksamhetssystemen",
         "Systemgenomgång", "IT-chef", "Utgår",
         "Ersätts av central IT-säkerhetsgranskning, beslut KS 2025-04-09 § 61.", "",
         [], "UTGAR", ""),
    ]
    for (nr, proc, km, metod, ansv, status, kom, avv, subs, est, eavv) in controls:
        ws.append([nr, proc, km, metod, ansv, status, kom, avv])
        r = ws.max_row
        for c in ws[r]:
            c.border = BORDER
            c.alignment = WRAP
        ws.cell(r, 3).font = Font(bold=True)
        for s in subs:
            ws.append([None, None, None, None, None, None, s, None])
            r = ws.max_row
            for c in ws[r]:
                c.border = BORDER
            ws.cell(r, 7).font = Font(italic=True, color="404040")
        exp(fil, N, km, est, eavv)
    ws.append([])
    ws.append(["Sammanfattande bedömning: Den interna kontrollen inom kommunstyrelsens ansvarsområde bedöms "
               "i huvudsak vara tillräcklig. Åtgärder för nr 2, 3 och 6 redovisas i bilaga."])
    ws.append([])
    ws.append(["Hjortmark 2026-01-28", None, "Per Sandell, kommundirektör"])
    widths = [5, 14, 48, 26, 18, 20, 60, 12]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A6"
    fixprops_xlsx(wb, "IK uppföljning 2025", "Lena Berg")
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden – docx, status only in "Sammantaget:" summary sub-rows
# ---------------------------------------------------------------------------
def shade(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def fixprops_docx(d, title, author):
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = author


def file_bun():
    fil = "BUN_internkontroll_2025_helar.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_heading("Uppföljning av intern kontroll – helår 2025", level=2)
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 12 februari 2025 (BUN § 14). I tabellen nedan redovisas "
        "resultatet av varje kontrollmoment. Under respektive kontrollmoment anges genomförda stickprov, "
        "konstaterade avvikelser och beslutade åtgärder. Den sammanfattande bedömningen per kontrollmoment anges "
        "på raden \"Sammantaget\".")
    # rows: list of (område, kontrollmoment, ansvarig, resultattext)
    rows = []
    controls = []

    def ctrl(omr, km_parts, ansv, subs, est, eavv):
        km = " ".join(km_parts)
        rows.append((omr, km_parts[0], ansv, "", True))
        for extra in km_parts[1:]:
            rows.append(("", extra, "", "", False))   # continuation row of the control text
        for s in subs:
            rows.append(("", "", "", s, False))
        exp(fil, N, km, est, eavv)

    ctrl("Skolskjuts", ["Beslut om skolskjuts fattas enligt delegationsordningen"], "Skolskjutshandläggare",
         ["Stickprov: 15 beslut granskade.",
          "Avvikelse 1: Två beslut saknade delegatens underskrift.",
          "Åtgärd: Rutin för e-signering i ärendesystemet infördes i november.",
          "Sammantaget: genomförd med avvikelse"], "GENOMFORD", "ja")
    ctrl("Elevhälsa", ["Journalföring i elevhälsans medicinska insats sker enligt patientdatalagen"],
         "Verksamhetschef EMI",
         ["Loggkontroll kv 2 – OK", "Loggkontroll kv 4 – OK",
          "Sammantaget: genomförd, inga avvikelser"], "GENOMFORD", "nej")
    ctrl("Förskola", ["Debitering av förskoleavgift stämmer med hushållets inkomstuppgift"], "Avgiftshandläggare",
         ["Avvikelse 1: 4 av 30 hushåll hade inaktuell inkomstuppgift.",
          "Avvikelse 2: Maxtaxa felaktigt tillämpad i ett fall.",
          "Åtgärd: Inkomstförfrågan skickas nu ut två gånger per år.",
          "Sammantaget: delvis genomförd – höstens urval ej klart"], "DELVIS", "ja")
    ctrl("Ekonomi", ["Inköp görs från upphandlade leverantörer (avtalstrohet)"], "Controller BUF",
         ["Sammantaget: ej genomförd, prioriterades bort under hösten."], "EJ_GENOMFORD", "")
    ctrl("Personal", ["Kontroll att utdrag ur belastningsregistret har uppvisats före anställning i förskola och",
                      "skola samt att uppvisandet har dokumenterats i personalakten"], "HR-specialist",
         ["Stickprov 1–20: samtliga OK", "Sammantaget: genomförd"], "GENOMFORD", "nej")
    ctrl("Kvalitet", ["Anmälan om kränkande behandling till huvudman sker skyndsamt"], "Kvalitetsstrateg",
         ["Se bilaga 3"], "OKLAR", "")
    ctrl("IT", ["Kontroll av att elevkonton avslutas när eleven lämnar skolan"], "IT-samordnare",
         ["Kontrollen utförd i september.",
          "Avvikelse 1: 112 konton för elever som slutat i juni var fortfarande aktiva.",
          "Åtgärd: Automatisk avaktivering via det skoladministrativa systemet från januari 2026."],
         "GENOMFORD", "ja")
    ctrl("Förskola", ["Närvaroregistrering i förskolan stäms av mot vistelseschema"], "Förskolechef", [],
         "SAKNAS", "")

    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollområde", "Kontrollmoment", "Kontrollansvarig", "Resultat"]):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "D9E2F3")
    for (omr, km, ansv, res, is_ctrl) in rows:
        cells = t.add_row().cells
        cells[0].text = omr
        cells[1].text = km
        cells[2].text = ansv
        cells[3].text = res
        if is_ctrl:
            for c in cells[:3]:
                if c.paragraphs[0].runs:
                    c.paragraphs[0].runs[0].bold = True
    widths = [Cm(3), Cm(6.5), Cm(3.2), Cm(6.5)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    d.add_paragraph("")
    d.add_paragraph("Nämndens samlade bedömning: Den interna kontrollen bedöms som tillräcklig med vissa "
                    "förbättringsområden (förskoleavgifter och elevkonton).")
    d.add_paragraph("Bilaga 3: Sammanställning anmälningar kränkande behandling 2025 (separat dokument).")
    d.add_paragraph("Hjortmark den 3 februari 2026\nMaria Ek, förvaltningschef Barn- och utbildningsförvaltningen")
    fixprops_docx(d, "Uppföljning intern kontroll 2025", "Maria Ek")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden – xls (xlwt), sub-rows per enhet, codes per tertial with legend
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden uppföljning IKP 2025.xls"
    N = "Socialnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IKP 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    ctl = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                      "align: wrap on, vert top")
    sub = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    code = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz center, vert top")
    ws.write_merge(0, 0, 0, 6, "Socialnämnden – uppföljning av internkontrollplan 2025", title)
    ws.write_merge(1, 1, 0, 6, "Rapporteringstillfälle: Tertial 3 / helår 2025", bold)
    ws.write_merge(2, 2, 0, 6, "Teckenförklaring:  G = Genomförd   D = Delvis genomförd   E = Ej genomförd   "
                   "– = ingen kontroll planerad för perioden")
    ws.write_merge(3, 3, 0, 6, "Kontroller som utförs per enhet redovisas på en rad per enhet under kontrollmomentet.")
    heads = ["Process", "Kontrollmoment", "Enhet", "T1", "T2", "T3", "Kommentar"]
    r = 5
    for i, h in enumerate(heads):
        ws.write(r, i, h, hdr)
    r += 1

    def put(vals, styles):
        nonlocal r
        for i, v in enumerate(vals):
            st = styles if not isinstance(styles, list) else styles[i]
            ws.write(r, i, v, st)
        r += 1

    ctl_st = [ctl, ctl, sub, code, code, code, sub]
    sub_st = [sub, sub, sub, code, code, code, sub]

    def control(proc, km, ctlcodes, comment, units, est, eavv):
        put([proc, km, "", ctlcodes[0], ctlcodes[1], ctlcodes[2], comment], ctl_st)
        for (u, a, b, c, k) in units:
            put(["", "", u, a, b, c, k], sub_st)
        exp(fil, N, km, est, eavv)

    control("Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd sker endast efter beviljat beslut",
            ("", "", ""), "", [
                ("Försörjningsstöd Norr", "G", "G", "G", "Inga avvikelser."),
                ("Försörjningsstöd Söder", "G", "G", "G", "Inga avvikelser.")],
            "GENOMFORD", "nej")
    control("Hemtjänst", "Tid i hemtjänst registreras och överensstämmer med beviljade insatser",
            ("", "", ""), "", [
                ("Hemtjänst Centrum", "G", "G", "G", "Skillnad planerad/utförd tid 3 %, åtgärdsplan upprättad."),
                ("Hemtjänst Ytterby", "G", "D", "E", "Ej utförd T3 på grund av hög personalomsättning.")],
            "DELVIS", "ja")
    control("LSS", "Kontroll av att beslut om LSS-insatser verkställs inom tre månader",
            ("–", "G", "G"), "Två ej verkställda beslut har rapporterats till IVO.", [],
            "GENOMFORD", "ja")
    control("Särskilt boende", "Läkemedelshantering – kontroll av signeringslistor",
            ("", "", ""), "", [
                ("Solbacken", "G", "G", "G", ""),
                ("Björkgården", "G", "G", "G", "3 osignerade doser i oktober, avvikelse rapporterad till MAS."),
                ("Ekängen", "G", "G", "G", "")],
            "GENOMFORD", "ja")
    control("Personal", "Kontroll av att arbetstidslagens regler följs vid schemaläggning",
            ("E", "E", ""), "Utgår enligt beslut SN 2025-09-17 § 88, ersätts av central kontroll i HR-systemet.",
            [], "UTGAR", "")
    control("Barn och unga", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
            ("", "", ""), "", [
                ("Mottagningsgruppen", "G", "G", "D", "Handläggningstiden överskreds i 6 av 40 granskade ärenden.")],
            "DELVIS", "ja")
    control("Avgifter", "Avgifter inom äldreomsorgen debiteras enligt beslut och taxa",
            ("", "", ""), "", [
                ("Avgiftsenheten", "", "", "", "")],
            "SAKNAS", "")
    r += 1
    ws.write_merge(r, r, 0, 6, "Rapporterad av: Johan Al-Sayed, verksamhetscontroller, 2026-01-30")
    for i, w in enumerate([18, 50, 22, 6, 6, 6, 55]):
        ws.col(i).width = w * 256
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Samhällsbyggnadsnämnden – ods (via LibreOffice), continuation rows, process headings, fills
# ---------------------------------------------------------------------------
def file_sbn():
    fil = "SBF_IKP_2025_uppfoljning.ods"
    N = "Samhällsbyggnadsnämnden"
    tmp = "SBF_IKP_2025_uppfoljning.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Helår 2025"
    ws.oddHeader.center.text = "Samhällsbyggnadsnämnden"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Samhällsbyggnadsförvaltningen – internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning helår, avstämd 2026-01-22"
    ws.append([])
    ws.append(["Risk", "Kontrollmoment", "Riskvärde", "Frekvens", "Bedömning helår", "Kommentar"])
    for c in ws[4]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="BFBFBF")
        c.border = BORDER
    GREEN = PatternFill("solid", fgColor="92D050")
    YELLOW = PatternFill("solid", fgColor="FFFF00")
    RED = PatternFill("solid", fgColor="FF0000")
    GREY = PatternFill("solid", fgColor="D9D9D9")
    fills = {"Genomförd": GREEN, "Delvis": YELLOW, "Ej genomförd": RED, "Ej aktuell": GREY}

    def heading(text):
        ws.append([text])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1).font = Font(bold=True, italic=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")

    def control(risk, km_parts, rv, frek, bed, kom_parts, est, eavv):
        n = max(len(km_parts), len(kom_parts), 1)
        for i in range(n):
            if i == 0:
                ws.append([risk, km_parts[0], rv, frek, bed or None, kom_parts[0] if kom_parts else None])
                r = ws.max_row
                if bed in fills:
                    ws.cell(r, 5).fill = fills[bed]
            else:
                ws.append([None, km_parts[i] if i < len(km_parts) else None, None, None, None,
                           kom_parts[i] if i < len(kom_parts) else None])
            for c in ws[ws.max_row]:
                c.border = BORDER
        exp(fil, N, " ".join(km_parts), est, eavv)

    heading("Process: Bygg och plan")
    control("Överskriden handläggningstid, avgiftsreduktion", ["Bygglov handläggs inom lagstadgad tid (10 veckor)"],
            "9", "Kvartalsvis", "Genomförd",
            ["92 % av bygglovsärendena avgjordes inom tid.",
             "Överskridanden beror på sena kompletteringar; avgiftsreduktion tillämpad i 3 ärenden."],
            "GENOMFORD", "ja")
    control("Felaktig debitering", ["Kontroll av att kart- och mätavgifter tas ut enligt gällande taxa"],
            "6", "Årligen", "", ["Kontrollen har inte genomförts under året."], "EJ_GENOMFORD", "")
    heading("Process: Gata/park")
    control("Avtalsbrott, utebliven vitesersättning",
            ["Kontroll av att avtal för drift och underhåll av gatubelysning följs upp",
             "enligt avtalets uppföljningsbilaga, inklusive vite vid",
             "försenade åtgärder"],
            "8", "Halvårsvis", "Delvis",
            ["Uppföljningsmöten med entreprenören hållna i april och oktober.",
             "Viteshanteringen har inte kontrollerats."], "DELVIS", "")
    control("Brister i service till invånare", ["Uppföljning av felanmälningar i gatudrift – åtgärdstid"],
            "4", "Tertialvis", "", [], "SAKNAS", "")
    control("Trafiksäkerhet, skadestånd", ["Kontroll av att fordon i maskinparken besiktigas i tid"],
            "6", "Årligen", "Ej aktuell", ["Maskinparken överförd till Hjortmarks Energi AB 2025-03-01."],
            "UTGAR", "")
    heading("Process: VA och mark")
    control("Uteblivna intäkter", ["Fakturering av VA-anslutningsavgifter sker i samband med anslutning"],
            "9", "Kvartalsvis", "Genomförd", ["Inga avvikelser."], "GENOMFORD", "nej")
    control("Avsteg från policy, jäv", ["Markanvisningsavtal följer antagen markanvisningspolicy"],
            "8", "Årligen", "Ej genomförd",
            ["Inga nya avtal tecknade under 2025,", "kontrollen flyttas till 2026."], "EJ_GENOMFORD", "")
    heading("Process: Arbetsmiljö")
    control("Arbetsskador", ["Säkerställa att skyddsronder genomförs på samtliga arbetsplatser"],
            "12", "Årligen", "Genomförd",
            ["Alla 14 arbetsplatser ronderade. Brister i förråd Västra (belysning, stegar)",
             "åtgärdade i november."], "GENOMFORD", "ja")
    ws.append([])
    ws.append(["Färgförklaring: grön = genomförd, gul = delvis genomförd, röd = ej genomförd, grå = ej aktuell"])
    for col, w in zip("ABCDEF", [30, 60, 10, 13, 16, 70]):
        ws.column_dimensions[col].width = w
    fixprops_xlsx(wb, "IKP 2025 SBF", "Karin Ödman")
    wb.save(tmp)
    soffice(tmp, "ods")
    os.remove(tmp)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Stratsys-like CSV export, two nämnder, typed rows (Kontrollmoment/Stickprov/Avvikelse/Sammanfattning)
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "Stratsys_IK_export_2025-12-31.csv"
    head = ["Organisation", "Typ", "Id", "Namn", "Status helår", "Kommentar", "Ansvarig", "Senast uppdaterad"]
    out = [head]

    def control(org, nid, km, status, kom, ansv, upd, subs, namnd, est, eavv):
        out.append([org, "Kontrollmoment", nid, km, status, kom, ansv, upd])
        for i, (typ, txt, st) in enumerate(subs, 1):
            out.append([org, typ, f"{nid}.{i}", txt, st, "", "", upd])
        exp(fil, namnd, km, est, eavv)

    K = "Kultur- och fritidsnämnden"
    ok = "Kultur- och fritidsnämnden"
    control(ok, "KFN-IK-01", "Föreningsbidrag betalas ut enligt beslutade bidragsregler", "Genomförd",
            "Fem föreningar granskade, inga avvikelser.", "Föreningskonsulent", "2025-12-15", [
                ("Stickprov", "Stickprov 1: Hjortmarks IF – OK", "OK"),
                ("Stickprov", "Stickprov 2: Ådalens Ryttarförening – OK", "OK"),
                ("Stickprov", "Stickprov 3: Hjortmark Konstförening – OK", "OK"),
                ("Stickprov", "Stickprov 4: Norrbyns Hembygdsförening – OK", "OK"),
                ("Stickprov", "Stickprov 5: PRO Hjortmark – OK", "OK")], K, "GENOMFORD", "nej")
    control(ok, "KFN-IK-02", "Dagskassor i simhallens reception stäms av mot kassasystemet", "",
            "", "Enhetschef bad", "2026-01-09", [
                ("Stickprov", "Stickprov 1: vecka 12 – OK", "OK"),
                ("Stickprov", "Stickprov 2: vecka 27 – OK", "OK"),
                ("Stickprov", "Stickprov 3: vecka 41 – differens 450 kr", "Avvikelse"),
                ("Åtgärd", "Åtgärd: dubbelkontroll vid kassaavslut infört", ""),
                ("Sammanfattning", "Sammantaget: genomförd med avvikelse", "")], K, "GENOMFORD", "ja")
    control(ok, "KFN-IK-03", "Hyresavtal för föreningslokaler är aktuella och undertecknade", "Pågår",
            "8 av 19 avtal genomgångna.", "Fastighetssamordnare", "2025-11-30", [], K, "DELVIS", "")
    control(ok, "KFN-IK-04", "Inventarieförteckning för bibliotekens utrustning uppdateras", "Ej påbörjad",
            "", "Bibliotekschef", "2025-06-02", [], K, "EJ_GENOMFORD", "")
    control(ok, "KFN-IK-05", "Kontroll av att kulturskolans avgifter debiteras enligt taxa", "",
            "", "Kulturskolechef", "2025-02-20", [], K, "SAKNAS", "")
    M = "Miljö- och byggnämnden"
    om = "Miljö- och byggnämnden"
    control(om, "MBN-IK-01", "Tillsynsavgifter för livsmedelskontroll debiteras enligt taxa",
            "Genomförd med avvikelse", "En anläggning debiterad i fel riskklass, rättad.", "Miljöchef",
            "2025-12-18", [
                ("Stickprov", "Stickprov 1: Restaurang Älvbrinken – OK", "OK"),
                ("Stickprov", "Stickprov 2: ICA Nära Norrbyn – OK", "OK"),
                ("Stickprov", "Stickprov 3: Café Hjorten – fel riskklass", "Avvikelse"),
                ("Stickprov", "Stickprov 4: Skolköket Västra – OK", "OK")], M, "GENOMFORD", "ja")
    control(om, "MBN-IK-02", "Jäv – kontroll att handläggare inte handlägger ärenden där jäv föreligger",
            "Genomförd", "Inga jävssituationer identifierade.", "Förvaltningschef", "2025-12-10", [],
            M, "GENOMFORD", "nej")
    control(om, "MBN-IK-03", "Delegationsbeslut anmäls till nämnden", "",
            "", "Nämndsekreterare", "2026-01-14", [
                ("Stickprov", "Stickprov 1: delegationslista mars – OK", "OK"),
                ("Avvikelse", "Avvikelse 1: 6 beslut om strandskyddsdispens anmäldes inte till nämnden", ""),
                ("Åtgärd", "Åtgärd: beslut anmäls i efterhand på nämndens sammanträde i februari 2026", ""),
                ("Sammanfattning", "Sammantaget: delvis genomförd – höstens listor ej granskade", "")],
            M, "DELVIS", "ja")
    control(om, "MBN-IK-04", "Inspektionsrapporter skickas till verksamhetsutövaren inom två veckor", "Utgår",
            "Ersatt av nytt kontrollmoment i IKP 2026.", "Miljöchef", "2025-05-05", [], M, "UTGAR", "")
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerows(out)
    FILES.append((fil, "INLAST", K, "2025", "HELAR"))
    FILES.append((fil, "INLAST", M, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Överförmyndarnämnden – docx, vertically merged Kontrollmoment/Status cells over stickprov rows
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "Överförmyndarnämnden - uppföljning internkontroll 2025.docx"
    N = "Överförmyndarnämnden"
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(9.5)
    p = d.add_paragraph()
    run = p.add_run("Överförmyndarnämnden i Hjortmark")
    run.bold = True
    run.font.size = Pt(14)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – helårsrapport").runs[0].bold = True
    d.add_paragraph("Stickprov har tagits ur ärendesystemet Wärna. Varje granskat ärende redovisas på en egen rad.")
    controls = [
        ("Årsräkningar granskas inom sex månader från inlämnande", "Genomförd med avvikelse", [
            ("Stickprov 1: ärende ÖF 2024/118", "Granskad inom 4 mån – OK"),
            ("Stickprov 2: ärende ÖF 2024/203", "Granskad inom 5 mån – OK"),
            ("Stickprov 3: ärende ÖF 2023/077", "Granskad efter 7 mån – avvikelse")], "GENOMFORD", "ja"),
        ("Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer", "Genomförd", [
            ("Stickprov 1: ärende ÖF 2024/045", "OK"),
            ("Stickprov 2: ärende ÖF 2025/009", "OK")], "GENOMFORD", "nej"),
        ("Förvaltarskap och godmanskap som ska upphöra avslutas utan dröjsmål", "Delvis genomförd", [
            ("Stickprov 1: ärende ÖF 2025/014", "OK"),
            ("Stickprov 2–5", "Ej granskade på grund av sjukfrånvaro")], "DELVIS", "nej"),
        ("Uttag från spärrade konton sker endast efter överförmyndarens samtycke", "Ej genomförd", [
            ("–", "Kontrollen planeras till kvartal 1 2026")], "EJ_GENOMFORD", ""),
        ("Registerkontroll av nya gode män (belastningsregister och Kronofogden)", "Genomförd", [
            ("Stickprov 1: god man nr 2025-03", "OK"),
            ("Stickprov 2: god man nr 2025-07", "Utdrag från Kronofogden saknades – kompletterat i efterhand"),
            ("Stickprov 3: god man nr 2025-11", "OK")], "GENOMFORD", "ja"),
    ]
    nrows = 1 + sum(len(c[2]) for c in controls)
    t = d.add_table(rows=nrows, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Granskat ärende", "Resultat", "Status helår"]):
        c = t.cell(0, i)
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "E2EFD9")
    r = 1
    for (km, status, subs, est, eavv) in controls:
        first = r
        for (a, b) in subs:
            t.cell(r, 1).text = a
            t.cell(r, 2).text = b
            r += 1
        last = r - 1
        t.cell(first, 0).text = km
        t.cell(first, 3).text = status
        if last > first:
            t.cell(first, 0).merge(t.cell(last, 0))
            t.cell(first, 3).merge(t.cell(last, 3))
        exp(fil, N, km, est, eavv)
    d.add_paragraph("")
    d.add_paragraph("Hjortmark 2026-02-05")
    d.add_paragraph("Anna Lindqvist\nhandläggare, överförmyndarenheten")
    fixprops_docx(d, "Uppföljning IK 2025", "Anna Lindqvist")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Hjortmarks Energi AB – xlsx, month/quarter sub-rows with tick column, "Sammantaget" summary rows
# ---------------------------------------------------------------------------
def file_energi():
    fil = "Hjortmarks Energi AB IK helår 2025.xlsx"
    N = "Hjortmarks Energi AB"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kontrollschema 2025"
    ws["A1"] = "Hjortmarks Energi AB"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Intern kontroll 2025 – helårsuppföljning till styrelsen (sammanträde 2026-02-19)"
    ws["A3"] = "Markera utförd kontroll med x i kolumn E och signera. Planerade kontrolltillfällen är markerade i kolumn D."
    ws["A3"].font = Font(italic=True, size=9)
    ws.append([])
    ws.append(["Kontrollmoment", "Frekvens", "Period", "Planerad", "Utförd (x)", "Signatur", "Notering"])
    for c in ws[5]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
        c.border = BORDER
    MONTHS = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"]

    def control(km, frek, periods, summary, est, eavv):
        ws.append([km, frek])
        r = ws.max_row
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        ws.cell(r, 2).fill = PatternFill("solid", fgColor="F2F2F2")
        for (per, done, sign, note) in periods:
            ws.append([None, None, per, "x", done or None, sign or None, note or None])
            for c in ws[ws.max_row]:
                c.border = BORDER
        if summary:
            ws.append([None, None, None, None, None, None, summary])
            ws.cell(ws.max_row, 7).font = Font(bold=True)
        exp(fil, N, km, est, eavv)

    control("Avstämning av kundreskontra mot huvudbok", "Månadsvis",
            [(m, "x", "EL", "") for m in MONTHS], "Sammantaget: genomförd 12/12, inga differenser",
            "GENOMFORD", "nej")
    control("Kontroll av mätarbyten och avräkning", "Kvartalsvis",
            [("Kv 1", "x", "JN", ""), ("Kv 2", "x", "JN", ""), ("Kv 3", "x", "JN", ""),
             ("Kv 4", "", "", "Ej utförd – byte av mätvärdessystem i december")],
            "Sammantaget: delvis genomförd (3 av 4)", "DELVIS", "")
    control("Behörighetskontroll i kundsystemet", "Halvårsvis",
            [("H1", "x", "MS", ""), ("H2", "x", "MS", "4 konsultkonton som borde ha avslutats stängdes")],
            None, "GENOMFORD", "ja")
    control("Attest av inköp över 50 tkr", "Månadsvis",
            [(m, "x", "EL", "Faktura utan attest upptäckt, attesterad i efterhand" if m == "Maj" else "")
             for m in MONTHS],
            "Sammantaget: genomförd med anmärkning", "GENOMFORD", "ja")
    control("Uppföljning av kreditgränser för företagskunder", "Kvartalsvis",
            [("Kv 1", "", "", ""), ("Kv 2", "", "", ""), ("Kv 3", "", "", ""), ("Kv 4", "", "", "")],
            None, "SAKNAS", "")
    control("Kontroll av ändringar i leverantörsregistret (bankgiro/plusgiro)", "Månadsvis",
            [(m, "x" if i < 6 else "", "EL" if i < 6 else "", "") for i, m in enumerate(MONTHS)],
            "Sammantaget: ej genomförd under andra halvåret", "DELVIS", "")
    ws.append([])
    ws.append(["Godkänd av VD Tomas Öberg 2026-02-02"])
    for col, w in zip("ABCDEFG", [55, 13, 9, 10, 11, 10, 55]):
        ws.column_dimensions[col].width = w
    ins = wb.create_sheet("Instruktion")
    ins["A1"] = "Instruktion"
    ins["A2"] = "Kontrollschemat fylls i löpande av kontrollansvarig. Avvikelser rapporteras till ekonomichefen."
    ins["A3"] = "Vid helårsuppföljningen skrivs en sammanfattande rad \"Sammantaget:\" under respektive kontroll."
    fixprops_xlsx(wb, "IK 2025", "Eva Lund")
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. To reject: covering letter (missiv) – no follow-up in it
# ---------------------------------------------------------------------------
def file_missiv():
    fil = "Missiv uppföljning intern kontroll 2025 Socialnämnden.docx"
    d = docx.Document()
    d.add_paragraph("Hjortmarks kommun\nSocialförvaltningen")
    d.add_paragraph("2026-01-30")
    d.add_paragraph("Till: Ekonomienheten, kommunledningsförvaltningen")
    p = d.add_paragraph()
    p.add_run("Översändande av socialnämndens uppföljning av intern kontroll 2025").bold = True
    d.add_paragraph(
        "Härmed översänds socialnämndens uppföljning av internkontrollplanen för helåret 2025. "
        "Uppföljningen behandlades av nämnden den 28 januari 2026 (SN § 9). Själva uppföljningen finns i "
        "den bifogade Excelfilen \"Socialnämnden uppföljning IKP 2025.xls\".")
    d.add_paragraph(
        "Nämnden vill särskilt lyfta att kontrollmomentet om arbetstidsregler har utgått efter beslut i september "
        "och att kontrollen av hemtjänsttid inte kunde slutföras i Ytterby. Frågor besvaras av undertecknad.")
    d.add_paragraph("Med vänlig hälsning\n\nJohan Al-Sayed\nVerksamhetscontroller\njohan.al-sayed@hjortmark.example")
    fixprops_docx(d, "Missiv", "Johan Al-Sayed")
    d.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KoF"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Hjortmarks Energi AB", "Hjortmark Energi|HEAB|Energibolaget"),
    ("Räddningstjänstförbundet Hjortmark-Ådal", "RTF|Räddningstjänsten Hjortmark-Ådal|Räddningstjänsten"),
]


def write_csvs():
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    clean_old()
    file_ks()
    file_bun()
    file_sn()
    file_sbn()
    file_stratsys()
    file_ofn()
    file_energi()
    file_missiv()
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "controls")
