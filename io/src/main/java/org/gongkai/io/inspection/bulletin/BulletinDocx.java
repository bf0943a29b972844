package org.gongkai.io.inspection.bulletin;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The 通报 as a Word document (Apache POI XWPF), for the bureau to edit, sign and send. */
public final class BulletinDocx {

    private BulletinDocx() {
    }

    public static void write(Bulletin bulletin, OutputStream out) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            Word.paragraph(docx, bulletin.title(), 18, true, true);
            bulletin.scope().forEach(line -> Word.body(docx, line));
            Word.paragraph(docx, "一、公开及时性与完整性", 14, true, false);
            List<Bulletin.Problem> publication = new ArrayList<>(bulletin.publication());
            publication.addAll(bulletin.roster());
            if (publication.isEmpty()) {
                Word.body(docx, "本次检查的文件均已读取，未发现逾期或缺少部分的情况（未提供批复及公开日期的，未检查时效）。");
            } else {
                Word.table(docx, List.of("部门（单位）", "问题"), publication.stream().map(p -> List.of(p.department(), p.problem())).toList(), 10);
            }
            Word.paragraph(docx, "二、得分及排名", 14, true, false);
            Word.table(docx, List.of("名次", "部门（单位）", "年度", "类别", "得分", "错误", "警告"),
                    bulletin.ranking().stream().map(r -> List.of(Integer.toString(r.rank()), r.departmentName(), String.valueOf(r.year()),
                            r.kind(), r.score().toPlainString(), Long.toString(r.errors()), Long.toString(r.warnings()))).toList(), 10);
            Word.paragraph(docx, "三、存在的主要问题", 14, true, false);
            int n = 0;
            for (Bulletin.Family family : bulletin.families()) {
                Word.paragraph(docx, "（" + Numerals.chinese(++n) + "）" + family.title() + "：涉及 " + family.documents() + " 份文件，共 "
                        + family.findings() + " 处。", 12, true, false);
                for (Bulletin.Example e : family.examples()) {
                    Word.body(docx, "例：" + e.department() + "，" + e.where() + (e.quote().isEmpty() ? "" : "，原文「" + e.quote() + "」")
                            + "。问题：" + e.message());
                }
            }
            Word.paragraph(docx, "四、整改要求", 14, true, false);
            Word.body(docx, bulletin.requirements());
            docx.write(out);
        }
    }
}
