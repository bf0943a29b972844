package org.gongkai.core.classification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a tab-separated catalog resource: '#' lines are comments, the first other line names the columns.
 * Tabs never occur in catalog text, so no quoting is needed.
 */
final class TsvResource {

    private TsvResource() {
    }

    static List<Map<String, String>> read(String resource) {
        try (InputStream in = TsvResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("缺少分类目录资源文件 " + resource);
            }
            return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取分类目录资源文件 " + resource, e);
        }
    }

    private static List<Map<String, String>> parse(String resource, BufferedReader reader) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> header = null;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.asList(line.split("\t", -1));
            if (header == null) {
                header = cells;
                continue;
            }
            if (cells.size() != header.size()) {
                throw new IllegalStateException(resource + " 第 " + lineNumber + " 行应有 " + header.size()
                        + " 列，实际 " + cells.size() + " 列");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells.get(i).strip());
            }
            row.put("#line", Integer.toString(lineNumber));
            rows.add(row);
        }
        return rows;
    }

    static YearRange years(Map<String, String> row) {
        return new YearRange(year(row.get("from")), year(row.get("to")));
    }

    private static Integer year(String text) {
        return text == null || text.isEmpty() ? null : Integer.valueOf(text);
    }
}
