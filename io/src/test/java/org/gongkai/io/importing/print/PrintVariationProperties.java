package org.gongkai.io.importing.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.gongkai.core.budget.DepartmentBudget;

/**
 * The print-variation oracle: a random valid model, printed as one of the provinces' finance departments might print
 * it (a variant on every {@link Axis}, in one {@link FileFormat}), imports back to the model's headline figures —
 * department, year, totals, basic and project, personnel and public funds, "三公" and its parts — or leaves a figure
 * unread. A figure read as another number is the one failure: a wrong figure is worse than none. Half the axes keep
 * Gongkai's own print in a case, so that a failure shrinks to the few variants that cause it; the share of figures
 * each variant leaves unread is printed after the run.
 */
class PrintVariationProperties {

    private static final NullRates RATES = new NullRates();
    /**
     * The runs are reproducible, so that CI never fails on a case nobody has seen; to explore new cases change the seed
     * locally and fix what fails (the last seeds explored: 1,600 cases each, none wrong after the fixes of this round).
     */
    private static final String SEED = "20261207";

    @Property(tries = 1200, seed = SEED)
    void aTextPrintReadsBackTheModelsHeadlineOrLeavesItUnread(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int lines,
                                                            @ForAll("textPrints") Print print) {
        assertReadsBackOrNothing(seed, lines, print);
    }

    @Property(tries = 300, seed = SEED)
    void aPipeTextPrintReadsBackTheModelsHeadlineOrLeavesItUnread(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int lines,
                                                                @ForAll("pipeTextPrints") Print print) {
        assertReadsBackOrNothing(seed, lines, print);
    }

    @Property(tries = 400, seed = SEED)
    void anOfficePrintReadsBackTheModelsHeadlineOrLeavesItUnread(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int lines,
                                                              @ForAll("officePrints") Print print) {
        assertReadsBackOrNothing(seed, lines, print);
    }

    @Property(tries = 40, seed = SEED)
    void aPdfPrintReadsBackTheModelsHeadlineOrLeavesItUnread(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int lines,
                                                          @ForAll("pdfPrints") Print print) {
        assertReadsBackOrNothing(seed, lines, print);
    }

    @AfterContainer
    static void reportTheNullRates() {
        System.out.print(RATES.report("print-variation oracle"));
    }

    private static void assertReadsBackOrNothing(long seed, int lines, Print print) {
        long start = System.nanoTime();
        DepartmentBudget model = OracleModels.random(seed, lines);
        String name = "print-" + seed + "." + print.format().extension();
        Headline read = Headline.read(name, print.bytes(model));
        Verdict verdict = Verdict.of(Headline.of(model), read);
        RATES.add(print, verdict, read.refused() != null, (System.nanoTime() - start) / 1_000_000);
        assertThat(verdict.wrong()).as("figures read as another number (model %d/%d, %s)", seed, lines, print).isEmpty();
        if (read.refused() != null) {
            assertThat(read.refused()).as("a refusal names the file").contains(name);
        }
    }

    @Provide
    Arbitrary<Print> textPrints() {
        // A page saved on one line keeps its explanation (its parts are restored from their numbering) but loses its tables.
        return prints(Arbitraries.frequency(Tuple.of(9, FileFormat.TEXT), Tuple.of(1, FileFormat.ONE_LINE_TEXT)));
    }

    @Provide
    Arbitrary<Print> pipeTextPrints() {
        return prints(Arbitraries.just(FileFormat.PIPE_TEXT));
    }

    @Provide
    Arbitrary<Print> officePrints() {
        return prints(Arbitraries.of(FileFormat.XLSX, FileFormat.XLSX_MERGED, FileFormat.DOCX, FileFormat.DOCX_MERGED));
    }

    @Provide
    Arbitrary<Print> pdfPrints() {
        return prints(Arbitraries.just(FileFormat.PDF));
    }

    /** A variant on every axis — Gongkai's own half the time, so that a failing case shrinks towards it — and a format. */
    private static Arbitrary<Print> prints(Arbitrary<FileFormat> formats) {
        List<Arbitrary<Integer>> choices = new ArrayList<>();
        for (Axis axis : Axis.values()) {
            choices.add(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0)),
                    Tuple.of(1, Arbitraries.integers().between(0, axis.variants().size() - 1))));
        }
        return Combinators.combine(Combinators.combine(choices).as(List::copyOf), formats, Arbitraries.longs())
                .as(Print::new);
    }
}
