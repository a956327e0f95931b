package id.yomu.engine.clans.application;

/** A clan in the directory. */
public record ClanSummary(long id, String name, String description, String tier, int memberCount) {
}
