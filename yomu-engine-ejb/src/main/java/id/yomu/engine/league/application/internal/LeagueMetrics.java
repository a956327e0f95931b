package id.yomu.engine.league.application.internal;

import id.yomu.engine.league.domain.Tier;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * yomu_clans{tier} (clans per tier) and yomu_seasons_ended_total (seasons ended so far), read from the
 * database at each scrape: a season ends on one instance only, and every instance must still say so.
 */
@ApplicationScoped
public class LeagueMetrics {

    @Inject
    MetricRegistry registry;

    @Resource(lookup = "jdbc/yomu")
    DataSource dataSource;

    void register() {
        for (Tier tier : Tier.values()) {
            registry.gauge("yomu_clans", () -> count("SELECT count(*) FROM engine.clan WHERE tier = '" + tier.name() + "'"),
                    new Tag("tier", tier.name()));
        }
        registry.gauge("yomu_seasons_ended_total", () -> count("SELECT count(*) FROM engine.season WHERE ended_at IS NOT NULL"));
    }

    private Double count(String sql) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getDouble(1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
