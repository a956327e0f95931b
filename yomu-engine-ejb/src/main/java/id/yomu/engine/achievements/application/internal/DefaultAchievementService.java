package id.yomu.engine.achievements.application.internal;

import id.yomu.core.shared.ConflictException;
import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.core.shared.NotFoundException;
import id.yomu.engine.achievements.application.AchievementDraft;
import id.yomu.engine.achievements.application.AchievementService;
import id.yomu.engine.achievements.application.AchievementTemplate;
import id.yomu.engine.achievements.application.ReaderAchievement;
import id.yomu.engine.achievements.domain.AchievementRules;
import id.yomu.engine.achievements.domain.AchievementType;
import id.yomu.engine.achievements.domain.PinRules;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@Stateless
public class DefaultAchievementService implements AchievementService {

    private static final String COLUMNS = "id, name, description, type, target, threshold, reward, rarity, active";

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    @Inject
    AchievementProgressQuery progress;

    @Override
    public List<AchievementTemplate> templates() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM engine.achievement_template ORDER BY type, target, id")
                .getResultList();
        return rows.stream().map(DefaultAchievementService::toTemplate).toList();
    }

    @Override
    public AchievementTemplate create(AchievementDraft draft) {
        validate(draft);
        Object[] row = (Object[]) em.createNativeQuery("INSERT INTO engine.achievement_template "
                        + "(name, description, type, target, threshold, reward, rarity, active) "
                        + "VALUES (?1, ?2, ?3, ?4, CAST(?5 AS SMALLINT), ?6, ?7, ?8) RETURNING " + COLUMNS)
                .setParameter(1, draft.name().strip()).setParameter(2, draft.description().strip())
                .setParameter(3, draft.type().strip()).setParameter(4, draft.target()).setParameter(5, threshold(draft))
                .setParameter(6, draft.reward()).setParameter(7, draft.rarity().strip())
                .setParameter(8, draft.active() == null || draft.active())
                .getSingleResult();
        return toTemplate(row);
    }

    @Override
    public AchievementTemplate update(long id, AchievementDraft draft) {
        validate(draft);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("UPDATE engine.achievement_template SET name = ?2, description = ?3, "
                        + "type = ?4, target = ?5, threshold = CAST(?6 AS SMALLINT), reward = ?7, rarity = ?8, active = ?9 WHERE id = ?1 "
                        + "RETURNING " + COLUMNS)
                .setParameter(1, id).setParameter(2, draft.name().strip()).setParameter(3, draft.description().strip())
                .setParameter(4, draft.type().strip()).setParameter(5, draft.target()).setParameter(6, threshold(draft))
                .setParameter(7, draft.reward()).setParameter(8, draft.rarity().strip())
                .setParameter(9, draft.active() == null || draft.active())
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Achievement " + id);
        }
        return toTemplate(rows.get(0));
    }

    @Override
    public void delete(long id) {
        if (em.createNativeQuery("DELETE FROM engine.achievement_template WHERE id = ?1").setParameter(1, id).executeUpdate() == 0) {
            throw new NotFoundException("Achievement " + id);
        }
    }

    @Override
    public List<ReaderAchievement> ofReader(long readerId) {
        return progress.all(readerId);
    }

    @Override
    public List<ReaderAchievement> pinned(long readerId) {
        return progress.pinned(readerId);
    }

    @Override
    public void pin(long readerId, long achievementId) {
        lockUnlocks(readerId);
        List<ReaderAchievement> all = progress.all(readerId);
        ReaderAchievement wanted = all.stream().filter(a -> a.id() == achievementId).findFirst()
                .orElseThrow(() -> new NotFoundException("Achievement " + achievementId));
        int pinnedCount = (int) all.stream().filter(ReaderAchievement::pinned).count();
        PinRules.PinRefusal refusal = PinRules.check(wanted.unlocked(), wanted.pinned(), pinnedCount);
        if (refusal != null) {
            throw new ConflictException(refusal.message());
        }
        em.createNativeQuery("UPDATE engine.achievement_unlock SET pinned_at = now() "
                        + "WHERE reader_id = ?1 AND template_id = ?2 AND pinned_at IS NULL")
                .setParameter(1, readerId).setParameter(2, achievementId).executeUpdate();
    }

    @Override
    public void unpin(long readerId, long achievementId) {
        lockUnlocks(readerId);
        if (progress.all(readerId).stream().noneMatch(a -> a.id() == achievementId)) {
            throw new NotFoundException("Achievement " + achievementId);
        }
        em.createNativeQuery("UPDATE engine.achievement_unlock SET pinned_at = NULL WHERE reader_id = ?1 AND template_id = ?2")
                .setParameter(1, readerId).setParameter(2, achievementId).executeUpdate();
    }

    /** Two pins of one reader at once would both count three pins as two: they take turns. */
    private void lockUnlocks(long readerId) {
        em.createNativeQuery("SELECT template_id FROM engine.achievement_unlock WHERE reader_id = ?1 FOR UPDATE")
                .setParameter(1, readerId).getResultList();
    }

    private static void validate(AchievementDraft draft) {
        if (draft == null) {
            throw new InvalidInputException(new FieldError("body", "required", "a JSON request body is required"));
        }
        List<FieldError> errors = AchievementRules.validate(draft);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Integer threshold(AchievementDraft draft) {
        return AchievementType.valueOf(draft.type().strip()).needsThreshold() ? draft.threshold() : null;
    }

    private static AchievementTemplate toTemplate(Object row) {
        Object[] r = (Object[]) row;
        return new AchievementTemplate(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), r[5] == null ? null : ((Number) r[5]).intValue(), ((Number) r[6]).intValue(),
                (String) r[7], (Boolean) r[8]);
    }
}
