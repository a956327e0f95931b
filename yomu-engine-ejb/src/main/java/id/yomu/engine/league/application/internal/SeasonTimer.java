package id.yomu.engine.league.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every instance checks every few seconds whether the running season is due to end; the season row,
 * not this schedule, makes sure only one of them ends it.
 */
@Singleton
@Startup
public class SeasonTimer {

    private static final Logger LOG = Logger.getLogger(SeasonTimer.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @EJB
    SeasonEnding ending;

    @Inject
    LeagueMetrics metrics;

    @Inject
    @ConfigProperty(name = "yomu.league.season-check-seconds", defaultValue = "5")
    long checkSeconds;

    private ScheduledFuture<?> checking;

    @PostConstruct
    void start() {
        metrics.register();
        checking = scheduler.scheduleWithFixedDelay(this::check, checkSeconds, checkSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (checking != null) {
            checking.cancel(false);
        }
    }

    private void check() {
        try {
            ending.endIfDue();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Ending the due season failed; the next check retries", e);
        }
    }
}
