/**
 * Kommunstyrelsen's oversight (uppsiktsplikt, KL 6 kap. 1 §) computed from the stored rows, free of Spring: each
 * nämnd's adopted internkontrollplan against its follow-up (which planned controls were never reported, which
 * reported ones lie outside the plan), the deadlines of the kommun's tidplan (who was late, who has not reported),
 * the controls several nämnder share, and a draft of kommunstyrelsen's assessment from criteria kept as data. The
 * report renders it; the job checks its files at start and logs the reminders.
 */
package se.ikkonsolidering.oversight;
