/**
 * What the job writes for people: the contract CSV exports, neutralised against formula injection.
 */
package se.ikkonsolidering.report;
