/**
 * The kommun's nämnder and their aliases, and matching a title, label or file name to one of them.
 */
package se.ikkonsolidering.register;
