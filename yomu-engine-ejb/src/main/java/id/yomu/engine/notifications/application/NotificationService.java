package id.yomu.engine.notifications.application;

import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import jakarta.ejb.Local;

/** A reader's notifications, newest first, and marking them read. */
@Local
public interface NotificationService {

    Page<NotificationView> list(long readerId, PageRequest page);

    long unreadCount(long readerId);

    void markRead(long readerId, long notificationId);

    /** Marks every unread notification read; answers how many were unread. */
    int markAllRead(long readerId);
}
