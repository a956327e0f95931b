package id.yomu.engine.profile.application.internal;

import id.yomu.engine.achievements.application.AchievementService;
import id.yomu.engine.points.application.ProgressService;
import id.yomu.engine.points.application.ReaderProgress;
import id.yomu.engine.profile.application.ReaderStats;
import id.yomu.engine.profile.application.ReaderStatsService;
import id.yomu.engine.streak.application.ReaderStreak;
import id.yomu.engine.streak.application.StreakService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@Stateless
public class DefaultReaderStatsService implements ReaderStatsService {

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    @Inject
    ProgressService progress;

    @Inject
    StreakService streaks;

    @Inject
    AchievementService achievements;

    @Override
    public ReaderStats stats(long readerId) {
        ReaderProgress totals = progress.progress(readerId);
        ReaderStreak streak = streaks.streak(readerId);
        Object average = em.createNativeQuery("SELECT round(avg(accuracy), 1) FROM engine.quiz_accuracy WHERE reader_id = ?1")
                .setParameter(1, readerId).getSingleResult();
        return new ReaderStats(readerId, totals.xp(), totals.level(), totals.articlesRead(), totals.quizzesCompleted(),
                average == null ? null : ((Number) average).doubleValue(), streak.currentDays(), streak.bestDays(),
                achievements.pinned(readerId));
    }
}
