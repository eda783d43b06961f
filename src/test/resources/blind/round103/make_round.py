#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 103 – Hagbyås kommun (Kalmar län), delår 2025 per 31 augusti.

Builds every file of the round in this folder. Run with /usr/bin/python3.
"""
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.formatting.rule import FormulaRule
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round103"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Tekniska nämnden – xlsx, T1 | Delår | Helår columns, helår empty
# ---------------------------------------------------------------------------
def file1():
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Tekniska nämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av intern kontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Rapporttillfälle: Delårsbokslut per 31 augusti 2025"
    ws["A4"] = "Upprättad av: controller, Tekniska förvaltningen 2025-09-10"
    ws["A4"].font = Font(italic=True, size=9)

    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
           "Status T1\n(30/4)", "Status delår\n(31/8)", "Status helår\n(31/12)",
           "Kommentar / iakttagelser"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX

    rows = [
        ("H", "Ekonomiadministration"),
        ("C", "1", "Leverantörsfakturor",
         "Attest av leverantörsfakturor – kontroll att ingen attesterar kostnader som avser sig själv",
         "Stickprov 30 fakturor/tertial i ekonomisystemet", "Controller",
         "Genomförd", "Genomförd med anmärkning", None,
         "Två fakturor (resor) var attesterade av den som själv rest. Rättat, påminnelse till enhetschefer."),
        ("C", "2", "Inköp",
         "Avtalstrohet vid inköp av entreprenad- och konsulttjänster",
         "Stickprov 20 fakturor mot avtalsdatabasen", "Inköpssamordnare",
         "Pågår", "Delvis genomförd", None,
         "12 av 20 fakturor granskade. 3 av dessa avsåg köp utan avtal (maskinuthyrning)."),
        ("C", "3", "Fordon",
         "Drivmedelskort – kontroll av tankningar mot körjournal",
         "Genomgång av samtliga kort, mars och augusti", "Fordonssamordnare",
         "Ej påbörjad", "Genomförd", None,
         "Inga avvikelser."),
        ("H", "Investeringar och projekt"),
        ("C", "4", "Projektstyrning",
         "Kontroll av att ÄTA-arbeten har skriftligt beslut innan de utförs",
         "Granskning av ett pågående projekt", "Projektchef",
         None, None, None,
         "Kontrollen genomförd i juni på projekt Norra infarten – samtliga 6 ÄTA-arbeten hade skriftligt beslut av behörig beställare."),
        ("C", "5", "IT/behörigheter",
         "Behörigheter i fastighetssystemet – avslutade anställningar ska vara borttagna",
         "Jämförelse behörighetslista mot HR-systemet", "Systemförvaltare",
         "Genomförd", "Ej genomförd", None,
         "Ingen kontroll under sommaren p.g.a. vakans. Görs i oktober."),
        ("H", "Drift och underhåll"),
        ("C", "6", "Gata/park",
         "Vinterväghållning – fakturerade timmar jämförs med GPS-loggar",
         "Stickprov två entreprenörer", "Driftchef gata",
         "Pågår", "Utgår", None,
         "Utgår enligt TN 2025-05-22 § 47: nytt avtal med fast ersättning, timdebitering finns inte längre."),
        ("C", "7", "Avfall",
         "Kassahantering på Kvarnbackens återvinningscentral – oanmäld kassainventering",
         "Oanmäld inventering 2 ggr/år", "Enhetschef avfall",
         "Pågår", None, None, None),
        ("C", "8", "Representation",
         "Representation och interna möten – stickprov mot riktlinjer",
         "Stickprov 10 verifikationer", "Controller",
         "Ej påbörjad", "Genomförd", " ",
         "En faktura för extern representation saknade deltagarlista och syfte."),
    ]
    r = 7
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, italic=True)
            for c in range(1, 10):
                ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="DDEBF7")
                ws.cell(row=r, column=c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            for c, v in enumerate(row[1:], 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=8).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Antal kontrollmoment: 8").font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1,
            value="Statusalternativ: Genomförd / Genomförd med anmärkning / Delvis genomförd / "
                  "Pågår / Ej påbörjad / Ej genomförd / Utgår")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    r += 1
    ws.cell(row=r, column=1,
            value="Kolumnen helår fylls i inför verksamhetsberättelsen 2025.")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)

    widths = [5, 18, 42, 30, 18, 14, 16, 14, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    wb.save(out("TN_Uppfoljning_internkontroll_2025_delar.xlsx"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden – Word memo, numbered paragraphs + "Status:" next line
# ---------------------------------------------------------------------------
def file2():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for s in d.sections:
        s.left_margin = Cm(2.5)
        s.right_margin = Cm(2.5)

    t = d.add_table(rows=3, cols=2)
    t.cell(0, 0).text = "HAGBYÅS KOMMUN\nSocialförvaltningen"
    t.cell(0, 1).text = "TJÄNSTESKRIVELSE"
    t.cell(1, 0).text = "Handläggare: Maria Lindqvist, nämndsekreterare"
    t.cell(1, 1).text = "Datum: 2025-09-15"
    t.cell(2, 0).text = "Socialnämnden"
    t.cell(2, 1).text = "Dnr SN 2025/118"

    d.add_paragraph()
    h = d.add_paragraph()
    run = h.add_run("Delårsuppföljning av socialnämndens internkontrollplan 2025")
    run.bold = True
    run.font.size = Pt(14)

    def head(txt):
        p = d.add_paragraph()
        rr = p.add_run(txt)
        rr.bold = True
        rr.font.size = Pt(12)

    head("Förslag till beslut")
    d.add_paragraph("1. Socialnämnden godkänner delårsuppföljningen av internkontrollplanen 2025.")
    d.add_paragraph("2. Socialnämnden ger förvaltningen i uppdrag att redovisa åtgärder för de "
                    "avvikelser som framkommit i samband med helårsuppföljningen.")

    head("Sammanfattning")
    d.add_paragraph(
        "Socialnämnden antog internkontrollplanen för 2025 den 2024-12-12 (§ 142). Planen omfattar "
        "åtta kontrollmoment. I denna skrivelse redovisas läget per den 31 augusti 2025. Tre "
        "kontroller är genomförda, två pågår, en har inte genomförts och en har utgått efter beslut "
        "i nämnden. Redovisningen följer planens numrering.")

    head("Redovisning per kontrollmoment")

    controls = [
        ("1. Ekonomiskt bistånd – stickprov av 25 utbetalningar mot beslut och underlag",
         "Status: Genomförd",
         "I 23 av 25 ärenden fanns beslut och fullständiga underlag. I två ärenden hade "
         "försörjningsstöd för samma månad betalats ut två gånger. Återkrav är beslutade och "
         "rutinen för manuella utbetalningar har skärpts."),
        ("2. Delegationsbeslut – kontroll att samtliga beslut fattade på delegation anmäls till nämnden",
         "Status: Pågående",
         "Besluten för januari–april är kontrollerade mot anmälningslistorna utan anmärkning. "
         "Maj–augusti kontrolleras under september."),
        ("3. Placeringar på HVB – kontroll att placering sker hos utförare med ramavtal eller efter direktupphandling",
         "Status: Ej genomförd",
         "Kontrollen har inte hunnit genomföras på grund av hög arbetsbelastning på "
         "placeringsenheten. Den flyttas till hösten."),
        ("4. Loggkontroll i verksamhetssystemet – otillåten åtkomst till personakter",
         "Status: Genomförd utan anmärkning",
         "Loggar för 40 slumpvis valda personakter har granskats av systemförvaltaren. Ingen "
         "otillåten åtkomst har upptäckts."),
        ("5. Återsökning av statlig ersättning från Migrationsverket",
         "Status: Utgår",
         "Kontrollmomentet utgår enligt nämndens beslut 2025-05-20 § 61, eftersom kommunen inte "
         "längre har några ärenden som ger rätt till ersättning."),
        ("6. Barnavårdsutredningar – kontroll att utredningar avslutas inom fyra månader",
         "Status:",
         "Granskningen påbörjades i augusti och pågår fortfarande; 14 av 40 utredningar har "
         "hittills granskats. Resultatet redovisas i helårsuppföljningen."),
        ("7. Orosanmälningar – förhandsbedömning inom 14 dagar",
         "Status: Se bilaga 2",
         None),
        ("8. Attest av fakturor för köpta platser (HVB, familjehem via konsulentverksamhet)",
         "Status: Genomförd",
         "Samtliga 31 fakturor under perioden är granskade. Tre fakturor hade attesterats av "
         "enhetschef utan att placeringsbeslutet kontrollerats; fakturorna var dock korrekta "
         "i sak. Information har lämnats på ledningsgruppen."),
    ]
    for ctl, status, text in controls:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(0)
        p.add_run(ctl).bold = True
        p2 = d.add_paragraph(status)
        p2.paragraph_format.space_after = Pt(2)
        if text:
            d.add_paragraph(text)

    head("Bedömning")
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar, men att rutinerna "
        "för manuella utbetalningar och attest av köpta platser behöver stärkas.")
    d.add_paragraph()
    d.add_paragraph("Anna-Karin Berg\nSocialchef")
    d.add_paragraph("Bilagor:\nBilaga 1 Internkontrollplan 2025\nBilaga 2 Sammanställning "
                    "förhandsbedömningar jan–aug 2025")
    d.core_properties.title = "Delårsuppföljning internkontrollplan 2025"
    d.core_properties.author = "Maria Lindqvist"
    d.save(out("SN Delårsuppföljning internkontrollplan 2025.docx"))


# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden – .ods, fills by conditional formatting on a
#    hidden score column (built as xlsx, converted by LibreOffice)
# ---------------------------------------------------------------------------
def file3(tmpdir):
    wb = Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontroll – delår januari–augusti 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Barn- och utbildningsförvaltningen, ekonomienheten"
    ws["A3"].font = Font(italic=True)

    hdr = ["Nr", "Område", "Kontrollmoment", "Ansvarig", "Bedömning (1-3)", "Status", "Kommentar"]
    r0 = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r0, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")

    rows = [
        ("H", "Ekonomi"),
        ("C", 1, "Skolskjuts", "Skolskjutsfakturor – fakturerade körningar jämförs med beställda turer",
         "Skolskjutssamordnare", 3, "Stickprov april och juni, inga avvikelser."),
        ("C", 2, "Attest", "Attesträtter i ekonomisystemet stämmer med beslutad attestförteckning",
         "Controller", 2, "Förskolorna klara, grundskolorna kontrolleras i september."),
        ("C", 3, "Inköp", "Avtalstrohet vid inköp av läromedel",
         "Inköpsansvarig", None, "Kontrollen är genomförd i maj, inga avvikelser (rapporterad efter sammanställningen)."),
        ("C", 4, "Avgifter", "Barnomsorgsavgifter – inkomstkontroll mot Skatteverkets uppgifter",
         "Avgiftshandläggare", 9, "Utgår – avgiftshanteringen flyttades till kommunstyrelsens kundtjänst 1 februari."),
        ("H", "Verksamhet"),
        ("C", 5, "Delegation", "Delegationsbeslut om skolplacering anmäls till nämnden",
         "Nämndsekreterare", 3, "Genomförd. Två beslut från januari anmäldes först i maj."),
        ("C", 6, "Elevhälsa", "Uppföljning av ogiltig frånvaro – kontakt med vårdnadshavare enligt rutin",
         "Rektorer", 1, "Ej genomförd, nytt frånvarosystem infördes vårterminen."),
        ("C", 7, "Trygghet", "Kränkande behandling – anmälan till huvudman inom en vecka",
         "Rektorer", 2, "Pågår. 11 av 47 anmälningar kom in senare än en vecka."),
        ("C", 8, "IT", "Behörigheter i elevregistret – kontroll mot personalförteckning",
         "Systemförvaltare", None, None),
    ]
    r = r0 + 1
    first = r
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            vals = list(row[1:6]) + [None, row[6]]   # F (Status) is left empty: colour only
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.row_dimensions[r].height = 32
        r += 1
    last = r - 1

    green = PatternFill(start_color="00B050", end_color="00B050", fill_type="solid")
    yellow = PatternFill(start_color="FFFF00", end_color="FFFF00", fill_type="solid")
    red = PatternFill(start_color="FF0000", end_color="FF0000", fill_type="solid")
    grey = PatternFill(start_color="A6A6A6", end_color="A6A6A6", fill_type="solid")
    rng = f"F{first}:F{last}"
    ws.conditional_formatting.add(rng, FormulaRule(formula=[f"$E{first}=3"], fill=green))
    ws.conditional_formatting.add(rng, FormulaRule(formula=[f"$E{first}=2"], fill=yellow))
    ws.conditional_formatting.add(rng, FormulaRule(formula=[f"$E{first}=1"], fill=red))
    ws.conditional_formatting.add(rng, FormulaRule(formula=[f"$E{first}=9"], fill=grey))

    # legend in an odd place: to the right, above the table
    ws["I2"] = "Teckenförklaring status"
    ws["I2"].font = Font(bold=True)
    leg = [("00B050", "Genomförd"), ("FFFF00", "Påbörjad / delvis genomförd"),
           ("FF0000", "Ej genomförd"), ("A6A6A6", "Utgår")]
    for i, (col, txt) in enumerate(leg):
        ws.cell(row=3 + i, column=9).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=3 + i, column=9).border = BOX
        ws.cell(row=3 + i, column=10, value=txt)

    ws.cell(row=last + 2, column=1, value="Sammanställt 2025-09-08 / ekonom BUF").font = Font(italic=True, size=9)

    for col, w in zip("ABCDEFGHIJ", [5, 14, 48, 20, 10, 10, 52, 3, 6, 28]):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["E"].hidden = True

    src = os.path.join(tmpdir, "BUN IK-uppföljning jan-aug 2025.xlsx")
    wb.save(src)
    convert(src, "ods", HERE)


def convert(src, fmt, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden – e-mail answered point by point
# ---------------------------------------------------------------------------
MAIL = """Från: Karin Sjöberg <karin.sjoberg@hagbyas.se>
Skickat: den 11 september 2025 16:42
Till: Ekonomiavdelningen <ekonomi@hagbyas.se>
Kopia: Per Holm <per.holm@hagbyas.se>
Ämne: SV: Delårsuppföljning intern kontroll 2025 - KFN

Hej!

Här kommer kultur- och fritidsförvaltningens svar, se nedan under respektive punkt.
Förlåt att det blev lite sent.

> Hej,
>
> Inför delårsbokslutet per 31 augusti 2025 ber vi er redovisa läget för
> kultur- och fritidsnämndens kontrollmoment i internkontrollplanen 2025.
> Svara med Genomförd / Delvis / Ej genomförd / Utgår per punkt och skriv
> gärna en kort kommentar om ni hittat avvikelser.
>
> 1. Attest – kontroll att attest sker enligt attestordningen (stickprov 10 fakturor)

Genomförd i juni. En faktura saknade andra attest, det är rättat.

> 2. Föreningsbidrag – kontroll att utbetalda bidrag har beslut och redovisning

Delvis. Vårens bidrag är kontrollerade och ok, höstens utbetalningar är inte gjorda än.

> 3. Kassahantering i Hagbyåsbadet – oanmäld kassainventering

Gjord 2025-05-14 och 2025-08-20, kassan stämde båda gångerna.

> 4. Uthyrning av lokaler – fakturering enligt taxa
> 5. Representation och gåvor – stickprov mot riktlinjerna

Stickprovet på representation är inte gjort ännu, det planeras till oktober.

> 6. Inventarier – inventering av utrustning på fritidsgårdarna

Utgår, fritidsgårdarna flyttades till BUN 1 mars (KFN 2025-02-18 § 12).

> 7. Personuppgifter i bokningssystemet – gallring enligt dokumenthanteringsplanen

Se bilaga.

>
> Tack på förhand!
>
> Med vänlig hälsning
> Jonas Ek
> Redovisningsekonom, Ekonomiavdelningen
> Hagbyås kommun

Med vänlig hälsning

Karin Sjöberg
Administrativ chef
Kultur- och fritidsförvaltningen
Hagbyås kommun
Tel 0480-55 12 34
"""


def file4():
    with open(out("SV Delårsuppföljning intern kontroll 2025 - KFN.txt"), "w", encoding="utf-8",
              newline="\r\n") as f:
        f.write(MAIL)


# ---------------------------------------------------------------------------
# 5. Vård- och omsorgsnämnden – xlsx, two header rows, merged group headings
# ---------------------------------------------------------------------------
def file5():
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning delår per 31 augusti"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Kolumnerna för 2024 visar utfallet i förra årets helårsuppföljning (samma kontrollmoment)."
    ws["A3"].font = Font(italic=True, size=9)

    h1 = 5
    h2 = 6
    fixed = ["Nr", "Kontrollområde", "Kontrollmoment", "Kontrollansvarig"]
    for c, h in enumerate(fixed, 1):
        ws.cell(row=h1, column=c, value=h)
        ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
    groups = [("Helår 2024", 5), ("Tertial 1 2025 (jan–apr)", 7), ("Delår 2025 (jan–aug)", 9)]
    for title, c in groups:
        ws.cell(row=h1, column=c, value=title)
        ws.merge_cells(start_row=h1, start_column=c, end_row=h1, end_column=c + 1)
        ws.cell(row=h2, column=c, value="Status")
        ws.cell(row=h2, column=c + 1, value="Kommentar")
    fills = {5: "EDEDED", 7: "DDEBF7", 9: "E2EFDA"}
    for rr in (h1, h2):
        for c in range(1, 11):
            cell = ws.cell(row=rr, column=c)
            cell.font = Font(bold=True)
            cell.border = BOX
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            base = 5 if c in (5, 6) else 7 if c in (7, 8) else 9 if c in (9, 10) else None
            cell.fill = PatternFill("solid", fgColor=fills.get(base, "BDD7EE"))

    data = [
        # nr, område, moment, ansvarig, s24, k24, st1, kt1, sd, kd
        (1, "Privata medel",
         "Hantering av brukares privata medel på särskilt boende – kvittokontroll",
         "Enhetschefer SÄBO", "Klar", "Inga avvikelser", "Pågår", "",
         "Klar", "Två kvitton saknades på Solgården, redovisat till nämnden."),
        (2, None,
         "Redovisning av kontantkassor i hemtjänsten",
         "Enhetschefer hemtjänst", "Klar", "", "Ej påbörjad", "",
         "Pågår", "Tre av fem hemtjänstgrupper kontrollerade."),
        (3, "Avgifter",
         "Avgiftsbeslut stäms av mot inkomstuppgifter (maxtaxa)",
         "Avgiftshandläggare", "Delvis", "Hann ej hela urvalet", "", "",
         "Klar", "30 beslut kontrollerade, inga fel."),
        (4, "LSS",
         "Verkställighet av LSS-beslut inom tre månader",
         "Verksamhetschef LSS", "Klar", "", "Pågår", "Rapport T1 ej klar",
         None, "Ej genomförd under perioden p.g.a. byte av verksamhetssystem. "
               "Kvartalsrapporteringen till IVO har fungerat som vanligt."),
        (5, None,
         "Personlig assistans – tidrapporter jämförs med beviljade timmar (stickprov)",
         "Biståndshandläggare", "Klar", "", "Klar", "",
         "Klar", "Avvikelse: ett ärende där utföraren fakturerat 46 timmar över beslut. Återkrav skickat."),
        (6, "Bemanning",
         "Timanställningar – anställningsavtal finns innan första arbetspasset",
         "HR-konsult", "Ej påbörjad", "", "Ej påbörjad", "",
         "Ej påbörjad", "Prioriteras efter semesterperioden."),
        (7, None,
         "Inhyrd personal från bemanningsföretag – avrop enligt ramavtal",
         "Verksamhetschefer", "Ny 2025", "", "Pågår", "",
         "Utgår", "Utgår enligt VON 2025-06-17 § 88, ingår i kommungemensam kontroll av avtalstrohet."),
        (8, "Hälso- och sjukvård",
         "Läkemedelshantering – kontroll av narkotikaförteckningar",
         "MAS", "Klar", "", "Klar", "",
         "?", "Svar från MAS inväntas."),
        (9, "Informationssäkerhet",
         "Loggkontroll i journalsystemet",
         "Systemförvaltare", "Klar", "", "Klar", "",
         "Klar", "Inga obehöriga uppslag."),
    ]
    r = h2 + 1
    start = {}
    for row in data:
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        if row[1]:
            start[row[1]] = r
        r += 1
    # merge the Kontrollområde cells that span several controls
    ws.merge_cells("B7:B8")
    ws.merge_cells("B10:B11")
    ws.merge_cells("B12:B13")
    for rng in ("B7", "B10", "B12"):
        ws[rng].alignment = Alignment(vertical="top", wrap_text=True)

    r += 1
    ws.cell(row=r, column=3, value="Antal klara delår 2025").font = Font(bold=True)
    ws.cell(row=r, column=9, value='=COUNTIF(I7:I15,"Klar")')
    r += 1
    ws.cell(row=r, column=3, value="Antal kontrollmoment").font = Font(bold=True)
    ws.cell(row=r, column=9, value="=COUNTA(C7:C15)")

    for col, w in zip("ABCDEFGHIJ", [5, 18, 46, 20, 11, 20, 11, 20, 11, 48]):
        ws.column_dimensions[col].width = w
    wb.save(out("VON_internkontroll_2025_T1_delar.xlsx"))


# ---------------------------------------------------------------------------
# 6. Räddningstjänstförbundet Möreslätt – .xls (BIFF8 via xlwt)
# ---------------------------------------------------------------------------
def file6():
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Intern kontroll")
    bold = xlwt.easyxf("font: bold on, height 280")
    b = xlwt.easyxf("font: bold on")
    hdr = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; "
                      "borders: left thin, right thin, top thin, bottom thin; alignment: wrap on")
    cellst = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; "
                         "alignment: wrap on, vert top")
    small = xlwt.easyxf("font: italic on, height 180")

    ws.write(0, 0, "Räddningstjänstförbundet Möreslätt", bold)
    ws.write(1, 0, "Medlemskommuner: Hagbyås kommun och Kvilleberga kommun")
    ws.write(2, 0, "Uppföljning av intern kontroll 2025 – delårsrapport per 2025-08-31", b)
    ws.write(3, 0, "Behandlas av direktionen 2025-09-25. Skickas för kännedom till medlemskommunernas ekonomiavdelningar.", small)

    cols = ["Kontrollområde", "Kontrollmoment", "Omfattning", "Station/enhet",
            "Resultat (kod)", "Avvikelse (Ja/Nej)", "Kommentar/åtgärd"]
    R = 5
    for c, h in enumerate(cols):
        ws.write(R, c, h, hdr)
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordning", "Stickprov 1 gång/kvartal",
         "Förbundet", 1, "Nej", ""),
        ("Ekonomi", "Fakturering av onödiga automatiska brandlarm enligt taxa", "Samtliga larm jan–aug",
         "Förbundet", 2, "Ja", "5 av 38 onödiga larm var ej fakturerade. Genomgång av juli–aug återstår."),
        ("Personal", "Beredskapsersättning för RIB-personal stäms av mot beredskapsschema", "Stickprov 2 månader",
         "Station Kvilleberga", 1, "Ja", "Två pass felregistrerade i lönesystemet, korrigerat i augustilönen."),
        ("Personal", "Förare av tunga fordon har giltig C-behörighet", "Samtliga förare",
         "Station Hagbyås", 3, "Nej", "Ej genomfört – registerutdrag från Transportstyrelsen ej beställt."),
        ("Tillsyn", "Tillsyn enligt LSO genomförs enligt fastställd tillsynsplan", "Helår",
         "Förbundet", 2, "Nej", "62 av 110 planerade tillsyner utförda."),
        ("Materiel", "Andningsskydd – underhåll och funktionskontroll enligt AFS", "Samtliga apparater",
         "Station Hagbyås, Station Kvilleberga", 1, "Nej", ""),
        ("IT", "Behörigheter i insatsrapportsystemet – avslutade anställningar borttagna", "Samtliga konton",
         "Förbundet", 4, "", "Se mail från IT 2025-08-28."),
        ("Inköp", "Direktupphandlingar över 100 tkr dokumenteras", "Samtliga",
         "Förbundet", 0, "", "Utgår – hanteras i medlemskommunens gemensamma inköpskontroll."),
    ]
    for i, row in enumerate(rows):
        for c, v in enumerate(row):
            ws.write(R + 1 + i, c, v, cellst)
    L = R + 1 + len(rows) + 1
    ws.write(L, 0, "Kodförklaring resultat:", b)
    ws.write(L + 1, 0, "1 = Genomförd")
    ws.write(L + 2, 0, "2 = Delvis genomförd")
    ws.write(L + 3, 0, "3 = Ej genomförd")
    ws.write(L + 4, 0, "0 = Utgår")
    ws.write(L + 6, 0, "Förbundschef Lars Nyqvist", small)
    for c, w in enumerate([16, 48, 22, 26, 12, 12, 48]):
        ws.col(c).width = 256 * w
    wb.save(out("RTF Möreslätt intern kontroll delår 2025.xls"))


# ---------------------------------------------------------------------------
# 7. Excel owner/lock file left in the shared folder (must be rejected)
# ---------------------------------------------------------------------------
def file7():
    user = "Eva Strand"
    data = bytes([len(user)]) + user.encode("cp1252")
    data = data.ljust(54, b" ")
    data += len(user).to_bytes(2, "little") + user.encode("utf-16-le")
    data = data.ljust(165, b" ")
    with open(out("~$Kommunstyrelsen IK delår 2025.xlsx"), "wb") as f:
        f.write(data)


def main():
    tmp = tempfile.mkdtemp(prefix="r103_")
    try:
        file1()
        file2()
        file3(tmp)
        file4()
        file5()
        file6()
        file7()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
