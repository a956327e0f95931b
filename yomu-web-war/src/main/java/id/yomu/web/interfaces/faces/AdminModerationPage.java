package id.yomu.web.interfaces.faces;

import id.yomu.core.forum.application.ModerationService;
import id.yomu.core.forum.application.ReportView;
import id.yomu.core.shared.ConflictException;
import id.yomu.core.shared.NotFoundException;
import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import id.yomu.web.security.CurrentAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code admin/moderation.xhtml}: open reports, oldest first, 20 a page; dismiss or delete the comment. */
@Named
@RequestScoped
public class AdminModerationPage {

    private static final int PAGE_SIZE = 20;

    @Inject
    ModerationService moderation;

    @Inject
    CurrentAccount current;

    private int page;
    private Page<ReportView> reports = new Page<>(List.of(), 0, 1, PAGE_SIZE);

    @PostConstruct
    void load() {
        Long pageParam = FacesPages.number("page");
        page = pageParam == null || pageParam < 1 || pageParam > 100_000 ? 1 : pageParam.intValue();
        if (current.isAdmin()) {
            reports = moderation.openReports(new PageRequest(page, PAGE_SIZE));
        }
    }

    public String guard() {
        return AdminPages.guard(current);
    }

    public String dismiss() {
        return resolve(false);
    }

    public String deleteComment() {
        return resolve(true);
    }

    private String resolve(boolean delete) {
        current.requireAdmin();
        Long report = FacesPages.number("report_id");
        try {
            if (report == null) {
                throw new NotFoundException("Report");
            }
            if (delete) {
                moderation.deleteComment(report);
            } else {
                moderation.dismiss(report);
            }
            return "/admin/moderation?faces-redirect=true&page=" + page;
        } catch (NotFoundException | ConflictException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "admin.report_gone");
            return null;
        }
    }

    public List<ReportView> getReports() {
        return reports.items();
    }

    public long getTotal() {
        return reports.total();
    }

    public Pager getPager() {
        return Pager.of(reports);
    }
}
