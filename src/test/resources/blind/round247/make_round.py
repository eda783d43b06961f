#!/usr/bin/env python3
"""Blind round 247 - Tallåsens kommun, helår 2025.
Theme: Word reports with one table per process. Builds all files + CSVs deterministically."""
import os, csv, subprocess, shutil, tempfile, zipfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
YEAR = 2025
LO_PROFILE = "file:///tmp/lo-round247"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

# ---------------------------------------------------------------- helpers
def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    d.core_properties.author = "Tallåsens kommun"
    return d

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)

def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)

def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold

def table(doc, header, rows, style="Table Grid", repeat=False, header_fill=None, widths=None):
    n = len(header) if header else len(rows[0])
    t = doc.add_table(rows=0, cols=n)
    t.style = style
    if header:
        r = t.add_row()
        for i, h in enumerate(header):
            set_cell(r.cells[i], h, bold=True)
            if header_fill:
                shade(r.cells[i], header_fill)
        if repeat:
            repeat_header(r)
    for row in rows:
        r = t.add_row()
        for i, v in enumerate(row):
            set_cell(r.cells[i], v)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t

def no_borders(t):
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, " ".join(km.split()), status, avv))

# ---------------------------------------------------------------- 1 KS
def f1_ks():
    fil = "KS uppföljning internkontrollplan helår 2025.docx"
    N = "Kommunstyrelsen"
    d = new_doc()
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", 0)
    d.add_paragraph("Kommunstyrelsen\nKommunledningsförvaltningen\nDnr KS 2025/0412")
    d.add_heading("1 Inledning", 1)
    d.add_paragraph("Kommunstyrelsen antog internkontrollplanen för 2025 den 11 december 2024 (§ 231). "
                    "I denna rapport redovisas helårsuppföljningen av samtliga kontrollmoment. "
                    "Kontrollerna har genomförts av respektive kontrollansvarig och sammanställts av ekonomiavdelningen.")
    d.add_heading("2 Sammanfattande bedömning", 1)
    d.add_paragraph("Den interna kontrollen bedöms som tillräcklig. Av nio kontrollmoment har sex genomförts, "
                    "varav tre med noterade avvikelser. Ett kontrollmoment är delvis genomfört, ett har inte genomförts "
                    "och ett har utgått efter beslut.")
    d.add_heading("3 Redovisning per process", 1)
    H = ["Kontrollmoment", "Kontrollmetod", "Frekvens", "Ansvarig", "Status", "Kommentar"]
    data = {
        "3.1 Ekonomi": [
            ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor", "Tertialvis", "Ekonomichef", "Genomförd", "Inga avvikelser noterade.", "GENOMFORD", "nej"),
            ("Kontroll av att representation redovisas med syfte och deltagare", "Stickprov 20 verifikat", "Helår", "Redovisningsansvarig", "Genomförd med anmärkning", "4 av 20 verifikat saknade deltagarförteckning. Påminnelse har skickats till samtliga chefer.", "GENOMFORD", "ja"),
            ("Avstämning av balanskonton vid månadsbokslut", "Genomgång av avstämningar", "Månadsvis", "Redovisningsekonom", "Genomförd", "Samtliga konton avstämda utan differenser.", "GENOMFORD", "nej"),
        ],
        "3.2 Personal": [
            ("Löneutbetalningar till nyanställda överensstämmer med anställningsavtal", "Stickprov 15 anställningar", "Halvår", "HR-chef", "Delvis genomförd", "Första halvåret kontrollerat utan fel. Andra halvåret kontrolleras i februari 2026.", "DELVIS", "nej"),
            ("Rehabiliteringsärenden dokumenteras i Adato", "Registerkontroll", "Helår", "HR-specialist", "Ej genomförd", "Kontrollen har skjutits upp på grund av byte av HR-system.", "EJ_GENOMFORD", ""),
            ("Bisysslor har anmälts och prövats av närmaste chef", "Enkät till chefer", "Helår", "HR-chef", "Genomförd", "Två anmälda bisysslor var inte prövade. Har nu hanterats.", "GENOMFORD", "ja"),
        ],
        "3.3 IT och informationssäkerhet": [
            ("Behörigheter i ekonomisystemet Raindance tas bort vid avslutad anställning", "Jämförelse mot personalregister", "Tertialvis", "Systemförvaltare", "Genomförd", "Tre konton var aktiva efter avslutad anställning. Kontona har stängts.", "GENOMFORD", "ja"),
            ("Test av återläsning av säkerhetskopior", "Test", "Helår", "IT-chef", "Utgår", "Utgår enligt beslut KS 2025-05-14 § 88. Hanteras av gemensam IT-nämnd.", "UTGAR", ""),
        ],
        "3.4 Upphandling": [
            ("Direktupphandlingar över 100 000 kr dokumenteras", "Stickprov 10 direktupphandlingar", "Helår", "Upphandlingschef", "Genomförd", "Samtliga granskade direktupphandlingar var dokumenterade.", "GENOMFORD", "nej"),
        ],
    }
    for head, rows in data.items():
        d.add_heading(head, 2)
        table(d, H, [r[:6] for r in rows], repeat=True, header_fill="D9E2F3", widths=[5, 3, 2, 2.5, 2.5, 5])
        d.add_paragraph("")
        for r in rows:
            exp(fil, N, r[0], r[6], r[7])
    d.add_heading("4 Sammanställning", 1)
    table(d, ["Status", "Antal"], [("Genomförd", "6"), ("Delvis genomförd", "1"), ("Ej genomförd", "1"), ("Utgår", "1"), ("Totalt", "9")])
    d.add_paragraph("")
    d.add_paragraph("Förslag till beslut: Kommunstyrelsen godkänner uppföljningen av internkontrollplan 2025.")
    sig = table(d, None, [("Tallåsen 2026-01-28", ""), ("Anna Lindqvist\nKommundirektör", "Johan Berg\nEkonomichef")], style=None)
    no_borders(sig)
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))

# ---------------------------------------------------------------- 2 BUN
def f2_bun():
    fil = "BUN_VB2025_bilaga4_intern_kontroll.docx"
    N = "Barn- och utbildningsnämnden"
    d = new_doc()
    p = d.add_paragraph()
    r = p.add_run("Verksamhetsberättelse 2025\nBarn- och utbildningsnämnden"); r.bold = True; r.font.size = Pt(14)
    d.add_heading("Bilaga 4. Uppföljning av intern kontroll", 1)
    d.add_paragraph("Nämnden har under 2025 följt upp åtta kontrollmoment fördelade på fyra processer. "
                    "Tabellerna nedan har kolumnerna Kontrollmoment, Kontrollansvarig, Resultat och Status.")
    d.add_paragraph("Teckenförklaring status:  ● = Genomförd   ◐ = Delvis genomförd   ○ = Ej genomförd   X = Utgår/ej aktuell")
    data = [
        ("Process: Ekonomi", True, [
            ("Avgifter för fritidshem debiteras enligt taxa", "Ekonom BUF", "Stickprov 25 hushåll. 2 felaktiga debiteringar p.g.a. fel inkomstuppgift, rättade.", "●", "GENOMFORD", "ja"),
            ("Inköp sker från avtalade leverantörer (avtalstrohet)", "Controller", "Avtalstroheten uppgick till 87 %, målet 90 % nåddes inte. Information till rektorer om avtalskatalogen.", "●", "GENOMFORD", "ja"),
        ]),
        ("Process: Skolskjuts", False, [
            ("Beslut om skolskjuts fattas enligt delegationsordningen", "Skolskjutshandläggare", "Samtliga 40 granskade beslut var fattade av rätt delegat.", "●", "GENOMFORD", "nej"),
            ("Fakturor från skolskjutsentreprenör kontrolleras mot körda turer", "Skolskjutssamordnare", "Inga avvikelser under vårterminen. Kontroll av höstterminen pågår.", "◐", "DELVIS", "nej"),
        ]),
        ("Process: Elevhälsa", False, [
            ("Journalföring inom elevhälsans medicinska insats sker i Prorenata", "Verksamhetschef EMI", "Loggkontroll har inte kunnat göras på grund av vakant tjänst.", "○", "EJ_GENOMFORD", ""),
            ("Anmälan om kränkande behandling görs till huvudman inom 5 dagar", "Rektorer", "60 ärenden följdes upp, 11 anmäldes senare än 5 dagar.", "●", "GENOMFORD", "ja"),
        ]),
        ("Process: Systematiskt kvalitetsarbete", False, [
            ("Rutin vid hög elevfrånvaro följs", "Skolchef", "", "", "SAKNAS", ""),
            ("Utdrag ur belastningsregistret kontrolleras vid nyanställning", "HR-konsult", "Ej aktuell 2025, flyttad till kommunstyrelsens plan.", "X", "UTGAR", ""),
        ]),
    ]
    for head, hdr, rows in data:
        d.add_heading(head, 2)
        table(d, ["Kontrollmoment", "Kontrollansvarig", "Resultat", "Status"] if hdr else None,
              [r[:4] for r in rows], header_fill="E2EFD9" if hdr else None, widths=[5.5, 3, 6.5, 1.5])
        for r in rows:
            exp(fil, N, r[0], r[4], r[5])
    d.add_heading("Sammanfattning", 2)
    d.add_paragraph("Av åtta kontrollmoment har fyra genomförts, ett delvis, ett har inte genomförts och ett har utgått. "
                    "För rutinen vid hög elevfrånvaro har ingen rapportering inkommit.")
    d.add_paragraph("Lena Åberg\nFörvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))

# ---------------------------------------------------------------- 3 SN (two-column table per control)
def f3_sn():
    fil = "Socialnämnden IK helårsuppföljning 2025.docx"
    N = "Socialnämnden"
    d = new_doc()
    d.add_heading("Socialnämnden", 0)
    d.add_paragraph("Helårsuppföljning av internkontrollplan 2025").runs[0].bold = True
    d.add_paragraph("Datum: 2026-02-03   Handläggare: Maria Ek, kvalitetsstrateg")
    d.add_heading("Inledning", 1)
    d.add_paragraph("Varje kontrollmoment redovisas nedan i en egen tabell. Resultat och status avser helåret 2025. "
                    "Avvikelser och åtgärder beskrivs i respektive tabell.")
    ctrls = [
        ("Område: Ekonomi", [
            ("1", "Utbetalning av ekonomiskt bistånd sker enligt beslut", "Felaktiga utbetalningar", "Stickprov 40 utbetalningar", "Enhetschef försörjningsstöd",
             "En dubbelutbetalning upptäcktes och har återkrävts.", "Genomförd med avvikelse", "Rutin för kontroll före utbetalning skärps.", "GENOMFORD", "ja"),
            ("2", "Återsökning av statsbidrag för ensamkommande görs i tid", "Utebliven intäkt", "Genomgång av ansökningar", "Controller",
             "Se bilaga 2.", "", "", "OKLAR", ""),
        ]),
        ("Område: Myndighetsutövning", [
            ("3", "Utredningstid för barnavårdsutredningar överstiger inte 4 månader", "Lagkrav ej uppfylls", "Registeruttag ur verksamhetssystemet", "Enhetschef barn och unga",
             "Av 112 avslutade utredningar överskred 19 fyra månader.", "Genomförd", "Åtgärdsplan tas fram under kvartal 1 2026.", "GENOMFORD", "ja"),
            ("4", "Förhandsbedömning görs inom 14 dagar efter orosanmälan", "Barn far illa", "Stickprov 30 anmälningar", "Enhetschef mottagning",
             "Kontrollen påbörjades i november och slutförs under kvartal 1 2026.", "Pågår", "", "DELVIS", ""),
        ]),
        ("Område: Informationssäkerhet", [
            ("5", "Loggkontroll i verksamhetssystemet Lifecare", "Obehörig åtkomst till personuppgifter", "Slumpvis logguttag", "Systemförvaltare",
             "Ingen loggkontroll har genomförts under året.", "", "Ska genomföras 2026.", "EJ_GENOMFORD", ""),
            ("6", "Sekretessförbindelser finns undertecknade för all personal", "Sekretessbrott", "Kontroll mot anställningslista", "HR-partner",
             "Samtliga nyanställda har undertecknat sekretessförbindelse. Inga avvikelser.", "Genomförd", "–", "GENOMFORD", "nej"),
        ]),
        ("Område: Placeringar", [
            ("7", "Placeringar sker hos ramavtalade HVB-leverantörer", "Höga kostnader, bristande kvalitet", "Genomgång av placeringar", "Enhetschef placering",
             "Kontrollmomentet avbröts genom nämndens beslut 2025-06-18 § 74.", "Avbruten", "", "UTGAR", ""),
        ]),
    ]
    labels = ["Nr", "Kontrollmoment", "Risk", "Kontrollmetod", "Ansvarig", "Resultat", "Status", "Åtgärd"]
    for head, rows in ctrls:
        d.add_heading(head, 2)
        for r in rows:
            t = table(d, None, list(zip(labels, r[:8])), widths=[3.5, 12])
            for row in t.rows:
                shade(row.cells[0], "F2F2F2")
                row.cells[0].paragraphs[0].runs[0].bold = True
            d.add_paragraph("")
            exp(fil, N, r[1], r[8], r[9])
    d.add_heading("Sammanställning", 1)
    table(d, ["Utfall", "Antal kontrollmoment"], [("Genomförda", "3"), ("Pågående", "1"), ("Ej genomförda", "1"), ("Avbrutna", "1"), ("Redovisas i bilaga", "1"), ("Summa", "7")])
    d.add_paragraph("")
    d.add_paragraph("Bilaga 2: Statsbidrag ensamkommande – sammanställning (separat dokument)")
    d.add_paragraph("Kerstin Holm\nSocialchef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))

# ---------------------------------------------------------------- 4 KFN (.odt, T2 + helår side by side)
def f4_kfn(tmp):
    fil = "KFN_uppfoljning_IKP_2025.odt"
    N = "Kultur- och fritidsnämnden"
    d = new_doc()
    d.add_heading("Kultur- och fritidsnämnden", 0)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – helår").runs[0].bold = True
    d.add_paragraph("Uppföljningen har gjorts vid två tillfällen: per tertial 2 (augusti) och vid helår. "
                    "Båda bedömningarna redovisas för att visa utvecklingen under året.")
    H = ["Kontrollmoment", "Ansvarig", "Status T2", "Status helår", "Kommentar"]
    data = [
        ("1 Föreningsbidrag", [
            ("Föreningsbidrag betalas ut enligt gällande bidragsregler", "Fritidskonsulent", "Delvis", "Genomförd", "Kontroll av 30 ansökningar, samtliga korrekta.", "GENOMFORD", "nej"),
            ("Redovisning av aktivitetsstöd kontrolleras mot närvarolistor", "Fritidskonsulent", "Genomförd", "Genomförd med anmärkning", "En förening redovisade sammankomster som inte ägt rum.\nBidraget har återkrävts.", "GENOMFORD", "ja"),
        ]),
        ("2 Bibliotek", [
            ("Kontantkassor på biblioteken stäms av månadsvis", "Bibliotekschef", "Genomförd", "", "", "GENOMFORD", ""),
            ("Inventering av mediebestånd vid huvudbiblioteket", "Bibliotekschef", "Ej påbörjad", "Påbörjad", "Inventeringen pågår och beräknas vara klar i mars 2026.", "DELVIS", ""),
        ]),
        ("3 Anläggningar", [
            ("Uthyrning av idrottshallar debiteras enligt taxa", "Bokningsansvarig", "Genomförd", "Genomförd", "Stickprov 20 bokningar, 2 var felaktigt debiterade (fel taxa).", "GENOMFORD", "ja"),
            ("Tillsyn av badplatsernas livräddningsutrustning", "Anläggningschef", "", "", "", "SAKNAS", ""),
        ]),
        ("4 Ekonomi", [
            ("Attest av fakturor inom kulturskolan", "Kulturskolechef", "Ej genomförd", "Ej genomförd", "Kontrollen har inte hunnits med.", "EJ_GENOMFORD", ""),
            ("Avtal med externa arrangörer undertecknas före evenemang", "Evenemangssamordnare", "–", "Utgår", "Ersatt av kommunstyrelsens kommungemensamma avtalskontroll.", "UTGAR", ""),
        ]),
    ]
    for head, rows in data:
        d.add_heading(head, 2)
        table(d, H, [r[:5] for r in rows], repeat=True, header_fill="FCE4D6", widths=[5, 3, 2.2, 2.8, 5.5])
        d.add_paragraph("")
        for r in rows:
            exp(fil, N, r[0], r[5], r[6])
    d.add_heading("Summering helår", 2)
    table(d, ["", "Antal"], [("Genomförda", "3"), ("Påbörjade", "1"), ("Ej genomförda", "1"), ("Utgått", "1"), ("Ej rapporterade", "2")])
    d.add_paragraph("")
    d.add_paragraph("Tallåsen 2026-01-20\nErik Sandström, kultur- och fritidschef")
    src = os.path.join(tmp, "KFN_uppfoljning_IKP_2025.docx")
    d.save(src)
    soffice(src, "odt", OUT)
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))

# ---------------------------------------------------------------- 5 VON (.doc, nämnd only in page header)
def f5_von(tmp):
    fil = "IK_uppf_helar_2025_slutlig.doc"
    N = "Vård- och omsorgsnämnden"
    d = new_doc()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Vård- och omsorgsnämnden\tTjänsteskrivelse\tDnr VON 2025/112"
    fp = sec.footer.paragraphs[0]
    fp.text = "Tallåsens kommun"
    d.add_heading("Uppföljning av intern kontroll, helår 2025", 1)
    d.add_paragraph("Ärendebeskrivning").runs[0].bold = True
    d.add_paragraph("Nämnden fastställde i december 2024 en internkontrollplan med nio kontrollmoment för 2025. "
                    "Förvaltningen redovisar här utfallet för helåret. Kolumnen ”Genomförd” anger om kontrollen har "
                    "utförts och kolumnen ”Avvikelse” om kontrollen visat på fel eller brister.")
    H = ["Nr", "Kontrollmoment", "Genomförd (ja/nej)", "Avvikelse (ja/nej)", "Kommentar"]
    data = [
        ("Process: Hemtjänst", [
            ("1.1", "Utförd tid i hemtjänst stäms av mot beviljad tid", "Ja", "Ja", "Avvikelse >10 % i 14 av 50 granskade ärenden. Åtgärdsplan upprättad.", "GENOMFORD", "ja"),
            ("1.2", "Genomförandeplaner upprättas inom 14 dagar från beslut", "Ja", "Nej", "", "GENOMFORD", "nej"),
        ]),
        ("Process: Särskilt boende", [
            ("2.1", "Brukares privata medel hanteras enligt rutin\n(kvittenser, två personer vid avstämning)", "Delvis", "Ja", "Kontrollerat på 3 av 5 boenden. Brister i kvittenser på ett boende.", "DELVIS", "ja"),
            ("2.2", "Avgiftsbeslut för boende uppdateras vid ändrade inkomster", "Nej", "", "Ej genomförd på grund av resursbrist på avgiftshandläggningen.", "EJ_GENOMFORD", ""),
        ]),
        ("Process: Läkemedelshantering", [
            ("3.1", "Läkemedelsgenomgångar genomförs årligen för boende i särskilt boende", "Ja", "Nej", "", "GENOMFORD", "nej"),
            ("3.2", "Kontroll av narkotikaklassade läkemedel (räkning av förråd)", "Ja", "Ja", "Differens vid två tillfällen. Avvikelserna är rapporterade till MAS.", "GENOMFORD", "ja"),
        ]),
        ("Process: Ekonomi", [
            ("4.1", "Attest av fakturor enligt attestordning", "Ja", "Nej", "", "GENOMFORD", "nej"),
            ("4.2", "Fakturering av hemtjänstavgifter görs varje månad", "Ej aktuell", "", "Avgiftsfaktureringen är överförd till kommunstyrelsen från 2025-03-01.", "UTGAR", ""),
            ("4.3", "Bemanningsföretag anlitas enbart via ramavtal", "Ja", "Ja", "Två inhyrningar utan avtal under sommaren.", "GENOMFORD", "ja"),
        ]),
    ]
    for head, rows in data:
        d.add_paragraph(head).runs[0].bold = True
        table(d, H, [r[:5] for r in rows], repeat=True, widths=[1.2, 6, 2.2, 2.2, 5.5])
        d.add_paragraph("")
        for r in rows:
            exp(fil, N, r[1], r[5], r[6])
    d.add_paragraph("Sammanställning").runs[0].bold = True
    table(d, ["Antal kontrollmoment", "Genomförda", "Delvis", "Ej genomförda", "Ej aktuella"], [("9", "6", "1", "1", "1")])
    d.add_paragraph("")
    d.add_paragraph("Förslag till beslut").runs[0].bold = True
    d.add_paragraph("Nämnden godkänner uppföljningen av intern kontroll för helår 2025 och överlämnar den till kommunstyrelsen.")
    d.add_paragraph("Per Holm\nFörvaltningschef")
    src = os.path.join(tmp, "IK_uppf_helar_2025_slutlig.docx")
    d.save(src)
    soffice(src, "doc:MS Word 97", OUT)
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))

# ---------------------------------------------------------------- 6 TN + MBN (codes with legend table)
def f6_tn_mbn():
    fil = "TN_MBN_gemensam_uppfoljning_intern_kontroll_2025.docx"
    d = new_doc()
    d.add_heading("Gemensam uppföljning av intern kontroll 2025", 0)
    d.add_paragraph("Tekniska nämnden och Miljö- och byggnadsnämnden – helårsrapport\n"
                    "Nämnderna betjänas av samma förvaltning och redovisar därför sin uppföljning i ett gemensamt dokument.")
    d.add_paragraph("Statuskoder").runs[0].bold = True
    table(d, ["Kod", "Betydelse"], [("G", "Genomförd utan avvikelse"), ("GA", "Genomförd, avvikelse noterad"),
                                     ("D", "Delvis genomförd"), ("E", "Ej genomförd"), ("U", "Utgår")], widths=[1.5, 6])
    d.add_paragraph("")
    d.add_heading("Del A – Tekniska nämnden", 1)
    HA = ["Id", "Kontrollmoment", "Metod", "Kod", "Kommentar"]
    A = [
        ("A.1 Gata och park", [
            ("A1", "Entreprenörers fakturor för vinterväghållning överensstämmer med avtal", "Stickprov 15 fakturor", "GA", "Felaktig timdebitering på tre fakturor, kreditering erhållen.", "GENOMFORD", "ja"),
            ("A2", "Schaktanmälningar handläggs och följs upp enligt rutin", "Genomgång av ärenden", "D", "Uppföljning gjord för ca 60 % av ärendena.", "DELVIS", ""),
        ]),
        ("A.2 Vatten och avlopp", [
            ("A3", "Avläsning av VA-mätare görs inför debitering", "Systemkontroll", "G", "Inga avvikelser.", "GENOMFORD", "nej"),
            ("A4", "Egenkontroll av dricksvattenanläggningar enligt kontrollprogram", "Provtagning", "G", "Samtliga prover utan anmärkning.", "GENOMFORD", "nej"),
        ]),
        ("A.3 Fastighet", [
            ("A5", "Inventering av lokaler som hyrs ut i andra hand", "Inventering", "E", "Ej påbörjad, prioriteras 2026.", "EJ_GENOMFORD", ""),
            ("A6", "Lagstadgade besiktningar (hiss, OVK) utförs i tid", "Registerkontroll", "G", "Två OVK-besiktningar var försenade, nu åtgärdade.", "GENOMFORD", "ja"),
        ]),
    ]
    N = "Tekniska nämnden"
    for head, rows in A:
        d.add_heading(head, 2)
        table(d, HA, [r[:5] for r in rows], header_fill="DDEBF7", widths=[1.2, 6, 3, 1.2, 5.5])
        for r in rows:
            exp(fil, N, r[1], r[5], r[6])
    d.add_paragraph("")
    d.add_paragraph("Summa Tekniska nämnden: G 3, GA 1, D 1, E 1, U 0")
    d.add_heading("Del B – Miljö- och byggnadsnämnden", 1)
    HB = ["Id", "Kontrollmoment", "Kod", "Kommentar"]
    B = [
        ("B.1 Bygglov", [
            ("B1", "Bygglov beslutas inom lagstadgad handläggningstid (10 veckor)", "GA", "8 av 210 ärenden överskred tiden, avgiften reducerades enligt PBL.", "GENOMFORD", "ja"),
            ("B2", "Avgifter för bygglov debiteras enligt taxa", "G", "", "GENOMFORD", "nej"),
        ]),
        ("B.2 Tillsyn", [
            ("B3", "Tillsynsplan för livsmedelskontroll följs", "D", "78 % av planerade kontroller genomförda.", "DELVIS", ""),
            ("B4", "Delegationsbeslut anmäls till nämnden", "U", "Ingår i kommungemensam kontroll 2025.", "UTGAR", ""),
            ("B5", "Miljösanktionsavgifter beslutas enligt miljöbalken", "", "", "SAKNAS", ""),
        ]),
    ]
    N = "Miljö- och byggnadsnämnden"
    for head, rows in B:
        d.add_heading(head, 2)
        table(d, HB, [r[:4] for r in rows], header_fill="DDEBF7", widths=[1.2, 7, 1.2, 7])
        for r in rows:
            exp(fil, N, r[1], r[4], r[5])
    d.add_paragraph("")
    d.add_paragraph("Summa Miljö- och byggnadsnämnden: G 1, GA 1, D 1, E 0, U 1")
    d.add_paragraph("Tallåsen den 30 januari 2026\n\nKarin Nyström\nSamhällsbyggnadschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", "Tekniska nämnden", YEAR, "HELAR"))
    FILES.append((fil, "INLAST", "Miljö- och byggnadsnämnden", YEAR, "HELAR"))

# ---------------------------------------------------------------- 7 SBN (traffic-light fills, caption row in table)
def f7_sbn():
    fil = "SBN VB 2025 avsnitt 6 intern kontroll.docx"
    N = "Samhällsbyggnadsnämnden"
    d = new_doc()
    d.add_paragraph("Samhällsbyggnadsnämnden – Verksamhetsberättelse 2025").runs[0].bold = True
    d.add_heading("6 Intern kontroll", 1)
    d.add_paragraph("Nämndens internkontrollplan för 2025 omfattar sex kontrollmoment inom tre processer. "
                    "Statuskolumnen visar bedömningen vid årets slut med färg: grönt = genomförd, gult = delvis genomförd, "
                    "rött = ej genomförd, grått = utgår.")
    G, Y, R, GR = "00B050", "FFC000", "FF0000", "BFBFBF"
    data = [
        ("Fysisk planering", [
            ("Planavgifter debiteras enligt plantaxa", "Stickprov 10 detaljplaner", "Samtliga planer korrekt debiterade.", G, "GENOMFORD", "nej"),
            ("Planbesked lämnas inom fyra månader", "Registeruttag", "3 av 14 planbesked lämnades efter fyra månader.", G, "GENOMFORD", "ja"),
        ]),
        ("Mark och exploatering", [
            ("Markförsäljning sker enligt riktlinjer och oberoende värdering", "Genomgång av köpeavtal", "Två av fyra avtal granskade.\nResterande granskas under 2026.", Y, "DELVIS", ""),
            ("Lantmäteriförrättningar debiteras enligt taxa", "Stickprov", "Verksamheten överförd till Lantmäteriet.", GR, "UTGAR", ""),
        ]),
        ("Bostadsanpassning och GIS", [
            ("Behörigheter i GIS-systemet ses över", "Jämförelse mot behörighetslista", "Har inte genomförts.", R, "EJ_GENOMFORD", ""),
            ("Bostadsanpassningsbidrag beviljas enligt lag", "Stickprov 20 ärenden", "Genomförd, inga avvikelser.", None, "GENOMFORD", "nej"),
        ]),
    ]
    H = ["Kontrollmoment", "Kontrollmetod", "Utfall/kommentar", "Status"]
    for proc, rows in data:
        d.add_paragraph("")
        t = d.add_table(rows=0, cols=4)
        t.style = "Table Grid"
        cap = t.add_row()
        m = cap.cells[0].merge(cap.cells[3])
        set_cell(m, "Process: " + proc, bold=True)
        shade(m, "1F4E79")
        m.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        hr = t.add_row()
        for i, h in enumerate(H):
            set_cell(hr.cells[i], h, bold=True)
        for r in rows:
            rr = t.add_row()
            for i, v in enumerate(r[:3]):
                set_cell(rr.cells[i], v)
            if r[3]:
                shade(rr.cells[3], r[3])
            exp(fil, N, r[0], r[4], r[5])
        for row in t.rows:
            for i, w in enumerate([5.5, 4, 6, 1.5]):
                row.cells[i].width = Cm(w)
    d.add_paragraph("")
    d.add_paragraph("Nämndens samlade bedömning är att den interna kontrollen har varit tillräcklig under 2025.")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, YEAR, "HELAR"))

# ---------------------------------------------------------------- 8 reject: covering letter
def f8_missiv():
    fil = "Missiv_intern_kontroll_2025_BUN.docx"
    d = new_doc()
    d.add_paragraph("Barn- och utbildningsförvaltningen\n2026-02-05")
    d.add_paragraph("Till: Ekonomiavdelningen, Kommunledningsförvaltningen")
    d.add_heading("Översändande av uppföljning av intern kontroll 2025", 1)
    d.add_paragraph("Härmed översänds Barn- och utbildningsnämndens uppföljning av internkontrollplan 2025, "
                    "som nämnden godkände vid sammanträdet 2026-01-29 § 9. Uppföljningen finns som bilaga 4 "
                    "till nämndens verksamhetsberättelse.")
    table(d, ["Bilaga", "Dokument"], [("1", "Protokollsutdrag BUN 2026-01-29 § 9"), ("2", "Verksamhetsberättelse 2025, bilaga 4")])
    d.add_paragraph("")
    d.add_paragraph("Med vänlig hälsning\nLena Åberg\nFörvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))

NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggnämnden"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarkansliet"),
    ("Valnämnden", "VN"),
]

def main():
    LIVE = {fn for fn in os.listdir(OUT) if fn not in ("make_round.py", "README.md")}
    for fn in LIVE:
        os.remove(os.path.join(OUT, fn))
    tmp = tempfile.mkdtemp(prefix="r247_")
    f1_ks(); f2_bun(); f3_sn(); f4_kfn(tmp); f5_von(tmp); f6_tn_mbn(); f7_sbn(); f8_missiv()
    shutil.rmtree(tmp)
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["nämnd", "alias"]); w.writerows(NAMNDER)
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXPECTED)

if __name__ == "__main__":
    main()
