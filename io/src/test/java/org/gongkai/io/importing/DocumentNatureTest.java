package org.gongkai.io.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gongkai.io.importing.recognise.DocumentNature.Nature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.gongkai.io.importing.read.TextReader;
import org.gongkai.io.importing.recognise.DocumentNature;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.importing.source.OcrReading;
import org.gongkai.io.importing.source.SourceDocument;

/** A document that is not a budget or 决算 disclosure is named for what it is, from its words (natures.tsv). */
class DocumentNatureTest {

    private static final String EVALUATION = """
            2023年度某市交通警察支队
            专项资金绩效评价结果
            为加强财政支出管理，市财政局绩效评价工作组对市交警支队2023年度专项资金实施了绩效评价。
            二、项目预算资金安排、管理、使用情况
            2023年度专项资金预算指标安排数12,542.74万元，预算执行率100.00%。
            六、评价结论
            综合评价得分85.38分，评价等级为“良”。
            """;

    @Test
    void namesAPerformanceEvaluationForWhatItIsWithItsEvidence() {
        DocumentNature nature = DocumentNature.of(TextReader.read("评价.txt", EVALUATION));

        assertThat(nature.nature()).isEqualTo(Nature.PERFORMANCE_EVALUATION);
        assertThat(nature.name()).isEqualTo("专项资金绩效评价结果");
        assertThat(nature.evidence()).contains("专项资金绩效评价结果", "评价结论", "评价等级");
    }

    @Test
    void refusesToImportAPerformanceEvaluationAsABudgetOrABlankTemplate() {
        assertThatThrownBy(() -> Interpreter.interpret(TextReader.read("评价.txt", EVALUATION)))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("评价.txt 是专项资金绩效评价结果，不是部门预算或决算公开文件（依据：“专项资金绩效评价结果”")
                .hasMessageNotContaining("空白模板");
    }

    @Test
    void saysAScannedDocumentWasScannedAndReadByOcr() {
        SourceDocument scanned = ocrRead(TextReader.read("评价.pdf", EVALUATION), new OcrReading(List.of(1, 2), List.of(), false, 80, 86));

        assertThatThrownBy(() -> Interpreter.interpret(scanned)).hasMessageStartingWith("评价.pdf 是扫描的专项资金绩效评价结果，不是部门预算或决算公开文件")
                .hasMessageContaining("第 1–2 页由 OCR 识别（平均置信度 86%）");
    }

    @Test
    void namesAnAuditReportAndANotice() {
        DocumentNature audit = DocumentNature.of(TextReader.read("a.txt", "某县审计局\n关于某单位2023年度预算执行情况的审计报告\n审计发现以下问题。"));
        DocumentNature notice = DocumentNature.of(TextReader.read("n.txt", "关于做好2024年部门预算编制工作的通知\n各有关单位：\n现将有关事项通知如下。"));

        assertThat(audit.nature()).isEqualTo(Nature.OTHER);
        assertThat(audit.name()).isEqualTo("审计报告");
        assertThat(notice.name()).isEqualTo("通知");
        assertThat(notice.readable()).isFalse();
    }

    @Test
    void aBudgetWithItsTablesIsABudgetThoughItSpeaksOfPerformanceEvaluation() {
        DocumentNature nature = DocumentNature.of(TextReader.read("b.txt", """
                某局2024年绩效评价结果应用情况
                一、收支预算总表
                二、收入预算总表
                综合评价得分90分，评价等级为优，评价结论良好。
                """));

        assertThat(nature.nature()).isEqualTo(Nature.BUDGET);
        assertThat(nature.readable()).isTrue();
    }

    @Test
    void aFinalAccountsDisclosureIsFinalAccounts() {
        DocumentNature nature = DocumentNature.of(TextReader.read("f.txt", "某县档案馆\n2023年度部门决算\n一、收入支出决算总表\n二、收入决算表\n"));

        assertThat(nature.nature()).isEqualTo(Nature.FINAL_ACCOUNTS);
    }

    @Test
    void aScanOcrReadNothingOnAndAnEmptyImageAreSaidToBeSo() {
        OcrReading scan = new OcrReading(List.of(1, 2, 3), List.of(), false, 0, 0);
        OcrReading image = new OcrReading(List.of(1), List.of(), true, 0, 0);

        assertThatThrownBy(() -> Interpreter.interpret(new SourceDocument("s.pdf", List.of(), scan)))
                .hasMessage("s.pdf 是扫描件（第 1–3 页只有图像），OCR 未识别出文字，不是可读取的部门预算或决算公开文件");
        assertThat(DocumentNature.of(new SourceDocument("p.png", List.of(), image)).nature()).isEqualTo(Nature.IMAGE);
    }

    @Test
    void aTextNothingNamesIsLeftToTheImporter() {
        DocumentNature nature = DocumentNature.of(TextReader.read("x.txt", "会议纪要\n今天讨论了工作安排。"));

        assertThat(nature.nature()).isEqualTo(Nature.OTHER);
        assertThat(nature.name()).isEmpty();
        assertThat(nature.readable()).isTrue();
    }

    private static SourceDocument ocrRead(SourceDocument document, OcrReading ocr) {
        return new SourceDocument(document.name(), document.blocks().stream().map(b -> (Block) new Block.Text(((Block.Text) b).text(), 0,
                "第 1 页" + OcrReading.MARK)).toList(), ocr);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "政府信息公开\n索引号\n000000/2024-00033\n某某县2023年“三公”经费决算情况说明\n经某某县财政局汇总，县各部门“三公”经费决算数为820.33万元。",
            "当前位置：首页 > 财政资金\n某某区2019年财政拨款“三公”经费预算情况\n经某某区财政局汇总，2019年“三公”经费预算总额1938万元。"})
    void aRegionsThreePublicAsAWholeIsNoDepartmentsDisclosure(String page) {
        DocumentNature nature = DocumentNature.of(TextReader.read("p.txt", page));

        assertThat(nature.readable()).isFalse();
        assertThat(nature.name()).isEqualTo("地区汇总的“三公”经费公开");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "某某县财政局\n搜索位置\n匹配度\n某某县2023年政府决算\n发布日期：2024-08-29\n目 录\n第一部分 关于2023年县本级财政决算的报告",
            "2022年某某区人民政府决算公开\n目 录\n第一部分 决算报告\n第二部分 决算报表",
            "财政报告\n关于某某市某某区2021年财政\n预算执行情况及2022年财政\n预算草案的报告\n各位代表：",
            "首页 > 决算公开\n[ 索引号 ] 000/2024-00230\n[ 发布机构 ] 某某县财政局\n某某县人民政府关于2021年决算情况的报告\n县人民代表大会常务委员会："})
    void aGovernmentsBudgetOrFinalAccountsReportIsNamedForWhatItIs(String page) {
        DocumentNature nature = DocumentNature.of(TextReader.read("r.txt", page));

        assertThat(nature.readable()).isFalse();
        assertThat(nature.name()).isIn("政府决算报告", "预算执行情况报告");
    }

    @Test
    void aDepartmentsThreePublicPageStaysADisclosure() {
        DocumentNature nature = DocumentNature.of(TextReader.read("d.txt",
                "首页 > 信息公开\n某某区审计局财政拨款“三公”经费2022年预算情况的说明\n2022年“三公”经费预算为3.2万元。"));

        assertThat(nature.readable()).isTrue();
    }

    @Test
    void aBiddingNoticeForADisclosuresWorkIsNoDisclosure() {
        DocumentNature nature = DocumentNature.of(TextReader.read("z.txt",
                "招标\n某某县公安局2022年度部门决算报告招标公告\n采购人：某某县公安局\n供应商须于截止时间前提交报价。"));

        assertThat(nature.readable()).isFalse();
        assertThat(nature.name()).isEqualTo("采购或招标公告");
    }

    @Test
    void aNoticeCitedInItsFirstSentenceDoesNotMakeABudgetANotice() {
        DocumentNature nature = DocumentNature.of(TextReader.read("s.txt",
                "根据《市财政局关于编制2023年预算的通知》要求，现将我校2023年部门预算公开如下。\n某某中学2023年部门预算公开\n一、收支总体情况"));

        assertThat(nature.readable()).isTrue();
    }
}
