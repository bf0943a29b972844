package org.gongkai.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hits of one department-year are one result: its best passage first, the others beside it. */
class SearchResultTest {

    private static SearchHit hit(String kind, String text, String code, int year, String where) {
        return new SearchHit(kind, text, "部门" + code, year, where, "/d/" + code + "/" + year, code, BigDecimal.ONE);
    }

    @Test
    void aCodeInFiveTablesOfOneDepartmentYearIsOneResultWithTheOtherPlacesBesideIt() {
        List<SearchHit> hits = List.of(hit("科目", "2010101 行政运行", "430", 2023, "表3"), hit("科目", "2010101 行政运行", "430", 2023, "表5"),
                hit("科目", "2010101 行政运行", "430", 2023, "表6"), hit("科目", "2010101 行政运行", "431", 2023, "表3"));
        List<SearchResult> results = SearchResult.group(hits, "行政运行", 50);
        assertThat(results).extracting(SearchResult::departmentCode, SearchResult::where).containsExactly(
                org.assertj.core.groups.Tuple.tuple("430", "表3"), org.assertj.core.groups.Tuple.tuple("431", "表3"));
        assertThat(results.get(0).more()).extracting(SearchHit::where).containsExactly("表5", "表6");
    }

    @Test
    void theBestPassageIsTheOneThatIsTheQueryThenBeginsWithItThenHoldsIt() {
        List<SearchHit> hits = List.of(hit("项目", "公务接待费管理项目", "430", 2023, "项目"), hit("三公", "公务用车运行维护费", "430", 2023, "表9"),
                hit("三公", "公务接待费", "430", 2023, "表9"), hit("项目", "其他公务接待费", "431", 2023, "项目"));
        List<SearchResult> results = SearchResult.group(hits, "公务接待费", 50);
        assertThat(results).extracting(SearchResult::text).containsExactly("公务接待费", "其他公务接待费");
        assertThat(results.get(0).more()).extracting(SearchHit::text).containsExactly("公务接待费管理项目", "公务用车运行维护费");
    }

    @Test
    void theLimitCountsDepartmentYearsNotPassages() {
        List<SearchHit> hits = List.of(hit("科目", "205 教育支出", "1", 2023, "表3"), hit("科目", "205 教育支出", "1", 2023, "表5"),
                hit("科目", "205 教育支出", "2", 2023, "表3"), hit("科目", "205 教育支出", "3", 2022, "表3"));
        assertThat(SearchResult.group(hits, "205", 2)).extracting(SearchResult::departmentCode).containsExactly("1", "2");
    }
}
