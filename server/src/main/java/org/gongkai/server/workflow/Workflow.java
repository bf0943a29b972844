package org.gongkai.server.workflow;

import java.util.Map;
import java.util.Set;

/**
 * The legal moves, and nothing else: edit a draft or a returned version; submit it; return or approve what was
 * submitted; publish what was approved; correct what was published (which starts a new version). Framework-free.
 */
public final class Workflow {

    private static final Map<Action, Set<Status>> FROM = Map.of(
            Action.EDIT, Set.of(Status.DRAFT, Status.RETURNED),
            Action.SUBMIT, Set.of(Status.DRAFT, Status.RETURNED),
            Action.RETURN, Set.of(Status.SUBMITTED),
            Action.APPROVE, Set.of(Status.SUBMITTED),
            Action.PUBLISH, Set.of(Status.APPROVED),
            Action.CORRECT, Set.of(Status.PUBLISHED));

    private static final Map<Action, Status> TO = Map.of(
            Action.EDIT, Status.DRAFT,
            Action.SUBMIT, Status.SUBMITTED,
            Action.RETURN, Status.RETURNED,
            Action.APPROVE, Status.APPROVED,
            Action.PUBLISH, Status.PUBLISHED,
            Action.CORRECT, Status.DRAFT);

    private Workflow() {
    }

    /** The status after the action (for EDIT the status is kept: a returned version stays returned while edited). */
    public static Status next(Status from, Action action) {
        if (!FROM.get(action).contains(from)) {
            throw new IllegalTransition("当前状态为“" + from.chinese() + "”，不能" + action.chinese());
        }
        return action == Action.EDIT ? from : TO.get(action);
    }

    public static boolean allows(Status from, Action action) {
        return FROM.get(action).contains(from);
    }
}
