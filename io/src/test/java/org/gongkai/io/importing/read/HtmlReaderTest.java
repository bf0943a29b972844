package org.gongkai.io.importing.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.importing.source.SourceDocument;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.importing.ImportResult;
import org.gongkai.io.importing.Interpreter;
import org.gongkai.io.importing.Renderings;
import org.gongkai.io.importing.WebPages;

/** A saved web page read into blocks: its charset, its article without the site around it, its tables laid out. */
class HtmlReaderTest {

    @Test
    void aGb2312PageIsReadInTheCharsetItsMetaDeclares() {
        assertThat(isUtf8(WebPages.bytes(WebPages.BUDGET))).as("the fixture is not UTF-8").isFalse();
        SourceDocument page = WebPages.read(WebPages.BUDGET);
        assertThat(page.blocks().get(0)).isEqualTo(new Block.Text("青山县农业农村局2024年部门预算公开", 1, "网页标题"));
    }

    @Test
    void aGbkPageThatDeclaresNoCharsetIsReadAsGb18030() {
        assertThat(new String(WebPages.bytes(WebPages.THREE_PUBLIC), StandardCharsets.ISO_8859_1)).doesNotContainIgnoringCase("charset");
        assertThat(texts(WebPages.read(WebPages.THREE_PUBLIC))).contains("青山县民政局“三公”经费预算2014年情况如下：");
    }

    @Test
    void aUtf8PageWithAByteOrderMarkIsReadWithoutTheMark() {
        SourceDocument page = WebPages.read(WebPages.SCRIPTED);
        assertThat(((Block.Text) page.blocks().get(0)).text()).isEqualTo("青山县城关镇人民政府2023年部门预算公开");
    }

    @Test
    void aPageDeclaringUtf8ButWrittenInGbkIsReadInTheCharsetThatDecodesIt() {
        byte[] page = "<html><head><meta charset=\"utf-8\"><title>青山县财政局2024年部门预算</title></head><body><p>一、部门职责</p></body></html>"
                .getBytes(Charset.forName("GBK"));
        assertThat(texts(Documents.read("page.html", page))).containsExactly("青山县财政局2024年部门预算", "一、部门职责");
    }

    @Test
    void aPageCutOffInsideACharacterIsStillRead() {
        byte[] whole = "<html><body><p>二、收支预算总体情况</p><p>收入总计1256.80万元</p></body></html>".getBytes(Charset.forName("GBK"));
        byte[] cut = Arrays.copyOf(whole, whole.length - "万元</p></body></html>".getBytes(Charset.forName("GBK")).length + 1);
        assertThat(texts(Documents.read("cut.html", cut))).containsExactly("二、收支预算总体情况", "收入总计1256.80");
    }

    @Test
    void theTitleComesFirstThenThePublicationLineThenTheArticle() {
        List<String> texts = texts(WebPages.read(WebPages.BUDGET));
        assertThat(texts.subList(0, 4)).containsExactly("青山县农业农村局2024年部门预算公开", "发布时间：2024-01-26 10:32  来源：青山县农业农村局",
                "青山县农业农村局", "2024年部门预算情况说明");
        assertThat(texts).contains("一、部门职责", "四、“三公”经费预算情况说明", "九、名词解释");
    }

    @ParameterizedTest
    @ValueSource(strings = {WebPages.BUDGET, WebPages.FINAL_ACCOUNTS, WebPages.THREE_PUBLIC, WebPages.SCRIPTED})
    void noScriptStyleMenuShareBarOrFooterReachesTheText(String resource) {
        String all = everything(WebPages.read(resource));
        for (String chrome : List.of("alert", "document.write", "trackPageView", "统计代码", "getHits", "text-indent", "首页", "政务公开 >",
                "当前位置", "您现在的位置", "栏目导航", "打印本页", "关闭窗口", "分享到", "相关链接", "上一篇", "下一篇", "热点信息", "版权所有",
                "主办单位", "ICP", "请输入关键字", "编辑：张三", "您的浏览器不支持", "视频加载中", "浏览次数", "点击数", "无障碍")) {
            assertThat(all).as(resource + " leaks 「" + chrome + "」").doesNotContain(chrome);
        }
    }

    @Test
    void theArticleOfATableLayoutPageIsItsTextAndOnlyTheDataTableIsAGrid() {
        List<Block.Grid> grids = grids(WebPages.read(WebPages.THREE_PUBLIC));
        assertThat(grids).hasSize(1);
        assertThat(grids.get(0).rows().get(2)).containsExactly("合计", "12.50", "14.00", "-1.50");
    }

    @Test
    void rowAndColumnSpansAreLaidOutSoEachCellSitsUnderItsHeader() {
        String html = "<html><body><table>"
                + "<tr><th rowspan=\"2\">科目编码</th><th rowspan=\"2\">科目名称</th><th colspan=\"3\">本年支出</th></tr>"
                + "<tr><th>合计</th><th>基本支出</th><th>项目支出</th></tr>"
                + "<tr><td colspan=\"2\">合计</td><td>100.00</td><td>60.00</td><td>40.00</td></tr>"
                + "<tr><td>201</td><td>一般公共<br>服务支出</td><td>100.00</td><td>60.00</td><td>40.00</td></tr>"
                + "</table></body></html>";
        Block.Grid grid = grids(Documents.read("t.html", html.getBytes(StandardCharsets.UTF_8))).get(0);
        assertThat(grid.spansKnown()).isTrue();
        assertThat(grid.rows()).containsExactly(
                List.of("科目编码", "科目名称", "本年支出", "本年支出", "本年支出"),
                List.of("", "", "合计", "基本支出", "项目支出"),
                List.of("合计", "", "100.00", "60.00", "40.00"),
                List.of("201", "一般公共服务支出", "100.00", "60.00", "40.00"));
    }

    @Test
    void brokenMarkupIsReadAsABrowserRepairsIt() {
        String html = "<html><body><div id=zoom><p>一、部门职责<p>负责全县档案工作<table><tr><td>项目<td>金额<tr><td>合计<td>12.50</table>"
                + "<p>二、机构设置</div></span></font></body>";
        SourceDocument page = Documents.read("broken.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(texts(page)).containsExactly("一、部门职责", "负责全县档案工作", "二、机构设置");
        assertThat(grids(page).get(0).rows()).containsExactly(List.of("项目", "金额"), List.of("合计", "12.50"));
    }

    @Test
    void aTruncatedBudgetPageImportsWhatItHolds() {
        byte[] whole = WebPages.bytes(WebPages.BUDGET);
        byte[] cut = Arrays.copyOf(whole, whole.length * 2 / 5);
        ImportResult result = Interpreter.interpret(Documents.read("cut.html", cut));
        assertThat(result.model().department().name()).isEqualTo("青山县农业农村局");
        assertThat(result.model().year()).isEqualTo(2024);
    }

    @Test
    void aPdfNamedHtmlIsReadAsThePdfItIs() throws Exception {
        SourceDocument text = TextReader.read("t.txt", "青山县财政局2024年部门预算\n\n一、部门职责\n负责全县财政工作。\n");
        SourceDocument page = Documents.read("download.html", Renderings.pdf(text));
        assertThat(everything(page)).contains("负责全县财政工作");
    }

    @Test
    void binaryContentNamedHtmlIsRefusedNamingTheFile() {
        byte[] binary = new byte[512];
        new java.util.Random(7).nextBytes(binary);
        binary[3] = 0;
        assertThatThrownBy(() -> Documents.read("页面.html", binary)).isInstanceOf(ImportException.class)
                .hasMessageContaining("页面.html").hasMessageContaining("网页");
    }

    @Test
    void plainTextNamedHtmIsReadAsText() {
        SourceDocument page = Documents.read("说明.htm", "一、部门职责\n负责全县财政工作。\n".getBytes(StandardCharsets.UTF_8));
        assertThat(texts(page)).containsExactly("一、部门职责", "负责全县财政工作。");
    }

    @Test
    void anXlsThatASiteExportedAsAWebPageIsReadAsThePage() {
        String html = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"
                + "<body><table><tr><td class=xl65>项目</td><td class=xl65>金额</td></tr><tr><td>合计</td><td>12.50</td></tr></table></body></html>";
        assertThat(grids(Documents.read("公开表.xls", html.getBytes(StandardCharsets.UTF_8))).get(0).rows())
                .containsExactly(List.of("项目", "金额"), List.of("合计", "12.50"));
    }

    @Test
    void aPageNestedAHundredThousandDeepIsReadWithoutOverflowingTheStack() {
        String html = "<html><body>" + "<div>".repeat(100_000) + "<p>一、部门职责</p>" + "</div>".repeat(100_000) + "</body></html>";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        SourceDocument page = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Documents.read("deep.html", bytes));
        assertThat(texts(page)).containsExactly("一、部门职责");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<table><tr><td>|</td></tr></table>", "<div class=\"title\">|</div>", "<span>来源：|</span>", "<font>|</font>"})
    void deeplyNestedTablesTitlesOrSpansAreReadInLinearTime(String nest) {
        String[] open = nest.split("\\|");
        int depth = 30_000;
        String html = "<html><body>" + open[0].repeat(depth) + "<p>二、机构设置</p>" + open[1].repeat(depth) + "</body></html>";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        SourceDocument page = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Documents.read("nested.html", bytes));
        assertThat(everything(page)).contains("二、机构设置");
    }

    /** Misnested formatting and unclosed links make a parser reconstruct its open elements again and again. */
    @Test
    void misnestedLinksAndFormattingAreReadInTime() {
        String html = "<html><body><p>一、部门职责</p>" + "<a href=\"x.html\"><b><i>链接".repeat(20_000) + "</p>".repeat(20_000) + "</body></html>";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        SourceDocument page = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Documents.read("misnested.html", bytes));
        assertThat(texts(page)).startsWith("一、部门职责");
    }

    @Test
    void aPageWithMoreTagsThanTheLimitIsRefusedBeforeItIsParsed() {
        ReadLimits small = new ReadLimits(ReadLimits.STANDARD.maxBytes(), 500, 100, 20_000);
        byte[] page = ("<html><body>" + "<p>段落</p>".repeat(1_000) + "</body></html>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> HtmlReader.read("big.html", page, small)).isInstanceOf(ImportException.class)
                .hasMessageContaining("big.html").hasMessageContaining("标签").hasMessageContaining("400");
    }

    @Test
    void aTableSpanningMoreThanAnyPublishedTableIsBounded() {
        String html = "<html><body><table><tr><td colspan=\"999999999\" rowspan=\"999999\">合计</td><td>1.00</td></tr>"
                + "<tr><td>2.00</td></tr></table></body></html>";
        Block.Grid grid = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> grids(Documents.read("span.html", html.getBytes(StandardCharsets.UTF_8))).get(0));
        assertThat(grid.rows()).allSatisfy(r -> assertThat(r.size()).isLessThanOrEqualTo(101));
    }

    @Test
    void thePageListsItsAttachmentsInTheOrderItLinksThem() {
        String html = "<html><body><p>附件：</p><p><a href=\"/upload/P0202401.xls\">附件1：收支预算总表</a></p>"
                + "<p><a href=\"/module/download/downfile.jsp?classid=0&filename=P0202402.pdf\">附件2：情况说明</a></p>"
                + "<p><a href=\"/zwgk/\">政务公开</a></p></body></html>";
        assertThat(HtmlReader.attachments("p.html", html.getBytes(StandardCharsets.UTF_8))).containsExactly(
                new HtmlReader.Link("/upload/P0202401.xls", "附件1：收支预算总表"),
                new HtmlReader.Link("/module/download/downfile.jsp?classid=0&filename=P0202402.pdf", "附件2：情况说明"));
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static List<String> texts(SourceDocument document) {
        return document.blocks().stream().filter(b -> b instanceof Block.Text).map(b -> ((Block.Text) b).text()).toList();
    }

    private static List<Block.Grid> grids(SourceDocument document) {
        return document.blocks().stream().filter(b -> b instanceof Block.Grid).map(b -> (Block.Grid) b).toList();
    }

    /** Every text and cell of the document, one string. */
    private static String everything(SourceDocument document) {
        return document.blocks().stream().map(b -> b instanceof Block.Text t ? t.text()
                : ((Block.Grid) b).rows().stream().flatMap(List::stream).collect(Collectors.joining(" "))).collect(Collectors.joining("\n"));
    }
}
