package se.ikkonsolidering.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import se.ikkonsolidering.ingest.CellNotes;

/**
 * A note on a control's row ("Ej påbörjad – personalbrist" on a blank status cell) is what its sender reported, as a
 * comment column would be: it joins the control's result, so a blank status cell is decided by it as by any comment.
 */
final class NotesOnControls {

	private NotesOnControls() {
	}

	static List<ControlRow> attach(List<ControlRow> controls, CellNotes notes) {
		if (notes.isEmpty()) {
			return controls;
		}
		List<ControlRow> noted = new ArrayList<>(controls.size());
		for (ControlRow c : controls) {
			List<String> texts = notes.inRows(c.row(), c.lastRow());
			if (texts.isEmpty()) {
				noted.add(c);
				continue;
			}
			Map<Field, String> values = new EnumMap<>(Field.class);
			values.putAll(c.values());
			String result = c.value(Field.RESULTAT);
			values.put(Field.RESULTAT, (result.isEmpty() ? "" : result + "\n") + String.join("\n", texts));
			noted.add(new ControlRow(c.sheet(), c.row(), c.lastRow(), values, c.statusFills(), c.resultFills(), c.layout(),
					c.group()));
		}
		return noted;
	}
}
