package id.yomu.core.shared;

import java.util.List;

/** One page of a list: the items, the total across all pages, and which page of what size this is. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 100;

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
