/**
 * The kommun's nämnder and their aliases, read from the file {@link se.ikkonsolidering.register.RegisterSettings}
 * names, and matching a title, label or file name to one of them.
 */
package se.ikkonsolidering.register;
