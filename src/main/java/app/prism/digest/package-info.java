/**
 * The weekly digest: each user's reminders (gaps, overdue tasks and requests, new risks) gathered from the capabilities
 * that contribute them, kept in an in-app inbox and sent by SMTP when mail is configured, once per week across instances.
 * Depends on identity (users, signing in as the recipient) and web.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "web"})
package app.prism.digest;
