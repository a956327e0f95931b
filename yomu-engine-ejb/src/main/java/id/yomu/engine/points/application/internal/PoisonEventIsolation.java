package id.yomu.engine.points.application.internal;

import id.yomu.core.platform.metrics.CommitMetrics;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After a batch failed: its events one by one, each in its own transaction, so the good ones go through.
 * An event that keeps failing (its effects always throw; a lost race such as a deadlock does not count) is set aside after {@link #MAX_ATTEMPTS} attempts:
 * copied with its error to engine.dead_letter_event and marked processed, so the outbox moves on.
 */
@Stateless
public class PoisonEventIsolation {

    static final int MAX_ATTEMPTS = 3;
    static final String DEAD_LETTERED = "yomu_engine_events_dead_lettered";

    private static final Logger LOG = Logger.getLogger(PoisonEventIsolation.class.getName());

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    @EJB
    EventBatchProcessor processor;

    @EJB
    PoisonEventIsolation self;

    @Inject
    CommitMetrics metrics;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void processOneByOne(String worker) {
        @SuppressWarnings("unchecked")
        List<UUID> pending = em.createNativeQuery("SELECT e.id " + OutboxPosition.UNPROCESSED + "ORDER BY e.sequence LIMIT ?1")
                .setParameter(1, EventBatchProcessor.BATCH).getResultList();
        for (UUID eventId : pending) {
            try {
                processor.processOne(eventId, worker);
            } catch (RuntimeException e) {
                if (transientFailure(e)) {
                    LOG.log(Level.INFO, "Engine event {0} lost a race (deadlock or serialization); retried later", eventId);
                } else {
                    self.recordFailure(eventId, rootMessage(e));
                }
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(UUID eventId, String error) {
        int attempts = ((Number) em.createNativeQuery("INSERT INTO engine.event_failure (event_id, attempts, last_error) "
                        + "VALUES (?1, 1, ?2) ON CONFLICT (event_id) DO UPDATE SET attempts = engine.event_failure.attempts + 1, "
                        + "last_error = EXCLUDED.last_error, failed_at = now() RETURNING attempts")
                .setParameter(1, eventId).setParameter(2, error).getSingleResult()).intValue();
        if (attempts < MAX_ATTEMPTS) {
            LOG.log(Level.WARNING, "Engine event {0} failed (attempt {1}): {2}", new Object[] {eventId, attempts, error});
            return;
        }
        int setAside = em.createNativeQuery("INSERT INTO engine.dead_letter_event (event_id, event_type, reader_id, payload, error, attempts) "
                        + "SELECT e.id, e.event_type, e.account_id, e.payload::text, ?2, ?3 FROM core.outbox_event e WHERE e.id = ?1 "
                        + "ON CONFLICT DO NOTHING")
                .setParameter(1, eventId).setParameter(2, error).setParameter(3, attempts).executeUpdate();
        em.createNativeQuery("INSERT INTO engine.processed_event (event_id, event_type, processed_by) "
                        + "SELECT e.id, e.event_type, 'dead-letter' FROM core.outbox_event e WHERE e.id = ?1 ON CONFLICT DO NOTHING")
                .setParameter(1, eventId).executeUpdate();
        if (setAside == 1) {
            metrics.countOnCommit(DEAD_LETTERED);
            LOG.log(Level.SEVERE, "Engine event {0} set aside after {1} failed attempts: {2}",
                    new Object[] {eventId, attempts, error});
        }
    }

    /** A deadlock or serialization failure (SQLState class 40) says nothing about the event: not an attempt. */
    static boolean transientFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }
}
