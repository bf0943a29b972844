/**
 * The validation engine: one {@link org.gongkai.core.rules.Rule} class per check, grouped by family in
 * sub-packages, all listed in {@link org.gongkai.core.rules.RuleRegistry}.
 */
package org.gongkai.core.rules;
