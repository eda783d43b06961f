package se.ikkonsolidering.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurableH2Tests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			jdbc:h2:file:/srv/ik/db/ik | jdbc:h2:file:/srv/ik/db/ik;WRITE_DELAY=0
			jdbc:h2:./data/ik | jdbc:h2:./data/ik;WRITE_DELAY=0
			jdbc:h2:file:/srv/ik/db/ik;write_delay=100 | jdbc:h2:file:/srv/ik/db/ik;write_delay=100
			jdbc:h2:mem:test | jdbc:h2:mem:test
			jdbc:postgresql://db/ik | jdbc:postgresql://db/ik
			""")
	void makesOnlyH2FileDatabasesWriteEachCommitAtOnce(String url, String expected) {
		assertThat(DurableH2.url(url)).isEqualTo(expected);
	}
}
