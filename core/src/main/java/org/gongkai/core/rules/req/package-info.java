/** REQ rules: the disclosure is complete — nine tables, every required section, reasons where required. */
package org.gongkai.core.rules.req;
