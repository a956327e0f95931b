package id.yomu.engine.streak.application.internal;

import id.yomu.engine.streak.domain.Streak;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** engine.reader_streak, read with a row lock when it is about to change. */
@ApplicationScoped
public class StreakStore {

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    public Optional<Streak> find(long readerId, boolean forUpdate) {
        List<?> rows = em.createNativeQuery("SELECT current_days, best_days, last_day FROM engine.reader_streak "
                        + "WHERE reader_id = ?1" + (forUpdate ? " FOR UPDATE" : ""))
                .setParameter(1, readerId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Streak(((Number) row[0]).intValue(), ((Number) row[1]).intValue(),
                ((Date) row[2]).toLocalDate()));
    }

    /** Records the day; false when it was known already. */
    public boolean addActiveDay(long readerId, LocalDate day) {
        return em.createNativeQuery("INSERT INTO engine.reader_active_day (reader_id, day) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, readerId).setParameter(2, Date.valueOf(day)).executeUpdate() == 1;
    }

    public List<LocalDate> activeDays(long readerId) {
        List<?> rows = em.createNativeQuery("SELECT day FROM engine.reader_active_day WHERE reader_id = ?1 ORDER BY day")
                .setParameter(1, readerId).getResultList();
        return rows.stream().map(day -> ((Date) day).toLocalDate()).toList();
    }

    public void save(long readerId, Streak streak) {
        em.createNativeQuery("INSERT INTO engine.reader_streak (reader_id, current_days, best_days, last_day) "
                        + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (reader_id) DO UPDATE SET current_days = EXCLUDED.current_days, "
                        + "best_days = EXCLUDED.best_days, last_day = EXCLUDED.last_day")
                .setParameter(1, readerId).setParameter(2, streak.currentDays()).setParameter(3, streak.bestDays())
                .setParameter(4, Date.valueOf(streak.lastDay()))
                .executeUpdate();
    }
}
