/**
 * Turning account plans into decisions: performance against targets (revenue, growth, margin, retention, relationship
 * growth, NPS, lifetime value), survey answers, targets. Depends on account, contact, sales, identity, web.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "contact", "sales", "identity", "web"})
package app.prism.planning;
