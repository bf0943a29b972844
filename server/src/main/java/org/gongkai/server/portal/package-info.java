/**
 * The public portal: published disclosures as pages, comparisons, region overviews, search, charts and open data,
 * all read from one immutable snapshot that a new publication replaces.
 */
package org.gongkai.server.portal;
