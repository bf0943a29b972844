package org.gongkai.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.gongkai.core.rules.Finding;

/** {@code {"findings":[{"rule":"R-…","severity":"ERROR","message":"…","location":"…"}]}}. */
public final class FindingsJson {

    private FindingsJson() {
    }

    public static String write(List<Finding> findings) {
        ObjectNode root = GongkaiJson.mapper().createObjectNode();
        ArrayNode array = root.putArray("findings");
        for (Finding finding : findings) {
            array.addObject().put("rule", finding.rule()).put("severity", finding.severity().name())
                    .put("message", finding.message()).put("location", finding.location());
        }
        try {
            return GongkaiJson.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("无法序列化校验结果", e);
        }
    }
}
