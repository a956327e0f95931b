package id.yomu.core.identity.application;

/** Who a valid token belongs to, as checked against the database on this request. */
public record AuthenticatedAccount(long id, String username, String displayName, String role) {

    public boolean admin() {
        return "ADMIN".equals(role);
    }
}
