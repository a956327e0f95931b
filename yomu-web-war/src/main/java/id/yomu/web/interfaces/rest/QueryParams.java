package id.yomu.web.interfaces.rest;

import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;

/** Query parameters arrive as text, so that "abc" is a 400 naming the parameter rather than a 404. */
public final class QueryParams {

    private QueryParams() {
    }

    public static Long optionalNumber(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(new FieldError(field, "invalid", "must be a whole number"));
        }
    }

    public static Integer optionalLevel(String raw) {
        Long level = optionalNumber("level", raw);
        if (level != null && (level < 1 || level > 5)) {
            throw new InvalidInputException(new FieldError("level", "invalid", "must be between 1 and 5"));
        }
        return level == null ? null : level.intValue();
    }
}
