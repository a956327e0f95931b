package id.yomu.engine.missions.application.internal;

import id.yomu.engine.platform.GameCalendar;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Picks the new day's missions just after midnight in the game's zone, on every instance: the picker lets
 * only the first one pick, and "today" comes from the database clock, so a JVM whose clock is early picks
 * nothing twice. Readers who come before the timer get the day picked lazily anyway.
 */
@Singleton
@Startup
public class MidnightMissionTimer {

    private static final Logger LOG = Logger.getLogger(MidnightMissionTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    GameCalendar calendar;

    @Inject
    DailyMissionPicker picker;

    @Inject
    InstanceName instance;

    @PostConstruct
    void schedule() {
        ScheduleExpression midnight = new ScheduleExpression().hour(0).minute(0).second(5)
                .timezone(calendar.zone().getId());
        timers.createCalendarTimer(midnight, new TimerConfig("daily-missions", false));
    }

    @Timeout
    void pickToday() {
        try {
            picker.ensurePicked(calendar.today(), "timer:" + instance.name());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Picking today's missions at midnight failed; the first reader will pick them", e);
        }
    }
}
