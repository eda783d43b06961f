#!/usr/bin/env python3
"""Round 269 — Lövsjö kommun, theme: each nämnd's own trade vocabulary."""
import csv, os, io, zipfile
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment
import docx
from docx.shared import Pt
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableRow, TableCell, TableColumn, CoveredTableCell
from odf.text import P
from odf.style import Style, TextProperties, TableCellProperties

OUT = os.path.dirname(os.path.abspath(__file__))
os.chdir(OUT)
FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)

def exp(fil, namnd, rows):
    for km, st, av in rows:
        EXPECTED.append((fil, namnd, km, st, av))

def fix_zip_dates(path):
    """Rewrite zip members with a fixed timestamp -> deterministic output."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 1, 8, 0, 0))
            ni.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            ni.external_attr = info.external_attr
            z.writestr(ni, data)

# ---------------------------------------------------------------- 1 SN xlsx delår
def f1():
    fil = "Socialnämnden_IK-uppföljning_delår_2025.xlsx"
    SN = "Socialnämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Uppföljning delår"
    ws["A1"] = "Socialnämnden – Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:H1")
    ws["A2"] = "Delårsrapport per 31 augusti 2025 · Socialförvaltningen, Lövsjö kommun"
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Statusord: Stickprov granskat = kontrollen utförd enligt plan · Pågår = granskning påbörjad men ej klar · "
                "Ej påbörjad granskning · Utgår = struken genom nämndbeslut")
    ws["A3"].font = Font(italic=True, size=9); ws.merge_cells("A3:H3")
    hdr = ["Process", "Risk", "Kontrollmoment", "Lagrum", "Kontrollmetod / stickprov", "Ansvarig",
           "Status 31/8", "Resultat och iakttagelser"]
    ws.append([]); ws.append(hdr)
    for c in ws[5]: c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9E1F2")
    data = [
        ("G", "Myndighetsutövning barn och unga"),
        ("R", "Barnavårdsutredning", "Barns behov av skydd utreds inte i tid",
         "Utredningar av barn och unga avslutas inom fyra månader", "11 kap. 2 § SoL",
         "Stickprov 20 avslutade utredningar jan–jun", "1:e socialsekreterare BoU", "Stickprov granskat",
         "14 av 20 utredningar (70 %) avslutades inom fyra månader. 6 utredningar förlängdes utan dokumenterat beslut om förlängd utredningstid enligt 11 kap. 2 § 2 st. SoL. Rutinen för förlängningsbeslut ses över.",
         "GENOMFORD", "ja"),
        ("R", "Mottagning", "Orosanmälningar bedöms inte skyndsamt",
         "Förhandsbedömning av orosanmälan görs inom 14 dagar", "11 kap. 1 a § SoL",
         "Stickprov 30 anmälningar", "Enhetschef mottagning", "Stickprov granskat",
         "30 av 30 förhandsbedömningar gjordes inom 14 dagar, skyddsbedömning samma dag i samtliga fall. Inga anmärkningar.",
         "GENOMFORD", "nej"),
        ("R", "Placeringar", "Köp av vård utanför avtal ger högre kostnader",
         "Kontroll av att placeringar på HVB sker hos upphandlade utförare", "LOU",
         "Samtliga nya placeringar jan–jun (12 st)", "Controller IFO", "Stickprov granskat",
         "Av 12 placeringar jan–jun var 3 hos utförare utanför ramavtal utan dokumenterad direktupphandling. Avvikelse lämnad till enhetschef.",
         "GENOMFORD", "ja"),
        ("G", "Myndighetsutövning LSS"),
        ("R", "Verkställighet", "Beslut verkställs inte och sanktionsavgift utgår",
         "Gynnande LSS-beslut verkställs inom tre månader och ej verkställda beslut rapporteras till IVO",
         "28 f–28 g §§ LSS", "Genomgång av samtliga ej verkställda beslut", "Enhetschef LSS-handläggning",
         "Stickprov granskat",
         "Samtliga ej verkställda beslut (7 st, främst bostad med särskild service enligt 9 § 9 LSS) har rapporterats till IVO inom föreskriven tid. Inga anmärkningar.",
         "GENOMFORD", "nej"),
        ("R", "Individuell plan", "Den enskilde får inte inflytande över insatserna",
         "Individuella planer enligt 10 § LSS erbjuds och dokumenteras", "10 § LSS",
         "Aktgranskning 15 akter", "LSS-handläggare", "Pågår",
         "Granskning av 15 akter påbörjad i augusti, 8 granskade hittills. Slutförs under hösten.",
         "DELVIS", ""),
        ("R", "Personal", "Olämplig personal arbetar med barn",
         "Registerkontroll (belastningsregister) vid anställning inom LSS-verksamhet för barn",
         "lag (2010:479)", "Stickprov nyanställda", "HR-konsult", "Utgår",
         "Utgår enligt beslut SN § 88/2025 – ingår i HR-avdelningens kontrollplan.", "UTGAR", ""),
        ("G", "Kvalitet och klagomål"),
        ("R", "Lex Sarah", "Missförhållanden rapporteras inte eller utreds för sent",
         "Rapporter enligt Lex Sarah utreds och anmäls till IVO vid allvarligt missförhållande",
         "14 kap. 3–7 §§ SoL\n24 b–24 g §§ LSS", "Samtliga rapporter jan–aug", "Kvalitetsutvecklare",
         "Stickprov granskat",
         "11 rapporter inkomna jan–aug. 2 bedömdes som allvarliga missförhållanden och anmäldes till IVO. I 3 fall överskreds den interna tidsgränsen på två veckor för påbörjad utredning.",
         "GENOMFORD", "ja"),
        ("R", "Synpunkter", "Klagomål tas inte omhand",
         "Klagomål och synpunkter diarieförs och besvaras inom 10 arbetsdagar", "5 kap. 1 § SOSFS 2011:9",
         "Stickprov 20 ärenden", "Kvalitetsutvecklare", "Ej påbörjad granskning",
         "Flyttas till hösten p.g.a. byte av ärendehanteringssystem.", "EJ_GENOMFORD", ""),
        ("G", "Ekonomi"),
        ("R", "Ekonomiskt bistånd", "Felaktiga utbetalningar",
         "Ekonomiskt bistånd – kontroll mot SSBTEK och att beslut fattas enligt delegation", "4 kap. 1 § SoL",
         "Stickprov 25 beslut", "Enhetschef försörjningsstöd", "Stickprov granskat",
         "Stickprov 25 beslut. Inga anmärkningar.", "GENOMFORD", "nej"),
        ("R", "Köpt vård", "Fakturor betalas utan behörig attest",
         "Attest av fakturor för köpt vård enligt attestordningen", "Attestreglemente",
         "Stickprov 10 fakturor", "Controller IFO", None,
         "Kontrollen genomförd i juni, 10 av 10 fakturor korrekt attesterade. Inga anmärkningar.",
         "GENOMFORD", "nej"),
        ("R", "Avgifter", "Felaktiga avgifter debiteras",
         "Avgifter inom hemtjänst beräknas enligt taxa och maxtaxa", "8 kap. 5 § SoL",
         "Stickprov 20 avgiftsbeslut", "Avgiftshandläggare", None, None, "SAKNAS", ""),
    ]
    rows = []
    for d in data:
        if d[0] == "G":
            ws.append([d[1]]); r = ws.max_row
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).font = Font(bold=True); ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        else:
            ws.append(list(d[1:9]))
            rows.append((d[3], d[9], d[10]))
    ws.append([])
    ws.append(["Godkänd av förvaltningschef Maria Lindqvist 2025-09-12"])
    for col, w in zip("ABCDEFGH", [18, 28, 45, 16, 26, 22, 20, 60]):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=6):
        for c in row: c.alignment = Alignment(wrap_text=True, vertical="top")
    wb.properties.creator = "Socialförvaltningen"
    import datetime
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 9, 12, 9, 0)
    wb.save(fil); fix_zip_dates(fil)
    FILES.append((fil, "INLAST", SN, "2025", "DELAR")); exp(fil, SN, rows)

# ---------------------------------------------------------------- 2 BUN docx T2
def f2():
    fil = "BUN uppföljning internkontroll T2 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = docx.Document()
    d.add_heading("Barn- och utbildningsnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – tertial 2 (januari–augusti)")
    d.add_paragraph("Barn- och utbildningsförvaltningen redovisar här utfallet av nämndens internkontrollplan efter "
                    "andra tertialet. Kolumnen T1 avser rapporteringen i maj, kolumnen T2 avser läget per 31 augusti.")
    d.add_paragraph("Teckenförklaring: ✔ = kontroll utförd, inga anmärkningar · ✔! = kontroll utförd, avvikelse noterad · "
                    "◐ = pågår · ✖ = ej påbörjad · — = utgår")
    rows = [
        ("1", "Skolskjuts", "Beslut om skolskjuts fattas enligt riktlinjer och 10 kap. 32 § skollagen",
         "Stickprov beslut läsåret 25/26", "Skolskjutshandläggare", "◐", "✔",
         "42 beslut granskade, samtliga i enlighet med riktlinjerna.", "GENOMFORD", "nej"),
        ("2", "Skolskjuts", "Skolskjutsentreprenörens fordon och förare uppfyller avtalskraven (bälten, registerutdrag)",
         "Fältkontroll 6 fordon", "Skolskjutssamordnare", "✖", "✔!",
         "Stickprov på 6 fordon: 2 fordon saknade godkända bälteskuddar för de yngsta eleverna. Entreprenören har fått påpekande, åtgärd ska redovisas senast 30 september.",
         "GENOMFORD", "ja"),
        ("3", "Betyg", "Betyg sätts endast av legitimerade lärare med behörighet (3 kap. 16 § skollagen)",
         "Kontroll mot lärarlegitimationsregistret", "Rektorer 7–9", "—", "✔",
         "Samtliga betygssättande lärare vt 2025 kontrollerade mot Skolverkets register. 3 betyg satta av obehöriga lärare var beslutade tillsammans med legitimerad lärare enligt 3 kap. 16 § 2 st. Inga anmärkningar.",
         "GENOMFORD", "nej"),
        ("4", "Betyg", "Behörighetsstyrning i betygssystemet – endast betygsrätt för behöriga användare",
         "Loggkontroll i skoladministrativt system", "Systemförvaltare", "", "◐",
         "Loggkontroll pågår tillsammans med IT-enheten.", "DELVIS", ""),
        ("5", "Elevhälsa", "Elevhälsans journaler förs enligt patientdatalagen (3 kap. PDL)",
         "Journalgranskning 20 journaler", "Verksamhetschef elevhälsa (MLA)", "", "✔!",
         "Journalgranskning av 20 journaler hos skolsköterskor. 4 journaler saknade signering inom föreskriven tid.",
         "GENOMFORD", "ja"),
        ("6", "Elevhälsa", "Utredning av elevs behov av särskilt stöd påbörjas skyndsamt (3 kap. 7 § skollagen)",
         "Stickprov 15 utredningar", "Rektorer F–6", "✔", "",
         "Genomfört under T1, se T1-rapport. Inga anmärkningar.", "GENOMFORD", "nej"),
        ("7", "Trygghet", "Anmälan om kränkande behandling till huvudman sker skyndsamt (6 kap. 10 § skollagen)",
         "Genomgång av anmälningar i DF Respons", "Kvalitetsstrateg", "", "Se bilaga 2", "", "OKLAR", ""),
        ("8", "Närvaro", "Upprepad ogiltig frånvaro anmäls till rektor och utreds (7 kap. 19 a § skollagen)",
         "Stickprov frånvarorapporter", "Rektorer", "✖", "✖",
         "Skjuts till höstterminen när det nya närvarosystemet har införts.", "EJ_GENOMFORD", ""),
        ("9", "Avgifter", "Avgifter i förskola beräknas enligt maxtaxa och inkomstuppgifter kontrolleras",
         "Stickprov 30 fakturor", "Placeringsenheten", "", "—",
         "Utgår, flyttad till kommunstyrelsens plan (beslut BUN § 54/2025).", "UTGAR", ""),
        ("10", "Modersmål", "Modersmålsundervisning erbjuds elever som uppfyller villkoren (10 kap. 7 § skollagen)",
         "Jämförelse ansökningar/beviljade", "Modersmålsenheten", "", "", "", "SAKNAS", ""),
    ]
    hdr = ["Nr", "Område", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "T1", "T2", "Kommentar"]
    t = d.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        for r in t.rows[0].cells[i].paragraphs[0].runs: r.bold = True
    exps = []
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r[:8]): cells[i].text = v
        exps.append((r[2], r[8], r[9]))
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Sammanställning kränkande behandling jan–aug 2025 (separat dokument).")
    d.add_paragraph("Lövsjö 2025-09-15\nPer Holm, skolchef")
    d.core_properties.author = "BUF"
    import datetime
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2025, 9, 15, 10, 0)
    d.save(fil); fix_zip_dates(fil)
    FILES.append((fil, "INLAST", N, "2025", "T2")); exp(fil, N, exps)

# ---------------------------------------------------------------- 3 MBN ods helår (T1/T2/helår side by side)
def f3():
    fil = "MBN_internkontroll_helar_2025.ods"
    N = "Miljö- och byggnämnden"
    doc = OpenDocumentSpreadsheet()
    bold = Style(name="bold", family="table-cell"); bold.addElement(TextProperties(fontweight="bold"))
    hdrs = Style(name="hdr", family="table-cell"); hdrs.addElement(TextProperties(fontweight="bold"))
    hdrs.addElement(TableCellProperties(backgroundcolor="#E2EFDA"))
    doc.automaticstyles.addElement(bold); doc.automaticstyles.addElement(hdrs)
    tab = Table(name="IK 2025")
    for _ in range(8): tab.addElement(TableColumn())
    def row(vals, style=None, span=None):
        tr = TableRow()
        for i, v in enumerate(vals):
            kw = {}
            if style is not None: kw["stylename"] = style
            if span and i == 0: kw["numbercolumnsspanned"] = span
            tc = TableCell(valuetype="string", **kw) if v not in (None, "") else TableCell(**kw)
            if v not in (None, ""):
                for line in str(v).split("\n"): tc.addElement(P(text=line))
            tr.addElement(tc)
            if span and i == 0:
                for _ in range(span - 1): tr.addElement(CoveredTableCell())
        tab.addElement(tr)
    row(["Miljö- och byggnämnden"], bold, 8)
    row(["Internkontrollplan 2025 – uppföljning helår (T1, T2 och helår)"], None, 8)
    row([""])
    hdr = ["Kontrollområde", "Kontrollmoment", "Frekvens", "Ansvarig", "Uppföljning T1", "Uppföljning T2",
           "Uppföljning helår", "Kommentar helår"]
    row(hdr, hdrs)
    data = [
        ("Livsmedelskontroll", "Tillsynsplanen för livsmedelskontroll följs (planerade kontroller enligt riskklassning)",
         "Löpande", "Enhetschef miljö", "Påbörjad", "Påbörjad", "Tillsyn utförd",
         "328 av 330 planerade kontroller utförda; 2 verksamheter upphörde under året. Inga anmärkningar.",
         "GENOMFORD", "nej"),
        ("Miljöbalken", "Tillsyn av miljöfarlig verksamhet (C- och U-objekt) enligt tillsynsplan",
         "Löpande", "Enhetschef miljö", "Påbörjad", "Påbörjad", "Följs upp i Q1",
         "Avvikelse mot tillsynsplanen: 71 av 96 planerade tillsynsbesök utförda. Resterande 25 genomförs Q1 2026.",
         "DELVIS", "ja"),
        ("Miljöbalken", "Tillsyn av enskilda avlopp i prioriterat område (Norrsjön) enligt tillsynsplan",
         "Årligen", "Miljöinspektör VA", "Ej påbörjad", "Påbörjad", "", "", "DELVIS", ""),
        ("Miljöbalken", "Strandskyddsdispenser överlämnas till Länsstyrelsen inom tre veckor (19 kap. 3 b § MB)",
         "Årligen", "Miljöstrateg", "", "", "Följs upp i Q1",
         "Ej påbörjad granskning under 2025 – kontrollen genomförs i Q1 2026.", "EJ_GENOMFORD", ""),
        ("Bygglov", "Handläggningstid för bygglov inom 10 veckor från komplett ansökan (9 kap. 27 § PBL)",
         "Tertial", "Bygglovschef", "Kvarstår", "Kvarstår", "Åtgärdat",
         "Stickprov 40 lov: samtliga beslutade inom 10 veckor under andra halvåret efter förstärkning av bygglovsenheten. Under T1 överskreds handläggningstiden i 6 ärenden.",
         "GENOMFORD", "ja"),
        ("Bygglov", "Avgiftsreduktion vid överskriden handläggningstid tillämpas (12 kap. 8 a § PBL)",
         "Årligen", "Bygglovschef", "", "", "Inga anmärkningar",
         "I de 6 ärenden där tiden överskreds har avgiften reducerats med en femtedel per påbörjad vecka.",
         "GENOMFORD", "nej"),
        ("Bygglov", "Slutbesked utfärdas inte innan kontrollplan och relationshandlingar inkommit (10 kap. 34 § PBL)",
         "Halvår", "Byggnadsinspektör", "", "Inga anmärkningar", "Kvarstår",
         "Stickprov 15 slutbesked: i 2 ärenden saknades intyg om utförd OVK i akten. Rutin under revidering.",
         "GENOMFORD", "ja"),
        ("Administration", "Delegationsbeslut anmäls till nämnden vid nästkommande sammanträde",
         "Tertial", "Nämndsekreterare", "Inga anmärkningar", "Inga anmärkningar", "Inga anmärkningar", "",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Timavgift för tillsyn debiteras enligt fastställd taxa",
         "Halvår", "Controller", "Inga anmärkningar", "", "Utgår",
         "Ersatt av efterhandsdebitering enligt ny taxa – kontrollen avbruten genom beslut MBN § 112/2025.",
         "UTGAR", ""),
    ]
    exps = []
    for r in data:
        row(list(r[:8])); exps.append((r[1], r[8], r[9]))
    row([""])
    row(["Statusord: Tillsyn utförd = planerad tillsyn/kontroll genomförd · Inga anmärkningar = kontroll utförd utan brister · "
         "Åtgärdat = kontroll utförd, brister rättade · Kvarstår = kontroll utförd, brist kvarstår · "
         "Följs upp i Q1 = ej slutfört, flyttas till kvartal 1 2026 · Utgår = struken"], None, 8)
    row(["Beslutad MBN 2026-02-11 § 9"], None, 8)
    doc.spreadsheet.addElement(tab)
    doc.save(fil); fix_zip_dates(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR")); exp(fil, N, exps)

# ---------------------------------------------------------------- 4 ÖFN docx text only, nämnd in header
def f4():
    fil = "Internkontroll 2025 helår.docx"
    N = "Överförmyndarnämnden"
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Lövsjö kommun · Överförmyndarnämnden"
    d.add_heading("Uppföljning av internkontrollplan – helår 2025", level=1)
    d.add_paragraph("Överförmyndarenheten har under året genomfört nedanstående kontroller. Redovisningen följer "
                    "den plan som nämnden antog 2025-01-22 § 4.")
    items = [
        ("Granskning av årsräkningar",
         "Samtliga årsräkningar som inkommit senast den 1 mars granskas före den 1 oktober (14 kap. 15 § FB)",
         "Bevakning i Wärna, uttag per 30 september.",
         "Granskningen avslutades 2025-09-24. 418 av 418 årsräkningar granskade. Inga anmärkningar.",
         "GENOMFORD", "nej"),
        ("Stickprov på granskade årsräkningar",
         "Stickprov på granskade årsräkningar – att verifikationer stämmer mot kontoutdrag",
         "Andrahandsgranskning av 25 slumpvis valda akter.",
         "Stickprov granskat: 25 akter. I 2 akter saknades kontoutdrag för spärrat konto och granskningen hade ändå "
         "avslutats utan anmärkning. Kompletteringar har begärts och handläggarna har fått återkoppling.",
         "GENOMFORD", "ja"),
        ("Arvoden",
         "Arvoden till ställföreträdare beslutas enligt nämndens riktlinjer och 12 kap. 16 § FB",
         "Stickprov 20 arvodesbeslut.",
         "Kontrollen har inte genomförts under året på grund av personalomsättning. Flyttas till internkontrollplan 2026.",
         "EJ_GENOMFORD", ""),
        ("Lämplighetsprövning",
         "Lämplighetsprövning (utdrag ur belastningsregistret och kreditupplysning) görs innan ny god man förordnas",
         "Genomgång av nya förordnanden.",
         "Delvis genomförd: 10 av planerade 20 nya förordnanden granskade, samtliga hade dokumenterad lämplighetsprövning. "
         "Övriga granskas i januari 2026.",
         "DELVIS", "nej"),
        ("Förteckningar",
         "Förteckningar inlämnas inom två månader från förordnandet (14 kap. 1 § FB)",
         "Bevakningslista.",
         "Se bilaga 3.",
         "OKLAR", ""),
        ("Uttag från spärrade konton",
         "Uttagsbeslut från spärrade konton fattas enligt delegationsordningen",
         "Samtliga uttagsbeslut maj och november.",
         "Åtgärdat. Vid kontrollen i maj noterades 2 beslut fattade av handläggare utan delegation; "
         "delegationsordningen reviderades (ÖFN § 41/2025) och ny kontroll i november visade inga anmärkningar.",
         "GENOMFORD", "ja"),
    ]
    exps = []
    for i, (h, km, met, res, st, av) in enumerate(items, 1):
        d.add_heading(f"{i}. {h}", level=2)
        p = d.add_paragraph(); p.add_run("Kontrollmoment: ").bold = True; p.add_run(km)
        p = d.add_paragraph(); p.add_run("Metod: ").bold = True; p.add_run(met)
        p = d.add_paragraph(); p.add_run("Resultat: ").bold = True; p.add_run(res)
        exps.append((km, st, av))
    d.add_paragraph("")
    d.add_paragraph("Lövsjö 2026-01-28")
    d.add_paragraph("Anna Berg, enhetschef överförmyndarenheten")
    import datetime
    d.core_properties.author = "Överförmyndarenheten"
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2026, 1, 28, 9, 0)
    d.save(fil); fix_zip_dates(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR")); exp(fil, N, exps)

# ---------------------------------------------------------------- 5 RTF Stratsys CSV T2, long format
def f5():
    fil = "Stratsys_export_RTF_2025-09-05.csv"
    N = "Räddningstjänstförbundet Lövsjö–Hällnäs"
    org = "Räddningstjänstförbundet Lövsjö-Hällnäs"
    ctl = [
        ("Förebyggande", "Bristande brandskydd upptäcks inte",
         "Tillsyn enligt 5 kap. 1 § LSO genomförs enligt fastställd tillsynsplan", "Brandinspektör",
         ("Pågående", "38 av 120 planerade tillsyner utförda."),
         ("Pågående", "81 av 120 planerade tillsyner utförda per 31/8. Ligger i fas med tillsynsplanen."),
         "DELVIS", "nej"),
        ("Förebyggande", "Redogörelser hanteras inte",
         "Skriftliga redogörelser för brandskyddet (2 kap. 3 § LSO) registreras och bedöms inom 4 veckor",
         "Brandingenjör",
         ("Ej påbörjad", ""),
         ("Klar med avvikelse", "Stickprov granskat, 30 redogörelser: 7 bedömdes efter mer än 4 veckor."),
         "GENOMFORD", "ja"),
        ("Förebyggande", "Felaktig tillståndsgivning",
         "Tillstånd för hantering av brandfarlig vara handläggs enligt LBE och avgift debiteras",
         "Brandingenjör",
         ("Klar", "Samtliga 14 tillståndsärenden granskade. Inga anmärkningar."),
         ("", ""),
         "GENOMFORD", "nej"),
        ("Förebyggande", "Eftersatt sotning ger brandrisk",
         "Rengöring (sotning) och brandskyddskontroll utförs enligt fastställda frister (3 kap. 4 § LSO)",
         "Ansvarig sotningsavtal",
         ("Pågående", "Stickprov påbörjat."),
         ("Klar", "Stickprov 50 objekt i Hällnäs distrikt, samtliga kontrollerade inom frist. Inga anmärkningar."),
         "GENOMFORD", "nej"),
        ("Räddningsinsats", "Rökdykare utan giltiga prov",
         "Rökdykare har giltig läkarundersökning och arbetsprov (AFS 2007:7)", "Styrkeledare/övningsansvarig",
         ("Klar", "Inga anmärkningar."),
         ("Klar med avvikelse", "2 deltidsbrandmän saknade giltigt arbetsprov och har tagits ur rökdykartjänst tills prov genomförts."),
         "GENOMFORD", "ja"),
        ("Räddningsinsats", "Lärdomar tas inte tillvara",
         "Olycksundersökning genomförs efter bränder med personskada (3 kap. 10 § LSO)", "Insatsledare",
         ("", ""),
         ("Utgår", "Ej aktuell – ingen brand med personskada under perioden."),
         "UTGAR", ""),
        ("Ekonomi", "Felaktiga utbetalningar",
         "Fakturor för externa utbildningar av deltidsbrandmän attesteras enligt attestordning", "Ekonom",
         ("Ej påbörjad", ""),
         ("Ej påbörjad", "Genomförs under T3."),
         "EJ_GENOMFORD", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Rapport: Internkontroll – uppföljning", "Plan: Internkontrollplan 2025", "Urval: T1–T2 2025"])
    w.writerow(["Organisation", "Process", "Risk", "Kontrollmoment", "Ansvarig", "Period", "Status", "Kommentar"])
    exps = []
    for p, risk, km, ans, t1, t2, st, av in ctl:
        w.writerow([org, p, risk, km, ans, "T1 2025", t1[0], t1[1]])
        w.writerow([org, p, risk, km, ans, "T2 2025", t2[0], t2[1]])
        exps.append((km, st, av))
    w.writerow(["Exporterad 2025-09-05 14:32 av hanlar"])
    with open(fil, "w", encoding="cp1252", newline="") as f:
        f.write(buf.getvalue())
    FILES.append((fil, "INLAST", N, "2025", "T2")); exp(fil, N, exps)

# ---------------------------------------------------------------- 6 KFN xlsx traffic-light fills, 2024 column beside
def f6():
    fil = "KFN IKP 2025 delårsuppföljning.xlsx"
    N = "Kultur- och fritidsnämnden"
    COL = {"grön": "70AD47", "orange": "F4B183", "gul": "FFD966", "röd": "FF0000", "grå": "BFBFBF"}
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Kultur och fritid"
    ws["A1"] = "Kultur- och fritidsnämnden – internkontroll 2025, uppföljning per 31 augusti"
    ws["A1"].font = Font(bold=True, size=13); ws.merge_cells("A1:F1")
    ws["A2"] = "Kultur- och fritidsförvaltningen. Resultat helår 2024 visas som jämförelse."
    ws.append([])
    ws.append(["Rutin/process", "Kontrollmoment", "Risk (S×K)", "Resultat helår 2024", "Status delår 2025",
               "Kommentar delår 2025"])
    for c in ws[4]: c.font = Font(bold=True)
    data = [
        ("Föreningsbidrag", "Föreningsbidrag betalas endast ut till föreningar som lämnat verksamhetsberättelse och revisionsberättelse",
         "3×3", "Genomförd, 2 föreningar saknade revisionsberättelse", "orange",
         "Stickprov granskat: 15 av 62 bidragsmottagande föreningar. 1 förening fick aktivitetsstöd trots att årsmöteshandlingar saknades; återkrav skickat.",
         "GENOMFORD", "ja"),
        ("Föreningsbidrag", "Aktivitetsstöd: redovisade deltagartillfällen stämmer mot närvarolistor (stickprov)",
         "3×2", "Ej genomförd", "grön",
         "5 föreningar granskade, redovisningen stämmer. Inga anmärkningar.", "GENOMFORD", "nej"),
        ("Föreningsbidrag", "Bidragsbeslut fattas enligt delegationsordning och riktlinjer för föreningsbidrag",
         "2×3", "Genomförd utan anmärkning", "gul",
         "Granskning av vårens beslut klar, höstens beslut granskas i november.", "DELVIS", ""),
        ("Lokaler och anläggningar", "Bokning och debitering av idrottshallar sker enligt taxa",
         "3×2", "Genomförd utan anmärkning", "röd",
         "Ej påbörjad – nytt bokningssystem infördes i juni, granskning görs under hösten.", "EJ_GENOMFORD", ""),
        ("Lokaler och anläggningar", "Kassahantering vid badhuset – dagskassor stäms av mot kassasystem",
         "2×2", "Genomförd utan anmärkning", "grå",
         "Utgår – badhuset kontantfritt från 2025-01-01.", "UTGAR", ""),
        ("Kultur", "Inventering av konstsamlingen – konstverk i kommunens lokaler finns på registrerad plats",
         "2×3", "Genomförd, 3 verk saknades", "orange",
         "Inventering av 120 av 540 verk (planen: 25 % per år). 4 verk kunde inte lokaliseras och är anmälda i säkerhetsrapport.",
         "GENOMFORD", "ja"),
        ("Kultur", "Bibliotekets mediainköp sker från upphandlad leverantör (avtalstrohet)",
         "2×2", "Genomförd utan anmärkning", "grön", "", "GENOMFORD", "nej"),
        ("Föreningsbidrag", "Registrerade lotterier enligt 6 kap. spellagen (2018:1138) – kontrollantens redovisning granskas",
         "1×2", "Genomförd utan anmärkning", None, "", "SAKNAS", ""),
    ]
    exps = []
    for r in data:
        ws.append([r[0], r[1], r[2], r[3], None, r[5] or None])
        if r[4]: ws.cell(ws.max_row, 5).fill = PatternFill("solid", fgColor=COL[r[4]])
        exps.append((r[1], r[6], r[7]))
    ws.append([])
    ws.append(["Färgförklaring status:"]); ws.cell(ws.max_row, 1).font = Font(bold=True)
    for k, txt in [("grön", "Genomförd utan anmärkning"), ("orange", "Genomförd med anmärkning"),
                   ("gul", "Pågår / delvis genomförd"), ("röd", "Ej påbörjad"), ("grå", "Utgår")]:
        ws.append([None, txt]); ws.cell(ws.max_row, 1).fill = PatternFill("solid", fgColor=COL[k])
    for col, wd in zip("ABCDEF", [24, 60, 10, 30, 16, 60]): ws.column_dimensions[col].width = wd
    import datetime
    wb.properties.created = wb.properties.modified = datetime.datetime(2025, 9, 10, 9, 0)
    wb.save(fil); fix_zip_dates(fil)
    FILES.append((fil, "INLAST", N, "2025", "DELAR")); exp(fil, N, exps)

# ---------------------------------------------------------------- 7 TN xls tick columns helår
def f7():
    fil = "Tekniska nämnden - uppföljning intern kontroll helår 2025.xls"
    N = "Tekniska nämnden"
    wb = xlwt.Workbook(encoding="utf-8"); ws = wb.add_sheet("Helår 2025")
    b = xlwt.easyxf("font: bold on"); wrap = xlwt.easyxf("alignment: wrap on, vert top")
    ws.write_merge(0, 0, 0, 7, "Tekniska nämnden – Intern kontroll 2025, uppföljning helår", xlwt.easyxf("font: bold on, height 280"))
    ws.write_merge(1, 1, 0, 7, "Markera med X i en av kolumnerna Genomförd / Delvis / Ej genomförd. Avvikelse anges J/N.")
    hdr = ["Nr", "Kontrollmoment", "Kontrollansvarig", "Genomförd", "Delvis", "Ej genomförd", "Avvikelse (J/N)",
           "Kommentar / åtgärd"]
    for i, h in enumerate(hdr): ws.write(3, i, h, b)
    data = [
        ("G", "Upphandling och inköp"),
        ("1", "Avtalstrohet – inköp av förbrukningsmaterial sker från upphandlade ramavtal", "Inköpssamordnare",
         "X", "", "", "J", "Avtalstrohet 87 % (mål 90 %). Köp utanför avtal främst hos lokala järnhandlare.", "GENOMFORD", "ja"),
        ("2", "Direktupphandlingar över 100 000 kr dokumenteras enligt 19 kap. 30 § LOU", "Inköpssamordnare",
         "X", "", "", "N", "Stickprov 12 direktupphandlingar, samtliga dokumenterade.", "GENOMFORD", "nej"),
        ("G", "Fordon och maskiner"),
        ("3", "Körjournaler förs för samtliga tjänstefordon och stäms av kvartalsvis", "Fordonssamordnare",
         "", "X", "", "J", "Körjournaler saknades för 3 av 41 fordon under Q2; Q3 och Q4 ej avstämda ännu.", "DELVIS", "ja"),
        ("4", "Fordon och arbetsmaskiner kontrollbesiktas inom föreskriven tid", "Fordonssamordnare",
         "X", "", "", "N", "Samtliga 41 fordon och 9 maskiner besiktigade i tid. Inga anmärkningar.", "GENOMFORD", "nej"),
        ("5", "Drivmedelskort – tankningar stäms av mot fordon och körsträcka", "Verkstadschef",
         "", "", "X", "", "Ej påbörjad granskning, prioriterades bort pga bemanning. Följs upp i Q1 2026.", "EJ_GENOMFORD", ""),
        ("G", "Gata/park"),
        ("6", "Lekplatsbesiktning enligt SS-EN 1176 utförs årligen", "Parkchef",
         "X", "", "", "J", "Huvudbesiktning av 34 lekplatser utförd i maj. 12 anmärkningar av klass B – samtliga åtgärdat per oktober.", "GENOMFORD", "ja"),
        ("7", "Vinterväghållning – entreprenörens utryckningstider kontrolleras mot avtal", "Gatuchef",
         "", "", "", "", "Utgår, ingen vinterväghållning upphandlad externt 2025.", "UTGAR", ""),
        ("G", "VA"),
        ("8", "Egenkontroll av dricksvattenanläggningar enligt LIVSFS 2022:12", "VA-chef",
         "X", "X", "", "", "", "OKLAR", ""),
        ("9", "Attest av leverantörsfakturor enligt attestordningen", "Ekonom teknik",
         "", "", "", "", "", "SAKNAS", ""),
    ]
    r = 4; exps = []
    for dd in data:
        if dd[0] == "G":
            ws.write_merge(r, r, 0, 7, dd[1], b)
        else:
            for i, v in enumerate(dd[:8]):
                if v != "": ws.write(r, i, int(v) if i == 0 else v, wrap if i in (1, 7) else xlwt.Style.default_style)
            exps.append((dd[1], dd[8], dd[9]))
        r += 1
    ws.write(r, 1, "Antal", b)
    ws.write(r, 3, 5); ws.write(r, 4, 2); ws.write(r, 5, 1)
    r += 2
    ws.write(r, 0, "Beslutad i tekniska nämnden 2026-02-05 § 12. Underskrift: Lars Ek, förvaltningschef")
    ws.col(1).width = 256 * 60; ws.col(2).width = 256 * 20; ws.col(7).width = 256 * 60
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR")); exp(fil, N, exps)

# ---------------------------------------------------------------- 8 reject: covering letter
def f8():
    fil = "Följebrev internkontroll socialnämnden delår 2025.docx"
    d = docx.Document()
    d.add_paragraph("Lövsjö kommun\nSocialförvaltningen")
    d.add_paragraph("Till: Ekonomiavdelningen, kommunledningsförvaltningen")
    d.add_heading("Överlämnande av uppföljning av internkontrollplan – delår 2025", level=1)
    d.add_paragraph("Härmed överlämnas socialnämndens uppföljning av internkontrollplanen per 31 augusti 2025. "
                    "Uppföljningen behandlades av socialnämnden 2025-09-24 § 102 och nämnden beslutade att lägga "
                    "den till handlingarna samt att överlämna den till kommunstyrelsen.")
    d.add_paragraph("Av de elva kontrollmomenten har flertalet genomförts. Iakttagelser avseende utredningstider inom "
                    "barn och unga, Lex Sarah och placeringar utanför avtal redovisas i bilagan tillsammans med "
                    "förslag till åtgärder.")
    d.add_paragraph("Bilaga: Socialnämnden_IK-uppföljning_delår_2025.xlsx")
    d.add_paragraph("Med vänlig hälsning\nMaria Lindqvist\nFörvaltningschef")
    import datetime
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2025, 9, 25, 9, 0)
    d.save(fil); fix_zip_dates(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))

NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Socialnämnden", "SN|Socialförvaltningen|Soc|IFO"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Miljö och bygg"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
    ("Räddningstjänstförbundet Lövsjö–Hällnäs", "RTF|Räddningstjänstförbundet Lövsjö-Hällnäs|Räddningstjänsten|Räddningstjänstförbundet"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Tekniska kontoret"),
    ("Valnämnden", "VN"),
    ("Lövsjö Energi AB", "LEAB|Lövsjö Energi"),
]

if __name__ == "__main__":
    for f in (f1, f2, f3, f4, f5, f6, f7, f8): f()
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["nämnd", "alias"]); w.writerows(NAMNDER)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXPECTED)
    print(len(FILES), "files,", len(EXPECTED), "controls")
