#!/usr/bin/python3
"""Blind round r517 - Linköpings kommun, helår 2025 inbox.

Builds 7 follow-up files + 1 covering letter (to be rejected) and the CSVs
namnder.csv, files.csv, expected.csv.  Deterministic: fixed dates, no randomness.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
import xlwt
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TableColumnProperties, TableCellProperties,
                       TextProperties, ParagraphProperties)
from odf.table import Table, TableColumn, TableRow, TableCell, TableHeaderRows
from odf.text import H, P, Span

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED_DT = datetime.datetime(2026, 1, 20, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    km = " ".join(km.split())
    EXPECTED.append((fil, namnd, km, status, avv))


def path(name):
    return os.path.join(OUT, name)


def fix_docx_props(d):
    cp = d.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1


def fix_xlsx_props(wb, creator):
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# F1  Kommunstyrelsen – xlsx, Kontrollområde | Kontrollmoment | Genomförd (Ja/Nej/Delvis) | Avvikelse | Åtgärd
# ---------------------------------------------------------------------------
def f1():
    fil = "KS uppföljning internkontroll helår 2025.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IK 2025 helår"
    ws["A1"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Period: Helår (januari–december 2025). Internkontrollplanen beslutad i KS 2025-02-04, § 23"
    ws["A3"] = ("Instruktion: Fylls i av kontrollansvarig. Ange Ja, Nej eller Delvis i kolumn C. "
                "Beskriv konstaterade avvikelser i kolumn D och vidtagna/planerade åtgärder i kolumn E.")
    ws["A3"].font = Font(italic=True, color="666666")
    ws.merge_cells("A1:E1")
    ws.merge_cells("A2:E2")
    ws.merge_cells("A3:E3")
    hdr = ["Kontrollområde", "Kontrollmoment", "Genomförd (Ja/Nej/Delvis)", "Avvikelse", "Åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BORDER
        c.alignment = WRAP
    # (område, kontrollmoment, genomförd, avvikelse, åtgärd, status, avv)
    rows = [
        ("Ekonomi", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Ja",
             "Stickprov på 40 fakturor. 2 fakturor saknade attest av behörig attestant.",
             "Påminnelse till berörda attestanter. Utbildning i Proceedo genomförd i november.",
             "GENOMFORD", "ja"),
            ("Kontroll av representationskostnader – syfte och deltagare ska framgå", "Ja",
             "Inga avvikelser", "–", "GENOMFORD", "nej"),
            ("Avstämning av balanskonton vid årsbokslut", "Delvis",
             "Inga avvikelser i de konton som stämts av.",
             "Avstämning av konto 2990 slutförs i februari 2026.", "DELVIS", "nej"),
        ]),
        ("Upphandling och inköp", [
            ("Inköp sker från avtalade leverantörer (avtalstrohet)", "Nej", "",
             "Kontrollen kunde inte genomföras p.g.a. byte av e-handelssystem. Flyttas till planen för 2026.",
             "EJ_GENOMFORD", ""),
            ("Direktupphandlingar över 100 000 kr är dokumenterade", "Ja",
             "3 av 12 granskade direktupphandlingar saknade dokumentation.",
             "Rutinen för dokumentation av direktupphandling revideras under Q1 2026.",
             "GENOMFORD", "ja"),
        ]),
        ("Personal och lön", [
            ("Löneutbetalningar stäms av mot underlag – stickprov på tillägg och avdrag", "Ja",
             "Inga", "", "GENOMFORD", "nej"),
            ("Behörigheter i lönesystemet Heroma tas bort vid avslutad anställning", "Delvis",
             "Behörighet kvarstod för 2 medarbetare som avslutat sin anställning.",
             "Behörigheterna borttagna. Checklista vid avslut ses över. Kontroll av Q4 återstår.",
             "DELVIS", "ja"),
        ]),
        ("Förtroende och jäv", [
            ("Mutor och jäv:\nanställdas bisysslor är anmälda och prövade av chef", "ja",
             "Två anmälda bisysslor var inte prövade.", "Prövning gjord i december.",
             "GENOMFORD", "ja"),
        ]),
        ("Informationshantering", [
            ("Registerförteckning enligt dataskyddsförordningen är uppdaterad", "Ja",
             "Ingen avvikelse", "", "GENOMFORD", "nej"),
            ("Utlämnande av allmän handling sker skyndsamt", "", "",
             "Utgår – ersatt av kontroll i den kommungemensamma planen (KS 2025-05-13 § 98).",
             "UTGAR", ""),
        ]),
        ("Krisberedskap", [
            ("Kontinuitetsplaner för samhällsviktig verksamhet är aktuella", "", "", "",
             "SAKNAS", ""),
        ]),
    ]
    r = 6
    for omr, ctrls in rows:
        start = r
        for km, g, av, atg, st, avv in ctrls:
            ws.cell(row=r, column=2, value=km)
            ws.cell(row=r, column=3, value=g if g else None)
            ws.cell(row=r, column=4, value=av if av else None)
            ws.cell(row=r, column=5, value=atg if atg else None)
            for c in range(1, 6):
                ws.cell(row=r, column=c).border = BORDER
                ws.cell(row=r, column=c).alignment = WRAP
            exp(fil, N, km, st, avv)
            r += 1
        ws.cell(row=start, column=1, value=omr)
        ws.cell(row=start, column=1).font = Font(bold=True)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattning: 6 av 11 kontroller genomförda, 2 delvis, 1 ej genomförd, 1 utgår.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.cell(row=r, column=1).font = Font(bold=True)
    ws.cell(row=r + 2, column=1, value="Upprättad av: Anna Lindqvist, controller, Kommunledningsförvaltningen, 2026-01-20")
    for col, w in zip("ABCDE", (22, 55, 16, 45, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    fix_xlsx_props(wb, "Anna Lindqvist")
    wb.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F2  Bildningsnämnden – docx, heading per process and a table under each
# ---------------------------------------------------------------------------
def f2():
    fil = "Bildningsnämnden - Uppföljning intern kontroll 2025 helår.docx"
    N = "Bildningsnämnden"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Linköpings kommun\tUtbildningsförvaltningen\tDnr BIN 2025-0123"
    d.add_heading("Uppföljning av intern kontroll 2025 – helår", level=0)
    d.add_paragraph("Bildningsnämnden").runs[0].bold = True
    d.add_paragraph("Datum: 2026-01-22\nHandläggare: Johan Bergström, controller")
    d.add_heading("Inledning", level=1)
    d.add_paragraph(
        "Bildningsnämnden antog internkontrollplanen för 2025 den 19 februari 2025 (§ 12). "
        "Planen omfattar nio kontrollmoment inom fem processer. Nedan redovisas resultatet av "
        "kontrollerna för helåret 2025 process för process. Bedömningen anges som Genomförd, "
        "Genomförd med avvikelse, Delvis genomförd, Ej genomförd eller Ej aktuell.")
    d.add_heading("Resultat per process", level=1)
    procs = [
        ("Process: Ekonomiadministration", [
            ("Fakturor attesteras av behörig attestant", "Stickprov 30 fakturor per tertial",
             "Ekonomichef", "Samtliga stickprov korrekt attesterade.", "Genomförd", "GENOMFORD", "nej"),
            ("Kontroll av kostnader för resor och konferenser mot kommunens resepolicy",
             "Genomgång av samtliga konferensfakturor > 20 tkr", "Controller",
             "Kontrollen genomförd. Två resor bokades utanför ramavtal med resebyrån.",
             "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ]),
        ("Process: Antagning och betyg", [
            ("Antagning till gymnasieskolan sker enligt gällande regelverk",
             "Granskning av 25 slumpvis valda ärenden", "Antagningschef",
             "Inga felaktigheter upptäcktes.", "Genomförd", "GENOMFORD", "nej"),
            ("Betygsrapportering i elevsystemet är korrekt och sker i tid",
             "Avstämning betygskataloger mot elevsystem", "Rektorer gymnasiet",
             "Vårterminen kontrollerad utan avvikelser. Kontrollen av höstterminen pågår och rapporteras i mars.",
             "Delvis genomförd", "DELVIS", "nej"),
        ]),
        ("Process: Elevhälsa och trygghet", [
            ("Dokumentation i elevhälsojournal sker enligt patientdatalagen",
             "Loggkontroll i journalsystemet två gånger per år", "Verksamhetschef elevhälsa",
             "Loggkontrollerna har inte genomförts under året på grund av vakant tjänst som verksamhetschef.",
             "Ej genomförd", "EJ_GENOMFORD", ""),
            ("Anmälningar om kränkande behandling utreds inom fastställd tid",
             "Uppföljning av samtliga anmälningar i DF Respons", "Rektorer",
             "15 av 18 anmälningar utreddes inom tid, 3 ärenden var försenade.",
             "Genomförd", "GENOMFORD", "ja"),
        ]),
        ("Process: Vuxenutbildning", [
            ("Studerande inom SFI rapporteras korrekt till CSN", "Avstämning per kursstart",
             "Rektor Vux", "Uppdraget övergick till Arbetsmarknadsnämnden 2025-07-01.",
             "Ej aktuell", "UTGAR", ""),
            ("Uppföljning av avtal med externa utbildningsanordnare",
             "Avtalsuppföljning enligt uppföljningsplan", "Upphandlingsansvarig",
             "Se bilaga 3.", "", "OKLAR", ""),
        ]),
        ("Process: Arbetsmiljö", [
            ("Systematiskt arbetsmiljöarbete – skyddsronder genomförs på samtliga enheter",
             "Sammanställning av skyddsrondsprotokoll", "HR-strateg",
             "Skyddsronder genomförda på 11 av 14 enheter, utan anmärkningar. Resterande tre genomförs i januari 2026.",
             "Delvis genomförd", "DELVIS", "nej"),
        ]),
    ]
    for head, ctrls in procs:
        d.add_heading(head, level=2)
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Kontrollmoment", "Metod och omfattning", "Ansvarig", "Resultat", "Bedömning"]):
            cell = t.rows[0].cells[i]
            cell.text = h
            cell.paragraphs[0].runs[0].bold = True
        for km, met, ans, res, bed, stt, avv in ctrls:
            cells = t.add_row().cells
            for i, v in enumerate([km, met, ans, res, bed]):
                cells[i].text = v
            exp(fil, N, km, stt, avv)
        d.add_paragraph("")
    d.add_heading("Samlad bedömning", level=1)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
        "Kontrollen av elevhälsojournaler förs över till internkontrollplanen 2026.")
    d.add_paragraph("Maria Ek\nFörvaltningschef, Utbildningsförvaltningen")
    fix_docx_props(d)
    d.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F3  Samhällsbyggnadsnämnden – .xls, status only as fill colour, legend sheet
# ---------------------------------------------------------------------------
def f3():
    fil = "SBN_IKP_2025_uppfoljning.xls"
    N = "Samhällsbyggnadsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Uppföljning 2025")
    lg = wb.add_sheet("Teckenförklaring")
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                       "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    norm = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    colours = {
        "G": "bright_green", "Y": "yellow", "O": "orange", "R": "red", "S": "gray40",
    }
    fills = {k: xlwt.easyxf("pattern: pattern solid, fore_colour %s; "
                            "borders: left thin, right thin, top thin, bottom thin; align: horiz center" % v)
             for k, v in colours.items()}
    ws.write(0, 0, "Samhällsbyggnadsnämnden", title)
    ws.write(1, 0, "Internkontrollplan 2025 – uppföljning T1, T2 och helår (status enligt färg, se flik Teckenförklaring)")
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Ansvarig", "T1", "T2", "Helår", "Kommentar helår"]
    for i, h in enumerate(hdr):
        ws.write(3, i, h, bold)
    # (process, risk, km, ansvarig, t1, t2, hel, helår-text, kommentar, status, avv)
    rows = [
        ("Bygglov", "Handläggningstiden överskrids och avgiften måste reduceras",
         "Bygglovsärenden avgörs inom lagstadgad handläggningstid (10 veckor)", "Bygglovschef",
         "G", "Y", "O", "", "12 av 410 ärenden överskred handläggningstiden; avgiftsreduktion tillämpad.",
         "GENOMFORD", "ja"),
        ("Bygglov", "Felaktig debitering",
         "Fakturering av bygglovsavgifter sker enligt taxa", "Administrativ chef",
         "G", "G", "G", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Exploatering", "Kommunen går miste om intäkter",
         "Exploateringsavtal följs upp avseende exploatörens ekonomiska åtaganden", "Exploateringschef",
         "", "", "R", "", "Ej genomförd på grund av personalbrist. Flyttas till 2026.",
         "EJ_GENOMFORD", ""),
        ("Mark och arrenden", "Uteblivna intäkter",
         "Arrendeavtal debiteras enligt avtal", "Markingenjör",
         "", "Y", "G", "", "Samtliga 86 arrendeavtal kontrollerade.", "GENOMFORD", "nej"),
        ("Gata och park", "Entreprenör utför inte avtalad vinterväghållning",
         "Vinterväghållning: entreprenörens utförande kontrolleras mot avtal", "Driftchef gata",
         "G", "", "Y", "", "Kontroll för jan–mars klar. Kontroll för nov–dec pågår.", "DELVIS", ""),
        ("Trafik", "Felaktig redovisning av parkeringsintäkter",
         "Parkeringsintäkter stäms av mot redovisning från parkeringsbolaget", "Trafikchef",
         "S", "S", "S", "", "Utgår – hanteras av Kommunstyrelsen från 2025.", "UTGAR", ""),
        ("Lantmäteri", "Felaktig debitering",
         "Avgifter för lantmäteriförrättningar debiteras korrekt", "Stadsingenjör",
         "G", "G", "", "", "", "GENOMFORD", "nej"),
        ("Informationssäkerhet", "Obehörig åtkomst till ärenden",
         "Behörigheter i verksamhetssystemet ByggR ses över två gånger per år", "Systemförvaltare",
         "", "G", "G", "Genomförd", "Översyn gjord i juni och december.", "GENOMFORD", "nej"),
        ("Diarium", "Handlingar registreras inte",
         "Diarieföring av inkommande handlingar sker inom två arbetsdagar", "Registrator",
         "", "", "", "", "", "SAKNAS", ""),
        ("Upphandling", "Avrop görs i strid med ramavtalet",
         "Avrop från ramavtal för konsulttjänster görs enligt fastställd rangordning", "Inköpssamordnare",
         "Y", "Y", "Y", "Se kommentar",
         "Stickprov på 10 av planerade 20 avrop granskade; 1 avrop gjordes utan förnyad konkurrensutsättning.",
         "DELVIS", "ja"),
    ]
    r = 4
    for n, (proc, risk, km, ans, t1, t2, hel, heltxt, kom, stt, avv) in enumerate(rows, 1):
        ws.write(r, 0, n, norm)
        ws.write(r, 1, proc, norm)
        ws.write(r, 2, risk, norm)
        ws.write(r, 3, km, norm)
        ws.write(r, 4, ans, norm)
        for c, code, txt in ((5, t1, ""), (6, t2, ""), (7, hel, heltxt)):
            if code:
                ws.write(r, c, txt, fills[code])
            else:
                ws.write(r, c, txt, norm)
        ws.write(r, 8, kom, norm)
        exp(fil, N, km, stt, avv)
        r += 1
    ws.write(r + 1, 0, "Rapporterad till nämnden 2026-01-28. Kontaktperson: Lena Holm, controller.")
    for c, w in enumerate((5, 18, 34, 50, 20, 8, 8, 12, 55)):
        ws.col(c).width = w * 256
    # Legend sheet
    lg.write(0, 0, "Teckenförklaring – statusfärger", title)
    lg.write(2, 0, "Färg", bold)
    lg.write(2, 1, "Betydelse", bold)
    legend = [
        ("G", "Grön", "Kontrollen genomförd utan avvikelse"),
        ("Y", "Gul", "Kontrollen påbörjad / delvis genomförd"),
        ("O", "Orange", "Kontrollen genomförd – avvikelse konstaterad, åtgärd krävs"),
        ("R", "Röd", "Kontrollen ej genomförd"),
        ("S", "Grå", "Utgår / ej aktuell"),
        ("", "Ingen färg", "Ej rapporterad för perioden"),
    ]
    for i, (code, name, text) in enumerate(legend, 3):
        lg.write(i, 0, name, fills[code] if code else norm)
        lg.write(i, 1, text, norm)
    lg.col(0).width = 14 * 256
    lg.col(1).width = 60 * 256
    wb.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F4  Stratsys CSV export – one row per period, two nämnder
# ---------------------------------------------------------------------------
def f4():
    fil = "stratsys_export_internkontroll_20260115.csv"
    AN = "Äldrenämnden"
    ON = "Omsorgsnämnden"
    hdr = ["Organisation", "Plan", "ID", "Kontrollmoment", "Riskvärde", "Period", "Status",
           "Kommentar", "Ansvarig", "Senast ändrad"]
    P = ("2025 Tertial 1", "2025 Tertial 2", "2025 Helår")
    D = ("2025-05-08", "2025-09-12", "2026-01-14")
    # (org, id, km, risk, ansvarig, [(status, kommentar) x3], expected status, avv)
    data = [
        ("Äldrenämnden", "ÄN-01", "Läkemedelshantering i hemtjänsten följer rutin för signeringslistor", 12,
         "MAS Karin Sjöberg",
         [("Pågående", ""), ("Pågående", "Granskning av 30 listor klar."),
          ("Genomförd", "Granskning av 60 signeringslistor, 7 med saknade signaturer. Åtgärdsplan upprättad.")],
         "GENOMFORD", "ja"),
        ("Äldrenämnden", "ÄN-02", "Avgifter inom äldreomsorgen beräknas enligt taxa", 9,
         "Avgiftshandläggare",
         [("Ej påbörjad", ""), ("Genomförd", "Inga avvikelser."), ("Genomförd", "Inga avvikelser.")],
         "GENOMFORD", "nej"),
        ("Äldrenämnden", "ÄN-03", "Biståndsbeslut verkställs inom tre månader", 12,
         "Enhetschef biståndsenheten",
         [("Pågående", ""), ("Pågående", ""),
          ("Delvis genomförd", "Uppföljning gjord för särskilt boende men inte för dagverksamhet. "
                               "4 ej verkställda beslut har rapporterats till IVO.")],
         "DELVIS", "ja"),
        ("Äldrenämnden", "ÄN-04", "Nyckelkvittenser finns för samtliga hemtjänstgrupper", 6,
         "Områdeschef hemtjänst",
         [("Ej påbörjad", ""), ("Ej påbörjad", ""),
          ("", "Kontrollen har inte hunnits med under 2025 och förs över till 2026.")],
         "EJ_GENOMFORD", ""),
        ("Äldrenämnden", "ÄN-05", "Händelser enligt lex Sarah rapporteras och utreds enligt rutin", 16,
         "Kvalitetsstrateg",
         [("Genomförd", ""), ("Genomförd", ""),
          ("Genomförd med avvikelse", "Två utredningar tog längre tid än två veckor.")],
         "GENOMFORD", "ja"),
        ("Äldrenämnden", "ÄN-06", "Handkassor för brukare kvitteras och redovisas månadsvis", 8,
         "Enhetschef särskilt boende",
         [("", ""), ("", ""), ("", "")],
         "SAKNAS", ""),
        ("Omsorgsnämnden", "ON-01", "Insatser enligt LSS verkställs enligt beslut", 12,
         "Verksamhetschef LSS",
         [("Pågående", ""), ("Pågående", ""), ("Genomförd", "Inga avvikelser.")],
         "GENOMFORD", "nej"),
        ("Omsorgsnämnden", "ON-02",
         "Fakturor från externa utförare av personlig assistans kontrolleras mot beslutade timmar", 12,
         "Controller",
         [("Pågående", ""), ("Pågående", ""),
          ("Genomförd med avvikelse", "Felaktig fakturering i 3 ärenden; återkrav har skickats.")],
         "GENOMFORD", "ja"),
        ("Omsorgsnämnden", "ON-03", "Brandskyddskontroller i gruppbostäder", 6,
         "Enhetschef gruppbostäder",
         [("Ej påbörjad", ""), ("Ej aktuell", "Utgår enligt beslut ON 2025-06-12 § 54, ansvaret ligger hos fastighetsägaren."),
          ("Ej aktuell", "Utgår enligt beslut ON 2025-06-12 § 54.")],
         "UTGAR", ""),
        ("Omsorgsnämnden", "ON-04", "Ledsagarservice – timrapportering stäms av mot beslut", 8,
         "Enhetschef ledsagarservice",
         [("Ej påbörjad", ""), ("Pågående", ""), ("Pågående", "Stickprov på 15 av 30 ärenden klart.")],
         "DELVIS", ""),
        ("Omsorgsnämnden", "ON-05", "Hantering av brukares privata medel på gruppbostäder", 9,
         "Enhetschef gruppbostäder",
         [("Ej påbörjad", ""), ("Ej påbörjad", ""),
          ("Ej genomförd", "Kontrollen prioriterades bort under hösten.")],
         "EJ_GENOMFORD", ""),
    ]
    with open(path(fil), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for org, cid, km, risk, ans, per, stt, avv in data:
            for i, (s, k) in enumerate(per):
                w.writerow([org, "Internkontrollplan 2025", cid, km, risk, P[i], s, k, ans, D[i]])
            exp(fil, org, km, stt, avv)
    FILES.append((fil, "INLAST", AN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", ON, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F5  Räddningstjänsten Östra Götaland (kommunalförbund) – .odt with symbols + legend
# ---------------------------------------------------------------------------
def f5():
    fil = "RÖG uppföljning intern kontroll 2025.odt"
    N = "Räddningstjänsten Östra Götaland"
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    hstyle = Style(name="Rubrik1", family="paragraph")
    hstyle.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(hstyle)
    h2 = Style(name="Rubrik2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    doc.styles.addElement(h2)
    cellst = Style(name="Cell", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm"))
    doc.automaticstyles.addElement(cellst)
    hcell = Style(name="HCell", family="table-cell")
    hcell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm",
                                         backgroundcolor="#C00000"))
    doc.automaticstyles.addElement(hcell)
    hpar = Style(name="HPar", family="paragraph")
    hpar.addElement(TextProperties(fontweight="bold", color="#FFFFFF"))
    doc.automaticstyles.addElement(hpar)
    tstyle = Style(name="Tab", family="table")
    from odf.style import TableProperties
    tstyle.addElement(TableProperties(width="17cm", align="left"))
    doc.automaticstyles.addElement(tstyle)
    widths = ["0.8cm", "2.4cm", "4.6cm", "3cm", "4.8cm", "1.4cm"]
    colstyles = []
    for i, wd in enumerate(widths):
        cs = Style(name="Col%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=wd))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    doc.text.addElement(P(text="Kommunalförbundet Räddningstjänsten Östra Götaland"))
    doc.text.addElement(H(outlinelevel=1, stylename=hstyle,
                          text="Uppföljning av intern kontroll 2025"))
    doc.text.addElement(P(text="Till direktionen, sammanträde 2026-02-05. Dnr RÖG 2026/0031"))
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Bakgrund"))
    doc.text.addElement(P(text=(
        "Direktionen fastställde den 12 december 2024 förbundets plan för intern kontroll 2025. "
        "Förbundet ägs av Linköpings kommun tillsammans med övriga medlemskommuner och redovisar "
        "uppföljningen till direktionen och till medlemskommunerna. Uppföljningen avser hela året 2025.")))
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Resultat"))
    leg = P(text="Teckenförklaring status: ")
    leg.addElement(Span(stylename=bold, text="● = Genomförd   ◐ = Delvis genomförd   ○ = Ej genomförd   – = Utgår"))
    doc.text.addElement(leg)

    t = Table(name="Internkontroll2025", stylename=tstyle)
    for cs in colstyles:
        t.addElement(TableColumn(stylename=cs))
    thr = TableHeaderRows()
    tr = TableRow()
    for h in ["Nr", "Process", "Kontrollmoment", "Metod", "Resultat / kommentar", "Status"]:
        tc = TableCell(stylename=hcell, valuetype="string")
        tc.addElement(P(stylename=hpar, text=h))
        tr.addElement(tc)
    thr.addElement(tr)
    t.addElement(thr)
    rows = [
        ("Ekonomi", "Attestering av leverantörsfakturor följer direktionens attestreglemente",
         "Stickprov 50 fakturor", "Inga avvikelser i stickprovet.", "●", "GENOMFORD", "nej"),
        ("Ekonomi", "Debitering av onödiga automatlarm sker enligt taxa",
         "Avstämning larmlogg mot fakturering", "Sju larm hade inte debiterats; fakturering korrigerad.",
         "●", "GENOMFORD", "ja"),
        ("Förebyggande", "Tillsyn enligt LSO genomförs enligt tillsynsplan",
         "Uppföljning i verksamhetssystemet", "148 av 190 planerade tillsyner genomförda.",
         "◐", "DELVIS", ""),
        ("Räddningsinsats", "Fordon och utrustning besiktas enligt fastställt intervall",
         "Genomgång av besiktningsprotokoll", "Samtliga besiktningar utförda i tid.",
         "●", "GENOMFORD", "nej"),
        ("Personal", "Räddningspersonal i beredskap (RIB) har genomfört obligatoriska övningar",
         "Sammanställning ur utbildningssystemet",
         "Sammanställningen är inte klar p.g.a. byte av utbildningssystem.", "○", "EJ_GENOMFORD", ""),
        ("Personal", "Rökdykare har godkänt arbetsprov och giltig medicinsk kontroll",
         "Kontroll av register",
         "Två rökdykare saknade giltig medicinsk kontroll och togs ur rökdykartjänst tills kontroll gjorts.",
         "●", "GENOMFORD", "ja"),
        ("IT", "Behörigheter i insatsledningssystemet loggas och följs upp",
         "Logganalys", "Systemet avvecklades i april 2025.", "–", "UTGAR", ""),
        ("Rengöring och brandskyddskontroll",
         "Brandskyddskontroll och sotning utförs av entreprenörerna enligt fastställda frister",
         "Rapport från entreprenörerna", "Se bilaga 2.", "", "OKLAR", ""),
    ]
    for n, (proc, km, met, res, sym, stt, avv) in enumerate(rows, 1):
        tr = TableRow()
        for v in (str(n), proc, km, met, res, sym):
            tc = TableCell(stylename=cellst, valuetype="string")
            tc.addElement(P(text=v))
            tr.addElement(tc)
        t.addElement(tr)
        exp(fil, N, km, stt, avv)
    doc.text.addElement(t)
    doc.text.addElement(P(text=""))
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Förbundsdirektörens bedömning"))
    doc.text.addElement(P(text=(
        "Den interna kontrollen bedöms som tillräcklig. Kontrollen av RIB-personalens övningar "
        "genomförs i början av 2026 och redovisas vid direktionens aprilsammanträde.")))
    doc.text.addElement(P(text="Per Lundgren, förbundsdirektör"))
    doc.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F6  Kultur- och fritidsnämnden – docx, free text only
# ---------------------------------------------------------------------------
def f6():
    fil = "KFN helårsuppföljning intern kontroll 2025.docx"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10.5)
    d.sections[0].header.paragraphs[0].text = "LINKÖPINGS KOMMUN – Kultur- och fritidsförvaltningen"
    d.add_heading("Helårsuppföljning av intern kontroll 2025", level=1)
    d.add_paragraph("Kultur- och fritidsnämnden, sammanträde 2026-02-12, ärende 6")
    d.add_paragraph(
        "Nämnden beslutade om internkontrollplan för 2025 i februari. Planen innehöll sex kontrollmoment. "
        "Jämfört med 2024, då samtliga fem kontroller genomfördes, har två kontroller 2025 inte kunnat "
        "slutföras. Nedan redovisas varje kontrollmoment och resultatet för helåret.")
    items = [
        ("Föreningsbidrag",
         "Utbetalning av föreningsbidrag sker enligt beslutade bidragsregler",
         "Kontrollen har genomförts genom stickprov på 20 utbetalningar. Inga avvikelser noterades.",
         "GENOMFORD", "nej"),
        ("Kontanthantering",
         "Kassahantering i simhallar och på bibliotek stäms av dagligen",
         "Kontrollen är genomförd. Vid Tinnerbäcksbadet saknades dagsavstämning vid fem tillfällen i juli. "
         "Rutinen har förtydligats och personalen har fått information.",
         "GENOMFORD", "ja"),
        ("Uthyrning av lokaler",
         "Hyresavtal för lokaler som hyrs ut till externa hyresgäster följer taxa",
         "Kontrollen har påbörjats men är inte slutförd; granskningen av avtalen för evenemangsarenorna "
         "återstår och beräknas vara klar i mars 2026.",
         "DELVIS", ""),
        ("Konstsamlingen",
         "Utlåning av konstverk ur den kommunala konstsamlingen registreras i inventariesystemet",
         "Kontrollen har inte genomförts under 2025. En fullständig inventering planeras till våren 2026.",
         "EJ_GENOMFORD", ""),
        ("Lokalbokning",
         "Bokning av idrottshallar sker enligt fastställd prioriteringsordning",
         "Kontrollen avbröts genom nämndens beslut 2025-09-18 § 77 eftersom ett nytt bokningssystem införs.",
         "UTGAR", ""),
        ("Dataskydd",
         "Personuppgifter i kulturskolans elevregister hanteras enligt dataskyddsförordningen",
         "Genomförd. Inga brister konstaterades vid granskningen.",
         "GENOMFORD", "nej"),
    ]
    for i, (omr, km, res, stt, avv) in enumerate(items, 1):
        d.add_heading("%d. %s" % (i, omr), level=2)
        p = d.add_paragraph()
        p.add_run("Kontrollmoment: ").bold = True
        p.add_run(km)
        p = d.add_paragraph()
        p.add_run("Resultat: ").bold = True
        p.add_run(res)
        exp(fil, N, km, stt, avv)
    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Kultur- och fritidsnämnden godkänner helårsuppföljningen av intern kontroll 2025.")
    d.add_paragraph("Sara Nyström\nKultur- och fritidsdirektör")
    fix_docx_props(d)
    d.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F7  BUN – xlsx with tick columns, delår + helår side by side; nämnd only in
#     print header and file name
# ---------------------------------------------------------------------------
def f7():
    fil = "BUN_IK_2025_helar.xlsx"
    N = "Barn- och ungdomsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws.oddHeader.center.text = "Barn- och ungdomsnämnden – Internkontroll 2025"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Markera med X i rätt kolumn. Avvikelse anges Ja/Nej."
    ws["A2"].font = Font(italic=True)
    top = ["Nr", "Process", "Kontrollmoment", "Kontrollansvarig", "Frekvens",
           "Delår (jan–aug)", None, None, "Helår (jan–dec)", None, None, "Avvikelse (Ja/Nej)", "Kommentar"]
    sub = [None, None, None, None, None, "Genomförd", "Delvis", "Ej genomförd",
           "Genomförd", "Delvis", "Ej genomförd", None, None]
    hfill = PatternFill("solid", fgColor="D9E1F2")
    for i, v in enumerate(top, 1):
        c = ws.cell(row=4, column=i, value=v)
        c.font = Font(bold=True)
        c.fill = hfill
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    for i, v in enumerate(sub, 1):
        c = ws.cell(row=5, column=i, value=v)
        c.font = Font(bold=True)
        c.fill = hfill
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    for col in (1, 2, 3, 4, 5, 12, 13):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.merge_cells("F4:H4")
    ws.merge_cells("I4:K4")
    # delår tick idx / helår tick idx: 0 genomförd, 1 delvis, 2 ej, None; helår may be a tuple
    rows = [
        ("Skolskjuts", "Skolskjutsbeslut fattas enligt riktlinjer för skolskjuts", "Skolskjutshandläggare",
         "Två ggr/år", 0, 0, "Nej", "", "GENOMFORD", "nej"),
        ("Förskola", "Barnomsorgsavgifter debiteras utifrån aktuell inkomstuppgift", "Avgiftshandläggare",
         "Årligen", 1, 0, "Ja", "Aktuell inkomstuppgift saknades för 14 hushåll; uppgifter har begärts in.",
         "GENOMFORD", "ja"),
        ("Ekonomi", "Interkommunal ersättning faktureras för samtliga elever från andra kommuner",
         "Controller", "Per termin", 2, 1, "Nej", "Vårterminen kontrollerad, höstterminen kontrolleras i februari.",
         "DELVIS", "nej"),
        ("Personal", "Utdrag ur belastningsregistret uppvisas före anställning", "HR-konsult",
         "Löpande", 0, 0, "Ja", "2 vikarier anställdes utan uppvisat utdrag.", "GENOMFORD", "ja"),
        ("Elevhälsa", "Elever med hög frånvaro uppmärksammas och åtgärder sätts in", "Rektorer",
         "Två ggr/år", 1, (0, 2), "", "", "OKLAR", ""),
        ("Upphandling", "Måltidsleverantör följer avtalade kvalitetskrav (stickprov)", "Kostchef",
         "Årligen", None, 2, "", "Flyttas till 2026 års plan.", "EJ_GENOMFORD", ""),
        ("Lokaler", "Egenkontroller av lekplatser vid förskolor genomförs enligt plan", "Fastighetssamordnare",
         "Två ggr/år", 0, 0, "Nej", "", "GENOMFORD", "nej"),
        ("Synpunkter", "Synpunkter och klagomål registreras i ärendesystemet", "Kvalitetsutvecklare",
         "Årligen", None, None, "", "Utgår – ingår i den kommungemensamma kontrollen.", "UTGAR", ""),
        ("Skola", "Beslut om särskilt stöd dokumenteras i åtgärdsprogram", "Rektorer",
         "Årligen", None, None, "", "", "SAKNAS", ""),
    ]
    r = 6
    for n, (proc, km, ans, frek, dl, hl, avvtxt, kom, stt, avv) in enumerate(rows, 1):
        vals = [n, proc, km, ans, frek] + [None] * 6 + [avvtxt or None, kom or None]
        if dl is not None:
            vals[5 + dl] = "X"
        if hl is not None:
            for k in (hl if isinstance(hl, tuple) else (hl,)):
                vals[8 + k] = "X"
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP if i in (2, 3, 4, 13) else Alignment(horizontal="center", vertical="top")
        exp(fil, N, km, stt, avv)
        r += 1
    ws.cell(row=r, column=3, value="Antal").font = Font(bold=True)
    # counts as plain numbers (no formulas)
    counts_d = [0, 0, 0]
    counts_h = [0, 0, 0]
    for row in rows:
        if row[4] is not None:
            counts_d[row[4]] += 1
        if row[5] is not None:
            for k in (row[5] if isinstance(row[5], tuple) else (row[5],)):
                counts_h[k] += 1
    for i, v in enumerate(counts_d + counts_h):
        ws.cell(row=r, column=6 + i, value=v).font = Font(bold=True)
    ws.cell(row=r + 2, column=1, value="Uppföljningen godkänd av förvaltningschef Erik Dahl 2026-01-19")
    for col, w in zip("ABCDEFGHIJKLM", (5, 14, 48, 20, 12, 10, 8, 10, 10, 8, 10, 12, 45)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "4:5"
    fix_xlsx_props(wb, "Erik Dahl")
    wb.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F8  Covering letter from Kommunledningsförvaltningen – must be rejected
# ---------------------------------------------------------------------------
def f8():
    fil = "Följebrev nämndernas internkontroll 2025.docx"
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Linköpings kommun\tKommunledningsförvaltningen, Ekonomiavdelningen"
    d.add_paragraph("2026-01-30\nDnr KS 2026-0087")
    d.add_heading("Följebrev – nämndernas uppföljning av intern kontroll 2025", level=1)
    d.add_paragraph("Till: Kommunstyrelsen\nKopia: Kommunens revisorer")
    d.add_paragraph(
        "Enligt kommunens reglemente för intern kontroll ska nämnder, styrelser och kommunalförbund årligen "
        "rapportera resultatet av uppföljningen av sin internkontrollplan till kommunstyrelsen. "
        "Härmed översänds de uppföljningar för helåret 2025 som kommit in till ekonomiavdelningen. "
        "Uppföljningarna bifogas i sin helhet i respektive nämnds eget format.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Nämnd / förbund", "Inkommen", "Format"]):
        t.rows[0].cells[i].text = h
    for row in [
        ("Kommunstyrelsen", "2026-01-20", "Excel"),
        ("Barn- och ungdomsnämnden", "2026-01-19", "Excel"),
        ("Bildningsnämnden", "2026-01-22", "Word"),
        ("Kultur- och fritidsnämnden", "2026-01-26", "Word"),
        ("Samhällsbyggnadsnämnden", "2026-01-28", "Excel (xls)"),
        ("Äldrenämnden och Omsorgsnämnden", "2026-01-15", "Export Stratsys"),
        ("Räddningstjänsten Östra Götaland", "2026-01-29", "OpenDocument"),
        ("Socialnämnden", "Ej inkommen", "–"),
    ]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_paragraph("")
    d.add_paragraph(
        "Socialnämndens uppföljning behandlas på nämndens sammanträde i februari och eftersänds. "
        "Valnämnden har inte haft någon internkontrollplan för 2025. En samlad bedömning av den interna "
        "kontrollen redovisas i årsredovisningen 2025.")
    d.add_paragraph("Med vänlig hälsning\n\nHelena Karlsson\nEkonomichef")
    fix_docx_props(d)
    d.save(path(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och ungdomsnämnden", "BUN|Utbildningsförvaltningen förskola och grundskola"),
        ("Bildningsnämnden", "BIN|BN|Utbildningsförvaltningen gymnasium och vuxenutbildning"),
        ("Socialnämnden", "SOCN|SN|Socialförvaltningen IFO"),
        ("Äldrenämnden", "ÄN|Äldreomsorgen"),
        ("Omsorgsnämnden", "ON|Omsorgsförvaltningen LSS"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Valnämnden", "VN"),
        ("Räddningstjänsten Östra Götaland", "RÖG|Kommunalförbundet Räddningstjänsten Östra Götaland|Räddningstjänsten"),
    ]
    with open(path("namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(path("files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(path("expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def normalise_zip(fn):
    """Rewrite a zip container with fixed timestamps so output is byte-stable."""
    p = path(fn)
    with zipfile.ZipFile(p) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(p, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 20, 9, 0, 0))
            # mimetype of ODF must stay first and stored
            ni.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            ni.external_attr = info.external_attr
            z.writestr(ni, data)


if __name__ == "__main__":
    f1(); f2(); f3(); f4(); f5(); f6(); f7(); f8()
    for fn, *_ in FILES:
        if fn.endswith((".xlsx", ".docx", ".odt")):
            normalise_zip(fn)
    # de-duplicate FILES (all unique per (fil, nämnd) already)
    write_csvs()
    print("files:", len(set(f[0] for f in FILES)), "rows in files.csv:", len(FILES),
          "controls:", len(EXPECTED))
