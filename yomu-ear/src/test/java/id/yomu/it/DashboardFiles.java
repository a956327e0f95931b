package id.yomu.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Grafana dashboards in monitoring/grafana/dashboards: their structure checked the way Grafana's
 * provisioning needs it, and every panel query with the dashboard variables substituted as Grafana would.
 */
final class DashboardFiles {

    static final Set<String> PANEL_TYPES = Set.of("timeseries", "stat", "state-timeline", "gauge", "table", "bargauge");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");

    /** One panel query, ready for Prometheus. */
    record Query(String dashboard, String panel, String promql) {
    }

    private DashboardFiles() {
    }

    static Path folder() {
        return TestEnvironment.root().resolve("monitoring/grafana/dashboards");
    }

    static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    static JsonObject read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    /** Fails on anything Grafana would reject or show broken; returns the dashboard's queries. */
    static List<Query> validate(Path file, JsonObject dashboard) {
        String name = file.getFileName().toString();
        assertEquals(name, dashboard.getString("uid") + ".json", "file named after its uid");
        assertFalse(dashboard.getString("title").isBlank(), name + ": title");
        assertTrue(dashboard.getInt("schemaVersion") >= 36, name + ": schemaVersion");
        Set<String> variables = declaredVariables(dashboard);
        assertTrue(variables.contains("datasource"), name + ": a datasource variable");
        List<Query> queries = new ArrayList<>();
        Set<Integer> ids = new HashSet<>();
        for (JsonValue value : dashboard.getJsonArray("panels")) {
            JsonObject panel = value.asJsonObject();
            String title = name + " / " + panel.getString("title");
            assertTrue(ids.add(panel.getInt("id")), title + ": panel id unique");
            assertTrue(PANEL_TYPES.contains(panel.getString("type")), title + ": panel type " + panel.getString("type"));
            JsonObject grid = panel.getJsonObject("gridPos");
            assertTrue(grid.getInt("w") > 0 && grid.getInt("h") > 0 && grid.getInt("x") >= 0 && grid.getInt("y") >= 0
                    && grid.getInt("x") + grid.getInt("w") <= 24, title + ": gridPos inside 24 columns");
            assertEquals("${datasource}", panel.getJsonObject("datasource").getString("uid"), title + ": datasource");
            assertFalse(panel.getJsonArray("targets").isEmpty(), title + ": at least one query");
            Set<String> refIds = new HashSet<>();
            for (JsonValue t : panel.getJsonArray("targets")) {
                JsonObject target = t.asJsonObject();
                assertTrue(refIds.add(target.getString("refId")), title + ": refId unique");
                String expr = target.getString("expr");
                assertFalse(expr.isBlank(), title + ": empty expr");
                queries.add(new Query(name, panel.getString("title"), substitute(expr, variables, title)));
            }
        }
        assertFalse(queries.isEmpty(), name + ": no panels");
        return queries;
    }

    private static Set<String> declaredVariables(JsonObject dashboard) {
        Set<String> names = new HashSet<>();
        for (JsonValue v : dashboard.getJsonObject("templating").getJsonArray("list")) {
            names.add(v.asJsonObject().getString("name"));
        }
        return names;
    }

    /**
     * Grafana's substitution: a multi-value variable with "All" becomes its allValue (.*); the interval
     * built-ins their usual values. A variable the dashboard does not declare fails here.
     */
    static String substitute(String expr, Set<String> declared, String where) {
        Matcher matcher = VARIABLE.matcher(expr);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String variable = matcher.group(1);
            String value = switch (variable) {
                case "__rate_interval" -> "1m";
                case "__interval" -> "30s";
                case "__range" -> "1h";
                default -> {
                    assertTrue(declared.contains(variable), where + ": undeclared variable $" + variable);
                    yield ".*";
                }
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
