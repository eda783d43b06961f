#!/usr/bin/python3
"""Round r190 — Håby kommun, helår 2025. Word-heavy inbox + two Excel files + one covering letter to reject."""
import os, csv, subprocess, shutil
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/r190build"
os.makedirs(TMP, exist_ok=True)
EXP = []      # fil, nämnd, kontrollmoment, status, avvikelse
FILES = []    # fil, utfall, nämnd, år, period


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line); r.bold = bold


def header(doc, text):
    doc.sections[0].header.paragraphs[0].text = text


# ---------------------------------------------------------------- 1 SN tjänsteskrivelse
def f_sn():
    fn = "Tjänsteskrivelse uppföljning intern kontroll helår 2025 SN.docx"
    nm = "Socialnämnden"
    d = Document(); header(d, "HÅBY KOMMUN\tSocialförvaltningen\tTjänsteskrivelse")
    d.add_paragraph("Datum: 2026-01-28\nDnr: SN 2025/412\nHandläggare: Maria Lindqvist, kvalitetsutvecklare")
    d.add_heading("Uppföljning av plan för intern kontroll 2025, helår", 1)
    d.add_heading("Förslag till beslut", 2)
    d.add_paragraph("Socialnämnden godkänner uppföljningen av plan för intern kontroll 2025 och lägger den till handlingarna.")
    d.add_heading("Ärendebeskrivning", 2)
    d.add_paragraph("Enligt kommunallagen 6 kap. 6 § ska nämnden se till att den interna kontrollen är tillräcklig. "
                    "Socialnämnden antog plan för intern kontroll 2025 den 11 december 2024, § 161. Planen följdes upp "
                    "i delårsrapporten per augusti. I denna skrivelse redovisas resultatet för helåret. Resultat från "
                    "delåret står kvar i tabellen för att visa utvecklingen under året.")
    d.add_paragraph("Sammanfattningsvis bedömer förvaltningen att den interna kontrollen varit tillräcklig, med undantag "
                    "för loggkontrollen i verksamhetssystemet som inte kunnat genomföras fullt ut under hösten.")
    rows = [
        # kontrollpunkt, metod, resultat, status, avv
        ("1. Hot och våld", "a) Uppdatera handlingsplan mot hot och våld i samråd med säkerhetssamordnare",
         "Delår: Handlingsplanen är uppdaterad och fastställd av förvaltningens ledningsgrupp i april.\nHelår: –",
         "GENOMFORD", "nej"),
        ("1. Hot och våld", "b) Ta upp handlingsplanen på APT i samtliga verksamheter inom förvaltningen",
         "Delår: IFO klart, äldreomsorg ej klart.\nHelår: IFO och äldreomsorg klart, LSS-verksamheten ej klart.",
         "DELVIS", "nej"),
        ("1. Hot och våld", "c) Rapportera situationer där hot eller våld förekommit, vilka åtgärder som vidtogs omedelbart och vilka åtgärder som vidtogs för att förebygga att det händer igen",
         "Delår: Inga rapporter om hot och våld har inkommit.\nHelår: Tre händelser inom IFO, två polisanmälda. Handlingsplanen följdes och bedöms vara tillräcklig.",
         "GENOMFORD", "nej"),
        ("2. Felaktiga utbetalningar", "Beloppskontroll av utbetalningar av ekonomiskt bistånd, stickprov 20 ärenden per tertial",
         "Delår: 40 ärenden kontrollerade, inga felaktiga utbetalningar.\nHelår: 60 ärenden kontrollerade. I två ärenden hade dubbel utbetalning skett. Återkrav har beslutats och attestrutinen har förtydligats.",
         "GENOMFORD", "ja"),
        ("3. Otillbörlig åtkomst till personuppgifter", "a) Upprätta rutin för beställning och borttag av behörigheter i verksamhetssystemet",
         "Delår: Rutinen är upprättad och publicerad på intranätet.", "GENOMFORD", "nej"),
        ("3. Otillbörlig åtkomst till personuppgifter", "b) Loggkontroll i verksamhetssystemet, tio slumpvis valda användare per månad",
         "Delår: Loggkontroll genomförd januari–april.\nHelår: Loggkontroller har inte gjorts under hösten på grund av vakans som systemförvaltare.",
         "DELVIS", ""),
        ("4. Kompetensförsörjning", "a) Ta fram plan för kompetensförsörjning tillsammans med HR",
         "Delår: Arbetet är påbörjat.\nHelår: Planen beslutades av nämnden i november, § 142.", "GENOMFORD", "nej"),
        ("4. Kompetensförsörjning", "b) Redovisa antal vakanser som inte kunnat tillsättas på grund av kompetensbrist och vad det inneburit för verksamheten",
         "Helår: Se bilaga 2.", "OKLAR", ""),
        ("5. Placeringar", "Kontroll att placeringar på HVB följs upp inom tre månader",
         "Delår: Kontrollpunkten utgår enligt nämndens beslut 2025-06-11, § 88. Ersätts av egenkontroll inom IFO.",
         "UTGAR", ""),
        ("6. Avgifter", "Kontroll att avgiftsbeslut inom hemtjänsten fattas utifrån aktuella inkomstuppgifter",
         "Delår:\nHelår:", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Kontrollpunkt", "Metod", "Resultat"]):
        set_cell(c, h, True)
    start = {}
    for i, (kp, m, res, st, av) in enumerate(rows):
        r = t.add_row().cells
        set_cell(r[1], m); set_cell(r[2], res)
        if kp in start:
            start[kp].merge(r[0])
        else:
            set_cell(r[0], kp); start[kp] = r[0]
        EXP.append((fn, nm, m, st, av))
    d.add_paragraph("")
    d.add_paragraph("Maria Lindqvist\nKvalitetsutvecklare\n\nPer Ekström\nSocialchef")
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 2 BUN VB bilaga
def f_bun():
    fn = "Bilaga 3 Verksamhetsberättelse 2025 BUN.docx"
    nm = "Barn- och utbildningsnämnden"
    d = Document(); header(d, "Verksamhetsberättelse 2025 – Barn- och utbildningsnämnden")
    d.add_heading("Bilaga 3. Uppföljning av intern kontroll 2025", 1)
    d.add_paragraph("Barn- och utbildningsnämnden antog internkontrollplanen för 2025 i december 2024. I nämndens "
                    "bruttolista finns 18 risker. Åtta kontrollmoment har granskats under året. I tabellen redovisas om "
                    "kontrollen följt planen (Ja/Nej/Delvis) samt kommentar från ansvarig.")
    hdr = ["Ansvarsområde/process", "Risk", "Risk-värde", "Kontrollmoment", "Följer plan: Ja/Nej/Delvis", "Kommentar"]
    rows = [
        ("Ekonomi", "Fakturor attesteras av fel person", "9", "Attest av leverantörsfakturor enligt attestordningen, stickprov 25 fakturor per halvår",
         "Ja", "50 fakturor granskade. Inga avvikelser.", "GENOMFORD", "nej"),
        ("Ekonomi", "Inköp görs utanför gällande avtal", "8", "Kontroll av avtalstrohet vid inköp av förbrukningsmaterial",
         "Nej", "Kontrollen har inte genomförts på grund av byte av e-handelssystem. Flyttas till 2026.", "EJ_GENOMFORD", ""),
        ("Elevhälsa och skolplikt", "Risk att elevers frånvaro inte uppmärksammas", "12", "Uppföljning av att rutin för hantering av frånvaro tillämpas på samtliga skolor",
         "Delvis", "Rutinen tillämpas på 7 av 9 skolor. Två skolor saknar dokumenterad frånvarouppföljning; åtgärdsplan tas fram under våren.", "DELVIS", "ja"),
        ("Elevhälsa och skolplikt", "Kränkningar anmäls inte till huvudmannen", "12", "Kontroll att anmälan om kränkande behandling görs till huvudmannen inom fem arbetsdagar",
         "Ja", "Genomförd med anmärkning: 14 av 112 anmälningar kom in senare än fem arbetsdagar.", "GENOMFORD", "ja"),
        ("Informationssäkerhet", "Obehöriga har åtkomst till elevuppgifter", "6", "Kontroll av behörigheter i lärplattformen för avslutade anställda",
         "Ja", "", "GENOMFORD", ""),
        ("Skolskjuts", "Beslut fattas utan delegation", "4", "Kontroll av att skolskjutsbeslut fattas enligt delegationsordningen",
         "", "Ej aktuell 2025 – handläggningen av skolskjuts har flyttats till Tekniska nämnden från 1 januari.", "UTGAR", ""),
        ("Förskola", "Felaktiga barnomsorgsavgifter", "6", "Kontroll av barnomsorgsavgifter mot inkomstuppgifter, stickprov 30 hushåll",
         "Ja", "Delår: 15 hushåll kontrollerade.\nHelår: 30 hushåll kontrollerade, 3 hade för låg avgift. Debiteringen har justerats.", "GENOMFORD", "ja"),
        ("Personal", "Personal utan kontrollerat registerutdrag arbetar med barn", "9", "Kontroll av registerutdrag för nyanställd personal i förskola och skola",
         "Delvis", "Kontrollen är genomförd i förskolan. Grundskolan redovisas i T1 2026.", "DELVIS", ""),
    ]
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, True)
    start = {}
    for (pr, risk, rv, km, fp, kom, st, av) in rows:
        r = t.add_row().cells
        for c, v in zip(r[1:], [risk, rv, km, fp, kom]):
            set_cell(c, v)
        if pr in start:
            start[pr].merge(r[0])
        else:
            set_cell(r[0], pr); start[pr] = r[0]
        EXP.append((fn, nm, km, st, av))
    d.add_paragraph("")
    d.add_paragraph("Risker som hanteras i annan planering redovisas inte i denna bilaga.")
    d.add_paragraph("Anna Berg, förvaltningschef, Barn- och utbildningsförvaltningen")
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 3 KFN table per control
def f_kfn():
    fn = "KFN uppföljning IK helår 2025.docx"
    nm = "Kultur- och fritidsnämnden"
    d = Document(); header(d, "Håby kommun · Kultur- och fritidsförvaltningen")
    d.add_heading("Uppföljning av internkontrollplan 2025 – helår", 1)
    d.add_paragraph("Bedömning anges med färg: Grön = genomförd utan avvikelse, Gul = genomförd med avvikelse eller "
                    "delvis genomförd, Röd = ej genomförd.")
    ctrls = [
        ("Kontroll av kassahantering i simhallen och på biblioteken – avstämning av dagskassa mot kassarapport",
         "Kassahantering", "Stöld eller fel i kontanthantering", "Enhetschef fritid", "Oanmäld kontroll, fyra gånger per år",
         "Delår: Två oanmälda kontroller utan anmärkning.\nHelår: Fyra kontroller totalt, inga differenser.", "Grön", "GENOMFORD", "nej"),
        ("Föreningsbidrag betalas ut enligt riktlinjer – kontroll av underlag för aktivitetsstöd, stickprov tio föreningar",
         "Föreningsbidrag", "Bidrag betalas ut på felaktiga grunder", "Föreningskonsulent", "Stickprov en gång per år",
         "Delår: –\nHelår: Tio föreningar kontrollerade. En förening hade redovisat deltagare som inte var medlemmar; bidrag om 12 400 kr har återkrävts.",
         "Gul", "GENOMFORD", "ja"),
        ("Uthyrning av lokaler debiteras enligt beslutad taxa",
         "Lokaluthyrning", "Intäktsbortfall", "Bokningsansvarig", "Stickprov 20 bokningar per halvår",
         "Delår: Påbörjad.\nHelår: Kontrollen är genomförd för sporthallarna men inte för samlingslokalerna.", "Gul", "DELVIS", ""),
        ("Registerkontroll av ledare i sommarlovsverksamheten",
         "Sommarlov", "Olämplig person arbetar med barn", "Fritidsgårdschef", "Inför sommarlovet",
         "Helår: Samtliga 38 ledare har uppvisat utdrag ur belastningsregistret.", "Grön", "GENOMFORD", "nej"),
        ("Inventering av konstsamlingen, minst 20 procent av verken",
         "Konst", "Konstverk förkommer", "Konstintendent", "Årligen",
         "Delår: –\nHelår: Ej genomförd på grund av sjukskrivning. Flyttas till 2026.", "Röd", "EJ_GENOMFORD", ""),
        ("Kontroll av att representation följer kommunens riktlinjer",
         "Ekonomi", "Representation utan koppling till verksamheten", "Förvaltningsekonom", "Stickprov per tertial",
         "Delår:\nHelår:", "", "SAKNAS", ""),
    ]
    fills = {"Grön": "92D050", "Gul": "FFFF00", "Röd": "FF0000"}
    for i, (km, pr, risk, ans, met, res, bed, st, av) in enumerate(ctrls, 1):
        d.add_heading(f"Kontroll {i}", 2)
        t = d.add_table(rows=7, cols=2); t.style = "Table Grid"
        for row, (k, v) in zip(t.rows, [("Kontrollmoment", km), ("Process", pr), ("Risk", risk), ("Ansvarig", ans),
                                        ("Metod och frekvens", met), ("Resultat", res), ("Bedömning", bed)]):
            set_cell(row.cells[0], k, True); set_cell(row.cells[1], v)
        if bed:
            shade(t.rows[6].cells[1], fills[bed])
        EXP.append((fn, nm, km, st, av))
    d.add_paragraph("")
    d.add_paragraph("Lena Holm, kultur- och fritidschef, 2026-01-22")
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 4 TN xlsx with T1/T2/T3 codes
def f_tn():
    fn = "Tekniska nämnden IKP 2025 uppföljning.xlsx"
    nm = "Tekniska nämnden"
    wb = Workbook(); ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Internkontrollplan 2025 – uppföljning"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Nämnd: Tekniska nämnden"
    ws["A3"] = "Uppföljning per tertial (T3 = helår)"
    ws["A4"] = "Status: G = Genomförd   D = Delvis genomförd   E = Ej genomförd   U = Utgår"
    hdr = ["Nr", "Risk", "Kontrollmoment", "Metod", "Ansvarig", "Frekvens", "T1", "T2", "T3", "Kommentar"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(6, j, h); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="D9D9D9")
    fill = {"G": "92D050", "D": "FFFF00", "E": "FF0000", "U": "BFBFBF"}
    groups = [
        ("Ekonomi", [
            ("1.1", "Felaktig attest", "Attest av leverantörsfakturor enligt attestordningen", "Stickprov 15 fakturor", "Controller", "Per tertial",
             "G", "G", "G", "Stickprov 3 × 15 fakturor, inga avvikelser.", "GENOMFORD", "nej"),
            ("1.2", "Inköp utanför avtal", "Avtalstrohet vid inköp av entreprenadtjänster", "Genomgång av leverantörsreskontra", "Inköpssamordnare", "Per tertial",
             "", "D", "G", "Två inköp utanför avtal (snöröjning, reservdelar). Åtgärd: information till arbetsledare.", "GENOMFORD", "ja"),
        ]),
        ("Fastighet", [
            ("2.1", "Brister i lagstadgade besiktningar", "Kontroll av att lagstadgade besiktningar (OVK, hiss) utförs enligt plan", "Avstämning mot besiktningsregister", "Fastighetschef", "Per tertial",
             "D", "D", "D", "OVK genomförd i 31 av 40 byggnader. Nio byggnader saknar godkänd OVK.", "DELVIS", "ja"),
            ("2.2", "Intäktsbortfall", "Uppföljning av hyresavtal – indexuppräkning av externa hyresavtal", "Genomgång av avtal", "Förvaltare", "Årligen",
             "E", "E", "", "", "EJ_GENOMFORD", ""),
        ]),
        ("Gata/park", [
            ("3.1", "Skador på gatumark", "Kontroll av att schaktanmälan och återställning sker enligt villkor i grävtillstånd", "Stickprov 10 tillstånd", "Gatuingenjör", "Per tertial",
             "", "G", "G", "", "GENOMFORD", ""),
            ("3.2", "Olyckor på lekplatser", "Kontroll av lekplatser enligt SS-EN 1176 (årlig huvudbesiktning)", "Extern besiktning", "Parkchef", "Årligen",
             "", "", "G", "Genomförd med anmärkning: fyra lekredskap avstängda i avvaktan på reparation.", "GENOMFORD", "ja"),
        ]),
        ("Vatten och avlopp", [
            ("4.1", "Otjänligt dricksvatten", "Provtagning av dricksvatten enligt kontrollprogram", "Laboratorieanalys", "VA-chef", "Löpande",
             "G", "G", "G", "Inga otjänliga prover.", "GENOMFORD", "nej"),
            ("4.2", "Felaktig debitering", "Kontroll av att VA-taxa debiteras korrekt vid nyanslutning", "Stickprov", "VA-ekonom", "Per tertial",
             "G", "", "U", "Utgår – hanteras av Håby Vatten AB från 2025-07-01.", "UTGAR", ""),
            ("4.3", "Utsläpp rapporteras inte", "Rutin för rapportering av avloppsbräddning till tillsynsmyndigheten", "Genomgång av driftjournal", "VA-chef", "Per tertial",
             "", "", "", "Se bilaga till VA-rapporten.", "OKLAR", ""),
        ]),
    ]
    r = 7
    for g, items in groups:
        ws.cell(r, 1, g).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        r += 1
        for it in items:
            vals = it[:10]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v if v != "" else None)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if j in (7, 8, 9) and v in fill:
                    c.fill = PatternFill("solid", fgColor=fill[v]); c.alignment = Alignment(horizontal="center")
            EXP.append((fn, nm, it[2], it[10], it[11]))
            r += 1
    r += 1
    ws.cell(r, 1, "Antal kontrollmoment: 9"); r += 1
    ws.cell(r, 1, "Upprättad av: Jonas Ek, Tekniska förvaltningen, 2026-01-19")
    for col, w in zip("ABCDEFGHIJ", [6, 26, 48, 26, 18, 12, 6, 6, 6, 50]):
        ws.column_dimensions[col].width = w
    ws.oddHeader.center.text = "Tekniska förvaltningen"
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 5 KS + ÖFN Hypergene export
def f_ks_ofn():
    fn = "Uppföljning internkontroll 2025 - KS och ÖFN.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Rapport"
    ws["A1"] = "Hypergene – Rapport: Intern kontroll, uppföljning"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Urval: Organisation = Kommunstyrelsen, Överförmyndarnämnden; År = 2025"
    ws["A3"] = "Utskriven 2026-01-20 10:42 av ekonomienheten"
    hdr = ["Organisation", "Kontrollområde", "Kontrollmoment", "Ansvarig", "Status delår", "Kommentar delår",
           "Status helår", "Kommentar helår"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(5, j, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78")
    KS, OF = "Kommunstyrelsen", "Överförmyndarnämnden"
    rows = [
        (KS, "Ekonomi", "Kontroll av att uppbokningar görs inför månadsbokslut", "Redovisningschef",
         "Genomförd", "Inga avvikelser.", "Genomförd", "Uppbokningar har skett för samtliga stängningar.", "GENOMFORD", "nej"),
        (KS, "Ekonomi", "Kontroll av att beslutsunderlag med ekonomisk påverkan passerat ekonomiavdelningen", "Ekonomichef",
         "Pågår", "", "Genomförd med avvikelse", "Tre ärenden till kommunstyrelsen saknade ekonomisk konsekvensbeskrivning.", "GENOMFORD", "ja"),
        (KS, "Personal", "Kontroll av att löneutbetalningar till avslutade anställda upphör", "Lönechef",
         "Genomförd", "", "Genomförd", "Inga felaktiga utbetalningar.", "GENOMFORD", "nej"),
        (KS, "IT och informationssäkerhet", "Kontroll av att behörigheter i ekonomisystemet tas bort vid avslutad anställning", "IT-chef",
         "Ej påbörjad", "", "Pågår", "Kontrollen påbörjades i december och slutförs i februari 2026.", "DELVIS", ""),
        (KS, "Upphandling", "Direktupphandlingar över 100 000 kr dokumenteras enligt riktlinje", "Upphandlingschef",
         "", "", "Ej påbörjad", "Prioriterades bort på grund av hög arbetsbelastning.", "EJ_GENOMFORD", ""),
        (KS, "Styrning", "Delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef",
         "Genomförd", "", "", "", "GENOMFORD", ""),
        (OF, "Tillsyn", "Granskning av att årsräkningar inkommer i tid", "Enhetschef överförmyndarenheten",
         "", "", "Genomförd", "287 av 301 årsräkningar inkom i tid. 14 inkom för sent; påminnelser och föreläggande har skickats.", "GENOMFORD", "ja"),
        (OF, "Ställföreträdare", "Kontroll av att ställföreträdare har aktuellt utdrag ur belastningsregistret", "Handläggare",
         "", "", "Genomförd", "Inga avvikelser.", "GENOMFORD", "nej"),
        (OF, "Tillsyn", "Stickprovskontroll av uttag från spärrade konton", "Handläggare",
         "", "", "Utgår", "Ersätts av digital kontroll via banken från 2025.", "UTGAR", ""),
        (OF, "Handläggning", "Kontroll av handläggningstid för arvodesbeslut", "Enhetschef överförmyndarenheten",
         "", "", "", "", "SAKNAS", ""),
    ]
    for i, rw in enumerate(rows, 6):
        for j, v in enumerate(rw[:8], 1):
            c = ws.cell(i, j, v if v != "" else None); c.alignment = Alignment(wrap_text=True, vertical="top")
        EXP.append((fn, rw[0], rw[2], rw[8], rw[9]))
    for col, w in zip("ABCDEFGH", [22, 22, 50, 24, 16, 30, 22, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))
    FILES.append((fn, "INLAST", KS, "2025", "HELAR"))
    FILES.append((fn, "INLAST", OF, "2025", "HELAR"))


# ---------------------------------------------------------------- 6 MBN .doc (from docx)
def f_mbn():
    fn = "MBN_ik_helar2025.doc"
    nm = "Miljö- och byggnadsnämnden"
    d = Document(); header(d, "Håby kommun")
    d.add_heading("Uppföljning internkontrollplan 2025", 1)
    d.add_paragraph("Nämnd/enhet: Samhällsbyggnadsförvaltningen\nÅr: 2025\nUppföljning: helår")
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder", "Status", "Åter-redovisas"]
    rows = [
        ("1", "Bygglov", "Beslut om bygglov fattas inom lagstadgad handläggningstid (10 veckor)",
         "6 av 140 granskade ärenden överskred handläggningstiden.", "Veckovis bevakning av ärendelistan.", "Granskning genomförd", "Bokslut", "GENOMFORD", "ja"),
        ("2", "Livsmedelskontroll", "Planerad tillsyn av livsmedelsanläggningar genomförs enligt kontrollplan",
         "Endast 82 % av planerad kontroll har genomförts.", "Förstärkning med timanställd inspektör 2026.", "Granskning genomförd", "Bokslut", "GENOMFORD", "ja"),
        ("3", "Avgifter", "Debitering av tillsynsavgifter sker enligt taxa",
         "Ingen identifierad avvikelse.", "Ingen åtgärd", "Granskning genomförd", "Bokslut", "GENOMFORD", "nej"),
        ("4", "Delegation", "Delegationsbeslut anmäls till nämnden",
         "", "", "Granskning ej genomförd", "T1 2026", "EJ_GENOMFORD", ""),
        ("5", "Diarieföring", "Inkomna handlingar diarieförs inom tre arbetsdagar", "", "", "", "", "SAKNAS", ""),
        ("6", "Strandskydd", "Beslut om strandskyddsdispens skickas till länsstyrelsen inom en vecka", "", "", "", "", "SAKNAS", ""),
    ]
    t = d.add_table(rows=1, cols=7); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, True)
    for rw in rows:
        r = t.add_row().cells
        for c, v in zip(r, rw[:7]):
            set_cell(c, v)
        EXP.append((fn, nm, rw[2], rw[7], rw[8]))
    src = os.path.join(TMP, "MBN_ik_helar2025.docx")
    d.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round190", "--convert-to", "doc",
                    "--outdir", OUT, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    FILES.append((fn, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------- 7 reject: covering letter
def f_reject():
    fn = "Följebrev uppföljning intern kontroll helår 2025 BUN.docx"
    d = Document(); header(d, "HÅBY KOMMUN – Barn- och utbildningsförvaltningen")
    d.add_paragraph("2026-01-26")
    d.add_paragraph("Till: Ekonomienheten, kommunledningskontoret")
    d.add_heading("Följebrev – uppföljning av intern kontroll helår 2025", 1)
    d.add_paragraph("Härmed översänds Barn- och utbildningsnämndens uppföljning av internkontrollplanen för 2025. "
                    "Uppföljningen finns i bilaga 3 till nämndens verksamhetsberättelse och behandlades av nämnden "
                    "den 21 januari 2026, § 7.")
    d.add_paragraph("Av åtta kontrollmoment har fem genomförts, två delvis och ett har inte genomförts. "
                    "Nämnden har beslutat om åtgärder för de avvikelser som framkommit.")
    d.add_paragraph("Frågor besvaras av undertecknad.")
    d.add_paragraph("Med vänlig hälsning\nAnna Berg\nFörvaltningschef")
    d.save(os.path.join(OUT, fn))
    FILES.append((fn, "AVVISAD", "", "", ""))


def registry():
    rows = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret|KLK"),
        ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
        ("Miljö- och byggnadsnämnden", "MBN|Samhällsbyggnadsförvaltningen|Miljö- och byggnämnden"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Valnämnden", "VN"),
        ("Håby Bostäder AB", "HBAB|Håbybostäder"),
        ("Räddningsförbundet Västra Håby", "RVH|Räddningstjänsten Västra Håby"),
    ]
    with open(os.path.join(OUT, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["nämnd", "alias"]); w.writerows(rows)


if __name__ == "__main__":
    for fn in (f_sn, f_bun, f_kfn, f_tn, f_ks_ofn, f_mbn, f_reject):
        fn()
    registry()
    with open(os.path.join(OUT, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n"); w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXP)
    print(len(FILES), "file rows,", len(EXP), "controls")
