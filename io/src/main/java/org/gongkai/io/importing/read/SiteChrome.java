package org.gongkai.io.importing.read;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a government site prints around every article, whatever the site: menus, breadcrumbs (「当前位置」), the share
 * bar, 「打印本页」「关闭窗口」, related links, the footer. Known by generic HTML elements and class or id words and by
 * the wording of its lines, never by one site's ids.
 */
final class SiteChrome {

    /** Elements that hold no article text on any page. */
    static final Set<String> NON_CONTENT = Set.of("script", "style", "noscript", "template", "iframe", "frame", "frameset",
            "object", "embed", "svg", "canvas", "map", "button", "select", "option", "input", "textarea", "link", "meta", "head");

    private static final Set<String> CHROME_TAGS = Set.of("nav", "footer", "aside", "menu");
    /** Class and id words of navigation, breadcrumbs, share bars, related links and footers, in any site's naming. */
    private static final Set<String> CHROME_WORDS = Set.of("nav", "navbar", "navigation", "menu", "menus", "mainmenu", "submenu",
            "breadcrumb", "breadcrumbs", "crumb", "crumbs", "footer", "foot", "copyright", "sidebar", "share", "bdshare",
            "bdsharebuttonbox", "related", "relate", "header", "topbar", "toolbar", "dqwz", "weizhi", "xgxx", "xglj");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s_\\-]+");

    private static final Pattern PLACE = Pattern.compile("^(当前位置|您现在的位置|您的位置|当前所在位置|所在位置|现在位置)\\s*[:：].*");
    private static final Pattern TOOLS_ONLY = Pattern.compile(
            "^([【\\[（(]?\\s*(打印本页|打印此页|打印文章|打印|关闭本页|关闭窗口|关闭|返回顶部|返回首页|返回列表|返回|收藏本页|加入收藏|收藏|我要纠错|纠错|"
                    + "字号|字体|大|中|小|默认|视力保护色|分享|分享到)\\s*[】\\]）)]?\\s*[:：|｜/]?\\s*)+$");
    private static final Pattern LEADS = Pattern.compile("^(分享到|上一篇|下一篇|上一条|下一条|相关链接|相关文章|相关阅读|相关新闻|扫一扫|【字体|字号[:：]).*");

    private SiteChrome() {
    }

    /** Chrome by its element: a nav, footer or aside, or an element whose class or id names a menu, bar or footer. */
    static boolean isChrome(Element element) {
        String tag = element.normalName();
        if (CHROME_TAGS.contains(tag)) {
            return true;
        }
        // A header inside an article holds the article's own title and date; only the site's header is chrome.
        if (tag.equals("header")) {
            return element.closest("article, main, section") == null;
        }
        return hasChromeWord(element.className()) || hasChromeWord(element.id());
    }

    private static boolean hasChromeWord(String names) {
        if (names.isEmpty()) {
            return false;
        }
        for (String word : WORD_SPLIT.split(names.toLowerCase(Locale.ROOT))) {
            if (CHROME_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A line of chrome: a breadcrumb, the tools (打印本页 | 关闭窗口 | 字号 大 中 小), a share bar, 上一篇/下一篇, 相关链接. */
    static boolean isChromeLine(String line) {
        String t = line.strip();
        return t.length() <= 200 && PLACE.matcher(t).matches() || TOOLS_ONLY.matcher(t).matches()
                || t.length() <= 120 && LEADS.matcher(t).matches();
    }

    /** The tools printed on the same line as the date and source (【打印】【关闭】, 字号：大 中 小), cut from it. */
    static String withoutTools(String line) {
        return line.replaceAll("[【\\[][^】\\]]{0,12}[】\\]]", " ").replaceAll("(字号|字体)\\s*[:：]?\\s*[大中小\\s|｜]*", " ")
                .replaceAll("(浏览次数|阅读次数|访问次数|点击数|点击率|浏览量)\\s*[:：]\\s*\\d*", " ")
                .replaceAll("(打印本页|关闭窗口|分享到[:：]?.*$)", " ").replaceAll("\\s{3,}", "  ").strip();
    }
}
