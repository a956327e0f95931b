package id.yomu.engine.points.application;

/** A reader's totals: XP, level = floor(XP / 100) + 1, and what earned them. */
public record ReaderProgress(long readerId, long xp, long level, int articlesRead, int quizzesCompleted) {

    public static long levelFor(long xp) {
        return xp / 100 + 1;
    }
}
