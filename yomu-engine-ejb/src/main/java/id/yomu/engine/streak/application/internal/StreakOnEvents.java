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

/** An article read or a quiz completed makes the day of the event (in the game's zone) an active day. */
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
        Streak next = store.find(event.readerId(), true).map(streak -> streak.after(day)).orElseGet(() -> Streak.first(day));
        store.save(event.readerId(), next);
    }
}
