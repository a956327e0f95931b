package id.yomu.web.interfaces.faces;

import id.yomu.core.reading.application.ArticleQuery;
import id.yomu.core.reading.application.ArticleSummary;
import id.yomu.core.reading.application.ReadingService;
import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import id.yomu.web.security.CurrentAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code admin/articles.xhtml?q=…&page=N}: every article, hidden ones too, 20 at a time. */
@Named
@RequestScoped
public class AdminArticlesPage {

    private static final int PAGE_SIZE = 20;

    @Inject
    ReadingService reading;

    @Inject
    CurrentAccount current;

    private String text;
    private int page;
    private Page<ArticleSummary> result = new Page<>(List.of(), 0, 1, PAGE_SIZE);

    @PostConstruct
    void load() {
        text = FacesPages.parameter("q");
        Long pageParam = FacesPages.number("page");
        page = pageParam == null || pageParam < 1 || pageParam > 100_000 ? 1 : pageParam.intValue();
        if (!current.isAdmin()) {
            return;
        }
        result = reading.browse(new ArticleQuery(null, null, text, new PageRequest(page, PAGE_SIZE)), true);
    }

    public String guard() {
        return AdminPages.guard(current);
    }

    public List<ArticleSummary> getArticles() {
        return result.items();
    }

    public long getTotal() {
        return result.total();
    }

    public Pager getPager() {
        return Pager.of(result);
    }

    public String getText() {
        return text;
    }

    public boolean isDeleted() {
        return FacesPages.parameter("deleted") != null;
    }
}
