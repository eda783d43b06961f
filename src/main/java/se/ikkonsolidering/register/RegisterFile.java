package se.ikkonsolidering.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

import se.ikkonsolidering.ingest.DelimitedText;

/**
 * Reads the register ({@code nämnd;alias}, aliases {@code |}-separated) from its decoded text. Anything that would
 * put a follow-up under the wrong nämnd is refused with the line it is on rather than read: another header, a third
 * column, a name without nämnd, or a name or alias that stands for two nämnder (compared as {@link NamndMatcher}
 * compares them, without case and diacritics). Blank lines, {@code #} comments and the empty columns Excel leaves
 * after a stray edit are skipped.
 */
final class RegisterFile {

	private static final String EXPECTED = "the header 'nämnd;alias' (then one nämnd per line, its aliases separated "
			+ "by |)";

	private final Path file;
	private final char delimiter;
	/** Each name and alias read so far, folded, with the nämnd it stands for. */
	private final Map<String, Claim> claims = new HashMap<>();

	private RegisterFile(Path file, char delimiter) {
		this.file = file;
		this.delimiter = delimiter;
	}

	static Register parse(Path file, DelimitedText content) {
		return new RegisterFile(file, content.delimiter()).parse(content.text().split("\r\n|\r|\n", -1));
	}

	private Register parse(String[] lines) {
		List<Register.Namnd> namnder = new ArrayList<>();
		boolean headerRead = false;
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			List<String> fields = fields(line, i + 1);
			if (!headerRead) {
				if (fields.size() != 2 || !fields.get(0).equalsIgnoreCase("nämnd")
						|| !fields.get(1).equalsIgnoreCase("alias")) {
					throw refusal("the first line is '" + line + "', but it must be " + EXPECTED);
				}
				headerRead = true;
				continue;
			}
			namnder.add(namnd(line, fields, i + 1));
		}
		if (!headerRead) {
			throw refusal("the file is empty, but it must start with " + EXPECTED);
		}
		return new Register(namnder);
	}

	private Register.Namnd namnd(String line, List<String> fields, int number) {
		if (fields.size() > 2) {
			throw refusal("line " + number + " has " + fields.size() + " columns ('" + line
					+ "'), expected 2: nämnd;alias, the aliases separated by |");
		}
		String name = fields.get(0);
		if (name.isEmpty()) {
			throw refusal("line " + number + " ('" + line + "') has no nämnd name in its first column");
		}
		List<String> aliases = fields.size() < 2 ? List.of()
				: Arrays.stream(fields.get(1).split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
		claim(name, name, number);
		aliases.forEach(alias -> claim(alias, name, number));
		return new Register.Namnd(name, aliases);
	}

	/**
	 * Records that the text stands for the nämnd on the line; refuses it when it already stands for another, unless
	 * both lines give it as an alias: a förvaltning serving two nämnder ("Samhällsbyggnadsförvaltningen") is theirs
	 * together and names neither alone.
	 */
	private void claim(String text, String namnd, int line) {
		boolean alias = !text.equals(namnd);
		Claim earlier = claims.putIfAbsent(NamndMatcher.fold(text), new Claim(namnd, line, alias));
		if (earlier == null || earlier.line() == line || alias && earlier.alias()) {
			return;
		}
		if (text.equals(namnd) && NamndMatcher.fold(earlier.namnd()).equals(NamndMatcher.fold(namnd))) {
			throw refusal("'" + text + "' on line " + line + " is already listed on line " + earlier.line()
					+ "; list each nämnd once, with all its aliases on its line");
		}
		throw refusal("'" + text + "' stands for " + earlier.namnd() + " (line " + earlier.line() + ") and for " + namnd
				+ " (line " + line + "); a nämnd's name may stand for that nämnd only");
	}

	/** The line's fields, trimmed, without the empty ones at its end. */
	private List<String> fields(String line, int number) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).get();
		List<String> fields;
		try (CSVParser parser = CSVParser.parse(line, format)) {
			fields = new ArrayList<>(parser.getRecords().get(0).toList());
		}
		catch (IOException | UncheckedIOException ex) {
			throw refusal("line " + number + " ('" + line + "') cannot be read: " + ex.getMessage());
		}
		while (fields.size() > 1 && fields.get(fields.size() - 1).isEmpty()) {
			fields.remove(fields.size() - 1);
		}
		return fields;
	}

	private RegisterException refusal(String problem) {
		return new RegisterException("Register " + file + ": " + problem);
	}

	private record Claim(String namnd, int line, boolean alias) {
	}
}
