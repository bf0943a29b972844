/** The signed-in web pages: disclosures to do, data entry by forms and uploads, the validation report and the workflow. */
package org.gongkai.server.workspace;
