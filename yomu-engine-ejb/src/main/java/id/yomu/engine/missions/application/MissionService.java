package id.yomu.engine.missions.application;

import jakarta.ejb.Local;
import java.util.List;

/** Mission templates and the day's missions for admins; today's missions, progress and claims for readers. */
@Local
public interface MissionService {

    List<MissionTemplate> templates();

    MissionTemplate create(MissionDraft draft);

    MissionTemplate update(long id, MissionDraft draft);

    void delete(long id);

    /** Today's missions (in the game's zone), picked now if nobody has yet. */
    DailyMissions today();

    /** An admin replaces today's missions with these three active templates. */
    DailyMissions chooseToday(List<Long> templateIds);

    List<ReaderMission> todayOf(long readerId);

    /** Pays a completed mission of today once; the answer is the mission as claimed. */
    ReaderMission claim(long readerId, long templateId);
}
