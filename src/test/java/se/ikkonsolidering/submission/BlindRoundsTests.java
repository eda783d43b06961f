package se.ikkonsolidering.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every blind round kept as a regression corpus ({@code src/test/resources/blind/}) is read at least as well as the
 * level recorded for it in {@code levels.csv} when it was last improved: controls found, rows that are controls,
 * statuses right, files right. A change to the reader that makes any figure drop fails here.
 */
class BlindRoundsTests {

	private static final Path ROUNDS = Path.of("src/test/resources/blind");

	static Stream<String[]> levels() throws IOException {
		return Files.readAllLines(ROUNDS.resolve("levels.csv"), StandardCharsets.UTF_8).stream()
			.filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("omgång"))
			.map(l -> l.split(";"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("levels")
	void readsTheRoundAtLeastAsWellAsRecorded(String round, String recall, String precision, String status, String files) {
		BlindRound.Score score = new BlindRound(ROUNDS.resolve(round)).score();
		String misses = String.join("\n", score.misses());
		assertThat(score.recall()).as("controls found, %%\n%s", misses).isGreaterThanOrEqualTo(Double.parseDouble(recall));
		assertThat(score.precision()).as("rows that are controls, %%\n%s", misses)
			.isGreaterThanOrEqualTo(Double.parseDouble(precision));
		assertThat(score.status()).as("statuses right, %% of expected\n%s", misses)
			.isGreaterThanOrEqualTo(Double.parseDouble(status));
		assertThat(score.filesRight()).as("files right\n%s", misses).isGreaterThanOrEqualTo(Integer.parseInt(files));
	}
}
