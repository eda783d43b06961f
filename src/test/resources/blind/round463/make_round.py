#!/usr/bin/python3
"""Blind round 463 - Töreboda kommun, helår 2025, Word reports in prose.
Builds every file of the round plus namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv, os, shutil, subprocess, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r463build"
LO_PROFILE = "file:///tmp/lo-round463"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def new_doc(title, author="Töreboda kommun"):
    d = Document()
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2026, 2, 3, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 2, 10, 14, 30, 0)
    cp.revision = 3
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def lead(d, label, text, sep=": "):
    """Paragraph with bold inline lead-in ("Syfte: ...")."""
    p = d.add_paragraph()
    r = p.add_run(label + sep if text else label)
    r.bold = True
    if text:
        p.add_run(text)
    return p


def bold_par(d, text, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def convert(src, fmt):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", TMP, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(TMP, base + "." + fmt.split(":")[0])


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))

# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - numbered headings "3.1 Kontroll av ...", inline labels
# ---------------------------------------------------------------------------
def file_ks():
    fil = "Uppföljning intern kontroll 2025 Kommunstyrelsen.docx"
    N = "Kommunstyrelsen"
    d = new_doc("Uppföljning av intern kontroll 2025 - Kommunstyrelsen", "Ekonomienheten")
    d.add_heading("Uppföljning av intern kontroll 2025 – helår", 0)
    d.add_paragraph("Kommunstyrelsen, Töreboda kommun")
    d.add_paragraph("Dnr KS 2025/00087\nUpprättad 2026-02-04 av ekonomienheten, kommunledningsförvaltningen")

    d.add_heading("1 Inledning", 1)
    d.add_paragraph(
        "Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att den interna kontrollen är tillräcklig. "
        "Kommunstyrelsen antog internkontrollplanen för 2025 den 11 december 2024, § 212. Planen omfattar nio "
        "kontrollmoment som har valts ut utifrån förvaltningens risk- och väsentlighetsanalys. I denna rapport "
        "redovisas utfallet för helåret 2025. Delårsuppföljningen behandlades av kommunstyrelsen 2025-10-01, § 151.")
    d.add_heading("2 Sammanfattning", 1)
    d.add_paragraph(
        "Av planens nio kontroller har fem genomförts under året, varav tre med anmärkning. En kontroll har "
        "genomförts delvis och en har inte genomförts. En kontroll har utgått efter beslut i kommunstyrelsen. "
        "För kontrollen av löneutbetalningar redovisas resultatet i bilaga 3.")

    d.add_heading("3 Uppföljning av kontrollmoment", 1)
    C = [
        ("3.1", "Kontroll av attest av leverantörsfakturor enligt attestordningen",
         [("Syfte", "Säkerställa att leverantörsfakturor attesteras av behörig attestant och att jäv inte förekommer."),
          ("Genomförande", "Ekonomienheten har i oktober gjort ett slumpmässigt stickprov om 50 fakturor ur ekonomisystemet. "
           "Attestanten har jämförts mot gällande attestförteckning."),
          ("Resultat", "Samtliga 50 fakturor var attesterade av behörig attestant. Ingen attestant hade attesterat egna kostnader."),
          ("Bedömning", "Kontrollen har genomförts utan anmärkning.")],
         "GENOMFORD", "nej"),
        ("3.2", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
         [("Syfte", "Säkerställa att beslut fattade på delegation återrapporteras enligt delegationsordningen."),
          ("Genomförande", "Nämndsekreteraren har jämfört delegationsbeslut registrerade i diariet under mars och september "
           "med de anmälningar som gjorts till kommunstyrelsen."),
          ("Resultat", "Av 64 delegationsbeslut hade 61 anmälts i rätt tid. Tre beslut inom personalområdet anmäldes "
           "först två sammanträden senare."),
          ("Bedömning", "Kontrollen har genomförts med anmärkning. Rutinen för anmälan av personalbeslut har förtydligats.")],
         "GENOMFORD", "ja"),
        ("3.3", "Kontroll av avtalstrohet vid inköp av varor och tjänster",
         [("Syfte", "Säkerställa att inköp görs från upphandlade leverantörer."),
          ("Genomförande", "Upphandlingsfunktionen i Skaraborg har granskat 40 inköp över 10 000 kronor under perioden maj–oktober."),
          ("Resultat", "11 av 40 inköp (28 procent) gjordes utanför avtal, främst inom kontorsmaterial och konsulttjänster."),
          ("Bedömning", "Kontrollen är genomförd. Avvikelserna är väsentliga och en informationsinsats till beställare "
           "genomförs under första kvartalet 2026.")],
         "GENOMFORD", "ja"),
        ("3.4", "Kontroll av behörigheter i ekonomisystemet vid avslutad anställning",
         [("Syfte", "Säkerställa att personer som slutat inte har kvar behörighet i ekonomisystemet."),
          ("Genomförande", "Lista över aktiva användare i ekonomisystemet har jämförts med avslutade anställningar i lönesystemet."),
          ("Resultat", "Kontrollen har påbörjats men har inte slutförts. Kommunledningsförvaltningens användare har "
           "granskats; övriga förvaltningar återstår. Två användare som slutat under våren hade fortfarande aktiva "
           "konton, dessa har nu stängts."),
          ("Bedömning", "Kontrollen är delvis genomförd och slutförs i mars 2026.")],
         "DELVIS", "ja"),
        ("3.5", "Kontroll av förtroendekänsliga poster (representation och kurser)",
         [("Syfte", "Säkerställa att kostnader för representation och kurser följer riktlinjerna."),
          ("Genomförande", "Samtliga representationsfakturor under andra halvåret har granskats mot riktlinjerna för representation."),
          ("Resultat", "Syfte och deltagare fanns angivna på samtliga underlag. En sammanställning finns i bilaga 2."),
          ("Bedömning", "Kontrollen har genomförts utan anmärkning.")],
         "GENOMFORD", "nej"),
        ("3.6", "Kontroll av diarieföring av inkommande handlingar",
         [("Syfte", "Säkerställa att allmänna handlingar som kommer in registreras utan dröjsmål."),
          ("Genomförande", "Planerat stickprov av inkommande e-post till kommunens funktionsbrevlåda under en vecka i november."),
          ("Resultat", "Kontrollen har inte genomförts under året. Orsaken är vakans på registratorstjänsten under hösten."),
          ("Bedömning", "Kontrollen flyttas till internkontrollplanen 2026.")],
         "EJ_GENOMFORD", ""),
        ("3.7", "Kontroll av löneutbetalningar – felaktiga utbetalningar efter avslutad anställning",
         [("Syfte", "Säkerställa att lön inte betalas ut efter att en anställning har upphört."),
          ("Genomförande", "Löneenheten jämför avslutade anställningar med utbetalningar månaden efter avslut."),
          ("Resultat", "Redovisas i bilaga 3."),
          ("Bedömning", "Se bilaga 3.")],
         "OKLAR", ""),
        ("3.8", "Kontroll av efterlevnad av informationssäkerhetspolicyn",
         [("Syfte", "Säkerställa att förvaltningen följer kommunens informationssäkerhetspolicy."),
          ("Genomförande", "–"),
          ("Resultat", "Kommunstyrelsen beslutade 2025-06-11, § 98, att kontrollen utgår ur planen eftersom en "
           "extern granskning av informationssäkerheten genomförs av kommunens revisorer under hösten."),
          ("Bedömning", "Kontrollen utgår.")],
         "UTGAR", ""),
        ("3.9", "Kontroll av rutin för hantering av bisysslor",
         [("Syfte", "Säkerställa att chefer årligen inhämtar uppgifter om bisysslor från sina medarbetare."),
          ("Genomförande", "HR-enheten har ställt frågan till samtliga 25 chefer inom förvaltningen och granskat dokumentationen."),
          ("Resultat", "21 chefer kunde visa dokumenterade svar. Fyra chefer hade inte inhämtat uppgifter om bisysslor under året."),
          ("Bedömning", "Kontrollen har genomförts. Avvikelse har konstaterats och påminnelse har skickats till berörda chefer.")],
         "GENOMFORD", "ja"),
    ]
    for nr, head, paras, st, av in C:
        d.add_heading(f"{nr} {head}", 2)
        for lab, txt in paras:
            lead(d, lab, txt)
        exp(fil, N, head, st, av)

    d.add_heading("4 Kommunstyrelsens samlade bedömning", 1)
    d.add_paragraph(
        "Kommunstyrelsen bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. "
        "De avvikelser som har konstaterats avseende avtalstrohet och bisysslor hanteras genom åtgärder under 2026. "
        "Kontrollen av diarieföring har inte kunnat genomföras och förs över till 2026 års plan.")
    d.add_heading("5 Inför 2026", 1)
    d.add_paragraph("Utifrån årets resultat föreslås följande kontroller ingå i internkontrollplanen 2026:")
    for t in ["Kontroll av diarieföring av inkommande handlingar",
              "Kontroll av avtalstrohet inom kontorsmaterial och konsulttjänster",
              "Kontroll av hantering av personuppgiftsincidenter"]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Bilagor", 1)
    for t in ["Bilaga 1. Internkontrollplan 2025 för kommunstyrelsen",
              "Bilaga 2. Sammanställning av granskade representationsfakturor",
              "Bilaga 3. Kontroll av löneutbetalningar, löneenheten"]:
        d.add_paragraph(t)
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden - bold paragraph headings, labels on own line
# ---------------------------------------------------------------------------
def file_bun():
    fil = "BUN helårsuppföljning internkontroll 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = new_doc("Helårsuppföljning internkontrollplan 2025", "Barn- och utbildningsförvaltningen")
    p = d.add_paragraph(); r = p.add_run("Barn- och utbildningsförvaltningen"); r.font.size = Pt(10)
    bold_par(d, "Helårsuppföljning av internkontrollplan 2025", 16)
    d.add_paragraph("Redovisning till barn- och utbildningsnämnden 2026-02-17")
    d.add_paragraph(
        "Nämndens internkontrollplan för 2025 innehåller åtta kontrollmoment. Nedan redovisas för varje "
        "kontrollmoment syfte, hur kontrollen har genomförts, resultat och förvaltningens bedömning. "
        "Underlag för stickproven finns hos respektive rektor och i bilagorna.")
    C = [
        ("Skolskjutsbeslut fattas enligt gällande riktlinjer",
         [("Syfte", "Säkerställa likabehandling vid beslut om skolskjuts."),
          ("Genomförande", "Stickprov av 20 beslut om skolskjuts inför läsåret 2025/26, se bilaga 1."),
          ("Resultat", "Samtliga beslut var fattade i enlighet med riktlinjerna för skolskjuts och av behörig delegat."),
          ("Bedömning", "Kontrollen har genomförts utan anmärkning.")],
         "GENOMFORD", "nej"),
        ("Handläggning av anmälningar om kränkande behandling",
         [("Syfte", "Säkerställa att anmälningar om kränkande behandling utreds skyndsamt enligt skollagen 6 kap."),
          ("Genomförande", "30 anmälningar från grundskolorna under perioden januari–november har granskats i ärendesystemet."),
          ("Resultat", "I 6 av 30 ärenden saknades dokumenterad utredning inom föreskriven tid. I två ärenden saknades "
           "dokumenterade åtgärder."),
          ("Bedömning", "Kontrollen är genomförd med avvikelse. Rektorerna har fått förnyad genomgång av rutinen.")],
         "GENOMFORD", "ja"),
        ("Rätt debitering av barnomsorgsavgifter (maxtaxa)",
         [("Syfte", "Säkerställa att avgifter för förskola och fritidshem debiteras enligt maxtaxan."),
          ("Genomförande", "Vid delårsuppföljningen hade kontrollen inte påbörjats. Under hösten har stickprov gjorts på "
           "40 hushåll där inkomstuppgift jämförts med debiterad avgift."),
          ("Resultat", "Inga felaktigheter upptäcktes."),
          ("Bedömning", "Kontrollen har genomförts under hösten utan anmärkning.")],
         "GENOMFORD", "nej"),
        ("Registerkontroll av personal i förskola och fritidshem",
         [("Syfte", "Säkerställa att utdrag ur belastningsregistret har visats upp före anställning."),
          ("Genomförande", "Anställningsakter för nyanställda jämförs med HR-systemets registrering av uppvisat utdrag."),
          ("Resultat", "Kontrollen har påbörjats. Nyanställda under vårterminen (14 personer) har kontrollerats och "
           "samtliga hade visat upp utdrag. Höstterminens anställningar återstår och granskas i januari 2026."),
          ("Bedömning", "Kontrollen är delvis genomförd. Inga brister har hittills noterats.")],
         "DELVIS", "nej"),
        ("Uppföljning av elevfrånvaro och rutin för problematisk skolfrånvaro",
         [("Syfte", "Säkerställa att rutinen för problematisk skolfrånvaro tillämpas."),
          ("Genomförande", "Planerad genomgång av frånvarostatistik och åtgärdsprogram på två skolenheter."),
          ("Resultat", "Kontrollen har inte genomförts under året på grund av byte av lärplattform och elevregister."),
          ("Bedömning", "Förvaltningen föreslår att kontrollen ingår i planen för 2026.")],
         "EJ_GENOMFORD", ""),
        ("Inventering av datorer och surfplattor till elever",
         [("Syfte", "Säkerställa att utlånade elevdatorer finns registrerade och återlämnas."),
          ("Genomförande", "–"),
          ("Resultat", "Kontrollmomentet utgår. Nämnden beslutade 2025-04-22, § 37, att inventeringen i stället "
           "genomförs av IT-enheten inom ramen för det nya avtalet om enhetshantering."),
          ("Bedömning", "–")],
         "UTGAR", ""),
        ("Tillbud och arbetsskador anmäls i KIA",
         [("Syfte", "Säkerställa att tillbud och arbetsskador rapporteras och åtgärdas."),
          ("Genomförande", "Stickprov av skyddsronder och tillbudsrapporter jämförs med registreringar i KIA under hösten."),
          ("Resultat", "–"),
          ("Bedömning", "")],
         "SAKNAS", ""),
        ("Attest av leverantörsfakturor inom förskoleverksamheten",
         [("Syfte", "Säkerställa att fakturor attesteras av behörig attestant."),
          ("Genomförande", "Ekonomienheten har granskat 25 fakturor från förskolorna."),
          ("Resultat", "Genomförd. Inga avvikelser."),
          ("Bedömning", "Kontrollen bedöms som genomförd.")],
         "GENOMFORD", "nej"),
    ]
    for head, paras, st, av in C:
        d.add_paragraph()
        bold_par(d, head, 13)
        for lab, txt in paras:
            bold_par(d, lab)
            d.add_paragraph(txt)
        exp(fil, N, head, st, av)
    d.add_paragraph()
    bold_par(d, "Nämndens samlade bedömning", 13)
    d.add_paragraph(
        "Barn- och utbildningsnämnden bedömer att den interna kontrollen för 2025 är godtagbar men med "
        "förbättringsbehov, framför allt inom handläggningen av kränkande behandling. Kontroller som inte har "
        "genomförts förs över till 2026.")
    bold_par(d, "Bilagor")
    d.add_paragraph("1. Stickprov skolskjutsbeslut läsåret 2025/26\n2. Sammanställning kränkande behandling 2025")
    d.add_paragraph("Töreboda 2026-02-05\n\nAnna Lindqvist\nförvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 3. Socialnämnden - summary table + prose sections for the same controls
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden internkontroll helår 2025.docx"
    N = "Socialnämnden"
    d = new_doc("Socialnämnden - uppföljning internkontroll helår 2025", "Socialförvaltningen")
    d.add_heading("Socialnämnden – uppföljning av internkontrollplan 2025, helår", 0)
    d.add_paragraph("Socialförvaltningen, Töreboda kommun. Dnr SN 2025/0041")
    d.add_heading("1 Sammanfattning", 1)
    d.add_paragraph("Tabellen nedan sammanfattar status för nämndens sju kontrollmoment per 31 december 2025. "
                    "Status anges som Genomförd, Genomförd med avvikelse, Delvis genomförd, Ej genomförd eller Utgår.")
    rows = [
        ("1", "Beslut om ekonomiskt bistånd fattas inom tio arbetsdagar från komplett ansökan", "Enhetschef IFO vuxen",
         "Genomförd med avvikelse", "Ja", "GENOMFORD", "ja",
         "2.1 Handläggningstid ekonomiskt bistånd",
         "25 ärenden från perioden mars–oktober har granskats. I fyra ärenden fattades beslut efter mer än tio "
         "arbetsdagar. Kontrollen har genomförts och avvikelsen har tagits upp på arbetsplatsträff."),
        ("2", "Orosanmälningar förhandsbedöms inom 14 dagar", "Enhetschef barn och unga",
         "Genomförd", "Nej", "GENOMFORD", "nej",
         "2.2 Förhandsbedömning av orosanmälningar",
         "Samtliga 112 orosanmälningar under året har följts upp i verksamhetssystemet. Alla förhandsbedömningar "
         "gjordes inom 14 dagar. Kontrollen har genomförts utan anmärkning."),
        ("3", "Genomförandeplaner finns och är uppdaterade inom hemtjänsten", "Enhetschef hemtjänst",
         "Delvis genomförd", "Ja", "DELVIS", "ja",
         "2.3 Genomförandeplaner i hemtjänsten",
         "Granskning har gjorts i hemtjänstgrupp Norr men inte i grupp Söder. Av 30 granskade planer var 9 äldre än sex "
         "månader. Kontrollen slutförs under våren 2026."),
        ("4", "Kontroll av loggar i verksamhetssystemet (otillbörlig åtkomst)", "Systemförvaltare",
         "Ej genomförd", "–", "EJ_GENOMFORD", "",
         "2.4 Loggkontroll",
         "Kontrollen har inte genomförts under året. Verktyget för loggutdrag levererades först i december och "
         "systematisk loggkontroll startar i februari 2026."),
        ("5", "Läkemedelshantering – signeringslistor inom särskilt boende", "Medicinskt ansvarig sjuksköterska (MAS)",
         "Genomförd med avvikelse", "Ja", "GENOMFORD", "ja",
         "2.5 Signeringslistor läkemedel",
         "MAS har granskat signeringslistor för två veckor på Björkängen och Solgården. Ofullständiga signeringar "
         "förekom vid 17 tillfällen. Avvikelserna har rapporterats och åtgärdsplan har tagits fram."),
        ("6", "Fakturering av hemtjänstavgifter stämmer mot beviljade och utförda timmar", "Avgiftshandläggare",
         "Genomförd", "Nej", "GENOMFORD", "nej",
         "2.6 Hemtjänstavgifter",
         "Stickprov om 20 brukare i oktober. Debiterade avgifter stämde mot utförd tid enligt planeringssystemet. "
         "Kontrollen har genomförts utan anmärkning."),
        ("7", "Ersättning till uppdragstagare (kontaktpersoner och familjehem) betalas ut enligt avtal", "Enhetschef IFO barn",
         "Utgår", "–", "UTGAR", "",
         "2.7 Ersättning till uppdragstagare",
         "Socialnämnden beslutade 2025-03-19, § 22, att kontrollen utgår eftersom utbetalningarna sedan 1 april "
         "hanteras av löneenheten och omfattas av kommunstyrelsens kontroll av löneutbetalningar."),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Ansvarig", "Status", "Avvikelse"]):
        c = t.rows[0].cells[i]; c.text = ""; rr = c.paragraphs[0].add_run(h); rr.bold = True
    for r in rows:
        cells = t.add_row().cells
        for i in range(5):
            cells[i].text = r[i]
        exp(fil, N, r[1], r[5], r[6])
    d.add_paragraph()
    d.add_paragraph("Sammanfattningsvis har fyra av sju kontroller genomförts, varav två med avvikelse. "
                    "En kontroll är delvis genomförd, en har inte genomförts och en har utgått.")
    d.add_heading("2 Redovisning per kontrollmoment", 1)
    d.add_paragraph("I detta avsnitt beskrivs varje kontroll närmare. Status framgår av tabellen i avsnitt 1.")
    for r in rows:
        d.add_heading(r[7], 2)
        lead(d, "Kontrollmoment", r[1])
        lead(d, "Resultat och bedömning", r[8])
    d.add_heading("3 Nämndens samlade bedömning", 1)
    d.add_paragraph(
        "Socialnämnden bedömer att den interna kontrollen inte fullt ut har varit tillräcklig under 2025. "
        "Loggkontrollen har inte kunnat genomföras och brister finns i läkemedelshanteringen. "
        "Åtgärder redovisas i bilaga 1, Handlingsplan intern kontroll 2026.")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 4. Kultur- och fritidsnämnden - .doc, nämnd only in page header + file name
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "KFN IK helår 2025.doc"
    N = "Kultur- och fritidsnämnden"
    d = new_doc("Uppföljning internkontrollplan 2025", "Kultur och fritid")
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = "TÖREBODA KOMMUN\tKultur- och fritidsnämnden\t2026-01-28"
    ftr = d.sections[0].footer.paragraphs[0]
    ftr.text = "Uppföljning intern kontroll helår 2025"
    d.add_heading("Uppföljning av internkontrollplan 2025, helår", 0)
    d.add_paragraph(
        "Förvaltningen redovisar här till nämnden hur årets kontroller har genomförts. Planen antogs av nämnden "
        "2025-01-29. Resultatet för varje kontroll anges under rubriken Resultat och bedömning.")
    C = [
        ("Kontroll av kassahantering och dagskassor i Töreboda simhall",
         "Syftet är att säkerställa att dagskassor redovisas korrekt. Fem slumpvis valda dagskassor per halvår har "
         "stämts av mot kassasystem och bankinsättning.",
         "Kontrollen har genomförts. Vid två tillfällen förekom differenser (120 kr respektive 340 kr) som inte hade "
         "dokumenterats. Rutinen för kassaavstämning har skärpts.",
         "GENOMFORD", "ja"),
        ("Kontroll av föreningsbidrag – underlag och beslut enligt bidragsreglerna",
         "Syftet är att säkerställa att bidrag till föreningar betalas ut enligt reglerna. Tio beslut om "
         "verksamhetsbidrag har granskats mot inlämnade underlag.",
         "Kontrollen har genomförts utan anmärkning. Samtliga beslut hade fullständiga underlag.",
         "GENOMFORD", "nej"),
        ("Kontroll av uthyrning och fakturering av lokaler och anläggningar",
         "Syftet är att säkerställa att alla bokningar faktureras. Bokningssystemet jämförs med fakturering.",
         "Kontrollen är delvis genomförd; endast bokningar av idrottshallen under vårterminen har granskats, "
         "och där fakturerades samtliga bokningar korrekt. Övriga anläggningar hann inte granskas.",
         "DELVIS", "nej"),
        ("Kontroll av inventarieförteckning på biblioteket och fritidsgården",
         "Syftet är att säkerställa att stöldbegärliga inventarier finns förtecknade.",
         "Kontrollen har inte genomförts under året och flyttas till internkontrollplanen 2026.",
         "EJ_GENOMFORD", ""),
        ("Kontroll av att registerutdrag begärs för ledare i lovverksamheten",
         "Syftet är att säkerställa att ledare som arbetar med barn har visat utdrag ur belastningsregistret. "
         "Samtliga 18 sommarlovsledare har kontrollerats.",
         "Kontrollen har genomförts utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Kontroll av attest och kontering av inköp med betalkort",
         "Syftet är att säkerställa att betalkortsköp har kvitto, syfte och korrekt kontering. "
         "Samtliga transaktioner i oktober och november har granskats.",
         "Kontrollen har genomförts med anmärkning. För tre transaktioner saknades kvitto och för en saknades "
         "uppgift om syfte. Kortinnehavarna har fått komplettera underlagen.",
         "GENOMFORD", "ja"),
    ]
    for i, (head, syfte, res, st, av) in enumerate(C, 1):
        d.add_heading(f"{i}. {head}", 1)
        lead(d, "Syfte och genomförande", syfte)
        lead(d, "Resultat och bedömning", res)
        exp(fil, N, head, st, av)
    d.add_heading("Samlad bedömning", 1)
    d.add_paragraph("Förvaltningens bedömning är att den interna kontrollen inom nämndens verksamhetsområde i "
                    "huvudsak har varit tillräcklig under 2025. Se även bilaga A, Internkontrollplan 2025.")
    d.add_paragraph("Erik Sandberg\nkultur- och fritidschef")
    src = os.path.join(TMP, "KFN IK helår 2025.docx")
    d.save(src)
    out = convert(src, "doc:MS Word 97")
    shutil.copy(out, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 5. Samhällsbyggnadsförvaltningen - .odt, two nämnder in one report
# ---------------------------------------------------------------------------
def file_sbf():
    fil = "Samhällsbyggnadsförvaltningen uppföljning IK 2025.odt"
    d = new_doc("Uppföljning av intern kontroll 2025", "Samhällsbyggnadsförvaltningen")
    d.add_heading("Uppföljning av intern kontroll 2025 – helårsrapport", 0)
    d.add_paragraph("Samhällsbyggnadsförvaltningen, Töreboda kommun\nRapporten avser tekniska nämnden och miljö- och "
                    "byggnadsnämnden. Varje nämnd behandlar sin del av rapporten i februari 2026.")
    parts = [
        ("Del 1 Tekniska nämnden", "Tekniska nämnden", [
            ("Kontroll av att arbetsorder i fastighetsunderhållet attesteras av behörig",
             "Säkerställa att arbetsorder över 25 000 kr godkänns av fastighetschef.",
             "Stickprov av 30 arbetsorder under perioden april–oktober.",
             "Samtliga arbetsorder var godkända av behörig. Kontrollen har genomförts utan anmärkning.",
             "GENOMFORD", "nej"),
            ("Kontroll av fakturering av VA-avgifter vid nyanslutning",
             "Säkerställa att anläggningsavgift faktureras för alla nya anslutningar.",
             "Förbindelsepunkter upprättade 2025 har jämförts med fakturerade anläggningsavgifter.",
             "Två av 19 nyanslutna fastigheter hade inte fakturerats. Fakturor har skickats i december. "
             "Kontrollen har genomförts med avvikelse.",
             "GENOMFORD", "ja"),
            ("Kontroll av egenkontroller i kommunens kök (livsmedelshantering)",
             "Säkerställa att egenkontrollprogrammet följs i tillagnings- och mottagningskök.",
             "Kostchefen har besökt köken och granskat temperaturloggar och rengöringsscheman.",
             "Kontrollen har genomförts i fyra av sju kök. I ett kök saknades temperaturloggar för två veckor. "
             "Övriga kök kontrolleras under första kvartalet 2026.",
             "DELVIS", "ja"),
            ("Kontroll av besiktning av lekplatser",
             "Säkerställa att kommunens lekplatser besiktigas årligen enligt SS-EN 1176.",
             "Planerad genomgång av besiktningsprotokoll för kommunens 14 lekplatser.",
             "Kontrollen har inte genomförts under året. Upphandlingen av besiktningsman blev försenad.",
             "EJ_GENOMFORD", ""),
            ("Kontroll av drivmedelskort och körjournaler för kommunens fordon",
             "Säkerställa att drivmedelskort endast används för kommunens fordon.",
             "Tankningar för tio fordon under september har jämförts med körjournaler.",
             "Kontrollen har genomförts utan anmärkning.",
             "GENOMFORD", "nej"),
        ], "Tekniska nämndens samlade bedömning",
         "Tekniska nämnden bedömer att den interna kontrollen har varit tillräcklig, med undantag för besiktningen "
         "av lekplatser som prioriteras under 2026."),
        ("Del 2 Miljö- och byggnadsnämnden", "Miljö- och byggnadsnämnden", [
            ("Kontroll av handläggningstid för bygglov (tio veckor enligt PBL)",
             "Säkerställa att beslut i bygglovsärenden fattas inom lagstadgad tid.",
             "Samtliga 60 bygglovsbeslut under första halvåret har granskats i ärendesystemet.",
             "Tre ärenden överskred tio veckor utan beslut om förlängning; avgiften har reducerats enligt PBL 12 kap. 8 a §. "
             "Kontrollen är genomförd.",
             "GENOMFORD", "ja"),
            ("Kontroll av att tillsynsplanen enligt miljöbalken följs",
             "Säkerställa att planerade tillsynsbesök genomförs.",
             "Antal genomförda besök har jämförts med tillsynsplanen 2025.",
             "Kontrollen är genomförd. 78 procent av de planerade tillsynsbesöken genomfördes, vilket är under målet "
             "om 90 procent. Orsaken är personalomsättning på miljöenheten.",
             "GENOMFORD", "ja"),
            ("Kontroll av debitering av timavgifter i tillsynsärenden",
             "Säkerställa att nedlagd handläggningstid debiteras enligt taxan.",
             "Stickprov av 15 ärenden med timavgift.",
             "Kontrollen har genomförts utan anmärkning.",
             "GENOMFORD", "nej"),
            ("Kontroll av delegationsbeslut i bygglovsärenden",
             "Säkerställa att delegationsbeslut fattas av rätt delegat.",
             "–",
             "Kontrollen har avbrutits genom beslut i nämnden 2025-09-24, § 71, eftersom motsvarande kontroll görs i "
             "kommunstyrelsens granskning av delegationsbeslut.",
             "UTGAR", ""),
        ], "Miljö- och byggnadsnämndens samlade bedömning",
         "Miljö- och byggnadsnämnden bedömer att den interna kontrollen i allt väsentligt har varit tillräcklig. "
         "Tillsynsplanens genomförande följs upp särskilt under 2026."),
    ]
    for pi, (ptitle, N, C, btitle, btext) in enumerate(parts, 1):
        d.add_heading(ptitle, 1)
        for ci, (head, syfte, gen, res, st, av) in enumerate(C, 1):
            d.add_heading(f"{pi}.{ci} {head}", 2)
            for lab, txt in (("Syfte", syfte), ("Genomförande", gen), ("Resultat och bedömning", res)):
                bold_par(d, lab)
                d.add_paragraph(txt)
            exp(fil, N, head, st, av)
        d.add_heading(btitle, 2)
        d.add_paragraph(btext)
        FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    d.add_paragraph("Bilaga: Internkontrollplaner 2025 för tekniska nämnden och miljö- och byggnadsnämnden.")
    src = os.path.join(TMP, "Samhällsbyggnadsförvaltningen uppföljning IK 2025.docx")
    d.save(src)
    out = convert(src, "odt")
    shutil.copy(out, os.path.join(OUT, fil))

# ---------------------------------------------------------------------------
# 6. Överförmyndarnämnden - tjänsteskrivelse, "Kontroll 1 – ..." headings
# ---------------------------------------------------------------------------
def file_ofn():
    fil = "Överförmyndarnämnden - uppföljning intern kontroll 2025.docx"
    N = "Överförmyndarnämnden"
    d = new_doc("Tjänsteskrivelse uppföljning intern kontroll 2025", "Överförmyndarenheten")
    d.add_paragraph("TJÄNSTESKRIVELSE\t\t2026-01-20\nÖverförmyndarenheten\tDnr ÖFN 2026/4")
    bold_par(d, "Uppföljning av intern kontroll – helår 2025", 15)
    bold_par(d, "Förslag till beslut")
    d.add_paragraph("Överförmyndarnämnden godkänner uppföljningen av internkontrollplanen för 2025 och överlämnar "
                    "den till kommunstyrelsen.")
    bold_par(d, "Ärendet")
    d.add_paragraph("Nämnden antog internkontrollplan för 2025 den 5 februari 2025. Planen innehåller fem kontroller. "
                    "Delår redovisades i september. Nedan redovisas resultatet för helåret.")
    C = [
        ("Årsräkningar granskas och arvoden beslutas före 30 juni",
         "Att huvudmännens tillgångar förvaltas korrekt och att ställföreträdare får arvode i rimlig tid.",
         "Uppföljning i verksamhetssystemet av granskningsdatum för samtliga 140 årsräkningar.",
         "Delår: 118 årsräkningar granskade. Helår: samtliga har granskats, men 12 granskades efter 30 juni.",
         "Kontrollen har genomförts. Målet om granskning före 30 juni uppnåddes inte fullt ut.",
         "GENOMFORD", "ja"),
        ("Kontroll av att ställföreträdare har aktuellt utdrag ur belastningsregistret",
         "Att lämpligheten hos nya ställföreträdare prövas.",
         "Genomgång av samtliga 21 nya förordnanden under året.",
         "Utdrag fanns i alla akter.",
         "Kontrollen har genomförts utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Kontroll av förteckningar inlämnade inom två månader",
         "Att förteckning över huvudmannens tillgångar lämnas in i tid.",
         "Stickprov av nya ärenden.",
         "Hittills har 18 av 30 planerade ärenden granskats. I två ärenden saknades förteckning efter två månader "
         "och påminnelse har skickats.",
         "Kontrollen har genomförts delvis och slutförs i februari 2026.",
         "DELVIS", "ja"),
        ("Kontroll av spärrade bankkonton för omyndiga",
         "Att medel för underåriga är placerade med överförmyndarspärr.",
         "Tio ärenden med omyndiga har kontrollerats mot bankernas engagemangsbesked.",
         "Samtliga konton hade spärr.",
         "Kontrollen har genomförts utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Kontroll av handläggning av akter vid byte av ställföreträdare",
         "Att sluträkning och överlämnande sker korrekt vid byte.",
         "Planerad genomgång av bytesärenden under hösten.",
         "Helår: Kontrollen har skjutits upp till 2026 på grund av införandet av nytt verksamhetssystem.",
         "Kontrollen har inte genomförts.",
         "EJ_GENOMFORD", ""),
    ]
    for i, (head, syfte, gen, res, bed, st, av) in enumerate(C, 1):
        bold_par(d, f"Kontroll {i} – {head}", 12)
        lead(d, "Syfte", syfte)
        lead(d, "Genomförande", gen)
        lead(d, "Resultat", res)
        lead(d, "Bedömning", bed)
        exp(fil, N, head, st, av)
    bold_par(d, "Nämndens bedömning")
    d.add_paragraph("Överförmyndarnämnden bedömer att den interna kontrollen har varit tillräcklig under 2025.")
    bold_par(d, "Beslutsunderlag")
    d.add_paragraph("Denna tjänsteskrivelse\nBilaga 1 Internkontrollplan 2025\nBilaga 2 Sammanställning årsräkningar 2025")
    d.add_paragraph("Maria Holm\növerförmyndarhandläggare")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 7. Törebodabostäder AB - bolag, "Kontroll 1: ..." headings, 2026 trap list
# ---------------------------------------------------------------------------
def file_tbab():
    fil = "Törebodabostäder AB Internkontroll 2025 rapport till styrelsen.docx"
    N = "Törebodabostäder AB"
    d = new_doc("Internkontroll 2025 - rapport till styrelsen", "Törebodabostäder AB")
    d.add_heading("Törebodabostäder AB", 0)
    d.add_paragraph("Rapport till styrelsen: Intern kontroll verksamhetsåret 2025\nStyrelsemöte 2026-02-18, ärende 6")
    d.add_heading("Bakgrund", 1)
    d.add_paragraph("Styrelsen fastställde internkontrollplanen för 2025 i februari 2025. Enligt ägardirektivet ska "
                    "bolaget årligen rapportera resultatet av den interna kontrollen till kommunstyrelsen. "
                    "Kontrollerna har utförts av bolagets ekonomi- och förvaltningsfunktioner.")
    d.add_heading("Genomförda kontroller", 1)
    C = [
        ("Hyresavier och hyreshöjningar 2025 har debiterats enligt förhandlat utfall",
         "Hyresförhandlingen 2025 gav en höjning med 4,9 procent från 1 april. 40 hyreskontrakt har kontrollerats "
         "mot hyresavierna för april.",
         "Kontrollen är genomförd och inga avvikelser har noterats.",
         "GENOMFORD", "nej"),
        ("Hantering av kundfordringar och inkassoärenden enligt kravrutinen",
         "Samtliga hyresfordringar äldre än 60 dagar per 30 september har gåtts igenom.",
         "Kontrollen är genomförd. I fem ärenden hade påminnelse inte skickats inom föreskriven tid. "
         "Kravrutinen har uppdaterats.",
         "GENOMFORD", "ja"),
        ("Upphandling av ramavtal för snöröjning och grönyteskötsel följer LOU",
         "Upphandlingsdokument och annonsering har granskats av bolagets upphandlare.",
         "Upphandlingen pågår och kontrollen kan inte slutföras förrän tilldelningsbeslut har fattats i mars 2026. "
         "I den del som granskats har inga brister noterats.",
         "DELVIS", "nej"),
        ("Nyckel- och passerhantering (taggar) till förråd och tvättstugor",
         "Avstämning av utlämnade taggar mot hyresgästregistret var planerad till fjärde kvartalet.",
         "Kontrollen har inte genomförts under året på grund av byte av passersystem.",
         "EJ_GENOMFORD", ""),
        ("Brandskyddskontroller (SBA) i samtliga bostadsområden",
         "Fastighetsskötarna har genomfört kontrollronder enligt SBA-pärmen.",
         "Kontrollen har genomförts. Resultatet framgår av bilaga 1.",
         "GENOMFORD", ""),
        ("Attest av fakturor över 100 000 kronor av VD",
         "Samtliga fakturor över 100 000 kronor under året har kontrollerats i ekonomisystemet.",
         "Alla 37 fakturor var attesterade av VD. Kontrollen har genomförts utan anmärkning.",
         "GENOMFORD", "nej"),
    ]
    for i, (head, gen, res, st, av) in enumerate(C, 1):
        d.add_heading(f"Kontroll {i}: {head}", 3)
        d.add_paragraph(gen)
        d.add_paragraph(res)
        exp(fil, N, head, st, av)
    d.add_heading("VD:s samlade bedömning", 1)
    d.add_paragraph("VD bedömer att bolagets interna kontroll har fungerat tillfredsställande under 2025. "
                    "Kontrollen av nyckelhantering genomförs när det nya passersystemet är infört.")
    d.add_heading("Förslag till kontroller 2026", 1)
    for t in ["Nyckel- och passerhantering i det nya passersystemet",
              "Uppföljning av energideklarationer",
              "Kontroll av att lägenheter förmedlas enligt uthyrningspolicyn"]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph("Bilaga 1: Sammanställning SBA-ronder 2025")
    d.add_paragraph("Töreboda 2026-02-09\nLars Ek, VD")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------------------
# 8. Rejected: covering letter (missiv), no follow-up in it
# ---------------------------------------------------------------------------
def file_missiv():
    fil = "Missiv internkontroll helår 2025.docx"
    d = new_doc("Missiv - nämndernas uppföljning av intern kontroll 2025", "Ekonomienheten")
    d.add_paragraph("Töreboda kommun\nEkonomienheten\t\t\t2026-02-20")
    bold_par(d, "Till kommunstyrelsen", 12)
    bold_par(d, "Överlämnande av nämndernas uppföljning av intern kontroll 2025", 14)
    d.add_paragraph(
        "Härmed överlämnas nämndernas och bolagets uppföljningar av internkontrollplanerna för 2025. "
        "Uppföljningarna har lämnats av kommunstyrelsen, barn- och utbildningsnämnden, socialnämnden, "
        "kultur- och fritidsnämnden, tekniska nämnden, miljö- och byggnadsnämnden, överförmyndarnämnden samt "
        "Törebodabostäder AB.")
    d.add_paragraph(
        "Valnämnden och krisledningsnämnden har inte haft några internkontrollplaner för 2025. "
        "Ekonomienheten sammanställer en samlad bild av kommunens interna kontroll till kommunstyrelsens "
        "sammanträde i mars. Frågor besvaras av controller Johan Berg, tfn 0506-180 00.")
    d.add_paragraph("Med vänlig hälsning\n\nJohan Berg\ncontroller")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggnadsförvaltningen|Bygg och miljö"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
        ("Törebodabostäder AB", "TBAB|Törebodabostäder|Bostadsbolaget"),
    ]
    def w(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f, delimiter=";", lineterminator="\n")
            cw.writerow(header)
            cw.writerows(rows)
    w("namnder.csv", ["nämnd", "alias"], reg)
    w("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    w("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXPECTED)


if __name__ == "__main__":
    os.makedirs(TMP, exist_ok=True)
    file_ks(); file_bun(); file_sn(); file_kfn(); file_sbf(); file_ofn(); file_tbab(); file_missiv()
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "controls")
