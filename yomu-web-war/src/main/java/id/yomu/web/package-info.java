/**
 * The web module: Faces pages and the REST API over the core and engine application interfaces.
 * Holds no business rule and touches no entity of another module.
 */
package id.yomu.web;
