package id.yomu.core.reading.application;

import id.yomu.core.shared.PageRequest;

/** What a reader looks for: optional category, reading level and words of title or body. */
public record ArticleQuery(Long categoryId, Integer readingLevel, String text, PageRequest page) {
}
