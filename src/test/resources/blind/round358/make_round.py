#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round r358 - Björkvik kommun, verksamhetsberättelse helår 2025.

Builds every file of the round plus namnder.csv, files.csv, expected.csv.
Run: /usr/bin/python3 make_round.py
"""
import csv
import datetime
import os
import shutil
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = "/tmp/lo-round358-build"
LO_PROFILE = "file:///tmp/lo-round358"
FIXED_DT = datetime.datetime(2026, 1, 20, 9, 0, 0)

EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)

GREEN = "92D050"
YELLOW = "FFFF00"
RED = "FF0000"
GREY = "BFBFBF"
HEAD = "D9E2F3"


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


# ---------------------------------------------------------------- docx helpers
def new_doc():
    d = Document()
    cp = d.core_properties
    cp.author = "Björkvik kommun"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = "Björkvik kommun"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None, center=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def table(doc, header, rows, widths=None, head_fill=HEAD, size=9):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        set_text(t.rows[0].cells[i], h, bold=True, size=size)
        shade(t.rows[0].cells[i], head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_text(cells[i], v, size=size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def prose(doc, *paras):
    for p in paras:
        doc.add_paragraph(p)


# ============================================================ 1. KS (Word)
def make_ks():
    fil = "KS verksamhetsberättelse 2025.docx"
    N = "Kommunstyrelsen"
    d = new_doc()
    d.sections[0].header.paragraphs[0].text = "Björkvik kommun\tKommunledningsförvaltningen\tDnr KS 2026/14"
    d.add_heading("Verksamhetsberättelse 2025", 0)
    d.add_paragraph("Kommunstyrelsen").runs[0].bold = True
    prose(d, "Fastställd av kommunstyrelsen 2026-02-11 § 12")
    d.add_heading("1. Inledning", 1)
    prose(d,
          "Kommunstyrelsen är kommunens ledande politiska förvaltningsorgan och har ansvar för att leda och "
          "samordna planering och uppföljning av kommunens ekonomi och verksamheter. Verksamhetsberättelsen "
          "redovisar styrelsens måluppfyllelse, ekonomiskt utfall, personal och intern kontroll för år 2025.",
          "Året har präglats av arbetet med den nya översiktsplanen, införandet av ett nytt e-handelssystem "
          "och fortsatt höga räntekostnader. Kommunledningsförvaltningen har haft vakanser inom upphandling "
          "och HR under större delen av hösten.")
    d.add_heading("2. Viktiga händelser under året", 1)
    for b in ["Nytt e-handelssystem (Proceedo) infört från 1 april.",
              "Översiktsplan 2050 ute på samråd under hösten.",
              "Kommunens krisledningsorganisation övad i oktober tillsammans med länsstyrelsen.",
              "Beslut om ny lokalförsörjningsplan (KS 2025-09-17 § 154)."]:
        d.add_paragraph(b, style="List Bullet")
    d.add_heading("3. Måluppfyllelse", 1)
    prose(d, "Kommunstyrelsen har fyra nämndmål. Tre bedöms uppfyllda och ett delvis uppfyllt.")
    table(d, ["Nämndmål", "Indikator", "Utfall 2024", "Utfall 2025", "Bedömning"], [
        ["Björkvik ska ha ett gott företagsklimat", "Ranking Svenskt Näringsliv", "142", "118", "Uppfyllt"],
        ["Kommunens service ska vara tillgänglig", "Andel e-tjänster av ärendeflöden", "38 %", "47 %", "Uppfyllt"],
        ["Hållbar ekonomi", "Resultat i procent av skatteintäkter", "1,4 %", "2,1 %", "Uppfyllt"],
        ["Attraktiv arbetsgivare", "Sjukfrånvaro, andel av arbetad tid", "6,9 %", "7,2 %", "Delvis uppfyllt"],
    ], widths=[5, 4.5, 2, 2, 2.5])
    d.add_heading("4. Ekonomi", 1)
    prose(d, "Kommunstyrelsen redovisar ett överskott mot budget om 3,8 mnkr, främst beroende på vakanser.")
    table(d, ["Verksamhet (tkr)", "Budget 2025", "Utfall 2025", "Avvikelse"], [
        ["Politisk verksamhet", "9 450", "9 120", "330"],
        ["Kommunledningsförvaltningen", "68 900", "66 210", "2 690"],
        ["Räddningstjänst", "31 200", "31 480", "-280"],
        ["Näringsliv och turism", "6 300", "5 240", "1 060"],
        ["Summa", "115 850", "112 050", "3 800"],
    ], widths=[6, 3, 3, 3])
    d.add_heading("5. Personal", 1)
    prose(d, "Antalet tillsvidareanställda uppgick den 31 december till 164 (159). Sjukfrånvaron ökade "
             "till 7,2 procent, varav långtidssjukfrånvaron utgör drygt hälften.")
    d.add_heading("6. Intern kontroll", 1)
    prose(d,
          "Kommunstyrelsen antog internkontrollplanen för 2025 den 22 januari 2025 (§ 9). Planen omfattar nio "
          "kontrollmoment. Uppföljningen nedan avser helåret 2025. Sju av nio kontroller har genomförts i sin "
          "helhet eller delvis. Avvikelser har noterats inom attest, avtalstrohet och behörigheter, och åtgärder "
          "har vidtagits enligt kommentarerna i tabellen.")
    rows = [
        ("Ekonomi", "Attest av leverantörsfakturor enligt attestordningen", "Redovisningschef",
         "Stickprov på 40 fakturor. 38 var korrekt attesterade, 2 saknade andra attest (beloppsgräns). "
         "Berörda chefer har informerats.", "Genomförd med avvikelse", "GENOMFORD", "ja"),
        ("Ekonomi", "Kontroll av att representation redovisas med syfte och deltagare", "Redovisningschef",
         "Stickprov på 25 verifikationer. Samtliga hade angivet syfte och deltagarförteckning.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Upphandling", "Avtalstrohet vid inköp över 100 000 kr", "Upphandlingschef",
         "Granskning av 30 inköp. 4 inköp (totalt 612 tkr) saknade avtal. Ramavtal för konsulttjänster "
         "upphandlas under 2026.", "Genomförd", "GENOMFORD", "ja"),
        ("Upphandling", "Direktupphandlingar dokumenteras enligt riktlinjen", "Upphandlingschef",
         "Kontrollen har påbörjats men kunde inte slutföras på grund av vakans på upphandlingsenheten. "
         "Slutförs under första kvartalet 2026.", "Delvis genomförd", "DELVIS", ""),
        ("Personal och lön", "Löneutbetalningar – kontroll av nyanställda i lönesystemet mot anställningsavtal",
         "HR-chef", "Samtliga 18 nyanställningar i oktober kontrollerade mot avtal. Inga avvikelser.",
         "Genomförd", "GENOMFORD", "nej"),
        ("Personal och lön", "Uppföljning av sjukfrånvaro och rehabiliteringsärenden", "HR-chef",
         "Har inte genomförts. Kontrollen flyttas till internkontrollplan 2026.", "Ej genomförd",
         "EJ_GENOMFORD", ""),
        ("IT och informationssäkerhet", "Behörighetskontroll i ekonomisystemet", "IT-chef",
         "Samtliga behörigheter har gåtts igenom. 6 konton tillhörande avslutade anställda var fortfarande "
         "aktiva och har stängts.", "Genomförd", "GENOMFORD", "ja"),
        ("IT och informationssäkerhet", "Registerförteckning enligt GDPR är aktuell", "Dataskyddssamordnare",
         "Utgår enligt beslut KS 2025-05-14 § 87. Ersätts av dataskyddsombudets årliga granskning.",
         "Utgår", "UTGAR", ""),
        ("Administration", "Delegationsbeslut anmäls till kommunstyrelsen", "Kanslichef",
         "Se bilaga 3.", "", "OKLAR", ""),
    ]
    t = table(d, ["Process", "Kontrollmoment", "Ansvarig", "Resultat helår 2025", "Status"],
              [r[:5] for r in rows], widths=[2.8, 4.5, 2.4, 6, 2.3])
    # merge process cells vertically
    i = 1
    while i < len(t.rows):
        j = i
        while j + 1 < len(t.rows) and rows[j][0] == rows[i - 1][0]:
            j += 1
        if j > i:
            top = t.cell(i, 0)
            merged = top.merge(t.cell(j, 0))
            set_text(merged, rows[i - 1][0], size=9)
        i = j + 1
    for r in rows:
        exp(fil, N, r[1], r[5], r[6])
    prose(d, "")
    prose(d, "Inför 2026 föreslår förvaltningen att följande områden prioriteras i internkontrollplanen: "
             "hantering av förtroendekänsliga poster, e-handelsflöden och informationssäkerhet i molntjänster.")
    d.add_heading("7. Framtid", 1)
    prose(d, "Styrelsen står inför fortsatt ansträngd ekonomi. Arbetet med effektiviseringar fortsätter 2026.")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ============================================================ 2. BUN (Word, traffic-light fills)
def make_bun():
    fil = "BUN Verksamhetsberättelse helår 2025.docx"
    N = "Barn- och utbildningsnämnden"
    d = new_doc()
    d.sections[0].footer.paragraphs[0].text = "Barn- och utbildningsförvaltningen, Björkvik kommun"
    d.add_heading("Verksamhetsberättelse helår 2025", 0)
    prose(d, "Barn- och utbildningsnämnden", "Diarienummer: BUN 2026/7")
    d.add_heading("Sammanfattning", 1)
    prose(d,
          "Nämnden redovisar ett underskott på 4,2 mnkr, huvudsakligen inom grundsärskola och skolskjuts. "
          "Meritvärdet i årskurs 9 ökade till 226 och andelen behöriga till gymnasiet var 84 procent. "
          "Barnantalet i förskolan minskade för tredje året i rad.")
    d.add_heading("Måluppfyllelse", 1)
    prose(d, "Bedömningen av målen visas med färg: grön = uppfyllt, gul = delvis uppfyllt, röd = ej uppfyllt.")
    goals = [("Alla elever ska nå kunskapskraven", "Andel behöriga till gymnasiet", "84 %", YELLOW),
             ("Trygg skolmiljö", "Andel elever som känner sig trygga (åk 5)", "91 %", GREEN),
             ("Likvärdig förskola", "Andel legitimerade förskollärare", "41 %", RED)]
    t = table(d, ["Mål", "Indikator", "Utfall 2025", "Bedömning"], [g[:3] + ("",) for g in goals],
              widths=[5.5, 5.5, 2.5, 2.5])
    for k, g in enumerate(goals):
        shade(t.cell(k + 1, 3), g[3])
    d.add_heading("Ekonomi", 1)
    prose(d, "Budget 612,4 mnkr, utfall 616,6 mnkr. Underskottet förklaras av ökade kostnader för "
             "tilläggsbelopp (+2,9 mnkr) och skolskjuts (+1,6 mnkr).")
    d.add_heading("Uppföljning av intern kontroll", 1)
    prose(d,
          "Nämnden fastställde internkontrollplanen för 2025 den 19 februari 2025. Nedan redovisas resultatet "
          "av årets kontroller. Bedömningen markeras med färg i kolumnen Bedömning, se teckenförklaringen "
          "efter tabellen.")
    groups = [
        ("Process: Ekonomi och administration", [
            ("1.1", "Attestering av fakturor enligt attestordning och delegationsordning",
             "Stickprov 30 fakturor", "30 fakturor granskade. 2 fakturor attesterade av person utan "
             "attesträtt för ansvaret.", YELLOW, "GENOMFORD", "ja"),
            ("1.2", "Kontroll av kontanthantering/handkassor på skolorna", "Inventering av samtliga kassor",
             "Samtliga 9 handkassor inventerade i november. Saldona stämmer mot kassabok.", GREEN,
             "GENOMFORD", "nej"),
            ("1.3", "Fakturering av barnomsorgsavgifter – inkomstuppgifter",
             "Inkomstkontroll mot Skatteverket", "Kontroll av 2024 års inkomster genomförd. 41 hushåll hade "
             "lämnat för låg inkomst; efterdebitering pågår.", YELLOW, "GENOMFORD", "ja"),
        ]),
        ("Process: Elevhälsa och trygghet", [
            ("2.1", "Anmälan om kränkande behandling utreds och dokumenteras inom fastställd tid",
             "Genomgång av ärenden i DF Respons", "60 ärenden granskade, 48 utreddes inom fastställd tid. "
             "Rutinen förtydligas och rektorer utbildas i februari.", YELLOW, "GENOMFORD", "ja"),
            ("2.2", "Frånvarorapportering och kontakt med vårdnadshavare vid ogiltig frånvaro",
             "Stickprov per skolenhet", "Kontrollen har inte genomförts under året på grund av byte av "
             "lärplattform.", RED, "EJ_GENOMFORD", ""),
            ("2.3", "Skolpliktsbevakning för elever folkbokförda i kommunen", "Avstämning per termin",
             "Bevakningslistor avstämda vårtermin och hösttermin utan anmärkning.", GREEN, "GENOMFORD", "nej"),
        ]),
        ("Process: Lokaler och säkerhet", [
            ("3.1", "Systematiskt brandskyddsarbete (SBA) dokumenteras på samtliga enheter",
             "Insamling av SBA-protokoll", "Påbörjad. 14 av 22 enheter har lämnat dokumentation, resterande "
             "följs upp i januari 2026.", None, "DELVIS", ""),
            ("3.2", "Registerkontroll av belastningsregister vid nyanställning", "Stickprov 20 anställningar",
             "Ej aktuell – kontrollen är flyttad till kommunstyrelsens HR-enhet från 2025.", GREY, "UTGAR", ""),
        ]),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr", "Kontrollmoment", "Metod", "Resultat och kommentar", "Bedömning"]):
        set_text(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "1F3864")
        t.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for gname, items in groups:
        c = t.add_row().cells
        m = c[0].merge(c[4])
        set_text(m, gname, bold=True, size=9)
        shade(m, "F2F2F2")
        for it in items:
            c = t.add_row().cells
            for i, v in enumerate(it[:4]):
                set_text(c[i], v, size=9)
            set_text(c[4], "", size=9)
            if it[4]:
                shade(c[4], it[4])
            exp(fil, N, it[1], it[5], it[6])
    for row in t.rows:
        for i, w in enumerate([1.0, 5.0, 3.2, 6.5, 2.0]):
            row.cells[i].width = Cm(w)
    prose(d, "")
    p = d.add_paragraph()
    p.add_run("Teckenförklaring").bold = True
    lg = d.add_table(rows=4, cols=2)
    lg.style = "Table Grid"
    for k, (fill, txt) in enumerate([(GREEN, "Kontrollen genomförd, inga avvikelser"),
                                     (YELLOW, "Kontrollen genomförd, avvikelser har noterats"),
                                     (RED, "Kontrollen ej genomförd"),
                                     (GREY, "Utgår / ej aktuell")]):
        shade(lg.cell(k, 0), fill)
        set_text(lg.cell(k, 1), txt, size=9)
        lg.cell(k, 0).width = Cm(1.0)
        lg.cell(k, 1).width = Cm(7.0)
    prose(d, "",
          "Ej färgmarkerad rad innebär att kontrollen pågår vid rapporteringstillfället.",
          "Förvaltningens bedömning är att den interna kontrollen i huvudsak är tillräcklig, men att rutinerna "
          "för utredning av kränkande behandling behöver stärkas.")
    d.add_heading("Personal", 1)
    prose(d, "Antalet årsarbetare var 1 018. Sjukfrånvaron uppgick till 6,4 procent.")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ============================================================ 3. SN (Word, symbols, T1/T2/Helår)
def make_sn():
    fil = "Socialnämnden VB 2025 slutversion.docx"
    N = "Socialnämnden"
    d = new_doc()
    d.add_heading("Socialnämndens verksamhetsberättelse 2025", 0)
    prose(d, "Socialförvaltningen · Björkvik kommun · Version 3 (slutversion) 2026-01-28")
    d.add_heading("1 Verksamhetens uppdrag", 1)
    prose(d,
          "Socialnämnden ansvarar för individ- och familjeomsorg, ekonomiskt bistånd, missbruks- och "
          "beroendevård, familjerätt och kommunens flyktingmottagande. Nämnden har under 2025 haft ett ökat "
          "inflöde av orosanmälningar, samtidigt som kostnaderna för externa placeringar har minskat.")
    d.add_heading("2 Ekonomiskt utfall", 1)
    prose(d, "Nämnden redovisar ett överskott om 1,9 mnkr mot budget.")
    d.add_heading("3 Intern kontroll", 1)
    prose(d,
          "Internkontrollplanen 2025 följs upp vid tertial 1, tertial 2 och helår. Tabellen visar status för "
          "respektive uppföljningstillfälle. Kontroller som genomförs en gång per år markeras som ej aktuella "
          "för de perioder då de inte ska utföras.")
    p = d.add_paragraph()
    p.add_run("Teckenförklaring: ").bold = True
    p.add_run("●  Genomförd     ◐  Påbörjad/delvis genomförd     ○  Ej genomförd     –  Ej aktuell för perioden")
    rows = [
        ("Ekonomiskt bistånd", None),
        ("Handläggningstider för utredning av ekonomiskt bistånd", "Stickprov 20 akter", "Enhetschef EB",
         "◐", "●", "●", "Genomsnittlig handläggningstid 12 dagar, målet 15 dagar uppnått.", "GENOMFORD", "nej"),
        ("Utbetalning av ekonomiskt bistånd – kontroll mot beslut (dubbelutbetalningar)", "Systemrapport",
         "Controller", "●", "●", "●", "Inga dubbelutbetalningar identifierade.", "GENOMFORD", "nej"),
        ("Barn och unga", None),
        ("Orosanmälningar – förhandsbedömning inom 14 dagar", "Uttag ur Treserva", "Enhetschef BoU",
         "●", "●", "●", "93 % av förhandsbedömningarna klara inom 14 dagar (mål 100 %). 11 ärenden "
         "försenades under sommaren.", "GENOMFORD", "ja"),
        ("Uppföljning av placeringar i HVB och familjehem enligt plan", "Genomgång av samtliga placeringar",
         "Enhetschef BoU", "–", "◐", "◐", "24 av 37 placeringar granskade. Resterande granskas i början "
         "av 2026.", "DELVIS", ""),
        ("Kontroll av att journalanteckningar förs löpande i verksamhetssystemet", "Stickprov 15 akter",
         "Verksamhetsutvecklare", "○", "○", "○", "Ej genomförd på grund av systembyte. Överförs till 2026.",
         "EJ_GENOMFORD", ""),
        ("Vuxen och familjerätt", None),
        ("Kontroll av avgifter för stöd- och behandlingsinsatser", "Avstämning mot taxa", "Controller",
         "–", "–", "–", "Utgår, se beslut SN 2025-03-20 § 41.", "UTGAR", ""),
        ("Familjerätt – faderskapsutredningar inleds inom fyra veckor", "Uttag ur diariet",
         "Familjerättssekreterare", "–", "–", "●", "Samtliga 17 utredningar inleddes inom fyra veckor.",
         "GENOMFORD", "nej"),
        ("Hot och våld – riskbedömning vid hembesök dokumenteras", "Stickprov", "Enhetschef vuxen",
         "", "", "", "", "SAKNAS", ""),
        ("Gemensamt", None),
        ("Delegationsbeslut inom IFO anmäls till nämnden", "Avstämning mot protokoll", "Nämndsekreterare",
         "●", "●", "", "", "GENOMFORD", ""),
        ("Lex Sarah-rapporter utreds och anmäls till IVO vid behov", "Genomgång av rapporter",
         "Kvalitetsutvecklare", "–", "●", "◐", "Första halvåret granskat utan anmärkning. Granskning av "
         "andra halvåret pågår.", "DELVIS", "nej"),
    ]
    hdr = ["Kontrollmoment", "Metod", "Ansvarig", "T1", "T2", "Helår", "Kommentar helår"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_text(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], HEAD)
    for r in rows:
        c = t.add_row().cells
        if r[1] is None:
            m = c[0].merge(c[6])
            set_text(m, r[0], bold=True, size=9)
            continue
        for i, v in enumerate(r[:7]):
            set_text(c[i], v, size=9, center=(3 <= i <= 5))
        exp(fil, N, r[0], r[7], r[8])
    for row in t.rows:
        for i, w in enumerate([5.2, 2.6, 2.4, 0.9, 0.9, 1.1, 5.5]):
            row.cells[i].width = Cm(w)
    prose(d, "",
          "Förvaltningen bedömer att den interna kontrollen är tillräcklig. Kontrollen av journalföring "
          "prioriteras under 2026 när det nya verksamhetssystemet är i full drift.")
    d.add_heading("4 Personal", 1)
    prose(d, "Personalomsättningen bland socialsekreterare minskade från 24 till 15 procent.")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ============================================================ 4. VON (.doc, nämnd only in page header)
def make_von():
    fil = "Bilaga 4 Uppföljning IKP helår 2025.doc"
    N = "Vård- och omsorgsnämnden"
    d = new_doc()
    sec = d.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.header.paragraphs[0].text = "Vård- och omsorgsnämnden\t\tBilaga 4"
    sec.footer.paragraphs[0].text = "Björkvik kommun"
    d.add_heading("Uppföljning av internkontrollplan – helår 2025", 1)
    prose(d, "Bilaga till verksamhetsberättelse 2025. Riskvärde = sannolikhet × konsekvens (1–16).")
    rows = [
        ("Felaktig läkemedelshantering leder till vårdskada", "12",
         "Läkemedelshantering – signeringslistor kontrolleras i särskilt boende", "Stickprov 2 ggr/år",
         "Ja", "Ja", "Brister i signering på 2 av 8 enheter. Åtgärdsplan upprättad tillsammans med MAS.",
         "GENOMFORD", "ja"),
        ("Felaktig debitering av avgifter", "9", "Debitering av omsorgsavgifter stämmer med beslut och utförd tid",
         "Stickprov 50 brukare, 1 gång/år", "Ja", "Nej", "Inga fel identifierade.", "GENOMFORD", "nej"),
        ("Beslut verkställs inte i tid", "12", "Verkställighet av biståndsbeslut inom tre månader",
         "Rapport ur verksamhetssystem, kvartalsvis", "Delvis", "Ja",
         "Kontroll gjord för särskilt boende; 4 ej verkställda beslut har rapporterats till IVO. "
         "Hemtjänsten kvarstår att kontrollera.", "DELVIS", "ja"),
        ("Brukarens behov tillgodoses inte", "8", "Kontroll av att genomförandeplaner upprättas inom 14 dagar",
         "Stickprov 30 akter", "Nej", "", "Ej genomförd p.g.a. hög arbetsbelastning under hösten.",
         "EJ_GENOMFORD", ""),
        ("Obehörig åtkomst till brukares bostad", "6", "Nyckelfri hemtjänst – loggkontroll av digitala lås",
         "Loggutdrag 2 ggr/år", "Ja", "Nej", "", "GENOMFORD", "nej"),
        ("Fallskador hos äldre", "9", "Fallprevention – riskbedömning enligt Senior Alert",
         "Uttag ur Senior Alert", "", "",
         "Genomförd under november. 3 enheter saknade riskbedömning för nyinflyttade.", "GENOMFORD", "ja"),
        ("Otillåtna bisysslor", "4", "Bisysslor hos anställda inom hemtjänsten", "Enkät till chefer",
         "Utgår", "", "Hanteras i kommungemensam kontroll (KS).", "UTGAR", ""),
    ]
    table(d, ["Risk", "Risk-\nvärde", "Kontrollmoment", "Metod/frekvens", "Genomförd\n(Ja/Nej/Delvis)",
              "Avvikelse\n(Ja/Nej)", "Kommentar/åtgärd"],
          [r[:7] for r in rows], widths=[4, 1.3, 5, 3.2, 2.2, 1.8, 6.5])
    for r in rows:
        exp(fil, N, r[2], r[7], r[8])
    prose(d, "", "Sammanställt av: kvalitetsstrateg, vård- och omsorgsförvaltningen, 2026-01-16")
    tmp_docx = os.path.join(TMP, "von.docx")
    d.save(tmp_docx)
    convert(tmp_docx, "doc", fil)
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ============================================================ 5. KFN (xlsx, delår + helår side by side)
def fixed_wb():
    wb = Workbook()
    wb.properties.creator = "Björkvik kommun"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    return wb


def make_kfn():
    fil = "KFN internkontroll 2025.xlsx"
    N = "Kultur- och fritidsnämnden"
    wb = fixed_wb()
    ws = wb.active
    ws.title = "IKP 2025"
    thin = Side(style="thin", color="808080")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = "Kultur- och fritidsnämnden"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internkontrollplan 2025 – uppföljning delår och helår"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Status anges med: Genomförd / Pågår / Ej påbörjad / Utgår"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A5:F5")
    ws["A5"] = "Plan 2025"
    ws.merge_cells("G5:H5")
    ws["G5"] = "Delår (jan–aug)"
    ws.merge_cells("I5:J5")
    ws["I5"] = "Helår"
    hdr = ["Nr", "Process", "Risk", "Kontrollmoment", "Riskvärde", "Ansvarig",
           "Status", "Kommentar", "Status", "Kommentar"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=6, column=i + 1, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.border = bd
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for col in "AGI":
        ws[col + "5"].font = Font(bold=True)
        ws[col + "5"].alignment = Alignment(horizontal="center")
    rows = [
        (1, "Bidrag", "Felaktiga utbetalningar av föreningsbidrag",
         "Föreningsbidrag betalas ut enligt riktlinjer och med korrekt underlag", 9, "Fritidschef",
         "Genomförd", "Vårens utbetalningar kontrollerade, inga fel.", "Genomförd",
         "Höstens utbetalningar: 1 förening fick dubbelt aktivitetsstöd, återkrav gjort.", "GENOMFORD", "ja"),
        (2, "Kontanthantering", "Svinn eller stöld i kassa", "Kontanthantering i simhallens kassa", 8,
         "Badchef", "Pågår", "", "Genomförd",
         "Dagskassor stämda mot kassasystem, differenser under 50 kr.", "GENOMFORD", "nej"),
        (3, "Uthyrning", "Lokaler hyrs ut utan fakturering",
         "Uthyrning av lokaler – bokning och fakturering stämmer", 6, "Bokningsansvarig",
         "Genomförd", "Kontroll gjord i juni, inga fel.", "", "", "GENOMFORD", "nej"),
        (4, "Inköp", "Inköp utanför avtal", "Bibliotekets inköp av media följer avtal", 6, "Bibliotekschef",
         "Ej påbörjad", "", "Ej påbörjad", "Avtalet har förlängts, kontrollen flyttas till 2026.",
         "EJ_GENOMFORD", ""),
        (5, "Tillgångar", "Stöld och förlust av inventarier",
         "Inventering av utrustning och inventarier på fritidsgårdar", 4, "Fritidsgårdschef",
         "Pågår", "", "Pågår", "3 av 5 fritidsgårdar inventerade.", "DELVIS", ""),
        (6, "Arbetsmiljö", "Brister i fysisk arbetsmiljö", "Systematiskt arbetsmiljöarbete – skyddsronder genomförs",
         4, "Förvaltningschef", "", "", "Utgår", "Ingår i nämndens arbetsmiljöuppföljning.", "UTGAR", ""),
        (7, "Barn och unga", "Olämplig person anställs i lovverksamhet",
         "Registerutdrag ur belastningsregistret för ledare i lovverksamhet", 12, "Fritidschef",
         "Genomförd", "", "Genomförd", "Samtliga 26 sommarledare hade uppvisat utdrag.", "GENOMFORD", "nej"),
        (8, "Service", "Synpunkter besvaras inte", "Allmänhetens synpunkter besvaras inom 10 arbetsdagar", 4,
         "Nämndsekreterare", "", "", "", "", "SAKNAS", ""),
    ]
    r0 = 7
    for k, r in enumerate(rows):
        for i, v in enumerate(r[:10]):
            c = ws.cell(row=r0 + k, column=i + 1, value=(v if v != "" else None))
            c.border = bd
            c.alignment = Alignment(wrap_text=True, vertical="top")
        exp(fil, N, r[3], r[10], r[11])
    last = r0 + len(rows)
    ws.cell(row=last + 1, column=1, value="Antal genomförda: 4 av 8")
    ws.cell(row=last + 3, column=1, value="Upprättad av: Karin Lundqvist, controller, 2026-01-20")
    for col, w in zip("ABCDEFGHIJ", [5, 16, 28, 42, 9, 16, 12, 32, 12, 40]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ============================================================ 6. Hypergene export, TN + SBN
def make_hypergene():
    fil = "IK-rapport helår 2025 Hypergene.xlsx"
    wb = fixed_wb()
    ws = wb.active
    ws.title = "Rapport"
    fills = {3: GREEN, 2: YELLOW, 1: RED, 0: GREY}
    ws["A1"] = "Rapport: Internkontroll – uppföljning kontrollmoment"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Period: 2025-12 (Helår)"
    ws["A3"] = "Urval: Tekniska nämnden; Samhällsbyggnadsnämnden"
    ws["A4"] = "Utskriven: 2026-01-15 08:42"
    ws["A5"] = ("Bedömning: 3 = Genomförd utan anmärkning, 2 = Genomförd med anmärkning, "
                "1 = Ej genomförd, 0 = Utgår")
    hdr = ["Organisation", "Process", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Bedömning", "Kommentar"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=7, column=i + 1, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="305496")
    data = [
        ("Tekniska nämnden", [
            ("Inköp", "Beställning av varor och tjänster görs av behörig beställare", "Stickprov 20 beställningar",
             "Ekonom", 3, "Samtliga 20 beställningar korrekta.", "GENOMFORD", "nej"),
            ("Inköp", "Fordonsregister och körjournaler för kommunens bilar", "Genomgång oktober",
             "Fordonssamordnare", 2, "Körjournaler saknades för 3 av 24 fordon under oktober.",
             "GENOMFORD", "ja"),
            ("Drift och underhåll", "Egenkontroll av dricksvatten enligt kontrollprogram",
             "Avstämning mot provtagningsplan", "VA-chef", 3,
             "Samtliga provtagningar utförda enligt program.", "GENOMFORD", "nej"),
            ("Drift och underhåll", "Lekplatsbesiktning genomförs årligen", "Besiktningsprotokoll",
             "Parkchef", 1, "Besiktningen kunde inte upphandlas i tid, genomförs i april 2026.",
             "EJ_GENOMFORD", ""),
            ("Debitering", "Fakturering av VA-avgifter – nya abonnemang läggs upp", "Avstämning mot bygglov",
             "VA-ekonom", 2, "7 nya fastigheter saknades i debiteringssystemet, rättat i december.",
             "GENOMFORD", "ja"),
            ("Drift och underhåll", "Vinterväghållning – entreprenörens rapportering mot avtal",
             "Stickprov fakturor", "Gatuchef", None,
             "Kontrollen har inte gjorts 2025. Genomförs under säsongen jan–mars 2026.", "EJ_GENOMFORD", ""),
        ]),
        ("Samhällsbyggnadsnämnden", [
            ("Bygglov", "Handläggningstid för bygglov inom 10 veckor enligt PBL", "Uttag ur ärendesystem",
             "Bygglovschef", 2, "96 % inom tid; 5 ärenden överskred, avgiftsreduktion tillämpad.",
             "GENOMFORD", "ja"),
            ("Bygglov", "Avgifter för bygglov debiteras enligt taxa", "Stickprov 15 ärenden", "Bygglovschef",
             3, None, "GENOMFORD", "nej"),
            ("Administration", "Delegationsbeslut anmäls till nämnden", "Avstämning mot protokoll",
             "Nämndsekreterare", 3, "Samtliga delegationslistor anmälda.", "GENOMFORD", "nej"),
            ("Tillsyn", "Tillsyn – ovårdade tomter följs upp enligt tillsynsplan", "Genomgång av ärendelista",
             "Byggnadsinspektör", 0, "Utgår, prioriterat bort av nämnden 2025-04-10.", "UTGAR", ""),
            ("Lantmäteri", "Lantmäteri – förrättningsavgifter stäms av mot ekonomisystemet",
             "Avstämning per kvartal", "Lantmäterichef", 1, "Genomförd i december, inga avvikelser.",
             "OKLAR", ""),
        ]),
    ]
    r = 8
    for org, items in data:
        c = ws.cell(row=r, column=1, value=org)
        c.font = Font(bold=True)
        for col in range(1, 8):
            ws.cell(row=r, column=col).fill = PatternFill("solid", fgColor="D9E1F2")
        r += 1
        for it in items:
            vals = [org] + list(it[:6])
            for i, v in enumerate(vals):
                c = ws.cell(row=r, column=i + 1, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if it[4] is not None:
                ws.cell(row=r, column=6).fill = PatternFill("solid", fgColor=fills[it[4]])
                ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
            exp(fil, org, it[1], it[6], it[7])
            r += 1
    for col, w in zip("ABCDEFG", [24, 18, 48, 28, 18, 11, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", "Tekniska nämnden", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Samhällsbyggnadsnämnden", "2025", "HELAR"))


# ============================================================ 7. Björkviks Bostäder AB (Word form, one table per control)
def make_bbab():
    fil = "Björkviks Bostäder - rapport intern kontroll 2025.docx"
    N = "Björkviks Bostäder AB"
    d = new_doc()
    d.add_heading("Björkviks Bostäder AB", 0)
    d.add_heading("Rapport intern kontroll 2025", 1)
    prose(d,
          "Till styrelsen för Björkviks Bostäder AB och för kännedom till kommunstyrelsen i Björkvik kommun.",
          "Styrelsen fastställde bolagets internkontrollplan för räkenskapsåret 2025 den 12 februari 2025. "
          "Nedan redovisas resultatet av årets kontroller, ett kontrollområde i taget. För varje kontroll anges "
          "om den utförts (Ja / Delvis / Nej) samt vad som iakttagits.")
    items = [
        ("Hyresavier och hyresreskontra", "Avstämning av hyresreskontra mot huvudbok månadsvis",
         "Ekonomichef", "Ja – samtliga månader", "Inga differenser.", "Tillfredsställande", "GENOMFORD", "nej"),
        ("Inköp och attest", "Attest av fakturor för underhållsentreprenader", "Teknisk chef", "Ja",
         "2 fakturor om sammanlagt 184 tkr attesterades av projektledare över beloppsgräns. Attestlistan "
         "har uppdaterats.", "Delvis tillfredsställande", "GENOMFORD", "ja"),
        ("Uthyrning", "Kötid och tilldelning av lägenheter enligt uthyrningspolicyn", "Uthyrningschef",
         "Delvis", "Granskning av 15 av planerade 30 tilldelningar. Inga avsteg från policyn i de granskade.",
         "Slutförs Q1 2026", "DELVIS", "nej"),
        ("Fastighetsförvaltning", "Kontroll av brandskydd i trapphus (SBA-rondering)", "Förvaltare", "Nej",
         "Ronderingen har inte kunnat genomföras under hösten på grund av sjukskrivning.", "–",
         "EJ_GENOMFORD", ""),
        ("Kundfordringar", "Uppföljning av hyresfordringar äldre än 90 dagar", "Ekonomichef", "Ja",
         "Fordringar äldre än 90 dagar uppgår till 412 tkr. Samtliga är överlämnade till inkasso enligt "
         "rutin.", "Tillfredsställande", "GENOMFORD", "nej"),
        ("Ägarstyrning", "Efterlevnad av ägardirektiv – rapportering till kommunstyrelsen", "VD", "Utgår",
         "Utgår 2025 eftersom ägardirektivet reviderades av fullmäktige i juni.", "", "UTGAR", ""),
    ]
    for k, it in enumerate(items, 1):
        d.add_heading(f"{k}. {it[0]}", 2)
        t = d.add_table(rows=5, cols=2)
        t.style = "Table Grid"
        for j, (lab, val) in enumerate(zip(["Kontrollmoment", "Ansvarig", "Utförd", "Iakttagelser",
                                            "Bedömning"], it[1:6])):
            set_text(t.cell(j, 0), lab, bold=True, size=9.5)
            shade(t.cell(j, 0), "EDEDED")
            set_text(t.cell(j, 1), val, size=9.5)
            t.cell(j, 0).width = Cm(3.5)
            t.cell(j, 1).width = Cm(12.5)
        exp(fil, N, it[1], it[6], it[7])
        prose(d, "")
    prose(d, "Sammanfattande bedömning: Den interna kontrollen bedöms som i huvudsak tillfredsställande.",
          "Björkvik 2026-01-30", "", "Anders Holm", "VD")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ============================================================ 8. Rejected: covering letter / anvisningar
def make_reject():
    fil = "Anvisningar verksamhetsberättelse 2025.docx"
    d = new_doc()
    d.sections[0].header.paragraphs[0].text = "Björkvik kommun – Ekonomienheten"
    d.add_heading("Anvisningar för verksamhetsberättelse 2025", 1)
    prose(d,
          "Till: samtliga nämnder och förvaltningar samt de helägda bolagen",
          "Från: Ekonomienheten, kommunledningsförvaltningen",
          "Datum: 2025-11-24",
          "Verksamhetsberättelsen för 2025 ska upprättas enligt kommunens mall och innehålla måluppfyllelse, "
          "ekonomiskt utfall, personal samt uppföljning av nämndens internkontrollplan för helåret. "
          "Uppföljningen av intern kontroll kan lämnas som ett avsnitt i verksamhetsberättelsen eller som en "
          "separat bilaga. Av uppföljningen ska framgå för varje kontrollmoment om kontrollen har genomförts, "
          "vilket resultatet blev och vilka åtgärder som vidtas vid avvikelser.",
          "Tidplan:")
    table(d, ["Datum", "Aktivitet", "Ansvarig"], [
        ["2026-01-09", "Bokslutsdag – sista dag för bokföring 2025", "Samtliga förvaltningar"],
        ["2026-01-23", "Verksamhetsberättelse inkl. uppföljning intern kontroll till ekonomienheten",
         "Förvaltningschefer"],
        ["2026-02-11", "Kommunstyrelsen behandlar årsredovisningen", "Ekonomichef"],
        ["2026-02-18", "Nämnderna fastställer sina verksamhetsberättelser", "Nämndsekreterare"],
        ["2026-04-22", "Kommunfullmäktige fastställer årsredovisningen", "Kommunfullmäktige"],
    ], widths=[2.5, 9, 4])
    prose(d, "", "Frågor besvaras av respektive förvaltnings controller.", "",
          "Maria Ekström", "Ekonomichef")
    d.save(os.path.join(HERE, fil))
    FILES.append((fil, "AVVISAD", "", "", ""))


# ---------------------------------------------------------------- conversion
def convert(src, fmt, dest_name):
    outdir = os.path.join(TMP, "out")
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=" + LO_PROFILE,
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + fmt)
    shutil.move(produced, os.path.join(HERE, dest_name))


# ---------------------------------------------------------------- CSVs
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF"),
    ("Socialnämnden", "SN|Socialförvaltningen|SOC"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen"),
    ("Miljö- och hälsoskyddsnämnden", "MHN|Miljöförvaltningen|Miljö- och hälsoskyddsförvaltningen"),
    ("Överförmyndarnämnden", "ÖFN|Överförmyndarenheten"),
    ("Björkviks Bostäder AB", "BBAB|Björkviksbostäder|Björkviks Bostäder"),
]


def write_csvs():
    with open(os.path.join(HERE, "namnder.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["nämnd", "alias"])
        w.writerows(NAMNDER)
    with open(os.path.join(HERE, "files.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "utfall", "nämnd", "år", "period"])
        w.writerows(FILES)
    with open(os.path.join(HERE, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["fil", "nämnd", "kontrollmoment", "status", "avvikelse"])
        w.writerows(EXPECTED)


def main():
    os.makedirs(TMP, exist_ok=True)
    make_ks()
    make_bun()
    make_sn()
    make_von()
    make_kfn()
    make_hypergene()
    make_bbab()
    make_reject()
    write_csvs()
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
