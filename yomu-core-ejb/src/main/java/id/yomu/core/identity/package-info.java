/**
 * Identity: accounts, credentials, login throttling and session tokens. Owns the tables
 * {@code core.account} and {@code core.login_failure}; touches no other context's data.
 */
package id.yomu.core.identity;
