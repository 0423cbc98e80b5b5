package app.prism.account;

/** How far an account reaches. */
public enum Scope { LOCAL, NATIONAL, REGIONAL, GLOBAL }
