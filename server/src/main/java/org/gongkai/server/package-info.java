/** The Gongkai server: persistence (PostgreSQL), workflow, security and the REST API. */
package org.gongkai.server;
