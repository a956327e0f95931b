package id.yomu.engine.notifications.application.internal;

import id.yomu.core.shared.NotFoundException;
import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import id.yomu.core.shared.SqlTimes;
import id.yomu.engine.notifications.application.NotificationService;
import id.yomu.engine.notifications.application.NotificationView;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@Stateless
public class DefaultNotificationService implements NotificationService {

    @PersistenceContext(unitName = "yomu-engine")
    EntityManager em;

    @Override
    public Page<NotificationView> list(long readerId, PageRequest page) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, kind, subject, detail, created_at, read_at IS NOT NULL "
                        + "FROM engine.notification WHERE reader_id = ?1 ORDER BY id DESC LIMIT ?2 OFFSET ?3")
                .setParameter(1, readerId).setParameter(2, page.size()).setParameter(3, page.offset())
                .getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM engine.notification WHERE reader_id = ?1")
                .setParameter(1, readerId).getSingleResult()).longValue();
        List<NotificationView> items = rows.stream().map(r -> new NotificationView(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], (String) r[3], SqlTimes.instant(r[4]), (Boolean) r[5])).toList();
        return new Page<>(items, total, page.page(), page.size());
    }

    @Override
    public long unreadCount(long readerId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM engine.notification WHERE reader_id = ?1 AND read_at IS NULL")
                .setParameter(1, readerId).getSingleResult()).longValue();
    }

    @Override
    public void markRead(long readerId, long notificationId) {
        int found = em.createNativeQuery("UPDATE engine.notification SET read_at = COALESCE(read_at, now()) "
                        + "WHERE id = ?1 AND reader_id = ?2")
                .setParameter(1, notificationId).setParameter(2, readerId).executeUpdate();
        if (found == 0) {
            throw new NotFoundException("Notification " + notificationId);
        }
    }

    @Override
    public int markAllRead(long readerId) {
        return em.createNativeQuery("UPDATE engine.notification SET read_at = now() WHERE reader_id = ?1 AND read_at IS NULL")
                .setParameter(1, readerId).executeUpdate();
    }
}
