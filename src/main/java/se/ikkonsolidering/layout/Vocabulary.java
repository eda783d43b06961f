package se.ikkonsolidering.layout;

/**
 * Tells whether a short text is a status as a status column holds it ("Genomförd", "Nej", "Grön", "✅"). The words
 * are the classifier's ({@code statusord.csv}); the layout only needs to know that a column holds them, not what
 * they mean, to tell a status column from a text column.
 */
@FunctionalInterface
public interface Vocabulary {

	boolean knows(String cellText);
}
