package id.yomu.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** Where the running stack is: scripts/yomu test starts it once and passes these as system properties. */
public final class TestEnvironment {

    private TestEnvironment() {
    }

    /** NGINX, the public entrance. */
    public static String publicUrl() {
        return required("yomu.base.url");
    }

    /** NGINX's connection counters for the exporter, on the loopback only. */
    public static String nginxStatusUrl() {
        return required("yomu.nginx.status.url");
    }

    /** Each instance's own HTTP address, in the order blue-1, blue-2. */
    public static List<String> instanceUrls() {
        return Arrays.asList(required("yomu.instance.urls").split(","));
    }

    public static List<Path> drainFiles() {
        return Arrays.stream(required("yomu.drain.files").split(",")).map(Path::of).toList();
    }

    public static Connection database() throws SQLException {
        return DriverManager.getConnection(required("yomu.db.url"), required("yomu.db.user"),
                required("yomu.db.password"));
    }

    /** The checkout's top folder (monitoring/ and scripts/ live there). */
    public static Path root() {
        return Path.of(required("yomu.root"));
    }

    /** The Prometheus that scrapes this stack (scripts/yomu test starts one with a short scrape interval). */
    public static String prometheusUrl() {
        return required("yomu.prometheus.url");
    }

    /** The port the instances send OTLP/HTTP traces to (YOMU_OTEL_ENDPOINT), or -1 when tracing is off. */
    public static int otlpPort() {
        String port = System.getProperty("yomu.otlp.port", "");
        return port.isBlank() ? -1 : Integer.parseInt(port);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: run the tests with scripts/yomu test");
        }
        return value;
    }
}
