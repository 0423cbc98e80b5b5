/**
 * Keeping every contact aware of the whole portfolio: touchpoints, exposure gaps, awareness, the cadence setting.
 * Depends on account (units), catalog (products), contact (who), sales (buying and not-applicable cells), tasks ("plan it"),
 * digest (its part of the weekly digest), identity, web.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"account", "catalog", "contact", "sales", "tasks", "digest", "identity", "web"})
package app.prism.exposure;
