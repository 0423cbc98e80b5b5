package app.prism.sales;

/**
 * One sales line as it arrived (CSV record or JSON object), every value still text. {@code number} counts from 1 for
 * the first data row, as the error report names it; {@code problem} is set when the row could not even be split into
 * its values (a CSV record with the wrong number of fields, a JSON element that is not an object).
 */
record SaleRow(long number, String accountId, String unitId, String unitExternalId, String productId,
        String productCode, String date, String amount, String cost, String problem) {

    SaleRow(long number, String accountId, String unitId, String unitExternalId, String productId, String productCode,
            String date, String amount, String cost) {
        this(number, accountId, unitId, unitExternalId, productId, productCode, date, amount, cost, null);
    }

    static SaleRow unreadable(long number, String problem) {
        return new SaleRow(number, null, null, null, null, null, null, null, null, problem);
    }
}
