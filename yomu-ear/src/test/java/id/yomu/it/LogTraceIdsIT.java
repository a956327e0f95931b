package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Liberty's log is JSON lines, and a line an application request writes carries that request's trace
 * id and span id, whether or not traces are exported. The requests: blue-2's /health/ready, called in the
 * test's own trace right after the drain file appears, which makes the drain check log "Instance drained";
 * and a login through NGINX refused for too many failures, which the core logs as a security event.
 */
class LogTraceIdsIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SPAN_ID = Pattern.compile("\"ext_spanId\":\"[0-9a-f]{16}\"");

    @Test
    void aLineWrittenByARequestCarriesItsTraceIdAndSpanId() throws Exception {
        Path drainFile = TestEnvironment.drainFiles().get(1);
        Path log = drainFile.resolveSibling("logs/messages.log");
        Api blue2 = Api.at(TestEnvironment.instanceUrls().get(1));
        Optional<String> line = Optional.empty();
        // A Prometheus scrape of /metrics evaluates readiness too and may log the change first: try again.
        for (int attempt = 0; attempt < 3 && line.isEmpty(); attempt++) {
            String traceId = HexFormat.of().formatHex(random(16));
            Files.createFile(drainFile);
            try {
                assertEquals(503, blue2.inTrace("00-" + traceId + "-" + HexFormat.of().formatHex(random(8)) + "-01")
                        .get("/health/ready").status());
            } finally {
                Files.delete(drainFile);
            }
            assertEquals(200, Poll.until(() -> blue2.get("/health/ready").status(), s -> s == 200,
                    java.time.Duration.ofSeconds(10)));
            line = Files.readAllLines(log).stream()
                    .filter(l -> l.contains("Instance drained") && l.contains("\"ext_traceId\":\"" + traceId + "\""))
                    .findFirst();
        }
        assertTrue(line.isPresent(), "a drain line in the request's trace in " + log);
        assertTrue(SPAN_ID.matcher(line.get()).find(), "the span id beside the trace id: " + line.get());
        List<String> notJson = Files.readAllLines(log).stream().filter(l -> !l.isBlank())
                .filter(l -> !(l.startsWith("{") && l.endsWith("}"))).toList();
        assertEquals(List.of(), notJson, "every line of messages.log is a JSON object");
    }

    @Test
    void aRefusedLoginThroughNginxIsLoggedInItsRequestsTrace() throws Exception {
        String traceId = HexFormat.of().formatHex(random(16));
        Api api = Api.at(TestEnvironment.publicUrl()).fromAddress(Readers.uniqueAddress())
                .inTrace("00-" + traceId + "-" + HexFormat.of().formatHex(random(8)) + "-01");
        String nobody = Readers.uniqueName("tracedlogin");
        String login = Readers.loginJson(nobody, "salah12345");
        int status = 0;
        for (int attempt = 0; attempt < 6 && status != 429; attempt++) {
            status = api.post("/api/v1/auth/login", login).status();
        }
        assertEquals(429, status, "the sixth failure is refused");

        // Either instance may have answered: both logs are read.
        List<String> refused = Poll.until(() -> {
            List<String> lines = new java.util.ArrayList<>();
            for (Path drainFile : TestEnvironment.drainFiles()) {
                try {
                    Files.readAllLines(drainFile.resolveSibling("logs/messages.log")).stream()
                            .filter(l -> l.contains("Login refused for username:" + nobody.toLowerCase())).forEach(lines::add);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return lines;
        }, lines -> !lines.isEmpty(), java.time.Duration.ofSeconds(10));
        for (String line : refused) {
            assertTrue(line.contains("\"ext_traceId\":\"" + traceId + "\""), "the request's trace id: " + line);
            assertTrue(SPAN_ID.matcher(line).find(), "and a span id: " + line);
        }
    }

    private static byte[] random(int bytes) {
        byte[] id = new byte[bytes];
        RANDOM.nextBytes(id);
        return id;
    }
}
