package se.ikkonsolidering.schedule;

import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Starts a run on a cron expression and keeps the process alive between runs. Runs never overlap: the single
 * scheduler thread waits for one run to end before it can start the next, and the run lock guards against
 * other processes.
 */
public final class NightlySchedule {

	private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);

	private final CronTrigger trigger;
	private final IntSupplier run;
	private final CountDownLatch stopped = new CountDownLatch(1);
	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	/**
	 * @param cron Spring cron expression (second minute hour day month weekday), e.g. {@code 0 0 2 * * *}
	 * @param zone the zone the expression is read in
	 * @param run starts one run and returns its exit code
	 */
	public NightlySchedule(String cron, ZoneId zone, IntSupplier run) {
		this.trigger = new CronTrigger(cron, zone);
		this.run = run;
	}

	/** Schedules the runs and blocks until the process is asked to stop. */
	public void runUntilStopped() throws InterruptedException {
		scheduler.setPoolSize(1);
		scheduler.setThreadNamePrefix("ik-schedule-");
		scheduler.initialize();
		scheduler.schedule(this::tick, trigger);
		log.info("Scheduled: '{}' ({}); waiting for the first run", trigger.getExpression(), trigger);
		Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
		stopped.await();
	}

	private void tick() {
		try {
			int code = run.getAsInt();
			log.info("Scheduled run ended with exit code {}", code);
		}
		catch (RuntimeException ex) {
			log.error("Scheduled run failed; the schedule goes on", ex);
		}
	}

	private void stop() {
		scheduler.shutdown();
		stopped.countDown();
	}
}
