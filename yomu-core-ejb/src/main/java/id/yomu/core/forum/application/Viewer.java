package id.yomu.core.forum.application;

/** Who is asking: their account id and whether they are an admin. */
public record Viewer(long accountId, boolean admin) {
}
