package app.prism.scoring;

/** Where an account sits in the portfolio; STRATEGIC and DEVELOP accounts get key-account management. */
public enum Segment {
    STRATEGIC, DEVELOP, MAINTAIN, OPPORTUNISTIC;

    public boolean getsKeyAccountManagement() {
        return this == STRATEGIC || this == DEVELOP;
    }
}
