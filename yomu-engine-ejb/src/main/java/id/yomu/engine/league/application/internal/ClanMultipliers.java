package id.yomu.engine.league.application.internal;

import id.yomu.core.shared.SqlTimes;
import id.yomu.engine.league.application.ActiveMultiplier;
import id.yomu.engine.league.domain.Multipliers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The multipliers in force on a clan (spec §5), by the database clock; expired rows simply stop counting. */
@ApplicationScoped
public class ClanMultipliers {

    static final String BUFF = "PRODUCTIVITY_BUFF";
    static final String PENALTY = "LOW_ACCURACY_PENALTY";
    static final Duration SAME_END = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    List<ActiveMultiplier> active(long clanId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT kind, factor, expires_at FROM engine.clan_multiplier "
                        + "WHERE clan_id = ?1 AND expires_at > now() ORDER BY kind")
                .setParameter(1, clanId).getResultList();
        return rows.stream()
                .map(row -> new ActiveMultiplier((String) row[0], ClanScores.decimal(row[1]), SqlTimes.instant(row[2])))
                .toList();
    }

    BigDecimal combined(long clanId) {
        return Multipliers.combine(active(clanId).stream().map(ActiveMultiplier::factor).toList());
    }

    /**
     * Starts the multiplier, or moves the end of one already running to the new expiry. One that already ends
     * within {@link #SAME_END} of it is left as it is: a busy clan re-arms its penalty with nearly every quiz,
     * and rewriting the row each time would make consumers applying that clan's events queue on its lock.
     */
    void activateUntil(long clanId, String kind, BigDecimal factor, Instant expiresAt) {
        Timestamp until = Timestamp.from(expiresAt);
        boolean current = !em.createNativeQuery("SELECT 1 FROM engine.clan_multiplier WHERE clan_id = ?1 AND kind = ?2 "
                        + "AND factor = ?3 AND expires_at > ?4")
                .setParameter(1, clanId).setParameter(2, kind).setParameter(3, factor)
                .setParameter(4, Timestamp.from(expiresAt.minus(SAME_END))).getResultList().isEmpty();
        if (current) {
            return;
        }
        em.createNativeQuery("INSERT INTO engine.clan_multiplier (clan_id, kind, factor, expires_at) VALUES (?1, ?2, ?3, ?4) "
                        + "ON CONFLICT (clan_id, kind) DO UPDATE SET factor = EXCLUDED.factor, expires_at = EXCLUDED.expires_at")
                .setParameter(1, clanId).setParameter(2, kind).setParameter(3, factor).setParameter(4, until)
                .executeUpdate();
    }
}
