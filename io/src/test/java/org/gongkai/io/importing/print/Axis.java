package org.gongkai.io.importing.print;

import org.gongkai.io.importing.source.Heads;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * The ways the same disclosure is printed differently by the provinces' finance departments, each with its variants;
 * the first variant of each axis is Gongkai's own print. Axes are applied in this order (the 三公 table's shape
 * before its header is worded, the 栏次 row after the columns are settled).
 */
public enum Axis {

    CONTENT(v("whole", (d, r) -> d), v("tables only", (d, r) -> DocumentPrints.tablesOnly(d))),
    ORDER(v("official", (d, r) -> d), v("tables shuffled", DocumentPrints::shuffled),
            v("explanation first", (d, r) -> DocumentPrints.explanationFirst(d))),
    THREE_PUBLIC(v("row per item, column per fund", (d, r) -> d),
            v("items as columns", (d, r) -> ThreePublicPrints.itemsAsColumns(d)),
            v("row per part, 预算数", (d, r) -> ThreePublicPrints.rowPerPart(d, "预算数")),
            v("row per part, 一般公共预算财政拨款", (d, r) -> ThreePublicPrints.rowPerPart(d, "一般公共预算财政拨款"))),
    NUMBERING(v("1、", (d, r) -> d), v("表一", (d, r) -> WordingPrints.numbering(d, 0)),
            v("表1：", (d, r) -> WordingPrints.numbering(d, 1)), v("公开01表", (d, r) -> WordingPrints.numbering(d, 2)),
            v("公开01表 alone", (d, r) -> WordingPrints.numbering(d, 3)), v("附表1-1", (d, r) -> WordingPrints.numbering(d, 4)),
            v("表1-1", (d, r) -> WordingPrints.numbering(d, 5)), v("none", (d, r) -> WordingPrints.numbering(d, 6))),
    TITLE_WORDING(v("official", (d, r) -> d), v("regional", WordingPrints::titles)),
    HEADS(v("code name year unit", (d, r) -> d),
            v("three lines", (d, r) -> WordingPrints.heads(d, Sheet.Heads.Style.THREE_LINES)),
            v("编制部门", (d, r) -> WordingPrints.heads(d, Sheet.Heads.Style.LABELLED)),
            v("unit only", (d, r) -> WordingPrints.heads(d, Sheet.Heads.Style.UNIT_ONLY))),
    HEADER_WORDING(v("official", (d, r) -> d), v("regional", WordingPrints::headers)),
    TOTAL_WORDING(v("official", (d, r) -> d), v("regional", WordingPrints::totals)),
    HEADER_SHAPE(v("two levels", (d, r) -> d), v("flat", (d, r) -> ShapePrints.flatHeaders(d)),
            v("tall labels at the bottom", (d, r) -> ShapePrints.labelsAtTheBottom(d)),
            v("long labels wrapped", (d, r) -> ShapePrints.wrappedLabels(d))),
    SEQUENCE(v("序号", (d, r) -> d), v("none", (d, r) -> ShapePrints.withoutSequence(d)),
            v("序号 and 行次", (d, r) -> ShapePrints.lineNumbers(d)),
            v("行次 only", (d, r) -> ShapePrints.lineNumbers(ShapePrints.withoutSequence(d)))),
    COLUMN_NUMBERS(v("栏次 1 2 3", (d, r) -> ShapePrints.columnNumbers(d, 0)), v("none", (d, r) -> d),
            v("1 2 3 unlabelled", (d, r) -> ShapePrints.columnNumbers(d, 2)),
            v("1 2 3 from the first column", (d, r) -> ShapePrints.columnNumbers(d, 3)),
            v("栏次 甲 乙 1 2", (d, r) -> ShapePrints.columnNumbers(d, 4))),
    UNIT(v("万元", (d, r) -> d), v("元", (d, r) -> DocumentPrints.inYuan(d)),
            v("元 with separators", (d, r) -> DocumentPrints.thousands(DocumentPrints.inYuan(d))),
            v("万元 with separators", (d, r) -> DocumentPrints.thousands(d))),
    ZEROS(v("blank", (d, r) -> d), v("0.00", (d, r) -> DocumentPrints.zeros(d, "0.00")), v("-", (d, r) -> DocumentPrints.zeros(d, "-"))),
    CONTINUATION(v("one page", (d, r) -> d),
            v("续表 with header", (d, r) -> ShapePrints.continued(d, r, Sheet.Continuation.CONTINUED_WITH_HEADER)),
            v("continued bare", (d, r) -> ShapePrints.continued(d, r, Sheet.Continuation.CONTINUED_BARE)),
            v("header repeated inside", (d, r) -> ShapePrints.continued(d, r, Sheet.Continuation.HEADER_REPEATED_INSIDE)));

    /** One variant of an axis: its name in reports and what it does to a printed document. */
    public record Variant(String name, BiFunction<PrintedDocument, Random, PrintedDocument> print) {
    }

    private final List<Variant> variants;

    Axis(Variant... variants) {
        this.variants = List.of(variants);
    }

    public List<Variant> variants() {
        return variants;
    }

    private static Variant v(String name, BiFunction<PrintedDocument, Random, PrintedDocument> print) {
        return new Variant(name, print);
    }
}
