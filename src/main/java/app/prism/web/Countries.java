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

    public static String displayName(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
