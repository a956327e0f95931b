package id.yomu.engine.missions.application.internal;

import id.yomu.core.platform.metrics.CommitMetrics;
import id.yomu.core.shared.ConflictException;
import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.core.shared.NotFoundException;
import id.yomu.engine.events.MissionRewardClaimed;
import id.yomu.engine.missions.application.DailyMissions;
import id.yomu.engine.missions.application.MissionDraft;
import id.yomu.engine.missions.application.MissionService;
import id.yomu.engine.missions.application.MissionTemplate;
import id.yomu.engine.missions.application.ReaderMission;
import id.yomu.engine.missions.domain.MissionRules;
import id.yomu.engine.missions.domain.MissionType;
import id.yomu.engine.platform.GameCalendar;
import id.yomu.engine.platform.GameLocks;
import id.yomu.engine.points.application.XpLedger;
import id.yomu.engine.points.application.XpSource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Stateless
public class DefaultMissionService implements MissionService {

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    @Inject
    MissionTemplates templates;

    @Inject
    DailyMissionPicker picker;

    @Inject
    GameCalendar calendar;

    @Inject
    InstanceName instance;

    @Inject
    XpLedger ledger;

    @Inject
    GameLocks locks;

    @Inject
    Event<MissionRewardClaimed> claims;

    @Inject
    CommitMetrics metrics;

    @Override
    public List<MissionTemplate> templates() {
        return templates.all();
    }

    @Override
    public MissionTemplate create(MissionDraft draft) {
        validate(draft);
        return MissionTemplates.toTemplate(em.createNativeQuery("INSERT INTO engine.mission_template "
                        + "(type, target, threshold, reward, active) VALUES (?1, ?2, CAST(?3 AS SMALLINT), ?4, ?5) "
                        + "RETURNING " + MissionTemplates.COLUMNS.replace("t.", ""))
                .setParameter(1, draft.type().strip()).setParameter(2, draft.target()).setParameter(3, threshold(draft))
                .setParameter(4, draft.reward()).setParameter(5, draft.active() == null || draft.active())
                .getSingleResult());
    }

    @Override
    public MissionTemplate update(long id, MissionDraft draft) {
        validate(draft);
        List<?> rows = em.createNativeQuery("UPDATE engine.mission_template SET type = ?2, target = ?3, "
                        + "threshold = CAST(?4 AS SMALLINT), reward = ?5, active = ?6 WHERE id = ?1 RETURNING "
                        + MissionTemplates.COLUMNS.replace("t.", ""))
                .setParameter(1, id).setParameter(2, draft.type().strip()).setParameter(3, draft.target())
                .setParameter(4, threshold(draft)).setParameter(5, draft.reward())
                .setParameter(6, draft.active() == null || draft.active())
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("Mission template " + id);
        }
        return MissionTemplates.toTemplate(rows.get(0));
    }

    @Override
    public void delete(long id) {
        long used = ((Number) em.createNativeQuery("SELECT count(*) FROM engine.daily_mission WHERE template_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        if (used > 0) {
            throw new ConflictException("The template was a day's mission; deactivate it instead");
        }
        if (em.createNativeQuery("DELETE FROM engine.mission_template WHERE id = ?1").setParameter(1, id).executeUpdate() == 0) {
            throw new NotFoundException("Mission template " + id);
        }
    }

    @Override
    public DailyMissions today() {
        LocalDate today = calendar.today();
        picker.ensurePicked(today, instance.name());
        return new DailyMissions(today, picker.pickedBy(today), templates.ofDay(today));
    }

    @Override
    public DailyMissions chooseToday(List<Long> templateIds) {
        List<FieldError> errors = MissionRules.validateChoice(templateIds);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<Long, MissionTemplate> known = templates.all().stream()
                .collect(Collectors.toMap(MissionTemplate::id, Function.identity()));
        if (templateIds.stream().anyMatch(id -> !known.containsKey(id) || !known.get(id).active())) {
            throw new InvalidInputException(new FieldError("template_ids", "invalid",
                    "every template must exist and be active"));
        }
        LocalDate today = calendar.today();
        picker.replace(today, templateIds, "admin");
        return new DailyMissions(today, "admin", templates.ofDay(today));
    }

    @Override
    public List<ReaderMission> todayOf(long readerId) {
        DailyMissions today = today();
        Map<Long, Object[]> progress = progressOf(readerId, today.day());
        return today.missions().stream().map(mission -> toReaderMission(mission, today.day(), progress.get(mission.id())))
                .toList();
    }

    @Override
    public ReaderMission claim(long readerId, long templateId) {
        DailyMissions today = today();
        MissionTemplate mission = today.missions().stream().filter(m -> m.id() == templateId).findFirst()
                .orElseThrow(() -> new NotFoundException("Today's mission " + templateId));
        // The reward moves XP and the clan's season score: the engine's lock order, before the mission's row.
        locks.runningSeason();
        locks.readers(List.of(readerId));
        int claimed = em.createNativeQuery("UPDATE engine.mission_progress SET claimed_at = now() WHERE reader_id = ?1 "
                        + "AND day = ?2 AND template_id = ?3 AND completed_at IS NOT NULL AND claimed_at IS NULL")
                .setParameter(1, readerId).setParameter(2, Date.valueOf(today.day())).setParameter(3, templateId)
                .executeUpdate();
        if (claimed == 0) {
            Object[] row = progressOf(readerId, today.day()).get(templateId);
            throw new ConflictException(row != null && row[3] != null ? "The mission is already claimed"
                    : "The mission is not completed yet");
        }
        ledger.awardOnce(readerId, mission.reward(), XpSource.MISSION_REWARD, "mission:" + today.day() + ":" + templateId);
        claims.fire(new MissionRewardClaimed(readerId, templateId, today.day(), mission.reward()));
        metrics.countOnCommit(MissionMetrics.CLAIMED);
        return toReaderMission(mission, today.day(), progressOf(readerId, today.day()).get(templateId));
    }

    private Map<Long, Object[]> progressOf(long readerId, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT template_id, progress, completed_at, claimed_at "
                        + "FROM engine.mission_progress WHERE reader_id = ?1 AND day = ?2")
                .setParameter(1, readerId).setParameter(2, Date.valueOf(day)).getResultList();
        return rows.stream().collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), Function.identity()));
    }

    private static ReaderMission toReaderMission(MissionTemplate mission, LocalDate day, Object[] progress) {
        int done = progress == null ? 0 : MissionRules.shown(((Number) progress[1]).intValue(), mission.target());
        return new ReaderMission(mission.id(), day, mission.type(), mission.target(), mission.threshold(), mission.reward(),
                done, progress != null && progress[2] != null, progress != null && progress[3] != null);
    }

    private static void validate(MissionDraft draft) {
        if (draft == null) {
            throw new InvalidInputException(new FieldError("body", "required", "a JSON request body is required"));
        }
        List<FieldError> errors = MissionRules.validate(draft);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Integer threshold(MissionDraft draft) {
        return MissionType.valueOf(draft.type().strip()).needsThreshold() ? draft.threshold() : null;
    }
}
