/**
 * Importing published disclosures, the facade other modules use: {@link org.gongkai.io.importing.Documents} reads a
 * file or folder through the stages — {@code read} (bytes to the neutral {@code source} blocks, one reader per
 * format), {@code recognise} (blocks to tables and statements with evidence), {@code model} (tables to the budget or
 * 决算) — and {@link org.gongkai.io.importing.Interpreter} orchestrates the last two into an {@link
 * org.gongkai.io.importing.ImportResult}: the model, the tables as published, and what it did not understand.
 */
package org.gongkai.io.importing;
