package id.yomu.engine.league.application;

/** A reader on the XP leaderboard; equal XP shares a rank. */
public record ReaderRank(int rank, long readerId, long xp, long level, boolean me) {
}
