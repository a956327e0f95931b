package id.yomu.engine.notifications.application;

import id.yomu.engine.platform.SqlIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;

/** Leaves a notification for a reader, inside the caller's transaction (it exists only if the cause commits). */
@ApplicationScoped
public class Notifier {

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    public void notify(long readerId, NotificationKind kind, String subject, String detail) {
        em.createNativeQuery("INSERT INTO engine.notification (reader_id, kind, subject, detail) VALUES (?1, ?2, ?3, CAST(?4 AS VARCHAR))")
                .setParameter(1, readerId).setParameter(2, kind.name()).setParameter(3, subject).setParameter(4, detail)
                .executeUpdate();
    }

    /** The same notification for each of the readers, in one statement (a season's end tells whole clans). */
    public void notifyAll(Collection<Long> readerIds, NotificationKind kind, String subject, String detail) {
        if (readerIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("INSERT INTO engine.notification (reader_id, kind, subject, detail) "
                        + "SELECT id, ?1, ?2, CAST(?3 AS VARCHAR) FROM unnest(" + SqlIds.array(readerIds) + ") AS id")
                .setParameter(1, kind.name()).setParameter(2, subject).setParameter(3, detail)
                .executeUpdate();
    }
}
