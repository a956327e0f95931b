package id.yomu.engine.points.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Polls the core outbox every quarter second on every instance, from {@code yomu.engine.consumer.threads}
 * consumers side by side (two by default: one batch leaves a core idle while it waits on the database); the
 * batches' row locks, not this schedule, keep consumers from processing one event twice. A failing batch
 * is logged and its events are retried one by one, so that one poison event cannot hold back the others. A batch looks for events a
 * little below the newest this instance has seen, so a burst of events costs what its own events cost;
 * every ten seconds a sweep looks from the outbox watermark up and moves the watermark on
 * ({@link OutboxPosition}).
 */
@Singleton
@Startup
public class OutboxConsumer {

    private static final Logger LOG = Logger.getLogger(OutboxConsumer.class.getName());
    private static final long POLL_MILLIS = 250;
    /** A sweep looks for work from the watermark up, and then moves the watermark on. */
    private static final long SWEEP_MILLIS = 10_000;
    /**
     * Between sweeps, batches look only a little below the newest event this instance has seen: core
     * transactions commit their events out of order only within moments, and one that commits later than
     * this many newer events waits for the next sweep.
     */
    private static final long SLACK = 1_000;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @EJB
    EventBatchProcessor processor;

    @EJB
    PoisonEventIsolation isolation;

    @Inject
    ConsumptionMetrics metrics;

    @Inject
    @ConfigProperty(name = "yomu.engine.consumer.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "yomu.engine.consumer.threads", defaultValue = "2")
    int threads;

    @Inject
    @ConfigProperty(name = "yomu.instance", defaultValue = "unnamed")
    String instance;

    private final List<ScheduledFuture<?>> polling = new ArrayList<>();
    private volatile long sweptAt;
    private volatile long newestSeen;

    @PostConstruct
    void start() {
        metrics.register();
        if (enabled) {
            for (int consumer = 1; consumer <= Math.max(1, threads); consumer++) {
                String worker = consumer == 1 ? instance : instance + "#" + consumer;
                polling.add(scheduler.scheduleWithFixedDelay(() -> drain(worker), 1000, POLL_MILLIS, TimeUnit.MILLISECONDS));
            }
        } else {
            LOG.info("Engine outbox consumer disabled on this instance (yomu.engine.consumer.enabled=false)");
        }
    }

    @PreDestroy
    void stop() {
        polling.forEach(consumer -> consumer.cancel(false));
    }

    /** Batches until one comes back short; {@code worker} names this consumer (see CoreEventArrived#worker). */
    private void drain(String worker) {
        try {
            boolean sweep = System.currentTimeMillis() - sweptAt > SWEEP_MILLIS;
            // Only a sweep's first batch looks from the watermark: started from there, every batch of a long
            // backlog would read again through all the events processed since the watermark last moved.
            long after = sweep ? 0 : Math.max(0, newestSeen - SLACK);
            EventBatchProcessor.Claimed claimed;
            do {
                claimed = processor.processBatch(worker, after);
                metrics.processed(claimed.events());
                newestSeen = Math.max(newestSeen, claimed.lastSequence());
                after = Math.max(0, newestSeen - SLACK);
            } while (claimed.events() == EventBatchProcessor.BATCH);
            if (sweep) {
                processor.advanceWatermark();
                sweptAt = System.currentTimeMillis();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Engine outbox batch failed; its events are retried one by one", e);
            isolation.processOneByOne(worker);
        }
    }
}
