package org.cseriskrecord.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What a correction changed, field by field: {@code [{"field", "before", "after"}]}. The fields are those the event
 * names as changed; where it names none, every field whose value differs.
 */
final class CorrectionChanges {

    private CorrectionChanges() {
    }

    static ArrayNode between(JsonNode before, JsonNode after, List<String> changedFields) {
        var fields = new LinkedHashSet<String>(changedFields);
        if (fields.isEmpty()) {
            var names = new ArrayList<String>();
            after.fieldNames().forEachRemaining(names::add);
            if (before != null) {
                for (Iterator<String> it = before.fieldNames(); it.hasNext(); ) {
                    String name = it.next();
                    if (!names.contains(name)) {
                        names.add(name);
                    }
                }
            }
            for (String name : names) {
                if (!value(before, name).equals(value(after, name))) {
                    fields.add(name);
                }
            }
        }
        var changes = JsonNodeFactory.instance.arrayNode();
        for (String field : fields) {
            changes.addObject().put("field", field).<com.fasterxml.jackson.databind.node.ObjectNode>set("before",
                    value(before, field)).set("after", value(after, field));
        }
        return changes;
    }

    private static JsonNode value(JsonNode node, String field) {
        if (node == null || node.get(field) == null) {
            return NullNode.instance;
        }
        return node.get(field);
    }
}
