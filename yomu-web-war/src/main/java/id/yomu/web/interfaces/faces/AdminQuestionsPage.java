package id.yomu.web.interfaces.faces;

import id.yomu.core.quiz.application.AdminQuestion;
import id.yomu.core.quiz.application.QuestionAdministration;
import id.yomu.core.quiz.application.QuestionDraft;
import id.yomu.core.quiz.application.QuestionDraft.OptionDraft;
import id.yomu.core.quiz.application.QuizResult.ReviewOption;
import id.yomu.core.reading.application.ArticleView;
import id.yomu.core.reading.application.ReadingService;
import id.yomu.core.shared.ConflictException;
import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.core.shared.NotFoundException;
import id.yomu.web.security.CurrentAccount;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code admin/questions.xhtml?article=N}: the quiz editor. {@code &edit=Q} loads question Q into the
 * form; the form's six option rows are plain inputs ({@code label_0…label_5}, radio {@code correct}),
 * blank rows are left out, and errors about a row are shown next to that row. {@code &delete=Q} asks
 * before deleting question Q.
 */
@Named
@RequestScoped
public class AdminQuestionsPage {

    static final int ROWS = 6;
    /** The core's limit (QuestionRules.MAX_QUESTIONS), to hide the form instead of failing it. */
    private static final int MAX_QUESTIONS = 20;
    private static final Pattern OPTION_FIELD = Pattern.compile("options\\[(\\d)]\\.label");

    @Inject
    QuestionAdministration administration;

    @Inject
    ReadingService reading;

    @Inject
    CurrentAccount current;

    private ArticleView article;
    private List<AdminQuestion> questions = List.of();
    private Long editing;
    private String prompt;
    private String explanation;
    private final String[] labels = new String[ROWS];
    private int correct = -1;

    @PostConstruct
    void load() {
        if (!current.isAdmin()) {
            return;
        }
        Long articleId = FacesPages.number("article");
        try {
            article = articleId == null ? null : reading.article(articleId, null, true);
        } catch (NotFoundException e) {
            article = null;
        }
        if (article == null) {
            return;
        }
        questions = administration.questions(article.id());
        Long edit = FacesPages.number("edit");
        questions.stream().filter(q -> edit != null && q.id() == edit).findFirst().ifPresent(this::fill);
    }

    /** The view action: admins only; an unknown article is a 404 page. */
    public String guard() {
        String entrance = AdminPages.guard(current);
        if (entrance == null && current.isAdmin() && article == null) {
            FacesPages.sendError(404, "No such article");
        }
        return entrance;
    }

    public String save() {
        current.requireAdmin();
        if (article == null) {
            return null;
        }
        editing = FacesPages.number("question");
        prompt = FacesPages.parameter("prompt");
        explanation = FacesPages.parameter("explanation");
        List<Integer> rows = new ArrayList<>();
        List<OptionDraft> options = new ArrayList<>();
        Long chosen = FacesPages.number("correct");
        correct = chosen == null ? -1 : chosen.intValue();
        for (int row = 0; row < ROWS; row++) {
            labels[row] = FacesPages.parameter("label_" + row);
            if (labels[row] != null && !labels[row].isBlank()) {
                rows.add(row);
                options.add(new OptionDraft(labels[row], row == correct));
            }
        }
        try {
            QuestionDraft draft = new QuestionDraft(prompt, explanation, options);
            if (editing == null) {
                administration.add(article.id(), draft);
            } else {
                administration.edit(editing, draft);
            }
            return "/admin/questions?faces-redirect=true&saved=1&article=" + article.id();
        } catch (InvalidInputException e) {
            FacesPages.fieldErrors(e.errors().stream().map(error -> byRow(error, rows)).toList());
        } catch (ConflictException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "admin.quiz_full");
        } catch (NotFoundException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "admin.gone");
        }
        return null;
    }

    public String moveUp() {
        return move(-1);
    }

    public String moveDown() {
        return move(1);
    }

    public String delete() {
        current.requireAdmin();
        try {
            administration.delete(question());
        } catch (NotFoundException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "admin.gone");
            return null;
        }
        return "/admin/questions?faces-redirect=true&article=" + article.id();
    }

    private String move(int step) {
        current.requireAdmin();
        if (article == null) {
            return null;
        }
        List<Long> order = new ArrayList<>(questions.stream().map(AdminQuestion::id).toList());
        int from = order.indexOf(question());
        int to = from + step;
        if (from < 0 || to < 0 || to >= order.size()) {
            return null;
        }
        order.add(to, order.remove(from));
        try {
            administration.reorder(article.id(), order);
        } catch (InvalidInputException e) {
            FacesPages.pageMessage(FacesMessage.SEVERITY_ERROR, "admin.changed_meanwhile");
            return null;
        }
        return "/admin/questions?faces-redirect=true&article=" + article.id();
    }

    private static long question() {
        Long id = FacesPages.number("question");
        return id == null ? -1 : id;
    }

    /** "options[i].label" counts only the filled rows: name the row the admin sees instead. */
    private static FieldError byRow(FieldError error, List<Integer> rows) {
        Matcher option = OPTION_FIELD.matcher(error.field());
        if (option.matches() && Integer.parseInt(option.group(1)) < rows.size()) {
            int row = rows.get(Integer.parseInt(option.group(1)));
            return new FieldError("label_" + row, error.code(), error.message());
        }
        return error;
    }

    private void fill(AdminQuestion question) {
        editing = question.id();
        prompt = question.prompt();
        explanation = question.explanation();
        List<ReviewOption> options = question.options();
        for (int row = 0; row < options.size() && row < ROWS; row++) {
            labels[row] = options.get(row).label();
            if (options.get(row).correct()) {
                correct = row;
            }
        }
    }

    /** The error of one field of the plain form (prompt, explanation, options, label_N), shown beside it. */
    public String error(String field) {
        return FacesContext.getCurrentInstance().getMessageList(field).stream()
                .map(FacesMessage::getDetail).findFirst().orElse(null);
    }

    public String label(int row) {
        return labels[row];
    }

    public boolean isCorrect(int row) {
        return correct == row;
    }

    public List<Integer> getRows() {
        return Arrays.asList(0, 1, 2, 3, 4, 5);
    }

    /** The question that {@code &delete=Q} asks to confirm deleting, or null. */
    public AdminQuestion getDeleting() {
        Long id = FacesPages.number("delete");
        return questions.stream().filter(q -> id != null && q.id() == id).findFirst().orElse(null);
    }

    public boolean isSaved() {
        return FacesPages.parameter("saved") != null;
    }

    public boolean isFull() {
        return editing == null && questions.size() >= MAX_QUESTIONS;
    }

    public ArticleView getArticle() {
        return article;
    }

    public List<AdminQuestion> getQuestions() {
        return questions;
    }

    public Long getEditing() {
        return editing;
    }

    public String getPrompt() {
        return prompt;
    }

    public String getExplanation() {
        return explanation;
    }
}
