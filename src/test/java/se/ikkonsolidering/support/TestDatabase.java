package se.ikkonsolidering.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database a job test runs against: an in-memory H2 database by default, or the server named by the
 * {@code ik.test.db.url} system property (the Maven profile {@code postgres} points it at a local PostgreSQL).
 */
public final class TestDatabase {

	private TestDatabase() {
	}

	/** Empties the consolidation tables; on PostgreSQL every test class shares one database. */
	public static void empty(JdbcClient jdbc) {
		jdbc.sql("DELETE FROM correction").update();
		jdbc.sql("DELETE FROM correction_file").update();
		jdbc.sql("DELETE FROM reading_note").update();
		jdbc.sql("DELETE FROM reading_sheet").update();
		jdbc.sql("DELETE FROM control_flag").update();
		jdbc.sql("DELETE FROM control").update();
		jdbc.sql("UPDATE submission SET superseded_by = NULL").update();
		jdbc.sql("DELETE FROM submission").update();
	}

	public static void register(DynamicPropertyRegistry registry, String name) {
		String url = System.getProperty("ik.test.db.url", "");
		if (url.isBlank()) {
			registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
			return;
		}
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> System.getProperty("ik.test.db.user", "ik"));
		registry.add("spring.datasource.password", () -> System.getProperty("ik.test.db.password", "ik"));
	}
}
