/** Region inspection: checks across the documents of a batch (budget ↔ 决算, year ↔ year, 部门 ↔ 单位) and against the roster of who must publish. */
package org.gongkai.io.inspection.region;
