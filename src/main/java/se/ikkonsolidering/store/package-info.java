/**
 * Submissions, controls and flags in the database, over {@code JdbcClient}, read back as typed records
 * ({@link se.ikkonsolidering.store.StoredSubmission}, {@link se.ikkonsolidering.store.StoredControl}): the codes
 * stored as text are turned into enums here, once. The schema (and Spring Batch's) is created by Flyway from
 * {@code resources/db/migration}. {@link se.ikkonsolidering.store.DatabaseBackup} writes and restores backups of the
 * embedded H2 database, as {@link se.ikkonsolidering.store.BackupSettings} says.
 */
package se.ikkonsolidering.store;
