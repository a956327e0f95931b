package id.yomu.core.platform.metrics;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Business metrics that count what the database kept: each update waits for the caller's transaction
 * to commit, so a rolled-back registration or submit never shows in yomu_* metrics.
 */
@ApplicationScoped
public class CommitMetrics {

    @Inject
    MetricRegistry registry;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Adds one to the counter (exported as NAME_total) once the transaction commits. The counter was
     * registered with its description at start-up; it is looked up by id, because asking the registry
     * for it by name alone supplies empty metadata, which the registry refuses as a conflict.
     */
    public void countOnCommit(String counter) {
        afterCommit(() -> counter(counter).inc());
    }

    /** Records the value in the histogram (registered at start-up) once the transaction commits. */
    public void recordOnCommit(String histogram, long value) {
        afterCommit(() -> registry.getHistogram(new MetricID(histogram)).update(value));
    }

    private Counter counter(String name) {
        Counter registered = registry.getCounter(new MetricID(name));
        return registered != null ? registered : registry.counter(name);
    }

    private void afterCommit(Runnable update) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    update.run();
                }
            }
        });
    }
}
