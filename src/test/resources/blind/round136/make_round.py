#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 136 – Vänerstads kommun, delår per 31 augusti 2025.

Builds every file of the round in this folder, plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3.
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.formatting.rule import CellIsRule
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round136"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", start_color="FFD9E1F2", end_color="FFD9E1F2")


def p(name):
    return os.path.join(HERE, name)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def style_header(ws, row, ncol, fill=HEAD_FILL):
    for c in range(1, ncol + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = BOLD
        cell.fill = fill
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def box_rows(ws, r1, r2, ncol):
    for r in range(r1, r2 + 1):
        for c in range(1, ncol + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = BOX
            cell.alignment = WRAP


def landscape(ws):
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 1. SOCF – workbook with Sammanställning + one sheet per avdelning
# ---------------------------------------------------------------------------
def build_socf():
    fil = "SOCF_IKP_delar2025.xlsx"
    N = "Socialnämnden"
    wb = Workbook()
    summ = wb.active
    summ.title = "Sammanställning"

    # avdelning sheets: (sheet title, long name, chef, layout, rows)
    # row = (nr, process, kontrollmoment, metod, frekvens, statusT1, status, kommentar, avvikelse, expected_status, expected_avv)
    avd = [
        ("IFO Barn o unga", "IFO Barn och unga", "Maria Lund", "std", [
            ("1.1", "Barnavårdsutredningar",
             "Utredningar enligt 11 kap. 1 § SoL avslutas inom fyra månader eller har beslut om förlängning",
             "Stickprov 20 akter", "Tertial", None, "Genomförd",
             "17 av 20 utredningar avslutade inom tid. I 3 ärenden saknades beslut om förlängning. Återkopplat till enhetschefer.",
             "Ja", "GENOMFORD", "ja"),
            ("1.2", "Delegation",
             "Samtliga delegationsbeslut anmäls till nämnden",
             "Avstämning verksamhetssystem mot anmälningslistor", "Tertial", None, "Genomförd",
             "Inga avvikelser.", "Nej", "GENOMFORD", "nej"),
            ("1.3", "Köp av placeringar",
             "Placeringar på HVB och i konsulentstödda familjehem sker hos avtalade leverantörer",
             "Genomgång av samtliga placeringar 2025", "Halvår", None, "Pågår",
             "Genomgången av årets placeringar pågår, beräknas klar i oktober.", "", "DELVIS", "nej"),
        ]),
        ("IFO Vuxen", "IFO Vuxen", "Johan Persson", "std", [
            ("2.1", "Missbruksvård",
             "LVM-utredningar dokumenteras enligt förvaltningens rutin",
             "Stickprov 10 akter", "Årligen", None, "Ej påbörjad",
             "Skjuts till hösten p.g.a. vakanser på enheten.", "", "EJ_GENOMFORD", "nej"),
            ("2.2", "Informationssäkerhet",
             "Loggkontroll i verksamhetssystemet – otillåten åtkomst till personakter",
             "Slumpvis uttag av loggar, 15 personakter", "Tertial", None, "Genomförd",
             "Två slagningar utan tjänstebehov upptäcktes. Anmält till dataskyddsombud och hanterat av HR.",
             "Ja", "GENOMFORD", "ja"),
        ]),
        ("Ek bistånd", "Ekonomiskt bistånd", "Sara Holm", "t1", [
            ("3.1", "Utbetalningar",
             "Utbetalningar av ekonomiskt bistånd stäms av mot inkomstuppgifter i SSBTEK",
             "Stickprov 40 ärenden", "Tertial", "Pågår", "Genomförd",
             "2 felaktiga utbetalningar (totalt 11 400 kr), återkrav beslutat.", "Ja", "GENOMFORD", "ja"),
            ("3.2", "Statsbidrag",
             "Återsökning av statlig ersättning från Migrationsverket görs för samtliga berättigade ärenden",
             "Avstämning mot ärendelista", "Halvår", "Pågår", None,
             "Klart – ansökan för första halvåret inskickad 2025-07-10. Inga avvikelser.", "Nej", "GENOMFORD", "nej"),
            ("3.3", "Återkrav",
             "Beslut om återkrav verkställs och följs upp",
             "Genomgång av återkravsreskontra", "Årligen", "Utgår", "Utgår",
             "Utgår enligt nämndbeslut 2025-04-23 § 61, ersätts av ny kontroll i planen 2026.", "", "UTGAR", "nej"),
        ]),
        ("Stab & admin", "Stab och administration", "Lena Ek", "swap", [
            ("4.1", "Ekonomiadministration",
             "Leverantörsfakturor attesteras av behörig attestant enligt attestförteckning",
             "Stickprov 30 fakturor", "Tertial", None, "Genomförd",
             "Samtliga attesterade av behörig.", "Nej", "GENOMFORD", "nej"),
            ("4.2", "Förtroendekänsliga poster",
             "Representation – syfte och deltagare framgår av underlaget",
             "Samtliga fakturor konto 7610-7630", "Tertial", None, "Genomförd med anmärkning",
             "2 av 14 fakturor saknade deltagarförteckning, kompletterat i efterhand.", "Ja", "GENOMFORD", "ja"),
            ("4.3", "IT-behörigheter",
             "Behörigheter i verksamhetssystem avslutas när anställning upphör",
             "Jämförelse behörighetslista mot avslutade anställningar", "Halvår", None, "Delvis genomförd",
             "Kontroll gjord för IFO – 6 konton för slutade medarbetare var fortfarande aktiva. Återstår för ekonomiskt bistånd.",
             "Ja", "DELVIS", "ja"),
        ]),
    ]

    counts = []
    for title, longname, chef, layout, rows in avd:
        ws = wb.create_sheet(title)
        ws["A1"] = "Socialförvaltningen – Avdelning: " + longname
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Avdelningschef: " + chef + "     Uppföljning per 2025-08-31"
        ws["A3"] = ("Instruktion: Ange status Genomförd / Delvis genomförd / Pågår / Ej påbörjad / Utgår. "
                    "Beskriv resultat och eventuella avvikelser i kommentarsfältet.")
        ws["A3"].font = Font(italic=True, color="FF7F7F7F", size=9)
        if layout == "std":
            hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Frekvens", "Status delår",
                   "Kommentar/resultat", "Avvikelse (Ja/Nej)"]
        elif layout == "t1":
            hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Frekvens", "Status T1", "Status delår",
                   "Kommentar/resultat", "Avvikelse (Ja/Nej)"]
        else:  # swap: comment before status
            hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Frekvens", "Resultat",
                   "Status per 31/8", "Avvikelse"]
        ncol = len(hdr)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
        ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
        for i, h in enumerate(hdr, 1):
            ws.cell(row=5, column=i, value=h)
        style_header(ws, 5, ncol)
        r = 6
        c = {"G": 0, "D": 0, "E": 0, "U": 0, "A": 0}
        for (nr, proc, km, met, frek, st1, st, kom, av, es, ea) in rows:
            if layout == "std":
                vals = [nr, proc, km, met, frek, st, kom, av]
            elif layout == "t1":
                vals = [nr, proc, km, met, frek, st1, st, kom, av]
            else:
                vals = [nr, proc, km, met, frek, kom, st, av]
            for i, v in enumerate(vals, 1):
                ws.cell(row=r, column=i, value=v)
            r += 1
            exp(fil, N, km, es, ea)
            c[{"GENOMFORD": "G", "DELVIS": "D", "EJ_GENOMFORD": "E", "UTGAR": "U"}[es]] += 1
            if ea == "ja":
                c["A"] += 1
        box_rows(ws, 6, r - 1, ncol)
        widths = [6, 20, 45, 28, 10] + ([12] if layout == "t1" else []) + [16, 50, 12]
        if layout == "swap":
            widths = [6, 20, 45, 28, 10, 50, 18, 11]
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.cell(row=r + 1, column=1, value="Uppdaterad av: " + chef + ", 2025-09-03")
        ws.cell(row=r + 1, column=1).font = Font(italic=True, size=9)
        counts.append((longname, len(rows), c))

    # summary sheet
    summ["A1"] = "Socialnämnden – Uppföljning av internkontrollplan 2025"
    summ["A1"].font = Font(bold=True, size=14)
    summ["A2"] = "Delårsbokslut per 31 augusti 2025"
    summ["A2"].font = Font(bold=True)
    summ["A3"] = "Sammanställning per avdelning. Detaljer finns på respektive flik."
    hdr = ["Avdelning", "Antal kontrollmoment", "Genomförda", "Delvis/pågår", "Ej genomförda", "Utgår",
           "Varav med avvikelse"]
    for i, h in enumerate(hdr, 1):
        summ.cell(row=5, column=i, value=h)
    style_header(summ, 5, len(hdr))
    r = 6
    tot = [0] * 6
    for name, n, c in counts:
        vals = [name, n, c["G"], c["D"], c["E"], c["U"], c["A"]]
        for i, v in enumerate(vals, 1):
            summ.cell(row=r, column=i, value=v)
        for k in range(6):
            tot[k] += vals[k + 1]
        r += 1
    summ.cell(row=r, column=1, value="Summa")
    for k in range(6):
        summ.cell(row=r, column=k + 2, value=tot[k])
    for cc in range(1, 8):
        summ.cell(row=r, column=cc).font = BOLD
    box_rows(summ, 6, r, 7)
    summ.cell(row=r + 2, column=1, value="Samlad bedömning")
    summ.cell(row=r + 2, column=1).font = BOLD
    summ.cell(row=r + 3, column=1, value=(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. Avvikelser har "
        "konstaterats inom utredningstider, loggkontroll, utbetalningar, representation och IT-behörigheter. "
        "Åtgärder redovisas på respektive avdelningsflik."))
    summ.merge_cells(start_row=r + 3, start_column=1, end_row=r + 6, end_column=7)
    summ.cell(row=r + 3, column=1).alignment = WRAP
    summ.column_dimensions["A"].width = 28
    for col in "BCDEFG":
        summ.column_dimensions[col].width = 14
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. BUF – last year's template copied; title still says 2024
# ---------------------------------------------------------------------------
def build_buf():
    fil = "BUF_Uppfoljning_IKP_2024 - Kopia.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IKP 2024"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontrollplan 2024"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Rapporterat av ekonomienheten BUF 2025-09-08. Kolumnerna för delår 2025 har lagts till i fjolårets mall."
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Status helår 2024", "Kommentar helår 2024",
           "Status delår 2025", "Kommentar delår 2025"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=5, column=i, value=h)
    style_header(ws, 5, 7)
    for c in (4, 5):
        ws.cell(row=5, column=c).fill = PatternFill("solid", start_color="FFEDEDED", end_color="FFEDEDED")
    # example row kept from the template
    ex = ["Exempel: Ekonomi", "Ex. Kontroll av att ... (beskriv kontrollen)", "Titel", "Genomförd",
          "Beskriv resultat", "Genomförd", "Beskriv resultat"]
    for i, v in enumerate(ex, 1):
        cell = ws.cell(row=6, column=i, value=v)
        cell.font = Font(italic=True, color="FFA6A6A6")
    rows = [
        ("Skolskjuts", "Beslut om skolskjuts fattas enligt gällande riktlinjer", "Skolskjutshandläggare",
         "Genomförd", "Inga avvikelser", "Genomförd", "20 beslut granskade, samtliga enligt riktlinje.",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Fakturor över 50 tkr attesteras av behörig beslutsattestant", "Controller",
         "Genomförd", "1 faktura felaktigt attesterad", "Pågår", "Stickprov för maj–augusti görs i september.",
         "DELVIS", "nej"),
        ("Kränkande behandling", "Anmälan om kränkande behandling når huvudmannen inom fem arbetsdagar",
         "Verksamhetsutvecklare", "Delvis", "Rutin ej implementerad på alla enheter", "Genomförd",
         "14 av 16 anmälningar inkom inom fem arbetsdagar. Påminnelse till rektorer.", "GENOMFORD", "ja"),
        ("Inköp", "Avtalstrohet vid inköp av läromedel och förbrukningsmaterial", "Inköpssamordnare",
         "Ej genomförd", "Ej hunnits med", None, None, "SAKNAS", "nej"),
        ("Interkommunal ersättning", "Fakturering av interkommunal ersättning till andra kommuner sker varje månad",
         "Ekonomiassistent", "Genomförd", "Ok", "Ej genomförd",
         "Har inte hunnits med under våren, planeras till kvartal 4.", "EJ_GENOMFORD", "nej"),
        ("Personal", "Utdrag ur belastningsregistret har uppvisats innan anställning i förskola och skola",
         "HR-specialist", "–", "(ny kontroll 2025)", "Genomförd",
         "Samtliga 38 nyanställda hade uppvisat utdrag.", "GENOMFORD", "nej"),
        ("Närvaro", "Elevfrånvaro registreras i närvarosystemet samma dag",
         "Rektor", "Genomförd", "Inga avvikelser", "Utgår",
         "Kontrollen utgår 2025 – ingår i ny rutin för närvarosystemet.", "UTGAR", "nej"),
        ("Dataskydd", "Personuppgiftsincidenter anmäls till IMY inom 72 timmar",
         "Dataskyddssamordnare", "Genomförd", "Inga incidenter", "Delvis",
         "1 incident anmäldes för sent (efter 96 timmar). Övriga kontroller återstår.", "DELVIS", "ja"),
    ]
    r = 7
    for (omr, km, ans, s24, k24, s25, k25, es, ea) in rows:
        for i, v in enumerate([omr, km, ans, s24, k24, s25, k25], 1):
            ws.cell(row=r, column=i, value=v)
        exp(fil, N, km, es, ea)
        r += 1
    box_rows(ws, 6, r - 1, 7)
    for i, w in enumerate([20, 48, 20, 14, 28, 14, 48], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.cell(row=r + 1, column=1, value="Status anges: Genomförd, Delvis, Pågår, Ej genomförd, Utgår")
    ws.cell(row=r + 1, column=1).font = Font(italic=True, size=9)
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. GVF – real .xls, codes with a legend at the side, T1 + T2 columns
# ---------------------------------------------------------------------------
def build_gvf():
    import xlwt
    fil = "GVF_IK_T2.xls"
    N = "Gymnasie- och vuxenutbildningsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("T2 2024")  # sheet name left from last year's copy
    title = xlwt.easyxf("font: bold on, height 280")
    bold = xlwt.easyxf("font: bold on")
    hdrst = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_green; "
                        "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    code = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz centre, vert top")
    small = xlwt.easyxf("font: italic on, height 180")
    ws.write_merge(0, 0, 0, 7, "GVN Internkontroll 2025 – uppföljning tertial 2 (januari–augusti)", title)
    ws.write_merge(1, 1, 0, 7, "Gymnasie- och vuxenutbildningsnämnden, internkontrollplan antagen 2024-11-20, dnr GVN 2024/187", bold)
    hdr = ["Nr", "Risk", "Kontrollmoment", "Kontrollmetod", "Ansvar", "T1", "T2", "Kommentar"]
    for i, h in enumerate(hdr):
        ws.write(3, i, h, hdrst)
    rows = [
        ("1", "Fel ersättning från CSN", "Frånvaro rapporteras till CSN inom en vecka",
         "Stickprov 3 skolor", "Rektor", "D", "G", "", "GENOMFORD", "nej"),
        ("2", "Felaktig betygsdokumentation", "Betygskataloger signeras och arkiveras enligt rutin",
         "Genomgång VT-25", "Skoladministratör", "", "GA",
         "3 kataloger var inte signerade vid kontrollen – åtgärdat i juni.", "GENOMFORD", "ja"),
        ("3", "Felaktiga fakturor", "Fakturor för köpta utbildningsplatser stäms av mot elevregistret",
         "Avstämning per månad", "Controller", "E", "D", "Avstämning gjord för jan–april.", "DELVIS", "nej"),
        ("4", "Felaktiga beslut", "Beslut om inackorderingstillägg följer riktlinjen",
         "Stickprov 15 beslut", "Handläggare", "G", "",
         "Genomförd under T1, ingen ytterligare kontroll planerad under året.", "GENOMFORD", "nej"),
        ("5", "Obehörig personal", "Lärarlegitimation kontrolleras vid anställning",
         "Samtliga nyanställningar", "HR", "G", "G", "", "GENOMFORD", "nej"),
        ("6", "Bristande kvalitet hos anordnare",
         "Upphandlade anordnare inom vuxenutbildningen följs upp enligt avtal",
         "Uppföljningsmöten + enkät", "Verksamhetschef vux", "D", "X",
         "Två av fyra anordnare besökta.", "OKLAR", "nej"),
        ("7", "Förtroendeskada", "Representation – syfte och deltagare framgår av underlag",
         "Samtliga fakturor", "Ekonom", "", "E", "Ej utförd, ekonom föräldraledig.", "EJ_GENOMFORD", "nej"),
        ("8", "Förlust av utrustning", "Inventering av elevdatorer vid läsårsslut",
         "Inventering", "IT-samordnare", "U", "U", "Leasingavtalet avslutat, eleverna tar med egen dator.",
         "UTGAR", "nej"),
        ("9", "Otillåten åtkomst", "Behörigheter i elevregistret ses över två gånger per år",
         "Behörighetslista mot personalregister", "Systemförvaltare", "", "D",
         "Pågår, 2 av 4 skolor klara. Hittills inga felaktiga behörigheter.", "DELVIS", "nej"),
    ]
    r = 4
    for (nr, risk, km, met, ans, t1, t2, kom, es, ea) in rows:
        vals = [nr, risk, km, met, ans, t1, t2, kom]
        for i, v in enumerate(vals):
            ws.write(r, i, v, code if i in (0, 5, 6) else cell)
        exp(fil, N, km, es, ea)
        r += 1
    # legend far to the right
    ws.write(3, 9, "Teckenförklaring", bold)
    leg = ["G = genomförd utan anmärkning", "GA = genomförd med anmärkning", "D = delvis genomförd / pågår",
           "E = ej genomförd", "U = utgår"]
    for i, l in enumerate(leg):
        ws.write(4 + i, 9, l)
    ws.write(r + 1, 0, "Sammanställt av förvaltningens controller 2025-09-04. Behandlas i GVN 2025-09-24.", small)
    for i, w in enumerate([5, 24, 44, 26, 18, 6, 6, 44, 3, 32]):
        ws.col(i).width = w * 256
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 4. VOF – Word delårsrapport, internal control is chapter 6 of 7
# ---------------------------------------------------------------------------
def build_vof():
    from docx import Document
    from docx.shared import Pt
    fil = "VOF_Delarsrapport_2025.docx"
    N = "Vård- och omsorgsnämnden"
    d = Document()
    d.add_paragraph("Vänerstads kommun").runs[0].bold = True
    d.add_heading("Delårsrapport januari–augusti 2025", 0)
    d.add_paragraph("Vård- och omsorgsnämnden\nDnr VON 2025/211")

    def table(headers, rows):
        t = d.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            t.rows[0].cells[i].text = h
            for r in t.rows[0].cells[i].paragraphs[0].runs:
                r.bold = True
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
        return t

    d.add_heading("1 Sammanfattning", 1)
    d.add_paragraph(
        "Nämnden redovisar en prognos för helåret på -6,4 mnkr. Underskottet beror främst på ökade volymer inom "
        "hemtjänsten och högre kostnader för bemanningssjuksköterskor. Av nämndens åtta kontrollmoment i "
        "internkontrollplanen har fyra genomförts helt, medan övriga är påbörjade, senarelagda eller redovisas i bilaga.")
    d.add_heading("2 Viktiga händelser under perioden", 1)
    d.add_paragraph(
        "Under våren har det nya särskilda boendet Solgläntan (40 platser) öppnat. Införandet av digital "
        "nyckelhantering i hemtjänsten har slutförts i samtliga distrikt.")
    d.add_heading("3 Måluppfyllelse", 1)
    table(["Nämndmål", "Indikator", "Utfall aug 2025", "Bedömning"], [
        ["Äldre ska känna sig trygga i sitt boende", "Andel trygga (Brukarundersökningen)", "86 %", "Uppfylls delvis"],
        ["Kontinuitet i hemtjänsten", "Antal personal per brukare 14 dagar", "15", "Uppfylls ej"],
        ["God arbetsmiljö", "Sjukfrånvaro", "8,9 %", "Uppfylls"],
    ])
    d.add_heading("4 Ekonomi", 1)
    d.add_paragraph("Tabell 1. Ekonomiskt utfall per verksamhet, tkr")
    table(["Verksamhet", "Budget helår", "Utfall jan–aug", "Prognos helår", "Avvikelse"], [
        ["Hemtjänst", "312 400", "214 900", "318 600", "-6 200"],
        ["Särskilt boende", "498 100", "330 200", "497 500", "600"],
        ["Hälso- och sjukvård", "121 000", "83 400", "122 300", "-1 300"],
        ["Nämnd och administration", "38 500", "24 100", "38 000", "500"],
        ["Summa", "970 000", "652 600", "976 400", "-6 400"],
    ])
    d.add_heading("5 Personal", 1)
    d.add_paragraph("Sjukfrånvaron har minskat från 9,6 % till 8,9 % jämfört med samma period 2024. "
                    "Andelen timavlönade av arbetad tid är 14 %.")
    d.add_heading("6 Intern kontroll", 1)
    d.add_paragraph(
        "Nämnden antog internkontrollplan för 2025 den 18 december 2024. Nedan redovisas uppföljningen per "
        "31 augusti. Kontroller som inte genomförts under perioden genomförs under hösten och redovisas i "
        "verksamhetsberättelsen.")
    rows = [
        ("Läkemedel", "Signeringslistor för läkemedel är kompletta",
         "Kontroll genomförd på 12 enheter. På 4 enheter saknades signaturer för enstaka doser. "
         "Åtgärdsplan upprättad med MAS.", "Genomförd – avvikelse", "GENOMFORD", "ja"),
        ("Avgifter", "Rätt avgift debiteras enligt maxtaxan",
         "Stickprov 30 brukare. Inga fel hittades.", "Genomförd", "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Biståndsbeslut verkställs inom tre månader",
         "Kontrollen är gjord för hemtjänst, där 3 beslut inte verkställts inom tre månader (rapporterade till IVO). "
         "Särskilt boende återstår.", "Delvis genomförd", "DELVIS", "ja"),
        ("Upphandling", "Bemanningssjuksköterskor avropas enligt ramavtal",
         "Kontrollen har skjutits till hösten.", "Ej genomförd", "EJ_GENOMFORD", "nej"),
        ("Lön", "Timanställdas tidrapporter stäms av mot schema före löneutbetalning",
         "", "Se bilaga 3", "OKLAR", "nej"),
        ("Hemtjänst", "Utlämnade nycklar och taggar kvitteras",
         "Samtliga distrikt kontrollerade, kvittenser finns.", "Genomförd", "GENOMFORD", "nej"),
        ("Kvalitet", "Lex Sarah-rapporter utreds och vid behov anmäls till IVO",
         "9 rapporter utredda enligt rutin, 1 anmäld till IVO. Inga avvikelser från rutinen.", "Genomförd",
         "GENOMFORD", "nej"),
        ("Brukarmedel", "Kontanthantering av brukarmedel på särskilt boende",
         "Kassakontroller pågår på samtliga boenden.", "Pågår", "DELVIS", "nej"),
    ]
    d.add_paragraph("Tabell 4. Uppföljning av internkontrollplan 2025")
    table(["Process", "Kontrollmoment", "Resultat per 31 augusti", "Bedömning"],
          [[a, b, c, s] for (a, b, c, s, es, ea) in rows])
    for (a, b, c, s, es, ea) in rows:
        exp(fil, N, b, es, ea)
    d.add_paragraph(
        "Sammantaget bedömer förvaltningen att den interna kontrollen är tillräcklig, men att rutinerna för "
        "läkemedelssignering behöver stärkas.")
    d.add_heading("7 Framtid", 1)
    d.add_paragraph("Inför 2026 väntas fortsatt ökade volymer inom hemtjänsten. Nämnden kommer att se över "
                    "biståndsbedömningen och tidsregistreringen.")
    d.add_paragraph("Bilagor: 1. Ekonomisk uppföljning 2. Personalnyckeltal 3. Lönekontroll timanställda (separat)")
    d.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Stratsys export – three nämnder, T1 + Delår rows, cp1252
# ---------------------------------------------------------------------------
def build_stratsys():
    fil = "Stratsys_IK_export_20250905.csv"
    org = {
        "SBF": ("SBF Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden"),
        "TFF": ("Teknik- och fastighetsförvaltningen", "Tekniska nämnden"),
        "MF": ("Miljöförvaltningen", "Miljö- och hälsoskyddsnämnden"),
    }
    # (org, process, km, metod, [(period, status, avv, kommentar)], expected status, expected avv)
    data = [
        ("SBF", "Bygglov", "Bygglov handläggs inom lagstadgad tid (10 + 10 veckor)", "Uttag ur ärendesystem",
         [("Tertial 1 2025", "Pågående", "", "Uttag gjort för januari–mars."),
          ("Delår 2025", "Genomförd", "Ja", "7 av 112 ärenden över tidsgränsen, avgiften reducerad enligt PBL.")],
         "GENOMFORD", "ja"),
        ("SBF", "Taxor", "Bygglovsavgifter debiteras enligt gällande taxa", "Stickprov 25 ärenden",
         [("Delår 2025", "Genomförd", "Nej", "Inga avvikelser.")], "GENOMFORD", "nej"),
        ("SBF", "Delegation", "Delegationsbeslut anmäls till nämnden", "Stickprov två gånger per år",
         [("Tertial 1 2025", "Genomförd", "Nej", "Första stickprovet utan anmärkning."),
          ("Delår 2025", "Pågående", "", "Andra stickprovet pågår.")], "DELVIS", "nej"),
        ("SBF", "Exploatering", "Exploateringsersättning faktureras enligt exploateringsavtal",
         "Avstämning avtal mot reskontra",
         [("Delår 2025", "Ej påbörjad", "", "Planeras till november.")], "EJ_GENOMFORD", "nej"),
        ("TFF", "Inköp", "Avtalstrohet vid inköp av entreprenadtjänster", "Analys av leverantörsreskontra",
         [("Tertial 1 2025", "Ej påbörjad", "", ""),
          ("Delår 2025", "Genomförd", "Ja", "3 inköp (totalt 412 tkr) gjorda utanför avtal; information till beställare.")],
         "GENOMFORD", "ja"),
        ("TFF", "Leverantörsfakturor", "Kontroll av dubbelbetalningar av leverantörsfakturor", "Systemrapport",
         [("Delår 2025", "Genomförd", "Nej", "Inga dubbelbetalningar.")], "GENOMFORD", "nej"),
        ("TFF", "Fordon", "Drivmedelskort – tankningar stäms av mot körjournal", "Stickprov 10 fordon",
         [("Delår 2025", "Avbruten", "", "Avbruten genom beslut i TN 2025-05-14 § 44, drivmedelskorten avvecklas.")],
         "UTGAR", "nej"),
        ("TFF", "Fastighetsunderhåll", "Planerat underhåll utförs enligt underhållsplan",
         "Avstämning underhållsplan mot utfall",
         [("Delår 2025", "Pågående", "", "Avstämning görs löpande.")], "DELVIS", "nej"),
        ("MF", "Tillsyn", "Planerade inspektioner enligt tillsynsplanen genomförs",
         "Uppföljning mot tillsynsplan",
         [("Tertial 1 2025", "Pågående", "", "31 % av planerade inspektioner gjorda."),
          ("Delår 2025", "Pågående", "", "58 % av planerade inspektioner gjorda.")], "DELVIS", "nej"),
        ("MF", "Avgifter", "Årliga avgifter för livsmedelskontroll debiteras", "Avstämning register mot fakturering",
         [("Delår 2025", "Genomförd", "Nej", "Samtliga anläggningar fakturerade.")], "GENOMFORD", "nej"),
        ("MF", "Jäv", "Handläggare har lämnat jävsdeklaration", "Genomgång av deklarationer",
         [("Delår 2025", "", "", "")], "SAKNAS", "nej"),
        ("MF", "Registrering", "Klagomål registreras i diariet inom en arbetsdag", "Stickprov 50 klagomål",
         [("Delår 2025", "Genomförd", "Ja", "6 av 50 (12 %) registrerades senare än en arbetsdag.")],
         "GENOMFORD", "ja"),
    ]
    lines = []
    lines.append(["Rapport: Internkontroll – uppföljning kontrollmoment", "Utskriven 2025-09-05 08:14", "", "", "",
                  "", "", "", "", ""])
    lines.append([""] * 10)
    lines.append(["Organisation", "Plan", "Process", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Period",
                  "Status", "Avvikelse", "Kommentar"])
    freq = {"Bygglov": "Tertial", "Delegation": "Halvår", "Tillsyn": "Tertial"}
    for (o, proc, km, met, periods, es, ea) in data:
        for (per, st, av, kom) in periods:
            lines.append([org[o][0], "Internkontrollplan 2025", proc, km, met, freq.get(proc, "Årligen"), per, st,
                          av, kom])
        exp(fil, org[o][1], km, es, ea)
    with open(p(fil), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerows(lines)
    for k in ("SBF", "TFF", "MF"):
        FILES.append((fil, "INLAST", org[k][1], "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. FSF – statuses only as conditional-format colours (values hidden)
# ---------------------------------------------------------------------------
def build_fsf():
    fil = "FSF_IKP_2025.xlsx"
    N = "Funktionsstödsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Funktionsstödsförvaltningen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – avstämning per 31 augusti"
    ws["A2"].font = Font(bold=True)
    colors = {1: "FF92D050", 2: "FFFFFF00", 3: "FFFF0000", 4: "FFBFBFBF", 5: "FF00B0F0"}

    def solid(c):
        return PatternFill(fill_type="solid", start_color=c, end_color=c, bgColor=c)

    ws["A3"] = "Färgkod:"
    ws["A3"].font = BOLD
    leg = [("B3", "Genomförd", 1), ("C3", "Pågår / delvis", 2), ("D3", "Ej genomförd", 3), ("E3", "Ej aktuell", 4)]
    for ref, txt, k in leg:
        ws[ref] = txt
        ws[ref].fill = PatternFill("solid", start_color=colors[k], end_color=colors[k])
        ws[ref].border = BOX
    hdr = ["Process", "Kontrollmoment", "Kontrollansvarig", "Status", "Noteringar"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=5, column=i, value=h)
    style_header(ws, 5, 5)
    rows = [
        ("Myndighetsutövning LSS", "Gynnande LSS-beslut verkställs inom tre månader", "Enhetschef myndighet", 1,
         "2 ej verkställda beslut rapporterade till IVO och nämnd.", "GENOMFORD", "ja"),
        ("Personlig assistans", "Tidrapporter för assistansersättning stäms av mot Försäkringskassans beslut",
         "Ekonom", 2, "Jan–april avstämt.", "DELVIS", "nej"),
        ("Ledsagarservice", "Fakturerade timmar för ledsagning överensstämmer med beslut", "Controller", 3,
         "", "EJ_GENOMFORD", "nej"),
        ("Avgifter", "Avgiftsbeslut för boendestöd och bostad med särskild service är korrekta", "Avgiftshandläggare",
         1, "Inga fel i stickprov om 20 beslut.", "GENOMFORD", "nej"),
        ("Brukarmedel", "Kassakontroll av brukarmedel i gruppbostäder", "Enhetschef boende", 5,
         "Se kommentar från enhetschef.", "OKLAR", "nej"),
        ("IT", "Behörigheter i verksamhetssystemet tas bort när anställning upphör", "Systemförvaltare", 4,
         "Ingår i förvaltningsövergripande kontroll som socialförvaltningen gör.", "UTGAR", "nej"),
        ("Ekonomi", "Ingen attesterar egna kostnader eller kostnader till förmån för sig själv", "Controller", None,
         "Klart, inga avvikelser.", "GENOMFORD", "nej"),
        ("Köp av verksamhet", "Avtal finns för samtliga externa placeringar (köpt LSS-boende)", "Enhetschef myndighet",
         None, "", "SAKNAS", "nej"),
    ]
    r = 6
    for (proc, km, ans, st, note, es, ea) in rows:
        for i, v in enumerate([proc, km, ans, st, note], 1):
            ws.cell(row=r, column=i, value=v)
        ws.cell(row=r, column=4).number_format = ";;;"
        ws.row_dimensions[r].height = 30
        exp(fil, N, km, es, ea)
        r += 1
    box_rows(ws, 6, r - 1, 5)
    rng = "D6:D%d" % (r - 1)
    for k in (1, 2, 3, 4, 5):
        ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=[str(k)], fill=solid(colors[k])))
    ws.cell(row=r + 1, column=1, value="Antal kontrollmoment: %d" % len(rows))
    ws.cell(row=r + 2, column=1, value="Ansvarig för sammanställning: Karin Åström, controller FSF")
    ws.cell(row=r + 2, column=1).font = Font(italic=True, size=9)
    for i, w in enumerate([22, 55, 22, 10, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    landscape(ws)
    wb.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. AMF – free text in an .odt, tertial 2
# ---------------------------------------------------------------------------
def build_amf():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    from odf.text import H, P, Span
    fil = "AMF_IK-uppfoljning.odt"
    N = "Arbetsmarknadsnämnden"
    doc = OpenDocumentText()
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.35cm", marginbottom="0.1cm"))
    doc.styles.addElement(h2)

    def para(txt, label=None):
        pp = P()
        if label:
            pp.addElement(Span(stylename=bold, text=label + " "))
        pp.addText(txt)
        doc.text.addElement(pp)

    doc.text.addElement(P(text="Arbetsmarknadsförvaltningen"))
    doc.text.addElement(H(outlinelevel=1, stylename=h1,
                          text="Uppföljning av intern kontroll – tertial 2 2025"))
    para("Period: januari–augusti 2025. Tjänsteskrivelse till arbetsmarknadsnämnden 2025-09-17.")
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Bakgrund"))
    para("Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
         "Arbetsmarknadsnämnden antog internkontrollplanen för 2025 i december 2024. Vid förra årets "
         "uppföljning konstaterades brister i attesten av deltagarersättningar, vilket ledde till en ny rutin.")
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Resultat av kontrollerna"))
    items = [
        ("Kontrollpunkt 1. Beslut om lönebidrag och anställningsstöd följer riktlinjerna",
         "Stickprov 25 beslut.",
         "Kontrollen är genomförd. 25 beslut granskade, inga avvikelser konstaterade.", "GENOMFORD", "nej"),
        ("Kontrollpunkt 2. Utbetalning av ersättning till deltagare i arbetsmarknadsinsatser",
         "Avstämning närvarolistor mot utbetalningar.",
         "Granskningen har påbörjats men är inte slutförd; resterande del görs i oktober.", "DELVIS", "nej"),
        ("Kontrollpunkt 3. Avtal med externa utförare av jobbcoachning följs upp",
         "Uppföljningsmöte och genomgång av rapporter.",
         "Har inte genomförts under perioden på grund av vakans på tjänsten som avtalsförvaltare.",
         "EJ_GENOMFORD", "nej"),
        ("Kontrollpunkt 4. Tidrapporter i feriearbete attesteras av handledare",
         "Samtliga tidrapporter sommaren 2025.",
         "Genomförd. 6 av 310 tidrapporter saknade handledarens attest; kompletterades före utbetalning.",
         "GENOMFORD", "ja"),
        ("Kontrollpunkt 5. Dokumenthantering och gallring i Navigatorcentrum",
         "Genomgång av arkiv och dokumenthanteringsplan.",
         "Kontrollen utgår eftersom Navigatorcentrum överfördes till socialnämnden den 1 april 2025.",
         "UTGAR", "nej"),
        ("Kontrollpunkt 6. Incidenter om hot och våld rapporteras i KIA",
         "Jämförelse mellan KIA och enheternas egna noteringar.",
         "Redovisas i samband med helårsuppföljningen.", "SAKNAS", "nej"),
        ("Kontrollpunkt 7. Kurser, konferenser och representation har tydligt syfte och deltagarförteckning",
         "Samtliga fakturor på berörda konton.",
         "Genomförd utan anmärkning.", "GENOMFORD", "nej"),
    ]
    for (head, metod, res, es, ea) in items:
        doc.text.addElement(H(outlinelevel=3, stylename=h2, text=head))
        para(metod, "Metod:")
        para(res, "Resultat T2:")
        km = head.split(". ", 1)[1]
        exp(fil, N, km, es, ea)
    doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Förvaltningens bedömning"))
    para("Förvaltningen bedömer att den interna kontrollen är tillräcklig. Kontrollpunkt 2 och 3 slutförs under hösten.")
    para("Anna Ek, förvaltningschef")
    para("Mikael Strand, controller")
    doc.save(p(fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# 8. KLK – .ods with tick-mark columns and process heading rows
# ---------------------------------------------------------------------------
def build_klk(tmpdir):
    fil = "KLK_internkontroll_delar_2025.ods"
    N = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "KS IKP 2025"
    ws["A1"] = "Kommunstyrelsen – Kommunledningskontoret"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontrollplan 2025, delår 1 januari – 31 augusti"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Markera med X i aktuell statuskolumn. En markering per rad."
    ws["A3"].font = Font(italic=True, size=9, color="FF7F7F7F")
    # two-level header
    ws["A5"] = "Nr"
    ws["B5"] = "Kontrollmoment"
    ws["C5"] = "Ansvarig"
    ws["D5"] = "Status per 31/8"
    ws["G5"] = "Avvikelse (ja/nej)"
    ws["H5"] = "Kommentar"
    ws["D6"] = "Genomförd"
    ws["E6"] = "Delvis"
    ws["F6"] = "Ej genomförd"
    ws.merge_cells("D5:F5")
    for col in "ABCGH":
        ws.merge_cells("%s5:%s6" % (col, col))
    style_header(ws, 5, 8)
    style_header(ws, 6, 8)
    ws["D5"].alignment = Alignment(horizontal="center")
    groups = [
        ("Ekonomi", [
            ("1", "Attestantförteckningen är uppdaterad och överensstämmer med systemets behörigheter",
             "Redovisningschef", "X", "", "", "nej", "", "GENOMFORD", "nej"),
            ("2", "Ändring av bankuppgifter i leverantörsregistret verifieras mot leverantören",
             "Ekonomichef", "X", "", "", "ja",
             "1 ändring av 24 saknade dokumenterad verifiering. Rutinen förtydligad.", "GENOMFORD", "ja"),
            ("3", "Momsavdrag för representation görs med rätt belopp", "Redovisningsekonom", "", "✓", "",
             "nej", "Kontrollerat t.o.m. juni.", "DELVIS", "nej"),
        ]),
        ("HR och lön", [
            ("4", "Löneutbetalningar till nyanställda stäms av mot anställningsavtal", "Lönechef", "X", "", "",
             "nej", "", "GENOMFORD", "nej"),
            ("5", "Utlägg och reseräkningar attesteras av närmaste chef", "HR-chef", "X", "X", "", "",
             "Stickprov 40 reseräkningar.", "OKLAR", "nej"),
            ("6", "Chefers bisysslor är anmälda och prövade", "HR-chef", "", "", "X", "nej",
             "Enkäten till chefer skickas ut i oktober.", "EJ_GENOMFORD", "nej"),
        ]),
        ("IT och informationssäkerhet", [
            ("7", "Årlig översyn av administratörskonton och IT-behörigheter", "IT-chef", "", "X", "", "ja",
             "4 administratörskonton utan aktiv ägare har stängts. Översyn av verksamhetssystemen återstår.",
             "DELVIS", "ja"),
            ("8", "Återläsningstest av säkerhetskopior genomförs", "IT-chef", "", "", "", "",
             "Utgår – driften är överförd till den regionala IT-nämnden från 2025-01-01.", "UTGAR", "nej"),
        ]),
        ("Kansli", [
            ("9", "Delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef", "✓", "", "", "nej", "",
             "GENOMFORD", "nej"),
            ("10", "Allmänna handlingar registreras utan dröjsmål", "Registrator", "", "", "", "", "",
             "SAKNAS", "nej"),
        ]),
    ]
    r = 7
    grp_fill = PatternFill("solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
    for gname, rows in groups:
        ws.cell(row=r, column=1, value=gname)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).font = BOLD
        ws.cell(row=r, column=1).fill = grp_fill
        r += 1
        for (nr, km, ans, g, dv, e, av, kom, es, ea) in rows:
            for i, v in enumerate([nr, km, ans, g, dv, e, av, kom], 1):
                ws.cell(row=r, column=i, value=v)
            for c in range(1, 9):
                ws.cell(row=r, column=c).border = BOX
                ws.cell(row=r, column=c).alignment = WRAP
            for c in (4, 5, 6):
                ws.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, N, km, es, ea)
            r += 1
    ws.cell(row=r + 1, column=1, value="Upprättad av: Erik Sand, controller, 2025-09-04")
    ws.cell(row=r + 2, column=1, value="Godkänd av: Helena Berg, kommundirektör")
    for i, w in enumerate([5, 55, 18, 11, 9, 12, 11, 50], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    landscape(ws)
    src = os.path.join(tmpdir, "KLK_internkontroll_delar_2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", tmpdir)
    shutil.move(os.path.join(tmpdir, fil), p(fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 9. Excel owner/lock file left in the inbox – must be rejected
# ---------------------------------------------------------------------------
def build_lock():
    fil = "~$SOCF_IKP_delar2025.xlsx"
    user = "Sara Holm"
    b = bytes([len(user)]) + user.encode("cp1252")
    b = b.ljust(54, b" ")
    b += len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    b = b.ljust(165, b" ")
    with open(p(fil), "wb") as f:
        f.write(b)
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|KLK|Kommunledningskontoret|Kommunledningsförvaltningen"),
    ("Barn- och utbildningsnämnden", "BUN|BUF|Barn- och utbildningsförvaltningen"),
    ("Gymnasie- och vuxenutbildningsnämnden", "GVN|GVF|Gymnasie- och vuxenutbildningsförvaltningen|Gy/Vux"),
    ("Socialnämnden", "SN|SOCN|SOCF|Socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|VOF|Vård- och omsorgsförvaltningen|Äldreomsorgen"),
    ("Funktionsstödsnämnden", "FSN|FSF|Funktionsstödsförvaltningen"),
    ("Arbetsmarknadsnämnden", "AMN|AMF|Arbetsmarknadsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|SBF|Samhällsbyggnadsförvaltningen"),
    ("Tekniska nämnden", "TN|TFF|Teknik- och fastighetsförvaltningen|Tekniska förvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|MF|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|KFF|Kultur- och fritidsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarförvaltningen|Överförmyndarenheten"),
]


def main():
    tmpdir = tempfile.mkdtemp(prefix="r136_")
    build_socf()
    build_buf()
    build_gvf()
    build_vof()
    build_stratsys()
    build_fsf()
    build_amf()
    build_klk(tmpdir)
    build_lock()
    shutil.rmtree(tmpdir, ignore_errors=True)

    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in NAMNDER:
            f.write("%s;%s\n" % (n, a))
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)
    nfiles = len({r[0] for r in FILES})
    print("files:", nfiles, "files.csv rows:", len(FILES), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
