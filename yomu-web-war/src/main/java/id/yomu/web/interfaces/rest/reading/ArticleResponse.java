package id.yomu.web.interfaces.rest.reading;

import id.yomu.core.reading.application.ArticleView;
import id.yomu.web.interfaces.text.SafeMarkdown;
import java.time.Instant;

/** An article with its Markdown source and the safe HTML rendering of it. */
public record ArticleResponse(long id, String title, String body, String bodyHtml, long categoryId, String categoryName,
                              int readingLevel, int wordCount, int readingMinutes, boolean published, Instant createdAt,
                              Instant updatedAt, boolean readByMe) {

    public static ArticleResponse of(ArticleView view) {
        return new ArticleResponse(view.id(), view.title(), view.body(), SafeMarkdown.toHtml(view.body()),
                view.categoryId(), view.categoryName(), view.readingLevel(), view.wordCount(), view.readingMinutes(),
                view.published(), view.createdAt(), view.updatedAt(), view.readByMe());
    }
}
