package app.prism.scoring;

/** The two axes of the portfolio (PRODUCT.md section 4): how attractive the customer is, and how strong we are there. */
public enum Axis { ATTRACTIVENESS, STRENGTH }
