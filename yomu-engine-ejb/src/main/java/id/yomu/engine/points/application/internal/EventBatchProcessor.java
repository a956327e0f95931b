package id.yomu.engine.points.application.internal;

import id.yomu.core.events.CoreEventType;
import id.yomu.core.shared.SqlTimes;
import id.yomu.engine.events.CoreEventArrived;
import id.yomu.engine.platform.EventTracing;
import id.yomu.engine.platform.GameLocks;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;

/**
 * One batch of outbox events in one transaction: claimed with FOR UPDATE SKIP LOCKED, so two instances
 * never take the same event; applied; and marked processed by event id in that same transaction, so a
 * crash rolls back both and an event already marked is never applied again. Each event reaches every
 * feature as a synchronous {@link CoreEventArrived}, inside this transaction, after the batch took its
 * locks in the engine's order ({@link GameLocks}).
 */
@Stateless
public class EventBatchProcessor {

    static final int BATCH = 100;

    private static final String SELECT = "SELECT e.id, e.event_type, e.account_id, e.payload::text, e.occurred_at, "
            + "e.trace_parent, e.sequence " + OutboxPosition.UNPROCESSED;

    /**
     * What a batch took: how many events, and the outbox sequence the next batch may start below (the highest
     * it took, or the newest of the outbox when it took all there was).
     */
    public record Claimed(int events, long lastSequence) {
    }

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    @Inject
    Event<CoreEventArrived> arrivals;

    @Inject
    EventTracing tracing;

    @Inject
    GameLocks locks;

    /** Up to {@link #BATCH} unprocessed events with a sequence above {@code after} (0: from the watermark). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Claimed processBatch(String worker, long after) {
        @SuppressWarnings("unchecked")
        List<Object[]> events = em.createNativeQuery(SELECT + "AND e.sequence > ?2 ORDER BY e.sequence LIMIT ?1 "
                        + "FOR UPDATE OF e SKIP LOCKED")
                .setParameter(1, BATCH).setParameter(2, after)
                .getResultList();
        deliverAll(events, worker);
        long last = events.stream().mapToLong(event -> ((Number) event[6]).longValue()).max().orElse(0);
        if (events.size() < BATCH) {
            // Nothing else above: every event up to the newest is processed, taken by another instance or not
            // committed yet (which the next sweep finds), so the next batch may start from the newest.
            last = Math.max(last, ((Number) em.createNativeQuery("SELECT COALESCE(max(sequence), 0) FROM core.outbox_event")
                    .getSingleResult()).longValue());
        }
        return new Claimed(events.size(), last);
    }

    /** One event alone in its own transaction, so that a failing one fails alone; 0 when done or taken meanwhile. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int processOne(UUID eventId, String worker) {
        @SuppressWarnings("unchecked")
        List<Object[]> events = em.createNativeQuery(SELECT + "AND e.id = ?1 FOR UPDATE OF e SKIP LOCKED")
                .setParameter(1, eventId)
                .getResultList();
        deliverAll(events, worker);
        return events.size();
    }

    /** Moves the outbox watermark past the events processed by now (see {@link OutboxPosition}). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void advanceWatermark() {
        em.createNativeQuery(OutboxPosition.ADVANCE).setParameter(1, OutboxPosition.SETTLED.toSeconds()).executeUpdate();
    }

    /** In the engine's lock order: the season, the readers of the events by id, then each event's effects. */
    private void deliverAll(List<Object[]> events, String worker) {
        if (events.isEmpty()) {
            return;
        }
        locks.runningSeason();
        locks.readers(events.stream().map(event -> ((Number) event[2]).longValue()).toList());
        events.forEach(event -> deliver(event, worker));
    }

    private void deliver(Object[] event, String worker) {
        UUID id = (UUID) event[0];
        int marked = em.createNativeQuery("INSERT INTO engine.processed_event (event_id, event_type, processed_by) "
                        + "VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, id).setParameter(2, event[1]).setParameter(3, worker).executeUpdate();
        if (marked == 1) {
            CoreEventArrived arrived = new CoreEventArrived(id, CoreEventType.valueOf((String) event[1]),
                    ((Number) event[2]).longValue(), facts((String) event[3]), SqlTimes.instant(event[4]), worker);
            tracing.handle((String) event[5], id, arrived.type().name(), () -> arrivals.fire(arrived));
        }
    }

    private static JsonObject facts(String payload) {
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject();
        }
    }
}
