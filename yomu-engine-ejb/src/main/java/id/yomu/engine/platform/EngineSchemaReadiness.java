package id.yomu.engine.platform;

import id.yomu.core.platform.health.SchemaCheck;
import id.yomu.core.platform.schema.ChangelogManifest;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database holds every changeset of the engine changelog this build ships. */
@Readiness
@ApplicationScoped
public class EngineSchemaReadiness implements HealthCheck {

    public static final String CHANGELOG = "db/changelog/engine/changelog.xml";

    private final SchemaCheck check = new SchemaCheck("engine-schema",
            ChangelogManifest.read(EngineSchemaReadiness.class.getClassLoader(), CHANGELOG));

    @Resource(lookup = "jdbc/yomu")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        return check.check(dataSource);
    }
}
