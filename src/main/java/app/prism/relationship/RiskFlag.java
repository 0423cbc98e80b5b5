package app.prism.relationship;

/** The relationship risks of PRODUCT.md section 4. */
public enum RiskFlag {
    SINGLE_THREADED("Single-threaded"),
    KEY_PERSON("Key person"),
    NO_DECISION_MAKER("No decision maker"),
    DETRACTOR_IN_POWER("Detractor in power"),
    GONE_QUIET("Gone quiet");

    private final String label;

    RiskFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
