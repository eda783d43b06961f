package se.ikkonsolidering.layout;

/**
 * A role a column could take, and how sure its heading and content make it.
 *
 * @param score the heading's match weighed by content
 * @param words the heading's match alone (0 for a role from content alone)
 */
record RoleCandidate(int column, String heading, Field field, double score, String synonym, ColumnEvidence evidence,
		double words) {

	RoleCandidate(int column, String heading, Field field, double score, String synonym, ColumnEvidence evidence) {
		this(column, heading, field, score, synonym, evidence, evidence == ColumnEvidence.INNEHALL ? 0 : score);
	}

	RoleCandidate rescored(double newScore, ColumnEvidence why) {
		return new RoleCandidate(column, heading, field, newScore, synonym, why, words);
	}

	RoleCandidate as(Field other) {
		return new RoleCandidate(column, heading, other, score, synonym, evidence, words);
	}

	RoleCandidate times(double factor) {
		return new RoleCandidate(column, heading, field, score * factor, synonym, evidence, words);
	}
}
