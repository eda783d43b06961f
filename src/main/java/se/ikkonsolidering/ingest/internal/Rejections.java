package se.ikkonsolidering.ingest.internal;

import java.util.Locale;

import se.ikkonsolidering.ingest.FileRejectedException;

/** The Swedish explanation for a workbook that POI or the XML parser refused. */
final class Rejections {

	private Rejections() {
	}

	static FileRejectedException unreadableWorkbook(Exception ex) {
		if (ex instanceof FileRejectedException rejected) {
			return rejected;
		}
		String messages = messages(ex);
		if (messages.contains("zip bomb")) {
			return new FileRejectedException(
					"Filen packas upp till orimligt mycket data (misstänkt zip-bomb) och lästes inte.",
					"Kontrollera filen med IT-avdelningen. Spara uppföljningen på nytt från Excel och skicka den igen.",
					ex);
		}
		if (messages.contains("undeclared general entity")) {
			return new FileRejectedException(
					"Filen innehåller en otillåten XML-konstruktion (en entitet som inte är definierad) och lästes inte, "
							+ "så att ingen text som inte står i filen hamnar i sammanställningen.",
					"Spara uppföljningen på nytt från Excel och skicka den igen.", ex);
		}
		if (messages.contains("doctype") || messages.contains("dtd") || messages.contains("entity")) {
			return new FileRejectedException(
					"Filen innehåller otillåtna XML-konstruktioner (externa entiteter) och lästes inte av säkerhetsskäl.",
					"Spara uppföljningen på nytt från Excel och skicka den igen.", ex);
		}
		return new FileRejectedException("Filen är skadad eller ofullständig och kan inte öppnas som Excel-fil ("
				+ ex.getClass().getSimpleName() + ").",
				"Öppna filen i Excel för att se att den fungerar, spara den på nytt och skicka den igen.", ex);
	}

	/** The whole cause chain's messages: the parser often wraps the zip or XML error that tells what happened. */
	private static String messages(Throwable ex) {
		StringBuilder all = new StringBuilder();
		for (Throwable t = ex; t != null && all.length() < 10_000; t = t.getCause()) {
			all.append(' ').append(t.getMessage());
			if (t.getCause() == t) {
				break;
			}
		}
		return all.toString().toLowerCase(Locale.ROOT);
	}
}
