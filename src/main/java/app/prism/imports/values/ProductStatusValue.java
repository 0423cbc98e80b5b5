package app.prism.imports.values;

import java.util.Set;

/**
 * Dynamics exports a product's state as a status (Active, Retired, Draft …) where other sources have an active flag.
 */
public final class ProductStatusValue {

    private static final Set<String> INACTIVE = Set.of("retired", "draft", "inactive", "underrevision");

    private ProductStatusValue() {
    }

    /** Active → true; Retired, Draft, Inactive, Under Revision → false; or any {@link BooleanValue}; null when null. */
    public static Boolean active(String raw) {
        var text = NullValues.text(raw);
        if (text == null) {
            return null;
        }
        var key = Labels.key(text);
        if (key.equals("active")) {
            return Boolean.TRUE;
        }
        if (INACTIVE.contains(key)) {
            return Boolean.FALSE;
        }
        try {
            return BooleanValue.parse(text);
        } catch (ValueException e) {
            throw new ValueException(ValueException.quote(text)
                    + " is not a product status (Active, Retired, Draft, Inactive, Under Revision, or yes/no)");
        }
    }
}
