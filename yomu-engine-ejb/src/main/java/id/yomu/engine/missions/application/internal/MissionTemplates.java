package id.yomu.engine.missions.application.internal;

import id.yomu.engine.missions.application.MissionTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** Reading mission templates: all of them, or those of one day. */
@ApplicationScoped
public class MissionTemplates {

    static final String COLUMNS = "t.id, t.type, t.target, t.threshold, t.reward, t.active";

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    public List<MissionTemplate> all() {
        return list(em.createNativeQuery("SELECT " + COLUMNS + " FROM engine.mission_template t ORDER BY t.type, t.target, t.id")
                .getResultList());
    }

    public List<MissionTemplate> ofDay(LocalDate day) {
        return list(em.createNativeQuery("SELECT " + COLUMNS + " FROM engine.daily_mission d "
                        + "JOIN engine.mission_template t ON t.id = d.template_id WHERE d.day = ?1 ORDER BY t.id")
                .setParameter(1, Date.valueOf(day)).getResultList());
    }

    static MissionTemplate toTemplate(Object row) {
        Object[] r = (Object[]) row;
        return new MissionTemplate(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(),
                r[3] == null ? null : ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), (Boolean) r[5]);
    }

    private static List<MissionTemplate> list(List<?> rows) {
        return rows.stream().map(MissionTemplates::toTemplate).toList();
    }
}
