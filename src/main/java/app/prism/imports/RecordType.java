package app.prism.imports;

/** What one imported file holds, in the order an import applies them (PRODUCT.md section 8). */
public enum RecordType {
    PRODUCT, ACCOUNT, UNIT, CONTACT, OPPORTUNITY, OPPORTUNITY_LINE, SALE, CELL, TOUCHPOINT
}
