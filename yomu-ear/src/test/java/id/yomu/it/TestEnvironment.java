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

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: run the tests with scripts/yomu test");
        }
        return value;
    }
}
