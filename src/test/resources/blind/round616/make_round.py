#!/usr/bin/python3
"""Blind round r616 - Granholmens kommun, helår 2025. Builds all files + namnder.csv, files.csv, expected.csv."""
import csv, os, shutil, subprocess, datetime
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = "/tmp/lo-round616-work"
os.makedirs(WORK, exist_ok=True)
os.chdir(HERE)

EXP = []     # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []   # (fil, utfall, nämnd, år, period)

WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def fix_props(wb):
    wb.properties.creator = "Granholmens kommun"
    wb.properties.created = datetime.datetime(2026, 1, 20, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 1, 20, 9, 0, 0)


# ---------------------------------------------------------------- 1. Kommunstyrelsen (seed 004 style)
def ks():
    fil = "KS Uppföljning internkontrollplan helår 2025.xlsx"
    N = "Kommunstyrelsen"
    wb = Workbook(); fix_props(wb)
    ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Uppföljning internkontrollplan 2025 – helår"; ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Nämnd/enhet: Kommunstyrelsen"
    ws["A4"] = "År: 2025"
    hdr = ["ID", "Rutin/process", "Kontrollmoment", "Konstaterad avvikelse", "Förslag på åtgärder",
           "Status helår", "Återredovisas"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h); c.font = BOLD; c.border = BOX; c.alignment = WRAP
    # row 7 intentionally left empty
    rows = [
        (1, "Prognoser", "Är uppbokningar utförda inför månadsstängningar",
         "Uppbokningar ska utföras inför månadsstängning mars–maj samt augusti–december om de utgör en betydande resultatpåverkan.\n\nUppbokningar har skett för angivna månadsstängningar och inga avvikelser har identifierats.",
         "Ingen åtgärd", "Granskning genomförd", "Bokslut", "GENOMFORD", "nej"),
        (2, "Ekonomisk påverkan", "Kvalitetssäkra beslutsunderlag som kan innebära en ekonomisk påverkan – kontrollera att beslutsunderlag passerat ekonomi",
         "Tre ärenden har inte passerat ekonomi före beslut:\nKS 2025-03-12 §41\nKS 2025-06-04 §88\nKS 2025-10-15 §142",
         "Controllers bevakar ärenden till styrelsen i större utsträckning. Se över samarbetsformer med nämndsekreterare.",
         "Granskning genomförd", "Bokslut", "GENOMFORD", "ja"),
        (3, "Riktlinjer finansverksamheten", "Rapportering vid prognoser sker som beslutat",
         "Rapportering sker enligt beslut, ingen identifierad avvikelse.", "Ingen åtgärd",
         "Granskning genomförd", "Bokslut", "GENOMFORD", "nej"),
        (4, "Intern kontroll", "Har nämnder och styrelser genomfört risk- och väsentlighetsanalys",
         "Valnämnden har inte utfört någon risk- och väsentlighetsanalys och antog samma plan som för 2024.\nÖvriga nämnder har genomfört analysen.",
         "Förtydligande i kommunledningsgruppen inför kommande internkontrollplan.",
         "Granskning genomförd", "Bokslut", "GENOMFORD", "ja"),
        (5, "Systemförvaltarskapet", "Att systemförvaltare är utsedda och utför sina uppgifter",
         "Inventeringen av kommunens 142 system är genomförd till 60 % och beräknas vara klar våren 2026. Flera system saknar utsedd systemförvaltare.",
         "Informationsmöten med verksamheterna fortsätter under 2026.",
         "Granskning pågår", "Bokslut", "DELVIS", "ja"),
        (6, "Kunskap om IT-säkerhet", "Alla anställda ska ha fastställd kunskapsnivå inom informationssäkerhet",
         "Granskningen har inte genomförts på grund av vakans som informationssäkerhetssamordnare.",
         "Arbetet är inte påbörjat.", "Granskning ej genomförd", "Bokslut", "EJ_GENOMFORD", ""),
        (7, "Sjukskrivningsprocessen", "Att rutin för rehabilitering finns och följs",
         "Enkät med fem frågor till 15 slumpmässigt utvalda chefer. Flera brister har framkommit.",
         "HR genomför utbildning för chefer avseende rutinen under våren 2026.",
         "Granskning genomförd", "Bokslut", "GENOMFORD", "ja"),
        (8, "Behörighet i ärendehanteringssystemet", "Kontroll att anställda har rätt behörighet",
         "Nämndsekreterare har inventerat behörigheter av känslig karaktär. Inga felaktiga behörigheter hittades.",
         "", "granskning genomförd", "Bokslut", "GENOMFORD", "nej"),
        (9, "Riktlinjer för upphandling och inköp", "Direktupphandlingar görs enligt gällande upphandlingsgränser",
         "Genomgång av samtliga direktupphandlingar över 100 tkr. Inga avvikelser.", "Ingen åtgärd",
         "Granskning genomförd", "Bokslut", "GENOMFORD", "nej"),
        (10, "", "Att leverantörer håller det som står i avtalet",
         "Ramavtal tekniska konsulter 2023. Stickprov på 10 avrop. Inga avvikelser noterade.", "", "", "",
         "GENOMFORD", "nej"),
        (11, "", "Att organisationen avropar de avtal som finns", "", "", "", "", "SAKNAS", ""),
    ]
    r = 8
    for row in rows:
        for i, v in enumerate(row[:7], 1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None); c.alignment = WRAP; c.border = BOX
        EXP.append((fil, N, row[2], row[7], row[8]))
        r += 1
    ws.merge_cells(start_row=16, start_column=2, end_row=18, end_column=2)  # process for ID 9-11
    ws.cell(row=r + 1, column=1, value="Sammanställt av ekonomienheten 2026-01-20")
    for col, w in zip("ABCDEFG", [5, 22, 40, 55, 40, 18, 14]):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 2. Socialnämnden (seed 001 style, Word)
def sn():
    fil = "Socialnämnden helårsuppföljning internkontrollplan 2025.docx"
    N = "Socialnämnden"
    d = docx.Document()
    d.core_properties.created = datetime.datetime(2026, 1, 28, 8, 0, 0)
    d.core_properties.author = "Socialförvaltningen"
    d.add_heading("Helårsuppföljning av kritiska risker i Socialnämndens internkontrollplan 2025", level=1)
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph("Enligt kommunallagen 6 kap. 6 § ska nämnderna se till att verksamheten bedrivs i enlighet med de mål "
                    "och riktlinjer som fullmäktige har bestämt samt att den interna kontrollen är tillräcklig.")
    d.add_paragraph("Nämnden har för 2025 antagit en internkontrollplan som anger sju kritiska risker som ska granskas "
                    "och/eller hanteras på annat sätt. I tabellen nedan redovisas om den hantering som angivits i "
                    "internkontrollplanen följts eller ej samt en beskrivning av genomförda aktiviteter.")
    d.add_heading("Uppföljning 2025", level=2)
    d.add_paragraph("Alla kritiska risker utom två bedöms följa beslutad planering. Resultatet av granskningen av "
                    "synpunkter och klagomål redovisas separat till nämnden.")
    hdr = ["Ansvarsområde/ process", "Risk i verksamheten", "Risk-värde", "Kontrollmoment/befintliga åtgärder",
           "Ställningstagande av hantering (planering)", "Följer plan:", "Kommentar:"]
    rows = [
        ("Hantera personuppgifter enligt GDPR och OSL", "Risk att skicka sekretessbelagda individhandlingar till fel person", "8",
         "Genomgång av hantering av sekretessbelagda handlingar på APT i samtliga arbetsgrupper",
         "Hanteras genom aktivitet – fortsätta påminna", "Ja",
         "Har tagits upp på APT under våren och hösten 2025 i alla arbetsgrupper på Myndighet.", "GENOMFORD", "nej"),
        (None, "Risk för felaktig hantering av personuppgifter för personer med skyddad identitet", "8",
         "Kontroll av att åtkomst till ärenden med skyddad identitet är begränsad i verksamhetssystemet",
         "Hanteras genom loggkontroll hösten 2025", "Ja",
         "Loggkontroll genomförd i oktober. Två ärenden hade för bred åtkomst, vilket har rättats.", "GENOMFORD", "ja"),
        ("Hantera klagomål/ synpunkter", "Risk att klagomål och synpunkter inte tas tillvara och att återkoppling saknas", "9",
         "Stickprov på 20 synpunktsärenden avseende återkoppling inom 14 dagar",
         "Hanteras genom granskning i internkontrollplanen 2025", "Ja",
         "Granskning enligt internkontrollplanen har genomförts och redovisas i separat rapport.", "GENOMFORD", ""),
        ("Kvalitetssäkra uppdragstagare (familjehem, kontaktfamiljer, kontaktpersoner)",
         "Risk för låg kvalitet hos uppdragstagare, vilket medför att barn eller vuxna far illa", "8",
         "Genomlysning av processen för rekrytering och godkännande av uppdragstagare",
         "Hanteras genom utvecklingsarbete 2025", "Nej",
         "Arbetet är försenat och är framskjutet till våren 2026.", "EJ_GENOMFORD", ""),
        ("Återsökning Migrationsverket", "Risk att socialnämnden går miste om statliga medel", "9",
         "Kontroll att återsökning av statlig ersättning görs för samtliga berättigade ärenden",
         "Hanteras genom utvecklingsarbete våren 2025", "Delvis",
         "Rutinen är framtagen och återsökning för kvartal 1–2 är gjord. Återsökning för kvartal 3–4 kvarstår.",
         "DELVIS", ""),
        ("Hantering egenavgifter", "Socialnämnden går miste om intäkter IFO", "9",
         "Kontroll att egenavgifter debiteras enligt tillämpningsregler",
         "Hanteras genom stickprov hösten 2025", "Ja",
         "Ja. Stickprovet visade att avgift inte debiterats i 4 av 25 ärenden; faktureringen har kompletterats.",
         "GENOMFORD", "ja"),
        ("Följsamhet basal hygien", "Risk för låg följsamhet till basal hygien, vilket kan medföra smittorisker", "9",
         "Observationsmätningar av följsamhet till basal hygien",
         "Hanteras genom månatliga mätningar", "",
         "Mätningarna har genomförts månadsvis under hela året. Resultatet ligger över snitt i landet och inga brister har noterats.",
         "GENOMFORD", "nej"),
    ]
    t = d.add_table(rows=1 + len(rows), cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.cell(0, i).text = h
        t.cell(0, i).paragraphs[0].runs[0].bold = True
    for r, row in enumerate(rows, 1):
        for i, v in enumerate(row[:7]):
            if v is not None:
                t.cell(r, i).text = v
        EXP.append((fil, N, row[3], row[7], row[8]))
    # merged process cell for the GDPR rows
    a = t.cell(1, 0).merge(t.cell(2, 0))
    a.text = "Hantera personuppgifter enligt GDPR och OSL"
    d.add_paragraph("")
    d.add_paragraph("Granholmen 2026-01-28")
    d.add_paragraph("Eva Lindqvist, socialchef")
    d.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 3. Barn- och utbildningsnämnden (seed 003 style)
def bun():
    fil = "BUN uppföljning internkontroll VB 2025.xlsx"
    N = "Barn- och utbildningsnämnden"
    wb = Workbook(); fix_props(wb)
    ws = wb.active; ws.title = "IK VB 2025"
    ws["A1"] = "Barn- och utbildningsnämnden"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Uppföljning av nämndens internkontrollplan 2025 – verksamhetsberättelse (VB)"
    ws["A3"] = "Nämndens bedömning av den interna kontrollen:"; ws["D3"] = "Tillräcklig"
    ws["A4"] = "Status anges per tertial: T1, T2 och VB (helår)."
    hdr = ["Arbetssätt", "Systematisk kontroll", "Kontrollaktivitet", "T1", "T2", "VB",
           "Beskrivning och resultat av kontrollaktivitet"]
    blocks = [
        ("1.1 Alla barn och elever ges förutsättningar att nå målen", "Process: Handläggning av skolskjuts", [
            ("Beslut om skolskjuts fattas enligt riktlinjerna", "Handläggare dokumenterar bedömningen i varje ärende",
             "Enhetschef kontrollerar genom stickprov 15 skolskjutsbeslut mot riktlinjerna", None, "Genomförd", "Genomförd",
             "Stickprov av 15 beslut i augusti och december. Inga avvikelser.", "GENOMFORD", "nej"),
            ("Fakturor från entreprenör granskas", "Ekonom stämmer av fakturor mot körda turer",
             "Kontroll av att fakturor från skolskjutsentreprenör stämmer mot avtalade turer", "Genomförd", "Genomförd",
             "Genomförd med avvikelse", "Dubbelfakturering av två turer i november upptäcktes; kreditering har begärts.",
             "GENOMFORD", "ja"),
        ]),
        ("1.2 Barn och elever har en trygg och säker miljö", "Process: Arbete mot kränkande behandling", [
            ("Anmälan om kränkande behandling", "Rektor anmäler till huvudmannen",
             "Rektor kontrollerar att samtliga anmälningar om kränkande behandling anmälts till huvudmannen inom fem arbetsdagar",
             "Delvis genomförd", "Delvis genomförd", "Delvis genomförd",
             "Tre enheter har rapporterat för sent under året. Påminnelse har gått ut till samtliga rektorer.", "DELVIS", "ja"),
            ("Registerkontroll vid anställning", "HR begär utdrag ur belastningsregistret",
             "Kontroll av att registerkontroll gjorts för all nyanställd personal", "Genomförd", "Genomförd", None,
             None, "GENOMFORD", ""),
        ]),
        ("3.1 Ekonomin är i balans", "Process: Förtroendekänsliga poster", [
            ("Representation redovisas korrekt", "Ekonom granskar underlag före bokföring",
             "Samtliga underlag för representation kontrolleras innan de bokförs", None, None, "Genomförd",
             "Kontroll av 42 underlag. Tre saknade deltagarförteckning och har kompletterats.", "GENOMFORD", "ja"),
            ("Inköp och avtalstrohet", "Inköpsgruppen kontrollerar fakturor",
             "Stickprovskontroll av 10 fakturor varje kvartal avseende kontering och avtalat pris", "Ej genomförd",
             "Ej genomförd", "Pågår",
             "Stickprov har gjorts för kvartal fyra utan avvikelser. Kvartal 1–3 uteblev på grund av personalomsättning.",
             "DELVIS", "nej"),
            ("Inköp via e-handel", "Controller följer upp nyttjandegraden",
             "Månadsvis uppföljning av andelen inköp via e-handelsmodulen", "Ej påbörjad", "Ej påbörjad", "Ej påbörjad",
             "Uppföljningen har inte startats och flyttas till internkontrollplanen 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("3.2 Systematiskt informationssäkerhetsarbete", "Process: Behörighetshantering", [
            ("Behörigheter tilldelas efter roll", "Systemförvaltare ser över behörigheter",
             "Kontroll av behörigheter i elevdokumentationssystemet två gånger per år", "–", "Genomförd", "Utgår",
             "Kontrollen utgår efter beslut i nämnden 2025-09-17 § 78 då systemet har ersatts.", "UTGAR", ""),
        ]),
    ]
    r = 6
    grey = PatternFill("solid", fgColor="D9D9D9")
    for goal, proc, rows in blocks:
        ws.cell(row=r, column=1, value=goal).font = BOLD; r += 1
        ws.cell(row=r, column=1, value=proc).font = Font(italic=True, bold=True); r += 1
        for i, h in enumerate(hdr, 1):
            c = ws.cell(row=r, column=i, value=h); c.font = BOLD; c.fill = grey; c.border = BOX
        r += 1
        for row in rows:
            for i, v in enumerate(row[:7], 1):
                c = ws.cell(row=r, column=i, value=v); c.alignment = WRAP; c.border = BOX
            EXP.append((fil, N, row[2], row[7], row[8]))
            r += 1
        r += 1
    for col, w in zip("ABCDEFG", [28, 30, 45, 16, 16, 22, 60]):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 4. Kultur- och fritidsnämnden (seed 002 style, colour)
def kfn():
    fil = "KFN_IKP_uppfoljning_2025.xlsx"
    N = "Kultur- och fritidsnämnden"
    G = PatternFill("solid", fgColor="00B050"); Y = PatternFill("solid", fgColor="FFFF00"); R = PatternFill("solid", fgColor="FF0000")
    wb = Workbook(); fix_props(wb)
    ws = wb.active; ws.title = "Uppföljning"
    ws["A1"] = "Kultur- och fritidsförvaltningen – uppföljning av internkontrollplanen helår 2025"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Väsentliga processer", "Risk", "Kontrollmoment", "Resultat", "Förbättringsåtgärder", "Startdatum", "Slutdatum"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=i, value=h); c.font = BOLD; c.border = BOX
    rows = [
        ("Förvaltning av lokala verksamhetssystem", "Störningar i verksamheten om IT-stöd för lokala system saknas",
         "Uppföljning av att systemägare och förvaltningsavtal finns för lokala verksamhetssystem",
         "Uppföljning på dialogmöten\n\nVid dialogmötena har ägarskapet tydliggjorts. Förvaltningsavtal finns för samtliga sex lokala system.",
         G, "Ingen åtgärd", "GENOMFORD", "nej"),
        ("Möten med kund/besökare", "Störande eller hotfullt beteende mot personal eller besökare i publik verksamhet",
         "Uppföljning av det förebyggande arbetet mot hot och våld",
         "Utbildning och seminarier\n\nSeminarieserien om hot och våld har genomförts. Cirka 120 medarbetare har deltagit.",
         G, "", "GENOMFORD", "nej"),
        (None, None, "Riktlinjer för det brottsförebyggande arbetet tas fram och samordnas med socialförvaltningen",
         "Riktlinjerna är utarbetade men ännu inte fastställda. De beräknas fastställas i mars 2026.",
         Y, "Fastställs av nämnden mars 2026", "DELVIS", ""),
        ("Skydd av tillgångar", "Utrustning/inventarier försvinner",
         "Kontrollera inventeringar på avdelningar och enheter",
         "Stickprov har gjorts på fyra av nio enheter. Brister i inventarieförteckningarna har konstaterats.",
         Y, "Fortsatta stickprovskontroller 2026", "DELVIS", "ja"),
        (None, None,
         "Kontroll av att rutiner för inventarieförteckning tillämpas och är ändamålsenliga",
         "Kontrollen har inte hunnits med under året.",
         R, "Flyttas till 2026", "EJ_GENOMFORD", ""),
        ("Säkerhetsarbete", "Det systematiska brandskyddsarbetet genomförs ofullständigt",
         "Uppföljning av systematiskt brandskyddsarbete (SBA) på samtliga anläggningar",
         "Kontroll genomförd på elva anläggningar. Två anläggningar saknade dokumenterad egenkontroll.",
         G, "Påminnelse till anläggningsansvariga", "GENOMFORD", "ja"),
        ("Kontanthantering", "Förskingring eller fel i kassaredovisning",
         "Kontroll av dagskassor i simhallen och på biblioteket",
         "Stickprov av kassaredovisningen vid tolv tillfällen. Inga differenser.",
         None, "", "GENOMFORD", "nej"),
        ("Bidragsgivning", "Föreningsbidrag betalas ut felaktigt",
         "Kontroll av att föreningsbidrag betalas ut enligt gällande riktlinjer",
         "Skjuts till 2026 i samband med nya bidragsregler.",
         R, "", "EJ_GENOMFORD", ""),
        ("Kulturskolan", "Felaktig debitering av elevavgifter",
         "Kontroll att debitering av elevavgifter stämmer mot antagna elever",
         "Se bilaga 2.", None, "", "OKLAR", ""),
    ]
    r = 4
    for row in rows:
        vals = [row[0], row[1], row[2], row[3], row[5], datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v); c.alignment = WRAP; c.border = BOX
            if i >= 6:
                c.number_format = "yyyy-mm-dd"
        if row[4] is not None:
            ws.cell(row=r, column=4).fill = row[4]
        EXP.append((fil, N, row[2], row[6], row[7]))
        r += 1
    ws.merge_cells("A5:A6")   # Möten med kund/besökare
    ws.merge_cells("A7:A8")   # Skydd av tillgångar
    ws.merge_cells("B7:B8")
    r += 1
    ws.cell(row=r, column=1, value="Kommentarer:").font = BOLD
    ws.cell(row=r + 1, column=1, value="Färgmarkering i kolumnen Resultat:")
    for k, (fill, txt) in enumerate([(G, "Genomfört"), (Y, "Delvis genomfört"), (R, "Ej genomfört")]):
        c = ws.cell(row=r + 2 + k, column=1, value=txt); c.fill = fill
    ws.cell(row=r + 6, column=1, value="De uppföljningar som visar gult (delvis genomfört) bedöms som inte helt tillfredsställande.")
    for col, w in zip("ABCDEFG", [26, 32, 45, 60, 30, 12, 12]):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 5. Vård- och omsorgsnämnden (seed 000 style, .ods)
def von():
    fil = "Uppföljning plan för intern kontroll 2025 VOF.ods"
    N = "Vård- och omsorgsnämnden"
    wb = Workbook(); fix_props(wb)
    ws = wb.active; ws.title = "Uppföljning 2025"
    ws["A1"] = "Uppföljning av plan för intern kontroll 2025"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Vård- och omsorgsförvaltningen, helårsuppföljning"
    for i, h in enumerate(["Kontrollpunkt", "Metod", "Resultat"], 1):
        c = ws.cell(row=4, column=i, value=h); c.font = BOLD; c.border = BOX
    groups = [
        ("1. Hot och våld", [
            ("a) Uppdatera handlingsplan mot hot och våld i samråd med säkerhetssamordnare",
             "1 a) Resultat\nDelår: Arbetet påbörjat.\nHelår: Hemtjänsten klart, särskilt boende ej klart.", "DELVIS", ""),
            ("b) Ta upp handlingsplanen i samband med APT i samtliga verksamheter i förvaltningen",
             "1 b) Resultat\nHelår: Klart i samtliga verksamheter.", "GENOMFORD", ""),
            ("c) Rapportera situationer då våld eller hot om våld har förekommit samt vilka åtgärder som vidtogs",
             "1 c) Resultat\nDelår: Inga rapporter om hot och våld har inkommit.\nHelår: Tre fall har rapporterats, samtliga polisanmälda. Handlingsplanen följdes och visade sig vara tillräcklig.",
             "GENOMFORD", ""),
        ]),
        ("2. Felaktiga utbetalningar", [
            ("Beloppskontroll av utbetalningar till uppdragstagare samt attest. Rapportera om felaktiga utbetalningar upptäckts.",
             "2) Resultat\nHelår: Beloppskontroll och attest görs löpande. Inga felaktiga utbetalningar har upptäckts.",
             "GENOMFORD", "nej"),
        ]),
        ("3. Otillbörlig åtkomst av enskilda ärenden/uppgifter", [
            ("a) Upprätta rutin för beställning av behörighet i våra olika system",
             "3 a) Resultat\nDelår: Rutin för beställning av behörighet har upprättats.", "GENOMFORD", ""),
            ("b) Kontroll av loggar i verksamhetssystemet",
             "3 b) Resultat\nHelår: Ingen strukturerad loggkontroll har gjorts under året, fokus har legat på att arbeta fram den nya rutinen.",
             "EJ_GENOMFORD", ""),
        ]),
        ("4. Ej tillsatta vakanser, svårt att hitta utbildad personal", [
            ("a) Upprätta plan för kompetensförsörjning tillsammans med HR",
             "4 a) Resultat\nDelår: Arbetet pågår.\nHelår: Kompetensförsörjningsplanen beslutades av nämnden i oktober.",
             "GENOMFORD", ""),
            ("b) Redovisa antal vakanser som inte tillsatts utifrån kompetensbrist och vad det innebar för verksamheten",
             "4 b) Resultat", "SAKNAS", ""),
        ]),
        ("5. Läkemedelshantering", [
            ("Stickprov av signeringslistor för läkemedel på särskilt boende",
             "5) Resultat\nHelår: Utgår, ersatt av MAS egenkontroll enligt nämndbeslut 2025-05-20.", "UTGAR", ""),
        ]),
    ]
    r = 5
    for kp, items in groups:
        start = r
        for metod, res, st, av in items:
            ws.cell(row=r, column=2, value=metod).alignment = WRAP
            ws.cell(row=r, column=3, value=res).alignment = WRAP
            for i in (1, 2, 3):
                ws.cell(row=r, column=i).border = BOX
            EXP.append((fil, N, metod, st, av))
            r += 1
        ws.cell(row=start, column=1, value=kp).alignment = WRAP
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.column_dimensions["A"].width = 24; ws.column_dimensions["B"].width = 55; ws.column_dimensions["C"].width = 70
    tmp = os.path.join(WORK, "von.xlsx")
    wb.save(tmp)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-round616",
                    "--convert-to", "ods", "--outdir", WORK, tmp], check=True, capture_output=True)
    shutil.move(os.path.join(WORK, "von.ods"), fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 6. Stratsys export, two nämnder
def stratsys():
    fil = "Stratsys_export_internkontroll_20260112.csv"
    hdr = ["Organisation", "Process", "Kontrollmoment", "Ansvarig", "Frekvens", "Period", "Status", "Kommentar"]
    M = "Miljö- och byggnadsnämnden"; O = "Överförmyndarnämnden"
    rows = [
        # earlier period rows are also in the export
        (M, "Bygglov", "Kontroll att bygglovsbeslut fattas inom lagstadgad handläggningstid", "Bygglovschef", "Tertialvis", "Tertial 2 2025", "Pågående", "Stickprov för T2 pågår."),
        (M, "Tillsyn", "Kontroll att planerad livsmedelskontroll genomförts enligt kontrollplan", "Miljöchef", "Tertialvis", "Tertial 2 2025", "Pågående", "55 % av planerade kontroller genomförda."),
        (M, "Bygglov", "Kontroll att bygglovsbeslut fattas inom lagstadgad handläggningstid", "Bygglovschef", "Tertialvis", "Helår 2025", "Klar", "Stickprov på 30 ärenden. Två ärenden överskred tio veckor utan förlängningsbeslut."),
        (M, "Tillsyn", "Kontroll att planerad livsmedelskontroll genomförts enligt kontrollplan", "Miljöchef", "Tertialvis", "Helår 2025", "Pågående", "82 % av planerade kontroller genomförda, resterande utförs jan–feb 2026."),
        (M, "Avgifter", "Kontroll att timavgift debiteras korrekt i tillsynsärenden", "Administrativ chef", "Årligen", "Helår 2025", "Klar", "Inga avvikelser."),
        (M, "Delegation", "Kontroll att delegationsbeslut anmäls till nämnden", "Nämndsekreterare", "Årligen", "Helår 2025", "Ej påbörjad", ""),
        (M, "Arkiv och registratur", "Kontroll av att inkomna handlingar diarieförs inom två arbetsdagar", "Registrator", "Årligen", "Helår 2025", "Utgår", "Utgår enligt beslut MBN 2025-04-10 § 52."),
        (O, "Granskning", "Granskning av samtliga årsräkningar senast 30 juni", "Enhetschef överförmyndarenheten", "Årligen", "Helår 2025", "Klar", "Samtliga 312 årsräkningar granskade. Nio har lämnats med anmärkning."),
        (O, "Ställföreträdare", "Kontroll att ställföreträdare har genomgått lämplighetsprövning", "Handläggare", "Årligen", "Helår 2025", "Pågående", "Stickprov pågår, 18 av 40 kontrollerade."),
        (O, "Förvaltning", "Kontroll att uttag från spärrade konton har beviljats av överförmyndaren", "Handläggare", "Årligen", "Helår 2025", "Klar", ""),
        (O, "Arvoden", "Kontroll av arvodesbeslut mot gällande arvodesriktlinjer", "Enhetschef överförmyndarenheten", "Årligen", "Helår 2025", "", ""),
    ]
    exp = {
        "Kontroll att bygglovsbeslut fattas inom lagstadgad handläggningstid": ("GENOMFORD", "ja"),
        "Kontroll att planerad livsmedelskontroll genomförts enligt kontrollplan": ("DELVIS", ""),
        "Kontroll att timavgift debiteras korrekt i tillsynsärenden": ("GENOMFORD", "nej"),
        "Kontroll att delegationsbeslut anmäls till nämnden": ("EJ_GENOMFORD", ""),
        "Kontroll av att inkomna handlingar diarieförs inom två arbetsdagar": ("UTGAR", ""),
        "Granskning av samtliga årsräkningar senast 30 juni": ("GENOMFORD", "ja"),
        "Kontroll att ställföreträdare har genomgått lämplighetsprövning": ("DELVIS", ""),
        "Kontroll att uttag från spärrade konton har beviljats av överförmyndaren": ("GENOMFORD", ""),
        "Kontroll av arvodesbeslut mot gällande arvodesriktlinjer": ("SAKNAS", ""),
    }
    with open(fil, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(hdr)
        for row in rows:
            w.writerow(row)
    seen = set()
    for row in rows:
        if row[2] in seen:
            continue
        seen.add(row[2])
        EXP.append((fil, row[0], row[2]) + exp[row[2]])
    FILES.append((fil, "INLAST", M, "2025", "HELAR"))
    FILES.append((fil, "INLAST", O, "2025", "HELAR"))


# ---------------------------------------------------------------- 7. Tekniska nämnden - nämnd only in print header, status in comment
def tn():
    fil = "Internkontroll uppföljning helår 2025.xlsx"
    N = "Tekniska nämnden"
    wb = Workbook(); fix_props(wb)
    ws = wb.active; ws.title = "Helår 2025"
    ws.oddHeader.center.text = "Tekniska nämnden – Internkontrollplan 2025"
    ws.oddHeader.right.text = "Uppföljning helår"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws["A1"] = "Uppföljning helår 2025"; ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Nr", "Område", "Kontrollmoment", "Ansvarig", "Metod", "Kommentar/resultat"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=3, column=i, value=h); c.font = BOLD; c.border = BOX
    rows = [
        (1, "Fordon", "Kontroll av körjournaler för kommunens tjänstebilar", "Fordonssamordnare", "Stickprov 40 körjournaler",
         "Genomförd. 3 av 40 körjournaler var ofullständiga, berörda förare har informerats.", "GENOMFORD", "ja"),
        (2, "Fordon", "Kontroll av drivmedelskort mot tankningsrapporter", "Fordonssamordnare", "Avstämning per kvartal",
         "Genomförd, inga avvikelser.", "GENOMFORD", "nej"),
        (3, "Upphandling", "Avtalstrohet vid inköp av entreprenadtjänster", "Inköpsansvarig", "Genomgång av leverantörsreskontra",
         "Delvis genomförd – granskning av kvartal 1–2 klar, kvartal 3–4 återstår.", "DELVIS", ""),
        (4, "Gata/park", "Kontroll av att egenkontroll av lekplatser utförs enligt plan", "Parkchef", "Genomgång av protokoll",
         "Ej genomförd på grund av vakans som parkingenjör.", "EJ_GENOMFORD", ""),
        None,  # stray empty row
        (5, "VA", "Kontroll av debitering av VA-avgifter mot mätarställning", "VA-chef", "Stickprov 50 abonnenter",
         "Pågår, slutförs i februari 2026.", "DELVIS", ""),
        (6, "Fastighet", "Kontroll av att hyresavtal för externt inhyrda lokaler finns och är aktuella", "Fastighetschef", "Genomgång av avtalsregister",
         "Genomförd med anmärkning: två avtal hade löpt ut utan förlängning.", "GENOMFORD", "ja"),
        (7, "Kost", "Kontroll av att inköp av livsmedel sker från upphandlade leverantörer", "Kostchef", "Stickprov fakturor",
         "Utgår – ansvaret för kostverksamheten överfördes till Barn- och utbildningsnämnden 2025-07-01.", "UTGAR", ""),
        (8, "Avfall", "Kontroll av vågsedlar vid återvinningscentralen", "Avfallschef", "Stickprov vågsedlar", None, "SAKNAS", ""),
    ]
    r = 4
    for row in rows:
        if row is None:
            r += 1; continue
        for i, v in enumerate(row[:6], 1):
            c = ws.cell(row=r, column=i, value=v); c.alignment = WRAP; c.border = BOX
        EXP.append((fil, N, row[2], row[6], row[7]))
        r += 1
    for col, w in zip("ABCDEF", [5, 14, 50, 20, 30, 60]):
        ws.column_dimensions[col].width = w
    wb.save(fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------- 8. truncated docx (reject)
def trunc():
    fil = "Räddningsnämnden IK-uppföljning helår 2025.docx"
    d = docx.Document()
    d.core_properties.created = datetime.datetime(2026, 1, 22, 8, 0, 0)
    d.add_heading("Räddningsnämnden – uppföljning av internkontrollplan 2025", level=1)
    t = d.add_table(rows=4, cols=3); t.style = "Table Grid"
    for i, (a, b, c) in enumerate([("Kontrollmoment", "Status", "Kommentar"),
                                   ("Kontroll av att tillsyn enligt LSO genomförs enligt tillsynsplan", "Genomförd", "Inga avvikelser"),
                                   ("Kontroll av övningstid för deltidsbrandmän", "Delvis", "Två stationer under mål"),
                                   ("Kontroll av att sotningsfrister följs", "Genomförd", "")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b; t.cell(i, 2).text = c
    tmp = os.path.join(WORK, "rn.docx")
    d.save(tmp)
    data = open(tmp, "rb").read()
    open(fil, "wb").write(data[: len(data) * 45 // 100])   # upload broke off
    FILES.append((fil, "AVVISAD", "", "", ""))


def namnder():
    rows = [
        ("Kommunstyrelsen", "KS|Kommunledningskontoret"),
        ("Socialnämnden", "SN|Socialförvaltningen|IFO"),
        ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
        ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|KFF"),
        ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
        ("Miljö- och byggnadsnämnden", "MBN|Miljö- och byggförvaltningen"),
        ("Tekniska nämnden", "TN|Tekniska förvaltningen|TF"),
        ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
        ("Räddningsnämnden", "RN|Räddningstjänsten Granholmen"),
        ("Valnämnden", "VN"),
        ("Granholmens Bostäder AB", "GBAB|Granholmens Bostäder"),
    ]
    with open("namnder.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"]); w.writerows(rows)


if __name__ == "__main__":
    ks(); sn(); bun(); kfn(); von(); stratsys(); tn(); trunc(); namnder()
    with open("files.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"]); w.writerows(FILES)
    with open("expected.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"]); w.writerows(EXP)
    shutil.rmtree(WORK, ignore_errors=True)
    print(len(FILES), "file rows,", len(EXP), "controls")
