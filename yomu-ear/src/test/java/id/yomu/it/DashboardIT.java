package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Grafana dashboard file is well formed, and every panel's PromQL parses and returns data from the
 * Prometheus that scrapes this running Yomu, after the test made the activity the business panels count.
 */
class DashboardIT {

    /**
     * Metrics that other pieces of work add and the application does not emit yet: their panels are
     * ready, and may stay empty until they land. Empty this list as each arrives; nothing else is excused.
     */
    private static final Set<String> NOT_YET_EMITTED = Set.of();

    private static final Set<String> DASHBOARDS = Set.of("yomu-service-health.json", "yomu-jvm-gc.json",
            "yomu-postgres-pool.json", "yomu-business.json", "yomu-deployments.json");

    @Test
    void everyDashboardIsWellFormedAndEveryPanelQueryReturnsLiveData() throws Exception {
        List<DashboardFiles.Query> queries = new ArrayList<>();
        Set<String> uids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Path file : DashboardFiles.files()) {
            JsonObject dashboard = DashboardFiles.read(file);
            assertTrue(uids.add(dashboard.getString("uid")), file + ": uid unique");
            names.add(file.getFileName().toString());
            queries.addAll(DashboardFiles.validate(file, dashboard));
        }
        assertEquals(DASHBOARDS, names, "the five dashboards");
        assertTrue(Files.readString(DashboardFiles.folder().resolveSibling("provisioning/dashboards.yml"))
                .contains("monitoring/grafana/dashboards"), "the provisioning file points at the dashboards");

        makeBusinessActivity();

        List<String> failures = Poll.until(() -> failures(queries), List::isEmpty, java.time.Duration.ofSeconds(90));
        assertEquals(List.of(), failures);
    }

    /**
     * Every recording and alerting rule Prometheus loaded evaluates against the live series without error,
     * and the live colour's golden signals the alerts read are recorded (a misspelt metric name in a rule
     * shows here as a signal without data, not later as an alert that never fires).
     */
    @Test
    void everyRuleEvaluatesAndTheLiveColoursSignalsAreRecorded() {
        List<String> failures = Poll.until(DashboardIT::ruleFailures, List::isEmpty, java.time.Duration.ofSeconds(90));
        assertEquals(List.of(), failures);
    }

    private static List<String> ruleFailures() {
        List<String> failures = new ArrayList<>();
        JsonObject rules = Prometheus.get("/api/v1/rules");
        int count = 0;
        for (JsonValue group : rules.getJsonObject("data").getJsonArray("groups")) {
            for (JsonValue rule : group.asJsonObject().getJsonArray("rules")) {
                JsonObject r = rule.asJsonObject();
                count++;
                if (!"ok".equals(r.getString("health", "")) || !r.getString("lastError", "").isEmpty()) {
                    failures.add(r.getString("name") + ": health " + r.getString("health", "?") + " " + r.getString("lastError", ""));
                }
            }
        }
        if (count < 40) {
            failures.add("only " + count + " rules loaded");
        }
        for (String signal : List.of("live:yomu_http_requests:rate5m", "live:yomu_http_server_errors:ratio_rate5m",
                "live:yomu_instances_up:count", "live:yomu_jvm_heap_used:max_ratio", "live:yomu_jvm_gc_time:max_ratio_rate5m",
                "live:yomu_db_pool_in_use:max_ratio", "live:yomu_threadpool_busy:max_ratio",
                "live_endpoint:yomu_http_request_duration_seconds:p95", "instance:yomu_db_pool_in_use:ratio", "yomu:live_colour")) {
            if (Prometheus.query(signal).getJsonObject("data").getJsonArray("result").isEmpty()) {
                failures.add(signal + " has no data");
            }
        }
        return failures;
    }

    /** A registration, an article read, a comment and a quiz submission, so each business counter exists. */
    private static void makeBusinessActivity() {
        Api api = Api.at(TestEnvironment.publicUrl());
        QuizActivity activity = QuizActivity.create(api, "dasbor");
        Api reader = api.withToken(Readers.register(api, "dasbor").token());
        assertEquals(2, activity.read(reader).status() / 100, "article read");
        assertEquals(2, activity.comment(reader).status() / 100, "comment posted");
        assertEquals(201, activity.submitCorrect(reader).status(), "quiz submitted");
    }

    private static List<String> failures(List<DashboardFiles.Query> queries) {
        List<String> failures = new ArrayList<>();
        for (DashboardFiles.Query query : queries) {
            JsonObject answer = Prometheus.query(query.promql());
            String where = query.dashboard() + " / " + query.panel() + ": " + query.promql();
            if (!"success".equals(answer.getString("status"))) {
                throw new AssertionError(where + " does not parse: " + answer.getString("error", "?"));
            }
            if (answer.getJsonObject("data").getJsonArray("result").isEmpty() && !excused(query.promql())) {
                failures.add(where + " returns no data");
            }
        }
        return failures;
    }

    private static boolean excused(String promql) {
        return NOT_YET_EMITTED.stream().anyMatch(name -> Pattern.compile("\\b" + name + "\\b").matcher(promql).find());
    }
}
