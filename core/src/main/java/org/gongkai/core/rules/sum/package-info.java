/** SUM and BAL rules: every table's totals, roll-ups and balances hold within the table. */
package org.gongkai.core.rules.sum;
