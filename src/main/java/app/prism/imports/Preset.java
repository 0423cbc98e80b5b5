package app.prism.imports;

/** Whose export a file is: the preset chooses the file types and the column mapping from the headers. */
public enum Preset {
    SALESFORCE, HUBSPOT, DYNAMICS365, PRISM;

    /** CRMs hold no invoices, so their won opportunities are booked as sales by default. */
    public boolean isCrm() {
        return this != PRISM;
    }
}
