package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ikkonsolidering.store.StoredControl;
import se.ikkonsolidering.store.StoredSubmission;

/** The workbook of a very large year, written as a stream. */
class XlsxRendererTests {

	/** Enough that an in-memory workbook would need gigabytes; the test takes a few seconds. */
	static final int CONTROLS = 100_000;

	@TempDir
	Path out;

	/** One nämnd's file with {@code count} controls, every tenth of them not done. */
	private static void render(int count, OutputStream stream) throws IOException {
		YearData year = year(count);
		Summary summary = SummaryBuilder.build(List.of("Stora nämnden"), year, Rows.nothing(Rows.YEAR - 1), List.of(),
				LocalDateTime.of(2026, 2, 1, 2, 0));
		new XlsxRenderer().render(summary, ControlRows.of(year.controls(), year.counted()), stream);
	}

	private static YearData year(int count) {
		StoredSubmission file = Rows.read(1, "Stora nämnden", "HELAR");
		List<StoredControl> controls = new ArrayList<>(count);
		for (int seq = 1; seq <= count; seq++) {
			controls.add(seq % 10 == 0 ? Rows.control(file, seq, "EJ_GENOMFORD", "EJ_GENOMFORD")
					: Rows.control(file, seq, "GENOMFORD"));
		}
		return new YearData(Rows.YEAR, List.of(file), controls);
	}

	@Test
	void writesEveryControlOfAVeryLargeYearWithItsHeaderFrozenAndFiltered() throws Exception {
		Path xlsx = out.resolve("stor.xlsx");
		try (OutputStream stream = Files.newOutputStream(xlsx)) {
			render(CONTROLS, stream);
		}

		var sheets = Workbooks.stream(xlsx);

		assertThat(sheets.get("Kontroller").rows()).isEqualTo(1 + CONTROLS);
		assertThat(sheets.get("Kontroller").lastRow()).contains("Kontroll " + CONTROLS, "Ej genomförd");
		assertThat(sheets.get("Kontroller").autoFilter()).isEqualTo("A1:T" + (1 + CONTROLS));
		assertThat(sheets.get("Kontroller").frozen()).isTrue();
		assertThat(sheets.get("Att uppmärksamma").rows()).isEqualTo(1 + CONTROLS / 10);
		assertThat(sheets.get("Per nämnd").lastRow()).startsWith("Stora nämnden", "Ja", "Gul", "Helår");
		assertThat(Double.parseDouble(sheets.get("Per nämnd").lastRow().get(5))).as("Kontroller").isEqualTo(CONTROLS);
	}

	@Test
	void leavesNoTemporaryFileBehindEvenWhenWritingFails() throws IOException {
		Set<Path> before = temporaryFiles();
		OutputStream broken = new OutputStream() {

			@Override
			public void write(int b) throws IOException {
				throw new IOException("Disken är full");
			}
		};

		assertThatThrownBy(() -> render(1_000, broken)).hasMessageContaining("Disken är full");
		try (OutputStream stream = Files.newOutputStream(out.resolve("liten.xlsx"))) {
			render(1_000, stream);
		}

		assertThat(temporaryFiles()).isSubsetOf(before);
	}

	/** POI's streaming workbook's sheet files, which the workbook was once written with, in its temporary folder. */
	private static Set<Path> temporaryFiles() throws IOException {
		Path folder = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
		if (!Files.isDirectory(folder)) {
			return Set.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().startsWith("poi-sxssf")).collect(Collectors.toSet());
		}
	}
}
