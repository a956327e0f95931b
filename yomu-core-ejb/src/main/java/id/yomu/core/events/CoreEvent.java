package id.yomu.core.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One published event: a unique id (the engine's idempotency key), its position in the outbox, the
 * reader it concerns, and its facts (e.g. article_id, score, accuracy, time_taken_ms for QUIZ_COMPLETED).
 */
public record CoreEvent(UUID id, long sequence, CoreEventType type, long accountId, Map<String, Object> facts,
                        Instant occurredAt) {
}
