package app.prism.sales;

/** Where an opportunity stands: open, or closed as won or lost. */
public enum Stage {
    OPEN, WON, LOST
}
