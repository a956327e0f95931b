package id.yomu.web.interfaces.faces;

import id.yomu.core.quiz.application.QuestionAdministration;
import id.yomu.core.reading.application.ArticleDraft;
import id.yomu.core.reading.application.ArticleView;
import id.yomu.core.reading.application.CategoryView;
import id.yomu.core.reading.application.ContentAdministration;
import id.yomu.core.reading.application.ReadingService;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.core.shared.NotFoundException;
import id.yomu.web.interfaces.text.SafeMarkdown;
import id.yomu.web.security.CurrentAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code admin/article.xhtml?id=N} edits an article, without an id writes a new one. The id travels
 * in the URL and in a hidden input; {@code &delete=1} shows what deleting takes with it before asking.
 */
@Named
@RequestScoped
public class AdminArticlePage {

    @Inject
    ContentAdministration content;

    @Inject
    ReadingService reading;

    @Inject
    QuestionAdministration questions;

    @Inject
    CurrentAccount current;

    private Long id;
    private boolean missing;
    private ArticleView article;
    private List<CategoryView> categories = List.of();
    private String title;
    private String body;
    private Integer readingLevel;
    private Long categoryId;
    private boolean published;

    @PostConstruct
    void load() {
        if (!current.isAdmin()) {
            return;
        }
        categories = reading.categories();
        id = FacesPages.number("id");
        if (id == null) {
            missing = FacesPages.parameter("id") != null && !FacesPages.parameter("id").isBlank();
            return;
        }
        try {
            show(reading.article(id, null, true));
        } catch (NotFoundException e) {
            missing = true;
        }
    }

    /** The view action: admins only; an unknown id is a 404 page. */
    public String guard() {
        String entrance = AdminPages.guard(current);
        if (entrance == null && current.isAdmin() && missing) {
            FacesPages.sendError(404, "No such article");
        }
        return entrance;
    }

    public String save() {
        current.requireAdmin();
        ArticleDraft draft = new ArticleDraft(categoryId, title, body, readingLevel, published);
        try {
            if (id == null) {
                ArticleView created = content.createArticle(draft);
                return "/admin/article?faces-redirect=true&saved=1&id=" + created.id();
            }
            show(content.updateArticle(id, draft));
            FacesPages.pageMessage(FacesMessage.SEVERITY_INFO, "admin.article_saved");
        } catch (InvalidInputException e) {
            FacesPages.fieldErrors(e.errors());
        } catch (NotFoundException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "admin.gone");
        }
        return null;
    }

    /** Shows the rendered body of what is in the form, saving nothing. */
    public String preview() {
        current.requireAdmin();
        return null;
    }

    public String delete() {
        current.requireAdmin();
        try {
            content.deleteArticle(id == null ? -1 : id);
        } catch (NotFoundException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "admin.gone");
            return null;
        }
        return "/admin/articles?faces-redirect=true&deleted=1";
    }

    private void show(ArticleView view) {
        article = view;
        id = view.id();
        title = view.title();
        body = view.body();
        readingLevel = view.readingLevel();
        categoryId = view.categoryId();
        published = view.published();
    }

    public boolean isExisting() {
        return article != null;
    }

    public boolean isSaved() {
        return FacesPages.parameter("saved") != null;
    }

    public boolean isConfirmingDelete() {
        return article != null && FacesPages.parameter("delete") != null;
    }

    public int getQuestionCount() {
        return article == null ? 0 : questions.questions(article.id()).size();
    }

    public String getPreviewHtml() {
        return body == null || body.isBlank() ? "" : SafeMarkdown.toHtml(body);
    }

    public List<CategoryView> getCategories() {
        return categories;
    }

    public Long getId() {
        return id;
    }

    public ArticleView getArticle() {
        return article;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Integer getReadingLevel() {
        return readingLevel;
    }

    public void setReadingLevel(Integer readingLevel) {
        this.readingLevel = readingLevel;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }
}
