#!/usr/bin/python3
"""Round 321 - Edsvalla kommun, T2 2025, large kommun with large nämnder.
Builds every file of the round plus namnder.csv, files.csv, expected.csv."""
import csv, datetime, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
FIXED = datetime.datetime(2025, 9, 12, 9, 0, 0)
LO = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round321"]

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def exp(fil, namnd, rows):
    for r in rows:
        EXPECTED.append((fil, namnd, r["km"], r["exp_st"], r["av"]))


def wb_fixed(wb):
    wb.properties.creator = "Edsvalla kommun"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


def doc_fixed(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def convert(src, fmt, outdir):
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def C(_km, _st, _av, **kw):
    d = dict(kw)
    d.update(km=_km, exp_st=_st, av=_av)
    return d


# ---------------------------------------------------------------------------
# 1. Norra stadsdelsnämnden - xlsx, process heading rows, T1/T2 columns, summary at top
# ---------------------------------------------------------------------------
def f1():
    fil = "SDN Norr IK-uppföljning T2 2025.xlsx"
    namnd = "Norra stadsdelsnämnden"
    P = [
        ("Process: Ekonomi och inköp", [
            C("Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "ja", nr="1.1",
              met="Stickprov 25 fakturor/tertial", frek="Tertialvis", ans="Controller", t1="Genomförd", t2="Genomförd",
              kom="25 fakturor granskade. En faktura attesterad av chef som själv var beställare (jäv). Åtgärdad och rutinen påmind."),
            C("Inköp sker från avtalade leverantörer (avtalstrohet)", "GENOMFORD", "ja", nr="1.2",
              met="Uttag ur inköpsanalysverktyget", frek="Tertialvis", ans="Ekonom", t1="Genomförd", t2="genomförd.",
              kom="Avtalstrohet 91 %. Köp utanför avtal av förbrukningsmaterial på två enheter, information given till enhetscheferna."),
            C("Representation och förtroendekänsliga poster följer riktlinjerna", "GENOMFORD", "nej", nr="1.3",
              met="Genomgång av samtliga poster konto 7610-7630", frek="2 ggr/år", ans="Controller", t1="-", t2="Klar",
              kom="Samtliga 14 poster granskade, inga avvikelser."),
            C("Kontantkassor på enheterna inventeras och stäms av", "DELVIS", "nej", nr="1.4",
              met="Oanmäld inventering", frek="2 ggr/år", ans="Ekonomiassistent", t1="Pågår", t2="Delvis",
              kom="8 av 12 kassor inventerade, inga differenser. Resterande fyra inventeras i september."),
        ]),
        ("Process: Individ- och familjeomsorg", [
            C("Förhandsbedömning av orosanmälan görs inom 14 dagar", "GENOMFORD", "ja", nr="2.1",
              met="Stickprov 30 anmälningar", frek="Tertialvis", ans="Enhetschef barn och unga", t1="Genomförd", t2="Ja, utfört",
              kom="27 av 30 inom 14 dagar. Tre överskred tidsgränsen p.g.a. hög arbetsbelastning i juli."),
            C("Beslut om ekonomiskt bistånd fattas enligt delegationsordningen", "GENOMFORD", "nej", nr="2.2",
              met="Stickprov 20 beslut", frek="Tertialvis", ans="Enhetschef försörjningsstöd", t1="Genomförd", t2="Genomförd",
              kom="Inga avvikelser."),
            C("Kontroll av dubbelutbetalningar av ekonomiskt bistånd", "EJ_GENOMFORD", "", nr="2.3",
              met="Systemrapport", frek="Tertialvis", ans="Enhetschef försörjningsstöd", t1="Ej påbörjad", t2="Ej genomförd",
              kom="Rapport från verksamhetssystemet saknas sedan systembytet i mars. Genomförs T3."),
            C("Uppföljning av placeringar på HVB – avtal och fakturerade dygn stämmer", "DELVIS", "", nr="2.4",
              met="Avstämning faktura mot beslut", frek="2 ggr/år", ans="Placeringssamordnare", t1="", t2="Pågår",
              kom="Granskning av 10 placeringar påbörjad i augusti."),
        ]),
        ("Process: Hemtjänst och äldreomsorg", [
            C("Beviljad tid jämförs med utförd tid i hemtjänsten", "GENOMFORD", "ja", nr="3.1",
              met="Uttag ur planeringssystemet", frek="Tertialvis", ans="Enhetschef hemtjänst", t1="Genomförd", t2="Genomförd",
              kom="Avvikelse över 10 % hos 4 av 40 brukare, utredning pågår."),
            C("Genomförandeplaner upprättas inom 14 dagar från verkställighet", "GENOMFORD", "nej", nr="3.2",
              met="Stickprov 20 beslut", frek="Tertialvis", ans="MAS / enhetschef", t1="Delvis", t2="Klar",
              kom="Stickprov 20 beslut, samtliga med genomförandeplan i tid."),
            C("Läkemedelshantering – signeringslistor kontrolleras", "GENOMFORD", "", nr="3.3",
              met="Egenkontroll", frek="1 ggr/år", ans="MAS", t1="Genomförd", t2="", kom=""),
            C("Hantering av brukares privata medel (kontanter och kvitton)", "SAKNAS", "", nr="3.4",
              met="Stickprov 10 brukare", frek="2 ggr/år", ans="Enhetschef särskilt boende", t1="", t2="", kom=""),
        ]),
        ("Process: Förskola", [
            C("Barnregistrering och fakturaunderlag för förskoleavgifter är korrekta", "GENOMFORD", "ja", nr="4.1",
              met="Avstämning mot placeringsregister", frek="Tertialvis", ans="Förskolechef", t1="Genomförd", t2="genomförd",
              kom="Två felaktiga inkomstuppgifter hittades och har rättats."),
            C("Rutin för hämtning av barn – behörig hämtare dokumenterad", "GENOMFORD", "nej", nr="4.2",
              met="Genomgång på samtliga förskolor", frek="1 ggr/år", ans="Rektor förskola", t1="", t2="Klar",
              kom="Kontrollerat på samtliga 9 förskolor, inga brister."),
            C("Egenkontroll av lekplatser och utemiljö på förskolorna", "UTGAR", "", nr="4.3",
              met="Checklista", frek="Tertialvis", ans="Rektor förskola", t1="Genomförd", t2="Utgår",
              kom="Utgår – kontrollen har övertagits av tekniska förvaltningen enligt beslut i nämnden 2025-05-20 § 61."),
        ]),
        ("Process: Personal och arbetsmiljö", [
            C("Rehabiliteringsärenden följs upp enligt rutin (dag 14 och dag 60)", "DELVIS", "ja", nr="5.1",
              met="Genomgång i Adato", frek="Tertialvis", ans="HR-partner", t1="Pågår", t2="Delvis genomförd",
              kom="Uppföljning dag 14 sker. Dag 60 dokumenteras bristfälligt i 5 av 18 ärenden."),
            C("Timanställdas tidrapporter attesteras före löneutbetalning", "GENOMFORD", "nej", nr="5.2",
              met="Stickprov 25 tidrapporter", frek="Tertialvis", ans="HR-partner", t1="Genomförd", t2="Ja, utfört",
              kom="Inga avvikelser."),
            C("Systematiskt arbetsmiljöarbete – skyddsronder genomförda enligt plan", "EJ_GENOMFORD", "", nr="5.3",
              met="Genomgång av protokoll", frek="1 ggr/år", ans="Avdelningschefer", t1="Ej påbörjad", t2="Ej genomförd",
              kom="Skyddsronderna flyttade till hösten på grund av omorganisationen."),
        ]),
        ("Process: Informationssäkerhet", [
            C("Behörigheter i verksamhetssystemet ses över vid avslutad anställning", "GENOMFORD", "ja", nr="6.1",
              met="Lista avslutade mot aktiva konton", frek="Tertialvis", ans="Systemförvaltare", t1="Genomförd", t2="Klar",
              kom="12 behörigheter låg kvar efter avslutad anställning, nu borttagna."),
            C("Loggkontroll i journalsystemet", "DELVIS", "", nr="6.2",
              met="Slumpvis loggkontroll", frek="Månadsvis", ans="Systemförvaltare", t1="Pågår", t2="Pågår",
              kom="Loggkontroller görs månadsvis, juli och augusti återstår att dokumentera."),
        ]),
    ]
    wb = Workbook(); wb_fixed(wb)
    ws = wb.active; ws.title = "Uppföljning 2025"
    ws["A1"] = "Norra stadsdelsnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – tertial 2 (januari–augusti)"; ws["A2"].font = Font(bold=True, size=12)
    ws["A4"] = "Sammanställning status T2"; ws["A4"].font = BOLD
    summ = [("Genomförd", 11), ("Delvis genomförd / pågår", 4), ("Ej genomförd", 2), ("Utgår", 1),
            ("Ej rapporterat", 2), ("Totalt antal kontrollmoment", 20)]
    for i, (k, v) in enumerate(summ):
        ws.cell(5 + i, 1, k); ws.cell(5 + i, 2, v)
        if k.startswith("Totalt"):
            ws.cell(5 + i, 1).font = BOLD; ws.cell(5 + i, 2).font = BOLD
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status T1", "Status T2",
           "Kommentar / iakttagelser"]
    r = 12
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h); c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78"); c.border = BORDER; c.alignment = WRAP
    r += 1
    rows = []
    for proc, items in P:
        ws.cell(r, 1, proc).font = BOLD
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for it in items:
            vals = [it["nr"], it["km"], it["met"], it["frek"], it["ans"], it["t1"] or None, it["t2"] or None,
                    it["kom"] or None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v); c.border = BORDER; c.alignment = WRAP
            rows.append(it); r += 1
    r += 1
    ws.cell(r, 1, "Uppföljningen sammanställd av stadsdelsförvaltningens controllerenhet 2025-09-10.")
    for col, w in zip("ABCDEFGH", [6, 48, 28, 12, 22, 13, 16, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A13"
    ws.oddHeader.center.text = "Norra stadsdelsförvaltningen"
    wb.save(os.path.join(OUT, fil))
    assert len(rows) == 20
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    exp(fil, namnd, rows)


# ---------------------------------------------------------------------------
# 2. Utbildningsnämnden - docx, one table per area under headings, summary table at top
# ---------------------------------------------------------------------------
def f2():
    fil = "Utbildningsnämnden_uppföljning_internkontroll_tertial2_2025.docx"
    namnd = "Utbildningsnämnden"
    A = [
        ("1 Ekonomi", [
            C("Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "ja", met="Stickprov 30 fakturor",
              ans="Ekonomichef", st2="Genomförd",
              kom="Två fakturor saknade beslutsattest. Rutinen har förtydligats för rektorerna."),
            C("Skolskjutsersättningar betalas ut enligt beslut", "GENOMFORD", "nej", met="Avstämning mot beslut",
              ans="Skolskjutshandläggare", st2="genomförd.", kom="Inga avvikelser noterade."),
            C("Interkommunal ersättning och skolpeng till fristående huvudmän stäms av mot elevregistret", "DELVIS", "",
              met="Månadsvis avstämning", ans="Controller", st2="Pågår",
              kom="Avstämning klar för januari–juni, juli–augusti återstår."),
            C("Inköp av läromedel sker via upphandlade avtal", "GENOMFORD", "ja", met="Stickprov inköp per skola",
              ans="Inköpssamordnare", st2="Ja, utfört",
              kom="Köp utanför avtal på tre skolor (digitala läromedel). Dialog med berörda rektorer genomförd."),
        ]),
        ("2 Elevhälsa och skolplikt", [
            C("Elevers frånvaro följs upp och anmäls till huvudman enligt rutin", "DELVIS", "ja",
              met="Genomgång av frånvarorapporter", ans="Verksamhetschef grundskola", st2="Delvis",
              kom="Rutinen följs på 14 av 17 skolor. Tre skolor saknar dokumenterad utredning av upprepad frånvaro."),
            C("Anmälan om kränkande behandling utreds och rapporteras till huvudman", "GENOMFORD", "ja",
              met="Genomgång av ärenden i ärendesystemet", ans="Utvecklingsledare", st2="Klar",
              kom="Samtliga 112 anmälningar rapporterade till huvudman. 9 utredningar var inte avslutade inom tre veckor."),
            C("Åtgärdsprogram upprättas när utredning visar behov av särskilt stöd", "EJ_GENOMFORD", "",
              met="Stickprov 25 elever", ans="Elevhälsochef", st2="Ej påbörjad", kom="Planeras till oktober."),
            C("Skolpliktsbevakning – elever folkbokförda i kommunen som saknar skolplacering", "GENOMFORD", "",
              met="Körning mot folkbokföringen", ans="Antagningsenheten", st2="Genomförd", kom=""),
            C("Handläggning av elevresor för elever med särskilda behov", "SAKNAS", "",
              met="Stickprov 10 ärenden", ans="Skolskjutshandläggare", st2="", kom=""),
        ]),
        ("3 Betyg och bedömning", [
            C("Betyg registreras och signeras i tid i elevdokumentationssystemet", "GENOMFORD", "nej",
              met="Kontroll efter vårterminen", ans="Rektorer", st2="klar",
              kom="Alla betyg signerade före 2025-06-13."),
            C("Betygskataloger arkiveras enligt informationshanteringsplanen", "GENOMFORD", "nej",
              met="Kontroll hos centralarkivet", ans="Arkivsamordnare", st2="Genomförd.", kom="Inga avvikelser."),
            C("Likvärdig bedömning – sambedömning av nationella prov", "UTGAR", "",
              met="Genomgång av sambedömningsprotokoll", ans="Utvecklingsledare", st2="Utgår",
              kom="Utgår enligt nämndens beslut 2025-03-18 § 34. Följs i stället upp i det systematiska kvalitetsarbetet."),
        ]),
        ("4 Personal", [
            C("Legitimation och behörighet kontrolleras vid anställning av lärare", "GENOMFORD", "nej",
              met="Stickprov nyanställda", ans="HR-konsult", st2="Ja, utfört",
              kom="20 anställningar kontrollerade, samtliga korrekta."),
            C("Utdrag ur belastningsregistret uppvisas före anställning", "DELVIS", "",
              met="Stickprov nyanställda", ans="HR-konsult", st2="Delvis genomförd",
              kom="Kontrollen omfattade endast vikarier i förskoleklass. Övriga anställningar kontrolleras under T3."),
            C("Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "GENOMFORD", "ja",
              met="Genomgång av rehabärenden", ans="HR-konsult", st2="Genomförd",
              kom="Rehabiliteringsplan saknades i 2 ärenden, upprättas nu."),
        ]),
        ("5 Informationssäkerhet och dataskydd", [
            C("Behörigheter i elevdokumentationssystemet tas bort när personal slutar", "GENOMFORD", "nej",
              met="Kvartalsvis genomgång", ans="Systemförvaltare", st2="Klar", kom="Inga avvikelser."),
            C("Personuppgiftsincidenter anmäls till IMY inom 72 timmar", "EJ_GENOMFORD", "",
              met="Genomgång av incidentloggen", ans="Dataskyddssamordnare", st2="Ej genomförd",
              kom="Kontrollen har inte hunnits med på grund av vakans på tjänsten som informationssäkerhetssamordnare."),
            C("Elevers skyddade personuppgifter hanteras enligt rutin", "OKLAR", "",
              met="Genomgång per skola", ans="Skoladministratörer", st2="Se bilaga 2", kom=""),
        ]),
    ]
    d = docx.Document(); doc_fixed(d, "Utbildningsförvaltningen")
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Utbildningsnämnden\tDnr UBN 2025/0412"
    sec.footer.paragraphs[0].text = "Edsvalla kommun – Utbildningsförvaltningen"
    d.add_heading("Uppföljning av intern kontroll – tertial 2 2025", level=1)
    d.add_paragraph("Utbildningsnämnden antog internkontrollplanen för 2025 den 28 januari 2025 (§ 9). "
                    "I denna rapport redovisas uppföljningen per tertial 2, det vill säga perioden januari–augusti. "
                    "Uppgifterna har lämnats av respektive kontrollansvarig och sammanställts av förvaltningens "
                    "kvalitetsenhet.")
    d.add_paragraph("Sammanfattning", style="Heading 2")
    summ = [("Antal kontrollmoment", "18"), ("Genomförda", "10"), ("Delvis genomförda/pågår", "3"),
            ("Ej genomförda", "2"), ("Utgår", "1"), ("Ej redovisade/se bilaga", "2")]
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in summ:
        cells = t.add_row().cells; cells[0].text = k; cells[1].text = v
    rows = []
    for head, items in A:
        d.add_paragraph(head, style="Heading 2")
        t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Kontrollmoment", "Metod", "Ansvarig", "Status T2", "Kommentar"]):
            c.text = ""; c.paragraphs[0].add_run(h).bold = True
        for it in items:
            cells = t.add_row().cells
            for c, v in zip(cells, [it["km"], it["met"], it["ans"], it["st2"], it["kom"]]):
                c.text = v
            rows.append(it)
    d.add_paragraph("")
    d.add_paragraph("Förvaltningens bedömning: den interna kontrollen bedöms i huvudsak vara tillräcklig. "
                    "Kontrollmoment som inte genomförts under perioden ska genomföras under tertial 3.")
    d.add_paragraph("Bilaga 2: Kontroll av skyddade personuppgifter (sekretess, lämnas separat).")
    d.add_paragraph("Edsvalla 2025-09-08\n\nMaria Holmgren\nUtbildningsdirektör")
    d.save(os.path.join(OUT, fil))
    assert len(rows) == 18
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    exp(fil, namnd, rows)


# ---------------------------------------------------------------------------
# 3. Socialnämnden - xlsx, status codes with legend, vertical merged process, risk columns, summary at bottom
# ---------------------------------------------------------------------------
def f3():
    fil = "Socialnämnden IKP 2025 T2.xlsx"
    namnd = "Socialnämnden"
    P = [
        ("Myndighetsutövning barn och unga", [
            C("Förhandsbedömning av inkomna orosanmälningar görs inom 14 dagar", "GENOMFORD", "ja",
              risk="Barn i behov av skydd uppmärksammas inte i tid", rv=12, ans="Enhetschef mottagning",
              frek="Tertial", t1="G", t2="G", kom="Stickprov 40 anmälningar, 38 inom tidsgränsen."),
            C("Utredningar enligt 11 kap. 1 § SoL avslutas inom fyra månader", "DELVIS", "ja",
              risk="Rättsosäkra och försenade utredningar", rv=12, ans="Enhetschef utredning",
              frek="Tertial", t1="P", t2="P", kom="Andel inom fyra månader 78 %. Beslut om förlängning saknas i 6 ärenden."),
            C("Vårdplan och genomförandeplan finns för placerade barn", "GENOMFORD", "ja",
              risk="Placerade barns behov tillgodoses inte", rv=9, ans="Enhetschef familjehem",
              frek="Halvår", t1="", t2="G", kom="Samtliga 24 placerade barn har vårdplan. Genomförandeplan saknas för 2 barn."),
            C("Övervägande och omprövning av vård görs var sjätte månad", "GENOMFORD", "nej",
              risk="Vården övervägs inte i lagstadgad tid", rv=9, ans="Enhetschef familjehem",
              frek="Tertial", t1="G", t2="Klar", kom="Inga avvikelser."),
        ]),
        ("Ekonomiskt bistånd", [
            C("Beslut om ekonomiskt bistånd fattas av rätt delegat", "GENOMFORD", "",
              risk="Beslut fattas utan delegation", rv=6, ans="Enhetschef försörjningsstöd",
              frek="Tertial", t1="G", t2="g", kom=""),
            C("Kontroll mot andra myndigheter (SSBTEK) görs vid nyansökan", "GENOMFORD", "ja",
              risk="Felaktiga utbetalningar", rv=8, ans="Enhetschef försörjningsstöd",
              frek="Tertial", t1="G", t2="Genomförd", kom="I 3 av 30 akter saknas dokumenterad kontroll."),
            C("Utbetalningar av ekonomiskt bistånd över 10 000 kr kontrolleras av två personer", "EJ_GENOMFORD", "",
              risk="Felaktiga eller otillbörliga utbetalningar", rv=8, ans="Enhetschef försörjningsstöd",
              frek="Tertial", t1="E", t2="E", kom="Rutinen är inte införd ännu, systemstöd saknas."),
        ]),
        ("Vuxen och beroende", [
            C("Köpta platser – fakturerade vårddygn stäms av mot beslut", "GENOMFORD", "ja",
              risk="Kommunen betalar för vård som inte getts", rv=9, ans="Placeringssamordnare",
              frek="Tertial", t1="P", t2="Ja, utfört",
              kom="Avstämning gjord för samtliga 31 placeringar. Felaktigt debiterade dygn hos en leverantör, kreditering begärd."),
            C("Handläggning av anmälningar enligt LVM sker enligt rutin", "SAKNAS", "",
              risk="Skyndsam handläggning uteblir", rv=6, ans="Enhetschef vuxen", frek="Halvår", t1="", t2="", kom=""),
            C("Samordnad individuell plan (SIP) upprättas vid behov", "UTGAR", "",
              risk="Bristande samverkan med regionen", rv=4, ans="Enhetschef vuxen", frek="Halvår",
              t1="", t2="U", kom="Utgår, ersatt av länsgemensam uppföljning."),
        ]),
        ("Ekonomi och upphandling", [
            C("Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "nej",
              risk="Felaktiga utbetalningar", rv=6, ans="Controller", frek="Tertial", t1="G", t2="G",
              kom="Inga avvikelser"),
            C("Avtalstrohet vid köp av konsulttjänster", "DELVIS", "",
              risk="Otillåtna direktupphandlingar", rv=8, ans="Controller", frek="Tertial", t1="P", t2="P",
              kom="Granskning pågår tillsammans med upphandlingsenheten."),
            C("Representation och förtroendekänsliga poster följer riktlinjerna", "GENOMFORD", "ja",
              risk="Förtroendeskada", rv=4, ans="Controller", frek="Halvår", t1="", t2="G",
              kom="Genomgång av 22 poster. En representationsfaktura saknade deltagarlista."),
            C("Ersättning till familjehem betalas ut enligt SKR:s riktlinjer och avtal", "GENOMFORD", "nej",
              risk="Felaktiga ersättningar", rv=9, ans="Enhetschef familjehem", frek="Tertial", t1="G",
              t2="genomförd", kom="Inga avvikelser."),
        ]),
        ("Informationssäkerhet", [
            C("Loggkontroll av åtkomst till personakter", "DELVIS", "nej",
              risk="Obehörig åtkomst till sekretessuppgifter", rv=12, ans="Systemförvaltare", frek="Månad",
              t1="G", t2="P",
              kom="Loggkontroll utförd för januari–juni utan anmärkning. Juli och augusti ej kontrollerade p.g.a. semester."),
            C("Behörigheter till verksamhetssystemet avslutas när anställning upphör", "GENOMFORD", "ja",
              risk="Obehörig åtkomst", rv=8, ans="Systemförvaltare", frek="Tertial", t1="G", t2="G",
              kom="5 konton var aktiva efter avslutad anställning, har stängts."),
            C("Sekretessbelagda handlingar skickas med säker e-post", "EJ_GENOMFORD", "",
              risk="Sekretessuppgifter röjs", rv=8, ans="Informationssäkerhetssamordnare", frek="Halvår",
              t1="", t2="E", kom="Ej påbörjad, skjuts till T3."),
        ]),
        ("Personal och arbetsmiljö", [
            C("Introduktion av nyanställda socialsekreterare enligt introduktionsprogram", "GENOMFORD", "",
              risk="Bristande kompetens i myndighetsutövningen", rv=6, ans="HR-partner", frek="Halvår",
              t1="G", t2="Klar", kom=""),
            C("Hot och våld – incidenter rapporteras i KIA och åtgärdas", "GENOMFORD", "nej",
              risk="Medarbetare skadas", rv=9, ans="Avdelningschefer", frek="Tertial", t1="G", t2="G",
              kom="14 incidenter rapporterade, samtliga med dokumenterad åtgärd."),
            C("Ärendemängd per handläggare följs upp månadsvis", "OKLAR", "",
              risk="Hög arbetsbelastning leder till fel", rv=9, ans="Avdelningschefer", frek="Månad",
              t1="P", t2="G",
              kom="Uppföljningen har inte kunnat göras då statistikuttaget ur verksamhetssystemet inte fungerar."),
            C("Rapporter enligt lex Sarah utreds och anmäls till IVO vid behov", "GENOMFORD", "nej",
              risk="Missförhållanden åtgärdas inte", rv=12, ans="Kvalitetsutvecklare", frek="Tertial", t1="G",
              t2="Ja, utfört", kom="Samtliga rapporter utredda inom tidsgräns, inga avvikelser från rutinen."),
            C("Klagomål och synpunkter diarieförs och besvaras inom 10 arbetsdagar", "DELVIS", "ja",
              risk="Brister i bemötande och service", rv=4, ans="Kvalitetsutvecklare", frek="Tertial", t1="",
              t2="P", kom="Diarieföringen fungerar. Svarstiden överskreds i 7 av 25 ärenden."),
        ]),
    ]
    wb = Workbook(); wb_fixed(wb)
    ins = wb.active; ins.title = "Instruktion"
    for i, line in enumerate([
        "Instruktion för uppföljning av internkontrollplan 2025",
        "",
        "Fyll i status för aktuell period i kolumn T1 respektive T2 med statuskod enligt förklaringen på fliken IK 2025.",
        "Beskriv kortfattat resultatet av kontrollen och eventuella avvikelser i kolumnen Kommentar.",
        "Vid avvikelse ska åtgärd anges. Kontakta förvaltningens controller vid frågor.",
        "Sista dag för inrapportering T2: 2025-09-05.",
    ], 1):
        ins.cell(i, 1, line)
    ins["A1"].font = Font(bold=True, size=12)
    ins.column_dimensions["A"].width = 100
    ws = wb.create_sheet("IK 2025")
    ws["A1"] = "Internkontrollplan 2025 – Socialnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 2"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Socialförvaltningen, Dnr SN 2024/188"
    ws["H1"] = "Statuskod:"; ws["H1"].font = BOLD
    leg = [("G", "Genomförd", "C6EFCE"), ("P", "Pågår / delvis genomförd", "FFEB9C"),
           ("E", "Ej genomförd", "FFC7CE"), ("U", "Utgår", "D9D9D9")]
    for i, (k, v, col) in enumerate(leg):
        ws.cell(1 + i, 9, k).fill = PatternFill("solid", fgColor=col)
        ws.cell(1 + i, 10, v)
    hdr = ["Process", "Risk", "Riskvärde", "Kontrollmoment", "Kontrollansvarig", "Frekvens", "T1", "T2",
           "Kommentar T2"]
    r = 6
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h); c.font = BOLD; c.fill = PatternFill("solid", fgColor="BDD7EE")
        c.border = BORDER; c.alignment = WRAP
    r += 1
    fillmap = {"G": "C6EFCE", "P": "FFEB9C", "E": "FFC7CE", "U": "D9D9D9"}
    rows = []
    for proc, items in P:
        start = r
        for it in items:
            vals = [proc if r == start else None, it["risk"], it["rv"], it["km"], it["ans"], it["frek"],
                    it["t1"] or None, it["t2"] or None, it["kom"] or None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v); c.border = BORDER; c.alignment = WRAP
            for j, key in ((7, "t1"), (8, "t2")):
                code = it[key].strip().upper()[:1] if it[key] in ("G", "g", "P", "E", "U") else None
                if code:
                    ws.cell(r, j).fill = PatternFill("solid", fgColor=fillmap[code])
                    ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
            rows.append(it); r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 4, "Sammanställning T2").font = BOLD
    for k, v in [("G", 14), ("P", 4), ("E", 2), ("U", 1), ("Ej ifyllt", 1), ("Summa", 22)]:
        r += 1
        ws.cell(r, 4, k); ws.cell(r, 5, v)
    for col, w in zip("ABCDEFGHIJ", [22, 34, 10, 50, 24, 10, 8, 12, 55, 26]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(os.path.join(OUT, fil))
    assert len(rows) == 22
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    exp(fil, namnd, rows)


# ---------------------------------------------------------------------------
# 4. Vård- och omsorgsnämnden - .xls (via LibreOffice), area rows, T1/T2/T3 side by side, summary at bottom
# ---------------------------------------------------------------------------
def f4(tmp):
    fil = "VON_internkontroll_uppfoljning_aug2025.xls"
    namnd = "Vård- och omsorgsnämnden"
    A = [
        ("HEMTJÄNST", [
            C("Utförd tid i hemtjänsten jämförs med beviljad tid", "GENOMFORD", "ja", id="H1",
              omf="Samtliga brukare, månadsvis", ans="Enhetschefer hemtjänst", t1="Genomförd",
              t2="Genomförd med anmärkning", kom="Utförd tid understeg beviljad tid med mer än 20 % för 11 brukare.",
              atg="Biståndshandläggare följer upp besluten."),
            C("Nyckelhantering i hemtjänsten – kvittenslistor och nyckelskåp", "GENOMFORD", "nej", id="H2",
              omf="Alla hemtjänstgrupper", ans="Enhetschefer hemtjänst", t1="Påbörjad", t2="Klar",
              kom="Inga saknade nycklar.", atg=""),
            C("Fakturering av hemtjänstavgifter stämmer mot utförd tid", "DELVIS", "", id="H3",
              omf="Stickprov 30 brukare", ans="Avgiftshandläggare", t1="", t2="Påbörjad",
              kom="Avstämning gjord för januari–maj.", atg=""),
            C("Genomförandeplaner upprättas och följs upp var sjätte månad", "GENOMFORD", "", id="H4",
              omf="Stickprov 20 brukare", ans="Enhetschefer hemtjänst", t1="Genomförd", t2="genomförd",
              kom="", atg=""),
            C("Ersättning till privata utförare inom LOV betalas enligt avtal", "GENOMFORD", "nej", id="H5",
              omf="Stickprov 3 utförare", ans="Avtalscontroller", t1="", t2="Ja, utfört",
              kom="Stickprov hos 3 utförare, inga avvikelser.", atg=""),
        ]),
        ("SÄRSKILT BOENDE", [
            C("Läkemedelshantering – läkemedelsförråd och signeringslistor kontrolleras", "GENOMFORD", "nej", id="S1",
              omf="6 enheter", ans="MAS", t1="Genomförd", t2="Genomförd",
              kom="Kontroll på 6 enheter, rutinen följs.", atg=""),
            C("Hantering av boendes privata medel", "EJ_GENOMFORD", "", id="S2",
              omf="Stickprov 15 boende", ans="Enhetschefer SÄBO", t1="Ej påbörjad", t2="Ej påbörjad",
              kom="Skjuts till T3.", atg=""),
            C("Nattfasta mäts och åtgärder vidtas vid nattfasta över 11 timmar", "GENOMFORD", "ja", id="S3",
              omf="Samtliga boenden", ans="Dietist / enhetschefer", t1="", t2="Genomförd",
              kom="Nattfasta över 11 timmar på 2 av 8 boenden.", atg="Handlingsplan upprättad för berörda boenden."),
            C("Systematiskt brandskyddsarbete (SBA) – egenkontroll enligt plan", "GENOMFORD", "", id="S4",
              omf="Samtliga boenden, 1 ggr/år", ans="Säkerhetssamordnare", t1="Klar", t2="", kom="", atg=""),
            C("Fallprevention – riskbedömning i Senior alert inom 14 dagar efter inflyttning", "DELVIS", "ja",
              id="S5", omf="Samtliga nyinflyttade", ans="Sjuksköterskor", t1="Påbörjad", t2="Påbörjad",
              kom="74 % av de nyinflyttade riskbedömda inom 14 dagar.", atg="Påminnelse i verksamhetssystemet."),
            C("Rutin för hantering av avlidens tillhörigheter följs", "SAKNAS", "", id="S6",
              omf="Stickprov", ans="Enhetschefer SÄBO", t1="", t2="", kom="", atg=""),
        ]),
        ("MYNDIGHETSUTÖVNING", [
            C("Biståndsbeslut fattas enligt delegationsordningen", "GENOMFORD", "nej", id="M1",
              omf="Stickprov 25 beslut", ans="Enhetschef myndighet", t1="Genomförd", t2="Genomförd",
              kom="Inga avvikelser.", atg=""),
            C("Ej verkställda beslut rapporteras till IVO kvartalsvis", "GENOMFORD", "nej", id="M2",
              omf="Samtliga beslut", ans="Enhetschef myndighet", t1="Genomförd", t2="Klar",
              kom="Rapportering för kvartal 1 och 2 gjord i tid.", atg=""),
            C("Utredningstid för ansökan om särskilt boende", "UTGAR", "", id="M3",
              omf="Samtliga ärenden", ans="Enhetschef myndighet", t1="Ej aktuell", t2="Ej aktuell",
              kom="Kontrollen ersatt av nyckeltal i månadsrapporten, beslut VON 2025-02-25 § 18.", atg=""),
            C("Avgiftsbeslut – inkomstuppgifter uppdateras årligen", "EJ_GENOMFORD", "", id="M4",
              omf="Samtliga avgiftsbeslut", ans="Avgiftshandläggare", t1="", t2="Ej genomförd",
              kom="Avgiftshandläggaren föräldraledig, ingen ersättare.", atg=""),
        ]),
        ("HÄLSO- OCH SJUKVÅRD", [
            C("Delegering av hälso- och sjukvårdsuppgifter är aktuell och dokumenterad", "GENOMFORD", "ja", id="HS1",
              omf="Samtliga enheter", ans="MAS", t1="Genomförd", t2="Ja, utfört",
              kom="4 delegeringar hade gått ut och har förnyats.", atg=""),
            C("Journalgranskning av omvårdnadsdokumentation", "DELVIS", "", id="HS2",
              omf="7 enheter", ans="MAS", t1="Påbörjad", t2="Delvis",
              kom="Granskning genomförd på 3 av 7 enheter.", atg=""),
            C("Hygienrond enligt basala hygienrutiner", "GENOMFORD", "ja", id="HS3",
              omf="Samtliga enheter", ans="Hygiensjuksköterska", t1="Genomförd", t2="Genomförd",
              kom="Följsamhet 88 %, brister gällande arbetskläder.", atg="Information på APT."),
        ]),
        ("EKONOMI OCH ADMINISTRATION", [
            C("Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "nej", id="E1",
              omf="Stickprov 30 fakturor", ans="Controller", t1="Genomförd", t2="Genomförd",
              kom="Inga avvikelser.", atg=""),
            C("Beställning av bemanningssjuksköterskor sker via avtalad leverantör", "GENOMFORD", "ja", id="E2",
              omf="Samtliga beställningar", ans="Controller", t1="Påbörjad", t2="Klar",
              kom="Ett avrop utanför avtal i juni.", atg="Dialog med berörd enhetschef."),
            C("Timanställdas tidrapporter attesteras av chef före löneutbetalning", "GENOMFORD", "", id="E3",
              omf="Stickprov", ans="HR", t1="Genomförd", t2="genomförd", kom="", atg=""),
            C("Förtroendekänsliga poster", "OKLAR", "", id="E4",
              omf="Samtliga poster", ans="Controller", t1="", t2="", kom="Se separat rapport.", atg=""),
        ]),
        ("PERSONAL", [
            C("Schemaläggning följer arbetstidslagen (dygnsvila)", "GENOMFORD", "ja", id="P1",
              omf="Samtliga enheter", ans="Bemanningsenheten", t1="Genomförd", t2="Genomförd",
              kom="Brister i dygnsvila vid 3 enheter under sommaren.", atg="Schemaöversyn."),
            C("Introduktion av sommarvikarier enligt checklista", "GENOMFORD", "ja", id="P2",
              omf="Samtliga sommarvikarier", ans="Enhetschefer", t1="", t2="Klar",
              kom="Checklistor ifyllda för 96 av 102 vikarier.", atg=""),
        ]),
    ]
    wb = Workbook(); wb_fixed(wb)
    ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Vård- och omsorgsförvaltningen"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontroll 2025 – uppföljning per tertial"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Avser: T2 (januari–augusti 2025)"
    hdr = ["ID", "Område", "Kontrollmoment", "Omfattning", "Ansvarig", "T1", "T2", "T3", "Kommentar", "Åtgärd"]
    r = 5
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h); c.font = BOLD; c.border = BORDER; c.fill = PatternFill("solid", fgColor="E2EFDA")
    r += 1
    rows = []
    for area, items in A:
        ws.cell(r, 2, area).font = BOLD
        r += 1
        for it in items:
            vals = [it["id"], None, it["km"], it["omf"], it["ans"], it["t1"] or None, it["t2"] or None, None,
                    it["kom"] or None, it["atg"] or None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v); c.border = BORDER; c.alignment = WRAP
            rows.append(it); r += 1
    r += 1
    ws.cell(r, 3, "Sammanställning T2").font = BOLD
    for k, v in [("Antal kontroller", 24), ("Genomförda", 15), ("Delvis/påbörjade", 3), ("Ej genomförda", 2),
                 ("Ej aktuella", 1), ("Ej rapporterade", 3)]:
        r += 1
        ws.cell(r, 3, k); ws.cell(r, 4, v)
    for col, w in zip("ABCDEFGHIJ", [6, 14, 50, 24, 22, 12, 14, 8, 50, 30]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, os.path.splitext(fil)[0] + ".xlsx")
    wb.save(src)
    convert(src, "xls", OUT)
    assert len(rows) == 24
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    exp(fil, namnd, rows)


# ---------------------------------------------------------------------------
# 5. Kommunstyrelsen - docx, one big table with merged process rows, summary paragraph at bottom
# ---------------------------------------------------------------------------
def f5():
    fil = "Kommunstyrelsen - uppföljning intern kontroll tertial 2 2025.docx"
    namnd = "Kommunstyrelsen"
    P = [
        ("Process: Ekonomiadministration", [
            C("Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "nej", met="Stickprov 50 fakturor",
              res="Granskade 50 fakturor, samtliga korrekt attesterade.", st="Genomförd", ans="Redovisningschef"),
            C("Leverantörsregistret – ändring av bankuppgifter verifieras mot leverantören", "GENOMFORD", "nej",
              met="Genomgång av samtliga ändringar", res="38 ändringar, samtliga verifierade genom återuppringning.",
              st="Klar", ans="Redovisningschef"),
            C("Manuella utbetalningar kontrolleras av två personer", "GENOMFORD", "ja", met="Samtliga manuella utbetalningar",
              res="Två utbetalningar i juli saknade dubbel kontroll (semesterperiod).", st="Genomförd",
              ans="Redovisningschef"),
            C("Avstämning av balanskonton vid tertialbokslut", "DELVIS", "", met="Genomgång av avstämningsmallar",
              res="Avstämning gjord per 30 april. Avstämning per 31 augusti pågår.", st="Pågår", ans="Redovisningschef"),
        ]),
        ("Process: Upphandling och inköp", [
            C("Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen", "GENOMFORD", "ja",
              met="Genomgång av samtliga", res="Dokumentation saknades för 4 av 15 direktupphandlingar.",
              st="Genomförd med avvikelse", ans="Upphandlingschef"),
            C("Avtalstrohet – inköp sker från avtalade leverantörer", "GENOMFORD", "ja", met="Spendanalys",
              res="Avtalstrohet 89 %, målet om 90 % nås inte.", st="Ja, utfört", ans="Upphandlingschef"),
            C("Fakturerade priser stämmer med ramavtal", "EJ_GENOMFORD", "", met="Stickprov 5 ramavtal",
              res="Ej påbörjad. Planeras till T3.", st="Ej genomförd", ans="Upphandlingschef"),
        ]),
        ("Process: HR och lön", [
            C("Löneutbetalningar – kontroll av nyanställda och avslutade i lönesystemet", "GENOMFORD", "nej",
              met="Avstämning mot anställningsbeslut", res="Inga avvikelser.", st="genomförd.", ans="Lönechef"),
            C("Bisysslor redovisas och prövas årligen", "DELVIS", "", met="Enkät till chefer",
              res="Enkät till chefer pågår, svarsfrekvens hittills 60 %.", st="Delvis", ans="HR-chef"),
            C("Löneskulder vid avslutad anställning bevakas och återkrävs", "SAKNAS", "", met="Genomgång av löneskulder",
              res="", st="", ans="Lönechef"),
            C("Arvoden till förtroendevalda betalas ut enligt arvodesreglementet", "GENOMFORD", "ja",
              met="Stickprov 20 utbetalningar",
              res="En felaktig utbetalning av ersättning för förlorad arbetsinkomst, beloppet har återkrävts.",
              st="Klar", ans="Nämndsekreterare"),
        ]),
        ("Process: Nämndadministration och diarium", [
            C("Delegationsbeslut anmäls till kommunstyrelsen", "GENOMFORD", "nej", met="Genomgång av protokoll",
              res="Samtliga delegationsbeslut har anmälts.", st="Genomförd", ans="Kanslichef"),
            C("Allmänna handlingar diarieförs inom en vecka", "GENOMFORD", "ja", met="Stickprov 40 handlingar",
              res="6 av 40 handlingar diarieförda senare än en vecka efter ankomst.", st="Genomförd", ans="Kanslichef"),
            C("Utlämnande av allmän handling sker skyndsamt", "UTGAR", "", met="Stickprov",
              res="Utgår enligt KS beslut 2025-04-09 § 71, ersätts av kontroll 13.", st="Utgår", ans="Kanslichef"),
        ]),
        ("Process: Informationssäkerhet och IT", [
            C("Behörigheter i ekonomisystemet ses över", "GENOMFORD", "ja", met="Behörighetsgenomgång",
              res="Genomgång gjord, 9 behörigheter togs bort.", st="Ja, utfört", ans="Systemförvaltare"),
            C("Kontinuitetsplan för IT-drift testas", "EJ_GENOMFORD", "", met="Skrivbordsövning",
              res="Testet är flyttat till november.", st="Ej genomförd", ans="IT-chef"),
            C("Personuppgiftsbiträdesavtal finns för system som behandlar personuppgifter", "DELVIS", "",
              met="Genomgång av systemförteckningen", res="Genomgång av 45 system pågår, 30 klara.", st="Pågår",
              ans="Dataskyddsombud"),
            C("Säkerhetsskyddsklassade befattningar har genomgått säkerhetsprövning", "OKLAR", "",
              met="Genomgång av förteckning", res="Redovisas muntligt för kommunstyrelsen (säkerhetsskydd).", st="",
              ans="Säkerhetschef"),
        ]),
        ("Process: Kommunikation och övrigt", [
            C("Webbplatsen uppfyller kraven i lagen om tillgänglighet till digital offentlig service", "GENOMFORD", "ja",
              met="Granskning av 200 sidor", res="12 sidor hade brister, samtliga åtgärdade.", st="Klar",
              ans="Kommunikationschef"),
            C("Sponsring och gåvor hanteras enligt riktlinjer", "GENOMFORD", "nej", met="Genomgång av avtal",
              res="Inga sponsringsavtal har tecknats under perioden, inga gåvor registrerade.", st="Genomförd",
              ans="Kommunikationschef"),
        ]),
    ]
    d = docx.Document(); doc_fixed(d, "Kommunledningsförvaltningen")
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(9)
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.footer.paragraphs[0].text = "Edsvalla kommun, Kommunledningsförvaltningen"
    p = d.add_paragraph(); p.add_run("Kommunstyrelsen").bold = True
    d.add_heading("Uppföljning av internkontrollplan 2025 – tertial 2", level=1)
    d.add_paragraph("Rapporten omfattar perioden 1 januari – 31 augusti 2025. Status anges som Genomförd, Pågår, "
                    "Ej genomförd eller Utgår.")
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr", "Kontrollmoment", "Kontrollmetod", "Resultat T2", "Status", "Ansvarig"]):
        c.text = ""; c.paragraphs[0].add_run(h).bold = True
    n = 0; rows = []
    for proc, items in P:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5]); m.text = ""
        m.paragraphs[0].add_run(proc).bold = True
        for it in items:
            n += 1
            cells = t.add_row().cells
            for c, v in zip(cells, [str(n), it["km"], it["met"], it["res"], it["st"], it["ans"]]):
                c.text = v
            rows.append(it)
    d.add_paragraph("")
    d.add_paragraph("Sammanfattning: Av planens 20 kontrollmoment har 12 genomförts, 3 pågår, 2 har inte genomförts, "
                    "1 utgår och 2 saknar redovisning i tabellen. Avvikelser har konstaterats i 7 kontroller; "
                    "åtgärder redovisas i respektive rad.")
    d.add_paragraph("Edsvalla 2025-09-15")
    d.add_paragraph("Anna Lindqvist\nKommundirektör")
    d.save(os.path.join(OUT, fil))
    assert len(rows) == 20
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    exp(fil, namnd, rows)


# ---------------------------------------------------------------------------
# 6. Samhällsbyggnadsförvaltningen - xlsx with two sheets, one per nämnd, Ja/Nej/Delvis column, summary at top
# ---------------------------------------------------------------------------
def f6():
    fil = "Samhällsbyggnad_IK_T2-2025.xlsx"
    SBN = [
        C("Bygglov handläggs inom lagstadgad tid (10 veckor)", "GENOMFORD", "ja", proc="Bygglov",
          ans="Bygglovschef", g="Ja", dat="2025-08-29",
          kom="92 % inom tid. 14 ärenden överskred tidsfristen och avgiften reducerades."),
        C("Avgifter för bygglov debiteras enligt taxa", "GENOMFORD", "nej", proc="Bygglov", ans="Bygglovschef",
          g="Ja, utfört", dat="2025-08-29", kom="Stickprov 25 ärenden, inga fel."),
        C("Delegationsbeslut anmäls till nämnden", "GENOMFORD", "", proc="Nämndadministration",
          ans="Nämndsekreterare", g="Klar", dat="2025-06-30", kom=""),
        C("Tillsynsärenden om olovligt byggande följs upp inom sex månader", "DELVIS", "", proc="Tillsyn",
          ans="Byggnadsinspektör", g="Delvis", dat="", kom="Genomgång av äldre ärenden pågår, 40 av 85 granskade."),
        C("Lantmäteriförrättningar faktureras i rätt tid", "EJ_GENOMFORD", "", proc="Lantmäteri",
          ans="Lantmäterichef", g="Nej", dat="", kom="Ej utförd på grund av resursbrist på lantmäterienheten."),
        C("Planavtal finns innan detaljplanearbete påbörjas", "GENOMFORD", "ja", proc="Detaljplan",
          ans="Planchef", g="Ja", dat="2025-08-15", kom="Planavtal saknades i ett ärende (Edsvalla 4:12)."),
        C("Bygglovshandlingar arkiveras i e-arkivet", "UTGAR", "", proc="Bygglov", ans="Arkivsamordnare",
          g="Ej aktuell", dat="", kom="Utgår 2025 på grund av flytt till nytt e-arkiv."),
        C("Registrering i byggnadsregistret efter slutbesked", "GENOMFORD", "nej", proc="Geodata",
          ans="GIS-ingenjör", g="ja", dat="2025-08-20", kom="Inga avvikelser."),
        C("Jäv – handläggare med bisysslor inom byggbranschen", "SAKNAS", "", proc="Nämndadministration",
          ans="Förvaltningschef", g="", dat="", kom=""),
    ]
    TN = [
        C("Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "nej", proc="Ekonomi",
          ans="Controller", g="Ja", dat="2025-08-31", kom="Inga avvikelser."),
        C("Nya VA-abonnenter läggs upp i kundregistret och faktureras", "GENOMFORD", "ja", proc="VA",
          ans="VA-chef", g="Ja, utfört", dat="2025-08-25",
          kom="3 fastigheter saknades i kundregistret, har fakturerats retroaktivt."),
        C("Egenkontroll av lekplatser enligt SS-EN 1176", "DELVIS", "", proc="Park", ans="Parkchef",
          g="Delvis", dat="", kom="62 av 80 lekplatser besiktigade."),
        C("Vinterväghållning – entreprenörens utförande kontrolleras mot avtal", "GENOMFORD", "ja", proc="Gata",
          ans="Gatuchef", g="Klar", dat="2025-04-10", kom="Kontroller utförda januari–mars, viten vid 2 tillfällen."),
        C("Drivmedelskort – tankningar kontrolleras mot fordon", "EJ_GENOMFORD", "", proc="Fordon",
          ans="Fordonssamordnare", g="Nej", dat="", kom="Flyttas till T3."),
        C("Inventering av maskiner och verktyg", "GENOMFORD", "", proc="Fordon", ans="Driftchef", g="Ja",
          dat="2025-05-30", kom=""),
        C("Ändrings- och tilläggsarbeten (ÄTA) i entreprenader godkänns enligt delegation", "GENOMFORD", "ja",
          proc="Projekt", ans="Projektchef", g="Ja", dat="2025-08-28",
          kom="Stickprov 3 projekt. En ÄTA godkänd av person utan delegation."),
        C("Hyresavtal för kommunens lokaler är aktuella och indexuppräknade", "DELVIS", "ja", proc="Fastighet",
          ans="Fastighetschef", g="Delvis", dat="", kom="Indexuppräkning har inte gjorts för 7 avtal."),
        C("Skyddsronder på reningsverk och återvinningscentraler", "GENOMFORD", "nej", proc="Arbetsmiljö",
          ans="Driftchef", g="Ja", dat="2025-06-03", kom="Skyddsronder genomförda 2025-05-14 och 2025-06-03, inga anmärkningar."),
    ]
    wb = Workbook(); wb_fixed(wb)
    first = True
    for sheet, namnd, items, summ in [
        ("SBN", "Stadsbyggnadsnämnden", SBN, [("Antal kontroller", 9), ("Ja", 5), ("Delvis", 1), ("Nej", 1),
                                              ("Ej aktuell", 1), ("Ej ifyllt", 1)]),
        ("TN", "Tekniska nämnden", TN, [("Antal kontroller", 9), ("Ja", 6), ("Delvis", 2), ("Nej", 1),
                                        ("Ej aktuell", 0), ("Ej ifyllt", 0)]),
    ]:
        ws = wb.active if first else wb.create_sheet(); first = False
        ws.title = sheet
        ws["A1"] = f"{namnd} – Intern kontroll 2025"; ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Uppföljning tertial 2, status per 2025-08-31"
        ws["A3"] = "Samhällsbyggnadsförvaltningen"
        ws["E1"] = "Summering"; ws["E1"].font = BOLD
        for i, (k, v) in enumerate(summ):
            ws.cell(2 + i, 5, k); ws.cell(2 + i, 6, v)
        hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Genomförd T2 (Ja/Nej/Delvis)", "Datum", "Kommentar"]
        r = 9
        for j, h in enumerate(hdr, 1):
            c = ws.cell(r, j, h); c.font = BOLD; c.border = BORDER; c.alignment = WRAP
            c.fill = PatternFill("solid", fgColor="FCE4D6")
        for i, it in enumerate(items, 1):
            r += 1
            vals = [f"{sheet}-{i:02d}", it["proc"], it["km"], it["ans"], it["g"] or None, it["dat"] or None,
                    it["kom"] or None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v); c.border = BORDER; c.alignment = WRAP
        for col, w in zip("ABCDEFG", [9, 18, 52, 20, 16, 12, 55]):
            ws.column_dimensions[col].width = w
        FILES.append((fil, "INLAST", namnd, "2025", "T2"))
        exp(fil, namnd, items)
    wb.save(os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# 7. Kultur- och fritidsnämnden - .doc (via LibreOffice), one key/value table per control, summary at top
# ---------------------------------------------------------------------------
def f7(tmp):
    fil = "KFN uppföljning internkontrollplan T2 2025.doc"
    namnd = "Kultur- och fritidsnämnden"
    A = [
        ("Föreningsbidrag", [
            C("Föreningsbidrag betalas ut enligt gällande bidragsregler", "GENOMFORD", "ja", ans="Föreningskonsulent",
              st="Genomförd",
              kom="Stickprov 20 föreningar. Två föreningar hade fått aktivitetsstöd för deltagare över 20 år, återkrav gjort."),
            C("Redovisning av beviljade projektbidrag kontrolleras", "DELVIS", "", ans="Föreningskonsulent",
              st="Pågår", kom="Redovisningar för vårens projekt ska vara inne senast 30 september."),
            C("Bidragsberättigade föreningar har aktuella uppgifter i föreningsregistret", "GENOMFORD", "nej",
              ans="Föreningskonsulent", st="Klar", kom="Inga avvikelser."),
        ]),
        ("Kassahantering och intäkter", [
            C("Kontanthantering i simhallens kassa stäms av dagligen", "GENOMFORD", "ja", ans="Badchef",
              st="genomförd.", kom="Differens på 340 kr i maj, utredd och dokumenterad."),
            C("Uthyrning av idrottshallar faktureras enligt taxa", "GENOMFORD", "nej", ans="Bokningsansvarig",
              st="Ja, utfört", kom="Stickprov 30 bokningar, inga avvikelser."),
            C("Entréavgifter på konsthallen redovisas korrekt", "UTGAR", "", ans="Konsthallschef", st="Utgår",
              kom="Entréavgifterna avskaffades 2025-01-01."),
        ]),
        ("Bibliotek", [
            C("Ersättning för förlorade medier debiteras låntagare", "EJ_GENOMFORD", "", ans="Bibliotekschef",
              st="Ej genomförd", kom="Kontrollen har inte genomförts, omprioriterad till T3."),
            C("Inköp av medier sker enligt avtal med upphandlad leverantör", "GENOMFORD", "", ans="Bibliotekschef",
              st="Genomförd", kom=""),
        ]),
        ("Anläggningar", [
            C("Egenkontroll av badanläggningar – bassängvatten och livräddningsutrustning", "GENOMFORD", "ja",
              ans="Badchef", st="Genomförd",
              kom="Tre provtagningar över gränsvärdet för bundet klor, åtgärdat i samråd med miljöförvaltningen."),
            C("Nycklar och passerkort till fritidsgårdar och idrottsanläggningar inventeras", "DELVIS", "",
              ans="Fritidschef", st="Delvis",
              kom="Inventering klar för fritidsgårdarna, idrottsanläggningarna återstår."),
            C("Systematiskt brandskyddsarbete i kulturhuset", "SAKNAS", "", ans="Kulturhuschef", st="", kom=""),
        ]),
        ("Personal", [
            C("Utdrag ur belastningsregistret kontrolleras för personal som arbetar med barn och unga", "GENOMFORD",
              "nej", ans="HR-partner", st="Klar", kom="Samtliga 45 sommarledare har uppvisat utdrag."),
            C("Timanställdas tidrapporter attesteras", "GENOMFORD", "nej", ans="Enhetschefer", st="Genomförd",
              kom="Inga avvikelser."),
        ]),
        ("Ekonomi", [
            C("Attest av leverantörsfakturor enligt attestordningen", "GENOMFORD", "ja", ans="Controller",
              st="Genomförd", kom="En faktura attesterad av beställaren själv (jäv). Rutinen har påmints."),
            C("Representation och förtroendekänsliga poster", "DELVIS", "", ans="Controller",
              st="Delvis genomförd", kom="Granskning av kortköp återstår."),
        ]),
    ]
    d = docx.Document(); doc_fixed(d, "Kultur- och fritidsförvaltningen")
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)
    d.add_heading("Kultur- och fritidsnämnden", level=1)
    d.add_paragraph("Uppföljning av internkontrollplan 2025, tertial 2").runs[0].bold = True
    d.add_paragraph("Sammanfattning: Planen omfattar 15 kontrollmoment. Per 31 augusti är 9 genomförda, 3 delvis "
                    "genomförda, 1 ej genomförd och 1 utgår. För 1 kontrollmoment har ingen uppgift lämnats.")
    n = 0; rows = []
    for area, items in A:
        d.add_heading(area, level=2)
        for it in items:
            n += 1
            t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
            for k, v in [("Kontrollmoment", it["km"]), ("Ansvarig", it["ans"]), ("Status T2", it["st"]),
                         ("Kommentar", it["kom"])]:
                cells = t.add_row().cells
                cells[0].text = ""; cells[0].paragraphs[0].add_run(k).bold = True
                cells[1].text = v
            for row in t.rows:
                row.cells[0].width = Cm(3.5); row.cells[1].width = Cm(12.5)
            d.add_paragraph("")
            rows.append(it)
    d.add_paragraph("Kultur- och fritidsförvaltningen, 2025-09-09\nPer Ekström, förvaltningschef")
    src = os.path.join(tmp, os.path.splitext(fil)[0] + ".docx")
    d.save(src)
    convert(src, "doc", OUT)
    assert len(rows) == 15
    FILES.append((fil, "INLAST", namnd, "2025", "T2"))
    exp(fil, namnd, rows)


# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv) from Socialförvaltningen, no follow-up in it
# ---------------------------------------------------------------------------
def f8():
    fil = "Följebrev internkontroll T2 2025 - Socialnämnden.docx"
    d = docx.Document(); doc_fixed(d, "Socialförvaltningen")
    d.add_paragraph("Socialförvaltningen\nEkonomienheten")
    d.add_paragraph("2025-09-05")
    d.add_paragraph("Till: Kommunledningsförvaltningen, ekonomiavdelningen")
    d.add_heading("Översändande av Socialnämndens uppföljning av intern kontroll, tertial 2 2025", level=2)
    d.add_paragraph("Härmed översänds Socialnämndens uppföljning av internkontrollplanen för 2025 per tertial 2 "
                    "(fil: Socialnämnden IKP 2025 T2.xlsx). Uppföljningen behandlas av nämnden vid sammanträdet "
                    "2025-09-24 och protokollsutdrag skickas när protokollet är justerat.")
    d.add_paragraph("Observera att kommentarerna för informationssäkerhet kan komma att kompletteras efter "
                    "förvaltningens ledningsgrupp den 15 september.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\n\nLena Bergqvist\nController, Socialförvaltningen\n"
                    "lena.bergqvist@edsvalla.se")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Norra stadsdelsnämnden", "SDN Norr|Stadsdelsnämnd Norr|Norra stadsdelsförvaltningen|Stadsdelsförvaltning Norr"),
    ("Södra stadsdelsnämnden", "SDN Söder|Stadsdelsnämnd Söder|Södra stadsdelsförvaltningen|Stadsdelsförvaltning Söder"),
    ("Utbildningsnämnden", "UBN|Utbildningsförvaltningen"),
    ("Socialnämnden", "SN|Socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
    ("Stadsbyggnadsnämnden", "SBN|Stadsbyggnadskontoret"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarförvaltningen"),
]


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmp = tempfile.mkdtemp(prefix="r321_")
    try:
        f1(); f2(); f3(); f4(tmp); f5(); f6(); f7(tmp); f8()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"]); w.writerows(NAMNDER)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXPECTED)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
