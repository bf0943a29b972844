package org.gongkai.io.inspection.site;

import java.io.IOException;
import org.gongkai.io.inspection.Batch;

/**
 * One saved file of a site: its key (host and path as the mirror keeps it, decoded: {@code www.x.gov.cn/zwgk/a.html}),
 * the content type the server gave (null for a mirror folder) and a way to read its bytes.
 */
public record SiteResource(String key, String contentType, long size, Batch.Reading reading) {

    byte[] bytes() throws IOException {
        return reading.read();
    }

    /** The last segment of the key: what a user sees as the file's name. */
    public String fileName() {
        String k = key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
        return k.substring(k.lastIndexOf('/') + 1);
    }

    boolean isPage() {
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("html")) {
            return true;
        }
        return org.gongkai.io.importing.read.HtmlReader.isPageName(fileName()) || key.endsWith("/");
    }
}
