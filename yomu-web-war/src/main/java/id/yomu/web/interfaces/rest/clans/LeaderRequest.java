package id.yomu.web.interfaces.rest.clans;

/** Body of PUT /clans/{id}/leader: the member who becomes leader. */
public record LeaderRequest(Long readerId) {
}
