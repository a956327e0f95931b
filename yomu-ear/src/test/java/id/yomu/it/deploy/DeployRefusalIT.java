package id.yomu.it.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Deployments that must not start: a clear message, a non-zero exit, and the live colour untouched. */
@Tag("deployment")
class DeployRefusalIT {

    private static final Path LOCK_PID = Deployment.ROOT.resolve(".yomu/deploy/lock.d/pid");

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

    @Test
    void aSecondDeploymentWaitsForNoneAndTheDryRunSwitchesNothing() throws Exception {
        String live = Deployment.liveColour();
        CompletableFuture<Deployment.Result> dryRun = CompletableFuture.supplyAsync(
                () -> Deployment.deploy(Releases.BUILT, "--dry-run"));
        long deadline = System.currentTimeMillis() + 60_000;
        while (!dryRun.isDone() && !lockTaken() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }

        assertRefused(Deployment.deploy(Releases.BUILT), "already running");

        Deployment.Result first = dryRun.get();
        assertEquals(0, first.exitCode(), first.toString());
        assertEquals("dry-run-passed", first.outcome().getString("result"));
        assertTrue(first.output().contains("would switch NGINX"), first.toString());
        assertEquals(live, Deployment.liveColour(), "a dry run never switches");
        String status = Deployment.yomu(Map.of(), "status").output();
        assertTrue(status.matches("(?s).*" + Deployment.idleColour() + "-1 +down.*"), "the dry run stopped what it started:\n" + status);
    }

    private static boolean lockTaken() throws Exception {
        if (!Files.exists(LOCK_PID)) {
            return false;
        }
        String pid = Files.readString(LOCK_PID).trim();
        return !pid.isEmpty() && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void assertRefused(Deployment.Result result, String message) {
        String live = Deployment.liveColour();
        assertNotEquals(0, result.exitCode(), result.toString());
        assertTrue(result.output().contains(message), "says '" + message + "': " + result);
        assertTrue(result.output().contains("the live colour stays " + live) || !result.output().contains("SWITCHED"),
                result.toString());
        assertEquals(live, Deployment.liveColour());
    }
}
