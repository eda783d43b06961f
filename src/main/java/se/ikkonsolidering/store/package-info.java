/**
 * Submissions, controls and flags in the database, over {@code JdbcClient}. The schema (and Spring Batch's) is created
 * by Flyway from {@code resources/db/migration}. {@link se.ikkonsolidering.store.DatabaseBackup} writes and restores
 * backups of the embedded H2 database.
 */
package se.ikkonsolidering.store;
