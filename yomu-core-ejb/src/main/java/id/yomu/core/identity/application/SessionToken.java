package id.yomu.core.identity.application;

import java.time.Instant;

/** A signed, stateless session: any instance accepts it until it expires or its epoch is revoked. */
public record SessionToken(String token, Instant expiresAt, AccountView account) {
}
