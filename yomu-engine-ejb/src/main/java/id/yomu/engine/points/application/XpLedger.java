package id.yomu.engine.points.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * The one way XP changes: a ledger row with its source, and the reader's total moved by the same amount in
 * the same transaction. A reward with a reference (a mission of a day, an achievement) is paid at most once
 * per reader, even when two transactions race for it: the unique index decides, the loser adds nothing.
 */
@ApplicationScoped
public class XpLedger {

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    /** XP earned by a core event (once per event and source). */
    public boolean awardForEvent(long readerId, int points, XpSource source, UUID eventId) {
        return award(readerId, points, source, eventId, null);
    }

    /** XP earned once per reader for the thing {@code reference} names, e.g. "achievement:7". */
    public boolean awardOnce(long readerId, int points, XpSource source, String reference) {
        return award(readerId, points, source, null, reference);
    }

    private boolean award(long readerId, int points, XpSource source, UUID eventId, String reference) {
        int inserted = em.createNativeQuery("INSERT INTO engine.points_ledger (reader_id, points, source, source_event_id, source_ref) "
                        + "VALUES (?1, ?2, ?3, CAST(?4 AS UUID), CAST(?5 AS VARCHAR)) ON CONFLICT DO NOTHING")
                .setParameter(1, readerId).setParameter(2, points).setParameter(3, source.name())
                .setParameter(4, eventId).setParameter(5, reference)
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO engine.reader_progress (reader_id, xp) VALUES (?1, ?2) "
                        + "ON CONFLICT (reader_id) DO UPDATE SET xp = engine.reader_progress.xp + EXCLUDED.xp, updated_at = now()")
                .setParameter(1, readerId).setParameter(2, (long) points).executeUpdate();
        return true;
    }
}
