/**
 * Backing beans of the browser pages. Every bean is request-scoped and every view transient, so a
 * page rendered by one instance can be posted to any other: nothing lives in one JVM's memory.
 */
package id.yomu.web.interfaces.faces;
