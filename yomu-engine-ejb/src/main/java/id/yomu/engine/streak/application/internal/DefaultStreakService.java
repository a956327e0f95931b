package id.yomu.engine.streak.application.internal;

import id.yomu.engine.platform.GameCalendar;
import id.yomu.engine.streak.application.ReaderStreak;
import id.yomu.engine.streak.application.StreakService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

@Stateless
public class DefaultStreakService implements StreakService {

    @Inject
    StreakStore store;

    @Inject
    GameCalendar calendar;

    @Override
    public ReaderStreak streak(long readerId) {
        return store.find(readerId, false)
                .map(streak -> new ReaderStreak(readerId, streak.currentOn(calendar.today()), streak.bestDays()))
                .orElseGet(() -> new ReaderStreak(readerId, 0, 0));
    }
}
