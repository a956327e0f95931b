package id.yomu.web.interfaces.rest.identity;

/** Body of PATCH /me: a missing field keeps its value, an empty string clears it. */
public record ProfileRequest(String displayName, String bio, String email, String phone) {
}
