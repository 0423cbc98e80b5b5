package app.prism.sales;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Turns a JSON body (one object or an array of them) into {@link SaleRow}s numbered from 1. */
final class SalesJson {

    private SalesJson() {}

    static List<SaleRow> rows(JsonNode body) {
        List<SaleRow> rows = new ArrayList<>();
        if (body != null && body.isArray()) {
            int n = 0;
            for (JsonNode element : body) rows.add(row(++n, element));
        } else {
            rows.add(row(1, body));
        }
        return rows;
    }

    /** The fields of a sales line; any other is refused, as on every JSON body. */
    private static final Set<String> FIELDS = Set.of("accountId", "unitId", "unitExternalId", "productId",
            "productCode", "date", "amount", "cost");

    private static SaleRow row(long number, JsonNode node) {
        if (node == null || !node.isObject()) return SaleRow.unreadable(number, "must be a JSON object");
        for (String name : node.propertyNames()) {
            if (!FIELDS.contains(name)) return SaleRow.unreadable(number, "unknown field \"" + name + "\"");
            JsonNode value = node.get(name);
            if (value.isString() && value.asString().indexOf('\0') >= 0) {
                return SaleRow.unreadable(number, name + " must not contain NUL characters");
            }
        }
        return new SaleRow(number, text(node, "accountId"), text(node, "unitId"), text(node, "unitExternalId"),
                text(node, "productId"), text(node, "productCode"), text(node, "date"), text(node, "amount"),
                text(node, "cost"));
    }

    /** A value as text: numbers exactly as written (floats are read as BigDecimal), null for missing or null. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (value.isNumber()) return value.decimalValue().toPlainString();
        if (value.isString()) return value.asString();
        return value.toString();
    }
}
