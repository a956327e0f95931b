package id.yomu.core.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A comment in an article's thread, written by a reader, at the root or in reply to another comment of
 * the same article. Its author may edit the body (which marks it edited) and delete it; an admin may
 * delete any. Deletion is soft: the row stays so that replies keep their place and votes, reactions and
 * reports keep their target; the thread shows it as "[komentar dihapus]" while it has replies.
 */
@Entity
@Table(schema = "core", name = "comment")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    private long articleId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Column(nullable = false, length = CommentRules.BODY_MAX)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "edited_at")
    private OffsetDateTime editedAt;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    protected Comment() {
    }

    public Comment(long articleId, long authorId, Long parentId, String body, Instant now) {
        this.articleId = articleId;
        this.authorId = authorId;
        this.parentId = parentId;
        this.body = body;
        this.createdAt = utc(now);
    }

    public void edit(String body, Instant now) {
        this.body = body;
        this.editedAt = utc(now);
    }

    public void delete(Instant now) {
        this.deletedAt = utc(now);
    }

    public boolean writtenBy(long accountId) {
        return authorId == accountId;
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    public Long id() {
        return id;
    }

    public long articleId() {
        return articleId;
    }

    public long authorId() {
        return authorId;
    }

    public Long parentId() {
        return parentId;
    }

    public String body() {
        return body;
    }

    /** EclipseLink binds Instant as bytes; OffsetDateTime maps to timestamptz. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
