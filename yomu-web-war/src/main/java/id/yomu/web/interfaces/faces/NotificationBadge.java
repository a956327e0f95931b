package id.yomu.web.interfaces.faces;

import id.yomu.engine.notifications.application.NotificationService;
import id.yomu.web.security.CurrentAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The unread count in the page header, read once per request and only for a logged-in reader. */
@Named
@RequestScoped
public class NotificationBadge {

    @Inject
    CurrentAccount current;

    @Inject
    NotificationService notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = current.get().map(who -> notifications.unreadCount(who.id())).orElse(0L);
        }
        return unread;
    }

    /** After marking read on this request, the header must count again. */
    void forget() {
        unread = null;
    }
}
