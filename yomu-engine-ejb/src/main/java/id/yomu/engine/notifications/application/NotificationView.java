package id.yomu.engine.notifications.application;

import java.time.Instant;

/** One notification: its kind and facts (see {@link NotificationKind}), when it came, whether it was read. */
public record NotificationView(long id, String kind, String subject, String detail, Instant createdAt, boolean read) {
}
