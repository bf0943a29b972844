package org.gongkai.io.importing.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimplifiedTest {

    private static SourceDocument document(String... lines) {
        return new SourceDocument("t.txt", java.util.stream.IntStream.range(0, lines.length)
                .mapToObj(i -> (Block) new Block.Text(lines[i], 0, "第 " + (i + 1) + " 行")).toList());
    }

    private static List<String> texts(SourceDocument document) {
        return document.blocks().stream().map(b -> ((Block.Text) b).text()).toList();
    }

    @Test
    void aDocumentInTraditionalCharactersIsReadInSimplifiedOnes() {
        SourceDocument folded = Simplified.of(document("某縣部門預算公開", "“三公”經費財政撥款預算為12.30萬元，其中公務接待費4.30萬元。"));
        assertThat(texts(folded)).containsExactly("某县部门预算公开", "“三公”经费财政拨款预算为12.30万元，其中公务接待费4.30万元。");
    }

    @Test
    void gridCellsAreFoldedToo() {
        SourceDocument folded = Simplified.of(new SourceDocument("t.xls", List.of(new Block.Text("部門預算", 0, "表 1"),
                new Block.Grid(List.of(List.of("項目", "預算數"), List.of("公務接待費", "4.30")), "表 1"))));
        assertThat(((Block.Grid) folded.blocks().get(1)).rows()).containsExactly(List.of("项目", "预算数"), List.of("公务接待费", "4.30"));
    }

    @Test
    void aSimplifiedDocumentNamingOneTraditionalCharacterIsLeftAsPrinted() {
        SourceDocument document = document("某县文化馆2024年部门预算公开", "负责人：乾隆路某号，收入预算总计356.20万元，支出预算总计356.20万元，基本支出300.10万元，"
                + "项目支出56.10万元，三公经费5.30万元，公务接待费2.00万元，公务用车运行维护费3.30万元。");
        assertThat(Simplified.of(document)).isSameAs(document);
    }

    @Test
    void aPinyinGlossIsRemovedAndAnAbbreviationInBracketsKept() {
        SourceDocument unglossed = Simplified.of(document("部门(bù mén)预算与经(jīng)费", "政府和社会资本合作(PPP)项目"));
        assertThat(texts(unglossed)).containsExactly("部门预算与经费", "政府和社会资本合作(PPP)项目");
    }
}
