package id.yomu.core.reading.infrastructure;

import id.yomu.core.shared.SqlTimes;
import id.yomu.core.reading.application.ArticleQuery;
import id.yomu.core.reading.application.ArticleSummary;
import id.yomu.core.reading.domain.Article;
import id.yomu.core.reading.domain.ArticleSearch;
import id.yomu.core.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * Native SQL: the GIN index over the generated search vector answers the text part, and only the
 * conditions the reader gave are in the statement, so PostgreSQL plans each shape well.
 */
@ApplicationScoped
public class SqlArticleSearch implements ArticleSearch {

    @PersistenceContext(unitName = "yomu-core")
    EntityManager em;

    @Override
    public Page<ArticleSummary> find(ArticleQuery query, boolean includeHidden) {
        List<Object> parameters = new ArrayList<>();
        List<String> where = new ArrayList<>(List.of("a.deleted_at IS NULL"));
        if (!includeHidden) {
            where.add("a.published");
        }
        if (query.categoryId() != null) {
            parameters.add(query.categoryId());
            where.add("a.category_id = ?" + parameters.size());
        }
        if (query.readingLevel() != null) {
            parameters.add(query.readingLevel());
            where.add("a.reading_level = ?" + parameters.size());
        }
        String order = " ORDER BY a.created_at DESC, a.id DESC";
        if (query.text() != null && !query.text().isBlank()) {
            parameters.add(query.text().strip());
            String tsquery = "websearch_to_tsquery('simple', ?" + parameters.size() + ")";
            where.add("a.search_vector @@ " + tsquery);
            order = " ORDER BY ts_rank(a.search_vector, " + tsquery + ") DESC, a.created_at DESC, a.id DESC";
        }
        String filter = " FROM core.article a JOIN core.category c ON c.id = a.category_id WHERE "
                + String.join(" AND ", where);
        long total = ((Number) bind(em.createNativeQuery("SELECT count(*)" + filter), parameters).getSingleResult())
                .longValue();
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(query.page().size());
        paged.add(query.page().offset());
        Query rows = bind(em.createNativeQuery("SELECT a.id, a.title, a.category_id, c.name, a.reading_level, "
                + "a.word_count, a.published, a.created_at" + filter + order
                + " LIMIT ?" + (parameters.size() + 1) + " OFFSET ?" + (parameters.size() + 2)), paged);
        List<ArticleSummary> items = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            items.add(summary((Object[]) row));
        }
        return new Page<>(items, total, query.page().page(), query.page().size());
    }

    private static Query bind(Query sql, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            sql.setParameter(i + 1, parameters.get(i));
        }
        return sql;
    }

    private static ArticleSummary summary(Object[] row) {
        return new ArticleSummary(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).longValue(),
                (String) row[3], ((Number) row[4]).intValue(), Article.minutesFor(((Number) row[5]).intValue()),
                (Boolean) row[6], SqlTimes.instant(row[7]));
    }
}
