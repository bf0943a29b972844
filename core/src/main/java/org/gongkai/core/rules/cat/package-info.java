/** CAT rules: codes exist in the year's catalog, carry that year's names and sit under their parents. */
package org.gongkai.core.rules.cat;
