package id.yomu.core.forum.application;

import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;

import jakarta.ejb.Local;

/** Reading and writing an article's thread (spec §3). Unknown or invisible articles and comments are not found. */
@Local
public interface ForumService {

    /** Roots newest first with all their replies nested, oldest first. */
    Page<CommentView> thread(long articleId, Viewer viewer, PageRequest page);

    /** Posts a root comment, or a reply when parentId is given, and announces it to the engine. */
    CommentView post(long articleId, Viewer author, String body, Long parentId);

    /** Only the author may edit. */
    CommentView edit(long commentId, Viewer author, String body);

    /** The author or an admin may delete; open reports of the comment are resolved. */
    void delete(long commentId, Viewer viewer);

    /** UPVOTE or DOWNVOTE as a toggle: the same again takes it back, the other replaces it. */
    CommentCounts vote(long commentId, Viewer viewer, String value);

    /** Adds the emoji reaction, or takes it back if the viewer had it. */
    CommentCounts react(long commentId, Viewer viewer, String emoji);

    /** Reports the comment to the moderators; returns the report's id. */
    long report(long commentId, Viewer reporter, String reason);
}
