/**
 * The nightly trigger: starts runs on a cron expression in scheduled mode ({@code --schedule}), as
 * {@link se.ikkonsolidering.schedule.ScheduleSettings} says.
 */
package se.ikkonsolidering.schedule;
