package app.prism.imports.values;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.regex.Pattern;

/**
 * Exports write a country as a code or as a name in many spellings ("USA", "U.K.", "Côte d'Ivoire"); Prism keeps the
 * ISO 3166 alpha-2 code.
 */
public final class CountryValue {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{IsAlphabetic}\\p{IsDigit}]+");
    /** Names that CRMs and people use besides the ones Java knows, including formal ISO names and a few native ones. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("USA", "US"), Map.entry("U.S.", "US"), Map.entry("U.S.A.", "US"),
            Map.entry("United States of America", "US"), Map.entry("America", "US"),
            Map.entry("UK", "GB"), Map.entry("U.K.", "GB"), Map.entry("Great Britain", "GB"), Map.entry("Britain", "GB"),
            Map.entry("England", "GB"), Map.entry("Scotland", "GB"), Map.entry("Wales", "GB"),
            Map.entry("Northern Ireland", "GB"), Map.entry("United Kingdom of Great Britain and Northern Ireland", "GB"),
            Map.entry("Deutschland", "DE"), Map.entry("Federal Republic of Germany", "DE"),
            Map.entry("Holland", "NL"), Map.entry("Netherlands", "NL"), Map.entry("Nederland", "NL"),
            Map.entry("Czech Republic", "CZ"), Map.entry("Czechia", "CZ"),
            Map.entry("Russia", "RU"), Map.entry("Russian Federation", "RU"),
            Map.entry("South Korea", "KR"), Map.entry("Korea", "KR"), Map.entry("Republic of Korea", "KR"),
            Map.entry("Korea, Republic of", "KR"), Map.entry("North Korea", "KP"),
            Map.entry("Türkiye", "TR"), Map.entry("Turkey", "TR"),
            Map.entry("Vietnam", "VN"), Map.entry("Viet Nam", "VN"),
            Map.entry("UAE", "AE"), Map.entry("U.A.E.", "AE"),
            Map.entry("Ivory Coast", "CI"), Map.entry("Côte d'Ivoire", "CI"),
            Map.entry("Hong Kong", "HK"), Map.entry("Macau", "MO"), Map.entry("Macao", "MO"),
            Map.entry("Taiwan", "TW"), Map.entry("Burma", "MM"), Map.entry("Myanmar", "MM"),
            Map.entry("Iran, Islamic Republic of", "IR"), Map.entry("Syrian Arab Republic", "SY"),
            Map.entry("Lao People's Democratic Republic", "LA"), Map.entry("Laos", "LA"),
            Map.entry("Democratic Republic of the Congo", "CD"), Map.entry("DR Congo", "CD"),
            Map.entry("Republic of the Congo", "CG"), Map.entry("Congo", "CG"),
            Map.entry("Macedonia", "MK"), Map.entry("North Macedonia", "MK"),
            Map.entry("Swaziland", "SZ"), Map.entry("Eswatini", "SZ"), Map.entry("Cabo Verde", "CV"),
            Map.entry("Cape Verde", "CV"), Map.entry("Palestine", "PS"), Map.entry("Vatican", "VA"),
            Map.entry("Holy See", "VA"), Map.entry("Bolivia, Plurinational State of", "BO"),
            Map.entry("Venezuela, Bolivarian Republic of", "VE"), Map.entry("Tanzania, United Republic of", "TZ"),
            Map.entry("Moldova, Republic of", "MD"), Map.entry("Micronesia", "FM"),
            Map.entry("Österreich", "AT"), Map.entry("Schweiz", "CH"), Map.entry("Suisse", "CH"),
            Map.entry("Svizzera", "CH"), Map.entry("España", "ES"), Map.entry("Italia", "IT"),
            Map.entry("Brasil", "BR"), Map.entry("België", "BE"), Map.entry("Belgique", "BE"),
            Map.entry("Sverige", "SE"), Map.entry("Norge", "NO"), Map.entry("Danmark", "DK"),
            Map.entry("Polska", "PL"), Map.entry("Suomi", "FI"));
    private static final Map<String, String> CODES = codes();

    private CountryValue() {
    }

    /**
     * The ISO 3166 alpha-2 code, upper case, of an alpha-2 or alpha-3 code, an English country name (case, accents,
     * punctuation and a leading "the" do not matter) or a common alias; null when {@link NullValues#isNull}.
     */
    public static String code(String raw) {
        var text = NullValues.text(raw);
        if (text == null) {
            return null;
        }
        var code = CODES.get(normalise(text));
        if (code == null) {
            throw new ValueException(ValueException.quote(text) + " is not a country code or English country name");
        }
        return code;
    }

    /**
     * "The U.S. Virgin Islands" → "us virgin islands", "Saint Kitts & Nevis" → "st kitts and nevis", "Côte d’Ivoire" →
     * "cote d ivoire".
     */
    static String normalise(String name) {
        var text = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace(".", "")
                .replace("&", " and ");
        text = NOT_ALPHANUMERIC.matcher(text).replaceAll(" ").strip();
        text = (" " + text + " ").replace(" saint ", " st ").strip();
        if (text.startsWith("the ")) {
            text = text.substring(4);
        }
        return text;
    }

    private static Map<String, String> codes() {
        var codes = new HashMap<String, String>();
        for (var alpha2 : Locale.getISOCountries()) {
            var country = new Locale("", alpha2);
            codes.put(normalise(alpha2), alpha2);
            try {
                codes.putIfAbsent(normalise(country.getISO3Country()), alpha2);
            } catch (MissingResourceException e) {
                // a code without an alpha-3 is still found by its alpha-2 and name
            }
            codes.putIfAbsent(normalise(country.getDisplayCountry(Locale.ENGLISH)), alpha2);
        }
        ALIASES.forEach((alias, alpha2) -> codes.putIfAbsent(normalise(alias), alpha2));
        return Map.copyOf(codes);
    }
}
