#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 430 - Munkfors kommun (fictional), helår 2025 reported mostly as text.

Run: /usr/bin/python3 make_round.py
Builds every follow-up file, the reject file, namnder.csv, files.csv and expected.csv
in the folder this script lives in.
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, H, Span, List, ListItem

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round430"
FIXED = datetime.datetime(2026, 2, 2, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def fix_core(d, author):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def soffice_convert(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BoU"),
    ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen|IFO"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Äldreomsorgen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|Tekniska enheten"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Bygg och miljö"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Munkfors Energi AB", "MEAB|Munkfors Energi|Energibolaget"),
]


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - Word tjänsteskrivelse, one section per control
# ---------------------------------------------------------------------------
def build_ks():
    fil = "Tjänsteskrivelse - Uppföljning internkontrollplan 2025 helår.docx"
    namnd = "Kommunstyrelsen"
    d = docx.Document()
    fix_core(d, "Maria Lindqvist")
    st = d.styles["Normal"]
    st.font.name = "Garamond"
    st.font.size = Pt(12)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "MUNKFORS KOMMUN\tTJÄNSTESKRIVELSE\nKommunledningsförvaltningen\tDnr KS 2025/0312"
    fp = sec.footer.paragraphs[0]
    fp.text = "Munkfors kommun · Kommunledningsförvaltningen · 684 82 Munkfors · www.munkfors.se"

    t = d.add_table(rows=3, cols=2)
    cells = [("Datum", "2026-01-28"), ("Handläggare", "Maria Lindqvist, controller"),
             ("Mottagare", "Kommunstyrelsen")]
    for i, (a, b) in enumerate(cells):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    d.add_paragraph()
    d.add_heading("Uppföljning av kommunstyrelsens internkontrollplan 2025 – helår", level=1)

    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Kommunstyrelsen godkänner uppföljningen av internkontrollplan 2025 och lägger den till "
                    "handlingarna. Kommunstyrelsen uppdrar åt kommunchefen att återrapportera vidtagna åtgärder "
                    "avseende köp utanför avtal i samband med delårsrapporten 2026.")

    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph("Kommunstyrelsen antog 2024-12-09, § 214, en internkontrollplan för 2025 med åtta "
                    "kontrollmoment. Av dessa har fyra genomförts fullt ut, två har genomförts delvis, ett har inte "
                    "genomförts och ett har utgått genom beslut under året. Avvikelser har konstaterats inom "
                    "attest, inköp och informationssäkerhet. Förvaltningen bedömer sammantaget att den interna "
                    "kontrollen har varit tillräcklig men att uppföljningen av avtalstrohet behöver stärkas.")

    d.add_heading("Bakgrund", level=2)
    d.add_paragraph("Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att den interna kontrollen är "
                    "tillräcklig. Enligt kommunens reglemente för intern kontroll ska varje nämnd årligen anta en "
                    "internkontrollplan och rapportera resultatet av uppföljningen till kommunstyrelsen senast i "
                    "samband med bokslutet. Nedan redovisas resultatet för respektive kontrollmoment i "
                    "kommunstyrelsens egen plan. Uppföljningen avser perioden januari–december 2025.")

    d.add_heading("Resultat per kontrollmoment", level=2)

    sections = [
        ("Attest av leverantörsfakturor enligt attestordningen",
         ["Kontrollmetod: Stickprov om 40 fakturor per halvår ur ekonomisystemet. Kontrollansvarig: redovisningsekonom.",
          "Resultat: Kontrollen har genomförts för båda halvåren. Av 80 granskade fakturor saknade två "
          "fakturor beslutsattest av behörig attestant (attesterade av ersättare som inte fanns upptagen i "
          "attestförteckningen). Attestförteckningen har uppdaterats och berörda chefer har informerats.",
          "Bedömning: Genomförd med avvikelse."],
         "GENOMFORD", "ja"),
        ("Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         ["Kontrollmetod: Avstämning av beslutsförteckningar från HR, upphandling och kansli mot anmälda "
          "delegationsbeslut i kommunstyrelsens protokoll.",
          "Resultat: Samtliga kontrollerade delegationsbeslut (n = 112) har anmälts till kommunstyrelsen. Inga "
          "avvikelser har noterats.",
          "Bedömning: Genomförd."],
         "GENOMFORD", "nej"),
        ("Efterlevnad av riktlinjer för representation och förtroendekänsliga poster",
         ["Kontrollmetod: Granskning av samtliga fakturor konterade på konto 7610–7690 under oktober–november.",
          "Resultat: 25 fakturor har granskats. Syfte och deltagare fanns angivet i samtliga fall och inga "
          "alkoholinköp har belastat kommunen. Kontrollen är genomförd utan anmärkning."],
         "GENOMFORD", "nej"),
        ("Inköp och avtalstrohet – köp utanför ramavtal",
         ["Kontrollmetod: Stickprov om 30 inköp per halvår jämförs mot avtalsdatabasen.",
          "Resultat: På grund av vakans vid upphandlingsenheten under hösten har kontrollen endast "
          "genomförts för första halvåret. Av 30 granskade inköp gjordes sex utanför gällande ramavtal, "
          "främst inom kontorsmaterial och konsulttjänster. Kontrollen av andra halvåret genomförs under "
          "första kvartalet 2026.",
          "Bedömning: Delvis genomförd."],
         "DELVIS", "ja"),
        ("Behörighetskontroll i ekonomisystemet Raindance",
         ["Kontrollmetod: Genomgång av aktiva användare och behörighetsprofiler mot personalregistret.",
          "Resultat: Kontrollen har inte genomförts under 2025 eftersom byte av ekonomisystem har "
          "förberetts och behörighetsstrukturen ska göras om. Kontrollmomentet flyttas till 2026 års plan."],
         "EJ_GENOMFORD", ""),
        ("Diarieföring av inkomna handlingar inom fastställd tid",
         ["Kontrollmomentet utgår enligt kommunstyrelsens beslut 2025-06-10, § 87, då det har ersatts av "
          "den kommungemensamma granskningen av ärendehanteringen som revisionen genomför 2025."],
         "UTGAR", ""),
        ("Uppföljning av åtgärder efter 2024 års kontroll av lönetillägg och engångsbelopp",
         ["Kontrollmetod: Uppföljning av att de åtgärder som beslutades efter förra årets kontroll har införts.",
          "Resultat: Se bilaga 2, Rapport från HR-enheten."],
         "OKLAR", ""),
        ("Informationssäkerhet – nyanställda genomgår grundutbildning inom tre månader",
         ["Kontrollmetod: Utdrag ur utbildningsplattformen jämförs med lista över nyanställda 2025.",
          "Resultat: 34 av 41 nyanställda har genomgått grundutbildningen inom tre månader. Sju medarbetare "
          "har ännu inte genomfört utbildningen; påminnelse har skickats till berörda chefer. Uppföljningen "
          "fortsätter under 2026 och slutrapporteras vid delåret."],
         "DELVIS", "ja"),
    ]
    for km, paras, status, avv in sections:
        d.add_heading(km, level=3)
        for p in paras:
            d.add_paragraph(p)
        exp(fil, namnd, km, status, avv)

    d.add_heading("Ekonomiska konsekvenser", level=2)
    d.add_paragraph("Ärendet medför inga direkta ekonomiska konsekvenser.")
    d.add_heading("Bilagor", level=2)
    d.add_paragraph("1. Internkontrollplan 2025, KS § 214/2024\n2. Rapport från HR-enheten – lönetillägg")
    d.add_paragraph()
    d.add_paragraph("Maria Lindqvist\nController")
    d.add_paragraph("Anders Holm\nKommunchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Socialnämnden - e-mail body saved as .txt (Outlook, Windows-1252, CRLF)
# ---------------------------------------------------------------------------
def build_sn():
    fil = "SV Uppföljning internkontrollplan helår 2025.txt"
    namnd = "Socialnämnden"
    items = [
        ("Handläggningstid för ansökan om ekonomiskt bistånd",
         "Genomförd. 92 % av ansökningarna beslutades inom 10 arbetsdagar (mål 90 %). Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Utbetalningar av ekonomiskt bistånd stäms av mot beslut",
         "Genomförd. Stickprov på 50 utbetalningar, en dubbelutbetalning hittades (4 350 kr) som har återkrävts.",
         "GENOMFORD", "ja"),
        ("Förhandsbedömning av orosanmälningar inom 14 dagar",
         "Delvis. Vi har bara hunnit gå igenom jan-jun pga personalbrist. Där var 4 av 61 "
         "förhandsbedömningar klara för sent. Hösten gås igenom i februari.",
         "DELVIS", "ja"),
        ("Loggkontroll i verksamhetssystemet Treserva",
         "Ej genomförd, skjuts till 2026 (väntar på ny loggfunktion från leverantören).",
         "EJ_GENOMFORD", ""),
        ("Placeringar på HVB följer upphandlade avtal",
         "Klar, inga anmärkningar. Samtliga 9 placeringar under året var på avtalade HVB.",
         "GENOMFORD", "nej"),
        ("Avtalstrohet vid köp av konsulentstödda familjehem",
         "Utgår - ingår i kommunstyrelsens kontroll av avtalstrohet från och med 2025.",
         "UTGAR", ""),
        ("Rutinen för hot och våld är känd av personalen",
         "Enkät till all personal skickades ut i december, sammanställningen pågår fortfarande.",
         "DELVIS", ""),
    ]
    lines = [
        "Från: Lena Berg <lena.berg@munkfors.se>",
        "Skickat: den 30 januari 2026 14:12",
        "Till: Ekonomienheten <ekonomi@munkfors.se>",
        "Kopia: Per Åström <per.astrom@munkfors.se>",
        "Ämne: SV: Uppföljning internkontrollplan helår 2025",
        "",
        "Hej!",
        "",
        "Här kommer Socialnämndens uppföljning av internkontrollplanen för helåret 2025. Nämnden "
        "behandlade den på sammanträdet 27 januari (SN § 9) och godkände redovisningen utan ändringar.",
        "",
        "Kontrollmoment och utfall:",
        "",
    ]
    for i, (km, res, status, avv) in enumerate(items, 1):
        lines.append("%d. %s – %s" % (i, km, res))
        lines.append("")
        exp(fil, namnd, km, status, avv)
    lines += [
        "Loggkontrollen och orosanmälningarna tar vi med i planen för 2026 igen.",
        "Hör av dig om något är oklart!",
        "",
        "Med vänlig hälsning",
        "",
        "Lena Berg",
        "Förvaltningschef",
        "Socialförvaltningen, Munkfors kommun",
        "Tel 0563-541 20",
        "",
        "-----Ursprungligt meddelande-----",
        "Från: Ekonomienheten <ekonomi@munkfors.se>",
        "Skickat: den 8 januari 2026 10:03",
        "Till: Förvaltningschefer; Nämndsekreterare",
        "Ämne: Uppföljning internkontrollplan helår 2025",
        "",
        "Hej alla!",
        "",
        "Nu är det dags för helårsuppföljningen av nämndernas internkontrollplaner för 2025. Skicka er "
        "uppföljning till ekonomi@munkfors.se senast den 31 januari. Ange för varje kontrollmoment något av:",
        "",
        "Genomförd / Delvis genomförd / Ej genomförd / Utgår",
        "",
        "samt en kort kommentar, och om avvikelser har upptäckts. Ni får gärna använda er egen mall.",
        "",
        "Tack på förhand!",
        "Ekonomienheten",
        "",
    ]
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="\r\n") as f:
        f.write("\n".join(lines))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Kultur- och fritidsnämnden - .odt memo
# ---------------------------------------------------------------------------
def build_kfn():
    fil = "PM intern kontroll kultur och fritid 2025.odt"
    namnd = "Kultur- och fritidsnämnden"
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="Rubrik", family="paragraph")
    title.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    title.addElement(ParagraphProperties(marginbottom="0.3cm"))
    doc.automaticstyles.addElement(title)
    small = Style(name="Liten", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt"))
    doc.automaticstyles.addElement(small)
    h2 = Style(name="Heading_20_2", family="paragraph", displayname="Heading 2")
    h2.addElement(TextProperties(fontsize="13pt", fontweight="bold"))
    h2.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.15cm"))
    doc.styles.addElement(h2)

    def para(text, style=None):
        p = P(stylename=style) if style else P()
        p.addText(text)
        doc.text.addElement(p)

    def labelled(label, text):
        p = P()
        s = Span(stylename=bold)
        s.addText(label)
        p.addElement(s)
        p.addText(" " + text)
        doc.text.addElement(p)

    para("PROMEMORIA", title)
    para("Munkfors kommun – Kultur- och fritidsförvaltningen", small)
    para("")
    labelled("Till:", "Kultur- och fritidsnämnden")
    labelled("Från:", "Jonas Ek, kultur- och fritidschef")
    labelled("Datum:", "2026-01-20")
    labelled("Ärende:", "Uppföljning av intern kontroll 2025 – helår")
    para("")
    para("Nämnden beslutade i december 2024 om sex kontrollmoment för 2025. I denna promemoria redovisas "
         "vad som har gjorts under året och vilka brister som har upptäckts. Uppföljningen vid delåret "
         "redovisades för nämnden i september (KFN § 44). Förvaltningen föreslår att nämnden godkänner "
         "redovisningen och överlämnar den till kommunstyrelsen.")

    items = [
        ("Kontanthantering och dagskassaredovisning i Munkfors simhall",
         "Oanmälda kassainventeringar har gjorts vid fyra tillfällen under året. Dagskassorna stämde mot "
         "kassarapporterna vid samtliga tillfällen. Inga avvikelser.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt kommunens bidragsregler",
         "Samtliga 38 ansökningar om aktivitetsstöd har granskats mot närvarokort. Två föreningar hade "
         "fått stöd för sammankomster som inte uppfyllde reglerna (totalt 6 200 kr). Beloppen återkrävs och "
         "föreningarna har fått information om reglerna.",
         "Genomförd med anmärkning", "GENOMFORD", "ja"),
        ("Uthyrning av idrottshall och samlingslokaler faktureras korrekt",
         "Kontrollen har inte kunnat göras eftersom bokningssystemet byttes i september och historiken "
         "från det gamla systemet ännu inte har gått att ta ut. Momentet föreslås ingå i planen för 2026.",
         None, "EJ_GENOMFORD", ""),
        ("Bibliotekets medieinköp görs via upphandlad leverantör",
         "Genomgång av inköpen under första halvåret visar att alla inköp gjorts via avtalsleverantören. "
         "Andra halvåret gås igenom i samband med bokslutet.",
         "Pågår", "DELVIS", "nej"),
        ("Systematiskt brandskyddsarbete (SBA) på fritidsgården Gnistan",
         "–",
         None, "SAKNAS", ""),
        ("Registerutdrag för feriearbetare och ledare i lovverksamhet",
         "Ej aktuellt 2025 – kommunen bedrev ingen egen sommarlovsverksamhet med extern personal under året.",
         None, "UTGAR", ""),
    ]
    h = H(outlinelevel=2, stylename=h2)
    h.addText("Redovisning per kontrollmoment")
    doc.text.addElement(h)
    for i, (km, res, status_word, status, avv) in enumerate(items, 1):
        p = P()
        s = Span(stylename=bold)
        s.addText("Kontrollmoment %d: " % i)
        p.addElement(s)
        p.addText(km)
        doc.text.addElement(p)
        labelled("Resultat helår:", res)
        if status_word:
            labelled("Status:", status_word)
        para("")
        exp(fil, namnd, km, status, avv)

    h = H(outlinelevel=2, stylename=h2)
    h.addText("Förvaltningens bedömning")
    doc.text.addElement(h)
    para("Förvaltningen bedömer att den interna kontrollen i huvudsak fungerar. Bristerna i "
         "föreningsbidragen åtgärdas genom förtydligade anvisningar till föreningarna inför 2026.")
    para("")
    para("Jonas Ek")
    para("Kultur- och fritidschef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Barn- och utbildningsnämnden - Word table, follow-up only as free text
# ---------------------------------------------------------------------------
def build_bun():
    fil = "BUN uppföljning internkontrollplan 2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    d = docx.Document()
    fix_core(d, "Karin Sjöberg")
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.header.paragraphs[0].text = "Barn- och utbildningsförvaltningen\t\tMunkfors kommun"

    p = d.add_paragraph()
    r = p.add_run("Internkontrollplan 2025 – uppföljning helår")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Barn- och utbildningsnämnden. Uppföljningen avser hela verksamhetsåret 2025 och "
                    "behandlas av nämnden 2026-02-11.")
    d.add_paragraph("Planen antogs av nämnden 2024-12-11, § 88. Kolumnen ”Uppföljning helår” fylls i av "
                    "kontrollansvarig.").runs[0].italic = True

    rows = [
        ("Skolskjuts", "Beslut om skolskjuts fattas enligt gällande riktlinjer",
         "Stickprov 20 beslut", "Skolskjutssamordnare", "1 ggr/år",
         "Stickprov på 20 beslut under hösten. Samtliga beslut var fattade enligt riktlinjerna och korrekt "
         "motiverade.", "GENOMFORD", "nej"),
        ("Skolskjuts", "Fakturor från skolskjutsentreprenör stäms av mot körda turer",
         "Avstämning mot turlistor", "Controller", "Per termin",
         "Avstämning gjord för vår- och hösttermin. Två fakturor innehöll fler körda kilometer än "
         "turlistorna; kreditfakturor har erhållits (sammanlagt 18 400 kr).", "GENOMFORD", "ja"),
        ("Trygghet och studiero", "Anmälan om kränkande behandling utreds skyndsamt",
         "Uttag ur ärendesystem", "Kvalitetsutvecklare", "Per termin",
         "Vårterminen är kontrollerad: 88 % av anmälningarna utreddes inom 14 dagar, övriga tog längre tid. "
         "Höstterminen sammanställs i februari 2026.", "DELVIS", "ja"),
        ("Trygghet och studiero", "Hög frånvaro anmäls till rektor och elevhälsa enligt rutin",
         "Stickprov i lärplattform", "Rektorer", "Per termin",
         "Har inte genomförts på grund av byte av lärplattform under hösten. Tas med i 2026 års plan.",
         "EJ_GENOMFORD", ""),
        ("Ekonomi", "Interkommunala ersättningar faktureras andra kommuner",
         "Avstämning elevregister/kundreskontra", "Ekonom", "2 ggr/år",
         "Avstämt i juni och december, alla elever från andra kommuner har fakturerats. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Ekonomi", "Attest av egna utlägg och reseräkningar",
         "Stickprov 15 st", "Ekonom", "1 ggr/år",
         "", "SAKNAS", ""),
        ("Personal", "Registerutdrag från belastningsregistret lämnas före anställning",
         "Stickprov nyanställda", "HR-konsult", "1 ggr/år",
         "Kontrollmomentet utgår enligt nämndens beslut 2025-09-17, § 61 – hanteras numera i HR:s "
         "rekryteringsprocess som följs upp av kommunstyrelsen.", "UTGAR", ""),
        ("Personal", "Lärarlegitimation kontrolleras vid nyanställning",
         "Kontroll mot Skolverkets register", "HR-konsult", "1 ggr/år",
         "Se separat redovisning från HR.", "OKLAR", ""),
        ("Lokaler och säkerhet", "Systematiskt brandskyddsarbete genomförs på varje skolenhet",
         "Egenkontroll SBA", "Rektorer/fastighet", "1 ggr/år",
         "Klart på fyra av fem enheter. Kyrkbackens skola återstår och görs i mars 2026.",
         "DELVIS", ""),
    ]
    headers = ["Process/rutin", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
               "Uppföljning helår 2025"]
    t = d.add_table(rows=1 + len(rows), cols=len(headers))
    t.style = "Table Grid"
    for j, h in enumerate(headers):
        c = t.cell(0, j)
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for i, row in enumerate(rows, 1):
        for j in range(1, 6):
            t.cell(i, j).text = row[j]
        exp(fil, namnd, row[1], row[6], row[7])
    # process column with vertical merges
    i = 1
    while i <= len(rows):
        j = i
        while j + 1 <= len(rows) and rows[j][0] == rows[i - 1][0]:
            j += 1
        top = t.cell(i, 0)
        if j > i:
            top = top.merge(t.cell(j, 0))
        top.text = rows[i - 1][0]
        i = j + 1
    widths = [Cm(3.2), Cm(5.5), Cm(3.5), Cm(3.0), Cm(2.2), Cm(9.0)]
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    d.add_paragraph()
    d.add_paragraph("Sammanfattande bedömning: Förvaltningen bedömer att den interna kontrollen har varit "
                    "tillräcklig. Utredningstiderna för kränkande behandling behöver förbättras och en "
                    "handlingsplan tas fram under våren 2026.")
    d.add_paragraph("Karin Sjöberg, skolchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Vård- och omsorgsnämnden - ordinary Excel table, T2 and helår side by side
# ---------------------------------------------------------------------------
def build_von():
    fil = "IKP 2025 uppföljning VON.xlsx"
    namnd = "Vård- och omsorgsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Uppföljning 2025"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fills = {"Genomförd": "C6EFCE", "Delvis genomförd": "FFEB9C", "Pågår": "FFEB9C",
             "Ej genomförd": "FFC7CE", "Ej påbörjad": "FFC7CE", "Utgår": "D9D9D9"}
    ws["A1"] = "Vård- och omsorgsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Uppföljningsperiod: helår (januari–december 2025)"
    ws["F3"] = "Upprättad: 2026-01-26"
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Kontrollansvarig", "Status T2", "Status helår",
           "Kommentar helår"]
    ws.append([])
    ws.append(hdr)
    hr = ws.max_row
    for j in range(1, len(hdr) + 1):
        c = ws.cell(hr, j)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = border
    groups = [
        ("Läkemedel och hälso- och sjukvård", [
            ("1.1", "Signeringslistor för läkemedel är korrekt ifyllda", "Stickprov 3 boenden",
             "MAS", "Delvis genomförd", "Genomförd",
             "Fem osignerade doser på Solgården. Utbildning för berörd personal genomförd i november.",
             "GENOMFORD", "ja"),
            ("1.2", "Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid",
             "Genomgång av samtliga rapporter", "Kvalitetsstrateg", "Genomförd", "Genomförd",
             "Två rapporter under året, båda utredda och anmälda inom tid.", "GENOMFORD", "nej"),
        ]),
        ("Myndighetsutövning", [
            ("2.1", "Genomförandeplaner upprättas inom 14 dagar från verkställighet", "Stickprov 30 ärenden",
             "Enhetschefer", "Pågår", "Delvis genomförd",
             "Granskat 30 ärenden i hemtjänsten, 71 % hade plan inom 14 dagar. Särskilt boende ej granskat.",
             "DELVIS", "ja"),
            ("2.2", "Debitering av hemtjänstavgifter överensstämmer med beviljade timmar",
             "Avstämning mot Lifecare", "Avgiftshandläggare", "Genomförd", "Genomförd",
             "Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Ekonomi och egendom", [
            ("3.1", "Hantering av brukares fickpengar på särskilt boende", "Oanmäld kontroll",
             "Enhetschefer", "Ej påbörjad", "Ej genomförd",
             "Hann inte genomföras, flyttas till 2026.", "EJ_GENOMFORD", ""),
            ("3.2", "Nyckelhantering i hemtjänsten – kvittering av nycklar", "Inventering nyckelskåp",
             "Enhetschef hemtjänst", "Genomförd", None, None, "GENOMFORD", ""),
            ("3.3", "Inhyrd personal avropas enligt bemanningsavtal", "Fakturagranskning",
             "Controller", "Utgår", "Utgår",
             "Avtalet upphörde 2025-03-31, ingen inhyrning efter det.", "UTGAR", ""),
        ]),
        ("Informationssäkerhet", [
            ("4.1", "Behörighetstilldelning i Lifecare följer rutin", "Loggkontroll", "Systemförvaltare",
             None, None, None, "SAKNAS", ""),
        ]),
    ]
    for gname, items in groups:
        ws.append([gname])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        for nr, km, metod, ansv, t2, hel, kom, status, avv in items:
            ws.append([nr, km, metod, ansv, t2, hel, kom])
            r = ws.max_row
            for j in range(1, len(hdr) + 1):
                c = ws.cell(r, j)
                c.border = border
                c.alignment = Alignment(wrap_text=True, vertical="top")
            for j, v in ((5, t2), (6, hel)):
                if v in fills:
                    ws.cell(r, j).fill = PatternFill("solid", fgColor=fills[v])
            exp(fil, namnd, km, status, avv)
    ws.append([])
    ws.append(["Statusalternativ: Genomförd / Delvis genomförd (Pågår) / Ej genomförd (Ej påbörjad) / Utgår"])
    ws.append(["Ansvarig för sammanställning: Eva Nordin, kvalitetsstrateg"])
    for col, w in zip("ABCDEFG", (6, 48, 26, 20, 16, 16, 55)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A%d" % (hr + 1)
    wb.properties.creator = "Eva Nordin"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. SBN + MBN - .xls (via LibreOffice), one sheet per nämnd, code statuses
# ---------------------------------------------------------------------------
def build_sbn_mbn(tmp):
    fil = "Internkontroll 2025 helår SBN MBN.xls"
    src = os.path.join(tmp, "Internkontroll 2025 helår SBN MBN.xlsx")
    wb = openpyxl.Workbook()
    sheets = [
        ("SBN", "Samhällsbyggnadsnämnden", [
            ("VA", "Debitering av VA-avgifter enligt gällande taxa", "VA-ingenjör",
             "Stickprov på 30 abonnenter, samtliga debiterade enligt taxa.", "G", "GENOMFORD", "nej"),
            ("Gata/park", "Arbetsorder för gatuunderhåll attesteras före utförande", "Gatuchef",
             "Endast vinterväghållningen har kontrollerats, sommarunderhållet återstår.", "D", "DELVIS", ""),
            ("Fordon", "Körjournaler förs för kommunens fordon", "Fordonsansvarig",
             "Ej hunnits med under året.", "E", "EJ_GENOMFORD", ""),
            ("Fastighet", "Indexuppräkning av lokalhyresavtal genomförs årligen", "Fastighetsekonom",
             "Två externa hyresavtal hade inte räknats upp 2025. Rättat och fakturerat retroaktivt.", "G",
             "GENOMFORD", "ja"),
            ("Upphandling", "Entreprenader över direktupphandlingsgränsen annonseras", "Upphandlare",
             "Kontrollen flyttad till kommunstyrelsens plan.", "U", "UTGAR", ""),
            ("VA", "Egenkontroll av dricksvatten enligt kontrollprogram", "Driftchef VA",
             "Provtagning genomförd enligt programmet, inga otjänliga prover.", "G", "GENOMFORD", "nej"),
        ]),
        ("MBN", "Miljö- och byggnämnden", [
            ("Bygglov", "Handläggningstid för bygglov inom 10 veckor", "Bygglovschef",
             "96 % inom tid. Tre ärenden överskred tiden och avgiften reducerades enligt PBL.", "G",
             "GENOMFORD", "ja"),
            ("Tillsyn", "Timdebitering i tillsynsärenden enligt taxa", "Miljöchef",
             "Kontrollerat för miljöbalksärenden, livsmedel kvar.", "D", "DELVIS", ""),
            ("Delegation", "Delegationsbeslut fattas inte av jävig handläggare", "Nämndsekreterare",
             "Genomgång av 40 beslut, inga jävssituationer.", "G", "GENOMFORD", "nej"),
            ("Tillsyn", "Årlig kontrollavgift för livsmedelsanläggningar faktureras", "Administratör",
             "Faktureringen klar i mars, samtliga registrerade anläggningar har fakturerats.", None,
             "GENOMFORD", "nej"),
            ("Arkiv", "Avslutade ärenden arkiveras i e-arkivet", "Arkivredogörare",
             None, None, "SAKNAS", ""),
        ]),
    ]
    first = True
    for sname, nname, items in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sname
        ws["A1"] = "Internkontroll 2025 – helårsuppföljning"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Nämnd: " + nname
        ws["A2"].font = Font(bold=True)
        ws.append([])
        ws.append(["Område", "Kontrollmoment", "Kontrollansvarig", "Resultat", "Status"])
        for j in range(1, 6):
            ws.cell(4, j).font = Font(bold=True)
            ws.cell(4, j).fill = PatternFill("solid", fgColor="E2EFDA")
        for omr, km, ansv, res, code, status, avv in items:
            ws.append([omr, km, ansv, res, code])
            r = ws.max_row
            for j in range(1, 6):
                ws.cell(r, j).alignment = Alignment(wrap_text=True, vertical="top")
            exp(fil, nname, km, status, avv)
        ws.append([])
        ws.append(["Teckenförklaring status: G = Genomförd, D = Delvis genomförd, E = Ej genomförd, U = Utgår"])
        for col, w in zip("ABCDE", (14, 50, 20, 60, 8)):
            ws.column_dimensions[col].width = w
        FILES.append((fil, "INLAST", nname, "2025", "HELAR"))
    wb.save(src)
    soffice_convert(src, "xls", tmp)
    shutil.copyfile(os.path.join(tmp, fil), os.path.join(OUT, fil))


# ---------------------------------------------------------------------------
# 7. Munkfors Energi AB - .doc report, controls grouped under status headings
# ---------------------------------------------------------------------------
def build_meab(tmp):
    fil = "Munkfors Energi AB - rapport intern kontroll 2025.doc"
    namnd = "Munkfors Energi AB"
    d = docx.Document()
    fix_core(d, "Sofia Dahl")
    p = d.add_paragraph()
    r = p.add_run("Munkfors Energi AB")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Org.nr 556123-4567")
    d.add_paragraph()
    d.add_paragraph("Till styrelsen för Munkfors Energi AB\nKopia: Kommunstyrelsen, Munkfors kommun")
    d.add_paragraph("Datum: 2026-02-05")
    d.add_heading("Rapport intern kontroll 2025", level=1)
    d.add_paragraph("Styrelsen fastställde bolagets plan för intern kontroll 2025 den 12 december 2024. "
                    "Denna rapport avser perioden januari–december 2025 och redovisar vilka kontroller som har "
                    "genomförts och vad de har visat. Kontrollerna har utförts av bolagets ekonomifunktion "
                    "med stöd av kommunens ekonomienhet.")
    groups = [
        ("Genomförda kontroller", [
            ("Avläsning och debitering av elmätare stäms av mot mätvärdesinsamlingen",
             "Månatlig avstämning har gjorts. Inga differenser över toleransnivån.", "GENOMFORD", "nej"),
            ("Attest av leverantörsfakturor enligt bolagets attestinstruktion",
             "Stickprov på 40 fakturor. En faktura (entreprenad, 212 000 kr) var attesterad av person utan "
             "tillräcklig beloppsgräns. Attestinstruktionen har förtydligats.", "GENOMFORD", "ja"),
            ("Kreditkontroll av nya företagskunder",
             "Samtliga 14 nya företagskunder kreditprövades före avtal. Inga avvikelser.", "GENOMFORD", "nej"),
        ]),
        ("Delvis genomförda kontroller", [
            ("Uppföljning av kundförluster och inkassoärenden",
             "Uppföljning gjord för januari–september. Fjärde kvartalet redovisas i samband med årsbokslutet.",
             "DELVIS", ""),
        ]),
        ("Ej genomförda kontroller", [
            ("Behörighetsgranskning i kundinformationssystemet",
             "Har inte genomförts på grund av systemuppgradering i oktober. Görs under våren 2026.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Kontroller som utgår", [
            ("Hantering av elcertifikat och kvotplikt",
             "Utgår då elcertifikatsystemet avslutas och bolaget inte längre har kvotplikt.", "UTGAR", ""),
        ]),
    ]
    for gname, items in groups:
        d.add_heading(gname, level=2)
        for km, res, status, avv in items:
            p = d.add_paragraph(style="List Bullet")
            rr = p.add_run(km)
            rr.bold = True
            p.add_run("\n" + res)
            exp(fil, namnd, km, status, avv)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph("Bolagets interna kontroll bedöms som tillräcklig. Avvikelsen inom attest har åtgärdats.")
    d.add_paragraph()
    d.add_paragraph("Sofia Dahl\nEkonomichef, Munkfors Energi AB")
    src = os.path.join(tmp, "Munkfors Energi AB - rapport intern kontroll 2025.docx")
    d.save(src)
    soffice_convert(src, "doc", tmp)
    shutil.copyfile(os.path.join(tmp, fil), os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Reject - covering letter (följebrev) from the economy office, no follow-up
# ---------------------------------------------------------------------------
def build_reject():
    fil = "Följebrev sammanställning intern kontroll 2025.docx"
    d = docx.Document()
    fix_core(d, "Maria Lindqvist")
    d.add_paragraph("MUNKFORS KOMMUN\nKommunledningsförvaltningen, ekonomienheten")
    d.add_paragraph("2026-02-06")
    d.add_heading("Följebrev – nämndernas uppföljning av intern kontroll 2025", level=1)
    d.add_paragraph("Till kommunstyrelsen")
    d.add_paragraph("Härmed överlämnas nämndernas och bolagens uppföljningar av internkontrollplanerna för "
                    "2025. Uppföljningarna har inkommit i respektive nämnds egen mall och bifogas i sin helhet.")
    d.add_paragraph("Följande uppföljningar har inkommit:")
    for n in ["Kommunstyrelsen (tjänsteskrivelse)", "Barn- och utbildningsnämnden",
              "Socialnämnden (e-post)", "Vård- och omsorgsnämnden", "Kultur- och fritidsnämnden",
              "Samhällsbyggnadsnämnden och Miljö- och byggnämnden (gemensam fil)", "Munkfors Energi AB"]:
        d.add_paragraph(n, style="List Bullet")
    d.add_paragraph("Överförmyndarnämnden och Valnämnden har inte antagit någon internkontrollplan för 2025 "
                    "och har därför inte lämnat någon uppföljning.")
    d.add_paragraph("Ekonomienheten sammanställer resultatet i en samlad rapport till kommunstyrelsens "
                    "sammanträde i mars 2026.")
    d.add_paragraph()
    d.add_paragraph("Maria Lindqvist\nController")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------------------
def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    tmp = tempfile.mkdtemp(prefix="round430-")
    try:
        build_ks()
        build_sn()
        build_kfn()
        build_bun()
        build_von()
        build_sbn_mbn(tmp)
        build_meab(tmp)
        build_reject()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print("files:", len(FILES), "expected rows:", len(EXPECTED))


if __name__ == "__main__":
    main()
