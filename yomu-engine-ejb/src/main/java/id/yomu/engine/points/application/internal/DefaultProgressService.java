package id.yomu.engine.points.application.internal;

import id.yomu.engine.points.application.ProgressService;
import id.yomu.engine.points.application.ReaderProgress;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@Stateless
public class DefaultProgressService implements ProgressService {

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    @Override
    public ReaderProgress progress(long readerId) {
        List<?> rows = em.createNativeQuery(
                        "SELECT xp, articles_read, quizzes_completed FROM engine.reader_progress WHERE reader_id = ?1")
                .setParameter(1, readerId)
                .getResultList();
        if (rows.isEmpty()) {
            return new ReaderProgress(readerId, 0, ReaderProgress.levelFor(0), 0, 0);
        }
        Object[] row = (Object[]) rows.get(0);
        long xp = ((Number) row[0]).longValue();
        return new ReaderProgress(readerId, xp, ReaderProgress.levelFor(xp), ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue());
    }

    @Override
    public long xpFromLedger(long readerId) {
        return ((Number) em.createNativeQuery("SELECT COALESCE(sum(points), 0) FROM engine.points_ledger WHERE reader_id = ?1")
                .setParameter(1, readerId).getSingleResult()).longValue();
    }
}
