package app.prism.exposure;

/** How the contacts heard about the products (PRODUCT.md section 3). */
public enum Channel {
    MEETING, CALL, EMAIL, DEMO, EVENT, NEWSLETTER, OTHER;

    /** "Meeting", for labels. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
