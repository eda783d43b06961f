#!/usr/bin/python3
"""Round 127 – Kustvikens kommun, helår 2025.

Builds every file of the round in this folder, plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3.
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round127"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def roundtrip_xlsx(path):
    """Let LibreOffice open and save the workbook so formulas get cached values (as in a real Excel file)."""
    tmp = tempfile.mkdtemp(prefix="r127_")
    soffice_convert(path, "xlsx:Calc MS Excel 2007 XML", tmp)
    out = os.path.join(tmp, os.path.basename(path))
    shutil.move(out, path)
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# 1. Kultur- och fritidsnämnden – calendar Jan–Dec with dates when the control was done
# ---------------------------------------------------------------------------------------------
def build_kfn():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    fil = "KFN Kontrollkalender 2025.xlsx"
    namnd = "Kultur- och fritidsnämnden"
    wb = Workbook()
    ins = wb.active
    ins.title = "Anvisning"
    lines = [
        "Anvisning – kontrollkalender internkontroll",
        "",
        "1. Skriv in datum (ÅÅÅÅ-MM-DD) i den månad då kontrollen har utförts.",
        "2. Lämna cellen tom om kontrollen inte har utförts den månaden.",
        "3. Ange i kolumnen Avvikelse ja/nej om kontrollen visat fel eller brister, och beskriv i Kommentar.",
        "4. Kalendern lämnas till kansliet senast 15 januari 2026 och utgör underlag för helårsuppföljningen.",
        "",
        "Frågor: Karin Söderholm, controller, ankn. 4127",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True, size=13)
    ins.column_dimensions["A"].width = 100

    ws = wb.create_sheet("Kontroller 2025")
    wb.active = 1
    thin = Side(style="thin", color="999999")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    months = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"]
    ncol = 4 + 12 + 2
    ws["A1"] = "Kultur- och fritidsnämnden – Internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Kontrollkalender – uppföljning helår (perioden 2025-01-01 – 2025-12-31)"
    ws["A2"].font = Font(italic=True, size=11)
    ws["A3"] = "Datum = kontrollen utförd den månaden. Tom cell = kontrollen inte utförd."
    ws["A3"].font = Font(size=9, color="666666")
    ws["N2"] = "Upprättad av: Kultur- och fritidsförvaltningen, ekonomienheten"
    ws["N2"].font = Font(size=9)

    hdr = ["Nr", "Kontrollmoment", "Frekvens", "Ansvarig"] + months + ["Avvikelse (ja/nej)", "Kommentar"]
    hr = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=hr, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = box
    ws.row_dimensions[hr].height = 30

    def d(m, day):
        return dt.datetime(2025, m, day)

    # each item: (nr, text, frekvens, ansvarig, {month: value}, avv, kommentar, status) ; or ("HEAD", title)
    rows = [
        ("HEAD", "EKONOMI"),
        ("1.1", "Kontroll att leverantörsfakturor attesterats av behörig attestant enligt gällande attestförteckning",
         "Månadsvis", "Controller",
         {1: d(1, 14), 2: d(2, 12), 3: d(3, 13), 4: d(4, 15), 5: d(5, 14), 6: d(6, 11), 7: d(7, 16), 8: d(8, 13),
          9: d(9, 12), 10: d(10, 14), 11: d(11, 13), 12: d(12, 12)},
         "nej", "Inga avvikelser.", "GENOMFORD"),
        ("1.2", "Kontantkassor i Kustvikens simhall och huvudbiblioteket stäms av mot kassarapport",
         "Månadsvis", "Enhetschef bad/bibliotek",
         {1: d(1, 31), 2: d(2, 28), 3: d(3, 31), 4: d(4, 30), 5: d(5, 30), 6: d(6, 30),
          9: d(9, 30), 10: d(10, 31), 11: d(11, 28)},
         "ja", "Differens 340 kr i april, utredd och åtgärdad. Simhallen sommarstängd jul–aug. "
               "Decemberavstämningen inte gjord p.g.a. sjukfrånvaro.", "DELVIS"),
        ("1.3", "Stickprov: beviljade föreningsbidrag följer kommunens bidragsregler", "Tertialvis (apr, aug, dec)",
         "Föreningskonsulent",
         {4: d(4, 24), 8: d(8, 28), 12: d(12, 17)},
         "nej", "", "GENOMFORD"),
        ("1.4", "Representation och interna möten – syfte och deltagarförteckning finns på fakturan",
         "Kvartalsvis", "Controller",
         {3: d(3, 27), 6: d(6, 19)},
         "nej", "Kvartal 3 och 4 hann inte kontrolleras.", "DELVIS"),
        ("1.5", "Attest av tidrapporter för timanställda ledare före löneutbetalning",
         "Månadsvis", "Enhetschef fritid",
         {1: d(1, 20), 2: d(2, 19), 3: d(3, 20), 4: d(4, 17), 5: d(5, 20), 6: d(6, 18), 7: "x", 8: "x",
          9: d(9, 19), 10: d(10, 20), 11: d(11, 19), 12: d(12, 15)},
         "nej", "Juli/aug kontrollerade i samband med semesterlönerna (x).", "GENOMFORD"),
        ("HEAD", "VERKSAMHET"),
        ("2.1", "Delegationsbeslut anmäls till nämnden", "Inför varje nämndsammanträde (6 ggr)", "Nämndsekreterare",
         {2: d(2, 4), 4: d(4, 8), 6: "5/6", 9: d(9, 9), 10: d(10, 21), 12: d(12, 2)},
         "nej", "", "GENOMFORD"),
        ("2.2", "Inventering av inventarier och utlåningsutrustning (Fritidsbanken)", "1 gång/år", "Enhetschef fritid",
         {},
         "nej", "Skjuts till 2026 p.g.a. ombyggnaden av Kulturhuset.", "EJ_GENOMFORD"),
        ("2.3", "Stickprov 5 fakturor: inköp av scenteknik sker från avtalad leverantör (avtalstrohet)", "Halvår",
         "Inköpssamordnare",
         "UTGÅR",
         "", "Utgår enligt beslut KFN 2025-05-20 § 41 – inköpen av scenteknik samordnas centralt från 2025.", "UTGAR"),
        ("2.4", "Hyresavtal för externt förhyrda lokaler – debitering sker enligt avtal", "Kvartalsvis",
         "Lokalsamordnare",
         {},
         "", "", "EJ_GENOMFORD"),
        ("HEAD", "IT OCH INFORMATIONSSÄKERHET"),
        ("3.1", "Behörigheter i bokningssystemet Interbook Go gås igenom mot aktuell personallista", "1 gång/år",
         "Systemförvaltare",
         {10: d(10, 7)},
         "ja", "Tre konton för avslutade medarbetare låg kvar – borttagna 2025-10-08.", "GENOMFORD"),
    ]
    r = hr + 1
    first_data = r
    for row in rows:
        if row[0] == "HEAD":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="D9E1F2")
            r += 1
            continue
        nr, text, frek, ansv, cal, avv, kom, status = row
        vals = [nr, text, frek, ansv]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = box
        for m in range(1, 13):
            cell = ws.cell(row=r, column=4 + m)
            cell.border = box
            cell.alignment = Alignment(horizontal="center", vertical="top")
            if isinstance(cal, dict) and m in cal:
                cell.value = cal[m]
                if isinstance(cal[m], dt.datetime):
                    cell.number_format = "yyyy-mm-dd"
        if cal == "UTGÅR":
            ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=16)
            cell = ws.cell(row=r, column=5, value="UTGÅR – se kommentar")
            cell.alignment = Alignment(horizontal="center", vertical="top")
            cell.fill = PatternFill("solid", fgColor="D9D9D9")
        ws.cell(row=r, column=17, value=avv or None).border = box
        ws.cell(row=r, column=17).alignment = Alignment(horizontal="center", vertical="top")
        c = ws.cell(row=r, column=18, value=kom or None)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = box
        exp(fil, namnd, text, status, "ja" if avv == "ja" else "nej")
        r += 1
    last_data = r - 1
    # totals row
    ws.cell(row=r, column=2, value="Antal utförda kontroller per månad").font = Font(bold=True)
    for m in range(1, 13):
        col = get_column_letter(4 + m)
        c = ws.cell(row=r, column=4 + m, value=f"=COUNTA({col}{first_data}:{col}{last_data})")
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center")
    r += 2
    ws.cell(row=r, column=2, value="Granskad av förvaltningschef Mats Ekberg 2026-01-16")
    ws.cell(row=r, column=2).font = Font(italic=True, size=9)

    widths = {"A": 6, "B": 52, "C": 18, "D": 18, "Q": 11, "R": 48}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    for m in range(12):
        ws.column_dimensions[get_column_letter(5 + m)].width = 11
    ws.freeze_panes = "E6"
    path = os.path.join(HERE, fil)
    wb.save(path)
    roundtrip_xlsx(path)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 2. Samhällsbyggnadsnämnden – Planerat antal / Genomfört antal stickprov
# ---------------------------------------------------------------------------------------------
def build_sbn():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    fil = "SBN_stickprov_helar_2025.xlsx"
    namnd = "Samhällsbyggnadsnämnden"
    wb = Workbook()
    fs = wb.active
    fs.title = "Försättsblad"
    fs["B2"] = "Uppföljning av intern kontroll"
    fs["B2"].font = Font(bold=True, size=16)
    info = [
        ("Nämnd:", "Samhällsbyggnadsnämnden"),
        ("Förvaltning:", "Samhällsbyggnadsförvaltningen"),
        ("Uppföljningsperiod:", "Helår 2025"),
        ("Datum:", "2026-01-22"),
        ("Behandlas:", "SBN 2026-02-10"),
        ("Kontaktperson:", "Johan Malm, verksamhetscontroller"),
    ]
    for i, (k, v) in enumerate(info, 4):
        fs.cell(row=i, column=2, value=k).font = Font(bold=True)
        fs.cell(row=i, column=3, value=v)
    fs["B11"] = ("Stickprovskontrollerna redovisas på fliken Stickprov. Status framgår av andelen genomförda "
                 "stickprov i förhållande till planerat antal, se statusnyckel.")
    fs.column_dimensions["B"].width = 20
    fs.column_dimensions["C"].width = 45

    ws = wb.create_sheet("Stickprov")
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Samhällsbyggnadsnämnden – stickprovskontroller enligt internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Helårsuppföljning, utfall t.o.m. 2025-12-31"
    ws.merge_cells("E4:H4")
    ws["E4"] = "Utfall 2025"
    ws["E4"].alignment = Alignment(horizontal="center")
    ws["E4"].font = Font(bold=True)
    ws["E4"].fill = PatternFill("solid", fgColor="E2EFDA")
    ws["J4"] = "Jämförelse"
    ws["J4"].font = Font(bold=True)
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Metod", "Planerat antal", "Genomfört antal",
           "Andel genomfört", "Antal avvikelser", "Kommentar / åtgärd", "Genomfört antal 2024"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="C6E0B4")
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = box
    rows = [
        # nr, område, kontrollmoment, metod, planerat, genomfört, avvikelser, kommentar, 2024, status, avv
        (1, "Bygglov", "Bygglov: beslut fattas inom 10 veckor enligt PBL",
         "Stickprov i Castor", 20, 20, 2,
         "Två ärenden översteg 10 veckor, avgiften reducerades enligt PBL 12 kap 8 a §.", 20, "GENOMFORD", "ja"),
        (2, "Ekonomi", "Leverantörsfakturor – moms och kontering är korrekt",
         "Stickprov i Raindance", 40, 40, 0, "", 36, "GENOMFORD", "nej"),
        (3, "Ekonomi", "Delegationsbeslut i bygglovsärenden anmäls till nämnden",
         "Jämförelse delegationslista/protokoll", 12, 9, 0,
         "Oktober–december ej kontrollerat.", 12, "DELVIS", "nej"),
        (4, "Bygglov", "Bygglovsavgifter debiteras enligt gällande taxa",
         "Stickprov faktura mot beslut", 25, 0, None,
         "Ej utfört – resursbrist på enheten under hösten.", 25, "EJ_GENOMFORD", "nej"),
        (5, "Inköp", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinje",
         "Genomgång av samtliga", 10, 12, 1,
         "Fler direktupphandlingar än beräknat. En saknade dokumentation, kompletterad.", 8, "GENOMFORD", "ja"),
        (6, "Lantmäteri", "Förrättningsavgifter stäms av mot fakturering",
         "Stickprov", "–", "–", None,
         "Utgår – lantmäteriverksamheten överförd till Lantmäteriet 2025-04-01.", 10, "UTGAR", "nej"),
        (7, "IT", "Behörigheter i Castor tas bort vid avslutad anställning",
         "Genomgång mot HR-lista", 2, 2, 0, "", 2, "GENOMFORD", "nej"),
        (8, "Tillsyn", "Tillsynsärenden ovårdade tomter avslutas med beslut",
         "Stickprov", 15, None, None, "", 15, "SAKNAS", "nej"),
        (9, "Mark/exploatering", "Markanvisningsavtal – villkor om byggstart följs upp",
         "Genomgång av samtliga avtal", 4, "Se bilaga 2", None, "", 3, "OKLAR", "nej"),
    ]
    r = 6
    for (nr, omr, km, met, plan, gen, avvn, kom, g24, status, avv) in rows:
        vals = [nr, omr, km, met, plan, gen, f"=IF(F{r}=\"\",\"\",IFERROR(F{r}/E{r},\"\"))", avvn, kom or None, g24]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = box
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=7).number_format = "0%"
        exp(fil, namnd, km, status, avv)
        r += 1
    ws.cell(row=r, column=3, value="Summa").font = Font(bold=True)
    for col in "EFHJ":
        c = ws[f"{col}{r}"]
        c.value = f"=SUM({col}6:{col}{r-1})"
        c.font = Font(bold=True)
    ws[f"G{r}"] = f"=F{r}/E{r}"
    ws[f"G{r}"].number_format = "0%"
    ws[f"G{r}"].font = Font(bold=True)

    # status key to the right
    ws["L5"] = "Statusnyckel"
    ws["L5"].font = Font(bold=True)
    key = [("100 % eller mer", "Genomförd", "92D050"), ("1–99 %", "Delvis genomförd", "FFD966"),
           ("0 %", "Ej genomförd", "FF7C80"), ("–", "Utgår", "D9D9D9")]
    for i, (a, b, col) in enumerate(key, 6):
        ws.cell(row=i, column=12, value=a)
        c = ws.cell(row=i, column=13, value=b)
        c.fill = PatternFill("solid", fgColor=col)
    ws["L11"] = "Andel = Genomfört antal / Planerat antal"
    ws["L11"].font = Font(italic=True, size=9)
    for k, v in {"A": 5, "B": 15, "C": 48, "D": 26, "E": 10, "F": 10, "G": 10, "H": 10, "I": 45, "J": 12,
                 "L": 16, "M": 18}.items():
        ws.column_dimensions[k].width = v
    wb.active = 1
    path = os.path.join(HERE, fil)
    wb.save(path)
    roundtrip_xlsx(path)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))

    # the lock file Excel left next to it (to be rejected)
    lock = "~$SBN_stickprov_helar_2025.xlsx"
    user = "Johan Malm"
    data = bytes([len(user)]) + user.encode("cp1252").ljust(53, b" ") + b"\x00\x00" \
        + user.encode("utf-16-le") + b"\x20\x00" * (54 - len(user)) + b"\x00" * 0
    data = data[:165].ljust(165, b"\x00")
    with open(os.path.join(HERE, lock), "wb") as f:
        f.write(data)
    FILES.append((lock, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------------------------
# 3. Socialnämnden – Word report with one table per tertial; T3 decides
# ---------------------------------------------------------------------------------------------
def build_sn():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    fil = "Socialnämnden uppföljning internkontroll T3 2025.docx"
    namnd = "Socialnämnden"
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    p = doc.add_paragraph("KUSTVIKENS KOMMUN\nSocialförvaltningen")
    p.runs[0].font.size = Pt(9)
    p = doc.add_paragraph("Tjänsteskrivelse 2026-01-20   Dnr SN 2025/0312")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Uppföljning av Socialnämndens internkontrollplan 2025 – tertial 3", level=1)
    doc.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 201). Planen innehåller nio "
        "kontrollmoment. Uppföljning har skett efter varje tertial. Tabellerna för tertial 1 och tertial 2 har "
        "tidigare redovisats för nämnden (maj respektive september) och återges nedan för att visa utvecklingen "
        "under året. Helårsbedömningen framgår av tabellen för tertial 3.")
    doc.add_paragraph("Förslag till beslut: Socialnämnden godkänner uppföljningen av internkontrollplanen för 2025 "
                      "och överlämnar den till kommunstyrelsen.")

    C = [
        "Utbetalning av ekonomiskt bistånd – stickprov att beslut finns för varje utbetalning",
        "Placeringar på HVB – avtal och beslut finns innan placeringen verkställs",
        "Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
        "Loggkontroll i Treserva – otillbörlig åtkomst till personakter",
        "Förhandsbedömning av orosanmälningar görs inom 14 dagar",
        "Egenavgifter IFO debiteras enligt beslutad taxa",
        "Utredningar barn och unga avslutas inom fyra månader",
        "Attest av leverantörsfakturor – behörighet och jäv",
        "Hot och våld – handlingsplanen är uppdaterad och genomgången på APT",
    ]
    t1 = [("Pågår", "Stickprov jan–mars klart, inga avvikelser."),
          ("Ej påbörjad", "Planeras till hösten."),
          ("Genomförd", "Kontrollerat inför varje sammanträde."),
          ("Pågår", "Rutin för loggkontroll uppdaterad."),
          ("Pågår", ""),
          ("Pågår", "Urval av 25 ärenden gjort."),
          ("Pågår", ""),
          ("Genomförd", "Inga avvikelser."),
          ("Pågår", "Handlingsplanen revideras med säkerhetssamordnaren.")]
    t2 = [("Pågår", "Två utbetalningar saknade underskrivet beslut, utreds."),
          ("Pågår", "14 av 30 placeringar granskade."),
          ("Genomförd", ""),
          ("Genomförd", "Logg för 40 slumpvis valda akter kontrollerad, ingen otillbörlig åtkomst."),
          ("Pågår", "Statistik svår att ta fram inför systembytet."),
          ("Pågår", ""),
          ("Pågår", ""),
          ("Genomförd", "Inga avvikelser."),
          ("Pågår", "Handlingsplan fastställd i juni.")]
    # T3: status, avvikelse, kommentar, expected status, expected avv
    t3 = [("Genomförd", "Ja", "Samtliga stickprov klara. Två utbetalningar saknade underskrivet beslut; "
                              "rutinen har skärpts och beslut har i efterhand dokumenterats.", "GENOMFORD", "ja"),
          ("Delvis genomförd", "Nej", "14 av 30 placeringar granskade, inga brister i de granskade. "
                                      "Resterande granskas i början av 2026.", "DELVIS", "nej"),
          ("Genomförd", "Nej", "", "GENOMFORD", "nej"),
          ("Oförändrat, se T2", "Nej", "Ingen ny kontroll under tertialet.", "GENOMFORD", "nej"),
          ("Ej genomförd", "–", "Kontrollen har inte genomförts under året. Statistik kunde inte tas ut efter "
                                "systembytet. Flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", "nej"),
          ("", "Ja", "Samtliga 25 ärenden i stickprovet är kontrollerade. Avgift hade inte debiterats i tre "
                     "ärenden, vilket har rättats.", "GENOMFORD", "ja"),
          ("Utgår", "–", "Utgår enligt beslut SN 2025-10-15 § 112; området granskas av IVO under 2025–2026.",
           "UTGAR", "nej"),
          ("Delvis genomförd", "Nej", "För september–december har kontroll endast gjorts för oktober.",
           "DELVIS", "nej"),
          ("Genomförd", "Nej", "Handlingsplanen har gåtts igenom på APT i samtliga arbetsgrupper.",
           "GENOMFORD", "nej")]

    def table(title, hdr, rows):
        doc.add_heading(title, level=2)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            cell = t.rows[0].cells[i]
            cell.text = ""
            run = cell.paragraphs[0].add_run(h)
            run.bold = True
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
        doc.add_paragraph()

    table("Tertial 1 (januari–april)", ["Nr", "Kontrollmoment", "Status T1", "Kommentar"],
          [(str(i + 1), C[i], t1[i][0], t1[i][1]) for i in range(9)])
    table("Tertial 2 (maj–augusti)", ["Nr", "Kontrollmoment", "Status T2", "Kommentar"],
          [(str(i + 1), C[i], t2[i][0], t2[i][1]) for i in range(9)])
    doc.add_page_break()
    table("Tertial 3 (september–december) – helårsbedömning",
          ["Nr", "Kontrollmoment", "Status helår", "Avvikelse", "Kommentar och åtgärd"],
          [(str(i + 1), C[i], t3[i][0], t3[i][1], t3[i][2]) for i in range(9)])
    for i in range(9):
        exp(fil, namnd, C[i], t3[i][3], t3[i][4])

    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. Fem av nio "
        "kontrollmoment är genomförda, två är delvis genomförda, ett har inte genomförts och ett har utgått efter "
        "beslut i nämnden. Kontrollmomenten om orosanmälningar och placeringar på HVB förs över till "
        "internkontrollplanen för 2026.")
    doc.add_paragraph("\n\nAnna Lindqvist\nSocialchef")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 4. Tekniska nämnden – .ods with Trend (↑ → ↓) and Status
# ---------------------------------------------------------------------------------------------
def build_tn():
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableCellProperties, TableColumnProperties, TextProperties
    from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
    from odf.text import P

    fil = "TN_IK-uppfoljning_2025_helar.ods"
    namnd = "Tekniska nämnden"
    doc = OpenDocumentSpreadsheet()

    def cellstyle(name, bg=None, bold=False, italic=False, size=None):
        s = Style(name=name, family="table-cell")
        props = {"border": "0.5pt solid #808080", "wrapoption": "wrap", "verticalalign": "top"}
        if bg:
            props["backgroundcolor"] = bg
        s.addElement(TableCellProperties(**props))
        tp = {}
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        if size:
            tp["fontsize"] = size
        if tp:
            s.addElement(TextProperties(**tp))
        doc.automaticstyles.addElement(s)
        return s

    plain = Style(name="plain", family="table-cell")
    doc.automaticstyles.addElement(plain)
    title = Style(name="title", family="table-cell")
    title.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    doc.automaticstyles.addElement(title)
    small = Style(name="small", family="table-cell")
    small.addElement(TextProperties(fontstyle="italic", fontsize="9pt"))
    doc.automaticstyles.addElement(small)
    hdr_s = cellstyle("hdr", bg="#BDD7EE", bold=True)
    norm = cellstyle("norm")
    green = cellstyle("green", bg="#C6EFCE")
    yellow = cellstyle("yellow", bg="#FFEB9C")
    red = cellstyle("red", bg="#FFC7CE")
    grey = cellstyle("grey", bg="#D9D9D9")
    arrow = cellstyle("arrow", bold=True)
    widths = ["1.5cm", "2.8cm", "8cm", "3.2cm", "1.6cm", "3.6cm", "9cm"]
    t = Table(name="Uppföljning helår")
    for i, w in enumerate(widths):
        cs = Style(name=f"col{i}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=w))
        doc.automaticstyles.addElement(cs)
        t.addElement(TableColumn(stylename=cs))

    def row(values, styles=None, span=None):
        tr = TableRow()
        for i, v in enumerate(values):
            st = styles[i] if styles else plain
            if span and i == 0:
                tc = TableCell(stylename=st, valuetype="string", numbercolumnsspanned=span)
                tc.addElement(P(text=v))
                tr.addElement(tc)
                for _ in range(span - 1):
                    tr.addElement(CoveredTableCell())
                break
            tc = TableCell(stylename=st)
            if v not in (None, ""):
                tc.setAttribute("valuetype", "string")
                tc.addElement(P(text=str(v)))
            tr.addElement(tc)
        t.addElement(tr)

    row(["Tekniska förvaltningen – Uppföljning av internkontroll 2025"], [title])
    row(["Nämnd: TN", "", "Period: Helår (januari–december 2025)"], [plain, plain, plain])
    row(["Trend visar utvecklingen jämfört med delårsrapporten per 31 augusti: ↑ bättre  → oförändrat  ↓ sämre"],
        [small])
    row([""])
    hdr = ["Id", "Område", "Kontrollmoment", "Ansvarig", "Trend", "Status", "Kommentar"]
    row(hdr, [hdr_s] * len(hdr))
    data = [
        ("TN-01", "Gata/park", "Vinterväghållning – entreprenörens fakturor stäms av mot körjournaler",
         "Gatuchef", "↑", "Genomförd", green, "Alla fakturor nov–dec avstämda.", "GENOMFORD", "nej"),
        ("TN-02", "VA", "Debitering av VA-avgifter – stickprov 30 abonnenter", "VA-chef", "↓",
         "Genomförd med avvikelse", green, "Fyra fel i mätarställning, abonnenterna har fått kreditfaktura.",
         "GENOMFORD", "ja"),
        ("TN-03", "Fastighet", "Hyresdebitering för externa hyresgäster sker enligt avtal", "Fastighetschef",
         "→", "Delvis genomförd", yellow, "Avtal för kommersiella lokaler kontrollerade, bostäder kvarstår.",
         "DELVIS", "nej"),
        ("TN-04", "Fordon", "Körjournaler för kommunens fordon förs och attesteras", "Fordonssamordnare", "↑",
         "Ej genomförd", red, "Nytt system för elektronisk körjournal upphandlat, kontrollen görs jan 2026.",
         "EJ_GENOMFORD", "nej"),
        ("TN-05", "Upphandling", "Avtalstrohet – förbrukningsmaterial köps från avtalad leverantör",
         "Inköpare", "", "", norm, "Kontrollen utförd i november. Avtalstroheten var 94 %. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("TN-06", "Ekonomi", "Attest – egna utlägg attesteras inte av den som gjort utlägget", "Controller",
         "→", "Genomförd", green, "", "GENOMFORD", "nej"),
        ("TN-07", "IT", "Behörigheter i drift- och underhållssystemet ses över", "Systemförvaltare", "↓",
         "Pågår", yellow, "Genomgången försenad, slutförs februari 2026.", "DELVIS", "nej"),
        ("TN-08", "Avfall", "Vägning och fakturering vid återvinningscentralen stäms av", "Avfallschef", "",
         "Utgår", grey, "Avfallsverksamheten överförd till Kustvikens Renhållning AB 2025-07-01.", "UTGAR", "nej"),
        ("TN-09", "Personal", "Övertidsersättning – stickprov att övertiden är beordrad", "HR-partner", "↑",
         "?", norm, "Underlag från lönekontoret saknas, återkommer.", "OKLAR", "nej"),
    ]
    for (i_, omr, km, ans, tr_, stat, sty, kom, es, ea) in data:
        row([i_, omr, km, ans, tr_, stat, kom], [norm, norm, norm, norm, arrow, sty, norm])
        exp(fil, namnd, km, es, ea)
    row([""])
    row(["", "", "Sammanfattning: 4 av 9 kontrollmoment genomförda, 2 delvis/pågår, 1 ej genomfört, 1 utgår."],
        [plain, plain, small])
    row(["", "", "Status: Genomförd / Delvis genomförd / Pågår / Ej genomförd / Utgår"], [plain, plain, small])
    doc.spreadsheet.addElement(t)
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 5. Stratsys export – one row per control and quarter, numeric completion percentage; BUN + KS
# ---------------------------------------------------------------------------------------------
def build_csv():
    fil = "Stratsys_export_internkontroll_2025.csv"
    # enhet as written, register name, kontrollmoment, [(q, pct, avv, comment)], status, avv
    data = [
        ("Barn- och utbildningsförvaltningen", "Barn- och utbildningsnämnden",
         "Skolskjuts – fakturerade resor motsvarar beviljad skolskjuts",
         [("25", "Nej", ""), ("50", "Nej", ""), ("75", "Nej", ""), ("100", "Nej", "Samtliga månader avstämda.")],
         "GENOMFORD", "nej"),
        ("Barn- och utbildningsförvaltningen", "Barn- och utbildningsnämnden",
         "Barnomsorgsavgifter – inkomstuppgifter stäms av mot Skatteverket",
         [("0", "Nej", "Ej påbörjad"), ("20", "Nej", ""), ("40", "Ja", "Sju hushåll med för låg angiven inkomst."),
          ("60", "Ja", "Avstämning 60 % klar, resten under kv1 2026.")],
         "DELVIS", "ja"),
        ("Barn- och utbildningsförvaltningen", "Barn- och utbildningsnämnden",
         "Tilläggsbelopp – beslut finns och följs upp",
         [("0", "", "Ej påbörjad"), ("0", "", ""), ("0", "", ""), ("0", "", "Ej genomförd, prioriterades bort.")],
         "EJ_GENOMFORD", "nej"),
        ("Barn- och utbildningsförvaltningen", "Barn- och utbildningsnämnden",
         "Läromedelsinköp – avtalstrohet mot ramavtal",
         [("50", "Nej", ""), ("100", "Nej", "Klar."), ("100", "Nej", ""), ("", "", "")],
         "GENOMFORD", "nej"),
        ("Barn- och utbildningsförvaltningen", "Barn- och utbildningsnämnden",
         "Personuppgiftsincidenter i skolplattformen anmäls till IMY inom 72 timmar",
         [("25", "Nej", ""), ("50", "Nej", ""), ("87,5", "Ja", "En incident anmäld efter fem dagar."),
          ("100", "Ja", "")],
         "GENOMFORD", "ja"),
        ("Barn- och utbildningsförvaltningen", "Barn- och utbildningsnämnden",
         "Kränkande behandling – anmälan till huvudman sker skyndsamt",
         [("25", "Nej", ""), ("50", "Nej", ""),
          ("", "", "Utgår – ersätts av central uppföljning, beslut BUN 2025-09-24 § 77"),
          ("", "", "Utgår")],
         "UTGAR", "nej"),
        ("Kommunledningskontoret", "Kommunstyrelsen",
         "Leverantörsregister – ändrat bankkonto verifieras med motringning",
         [("100", "Nej", ""), ("100", "Nej", ""), ("100", "Nej", ""), ("100", "Nej", "")],
         "GENOMFORD", "nej"),
        ("Kommunledningskontoret", "Kommunstyrelsen",
         "Löner – nyupplagda anställningar kontrolleras mot anställningsavtal",
         [("25", "Nej", ""), ("50", "Nej", ""), ("75", "Nej", ""), ("90", "Nej", "December återstår.")],
         "DELVIS", "nej"),
        ("Kommunledningskontoret", "Kommunstyrelsen",
         "Representation – syfte och deltagare dokumenteras",
         [("30", "Nej", ""), ("60", "Ja", "Tre fakturor utan deltagarlista."), ("100", "Ja", ""),
          ("100", "Ja", "Påminnelse skickad till chefer.")],
         "GENOMFORD", "ja"),
        ("Kommunledningskontoret", "Kommunstyrelsen",
         "IT-behörigheter i ekonomisystemet tas bort vid avslutad anställning",
         [("0", "", ""), ("0", "", ""), ("10", "Nej", "Påbörjad."), ("10", "Nej", "Försenad p.g.a. systembyte.")],
         "DELVIS", "nej"),
        ("Kommunledningskontoret", "Kommunstyrelsen",
         "Dataskydd – registerförteckningen enligt GDPR är uppdaterad",
         [("0", "", ""), ("0", "", ""), ("0", "", ""), ("0", "", "Ej genomförd. Dataskyddsombud vakant.")],
         "EJ_GENOMFORD", "nej"),
        ("Kommunledningskontoret", "Kommunstyrelsen",
         "Avtalsuppföljning – ramavtal med förfallodatum bevakas i avtalsdatabasen",
         [("50", "Nej", ""), ("50", "Nej", ""), ("100", "Nej", ""), ("100", "Nej", "")],
         "GENOMFORD", "nej"),
    ]
    lines = []
    lines.append("Rapport: Internkontroll – kvartalsuppföljning;;;;;;")
    lines.append("Organisation: Kustvikens kommun;;;;;;")
    lines.append("Urval: 2025-01-01 – 2025-12-31;;;;;;")
    lines.append("Utskriven: 2026-01-14 08:12 av ekoadm;;;;;;")
    lines.append(";;;;;;")
    lines.append("Enhet;Id;Kontrollmoment;Period;Färdigställandegrad (%);Avvikelse;Kommentar")
    prefix = {"Barn- och utbildningsförvaltningen": "BUF", "Kommunledningskontoret": "KLK"}
    n = {}
    for enhet, reg, km, qs, status, avv in data:
        n[enhet] = n.get(enhet, 0) + 1
        idn = f"IK-{prefix[enhet]}-{n[enhet]:02d}"
        for qi, (pct, av, kom) in enumerate(qs, 1):
            kom_q = f'"{kom}"' if (";" in kom or '"' in kom) else kom
            lines.append(f"{enhet};{idn};{km};2025 kv{qi};{pct};{av};{kom_q}")
        exp(fil, reg, km, status, avv)
    with open(os.path.join(HERE, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 6. Vård- och omsorgsnämnden – real .xls (xlwt), code legend, T1/delår/helår columns + 2024 column
# ---------------------------------------------------------------------------------------------
def build_von():
    import xlwt

    fil = "VON internkontroll 2025 bilaga VB.xls"
    namnd = "Vård- och omsorgsnämnden"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("IK 2025")
    bold = xlwt.easyxf("font: bold on")
    title = xlwt.easyxf("font: bold on, height 280")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert centre, horiz centre")
    txt = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: wrap on, vert top")
    proc = xlwt.easyxf("font: bold on; borders: left thin, right thin, top thin, bottom thin; "
                       "align: wrap on, vert centre")
    codes = {
        "G": xlwt.easyxf("pattern: pattern solid, fore_colour light_green; borders: left thin, right thin, top thin, "
                         "bottom thin; align: horiz centre, vert top"),
        "D": xlwt.easyxf("pattern: pattern solid, fore_colour light_yellow; borders: left thin, right thin, "
                         "top thin, bottom thin; align: horiz centre, vert top"),
        "E": xlwt.easyxf("pattern: pattern solid, fore_colour rose; borders: left thin, right thin, top thin, "
                         "bottom thin; align: horiz centre, vert top"),
        "U": xlwt.easyxf("pattern: pattern solid, fore_colour gray25; borders: left thin, right thin, top thin, "
                         "bottom thin; align: horiz centre, vert top"),
    }
    centre = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz centre, vert top")

    ws.write(0, 0, "Vård- och omsorgsnämnden", title)
    ws.write(1, 0, "Uppföljning av internkontrollplan 2025 – bilaga till verksamhetsberättelse 2025")
    ws.write(2, 0, "Vård- och omsorgsförvaltningen, kvalitetsenheten. Sammanställd 2026-01-19.")
    ws.write(0, 7, "Teckenförklaring", bold)
    ws.write(1, 7, "G = Genomförd", codes["G"])
    ws.write(2, 7, "D = Delvis genomförd", codes["D"])
    ws.write(3, 7, "E = Ej genomförd", codes["E"])
    ws.write(4, 7, "U = Utgår", codes["U"])

    hr = 6
    heads = ["Process", "Kontrollmoment", "Frekvens", "Helår 2024", "T1 2025", "Delår 2025 (31/8)",
             "Helår 2025", "Kommentar helår"]
    for c, h in enumerate(heads):
        ws.write(hr, c, h, hdr)
    ws.row(hr).height_mismatch = True
    ws.row(hr).height = 520
    # process, [(km, frekv, y2024, t1, delar, helar, kommentar, status, avv)]
    blocks = [
        ("Myndighetsutövning", [
            ("LSS-beslut – kontroll att gynnande beslut verkställs inom tre månader", "Tertialvis", "D", "D", "D",
             "G", "Kontroll klar. Två beslut ej verkställda inom tre månader, rapporterade till IVO.",
             "GENOMFORD", "ja"),
            ("Biståndsbeslut enligt SoL följs upp inom utsatt tid", "Tertialvis", "G", "D", "D", "D",
             "Uppföljning gjord för hemtjänst, ej för särskilt boende.", "DELVIS", "nej"),
        ]),
        ("Ekonomi", [
            ("Hemtjänst – utförd tid stäms av mot fakturerad tid från extern utförare", "1 ggr/år", "G", "", "G",
             "", "Utförd i juni, se delår. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Omsorgsavgifter – beräkningen kontrolleras genom stickprov (20 st)", "Halvår", "D", "D", "G", "G",
             "", "GENOMFORD", "nej"),
            ("Brukarmedel – kontantkassor på särskilda boenden inventeras", "Kvartalsvis", "G", "G", "G", "X",
             "", "OKLAR", "nej"),
            ("Sjuklön och timanställningar – stickprov på löneunderlag", "Kvartalsvis", "E", "D", "D", "",
             "Arbetet fortsätter under 2026.", "DELVIS", "nej"),
        ]),
        ("Hälso- och sjukvård", [
            ("Läkemedelsavvikelser sammanställs och analyseras av MAS", "Tertialvis", "G", "E", "E", "E",
             "Ej genomförd p.g.a. vakant MAS-tjänst under året.", "EJ_GENOMFORD", "nej"),
        ]),
        ("Inköp", [
            ("Bemanningsföretag – avrop sker enligt ramavtal", "Kvartalsvis", "D", "D", "", "U",
             "Utgår – ramavtalet upphävt av förvaltningsrätten, inga avrop under hösten.", "UTGAR", "nej"),
        ]),
    ]
    r = hr + 1
    for pname, items in blocks:
        if len(items) > 1:
            ws.write_merge(r, r + len(items) - 1, 0, 0, pname, proc)
        else:
            ws.write(r, 0, pname, proc)
        for (km, fr, y24, t1, de, he, kom, status, avv) in items:
            ws.write(r, 1, km, txt)
            ws.write(r, 2, fr, centre)
            for c, v in zip((3, 4, 5, 6), (y24, t1, de, he)):
                ws.write(r, c, v, codes.get(v, centre))
            ws.write(r, 7, kom, txt)
            exp(fil, namnd, km, status, avv)
            r += 1
    r += 1
    ws.write(r, 0, "Antal kontrollmoment: 8", bold)
    ws.write(r + 1, 0, "Nämndens bedömning: den interna kontrollen har i huvudsak fungerat tillfredsställande.")
    for c, w in enumerate([22, 55, 13, 11, 10, 14, 11, 55]):
        ws.col(c).width = w * 256
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 7. Miljö- och hälsoskyddsnämnden – .odt, free text section of the verksamhetsberättelse
# ---------------------------------------------------------------------------------------------
def build_mhn():
    from odf.opendocument import OpenDocumentText
    from odf.style import ParagraphProperties, Style, TextProperties
    from odf.text import H, P

    fil = "MHN verksamhetsberättelse 2025 - intern kontroll.odt"
    namnd = "Miljö- och hälsoskyddsnämnden"
    doc = OpenDocumentText()
    h1 = Style(name="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm"))
    doc.styles.addElement(h2)
    h3 = Style(name="Heading 3", family="paragraph")
    h3.addElement(TextProperties(fontsize="11pt", fontweight="bold", fontstyle="italic"))
    doc.styles.addElement(h3)

    def h(level, text):
        doc.text.addElement(H(outlinelevel=level, stylename={1: h1, 2: h2, 3: h3}[level], text=text))

    def p(text):
        doc.text.addElement(P(text=text))

    p("Kustvikens kommun – Miljöförvaltningen")
    h(1, "Verksamhetsberättelse 2025 – Miljö- och hälsoskyddsnämnden")
    p("Utdrag: avsnitt 5 Intern kontroll. Övriga avsnitt (ekonomi, måluppfyllelse, personal) finns i "
      "huvuddokumentet.")
    h(2, "5. Intern kontroll")
    p("Nämnden antog i december 2024 en internkontrollplan för 2025 med sex kontrollmoment. Nedan redovisas "
      "utfallet för helåret. Kontrollerna har utförts av förvaltningens administrativa enhet och rapporterats "
      "till nämnden vid delårsrapporten och i denna verksamhetsberättelse.")
    items = [
        ("5.1 Tillsynsavgifter debiteras enligt taxa",
         "Stickprov på 30 tillsynsärenden har genomförts under hösten. I två ärenden hade fel timavgift använts. "
         "Rättelse har skett och rutinen för debitering har förtydligats.",
         "Tillsynsavgifter debiteras enligt taxa", "GENOMFORD", "ja"),
        ("5.2 Uppföljning av att planerade livsmedelskontroller genomförs",
         "Uppföljningen har gjorts vid varje tertialbokslut. Vid årets slut var 168 av 210 planerade kontroller "
         "genomförda (80 procent), vilket är en avvikelse mot kontrollplanen. Orsaken är främst vakanser bland "
         "inspektörerna. Återstående kontroller prioriteras under första kvartalet 2026.",
         "Uppföljning av att planerade livsmedelskontroller genomförs", "GENOMFORD", "ja"),
        ("5.3 Delegationsbeslut anmäls till nämnden",
         "Kontrollen har påbörjats och är gjord för perioden januari–augusti utan anmärkning. Perioden "
         "september–december har inte hunnit kontrolleras före bokslutet.",
         "Delegationsbeslut anmäls till nämnden", "DELVIS", "nej"),
        ("5.4 Handläggningstid för klagomålsärenden",
         "Kontrollen har inte genomförts under 2025 på grund av hög personalomsättning på enheten. Momentet "
         "finns med även i planen för 2026.",
         "Handläggningstid för klagomålsärenden", "EJ_GENOMFORD", "nej"),
        ("5.5 Behörigheter i verksamhetssystemet EDP Vision",
         "Genomgång av samtliga behörigheter gjordes i maj. Inga avvikelser noterades.",
         "Behörigheter i verksamhetssystemet EDP Vision", "GENOMFORD", "nej"),
        ("5.6 Representation",
         "Kontrollmomentet har utgått efter beslut i nämnden 2025-06-12 § 58, eftersom representation ingår i "
         "kommunstyrelsens kommungemensamma kontroll.",
         "Representation", "UTGAR", "nej"),
    ]
    for head, body, km, status, avv in items:
        h(3, head)
        p(body)
        exp(fil, namnd, km, status, avv)
    h(3, "Samlad bedömning")
    p("Av sex kontrollmoment har tre genomförts, ett har delvis genomförts, ett har inte genomförts och ett har "
      "utgått. Nämnden bedömer att den interna kontrollen har varit tillräcklig men att resursbristen påverkat "
      "möjligheten att genomföra planen fullt ut.")
    h(2, "6. Förväntad utveckling")
    p("Under 2026 fortsätter arbetet med digitalisering av tillsynsprocessen …")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------------------------
# 8. Överförmyndarnämnden – last year's file sent by mistake, .doc with X per quarter
# ---------------------------------------------------------------------------------------------
def build_ofn():
    from docx import Document
    from docx.shared import Pt

    fil = "Överförmyndarnämnden IK-uppföljning 2024.doc"
    namnd = "Överförmyndarnämnden"
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Överförmyndarnämnden i Kustvikens kommun", level=1)
    doc.add_paragraph("Uppföljning av internkontrollplan 2024 – helår")
    doc.add_paragraph("Markera med X det kvartal då kontrollen har utförts. Tom ruta = ej utförd.")
    hdr = ["Kontrollmoment", "Frekvens", "Kv 1", "Kv 2", "Kv 3", "Kv 4", "Kommentar"]
    rows = [
        ("Årsräkningar granskas inom sex månader från inlämning", "Kvartalsvis", "X", "X", "X", "X", "",
         "GENOMFORD", "nej"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinje", "Kvartalsvis", "X", "X", "", "X",
         "Kv 3 ej kontrollerat (semester).", "DELVIS", "nej"),
        ("Nya ställföreträdare kontrolleras mot belastningsregistret", "1 gång/år", "", "X", "", "", "",
         "GENOMFORD", "nej"),
        ("Överförmyndarspärr finns på huvudmäns förvaltarkonton", "Halvårsvis", "", "", "", "",
         "Ej utförd.", "EJ_GENOMFORD", "nej"),
        ("Akter arkiveras och gallras enligt dokumenthanteringsplanen", "1 gång/år", "", "", "", "X",
         "Brister i gallringen noterade, åtgärdsplan tas fram.", "GENOMFORD", "ja"),
        ("Utlämnande av uppgifter ur akt registreras i diariet", "Kvartalsvis", "X", "X", "X", "X", "",
         "GENOMFORD", "nej"),
    ]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = ""
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:7]):
            cells[i].text = v
        exp(fil, namnd, row[0], row[7], row[8])
    doc.add_paragraph()
    doc.add_paragraph("Kustvik 2025-01-23\nLena Ahlgren, enhetschef överförmyndarenheten")
    tmp = tempfile.mkdtemp(prefix="r127_")
    src = os.path.join(tmp, os.path.splitext(fil)[0] + ".docx")
    doc.save(src)
    soffice_convert(src, "doc:MS Word 97", tmp)
    shutil.move(os.path.join(tmp, fil), os.path.join(HERE, fil))
    shutil.rmtree(tmp, ignore_errors=True)
    FILES.append((fil, "INLAST", namnd, "2024", "HELAR"))


def write_register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK|Kommunstyrelsens förvaltning"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF|Bou-nämnden"),
        ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF|Omsorgsnämnden"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
        ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN|Valkansliet"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write(f"{n};{a}\n")


def write_lists():
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        for r in FILES:
            w.writerow(r)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        for r in EXPECTED:
            w.writerow(r)


if __name__ == "__main__":
    build_kfn()
    build_sbn()
    build_sn()
    build_tn()
    build_csv()
    build_von()
    build_mhn()
    build_ofn()
    write_register()
    write_lists()
    print(f"{len(FILES)} files.csv rows, {len(EXPECTED)} controls")
