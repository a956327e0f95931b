package id.yomu.engine.points.application.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * yomu_engine_event_backlog (events not yet processed), yomu_engine_event_lag_seconds (age of the
 * oldest of them), yomu_engine_events_processed_total (by this instance) and
 * yomu_engine_events_dead_lettered_total (events set aside after failing too often).
 */
@ApplicationScoped
public class ConsumptionMetrics {

    private static final String PENDING = "SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(e.occurred_at)), 0) "
            + OutboxPosition.UNPROCESSED;

    @Inject
    MetricRegistry registry;

    @Resource(lookup = "jdbc/yomu")
    DataSource dataSource;

    private Counter processed;
    private double[] pendingRow = {Double.NaN, Double.NaN};
    private long pendingAt;

    void register() {
        processed = registry.counter("yomu_engine_events_processed");
        registry.counter(PoisonEventIsolation.DEAD_LETTERED);
        registry.gauge("yomu_engine_event_backlog", this, metrics -> metrics.pending(1));
        registry.gauge("yomu_engine_event_lag_seconds", this, metrics -> metrics.pending(2));
    }

    void processed(int events) {
        processed.inc(events);
    }

    /** Backlog (column 1) and lag (column 2) from one query, reused for a second: a scrape reads both. */
    private synchronized double pending(int column) {
        long now = System.currentTimeMillis();
        if (now - pendingAt > 1000) {
            pendingRow = queryPending();
            pendingAt = now;
        }
        return pendingRow[column - 1];
    }

    private double[] queryPending() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(PENDING);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return new double[] {row.getDouble(1), row.getDouble(2)};
        } catch (SQLException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
    }
}
