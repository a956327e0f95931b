package id.yomu.core.reading.application;

import java.time.Instant;

/** An article as a list shows it. */
public record ArticleSummary(long id, String title, long categoryId, String categoryName, int readingLevel,
                             int readingMinutes, boolean published, Instant createdAt) {
}
