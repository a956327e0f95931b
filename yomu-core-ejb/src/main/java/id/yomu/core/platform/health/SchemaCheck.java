package id.yomu.core.platform.health;

import id.yomu.core.platform.schema.ChangeSetId;
import id.yomu.core.platform.schema.ChangelogManifest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Readiness of one module's schema: the database answers and holds every changeset the module's
 * changelog declares. Each module builds its own readiness check from this. A DOWN says why, in the
 * response data and in the log.
 */
public final class SchemaCheck {

    private static final Logger LOG = Logger.getLogger(SchemaCheck.class.getName());
    private static final int QUERY_TIMEOUT_SECONDS = 2;

    private final String name;
    private final ChangelogManifest expected;

    public SchemaCheck(String name, ChangelogManifest expected) {
        this.name = name;
        this.expected = expected;
    }

    public HealthCheckResponse check(DataSource dataSource) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(name)
                .withData("expected_changesets", expected.changeSets().size());
        try (Connection connection = dataSource.getConnection()) {
            List<ChangeSetId> missing = expected.missingFrom(appliedKeys(connection));
            if (missing.isEmpty()) {
                return response.up().build();
            }
            String why = "schema lacks " + missing.size() + " changeset(s) this build expects, first "
                    + missing.get(0).id() + ": run scripts/yomu migrate";
            LOG.warning(() -> name + " DOWN: " + why);
            return response.down().withData("reason", why).build();
        } catch (SQLException | RuntimeException e) {
            String why = "database unavailable: " + oneLine(e.getMessage());
            LOG.log(Level.WARNING, name + " DOWN: " + why);
            return response.down().withData("reason", why).build();
        }
    }

    private static Set<String> appliedKeys(Connection connection) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, author FROM public.databasechangelog")) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1) + "::" + rows.getString(2));
                }
            }
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return keys;
            }
            throw e;
        }
        return keys;
    }

    private static String oneLine(String message) {
        return message == null ? "no detail" : message.replaceAll("\\s+", " ").trim();
    }
}
