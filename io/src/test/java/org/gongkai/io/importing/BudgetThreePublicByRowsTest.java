package org.gongkai.io.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.gongkai.core.layout.Layouts;
import org.junit.jupiter.api.Test;
import org.gongkai.io.importing.recognise.LayoutTableReader;
import org.gongkai.io.importing.recognise.ReadTable;
import org.gongkai.io.importing.recognise.ThreePublicByRows;
import org.gongkai.io.importing.source.Block;

/** A budget's "三公" table printed one row a part gives its parts as the regions printing them as columns do. */
class BudgetThreePublicByRowsTest {

    @Test
    void theNationalPrintGivesEachPartsTotalOverTheFundSourcesAndKeepsItsRows() {
        ReadTable table = transposed(List.of(
                List.of("项目", "合计", "一般公共预算财政拨款", "政府性基金预算拨款"),
                List.of("合计", "12.00", "10.00", "2.00"),
                List.of("“三公”经费小计", "10.00", "8.00", "2.00"),
                List.of("一、因公出国（境）费", "1.00", "1.00", ""),
                List.of("其中：教学科研人员因公出国（境）费", "0.40", "0.40", ""),
                List.of("二、公务用车购置及运维费", "6.00", "4.00", "2.00"),
                List.of("其中：公务用车购置费", "2.00", "", "2.00"),
                List.of("公务用车运行维护费", "4.00", "4.00", ""),
                List.of("三、公务接待费", "3.00", "3.00", "")));
        assertThat(table.rows()).hasSize(9);
        assertThat(table.rows().get(8).amounts()).isEqualTo(Map.of("total", new BigDecimal("10.00"), "abroad", new BigDecimal("1.00"),
                "vehicle", new BigDecimal("6.00"), "vehiclePurchase", new BigDecimal("2.00"), "vehicleOperation", new BigDecimal("4.00"),
                "reception", new BigDecimal("3.00")));
    }

    @Test
    void aSingleAmountColumnGivesThePartsAndTheVehicleSubtotalIsNoOperatingCost() {
        ReadTable table = transposed(List.of(
                List.of("项目", "预算数"),
                List.of("“三公”经费合计", "10.00"),
                List.of("因公出国（境）费", "1.00"),
                List.of("公务用车购置及运行费", "6.00"),
                List.of("公务用车购置费", "2.00"),
                List.of("公务用车运行费", "4.00"),
                List.of("公务接待费", "3.00"),
                List.of("机关运行经费", "50.00")));
        Map<String, BigDecimal> parts = table.rows().get(table.rows().size() - 1).amounts();
        assertThat(parts).containsEntry("vehicle", new BigDecimal("6.00")).containsEntry("vehicleOperation", new BigDecimal("4.00"))
                .containsEntry("total", new BigDecimal("10.00")).hasSize(6);
    }

    @Test
    void aTablePrintingThePartsAsColumnsIsLeftAsItIs() {
        ReadTable table = transposed(List.of(
                List.of("“三公”经费合计", "因公出国（境）费", "公务接待费"),
                List.of("4.00", "1.00", "3.00")));
        assertThat(table.rows()).singleElement().satisfies(r -> assertThat(r.amounts()).containsEntry("abroad", new BigDecimal("1.00")));
    }

    private static ReadTable transposed(List<List<String>> rows) {
        return ThreePublicByRows.transpose(LayoutTableReader.read(Layouts.builtIn().table("THREE_PUBLIC"), 9, "“三公”经费支出表", "万元",
                null, List.of(new Block.Grid(rows, "第 1 页", true)), "第 1 页"));
    }
}
