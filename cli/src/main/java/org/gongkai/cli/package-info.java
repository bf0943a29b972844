/** The {@code gongkai} command line: tables now; check, import, export and inspect with their issues. */
package org.gongkai.cli;
