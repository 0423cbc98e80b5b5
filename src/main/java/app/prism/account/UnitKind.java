package app.prism.account;

/** What kind of node a business unit is in the customer's organisation. */
public enum UnitKind { GROUP, COMPANY, SUBSIDIARY, DIVISION, DEPARTMENT, SITE, OTHER }
