package se.ikkonsolidering.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether and when the job runs on its own ({@code ik.*}; {@code --schedule}, {@code IK_CRON} …).
 *
 * @param schedule stay running and start the job on {@code cron} instead of once
 * @param cron when the scheduled job runs (Spring cron: second minute hour day month weekday)
 * @param zone the time zone of {@code cron}
 */
@ConfigurationProperties("ik")
public record ScheduleSettings(@DefaultValue("false") boolean schedule, @DefaultValue("0 0 2 * * *") String cron,
		@DefaultValue("Europe/Stockholm") String zone) {
}
