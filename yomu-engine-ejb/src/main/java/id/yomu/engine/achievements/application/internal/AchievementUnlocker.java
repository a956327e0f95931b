package id.yomu.engine.achievements.application.internal;

import id.yomu.engine.notifications.application.NotificationKind;
import id.yomu.engine.notifications.application.Notifier;
import id.yomu.engine.points.application.XpLedger;
import id.yomu.engine.points.application.XpSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Unlocks an achievement for a reader exactly once: the unlock row's primary key lets one transaction win,
 * and only the winner pays the reward (itself once per reader and achievement in the ledger) and notifies.
 */
@ApplicationScoped
public class AchievementUnlocker {

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    @Inject
    XpLedger ledger;

    @Inject
    Notifier notifier;

    public boolean unlock(long readerId, long achievementId, String name, int reward) {
        int inserted = em.createNativeQuery("INSERT INTO engine.achievement_unlock (reader_id, template_id) VALUES (?1, ?2) "
                        + "ON CONFLICT DO NOTHING")
                .setParameter(1, readerId).setParameter(2, achievementId).executeUpdate();
        if (inserted == 0) {
            return false;
        }
        if (reward > 0) {
            ledger.awardOnce(readerId, reward, XpSource.ACHIEVEMENT_REWARD, "achievement:" + achievementId);
        }
        notifier.notify(readerId, NotificationKind.ACHIEVEMENT_UNLOCKED, name, null);
        return true;
    }
}
