package org.gongkai.io.importing.print;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gongkai.core.budget.DepartmentBudget;
import org.junit.jupiter.api.Test;

class ScratchCaseTest {
    @Test
    void dump() throws Exception {
        List<Integer> c = new ArrayList<>(Collections.nCopies(Axis.values().length, 0));
        for (String kv : System.getProperty("case.axes", "").split(",")) {
            if (kv.isBlank()) continue;
            String[] p = kv.split("=");
            c.set(Axis.valueOf(p[0]).ordinal(), Integer.parseInt(p[1]));
        }
        DepartmentBudget model = OracleModels.random(Long.getLong("case.model"), Integer.getInteger("case.lines"));
        for (FileFormat f : List.of(FileFormat.valueOf(System.getProperty("case.format")), FileFormat.TEXT)) {
            Print p = new Print(c, f, Long.getLong("case.seed"));
            byte[] bytes = p.bytes(model);
            String name = "case-" + f + "." + f.extension();
            java.nio.file.Files.write(java.nio.file.Path.of("/tmp/scratch", name), bytes);
            String json = org.gongkai.io.json.SummaryJson.write(org.gongkai.io.importing.Interpreter.interpret(
                    org.gongkai.io.importing.Documents.read(name, bytes)), true);
            java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/scratch", name + ".json"), json);
        }
    }
}
