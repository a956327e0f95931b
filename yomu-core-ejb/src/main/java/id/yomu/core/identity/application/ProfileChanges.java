package id.yomu.core.identity.application;

/** The editable part of one's own profile. A blank email or phone removes it (one must remain). */
public record ProfileChanges(String displayName, String bio, String email, String phone) {
}
