package id.yomu.engine.achievements.application;

import jakarta.ejb.Local;
import java.util.List;

/** Achievement templates for admins; progress, unlocks and pins for readers. */
@Local
public interface AchievementService {

    List<AchievementTemplate> templates();

    AchievementTemplate create(AchievementDraft draft);

    AchievementTemplate update(long id, AchievementDraft draft);

    void delete(long id);

    /** Every active achievement with the reader's progress, and inactive ones the reader already unlocked. */
    List<ReaderAchievement> ofReader(long readerId);

    /** The reader's pinned achievements, in the order they were pinned. */
    List<ReaderAchievement> pinned(long readerId);

    void pin(long readerId, long achievementId);

    void unpin(long readerId, long achievementId);
}
