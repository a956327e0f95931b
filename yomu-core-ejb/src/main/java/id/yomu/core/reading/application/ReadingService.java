package id.yomu.core.reading.application;

import id.yomu.core.shared.Page;
import jakarta.ejb.Local;
import java.util.List;

/** Browsing, reading and marking articles read; admins also see and manage hidden ones (spec §2). */
@Local
public interface ReadingService {

    Page<ArticleSummary> browse(ArticleQuery query, boolean asAdmin);

    /** The article for this reader (null when anonymous), 404 when it is not visible to them. */
    ArticleView article(long articleId, Long readerId, boolean asAdmin);

    /** Idempotent; the first time also announces ArticleRead to the engine. */
    void markRead(long articleId, long readerId);

    List<CategoryView> categories();
}
