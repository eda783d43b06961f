#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Blind round 44 - Tjärnåsens kommun (Norrland), internkontroll helår 2025.

The economy office sent a Word questionnaire; every nämnd answered it in its own way.
Run with /usr/bin/python3 from this folder. Writes the files plus namnder.csv,
files.csv and expected.csv.
"""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

KOMMUN = "Tjärnåsens kommun"
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, text, status, avv):
    assert ";" not in text and "\n" not in text
    EXPECTED.append((fil, namnd, text, status, avv))


def econ_header(doc, text="Ekonomiavdelningen – Enkät intern kontroll, helår 2025"):
    p = doc.sections[0].header.paragraphs[0]
    p.text = text


# ---------------------------------------------------------------------------
# 1. Socialnämnden – one label/value table per control
# ---------------------------------------------------------------------------
def f_sn():
    fil = "IK-enkät helår 2025 Socialnämnden.docx"
    nm = "Socialnämnden"
    doc = Document()
    econ_header(doc)
    doc.add_heading("Uppföljning av internkontrollplan – helår 2025", level=1)
    doc.add_paragraph(f"{KOMMUN}, Ekonomiavdelningen")
    doc.add_paragraph("Nämnd: Socialnämnden")
    doc.add_paragraph("Besvarad av: Karin Lindqvist, förvaltningsekonom, 2026-01-19")
    p = doc.add_paragraph(
        "Instruktion: Fyll i en tabell per kontrollmoment i nämndens internkontrollplan. Ange status som "
        "Genomförd, Delvis genomförd, Ej genomförd eller Utgår. Kopiera tabellen vid behov. "
        "Svaret skickas till ekonomiavdelningen senast 2026-01-23.")
    p.runs[0].italic = True

    # (process, label_for_control, control, method, result, avv_label, avv_value, status_label, status_value,
    #  expected_status, expected_avv)
    rows = [
        ("Ekonomiskt bistånd", "Kontrollmoment",
         "Stickprov av 20 utbetalningar av ekonomiskt bistånd mot beslut och underlag",
         "Stickprov oktober, 20 slumpvis valda ärenden",
         "20 ärenden granskade. I två ärenden saknades kopia av hyresavi i akten; beloppen var ändå korrekta.",
         "Avvikelse noterad (ja/nej)", "Ja – brister i dokumentationen",
         "Status helår 2025", "Genomförd", "GENOMFORD", "ja"),
        ("Delegation", "Kontrollmoment",
         "Kontroll att delegationsbeslut inom IFO anmäls till nämnden enligt delegationsordningen",
         "Genomgång av delegationslistor mot protokoll, samtliga månader",
         "Samtliga delegationsbeslut har anmälts till nämnden.",
         "Avvikelse noterad (ja/nej)", "Nej",
         "Status helår 2025", "Klar", "GENOMFORD", "nej"),
        ("Placeringar", "Kontrollmoment",
         "Uppföljning av att avtal finns för samtliga externa placeringar (HVB och familjehem)",
         "Genomgång av placeringslista mot avtalsregistret",
         "Avtal kontrollerade för HVB-placeringarna. Familjehemsavtalen granskas under kvartal 1 2026.",
         "Avvikelse noterad (ja/nej)", "Nej",
         "Status helår 2025", "Delvis genomförd", "DELVIS", "nej"),
        ("LSS", "Kontrollmoment",
         "Kontroll att beslut om insatser enligt LSS verkställs inom tre månader",
         "Rapport ur verksamhetssystemet",
         "Kontrollen har inte hunnits med på grund av byte av verksamhetssystem under hösten.",
         "Avvikelse noterad (ja/nej)", "–",
         "Status helår 2025", "Ej genomförd", "EJ_GENOMFORD", "nej"),
        ("Orosanmälningar", "Kontrollpunkt",
         "Kontroll att förhandsbedömning av orosanmälan görs inom 14 dagar",
         "Stickprov 30 anmälningar",
         "Kontrollen är genomförd. 30 anmälningar granskade, fyra förhandsbedömningar tog längre tid än 14 dagar.",
         "Avvikelse", "Ja",
         "Status", "", "GENOMFORD", "ja"),
        ("Hot och våld", "Kontrollmoment",
         "Uppdatera handlingsplan för hot och våld och gå igenom den på APT i alla enheter",
         "–",
         "Ersatt av kommungemensam rutin för hot och våld.",
         "Avvikelser", "Nej",
         "Status", "Utgår – beslut SN 2025-05-14 § 48", "UTGAR", "nej"),
        ("Behörigheter", "Vad kontrolleras?",
         "Logguppföljning av åtkomst till personakter i verksamhetssystemet Lifecare",
         "Logguttag två gånger per år",
         "",
         "Avvikelser", "",
         "Bedömning", "Se bilaga 3", "OKLAR", "nej"),
    ]
    for i, (proc, lab, ctrl, met, res, avl, avv, stl, stv, es, ea) in enumerate(rows, 1):
        doc.add_paragraph(f"Kontroll {i} av {len(rows)}").runs[0].bold = True
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, b in [("Process", proc), (lab, ctrl), ("Kontrollmetod", met),
                     ("Resultat / iakttagelser", res), (avl, avv), (stl, stv)]:
            r = t.add_row().cells
            r[0].text = a
            r[0].paragraphs[0].runs[0].bold = True
            r[1].text = b
        doc.add_paragraph("")
        exp(fil, nm, ctrl, es, ea)
    doc.add_paragraph("Bilaga 3 (logguppföljning) skickas separat.")
    doc.core_properties.title = "IK-enkät helår 2025"
    doc.core_properties.author = "Karin Lindqvist"
    doc.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))
    return fil


# ---------------------------------------------------------------------------
# 2. BUN – checklist with ☐/☒ boxes, nämnd only in file name and print header
# ---------------------------------------------------------------------------
def f_bun():
    fil = "BUN helårsuppföljning IK 2025.docx"
    nm = "Barn- och utbildningsnämnden"
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Barn- och utbildningsförvaltningen"
    doc.add_heading("Uppföljning internkontroll – helårsrapport 2025", level=1)
    doc.add_paragraph("Markera med kryss (☒) det alternativ som gäller för varje kontrollmoment. "
                      "Endast ett alternativ per kontrollmoment.").runs[0].italic = True

    G, D, E, U = "Genomförd", "Delvis genomförd", "Ej genomförd", "Utgår"
    rows = [
        ("Kontroll av att skolskjutsbeslut fattas enligt gällande riktlinjer och delegation",
         {G}, "N", "Samtliga 38 beslut under läsåret följer riktlinjerna.", "GENOMFORD", "nej"),
        ("Stickprov på att vårdnadshavare meddelas samma dag vid ogiltig frånvaro",
         {G}, "J", "I 3 av 40 granskade fall meddelades vårdnadshavare först dagen efter.", "GENOMFORD", "ja"),
        ("Kontroll att utdrag ur belastningsregistret finns för all nyanställd personal i förskola och skola",
         {D}, "N", "Grundskolan kontrollerad, förskolan återstår.", "DELVIS", "nej"),
        ("Kontroll av interkommunal ersättning – fakturering av elever folkbokförda i andra kommuner",
         {E}, "N", "Har inte hunnits med, flyttas till planen för 2026.", "EJ_GENOMFORD", "nej"),
        ("Kontroll att anmälningar om kränkande behandling rapporteras till huvudmannen inom fem arbetsdagar",
         {G, E}, "", "", "OKLAR", "nej"),
        ("Granskning av att dokumenthanteringsplanen följs vid arkivering av elevakter",
         set(), "", "", "SAKNAS", "nej"),
        ("Kontroll av att barnomsorgsavgifter debiteras enligt aktuell inkomstuppgift",
         {U}, "N", "Kontrollmomentet ströks vid revideringen av planen i juni.", "UTGAR", "nej"),
    ]

    def box(on):
        return "☒" if on else "☐"

    for i, (ctrl, ticks, avv, kom, es, ea) in enumerate(rows, 1):
        p = doc.add_paragraph()
        p.add_run(f"{i}. {ctrl}").bold = True
        doc.add_paragraph("   ".join(f"{box(x in ticks)} {x}" for x in (G, D, E, U)))
        doc.add_paragraph(f"Avvikelse:  {box(avv == 'J')} Ja   {box(avv == 'N')} Nej")
        doc.add_paragraph(f"Kommentar: {kom}")
        exp(fil, nm, ctrl, es, ea)
    doc.add_paragraph("")
    doc.add_paragraph("Tjärnås 2026-01-15")
    doc.add_paragraph("Per Sandström, förvaltningschef")
    doc.core_properties.title = "Helårsuppföljning intern kontroll"
    doc.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 3. Miljö- och byggnämnden – numbered headings with Status:/Kommentar: lines
# ---------------------------------------------------------------------------
def f_mbn():
    fil = "Miljö- och byggnämnden IK helår 2025.docx"
    nm = "Miljö- och byggnämnden"
    doc = Document()
    econ_header(doc)
    doc.add_heading("Miljö- och byggnämnden – uppföljning av internkontrollplan 2025, helår", level=0)
    doc.add_paragraph("Nämnd: Miljö- och byggnämnden")
    doc.add_paragraph("Under varje kontrollmoment redovisas status vid helår samt eventuella avvikelser.")

    groups = [
        ("1 Bygglov", [
            ("1.1", "Kontroll att bygglovsbeslut fattas inom lagstadgad handläggningstid",
             [("Status", "Genomförd"), ("Avvikelse", "Ja"),
              ("Kommentar", "Av 112 beslut fattades 109 inom tiden. Tre ärenden överskred tiden och avgiften "
                            "reducerades enligt PBL.")], "GENOMFORD", "ja"),
            ("1.2", "Stickprov på att startbesked inte lämnas innan kontrollplan är fastställd",
             [("Status", "Klar, utan anmärkning"), ("Kommentar", "15 ärenden granskade.")],
             "GENOMFORD", "nej"),
            ("1.3", "Kontroll av att bygglovsavgifter debiteras enligt gällande taxa",
             [("Status delår", "Ej påbörjad"), ("Status helår", "Pågår – slutförs i februari 2026"),
              ("Avvikelse", "Nej"),
              ("Kommentar", "Hittills granskade ärenden är rätt debiterade.")], "DELVIS", "nej"),
        ]),
        ("2 Miljö- och hälsoskydd", [
            ("2.1", "Uppföljning av att tillsynsplanen för offentlig livsmedelskontroll följs",
             [("Status", "Delvis genomförd"), ("Avvikelse", "Ja – 18 planerade kontroller utfördes inte"),
              ("Kommentar", "Personalbrist under sommaren.")], "DELVIS", "ja"),
            ("2.2", "Kontroll att avgifter för prövning och tillsyn enligt miljöbalken faktureras",
             [("Status", ""),
              ("Kommentar", "Kontrollen har inte genomförts under 2025 på grund av vakant tjänst som "
                            "miljöinspektör.")], "EJ_GENOMFORD", "nej"),
            ("2.3", "Kontroll att klagomålsärenden diarieförs och besvaras inom fyra veckor",
             [("Status", "Se kommentar"), ("Kommentar", "")], "OKLAR", "nej"),
        ]),
        ("3 Administration", [
            ("3.1", "Granskning av att delegationsbeslut återrapporteras till nämnden varje månad",
             [("Status", "Genomförd"), ("Avvikelser", "Inga"),
              ("Kommentar", "Återrapportering har skett vid samtliga sammanträden.")], "GENOMFORD", "nej"),
            ("3.2", "Kontroll av att behörigheter i ärendesystemet Castor avslutas när anställning upphör",
             [("Status", "Ej aktuell 2025 – systembyte"),
              ("Kommentar", "Kontrollen görs i det nya systemet från 2026.")], "UTGAR", "nej"),
        ]),
    ]
    for gh, ctrls in groups:
        doc.add_heading(gh, level=1)
        for num, ctrl, lines, es, ea in ctrls:
            doc.add_heading(f"{num} {ctrl}", level=2)
            for lab, val in lines:
                p = doc.add_paragraph()
                p.add_run(lab + ":").bold = True
                if val:
                    p.add_run(" " + val)
            exp(fil, nm, ctrl, es, ea)
    doc.add_heading("4 Sammanfattande bedömning", level=1)
    doc.add_paragraph("Status: Nämndens interna kontroll bedöms som i huvudsak tillräcklig. "
                      "Brister inom livsmedelskontrollen hanteras i verksamhetsplanen 2026.")
    doc.add_paragraph("Anna Berglund, förvaltningschef")
    doc.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 4. Kommunstyrelsen – one big table with merged process cells, totals row
# ---------------------------------------------------------------------------
def f_ks():
    fil = "KS internkontroll helår 2025.docx"
    nm = "Kommunstyrelsen"
    doc = Document()
    econ_header(doc, "Kommunledningsförvaltningen")
    doc.add_heading("Kommunstyrelsen – internkontrollplan 2025, uppföljning helår", level=1)
    doc.add_paragraph("Sammanställd av ekonomienheten 2026-01-12. Beslut i KS 2026-02-03.")

    head = ["Process", "Risk", "Kontrollmoment", "Metod", "Resultat helår 2025", "Status", "Avvikelse J/N"]
    procs = [
        ("Ekonomi", [
            ("Felaktiga utbetalningar",
             "Kontroll av att leverantörsfakturor attesteras enligt attestreglementet",
             "Stickprov 40 fakturor", "Två fakturor attesterade av person utan attesträtt.",
             "Utfört", "J", "GENOMFORD", "ja"),
            ("Bedrägeri",
             "Kontroll av ändrade bankuppgifter för leverantörer (bedrägeriförsök)",
             "Samtliga ändringar", "Alla 27 ändringar verifierade via telefon mot känd kontaktperson.",
             "Utfört", "N", "GENOMFORD", "nej"),
            ("Förtroendeskada",
             "Avstämning av kommunens representationskostnader mot riktlinjer",
             "Genomgång per kvartal", "Kvartal 1–3 kontrollerade, kvartal 4 återstår.",
             "Delvis utfört", "N", "DELVIS", "nej"),
        ]),
        ("Upphandling", [
            ("Otillåten direktupphandling",
             "Kontroll av att direktupphandlingar över 100 tkr dokumenteras",
             "Stickprov", "Ej utförd p.g.a. vakans som upphandlare.",
             "Ej utfört", "", "EJ_GENOMFORD", "nej"),
            ("Köp utanför avtal",
             "Uppföljning av avtalstrohet vid inköp av kontorsmaterial och förbrukningsvaror",
             "Leverantörsreskontra", "Avtalstrohet 91 %. Köp utanför avtal hos två enheter.",
             "Utfört", "J", "GENOMFORD", "ja"),
        ]),
        ("Personal/HR", [
            ("Felaktig lön",
             "Kontroll att löneutbetalningar sker enligt beslut om anställning efter lönerevision",
             "Stickprov 30 anställda", "Inga fel.",
             "Utfört", "N", "GENOMFORD", "nej"),
            ("Långa sjukskrivningar",
             "Uppföljning av rehabiliteringsärenden enligt rutin för sjukfrånvaro",
             "–", "Utgår enligt beslut KS 2025-06-10 § 87, ingår i HR:s ordinarie uppföljning.",
             "Struken", "", "UTGAR", "nej"),
        ]),
        ("Informationssäkerhet", [
            ("Obehörig åtkomst",
             "Kontroll av att behörigheter i ekonomisystemet tas bort vid avslutad anställning",
             "Behörighetslista mot personalsystem", "",
             "", "", "SAKNAS", "nej"),
        ]),
    ]
    n = sum(len(c) for _, c in procs)
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for proc, ctrls in procs:
        first = len(t.rows)
        for risk, ctrl, met, res, st, avv, es, ea in ctrls:
            c = t.add_row().cells
            for i, v in enumerate(["", risk, ctrl, met, res, st, avv]):
                c[i].text = v
            exp(fil, nm, ctrl, es, ea)
        last = len(t.rows) - 1
        m = t.cell(first, 0)
        if last > first:
            m = m.merge(t.cell(last, 0))
        m.text = proc
    c = t.add_row().cells
    mc = c[0].merge(c[-1])
    mc.text = f"Antal kontrollmoment: {n}, varav utförda: 4"
    doc.add_paragraph("")
    doc.add_paragraph("Status anges som Utfört / Delvis utfört / Ej utfört / Struken. "
                      "Avvikelse: J = avvikelse konstaterad, N = ingen avvikelse.")
    doc.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 5. Kultur- och fritidsnämnden – prose paragraphs under headings
# ---------------------------------------------------------------------------
def f_kfn():
    fil = "Kultur och fritid - svar på IK-enkät 2025.docx"
    nm = "Kultur- och fritidsnämnden"
    doc = Document()
    doc.add_heading("Svar på ekonomiavdelningens enkät – intern kontroll helår 2025", level=0)
    doc.add_paragraph("Kultur- och fritidsförvaltningen")
    doc.add_heading("Inledning", level=1)
    doc.add_paragraph(
        "Kultur- och fritidsnämnden antog i februari 2025 en internkontrollplan med sex kontrollmoment. "
        "Nedan redovisas resultatet av varje kontrollmoment för helåret. Förvaltningen har valt att svara "
        "i löpande text i stället för i ekonomiavdelningens tabell.")
    doc.add_heading("Redovisning per kontrollmoment", level=1)
    rows = [
        ("Kontroll att föreningsbidrag betalas ut enligt nämndens bidragsnormer",
         ["Stickprov har gjorts på 15 utbetalda aktivitetsbidrag. Samtliga var korrekt beräknade och beslutade "
          "på rätt delegation. Kontrollen är därmed genomförd utan avvikelser."], "GENOMFORD", "nej"),
        ("Kontroll av kassahantering och dagskassor på simhallen Forsbadet",
         ["Kontrollen är genomförd vid fyra oanmälda tillfällen. Vid två tillfällen stämde dagskassan inte mot "
          "kassarapporten (differenser på 350 kr och 1 200 kr).",
          "Rutinen för kassaavstämning har skärpts och personalen har fått ny genomgång."], "GENOMFORD", "ja"),
        ("Inventering av stöldbegärlig utrustning på biblioteken och fritidsgårdarna",
         ["Inventeringen påbörjades i november och har hunnits med på huvudbiblioteket och två av fem "
          "fritidsgårdar. Resterande enheter inventeras under februari 2026. Hittills har ingen utrustning "
          "saknats."], "DELVIS", "nej"),
        ("Kontroll att hyresavtal för föreningslokaler är aktuella och undertecknade",
         ["Kontrollen har inte genomförts. Förvaltningen har under hösten prioriterat flytten av kulturskolan "
          "och kontrollen förs över till 2026 års plan."], "EJ_GENOMFORD", "nej"),
        ("Uppföljning av att bokningssystemet debiterar rätt taxa vid uthyrning av idrottshallar",
         ["Nämnden beslutade den 9 april 2025 (§ 31) att kontrollmomentet utgår ur planen eftersom kommunen "
          "byter bokningssystem under 2026."], "UTGAR", "nej"),
        ("Kontroll av att personuppgifter i kulturskolans elevregister gallras enligt dokumenthanteringsplanen",
         ["Se bilaga."], "OKLAR", "nej"),
    ]
    for ctrl, paras, es, ea in rows:
        doc.add_heading(ctrl, level=2)
        for ptxt in paras:
            doc.add_paragraph(ptxt)
        exp(fil, nm, ctrl, es, ea)
    doc.add_heading("Sammanfattande bedömning", level=1)
    doc.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen under 2025 har varit tillräcklig, med undantag för "
        "kassahanteringen på Forsbadet där åtgärder redan vidtagits.")
    doc.add_paragraph("Tjärnås den 16 januari 2026")
    doc.add_paragraph("Lena Öhman, kultur- och fritidschef")
    doc.save(fil)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 6. Excel workbook: Tekniska nämnden + Överförmyndarnämnden on separate sheets
# ---------------------------------------------------------------------------
def f_xlsx():
    fil = "IK helår 2025 TN och ÖFN.xlsx"
    wb = Workbook()
    # --- instruction sheet first (not controls)
    ins = wb.active
    ins.title = "Anvisning"
    ins["A1"] = "Anvisning från ekonomiavdelningen"
    ins["A1"].font = Font(bold=True, size=13)
    for i, t in enumerate([
        "Redovisa varje kontrollmoment på en egen rad.",
        "Ange status för delår och helår: Genomförd, Delvis, Ej genomförd eller Utgår.",
        "Ange om avvikelse har konstaterats (ja/nej) och kommentera kort.",
        "Gemensam överförmyndarnämnd redovisar på egen flik.",
    ], 3):
        ins.cell(row=i, column=1, value=t)
    ins.column_dimensions["A"].width = 80

    # --- Tekniska nämnden
    nm = "Tekniska nämnden"
    ws = wb.create_sheet("TN")
    ws["A1"] = KOMMUN
    ws["A2"] = "Uppföljning internkontrollplan 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Nämnd:"
    ws["B3"] = "Tekniska nämnden"
    hdr = ["Nr", "Område", "Kontrollmoment", "Kontrollansvarig", "Delår 2025", "Helår 2025",
           "Avvikelse (ja/nej)", "Kommentar"]
    r = 5
    for c, h in enumerate(hdr, 1):
        ws.cell(row=r, column=c, value=h).font = Font(bold=True)
    widths = [5, 14, 62, 18, 14, 14, 12, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    groups = [
        ("Gata/park", [
            ("Kontroll att egenkontroller av lekplatser utförs enligt plan", "Gatuchef",
             "Pågår", "Genomförd", "nej", "Samtliga 23 lekplatser besiktigade.", "GENOMFORD", "nej"),
            ("Kontroll av att vinterväghållning faktureras enligt avtal med entreprenör", "Driftchef",
             "Ej påbörjad", "Delvis", "nej", "Januari–mars kontrollerat.", "DELVIS", "nej"),
        ]),
        ("Vatten och avlopp", [
            ("Kontroll att provtagning av dricksvatten sker enligt kontrollprogram", "VA-chef",
             "Genomförd", "Genomförd", "ja",
             "Ett prov i Storbäckens vattenverk visade förhöjd halt koliforma bakterier, kokningsrekommendation "
             "utfärdades.", "GENOMFORD", "ja"),
            ("Kontroll av att VA-anslutningsavgifter debiteras enligt taxa", "VA-ekonom",
             "", "", "", "", "SAKNAS", "nej"),
        ]),
        ("Fastighet", [
            ("Uppföljning av att krav på OVK-besiktning i kommunala fastigheter uppfylls", "Fastighetschef",
             "Pågår", "Ej genomförd", "nej", "Besiktningsfirman har inte levererat protokoll.",
             "EJ_GENOMFORD", "nej"),
            ("Kontroll att beställningar av fastighetsunderhåll sker via upphandlade ramavtal", "Fastighetschef",
             "Genomförd", "OK", "nej", "", "GENOMFORD", "nej"),
            (("Kontroll av att drivmedelskort används enligt", "riktlinjer för kommunens fordon"), "Fordonssamordnare",
             "", "Genomförd", "nej", "Stickprov på 10 kort, inga avvikelser.", "GENOMFORD", "nej"),
        ]),
    ]
    r = 6
    n = 0
    for g, ctrls in groups:
        ws.cell(row=r, column=1, value=g).font = Font(bold=True, italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="D9E1F2")
        r += 1
        for ctrl, ans, d, h, avv, kom, es, ea in ctrls:
            n += 1
            vals = [n, g, ctrl if isinstance(ctrl, str) else ctrl[0], ans, d or None, h or None, avv or None,
                    kom or None]
            for c, v in enumerate(vals, 1):
                ws.cell(row=r, column=c, value=v)
            r += 1
            if not isinstance(ctrl, str):
                ws.cell(row=r, column=3, value=ctrl[1])
                r += 1
                ctrl = " ".join(ctrl)
            exp(fil, nm, ctrl, es, ea)
    ws.cell(row=r, column=2, value="Antal:").font = Font(bold=True)
    ws.cell(row=r, column=3, value=n)
    r += 2
    ws.cell(row=r, column=1, value="Godkänd av förvaltningschef Jonas Wikström 2026-01-14")
    ws.oddHeader.center.text = "Tekniska förvaltningen"
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))

    # --- Överförmyndarnämnden: status only as fill colour
    nm = "Överförmyndarnämnden"
    wo = wb.create_sheet("Överförmyndaren")
    wo["A1"] = "Överförmyndarnämnden – intern kontroll helår 2025"
    wo["A1"].font = Font(bold=True, size=13)
    wo["A2"] = "Gemensam överförmyndarnämnd för Tjärnås, Storsele och Vindelby"
    hdr = ["Kontrollområde", "Vad kontrolleras", "Status", "Kommentar"]
    for c, h in enumerate(hdr, 1):
        wo.cell(row=4, column=c, value=h).font = Font(bold=True)
    for col, w in zip("ABCD", [20, 70, 10, 50]):
        wo.column_dimensions[col].width = w
    GREEN, YEL, RED = "00B050", "FFFF00", "FF0000"
    rows = [
        ("Årsräkningar", "Granskning av årsräkningar – kontroll att samtliga granskats före 30 juni", GREEN, None,
         "Samtliga 212 årsräkningar granskade i tid.", "GENOMFORD", "nej"),
        ("Arvoden", "Kontroll att arvoden till ställföreträdare beräknas enligt nämndens riktlinjer", GREEN, None,
         "Stickprov 25 ärenden, ett felaktigt beräknat arvode har rättats.", "GENOMFORD", "ja"),
        ("Spärrade medel", "Kontroll av att uttag från spärrade konton har överförmyndarens samtycke", YEL, None,
         "Underlag från bankerna har delvis kommit in.", "DELVIS", "nej"),
        ("Förordnanden", "Kontroll att lämplighetsprövning görs innan ny god man förordnas", RED, None,
         "Ej gjord under året.", "EJ_GENOMFORD", "nej"),
        ("Förteckningar", "Uppföljning av att förteckningar inkommer inom två månader efter förordnande", None,
         None, None, "SAKNAS", "nej"),
        ("Förordnanden", "Kontroll av registerutdrag ur belastningsregistret för nya gode män", None, "Utgår",
         "Ingår numera i lämplighetsprövningen.", "UTGAR", "nej"),
    ]
    r = 5
    for omr, ctrl, fill, txt, kom, es, ea in rows:
        wo.cell(row=r, column=1, value=omr)
        wo.cell(row=r, column=2, value=ctrl)
        sc = wo.cell(row=r, column=3, value=txt)
        if fill:
            sc.fill = PatternFill("solid", fgColor=fill)
        wo.cell(row=r, column=4, value=kom)
        exp(fil, nm, ctrl, es, ea)
        r += 1
    r += 1
    wo.cell(row=r, column=2, value="Förklaring status:").font = Font(bold=True)
    for fill, t in [(GREEN, "Genomförd"), (YEL, "Delvis genomförd"), (RED, "Ej genomförd")]:
        r += 1
        wo.cell(row=r, column=3).fill = PatternFill("solid", fgColor=fill)
        wo.cell(row=r, column=4, value=t)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))
    wb.save(fil)


# ---------------------------------------------------------------------------
# 7. Vård- och omsorgsnämnden – .odt, codes 0–3 with legend below the table
# ---------------------------------------------------------------------------
def f_von():
    fil = "Vård- och omsorgsnämnden_uppföljning_IK_2025.odt"
    nm = "Vård- och omsorgsnämnden"
    doc = Document()
    doc.add_heading("Vård- och omsorgsnämnden", level=1)
    doc.add_paragraph("Uppföljning av intern kontroll – tertial 3 (helår) 2025")
    head = ["Nr", "Vad kontrolleras", "Hur har kontrollen gjorts", "Utfall", "Bedömning 1–3", "Avvikelse"]
    rows = [
        ("Kontroll att genomförandeplaner upprättas inom 14 dagar efter beviljad insats",
         "Stickprov 20 brukare hemtjänst", "Samtliga 20 planer upprättade i tid.", "1", "Nej", "GENOMFORD", "nej"),
        ("Kontroll av att läkemedelsavvikelser rapporteras och åtgärdas på särskilt boende",
         "Genomgång i avvikelsesystemet", "47 avvikelser rapporterade, fem saknade dokumenterad åtgärd.", "1",
         "Ja", "GENOMFORD", "ja"),
        ("Kontroll att registrerade hemtjänsttimmar i TES stämmer mot fakturerade timmar",
         "Avstämning per månad", "Kontrollerat t.o.m. augusti.", "2", "Nej", "DELVIS", "nej"),
        ("Kontroll av att hantering av brukarmedel på boenden sker enligt rutin",
         "Oanmäld kassakontroll", "Ej genomförd, rutinen revideras.", "3", "Nej", "EJ_GENOMFORD", "nej"),
        ("Uppföljning av att SIP upprättas vid utskrivning från slutenvården",
         "–", "Flyttad till regionens uppföljning.", "0", "", "UTGAR", "nej"),
        ("Kontroll av att loggar i journalsystemet granskas månadsvis enligt patientdatalagen",
         "Logglistor", "Osäkert om samtliga enheter gjort loggkontroll, återkommer.", "", "", "OKLAR", "nej"),
        ("Kontroll av att timanställdas lönerapportering överensstämmer med bemanningsschemat",
         "Stickprov 15 timanställda", "Stickprovet är inte slutfört för december.", "1", "Nej",
         "GENOMFORD", "nej"),
    ]
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        t.rows[0].cells[i].text = h
    for i, (ctrl, how, res, code, avv, es, ea) in enumerate(rows, 1):
        c = t.add_row().cells
        for j, v in enumerate([str(i), ctrl, how, res, code, avv]):
            c[j].text = v
        exp(fil, nm, ctrl, es, ea)
    doc.add_paragraph("")
    doc.add_paragraph("Bedömning: 1 = genomförd, 2 = delvis genomförd, 3 = ej genomförd, "
                      "0 = utgår (beslut om ändrad plan).")
    doc.add_paragraph("Ansvarig: Maria Nordin, verksamhetscontroller")
    tmp = tempfile.mkdtemp(prefix="r44-")
    src = os.path.join(tmp, os.path.splitext(fil)[0] + ".docx")
    doc.save(src)
    prof = tempfile.mkdtemp(prefix="lo-r44-")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "odt",
                    "--outdir", tmp, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, fil), fil)
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(prof, ignore_errors=True)
    FILES.append((fil, "INLAST", nm, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# 8. Word owner/lock file left in the folder – must be rejected
# ---------------------------------------------------------------------------
def f_lock(sn_fil):
    fil = "~$" + sn_fil[2:]
    user = "Karin Lindqvist"
    data = bytes([len(user)]) + user.encode("latin-1").ljust(53, b"\x20")
    data += bytes([len(user), 0]) + user.encode("utf-16-le")
    data = data.ljust(162, b"\x00")
    with open(fil, "wb") as fh:
        fh.write(data)
    FILES.append((fil, "AVVISAD", "", "", ""))


def main():
    for f in os.listdir("."):
        if f.endswith((".docx", ".xlsx", ".odt")):
            os.remove(f)
    sn = f_sn()
    f_bun()
    f_mbn()
    f_ks()
    f_kfn()
    f_xlsx()
    f_von()
    f_lock(sn)

    with open("namnder.csv", "w", encoding="utf-8") as fh:
        fh.write("nämnd;alias\n")
        for n, a in [
            ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|Kommunledningskontoret"),
            ("Socialnämnden", "SN|Socialförvaltningen"),
            ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen"),
            ("Miljö- och byggnämnden", "MBN|Miljö- och byggförvaltningen"),
            ("Kultur- och fritidsnämnden", "KFN|Kultur och fritid|Kultur- och fritidsförvaltningen"),
            ("Tekniska nämnden", "TN|Tekniska förvaltningen"),
            ("Överförmyndarnämnden", "ÖFN|Överförmyndaren|Gemensam överförmyndarnämnd"),
            ("Vård- och omsorgsnämnden", "VON|Vård och omsorg|Vård- och omsorgsförvaltningen"),
            ("Valnämnden", "VN"),
            ("Krisledningsnämnden", "KLN"),
        ]:
            fh.write(f"{n};{a}\n")
    with open("files.csv", "w", encoding="utf-8") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            fh.write(";".join(row) + "\n")
    with open("expected.csv", "w", encoding="utf-8") as fh:
        fh.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            fh.write(";".join(row) + "\n")
    texts = [e[2] for e in EXPECTED]
    assert len(texts) == len(set(texts)), "duplicate control text"
    assert all(len(t) >= 25 for t in texts), [t for t in texts if len(t) < 25]
    print(len(FILES), "file rows,", len(EXPECTED), "controls")


if __name__ == "__main__":
    main()
