package id.yomu.engine.notifications.application;

/** What a notification is about; the page renders each kind in the reader's language. */
public enum NotificationKind {
    /** subject: the achievement's name. */
    ACHIEVEMENT_UNLOCKED,
    /** subject: the clan's name; detail: ACCEPTED or REJECTED. */
    JOIN_REQUEST_ANSWERED,
    /** subject: the clan's name; detail: the new tier. */
    CLAN_PROMOTED,
    /** subject: the clan's name; detail: the new tier. */
    CLAN_RELEGATED
}
