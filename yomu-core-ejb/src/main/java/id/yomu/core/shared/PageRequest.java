package id.yomu.core.shared;

import java.util.ArrayList;
import java.util.List;

/** Which page a client asks for: page from 1, size 1 to 100 (20 unless asked). */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Parses query parameters as typed (missing means the default), naming each bad one. */
    public static PageRequest of(String page, String size) {
        List<FieldError> errors = new ArrayList<>();
        int pageNumber = parse("page", page, 1, 1, Integer.MAX_VALUE, errors);
        int pageSize = parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PageRequest(pageNumber, pageSize);
    }

    public int offset() {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
    }

    private static int parse(String field, String raw, int fallback, int min, int max, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below like any other value out of range
        }
        errors.add(new FieldError(field, "out_of_range",
                max == Integer.MAX_VALUE ? "must be a whole number from " + min : "must be a whole number from " + min + " to " + max));
        return fallback;
    }
}
