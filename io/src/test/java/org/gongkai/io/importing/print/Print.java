package org.gongkai.io.importing.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gongkai.core.budget.DepartmentBudget;

/**
 * One department's way of printing: a variant on every {@link Axis} (0 is Gongkai's own) and the file format; the
 * seed decides the choices inside a variant (which synonym, where a page breaks).
 */
public record Print(List<Integer> choices, FileFormat format, long seed) {

    public Print {
        choices = List.copyOf(choices);
        if (choices.size() != Axis.values().length) {
            throw new IllegalArgumentException("one choice per axis");
        }
    }

    /** Gongkai's own print in a format. */
    public static Print gongkai(FileFormat format) {
        return new Print(java.util.Collections.nCopies(Axis.values().length, 0), format, 0);
    }

    public Axis.Variant variant(Axis axis) {
        return axis.variants().get(choices.get(axis.ordinal()));
    }

    public PrintedDocument apply(DepartmentBudget model) {
        PrintedDocument document = GongkaiPrint.of(model);
        for (Axis axis : Axis.values()) {
            document = variant(axis).print().apply(document, new Random(seed * 31 + axis.ordinal()));
        }
        return document;
    }

    public byte[] bytes(DepartmentBudget model) {
        return format.bytes(apply(model));
    }

    /** "AXIS=variant" for each axis, and the format: what the statistics are kept by. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (Axis axis : Axis.values()) {
            labels.add(axis + "=" + variant(axis).name());
        }
        labels.add("FORMAT=" + format);
        return labels;
    }

    /** The variants that differ from Gongkai's print, and the format. */
    @Override
    public String toString() {
        List<String> changed = new ArrayList<>();
        for (Axis axis : Axis.values()) {
            if (choices.get(axis.ordinal()) != 0) {
                changed.add(axis + "=" + variant(axis).name());
            }
        }
        return format + " " + changed + " seed " + seed;
    }
}
