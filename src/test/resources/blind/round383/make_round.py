#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 383 - Ullersjö kommun, delår 2025.
Written Word reports (docx/doc/odt) per nämnd + two ordinary Excel files + one file to reject.
Run: /usr/bin/python3 make_round.py
"""
import csv
import os
import shutil
import subprocess

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import xlwt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r383build"
LO_PROFILE = "file:///tmp/lo-round383"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def fixed_props(doc, author):
    import datetime
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2025, 9, 10, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 9, 12, 14, 30, 0)
    cp.revision = 3


def label(doc, lab, value, bold_label=True):
    p = doc.add_paragraph()
    r = p.add_run(lab + ":")
    r.bold = bold_label
    if value:
        p.add_run(" " + value)
    p.paragraph_format.space_after = Pt(2)
    return p


# ---------------------------------------------------------------------------
# File A - Kommunstyrelsen, docx, headings + label lines per control
# ---------------------------------------------------------------------------
def file_a():
    fil = "Kommunstyrelsen - uppföljning intern kontroll delår 2025.docx"
    nm = "Kommunstyrelsen"
    doc = Document()
    fixed_props(doc, "Karin Edlund")
    doc.add_paragraph("Uppföljning av internkontrollplan 2025", style="Title")
    p = doc.add_paragraph("Kommunstyrelsen, Ullersjö kommun – delårsrapport januari–augusti 2025")
    p.runs[0].italic = True
    label(doc, "Diarienummer", "KS 2025/118")
    label(doc, "Handläggare", "Karin Edlund, controller, kommunledningsförvaltningen")
    label(doc, "Datum", "2025-09-12")

    doc.add_heading("Sammanfattning", level=1)
    doc.add_paragraph(
        "Kommunstyrelsen antog internkontrollplanen för 2025 den 22 januari 2025 (§ 8). Planen innehåller "
        "åtta kontrollmoment. Per den 31 augusti är fyra kontrollmoment genomförda, två är delvis genomförda "
        "eller pågår, ett har skjutits till hösten och ett har utgått genom beslut. Avvikelser har "
        "konstaterats i tre av kontrollerna och åtgärder har vidtagits eller planeras, se avsnitt 3.")
    doc.add_paragraph(
        "Uppföljningen har gjorts av controllers på kommunledningsförvaltningen tillsammans med respektive "
        "processägare. Resultatet redovisas nedan per kontrollmoment.")

    doc.add_heading("Redovisning per kontrollmoment", level=1)
    items = [
        ("1. Leverantörsfakturor",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov om 40 fakturor från perioden januari–juni 2025.", "Ekonomichef",
         "Genomförd",
         "38 av 40 fakturor var korrekt attesterade. I två fall saknades beslutsattest; berörda chefer "
         "har informerats och fakturorna har attesterats i efterhand.",
         "GENOMFORD", "ja"),
        ("2. Representation",
         "Kontroll av att representation följer riktlinjer för representation och att syfte och deltagare framgår",
         "Granskning av samtliga verifikationer på konto 7610–7631.", "Redovisningsansvarig",
         "Genomförd",
         "Samtliga 15 granskade verifikationer uppfyllde kraven. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("3. Avtalstrohet",
         "Inköp görs från upphandlade leverantörer (avtalstrohet)",
         "Analys av inköpsdata i spendanalysverktyget.", "Upphandlingschef",
         "Pågår",
         "Analysen av inköpsdata för första halvåret pågår och slutförs i oktober.",
         "DELVIS", ""),
        ("4. Behörigheter i ekonomisystemet",
         "Behörigheter i ekonomisystemet Raindance är aktuella och avslutas vid avslutad anställning",
         "Avstämning av behörighetslista mot personalregistret per 2025-06-30.", "Systemförvaltare ekonomi",
         "Genomförd med anmärkning",
         "Sju användarkonton för personer som slutat var fortfarande aktiva. Kontona är nu avslutade och "
         "rutinen för avslutsanmälan från HR har förtydligats.",
         "GENOMFORD", "ja"),
        ("5. Delegationsbeslut",
         "Anmälan av delegationsbeslut till kommunstyrelsen sker enligt delegationsordningen",
         "Jämförelse mellan fattade delegationsbeslut och anmälningslistor.", "Kanslichef",
         "Ej genomförd",
         "Kontrollen har flyttats till hösten på grund av byte av ärendehanteringssystem.",
         "EJ_GENOMFORD", ""),
        ("6. Informationssäkerhet",
         "Rutin för hantering av personuppgiftsincidenter är känd och följs",
         "Enkät till chefer samt genomgång av incidentloggen.", "Dataskyddssamordnare",
         "Utgår",
         "Kontrollmomentet utgår enligt beslut i kommunstyrelsen 2025-04-09, § 67, och ersätts av den "
         "kommungemensamma granskningen av informationssäkerhet.",
         "UTGAR", ""),
        ("7. Löneutbetalningar",
         "Kontroll av att nyanställda och ändrade lönetillägg är korrekt registrerade i lönesystemet",
         "Stickprov om 25 nyanställningar och 10 ändrade tillägg.", "Lönechef",
         "Genomförd",
         "Inga fel konstaterades i stickprovet.",
         "GENOMFORD", "nej"),
        ("8. Bisysslor",
         "Chefer har stämt av bisysslor med samtliga medarbetare i samband med medarbetarsamtal",
         "Enkät till enhetschefer.", "HR-chef",
         "Delvis genomförd",
         "Avstämning är gjord i 9 av 14 enheter. Två bisysslor bedömdes som förtroendeskadliga och har "
         "avslutats.",
         "DELVIS", "ja"),
    ]
    for head, km, metod, ansv, status, res, est, eav in items:
        doc.add_heading(head, level=2)
        label(doc, "Kontrollmoment", km)
        label(doc, "Metod", metod)
        label(doc, "Ansvarig", ansv)
        label(doc, "Status", status)
        label(doc, "Resultat", res)
        exp(fil, nm, km, est, eav)

    doc.add_heading("Åtgärder", level=1)
    doc.add_paragraph("Med anledning av uppföljningen föreslås följande åtgärder:")
    for a in ["Utbildning i attestrutiner för nyanställda chefer under hösten 2025.",
              "HR och ekonomiavdelningen inför en månatlig avstämning av avslutade anställningar mot "
              "behörigheter i verksamhetssystemen.",
              "Kontrollen av delegationsbeslut genomförs i november och redovisas i årsbokslutet."]:
        doc.add_paragraph(a, style="List Number")

    doc.add_heading("Förslag till beslut", level=1)
    doc.add_paragraph("Kommunstyrelsen godkänner uppföljningen av internkontrollplanen per augusti 2025.")
    doc.add_paragraph("")
    doc.add_paragraph("Ullersjö 2025-09-12")
    doc.add_paragraph("Karin Edlund\nController")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File B - Barn- och utbildningsnämnden, .doc; prose per control + summary table
# with symbols for T1 and Delår, legend under the table
# ---------------------------------------------------------------------------
def file_b():
    fil = "BUN_IK_uppfoljning_aug2025.doc"
    nm = "Barn- och utbildningsnämnden"
    doc = Document()
    fixed_props(doc, "Anders Holm")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Ullersjö kommun\tBarn- och utbildningsförvaltningen\tDnr BUN 2025/57"
    t = doc.add_paragraph()
    r = t.add_run("Barn- och utbildningsnämnden")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Uppföljning av intern kontroll januari–augusti 2025", style="Subtitle")

    doc.add_heading("1. Inledning", level=1)
    doc.add_paragraph(
        "Nämnden beslutade om internkontrollplan för 2025 i december 2024. Kontrollerna följs upp två "
        "gånger per år: efter första tertialet (T1) och i samband med delårsrapporten per augusti. "
        "Denna rapport beskriver vad som har gjorts under perioden och vilka brister som har hittats. "
        "En sammanställning av status finns i avsnitt 4.")

    doc.add_heading("2. Kontrollområde: Ekonomi", level=1)
    doc.add_heading("2.1 Barn- och elevpeng", level=2)
    doc.add_paragraph(
        "Utbetalningarna till fristående förskolor och skolor för januari–juni har stämts av mot "
        "elevregistret och nämndens beslut om ersättningsnivåer. Inga avvikelser har hittats.")
    doc.add_heading("2.2 Maxtaxa", level=2)
    doc.add_paragraph(
        "Ett stickprov om 50 placeringar har granskats. I 3 av 50 fall hade vårdnadshavarnas "
        "inkomstuppgift inte uppdaterats, vilket gav för låg avgift. Avgifterna har rättats och "
        "påminnelse om inkomstuppgift har skickats ut.")
    doc.add_heading("2.3 Skolskjuts", level=2)
    doc.add_paragraph(
        "Granskning av vårterminens beslut är klar utan anmärkning. Granskningen av beslut inför "
        "höstterminen pågår och redovisas i årsbokslutet.")

    doc.add_heading("3. Kontrollområde: Verksamhet och säkerhet", level=1)
    doc.add_heading("3.1 Kränkande behandling", level=2)
    doc.add_paragraph(
        "Under våren utreddes samtliga anmälningar inom fastställd tid. För perioden maj–augusti har "
        "endast 4 av 11 anmälningar utretts inom tidsgränsen. Orsaken är hög arbetsbelastning på två "
        "skolor. Förvaltningen förstärker stödet från elevhälsan.")
    doc.add_heading("3.2 Brandskydd", level=2)
    doc.add_paragraph(
        "Kontrollen av dokumentationen av det systematiska brandskyddsarbetet har inte påbörjats. "
        "Den planeras till oktober i samarbete med räddningstjänsten.")
    doc.add_heading("3.3 Registerkontroll", level=2)
    doc.add_paragraph(
        "Stickprov på 20 anställningar under våren visade att samtliga hade uppvisat utdrag ur "
        "belastningsregistret. Kontrollen upprepades inte under sommaren.")
    doc.add_heading("3.4 Elevfrånvaro", level=2)
    doc.add_paragraph(
        "Kontrollmomentet har strukits av nämnden 2025-05-20 § 41, eftersom uppföljningen av "
        "frånvaro ingår i det systematiska kvalitetsarbetet.")

    doc.add_heading("4. Sammanställning", level=1)
    rows = [
        ("2.1", "Ersättning till fristående förskolor och skolor betalas ut enligt beslutad barn- och elevpeng",
         "●", "●", "GENOMFORD", "nej"),
        ("2.2", "Placeringar i förskola och fritidshem debiteras enligt maxtaxa",
         "◐", "●", "GENOMFORD", "ja"),
        ("2.3", "Skolskjuts beviljas enligt gällande riktlinjer",
         "○", "◐", "DELVIS", "nej"),
        ("3.1", "Anmälan om kränkande behandling rapporteras till huvudman och utreds skyndsamt",
         "●", "◐", "DELVIS", "ja"),
        ("3.2", "Systematiskt brandskyddsarbete dokumenteras på varje enhet",
         "–", "○", "EJ_GENOMFORD", ""),
        ("3.3", "Registerkontroll i belastningsregistret innan anställning",
         "●", "", "GENOMFORD", "nej"),
        ("3.4", "Frånvaro hos elever följs upp och vårdnadshavare kontaktas enligt rutin",
         "–", "Utgår", "UTGAR", ""),
    ]
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    hdr = tbl.rows[0].cells
    for c, txt in zip(hdr, ["Nr", "Kontrollmoment", "T1", "Delår"]):
        c.text = txt
        c.paragraphs[0].runs[0].bold = True
    for nr, km, t1, d, est, eav in rows:
        cells = tbl.add_row().cells
        cells[0].text = nr
        cells[1].text = km
        cells[2].text = t1
        cells[3].text = d
        for c in (cells[2], cells[3]):
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        exp(fil, nm, km, est, eav)
    widths = [Cm(1.2), Cm(10.5), Cm(1.8), Cm(1.8)]
    for row in tbl.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    p = doc.add_paragraph()
    r = p.add_run("Teckenförklaring: ● = genomförd   ◐ = pågår/delvis genomförd   ○ = ej påbörjad   "
                  "– = ej planerad för perioden")
    r.font.size = Pt(8)
    r.italic = True

    doc.add_heading("5. Bedömning", level=1)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. Bristerna i "
        "utredningen av kränkande behandling är allvarliga och följs upp särskilt i årsbokslutet.")
    doc.add_paragraph("Anders Holm, förvaltningschef")

    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, "BUN_IK_uppfoljning_aug2025.docx")
    doc.save(src)
    soffice_convert(src, "doc:MS Word 97", OUT)
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File C - Socialnämnden, .odt; heading "Kontrollmoment n: <text>", label lines,
# one small table of figures inside a control
# ---------------------------------------------------------------------------
def file_c():
    fil = "Socialnämnden delårsuppföljning internkontroll 2025.odt"
    nm = "Socialnämnden"
    doc = Document()
    fixed_props(doc, "Eva Sandberg")
    doc.add_heading("Internkontroll 2025 – uppföljning per augusti", level=0)
    doc.add_paragraph("Socialnämnden | Socialförvaltningen, Ullersjö kommun")
    doc.add_paragraph(
        "Nedan redovisas resultatet av de kontrollmoment som ingår i socialnämndens internkontrollplan "
        "2025. För varje kontrollmoment anges den risk som kontrollen avser, riskvärde (sannolikhet × "
        "konsekvens), om kontrollen är genomförd och om avvikelse har konstaterats.")

    def ctrl(n, km, risk, rv, genomf, avv, komm, table=None):
        doc.add_heading(f"Kontrollmoment {n}: {km}", level=2)
        label(doc, "Risk", risk)
        label(doc, "Riskvärde", rv)
        label(doc, "Genomförd", genomf)
        label(doc, "Avvikelse", avv)
        label(doc, "Kommentar", komm)
        if table:
            tb = doc.add_table(rows=len(table), cols=len(table[0]))
            tb.style = "Light Grid Accent 1"
            for i, row in enumerate(table):
                for j, v in enumerate(row):
                    tb.cell(i, j).text = v
            doc.add_paragraph("")

    doc.add_heading("Individ- och familjeomsorg", level=1)
    ctrl(1, "Utbetalning av ekonomiskt bistånd sker efter beslut och med korrekt belopp",
         "Felaktiga utbetalningar", "12", "Ja", "Ja",
         "2 av 30 granskade utbetalningar hade felaktigt belopp (hyra betald två gånger). Återkrav har upprättats.")
    exp(fil, nm, "Utbetalning av ekonomiskt bistånd sker efter beslut och med korrekt belopp", "GENOMFORD", "ja")
    ctrl(2, "Utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader",
         "Barn far illa när utredningar drar ut på tiden", "16", "Delvis", "Ja",
         "Uppföljningen omfattar januari–juni; juli–augusti redovisas i årsbokslutet. Andelen utredningar "
         "inom lagstadgad tid framgår av tabellen.",
         table=[["Månad", "Avslutade utredningar", "Varav inom 4 mån"],
                ["Januari", "14", "12"], ["Februari", "11", "11"], ["Mars", "17", "13"],
                ["April", "12", "10"], ["Maj", "15", "14"], ["Juni", "9", "7"],
                ["Summa", "78", "67"]])
    exp(fil, nm, "Utredningar enligt 11 kap. 2 § SoL avslutas inom fyra månader", "DELVIS", "ja")
    ctrl(3, "Samordnad individuell plan (SIP) erbjuds när behov finns",
         "Brister i samverkan med regionen", "9", "Ej aktuell", "",
         "Kontrollmomentet utgår för 2025 eftersom verksamheten har överförts till Norrviks kommun "
         "genom samverkansavtal.")
    exp(fil, nm, "Samordnad individuell plan (SIP) erbjuds när behov finns", "UTGAR", "")

    doc.add_heading("Vård och omsorg", level=1)
    ctrl(4, "Lex Sarah-rapporter hanteras och utreds enligt rutin",
         "Missförhållanden åtgärdas inte", "12", "Ja", "Nej",
         "Samtliga 6 rapporter under perioden har utretts och vid behov anmälts till IVO.")
    exp(fil, nm, "Lex Sarah-rapporter hanteras och utreds enligt rutin", "GENOMFORD", "nej")
    ctrl(5, "Genomförandeplaner inom hemtjänsten är upprättade och aktuella",
         "Insatser motsvarar inte den enskildes behov", "12", "", "",
         "Kontrollen har inte genomförts under perioden på grund av vakanser bland enhetscheferna. "
         "Den genomförs under hösten.")
    exp(fil, nm, "Genomförandeplaner inom hemtjänsten är upprättade och aktuella", "EJ_GENOMFORD", "")
    ctrl(6, "Kontroll av att privata medel för boende på särskilt boende hanteras enligt riktlinjer",
         "Förskingring av enskildas medel", "8", "", "",
         "Se bilaga 2 – Granskning av privata medel.")
    exp(fil, nm, "Kontroll av att privata medel för boende på särskilt boende hanteras enligt riktlinjer",
        "OKLAR", "")
    ctrl(7, "Avgifter inom äldreomsorgen beräknas utifrån aktuella inkomstuppgifter",
         "Felaktiga avgifter", "9", "Nej", "",
         "Ej påbörjad. Ny avgiftshandläggare börjar i september.")
    exp(fil, nm, "Avgifter inom äldreomsorgen beräknas utifrån aktuella inkomstuppgifter", "EJ_GENOMFORD", "")
    ctrl(8, "Journalföring sker löpande och i enlighet med SoL och dokumentationsrutin",
         "Bristande dokumentation", "6", "", "", "")
    exp(fil, nm, "Journalföring sker löpande och i enlighet med SoL och dokumentationsrutin", "SAKNAS", "")

    doc.add_heading("Sammanfattande bedömning", level=1)
    doc.add_paragraph(
        "Socialförvaltningen bedömer att den interna kontrollen är delvis tillräcklig. Tre kontroller "
        "återstår att genomföra under hösten.")
    doc.add_paragraph("Eva Sandberg, socialchef")

    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, "Socialnämnden delårsuppföljning internkontroll 2025.docx")
    doc.save(src)
    soffice_convert(src, "odt", OUT)
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File D - Tekniska nämnden, docx: one small two-column table per control,
# plus a totals table at the end
# ---------------------------------------------------------------------------
def file_d():
    fil = "TN rapport intern kontroll 2025-08.docx"
    nm = "Tekniska nämnden"
    doc = Document()
    fixed_props(doc, "Johan Ekström")
    doc.add_heading("Rapport intern kontroll – Tekniska nämnden", level=0)
    label(doc, "Uppföljningsperiod", "2025-01-01 – 2025-08-31")
    label(doc, "Förvaltning", "Tekniska förvaltningen")
    label(doc, "Upprättad av", "Johan Ekström, verksamhetscontroller")
    doc.add_paragraph(
        "Rapporten följer upp de kontroller som tekniska nämnden beslutade om i internkontrollplan 2025 "
        "(TN 2024-12-05 § 112). Varje kontroll redovisas i en egen tabell.")

    items = [
        ("VA-verksamhet", "Debitering av VA-avgifter sker enligt gällande VA-taxa", "VA-chef", "Årligen",
         "Stickprov på 30 kunder, korrekt taxa i samtliga fall.", "Klar", "GENOMFORD", "nej"),
        ("Park och lek", "Besiktning av lekplatser genomförs enligt plan och brister åtgärdas", "Parkchef",
         "Årligen", "Huvudbesiktning av 24 lekplatser gjord i maj. 6 B-anmärkningar, varav 4 åtgärdade.",
         "Klar", "GENOMFORD", "ja"),
        ("Upphandling och entreprenad",
         "Kontroll av att entreprenader följer avtalade krav på arbetsmiljö och sociala villkor",
         "Projektchef", "Två gånger per år",
         "Två av fyra planerade platsbesök är genomförda; inga avvikelser hittills.", "Påbörjad",
         "DELVIS", "nej"),
        ("Fordon", "Fordonsbränslekort används enbart för kommunens fordon", "Fordonssamordnare",
         "Halvår", "Avstämning av tankningar januari–juni. En tankning till privat fordon upptäcktes; "
                   "ärendet har överlämnats till HR.", "Klar", "GENOMFORD", "ja"),
        ("Gata", "Uppföljning av vinterväghållningsentreprenörens utryckningstider", "Gatuchef",
         "Årligen", "Sammanställningen av entreprenörens rapporter görs i november.", "Ej påbörjad",
         "EJ_GENOMFORD", ""),
        ("Gata", "Anläggningsregistret för gatubelysning är uppdaterat", "Gatuchef", "Årligen",
         "", "", "SAKNAS", ""),
        ("Inköp", "Attest av inköp via e-handel sker av behörig attestant", "Ekonom", "Tertial",
         "Inga avvikelser i stickprov om 20 ordrar.", "Klar", "GENOMFORD", "nej"),
    ]
    for i, (proc, km, ansv, frek, utf, st, est, eav) in enumerate(items, 1):
        doc.add_heading(f"Kontroll {i}", level=2)
        tb = doc.add_table(rows=6, cols=2)
        tb.style = "Table Grid"
        for r, (k, v) in enumerate([("Process", proc), ("Kontrollmoment", km), ("Kontrollansvarig", ansv),
                                    ("Frekvens", frek), ("Utfall", utf), ("Status", st)]):
            tb.cell(r, 0).text = k
            tb.cell(r, 0).paragraphs[0].runs[0].bold = True
            tb.cell(r, 1).text = v
            tb.cell(r, 0).width = Cm(4)
            tb.cell(r, 1).width = Cm(12)
        doc.add_paragraph("")
        exp(fil, nm, km, est, eav)

    doc.add_heading("Sammanfattning", level=1)
    tb = doc.add_table(rows=6, cols=2)
    tb.style = "Table Grid"
    for r, (k, v) in enumerate([("Status", "Antal kontroller"), ("Klar", "4"), ("Påbörjad", "1"),
                                ("Ej påbörjad", "1"), ("Ej rapporterad", "1"), ("Totalt", "7")]):
        tb.cell(r, 0).text = k
        tb.cell(r, 1).text = v
    doc.add_paragraph("")
    doc.add_paragraph(
        "Kontrollen av anläggningsregistret för gatubelysning har inte rapporterats av ansvarig enhet "
        "inför delårsrapporten.")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File E - Kultur- och fritidsnämnden, ordinary xlsx with title rows, legend,
# merged process cells, status letters with fills
# ---------------------------------------------------------------------------
def file_e():
    fil = "KFN internkontroll uppföljning delår 2025.xlsx"
    nm = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning delår"
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning delår (januari–augusti)"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = "Status: G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår"
    ws["A3"].font = Font(italic=True, size=9)
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Metod", "Status", "Kommentar/åtgärd"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    fills = {"G": "C6EFCE", "D": "FFEB9C", "E": "FFC7CE", "U": "D9D9D9"}
    data = [
        ("Bidrag till föreningar", [
            ("Felaktiga utbetalningar", 9,
             "Föreningsbidrag betalas ut enligt beslutade regler och efter fullständig ansökan",
             "Föreningskonsulent", "Stickprov 12 ärenden", "G", "Stickprov 12 ärenden, inga fel.",
             "GENOMFORD", "nej"),
            ("Felaktigt aktivitetsstöd", 8,
             "Redovisning av aktivitetsstöd kontrolleras mot närvarolistor",
             "Föreningskonsulent", "Jämförelse mot närvarolistor", "D",
             "Vårens redovisningar kontrollerade utan anmärkning; höstens kontrolleras i december.",
             "DELVIS", "nej"),
        ]),
        ("Kassahantering", [
            ("Svinn och stöld", 12,
             "Kassahantering i bad- och sporthallens reception stäms av dagligen",
             "Badchef", "Genomgång av kassarapporter", "G",
             "Differens vid 3 tillfällen (högst 250 kr). Rutin för dubbelkontroll vid kassaavslut har införts.",
             "GENOMFORD", "ja"),
            ("Fel avgift tas ut", 4,
             "Entréavgifter följer av fullmäktige beslutad taxa",
             "Badchef", "Jämförelse kassasystem – taxa", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Lokaler och säkerhet", [
            ("Brand, personskador", 16,
             "Systematiskt brandskyddsarbete i kulturhuset och simhallen",
             "Fastighetssamordnare", "Egenkontroll enligt checklista", "E",
             "Ej genomförd på grund av ombyggnaden av simhallen. Görs i oktober.", "EJ_GENOMFORD", ""),
            ("Obehörigt tillträde", 6,
             "Nyckel- och passerkort återlämnas vid avslutad anställning",
             "Administratör", "Avstämning mot personalförteckning", "U",
             "Utgår – hanteras genom ny kommungemensam rutin, beslut KFN 2025-02-11 § 9.", "UTGAR", ""),
        ]),
        ("Biblioteket", [
            ("Brott mot dataskyddsförordningen", 6,
             "Låneregistret gallras enligt dokumenthanteringsplan",
             "Bibliotekschef", "Kontroll i bibliotekssystemet", None, None, "SAKNAS", ""),
            ("Otillåten direktupphandling", 8,
             "Inköp av medier sker inom ramen för avtal med upphandlad leverantör",
             "Bibliotekschef", "Stickprov fakturor", "D", "Pågår", "DELVIS", ""),
        ]),
    ]
    thin = Side(style="thin", color="999999")
    r = 6
    for proc, rows in data:
        start = r
        for risk, rv, km, ansv, metod, st, komm, est, eav in rows:
            vals = [proc if r == start else None, risk, rv, km, ansv, metod, st, komm]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            if st:
                ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=fills[st])
                ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, nm, km, est, eav)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Sammanställd av: Lina Berg, nämndsekreterare, 2025-09-10")
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGH", [22, 24, 10, 48, 20, 28, 8, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    ws.print_title_rows = "5:5"
    wb.properties.creator = "Lina Berg"
    import datetime
    wb.properties.created = datetime.datetime(2025, 9, 10, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 9, 10, 9, 0, 0)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File F - Stratsys-like export (xls) with two organisations, one row per
# control and period (T1 and Delår)
# ---------------------------------------------------------------------------
def file_f():
    fil = "Stratsys_export_IK_delar_2025.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Rapport")
    bold = xlwt.easyxf("font: bold on")
    head = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour gray25; borders: bottom thin")
    wrap = xlwt.easyxf("alignment: wrap on, vert top")
    ws.write(0, 0, "Rapport: Intern kontroll – uppföljning av kontrollmoment", bold)
    ws.write(1, 0, "Utskriven 2025-09-15 10:42 av karin.edlund")
    ws.write(2, 0, "Filter: Period = Tertial 1 2025, Delår 2025; Organisation = Miljö- och byggförvaltningen, "
                   "Överförmyndarenheten")
    cols = ["Organisation", "Plan", "Kontrollområde", "Kontrollmoment", "Period", "Status", "Kommentar",
            "Senast ändrad"]
    for j, c in enumerate(cols):
        ws.write(4, j, c, head)
    plan = "Internkontrollplan 2025"
    mbn = "Miljö- och byggförvaltningen"
    ofn = "Överförmyndarenheten"
    ctrls = [
        (mbn, "Miljö- och byggnadsnämnden", "Myndighetsutövning",
         "Handläggningstid för bygglov överstiger inte tio veckor",
         ("Pågående", "Genomgång av årets ärenden påbörjad.", "2025-05-08"),
         ("Slutförd", "3 av 142 ärenden överskred tidsfristen; avgiften reducerades enligt PBL.", "2025-09-02"),
         "GENOMFORD", "ja"),
        (mbn, "Miljö- och byggnadsnämnden", "Avgifter",
         "Debitering av tillsynsavgifter enligt taxa för miljöbalken",
         ("Slutförd", "Inga avvikelser.", "2025-04-30"),
         ("Slutförd", "Inga avvikelser.", "2025-08-29"),
         "GENOMFORD", "nej"),
        (mbn, "Miljö- och byggnadsnämnden", "Myndighetsutövning",
         "Jäv: handläggare har lämnat jävsdeklaration",
         ("Ej påbörjad", "", "2025-04-30"),
         ("Pågående", "Deklarationer insamlade från 11 av 17 handläggare.", "2025-09-01"),
         "DELVIS", ""),
        (mbn, "Miljö- och byggnadsnämnden", "Dokumenthantering",
         "Diarieföring av inkomna handlingar sker inom två arbetsdagar",
         ("Slutförd", "Stickprov 40 handlingar; 2 diarieförda först efter fyra dagar.", "2025-05-12"),
         ("", "", ""),
         "GENOMFORD", "ja"),
        (mbn, "Miljö- och byggnadsnämnden", "Livsmedelskontroll",
         "Uppföljning av förelägganden inom livsmedelskontrollen",
         ("Pågående", "", "2025-05-12"),
         ("Avbruten", "Avbruten genom beslut MBN 2025-06-12 § 88; ingår i Livsmedelsverkets revision.",
          "2025-06-13"),
         "UTGAR", ""),
        (ofn, "Överförmyndarnämnden", "Granskning",
         "Årsräkningar granskas senast den 30 juni",
         ("Pågående", "", "2025-04-28"),
         ("Slutförd", "97 % granskade per 30 juni, resterande 9 granskades i juli.", "2025-08-20"),
         "GENOMFORD", "ja"),
        (ofn, "Överförmyndarnämnden", "Arvoden",
         "Arvoden till ställföreträdare beräknas enligt beslutade riktlinjer",
         ("Ej påbörjad", "", "2025-04-28"),
         ("Ej påbörjad", "Genomförs i samband med arvodesutbetalningen i oktober.", "2025-08-20"),
         "EJ_GENOMFORD", ""),
        (ofn, "Överförmyndarnämnden", "Granskning",
         "Kontroll av att ställföreträdare har lämnat förteckning inom två månader",
         ("Slutförd", "Inga avvikelser.", "2025-04-28"),
         ("Slutförd", "Inga avvikelser.", "2025-08-20"),
         "GENOMFORD", "nej"),
        (ofn, "Överförmyndarnämnden", "Lämplighet",
         "Registerutdrag inhämtas för nya ställföreträdare innan förordnande",
         ("Pågående", "", "2025-04-28"),
         ("Pågående", "", "2025-08-20"),
         "DELVIS", ""),
    ]
    r = 5
    for org, nmd, omr, km, t1, dl, est, eav in ctrls:
        for per, (st, komm, dat) in (("Tertial 1 2025", t1), ("Delår 2025", dl)):
            vals = [org, plan, omr, km, per, st, komm, dat]
            for j, v in enumerate(vals):
                ws.write(r, j, v, wrap)
            r += 1
        exp(fil, nmd, km, est, eav)
    for j, w in enumerate([28, 24, 20, 55, 16, 13, 60, 14]):
        ws.col(j).width = w * 256
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Miljö- och byggnadsnämnden", "2025", "DELAR"))
    FILES.append((fil, "INLAST", "Överförmyndarnämnden", "2025", "DELAR"))


# ---------------------------------------------------------------------------
# File G - Ullersjö Bostäder AB, docx without heading styles; company only in the
# page header; controls as a Word numbered list followed by indented label lines
# ---------------------------------------------------------------------------
def file_g():
    fil = "Internkontroll uppföljning 2025-08-31.docx"
    nm = "Ullersjö Bostäder AB"
    doc = Document()
    fixed_props(doc, "Maria Lund")
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Ullersjöbostäder AB\tInternkontroll\tSida"
    p = doc.add_paragraph()
    r = p.add_run("Uppföljning av internkontrollplan per 2025-08-31")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(
        "Styrelsen fastställde internkontrollplanen för 2025 vid sammanträdet 2025-02-20. Enligt ägardirektivet "
        "ska bolaget rapportera uppföljningen till kommunstyrelsen i samband med delårsrapporten. Nedan "
        "följer resultatet för respektive kontrollpunkt.")
    p = doc.add_paragraph()
    p.add_run("Kontrollpunkter och utfall").bold = True

    items = [
        ("Hyresavier och hyreshöjningar registreras enligt förhandlingsöverenskommelse med Hyresgästföreningen",
         "Samtliga 1 240 hyreskontrakt har stämts av mot 2025 års överenskommelse.",
         "Genomförd utan anmärkning", "GENOMFORD", "nej"),
        ("Avskrivning av hyresfordringar beslutas av behörig befattningshavare",
         "En avskrivning om 18 400 kr saknade beslut av ekonomichef. Beslut har fattats i efterhand.",
         "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("Upphandling av underhållsentreprenader följer LOU och bolagets inköpspolicy",
         "Granskning av fem avrop från ramavtal är gjord, tre återstår.",
         "Pågår", "DELVIS", ""),
        ("Besiktning av lägenheter vid avflyttning dokumenteras",
         "Nytt besiktningsprotokoll införs i oktober och kontrollen görs därefter.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Bolagets nycklar och huvudnyckelsystem är inventerade",
         "Inventering av huvudnycklar genomfördes i juni utan anmärkning.",
         None, "GENOMFORD", "nej"),
        ("Hyresgästregistret rensas enligt dataskyddsförordningen och bolagets gallringsrutin",
         "Ersätts av extern GDPR-revision hösten 2025.",
         "Utgår", "UTGAR", ""),
    ]
    for km, utf, bed, est, eav in items:
        doc.add_paragraph(km, style="List Number")
        q = doc.add_paragraph()
        q.paragraph_format.left_indent = Cm(1.27)
        q.add_run("Utfall: ").italic = True
        q.add_run(utf)
        if bed:
            q2 = doc.add_paragraph()
            q2.paragraph_format.left_indent = Cm(1.27)
            q2.add_run("Bedömning: ").italic = True
            q2.add_run(bed)
        exp(fil, nm, km, est, eav)

    p = doc.add_paragraph()
    p.add_run("Styrelsens ställningstagande").bold = True
    doc.add_paragraph(
        "Styrelsen bedömer att bolagets interna kontroll är tillräcklig. Kontrollen av avflyttningsbesiktningar "
        "ska rapporteras till styrelsen i december.")
    doc.add_paragraph("Ullersjö den 15 september 2025")
    doc.add_paragraph("Maria Lund\nVerkställande direktör")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ---------------------------------------------------------------------------
# Reject - instructions / covering letter from the economy office
# ---------------------------------------------------------------------------
def file_reject():
    fil = "Anvisning uppföljning intern kontroll delår 2025.docx"
    doc = Document()
    fixed_props(doc, "Ekonomiavdelningen")
    doc.add_heading("Anvisning – uppföljning av intern kontroll i delårsrapport 2025", level=0)
    label(doc, "Till", "Samtliga nämnder och helägda bolag")
    label(doc, "Från", "Ekonomiavdelningen, kommunledningsförvaltningen")
    label(doc, "Datum", "2025-06-16")
    doc.add_paragraph(
        "I samband med delårsrapporten per 31 augusti ska varje nämnd och bolag följa upp sin "
        "internkontrollplan för 2025. Uppföljningen lämnas till ekonomiavdelningen i valfritt format, men "
        "följande ska framgå:")
    for a in ["Vilka kontrollmoment som ingår i planen.",
              "Status för varje kontrollmoment: Genomförd, Delvis genomförd, Ej genomförd eller Utgår.",
              "Om avvikelser har konstaterats och vilka åtgärder som vidtas.",
              "Nämndens sammanfattande bedömning av den interna kontrollen."]:
        doc.add_paragraph(a, style="List Number")
    doc.add_heading("Tidplan", level=1)
    tb = doc.add_table(rows=4, cols=2)
    tb.style = "Table Grid"
    for i, (k, v) in enumerate([("Moment", "Datum"),
                                ("Uppföljning skickas till ekonomiavdelningen", "2025-09-15"),
                                ("Sammanställning till kommunstyrelsens arbetsutskott", "2025-10-07"),
                                ("Delårsrapporten behandlas i kommunfullmäktige", "2025-10-27")]):
        tb.cell(i, 0).text = k
        tb.cell(i, 1).text = v
    doc.add_paragraph("")
    doc.add_paragraph("Frågor besvaras av Karin Edlund, controller, tfn 0571-123 45.")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen|Bygg och miljö"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Ullersjö Bostäder AB", "Ullersjöbostäder|Ullersjöbostäder AB|UBAB"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    file_a()
    file_b()
    file_c()
    file_d()
    file_e()
    file_f()
    file_g()
    file_reject()
    write_csvs()
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
