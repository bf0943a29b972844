package org.gongkai.io.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.InvalidModelException;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.json.ModelJson;
import org.junit.jupiter.api.Test;
import org.gongkai.io.SampleModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The data-entry workbook carries a whole model: written out, filled in and read back, nothing is lost. */
class TemplateRoundTripTest {

    static Stream<Arguments> models() throws Exception {
        return SampleModels.samplesAndRandom(5, 30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void aWrittenTemplateReadsBackToTheSameModel(String name, DepartmentBudget model) throws Exception {
        DepartmentBudget read = TemplateReader.read("模板.xlsx", write(model));
        for (var component : DepartmentBudget.class.getRecordComponents()) {
            if (component.getName().equals("projects")) {
                continue;
            }
            assertThat(component.getAccessor().invoke(read)).as(component.getName())
                    .isEqualTo(component.getAccessor().invoke(model));
        }
        for (int i = 0; i < model.projects().size(); i++) {
            for (var component : org.gongkai.core.budget.Project.class.getRecordComponents()) {
                assertThat(component.getAccessor().invoke(read.projects().get(i))).as("project " + i + " " + component.getName())
                        .isEqualTo(component.getAccessor().invoke(model.projects().get(i)));
            }
        }
        assertThat(read).isEqualTo(model);
    }

    @Test
    void theTemplateHasTheSheetsDepartmentsFillAndCodeLists() throws Exception {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(write(ValidPackages.random(7, 5))))) {
            for (String sheet : List.of("基本信息", "收入", "支出", "基本支出", "项目", "三公", "采购", "资产", "绩效")) {
                assertThat(workbook.getSheet(sheet)).as(sheet).isNotNull();
            }
            assertThat(workbook.getSheet("支出").getDataValidations()).isNotEmpty();
            assertThat(workbook.isSheetHidden(workbook.getSheetIndex("代码"))).isTrue();
        }
    }

    @Test
    void aBadCellIsReportedWithItsSheetRowAndColumn() throws Exception {
        byte[] bytes = write(ValidPackages.random(3, 5));
        byte[] broken;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet lines = workbook.getSheet("支出");
            lines.getRow(1).getCell(0).setCellValue("2999999");
            lines.getRow(2).getCell(lines.getRow(0).getLastCellNum() - 1).setCellValue("十二万");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            broken = out.toByteArray();
        }
        assertThatThrownBy(() -> TemplateReader.read("填报.xlsx", broken))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("支出!A2（功能分类科目编码）：科目编码 2999999 不在")
                .hasMessageContaining("支出!F3（金额（万元））：“十二万”不是金额");
    }

    @Test
    void aWorkbookThatIsNotTheTemplateIsRefusedByName() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Sheet1");
            workbook.write(out);
        }
        assertThatThrownBy(() -> TemplateReader.read("别的表.xlsx", out.toByteArray()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("别的表.xlsx");
    }

    @Test
    void brokenBytesAreRefusedWithoutAStackTrace() {
        assertThatThrownBy(() -> TemplateReader.read("坏.xlsx", "PK not really".getBytes()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("坏.xlsx");
    }

    private static byte[] write(DepartmentBudget model) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWriter.write(model, out);
        return out.toByteArray();
    }
}
