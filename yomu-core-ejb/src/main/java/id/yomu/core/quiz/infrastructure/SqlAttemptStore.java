package id.yomu.core.quiz.infrastructure;

import id.yomu.core.shared.SqlTimes;
import id.yomu.core.quiz.domain.AttemptStore;
import id.yomu.core.quiz.domain.StoredAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Native SQL: ON CONFLICT on the (reader, article) unique constraint makes the one-attempt rule hold
 * under concurrent submits, and jsonb needs a cast JPA cannot express.
 */
@ApplicationScoped
public class SqlAttemptStore implements AttemptStore {

    private static final String COLUMNS = "correct_count, question_count, score, time_taken_ms, submitted_at, review::text";

    @PersistenceContext(unitName = "yomu-core")
    EntityManager em;

    @Override
    public void recordOpening(long readerId, long articleId) {
        em.createNativeQuery("INSERT INTO core.quiz_opening (account_id, article_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, readerId).setParameter(2, articleId).executeUpdate();
    }

    @Override
    public Optional<StoredAttempt> storeOnce(long readerId, long articleId, int correct, int total, int score,
                                             String reviewJson) {
        return em.createNativeQuery("INSERT INTO core.quiz_attempt (account_id, article_id, correct_count, question_count, "
                        + "score, time_taken_ms, review) SELECT ?1, ?2, ?3, ?4, ?5, "
                        + "GREATEST(0, (EXTRACT(EPOCH FROM (now() - o.opened_at)) * 1000)::bigint), CAST(?6 AS jsonb) "
                        + "FROM core.quiz_opening o WHERE o.account_id = ?1 AND o.article_id = ?2 "
                        + "ON CONFLICT ON CONSTRAINT quiz_attempt_once DO NOTHING RETURNING " + COLUMNS)
                .setParameter(1, readerId).setParameter(2, articleId).setParameter(3, correct).setParameter(4, total)
                .setParameter(5, score).setParameter(6, reviewJson)
                .getResultStream().findFirst().map(row -> attempt((Object[]) row));
    }

    @Override
    public Optional<StoredAttempt> find(long readerId, long articleId) {
        return em.createNativeQuery("SELECT " + COLUMNS + " FROM core.quiz_attempt WHERE account_id = ?1 AND article_id = ?2")
                .setParameter(1, readerId).setParameter(2, articleId)
                .getResultStream().findFirst().map(row -> attempt((Object[]) row));
    }

    private static StoredAttempt attempt(Object[] row) {
        return new StoredAttempt(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                ((Number) row[3]).longValue(), SqlTimes.instant(row[4]), (String) row[5]);
    }
}
