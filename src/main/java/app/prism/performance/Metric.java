package app.prism.performance;

/** The performance metrics a target can be set on. Ratios are decimals (0.25), money in the installation currency. */
public enum Metric {
    REVENUE, GROWTH, GROSS_MARGIN, RETENTION, ACTIVE_CONTACTS, UNITS_WITH_CONTACT, NPS, CLV
}
