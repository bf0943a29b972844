package org.gongkai.io.inspection.region;

import java.util.List;
import org.gongkai.core.rules.Severity;

/**
 * One finding across documents or against the roster: the rule, its severity, the department it concerns, every
 * document it compares (file names; none for a department that published nothing), where, and the Chinese message.
 */
public record RegionFinding(String rule, Severity severity, String department, List<String> files, String location,
                            String message) {

    public RegionFinding {
        files = List.copyOf(files);
    }
}
