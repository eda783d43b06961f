package se.ikkonsolidering.submission;

/** What a file is: a follow-up of the year's internal control, or the internkontrollplan it follows up. */
public enum SubmissionKind {
	/** A follow-up: its controls and their statuses count. */
	FOLLOW_UP,
	/** A nämnd's adopted internkontrollplan: its controls are what the follow-ups are held to, never counted as done. */
	PLAN
}
