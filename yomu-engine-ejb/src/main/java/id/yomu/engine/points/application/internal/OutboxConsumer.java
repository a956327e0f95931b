package id.yomu.engine.points.application.internal;

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
 * Polls the core outbox every quarter second on every instance; the batches' row locks, not this
 * schedule, keep instances from processing one event twice. A failing batch is logged and its events are
 * retried one by one, so that one poison event cannot hold back the others. Every ten seconds an instance
 * with nothing left to do moves the outbox watermark on ({@link OutboxPosition}).
 */
@Singleton
@Startup
public class OutboxConsumer {

    private static final Logger LOG = Logger.getLogger(OutboxConsumer.class.getName());
    private static final long POLL_MILLIS = 250;
    private static final long WATERMARK_MILLIS = 10_000;

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
    @ConfigProperty(name = "yomu.instance", defaultValue = "unnamed")
    String instance;

    private ScheduledFuture<?> polling;
    private volatile long watermarkAdvancedAt;

    @PostConstruct
    void start() {
        metrics.register();
        if (enabled) {
            polling = scheduler.scheduleWithFixedDelay(this::drain, 1000, POLL_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            LOG.info("Engine outbox consumer disabled on this instance (yomu.engine.consumer.enabled=false)");
        }
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }

    private void drain() {
        try {
            int processed;
            do {
                processed = processor.processBatch(instance);
                metrics.processed(processed);
            } while (processed == EventBatchProcessor.BATCH);
            if (System.currentTimeMillis() - watermarkAdvancedAt > WATERMARK_MILLIS) {
                processor.advanceWatermark();
                watermarkAdvancedAt = System.currentTimeMillis();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Engine outbox batch failed; its events are retried one by one", e);
            isolation.processOneByOne(instance);
        }
    }
}
