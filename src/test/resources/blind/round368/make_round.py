#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r368 - Grästorp-Nord kommun, delår 2025 inbox.

Builds every follow-up file, the rejected file and namnder.csv / files.csv / expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
LO_ENV = "-env:UserInstallation=file:///tmp/lo-round368"

EXPECTED = []  # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []     # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def p(name):
    return os.path.join(HERE, name)


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", LO_ENV, "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen / Kommunledningskontoret - xlsx in the style of seed 004
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KLK Uppföljning internkontroll delår 2025.xlsx"
    namnd = "Kommunstyrelsen"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd/enhet:"
    ws["B3"] = "Kommunledningskontoret"
    ws["A4"] = "År:"
    ws["B4"] = 2025
    ws["A5"] = "Uppföljningsperiod:"
    ws["B5"] = "Delår januari–augusti"
    for c in ("A3", "A4", "A5"):
        ws[c].font = Font(bold=True)
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder",
           "Status", "Åter-\nredovisas"]
    rows = [
        (1, "Inköp och upphandling",
         "Avtalstrohet – stickprov på 40 leverantörsfakturor över 50 tkr kontrolleras mot avtalsdatabasen",
         "6 av 40 fakturor (15 %) saknade giltigt avtal, varav 4 avsåg konsulttjänster inom IT.",
         "Påminnelse till beställare. IT-konsulter avropas via SKI-ramavtal från hösten 2025.",
         "Granskning genomförd", "Bokslut", "GENOMFORD", "ja"),
        (2, "Attest", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 30 fakturor maj–juni. Samtliga attesterade av behörig attestant. Ingen avvikelse.",
         "Ingen åtgärd", "Granskning genomförd", "Bokslut", "GENOMFORD", "nej"),
        (3, "Förtroendekänsliga poster",
         "Representation och gåvor – kontroll av syfte, deltagare och momsavdrag",
         "12 av 15 verifikationer korrekta. I 3 fall saknades deltagarförteckning.\n\nMomsavdrag korrekt i samtliga fall.",
         "Uppdatera rutin och mall för representation.", "Granskning\ngenomförd", "Bokslut", "GENOMFORD", "ja"),
        (4, "Löner",
         "Kontroll av att avslutade anställningar avslutas i lönesystemet i rätt tid",
         "Granskningen har påbörjats, 8 av planerade 20 ärenden kontrollerade. Hittills inga felaktigheter.",
         "–", "Granskning påbörjad", "Bokslut", "DELVIS", "nej"),
        (5, "Informationssäkerhet", "Behörighetsgenomgång i ekonomisystemet Raindance",
         "", "Granskningen flyttas till oktober p.g.a. uppgradering av systemet.",
         "Granskning ej genomförd", "Bokslut", "EJ_GENOMFORD", ""),
        (6, "Delegering",
         "Anmälan av delegationsbeslut till kommunstyrelsen sker enligt delegationsordningen",
         "Samtliga 52 delegationsbeslut januari–juni har anmälts till KS. Kontrollen är genomförd utan anmärkning.",
         "", "", "Bokslut", "GENOMFORD", "nej"),
        (7, "Krisberedskap", "Uppdatering av kontinuitetsplaner för samhällsviktig verksamhet",
         "", "", "", "Bokslut", "SAKNAS", ""),
        (8, "Dataskydd", "Registerförteckning enligt dataskyddsförordningen är uppdaterad",
         "", "", "", "Bokslut", "SAKNAS", ""),
    ]
    r0 = 7
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=r0, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = BOX
        c.alignment = WRAP
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row[:7], 1):
            c = ws.cell(row=r0 + i, column=j, value=(v if v != "" else None))
            c.border = BOX
            c.alignment = WRAP
        exp(fil, namnd, row[2], row[7], row[8])
    last = r0 + len(rows)
    ws.cell(row=last + 2, column=1, value="Upprättad 2025-09-05 av Karin Holmqvist, controller, Kommunledningskontoret")
    for col, w in zip("ABCDEFG", (5, 22, 40, 50, 40, 16, 12)):
        ws.column_dimensions[col].width = w
    wb.save(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden - Word in the style of seed 001 (Följer plan: Ja/Nej)
# ---------------------------------------------------------------------------
def file_sn():
    fil = "SN delårsuppföljning IKP 2025.docx"
    namnd = "Socialnämnden"
    d = docx.Document()
    d.add_paragraph("Dnr SN 2025/112").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("2025-09-18").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading("Delårsuppföljning av internkontrollplan 2025 – Socialnämnden", level=1)
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att den interna kontrollen är tillräcklig och att "
        "verksamheten bedrivs på ett i övrigt tillfredsställande sätt. Socialnämnden antog internkontrollplanen för "
        "2025 den 18 december 2024 (§ 187). Planen bygger på en risk- och väsentlighetsanalys där 22 risker har "
        "bedömts och sju risker med riskvärde 8 eller högre har förts in i planen.")
    d.add_heading("Uppföljning per augusti 2025", level=2)
    d.add_paragraph(
        "I tabellen nedan redovisas om den hantering som angivits i internkontrollplanen följts eller ej, samt en "
        "beskrivning av genomförda kontroller och aktiviteter under perioden januari–augusti. Fem av sju risker "
        "bedöms följa beslutad planering. Granskningen av synpunkter och klagomål redovisas i en separat rapport.")
    hdr = ["Ansvarsområde/\nprocess",
           "Risk i verksamheten för att inte kunna säkerställa utförandet av ansvarsområde/process",
           "Risk-\nvärde", "Befintliga åtgärder/kontrollmoment", "Ställningstagande av hantering (planering)",
           "Följer plan:", "Kommentar:"]
    groups = [
        ("Handläggning av ekonomiskt bistånd", [
            ("Risk för felaktiga utbetalningar av ekonomiskt bistånd", "12",
             "Stickprovskontroll av 25 utbetalningar per tertial mot beslut och underlag",
             "Hanteras genom granskning", "Ja",
             "Kontroll genomförd för T1 och T2 (50 utbetalningar). 2 utbetalningar saknade fullständigt underlag; "
             "återkrav har beslutats i ett ärende.", "GENOMFORD", "ja"),
            ("Risk att kontroll mot Försäkringskassan och CSN inte görs före beslut", "9",
             "Kontroll i SSBTEK inför varje beslut om ekonomiskt bistånd",
             "Hanteras genom aktivitet – påminnelse på APT", "Ja",
             "Kontrollen görs löpande. Månatlig uppföljning jan–aug visar inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Hantera person-\nuppgifter enligt GDPR och OSL", [
            ("Risk att skicka sekretessbelagda individhandlingar till fel person", "8",
             "Hantering av handlingar tas upp på APT i samtliga arbetsgrupper",
             "Hanteras genom aktivitet – fortsätta påminna", "Ja",
             "Har tagits upp på APT i 4 av 6 arbetsgrupper under våren. Resterande två grupper i september.",
             "DELVIS", ""),
            ("Risk för felaktig hantering av personuppgifter för personer med skyddad identitet", "8",
             "Skriftlig rutin för begränsad åtkomst i verksamhetssystemet Treserva",
             "Hanteras genom utvecklingsarbete. Skriftlig rutin tas fram vt 2025", "Nej",
             "Rutinen är inte färdigställd. Arbetet har skjutits till hösten på grund av vakans som "
             "verksamhetsutvecklare.", "EJ_GENOMFORD", ""),
        ]),
        ("Barn och unga – orosanmälningar", [
            ("Risk att förhandsbedömning inte görs inom 14 dagar", "12",
             "Kontroll av samtliga orosanmälningar januari–augusti i verksamhetssystemet",
             "Hanteras genom granskning", "Ja",
             "Av 214 anmälningar gjordes förhandsbedömning inom 14 dagar i 197 fall (92 %). 17 överskridanden, "
             "främst under juli.", "GENOMFORD", "ja"),
        ]),
        ("Hantera klago-\nmål/synpunkter", [
            ("Risk att klagomål och synpunkter inte tas tillvara och att återkoppling saknas", "9",
             "Genomgång av synpunktsregistret och återkoppling till den enskilde",
             "Hanteras genom granskning, redovisas separat", "",
             "Se separat rapport Granskning av synpunkter och klagomål.", "OKLAR", ""),
        ]),
        ("Kompetens-\nförsörjning", [
            ("Risk att vakanta socialsekreterartjänster inte kan tillsättas", "10",
             "Uppföljning av vakanser och inhyrda konsulter per månad i ledningsgruppen",
             "Hanteras i annan planering (kompetensförsörjningsplan)", "Ja",
             "Uppföljningen har genomförts varje månad enligt plan. Per augusti 3 vakanser och 2 inhyrda konsulter.",
             "GENOMFORD", ""),
        ]),
    ]
    nrows = 1 + sum(len(g[1]) for g in groups)
    t = d.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        t.cell(0, j).text = h
        for r in t.cell(0, j).paragraphs[0].runs:
            r.bold = True
    r = 1
    for proc, items in groups:
        top = r
        for it in items:
            for j, v in enumerate(it[:6]):
                t.cell(r, j + 1).text = v
            exp(fil, namnd, it[2], it[6], it[7])
            r += 1
        if len(items) > 1:
            t.cell(top, 0).merge(t.cell(r - 1, 0))
        t.cell(top, 0).text = proc
    for row in t.rows:
        for c in row.cells:
            for para in c.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(8)
    d.add_paragraph("")
    d.add_paragraph("Eva Bergström\nSocialchef")
    d.save(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 3. Vård- och omsorgsnämnden - xlsx, plan + T1 + delår + helår columns, codes with legend
# ---------------------------------------------------------------------------
def file_von():
    fil = "VON_IKP_2025_uppfoljning.xlsx"
    namnd = "Vård- och omsorgsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Internkontrollplan 2025 med uppföljning"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:O1")
    ws["A2"] = "Vård- och omsorgsnämnden"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:O2")
    ws["A3"] = ("Uppföljning T1 (jan–apr) och delår (jan–aug). Ange status med kod enligt teckenförklaring "
                "längst ned. Kolumnerna för helår fylls i till bokslutet.")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:O3")
    # two-level header
    ws["A4"] = "Plan"
    ws.merge_cells("A4:I4")
    ws["J4"] = "Uppföljning T1"
    ws.merge_cells("J4:K4")
    ws["L4"] = "Uppföljning delår"
    ws.merge_cells("L4:M4")
    ws["N4"] = "Uppföljning helår"
    ws.merge_cells("N4:O4")
    hdr = ["Nr", "Process", "Kontrollmoment", "Sanno-\nlikhet", "Konse-\nkvens", "Risk-\nvärde", "Kontrollmetod",
           "Frekvens", "Ansvarig", "Status", "Kommentar", "Status", "Kommentar", "Status", "Kommentar"]
    for j, h in enumerate(hdr, 1):
        for rr in (4, 5):
            c = ws.cell(row=rr, column=j)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="DDEBF7")
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        ws.cell(row=5, column=j, value=h)
    fills = {"G": "92D050", "P": "FFFF00", "E": "FF0000", "U": "BFBFBF"}
    data = [
        ("Process: Hemtjänst", None),
        (("1.1", "Hemtjänst", "Beviljad tid i hemtjänst stämmer överens med utförd tid (avvikelse > 10 %)",
          3, 3, 9, "Stickprov 20 brukare i TES mot biståndsbeslut", "Tertial", "Enhetschef hemtjänst",
          "G", "20 brukare kontrollerade, 2 avvikelser > 10 %.", "G",
          "Nytt stickprov 20 brukare, 1 avvikelse > 10 %, åtgärdat genom ny planering.", "", ""),
         ("GENOMFORD", "ja")),
        (("1.2", "Hemtjänst", "Genomförandeplaner är upprättade inom 14 dagar efter verkställt beslut",
          3, 2, 6, "Stickprov 15 ärenden", "Tertial", "Enhetschef hemtjänst",
          "P", "Påbörjad.", "P", "11 av 15 ärenden granskade; 3 planer upprättade för sent.", "", ""),
         ("DELVIS", "ja")),
        ("Process: Särskilt boende", None),
        (("2.1", "Särskilt boende", "Läkemedelshantering – signeringslistor kontrolleras mot ordination",
          2, 4, 8, "Egenkontroll av MAS på 3 enheter", "Halvår", "MAS",
          "", "", "G", "Kontroll på Björkgården, Solbacken och Tallåsen. Inga avvikelser.", "", ""),
         ("GENOMFORD", "nej")),
        (("2.2", "Särskilt boende", "Brukarnas privata medel hanteras enligt rutin (kassabok och kvitton)",
          3, 3, 9, "Kontroll av 10 brukares kassaböcker", "Tertial", "Enhetschef SÄBO",
          "G", "10 kassaböcker kontrollerade, samtliga korrekta.", "", "", "", ""),
         ("GENOMFORD", "nej")),
        (("2.3", "Särskilt boende", "Nattbemanning följer beslutad bemanningsplan",
          2, 3, 6, "Schemagenomgång", "Halvår", "Verksamhetschef",
          "E", "Planeras till maj.", "U",
          "Utgår – ersätts av ny bemanningsmodell enligt beslut VON 2025-06-11 § 58.", "", ""),
         ("UTGAR", "")),
        ("Process: Ekonomi och administration", None),
        (("3.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
          2, 3, 6, "Stickprov 25 fakturor", "Tertial", "Controller",
          "G", "25 fakturor, inga avvikelser.", "G", "25 fakturor, 1 faktura attesterad av jävig attestant.", "", ""),
         ("GENOMFORD", "ja")),
        (("3.2", "Ekonomi", "Avgifter för hemtjänst debiteras enligt gällande taxa",
          3, 2, 6, "Stickprov 30 avgiftsbeslut", "Halvår", "Avgiftshandläggare",
          "", "", "E", "Ej genomförd p.g.a. byte av avgiftssystem. Görs i november.", "", ""),
         ("EJ_GENOMFORD", "")),
        ("Process: Personal", None),
        (("4.1", "Personal",
          "Kontroll av att utdrag ur belastningsregistret inhämtas vid nyanställning inom LSS-verksamhet",
          2, 4, 8, "Samtliga nyanställda jan–aug", "Delår", "HR-konsult",
          "", "", "G", "42 nyanställda, registerutdrag saknades för 2 timvikarier (åtgärdat).", "", ""),
         ("GENOMFORD", "ja")),
        (("4.2", "Personal", "Sjukfrånvaro följs upp enligt rehabiliteringsrutinen (dag 14 och dag 60)",
          3, 3, 9, "Uppföljning i Adato", "Tertial", "HR-konsult",
          "P", "", "",
          "Uppföljning genomförd för samtliga 38 rehabärenden, avstämning dag 14 och dag 60 gjord i alla.", "", ""),
         ("GENOMFORD", "nej")),
    ]
    r = 6
    for item in data:
        if item[1] is None:
            ws.cell(row=r, column=1, value=item[0]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=15)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
        else:
            row, (st, av) = item
            for j, v in enumerate(row, 1):
                c = ws.cell(row=r, column=j, value=(v if v != "" else None))
                c.border = BOX
                c.alignment = WRAP
                if j in (10, 12, 14) and v in fills:
                    c.fill = PatternFill("solid", fgColor=fills[v])
                    c.alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, namnd, row[2], st, av)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring:").font = Font(bold=True)
    for k, (code, txt) in enumerate([("G", "Genomförd"), ("P", "Påbörjad/pågår"), ("E", "Ej genomförd"),
                                     ("U", "Utgår")]):
        c = ws.cell(row=r + 1 + k, column=2, value=code)
        c.fill = PatternFill("solid", fgColor=fills[code])
        c.alignment = Alignment(horizontal="center")
        ws.cell(row=r + 1 + k, column=3, value=txt)
    for col, w in zip("ABCDEFGHIJKLMNO", (5, 16, 42, 8, 8, 7, 26, 9, 18, 7, 30, 7, 40, 7, 20)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "D6"
    wb.save(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 4. Stratsys CSV export holding BUN and KFN, T1 and delår rows
# ---------------------------------------------------------------------------
def file_stratsys():
    fil = "stratsys_export_20250910.csv"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Riskvärde", "Ansvarig", "Period", "Status", "Kommentar"]
    bun = "Barn- och utbildningsnämnden"
    kfn = "Kultur- och fritidsförvaltningen"
    rows = []
    ex = []

    def add(org, proc, km, risk, ansv, periods, st, av, namnd):
        for per, status, kom in periods:
            rows.append([org, proc, km, risk, ansv, per, status, kom])
        ex.append((namnd, km, st, av))

    add(bun, "Elevhälsa och närvaro", "Kontroll av att frånvaro rapporteras till vårdnadshavare samma dag", "12",
        "Rektorer", [("T1 2025", "Pågående", "Stickprov på 3 av 7 skolor."),
                     ("Delår 2025", "Genomförd",
                      "Samtliga 7 skolor kontrollerade. 2 skolor hade brister i rutinen (sen rapportering i 11 av "
                      "140 kontrollerade fall).")], "GENOMFORD", "ja", "Barn- och utbildningsnämnden")
    add(bun, "Trygghet och studiero",
        "Anmälan om kränkande behandling görs till huvudmannen inom fem arbetsdagar", "9", "Rektorer",
        [("T1 2025", "Genomförd", "38 anmälningar, 35 i tid."),
         ("Delår 2025", "Genomförd med avvikelse", "Totalt 71 anmälningar jan–aug, 9 anmäldes senare än fem dagar.")],
        "GENOMFORD", "ja", "Barn- och utbildningsnämnden")
    add(bun, "Förskola", "Placering i förskola erbjuds inom fyra månader enligt skollagen", "8",
        "Placeringshandläggare", [("Delår 2025", "Genomförd", "Samtliga 96 placeringar inom fyra månader.")],
        "GENOMFORD", "nej", "Barn- och utbildningsnämnden")
    add(bun, "Skolskjuts", "Beslut om skolskjuts fattas enligt riktlinjer för skolskjuts", "6",
        "Skolskjutssamordnare",
        [("Delår 2025", "Ej påbörjad", "Kontrollen görs i samband med läsårsstart och redovisas vid helår.")],
        "EJ_GENOMFORD", "", "Barn- och utbildningsnämnden")
    add(bun, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "6", "Controller",
        [("T1 2025", "Genomförd", "20 fakturor, inga avvikelser."),
         ("Delår 2025", "Pågående", "Stickprov för maj–augusti pågår, 12 av 20 fakturor kontrollerade.")],
        "DELVIS", "", "Barn- och utbildningsnämnden")
    add(bun, "Personal", "Utdrag ur belastningsregistret kontrolleras vid anställning i förskola och skola", "8",
        "HR-specialist",
        [("Delår 2025", "Ej aktuell", "Kontrollen har flyttats till kommunstyrelsens plan (HR-avdelningen).")],
        "UTGAR", "", "Barn- och utbildningsnämnden")
    add(kfn, "Bidrag", "Föreningsbidrag betalas ut enligt bidragsreglerna", "9", "Föreningskonsulent",
        [("Delår 2025", "Genomförd",
          "Stickprov 15 av 64 ansökningar. 1 förening fick bidrag för fel antal deltagartillfällen, beloppet "
          "är återkrävt.")], "GENOMFORD", "ja", "Kultur- och fritidsnämnden")
    add(kfn, "Kassahantering", "Dagskassor i simhall och bibliotek stäms av mot kassasystemet", "8",
        "Enhetschef fritid", [("Delår 2025", "Genomförd", "Avstämning av 30 dagskassor, inga differenser.")],
        "GENOMFORD", "nej", "Kultur- och fritidsnämnden")
    add(kfn, "Lokalbokning", "Taxa tillämpas korrekt vid uthyrning av lokaler och anläggningar", "6",
        "Bokningsansvarig", [("Delår 2025", "Pågående", "Granskning påbörjad i augusti.")],
        "DELVIS", "", "Kultur- och fritidsnämnden")
    add(kfn, "Avtal", "Hyresavtal för föreningslokaler är aktuella och undertecknade", "4", "Fritidschef",
        [("Delår 2025", "", "")], "SAKNAS", "", "Kultur- och fritidsnämnden")
    add(kfn, "Kulturarv", "Inventering av kommunens konst placerad i lokaler och på utlån", "6",
        "Kultursekreterare", [("Delår 2025", "Ej påbörjad", "Planerad till oktober.")],
        "EJ_GENOMFORD", "", "Kultur- och fritidsnämnden")
    with open(p(fil), "w", encoding="cp1252", newline="") as f:
        f.write("Rapport: Intern kontroll - uppföljning;;;;;;;\r\n")
        f.write("Utsökning: Grästorp-Nord kommun, 2025, T1 + Delår;;;;;;;\r\n")
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(hdr)
        for r in rows:
            w.writerow(r)
    for namnd, km, st, av in ex:
        exp(fil, namnd, km, st, av)
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "DELAR"))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 5. Miljö- och byggnämnden - ODT, text only (headings + "Kontrollmoment:" / "Status:" lines)
# ---------------------------------------------------------------------------
def file_mbn(tmp):
    fil = "MBN uppföljning intern kontroll delår 2025.odt"
    namnd = "Miljö- och byggnämnden"
    d = docx.Document()
    d.add_heading("Miljö- och byggnämnden", level=0)
    d.add_heading("Uppföljning av intern kontroll, delår 2025", level=1)
    d.add_paragraph("Period: 1 januari – 31 augusti 2025")
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 22 januari 2025 (§ 6). Nedan redovisas resultatet av "
        "de kontroller som ingår i planen. Bedömningen anges som Granskning genomförd, Granskning delvis "
        "genomförd eller Granskning ej genomförd.")
    items = [
        ("1. Handläggningstid för bygglov",
         "Beslut i bygglovsärenden fattas inom lagstadgad handläggningstid (10 veckor)",
         "Samtliga 118 beslut januari–augusti har granskats. 112 beslut fattades inom tiden, 6 ärenden "
         "överskred 10 veckor och avgiften reducerades enligt plan- och bygglagen.",
         "Granskning genomförd", None, "GENOMFORD", "ja"),
        ("2. Tillsyn enligt miljöbalken", "Planerad tillsyn genomförs enligt nämndens tillsynsplan",
         "87 av 140 planerade tillsynsbesök (62 %) har genomförts per augusti. Prognosen är att planen nås vid "
         "årets slut.", "Granskning delvis genomförd", None, "DELVIS", ""),
        ("3. Avgifter", "Timavgift debiteras enligt gällande taxa i tillsynsärenden",
         "Stickprov 20 fakturor. 2 ärenden debiterades med föregående års timtaxa (1 160 kr i stället för "
         "1 210 kr).", "Granskning genomförd", None, "GENOMFORD", "ja"),
        ("4. Delegation", "Delegationsbeslut anmäls till nämnden",
         "Alla delegationslistor har anmälts vid nämndens sammanträden. Ingen avvikelse.",
         "Granskning genomförd", None, "GENOMFORD", "nej"),
        ("5. Arkivering", "Avslutade ärenden arkiveras i Castor inom tre månader efter beslut",
         "–", "Granskning ej genomförd", "Granskningen genomförs under hösten.", "EJ_GENOMFORD", ""),
        ("6. Jäv", "Jävsdeklarationer för inspektörer och handläggare är upprättade",
         None, "Utgår",
         "Utgår enligt nämndens beslut 2025-04-16 § 33, ingår i kommunövergripande kontroll.", "UTGAR", ""),
    ]
    for head, km, res, st, kom, est, eav in items:
        d.add_heading(head, level=2)
        d.add_paragraph("Kontrollmoment: " + km)
        if res is not None:
            d.add_paragraph("Resultat: " + res)
        d.add_paragraph("Status: " + st)
        if kom:
            d.add_paragraph("Kommentar: " + kom)
        exp(fil, namnd, km, est, eav)
    d.add_paragraph("")
    d.add_paragraph("Grästorp-Nord 2025-09-12")
    d.add_paragraph("Anders Lindqvist, förvaltningschef Miljö- och byggförvaltningen")
    src = os.path.join(tmp, fil.replace(".odt", ".docx"))
    d.save(src)
    soffice_convert(src, "odt", tmp)
    shutil.copy(os.path.join(tmp, fil), p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 6. Samhällsbyggnadsnämnden - .xls (xlwt), tick columns, nämnd only in print header + file name
# ---------------------------------------------------------------------------
def file_sbn(tmp):
    fil = "IK uppföljning SBN delår 2025.xls"
    namnd = "Samhällsbyggnadsnämnden"
    # xlwt cannot write a non-ASCII print header under Python 3: build xlsx, let LibreOffice write the .xls
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Samhällsbyggnadsnämnden – uppföljning intern kontroll"
    ws.oddFooter.left.text = "Sida &P av &N"
    ws.oddFooter.right.text = "&D"
    ws["A1"] = "Uppföljning internkontrollplan jan–aug 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Markera med X i den kolumn som gäller. Avvikelse anges Ja/Nej."
    ws["A2"].font = Font(italic=True)
    hdr = ["Process", "Kontrollmoment", "Risk", "Stickprov", "Resultat", "Genomförd", "Delvis", "Ej genomförd",
           "Avvikelse (Ja/Nej)"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="CCFFFF")
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("Gata/park", "Vinterväghållning utförs enligt avtal (utryckning inom 6 timmar)", "Hög",
         "Körjournaler, 10 tillfällen", "9 av 10 utryckningar inom 6 timmar, 1 försenad (8 tim).", "X", "", "", "Ja",
         "GENOMFORD", "ja"),
        ("Upphandling", "Avtalstrohet vid inköp av entreprenadtjänster", "Hög", "25 fakturor",
         "Samtliga 25 fakturor mot gällande avtal.", "X", "", "", "Nej", "GENOMFORD", "nej"),
        ("Exploatering", "Exploateringsavtal följs upp avseende fakturering av gatukostnader", "Medel",
         "4 avtal", "2 av 4 avtal genomgångna.", "", "X", "", "", "DELVIS", ""),
        ("VA", "Mätaravläsning och debitering av VA-avgifter stäms av", "Medel", "50 abonnenter",
         "Se bifogad sammanställning.", "X", "", "X", "", "OKLAR", ""),
        ("Fastighet", "Systematiskt brandskyddsarbete – egenkontroller genomförs i kommunens fastigheter", "Hög",
         "12 fastigheter", "Ej genomförd p.g.a. resursbrist. Planeras till kvartal 4.", "", "", "X", "",
         "EJ_GENOMFORD", ""),
        ("Bostadsanpassning", "Bostadsanpassningsbidrag beviljas enligt lagen och beslutsunderlag finns",
         "Medel", "10 ärenden", "10 ärenden granskade, intyg från arbetsterapeut saknades i 1 ärende.", "X", "", "",
         "Ja", "GENOMFORD", "ja"),
        ("Mark och arrende", "Arrendeavtal indexregleras och faktureras årligen", "Låg", "", "", "", "", "", "",
         "SAKNAS", ""),
    ]
    r = 5
    for row in rows:
        for j, v in enumerate(row[:9], 1):
            c = ws.cell(row=r, column=j, value=(v if v != "" else None))
            c.border = BOX
            c.alignment = Alignment(horizontal="center", vertical="top") if j >= 6 else WRAP
        exp(fil, namnd, row[1], row[9], row[10])
        r += 1
    for j, v in enumerate(["Antal", None, None, None, None, 4, 1, 2, None], 1):
        c = ws.cell(row=r, column=j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    ws.cell(row=r + 2, column=1, value="Sammanställd av: Lena Ek, 2025-09-08")
    for col, w in zip("ABCDEFGHI", (16, 44, 8, 20, 44, 10, 8, 12, 12)):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, fil.replace(".xls", ".xlsx"))
    wb.save(src)
    soffice_convert(src, "xls", tmp)
    shutil.copy(os.path.join(tmp, fil), p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 7. Grästorp-Nord Bostäder AB - docx with two tables, symbols with legend
# ---------------------------------------------------------------------------
def file_gnb():
    fil = "GNB AB intern kontroll aug 2025.docx"
    namnd = "Grästorp-Nord Bostäder AB"
    d = docx.Document()
    d.add_heading("Grästorp-Nord Bostäder AB", level=0)
    d.add_heading("Uppföljning av plan för intern kontroll 2025", level=1)
    d.add_paragraph("Rapporteringstidpunkt: per 31 augusti 2025 (delårsrapport till styrelsen och ägaren)")
    d.add_paragraph("Teckenförklaring status: ✔ = kontroll utförd   ◑ = kontroll pågår   ✖ = kontroll ej utförd   "
                    "– = utgår")
    hdr = ["Kontrollområde", "Kontrollmoment", "Kontrollansvarig", "Resultat/iakttagelser", "Status"]
    sections = [
        ("1. Ekonomi och administration", [
            ("Hyresdebitering", "Hyresavier stäms av mot hyresavtal vid nyuthyrning och omförhandling",
             "Ekonomichef",
             "Stickprov 20 kontrakt. 1 felaktig hyra (för låg debitering 450 kr/mån), rättad från juli.", "✔",
             "GENOMFORD", "ja"),
            ("Kundfordringar", "Hyresfordringar äldre än 60 dagar lämnas till inkasso", "Ekonomiassistent",
             "Samtliga 14 fordringar har överlämnats i tid, inga avvikelser.", "✔", "GENOMFORD", "nej"),
            ("Attest", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomichef",
             "Kontroll pågår. Januari–april klar (25 fakturor utan anmärkning), maj–augusti återstår.", "◑",
             "DELVIS", "nej"),
            ("Moms", "Momsredovisning vid frivillig skattskyldighet för lokaler", "Redovisningsekonom",
             "Ej utförd – ny redovisningsekonom tillträder i september.", "✖", "EJ_GENOMFORD", ""),
        ]),
        ("2. Fastighetsförvaltning", [
            ("Underhåll", "Planerat underhåll genomförs enligt underhållsplan 2025", "Fastighetschef",
             "62 % av budgeterade åtgärder utförda per augusti, i enlighet med tidplanen.", "◑", "DELVIS", ""),
            ("Brandskydd",
             "Systematiskt brandskyddsarbete – egenkontroller i trapphus och källare", "Förvaltare",
             "Egenkontroll gjord i 48 av 48 trapphus. Brandfarligt material i källare i 5 fastigheter; åtgärdat.",
             "✔", "GENOMFORD", "ja"),
            ("Ventilation", "Obligatorisk ventilationskontroll (OVK) utförs enligt besiktningsplan", "Driftchef",
             "Upphandling av besiktningsman avbruten. Kontrollen utgår 2025 enligt styrelsebeslut 2025-05-22.",
             "–", "UTGAR", ""),
            ("Nyckelhantering", "Borttappade nycklar och taggar spärras inom ett dygn", "Förvaltare",
             "Se bilaga 3.", "", "OKLAR", ""),
        ]),
    ]
    for head, items in sections:
        d.add_heading(head, level=2)
        t = d.add_table(rows=1 + len(items), cols=5)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            t.cell(0, j).text = h
            t.cell(0, j).paragraphs[0].runs[0].bold = True
        for i, it in enumerate(items, 1):
            for j, v in enumerate(it[:5]):
                t.cell(i, j).text = v
            exp(fil, namnd, it[1], it[5], it[6])
    d.add_paragraph("")
    d.add_paragraph("Maria Sandberg, VD")
    d.save(p(fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter from Tekniska nämnden (no follow-up in it)
# ---------------------------------------------------------------------------
def file_missiv():
    fil = "Missiv TN internkontroll delår 2025.docx"
    d = docx.Document()
    d.add_paragraph("Tekniska förvaltningen\t\t\t\t2025-09-09")
    d.add_paragraph("Till: Ekonomikontoret, Grästorp-Nord kommun")
    d.add_heading("Uppföljning av internkontrollplan 2025 – delår", level=1)
    d.add_paragraph(
        "Hej! Tekniska nämndens uppföljning av internkontrollplanen för perioden januari–augusti 2025 kommer "
        "att behandlas vid nämndens sammanträde den 15 oktober 2025. På grund av sjukdom hos ansvarig controller "
        "har sammanställningen inte kunnat färdigställas till delårsrapportens ordinarie inlämningsdatum.")
    d.add_paragraph(
        "Uppföljningen av de åtta kontrollmomenten i planen skickas till ekonomikontoret så snart nämnden har "
        "fattat beslut. Vi ber om förståelse för förseningen.")
    d.add_paragraph("Med vänlig hälsning")
    d.add_paragraph("Johan Ahlström\nFörvaltningschef, Tekniska förvaltningen")
    d.save(p(fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    with open(p("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in [
            ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
            ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
            ("Socialnämnden", "SN|Socialförvaltningen"),
            ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
            ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
            ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
            ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
            ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
            ("Grästorp-Nord Bostäder AB", "GNB|GNB AB|Bostadsbolaget"),
        ]:
            f.write(f"{n};{a}\n")
    with open(p("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for r in FILES:
            w.writerow(r)
    with open(p("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXPECTED:
            w.writerow(r)


def main():
    tmp = tempfile.mkdtemp(prefix="r368-")
    try:
        file_ks()
        file_sn()
        file_von()
        file_stratsys()
        file_mbn(tmp)
        file_sbn(tmp)
        file_gnb()
        file_missiv()
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
