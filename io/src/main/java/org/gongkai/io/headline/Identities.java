package org.gongkai.io.headline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Judges the decided figures by the document's identities: one that holds confirms its figures; one that fails puts
 * them in doubt; a figure that makes it impossible (a part above its whole; a zero part of a non-zero whole that the
 * other parts do not fill — a blank column misread, a 栏次 row taken for amounts) is not believed unless two
 * independent readings confirm it.
 */
final class Identities {

    private Identities() {
    }

    static List<Check> judge(Map<Subject, Figure> figures, List<Identity> identities) {
        List<Check> checks = new ArrayList<>();
        for (Identity identity : identities) {
            Map<Subject, BigDecimal> values = values(figures);
            Boolean holds = identity.holds(values);
            if (holds == null) {
                continue;
            }
            String detail = identity.whole().chinese() + " " + values.get(identity.whole()).toPlainString() + "，"
                    + String.join(" + ", identity.parts().stream().filter(values::containsKey)
                            .map(p -> p.chinese() + " " + values.get(p).toPlainString()).toList())
                    + " = " + identity.partsSum(values).toPlainString() + unread(identity, values);
            checks.add(new Check(identity.id(), identity.what(), holds, detail));
            if (holds && !identity.exactly(values) && identity.parts().stream().anyMatch(p -> values.containsKey(p) && values.get(p).signum() == 0)) {
                // Parts short of their whole with one of them zero: legitimate (a third bucket), or a column misread.
                identity.parts().stream().filter(p -> values.containsKey(p) && values.get(p).signum() == 0).forEach(p -> figures.computeIfPresent(p,
                        (s, f) -> f.doubted(f.value(), identity.id() + "：" + detail + "，" + p.chinese() + "为 0，请核对")));
            } else if (holds && identity.exactly(values)) {
                identity.parts().forEach(p -> figures.computeIfPresent(p, (s, f) -> f.confirmed()));
                figures.computeIfPresent(identity.whole(), (s, f) -> f.confirmed());
            } else if (!holds) {
                reject(identity, figures, values, detail);
            }
        }
        return checks;
    }

    private static void reject(Identity identity, Map<Subject, Figure> figures, Map<Subject, BigDecimal> values, String detail) {
        String why = identity.id() + " 不成立（" + identity.what() + "：" + detail + "）";
        List<Subject> impossible = new ArrayList<>();
        if (identity.partsExceedWhole(values)) {
            // Parts that add up to more than their whole: one of them or the whole is misread, no telling which.
            impossible.add(identity.whole());
            impossible.addAll(identity.parts());
        }
        if (identity.exact() && identity.parts().size() == 1) {
            // Two figures that must be equal and are not (收入总计 ≠ 支出总计): no telling which is misread — a stated
            // 本年收入合计 taken for 收入总计 looks like any other.
            impossible.add(identity.whole());
            impossible.addAll(identity.parts());
        }
        if (identity.exact() && identity.partsSum(values).signum() == 0) {
            // A whole whose parts all read zero was read from another row or column than they were: neither is believed.
            impossible.add(identity.whole());
        }
        for (Subject part : identity.parts()) {
            if (identity.partExceedsWhole(values, part)) {
                impossible.add(part);
                impossible.add(identity.whole());
            } else if (values.containsKey(part) && values.get(part).signum() == 0 && values.get(identity.whole()).signum() != 0) {
                impossible.add(part);
            }
        }
        List<Subject> involved = new ArrayList<>(identity.parts());
        involved.add(identity.whole());
        for (Subject subject : involved) {
            Figure figure = figures.get(subject);
            if (figure.value() == null) {
                continue;
            }
            boolean disbelieved = impossible.contains(subject) && figure.confidence() != Figure.Confidence.HIGH;
            figures.put(subject, figure.doubted(disbelieved ? null : figure.value(),
                    disbelieved ? why + "，读数 " + figure.value().toPlainString() + " 不可信，未采用" : why));
        }
    }

    /** The parts not read, of an identity checked on the others only (they must then not exceed the whole). */
    private static String unread(Identity identity, Map<Subject, BigDecimal> values) {
        List<String> missing = identity.parts().stream().filter(p -> !values.containsKey(p)).map(Subject::chinese).toList();
        return missing.isEmpty() ? "" : "（" + String.join("、", missing) + "未读出，只核对已读部分不超过" + identity.whole().chinese() + "）";
    }

    private static Map<Subject, BigDecimal> values(Map<Subject, Figure> figures) {
        Map<Subject, BigDecimal> values = new EnumMap<>(Subject.class);
        figures.forEach((s, f) -> {
            if (f.value() != null) {
                values.put(s, f.value());
            }
        });
        return values;
    }
}
