/**
 * The import's value rules: how a raw cell of an export reads as a date, number, boolean, country, stage or role.
 * Plain Java without Spring or SQL; depends only on the enums of sales, contact and exposure.
 */
package app.prism.imports.values;
