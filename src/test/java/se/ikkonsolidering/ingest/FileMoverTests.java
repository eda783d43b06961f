package se.ikkonsolidering.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMoverTests {

	private static final LocalDateTime NOON = LocalDateTime.of(2026, 11, 23, 12, 0, 0);

	@TempDir
	Path dir;

	private InboxFile drop(String name, String content) throws Exception {
		Path file = Files.writeString(dir.resolve("inkorg").resolve(name), content);
		return new InboxFile(file, name, content.length(), Instant.now());
	}

	private FileMover mover() throws Exception {
		Files.createDirectories(dir.resolve("inkorg"));
		return new FileMover(dir.resolve("arkiv"), dir.resolve("avvisade"));
	}

	@Test
	void archivesWithATimestampAndKeepsTheName() throws Exception {
		FileMover mover = mover();
		Path archived = mover.archive(drop("Socialnämnden IK 2025.xlsx", "a"), NOON);
		assertThat(archived.getFileName().toString()).isEqualTo("Socialnämnden IK 2025_20261123-120000.xlsx");
		assertThat(dir.resolve("inkorg").resolve("Socialnämnden IK 2025.xlsx")).doesNotExist();
	}

	@Test
	void neverOverwritesAnEarlierArchivedFile() throws Exception {
		FileMover mover = mover();
		Path first = mover.archive(drop("a.xlsx", "first"), NOON);
		Path second = mover.archive(drop("a.xlsx", "second"), NOON);
		assertThat(second).isNotEqualTo(first);
		assertThat(first).hasContent("first");
		assertThat(second).hasContent("second");
	}

	@Test
	void writesTheSwedishExplanationBesideARejectedFile() throws Exception {
		Path rejected = mover().reject(drop("trasig.xlsx", "x"), NOON, "Filen är skadad.");
		Path note = rejected.resolveSibling("trasig.xlsx.fel.txt");
		assertThat(new String(Files.readAllBytes(note), StandardCharsets.UTF_8)).isEqualTo("\uFEFFFilen är skadad.");
	}

	@Test
	void keepsOddNamesInsideTheTargetFolder() {
		assertThat(FileMover.safe("..")).isEqualTo("_");
		assertThat(FileMover.safe("..\\..\\windows.xlsx")).doesNotContain("\\").doesNotStartWith(".");
		assertThat(FileMover.safe("a".repeat(300) + ".xlsx")).hasSize(200).endsWith(".xlsx");
	}
}
