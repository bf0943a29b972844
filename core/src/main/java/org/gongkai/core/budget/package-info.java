/** The budget model: one department's disclosure for one budget year, amounts in 万元 as BigDecimal. */
package org.gongkai.core.budget;
