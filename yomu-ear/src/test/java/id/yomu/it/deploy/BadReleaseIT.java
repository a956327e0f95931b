package id.yomu.it.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.yomu.it.deploy.release.BrokenCategoriesFilter;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Releases that must not stay live, deployed under readers' load: the live colour protects the readers. */
@Tag("deployment")
class BadReleaseIT {

    @Test
    void aReleaseThatNeverBecomesReadyIsNeverSwitchedTo() throws Exception {
        Path release = Releases.expectingUnknownChangeset("never-ready");
        Readership readership = Readership.register(8);
        String live = Deployment.liveColour();
        Deployment.Result result;

        try (ReaderLoad load = readership.startLoad()) {
            result = Deployment.deploy(release, "--ready-timeout", "120");
            load.close();
            System.out.println("load during the never-ready release: " + load.summary());
            assertTrue(load.failures().isEmpty(), load.summary());
        }

        assertNotEquals(0, result.exitCode(), result.toString());
        assertEquals(live, Deployment.liveColour(), "never switched");
        assertFalse(result.output().contains("SWITCHED"), result.toString());
        JsonObject health = result.audit().stream().filter(line -> "health".equals(line.getString("gate", "")))
                .findFirst().orElseThrow(() -> new AssertionError(result.toString()));
        assertFalse(health.getBoolean("passed"));
        assertNotEquals("UP", health.getString("ready"), "the audit log says why: " + health);
        assertEquals("failed", result.outcome().getString("result"));
    }

    @Test
    void aReleaseAnswering5xxAfterTheSwitchIsRolledBackWithinTheWindow() throws Exception {
        Path release = Releases.withWebClasses("broken-categories", BrokenCategoriesFilter.class);
        Readership readership = Readership.register(8);
        String live = Deployment.liveColour();
        Deployment.Result result;
        List<ReaderLoad.Failure> failures;

        try (ReaderLoad load = readership.startLoad()) {
            long t0 = System.currentTimeMillis();
            result = Deployment.deploy(release);
            load.close();
            failures = load.failures();
            System.out.println("load during the broken release: " + load.summary());
            double switchedAt = result.secondsAt("SWITCHED");
            double rolledBackAt = result.secondsAt("ROLLED BACK");
            System.out.printf("breach to rollback: %s; switch at %.1f s, back at %.1f s%n",
                    result.audit().stream().filter(line -> line.getString("event").equals("rollback")).findFirst()
                            .map(line -> line.get("breach_to_rollback_s").toString()).orElse("?"),
                    switchedAt, rolledBackAt);
            // Readers see failures only between the switch and the rollback (the window's first breach).
            for (ReaderLoad.Failure failure : failures) {
                double at = (failure.atMillis() - t0) / 1000.0;
                assertTrue(at >= switchedAt - 1 && at <= rolledBackAt + 2,
                        "a failure outside the breach: " + failure + " at " + at + " s; " + result);
                assertEquals("GET /api/v1/categories", failure.request(), failure.toString());
            }
        }

        assertEquals(1, result.exitCode(), result.toString());
        assertEquals(live, Deployment.liveColour(), "rolled back to the colour that was live");
        JsonObject rollback = result.audit().stream().filter(line -> line.getString("event").equals("rollback"))
                .findFirst().orElseThrow(() -> new AssertionError(result.toString()));
        assertTrue(rollback.getString("reason").contains("breach"), rollback.toString());
        assertEquals("rolled-back", result.outcome().getString("result"));
        assertTrue(result.secondsAt("ROLLED BACK") - result.secondsAt("SWITCHED") <= 15,
                "rolled back within the analysis window (15 s): " + result);
        assertTrue(Deployment.yomu(java.util.Map.of(), "status").output()
                .matches("(?s).*" + Deployment.idleColour() + "-1 +down.*"), "the broken release is stopped");
    }
}
