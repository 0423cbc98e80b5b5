package app.prism.imports;

/**
 * The options of an import (POST /api/v1/imports {@code options}): the file's date format, encoding, delimiter and
 * decimal separator when detection is not wanted; whether won opportunities are booked as sales (default on for the
 * CRM presets); and {@code accountId}, to make every imported account row a unit of that one existing account.
 */
public record ImportOptions(String dateFormat, String encoding, String delimiter, Boolean wonAsSales, Long accountId,
        String decimalSeparator) {

    public static final ImportOptions NONE = new ImportOptions(null, null, null, null, null, null);

    boolean bookWonAsSales(Preset preset) {
        return wonAsSales != null ? wonAsSales : preset != null && preset.isCrm();
    }
}
