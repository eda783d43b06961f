package se.ikkonsolidering.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * How {@link ControlMatching#SAME_CONTROL} was chosen, kept as a test so the figures in its Javadoc and the README
 * stay true: pairs of different controls (every pair within one follow-up of blind rounds 1 to 3, and pairs across
 * files judged different) and pairs of the same control written by different people ({@code kontrollpar.csv}); and
 * how it held on rounds 4 and 5, which came after it was chosen.
 */
class ControlMatchingThresholdTests {

	private static final Path BLIND = Path.of("src/test/resources/blind");
	private static final Path PAIRS = Path.of("src/test/resources/matching/kontrollpar.csv");

	/** The rounds there were when the threshold was chosen. */
	private static final List<String> CHOSEN_ON = List.of("round1", "round2", "round3");

	@Test
	void noPairOfDifferentControlsWithinOneFollowUpReachesTheThreshold() {
		List<Pair> within = withinOneFile(CHOSEN_ON);

		assertThat(within).hasSize(959);
		assertThat(within).noneMatch(p -> p.score() >= ControlMatching.SAME_CONTROL);
		assertThat(within.stream().mapToDouble(Pair::score).max().orElseThrow()).isEqualTo(0.6);
	}

	@Test
	void noPairJudgedDifferentAcrossFilesReachesTheThreshold() {
		List<Pair> different = labelled(false);

		assertThat(different).hasSize(37);
		assertThat(different).noneMatch(p -> p.score() >= ControlMatching.SAME_CONTROL);
		assertThat(different.stream().mapToDouble(Pair::score).max().orElseThrow()).isEqualTo(0.5);
	}

	@Test
	void findsFourteenOfFiftyFourPairsOfTheSameControlWrittenByDifferentPeople() {
		List<Pair> same = labelled(true);

		assertThat(same).hasSize(54);
		assertThat(same).filteredOn(p -> p.score() >= ControlMatching.SAME_CONTROL).hasSize(14);
	}

	@Test
	void holdsOnTheRoundsThatCameAfterItWasChosen() {
		List<Pair> within = withinOneFile(List.of("round4", "round5"));

		assertThat(within).hasSize(672);
		assertThat(within.stream().mapToDouble(Pair::score).max().orElseThrow()).isEqualTo(0.4);
		assertThat(within).filteredOn(p -> p.score() == 0).hasSize(638);
	}

	@Test
	void aLowerThresholdWouldTakeTwoDifferentControlsOfOneFollowUpForTheSame() {
		assertThat(withinOneFile(CHOSEN_ON)).filteredOn(p -> p.score() >= 0.6)
			.singleElement()
			.extracting(Pair::a, Pair::b)
			.containsExactly("Kontroll av att beslut om ekonomiskt bistånd är fattade enligt delegationsordning",
					"Kontroll av utbetalningar av ekonomiskt bistånd mot beslut (dubbelutbetalningar)");
	}

	@Test
	void refusesAnIdPairWhoseTextsShareNoWordForMostDifferentControlsAndFewOfTheSame() {
		assertThat(withinOneFile(CHOSEN_ON)).filteredOn(p -> p.score() == 0).hasSize(920);
		assertThat(labelled(true)).filteredOn(p -> p.score() == 0).hasSize(5);
	}

	private static List<Pair> labelled(boolean same) {
		return lines(PAIRS).stream()
			.filter(line -> !line.startsWith("#") && !line.startsWith("samma;"))
			.map(line -> line.split(";", 3))
			.filter(f -> f[0].equals(same ? "ja" : "nej"))
			.map(f -> Pair.of(f[1], f[2]))
			.toList();
	}

	/** Every two distinct controls of one nämnd in one file of the rounds, as a careful reader listed them. */
	private static List<Pair> withinOneFile(List<String> rounds) {
		Map<String, List<String>> byFile = new LinkedHashMap<>();
		try (Stream<Path> all = Files.list(BLIND)) {
			for (Path expected : all.filter(r -> rounds.contains(r.getFileName().toString()))
				.map(r -> r.resolve("expected.csv")).filter(Files::isRegularFile).sorted().toList()) {
				for (String line : lines(expected).subList(1, lines(expected).size())) {
					String[] f = line.split(";");
					List<String> texts = byFile.computeIfAbsent(f[0] + ";" + f[1], k -> new ArrayList<>());
					if (!texts.contains(f[2])) {
						texts.add(f[2]);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<Pair> pairs = new ArrayList<>();
		for (List<String> texts : byFile.values()) {
			for (int i = 0; i < texts.size(); i++) {
				for (int j = i + 1; j < texts.size(); j++) {
					pairs.add(Pair.of(texts.get(i), texts.get(j)));
				}
			}
		}
		return pairs;
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Pair(String a, String b, double score) {

		static Pair of(String a, String b) {
			return new Pair(a, b, ControlWords.of(a).similarity(ControlWords.of(b)));
		}
	}
}
