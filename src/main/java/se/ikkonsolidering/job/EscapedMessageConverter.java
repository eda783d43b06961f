package se.ikkonsolidering.job;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

import se.ikkonsolidering.ingest.Printable;

/**
 * Every log message with its control characters escaped (registered for {@code %m} and {@code %msg} in
 * {@code logback-spring.xml}): sheet names, nämnd names and cell texts come from the senders' files, and a line
 * break in one must not split a log line or forge another.
 */
public final class EscapedMessageConverter extends MessageConverter {

	@Override
	public String convert(ILoggingEvent event) {
		return Printable.escape(super.convert(event));
	}
}
