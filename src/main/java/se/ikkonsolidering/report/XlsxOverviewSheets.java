package se.ikkonsolidering.report;

import java.util.HashMap;
import java.util.Map;

import java.io.IOException;

import org.dhatim.fastexcel.Workbook;

import se.ikkonsolidering.classify.ControlStatus;

/** The sheets Sammanfattning (key figures and the rules behind them) and Per nämnd (one line per nämnd). */
final class XlsxOverviewSheets {

	private XlsxOverviewSheets() {
	}

	static void write(Workbook workbook, XlsxStyles styles, Summary s) throws IOException {
		summary(new SheetWriter(workbook, "Sammanfattning", styles, 34, 14, 12), styles, s);
		perNamnd(new SheetWriter(workbook, "Per nämnd", styles, 34, 10, 11, 11, 30, 11, 11, 9, 12, 9, 9, 12, 11, 20, 14,
				14), styles, s);
	}

	private static void summary(SheetWriter sheet, XlsxStyles styles, Summary s) throws IOException {
		sheet.newRow().text("Nämndernas uppföljning av internkontrollplanerna " + s.year(), styles.title());
		sheet.newRow().text("Sammanställd").text(s.generated());
		sheet.newRow();
		sheet.header("Nyckeltal", "Antal", "Andel (%)");
		KeyFigures k = s.key();
		sheet.newRow().text("Nämnder i sammanställningen").number(k.expected());
		sheet.newRow().text("Nämnder som lämnat uppföljning").number(k.reported());
		sheet.newRow().text("Kontroller totalt").number(k.counts().total());
		for (ControlStatus status : ControlStatus.COUNTED) {
			sheet.newRow().text(SwedishNames.status(status)).number(k.counts().count(status))
				.number(k.shares().of(status));
		}
		sheet.newRow().text("Utgår (räknas inte i andelarna)").number(k.counts().utgar());
		sheet.newRow().text("Rapporterade avvikelser").number(k.deviations());
		sheet.newRow().text("Nämnder med grönt ljus").number(k.gron());
		sheet.newRow().text("Nämnder med gult ljus").number(k.gul());
		sheet.newRow().text("Nämnder med rött ljus").number(k.rod());
		MethodFigures m = s.method();
		sheet.newRow().text("Status ur statuskolumn").number(m.kolumn()).number(m.percentKolumn());
		sheet.newRow().text("Status ur cellfärg").number(m.farg()).number(m.percentFarg());
		sheet.newRow().text("Status ur fritext").number(m.text()).number(m.percentText());
		sheet.newRow().text("Status utan underlag").number(m.ingen()).number(m.percentIngen());
		sheet.newRow();
		sheet.newRow().text("Trafikljus").text(s.trafficLightRule());
		sheet.newRow().text("Vilken fil som räknas").text(s.periodRule());
		sheet.newRow().text("Andelar").text(Percent.RULE);
		sheet.finish();
	}

	private static void perNamnd(SheetWriter sheet, XlsxStyles styles, Summary s) throws IOException {
		int previous = s.comparison().previousYear();
		sheet.header("Nämnd", "I registret", "Trafikljus", "Period", "Fil", "Kontroller", "Genomförda", "Delvis",
				"Ej genomförda", "Saknas", "Oklara", "Andel genomförda (%)", "Avvikelser", "Nämndens bedömning",
				"Andel genomförda " + previous + " (%)", "Förändring (procentenheter)");
		Map<String, Comparison.YearChange> changes = new HashMap<>();
		s.comparison().changes().forEach(c -> changes.put(c.namnd(), c));
		for (NamndFigures n : s.namnder()) {
			sheet.newRow().text(n.namnd()).text(n.inRegister() ? "Ja" : "Nej")
				.text(n.light().swedish(), styles.light(n.light())).text(n.period()).text(n.file());
			if (n.submitted()) {
				StatusCounts c = n.counts();
				sheet.number(c.total()).number(c.genomford()).number(c.delvis()).number(c.ejGenomford())
					.number(c.saknas()).number(c.oklar()).number(c.percentDone()).number(n.deviations())
					.text(n.assessment());
				Comparison.YearChange change = changes.get(n.namnd());
				if (change != null) {
					sheet.number(change.previousPercentDone()).number(change.change());
				}
			}
		}
		sheet.finish();
	}
}
