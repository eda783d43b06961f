#!/usr/bin/python3
# Blind round 26 - Ullångers kommun (Västernorrland), internkontroll 2025.
# Builds the inbox files plus namnder.csv, files.csv, expected.csv.
import csv, os, shutil, subprocess, tempfile

from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = tempfile.mkdtemp(prefix="r26build-")
LO_PROFILE = "file:///tmp/lo-round26"

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def soffice(src, fmt):
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", fmt, "--outdir", TMP, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(TMP, os.path.splitext(os.path.basename(src))[0] + "." + fmt)


def fill(rgb):
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------------------
# 1. Vård- och omsorgsnämnden: wide sheet, one column per tertial, colour fill
#    only, legend under the table. T3 = helår.
# ---------------------------------------------------------------------------
def von():
    fil = "VON_Internkontroll_2025_tertial.xlsx"
    N = "Vård- och omsorgsnämnden"
    G, Y, R, GR = "FF92D050", "FFFFFF00", "FFFF0000", "FFBFBFBF"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Vård- och omsorgsnämnden – uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:M1")
    ws["A2"] = "Uppföljning per tertial. T3 motsvarar helår och redovisas för nämnden i februari 2026."
    ws.merge_cells("A2:M2")
    ws["A3"] = "Uppdaterad 2026-01-16 / Birgitta Holmlund, controller"
    ws["A3"].font = Font(italic=True)
    hdr = ["Nr", "Process", "Risk", "Riskvärde (S×K)", "Kontrollmoment", "Metod",
           "Frekvens", "Ansvarig", "T1", "T2", "T3", "Kommentar", "Avvikelse / åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("FF1F4E78")
        c.border = BOX
        c.alignment = WRAP
    rows = [
        ("grp", "1. Myndighetsutövning"),
        ("1.1", "Biståndshandläggning", "Beslut fattas utan stöd i delegation", 6,
         "Beslut om bistånd enligt SoL fattas av behörig handläggare enligt delegationsordningen",
         "Stickprov 15 beslut", "Per tertial", "Enhetschef myndighet", G, G, G, "", "",
         "GENOMFORD", "nej"),
        ("1.2", "Biståndshandläggning", "Långa handläggningstider", 9,
         "Utredningstid för ansökan om särskilt boende överstiger inte tre månader",
         "Uttag ur Lifecare", "Per tertial", "Enhetschef myndighet", Y, R, G,
         "Samtliga ärenden T3 genomgångna.",
         "7 av 19 ärenden överskred tre månader. Åtgärd: veckovis ärendegenomgång från december.",
         "GENOMFORD", "ja"),
        ("1.3", "Hemtjänst", "Insatser utförs utan aktuell plan", 6,
         "Genomförandeplaner upprättas inom 14 dagar efter verkställt beslut inom hemtjänsten",
         "Stickprov 10 brukare per grupp", "Per tertial", "Enhetschefer hemtjänst", R, Y, Y,
         "Granskat i två av fyra hemtjänstgrupper, resterande grupper granskas i mars 2026.", "",
         "DELVIS", "nej"),
        ("grp", "2. Hälso- och sjukvård"),
        ("2.1", "Patientsäkerhet", "Avvikelser fångas inte upp", 8,
         "Avvikelser enligt HSL rapporteras i avvikelsesystemet och analyseras av MAS varje månad",
         "Genomgång av månadsrapport", "Månadsvis", "MAS", G, G, G, "", "",
         "GENOMFORD", "nej"),
        ("2.2", "Läkemedel", "Felaktig läkemedelsbehandling", 12,
         "Läkemedelsgenomgång har genomförts för samtliga boende på särskilt boende",
         "Kontroll mot journal", "Två gånger per år", "MAS", None, Y, G, "",
         "Två boende på Strandgården saknade dokumenterad genomgång, åtgärdat i november.",
         "GENOMFORD", "ja"),
        ("2.3", "Delegering", "Personal utför uppgifter utan giltig delegering", 8,
         "Delegering av hälso- och sjukvårdsuppgifter till omvårdnadspersonal är aktuell och signerad",
         "Genomgång av delegeringsregister", "Årligen", "Sjuksköterskor", G, G, None,
         "Årlig kontroll – genomförd i sin helhet under T2, ingen ytterligare kontroll planerad.", "",
         "GENOMFORD", "nej"),
        ("grp", "3. Ekonomi, personal och information"),
        ("3.1", "Inköp", "Fakturor attesteras felaktigt", 4,
         "Attest av leverantörsfakturor sker enligt attestreglementet med stickprov om 25 fakturor per tertial",
         "Stickprov", "Per tertial", "Controller", G, G, G, "", "",
         "GENOMFORD", "nej"),
        ("3.2", "Lön", "Felaktiga löneutbetalningar till timanställda", 9,
         "Timanställdas tidrapporter i Heroma attesteras av chef före löneutbetalning",
         "Rapport ur Heroma", "Per tertial", "Lönehandläggare", G, Y, R,
         "Kontrollen för T3 hann inte göras på grund av sjukskrivning.", "",
         "EJ_GENOMFORD", "nej"),
        ("3.3", "Informationssäkerhet", "Obehöriga har kvar åtkomst", 6,
         "Behörigheter i verksamhetssystemet Lifecare avslutas när anställningen upphör",
         "Jämförelse mot HR-lista", "Per tertial", "Systemförvaltare", GR, GR, GR,
         "Ersätts av kommungemensam behörighetskontroll i KS plan.", "",
         "UTGAR", "nej"),
        ("3.4", "LSS", "Brukares pengar hanteras felaktigt", 12,
         "Brukarnas kontanthantering på gruppbostäder enligt LSS redovisas månadsvis med kvitton",
         "Genomgång av kassabok", "Per tertial", "Enhetschef LSS", G, R, G, "",
         "Kvitton saknades för 1 240 kr på Björkgårdens gruppbostad. Redovisat till nämnden 2025-10-22.",
         "GENOMFORD", "ja"),
        ("3.5", "Informationssäkerhet", "Otillbörlig åtkomst till journaler", 9,
         "Loggkontroll i journalsystemet genomförs för slumpvis utvalda användare",
         "Loggutdrag", "Per tertial", "Systemförvaltare", None, None, None, "", "",
         "SAKNAS", "nej"),
    ]
    r = 6
    for row in rows:
        if row[0] == "grp":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            for col in range(1, 14):
                ws.cell(row=r, column=col).fill = fill("FFDDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
            r += 1
            continue
        nr, proc, risk, rv, km, met, frek, ans, t1, t2, t3, kom, avv, st, dev = row
        vals = [nr, proc, risk, rv, km, met, frek, ans, None, None, None, kom or None, avv or None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        for i, col in ((9, t1), (10, t2), (11, t3)):
            if col:
                ws.cell(row=r, column=i).fill = fill(col)
        exp(fil, N, km, st, dev)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Antal kontrollmoment: 11").font = Font(italic=True)
    r += 2
    ws.cell(row=r, column=2, value="Teckenförklaring").font = Font(bold=True)
    for col, txt in ((G, "Kontrollen genomförd"), (Y, "Kontrollen delvis genomförd / pågår"),
                     (R, "Kontrollen ej genomförd"), (GR, "Kontrollen utgår")):
        r += 1
        ws.cell(row=r, column=2).fill = fill(col)
        ws.cell(row=r, column=2).border = BOX
        ws.cell(row=r, column=3, value=txt)
    r += 1
    ws.cell(row=r, column=2, value="Ofärgad ruta = ingen rapportering för tertialen.")
    widths = [6, 18, 26, 10, 48, 22, 14, 20, 6, 6, 6, 40, 48]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.freeze_panes = "E6"
    p = os.path.join(OUT, fil)
    wb.save(p)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Barn- och utbildningsnämnden: Word, numbered headings, small label/value
#    table under each control.
# ---------------------------------------------------------------------------
def bun():
    fil = "BUN uppföljning internkontroll helår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = Document()
    d.core_properties.author = "Lennart Eklund"
    d.core_properties.title = "Uppföljning internkontroll BUN 2025"
    t = d.add_paragraph()
    run = t.add_run("Barn- och utbildningsnämnden")
    run.bold = True
    run.font.size = Pt(16)
    d.add_paragraph("Uppföljning av internkontrollplan 2025 – helår").runs[0].bold = True
    d.add_paragraph(
        "Nämnden antog internkontrollplanen för 2025 den 19 februari 2025 (§ 12). Planen omfattar nio "
        "kontrollmoment inom tre områden. Nedan redovisas resultatet av varje kontroll vid delår och helår. "
        "Avvikelser som konstaterats redovisas tillsammans med vidtagna åtgärder.")
    sections = [
        ("1. Ekonomi", [
            ("1.1 Attest av leverantörsfakturor",
             "Leverantörsfakturor attesteras av behörig attestant enligt gällande attestförteckning",
             "Stickprov 30 fakturor ur Raindance", "Controller",
             "Samtliga 30 fakturor var attesterade av behörig attestant.",
             "Genomförd", "Genomförd", "Nej", "GENOMFORD", "nej"),
            ("1.2 Representation och kurser",
             "Representation och kurser redovisas med syfte och deltagarförteckning",
             "Granskning av 15 verifikationer", "Controller",
             "I 4 av 15 granskade verifikationer saknades deltagarförteckning. Rektorerna har påmints om rutinen.",
             "", "Genomförd", "Ja", "GENOMFORD", "ja"),
            ("1.3 Skolskjuts",
             "Skolskjutsavtal faktureras enligt avtalade priser och körda turer",
             "Avstämning faktura mot avtal och körlistor", "Skolskjutssamordnare",
             "Kontrollen har inte genomförts under året på grund av vakans inom upphandlingsfunktionen.",
             "Ej påbörjad", "", "", "EJ_GENOMFORD", "nej"),
        ]),
        ("2. Elevhälsa och undervisning", [
            ("2.1 Skolfrånvaro",
             "Elever med mer än 10 % ogiltig frånvaro följs upp enligt rutin för problematisk skolfrånvaro",
             "Uttag ur frånvarosystemet och genomgång med rektor", "Elevhälsochef",
             "Rutinen följdes på två av tre skolor. På Nylandsskolan saknades uppföljning för sex elever under vårterminen.",
             "Delvis genomförd", "Genomförd", "Ja", "GENOMFORD", "ja"),
            ("2.2 Kränkande behandling",
             "Anmälan till huvudman om kränkande behandling görs samma dag som händelsen blivit känd för personalen",
             "Genomgång av samtliga anmälningar", "Verksamhetschef grundskola",
             "I 6 av 41 anmälningar dröjde anmälan mer än en dag. Granskningen av höstterminen pågår.",
             "Delvis genomförd", "Delvis genomförd", "Ja", "DELVIS", "ja"),
            ("2.3 Särskilt stöd",
             "Beslut om särskilt stöd och åtgärdsprogram dokumenteras i elevakten",
             "Stickprov 5 elever per skola", "Rektorer",
             "Se bilaga 2.",
             "", "Se bilaga", "", "OKLAR", "nej"),
        ]),
        ("3. Personal och förskola", [
            ("3.1 Registerkontroll",
             "Utdrag ur belastningsregistret har kontrollerats före anställning i förskola och skola",
             "Genomgång av 20 nyanställningar", "HR-konsult",
             "Utdrag fanns för samtliga 20 nyanställda.",
             "Genomförd", "Genomförd", "Nej", "GENOMFORD", "nej"),
            ("3.2 Barnomsorgsavgifter",
             "Barnomsorgsavgifter debiteras utifrån aktuell inkomstuppgift enligt maxtaxan",
             "Avstämning mot inkomstuppgifter", "Avgiftshandläggare",
             "Kontrollen utgår efter nämndens beslut 2025-09-17 § 68 och ingår i kommungemensam granskning.",
             "Genomförd", "Utgår", "", "UTGAR", "nej"),
            ("3.3 Delegationsbeslut",
             "Delegationsbeslut anmäls till nämnden vid närmast följande sammanträde",
             "Jämförelse delegationslistor mot protokoll", "Nämndsekreterare",
             "Vårens sammanträden kontrollerade, hösten kontrolleras i januari.",
             "Ej påbörjad", "Pågår", "", "DELVIS", "nej"),
        ]),
    ]
    for h1, ctrls in sections:
        d.add_heading(h1, level=1)
        for (h2, km, metod, ans, res, sd, sh, avv, st, dev) in ctrls:
            d.add_heading(h2, level=2)
            tab = d.add_table(rows=0, cols=2)
            tab.style = "Table Grid"
            for lab, val in (("Kontrollmoment", km), ("Metod", metod), ("Ansvarig", ans),
                             ("Resultat", res), ("Status delår", sd), ("Status helår", sh),
                             ("Avvikelse (Ja/Nej)", avv)):
                cells = tab.add_row().cells
                cells[0].text = lab
                cells[0].paragraphs[0].runs[0].bold = True
                cells[1].text = val
            d.add_paragraph()
            exp(fil, N, km, st, dev)
    d.add_paragraph("Ullånger 2026-01-21")
    d.add_paragraph("Lennart Eklund, controller\t\tAnnika Norberg, förvaltningschef")
    d.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Tekniska nämnden: .ods with tick columns and J/N deviation column.
# ---------------------------------------------------------------------------
def tn():
    fil = "Tekniska nämnden - IK uppföljning 2025.ods"
    N = "Tekniska nämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Tekniska nämnden – uppföljning av internkontroll 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Period: Helår"
    ws["A3"] = "Markera med X i den kolumn som gäller. Avvikelse anges med J (ja) eller N (nej)."
    ws["A3"].font = Font(italic=True)
    hdr = ["Nr", "Process", "Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd",
           "Avvikelse J/N", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("FFD9D9D9")
        c.border = BOX
    rows = [
        ("grp", "VA och avfall"),
        (1, "Dricksvatten", "Provtagning av dricksvatten sker enligt fastställt provtagningsprogram",
         "X", "", "", "N", "Samtliga prover tagna, inga anmärkningar.", "GENOMFORD", "nej"),
        (2, "VA-taxa", "Avläsning av vattenmätare och debitering av VA-avgifter stäms av mot kundregistret",
         "X", "", "", "J", "Fem abonnenter debiterades schablon trots avläst mätare, rättat i oktober.",
         "GENOMFORD", "ja"),
        (3, "Avfall", "Farligt avfall på återvinningscentralerna hanteras och dokumenteras enligt tillstånd",
         "", "x", "", "N", "Dokumentation kontrollerad för ÅVC Sandviken, ej för ÅVC Gallsäter.",
         "DELVIS", "nej"),
        ("grp", "Fastighet"),
        (4, "Besiktningar", "Lagstadgade besiktningar (OVK, hissar, brandlarm) utförs inom föreskrivna intervall",
         "X", "", "", "J", "OVK på Solbackens skola försenad fyra månader.", "GENOMFORD", "ja"),
        (5, "Hyror", "Hyresavtal för externt inhyrda lokaler stäms av mot fakturerad hyra",
         "X", "X", "", "", "", "OKLAR", "nej"),
        ("grp", "Gata och park"),
        (6, "Lekplatser", "Lekplatser besiktigas årligen och åtgärder dokumenteras i underhållsplanen",
         "", "", "X", "N", "Besiktning beställd men ej utförd under 2025.", "EJ_GENOMFORD", "nej"),
        (7, "Vinterväghållning", "Vinterväghållning utförs enligt avtal och entreprenörens körjournaler granskas",
         "", "", "", "", "Utgår – ny entreprenör upphandlad, kontrollen flyttas till 2026 enligt TN 2025-03-12 § 19.",
         "UTGAR", "nej"),
        ("grp", "Kost och service"),
        (8, "Livsmedelssäkerhet", "Egenkontrollprogram i tillagningskök följs och temperaturloggar signeras dagligen",
         "✓", "", "", "N", "", "GENOMFORD", "nej"),
        (9, "Inköp", "Livsmedelsinköp görs från upphandlade avtalsleverantörer (avtalstrohet)",
         "", "X", "", "J", "Avtalstrohet 82 %. Inköp från ej avtalad grossist under sommaren.", "DELVIS", "ja"),
        (10, "Fordon", "Drivmedelskort till kommunens fordon används endast för tjänsteändamål",
         "", "", "", "", "", "SAKNAS", "nej"),
        (11, "Ekonomi", "Fakturor inom tekniska förvaltningen attesteras enligt nämndens attestordning",
         "", "", "", "N", "Genomförd utan anmärkning, stickprov 20 fakturor.", "GENOMFORD", "nej"),
    ]
    r = 6
    for row in rows:
        if row[0] == "grp":
            ws.cell(row=r, column=2, value=row[1]).font = Font(bold=True)
            r += 1
            continue
        nr, proc, km, g, dl, ej, jn, kom, st, dev = row
        for i, v in enumerate([nr, proc, km, g or None, dl or None, ej or None, jn or None, kom or None], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        exp(fil, N, km, st, dev)
        r += 1
    ws.cell(row=r, column=3, value="Antal").font = Font(bold=True)
    ws.cell(row=r, column=4, value=5)
    ws.cell(row=r, column=5, value=3)
    ws.cell(row=r, column=6, value=1)
    r += 2
    ws.cell(row=r, column=1, value="Redovisad i tekniska nämnden 2026-02-11. Controller: Göran Westman")
    for col, w in zip("ABCDEFGH", [5, 18, 55, 11, 8, 13, 13, 50]):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "tn.xlsx")
    wb.save(src)
    out = soffice(src, "ods")
    shutil.move(out, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Socialnämnden: .xls, status as percentages or "x av y" in the comment.
# ---------------------------------------------------------------------------
def sn():
    fil = "Socialnämnden IK 2025 helår.xls"
    N = "Socialnämnden"
    wb = Workbook()
    ws = wb.active
    ws.title = "IK 2025"
    ws["A1"] = "Socialnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning internkontrollplan 2025 – Helår"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Upprättad av: Kjell Byström, controller"
    hdr = ["Område", "Vad kontrolleras", "Hur / stickprov", "Genomfört", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    # value for "Genomfört": float -> formatted 0 %, str -> as is, None -> blank
    rows = [
        ("Myndighetsutövning IFO", "Förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Samtliga anmälningar T3", 1.0,
         "42 av 45 förhandsbedömningar klara inom 14 dagar. Tre överskred fristen med 2–5 dagar.",
         "GENOMFORD", "ja"),
        ("", "Utredning enligt 11 kap. 2 § SoL avslutas inom fyra månader",
         "Uttag ur Treserva", 1.0, "31 av 31 utredningar avslutade inom fyra månader.",
         "GENOMFORD", "nej"),
        ("", "Beslut om ekonomiskt bistånd fattas enligt delegationsordningen",
         "Stickprov 20 beslut", None, "Stickprov 20 av 20 beslut granskade, samtliga fattade av rätt delegat.",
         "GENOMFORD", "nej"),
        ("", "Placerade barn i familjehem besöks av socialsekreterare minst fyra gånger per år",
         "Genomgång av journalanteckningar per kvartal", "50 %",
         "Två av fyra kvartal granskade. Kvartal 3–4 granskas i februari.", "DELVIS", "nej"),
        ("Ekonomi", "Utbetalningar av ekonomiskt bistånd kontrolleras mot Försäkringskassan och CSN via SSBTEK",
         "Månadsvis kontroll", 0.0, "0 av 12 månader kontrollerade, kontrollen har inte påbörjats.",
         "EJ_GENOMFORD", "nej"),
        ("", "Fakturor från externa HVB-placeringar stäms av mot beslut och avtal",
         "Samtliga fakturor T3", 1.0,
         "12 av 14 fakturor stämde. Två fakturor avsåg dygn efter utskrivning, kreditering begärd.",
         "GENOMFORD", "ja"),
        ("", "Kontanta medel och presentkort till klienter förvaras och kvitteras enligt rutin",
         "Inventering per enhet", "75 %", "3 av 4 enheter kontrollerade.", "DELVIS", "nej"),
        ("Information och kvalitet", "Loggkontroll i Treserva av åtkomst till sekretessmarkerade ärenden",
         "Loggutdrag 10 ärenden", "?", "Osäkert om kontrollen hunnits med, stäms av med systemförvaltaren.",
         "OKLAR", "nej"),
        ("", "Nyanställda socialsekreterare har fått introduktion i dokumentation enligt HSLF-FS 2014:5",
         "Genomgång av introduktionschecklistor", "Utgår", "Utgår enligt beslut SN 2025-04-23 § 41.",
         "UTGAR", "nej"),
        ("", "Rapporter enligt lex Sarah utreds och anmäls till IVO inom angivna tidsfrister",
         "Genomgång av samtliga rapporter", None, None, "SAKNAS", "nej"),
    ]
    r = 6
    for omr, km, hur, pct, kom, st, dev in rows:
        vals = [omr or None, km, hur, pct, kom]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
            if i == 4 and isinstance(v, float):
                c.number_format = "0%"
        exp(fil, N, km, st, dev)
        r += 1
    ws.cell(row=r, column=3, value="Genomförandegrad totalt").font = Font(bold=True)
    c = ws.cell(row=r, column=4, value=0.64)
    c.number_format = "0%"
    c.font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="Genomfört = andel av planerade kontroller som har utförts under året.")
    for col, w in zip("ABCDE", [24, 55, 30, 11, 60]):
        ws.column_dimensions[col].width = w
    src = os.path.join(TMP, "sn.xlsx")
    wb.save(src)
    out = soffice(src, "xls")
    shutil.move(out, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Ledningssystem export (Stratsys) for KS and KFN: one row per control and
#    period, cp1252, semicolon, preamble line.
# ---------------------------------------------------------------------------
def export():
    fil = "Export_Stratsys_internkontroll_20260114.csv"
    KS, KFN = "Kommunstyrelsen", "Kultur- och fritidsnämnden"
    # (nämnd as in export, register nämnd, område, km, delår(status, avv, kom) or None,
    #  helår(status, avv, kom) or None, expected status, avv)
    ctrls = [
        ("Kommunstyrelsen", KS, "Lön",
         "Löneutbetalningar stäms av mot lönelista och avvikelser utreds före utbetalning",
         ("Genomförd", "Nej", "Avstämning gjord varje månad."),
         ("Genomförd", "Nej", "Avstämning gjord varje månad, inga avvikelser."), "GENOMFORD", "nej"),
        ("Kommunstyrelsen", KS, "IT och informationssäkerhet",
         "Behörigheter i ekonomisystemet Raindance stäms av mot aktuell personalförteckning",
         ("Pågående", "", "Underlag beställt från HR."),
         ("Genomförd", "Ja", "Sex konton för avslutade medarbetare var fortfarande aktiva, nu spärrade."),
         "GENOMFORD", "ja"),
        ("Kommunstyrelsen", KS, "Upphandling",
         "Direktupphandlingar över 100 000 kr dokumenteras enligt 19 kap. LOU",
         ("Genomförd", "Nej", "Stickprov vår: 5 av 5 dokumenterade."),
         ("Pågående", "Ja", "Dokumentation saknas i 2 av 10 granskade upphandlingar, komplettering pågår."),
         "DELVIS", "ja"),
        ("Kommunstyrelsen", KS, "Ekonomi",
         "Avdrag för ingående moms görs korrekt vid inköp (stickprov på momsredovisningen)",
         ("Ej påbörjad", "", ""), ("Ej påbörjad", "", "Flyttas till 2026 på grund av bokslutsarbete."),
         "EJ_GENOMFORD", "nej"),
        ("Kommunstyrelsen", KS, "Dokumenthantering",
         "Dokumenthanteringsplanen tillämpas vid arkivering av allmänna handlingar",
         None, ("Genomförd", "Nej", "Kontrollen tillkom i juni. Tre förvaltningar granskade utan anmärkning."),
         "GENOMFORD", "nej"),
        ("Kommunstyrelsen", KS, "Dataskydd",
         "Personuppgiftsbiträdesavtal finns för samtliga system som behandlar personuppgifter",
         ("Pågående", "", "Inventering påbörjad."),
         ("Ej aktuell", "", "Kontrollen ersatt av GDPR-projektet enligt KS beslut 2025-10-06 § 152."),
         "UTGAR", "nej"),
        ("Kommunstyrelsen", KS, "Delegation",
         "Kommunstyrelsens delegationsbeslut anmäls och protokollförs vid nästa sammanträde",
         ("Genomförd", "Nej", ""), ("Genomförd", "Nej", ""), "GENOMFORD", "nej"),
        ("Kommunstyrelsen", KS, "Ekonomi",
         "Ändrade bankuppgifter i leverantörsregistret verifieras mot leverantören före utbetalning",
         ("Genomförd", "Ja", "Ett försök till fakturabedrägeri stoppades i april."),
         ("Genomförd", "Ja", "Försöket i april kvarstår som avvikelse, inga nya fall under hösten."),
         "GENOMFORD", "ja"),
        ("Kultur och fritid", KFN, "Föreningsbidrag",
         "Bidrag till föreningar betalas ut enligt bidragsnormerna och med korrekt medlemsunderlag",
         ("Pågående", "", ""),
         ("Genomförd", "Ja", "Två föreningar hade redovisat fler medlemmar än registrerat, återkrav skickat."),
         "GENOMFORD", "ja"),
        ("Kultur och fritid", KFN, "Kassahantering",
         "Dagskassor i simhallen och biblioteket redovisas dagligen och stäms av mot kassasystemet",
         ("Genomförd", "Nej", ""), ("Genomförd", "Nej", "Stickprov 10 dagar per halvår."), "GENOMFORD", "nej"),
        ("Kultur och fritid", KFN, "Intäkter",
         "Uthyrning av idrottshallar faktureras enligt bokningssystemet",
         ("Ej påbörjad", "", ""), ("Pågående", "", "Bokningar jan–aug avstämda."), "DELVIS", "nej"),
        ("Kultur och fritid", KFN, "Inventarier",
         "Inventarieförteckningen över kulturskolans utlånade instrument är uppdaterad",
         ("", "", ""), ("", "", "Se bilaga"), "OKLAR", "nej"),
        ("Kultur och fritid", KFN, "Föreningsbidrag",
         "Redovisade studietimmar från studieförbunden följs upp mot beviljat bidrag",
         ("Genomförd", "Nej", ""), ("Avbruten", "", "Kontrollen avbröts när ansvarig handläggare slutade."),
         "EJ_GENOMFORD", "nej"),
        ("Kultur och fritid", KFN, "Tillstånd",
         "Registrering av lotterier enligt spellagen handläggs inom fastställd tid",
         ("", "", ""), ("", "", ""), "SAKNAS", "nej"),
    ]
    lines = [["Internkontroll 2025 – uppföljning. Utskriven 2026-01-14 08:32 av Sofia Öberg"],
             ["Nämnd", "Plan", "Kontrollområde", "Kontrollmoment", "Period", "Status",
              "Avvikelse", "Kommentar", "Senast ändrad"]]
    for period, idx, date in (("Delår 2025", 4, "2025-09-"), ("Helår 2025", 5, "2026-01-")):
        day = 2
        for c in ctrls:
            v = c[idx]
            if v is None:
                continue
            lines.append([c[0], "Internkontrollplan 2025", c[2], c[3], period, v[0], v[1], v[2],
                          date + "%02d" % day])
            day += 1
    for c in ctrls:
        exp(fil, c[1], c[3], c[6], c[7])
    with open(os.path.join(OUT, fil), "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        for l in lines:
            w.writerow(l)
    FILES.append((fil, "INLAST", KS, "2025", "HELAR"))
    FILES.append((fil, "INLAST", KFN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Miljö- och byggnämnden: nämnd only in the print header. Code 1–3 + U with
#    legend in a sentence under the table.
# ---------------------------------------------------------------------------
def mbn():
    fil = "IK_helar_2025_slutversion.xlsx"
    N = "Miljö- och byggnämnden"
    wb = Workbook()
    wb.properties.creator = "Maria Lindqvist"
    wb.properties.title = "Uppföljning internkontroll 2025"
    ws = wb.active
    ws.title = "Helår"
    ws.oddHeader.left.text = "Miljö- och byggnämnden"
    ws.oddHeader.right.text = "Ullångers kommun"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Avser: helår"
    hdr = ["Kontrollområde", "Aktivitet", "Utfall", "Bedömning 1–3", "Åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("FFE2EFDA")
        c.border = BOX
    rows = [
        ("Bygglov", "Bygglovsbeslut fattas inom tio veckor från komplett ansökan enligt PBL",
         "11 av 96 beslut tog längre tid än tio veckor.", 2,
         "Ny rutin för kompletteringsbegäran.", "GENOMFORD", "ja"),
        ("", "Avgifter för bygglov och anmälan debiteras enligt gällande plan- och bygglovstaxa",
         "Stickprov 25 ärenden, samtliga rätt debiterade.", 1, "", "GENOMFORD", "nej"),
        ("", "Startbesked lämnas inte innan kontrollplan har fastställts",
         "Samtliga startbesked under året granskade.", 1, "", "GENOMFORD", "nej"),
        ("Miljö och hälsa", "Tillsyn av miljöfarlig verksamhet genomförs enligt fastställd tillsynsplan",
         "Tillsyn genomförd enligt plan, 47 av 47 objekt besökta.", None, "", "GENOMFORD", "nej"),
        ("", "Årlig kontrollavgift för livsmedelsanläggningar debiteras i januari för samtliga anläggningar",
         "Fakturering gjord 2025-01-28.", 1, "", "GENOMFORD", "nej"),
        ("", "Handläggning av klagomål på störningar påbörjas inom två veckor",
         "3 av 28 ärenden påbörjades först efter tre veckor.", 2,
         "Bevakning i ärendesystemet införs.", "GENOMFORD", "ja"),
        ("", "Förelägganden om åtgärder för enskilda avlopp följs upp inom beslutad tid",
         "Uppföljning har inte gjorts på grund av resursbrist.", 3,
         "Prioriteras 2026.", "EJ_GENOMFORD", "nej"),
        ("Administration", "Delegationsbeslut redovisas till nämnden månadsvis",
         "Ersatt av kommungemensam kontroll i kommunstyrelsens plan.", "U", "", "UTGAR", "nej"),
        ("", "Inkomna handlingar diarieförs inom två arbetsdagar",
         "Se bilaga", None, "", "OKLAR", "nej"),
    ]
    r = 5
    for omr, km, utf, bed, atg, st, dev in rows:
        for i, v in enumerate([omr or None, km, utf, bed, atg or None], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = WRAP
        exp(fil, N, km, st, dev)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Bedömning: 1 = genomförd utan anmärkning, 2 = genomförd med anmärkning "
                                   "(avvikelse), 3 = ej genomförd, U = utgår.")
    r += 2
    ws.cell(row=r, column=1, value="Maria Lindqvist, miljö- och byggchef")
    for col, w in zip("ABCDE", [18, 60, 50, 14, 36]):
        ws.column_dimensions[col].width = w
    ws.print_title_rows = "4:4"
    wb.save(os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Överförmyndarnämnden: last year's file sent by mistake (content 2024),
#    file name carries the sending date 2026.
# ---------------------------------------------------------------------------
def ofn():
    fil = "OFN_uppfoljning_IK_2026-01-20.odt"
    N = "Överförmyndarnämnden"
    d = Document()
    p = d.add_paragraph()
    r = p.add_run("Helårsuppföljning internkontrollplan 2024")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph("Nämnd/enhet: Överförmyndarnämnden")
    d.add_paragraph("År: 2024")
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder", "Status"]
    rows = [
        ("1", "Granskning", "Årsräkningar granskas och arvoden beslutas senast 30 juni",
         "12 av 148 årsräkningar granskades efter den 30 juni.",
         "Tidigare påminnelse till ställföreträdare.", "Granskning genomförd", "GENOMFORD", "ja"),
        ("2", "Rekrytering", "Nya ställföreträdare kontrolleras mot belastningsregistret och Kronofogden före förordnande",
         "Ingen avvikelse.", "Ingen åtgärd.", "Granskning genomförd", "GENOMFORD", "nej"),
        ("3", "Omyndigas medel", "Överförmyndarspärr på omyndigas bankkonton kontrolleras vid årsredovisningen",
         "Inga avvikelser.", "", "Granskning genomförd", "GENOMFORD", "nej"),
        ("4", "Förteckningar", "Förteckning över huvudmannens tillgångar lämnas in inom två månader efter förordnande",
         "Ej granskad på grund av byte av verksamhetssystem.", "Granskas 2025.",
         "Granskning ej genomförd", "EJ_GENOMFORD", "nej"),
        ("5", "Handläggning", "Huvudmannens samtycke dokumenteras vid ansökan om godmanskap",
         "Stickprov av 15 ärenden genomfört. Inga avvikelser noterade.", "", "", "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:6]):
            cells[i].text = v
        exp(fil, N, row[2], row[6], row[7])
    d.add_paragraph()
    d.add_paragraph("Ullånger 2025-01-22")
    d.add_paragraph("Eva Sundqvist, ordförande överförmyndarnämnden")
    src = os.path.join(TMP, "ofn.docx")
    d.save(src)
    out = soffice(src, "odt")
    shutil.move(out, os.path.join(OUT, fil))
    FILES.append((fil, "INLAST", N, "2024", "HELAR"))


# ---------------------------------------------------------------------------
# 8. A truncated .xlsx (broken download) - must be rejected.
# ---------------------------------------------------------------------------
def broken():
    fil = "IK-uppföljning_utkast.xlsx"
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Uppföljning internkontroll 2025 – utkast"
    for i in range(2, 40):
        ws.cell(row=i, column=1, value="Rad %d" % i)
    src = os.path.join(TMP, "broken.xlsx")
    wb.save(src)
    data = open(src, "rb").read()
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(data[:len(data) // 3])
    FILES.append((fil, "AVVISAD", "", "", ""))


def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
        ("Socialnämnden", "SN|Socialförvaltningen|Individ- och familjeomsorgen"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|Omsorgsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Miljö- och byggnämnden", "MBN|Miljö- och byggkontoret"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("nämnd;alias\n")
        for n, a in reg:
            f.write("%s;%s\n" % (n, a))
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            f.write(";".join(row) + "\n")
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert all(";" not in x and "\n" not in x for x in row), row
            f.write(";".join(row) + "\n")
    kms = [r[2] for r in EXPECTED]
    assert len(kms) == len(set(kms)), "duplicate kontrollmoment"
    assert all(len(k) >= 25 for k in kms), [k for k in kms if len(k) < 25]


if __name__ == "__main__":
    von()
    bun()
    tn()
    sn()
    export()
    mbn()
    ofn()
    broken()
    registers()
    shutil.rmtree(TMP, ignore_errors=True)
    print("files:", len(set(f[0] for f in FILES)), "nämnd rows:", len(FILES), "controls:", len(EXPECTED))
