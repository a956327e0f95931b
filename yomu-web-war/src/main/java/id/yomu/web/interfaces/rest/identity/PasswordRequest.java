package id.yomu.web.interfaces.rest.identity;

/** Body of PUT /me/password. */
public record PasswordRequest(String currentPassword, String newPassword) {
}
