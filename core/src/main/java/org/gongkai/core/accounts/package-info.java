/**
 * Final accounts (部门决算): a department's year as executed. The model shares the budget's own shape for what both
 * publish ({@link org.gongkai.core.budget.DepartmentBudget}, holding the 决算数) and adds what only a 决算 has: the
 * budget each line was executed against, the year's balances, the physical "三公" figures, procurement by kind and
 * the performance self-evaluations.
 */
package org.gongkai.core.accounts;
