package id.yomu.core.forum.application;

import java.time.Instant;

/** An open report in the moderation queue, with who reported it and the comment as it now is. */
public record ReportView(long id, String reason, Instant createdAt, AuthorView reporter, CommentView comment) {
}
