/**
 * Keeping every contact aware of the whole portfolio: touchpoints, exposure gaps, awareness, the cadence setting.
 * Depends on account (units), catalog (products), contact (who), sales, penetration (buying and not-applicable cells,
 * from the cached matrix), tasks ("plan it"),
 * digest (its part of the weekly digest), identity, web.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"account", "catalog", "contact", "sales", "penetration", "tasks", "digest", "identity",
                "web"})
package app.prism.exposure;
