package id.yomu.core.shared;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/** Finds which unique index a failed write ran into, so a lost race answers 409 naming the field, not 500. */
public final class UniqueViolation {

    private static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    /** The field whose index (a key of {@code fieldByIndex}) the failure names, if it is a unique violation. */
    public static Optional<String> fieldOf(Throwable failure, Map<String, String> fieldByIndex) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                String message = String.valueOf(sql.getMessage());
                return fieldByIndex.entrySet().stream()
                        .filter(entry -> message.contains(entry.getKey()))
                        .map(Map.Entry::getValue)
                        .findFirst();
            }
        }
        return Optional.empty();
    }
}
