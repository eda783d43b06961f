/**
 * Understanding a sheet as a careful reader would ({@link se.ikkonsolidering.layout.SheetReader}): its legend, where
 * its control tables' headers are and which column holds which field, by heading and by content, and what each row
 * below is — a control, a continuation, a section, a repeated header, a total or a note; or a form of "Etikett: värde"
 * blocks. Free of Spring.
 */
package se.ikkonsolidering.layout;
