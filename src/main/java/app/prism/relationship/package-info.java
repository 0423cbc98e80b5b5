/**
 * The people side of an account beyond the contact list: relationship risks, referrals and referral candidates,
 * testimonials. Depends on account (the unit tree), catalog, contact (the people), sales (who buys, opportunities),
 * penetration (the cached matrix: who buys), exposure (when we last spoke), digest (its part of the weekly digest),
 * identity, web.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"account", "catalog", "contact", "sales", "penetration", "exposure", "digest",
                "identity", "web"})
package app.prism.relationship;
