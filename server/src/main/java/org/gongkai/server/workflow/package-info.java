/** The disclosure workflow: DRAFT → SUBMITTED → RETURNED | APPROVED → PUBLISHED, with every illegal move refused. */
package org.gongkai.server.workflow;
