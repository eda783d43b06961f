#!/usr/bin/python3
"""Round 40 - Hällsjö kommun, internkontroll helår 2025.
Small inland kommun, every nämnd types its follow-up by hand without a common template."""
import os, shutil, subprocess, tempfile

from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="r40build-")
LO = "file:///tmp/lo-round40"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wrap(ws):
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")


BOLD = Font(bold=True)

# ---------------------------------------------------------------------------
# 1. KS (Kommunledningskontoret) - xlsx, the delår table pasted above a helår copy
# ---------------------------------------------------------------------------
def ks():
    fil = "IK 2025 helår KLK.xlsx"
    nd = "Kommunstyrelsen"
    # text, hur, delår status, delår komm, helår status, helår komm, expected status, avv
    rows = [
        ("Attest av leverantörsfakturor – stickprov 20 fakturor per kvartal mot attestförteckningen",
         "Stickprov Q1-Q4", "påbörjad", "Q1 och Q2 klara",
         "Klar", "2 fakturor attesterade av person som inte fanns i attestförteckningen, åtgärdat",
         "GENOMFORD", "ja"),
        ("Delegationsbeslut anmäls till kommunstyrelsen enligt delegationsordningen",
         "Genomgång av protokoll", "ok", "",
         "Klar", "", "GENOMFORD", "nej"),
        ("Behörigheter i ekonomisystemet Raindance gås igenom mot aktuell personallista",
         "Lista från IT mot HR", "ej påb.", "",
         "delvis", "Ekonomi genomgånget, 3 aktiva konton för personer som slutat – spärrade. Lön kvar.",
         "DELVIS", "ja"),
        ("Representation och förtroendekänsliga poster – kontroll av syfte och deltagare på fakturan",
         "Stickprov 10 st", "ej påbörjad", "",
         "Ej gjord", "Hann inte, flyttas till plan 2026",
         "EJ_GENOMFORD", "nej"),
        ("Direktupphandlingar över 100 tkr dokumenteras enligt riktlinjen",
         "Uttag ur Raindance", "pågår", "",
         "klart", "Q4 inte kontrollerad ännu",
         "GENOMFORD", "nej"),
        ("Diarieföring av inkommande handlingar i kommunledningskontorets funktionsbrevlåda",
         "Stickprov", "—", "",
         "Utgår", "KS beslöt i juni att stryka kontrollen (KS § 88)",
         "UTGAR", "nej"),
        ("Uppföljning av att politiska beslut verkställs inom beslutad tid",
         "Beslutsuppföljningslistan", "ej påbörjad", "",
         "", "Genomgång gjord i november. Samtliga beslut 2025 verkställda i tid.",
         "GENOMFORD", "nej"),
        ("Löneutbetalningar – kontroll av nyanställda mot anställningsavtal i Personec",
         "Stickprov 15 nyanst.", "påbörjd", "",
         "Genomfört", "inga avvik.",
         "GENOMFORD", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    ws["A1"] = "Kommunledningskontoret"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll 2025"
    ws["A2"].font = BOLD
    r = 4
    ws.cell(r, 1, "DELÅR (per 31/8)").font = Font(bold=True, size=12)
    r += 1
    hdr = ["Kontroll", "Hur/stickprov", "Status", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        ws.cell(r, i, h).font = BOLD
    r += 1
    for t in rows:
        ws.cell(r, 1, t[0]); ws.cell(r, 2, t[1]); ws.cell(r, 3, t[2]); ws.cell(r, 4, t[3] or None)
        r += 1
    r += 2
    ws.cell(r, 1, "HELÅR 2025").font = Font(bold=True, size=12)
    r += 1
    for i, h in enumerate(hdr, 1):
        ws.cell(r, i, h).font = BOLD
    r += 1
    for t in rows:
        ws.cell(r, 1, t[0]); ws.cell(r, 2, t[1]); ws.cell(r, 3, t[4] or None); ws.cell(r, 4, t[5] or None)
        r += 1
    r += 1
    ws.cell(r, 1, "Sammanställt av ekonomienheten 2026-01-13 /M.L.")
    ws.column_dimensions["A"].width = 60
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 14
    ws.column_dimensions["D"].width = 55
    wrap(ws)
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))
    for t in rows:
        EXPECTED.append((fil, nd, t[0], t[6], t[7]))


# ---------------------------------------------------------------------------
# 2. BUN - docx, numbered paragraphs per control, no table
# ---------------------------------------------------------------------------
def bun():
    fil = "BUN uppföljning IK 2025.docx"
    nd = "Barn- och utbildningsnämnden"
    ctl = [
        ("Anmälan om kränkande behandling skickas till huvudmannen inom fem arbetsdagar",
         "Samtliga 40 anmälningar under året har gåtts igenom. 9 anmälningar kom till huvudmannen för sent, som mest tre veckor efter händelsen.",
         "Genomförd", "GENOMFORD", "ja"),
        ("Rektor följer upp upprepad ogiltig frånvaro enligt förvaltningens rutin",
         "Kontroll gjord på Norrskolan, Åsenskolan och Centralskolan – rutinen följs. Övriga två skolor kontrolleras våren 2026.",
         "Delvis genomförd (3 av 5 skolor)", "DELVIS", "nej"),
        ("Placering i förskola erbjuds inom fyra månader från ansökan",
         "Samtliga 112 placeringar erbjöds inom garantitiden.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Utdrag ur belastningsregistret visas innan anställning inom förskola och skola",
         "Stickprov 25 nyanställda. 2 personakter saknade notering om uppvisat utdrag.",
         "Genomförd – avvikelse", "GENOMFORD", "ja"),
        ("Skolskjutsbeslut fattas enligt gällande riktlinjer och delegationsordning",
         "Har inte hunnits med pga vakans på tjänsten som skolskjutshandläggare.",
         "Ej genomf.", "EJ_GENOMFORD", "nej"),
        ("Inventarieförteckningen för digitala elevenheter (Chromebooks och iPads) är uppdaterad",
         "",
         "Se bilaga 2", "OKLAR", "nej"),
        ("Modersmålsundervisning erbjuds alla elever som har rätt till det",
         "Kontrollen ströks ur planen efter beslut i BUN 2025-04-09 § 34.",
         "Utgår", "UTGAR", "nej"),
        ("Fakturor för interkommunal ersättning (IKE) stäms av mot elevregistret",
         "",
         "", "SAKNAS", "nej"),
    ]
    doc = Document()
    doc.core_properties.author = "Karin Sjöberg"
    doc.core_properties.title = "Uppföljning internkontroll"
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = doc.add_paragraph()
    p.add_run("Barn- och utbildningsnämnden").bold = True
    doc.add_heading("Helårsuppföljning av internkontrollplan 2025", level=1)
    doc.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 i december 2024 (BUN § 112). Nedan redovisas "
        "resultatet för respektive kontrollmoment. Kontrollerna har utförts av förvaltningens "
        "administrativa enhet i samarbete med rektorerna.")
    for i, (t, res, stat, _, _) in enumerate(ctl, 1):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.add_run(f"{i}. {t}").bold = True
        doc.add_paragraph("Resultat: " + res)
        doc.add_paragraph("Status: " + stat)
    doc.add_paragraph("")
    doc.add_paragraph("Hällsjö 2026-01-14")
    doc.add_paragraph("Karin Sjöberg, administrativ chef")
    doc.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))
    for t, _, _, s, a in ctl:
        EXPECTED.append((fil, nd, t, s, a))


# ---------------------------------------------------------------------------
# 3. Socialnämnden - ods, two small tables beside each other; helår only in file name
# ---------------------------------------------------------------------------
def soc():
    fil = "Soc IK helår 2025.ods"
    nd = "Socialnämnden"
    ifo = [
        ("Barnavårdsutredningar avslutas inom fyra månader (SoL 11 kap 2 §)", "ja",
         "7 utredningar över 4 mån, förlängningsbeslut saknades i 2", "GENOMFORD", "ja"),
        ("Ekonomiskt bistånd – beslut fattas enligt delegation, stickprov 15 akter", "ja",
         "inga fel", "GENOMFORD", "nej"),
        ("Orosanmälningar förhandsbedöms inom 14 dagar", "delvis",
         "gjort för jan–jun, resten i feb", "DELVIS", "nej"),
        ("Placeringar på HVB – avtal och fakturor stäms av mot beslut", "", "", "SAKNAS", "nej"),
    ]
    vo = [
        ("Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut i hemtjänsten", "klar",
         "13 av 20 i tid", "GENOMFORD", "ja"),
        ("LSS – beslut om personlig assistans verkställs inom tre månader", "Ej påbörjad", "",
         "EJ_GENOMFORD", "nej"),
        ("Lex Sarah-rapporter utreds och dokumenteras enligt rutin", "Klar", "",
         "GENOMFORD", "nej"),
        ("Läkemedelshantering – signeringslistor kontrolleras på särskilt boende", "påbörjad",
         "Björkgården klar, Solbacken kvar", "DELVIS", "nej"),
        ("Avgifter för hemtjänst debiteras enligt beslut och taxa", "osäkert",
         "nytt avgiftssystem fr okt", "OKLAR", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Socialnämnden – internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "IFO"
    ws["E3"] = "Vård och omsorg / LSS"
    ws["A3"].font = BOLD
    ws["E3"].font = BOLD
    for i, h in enumerate(["Kontroll", "Klart?", "Anm."]):
        ws.cell(4, 1 + i, h).font = BOLD
    for i, h in enumerate(["Kontroll", "Status", "Kommentar"]):
        ws.cell(4, 5 + i, h).font = BOLD
    for j, t in enumerate(ifo):
        ws.cell(5 + j, 1, t[0]); ws.cell(5 + j, 2, t[1] or None); ws.cell(5 + j, 3, t[2] or None)
    for j, t in enumerate(vo):
        ws.cell(5 + j, 5, t[0]); ws.cell(5 + j, 6, t[1] or None); ws.cell(5 + j, 7, t[2] or None)
    ws.cell(12, 1, "Uppgifter från enhetscheferna, sammanställt L. Nyström 2026-01-12")
    for col, w in zip("ABCDEFG", [45, 9, 30, 3, 45, 12, 30]):
        ws.column_dimensions[col].width = w
    wrap(ws)
    src = os.path.join(TMP, "Soc IK helår 2025.xlsx")
    wb.save(src)
    soffice(src, "ods", OUT)
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))
    for t in ifo + vo:
        EXPECTED.append((fil, nd, t[0], t[3], t[4]))


# ---------------------------------------------------------------------------
# 4. SBN - truncated xlsx (rejected) and the re-sent CSV (cp1252, ;) with J/N/D legend
# ---------------------------------------------------------------------------
SBN_ROWS = [
    ("1", "Bygglov handläggs inom tio veckor från komplett ansökan (PBL 9 kap 27 §)", "J", "Ja",
     "4 ärenden över 10 v, avgiften reducerad", "GENOMFORD", "ja"),
    ("2", "Tillsyn av enskilda avlopp enligt tillsynsplanen", "D", "Nej",
     "60 av 90 planerade besök", "DELVIS", "nej"),
    ("3", "Livsmedelskontroller utförs enligt fastställd kontrollplan", "J", "Nej", "",
     "GENOMFORD", "nej"),
    ("4", "Bygglovsavgifter debiteras enligt taxa – stickprov 10 ärenden", "J", "Ja",
     "1 ärende felaktigt debiterat, rättat", "GENOMFORD", "ja"),
    ("5", "Delegationsbeslut inom bygg och miljö anmäls till nämnden", "N", "Nej",
     "Ej hunnit pga sjukskrivning", "EJ_GENOMFORD", "nej"),
    ("6", "Nybyggnadskartor och lägeskontroller faktureras beställaren", "", "",
     "Utgår enl beslut SBN 2025-05-20 § 41", "UTGAR", "nej"),
    ("7", "Avslutade ärenden arkiveras i ärendesystemet Castor", "J", "Nej", "Klart",
     "GENOMFORD", "nej"),
]


def sbn():
    nd = "Samhällsbyggnadsnämnden"
    # broken xlsx: a real workbook cut off after a few kB (the e-mail attachment that did not open)
    fil_x = "SBN IK helår 2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Samhällsbyggnadsnämnden"
    ws["A2"] = "Internkontroll – uppföljning helår 2025"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Utfört (J/N/D)", "Avvikelse", "Kommentar"], 1):
        ws.cell(4, i, h)
    for j, t in enumerate(SBN_ROWS):
        for i in range(5):
            ws.cell(5 + j, 1 + i, t[i])
    full = os.path.join(TMP, fil_x)
    wb.save(full)
    data = open(full, "rb").read()
    with open(os.path.join(OUT, fil_x), "wb") as f:
        f.write(data[: len(data) * 2 // 5])
    FILES.append((fil_x, "AVVISAD", nd, "2025", "HELAR"))

    fil = "SBN IK helår 2025.csv"
    lines = ["Samhällsbyggnadsnämnden;;;;",
             "Internkontroll - uppföljning helår 2025;;;;",
             ";;;;",
             "Nr;Kontrollmoment;Utfört (J/N/D);Avvikelse;Kommentar"]
    for t in SBN_ROWS:
        lines.append(";".join(t[:5]))
    lines.append(";;;;")
    lines.append("J = ja, genomfört   N = nej   D = delvis;;;;")
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))
    for t in SBN_ROWS:
        EXPECTED.append((fil, nd, t[1], t[5], t[6]))


# ---------------------------------------------------------------------------
# 5. KFN - plain .txt typed in Notepad, tertial 3
# ---------------------------------------------------------------------------
def kfn():
    fil = "kultur o fritid IK 2025 T3.txt"
    nd = "Kultur- och fritidsnämnden"
    text = """Kultur- och fritidsnämnden
Internkontroll 2025, uppföljning tertial 3

Kontrollmoment och status efter årets slut. Frågor till Jonas.

1) Föreningsbidrag betalas ut enligt beslut och nämndens bidragsregler
   Status: klart. 3 föreningar fick för mycket aktivitetsstöd utbetalt, återkrav skickat.

2) Hyresavtal för föreningslokaler är aktuella och undertecknade
   Status: påbörjat, ca hälften genomgånget

3) Kontanthantering i simhallens kassa - dagskassor stäms av mot kassaregistret
   Status: ok inga avvikelser

4) Utlån av bibliotekets medier till skolorna registreras i bibliotekssystemet
   Status: ej gjort

5) Badvaktsbemanningen i simhallen följer säkerhetsplanen
   Status: se kommentar

6) Bidrag till studieförbunden följer de regler fullmäktige beslutat och redovisningarna
   från förbunden kommer in i tid
   Status: Klar

/Jonas Ek, kultur- och fritidschef 2026-01-09
"""
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(text.replace("\n", "\r\n").encode("utf-8"))
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))
    for t, s, a in [
        ("Föreningsbidrag betalas ut enligt beslut och nämndens bidragsregler", "GENOMFORD", "ja"),
        ("Hyresavtal för föreningslokaler är aktuella och undertecknade", "DELVIS", "nej"),
        ("Kontanthantering i simhallens kassa - dagskassor stäms av mot kassaregistret", "GENOMFORD", "nej"),
        ("Utlån av bibliotekets medier till skolorna registreras i bibliotekssystemet", "EJ_GENOMFORD", "nej"),
        ("Badvaktsbemanningen i simhallen följer säkerhetsplanen", "OKLAR", "nej"),
        ("Bidrag till studieförbunden följer de regler fullmäktige beslutat och redovisningarna "
         "från förbunden kommer in i tid", "GENOMFORD", "nej"),
    ]:
        EXPECTED.append((fil, nd, t, s, a))


# ---------------------------------------------------------------------------
# 6. Tekniska nämnden - .xls, statuses as short sentences, one control over two rows, Antal row
# ---------------------------------------------------------------------------
def tn():
    fil = "Tekniska nämnden helår 2025.xls"
    nd = "Tekniska nämnden"
    rows = [
        (["Fakturor från entreprenörer stäms av mot avtalade á-priser (vinterväghållning)"], "Gatuchef",
         "Gjort, två fakturor med fel pris – krediterade", "ja", "GENOMFORD", "ja"),
        (["Fordonens körjournaler förs enligt kommunens rutin"], "Fordonssamordnare",
         "Inte hunnit", "", "EJ_GENOMFORD", "nej"),
        (["VA – provtagning av dricksvatten enligt provtagningsplanen"], "VA-chef",
         "Klart, alla prover godkända", "nej", "GENOMFORD", "nej"),
        (["Nyckel- och passerkortsregistret för kommunens fastigheter stäms av mot",
          "utlämnade kort och personal som slutat"], "Fastighetschef",
         "Påbörjat men inte klart, ca 70 %", "nej", "DELVIS", "nej"),
        (["Upphandlade ramavtal för material används vid inköp (avtalstrohet)"], "Inköpssamordnare",
         "Gjort – 78 % avtalstrohet, målet är 90 %", "ja", "GENOMFORD", "ja"),
        (["Skyddsronder genomförs på återvinningscentralen enligt plan"], "Renhållningschef",
         "Ej aktuellt 2025, ÅVC stängd för ombyggnad", "", "UTGAR", "nej"),
        (["Felanmälningar om gatubelysning åtgärdas inom 14 dagar"], "Gatuchef",
         "", "", "SAKNAS", "nej"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Tekniska nämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontroll helår 2025"
    ws["A2"].font = BOLD
    hdr = ["Vad kontrolleras", "Ansvarig", "Utfall", "Avvikelse?"]
    fill = PatternFill("solid", fgColor="D9E1F2")
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = BOLD
        c.fill = fill
    r = 5
    for texts, ans, utf, avv, _, _ in rows:
        ws.cell(r, 1, texts[0]); ws.cell(r, 2, ans); ws.cell(r, 3, utf or None); ws.cell(r, 4, avv or None)
        for extra in texts[1:]:
            r += 1
            ws.cell(r, 1, extra)
        r += 1
    r += 1
    ws.cell(r, 1, "Antal kontroller: 7").font = BOLD
    r += 2
    ws.cell(r, 1, "Hällsjö 2026-01-15   Per Hedlund, teknisk chef")
    ws.column_dimensions["A"].width = 70
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 45
    ws.column_dimensions["D"].width = 11
    src = os.path.join(TMP, "Tekniska nämnden helår 2025.xlsx")
    wb.save(src)
    soffice(src, "xls", OUT)
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))
    for texts, _, _, _, s, a in rows:
        EXPECTED.append((fil, nd, " ".join(texts), s, a))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden - .odt (Writer), one table with Delår and Helår columns
# ---------------------------------------------------------------------------
def ofn():
    fil = "Överförmyndarnämnden uppföljning IK.odt"
    nd = "Överförmyndarnämnden"
    rows = [
        ("Årsräkningar granskas och arvoden beslutas senast 30 juni", "Klart", "Klart",
         "3 årsräkningar granskades först i augusti", "GENOMFORD", "ja"),
        ("Förteckningar över huvudmannens tillgångar lämnas in inom två månader", "Påbörjat", "Delvis",
         "", "DELVIS", "nej"),
        ("Ställföreträdare kontrolleras mot belastnings- och kronofogderegistret", "Ej påbörjad",
         "Genomförd", "inga anmärkningar", "GENOMFORD", "nej"),
        ("Uttagstillstånd från spärrade bankkonton stäms av mot kontoutdrag", "Pågår", "Ej genomf",
         "Pausad, handläggaren slutade i sept.", "EJ_GENOMFORD", "nej"),
        ("Handläggningstid för förordnande av god man för ensamkommande barn", "–",
         "Utgår, inga ärenden 2025", "", "UTGAR", "nej"),
    ]
    doc = Document()
    doc.core_properties.author = "Eva Lund"
    doc.add_heading("Överförmyndarnämnden – Internkontroll 2025", level=1)
    doc.add_paragraph("Uppföljning av kontrollmomenten i nämndens internkontrollplan. "
                      "Delår avser läget 31 augusti, helår läget vid årets slut.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Delår", "Helår", "Kommentar"]):
        t.rows[0].cells[i].text = h
        for run in t.rows[0].cells[i].paragraphs[0].runs:
            run.bold = True
    for r in rows:
        cells = t.add_row().cells
        for i in range(4):
            cells[i].text = r[i]
    doc.add_paragraph("")
    doc.add_paragraph("Eva Lund, handläggare överförmyndarenheten")
    src = os.path.join(TMP, "Överförmyndarnämnden uppföljning IK.docx")
    doc.save(src)
    soffice(src, "odt", OUT)
    FILES.append((fil, "INLAST", nd, "2025", "HELAR"))
    for r in rows:
        EXPECTED.append((fil, nd, r[0], r[4], r[5]))


REGISTER = [
    ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
    ("Socialnämnden", "SN|Soc|Socialförvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur o fritid|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Valnämnden", "VN"),
    ("Krisledningsnämnden", "KLN"),
]

README = """# Round 40 – Hällsjö kommun, internkontroll helår 2025 (handmade follow-ups, no common template)
- `IK 2025 helår KLK.xlsx` – Kommunstyrelsen only as alias "Kommunledningskontoret"; freehand sheet with the delår table pasted above the helår copy (helår decides); typos ("påbörjd", "ej påb."); one blank status with a clear "done" comment; "klart" with contradicting comment; "Utgår"; signature row.
- `BUN uppföljning IK 2025.docx` – Word, no table: numbered bold paragraphs "1. …" with "Resultat:" and "Status:" lines; "Genomförd – avvikelse", "Ej genomf.", "Se bilaga 2" (OKLAR), "Utgår", one control with empty Resultat/Status (SAKNAS); intro and signature.
- `Soc IK helår 2025.ods` – LibreOffice Calc; period only in file name; two small tables beside each other (IFO "Klart?" ja/nej/delvis; Vård och omsorg "Status"), a blank row (SAKNAS), "osäkert" (OKLAR), note row below.
- `SBN IK helår 2025.xlsx` – truncated workbook (attachment cut off) → AVVISAD.
- `SBN IK helår 2025.csv` – re-sent as Excel CSV, cp1252, `;`, CRLF; title rows; codes J/N/D with legend line below; own Avvikelse column; blank status with "Utgår enl beslut" comment.
- `kultur o fritid IK 2025 T3.txt` – Notepad text, "uppföljning tertial 3" (HELAR); numbered "1)" items with indented "Status:" lines; "se kommentar" alone (OKLAR); one control text wrapped over two lines.
- `Tekniska nämnden helår 2025.xls` – old .xls; "Vad kontrolleras | Ansvarig | Utfall | Avvikelse?"; statuses as short sentences ("Inte hunnit", "Påbörjat men inte klart"); one control text continued on the next row; "Ej aktuellt 2025" (UTGAR); empty Utfall (SAKNAS); "Antal kontroller" row and signature.
- `Överförmyndarnämnden uppföljning IK.odt` – Writer table Kontrollmoment | Delår | Helår | Kommentar; helår column decides (e.g. "Pågår" → "Ej genomf", "Ej påbörjad" → "Genomförd").
"""


def main():
    ks(); bun(); soc(); sbn(); kfn(); tn(); ofn()
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8") as f:
        f.write("nämnd;alias\n")
        for n, a in REGISTER:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert all(";" not in x and "\n" not in x for x in row), row
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README)
    shutil.rmtree(TMP, ignore_errors=True)
    texts = [e[2] for e in EXPECTED]
    assert len(set(texts)) == len(texts), "duplicate control text"
    assert all(len(t) >= 25 for t in texts), [t for t in texts if len(t) < 25]
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
