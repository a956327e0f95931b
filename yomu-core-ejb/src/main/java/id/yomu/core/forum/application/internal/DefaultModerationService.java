package id.yomu.core.forum.application.internal;

import id.yomu.core.forum.application.AuthorView;
import id.yomu.core.forum.application.ModerationService;
import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import id.yomu.core.forum.application.ReportView;
import id.yomu.core.forum.domain.CommentReport;
import id.yomu.core.forum.domain.ForumReadModel;
import id.yomu.core.forum.domain.ForumRepository;
import id.yomu.core.shared.ConflictException;
import id.yomu.core.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

@Stateless
public class DefaultModerationService implements ModerationService {

    /** The queue is the same for every admin: no comment is "mine" and no vote is shown as theirs. */
    private static final long NOBODY = 0;

    @Inject
    ForumRepository forum;

    @Inject
    ForumReadModel reads;

    @Inject
    CommentRemoval removal;

    @Override
    public Page<ReportView> openReports(PageRequest page) {
        long total = reads.countOpenReports();
        List<ReportView> items = reads.openReports(page.offset(), page.size()).stream()
                .map(row -> new ReportView(row.id(), row.reason(), row.createdAt(),
                        AuthorView.of(row.reporterDisplayName(), row.reporterUsername(), row.reporterDeleted()),
                        CommentViews.of(row.comment(), List.of(), NOBODY, true)))
                .toList();
        return new Page<>(items, total, page.page(), page.size());
    }

    @Override
    public void dismiss(long reportId) {
        openReport(reportId).resolve(CommentReport.Resolution.DISMISSED, Instant.now());
        forum.flush();
    }

    @Override
    public void deleteComment(long reportId) {
        CommentReport report = openReport(reportId);
        removal.delete(forum.findComment(report.commentId())
                .orElseThrow(() -> new NotFoundException("Comment " + report.commentId())));
    }

    private CommentReport openReport(long reportId) {
        CommentReport report = forum.findReport(reportId)
                .orElseThrow(() -> new NotFoundException("Report " + reportId));
        if (!report.open()) {
            throw new ConflictException("This report is already resolved");
        }
        return report;
    }
}
