/**
 * The people we know in each business unit: buying role, attitude, strength, reporting line, our relationship owners.
 * Depends on account (units and the access rule), identity and web.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "identity", "web"})
package app.prism.contact;
