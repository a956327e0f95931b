package id.yomu.core.forum.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the flat comments of some roots and all their descendants into the thread as readers see it:
 * roots newest first, replies oldest first at every level, and deleted comments kept only while some
 * reply below them is still there, so that replies keep their place and nothing else is shown.
 */
public final class ThreadTree {

    private static final Comparator<CommentRow> OLDEST_FIRST =
            Comparator.comparing(CommentRow::createdAt).thenComparingLong(CommentRow::id);

    /** One comment with its replies. */
    public record Node(CommentRow comment, List<Node> replies) {
    }

    private ThreadTree() {
    }

    public static List<Node> build(List<CommentRow> rows) {
        Set<Long> ids = rows.stream().map(CommentRow::id).collect(Collectors.toSet());
        Map<Long, List<CommentRow>> children = new HashMap<>();
        List<CommentRow> roots = new ArrayList<>();
        for (CommentRow row : rows) {
            if (row.parentId() == null || !ids.contains(row.parentId())) {
                roots.add(row);
            } else {
                children.computeIfAbsent(row.parentId(), parent -> new ArrayList<>()).add(row);
            }
        }
        roots.sort(OLDEST_FIRST.reversed());
        return nodes(roots, children);
    }

    private static List<Node> nodes(List<CommentRow> level, Map<Long, List<CommentRow>> children) {
        List<Node> kept = new ArrayList<>();
        for (CommentRow row : level) {
            List<CommentRow> replies = new ArrayList<>(children.getOrDefault(row.id(), List.of()));
            replies.sort(OLDEST_FIRST);
            List<Node> shownReplies = nodes(replies, children);
            if (!row.deleted() || !shownReplies.isEmpty()) {
                kept.add(new Node(row, shownReplies));
            }
        }
        return kept;
    }
}
