package app.prism.penetration;

/**
 * The status of a (unit, product) cell. Every screen, export and legend shows it the same way: a colour, a letter and
 * a label (never colour alone).
 */
public enum CellStatus {
    BUYING("B", "Buying"),
    OPPORTUNITY("O", "Opportunity"),
    LOST("L", "Lost"),
    WHITESPACE("W", "Whitespace"),
    NOT_APPLICABLE("N", "Not applicable");

    private final String letter;
    private final String label;

    CellStatus(String letter, String label) {
        this.letter = letter;
        this.label = label;
    }

    public String letter() {
        return letter;
    }

    public String label() {
        return label;
    }
}
