/**
 * What every core context shares with its callers: field errors and the exceptions that the web
 * layer turns into problem details. Nothing here knows about a particular context.
 */
package id.yomu.core.shared;
