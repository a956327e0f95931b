package id.yomu.engine.achievements.application.internal;

import id.yomu.engine.notifications.application.NotificationKind;
import id.yomu.engine.platform.SqlIds;
import id.yomu.engine.notifications.application.Notifier;
import id.yomu.engine.points.application.XpLedger;
import id.yomu.engine.points.application.XpSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

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
        reward(readerId, achievementId, name, reward);
        return true;
    }

    /**
     * Unlocks the achievement for each of the readers who do not have it yet, trying them all in one statement
     * (a season's end unlocks CLAN_RANK for whole clans); each new unlock is rewarded and notified as one alone is.
     */
    public void unlockAll(Collection<Long> readerIds, long achievementId, String name, int reward) {
        if (readerIds.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object> unlocked = em.createNativeQuery("INSERT INTO engine.achievement_unlock (reader_id, template_id) "
                        + "SELECT id, ?1 FROM unnest(" + SqlIds.array(readerIds) + ") AS id ON CONFLICT DO NOTHING RETURNING reader_id")
                .setParameter(1, achievementId).getResultList();
        unlocked.forEach(readerId -> reward(((Number) readerId).longValue(), achievementId, name, reward));
    }

    private void reward(long readerId, long achievementId, String name, int reward) {
        if (reward > 0) {
            ledger.awardOnce(readerId, reward, XpSource.ACHIEVEMENT_REWARD, "achievement:" + achievementId);
        }
        notifier.notify(readerId, NotificationKind.ACHIEVEMENT_UNLOCKED, name, null);
    }
}
