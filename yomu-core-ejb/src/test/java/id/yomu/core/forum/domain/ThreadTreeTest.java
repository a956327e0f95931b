package id.yomu.core.forum.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadTreeTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void rootsNewestFirstAndRepliesOldestFirstAtEveryLevel() {
        List<ThreadTree.Node> thread = ThreadTree.build(List.of(
                row(1, null, 0), row(2, null, 10), row(3, 1, 5), row(4, 1, 3), row(5, 4, 9), row(6, 4, 4)));

        assertEquals(List.of(2L, 1L), ids(thread));
        ThreadTree.Node first = thread.get(1);
        assertEquals(List.of(4L, 3L), ids(first.replies()));
        assertEquals(List.of(6L, 5L), ids(first.replies().get(0).replies()));
    }

    @Test
    void sameTimeIsOrderedById() {
        List<ThreadTree.Node> thread = ThreadTree.build(List.of(
                row(7, null, 0), row(8, null, 0), row(10, 7, 1), row(9, 7, 1)));

        assertEquals(List.of(8L, 7L), ids(thread));
        assertEquals(List.of(9L, 10L), ids(thread.get(1).replies()));
    }

    @Test
    void deletedCommentStaysWhileItHasRepliesAndVanishesWithout() {
        List<ThreadTree.Node> thread = ThreadTree.build(List.of(
                deleted(row(1, null, 0)), row(2, 1, 1),
                deleted(row(3, null, 2)),
                row(4, null, 3), deleted(row(5, 4, 4))));

        assertEquals(List.of(4L, 1L), ids(thread));
        assertTrue(thread.get(0).replies().isEmpty(), "a deleted leaf reply is not shown");
        assertEquals(List.of(2L), ids(thread.get(1).replies()));
    }

    @Test
    void deletedChainWithNothingLiveBelowVanishesWhole() {
        List<ThreadTree.Node> thread = ThreadTree.build(List.of(
                row(1, null, 0), deleted(row(2, 1, 1)), deleted(row(3, 2, 2)), deleted(row(4, 3, 3)),
                deleted(row(5, 1, 4)), row(6, 5, 5)));

        assertEquals(List.of(1L), ids(thread));
        assertEquals(List.of(5L), ids(thread.get(0).replies()), "only the branch with a live reply stays");
        assertEquals(List.of(6L), ids(thread.get(0).replies().get(0).replies()));
    }

    @Test
    void deepNestingHasNoLimit() {
        List<CommentRow> rows = new ArrayList<>();
        rows.add(row(1, null, 0));
        for (long id = 2; id <= 50; id++) {
            rows.add(row(id, (int) id - 1, (int) id));
        }
        ThreadTree.Node node = ThreadTree.build(rows).get(0);
        int depth = 1;
        while (!node.replies().isEmpty()) {
            node = node.replies().get(0);
            depth++;
        }
        assertEquals(50, depth);
    }

    private static List<Long> ids(List<ThreadTree.Node> nodes) {
        return nodes.stream().map(node -> node.comment().id()).toList();
    }

    private static CommentRow row(long id, Integer parent, int minutes) {
        return new CommentRow(id, 1, parent == null ? null : parent.longValue(), "isi " + id,
                T0.plusSeconds(60L * minutes), null, false, 1, "budi", "Budi", false, 0, 0, 0, List.of());
    }

    private static CommentRow deleted(CommentRow row) {
        return new CommentRow(row.id(), row.articleId(), row.parentId(), row.body(), row.createdAt(), null, true,
                row.authorId(), row.authorUsername(), row.authorDisplayName(), false, 0, 0, 0, List.of());
    }
}
