/**
 * Our portfolio: the products and services we sell, in families, with their typical annual value.
 * Depends on identity (who may change the catalogue) and web.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "web"})
package app.prism.catalog;
