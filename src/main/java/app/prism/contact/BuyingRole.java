package app.prism.contact;

/** The part a contact plays in buying from us. */
public enum BuyingRole {
    ECONOMIC_BUYER, DECISION_MAKER, INFLUENCER, USER, GATEKEEPER, CHAMPION, UNKNOWN;

    /** A sponsor: whose leaving we follow (a suggestion where they went, the sponsor-left alert). */
    public boolean isSponsor() {
        return this == CHAMPION || this == DECISION_MAKER || this == ECONOMIC_BUYER;
    }

    /** Holds the seat a unit needs filled: someone who decides or signs. */
    public boolean decides() {
        return this == DECISION_MAKER || this == ECONOMIC_BUYER;
    }
}
