#!/usr/bin/python3
"""Blind round r371 – Storsjö kommun, T2 2025 inbox. Builds every file + CSVs deterministically."""
import csv, os, shutil, subprocess, datetime
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import docx
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/lo-round371-work"
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round371"]
FIXED = datetime.datetime(2025, 9, 12, 8, 30, 0)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, st, av):
    EXPECTED.append((fil, namnd, km, st, av))

def convert(src, fmt, fil):
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", TMP, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    shutil.move(os.path.join(TMP, base + "." + ext), os.path.join(OUT, fil))

thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1. KS xlsx
def f_ks():
    fil = "KS Internkontroll 2025 uppföljning T2.xlsx"
    N = "Kommunstyrelsen"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "IKP 2025"
    wb.properties.created = FIXED; wb.properties.modified = FIXED; wb.properties.creator = "Anna Berglund"
    ws["A1"] = "Storsjö kommun – Kommunstyrelsen"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 2"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Ansvarig förvaltning: Kommunledningsförvaltningen. Status anges som Genomförd, "
                "Genomförd med avvikelse, Pågår, Ej påbörjad eller Utgår.")
    hdr = ["Nr", "Process", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
           "Status T1", "Kommentar T1", "Status T2", "Kommentar T2"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True, color="FFFFFF"); c.border = BOX
        c.fill = PatternFill("solid", fgColor="1F4E78"); c.alignment = WRAP
    groups = [
      ("1. Ekonomi och redovisning", [
        ("1.1", "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 40 fakturor", "Tertialvis", "Ekonomichef",
         "Genomförd", "Stickprov 40 fakturor, inga avvikelser.", "Genomförd", "Stickprov 40 fakturor, 2 saknade andra attest. Rutinen förtydligad på APT.", "GENOMFORD", "ja"),
        ("1.2", "Representation", "Kontroll av att representation redovisas med syfte och deltagare", "Genomgång av samtliga representationsfakturor", "Tertialvis", "Redovisningsansvarig",
         "Pågår", "Genomgång påbörjad.", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("1.3", "Bokslut", "Avstämning av balanskonton vid tertialbokslut", "Avstämningsmallar granskas", "Tertialvis", "Redovisningsansvarig",
         "Genomförd", "", "Genomförd", "Samtliga balanskonton avstämda och dokumenterade.", "GENOMFORD", "nej"),
        ("1.4", "Kundfakturering", "Kontroll av kundfakturering – att debitering sker inom 30 dagar", "Stickprov 20 kundfakturor", "2 ggr/år", "Ekonomienheten",
         "", "", "Pågår", "Urvalet är inte klart, slutförs i oktober.", "DELVIS", ""),
      ]),
      ("2. Personal och lön", [
        ("2.1", "Behörigheter", "Kontroll av att behörigheter i lönesystemet avslutas vid avslutad anställning", "Jämförelse avslutade anställningar/aktiva konton", "1 gång/år", "HR-chef",
         "Genomförd", "3 konton var fortfarande aktiva, har stängts.", "", "", "GENOMFORD", "ja"),
        ("2.2", "Lön", "Löneutbetalningar – stickprov av manuella lönetillägg", "Stickprov 25 tillägg", "Tertialvis", "Lönechef",
         "Ej påbörjad", "", "Ej påbörjad", "Skjuts till T3 p.g.a. byte av lönesystem.", "EJ_GENOMFORD", ""),
        ("2.3", "Arbetsmiljö", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "Rapport ur HR-systemet", "Tertialvis", "HR-chef",
         "Genomförd", "", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
      ]),
      ("3. Upphandling och inköp", [
        ("3.1", "Avtalstrohet", "Avtalstrohet – stickprov av inköp mot ramavtal", "Stickprov 50 inköp", "2 ggr/år", "Upphandlingschef",
         "", "", "Genomförd med avvikelse", "Av 50 inköp gjordes 7 utanför avtal. Information till beställare.", "GENOMFORD", "ja"),
        ("3.2", "Direktupphandling", "Direktupphandlingar över 100 tkr dokumenteras enligt riktlinje", "Genomgång av diarium", "2 ggr/år", "Upphandlingschef",
         "", "", "Pågår", "", "DELVIS", ""),
        ("3.3", "Leverantörsregister", "Kontroll av leverantörsregister – ändring av bankgiro", "Logg över ändringar", "Tertialvis", "Ekonomichef",
         "Genomförd", "Inga avvikelser.", "Utgår", "Utgår enligt beslut KS 2025-05-14 § 87, ingår i ekonomienhetens löpande kontroll.", "UTGAR", ""),
      ]),
      ("4. Informationssäkerhet och IT", [
        ("4.1", "Behörigheter", "Behörighetsgranskning i ekonomisystemet", "Lista över behörigheter granskas", "1 gång/år", "IT-chef",
         "", "", "Genomförd", "Genomgång gjord, inga avvikelser.", "GENOMFORD", "nej"),
        ("4.2", "Kontinuitet", "Test av återläsning av säkerhetskopior", "Återläsningstest", "1 gång/år", "IT-chef",
         "Ej påbörjad", "", "", "Test genomfört 2025-06-12 utan anmärkning.", "GENOMFORD", "nej"),
      ]),
      ("5. Ärendehantering", [
        ("5.1", "Delegation", "Delegationsbeslut anmäls till kommunstyrelsen", "Jämförelse delegationslista/protokoll", "Tertialvis", "Kanslichef",
         "Genomförd", "", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("5.2", "Diarieföring", "Diarieföring av inkommande handlingar inom föreskriven tid", "Stickprov 30 handlingar", "2 ggr/år", "Registrator",
         "", "", "", "", "SAKNAS", ""),
      ]),
    ]
    r = 6
    for gname, rows in groups:
        ws.cell(r, 1, gname).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1
        for row in rows:
            for i, v in enumerate(row[:10], 1):
                c = ws.cell(r, i, v if v != "" else None); c.alignment = WRAP; c.border = BOX
            exp(fil, N, row[2], row[10], row[11]); r += 1
    r += 1
    ws.cell(r, 1, "Sammanställning T2: 7 genomförda, 2 pågår, 1 ej påbörjad, 1 utgår, 3 utan status T2.")
    ws.cell(r + 1, 1, "Uppdaterad 2025-09-10 / Anna Berglund, controller")
    for col, w in zip("ABCDEFGHIJ", [6, 18, 45, 28, 11, 18, 14, 30, 20, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 2. BUN docx
def f_bun():
    fil = "BUN uppföljning internkontrollplan tertial 2 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document(); d.core_properties.created = FIXED; d.core_properties.author = "Maria Lindqvist"
    d.add_paragraph("Storsjö kommun\nBarn- och utbildningsförvaltningen\nDnr BUN 2025/112")
    d.add_heading("Uppföljning av internkontrollplan 2025, tertial 2", 1)
    d.add_paragraph("Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 11 december 2024 (§ 98). "
                    "Nedan redovisas status för respektive kontrollmoment efter tertial 1 och tertial 2. "
                    "Förvaltningen bedömer att arbetet i huvudsak följer plan.")
    S = {"G": "●", "D": "◐", "E": "○", "U": "✕", "": ""}
    rows = [
      ("Ekonomi", "Inköp görs utanför avtal", "Kontroll av att inköp görs via e-handelssystemet", "Controller", "D", "G", "Stickprov 30 order, samtliga gjorda via e-handel.", "GENOMFORD", "nej"),
      ("Ekonomi", "Felaktiga utbetalningar", "Attest av fakturor för skolskjuts", "Skolskjutssamordnare", "G", "G", "En faktura attesterad av fel person, har återförts och attesterats om.", "GENOMFORD", "ja"),
      ("Ekonomi", "Intäktsbortfall", "Uppföljning av interkommunal ersättning (IKE) – att debitering sker korrekt", "Controller", "E", "D", "Genomgång av vårterminen klar, höstterminen återstår.", "DELVIS", ""),
      ("Elevhälsa och skolplikt", "Elever får inte stöd i tid", "Rutin för anmälan av kränkande behandling följs (anmälan till huvudman inom 5 dagar)", "Rektorer", "G", "G", "12 av 84 anmälningar kom in senare än 5 dagar. Påminnelse till rektorer.", "GENOMFORD", "ja"),
      ("Elevhälsa och skolplikt", "Skolplikten bevakas inte", "Uppföljning av elever med hög frånvaro enligt rutin för skolfrånvaro", "Elevhälsochef", "D", "D", "Pågår, sammanställs efter läsårsstart.", "DELVIS", ""),
      ("Elevhälsa och skolplikt", "Elever får inte stöd i tid", "Kontroll av att åtgärdsprogram upprättas och följs upp", "Elevhälsochef", "E", "E", "Flyttas till 2026 års plan på grund av omorganisation av elevhälsan.", "EJ_GENOMFORD", ""),
      ("Förskola", "Lagkrav om placering uppfylls ej", "Kontroll av köhantering – placering inom fyra månader", "Placeringshandläggare", "G", "G", "Samtliga placeringar inom lagstadgad tid.", "GENOMFORD", "nej"),
      ("Förskola", "Felaktiga avgifter", "Avgiftskontroll – inkomstuppgifter för barnomsorgsavgift", "Avgiftshandläggare", "", "U", "Utgår, kommunövergripande inkomstkontroll görs av kommunstyrelsen.", "UTGAR", ""),
      ("Personal", "Olämplig person anställs", "Kontroll av registerutdrag från belastningsregistret vid nyanställning", "HR-partner", "G", "G", "Samtliga 46 nyanställda har visat registerutdrag.", "GENOMFORD", "nej"),
      ("Personal", "Obehöriga lärare", "Legitimationskontroll av lärare vid anställning", "HR-partner", "G", "", "Kontrollerad under T1, inga avvikelser.", "GENOMFORD", "nej"),
      ("Informationssäkerhet", "Personuppgifter sprids", "Hantering av personuppgifter i lärplattformen enligt GDPR", "Dataskyddssamordnare", "E", "G D", "Se bilaga 2.", "OKLAR", ""),
      ("Informationssäkerhet", "Obehörig åtkomst", "Loggkontroll i elevhälsans journalsystem", "Verksamhetschef elevhälsa", "E", "G", "Loggkontroll genomförd i juni, inga obehöriga åtkomster.", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=7); t.style = "Table Grid"
    for i, h in enumerate(["Process", "Risk", "Kontrollmoment", "Ansvarig", "T1", "T2", "Kommentar"]):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for rn in p.runs: rn.bold = True
    start = {}
    for idx, row in enumerate(rows):
        cells = t.add_row().cells
        cells[0].text = row[0] if row[0] not in start else ""
        start.setdefault(row[0], idx + 1)
        cells[1].text = row[1]; cells[2].text = row[2]; cells[3].text = row[3]
        cells[4].text = S[row[4]]
        cells[5].text = " ".join(S[x] for x in row[5].split()) if row[5] else ""
        cells[6].text = row[6]
        exp(fil, N, row[2], row[7], row[8])
    # merge process cells vertically
    last = {}
    for idx, row in enumerate(rows):
        last[row[0]] = idx + 1
    for p, s in start.items():
        e = last[p]
        if e > s:
            a = t.cell(s, 0); a.merge(t.cell(e, 0))
            a.text = p
    d.add_paragraph("Teckenförklaring: ● = genomförd   ◐ = påbörjad/delvis genomförd   ○ = ej påbörjad   ✕ = utgår")
    d.add_paragraph("Storsjö 2025-09-08\n\nMaria Lindqvist\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 3. Stratsys CSV export, three nämnder
def f_export():
    fil = "Stratsys_export_internkontroll_2025-09-15.csv"
    data = {
      "Socialnämnden": ("Individ- och familjeomsorg", [
        ("Handläggning av ekonomiskt bistånd – kontroll av att beslut fattas enligt delegation", "Enhetschef försörjningsstöd", ("Klar", "Nej", "Stickprov 20 beslut."), ("Klar", "Nej", "Stickprov 20 beslut, samtliga enligt delegation."), "GENOMFORD", "nej"),
        ("Kontroll av utbetalningar av ekonomiskt bistånd mot beslut", "Enhetschef försörjningsstöd", ("Pågående", "", ""), ("Klar", "Ja", "2 dubbelutbetalningar upptäckta, återkrav har beslutats."), "GENOMFORD", "ja"),
        ("Orosanmälningar – förhandsbedömning inom 14 dagar", "Enhetschef barn och unga", ("Klar", "Ja", "5 % utanför tidsgräns."), ("Klar", "Ja", "8 % av förhandsbedömningarna gjordes senare än 14 dagar."), "GENOMFORD", "ja"),
        ("Uppföljning av placeringar (HVB) – avtal och fakturering", "Placeringssamordnare", ("Ej påbörjad", "", ""), ("Pågående", "", "Genomgång av avtal pågår."), "DELVIS", ""),
        ("Loggkontroll i verksamhetssystemet Lifecare", "Systemförvaltare", ("Klar", "Nej", "Loggkontroll genomförd i april, inga avvikelser."), ("", "", ""), "GENOMFORD", "nej"),
        ("Kontroll av att utredningstid 4 månader hålls", "Enhetschef barn och unga", ("Ej påbörjad", "", ""), ("Ej påbörjad", "", "Resursbrist under sommaren."), "EJ_GENOMFORD", ""),
        ("Arvoden till familjehem enligt SKR:s riktlinjer", "Enhetschef familjehem", ("Ej påbörjad", "", ""), ("Avbruten", "", "Avbruten enligt beslut SN 2025-06-18 § 64."), "UTGAR", ""),
        ("Hantering av synpunkter och klagomål", "Kvalitetsutvecklare", ("", "", ""), ("", "", ""), "SAKNAS", ""),
      ]),
      "Vård- och omsorgsnämnden": ("Äldreomsorg och LSS", [
        ("Kontroll av att genomförandeplaner upprättas inom 14 dagar", "Enhetschefer hemtjänst", ("Pågående", "", ""), ("Klar", "Nej", "Samtliga granskade planer upprättade i tid."), "GENOMFORD", "nej"),
        ("Läkemedelshantering – avvikelserapportering", "MAS", ("Klar", "Ja", "11 avvikelser."), ("Klar", "Ja", "23 avvikelser under perioden, åtgärdsplan upprättad."), "GENOMFORD", "ja"),
        ("Fakturering av hemtjänstavgifter", "Avgiftshandläggare", ("", "", ""), ("Klar", "Nej", ""), "GENOMFORD", "nej"),
        ("Kontroll av bemanningsföretag – avrop mot avtal", "Verksamhetschef", ("", "", ""), ("Pågående", "", ""), "DELVIS", ""),
        ("Nyckelhantering i hemtjänsten", "Enhetschefer hemtjänst", ("Ej påbörjad", "", ""), ("Ej påbörjad", "", "Planeras till hösten."), "EJ_GENOMFORD", ""),
        ("Behörighetskontroll i journalsystemet", "Systemförvaltare", ("", "", ""), ("Klar", "Nej", "Inga obehöriga behörigheter."), "GENOMFORD", "nej"),
        ("Kontroll av att LOV-utförare uppfyller avtalsvillkor", "Avtalsuppföljare", ("", "", ""), ("Pågående", "", "3 av 5 utförare granskade."), "DELVIS", ""),
        ("Brandskyddskontroll på särskilda boenden", "Verksamhetschef SÄBO", ("", "", ""), ("Ej aktuell", "", "Ingår i räddningstjänstens tillsyn."), "UTGAR", ""),
      ]),
      "Arbetsmarknadsnämnden": ("Arbetsmarknad", [
        ("Kontroll av utbetalning av anställningsstöd", "Enhetschef", ("", "", ""), ("Klar", "Nej", ""), "GENOMFORD", "nej"),
        ("Uppföljning av deltagare i arbetsmarknadsinsatser – närvarorapportering", "Arbetskonsulenter", ("", "", ""), ("Klar", "Ja", "Närvaro rapporterades inte för 4 deltagare."), "GENOMFORD", "ja"),
        ("Attest av fakturor för externa utbildningsanordnare", "Controller", ("", "", ""), ("Pågående", "", ""), "DELVIS", ""),
        ("Kontroll av att lönebidrag söks hos Arbetsförmedlingen", "Enhetschef", ("Klar", "Nej", ""), ("Klar", "Nej", ""), "GENOMFORD", "nej"),
        ("Hantering av kontanta medel i kaféverksamheten", "Arbetsledare", ("", "", ""), ("Ej påbörjad", "", ""), "EJ_GENOMFORD", ""),
        ("Registerkontroll vid placering av ungdomar i feriearbete", "Feriesamordnare", ("", "", ""), ("Klar", "Nej", "Samtliga handledare kontrollerade."), "GENOMFORD", "nej"),
        ("Samverkan med Försäkringskassan enligt överenskommelse", "Enhetschef", ("", "", ""), ("", "", "Se bilaga"), "OKLAR", ""),
        ("Dokumentation i verksamhetssystemet Treserva inom 5 dagar", "Enhetschef", ("", "", ""), ("Pågående", "", "Stickprov påbörjat."), "DELVIS", ""),
      ]),
    }
    hdr = ["Organisation", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Period", "Status", "Avvikelse", "Kommentar", "Senast ändrad"]
    lines = []
    for org, (area, ctrls) in data.items():
        for k, (km, ans, t1, t2, st, av) in enumerate(ctrls):
            for per, v in (("T1 2025", t1), ("T2 2025", t2)):
                date = "2025-04-28" if per.startswith("T1") else "2025-09-1%d" % (k % 5)
                if not any(v): date = ""
                lines.append(["Storsjö kommun/" + org, area, km, ans, per, v[0], v[1], v[2], date])
            exp(fil, org, km, st, av)
        FILES.append((fil, "INLAST", org, "2025", "T2"))
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr); w.writerows(lines)

# ---------------------------------------------------------------- 4. SBN xls with traffic lights
def f_sbn():
    fil = "Samhällsbyggnadsnämnden IK T2 2025.xls"
    N = "Samhällsbyggnadsnämnden"
    G, Y, R, Gr = "00B050", "FFC000", "FF0000", "A6A6A6"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Uppföljning"
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    ws["A1"] = "Samhällsbyggnadsnämnden – Uppföljning internkontroll 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Period: tertial 2 (maj–augusti 2025)"
    ws["A3"] = "Färgmarkering:"
    for col, (fc, txt) in zip("BCDE", [(G, "Genomförd"), (Y, "Delvis genomförd/pågår"), (R, "Ej genomförd"), (Gr, "Utgår")]):
        ws[col + "3"] = txt; ws[col + "3"].fill = PatternFill("solid", fgColor=fc)
    hdr = ["Kontrollområde", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "T1", "T2", "Iakttagelser/kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True); c.border = BOX; c.fill = PatternFill("solid", fgColor="D9D9D9")
    rows = [
      ("Bygglov", "Handläggningstid för bygglov inom 10 veckor enligt PBL", "Uttag ur ärendesystemet", "Bygglovschef", Y, G, "94 % inom tidsfrist, 6 ärenden försenade. Avgiftsreduktion tillämpad.", "GENOMFORD", "ja"),
      ("Bygglov", "Kontroll av att bygglovsavgifter debiteras enligt taxa", "Stickprov 25 ärenden", "Bygglovschef", G, G, "Stickprov 25 ärenden, inga fel.", "GENOMFORD", "nej"),
      ("Bygglov", "Delegationsbeslut inom bygglov anmäls till nämnden", "Jämförelse delegationslista", "Nämndsekreterare", None, G, "Inga avvikelser.", "GENOMFORD", "nej"),
      ("Bygglov", "Kontroll av att tillsyn enligt PBL (olovligt byggande) dokumenteras", "Genomgång av tillsynsärenden", "Bygglovschef", Y, None, "", "DELVIS", ""),
      ("Plan", "Planavtal upprättas innan planarbete påbörjas", "Genomgång av pågående planer", "Planchef", None, Y, "2 av 6 pågående planer saknar undertecknat planavtal.", "DELVIS", "ja"),
      ("Lantmäteri", "Debitering av förrättningskostnader", "Stickprov 10 förrättningar", "Stadsingenjör", R, R, "Ej påbörjad – personalbrist.", "EJ_GENOMFORD", ""),
      ("Lantmäteri", "Kontroll av adressregister mot folkbokföring", "Avstämning", "GIS-samordnare", None, Gr, "Utgår", "UTGAR", ""),
      ("GIS", "Behörigheter i GIS-systemet ses över", "Lista över användare", "GIS-samordnare", None, G, "", "GENOMFORD", ""),
      ("Kundtjänst", "Hantering av kontanta avgifter i kundtjänst", "Oanmäld kassainventering 3 ggr", "Administrativ chef", None, None, "Kontrollen är genomförd, kassan stämde vid samtliga tre tillfällen.", "GENOMFORD", "nej"),
      ("Upphandling", "Upphandling av konsulttjänster följer ramavtal", "Stickprov av konsultfakturor", "Förvaltningschef", None, G, "Se bilaga 3.", "GENOMFORD", ""),
    ]
    r = 6
    for row in rows:
        vals = [row[0], row[1], row[2], row[3], None, None, row[6] or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = WRAP
        if row[4]: ws.cell(r, 5).fill = PatternFill("solid", fgColor=row[4])
        if row[5]: ws.cell(r, 6).fill = PatternFill("solid", fgColor=row[5])
        exp(fil, N, row[1], row[7], row[8]); r += 1
    # merge Kontrollområde blocks
    s = 6
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][0] != rows[s - 6][0]:
            e = 6 + i - 1
            if e > s: ws.merge_cells(start_row=s, start_column=1, end_row=e, end_column=1)
            s = 6 + i
    ws.cell(r + 1, 1, "Rapporterad till nämnden 2025-09-24, Lars Nyström, förvaltningschef")
    for col, w in zip("ABCDEFG", [16, 45, 28, 20, 8, 8, 50]): ws.column_dimensions[col].width = w
    tmp = os.path.join(TMP, "sbn.xlsx"); wb.save(tmp); convert(tmp, "xls", fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 5. KFN odt, free text only
def f_kfn():
    fil = "KFN_internkontroll_T2_2025.odt"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document(); d.core_properties.created = FIXED
    d.add_heading("Kultur- och fritidsnämnden", 0)
    d.add_paragraph("Uppföljning av intern kontroll – tertial 2 2025")
    d.add_paragraph("Kultur- och fritidsförvaltningen redovisar här uppföljningen av nämndens internkontrollplan för 2025. "
                    "Planen omfattar åtta kontrollmoment. För varje kontrollmoment anges ansvarig, metod och resultat.")
    ctrls = [
      ("Föreningsbidrag betalas ut enligt gällande bidragsregler", "Föreningskonsulent", "Stickprov 15 bidragsbeslut",
       "Kontrollen är planerad till tertial 2.", "Kontrollen är genomförd. Stickprov av 15 bidragsbeslut visade att två föreningar fått bidrag utan inlämnad verksamhetsberättelse. Återkrav har skickats.", "GENOMFORD", "ja"),
      ("Kontroll av kassahantering i simhallen och på biblioteken", "Enhetschef bad och bibliotek", "Oanmäld kassainventering",
       "Ej påbörjad.", "Genomförd i juni utan anmärkning.", "GENOMFORD", "nej"),
      ("Uthyrning av lokaler – att bokningar faktureras", "Bokningsansvarig", "Jämförelse bokningar/fakturor",
       "Ej påbörjad.", "Arbetet har påbörjats men jämförelsen mot fakturorna är inte klar. Slutförs under hösten.", "DELVIS", ""),
      ("Inventering av konstsamlingen", "Konstintendent", "Fysisk inventering av 20 % av samlingen",
       "Ej påbörjad.", "Inventeringen har inte påbörjats under perioden. Flyttas till 2026.", "EJ_GENOMFORD", ""),
      ("Avtal med entreprenör för drift av ishallen följs upp", "Fritidschef", "Avtalsuppföljningsmöte",
       "Genomförd. Avtalsuppföljning gjord 2025-04-02.", "Genomförd. Avtalsuppföljning gjord 2025-05-20, inga avvikelser.", "GENOMFORD", "nej"),
      ("Barnkonventionen beaktas i beslutsunderlag", "Nämndsekreterare", "Genomgång av tjänsteskrivelser",
       "–", "Kontrollmomentet utgår efter nämndens beslut 2025-04-10 § 32 då det ingår i kommunens övergripande uppföljning.", "UTGAR", ""),
      ("Registerutdrag för ledare i lovverksamheten", "Fritidsgårdschef", "Kontroll av registerutdrag",
       "–", "Delvis genomförd: utdrag har kontrollerats för sommarlovsledarna, övriga ledare kontrolleras under hösten.", "DELVIS", ""),
      ("Behörigheter i bokningssystemet Interbook", "Systemförvaltare", "Lista över behörigheter",
       "–", "–", "SAKNAS", ""),
    ]
    for km, ans, met, t1, t2, st, av in ctrls:
        d.add_heading(km, 2)
        d.add_paragraph("Ansvarig: " + ans + "\nMetod: " + met)
        d.add_paragraph("Uppföljning T1: " + t1)
        d.add_paragraph("Uppföljning T2: " + t2)
        exp(fil, N, km, st, av)
    d.add_heading("Sammanfattande bedömning", 2)
    d.add_paragraph("Förvaltningen bedömer att nämndens interna kontroll är tillräcklig. Kvarvarande moment följs upp i helårsrapporten.")
    d.add_paragraph("Storsjö den 5 september 2025\nKarin Åberg, kultur- och fritidschef")
    tmp = os.path.join(TMP, "kfn.docx"); d.save(tmp); convert(tmp, "odt", fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 6. TN xlsx, tick columns, nämnd in print header only
def f_tn():
    fil = "TN_IK-plan_2025_uppf_tertial2.xlsx"
    N = "Tekniska nämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Uppföljning"
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    ws.oddHeader.left.text = "Tekniska nämnden"; ws.oddHeader.right.text = "Uppföljning tertial 2 2025"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning"; ws["A1"].font = Font(bold=True, size=13)
    ws["F2"] = "T2 (markera med X)"; ws.merge_cells("F2:H2"); ws["F2"].alignment = Alignment(horizontal="center")
    hdr = ["Process", "Kontrollmoment", "Ansvarig", "Frekvens", "T1 kommentar", "Genomförd", "Delvis", "Ej genomförd", "T2 kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(3, i, h); c.font = Font(bold=True); c.border = BOX; c.alignment = WRAP
    rows = [
      ("Gata/park", "Kontroll av att entreprenörers fakturor stämmer mot avtalade à-priser", "Gatuchef", "Tertialvis", "Inga avvikelser.", "G", "3 fakturor med felaktiga à-priser, kreditering begärd.", "GENOMFORD", "ja"),
      ("Gata/park", "Egenkontroll av lekplatser enligt SS-EN 1176", "Parkchef", "1 gång/år", "", "G", "Inga allvarliga brister.", "GENOMFORD", "nej"),
      ("Gata/park", "Vinterväghållning – uppföljning av utryckningstider", "Gatuchef", "1 gång/år", "", "D", "Säsongen avslutad, sammanställning pågår.", "DELVIS", ""),
      ("VA", "Provtagning av dricksvatten enligt kontrollprogram", "VA-chef", "Löpande", "Alla prover utan anmärkning.", "G", "Alla prover utan anmärkning.", "GENOMFORD", "nej"),
      ("VA", "Debitering av VA-avgifter – avläsning av mätare", "VA-ekonom", "2 ggr/år", "", "D", "", "DELVIS", ""),
      ("VA", "Kontroll av behörigheter i driftövervakningssystemet (SCADA)", "VA-chef", "1 gång/år", "", "E", "Skjuts upp till 2026.", "EJ_GENOMFORD", ""),
      ("Fastighet", "Hyresavtal för inhyrda lokaler bevakas för uppsägning", "Fastighetschef", "2 ggr/år", "", "GD", "", "OKLAR", ""),
      ("Fastighet", "Energiuppföljning per fastighet", "Energistrateg", "Tertialvis", "", "", "Utgår enligt beslut TN 2025-04-23 § 45.", "UTGAR", ""),
      ("Fastighet", "Brandskyddskontroller (SBA) i kommunens fastigheter", "Fastighetschef", "1 gång/år", "Genomförd i mars, inga brister.", "", "", "GENOMFORD", "nej"),
      ("Kost/lokalvård", "Kostenhetens livsmedelsinköp följer upphandlade avtal", "Kostchef", "Tertialvis", "", "G", "Avtalstrohet 96 %, köp utanför avtal har påtalats för berörda kök.", "GENOMFORD", "ja"),
      ("Kost/lokalvård", "Egenkontroll enligt livsmedelslagen i tillagningskök", "Kostchef", "Löpande", "", "G", "", "GENOMFORD", ""),
    ]
    r = 4
    for row in rows:
        vals = [row[0], row[1], row[2], row[3], row[4] or None,
                "X" if "G" in row[5] else None, "X" if "D" in row[5] else None, "X" if "E" in row[5] else None, row[6] or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = WRAP
            if i in (6, 7, 8): c.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, row[1], row[7], row[8]); r += 1
    ws.cell(r, 1, "Summa").font = Font(bold=True)
    for col in (6, 7, 8):
        L = "FGH"[col - 6]
        ws.cell(r, col, sum(1 for row in rows if "GDE"[col - 6] in row[5])).font = Font(bold=True)
    for col, w in zip("ABCDEFGHI", [15, 50, 16, 11, 30, 11, 9, 12, 50]): ws.column_dimensions[col].width = w
    ws.print_title_rows = "3:3"; ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 7. MHN ods, numeric codes, plan columns
def f_mhn():
    fil = "Miljö- och hälsoskyddsnämnden uppföljning IKP T2 2025.ods"
    N = "Miljö- och hälsoskyddsnämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "IKP 2025"
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    ws["A1"] = "Uppföljning internkontrollplan"; ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "Nämnd/enhet:"; ws["B3"] = "Miljö- och hälsoskyddsnämnden (Miljöförvaltningen)"
    ws["A4"] = "År:"; ws["B4"] = 2025
    ws["A5"] = "Period:"; ws["B5"] = "Tertial 2"
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Sannolikhet", "Konsekvens", "Riskvärde", "Planerad tidpunkt", "Ansvarig",
           "Status T1", "Status T2", "Konstaterad avvikelse", "Åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(7, i, h); c.font = Font(bold=True); c.border = BOX; c.alignment = WRAP
        c.fill = PatternFill("solid", fgColor="E2EFDA")
    rows = [
      ("MH-1", "Taxor och avgifter", "Tillsynsavgifter debiteras enligt taxa", 3, 3, "T1–T2", "Administrativ chef", 2, 1, "Ingen", "", "GENOMFORD", "nej"),
      ("MH-2", "Handläggning", "Handläggningstid för anmälan om värmepump", 3, 2, "T1–T3", "Enhetschef miljöskydd", 1, 1, "3 ärenden handlagda på längre tid än 6 veckor.", "Omfördelning av ärenden under semesterperioden.", "GENOMFORD", "ja"),
      ("MH-3", "Tillsyn", "Tillsynsplanen följs – antal inspektioner mot plan", 4, 3, "T1–T3", "Enhetschef livsmedel", 2, 2, "", "", "DELVIS", ""),
      ("MH-4", "Rättssäkerhet", "Jäv – kontroll av att inspektörer inte handlägger ärenden med koppling", 2, 4, "T2", "Miljöchef", None, 1, "Ingen", "", "GENOMFORD", "nej"),
      ("MH-5", "Rättssäkerhet", "Delegationsbeslut anmäls till nämnden", 2, 3, "T2", "Nämndsekreterare", None, 1, "Ingen", "", "GENOMFORD", "nej"),
      ("MH-6", "Taxor och avgifter", "Sanktionsavgifter beslutas och debiteras", 3, 3, "T2", "Enhetschef miljöskydd", None, 3, "", "Genomförs under T3.", "EJ_GENOMFORD", ""),
      ("MH-7", "Ärendehantering", "Diarieföring av klagomålsärenden", 2, 2, "T2", "Registrator", None, 4, "", "Ingår i kommunstyrelsens kontroll av diarieföring.", "UTGAR", ""),
      ("MH-8", "Register", "Kontroll av livsmedelsregistret mot anläggningar", 3, 2, "T2–T3", "Enhetschef livsmedel", None, None, "", "", "SAKNAS", ""),
      ("MH-9", "Tillsyn", "Provtagning av badvatten enligt program", 3, 4, "T2", "Miljöinspektör", None, 1, "Ett prov visade förhöjda halter av E. coli, badplatsen stängdes tillfälligt.", "Ny provtagning gav godkänt resultat.", "GENOMFORD", "ja"),
    ]
    r = 8
    for row in rows:
        vals = [row[0], row[1], row[2], row[3], row[4], row[3] * row[4], row[5], row[6], row[7], row[8], row[9] or None, row[10] or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.border = BOX; c.alignment = WRAP
        exp(fil, N, row[2], row[11], row[12]); r += 1
    r += 1
    ws.cell(r, 1, "Statuskoder:"); ws.cell(r, 2, "1 = Genomförd   2 = Påbörjad   3 = Ej påbörjad   4 = Utgår")
    ws.cell(r + 1, 1, "Riskvärde = sannolikhet × konsekvens (1–4).")
    ws.cell(r + 3, 1, "Upprättad av: Erik Sandberg, miljöchef, 2025-09-09")
    for col, w in zip("ABCDEFGHIJKL", [13, 18, 45, 11, 11, 10, 12, 20, 9, 9, 40, 35]): ws.column_dimensions[col].width = w
    tmp = os.path.join(TMP, "mhn.xlsx"); wb.save(tmp); convert(tmp, "ods", fil)
    FILES.append((fil, "INLAST", N, "2025", "T2"))

# ---------------------------------------------------------------- 8. reject: Excel owner/lock file
def f_lock():
    fil = "~$KS Internkontroll 2025 uppföljning T2.xlsx"
    user = "Anna Berglund"
    b = bytes([len(user)]) + user.encode("latin-1") + b" " * (53 - len(user))
    b += bytes([len(user), 0]) + user.encode("utf-16-le") + b"\x20\x00" * (54 - len(user))
    with open(os.path.join(OUT, fil), "wb") as f: f.write(b[:165])
    FILES.append((fil, "AVVISAD", "", "", ""))

def main():
    os.makedirs(TMP, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn not in ("make_round.py", "README.md"): os.remove(os.path.join(OUT, fn))
    f_ks(); f_bun(); f_export(); f_sbn(); f_kfn(); f_tn(); f_mhn(); f_lock()
    reg = [
      ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
      ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
      ("Gymnasie- och vuxenutbildningsnämnden", "GVN|Gymnasie- och vuxenutbildningsförvaltningen"),
      ("Socialnämnden", "SN|Socialförvaltningen"),
      ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
      ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknadsförvaltningen"),
      ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
      ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
      ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
      ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
      ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ]
    def wcsv(name, hdr, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(hdr); w.writerows(rows)
    wcsv("namnder.csv", ["nämnd", "alias"], reg)
    wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print(len(FILES), "file rows;", len(EXPECTED), "controls")

if __name__ == "__main__":
    main()
