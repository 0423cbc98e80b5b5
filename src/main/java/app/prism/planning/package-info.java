/**
 * Turning account plans into decisions: performance against targets (revenue, growth, margin, retention, relationship
 * growth, NPS, lifetime value), survey answers, targets, next best actions; strategic account plans, their reviews and
 * exports. Depends on account, catalog, contact, sales, penetration, exposure, relationship, tasks, insight (the
 * learned cross-sell ranking), identity, web.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "catalog", "contact", "sales",
        "penetration", "exposure", "relationship", "tasks", "insight", "identity", "web"})
package app.prism.planning;
