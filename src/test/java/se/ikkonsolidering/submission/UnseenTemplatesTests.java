package se.ikkonsolidering.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.ikkonsolidering.ingest.FileRejectedException;
import se.ikkonsolidering.register.Register;

/**
 * Workbooks built from the seeds by another engineer, who did not see the rules: every control is found, at the
 * right row, with the status a careful reader gives it ({@code fixtures/unseen/expected.csv}).
 */
class UnseenTemplatesTests {

	private static final Path FOLDER = Path.of("src/test/resources/fixtures/unseen");

	private final SubmissionInterpreter interpreter = new SubmissionInterpreter(InterpretationRules.load(null),
			Register.load(Path.of("input-samples/namnder.csv")));

	static Stream<String> files() throws IOException {
		return expected().keySet().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("files")
	void findsEveryControlWithTheStatusAReaderGivesIt(String file) throws IOException {
		Submission submission = interpreter.interpret(FOLDER.resolve(file), file, 2025).get(0);
		Map<Integer, String> actual = submission.controls().stream()
			.collect(Collectors.toMap(Control::row, c -> c.decision().status().name(), (a, b) -> a, LinkedHashMap::new));
		assertThat(actual).containsExactlyEntriesOf(expected().get(file));
	}

	@Test
	void rejectsTheBrokenOne() {
		Path broken = FOLDER.resolve("Miljönämnden uppföljning 2025.xlsx");
		assertThatThrownBy(() -> interpreter.interpret(broken, "x.xlsx", 2025)).isInstanceOf(FileRejectedException.class);
	}

	private static Map<String, Map<Integer, String>> expected() throws IOException {
		Map<String, Map<Integer, String>> expected = new LinkedHashMap<>();
		List<String> lines = Files.readAllLines(FOLDER.resolve("expected.csv"), StandardCharsets.UTF_8);
		for (String line : lines) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split(";");
			expected.computeIfAbsent(parts[0], k -> new LinkedHashMap<>()).put(Integer.parseInt(parts[1]), parts[2]);
		}
		return expected;
	}
}
