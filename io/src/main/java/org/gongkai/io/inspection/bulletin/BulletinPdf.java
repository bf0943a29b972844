package org.gongkai.io.inspection.bulletin;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The 通报 as PDF (PDFBox, the CJK font embedded as a subset). */
public final class BulletinPdf {

    private BulletinPdf() {
    }

    public static void write(Bulletin bulletin, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument(); PdfPages pages = new PdfPages(document)) {
            pages.newPage();
            pages.centred(bulletin.title(), 18);
            for (String line : bulletin.scope()) {
                pages.paragraph(line, 11, true);
            }
            pages.paragraph("一、公开及时性与完整性", 13, false);
            List<Bulletin.Problem> publication = new ArrayList<>(bulletin.publication());
            publication.addAll(bulletin.roster());
            if (publication.isEmpty()) {
                pages.paragraph("本次检查的文件均已读取，未发现逾期或缺少部分的情况（未提供批复及公开日期的，未检查时效）。", 11, true);
            } else {
                pages.table(new float[] {0.3f, 0.7f}, List.of("部门（单位）", "问题"),
                        publication.stream().map(p -> List.of(p.department(), p.problem())).toList(), 9);
            }
            pages.paragraph("二、得分及排名", 13, false);
            pages.table(new float[] {0.08f, 0.44f, 0.1f, 0.1f, 0.1f, 0.09f, 0.09f}, List.of("名次", "部门（单位）", "年度", "类别", "得分", "错误", "警告"),
                    bulletin.ranking().stream().map(r -> List.of(Integer.toString(r.rank()), r.departmentName(), String.valueOf(r.year()),
                            r.kind(), r.score().toPlainString(), Long.toString(r.errors()), Long.toString(r.warnings()))).toList(), 9);
            pages.paragraph("三、存在的主要问题", 13, false);
            int n = 0;
            for (Bulletin.Family family : bulletin.families()) {
                pages.paragraph("（" + Numerals.chinese(++n) + "）" + family.title() + "：涉及 " + family.documents() + " 份文件，共 "
                        + family.findings() + " 处。", 11, false);
                for (Bulletin.Example e : family.examples()) {
                    pages.paragraph("例：" + e.department() + "，" + e.where() + (e.quote().isEmpty() ? "" : "，原文「" + e.quote() + "」")
                            + "。问题：" + e.message(), 10, true);
                }
            }
            pages.paragraph("四、整改要求", 13, false);
            pages.paragraph(bulletin.requirements(), 11, true);
            pages.finish();
            document.save(out);
        }
    }
}
