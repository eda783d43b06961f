package se.ikkonsolidering.layout;

/** Why a column got its role, for the message that explains the reading. */
enum ColumnEvidence {
	RUBRIK("rubriken"), INNEHALL("innehållet"), FORKLARING("teckenförklaringen"),
	REGISTER("nämnderna i registret");

	private final String swedish;

	ColumnEvidence(String swedish) {
		this.swedish = swedish;
	}

	String swedish() {
		return swedish;
	}
}
