package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HealthIT {

    @Test
    void everyInstanceIsStartedLiveAndReadyWithEachModulesCheck() {
        for (String instance : TestEnvironment.instanceUrls()) {
            Api api = Api.at(instance);
            assertEquals("UP", api.get("/health/started").json().getString("status"), instance);
            assertEquals("UP", api.get("/health/live").json().getString("status"), instance);
            Map<String, String> ready = checks(api.get("/health/ready").json());
            assertEquals(Map.of("core-schema", "UP", "engine-schema", "UP", "drain", "UP"), ready, instance);
        }
    }

    @Test
    void drainTurnsReadinessDownWithoutStoppingTheServerAndBackUp() throws Exception {
        Api blue2 = Api.at(TestEnvironment.instanceUrls().get(1));
        Path drainFile = TestEnvironment.drainFiles().get(1);
        Files.createFile(drainFile);
        try {
            Api.Reply down = Poll.until(() -> blue2.get("/health/ready"), reply -> reply.status() == 503, Duration.ofSeconds(10));
            JsonObject drain = check(down.json(), "drain");
            assertEquals("instance is drained by an operator", drain.getJsonObject("data").getString("reason"));
            assertEquals("UP", blue2.get("/health/live").json().getString("status"), "a drained server stays alive");
            assertEquals(401, blue2.get("/api/v1/me").status(), "and still answers requests");
            String metrics = blue2.accepting("text/plain").get("/metrics").body();
            assertTrue(metrics.matches("(?s).*\\nyomu_instance_ready\\{[^}]*} 0(\\.0)?\\n.*"), "ready gauge 0 while drained");
            assertTrue(metrics.matches("(?s).*\\nyomu_instance_drained\\{[^}]*} 1(\\.0)?\\n.*"), "drained gauge 1");
        } finally {
            Files.deleteIfExists(drainFile);
        }
        Poll.until(() -> blue2.get("/health/ready"), reply -> reply.status() == 200, Duration.ofSeconds(10));
        String metrics = blue2.accepting("text/plain").get("/metrics").body();
        assertTrue(metrics.matches("(?s).*\\nyomu_instance_ready\\{[^}]*} 1(\\.0)?\\n.*"), "ready gauge back to 1");
        assertTrue(metrics.matches("(?s).*\\nyomu_instance_drained\\{[^}]*} 0(\\.0)?\\n.*"), "drained gauge back to 0");
    }

    @Test
    void readinessIsDownAndSaysWhyWhenAChangesetIsMissing() throws Exception {
        Api blue1 = Api.at(TestEnvironment.instanceUrls().get(0));
        try (Connection db = TestEnvironment.database(); Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE public.databasechangelog SET id = 'hidden-by-test' WHERE id = 'engine-001-schema'");
            try {
                Api.Reply down = blue1.get("/health/ready");
                assertEquals(503, down.status(), down.body());
                JsonObject engine = check(down.json(), "engine-schema");
                assertEquals("DOWN", engine.getString("status"));
                assertTrue(engine.getJsonObject("data").getString("reason").contains("engine-001-schema"), down.body());
                assertEquals("UP", check(down.json(), "core-schema").getString("status"));
                assertEquals("UP", blue1.get("/health/live").json().getString("status"), "liveness ignores the schema");
            } finally {
                sql.executeUpdate("UPDATE public.databasechangelog SET id = 'engine-001-schema' WHERE id = 'hidden-by-test'");
            }
        }
        assertEquals(200, blue1.get("/health/ready").status());
    }

    private static Map<String, String> checks(JsonObject health) {
        return health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(check -> check.getString("name"), check -> check.getString("status")));
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(check -> name.equals(check.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }
}
