package app.prism.identity;

/** What a user may do across Prism (PRODUCT.md section 1). */
public enum Role {
    ADMIN,
    MANAGER,
    MEMBER;

    /** ADMIN and MANAGER see every account; a MEMBER only the accounts whose team they are on. */
    public boolean seesAllAccounts() {
        return this != MEMBER;
    }
}
