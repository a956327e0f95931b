package id.yomu.engine.points.application.internal;

import id.yomu.engine.events.CoreEventArrived;
import id.yomu.engine.events.ObserverOrder;
import id.yomu.engine.points.application.XpLedger;
import id.yomu.engine.points.application.XpSource;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What each core event earns in points (spec §4): a quiz earns its score as XP; reading,
 * perfect quizzes and comments count toward the totals achievements read. The reader's totals row exists:
 * the batch made and locked it ({@code GameLocks}). */
@ApplicationScoped
public class PointsOnEvents {

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    @Inject
    XpLedger ledger;

    void apply(@Observes @Priority(ObserverOrder.POINTS) CoreEventArrived event) {
        long readerId = event.readerId();
        switch (event.type()) {
            case QUIZ_COMPLETED -> {
                int score = event.facts().getInt("score");
                int accuracy = event.facts().getInt("accuracy", score);
                ledger.awardForEvent(readerId, score, XpSource.QUIZ_SCORE, event.eventId());
                update("quizzes_completed = quizzes_completed + 1, perfect_quizzes = perfect_quizzes + ?2", readerId,
                        score == 100 ? 1 : 0);
                em.createNativeQuery("INSERT INTO engine.quiz_accuracy (event_id, reader_id, accuracy) VALUES (?1, ?2, ?3)")
                        .setParameter(1, event.eventId()).setParameter(2, readerId).setParameter(3, accuracy)
                        .executeUpdate();
            }
            case ARTICLE_READ -> update("articles_read = articles_read + ?2", readerId, 1);
            case COMMENT_POSTED -> update("comments_posted = comments_posted + ?2", readerId, 1);
            case READER_REGISTERED, READER_DELETED -> {
                // no points: other features observe these
            }
        }
    }

    private void update(String assignments, long readerId, int amount) {
        em.createNativeQuery("UPDATE engine.reader_progress SET " + assignments + ", updated_at = now() WHERE reader_id = ?1")
                .setParameter(1, readerId).setParameter(2, amount).executeUpdate();
    }
}
