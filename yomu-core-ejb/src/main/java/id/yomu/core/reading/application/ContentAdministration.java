package id.yomu.core.reading.application;

import jakarta.ejb.Local;

/** Admin CRUD of categories and articles (spec §2, §6). Callers check the admin role. */
@Local
public interface ContentAdministration {

    CategoryView createCategory(String name);

    CategoryView renameCategory(long categoryId, String name);

    /** 409 while the category still has articles. */
    void deleteCategory(long categoryId);

    ArticleView createArticle(ArticleDraft draft);

    ArticleView updateArticle(long articleId, ArticleDraft draft);

    /** Soft delete: the article, its quiz, its attempts' visibility and its thread disappear. */
    void deleteArticle(long articleId);
}
