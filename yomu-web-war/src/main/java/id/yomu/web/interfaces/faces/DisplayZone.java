package id.yomu.web.interfaces.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one time zone of every date a page shows (spec: Asia/Jakarta unless YOMU_TIME_ZONE says otherwise). */
@ApplicationScoped
public class DisplayZone {

    @Inject
    @ConfigProperty(name = "yomu.time-zone", defaultValue = "Asia/Jakarta")
    String timeZone;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone());
    }
}
