package id.yomu.core.identity.application;

import java.time.Instant;

/** An account as its owner sees it. */
public record AccountView(long id, String username, String displayName, String email, String phone, String bio,
                          String role, Instant joinedAt) {

    public boolean admin() {
        return "ADMIN".equals(role);
    }
}
