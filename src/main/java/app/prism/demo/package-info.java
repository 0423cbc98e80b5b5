/**
 * The demo installation: believable users, products, customer groups, contacts and four years of sales, loaded once
 * into an empty database. Depends only on the public services of identity, account, catalog, contact, sales, exposure,
 * tasks, scoring, performance, plans, survey and web.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"identity", "account", "catalog", "contact", "sales", "exposure", "tasks", "scoring", "performance",
                "plans", "survey", "web"})
package app.prism.demo;
