#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 48 – Lövstaby kommun (Uppland), uppföljning internkontrollplan T2 2025.

Builds every follow-up file and namnder.csv / files.csv / expected.csv from scratch.
Run:  /usr/bin/python3 make_round.py
"""
import csv
import io
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

G, D, E, U, S, O = "GENOMFORD", "DELVIS", "EJ_GENOMFORD", "UTGAR", "SAKNAS", "OKLAR"


def exp(fil, namnd, km, status, avv):
    assert ";" not in km and "\n" not in km, km
    EXPECTED.append((fil, namnd, km, status, "ja" if avv else "nej"))


def clean_old():
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(OUT):
        if f in keep:
            continue
        p = os.path.join(OUT, f)
        if os.path.isfile(p):
            os.remove(p)


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunstyrelseförvaltningen|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Bildningsförvaltningen|Barn- och utbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen|Vård och omsorg"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Bygg- och miljönämnden", "BMN|Bygg- och miljöförvaltningen|Bygg och miljö"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och fastighet"),
    ("Valnämnden", "VN"),
    ("Överförmyndarnämnden i norra Uppland", "ÖFN|Överförmyndarnämnden|Gemensamma överförmyndarnämnden|Överförmyndarkansliet"),
    ("Räddningsnämnden Norduppland", "RN|Räddningsnämnden|Gemensamma räddningsnämnden|Räddningstjänsten Norduppland"),
    ("Lövstaby Kommunföretag AB", "Kommunföretag AB|LKFAB|Moderbolaget|Kommunföretag"),
    ("Lövstabyhem AB", "Lövstabyhem|LHAB"),
    ("Lövstaby Vatten och Avfall AB", "LVAB|Lövstaby Vatten|Vatten och Avfall"),
    ("Lövstaby Industrifastigheter AB", "Industrifastigheter|LIFAB"),
]

# ---------------------------------------------------------------------------
# F1  Stratsys-like CSV export, one row per control and tertial (Windows-1252)
# ---------------------------------------------------------------------------
F1 = "Stratsys_IKP_export_2025-09-08.csv"


def make_f1():
    # org, namnd, process, risk, km, ansvarig, [(period, status, kommentar, ändrad)], expected, avv
    SOC, BUF = "Socialförvaltningen", "Bildningsförvaltningen"
    ctrl = [
        (SOC, "Socialnämnden", "Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Stickprov 15 utbetalningar av ekonomiskt bistånd – kontroll av beslut, attest och underlag",
         "Maria Lundqvist",
         [("T1 2025", "Pågående", "Stickprov för januari–april genomfört, maj–augusti återstår.", "2025-04-29"),
          ("T2 2025", "Genomförd", "15 ärenden granskade. I två ärenden saknades underskrift på ansökan, kompletterat och rättat.", "2025-09-03")],
         G, True),
        (SOC, "Socialnämnden", "Myndighetsutövning barn och unga", "Barn far illa",
         "Kontroll att orosanmälningar förhandsbedöms inom 14 dagar",
         "Jonas Ek",
         [("T1 2025", "Genomförd", "Samtliga 97 anmälningar förhandsbedömda inom 14 dagar.", "2025-05-02"),
          ("T2 2025", "Genomförd", "Samtliga 112 anmälningar maj–augusti bedömda inom 14 dagar. Inga avvikelser.", "2025-09-01")],
         G, False),
        (SOC, "Socialnämnden", "Hemtjänst", "Bristande kvalitet i insatser",
         "Uppföljning av att genomförandeplaner inom hemtjänst upprättas inom 30 dagar",
         "Eva Holm",
         [("T1 2025", "Ej påbörjad", "Planeras till T2.", "2025-04-30"),
          ("T2 2025", "Delvis genomförd", "Granskat 3 av 6 hemtjänstgrupper. 11 planer upprättades senare än 30 dagar.\nResterande grupper granskas i oktober.", "2025-09-05")],
         D, True),
        (SOC, "Socialnämnden", "Informationssäkerhet", "Otillbörlig åtkomst till personuppgifter",
         "Kontroll av loggar i verksamhetssystemet Lifecare (otillbörlig åtkomst)",
         "Jonas Ek",
         [("T1 2025", "Genomförd", "Loggkontroll av 40 slumpvis valda personakter, ingen otillbörlig åtkomst.", "2025-05-06"),
          ("T2 2025", "", "", "")],
         G, False),
        (SOC, "Socialnämnden", "Personlig assistans", "Felaktig fakturering från externa utförare",
         "Avstämning av fakturering från externa utförare av personlig assistans mot beviljade timmar",
         "Lars Wikström",
         [("T1 2025", "", "", ""),
          ("T2 2025", "", "Kontrollen har inte genomförts under tertialet på grund av vakant controllertjänst.", "2025-09-04")],
         E, False),
        (SOC, "Socialnämnden", "Särskilt boende", "Brister i hantering av boendes privata medel",
         "Kontroll av att privata medel för boende på särskilt boende redovisas kvartalsvis",
         "Eva Holm",
         [("T1 2025", "Pågående", "", "2025-04-28"),
          ("T2 2025", "Utgår", "Utgår enligt beslut SN 2025-04-23 § 48, hanteras i verksamhetens egenkontrollprogram.", "2025-08-20")],
         U, False),
        (SOC, "Socialnämnden", "Kvalitet och tillsyn", "Missförhållanden anmäls inte",
         "Granskning av att lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid",
         "Maria Lundqvist",
         [("T1 2025", "Pågående", "Två rapporter under utredning.", "2025-05-02"),
          ("T2 2025", "Genomförd", "Sex rapporter under perioden. En anmälan till IVO gjordes efter tre veckor, dvs. för sent.", "2025-09-02")],
         G, True),
        (SOC, "Socialnämnden", "Placeringar", "Kostnader för placeringar överstiger avtal",
         "Stickprov av 10 placeringar på HVB – avtal och fakturering",
         "Lars Wikström",
         [("T1 2025", "Ej påbörjad", "", "2025-04-30")],
         E, False),
        # --- Bildningsförvaltningen / BUN
        (BUF, "Barn- och utbildningsnämnden", "Personal och rekrytering", "Olämplig person anställs",
         "Kontroll att utdrag ur belastningsregistret uppvisats vid nyanställning",
         "Sofia Berg",
         [("T1 2025", "Genomförd", "Inga avvikelser.", "2025-05-05"),
          ("T2 2025", "Genomförd", "Stickprov 25 anställningar. En anställning saknade dokumenterat registerutdrag – komplettering begärd.", "2025-09-02")],
         G, True),
        (BUF, "Barn- och utbildningsnämnden", "Inköp", "Köp utanför avtal",
         "Stickprov av 20 leverantörsfakturor mot avtal (skolmåltider och läromedel)",
         "Henrik Nyström",
         [("T2 2025", "Delvis genomförd", "12 av 20 fakturor granskade, resterande granskas i september.", "2025-09-05")],
         D, False),
        (BUF, "Barn- och utbildningsnämnden", "Elevhälsa och närvaro", "Ogiltig frånvaro upptäcks inte",
         "Uppföljning av elevfrånvaro – att mentorer rapporterar ogiltig frånvaro till rektor",
         "Sofia Berg",
         [("T1 2025", "Pågående", "", "2025-04-30"),
          ("T2 2025", "Ej genomförd", "Genomförd i samtliga F–6-skolor.", "2025-09-01")],
         E, False),
        (BUF, "Barn- och utbildningsnämnden", "Trygghet och studiero", "Kränkande behandling anmäls inte",
         "Kontroll av att kränkande behandling anmäls till huvudman inom en vecka",
         "Sofia Berg",
         [("T1 2025", "Genomförd", "Inga avvikelser.", "2025-05-05"),
          ("T2 2025", "Genomförd", "84 anmälningar under perioden, nio anmäldes senare än en vecka. Påminnelse till rektorerna.", "2025-09-03")],
         G, True),
        (BUF, "Barn- och utbildningsnämnden", "Skolskjuts", "Beslut fattas utan delegation",
         "Kontroll av att beslut om skolskjuts fattas enligt delegationsordningen",
         "Henrik Nyström",
         [("T1 2025", "", "", ""),
          ("T2 2025", "?", "", "2025-09-08")],
         O, False),
        (BUF, "Barn- och utbildningsnämnden", "Skydd av tillgångar", "Elevdatorer försvinner",
         "Inventering av elevdatorer (Chromebooks) mot tillgångsregistret",
         "IT-samordnare",
         [("T1 2025", "Pågående", "", "2025-04-29"),
          ("T2 2025", "Utgår", "Avbruten genom beslut i BUN 2025-05-20 § 61 – ersätts av central inventering.", "2025-06-02")],
         U, False),
        (BUF, "Barn- och utbildningsnämnden", "Avgifter förskola", "Felaktiga avgifter",
         "Avstämning av barnomsorgsavgifter mot inkomstuppgifter (maxtaxa)",
         "Henrik Nyström",
         [("T1 2025", "Ej påbörjad", "", "2025-04-30"),
          ("T2 2025", "Pågående", "Avstämning klar för ca 60 % av hushållen.", "2025-09-04")],
         D, False),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["Organisation", "Process", "Risk", "Kontrollmoment", "Kontrollansvarig",
                "Period", "Status", "Kommentar", "Senast ändrad"])
    for org, namnd, proc, risk, km, ansv, periods, st, avv in ctrl:
        for per, status, komm, dat in periods:
            w.writerow([org, proc, risk, km, ansv, per, status, komm, dat])
        exp(F1, namnd, km, st, avv)
    with open(os.path.join(OUT, F1), "w", encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((F1, "INLAST", "Socialnämnden", "2025", "T2"))
    FILES.append((F1, "INLAST", "Barn- och utbildningsnämnden", "2025", "T2"))


# ---------------------------------------------------------------------------
# F2  Hypergene-like wide export, column block per tertial (UTF-16, tab)
# ---------------------------------------------------------------------------
F2 = "Hypergene_IK_uppfoljning_tertial_2025.txt"


def make_f2():
    TN, OFN = "Tekniska nämnden", "Överförmyndarnämnden i norra Uppland"
    rows = [
        # id, namnd, process, km, metod, (T1 st, T1 k), (T2 st, T2 k), (T3), expected, avv
        ("IK-TN-01", TN, "Fastighetsförvaltning",
         "Kontroll att lagstadgade besiktningar (OVK, hissar) utförts enligt plan", "Genomgång av besiktningsprotokoll",
         ("Gul", "OVK klar för 14 av 31 objekt."),
         ("Grön", "Samtliga besiktningar utförda. Anmärkning på två hissar (Edsbrukskolan, Vikhamns äldreboende) är åtgärdad."),
         ("", ""), G, True),
        ("IK-TN-02", TN, "Ekonomi",
         "Stickprov av 15 attesterade fakturor – beslutsattest enligt attestförteckning", "Stickprov",
         ("Grön", "Inga avvikelser."), ("Grön", "Inga avvikelser."), ("", ""), G, False),
        ("IK-TN-03", TN, "Investeringar och entreprenader",
         "Kontroll av att ÄTA-arbeten i entreprenader godkänts skriftligt innan utförande", "Granskning av 5 projekt",
         ("", ""), ("Röd", "Ej genomförd på grund av sjukskrivning, flyttas till T3."), ("", ""), E, False),
        ("IK-TN-04", TN, "Fordon",
         "Uppföljning av drivmedelskort – tankning mot fordonets körjournal", "Avstämning månadsvis",
         ("Gul", "Pågår, januari–mars avstämt."), ("", ""), ("", ""), D, False),
        ("IK-TN-05", TN, "Gata och park",
         "Kontroll av att vinterväghållningsentreprenör rapporterar utryckningar enligt avtal", "Avstämning faktura mot rapport",
         ("Grön", "Säsong 24/25 avstämd. Tre fakturerade utryckningar saknade rapport – kreditering begärd."),
         ("", ""), ("", ""), G, True),
        ("IK-TN-06", TN, "Gata och park",
         "Kontroll av gatubelysningens elfakturor mot anläggningsregistret", "Avstämning per område",
         ("", ""), ("Gul", "Avstämt 2 av 4 områden."), ("", ""), D, False),
        ("IK-TN-07", TN, "Gata och park",
         "Kontroll av att markupplåtelser på allmän plats har giltigt tillstånd och debiteras", "Stickprov 10 upplåtelser",
         ("", ""), ("", ""), ("", ""), S, False),
        ("IK-ÖFN-01", OFN, "Granskning av årsräkningar",
         "Stickprov 10 % av granskade årsräkningar – omgranskning av andra granskare", "Stickprov",
         ("Grön", "38 årsräkningar omgranskade, inga fel."), ("Grön", "Kontrollen avslutad, ingen avvikelse."), ("", ""), G, False),
        ("IK-ÖFN-02", OFN, "Arvoden",
         "Kontroll att arvoden till ställföreträdare beslutas enligt nämndens riktlinjer", "Stickprov 20 beslut",
         ("", ""), ("Gul", "14 av 20 beslut granskade. Två arvodesbeslut avvek från riktlinjen och utreds."), ("", ""), D, True),
        ("IK-ÖFN-03", OFN, "Förvaltarskap",
         "Kontroll av att förvaltarskapsärenden har förteckning inom två månader", "Registeruttag",
         ("Röd", "Ej påbörjad."), ("Röd", "Kontrollen ej genomförd – handläggare saknas sedan juni."), ("", ""), E, False),
        ("IK-ÖFN-04", OFN, "Informationssäkerhet",
         "Kontroll av behörigheter i verksamhetssystemet Wärna", "Genomgång av behörighetslista",
         ("", ""), ("Grön", "Behörighetslistan gicks igenom 2025-06-12. Två konton för avslutade anställda var aktiva och har spärrats."), ("", ""), G, True),
        ("IK-ÖFN-05", OFN, "Ställföreträdare",
         "Uppföljning av att ställföreträdare med fler än fem uppdrag har genomgått utbildning", "Registeruttag",
         ("", ""), ("Blå", "Utbildningstillfälle bokat i oktober."), ("", ""), O, False),
        ("IK-ÖFN-06", OFN, "Spärrade medel",
         "Kontroll att uttag från spärrade konton inte gjorts utan överförmyndarens samtycke", "Bankuppgifter, stickprov",
         ("Grön", "Inga uttag utan samtycke."), ("", ""), ("", ""), G, False),
    ]
    lines = [
        ["Rapport: Internkontroll – uppföljning per tertial"],
        ["Urval: År 2025; Organisation: Tekniska nämnden, Överförmyndarnämnden i norra Uppland"],
        ["Utskriven: 2025-09-10 14:32 av ekonomienheten"],
        [],
        ["Id", "Nämnd", "Process", "Kontrollmoment", "Metod",
         "T1 Status", "T1 Kommentar", "T2 Status", "T2 Kommentar", "T3 Status", "T3 Kommentar"],
    ]
    for rid, namnd, proc, km, metod, t1, t2, t3, st, avv in rows:
        lines.append([rid, namnd, proc, km, metod, t1[0], t1[1], t2[0], t2[1], t3[0], t3[1]])
        exp(F2, namnd, km, st, avv)
    lines += [[], ["Färgförklaring: Grön = Kontrollen genomförd; Gul = Pågår / delvis genomförd; Röd = Ej genomförd"],
              ["Antal kontrollmoment: %d" % len(rows)]]
    text = "\r\n".join("\t".join(l) for l in lines) + "\r\n"
    with open(os.path.join(OUT, F2), "wb") as f:
        f.write(text.encode("utf-16"))   # little endian with BOM
    FILES.append((F2, "INLAST", "Tekniska nämnden", "2025", "T2"))
    FILES.append((F2, "INLAST", "Överförmyndarnämnden i norra Uppland", "2025", "T2"))


# ---------------------------------------------------------------------------
# F3  xlsx with tick columns; nämnd only in the print header
# ---------------------------------------------------------------------------
F3 = "IK uppföljning T2 2025.xlsx"


def make_f3():
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
    N = "Bygg- och miljönämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "T2 2025"
    ws.oddHeader.left.text = N
    ws.oddHeader.right.text = "Tertialuppföljning 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    wb.properties.creator = "Karin Sjöberg"
    wb.properties.title = "Uppföljning internkontroll"
    bold = Font(bold=True)
    grey = PatternFill("solid", fgColor="D9D9D9")
    blue = PatternFill("solid", fgColor="DDEBF7")
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Uppföljning av internkontrollplan 2025 – tertial 2"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Uppgiftslämnare: Karin Sjöberg, nämndsekreterare"
    ws["F2"] = "Datum: 2025-09-04"
    ws["A4"] = "Nr"
    ws["B4"] = "Kontrollmoment"
    ws["C4"] = "Frekvens / metod"
    ws["D4"] = "Status T2 (markera med X)"
    ws.merge_cells("D4:G4")
    ws["H4"] = "Iakttagelser / kommentar"
    ws["I4"] = "Åtgärd / ansvarig"
    for c, t in zip("DEFG", ["Genomförd", "Delvis", "Ej genomförd", "Ej aktuell"]):
        ws[c + "5"] = t
    for c in "ABCHI":
        ws.merge_cells("%s4:%s5" % (c, c))
    for r in (4, 5):
        for c in "ABCDEFGHI":
            ws[c + str(r)].font = bold
            ws[c + str(r)].fill = grey
            ws[c + str(r)].border = box
            ws[c + str(r)].alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    data = [
        ("Myndighetsutövning – bygg", [
            ("1.1", "Kontroll att bygglov handläggs inom lagstadgad tid (10 veckor)", "Registeruttag, helår",
             "X", "", "", "", "3 av 57 ärenden över tidsfristen, avgiften har reducerats enligt PBL 12 kap.",
             "Veckovis bevakningslista införd / bygglovschef", G, True),
            ("1.2", "Stickprov 10 beslut om startbesked – kontroll av delegation", "Stickprov per tertial",
             "x", "", "", "", "Inga avvikelser.", "", G, False),
            ("1.3", "Kontroll av jäv vid handläggning – stickprov 10 ärenden", "Stickprov",
             "", "", "X", "", "Planerad till T3.", "Bygglovschef", E, False),
        ]),
        ("Miljö- och hälsoskyddstillsyn", [
            ("2.1", "Kontroll att avgifter för tillsyn enligt miljöbalken debiteras enligt taxa", "Avstämning mot debiteringslista",
             "", "X", "", "", "Livsmedelskontrollen granskad, miljöbalkstillsynen återstår.", "Miljöchef", D, False),
            ("2.2", "Kontroll att inspektionsrapporter kommuniceras inom 14 dagar", "Registeruttag",
             "X", "X", "", "", "Gäller livsmedel.", "", O, False),
            ("2.3", "Uppföljning av att fastigheter med förbud för enskilt avlopp följs upp", "Tillsynsbesök",
             "", "", "", "", "Kontrollen är genomförd, 12 fastigheter med förbud har fått uppföljande tillsynsbesök. Två har fortfarande inte åtgärdat sina avlopp.",
             "Vite övervägs / miljöinspektör", G, True),
            ("2.4", "Kontroll av diarieföring av inkomna klagomål (störningar)", "Stickprov",
             "", "", "", "", "", "", S, False),
        ]),
        ("Administration", [
            ("3.1", "Kontroll av kartunderlag i beslut om strandskyddsdispens", "Stickprov",
             "", "", "", "x", "Struken vid revideringen av planen i april (nämndbeslut 2025-04-16 § 52).", "", U, False),
        ]),
    ]
    r = 6
    counts = [0, 0, 0, 0]
    for proc, ctrls in data:
        ws.cell(row=r, column=1, value=proc).font = bold
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = blue
        r += 1
        for nr, km, frek, g, d, e, u, kom, atg, st, avv in ctrls:
            vals = [nr, km, frek, g, d, e, u, kom, atg]
            for i, v in enumerate(vals):
                c = ws.cell(row=r, column=i + 1, value=v if v != "" else None)
                c.border = box
                c.alignment = Alignment(wrap_text=True, vertical="top",
                                        horizontal="center" if 4 <= i + 1 <= 7 else "left")
            for i, v in enumerate((g, d, e, u)):
                if v:
                    counts[i] += 1
            exp(F3, N, km, st, avv)
            r += 1
    ws.cell(row=r, column=2, value="Antal markeringar").font = bold
    for i, n in enumerate(counts):
        ws.cell(row=r, column=4 + i, value=n).font = bold
    r += 2
    ws.cell(row=r, column=1, value="Behandlad av nämndens arbetsutskott 2025-09-10.")
    for col, wdt in zip("ABCDEFGHI", [6, 48, 22, 11, 9, 13, 11, 50, 30]):
        ws.column_dimensions[col].width = wdt
    ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "4:5"
    wb.save(os.path.join(OUT, F3))
    FILES.append((F3, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# F3b  Lock file of F3 (to reject)
# ---------------------------------------------------------------------------
F3L = "~$IK uppföljning T2 2025.xlsx"


def make_lock():
    user = "Karin Sjöberg"
    a = user.encode("cp1252")
    b = bytes([len(a)]) + a
    b = b.ljust(54, b" ")
    b += bytes([len(user), 0]) + user.encode("utf-16-le")
    b = b.ljust(165, b"\x00")
    with open(os.path.join(OUT, F3L), "wb") as f:
        f.write(b)
    FILES.append((F3L, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# F4  docx, table per process, emoji status with legend; nämnd only in properties
# ---------------------------------------------------------------------------
F4 = "Uppföljning intern kontroll tertial 2 2025.docx"


def make_f4():
    import datetime
    from docx import Document
    from docx.shared import Pt, Cm
    N = "Räddningsnämnden Norduppland"
    doc = Document()
    cp = doc.core_properties
    cp.title = "Internkontroll T2 2025 – Räddningsnämnden Norduppland"
    cp.subject = "Uppföljning av internkontrollplan"
    cp.author = "Lena Holmgren"
    cp.last_modified_by = "Lena Holmgren"
    cp.keywords = "internkontroll; tertial 2; 2025"
    cp.created = datetime.datetime(2025, 9, 3, 9, 12)
    cp.modified = datetime.datetime(2025, 9, 9, 15, 40)
    cp.comments = ""
    doc.add_heading("Uppföljning av intern kontroll 2025 – tertial 2", level=1)
    doc.add_paragraph(
        "Nedan redovisas uppföljningen av nämndens internkontrollplan per den 31 augusti 2025 (tertial 2). "
        "Planen antogs 2024-12-11 § 87 och omfattar åtta kontrollmoment fördelade på tre processer. "
        "Uppföljningen har sammanställts av förvaltningens ledningsgrupp.")
    p = doc.add_paragraph()
    p.add_run("Teckenförklaring: ").bold = True
    p.add_run("🟢 Genomförd   🟡 Pågår/delvis genomförd   🔴 Ej genomförd   ⚪ Utgår/ej aktuell")
    data = [
        ("Tillsyn enligt lagen om skydd mot olyckor", [
            ("Kontroll att tillsynsplanen följs – genomförda tillsyner mot plan", "Uttag ur verksamhetssystemet",
             "🟡", "41 av 70 planerade tillsyner genomförda (59 %). Resterande planeras under hösten.", D, False),
            ("Stickprov 10 tillsynsprotokoll – kontroll av att förelägganden följs upp", "Stickprov",
             "🟢", "Två förelägganden saknade dokumenterad uppföljning, har nu följts upp.", G, True),
        ]),
        ("Insatsverksamhet", [
            ("Kontroll av insatstider mot handlingsprogrammets mål", "Statistik per larm",
             "🟢", "Insatstid inom målet i 94 % av larmen. Inga avvikelser att rapportera.", G, False),
            ("Kontroll att deltidsbrandmän genomfört obligatoriska övningstimmar", "Övningsregister",
             "🔴", "Sammanställningen är inte gjord, sker under T3.", E, False),
            ("Kontroll av andningsskydd – provning enligt föreskrift", "Provningsprotokoll",
             "🟢", "Samtliga 46 apparater provade utan anmärkning.", G, False),
        ]),
        ("Ekonomi och administration", [
            ("Kontroll av fakturering av onödiga automatlarm enligt taxa", "Avstämning larm mot faktura",
             "⚪", "Utgår – faktureringen sköts från 2025 av värdkommunens ekonomiavdelning.", U, False),
            ("Avstämning av avtal om sotning och brandskyddskontroll mot utförda kontroller", "Avstämning mot entreprenörens rapport",
             "", "Ej påbörjad.", E, False),
            ("Kontroll av attest av övertidsersättning vid larm", "Stickprov 20 lönerader",
             "🟠", "Kontroll pågår, brister noterade i övertidsrapporteringen.", O, True),
        ]),
    ]
    for proc, ctrls in data:
        doc.add_heading(proc, level=2)
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Kontrollmoment", "Metod", "Status", "Resultat och kommentar"]):
            c.text = ""
            c.paragraphs[0].add_run(h).bold = True
        for km, metod, sym, kom, st, avv in ctrls:
            cells = t.add_row().cells
            cells[0].text = km
            cells[1].text = metod
            cells[2].text = sym
            cells[3].text = kom
            exp(F4, N, km, st, avv)
    doc.add_paragraph()
    doc.add_paragraph("Lena Holmgren\nFörvaltningschef")
    doc.save(os.path.join(OUT, F4))
    FILES.append((F4, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# F5  consultant xlsx with English status words (bolag)
# ---------------------------------------------------------------------------
F5 = "Lövstabyhem AB – Internal control follow-up T2 2025.xlsx"


def make_f5():
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment
    N = "Lövstabyhem AB"
    wb = Workbook()
    ws = wb.active
    ws.title = "Follow-up T2"
    wb.properties.creator = "Nordvik Advisory AB"
    ws["A1"] = "Lövstabyhem AB – Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal control follow-up, tertial 2 (January–August 2025)"
    ws["A3"] = "Prepared by: Nordvik Advisory AB (Johan Ahlström, senior consultant) – 2025-09-12"
    hdr = ["Ref", "Process", "Kontrollmoment (control)", "Test performed", "Status", "Findings", "Recommendation", "Management response"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=5, column=i + 1, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
    data = [
        ("LH-01", "Hyresadministration", "Kontroll av hyresavtal mot hyresdebitering i Vitec – stickprov 25 lägenheter",
         "Sample of 25 contracts vs. rent roll", "Completed",
         "2 of 25 contracts: rent not adjusted according to the 2025 rent negotiation (+4,2 %).",
         "Run a full check of indexation before next debit run.", "Agreed, corrected in September invoicing.", G, True),
        ("LH-02", "Uthyrning", "Kontroll av att kölistan följs vid uthyrning av lägenheter",
         "Sample of 15 lettings", "Completed", "No exceptions noted.", "", "", G, False),
        ("LH-03", "Ekonomi", "Avstämning av hyresfordringar och avskrivning av kundförluster",
         "Reconciliation ledger vs. subledger", "In progress", "Reconciliation for Q2 ongoing.", "", "", D, False),
        ("LH-04", "Inköp", "Kontroll av att upphandlade ramavtal för underhåll följs (avtalstrohet)",
         "Review of purchases > 100 kSEK", "Completed – exceptions noted",
         "3 purchases above 100 kSEK made from a non-contracted supplier (painting works).",
         "Remind project managers of framework agreements.", "Information given at management meeting 2025-09-02.", G, True),
        ("LH-05", "IT och behörigheter", "Kontroll av behörigheter i ekonomisystemet – avslutade anställningar",
         "User list vs. HR leavers", "Not started", "Planned for Q4 after the system migration.", "", "", E, False),
        ("LH-06", "Fastighetsförvaltning", "Uppföljning av brandskyddsronder i flerbostadshus (SBA)",
         "—", "Not applicable", "Moved to the fire safety programme by board decision 2025-03-18.", "", "", U, False),
        ("LH-07", "Representation", "Kontroll av att representation och gåvor följer bolagets policy",
         "Sample of 10 vouchers", "See appendix", "", "", "", O, False),
        ("LH-08", "Underhåll", "Kontroll av att underhållsplanen uppdateras och följs",
         "Review of maintenance plan", "",
         "Maintenance plan updated in June; follow-up completed, no deviations.", "", "", G, False),
        ("LH-09", "Kundservice", "Kontroll av dokumentation i störningsärenden",
         "Sample of 10 cases", "", "", "", "", S, False),
    ]
    r = 6
    for row in data:
        vals = row[:8]
        for i, v in enumerate(vals):
            c = ws.cell(row=r, column=i + 1, value=v if v != "" else None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        exp(F5, N, row[2], row[8], row[9])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary: 9 controls – 3 completed, 1 in progress, 1 not started, 1 not applicable, 3 other").font = Font(italic=True)
    r += 2
    ws.cell(row=r, column=1, value="Status definitions").font = Font(bold=True)
    for txt in ["Completed = control performed as planned (exceptions, if any, described under Findings)",
                "In progress = control started but not finalised",
                "Not started = control not yet performed",
                "Not applicable = control removed from the plan by decision"]:
        r += 1
        ws.cell(row=r, column=1, value=txt)
    for col, wdt in zip("ABCDEFGH", [8, 20, 50, 28, 24, 50, 36, 36]):
        ws.column_dimensions[col].width = wdt
    wb.save(os.path.join(OUT, F5))
    FILES.append((F5, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# ODF helpers
# ---------------------------------------------------------------------------
def _ods_cell(v, style=None):
    from odf.table import TableCell
    from odf.text import P
    kw = {}
    if style is not None:
        kw["stylename"] = style
    if v is None or v == "":
        return TableCell(**kw)
    if isinstance(v, (int, float)):
        c = TableCell(valuetype="float", value=v, **kw)
    else:
        c = TableCell(valuetype="string", **kw)
    for line in str(v).split("\n"):
        c.addElement(P(text=line))
    return c


# ---------------------------------------------------------------------------
# F6  ods workbook, one sheet per bolag, symbols with legend sheet
# ---------------------------------------------------------------------------
F6 = "Internkontroll bolagen T2 2025.ods"


def make_f6():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableColumn
    from odf.style import Style, TextProperties, TableColumnProperties
    from odf import dc, meta
    doc = OpenDocumentSpreadsheet()
    doc.meta.addElement(dc.Title(text="Internkontroll bolagen T2 2025"))
    doc.meta.addElement(meta.InitialCreator(text="Per Eriksson"))
    bold = Style(name="bold", family="table-cell")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    wide = Style(name="wide", family="table-column")
    wide.addElement(TableColumnProperties(columnwidth="8cm"))
    doc.automaticstyles.addElement(wide)
    narrow = Style(name="narrow", family="table-column")
    narrow.addElement(TableColumnProperties(columnwidth="3cm"))
    doc.automaticstyles.addElement(narrow)

    def sheet(name, rows, colstyles=None):
        t = Table(name=name)
        for cs in (colstyles or []):
            t.addElement(TableColumn(stylename=cs))
        for row in rows:
            tr = TableRow()
            st = None
            if isinstance(row, tuple) and row and row[0] == "__bold__":
                st, row = "bold", row[1]
            for v in row:
                tr.addElement(_ods_cell(v, st))
            t.addElement(tr)
        doc.spreadsheet.addElement(t)

    sheet("Instruktion", [
        ("__bold__", ["Instruktion – uppföljning av bolagens internkontrollplaner, tertial 2 2025"]),
        ["Varje bolag fyller i sin egen flik. Ange utfall per kontrollmoment med symbol enligt fliken Teckenförklaring."],
        ["Lämna kommentar om avvikelser och vidtagna åtgärder. Senast 2025-09-15 till moderbolagets ekonom."],
        [],
        ("__bold__", ["Exempel:", "Kontrollmoment", "Ansvarig", "Utfall T2", "Kommentar"]),
        ["", "Kontroll av att attestförteckningen är uppdaterad", "VD", "✔", "Uppdaterad 2025-02-01."],
    ], ["narrow", "wide", "narrow", "narrow", "wide"])

    K = "Lövstaby Kommunföretag AB"
    kdata = [
        ("Ägarstyrning", "Kontroll av att koncernbidrag och utdelning beslutats enligt ägardirektiv", "VD",
         "✔", "Beslut på årsstämma 2025-04-24. Inga avvikelser.", G, False),
        ("Ägarstyrning", "Uppföljning av att dotterbolagen rapporterar internkontroll till moderbolaget", "Ekonom",
         "◐", "LVAB och Lövstabyhem har rapporterat, Industrifastigheter saknas.", D, True),
        ("Styrelsearbete", "Kontroll av att styrelseprotokoll justeras och expedieras inom två veckor", "Styrelsesekreterare",
         "✔", "Ett protokoll (2025-05-14) justerades först efter 19 dagar.", G, True),
        ("Ekonomi", "Kontroll av firmateckning och attesträtt vid utbetalningar", "Ekonom",
         "✘", "", E, False),
        ("Ekonomi", "Granskning av arvoden till styrelseledamöter mot KF-beslut", "Ekonom",
         "✔", "Inga avvikelser.", G, False),
    ]
    V = "Lövstaby Vatten och Avfall AB"
    vdata = [
        ("VA-ekonomi", "Avstämning av VA-anslutningsavgifter mot beviljade anslutningar", "Ekonomichef",
         "✔", "22 anslutningar, en var inte fakturerad – faktura skickad 2025-08-14.", G, True),
        ("VA-ekonomi", "Kontroll av mätaravläsningar – orimliga förbrukningar utreds", "Kundtjänst",
         "◐", "Utredning pågår för kvartal 2.", D, False),
        ("Dricksvatten", "Kontroll av vattenprovtagning enligt kontrollprogram (dricksvattenföreskrifterna)", "Driftchef",
         "✔", "Alla prover tagna. Ett prov i Vikhamn var tjänligt med anmärkning, åtgärdat med spolning.", G, True),
        ("Avfall", "Kontroll av att avfallsabonnemang debiteras rätt kärlstorlek", "Avfallschef",
         "✘", "Kontrollen flyttas till hösten på grund av nytt kundsystem.", E, False),
        ("Avfall", "Kontroll av vågsedlar vid återvinningscentralen mot fakturering", "Avfallschef",
         "⊘", "Utgår – ersatt av automatisk integration våg/fakturering (styrelsebeslut 2025-05-27).", U, False),
        ("Inköp", "Stickprov 10 inköp – avtalstrohet", "Ekonomichef",
         "", "", S, False),
        ("IT-säkerhet", "Kontroll av behörigheter till styrsystemet (SCADA)", "Driftchef",
         "", "Genomförd i juni, inga obehöriga konton.", G, False),
        ("Avfall", "Kontroll av att farligt avfall transporteras med giltiga transportdokument", "Avfallschef",
         "Osäkert", "Avvaktar svar från entreprenören.", O, False),
    ]

    def bolag_sheet(tab, name, data):
        rows = [
            ("__bold__", ["Bolag: " + name]),
            ["Period: T2 2025 (januari–augusti)"],
            ["Uppgiftslämnare: " + ("Per Eriksson" if "Kommunföretag" in name else "Annika Dahl")],
            [],
            ("__bold__", ["Process", "Kontrollmoment", "Ansvarig", "Utfall T2", "Kommentar"]),
        ]
        for proc, km, ansv, sym, kom, st, avv in data:
            rows.append([proc, km, ansv, sym, kom])
            exp(F6, name, km, st, avv)
        sheet(tab, rows, ["narrow", "wide", "narrow", "narrow", "wide"])

    bolag_sheet("Kommunföretag AB", K, kdata)
    bolag_sheet("LVAB", V, vdata)
    sheet("Teckenförklaring", [
        ("__bold__", ["Symbol", "Betydelse"]),
        ["✔", "Genomförd"],
        ["◐", "Pågår / delvis genomförd"],
        ["✘", "Ej genomförd"],
        ["⊘", "Utgår"],
    ], ["narrow", "wide"])
    doc.save(os.path.join(OUT, F6))
    FILES.append((F6, "INLAST", K, "2025", "T2"))
    FILES.append((F6, "INLAST", V, "2025", "T2"))


# ---------------------------------------------------------------------------
# F7  odt label/value form, one small table per control
# ---------------------------------------------------------------------------
F7 = "KFN uppföljning internkontroll T2 2025.odt"


def make_f7():
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableRow, TableColumn, TableCell
    from odf.text import P, H
    from odf.style import Style, TextProperties, TableColumnProperties, ParagraphProperties
    from odf import dc, meta
    N = "Kultur- och fritidsnämnden"
    doc = OpenDocumentText()
    doc.meta.addElement(dc.Title(text="Uppföljning internkontroll T2 2025"))
    doc.meta.addElement(meta.InitialCreator(text="Malin Strand"))
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.4cm"))
    doc.styles.addElement(h2)
    lab = Style(name="Label", family="paragraph")
    lab.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(lab)
    c1 = Style(name="col1", family="table-column")
    c1.addElement(TableColumnProperties(columnwidth="4.5cm"))
    c2 = Style(name="col2", family="table-column")
    c2.addElement(TableColumnProperties(columnwidth="12cm"))
    doc.automaticstyles.addElement(c1)
    doc.automaticstyles.addElement(c2)
    tcount = [0]

    def lv_table(pairs):
        tcount[0] += 1
        t = Table(name="Tabell%d" % tcount[0])
        t.addElement(TableColumn(stylename=c1))
        t.addElement(TableColumn(stylename=c2))
        for k, v in pairs:
            tr = TableRow()
            a = TableCell(valuetype="string")
            a.addElement(P(stylename=lab, text=k))
            b = TableCell(valuetype="string")
            b.addElement(P(text=v))
            tr.addElement(a)
            tr.addElement(b)
            t.addElement(tr)
        doc.text.addElement(t)

    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Uppföljning av internkontrollplan 2025"))
    lv_table([("Nämnd", N), ("Period", "Tertial 2 (januari–augusti 2025)"),
              ("Upprättad av", "Malin Strand, verksamhetscontroller"), ("Datum", "2025-09-09")])
    doc.text.addElement(P(text="Blanketten fylls i per kontrollmoment. Status anges som Genomförd, Pågår, Ej genomförd eller Utgår."))
    data = [
        ("Föreningsbidrag", "Stickprov 10 utbetalda föreningsbidrag mot ansökan och medlemsförteckning", "Föreningskonsulent",
         "Genomförd", "Två föreningar hade redovisat fler medlemmar än förteckningen visar. Återkrav om 8 400 kr har skickats.",
         "Förtydligad anvisning i ansökningsformuläret.", G, True),
        ("Kassahantering", "Kontroll av kassahantering i simhallen (dagskassor mot kassasystem)", "Badhuschef",
         "Genomförd", "Inga differenser över 50 kr.", "", G, False),
        ("Bibliotek", "Kontroll av att låntagarregistret gallras enligt dokumenthanteringsplanen", "Bibliotekschef",
         "Pågår", "Gallring påbörjad i juni, beräknas klar i oktober.", "", D, False),
        ("Lokaler", "Kontroll av hyresavtal för föreningslokaler – indexuppräkning", "Fritidschef",
         "", "Kontrollen har inte genomförts under perioden på grund av vakans.", "Genomförs T3.", E, False),
        ("Konst", "Kontroll att konstinventariet stämmer mot faktiska placeringar", "Kulturchef",
         "Se kommentar", "", "", O, False),
        ("Bokning", "Uppföljning av avbokningar och debitering av idrottshallar i bokningssystemet", "Fritidschef",
         "Ej genomförd", "Planerad till hösten.", "", E, False),
        ("Bidrag", "Kontroll av att bidrag till studieförbund beräknas enligt fastställda regler", "Kulturchef",
         "Utgår", "Struken – regionens fördelningsmodell används från 2025.", "", U, False),
    ]
    for i, (proc, km, ansv, status, res, atg, st, avv) in enumerate(data, 1):
        doc.text.addElement(H(outlinelevel=2, stylename=h2, text="Kontrollmoment %d" % i))
        lv_table([("Process", proc), ("Kontrollmoment", km), ("Kontrollansvarig", ansv),
                  ("Status", status), ("Resultat", res), ("Åtgärd", atg)])
        exp(F7, N, km, st, avv)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Underskrift: Malin Strand, verksamhetscontroller / Tomas Lind, förvaltningschef"))
    doc.save(os.path.join(OUT, F7))
    FILES.append((F7, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
# F8  .xls (via soffice), J/N/D codes with legend; nämnd only in the file name
# ---------------------------------------------------------------------------
F8 = "KS IK-uppföljning T2 2025.xls"


def make_f8():
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Alignment
    N = "Kommunstyrelsen"
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    wb.properties.creator = "Anna Berglund"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – tertial 2"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Genomförd: J = Ja, genomförd   N = Nej, ej genomförd   D = Delvis genomförd   U = Utgår"
    ws["A2"].font = Font(italic=True)
    hdr = ["Nr", "Område", "Kontrollmoment", "Genomförd (J/N/D/U)", "Resultat/avvikelse", "Kommentar"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=4, column=i + 1, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    data = [
        (1, "Inköp", "Stickprov 20 leverantörsfakturor mot avtal", "J",
         "En faktura över avtalat pris (IT-konsult), kreditering begärd.", "", G, True),
        (2, "Delegation", "Kontroll av att delegationsbeslut anmäls vid nästkommande sammanträde", "J",
         "Inga avvikelser.", "", G, False),
        (3, "Representation", "Kontroll av representationsutgifter – syfte och deltagare dokumenterade", "D",
         "Januari–april granskat.", "Maj–augusti granskas i september.", D, False),
        (4, "Lön", "Avstämning av löneutbetalningar mot anställningsavtal (nyanställda)", "N",
         "", "Ej påbörjad på grund av byte av lönesystem.", E, False),
        (5, "Informationssäkerhet", "Kontroll av att informationssäkerhetsincidenter rapporteras och åtgärdas", "P",
         "", "", O, False),
        (6, "Avtal", "Kontroll av att avtal registreras i avtalsdatabasen", "U",
         "", "Utgår enligt beslut 2025-03-04 § 37.", U, False),
        (7, "Inköp", "Kontroll av kontokortsköp – kvitton och attest", "j",
         "Två köp saknade kvitto, kompletterat i efterhand.", "", G, True),
        (8, "Personal", "Uppföljning av bisysslor hos chefer", "",
         "Påbörjad – enkät skickad till samtliga chefer, sammanställning i september.", "", D, False),
        (9, "Dokumenthantering", "Kontroll av att allmänna handlingar diarieförs inom en vecka", "",
         "", "", S, False),
    ]
    r = 5
    for nr, omr, km, kod, res, kom, st, avv in data:
        for i, v in enumerate([nr, omr, km, kod, res, kom]):
            c = ws.cell(row=r, column=i + 1, value=v if v != "" else None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        exp(F8, N, km, st, avv)
        r += 1
    ws.cell(row=r + 1, column=1, value="Uppföljningen redovisas för arbetsutskottet i september.")
    for col, wdt in zip("ABCDEF", [5, 20, 55, 12, 45, 40]):
        ws.column_dimensions[col].width = wdt
    tmp = tempfile.mkdtemp(prefix="r48_")
    src = os.path.join(tmp, "KS IK-uppföljning T2 2025.xlsx")
    wb.save(src)
    prof = tempfile.mkdtemp(prefix="r48lo_")
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                    "--convert-to", "xls", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, "KS IK-uppföljning T2 2025.xls"), os.path.join(OUT, F8))
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(prof, ignore_errors=True)
    FILES.append((F8, "INLAST", N, "2025", "T2"))


# ---------------------------------------------------------------------------
def write_csvs():
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            f.write(";".join(row) + "\n")


def main():
    clean_old()
    make_f1()
    make_f2()
    make_f3()
    make_lock()
    make_f4()
    make_f5()
    make_f6()
    make_f7()
    make_f8()
    # order files.csv / expected.csv as the files are listed in README
    write_csvs()
    names = {r[0] for r in REGISTER}
    for r in FILES:
        assert r[2] == "" or r[2] in names, r
    for r in EXPECTED:
        assert r[1] in names, r
    print("files:", len({r[0] for r in FILES}), "files.csv rows:", len(FILES),
          "nämnd rows:", sum(1 for r in FILES if r[1] == "INLAST"), "controls:", len(EXPECTED))


if __name__ == "__main__":
    main()
