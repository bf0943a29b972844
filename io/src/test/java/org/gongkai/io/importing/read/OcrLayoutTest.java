package org.gongkai.io.importing.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.OcrReading;

/** The page rebuilt from OCR's word boxes: lines, paragraphs, tables by their aligned columns; no Tesseract needed. */
class OcrLayoutTest {

    private static final int H = 40;
    private static final String WHERE = "第 1 页（OCR）";

    @Test
    void rebuildsATableFromWordsAlignedInColumnsWhateverTheirAlignment() {
        List<OcrWord> words = new ArrayList<>();
        row(words, 100, cell(100, "科目名称"), cell(900, "合计"), cell(1200, "基本支出"));
        // Amounts are right-aligned: their left edges differ, their spans overlap.
        row(words, 160, cell(100, "一般公共服务支出"), cell(880, "1,234.56"), cell(1240, "96.30"));
        row(words, 220, cell(100, "行政运行"), cell(940, "234.56"), cell(1180, "1,000.00"));
        row(words, 280, cell(100, "合计"), cell(880, "1,330.86"));

        List<Block> blocks = OcrLayout.blocks(words, WHERE);

        assertThat(blocks).singleElement().isInstanceOfSatisfying(Block.Grid.class, grid -> assertThat(grid.rows()).containsExactly(
                List.of("科目名称", "合计", "基本支出"),
                List.of("一般公共服务支出", "1,234.56", "96.30"),
                List.of("行政运行", "234.56", "1,000.00"),
                List.of("合计", "1,330.86", "")));
    }

    @Test
    void joinsAParagraphWrappedAtTheMarginAndKeepsTheHeadingApart() {
        List<OcrWord> words = new ArrayList<>();
        row(words, 100, cell(100, "二、项目资金情况"));
        row(words, 160, cell(100, "2023年度专项资金预算指标安排数为一万二千五百四十二"));
        row(words, 220, cell(100, "万元，全部到位。"));

        List<Block> blocks = OcrLayout.blocks(words, WHERE);

        assertThat(blocks).extracting(b -> ((Block.Text) b).text())
                .containsExactly("二、项目资金情况", "2023年度专项资金预算指标安排数为一万二千五百四十二万元，全部到位。");
    }

    @Test
    void readsThousandsSeparatorsTakenForDecimalPointsAsCommas() {
        List<OcrWord> words = List.of(word(100, 100, "安排数12.542.74万元"), word(900, 100, "执行率100.00%"));

        String text = ((Block.Text) OcrLayout.blocks(words, WHERE).get(0)).text();

        assertThat(text).isEqualTo("安排数12,542.74万元    执行率100.00%");
    }

    @Test
    void leavesOutPageNumbersSpecksAndRules() {
        List<OcrWord> words = List.of(word(100, 100, "评价结论"), new OcrWord(1, 1, 500, 300, 40, 40, 9f, ";每"),
                word(100, 400, "|"), word(600, 3000, "一"), word(650, 3000, "3"), word(700, 3000, "一"));

        assertThat(OcrLayout.blocks(words, WHERE)).extracting(b -> ((Block.Text) b).text()).containsExactly("评价结论");
    }

    @Test
    void placesEveryBlockOnItsPageMarkedAsReadByOcr() {
        List<OcrWord> words = new ArrayList<>();
        row(words, 100, cell(100, "部门预算支出总表"));
        row(words, 160, cell(100, "科目名称"), cell(900, "合计"));
        row(words, 220, cell(100, "行政运行"), cell(900, "10.00"));

        assertThat(OcrLayout.blocks(words, OcrReading.where(3))).hasSize(2)
                .allSatisfy(b -> assertThat(b.where()).isEqualTo("第 3 页（OCR）"))
                .allMatch(OcrReading::isOcr);
    }

    private record Cell(int left, String text) {
    }

    private static Cell cell(int left, String text) {
        return new Cell(left, text);
    }

    private static void row(List<OcrWord> words, int top, Cell... cells) {
        for (Cell cell : cells) {
            words.add(word(cell.left(), top, cell.text()));
        }
    }

    /** A word as Tesseract boxes it: Chinese characters as wide as high, digits and points narrower. */
    private static OcrWord word(int left, int top, String text) {
        int width = text.codePoints().map(c -> c < 0x80 ? H / 2 : H).sum();
        return new OcrWord(1, 1, left, top, width, H, 95f, text);
    }
}
