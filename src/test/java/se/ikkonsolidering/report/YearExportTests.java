package se.ikkonsolidering.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.ikkonsolidering.register.Register;
import se.ikkonsolidering.store.Outcome;
import se.ikkonsolidering.support.ReportDatabase;

/** A forced export with nothing new leaves the files as they were written; anything they are made from writes them. */
@Tag("database")
class YearExportTests {

	private final ReportDatabase db = new ReportDatabase("year-export");

	@TempDir
	Path out;

	@BeforeEach
	void fill() {
		KommunYear.fill(db);
	}

	private void export(Register register) {
		new YearExport(db.store, register, new ExportSettings(out, KommunYear.YEAR, Path.of("templates"), true))
			.write(List.of());
	}

	/** Every file in the output folder by its modification time, the fingerprint's record left out. */
	private Map<String, FileTime> written() throws IOException {
		Map<String, FileTime> times = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(out)) {
			for (Path file : files.filter(f -> !f.getFileName().toString().equals(ExportFingerprint.FILE)).sorted()
				.toList()) {
				times.put(file.getFileName().toString(), Files.getLastModifiedTime(file));
			}
		}
		return times;
	}

	@Test
	void leavesTheExportsAsTheyAreWhenNothingTheyAreMadeFromChanged() throws IOException {
		export(KommunYear.REGISTER);
		Map<String, FileTime> first = written();

		export(KommunYear.REGISTER);

		assertThat(first).containsOnlyKeys("kontroller.csv", "inlamningar.csv", "ks-sammanstallning-2025.html",
				"ks-sammanstallning-2025.pdf", "ks-sammanstallning-2025.xlsx");
		assertThat(written()).isEqualTo(first);
	}

	@Test
	void writesThemAgainWhenOneWasRemoved() throws IOException {
		export(KommunYear.REGISTER);
		Files.delete(out.resolve("ks-sammanstallning-2025.pdf"));

		export(KommunYear.REGISTER);

		assertThat(out.resolve("ks-sammanstallning-2025.pdf")).isNotEmptyFile();
	}

	@Test
	void writesThemAgainWhenOneWasChangedSince() throws IOException {
		export(KommunYear.REGISTER);
		Files.writeString(out.resolve("kontroller.csv"), "opened and saved in Excel");

		export(KommunYear.REGISTER);

		assertThat(Files.readString(out.resolve("kontroller.csv"))).contains("nämnd;år;period");
	}

	@Test
	void writesThemAgainWhenTheDatabaseChanged() throws IOException {
		export(KommunYear.REGISTER);
		Map<String, FileTime> first = written();

		db.unread(99, "trasig igen.xlsx", Outcome.AVVISAD, "Filen är skadad.");
		export(KommunYear.REGISTER);

		assertThat(written()).allSatisfy((name, time) -> assertThat(time).isNotEqualTo(first.get(name)));
	}

	@Test
	void writesThemAgainWhenTheRegisterChanged() throws IOException {
		export(KommunYear.REGISTER);

		List<Register.Namnd> more = new ArrayList<>(KommunYear.REGISTER.namnder());
		more.add(new Register.Namnd("Valnämnden", List.of()));
		export(new Register(more));

		assertThat(Files.readString(out.resolve("inlamningar.csv"))).contains("Valnämnden");
	}
}
