/**
 * The start page (my accounts) and the global search across accounts, units, contacts and products.
 * Depends on account, catalog, contact, identity and web; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "catalog", "contact", "identity", "web"})
package app.prism.home;
