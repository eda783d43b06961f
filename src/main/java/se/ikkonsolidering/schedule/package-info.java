/**
 * The nightly trigger: starts runs on a cron expression in scheduled mode ({@code --schedule}).
 */
package se.ikkonsolidering.schedule;
