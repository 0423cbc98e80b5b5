/**
 * Users, roles, personal API tokens, sign-in, and the one access rule: may this user see that account.
 * Depends on web only; account teams reach it through the {@link app.prism.identity.AccountTeams} interface.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "web")
package app.prism.identity;
