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
 * @param worker the consumer applying it (an instance's name, and its consumer thread when it runs several):
 *               rows kept per consumer, such as a clan's season totals, are this one's own, so that
 *               consumers running side by side never wait on one another for them
 */
public record CoreEventArrived(UUID eventId, CoreEventType type, long readerId, JsonObject facts,
        Instant occurredAt, String worker) {
}
