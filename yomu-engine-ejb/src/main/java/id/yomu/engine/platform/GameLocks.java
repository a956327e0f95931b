package id.yomu.engine.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

/**
 * The one order in which engine transactions take the row locks they share, so that no two of them ever
 * wait on each other in a circle: first the running season's row (shared; a season's end takes it
 * exclusively), then readers' progress rows by ascending reader id, then whatever rows a feature touches
 * (mission progress, contributions, multipliers). A batch of core events, a mission claim and a season's
 * end all follow it; two instances applying events of the same readers then queue instead of deadlocking.
 */
@ApplicationScoped
public class GameLocks {

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    /**
     * The running season's number, its row share-locked so that the season cannot end while this
     * transaction writes to it. A season ending meanwhile hides its row from this statement; the next
     * statement sees its successor.
     */
    public int runningSeason() {
        for (int attempt = 0; attempt < 3; attempt++) {
            List<?> rows = em.createNativeQuery("SELECT number FROM engine.season WHERE ended_at IS NULL FOR SHARE")
                    .getResultList();
            if (!rows.isEmpty()) {
                return ((Number) rows.get(0)).intValue();
            }
        }
        throw new IllegalStateException("No running season");
    }

    /** Creates the readers' progress rows that are missing and locks them all, lowest reader id first. */
    public void readers(Collection<Long> readerIds) {
        if (readerIds.isEmpty()) {
            return;
        }
        String ids = SqlIds.array(readerIds);
        em.createNativeQuery("INSERT INTO engine.reader_progress (reader_id) SELECT id FROM unnest(" + ids
                + ") AS id ORDER BY id ON CONFLICT DO NOTHING").executeUpdate();
        em.createNativeQuery("SELECT reader_id FROM engine.reader_progress WHERE reader_id = ANY(" + ids
                + ") ORDER BY reader_id FOR UPDATE").getResultList();
    }
}
