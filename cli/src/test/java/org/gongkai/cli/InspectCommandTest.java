package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai inspect}: a folder or zip in, a summary out, a report file, log lines when not on a terminal. */
class InspectCommandTest {

    @TempDir
    Path dir;

    private Path folder;

    @BeforeEach
    void documents() throws Exception {
        folder = Files.createDirectories(dir.resolve("公开文件"));
        for (String sample : new String[] {"qhd-etdz-affairs-2023", "qhd-etdz-approval-2020"}) {
            Files.copy(Path.of(getClass().getResource("/samples/" + sample + "/input.txt").toURI()), folder.resolve(sample + ".txt"));
        }
        Files.write(folder.resolve("坏文件.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2});
        Files.writeString(folder.resolve("dates.csv"), "文件,批复日期,公开日期\nqhd-etdz-affairs-2023.txt,2023-01-20,2023-03-20\n");
    }

    @Test
    void aFolderIsInspectedIntoAWorkbookWithOneRowPerDocument() throws Exception {
        Path report = dir.resolve("out/report.xlsx");
        CommandRun run = CommandRun.of("inspect", folder.toString(), "-o", report.toString());
        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("共 3 份：已检查 2，无法读取 1").contains("排名").contains("坏文件.pdf：");
        assertThat(run.err).contains("已检查 3/3 份");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new FileInputStream(report.toFile()))) {
            assertThat(workbook.getSheet("文档").getLastRowNum()).isEqualTo(3);
            assertThat(workbook.getSheet("文档").getRow(1).getCell(10).getStringCellValue()).isEqualTo("逾期 39 日");
        }
        assertThat(Files.list(report.getParent())).hasSize(1);
    }

    @Test
    void aZipIsInspectedIntoHtmlAndJson() throws Exception {
        Path zip = dir.resolve("batch.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                out.putNextEntry(new ZipEntry("region/" + file.getFileName()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        assertThat(CommandRun.of("inspect", zip.toString(), "-o", dir.resolve("r.html").toString(), "--no-progress").exitCode).isZero();
        assertThat(Files.readString(dir.resolve("r.html"))).contains("region/qhd-etdz-affairs-2023.txt").contains("class=\"sortable\"");
        CommandRun json = CommandRun.of("inspect", zip.toString(), "-o", dir.resolve("r.json").toString(), "--threads", "1");
        assertThat(json.exitCode).isZero();
        assertThat(Files.readString(dir.resolve("r.json"))).contains("\"documents\"").contains("\"ranking\"");
    }

    @Test
    void aWrongReportNameOrAMissingFolderIsABadInputWithAMessage() {
        CommandRun wrongName = CommandRun.of("inspect", folder.toString(), "-o", dir.resolve("r.doc").toString());
        assertThat(wrongName.exitCode).isEqualTo(Gongkai.BAD_INPUT);
        assertThat(wrongName.err).contains(".xlsx、.html 或 .json");
        CommandRun missing = CommandRun.of("inspect", dir.resolve("没有这个文件夹").toString());
        assertThat(missing.exitCode).isEqualTo(Gongkai.BAD_INPUT);
        assertThat(missing.err).contains("不存在");
    }
}
