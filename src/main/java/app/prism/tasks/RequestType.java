package app.prism.tasks;

/** What the customer raised with us (PRODUCT.md section 3). */
public enum RequestType {
    ORDER,
    ISSUE,
    REQUEST
}
