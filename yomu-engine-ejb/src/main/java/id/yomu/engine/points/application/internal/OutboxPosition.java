package id.yomu.engine.points.application.internal;

import java.time.Duration;

/**
 * Where the engine stands in the core outbox. Every event up to engine.consumer_watermark is processed, so
 * the search for work (the claim of a batch, the backlog, the one-by-one retry) starts above it and costs
 * what the recent events cost, not what the whole history of the outbox does.
 *
 * <p>The watermark moves only over events older than {@link #SETTLED}. An event's sequence is drawn when
 * its core transaction inserts it, so an open transaction may still commit an event below newer, already
 * processed ones; but no transaction lives that long (Liberty ends one after 120 s), so below an event
 * that old every event is committed or never will be.
 */
final class OutboxPosition {

    static final Duration SETTLED = Duration.ofMinutes(10);

    /** The outbox events not processed yet (alias e), in a FROM clause. */
    static final String UNPROCESSED = "FROM core.outbox_event e "
            + "WHERE e.sequence > (SELECT w.sequence FROM engine.consumer_watermark w) "
            + "AND NOT EXISTS (SELECT 1 FROM engine.processed_event p WHERE p.event_id = e.id) ";

    /**
     * Moves the watermark up to just below the first unprocessed event, but not past the newest settled one.
     * Monotonic, so instances advancing at once do no harm.
     */
    static final String ADVANCE = "UPDATE engine.consumer_watermark w SET sequence = bound.upto, advanced_at = now() "
            + "FROM (SELECT COALESCE((SELECT min(e.sequence) - 1 FROM core.outbox_event e "
            + "        WHERE e.sequence > h.low AND e.sequence <= h.horizon "
            + "        AND NOT EXISTS (SELECT 1 FROM engine.processed_event p WHERE p.event_id = e.id)), h.horizon) AS upto "
            + "      FROM (SELECT c.sequence AS low, (SELECT COALESCE(max(e.sequence), c.sequence) FROM core.outbox_event e "
            + "              WHERE e.sequence > c.sequence AND e.occurred_at < now() - make_interval(secs => ?1)) AS horizon "
            + "            FROM engine.consumer_watermark c) h) bound "
            + "WHERE bound.upto > w.sequence";

    private OutboxPosition() {
    }
}
