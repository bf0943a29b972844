package org.gongkai.core.rules.perf;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.budget.Project;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/** A check of each project's table as a whole. */
abstract class ProjectRule extends BaseRule {

    ProjectRule(String id, Severity severity, String description, String example) {
        super(id, severity, description, example);
    }

    /** The problems of this project, in Chinese. */
    abstract List<String> problems(Project project);

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        for (Project project : disclosure.model().projects()) {
            problems(project).forEach(message -> findings.add(finding(Locations.project(project.name()), message)));
        }
        return findings;
    }
}
