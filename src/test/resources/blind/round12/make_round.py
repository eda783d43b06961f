#!/usr/bin/python3
"""Blind round 12 - Tjärnåsens kommun, internkontroll 2025 (uppföljning, januari 2026)."""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
KOMMUN = "Tjärnåsens kommun"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)
README = []

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def exp(fil, namnd, text, status, avv):
    assert ";" not in text and "\n" not in text and len(text) >= 25, text
    EXPECTED.append((fil, namnd, text, status, avv))


def props(wb, who, day):
    wb.properties.creator = who
    wb.properties.lastModifiedBy = who
    wb.properties.created = datetime.datetime(2025, 12, 1, 8, 30)
    wb.properties.modified = datetime.datetime(2026, 1, day, 15, 10)


def soffice_convert(src, fmt, outdir):
    prof = tempfile.mkdtemp(prefix="lo-round12-")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", fmt, "--outdir", outdir, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


# ---------------------------------------------------------------------------
# 1. BUN - own Excel template, title block, "Bedömning*" A-D, legend as footnote after signatures
# ---------------------------------------------------------------------------
def bun():
    fil = "BUN_internkontroll_helar_2025.xlsx"
    namnd = "Barn- och utbildningsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning helår"
    props(wb, "Eva Nilsson Lidström", 15)
    ws["A1"] = KOMMUN
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Barn- och utbildningsnämnden"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A3"].font = Font(italic=True, size=12)
    ws["A4"] = "Upprättad av: Förvaltningskontoret, Barn- och utbildningsförvaltningen"
    ws["F4"] = "Dnr BUN 2025/0412"
    ws["A5"] = "Behandlas i nämnden: 2026-01-28"
    heads = ["Nr", "Process/rutin", "Vad kontrolleras", "Omfattning/metod", "Ansvarig",
             "Bedömning*", "Iakttagelser", "Åtgärd/kommentar"]
    r = 7
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("G", "EKONOMI"),
        ("C", ["1.1", "Attest", "Att leverantörsfakturor attesteras av behörig attestant enligt attestförteckningen",
               "Stickprov 40 fakturor, två tillfällen", "Controller", "A",
               "Inga avvikelser i stickprovet.", ""],
         "GENOMFORD", "nej"),
        ("C", ["1.2", "Skolskjuts", "Att kostnader för skolskjuts faktureras enligt gällande avtal och ruttplanering",
               "Genomgång av 25 fakturor", "Skolskjutssamordnare", "B",
               "3 av 25 fakturor avsåg körningar som inte fanns i ruttplanen.", "Kreditering har begärts av entreprenören."],
         "GENOMFORD", "ja"),
        ("C2", ["1.3", "Avgifter", "Att avgifter för förskola och fritidshem debiteras enligt gällande taxa",
                "Stickprov 30 hushåll", "Avgiftshandläggare", "C",
                "Avgiftskontrollen mot inkomstuppgifter har påbörjats men inte slutförts på grund av systembyte.",
                "Slutförs i mars 2026."],
         "och att inkomstuppgifter har stämts av mot Skatteverket",
         "DELVIS", "nej"),
        ("G", "PERSONAL"),
        ("C", ["2.1", "Rekrytering", "Att anställningar av lärare föregås av kontroll av lärarlegitimation",
               "Samtliga nyanställningar", "HR-konsult", "A",
               "Samtliga 31 nyanställda lärare kontrollerade i Skolverkets register.", ""],
         "GENOMFORD", "nej"),
        ("C", ["2.2", "Rekrytering", "Att utdrag ur belastningsregistret har uppvisats före anställning inom förskola och skola",
               "Stickprov 20 anställningar", "HR-konsult", "B",
               "2 av 20 kontrollerade anställningar saknade dokumenterat utdrag.", "Rutinen har förtydligats för rektorer."],
         "GENOMFORD", "ja"),
        ("C", ["2.3", "Lön", "Att timanställda vikariers tidrapporter attesteras av närmaste chef före löneutbetalning",
               "Stickprov oktober", "Löneadministratör", "D",
               "Kontrollen har inte hunnits med under hösten.", "Flyttas till plan 2026."],
         "EJ_GENOMFORD", "nej"),
        ("G", "VERKSAMHET OCH ELEVHÄLSA"),
        ("C", ["3.1", "Kränkande behandling", "Att anmälningar om kränkande behandling rapporteras till huvudmannen utan dröjsmål",
               "Genomgång av samtliga anmälningar", "Kvalitetsstrateg", "A",
               "64 anmälningar granskade, samtliga anmälda till huvudmannen inom en vecka.", ""],
         "GENOMFORD", "nej"),
        ("C", ["3.2", "Särskilt stöd", "Att beslut om särskilt stöd och åtgärdsprogram dokumenteras och följs upp enligt skollagen",
               "Stickprov 3 skolor", "Rektor", "", "Se bilaga 2", ""],
         "OKLAR", "nej"),
        ("C", ["3.3", "Frånvaro", "Att elever med problematisk frånvaro uppmärksammas och att vårdnadshavare kontaktas",
               "Samtliga grundskolor", "Elevhälsochef", "C",
               "Kontrollen genomförd på 4 av 6 skolor, resterande skolor kontrolleras i februari 2026. Inga brister hittills.", ""],
         "DELVIS", "nej"),
        ("G", "INFORMATIONSSÄKERHET"),
        ("C", ["4.1", "Behörigheter", "Att behörigheter i elevdokumentationssystemet tas bort när personal slutar sin anställning",
               "Jämförelse mot personalsystemet", "Systemförvaltare", "B",
               "11 konton för avslutade anställningar var fortfarande aktiva.", "Kontona är avslutade."],
         "GENOMFORD", "ja"),
        ("C", ["4.2", "Allmänna handlingar", "Att utlämnande av allmän handling ur elevakter föregås av sekretessprövning",
               "", "Registrator", "Utgår", "", "Enligt beslut BUN 2025-05-20 § 48, ersätts av kontroll i 2026 års plan."],
         "UTGAR", "nej"),
    ]
    r = 8
    n = 0
    for row in rows:
        if row[0] == "G":
            ws.cell(r, 1, row[1]).font = BOLD
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        vals = row[1]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
        text = vals[2]
        if row[0] == "C2":
            r += 1
            ws.cell(r, 3, row[2]).alignment = WRAP
            for c in range(1, 9):
                ws.cell(r, c).border = BOX
            text = text + " " + row[2]
            status, avv = row[3], row[4]
        else:
            status, avv = row[2], row[3]
        exp(fil, namnd, text, status, avv)
        n += 1
        r += 1
    r += 1
    ws.cell(r, 1, "Antal kontrollmoment i planen")
    ws.cell(r, 6, n).font = BOLD
    r += 3
    ws.cell(r, 1, "Ort och datum: Tjärnåsen 2026-01-15")
    r += 2
    ws.cell(r, 1, "Underskrift förvaltningschef: ______________________________")
    r += 1
    ws.cell(r, 1, "Namnförtydligande: Eva Nilsson Lidström")
    r += 3
    ws.cell(r, 1, "* Bedömning: A = Genomförd utan anmärkning   B = Genomförd, brister konstaterade (se iakttagelser)   "
                  "C = Påbörjad/delvis genomförd   D = Ej genomförd").font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", [6, 18, 48, 24, 18, 11, 48, 34]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    README.append(f"- `{fil}` – BUN:s egen Excelmall med titelblock, gruppering EKONOMI/PERSONAL… (sammanslagna rader), "
                  "statuskolumn \"Bedömning*\" med A–D; förklaringen står som fotnot UNDER underskrifterna; 1.3 löper över två rader; "
                  "3.2 bara \"Se bilaga 2\" (OKLAR); 4.2 \"Utgår\"; B = genomförd med avvikelse; rad \"Antal kontrollmoment\".")


# ---------------------------------------------------------------------------
# 2. Socialnämnden - Word, one table per process, Status delår | Status helår
# ---------------------------------------------------------------------------
def sn():
    fil = "Socialnämnden uppföljning IKP 2025.docx"
    namnd = "Socialnämnden"
    doc = Document()
    doc.core_properties.author = "Socialförvaltningen"
    doc.core_properties.created = datetime.datetime(2025, 12, 3, 9, 0)
    doc.core_properties.modified = datetime.datetime(2026, 1, 19, 11, 0)
    doc.core_properties.title = "Uppföljning internkontrollplan 2025"
    doc.add_heading("Helårsuppföljning av Socialnämndens internkontrollplan 2025", level=1)
    doc.add_paragraph(
        "Socialnämnden antog sin internkontrollplan för 2025 i december 2024. Planen bygger på en risk- och "
        "väsentlighetsanalys där nio kontrollmoment valdes ut. Nedan redovisas resultatet per process, med status "
        "vid delårsuppföljningen (augusti) och vid helår. Där avvikelser konstaterats beskrivs vidtagna åtgärder i kommentaren.")
    heads = ["Kontrollmoment", "Metod/frekvens", "Status delår", "Status helår", "Avvikelse", "Kommentar"]
    procs = [
        ("Process: Ekonomiskt bistånd", [
            ("Stickprov på att utbetalningar av ekonomiskt bistånd har beslut som attesterats av behörig handläggare",
             "Stickprov 20 akter per tertial", "Genomförd", "Genomförd", "Nej", "Inga fel upptäcktes.", "GENOMFORD", "nej"),
            ("Kontroll att hembesök genomförs vid långvarigt försörjningsstöd enligt nämndens riktlinje",
             "Genomgång av ärenden > 10 månader", "Pågår", "Delvis genomförd", "Ja",
             "Hembesök saknades i 5 av 12 granskade ärenden. Granskningen av resterande ärenden fortsätter 2026.", "DELVIS", "ja"),
        ]),
        ("Process: Barn och unga", [
            ("Att förhandsbedömning av orosanmälningar görs inom 14 dagar enligt socialtjänstlagen",
             "Uttag ur verksamhetssystemet", "Genomförd", "", "Nej",
             "Kontrollen gjordes i samband med delårsuppföljningen.", "GENOMFORD", "nej"),
            ("Att utredningar avslutas inom fyra månader eller att beslut om förlängd utredningstid finns",
             "Uttag ur verksamhetssystemet", "Ej påbörjad", "Genomförd", "Ja",
             "7 utredningar överskred fyra månader utan beslut om förlängning.", "GENOMFORD", "ja"),
            ("Att placerade barn har en utsedd socialsekreterare och besöks i den omfattning lagen kräver",
             "Stickprov 10 placeringar", "", "Se bilaga 3", "", "", "OKLAR", "nej"),
        ]),
        ("Process: Informationssäkerhet och delegation", [
            ("Att loggkontroller i verksamhetssystemet görs månadsvis för att upptäcka obehörig åtkomst",
             "Månadsvis loggkontroll", "Genomförd", "Ej genomförd", "Nej",
             "Den månatliga loggkontrollen har inte gjorts sedan augusti på grund av vakans.", "EJ_GENOMFORD", "nej"),
            ("Att delegationsbeslut anmäls till socialnämnden vid nästkommande sammanträde",
             "Jämförelse delegationslistor och protokoll", "Genomförd", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        ]),
        ("Process: Familjehem och köpt vård", [
            ("Att fakturor för externa placeringar stäms av mot beslut och avtalad dygnskostnad",
             "Samtliga fakturor T2", "Pågår", "Utgår", "",
             "Ersatt av kommungemensam kontroll enligt KS beslut 2025-09-15 § 142.", "UTGAR", "nej"),
            ("Att familjehem har utretts och att registerutdrag inhämtats före placering",
             "Stickprov 8 familjehem", "", "", "", "", "SAKNAS", "nej"),
        ]),
    ]
    for title, ctrls in procs:
        doc.add_heading(title, level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            t.rows[0].cells[i].text = h
            for p in t.rows[0].cells[i].paragraphs:
                for run in p.runs:
                    run.bold = True
        for c in ctrls:
            cells = t.add_row().cells
            for i in range(6):
                cells[i].text = c[i]
            exp(fil, namnd, c[0], c[6], c[7])
        doc.add_paragraph("")
    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph("Socialnämndens interna kontroll bedöms i huvudsak vara tillräcklig. Två kontrollmoment visar "
                      "avvikelser som kräver fortsatta åtgärder under 2026.")
    doc.add_paragraph("Tjärnåsen 2026-01-19\n\nAnna-Karin Berglund\nSocialchef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    README.append(f"- `{fil}` – Word med inledande prosa och en tabell per process; kolumner \"Status delår | Status helår\": "
                  "blank helår behåller delår, \"Se bilaga 3\" (OKLAR), \"Utgår\" (UTGAR), helt tom rad (SAKNAS); egen Avvikelse-kolumn; "
                  "sammanfattning och underskrift efter tabellerna.")


# ---------------------------------------------------------------------------
# 3. KFN - Word form, one label/value table per control, tick boxes, delår
# ---------------------------------------------------------------------------
def kfn():
    fil = "Kontrollrapport KFN delår 2025.docx"
    namnd = "Kultur- och fritidsnämnden"
    doc = Document()
    doc.core_properties.author = "Johan Sörlin"
    doc.core_properties.created = datetime.datetime(2025, 9, 1, 9, 0)
    doc.core_properties.modified = datetime.datetime(2025, 9, 22, 14, 0)
    p = doc.add_paragraph()
    run = p.add_run("KONTROLLRAPPORT – INTERN KONTROLL")
    run.bold = True
    run.font.size = Pt(16)
    doc.add_paragraph("Kultur- och fritidsnämnden, " + KOMMUN)
    doc.add_paragraph("Delårsuppföljning 2025 (januari–augusti)")
    ins = doc.add_paragraph("Instruktion: Fyll i en blankett per kontrollmoment. Kryssa i den ruta som stämmer (☒). "
                            "Beskriv iakttagelser även när kontrollen inte kunnat genomföras.")
    ins.runs[0].italic = True

    def ticks(opts, chosen):
        return "   ".join(("☒ " if o in chosen else "☐ ") + o for o in opts)

    forms = [
        ("Att bidrag till föreningar betalas ut enligt beslutade bidragsnormer och inlämnade underlag",
         "Föreningshandläggare", {"Ja"}, "Stickprov på 15 utbetalningar, samtliga korrekta.", set(), "Ingen.",
         "GENOMFORD", "nej"),
        ("Att uthyrning av idrottshallar debiteras enligt fastställd taxa i bokningssystemet",
         "Bokningsansvarig", {"Ja"}, "4 bokningar hade debiterats med ungdomstaxa trots att hyresgästen var en vuxenförening.",
         {"Ja"}, "Tilläggsfakturor skickade. Behörighet att ändra taxa begränsad.", "GENOMFORD", "ja"),
        ("Att kontanthanteringen i simhallens kassa redovisas och stäms av dagligen",
         "Badmästare", {"Delvis"}, "Dagliga avstämningar görs, men kassarapporter för juni saknas.", {"Ja"},
         "Rutinen gås igenom med sommarpersonal inför 2026.", "DELVIS", "ja"),
        ("Att inköp av konst till den offentliga miljön följer inköpspolicyn och nämndens beslut",
         "Kulturstrateg", set(), "Kontrollen har inte genomförts under perioden. Planeras till hösten.", set(), "",
         "EJ_GENOMFORD", "nej"),
        ("Att lånehandlingar och personuppgifter i bibliotekssystemet gallras enligt dokumenthanteringsplanen",
         "Bibliotekschef", {"Ja", "Nej"}, "", set(), "", "OKLAR", "nej"),
        ("Att ledare i verksamhet med barn och unga har lämnat utdrag ur belastningsregistret",
         "Fritidsgårdsföreståndare", set(), "", set(), "", "SAKNAS", "nej"),
    ]
    for i, f in enumerate(forms, 1):
        doc.add_paragraph("")
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        pairs = [
            ("Kontrollmoment nr", str(i)),
            ("Kontrollmoment", f[0]),
            ("Kontrollansvarig", f[1]),
            ("Genomförd", ticks(["Ja", "Delvis", "Nej"], f[2])),
            ("Iakttagelser", f[3]),
            ("Avvikelse konstaterad", ticks(["Ja", "Nej"], f[4] if f[4] else ({"Nej"} if f[3] and f[2] else set()))),
            ("Åtgärd", f[5]),
        ]
        for k, v in pairs:
            cells = t.add_row().cells
            cells[0].text = k
            cells[0].paragraphs[0].runs[0].bold = True
            cells[1].text = v
        exp(fil, namnd, f[0], f[6], f[7])
    doc.add_paragraph("")
    doc.add_paragraph("Rapporten upprättad av: Johan Sörlin, verksamhetscontroller, 2025-09-22")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    README.append(f"- `{fil}` – Word-blankett, en tvåkolumns etikett/värde-tabell per kontrollmoment, kryssrutor ☒/☐ för "
                  "Genomförd (Ja/Delvis/Nej) och Avvikelse; nr 4 inget kryss men texten säger ej genomförd; nr 5 både Ja och Nej "
                  "ikryssade (OKLAR); nr 6 tom (SAKNAS); delår.")


# ---------------------------------------------------------------------------
# 4. Stratsys-like CSV export, three nämnder, one row per control and period
# ---------------------------------------------------------------------------
def export_csv():
    fil = "Stratsys_export_internkontroll_2025.csv"
    KS, VON, TN = "Kommunstyrelsen", "Vård- och omsorgsnämnden", "Tekniska nämnden"
    org = {KS: "Kommunstyrelsen", VON: "Vård- och omsorgsförvaltningen", TN: "Tekniska nämnden"}
    # (nämnd, process, text, [(period, status, avvikelse, kommentar, ändrad)], exp_status, exp_avv)
    D, H = "Delår 2025", "Helår 2025"
    ctrls = [
        (KS, "Upphandling", "Kontroll att direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         [(D, "Pågående", "", "Stickprov jan–jun; sammanställning pågår", "2025-09-10 09:12"),
          (H, "Genomförd", "Ja", "Dokumentation saknades för 3 av 18 direktupphandlingar.", "2026-01-09 13:40")],
         "GENOMFORD", "ja"),
        (KS, "Ekonomi", "Kontroll av att nya leverantörer och ändrade bankuppgifter verifieras mot oberoende källa",
         [(D, "Genomförd", "Nej", "", "2025-09-02 10:05"),
          (H, "Genomförd", "Nej", "Inga avvikelser.", "2026-01-08 08:51")],
         "GENOMFORD", "nej"),
        (KS, "Lön", "Uppföljning att löneutbetalningar till avslutade anställningar har stoppats i tid",
         [(D, "Ej påbörjad", "", "", "2025-09-02 10:07"),
          (H, "Pågående", "", "Stickprov november–december pågår.", "2026-01-12 07:58")],
         "DELVIS", "nej"),
        (KS, "Förtroendekänsliga poster", "Kontroll att representation och resor har syfte och deltagare angivna i underlaget",
         [(D, "Genomförd", "Ja", "Deltagarförteckning saknades vid 6 tillfällen.", "2025-09-11 15:22"),
          (H, "", "", "", "")],
         "GENOMFORD", "ja"),
        (KS, "IT", "Granskning att systemägaren har genomfört årlig behörighetsgenomgång i ekonomisystemet",
         [(D, "Pågående", "", "", "2025-09-02 10:09"),
          (H, "Avbruten", "", "Systemägaren slutade i oktober och genomgången avbröts.", "2026-01-07 11:30")],
         "EJ_GENOMFORD", "nej"),
        (VON, "Hemtjänst", "Kontroll att genomförandeplaner upprättas inom 14 dagar efter verkställt beslut om hemtjänst",
         [(D, "Genomförd", "Ja", "Genomförandeplan saknades eller var försenad i 9 av 40 ärenden.", "2025-09-15 14:00"),
          (H, "Genomförd", "Ja", "Förbättring: 3 av 40 ärenden försenade.", "2026-01-10 09:45")],
         "GENOMFORD", "ja"),
        (VON, "Kvalitet", "Kontroll att avvikelser enligt HSL och SoL rapporteras och analyseras i avvikelsesystemet",
         [(D, "Pågående", "", "", "2025-09-15 14:02"),
          (H, "Pågående", "", "Analysdelen återstår för två enheter.", "2026-01-10 09:47")],
         "DELVIS", "nej"),
        (VON, "Läkemedel", "Kontroll att läkemedelsförråd på särskilda boenden inventeras och narkotikaklassade läkemedel räknas",
         [(D, "Genomförd", "Nej", "", "2025-09-15 14:05"),
          (H, "Genomförd", "Nej", "", "2026-01-10 09:50")],
         "GENOMFORD", "nej"),
        (VON, "Hemtjänst", "Uppföljning att utförd tid i hemtjänsten stämmer mot registrerad tid i planeringssystemet",
         [(D, "Ej påbörjad", "", "", "2025-09-15 14:06"),
          (H, "Ej aktuell", "", "Utgår efter beslut VON 2025-10-22 § 87.", "2026-01-10 09:52")],
         "UTGAR", "nej"),
        (VON, "LSS", "Kontroll att beslut om LSS-insatser verkställs inom tre månader och rapporteras till IVO",
         [(D, "Genomförd", "Ja", "Två ej verkställda beslut.\nRapporterade till IVO i juni.", "2025-09-15 14:10"),
          (H, "Genomförd", "Ja", "Ett beslut är fortfarande ej verkställt.\nRapporterat till IVO; nästa rapport i mars.", "2026-01-10 09:58")],
         "GENOMFORD", "ja"),
        (TN, "Fastighet", "Kontroll att arbetsordrar för fastighetsunderhåll attesteras innan fakturering sker",
         [(D, "Genomförd", "Nej", "", "2025-09-08 08:30"),
          (H, "Genomförd", "Nej", "", "2026-01-09 10:15")],
         "GENOMFORD", "nej"),
        (TN, "VA", "Kontroll att mätaravläsningar för VA-debitering görs och att schablondebitering inte används mer än två år i följd",
         [(D, "Pågående", "", "", "2025-09-08 08:33"),
          (H, "Genomförd", "Ja", "212 abonnenter hade schablondebiterats tre år eller mer.", "2026-01-09 10:20")],
         "GENOMFORD", "ja"),
        (TN, "Fordon", "Kontroll att drivmedelskort för kommunens fordon används enligt riktlinjen för tjänstefordon",
         [(D, "Ej påbörjad", "", "", "2025-09-08 08:35"),
          (H, "", "", "", "")],
         "EJ_GENOMFORD", "nej"),
        (TN, "Upphandling", "Kontroll att entreprenörer i pågående entreprenader har F-skatt och betalda skatter",
         [(D, "Ej påbörjad", "", "", "2025-09-08 08:36"),
          (H, "Genomförd", "Nej", "Kontroll via Skatteverket för 27 entreprenörer.", "2026-01-09 10:24")],
         "GENOMFORD", "nej"),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as fh:
        w = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Rapport: Internkontroll – kontrollmoment", "", "", "", "", "", "", ""])
        w.writerow(["Urval: År = 2025; Perioder = Delår, Helår", "", "", "", "", "", "", ""])
        w.writerow(["Organisation", "Process", "Kontrollmoment", "Period", "Status", "Avvikelse", "Kommentar", "Senast ändrad"])
        for namnd, proc, text, periods, st, av in ctrls:
            for per, s, a, k, t in periods:
                w.writerow([org[namnd], proc, text, per, s, a, k, t])
            exp(fil, namnd, text, st, av)
    for n in (KS, VON, TN):
        FILES.append((fil, "INLAST", n, "2025", "HELAR"))
    README.append(f"- `{fil}` – Stratsys-liknande export, cp1252, semikolon, CRLF, två rapportrader före rubriken (den andra med "
                  "\";\" inom citattecken), en rad per kontrollmoment och period (Delår/Helår), tre nämnder varav VON som "
                  "\"Vård- och omsorgsförvaltningen\"; tomma helårsrader behåller delår; \"Avbruten\" (EJ_GENOMFORD), "
                  "\"Ej aktuell\" (UTGAR); kommentarer med radbrytning inom citattecken.")


# ---------------------------------------------------------------------------
# 5. BMN - nämnd only in the print header, "Resultat" as status heading, no period
# ---------------------------------------------------------------------------
def bmn():
    fil = "Internkontroll 2025 uppföljning.xlsx"
    namnd = "Bygg- och miljönämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    props(wb, "Lisa Forsberg", 12)
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Risk/område", "Kontrollaktivitet", "Metod", "Resultat", "Avvikelse (J/N)", "Kommentar"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(3, c, h)
        cell.font = BOLD
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BOX
    rows = [
        ("Bygglov", "Att bygglov beslutas inom den lagstadgade handläggningstiden om tio veckor",
         "Uttag ur ärendesystemet", "Genomförd", "J",
         "12 av 148 ärenden överskred tiden; avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
        ("Delegation", "Att beslut fattade på delegation återrapporteras till nämnden månadsvis",
         "Jämförelse mot protokoll", "Genomförd", "N", "", "GENOMFORD", "nej"),
        ("Taxor", "Att tillsynsavgifter för livsmedelskontroll faktureras enligt fastställd taxa och kontrollplan",
         "Stickprov 30 objekt", "Delvis genomförd", "N", "Hälften av objekten kontrollerade, resten under våren.",
         "DELVIS", "nej"),
        ("Tillsyn", "Att ärenden om olovligt byggande registreras och handläggs utan oskäligt dröjsmål",
         "Genomgång av öppna ärenden", "Ej genomförd", "", "Resursbrist under hösten.", "EJ_GENOMFORD", "nej"),
        ("Strandskydd", "Att beslut om strandskyddsdispens skickas till länsstyrelsen inom föreskriven tid",
         "Samtliga beslut", "Genomförd", "J", "2 beslut skickades för sent.", "GENOMFORD", "ja"),
        ("Avgifter", "Att debitering av planavgift sker i samband med bygglovsbeslutet",
         "Stickprov 20 beslut", "", "", "Kontrollen är genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("Arkiv", "Att avslutade miljötillsynsärenden arkiveras i e-arkivet enligt dokumenthanteringsplanen",
         "Stickprov", "Osäkert", "", "Oklart om alla ärenden fördes över vid systembytet.", "OKLAR", "nej"),
    ]
    for i, row in enumerate(rows, 4):
        for c, v in enumerate(row[:6], 1):
            cell = ws.cell(i, c, v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
        exp(fil, namnd, row[1], row[6], row[7])
    for col, w in zip("ABCDEF", [16, 52, 24, 18, 14, 46]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Bygg- och miljönämnden"
    ws.oddHeader.center.size = 12
    ws.oddHeader.center.font = "Calibri,Bold"
    ws.oddHeader.right.text = "Sida &P av &N"
    ws.oddFooter.left.text = "&F"
    ws.oddFooter.right.text = "Utskrivet &D"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", ""))
    README.append(f"- `{fil}` – generiskt filnamn, nämnden finns BARA i sidhuvudet för utskrift (\"Bygg- och miljönämnden\"); "
                  "statusrubrik \"Resultat\", \"Avvikelse (J/N)\"; tom Resultat men kommentaren säger genomförd; \"Osäkert\" (OKLAR); "
                  "ingen period angiven (period tom).")


# ---------------------------------------------------------------------------
# 6. AMN - status only as cell fill colour, legend beside the table
# ---------------------------------------------------------------------------
def amn():
    fil = "AMN IK 2025 helår.xlsx"
    namnd = "Arbetsmarknadsnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    props(wb, "Maria Lindqvist", 16)
    ws["A1"] = "Arbetsmarknadsnämnden"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – helårsuppföljning"
    ws["A3"] = "Ansvarig: Arbetsmarknadschef"
    GREEN, YELLOW, RED, GREY = "00B050", "FFC000", "FF0000", "BFBFBF"
    heads = ["Nr", "Område", "Aktivitet", "Kontrollmetod", "Status", "Kommentar"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(5, c, h)
        cell.font = BOLD
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
    rows = [
        (1, "Beslut", "Kontroll att anvisningar till arbetsmarknadsinsatser har ett dokumenterat beslut",
         "Stickprov 25 deltagare", GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
        (2, "Statsbidrag", "Kontroll att lönebidrag och anställningsstöd från Arbetsförmedlingen återsöks varje månad",
         "Avstämning mot huvudbok", GREEN, "Återsökning hade missats för september (48 tkr). Rättat i oktober.",
         "GENOMFORD", "ja"),
        (3, "Feriearbete", "Kontroll att deltagare i feriearbete har registrerade anställningsavtal och lönegrundande underlag",
         "Samtliga 96 ferieanställda", YELLOW, "Avtalen kontrollerade, genomgång av löneunderlag kvarstår.",
         "DELVIS", "nej"),
        (4, "Etablering", "Kontroll att närvarorapportering i etableringsprogrammet lämnas till Arbetsförmedlingen i tid",
         "Månadsvis avstämning", RED, "Har inte hunnits med.", "EJ_GENOMFORD", "nej"),
        (5, "Ersättningar", "Kontroll att utbetalningar av praktikersättning överensstämmer med närvarolistorna",
         "Stickprov 2 månader", None, "", "SAKNAS", "nej"),
        (6, "Inköp", "Kontroll att inköp till arbetsmarknadsenhetens second hand-butik sker via avtalade leverantörer",
         "Fakturagenomgång", GREY, "Butiken avvecklades i juni 2025.", "UTGAR", "nej"),
    ]
    for i, row in enumerate(rows, 6):
        for c, v in enumerate([row[0], row[1], row[2], row[3], None, row[5]], 1):
            cell = ws.cell(i, c, v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
        if row[4]:
            ws.cell(i, 5).fill = PatternFill("solid", fgColor=row[4])
        exp(fil, namnd, row[2], row[6], row[7])
    # legend beside the table
    ws["H5"] = "Förklaring status"
    ws["H5"].font = BOLD
    for j, (col, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Påbörjad / delvis genomförd"),
                                    (RED, "Ej genomförd"), (GREY, "Utgår")], 6):
        ws.cell(j, 8).fill = PatternFill("solid", fgColor=col)
        ws.cell(j, 8).border = BOX
        ws.cell(j, 9, txt)
    for col, w in zip("ABCDEFGHI", [5, 14, 52, 24, 10, 46, 3, 5, 28]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    README.append(f"- `{fil}` – status ENBART som cellfärg (grön/gul/röd/grå) i tom Status-kolumn, teckenförklaring med färgrutor "
                  "till höger om tabellen; en ofärgad rad (SAKNAS); avvikelse bara i kommentaren (nr 2).")


# ---------------------------------------------------------------------------
# 7. Servicenämnden - .xls, T1 | T2 | T3/Helår codes 1/2/3/U, legend on another sheet, totals row
# ---------------------------------------------------------------------------
def service(tmp):
    fil = "Servicenämnden IKP 2025 tertialuppföljning.xls"
    namnd = "Servicenämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    props(wb, "Per Öberg", 9)
    ws["A1"] = "SERVICENÄMNDEN – INTERNKONTROLLPLAN 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Tertialuppföljning (statuskoder, se flik Förklaring)"
    ws["A4"] = "Kontrollmoment"
    ws["B4"] = "Ansvar"
    ws["C4"] = "Frekvens"
    ws["D4"] = "Status"
    ws["G4"] = "Avvikelse"
    ws["H4"] = "Kommentar"
    ws.merge_cells("D4:F4")
    for c in "ABCGH":
        ws.merge_cells(f"{c}4:{c}5")
    ws["D5"], ws["E5"], ws["F5"] = "T1", "T2", "T3/Helår"
    for r in (4, 5):
        for c in range(1, 9):
            ws.cell(r, c).font = BOLD
            ws.cell(r, c).border = BOX
            ws.cell(r, c).fill = PatternFill("solid", fgColor="FCE4D6")
            ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    rows = [
        ("Att löneförändringar registreras i lönesystemet först efter attest av behörig chef",
         "Lönechef", "Tertial", "1", "1", "1", "Nej", "", "GENOMFORD", "nej"),
        ("Att kostenhetens livsmedelsinköp görs från upphandlade leverantörer (avtalstrohet)",
         "Kostchef", "Tertial", "2", "2", "", "Ja", "Avtalstrohet 87 % mot målet 95 %.", "DELVIS", "ja"),
        ("Att IT-behörigheter för administratörskonton granskas och dokumenteras varje tertial",
         "IT-chef", "Tertial", "3", "2", "1", "Nej", "", "GENOMFORD", "nej"),
        ("Att städentreprenörens fakturor stäms av mot avtalad städfrekvens och yta",
         "Lokalvårdschef", "Halvår", "", "", "", "", "Utförs inte förrän det nya avtalet är tecknat (2026).",
         "EJ_GENOMFORD", "nej"),
        ("Att fordonsbokningar i bilpoolen matchar körjournal och internfakturering",
         "Fordonssamordnare", "Tertial", "1", "1", "1", "Ja", "Internfakturering saknades för 14 bokningar.",
         "GENOMFORD", "ja"),
        ("Att felanmälningar till IT-servicedesk åtgärdas inom avtalad servicenivå",
         "IT-chef", "Tertial", "U", "", "", "", "Flyttad till kommunstyrelsens plan.", "UTGAR", "nej"),
        ("Att inventarier i kök och matsalar märks och registreras i inventarieförteckningen",
         "Kostchef", "Årligen", "3", "3", "2", "Nej", "Märkning klar på 5 av 9 kök.", "DELVIS", "nej"),
    ]
    r = 6
    for row in rows:
        for c, v in enumerate(row[:8], 1):
            cell = ws.cell(r, c, (int(v) if v.isdigit() else v) if v != "" else None)
            cell.border = BOX
            cell.alignment = WRAP if c in (1, 8) else Alignment(horizontal="center", vertical="top")
        exp(fil, namnd, row[0], row[8], row[9])
        r += 1
    ws.cell(r, 1, "Antal genomförda (kod 1)").font = BOLD
    for c, col in zip(range(4, 7), "DEF"):
        ws.cell(r, c, f'=COUNTIF({col}6:{col}{r-1},1)').font = BOLD
    for col, w in zip("ABCDEFGH", [55, 18, 10, 6, 6, 10, 10, 42]):
        ws.column_dimensions[col].width = w
    lg = wb.create_sheet("Förklaring")
    lg["A1"] = "Statuskoder"
    lg["A1"].font = BOLD
    for i, (k, v) in enumerate([(1, "Genomförd"), (2, "Påbörjad / delvis genomförd"), (3, "Ej genomförd"),
                                ("U", "Utgår ur planen")], 2):
        lg.cell(i, 1, k)
        lg.cell(i, 2, v)
    lg["A8"] = "Kolumnen Avvikelse fylls i med Ja om brister har konstaterats vid kontrollen."
    src = os.path.join(tmp, fil.replace(".xls", ".xlsx"))
    wb.save(src)
    soffice_convert(src, "xls", OUT)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    README.append(f"- `{fil}` – gammal .xls (via soffice), tvåradig rubrik med sammanslagen \"Status\" över T1 | T2 | T3/Helår, "
                  "koder 1/2/3/U med förklaring på egen flik; tom T3 behåller T2/T1; helt tom statusrad men kommentaren säger "
                  "ej utfört; summarad \"Antal genomförda\" med formler.")


# ---------------------------------------------------------------------------
# 8. Överförmyndarnämnden - .ods, "Nämnd:" cell, Status 2024 | Status 2025
# ---------------------------------------------------------------------------
def ofn(tmp):
    fil = "Överförmyndarnämnden uppföljning 2025.ods"
    namnd = "Överförmyndarnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    props(wb, "Kerstin Holm", 13)
    ws["A1"] = "Uppföljning av internkontrollplan 2025 – helår"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Nämnd:"
    ws["B2"] = "Överförmyndarnämnden"
    ws["A3"] = "Datum:"
    ws["B3"] = "2026-01-13"
    heads = ["Kontrollområde", "Kontrollmoment", "Status 2024", "Status 2025", "Kommentar 2025", "Avvikelse"]
    for c, h in enumerate(heads, 1):
        ws.cell(5, c, h).font = BOLD
        ws.cell(5, c).border = BOX
    rows = [
        ("Årsräkningar", "Granskning att årsräkningar från ställföreträdare granskas inom sex månader från inlämning",
         "Delvis utförd", "Utförd", "Samtliga granskade inom tiden.", "Nej", "GENOMFORD", "nej"),
        ("Arvoden", "Kontroll att arvoden till gode män och förvaltare beräknas enligt nämndens riktlinjer",
         "Utförd", "Utförd", "Felaktigt arvode i 2 ärenden, rättat.", "Ja", "GENOMFORD", "ja"),
        ("Spärrade konton", "Kontroll att uttag från spärrade konton har skriftligt samtycke från överförmyndaren",
         "Utförd", "", "", "", "SAKNAS", "nej"),
        ("Lämplighet", "Kontroll att nya ställföreträdare lämplighetsprövas med registerutdrag och kreditupplysning",
         "Ej utförd", "Delvis utförd", "Kreditupplysning saknas i 4 ärenden.", "Ja", "DELVIS", "ja"),
        ("Förteckningar", "Kontroll att förteckningar över huvudmannens tillgångar inkommer inom två månader",
         "Utförd", "Ej aktuell", "Ingår från 2025 i granskningen av årsräkningar.", "", "UTGAR", "nej"),
    ]
    for i, row in enumerate(rows, 6):
        for c, v in enumerate(row[:6], 1):
            cell = ws.cell(i, c, v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
        exp(fil, namnd, row[1], row[6], row[7])
    for col, w in zip("ABCDEF", [18, 55, 14, 14, 40, 10]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, fil.replace(".ods", ".xlsx"))
    wb.save(src)
    soffice_convert(src, "ods", OUT)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))
    README.append(f"- `{fil}` – OpenDocument-kalkyl (via soffice) med \"Nämnd:\"-cell, kolumnerna \"Status 2024 | Status 2025\"; "
                  "en kontroll har bara 2024 ifyllt (SAKNAS för 2025); \"Ej aktuell\" (UTGAR).")


# ---------------------------------------------------------------------------
# 9. Rejected: Excel owner/lock file left in the folder
# ---------------------------------------------------------------------------
def lockfile():
    fil = "~$N_internkontroll_helar_2025.xlsx"
    user = "Eva Nilsson"
    data = bytes([len(user)]) + user.encode("ascii").ljust(53, b" ")
    data += bytes([len(user), 0]) + user.encode("utf-16-le")
    data = data.ljust(165, b"\x20\x00"[:1])
    with open(os.path.join(OUT, fil), "wb") as fh:
        fh.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))
    README.append(f"- `{fil}` – Excels ägar-/låsfil (165 byte, inget arbetsbok-innehåll) som följt med från den delade "
                  "mappen: ska AVVISAS.")


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Bygg- och miljönämnden", "BMN|Bygg- och miljöförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Arbetsmarknadsnämnden", "AMN|Arbetsmarknadsförvaltningen"),
    ("Servicenämnden", "SERN|Serviceförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]


def main():
    keep = {"make_round.py"}
    for f in os.listdir(OUT):
        if f not in keep:
            os.remove(os.path.join(OUT, f))
    tmp = tempfile.mkdtemp(prefix="round12-src-")
    try:
        bun()
        sn()
        kfn()
        export_csv()
        bmn()
        amn()
        service(tmp)
        ofn(tmp)
        lockfile()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, a in NAMNDER:
            fh.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            fh.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            fh.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("# Round 12 – Tjärnåsens kommun (Norrland), internkontroll 2025, inkorg januari 2026\n\n")
        fh.write("\n".join(README) + "\n")
        fh.write("\nValnämnden och Krisledningsnämnden finns i registret men har inte skickat något.\n")


if __name__ == "__main__":
    main()
