package se.ikkonsolidering.ingest.internal;

import java.util.Locale;

/** The program a file comes from, named in a rejection so the sender knows where to open and save it again. */
enum OfficeProgram {

	EXCEL("Excel-fil", "Excel"), WORD("Word-dokument", "Word"), OPENDOCUMENT("OpenDocument-fil", "LibreOffice");

	private final String file;
	private final String program;

	OfficeProgram(String file, String program) {
		this.file = file;
		this.program = program;
	}

	/** "Excel-fil", "Word-dokument". */
	String file() {
		return file;
	}

	/** "Excel", "Word". */
	String program() {
		return program;
	}

	/** The program a file's name suggests, for a file too broken to tell by its content; Excel when in doubt. */
	static OfficeProgram byName(String fileName) {
		String lower = fileName.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".docx") || lower.endsWith(".docm")) {
			return WORD;
		}
		if (lower.endsWith(".ods") || lower.endsWith(".odt")) {
			return OPENDOCUMENT;
		}
		return EXCEL;
	}
}
