package id.yomu.core.forum.application.internal;

import id.yomu.core.forum.domain.Comment;
import id.yomu.core.forum.domain.CommentReport;
import id.yomu.core.forum.domain.ForumRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;

/** Deleting a comment, by its author or a moderator: its open reports have nothing left to judge. */
@Dependent
class CommentRemoval {

    @Inject
    ForumRepository forum;

    void delete(Comment comment) {
        Instant now = Instant.now();
        if (!comment.deleted()) {
            comment.delete(now);
        }
        forum.openReportsOf(comment.id()).forEach(report -> report.resolve(CommentReport.Resolution.DELETED, now));
        forum.flush();
    }
}
