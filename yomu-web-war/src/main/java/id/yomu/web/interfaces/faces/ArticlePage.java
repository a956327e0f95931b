package id.yomu.web.interfaces.faces;

import id.yomu.core.identity.application.AuthenticatedAccount;
import id.yomu.core.quiz.application.QuizService;
import id.yomu.core.reading.application.ArticleView;
import id.yomu.core.reading.application.ReadingService;
import id.yomu.core.shared.NotFoundException;
import id.yomu.web.interfaces.text.SafeMarkdown;
import id.yomu.web.security.CurrentAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** One article: {@code article.xhtml?id=N}; a hidden, deleted or unknown article is a 404 page. */
@Named
@RequestScoped
public class ArticlePage {

    @Inject
    ReadingService reading;

    @Inject
    CurrentAccount current;

    @Inject
    QuizService quizzes;

    @Inject
    DisplayZone displayZone;

    private ArticleView article;

    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        // A postback of the thread's forms carries the article as thread_article, not as the page's id.
        String id = params.containsKey("id") ? params.get("id") : params.get("thread_article");
        try {
            article = reading.article(Long.parseLong(id == null ? "" : id.strip()),
                    current.get().map(AuthenticatedAccount::id).orElse(null), false);
        } catch (NumberFormatException | NotFoundException e) {
            article = null;
        }
    }

    /** The view action: no article, no page. */
    public void requireArticle() throws java.io.IOException {
        if (article == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No such article");
            faces.responseComplete();
        }
    }

    public String markRead() {
        if (article == null) {
            return null;
        }
        if (current.get().isEmpty()) {
            return FacesPages.redirect("/login");
        }
        reading.markRead(article.id(), current.require().id());
        return "/article?faces-redirect=true&id=" + article.id();
    }

    public boolean isHasQuiz() {
        return article != null && quizzes.questionCount(article.id()) > 0;
    }

    public boolean isFound() {
        return article != null;
    }

    public long getId() {
        return article.id();
    }

    public String getTitle() {
        return article.title();
    }

    public String getBodyHtml() {
        return SafeMarkdown.toHtml(article.body());
    }

    public String getCategoryName() {
        return article.categoryName();
    }

    public int getReadingLevel() {
        return article.readingLevel();
    }

    public int getReadingMinutes() {
        return article.readingMinutes();
    }

    public boolean isRead() {
        return article.readByMe();
    }

    public String getPublishedOn() {
        return displayZone.dateOf(article.createdAt()).toString();
    }
}
