package id.yomu.core.reading.application.internal;

import id.yomu.core.events.CoreEventType;
import id.yomu.core.events.EventOutbox;
import id.yomu.core.platform.metrics.BusinessMetrics;
import id.yomu.core.platform.metrics.CommitMetrics;
import id.yomu.core.reading.application.ArticleCatalog;
import id.yomu.core.reading.application.ArticleQuery;
import id.yomu.core.reading.application.ArticleSummary;
import id.yomu.core.reading.application.ArticleView;
import id.yomu.core.reading.application.CategoryView;
import id.yomu.core.reading.application.ReadingService;
import id.yomu.core.reading.domain.Article;
import id.yomu.core.reading.domain.ArticleSearch;
import id.yomu.core.shared.NotFoundException;
import id.yomu.core.shared.Page;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Stateless
public class DefaultReadingService implements ReadingService {

    @PersistenceContext(unitName = "yomu-core")
    EntityManager em;

    @Inject
    ArticleSearch search;

    @Inject
    EventOutbox outbox;

    @Inject
    CommitMetrics metrics;

    @EJB
    ArticleCatalog catalog;

    @Override
    public Page<ArticleSummary> browse(ArticleQuery query, boolean asAdmin) {
        return search.find(query, asAdmin);
    }

    @Override
    public ArticleView article(long articleId, Long readerId, boolean asAdmin) {
        Article article = visible(articleId, asAdmin);
        return view(article, readerId != null && hasRead(readerId, articleId));
    }

    @Override
    public void markRead(long articleId, long readerId) {
        visible(articleId, false);
        int inserted = em.createNativeQuery("INSERT INTO core.article_read (account_id, article_id) VALUES (?1, ?2) "
                        + "ON CONFLICT DO NOTHING")
                .setParameter(1, readerId)
                .setParameter(2, articleId)
                .executeUpdate();
        if (inserted == 1) {
            outbox.record(CoreEventType.ARTICLE_READ, readerId, Map.of("article_id", articleId));
            metrics.countOnCommit(BusinessMetrics.ARTICLES_READ);
        }
    }

    @Override
    public List<CategoryView> categories() {
        List<?> rows = em.createNativeQuery("SELECT c.id, c.name, count(a.id) FROM core.category c "
                + "LEFT JOIN core.article a ON a.category_id = c.id AND a.deleted_at IS NULL "
                + "GROUP BY c.id, c.name ORDER BY lower(c.name)").getResultList();
        return rows.stream().map(row -> (Object[]) row)
                .map(row -> new CategoryView(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue()))
                .toList();
    }

    private Article visible(long articleId, boolean asAdmin) {
        catalog.visibleArticle(articleId, asAdmin);
        return Optional.ofNullable(em.find(Article.class, articleId))
                .orElseThrow(() -> new NotFoundException("Article " + articleId));
    }

    private boolean hasRead(long readerId, long articleId) {
        return !em.createNativeQuery("SELECT 1 FROM core.article_read WHERE account_id = ?1 AND article_id = ?2")
                .setParameter(1, readerId).setParameter(2, articleId).getResultList().isEmpty();
    }

    static ArticleView view(Article article, boolean readByMe) {
        return new ArticleView(article.id(), article.title(), article.body(), article.category().id(),
                article.category().name(), article.readingLevel(), article.wordCount(), article.readingMinutes(),
                article.published(), article.createdAt(), article.updatedAt(), readByMe);
    }
}
