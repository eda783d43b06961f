package se.ikkonsolidering.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;

/** A line break in a file name or cell text cannot split a log line or forge another. */
class EscapedMessageConverterTests {

	@Test
	void escapesLineBreaksTabsAndOtherControlCharactersInTheMessage() {
		Logger logger = new LoggerContext().getLogger("test");
		LoggingEvent event = new LoggingEvent(null, logger, Level.INFO, "Read {}: {} controls",
				null, new Object[] { "sn.csv\r\n2026-12-02 02:00:00 ERROR Forged\tline\u0007", 3 });

		assertThat(new EscapedMessageConverter().convert(event))
			.isEqualTo("Read sn.csv\\r\\n2026-12-02 02:00:00 ERROR Forged\\tline\\u0007: 3 controls");
	}

	@Test
	void leavesOrdinaryTextAsItIs() {
		Logger logger = new LoggerContext().getLogger("test");
		LoggingEvent event = new LoggingEvent(null, logger, Level.INFO, "Read {}", null,
				new Object[] { "Socialnämnden helår 2025.xlsx" });

		assertThat(new EscapedMessageConverter().convert(event)).isEqualTo("Read Socialnämnden helår 2025.xlsx");
	}
}
