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

    @Test
    void readingSubmittingAndCommentingAreCountedOnce() {
        Api blue1 = Api.at(TestEnvironment.instanceUrls().get(0));
        Api prometheus = blue1.accepting("text/plain");
        Api admin = Admins.admin(blue1);
        long article = Admins.article(admin, Admins.category(admin, Readers.uniqueName("metric")), "Metrik", "Teks.", 1, true);
        jakarta.json.JsonObject added = admin.post("/api/v1/admin/articles/" + article + "/questions",
                "{\"prompt\":\"P\",\"options\":[{\"label\":\"a\",\"correct\":true},{\"label\":\"b\",\"correct\":false}]}")
                .json();
        long question = added.getJsonNumber("id").longValue();
        long option = added.getJsonArray("options").stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(o -> o.getBoolean("correct")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Api reader = blue1.withToken(Readers.register(blue1, "counted").token());
        String before = prometheus.get("/metrics").body();

        reader.post("/api/v1/articles/" + article + "/read", null);
        reader.post("/api/v1/articles/" + article + "/read", null);
        reader.post("/api/v1/articles/" + article + "/comments", "{\"body\":\"Komentar\"}");
        reader.post("/api/v1/articles/" + article + "/quiz/submissions",
                "{\"answers\":[{\"question_id\":" + question + ",\"option_id\":" + option + "}]}");
        reader.post("/api/v1/articles/" + article + "/quiz/submissions",
                "{\"answers\":[{\"question_id\":" + question + ",\"option_id\":" + option + "}]}");
        String after = prometheus.get("/metrics").body();

        assertEquals(value(before, "yomu_articles_read_total") + 1, value(after, "yomu_articles_read_total"), 0.0001);
        assertEquals(value(before, "yomu_comments_posted_total") + 1, value(after, "yomu_comments_posted_total"), 0.0001);
        assertEquals(value(before, "yomu_quiz_submissions_total") + 1, value(after, "yomu_quiz_submissions_total"), 0.0001,
                "the rejected second submit is not counted");
        assertEquals(value(before, "yomu_quiz_accuracy_percent_count") + 1, value(after, "yomu_quiz_accuracy_percent_count"), 0.0001);
        assertEquals(value(before, "yomu_quiz_accuracy_percent_sum") + 100, value(after, "yomu_quiz_accuracy_percent_sum"), 0.0001);
    }

    @Test
    void businessMetricsAreRegisteredWithTheirDescriptionOnEveryInstance() {
        for (String instance : TestEnvironment.instanceUrls()) {
            String text = Api.at(instance).accepting("text/plain").get("/metrics?scope=application").body();
            for (String help : java.util.List.of("yomu_readers_registered_total Readers who registered",
                    "yomu_articles_read_total Articles marked read", "yomu_quiz_submissions_total Quizzes submitted",
                    "yomu_comments_posted_total Forum comments", "yomu_quiz_accuracy_percent Accuracy of each submitted quiz",
                    "yomu_missions_claimed_total Daily missions claimed")) {
                assertTrue(text.contains("# HELP " + help), instance + " exports " + help);
            }
        }
    }

    private static double value(String text, String metric) {
        Matcher matcher = Pattern.compile("(?m)^" + metric + "\\{[^}]*} ([0-9.E]+)").matcher(text);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    private static double registered(String text) {
        Matcher matcher = REGISTERED.matcher(text);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
