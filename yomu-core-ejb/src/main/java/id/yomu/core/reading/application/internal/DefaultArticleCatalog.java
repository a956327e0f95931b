package id.yomu.core.reading.application.internal;

import id.yomu.core.reading.application.ArticleCatalog;
import id.yomu.core.reading.application.ArticleSummary;
import id.yomu.core.reading.domain.Article;
import id.yomu.core.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@Stateless
public class DefaultArticleCatalog implements ArticleCatalog {

    @PersistenceContext(unitName = "yomu-core")
    EntityManager em;

    @Override
    public ArticleSummary visibleArticle(long articleId, boolean asAdmin) {
        return Optional.ofNullable(em.find(Article.class, articleId))
                .filter(article -> article.visibleTo(asAdmin))
                .map(DefaultArticleCatalog::summary)
                .orElseThrow(() -> new NotFoundException("Article " + articleId));
    }

    static ArticleSummary summary(Article article) {
        return new ArticleSummary(article.id(), article.title(), article.category().id(), article.category().name(),
                article.readingLevel(), article.readingMinutes(), article.published(), article.createdAt());
    }
}
