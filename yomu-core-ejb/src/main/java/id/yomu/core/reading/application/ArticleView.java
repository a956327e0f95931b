package id.yomu.core.reading.application;

import java.time.Instant;

/** A whole article as its page shows it; the body is the Markdown source (the web layer renders it safely). */
public record ArticleView(long id, String title, String body, long categoryId, String categoryName, int readingLevel,
                          int wordCount, int readingMinutes, boolean published, Instant createdAt, Instant updatedAt,
                          boolean readByMe) {
}
