package id.yomu.web.interfaces.faces;

import id.yomu.core.quiz.application.Answer;
import id.yomu.core.quiz.application.QuizQuestion;
import id.yomu.core.quiz.application.QuizResult;
import id.yomu.core.quiz.application.QuizService;
import id.yomu.core.quiz.application.QuizView;
import id.yomu.core.shared.ConflictException;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.core.shared.NotFoundException;
import id.yomu.web.security.CurrentAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code quiz.xhtml?article=N}: the questions as radio groups named after each question, or, once
 * submitted, the review. Needs a login; an article without a published quiz is a 404 page.
 */
@Named
@RequestScoped
public class QuizPage {

    @Inject
    QuizService quizzes;

    @Inject
    CurrentAccount current;

    private long articleId;
    private QuizView view;

    @PostConstruct
    void load() {
        String article = parameters().get("article");
        try {
            articleId = Long.parseLong(article == null ? "" : article.strip());
            if (current.get().isPresent()) {
                view = quizzes.open(articleId, current.require().id());
            }
        } catch (NumberFormatException | NotFoundException e) {
            view = null;
        }
    }

    /** The view action: anonymous readers log in first; no quiz, no page. */
    public String guard() throws IOException {
        if (current.get().isEmpty()) {
            return FacesPages.logInThenReturn();
        }
        if (view == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No such quiz");
            faces.responseComplete();
        }
        return null;
    }

    public String submit() {
        if (view == null || current.get().isEmpty()) {
            return FacesPages.redirect("/login");
        }
        List<Answer> answers = new ArrayList<>();
        Map<String, String> params = parameters();
        for (QuizQuestion question : view.questions()) {
            String chosen = params.get("q" + question.id());
            if (chosen != null && chosen.matches("\\d{1,18}")) {
                answers.add(new Answer(question.id(), Long.valueOf(chosen)));
            }
        }
        try {
            QuizResult result = quizzes.submit(articleId, current.require().id(), answers);
            view = new QuizView(articleId, view.articleTitle(), true, List.of(), result);
        } catch (InvalidInputException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "quiz.answer_all");
        } catch (ConflictException e) {
            view = quizzes.open(articleId, current.require().id());
        }
        return null;
    }

    private static Map<String, String> parameters() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.getRequestParameterMap();
    }

    public boolean isFound() {
        return view != null;
    }

    public boolean isSubmitted() {
        return view != null && view.submitted();
    }

    public long getArticleId() {
        return articleId;
    }

    public String getArticleTitle() {
        return view == null ? "" : view.articleTitle();
    }

    public List<QuizQuestion> getQuestions() {
        return view == null ? List.of() : view.questions();
    }

    public QuizResult getResult() {
        return view == null ? null : view.result();
    }

    public String getTimeTaken() {
        long seconds = view.result().timeTakenMs() / 1000;
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
