/**
 * Understanding a sheet: where the control table's header is ({@link se.ikkonsolidering.layout.HeaderMatcher} over the
 * column-name dictionary), which column is which field, and what each row below it is — a control, a continuation,
 * a section, a repeated header or a note ({@link se.ikkonsolidering.layout.SheetInterpreter}). Free of Spring.
 */
package se.ikkonsolidering.layout;
