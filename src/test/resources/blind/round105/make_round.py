#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Round 105 – Hjortsjö kommun, helår 2025: exports from governance systems.

Builds every file of the round in this folder, plus namnder.csv, files.csv and expected.csv.
Run with /usr/bin/python3.
"""
import csv
import io
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED = []   # (fil, nämnd, kontrollmoment, status, avvikelse)
FILES = []      # (fil, utfall, nämnd, år, period)


def exp(fil, namnd, km, status, avv):
    EXPECTED.append((fil, namnd, km, status, avv))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# Register
# ---------------------------------------------------------------------------
NAMNDER = [
    ("Kommunstyrelsen", "KS|Kommunledningsförvaltningen|KLF|Kommunledningskontoret"),
    ("Barn- och utbildningsnämnden", "BUN|Barn- och utbildningsförvaltningen|BUF|Utbildningsnämnden"),
    ("Socialnämnden", "SN|SocN|Socialförvaltningen|Individ- och familjeomsorgen|IFO"),
    ("Vård- och omsorgsnämnden", "VON|Vård- och omsorgsförvaltningen|VOF|Äldreomsorgen"),
    ("Kultur- och fritidsnämnden", "KFN|Kultur- och fritidsförvaltningen|Kultur & fritid"),
    ("Tekniska nämnden", "TN|Tekniska förvaltningen|Teknik och service"),
    ("Samhällsbyggnadsnämnden", "SBN|Samhällsbyggnadsförvaltningen|SBF|Plan och bygg"),
    ("Miljönämnden", "MN|Miljöförvaltningen|Miljö- och hälsoskydd"),
    ("Arbetsmarknads- och vuxenutbildningsnämnden",
     "AVN|Arbetsmarknadsnämnden|Arbetsmarknad och vuxenutbildning|AMVU"),
    ("Överförmyndarnämnden",
     "ÖFN|Överförmyndarenheten|Överförmyndarnämnden i Hjortsjö och Lövbacka|Gemensamma överförmyndarnämnden"),
    ("Valnämnden", "VN"),
]


# ---------------------------------------------------------------------------
# F1 – Stratsys CSV, Windows-1252, semicolon, two nämnder
# ---------------------------------------------------------------------------
def f1():
    fil = "Stratsys_export_internkontroll_KS_KFN_2025.csv"
    ks_org = "Hjortsjö kommun > Kommunstyrelsen"
    kfn_org = "Hjortsjö kommun > Kultur- och fritidsnämnden"
    per = "Helår 2025"
    header = ["Organisation", "Nivå", "Id", "Namn", "Kontrollmetod", "Ansvarig", "Frekvens",
              "Period", "Status", "Bedömning", "Kommentar"]
    rows = []
    # (org, nivå, id, namn, metod, ansvarig, frekvens, status, bedömning, kommentar, expected(status, avv) or None)
    data = [
        (ks_org, "Process", "KS-P1", "Ekonomiadministration", "", "Ekonomichef", "", "Pågående", "", "", None),
        (ks_org, "Kontrollmoment", "KS-1.1",
         "Attest av leverantörsfakturor – stickprov 30 fakturor per kvartal",
         "Stickprov i Raindance, 30 fakturor/kvartal", "Redovisningsansvarig", "Kvartalsvis",
         "Klar", "Mindre avvikelser",
         "2 av 120 granskade fakturor saknade beslutsattest. Fakturorna har attesterats i efterhand "
         "och berörda chefer har informerats.", ("GENOMFORD", "ja")),
        (ks_org, "Kontrollmoment", "KS-1.2",
         "Representation – syfte och deltagare dokumenteras",
         "Genomgång av samtliga representationsfakturor konto 7610–7630", "Controller", "Halvår",
         "Klar", "Avvikelser finns",
         "6 av 25 fakturor saknade deltagarförteckning.\nUtbildning för budgetansvariga chefer planeras i februari 2026.",
         ("GENOMFORD", "ja")),
        (ks_org, "Kontrollmoment", "KS-1.3",
         "Löneutbetalningar – kontroll av engångsbelopp och retroaktiva löner",
         "Lista ur Personec, avstämning mot beslut", "Lönechef", "Månadsvis",
         "Klar", "Inga avvikelser", "Samtliga 48 engångsbelopp stämde mot underliggande beslut.",
         ("GENOMFORD", "nej")),
        (ks_org, "Process", "KS-P2", "Styrning och ledning", "", "Kanslichef", "", "Klar", "", "", None),
        (ks_org, "Kontrollmoment", "KS-2.1",
         "Delegationsbeslut anmäls till kommunstyrelsen",
         "Stickprov 20 beslut ur diariet jämförs med anmälningslistor", "Nämndsekreterare", "Tertial",
         "Klar", "Inga avvikelser", "Stickprov på 20 beslut ur diariet, samtliga anmälda till KS.",
         ("GENOMFORD", "nej")),
        (ks_org, "Kontrollmoment", "KS-2.2",
         "Registerförteckning enligt dataskyddsförordningen hålls uppdaterad",
         "Genomgång av förteckningen i DraftIT", "Dataskyddssamordnare", "Årligen",
         "Avbruten", "",
         "Avbruten genom beslut KS 2025-09-10 § 142. Ersätts av kommungemensam granskning som "
         "dataskyddsombudet gör 2026.", ("UTGAR", "nej")),
        (ks_org, "Process", "KS-P3", "IT och inköp", "", "IT-chef", "", "Pågående", "", "", None),
        (ks_org, "Kontrollmoment", "KS-3.1",
         "Behörigheter i ekonomisystemet tas bort vid avslutad anställning",
         "Behörighetslista ur Raindance mot HR-systemets avslutade anställningar", "Systemförvaltare ekonomi",
         "Halvår", "Pågående", "Avvikelser finns",
         "Genomgång klar för kommunledningsförvaltningen, övriga förvaltningar återstår.\n"
         "3 aktiva konton för personer som slutat har upptäckts och stängts.", ("DELVIS", "ja")),
        (ks_org, "Kontrollmoment", "KS-3.2",
         "Avtalstrohet – köptrohetsanalys av inköp utanför ramavtal",
         "Leverantörsreskontra mot avtalsdatabasen", "Upphandlingschef", "Årligen",
         "Ej påbörjad", "", "Skjuts till 2026 p.g.a. byte av analysverktyg (spendanalys).",
         ("EJ_GENOMFORD", "nej")),
        (kfn_org, "Process", "KFN-P1", "Bidrag och föreningsstöd", "", "Fritidschef", "", "Pågående", "", "", None),
        (kfn_org, "Kontrollmoment", "KFN-1.1",
         "Aktivitetsstöd – kontroll av föreningarnas närvarounderlag",
         "Stickprov 10 föreningar, närvarolistor mot ansökan", "Föreningskonsulent", "Halvår",
         "Klar", "Avvikelser finns",
         "Två föreningar hade redovisat fler sammankomster än närvarolistorna visar. Återkrav på "
         "sammanlagt 14 200 kr har skickats.", ("GENOMFORD", "ja")),
        (kfn_org, "Kontrollmoment", "KFN-1.2",
         "Lokalbokning – bokningar faktureras enligt taxa",
         "Avstämning bokningssystem mot kundfakturor", "Bokningsansvarig", "Tertial",
         "Pågående", "", "Avstämning mellan bokningssystemet och faktureringen är gjord för vårterminen; "
         "hösten återstår.", ("DELVIS", "nej")),
        (kfn_org, "Process", "KFN-P2", "Kontanthantering och tillgångar", "", "Förvaltningschef", "",
         "Klar", "", "", None),
        (kfn_org, "Kontrollmoment", "KFN-2.1",
         "Kassahantering i simhallen och på biblioteket",
         "Oanmäld kassainventering två gånger per år", "Enhetschef", "Halvår",
         "Klar", "Inga avvikelser", "Oanmäld kassainventering i mars och oktober. Inga differenser.",
         ("GENOMFORD", "nej")),
        (kfn_org, "Kontrollmoment", "KFN-2.2",
         "Inventering av konstsamlingen",
         "Fysisk inventering mot konstregistret", "Kulturstrateg", "Årligen",
         "", "",
         "Inventering genomförd i oktober. 4 verk kunde inte lokaliseras och har anmälts som saknade.",
         ("GENOMFORD", "ja")),
        (kfn_org, "Kontrollmoment", "KFN-2.3",
         "Direktupphandlingar dokumenteras enligt riktlinje",
         "Stickprov 10 direktupphandlingar över 100 tkr", "Administrativ chef", "Årligen",
         "", "", "", ("SAKNAS", "nej")),
    ]
    for org, niva, id_, namn, metod, ansv, frekv, status, bed, komm, e in data:
        rows.append([org, niva, id_, namn, metod, ansv, frekv, per, status, bed, komm])
        if e:
            namnd = "Kommunstyrelsen" if org == ks_org else "Kultur- och fritidsnämnden"
            exp(fil, namnd, namn, e[0], e[1])
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    with open(out(fil), "wb") as fh:
        fh.write(buf.getvalue().encode("cp1252"))
    FILES.append((fil, "INLAST", "Kommunstyrelsen", "2025", "HELAR"))
    FILES.append((fil, "INLAST", "Kultur- och fritidsnämnden", "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F2 – Hypergene text export, UTF-16LE tab separated, symbols with legend
# ---------------------------------------------------------------------------
def f2():
    fil = "VON_IK_uppfoljning_VB2025_Hypergene.txt"
    N = "Vård- och omsorgsnämnden"
    lines = [
        ["Uppföljning intern kontroll"],
        ["Organisation", "Vård- och omsorgsnämnden"],
        ["Rapportperiod", "2025-01-01 – 2025-12-31 (Verksamhetsberättelse)"],
        ["Skapad", "2026-01-19 08:42", "av", "Maria Ek"],
        [],
        ["Riskområde", "Kontrollmoment", "Kontrollmetod", "Ansvarig", "Status T2", "Status VB",
         "Avvikelse", "Kommentar VB"],
    ]
    data = [
        ("Fakturering och avgifter",
         "Hemtjänst LOV – fakturerad tid stäms av mot registrerad tid i TES",
         "Stickprov 40 fakturarader per halvår", "Avdelningschef myndighet", "◐", "●", "Ja",
         "Differens i 4 av 40 stickprov. Kreditfakturor har begärts från två utförare.",
         ("GENOMFORD", "ja")),
        ("", "Avgiftsbeslut – maxtaxa och förbehållsbelopp beräknas korrekt",
         "Stickprov 25 avgiftsbeslut", "Avgiftshandläggare", "●", "●", "Nej",
         "Samtliga 25 beslut korrekt beräknade.", ("GENOMFORD", "nej")),
        ("Läkemedel och hälsa",
         "Läkemedelshantering – signeringslistor på särskilda boenden",
         "Granskning av signeringslistor, 1 vecka per boende", "MAS", "○", "◐", "Ja",
         "Genomgång gjord på 3 av 6 boenden. Brister i signering på två av dem, åtgärdsplan upprättad.",
         ("DELVIS", "ja")),
        ("Personal och inköp",
         "Bemanningsföretag – avrop sker enligt ramavtal",
         "Fakturor från bemanningsföretag mot avtal", "HR-strateg", "○", "○", "Nej",
         "Ej genomförd. Upphandlarfunktionen har varit vakant hela hösten.",
         ("EJ_GENOMFORD", "nej")),
        ("Informationssäkerhet",
         "Loggkontroll i journalsystemet (otillåten åtkomst)",
         "Slumpvis loggkontroll 10 personer/månad", "Systemförvaltare", "●", "", "", "",
         ("SAKNAS", "nej")),
        ("Enskildas tillgångar",
         "Privata medel för boende – kvittoredovisning",
         "Genomgång av kvitton och kassabok per boende", "Enhetschef", "◐", "■", "",
         "Se separat redovisning till nämnden.", ("OKLAR", "nej")),
        ("Myndighetsutövning",
         "Ej verkställda beslut rapporteras till IVO inom tid",
         "Kvartalsvis rapport ur verksamhetssystemet", "Avdelningschef myndighet", "●", "●", "Ja",
         "Två beslut rapporterades efter fristen i kvartal 3.", ("GENOMFORD", "ja")),
        ("", "Nattbemanning – tillsyn av larmrutiner",
         "Oanmälda nattbesök", "Verksamhetschef", "–", "–", "",
         "Utgår 2025 – ingår i IVO:s tillsyn av nattbemanningen.", ("UTGAR", "nej")),
    ]
    for risk, km, metod, ansv, t2, vb, avv, komm, e in data:
        lines.append([risk, km, metod, ansv, t2, vb, avv, komm])
        exp(fil, N, km, e[0], e[1])
    lines += [
        [],
        ["Teckenförklaring:", "● = Genomförd", "◐ = Delvis genomförd / pågår", "○ = Ej genomförd",
         "– = Utgår / ej aktuell"],
        ["Antal kontrollmoment:", "8"],
    ]
    txt = "\r\n".join("\t".join(l) for l in lines) + "\r\n"
    with open(out(fil), "wb") as fh:
        fh.write(b"\xff\xfe" + txt.encode("utf-16-le"))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F3 – in-house "IK-portalen" CSV, UTF-8 no BOM, comma, one row per control and period
# ---------------------------------------------------------------------------
def f3():
    fil = "ikportalen_export_AVN_2025.csv"
    N = "Arbetsmarknads- och vuxenutbildningsnämnden"
    km = {
        "AVN-01": "Utbetalning av anställningsstöd – kontroll mot beslut",
        "AVN-02": "Närvarorapportering SFI – underlag till CSN",
        "AVN-03": "Feriearbeten – lönekostnader mot avtal och budget",
        "AVN-04": "Behörighetsgenomgång i ärendesystemet",
        "AVN-05": "Uppföljning av avtal med upphandlade utbildningsanordnare (yrkesvux)",
        "AVN-06": "Kontantkassa på Jobbtorget – månadsavstämning",
        "AVN-07": "Ekonomiskt bistånd – stickprov av 25 akter",
    }
    per = {
        "T1": {
            "AVN-01": ("Ja", "Nej", "Stickprov 15 beslut, inga fel.", "2025-05-06"),
            "AVN-02": ("Delvis", "Nej", "Rapportering för januari–februari kontrollerad.", "2025-05-08"),
            "AVN-03": ("", "", "Ej aktuellt för T1, feriearbeten sker juni–augusti.", "2025-05-08"),
            "AVN-04": ("Nej", "", "Ej påbörjad.", "2025-05-09"),
            "AVN-05": ("Nej", "", "", "2025-05-09"),
            "AVN-06": ("Ja", "Nej", "Avstämt jan–apr, inga differenser.", "2025-05-06"),
            "AVN-07": ("Ja", "Nej", "25 akter granskade, inga fel.", "2025-05-12"),
        },
        "T2": {
            "AVN-01": ("Ja", "Nej", "Stickprov 15 beslut, inga fel.", "2025-09-10"),
            "AVN-02": ("Delvis", "Nej", "Vårterminen kontrollerad, hösten återstår.", "2025-09-10"),
            "AVN-03": ("Ja", "Nej", "Lönekostnad 1 912 tkr, inom budget, timlön enligt avtal.", "2025-09-11"),
            "AVN-04": ("Delvis", "Nej", "Påbörjad för vuxenutbildningen.", "2025-09-11"),
            "AVN-05": ("Nej", "", "Resurser saknas.", "2025-09-12"),
            "AVN-06": ("Ja", "Nej", "Avstämt maj–aug, inga differenser.", "2025-09-10"),
            "AVN-07": ("Ja", "Nej", "25 akter granskade, inga fel.", "2025-09-15"),
        },
        "VB": {
            "AVN-01": ("Ja", "Nej", "Stickprov 15 beslut, inga fel. Totalt 45 beslut granskade under året.", "2026-01-14"),
            "AVN-02": ("Ja", "Ja", "12 elever hade rapporterats som närvarande trots frånvaro, rättat mot CSN.", "2026-01-14"),
            "AVN-03": ("Ja", "Nej", "Slutlig avstämning gjord, inga avvikelser.", "2026-01-15"),
            "AVN-04": ("Delvis", "Nej", "Genomgång klar för vuxenutbildningen, arbetsmarknadsenheten återstår.", "2026-01-15"),
            "AVN-05": ("Nej", "Nej", "Ej genomförd, flyttas till internkontrollplan 2026.", "2026-01-16"),
            "AVN-06": ("Utgår", "", "Kontantkassan avvecklades 2025-09-30, ingen kontroll under hösten.", "2026-01-14"),
            "AVN-07": ("", "", "Stickprov i december genomfört. 3 akter saknade underskriven ansökan, "
                               "handläggarna har fått återkoppling.", "2026-01-19"),
        },
    }
    final = {
        "AVN-01": ("GENOMFORD", "nej"), "AVN-02": ("GENOMFORD", "ja"), "AVN-03": ("GENOMFORD", "nej"),
        "AVN-04": ("DELVIS", "nej"), "AVN-05": ("EJ_GENOMFORD", "nej"), "AVN-06": ("UTGAR", "nej"),
        "AVN-07": ("GENOMFORD", "ja"),
    }
    header = ["kontroll_id", "org_kod", "org_namn", "ar", "period", "kontrollmoment", "genomford",
              "avvikelse", "kommentar", "reg_av", "reg_datum"]
    users = {"T1": "kaj.nyberg", "T2": "kaj.nyberg", "VB": "sara.holm"}
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(header)
    for p in ("T1", "T2", "VB"):
        for kid in km:
            g, a, k, d = per[p][kid]
            w.writerow([kid, "AVN", "Arbetsmarknad och vuxenutbildning", "2025", p, km[kid], g, a, k,
                        users[p], d])
    with open(out(fil), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    for kid in km:
        exp(fil, N, km[kid], *final[kid])
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F4 – Stratsys xlsx with hierarchy levels, two nämnder, fills + legend
# ---------------------------------------------------------------------------
GREEN = "C6EFCE"
YELLOW = "FFEB9C"
RED = "FFC7CE"
GREY = "D9D9D9"
PURPLE = "CCC0DA"


def fill(hexcol):
    return PatternFill(start_color=hexcol, end_color=hexcol, fill_type="solid")


def f4():
    fil = "Internkontroll 2025 helår BUN SBN.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Rapport"
    thin = Side(style="thin", color="BFBFBF")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)

    ws["A1"] = "Hjortsjö kommun"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Uppföljning internkontrollplan 2025 – Helår (verksamhetsberättelse)"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:G2")
    ws["A3"] = ("Export från Stratsys 2026-01-22 14:05. Urval: Barn- och utbildningsnämnden, "
                "Samhällsbyggnadsnämnden. Nivå 1 = nämnd, nivå 2 = process, nivå 3 = kontrollmoment.")
    ws["A3"].font = Font(italic=True, size=9)
    ws.merge_cells("A3:G3")

    # legend in an odd place: top right
    ws["I1"] = "Statusförklaring"
    ws["I1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([(GREEN, "Genomförd"), (YELLOW, "Pågår / delvis genomförd"),
                                    (RED, "Ej genomförd"), (GREY, "Utgår / ej aktuell")]):
        c = ws.cell(row=2 + i, column=9)
        c.fill = fill(col)
        c.border = border
        ws.cell(row=2 + i, column=10, value=txt)

    hdr = ["Nivå", "Namn", "Ansvarig", "Status T2", "Status helår", "Avvikelse (J/N)", "Kommentar helår"]
    r = 7
    for ci, h in enumerate(hdr, 1):
        c = ws.cell(row=r, column=ci, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.border = border
        c.alignment = Alignment(wrap_text=True, vertical="center")
    ws.freeze_panes = "A8"

    # entries: ("N", name) nämnd; ("P", name, ansvarig) process;
    # ("K", name, ansvarig, (t2text, t2fill), (htext, hfill), avv, komm, expected)
    BUN = "Barn- och utbildningsnämnden"
    SBN = "Samhällsbyggnadsnämnden"
    entries = [
        ("N", BUN),
        ("P", "Ekonomi och ersättningar", "Ekonomichef BUF"),
        ("K", "Skolskjuts – fakturor stäms av mot beställda resor", "Skolskjutssamordnare",
         ("Pågår", YELLOW), ("Genomförd", GREEN), "J",
         "Felaktig debitering av väntetid hos en entreprenör, 38 tkr har återbetalats.",
         ("GENOMFORD", "ja")),
        ("K", "Elevpeng fristående skolor – elevunderlag mot folkbokföring", "Controller BUF",
         ("Genomförd", GREEN), ("Genomförd", GREEN), "N", "Underlag för samtliga 14 huvudmän kontrollerat.",
         ("GENOMFORD", "nej")),
        ("K", "Barnomsorgsavgifter – inkomstuppgifter kontrolleras mot Skatteverket", "Avgiftshandläggare",
         ("Ej påbörjad", RED), ("", RED), "",
         "Ej genomförd p.g.a. byte av e-tjänst för inkomstuppgifter.", ("EJ_GENOMFORD", "nej")),
        ("K", "Attest – egna utlägg och kostnader attesteras av överordnad", "Ekonomichef BUF",
         ("Genomförd", GREEN), ("", GREEN), "N", "", ("GENOMFORD", "nej")),
        ("P", "Trygghet och studiero", "Verksamhetschef grundskola"),
        ("K", "Kränkande behandling – anmälan till huvudman inom 5 arbetsdagar", "Kvalitetsstrateg",
         ("Pågår", YELLOW), ("Pågår", YELLOW), "J",
         "18 % av anmälningarna kom in senare än 5 arbetsdagar. Uppföljning fortsätter vt 2026.",
         ("DELVIS", "ja")),
        ("P", "Personal och kompetens", "HR-specialist BUF"),
        ("K", "Modersmålslärare – behörighet och lärarlegitimation", "Rektor modersmålsenheten",
         ("", None), ("", PURPLE), "", "", ("OKLAR", "nej")),
        ("N", SBN),
        ("P", "Bygglov och avgifter", "Bygglovschef"),
        ("K", "Bygglovsavgifter – debitering enligt gällande taxa", "Bygglovschef",
         ("Genomförd", GREEN), ("Genomförd", GREEN), "J",
         "4 av 50 ärenden debiterades för lågt enligt äldre taxa; efterdebitering gjord.",
         ("GENOMFORD", "ja")),
        ("K", "Avgiftsreduktion vid överskriden handläggningstid (PBL 12 kap. 8 a §)", "Bygglovschef",
         ("Pågår", YELLOW), ("Genomförd", GREEN), "J",
         "Reduktion hade inte gjorts i 2 ärenden. Återbetalning genomförd.", ("GENOMFORD", "ja")),
        ("K", "Bostadsanpassningsbidrag – beslut och utbetalning mot offert", "Handläggare BAB",
         ("", None), ("", None), "", "", ("SAKNAS", "nej")),
        ("P", "Nämndadministration och arkiv", "Administrativ chef SBF"),
        ("K", "Delegationsbeslut anmäls till nämnd", "Nämndsekreterare",
         ("Genomförd", GREEN), ("Genomförd", GREEN), "N", "Stickprov 15 beslut, alla anmälda.",
         ("GENOMFORD", "nej")),
        ("K", "Arkivering av avslutade detaljplaneärenden i e-arkivet", "Arkivarie",
         ("Pågår", YELLOW), ("Pågår", YELLOW), "N", "Planer fram till 2019 överförda, återstående under 2026.",
         ("DELVIS", "nej")),
        ("P", "Mark och exploatering", "Exploateringschef"),
        ("K", "Lantmäteriförrättningar – fakturering av kommunens kostnader", "Exploateringsingenjör",
         ("", None), ("Se bilaga", None), "", "", ("OKLAR", "nej")),
    ]
    r = 8
    for e in entries:
        if e[0] == "N":
            ws.cell(row=r, column=1, value=1)
            c = ws.cell(row=r, column=2, value=e[1])
            c.font = Font(bold=True, size=12)
            for ci in range(1, 8):
                ws.cell(row=r, column=ci).fill = fill("DDEBF7")
                ws.cell(row=r, column=ci).border = border
            current = e[1]
        elif e[0] == "P":
            ws.cell(row=r, column=1, value=2)
            c = ws.cell(row=r, column=2, value=e[1])
            c.font = Font(bold=True)
            c.alignment = Alignment(indent=1)
            ws.cell(row=r, column=3, value=e[2])
            for ci in range(1, 8):
                ws.cell(row=r, column=ci).border = border
            ws.row_dimensions[r].outlineLevel = 1
        else:
            _, name, ansv, (t2, t2f), (ht, hf), avv, komm, ex = e
            ws.cell(row=r, column=1, value=3)
            c = ws.cell(row=r, column=2, value=name)
            c.alignment = Alignment(indent=2, wrap_text=True)
            ws.cell(row=r, column=3, value=ansv)
            c = ws.cell(row=r, column=4, value=t2 or None)
            if t2f:
                c.fill = fill(t2f)
            c = ws.cell(row=r, column=5, value=ht or None)
            if hf:
                c.fill = fill(hf)
            ws.cell(row=r, column=6, value=avv or None)
            c = ws.cell(row=r, column=7, value=komm or None)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            for ci in range(1, 8):
                ws.cell(row=r, column=ci).border = border
            ws.row_dimensions[r].outlineLevel = 2
            exp(fil, current, name, ex[0], ex[1])
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Antal kontrollmoment i urvalet").font = Font(bold=True)
    ws.cell(row=r, column=3, value=12)
    ws.sheet_properties.outlinePr.summaryBelow = False
    widths = {"A": 6, "B": 62, "C": 26, "D": 13, "E": 13, "F": 10, "G": 70, "H": 3, "I": 6, "J": 26}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    wb.save(out(fil))
    FILES.append((fil, "INLAST", BUN, "2025", "HELAR"))
    FILES.append((fil, "INLAST", SBN, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F5 – TN CSV, UTF-8 with BOM, semicolon, genomförandegrad in % per tertial, 2024 column to ignore
# ---------------------------------------------------------------------------
def f5():
    fil = "TN_IKP_2025_uppfoljning_T3.csv"
    N = "Tekniska nämnden"
    header = ["Förvaltning", "År", "Process", "Kontrollmoment", "Kontrollmetod", "Utfall 2024",
              "Genomförandegrad T1 (%)", "Genomförandegrad T2 (%)", "Genomförandegrad T3 (%)",
              "Avvikelse upptäckt", "Kommentar"]
    data = [
        ("Fordon", "Fordonsflottan – körjournaler och drivmedelskort",
         "Stickprov 20 drivmedelskort mot körjournal", "Genomförd", "0", "50", "100", "Ja",
         "3 drivmedelskort har använts till privata fordon. Polisanmälan i ett fall.", ("GENOMFORD", "ja")),
        ("Investeringar", "ÄTA-arbeten godkänns enligt delegationsordning",
         "Genomgång av ÄTA-listor i tre entreprenader", "Genomförd", "20", "40", "60", "Nej",
         "Två av tre entreprenader granskade; den tredje (Norrskolan) slutbesiktigas i mars 2026.",
         ("DELVIS", "nej")),
        ("VA och avfall", "VA-taxa – kontroll av debiteringsunderlag i kundsystemet",
         "Stickprov 30 abonnemang", "Delvis", "100", "100", "100", "Nej", "Inga fel hittades.",
         ("GENOMFORD", "nej")),
        ("VA och avfall", "Avfallstaxa – debitering av hämtningsabonnemang",
         "Jämförelse hämtregister mot fakturering", "", "0", "30", "100", "Ja",
         "Felaktigt abonnemang i 12 fastigheter; rättat och kreditfakturor skickade.",
         ("GENOMFORD", "ja")),
        ("Inköp", "Inköpskort – kontroll av underlag och syfte",
         "Samtliga kortköp över 5 000 kr", "Genomförd", "0", "0", "0", "Nej",
         "Ej genomförd – resursbrist på ekonomienheten; flyttas till IKP 2026.", ("EJ_GENOMFORD", "nej")),
        ("Drift gata/park", "Snöröjning – tidrapporter från entreprenörer",
         "Tidrapporter mot GPS-loggar", "Avvikelse", "–", "–", "–", "",
         "Utgår 2025: fast ersättning enligt nytt avtal, inga tidrapporter att granska.", ("UTGAR", "nej")),
        ("Fastighet", "Kontroll av att fastighetsbesiktningar (OVK) genomförs",
         "Register över OVK-protokoll", "Genomförd", "50", "100", "", "Nej",
         "Klart redan vid T2. Samtliga 14 OVK-protokoll finns, inga anmärkningar.", ("GENOMFORD", "nej")),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(header)
    for proc, km, metod, u24, t1, t2, t3, avv, komm, e in data:
        w.writerow(["Tekniska förvaltningen", "2025", proc, km, metod, u24, t1, t2, t3, avv, komm])
        exp(fil, N, km, e[0], e[1])
    w.writerow(["Antal kontrollmoment", "7", "", "", "", "", "", "", "", "", ""])
    with open(out(fil), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F6 – SN Word narrative, heading per control
# ---------------------------------------------------------------------------
def f6():
    fil = "Verksamhetsberättelse 2025 SN bilaga 2 intern kontroll.docx"
    N = "Socialnämnden"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Garamond"
    st.font.size = Pt(12)
    d.add_paragraph("Verksamhetsberättelse 2025", style="Title")
    p = d.add_paragraph()
    p.add_run("Socialnämnden – Bilaga 2: Uppföljning av internkontrollplan 2025").bold = True
    d.add_paragraph("Dnr SN 2025/118\nHandläggare: Johan Sandberg, verksamhetscontroller\n"
                    "Behandlas i socialnämnden 2026-02-18")

    d.add_heading("Inledning", level=1)
    d.add_paragraph(
        "Socialnämnden antog internkontrollplan för 2025 den 18 december 2024 (§ 187). Planen omfattar "
        "åtta kontrollmoment inom fyra processer. I denna bilaga redovisas för varje kontrollmoment vad "
        "som har gjorts under året och vad kontrollen har visat. Uppföljningen per 31 augusti redovisades "
        "i delårsrapporten och upprepas inte här.")
    d.add_heading("Sammanfattande bedömning", level=1)
    d.add_paragraph(
        "Förvaltningen bedömer att den interna kontrollen under 2025 i huvudsak har varit tillräcklig. "
        "Huvuddelen av kontrollerna har genomförts enligt plan. Brister har konstaterats inom ekonomiskt "
        "bistånd och LSS, och åtgärder har vidtagits. Byte av verksamhetssystem under hösten har påverkat "
        "möjligheten att genomföra vissa kontroller.")

    d.add_heading("Resultat per kontrollmoment", level=1)

    d.add_heading("Ekonomiskt bistånd", level=2)
    d.add_paragraph("Processen omfattar två kontrollmoment som båda följs upp två gånger per år.")

    items = [
        ("Stickprov av utbetalningar av ekonomiskt bistånd",
         ["Enhetschef för försörjningsstöd har under året granskat 40 slumpvis utvalda utbetalningar, "
          "20 i maj och 20 i november. Granskningen omfattade beräkning av norm, inkomster och "
          "underlag för boendekostnad.",
          "I två ärenden hade inkomst av barnbidrag inte räknats med, vilket gav felaktiga utbetalningar "
          "på sammanlagt 6 850 kr. Återkrav har beslutats och rutinen för beräkning har gåtts igenom på "
          "arbetsplatsträff."],
         ("GENOMFORD", "ja")),
        ("Återsökning av statsersättning från Migrationsverket",
         ["Ekonomiassistent och enhetschef har stämt av samtliga ansökningar om statlig ersättning för "
          "ensamkommande och nyanlända mot verksamhetssystemet. Alla ansökningar har skickats in inom "
          "tidsfristen och inga ersättningar har gått förlorade."],
         ("GENOMFORD", "nej")),
        None,  # process heading marker
        ("Orosanmälningar – förhandsbedömning inom 14 dagar",
         ["Kontrollen har genomförts för första halvåret. Av 212 orosanmälningar gjordes förhandsbedömning "
          "inom 14 dagar i 199 fall (94 procent). I 13 ärenden överskreds tidsgränsen, främst under "
          "semesterperioden.",
          "Andra halvåret har inte kunnat granskas eftersom statistiken inte gick att ta fram under "
          "bytet av verksamhetssystem. Granskningen av andra halvåret slutförs i februari 2026."],
         ("DELVIS", "ja")),
        ("Placeringar på HVB – avtal och fakturor",
         ["Kontrollen har inte genomförts under 2025. Enhetens resurser har prioriterats till "
          "handläggning under en period med hög personalomsättning. Kontrollmomentet förs över till "
          "internkontrollplanen för 2026."],
         ("EJ_GENOMFORD", "nej")),
        None,
        ("Uppföljning av LSS-beslut minst en gång per år",
         ["Samtliga 60 ärenden med personlig assistans och bostad med särskild service enligt LSS har "
          "gåtts igenom. I 11 ärenden saknades dokumenterad uppföljning under de senaste tolv månaderna.",
          "Uppföljningar i de berörda ärendena är nu bokade och ska vara klara senast i april 2026."],
         ("GENOMFORD", "ja")),
        ("Handkassor inom boendestöd",
         ["Redovisas i separat bilaga (bilaga 4) eftersom redovisningen innehåller uppgifter om enskilda."],
         ("OKLAR", "nej")),
        None,
        ("Loggkontroll i verksamhetssystemet Lifecare",
         ["Systemförvaltaren har varje månad tagit ut loggar för tio slumpvis valda användare och "
          "kontrollerat att åtkomsten till personakter hade stöd i tjänsten. Ingen otillbörlig åtkomst "
          "har upptäckts."],
         ("GENOMFORD", "nej")),
        ("Hantering av synpunkter och klagomål",
         ["Kontrollmomentet utgår enligt nämndens beslut 2025-05-21 § 64, eftersom synpunktshanteringen "
          "granskas av kommunens revisorer under året. Nämnden tar del av revisorernas rapport när den "
          "är klar."],
         ("UTGAR", "nej")),
    ]
    processes = ["Barn och unga", "Funktionsnedsättning (LSS)", "Informationssäkerhet och kvalitet"]
    pi = 0
    for it in items:
        if it is None:
            d.add_heading(processes[pi], level=2)
            pi += 1
            continue
        title, paras, e = it
        d.add_heading(title, level=3)
        for t in paras:
            d.add_paragraph(t)
        exp(fil, N, title, e[0], e[1])

    d.add_heading("Inför 2026", level=1)
    d.add_paragraph(
        "Kontrollmomenten om HVB-placeringar och orosanmälningar förs över till internkontrollplan 2026. "
        "Därutöver föreslås ett nytt kontrollmoment om avtalstrohet vid köp av externa placeringar. "
        "Förslag till internkontrollplan 2026 behandlades av nämnden i december 2025.")
    d.add_paragraph("Johan Sandberg\nVerksamhetscontroller, socialförvaltningen")
    d.save(out(fil))
    FILES.append((fil, "INLAST", N, "2025", "HELAR"))


# ---------------------------------------------------------------------------
# F7 – ÖFN annual report for 2024 (sent by mistake), old Word .doc, bold paragraph per control
# ---------------------------------------------------------------------------
def f7():
    fil = "ÖFN årsrapport intern kontroll.doc"
    N = "Överförmyndarnämnden"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    r = p.add_run("Överförmyndarnämnden i Hjortsjö och Lövbacka")
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    r = p.add_run("Årsrapport intern kontroll – verksamhetsåret 2024")
    r.bold = True
    r.font.size = Pt(12)
    d.add_paragraph("Datum: 2025-01-14\nDiarienummer: ÖFN 2024/31")
    d.add_paragraph(
        "Nämnden fastställde internkontrollplan för 2024 den 7 december 2023. Planen innehåller fem "
        "kontrollmoment. Nedan redovisas genomförande, resultat och bedömning för respektive "
        "kontrollmoment.")
    items = [
        ("Granskning av årsräkningar inom lagstadgad tid",
         "Handläggarna har följt upp granskningsläget månadsvis från mars till juni.",
         "412 av 448 inkomna årsräkningar var granskade före den 30 juni (92 procent). Målet 100 procent "
         "nåddes inte, främst på grund av sena kompletteringar från ställföreträdare.",
         "Genomförd. Målet nåddes inte fullt ut.", ("GENOMFORD", "ja")),
        ("Arvoden till ställföreträdare beräknas enligt nämndens riktlinje",
         "Stickprov på 30 arvodesbeslut har jämförts med riktlinjen.",
         "Samtliga arvoden var beräknade enligt riktlinjen.",
         "Genomförd utan anmärkning.", ("GENOMFORD", "nej")),
        ("Utdrag ur belastningsregistret för nya ställföreträdare",
         "Kontroll av att utdrag finns i akten för samtliga nya ställföreträdare.",
         "Kontrollen har gjorts för perioden januari–juni. Andra halvåret har inte granskats på grund av "
         "sjukskrivning på enheten.",
         "Delvis genomförd.", ("DELVIS", "nej")),
        ("Överförmyndarspärr på förvaltarkonton",
         "Avsikten var att stämma av bankernas engagemangsbesked mot akterna.",
         "Kontrollen har inte påbörjats.",
         "Ej genomförd. Flyttas till 2025.", ("EJ_GENOMFORD", "nej")),
        ("Behörigheter i verksamhetssystemet Wärna",
         "Behörighetslistan har stämts av mot bemanningen i båda kommunerna.",
         "Alla behörigheter motsvarade aktuella tjänster.",
         "Genomförd. Inga avvikelser.", ("GENOMFORD", "nej")),
    ]
    for title, gen, res, bed, e in items:
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.add_run(title).bold = True
        p = d.add_paragraph()
        p.add_run("Genomförande: ").italic = True
        p.add_run(gen)
        p = d.add_paragraph()
        p.add_run("Resultat: ").italic = True
        p.add_run(res)
        p = d.add_paragraph()
        p.add_run("Bedömning: ").italic = True
        p.add_run(bed)
        exp(fil, N, title, e[0], e[1])
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.add_run("Plan framåt").bold = True
    d.add_paragraph(
        "Internkontrollplan 2025 antogs av nämnden 2024-12-12 och följs upp i delårsrapporten 2025. "
        "Kontrollen av överförmyndarspärr ingår i planen för 2025.")
    d.add_paragraph("\nLena Åström\nordförande")

    tmp = tempfile.mkdtemp(prefix="r105_")
    src = os.path.join(tmp, "ofn.docx")
    d.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-round105", "--headless",
                    "--convert-to", "doc", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, "ofn.doc"), out(fil))
    shutil.rmtree(tmp)
    FILES.append((fil, "INLAST", N, "2024", "HELAR"))


# ---------------------------------------------------------------------------
# F8 – Office lock file left next to the xlsx
# ---------------------------------------------------------------------------
def f8():
    fil = "~$ternkontroll 2025 helår BUN SBN.xlsx"
    name = "Anna Lindqvist"
    data = bytes([len(name)]) + name.encode("latin-1")
    data += b" " * (54 - len(data))
    data += bytes([len(name), 0]) + name.encode("utf-16-le")
    data += b"\x20\x00" * ((162 - len(data)) // 2)
    with open(out(fil), "wb") as fh:
        fh.write(data[:162])
    FILES.append((fil, "AVVISAD", "", "", ""))


def main():
    # clean old generated files (keep scripts and docs)
    keep = {"make_round.py", "README.md"}
    for f in os.listdir(HERE):
        if f not in keep and os.path.isfile(out(f)):
            os.remove(out(f))
    f1(); f2(); f3(); f4(); f5(); f6(); f7(); f8()
    with open(out("namnder.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("nämnd;alias\n")
        for n, a in NAMNDER:
            fh.write(f"{n};{a}\n")
    with open(out("files.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;utfall;nämnd;år;period\n")
        for row in FILES:
            fh.write(";".join(row) + "\n")
    with open(out("expected.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write("fil;nämnd;kontrollmoment;status;avvikelse\n")
        for row in EXPECTED:
            assert ";" not in row[2]
            fh.write(";".join(row) + "\n")
    print(f"files: {len(set(r[0] for r in FILES))}, files.csv rows: {len(FILES)}, controls: {len(EXPECTED)}")


if __name__ == "__main__":
    main()
