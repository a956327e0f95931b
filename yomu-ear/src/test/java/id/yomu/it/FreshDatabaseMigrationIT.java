package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.yomu.core.platform.schema.ChangeSetId;
import id.yomu.core.platform.schema.ChangelogManifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The admin step scripts/yomu migrate, run against an empty database: PostgreSQL from Testcontainers
 * where a Docker engine runs, and the project's own cluster (a database scripts/yomu test creates empty)
 * everywhere, including machines without Docker.
 */
class FreshDatabaseMigrationIT {

    private static final List<String> MODULE_CHANGELOGS =
            List.of("db/changelog/core/changelog.xml", "db/changelog/engine/changelog.xml");

    @Nested
    class OnTheProjectsCluster {

        @Test
        void productionMigrationThenDemoContent() throws Exception {
            migrateAndCheck(System.getProperty("yomu.fresh.db.url"), System.getProperty("yomu.db.user"),
                    System.getProperty("yomu.db.password"));
        }
    }

    @Nested
    @Testcontainers(disabledWithoutDocker = true)
    class OnTestcontainersPostgres {

        @Container
        private final PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:15-alpine");

        @Test
        void productionMigrationThenDemoContent() throws Exception {
            migrateAndCheck(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
        }
    }

    private static void migrateAndCheck(String url, String user, String password) throws Exception {
        String production = migrate(url, user, password);
        assertEquals(expectedRequiredChangeSets(), appliedChangeSets(url, user, password), production);
        assertEquals(0, count(url, user, password, "SELECT count(*) FROM core.article"), "no demo content in production");
        assertEquals(1, count(url, user, password,
                "SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'engine'"));

        migrate(url, user, password, "--demo");
        assertTrue(count(url, user, password, "SELECT count(*) FROM core.article WHERE published") >= 12);
        String again = migrate(url, user, password, "--demo");
        assertTrue(count(url, user, password, "SELECT count(*) FROM core.article") >= 12, again);
    }

    /** Runs scripts/yomu migrate against the given database; fails the test with its output if it fails. */
    private static String migrate(String url, String user, String password, String... options)
            throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("yomu.root"));
        List<String> command = new java.util.ArrayList<>(List.of("bash", root.resolve("scripts/yomu").toString(), "migrate"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().put("YOMU_DB_URL", url);
        builder.environment().put("YOMU_DB_USER", user);
        builder.environment().put("YOMU_DB_PASSWORD", password);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "migrate finished");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    private static Set<String> expectedRequiredChangeSets() {
        Set<String> keys = new HashSet<>();
        for (String changelog : MODULE_CHANGELOGS) {
            ChangelogManifest.read(FreshDatabaseMigrationIT.class.getClassLoader(), changelog).changeSets().stream()
                    .filter(changeSet -> !changeSet.optional()).map(ChangeSetId::key).forEach(keys::add);
        }
        return keys;
    }

    private static Set<String> appliedChangeSets(String url, String user, String password) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT id, author FROM public.databasechangelog")) {
            while (rows.next()) {
                keys.add(rows.getString(1) + "::" + rows.getString(2));
            }
        }
        return keys;
    }

    private static long count(String url, String user, String password, String query) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
