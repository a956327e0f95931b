package id.yomu.engine.events;

import id.yomu.core.events.CoreEventType;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;

/**
 * One core outbox event, delivered once to every observer inside the transaction that marks it
 * processed: an observer that throws rolls the whole batch back, and the event is delivered again.
 *
 * @param facts the event's payload (for QUIZ_COMPLETED: article_id, score, accuracy, correct_count,
 *              question_count, seconds ...)
 * @param occurredAt when the core committed it (the database clock)
 */
public record CoreEventArrived(UUID eventId, CoreEventType type, long readerId, JsonObject facts,
        Instant occurredAt) {
}
