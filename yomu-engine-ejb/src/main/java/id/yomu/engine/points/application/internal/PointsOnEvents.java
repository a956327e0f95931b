package id.yomu.engine.points.application.internal;

import id.yomu.engine.events.CoreEventArrived;
import id.yomu.engine.events.ObserverOrder;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What each core event earns in points (spec §4): a quiz earns its score as XP; reading counts toward totals. */
@ApplicationScoped
public class PointsOnEvents {

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    void apply(@Observes @Priority(ObserverOrder.POINTS) CoreEventArrived event) {
        long readerId = event.readerId();
        ensureProgress(readerId);
        switch (event.type()) {
            case QUIZ_COMPLETED -> {
                int score = event.facts().getInt("score");
                em.createNativeQuery("INSERT INTO engine.points_ledger (reader_id, points, source, source_event_id) "
                                + "VALUES (?1, ?2, 'QUIZ_SCORE', ?3)")
                        .setParameter(1, readerId).setParameter(2, score).setParameter(3, event.eventId())
                        .executeUpdate();
                update("xp = xp + ?2, quizzes_completed = quizzes_completed + 1", readerId, score);
            }
            case ARTICLE_READ -> update("articles_read = articles_read + ?2", readerId, 1);
            case READER_REGISTERED, COMMENT_POSTED, READER_DELETED -> {
                // no points: other features observe these
            }
        }
    }

    private void ensureProgress(long readerId) {
        em.createNativeQuery("INSERT INTO engine.reader_progress (reader_id) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, readerId).executeUpdate();
    }

    private void update(String assignments, long readerId, int amount) {
        em.createNativeQuery("UPDATE engine.reader_progress SET " + assignments + ", updated_at = now() WHERE reader_id = ?1")
                .setParameter(1, readerId).setParameter(2, amount).executeUpdate();
    }
}
