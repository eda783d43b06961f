package se.ikkonsolidering.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing on several threads gives exactly what one thread gives. */
@Tag("slow")
class ParallelReadingTests {

	@TempDir
	Path dir;

	@Test
	void fourParserThreadsGiveTheSameExportsAsOne() throws Exception {
		Path single = run("single", "ik.workers=1");
		Path parallel = run("parallel", "ik.workers=4");
		assertThat(Files.readString(parallel.resolve("ut").resolve("kontroller.csv")))
			.isEqualTo(Files.readString(single.resolve("ut").resolve("kontroller.csv")));
		assertThat(Files.readString(parallel.resolve("ut").resolve("inlamningar.csv")))
			.isEqualTo(Files.readString(single.resolve("ut").resolve("inlamningar.csv")));
	}

	private Path run(String name, String workers) throws Exception {
		Path root = dir.resolve(name);
		Files.createDirectories(root.resolve("inkorg"));
		try (Stream<Path> samples = Files.list(Path.of("input-samples"))) {
			for (Path sample : samples.filter(p -> !p.getFileName().toString().equals("namnder.csv")).toList()) {
				Files.copy(sample, root.resolve("inkorg").resolve(sample.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
		Path log = root.resolve("run.log");
		Process process = ChildRun.start(root, log, workers, "ik.chunk-size=3",
				"ik.register=" + Path.of("input-samples/namnder.csv").toAbsolutePath());
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(Files.readString(log)).isZero();
		return root;
	}
}
