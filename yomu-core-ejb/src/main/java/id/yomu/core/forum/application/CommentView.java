package id.yomu.core.forum.application;

import java.time.Instant;
import java.util.List;

/**
 * A comment in a thread. The body is plain text exactly as typed, to be shown escaped with its line
 * breaks. A deleted comment (kept because it has replies) has the body "[komentar dihapus]" and no
 * author. mine says whether the viewer wrote it.
 */
public record CommentView(long id, long articleId, Long parentId, AuthorView author, String body, Instant createdAt,
                          Instant editedAt, boolean edited, boolean deleted, boolean mine, long upvotes,
                          long downvotes, String myVote, List<CommentCounts.ReactionCount> reactions,
                          List<CommentView> replies) {

    public static final String DELETED_BODY = "[komentar dihapus]";
}
