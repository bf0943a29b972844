package org.gongkai.server.workspace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.gongkai.core.budget.InvalidModelException;
import org.gongkai.server.api.ApiException;
import org.gongkai.server.persistence.DisclosureRecord;
import org.gongkai.server.workflow.IllegalTransition;

/**
 * What the page's script is answered when it saves a section in place (budget and 决算 forms alike): saved with the new
 * lock version, or refused with the message and each bad cell's place, so the page marks the rows and keeps the input.
 */
final class InPlaceSave {

    private InPlaceSave() {
    }

    static Map<String, Object> answer(Supplier<DisclosureRecord> save) {
        Map<String, Object> answer = new LinkedHashMap<>();
        try {
            DisclosureRecord saved = save.get();
            answer.put("saved", true);
            answer.put("lockVersion", saved.lockVersion());
            answer.put("notice", "已保存");
        } catch (FormRefused e) {
            answer.put("saved", false);
            answer.put("error", e.getMessage());
            answer.put("problems", e.problems().stream().map(p -> Map.of("path", p.path(), "message", p.message())).toList());
        } catch (ApiException | IllegalTransition | InvalidModelException | IllegalArgumentException e) {
            answer.put("saved", false);
            answer.put("error", e.getMessage());
        }
        return answer;
    }
}
