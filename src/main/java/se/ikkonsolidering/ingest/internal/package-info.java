/**
 * The POI and Commons CSV readers behind {@link se.ikkonsolidering.ingest.WorkbookReader}: cached formula values,
 * ISO dates, fill colours, merged regions spread over their cells, CSV encoding and separator detection (also used,
 * through {@link se.ikkonsolidering.ingest.internal.DelimitedText}, for the nämnd register).
 */
package se.ikkonsolidering.ingest.internal;
