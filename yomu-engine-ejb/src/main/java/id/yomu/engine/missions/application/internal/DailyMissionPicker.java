package id.yomu.engine.missions.application.internal;

import id.yomu.engine.missions.domain.MissionRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * Picks a day's missions exactly once, whichever instance or thread asks first: inserting the day's row
 * is the ticket; a racing transaction waits on that row and then finds it taken, and picks nothing.
 */
@ApplicationScoped
public class DailyMissionPicker {

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    /** Picks three random active templates for the day unless the day has its missions already. */
    public void ensurePicked(LocalDate day, String pickedBy) {
        int claimed = em.createNativeQuery("INSERT INTO engine.mission_day (day, picked_by) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, Date.valueOf(day)).setParameter(2, pickedBy).executeUpdate();
        if (claimed == 1) {
            em.createNativeQuery("INSERT INTO engine.daily_mission (day, template_id) "
                            + "SELECT ?1, id FROM engine.mission_template WHERE active ORDER BY random() LIMIT ?2")
                    .setParameter(1, Date.valueOf(day)).setParameter(2, MissionRules.MISSIONS_PER_DAY).executeUpdate();
        }
    }

    /** An admin's choice replaces the day's missions (readers keep their progress on the ones that stay). */
    public void replace(LocalDate day, List<Long> templateIds, String pickedBy) {
        em.createNativeQuery("INSERT INTO engine.mission_day (day, picked_by) VALUES (?1, ?2) "
                        + "ON CONFLICT (day) DO UPDATE SET picked_by = EXCLUDED.picked_by, picked_at = now()")
                .setParameter(1, Date.valueOf(day)).setParameter(2, pickedBy).executeUpdate();
        em.createNativeQuery("DELETE FROM engine.daily_mission WHERE day = ?1").setParameter(1, Date.valueOf(day)).executeUpdate();
        for (Long templateId : templateIds) {
            em.createNativeQuery("INSERT INTO engine.daily_mission (day, template_id) VALUES (?1, ?2)")
                    .setParameter(1, Date.valueOf(day)).setParameter(2, templateId).executeUpdate();
        }
    }

    public String pickedBy(LocalDate day) {
        List<?> rows = em.createNativeQuery("SELECT picked_by FROM engine.mission_day WHERE day = ?1")
                .setParameter(1, Date.valueOf(day)).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }
}
