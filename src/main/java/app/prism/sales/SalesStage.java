package app.prism.sales;

/** One of the installation's sales stages of an OPEN opportunity: its name and its probability in percent. */
public record SalesStage(String name, Integer probability) {}
