package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report is replaced whole or not at all. */
class OutputFileTests {

	@TempDir
	Path dir;

	@Test
	void aFullDiskLeavesThePreviousReportAndNoPartialFile() throws IOException {
		Path page = dir.resolve("ks-sammanstallning-2025.html");
		Files.writeString(page, "förra körningens sida");

		assertThatThrownBy(() -> OutputFile.write(page, out -> {
			out.write("halv sida".getBytes(StandardCharsets.UTF_8));
			throw new IOException("No space left on device");
		})).isInstanceOf(UncheckedIOException.class).hasMessage("Cannot write " + page);

		assertThat(Files.readString(page)).isEqualTo("förra körningens sida");
		assertThat(dir.resolve("ks-sammanstallning-2025.html.tmp")).doesNotExist();
	}

	@Test
	void aRendererFailureLeavesNoPartialFileEither() {
		Path pdf = dir.resolve("ks-sammanstallning-2025.pdf");

		assertThatThrownBy(() -> OutputFile.write(pdf, out -> {
			out.write(1);
			throw new IllegalStateException("renderer failed");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(dir).isEmptyDirectory();
	}
}
