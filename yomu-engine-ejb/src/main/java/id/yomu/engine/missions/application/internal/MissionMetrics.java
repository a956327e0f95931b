package id.yomu.engine.missions.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Registers yomu_missions_claimed_total at start-up, so each instance exports 0 before its first claim:
 * a counter that appears only with its first increment makes rate() and increase() miss that claim.
 */
@Singleton
@Startup
public class MissionMetrics {

    static final String CLAIMED = "yomu_missions_claimed";

    @Inject
    MetricRegistry registry;

    @PostConstruct
    void register() {
        registry.counter(Metadata.builder().withName(CLAIMED).withDescription("Daily missions claimed by readers").build());
    }
}
