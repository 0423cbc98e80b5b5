/**
 * An account's performance against its targets: revenue, growth, gross margin, retention, relationship growth, NPS
 * (from survey's scores) and lifetime value, the targets and their gaps, the Plan tab's performance panels. Depends on
 * account, contact, sales, survey and web.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "contact", "sales", "survey", "web"})
package app.prism.performance;
