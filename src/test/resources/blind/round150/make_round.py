#!/usr/bin/python3
"""Blind round 150 - Sundby kommun, helår 2025.

Follow-ups where the status is mostly written as free text.
Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r150build"
LO_PROFILE = "file:///tmp/lo-round150"
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(
        ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
         "--convert-to", fmt, "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fix_docx_props(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def fix_wb_props(wb, author):
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - xlsx, three columns, no status column
# ---------------------------------------------------------------------------
def file_ks():
    fil = "KS uppföljning internkontroll helår 2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook()
    fix_wb_props(wb, "Maria Ek")
    ws = wb.active
    ws.title = "Helår 2025"
    ws["A1"] = "Sundby kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helårsuppföljning"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd: Kommunstyrelsen"
    ws["A4"] = "Uppföljningen avser perioden 2025-01-01 – 2025-12-31. Upprättad 2026-01-22 av kommunledningsförvaltningen, ekonomiavdelningen."
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Kontrollmoment", "Genomförande och resultat", "Åtgärder"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Kontrollen är genomförd. Stickprov på 40 fakturor från mars, juni och oktober. "
         "Två fakturor saknade attest av behörig attestant och en faktura var attesterad av "
         "beslutsattestant utan giltig delegation.",
         "Information till budgetansvariga vid chefsträff i november. Attestförteckningen har uppdaterats.",
         "GENOMFORD", "ja"),
        ("Kontroll av att representation redovisas med syfte och deltagare",
         "Kontrollen är genomförd. Samtliga 18 verifikationer för representation under året har "
         "granskats, alla hade angivet syfte och deltagarförteckning.",
         "Inga",
         "GENOMFORD", "nej"),
        ("Uppföljning av att delegationsbeslut anmäls till kommunstyrelsen",
         "Vid delår pågående, nu klart. Genomgång av delegationsbeslut i ärendehanteringssystemet "
         "visar att samtliga beslut har anmälts, men tre beslut anmäldes mer än två månader efter "
         "att de fattats.",
         "Påminnelse till handläggare om rutinen för anmälan av delegationsbeslut.",
         "GENOMFORD", "ja"),
        ("Behörigheter i ekonomisystemet tas bort vid avslutad anställning",
         "Har inte hunnits med under året på grund av byte av ekonomisystem under hösten.",
         "Kontrollen förs över till internkontrollplan 2026.",
         "EJ_GENOMFORD", ""),
        ("Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen för direktupphandling",
         "Stickprov på 10 av planerade 25 direktupphandlingar har granskats. Fyra av dessa saknade "
         "dokumentation av hur konkurrensen tillvaratagits.\nResterande stickprov görs under första kvartalet 2026.",
         "Utbildning i direktupphandling för beställare planeras i mars 2026.",
         "DELVIS", "ja"),
        ("Registrering av allmänna handlingar sker enligt dokumenthanteringsplanen",
         "Delår: Ej påbörjad.\nHelår: Kontrollen är genomförd genom stickprov på 30 ärenden i "
         "registraturen. Inga avvikelser noterades.",
         "",
         "GENOMFORD", "nej"),
        ("Nyanställda registreras med rätt lön enligt anställningsavtal",
         "Kontrollen är genomförd i samarbete med lönecentrum, 25 nyanställningar kontrollerades. "
         "En felaktig lönenivå upptäcktes och har korrigerats retroaktivt.",
         "Checklistan för nyanställning kompletteras med kontroll av lön i avtalet.",
         "GENOMFORD", "ja"),
        ("Informationssäkerhetsutbildning genomförs av samtliga nyanställda",
         "Uppföljningen påbörjades i oktober. Sammanställning per förvaltning pågår och "
         "redovisas till kommunstyrelsen i mars 2026.",
         "",
         "DELVIS", ""),
        ("Avtal finns för samtliga leverantörer med inköp över 500 000 kr per år",
         "", "",
         "SAKNAS", ""),
    ]
    r = 7
    for km, gen, atg, st, av in rows:
        for c, v in enumerate((km, gen, atg), 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
        exp(fil, N, km, st, av)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Sammanfattande bedömning").font = Font(bold=True)
    ws.cell(row=r + 1, column=1,
            value="Kommunstyrelsen bedömer att den interna kontrollen under 2025 i huvudsak har varit "
                  "tillräcklig. Kontroller som inte hunnits med förs över till 2026 års plan.")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=3)
    ws.cell(row=r + 1, column=1).alignment = WRAP
    ws.row_dimensions[r + 1].height = 32
    ws.column_dimensions["A"].width = 45
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 45
    ws.oddHeader.center.text = "Sundby kommun – Kommunledningsförvaltningen"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - Word report, bold line + paragraph
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN Uppföljning av intern kontroll helår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    doc = Document()
    fix_docx_props(doc, "Anna Lindqvist")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Sundby kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/412"
    p = doc.add_paragraph()
    run = p.add_run("Tjänsteskrivelse")
    run.italic = True
    doc.add_heading("Uppföljning av internkontrollplan 2025 – helår", level=1)
    doc.add_paragraph("Barn- och utbildningsnämnden\nDatum: 2026-01-14\nHandläggare: Anna Lindqvist, controller")
    doc.add_heading("Sammanfattning", level=2)
    doc.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 121). "
        "Planen omfattar sju kontrollmoment. I denna skrivelse redovisas resultatet för hela året. "
        "Fem av kontrollerna har genomförts helt eller delvis, en har inte genomförts och en har "
        "utgått efter beslut i nämnden. Vid kontrollerna har vissa avvikelser upptäckts, vilka "
        "beskrivs nedan tillsammans med vidtagna åtgärder.")
    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att den interna kontrollen är "
        "tillräcklig. Enligt Sundby kommuns reglemente för intern kontroll ska nämnden varje år "
        "följa upp sin internkontrollplan och rapportera resultatet till kommunstyrelsen.")
    doc.add_heading("Resultat per kontrollmoment", level=2)
    items = [
        ("Attest av leverantörsfakturor",
         "Stickprov har gjorts på 25 fakturor per skolområde under oktober månad. Två fakturor "
         "saknade attest och en faktura var attesterad av samma person som beställt varan. "
         "Kontrollen är genomförd. Berörda rektorer har informerats om attestreglerna.",
         "GENOMFORD", "ja"),
        ("Beslut om skolskjuts fattas enligt riktlinjerna",
         "Vid delårsuppföljningen hade kontrollen ännu inte påbörjats. Under hösten har 30 beslut "
         "om skolskjuts granskats och samtliga var fattade enligt gällande riktlinjer. Kontrollen "
         "är genomförd utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Registerkontroll vid anställning i förskola och skola",
         "Kontroll har gjorts av att utdrag ur belastningsregistret uppvisats vid samtliga 42 "
         "nyanställningar under året. För tre personer saknades dokumentation om att utdrag "
         "uppvisats. Utdrag har därefter begärts in och visats upp för samtliga tre.",
         "GENOMFORD", "ja"),
        ("Anmälan om kränkande behandling rapporteras till huvudman",
         "Kontrollen har påbörjats men har inte kunnat slutföras eftersom övergången till nytt "
         "ärendesystem försenats. Ett urval om 15 av planerade 40 anmälningar har gåtts igenom, "
         "samtliga hade rapporterats till huvudmannen inom föreskriven tid.",
         "DELVIS", "nej"),
        ("Rutin vid hög elevfrånvaro följs",
         "Kontrollen har inte genomförts under 2025 på grund av vakans på tjänsten som "
         "elevhälsochef. Kontrollmomentet föreslås ingå i internkontrollplanen för 2026.",
         "EJ_GENOMFORD", ""),
        ("Inventarieförteckning över datorer och surfplattor",
         "Kontrollmomentet utgår enligt nämndens beslut 2025-06-12 § 58, då ansvaret för "
         "IT-utrustningen har flyttats till kommunstyrelsens IT-enhet.",
         "UTGAR", ""),
        ("Avgifter för förskola och fritidshem debiteras enligt gällande taxa",
         "Kontrollen är genomförd. 50 fakturor jämfördes mot inkomstuppgift och placeringsgrad. "
         "Inga avvikelser.",
         "GENOMFORD", "nej"),
    ]
    for km, text, st, av in items:
        bp = doc.add_paragraph()
        br = bp.add_run(km)
        br.bold = True
        bp.paragraph_format.space_before = Pt(10)
        bp.paragraph_format.space_after = Pt(2)
        bp.paragraph_format.keep_with_next = True
        doc.add_paragraph(text)
        exp(fil, N, km, st, av)
    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i stort fungerar. Avvikelserna vid "
        "fakturaattest och registerkontroll har åtgärdats. Kontrollen av rutinen vid hög "
        "elevfrånvaro flyttas till 2026.")
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph("Barn- och utbildningsnämnden godkänner uppföljningen av internkontrollplan 2025 "
                      "och överlämnar den till kommunstyrelsen.")
    doc.add_paragraph("\nAnna Lindqvist\nController\n\nPer Sandberg\nFörvaltningschef")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - docx table with partly blank status column
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden_IKP_uppföljning_2025.docx"
    N = "Socialnämnden"
    doc = Document()
    fix_docx_props(doc, "Jonas Berg")
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.footer.paragraphs[0].text = "Socialförvaltningen, Sundby kommun – sida 1"
    doc.add_heading("Socialnämnden – uppföljning internkontrollplan 2025", level=1)
    doc.add_paragraph("Uppföljningsperiod: helår 2025 (januari–december). Status anges som Genomförd, "
                      "Delvis eller Ej genomförd. Kommentar ska alltid fyllas i.")
    hdr = ["Process", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"]
    rows = [
        ("Ekonomiskt bistånd",
         "Utbetalning av ekonomiskt bistånd sker efter beslut av behörig handläggare",
         "Enhetschef försörjningsstöd", "Genomförd",
         "Stickprov på 50 utbetalningar, inga avvikelser.", "GENOMFORD", "nej"),
        (None,
         "Kontroll mot andra register (Försäkringskassan, CSN) vid nybesök",
         "Enhetschef försörjningsstöd", "",
         "Kontrollen är genomförd för samtliga nybesök september–oktober. Två felaktiga "
         "utbetalningar upptäcktes, återkrav har beslutats.", "GENOMFORD", "ja"),
        ("Barn och unga",
         "Förhandsbedömningar slutförs inom 14 dagar",
         "Enhetschef barn och unga", "Genomförd",
         "Kontrollen har inte genomförts p.g.a. sjukskrivning. Flyttas till 2026.",
         "EJ_GENOMFORD", ""),
        (None,
         "Utredningar avslutas inom fyra månader",
         "Enhetschef barn och unga", "Delvis",
         "Vid delår pågående, nu klart. 12 av 60 utredningar överskred fyra månader utan "
         "beslut om förlängd utredningstid.", "GENOMFORD", "ja"),
        (None,
         "Placeringar på HVB görs enligt ramavtal",
         "Avdelningschef IFO", "",
         "Ej påbörjad.", "EJ_GENOMFORD", ""),
        (None,
         "Arvoden till familjehem och kontaktpersoner betalas ut enligt beslut",
         "Avdelningschef IFO", "", "", "SAKNAS", ""),
        ("Informationssäkerhet",
         "Loggkontroll i verksamhetssystemet Treserva",
         "Systemförvaltare", "",
         "Pågår, 3 av 12 månader granskade. Inga otillåtna åtkomster hittills.",
         "DELVIS", "nej"),
        ("Ekonomi",
         "Hantering av privata medel för boende i stödboende",
         "Enhetschef stödboende", "Ej genomförd",
         "Kontrollen har inte genomförts.", "EJ_GENOMFORD", ""),
        ("Kvalitet",
         "Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid",
         "Kvalitetsutvecklare", "Genomförd",
         "Samtliga sju rapporter har utretts. En anmälan till IVO gjordes två veckor för sent.",
         "GENOMFORD", "ja"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        rr = c.paragraphs[0].add_run(h)
        rr.bold = True
    widths = [Cm(3.5), Cm(7.5), Cm(4), Cm(2.5), Cm(8)]
    for ri, (proc, km, ans, st, kom, est, eav) in enumerate(rows, 1):
        cells = t.rows[ri].cells
        cells[0].text = proc or ""
        cells[1].text = km
        cells[2].text = ans
        cells[3].text = st
        cells[4].text = kom
        exp(fil, N, km, est, eav)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    # merge the Process column vertically (groups)
    groups = []
    start = None
    for ri, row in enumerate(rows, 1):
        if row[0] is not None:
            if start is not None:
                groups.append((start, ri - 1))
            start = ri
    groups.append((start, len(rows)))
    for a, b in groups:
        if b > a:
            txt = t.cell(a, 0).text
            m = t.cell(a, 0).merge(t.cell(b, 0))
            m.text = txt
    doc.add_paragraph("")
    doc.add_paragraph("Socialnämndens bedömning: Den interna kontrollen bedöms som delvis tillräcklig. "
                      "Handläggningstider inom barn och unga behöver följas upp särskilt under 2026.")
    doc.add_paragraph("Sundby 2026-01-19\nJonas Berg, socialchef")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden - .ods, "Status" holds long sentences
# ---------------------------------------------------------------------------
def file_von():
    fil = "VON IK-uppföljning helår 2025.ods"
    N = "Vård- och omsorgsnämnden"
    wb = Workbook()
    fix_wb_props(wb, "Lena Åberg")
    ws = wb.active
    ws.title = "Uppföljning T3"
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025 – uppföljning helår (tertial 3)"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Status: beskriv kort om kontrollen är genomförd, vad som framkommit och eventuella åtgärder."
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.border = BOX
    data = [
        ("head", "1. Kvalitet och säkerhet"),
        ("1.1", "Läkemedelshantering – avvikelser rapporteras i avvikelsesystemet",
         "Egenkontroll på varje särskilt boende", "MAS",
         "Kontrollen är genomförd på samtliga särskilda boenden under hösten. Brister noterades i "
         "signeringslistorna på två enheter, åtgärdsplan finns.", "GENOMFORD", "ja"),
        ("1.2", "Genomförandeplaner upprättas inom 14 dagar från verkställt beslut",
         "Stickprov 40 planer", "Enhetschefer hemtjänst",
         "Genomförd enligt plan. 35 av 40 granskade planer var upprättade i tid, övriga fem "
         "inom 21 dagar.", "GENOMFORD", "ja"),
        ("1.3", "Hemtjänsttid debiteras enligt beviljad insats",
         "Jämförelse utförd tid mot beslut", "Avgiftshandläggare",
         "Kontrollen har påbörjats men är inte slutförd; stickprov är gjort för hemtjänstområde "
         "Norr, övriga områden kvarstår till våren 2026.", "DELVIS", ""),
        ("head", "2. Ekonomi"),
        ("2.1", "Boendeavgifter faktureras enligt beslut om avgift",
         "Stickprov 30 debiteringar", "Avgiftshandläggare",
         "Vid delår pågående, nu klart. Inga felaktigheter upptäcktes i de 30 granskade "
         "debiteringarna.", "GENOMFORD", "nej"),
        ("2.2", "Kontanthantering på enheterna – kassaredovisning",
         "Kassainventering två gånger per år", "Enhetschefer",
         "Ej genomförd under året. Kontrollen har skjutits upp till 2026 i väntan på beslut "
         "om att avveckla kontanthanteringen.", "EJ_GENOMFORD", ""),
        ("2.3", "Timanställdas arbetstid registreras korrekt i Time Care",
         "Avstämning mot lönesystemet", "Bemanningsenheten",
         "Kontrollen är genomförd. Inga avvikelser har noterats.", "GENOMFORD", "nej"),
        ("head", "3. Personal"),
        ("3.1", "Bisysslor – årlig inhämtning av uppgifter från medarbetare",
         "Enkät vid medarbetarsamtal", "HR-partner",
         "Kontrollmomentet utgår – hanteras numera centralt av HR-avdelningen enligt beslut i "
         "kommunstyrelsen.", "UTGAR", ""),
        ("3.2", "Systematiskt brandskyddsarbete dokumenteras på varje enhet",
         "Genomgång av SBA-pärmar", "Säkerhetssamordnare",
         "Se bilaga 3.", "OKLAR", ""),
    ]
    r = 6
    for d in data:
        if d[0] == "head":
            ws.cell(row=r, column=1, value=d[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="F2F2F2")
        else:
            nr, km, met, ans, st, est, eav = d
            for c, v in enumerate((nr, km, met, ans, st), 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            exp(fil, N, km, est, eav)
        r += 1
    ws.cell(row=r + 1, column=1, value="Godkänd av förvaltningens ledningsgrupp 2026-01-20")
    for col, w in zip("ABCDE", (6, 45, 30, 22, 70)):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "VON IK-uppföljning helår 2025.xlsx")
    wb.save(src)
    soffice_convert(src, "ods", HERE)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Stratsys export - semicolon CSV, two nämnder
# ---------------------------------------------------------------------------
def file_csv():
    fil = "Stratsys_export_internkontroll_2025-12-31.csv"
    hdr = ["Organisation", "Plan", "Process", "Kontrollmoment", "Ansvarig", "Period",
           "Status", "Avvikelser", "Kommentar"]
    TN = "Tekniska nämnden"
    MBN = "Miljö- och byggnämnden"
    rows = [
        (TN, "Upphandling och inköp",
         "Entreprenadfakturor stäms av mot avtal och ÄTA-beslut", "Projektchef",
         "Genomförd", "Två fakturor för ÄTA-arbeten saknade skriftligt beslut.",
         "Stickprov på 20 fakturor i tre projekt.", "GENOMFORD", "ja"),
        (TN, "Fordon",
         "Drivmedelskort används endast för kommunens fordon", "Fordonssamordnare",
         "Genomförd", "Inga", "Transaktionslistor jan–nov granskade.", "GENOMFORD", "nej"),
        (TN, "Gata och park",
         "Årlig besiktning av lekplatser genomförs", "Parkchef",
         "Delvis genomförd", "Inga", "12 av 20 lekplatser besiktade, resterande i april 2026.",
         "DELVIS", "nej"),
        (TN, "Vatten och avlopp",
         "Anslutningsavgifter debiteras enligt VA-taxan", "VA-chef",
         "Ej genomförd", "", "Resursbrist på VA-ekonomi under hösten.", "EJ_GENOMFORD", ""),
        (TN, "Fordon",
         "Inventering av kommunens fordon och maskiner", "Fordonssamordnare",
         "Genomförd", "", "Kontrollen har inte genomförts, inventeringen planeras till mars 2026.",
         "EJ_GENOMFORD", ""),
        (TN, "Gata och park",
         "Entreprenörernas tidrapporter för snöröjning stäms av före betalning", "Gatuchef",
         "Genomförd", "Inga", "Vid delår pågående, nu klart.", "GENOMFORD", "nej"),
        (MBN, "Myndighetsutövning",
         "Beslut i bygglovsärenden fattas inom lagstadgad handläggningstid", "Bygglovschef",
         "Genomförd",
         "4 av 120 ärenden överskred tio veckor, avgiften reducerades enligt plan- och bygglagen.",
         "", "GENOMFORD", "ja"),
        (MBN, "Avgifter",
         "Tillsynsavgifter för livsmedelskontroll debiteras enligt taxa", "Miljöchef",
         "Genomförd", "Inga", "", "GENOMFORD", "nej"),
        (MBN, "Administration",
         "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare",
         "Genomförd", "Inga", "Samtliga beslut anmälda vid nästkommande sammanträde.",
         "GENOMFORD", "nej"),
        (MBN, "Myndighetsutövning",
         "Tillsynsplanen enligt miljöbalken följs", "Miljöchef",
         "Delvis genomförd",
         "Tillsynsplanen har inte följts fullt ut – 70 % av planerade tillsynsbesök genomförda.",
         "Vakanser på två inspektörstjänster.", "DELVIS", "ja"),
        (MBN, "Administration",
         "Avslutade ärenden arkiveras i e-arkivet", "Registrator",
         "Ej påbörjad", "", "", "EJ_GENOMFORD", ""),
        (MBN, "Administration",
         "Jävsförhållanden dokumenteras i ärendet", "Nämndsekreterare",
         "Utgår", "", "Ersätts av kommungemensam kontroll i kommunstyrelsens plan.",
         "UTGAR", ""),
    ]
    path = os.path.join(HERE, fil)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(hdr)
        for org, proc, km, ans, st, avv, kom, est, eav in rows:
            w.writerow([org, "Internkontrollplan 2025", proc, km, ans, "Helår 2025",
                        st, avv, kom])
            exp(fil, org, km, est, eav)
    FILES.append((fil, "INLAST", TN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", MBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden - xlsx, merged control over two rows, bold group headings
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN_Internkontroll_2025_helår.xlsx"
    N = "Kultur- och fritidsnämnden"
    wb = Workbook()
    fix_wb_props(wb, "Erik Nyström")
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Kultur- och fritidsförvaltningen"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Uppföljning internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Sammanställd 2026-01-12"
    hdr = ["Kontrollmoment", "Metod", "Frekvens", "Ansvarig",
           "Status delår (aug)", "Status helår", "Kommentar"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
        cell.border = BOX
        cell.alignment = WRAP
    r = 6

    def heading(text):
        nonlocal r
        ws.cell(row=r, column=1, value=text).font = Font(bold=True, size=11)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1

    def row(vals, est=None, eav=None):
        nonlocal r
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
        if est:
            exp(fil, N, vals[0], est, eav)
        r += 1

    heading("Ekonomi och administration")
    row(("Kontantkassor i simhall och bibliotek inventeras", "Kassainventering", "3 ggr/år",
         "Administrativ chef", "Pågår", "Klar",
         "Kassainventering genomförd vid tre tillfällen utan differenser."), "GENOMFORD", "nej")
    # control merged across two rows
    km = "Föreningsbidrag betalas ut enligt beslutade riktlinjer"
    start = r
    row((km, "Stickprov 10 aktivitetsbidrag", "1 ggr/år", "Föreningskonsulent", "Ej påbörjad",
         "Klar", "Aktivitetsbidrag: inga avvikelser."), "GENOMFORD", "ja")
    row(("", "Stickprov 5 lokalbidrag", "1 ggr/år", "Föreningskonsulent", "Ej påbörjad", "Klar",
         "Lokalbidrag: en förening hade fått bidrag för fel lokalyta, återkrav har skickats."))
    ws.merge_cells(start_row=start, start_column=1, end_row=start + 1, end_column=1)
    ws.merge_cells(start_row=start, start_column=3, end_row=start + 1, end_column=3)
    ws.merge_cells(start_row=start, start_column=4, end_row=start + 1, end_column=4)
    row(("Attest av leverantörsfakturor", "Stickprov 20 fakturor", "1 ggr/år", "Controller",
         "Ej påbörjad", "", "Har inte hunnits med under året, flyttas till 2026."),
        "EJ_GENOMFORD", "")
    heading("Verksamhet")
    row(("Uthyrning av lokaler och anläggningar debiteras enligt taxa", "Avstämning bokning mot faktura",
         "2 ggr/år", "Bokningsansvarig", "Klar", "Klar", ""), "GENOMFORD", "")
    row(("Avbokningar i bokningssystemet hanteras enligt avbokningsreglerna", "Stickprov",
         "1 ggr/år", "Bokningsansvarig", "Pågår", "Delvis",
         "Stickprov på 10 av planerade 25 bokningar. Två sena avbokningar hade inte debiterats."),
        "DELVIS", "ja")
    row(("Checklista för säkerhet används vid evenemang", "Genomgång av checklistor",
         "Löpande", "Evenemangssamordnare", "", "Klar",
         "Vid delår pågående, nu klart. Checklistan användes vid samtliga åtta evenemang."),
        "GENOMFORD", "nej")
    row(("Kravhantering för förkomna medier på biblioteket", "Uttag ur bibliotekssystemet",
         "2 ggr/år", "Bibliotekschef", "Ej påbörjad", "Ej aktuell",
         "Kontrollen stryks efter beslut i nämnden 2025-09-18 § 71 då kravhanteringen upphört."),
        "UTGAR", "")
    heading("Personal")
    row(("Timanställdas tidrapporter attesteras av chef", "Stickprov 15 tidrapporter",
         "1 ggr/år", "HR-partner", "Klar", "", ""), "GENOMFORD", "")
    row(("Bisysslor redovisas vid medarbetarsamtal", "Sammanställning från chefer", "1 ggr/år",
         "Förvaltningschef", "Pågår", "Klar",
         "Samtliga chefer har redovisat. Två bisysslor bedömdes som förtroendeskadliga och har "
         "avslutats."), "GENOMFORD", "ja")
    r += 1
    ws.cell(row=r, column=1, value="Teckenförklaring status: Klar = kontrollen genomförd, Pågår, "
                                   "Delvis = delvis genomförd, Ej påbörjad, Ej aktuell = utgår")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", (45, 28, 11, 20, 14, 12, 55)):
        ws.column_dimensions[col].width = w
    ws.oddFooter.left.text = "KFN – Internkontroll 2025"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - .doc letter with numbered list
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "Överförmyndarnämnden uppföljning IK 2025.doc"
    N = "Överförmyndarnämnden"
    doc = Document()
    fix_docx_props(doc, "Karin Holm")
    p = doc.add_paragraph()
    p.add_run("SUNDBY KOMMUN").bold = True
    p.add_run("\nÖverförmyndarnämnden")
    p2 = doc.add_paragraph("2026-01-15\nDnr ÖFN 2025/33")
    p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Kommunstyrelsen\nAtt: Ekonomiavdelningen")
    p = doc.add_paragraph()
    p.add_run("Uppföljning av internkontrollplan 2025").bold = True
    doc.add_paragraph(
        "Överförmyndarnämnden har under 2025 haft fem kontrollmoment i sin internkontrollplan. "
        "Nedan redovisas utfallet för helåret. Nämnden behandlade uppföljningen vid sitt "
        "sammanträde den 14 januari 2026, § 4.")
    items = [
        ("Granskning av årsräkningar inom lagstadgad tid",
         " – genomförd. Samtliga 212 årsräkningar för 2024 granskades före den 30 juni.",
         "GENOMFORD", "nej"),
        ("Ställföreträdare har lämnat registerutdrag innan förordnande",
         " – genomförd. Vid kontrollen upptäcktes att utdrag saknades i ett ärende; det har "
         "kompletterats i efterhand.", "GENOMFORD", "ja"),
        ("Arvoden till gode män och förvaltare stäms av mot beslut",
         " – genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("Behovet av förvaltarskap omprövas årligen",
         " – ej genomförd. Kontrollen har inte hunnits med under året på grund av hög "
         "ärendebelastning och kommer att prioriteras 2026.", "EJ_GENOMFORD", ""),
        ("Gallring av avslutade akter enligt dokumenthanteringsplanen",
         " – delvis genomförd. Gallring är gjord för akter avslutade 2018, akter från 2019 återstår.",
         "DELVIS", ""),
    ]
    for km, rest, st, av in items:
        doc.add_paragraph(km + rest, style="List Number")
        exp(fil, N, km, st, av)
    doc.add_paragraph(
        "Nämnden bedömer att den interna kontrollen är tillräcklig, med undantag för omprövningen "
        "av förvaltarskap som följs upp särskilt under 2026.")
    doc.add_paragraph("Med vänlig hälsning\n\nKarin Holm\nOrdförande, Överförmyndarnämnden\n\n"
                      "Sofia Ahmadi\nHandläggare, Överförmyndarenheten")
    src = os.path.join(TMP, "Överförmyndarnämnden uppföljning IK 2025.docx")
    doc.save(src)
    soffice_convert(src, "doc:MS Word 97", HERE)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: reminder letter from the economy office (no follow-up)
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Påminnelse - uppföljning intern kontroll helår 2025.docx"
    doc = Document()
    fix_docx_props(doc, "Maria Ek")
    doc.add_paragraph("Sundby kommun\nKommunledningsförvaltningen, ekonomiavdelningen\n2025-12-10")
    doc.add_heading("Påminnelse: uppföljning av internkontrollplan helår 2025", level=1)
    doc.add_paragraph("Till nämndsekreterare och controllers")
    doc.add_paragraph(
        "Nu är det dags att följa upp nämndernas internkontrollplaner för helåret 2025. "
        "Uppföljningen ska lämnas till ekonomiavdelningen senast den 23 januari 2026 så att "
        "kommunstyrelsen kan behandla den samlade rapporten i mars.")
    doc.add_paragraph(
        "Ange för varje kontrollmoment om kontrollen är genomförd, delvis genomförd eller inte "
        "genomförd, vilka avvikelser som upptäckts och vilka åtgärder som vidtagits. Ni får gärna "
        "använda er egen mall, men kom ihåg att ange nämnd och period. Vid delår saknades "
        "kommentarer för flera kontroller – beskriv därför resultatet i text.")
    doc.add_paragraph("Kontaktpersoner och sista dag för inlämning:")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Nämnd", "Controller", "Inlämnas senast")):
        t.rows[0].cells[i].text = h
    for n, c, d in [
        ("Kommunstyrelsen", "Maria Ek", "2026-01-23"),
        ("Barn- och utbildningsnämnden", "Anna Lindqvist", "2026-01-23"),
        ("Socialnämnden", "Jonas Berg", "2026-01-23"),
        ("Vård- och omsorgsnämnden", "Lena Åberg", "2026-01-23"),
        ("Tekniska nämnden", "Ali Hassan", "2026-01-23"),
        ("Miljö- och byggnämnden", "Ali Hassan", "2026-01-23"),
        ("Kultur- och fritidsnämnden", "Erik Nyström", "2026-01-23"),
        ("Överförmyndarnämnden", "Sofia Ahmadi", "2026-01-23"),
        ("Sundby Bostäder AB", "Linnea Dahl", "2026-02-06"),
    ]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = n, c, d
    doc.add_paragraph("")
    doc.add_paragraph("Hör av dig om du har frågor!\n\nMaria Ek\nEkonomichef")
    doc.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|SocN|Socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|VoN|Vård- och omsorgsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Samhällsbyggnad teknik"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Bygg och miljö"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Överförmyndarnämnden", "ÖFN|ÖN|Överförmyndarenheten|Överförmyndaren"),
    ("Valnämnden", "VN"),
    ("Sundby Bostäder AB", "Sundbybostäder|SBAB|Sundby Bostäder"),
]


def write_csvs():
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    file_ks()
    file_bun()
    file_sn()
    file_von()
    file_csv()
    file_kfn()
    file_ofn()
    file_reject()
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "expected controls")


if __name__ == "__main__":
    main()
