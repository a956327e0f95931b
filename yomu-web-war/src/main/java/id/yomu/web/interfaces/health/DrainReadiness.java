package id.yomu.web.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The drain switch: while the instance's drain file exists ({@code scripts/yomu drain NAME}), readiness
 * is DOWN so that the balancer and the cutover stop sending work here, while the server keeps running.
 * A file in the instance's own directory, so that instances share nothing to hold it.
 */
@Readiness
@ApplicationScoped
public class DrainReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DrainReadiness.class.getName());

    @Inject
    @ConfigProperty(name = "yomu.drain.file")
    Optional<String> drainFile;

    private volatile boolean wasDrained;

    public boolean isDrained() {
        return drainFile.map(Path::of).map(Files::exists).orElse(false);
    }

    @Override
    public HealthCheckResponse call() {
        boolean drained = isDrained();
        if (drained != wasDrained) {
            wasDrained = drained;
            LOG.info(() -> drained ? "Instance drained: readiness DOWN until " + drainFile.get() + " is removed"
                    : "Drain lifted: readiness follows the other checks again");
        }
        var response = HealthCheckResponse.named("drain").status(!drained);
        return drained ? response.withData("reason", "instance is drained by an operator").build() : response.build();
    }
}
