package org.gongkai.io.importing.read;

import java.util.ArrayList;
import java.util.Arrays;
import org.gongkai.io.importing.source.Simplified;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.SourceDocument;

/**
 * Reads text renderings of published disclosures in the three families met in practice: tab-separated tables
 * (Word saved as text), one cell per line with rows between blank lines (another Word rendering), and
 * markdown-like PDF conversions with {@code #} headings and HTML tags; the tables crawled pages print as {@code |} rows
 * or as rows aligned by spaces are first rewritten as tab-separated rows ({@link TextRows}). Word field codes,
 * bookmarks, tags and markdown emphasis are removed; what remains is text lines and grids.
 */
public final class TextReader {

    private static final Pattern FIELD_CODE = Pattern.compile("\\s*TC\\s+(\"[^\"]*\"|\\S.*?)\\s+\\\\f\\s+[A-Z]\\s+\\\\l\\s+\\d+\\s*");
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
    private static final Pattern TAG = Pattern.compile("</?(b|p|br|strong|em|span|u|i|sup|sub|font|div)(\\s[^>]*)?/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING = Pattern.compile("^\\s*(#{1,6})\\s+");
    private static final Pattern TRAILING_SPACES = Pattern.compile(" +$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*•]\\s+");

    private TextReader() {
    }

    public static SourceDocument read(String name, String text) {
        String unified = Simplified.text(text.replace("\r\n", "\n").replace('\r', '\n'));
        String[] raw = (OneLineText.lostItsLines(unified) ? OneLineText.restoreLines(unified) : OneLineText.restoreRunTogetherLines(unified)).split("\n", -1);
        List<String> lines = TextRows.tabSeparated(Arrays.stream(raw).map(TextReader::clean).toList());
        boolean cellPerLine = cellPerLine(lines);
        List<Block> blocks = new ArrayList<>();
        List<List<String>> grid = new ArrayList<>();
        List<String> row = new ArrayList<>();
        int gridStart = 0;
        boolean afterBlank = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() && !line.contains("\t")) {
                if (!row.isEmpty()) {
                    grid.add(row);
                    row = new ArrayList<>();
                }
                afterBlank = true;
                continue;
            }
            boolean singleCell = line.startsWith("\t") && line.indexOf('\t', 1) < 0;
            if (line.indexOf('\t') >= 0 && !(cellPerLine && singleCell)) {
                if (!row.isEmpty()) {
                    grid.add(row);
                    row = new ArrayList<>();
                }
                gridStart = grid.isEmpty() ? i : gridStart;
                grid.add(cells(line));
            } else if (cellPerLine && singleCell) {
                gridStart = grid.isEmpty() && row.isEmpty() ? i : gridStart;
                row.add(line.substring(1).strip());
            } else if (cellPerLine && !row.isEmpty() && !afterBlank) {
                row.set(row.size() - 1, (row.get(row.size() - 1) + "\n" + line.strip()).strip());
            } else {
                if (!row.isEmpty()) {
                    grid.add(row);
                    row = new ArrayList<>();
                }
                flush(blocks, grid, gridStart);
                grid = new ArrayList<>();
                blocks.add(text(line, i));
            }
            afterBlank = false;
        }
        if (!row.isEmpty()) {
            grid.add(row);
        }
        flush(blocks, grid, gridStart);
        return new SourceDocument(name, blocks);
    }

    private static void flush(List<Block> blocks, List<List<String>> grid, int start) {
        if (!grid.isEmpty()) {
            blocks.add(new Block.Grid(grid, "第 " + (start + 1) + " 行"));
        }
    }

    private static Block text(String line, int index) {
        String unbulleted = BULLET.matcher(line).replaceFirst("");
        Matcher heading = HEADING.matcher(unbulleted);
        int level = heading.find() ? heading.group(1).length() : 0;
        String body = level > 0 ? unbulleted.substring(heading.end()) : unbulleted;
        return new Block.Text(body.strip(), level, "第 " + (index + 1) + " 行");
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
    }

    /** Word renderings with one cell per line have many lines holding only a leading tab and text. */
    private static boolean cellPerLine(List<String> lines) {
        long single = lines.stream().filter(l -> l.startsWith("\t") && l.indexOf('\t', 1) < 0).count();
        long multi = lines.stream().filter(l -> l.indexOf('\t') >= 0 && !(l.startsWith("\t") && l.indexOf('\t', 1) < 0)).count();
        return single > 20 && single > multi;
    }

    static String clean(String line) {
        String cleaned = FIELD_CODE.matcher(line).replaceAll("");
        cleaned = BOOKMARK.matcher(cleaned).replaceAll("");
        cleaned = TAG.matcher(cleaned).replaceAll("");
        cleaned = cleaned.replace("**", "").replace("\u00a0", " ").replace("\u3000", " ");
        // Trailing tabs are empty cells and stay; only trailing spaces go.
        return TRAILING_SPACES.matcher(cleaned).replaceAll("");
    }
}
