package org.gongkai.io.importing;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.io.importing.read.HtmlReader;
import org.gongkai.io.importing.read.ReadLimits;
import org.gongkai.io.importing.source.Cells;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.importing.source.Unparsed;

/**
 * A folder as one disclosure: a saved page ({@code x.html} with its {@code x_files/}) and the attachments downloaded
 * beside it, or any folder of parts. Its documents in reading order: the pages first (by name), then the attachments
 * in the order the pages link them, then every other document by name. Styles, scripts and images are not documents;
 * an HTML file under a sub-folder (a saved frame or advertisement) is read only when a page links it. An attachment a
 * page links but the folder lacks is reported, not fatal.
 *
 * @param files   the documents to read, in order
 * @param missing the linked attachments the folder does not hold
 */
record DisclosureFolder(List<Path> files, List<Unparsed> missing) {

    private static final Pattern DOCUMENT = Pattern.compile(
            "(?i).*\\.(html?|shtml|xhtml|jsp|aspx?|php|txt|pdf|docx?|xlsx?|xlsm|et|wps)$");
    /** More files than a disclosure ever has, and fewer than a folder picked by mistake (a whole download folder). */
    private static final int MAX_FILES = 200;
    private static final int MAX_DEPTH = 3;
    private static final Pattern ATTACHMENT_LEAD = Pattern.compile("^(附件|附表)\\s*[\\d一二三四五六七八九十]*\\s*[:：、.．]?\\s*");
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\.[a-z]{2,5}$");

    static DisclosureFolder of(Path folder) {
        List<Path> all = documents(folder);
        List<Path> pages = pages(folder, all);
        Set<Path> ordered = new LinkedHashSet<>(pages);
        List<Unparsed> missing = new ArrayList<>();
        for (Path page : pages) {
            for (HtmlReader.Link link : links(page)) {
                Optional<Path> file = all.stream().filter(p -> !pages.contains(p) && matches(p, link)).findFirst();
                if (file.isPresent()) {
                    ordered.add(file.get());
                } else {
                    missing.add(new Unparsed(name(page), link.label().isBlank() ? link.href() : link.label() + "（" + link.href() + "）",
                            "网页链接的附件不在文件夹中，未读取"));
                }
            }
        }
        List<Path> subPages = all.stream().filter(p -> !p.getParent().equals(folder) && HtmlReader.isPageName(name(p))).toList();
        all.stream().filter(p -> !subPages.contains(p) || pages.contains(p)).forEach(ordered::add);
        if (ordered.isEmpty()) {
            throw new ImportException(folder + "：文件夹中没有可导入的文件（网页、PDF、Word、Excel、WPS 或文本）");
        }
        return new DisclosureFolder(List.copyOf(ordered), missing);
    }

    /** The pages at the folder's top, or, when it has none there, every page under it. */
    private static List<Path> pages(Path folder, List<Path> all) {
        List<Path> top = all.stream().filter(p -> p.getParent().equals(folder) && HtmlReader.isPageName(name(p))).toList();
        return top.isEmpty() ? all.stream().filter(p -> HtmlReader.isPageName(name(p))).toList() : top;
    }

    /** Every document under the folder (not hidden, not an office lock file), by path. */
    private static List<Path> documents(Path folder) {
        try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH)) {
            List<Path> files = walk.filter(Files::isRegularFile).filter(p -> DOCUMENT.matcher(name(p)).matches())
                    .filter(p -> !name(p).startsWith(".") && !name(p).startsWith("~$"))
                    .sorted(Comparator.comparing((Path p) -> p.getParent().equals(folder) ? 0 : 1).thenComparing(Path::toString))
                    .limit(MAX_FILES + 1L).toList();
            if (files.size() > MAX_FILES) {
                throw new ImportException(folder + "：文件夹中的文件超过 " + MAX_FILES + " 个，不像是一份公开文件；请只放入一份公开的网页和附件");
            }
            return files;
        } catch (IOException e) {
            throw new ImportException(folder + "：无法读取文件夹（" + e.getMessage() + "）");
        }
    }

    private static List<HtmlReader.Link> links(Path page) {
        try {
            ReadLimits.STANDARD.requireBytes(page.toString(), Files.size(page));
            return HtmlReader.attachments(name(page), Files.readAllBytes(page));
        } catch (IOException e) {
            throw new ImportException(page + "：无法读取文件（" + e.getMessage() + "）");
        }
    }

    /** The file the link downloads: the same file name as the link's, or named as the link reads (「附件1：…」). */
    private static boolean matches(Path file, HtmlReader.Link link) {
        String name = name(file).toLowerCase(Locale.ROOT);
        if (linkedNames(link.href()).contains(name)) {
            return true;
        }
        String label = plainName(link.label());
        return !label.isEmpty() && label.equals(plainName(name(file)));
    }

    /** The file names a link may carry: its path's last segment, and any query value that is a file name. */
    private static List<String> linkedNames(String href) {
        List<String> names = new ArrayList<>();
        String path = href.replaceAll("[?#].*$", "");
        names.add(decoded(path.substring(path.lastIndexOf('/') + 1)));
        int query = href.indexOf('?');
        if (query >= 0) {
            for (String pair : href.substring(query + 1).replaceAll("#.*$", "").split("&")) {
                String value = decoded(pair.substring(pair.indexOf('=') + 1));
                names.add(value.substring(value.lastIndexOf('/') + 1));
            }
        }
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return text;
        }
    }

    /** 「附件1：部门预算公开表.xls」 → 「部门预算公开表」: a name as the link and the saved file both say it. */
    private static String plainName(String text) {
        String t = Cells.fold(text).replaceAll("\\s+", "");
        return EXTENSION.matcher(ATTACHMENT_LEAD.matcher(t).replaceFirst("")).replaceFirst("").toLowerCase(Locale.ROOT);
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
