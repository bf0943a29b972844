package org.gongkai.io.headline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The cross-checks of a summary as JSON: each figure's confidence, the doubts with why, the identities checked. */
public final class HeadlineJson {

    private HeadlineJson() {
    }

    /** Adds {@code confidence}, {@code doubts}, {@code checks} and, when asked, {@code evidence} to the summary. */
    public static void write(ObjectNode root, HeadlineReading reading, boolean explain) {
        ObjectNode confidence = root.putObject("confidence");
        ObjectNode evidence = explain ? root.putObject("evidence") : null;
        for (Subject subject : Subject.values()) {
            Figure figure = reading.figure(subject);
            if (figure.confidence() == Figure.Confidence.NONE) {
                continue;
            }
            String key = path(subject);
            confidence.put(key, figure.confidence().name());
            if (evidence != null) {
                ArrayNode list = evidence.putArray(key);
                figure.evidence().forEach(e -> list.addObject().put("value", e.value()).put("source", e.source().name())
                        .put("where", e.where()).put("how", e.how()));
            }
        }
        ArrayNode doubts = root.putArray("doubts");
        for (Figure figure : reading.doubts()) {
            doubts.addObject().put("figure", path(figure.subject())).put("name", figure.subject().chinese())
                    .put("trusted", figure.value()).put("why", figure.doubt());
        }
        ArrayNode checks = root.putArray("checks");
        reading.checks().forEach(c -> checks.addObject().put("id", c.id()).put("what", c.what()).put("holds", c.holds()).put("detail", c.detail()));
    }

    /** "threePublic.abroad" for a 三公 part, the key itself for the others. */
    private static String path(Subject subject) {
        return subject.threePublic() ? "threePublic." + subject.key() : subject.key();
    }
}
