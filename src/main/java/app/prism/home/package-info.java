/**
 * The start page (my accounts, my tasks) and the global search across accounts, units, contacts and products.
 * Depends on account, catalog, contact, tasks, identity and web; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"account", "catalog", "contact", "tasks", "penetration", "exposure", "relationship", "digest", "scoring",
                "identity", "web"})
package app.prism.home;
