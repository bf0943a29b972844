/** PERF rules: each project's 绩效目标表 is complete, its indicator values make sense and its figures agree. */
package org.gongkai.core.rules.perf;
