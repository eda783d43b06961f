#!/usr/bin/python3
"""Blind round r436 – Norbergs kommun, delår 2025.
Follow-ups written as prose in Word/ODF/RTF (+ one easy Excel file).
Run:  /usr/bin/python3 make_round.py   (builds every file and the three CSVs in this folder)
"""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-round436"
FIXED_DATE = datetime.datetime(2025, 9, 15, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ----------------------------------------------------------------- helpers
def new_doc(author="Norbergs kommun"):
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.revision = 1
    cp.comments = ""
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def labelled(d, label, text):
    p = d.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    if text:
        p.add_run(text)
    return p


def bold_para(d, text, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def lo_convert(src, fmt, outdir):
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def save_via_lo(doc, final_name, fmt):
    """Save python-docx document, convert with LibreOffice to final_name (in OUT)."""
    tmp = tempfile.mkdtemp(prefix="r436-")
    stem = os.path.splitext(final_name)[0]
    src = os.path.join(tmp, stem + ".docx")
    doc.save(src)
    lo_convert(src, fmt, tmp)
    ext = os.path.splitext(final_name)[1]
    produced = os.path.join(tmp, stem + ext)
    if not os.path.exists(produced):
        raise RuntimeError("conversion failed for " + final_name)
    shutil.copyfile(produced, os.path.join(OUT, final_name))
    shutil.rmtree(tmp, ignore_errors=True)


# ----------------------------------------------------------------- F1 KS (.docx, numbered headings)
def f1_ks():
    fil = "Delårsuppföljning internkontrollplan 2025 Kommunstyrelsen.docx"
    n = "Kommunstyrelsen"
    d = new_doc("Anna Lindqvist")
    d.add_heading("Uppföljning av internkontrollplan 2025 – delårsrapport januari–augusti", 0)
    d.add_paragraph("Kommunstyrelsen, Norbergs kommun\nDiarienummer KS 2025/112")
    d.add_heading("Inledning", 1)
    d.add_paragraph(
        "Kommunstyrelsen antog internkontrollplanen för 2025 den 22 januari 2025, § 9. Enligt reglementet för "
        "intern kontroll ska uppföljning av planen redovisas för kommunstyrelsen i samband med delårsrapporten "
        "och årsredovisningen. Nedan redovisas varje kontroll med kontrollmoment, hur kontrollen har genomförts, "
        "resultat och eventuella åtgärder för perioden januari–augusti.")
    d.add_heading("Redovisning per kontroll", 1)
    ctrls = [
        ("Attest av leverantörsfakturor enligt attestordningen",
         "Kontroll av att leverantörsfakturor har attesterats av behörig beslutsattestant enligt gällande attestlista.",
         "Stickprov om 30 fakturor från perioden januari–juni har granskats av ekonomienheten.",
         "Kontrollen har genomförts utan anmärkning. Samtliga granskade fakturor var attesterade av behörig attestant.",
         "Ingen åtgärd krävs.", "GENOMFORD", "nej"),
        ("Representation och förtroendekänsliga poster",
         "Kontroll av att kostnader för representation är förenliga med riktlinjerna och korrekt dokumenterade.",
         "Genomgång av 20 verifikationer konterade på konto 7110–7190 under perioden.",
         "Kontrollen har genomförts. I 3 av 20 granskade verifikationer saknades deltagarförteckning och "
         "syftet med representationen var inte angivet.",
         "Ekonomienheten informerar samtliga budgetansvariga chefer om riktlinjerna vid chefsträffen i oktober.",
         "GENOMFORD", "ja"),
        ("Avtalstrohet vid inköp",
         "Kontroll av att inköp görs från leverantörer med vilka kommunen har avtal.",
         "Analys av leverantörsreskontran mot avtalsdatabasen för inköp över 50 000 kr.",
         "Analysen har påbörjats men är inte färdig. Hittills har inköp från två leverantörer utan giltigt avtal "
         "identifierats. Granskningen pågår och slutförs under hösten.",
         "Upphandlingsfunktionen kontaktar berörda enheter.", "DELVIS", "ja"),
        ("Behörigheter i ekonomisystemet",
         "Kontroll av att behörigheter i ekonomisystemet motsvarar aktuella arbetsuppgifter och att avslutade "
         "anställningar har spärrats.",
         "Behörighetslista ska jämföras med personalregistret per 30 juni.",
         "Stickprov har inte hunnit göras under perioden på grund av bytet av ekonomisystem i maj. "
         "Kontrollen genomförs i oktober.",
         "–", "EJ_GENOMFORD", ""),
        ("Diarieföring av inkomna handlingar",
         "Kontroll av att allmänna handlingar som inkommer till kommunstyrelsen registreras utan dröjsmål.",
         "Genomgång av 40 inkomna handlingar i ärendehanteringssystemet under mars och maj.",
         "Samtliga 40 handlingar hade diarieförts inom fem arbetsdagar. Inga avvikelser noterades.",
         "Ingen.", "GENOMFORD", "nej"),
        ("Hantering av personuppgiftsincidenter",
         "Kontroll av att personuppgiftsincidenter dokumenteras och vid behov anmäls till IMY inom 72 timmar.",
         "–",
         "Kontrollen har utgått efter beslut i kommunstyrelsen 2025-04-09, § 58, eftersom området granskas av "
         "dataskyddsombudet i särskild ordning.",
         "–", "UTGAR", ""),
        ("Löneutbetalningar till nyanställda",
         "Kontroll av att lön, tillägg och anställningsform för nyanställda registreras i enlighet med "
         "anställningsavtalet.",
         "Lönecentrum har jämfört 15 anställningsavtal med utbetalningar i april–juni.",
         "Kontrollen är genomförd. I ett fall hade ett tillägg betalats ut två gånger. Beloppet har återkrävts.",
         "Rutinen för registrering av tillägg ses över av lönecentrum.", "GENOMFORD", "ja"),
        ("Verkställighet av kommunstyrelsens beslut",
         "Kontroll av att beslut fattade av kommunstyrelsen verkställs och återrapporteras.",
         "Genomgång av beslut fattade under första halvåret mot åtgärdslistan.",
         "Kontrollen är planerad till helårsuppföljningen och har ännu inte påbörjats.",
         "–", "EJ_GENOMFORD", ""),
        ("Ändringar i leverantörsregistret",
         "Kontroll av att ändringar av bankgiro och kontonummer i leverantörsregistret är verifierade mot "
         "leverantören.",
         "Månatlig kontroll av ändringsloggen (april, maj och juni planerade till delår).",
         "Två av tre planerade månadskontroller har gjorts (april och maj). Inga felaktiga ändringar har upptäckts. "
         "Kontrollen för juni återstår.",
         "–", "DELVIS", "nej"),
    ]
    for i, (title, km, gen, res, atg, st, avv) in enumerate(ctrls, 1):
        d.add_heading(f"{i}. {title}", 2)
        labelled(d, "Kontrollmoment:", km)
        labelled(d, "Genomförande:", gen)
        labelled(d, "Resultat:", res)
        labelled(d, "Åtgärd:", atg)
        exp(fil, n, title, st, avv)
    d.add_heading("Sammanfattande bedömning", 1)
    d.add_paragraph(
        "Av nio kontroller har fyra genomförts, två pågår, två har ännu inte genomförts och en har utgått. "
        "Kommunledningsförvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig men att "
        "rutinerna för representation och avtalstrohet behöver förbättras.")
    d.add_paragraph("Norberg 2025-09-10\n\nAnna Lindqvist\nEkonomichef, kommunledningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "DELAR"))


# ----------------------------------------------------------------- F2 BUN (.odt, bold titles)
def f2_bun():
    fil = "BUN Uppföljning intern kontroll delår 2025.odt"
    n = "Barn- och utbildningsnämnden"
    d = new_doc("Barn- och utbildningsförvaltningen")
    bold_para(d, "Barn- och utbildningsnämnden", 16)
    bold_para(d, "Uppföljning av intern kontroll per 31 augusti 2025", 13)
    d.add_paragraph("Tjänsteskrivelse – Barn- och utbildningsförvaltningen\nHandläggare: Johan Berg, "
                    "verksamhetscontroller\nDatum: 2025-09-04")
    d.add_paragraph(
        "Nämnden beslutade om internkontrollplan för 2025 vid sammanträdet den 11 februari 2025. "
        "Planen omfattar sju kontroller. I denna skrivelse redovisas status för respektive kontroll efter "
        "årets första åtta månader. Kontroller som inte är slutförda redovisas på nytt i samband med "
        "verksamhetsberättelsen.")
    ctrls = [
        ("Anmälan av ogiltig frånvaro till vårdnadshavare",
         "Kontroll att ogiltig frånvaro meddelas vårdnadshavare samma dag i grundskolan.",
         "Stickprov i frånvarosystemet vecka 10 och vecka 20 på Centralskolan och Kärrgruvans skola.",
         "Kontrollen har genomförts utan anmärkning.",
         "–", "GENOMFORD", "nej"),
        ("Utredning av anmälningar om kränkande behandling",
         "Kontroll att anmälningar om kränkande behandling utreds skyndsamt och att utredningen dokumenteras.",
         "Genomgång av samtliga anmälningar januari–juni.",
         "Granskningen har gjorts på två av fyra enheter. Vid Centralskolan saknades dokumenterad utredning "
         "i två ärenden. Resterande enheter granskas under hösten.",
         "Rektorerna har påmints om dokumentationskravet i 6 kap. skollagen.", "DELVIS", "ja"),
        ("Utdrag ur belastningsregistret vid anställning",
         "Kontroll att registerutdrag har uppvisats innan anställning i förskola och skola.",
         "Jämförelse mellan nyanställda i personalsystemet och förvaltningens logg över uppvisade utdrag.",
         "Samtliga 14 nyanställda under perioden har uppvisat utdrag före anställningens början. "
         "Kontrollen har genomförts utan avvikelse.",
         "Ingen.", "GENOMFORD", "nej"),
        ("Barngruppernas storlek i förskolan",
         "Kontroll av antal barn per grupp mot Skolverkets riktmärken.",
         "–",
         "Kontrollen har utgått efter beslut i nämnden 2025-03-18, § 27, då motsvarande uppföljning görs i "
         "det systematiska kvalitetsarbetet.",
         "–", "UTGAR", ""),
        ("Fakturor för skolskjuts",
         "Kontroll av att fakturor för skolskjuts överensstämmer med beställda resor.",
         "Avstämning av fakturor från entreprenören mot skolskjutsplaneringen.",
         "Se bilaga 2.",
         "", "OKLAR", ""),
        ("Inköp av läromedel utanför avtal",
         "Kontroll att läromedel köps från upphandlad leverantör.",
         "Uttag ur e-handelssystemet för kontogrupp 6460.",
         "Stickprov har inte hunnit göras. Kontrollen flyttas till helårsuppföljningen.",
         "–", "EJ_GENOMFORD", ""),
        ("Behörigheter i lärplattformen",
         "Kontroll att endast behörig personal har tillgång till elevers personuppgifter i lärplattformen.",
         "Genomgång av behörighetslistan mot aktuella anställningar per 1 juni.",
         "Kontrollen är genomförd. Behörigheterna för sex tidigare anställda hade inte tagits bort; de har nu "
         "avslutats.",
         "Rutin för avslut av behörigheter vid anställningens upphörande tas fram.", "GENOMFORD", "ja"),
    ]
    for title, km, gen, res, atg, st, avv in ctrls:
        d.add_paragraph()
        bold_para(d, title, 12)
        labelled(d, "Kontrollmoment:", km)
        labelled(d, "Genomförande:", gen)
        labelled(d, "Resultat:", res)
        labelled(d, "Åtgärd:", atg)
        exp(fil, n, title, st, avv)
    d.add_paragraph()
    bold_para(d, "Förslag till beslut")
    d.add_paragraph("Barn- och utbildningsnämnden godkänner uppföljningen av intern kontroll per 31 augusti 2025.")
    d.add_paragraph("Bilaga 2: Avstämning skolskjuts (separat fil)")
    save_via_lo(d, fil, "odt")
    FILES.append((fil, "INLAST", n, "2025", "DELAR"))


# ----------------------------------------------------------------- F3 SN (.doc, "Kontroll n" + label holds the control)
def f3_sn():
    fil = "Socialnamnden_IK_tertial2_2025.doc"
    n = "Socialnämnden"
    d = new_doc("Socialförvaltningen")
    d.add_heading("Socialnämnden", 1)
    bold_para(d, "Uppföljning av internkontrollplan 2025 – tertial 2 (januari–augusti)", 13)
    d.add_paragraph(
        "Socialförvaltningen redovisar här uppföljningen av nämndens internkontrollplan efter andra tertialet. "
        "Varje kontroll beskrivs med kontrollmoment, genomförande, resultat och åtgärd. Kontroller där resultat "
        "saknas har inte rapporterats in av ansvarig enhet vid sammanställningen.")
    ctrls = [
        ("Utredningar inom barn och unga avslutas inom lagstadgad tid om fyra månader",
         "Uttag ur Treserva över avslutade utredningar januari–augusti.",
         "Kontrollen har genomförts. Av 22 avslutade utredningar överskred tre fyramånadersgränsen utan beslut "
         "om förlängning.",
         "Enhetschef inför veckovis bevakning av utredningstider.", "GENOMFORD", "ja"),
        ("Beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Stickprov om 25 beslut, granskade av förvaltningens kvalitetsutvecklare.",
         "Kontrollen har genomförts utan anmärkning.",
         "–", "GENOMFORD", "nej"),
        ("Utbetalningar av ekonomiskt bistånd överensstämmer med fattade beslut",
         "Avstämning av utbetalningslistor mot beslut i Treserva, månadsvis.",
         "Stickprov har gjorts för perioden januari–april utan att fel hittats. Perioden maj–augusti återstår "
         "och granskas i september.",
         "–", "DELVIS", "nej"),
        ("Placeringar på HVB görs enligt upphandlade ramavtal",
         "Genomgång av samtliga placeringsbeslut under perioden.",
         "",
         "", "SAKNAS", ""),
        ("Orosanmälningar förhandsbedöms inom 14 dagar",
         "Uttag ur Treserva över inkomna anmälningar och datum för beslut om förhandsbedömning.",
         "Genomförd. 96 procent av förhandsbedömningarna gjordes inom 14 dagar; fyra ärenden överskred "
         "tidsgränsen.",
         "Ärendefördelningen ses över.", "GENOMFORD", "ja"),
        ("Dokumentation av samtycke vid informationsutbyte med andra myndigheter",
         "Stickprov i 15 akter inom vuxenenheten.",
         "Kontrollen är inte genomförd på grund av vakanser inom enheten. Den förs över till 2026 års plan.",
         "–", "EJ_GENOMFORD", ""),
        ("Handkassor inom socialförvaltningen inventeras och stäms av månadsvis",
         "Oanmäld inventering av handkassor.",
         "Kontrollen har utgått. Handkassorna avvecklades i mars 2025 och har ersatts av betalkort "
         "(beslut SN 2025-03-25 § 33).",
         "–", "UTGAR", ""),
    ]
    for i, (km, gen, res, atg, st, avv) in enumerate(ctrls, 1):
        bold_para(d, f"Kontroll {i}", 12)
        labelled(d, "Kontrollmoment:", km)
        labelled(d, "Genomförande:", gen)
        labelled(d, "Resultat:", res)
        labelled(d, "Åtgärd:", atg)
        d.add_paragraph()
        exp(fil, n, km, st, avv)
    d.add_paragraph("Sammanställt av: Maria Ek, administrativ chef, socialförvaltningen, 2025-09-08")
    save_via_lo(d, fil, 'doc:MS Word 97')
    FILES.append((fil, "INLAST", n, "2025", "T2"))


# ----------------------------------------------------------------- F4 VON (.rtf, two-column table)
def f4_von():
    fil = "VON uppföljning intern kontroll jan-aug 2025.rtf"
    n = "Vård- och omsorgsnämnden"
    d = new_doc("Vård- och omsorgsförvaltningen")
    bold_para(d, "Vård- och omsorgsnämnden", 15)
    bold_para(d, "Uppföljning av intern kontroll, delår januari–augusti 2025", 12)
    d.add_paragraph(
        "Tabellen redovisar förvaltningens iakttagelser för respektive kontroll i internkontrollplanen 2025. "
        "Bedömningen av om kontrollen är genomförd framgår av texten i kolumnen Iakttagelse.")
    rows = [
        ("Äldreomsorg", None, None, None),
        ("Signeringslistor för läkemedel i hemtjänsten är fullständigt ifyllda",
         "Egenkontroll av signeringslistor har gjorts i samtliga hemtjänstgrupper under maj. "
         "Kontrollen har genomförts utan anmärkning.", "GENOMFORD", "nej"),
        ("Avgifter inom äldreomsorgen debiteras enligt beslut och maxtaxa",
         "Jämförelse av 25 avgiftsbeslut mot debiteringen. Två felaktiga debiteringar upptäcktes och har "
         "rättats och återbetalats till brukarna. Kontrollen är därmed genomförd.", "GENOMFORD", "ja"),
        ("Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut",
         "Stickprov har inte hunnit göras.", "EJ_GENOMFORD", ""),
        ("Brukares privata medel på Solgårdens särskilda boende redovisas korrekt",
         "Kassaredovisningarna för maj och juni har granskats, juli återstår. I ett fall saknades kvitto för "
         "ett uttag om 450 kr.", "DELVIS", "ja"),
        ("Bemanning", None, None, None),
        ("Timanställdas arbetstid i schemasystemet stämmer med utbetald lön",
         "Kontrollen har utgått efter beslut i nämnden (VON 2025-05-20, § 41) eftersom lönecentrum gör "
         "motsvarande kontroll för hela kommunen.", "UTGAR", ""),
        ("Delegering av hälso- och sjukvårdsuppgifter är aktuell och dokumenterad",
         "", "SAKNAS", ""),
        ("Kvalitet och tillsyn", None, None, None),
        ("Rapporter enligt lex Sarah utreds och anmäls till IVO inom föreskriven tid",
         "Genomgången pågår och slutförs under hösten. Hittills har inga brister noterats.", "DELVIS", "nej"),
        ("Fakturor för köpt verksamhet inom LSS kontrolleras mot avtal",
         "Genomförd. Samtliga tolv granskade fakturor överensstämde med avtalade priser.", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    h = t.rows[0].cells
    for c, txt in zip(h, ("Kontroll", "Iakttagelse")):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        shade(c, "D9E2F3")
    for km, txt, st, avv in rows:
        r = t.add_row().cells
        if txt is None:
            m = r[0].merge(r[1])
            m.text = ""
            m.paragraphs[0].add_run(km).italic = True
            shade(m, "F2F2F2")
            continue
        r[0].text = km
        r[1].text = txt
        exp(fil, n, km, st, avv)
    for row in t.rows:
        row.cells[0].width = Cm(7)
        row.cells[1].width = Cm(9.5)
    d.add_paragraph()
    d.add_paragraph("Norberg 2025-09-12\nLena Sundberg, förvaltningschef vård och omsorg")
    save_via_lo(d, fil, "rtf")
    FILES.append((fil, "INLAST", n, "2025", "DELAR"))


# ----------------------------------------------------------------- F5 TN (.docx, table, nämnd only in page header)
def f5_tn():
    fil = "Uppfoljning_IK_delar_2025_TF.docx"
    n = "Tekniska nämnden"
    d = new_doc("Per Holm")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Tekniska förvaltningen\tNorbergs kommun\tSeptember 2025"
    fp = sec.footer.paragraphs[0]
    fp.text = "Dnr TN 2025/31"
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading("Uppföljning av internkontrollplan – delårsrapport 2025", 1)
    d.add_paragraph(
        "Redovisningen avser perioden 1 januari–31 augusti 2025. Kontrollerna är grupperade per process. "
        "För varje kontroll beskrivs vad som har iakttagits och om kontrollen har kunnat genomföras.")
    rows = [
        ("Process: Upphandling och inköp", None, None, None),
        ("Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinjen",
         "Genomgång av tolv direktupphandlingar. I fyra fall saknades dokumentation av jämförande offerter. "
         "Kontrollen är genomförd med anmärkning; inköparna har fått förnyad information om riktlinjen.",
         "GENOMFORD", "ja"),
        ("Avtalstrohet vid köp av entreprenadtjänster",
         "Granskningen pågår och slutförs under hösten.", "DELVIS", ""),
        ("Process: Fastighetsförvaltning", None, None, None),
        ("Indexuppräkning av externa hyresavtal görs enligt avtal",
         "Samtliga 18 externa hyresavtal har kontrollerats. Indexuppräkningen var korrekt i alla avtal. "
         "Kontrollen har genomförts utan anmärkning.", "GENOMFORD", "nej"),
        ("Obligatorisk ventilationskontroll (OVK) i kommunens lokaler",
         "Kontrollen har utgått efter beslut i nämnden, eftersom OVK följs upp i underhållsplanen.",
         "UTGAR", ""),
        ("Utlämnade nycklar och passerkort är registrerade",
         "Inventeringen av utlämnade passerkort har påbörjats i kommunhuset. Övriga fastigheter återstår.",
         "DELVIS", ""),
        ("Process: VA och renhållning", None, None, None),
        ("Debitering av VA-avgifter överensstämmer med gällande taxa",
         "Stickprov har inte hunnit göras på grund av sjukfrånvaro på VA-enheten. Kontrollen görs i november.",
         "EJ_GENOMFORD", ""),
        ("Provtagning av dricksvatten enligt provtagningsprogrammet",
         "Samtliga provtagningar enligt programmet har utförts. Ett prov i maj visade otjänligt vatten i "
         "Kärrgruvan; kokningsrekommendation utfärdades och felet var åtgärdat inom en vecka.",
         "GENOMFORD", "ja"),
        ("Process: Gata och park", None, None, None),
        ("Besiktning av lekplatser enligt SS-EN 1176",
         "Huvudbesiktning är gjord i juni på samtliga elva lekplatser. Kontrollen har genomförts utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Körjournaler för kommunens fordon förs enligt riktlinjen",
         "Kontrollen har inte påbörjats och skjuts upp till hösten.", "EJ_GENOMFORD", ""),
    ]
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ("Kontroll", "Iakttagelse")):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        shade(c, "C6E0B4")
    for km, txt, st, avv in rows:
        r = t.add_row().cells
        if txt is None:
            m = r[0].merge(r[1])
            m.text = ""
            m.paragraphs[0].add_run(km).bold = True
            continue
        r[0].text = km
        r[1].text = txt
        exp(fil, n, km, st, avv)
    d.add_paragraph()
    d.add_paragraph("Ansvarig för sammanställningen: Per Holm, teknisk chef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "DELAR"))


# ----------------------------------------------------------------- F6 MBN + ÖFN (.docx, bullets with dash)
def f6_mbn_ofn():
    fil = "Delårsuppföljning intern kontroll 2025 MBN och ÖFN.docx"
    d = new_doc("Miljö- och byggförvaltningen")
    d.add_heading("Delårsuppföljning av intern kontroll 2025", 0)
    d.add_paragraph(
        "Miljö- och byggförvaltningen är förvaltning åt både miljö- och byggnämnden och överförmyndarnämnden. "
        "Uppföljningen för perioden januari–augusti redovisas därför i ett gemensamt dokument, en rubrik per "
        "nämnd. Under varje rubrik anges kontrollen följt av resultatet efter tankstrecket.")
    d.add_paragraph("Norberg den 15 september 2025")
    groups = [
        ("Miljö- och byggnämnden", [
            ("Handläggningstid för bygglov inom tio veckor enligt PBL",
             "Kontrollen har genomförts utan anmärkning. Samtliga 31 ärenden avgjordes inom lagstadgad tid.",
             "GENOMFORD", "nej"),
            ("Debitering av tillsynsavgifter enligt taxan för miljöbalkens område",
             "Genomförd med avvikelse: i 5 av 40 ärenden hade fel timtaxa tillämpats. Fakturorna har krediterats.",
             "GENOMFORD", "ja"),
            ("Delegationsbeslut anmäls till nämnden enligt delegationsordningen",
             "Delvis genomförd. Kontrollen är gjord för januari–april utan brister; maj–augusti kontrolleras i oktober.",
             "DELVIS", "nej"),
            ("Livsmedelskontroll utförs enligt fastställd kontrollplan",
             "Granskningen pågår och slutförs under hösten.", "DELVIS", ""),
            ("Inkomna klagomål diarieförs och bekräftas inom en vecka",
             "Stickprov har inte hunnit göras.", "EJ_GENOMFORD", ""),
            ("Uppföljning av förelägganden förenade med vite",
             "Kontrollen har utgått efter beslut i nämnden den 24 april 2025.", "UTGAR", ""),
        ]),
        ("Överförmyndarnämnden", [
            ("Årsräkningar granskas senast den 30 juni",
             "Kontrollen har genomförts. Samtliga 118 årsräkningar var granskade inom tid, utan anmärkning.",
             "GENOMFORD", "nej"),
            ("Lämplighetsprövning av nya ställföreträdare",
             "Genomförd med anmärkning: för en god man saknades kreditupplysning vid förordnandet. "
             "Upplysningen har nu inhämtats.", "GENOMFORD", "ja"),
            ("Arvodesbeslut följer nämndens riktlinjer för arvodering",
             "Pågår.", "DELVIS", ""),
            ("Förteckningar lämnas in inom två månader efter förordnande",
             "", "SAKNAS", ""),
        ]),
    ]
    for namnd, ctrls in groups:
        d.add_heading(namnd, 1)
        for km, res, st, avv in ctrls:
            txt = f"{km} – {res}" if res else f"{km} – "
            d.add_paragraph(txt, style="List Bullet")
            exp(fil, namnd, km, st, avv)
        FILES.append((fil, "INLAST", namnd, "2025", "DELAR"))
    d.add_paragraph()
    d.add_paragraph("Karin Wallin\nFörvaltningschef, miljö- och byggförvaltningen")
    d.save(os.path.join(OUT, fil))


# ----------------------------------------------------------------- F7 KFN (.xlsx, easy)
def f7_kfn():
    fil = "Kultur- och fritidsnämnden internkontroll delår 2025.xlsx"
    n = "Kultur- och fritidsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Delår 2025"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning delår"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Kultur- och fritidsnämnden"
    hdr = ["Nr", "Process", "Kontrollmoment", "Ansvarig", "Status delår", "Kommentar"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    rows = [
        (1, "Bidrag", "Föreningsbidrag betalas ut enligt beslut och bidragsregler", "Fritidschef",
         "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (2, "Kassa", "Kontanthantering i simhallens kassa", "Enhetschef bad",
         "Genomförd med avvikelse", "Kassadifferens på 320 kr i april, utredd och rapporterad.", "GENOMFORD", "ja"),
        (3, "Uthyrning", "Bokning och fakturering av idrottshallar", "Fritidsintendent",
         "Delvis genomförd", "Faktureringen för vårterminen är kontrollerad, höstterminen återstår.", "DELVIS", ""),
        (4, "Bibliotek", "Inventering av bibliotekets medier", "Bibliotekschef",
         "Ej genomförd", "Planeras till november.", "EJ_GENOMFORD", ""),
        (5, "Inköp", "Attest av fakturor enligt attestordningen", "Förvaltningschef",
         "Genomförd", "Utan anmärkning.", "GENOMFORD", "nej"),
        (6, "Arrangemang", "Tillstånd och säkerhetsplan vid egna arrangemang", "Kulturchef",
         "Utgår", "Inga egna större arrangemang 2025.", "UTGAR", ""),
        (7, "Lotterier", "Registrering och kontroll av lotterier", "Fritidschef",
         None, None, "SAKNAS", ""),
    ]
    for i, (nr, proc, km, ans, stt, kom, st, avv) in enumerate(rows, 5):
        for j, v in enumerate((nr, proc, km, ans, stt, kom), 1):
            c = ws.cell(row=i, column=j, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, n, km, st, avv)
    for col, w in zip("ABCDEF", (5, 14, 48, 18, 22, 50)):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "Kultur- och fritidsförvaltningen"
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", n, "2025", "DELAR"))


# ----------------------------------------------------------------- F8 reject: covering letter (.docx)
def f8_missiv():
    fil = "Missiv delårsuppföljning intern kontroll 2025 BUN.docx"
    d = new_doc("Johan Berg")
    d.add_paragraph("Barn- och utbildningsförvaltningen\nNorbergs kommun")
    d.add_paragraph("2025-09-17")
    d.add_paragraph("Till: Kommunstyrelsen, ekonomienheten")
    bold_para(d, "Översändande av delårsuppföljning av intern kontroll 2025", 13)
    d.add_paragraph(
        "Härmed översänds barn- och utbildningsnämndens uppföljning av internkontrollplanen för perioden "
        "januari–augusti 2025. Uppföljningen behandlades av nämnden den 16 september 2025 och finns i den "
        "bifogade filen \"BUN Uppföljning intern kontroll delår 2025.odt\".")
    d.add_paragraph(
        "Bilaga 2 om skolskjuts skickas separat när avstämningen med entreprenören är klar. Vid frågor om "
        "uppföljningen, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\n\nJohan Berg\nVerksamhetscontroller\njohan.berg@norberg.example\n"
                    "0223-000 00")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ----------------------------------------------------------------- register + CSVs
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
    ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen|Bygg- och miljökontoret"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Norbergs Bostäder AB", "NBAB|Norbergs Bostäder"),
]


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    f1_ks()
    f2_bun()
    f3_sn()
    f4_von()
    f5_tn()
    f6_mbn_ofn()
    f7_kfn()
    f8_missiv()
    write_csv("namnder.csv", ["nämnd", "alias"], NAMNDER)
    write_csv("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    write_csv("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)
    print(f"{len(FILES)} file rows, {len(EXPECTED)} expected controls")


if __name__ == "__main__":
    main()
