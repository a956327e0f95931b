package id.yomu.engine.league.application.internal;

import id.yomu.engine.clans.application.ClanService;
import jakarta.ejb.EJB;
import id.yomu.engine.events.MissionCompleted;
import id.yomu.engine.league.domain.Multipliers;
import id.yomu.engine.platform.GameCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Productivity Buff (spec §5): once at least half of a clan's members completed a daily mission today, the
 * clan earns x1.2 until the end of the day in the game's time zone.
 */
@ApplicationScoped
public class ProductivityBuff {

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    @EJB
    ClanService clans;

    @Inject
    ClanMultipliers multipliers;

    @Inject
    Seasons seasons;

    @Inject
    GameCalendar calendar;

    void missionCompleted(@Observes MissionCompleted completed) {
        clans.clanOf(completed.readerId()).ifPresent(clanId -> {
            // Like a contribution, a buff waits for a season being ended, which clears the multipliers:
            // taking the season's lock first keeps the two from deadlocking on a multiplier row.
            seasons.runningForContribution();
            em.createNativeQuery("INSERT INTO engine.clan_mission_day (clan_id, reader_id, day) VALUES (?1, ?2, ?3) "
                            + "ON CONFLICT DO NOTHING")
                    .setParameter(1, clanId).setParameter(2, completed.readerId()).setParameter(3, completed.day())
                    .executeUpdate();
            if (completed.day().equals(calendar.today()) && halfTheClanCompleted(clanId, completed.day())) {
                multipliers.activateUntil(clanId, ClanMultipliers.BUFF, Multipliers.PRODUCTIVITY_BUFF,
                        completed.day().plusDays(1).atStartOfDay(calendar.zone()).toInstant());
            }
        });
    }

    private boolean halfTheClanCompleted(long clanId, java.time.LocalDate day) {
        Object[] counts = (Object[]) em.createNativeQuery("SELECT "
                        + "(SELECT count(*) FROM engine.clan_mission_day d JOIN engine.clan_member m "
                        + "ON m.reader_id = d.reader_id AND m.clan_id = d.clan_id WHERE d.clan_id = ?1 AND d.day = ?2), "
                        + "(SELECT count(*) FROM engine.clan_member WHERE clan_id = ?1)")
                .setParameter(1, clanId).setParameter(2, day).getSingleResult();
        long completers = ((Number) counts[0]).longValue();
        long members = ((Number) counts[1]).longValue();
        return members > 0 && completers * 2 >= members;
    }
}
