/** The REST API (everything the UI does), the public read-only API and the error responses. */
package org.gongkai.server.api;
