package id.yomu.core.forum.application;

import java.util.List;

/** One page of a list and the total number of items in the list. */
public record Page<T>(List<T> items, long total, int page, int size) {
}
