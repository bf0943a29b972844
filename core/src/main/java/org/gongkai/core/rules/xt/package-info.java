/** XT rules: the tables agree with each other, with the projects and with the procurement rows. */
package org.gongkai.core.rules.xt;
