#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 125 – Tallbergs kommun, tertial 2 2025.
Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import struct

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

from odf.opendocument import OpenDocumentSpreadsheet
from odf.style import Style, TableColumnProperties, TextProperties, TableCellProperties
from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
from odf.text import P

OUT = os.path.dirname(os.path.abspath(__file__))

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------------------
# 1. Samhällsbyggnadsförvaltningen – controls under bold risk headings,
#    status only as a percentage 0–100 %.
# ---------------------------------------------------------------------------
def file1():
    fil = "SBF IK-uppföljning T2 2025.xlsx"
    namnd = "Samhällsbyggnadsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Samhällsbyggnadsförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – T2 (jan–aug)"
    ws["A2"].font = Font(italic=True, size=11)
    ws["A3"] = "Status anges i procent av planerad kontroll som är utförd vid periodens slut."
    ws["A3"].font = Font(size=9, color="666666")
    hdr = ["Risk / kontrollmoment", "Ansvarig", "Frekvens", "Status T2", "Kommentar"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="4F6228")
        cell.border = BORDER
    # (kind, text, ansvarig, frekvens, status, comment, exp_status, avv)
    rows = [
        ("risk", "Felaktiga utbetalningar till leverantörer"),
        ("k", "Stickprov 20 leverantörsfakturor – attest enligt attestordningen",
         "Controller", "Tertialvis", 1.0,
         "2 fakturor attesterade av person utan attesträtt (vikarie). Rättat, attestlistan uppdaterad.",
         "GENOMFORD", "ja"),
        ("k", "Ändrade bankuppgifter hos leverantörer verifieras per telefon innan ändring",
         "Ekonomiassistent", "Löpande", 1.0,
         "Samtliga 6 ändringar verifierade. Inga avvikelser.", "GENOMFORD", "nej"),
        ("risk", "Brister i upphandling och avtalstrohet"),
        ("k", "Avtalstrohet: inköp av entreprenadtjänster > 100 tkr kontrolleras mot avtalsdatabasen",
         "Upphandlare", "Tertialvis", 0.6,
         "Jan–jun granskat, juli–aug återstår.", "DELVIS", "nej"),
        ("k", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Enhetschefer", "Halvår", 0.0,
         "Ej påbörjad. Planeras till oktober.", "EJ_GENOMFORD", "nej"),
        ("risk", "Bristande myndighetsutövning och beslutsfattande"),
        ("k", "Delegationsbeslut (parkeringstillstånd, upplåtelse av allmän plats) anmäls till nämnden",
         "Nämndsekreterare", "Månadsvis", 1.0,
         "Ett beslut från juni anmäldes först i augusti.", "GENOMFORD", "ja"),
        ("k", "Grävtillstånd följs upp med återställningsbesiktning",
         "Gatuchef", "Tertialvis", None,
         "Utgår – ansvaret har flyttats till Tallbergs Vatten AB enligt KF-beslut 2025-03-24 § 31.",
         "UTGAR", "nej"),
        ("risk", "Personal och arbetsmiljö"),
        ("k", "Rätt lön till timanställda (vinterväghållning) – tidrapport mot utbetald lön",
         "HR-partner", "Tertialvis", "25 %",
         "Jan–feb kontrollerat.", "DELVIS", "nej"),
        ("k", "Systematiskt brandskyddsarbete – egenkontroll i förvaltningens fastigheter",
         "Fastighetschef", "Årligen", None, None, "SAKNAS", "nej"),
    ]
    r += 1
    first = r
    for row in rows:
        if row[0] == "risk":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, size=11)
            for c in range(1, 6):
                ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="EBF1DE")
        else:
            _, km, ans, frek, st, kom, es, av = row
            ws.cell(row=r, column=1, value=km)
            ws.cell(row=r, column=2, value=ans)
            ws.cell(row=r, column=3, value=frek)
            c = ws.cell(row=r, column=4, value=st)
            if isinstance(st, float):
                c.number_format = "0%"
            c.alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=5, value=kom)
            for cc in (1, 2, 3, 5):
                ws.cell(row=r, column=cc).alignment = WRAP
            exp(fil, namnd, km, es, av)
        for cc in range(1, 6):
            ws.cell(row=r, column=cc).border = BORDER
        r += 1
    last = r - 1
    ws.cell(row=r, column=1, value="Genomsnittlig genomförandegrad").font = Font(bold=True)
    c = ws.cell(row=r, column=4, value="=AVERAGE(D%d:D%d)" % (first, last))
    c.number_format = "0%"
    c.font = Font(bold=True)
    ws.cell(row=r + 2, column=1, value="Upprättad av: Jonas Ek, controller, 2025-09-08")
    ws.column_dimensions["A"].width = 62
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 12
    ws.column_dimensions["D"].width = 11
    ws.column_dimensions["E"].width = 60
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    return fil


# ---------------------------------------------------------------------------
# 2. Socialnämnden – Word report, one table per process, "Hur gick det?"
# ---------------------------------------------------------------------------
def file2():
    fil = "Socialnämnden uppföljning internkontroll tertial 2 2025.docx"
    namnd = "Socialnämnden"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = d.add_paragraph("Tallbergs kommun\tSocialförvaltningen")
    p = d.add_paragraph("Tjänsteskrivelse 2025-09-10\tDnr SN 2025/0112")
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 22 januari 2025 (§ 7). "
        "I denna rapport redovisas hur kontrollerna har gått under perioden januari–augusti. "
        "Varje process redovisas i en egen tabell. I kolumnen ”Hur gick det?” beskriver "
        "kontrollansvarig kort resultatet.")
    d.add_paragraph(
        "Förvaltningen bedömer sammantaget att den interna kontrollen fungerar, men att "
        "kontrollen av dubbla ersättningar behöver prioriteras under hösten.")

    hdr = ["Kontrollmoment", "Hur har vi kontrollerat?", "Hur gick det?", "Vad gör vi nu?"]
    processes = [
        ("Process: Ekonomiskt bistånd", [
            ("Stickprov av 25 utbetalningar av ekonomiskt bistånd mot beslut",
             "Controller drar slumpvis urval ur Viva, jämför med beslut i akt.",
             "Gjort i juni. En dubbelutbetalning (3 850 kr) hittades, återkrav är skickat.",
             "Påminnelse om kontroll före utbetalning på APT.", "GENOMFORD", "ja"),
            ("Kontroll av dubbla ersättningar mot Försäkringskassan och CSN",
             "Samkörning via SSBTEK för alla aktuella hushåll i maj.",
             "Inte gjort än – flyttas till hösten på grund av vakanser på enheten.",
             "Görs i oktober.", "EJ_GENOMFORD", "nej"),
        ]),
        ("Process: Barn och unga – myndighetsutövning", [
            ("Förhandsbedömning av orosanmälan görs inom 14 dagar",
             "Genomgång av alla anmälningar april–juni i Treserva.",
             "40 anmälningar granskade, 38 inom tid. Två överskred tiden, avvikelse skriven.",
             "Veckovis bevakningslista införs.", "GENOMFORD", "ja"),
            ("Utredningstid högst fyra månader (11 kap. 2 § SoL)",
             "Uttag ur Treserva av avslutade utredningar.",
             "Halvvägs. Januari–april är klart, maj–augusti mäts i september.",
             "", "DELVIS", "nej"),
        ]),
        ("Process: LSS", [
            ("Ej verkställda LSS-beslut rapporteras till IVO inom tre månader",
             "Kontroll av rapporteringslistan mot beslut i verksamhetssystemet.",
             "Bra! Alla ej verkställda beslut rapporterades i tid (4 st).",
             "Ingen åtgärd.", "GENOMFORD", "nej"),
            ("Uppföljning av beslut om personlig assistans (LSS 9 § 2)",
             "Stickprov 10 ärenden.",
             "Se bilaga 2.",
             "", "OKLAR", "nej"),
        ]),
        ("Process: Informationssäkerhet och dataskydd", [
            ("Loggkontroll i Treserva – otillbörlig åtkomst till personakter",
             "Månatlig loggkontroll av slumpvis utvalda akter.",
             "Utgår enligt nämndens beslut 2025-05-20 § 48. Loggkontrollen görs i stället centralt av kommunledningsförvaltningen.",
             "", "UTGAR", "nej"),
            ("Behörigheter i verksamhetssystemet tas bort när anställningen upphör",
             "Lista över avslutade anställningar från HR jämförs med aktiva konton.",
             "Pågår, listan för jan–juni är genomgången och juli–aug återstår.",
             "Klart till T3.", "DELVIS", "nej"),
        ]),
    ]
    for title, rows in processes:
        d.add_heading(title, level=2)
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            cell = t.rows[0].cells[i]
            cell.text = ""
            run = cell.paragraphs[0].add_run(h)
            run.bold = True
        for km, how, res, next_, es, av in rows:
            cells = t.add_row().cells
            cells[0].text = km
            cells[1].text = how
            cells[2].text = res
            cells[3].text = next_
            exp(fil, namnd, km, es, av)
        d.add_paragraph("")
    d.add_paragraph("Bilagor: 1. Internkontrollplan 2025, 2. Granskning personlig assistans")
    d.add_paragraph("")
    d.add_paragraph("Maria Sandström\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 3. Kultur- och fritidsnämnden – .ods, statuses as smileys, legend at bottom
# ---------------------------------------------------------------------------
def file3():
    fil = "KFN_internkontroll_T2.ods"
    namnd = "Kultur- och fritidsnämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    head = Style(name="head", family="table-cell")
    head.addElement(TextProperties(fontweight="bold"))
    head.addElement(TableCellProperties(backgroundcolor="#DDEBF7", border="0.5pt solid #808080"))
    cellst = Style(name="cellst", family="table-cell")
    cellst.addElement(TableCellProperties(border="0.5pt solid #808080", wrapoption="wrap", verticalalign="top"))
    big = Style(name="big", family="table-cell")
    big.addElement(TextProperties(fontsize="16pt"))
    big.addElement(TableCellProperties(border="0.5pt solid #808080", verticalalign="top"))
    small = Style(name="small", family="table-cell")
    small.addElement(TextProperties(fontsize="9pt", fontstyle="italic"))
    for s in (bold, title, head, cellst, big, small):
        doc.automaticstyles.addElement(s)
    widths = ["1.0cm", "3.5cm", "8.5cm", "2.5cm", "2.0cm", "7.5cm"]
    colstyles = []
    for i, w in enumerate(widths):
        cs = Style(name="co%d" % i, family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        colstyles.append(cs)

    table = Table(name="Uppföljning T2")
    for cs in colstyles:
        table.addElement(TableColumn(stylename=cs))

    def row(values, style=None, styles=None):
        tr = TableRow()
        for i, v in enumerate(values):
            s = styles[i] if styles else style
            if v is None or v == "":
                tc = TableCell(stylename=s) if s else TableCell()
            elif isinstance(v, (int, float)):
                tc = TableCell(valuetype="float", value=v, stylename=s) if s else TableCell(valuetype="float", value=v)
                tc.addElement(P(text=str(v)))
            else:
                tc = TableCell(valuetype="string", stylename=s) if s else TableCell(valuetype="string")
                for line in str(v).split("\n"):
                    tc.addElement(P(text=line))
            tr.addElement(tc)
        table.addElement(tr)

    row(["Kultur- och fritidsnämnden – internkontroll 2025"], styles=[title])
    row(["Uppföljning T2 (januari–augusti 2025)"], styles=[bold])
    row(["Ifylld av: Sara Holm, administrativ chef. Datum: 2025-09-05"], styles=[small])
    row([""])
    row(["Nr", "Område", "Kontroll", "Hur ofta", "Läge T2", "Noteringar"], style=head)
    data = [
        (1, "Kontanthantering", "Dagskassa i simhallens reception stäms av mot kassarapport",
         "Varje vecka", "🙂", "Differens −340 kr den 12 juli, utredd och rapporterad till ekonomienheten.",
         "GENOMFORD", "ja"),
        (2, "Föreningsbidrag", "Aktivitetsstöd: medlemsantal och deltagarlistor kontrolleras mot ansökan",
         "Vår och höst", "😐", "Vårens ansökningar klara, hösten kvar.", "DELVIS", "nej"),
        (3, "Representation", "Representation och personalfester följer kommunens riktlinje",
         "T2", "🙂", "", "GENOMFORD", "nej"),
        (4, "Lokaluthyrning", "Alla bokningar i bokningssystemet faktureras",
         "Tertial", "🙁", "Hann inte, sjukskrivning på bokningen.", "EJ_GENOMFORD", "nej"),
        (5, "Inventarier", "Inventarieförteckning för bibliotek och kulturskola är uppdaterad",
         "Årligen", "", "", "SAKNAS", "nej"),
        (6, "Inköp", "Avtalstrohet vid inköp av förbrukningsmaterial (stickprov 15 fakturor)",
         "Tertial", "🙂😐", "Olika på olika enheter", "OKLAR", "nej"),
        (7, "Lön", "Timanställda på fritidsgårdarna: rapporterad tid mot lönesystemet",
         "Tertial", "😐", "Två av fyra fritidsgårdar kontrollerade.", "DELVIS", "nej"),
        (8, "Dataskydd", "Registerförteckning enligt GDPR art. 30 uppdaterad",
         "Årligen", "Utgår", "Görs av dataskyddsombudet för hela kommunen från 2025.", "UTGAR", "nej"),
    ]
    for nr, omr, km, hur, st, note, es, av in data:
        row([nr, omr, km, hur, st, note], styles=[cellst, cellst, cellst, cellst, big, cellst])
        exp(fil, namnd, km, es, av)
    row([""])
    row([""])
    row(["", "Förklaring:"], styles=[None, bold])
    row(["", "🙂", "Kontrollen är gjord"])
    row(["", "😐", "Kontrollen är påbörjad / delvis gjord"])
    row(["", "🙁", "Kontrollen är inte gjord"])
    doc.spreadsheet.addElement(table)
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. Barn- och utbildningsnämnden – CSV export with 2025-T1 and 2025-T2 rows
# ---------------------------------------------------------------------------
def file4():
    fil = "export_internkontroll_BUN_20250912.csv"
    namnd = "Barn- och utbildningsnämnden"
    org = "Barn- och utbildningsförvaltningen"
    # id, process, km, (T1 status, T1 comment), (T2 status, T2 comment), expected, avv
    ctrls = [
        ("IK-BUN-01", "Inköp", "Skolskjuts: fakturor från transportören kontrolleras mot körjournal",
         ("Pågår", "Mars och april kontrollerade"),
         ("Genomförd med anmärkning", "Felaktig debitering 4 200 kr i maj, kreditfaktura mottagen"),
         "GENOMFORD", "ja"),
        ("IK-BUN-02", "Attest", "Attest av fakturor i förskolan – stickprov 15 fakturor",
         ("Genomförd", "Inga avvikelser"), ("Genomförd", "Inga avvikelser"), "GENOMFORD", "nej"),
        ("IK-BUN-03", "Skolpeng", "Elevregistret stäms av mot utbetald skolpeng till fristående huvudmän",
         ("Ej påbörjad", ""), ("Pågår", "Avstämning av vårterminen klar, hösten efter 15/9"), "DELVIS", "nej"),
        ("IK-BUN-04", "Elevhälsa", "Kränkande behandling anmäls till huvudmannen inom 5 arbetsdagar",
         ("Pågår", "Enkät till rektorer utskickad"),
         ("Ej genomförd", "Skjuts till T3 på grund av omorganisation av elevhälsan"), "EJ_GENOMFORD", "nej"),
        ("IK-BUN-05", "IT", "Behörigheter i IST avslutas när anställning upphör",
         ("Pågår", ""),
         ("", "Klart 2025-06-30. 12 konton som borde ha stängts har nu avslutats."), "GENOMFORD", "ja"),
        ("IK-BUN-06", "Modersmål", "Ersättning till externa modersmålslärare mot undervisade timmar",
         ("Utgår", "Verksamheten i egen regi från 2025"), ("Utgår", "Verksamheten i egen regi från 2025"),
         "UTGAR", "nej"),
        ("IK-BUN-07", "Delegation", "Delegationsbeslut om tilläggsbelopp anmäls till nämnden",
         ("Pågår", ""), ("Genomförd", "Alla 9 beslut anmälda"), "GENOMFORD", "nej"),
    ]
    header = ["Organisation", "Period", "Kontroll-ID", "Process", "Kontrollmoment", "Status",
              "Kommentar", "Senast ändrad", "Ändrad av"]
    lines = [header]
    for cid, proc, km, t1, t2, es, av in ctrls:
        lines.append([org, "2025-T1", cid, proc, km, t1[0], t1[1], "2025-04-28 14:02", "lindaa"])
    for cid, proc, km, t1, t2, es, av in ctrls:
        lines.append([org, "2025-T2", cid, proc, km, t2[0], t2[1], "2025-09-11 09:17", "lindaa"])
    for cid, proc, km, t1, t2, es, av in ctrls:
        exp(fil, namnd, km, es, av)
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        for l in lines:
            w.writerow(l)
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 5. Vård- och omsorgsnämnden – "Bedömning (1–3)", legend in sheet "Skala"
# ---------------------------------------------------------------------------
def file5():
    fil = "VON IKP 2025 uppf T2.xlsx"
    namnd = "Vård- och omsorgsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Period: januari–augusti 2025 (tertial 2)"
    ws["A4"] = "Bedömningen görs enligt skalan i fliken Skala."
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Ansvarig",
           "Bedömning helår 2024", "Bedömning (1–3)", "Kommentar"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    data = [
        (1, "Avgifter", "Avgift för hemtjänst: beslutad avgift stämmer mot debitering (10 stickprov)",
         "Stickprov", "Avgiftshandläggare", 3, 3,
         "2 brukare hade fel avgiftsnivå, rättat och mellanskillnad återbetald.", "GENOMFORD", "ja"),
        (2, "Läkemedel", "Signeringslistor för läkemedel kontrolleras på särskilt boende",
         "Granskning", "MAS", 2, 2, "Två av fem boenden granskade.", "DELVIS", "nej"),
        (3, "Privata medel", "Kvittokontroll av boendes privata medel på SÄBO",
         "Stickprov 8 brukare", "Enhetschefer", 1, 3, "Inga avvikelser.", "GENOMFORD", "nej"),
        (4, "Lön", "Timanställdas lön stäms av mot bemanningssystemet (Time Care)",
         "Avstämning", "Lönekontoret", "ny", 1,
         "Inte gjort – lönekontoret har saknat resurser under sommaren.", "EJ_GENOMFORD", "nej"),
        (5, "Kvalitet", "Lex Sarah-rapporter utreds och allvarliga missförhållanden anmäls till IVO",
         "Genomgång av ärenden", "Kvalitetsstrateg", 3, 4, "", "OKLAR", "nej"),
        (6, "Inköp", "Inköp av hjälpmedel görs hos avtalad leverantör",
         "Fakturagranskning", "Hjälpmedelsansvarig", 2, None,
         "Kontrollen gjord 2025-08-14, samtliga inköp enligt avtal.", "GENOMFORD", "nej"),
        (7, "Delegation", "Delegationsbeslut inom biståndshandläggningen anmäls till nämnden",
         "Jämförelse beslut/anmälan", "Nämndsekreterare", 3, 3, "", "GENOMFORD", "nej"),
        (8, "Säkerhet", "Nyckelhantering i hemtjänsten – behörighetslogg för nyckelfria lås",
         "Loggkontroll", "Enhetschef hemtjänst", "ny", "–",
         "Utgår, nyckelfritt system har inte införts ännu.", "UTGAR", "nej"),
    ]
    r += 1
    for nr, proc, km, met, ans, b24, b25, kom, es, av in data:
        vals = [nr, proc, km, met, ans, b24, b25, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BORDER
            cell.alignment = WRAP
            if c in (6, 7):
                cell.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, km, es, av)
        r += 1
    ws.cell(row=r + 1, column=1, value="Antal kontroller: 8").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [5, 14, 55, 20, 20, 12, 12, 55]):
        ws.column_dimensions[col].width = w
    sk = wb.create_sheet("Skala")
    sk["A1"] = "Bedömningsskala för uppföljning av internkontroll"
    sk["A1"].font = Font(bold=True)
    sk.append([])
    sk.append(["Värde", "Innebörd", "Beskrivning"])
    for c in range(1, 4):
        sk.cell(row=3, column=c).font = Font(bold=True)
    sk.append([1, "Ej genomförd", "Kontrollen har inte utförts under perioden"])
    sk.append([2, "Delvis genomförd", "Kontrollen är påbörjad eller utförd för en del av urvalet"])
    sk.append([3, "Genomförd", "Kontrollen är utförd enligt plan"])
    sk.append([])
    sk.append(["Brister som upptäckts vid kontrollen redovisas i kolumnen Kommentar."])
    sk.column_dimensions["A"].width = 8
    sk.column_dimensions["B"].width = 18
    sk.column_dimensions["C"].width = 60
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))


# ---------------------------------------------------------------------------
# 6. Kommunledningsförvaltningen – KS and Överförmyndarnämnden on one sheet,
#    separated by merged rows with each nämnd's name.
# ---------------------------------------------------------------------------
def file6():
    fil = "KLF nämnder IK T2 2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Delårsuppföljning per 31 augusti 2025 (tertial 2) – internkontroll"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Nämnder som betjänas av kommunledningsförvaltningen"
    ws["A2"].font = Font(italic=True)
    hdr = ["Risk", "Kontrollmoment", "Kontrollansvarig", "Status", "Kommentar / åtgärd"]
    r = 4
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="BDD7EE")
        cell.border = BORDER
    blocks = [
        ("KOMMUNSTYRELSEN", "Kommunstyrelsen", [
            ("Oegentligheter", "Representation: syfte och deltagare dokumenteras (stickprov 10)",
             "Redovisningsekonom", "Genomförd",
             "3 av 10 saknade deltagarförteckning. Påminnelse skickad till chefer.", "GENOMFORD", "ja"),
            ("Felaktiga utbetalningar", "Nya leverantörer kontrolleras (F-skatt, bankgiro, moms)",
             "Ekonomienheten", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Felaktiga löner", "Manuella lönetillägg kontrolleras mot underlag",
             "Löneenheten", "Pågår", "April–juni klart.", "DELVIS", "nej"),
            ("Informationssäkerhet", "Årlig översyn av administratörskonton i kommunens IT-system",
             "IT-chef", "Ej genomförd", "Flyttas till T3, nytt AD-projekt.", "EJ_GENOMFORD", "nej"),
            ("Dataskydd", "Personuppgiftsincidenter anmäls till IMY inom 72 timmar",
             "Dataskyddsombud", "Genomförd", "Inga incidenter att anmäla under perioden.", "GENOMFORD", "nej"),
            ("Finansiella risker", "Kommunens borgensåtaganden stäms av mot KF-beslut",
             "Finanschef", "Ej aktuell", "Kommunen har inga nya borgensåtaganden 2025, kontrollen utgår.", "UTGAR", "nej"),
        ]),
        ("ÖVERFÖRMYNDARNÄMNDEN", "Överförmyndarnämnden", [
            ("Bristande tillsyn", "Årsräkningar granskas inom sex månader från inlämning",
             "Handläggare", "Delvis genomförd", "78 % granskade per 31/8.", "DELVIS", "nej"),
            ("Felaktiga arvoden", "Arvoden till ställföreträdare betalas ut enligt beslut",
             "Handläggare", "Genomförd", "", "GENOMFORD", "nej"),
            ("Förskingring", "Uttag från spärrade konton har överförmyndarens samtycke",
             "Handläggare", "Genomförd",
             "Ett uttag utan samtycke upptäcktes, ärendet är polisanmält.", "GENOMFORD", "ja"),
            ("Olämpliga ställföreträdare", "Lämplighetsprövning av nya gode män (belastningsregister, KFM)",
             "Handläggare", "?", "", "OKLAR", "nej"),
        ]),
    ]
    r += 1
    for label, namnd, rows in blocks:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        c = ws.cell(row=r, column=1, value=label)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(horizontal="center")
        r += 1
        for risk, km, ans, st, kom, es, av in rows:
            for ci, v in enumerate([risk, km, ans, st, kom], 1):
                cell = ws.cell(row=r, column=ci, value=v)
                cell.border = BORDER
                cell.alignment = WRAP
            exp(fil, namnd, km, es, av)
            r += 1
        FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    ws.cell(row=r + 1, column=1, value="Sammanställt av kommunledningsförvaltningen 2025-09-09")
    for col, w in zip("ABCDE", [22, 58, 20, 16, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# 7. Excel lock file left next to file 1 – must be rejected
# ---------------------------------------------------------------------------
def file7():
    fil = "~$SBF IK-uppföljning T2 2025.xlsx"
    name = "Jonas Ek"
    data = bytes([len(name)]) + name.encode("latin-1") + b" " * (53 - len(name))
    data += struct.pack("<H", len(name)) + name.encode("utf-16-le") + b"\x20\x00" * (53 - len(name))
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


def register():
    rows = [
        ("Kommunstyrelsen", ["KS", "Kommunledningsförvaltningen", "KLF", "Kommunledningskontoret"]),
        ("Barn- och utbildningsnämnden", ["BUN", "Barn- och utbildningsförvaltningen", "BUF"]),
        ("Socialnämnden", ["SN", "Socialförvaltningen", "SOC"]),
        ("Vård- och omsorgsnämnden", ["VON", "VoN", "Vård- och omsorgsförvaltningen", "Omsorgsförvaltningen"]),
        ("Kultur- och fritidsnämnden", ["KFN", "Kultur- och fritidsförvaltningen", "KFF"]),
        ("Samhällsbyggnadsnämnden", ["SBN", "Samhällsbyggnadsförvaltningen", "SBF"]),
        ("Miljö- och byggnämnden", ["MBN", "Miljö- och byggförvaltningen", "Bygg och miljö"]),
        ("Överförmyndarnämnden", ["ÖFN", "Överförmyndarenheten", "Överförmyndaren"]),
        ("Valnämnden", ["VN"]),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in rows:
            f.write("%s;%s\n" % (n, "|".join(a)))


def main():
    file1()
    file2()
    file3()
    file4()
    file5()
    file6()
    file7()
    register()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2], row
            f.write(";".join(row) + "\n")
    print("files:", len(FILES) and len(set(r[0] for r in FILES)),
          "files.csv rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
