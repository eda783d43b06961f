/**
 * Submissions, controls and flags in the database, over {@code JdbcClient}. The schema (and Spring Batch's) is created
 * by Flyway from {@code resources/db/migration}.
 */
package se.ikkonsolidering.store;
