/**
 * The economy office's corrections of a reading: read from its workbook ({@code rattelser.xlsx}, which the job writes
 * and the office edits), checked line by line, kept in the database beside the job's own reading, and applied at
 * every run and re-export. A control's status, that a row is no control, or a whole file's nämnd, year or period,
 * keyed by the file's SHA-256 (and sheet and row), so a correction also holds when the same file is read again. A
 * line that cannot be used and a correction that matches nothing are reported, never dropped silently.
 */
package se.ikkonsolidering.correction;
