/**
 * Survey answers: how likely a contact is to recommend us (0–10), recorded one by one, in batches or from CSV, and the
 * scores the NPS is computed from. Depends on account, contact (who answered), identity (the access rule) and web.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "contact", "identity", "web"})
package app.prism.survey;
