package id.yomu.core.forum.application;

import java.util.List;

/**
 * A comment's votes and reactions as one viewer sees them: my_vote is UPVOTE, DOWNVOTE or absent, and
 * reactions list every emoji of the fixed set, in order, with its count and whether it is the viewer's.
 */
public record CommentCounts(long commentId, long upvotes, long downvotes, String myVote, List<ReactionCount> reactions) {

    /** One emoji's count. */
    public record ReactionCount(String emoji, long count, boolean mine) {
    }
}
