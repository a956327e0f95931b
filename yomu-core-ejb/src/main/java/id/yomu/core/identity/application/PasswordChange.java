package id.yomu.core.identity.application;

/** Changing one's password needs the current one. */
public record PasswordChange(String currentPassword, String newPassword) {
}
