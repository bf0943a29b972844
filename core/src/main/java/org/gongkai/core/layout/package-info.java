/**
 * The official layouts of the published tables, as data (tables.tsv, columns.tsv): their titles and how each region
 * prints them, and their semantic columns with the header words that identify them. One description serves the
 * importer (which recognises titles and columns by it) and everything that prints or checks a table.
 */
package org.gongkai.core.layout;
