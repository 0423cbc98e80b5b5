package app.prism.contact;

/** How a contact feels about us. */
public enum Attitude { SUPPORTER, NEUTRAL, DETRACTOR, UNKNOWN }
