package id.yomu.core.reading.application.internal;

import id.yomu.core.reading.application.ArticleDraft;
import id.yomu.core.reading.application.ArticleView;
import id.yomu.core.reading.application.CategoryView;
import id.yomu.core.reading.application.ContentAdministration;
import id.yomu.core.reading.domain.Article;
import id.yomu.core.reading.domain.ArticleRules;
import id.yomu.core.reading.domain.Category;
import id.yomu.core.shared.ConflictException;
import id.yomu.core.shared.DuplicateValueException;
import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.core.shared.NotFoundException;
import id.yomu.core.shared.UniqueViolation;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Stateless
public class DefaultContentAdministration implements ContentAdministration {

    @PersistenceContext(unitName = "yomu-core")
    EntityManager em;

    @Override
    public CategoryView createCategory(String name) {
        String clean = checkedName(name, -1);
        Category category = new Category(clean, Instant.now());
        em.persist(category);
        flushNamesChecked();
        return new CategoryView(category.id(), category.name(), 0);
    }

    @Override
    public CategoryView renameCategory(long categoryId, String name) {
        Category category = category(categoryId);
        category.rename(checkedName(name, categoryId));
        flushNamesChecked();
        return new CategoryView(category.id(), category.name(), articlesIn(categoryId));
    }

    @Override
    public void deleteCategory(long categoryId) {
        Category category = category(categoryId);
        long articles = ((Number) em.createNativeQuery("SELECT count(*) FROM core.article WHERE category_id = ?1")
                .setParameter(1, categoryId).getSingleResult()).longValue();
        if (articles > 0) {
            throw new ConflictException("Category '" + category.name() + "' still has " + articles
                    + " article(s): move or delete them first");
        }
        em.remove(category);
    }

    @Override
    public ArticleView createArticle(ArticleDraft draft) {
        Category category = checked(draft);
        Article article = new Article(category, draft.title().strip(), draft.body(), draft.readingLevel(),
                Boolean.TRUE.equals(draft.published()), Instant.now());
        em.persist(article);
        em.flush();
        return DefaultReadingService.view(article, false);
    }

    @Override
    public ArticleView updateArticle(long articleId, ArticleDraft draft) {
        Article article = liveArticle(articleId);
        Category category = checked(draft);
        article.edit(category, draft.title().strip(), draft.body(), draft.readingLevel(),
                Boolean.TRUE.equals(draft.published()), Instant.now());
        return DefaultReadingService.view(article, false);
    }

    @Override
    public void deleteArticle(long articleId) {
        liveArticle(articleId).delete(Instant.now());
    }

    /** Two admins creating one name at once: the loser hears 409, not 500. */
    private void flushNamesChecked() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw UniqueViolation.fieldOf(e, Map.of("category_name_key", "name"))
                    .map(DuplicateValueException::new).orElseThrow(() -> e);
        }
    }

    private Category checked(ArticleDraft draft) {
        List<FieldError> errors = new ArrayList<>(ArticleRules.check(draft.title(), draft.body(),
                draft.readingLevel(), draft.categoryId()));
        Category category = draft.categoryId() == null ? null : em.find(Category.class, draft.categoryId());
        if (draft.categoryId() != null && category == null) {
            errors.add(new FieldError("category_id", "unknown", "no category with this id"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return category;
    }

    private String checkedName(String name, long exceptId) {
        FieldError error = ArticleRules.checkCategoryName(name);
        if (error != null) {
            throw new InvalidInputException(error);
        }
        String clean = name.strip();
        long taken = em.createNamedQuery("Category.countByName", Long.class)
                .setParameter("name", clean).setParameter("self", exceptId).getSingleResult();
        if (taken > 0) {
            throw new DuplicateValueException("name");
        }
        return clean;
    }

    private Category category(long categoryId) {
        return Optional.ofNullable(em.find(Category.class, categoryId))
                .orElseThrow(() -> new NotFoundException("Category " + categoryId));
    }

    private Article liveArticle(long articleId) {
        return Optional.ofNullable(em.find(Article.class, articleId))
                .filter(article -> article.visibleTo(true))
                .orElseThrow(() -> new NotFoundException("Article " + articleId));
    }

    private long articlesIn(long categoryId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM core.article WHERE category_id = ?1 AND deleted_at IS NULL")
                .setParameter(1, categoryId).getSingleResult()).longValue();
    }
}
