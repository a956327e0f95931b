package id.yomu.web.interfaces.rest.identity;

import id.yomu.core.identity.application.AccountView;
import id.yomu.core.identity.application.SessionToken;
import java.time.Instant;

/** A new session: the Bearer token for API clients, when it expires, and whose it is. */
public record SessionResponse(String token, String tokenType, Instant expiresAt, AccountView account) {

    public static SessionResponse of(SessionToken session) {
        return new SessionResponse(session.token(), "Bearer", session.expiresAt(), session.account());
    }
}
