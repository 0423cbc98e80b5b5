package app.prism.account;

/** A colleague's role on an account team. */
public enum TeamRole {
    GLOBAL_ACCOUNT_MANAGER, ACCOUNT_MANAGER, REGIONAL_MANAGER, PRODUCT_SPECIALIST, EXECUTIVE_SPONSOR, SERVICE
}
