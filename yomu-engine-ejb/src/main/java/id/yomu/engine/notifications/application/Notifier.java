package id.yomu.engine.notifications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
}
