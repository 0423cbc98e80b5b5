/**
 * What every capability shares: domain errors and their RFC 9457 mapping, paging, PATCH documents, the page layout.
 * Depends on nothing else in Prism.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.prism.web;
