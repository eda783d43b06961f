/**
 * The readers behind {@link se.ikkonsolidering.ingest.WorkbookReader}: format sniffing by content; streaming StAX
 * readers for .xlsx, .docx, .ods and .odt over POI's zip-bomb-guarded zip access and one hardened parser; POI's user
 * model for .xls; Commons CSV for text. All give the same raw cells: cached formula values, ISO dates, fill colours,
 * merged regions spread over their cells; CSV encoding and separator detection (also used, through
 * {@link se.ikkonsolidering.ingest.internal.DelimitedText}, for the nämnd register).
 */
package se.ikkonsolidering.ingest.internal;
