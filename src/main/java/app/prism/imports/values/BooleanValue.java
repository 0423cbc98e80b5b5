package app.prism.imports.values;

import java.util.Locale;

/** CRMs and spreadsheets write yes/no fields as true/false, 1/0 or yes/no; all read the same. */
public final class BooleanValue {

    private BooleanValue() {
    }

    /** true/false, 1/0, yes/no in any case, trimmed; null when {@link NullValues#isNull}; anything else is an error. */
    public static Boolean parse(String raw) {
        var text = NullValues.text(raw);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> Boolean.TRUE;
            case "false", "0", "no" -> Boolean.FALSE;
            default -> throw new ValueException(ValueException.quote(text) + " is not a yes/no value (true/false, 1/0, yes/no)");
        };
    }
}
