package id.yomu.core.forum.application.internal;

import id.yomu.core.forum.application.AuthorView;
import id.yomu.core.forum.application.CommentCounts;
import id.yomu.core.forum.application.CommentView;
import id.yomu.core.forum.domain.CommentRow;
import id.yomu.core.forum.domain.CommentRules;
import id.yomu.core.forum.domain.ThreadTree;
import id.yomu.core.forum.domain.Vote;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Rows of the read model as the views the API and the pages show. */
final class CommentViews {

    private CommentViews() {
    }

    static List<CommentView> of(List<ThreadTree.Node> nodes, long viewerId) {
        return nodes.stream().map(node -> of(node.comment(), of(node.replies(), viewerId), viewerId, false)).toList();
    }

    /** A deleted comment hides its body and author, unless a moderator asks for what it was. */
    static CommentView of(CommentRow row, List<CommentView> replies, long viewerId, boolean unmasked) {
        boolean masked = row.deleted() && !unmasked;
        CommentCounts counts = counts(row);
        return new CommentView(row.id(), row.articleId(), row.parentId(),
                masked ? null : author(row),
                masked ? CommentView.DELETED_BODY : row.body(),
                row.createdAt(), row.editedAt(), row.editedAt() != null, row.deleted(),
                row.authorId() == viewerId, counts.upvotes(), counts.downvotes(), counts.myVote(), counts.reactions(),
                replies);
    }

    static AuthorView author(CommentRow row) {
        return AuthorView.of(row.authorDisplayName(), row.authorUsername(), row.authorDeleted());
    }

    /** Every emoji of the set in its order, so that clients can show zero counts too. */
    static CommentCounts counts(CommentRow row) {
        Map<String, CommentRow.ReactionTally> byEmoji = row.reactions().stream()
                .collect(Collectors.toMap(CommentRow.ReactionTally::emoji, Function.identity()));
        List<CommentCounts.ReactionCount> reactions = CommentRules.EMOJIS.stream()
                .map(emoji -> {
                    CommentRow.ReactionTally tally = byEmoji.get(emoji);
                    return new CommentCounts.ReactionCount(emoji, tally == null ? 0 : tally.count(),
                            tally != null && tally.mine());
                })
                .toList();
        String myVote = row.viewerVote() == 0 ? null : Vote.ofStored(row.viewerVote()).name();
        return new CommentCounts(row.id(), row.upvotes(), row.downvotes(), myVote, reactions);
    }
}
