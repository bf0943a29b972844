package org.gongkai.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.gongkai.core.tables.StatementTable;

/** The JSON form of generated tables: per table its number and title, then the neutral table model. */
public final class TablesJson {

    private TablesJson() {
    }

    public static String write(List<StatementTable> tables) {
        ArrayNode array = GongkaiJson.mapper().createArrayNode();
        for (StatementTable table : tables) {
            ObjectNode node = array.addObject();
            node.put("number", table.kind().number());
            node.put("title", table.title());
            node.setAll((ObjectNode) GongkaiJson.mapper().valueToTree(table));
        }
        try {
            return GongkaiJson.mapper().writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("无法序列化报表", e);
        }
    }
}
