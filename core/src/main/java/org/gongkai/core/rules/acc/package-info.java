/**
 * Rules of final accounts (部门决算, family ACC): the 决算 tables add up and agree with each other, the text's figures
 * and rates agree with the tables, differences from the budget are explained, "三公" stays within its budget, the
 * 年初预算数 is the published budget's, and the self-evaluations are consistent.
 */
package org.gongkai.core.rules.acc;
