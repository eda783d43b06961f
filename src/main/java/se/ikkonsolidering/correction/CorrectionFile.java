package se.ikkonsolidering.correction;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.ikkonsolidering.ingest.FileRejectedException;
import se.ikkonsolidering.ingest.RawCell;
import se.ikkonsolidering.ingest.RawRow;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.RawWorkbook;
import se.ikkonsolidering.ingest.WorkbookReader;

/**
 * The economy office's corrections workbook: its edited copy of {@code rattelser.xlsx}, read as the inbox's files are
 * read (so it may also be saved as .ods or .xls). The rows are read from the sheet {@value CorrectionColumn#SHEET},
 * or the first visible sheet when none is named so, under a header row naming the columns.
 */
public final class CorrectionFile {

	private final Path path;

	public CorrectionFile(Path path) {
		this.path = path;
	}

	public Path path() {
		return path;
	}

	public boolean exists() {
		return Files.isRegularFile(path);
	}

	/**
	 * Whether the file is there and is not the one last applied, whose SHA-256 is given. A file that is there but
	 * cannot be read counts as changed, so the run reports it.
	 */
	public boolean changedSince(Optional<String> applied) {
		try {
			return exists() && !applied.equals(Optional.of(sha256()));
		}
		catch (UncheckedIOException ex) {
			return true;
		}
	}

	/** The content's SHA-256, hex. */
	String sha256() {
		try (InputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The rows under the header row, blank ones left out.
	 * @throws CorrectionFileException with a Swedish reason when the file cannot be opened or holds no such table
	 */
	List<CorrectionLine> lines() {
		try (RawWorkbook workbook = new WorkbookReader().read(path)) {
			RawSheet sheet = sheet(workbook).orElseThrow(() -> new CorrectionFileException("filen har ingen synlig flik."));
			Map<Integer, CorrectionColumn> columns = null;
			List<CorrectionLine> lines = new ArrayList<>();
			for (RawRow row : sheet.rows()) {
				if (row.isBlank()) {
					continue;
				}
				if (columns == null) {
					columns = columns(row);
					continue;
				}
				Map<CorrectionColumn, String> cells = new EnumMap<>(CorrectionColumn.class);
				for (RawCell cell : row.nonBlankCells()) {
					CorrectionColumn column = columns.get(cell.column());
					if (column != null) {
						cells.put(column, unquoted(cell.text().strip()));
					}
				}
				lines.add(new CorrectionLine(row.number(), cells));
			}
			if (columns == null) {
				throw new CorrectionFileException("fliken '" + sheet.name() + "' är tom.");
			}
			return lines;
		}
		catch (FileRejectedException ex) {
			throw new CorrectionFileException(ex.getMessage());
		}
	}

	/** A text the job wrote with an apostrophe in front, so no spreadsheet runs it as a formula, as it was. */
	private static String unquoted(String text) {
		return text.matches("(?s)'[=+\\-@].*") ? text.substring(1) : text;
	}

	private static Optional<RawSheet> sheet(RawWorkbook workbook) {
		List<RawSheet> visible = workbook.sheets().stream().filter(s -> !s.hidden()).toList();
		return visible.stream()
			.filter(s -> s.name().equalsIgnoreCase(CorrectionColumn.SHEET))
			.findFirst()
			.or(() -> visible.stream().findFirst());
	}

	/** The header row's columns; the key columns must be there. */
	private static Map<Integer, CorrectionColumn> columns(RawRow header) {
		Map<Integer, CorrectionColumn> columns = new HashMap<>();
		for (RawCell cell : header.nonBlankCells()) {
			CorrectionColumn.of(cell.text()).ifPresent(c -> columns.putIfAbsent(cell.column(), c));
		}
		for (CorrectionColumn key : List.of(CorrectionColumn.SHA256, CorrectionColumn.FLIK, CorrectionColumn.RAD)) {
			if (!columns.containsValue(key)) {
				throw new CorrectionFileException("rubrikraden (rad " + header.number() + ") saknar kolumnen '"
						+ key.header() + "', som rättelserna knyts till filen med. Utgå från rattelser.xlsx som jobbet "
						+ "skriver.");
			}
		}
		return columns;
	}
}
