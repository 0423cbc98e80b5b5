/**
 * Bringing a team's data in: CRM exports (Salesforce, HubSpot, Dynamics 365) and spreadsheets read as they are, mapped,
 * checked in a dry run, committed all or nothing through the other capabilities' public services, and undone.
 * Depends on account, catalog, contact, sales, exposure, identity and web.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"account", "catalog", "contact", "sales", "exposure", "identity", "web"})
package app.prism.imports;
