package app.prism.contact;

/** The part a contact plays in buying from us. */
public enum BuyingRole { ECONOMIC_BUYER, DECISION_MAKER, INFLUENCER, USER, GATEKEEPER, CHAMPION, UNKNOWN }
