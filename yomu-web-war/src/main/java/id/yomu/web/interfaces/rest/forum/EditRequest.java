package id.yomu.web.interfaces.rest.forum;

/** Body of PATCH /comments/{id}. */
public record EditRequest(String body) {
}
