/**
 * Who is calling: the session token (cookie for browsers, Bearer for API clients), checked by
 * {@link id.yomu.web.security.CurrentAccount} when a page or resource asks, the client address behind
 * trusted proxies, and the guards that pages and resources call. Keeps nothing in memory between requests.
 */
package id.yomu.web.security;
