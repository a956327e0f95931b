package id.yomu.core.reading.application;

import jakarta.ejb.Local;

/** What other core contexts (quiz, forum) may ask about articles. */
@Local
public interface ArticleCatalog {

    /**
     * The article if a reader may see it (published, not deleted), or an admin may (not deleted);
     * otherwise {@link id.yomu.core.shared.NotFoundException}.
     */
    ArticleSummary visibleArticle(long articleId, boolean asAdmin);
}
