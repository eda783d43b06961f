package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.ikkonsolidering.ingest.FileFormat;
import se.ikkonsolidering.ingest.FileRejectedException;

/**
 * Tells which format a file is from its first bytes (cf. fastexcel's header signatures) and, for a zip or an OLE2
 * container, from the parts inside it: a Word document renamed .xlsx is still read as Word, and a PDF renamed .xlsx
 * is refused as a PDF. A file we do not read is refused with what to send instead.
 */
public final class FormatSniffer {

	/** How many leading bytes {@link #sniff} needs. */
	public static final int HEAD_BYTES = 512;

	private static final byte[] ZIP = { 0x50, 0x4B, 0x03, 0x04 };
	private static final byte[] EMPTY_ZIP = { 0x50, 0x4B, 0x05, 0x06 };
	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };
	private static final List<byte[]> IMAGES = List.of(new byte[] { (byte) 0x89, 'P', 'N', 'G' },
			new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, "GIF8".getBytes(StandardCharsets.US_ASCII),
			new byte[] { 'I', 'I', 0x2A, 0x00 }, new byte[] { 'M', 'M', 0x00, 0x2A });
	/** HEIC/HEIF (iPhone photos) and AVIF: an ISO media file whose brand names an image format. */
	private static final List<String> IMAGE_BRANDS = List.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1",
			"msf1", "avif");
	private static final List<String> WEB_NAMES = List.of(".htm", ".html", ".mht", ".mhtml", ".xml", ".json");
	/** "<!DOCTYPE html>", "<html …>", or a bare "<table>" a system writes: the opening of a web page. */
	private static final Pattern HTML_START = Pattern.compile(
			"(?is)(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*"
					+ "(<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<table[\\s>]|<meta[\\s>])");
	/** Header fields that only an e-mail message starts with. */
	private static final Pattern EMAIL_FIELD = Pattern.compile(
			"(?im)^(received|return-path|message-id|mime-version|delivered-to|x-mailer|dkim-signature):");
	/** A flat OpenDocument file's root element, namespaces and all, fits in this many bytes. */
	private static final int FLAT_ROOT_BYTES = 16 * 1024;
	private static final Pattern FLAT_KIND = Pattern.compile("<office:document\\b[^>]*\\soffice:mimetype="
			+ "\"application/vnd\\.oasis\\.opendocument\\.(spreadsheet|text)\"");
	private static final Pattern HEADER_LINE = Pattern.compile("^([!-9;-~]+:[ \\t].*|[ \\t].*)$");

	private final ZipContents zips = new ZipContents();
	private final OleContents oles = new OleContents();

	/** The format to read the file as; throws a {@link FileRejectedException} for a file that is not read. */
	public FileFormat sniff(Path file, byte[] head) {
		String name = NativeNames.displayName(file).toLowerCase(Locale.ROOT);
		if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) {
			return zips.format(file, OfficeProgram.byName(name));
		}
		if (startsWith(head, OLE)) {
			return oles.format(file);
		}
		Optional<FileFormat> flat = flatOpenDocument(file, head);
		if (flat.isPresent()) {
			return flat.get();
		}
		if (new String(head, 0, Math.min(head.length, 8), StandardCharsets.ISO_8859_1).startsWith("{\\rtf")) {
			return FileFormat.RTF;
		}
		Optional<Unreadable> unreadable = findUnreadable(head, name);
		if (unreadable.isPresent()) {
			throw unreadable.get().rejection();
		}
		String text = TextDecoder.decode(head).text().replace("\uFEFF", "").stripLeading();
		if (isHtml(text)) {
			return FileFormat.HTML;
		}
		return name.endsWith(".eml") || isEmail(text) ? FileFormat.EMAIL : FileFormat.TEXT;
	}

	/**
	 * A web page: an HTML document's opening, whatever the file is named (a system's export "rapport.xls" is often
	 * one). An e-mail's HTML part, XML and JSON are no page.
	 */
	private static boolean isHtml(String text) {
		return HTML_START.matcher(text).lookingAt();
	}

	/** What a file that is no container is when it is not text to read as CSV: a PDF, an image, an e-mail …. */
	private static Optional<Unreadable> findUnreadable(byte[] head, String name) {
		String ascii = new String(head, StandardCharsets.ISO_8859_1);
		if (ascii.contains("%PDF-")) {
			return Optional.of(Unreadable.PDF);
		}
		if (IMAGES.stream().anyMatch(magic -> startsWith(head, magic)) || isIsoImage(ascii)
				|| (ascii.startsWith("RIFF") && ascii.startsWith("WEBP", 8))) {
			return Optional.of(Unreadable.IMAGE);
		}
		if (!TextDecoder.isText(head)) {
			return Optional.of(Unreadable.UNKNOWN);
		}
		String text = TextDecoder.decode(head).text().replace("\uFEFF", "").stripLeading();
		if (name.endsWith(".eml") || isEmail(text)) {
			return Optional.empty();
		}
		if (!isHtml(text) && (WEB_NAMES.stream().anyMatch(name::endsWith) || text.startsWith("<"))) {
			return Optional.of(Unreadable.WEB_PAGE);
		}
		return Optional.empty();
	}

	/**
	 * LibreOffice's "Flat XML" (.fods, .fodt): an OpenDocument spreadsheet or text as one XML document, its kind in
	 * the root element's {@code office:mimetype}, which follows the namespace declarations.
	 */
	private static Optional<FileFormat> flatOpenDocument(Path file, byte[] head) {
		String start = new String(head, StandardCharsets.ISO_8859_1);
		if (!start.stripLeading().startsWith("<")
				|| !start.contains(OdfPackage.OFFICE) && !start.contains("<office:document")) {
			return Optional.empty();
		}
		String root;
		try (InputStream in = Files.newInputStream(file)) {
			root = new String(in.readNBytes(FLAT_ROOT_BYTES), StandardCharsets.ISO_8859_1);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		Matcher kind = FLAT_KIND.matcher(root);
		if (!kind.find()) {
			return Optional.empty();
		}
		return Optional.of(kind.group(1).equals("spreadsheet") ? FileFormat.ODS : FileFormat.ODT);
	}

	private static boolean isIsoImage(String ascii) {
		return ascii.length() >= 12 && ascii.startsWith("ftyp", 4) && IMAGE_BRANDS.contains(ascii.substring(8, 12));
	}

	/** Header lines ("Received: …", "From: …") up to the first blank line, one of them a field only e-mail has. */
	private static boolean isEmail(String text) {
		String[] lines = text.split("\r?\n", 12);
		int fields = 0;
		for (int i = 0; i < Math.min(lines.length, 11) && !lines[i].isEmpty(); i++) {
			if (!HEADER_LINE.matcher(lines[i]).matches()) {
				return false;
			}
			fields++;
		}
		return fields >= 2 && EMAIL_FIELD.matcher(text).find();
	}

	static boolean startsWith(byte[] data, byte[] prefix) {
		return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
	}
}
