package app.prism.imports.values;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prism's own templates hold enum fields by name, written by people: "Decision maker" means DECISION_MAKER. */
public final class EnumValue {

    private EnumValue() {
    }

    /**
     * The constant of {@code type} named by the value, case-insensitive, spaces and hyphens read as underscores; null
     * when {@link NullValues#isNull}; otherwise an error that lists the allowed names.
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String raw) {
        var text = NullValues.text(raw);
        if (text == null) {
            return null;
        }
        var name = text.replaceAll("[\\s\\p{Zs}_-]+", "_").toUpperCase(Locale.ROOT);
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(name)) {
                return constant;
            }
        }
        var allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw new ValueException(ValueException.quote(text) + " is not one of " + allowed);
    }
}
