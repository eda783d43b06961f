/**
 * Status and flags of a control: from the status column, the traffic-light colour or the free text, most explicit
 * first, recording the source and the sender's words. The rules are data files in {@code resources/ik}.
 */
package se.ikkonsolidering.classify;
