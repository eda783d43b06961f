#!/usr/bin/python3
"""Blind round r200 - Öregrund kommun, helår 2025, narrative follow-up reports.

Builds every file of the round plus namnder.csv, files.csv and expected.csv.
Run with: /usr/bin/python3 make_round.py
"""
import csv
import datetime as dt
import os
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties)
from odf.text import H, P, Span, List, ListItem

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2026, 1, 30, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-round200"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def out(name):
    return os.path.join(HERE, name)


def normalize_zip(path):
    """Rewrite a zip container with fixed timestamps (keeps order, mimetype first)."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            ni = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 30, 9, 0, 0))
            ni.compress_type = info.compress_type
            ni.external_attr = info.external_attr
            zout.writestr(ni, data)
    os.replace(tmp, path)


def soffice_convert(src, fmt, dest):
    tmpd = tempfile.mkdtemp(prefix="r200conv")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                        "--convert-to", fmt, "--outdir", tmpd, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        produced = [f for f in os.listdir(tmpd)]
        assert len(produced) == 1, produced
        shutil.move(os.path.join(tmpd, produced[0]), dest)
    finally:
        shutil.rmtree(tmpd, ignore_errors=True)


# ---------------------------------------------------------------- docx helpers
def new_doc(author):
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def labelled(d, label, text, style=None):
    """Paragraph with bold lead-in 'Label:' followed by text on the same line."""
    p = d.add_paragraph(style=style)
    r = p.add_run(label)
    r.bold = True
    if text:
        p.add_run(" " + text)
    return p


def bold_par(d, text, size=None, style=None, underline=False):
    p = d.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = True
    r.underline = underline
    if size:
        r.font.size = Pt(size)
    return p


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def add_page_number_footer(section, prefix):
    p = section.footer.paragraphs[0]
    p.text = prefix
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ======================================================================
# 1. Kommunstyrelsen - Word report, summary table at the top + details
# ======================================================================
def build_ks():
    fil = "KS 2025 Uppföljning intern kontroll helår.docx"
    namnd = "Kommunstyrelsen"
    # (nr, text, summary status, summary avvikelse, expected status, exp avvikelse, details)
    controls = [
        ("3.1", "Attest av leverantörsfakturor enligt attestordningen",
         "Genomförd", "Nej", "GENOMFORD", "nej", dict(
             gen="Stickprov om 40 leverantörsfakturor ur ekonomisystemet Raindance, jämnt fördelade över "
                 "årets tolv månader och samtliga ansvar inom kommunledningskontoret. Granskningen gjordes av "
                 "controller i november 2025.",
             res="Samtliga 40 fakturor var attesterade av behörig beslutsattestant enligt gällande "
                 "attestförteckning. Ingen faktura var attesterad av samma person som beställt varan eller tjänsten.",
             iakt="Två fakturor saknade referenskod, men hade ändå hittat rätt mottagare via inköpsordern.",
             bed="Kontrollen är genomförd och attestordningen efterlevs. Inga avvikelser.",
             atg="Inga åtgärder bedöms nödvändiga. Information om referenskod ges på ekonomiforum i februari 2026.")),
        ("3.2", "Kontroll av delegationsbeslut",
         "Genomförd med avvikelse", "Ja", "GENOMFORD", "ja", dict(
             gen="Genomgång av samtliga delegationsbeslut som anmälts till kommunstyrelsen under perioden "
                 "januari–november 2025 (186 beslut) samt jämförelse mot beslut registrerade i diariet.",
             res="181 beslut var fattade av rätt delegat och anmälda i tid. Fem beslut inom personalområdet "
                 "(anställning av tidsbegränsad personal) hade inte anmälts till kommunstyrelsen.",
             iakt="Avvikelserna beror på att rutinen för anmälan av anställningsbeslut inte var känd av två "
                  "nytillträdda chefer.",
             bed="Kontrollen är genomförd. Avvikelse har konstaterats i fem fall.",
             atg="Besluten anmäls i efterhand vid kommunstyrelsens sammanträde i februari 2026. HR-enheten "
                 "kompletterar introduktionen för nya chefer med delegationsordningen.")),
        ("3.3", "Efterlevnad av avtal vid inköp (avtalstrohet)",
         "Genomförd med avvikelse", "Ja", "GENOMFORD", "ja", dict(
             gen="Analys av inköpsdata från spendanalysverktyget för helåret 2025 samt stickprov om 25 "
                 "inköp över 10 000 kronor.",
             res="Avtalstroheten uppgick till 84 procent (målvärde 90 procent). I stickprovet gjordes fyra "
                 "inköp av kontorsmöbler och konsulttjänster utanför upphandlat avtal.",
             iakt="Köpen utanför avtal avser främst områden där avtal tecknats under året och där "
                  "verksamheterna inte fått information om det nya avtalet.",
             bed="Kontrollen är genomförd med avvikelse.",
             atg="Upphandlingsenheten publicerar nya avtal i avtalsdatabasen och informerar samtliga "
                 "beställare via intranätet. Ny kontroll 2026.")),
        ("3.4", "Hantering av representation och gåvor",
         "Genomförd", "Nej", "GENOMFORD", "nej", dict(
             gen="Stickprov om 15 verifikationer bokförda på konton för extern och intern representation.",
             res="Samtliga verifikationer hade syfte och deltagare angivna och höll sig inom riktlinjens "
                 "beloppsgränser. Ingen alkohol hade betalats med kommunens medel.",
             iakt="Inga särskilda iakttagelser.",
             bed="Genomförd utan anmärkning.",
             atg="Inga.")),
        ("3.5", "Behörigheter i ekonomisystemet vid avslutad anställning",
         "Delvis genomförd", "Ja", "DELVIS", "ja", dict(
             gen="Avstämning av aktiva användarkonton i Raindance mot förteckningen över avslutade "
                 "anställningar i personalsystemet. Kontrollen var planerad för samtliga förvaltningar men har "
                 "endast kunnat genomföras för kommunledningskontoret och tekniska förvaltningen.",
             res="Fyra användare som avslutat sin anställning under 2025 hade fortfarande aktiva behörigheter, "
                 "varav en med attesträtt.",
             iakt="Underlag från övriga förvaltningar kunde inte tas fram i tid på grund av byte av "
                  "personalsystem i oktober.",
             bed="Kontrollen är delvis genomförd. Avvikelser har konstaterats.",
             atg="Behörigheterna är borttagna. Kontrollen slutförs för övriga förvaltningar under första "
                 "kvartalet 2026 och en automatisk avregistrering utreds.")),
        ("3.6", "Diarieföring av inkommande handlingar",
         "Genomförd", "Nej", "GENOMFORD", "nej", dict(
             gen="Stickprov om 30 inkomna handlingar till kommunens officiella e-postadress under september "
                 "2025 jämfördes mot diariet i Public 360.",
             res="Samtliga handlingar som skulle diarieföras var registrerade, i genomsnitt inom 1,5 "
                 "arbetsdagar.",
             iakt="—",
             bed="Kontrollen är genomförd och utfallet är tillfredsställande.",
             atg="Inga.")),
        ("3.7", "Uppföljning av kontinuitetsplaner för samhällsviktig verksamhet",
         "Ej genomförd", "", "EJ_GENOMFORD", "", dict(
             gen="Kontrollen skulle ha genomförts av kommunens säkerhetssamordnare under hösten.",
             res="Kontrollen har inte genomförts. Tjänsten som säkerhetssamordnare har varit vakant sedan maj "
                 "2025.",
             iakt="",
             bed="Ej genomförd.",
             atg="Kontrollmomentet förs över till internkontrollplan 2026. Rekrytering av ny "
                 "säkerhetssamordnare är klar och tillträde sker i mars 2026.")),
        ("3.8", "Informationssäkerhet – genomförd utbildning i dataskydd (GDPR) för chefer",
         "Utgår", "", "UTGAR", "", dict(
             gen="Kontrollmomentet utgick genom kommunstyrelsens beslut 2025-05-13 § 78 i samband med "
                 "revidering av internkontrollplanen.",
             res="",
             iakt="Utbildningen samordnas i stället inom det kommunövergripande chefsprogrammet och följs upp "
                  "av HR-enheten.",
             bed="Utgår.",
             atg="")),
    ]

    d = new_doc("Lindqvist Anna")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "ÖREGRUND KOMMUN\tKommunledningskontoret\tDnr KS 2025/0047"
    add_page_number_footer(sec, "Uppföljning av internkontrollplan 2025 – Kommunstyrelsen")

    t = d.add_paragraph()
    r = t.add_run("Uppföljning av internkontrollplan 2025")
    r.bold = True
    r.font.size = Pt(22)
    d.add_paragraph("Helår – Kommunstyrelsen").runs[0].font.size = Pt(16)
    d.add_paragraph("Rapport till kommunstyrelsen 2026-02-17\nHandläggare: Anna Lindqvist, ekonomichef\n"
                    "Diarienummer: KS 2025/0047")

    d.add_heading("1 Inledning", level=1)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att den interna kontrollen är tillräcklig. "
        "Kommunstyrelsen antog sin internkontrollplan för 2025 den 11 februari 2025 (§ 21). Planen "
        "reviderades 2025-05-13 § 78. I denna rapport redovisas resultatet av samtliga kontroller i planen "
        "för helåret 2025.")
    d.add_paragraph(
        "Följande risker från riskanalysen bedömdes hanteras inom ordinarie verksamhet och ingår därför "
        "inte i planen:")
    for s in ["Felaktiga lönesättningar vid lönerevision",
              "Bristande dokumentation av upphandlingsbeslut under tröskelvärdet",
              "Otillräcklig uppföljning av kommunens borgensåtaganden"]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("2 Sammanfattning", level=1)
    d.add_paragraph(
        "Av planens åtta kontroller har fem genomförts, varav två med avvikelse. En kontroll är delvis "
        "genomförd, en har inte genomförts och ett kontrollmoment har utgått. Tabellen nedan sammanfattar "
        "utfallet. Varje kontroll redovisas utförligt i avsnitt 3.")
    tb = d.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    hdr = ["Avsnitt", "Kontrollmoment", "Status helår", "Avvikelse"]
    for i, h in enumerate(hdr):
        c = tb.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "D9E2F3")
    for nr, text, sst, sav, *_ in controls:
        row = tb.add_row().cells
        row[0].text = nr
        row[1].text = text
        row[2].text = sst
        row[3].text = sav if sav else "–"
    set_widths(tb, [2.0, 9.0, 3.6, 2.4])
    d.add_paragraph()

    d.add_heading("3 Redovisning av kontroller", level=1)
    for nr, text, sst, sav, est, eav, det in controls:
        d.add_heading(f"{nr} {text}", level=2)
        labelled(d, "Genomförande:", det["gen"])
        labelled(d, "Resultat:", det["res"])
        if det["iakt"]:
            labelled(d, "Iakttagelser:", det["iakt"])
        labelled(d, "Bedömning:", det["bed"])
        if det["atg"]:
            labelled(d, "Åtgärder:", det["atg"])
        EXPECTED.append((fil, namnd, text, est, eav))

    d.add_heading("4 Samlad bedömning", level=1)
    d.add_paragraph(
        "Kommunledningskontoret bedömer att den interna kontrollen inom kommunstyrelsens ansvarsområde i "
        "huvudsak är tillräcklig. De avvikelser som konstaterats har åtgärdats eller har en plan för "
        "åtgärd. Kontrollerna 3.5 och 3.7 följs upp särskilt i internkontrollplan 2026.")
    d.add_paragraph("\nÖregrund 2026-01-28\n\nAnna Lindqvist\nEkonomichef")
    p = out(fil)
    d.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ======================================================================
# 2. Barn- och utbildningsnämnden - Word, auto-numbered bold control lines
# ======================================================================
def build_bun():
    fil = "BUN_Helårsuppföljning_internkontroll_2025.docx"
    namnd = "Barn- och utbildningsnämnden"
    controls = [
        ("Registerkontroll ur belastningsregistret vid nyanställning inom förskola och skola",
         "GENOMFORD", "ja",
         "HR-konsult har granskat samtliga 41 nyanställningar inom förskola och grundskola under "
         "perioden januari–oktober 2025.",
         "I 39 fall fanns utdrag ur belastningsregistret uppvisat före anställningens början. I två fall "
         "(vikarier i förskola) hade utdrag uppvisats först en vecka efter tillträde.",
         "Kontrollen är genomförd med avvikelse.",
         ["Rektorer och förskolechefer påminns om rutinen.",
          "Checklistan i rekryteringssystemet görs obligatorisk från 2026."]),
        ("Anmälan av kränkande behandling till huvudman inom fastställd tid",
         "GENOMFORD", "nej",
         "Samtliga anmälningar i Draftit under perioden augusti–november 2025 (64 st) har granskats av "
         "kvalitetsstrateg.",
         "Samtliga 64 anmälningar har överlämnats till huvudman inom fem arbetsdagar enligt rutin.",
         "Kontrollen är genomförd utan avvikelse.",
         []),
        ("Uppföljning av upprepad elevfrånvaro enligt kommunens rutin",
         "DELVIS", "ja",
         "Kontrollen var planerad att omfatta samtliga fem grundskolor. Genomgång av elevärenden med mer än "
         "15 procent frånvaro under vårterminen.",
         "Kontrollen har genomförts på tre av fem skolor (Kyrkskolan, Sandbroskolan och Gräsö skola). På "
         "Sandbroskolan saknades dokumenterad kontakt med vårdnadshavare i fyra av nio ärenden.",
         "Kontrollen är delvis genomförd. Avvikelse konstaterad på en skola.",
         ["Kontrollen slutförs för Hamnskolan och Öregrunds skola under vårterminen 2026.",
          "Elevhälsochefen går igenom rutinen med Sandbroskolans elevhälsoteam."]),
        ("Beslut om skolskjuts fattas enligt gällande riktlinjer",
         "GENOMFORD", "nej",
         "Stickprov om 20 beslut om skolskjuts för läsåret 2025/26.",
         "Samtliga beslut var fattade av behörig delegat och i enlighet med riktlinjerna för skolskjuts. "
         "Avstånd och trafikfarlighet var dokumenterat i alla ärenden.",
         "Genomförd. Inga avvikelser.",
         []),
        ("Inköp av läromedel – följsamhet mot upphandlade avtal",
         "GENOMFORD", "ja",
         "Granskning av 25 fakturor avseende läromedel och digitala licenser.",
         "Tre inköp av digitala läromedelslicenser hade gjorts direkt från leverantör utanför ramavtalet, "
         "till ett sammanlagt värde av 46 800 kronor.",
         "Kontrollen är genomförd. Avvikelse har konstaterats.",
         ["Inköpen har anmälts till upphandlingsenheten.",
          "Beställarbehörighet för licenser samlas hos skolornas administratörer."]),
        ("Systematiskt brandskyddsarbete (SBA) i skolans lokaler",
         "EJ_GENOMFORD", "",
         "Kontrollen skulle genomföras i samverkan med fastighetsavdelningen under hösten 2025.",
         "Kontrollen har inte genomförts. Ansvarsfördelningen mellan hyresgäst och fastighetsägare har "
         "setts över under året och en ny överenskommelse väntas först i januari 2026.",
         "Ej genomförd.",
         ["Kontrollen förs över till internkontrollplanen 2026."]),
        ("Hantering av skyddade personuppgifter i elevregistret",
         "UTGAR", "",
         "—",
         "Kontrollmomentet ströks av nämnden vid revideringen av internkontrollplanen 2025-06-10 § 54, "
         "eftersom området granskas av dataskyddsombudet inom den kommunövergripande granskningen.",
         "Utgår.",
         []),
        ("Redovisning av bisysslor för pedagogisk personal",
         "GENOMFORD", "nej",
         "Kontroll av att samtliga medarbetare inom grundskolan lämnat årlig redovisning av bisysslor i "
         "samband med medarbetarsamtal.",
         "Redovisning fanns för samtliga 212 medarbetare. Inga bisysslor bedömdes vara förtroendeskadliga.",
         "Genomförd utan anmärkning.",
         []),
    ]
    d = new_doc("Karlsson Per")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Barn- och utbildningsförvaltningen\tÖregrund kommun"
    add_page_number_footer(sec, "BUN 2025/112")

    bold_par(d, "Barn- och utbildningsnämnden", size=14)
    bold_par(d, "Helårsuppföljning av internkontrollplan 2025", size=18)
    d.add_paragraph("Datum: 2026-01-20\nDiarienummer: BUN 2025/112\nHandläggare: Per Karlsson, "
                    "verksamhetscontroller")
    bold_par(d, "Bakgrund", size=12)
    d.add_paragraph(
        "Barn- och utbildningsnämnden beslutade om internkontrollplan för 2025 den 4 februari 2025, § 9. "
        "Planen innehåller åtta kontrollmoment. Uppföljning har skett vid delår per augusti och i denna "
        "helårsuppföljning redovisas slutligt utfall för året. Nedan redovisas respektive kontrollmoment "
        "med genomförande, resultat, bedömning och eventuella åtgärder.")
    bold_par(d, "Redovisning per kontrollmoment", size=12)

    for text, st, av, gen, res, bed, atg in controls:
        p = d.add_paragraph(style="List Number")
        r = p.add_run(text)
        r.bold = True
        labelled(d, "Genomförande:", gen)
        labelled(d, "Resultat:", res)
        labelled(d, "Bedömning:", bed)
        if atg:
            labelled(d, "Åtgärder:", "")
            for a in atg:
                d.add_paragraph(a, style="List Bullet")
        EXPECTED.append((fil, namnd, text, st, av))

    bold_par(d, "Sammanfattande bedömning", size=12)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen är i huvudsak tillräcklig. Fem av åtta "
        "kontrollmoment har genomförts fullt ut. Förslag till beslut: Barn- och utbildningsnämnden "
        "godkänner helårsuppföljningen av internkontrollplan 2025 och överlämnar den till kommunstyrelsen.")
    d.add_paragraph("\nLena Sjöberg\nFörvaltningschef")
    p = out(fil)
    d.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ======================================================================
# 3. Socialnämnden - OpenDocument text, process headings + control headings
# ======================================================================
def build_sn():
    fil = "Socialnämnden uppföljning intern kontroll 2025 helår.odt"
    namnd = "Socialnämnden"
    processes = [
        ("Myndighetsutövning barn och unga", [
            ("Utredningstid för barnavårdsutredningar inom fyra månader", "Genomförd med avvikelse",
             "GENOMFORD", "ja", "Enhetschef barn och unga",
             "Uttag ur Treserva av samtliga avslutade utredningar 2025 (112 st).",
             "97 utredningar (87 %) avslutades inom fyra månader. 15 utredningar överskred tiden utan "
             "beslut om förlängning.",
             "Överskridandena är koncentrerade till perioden juni–september då enheten hade tre vakanta "
             "tjänster.",
             "Bemanningsplan för sommarperioden tas fram. Månatlig bevakning av utredningstider införs."),
            ("Uppföljning av placerade barn – lagstadgade besök av socialsekreterare", "Delvis genomförd",
             "DELVIS", "ja", "Enhetschef barn och unga",
             "Granskning av journalanteckningar för placerade barn. Kontrollen omfattar hittills placeringar "
             "i familjehem (21 av planerade 30 ärenden); HVB-placeringar återstår.",
             "I 17 av 21 granskade ärenden har besök skett med föreskriven frekvens. I fyra ärenden saknas "
             "dokumenterat besök under mer än sex månader.",
             "Resterande ärenden granskas i januari 2026.",
             "Rutin för bevakning av besök läggs in som påminnelse i Treserva."),
        ]),
        ("Ekonomiskt bistånd", [
            ("Utbetalningar av ekonomiskt bistånd stäms av mot beslut", "Genomförd med avvikelse",
             "GENOMFORD", "ja", "Enhetschef försörjningsstöd",
             "Stickprov om 40 utbetalningar fördelade över året.",
             "I två fall hade utbetalt belopp överstigit beviljat belopp (sammanlagt 6 420 kronor) på grund "
             "av felaktig registrering.",
             "Felen har upptäckts i efterhand och beslut om återkrav har fattats.",
             "Fyra-ögonsprincip vid manuella utbetalningar över 10 000 kronor införs."),
            ("Beslut om bistånd fattas av behörig delegat", "Genomförd", "GENOMFORD", "nej",
             "Enhetschef försörjningsstöd",
             "Stickprov om 30 beslut jämfört mot delegationsordningen.",
             "Samtliga beslut var fattade av behörig delegat.",
             "", ""),
        ]),
        ("Informationssäkerhet och personal", [
            ("Loggkontroll i verksamhetssystemet Treserva", "Genomförd", "GENOMFORD", "nej",
             "Systemförvaltare",
             "Slumpvis kontroll av loggar för 25 användare per kvartal.",
             "Ingen otillbörlig åtkomst har upptäckts.",
             "", ""),
            ("Rapportering av hot och våld mot personal i KIA", "Pågående", "DELVIS", "",
             "HR-partner socialförvaltningen",
             "Jämförelse mellan händelser som rapporterats i KIA och händelser som tagits upp på APT.",
             "Genomgången pågår och har hittills omfattat individ- och familjeomsorgen. Resultat redovisas "
             "i mars 2026.",
             "", ""),
        ]),
        ("Upphandling och avtal", [
            ("Avtalsuppföljning av köpta platser på HVB", "Ej genomförd", "EJ_GENOMFORD", "",
             "Avdelningschef IFO",
             "Planerad uppföljning av kvalitet och pris mot avtal för de fem mest anlitade HVB-hemmen.",
             "Kontrollen har inte genomförts på grund av hög arbetsbelastning.",
             "", "Genomförs under 2026 i samarbete med upphandlingsenheten."),
            ("Handläggning av ärenden för ensamkommande barn", "Ej aktuell", "UTGAR", "",
             "Enhetschef barn och unga",
             "–",
             "Kontrollmomentet är inte aktuellt 2025 då nämnden inte haft några ärenden om ensamkommande "
             "barn.",
             "", ""),
        ]),
    ]

    doc = OpenDocumentText()
    # styles
    h1 = Style(name="Heading_20_1", displayname="Heading 1", family="paragraph")
    h1.addElement(TextProperties(fontsize="15pt", fontweight="bold"))
    h1.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm"))
    doc.styles.addElement(h1)
    h2 = Style(name="Heading_20_2", displayname="Heading 2", family="paragraph")
    h2.addElement(TextProperties(fontsize="12.5pt", fontweight="bold", fontstyle="italic"))
    h2.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.1cm"))
    doc.styles.addElement(h2)
    title = Style(name="Title", family="paragraph")
    title.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    doc.styles.addElement(title)
    boldst = Style(name="Bold", family="text")
    boldst.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(boldst)

    def lp(label, text):
        para = P()
        para.addElement(Span(stylename=boldst, text=label))
        if text:
            para.addText(" " + text)
        doc.text.addElement(para)

    doc.text.addElement(P(stylename=title, text="Uppföljning av intern kontroll 2025"))
    doc.text.addElement(P(text="Socialnämnden – helårsuppföljning"))
    doc.text.addElement(P(text="Socialförvaltningen, Öregrund kommun. Dnr SN 2025/31. Datum 2026-01-22."))
    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Sammanfattning"))
    doc.text.addElement(P(text=(
        "Socialnämndens internkontrollplan för 2025 omfattar åtta kontrollmoment inom fyra processer. "
        "Fyra kontroller är genomförda, varav två med avvikelser. En kontroll är delvis genomförd, en pågår, "
        "en har inte genomförts och en har inte varit aktuell under året.")))
    doc.text.addElement(P(text=(
        "Statusen anges per kontrollmoment med något av följande: Genomförd, Genomförd med avvikelse, "
        "Delvis genomförd, Pågående, Ej genomförd, Ej aktuell.")))

    for proc, ctrls in processes:
        doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Process: " + proc))
        for (text, status, est, eav, ansv, metod, res, analys, atg) in ctrls:
            doc.text.addElement(H(outlinelevel=2, stylename=h2, text=text))
            lp("Status:", status)
            lp("Ansvarig:", ansv)
            lp("Metod:", metod)
            lp("Resultat:", res)
            if analys:
                lp("Analys:", analys)
            if atg:
                lp("Åtgärd:", atg)
            EXPECTED.append((fil, namnd, text, est, eav))

    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Förslag till beslut"))
    doc.text.addElement(P(text="Socialnämnden godkänner uppföljningen av intern kontroll 2025."))
    doc.text.addElement(P(text="Jonas Berg, socialchef"))
    p = out(fil)
    doc.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ======================================================================
# 4. Vård- och omsorgsnämnden - Word -> PDF, traffic-light summary + details
# ======================================================================
def build_von():
    fil = "VON uppföljning intern kontroll helår 2025.pdf"
    namnd = "Vård- och omsorgsnämnden"
    FILL = {"Grön": "92D050", "Gul": "FFD966", "Röd": "FF6B6B", "Grå": "BFBFBF", "": "FFFFFF"}
    controls = [
        ("Läkemedelshantering – signering av överlämnade läkemedel i hemtjänsten", "Gul",
         "GENOMFORD", "ja",
         "Granskning av signeringslistor för 30 brukare i hemtjänstområde Norr och Söder under oktober.",
         "I 8 av 30 listor saknades en eller flera signeringar. Totalt saknades 23 signaturer av 2 640."),
        ("Utredning av avvikelser enligt lex Sarah inom fastställd tid", "Grön",
         "GENOMFORD", "nej",
         "Genomgång av samtliga lex Sarah-rapporter 2025 (14 st).",
         "Samtliga rapporter har utretts inom två veckor och anmälts till IVO där så krävts."),
        ("Genomförandeplaner upprättade inom 14 dagar efter beslut", "Gul",
         "GENOMFORD", "ja",
         "Stickprov om 40 nya beslut inom hemtjänst och särskilt boende.",
         "31 genomförandeplaner var upprättade inom 14 dagar. Nio upprättades senare, som mest efter 38 dagar."),
        ("Debitering av omsorgsavgifter mot utförd tid", "Grön",
         "GENOMFORD", "nej",
         "Avstämning av debiterad tid mot registrerad utförd tid i TES för 25 brukare.",
         "Ingen avvikelse mellan debiterad och utförd tid."),
        ("Nyckelhantering och nyckelkvittenser i hemtjänsten", "Röd",
         "EJ_GENOMFORD", "",
         "Inventering av nyckelskåp och kvittenser.",
         "Kontrollen har inte genomförts. Införandet av digitala lås har försenats och kontrollen "
         "flyttas till 2026."),
        ("Kontroll av timanställdas arbetade tid mot schema", "",
         "OKLAR", "",
         "Se bilaga 2.",
         "Resultatet redovisas i bilaga 2."),
        ("Riskbedömningar för fall i Senior alert", "Grå",
         "UTGAR", "",
         "–",
         "Kontrollen avbröts genom beslut i vård- och omsorgsnämnden 2025-09-17 § 88, då registreringen "
         "i Senior alert följs upp i nämndens kvalitetsberättelse."),
        ("Bemanning nattetid på särskilt boende enligt bemanningsrutin", "Grön",
         "GENOMFORD", "nej",
         "Kontroll av bemanning nattetid på Solbacken och Strandgården under 14 slumpvis valda nätter.",
         "Bemanningen motsvarade rutinen samtliga nätter."),
    ]
    STATUS_WORD = {"Grön": "Grön", "Gul": "Gul", "Röd": "Röd", "Grå": "Grå", "": "Se bilaga 2"}

    d = new_doc("Nyström Eva")
    sec = d.sections[0]
    sec.left_margin = Cm(2)
    sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Öregrund kommun – Vård- och omsorgsförvaltningen"
    bold_par(d, "Uppföljning av intern kontroll", size=20)
    bold_par(d, "Vård- och omsorgsnämnden, verksamhetsår 2025", size=13)
    d.add_paragraph("Dnr VON 2025/18 • 2026-01-26 • Eva Nyström, kvalitetsutvecklare")
    d.add_heading("Sammanställning", level=1)
    d.add_paragraph("Resultatet för respektive kontrollmoment i 2025 års plan visas i tabellen. "
                    "Färgerna betyder:")
    for leg in ["Grön – kontrollen genomförd, inga avvikelser",
                "Gul – kontrollen genomförd, avvikelser som kräver åtgärd",
                "Röd – kontrollen ej genomförd",
                "Grå – kontrollen har utgått/avbrutits"]:
        d.add_paragraph(leg, style="List Bullet")
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Status"]):
        c = tb.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    for i, (text, col, *_rest) in enumerate(controls, 1):
        row = tb.add_row().cells
        row[0].text = str(i)
        row[1].text = text
        row[2].text = STATUS_WORD[col]
        shade(row[2], FILL[col])
    set_widths(tb, [1.2, 12.0, 3.8])
    d.add_paragraph()

    d.add_heading("Redovisning per kontrollmoment", level=1)
    for i, (text, col, est, eav, gen, res) in enumerate(controls, 1):
        bold_par(d, f"{i}. {text}", size=12)
        labelled(d, "Genomförande:", gen)
        labelled(d, "Resultat:", res)
        if col == "Gul":
            labelled(d, "Åtgärder:", "Avvikelsen har återkopplats till berörda enhetschefer och "
                                      "åtgärdsplan har upprättats. Ny kontroll sker under 2026.")
        EXPECTED.append((fil, namnd, text, est, eav))

    d.add_heading("Samlad bedömning", level=1)
    d.add_paragraph("Förvaltningen bedömer att internkontrollen i huvudsak fungerar. Läkemedelshantering "
                    "och genomförandeplaner föreslås ingå även i 2026 års plan.")
    d.add_paragraph("Bilaga 2: Sammanställning timanställdas tid (lämnas separat).")
    tmpd = tempfile.mkdtemp(prefix="r200von")
    src = os.path.join(tmpd, "VON uppföljning intern kontroll helår 2025.docx")
    d.save(src)
    soffice_convert(src, "pdf", out(fil))
    shutil.rmtree(tmpd, ignore_errors=True)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ======================================================================
# 5. Samhällsbyggnadsnämnden - Word, bold lines, T2 and helår paragraphs
# ======================================================================
def build_sbn():
    fil = "SBN internkontroll 2025 T2 och helår.docx"
    namnd = "Samhällsbyggnadsnämnden"
    groups = [
        ("Bygglov", [
            ("Handläggningstid för bygglov inom lagstadgad tid",
             "Stickprov 20 ärenden jan–aug. Två ärenden överskred tio veckor.",
             "Genomförd. Samtliga 58 beslutade ärenden 2025 har kontrollerats. Fem ärenden överskred "
             "tidsfristen och avgiften har reducerats enligt PBL 12 kap. 8 a §.",
             "GENOMFORD", "ja"),
            ("Debitering av bygglovsavgifter enligt gällande taxa",
             "Påbörjad.",
             "Genomförd. 30 beslut har granskats, samtliga debiterade enligt taxa.",
             "GENOMFORD", "nej"),
            ("Grannehörande vid avvikelse från detaljplan",
             "Genomförd. Tolv ärenden med liten avvikelse granskades, grannar hade hörts i samtliga.",
             "Kontrollen genomfördes under T2, se ovan. Ingen ytterligare kontroll.",
             "GENOMFORD", "nej"),
            ("Arkivering av avslutade bygglovsärenden i e-arkivet",
             "Ej genomförd.",
             "Ej genomförd. Flyttas till 2026 på grund av införandet av nytt ärendehanteringssystem.",
             "EJ_GENOMFORD", ""),
        ]),
        ("Tillsyn", [
            ("Handläggning av anmälningar om olovligt byggande",
             "Ej påbörjad.",
             "Delvis genomförd. Av 23 inkomna anmälningar har 15 granskats. I åtta ärenden hade "
             "tillsynsärende inte startats inom fastställd tid.",
             "DELVIS", "ja"),
            ("Hantering av strandskyddsdispenser",
             "Pågår.",
             "Utgår. Ansvaret för strandskydd överfördes till miljö- och hälsoskyddsnämnden enligt nytt "
             "reglemente från 2025-07-01.",
             "UTGAR", ""),
        ]),
        ("Ekonomi och administration", [
            ("Fakturering av kart- och mättjänster",
             "Genomförd utan anmärkning.",
             "Genomförd. Två fakturor skickades mer än 30 dagar efter utfört uppdrag.",
             "GENOMFORD", "ja"),
            ("Delegationsbeslut anmäls till nämnden",
             "Genomförd utan anmärkning. Samtliga 142 delegationsbeslut jan–aug var anmälda.",
             "",
             "GENOMFORD", "nej"),
        ]),
    ]
    d = new_doc("Ek Tomas")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Samhällsbyggnadsförvaltningen"
    add_page_number_footer(sec, "Öregrund kommun")
    bold_par(d, "Samhällsbyggnadsnämnden", size=12)
    bold_par(d, "Uppföljning av internkontrollplan 2025 – tertial 2 och helår", size=16)
    d.add_paragraph("Sammanträde 2026-02-05. Dnr SBN 2025/77.")
    d.add_paragraph(
        "Uppföljningen per tertial 2 redovisades för nämnden i september. I denna rapport kompletteras "
        "varje kontrollmoment med helårsuppföljningen. Text under \"Tertial 2\" är oförändrad från "
        "den tidigare rapporten.")
    for grp, ctrls in groups:
        bold_par(d, grp, size=13, underline=True)
        for text, t2, hel, st, av in ctrls:
            bold_par(d, text)
            labelled(d, "Tertial 2:", t2)
            labelled(d, "Helår:", hel)
            EXPECTED.append((fil, namnd, text, st, av))
    d.add_paragraph()
    d.add_paragraph("Tomas Ek\nAdministrativ chef, samhällsbyggnadsförvaltningen")
    p = out(fil)
    d.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ======================================================================
# 6. Kultur- och fritidsnämnden - ordinary Excel follow-up (contrast)
# ======================================================================
def build_kfn():
    fil = "Uppföljning internkontroll 2025 KFN.xlsx"
    namnd = "Kultur- och fritidsnämnden"
    rows = [
        ("Ekonomi", None),
        (1, "Kassahantering", "Kassadifferenser och svinn",
         "Daglig kassaavstämning i simhallens reception", "Stickprov 10 dagar/tertial",
         "Enhetschef bad", "Tertial", "Genomförd", "Ja",
         "Differens på 340 kr vid ett tillfälle (maj). Utrett, felslag vid växel.",
         "GENOMFORD", "ja"),
        (2, "Bidrag", "Felaktiga utbetalningar av föreningsbidrag",
         "Föreningsbidrag betalas ut enligt regler och beslut", "Granskning av 15 ärenden",
         "Fritidskonsulent", "Årligen", "Genomförd", "Nej", "Inga fel.", "GENOMFORD", "nej"),
        (3, "Lokaluthyrning", "Utebliven eller felaktig debitering",
         "Debitering av lokaluthyrning enligt taxa", "Jämförelse bokningssystem/fakturering",
         "Bokningsansvarig", "Halvår", "Delvis genomförd", "Ja",
         "Endast idrottshallarna kontrollerade. 6 bokningar ej fakturerade. Kulturhuset kontrolleras 2026.",
         "DELVIS", "ja"),
        (4, "Inköp", "Attest utan behörighet",
         "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor",
         "Controller", "Årligen", "Genomförd", "Nej", "", "GENOMFORD", "nej"),
        ("Verksamhet", None),
        (5, "Kulturskolan", "Förlust av utlånade instrument",
         "Inventering av utlånade instrument i kulturskolan", "Inventering mot utlåningslista",
         "Rektor kulturskolan", "Årligen", "Ej genomförd", "",
         "Ej hunnits med p.g.a. sjukskrivning. Genomförs vt 2026.", "EJ_GENOMFORD", ""),
        (6, "Badanläggning", "Brister i badvattenkvalitet",
         "Dokumenterad egenkontroll av badvatten", "Granskning av egenkontrollprotokoll",
         "Drifttekniker", "Månadsvis", "Genomförd", "Nej",
         "Samtliga provtagningar dokumenterade. Inga överskridna gränsvärden.", "GENOMFORD", "nej"),
        (7, "Bibliotek", "Gallring utan beslut",
         "Gallrade medier hanteras enligt gallringsrutin", "Stickprov",
         "Bibliotekschef", "Årligen", "", "", "", "SAKNAS", ""),
        (8, "Fritidsgårdar/lovaktiviteter", "Olämplig person i verksamhet med barn",
         "Registerkontroll för ledare i sommarlovsaktiviteter", "Kontroll av samtliga anställda ledare",
         "Enhetschef fritid", "Årligen", "Genomförd", "Nej",
         "26 av 26 ledare har uppvisat utdrag.", "GENOMFORD", "nej"),
    ]
    wb = openpyxl.Workbook()
    wb.properties.creator = "Sofia Wallin"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "Uppföljning 2025"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Öregrund kommun"
    ws["A1"].font = Font(bold=True, size=10)
    ws["A2"] = "Kultur- och fritidsnämnden – uppföljning av internkontrollplan 2025"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Uppföljningsperiod: Helår (1 januari – 31 december 2025)"
    ws["A4"] = "Status anges som Genomförd / Delvis genomförd / Ej genomförd. Avvikelse: Ja/Nej."
    ws["A4"].font = Font(italic=True, size=9)
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Metod", "Ansvarig", "Frekvens",
           "Status helår", "Avvikelse", "Kommentar"]
    hr = 6
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = border
    r = hr + 1
    for row in rows:
        if row[1] is None:
            ws.cell(row=r, column=1, value=row[0]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
            r += 1
            continue
        vals = row[:10]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=(v if v != "" else None))
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = border
        EXPECTED.append((fil, namnd, row[3], row[10], row[11]))
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Upprättad 2026-01-19 av Sofia Wallin, controller kultur- och fritidsförvaltningen")
    widths = [5, 16, 24, 40, 26, 18, 11, 16, 10, 45]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    ws.freeze_panes = "A7"
    p = out(fil)
    wb.save(p)
    normalize_zip(p)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ======================================================================
# 7. Tekniska nämnden - Word -> .doc, nämnd only in page header / file name
# ======================================================================
def build_tn():
    fil = "Tekniska nämnden uppföljning IK helår 2025.doc"
    namnd = "Tekniska nämnden"
    controls = [
        ("Fakturering av VA-avgifter mot mätarställningar",
         "Avstämning av 50 slumpvis valda VA-abonnemang mellan avläst mätarställning och fakturerad "
         "förbrukning.",
         "47 abonnemang var korrekt fakturerade. Tre abonnemang hade fakturerats på uppskattad förbrukning "
         "trots att avläsning fanns.",
         "Felet beror på en manuell rutin vid import av avläsningar från fjärravlästa mätare.",
         "Genomförd med anmärkning.", "GENOMFORD", "ja"),
        ("Hantering av drivmedelskort för kommunens fordon",
         "Genomgång av transaktioner på samtliga 34 drivmedelskort under mars och oktober.",
         "Samtliga tankningar kunde kopplas till kommunens fordon och tjänsteresor.",
         "",
         "Genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("Följsamhet till ramavtal vid beställning av markentreprenader",
         "Granskning av beställningar gentemot ramavtalet för markarbeten. Granskningen har omfattat "
         "januari–september; beställningar under sista kvartalet har inte granskats.",
         "Inga avvikelser i de granskade beställningarna (18 st).",
         "",
         "Delvis genomförd.", "DELVIS", "nej"),
        ("Egenkontroll av lekplatser enligt SS-EN 1176",
         "Kontroll av att årlig huvudbesiktning och kvartalsvis funktionskontroll utförts på kommunens "
         "22 lekplatser.",
         "Besiktning och funktionskontroller var utförda och dokumenterade. Vid besiktningen upptäcktes "
         "brister på tre lekredskap, som togs ur bruk, men protokollen visar att två av dessa brister hade "
         "noterats redan vid funktionskontrollen i april utan att åtgärdas.",
         "Rutinen för återkoppling från funktionskontroll till åtgärd fungerar inte.",
         "Genomförd. Avvikelse.", "GENOMFORD", "ja"),
        ("Godkännande av ÄTA-arbeten av behörig person",
         "Planerad granskning av ÄTA-arbeten i de tre största investeringsprojekten.",
         "Kontrollen har inte genomförts.",
         "Projektcontrollern har varit föräldraledig och ersättare har inte tillsatts.",
         "Ej genomförd.", "EJ_GENOMFORD", ""),
        ("Åtgärdstid vid felanmälan av gatubelysning",
         "", "", "", "", "SAKNAS", ""),
        ("Utryckningstider för entreprenör inom vinterväghållning",
         "Jämförelse mellan larmtider och entreprenörens GPS-loggar för samtliga utryckningar januari–mars "
         "och november–december.",
         "Entreprenören höll avtalad utryckningstid (4 timmar) vid samtliga 41 utryckningar.",
         "",
         "Genomförd.", "GENOMFORD", "nej"),
    ]
    d = new_doc("Holm Maria")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Tekniska nämnden\tÖregrund kommun\tTN 2025/209"
    bold_par(d, "Uppföljning av intern kontroll – helår 2025", size=16)
    d.add_paragraph(
        "Här redovisas utfallet av de kontrollmoment som ingår i internkontrollplanen för 2025. För varje "
        "kontroll anges hur den genomförts, resultatet och förvaltningens bedömning. Planen antogs "
        "2025-02-12 § 14.")
    for i, (text, gen, res, iakt, bed, st, av) in enumerate(controls, 1):
        bold_par(d, f"Kontrollmoment {i}: {text}")
        labelled(d, "Genomförande:", gen)
        labelled(d, "Resultat:", res)
        labelled(d, "Iakttagelser:", iakt)
        labelled(d, "Bedömning:", bed)
        EXPECTED.append((fil, namnd, text, st, av))
    d.add_paragraph()
    d.add_paragraph("Tekniska förvaltningen\nMaria Holm, förvaltningschef\n2026-01-27")
    tmpd = tempfile.mkdtemp(prefix="r200tn")
    src = os.path.join(tmpd, "Tekniska nämnden uppföljning IK helår 2025.docx")
    d.save(src)
    soffice_convert(src, "doc", out(fil))
    shutil.rmtree(tmpd, ignore_errors=True)
    FILES.append((fil, "INLAST", namnd, "2025", "HELAR"))


# ======================================================================
# 8. Reject: protokollsutdrag about something else
# ======================================================================
def build_reject():
    fil = "Protokollsutdrag TN 2025-12-09 § 97.docx"
    d = new_doc("Nämndsekreterare TN")
    bold_par(d, "ÖREGRUND KOMMUN", size=10)
    bold_par(d, "PROTOKOLLSUTDRAG", size=14)
    d.add_paragraph("Tekniska nämnden\nSammanträdesdatum 2025-12-09")
    bold_par(d, "§ 97  Taxa för gästhamnen i Öregrund 2026", size=12)
    d.add_paragraph("Dnr TN 2025/188")
    bold_par(d, "Sammanfattning")
    d.add_paragraph(
        "Tekniska förvaltningen har sett över taxan för gästhamnen inför säsongen 2026. Förslaget innebär "
        "att dygnsavgiften för båtar upp till 10 meter höjs från 320 till 350 kronor och att avgiften för "
        "el och dusch ingår i hamnavgiften. Höjningen motiveras av ökade kostnader för drift och "
        "underhåll av bryggor samt ny avfallshantering.")
    bold_par(d, "Beslutsunderlag")
    d.add_paragraph("Tjänsteskrivelse 2025-11-20\nFörslag till taxa för gästhamnen 2026")
    bold_par(d, "Beslut")
    d.add_paragraph("Tekniska nämnden föreslår kommunfullmäktige besluta att anta taxa för gästhamnen i "
                    "Öregrund 2026 enligt bilaga, att gälla från och med 2026-04-01.")
    d.add_paragraph("Expedieras till: Kommunfullmäktige, Hamnenheten")
    d.add_paragraph("\nJusterandes signatur ________    Utdragsbestyrkande ________")
    p = out(fil)
    d.save(p)
    normalize_zip(p)
    FILES.append((fil, "AVVISAD", "", "", ""))


# ======================================================================
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljökontoret|Miljö- och hälsoskyddsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
]


def write_csv(name, header, rows):
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main():
    # clean previously generated deliverables (only our own files)
    for f in os.listdir(HERE):
        if f in ("make_round.py", "README.md"):
            continue
        pth = out(f)
        if os.path.isfile(pth):
            os.remove(pth)
    build_ks()
    build_bun()
    build_sn()
    build_von()
    build_sbn()
    build_kfn()
    build_tn()
    build_reject()
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print(f"{len(FILES)} files, {len(EXPECTED)} controls")


if __name__ == "__main__":
    main()
