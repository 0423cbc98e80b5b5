/**
 * Revenue booked per business unit and product (and, as it grows: opportunities, fit marks, imports).
 * Depends on account, catalog, identity and web.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "catalog", "identity", "web"})
package app.prism.sales;
