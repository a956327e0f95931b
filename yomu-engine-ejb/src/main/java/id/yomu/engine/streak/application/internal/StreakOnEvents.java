package id.yomu.engine.streak.application.internal;

import id.yomu.core.events.CoreEventType;
import id.yomu.engine.events.CoreEventArrived;
import id.yomu.engine.events.ObserverOrder;
import id.yomu.engine.platform.GameCalendar;
import id.yomu.engine.streak.domain.Streak;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * An article read or a quiz completed makes the day of the event (in the game's zone) an active day; the
 * streak is recomputed from all active days, so events applied out of order still count right. The batch
 * holds the reader's lock already ({@code GameLocks}), so one reader's events take turns here.
 */
@ApplicationScoped
public class StreakOnEvents {

    @Inject
    StreakStore store;

    @Inject
    GameCalendar calendar;

    void apply(@Observes @Priority(ObserverOrder.STREAK) CoreEventArrived event) {
        if (event.type() != CoreEventType.ARTICLE_READ && event.type() != CoreEventType.QUIZ_COMPLETED) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(event.occurredAt(), calendar.zone());
        if (store.addActiveDay(event.readerId(), day)) {
            store.save(event.readerId(), Streak.of(store.activeDays(event.readerId())));
        }
    }
}
