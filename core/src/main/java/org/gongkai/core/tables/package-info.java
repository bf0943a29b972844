/** The nine standard tables: one generator per table, all producing the neutral {@link org.gongkai.core.tables.StatementTable}. */
package org.gongkai.core.tables;
