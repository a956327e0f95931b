package id.yomu.core.identity.application;

/** A login attempt: one identifier (username, email or phone), the password, and where it came from. */
public record Credentials(String identifier, String password, String clientAddress) {
}
