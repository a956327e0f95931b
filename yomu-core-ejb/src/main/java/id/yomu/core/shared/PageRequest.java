package id.yomu.core.shared;

import java.util.ArrayList;
import java.util.List;

/** Which page a caller asks for: page from 0, size 1–100 (spec §7). */
public record PageRequest(int page, int size) {

    public static PageRequest of(Integer page, Integer size, int defaultSize) {
        int p = page == null ? 0 : page;
        int s = size == null ? defaultSize : size;
        List<FieldError> errors = new ArrayList<>();
        if (p < 0) {
            errors.add(new FieldError("page", "invalid", "must be 0 or more"));
        }
        if (s < 1 || s > Page.MAX_SIZE) {
            errors.add(new FieldError("size", "invalid", "must be between 1 and " + Page.MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }
}
