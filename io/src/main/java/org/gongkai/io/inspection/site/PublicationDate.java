package org.gongkai.io.inspection.site;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's 发布时间: a meta tag (PubDate, publishdate …), then the article's 「发布时间：2024-03-15」 line, then a date
 * in its URL ({@code /2024/03/15/}, {@code t20240315_123.html}, {@code /202403/}). Empty when none is found.
 */
final class PublicationDate {

    private static final List<String> META = List.of("pubdate", "publishdate", "articlepubdate", "firstpublishedtime",
            "publishtime", "publish_date", "article:published_time", "dc.date");
    private static final String YMD = "(\\d{4})\\s*[-/年.]\\s*(\\d{1,2})\\s*[-/月.]\\s*(\\d{1,2})";
    private static final Pattern IN_TEXT = Pattern.compile("(?:发布时间|发布日期|发文日期|时间|日期)\\s*[:：]\\s*" + YMD);
    private static final Pattern ANY = Pattern.compile("^\\s*" + YMD);
    private static final Pattern URL_SLASHED = Pattern.compile("/(20\\d{2})[-/]?(\\d{2})[-/](\\d{2})/");
    private static final Pattern URL_T = Pattern.compile("[/_t](20\\d{2})(\\d{2})(\\d{2})[_/.]");

    private PublicationDate() {
    }

    static Optional<LocalDate> of(Document page, String key) {
        for (Element meta : page.select("meta[content]")) {
            String name = (meta.attr("name") + meta.attr("property")).toLowerCase(java.util.Locale.ROOT);
            if (META.contains(name)) {
                Optional<LocalDate> date = date(ANY.matcher(meta.attr("content")));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        Optional<LocalDate> inText = date(IN_TEXT.matcher(page.body() == null ? "" : page.body().text()));
        if (inText.isPresent()) {
            return inText;
        }
        return date(URL_SLASHED.matcher(key)).or(() -> date(URL_T.matcher(key)));
    }

    private static Optional<LocalDate> date(Matcher m) {
        while (m.find()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (date.getYear() >= 2000 && date.getYear() <= 2100) {
                    return Optional.of(date);
                }
            } catch (DateTimeException notADate) {
                // 2024-13-45 is not a date; look further.
            }
        }
        return Optional.empty();
    }
}
