package app.prism.web;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, as every address in Prism uses them. */
public final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {}

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    /** Upper-cased code, or null when blank; throws Invalid for anything that is not ISO 3166 alpha-2. */
    public static String normalise(String field, String code) {
        String c = Texts.trimToNull(code);
        if (c == null) return null;
        c = c.toUpperCase(Locale.ROOT);
        if (!isValid(c)) throw Invalid.field(field, "must be an ISO 3166 alpha-2 country code such as DE or US");
        return c;
    }

    private static final java.util.Map<String, String> BY_NAME = new java.util.HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            BY_NAME.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
    }

    /**
     * What a person typed in a form's country field, as a code: an ISO code as it is, an English country name
     * ("Germany", any case) as its code, anything else unchanged (the service's own rule then says what is wrong).
     */
    public static String fromInput(String typed) {
        String t = Texts.trimToNull(typed);
        if (t == null || t.length() <= 3) return t;
        String code = BY_NAME.get(t.toLowerCase(Locale.ROOT));
        return code != null ? code : t;
    }

    public static String displayName(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
