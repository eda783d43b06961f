#!/usr/bin/python3
"""Blind round r214 - Mörtvik kommun, helår 2025: postponed, moved and replaced controls.
Builds all round files + namnder.csv, files.csv, expected.csv deterministically."""
import csv, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
LO = ["soffice", "-env:UserInstallation=file:///tmp/lo-round214", "--headless"]
EXP = []    # fil;nämnd;kontrollmoment;status;avvikelse
FILES = []  # fil;utfall;nämnd;år;period


def convert(src, fmt, final_name):
    tmpout = tempfile.mkdtemp(prefix="r214conv")
    subprocess.run(LO + ["--convert-to", fmt, "--outdir", tmpout, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = [f for f in os.listdir(tmpout)]
    assert len(produced) == 1, produced
    shutil.move(os.path.join(tmpout, produced[0]), os.path.join(OUT, final_name))
    shutil.rmtree(tmpout)


BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1 KS xlsx
def ks_xlsx():
    fn = "KS_Uppföljning internkontrollplan 2025 helår.xlsx"
    nm = "Kommunstyrelsen"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning helår"
    ws["A1"] = "Mörtvik kommun"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av internkontrollplan 2025 – helår"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Nämnd: Kommunstyrelsen (Kommunledningskontoret)"
    ws["A4"] = "Planen fastställd av KS 2025-01-27 § 12. Uppföljningen avser perioden 2025-01-01 – 2025-12-31."
    hdr = ["Nr", "Process/rutin", "Kontrollmoment", "Ansvarig", "Frekvens", "Status helår", "Kommentar"]
    ws.append([]); ws.append(hdr)
    for c in ws[6]: c.font = BOLD; c.fill = PatternFill("solid", fgColor="BDD7EE")
    rows = [
        ("G", "Ekonomiprocesser"),
        (1, "Leverantörsfakturor", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef", "Två gånger/år",
         "Genomförd", "Stickprov 40 fakturor (maj och november). Inga avvikelser.", "GENOMFORD", "nej"),
        (2, "Representation", "Kontroll att representationsfakturor har syfte och deltagare angivna", "Ekonomichef", "Helår",
         "Genomförd med avvikelse", "6 av 25 fakturor saknade deltagarförteckning. Påminnelse om rutinen skickad till samtliga chefer.", "GENOMFORD", "ja"),
        (3, "Direktupphandling", "Dokumentation av direktupphandlingar över 100 000 kr", "Upphandlingschef", "Helår",
         "Kvarstående från 2024", "Kontrollen kvarstod från 2024 års plan och genomfördes under hösten 2025. Dokumentation saknades i 2 av 12 granskade upphandlingar.", "GENOMFORD", "ja"),
        ("G", "Personal och lön"),
        (4, "Lön", "Kontroll av att anställningsavtal, lönetillägg och behörigheter registrerats korrekt i lönesystemet", "HR-chef", "Tertial",
         "Genomförd", "Stickprov 30 anställningar per tertial. Inga avvikelser.", "GENOMFORD", "nej"),
        (5, "Lön", "Kontroll av behörigheter i lönesystemet", "HR-chef", "Helår",
         "Ersatt av kontroll 4", "Behörighetskontrollen ingår från 2025 i kontroll 4.", "UTGAR", ""),
        ("G", "IT och informationssäkerhet"),
        (6, "Informationssäkerhet", "Kontroll att behörigheter i ekonomisystemet avslutas när anställning upphör", "IT-chef", "Helår",
         "Flyttas till 2026 års plan", "Ej genomförd på grund av byte av ekonomisystem.", "EJ_GENOMFORD", ""),
        (7, "Dataskydd", "Registerförteckning enligt dataskyddsförordningen (GDPR) är uppdaterad", "Dataskyddsombud", "Helår",
         "Utgår enligt beslut i KS 2025-05-12", "", "UTGAR", ""),
        (8, "Krisberedskap", "Kontroll att kontinuitetsplaner finns för samhällsviktig verksamhet", "Säkerhetssamordnare", "Helår",
         "Pågår", "4 av 7 förvaltningar har lämnat in planer.", "DELVIS", ""),
        ("G", "Kansli"),
        (9, "Avtal", "Avtalsförteckningen är uppdaterad och komplett", "Kanslichef", "Helår", "", "", "SAKNAS", ""),
    ]
    for r in rows:
        if r[0] == "G":
            ws.append([r[1]]); n = ws.max_row
            ws.merge_cells(start_row=n, start_column=1, end_row=n, end_column=7)
            ws.cell(n, 1).font = BOLD; ws.cell(n, 1).fill = PatternFill("solid", fgColor="E7E6E6")
            continue
        ws.append(list(r[:7]))
        for c in ws[ws.max_row]: c.alignment = WRAP
        EXP.append((fn, nm, r[2], r[7], r[8]))
    ws.append([])
    ws.append(["", "Sammanfattning", "9 kontrollmoment: 4 genomförda, 1 pågår, 1 flyttad till 2026, 2 utgår/ersatta, 1 ej rapporterad"])
    ws.append(["", "Upprättad av", "Karin Sjöberg, controller, 2026-01-20"])
    for col, w in zip("ABCDEFG", [5, 22, 55, 20, 14, 28, 60]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))

# ---------------------------------------------------------------- 2 BUN ods (T1/T2/helår codes)
def bun_ods(tmp):
    fn = "BUN IK-uppföljning 2025.ods"
    nm = "Barn- och utbildningsnämnden"
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning tertial 1, tertial 2 och helår"
    ws["A3"] = "Teckenförklaring: G = Genomförd, GA = Genomförd med avvikelse, P = Pågår, EG = Ej genomförd, U = Utgår, – = ingen kontroll planerad under perioden"
    ws["A3"].font = Font(italic=True)
    ws.append([])
    ws.append(["Id", "Process", "Kontrollmoment", "Riskvärde", "Utfall 2024 (helår)", "T1 2025", "T2 2025", "Helår 2025", "Kommentar helår"])
    for c in ws[5]: c.font = BOLD; c.fill = PatternFill("solid", fgColor="C6E0B4"); c.alignment = WRAP
    rows = [
        ("G", "Kontroller enligt plan 2025"),
        ("B1", "Skolskjuts", "Kontroll att beslut om skolskjuts fattats enligt delegationsordningen", 9, "G", "–", "–", "G",
         "Stickprov 20 beslut, samtliga fattade av rätt delegat.", "GENOMFORD", "nej"),
        ("B2", "Barnomsorgsavgifter", "Kontroll av inkomstuppgifter för debitering av barnomsorgsavgift", 12, "GA", "P", "P", "GA",
         "5 % av hushållen saknade aktuell inkomstuppgift; maxtaxa debiterad tills uppgift inkommit.", "GENOMFORD", "ja"),
        ("B3", "Elevhälsa", "Journalföring inom elevhälsans medicinska insats sker enligt rutin", 8, "–", "–", "G", "", "",
         "GENOMFORD", "nej"),
        ("B4", "Kränkande behandling", "Anmälningar om kränkande behandling rapporteras till huvudman inom fem dagar", 12, "EG", "P", "P", "EG",
         "Flyttas till 2026 års plan, nytt ärendesystem införs under våren 2026.", "EJ_GENOMFORD", ""),
        ("B5", "Inköp", "Inköp sker från avtalade leverantörer", 6, "G", "–", "–", "U",
         "Utgår enligt beslut i nämnden 2025-05-12; ingår i kommunstyrelsens kommungemensamma kontroll.", "UTGAR", ""),
        ("B6", "Dokumenthantering", "Diarieföring av inkommande handlingar sker inom tre arbetsdagar", 6, "", "", "", "", "",
         "SAKNAS", ""),
        ("G", "Kvarstående från 2024"),
        ("B7", "Särskilt stöd", "Åtgärdsprogram upprättas för elever i behov av särskilt stöd", 12, "EG", "P", "G", "G",
         "Samtliga granskade åtgärdsprogram (40 st) uppfyllde kraven.", "GENOMFORD", "nej"),
        ("B8", "Frånvaro", "Uppföljning av elevers frånvaro och kontakt med vårdnadshavare vid hög frånvaro", 9, "P", "P", "P", "", "",
         "DELVIS", ""),
        ("B9", "Personal", "Kontroll att lärare som undervisar har legitimation och behörighet i ämnet", 9, "EG", "G", "–", "G",
         "Genomförd, inga anmärkningar.", "GENOMFORD", "nej"),
    ]
    for r in rows:
        if r[0] == "G":
            ws.append([r[1]]); n = ws.max_row
            ws.merge_cells(start_row=n, start_column=1, end_row=n, end_column=9)
            ws.cell(n, 1).font = Font(bold=True, italic=True)
            continue
        ws.append(list(r[:9]))
        for c in ws[ws.max_row]: c.alignment = WRAP
        EXP.append((fn, nm, r[2], r[9], r[10]))
    ws.append([])
    ws.append(["", "Rapporterad till nämnden 2026-02-10 (BUN § 14)"])
    for col, w in zip("ABCDEFGHI", [5, 20, 55, 9, 12, 8, 8, 10, 55]): ws.column_dimensions[col].width = w
    p = os.path.join(tmp, "bun.xlsx"); wb.save(p); convert(p, "ods", fn)
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))

# ---------------------------------------------------------------- 3 SN docx, free text under headings
def sn_docx():
    fn = "Socialnämnden VB 2025 bilaga 3 intern kontroll.docx"
    nm = "Socialnämnden"
    d = Document()
    d.add_heading("Bilaga 3 – Uppföljning av intern kontroll 2025", 0)
    d.add_paragraph("Socialnämnden, verksamhetsberättelse helår 2025")
    d.add_paragraph("Nämnden fastställde internkontrollplanen för 2025 i januari 2025 (SN § 8). Planen omfattar åtta "
                    "kontrollmoment. Nedan redovisas resultatet för respektive kontrollmoment för helåret. En kontroll "
                    "kvarstod från 2024 års plan och en kontroll utgick efter nämndens beslut 2025-05-12.")
    items = [
        ("Ekonomi", None, None, None, None),
        (None, "Utbetalning av ekonomiskt bistånd sker enligt beslut", "Stickprov 30 utbetalningar per halvår.",
         "Kontrollen är genomförd. I två fall hade utbetalning skett med fel belopp; återkrav har upprättats och rutinen för "
         "dubbelkontroll har förtydligats.", ("GENOMFORD", "ja")),
        (None, "Avgifter inom äldreomsorgen debiteras korrekt", "Stickprov 25 avgiftsbeslut jämförs med fakturerat belopp.",
         "Genomförd i januari 2026 på grund av personalomsättning på avgiftsenheten. Inga avvikelser konstaterades.",
         ("GENOMFORD", "nej")),
        ("Myndighetsutövning", None, None, None, None),
        (None, "Utredningar inom barn och unga avslutas inom fyra månader", "Genomgång av samtliga avslutade utredningar.",
         "Kontrollen har påbörjats men inte slutförts. Hittills har 45 av 80 utredningar granskats; 9 av dessa överskred "
         "lagstadgad utredningstid.", ("DELVIS", "ja")),
        (None, "Genomförandeplaner inom LSS upprättas och följs upp", "Stickprov 15 ärenden. Kontrollen är kvarstående från 2024.",
         "Flyttas till 2026 års plan. Kontrollen har inte kunnat genomföras under året eftersom verksamhetssystemet byts.",
         ("EJ_GENOMFORD", "")),
        (None, "Rapporter enligt lex Sarah hanteras och anmäls till IVO inom föreskriven tid", "Genomgång av samtliga rapporter.",
         "Samtliga 11 rapporter under året har utretts och vid behov anmälts till IVO inom föreskriven tid.", ("GENOMFORD", "nej")),
        ("Personal och delegation", None, None, None, None),
        (None, "Utdrag ur belastningsregistret kontrolleras vid anställning inom LSS-verksamhet",
         "Stickprov av nyanställningar under året.",
         "Utgår. Kontrollen ersätts av en kommunövergripande kontroll som kommunstyrelsen genomför, enligt beslut i nämnden 2025-05-12.",
         ("UTGAR", "")),
        (None, "Delegationsbeslut anmäls till nämnden", "Jämförelse mellan verksamhetssystemets beslutslista och anmälda beslut.",
         "Se bilaga 4.", ("OKLAR", "")),
        (None, "Bisysslor hos anställda är registrerade och prövade", "Genomgång av samtliga chefers bisyssleredovisning.",
         "–", ("SAKNAS", "")),
    ]
    for h1, ctl, metod, res, exp in items:
        if h1:
            d.add_heading(h1, 1); continue
        d.add_heading(ctl, 2)
        p = d.add_paragraph(); p.add_run("Kontrollmetod: ").bold = True; p.add_run(metod)
        p = d.add_paragraph(); p.add_run("Resultat: ").bold = True; p.add_run(res)
        EXP.append((fn, nm, ctl, exp[0], exp[1]))
    d.add_heading("Samlad bedömning", 1)
    d.add_paragraph("Förvaltningen bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. "
                    "De kontroller som inte har genomförts förs över till 2026 års internkontrollplan.")
    d.add_paragraph("Mörtvik 2026-02-05")
    d.add_paragraph("Anna Lindqvist\nSocialchef")
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))

# ---------------------------------------------------------------- 4 TN odt, one table, vertical merges
def tn_odt(tmp):
    fn = "Tekniska nämnden uppföljning intern kontroll helår 2025.odt"
    nm = "Tekniska nämnden"
    d = Document()
    d.add_heading("Tekniska nämnden", 0)
    d.add_paragraph("Uppföljning av internkontrollplan – helår 2025").runs[0].bold = True
    d.add_paragraph("Tekniska förvaltningen har följt upp nämndens internkontrollplan för 2025. Resultatet redovisas "
                    "i tabellen nedan. Avvikelse = Ja innebär att fel eller brister har konstaterats vid kontrollen.")
    hdr = ["Nr", "Kontrollområde", "Kontrollmoment", "Metod och frekvens", "Resultat helår 2025", "Avvikelse", "Åtgärd"]
    rows = [
        (1, "Fastighet", "Felanmälningar åtgärdas inom utlovad tid", "Stickprov 50 ärenden, helår",
         "Genomförd. 44 av 50 ärenden åtgärdade inom utlovad tid.", "Ja", "Rutinen för prioritering av felanmälningar ses över.", "GENOMFORD", "ja"),
        (2, "Fastighet", "Hyresavtal för externa hyresgäster är indexuppräknade", "Samtliga avtal, helår",
         "Genomförd", "Nej", "–", "GENOMFORD", "nej"),
        (3, "Gata/park", "Vinterväghållning utförs enligt avtalad standard", "Kontroll av entreprenörens körjournaler,\ntvå gånger per år",
         "Delvis genomförd.\nEndast kontrollen för januari–mars är utförd.", "Nej", "Kontrollen för november–december görs i februari 2026.", "DELVIS", "nej"),
        (4, "Vatten och avlopp", "Debitering av VA-avgifter följer taxan", "Stickprov 25 fastigheter",
         "Ersatt av kontroll 5 efter övergång till nytt kundsystem.", "–", "–", "UTGAR", ""),
        (5, "Vatten och avlopp", "Debitering av VA-avgifter i nytt kundsystem stämmer med taxa och mätarställning", "Stickprov 25 fastigheter, helår",
         "Genomförd med anmärkning: 3 fastigheter felaktigt debiterade.", "Ja", "Fakturorna har korrigerats.", "GENOMFORD", "ja"),
        (6, "Måltid", "Egenkontroll av livsmedelshantering i kommunens kök följer egenkontrollprogrammet", "Två kök per tertial",
         "Kvarstående från 2024.\nEj genomförd under 2025.", "", "", "EJ_GENOMFORD", ""),
        (7, "Fordon", "Körjournaler förs för samtliga kommunens fordon", "Stickprov 10 fordon",
         "Pågår", "", "Slutförs under första kvartalet 2026.", "DELVIS", ""),
        (8, "Upphandling", "Avrop sker enligt gällande ramavtal", "Stickprov 30 fakturor",
         "Flyttas till 2026 års plan", "", "", "EJ_GENOMFORD", ""),
    ]
    t = d.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for r in rows:
        cells = t.add_row().cells
        for i in range(7): cells[i].text = str(r[i])
        EXP.append((fn, nm, r[2], r[7], r[8]))
    # merge Kontrollområde vertically for runs of equal values
    i = 1
    while i <= len(rows):
        j = i
        while j + 1 <= len(rows) and rows[j][1] == rows[i - 1][1]: j += 1
        if j > i:
            top = t.cell(i, 1); bottom = t.cell(j, 1)
            m = top.merge(bottom); m.text = rows[i - 1][1]
        i = j + 1
    d.add_paragraph("")
    d.add_paragraph("Mörtvik 2026-01-28\nPer Holm, förvaltningschef, Tekniska förvaltningen")
    p = os.path.join(tmp, "tn.docx"); d.save(p); convert(p, "odt", fn)
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))

# ---------------------------------------------------------------- 5 Stratsys CSV, long format, two nämnder
def stratsys_csv():
    fn = "Stratsys_export_internkontroll_2025.csv"
    K = "Kultur- och fritidsnämnden"; M = "Miljö- och byggnadsnämnden"
    T1, T2, H = "Tertial 1 2025", "Tertial 2 2025", "Helår 2025"
    data = [  # enhet, process, kontrollmoment, [(period, status, kommentar)], exp status, avv
        (K, "Bidrag", "Föreningsbidrag betalas ut enligt gällande bidragsregler",
         [(T1, "Pågående", "Stickprov påbörjat."), (T2, "Pågående", ""),
          (H, "Genomförd", "Stickprov 15 föreningar. Två saknade årsmötesprotokoll – bidraget innehålls tills komplettering inkommit.")],
         "GENOMFORD", "ja"),
        (K, "Kassahantering", "Kassaavstämning i simhallens kassa görs dagligen",
         [(T1, "Genomförd", "Inga avvikelser."), (T2, "Genomförd", "Inga avvikelser."), (H, "Genomförd", "Inga avvikelser.")],
         "GENOMFORD", "nej"),
        (K, "Bibliotek", "Inköp av medier sker enligt ramavtal",
         [(T2, "Ej påbörjad", ""), (H, "Ej påbörjad", "Flyttas till 2026 års plan.")], "EJ_GENOMFORD", ""),
        (K, "Lokaler", "Uthyrning av idrottslokaler debiteras enligt taxa",
         [(T1, "Pågående", ""), (H, "", "Avbruten genom beslut i nämnden 2025-05-12; ny taxa och bokningssystem införs 2026.")],
         "UTGAR", ""),
        (K, "Inventarier", "Inventarieförteckning för fritidsgårdarna är uppdaterad",
         [(T1, "Pågående", "Kvarstående från 2024. Två av fyra fritidsgårdar inventerade.")], "DELVIS", ""),
        (M, "Bygglov", "Handläggningstiden för bygglov understiger tio veckor från komplett ansökan",
         [(T1, "Pågående", ""), (T2, "Pågående", ""),
          (H, "Genomförd", "96 % av ärendena inom lagstadgad tid; 7 ärenden överskred tiden och avgiften reducerades.")],
         "GENOMFORD", "ja"),
        (M, "Miljötillsyn", "Planerad tillsyn enligt miljöbalken genomförs enligt tillsynsplanen",
         [(T2, "Pågående", "51 % av planerade besök."), (H, "Pågående", "78 % av planerade tillsynsbesök genomförda.")],
         "DELVIS", ""),
        (M, "Avgifter", "Timavgift för tillsyn debiteras enligt taxa",
         [(H, "Genomförd", "Inga avvikelser.")], "GENOMFORD", "nej"),
        (M, "Delegation", "Delegationsbeslut anmäls till nämnden",
         [(T2, "Ej påbörjad", ""), (H, "Genomförd", "Genomförd i januari 2026.")], "GENOMFORD", ""),
        (M, "Arkiv", "Avslutade ärenden arkiveras enligt dokumenthanteringsplanen",
         [(T1, "Ej påbörjad", ""), (H, "Avbruten", "Ersatt av kontroll 4 i kommunstyrelsens plan (kommungemensam arkivkontroll).")],
         "UTGAR", ""),
        (M, "Kart och mät", "Kart- och mättjänster debiteras enligt taxa",
         [(H, "", "")], "SAKNAS", ""),
    ]
    lines = [["Rapport: Internkontroll – uppföljning kontrollmoment", "", "", "", "", "", ""],
             ["Urval: Mörtvik kommun / Nämnder; År 2025; Perioder: T1, T2, Helår", "", "", "", "", "", ""],
             ["Utskriven: 2026-02-03 09:41", "", "", "", "", "", ""],
             ["Enhet", "Process", "Kontrollmoment", "Period", "Status", "Kommentar", "Ansvarig"]]
    resp = {K: "Lina Berg", M: "Omar Haddad"}
    n = 0
    for enh, proc, ctl, per, st, avv in data:
        for pe, s, c in per:
            lines.append([enh, proc, ctl, pe, s, c, resp[enh]]); n += 1
        EXP.append((fn, enh, ctl, st, avv))
    lines.append([f"Antal rader: {n}", "", "", "", "", "", ""])
    with open(os.path.join(OUT, fn), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n"); w.writerows(lines)
    FILES.append((fn, "INLAST", K, "2025", "HELAR"))
    FILES.append((fn, "INLAST", M, "2025", "HELAR"))

# ---------------------------------------------------------------- 6 MBAB ods, traffic light fills, name in header
def mbab_ods(tmp):
    fn = "MBAB internkontroll 2025 helårsuppföljning.ods"
    nm = "Mörtviks Bostads AB"
    GREEN, YEL, RED, GREY = "00B050", "FFC000", "FF0000", "A6A6A6"
    wb = Workbook(); ws = wb.active; ws.title = "IK 2025"
    ws.oddHeader.center.text = "Mörtviks Bostads AB – Internkontroll"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning helår"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Rapporteras till styrelsen 2026-02-18"
    ws.append([])
    ws.append(["Risk/process", "Kontrollmoment", "Ansvarig", "Status", "Kommentar"])
    for c in ws[4]: c.font = BOLD
    rows = [
        ("Hyresavisering", "Hyresavier skickas ut enligt gällande hyreslista", "Ekonomichef", GREEN, "Inga avvikelser.", "GENOMFORD", "nej"),
        ("Hyresfordringar", "Kravhantering av hyresskulder sker enligt kravrutinen", "Ekonomichef", GREEN,
         "Två ärenden hade inte lämnats till inkasso i tid.", "GENOMFORD", "ja"),
        ("Underhåll", "Underhållsplanen följs upp mot budget", "Fastighetschef", YEL,
         "Uppföljning gjord för 2 av 3 bostadsområden.", "DELVIS", ""),
        ("Upphandling", "Upphandling av ramavtal för entreprenader följer LOU", "VD", RED,
         "Flyttas till 2026 års plan.", "EJ_GENOMFORD", ""),
        ("Nyckelhantering", "Nyckelkvittenser finns för samtliga utlämnade nycklar", "Förvaltare", GREY,
         "Utgår – ersatt av digitalt passersystem i samtliga områden.", "UTGAR", ""),
        ("Attest", "Fakturor attesteras av behörig attestant", "Ekonomichef", None,
         "Se separat rapport till styrelsen.", "OKLAR", ""),
        ("Lekplatser", "Besiktning av lekplatser utförs årligen", "Fastighetschef", GREEN,
         "Kvarstående från 2024. Genomförd i januari 2026, inga anmärkningar.", "GENOMFORD", "nej"),
    ]
    for r in rows:
        ws.append([r[0], r[1], r[2], "", r[4]])
        n = ws.max_row
        if r[3]: ws.cell(n, 4).fill = PatternFill("solid", fgColor=r[3])
        for c in ws[n]: c.alignment = WRAP
        EXP.append((fn, nm, r[1], r[5], r[6]))
    ws.append([]); ws.append(["Förklaring:"])
    for col, txt in [(GREEN, "Genomförd"), (YEL, "Pågår / delvis genomförd"), (RED, "Ej genomförd"), (GREY, "Utgår")]:
        ws.append(["", "", "", "", txt]); ws.cell(ws.max_row, 4).fill = PatternFill("solid", fgColor=col)
    for col, w in zip("ABCDE", [18, 50, 16, 9, 60]): ws.column_dimensions[col].width = w
    p = os.path.join(tmp, "mbab.xlsx"); wb.save(p); convert(p, "ods", fn)
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))

# ---------------------------------------------------------------- 7 RTF odt, tick columns
def rtf_odt(tmp):
    fn = "RTF redovisning intern kontroll 2025.odt"
    nm = "Räddningstjänstförbundet Mörtvik-Åsen"
    d = Document()
    d.add_paragraph("Räddningstjänsten Mörtvik-Åsen").runs[0].bold = True
    d.add_paragraph("Till förbundsdirektionen")
    d.add_heading("Redovisning av intern kontroll, helår 2025", 1)
    d.add_paragraph("Markera med X i den kolumn som stämmer. Kommentera avvikelser och ej genomförda kontroller.")
    hdr = ["Kontrollmoment", "Genomförd", "Delvis", "Ej genomförd", "Kommentar"]
    rows = [
        ("Tillsyn enligt LSO genomförs enligt tillsynsplanen", "X", "", "", "Samtliga 115 planerade tillsyner genomförda.", "GENOMFORD", "nej"),
        ("Brandskyddskontroll utförs enligt fastställda frister", "", "X", "", "Kontroll av 2 av 4 sotningsdistrikt.", "DELVIS", ""),
        ("Övningsverksamhet dokumenteras för samtliga deltidsbrandmän", "X", "", "X", "", "OKLAR", ""),
        ("Kontroll av andningsskyddsutrustning enligt AFS", "X", "", "", "Genomförd med avvikelse: 3 masker kasserade efter täthetsprov.", "GENOMFORD", "ja"),
        ("Fakturering av obefogade automatlarm sker enligt taxa", "", "", "X", "Flyttas till 2026 års plan.", "EJ_GENOMFORD", ""),
        ("Attest av leverantörsfakturor enligt attestordningen", "X", "", "", "Inga avvikelser.", "GENOMFORD", "nej"),
        ("SUB", "Kvarstående från 2024"),
        ("Inventering av förbrukningsmaterial i förråd", "", "", "", "Utgår enligt beslut i direktionen 2025-05-12.", "UTGAR", ""),
    ]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for r in rows:
        cells = t.add_row().cells
        if r[0] == "SUB":
            m = cells[0].merge(cells[4]); m.text = r[1]; m.paragraphs[0].runs[0].italic = True
            continue
        for i in range(5): cells[i].text = r[i]
        EXP.append((fn, nm, r[0], r[5], r[6]))
    d.add_paragraph("")
    d.add_paragraph("Åsen 2026-01-30\nMikael Strand, förbundsdirektör")
    p = os.path.join(tmp, "rtf.docx"); d.save(p); convert(p, "odt", fn)
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))

# ---------------------------------------------------------------- 8 reject: covering letter
def missiv_odt(tmp):
    fn = "Följebrev BUN uppföljning internkontroll 2025.odt"
    d = Document()
    d.add_paragraph("Barn- och utbildningsförvaltningen")
    d.add_paragraph("2026-02-11")
    d.add_paragraph("Till: Ekonomienheten, Kommunledningskontoret")
    d.add_heading("Följebrev – överlämnande av uppföljning av internkontrollplan 2025", 1)
    d.add_paragraph("Härmed överlämnas Barn- och utbildningsnämndens uppföljning av internkontrollplanen för helåret 2025, "
                    "som behandlades av nämnden 2026-02-10 (BUN § 14). Uppföljningen bifogas i separat fil.")
    d.add_paragraph("Ett kontrollmoment har flyttats till 2026 års plan och ett har utgått enligt beslut i nämnden 2025-05-12. "
                    "Nämnden bedömer att den interna kontrollen i huvudsak har varit tillräcklig.")
    d.add_paragraph("Vid frågor, kontakta undertecknad.")
    d.add_paragraph("Med vänlig hälsning\nSara Nyström\nVerksamhetscontroller")
    p = os.path.join(tmp, "missiv.docx"); d.save(p); convert(p, "odt", fn)
    FILES.append((fn, "AVVISAD", "", "", ""))


def registers():
    reg = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Samhällsbyggnadsförvaltningen|Miljö- och byggförvaltningen"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Mörtviks Bostads AB", "MBAB|Mörtviksbostäder"),
        ("Räddningstjänstförbundet Mörtvik-Åsen", "RTF|Räddningstjänsten Mörtvik-Åsen|Räddningstjänsten"),
    ]
    def wr(name, header, rows):
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(header); w.writerows(rows)
    wr("namnder.csv", ["nämnd", "alias"], reg)
    wr("files.csv", ["fil", "utfall", "nämnd", "år", "period"], FILES)
    wr("expected.csv", ["fil", "nämnd", "kontrollmoment", "status", "avvikelse"], EXP)


if __name__ == "__main__":
    tmp = tempfile.mkdtemp(prefix="r214src")
    try:
        ks_xlsx(); bun_ods(tmp); sn_docx(); tn_odt(tmp); stratsys_csv(); mbab_ods(tmp); rtf_odt(tmp); missiv_odt(tmp)
    finally:
        shutil.rmtree(tmp)
    registers()
    print(len(FILES), "file rows,", len(EXP), "controls")
