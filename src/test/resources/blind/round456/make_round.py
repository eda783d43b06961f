#!/usr/bin/python3
"""Round 456 – Strömstad kommun, helår 2025. Builds all files + CSVs deterministically."""
import csv, os, shutil, subprocess, tempfile, datetime
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = HERE
LO_PROFILE = "file:///tmp/lo-round456"
FIXED = datetime.datetime(2026, 1, 20, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def new_doc(author="Strömstads kommun"):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return d


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={LO_PROFILE}",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- F1 KS
def f1():
    fil = "KS_Uppfoljning_IKP_2025_helar.docx"
    N = "Kommunstyrelsen"
    d = new_doc("Ekonomiavdelningen")
    h = d.add_paragraph(); r = h.add_run("Strömstads kommun"); r.bold = True; r.font.size = Pt(9)
    d.add_heading("Kommunstyrelsen – uppföljning av internkontrollplan 2025, helår", level=1)
    d.add_paragraph("Diarienummer: KS/2024-0611\nDatum: 2026-01-20\nHandläggare: Lena Kjellberg, controller")
    d.add_heading("Inledning", level=2)
    d.add_paragraph(
        "Kommunstyrelsen antog internkontrollplanen för 2025 den 11 december 2024 (§ 214). Planen omfattar åtta "
        "kontrollmoment inom kommunstyrelsens ansvarsområde. I denna rapport redovisas resultatet för hela året "
        "2025. Varje kontrollmoment redovisas i ett eget formulär med ansvarig, metod, status och resultat. "
        "Status anges som Genomförd, Genomförd med avvikelse, Delvis genomförd, Ej genomförd eller Utgår.")
    d.add_paragraph(
        "Sammanfattningsvis har fyra av åtta kontroller genomförts under året, varav två med avvikelser. "
        "Kommunledningsförvaltningen föreslår åtgärder där brister har konstaterats.")
    d.add_heading("Redovisning per kontrollmoment", level=2)
    controls = [
        ("Inköp och upphandling", "Attest av leverantörsfakturor enligt attestordningen",
         "Ekonomichef", "Stickprov om 40 fakturor ur ekonomisystemet Raindance, perioden januari–november.",
         "Två gånger per år", "Genomförd",
         "Samtliga 40 fakturor var attesterade av behörig attestant enligt gällande attestlista. Inga avvikelser noterades.",
         "Ingen åtgärd.", ("GENOMFORD", "nej")),
        ("Inköp och upphandling", "Kontroll av att direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen för direktupphandling",
         "Upphandlingssamordnare", "Granskning av samtliga direktupphandlingar registrerade i upphandlingsverktyget under året.",
         "Årligen", "Genomförd med avvikelse",
         "15 direktupphandlingar granskades. I fyra fall saknades dokumentation av konkurrensutsättning och i ett fall "
         "överskreds direktupphandlingsgränsen.",
         "Utbildning för beställare genomförs under våren 2026. Rutinen förtydligas.", ("GENOMFORD", "ja")),
        ("Lön och personal", "Kontroll av att avslutade anställningar avregistreras i lönesystemet i rätt tid",
         "HR-chef", "Jämförelse mellan avslutslistor från HR och aktiva anställningar i Personec.",
         "Tertialvis", "Delvis genomförd",
         "Kontrollen har genomförts för perioden januari–juni. Inga felaktiga utbetalningar hittades. "
         "Andra halvåret kvarstår på grund av byte av lönesystem i september.",
         "Resterande period kontrolleras i februari 2026.", ("DELVIS", "nej")),
        ("IT och informationssäkerhet", "Behörighetsgenomgång i ekonomisystemet – att behörigheter motsvarar aktuell tjänst",
         "IT-chef", "Systemförvaltaren tar ut behörighetslista och stämmer av mot chefernas personallistor.",
         "Årligen", "Ej genomförd",
         "Kontrollen har inte hunnits med under 2025 och flyttas till internkontrollplan 2026.",
         "–", ("EJ_GENOMFORD", "")),
        ("Ärendehantering", "Anmälan av delegationsbeslut till kommunstyrelsen",
         "Kanslichef", "Granskning av delegationslistor för mars, juni och oktober mot beslut i Ciceron.",
         "Tre gånger per år", "Genomförd",
         "Granskningen visade att två beslut om tillfälliga serveringstillstånd anmäldes först två månader efter "
         "beslutsdatum. Övriga beslut var anmälda i rätt tid.",
         "Påminnelse om rutinen har skickats till berörda handläggare.", ("GENOMFORD", "ja")),
        ("Säkerhet och beredskap", "Uppdatering av kommunens krisledningsplan",
         "Säkerhetssamordnare", "Kontroll att planen är reviderad och fastställd under mandatperioden.",
         "Årligen", "Utgår",
         "Kontrollmomentet utgår enligt KS beslut 2025-05-14 § 87 då krisledningsplanen revideras inom ramen för "
         "arbetet med civilt försvar.",
         "–", ("UTGAR", "")),
        ("Ekonomi", "Kontroll av att kostnader för representation följer riktlinjerna (syfte och deltagare ska anges)",
         "Redovisningsansvarig", "Stickprov om 20 verifikationer på konto 7110–7130.",
         "Årligen", "",
         "Genomförd i november. 20 verifikationer kontrollerades och samtliga hade syfte och deltagare angivna.",
         "Ingen åtgärd.", ("GENOMFORD", "nej")),
        ("Inköp och upphandling", "Uppföljning av avtalstrohet vid inköp av kontorsmaterial",
         "Upphandlingssamordnare", "Analys av leverantörsreskontra mot avtalsdatabasen.",
         "Årligen", "", "", "", ("SAKNAS", "")),
    ]
    for i, (proc, km, ansv, metod, frek, status, res, atg, (st, av)) in enumerate(controls, 1):
        d.add_paragraph().add_run(f"Kontroll {i} av {len(controls)}").bold = True
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        rows = [("Process", proc), ("Kontrollmoment", km), ("Ansvarig", ansv), ("Metod", metod),
                ("Frekvens", frek), ("Status:", status), ("Resultat", res), ("Åtgärd", atg)]
        for lab, val in rows:
            c = t.add_row().cells
            set_cell(c[0], lab, bold=True)
            shade(c[0], "DCE6F1")
            set_cell(c[1], val)
        for row in t.rows:
            row.cells[0].width = Cm(3.5); row.cells[1].width = Cm(12.5)
        d.add_paragraph()
        exp(fil, N, km, st, av)
    d.add_heading("Kommunstyrelsens bedömning", level=2)
    d.add_paragraph("Kommunstyrelsen bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig, "
                    "men att arbetet med direktupphandlingar behöver förbättras.")
    d.add_paragraph("\nStrömstad 2026-01-20\n\nMaria Olsson\nKommundirektör")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- F2 SN
def f2():
    fil = "Socialnämnden helårsuppföljning internkontroll 2025.docx"
    N = "Socialnämnden"
    d = new_doc("Socialförvaltningen")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Socialförvaltningen\tStrömstads kommun\t2026-01-14"
    d.add_heading("Internkontroll 2025 – helårsuppföljning", level=1)
    d.add_paragraph("Socialnämnden\nSammanträde 2026-01-22")
    d.add_paragraph(
        "Nedan redovisas resultatet av de kontroller som ingick i socialnämndens internkontrollplan 2025. "
        "För varje kontroll anges vad som har kontrollerats (kontrollpunkter/urval), resultat och status. "
        "Status markeras med kryss i rutan.")
    B, E = "☒", "☐"
    def boxes(g, dv, ej):
        return f"{B if g else E} Genomförd   {B if dv else E} Delvis genomförd   {B if ej else E} Ej genomförd"
    controls = [
        ("Handläggning av ekonomiskt bistånd – att beslut fattas enligt delegationsordningen och att utbetalning motsvarar beslut",
         "Individ- och familjeomsorg", "Enhetschef försörjningsstöd",
         "Stickprov om 20 akter per halvår i Lifecare.",
         ["Akt 2025-0341 – beslut och utbetalning överensstämmer",
          "Akt 2025-0518 – beslut saknades i systemet vid utbetalning",
          "Akt 2025-0977 – beslut och utbetalning överensstämmer"],
         "40 akter har granskats. I en akt saknades beslut i verksamhetssystemet före utbetalning. Ärendet har "
         "rättats och handläggaren har fått förnyad genomgång av rutinen.",
         boxes(1, 0, 0), ("GENOMFORD", "ja")),
        ("Orosanmälningar – att förhandsbedömning görs inom 14 dagar",
         "Barn och unga", "Enhetschef barn och unga",
         "Uttag ur verksamhetssystemet av samtliga anmälningar per tertial.",
         [],
         "Kontrollerat för tertial 1 och 2. Av 112 anmälningar hade 9 en förhandsbedömning som tog längre än 14 dagar. "
         "Tertial 3 har inte granskats.",
         boxes(0, 1, 0), ("DELVIS", "ja")),
        ("Läkemedelshantering i särskilt boende – signeringslistor och avvikelserapportering",
         "Vård och omsorg", "Medicinskt ansvarig sjuksköterska (MAS)",
         "Granskning av signeringslistor för en vecka i oktober på varje särskilt boende.",
         ["Boende: Kasens äldreboende", "Boende: Solbackens särskilda boende", "Boende: Österhöjden demensboende"],
         "Samtliga signeringslistor var kompletta. Avvikelser hade rapporterats i Lifecare enligt rutin. Inga avvikelser.",
         boxes(1, 0, 0), ("GENOMFORD", "nej")),
        ("Kontroll av att ej verkställda beslut enligt SoL och LSS rapporteras till IVO inom tid",
         "Myndighetsutövning", "Verksamhetsutvecklare",
         "Avstämning av rapporterade ärenden mot lista över beslut äldre än tre månader.",
         [],
         "Kontrollen har inte genomförts under året på grund av vakans som systemförvaltare.",
         boxes(0, 0, 0), ("EJ_GENOMFORD", "")),
        ("Hantering av brukares privata medel (kontanthantering) inom LSS-boenden",
         "Funktionsstöd", "Enhetschef funktionsstöd",
         "Inventering av kassor och kvitton på två boenden.",
         ["Boende: Karlsgatan 12", "Boende: Mellbyvägen"],
         "Se bilaga 2.",
         boxes(1, 1, 0), ("OKLAR", "")),
        ("Loggkontroll i verksamhetssystemet Lifecare – otillbörlig åtkomst",
         "Informationssäkerhet", "Systemförvaltare",
         "Slumpvis kontroll av loggar för 10 användare per kvartal.",
         [],
         "Ny rutin för loggkontroll antogs i oktober. Första kontrollen planeras till februari 2026.",
         boxes(0, 0, 1), ("EJ_GENOMFORD", "")),
        ("Avgiftsdebitering inom hemtjänst – att avgiftsbeslut är aktuella",
         "Vård och omsorg", "Avgiftshandläggare",
         "Stickprov om 25 brukare med hemtjänst.",
         ["Brukare med ändrad inkomst under 2025 (10 st)", "Brukare med nybeviljad hemtjänst (15 st)"],
         "Tre avgiftsbeslut hade inte omprövats efter ändrad inkomst. Rättelse har gjorts och återbetalning skett i två fall.",
         boxes(1, 0, 0), ("GENOMFORD", "ja")),
    ]
    for i, (km, omr, ansv, metod, kps, res, status, (st, av)) in enumerate(controls, 1):
        d.add_heading(f"{i}. {omr}", level=3)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        def row(lab, val, bold=False, fill=None):
            c = t.add_row().cells
            set_cell(c[0], lab, bold=True)
            set_cell(c[1], val, bold=bold)
            if fill: shade(c[0], fill)
        row("Kontrollmoment", km, fill="E2EFD9")
        row("Ansvarig", ansv, fill="E2EFD9")
        row("Metod", metod, fill="E2EFD9")
        if kps:
            c = t.add_row().cells
            m = c[0].merge(c[1])
            set_cell(m, "Kontrollpunkter (urval)", bold=True)
            shade(m, "F2F2F2")
            for j, kp in enumerate(kps, 1):
                row(f"Kontrollpunkt {j}", kp)
        row("Resultat", res, fill="E2EFD9")
        row("Status", status, fill="E2EFD9")
        d.add_paragraph()
        exp(fil, N, km, st, av)
    d.add_paragraph("Bilaga 2: Inventering av privata medel, LSS (separat dokument)")
    d.add_paragraph("\nAnna Berntsson\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- F3 BUN (.doc)
def f3(tmp):
    fil = "BUN_IK_uppfoljning_2025.doc"
    N = "Barn- och utbildningsnämnden"
    d = new_doc("Barn- och utbildningsförvaltningen")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Barn- och utbildningsförvaltningen – Strömstads kommun"
    hp.runs[0].font.size = Pt(9)
    sec.footer.paragraphs[0].text = "Dnr BUN 2024/188"
    d.add_heading("Uppföljning intern kontroll – helår 2025", level=1)
    d.add_paragraph("Beslutsinstans: nämnden, februari 2026. Rapporten redovisar de kontroller som ingick i "
                    "internkontrollplanen 2025. För varje kontroll anges en samlad bedömning.")
    controls = [
        ("Kontroll av att skolpliktsbevakning sker för samtliga folkbokförda barn i skolpliktig ålder",
         "Förvaltningschef", "Två gånger per år",
         "Folkbokföringsregistret stäms av mot elevregistret i IST.",
         "Kontrollerade skolor: Strömstiernaskolan, Skee skola, Bojarskolan, Rossö skola",
         "Samtliga folkbokförda barn i skolpliktig ålder var placerade i skola eller hade känd skolgång på annan ort.",
         "Kontrollen är genomförd utan anmärkning.", ("GENOMFORD", "nej")),
        ("Hantering av kränkande behandling – anmälan till huvudman utan dröjsmål",
         "Verksamhetschef grundskola", "Tertialvis",
         "Genomgång av samtliga anmälningar i DF Respons.",
         None,
         "48 anmälningar har granskats. 11 anmälningar kom in till huvudmannen mer än fem arbetsdagar efter händelsen.",
         "Genomförd. Brister i rutinen har identifierats och en åtgärdsplan tas fram under våren 2026.", ("GENOMFORD", "ja")),
        ("Kontroll av att förskolornas barngruppsstorlekar rapporteras till nämnden",
         "Verksamhetschef förskola", "Årligen",
         "Jämförelse av inrapporterade barngrupper mot placeringar i Procapita.",
         None,
         "Inga avvikelser på granskade enheter.",
         "Kontrollen har genomförts på 4 av 9 förskoleenheter. Resterande enheter kontrolleras i januari 2026.",
         ("DELVIS", "nej")),
        ("Skolskjuts – att beslut om skolskjuts fattas enligt riktlinjer och delegationsordning",
         "Skolskjutssamordnare", "Årligen",
         "Stickprov om 30 beslut.",
         None, "",
         "Se bilaga 3, Skolskjutsgranskning 2025.", ("OKLAR", "")),
        ("Tilläggsbelopp – att ansökningar beviljas enligt fastställda kriterier",
         "Elevhälsochef", "Årligen",
         "Granskning av samtliga beslut om tilläggsbelopp.",
         None, "", "", ("SAKNAS", "")),
        ("Kontroll av att registerutdrag ur belastningsregistret har uppvisats vid nyanställning",
         "HR-konsult", "Årligen",
         "Stickprov om 15 nyanställningar i förskola och skola.",
         None, "",
         "Ej genomförd – kontrollen prioriterades bort under hösten på grund av hög arbetsbelastning.",
         ("EJ_GENOMFORD", "")),
        ("Inventering av elevdatorer (Chromebooks) mot inventarieförteckning",
         "IT-pedagog", "Årligen",
         "Fysisk inventering på två skolor.",
         None, "",
         "Kontrollen utgår. Inventarieförteckningen ersätts av nytt IT-system och kontrollen ingår i kommunstyrelsens "
         "centrala kontroll av IT-utrustning.", ("UTGAR", "")),
    ]
    for i, (km, ansv, frek, metod, kp, res, bed, (st, av)) in enumerate(controls, 1):
        d.add_paragraph().add_run(f"Kontroll {i}").bold = True
        t = d.add_table(rows=0, cols=4)
        t.style = "Table Grid"
        def wide(lab, val, fill="FDE9D9"):
            c = t.add_row().cells
            set_cell(c[0], lab, bold=True); shade(c[0], fill)
            m = c[1].merge(c[3]); set_cell(m, val)
        wide("Kontrollmoment", km)
        c = t.add_row().cells
        set_cell(c[0], "Ansvarig", bold=True); shade(c[0], "FDE9D9")
        set_cell(c[1], ansv)
        set_cell(c[2], "Frekvens", bold=True); shade(c[2], "FDE9D9")
        set_cell(c[3], frek)
        wide("Metod", metod)
        if kp:
            wide("Kontrollpunkter", kp)
        wide("Resultat", res)
        wide("Samlad bedömning", bed)
        d.add_paragraph()
        exp(fil, N, km, st, av)
    d.add_paragraph("Bilagor\nBilaga 3 Skolskjutsgranskning 2025")
    src = os.path.join(tmp, "BUN_IK_uppfoljning_2025.docx")
    d.save(src)
    soffice(src, "doc:MS Word 97", OUT)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- F4 MBN xlsx
def f4():
    fil = "Miljö- och byggnadsnämnden IK 2025.xlsx"
    N = "Miljö- och byggnadsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    thin = Side(style="thin", color="999999")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Internkontrollplan 2025 – uppföljning"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Miljö- och byggnadsnämnden"
    ws["A3"] = "Uppföljning per tertial. Helårsstatus fastställs i samband med årsbokslutet."
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Ansvarig", "Metod", "T1", "T2", "Helår", "Kommentar helår"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(5, j, h); c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="305496"); c.border = bd
        c.alignment = Alignment(wrap_text=True, vertical="center")
    fills = {"G": "C6EFCE", "GA": "C6EFCE", "D": "FFEB9C", "E": "FFC7CE", "U": "D9D9D9"}
    data = [
        ("GROUP", "Myndighetsutövning"),
        (None, "Beslut fattas utanför lagstadgad tid, avgiften ska reduceras", 12,
         "Bygglov – att beslut fattas inom lagstadgad handläggningstid (10 veckor)", "Bygglovschef",
         "Uttag ur Castor per tertial", "D", "D", "GA",
         "Av 214 beslut fattades 7 efter 10 veckor. Avgiften har reducerats enligt PBL 12 kap. 8 a §.", ("GENOMFORD", "ja")),
        (None, "Planerad tillsyn genomförs inte, risk för miljöpåverkan", 9,
         "Tillsyn enligt miljöbalken – att planerade tillsynsbesök genomförs enligt tillsynsplan", "Miljöchef",
         "Avstämning mot tillsynsplan", "D", "D", "D",
         "78 % av planerade tillsynsbesök har genomförts. Återstående besök förs över till 2026.", ("DELVIS", "")),
        (None, "Beslut anmäls inte till nämnden", 6,
         "Delegationsbeslut – anmälan till nämnden", "Nämndsekreterare",
         "Avstämning delegationslista mot diarium", "G", "G", "G", "Inga avvikelser.", ("GENOMFORD", "nej")),
        ("GROUP", "Ekonomi"),
        (None, "Avgifter faktureras inte, intäktsbortfall", 8,
         "Debitering av tillsynsavgifter – att samtliga avgiftsbeslut faktureras", "Controller",
         "Jämförelse avgiftsbeslut – kundfakturor", "", "G", "", "", ("GENOMFORD", "")),
        (None, "Felaktiga utbetalningar", 6,
         "Attest av leverantörsfakturor enligt attestordningen", "Förvaltningschef",
         "Stickprov 20 fakturor", "", "", "G", "Stickprov om 20 fakturor utan anmärkning.", ("GENOMFORD", "nej")),
        ("GROUP", "Dokumenthantering"),
        (None, "Handlingar registreras inte, brister i offentlighetsprincipen", 9,
         "Diarieföring av inkommande handlingar i Public 360 inom tre dagar", "Registrator",
         "Stickprov inkomna handlingar en vecka per tertial", "", "", "E",
         "Ej genomförd p.g.a. personalbrist på registraturen under hösten.", ("EJ_GENOMFORD", "")),
        (None, "Beslut om strandskyddsdispens skickas inte till Länsstyrelsen", 6,
         "Strandskyddsdispenser – att beslut skickas till Länsstyrelsen inom tre veckor", "Bygglovschef",
         "Avstämning diarium", "G", "", "U",
         "Utgår efter beslut i nämnden 2025-09-10 § 96, kontrollen ingår i Länsstyrelsens överprövning.", ("UTGAR", "")),
        (None, "Jäv vid handläggning", 4,
         "Kontroll av att handläggare inte handlägger ärenden där jäv föreligger", "Förvaltningschef",
         "Genomgång av jävsdeklarationer", "", "", "", "", ("SAKNAS", "")),
    ]
    r = 6
    for item in data:
        if item[0] == "GROUP":
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="D9E1F2")
            r += 1
            continue
        _, risk, rv, km, ansv, metod, t1, t2, hel, kom, (st, av) = item
        vals = ["", risk, rv, km, ansv, metod, t1, t2, hel, kom]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v if v != "" else None)
            c.border = bd
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if j in (7, 8, 9) and v in fills:
                c.fill = PatternFill("solid", fgColor=fills[v])
                c.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, km, st, av)
        r += 1
    r += 1
    ws.cell(r, 1, "Teckenförklaring:").font = Font(bold=True); r += 1
    for code, txt in [("G", "Genomförd utan avvikelse"), ("GA", "Genomförd med avvikelse"),
                      ("D", "Delvis genomförd / pågår"), ("E", "Ej genomförd"), ("U", "Utgår")]:
        c = ws.cell(r, 1, code); c.fill = PatternFill("solid", fgColor=fills[code])
        ws.cell(r, 2, txt); r += 1
    r += 1
    ws.cell(r, 1, "Antal kontrollmoment: 8")
    widths = [18, 30, 9, 45, 18, 28, 6, 6, 7, 50]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    ws.freeze_panes = "A6"
    ws2 = wb.create_sheet("Instruktion")
    ws2["A1"] = "Instruktion för uppföljning"
    ws2["A3"] = "Fyll i status med koderna G, GA, D, E eller U i kolumnen för aktuell period."
    ws2["A4"] = "Kommentera alltid avvikelser och ej genomförda kontroller."
    ws2["A5"] = "Skicka filen till ekonomiavdelningen senast 15 januari 2026."
    wb.properties.creator = "Miljö- och byggförvaltningen"
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- F5 KFN (.odt, one table)
def f5(tmp):
    fil = "Kultur_fritid_uppfoljning_internkontroll_helar_2025.odt"
    N = "Kultur- och fritidsnämnden"
    d = new_doc("Kultur- och fritidsförvaltningen")
    d.add_heading("Kultur- och fritidsnämnden", level=1)
    d.add_paragraph("Uppföljning av intern kontroll 2025 (helår)").runs[0].bold = True
    d.add_paragraph("Utfall anges som Utförd, Utförd – avvikelse, Pågår, Ej utförd eller Ej aktuell.")
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Utfall helår", "Kommentar"]
    rows = [
        ("1", "Kassahantering i Strömstads badhus – dagskassor stäms av mot kassasystem",
         "Månadsvis avstämning", "Badhuschef", "Utförd",
         "Avstämt varje månad, inga differenser över 50 kr.", ("GENOMFORD", "nej")),
        ("2", "Föreningsbidrag – att utbetalda bidrag har underlag enligt bidragsreglerna",
         "Stickprov 12 föreningar", "Fritidskonsulent", "Utförd – avvikelse",
         "2 av 12 föreningar saknade verksamhetsberättelse. Utbetalning stoppad tills komplettering inkommit.",
         ("GENOMFORD", "ja")),
        ("3", "Uthyrning av lokaler – att bokningar i bokningssystemet faktureras",
         "Avstämning Interbook – kundfakturor", "Bokningsansvarig", "Pågår",
         "Avstämning gjord för januari–september, resterande månader stäms av i januari.", ("DELVIS", "")),
        ("4", "Biblioteket – ej återlämnade medier debiteras och skickas till inkasso enligt rutin",
         "Uttag ur bibliotekssystemet", "Bibliotekschef", "Ej utförd",
         "", ("EJ_GENOMFORD", "")),
        ("5", "Kontroll av att avtal med Kulturskolans inhyrda lärare följer LOU",
         "Genomgång av avtal", "Kulturskolechef", "Ej aktuell",
         "Kulturskolan har inga inhyrda lärare 2025.", ("UTGAR", "")),
        ("6", "Brandskydd – årlig kontroll av systematiskt brandskyddsarbete (SBA) på fritidsgårdarna",
         "Egenkontroll enligt checklista", "Fritidsgårdsföreståndare", "",
         "Kontrollen genomförd i november tillsammans med räddningstjänsten. Inga anmärkningar.",
         ("GENOMFORD", "nej")),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_cell(t.rows[0].cells[j], h, bold=True); shade(t.rows[0].cells[j], "FFF2CC")
    for nr, km, met, ansv, utf, kom, (st, av) in rows:
        c = t.add_row().cells
        for j, v in enumerate([nr, km, met, ansv, utf, kom]):
            set_cell(c[j], v)
        exp(fil, N, km, st, av)
    d.add_paragraph()
    d.add_paragraph("Strömstad den 16 januari 2026\nPer Hansson, kultur- och fritidschef")
    src = os.path.join(tmp, "Kultur_fritid_uppfoljning_internkontroll_helar_2025.docx")
    d.save(src)
    soffice(src, "odt", OUT)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- F6 Stratsys export (two nämnder)
def f6():
    fil = "Stratsys_export_internkontroll_2025-12.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Export"
    ws["A1"] = "Rapport: Internkontroll – uppföljning kontrollmoment"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Period: 2025-12"
    ws["A3"] = "Utskriven: 2026-01-15 10:42 av Stratsys"
    hdr = ["Enhet", "Process", "Kontrollmoment", "Kontrollansvarig", "Status", "Statuskommentar", "Senast uppdaterad"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(5, j, h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="BDD7EE")
    sfill = {"Klar": "92D050", "Pågående": "FFC000", "Ej påbörjad": "FF0000", "Avbruten": "A6A6A6"}
    S, O = "Samhällsbyggnadsnämnden", "Överförmyndarnämnden"
    rows = [
        (S, "Gata och park", "Kontroll av att fakturor för vinterväghållning stämmer mot entreprenörens körjournaler",
         "Gatuchef", "Klar", "Stickprov om 10 fakturor. En felaktig debitering (dubbel utryckning) upptäcktes och har krediterats.",
         "2025-12-18", ("GENOMFORD", "ja")),
        (S, "Vatten och avlopp", "Avläsning av vattenmätare – att samtliga abonnenter har avläst mätarställning minst en gång per år",
         "VA-chef", "Pågående", "92 % av abonnenterna har avläst mätarställning. Påminnelser har skickats ut.",
         "2025-12-20", ("DELVIS", "")),
        (S, "Fastighet", "Lagstadgade besiktningar (hiss, OVK) i kommunens fastigheter genomförs i tid",
         "Fastighetschef", "Klar", "Samtliga besiktningar genomförda, inga anmärkningar.", "2025-11-30", ("GENOMFORD", "nej")),
        (S, "Upphandling", "Avrop från ramavtal sker enligt avtalens fördelningsnyckel",
         "Förvaltningschef", "Ej påbörjad", "", "2025-04-02", ("EJ_GENOMFORD", "")),
        (S, "Fordon", "Kontroll av att kommunens fordon har fullständig körjournal",
         "Fordonssamordnare", "Avbruten", "Avbruten genom beslut i SBN 2025-09-18 § 112, ersätts av GPS-baserad körjournal.",
         "2025-09-19", ("UTGAR", "")),
        (O, "Granskning", "Granskning av årsräkningar – att samtliga årsräkningar granskas senast 30 juni",
         "Handläggare överförmyndare", "Klar", "Samtliga 131 årsräkningar granskade före 30 juni.", "2025-07-01",
         ("GENOMFORD", "nej")),
        (O, "Förordnande", "Kontroll av att ställföreträdare har utdrag ur belastningsregistret innan förordnande",
         "Handläggare överförmyndare", "Klar",
         "En ställföreträdare saknade utdrag vid förordnandet. Utdrag har inhämtats i efterhand, inga anteckningar.",
         "2025-12-10", ("GENOMFORD", "ja")),
        (O, "Arvoden", "Arvoden till ställföreträdare betalas ut enligt arvodesreglerna",
         "Handläggare överförmyndare", "", "", "", ("SAKNAS", "")),
        (O, "Granskning", "Förteckningar lämnas in inom två månader från förordnande",
         "Handläggare överförmyndare", "Pågående", "Kontroll gjord för första halvåret; andra halvåret pågår.",
         "2025-12-15", ("DELVIS", "")),
    ]
    r = 6
    for en, proc, km, ansv, stt, kom, upd, (st, av) in rows:
        for j, v in enumerate([en, proc, km, ansv, stt, kom, upd], 1):
            c = ws.cell(r, j, v if v != "" else None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if j == 5 and v in sfill:
                c.fill = PatternFill("solid", fgColor=sfill[v])
        exp(fil, en, km, st, av)
        r += 1
    for j, w in enumerate([24, 18, 55, 24, 12, 60, 16], 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
    ws.auto_filter.ref = f"A5:G{r-1}"
    wb.properties.creator = "Stratsys"
    wb.properties.created = FIXED; wb.properties.modified = FIXED
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", S, "2025", "HELAR"))
    FILES.append((fil, "INLAST", O, "2025", "HELAR"))


# ---------------------------------------------------------------- F7 Strömstadsbyggen (one table, merged area)
def f7():
    fil = "Strömstadsbyggen internkontroll 2025 uppföljning.docx"
    N = "Strömstadsbyggen AB"
    d = new_doc("Strömstadsbyggen AB")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "STRÖMSTADSBYGGEN AB"
    d.add_heading("Internkontroll 2025 – uppföljning helår", level=1)
    d.add_paragraph("Rapport till styrelsen 2026-02-05. Uppföljningen redovisas per tertial 2 och helår.")
    hdr = ["Område", "Kontrollmoment", "Frekvens", "Status T2", "Status helår", "Kommentar"]
    rows = [
        ("Hyresadministration", "Hyresavier – att hyreshöjning 2025 har lagts in korrekt för samtliga lägenheter",
         "Årligen", "OK", "OK", "Kontrollerat mot förhandlingsprotokoll.", ("GENOMFORD", "nej")),
        ("Hyresadministration", "Kravhantering – att obetalda hyror överlämnas till inkasso enligt rutin",
         "Tertialvis", "Påbörjad", "OK – avvikelse", "Tre ärenden överlämnades senare än vad rutinen anger.", ("GENOMFORD", "ja")),
        ("Fastighetsunderhåll", "Besiktning av lekplatser enligt underhållsplanen",
         "Två gånger per år", "Påbörjad", "Ej gjord", "Besiktningen flyttad till april 2026.", ("EJ_GENOMFORD", "")),
        ("Fastighetsunderhåll", "Systematiskt brandskyddsarbete (SBA) – egenkontroller i flerbostadshus",
         "Årligen", "", "OK", "Egenkontroll genomförd i 38 av 38 hus.", ("GENOMFORD", "nej")),
        ("Inköp", "Attest av leverantörsfakturor enligt bolagets attestinstruktion",
         "Två gånger per år", "OK", "OK", "", ("GENOMFORD", "nej")),
        ("Inköp", "Avtalstrohet – inköp av förbrukningsmaterial sker från avtalade leverantörer",
         "Årligen", "", "Påbörjad", "Analys av leverantörsreskontra pågår.", ("DELVIS", "")),
        ("Personal", "Kontroll av att bisysslor redovisas av samtliga anställda",
         "Årligen", "–", "Ej aktuell", "Ingår från 2025 i kommunens gemensamma kontroll.", ("UTGAR", "")),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_cell(t.rows[0].cells[j], h, bold=True); shade(t.rows[0].cells[j], "D9D9D9")
    colors = {"OK": "C6EFCE", "OK – avvikelse": "FFEB9C", "Påbörjad": "FFEB9C", "Ej gjord": "FFC7CE"}
    start = {}
    prev = None
    for i, (omr, km, frek, t2, hel, kom, (st, av)) in enumerate(rows, 1):
        c = t.add_row().cells
        for j, v in enumerate([omr if omr != prev else "", km, frek, t2, hel, kom]):
            set_cell(c[j], v)
            if j in (3, 4) and v in colors:
                shade(c[j], colors[v])
        if omr != prev:
            start[omr] = i
        prev = omr
        exp(fil, N, km, st, av)
    # vertical merge of Område cells
    idx = [start[o] for o in start] + [len(rows) + 1]
    for a, b in zip(idx, idx[1:]):
        if b - a > 1:
            txt = t.cell(a, 0).text
            m = t.cell(a, 0).merge(t.cell(b - 1, 0))
            set_cell(m, txt, bold=True)
    d.add_paragraph()
    d.add_paragraph("OK = kontrollen genomförd utan anmärkning. OK – avvikelse = genomförd, avvikelse noterad. "
                    "Påbörjad = kontrollen pågår. Ej gjord = kontrollen har inte utförts. Ej aktuell = kontrollen utgår.")
    d.add_paragraph("\nJohan Ek\nVD, Strömstadsbyggen AB")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- F8 reject: covering letter
def f8():
    fil = "Missiv_SN_internkontroll_helar_2025.docx"
    d = new_doc("Socialförvaltningen")
    d.add_paragraph("Strömstads kommun\nSocialförvaltningen")
    d.add_paragraph("2026-01-23")
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    d.add_heading("Översändande av socialnämndens uppföljning av internkontrollplan 2025", level=2)
    d.add_paragraph(
        "Socialnämnden beslutade 2026-01-22 § 5 att godkänna helårsuppföljningen av internkontrollplanen för 2025. "
        "Uppföljningen bifogas i separat fil (Socialnämnden helårsuppföljning internkontroll 2025.docx) "
        "tillsammans med protokollsutdrag.")
    d.add_paragraph(
        "Av nämndens sju kontrollmoment har fyra genomförts, varav tre med avvikelser. Två kontroller har inte "
        "genomförts och förs över till 2026 års plan. För hantering av privata medel hänvisas till bilaga 2.")
    d.add_paragraph("Frågor besvaras av undertecknad.")
    d.add_paragraph("\nMed vänlig hälsning\n\nAnna Berntsson\nSocialchef\n0526-190 00")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunstyrelseförvaltningen"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarverksamheten"),
    ("Valnämnden", "VN"),
    ("Strömstadsbyggen AB", "Strömstadsbyggen|Strömstadsbyggen Aktiebolag"),
    ("Strömstads Hamn AB", "Hamnbolaget|Strömstad Hamn"),
]


def main():
    for fn in os.listdir(OUT):   # remove earlier outputs (keep script/README)
        if fn not in ("make_round.py", "README.md") and os.path.isfile(os.path.join(OUT, fn)):
            os.remove(os.path.join(OUT, fn))
    tmp = tempfile.mkdtemp(prefix="r456_")
    try:
        f1(); f2(); f3(tmp); f4(); f5(tmp); f6(); f7(); f8()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    def wcsv(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter=";", lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)
    wcsv("namnder.csv", ["nämnd", "alias"], REGISTER)
    wcsv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    wcsv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
