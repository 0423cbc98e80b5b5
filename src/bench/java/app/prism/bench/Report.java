package app.prism.bench;

import java.util.Map;

/** The results as Markdown tables: per database, each measurement with its floor, the ratio and the target. */
final class Report {

    private Report() {}

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> results) {
        StringBuilder b = new StringBuilder();
        Map<String, Object> dbs = (Map<String, Object>) results.get("databases");
        Double copyRate = null;
        if (dbs.get("postgres") instanceof Map<?, ?> pg && pg.get("import") instanceof Map<?, ?> imp) {
            copyRate = (Double) imp.get("copyRowsPerSecond");
        }
        for (var e : dbs.entrySet()) {
            Map<String, Object> db = (Map<String, Object>) e.getValue();
            b.append("\n### ").append(e.getKey()).append(" — ").append(db.get("databaseVersion")).append("\n\n");
            Map<String, Object> m = (Map<String, Object>) db.get("measurements");
            if (m == null) continue;
            double floor = median(m, "floor: raw SQL TTM aggregate");
            b.append("| measurement | app median (min) | floor median (min) | ratio app / floor | target | result |\n");
            b.append("| --- | ---: | ---: | ---: | --- | --- |\n");
            String floorCell = fmt(floor) + " ms (" + fmt(min(m, "floor: raw SQL TTM aggregate")) + ")";
            ratioRow(b, m, "summary, cold", floor, floorCell);
            ratioRow(b, m, "matrix depth 2, cold", floor, floorCell);
            if (m.containsKey("floor, custom plan")) {
                // The same ratios against the floor run with a plan made for its dates, as the app's own read is.
                double custom = median(m, "floor, custom plan");
                String customCell = fmt(custom) + " ms (" + fmt(min(m, "floor, custom plan")) + "), custom plan";
                ratioRow(b, m, "summary, cold", custom, customCell, " (against the floor with a custom plan)");
                ratioRow(b, m, "matrix depth 2, cold", custom, customCell, " (against the floor with a custom plan)");
            }
            limitRow(b, m, "summary, warm", 50);
            if (m.containsKey("matrix(null).summary(), warm")) limitRow(b, m, "matrix(null).summary(), warm", 50);
            limitRow(b, m, "matrix depth 2, warm", 50);
            limitRow(b, m, "full matrix, cold, streamed as JSON", 3000);
            Map<String, Object> imp = (Map<String, Object>) db.get("import");
            if (imp != null && imp.get("appRowsPerSecond") != null) {
                double app = (Double) imp.get("appRowsPerSecond");
                String floorText = copyRate == null ? "n/a" : String.format("%,.0f rows/s (PostgreSQL COPY)", copyRate);
                String ratio = copyRate == null ? "n/a" : String.format("%.2f", app / copyRate);
                String pass = copyRate == null ? "n/a" : app >= copyRate / 3 ? "pass" : "miss";
                b.append(String.format("| %,d-line CSV import over HTTP | %,.0f rows/s (%.1f s) | %s | %s | ≥ 0.33 of COPY | %s |%n",
                        ((Number) imp.get("rows")).longValue(), app, (Double) imp.get("appSeconds"), floorText, ratio, pass));
                if (imp.get("h2CsvreadRowsPerSecond") != null) {
                    b.append(String.format("| (H2's own bulk load, INSERT … SELECT FROM CSVREAD) | %,.0f rows/s (%.1f s) | | | reference | |%n",
                            (Double) imp.get("h2CsvreadRowsPerSecond"), (Double) imp.get("h2CsvreadSeconds")));
                }
            }
            b.append("\nfull matrix: ").append(m.get("fullCells")).append(" cells, ").append(m.get("fullJsonBytes"))
                    .append(" bytes of JSON, peak heap ").append(m.get("fullPeakHeapMb")).append(" MB; depth 2: ")
                    .append(m.get("depth2Columns")).append(" columns; first requests after the load: floor ")
                    .append(m.get("firstFloorMs")).append(" ms, depth 2 ").append(m.get("firstDepth2Ms"))
                    .append(" ms, summary ").append(m.get("firstSummaryMs")).append(" ms\n");
            if (m.get("breakdown") instanceof Map<?, ?> steps) {
                b.append("\n| step of a cold matrix, alone | median (min) |\n| --- | ---: |\n");
                steps.forEach((k, v) -> {
                    if (v instanceof Map<?, ?> t && t.get("medianMs") != null) {
                        b.append("| ").append(k).append(" | ").append(fmt(((Number) t.get("medianMs")).doubleValue()))
                                .append(" ms (").append(fmt(((Number) t.get("minMs")).doubleValue())).append(") |\n");
                    } else if (!(v instanceof Map<?, ?>)) {
                        b.append("| ").append(k).append(" | ").append(v).append(" |\n");
                    }
                });
            }
        }
        return b.toString();
    }

    @SuppressWarnings("unchecked")
    private static double median(Map<String, Object> m, String key) {
        return ((Number) ((Map<String, Object>) m.get(key)).get("medianMs")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static double min(Map<String, Object> m, String key) {
        return ((Number) ((Map<String, Object>) m.get(key)).get("minMs")).doubleValue();
    }

    private static void ratioRow(StringBuilder b, Map<String, Object> m, String key, double floor, String floorCell) {
        ratioRow(b, m, key, floor, floorCell, "");
    }

    private static void ratioRow(StringBuilder b, Map<String, Object> m, String key, double floor, String floorCell,
            String label) {
        double app = median(m, key);
        double ratio = app / floor;
        b.append(String.format("| %s%s | %s ms (%s) | %s | %.2f | ≤ 1.5 × floor | %s |%n", key, label, fmt(app),
                fmt(min(m, key)), floorCell, ratio, ratio <= 1.5 ? "pass" : String.format("miss (%.0f %% over)", (ratio / 1.5 - 1) * 100)));
    }

    private static void limitRow(StringBuilder b, Map<String, Object> m, String key, double limit) {
        double app = median(m, key);
        b.append(String.format("| %s | %s ms (%s) | | | < %s ms | %s |%n", key, fmt(app), fmt(min(m, key)),
                fmt(limit), app < limit ? "pass" : String.format("miss (%.1f×)", app / limit)));
    }

    private static String fmt(double v) {
        return v >= 100 ? String.format("%,.0f", v) : String.format("%.1f", v);
    }
}
