/**
 * Which customers deserve key-account effort: the weighted scoring model, ratings (by hand or computed from data),
 * portfolio segments and their monthly snapshots. Depends on account, contact, sales and penetration (the data behind
 * computed criteria), identity and web.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"account", "contact", "sales", "penetration", "identity", "web"})
package app.prism.scoring;
