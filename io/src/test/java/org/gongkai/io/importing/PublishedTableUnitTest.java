package org.gongkai.io.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.tables.StandardTable;
import org.junit.jupiter.api.Test;
import org.gongkai.io.importing.recognise.PublishedTableReader;
import org.gongkai.io.importing.source.Block;

/** A table printed in 元 gives its amounts in 万元, as every table's cells hold them; it still says it was printed in 元. */
class PublishedTableUnitTest {

    @Test
    void aTablePrintedInYuanHoldsItsAmountsInWanYuan() {
        PublishedTableReader.Read read = PublishedTableReader.read(StandardTable.EXPENDITURE, List.of(
                new Block.Text("单位：元", 0, "第 1 行"),
                new Block.Grid(List.of(List.of("科目编码", "科目名称", "合计", "基本支出", "项目支出"),
                        List.of("", "合计", "1,234,500.00", "234,500.00", "1,000,000.00")), "第 2 行")));
        assertThat(read.table().unit()).isEqualTo("元");
        assertThat(read.table().rows().get(0).amount(2)).isEqualByComparingTo(new BigDecimal("123.45"));
        assertThat(read.table().rows().get(0).amount(4)).isEqualByComparingTo(new BigDecimal("100"));
    }
}
