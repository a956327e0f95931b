package id.yomu.core.identity.application;

/** What a new reader fills in. Email and phone are optional, but one of them is required. */
public record Registration(String username, String displayName, String password, String email, String phone) {
}
