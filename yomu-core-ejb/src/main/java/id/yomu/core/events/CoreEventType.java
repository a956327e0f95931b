package id.yomu.core.events;

/** What happened in the core that the engine may react to. */
public enum CoreEventType {
    READER_REGISTERED,
    ARTICLE_READ,
    QUIZ_COMPLETED,
    COMMENT_POSTED,
    READER_DELETED
}
