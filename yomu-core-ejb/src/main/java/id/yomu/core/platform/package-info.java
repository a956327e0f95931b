/**
 * Platform pieces every module uses the same way: reading a module's own Liquibase changelog to know
 * which schema it expects, and checking that the database holds it. Owns no table.
 */
package id.yomu.core.platform;
