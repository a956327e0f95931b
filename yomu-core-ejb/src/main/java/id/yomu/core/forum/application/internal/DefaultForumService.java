package id.yomu.core.forum.application.internal;

import id.yomu.core.events.CoreEventType;
import id.yomu.core.platform.metrics.BusinessMetrics;
import id.yomu.core.platform.metrics.CommitMetrics;
import id.yomu.core.events.EventOutbox;
import id.yomu.core.forum.application.CommentCounts;
import id.yomu.core.forum.application.CommentView;
import id.yomu.core.forum.application.ForumService;
import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import id.yomu.core.forum.application.Viewer;
import id.yomu.core.forum.domain.Comment;
import id.yomu.core.forum.domain.CommentReport;
import id.yomu.core.forum.domain.CommentRules;
import id.yomu.core.forum.domain.ForumReadModel;
import id.yomu.core.forum.domain.ForumRepository;
import id.yomu.core.forum.domain.ThreadTree;
import id.yomu.core.forum.domain.Vote;
import id.yomu.core.reading.application.ArticleCatalog;
import id.yomu.core.shared.ConflictException;
import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.ForbiddenActionException;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.core.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

@Stateless
public class DefaultForumService implements ForumService {

    @Inject
    CommitMetrics metrics;

    @Inject
    ForumRepository forum;

    @Inject
    ForumReadModel reads;

    @Inject
    EventOutbox outbox;

    @EJB
    ArticleCatalog articles;

    @Inject
    CommentRemoval removal;

    @Override
    public Page<CommentView> thread(long articleId, Viewer viewer, PageRequest page) {
        articles.visibleArticle(articleId, viewer.admin());
        long total = reads.countShownRoots(articleId);
        List<ThreadTree.Node> roots = ThreadTree.build(
                reads.threadPage(articleId, viewer.accountId(), page.offset(), page.size()));
        return new Page<>(CommentViews.of(roots, viewer.accountId()), total, page.page(), page.size());
    }

    @Override
    public CommentView post(long articleId, Viewer author, String body, Long parentId) {
        articles.visibleArticle(articleId, author.admin());
        String text = CommentRules.checkedBody(body);
        if (parentId != null) {
            checkParent(articleId, parentId);
        }
        Comment comment = forum.add(new Comment(articleId, author.accountId(), parentId, text, Instant.now()));
        outbox.record(CoreEventType.COMMENT_POSTED, author.accountId(),
                Map.of("comment_id", comment.id(), "article_id", articleId));
        metrics.countOnCommit(BusinessMetrics.COMMENTS_POSTED);
        return view(comment.id(), author);
    }

    @Override
    public CommentView edit(long commentId, Viewer author, String body) {
        Comment comment = liveComment(commentId, author);
        if (!comment.writtenBy(author.accountId())) {
            throw new ForbiddenActionException("Only its author may edit a comment");
        }
        comment.edit(CommentRules.checkedBody(body), Instant.now());
        forum.flush();
        return view(commentId, author);
    }

    @Override
    public void delete(long commentId, Viewer viewer) {
        Comment comment = liveComment(commentId, viewer);
        if (!comment.writtenBy(viewer.accountId()) && !viewer.admin()) {
            throw new ForbiddenActionException("Only its author or an admin may delete a comment");
        }
        removal.delete(comment);
    }

    @Override
    public CommentCounts vote(long commentId, Viewer viewer, String value) {
        Vote clicked = Vote.parse(value);
        liveComment(commentId, viewer);
        Vote.after(forum.voteOf(commentId, viewer.accountId()), clicked).ifPresentOrElse(
                vote -> forum.putVote(commentId, viewer.accountId(), vote),
                () -> forum.removeVote(commentId, viewer.accountId(), clicked));
        return CommentViews.counts(row(commentId, viewer));
    }

    @Override
    public CommentCounts react(long commentId, Viewer viewer, String emoji) {
        String checked = CommentRules.checkedEmoji(emoji);
        liveComment(commentId, viewer);
        if (forum.hasReaction(commentId, viewer.accountId(), checked)) {
            forum.removeReaction(commentId, viewer.accountId(), checked);
        } else {
            forum.addReaction(commentId, viewer.accountId(), checked);
        }
        return CommentViews.counts(row(commentId, viewer));
    }

    @Override
    public long report(long commentId, Viewer reporter, String reason) {
        String checked = CommentRules.checkedReason(reason);
        liveComment(commentId, reporter);
        if (forum.hasOpenReport(commentId, reporter.accountId())) {
            throw new ConflictException("You already reported this comment; a moderator will look at it");
        }
        return forum.add(new CommentReport(commentId, reporter.accountId(), checked, Instant.now())).id();
    }

    private void checkParent(long articleId, long parentId) {
        Comment parent = forum.findComment(parentId)
                .filter(candidate -> candidate.articleId() == articleId)
                .orElseThrow(() -> new InvalidInputException(new FieldError("parent_id", "not_in_thread",
                        "must be a comment of the same article")));
        if (parent.deleted()) {
            throw new InvalidInputException(new FieldError("parent_id", "deleted", "is a deleted comment"));
        }
    }

    /** A comment that is not deleted, of an article the viewer may see. */
    private Comment liveComment(long commentId, Viewer viewer) {
        Comment comment = forum.findComment(commentId)
                .filter(found -> !found.deleted())
                .orElseThrow(() -> new NotFoundException("Comment " + commentId));
        articles.visibleArticle(comment.articleId(), viewer.admin());
        return comment;
    }

    private CommentView view(long commentId, Viewer viewer) {
        return CommentViews.of(row(commentId, viewer), List.of(), viewer.accountId(), false);
    }

    private id.yomu.core.forum.domain.CommentRow row(long commentId, Viewer viewer) {
        return reads.comment(commentId, viewer.accountId())
                .orElseThrow(() -> new NotFoundException("Comment " + commentId));
    }
}
