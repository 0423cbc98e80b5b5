/**
 * The pipeline across accounts: every OPEN opportunity the user may see by sales stage, the weighted forecast per
 * month, quarter or year against the revenue targets, and the gap. Depends on sales (opportunities, stages, booked
 * revenue), planning (revenue targets), scoring (portfolio segments), account, identity and web.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"sales", "planning", "scoring", "account", "catalog", "identity", "web"})
package app.prism.pipeline;
