/**
 * Turning account plans into decisions: performance against targets, survey answers, targets; strategic account plans,
 * their reviews and exports. Depends on account, contact, sales, penetration, exposure, relationship, tasks, identity, web.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "contact", "sales", "penetration",
        "exposure", "relationship", "tasks", "identity", "web"})
package app.prism.planning;
