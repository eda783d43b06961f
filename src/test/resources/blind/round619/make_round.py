#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r619 - Ekholma kommun, helår 2025, nämnder that report in prose."""
import os, csv, shutil, subprocess, glob
from email.message import EmailMessage
from email.utils import format_datetime
import datetime

from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER

from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, Span, H

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
LO_PROFILE = "-env:UserInstallation=file:///tmp/lo-round619"

FILES = []      # (fil, utfall, nämnd, år, period)
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)


def exp(fil, namnd, rows):
    for km, st, av in rows:
        EXPECTED.append((fil, namnd, km, st, av))


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - verksamhetsberättelse, section 3 Intern kontroll with
#    numbered sub-headings "3.x Kontroll av ..." followed by prose.
# ---------------------------------------------------------------------------
def file_ks():
    fil = "VB2025_KLF.docx"
    d = Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Kommunstyrelsen\tVerksamhetsberättelse 2025\tEkholma kommun"
    d.add_paragraph("Ekholma kommun").runs[0].bold = True
    d.add_heading("Verksamhetsberättelse 2025", 0)
    d.add_paragraph("Kommunledningsförvaltningen")
    d.add_paragraph("Fastställd av kommunstyrelsen 2026-02-04, § 12. Dnr KS 2026/0031")

    d.add_heading("1 Inledning", 1)
    d.add_paragraph(
        "Året har präglats av arbetet med den nya organisationen för kommungemensam service och av "
        "fortsatt höga räntekostnader. Kommunledningsförvaltningen har trots detta genomfört merparten "
        "av de uppdrag som kommunfullmäktige gav i Mål och budget 2025.")
    d.add_heading("2 Ekonomi", 1)
    d.add_paragraph(
        "Kommunstyrelsen redovisar för helåret ett överskott om 3,4 mnkr jämfört med budget. Överskottet "
        "förklaras främst av vakanser inom ekonomi- och HR-avdelningarna samt lägre kostnader för "
        "konsulttjänster än beräknat. Investeringsutfallet uppgick till 11,2 mnkr av budgeterade 18,0 mnkr.")

    d.add_heading("3 Intern kontroll", 1)
    d.add_paragraph(
        "Kommunstyrelsen antog internkontrollplan 2025 den 12 februari 2025 (§ 23). Planen omfattar sju "
        "kontroller. Nedan redovisas resultatet av årets kontroller. Kontrollerna har utförts av "
        "controllers och handläggare på kommunledningsförvaltningen.")

    ctl = [
        ("3.1", "Kontroll av attest av leverantörsfakturor enligt attestordningen",
         ["Ett slumpmässigt urval om 40 leverantörsfakturor från perioden januari–november har granskats "
          "mot gällande attestordning. Samtliga fakturor var attesterade av behörig beslutsattestant och "
          "ingen attestant hade attesterat egna kostnader.",
          "Kontrollen är genomförd utan anmärkning."],
         "GENOMFORD", "nej"),
        ("3.2", "Kontroll av att delegationsbeslut anmäls till kommunstyrelsen",
         ["Granskningen har genomförts under november. Av 25 granskade delegationsbeslut hade tre inte "
          "anmälts till kommunstyrelsen inom föreskriven tid. Samtliga gällde personalärenden.",
          "Rutinen för anmälan av delegationsbeslut har förtydligats och information har lämnats vid "
          "chefsträff i december."],
         "GENOMFORD", "ja"),
        ("3.3", "Kontroll av behörigheter i ekonomisystemet",
         ["Kontrollen påbörjades i oktober men kunde inte slutföras före årsskiftet på grund av bytet av "
          "systemleverantör. Ungefär hälften av användarkontona har stämts av mot aktuella "
          "befattningar, utan att felaktiga behörigheter upptäckts. Återstående del genomförs under "
          "första kvartalet 2026."],
         "DELVIS", "nej"),
        ("3.4", "Kontroll av representation och interna utbildningsaktiviteter",
         ["Kontrollen har inte genomförts under 2025 på grund av vakanser på ekonomiavdelningen. "
          "Kontrollen förs över till internkontrollplanen för 2026."],
         "EJ_GENOMFORD", ""),
        ("3.5", "Kontroll av efterlevnad av riktlinjer för direktupphandling",
         ["Samtliga direktupphandlingar över 100 000 kronor under perioden januari–september har "
          "granskats, totalt 17 stycken.",
          "I två fall saknades dokumentation av genomförd upphandling, och i ett av dessa överskreds "
          "direktupphandlingsgränsen sett över året. Upphandlingsenheten har fått i uppdrag att "
          "genomföra utbildning för beställare under våren 2026."],
         "GENOMFORD", "ja"),
        ("3.6", "Kontroll av hantering av allmänna handlingar och diarieföring",
         ["Utgår. Kommunstyrelsen beslutade 2025-06-11, § 98, att kontrollen ersätts av den "
          "arkivtillsyn som arkivmyndigheten genomför under hösten."],
         "UTGAR", ""),
        ("3.7", "Kontroll av löneutbetalningar mot anställningsavtal",
         ["Se bilaga 2."],
         "OKLAR", ""),
    ]
    rows = []
    for num, title, paras, st, av in ctl:
        d.add_heading(f"{num} {title}", 2)
        for p in paras:
            d.add_paragraph(p)
        rows.append((title, st, av))

    d.add_heading("4 Framtid", 1)
    d.add_paragraph(
        "Under 2026 kommer kommunledningsförvaltningen att prioritera införandet av det nya "
        "ekonomisystemet samt en översyn av attestordningen. Internkontrollplanen för 2026 "
        "kommer att innehålla en kontroll av behörigheter i det nya systemet.")
    d.add_paragraph("Bilagor: 1. Driftredovisning  2. Lönekontroll 2025")
    d.save(fil)
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))
    exp(fil, "Kommunstyrelsen", rows)


# ---------------------------------------------------------------------------
# 2. Kultur- och fritidsnämnden - .odt with bold lead-ins, one per paragraph
# ---------------------------------------------------------------------------
def file_kfn():
    fil = "Uppföljning intern kontroll helår 2025 KFN.odt"
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold", fontweightasian="bold", fontweightcomplex="bold"))
    doc.automaticstyles.addElement(bold)
    title = Style(name="Rubrik", family="paragraph")
    title.addElement(TextProperties(fontsize="16pt", fontweight="bold"))
    title.addElement(ParagraphProperties(marginbottom="0.3cm"))
    doc.automaticstyles.addElement(title)
    body = Style(name="Brod", family="paragraph")
    body.addElement(ParagraphProperties(marginbottom="0.25cm"))
    doc.automaticstyles.addElement(body)

    def p(text, style=body):
        el = P(stylename=style, text=text)
        doc.text.addElement(el)

    def lead(label, rest):
        el = P(stylename=body)
        sp = Span(stylename=bold, text=label)
        el.addElement(sp)
        if rest:
            el.addText(" " + rest)
        doc.text.addElement(el)

    p("Uppföljning av internkontrollplan 2025 – helår", title)
    p("Kultur- och fritidsnämnden, Ekholma kommun")
    p("Dnr KFN 2025/0114")
    p("Kultur- och fritidsförvaltningen har under året genomfört kontrollerna i nämndens "
      "internkontrollplan för 2025. Resultatet för respektive kontrollmoment redovisas nedan. "
      "Förvaltningens sammanfattande bedömning är att den interna kontrollen i huvudsak är tillräcklig.")
    ctl = [
        ("Attest av fakturor:", "Genomförd utan anmärkning.", "GENOMFORD", "nej"),
        ("Kontanthantering i kassor på bibliotek och simhall:",
         "Genomförd. Vid oanmäld kassainventering på Ekholma simhall i september saknades 350 kronor. "
         "Differensen har utretts och rutinen för dagsavslut har skärpts.", "GENOMFORD", "ja"),
        ("Föreningsbidrag – redovisning har inkommit före utbetalning:",
         "Genomförd utan anmärkning. 20 av 20 granskade utbetalningar hade fullständig redovisning.",
         "GENOMFORD", "nej"),
        ("Uthyrning av lokaler – fakturering av bokade tider:",
         "Delvis genomförd. Stickprov har gjorts för vårterminen utan avvikelser; höstterminen "
         "kontrolleras i januari 2026.", "DELVIS", "nej"),
        ("Inventering av utlånade instrument i kulturskolan:",
         "Ej genomförd. Kontrollen flyttas till 2026 då inventariesystemet byts ut.",
         "EJ_GENOMFORD", ""),
        ("Registerutdrag för ledare i lovverksamhet:",
         "Genomförd med anmärkning – två ledare hade inte visat upp utdrag ur belastningsregistret vid "
         "sommarlovets start. Utdragen inhämtades i efterhand och rutinen har förtydligats.",
         "GENOMFORD", "ja"),
        ("Avtalstrohet vid inköp av förbrukningsmaterial:",
         "Ej aktuell 2025 – ersatt av kommungemensam kontroll under kommunstyrelsen.", "UTGAR", ""),
        ("Skyddsronder på fritidsgårdarna:", "", "SAKNAS", ""),
    ]
    rows = []
    for label, rest, st, av in ctl:
        lead(label, rest)
        rows.append((label.rstrip(":"), st, av))
    p("Ekholma den 20 januari 2026")
    p("Anna Berg, förvaltningschef")
    doc.save(fil)
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))
    exp(fil, "Kultur- och fritidsnämnden", rows)


# ---------------------------------------------------------------------------
# 3. Barn- och utbildningsnämnden - TOC field, headings per process, bullets
# ---------------------------------------------------------------------------
def _fld(par, kind):
    r = par.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), kind)
    r._r.append(fc)


def _instr(par, text):
    r = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = text
    r._r.append(it)


def file_bun():
    fil = "BUN internkontroll uppföljning 2025.docx"
    d = Document()
    d.add_heading("Uppföljning av intern kontroll 2025", 0)
    d.add_paragraph("Barn- och utbildningsnämnden – helårsuppföljning")
    d.add_paragraph("Barn- och utbildningsförvaltningen, januari 2026")

    toc = [("1 Inledning", "2"), ("2 Uppföljning per process", "2"), ("2.1 Ekonomiprocessen", "2"),
           ("2.2 Elevhälsa och dokumentation", "3"), ("2.3 Personal", "3"), ("2.4 Skolskjuts", "4"),
           ("3 Sammanfattande bedömning", "4")]
    d.add_paragraph("Innehåll").runs[0].bold = True
    for i, (t, pg) in enumerate(toc):
        par = d.add_paragraph()
        par.paragraph_format.tab_stops.add_tab_stop(Pt(440), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if i == 0:
            _fld(par, "begin")
            _instr(par, ' TOC \\o "1-3" \\h \\z \\u ')
            _fld(par, "separate")
        if t.count(".") == 1:
            par.paragraph_format.left_indent = Pt(14)
        par.add_run(f"{t}\t{pg}")
        if i == len(toc) - 1:
            _fld(par, "end")
    d.add_page_break()

    d.add_heading("1 Inledning", 1)
    d.add_paragraph(
        "Barn- och utbildningsnämnden antog internkontrollplanen för 2025 i februari. Planen omfattar nio "
        "kontrollmoment fördelade på fyra processer. Uppföljningen redovisas per process nedan med "
        "status och kommentar för varje kontroll.")

    d.add_heading("2 Uppföljning per process", 1)
    procs = [
        ("2.1 Ekonomiprocessen", [
            ("Attest av leverantörsfakturor enligt attestordningen", "Genomförd utan avvikelser.",
             "GENOMFORD", "nej"),
            ("Uppföljning av avgifter för förskola och fritidshem (maxtaxa)",
             "Genomförd. Stickprov på 30 hushåll visade två felaktiga inkomstuppgifter som har "
             "korrigerats och debiterats retroaktivt.", "GENOMFORD", "ja"),
        ]),
        ("2.2 Elevhälsa och dokumentation", [
            ("Dokumentation i elevhälsans journalsystem enligt patientdatalagen",
             "Delvis genomförd; granskning gjord på fyra av sju skolor. Inga brister på de granskade "
             "skolorna.", "DELVIS", "nej"),
            ("Anmälan av kränkande behandling till huvudman inom fem arbetsdagar",
             "Genomförd med anmärkning: 6 av 48 anmälningar gjordes senare än fem arbetsdagar.",
             "GENOMFORD", "ja"),
            ("Rutin för uppföljning av upprepad ogiltig frånvaro",
             "Ej genomförd. Rutinen revideras och kontrollen görs 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("2.3 Personal", [
            ("Utdrag ur belastningsregistret vid nyanställning",
             "Genomförd utan anmärkning.", "GENOMFORD", "nej"),
            ("Legitimation och behörighet för lärare vid tillsvidareanställning",
             "Pågår; resultatet redovisas för nämnden i februari 2026.", "DELVIS", ""),
        ]),
        ("2.4 Skolskjuts", [
            ("Beslut om skolskjuts fattas enligt gällande riktlinjer",
             "Utgår – ansvaret för skolskjuts flyttades till tekniska nämnden 2025-07-01.", "UTGAR", ""),
            ("Fakturakontroll mot körjournaler från skolskjutsentreprenören",
             "Se bilaga 3.", "OKLAR", ""),
        ]),
    ]
    rows = []
    for head, ctls in procs:
        d.add_heading(head, 2)
        for km, res, st, av in ctls:
            d.add_paragraph(f"{km} – {res}", style="List Bullet")
            rows.append((km, st, av))

    d.add_heading("3 Sammanfattande bedömning", 1)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen i allt väsentligt fungerar. Sex av nio "
        "kontroller har genomförts helt eller delvis. Följande förbättringsområden föreslås inför 2026:")
    d.add_paragraph("Tydligare rutin för anmälan av kränkande behandling under lov", style="List Bullet")
    d.add_paragraph("Gemensam mall för journalgranskning inom elevhälsan", style="List Bullet")
    d.add_paragraph("Maria Lund, skolchef")
    d.save(fil)
    FILES.append((fil, "INLAST", "Barn- och utbildningsnämnden", "2025", "HELAR"))
    exp(fil, "Barn- och utbildningsnämnden", rows)


# ---------------------------------------------------------------------------
# 4. Miljö- och byggnadsnämnden - e-mail, "- kontroll: status" lines
# ---------------------------------------------------------------------------
def file_mbn():
    fil = "SV Uppföljning internkontroll helår 2025.eml"
    ctl = [
        ("Handläggningstid för bygglov inom tio veckor",
         "Genomförd, 4 av 212 ärenden överskred tidsfristen och avgiften reducerades enligt PBL",
         "GENOMFORD", "ja"),
        ("Debitering av tillsynsavgifter enligt taxa", "Genomförd utan anmärkning", "GENOMFORD", "nej"),
        ("Jäv vid handläggning av ärenden", "Genomförd", "GENOMFORD", ""),
        ("Delegationsbeslut anmäls till nämnden", "Pågående, klart i februari", "DELVIS", ""),
        ("Arkivering av avslutade tillsynsärenden", "Ej påbörjad", "EJ_GENOMFORD", ""),
        ("Behörigheter i ärendesystemet Ecos", "Utgår (nytt system från 2026)", "UTGAR", ""),
        ("Uttag av miljösanktionsavgifter", "", "SAKNAS", ""),
    ]
    lines = []
    for km, st, _, _ in ctl:
        lines.append(f"- {km}: {st}".rstrip())
    text = (
        "Hej!\n\n"
        "Här kommer Miljö- och byggnadsnämndens uppföljning av internkontrollplanen för helåret 2025. "
        "Nämnden behandlade uppföljningen 2026-01-22, § 5.\n\n"
        + "\n".join(lines) +
        "\n\nHör av dig om något är oklart.\n\n"
        "Med vänlig hälsning\n"
        "Karin Sjöberg\n"
        "Nämndsekreterare, Miljö- och byggförvaltningen\n"
        "Ekholma kommun\n"
        "Tel 0456-12 34 56\n\n"
        "Från: Ekonomiavdelningen <ekonomi@ekholma.se>\n"
        "Skickat: den 8 december 2025 09:14\n"
        "Till: Nämndsekreterare <namndsekreterare@ekholma.se>\n"
        "Ämne: Uppföljning internkontroll helår 2025\n\n"
        "> Hej,\n"
        "> påminnelse om att helårsuppföljningen av internkontrollplanen ska vara ekonomiavdelningen "
        "tillhanda senast 31 januari 2026.\n"
        "> Skicka gärna som en lista med en rad per kontroll, t.ex. \"- kontroll: status\".\n"
        "> /Ekonomiavdelningen\n"
    )
    html_items = "".join(f"<li>{km}: {st}</li>" for km, st, _, _ in ctl)
    html = ("<html><body><p>Hej!</p><p>Här kommer Miljö- och byggnadsnämndens uppföljning av "
            "internkontrollplanen för helåret 2025. Nämnden behandlade uppföljningen 2026-01-22, § 5.</p>"
            f"<ul>{html_items}</ul>"
            "<p>Hör av dig om något är oklart.</p>"
            "<p>Med vänlig hälsning<br>Karin Sjöberg<br>Nämndsekreterare, Miljö- och byggförvaltningen"
            "<br>Ekholma kommun<br>Tel 0456-12 34 56</p></body></html>")
    m = EmailMessage()
    m["From"] = "Karin Sjöberg <karin.sjoberg@ekholma.se>"
    m["To"] = "Ekonomiavdelningen <ekonomi@ekholma.se>"
    m["Subject"] = "SV: Uppföljning internkontroll helår 2025"
    m["Date"] = format_datetime(datetime.datetime(2026, 1, 23, 14, 2, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
    m["Message-ID"] = "<20260123140200.4711@ekholma.se>"
    m.set_content(text, charset="utf-8", cte="quoted-printable")
    m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    m.set_boundary("=_ekholma_r619_boundary")
    with open(fil, "wb") as f:
        f.write(bytes(m))
    FILES.append((fil, "INLAST", "Miljö- och byggnadsnämnden", "2025", "HELAR"))
    exp(fil, "Miljö- och byggnadsnämnden", [(k, s, a) for k, _, s, a in ctl])


# ---------------------------------------------------------------------------
# 5. Socialnämnden - summary table (counts per status) + prose per control
# ---------------------------------------------------------------------------
def file_sn():
    fil = "Socialnämnden uppföljning internkontroll 2025.docx"
    d = Document()
    d.add_heading("Socialnämnden", 0)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – helår")
    d.add_paragraph("Socialförvaltningen, Ekholma kommun. Dnr SN 2025/0207")
    d.add_heading("Sammanfattning", 1)
    d.add_paragraph("Tabellen visar antal kontrollmoment per status vid årets slut.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Status", "Antal kontroller", "Varav med avvikelse"]):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for r in [("Genomförd", "5", "2"), ("Delvis genomförd", "2", "1"), ("Ej genomförd", "1", "–"),
              ("Utgår", "1", "–"), ("Totalt", "9", "3")]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_paragraph("")
    d.add_heading("Resultat per kontrollmoment", 1)
    ctl = [
        ("Utbetalning av ekonomiskt bistånd sker enligt beslut", "Genomförd",
         "Ett urval om 50 utbetalningar har jämförts med beslut i verksamhetssystemet. I två fall "
         "avvek utbetalt belopp från beslutet; felen har rättats och återkrav har skickats.",
         "GENOMFORD", "ja"),
        ("Handläggningstid för ansökan om ekonomiskt bistånd", "Genomförd",
         "Samtliga granskade ansökningar hade beslutats inom tio arbetsdagar. Inga avvikelser.",
         "GENOMFORD", "nej"),
        ("Förhandsbedömning av orosanmälningar inom 14 dagar", "Genomförd med avvikelse",
         "11 procent av förhandsbedömningarna under året avslutades senare än 14 dagar. Orsaken är "
         "främst hög ärendebelastning under sommaren. Bemanningen har förstärkts.",
         "GENOMFORD", "ja"),
        ("Uppföljning av vårdplaner för placerade barn och unga", "Delvis genomförd",
         "Placeringar enligt LVU har granskats; SoL-placeringarna återstår. Av 18 granskade akter "
         "saknade tre en aktuell vårdplan.",
         "DELVIS", "ja"),
        ("Avtal och fakturor för externa placeringar (HVB och familjehem)", "Genomförd",
         "Samtliga fakturor från externa utförare under oktober har stämts av mot avtal och beslut. "
         "Kontrollen föranleder ingen anmärkning.",
         "GENOMFORD", "nej"),
        ("Hantering av klienters kontanta medel", "Delvis genomförd",
         "Kontrollen har genomförts på boendestödet men inte på stödboendet Ekbacken. Inga "
         "differenser konstaterades.",
         "DELVIS", "nej"),
        ("Loggkontroll i verksamhetssystemet", "Ej genomförd",
         "Loggfunktionen har inte varit tillgänglig efter uppgraderingen i augusti. Kontrollen "
         "genomförs när leverantören åtgärdat felet.",
         "EJ_GENOMFORD", ""),
        ("Synpunkter och klagomål besvaras inom tre veckor", "Utgår",
         "Kontrollen ingår från och med 2025 i förvaltningens kvalitetsledningssystem och följs upp "
         "i kvalitetsberättelsen.",
         "UTGAR", ""),
        ("Rapporter enligt lex Sarah utreds och vid behov anmäls till IVO", "Genomförd",
         "Samtliga sju rapporter har utretts. Två har anmälts till IVO. Handläggningen bedöms ha "
         "följt rutinen utan brister.",
         "GENOMFORD", "nej"),
    ]
    rows = []
    for km, st_txt, res, st, av in ctl:
        d.add_heading(km, 2)
        p = d.add_paragraph()
        p.add_run("Bedömning: ").bold = True
        p.add_run(st_txt)
        d.add_paragraph(res)
        rows.append((km, st, av))
    d.add_paragraph("Förslag till beslut: Socialnämnden godkänner uppföljningen av internkontrollplan 2025.")
    d.save(fil)
    FILES.append((fil, "INLAST", "Socialnämnden", "2025", "HELAR"))
    exp(fil, "Socialnämnden", rows)


# ---------------------------------------------------------------------------
# 6. Plain .txt (cp1252, CRLF) - Tekniska nämnden + Ekholma Vatten AB
# ---------------------------------------------------------------------------
def file_tn():
    fil = "tekniska_ik_helar2025.txt"
    tn = [
        ("Attest av leverantörsfakturor enligt attestordningen", "Genomförd",
         "Stickprov 30 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
        ("Avtalsuppföljning vinterväghållning", "Genomförd med avvikelse",
         "Entreprenören fakturerade plogning på två vägsträckor som inte ingår i avtalet. "
         "Kreditering begärd.", "GENOMFORD", "ja"),
        ("Körjournaler för kommunens fordon", "Delvis genomförd",
         "Personbilarna kontrollerade, arbetsmaskiner återstår.", "DELVIS", ""),
        ("Felanmälningar gata/park åtgärdas inom utlovad tid", "Ej genomförd",
         "Ny modul i felanmälningssystemet försenad, kontroll flyttad till 2026.", "EJ_GENOMFORD", ""),
        ("Debitering av markupplåtelser", "",
         "Kontrollen genomfördes i november. Samtliga 64 upplåtelser var fakturerade enligt taxa.",
         "GENOMFORD", "nej"),
        ("Nyckel- och passerkort till förråd", "Utgår",
         "Ersätts av nytt passagesystem 2026.", "UTGAR", ""),
    ]
    va = [
        ("Debitering av VA-avgifter mot avläst mätarställning", "Genomförd med anmärkning",
         "12 abonnenter debiterades på schablon trots inskickad avläsning. Rättat i december.",
         "GENOMFORD", "ja"),
        ("Provtagning av dricksvatten enligt kontrollprogram", "Genomförd",
         "Alla prover tagna enligt program. Inga otjänliga prover.", "GENOMFORD", "nej"),
        ("Behörigheter i driftövervakningssystemet", "Delvis genomförd",
         "Genomgång gjord för Ekholma vattenverk, avloppsreningsverket återstår.", "DELVIS", ""),
        ("Upphandling av ramavtal för ledningsarbeten", "Ej aktuell 2025",
         "Upphandlingen sköts upp till 2026 genom styrelsebeslut.", "UTGAR", ""),
    ]
    L = []
    L.append("EKHOLMA KOMMUN")
    L.append("Tekniska förvaltningen")
    L.append("")
    L.append("UPPFÖLJNING INTERN KONTROLL 2025 - HELÅR")
    L.append("Avser Tekniska nämnden samt Ekholma Vatten AB (förvaltningen sköter bolagets interna")
    L.append("kontroll enligt uppdragsavtal).")
    L.append("Upprättad 2026-01-15 av Per Holm, controller")
    L.append("")
    L.append("=" * 70)
    L.append("TEKNISKA NÄMNDEN")
    L.append("=" * 70)
    for i, (km, st, kom, _, _) in enumerate(tn, 1):
        L.append(f"{i}. {km}")
        L.append(f"   Status:    {st}".rstrip())
        L.append(f"   Kommentar: {kom}")
        L.append("")
    L.append("=" * 70)
    L.append("EKHOLMA VATTEN AB")
    L.append("=" * 70)
    for i, (km, st, kom, _, _) in enumerate(va, 1):
        L.append(f"{i}. {km}")
        L.append(f"   Status:    {st}")
        L.append(f"   Kommentar: {kom}")
        L.append("")
    L.append("-" * 70)
    L.append("Sammanfattning: 10 kontroller, varav 5 genomförda, 2 delvis, 1 ej genomförd och 2 utgår.")
    with open(fil, "wb") as f:
        f.write(("\r\n".join(L) + "\r\n").encode("cp1252"))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Ekholma Vatten AB", "2025", "HELAR"))
    exp(fil, "Tekniska nämnden", [(k, s, a) for k, _, _, s, a in tn])
    exp(fil, "Ekholma Vatten AB", [(k, s, a) for k, _, _, s, a in va])


# ---------------------------------------------------------------------------
# 7. Vård- och omsorgsnämnden - tjänsteskrivelse, Delår:/Helår: lines, saved as .doc
# ---------------------------------------------------------------------------
def file_von():
    base = "Tjänsteskrivelse uppföljning IKP 2025 VOF"
    fil = base + ".doc"
    d = Document()
    d.sections[0].header.paragraphs[0].text = "EKHOLMA KOMMUN\tTJÄNSTESKRIVELSE\t2026-01-19"
    d.add_paragraph("Vård- och omsorgsförvaltningen")
    d.add_paragraph("Dnr VON 2025/0088")
    d.add_paragraph("Till Vård- och omsorgsnämnden")
    d.add_heading("Uppföljning av internkontrollplan 2025", 1)
    d.add_heading("Sammanfattning av ärendet", 2)
    d.add_paragraph(
        "Nämnden ska enligt reglementet för intern kontroll årligen följa upp sin internkontrollplan. "
        "Förvaltningen redovisade delårsuppföljningen till nämnden i september. Här redovisas "
        "resultatet för hela året. För varje kontroll anges både delårets och helårets resultat.")
    d.add_heading("Redovisning", 2)
    ctl = [
        ("Läkemedelshantering sker enligt delegeringsbeslut",
         "Påbörjad.",
         "Genomförd. Två enheter saknade aktuella delegeringar för nyanställd personal; åtgärdat i oktober.",
         "GENOMFORD", "ja"),
        ("Debitering av omsorgsavgifter enligt beslut",
         "Genomförd utan anmärkning.",
         "Genomförd utan anmärkning.",
         "GENOMFORD", "nej"),
        ("Genomförandeplaner upprättas inom 14 dagar efter beslut",
         "Ej påbörjad.",
         "Delvis genomförd. Hemtjänsten är granskad och 8 procent av planerna upprättades för sent; "
         "särskilt boende återstår.",
         "DELVIS", "ja"),
        ("Hantering av brukares privata medel på särskilt boende",
         "Genomförd. Inga avvikelser vid inventering av kassorna på Solgården och Lövhagen.",
         None,
         "GENOMFORD", "nej"),
        ("Test av larmkedjan för trygghetslarm",
         "Pågår.",
         "Ej genomförd. Flyttas till 2026 på grund av byte av larmleverantör.",
         "EJ_GENOMFORD", ""),
        ("Kontroll av anmälda bisysslor",
         "–",
         "Utgår enligt beslut i nämnden 2025-09-17, § 112.",
         "UTGAR", ""),
    ]
    rows = []
    for i, (km, dl, hl, st, av) in enumerate(ctl, 1):
        p = d.add_paragraph()
        p.add_run(f"{i}. {km}").bold = True
        d.add_paragraph(f"Delår: {dl}")
        if hl is not None:
            d.add_paragraph(f"Helår: {hl}")
        rows.append((km, st, av))
    d.add_heading("Förslag till beslut", 2)
    d.add_paragraph("Vård- och omsorgsnämnden godkänner uppföljningen av internkontrollplan 2025.")
    d.add_paragraph("Lena Ekström, förvaltningschef")
    tmp = base + ".tmp.docx"
    d.save(tmp)
    subprocess.run(["soffice", "--headless", LO_PROFILE, "--convert-to", "doc:MS Word 97",
                    "--outdir", HERE, tmp], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.replace(base + ".tmp.doc", fil)
    os.remove(tmp)
    FILES.append((fil, "INLAST", "Vård- och omsorgsnämnden", "2025", "HELAR"))
    exp(fil, "Vård- och omsorgsnämnden", rows)


# ---------------------------------------------------------------------------
# 8. Reject: meeting agenda (kallelse/dagordning) for KFN
# ---------------------------------------------------------------------------
def file_agenda():
    fil = "Kallelse och dagordning KFN 2026-01-28.docx"
    d = Document()
    d.add_paragraph("Ekholma kommun").runs[0].bold = True
    d.add_heading("Kallelse", 0)
    d.add_paragraph("Kultur- och fritidsnämnden kallas till sammanträde")
    d.add_paragraph("Tid: onsdag 28 januari 2026 kl. 13.00\nPlats: Sammanträdesrum Ekan, kommunhuset")
    d.add_heading("Dagordning", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr", "Ärende", "Dnr", "Föredragande"]):
        c.text = h
    items = [
        ("1", "Val av justerare", "", "Ordförande"),
        ("2", "Godkännande av dagordning", "", "Ordförande"),
        ("3", "Förvaltningschefen informerar", "", "Anna Berg"),
        ("4", "Bokslut och verksamhetsberättelse 2025", "KFN 2026/0009", "Jonas Ek"),
        ("5", "Uppföljning av internkontrollplan 2025, helår", "KFN 2025/0114", "Jonas Ek"),
        ("6", "Internkontrollplan 2026", "KFN 2025/0201", "Jonas Ek"),
        ("7", "Föreningsbidrag 2026 – fördelning", "KFN 2025/0188", "Sara Ny"),
        ("8", "Delegationsbeslut att anmäla", "", ""),
        ("9", "Meddelanden", "", ""),
    ]
    for r in items:
        for c, v in zip(t.add_row().cells, r):
            c.text = v
    d.add_paragraph("")
    d.add_paragraph("Förhinder anmäls till nämndsekreteraren senast dagen före sammanträdet.")
    d.add_paragraph("Göran Alm, ordförande\t\tLisa Wik, sekreterare")
    d.save(fil)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOF"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Ekholma Vatten AB", "EVAB|Ekholma Vatten"),
        ("Valnämnden", "VN"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    for pat in ("*.docx", "*.doc", "*.odt", "*.eml", "*.txt", "files.csv", "expected.csv", "namnder.csv"):
        for x in glob.glob(pat):
            os.remove(x)
    file_ks()
    file_kfn()
    file_bun()
    file_mbn()
    file_sn()
    file_tn()
    file_von()
    file_agenda()
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "controls")
