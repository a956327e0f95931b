package id.yomu.web.interfaces.rest.clans;

/** Body of POST /clans and PATCH /clans/{id}. */
public record ClanRequest(String name, String description) {
}
