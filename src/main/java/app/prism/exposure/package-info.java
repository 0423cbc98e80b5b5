/**
 * Keeping every contact aware of the whole portfolio: touchpoints, exposure gaps, awareness, the cadence setting.
 * Depends on account (units), catalog (products), contact (who), sales (buying and not-applicable cells), digest (its
 * part of the weekly digest), identity, web.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"account", "catalog", "contact", "sales", "digest", "identity", "web"})
package app.prism.exposure;
