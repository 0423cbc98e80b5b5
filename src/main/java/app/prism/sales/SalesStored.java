package app.prism.sales;

/** The answer to an import: how many lines were stored (all of them, or none and a 400). */
public record SalesStored(long stored) {}
