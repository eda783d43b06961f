package se.ikkonsolidering.layout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.ikkonsolidering.ingest.CellWords;

/**
 * The labels of {@code etiketter.csv}: "Nämnd/enhet: Kommunledningskontoret", "År: 2021", "Process: …",
 * "Kommentarer:" and the like, recognised at the start of a cell.
 */
public final class Labels {

	/** What a label introduces. */
	public enum Kind {
		NAMND, AR, PERIOD, BEDOMNING, SEKTION, NOT, INLINE_RESULTAT,
		/** A value that ticks a column ("x", "✓"). */
		MARKERING,
		/** A box left unticked ("☐"): no answer, as a blank cell. */
		TOM_RUTA,
		/** The heading of a legend ("Teckenförklaring", "Statuskoder"). */
		FORKLARING,
		/** A totals line ("Summa", "Antal genomförda"): the rows counted, not a control. */
		SUMMA,
		/** The heading of a summary under the controls ("Sammanställning delår"): its rows count them. */
		SAMMANSTALLNING,
		/** Who, where and when the file was made or signed ("Upprättad av", "Exporterad", "Underskrift"). */
		SIGNATUR,
		/** A sentence giving the nämnd's overall assessment ("Den interna kontrollen bedöms som tillräcklig."). */
		BEDOMNINGSMENING,
		/**
		 * The words a sentence about every control of the plan opens with ("Samtliga kontrollmoment …"): what it says
		 * of them is the status of each control under it that reports nothing of its own.
		 */
		SAMTLIGA,
		/** What such a sentence says was done with them ("har genomförts", "är utförda"). */
		SAMTLIGA_UTFALL,
		/** Words that make such a sentence say nothing of each control: an exception, or what is yet to come. */
		FORBEHALL,
		/** How to fill in the template ("Markera med X i rätt kolumn."): an instruction, not a control. */
		INSTRUKTION,
		/** How a control is carried out ("Metod:"), not what it checks: under a heading naming the control. */
		METOD,
		/**
		 * An action decided after the control ("Åtgärd: Mall för beslut införs i Treserva"), on a row of its own under
		 * it: the control's action, not a control.
		 */
		ATGARD,
		/** A template's example row ("Exempel: Kontroll av att …"), not a control. */
		EXEMPEL,
		/** The heading of a table the file keeps but says is superseded ("Tidigare version – ej aktuell"). */
		TIDIGARE_VERSION,
		/**
		 * A log of the changes made to the follow-up ("Ändringslogg", "Versionshistorik"), as a sheet's name or title:
		 * the changes stand in the follow-up's own table, the log's rows are no controls.
		 */
		ANDRINGSLOGG,
		/**
		 * A timetable of the reporting ("Tidplan", "Hålltider"), as a sheet's name or the heading right above its
		 * table: its rows are dates and steps, no controls.
		 */
		TIDPLAN,
		/** A note pointing to the legend ("Bedömning enligt flik Förklaring."), not a control. */
		HANVISNING,
		/** A plan's risk with no control of its own ("Ingen kontroll – hanteras i ordinarie SBA-arbete"). */
		INGEN_KONTROLL,
		/**
		 * A sentence saying the nämnd has no plan or nothing to follow up ("Valnämnden har inte antagit någon
		 * internkontrollplan för 2025"): a document without a table that answers it has none.
		 */
		INGEN_PLAN,
		/** A template's text in a field nobody filled in ("Välj status", "[Skriv kontrollmoment här]"): a blank cell. */
		PLATSHALLARE,
		/** A heading's word for controls several nämnder share ("Gemensamma kontrollmoment för BN och MN"). */
		GEMENSAM
	}

	private static final Pattern TRAILING_YEAR = Pattern.compile("\\s+(20\\d\\d)$");
	/** A remark in brackets closing a label: " (från 2024)" of "Åtgärd (från 2024)". */
	private static final Pattern REMARK = Pattern.compile("\\s*\\([^()]*\\)$");
	/** The number of a note or attachment among others: " 2" of "Bilaga 2". */
	private static final Pattern NOTE_NUMBER = Pattern.compile("\\s+\\d{1,2}$");
	/** "Nämnd är Socialnämnden", "År = 2025": a filter's field and the value it keeps. */
	private static final Pattern FILTER_LINE = Pattern.compile("(?i)(\\p{L}[\\p{L} /-]{0,30}?)\\s+(?:är|=|is)\\s+(\\S.{0,80})");
	private static final Set<Kind> FILTERED_BY = Set.of(Kind.NAMND, Kind.AR, Kind.PERIOD);
	private static final int MAX_PLACEHOLDER = 80;
	/** "år" without its ring is "ar", a word of its own: a label is written without its marks from five letters on. */
	private static final int MIN_UNACCENTED = 5;
	/** "[Skriv kontrollmoment här]", "<ange>", "{Nämnd}": a word of three letters at least, in brackets. */
	private static final Pattern BRACKETED = Pattern.compile("\\[[^\\[\\]]*\\p{L}{3}[^\\[\\]]*\\]|<[^<>]*\\p{L}{3}[^<>]*>"
			+ "|\\{[^{}]*\\p{L}{3}[^{}]*\\}");
	/**
	 * "Klicka eller tryck här för att skriva text.", "Beskriv resultatet här": a template's own words telling where to
	 * write, in any wording, which no follow-up writes as its answer.
	 */
	private static final Pattern FILL_IN_HERE = Pattern.compile("(?iu)(klicka|tryck|skriv|ange|beskriv|fyll i|click|tap"
			+ "|type|enter)\\b(\\s+\\S+){0,5}?\\s+(här|here)(\\s+(för att|to)\\s[^.!?:]{1,30})?[.…]*");
	/** The first letters of {@link #FILL_IN_HERE}'s verbs: most cells open with none, and skip the pattern. */
	private static final String FILL_IN_START = "ktsabfce";
	/** "Välj…", "Välj ett objekt.": a placeholder's dots or colon. */
	private static final Pattern PLACEHOLDER_END = Pattern.compile("[\\s.…:]+$");

	private final List<Label> labels;
	/** The labels' texts by kind: a whole cell is looked up, on every row of a long sheet. */
	private final Map<Kind, Set<String>> texts;
	/** "Beskrivning och resultat av kontrollaktivitet:" at the start of a later line, one pattern per label. */
	private final List<Pattern> inlineResults;

	Labels(List<Label> labels) {
		// Longest first so "nämnd/enhet" wins over "nämnd".
		// A placeholder is a whole cell, and a shared section's word a word of its heading: never a label before a value.
		this.labels = labels.stream()
			.filter(l -> l.kind() != Kind.PLATSHALLARE && l.kind() != Kind.GEMENSAM)
			.sorted(Comparator.comparingInt((Label l) -> l.text().length()).reversed())
			.toList();
		this.texts = labels.stream().collect(Collectors.groupingBy(Label::kind, () -> new EnumMap<>(Kind.class),
				Collectors.mapping(Label::text, Collectors.toUnmodifiableSet())));
		this.inlineResults = this.labels.stream()
			.filter(l -> l.kind() == Kind.INLINE_RESULTAT)
			.map(l -> Pattern.compile("(?iu)(^|\\R)\\s*" + Pattern.quote(l.text()) + "\\s*:"))
			.toList();
	}

	public static Labels load(Path configDir) {
		List<Label> labels = new ArrayList<>();
		for (String[] row : RuleFile.read("etiketter.csv", 2, configDir)) {
			labels.add(new Label(Kind.valueOf(row[0]), HeaderText.spaced(row[1])));
		}
		return new Labels(withUnaccented(labels));
	}

	/**
	 * The labels also as a system without Swedish letters writes them ("Upprattad av", "Namnd:"), when the plain form is
	 * long enough not to be another word and no label of another kind.
	 */
	private static List<Label> withUnaccented(List<Label> labels) {
		Map<String, Kind> kinds = new HashMap<>();
		labels.forEach(l -> kinds.put(l.text(), l.kind()));
		List<Label> all = new ArrayList<>(labels);
		for (Label label : labels) {
			String plain = CellWords.unaccented(label.text());
			if (!plain.equals(label.text()) && plain.length() >= MIN_UNACCENTED
					&& kinds.putIfAbsent(plain, label.kind()) == null) {
				all.add(new Label(label.kind(), plain));
			}
		}
		return all;
	}

	/** "Sammanfattande bedömning 2025" is the label "Sammanfattande bedömning" for that year. */
	private static String withoutYear(String label) {
		return TRAILING_YEAR.matcher(label).replaceFirst("");
	}

	/** "Etikett: värde" in one cell; the value may be empty ("Kommentarer:"). */
	public Optional<Labelled> parse(String cellText) {
		int colon = cellText.indexOf(':');
		if (colon <= 0 || colon > 80) {
			return filterLine(cellText);
		}
		String label = withoutYear(HeaderText.spaced(cellText.substring(0, colon)));
		String value = cellText.substring(colon + 1).strip();
		// "Bilaga 2:", "Not 1:": a note numbered among others.
		String unnumbered = NOTE_NUMBER.matcher(label).replaceFirst("");
		// "Åtgärd (från 2024):", "Kommentar (frivillig):": the label with a remark on it.
		String unremarked = REMARK.matcher(label).replaceFirst("");
		return labels.stream()
			.filter(l -> l.text().equals(label) || l.kind() == Kind.NOT && l.text().equals(unnumbered))
			.findFirst()
			.or(() -> labels.stream().filter(l -> !unremarked.equals(label) && l.text().equals(unremarked)).findFirst())
			.map(l -> new Labelled(l.kind(), value));
	}

	/**
	 * A report tool's filter line under its table ("Tillämpade filter:" then "Nämnd är Socialnämnden", "År är 2025"):
	 * the nämnd, year or period the rows were selected by.
	 */
	private Optional<Labelled> filterLine(String cellText) {
		Matcher m = FILTER_LINE.matcher(cellText.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		String label = HeaderText.spaced(m.group(1));
		return labels.stream()
			.filter(l -> l.text().equals(label) && FILTERED_BY.contains(l.kind()))
			.findFirst()
			.map(l -> new Labelled(l.kind(), m.group(2).strip()));
	}

	/** The cell is exactly a label of the kind, with or without colon (its value stands in the next cell). */
	public boolean isLabel(Kind kind, String cellText) {
		return texts.getOrDefault(kind, Set.of()).contains(withoutYear(HeaderText.spaced(cellText)));
	}

	/**
	 * The text starts with a label of the kind as a word of its own ("Summa: 11", "Antal genomförda (kod 1): 5",
	 * "Exporterad 2026-02-03").
	 */
	public boolean startsWith(Kind kind, String cellText) {
		String text = HeaderText.spaced(cellText);
		for (Label label : labels) {
			if (label.kind() == kind && text.startsWith(label.text())
					&& (text.length() == label.text().length() || !Character.isLetterOrDigit(text.charAt(label.text().length())))) {
				return true;
			}
		}
		return false;
	}

	/** The text holds a phrase of the kind as whole words ("… den interna kontrollen bedöms …"). */
	public boolean mentions(Kind kind, String cellText) {
		String text = " " + HeaderText.spaced(cellText).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
		return texts.getOrDefault(kind, Set.of()).stream().anyMatch(label -> text.contains(" " + label + " "));
	}

	/**
	 * A label of the kind, with its colon, anywhere in the text: "Gymnasieförvaltningen. Handläggare: Per Sundqvist.
	 * Datum: 2026-05-07" says who made the document and when.
	 */
	public boolean labelsWithin(Kind kind, String cellText) {
		String text = " " + HeaderText.spaced(cellText).replaceAll("[^\\p{L}\\p{N}:]+", " ").replace(":", " : ") + " ";
		return texts.getOrDefault(kind, Set.of()).stream().anyMatch(l -> text.contains(" " + l + " : "));
	}

	/**
	 * Whether a cell holds only a template's placeholder: one of {@link Kind#PLATSHALLARE}'s texts ("Välj…", "Klicka
	 * eller tryck här för att ange text."), words in square or angle brackets ("[Skriv kontrollmoment här]",
	 * "<ange>"), or words telling where to write in a wording of the template's own ("Beskriv resultatet här."), which
	 * no follow-up writes as its own; a tick in brackets ("[x]") is no placeholder.
	 */
	public boolean isPlaceholder(String cellText) {
		if (cellText.length() > MAX_PLACEHOLDER || cellText.isBlank()) {
			return false;
		}
		String text = cellText.strip();
		// Every cell of every sheet comes by here: the bracket pattern only for a text that opens with one.
		char first = text.charAt(0);
		if ((first == '[' || first == '<' || first == '{') && BRACKETED.matcher(text).matches()) {
			return true;
		}
		Set<String> placeholders = texts.getOrDefault(Kind.PLATSHALLARE, Set.of());
		return !placeholders.isEmpty()
				&& placeholders.contains(HeaderText.spaced(PLACEHOLDER_END.matcher(text).replaceFirst("")))
				|| FILL_IN_START.indexOf(Character.toLowerCase(first)) >= 0 && FILL_IN_HERE.matcher(text).matches();
	}

	/** Whether a cell holds a tick ("x", "X", "✓"), as tick columns for a status use. */
	public boolean isMark(String cellText) {
		return !cellText.isBlank() && isLabel(Kind.MARKERING, cellText);
	}

	/** Splits a kontrollmoment cell that also holds the result after an inline label; empty when it does not. */
	public Optional<String[]> splitInlineResult(String text) {
		if (!HeaderText.hasLineBreak(text)) {
			return Optional.empty(); // the label must start a later line
		}
		for (Pattern inline : inlineResults) {
			Matcher m = inline.matcher(text);
			if (m.find() && m.start() > 0) {
				return Optional.of(new String[] { text.substring(0, m.start()).strip(), text.substring(m.end()).strip() });
			}
		}
		return Optional.empty();
	}

	record Label(Kind kind, String text) {
	}

	/** A recognised label and the value after it. */
	public record Labelled(Kind kind, String value) {
	}
}
