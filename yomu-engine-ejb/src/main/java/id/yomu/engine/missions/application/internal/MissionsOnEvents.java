package id.yomu.engine.missions.application.internal;

import id.yomu.engine.events.CoreEventArrived;
import id.yomu.engine.events.MissionCompleted;
import id.yomu.engine.events.ObserverOrder;
import id.yomu.engine.missions.application.MissionTemplate;
import id.yomu.engine.missions.domain.MissionType;
import id.yomu.engine.platform.GameCalendar;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;

/**
 * Moves the reader's progress on the missions of the event's day (in the game's zone), capped at each
 * target; the event that reaches a target stamps the mission completed and fires MissionCompleted, once.
 */
@ApplicationScoped
public class MissionsOnEvents {

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    @Inject
    GameCalendar calendar;

    @Inject
    DailyMissionPicker picker;

    @Inject
    MissionTemplates templates;

    @Inject
    Event<MissionCompleted> completions;

    @Inject
    InstanceName instance;

    void apply(@Observes @Priority(ObserverOrder.MISSIONS) CoreEventArrived event) {
        int accuracy = event.facts().getInt("accuracy", 0);
        LocalDate day = LocalDate.ofInstant(event.occurredAt(), calendar.zone());
        if (!MissionType.anyCounts(event.type())) {
            return;
        }
        picker.ensurePicked(day, instance.name());
        for (MissionTemplate mission : templates.ofDay(day)) {
            if (MissionType.valueOf(mission.type()).counts(event.type(), accuracy, mission.threshold())) {
                advance(event.readerId(), day, mission);
            }
        }
    }

    private void advance(long readerId, LocalDate day, MissionTemplate mission) {
        em.createNativeQuery("INSERT INTO engine.mission_progress (reader_id, day, template_id, progress) VALUES (?1, ?2, ?3, 1) "
                        + "ON CONFLICT (reader_id, day, template_id) DO UPDATE "
                        + "SET progress = LEAST(engine.mission_progress.progress + 1, ?4)")
                .setParameter(1, readerId).setParameter(2, Date.valueOf(day)).setParameter(3, mission.id())
                .setParameter(4, mission.target()).executeUpdate();
        int completed = em.createNativeQuery("UPDATE engine.mission_progress SET completed_at = now() "
                        + "WHERE reader_id = ?1 AND day = ?2 AND template_id = ?3 AND progress >= ?4 AND completed_at IS NULL")
                .setParameter(1, readerId).setParameter(2, Date.valueOf(day)).setParameter(3, mission.id())
                .setParameter(4, mission.target()).executeUpdate();
        if (completed == 1) {
            completions.fire(new MissionCompleted(readerId, mission.id(), day));
        }
    }
}
