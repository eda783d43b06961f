/**
 * Taking files from the inbox and reading them into raw rows: spreadsheets sheet by sheet, Word and OpenDocument
 * documents table by table, with the texts a file carries outside its tables. Formats are recognised by content
 * ({@link se.ikkonsolidering.ingest.FileFormat}); every reading failure becomes a
 * {@link se.ikkonsolidering.ingest.FileRejectedException} with a Swedish explanation for the sender. Files leave the
 * inbox only through {@link se.ikkonsolidering.ingest.FileMover}, after their rows are committed.
 */
package se.ikkonsolidering.ingest;
