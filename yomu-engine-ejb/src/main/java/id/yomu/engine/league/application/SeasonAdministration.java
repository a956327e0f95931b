package id.yomu.engine.league.application;

import jakarta.ejb.Local;
import java.time.Instant;

/** What an admin does to seasons: end the running one now, move its end, set the length of the next ones. */
@Local
public interface SeasonAdministration {

    /** Ends season {@code number} if it is the running one; ConflictException when it already ended. */
    SeasonView end(int number);

    /** Either may be null (left as it is); returns the running season. */
    SeasonView schedule(Instant endsAt, Integer seasonDays);

    int seasonDays();
}
