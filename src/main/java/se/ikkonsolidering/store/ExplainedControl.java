package se.ikkonsolidering.store;

/**
 * A control as stored, with the words that decided its status ("statuskolumnen 'Status': 'Granskning ej
 * genomförd'"), for the receipt of its file. Kept apart from {@link StoredControl}, which a year holds hundreds of
 * thousands of without these words.
 */
public record ExplainedControl(StoredControl control, String evidence) {
}
