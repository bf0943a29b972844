/** TXT rules: every figure the explanation states equals the data, and every stated change equals this year − last year. */
package org.gongkai.core.rules.txt;
