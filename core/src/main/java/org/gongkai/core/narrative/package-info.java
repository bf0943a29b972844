/** Text of the explanation: the figures it states (extracted from Chinese sentences) and, later, drafted text. */
package org.gongkai.core.narrative;
