package id.yomu.engine.league.application.internal;

import id.yomu.core.shared.NotFoundException;
import id.yomu.core.shared.SqlTimes;
import id.yomu.engine.league.application.SeasonView;
import id.yomu.engine.platform.GameLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Season rows, read in the caller's transaction. */
@ApplicationScoped
public class Seasons {

    static final String COLUMNS = "number, starts_at, ends_at, ended_at, "
            + "GREATEST(0, EXTRACT(EPOCH FROM ends_at - now()))::bigint";

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    @Inject
    GameLocks locks;

    SeasonView running() {
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM engine.season WHERE ended_at IS NULL")
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Running season");
        }
        return view((Object[]) rows.get(0));
    }

    /** The running season's number, share-locked in the engine's lock order (see {@link GameLocks}). */
    int runningForContribution() {
        return locks.runningSeason();
    }

    static SeasonView view(Object[] row) {
        Instant ended = row[3] == null ? null : SqlTimes.instant(row[3]);
        return new SeasonView(((Number) row[0]).intValue(), SqlTimes.instant(row[1]), SqlTimes.instant(row[2]), ended,
                ended == null ? ((Number) row[4]).longValue() : 0);
    }
}
