/**
 * The people side of an account beyond the contact list: relationship risks, referrals and referral candidates,
 * testimonials. Depends on account (the unit tree), catalog, contact (the people), sales (who buys, opportunities),
 * exposure (when we last spoke), digest (its part of the weekly digest), identity, web.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"account", "catalog", "contact", "sales", "exposure", "digest", "identity", "web"})
package app.prism.relationship;
