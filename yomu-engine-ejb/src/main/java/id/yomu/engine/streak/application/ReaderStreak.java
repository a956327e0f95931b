package id.yomu.engine.streak.application;

/** A reader's streak as of today: the live run (0 once a day was missed) and the best run ever. */
public record ReaderStreak(long readerId, int currentDays, int bestDays) {
}
