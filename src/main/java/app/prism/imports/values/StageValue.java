package app.prism.imports.values;

import app.prism.sales.Stage;

/**
 * Each CRM says "won" and "lost" its own way (a stage name, IsWon/IsClosed flags, a status); Prism has three stages.
 */
public final class StageValue {

    private StageValue() {
    }

    /**
     * WON for "Closed Won" (Salesforce), "Won" (Dynamics), "closedwon" (HubSpot), or isWon true; LOST for "Closed Lost",
     * "Lost", "closedlost", or isClosed true when not won; OPEN otherwise, including no stage at all. Prism's own names
     * OPEN, WON and LOST read as themselves. A flag that is not a boolean is an error.
     */
    public static Stage stage(String stageName, String isWon, String isClosed) {
        var won = BooleanValue.parse(isWon);
        var closed = BooleanValue.parse(isClosed);
        var name = NullValues.text(stageName);
        var key = name == null ? "" : Labels.key(name);
        if (Boolean.TRUE.equals(won) || key.equals("closedwon") || key.equals("won")) {
            return Stage.WON;
        }
        if (Boolean.TRUE.equals(closed) || key.equals("closedlost") || key.equals("lost")) {
            return Stage.LOST;
        }
        return Stage.OPEN;
    }
}
