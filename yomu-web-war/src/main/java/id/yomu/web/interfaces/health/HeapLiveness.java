package id.yomu.web.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive unless the heap is nearly exhausted after collection; independent of the database on purpose. */
@Liveness
@ApplicationScoped
public class HeapLiveness implements HealthCheck {

    private static final double MAX_USED_FRACTION = 0.95;

    @Override
    public HealthCheckResponse call() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long max = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
        double used = (double) heap.getUsed() / max;
        return HealthCheckResponse.named("heap")
                .status(used < MAX_USED_FRACTION)
                .withData("used_bytes", heap.getUsed())
                .withData("max_bytes", max)
                .build();
    }
}
