package id.yomu.engine.notifications.application.internal;

import id.yomu.engine.events.ClanSeasonFinished;
import id.yomu.engine.events.JoinRequestAnswered;
import id.yomu.engine.notifications.application.NotificationKind;
import id.yomu.engine.notifications.application.Notifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** What the clan side tells readers: an answered join request, and a clan moving between tiers. */
@ApplicationScoped
public class NotificationsOnClanEvents {

    @Inject
    Notifier notifier;

    void joinRequestAnswered(@Observes JoinRequestAnswered answer) {
        notifier.notify(answer.readerId(), NotificationKind.JOIN_REQUEST_ANSWERED, answer.clanName(),
                answer.accepted() ? "ACCEPTED" : "REJECTED");
    }

    void seasonFinished(@Observes ClanSeasonFinished result) {
        NotificationKind kind = result.promoted() ? NotificationKind.CLAN_PROMOTED
                : result.relegated() ? NotificationKind.CLAN_RELEGATED : null;
        if (kind != null) {
            notifier.notifyAll(result.memberIds(), kind, result.clanName(), result.tierAfter());
        }
    }
}
