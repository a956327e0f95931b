package id.yomu.engine.achievements.application.internal;

import id.yomu.engine.achievements.application.ReaderAchievement;
import id.yomu.engine.events.ClanSeasonFinished;
import id.yomu.engine.events.CoreEventArrived;
import id.yomu.engine.events.ObserverOrder;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * After points and streak have counted an event, every locked achievement whose progress reached its goal
 * unlocks; at a season's end, CLAN_RANK achievements unlock for the members of clans that scored and ranked high
 * enough.
 */
@ApplicationScoped
public class AchievementsOnEvents {

    @Inject
    AchievementProgressQuery progress;

    @Inject
    AchievementUnlocker unlocker;

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    void apply(@Observes @Priority(ObserverOrder.ACHIEVEMENTS) CoreEventArrived event) {
        switch (event.type()) {
            case ARTICLE_READ, QUIZ_COMPLETED, COMMENT_POSTED -> {
                for (ReaderAchievement candidate : progress.locked(event.readerId())) {
                    if (candidate.progress() >= candidate.goal()) {
                        unlocker.unlock(event.readerId(), candidate.id(), candidate.name(), candidate.reward());
                    }
                }
            }
            default -> {
                // registration and deletion move no achievement
            }
        }
    }

    void seasonFinished(@Observes ClanSeasonFinished result) {
        if (!result.scored()) {
            return; // tied at zero, every idle clan would be "rank 1": a CLAN_RANK goes to clans that played
        }
        @SuppressWarnings("unchecked")
        List<Object[]> reached = em.createNativeQuery("SELECT id, name, reward FROM engine.achievement_template "
                        + "WHERE active AND type = 'CLAN_RANK' AND ?1 <= target")
                .setParameter(1, result.rank()).getResultList();
        for (Object[] achievement : reached) {
            unlocker.unlockAll(result.memberIds(), ((Number) achievement[0]).longValue(), (String) achievement[1],
                    ((Number) achievement[2]).intValue());
        }
    }
}
