/**
 * Whether cross-sell suggestions prove themselves: the back-test on the installation's own history, the baselines, and
 * the ranking learned from that history. Depends on account, catalog, sales, penetration (the cell rules), identity, web.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"account", "catalog", "sales", "penetration", "identity", "web"})
package app.prism.insight;
