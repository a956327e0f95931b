package id.yomu.core.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A timestamptz column read through a native query arrives as Timestamp or OffsetDateTime, by driver path. */
public final class SqlTimes {

    private SqlTimes() {
    }

    public static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return ((OffsetDateTime) value).toInstant();
    }
}
