package se.ikkonsolidering;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import se.ikkonsolidering.job.JobRunner;
import se.ikkonsolidering.job.RunOptions;

/**
 * Entry point: parses the command line, runs the job once and exits with its code, so cron and systemd see
 * failures.
 */
@SpringBootApplication
public class IkKonsolideringApplication {

	public static void main(String[] args) {
		RunOptions options;
		try {
			options = RunOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("ik-konsolidering: " + ex.getMessage() + "\n\n" + RunOptions.usage());
			System.exit(RunOptions.USAGE_ERROR);
			return;
		}
		if (options.help()) {
			System.out.println(RunOptions.usage());
			return;
		}
		SpringApplication application = new SpringApplication(IkKonsolideringApplication.class);
		ConfigurableApplicationContext context = application.run(options.asCommandLine());
		int code = context.getBean(JobRunner.class).run();
		System.exit(SpringApplication.exit(context, () -> code));
	}
}
