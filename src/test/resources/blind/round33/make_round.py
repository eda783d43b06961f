#!/usr/bin/python3
"""Blind round 33 - Tjärnheds kommun, internkontroll 2025, januari-inkorgen efter årsskiftet (T3 = helår)."""
import os, shutil, subprocess, tempfile
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.utils import get_column_letter
import docx
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="r33-")
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

def exp(fil, namnd, km, status, avv):
    assert ';' not in km and '\n' not in km and len(km) >= 25, km
    EXPECTED.append((fil, namnd, km, status, avv))

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
def fill(hexc):
    return PatternFill("solid", start_color=hexc, end_color=hexc)

def soffice(src, fmt):
    prof = "file:///tmp/lo-r33-profile"
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", fmt,
                    "--outdir", TMP, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.splitext(src)[0] + "." + fmt.split(":")[0]

# ---------------------------------------------------------------- 1. BUN xlsx
def bun():
    fil = "BUN_IKP_uppfoljning_T3_2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKP 2025"
    ws["A1"] = "Barn- och utbildningsförvaltningen"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontrollplan 2025 – T3 (helår)"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Uppdaterad 2026-01-09 /EL  (T1 och T2 enligt tidigare rapporter)"; ws["A3"].font = Font(italic=True, size=9)
    heads = ["Nr", "Vad kontrolleras", "Hur / stickprov", "Ansv.", "T1", "T2", "T3", "Avvikelse?", "Noteringar"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("1F4E78"); c.border = BOX
        c.alignment = Alignment(wrap_text=True, horizontal="center")
    widths = [6, 52, 34, 10, 6, 6, 6, 11, 44, 3, 3, 30]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    codefill = {"1": "C6EFCE", "2": "FFEB9C", "3": "FFC7CE", "U": "D9D9D9", "?": "FFFFFF"}
    # (nr, text, hur, ansv, t1, t2, t3, avv, not, status, avvik, continuation)
    rows = [
        ("grp", "1. EKONOMI OCH ADMINISTRATION"),
        ("1.1", "Attest av leverantörsfakturor följer attestreglementet", "Stickprov 20 fakturor/tertial", "Ekonom",
         "1", "1", "1", "Nej", "", "GENOMFORD", "nej", None),
        ("1.2", "Delegationsbeslut anmäls till nämnden vid nästkommande sammanträde", "Jämför delegationslista mot protokoll", "Nämndsekr.",
         "2", "2", "1", "Ja", "Två beslut om skolskjuts anmäldes först i december", "GENOMFORD", "ja", None),
        ("1.3", "Skolskjuts – beslut om skolskjuts fattas enligt riktlinjer och delegation", "Genomgång 10 beslut", "Skolskjutsadm.",
         "2", "U", "U", "", "Utgår enl. nämndbeslut 2025-05-20 § 41 (ny riktlinje)", "UTGAR", "nej", None),
        ("grp", "2. ELEVHÄLSA OCH TRYGGHET"),
        ("2.1", "Anmälan om kränkande behandling skickas till huvudman samma dag", "Kontroll i DF Respons", "Rektorer",
         "2", "3", "2", "Ja", "Fortfarande fördröjda anmälningar på två enheter", "DELVIS", "ja", None),
        ("2.2", "Skolplikt – frånvarorapportering och utredning vid problematisk frånvaro", "Stickprov 5 elever/skola", "Elevhälsochef",
         "", "2", "3", "Ja", "Utredning ej startad i 4 av 9 ärenden", "EJ_GENOMFORD", "ja", None),
        ("2.3", "Behörigheter i elevdokumentationssystemet (IST) gås igenom vid terminsstart", "Lista behörigheter mot personalregister", "Systemförv.",
         "", "", "", "", "", "SAKNAS", "nej", None),
        ("grp", "3. PERSONAL"),
        ("3.1", "Registerutdrag från belastningsregistret kontrolleras före anställning", "Samtliga nyanställda vt", "HR",
         "1", "", "", "Nej", "", "GENOMFORD", "nej", None),
        ("3.2", "Legitimation och behörighet för lärare kontrolleras i Skolverkets register", "Stickprov 15 anställningar", "HR/rektor",
         "1", "1", "1", "Nej", "", "GENOMFORD", "nej", "innan tillsvidareanställning"),
        ("grp", "4. FÖRSKOLA OCH MÅLTID"),
        ("4.1", "Placering i förskola erbjuds inom fyra månader från ansökan", "Uttag ur e-tjänst/kö", "Förskoleadm.",
         "", "", "?", "", "Osäkert – statistik från förskoleadministrationen saknas, återkommer", "OKLAR", "nej", None),
        ("4.2", "Livsmedelshantering i skolköken – egenkontrollprogram följs", "Egenkontroll + besök kostchef", "Kostchef",
         "1", "1", "2", "Ja", "Brister i temperaturloggar Norrbacka skola, åtgärdas", "DELVIS", "ja", None),
    ]
    r = 6
    for row in rows:
        if row[0] == "grp":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = fill("DDEBF7")
            r += 1
            continue
        nr, text, hur, ansv, t1, t2, t3, avv, note, st, av, cont = row
        vals = [nr, text, hur, ansv, t1 or None, t2 or None, t3 or None, avv or None, note or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=int(v) if v in ("1", "2", "3") else v)
            c.border = BOX; c.alignment = WRAP
            if i in (5, 6, 7) and v:
                c.fill = fill(codefill[v]); c.alignment = Alignment(horizontal="center", vertical="top")
        full = text
        if cont:
            r += 1
            c = ws.cell(row=r, column=2, value=cont); c.border = BOX; c.alignment = WRAP
            for i in (1, 3, 4, 5, 6, 7, 8, 9):
                ws.cell(row=r, column=i).border = BOX
            full = text + " " + cont
        if nr == "3.1":
            ws.cell(row=r, column=12, value="<- klar redan i T1, görs en gång per år").font = Font(italic=True, color="C00000")
        if nr == "2.3":
            ws.cell(row=r, column=12, value="IT har inte levererat listan!!").font = Font(italic=True, color="C00000")
        exp(fil, N, full, st, av)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Antal klart (1) T3").font = Font(bold=True)
    ws.cell(row=r, column=7, value=3).font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=2, value="Sammanställt av Eva Lindqvist, controller BUF")
    # legend in the margin
    ws["L5"] = "Bedömning:"; ws["L5"].font = Font(bold=True)
    for i, (code, txt) in enumerate([("1", "1 = Klart"), ("2", "2 = Pågår / delvis"), ("3", "3 = Ej gjort"), ("U", "U = Utgår")]):
        c = ws.cell(row=6 + i, column=12, value=txt); c.fill = fill(codefill[code])
    ws["L11"] = "Tomt = inget rapporterat"
    ws["L11"].font = Font(italic=True, size=9)
    ws.freeze_panes = "C6"
    ws2 = wb.create_sheet("Instruktion")
    for i, t in enumerate([
        "Instruktion till verksamheterna",
        "Fyll i bedömning per tertial i kolumn T1–T3 med koderna 1, 2, 3 eller U.",
        "Avvikelse = om kontrollen visat fel eller brister. Beskriv kort under Noteringar.",
        "Skicka till controller senast 5 arbetsdagar efter tertialets slut.",
        "T3 = helårsuppföljning, redovisas för nämnden i februari."], 1):
        ws2.cell(row=i, column=1, value=t)
    ws2["A1"].font = Font(bold=True)
    ws2.column_dimensions["A"].width = 90
    p = os.path.join(OUT, fil); wb.save(p)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    return p

# ---------------------------------------------------------------- 2. SN docx
def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    par = cell.paragraphs[0]
    run = par.add_run(text); run.bold = bold; run.font.size = Pt(size)

def sn():
    fil = "Socialnämnden helårsuppföljning internkontrollplan 2025.docx"
    N = "Socialnämnden"
    d = docx.Document()
    d.core_properties.author = "Maria Sundqvist"
    d.core_properties.title = "Helårsuppföljning IKP 2025"
    d.add_heading("Socialnämnden – Uppföljning av internkontrollplan 2025, helår", level=1)
    d.add_paragraph("Diarienummer SN 2025/0187    Datum 2026-01-14")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph("Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
                    "Socialnämnden antog i januari 2025 en internkontrollplan med elva kontrollmoment fördelade på fyra "
                    "processer. I tabellerna nedan redovisas resultatet för helåret. Kontrollmoment som har visat brister "
                    "markeras med Ja i kolumnen Avvikelse och åtgärder beskrivs i resultatet.")
    d.add_paragraph("Sammanfattningsvis har sex kontrollmoment genomförts, två delvis och ett har inte genomförts. "
                    "Ett kontrollmoment har utgått under året.")
    head = ["Kontrollmoment", "Metod/frekvens", "Resultat helår", "Genomförd", "Avvikelse"]
    # rows: (km, metod, resultat, genomförd, avvikelse, status, avv, continuation, subheading_before)
    procs = [
        ("Process: Myndighetsutövning barn och unga", [
            ("Förhandsbedömning av orosanmälan görs inom 14 dagar", "Stickprov 30 anmälningar, två ggr/år",
             "28 av 30 förhandsbedömningar gjordes inom 14 dagar. Två överskred tiden med 3 resp. 5 dagar.", "Ja", "Ja",
             "GENOMFORD", "ja", None),
            ("Utredningstid inom fyra månader enligt 11 kap. 2 § SoL", "Uttag ur Treserva per tertial",
             "Kontrollen gjordes för T1 och T2. T3 pågår, 11 utredningar förlängda utan beslut om förlängning.", "Delvis", "Ja",
             "DELVIS", "ja", None),
            ("Vårdnadshavares samtycke dokumenteras vid insats enligt SoL", "Aktgranskning 15 akter",
             "Kontrollen är genomförd. Samtliga 15 granskade akter hade dokumenterat samtycke.", "", "Nej",
             "GENOMFORD", "nej", None),
        ]),
        ("Process: Ekonomiskt bistånd", [
            ("Utbetalningar av ekonomiskt bistånd stäms av mot beslut i verksamhetssystemet", "Månadsvis avstämning",
             "Avstämning gjord varje månad utan differenser.", "Ja", "Nej", "GENOMFORD", "nej", None),
            ("Kontroll mot Arbetsförmedlingen och Försäkringskassan (SSBTEK) görs vid nyansökan", "Stickprov 20 nyansökningar",
             "Har inte genomförts på grund av personalbrist under hösten. Flyttas till 2026.", "Nej", "–",
             "EJ_GENOMFORD", "nej", None),
        ]),
        ("Process: Funktionsstöd/LSS", [
            ("Beslut om personlig assistans enligt LSS verkställs inom tre månader", "Uttag ej verkställda beslut",
             "Två beslut har inte verkställts inom tre månader och har rapporterats till IVO.", "Ja", "Ja",
             "GENOMFORD", "ja", None),
            ("Ersättning till privata assistansanordnare kontrolleras mot", "Stickprov 3 anordnare",
             "Inga avvikelser mellan tidrapporter och fakturerade timmar.", "Ja", "Nej", "GENOMFORD", "nej",
             "tidrapporter och beviljade timmar"),
            ("Avgifter inom LSS-boende debiteras enligt gällande taxa", "Stickprov 10 brukare",
             "Se bilaga 3.", "", "", "OKLAR", "nej", None),
        ]),
        ("Process: Vård och omsorg", [
            ("Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut", "Aktgranskning hemtjänst",
             "Kontrollen hann inte genomföras under hösten på grund av vakanser bland enhetschefer.", "Ja", "Nej",
             "GENOMFORD", "nej", None),
            ("Läkemedelshantering – signeringslistor kontrolleras i särskilt boende", "Kvartalsvis, MAS",
             "Utgår ur planen, ersätts av MAS egenkontroll enligt beslut SN 2025-03-19 § 34.", "Utgår", "",
             "UTGAR", "nej", None),
            ("Hot och våld – incidenter rapporteras i KIA och följs upp på APT", "Genomgång KIA-rapporter",
             "Rapportering sker men uppföljning på APT är inte dokumenterad på alla enheter.", "Delvis", "Nej",
             "DELVIS", "nej", None),
        ]),
    ]
    for ptitle, rows in procs:
        d.add_heading(ptitle, level=3)
        nrows = 1 + sum(2 if r[7] else 1 for r in rows)
        t = d.add_table(rows=nrows, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(head):
            set_cell(t.rows[0].cells[i], h, bold=True)
        ri = 1
        for km, met, res, gen, avv, st, av, cont in rows:
            vals = [km, met, res, gen, avv]
            for i, v in enumerate(vals):
                set_cell(t.rows[ri].cells[i], v)
            full = km
            if cont:
                ri += 1
                set_cell(t.rows[ri].cells[0], cont)
                full = km + " " + cont
            exp(fil, N, full, st, av)
            ri += 1
        d.add_paragraph("")
    d.add_paragraph("Bilaga 3 redovisas muntligt vid nämndens sammanträde.")
    d.add_paragraph("Lena Bäckström\nSocialchef")
    p = os.path.join(OUT, fil); d.save(p)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    return p

# ---------------------------------------------------------------- 3. Stratsys export csv (KS + SBN)
def export():
    fil = "Stratsys_IK_export_20260112.csv"
    KS, SBN = "Kommunstyrelsen", "Samhällsbyggnadsnämnden"
    KLF, SBF = "Kommunledningsförvaltningen", "Samhällsbyggnadsförvaltningen"
    # control -> (förvaltning, enhet, metod, {period: (status, kommentar, avvikelse)}, expected status, avv)
    C = [
        (KLF, "Ekonomienheten", "Kontroll av att attestanter i Raindance överensstämmer med beslutad attestförteckning", "Jämförelse systemlista/beslut",
         {"1": ("Pågående", "", ""), "2": ("Genomförd", "Alla attestanter stämmer.", "Nej"), "3": ("Genomförd", "Ny kontroll i november, inga avvikelser.", "Nej")}, "GENOMFORD", "nej"),
        (KLF, "Upphandlingsenheten", "Avtalstrohet – stickprov av inköp över 100 tkr mot ramavtal", "Stickprov 25 inköp",
         {"1": ("Ej påbörjad", "", ""), "2": ("Pågående", "Urval gjort.", ""), "3": ("Genomförd", "3 av 25 inköp gjordes utanför avtal (kontorsmöbler,\nkonsulttjänster IT). Åtgärd: information till chefer.", "Ja")}, "GENOMFORD", "ja"),
        (KLF, "Löneenheten", "Löneutbetalningar – kontroll av manuella lönetillägg mot underlag", "Stickprov 40 tillägg/tertial",
         {"1": ("Genomförd", "Inga fel.", "Nej"), "2": ("Genomförd", "Inga fel.", "Nej"), "3": ("Pågående", "Decemberlönen kontrolleras i januari 2026.", "")}, "DELVIS", "nej"),
        (KLF, "IT-enheten", "Behörigheter i ekonomisystemet tas bort vid avslutad anställning", "Jämförelse mot HR-system",
         {"1": ("Ej påbörjad", "", ""), "2": ("Ej påbörjad", "", ""), "3": ("Ej påbörjad", "Skjuts till 2026 p.g.a. byte av ekonomisystem.", "")}, "EJ_GENOMFORD", "nej"),
        (KLF, "Ekonomienheten", "Representation och förtroendekänsliga poster följer riktlinjerna", "Granskning 30 verifikationer",
         {"1": ("Ej påbörjad", "", ""), "2": ("Ej påbörjad", "", ""), "3": ("", "Genomförd i december, två poster saknade deltagarförteckning.", "Ja")}, "GENOMFORD", "ja"),
        (KLF, "Kansliet", "Diarieföring av inkommande handlingar sker inom tre arbetsdagar", "Stickprov registratur",
         {"1": ("Pågående", "", ""), "2": ("Ej aktuell", "Utgår efter KS beslut 2025-06-10 § 98, ingår i ny rutin för dokumenthantering.", ""), "3": ("Ej aktuell", "Se T2.", "")}, "UTGAR", "nej"),
        (KLF, "Kansliet", "Informationssäkerhet – incidenter rapporteras och följs upp enligt rutin", "Genomgång incidentlogg",
         {"1": ("Pågående", "", ""), "2": ("Pågående", "", ""), "3": ("Pågående", "Ny incidentrutin antas i februari.", "Nej")}, "DELVIS", "nej"),
        (SBF, "Bostadsanpassning", "Bostadsanpassningsbidrag – beslut fattas enligt delegationsordningen", "Genomgång samtliga beslut > 50 tkr",
         {"3": ("Genomförd", "Ett beslut fattades över handläggarens beloppsgräns. Ärendet har anmälts till nämnden.", "Ja")}, "GENOMFORD", "ja"),
        (SBF, "Planenheten", "Detaljplaner – samråd och granskning kungörs enligt PBL", "Kontroll av samtliga planärenden",
         {"3": ("Genomförd", "Alla 6 planer korrekt kungjorda.", "Nej")}, "GENOMFORD", "nej"),
        (SBF, "Mark och exploatering", "Markupplåtelse – arrendeavtal och avgifter följs upp årligen", "Genomgång arrendeförteckning",
         {"3": ("Ej påbörjad", "Resursbrist, prioriteras 2026.", "")}, "EJ_GENOMFORD", "nej"),
        (SBF, "Trafik", "Trafiksäkerhet – lokala trafikföreskrifter publiceras i RDT", "Jämförelse beslut/RDT",
         {"3": ("Delvis genomförd", "Kontroll gjord för föreskrifter beslutade vt 2025.", "Nej")}, "DELVIS", "nej"),
        (SBF, "Räddningstjänsten", "Räddningstjänst – tillsyn enligt LSO genomförs enligt tillsynsplan", "Uttag ur Daedalos",
         {"3": ("Genomförd", "47 av 47 planerade tillsyner genomförda.", "Nej")}, "GENOMFORD", "nej"),
    ]
    users = {KLF: "anna.lundmark", SBF: "per.holmgren"}
    dates = {"1": "2025-05-08", "2": "2025-09-15", "3": "2026-01-09"}
    def q(s):
        if any(ch in s for ch in ';"\n'):
            return '"' + s.replace('"', '""') + '"'
        return s
    lines = ["Rapport: Internkontroll - uppföljning;Exporterad: 2026-01-12 08:14;;;;;;;;;;",
             ";".join(["Förvaltning", "Enhet", "Plan", "Kontrollmoment", "Kontrollmetod", "Period", "Status",
                       "Kommentar", "Avvikelse", "Senast ändrad av", "Senast ändrad", "ID"])]
    ids = {c[2]: "IK25-%03d" % (i + 11) for i, c in enumerate(C)}
    for per in ("1", "2", "3"):
        for forv in (KLF, SBF):
            for c in C:
                if c[0] != forv or per not in c[4]:
                    continue
                st, kom, avv = c[4][per]
                lines.append(";".join(q(x) for x in [forv, c[1], "Internkontrollplan 2025", c[2], c[3], "Tertial %s 2025" % per,
                                                        st, kom, avv, users[forv], dates[per], ids[c[2]]]))
    for c in C:
        exp(fil, KS if c[0] == KLF else SBN, c[2], c[5], c[6])
    p = os.path.join(OUT, fil)
    with open(p, "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))
    return p

# ---------------------------------------------------------------- 4. TN xls (Status 2024 | Status 2025)
def tn():
    fil = "Tekniska IK 2024-2025.xls"
    N = "Tekniska nämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Internkontroll"
    ws["A1"] = "TEKNISKA NÄMNDEN"; ws["A1"].font = Font(bold=True, size=16)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Internkontroll – uppföljning helår 2025 (jämförelse med 2024)"; ws["A2"].font = Font(bold=True)
    ws.merge_cells("A2:G2")
    ws["A3"] = "Upprättad av: controller teknik, 2026-01-13"
    heads = ["Rutin", "Kontrollmoment", "Kontrollmetod", "Status 2024", "Status 2025", "Avvikelse (J/N)", "Kommentar 2025"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.fill = fill("BFBFBF"); c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    for col, w in zip("ABCDEFG", [14, 55, 30, 12, 12, 10, 48]):
        ws.column_dimensions[col].width = w
    groups = [
        ("VA", [
            ("Vattenprover tas enligt provtagningsplan för kommunala vattenverk", "Jämför provlista mot plan", "Utförd", "Utförd", "N", "", "GENOMFORD", "nej"),
            ("Fakturering av VA-avgifter stäms av mot mätarställningar", "Stickprov 50 abonnenter", "Delvis", "Utförd", "J", "Ca 40 abonnenter felaktigt schablondebiterade, rättat i oktober", "GENOMFORD", "ja"),
        ]),
        ("Gata/park", [
            ("Vinterväghållning – entreprenörens körjournaler kontrolleras mot fakturor", "Stickprov 3 mån", "Utförd", "Delvis", "N", "Jan–mars kontrollerat, nov–dec kvar", "DELVIS", "nej"),
        ]),
        ("Fastighet", [
            ("Obligatorisk ventilationskontroll (OVK) genomförs enligt fastställt intervall", "Genomgång OVK-register", "Ej utförd", "Ej utförd", "", "Konsult upphandlas, kontrollen flyttad till 2026", "EJ_GENOMFORD", "nej"),
            ("Kontroll av att nycklar och passerkort återlämnas vid avslutad anställning", "Jämförelse låssystem/HR", "Utförd", "", "", "", "SAKNAS", "nej"),
            ("Lokalvård – kvalitetsuppföljning enligt INSTA 800 på samtliga enheter", "INSTA 800-mätning", "Delvis", "Utförd", "N", "", "GENOMFORD", "nej"),
        ]),
        ("Fordon", [
            ("Leasingbilar – körjournaler och förmånsbeskattning kontrolleras", "Stickprov körjournaler", "", "Ej aktuell", "", "Utgår – bilpoolen flyttad till KS från 1/3", "UTGAR", "nej"),
        ]),
        ("Avfall", [
            ("Renhållningsentreprenörens avvikelserapporter följs upp månadsvis", "Månadsmöte entreprenör", "Ny 2025", "Utförd", "N", "", "GENOMFORD", "nej"),
        ]),
        ("Upphandling", [
            ("Ramavtal för byggentreprenader – kontroll av avtalstrohet vid avrop", "Stickprov 10 avrop", "Delvis", "Delvis", "J", "2 avrop utan förnyad konkurrensutsättning", "DELVIS", "ja"),
        ]),
    ]
    r = 6
    for rutin, rows in groups:
        start = r
        for km, met, s24, s25, avv, kom, st, av in rows:
            for i, v in enumerate([rutin if r == start else None, km, met, s24 or None, s25 or None, avv or None, kom or None], 1):
                c = ws.cell(row=r, column=i, value=v); c.border = BOX; c.alignment = WRAP
            exp(fil, N, km, st, av)
            r += 1
        if r - start > 1:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=2, value="Antal utförda 2025").font = Font(bold=True)
    ws.cell(row=r, column=5, value=4).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=2, value="Antal utförda 2024").font = Font(bold=True)
    ws.cell(row=r, column=4, value=3).font = Font(bold=True)
    r += 3
    ws.cell(row=r, column=2, value="Godkänd av förvaltningschef: ______________________")
    ws.cell(row=r + 1, column=2, value="Jonas Öberg, teknisk chef")
    src = os.path.join(TMP, "tn.xlsx"); wb.save(src)
    out = soffice(src, "xls")
    p = os.path.join(OUT, fil); shutil.move(out, p)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    return p

# ---------------------------------------------------------------- 5. MYN xlsx (colour only)
def myn():
    fil = "Uppföljning internkontroll 2025 helår MYN.xlsx"
    N = "Myndighetsnämnden"
    G, Y, R, GR = "00B050", "FFFF00", "FF0000", "BFBFBF"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws.oddHeader.center.text = "Myndighetsnämnden – Tjärnheds kommun"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontroll 2025 – helårsuppföljning"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Bedömning markeras med färg, se flik Förklaring"; ws["A2"].font = Font(italic=True, size=9)
    heads = ["Kontrollområde", "Kontrollaktivitet", "Genomförande", "Resultat/iakttagelser", "Bedömning"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True); c.border = BOX; c.fill = fill("D9E1F2")
    for col, w in zip("ABCDE", [18, 55, 28, 60, 12]):
        ws.column_dimensions[col].width = w
    rows = [
        ("Bygg", "Bygglov – handläggningstid inom lagstadgad tid (10 veckor)", "Stickprov 20 ärenden", "2 ärenden överskred tidsfristen, avgiften reducerades enligt PBL 12 kap. 8 a §", G, "GENOMFORD", "ja"),
        ("Bygg", "Debitering av bygglovsavgifter enligt gällande taxa", "Stickprov 15 ärenden", "Inga fel hittades i de granskade ärendena", G, "GENOMFORD", "nej"),
        ("Livsmedel", "Livsmedelskontroll – planerade kontroller enligt kontrollplan utförs", "Uttag ur Ecos", "82 % av planerade kontroller genomförda, resterande flyttas till 2026", Y, "DELVIS", "nej"),
        ("Alkohol", "Serveringstillstånd – tillsyn av restauranger enligt alkohollagen", "Genomgång tillsynsplan", "Ej genomförd p.g.a. vakans som alkoholhandläggare", R, "EJ_GENOMFORD", "nej"),
        ("Miljö", "Miljötillsyn – avgifter för tillsyn debiteras enligt timtaxa", "Stickprov 20 fakturor", "Fel timtaxa tillämpades i 3 ärenden, rättat och kreditfakturor skickade", G, "GENOMFORD", "ja"),
        ("Miljö", "Förelägganden – uppföljning av att förelägganden åtgärdas inom given tid", "Bevakningslista Ecos", "Pågår, 12 av 19 förelägganden har följts upp", Y, "DELVIS", "nej"),
        ("Miljö", "Strandskyddsdispenser – beslut skickas till länsstyrelsen inom tre veckor", "", "Kontrollen ströks vid revideringen av planen i juni", GR, "UTGAR", "nej"),
        ("Gemensamt", "Delegationsbeslut inom miljö- och byggområdet anmäls till nämnden", "Jämförelse delegationslista/protokoll", "Samtliga beslut anmälda", G, "GENOMFORD", "nej"),
        ("Gemensamt", "Jäv – handläggare redovisar bisysslor och eventuellt jäv årligen", "Blankett bisysslor", "", None, "SAKNAS", "nej"),
    ]
    r = 5
    for omr, km, gen, res, col, st, av in rows:
        for i, v in enumerate([omr, km, gen or None, res or None, None], 1):
            c = ws.cell(row=r, column=i, value=v); c.border = BOX; c.alignment = WRAP
        if col:
            ws.cell(row=r, column=5).fill = fill(col)
        exp(fil, N, km, st, av)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Rapporteras till nämnden 2026-01-28.")
    ws2 = wb.create_sheet("Förklaring")
    ws2["A1"] = "Färgförklaring bedömning"; ws2["A1"].font = Font(bold=True)
    for i, (col, t) in enumerate([(G, "Genomförd"), (Y, "Delvis genomförd / pågår"), (R, "Ej genomförd"), (GR, "Utgår")], 3):
        ws2.cell(row=i, column=1).fill = fill(col)
        ws2.cell(row=i, column=2, value=t)
    ws2["A8"] = "Ej färgmarkerad = ej rapporterad"
    ws2.column_dimensions["B"].width = 30
    p = os.path.join(OUT, fil); wb.save(p)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    return p

# ---------------------------------------------------------------- 6. ÖFN ods (form-like blocks)
def ofn():
    fil = "ÖFN internkontroll 2025.ods"
    N = "Överförmyndarnämnden"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Uppföljning 2025"
    ws["A1"] = "Överförmyndarnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan – helår 2025"; ws["A2"].font = Font(bold=True)
    ws["A3"] = "Överförmyndarenheten, januari 2026"
    ws["D5"] = "Status anges som: Genomförd / Delvis genomförd / Ej genomförd / Utgår"
    ws["D6"] = "Avvikelse: Ja (beskriv) eller Nej"
    ws["D5"].font = ws["D6"].font = Font(italic=True, color="7F7F7F")
    ws.column_dimensions["A"].width = 18; ws.column_dimensions["B"].width = 80
    blocks = [
        ("Årsräkningar granskas och beslutas senast 30 juni", "Uttag ur Wärna per 30/6", "91 % granskade per 30/6, resterande klara i september", "Delvis genomförd", "Ja – 14 årsräkningar granskades efter 30 juni", "DELVIS", "ja"),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", "Stickprov 25 arvodesbeslut", "Samtliga stickprov korrekt beräknade", "Genomförd", "Nej", "GENOMFORD", "nej"),
        ("Nya förvaltarskap och godmanskap registreras i Wärna inom en vecka", "Jämförelse tingsrättsbeslut/registrering", "2 ärenden registrerades efter 2 resp. 3 veckor", "Genomförd", "Ja", "GENOMFORD", "ja"),
        ("Spärrade bankkonton – uttagstillstånd kontrolleras mot beslut", "Stickprov 10 uttag", "Stickprovet har inte utförts under året.", "", "", "EJ_GENOMFORD", "nej"),
        ("Lämplighetsprövning av nya ställföreträdare inklusive utdrag ur belastningsregistret", "Genomgång av nya uppdrag", "", "Osäkert – uppgifter saknas från handläggare", "", "OKLAR", "nej"),
        ("Utbildning för nya gode män genomförs minst två gånger per år", "Kallelser och deltagarlistor", "Utbildning i april och oktober, 34 deltagare", "Genomförd", "Nej", "GENOMFORD", "nej"),
    ]
    r = 5
    for n, (km, met, res, st_txt, avv, st, av) in enumerate(blocks, 1):
        for lab, val in [("Kontroll nr", n), ("Kontrollmoment", km), ("Metod", met), ("Resultat", res or None),
                         ("Status", st_txt or None), ("Avvikelse", avv or None)]:
            a = ws.cell(row=r, column=1, value=lab); a.font = Font(bold=True); a.fill = fill("EDEDED"); a.border = BOX
            b = ws.cell(row=r, column=2, value=val); b.border = BOX; b.alignment = Alignment(wrap_text=True, horizontal="left")
            r += 1
        exp(fil, N, km, st, av)
        r += 1
    ws.cell(row=r + 1, column=1, value="Kristina Nordin, enhetschef överförmyndarenheten")
    src = os.path.join(TMP, "ofn.xlsx"); wb.save(src)
    out = soffice(src, "ods")
    p = os.path.join(OUT, fil); shutil.move(out, p)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    return p

# ---------------------------------------------------------------- 7. KFN docx (text, no table)
def kfn():
    fil = "Återrapport IK 2025 kultur och fritid.docx"
    N = "Kultur- och fritidsnämnden"
    d = docx.Document()
    d.core_properties.author = "Johan Berglund"
    p = d.add_paragraph(); r = p.add_run("Kultur- och fritidsförvaltningen"); r.bold = True; r.font.size = Pt(11)
    d.add_heading("Internkontroll 2025 – återrapport till nämnden, helår", level=1)
    d.add_paragraph("Nämnden beslutade i december 2024 om sex kontrollmoment för 2025. Nedan redovisas varje "
                    "kontrollmoment med resultat och förvaltningens bedömning. Avvikelser har hanterats löpande "
                    "och redovisas under respektive kontrollmoment.")
    secs = [
        ("1. Föreningsbidrag", "Föreningsbidrag betalas ut enligt beslutade bidragsregler och inkomna underlag",
         "Stickprov på 20 utbetalningar. En förening hade fått dubbelt aktivitetsstöd för vårterminen, återkrav har skickats.",
         "Bedömning: Genomförd.", "Avvikelse: Ja", "GENOMFORD", "ja"),
        ("2. Kontanthantering", "Kassahantering i simhallen och på biblioteket stäms av dagligen",
         "Avstämning har skett dagligen på biblioteket. I simhallen gjordes ingen avstämning under helgdagar i juli och december.",
         "Bedömning: Delvis genomförd.", "Avvikelse: Ja", "DELVIS", "ja"),
        ("3. Uthyrning", "Bokningar och uthyrning av idrottshallar faktureras enligt taxa",
         "Samtliga 30 kontrollerade bokningar var korrekt fakturerade.",
         "Bedömning: Genomförd. Inga avvikelser.", None, "GENOMFORD", "nej"),
        ("4. Behörigheter", "Lånekort och behörigheter i bibliotekssystemet gås igenom årligen",
         "Kontrollen har inte genomförts under året på grund av byte av bibliotekssystem. Den flyttas till internkontrollplan 2026.",
         None, None, "EJ_GENOMFORD", "nej"),
        ("5. Avtal med studieförbund", "Avtal med studieförbund och arrangörer följs upp mot redovisad verksamhet",
         "Kontrollmomentet ströks ur planen.",
         "Bedömning: Utgår (beslut KFN 2025-04-15 § 22).", None, "UTGAR", "nej"),
        ("6. Evenemang", "Säkerhet vid evenemang – riskbedömning görs före större arrangemang",
         "Riskbedömningar gjordes för fem av sex större arrangemang. Inför Vinterfesten i februari saknades riskbedömning.",
         "Bedömning: Genomförd.", "Avvikelse: Ja, se ovan.", "GENOMFORD", "ja"),
    ]
    for head, km, res, bed, avv, st, av in secs:
        d.add_heading(head, level=2)
        p = d.add_paragraph(); r = p.add_run("Kontrollmoment: "); r.bold = True; p.add_run(km)
        p = d.add_paragraph(); r = p.add_run("Resultat: "); r.bold = True; p.add_run(res)
        if bed:
            d.add_paragraph(bed)
        if avv:
            d.add_paragraph(avv)
        exp(fil, N, km, st, av)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph("Av sex kontrollmoment har tre genomförts, ett delvis och ett har inte genomförts. Ett har utgått. "
                    "Förvaltningen föreslår att kontrollmoment 4 förs över till internkontrollplan 2026.")
    d.add_paragraph("Johan Berglund\nKultur- och fritidschef")
    p = os.path.join(OUT, fil); d.save(p)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))
    return p

# ---------------------------------------------------------------- 8. broken xlsx
def broken(src):
    fil = "IK uppföljning helår 2025.xlsx"
    data = open(src, "rb").read()
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data[: len(data) * 2 // 5])
    FILES.append((fil, "AVVISAD", "", "", ""))

def main():
    for f in os.listdir(OUT):
        if f != "make_round.py":
            os.remove(os.path.join(OUT, f))
    b = bun(); sn(); export(); tn(); myn(); ofn(); kfn(); broken(b)
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8") as f:
        f.write("nämnd;alias\n")
        for n, a in [
            ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
            ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
            ("Socialnämnden", "SN|Socialförvaltningen|Soc"),
            ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF"),
            ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
            ("Myndighetsnämnden", "MYN|Myndighetsnämnden för miljö och bygg"),
            ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
            ("Valnämnden", "VN"),
            ("Krisledningsnämnden", "KLN"),
        ]:
            f.write(f"{n};{a}\n")
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            f.write(";".join(row) + "\n")
    shutil.rmtree(TMP)

if __name__ == "__main__":
    main()
