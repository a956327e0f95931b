package id.yomu.engine.points.application;

/** Where a ledger row's XP came from. */
public enum XpSource {
    QUIZ_SCORE,
    MISSION_REWARD,
    ACHIEVEMENT_REWARD
}
