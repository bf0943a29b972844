/** Performance targets: reading indicator values as written (≥90%, ≤14.98万元, 比上年有所提高). */
package org.gongkai.core.performance;
