/** PostgreSQL: the data source (embedded by default, external through GONGKAI_DB_URL) and the repositories. */
package org.gongkai.server.persistence;
