package id.yomu.web.interfaces.rest.clans;

/** How many pending requests "reject all" answered. */
public record RejectedCount(int rejected) {
}
