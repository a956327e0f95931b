package id.yomu.core.platform.health;

import id.yomu.core.platform.schema.ChangelogManifest;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database holds every changeset of the core changelog this build ships. */
@Readiness
@ApplicationScoped
public class CoreSchemaReadiness implements HealthCheck {

    public static final String CHANGELOG = "db/changelog/core/changelog.xml";

    private final SchemaCheck check = new SchemaCheck("core-schema",
            ChangelogManifest.read(CoreSchemaReadiness.class.getClassLoader(), CHANGELOG));

    @Resource(lookup = "jdbc/yomu")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        return check.check(dataSource);
    }
}
