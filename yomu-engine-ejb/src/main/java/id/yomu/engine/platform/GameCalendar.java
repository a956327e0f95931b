package id.yomu.engine.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The engine's sense of "now" and "today": the database clock, the one clock every instance shares,
 * read in the configured time zone (Asia/Jakarta unless {@code YOMU_TIME_ZONE} says otherwise), never the
 * server's local zone. Daily missions, streaks and buffs turn over on its day boundary.
 */
@Stateless
public class GameCalendar {

    @Inject
    @ConfigProperty(name = "yomu.time-zone", defaultValue = "Asia/Jakarta")
    String timeZone;

    @Resource(lookup = "jdbc/yomu")
    DataSource dataSource;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Instant now() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT now()");
             ResultSet row = statement.executeQuery()) {
            row.next();
            Timestamp now = row.getTimestamp(1);
            return now.toInstant();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database clock", e);
        }
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone());
    }
}
