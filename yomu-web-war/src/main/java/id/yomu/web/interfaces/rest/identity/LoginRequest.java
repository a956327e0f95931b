package id.yomu.web.interfaces.rest.identity;

/** Body of POST /auth/login: identifier is a username, an email or a phone number. */
public record LoginRequest(String identifier, String password) {
}
