package id.yomu.engine.missions.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which instance picked a day's missions, for the record. */
@ApplicationScoped
public class InstanceName {

    @Inject
    @ConfigProperty(name = "yomu.instance", defaultValue = "unnamed")
    String instance;

    public String name() {
        return instance;
    }
}
