package app.prism.sales;

/**
 * Why an opportunity was lost. {@code UNAWARE_WE_OFFER_IT}: the order went elsewhere only because the customer did not
 * know we could fill it.
 */
public enum LossReason {
    PRICE, PRODUCT_FIT, RELATIONSHIP, TIMING, UNAWARE_WE_OFFER_IT, OTHER
}
