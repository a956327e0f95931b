package id.yomu.engine.league.application.internal;

import id.yomu.engine.events.ClanSeasonFinished;
import id.yomu.engine.league.domain.Tier;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Ends a season exactly once across every instance: the conditional UPDATE that stamps ended_at matches
 * the running row in one transaction only (a concurrent one waits for its row lock, then finds the row
 * no longer running), and only that transaction ranks the tiers, stores the results, moves the clans,
 * announces each clan's result, clears the multipliers and starts the next season.
 */
@Stateless
public class SeasonEnding {

    private static final Logger LOG = Logger.getLogger(SeasonEnding.class.getName());

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    @Inject
    ClanScores scores;

    @Inject
    Event<ClanSeasonFinished> finished;

    /** Ends the running season if its end is due; what the timer on every instance calls. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Integer> endIfDue() {
        return close("ends_at <= now()");
    }

    /** Ends season {@code number} now if it is still running; empty when it is not (or no longer). */
    public Optional<Integer> endNow(int number) {
        return close("number = " + number);
    }

    private Optional<Integer> close(String condition) {
        List<?> ended = em.createNativeQuery("UPDATE engine.season SET ended_at = now() WHERE ended_at IS NULL AND "
                + condition + " RETURNING number").getResultList();
        if (ended.isEmpty()) {
            return Optional.empty();
        }
        int season = ((Number) ended.get(0)).intValue();
        long started = System.nanoTime();
        List<ClanScores.Ranked> all = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            all.addAll(scores.rank(tier, season));
        }
        Map<Long, List<Long>> members = membersByClan();
        all.forEach(ranked -> record(season, ranked, members.getOrDefault(ranked.clan().clanId(), List.of())));
        em.createNativeQuery("DELETE FROM engine.clan_multiplier").executeUpdate();
        em.createNativeQuery("DELETE FROM engine.clan_mission_day").executeUpdate();
        em.createNativeQuery("INSERT INTO engine.season (number, starts_at, ends_at) SELECT ?1, now(), "
                        + "now() + make_interval(days => s.season_days) FROM engine.league_settings s WHERE s.id = 1")
                .setParameter(1, season + 1).executeUpdate();
        LOG.info(() -> "Season " + season + " ended: " + all.size() + " clans ranked in "
                + (System.nanoTime() - started) / 1_000_000 + " ms, season " + (season + 1) + " started");
        return Optional.of(season);
    }

    /** Every clan's members in join order, read at once rather than clan by clan. */
    private Map<Long, List<Long>> membersByClan() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT clan_id, reader_id FROM engine.clan_member ORDER BY clan_id, join_order")
                .getResultList();
        Map<Long, List<Long>> members = new HashMap<>();
        rows.forEach(row -> members.computeIfAbsent(((Number) row[0]).longValue(), clan -> new ArrayList<>())
                .add(((Number) row[1]).longValue()));
        return members;
    }

    private void record(int season, ClanScores.Ranked ranked, List<Long> members) {
        var standing = ranked.standing();
        var clan = ranked.clan();
        em.createNativeQuery("INSERT INTO engine.season_result (season_number, clan_id, clan_name, tier_before, tier_after, "
                        + "rank, score, members) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, season).setParameter(2, clan.clanId()).setParameter(3, clan.name())
                .setParameter(4, standing.tierBefore().name()).setParameter(5, standing.tierAfter().name())
                .setParameter(6, standing.rank()).setParameter(7, standing.score()).setParameter(8, clan.members())
                .executeUpdate();
        if (standing.tierAfter() != standing.tierBefore()) {
            em.createNativeQuery("UPDATE engine.clan SET tier = ?2 WHERE id = ?1")
                    .setParameter(1, clan.clanId()).setParameter(2, standing.tierAfter().name()).executeUpdate();
        }
        finished.fire(new ClanSeasonFinished(clan.clanId(), clan.name(), season, standing.tierBefore().name(),
                standing.tierAfter().name(), standing.rank(), standing.score().signum() > 0, members));
    }
}
