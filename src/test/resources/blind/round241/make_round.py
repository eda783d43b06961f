#!/usr/bin/python3
"""Round 241 — Norrhed kommun, delår 2025, theme: a sheet per unit."""
import csv, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import docx
from docx.shared import Pt
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
LO = "file:///tmp/lo-round241"
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
GREEN = PatternFill("solid", fgColor="00B050")
YELLOW = PatternFill("solid", fgColor="FFFF00")
RED = PatternFill("solid", fgColor="FF0000")
thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def header_row(ws, r, values):
    for c, v in enumerate(values, 1):
        cell = ws.cell(r, c, v)
        cell.font = BOLD
        cell.fill = HEAD_FILL
        cell.border = BORDER
        cell.alignment = WRAP


def body_row(ws, r, values):
    for c, v in enumerate(values, 1):
        cell = ws.cell(r, c, v)
        cell.border = BORDER
        cell.alignment = WRAP


# ---------------------------------------------------------------- 1. BUN xlsx
def make_bun():
    fil = "BUN_IK_uppfoljning_delar_2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    C = [
        "Attest av leverantörsfakturor enligt attestordningen",
        "Kontroll av att frånvaro registreras i Skola24 samma dag",
        "Uppföljning av att anmälningar om kränkande behandling rapporteras till huvudman inom en vecka",
        "Kontroll av att utdrag ur belastningsregistret finns för nyanställd personal",
        "Inventering av elevdatorer och lärplattor mot förteckning",
        "Kontroll av att livsmedelshantering i tillagningskök följer egenkontrollprogrammet",
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Instruktion"
    ws["A1"] = "Uppföljning av internkontrollplan 2025 – Barn- och utbildningsförvaltningen"
    ws["A1"].font = TITLE
    lines = [
        "Varje enhet fyller i sin egen flik (en flik per skola/förskoleområde).",
        "Ange status: Genomförd / Delvis genomförd / Ej genomförd / Ej aktuell.",
        "Ange Ja i kolumnen Avvikelse om kontrollen visat fel eller brister och beskriv dem under Resultat.",
        "Förvaltningens controller sammanställer nämndens status per kontrollmoment på fliken Sammanställning.",
        "Sista dag för inrapportering: 2025-09-05.",
    ]
    for i, t in enumerate(lines, 3):
        ws.cell(i, 1, t)
    ws.column_dimensions["A"].width = 100

    units = {
        "Björkskolan": [
            ("10 fakturor", "Samtliga 10 fakturor korrekt attesterade.", "Genomförd", "Nej"),
            ("Vecka 10 och 18", "Frånvaro registrerad samma dag i 96 % av lektionerna, påminnelse till två lärare.", "Genomförd", "Nej"),
            ("Samtliga anmälningar jan–aug", "14 anmälningar, 2 rapporterades efter 9 resp. 12 dagar.", "Genomförd", "Ja"),
            ("Nyanställda vt 2025", "3 nyanställda, utdrag finns för alla.", "Genomförd", "Nej"),
            ("", "Flyttas till hösten, byte av IT-leverantör.", "Ej genomförd", ""),
            ("Egenkontroll tillagningskök", "", "", ""),
        ],
        "Tallbackaskolan": [
            ("10 fakturor", "2 fakturor saknade attest av beslutsattestant, rättat.", "Genomförd", "Ja"),
            ("Vecka 10 och 18", "Inga avvikelser.", "Genomförd", "Nej"),
            ("Samtliga anmälningar jan–aug", "6 anmälningar, samtliga i tid.", "Genomförd", "Nej"),
            ("Nyanställda vt 2025", "1 nyanställd, utdrag finns.", "Genomförd", "Nej"),
            ("", "Ej genomförd.", "Ej genomförd", ""),
            ("", "Utgår, se sammanställning.", "Ej aktuell", ""),
        ],
        "Förskoleområde Öst": [
            ("5 fakturor", "Inga avvikelser.", "Genomförd", "Nej"),
            ("", "Ej aktuellt för förskolan.", "Ej aktuell", ""),
            ("Samtliga anmälningar jan–aug", "1 anmälan, rapporterad i tid.", "Genomförd", "Nej"),
            ("Nyanställda vt 2025", "4 nyanställda, utdrag finns.", "Genomförd", "Nej"),
            ("", "", "Ej genomförd", ""),
            ("", "", "Ej aktuell", ""),
        ],
        "Förskoleområde Väst": [
            ("5 fakturor", "Inga avvikelser.", "Genomförd", "Nej"),
            ("", "Ej aktuellt för förskolan.", "Ej aktuell", ""),
            ("", "Hann inte genomföras p.g.a. chefsbyte i maj.", "Ej genomförd", ""),
            ("Nyanställda vt 2025", "2 nyanställda, utdrag finns.", "Genomförd", "Nej"),
            ("", "", "Ej genomförd", ""),
            ("", "", "Ej aktuell", ""),
        ],
    }
    for unit, rows in units.items():
        s = wb.create_sheet(unit)
        s["A1"] = "Intern kontroll 2025 – uppföljning delår (jan–aug)"
        s["A1"].font = TITLE
        s["A2"] = "Enhet:"
        s["B2"] = unit
        s["A2"].font = BOLD
        s["A3"] = "Rektor/förskolechef:"
        s["B3"] = {"Björkskolan": "Karin Lundqvist", "Tallbackaskolan": "Mats Öberg",
                   "Förskoleområde Öst": "Sara Nyström", "Förskoleområde Väst": "Ali Hassan"}[unit]
        header_row(s, 5, ["Nr", "Kontrollmoment", "Stickprov/omfattning", "Resultat", "Status", "Avvikelse (Ja/Nej)"])
        for i, (km, r) in enumerate(zip(C, rows), 1):
            body_row(s, 5 + i, [i, km, r[0], r[1], r[2], r[3]])
        for col, w in zip("ABCDEF", [5, 55, 25, 55, 16, 12]):
            s.column_dimensions[col].width = w

    s = wb.create_sheet("Sammanställning")
    s["A1"] = "Barn- och utbildningsnämnden"
    s["A1"].font = TITLE
    s["A2"] = "Sammanställning av intern kontroll – delårsrapport 2025"
    s["A2"].font = BOLD
    header_row(s, 4, ["Nr", "Kontrollmoment", "Ansvarig", "Enheter genomförda",
                      "Nämndens status delår", "Avvikelse", "Kommentar"])
    summ = [
        ("Ekonomichef", "4 av 4", "Genomförd", "Ja",
         "Två fakturor på Tallbackaskolan saknade beslutsattest. Rättat, påminnelse om attestordningen skickad.", "GENOMFORD", "ja"),
        ("Verksamhetschef grundskola", "2 av 2", "Genomförd", "Nej",
         "Ej aktuellt för förskoleområdena.", "GENOMFORD", "nej"),
        ("Verksamhetschef grundskola/förskola", "3 av 4", "Delvis genomförd", "Ja",
         "Förskoleområde Väst har inte genomfört kontrollen. Björkskolan: 2 anmälningar rapporterades för sent.", "DELVIS", "ja"),
        ("HR-konsult", "4 av 4", "Genomförd", "Nej", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("IT-samordnare", "0 av 4", "Ej genomförd", "",
         "Flyttas till hösten 2025 på grund av byte av IT-leverantör.", "EJ_GENOMFORD", ""),
        ("Kostchef", "–", "Utgår", "",
         "Utgår – kontrollen görs av Miljö- och byggnämndens livsmedelskontroll (beslut BUN 2025-02-19 § 18).", "UTGAR", ""),
    ]
    for i, (km, r) in enumerate(zip(C, summ), 1):
        body_row(s, 4 + i, [i, km, r[0], r[1], r[2], r[3], r[4]])
        exp(fil, N, km, r[5], r[6])
    s.cell(12, 1, "Sammanställt av: Lena Berg, controller BUF, 2025-09-10")
    for col, w in zip("ABCDEFG", [5, 55, 28, 14, 20, 11, 60]):
        s.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    return fil


# ---------------------------------------------------------------- 2. VON xlsx (fills, no summary)
def make_von():
    fil = "VON Hemtjänst och SÄBO – IK delår 2025.xlsx"
    N = "Vård- och omsorgsnämnden"
    C = [
        ("Kontroll av att genomförandeplaner upprättats inom 14 dagar från verkställighet", "Brukare får inte insatser enligt beslut", "Stickprov 20 ärenden", "Enhetschef"),
        ("Kontroll av att nyckelkvittenser finns för samtliga brukarnycklar", "Obehörig tillgång till brukares bostad", "Inventering av nyckelskåp", "Enhetschef"),
        ("Attest av leverantörsfakturor enligt attestordningen", "Felaktiga utbetalningar", "Stickprov 10 fakturor", "Administratör"),
        ("Kontroll av att avvikelser enligt SoL/HSL registreras i verksamhetssystemet", "Brister i patientsäkerhet upptäcks inte", "Jämförelse journal/avvikelsemodul", "MAS/enhetschef"),
    ]
    # (fill or text, comment, status, avvikelse)
    units = {
        "Hemtjänst Norr": [
            (GREEN, "Stickprov 20 ärenden: 3 genomförandeplaner upprättades efter 14 dagar.", "GENOMFORD", "ja"),
            (YELLOW, "Kvittenser kontrollerade för 60 av 85 nycklar, resterande inventeras i september.", "DELVIS", ""),
            (GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
            (RED, "Ej genomförd p.g.a. vakanta tjänster under sommaren.", "EJ_GENOMFORD", ""),
        ],
        "Hemtjänst Söder": [
            (GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
            (GREEN, "Två kvittenser saknades, har kompletterats.", "GENOMFORD", "ja"),
            (None, "", "SAKNAS", ""),
            (YELLOW, "Påbörjad.", "DELVIS", ""),
        ],
        "Granbacken SÄBO": [
            (GREEN, "Samtliga planer i tid.", "GENOMFORD", "nej"),
            ("Ej aktuellt", "Boendet har inga brukarnycklar (låssystem med tagg).", "UTGAR", ""),
            (GREEN, "En faktura attesterad av fel person, rättad.", "GENOMFORD", "ja"),
            (GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
        ],
    }
    wb = Workbook()
    wb.remove(wb.active)
    for unit, rows in units.items():
        s = wb.create_sheet(unit)
        s.oddHeader.center.text = "Vård- och omsorgsnämnden – Intern kontroll 2025"
        s.oddFooter.right.text = "Sida &P av &N"
        s["A1"] = "Intern kontroll 2025 – uppföljning delår"
        s["A1"].font = TITLE
        s["A2"] = "Enhet: " + unit
        s["A2"].font = BOLD
        header_row(s, 4, ["Kontrollmoment", "Risk", "Kontrollmetod", "Ansvarig", "Delår", "Kommentar"])
        for i, (c, r) in enumerate(zip(C, rows)):
            rr = 5 + i
            body_row(s, rr, [c[0], c[1], c[2], c[3], None, r[1]])
            if isinstance(r[0], str):
                s.cell(rr, 5, r[0])
            elif r[0] is not None:
                s.cell(rr, 5).fill = r[0]
            exp(fil, N, c[0], r[2], r[3])
        s["A11"] = "Teckenförklaring:"
        s["A11"].font = BOLD
        s["A12"] = "Genomförd"; s["B12"].fill = GREEN
        s["A13"] = "Påbörjad / delvis genomförd"; s["B13"].fill = YELLOW
        s["A14"] = "Ej genomförd"; s["B14"].fill = RED
        for col, w in zip("ABCDEF", [55, 35, 28, 16, 10, 55]):
            s.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 3. SN docx, one table per unit
def make_sn():
    fil = "Socialnämnden uppföljning intern kontroll delår 2025.docx"
    N = "Socialnämnden"
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Socialnämnden", level=0)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – delårsrapport (januari–augusti)")
    d.add_paragraph("Diarienummer: SN 2025/112")
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 22 januari 2025 (§ 7). Uppföljningen redovisas "
        "nedan per enhet inom Socialförvaltningen. Varje enhetschef har ansvarat för att genomföra och "
        "dokumentera kontrollerna för sin enhet.")
    units = [
        ("Myndighetsenheten Barn och unga", [
            ("Kontroll av att förhandsbedömning görs inom 14 dagar efter inkommen anmälan", "Stickprov 15 anmälningar",
             "12 av 15 förhandsbedömningar gjordes inom tidsgränsen. Tre överskred med 2–5 dagar.", "Genomförd", "GENOMFORD", "ja"),
            ("Kontroll av att utredningar avslutas inom fyra månader", "Stickprov 10 utredningar",
             "Samtliga 10 granskade utredningar avslutades i tid.", "Genomförd", "GENOMFORD", "nej"),
            ("Kontroll av att utdrag ur belastningsregistret finns för familjehem", "Samtliga nya familjehem 2025",
             "Se bilaga 2.", "", "OKLAR", ""),
        ]),
        ("Vuxenenheten", [
            ("Kontroll av att utredningar avslutas inom fyra månader", "Stickprov 10 utredningar",
             "Granskningen påbörjad, 4 av 10 ärenden granskade.", "Delvis genomförd", "DELVIS", ""),
            ("Kontroll av att beslut om insats verkställs inom tre månader", "Rapport ur verksamhetssystemet",
             "Planeras till oktober.", "Ej påbörjad", "EJ_GENOMFORD", ""),
            ("Kontroll av hantering av privata medel för placerade på HVB", "Genomgång av kassaböcker",
             "Kontrollen är genomförd.\nInga avvikelser noterades.", "", "GENOMFORD", "nej"),
        ]),
        ("Enheten för ekonomiskt bistånd", [
            ("Kontroll av att utbetalning av ekonomiskt bistånd föregås av beslut i verksamhetssystemet", "Stickprov 25 utbetalningar",
             "Samtliga 25 utbetalningar hade beslut.", "Genomförd", "GENOMFORD", "nej"),
            ("Kontroll av att avstämning mot Försäkringskassan (SSBTEK) görs vid nyansökan", "Stickprov 20 akter",
             "2 av 20 akter saknade dokumenterad avstämning. Rutinen har gåtts igenom på APT.", "Genomförd med anmärkning", "GENOMFORD", "ja"),
            ("Attest av leverantörsfakturor enligt attestordningen", "–",
             "Kontrollen genomförs centralt av ekonomienheten enligt beslut SN 2025-03-18 § 41.", "Utgår", "UTGAR", ""),
        ]),
    ]
    for unit, rows in units:
        d.add_heading(unit, level=2)
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for c, h in enumerate(["Kontrollmoment", "Metod/omfattning", "Resultat delår", "Status"]):
            t.rows[0].cells[c].text = h
            t.rows[0].cells[c].paragraphs[0].runs[0].bold = True
        for km, metod, res, st, es, ea in rows:
            cells = t.add_row().cells
            cells[0].text = km
            cells[1].text = metod
            cells[2].text = res
            cells[3].text = st
            exp(fil, N, km, es, ea)
        d.add_paragraph()
    d.add_heading("Sammanfattande bedömning", level=2)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. De brister som noterats har "
        "åtgärdats eller kommer att följas upp i helårsuppföljningen.")
    d.add_paragraph("Norrhed 2025-09-12\n\nEva Sjöberg\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 4. KFN ods (summary with codes)
def make_kfn(tmp):
    fil = "KFN delår 2025 internkontroll.ods"
    N = "Kultur- och fritidsnämnden"
    wb = Workbook()
    s = wb.active
    s.title = "Sammanställning"
    s["A1"] = "Kultur- och fritidsnämnden – uppföljning av internkontrollplan, delår 2025"
    s["A1"].font = TITLE
    s["A2"] = "Statuskoder: G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår"
    s["A2"].font = Font(italic=True)
    header_row(s, 4, ["Kontrollmoment", "Berörda enheter", "Status", "Kommentar"])
    summ = [
        ("Kontroll av kassarapporter mot dagskassa", "Biblioteket, Norrhedsbadet", "G",
         "Avstämt jan–aug. Differens 340 kr i maj på Norrhedsbadet, utredd och rapporterad.", "GENOMFORD", "ja"),
        ("Kontroll av att närvarolistor finns som underlag för avgiftsdebitering", "Kulturskolan", "D",
         "Vårterminen kontrollerad utan anmärkning, höstterminen återstår.", "DELVIS", "nej"),
        ("Attest av leverantörsfakturor enligt attestordningen", "Alla enheter", "G",
         "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kontroll av att lånekort för barn under 15 år har vårdnadshavares underskrift", "Biblioteket", "E",
         "Ej genomförd på grund av byte av bibliotekssystem.", "EJ_GENOMFORD", ""),
        ("Kontroll av att badvakter har giltig livräddarutbildning", "Norrhedsbadet", "G",
         "Samtliga 14 badvakter har giltigt intyg.", "GENOMFORD", "nej"),
        ("Kontroll av representation och förtroendekänsliga poster", "Alla enheter", "U",
         "Utgår enligt beslut KFN 2025-04-10 § 22, ingår i kommunstyrelsens granskning.", "UTGAR", ""),
    ]
    for i, r in enumerate(summ):
        body_row(s, 5 + i, list(r[:4]))
        s.cell(5 + i, 3).alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, r[0], r[4], r[5])
    for col, w in zip("ABCD", [60, 28, 8, 65]):
        s.column_dimensions[col].width = w

    units = {
        "Biblioteket": [
            ("Kontroll av kassarapporter mot dagskassa", "Genomförd", "Ingen differens."),
            ("Attest av leverantörsfakturor enligt attestordningen", "Genomförd", ""),
            ("Kontroll av att lånekort för barn under 15 år har vårdnadshavares underskrift", "Ej genomförd", "Nytt bibliotekssystem infördes i juni."),
        ],
        "Norrhedsbadet": [
            ("Kontroll av kassarapporter mot dagskassa", "Genomförd", "Differens 340 kr 2025-05-14."),
            ("Attest av leverantörsfakturor enligt attestordningen", "Genomförd", ""),
            ("Kontroll av att badvakter har giltig livräddarutbildning", "Genomförd", "14 av 14."),
        ],
        "Kulturskolan": [
            ("Kontroll av att närvarolistor finns som underlag för avgiftsdebitering", "Delvis", "VT klar."),
            ("Attest av leverantörsfakturor enligt attestordningen", "Genomförd", ""),
        ],
    }
    for unit, rows in units.items():
        u = wb.create_sheet(unit)
        u["A1"] = unit
        u["A1"].font = TITLE
        u["A2"] = "Underlag till sammanställning, delår 2025"
        header_row(u, 4, ["Kontrollmoment", "Status", "Notering"])
        for i, r in enumerate(rows):
            body_row(u, 5 + i, list(r))
        for col, w in zip("ABC", [60, 14, 45]):
            u.column_dimensions[col].width = w
    src = os.path.join(tmp, "kfn.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO, "--convert-to", "ods",
                    "--outdir", tmp, src], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, "kfn.ods"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 5. KS simple xlsx
def make_ks():
    fil = "Kommunstyrelsen_uppföljning_internkontroll_delår2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    s = wb.active
    s.title = "Uppföljning"
    s["A1"] = "Uppföljning av internkontrollplan"
    s["A1"].font = TITLE
    s["A2"] = "Nämnd:"; s["B2"] = "Kommunstyrelsen"
    s["A3"] = "Period:"; s["B3"] = "Delårsrapport 2025 (jan–aug)"
    s["A2"].font = BOLD; s["A3"].font = BOLD
    header_row(s, 5, ["Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status delår 2025", "Kommentar"])
    groups = [
        ("Process: Ekonomi", [
            ("E1", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov", "Tertial", "Redovisningschef",
             "Genomförd", "Stickprov 40 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
            ("E2", "Kontroll av att inköp sker från upphandlade leverantörer (avtalstrohet)", "Analys av leverantörsreskontra", "Halvår", "Upphandlingschef",
             "Genomförd med avvikelse", "6 av 50 inköp gjordes utanför avtal, främst kontorsmaterial. Information till beställare.", "GENOMFORD", "ja"),
            ("E3", "Kontroll av representation och förtroendekänsliga poster", "Stickprov 20 verifikationer", "Halvår", "Ekonomichef",
             "Pågår", "Granskning av verifikationer maj–aug pågår.", "DELVIS", ""),
        ]),
        ("Process: Personal", [
            ("P1", "Kontroll av att löneutbetalningar till avslutade anställningar har stoppats", "Rapport ur lönesystemet", "Månad", "Lönechef",
             "Genomförd", "Inga felaktiga utbetalningar.", "GENOMFORD", "nej"),
            ("P2", "Kontroll av att bisysslor är anmälda och bedömda", "Enkät till chefer", "År", "HR-chef",
             "Ej påbörjad", "Genomförs under hösten.", "EJ_GENOMFORD", ""),
        ]),
        ("Process: IT och informationssäkerhet", [
            ("I1", "Kontroll av behörigheter i ekonomisystemet vid avslutad anställning", "Jämförelse behörighetslista/HR-system", "Tertial", "Systemförvaltare",
             "Genomförd", "5 behörigheter fanns kvar för avslutade anställda, har tagits bort.", "GENOMFORD", "ja"),
            ("I2", "Kontroll av att personuppgiftsincidenter rapporteras inom 72 timmar", "Genomgång av incidentlogg", "Halvår", "Dataskyddsombud",
             "Utgår", "Ersätts av dataskyddsombudets årliga granskning.", "UTGAR", ""),
            ("I3", "Uppföljning av att diarieföring sker inom tre arbetsdagar", "Stickprov i ärendehanteringssystemet", "Halvår", "Registrator",
             "", "", "SAKNAS", ""),
        ]),
    ]
    r = 6
    for g, rows in groups:
        s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        s.cell(r, 1, g).font = BOLD
        s.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        for row in rows:
            body_row(s, r, list(row[:7]))
            exp(fil, N, row[1], row[7], row[8])
            r += 1
    r += 1
    s.cell(r, 1, "Totalt 8 kontrollmoment, varav 4 genomförda.")
    s.cell(r + 2, 1, "Godkänt av kommundirektör Anders Holm 2025-09-15")
    for col, w in zip("ABCDEFG", [6, 55, 30, 10, 18, 22, 55]):
        s.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 6. Stratsys CSV export, two nämnder
def make_csv():
    fil = "Stratsys_export_internkontroll_2025-09-08.csv"
    TN, SBN = "Tekniska nämnden", "Samhällsbyggnadsnämnden"
    head = ["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Status T1", "Kommentar T1",
            "Status delår", "Kommentar delår"]
    rows = [
        (TN, "VA-verksamhet", "Kontroll av att fakturering av VA-avgifter sker enligt taxa", "VA-chef",
         "Genomförd", "Inga avvikelser.", "Genomförd", "Stickprov 30 abonnenter, 1 felaktig taxa har rättats.", "GENOMFORD", "ja"),
        (TN, "Fordon", "Kontroll av att kontrollbesiktning av fordon genomförs i tid", "Fordonssamordnare",
         "Pågående", "Genomgång av fordonsregister påbörjad.", "", "", "DELVIS", ""),
        (TN, "Fastighet", "Uppföljning av arbetsmiljörond i kommunala fastigheter", "Fastighetschef",
         "Ej påbörjad", "", "Genomförd", "Genomförd i samtliga 12 fastigheter.\n4 åtgärder registrerade i felanmälan.", "GENOMFORD", "ja"),
        (TN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         "Genomförd", "", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (TN, "Gata/park", "Kontroll av att vinterväghållningsentreprenörer rapporterar enligt avtal", "Gatuchef",
         "", "", "", "", "SAKNAS", ""),
        (SBN, "Planering", "Kontroll av att handläggning av planbesked sker inom fyra månader", "Planchef",
         "Pågående", "", "Genomförd", "8 av 9 planbesked i tid, ett försenat p.g.a. remiss.", "GENOMFORD", "ja"),
        (SBN, "Exploatering", "Kontroll av att exploateringsavtal följs upp", "Exploateringsingenjör",
         "Ej påbörjad", "", "Ej påbörjad", "Skjuts till 2026 på grund av resursbrist.", "EJ_GENOMFORD", ""),
        (SBN, "Lantmäteri", "Kontroll av att lantmäteriförrättningar debiteras", "Enhetschef lantmäteri",
         "", "", "Ej aktuell", "Inga förrättningar under 2025.", "UTGAR", ""),
        (SBN, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Controller",
         "Ej påbörjad", "", "Pågående", "Stickprov pågår.", "DELVIS", ""),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(head)
        for r in rows:
            w.writerow(r[:8])
            exp(fil, r[0], r[2], r[8], r[9])
    FILES.append((fil, "INLAST", TN, "2025", "DELAR"))
    FILES.append((fil, "INLAST", SBN, "2025", "DELAR"))


# ---------------------------------------------------------------- 7. MBN xls, tick columns, no summary
def make_mbn():
    fil = "MBN_internkontroll_delar2025.xls"
    N = "Miljö- och byggnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    bold = xlwt.easyxf("font: bold on")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour pale_blue; borders: left thin, right thin, top thin, bottom thin; align: wrap on")
    cell = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    ctr = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz center, vert top")
    units = {
        "Miljöenheten": [
            ("Kontroll av att tillsynsavgifter debiteras enligt taxa", "X", "", "", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("Kontroll av att planerade livsmedelskontroller genomförs enligt kontrollplan", "", "X", "",
             "62 % av planerade kontroller utförda t.o.m. augusti.", "DELVIS", ""),
            ("Attest av leverantörsfakturor enligt attestordningen", "X", "", "X", "", "OKLAR", ""),
        ],
        "Bygglovsenheten": [
            ("Kontroll av att bygglov beslutas inom lagstadgad tid (10 veckor)", "X", "", "",
             "4 av 40 ärenden överskred tidsfristen, avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
            ("Kontroll av att delegationsbeslut anmäls till nämnden", "", "", "X",
             "Ej genomförd p.g.a. sjukskrivning.", "EJ_GENOMFORD", ""),
            ("Attest av leverantörsfakturor enligt attestordningen", "X", "", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ],
    }
    for unit, rows in units.items():
        s = wb.add_sheet(unit)
        s.write(0, 0, "Uppföljning internkontrollplan 2025 – delår", bold)
        s.write(1, 0, "Enhet: " + unit, bold)
        s.write(2, 0, "Markera med X i den kolumn som stämmer.")
        for c, h in enumerate(["Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]):
            s.write(4, c, h, hdr)
        for i, r in enumerate(rows):
            s.write(5 + i, 0, r[0], cell)
            for c in (1, 2, 3):
                s.write(5 + i, c, r[c], ctr)
            s.write(5 + i, 4, r[4], cell)
            exp(fil, N, r[0], r[5], r[6])
        s.col(0).width = 256 * 60
        s.col(4).width = 256 * 55
        for c in (1, 2, 3):
            s.col(c).width = 256 * 12
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))


# ---------------------------------------------------------------- 8. reject: Excel lock file
def make_lock(bun_fil):
    fil = "~$" + bun_fil
    user = "Lena Berg"
    data = bytes([len(user)]) + user.encode("latin-1") + b" " * (53 - len(user))
    data += len(user).to_bytes(2, "little") + user.encode("utf-16-le") + b"\x20\x00" * (54 - len(user))
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|MBF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Norrheds Bostäder AB", "NBAB|Norrhedsbostäder"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for r in FILES:
            f.write(";".join(r) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXPECTED:
            w.writerow(r)


def main():
    for f in os.listdir(OUT):
        if f not in ("make_round.py", "README.md"):
            p = os.path.join(OUT, f)
            if os.path.isfile(p):
                os.remove(p)
    tmp = tempfile.mkdtemp(prefix="r241_")
    bun = make_bun()
    make_von()
    make_sn()
    make_kfn(tmp)
    make_ks()
    make_csv()
    make_mbn()
    make_lock(bun)
    write_csvs()
    shutil.rmtree(tmp)
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
