package id.yomu.engine.achievements.domain;

/** What an achievement counts. CLAN_RANK's target is a rank: the clan finished a season at rank <= target. */
public enum AchievementType {
    ARTICLES_READ,
    QUIZZES_COMPLETED,
    PERFECT_QUIZZES,
    ACCURACY_AT_LEAST,
    COMMENTS_POSTED,
    STREAK_DAYS,
    CLAN_RANK;

    /** How far a reader must get: the target, except for CLAN_RANK, which is reached once (0 or 1). */
    public int goal(int target) {
        return this == CLAN_RANK ? 1 : target;
    }

    public boolean needsThreshold() {
        return this == ACCURACY_AT_LEAST;
    }
}
