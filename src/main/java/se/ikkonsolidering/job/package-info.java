/**
 * Spring Batch wiring: the job and its two steps ({@code IngestJobConfiguration}), the step's reader, processor and
 * writer that hand each inbox file from ingest to submission to store and, after commit, to the archive or the
 * rejected folder, and the export step that hands the run's files to {@code report}. Around a run: the command line
 * ({@code RunOptions}, whose {@code --help} shows the defaults the settings bind), the start check, the run lock,
 * restore, and the exit codes. What a stage does lives in its own package; here it is only put together.
 */
package se.ikkonsolidering.job;
