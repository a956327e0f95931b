package id.yomu.web.interfaces.faces;

import id.yomu.core.reading.application.ArticleQuery;
import id.yomu.core.reading.application.ArticleSummary;
import id.yomu.core.reading.application.CategoryView;
import id.yomu.core.reading.application.ReadingService;
import id.yomu.core.shared.Page;
import id.yomu.core.shared.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The home page list: GET parameters q, category, level and page, so every list state has its own URL. */
@Named
@RequestScoped
public class ArticleListPage {

    private static final int PAGE_SIZE = 20;

    @Inject
    ReadingService reading;

    private String text;
    private Long category;
    private Integer level;
    private int page;
    private Page<ArticleSummary> result;
    private List<CategoryView> categories;

    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        text = params.get("q");
        category = number(params.get("category"));
        Long levelParam = number(params.get("level"));
        level = levelParam == null || levelParam < 1 || levelParam > 5 ? null : levelParam.intValue();
        Long pageParam = number(params.get("page"));
        page = pageParam == null || pageParam < 1 || pageParam > 100_000 ? 1 : pageParam.intValue();
        categories = reading.categories();
        result = reading.browse(new ArticleQuery(category, level, text, new PageRequest(page, PAGE_SIZE)), false);
    }

    private static Long number(String raw) {
        try {
            return raw == null || raw.isBlank() ? null : Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
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

    public List<CategoryView> getCategories() {
        return categories;
    }

    public String getText() {
        return text;
    }

    public Long getCategory() {
        return category;
    }

    public Integer getLevel() {
        return level;
    }
}
