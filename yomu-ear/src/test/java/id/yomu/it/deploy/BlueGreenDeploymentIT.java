package id.yomu.it.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.yomu.it.Api;
import id.yomu.it.TestEnvironment;
import id.yomu.it.deploy.release.SlowReadsResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two releases in a row under readers' load through NGINX, with real processes on loopback: to the idle
 * colour, then back to the first one. Nothing may fail, sessions survive, and long requests in flight on
 * the old colour at the switch finish. Then a dry run and both kinds of rollback.
 */
@Tag("deployment")
class BlueGreenDeploymentIT {

    /** Longer than the analysis window (15 s), so the drain of the old colour has requests to wait for. */
    private static final int LONG_REQUEST_MS = 25_000;

    @Test
    void twoReleasesUnderLoadFailNoRequestAndKeepReadersLoggedIn() throws Exception {
        // Both releases carry a test-only slow route, so a long request can be in flight at each switch.
        Path release = Releases.withWebClasses("yomu-slow-route", SlowReadsResource.class);
        Readership readership = Readership.register(8);
        Api stayingReader = Api.at(TestEnvironment.publicUrl()).withToken(readership.tokens().get(0));
        String first = Deployment.liveColour();
        String second = Deployment.idleColour();
        Deployment.Result toSecond;
        Deployment.Result backToFirst;
        List<CompletableFuture<HttpResponse<String>>> longRequests;

        try (ReaderLoad load = readership.startLoad()) {
            CompletableFuture<Deployment.Result> deploying = CompletableFuture.supplyAsync(
                    () -> Deployment.deploy(release, "--release", "slow-route-1"));
            awaitTheLock(deploying);
            DeployRefusalIT.assertRefused(Deployment.deploy(Releases.BUILT), "already running");
            toSecond = deploying.get();
            assertEquals(0, toSecond.exitCode(), toSecond.toString());
            assertEquals(second, Deployment.liveColour());

            longRequests = java.util.Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Deployment.Result> deployingBack = CompletableFuture.supplyAsync(
                    () -> Deployment.deploy(release, "--release", "slow-route-2"));
            launchLongRequestsUntilTheSwitch(longRequests, first, deployingBack);
            backToFirst = deployingBack.get();
            assertEquals(0, backToFirst.exitCode(), backToFirst.toString());
            assertEquals(first, Deployment.liveColour());
            load.close();
            System.out.println("load over both deployments: " + load.summary());
            System.out.printf("cutover (start to switch): %.1f s to %s, %.1f s back to %s%n",
                    toSecond.secondsAt("SWITCHED"), second, backToFirst.secondsAt("SWITCHED"), first);
            assertTrue(load.failures().isEmpty(), load.summary());
            assertTrue(load.requestsPerSecond() >= 200, "the load was lighter than 200 req/s: " + load.summary());
        }

        assertEquals(200, stayingReader.get("/api/v1/me").status(), "logged in before both switches, still logged in");
        assertTrue(longRequests.size() >= 2, "long requests were in flight at the second switch: " + longRequests.size());
        for (CompletableFuture<HttpResponse<String>> request : longRequests) {
            HttpResponse<String> response = request.get();
            assertEquals(200, response.statusCode(), response.body());
        }
        assertEquals("deployed", toSecond.outcome().getString("result"));
        assertEquals("deployed", backToFirst.outcome().getString("result"));
        assertTrue(backToFirst.audit().stream().anyMatch(line -> "drain".equals(line.getString("gate", ""))
                && line.getBoolean("in_flight_finished")), "the drain waited for the requests in flight");

        dryRunThenColdAndWarmRollbacks(release, first, second);
    }

    /**
     * With the readers gone: a dry run passes every gate and switches nothing; a rollback to the stopped
     * colour starts it from its kept release (cold); a second one finds the colour it left still running
     * and switches back in seconds (warm). Status shows the live colour, each colour's release and health.
     */
    private static void dryRunThenColdAndWarmRollbacks(Path release, String first, String second) {
        Deployment.Result dry = Deployment.deploy(release, "--release", "slow-route-dry", "--dry-run", "--warmup", "500");
        assertEquals(0, dry.exitCode(), dry.toString());
        assertEquals(first, Deployment.liveColour(), "a dry run switches nothing");
        assertFalse(dry.output().contains("SWITCHED"), dry.toString());
        assertTrue(dry.output().contains("would switch NGINX " + first + " -> " + second), dry.toString());
        assertEquals("dry-run-passed", dry.outcome().getString("result"));
        assertTrue(dry.audit().stream().anyMatch(line -> "pre-switch".equals(line.getString("gate", ""))
                && line.getBoolean("passed")), "the dry run ran the pre-switch analysis: " + dry);

        Deployment.Result cold = Deployment.yomu(Map.of(), "rollback", "--warmup", "500");
        assertEquals(0, cold.exitCode(), cold.toString());
        assertEquals(second, Deployment.liveColour());
        assertTrue(cold.output().contains("(release slow-route-1, cold)"), "started from its kept release: " + cold);

        Deployment.Result warm = Deployment.yomu(Map.of(), "rollback");
        assertEquals(0, warm.exitCode(), warm.toString());
        assertEquals(first, Deployment.liveColour());
        assertTrue(warm.output().contains("(release slow-route-2, warm)"), warm.toString());
        assertTrue(warm.millis() < 30_000, "a rollback to a running colour takes seconds: " + warm);
        System.out.printf("rollback: cold %.1f s, warm %.1f s%n", cold.millis() / 1000.0, warm.millis() / 1000.0);

        String status = Deployment.yomu(Map.of(), "status").output();
        assertTrue(status.matches("(?s).*\\b" + first + " +live +release slow-route-2\\b.*"), status);
        assertTrue(status.matches("(?s).*\\b" + second + " +idle +release slow-route-1\\b.*"), status);
        assertTrue(status.matches("(?s).*\\b" + second + "-1 +up +:\\d+ started=UP live=UP ready=UP.*"),
                "the colour left behind keeps running: " + status);
    }

    private static void awaitTheLock(CompletableFuture<?> deploying) throws Exception {
        Path pid = Deployment.ROOT.resolve(".yomu/deploy/lock.d/pid");
        long deadline = System.currentTimeMillis() + 60_000;
        while (!deploying.isDone() && System.currentTimeMillis() < deadline) {
            if (Files.exists(pid) && !Files.readString(pid).isBlank()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the deployment never took its lock");
    }

    /**
     * Long requests through NGINX to the live colour, one a second, until NGINX points at targetColour: the
     * last few of them are still running on the old colour when the switch and its drain happen.
     */
    private static void launchLongRequestsUntilTheSwitch(List<CompletableFuture<HttpResponse<String>>> launched,
            String targetColour, CompletableFuture<?> deploying) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        while (!Deployment.liveColour().equals(targetColour) && !deploying.isDone()) {
            HttpRequest request = HttpRequest.newBuilder(
                    URI.create(TestEnvironment.publicUrl() + "/api/v1/test-only/slow?ms=" + LONG_REQUEST_MS))
                    .timeout(Duration.ofSeconds(60)).build();
            launched.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
