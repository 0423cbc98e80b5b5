/**
 * Keeping every contact aware of the whole portfolio: touchpoints, exposure gaps, awareness, the cadence setting.
 * Depends on account (units), catalog (products), contact (who), sales (buying and not-applicable cells), identity, web.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"account", "catalog", "contact", "sales", "identity", "web"})
package app.prism.exposure;
