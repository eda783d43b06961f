package se.ikkonsolidering.report;

import se.ikkonsolidering.store.StoredControl;

/**
 * A control of a current file, as in kontroller.csv, and whether it counts in the summary (it does not when a later
 * period of the same nämnd is counted instead).
 */
record ControlLine(StoredControl control, boolean counted) {
}
