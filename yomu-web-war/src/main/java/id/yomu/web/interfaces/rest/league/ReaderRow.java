package id.yomu.web.interfaces.rest.league;

/** A reader on the XP leaderboard with the name they show; deleted readers have none. */
public record ReaderRow(int rank, long readerId, String displayName, long xp, long level, boolean me) {
}
