/** The public portal's search: a Lucene index of published department-years, found by code or by substring. */
package org.gongkai.server.search;
