#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 393 - Åsbro kommun, delår 2025 follow-ups of internkontrollplaner.
Builds every file of the round plus namnder.csv, files.csv, expected.csv."""
import csv, datetime, os, shutil, subprocess, tempfile
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
import docx
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties
from odf.text import H, P, Span

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2025, 9, 15, 10, 0, 0)
EXP = []    # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []  # (fil, utfall, nämnd, år, period)

# ---------------------------------------------------------------- register
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Tekniska"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
]


def fix_docx_props(d):
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Åsbro kommun"
    cp.author = "Åsbro kommun"


def fix_xlsx_props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Åsbro kommun"


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


thin = Side(style="thin", color="999999")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ============================================================ 1. KS xlsx (easy)
def file_ks():
    fil = "KS_uppfoljning_IKP_delar_2025.xlsx"
    nm = "Kommunstyrelsen"
    rows = [
        # nr, process, risk, kontrollmoment, ansvarig, frekvens, status, kommentar, exp_status, exp_avv
        ("1", "Ekonomi", "Felaktiga utbetalningar",
         "Attest av leverantörsfakturor enligt attestordningen",
         "Ekonomichef", "Tertialvis", "Genomförd",
         "Stickprov 40 fakturor jan–aug. Samtliga attesterade av behörig attestant. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("2", "Ekonomi", "Jäv och förtroendeskada",
         "Kontroll av representation och förtroendekänsliga poster (syfte och deltagare angivna)",
         "Controller", "Halvår", "Genomförd med avvikelse",
         "12 av 25 granskade verifikationer saknade deltagarlista. Påminnelse skickad till chefer, ny kontroll i november.",
         "GENOMFORD", "ja"),
        ("3", "Upphandling", "Otillåten direktupphandling",
         "Köp över direktupphandlingsgränsen ska ha avtal\n(uttag ur leverantörsreskontran, leverantörer > 700 tkr)",
         "Upphandlingschef", "Årligen", "Pågår",
         "Uttag gjort, analys av 14 leverantörer pågår. Redovisas i helår.",
         "DELVIS", ""),
        ("4", "Personal", "Felaktiga löner",
         "Kontroll att nyanställda har korrekt lön registrerad enligt anställningsbeslut",
         "HR-chef", "Tertialvis", "Genomförd",
         "Stickprov 15 anställningar. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("5", "Personal", "Bisysslor som påverkar förtroendet",
         "Årlig redovisning av bisysslor i medarbetarsamtal",
         "HR-chef", "Årligen", "Ej påbörjad",
         "Görs i samband med medarbetarsamtalen under hösten.",
         "EJ_GENOMFORD", ""),
        ("6", "IT och informationssäkerhet", "Obehörig åtkomst",
         "Behörighetsgenomgång i ekonomisystemet Raindance – avslutade användare ska vara borttagna",
         "IT-chef", "Halvår", "Genomförd",
         "3 konton för personer som slutat var fortfarande aktiva, nu borttagna. Rutin för avslut ses över.",
         "GENOMFORD", "ja"),
        ("7", "Dokument- och ärendehantering", "Allmänna handlingar registreras inte",
         "Diarieföring av inkommande e-post till funktionsbrevlådan",
         "Kanslichef", "Tertialvis", "Utgår",
         "Utgår enligt beslut KS 2025-04-09 § 61, ersätts av kontroll i nytt ärendehanteringssystem 2026.",
         "UTGAR", ""),
        ("8", "Säkerhet", "Bristande krisberedskap",
         "Uppdaterad krisledningsplan och genomförd övning av krisledningsstaben",
         "Säkerhetssamordnare", "Årligen", "",
         "",
         "SAKNAS", ""),
        ("9", "Ekonomi", "Felaktig momsredovisning",
         "Avdrag för ingående moms och ersättning från momskompensationen",
         "Redovisningsansvarig", "Tertialvis", "Genomförd",
         "Kontrollerat för mars, maj och juli. Inga avvikelser.",
         "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Åsbro kommun"
    ws["A1"].font = Font(bold=True, size=11)
    ws["A2"] = "Kommunstyrelsen – uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Uppföljningsperiod: Delår (januari–augusti 2025)"
    ws["A4"] = "Statusalternativ: Genomförd / Genomförd med avvikelse / Pågår / Ej påbörjad / Utgår"
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Frekvens", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.border = BORDER
    r = 7
    for row in rows:
        for i, v in enumerate(row[:8], 1):
            c = ws.cell(row=r, column=i, value=(int(v) if i == 1 else (v or None)))
            c.alignment = WRAP
            c.border = BORDER
        EXP.append((fil, nm, row[3], row[8], row[9]))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Upprättad av: Karin Lindqvist, controller, 2025-09-10")
    ws.cell(row=r + 1, column=1, value="Behandlad i kommunstyrelsens arbetsutskott 2025-09-23")
    for col, w in zip("ABCDEFGH", [5, 22, 24, 48, 18, 12, 22, 60]):
        ws.column_dimensions[col].width = w
    fix_xlsx_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ============================================================ 2. BUN docx, two tables with group rows
def file_bun():
    fil = "BUN Internkontroll delår 2025.docx"
    nm = "Barn- och utbildningsnämnden"
    t1 = [
        ("Process: Ekonomi", None),
        ("Inköp görs via avtalade leverantörer i e-handelssystemet",
         "Stickprov 30 inköp per skolområde",
         "27 av 30 inköp gjorda hos avtalad leverantör. 3 köp av läromedel utanför avtal, rektorer informerade.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Hantering av skolornas handkassor",
         "Kassainventering på 4 skolor",
         "Inventering gjord på 2 av 4 skolor, resterande i oktober.",
         "Pågående", "DELVIS", ""),
        ("Process: Elevhälsa och särskilt stöd", None),
        ("Åtgärdsprogram upprättas när utredning visar behov av särskilt stöd",
         "Genomgång av 20 elevakter i grundskolan",
         "Samtliga 20 granskade ärenden hade åtgärdsprogram. Inga avvikelser.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Anmälan till huvudman om kränkande behandling görs inom 24 timmar",
         "Uttag ur DF Respons jan–jun",
         "Kontrollen har inte hunnits med p.g.a. byte av system. Flyttas till T3.",
         "Ej genomförd", "EJ_GENOMFORD", ""),
        ("Process: Förskola", None),
        ("Placering i förskola erbjuds inom fyra månader",
         "Uttag ur kösystemet",
         "96 % erbjudna inom garantitiden, 11 barn fick plats senare än fyra månader.",
         "Genomförd med avvikelse", "GENOMFORD", "ja"),
    ]
    t2 = [
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov 25 fakturor",
         "Inga avvikelser.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Registerutdrag ur belastningsregistret för nyanställda i förskola och skola",
         "Kontroll mot anställningar jan–aug",
         "Ej aktuellt för förvaltningen i år – ingår i HR-avdelningens kontroll under kommunstyrelsen.",
         "Ej aktuell", "UTGAR", ""),
        ("Uppföljning av sjukfrånvaro och rehabiliteringsärenden",
         "Uttag ur Adato",
         "",
         "", "SAKNAS", ""),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_paragraph("Åsbro kommun\nBarn- och utbildningsförvaltningen")
    d.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport per augusti", level=1)
    d.add_paragraph("Barn- och utbildningsnämnden antog internkontrollplanen för 2025 den 12 december 2024 (§ 118). "
                    "Nedan redovisas uppföljningen av kontrollmomenten för perioden januari–augusti. "
                    "Bedömning anges som Genomförd, Genomförd med avvikelse, Pågående, Ej genomförd eller Ej aktuell.")
    d.add_heading("1. Nämndspecifika kontrollmoment", level=2)
    hdr = ["Kontrollmoment", "Kontrollmetod", "Resultat delår", "Bedömning"]

    def build(rows):
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
            t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            set_cell_bg(t.rows[0].cells[i], "D9E2F3")
        for row in rows:
            cells = t.add_row().cells
            if row[1] is None:
                m = cells[0].merge(cells[3])
                m.text = row[0]
                m.paragraphs[0].runs[0].bold = True
                set_cell_bg(m, "F2F2F2")
                continue
            for i in range(4):
                cells[i].text = row[i]
            EXP.append((fil, nm, row[0], row[4], row[5]))
    build(t1)
    d.add_paragraph("")
    d.add_heading("2. Kommungemensamma kontrollmoment", level=2)
    build(t2)
    d.add_paragraph("")
    d.add_paragraph("Sammanfattande bedömning: Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
                    "Avvikelserna inom inköp och förskoleplacering åtgärdas under hösten.")
    d.add_paragraph("Åsbro 2025-09-08\nAnders Holm, förvaltningschef")
    fix_docx_props(d)
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ============================================================ 3. VON xlsx, traffic-light fills, T1 + delår
def file_von():
    fil = "VON IKP 2025 uppföljning.xlsx"
    nm = "Vård- och omsorgsnämnden"
    G = "00B050"; Y = "FFC000"; R = "FF0000"
    rows = [
        # process, kontrollmoment, metod, ansvarig, T1 fill, delår fill, kommentar, exp_status, exp_avv
        ("Myndighetsutövning", "Beslut om bistånd enligt SoL är dokumenterade och motiverade",
         "Granskning av 15 beslut per halvår", "Enhetschef myndighet", G, G,
         "Samtliga granskade beslut korrekt dokumenterade.", "GENOMFORD", "nej"),
        ("Myndighetsutövning", "Verkställighet av beslut inom tre månader – rapportering till IVO",
         "Uttag ur verksamhetssystemet", "Enhetschef myndighet", Y, G,
         "Kvartalsrapporter Q1 och Q2 inlämnade i tid.", "GENOMFORD", "nej"),
        ("Hälso- och sjukvård", "Läkemedelshantering i särskilt boende – signeringslistor",
         "Stickprov 3 boenden", "MAS", Y, Y,
         "Granskat Björkgården och Ängsliden. Lärkan återstår.", "DELVIS", ""),
        ("Hälso- och sjukvård", "Avvikelserapportering enligt rutin i Lifecare",
         "Genomgång av avvikelser jan–aug", "MAS", G, R,
         "Ej genomförd under perioden p.g.a. vakant MAS-tjänst maj–augusti.", "EJ_GENOMFORD", ""),
        ("Ekonomi", "Hantering av brukarmedel (kontanter) i hemtjänsten",
         "Kassakontroll 2 ggr/år", "Ekonomisk handläggare", G, None,
         "", "GENOMFORD", ""),
        ("Ekonomi", "Debitering av avgifter för hemtjänst överensstämmer med utförd tid",
         "Jämförelse utförd tid/fakturerad tid, 20 brukare", "Avgiftshandläggare", G, G,
         "4 brukare felaktigt debiterade (för hög avgift). Återbetalning gjord.", "GENOMFORD", "ja"),
        ("Personal", "Schemaläggning följer arbetstidslagen (dygnsvila)",
         "Uttag ur Time Care", "HR-konsult", None, None,
         "", "SAKNAS", ""),
        ("Personal", "Introduktion av timvikarier dokumenteras på checklista",
         "Stickprov 10 vikarier", "Enhetschefer", R, Y,
         "Checklistor finns för 6 av 10. Arbetet fortsätter.", "DELVIS", "ja"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 med uppföljning"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Uppföljning per 2025-08-31"
    # legend at top right
    ws["H1"] = "Teckenförklaring"
    ws["H1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(G, "Kontrollen genomförd"), (Y, "Kontrollen delvis genomförd / pågår"),
                                    (R, "Kontrollen ej genomförd")]):
        ws.cell(row=2 + i, column=8).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=2 + i, column=9, value=txt)
    hdr = ["Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status T1", "Status delår", "Kommentar delår"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.border = BORDER
    r = 7
    for row in rows:
        vals = [row[0], row[1], row[2], row[3], None, None, row[6] or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BORDER
        if row[4]:
            ws.cell(row=r, column=5).fill = PatternFill("solid", fgColor=row[4])
        if row[5]:
            ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=row[5])
        EXP.append((fil, nm, row[1], row[7], row[8]))
        r += 1
    for col, w in zip("ABCDEFGHI", [20, 50, 32, 20, 11, 11, 55, 4, 34]):
        ws.column_dimensions[col].width = w
    fix_xlsx_props(wb)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ============================================================ 4. Stratsys CSV export, two nämnder, long format
def file_csv():
    fil = "export_internkontroll_20250915.csv"
    data = [
        # enhet, kontrollmoment, metod, ansvarig, [(period, status, kommentar)], exp_status, exp_avv
        ("Samhällsbyggnadsnämnden", "Handläggningstid för bygglov inom lagstadgade 10 veckor",
         "Uttag ur ärendesystemet", "Bygglovschef",
         [("Tertial 1 2025", "Slutförd", "Alla ärenden inom tid."),
          ("Delår 2025", "Slutförd", "2 ärenden av 164 över 10 veckor, avgiften reducerad enligt PBL.")],
         "GENOMFORD", "ja"),
        ("Samhällsbyggnadsnämnden", "Upphandlade entreprenader följer avtalade à-priser",
         "Stickprov 10 fakturor", "Projektchef",
         [("Tertial 1 2025", "Påbörjad", ""),
          ("Delår 2025", "Slutförd", "Inga avvikelser.")],
         "GENOMFORD", "nej"),
        ("Samhällsbyggnadsnämnden", "Markanvisningsavtal följs upp enligt markanvisningspolicyn",
         "Genomgång av gällande avtal", "Mark- och exploateringschef",
         [("Tertial 1 2025", "Påbörjad", "Genomgång av 4 avtal startad."),
          ("Delår 2025", "", "")],
         "DELVIS", ""),
        ("Samhällsbyggnadsnämnden", "Hyresavtal för kommunens lokaler är uppdaterade och indexuppräknade",
         "Kontroll av samtliga externa hyresavtal", "Fastighetsförvaltare",
         [("Tertial 1 2025", "Ej påbörjad", ""),
          ("Delår 2025", "Ej påbörjad", "Planeras till Q4.")],
         "EJ_GENOMFORD", ""),
        ("Samhällsbyggnadsnämnden", "Kontroll av felanmälningar – åtgärdstid",
         "Uttag ur felanmälningssystemet", "Driftchef",
         [("Delår 2025", "", "Kontrollen är genomförd utan anmärkning.")],
         "GENOMFORD", "nej"),
        ("Miljö- och byggnämnden", "Tillsynsplanen för livsmedelskontroll följs",
         "Jämförelse plan/utfall", "Miljöchef",
         [("Tertial 1 2025", "Påbörjad", "32 % av planerade kontroller utförda."),
          ("Delår 2025", "Påbörjad", "58 % utförda mot plan 67 %. Eftersläpning på grund av sjukskrivning.")],
         "DELVIS", "ja"),
        ("Miljö- och byggnämnden", "Debitering av timavgift för tillsyn sker enligt taxa",
         "Stickprov 20 ärenden", "Administratör",
         [("Tertial 1 2025", "Slutförd", "Inga avvikelser."),
          ("Delår 2025", "Slutförd", "Inga avvikelser.")],
         "GENOMFORD", "nej"),
        ("Miljö- och byggnämnden", "Delegationsbeslut anmäls till nämnden",
         "Jämförelse delegationslista/protokoll", "Nämndsekreterare",
         [("Tertial 1 2025", "Utgår", "Utgår – kontrollen görs av kommunstyrelsens kansli för alla nämnder."),
          ("Delår 2025", "Utgår", "")],
         "UTGAR", ""),
        ("Miljö- och byggnämnden", "Obligatoriska kontroller av enskilda avlopp",
         "Uttag ur Ecos", "Miljöinspektör",
         [("Tertial 1 2025", "Ej påbörjad", ""),
          ("Delår 2025", "Försenad", "Startar i september. Tidplanen har flyttats fram.")],
         "EJ_GENOMFORD", ""),
    ]
    path = os.path.join(OUT, fil)
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Organisation", "Plan", "Kontrollmoment", "Kontrollmetod", "Ansvarig",
                    "Uppföljningsperiod", "Status", "Kommentar", "Senast ändrad"])
        for enhet, km, metod, ans, periods, es, ea in data:
            for (p, s, k) in periods:
                w.writerow([enhet, "Internkontrollplan 2025", km, metod, ans, p, s, k,
                            "2025-09-1%d" % (len(k) % 5)])
            EXP.append((fil, enhet, km, es, ea))
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "DELAR"))
    FILES.append((fil, "INLAST", "Miljö- och byggnämnden", "2025", "DELAR"))


# ============================================================ 5. KFN odt, text only
def file_kfn():
    fil = "KFN_uppfoljning_internkontroll.odt"
    nm = "Kultur- och fritidsnämnden"
    items = [
        ("Kontanthantering i receptionen på Åsbrobadet",
         ["Status: Genomförd.",
          "Oanmälda kassainventeringar gjordes i april och juni. Kassan stämde vid båda tillfällena."],
         "GENOMFORD", "nej"),
        ("Bidrag till föreningar betalas ut enligt bidragsreglerna",
         ["Status: Genomförd med avvikelse.",
          "Av 18 granskade aktivitetsstöd hade två föreningar redovisat deltagare som inte var medlemmar. "
          "Bidragen har återkrävts."],
         "GENOMFORD", "ja"),
        ("Uthyrning av idrottshallar debiteras enligt taxa",
         ["Kontrollen har påbörjats. Bokningar för vårterminen är jämförda mot fakturering, höstterminen återstår."],
         "DELVIS", ""),
        ("Inventering av konstsamlingen",
         ["Kontrollen har inte genomförts under perioden på grund av vakans som konstintendent. "
          "Den skjuts upp till 2026."],
         "EJ_GENOMFORD", ""),
        ("Systematiskt brandskyddsarbete på fritidsgårdarna",
         ["Se bilaga 1."],
         "OKLAR", ""),
        ("Lån och återlämning av medier – påminnelser och ersättningskrav",
         ["Status: Genomförd. Inga avvikelser."],
         "GENOMFORD", "nej"),
    ]
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    doc.text.addElement(P(text="Åsbro kommun – Kultur- och fritidsförvaltningen"))
    doc.text.addElement(H(outlinelevel=1, text="Uppföljning av internkontrollplan 2025"))
    doc.text.addElement(P(text="Delårsuppföljning januari–augusti 2025, Kultur- och fritidsnämnden"))
    doc.text.addElement(P(text="Nämnden beslutade om sex kontrollmoment för 2025. Nedan redovisas resultatet "
                                "för vart och ett av dem."))
    for title, paras, es, ea in items:
        doc.text.addElement(H(outlinelevel=2, text=title))
        for t in paras:
            doc.text.addElement(P(text=t))
        EXP.append((fil, nm, title, es, ea))
    doc.text.addElement(H(outlinelevel=2, text="Sammanfattning"))
    doc.text.addElement(P(text="Fyra av sex kontroller är helt eller delvis genomförda. Avvikelsen kring föreningsbidrag "
                                "har lett till att bidragsreglerna förtydligas inför 2026."))
    doc.text.addElement(P(text="Maria Ek, kultur- och fritidschef"))
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ============================================================ 6. TN xls (via LibreOffice), tick columns, nämnd only in header/filename
def file_tn(tmpdir):
    fil = "Uppföljning IK 2025 - Tekniska.xls"
    nm = "Tekniska nämnden"
    rows = [
        # nr, kontrollmoment, ansvarig, G, D, E, avvikelse, kommentar, exp_status, exp_avv
        (1, "Kontroll av drivmedelskort – tankning stämmer mot fordon och körjournal", "Fordonssamordnare",
         "X", "", "", "Nej", "Stickprov 3 månader.", "GENOMFORD", "nej"),
        (2, "Egenkontroll av dricksvattenkvalitet enligt provtagningsplan", "VA-chef",
         "X", "", "", "Ja", "Ett prov i Hällebo visade förhöjda koliforma bakterier, åtgärdat med spolning och omprov.",
         "GENOMFORD", "ja"),
        (3, "Vinterväghållning – entreprenörens utryckningstider", "Gatuchef",
         "", "X", "", "Nej", "Januari–mars kontrollerat, november–december återstår.", "DELVIS", "nej"),
        (4, "Avfallsabonnemang – debitering mot hämtregister", "Avfallsingenjör",
         "", "", "X", "", "Systembyte under våren, kontroll görs under hösten.", "EJ_GENOMFORD", ""),
        (5, "Attest av leverantörsfakturor enligt attestordningen", "Ekonomiassistent",
         "X", "", "X", "", "", "OKLAR", ""),
        (6, "Besiktning av lekplatser enligt SS-EN 1176", "Parkingenjör",
         "", "", "", "", "Se bilaga 2", "OKLAR", ""),
        (7, "Kostenhetens egenkontroll – temperaturloggning i tillagningskök", "Kostchef",
         "X", "", "", "Nej", "", "GENOMFORD", "nej"),
        (8, "Städavtal – kvalitetsuppföljning enligt avtal med extern städentreprenör", "Lokalvårdschef",
         "", "", "", "", "", "SAKNAS", ""),
        (9, "Upphandling av konsulttjänster – avrop enligt ramavtalets rangordning", "Teknisk chef",
         "", "X", "", "Ja", "Två av sex avrop gick inte till förste rangordnade leverantör utan motivering. Resterande granskas i oktober.",
         "DELVIS", "ja"),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws.oddHeader.center.text = "Tekniska nämnden"
    ws.oddHeader.right.text = "Internkontroll 2025"
    ws.oddFooter.left.text = "Åsbro kommun"
    ws["A1"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Period: januari – augusti (delår)"
    ws["A3"] = "Markera med X i den kolumn som stämmer. Kommentera alltid vid avvikelse."
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("D4:F4")
    ws["D4"] = "Kontrollen är"
    ws["D4"].alignment = Alignment(horizontal="center")
    ws["D4"].font = Font(bold=True)
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Genomförd", "Delvis genomförd", "Ej genomförd",
           "Avvikelse (Ja/Nej)", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BORDER
        c.alignment = Alignment(wrap_text=True)
    r = 6
    for row in rows:
        for i, v in enumerate(row[:8], 1):
            c = ws.cell(row=r, column=i, value=(v if v != "" else None))
            c.border = BORDER
            c.alignment = WRAP
            if i in (4, 5, 6):
                c.alignment = Alignment(horizontal="center", vertical="top")
        EXP.append((fil, nm, row[1], row[8], row[9]))
        r += 1
    for col, w in zip("ABCDEFGH", [5, 55, 20, 11, 11, 11, 11, 55]):
        ws.column_dimensions[col].width = w
    fix_xlsx_props(wb)
    src = os.path.join(tmpdir, "tn.xlsx")
    wb.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round393",
                    "--convert-to", "xls:MS Excel 97", "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmpdir, "tn.xls"), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ============================================================ 7. SN docx, risk table with vertically merged process, Följer plan Ja/Nej
def file_sn():
    fil = "Socialnämnden - delårsuppföljning intern kontroll 2025.docx"
    nm = "Socialnämnden"
    procs = [
        ("Ekonomiskt bistånd", [
            ("Felaktiga utbetalningar", "12",
             "Kontroll att utbetalt ekonomiskt bistånd motsvarar beslut (stickprov 20 ärenden)",
             "Ja", "Inga avvikelser i stickprovet.", "GENOMFORD", "nej"),
            ("Bidragsbrott upptäcks inte", "9",
             "Kontroll mot Försäkringskassan och CSN via SSBTEK vid nyansökan",
             "Nej", "Kontrollen har inte genomförts. Behörigheter till SSBTEK saknades fram till juni.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Barn och unga", [
            ("Förhandsbedömning görs inte inom 14 dagar", "16",
             "Förhandsbedömning av orosanmälningar inom 14 dagar enligt SoL 11 kap. 1 a §",
             "Ja", "Granskat 40 anmälningar. 5 bedömningar gjordes efter 14 dagar (hög arbetsbelastning i maj).",
             "GENOMFORD", "ja"),
            ("Utredningstiden överskrids", "12",
             "Utredningar avslutas inom fyra månader",
             "Delvis", "Uppföljning gjord för T1, T2 görs i september.", "DELVIS", ""),
            ("Placerade barn får inte lagstadgade besök", "12",
             "Besök hos placerade barn minst fyra gånger per år",
             "Ja", "", "GENOMFORD", ""),
        ]),
        ("Vuxna missbruk", [
            ("Köpta platser utan avtal", "8",
             "Placeringar på HVB sker hos avtalade leverantörer",
             "Ja", "Samtliga 7 placeringar hos ramavtalsleverantör.", "GENOMFORD", "nej"),
        ]),
        ("Övergripande", [
            ("Bristande informationssäkerhet", "9",
             "Loggkontroll i verksamhetssystemet Viva – obehörig åtkomst till personakter",
             "", "Utgår enligt nämndens beslut 2025-05-20 § 44, ersätts av centrala loggkontroller.",
             "UTGAR", ""),
        ]),
    ]
    d = docx.Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Åsbro kommun – Socialförvaltningen"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Uppföljning av intern kontroll – delårsbokslut augusti 2025", level=1)
    d.add_paragraph("Socialnämnden")
    d.add_paragraph("Socialnämnden har ett ansvar för att den interna kontrollen är tillräcklig inom nämndens "
                    "verksamhetsområden. Riskvärdet är beräknat som sannolikhet × konsekvens (1–4). "
                    "Kolumnen \"Följer plan\" anger om kontrollen är utförd enligt plan för perioden (Ja/Nej/Delvis).")
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Följer plan", "Kommentar"]
    n = sum(len(p[1]) for p in procs)
    t = d.add_table(rows=1 + n, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    r = 1
    for pname, risks in procs:
        start = r
        for (risk, rv, km, fp, kom, es, ea) in risks:
            cells = t.rows[r].cells
            cells[1].text = risk
            cells[2].text = rv
            cells[3].text = km
            cells[4].text = fp
            cells[5].text = kom
            EXP.append((fil, nm, km, es, ea))
            r += 1
        m = t.cell(start, 0).merge(t.cell(r - 1, 0)) if r - 1 > start else t.cell(start, 0)
        m.text = pname
    d.add_paragraph("")
    d.add_paragraph("Förslag till beslut: Socialnämnden godkänner delårsuppföljningen av internkontrollplanen 2025.")
    fix_docx_props(d)
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nm, "2025", "DELAR"))


# ============================================================ 8. rejected: covering letter from ÖFN
def file_reject():
    fil = "Följebrev delårsrapport Överförmyndarnämnden.docx"
    d = docx.Document()
    d.add_paragraph("Åsbro kommun\nÖverförmyndarenheten\n2025-09-11")
    d.add_paragraph("Till: Ekonomiavdelningen")
    d.add_heading("Följebrev – delårsrapport 2025", level=1)
    d.add_paragraph("Hej!")
    d.add_paragraph("Här kommer Överförmyndarnämndens delårsrapport per augusti 2025 (bifogas separat som PDF). "
                    "Nämndens internkontrollplan för 2025 innehåller två kontrollmoment – granskning av "
                    "årsräkningar och kontroll av ställföreträdares arvoden – som båda följs upp först i samband "
                    "med årsbokslutet. Någon uppföljning av intern kontroll lämnas därför inte i delåret.")
    d.add_paragraph("Hör av er om ni har frågor.")
    d.add_paragraph("Med vänlig hälsning\nLena Sjöberg\nenhetschef, Överförmyndarenheten")
    fix_docx_props(d)
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def main():
    for f in os.listdir(OUT):
        if f not in ("make_round.py", "README.md"):
            p = os.path.join(OUT, f)
            if os.path.isfile(p):
                os.remove(p)
    tmpdir = tempfile.mkdtemp(prefix="r393_")
    file_ks()
    file_bun()
    file_von()
    file_csv()
    file_kfn()
    file_tn(tmpdir)
    file_sn()
    file_reject()
    shutil.rmtree(tmpdir, ignore_errors=True)
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXP)
    print("files:", len(FILES), "controls:", len(EXP))


if __name__ == "__main__":
    main()
