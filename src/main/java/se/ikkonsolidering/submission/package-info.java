/**
 * One inbox file turned into one {@link se.ikkonsolidering.submission.Submission}: its sheets interpreted, its
 * controls classified, and its nämnd, year and period worked out, with a Swedish message saying how it was read.
 */
package se.ikkonsolidering.submission;
