/**
 * The next best actions of an account: cross-sells, referrals to ask for, re-exposures, risks to fix and overdue work,
 * valued and ranked, with the panel that turns one into a task. Depends on plans (overdue plan actions), insight (the
 * learned cross-sell ranking), account, catalog, contact, sales, penetration, exposure, relationship, tasks and web.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"plans", "insight", "account", "catalog",
        "contact", "sales", "penetration", "exposure", "relationship", "tasks", "web"})
package app.prism.nextbest;
