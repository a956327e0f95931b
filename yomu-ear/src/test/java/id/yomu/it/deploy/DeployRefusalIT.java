package id.yomu.it.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Deployments that must not start: a clear message, a non-zero exit, and the live colour untouched. (A
 * second deployment while one runs: BlueGreenDeploymentIT, which has one running.)
 */
@Tag("deployment")
class DeployRefusalIT {

    @Test
    void aMissingEarIsRefused() {
        assertRefused(Deployment.deploy(Path.of("/nonexistent/yomu.ear")), "no EAR at /nonexistent/yomu.ear");
    }

    @Test
    void aCorruptEarIsRefused() throws Exception {
        assertRefused(Deployment.deploy(Releases.corrupt()), "is not a readable EAR");
    }

    @Test
    void aDeploymentWithoutItsDatabaseIsRefused() {
        String live = Deployment.liveColour();
        Deployment.Result result = Deployment.yomu(Map.of("YOMU_DB_URL", "jdbc:postgresql://127.0.0.1:9/yomu",
                "YOMU_DB_PASSWORD", "none"), "deploy", Releases.BUILT.toString());
        assertRefused(result, "the database does not answer");
        assertEquals(live, Deployment.liveColour());
    }

    @Test
    void aDeploymentWithoutNginxIsRefused() {
        Deployment.yomu(Map.of(), "nginx", "stop");
        try {
            assertRefused(Deployment.deploy(Releases.BUILT), "NGINX is not running");
        } finally {
            assertEquals(0, Deployment.yomu(Map.of(), "nginx", "start").exitCode());
        }
    }

    static void assertRefused(Deployment.Result result, String message) {
        String live = Deployment.liveColour();
        assertNotEquals(0, result.exitCode(), result.toString());
        assertTrue(result.output().contains(message), "says '" + message + "': " + result);
        assertTrue(result.output().contains("the live colour stays " + live) || !result.output().contains("SWITCHED"),
                result.toString());
        assertEquals(live, Deployment.liveColour());
    }
}
