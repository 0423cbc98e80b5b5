/**
 * Tasks (a small task list per account that gaps, risks and plans can also fill) and the customer's requests (orders,
 * issues, requests), with the account's Activity tab and "my tasks". Depends on account, contact, catalog, identity
 * and web.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"account", "contact", "catalog", "digest", "identity", "web"})
package app.prism.tasks;
