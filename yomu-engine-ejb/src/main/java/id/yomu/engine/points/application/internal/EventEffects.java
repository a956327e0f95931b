package id.yomu.engine.points.application.internal;

import id.yomu.core.events.CoreEventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.UUID;

/** What each core event earns (spec §4): a quiz earns its score as XP; reading counts toward totals. */
@ApplicationScoped
public class EventEffects {

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    void apply(UUID eventId, String type, long readerId, String payload) {
        ensureProgress(readerId);
        switch (CoreEventType.valueOf(type)) {
            case QUIZ_COMPLETED -> {
                int score = facts(payload).getInt("score");
                em.createNativeQuery("INSERT INTO engine.points_ledger (reader_id, points, source, source_event_id) "
                                + "VALUES (?1, ?2, 'QUIZ_SCORE', ?3)")
                        .setParameter(1, readerId).setParameter(2, score).setParameter(3, eventId).executeUpdate();
                update("xp = xp + ?2, quizzes_completed = quizzes_completed + 1", readerId, score);
            }
            case ARTICLE_READ -> update("articles_read = articles_read + ?2", readerId, 1);
            case READER_REGISTERED, COMMENT_POSTED, READER_DELETED -> {
                // nothing to earn yet: achievements, missions and clans will react here
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

    private static JsonObject facts(String payload) {
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject();
        }
    }
}
