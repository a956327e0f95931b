/**
 * Tracing of database work: one span per JPA query of every persistence unit (core and engine), under
 * the span of the request or engine event that ran it. Off with the rest of tracing.
 */
package id.yomu.core.platform.tracing;
