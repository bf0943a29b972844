package org.gongkai.io.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.SourceDocument;

/** In an unruled PDF a table's title stays a line of its own: the department line under it does not wrap into it. */
class PdfTableTitleTest {

    @Test
    void theDepartmentLineUnderATitleIsNoPartOfIt() throws Exception {
        SourceDocument printed = new SourceDocument("print", List.of(
                new Block.Text("7、部门预算政府性基金预算财政拨款支出表", 0, ""),
                new Block.Text("283 某县教育局    预算年度：2019    单位：万元", 0, ""),
                new Block.Grid(List.of(List.of("序号", "科目编码", "科目名称", "合计", "基本支出", "项目支出"),
                        List.of("1", "", "合计", "100.00", "40.00", "60.00"),
                        List.of("2", "2010301", "行政运行", "100.00", "40.00", "60.00")), "")));
        SourceDocument read = Documents.read("print.pdf", Renderings.pdf(printed));
        assertThat(read.blocks()).filteredOn(b -> b instanceof Block.Text).extracting(b -> ((Block.Text) b).text())
                .contains("7、部门预算政府性基金预算财政拨款支出表");
    }
}
