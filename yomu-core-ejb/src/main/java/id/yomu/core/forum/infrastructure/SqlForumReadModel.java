package id.yomu.core.forum.infrastructure;

import id.yomu.core.shared.SqlTimes;
import id.yomu.core.forum.domain.CommentRow;
import id.yomu.core.forum.domain.ForumReadModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The thread and the moderation queue in a few SQL queries each: a recursive walk finds every reply
 * below the page's roots, and counts come from correlated subqueries on the primary keys of the vote
 * and reaction tables. Author names are read from identity's account table, never written.
 */
@ApplicationScoped
public class SqlForumReadModel implements ForumReadModel {

    /** Every comment of an article under its root, and whether it is still there. */
    private static final String TREE = "WITH RECURSIVE tree(root_id, id, live) AS ("
            + " SELECT id, id, deleted_at IS NULL FROM core.comment WHERE article_id = ?1 AND parent_id IS NULL"
            + " UNION ALL"
            + " SELECT t.root_id, c.id, c.deleted_at IS NULL FROM core.comment c JOIN tree t ON c.parent_id = t.id),"
            + " shown AS (SELECT root_id FROM tree GROUP BY root_id HAVING bool_or(live)) ";

    /** One comment's columns as {@link #row} reads them; ?2 is the viewer. */
    private static final String COMMENT_COLUMNS = "c.id, c.article_id, c.parent_id, c.body, c.created_at, c.edited_at,"
            + " c.deleted_at IS NOT NULL, a.id, a.username, a.display_name, a.status = 'DELETED',"
            + " (SELECT count(*) FROM core.comment_vote v WHERE v.comment_id = c.id AND v.value = 1),"
            + " (SELECT count(*) FROM core.comment_vote v WHERE v.comment_id = c.id AND v.value = -1),"
            + " COALESCE((SELECT v.value FROM core.comment_vote v WHERE v.comment_id = c.id AND v.account_id = ?2), 0),"
            + " (SELECT json_agg(json_build_array(r.emoji, r.n, r.mine))::text FROM (SELECT emoji, count(*) AS n,"
            + " bool_or(account_id = ?2) AS mine FROM core.comment_reaction WHERE comment_id = c.id GROUP BY emoji) r)";

    private static final int COMMENT_WIDTH = 15;

    @PersistenceContext(unitName = "yomu-core")
    EntityManager em;

    @Override
    public long countShownRoots(long articleId) {
        return ((Number) em.createNativeQuery(TREE + "SELECT count(*) FROM shown")
                .setParameter(1, articleId).getSingleResult()).longValue();
    }

    @Override
    public List<CommentRow> threadPage(long articleId, long viewerId, int offset, int limit) {
        String sql = TREE + ", page AS (SELECT r.id FROM core.comment r JOIN shown s ON s.root_id = r.id"
                + " ORDER BY r.created_at DESC, r.id DESC LIMIT ?3 OFFSET ?4)"
                + " SELECT " + COMMENT_COLUMNS + " FROM tree JOIN page p ON p.id = tree.root_id"
                + " JOIN core.comment c ON c.id = tree.id JOIN core.account a ON a.id = c.author_id";
        return rows(em.createNativeQuery(sql).setParameter(1, articleId).setParameter(2, viewerId)
                .setParameter(3, limit).setParameter(4, offset).getResultList())
                .stream().map(columns -> row(columns, 0)).toList();
    }

    @Override
    public Optional<CommentRow> comment(long commentId, long viewerId) {
        String sql = "SELECT " + COMMENT_COLUMNS
                + " FROM core.comment c JOIN core.account a ON a.id = c.author_id WHERE c.id = ?1";
        return rows(em.createNativeQuery(sql).setParameter(1, commentId).setParameter(2, viewerId).getResultList())
                .stream().findFirst().map(columns -> row(columns, 0));
    }

    @Override
    public long countOpenReports() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM core.comment_report WHERE resolved_at IS NULL")
                .getSingleResult()).longValue();
    }

    @Override
    public List<ReportRow> openReports(int offset, int limit) {
        String sql = "SELECT " + COMMENT_COLUMNS + ", rp.id, rp.reason, rp.created_at, ra.id, ra.username,"
                + " ra.display_name, ra.status = 'DELETED'"
                + " FROM core.comment_report rp JOIN core.account ra ON ra.id = rp.reporter_id"
                + " JOIN core.comment c ON c.id = rp.comment_id JOIN core.account a ON a.id = c.author_id"
                + " WHERE rp.resolved_at IS NULL ORDER BY rp.created_at, rp.id LIMIT ?3 OFFSET ?1";
        return rows(em.createNativeQuery(sql).setParameter(1, offset).setParameter(2, 0L).setParameter(3, limit)
                .getResultList())
                .stream()
                .map(columns -> new ReportRow(number(columns[COMMENT_WIDTH]), (String) columns[COMMENT_WIDTH + 1],
                        SqlTimes.instant(columns[COMMENT_WIDTH + 2]), number(columns[COMMENT_WIDTH + 3]),
                        (String) columns[COMMENT_WIDTH + 4], (String) columns[COMMENT_WIDTH + 5],
                        (Boolean) columns[COMMENT_WIDTH + 6], row(columns, 0)))
                .toList();
    }

    private static List<Object[]> rows(List<?> result) {
        return result.stream().map(Object[].class::cast).toList();
    }

    private static CommentRow row(Object[] columns, int from) {
        Object[] c = Arrays.copyOfRange(columns, from, from + COMMENT_WIDTH);
        return new CommentRow(number(c[0]), number(c[1]), c[2] == null ? null : number(c[2]), (String) c[3],
                SqlTimes.instant(c[4]), c[5] == null ? null : SqlTimes.instant(c[5]), (Boolean) c[6], number(c[7]), (String) c[8],
                (String) c[9], (Boolean) c[10], number(c[11]), number(c[12]), (int) number(c[13]), reactions(c[14]));
    }

    private static List<CommentRow.ReactionTally> reactions(Object json) {
        if (json == null) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json.toString()))) {
            return reader.readArray().stream().map(JsonArray.class::cast)
                    .map(tally -> new CommentRow.ReactionTally(tally.getString(0), tally.getJsonNumber(1).longValue(),
                            tally.getBoolean(2)))
                    .toList();
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
