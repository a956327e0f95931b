package id.yomu.core.reading.application;

/** What an admin writes: every field is checked (title ≤ 200, body ≤ 100,000, level 1–5, a known category). */
public record ArticleDraft(Long categoryId, String title, String body, Integer readingLevel, Boolean published) {
}
