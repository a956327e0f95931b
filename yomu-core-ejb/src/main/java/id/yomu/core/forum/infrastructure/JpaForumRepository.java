package id.yomu.core.forum.infrastructure;

import id.yomu.core.forum.domain.Comment;
import id.yomu.core.forum.domain.CommentReport;
import id.yomu.core.forum.domain.ForumRepository;
import id.yomu.core.forum.domain.Vote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Comments and reports as JPA entities; votes and reactions as plain rows written with
 * {@code INSERT ... ON CONFLICT}, so that a double click racing itself never fails on the primary key.
 */
@ApplicationScoped
public class JpaForumRepository implements ForumRepository {

    @PersistenceContext(unitName = "yomu-core")
    EntityManager em;

    @Override
    public Optional<Comment> findComment(long id) {
        return Optional.ofNullable(em.find(Comment.class, id));
    }

    @Override
    public Comment add(Comment comment) {
        em.persist(comment);
        em.flush();
        return comment;
    }

    @Override
    public Optional<CommentReport> findReport(long id) {
        return Optional.ofNullable(em.find(CommentReport.class, id));
    }

    @Override
    public CommentReport add(CommentReport report) {
        em.persist(report);
        em.flush();
        return report;
    }

    @Override
    public List<CommentReport> openReportsOf(long commentId) {
        return em.createNamedQuery("CommentReport.findOpenByComment", CommentReport.class)
                .setParameter("comment", commentId).getResultList();
    }

    @Override
    public boolean hasOpenReport(long commentId, long reporterId) {
        return em.createNamedQuery("CommentReport.countOpenByCommentAndReporter", Long.class)
                .setParameter("comment", commentId).setParameter("reporter", reporterId).getSingleResult() > 0;
    }

    @Override
    public Optional<Vote> voteOf(long commentId, long accountId) {
        List<?> values = em.createNativeQuery(
                        "SELECT value FROM core.comment_vote WHERE comment_id = ?1 AND account_id = ?2 FOR UPDATE")
                .setParameter(1, commentId).setParameter(2, accountId).getResultList();
        return values.stream().findFirst().map(value -> Vote.ofStored(((Number) value).intValue()));
    }

    @Override
    public void putVote(long commentId, long accountId, Vote vote) {
        em.createNativeQuery("INSERT INTO core.comment_vote (comment_id, account_id, value) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT (comment_id, account_id) DO UPDATE SET value = EXCLUDED.value")
                .setParameter(1, commentId).setParameter(2, accountId).setParameter(3, vote.stored())
                .executeUpdate();
    }

    @Override
    public void removeVote(long commentId, long accountId, Vote vote) {
        em.createNativeQuery("DELETE FROM core.comment_vote WHERE comment_id = ?1 AND account_id = ?2 AND value = ?3")
                .setParameter(1, commentId).setParameter(2, accountId).setParameter(3, vote.stored())
                .executeUpdate();
    }

    @Override
    public boolean hasReaction(long commentId, long accountId, String emoji) {
        return !em.createNativeQuery("SELECT 1 FROM core.comment_reaction "
                        + "WHERE comment_id = ?1 AND account_id = ?2 AND emoji = ?3 FOR UPDATE")
                .setParameter(1, commentId).setParameter(2, accountId).setParameter(3, emoji)
                .getResultList().isEmpty();
    }

    @Override
    public void addReaction(long commentId, long accountId, String emoji) {
        em.createNativeQuery("INSERT INTO core.comment_reaction (comment_id, account_id, emoji) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT DO NOTHING")
                .setParameter(1, commentId).setParameter(2, accountId).setParameter(3, emoji)
                .executeUpdate();
    }

    @Override
    public void removeReaction(long commentId, long accountId, String emoji) {
        em.createNativeQuery("DELETE FROM core.comment_reaction WHERE comment_id = ?1 AND account_id = ?2 AND emoji = ?3")
                .setParameter(1, commentId).setParameter(2, accountId).setParameter(3, emoji)
                .executeUpdate();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
