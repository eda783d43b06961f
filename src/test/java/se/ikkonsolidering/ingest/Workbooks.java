package se.ikkonsolidering.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes small workbooks for ingest tests. */
final class Workbooks {

	private Workbooks() {
	}

	static Path xlsx(Path file, String[]... rows) throws IOException {
		try (Workbook workbook = new XSSFWorkbook()) {
			fill(workbook.createSheet("Uppföljning"), rows);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

	static Path xls(Path file, String[]... rows) throws IOException {
		try (Workbook workbook = new HSSFWorkbook()) {
			fill(workbook.createSheet("Uppföljning"), rows);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

	static Path encryptedXlsx(Path file, Path plain) throws Exception {
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("hemligt");
			try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
					OutputStream out = encryptor.getDataStream(fs)) {
				opc.save(out);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		return file;
	}

	static Path encryptedXls(Path file, String[]... rows) throws IOException {
		Biff8EncryptionKey.setCurrentUserPassword("hemligt");
		try {
			return xls(file, rows);
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}
	}

	private static void fill(Sheet sheet, String[]... rows) {
		for (int r = 0; r < rows.length; r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < rows[r].length; c++) {
				if (rows[r][c] != null) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
		}
	}
}
