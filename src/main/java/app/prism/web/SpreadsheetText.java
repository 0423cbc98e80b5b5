package app.prism.web;

/**
 * Text bound for a spreadsheet (CSV or XLSX) is neutralised: a value that starts with {@code = + - @}, a tab or a
 * carriage return would be run as a formula by Excel or LibreOffice, so it gets a leading apostrophe.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) return text == null ? "" : text;
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    /** A CSV field: neutralised, and quoted when it holds a comma, a quote or a line break. */
    public static String csv(String text) {
        String safe = neutralise(text);
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
