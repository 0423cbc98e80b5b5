/**
 * Revenue booked per business unit and product (with its streamed CSV/JSON import), opportunities and fit marks.
 * Depends on account, catalog, identity and web.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "catalog", "identity", "web"})
package app.prism.sales;
