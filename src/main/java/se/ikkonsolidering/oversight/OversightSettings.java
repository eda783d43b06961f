package se.ikkonsolidering.oversight;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What kommunstyrelsen's oversight reads besides the database ({@code ik.*}; {@code --tidplan}, {@code IK_TIDPLAN} …).
 *
 * @param tidplan the kommun's deadlines ({@code period;sista_dag;nämnd}); without it no follow-up is judged late
 * @param today the date the run counts as, {@code yyyy-mm-dd}: files it takes are recorded as received that day and
 *        deadlines are judged on it; default the real date. For rehearsals and the demo, not for production runs
 */
@ConfigurationProperties("ik")
public record OversightSettings(Path tidplan, String today) {

	public Optional<Path> tidplanFile() {
		return Optional.ofNullable(tidplan);
	}

	/**
	 * The run's clock: the real one, or moved to {@link #today} at the real time of day.
	 * @throws java.time.format.DateTimeParseException when {@code today} is not a date (the start check says so first)
	 */
	public Clock clock() {
		Clock real = Clock.systemDefaultZone();
		if (today == null || today.isBlank()) {
			return real;
		}
		LocalDateTime now = LocalDateTime.now(real);
		LocalDateTime then = LocalDate.parse(today.strip()).atTime(now.toLocalTime());
		return Clock.offset(real, Duration.between(now.atZone(ZoneId.systemDefault()), then.atZone(ZoneId.systemDefault())));
	}
}
