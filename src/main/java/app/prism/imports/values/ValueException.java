package app.prism.imports.values;

/** A raw value that cannot be read as its field; the message is for users ("'31/02/2024' is not a date (d.M.yyyy)"). */
public final class ValueException extends RuntimeException {

    private static final int QUOTED_MAX = 60;

    public ValueException(String message) {
        super(message);
    }

    /**
     * The value as the user typed it, trimmed and shortened, in quotes: errors name the value without repeating a whole
     * text.
     */
    static String quote(String raw) {
        var text = raw == null ? "" : NullValues.trim(raw);
        if (text.length() > QUOTED_MAX) {
            text = text.substring(0, QUOTED_MAX - 1) + "…";
        }
        return "'" + text + "'";
    }
}
