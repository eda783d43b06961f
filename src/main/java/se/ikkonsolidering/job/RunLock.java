package se.ikkonsolidering.job;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

/**
 * Ensures one run at a time. The lock is a row lock held by a database session of its own, so it covers every
 * process using the same database and disappears with the session when a run dies (unlike a PID file). With the
 * embedded H2 database a second process cannot even open the database; {@code IkKonsolideringApplication} turns
 * that into the same refusal.
 */
class RunLock {

	private final DataSource dataSource;
	private final ReentrantLock local = new ReentrantLock();

	RunLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** The lock, or empty when another run holds it. */
	Optional<Held> tryAcquire() {
		if (!local.tryLock()) {
			return Optional.empty();
		}
		Connection connection = null;
		try {
			connection = dataSource.getConnection();
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.executeQuery("SELECT id FROM run_lock WHERE id = 1 FOR UPDATE NOWAIT").close();
			}
			return Optional.of(new Held(connection));
		}
		catch (SQLException ex) {
			close(connection);
			local.unlock();
			return Optional.empty();
		}
	}

	private static void close(Connection connection) {
		if (connection == null) {
			return;
		}
		try {
			connection.rollback();
			connection.close();
		}
		catch (SQLException ignored) {
			// The session is going away anyway, and with it the lock.
		}
	}

	/** A held lock; closing it releases it. */
	final class Held implements AutoCloseable {

		private final Connection connection;

		private Held(Connection connection) {
			this.connection = connection;
		}

		@Override
		public void close() {
			RunLock.close(connection);
			local.unlock();
		}
	}
}
