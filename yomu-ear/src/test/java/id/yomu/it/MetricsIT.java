package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MetricsIT {

    private static final Pattern REGISTERED = Pattern.compile("(?m)^yomu_readers_registered_total\\{[^}]*} ([0-9.E]+)");

    @Test
    void prometheusTextWithoutLoginHoldsRequestJvmPoolAndBusinessMetrics() {
        Api blue1 = Api.at(TestEnvironment.instanceUrls().get(0));
        Api prometheus = blue1.accepting("text/plain");
        double before = registered(prometheus.get("/metrics").body());
        Readers.register(blue1, "metric");

        Api.Reply metrics = prometheus.get("/metrics");

        assertEquals(200, metrics.status());
        assertTrue(metrics.contentType().startsWith("text/plain"), metrics.contentType());
        String text = metrics.body();
        assertEquals(before + 1, registered(text), 0.0001, "a registration on this instance counts once");
        assertTrue(text.contains("REST_request_seconds_count{class=\"id.yomu.web.interfaces.rest.identity.AuthResource\""),
                "per-endpoint request counts");
        assertTrue(text.contains("REST_request_seconds_sum"), "per-endpoint timings");
        assertTrue(text.contains("jvm_uptime_seconds"), "JVM metrics");
        assertTrue(text.contains("connectionpool_"), "connection pool metrics");
    }

    private static double registered(String text) {
        Matcher matcher = REGISTERED.matcher(text);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
