package se.ikkonsolidering.ingest.internal;

import java.util.Locale;

import se.ikkonsolidering.ingest.FileRejectedException;

/** The Swedish explanation for a workbook or document that POI, the zip reader or the XML parser refused. */
final class Rejections {

	private Rejections() {
	}

	static FileRejectedException unreadableWorkbook(Exception ex) {
		return unreadable(ex, OfficeProgram.EXCEL);
	}

	static FileRejectedException unreadable(Exception ex, OfficeProgram from) {
		String saveAgain = "Spara uppföljningen på nytt från " + from.program() + " och skicka den igen.";
		if (ex instanceof FileRejectedException rejected) {
			return rejected;
		}
		String messages = messages(ex);
		if (messages.contains("zip bomb")) {
			return new FileRejectedException(
					"Filen packas upp till orimligt mycket data (misstänkt zip-bomb) och lästes inte.",
					"Kontrollera filen med IT-avdelningen. " + saveAgain, ex);
		}
		if (messages.contains("undeclared general entity")) {
			return new FileRejectedException(
					"Filen innehåller en otillåten XML-konstruktion (en entitet som inte är definierad) och lästes inte, "
							+ "så att ingen text som inte står i filen hamnar i sammanställningen.",
					saveAgain, ex);
		}
		if (messages.contains("doctype") || messages.contains("dtd") || messages.contains("entity")) {
			return new FileRejectedException(
					"Filen innehåller otillåtna XML-konstruktioner (externa entiteter) och lästes inte av säkerhetsskäl.",
					saveAgain, ex);
		}
		return new FileRejectedException("Filen är skadad eller ofullständig och kan inte öppnas som " + from.file() + ".",
				"Öppna filen i " + from.program() + " för att se att den fungerar, spara den på nytt och skicka den igen.",
				ex);
	}

	/** A file protected by a password: its content is encrypted and cannot be read. */
	static FileRejectedException encrypted(OfficeProgram from) {
		String advice = switch (from) {
			case EXCEL -> "Ta bort lösenordsskyddet (Arkiv > Info > Skydda arbetsbok) och skicka filen igen.";
			case WORD -> "Ta bort lösenordsskyddet (Arkiv > Info > Skydda dokument) och skicka filen igen.";
			case OPENDOCUMENT -> "Spara filen utan lösenord (Arkiv > Spara som, utan 'Spara med lösenord') och skicka "
					+ "den igen.";
		};
		return new FileRejectedException("Filen är lösenordsskyddad eller krypterad och kan inte läsas.", advice);
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
