#!/usr/bin/python3
# Round 569 - Emmaboda kommun, helårsuppföljning 2025
import os, csv, shutil, subprocess, tempfile, struct, zlib, datetime
import openpyxl
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
LO = "file:///tmp/lo-round569"
FIXED = datetime.datetime(2026, 1, 28, 9, 0, 0)
expected = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
files = []      # (fil, utfall, nämnd, år, period)

def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def S(ws, ref, val):
    c = ws[ref] if isinstance(ref, str) else ws.cell(*ref)
    c.value = val
    if isinstance(val, str) and val.startswith("="):
        c.data_type = "s"
    return c

BOLD = Font(bold=True)
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

def fixwb(wb):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Emmaboda kommun"

# ---------------------------------------------------------------- 1 KS docx
def ks_docx():
    fil = "KS_Verksamhetsberattelse_2025.docx"
    N = "Kommunstyrelsen"
    d = Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Kommunledningsförvaltningen"
    d.core_properties.title = "Verksamhetsberättelse 2025 Kommunstyrelsen"
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Emmaboda kommun – Kommunledningsförvaltningen"
    d.add_heading("Verksamhetsberättelse 2025", 0)
    d.add_paragraph("Kommunstyrelsen").runs[0].bold = True
    d.add_paragraph("Helårsuppföljning januari–december 2025. Dnr KS 2026/0031. "
                    "Behandlad i kommunstyrelsens arbetsutskott 2026-02-03.")
    d.add_heading("1. Sammanfattning", 1)
    d.add_paragraph("Kommunstyrelsen redovisar för 2025 ett överskott om 2,4 mnkr mot budget. "
                    "Året har präglats av arbetet med den nya översiktsplanen, införandet av "
                    "e-arkiv och fortsatt rekryteringsläge inom upphandlingsfunktionen. "
                    "Fyra av sex nämndmål bedöms som uppfyllda.")
    d.add_heading("2. Ekonomi", 1)
    d.add_paragraph("Tabell 1. Driftredovisning per verksamhet (tkr)")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse"]):
        t.rows[0].cells[i].text = h
    for row in [("Kommunledning", "18 450", "17 910", "540"),
                ("Ekonomi och personal", "22 300", "21 480", "820"),
                ("Näringsliv och turism", "6 900", "7 160", "-260"),
                ("IT och digitalisering", "14 200", "12 900", "1 300"),
                ("Summa", "61 850", "59 450", "2 400")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_heading("3. Måluppfyllelse", 1)
    d.add_paragraph("Nämndmålet om ökad digital service bedöms som uppfyllt: 14 nya e-tjänster "
                    "har lanserats. Målet om minskad sjukfrånvaro bedöms som delvis uppfyllt "
                    "(6,1 % mot målet 5,5 %).")
    d.add_heading("4. Intern kontroll", 1)
    d.add_paragraph("Kommunstyrelsen antog internkontrollplanen för 2025 den 12 februari 2025 (§ 21). "
                    "Planen omfattar sju kontrollmoment som valts ut utifrån förvaltningens "
                    "riskanalys. Nedan redovisas resultatet av respektive kontroll för helåret. "
                    "Kontrollerna har utförts av ekonomienheten och kanslienheten om inget annat anges.")
    ctrls = [
        ("Attest av leverantörsfakturor enligt attestordningen",
         ["Ett stickprov om 40 leverantörsfakturor från perioden mars–november har granskats "
          "avseende behörig attestant, beslutsattest och att jäv inte förelegat.",
          "Kontrollen har genomförts utan anmärkning."], "GENOMFORD", "nej"),
        ("Representation och interna måltider enligt riktlinjer",
         ["25 verifikationer avseende representation har granskats. I två fall saknades "
          "deltagarförteckning och syfte med representationen. Berörda chefer har informerats "
          "och riktlinjen har gåtts igenom på ledningsgruppen i november.",
          "Kontrollen har genomförts med anmärkning."], "GENOMFORD", "ja"),
        ("Avtalstrohet vid inköp av varor och tjänster",
         ["Kontrollen skulle ha genomförts under hösten genom analys av leverantörsreskontran "
          "mot avtalsdatabasen. På grund av vakans på upphandlingsfunktionen under större delen "
          "av året har kontrollen inte hunnit genomföras under året.",
          "Kontrollmomentet föreslås återkomma i internkontrollplanen för 2026."], "EJ_GENOMFORD", ""),
        ("Behörigheter i ekonomi- och personalsystem tas bort vid avslutad anställning",
         ["Genomgång av behörigheter i ekonomisystemet är genomförd. Tre användarkonton för "
          "personer som slutat under året var fortfarande aktiva och har nu avslutats.",
          "Motsvarande genomgång i personalsystemet har påbörjats men är inte slutförd; den "
          "beräknas vara klar under första kvartalet 2026. Kontrollen är därmed delvis genomförd."],
         "DELVIS", "ja"),
        ("Diarieföring av inkomna handlingar inom föreskriven tid",
         ["Under vecka 41 kontrollerades samtliga inkomna handlingar till kommunledningsförvaltningen "
          "(112 st). Samtliga var diarieförda senast dagen efter ankomst.",
          "Kontrollen har genomförts och inga avvikelser noterades."], "GENOMFORD", "nej"),
        ("Manuella lönetillägg kontrolleras mot beslut",
         ["Kontrollen utgår enligt kommunstyrelsens beslut 2025-05-14 § 87, eftersom lönehanteringen "
          "från och med 1 maj 2025 sköts av den gemensamma lönenämnden och ingår i dess "
          "internkontrollplan."], "UTGAR", ""),
        ("Efterlevnad av informationssäkerhetspolicyn – tvåfaktorsinloggning för fjärråtkomst",
         ["IT-enheten har i oktober kontrollerat samtliga konton med fjärråtkomst. Alla konton "
          "kräver tvåfaktorsinloggning enligt policyn.",
          "Kontrollen har genomförts utan anmärkning."], "GENOMFORD", "nej"),
    ]
    for title, paras, st, av in ctrls:
        d.add_heading(title, 3)
        for p in paras:
            d.add_paragraph(p)
        expected.append((fil, N, title, st, av))
    d.add_heading("Sammanfattande bedömning av den interna kontrollen", 3)
    d.add_paragraph("Av sju kontrollmoment har fyra genomförts, ett delvis, ett har inte genomförts "
                    "och ett har utgått. Kommunstyrelsen bedömer att den interna kontrollen i "
                    "huvudsak är tillräcklig.")
    d.add_heading("5. Framtid", 1)
    d.add_paragraph("Under 2026 prioriteras rekrytering till upphandlingsfunktionen och arbetet "
                    "med ny lokalförsörjningsplan.")
    d.save(os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 2 BUN xlsx T1/T2/T3
def bun_xlsx():
    fil = "BUN Internkontroll 2025 uppfoljning T1-T3.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = openpyxl.Workbook(); fixwb(wb)
    ws = wb.active; ws.title = "IKP 2025"
    S(ws, "A1", "Barn- och utbildningsnämnden").font = Font(bold=True, size=14)
    S(ws, "A2", "Internkontrollplan 2025 – uppföljning per tertial (T3 = helår)")
    S(ws, "A3", "Ange status: Genomförd / Genomförd med avvikelse / Pågår / Ej påbörjad / Ej genomförd / Utgår. "
               "Senaste tertialen gäller.")
    ws["A3"].font = Font(italic=True, color="666666")
    hdr = ["Nr", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Frekvens",
           "Status T1", "Status T2", "Status T3", "Kommentar"]
    for i, h in enumerate(hdr, 1):
        c = S(ws, (5, i), h); c.font = BOLD; c.fill = PatternFill("solid", fgColor="D9E1F2"); c.border = BOX
    rows = [
        (1, "Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 20 fakturor/tertial",
         "Controller", "Tertial", "Genomförd", "Genomförd", "Genomförd", "Inga fel i stickproven.", "GENOMFORD", "nej"),
        (2, "Elevhälsa", "Skolpliktsbevakning – rutin för elever med hög frånvaro följs",
         "Genomgång av frånvarostatistik och åtgärdsdokumentation", "Rektorer", "Tertial",
         "Pågår", "Pågår", "Genomförd", "Rutinen följs på samtliga skolor.", "GENOMFORD", "nej"),
        (3, "Trygghet och studiero", "Anmälan av kränkande behandling till huvudman sker skyndsamt",
         "Jämförelse av datum händelse–anmälan i DF Respons", "Verksamhetschef grundskola", "Tertial",
         "Pågår", "Pågår", "Genomförd med avvikelse",
         "11 av 86 anmälningar kom in senare än fem dagar efter händelsen. Rutinen har förtydligats.",
         "GENOMFORD", "ja"),
        (4, "Personal", "Utdrag ur belastningsregistret inhämtas vid nyanställning",
         "Stickprov på nyanställda", "HR-konsult", "T1, T2",
         "Genomförd", "Genomförd", None, "Kontrolleras i samband med rekryteringsperioderna vår och sommar. "
         "Samtliga kontrollerade hade uppvisat utdrag.", "GENOMFORD", "nej"),
        (5, "Skolskjuts", "Fakturerade skolskjutskörningar stämmer mot beställning",
         "Avstämning trafikbolagets faktura mot beställningssystem", "Skolskjutssamordnare", "Helår",
         None, "Ej påbörjad", "Pågår", "Avstämning gjord för augusti–oktober, resterande månader görs i januari.",
         "DELVIS", ""),
        (6, "Ekonomi", "Rekvisition av statsbidrag för modersmålsundervisning", "Kontroll av underlag",
         "Förvaltningsekonom", "Helår", None, None, "Utgår", "Statsbidraget har upphört från 2025.", "UTGAR", ""),
        (7, "Måltid", "Beställningsrutiner i måltidsverksamheten för att minska livsmedelssvinn",
         "Mätning av svinn två veckor per termin", "Kostchef", "Termin", None, None, None, None, "SAKNAS", ""),
        (8, "Arbetsmiljö", "Skyddsronder genomförda på samtliga enheter", "Genomgång av protokoll",
         "Förvaltningschef", "Helår", "Ej påbörjad", "Pågår", "Ej genomförd",
         "Skyddsronderna har inte genomförts under hösten på grund av rektorsbyten. Flyttas till 2026.",
         "EJ_GENOMFORD", ""),
        (9, "Informationssäkerhet", "Hantering av elevers personuppgifter i lärplattformen",
         "Kontroll av behörigheter och gallring", "Systemförvaltare", "Tertial",
         "Genomförd", None, "Se bilaga", None, "OKLAR", ""),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row[:10], 1):
            c = S(ws, (r, i), v); c.alignment = WRAP; c.border = BOX
        expected.append((fil, N, row[2], row[10], row[11]))
        r += 1
    S(ws, (r + 1, 1), "Rapporterad till nämnden 2026-01-28. Ansvarig: Lena Karlsson, förvaltningsekonom.")
    for col, w in zip("ABCDEFGHIJ", [5, 18, 48, 36, 22, 10, 14, 14, 22, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 3 SN xlsx Följer plan + Avvikelse
def sn_xlsx():
    fil = "Socialnamnden_uppfoljning_intern_kontroll_helar_2025.xlsx"
    N = "Socialnämnden"
    wb = openpyxl.Workbook(); fixwb(wb)
    ws = wb.active; ws.title = "Helår 2025"
    S(ws, "A1", "Socialnämnden – Uppföljning av intern kontroll helår 2025").font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    S(ws, "A2", "Socialförvaltningen, Emmaboda kommun")
    hdr = ["Risk/område", "Kontrollmoment", "Metod", "Omfattning", "Ansvarig",
           "Följer plan: Ja/Nej/Delvis", "Avvikelse (Ja/Nej)", "Kommentar / åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = S(ws, (4, i), h); c.font = BOLD; c.border = BOX; c.alignment = WRAP
        c.fill = PatternFill("solid", fgColor="E2EFDA")
    data = [
        ("G", "Individ- och familjeomsorg"),
        ("Rättssäkerhet", "Förhandsbedömning av orosanmälan inom 14 dagar",
         "Uttag ur verksamhetssystemet", "Samtliga anmälningar", "Enhetschef IFO", "Ja", "Nej",
         "96 % inom 14 dagar, resterande inom 16 dagar med dokumenterat skäl.", "GENOMFORD", "nej"),
        ("Barn i samhällsvård", "Placerade barn besöks av socialsekreterare enligt 6 kap. 7 b § SoL",
         "Genomgång av journalanteckningar", "Samtliga placerade barn", "Enhetschef IFO", "Delvis", "Ja",
         "Genomgång gjord för 18 av 23 barn. I två fall saknades besök under andra halvåret.", "DELVIS", "ja"),
        ("Ekonomiskt bistånd", "Utbetalning av ekonomiskt bistånd grundas på fullständigt underlag",
         "Stickprov", "30 utbetalningar", "Enhetschef försörjningsstöd", "Ja", "Ja",
         "Två felaktiga utbetalningar upptäcktes och har återkrävts.", "GENOMFORD", "ja"),
        ("G", "Vård och omsorg"),
        ("Kvalitet", "Lex Sarah-rapporter utreds och anmäls till IVO inom föreskriven tid",
         "Genomgång av samtliga rapporter", "Samtliga", "MAS / kvalitetsstrateg", "Ja", "Nej",
         "14 rapporter, samtliga utredda i tid. En anmälan till IVO.", "GENOMFORD", "nej"),
        ("Hemtjänst", "Genomförandeplaner i hemtjänsten upprättas inom 14 dagar från beslut",
         "Stickprov", "20 brukare", "Enhetschefer hemtjänst", "Nej", None,
         "Kontrollen har inte genomförts på grund av byte av verksamhetssystem. Flyttas till plan 2026.",
         "EJ_GENOMFORD", ""),
        ("Patientsäkerhet", "Signeringslistor för läkemedel på särskilt boende är kompletta",
         "Stickprov signeringslistor", "2 veckor per boende", "MAS", "Ja", "Ja",
         "Osignerade doser på Lindgården (7 st). Åtgärdsplan upprättad.", "GENOMFORD", "ja"),
        ("Brukarnas medel", "Hantering av brukares privata medel enligt rutin",
         "Kassainventering", "Samtliga boenden", "Enhetschefer SÄBO", "Ja", "Nej",
         "Kassorna stämde vid inventeringen i november.", "GENOMFORD", "nej"),
        ("Avgifter", "Debitering av omsorgsavgifter överensstämmer med beslut",
         "Stickprov", "25 avgiftsbeslut", "Avgiftshandläggare", None, None,
         "Ej aktuell 2025 – ny avgiftstaxa införs 2026. Kontrollen stryks ur planen enligt SN 2025-06-17 § 58.",
         "UTGAR", ""),
        ("G", "Ekonomi och administration"),
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen",
         "Stickprov", "40 fakturor", "Förvaltningsekonom", "Delvis", "Nej",
         "Stickprov gjort för perioden januari–augusti. Resterande period ej granskad.", "DELVIS", "nej"),
    ]
    r = 5
    for row in data:
        if row[0] == "G":
            c = S(ws, (r, 1), row[1]); c.font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c.fill = PatternFill("solid", fgColor="F2F2F2")
        else:
            for i, v in enumerate(row[:8], 1):
                c = S(ws, (r, i), v); c.alignment = WRAP; c.border = BOX
            expected.append((fil, N, row[1], row[8], row[9]))
        r += 1
    S(ws, (r + 1, 1), "Beslutad av socialnämnden 2026-02-10")
    for col, w in zip("ABCDEFGH", [20, 50, 28, 20, 24, 14, 12, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 4 KSGYF .xls
def ksgyf_xls(tmp):
    fil = "KSGYF_Internkontroll_arsuppfoljning_2025.xls"
    N = "Kalmarsunds gymnasieförbund"
    wb = openpyxl.Workbook(); fixwb(wb)
    ws = wb.active; ws.title = "Årsuppföljning"
    S(ws, "A1", "KALMARSUNDS GYMNASIEFÖRBUND").font = Font(bold=True, size=12)
    S(ws, "A2", "Uppföljning av internkontrollplan 2025 – årsuppföljning")
    S(ws, "A3", "Förbundsdirektionen 2026-02-19, ärende 7")
    hdr = ["Kontrollområde", "Kontrollmoment", "Ansvarig", "Tidpunkt", "Resultat", "Bed."]
    for i, h in enumerate(hdr, 1):
        c = S(ws, (5, i), h); c.font = BOLD; c.border = BOX
    rows = [
        ("Ekonomi", "Attestering av fakturor sker enligt attestordning", "Ekonomichef", "Okt",
         "Stickprov 30 fakturor, inga fel.", "G", "GENOMFORD", "nej"),
        ("Ekonomi", "Inköp görs från upphandlade ramavtal", "Upphandlare", "Sep",
         "3 av 30 inköp gjordes utanför avtal (IT-tillbehör). Information till skolledningar.", "GA",
         "GENOMFORD", "ja"),
        ("Studieadministration", "Frånvarorapportering och anmälan till CSN", "Skoladministratörer", "Löpande",
         "Rapportering sker månadsvis enligt rutin.", "G", "GENOMFORD", "nej"),
        ("Studieadministration", "Betyg rapporteras i rätt tid efter kursslut", "Rektorer", "Jun/Dec",
         "Samtliga betyg rapporterade inom fastställd tid.", "G", "GENOMFORD", "nej"),
        ("Kontanthantering", "Kontanthantering i skolcaféet på Stagneliusskolan", "Bitr. rektor", "Mar",
         "Caféet avvecklades i januari 2025.", "U", "UTGAR", ""),
        ("Säkerhet", "Systematiskt brandskyddsarbete – egenkontroller dokumenteras", "Säkerhetssamordnare",
         "Kvartal", "Dokumentation klar för Jenny Nyströmsskolan, övriga enheter pågår.", "P", "DELVIS", ""),
        ("Personal", "Tjänsteresor och reseräkningar följer resepolicyn", "HR-chef", "Nov",
         "Ej genomförd p.g.a. personalomsättning på HR.", "EG", "EJ_GENOMFORD", ""),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row[:6], 1):
            c = S(ws, (r, i), v); c.border = BOX; c.alignment = WRAP
        expected.append((fil, N, row[1], row[6], row[7]))
        r += 1
    r += 1
    S(ws, (r, 1), "Teckenförklaring bedömning:").font = BOLD
    for code, txt in [("G", "Genomförd utan anmärkning"), ("GA", "Genomförd med anmärkning"),
                      ("P", "Pågående"), ("EG", "Ej genomförd"), ("U", "Utgår")]:
        r += 1
        S(ws, (r, 1), code); S(ws, (r, 2), txt)
    for col, w in zip("ABCDEF", [22, 50, 22, 10, 55, 6]):
        ws.column_dimensions[col].width = w
    src = os.path.join(tmp, "KSGYF_Internkontroll_arsuppfoljning_2025.xlsx")
    wb.save(src)
    soffice(src, "xls", OUT)
    files.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 5 MBN CSV
def mbn_csv():
    fil = "MBN_internkontroll_2025_helar_export.csv"
    N = "Miljö- och byggnadsnämnden"
    rows = [
        ("Bygglov", "Handläggningstid för bygglov inom lagstadgad tid (10 veckor)", "Bygglovschef", "Slutförd",
         "4 ärenden av 112 överskred tidsfristen.\nAvgiften reducerades enligt PBL 12 kap. 8 a §.", "Ja",
         "GENOMFORD", "ja"),
        ("Tillsyn", "Debitering av tillsynsavgifter enligt fastställd taxa", "Miljöchef", "Slutförd",
         "Stickprov 25 fakturor utan fel.", "Nej", "GENOMFORD", "nej"),
        ("Administration", "Delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Slutförd",
         "Samtliga delegationsbeslut anmälda.", "Nej", "GENOMFORD", "nej"),
        ("Livsmedel", "Livsmedelskontroller genomförs enligt kontrollplanen", "Miljöchef", "Pågående",
         "78 % av planerade kontroller genomförda vid årets slut.", "", "DELVIS", ""),
        ("Rättssäkerhet", "Jäv och bisysslor hos inspektörer dokumenteras", "Förvaltningschef", "Ej startad",
         "", "", "EJ_GENOMFORD", ""),
        ("Strandskydd", "Motivering av särskilda skäl i beslut om strandskyddsdispens", "Bygglovschef", "Avbruten",
         "Avbruten genom nämndens beslut 2025-09-10 § 64.", "", "UTGAR", ""),
        ("Arkiv", "Avslutade ärenden arkiveras i e-arkivet", "Registrator", "",
         "Kontrollen genomfördes i december, inga brister noterades.", "Nej", "GENOMFORD", "nej"),
    ]
    with open(os.path.join(OUT, fil), "w", encoding="utf-8-sig", newline="") as f:
        f.write("Miljö- och byggnadsnämnden – Internkontroll 2025, uppföljning helår (export Stratsys 2026-01-20)\r\n")
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(["Process", "Kontrollmoment", "Kontrollansvarig", "Status", "Kommentar", "Avvikelse"])
        for row in rows:
            w.writerow(row[:6])
            expected.append((fil, N, row[1], row[6], row[7]))
    files.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 6 SBN xlsx with summary table
def sbn_xlsx():
    fil = "Samhallsbyggnadsnamnden IK 2025 helar.xlsx"
    N = "Samhällsbyggnadsnämnden"
    wb = openpyxl.Workbook(); fixwb(wb)
    ws = wb.active; ws.title = "Uppföljning"
    S(ws, "A1", "Uppföljning internkontroll 2025 – helår").font = Font(bold=True, size=13)
    S(ws, "A2", "Nämnd: Samhällsbyggnadsnämnden")
    S(ws, "A3", "Förvaltning: Samhällsbyggnadsförvaltningen")
    hdr = ["Nr", "Kontrollmoment", "Riskvärde (S×K)", "Ansvarig", "Genomförd (Ja/Nej/Delvis)", "Resultat", "Åtgärd"]
    for i, h in enumerate(hdr, 1):
        c = S(ws, (5, i), h); c.font = BOLD; c.border = BOX; c.alignment = WRAP
        c.fill = PatternFill("solid", fgColor="FCE4D6")
    rows = [
        (1, "Kontroll av entreprenadfakturor mot avtal och ÄTA-beslut", 12, "Projektledare",
         "Ja", "15 fakturor granskade, samtliga stämde mot avtal och beslutade ÄTA.", "-", "GENOMFORD", "nej"),
        (2, "Felanmälningar gata/park åtgärdas inom utlovad tid", 6, "Gatuchef", "Delvis",
         "Uppföljning gjord för april–september.", "Fortsatt uppföljning 2026", "DELVIS", ""),
        (3, "Provtagning av dricksvatten enligt kontrollprogram", 16, "VA-chef", "Ja",
         "Samtliga prover tagna enligt program, inga otjänliga prover.", "-", "GENOMFORD", "nej"),
        (4, "Debitering av avfallsabonnemang enligt avfallstaxan", 9, "Renhållningsansvarig", "Ja",
         "Felaktig debitering hos 12 abonnenter upptäcktes och har rättats.", "Rutin för abonnemangsändring ses över",
         "GENOMFORD", "ja"),
        (5, "Lekplatsbesiktningar genomförs och anmärkningar åtgärdas", 12, "Parkchef", "Delvis",
         "Besiktning gjord på 14 av 19 lekplatser.", "Resterande besiktigas våren 2026", "DELVIS", ""),
        (6, "Tankning med drivmedelskort stämmer mot fordonens körjournaler", 8, "Fordonssamordnare", "Nej",
         "Ej genomförd – körjournalssystemet byttes under hösten.", "Genomförs 2026", "EJ_GENOMFORD", ""),
        (7, "Upphandling av byggentreprenader sker enligt LOU och upphandlingspolicyn", 12, "Upphandlare",
         "Ja", "Tre upphandlingar granskade utan anmärkning.", "-", "GENOMFORD", "nej"),
        (8, "Indexuppräkning av hyresavtal för externt inhyrda lokaler", 4, "Fastighetschef", "Utgår",
         "Lokalförsörjningen flyttades till kommunstyrelsen 2025-04-01.", "-", "UTGAR", ""),
        (9, "Utryckningar för vinterväghållning stämmer mot väderdata", 6, "Gatuchef", "Ja",
         "Fakturor jan–mars och nov–dec avstämda mot SMHI-data utan avvikelser.", "-", "GENOMFORD", "nej"),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row[:7], 1):
            c = S(ws, (r, i), v); c.border = BOX; c.alignment = WRAP
        expected.append((fil, N, row[1], row[7], row[8]))
        r += 1
    r += 2
    S(ws, (r, 1), "Sammanställning").font = Font(bold=True, size=12)
    r += 1
    for i, h in enumerate(["", "Status", "Antal", "Andel"], 1):
        if h:
            c = S(ws, (r, i), h); c.font = BOLD; c.border = BOX
    first = r + 1
    for st, n in [("Genomförda (Ja)", 5), ("Delvis genomförda", 2), ("Ej genomförda (Nej)", 1), ("Utgår", 1)]:
        r += 1
        S(ws, (r, 2), st).border = BOX
        S(ws, (r, 3), n).border = BOX
        c = ws.cell(r, 4); c.value = f"=C{r}/C{first + 4}"; c.number_format = "0%"; c.border = BOX
    r += 1
    c = S(ws, (r, 2), "Totalt antal kontrollmoment"); c.font = BOLD; c.border = BOX
    c = ws.cell(r, 3); c.value = f"=SUM(C{first}:C{r - 1})"; c.font = BOLD; c.border = BOX
    c = ws.cell(r, 4); c.value = f"=C{r}/C{r}"; c.number_format = "0%"; c.border = BOX
    r += 2
    S(ws, (r, 1), "Emmaboda 2026-01-22")
    S(ws, (r + 1, 1), "Per Nilsson, förvaltningschef")
    for col, w in zip("ABCDEFG", [5, 55, 12, 22, 14, 55, 35]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fil))
    files.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 7 KFN odt (via docx)
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)

def kfn_odt(tmp):
    fil = "Kultur_och_fritid_IKP_2025_helarsuppfoljning.odt"
    N = "Kultur- och fritidsnämnden"
    d = Document()
    d.core_properties.created = FIXED; d.core_properties.modified = FIXED
    d.add_heading("Uppföljning av internkontrollplan 2025", 1)
    d.add_paragraph("Kultur- och fritidsnämnden, helårsuppföljning. Kultur- och fritidsförvaltningen, "
                    "Emmaboda kommun.")
    d.add_paragraph("Statusfärger: Grön = kontrollen genomförd utan avvikelse. Gul = kontrollen genomförd "
                    "med avvikelse. Röd = kontrollen ej genomförd. Pågående kontroller anges i klartext.")
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Kontrollmoment", "Hur", "När", "Resultat helår", "Status"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    rows = [
        ("Underlag för aktivitetsstöd till föreningar kontrolleras mot närvarolistor",
         "Stickprov 10 föreningar", "Apr, okt", "Underlagen stämde.", "Grön", "00B050", "GENOMFORD", "nej"),
        ("Kassahantering och avgifter på biblioteket", "Kassainventering", "Kvartalsvis",
         "Differens om 340 kr i oktober, orsak oklar. Rutin för kassaavstämning skärpt.", "Gul", "FFC000",
         "GENOMFORD", "ja"),
        ("Bokning och debitering av idrottshallar", "Avstämning bokningssystem mot fakturering", "Halvår",
         "Inga avvikelser.", "Grön", "00B050", "GENOMFORD", "nej"),
        ("Avtal med externa arrangörer innehåller krav på försäkring och ansvar", "Genomgång av avtal", "Maj",
         "Hann inte genomföras under året.", "Röd", "FF0000", "EJ_GENOMFORD", ""),
        ("Inventarieförteckning på fritidsgårdarna är uppdaterad", "Inventering", "Nov",
         "Inventering klar på Kulturhuset Vattentornet, Lindås fritidsgård återstår.", "Pågår", None,
         "DELVIS", ""),
        ("Redovisning av lotteritillstånd från föreningar", "Kontroll att redovisning inkommit", "Mar",
         "Samtliga 9 föreningar har redovisat.", "Grön", "00B050", "GENOMFORD", "nej"),
    ]
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row[:5]):
            cells[i].text = v
        if row[5]:
            shade(cells[4], row[5])
        expected.append((fil, N, row[0], row[6], row[7]))
    d.add_paragraph("")
    d.add_paragraph("Emmaboda 2026-01-26\nAnna Svensson\nKultur- och fritidschef")
    src = os.path.join(tmp, "Kultur_och_fritid_IKP_2025_helarsuppfoljning.docx")
    d.save(src)
    soffice(src, "odt", OUT)
    files.append((fil, "INLAST", N, "2025", "HELAR"))

# ---------------------------------------------------------------- 8 rejected: PNG renamed .xlsx
def png_bytes(w=64, h=48):
    raw = b""
    for y in range(h):
        raw += b"\x00" + b"".join(bytes(((x * 4) % 256, (y * 5) % 256, 180)) for x in range(w))
    def chunk(t, data):
        return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def rejected():
    fil = "Emmabodabostader_intern_kontroll_2025.xlsx"
    with open(os.path.join(OUT, fil), "wb") as f:
        f.write(png_bytes())
    files.append((fil, "AVVISAD", "", "", ""))

# ---------------------------------------------------------------- register
def register():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur och fritid"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
        ("Valnämnden", "VN"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndaren"),
        ("Emmabodabostäder AB", "EBO|Emmabodabostäder|Emmaboda Bostäder"),
        ("Kalmarsunds gymnasieförbund", "KSGYF|Gymnasieförbundet"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"]); w.writerows(reg)

def main():
    tmp = tempfile.mkdtemp(prefix="r569-")
    try:
        ks_docx(); bun_xlsx(); sn_xlsx(); ksgyf_xls(tmp); mbn_csv(); sbn_xlsx(); kfn_odt(tmp); rejected()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    register()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(files)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(expected)

if __name__ == "__main__":
    main()
