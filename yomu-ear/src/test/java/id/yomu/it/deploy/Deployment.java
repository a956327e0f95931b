package id.yomu.it.deploy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** scripts/yomu deploy, rollback and nginx, run as an operator would, against the stack of the tests. */
final class Deployment {

    static final Path ROOT = Path.of(System.getProperty("yomu.root", "..")).toAbsolutePath().normalize();
    private static final Path AUDIT = ROOT.resolve(".yomu/deploy/audit.log");
    private static final Path LIVE = ROOT.resolve(".yomu/nginx/live-upstream.conf");
    private static final Pattern LIVE_COLOUR = Pattern.compile("# live colour: (\\w+)");
    private static final Pattern DEPLOYMENT_ID = Pattern.compile("deploy: ((deploy|rollback)-\\S+):");

    /**
     * Short windows, since the tests run inside scripts/yomu test; a loose p95 limit, since a fresh JVM on a
     * shared 2-core machine answers its first requests in seconds and Liberty's p95 is a sliding window
     * that still holds them. The 5xx ratio limit stays the production default.
     */
    static final List<String> TEST_TIMINGS = List.of("--window", "15", "--interval", "5", "--ready-timeout", "420",
            "--max-p95", "20", "--drain-timeout", "30");

    private Deployment() {
    }

    record Result(int exitCode, String output, long millis) {

        String deploymentId() {
            Matcher matcher = DEPLOYMENT_ID.matcher(output);
            return matcher.find() ? matcher.group(1) : "";
        }

        /** This deployment's lines of the audit log. */
        List<JsonObject> audit() {
            String id = deploymentId();
            return auditLines().stream().filter(line -> line.getString("deployment", "").equals(id)).toList();
        }

        JsonObject outcome() {
            return audit().stream().filter(line -> line.getString("event").equals("outcome")).reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError("no outcome in the audit log for " + deploymentId() + ":\n" + output));
        }

        /** Milliseconds since the command started, as printed on the line holding {@code marker}. */
        double secondsAt(String marker) {
            for (String line : output.split("\n")) {
                if (line.contains(marker)) {
                    return Double.parseDouble(line.substring(1, line.indexOf('s')).trim());
                }
            }
            throw new AssertionError("no line with '" + marker + "' in:\n" + output);
        }

        @Override
        public String toString() {
            return "exit " + exitCode + " after " + millis + " ms:\n" + output;
        }
    }

    static Result deploy(Path ear, String... options) {
        List<String> command = new ArrayList<>(List.of("deploy", ear.toString()));
        command.addAll(TEST_TIMINGS);
        command.addAll(List.of(options));
        return yomu(Map.of(), command.toArray(String[]::new));
    }

    static Result yomu(Map<String, String> environment, String... arguments) {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("scripts/yomu").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        String database = System.getProperty("yomu.db.name");
        if (database != null && !database.isBlank()) {
            builder.environment().put("YOMU_DB_NAME", database);
        }
        builder.environment().putAll(environment);
        long t0 = System.nanoTime();
        try {
            Process process = builder.start();
            StringBuilder output = new StringBuilder();
            Thread reader = new Thread(() -> {
                try {
                    output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    output.append("(output lost: ").append(e).append(')');
                }
            });
            reader.start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroy();
                throw new AssertionError("scripts/yomu " + String.join(" ", arguments) + " did not end in 15 min");
            }
            reader.join();
            Result result = new Result(process.exitValue(), output.toString(), (System.nanoTime() - t0) / 1_000_000);
            System.out.println("scripts/yomu " + String.join(" ", arguments) + ": " + result);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String liveColour() {
        try {
            Matcher matcher = LIVE_COLOUR.matcher(Files.readString(LIVE));
            return matcher.find() ? matcher.group(1) : "blue";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String idleColour() {
        return liveColour().equals("blue") ? "green" : "blue";
    }

    static List<JsonObject> auditLines() {
        try {
            if (!Files.exists(AUDIT)) {
                return List.of();
            }
            return Files.readAllLines(AUDIT).stream().filter(line -> !line.isBlank())
                    .map(line -> Json.createReader(new StringReader(line)).readObject()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
