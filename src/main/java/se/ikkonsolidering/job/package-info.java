/**
 * Spring Batch wiring only: the job and its steps, the command line, exit codes.
 */
package se.ikkonsolidering.job;
