package id.yomu.web.interfaces.rest.identity;

/** Body of POST /auth/register. */
public record RegisterRequest(String username, String displayName, String password, String email, String phone) {
}
