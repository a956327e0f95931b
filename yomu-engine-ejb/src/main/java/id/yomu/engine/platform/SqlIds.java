package id.yomu.engine.platform;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A set of ids as a PostgreSQL array literal, for statements that touch many rows at once. Ids are numbers
 * from the database or the session, never text a user typed, so writing them into the statement is safe.
 */
public final class SqlIds {

    private SqlIds() {
    }

    /** {@code ARRAY[1,2,3]::bigint[]}, ascending and without repeats (ARRAY[]::bigint[] when there are none). */
    public static String array(Collection<Long> ids) {
        return ids.stream().sorted().distinct().map(String::valueOf).collect(Collectors.joining(",", "ARRAY[", "]::bigint[]"));
    }
}
