package org.gongkai.core.budget;

/** Why a model cannot be used, with the JSON path of the offending field (e.g. {@code expenditures[3].functionCode}). */
public record ModelProblem(String path, String message) {

    @Override
    public String toString() {
        return path + "：" + message;
    }
}
