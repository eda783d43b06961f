package se.ikkonsolidering.oversight;

import java.time.LocalDate;

import se.ikkonsolidering.submission.Period;

/**
 * When a period's follow-up is due, from a line of the tidplan.
 *
 * @param year the year the follow-up is for (not always the deadline's year: a helår report is due next year)
 * @param namnd the register nämnd it is for; empty when it is for all
 * @param line the line of the tidplan it was read from
 */
public record Deadline(Period period, int year, LocalDate lastDay, String namnd, int line) {

	public boolean forAll() {
		return namnd.isEmpty();
	}
}
