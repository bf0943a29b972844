/** Batch inspection on the server: a finance bureau uploads a zip of published documents, watches it, gets the report. */
package org.gongkai.server.inspection;
