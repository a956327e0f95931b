package id.yomu.web.interfaces.faces;

import id.yomu.core.shared.InvalidInputException;
import id.yomu.core.shared.NotFoundException;
import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import id.yomu.engine.notifications.application.NotificationService;
import id.yomu.engine.notifications.application.NotificationView;
import id.yomu.web.security.CurrentAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;

/** {@code notifications.xhtml}: one's notifications, newest first, each in the reader's language; mark read. */
@Named
@RequestScoped
public class NotificationsPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    CurrentAccount current;

    @Inject
    NotificationService notifications;

    @Inject
    DisplayZone zone;

    @Inject
    NotificationBadge badge;

    private Page<NotificationView> page;

    @PostConstruct
    void load() {
        current.get().ifPresent(who -> {
            PageRequest request;
            try {
                request = PageRequest.of(FacesPages.parameter("page"), null);
            } catch (InvalidInputException e) {
                request = PageRequest.of(null, null);
            }
            page = notifications.list(who.id(), request);
        });
    }

    public String requireLogin() {
        return current.isLoggedIn() ? null : FacesPages.logInThenReturn();
    }

    public String markRead() {
        Long id = FacesPages.number("notification");
        try {
            notifications.markRead(current.require().id(), id == null ? -1 : id);
        } catch (NotFoundException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "notification.gone");
        }
        badge.forget();
        load();
        return null;
    }

    public String markAllRead() {
        notifications.markAllRead(current.require().id());
        badge.forget();
        load();
        return null;
    }

    /** The notification as a sentence in the reader's language. */
    public String text(NotificationView notification) {
        String key = "notification.text." + notification.kind()
                + ("JOIN_REQUEST_ANSWERED".equals(notification.kind()) ? "." + notification.detail() : "");
        String text = FacesPages.text(key, notification.subject(), tier(notification.detail()));
        return text == null ? notification.kind() + ": " + notification.subject() : text;
    }

    public String when(NotificationView notification) {
        return WHEN.format(notification.createdAt().atZone(zone.zone()));
    }

    private static String tier(String detail) {
        if (detail == null) {
            return "";
        }
        String text = FacesPages.text("notification.tier." + detail);
        return text == null ? detail : text;
    }

    public Page<NotificationView> getPage() {
        return page;
    }
}
