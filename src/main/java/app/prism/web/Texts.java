package app.prism.web;

/** Small normalisations of user-entered text shared by every capability. */
public final class Texts {

    private Texts() {}

    /** Trimmed text, or null when blank: optional fields never store empty strings. */
    public static String trimToNull(String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** The key that makes names unique regardless of case and surrounding blanks. */
    public static String key(String s) {
        return s == null ? null : s.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
