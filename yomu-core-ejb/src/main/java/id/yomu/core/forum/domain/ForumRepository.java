package id.yomu.core.forum.domain;

import java.util.List;
import java.util.Optional;

/** Where comments, their votes and reactions, and reports live. */
public interface ForumRepository {

    Optional<Comment> findComment(long id);

    /** Stores a new comment and flushes, so that its id is known. */
    Comment add(Comment comment);

    Optional<CommentReport> findReport(long id);

    CommentReport add(CommentReport report);

    List<CommentReport> openReportsOf(long commentId);

    boolean hasOpenReport(long commentId, long reporterId);

    Optional<Vote> voteOf(long commentId, long accountId);

    /** Sets the vote; a concurrent first vote of the same reader is overwritten, never a failure. */
    void putVote(long commentId, long accountId, Vote vote);

    /** Removes the vote if it is still this one. */
    void removeVote(long commentId, long accountId, Vote vote);

    boolean hasReaction(long commentId, long accountId, String emoji);

    /** Adds the reaction; one added concurrently by the same reader is kept, never a failure. */
    void addReaction(long commentId, long accountId, String emoji);

    void removeReaction(long commentId, long accountId, String emoji);

    /** Writes pending changes, so that queries in the same transaction see them. */
    void flush();
}
