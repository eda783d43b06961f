package se.ikkonsolidering.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.datatypes.StringChunk;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;
import org.apache.poi.poifs.filesystem.FileMagic;

import se.ikkonsolidering.ingest.DocumentText;
import se.ikkonsolidering.ingest.FileFormat;
import se.ikkonsolidering.ingest.FileRejectedException;
import se.ikkonsolidering.ingest.RawSheet;
import se.ikkonsolidering.ingest.RawWorkbook;

/**
 * A saved e-mail (.eml, or Outlook's .msg): a nämnd's follow-up pasted into a forwarded message. Its text part, decoded from its
 * transfer encoding and charset, is read as a text file is (a table of tabs, or paragraphs); its subject is the file's
 * subject ("VB: IK-uppföljning VON tertial 2"). A message that only has an HTML part is read from its text, a cell a
 * tab and a row a line. An attachment in a format a follow-up comes in ("bifogar den som CSV") is read as that file
 * would be, its sheets after the message's text, where the codes it uses may be explained; the note says which
 * attachments were read and which not.
 */
public final class EmailReader {

	/** The most text read from a message's part; a follow-up pasted into a mail is a few pages. */
	private static final int MAX_BYTES = 16 * 1024 * 1024;
	private static final String UNNAMED = "utan namn";
	private static final Pattern CELL_END = Pattern.compile("(?i)</t[dh]\\s*>");
	private static final Pattern LINE_END = Pattern.compile("(?i)<br\\s*/?>|</(p|div|tr|li|h[1-6])\\s*>");
	private static final Pattern TAG = Pattern.compile("(?s)<!--.*?-->|<(script|style)[^>]*>.*?</\\1\\s*>|<[^>]+>");

	private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");
	/** The named characters a Swedish mail writes; "&amp;" last, so that "&amp;lt;" stays "&lt;". */
	private static final String[][] ENTITIES = { { "&nbsp;", " " }, { "&aring;", "å" }, { "&auml;", "ä" },
			{ "&ouml;", "ö" }, { "&Aring;", "Å" }, { "&Auml;", "Ä" }, { "&Ouml;", "Ö" }, { "&eacute;", "é" },
			{ "&ndash;", "–" }, { "&mdash;", "—" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
			{ "&amp;", "&" } };

	/** The formats a follow-up is sent in; a picture, a signature or another mail attached is no follow-up. */
	private static final Pattern READABLE = Pattern.compile("(?i).+\\.(xlsx|xlsm|xls|csv|txt|tsv|docx|doc|odt|ods|fods"
			+ "|fodt|rtf|html?)");

	private final CsvSheetReader text = new CsvSheetReader();

	/**
	 * @param head the file's first bytes, as the format was sniffed from them: an Outlook message is an OLE2 file
	 * @param files how an attached file is read, as any file of the inbox is
	 */
	public RawWorkbook read(Path file, byte[] head, Function<Path, RawWorkbook> files) {
		if (FileMagic.valueOf(head) == FileMagic.OLE2) {
			return readOutlook(file, files);
		}
		Message message;
		try (InputStream in = Files.newInputStream(file)) {
			DefaultMessageBuilder builder = new DefaultMessageBuilder();
			// Bounded, as every other format's reader: a mail of a few pages, not a mailbox.
			builder.setMimeEntityConfig(new MimeConfig.Builder().setMaxLineLen(100_000).setMaxHeaderCount(1_000)
				.setMaxHeaderLen(100_000).setMaxContentLen(64L * 1024 * 1024).setMaxPartCount(200).setMaxNestingDepth(20)
				.build());
			message = builder.parseMessage(in);
		}
		catch (IOException | RuntimeException ex) {
			throw damaged(ex);
		}
		try {
			List<Attachment> attachments = new ArrayList<>();
			Optional<Part> plain = part(message, "text/plain", attachments);
			Optional<Part> body = plain.or(() -> part(message, "text/html", new ArrayList<>())
				.map(html -> new Part(fromHtml(html.text()), html.charset())));
			return workbook(file, body, plain.isPresent(), message.getSubject(), attachments, files);
		}
		finally {
			message.dispose();
		}
	}

	/** An Outlook message (.msg), read by POI's HSMF: its plain body, else its HTML body. */
	private RawWorkbook readOutlook(Path file, Function<Path, RawWorkbook> files) {
		try (InputStream in = Files.newInputStream(file); MAPIMessage message = new MAPIMessage(in)) {
			message.setReturnNullOnMissingChunk(true);
			List<Attachment> attachments = new ArrayList<>();
			for (AttachmentChunks attachment : message.getAttachmentFiles()) {
				StringChunk name = attachment.getAttachLongFileName() != null ? attachment.getAttachLongFileName()
						: attachment.getAttachFileName();
				byte[] data = attachment.getAttachData() == null ? null : attachment.getAttachData().getValue();
				attachments.add(new Attachment(name == null ? UNNAMED : name.getValue(), data));
			}
			String plain = message.getTextBody();
			Optional<Part> body = plain != null && !plain.isBlank() ? Optional.of(new Part(plain, "Unicode"))
					: Optional.ofNullable(message.getHtmlBody()).map(html -> new Part(fromHtml(html), "Unicode"));
			return workbook(file, body, plain != null && !plain.isBlank(), message.getSubject(), attachments, files);
		}
		catch (IOException | ChunkNotFoundException | RuntimeException ex) {
			throw ex instanceof FileRejectedException rejected ? rejected : damaged(ex);
		}
	}

	private static FileRejectedException damaged(Exception ex) {
		return new FileRejectedException("E-postmeddelandet är skadat och kan inte läsas.",
				"Kopiera uppföljningen ur meddelandet till en Excel- eller Word-fil och lägg den i inkorgen.", ex);
	}

	/**
	 * The message's text read as a text file, then the sheets of its attachments that were read; its subject is the
	 * file's subject, and the notes name the attachments read and those not.
	 */
	private RawWorkbook workbook(Path file, Optional<Part> body, boolean plain, String subject,
			List<Attachment> attachments, Function<Path, RawWorkbook> files) {
		boolean hasBody = body.isPresent() && !body.get().text().isBlank();
		List<RawSheet> sheets = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		List<DocumentText> texts = new ArrayList<>();
		FileFormat format = FileFormat.EMAIL;
		if (hasBody) {
			String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
			RawWorkbook read = text.read(new CsvSheetReader.DecodedText(body.get().text(), StandardCharsets.UTF_8,
					body.get().charset() + " i e-postmeddelandets " + (plain ? "textdel" : "HTML-del")), name);
			format = read.format();
			sheets.addAll(read.sheets());
			notes.addAll(read.notes());
			texts.addAll(read.texts());
		}
		List<AutoCloseable> opened = new ArrayList<>();
		List<String> unread = new ArrayList<>();
		List<String> refused = new ArrayList<>();
		for (Attachment attachment : attachments) {
			Optional<RawWorkbook> read = attachment.read(files, unread, refused);
			read.ifPresent(workbook -> {
				opened.add(workbook);
				sheets.addAll(workbook.sheets());
				texts.addAll(workbook.texts());
				notes.add("bilagan " + attachment.name() + " lästes" + (workbook.notes().isEmpty() ? ""
						: " (" + String.join(", ", workbook.notes()) + ")"));
			});
		}
		if (sheets.isEmpty()) {
			throw new FileRejectedException("E-postmeddelandet har ingen text att läsa"
					+ (unread.isEmpty() ? "." : "; uppföljningen ligger i bilagan " + String.join(", ", unread) + "."
							+ (refused.isEmpty() ? "" : " " + String.join(" ", refused))),
					"Spara bilagan med uppföljningen ur e-postmeddelandet och lägg den i inkorgen.");
		}
		if (!unread.isEmpty()) {
			notes.add("meddelandets bilagor lästes inte (" + String.join(", ", unread)
					+ "); lägg dem i inkorgen om uppföljningen står där");
		}
		notes.addAll(refused);
		if (subject != null && !subject.isBlank()) {
			texts.add(new DocumentText(DocumentText.Kind.SUBJECT, subject.strip()));
		}
		return new RawWorkbook(format, sheets, notes, texts, () -> {
			for (AutoCloseable workbook : opened) {
				workbook.close();
			}
		});
	}

	/**
	 * The first part of the type, depth first through multiparts and forwarded messages; the file names of the
	 * attachments met on the way are added to {@code attachments}.
	 */
	private static Optional<Part> part(Entity entity, String mimeType, List<Attachment> attachments) {
		Body body = entity.getBody();
		if (body instanceof Multipart multipart) {
			Optional<Part> found = Optional.empty();
			for (Entity child : multipart.getBodyParts()) {
				Optional<Part> inChild = part(child, mimeType, attachments);
				if (found.isEmpty()) {
					found = inChild;
				}
			}
			return found;
		}
		if (body instanceof Message forwarded) {
			return part(forwarded, mimeType, attachments);
		}
		boolean attached = entity.getFilename() != null || "attachment".equalsIgnoreCase(entity.getDispositionType());
		if (attached) {
			attachments.add(new Attachment(entity.getFilename() == null ? UNNAMED : entity.getFilename(), bytes(body)));
			return Optional.empty();
		}
		if (body instanceof TextBody textBody && mimeType.equals(entity.getMimeType().toLowerCase(Locale.ROOT))) {
			try (InputStream in = textBody.getInputStream()) {
				byte[] bytes = in.readNBytes(MAX_BYTES);
				// A part that names no charset but holds eight-bit text (a mail saved by hand) is decoded as a text
				// file is, its charset found from its bytes.
				String declared = textBody.getMimeCharset();
				boolean named = declared != null && !declared.equalsIgnoreCase("us-ascii") && Charset.isSupported(declared);
				if (named) {
					return Optional.of(new Part(new String(bytes, Charset.forName(declared)), declared.toUpperCase(Locale.ROOT)));
				}
				CsvSheetReader.DecodedText decoded = TextDecoder.decode(bytes);
				return Optional.of(new Part(decoded.text(), decoded.charsetLabel()));
			}
			catch (IOException ex) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	/** An attached file's bytes, up to the most read of any part; none when they cannot be had. */
	private static byte[] bytes(Body body) {
		if (!(body instanceof SingleBody single)) {
			return null;
		}
		try (InputStream in = single.getInputStream()) {
			return in.readNBytes(MAX_BYTES);
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** A file attached to the message, by its name; its bytes, or none when they could not be had. */
	private record Attachment(String name, byte[] bytes) {

		/**
		 * The attachment read as the file it is, through a copy in a folder of its own that is deleted once the
		 * workbook is closed (a spreadsheet's sheets stream from the file); the name of one not read is added to
		 * {@code unread}, and why to {@code refused} when its reader refused it.
		 */
		Optional<RawWorkbook> read(Function<Path, RawWorkbook> files, List<String> unread, List<String> refused) {
			// Only the name's last part, of letters a file system takes: "../../x.csv" is "x.csv".
			String fileName = name.replaceAll(".*[/\\\\]", "").replaceAll("[\\x00-\\x1F:*?\"<>|]", "_");
			if (bytes == null || bytes.length == 0 || !READABLE.matcher(fileName).matches()) {
				unread.add(name);
				return Optional.empty();
			}
			Path copy = null;
			try {
				copy = Files.createTempDirectory("ik-bilaga").resolve(fileName);
				Files.write(copy, bytes);
				RawWorkbook workbook = files.apply(copy);
				Path written = copy;
				return Optional.of(new RawWorkbook(workbook.format(), workbook.sheets(), workbook.notes(),
						workbook.texts(), () -> {
							workbook.close();
							deleteQuietly(written);
						}));
			}
			catch (FileRejectedException ex) {
				unread.add(name);
				refused.add("Bilagan " + name + " gick inte att läsa: " + ex.getMessage());
				deleteQuietly(copy);
				return Optional.empty();
			}
			catch (IOException | RuntimeException ex) {
				unread.add(name);
				deleteQuietly(copy);
				return Optional.empty();
			}
		}

		/** The copy and the folder made for it alone. */
		private static void deleteQuietly(Path copy) {
			if (copy == null) {
				return;
			}
			try {
				Files.deleteIfExists(copy);
				Files.deleteIfExists(copy.getParent());
			}
			catch (IOException ex) {
				// A temporary copy left behind is cleaned with the system's temporary files; nothing is lost.
			}
		}
	}

	/** A text part's words, decoded, and the charset it was written in. */
	private record Part(String text, String charset) {
	}

	/** An HTML part's text: a table cell ends with a tab, a row, paragraph or line break with a line. */
	private static String fromHtml(String html) {
		String marked = LINE_END.matcher(CELL_END.matcher(html).replaceAll("\t")).replaceAll("\n");
		String text = TAG.matcher(marked).replaceAll("");
		text = NUMERIC_ENTITY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(Character.toString(
				m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2)))));
		for (String[] entity : ENTITIES) {
			text = text.replace(entity[0], entity[1]);
		}
		// A row's last cell ends with a tab before its line end: the tab is no empty cell after it.
		return text.replaceAll("[ \\t]*\\n", "\n").replaceAll("\\n{3,}", "\n\n");
	}
}
