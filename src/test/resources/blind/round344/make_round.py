#!/usr/bin/python3
"""Blind round r344 - Nybro-Ås kommun, helår 2025, small-kommun quick inbox."""
import csv, os, shutil, subprocess
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r344build"
os.makedirs(TMP, exist_ok=True)
EXP = []      # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []    # (fil, utfall, nämnd, år, period)
B = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def soffice(src, fmt, outname):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round344",
                    "--convert-to", fmt, "--outdir", TMP, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    shutil.move(os.path.join(TMP, base + "." + ext), os.path.join(HERE, outname))


# ---------------------------------------------------------------- 1 KS xlsx
def f_ks():
    fil = "KS IK-uppföljning helår 2025.xlsx"
    nm = "Kommunstyrelsen"
    wb = Workbook(); ws = wb.active; ws.title = "Helår"
    ws["A1"] = "Nybro-Ås kommun – Kommunstyrelsen"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning internkontrollplan 2025, helår"; ws["A2"].font = B
    ws["A3"] = "Uppdat. 2026-01-19 /AL"
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansv", "Status", "Kommentar"]
    ws.append([]); ws.append(hdr)
    for c in ws[5]:
        c.font = B
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordnigen", "AL", "Klart",
         "Stickprov 20 fakt, 1 saknade attest. Åtgärdat.", "GENOMFORD", "ja"),
        (2, "Ekonomi", "Kontroll av dubbelbetalningar i leverantörsreskontran", "AL", "OK",
         "inga dubbla", "GENOMFORD", "nej"),
        (3, "Ekonomi", "Representation - syfte och deltagare anges på underlaget", "AL", "ej klart",
         "hann inte, flyttas till 2026", "EJ_GENOMFORD", ""),
        None,
        (4, "HR", "Lönekontroll av nyanställda mot anställningsavtal", "MS", "klart",
         "0 fel", "GENOMFORD", "nej"),
        (5, "HR", "Behörigheter avslutas när anställda slutar", "MS", "pågår",
         "3 av 5 förv klara", "DELVIS", ""),
        None,
        (6, "Upphandling", "Avtalstrohet vid inköp av förbrukningsmaterial", "JK", "-",
         None, "SAKNAS", ""),
        (7, "Upphandling", "Direktupphandlingar över 100 tkr dokumenteras enl. riktlinje", "JK", "?",
         "ska kollas m JK", "OKLAR", ""),
        (8, "Dokumenthantering", "Delegationsbeslut anmäls till KS", "EB", "klart",
         "alla anmälda, inga avvikelser", "GENOMFORD", "nej"),
        (9, "Dokumenthantering", "Diarieföring av inkomna handlingar inom 2 dagar", "EB", "klart",
         "se ovan", "GENOMFORD", ""),
        (10, "Säkerhet", "Test av krisledningens larmlista", "EB", "Utgår",
         "KS beslut 2025-05-12 §88", "UTGAR", ""),
    ]
    for r in rows:
        if r is None:
            ws.append([]); continue
        ws.append(list(r[:6]))
        EXP.append((fil, nm, r[2], r[6], r[7]))
    ws.append([])
    ws.append(["", "Ej klara moment flyttas till IK-plan 2026."])
    for col, w in zip("ABCDEF", [5, 18, 55, 6, 10, 40]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Kommunstyrelsen - intern kontroll 2025"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------- 2 BUN docx
def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text); run.bold = bold


def f_bun():
    fil = "BUN IK 2025 helår.docx"
    nm = "Barn- och utbildningsnämnden"
    d = Document()
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_paragraph("Intern kontroll 2025 – uppföljning helår")
    d.add_paragraph("Kortfattad redovisning. Frågor till Lena B, BoU-kansliet.")
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Kontrollmoment", "Genomförd (Ja/Nej)", "Avvik.", "Kommentar"]):
        set_cell(c, h, True)
    data = [
        ("H", "Grundskola"),
        ("Rutin för frånvarorapportering till vårdnadshavare följs", "Ja", "Nej", "", "GENOMFORD", "nej"),
        ("Skolskjutsbeslut fattas enligt riktlinje", "Ja", "Ja", "2 beslut saknade motivering", "GENOMFORD", "ja"),
        ("Kränkningsanmälningar anmäls till huvudman inom en vecka", "Delvis", "Ja",
         "ca 70 % inom en vecka", "DELVIS", "ja"),
        ("Uppföljning av kostnader för elever i annan kommuns skola", "Nej", "", "Ej gjort pga sjukskr.",
         "EJ_GENOMFORD", ""),
        ("Inventering av elevdatorer (chromebooks)", "ja", "nej", "OK", "GENOMFORD", "nej"),
        ("Ledighetsansökningar för elever beviljas enl delegationsordning", "", "",
         "klart, inga avvikelser", "GENOMFORD", "nej"),
        ("H", "Förskola"),
        ("Registerkontroll vid nyanställning i förskolan", "Ja", "-", "", "GENOMFORD", ""),
        ("Attest av fakturor för läromedel och förbrukning", "Ja", "Nej", "", "GENOMFORD", "nej"),
        ("Barnantal i förskolan stäms av mot placeringsregistret", "", "", "", "SAKNAS", ""),
    ]
    for r in data:
        row = t.add_row()
        if r[0] == "H":
            m = row.cells[0].merge(row.cells[3])
            set_cell(m, r[1], True)
            continue
        for c, v in zip(row.cells, r[:4]):
            set_cell(c, v)
        EXP.append((fil, nm, r[0], r[4], r[5]))
    d.add_paragraph("")
    d.add_paragraph("Lena B 2026-01-21")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 3 SN tick columns xlsx
def f_sn():
    fil = "Socialnämnden_IK_helår2025.xlsx"
    nm = "Socialnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Socialnämnden – uppföljning intern kontroll helår 2025"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Kryssa i rätt ruta."
    ws["A3"], ws["B3"], ws["C3"], ws["D3"], ws["F3"], ws["H3"] = "Nr", "Kontrollmoment", "Metod", "Genomförd", "Avvikelse", "Kommentar"
    ws.merge_cells("D3:E3"); ws.merge_cells("F3:G3")
    for c in ("A3", "B3", "C3", "H3"):
        ws.merge_cells(f"{c}:{c[0]}4")
    ws["D4"], ws["E4"], ws["F4"], ws["G4"] = "Ja", "Nej", "Ja", "Nej"
    for row in ws["A3:H4"]:
        for c in row:
            c.font = B; c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    rows = [
        ("1", "Skyddsbedömning av orosanmälningar inom 24 h", "Stickprov 15 ärenden", "x", "", "x", "",
         "2 ärenden > 24 h", "GENOMFORD", "ja"),
        ("2", "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "Stickprov 20", "x", "", "", "x",
         "", "GENOMFORD", "nej"),
        ("3", "Utbetalningar av ek. bistånd stäms av mot beslut", "Stickprov 20", "X", "", "", "X",
         "se ovan", "GENOMFORD", "nej"),
        ("4", "Loggkontroll i verksamhetssystemet Lifecare", "Stickprov", "", "x", "", "",
         "ej gjort, ny rutin på gång", "EJ_GENOMFORD", ""),
        ("5", "Genomförandeplaner upprättas inom 14 dagar (SÄBO)", "Genomgång alla nya", "", "", "", "",
         "pågår", "DELVIS", ""),
        ("6", "Signeringslistor läkemedel kontrolleras", "Månadsvis", "x", "x", "", "",
         "", "OKLAR", ""),
        ("7", "Avvikelserapportering enligt lex Sarah", "Genomgång", "x", "", "x", "",
         "1 lex Sarah-utredning", "GENOMFORD", "ja"),
        ("8", "Registrering av inkomna synpunkter och klagomål", "Genomgång", "", "", "", "",
         "", "SAKNAS", ""),
        ("9", "Avgifter i hemtjänsten debiteras enligt beslut", "Stickprov 10", "x", "", "", "x",
         "OK", "GENOMFORD", "nej"),
        ("10", "Kostnader för externa placeringar (HVB) följs upp mot beslut", "Kvartalsvis", "", "x", "", "",
         "ej hunnit", "EJ_GENOMFORD", ""),
    ]
    r0 = 5
    for i, r in enumerate(rows):
        for j, v in enumerate(r[:8]):
            if v != "":
                ws.cell(row=r0 + i, column=j + 1, value=int(v) if j == 0 else v)
        EXP.append((fil, nm, r[1], r[8], r[9]))
    ws.cell(row=r0 + len(rows) + 1, column=1, value="Sign. HL/socialförv. jan 2026")
    for col, w in zip("ABCDEFGH", [4, 52, 20, 6, 6, 6, 6, 30]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 4 Stratsys CSV (SBN + MBN)
def f_sbf():
    fil = "export_IK_SBF_2025-12.csv"
    hdr = ["Organisation", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar"]
    S, M = "Samhällsbyggnadsnämnden", "Miljö- och byggnadsnämnden"
    org = {S: "Nybro-Ås kommun/Samhällsbyggnadsnämnden", M: "Nybro-Ås kommun/Miljö- och byggnadsnämnden"}
    # (nämnd, område, moment, ansvarig, [(period, status, kommentar)], exp status, avv)
    ctl = [
        (S, "VA", "Fakturering av VA-anslutningsavgifter enligt gällande taxa", "P Ek",
         [("T1 2025", "", ""), ("T2 2025", "Pågående", "stickprov påbörjat"), ("Helår 2025", "Genomförd", "10 stickprov, inga fel")],
         "GENOMFORD", "nej"),
        (S, "Gata/park", "Besiktning av lekplatser enligt plan", "J Ny",
         [("T2 2025", "Genomförd", "klart"), ("Helår 2025", "", "")], "GENOMFORD", ""),
        (S, "Gata/park", "Uppföljning av entreprenadavtal vinterväghållning", "J Ny",
         [("Helår 2025", "Pågående", "avstämning m entreprenör i jan")], "DELVIS", ""),
        (S, "Projekt", "Kontroll av att ÄTA-arbeten är beställda skriftligt", "P Ek",
         [("Helår 2025", "Ej påbörjad", "")], "EJ_GENOMFORD", ""),
        (S, "Lokaler", "Avtalsuppföljning städtjänster", "A Sv",
         [("T2 2025", "Pågående", ""), ("Helår 2025", "Genomförd",
           "Brister i städfrekvens Ås skola.\nVite utkrävt enl avtal.")], "GENOMFORD", "ja"),
        (S, "Lokaler", "Inventering av nycklar och passerkort i kommunens lokaler", "A Sv",
         [("Helår 2025", "Ej aktuell", "Ersätts av nytt passagesystem 2026")], "UTGAR", ""),
        (M, "Bygglov", "Handläggningstid bygglov (max 10 veckor)", "K Lö",
         [("T1 2025", "Genomförd", "ok"), ("T2 2025", "Genomförd", "ok"), ("Helår 2025", "Genomförd", "3 av 112 över 10 v")],
         "GENOMFORD", "ja"),
        (M, "Livsmedel", "Tillsynsplan livsmedel följs", "R Ma",
         [("T2 2025", "Pågående", ""), ("Helår 2025", "Pågående", "82 % av planerade besök gjorda")], "DELVIS", ""),
        (M, "Miljö", "Debitering av tillsynsavgifter miljö", "R Ma",
         [("T2 2025", "", ""), ("Helår 2025", "", "")], "SAKNAS", ""),
        (M, "Nämnd", "Delegationsbeslut anmäls till nämnden", "K Lö",
         [("Helår 2025", "Genomförd", "OK")], "GENOMFORD", ""),
        (M, "Nämnd", "Jäv - kontroll av handläggares bindningar", "K Lö",
         [("Helår 2025", "Ej påbörjad", "flyttas till 2026")], "EJ_GENOMFORD", ""),
    ]
    with open(os.path.join(HERE, fil), "w", encoding="cp1252", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for n, omr, mom, ans, pers, st, av in ctl:
            for p, s, k in pers:
                w.writerow([org[n], omr, mom, ans, p, s, k])
            EXP.append((fil, n, mom, st, av))
    FILES.append((fil, "INLAST", S, "2025", "HELAR"))
    FILES.append((fil, "INLAST", M, "2025", "HELAR"))


# ---------------------------------------------------------------- 5 KFN xls with codes
def f_kfn():
    fil = "IK 2025 KoF helår.xls"
    nm = "Kultur- och fritidsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Blad1"
    ws["A1"] = "Kultur o fritid – IK-plan 2025, uppföljning"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Status: 1 = klart   2 = delvis/pågår   3 = ej klart   0 = utgår"
    ws["A2"].font = Font(italic=True)
    ws.append([])
    ws.append(["Område", "Kontroll", "Status T2", "Status helår", "Kommentar"])
    for c in ws[4]:
        c.font = B
    rows = [
        ("Bidrag", "Föreningsbidrag betalas ut enligt beslut och regler", 1, 1, "OK", "GENOMFORD", ""),
        ("Bidrag", "Redovisat aktivitetsstöd kontrolleras mot närvarolistor", 2, 1,
         "1 förening fått återbetalningskrav", "GENOMFORD", "ja"),
        ("Bidrag", "Bidrag betalas inte till förening med skulder till kommunen", None, "?", None, "OKLAR", ""),
        ("Simhallen", "Dagskassor i simhallen stäms av mot kassarapport", 2, 2, "pågår, nytt kassasystem",
         "DELVIS", ""),
        ("Bibliotek", "Inköp av media följer avtal", 1, None, None, "GENOMFORD", ""),
        ("Uthyrning", "Fakturering av lokaluthyrning (sporthallar)", 3, 3, "ej klart", "EJ_GENOMFORD", ""),
        ("Uthyrning", "Nyckelkvittenser vid uthyrning", 0, 0, "utgår, digitala lås", "UTGAR", ""),
        ("Arrangemang", "Säkerhetsplan vid större evenemang", "-", 1, "Ås-festivalen ok", "GENOMFORD", ""),
        ("Personal", "Timanställdas tidrapporter attesteras av chef", None, None, None, "SAKNAS", ""),
    ]
    start = 5
    for r in rows:
        ws.append(list(r[:5]))
        EXP.append((fil, nm, r[1], r[5], r[6]))
    # merge Område cells vertically (Bidrag 5-7, Uthyrning 10-11)
    for a, b in ((5, 7), (10, 11)):
        ws.merge_cells(f"A{a}:A{b}")
        ws[f"A{a}"].alignment = Alignment(vertical="center")
    for row in ws.iter_rows(min_row=start):
        for c in row:
            if c.column == 2 or c.column == 5:
                c.alignment = WRAP
    ws.append([]); ws.append(["", "Lämnas till KoF-nämnden feb 2026"])
    for col, w in zip("ABCDE", [13, 50, 10, 11, 35]):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "kof.xlsx"); wb.save(src)
    soffice(src, "xls:MS Excel 97", fil)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 6 ÖFN text-only .doc
def f_ofn():
    fil = "Överförmyndaren IK 2025.doc"
    nm = "Överförmyndarnämnden"
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    p = d.add_paragraph(); r = p.add_run("Överförmyndarnämnden i Nybro-Ås"); r.bold = True; r.font.size = Pt(14)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 (helår)")
    d.add_paragraph("Kort rapport. Metod enl. antagen plan.")
    items = [
        ("1. Granskning av årsräkningar inom lagstadgad tid",
         "Klart. Samtliga 214 årsräkningar granskade före 30/9. Inga avvik.",
         "Granskning av årsräkningar inom lagstadgad tid", "GENOMFORD", "nej"),
        ("2. Kontroll av belastningsregister för nya ställföreträdare",
         "Delvis, 31 av 40 nya ställf. kontrollerade.",
         "Kontroll av belastningsregister för nya ställföreträdare", "DELVIS", ""),
        ("3. Arvoden till ställföreträdare betalas ut enligt nämndens riktlinje",
         "Ja. 1 felaktigt arvode upptäckt, återkrävt.",
         "Arvoden till ställföreträdare betalas ut enligt nämndens riktlinje", "GENOMFORD", "ja"),
        ("4. Uttagsspärrar på huvudmännens konton",
         "Ej klart - tas 2026.",
         "Uttagsspärrar på huvudmännens konton", "EJ_GENOMFORD", ""),
        ("5. Gallring av akter enligt dokumenthanteringsplan",
         "Utgår (beslut ÖFN 2025-03-04 § 12)",
         "Gallring av akter enligt dokumenthanteringsplan", "UTGAR", ""),
    ]
    for head, txt, mom, s, a in items:
        p = d.add_paragraph(); p.add_run(head).bold = True
        d.add_paragraph(txt)
        EXP.append((fil, nm, mom, s, a))
    d.add_paragraph("")
    d.add_paragraph("Nybro-Ås 2026-01-22\nKarin Holm, handläggare")
    src = os.path.join(TMP, "ofn.docx"); d.save(src)
    soffice(src, "doc:MS Word 97", fil)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 7 NÅE ods with risk columns
def f_nae():
    fil = "NÅE internkontroll 2025.ods"
    nm = "Nybro-Ås Energi AB"
    wb = Workbook(); ws = wb.active; ws.title = "NÅE"
    ws["A1"] = "Nybro-Ås Energi AB – Internkontroll 2025"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Uppföljning till bokslut"
    ws.append([])
    ws.append(["Risk", "S", "K", "Riskvärde", "Kontrollmoment", "Ansvarig", "Klar?", "Kommentar"])
    for c in ws[4]:
        c.font = B
    rows = [
        ("Felaktig debitering av nätavgift", 3, 3, "Kontroll av mätarställningar mot faktura, stickprov 30 kunder",
         "Ekonomichef", "Ja", "1 felaktig avläsning, rättad", "GENOMFORD", "ja"),
        ("Otillåten påverkan vid upphandling", 2, 4, "Jävsdeklaration i upphandlingar över 700 tkr",
         "VD", "Ja", "ok", "GENOMFORD", ""),
        ("Bristande leveranssäkerhet", 2, 4, "Övning reservkraft fjärrvärmeverket", "Driftchef",
         "Nej", "flyttad till mars -26", "EJ_GENOMFORD", ""),
        ("IT-intrång i styrsystem", 3, 4, "Behörighetsgenomgång SCADA", "IT-ansv", "pågår", "",
         "DELVIS", ""),
        ("Felaktiga utbetalningar", 2, 3, "Ändrat bankkonto för leverantör verifieras per telefon",
         "Ekonomichef", "Ja", "se ovan", "GENOMFORD", ""),
        ("Kundförluster", 3, 2, "Förfallna kundfordringar > 90 dgr följs upp månadsvis", "Ekonomichef",
         "Ja", "varje månad, inga avvikelser", "GENOMFORD", "nej"),
        ("Olyckor i produktionen", 2, 4, "Skyddsronder i produktionsanläggningar", "Driftchef",
         None, None, "SAKNAS", ""),
        ("Personuppgifter hanteras felaktigt", 2, 3, "Registerförteckning (GDPR) uppdateras", "VD",
         "Nej", "påbörjad, klar Q1 2026", "DELVIS", ""),
    ]
    for r in rows:
        ws.append([r[0], r[1], r[2], r[1] * r[2], r[3], r[4], r[5], r[6]])
        EXP.append((fil, nm, r[3], r[7], r[8]))
    for row in ws.iter_rows(min_row=5):
        for c in row:
            c.alignment = WRAP
    for col, w in zip("ABCDEFGH", [28, 4, 4, 9, 45, 12, 7, 30]):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "nae.xlsx"); wb.save(src)
    soffice(src, "ods", fil)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 8 rejected: Excel lock file
def f_lock():
    fil = "~$KS IK-uppföljning helår 2025.xlsx"
    owner = "Anna Lind"
    b = bytes([len(owner)]) + owner.encode("latin-1") + b" " * (53 - len(owner))
    b += owner.encode("utf-16-le") + b"\x00\x00" * (55 - len(owner))
    with open(os.path.join(HERE, fil), "wb") as fh:
        fh.write(b[:165])
    FILES.append((fil, "AVVISAD", "", "", ""))


def main():
    for fn in (f_ks, f_bun, f_sn, f_sbf, f_kfn, f_ofn, f_nae, f_lock):
        fn()
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BoU"),
        ("Socialnämnden", "SN|Socialförvaltningen|Soc"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggkontoret"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur o fritid|KoF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarkansliet"),
        ("Valnämnden", "VN"),
        ("Nybro-Ås Energi AB", "NÅE|Energibolaget|Nybro-Ås Energi"),
        ("Nybro-Ås Bostäder AB", "NÅB|Bostadsbolaget"),
    ]
    def wcsv(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter=";", lineterminator="\n")
            w.writerow(header); w.writerows(rows)
    wcsv("namnder.csv", ["nämnd", "alias"], reg)
    wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXP)
    print(len(FILES), "file rows,", len(EXP), "controls")


if __name__ == "__main__":
    main()
