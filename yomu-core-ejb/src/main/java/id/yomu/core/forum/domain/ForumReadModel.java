package id.yomu.core.forum.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The queries that show threads and the moderation queue, as one viewer sees them. */
public interface ForumReadModel {

    /** Roots that are shown: not deleted, or with some reply below them that is not deleted. */
    long countShownRoots(long articleId);

    /** A page of shown roots (newest first) with all their descendants, flat. */
    List<CommentRow> threadPage(long articleId, long viewerId, int offset, int limit);

    Optional<CommentRow> comment(long commentId, long viewerId);

    long countOpenReports();

    /** Open reports, oldest first, each with its comment and reporter. */
    List<ReportRow> openReports(int offset, int limit);

    /** An open report as the moderation queue shows it. */
    record ReportRow(long id, String reason, Instant createdAt, long reporterId, String reporterUsername,
                     String reporterDisplayName, boolean reporterDeleted, CommentRow comment) {
    }
}
