#!/usr/bin/python3
"""Round 276 – theme "a sheet per period". Hargsjö kommun, year 2025.

Builds every follow-up file of the round plus namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py   (deterministic; LibreOffice used for .ods and .xls)
"""
import csv
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round276"

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
GROUP_FILL = PatternFill("solid", fgColor="F2F2F2")
GREEN = PatternFill("solid", fgColor="92D050")
YELLOW = PatternFill("solid", fgColor="FFEB84")
RED = PatternFill("solid", fgColor="FF7C80")
GREY = PatternFill("solid", fgColor="BFBFBF")

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)


def out(name):
    return os.path.join(HERE, name)


def header_row(ws, row, values, widths=None):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = BOLD
        c.fill = HEAD_FILL
        c.alignment = WRAP
        c.border = BOX
    if widths:
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[chr(64 + i)].width = w


def body_row(ws, row, values):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX


def group_row(ws, row, text, ncols):
    ws.cell(row=row, column=1, value=text).font = BOLD
    for i in range(1, ncols + 1):
        ws.cell(row=row, column=i).fill = GROUP_FILL
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def normalize_zip(path, stamp="2025-09-15T08:30:00"):
    """Make zip-based files byte-stable: fixed entry times and fixed document dates."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        for info, data in items:
            if info.filename in ("docProps/core.xml", "meta.xml"):
                txt = data.decode("utf-8")
                txt = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?", stamp, txt)
                txt = re.sub(r"<meta:editing-duration>[^<]*</meta:editing-duration>", "", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 15, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            z.writestr(zi, data)
    os.replace(tmp, path)


def save_wb(wb, path, author):
    import datetime
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime.datetime(2025, 1, 10, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 9, 15, 8, 30, 0)
    wb.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------------------
# F1 Kommunstyrelsen – Plan, T1, T2 (filled), T3 (empty) -> T2
# ---------------------------------------------------------------------------
def f1_ks():
    fil = "KS_internkontroll_uppfoljning_2025.xlsx"
    N = "Kommunstyrelsen"
    # (nr, grupp, kontrollmoment, metod, frekvens, ansvarig, rapport, T1 (status, kommentar), T2 (status, kommentar, åtgärd))
    ctrls = [
        ("1.1", "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 20 fakturor per tertial", "Per tertial", "Redovisningschef", "T1, T2, T3",
         ("Genomförd", "20 fakturor granskade, inga avvikelser."),
         ("Genomförd med anmärkning", "2 av 20 fakturor saknade andra attest (belopp > 50 tkr).",
          "Påminnelse till attestanter, ny kontroll T3.")),
        ("1.2", "Ekonomi", "Kontroll av att direktupphandlingar över 100 tkr dokumenteras",
         "Genomgång av leverantörsreskontra mot upphandlingsregistret", "Halvår", "Upphandlingschef", "T2",
         ("Pågår", "Uttag ur reskontran gjort."),
         ("Genomförd", "12 direktupphandlingar över 100 tkr, samtliga dokumenterade i registret.", "")),
        ("1.3", "Ekonomi", "Representation och förtroendekänsliga poster följer riktlinjen",
         "Stickprov 15 verifikationer", "Helår", "Controller", "T2, T3",
         ("Ej påbörjad", ""),
         ("Delvis genomförd", "Verifikationer jan–jun granskade utan anmärkning, jul–dec granskas under hösten.", "")),
        ("1.4", "Ekonomi", "Behörigheter i ekonomisystemet Raindance stäms av mot aktuell personal",
         "Behörighetslista mot HR-systemet", "Årligen", "Systemförvaltare ekonomi", "T1",
         ("Genomförd", "3 behörigheter för personer som slutat har tagits bort."),
         ("", "Redovisad T1.", "")),
        ("2.1", "Personal", "Lönetransaktioner: kontroll av manuella tillägg i lönesystemet",
         "Stickprov 25 manuella tillägg", "Per tertial", "HR-chef", "T1, T2, T3",
         ("Ej genomförd", "Byte av lönesystem i mars."),
         ("Ej genomförd", "Skjuts till T3 på grund av byte av lönesystem.", "Genomförs i oktober.")),
        ("2.2", "Personal", "Sjukfrånvaro följs upp enligt rehabiliteringsrutinen",
         "Genomgång av 12 rehabärenden", "Halvår", "HR-chef", "T2",
         ("", ""),
         ("Genomförd", "I 4 av 12 ärenden saknades upprättad rehabplan inom 30 dagar.",
          "Utbildning för chefer i Adato under hösten.")),
        ("3.1", "IT och informationssäkerhet", "Loggkontroll av åtkomst till digital personakt",
         "Logguttag, stickprov", "Årligen", "IT-säkerhetssamordnare", "T3",
         ("", ""),
         ("", "", "")),
        ("3.2", "IT och informationssäkerhet", "Diarieföring av inkomna handlingar inom 2 arbetsdagar",
         "Stickprov 30 handlingar i W3D3", "Per tertial", "Registrator", "T1, T2, T3",
         ("Genomförd", "27 av 30 inom två dagar."),
         ("Utgår", "Ersätts av kontroll vid införandet av nytt ärendesystem, beslut KS 2025-05-14 § 88.", "")),
        ("4.1", "Styrning och ledning", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
         "Jämförelse delegationslista mot protokoll", "Halvår", "Kanslichef", "T2",
         ("", ""),
         ("Genomförd", "Samtliga 41 beslut anmälda.", "")),
    ]
    exp = {
        "1.1": ("GENOMFORD", "ja"), "1.2": ("GENOMFORD", "nej"), "1.3": ("DELVIS", "nej"),
        "1.4": ("GENOMFORD", "ja"), "2.1": ("EJ_GENOMFORD", ""), "2.2": ("GENOMFORD", "ja"),
        "3.1": ("SAKNAS", ""), "3.2": ("UTGAR", ""), "4.1": ("GENOMFORD", "nej"),
    }
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws["A1"] = "Internkontrollplan 2025 – Kommunstyrelsen"
    ws["A1"].font = TITLE
    ws["A2"] = "Antagen av kommunstyrelsen 2024-12-11 § 212. Uppföljning sker per tertial på egen flik."
    header_row(ws, 4, ["Nr", "Kontrollmoment", "Metod", "Frekvens", "Ansvarig", "Rapporteras"],
               [6, 55, 40, 12, 24, 14])
    r = 5
    grp = None
    for c in ctrls:
        if c[1] != grp:
            grp = c[1]
            group_row(ws, r, grp, 6)
            r += 1
        body_row(ws, r, [c[0], c[2], c[3], c[4], c[5], c[6]])
        r += 1

    sv = DataValidation(type="list", formula1='"Genomförd,Genomförd med anmärkning,Delvis genomförd,Pågår,Ej påbörjad,Ej genomförd,Utgår"',
                        allow_blank=True)

    def period_sheet(title, heading, idx):
        ws = wb.create_sheet(title)
        ws["A1"] = heading
        ws["A1"].font = TITLE
        ws["A2"] = "Kommunstyrelsen"
        ws["A3"] = "Status väljs i listan. Beskriv resultat och eventuella avvikelser."
        header_row(ws, 5, ["Nr", "Kontrollmoment", "Status", "Resultat / kommentar", "Åtgärd"],
                   [6, 55, 24, 55, 35])
        dv = DataValidation(type="list", formula1=sv.formula1, allow_blank=True)
        ws.add_data_validation(dv)
        r = 6
        grp = None
        for c in ctrls:
            if c[1] != grp:
                grp = c[1]
                group_row(ws, r, grp, 5)
                r += 1
            if idx == 1:
                st, kom = c[7]
                atg = ""
            elif idx == 2:
                st, kom, atg = c[8]
            else:
                st, kom, atg = "", "", ""
            body_row(ws, r, [c[0], c[2], st or None, kom or None, atg or None])
            dv.add(f"C{r}")
            r += 1
        ws.cell(row=r + 1, column=1, value="Uppföljningen sammanställd av:")
        if idx == 1:
            ws.cell(row=r + 1, column=3, value="Maria Ekdahl, 2025-05-08")
        elif idx == 2:
            ws.cell(row=r + 1, column=3, value="Maria Ekdahl, 2025-09-12")
        ws.freeze_panes = "C6"

    period_sheet("T1", "Uppföljning internkontroll tertial 1 2025 (jan–apr)", 1)
    period_sheet("T2", "Uppföljning internkontroll tertial 2 2025 (maj–aug)", 2)
    period_sheet("T3", "Uppföljning internkontroll tertial 3 2025 (sep–dec)", 3)
    wb.active = 2
    save_wb(wb, out(fil), "Maria Ekdahl")
    FILES.append((fil, "INLAST", N, "2025", "T2"))
    for c in ctrls:
        st, av = exp[c[0]]
        EXPECTED.append((fil, N, c[2], st, av))


# ---------------------------------------------------------------------------
# F2 Socialnämnden – Plan + sheets named by reporting month -> DELAR
# ---------------------------------------------------------------------------
def f2_sn():
    fil = "Socialnämnden IK-uppföljning 2025.xlsx"
    N = "Socialnämnden"
    # id, process, kontrollmoment, urval, apr(kod, granskade, avv, komm), aug(kod, granskade, avv, komm)
    ctrls = [
        ("SN-01", "Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd sker enligt beslut",
         "25 utbetalningar/halvår",
         ("P", 10, 0, "Granskning påbörjad."),
         ("GA", 25, 2, "2 utbetalningar avvek från beslutat belopp. Felen är korrigerade och återkrav gjort.")),
        ("SN-02", "Barn och unga", "Kontroll att utredningstiden för barnavårdsutredningar (4 månader) hålls",
         "Samtliga avslutade utredningar",
         ("G", 9, 0, "Samtliga inom tid."),
         ("G", 18, 0, "Samtliga 18 avslutade utredningar inom 4 månader.")),
        ("SN-03", "LSS", "Avgifter inom LSS debiteras korrekt",
         "20 brukare",
         ("EP", None, None, ""),
         ("P", 10, 0, "Halva urvalet granskat, inga fel hittills. Resterande granskas i oktober.")),
        ("SN-04", "LSS", "Utdrag ur belastningsregistret kontrolleras vid nyanställning inom LSS",
         "Samtliga nyanställda jan–mar",
         ("G", 10, 0, "10 av 10 nyanställda hade uppvisat utdrag."),
         (None, None, None, "")),
        ("SN-05", "LSS", "Hantering av privata medel för boende på LSS-boende",
         "3 boenden",
         ("EP", None, None, ""),
         ("EP", None, None, "Skjuts till hösten p.g.a. chefsbyte på boendena.")),
        ("SN-06", "Köp av verksamhet", "Avtalstrohet vid köp av placeringar (HVB)",
         "Alla placeringar",
         ("EP", None, None, ""),
         ("U", None, None, "Utgår enligt SN beslut 2025-06-18 § 74, ersätts av ramavtalsuppföljning.")),
        ("SN-07", "Informationssäkerhet", "Loggkontroll i verksamhetssystemet Lifecare",
         "Månadsvis stickprov",
         (None, None, None, ""),
         (None, None, None, "Se bilaga 2")),
        ("SN-08", "Kvalitet", "Lex Sarah-rapporter utreds och anmäls inom fastställd tid",
         "Samtliga rapporter",
         ("P", 3, 0, ""),
         ("G", 6, 0, "Samtliga 6 utredningar klara inom tid, 1 anmälan till IVO.")),
    ]
    exp = {"SN-01": ("GENOMFORD", "ja"), "SN-02": ("GENOMFORD", "nej"), "SN-03": ("DELVIS", "nej"),
           "SN-04": ("GENOMFORD", "nej"), "SN-05": ("EJ_GENOMFORD", ""), "SN-06": ("UTGAR", ""),
           "SN-07": ("OKLAR", ""), "SN-08": ("GENOMFORD", "nej")}
    fills = {"G": GREEN, "GA": YELLOW, "P": YELLOW, "EP": RED, "U": GREY}
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws["A1"] = "Socialnämnden – internkontrollplan 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Socialförvaltningen, Hargsjö kommun"
    header_row(ws, 4, ["Id", "Process", "Kontrollmoment", "Urval", "Risk (S×K)", "Ansvarig"],
               [8, 22, 55, 28, 11, 22])
    risks = [12, 16, 9, 12, 8, 9, 12, 16]
    resp = ["Enhetschef EKB", "Enhetschef BoU", "Avgiftshandläggare", "HR-konsult", "Enhetschef LSS",
            "Upphandlare", "Systemförvaltare", "Kvalitetsstrateg"]
    for i, c in enumerate(ctrls):
        body_row(ws, 5 + i, [c[0], c[1], c[2], c[3], risks[i], resp[i]])
    r = 5 + len(ctrls) + 2
    ws.cell(row=r, column=1, value="Teckenförklaring statuskoder").font = BOLD
    legend = [("G", "Genomförd utan anmärkning"), ("GA", "Genomförd med avvikelse"), ("P", "Pågår"),
              ("EP", "Ej påbörjad"), ("U", "Utgår")]
    for j, (k, t) in enumerate(legend, 1):
        cc = ws.cell(row=r + j, column=1, value=k)
        cc.fill = fills[k]
        ws.cell(row=r + j, column=2, value=t)

    def month_sheet(title, heading, idx, who, date):
        ws = wb.create_sheet(title)
        ws["A1"] = heading
        ws["A1"].font = TITLE
        ws["A2"] = "Statuskod enligt teckenförklaring på fliken Plan."
        header_row(ws, 4, ["Id", "Kontrollmoment", "Status", "Antal granskade", "Antal avvikelser",
                           "Kommentar", "Uppföljd av", "Datum"],
                   [8, 55, 8, 11, 11, 55, 16, 12])
        for i, c in enumerate(ctrls):
            kod, gr, av, kom = c[4 + idx]
            row = 5 + i
            body_row(ws, row, [c[0], c[2], kod, gr, av, kom or None,
                               who if (kod or kom) else None, date if (kod or kom) else None])
            if kod:
                ws.cell(row=row, column=3).fill = fills[kod]
                ws.cell(row=row, column=3).alignment = Alignment(horizontal="center", vertical="top")

    month_sheet("Uppföljning april", "Uppföljning per 30 april 2025", 0, "J. Berg", "2025-05-06")
    month_sheet("Uppföljning augusti", "Delårsuppföljning per 31 augusti 2025", 1, "J. Berg", "2025-09-10")
    save_wb(wb, out(fil), "Johan Berg")
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    for c in ctrls:
        st, av = exp[c[0]]
        EXPECTED.append((fil, N, c[2], st, av))


# ---------------------------------------------------------------------------
# F3 BUN – Plan, T1, Delår, Helår 2025 (copy not filled in) -> DELAR
# ---------------------------------------------------------------------------
def f3_bun():
    fil = "BUN Internkontroll 2025 delår.xlsx"
    N = "Barn- och utbildningsnämnden"
    # process, kontrollmoment (multi-line), T1 (status, kommentar), Delår (status, kommentar)
    ctrls = [
        ("Grundskola", "Kontroll av att elevers frånvaro rapporteras till vårdnadshavare samma dag",
         ("Pågående", "Två skolor kontrollerade."),
         ("Klar", "Sex skolor kontrollerade. Rutinen följs.")),
        ("Grundskola", "Skolskjuts: beslut fattas enligt riktlinjer\n(stickprov 20 beslut)",
         ("Ej startad", ""),
         ("Klar", "I 3 av 20 beslut saknades motivering till avslag. Handläggarna har informerats.")),
        ("Grundskola", "Inköp av läromedel sker via avtalad leverantör",
         ("Ej startad", ""),
         ("Pågående", "Hittills har 2 köp utanför avtal hittats. Granskningen fortsätter.")),
        ("Elevhälsa och trygghet", "Kränkande behandling anmäls till huvudman",
         ("Pågående", ""),
         ("Klar", "Anmälningar jämförda med rektorernas dokumentation, inga brister.")),
        ("Förskola", "Placering i förskola erbjuds inom fyra månader",
         ("Ej startad", ""),
         ("Ej startad", "Görs i oktober i samband med höstens kö.")),
        ("Förskola", "Kontroll av registerutdrag för nyanställd personal i förskola",
         ("Ej startad", ""),
         ("Ej aktuell", "Kontrollen ingår från 2025 i HR-avdelningens centrala process.")),
        ("Lokaler", "Hyresavtal för förskole- och skollokaler är uppdaterade",
         ("Klar", "Samtliga 14 avtal är aktuella."),
         (None, None)),
    ]
    exp = [("GENOMFORD", "nej"), ("GENOMFORD", "ja"), ("DELVIS", "ja"), ("GENOMFORD", "nej"),
           ("EJ_GENOMFORD", ""), ("UTGAR", ""), ("GENOMFORD", "nej")]
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws["A1"] = "Internkontrollplan 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Barn- och utbildningsnämnden"
    ws["A3"] = "Fastställd BUN 2025-01-22 § 6"
    header_row(ws, 5, ["Process", "Kontrollmoment", "Riskbedömning", "Uppföljning", "Ansvarig"],
               [22, 55, 14, 16, 24])
    riskb = ["Hög", "Medel", "Medel", "Hög", "Medel", "Låg", "Låg"]
    for i, c in enumerate(ctrls):
        body_row(ws, 6 + i, [c[0], c[1], riskb[i], "T1, delår, helår", "Verksamhetscontroller"])
    # merge process cells in plan
    ws.merge_cells("A6:A8")
    ws.merge_cells("A10:A11")

    def psheet(title, heading, idx, datum):
        ws = wb.create_sheet(title)
        ws["A1"] = heading
        ws["A1"].font = TITLE
        ws["A2"] = "Barn- och utbildningsnämnden"
        ws["A3"] = "Datum:"
        ws["B3"] = datum
        header_row(ws, 5, ["Process", "Kontrollmoment", "Status", "Kommentar / iakttagelser"],
                   [22, 55, 14, 60])
        dv = DataValidation(type="list", formula1='"Klar,Pågående,Ej startad,Ej aktuell"', allow_blank=True)
        ws.add_data_validation(dv)
        for i, c in enumerate(ctrls):
            if idx is None:
                st, kom = None, None
            else:
                st, kom = c[2 + idx]
            body_row(ws, 6 + i, [c[0], c[1], st, kom or None])
            dv.add(f"C{6 + i}")
        ws.merge_cells("A6:A8")
        ws.merge_cells("A10:A11")

    psheet("T1", "Uppföljning tertial 1 2025", 0, "2025-05-15")
    psheet("Delår", "Uppföljning delår 2025 (januari–augusti)", 1, "2025-09-18")
    psheet("Helår 2025", "Uppföljning helår 2025", None, None)
    save_wb(wb, out(fil), "Karin Sjöholm")
    FILES.append((fil, "INLAST", N, "2025", "DELAR"))
    for c, (st, av) in zip(ctrls, exp):
        EXPECTED.append((fil, N, c[1], st, av))

    # reject: the Excel lock file left next to it
    lock = "~$BUN Internkontroll 2025 delår.xlsx"
    owner = "Karin Sjöholm"
    data = bytes([len(owner)]) + owner.encode("latin-1") + b"\x00" * (54 - len(owner))
    data += owner.encode("utf-16-le") + b"\x00" * (165 - 55 - 2 * len(owner))
    with open(out(lock), "wb") as f:
        f.write(data[:165])
    FILES.append((lock, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
# F4 Tekniska nämnden – .ods with Plan, T1, T2 ; symbols with legend -> T2
# ---------------------------------------------------------------------------
def f4_tn(tmp):
    fil = "Tekniska nämnden uppföljning IKP 2025.ods"
    N = "Tekniska nämnden"
    ctrls = [
        ("Upphandling och inköp", "Kontroll av fakturor från entreprenörer mot avtalade à-priser",
         ("◐", "Jan–mars granskat."),
         ("✔", "Avvikelse på 2 fakturor (fel à-pris på schaktning). Kreditfakturor begärda.")),
        ("Fordon och maskiner", "Fordonsförare har giltigt körkort och behörighet",
         ("✔", "Alla 46 förare kontrollerade."),
         ("✔", "Nyanställda sommarvikarier kontrollerade, inga anmärkningar.")),
        ("Fordon och maskiner", "Drivmedelskort används enligt rutin",
         ("◐", "Genomgång av transaktioner jan–mars pågår."),
         (None, None)),
        ("VA", "Egenkontroll av dricksvattenkvalitet enligt kontrollprogram",
         (None, None),
         ("✔", "Samtliga prover utan anmärkning.")),
        ("Arbetsmiljö", "Arbetsmiljöronder genomförs på samtliga driftenheter",
         (None, None),
         ("✘", "Ej genomfört p.g.a. sjukskrivning hos skyddsombud, planeras till oktober.")),
        ("Avfall", "Avfallstaxa debiteras enligt beslutad taxa",
         (None, None),
         ("✔ / ✘", None)),
        ("Gata/park", "Snöröjning: kontroll av entreprenörens tidrapporter",
         ("◐", "Tidrapporter jan–feb kontrollerade."),
         ("–", "Utgår – ny upphandling, kontrollen ingår i avtalsuppföljningen.")),
        ("Förråd", "Inventering av stöldbegärliga inventarier i förråd",
         (None, None),
         (None, None)),
    ]
    exp = [("GENOMFORD", "ja"), ("GENOMFORD", "nej"), ("DELVIS", ""), ("GENOMFORD", "nej"),
           ("EJ_GENOMFORD", ""), ("OKLAR", ""), ("UTGAR", ""), ("SAKNAS", "")]
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws["A1"] = "Tekniska nämnden – Internkontrollplan 2025"
    ws["A1"].font = TITLE
    header_row(ws, 3, ["Kontrollområde", "Kontrollmoment", "Sannolikhet", "Konsekvens", "Riskvärde",
                       "När", "Ansvarig"], [22, 55, 11, 11, 10, 12, 24])
    plan = [(3, 3, "T1–T2"), (2, 4, "T1–T2"), (3, 2, "T1–T2"), (2, 4, "T2"), (3, 3, "T2"),
            (2, 3, "T2"), (2, 2, "T1–T2"), (2, 2, "T3")]
    for i, c in enumerate(ctrls):
        s, k, w = plan[i]
        body_row(ws, 4 + i, [c[0], c[1], s, k, s * k, w, "Driftchef"])

    def psheet(title, heading, idx):
        ws = wb.create_sheet(title)
        ws["A1"] = heading
        ws["A1"].font = TITLE
        ws["A2"] = "Tekniska förvaltningen"
        header_row(ws, 4, ["Kontrollområde", "Kontrollmoment", "Utfört", "Iakttagelser", "Ansvarig"],
                   [22, 55, 9, 60, 20])
        for i, c in enumerate(ctrls):
            sym, kom = c[2 + idx]
            body_row(ws, 5 + i, [c[0], c[1], sym, kom, "Driftchef" if (sym or kom) else None])
            ws.cell(row=5 + i, column=3).alignment = Alignment(horizontal="center", vertical="top")
        r = 5 + len(ctrls) + 2
        ws.cell(row=r, column=1, value="Förklaring:").font = BOLD
        ws.cell(row=r + 1, column=1, value="✔ = kontroll utförd")
        ws.cell(row=r + 2, column=1, value="◐ = kontroll påbörjad / delvis utförd")
        ws.cell(row=r + 3, column=1, value="✘ = kontroll ej utförd")
        ws.cell(row=r + 4, column=1, value="– = kontrollen utgår")

    psheet("T1", "Uppföljning T1 2025", 0)
    psheet("T2", "Uppföljning T2 2025 (per 31/8)", 1)
    src = os.path.join(tmp, "Tekniska nämnden uppföljning IKP 2025.xlsx")
    save_wb(wb, src, "Per Nyström")
    soffice_convert(src, "ods", tmp)
    shutil.copy(os.path.join(tmp, fil), out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "T2"))
    for c, (st, av) in zip(ctrls, exp):
        EXPECTED.append((fil, N, c[1], st, av))


# ---------------------------------------------------------------------------
# F5 Kultur- och fritidsnämnden – Word, one table per period under headings -> HELAR
# ---------------------------------------------------------------------------
def f5_kfn():
    fil = "KFN uppföljning internkontroll helår 2025.docx"
    N = "Kultur- och fritidsnämnden"
    ctrls = [
        ("Föreningsbidrag betalas ut enligt gällande bidragsregler",
         ("Pågår", "Ansökningar för vårterminen granskas."),
         ("Pågår", "8 av 15 ansökningar granskade."),
         ("Genomförd", "Stickprov 15 ansökningar. En förening hade fått för högt aktivitetsstöd, återkrav skickat.")),
        ("Kassahantering i simhallen och på biblioteket",
         ("Genomförd", "Oanmäld kassakontroll i simhallen, kassan stämde."),
         ("Pågår", "Biblioteket kontrolleras i september."),
         ("Genomförd", "Båda kassorna kontrollerade, inga differenser.")),
        ("Uthyrning av lokaler debiteras enligt taxa",
         ("Ej påbörjad", ""),
         ("Ej påbörjad", ""),
         ("Delvis genomförd", "Bibliotekets lokaler kontrollerade utan anmärkning. Idrottshallarna återstår och förs till 2026.")),
        ("Utlåning av konst ur kommunens konstsamling dokumenteras",
         ("Ej påbörjad", ""),
         ("Ej påbörjad", ""),
         ("Ej genomförd", "Ej genomförd under året på grund av vakans som konstintendent.")),
        ("Avtal med studieförbund följs upp",
         ("Ej påbörjad", ""),
         ("Pågår", "Möten med två studieförbund."),
         ("Avbruten", "Avbruten genom beslut KFN 2025-09-10 § 45, uppföljningen sker i stället inom bidragsöversynen.")),
        ("Lönebidragsanställningar: ansökan om ersättning görs i tid",
         ("Pågår", ""),
         ("Pågår", ""),
         ("", "Kontrollen har genomförts för samtliga 7 anställningar, inga avvikelser.")),
        ("Inventarieförteckning för fritidsgårdarna uppdateras",
         ("Ej påbörjad", ""),
         ("Pågår", "Två av fyra fritidsgårdar klara."),
         ("Genomförd", "Alla fyra fritidsgårdar har uppdaterade förteckningar.")),
    ]
    exp = [("GENOMFORD", "ja"), ("GENOMFORD", "nej"), ("DELVIS", "nej"), ("EJ_GENOMFORD", ""),
           ("UTGAR", ""), ("GENOMFORD", "nej"), ("GENOMFORD", "nej")]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Hargsjö kommun\tKultur- och fritidsförvaltningen"
    p = d.add_paragraph()
    r = p.add_run("TJÄNSTESKRIVELSE")
    r.bold = True
    d.add_paragraph("Datum: 2026-01-20\nDiarienummer: KFN 2025/118")
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=0)
    d.add_paragraph("Kultur- och fritidsnämnden antog internkontrollplanen för 2025 den 5 februari 2025 (§ 9). "
                    "Planen omfattar sju kontrollmoment som följs upp vid tertial 1, delår och helår. "
                    "Nedan redovisas uppföljningen för respektive period. Helårsuppföljningen är den som "
                    "nämnden föreslås godkänna.")
    d.add_heading("Förslag till beslut", level=1)
    d.add_paragraph("Kultur- och fritidsnämnden godkänner uppföljningen av internkontrollplan 2025.")

    def table(idx):
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        hdr = t.rows[0].cells
        for cell, txt in zip(hdr, ["Kontrollmoment", "Status", "Kommentar"]):
            cell.text = ""
            run = cell.paragraphs[0].add_run(txt)
            run.bold = True
        for c in ctrls:
            s, k = c[1 + idx]
            row = t.add_row().cells
            row[0].text = c[0]
            row[1].text = s
            row[2].text = k
        return t

    d.add_heading("1. Uppföljning tertial 1 (januari–april)", level=1)
    table(0)
    d.add_heading("2. Uppföljning delår (januari–augusti)", level=1)
    table(1)
    d.add_heading("3. Uppföljning helår 2025", level=1)
    table(2)
    d.add_heading("Sammanfattande bedömning", level=1)
    d.add_paragraph("Fyra av sju kontrollmoment är genomförda. En avvikelse har konstaterats avseende "
                    "föreningsbidrag. Kontrollen av lokaluthyrning förs över till internkontrollplan 2026.")
    d.add_paragraph("\nAnna Lindqvist\nFörvaltningschef")
    d.core_properties.author = "Anna Lindqvist"
    d.core_properties.description = ""
    d.save(out(fil))
    normalize_zip(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    for c, (s, av) in zip(ctrls, exp):
        EXPECTED.append((fil, N, c[0], s, av))


# ---------------------------------------------------------------------------
# F6 MBN – Plan, T1, T2, Helår (partly filled); tick columns; nämnd only in print header + file name -> HELAR
# ---------------------------------------------------------------------------
def f6_mbn():
    fil = "Uppföljning IK 2025 MBN.xlsx"
    N = "Miljö- och byggnämnden"
    # kontrollmoment, T1, T2, Helår : each (tick 'G'/'D'/'E'/None, avvikelse, kommentar)
    ctrls = [
        ("Handläggningstid för bygglov inom 10 veckor från komplett ansökan",
         ("D", "Nej", "Ärenden jan–apr kontrollerade."),
         ("D", "Ja", "2 ärenden över 10 veckor."),
         ("G", "Ja", "3 av 60 ärenden översteg 10 veckor, avgiften reducerades enligt PBL.")),
        ("Debitering av tillsynsavgifter enligt miljöbalken",
         (None, None, ""),
         ("D", "Nej", ""),
         ("G", "Nej", "Samtliga 40 stickprov korrekt debiterade.")),
        ("Jäv: handläggare har inte handlagt ärenden där jäv föreligger",
         (None, None, ""),
         (None, None, ""),
         ("D", "Nej", "Kontroll gjord för bygglovsenheten. Miljöenheten kontrolleras i början av 2026.")),
        ("Livsmedelskontroll: planerade kontroller genomförs enligt kontrollplanen",
         (None, None, ""),
         (None, None, ""),
         ("E", None, "Kontrollen har inte hunnits med, flyttas till 2026.")),
        ("Arkivering av avslutade ärenden i e-arkivet",
         ("D", "Nej", ""),
         ("G", "Nej", "Samtliga avslutade ärenden 2024 arkiverade."),
         (None, None, "")),
        ("Delegationsbeslut anmäls till nämnden",
         ("G", "Nej", ""),
         ("G", "Nej", ""),
         ("G", "Nej", "Samtliga beslut anmälda.")),
        ("Strandskyddsdispenser är förenliga med lagstiftningen",
         (None, None, ""),
         (None, None, ""),
         (None, None, "Utgår – Länsstyrelsen överprövar samtliga dispenser från och med 2025.")),
    ]
    exp = [("GENOMFORD", "ja"), ("GENOMFORD", "nej"), ("DELVIS", "nej"), ("EJ_GENOMFORD", ""),
           ("GENOMFORD", "nej"), ("GENOMFORD", "nej"), ("UTGAR", "")]
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws["A1"] = "Internkontroll 2025"
    ws["A1"].font = TITLE
    ws["A2"] = "Plan"
    header_row(ws, 4, ["Nr", "Kontrollmoment", "Kontrollmetod", "Omfattning", "Ansvarig"],
               [5, 55, 30, 20, 22])
    meth = ["Uttag ur Castor", "Stickprov", "Genomgång av ärendelistor", "Jämförelse mot kontrollplan",
            "Stickprov", "Jämförelse delegationslista/protokoll", "Genomgång av beslut"]
    for i, c in enumerate(ctrls):
        body_row(ws, 5 + i, [i + 1, c[0], meth[i], "Helår", "Bygglovschef" if i in (0, 2) else "Miljöchef"])

    def psheet(title, heading, idx):
        ws = wb.create_sheet(title)
        ws.oddHeader.center.text = "Miljö- och byggnämnden – Samhällsbyggnadsförvaltningen"
        ws.oddFooter.right.text = "Sida &P av &N"
        ws["A1"] = heading
        ws["A1"].font = TITLE
        ws["A2"] = "Markera med X i den kolumn som stämmer. Ange om avvikelse har upptäckts (Ja/Nej)."
        ws["A4"] = "Nr"
        ws["B4"] = "Kontrollmoment"
        ws["C4"] = "Status"
        ws["F4"] = "Avvikelse"
        ws["G4"] = "Kommentar"
        ws["C5"] = "Genomförd"
        ws["D5"] = "Delvis"
        ws["E5"] = "Ej genomförd"
        ws.merge_cells("C4:E4")
        ws.merge_cells("A4:A5")
        ws.merge_cells("B4:B5")
        ws.merge_cells("F4:F5")
        ws.merge_cells("G4:G5")
        for row in (4, 5):
            for col in range(1, 8):
                cc = ws.cell(row=row, column=col)
                cc.font = BOLD
                cc.fill = HEAD_FILL
                cc.border = BOX
                cc.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for col, w in zip("ABCDEFG", [5, 55, 11, 9, 12, 10, 60]):
            ws.column_dimensions[col].width = w
        for i, c in enumerate(ctrls):
            tick, av, kom = c[1 + idx]
            vals = [i + 1, c[0], "X" if tick == "G" else None, "X" if tick == "D" else None,
                    "X" if tick == "E" else None, av, kom or None]
            body_row(ws, 6 + i, vals)
            for col in (3, 4, 5, 6):
                ws.cell(row=6 + i, column=col).alignment = Alignment(horizontal="center", vertical="top")

    psheet("T1", "Internkontroll 2025 – uppföljning tertial 1", 0)
    psheet("T2", "Internkontroll 2025 – uppföljning tertial 2", 1)
    psheet("Helår", "Internkontroll 2025 – uppföljning helår", 2)
    save_wb(wb, out(fil), "Lena Holm")
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    for c, (st, av) in zip(ctrls, exp):
        EXPECTED.append((fil, N, c[0], st, av))


# ---------------------------------------------------------------------------
# F7 Vård- och omsorgsnämnden – .xls, Plan, Delår, Helår 2025; status by colour only -> HELAR
# ---------------------------------------------------------------------------
def f7_von(tmp):
    fil = "VON_IKP_2025.xls"
    N = "Vård- och omsorgsnämnden"
    # process, kontrollmoment, delår (fill, kommentar), helår (fill, kommentar)
    ctrls = [
        ("Hemtjänst", "Beviljade insatser i hemtjänsten överensstämmer med utförd tid",
         (YELLOW, "Stickprov 10 brukare, fortsätter under hösten."),
         (GREEN, "30 brukare granskade, utförd tid stämmer med beslut.")),
        ("Hemtjänst", "Nyckelhantering i hemtjänsten (kvittens av nycklar)",
         (GREEN, "Kvittenslistor kompletta i tre av tre grupper."),
         (None, "")),
        ("Särskilt boende", "Läkemedelshantering: signeringslistor är kompletta",
         (YELLOW, ""),
         (YELLOW, "Genomförd med avvikelse: på två boenden saknades signaturer vid 11 tillfällen. Handlingsplan upprättad.")),
        ("Särskilt boende", "Avgifter för vård och omsorg beräknas utifrån aktuella inkomstuppgifter",
         (RED, ""),
         (RED, "Ej genomförd – avgiftshandläggaren har varit tjänstledig.")),
        ("Hälso- och sjukvård", "Avvikelser i HSL-verksamheten rapporteras och åtgärdas inom 14 dagar",
         (YELLOW, ""),
         (YELLOW, "Halva året granskat, resterande granskas i januari.")),
        ("Personal", "Timanställdas arbetstid attesteras av ansvarig chef",
         (YELLOW, ""),
         (GREY, "Kontrollen ströks vid nämndens sammanträde 2025-10-22 § 91 då ny schemaläggning infördes.")),
        ("Informationssäkerhet", "Behörigheter i Treserva tas bort när anställning upphör",
         (None, ""),
         (GREEN, "Inga aktiva konton för avslutade anställningar hittades.")),
    ]
    exp = [("GENOMFORD", "nej"), ("GENOMFORD", "nej"), ("GENOMFORD", "ja"), ("EJ_GENOMFORD", ""),
           ("DELVIS", ""), ("UTGAR", ""), ("GENOMFORD", "nej")]
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = TITLE
    ws["A2"] = "Internkontrollplan 2025 med uppföljning per delår och helår"
    header_row(ws, 4, ["Process", "Kontrollmoment", "Risk", "Kontrollansvarig"], [22, 55, 10, 26])
    risk = ["Hög", "Medel", "Hög", "Medel", "Hög", "Medel", "Medel"]
    for i, c in enumerate(ctrls):
        body_row(ws, 5 + i, [c[0], c[1], risk[i], "Verksamhetschef"])
    r = 5 + len(ctrls) + 2
    ws.cell(row=r, column=1, value="Färgmarkering i kolumnen Status:").font = BOLD
    for j, (f, t) in enumerate([(GREEN, "Genomförd utan avvikelse"),
                                (YELLOW, "Pågår / delvis genomförd (se kommentar)"),
                                (RED, "Ej genomförd"), (GREY, "Utgår")], 1):
        ws.cell(row=r + j, column=1).fill = f
        ws.cell(row=r + j, column=2, value=t)

    def psheet(title, heading, idx):
        ws = wb.create_sheet(title)
        ws["A1"] = heading
        ws["A1"].font = TITLE
        ws["A2"] = "Färglägg statuscellen enligt fliken Plan."
        header_row(ws, 4, ["Process", "Kontrollmoment", "Status", "Kommentar"], [22, 55, 9, 65])
        for i, c in enumerate(ctrls):
            f, kom = c[2 + idx]
            body_row(ws, 5 + i, [c[0], c[1], None, kom or None])
            if f is not None:
                ws.cell(row=5 + i, column=3).fill = f

    psheet("Delår", "Uppföljning delår 2025", 0)
    psheet("Helår 2025", "Uppföljning helår 2025", 1)
    src = os.path.join(tmp, "VON_IKP_2025.xlsx")
    save_wb(wb, src, "Eva Strand")
    soffice_convert(src, "xls", tmp)
    shutil.copy(os.path.join(tmp, fil), out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    for c, (st, av) in zip(ctrls, exp):
        EXPECTED.append((fil, N, c[1], st, av))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen|Soc"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Samhällsbyggnadsförvaltningen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Hargsjöhem AB", "Hargsjöhem|Kommunala bostadsbolaget"),
    ]
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(reg)
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(sorted(FILES))
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    tmp = tempfile.mkdtemp(prefix="round276-")
    try:
        f1_ks()
        f2_sn()
        f3_bun()
        f4_tn(tmp)
        f5_kfn()
        f6_mbn()
        f7_von(tmp)
        write_csvs()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
