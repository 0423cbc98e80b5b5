/**
 * The pipeline across accounts: every OPEN opportunity the user may see by sales stage, the weighted forecast per
 * month, quarter or year against the revenue targets, and the gap. Depends on sales (opportunities, stages, booked
 * revenue), performance (revenue targets), scoring (portfolio segments), account, identity and web.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"sales", "performance", "scoring", "account", "catalog", "identity", "web"})
package app.prism.pipeline;
