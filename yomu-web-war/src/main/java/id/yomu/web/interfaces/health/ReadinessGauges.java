package id.yomu.web.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Readiness as metrics, so that Prometheus can alert on a live instance that stopped being ready
 * ({@code yomu_instance_ready}) without paging anyone for a planned drain ({@code yomu_instance_drained}).
 * Both are computed at scrape time from the same checks /health/ready runs.
 */
@ApplicationScoped
public class ReadinessGauges {

    @Inject
    MetricRegistry registry;

    @Inject
    @Readiness
    @Any
    Instance<HealthCheck> readinessChecks;

    @Inject
    @Readiness
    DrainReadiness drain;

    void register(@Observes @Initialized(ApplicationScoped.class) Object context) {
        registry.gauge("yomu_instance_ready", this, ReadinessGauges::ready);
        registry.gauge("yomu_instance_drained", this, gauges -> gauges.drain.isDrained() ? 1 : 0);
    }

    private int ready() {
        for (HealthCheck check : readinessChecks) {
            if (check.call().getStatus() != HealthCheckResponse.Status.UP) {
                return 0;
            }
        }
        return 1;
    }
}
