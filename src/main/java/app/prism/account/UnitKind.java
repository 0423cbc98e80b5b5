package app.prism.account;

/** What kind of node a business unit is in the customer's organisation. */
public enum UnitKind {
    GROUP, COMPANY, SUBSIDIARY, DIVISION, DEPARTMENT, SITE, OTHER;

    /** The plural in running text: "companies", "sites", "other units". */
    public String plural() {
        return switch (this) {
            case COMPANY -> "companies";
            case SUBSIDIARY -> "subsidiaries";
            case OTHER -> "other units";
            default -> name().toLowerCase(java.util.Locale.ROOT) + "s";
        };
    }
}
