/** UNIT rules: amounts carry the unit the disclosure uses (万元), written once. */
package org.gongkai.core.rules.unit;
