package org.gongkai.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.gongkai.server.search.SearchDocument.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index finds what a substring scan of the published disclosures finds, in the portal's order. */
class SearchIndexTest {

    private static SearchDocument document(String code, String name, int year, List<Item> items) {
        return new SearchDocument(code, name, "110101", year, "/p/" + code + "/" + year, items);
    }

    private static Item department(String name, String path) {
        return new Item("部门", null, name, "部门预算", path);
    }

    private static Item project(String name, String path, int n) {
        return new Item("项目", null, name, "项目绩效目标表", path + "#project-" + n);
    }

    private static Item row(String code, String name, String path, int n) {
        return new Item("科目", code, code + " " + name, "一般公共预算支出表", path + "#t3-" + n);
    }

    private static SearchDocument education(int year) {
        String path = "/p/101001/" + year;
        return document("101001", "区教育局", year, List.of(department("区教育局", path),
                project("2024年老旧小区改造", path, 1), project("PPP项目运营补贴", path, 2),
                row("205", "教育支出", path, 1), row("20502", "普通教育", path, 2), row("2050201", "学前教育", path, 3),
                row("2080501", "行政单位离退休", path, 4)));
    }

    private static List<String> texts(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::text).toList();
    }

    @Test
    void aCodeOfThreeToSevenDigitsFindsRowsWithExactlyThatCodeAndTheDepartmentWithIt() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.put(education(2025));
            assertThat(texts(index.search("205", 100))).containsExactly("205 教育支出");
            assertThat(texts(index.search("2050201", 100))).containsExactly("2050201 学前教育");
            assertThat(texts(index.search(" 20502 ", 100))).containsExactly("20502 普通教育");
            assertThat(index.search("101001", 100)).extracting(SearchHit::kind, SearchHit::text)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("部门", "区教育局"));
            assertThat(index.search("2050", 100)).isEmpty();
            // two digits are text, and a 科目 row is found by text through its name only, not its code
            assertThat(index.search("20", 100)).extracting(SearchHit::kind).containsExactly("项目");
            // a code query still finds names that contain it, as the scan did
            assertThat(texts(index.search("2024", 100))).containsExactly("2024年老旧小区改造");
        }
    }

    @Test
    void textIsFoundAsASubstringNotAsLooseCharacters() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.put(education(2025));
            assertThat(index.search("教育局", 100)).extracting(SearchHit::kind, SearchHit::text, SearchHit::link)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("部门", "区教育局", "/p/101001/2025"));
            assertThat(index.search("教局", 100)).isEmpty();
            assertThat(index.search("学前教育", 100)).extracting(SearchHit::text, SearchHit::where, SearchHit::link)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("2050201 学前教育", "一般公共预算支出表", "/p/101001/2025#t3-3"));
            assertThat(texts(index.search("教育", 100))).containsExactly("区教育局", "205 教育支出", "20502 普通教育", "2050201 学前教育");
            // CJKAnalyzer would miss both: it keeps "2024" and "ppp" as words and a lone 年 as a unigram
            assertThat(texts(index.search("2024年", 100))).containsExactly("2024年老旧小区改造");
            assertThat(texts(index.search("4年老", 100))).containsExactly("2024年老旧小区改造");
            assertThat(texts(index.search("pP项目", 100))).containsExactly("PPP项目运营补贴");
            assertThat(texts(index.search("旧 小", 100))).isEmpty();
        }
    }

    @Test
    void aThreePublicPartIsFoundByAnyOfItsNamesQuotesAsideWithItsAmount() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            String path = "/p/101001/2025";
            index.put(document("101001", "区教育局", 2025, List.of(department("区教育局", path),
                    new Item("三公", null, "“三公”经费小计", "“三公”经费支出表", path + "#t9-2", new java.math.BigDecimal("12.50"),
                            List.of("“三公”经费合计")),
                    new Item("三公", null, "公务接待费", "“三公”经费支出表", path + "#t9-9", new java.math.BigDecimal("3.00"),
                            List.of("公务接待费")),
                    new Item("三公", null, "公务用车运行维护费", "“三公”经费支出表", path + "#t9-8", new java.math.BigDecimal("4.00"),
                            List.of("公务用车运行费")))));
            assertThat(index.search("三公经费", 100)).extracting(SearchHit::text, SearchHit::amount, SearchHit::departmentCode)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("“三公”经费小计", new java.math.BigDecimal("12.50"), "101001"));
            assertThat(texts(index.search("“三公”经费合计", 100))).containsExactly("“三公”经费小计");
            assertThat(texts(index.search("公务接待费", 100))).containsExactly("公务接待费");
            assertThat(texts(index.search("公务用车运行费", 100))).containsExactly("公务用车运行维护费");
            // the other names are kept apart: no query is found across two of them
            assertThat(index.search("合计公务", 100)).isEmpty();
            // a part is no name: one character never finds it
            assertThat(index.search("公", 100)).isEmpty();
        }
    }

    @Test
    void aSingleCharacterFindsDepartmentsAndProjectsButNoRows() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.put(education(2025));
            assertThat(texts(index.search("局", 100))).containsExactly("区教育局");
            assertThat(texts(index.search("教", 100))).containsExactly("区教育局");
            assertThat(texts(index.search("p", 100))).containsExactly("PPP项目运营补贴");
            assertThat(index.search("退", 100)).isEmpty();
            assertThat(index.search("*", 100)).isEmpty();
            assertThat(index.search("?", 100)).isEmpty();
        }
    }

    @Test
    void resultsAreOrderedByKindThenNewestYearThenDepartmentAndLimitedAfterOrdering() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            String a = "/p/2/2024";
            String b = "/p/1/2025";
            String c = "/p/3/2025";
            index.put(document("2", "乙卫生健康委员会", 2024, List.of(row("2100101", "卫生行政运行", a, 1),
                    department("乙卫生健康委员会", a), project("卫生应急项目", a, 1))));
            index.put(document("1", "甲卫生院", 2025, List.of(row("2100302", "乡镇卫生院", b, 1), department("甲卫生院", b))));
            index.put(document("3", "丙卫生局", 2025, List.of(project("卫生监督", c, 1), department("丙卫生局", c))));
            List<SearchHit> all = index.search("卫生", 100);
            assertThat(all).extracting(SearchHit::kind, SearchHit::text, SearchHit::year).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("部门", "丙卫生局", 2025),
                    org.assertj.core.groups.Tuple.tuple("部门", "甲卫生院", 2025),
                    org.assertj.core.groups.Tuple.tuple("部门", "乙卫生健康委员会", 2024),
                    org.assertj.core.groups.Tuple.tuple("项目", "卫生监督", 2025),
                    org.assertj.core.groups.Tuple.tuple("项目", "卫生应急项目", 2024),
                    org.assertj.core.groups.Tuple.tuple("科目", "2100302 乡镇卫生院", 2025),
                    org.assertj.core.groups.Tuple.tuple("科目", "2100101 卫生行政运行", 2024));
            assertThat(all.get(0).department()).isEqualTo("丙卫生局");
            assertThat(index.search("卫生", 4)).isEqualTo(all.subList(0, 4));
            assertThat(index.search("卫生", 1)).isEqualTo(all.subList(0, 1));
            assertThat(index.search("卫生", 0)).isEmpty();
            assertThat(index.search("卫生", -1)).isEmpty();
            assertThat(index.search("卫生", Integer.MAX_VALUE)).isEqualTo(all);
        }
    }

    @Test
    void aCorrectionReplacesTheEarlierVersionAndRemoveForgets() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.put(education(2025));
            index.put(education(2024));
            assertThat(index.size()).isEqualTo(14);
            String path = "/p/101001/2025";
            index.put(document("101001", "区教育和体育局", 2025, List.of(department("区教育和体育局", path),
                    row("2050202", "小学教育", path, 1))));
            assertThat(index.size()).isEqualTo(9);
            assertThat(index.search("学前教育", 100)).extracting(SearchHit::year).containsExactly(2024);
            assertThat(texts(index.search("体育", 100))).containsExactly("区教育和体育局");
            assertThat(texts(index.search("教育", 100)).stream().filter(t -> t.contains("局")))
                    .containsExactly("区教育和体育局", "区教育局");

            index.remove("101001", 2024);
            assertThat(index.search("学前教育", 100)).isEmpty();
            assertThat(index.size()).isEqualTo(2);
            index.remove("101001", 2025);
            index.remove("999", 2025);
            assertThat(index.size()).isZero();

            // in one bulk load the later of two versions of a department-year wins
            index.putAll(List.of(education(2025), document("101001", "区教育局", 2025,
                    List.of(department("区教育局", path))), education(2023)));
            assertThat(index.size()).isEqualTo(8);
            assertThat(index.search("学前教育", 100)).extracting(SearchHit::year).containsExactly(2023);
        }
    }

    @Test
    void anIndexOnDiskIsThereWhenReopened(@TempDir Path directory) throws Exception {
        Path at = directory.resolve("search");
        try (SearchIndex index = new SearchIndex(at)) {
            index.putAll(List.of(education(2025), education(2024)));
        }
        try (SearchIndex index = new SearchIndex(at)) {
            assertThat(index.size()).isEqualTo(14);
            assertThat(index.search("学前教育", 100)).extracting(SearchHit::year).containsExactly(2025, 2024);
            index.remove("101001", 2024);
        }
        try (SearchIndex index = new SearchIndex(at)) {
            assertThat(index.search("学前教育", 100)).extracting(SearchHit::year).containsExactly(2025);
        }
    }

    @Test
    void anyInputIsJustText() {
        try (SearchIndex index = SearchIndex.inMemory()) {
            String path = "/p/7/2025";
            index.put(document("7", "a*b(c)\"d <script>", 2025, List.of(department("a*b(c)\"d <script>", path))));
            index.put(education(2025));
            assertThat(index.search("\"*(<script>", 100)).isEmpty();
            assertThat(texts(index.search("<SCRIPT>", 100))).containsExactly("a*b(c)\"d <script>");
            assertThat(texts(index.search("*b(c)\"", 100))).containsExactly("a*b(c)\"d <script>");
            assertThat(texts(index.search("(", 100))).containsExactly("a*b(c)\"d <script>");
            assertThat(index.search("a*d", 100)).isEmpty();
            for (String hostile : new String[] {null, "", "   ", " ".repeat(10_000), "教育".repeat(5_000), "x".repeat(10_000),
                    "\\", "\\*", "?*", "AND OR NOT", "title:教育", "教育~2", "[1 TO 9]", "\u0000", "\uD800", "\uD800教育",
                    "😀", "😀😀", "/.*/", "%_'; DROP TABLE"}) {
                assertThat(index.search(hostile, 100)).as(String.valueOf(hostile)).isEmpty();
            }
        }
    }

    @Test
    void searchesRunWhileDepartmentsArePublished() throws Exception {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.put(education(2025));
            Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(5);
            pool.submit(() -> {
                try {
                    start.await();
                    Random random = new Random(1);
                    for (int i = 0; i < 200; i++) {
                        index.put(randomDocument(random, i));
                        if (i % 10 == 0) {
                            index.remove("10" + random.nextInt(20), 2021 + random.nextInt(5));
                        }
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
                return null;
            });
            for (int t = 0; t < 4; t++) {
                int seed = t;
                pool.submit(() -> {
                    try {
                        start.await();
                        Random random = new Random(100 + seed);
                        for (int i = 0; i < 250; i++) {
                            String q = VOCABULARY[random.nextInt(VOCABULARY.length)];
                            List<SearchHit> hits = index.search(q, 1 + random.nextInt(50));
                            if (!q.isBlank() && "学前教育".equals(q)) {
                                assertThat(hits).isNotEmpty(); // the department put first is never replaced
                            }
                            assertThat(index.size()).isPositive();
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                    return null;
                });
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
            assertThat(failures).isEmpty();
        }
    }

    // ---- the index agrees with a brute-force scan ----

    private static final String[] VOCABULARY = {"教育", "学前", "局", "区", "财政", "卫生", "健康", "委员会", "老旧", "小区",
            "改造", "2024年", "PPP", "ppp", "Abc", "x", " ", "医疗", "保障", "行政", "运行", "教", "育", "学前教育", "一般",
            "公共", "服务", "中心", "a b", "5G", "基建"};
    private static final String[] CODES = {"201", "20101", "2010101", "205", "20502", "2050201", "2050202", "301", "30101",
            "30201", "2080501"};

    private static String phrase(Random random) {
        StringBuilder s = new StringBuilder();
        int words = 1 + random.nextInt(4);
        for (int i = 0; i < words; i++) {
            s.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        return s.toString().strip().isEmpty() ? "机关" : s.toString();
    }

    private static SearchDocument randomDocument(Random random, int n) {
        String code = "10" + random.nextInt(20);
        int year = 2021 + random.nextInt(5);
        String name = phrase(random) + (random.nextBoolean() ? "局" : "中心");
        String path = "/p/" + code + "/" + year + "/v" + n;
        List<Item> items = new ArrayList<>();
        items.add(department(name, path));
        for (int i = 0, projects = random.nextInt(4); i < projects; i++) {
            items.add(project(phrase(random), path, i + 1));
        }
        for (int i = 0, rows = random.nextInt(8); i < rows; i++) {
            if (random.nextInt(6) == 0) {
                items.add(new Item("科目", null, "合计" + phrase(random), "一般公共预算支出表", path + "#t3-" + i));
            } else {
                items.add(row(CODES[random.nextInt(CODES.length)], phrase(random), path, i));
            }
        }
        return document(code, name, year, items);
    }

    private record Indexed(SearchDocument document, Item item, int ordinal) {
    }

    /** The portal's scan, written out plainly. */
    private static List<SearchHit> scan(Map<String, SearchDocument> published, String query) {
        String q = SearchIndex.fold(query).strip();
        if (q.isEmpty()) {
            return List.of();
        }
        boolean code = q.matches("\\d{3,7}");
        boolean single = q.codePointCount(0, q.length()) == 1;
        List<Indexed> found = new ArrayList<>();
        for (SearchDocument d : published.values()) {
            for (int i = 0; i < d.items().size(); i++) {
                Item item = d.items().get(i);
                String text = SearchIndex.fold(item.text());
                boolean match = switch (item.kind()) {
                    case "部门" -> d.departmentCode().toLowerCase(Locale.ROOT).equals(q) || text.contains(q);
                    case "项目" -> text.contains(q);
                    default -> item.code() != null && (code ? item.code().equals(q)
                            : !single && text.substring(item.code().length()).contains(q));
                };
                if (match) {
                    found.add(new Indexed(d, item, i));
                }
            }
        }
        List<String> kinds = List.of("部门", "项目", "三公", "科目");
        found.sort(Comparator.<Indexed>comparingInt(x -> kinds.indexOf(x.item().kind()))
                .thenComparing(x -> -x.document().year()).thenComparing(x -> x.document().departmentName())
                .thenComparing(x -> x.document().departmentCode()).thenComparingInt(Indexed::ordinal));
        return found.stream().map(x -> new SearchHit(x.item().kind(), x.item().text(), x.document().departmentName(),
                x.document().year(), x.item().where(), x.item().link(), x.document().departmentCode(), x.item().amount())).toList();
    }

    @Test
    void theIndexFindsExactlyWhatAScanFinds() {
        Random random = new Random(17);
        Map<String, SearchDocument> published = new LinkedHashMap<>();
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            documents.add(randomDocument(random, i));
        }
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.putAll(documents.subList(0, 150));
            documents.subList(0, 150).forEach(d -> published.put(d.departmentCode() + "/" + d.year(), d));
            for (SearchDocument d : documents.subList(150, 300)) {
                index.put(d);
                published.put(d.departmentCode() + "/" + d.year(), d);
                if (random.nextInt(15) == 0) {
                    SearchDocument gone = d;
                    index.remove(gone.departmentCode(), gone.year());
                    published.remove(gone.departmentCode() + "/" + gone.year());
                }
            }
            assertThat(index.size()).isEqualTo(published.values().stream().mapToLong(d -> d.items().size()).sum());

            List<String> queries = new ArrayList<>(List.of(VOCABULARY));
            queries.addAll(List.of(CODES));
            queries.addAll(List.of("100", "1010", "1019", "10", "2050", "合计", "计", "x 教育", "局 区"));
            List<Item> items = published.values().stream().flatMap(d -> d.items().stream()).toList();
            for (int i = 0; i < 600; i++) {
                String text = items.get(random.nextInt(items.size())).text();
                int from = random.nextInt(text.length());
                String q = text.substring(from, Math.min(text.length(), from + 1 + random.nextInt(6)));
                queries.add(random.nextInt(3) == 0 ? q.toUpperCase(Locale.ROOT) : q);
            }
            int nonEmpty = 0;
            for (String q : queries) {
                List<SearchHit> expected = scan(published, q);
                List<SearchHit> hits = index.search(q, 100_000);
                assertThat(hits).as("query [%s]", q).isEqualTo(expected);
                String lower = q.strip().toLowerCase(Locale.ROOT);
                if (lower.codePointCount(0, lower.length()) >= 2 && !lower.matches("\\d{3,7}") && !lower.matches("10\\d+")) {
                    assertThat(hits).as("query [%s]", q).allSatisfy(h -> assertThat(h.text().toLowerCase(Locale.ROOT)).contains(lower));
                }
                if (!hits.isEmpty()) {
                    nonEmpty++;
                    assertThat(index.search(q, 3)).isEqualTo(hits.subList(0, Math.min(3, hits.size())));
                }
            }
            assertThat(nonEmpty).as("queries that found something").isGreaterThan(queries.size() * 3 / 4);
        }
    }
}
