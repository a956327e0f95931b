package id.yomu.core.reading.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A short text readers read and are quizzed on. Created hidden by an admin, published when ready,
 * edited at any time, and soft-deleted: a deleted article disappears with its quiz, its attempts'
 * visibility and its thread, while the rows stay for the engine's history.
 */
@Entity
@Table(schema = "core", name = "article")
public class Article {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 100_000;
    public static final int WORDS_PER_MINUTE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(name = "reading_level", nullable = false)
    private int readingLevel;

    @Column(name = "word_count", nullable = false)
    private int wordCount;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    protected Article() {
    }

    public Article(Category category, String title, String body, int readingLevel, boolean published, Instant now) {
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        edit(category, title, body, readingLevel, published, now);
    }

    public final void edit(Category category, String title, String body, int readingLevel, boolean published,
                           Instant now) {
        this.category = category;
        this.title = title;
        this.body = body;
        this.readingLevel = readingLevel;
        this.published = published;
        this.wordCount = wordsIn(body);
        this.updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    public void delete(Instant now) {
        this.deletedAt = now.atOffset(ZoneOffset.UTC);
    }

    public boolean visibleTo(boolean admin) {
        return deletedAt == null && (published || admin);
    }

    /** Words at 200 a minute, rounded up, at least one minute. */
    public int readingMinutes() {
        return minutesFor(wordCount);
    }

    public static int minutesFor(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    public static int wordsIn(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    public Long id() {
        return id;
    }

    public Category category() {
        return category;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public int readingLevel() {
        return readingLevel;
    }

    public int wordCount() {
        return wordCount;
    }

    public boolean published() {
        return published;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }
}
