package se.ikkonsolidering.store;

import se.ikkonsolidering.classify.ControlStatus;

/**
 * The economy office's correction in force on a stored control, beside what the job read: the control's status is
 * the corrected one, {@code readStatus} the job's.
 *
 * @param notAControl the row is no control: it counts nowhere, and only the file's receipt and the corrections
 *        workbook show it
 */
public record ControlCorrection(ControlStatus readStatus, boolean notAControl, String comment, String signature) {
}
