package app.prism.imports.files;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells the delimiter of a CSV file from its first lines: among ',', ';', '\t' and '|' the one that splits the first
 * records (up to 20, honouring quotes, blank lines ignored) most consistently into more than one field.
 *
 * <p>Each candidate is scored by the share of records that have as many fields as the header (the first record),
 * provided the header splits into more than one field; ties go to the candidate giving more fields, then to the
 * order above. ',' when nothing splits.
 */
public final class DelimiterDetector {

    static final char[] CANDIDATES = {',', ';', '\t', '|'};
    static final int MAX_RECORDS = 20;

    private DelimiterDetector() {
    }

    public static char detect(String sample) {
        char best = ',';
        double bestScore = -1;
        int bestFields = 0;
        for (char candidate : CANDIDATES) {
            List<Integer> counts = fieldCounts(sample, candidate);
            if (counts.isEmpty() || counts.get(0) < 2) {
                continue;
            }
            int header = counts.get(0);
            long consistent = counts.stream().filter(c -> c == header).count();
            double score = (double) consistent / counts.size();
            if (score > bestScore || (score == bestScore && header > bestFields)) {
                best = candidate;
                bestScore = score;
                bestFields = header;
            }
        }
        return best;
    }

    /** Field counts of the first records of the sample; a record left open at the end of the sample is left out. */
    static List<Integer> fieldCounts(String sample, char delimiter) {
        List<Integer> counts = new ArrayList<>();
        int fields = 1;
        boolean inQuotes = false;
        boolean fieldStart = true;
        boolean blank = true;
        int n = sample.length();
        for (int i = 0; i < n && counts.size() < MAX_RECORDS; i++) {
            char c = sample.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && sample.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        inQuotes = false;
                    }
                }
                continue;
            }
            if (c == '"' && fieldStart) {
                inQuotes = true;
                fieldStart = false;
                blank = false;
            } else if (c == delimiter) {
                fields++;
                fieldStart = true;
                blank = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && sample.charAt(i + 1) == '\n') {
                    i++;
                }
                if (!blank) {
                    counts.add(fields);
                }
                fields = 1;
                fieldStart = true;
                blank = true;
            } else if (c == ' ' && fieldStart) {
                // leading spaces before an opening quote
                continue;
            } else {
                fieldStart = false;
                if (!Character.isWhitespace(c)) {
                    blank = false;
                }
            }
        }
        if (!inQuotes && !blank && counts.size() < MAX_RECORDS) {
            counts.add(fields);
        }
        return counts;
    }
}
