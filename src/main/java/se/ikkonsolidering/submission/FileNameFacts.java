package se.ikkonsolidering.submission;

/**
 * What a file's name alone says, for files that cannot be read: which nämnd sent it and for which year, so a
 * rejected file still shows up under its nämnd.
 *
 * @param namnd the register nämnd named in the file name, or empty
 * @param year the year in the file name, or {@code null}
 */
public record FileNameFacts(String namnd, Integer year) {
}
