package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NGINX serves readers and hides what only operators and Prometheus may see. */
class PublicEntranceIT {

    private final Api nginx = Api.at(TestEnvironment.publicUrl());

    @Test
    void apiAndPagesAreServedThroughNginx() {
        assertEquals(200, nginx.get("/").status());
        assertEquals(401, nginx.get("/api/v1/me").status());
        assertEquals(200, nginx.get("/openapi").status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/metrics", "/health/ready", "/health", "/ibm/api/", "/adminCenter/",
        "/ibm/adminCenter/explore-1.0/", "/IBMJMXConnectorREST/", "/jwt/", "/openapi/platform/", "/METRICS"})
    void operatorPathsAreNotReachable(String path) {
        assertEquals(404, nginx.get(path).status(), path);
    }

    @Test
    void connectionCountersAnswerOnTheLoopbackListenerOnly() {
        Api.Reply status = Api.at(TestEnvironment.nginxStatusUrl().replaceFirst("/stub_status$", "")).get("/stub_status");
        assertEquals(200, status.status());
        assertTrue(status.body().startsWith("Active connections:"), status.body());
        assertEquals(404, nginx.get("/stub_status").status());
    }

    @Test
    void unknownApiPathIsAProblemDetail() {
        Api.Reply reply = nginx.get("/api/v1/no-such-thing");
        assertEquals(404, reply.status());
        assertEquals("application/problem+json", reply.contentType());
    }
}
