package app.prism.imports.values;

import java.util.Locale;

/**
 * CRMs write one label as "Closed Won", "closedwon", "CLOSED_WON" or "closed-won": rules compare the letters and digits
 * only.
 */
final class Labels {

    private Labels() {
    }

    /** Lower case, letters and digits only, accents kept: "Closed - Won" → "closedwon". */
    static String key(String label) {
        var key = new StringBuilder(label.length());
        label.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(key::appendCodePoint);
        return key.toString();
    }
}
