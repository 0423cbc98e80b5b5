/**
 * Strategic account plans: their status moves and periods, objectives with their progress, actions that become tasks,
 * reviews that open on the problems, the PDF and XLSX exports, and the account's Plan tab. Depends on performance
 * (objectives' actuals, the tab's performance panels), survey (the tab's answers panel), account, penetration,
 * exposure, relationship, tasks, identity and web.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"performance", "survey", "account",
        "penetration", "exposure", "relationship", "tasks", "identity", "web"})
package app.prism.plans;
