package id.yomu.core.reading.domain;

import id.yomu.core.reading.application.ArticleQuery;
import id.yomu.core.reading.application.ArticleSummary;
import id.yomu.core.shared.Page;

/** Lists articles by category, level and full-text search (PostgreSQL, 'simple' configuration). */
public interface ArticleSearch {

    Page<ArticleSummary> find(ArticleQuery query, boolean includeHidden);
}
