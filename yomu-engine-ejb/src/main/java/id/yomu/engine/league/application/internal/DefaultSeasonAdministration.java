package id.yomu.engine.league.application.internal;

import id.yomu.core.shared.ConflictException;
import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.engine.league.application.SeasonAdministration;
import id.yomu.engine.league.application.SeasonView;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

@Stateless
public class DefaultSeasonAdministration implements SeasonAdministration {

    static final int MAX_SEASON_DAYS = 365;

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    @EJB
    SeasonEnding ending;

    @Inject
    Seasons seasons;

    @Override
    public SeasonView end(int number) {
        if (ending.endNow(number).isEmpty()) {
            throw new ConflictException("Season " + number + " is not running: it has already ended or has not started");
        }
        return seasons.running();
    }

    @Override
    public SeasonView schedule(Instant endsAt, Integer seasonDays) {
        SeasonView running = seasons.running();
        if (seasonDays != null && (seasonDays < 1 || seasonDays > MAX_SEASON_DAYS)) {
            throw new InvalidInputException(new FieldError("season_days", "out_of_range",
                    "must be a whole number from 1 to " + MAX_SEASON_DAYS));
        }
        if (endsAt != null && !endsAt.isAfter(running.startsAt())) {
            throw new InvalidInputException(new FieldError("ends_at", "before_start", "must be after the season's start"));
        }
        if (seasonDays != null) {
            em.createNativeQuery("UPDATE engine.league_settings SET season_days = ?1 WHERE id = 1")
                    .setParameter(1, seasonDays).executeUpdate();
        }
        if (endsAt != null) {
            em.createNativeQuery("UPDATE engine.season SET ends_at = ?2 WHERE number = ?1 AND ended_at IS NULL")
                    .setParameter(1, running.number()).setParameter(2, Timestamp.from(endsAt)).executeUpdate();
        }
        return seasons.running();
    }

    @Override
    public int seasonDays() {
        return ((Number) em.createNativeQuery("SELECT season_days FROM engine.league_settings WHERE id = 1")
                .getSingleResult()).intValue();
    }
}
