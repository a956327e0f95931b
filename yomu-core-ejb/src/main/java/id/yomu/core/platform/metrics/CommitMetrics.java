package id.yomu.core.platform.metrics;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
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

    /** Adds one to the counter (exported as NAME_total) once the transaction commits. */
    public void countOnCommit(String counter) {
        afterCommit(() -> registry.counter(counter).inc());
    }

    /** Records the value in the histogram once the transaction commits. */
    public void recordOnCommit(String histogram, long value) {
        afterCommit(() -> registry.histogram(histogram).update(value));
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
