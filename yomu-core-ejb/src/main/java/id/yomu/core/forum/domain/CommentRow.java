package id.yomu.core.forum.domain;

import java.time.Instant;
import java.util.List;

/**
 * One comment as the thread shows it to one viewer, flat: who wrote it (null names when the account is
 * deleted), its counts and the viewer's own vote ({@code +1}, {@code -1} or 0) and reactions.
 */
public record CommentRow(long id, long articleId, Long parentId, String body, Instant createdAt, Instant editedAt,
                         boolean deleted, long authorId, String authorUsername, String authorDisplayName,
                         boolean authorDeleted, long upvotes, long downvotes, int viewerVote,
                         List<ReactionTally> reactions) {

    /** How many readers reacted with one emoji, and whether the viewer is one of them. */
    public record ReactionTally(String emoji, long count, boolean mine) {
    }
}
