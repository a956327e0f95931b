package id.yomu.engine.league.application.internal;

import id.yomu.core.events.CoreEventType;
import id.yomu.engine.clans.application.ClanService;
import jakarta.ejb.EJB;
import id.yomu.engine.events.CoreEventArrived;
import id.yomu.engine.events.MissionRewardClaimed;
import id.yomu.engine.events.ObserverOrder;
import id.yomu.engine.league.domain.Multipliers;
import id.yomu.engine.platform.GameCalendar;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A member's quiz score and claimed mission rewards go to their clan's season, multiplied by the
 * clan's multiplier at that moment (kept on the row). Each source counts once: the event id or the
 * mission and day is unique per source. A quiz result may then start the Low Accuracy Penalty.
 */
@ApplicationScoped
public class Contributions {

    static final int ACCURACY_WINDOW = 10;
    static final int LOW_ACCURACY = 50;
    static final Duration PENALTY_LENGTH = Duration.ofHours(3);

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    @EJB
    ClanService clans;

    @Inject
    Seasons seasons;

    @Inject
    ClanMultipliers multipliers;

    @Inject
    GameCalendar calendar;

    /** This instance's row of a clan's season totals (see engine.clan_season_total), for mission rewards. */
    @Inject
    @ConfigProperty(name = "yomu.instance", defaultValue = "unnamed")
    String instance;

    void quizCompleted(@Observes @Priority(ObserverOrder.LEAGUE) CoreEventArrived event) {
        if (event.type() != CoreEventType.QUIZ_COMPLETED) {
            return;
        }
        Optional<Long> clan = clans.clanOf(event.readerId());
        if (clan.isEmpty()) {
            return;
        }
        int accuracy = event.facts().getInt("accuracy", event.facts().getInt("score"));
        boolean added = add(clan.get(), event.readerId(), "QUIZ_SCORE", event.eventId().toString(),
                event.facts().getInt("score"), accuracy, event.worker());
        if (added && lowAccuracy(clan.get())) {
            multipliers.activateUntil(clan.get(), ClanMultipliers.PENALTY, Multipliers.LOW_ACCURACY_PENALTY,
                    calendar.now().plus(PENALTY_LENGTH));
        }
    }

    void rewardClaimed(@Observes MissionRewardClaimed claim) {
        clans.clanOf(claim.readerId()).ifPresent(clan -> add(clan, claim.readerId(), "MISSION_REWARD",
                claim.readerId() + ":" + claim.missionTemplateId() + ":" + claim.day(), claim.reward(), null, instance));
    }

    private boolean add(long clanId, long readerId, String source, String key, int base, Integer accuracy,
            String worker) {
        int season = seasons.runningForContribution();
        BigDecimal multiplier = multipliers.combined(clanId);
        BigDecimal points = BigDecimal.valueOf(base).multiply(multiplier).setScale(2, RoundingMode.HALF_UP);
        boolean added = em.createNativeQuery("INSERT INTO engine.clan_contribution (season_number, clan_id, reader_id, source, "
                        + "source_key, base_points, multiplier, points, accuracy) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, CAST(?9 AS INTEGER)) "
                        + "ON CONFLICT ON CONSTRAINT clan_contribution_once DO NOTHING")
                .setParameter(1, season).setParameter(2, clanId).setParameter(3, readerId).setParameter(4, source)
                .setParameter(5, key).setParameter(6, base).setParameter(7, multiplier).setParameter(8, points)
                .setParameter(9, accuracy)
                .executeUpdate() == 1;
        if (added) {
            addToTotals(season, clanId, readerId, points, accuracy, worker);
        }
        return added;
    }

    /** The clan's season totals (the worker's row of them) move with the contribution, in its transaction. */
    private void addToTotals(int season, long clanId, long readerId, BigDecimal points, Integer accuracy,
            String worker) {
        int newContributor = em.createNativeQuery("INSERT INTO engine.clan_season_contributor (season_number, clan_id, reader_id) "
                        + "VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, season).setParameter(2, clanId).setParameter(3, readerId).executeUpdate();
        em.createNativeQuery("INSERT INTO engine.clan_season_total AS t (season_number, clan_id, worker, points, contributors, "
                        + "quiz_results, accuracy_sum) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                        + "ON CONFLICT (season_number, clan_id, worker) DO UPDATE SET points = t.points + EXCLUDED.points, "
                        + "contributors = t.contributors + EXCLUDED.contributors, "
                        + "quiz_results = t.quiz_results + EXCLUDED.quiz_results, accuracy_sum = t.accuracy_sum + EXCLUDED.accuracy_sum")
                .setParameter(1, season).setParameter(2, clanId).setParameter(3, worker).setParameter(4, points)
                .setParameter(5, newContributor).setParameter(6, accuracy == null ? 0 : 1)
                .setParameter(7, accuracy == null ? 0L : accuracy.longValue())
                .executeUpdate();
    }

    /** The clan's last ten quiz results (not fewer) average below 50 %. */
    private boolean lowAccuracy(long clanId) {
        @SuppressWarnings("unchecked")
        List<Object> last = em.createNativeQuery("SELECT accuracy FROM engine.clan_contribution "
                        + "WHERE clan_id = ?1 AND source = 'QUIZ_SCORE' ORDER BY id DESC LIMIT ?2")
                .setParameter(1, clanId).setParameter(2, ACCURACY_WINDOW).getResultList();
        if (last.size() < ACCURACY_WINDOW) {
            return false;
        }
        double mean = last.stream().mapToInt(value -> ((Number) value).intValue()).average().orElse(100);
        return mean < LOW_ACCURACY;
    }
}
