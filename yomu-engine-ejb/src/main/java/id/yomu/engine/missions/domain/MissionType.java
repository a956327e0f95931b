package id.yomu.engine.missions.domain;

import id.yomu.core.events.CoreEventType;

/** What a daily mission counts; QUIZ_ACCURACY counts quizzes at or above the template's threshold (percent). */
public enum MissionType {
    READ_ARTICLES,
    COMPLETE_QUIZZES,
    QUIZ_ACCURACY,
    POST_COMMENTS;

    /** Whether an event of this type (with this quiz accuracy, if it is a quiz) moves a mission of this type. */
    public boolean counts(CoreEventType event, int accuracy, Integer threshold) {
        return switch (this) {
            case READ_ARTICLES -> event == CoreEventType.ARTICLE_READ;
            case COMPLETE_QUIZZES -> event == CoreEventType.QUIZ_COMPLETED;
            case QUIZ_ACCURACY -> event == CoreEventType.QUIZ_COMPLETED && threshold != null && accuracy >= threshold;
            case POST_COMMENTS -> event == CoreEventType.COMMENT_POSTED;
        };
    }

    /** Whether a mission of some type may count an event of this type (the rest need no day's missions). */
    public static boolean anyCounts(CoreEventType event) {
        return event == CoreEventType.ARTICLE_READ || event == CoreEventType.QUIZ_COMPLETED
                || event == CoreEventType.COMMENT_POSTED;
    }

    public boolean needsThreshold() {
        return this == QUIZ_ACCURACY;
    }
}
