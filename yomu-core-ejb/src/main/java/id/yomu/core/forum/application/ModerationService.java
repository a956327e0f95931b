package id.yomu.core.forum.application;

import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;

import jakarta.ejb.Local;

/** The admins' moderation queue of reported comments. Callers check that the caller is an admin. */
@Local
public interface ModerationService {

    /** Open reports, oldest first. */
    Page<ReportView> openReports(PageRequest page);

    void dismiss(long reportId);

    /** Deletes the reported comment, which resolves all its open reports. */
    void deleteComment(long reportId);
}
