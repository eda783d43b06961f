#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r603 - Vellinge kommun, helår 2025.
Builds all follow-up files, the rejected presentation and namnder.csv / files.csv / expected.csv."""
import csv
import datetime
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 27, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def path(name):
    return os.path.join(OUT, name)


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fix_props(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Vellinge kommun"
    wb.properties.lastModifiedBy = "Vellinge kommun"


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen - tick-column workbook with sub-rows a), b), c)
# ---------------------------------------------------------------------------
def build_ks():
    fil = "KS_Uppföljning internkontrollplan 2025_helår.xlsx"
    N = "Kommunstyrelsen"
    Y, X = "☑", "☐"
    # kind: H = process heading; M = main control; G = group head (no ticks); S = sub-row
    # (kind, nr, kontrollmoment, metod, ansvarig, frekvens, utford, ej, avv-col, kommentar, exp_status, exp_avv)
    rows = [
        ("H", "", "Ekonomi och upphandling"),
        ("M", "1", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 30 fakturor per tertial", "Redovisningschef", "Tertial", Y, X, "Nej",
         "Stickprov på totalt 90 fakturor, samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("M", "2", "Representation och förtroendekänsliga poster redovisas enligt riktlinje", "Granskning av samtliga representationsfakturor > 2 tkr", "Controller", "Halvår", Y, X, "Ja",
         "2 av 25 poster saknade deltagarförteckning och syfte. Påminnelse har skickats till berörda chefer.", "GENOMFORD", "ja"),
        ("G", "3", "Avtalstrohet vid inköp", "", "Upphandlingschef", "Årligen", "", "", "", "", None, None),
        ("S", "a)", "Inköp av konsulttjänster sker mot gällande ramavtal", "Spendanalys helår", "Upphandlingschef", "Årligen", Y, X, "Ja",
         "3 köp av konsulttjänster utanför avtal identifierade (totalt 412 tkr). Dialog förd med beställarna.", "GENOMFORD", "ja"),
        ("S", "b)", "Direktupphandlingar över 100 tkr dokumenteras", "Genomgång av dokumentation", "Upphandlingschef", "Årligen", X, Y, "",
         "Kontrollen hann inte genomföras under 2025 och flyttas till internkontrollplan 2026.", "EJ_GENOMFORD", ""),
        ("M", "4", "Avstämning av balanskonton vid månadsbokslut", "Kontroll av avstämningsunderlag", "Redovisningschef", "Månadsvis", Y, X, "Nej",
         "", "GENOMFORD", "nej"),
        ("M", "5", "Ändringar av leverantörers bankuppgifter verifieras innan registrering", "Ringkontroll mot känd kontaktperson", "Ekonomiassistent", "Löpande", Y, X, "Nej",
         "Samtliga 14 ändringar verifierade via ringkontroll.", "GENOMFORD", "nej"),
        ("M", "6", "Kundfordringar – påminnelse- och inkassorutin följs", "Stickprov 20 fakturor", "Ekonomichef", "Halvår", X, X, "",
         "", "SAKNAS", ""),
        ("H", "", "HR och lön"),
        ("M", "7", "Löneutbetalningar till nyanställda och avslutade medarbetare är korrekta", "Stickprov 15 anställningar", "HR-chef", "Tertial", Y, X, "Nej",
         "Inga felaktiga utbetalningar noterade.", "GENOMFORD", "nej"),
        ("G", "8", "Bisysslor", "", "HR-chef", "Årligen", "", "", "", "", None, None),
        ("S", "a)", "Samtliga medarbetare har lämnat uppgift om bisyssla", "Inventering via medarbetarsamtal", "HR-chef", "Årligen", X, Y, "",
         "Inventeringen har inte genomförts under året; planeras till första kvartalet 2026.", "EJ_GENOMFORD", ""),
        ("S", "b)", "Anmälda bisysslor med risk för jäv har prövats", "Genomgång av anmälda bisysslor", "HR-chef", "Årligen", Y, X, "Nej",
         "Två bisysslor prövade, bedömda som förenliga med anställningen.", "GENOMFORD", "nej"),
        ("M", "9", "Friskvårdsbidrag betalas ut enligt riktlinje", "Stickprov 20 utbetalningar", "Lönespecialist", "Årligen", Y, Y, "",
         "Se kommentar i lönerapporten.", "OKLAR", ""),
        ("M", "10", "Skyddsronder genomförs enligt plan", "Protokoll från skyddsronder", "HR-chef", "Årligen", Y, X, "Nej",
         "", "GENOMFORD", "nej"),
        ("H", "", "IT och informationssäkerhet"),
        ("G", "11", "Behörigheter i verksamhetssystem motsvarar befattning", "", "IT-chef", "Halvår", "", "", "", "", None, None),
        ("S", "", "a) Ekonomisystemet", "Behörighetslista mot HR-systemet", "IT-chef", "Halvår", Y, X, "Ja",
         "4 behörigheter för avslutade anställda fanns kvar och har tagits bort.", "GENOMFORD", "ja"),
        ("S", "", "b) Personal- och lönesystemet", "Behörighetslista mot HR-systemet", "IT-chef", "Halvår", Y, X, "Nej",
         "", "GENOMFORD", "nej"),
        ("S", "", "c) Ärendehanteringssystemet", "Behörighetslista mot HR-systemet", "Registrator", "Halvår", X, X, "",
         "Påbörjad – ungefär hälften av förvaltningarna är kontrollerade, resterande klart i februari 2026.", "DELVIS", ""),
        ("M", "12", "Loggkontroll av åtkomst till personuppgifter", "Stickprov i loggar", "Dataskyddsombud", "Årligen", Y, X, "Nej",
         "Inga obehöriga uppslag noterade.", "GENOMFORD", "nej"),
        ("M", "13", "Säkerhetskopiering – återläsningstest", "Test av återläsning", "IT-chef", "Årligen", X, X, "",
         "Utgår – driftansvaret har överförts till IT-samverkan enligt KS beslut 2025-04-08 § 71.", "UTGAR", ""),
        ("H", "", "Ärendehantering och styrning"),
        ("M", "14", "Delegationsbeslut anmäls till kommunstyrelsen", "Jämförelse diarium – anmälningslistor", "Kanslichef", "Tertial", Y, X, "Nej",
         "", "GENOMFORD", "nej"),
        ("M", "15", "Inkomna handlingar diarieförs utan dröjsmål", "Stickprov 50 handlingar", "Registrator", "Halvår", Y, X, "Ja",
         "Genomsnittlig tid 4 dagar; 12 % registrerades efter mer än en vecka.", "GENOMFORD", "ja"),
        ("M", "16", "Verkställighet av fullmäktiges och kommunstyrelsens beslut följs upp", "Genomgång av beslutslogg", "Kanslichef", "Årligen", X, X, "",
         "Genomförd i december. Inga avvikelser.", "GENOMFORD", "nej"),
        ("M", "17", "Begäran om allmän handling hanteras skyndsamt", "Stickprov 20 ärenden", "Kanslichef", "Halvår", Y, X, "Nej",
         "", "GENOMFORD", "nej"),
        ("H", "", "Säkerhet och beredskap"),
        ("M", "18", "Krisledningsplanen är uppdaterad och övad", "Övning med krisledningsstaben", "Säkerhetssamordnare", "Årligen", X, Y, "",
         "Övningen är flyttad till mars 2026.", "EJ_GENOMFORD", ""),
        ("G", "19", "Tillträdesskydd i kommunhuset", "", "Säkerhetssamordnare", "Halvår", "", "", "", "", None, None),
        ("S", "", "a) Passerkort för avslutade anställda spärras", "Jämförelse passersystem – HR-system", "Säkerhetssamordnare", "Halvår", Y, X, "Nej",
         "", "GENOMFORD", "nej"),
        ("S", "", "b) Besöksloggen i receptionen förs", "Kontroll av besökslogg", "Säkerhetssamordnare", "Halvår", Y, X, "Ja",
         "Besöksloggen saknades för vecka 27–32 (semesterperiod).", "GENOMFORD", "ja"),
        ("M", "20", "Hot- och våldsincidenter rapporteras i incidentsystemet", "Jämförelse incidentsystem – larmlogg", "Säkerhetssamordnare", "Årligen", Y, X, "Nej",
         "", "GENOMFORD", "nej"),
    ]

    wb = Workbook()
    fix_props(wb)
    ins = wb.active
    ins.title = "Instruktion"
    instr = [
        "Instruktion – uppföljning av internkontrollplan 2025",
        "",
        "1. Fyll i fliken \"Uppföljning helår\" för varje kontrollmoment.",
        "2. Markera med ☑ i kolumnen Utförd eller Ej utförd. Omarkerad ruta = ☐.",
        "3. Ange Ja/Nej i kolumnen Avvikelse och beskriv avvikelsen i kommentarsfältet.",
        "4. Kontrollmoment med delmoment (a, b, c) följs upp per delmoment.",
        "5. Skicka filen till ekonomiavdelningen senast 2026-01-23.",
    ]
    for i, t in enumerate(instr, 1):
        ins.cell(row=i, column=1, value=t)
    ins["A1"].font = Font(bold=True, size=14)
    ins.column_dimensions["A"].width = 90

    ws = wb.create_sheet("Uppföljning helår")
    ws["A1"] = "Vellinge kommun – Kommunstyrelsen"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår (tertial 3)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Markering: ☑ = ja, ☐ = nej. Se fliken Instruktion."
    ws["A3"].font = Font(italic=True)
    hdr = ["Nr", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens", "Utförd", "Ej utförd", "Avvikelse", "Kommentar / iakttagelse"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.border = BORDER
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    r = 6
    for row in rows:
        if row[0] == "H":
            ws.cell(row=r, column=1, value=row[2]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="D9E1F2")
            r += 1
            continue
        kind, nr, km, metod, ansv, frekv, u, e, avv, kom, st, ea = row
        vals = [nr, km, metod, ansv, frekv, u, e, avv, kom]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
            if c in (6, 7):
                cell.alignment = Alignment(horizontal="center", vertical="top")
                cell.font = Font(size=13)
        if kind == "G":
            ws.cell(row=r, column=2).font = Font(bold=True)
        if kind == "S":
            ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True, vertical="top", indent=2)
        if st is not None:
            exp(fil, N, km, st, ea)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Summa markerade Utförd / Ej utförd")
    ws.cell(row=r, column=6, value="18")
    ws.cell(row=r, column=7, value="4")
    r += 2
    ws.cell(row=r, column=2, value="Upprättad av: Anna Lindqvist, controller, kommunledningskontoret")
    ws.cell(row=r + 1, column=2, value="Datum: 2026-01-20")
    widths = {"A": 6, "B": 48, "C": 30, "D": 20, "E": 11, "F": 8, "G": 9, "H": 10, "I": 55}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A6"
    ws.print_title_rows = "5:5"
    wb.active = 1
    wb.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 2. Tekniska nämnden - emoji traffic lights, legend on second sheet, T2 + Helår
# ---------------------------------------------------------------------------
def build_tn():
    fil = "Intern kontroll 2025 TN uppföljning.xlsx"
    N = "Tekniska nämnden"
    G, Yl, R, W = "🟢", "🟡", "🔴", "⚪"
    rows = [
        ("T-01", "Medel", "Attest av leverantörsfakturor enligt attestordningen", "Ekonomicontroller", G, G,
         "Stickprov 40 fakturor. Inga avvikelser.", "GENOMFORD", "nej"),
        ("T-02", "Hög", "Entreprenadfakturor kontrolleras mot avtal och ÄTA-beslut", "Projektchef VA", Yl, G,
         "Samtliga fakturor i VA-projektet Östra Grevie kontrollerade. Två ÄTA-arbeten saknade skriftligt beslut – rutinen har skärpts.", "GENOMFORD", "ja"),
        ("T-03", "Hög", "Egenkontroll av dricksvattenkvalitet enligt provtagningsprogram", "VA-chef", G, G,
         "", "GENOMFORD", ""),
        ("T-04", "Hög", "Årlig huvudbesiktning av kommunens lekplatser", "Parkchef", Yl, Yl,
         "18 av 26 lekplatser besiktigade. Resterande 8 besiktigas i mars 2026.", "DELVIS", ""),
        ("T-05", "Medel", "Körjournaler förs för kommunens fordon", "Fordonssamordnare", R, R,
         "Ej genomförd på grund av personalbrist.", "EJ_GENOMFORD", ""),
        ("T-06", "Medel", "Uppföljning av vinterväghållningsentreprenad mot avtalade krav", "Gatuchef", G, "",
         "", "GENOMFORD", ""),
        ("T-07", "Låg", "Inventering av markupplåtelser och arrenden", "Mark- och exploateringsingenjör", W, W,
         "Utgår – ansvaret överfört till kommunstyrelsen (mark och exploatering).", "UTGAR", ""),
        ("T-08", "Medel", "Debiteringsunderlag för avfallstaxan stämmer mot abonnemangsregistret", "Avfallschef", Yl, G,
         "Kontroll genomförd. 3 felaktiga abonnemang har rättats.", "GENOMFORD", "ja"),
        ("T-09", "Medel", "Tillstånd för schakt i allmän mark finns innan arbete påbörjas", "Gatuchef", "", "",
         "", "SAKNAS", ""),
        ("T-10", "Låg", "Skyddsronder i driftverksamheten genomförs", "Driftchef", G, G,
         "Genomförda vid samtliga depåer, inga brister av betydelse.", "GENOMFORD", "nej"),
        ("T-11", "Medel", "Nya avtal registreras i avtalsdatabasen", "Administrativ chef", R, G,
         "Genomförd i november.", "GENOMFORD", ""),
    ]
    wb = Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "Uppföljning"
    ws["A1"] = "Tekniska nämnden – Intern kontroll 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning tertial 2 och helår. Status enligt teckenförklaring på fliken \"Teckenförklaring\"."
    hdr = ["Id", "Riskvärde", "Kontrollmoment", "Ansvarig", "Status T2", "Status helår", "Kommentar helår"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
        cell.border = BORDER
    for i, (rid, risk, km, ansv, t2, hel, kom, st, ea) in enumerate(rows, 5):
        for c, v in enumerate([rid, risk, km, ansv, t2, hel, kom], 1):
            cell = ws.cell(row=i, column=c, value=v if v != "" else None)
            cell.border = BORDER
            cell.alignment = WRAP
            if c in (5, 6):
                cell.alignment = Alignment(horizontal="center", vertical="top")
        exp(fil, N, km, st, ea)
    for k, v in {"A": 7, "B": 10, "C": 55, "D": 26, "E": 10, "F": 11, "G": 60}.items():
        ws.column_dimensions[k].width = v
    lg = wb.create_sheet("Teckenförklaring")
    lg["A1"] = "Teckenförklaring status"
    lg["A1"].font = Font(bold=True)
    legend = [(G, "Kontrollen genomförd"), (Yl, "Kontrollen delvis genomförd / pågår"),
              (R, "Kontrollen ej genomförd"), (W, "Kontrollen utgår / ej aktuell")]
    for i, (sym, txt) in enumerate(legend, 3):
        lg.cell(row=i, column=1, value=sym)
        lg.cell(row=i, column=2, value=txt)
    lg["A8"] = "Eventuella avvikelser beskrivs i kolumnen Kommentar helår."
    lg.column_dimensions["B"].width = 45
    wb.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Omsorgsnämnden - Word, landscape, one table per control
# ---------------------------------------------------------------------------
def build_on():
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    fil = "Omsorgsnämnden uppföljning intern kontroll helår 2025.docx"
    N = "Omsorgsnämnden"
    ctrls = [
        ("Biståndsbeslut inom hemtjänsten följs upp inom sex månader", "Myndighetsutövning", "Stickprov 40 ärenden i verksamhetssystemet", "Enhetschef biståndsenheten",
         "Genomförd med avvikelse", "I 7 av 40 granskade ärenden saknades dokumenterad uppföljning inom sex månader.",
         "Automatisk bevakning i verksamhetssystemet införs från februari 2026.", "GENOMFORD", "ja"),
        ("Avgifter inom äldreomsorgen debiteras enligt beslut", "Ekonomi", "Stickprov 25 avgiftsbeslut mot fakturering", "Avgiftshandläggare",
         "Genomförd", "Inga fel i de 25 granskade avgiftsbesluten.", "Ingen åtgärd krävs.", "GENOMFORD", "nej"),
        ("Signeringslistor för läkemedel på särskilda boenden är kompletta", "Hälso- och sjukvård", "Granskning av signeringslistor en vecka per boende", "Medicinskt ansvarig sjuksköterska",
         "Delvis genomförd", "Kontrollen är gjord på 3 av 5 boenden. På ett boende saknades signeringar vid 9 tillfällen.",
         "Resterande två boenden kontrolleras under första kvartalet 2026. Utbildningsinsats på berört boende.", "DELVIS", "ja"),
        ("Rapporter enligt lex Sarah utreds inom fastställd tid", "Kvalitet", "Genomgång av samtliga rapporter", "Kvalitetsutvecklare",
         "Genomförd", "Samtliga 11 rapporter utredda inom tidsfristen.", "–", "GENOMFORD", "nej"),
        ("Fakturor från externa utförare inom LOV stäms av mot utförd tid", "Ekonomi", "Avstämning mot tidsregistrering", "Controller",
         "", "Kontrollen har inte genomförts under året på grund av vakans på controllertjänsten.", "Kontrollen genomförs under 2026.", "EJ_GENOMFORD", ""),
        ("Nyckelhantering i hemtjänsten", "Säkerhet", "Inventering av nyckelkvittenser", "Enhetschefer hemtjänst",
         "Utgår", "Nycklar har ersatts av digitala lås. Kontrollmomentet utgår enligt beslut i ON 2025-05-20 § 44.", "", "UTGAR", ""),
        ("Utdrag ur belastningsregistret finns för nyanställd personal inom LSS", "Personal", "Stickprov 20 anställningar", "HR-konsult",
         "Se bilaga 2", "", "", "OKLAR", ""),
        ("Brukares privata medel hanteras enligt rutin", "Ekonomi", "Kontroll av kassaböcker och kvitton", "Enhetschefer särskilt boende",
         "Ej genomförd", "Kontrollen har skjutits upp till 2026.", "", "EJ_GENOMFORD", ""),
        ("Delegeringar av hälso- och sjukvårdsuppgifter är giltiga", "Hälso- och sjukvård", "Genomgång av delegeringsregister", "Medicinskt ansvarig sjuksköterska",
         "Genomförd", "Tre delegeringar hade löpt ut utan att förnyas.", "Rutinen för bevakning av delegeringar ses över.", "GENOMFORD", "ja"),
    ]
    doc = Document()
    doc.core_properties.author = "Omsorgsförvaltningen"
    doc.core_properties.created = FIXED
    doc.core_properties.modified = FIXED
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(2))
    sec.header.paragraphs[0].text = "Vellinge kommun – Omsorgsförvaltningen"
    doc.add_heading("Uppföljning av intern kontroll – helår 2025", level=1)
    doc.add_paragraph("Omsorgsnämnden antog internkontrollplanen för 2025 den 18 december 2024. "
                      "Nedan redovisas resultatet av varje kontrollmoment för perioden januari–december 2025, "
                      "med iakttagelser och föreslagna åtgärder.")
    for i, (km, proc, metod, ansv, status, iakt, atg, st, ea) in enumerate(ctrls, 1):
        doc.add_heading(f"Kontrollmoment {i}", level=2)
        t = doc.add_table(rows=7, cols=2)
        t.style = "Table Grid"
        labels = ["Kontrollmoment", "Process", "Kontrollmetod", "Ansvarig", "Status", "Iakttagelse", "Åtgärd"]
        vals = [km, proc, metod, ansv, status, iakt, atg]
        for r, (lab, v) in enumerate(zip(labels, vals)):
            t.cell(r, 0).text = lab
            t.cell(r, 0).paragraphs[0].runs[0].bold = True
            t.cell(r, 1).text = v
            t.cell(r, 0).width = Cm(5)
            t.cell(r, 1).width = Cm(20.5)
        doc.add_paragraph("")
        exp(fil, N, km, st, ea)
    doc.add_heading("Sammanfattande bedömning", level=2)
    doc.add_paragraph("Förvaltningen bedömer att den interna kontrollen i huvudsak är tillräcklig. "
                      "Åtgärder för de avvikelser som noterats har påbörjats.")
    doc.add_paragraph("Vellinge 2026-01-28\nMaria Holm, förvaltningschef")
    doc.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Bygg- och miljönämnden - nämnd only in the sheet name
# ---------------------------------------------------------------------------
def build_bmn():
    fil = "IK-uppföljning helår 2025.xlsx"
    N = "Bygg- och miljönämnden"
    rows = [
        ("Myndighetsutövning", "Bygglovsärenden avgörs inom lagstadgad tid enligt PBL", "Uttag ur ärendesystemet", "Klar m. anm.",
         "92 % av ärendena avgjordes inom 10 veckor. 6 ärenden överskred tidsfristen utan förlängningsbeslut.", "Veckovis bevakning av ärendebalansen.", "GENOMFORD", "ja"),
        ("Myndighetsutövning", "Avgift för bygglov tas ut enligt gällande taxa", "Stickprov 20 ärenden", "Klar",
         "Inga avvikelser.", "", "GENOMFORD", "nej"),
        ("Tillsyn", "Tillsynsplanen för miljöskydd följs", "Jämförelse plan – utfall", "Pågår",
         "74 % av planerade tillsynsbesök genomförda vid årets slut.", "Resterande besök läggs in i plan 2026.", "DELVIS", ""),
        ("Tillsyn", "Årlig kontrollavgift för livsmedelsanläggningar debiteras", "Avstämning anläggningsregister – fakturering", "Klar",
         "", "", "GENOMFORD", ""),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 15 fakturor", "Klar",
         "Samtliga korrekt attesterade.", "", "GENOMFORD", "nej"),
        ("Ärendehantering", "Delegationsbeslut anmäls till nämnden", "Jämförelse delegationslistor – protokoll", "Ej påbörjad",
         "", "", "EJ_GENOMFORD", ""),
        ("Ärendehantering", "Handläggare lämnar årlig jävsdeklaration", "Kontroll av inlämnade deklarationer", "Klar",
         "Samtliga 23 handläggare har lämnat jävsdeklaration.", "", "GENOMFORD", "nej"),
    ]
    wb = Workbook()
    fix_props(wb)
    ws = wb.active
    ws.title = "BMN helår 2025"
    ws["A1"] = "Uppföljning av internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Period: januari–december"
    hdr = ["Kontrollområde", "Kontrollmoment", "Metod", "Status", "Resultat", "Åtgärd"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.border = BORDER
    start = 5
    prev = None
    block_start = start
    for i, (omr, km, metod, status, res, atg, st, ea) in enumerate(rows):
        r = start + i
        if omr != prev:
            if prev is not None and r - 1 > block_start:
                ws.merge_cells(start_row=block_start, start_column=1, end_row=r - 1, end_column=1)
            ws.cell(row=r, column=1, value=omr)
            block_start = r
            prev = omr
        for c, v in enumerate([km, metod, status, res, atg], 2):
            cell = ws.cell(row=r, column=c, value=v if v else None)
            cell.alignment = WRAP
            cell.border = BORDER
        ws.cell(row=r, column=1).alignment = WRAP
        exp(fil, N, km, st, ea)
    last = start + len(rows) - 1
    if last > block_start:
        ws.merge_cells(start_row=block_start, start_column=1, end_row=last, end_column=1)
    for k, v in {"A": 18, "B": 50, "C": 30, "D": 13, "E": 55, "F": 35}.items():
        ws.column_dimensions[k].width = v
    wb.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Överförmyndarnämnden - short .odt, free text per control
# ---------------------------------------------------------------------------
def build_ofn():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.text import H, P, Span

    fil = "ÖFN IK helår 2025.odt"
    N = "Överförmyndarnämnden"
    ctrls = [
        ("Årsräkningar granskas inom lagstadgad tid", "Genomförd",
         "Samtliga 212 inkomna årsräkningar var granskade senast den 30 juni. Inga avvikelser noterade.", "GENOMFORD", "nej"),
        ("Ställföreträdares uttag från spärrade konton har överförmyndarens samtycke", "Genomförd med avvikelse",
         "Vid granskning av 30 ärenden saknades samtycke i två ärenden. Ställföreträdarna har kontaktats och beloppen återförts.", "GENOMFORD", "ja"),
        ("Registerkontroll görs innan nya gode män förordnas", "Pågående",
         "Kontroll av 9 av 15 nya gode män är klar.", "DELVIS", ""),
        ("Arvodesbeslut fattas enligt nämndens riktlinjer", "Ej genomförd",
         "Hinns inte med under året, flyttas till 2026.", "EJ_GENOMFORD", ""),
    ]
    doc = OpenDocumentText()
    bold = Style(name="Fet", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(bold)
    doc.text.addElement(H(outlinelevel=1, text="Överförmyndarnämnden i Vellinge"))
    doc.text.addElement(P(text="Uppföljning av internkontrollplan – helår 2025"))
    doc.text.addElement(P(text="Nämnden har under 2025 haft fyra kontrollmoment. Resultatet redovisas nedan."))
    for i, (km, status, kom, st, ea) in enumerate(ctrls, 1):
        doc.text.addElement(H(outlinelevel=2, text=f"{i}. {km}"))
        p = P()
        p.addElement(Span(stylename=bold, text="Status: "))
        p.addText(status)
        doc.text.addElement(p)
        p = P()
        p.addElement(Span(stylename=bold, text="Kommentar: "))
        p.addText(kom)
        doc.text.addElement(p)
        exp(fil, N, f"{i}. {km}", st, ea)
    doc.text.addElement(P(text=""))
    doc.text.addElement(P(text="Vellinge den 15 januari 2026"))
    doc.text.addElement(P(text="Karin Persson, ordförande"))
    doc.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Kultur- och fritidsnämnden - .xls with Status 2024 | Status 2025
# ---------------------------------------------------------------------------
def build_kfn():
    import xlwt
    fil = "KFN internkontroll 2025.xls"
    N = "Kultur- och fritidsnämnden"
    rows = [
        ("1", "Kassahantering i bibliotek och simhall", "Verksamhetschef", "Genomförd", "Genomförd",
         "Inventering av kassor, inga differenser.", "GENOMFORD", "nej"),
        ("2", "Föreningsbidrag betalas ut enligt bidragsreglerna", "Föreningskonsulent", "Delvis", "Genomförd med avvikelse",
         "Två föreningar fick bidrag utan inlämnad verksamhetsberättelse.", "GENOMFORD", "ja"),
        ("3", "Uthyrning av lokaler debiteras korrekt", "Bokningsansvarig", "Ej genomförd", "Delvis",
         "Kontroll gjord för idrottshallar, ej för skollokaler.", "DELVIS", ""),
        ("4", "Inventarieförteckning över kulturskolans instrument är aktuell", "Kulturskolechef", "Genomförd", "",
         "", "SAKNAS", ""),
        ("5", "Avtal med externa arrangörer följer kommunens mallavtal", "Evenemangssamordnare", "Ny 2025", "Ej genomförd",
         "Flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("6", "Ledare i lovverksamheten har visat utdrag ur belastningsregistret", "Fritidschef", "Ny 2025", "Genomförd",
         "", "GENOMFORD", ""),
        ("7", "Representation vid evenemang redovisas enligt riktlinje", "Verksamhetschef", "Genomförd", "Utgår",
         "Utgår – ingår i kommunstyrelsens kommungemensamma kontroll.", "UTGAR", ""),
        ("8", "Attest av leverantörsfakturor enligt attestordningen", "Controller", "Genomförd", "Genomförd",
         "Inga avvikelser.", "GENOMFORD", "nej"),
    ]
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Internkontroll")
    hb = xlwt.easyxf("font: bold on, height 280")
    h2 = xlwt.easyxf("font: bold on; pattern: pattern solid, fore_colour light_turquoise; borders: left thin, right thin, top thin, bottom thin")
    cs = xlwt.easyxf("alignment: wrap on, vert top; borders: left thin, right thin, top thin, bottom thin")
    ws.write(0, 0, "Kultur- och fritidsnämnden", hb)
    ws.write(1, 0, "Internkontroll – uppföljning helår 2025 (jämförelse med 2024)")
    hdr = ["Nr", "Kontrollmoment", "Ansvarig", "Status 2024", "Status 2025", "Kommentar 2025"]
    for c, h in enumerate(hdr):
        ws.write(3, c, h, h2)
    for i, row in enumerate(rows):
        for c, v in enumerate(row[:6]):
            ws.write(4 + i, c, v, cs)
        exp(fil, N, row[1], row[6], row[7])
    ws.write(4 + len(rows) + 1, 0, "Statusvärden: Genomförd / Genomförd med avvikelse / Delvis / Ej genomförd / Utgår")
    for c, w in enumerate([5, 55, 22, 14, 24, 55]):
        ws.col(c).width = 256 * w
    wb.save(path(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 7. Utbildningsnämnden - Stratsys-like CSV export (easy)
# ---------------------------------------------------------------------------
def build_un():
    fil = "Stratsys_export_intern_kontroll_UN_2025.csv"
    N = "Utbildningsnämnden"
    rows = [
        ("Skolskjuts beviljas enligt gällande riktlinjer", "Stickprov 30 beslut", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Kränkande behandling anmäls till huvudman utan dröjsmål", "Jämförelse anmälningar – incidentrapporter", "Genomförd med anmärkning",
         "4 anmälningar kom in till huvudmannen senare än en vecka efter händelsen.", "GENOMFORD", "ja"),
        ("Interkommunal ersättning faktureras för samtliga elever från andra kommuner", "Avstämning elevregister – kundreskontra", "Genomförd", "", "GENOMFORD", ""),
        ("Betyg registreras korrekt i elevadministrativt system", "Stickprov årskurs 9", "Påbörjad", "Två av fem skolor kontrollerade.", "DELVIS", ""),
        ("Attest av leverantörsfakturor enligt attestordningen", "Stickprov 25 fakturor", "Genomförd", "Samtliga korrekt attesterade.", "GENOMFORD", "nej"),
        ("Elevers frånvaro följs upp enligt rutin", "Genomgång av frånvarorapporter", "Ej genomförd", "Ej genomförd p.g.a. byte av frånvarosystem.", "EJ_GENOMFORD", ""),
    ]
    with open(path(fil), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["Organisation", "Plan", "Period", "Kontrollmoment", "Kontrollmetod", "Status", "Kommentar", "Senast ändrad"])
        for km, metod, status, kom, st, ea in rows:
            w.writerow(["Utbildningsnämnden", "Internkontrollplan 2025", "Helår 2025", km, metod, status, kom, "2026-01-19"])
            exp(fil, N, km, st, ea)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Rejected: KS summary presentation (.pptx via .odp + LibreOffice)
# ---------------------------------------------------------------------------
def _x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


PML = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' \
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' \
      'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def _theme():
    def clr(name, val, sys=False):
        if sys:
            return f'<a:{name}><a:sysClr val="{val}" lastClr="{"000000" if val == "windowText" else "FFFFFF"}"/></a:{name}>'
        return f'<a:{name}><a:srgbClr val="{val}"/></a:{name}>'
    colors = (clr("dk1", "windowText", True) + clr("lt1", "window", True) + clr("dk2", "1F4E78") + clr("lt2", "E7E6E6")
              + clr("accent1", "4472C4") + clr("accent2", "ED7D31") + clr("accent3", "A5A5A5") + clr("accent4", "FFC000")
              + clr("accent5", "5B9BD5") + clr("accent6", "70AD47") + clr("hlink", "0563C1") + clr("folHlink", "954F72"))
    font = '<a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/>'
    solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    ln = '<a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
    eff = '<a:effectStyle><a:effectLst/></a:effectStyle>'
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office">'
            f'<a:themeElements><a:clrScheme name="Office">{colors}</a:clrScheme>'
            f'<a:fontScheme name="Office"><a:majorFont>{font}</a:majorFont><a:minorFont>{font}</a:minorFont></a:fontScheme>'
            f'<a:fmtScheme name="Office"><a:fillStyleLst>{solid * 3}</a:fillStyleLst>'
            f'<a:lnStyleLst>{ln * 3}</a:lnStyleLst><a:effectStyleLst>{eff * 3}</a:effectStyleLst>'
            f'<a:bgFillStyleLst>{solid * 3}</a:bgFillStyleLst></a:fmtScheme></a:themeElements>'
            '<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>')


def _sp(idx, name, ph, x, y, cx, cy, paras, size):
    body = ""
    for t in paras:
        body += (f'<a:p><a:r><a:rPr lang="sv-SE" sz="{size}" dirty="0"/><a:t>{_x(t)}</a:t></a:r></a:p>')
    phxml = f'<p:nvPr><p:ph type="{ph}"/></p:nvPr>' if ph == "title" else f'<p:nvPr><p:ph idx="1"/></p:nvPr>'
    return (f'<p:sp><p:nvSpPr><p:cNvPr id="{idx}" name="{name}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>{phxml}</p:nvSpPr>'
            f'<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm></p:spPr>'
            f'<p:txBody><a:bodyPr/><a:lstStyle/>{body}</p:txBody></p:sp>')


def build_pptx():
    """LibreOffice here has no Impress and python-pptx is not installed, so the .pptx is written
    directly as a minimal OOXML package (one master, one layout, five slides)."""
    import zipfile
    fil = "KS 2026-02-10 Intern kontroll sammanfattning.pptx"
    slides = [
        ("Intern kontroll 2025 – sammanfattning", ["Kommunstyrelsen 10 februari 2026", "Ekonomiavdelningen, Vellinge kommun"]),
        ("Så arbetar vi med intern kontroll", ["Risk- och väsentlighetsanalys i varje nämnd", "Internkontrollplan antas före årsskiftet",
                                             "Uppföljning per tertial och helår", "Samlad rapport till kommunstyrelsen i februari"]),
        ("Resultat helår 2025 – kommunen totalt", ["Sju nämnder har lämnat uppföljning", "Ca 80 kontrollmoment totalt",
                                                   "Drygt två tredjedelar genomförda", "Avvikelser främst inom attest, dokumentation och behörigheter"]),
        ("Fortsatt arbete 2026", ["Gemensam mall för uppföljning", "Utbildning för nya chefer i intern kontroll",
                                  "Kommungemensamma kontroller: avtalstrohet och bisysslor"]),
        ("Förslag till beslut", ["Kommunstyrelsen noterar informationen"]),
    ]
    CX, CY = 12192000, 6858000
    n = len(slides)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>'
          '<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"/>'
          '<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"/>'
          '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
          + "".join(f'<Override PartName="/ppt/slides/slide{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>' for i in range(1, n + 1))
          + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<Relationships xmlns="{PKG_REL}">'
            f'<Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="ppt/presentation.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            f'<Relationship Id="rId3" Type="{REL_NS}/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Intern kontroll 2025 – sammanfattning</dc:title><dc:creator>Ekonomiavdelningen</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-03T08:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-03T08:00:00Z</dcterms:modified>'
            '</cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           f'<Application>Microsoft Office PowerPoint</Application><Slides>{n}</Slides></Properties>')
    pres = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<p:presentation {PML} saveSubsetFonts="1">'
            '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>'
            '<p:sldIdLst>' + "".join(f'<p:sldId id="{255 + i}" r:id="rId{i + 1}"/>' for i in range(1, n + 1)) + '</p:sldIdLst>'
            f'<p:sldSz cx="{CX}" cy="{CY}"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>')
    pres_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 f'<Relationships xmlns="{PKG_REL}">'
                 f'<Relationship Id="rId1" Type="{REL_NS}/slideMaster" Target="slideMasters/slideMaster1.xml"/>'
                 + "".join(f'<Relationship Id="rId{i + 1}" Type="{REL_NS}/slide" Target="slides/slide{i}.xml"/>' for i in range(1, n + 1))
                 + f'<Relationship Id="rId{n + 2}" Type="{REL_NS}/theme" Target="theme/theme1.xml"/>'
                 '</Relationships>')
    grp = ('<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
           '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>')
    ph_title = _sp(2, "Rubrik", "title", 838200, 365125, 10515600, 1325563, [""], 4000)
    ph_body = _sp(3, "Innehåll", "body", 838200, 1825625, 10515600, 4351338, [""], 2400)
    master = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              f'<p:sldMaster {PML}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>'
              f'<p:spTree>{grp}{ph_title}{ph_body}</p:spTree></p:cSld>'
              '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" '
              'accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
              '<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst>'
              '<p:txStyles><p:titleStyle/><p:bodyStyle/><p:otherStyle/></p:txStyles></p:sldMaster>')
    master_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   f'<Relationships xmlns="{PKG_REL}">'
                   f'<Relationship Id="rId1" Type="{REL_NS}/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>'
                   f'<Relationship Id="rId2" Type="{REL_NS}/theme" Target="../theme/theme1.xml"/></Relationships>')
    layout = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              f'<p:sldLayout {PML} type="obj" preserve="1"><p:cSld name="Rubrik och innehåll">'
              f'<p:spTree>{grp}{ph_title}{ph_body}</p:spTree></p:cSld>'
              '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>')
    layout_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   f'<Relationships xmlns="{PKG_REL}">'
                   f'<Relationship Id="rId1" Type="{REL_NS}/slideMaster" Target="../slideMasters/slideMaster1.xml"/></Relationships>')
    slide_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                  f'<Relationships xmlns="{PKG_REL}">'
                  f'<Relationship Id="rId1" Type="{REL_NS}/slideLayout" Target="../slideLayouts/slideLayout1.xml"/></Relationships>')
    ts = (2026, 2, 3, 8, 0, 0)
    with zipfile.ZipFile(path(fil), "w", zipfile.ZIP_DEFLATED) as z:
        def put(name, data):
            z.writestr(zipfile.ZipInfo(name, ts), data.encode("utf-8"), zipfile.ZIP_DEFLATED)
        put("[Content_Types].xml", ct)
        put("_rels/.rels", rels)
        put("docProps/core.xml", core)
        put("docProps/app.xml", app)
        put("ppt/presentation.xml", pres)
        put("ppt/_rels/presentation.xml.rels", pres_rels)
        put("ppt/slideMasters/slideMaster1.xml", master)
        put("ppt/slideMasters/_rels/slideMaster1.xml.rels", master_rels)
        put("ppt/slideLayouts/slideLayout1.xml", layout)
        put("ppt/slideLayouts/_rels/slideLayout1.xml.rels", layout_rels)
        put("ppt/theme/theme1.xml", _theme())
        for i, (title, bullets) in enumerate(slides, 1):
            sl = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                  f'<p:sld {PML}><p:cSld><p:spTree>{grp}'
                  + _sp(2, "Rubrik 1", "title", 838200, 365125, 10515600, 1325563, [title], 4000)
                  + _sp(3, "Innehåll 2", "body", 838200, 1825625, 10515600, 4351338, bullets, 2400)
                  + '</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>')
            put(f"ppt/slides/slide{i}.xml", sl)
            put(f"ppt/slides/_rels/slide{i}.xml.rels", slide_rels)
    FILES.append((fil, "AVVISAD", "", "", ""))


def write_csvs():
    namnder = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Omsorgsnämnden", "ON|Omsorgsförvaltningen"),
        ("Bygg- och miljönämnden", "BMN|Bygg- och miljöförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid"),
        ("Utbildningsnämnden", "UN|Utbildningsförvaltningen"),
        ("Individnämnden", "IN|Individ- och familjeomsorgen|IFO"),
        ("Valnämnden", "VN"),
        ("Krisledningsnämnden", "KLN"),
    ]
    with open(path("namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(namnder)
    with open(path("files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(path("expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


if __name__ == "__main__":
    build_ks()
    build_tn()
    build_on()
    build_bmn()
    build_ofn()
    build_kfn()
    build_un()
    build_pptx()
    write_csvs()
    print(f"{len(FILES)} files, {len(EXPECTED)} expected rows")
