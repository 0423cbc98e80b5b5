package app.prism.imports.values;

/**
 * What an export writes for "nothing" (an empty cell, Excel's #N/A, Salesforce's empty id) reads as null, never as a
 * value.
 */
public final class NullValues {

    private static final String SALESFORCE_EMPTY_ID_15 = "000000000000000";
    private static final String SALESFORCE_EMPTY_ID_18 = "000000000000000AAA";

    private NullValues() {
    }

    /** Null, empty or blank (non-breaking spaces too), {@code #N/A} in any case, or Salesforce's empty id. */
    public static boolean isNull(String raw) {
        if (raw == null) {
            return true;
        }
        var text = trim(raw);
        return text.isEmpty()
                || text.equalsIgnoreCase("#N/A")
                || text.equals(SALESFORCE_EMPTY_ID_15)
                || text.equalsIgnoreCase(SALESFORCE_EMPTY_ID_18);
    }

    /** The trimmed text, or null when {@link #isNull}. */
    public static String text(String raw) {
        return isNull(raw) ? null : trim(raw);
    }

    /**
     * Like {@link #text(String)}, but a text longer than {@code max} characters is an error, never truncated. Characters
     * are Java chars (UTF-16 units), the strictest count of the databases Prism runs on.
     */
    public static String text(String raw, int max) {
        var text = text(raw);
        if (text != null && text.length() > max) {
            throw new ValueException(ValueException.quote(text) + " is longer than " + max + " characters");
        }
        return text;
    }

    /** Trims whitespace including the non-breaking and narrow spaces that spreadsheets and Windows locales write. */
    static String trim(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
