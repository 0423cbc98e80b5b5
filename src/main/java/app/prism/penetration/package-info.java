/**
 * The three-dimensional spreadsheet: cell statuses, roll-up by tree depth, penetration, whitespace and its value.
 * Depends on account (units), catalog (products), contact (who is known where), sales (revenue facts), identity, web.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"account", "catalog", "contact", "sales", "identity", "web"})
package app.prism.penetration;
