package id.yomu.core.quiz.application.internal;

import id.yomu.core.quiz.application.AdminQuestion;
import id.yomu.core.quiz.application.QuestionAdministration;
import id.yomu.core.quiz.application.QuestionDraft;
import id.yomu.core.quiz.application.QuizResult.ReviewOption;
import id.yomu.core.quiz.domain.Question;
import id.yomu.core.quiz.domain.QuestionRules;
import id.yomu.core.reading.application.ArticleCatalog;
import id.yomu.core.shared.ConflictException;
import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.core.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultQuestionAdministration implements QuestionAdministration {

    @PersistenceContext(unitName = "yomu-core")
    EntityManager em;

    @EJB
    ArticleCatalog catalog;

    @Override
    public List<AdminQuestion> questions(long articleId) {
        catalog.visibleArticle(articleId, true);
        return questionsOf(articleId).stream().map(DefaultQuestionAdministration::view).toList();
    }

    @Override
    public AdminQuestion add(long articleId, QuestionDraft draft) {
        catalog.visibleArticle(articleId, true);
        List<Question.OptionDraft> options = checked(draft);
        List<Question> existing = questionsOf(articleId);
        if (existing.size() >= QuestionRules.MAX_QUESTIONS) {
            throw new ConflictException("A quiz has at most " + QuestionRules.MAX_QUESTIONS + " questions");
        }
        Question question = new Question(articleId, existing.size() + 1);
        question.write(draft.prompt().strip(), blankToNull(draft.explanation()), options);
        em.persist(question);
        em.flush();
        return view(question);
    }

    @Override
    public AdminQuestion edit(long questionId, QuestionDraft draft) {
        Question question = question(questionId);
        List<Question.OptionDraft> options = checked(draft);
        question.clearOptions();
        em.flush();
        question.write(draft.prompt().strip(), blankToNull(draft.explanation()), options);
        em.flush();
        return view(question);
    }

    @Override
    public void delete(long questionId) {
        Question question = question(questionId);
        long articleId = question.articleId();
        em.remove(question);
        em.flush();
        renumber(questionsOf(articleId));
    }

    @Override
    public List<AdminQuestion> reorder(long articleId, List<Long> questionIds) {
        catalog.visibleArticle(articleId, true);
        List<Question> questions = questionsOf(articleId);
        List<Long> current = questions.stream().map(Question::id).toList();
        if (questionIds == null || questionIds.size() != current.size() || !new HashSet<>(questionIds).equals(new HashSet<>(current))) {
            throw new InvalidInputException(new FieldError("question_ids", "invalid",
                    "must name each of the article's " + current.size() + " questions exactly once"));
        }
        for (Question question : questions) {
            question.moveTo(questionIds.indexOf(question.id()) + 1);
        }
        em.flush();
        return questionsOf(articleId).stream().map(DefaultQuestionAdministration::view).toList();
    }

    private static List<Question.OptionDraft> checked(QuestionDraft draft) {
        if (draft == null) {
            throw new InvalidInputException(FieldError.required("body"));
        }
        List<Question.OptionDraft> options = draft.options() == null ? null : draft.options().stream()
                .map(option -> option == null ? null
                        : new Question.OptionDraft(option.label() == null ? null : option.label().strip(),
                        Boolean.TRUE.equals(option.correct())))
                .toList();
        List<FieldError> errors = QuestionRules.check(draft.prompt(), draft.explanation(), options);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return options;
    }

    private void renumber(List<Question> questions) {
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).moveTo(i + 1);
        }
    }

    private List<Question> questionsOf(long articleId) {
        return em.createNamedQuery("Question.findByArticle", Question.class).setParameter("article", articleId)
                .getResultList();
    }

    private Question question(long questionId) {
        return Optional.ofNullable(em.find(Question.class, questionId))
                .filter(question -> isLive(question.articleId()))
                .orElseThrow(() -> new NotFoundException("Question " + questionId));
    }

    private boolean isLive(long articleId) {
        try {
            catalog.visibleArticle(articleId, true);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static AdminQuestion view(Question question) {
        return new AdminQuestion(question.id(), question.position(), question.prompt(), question.explanation(),
                question.options().stream().map(option -> new ReviewOption(option.id(), option.label(), option.correct()))
                        .toList());
    }
}
