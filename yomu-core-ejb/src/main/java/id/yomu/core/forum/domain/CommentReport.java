package id.yomu.core.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A reader's report of a comment, with a reason. It waits open in the moderation queue until an admin
 * dismisses it or deletes the comment; deleting a comment, by anyone, resolves all its open reports.
 */
@Entity
@Table(schema = "core", name = "comment_report")
@NamedQuery(name = "CommentReport.findOpenByComment",
        query = "SELECT r FROM CommentReport r WHERE r.commentId = :comment AND r.resolvedAt IS NULL")
@NamedQuery(name = "CommentReport.countOpenByCommentAndReporter",
        query = "SELECT COUNT(r) FROM CommentReport r WHERE r.commentId = :comment AND r.reporterId = :reporter "
                + "AND r.resolvedAt IS NULL")
public class CommentReport {

    /** How a report was closed. */
    public enum Resolution { DISMISSED, DELETED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "comment_id", nullable = false, updatable = false)
    private long commentId;

    @Column(name = "reporter_id", nullable = false, updatable = false)
    private long reporterId;

    @Column(nullable = false, length = CommentRules.REASON_MAX, updatable = false)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "resolved_at")
    private OffsetDateTime resolvedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Resolution resolution;

    protected CommentReport() {
    }

    public CommentReport(long commentId, long reporterId, String reason, Instant now) {
        this.commentId = commentId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public void resolve(Resolution how, Instant now) {
        this.resolution = how;
        this.resolvedAt = now.atOffset(ZoneOffset.UTC);
    }

    public boolean open() {
        return resolvedAt == null;
    }

    public Long id() {
        return id;
    }

    public long commentId() {
        return commentId;
    }
}
