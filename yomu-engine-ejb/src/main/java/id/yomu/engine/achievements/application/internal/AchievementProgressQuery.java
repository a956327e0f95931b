package id.yomu.engine.achievements.application.internal;

import id.yomu.core.shared.SqlTimes;
import id.yomu.engine.achievements.application.ReaderAchievement;
import id.yomu.engine.achievements.domain.AchievementType;
import id.yomu.engine.achievements.domain.Progress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * A reader's progress on each achievement, derived from their totals (points, streak, accuracy per quiz),
 * so an achievement an admin adds later counts everything the reader did before.
 */
@ApplicationScoped
public class AchievementProgressQuery {

    private static final String PROGRESS = "SELECT t.id, t.name, t.description, t.type, t.rarity, t.reward, t.target, "
            + "CASE t.type WHEN 'ARTICLES_READ' THEN COALESCE(p.articles_read, 0) "
            + "WHEN 'QUIZZES_COMPLETED' THEN COALESCE(p.quizzes_completed, 0) "
            + "WHEN 'PERFECT_QUIZZES' THEN COALESCE(p.perfect_quizzes, 0) "
            + "WHEN 'COMMENTS_POSTED' THEN COALESCE(p.comments_posted, 0) "
            + "WHEN 'STREAK_DAYS' THEN COALESCE(s.best_days, 0) "
            + "WHEN 'ACCURACY_AT_LEAST' THEN (SELECT count(*) FROM engine.quiz_accuracy q "
            + "  WHERE q.reader_id = ?1 AND q.accuracy >= t.threshold) "
            + "ELSE 0 END, u.unlocked_at, u.pinned_at "
            + "FROM engine.achievement_template t "
            + "LEFT JOIN engine.reader_progress p ON p.reader_id = ?1 "
            + "LEFT JOIN engine.reader_streak s ON s.reader_id = ?1 "
            + "LEFT JOIN engine.achievement_unlock u ON u.template_id = t.id AND u.reader_id = ?1 ";

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    /** Active achievements and those already unlocked, by type and target. */
    public List<ReaderAchievement> all(long readerId) {
        return query(readerId, "WHERE t.active OR u.unlocked_at IS NOT NULL ORDER BY t.type, t.target, t.id");
    }

    /** Active achievements the reader has not unlocked yet: the candidates after an event. */
    public List<ReaderAchievement> locked(long readerId) {
        return query(readerId, "WHERE t.active AND u.unlocked_at IS NULL AND t.type <> 'CLAN_RANK' ORDER BY t.id");
    }

    public List<ReaderAchievement> pinned(long readerId) {
        return query(readerId, "WHERE u.pinned_at IS NOT NULL ORDER BY u.pinned_at, t.id");
    }

    private List<ReaderAchievement> query(long readerId, String filter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PROGRESS + filter).setParameter(1, readerId).getResultList();
        return rows.stream().map(AchievementProgressQuery::toView).toList();
    }

    private static ReaderAchievement toView(Object[] row) {
        AchievementType type = AchievementType.valueOf((String) row[3]);
        int goal = type.goal(((Number) row[6]).intValue());
        boolean unlocked = row[8] != null;
        int progress = unlocked ? goal : Progress.capped(((Number) row[7]).longValue(), goal);
        return new ReaderAchievement(((Number) row[0]).longValue(), (String) row[1], (String) row[2], type.name(),
                (String) row[4], ((Number) row[5]).intValue(), progress, goal,
                unlocked, unlocked ? SqlTimes.instant(row[8]) : null, row[9] != null);
    }
}
