package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import se.ikkonsolidering.ingest.FileFormat;

/**
 * What an OLE2 compound document is, from the streams in its root: an Excel 97–2003 workbook, a Word 97–2003
 * document, an Outlook message, a PowerPoint presentation, or an encrypted Office Open XML file.
 */
final class OleContents {

	FileFormat format(Path file) {
		Set<String> names = new HashSet<>();
		OfficeProgram guess = OfficeProgram.byName(NativeNames.displayName(file));
		try (POIFSFileSystem fs = NativeNames.open(file, f -> new POIFSFileSystem(f, true))) {
			for (Entry entry : fs.getRoot()) {
				names.add(entry.getName());
			}
		}
		catch (IOException | RuntimeException ex) {
			throw Rejections.unreadable(ex, guess);
		}
		if (names.contains("EncryptedPackage")) {
			throw Rejections.encrypted(guess);
		}
		if (names.contains("Workbook") || names.contains("WORKBOOK") || names.contains("Book")) {
			return FileFormat.OLE2;
		}
		if (names.contains("WordDocument")) {
			return FileFormat.DOC;
		}
		if (names.contains("PowerPoint Document")) {
			throw Unreadable.PRESENTATION.rejection();
		}
		if (names.stream().anyMatch(n -> n.startsWith("__substg1.0_") || n.startsWith("__properties_version"))) {
			return FileFormat.EMAIL;
		}
		throw Unreadable.UNKNOWN.rejection();
	}
}
