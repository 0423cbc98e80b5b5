/**
 * Customer accounts, their business-unit tree and their team; the owner of the access rule's team data.
 * Depends on identity (who is asking, who may see what) and web.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "web"})
package app.prism.account;
