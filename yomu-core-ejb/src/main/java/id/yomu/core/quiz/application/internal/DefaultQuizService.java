package id.yomu.core.quiz.application.internal;

import id.yomu.core.events.CoreEventType;
import id.yomu.core.events.EventOutbox;
import id.yomu.core.platform.metrics.BusinessMetrics;
import id.yomu.core.platform.metrics.CommitMetrics;
import id.yomu.core.quiz.application.Answer;
import id.yomu.core.quiz.application.QuizQuestion;
import id.yomu.core.quiz.application.QuizResult;
import id.yomu.core.quiz.application.QuizResult.ReviewItem;
import id.yomu.core.quiz.application.QuizResult.ReviewOption;
import id.yomu.core.quiz.application.QuizService;
import id.yomu.core.quiz.application.QuizView;
import id.yomu.core.quiz.domain.AnswerOption;
import id.yomu.core.quiz.domain.AttemptStore;
import id.yomu.core.quiz.domain.Question;
import id.yomu.core.quiz.domain.QuestionRules;
import id.yomu.core.quiz.domain.StoredAttempt;
import id.yomu.core.reading.application.ArticleCatalog;
import id.yomu.core.reading.application.ArticleSummary;
import id.yomu.core.reading.application.ReadingService;
import id.yomu.core.shared.ConflictException;
import id.yomu.core.shared.InvalidInputException;
import id.yomu.core.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Stateless
public class DefaultQuizService implements QuizService {

    @PersistenceContext(unitName = "yomu-core")
    EntityManager em;

    @EJB
    ArticleCatalog catalog;

    @EJB
    ReadingService reading;

    @Inject
    AttemptStore attempts;

    @Inject
    EventOutbox outbox;

    @Inject
    ReviewCodec reviews;

    @Inject
    CommitMetrics metrics;

    @Override
    public QuizView open(long articleId, long readerId) {
        ArticleSummary article = catalog.visibleArticle(articleId, false);
        var stored = attempts.find(readerId, articleId);
        if (stored.isPresent()) {
            return new QuizView(articleId, article.title(), true, List.of(), result(articleId, stored.get()));
        }
        List<Question> questions = questionsOf(articleId);
        attempts.recordOpening(readerId, articleId);
        return new QuizView(articleId, article.title(), false, questions.stream().map(DefaultQuizService::withoutAnswers).toList(),
                null);
    }

    @Override
    public QuizResult submit(long articleId, long readerId, List<Answer> answers) {
        catalog.visibleArticle(articleId, false);
        List<Question> questions = questionsOf(articleId);
        if (attempts.find(readerId, articleId).isPresent()) {
            throw new ConflictException("You have already submitted this quiz; only one attempt is allowed");
        }
        Map<Long, Long> chosen = AnswerSheet.check(questions, answers);
        List<ReviewItem> review = new ArrayList<>();
        for (Question question : questions) {
            review.add(reviewOf(question, chosen.get(question.id())));
        }
        int correct = (int) review.stream().filter(ReviewItem::correct).count();
        int score = QuestionRules.score(correct, questions.size());
        attempts.recordOpening(readerId, articleId);
        StoredAttempt stored = attempts.storeOnce(readerId, articleId, correct, questions.size(), score,
                        reviews.write(review))
                .orElseThrow(() -> new ConflictException("You have already submitted this quiz; only one attempt is allowed"));
        reading.markRead(articleId, readerId);
        outbox.record(CoreEventType.QUIZ_COMPLETED, readerId, Map.of("article_id", articleId, "score", score,
                "accuracy", score, "correct_count", correct, "question_count", questions.size(),
                "time_taken_ms", stored.timeTakenMs()));
        metrics.countOnCommit(BusinessMetrics.QUIZ_SUBMISSIONS);
        metrics.recordOnCommit(BusinessMetrics.QUIZ_ACCURACY, score);
        return result(articleId, stored);
    }

    @Override
    public QuizResult result(long articleId, long readerId) {
        catalog.visibleArticle(articleId, false);
        return attempts.find(readerId, articleId).map(stored -> result(articleId, stored))
                .orElseThrow(() -> new NotFoundException("Quiz result"));
    }

    @Override
    public int questionCount(long articleId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM core.question WHERE article_id = ?1")
                .setParameter(1, articleId).getSingleResult()).intValue();
    }

    private List<Question> questionsOf(long articleId) {
        List<Question> questions = em.createNamedQuery("Question.findByArticle", Question.class)
                .setParameter("article", articleId).getResultList();
        if (questions.isEmpty()) {
            throw new NotFoundException("Quiz of article " + articleId);
        }
        return questions;
    }

    private QuizResult result(long articleId, StoredAttempt stored) {
        return new QuizResult(articleId, stored.score(), stored.correctCount(), stored.questionCount(),
                stored.timeTakenMs(), stored.submittedAt(), reviews.read(stored.reviewJson()));
    }

    private static QuizQuestion withoutAnswers(Question question) {
        return new QuizQuestion(question.id(), question.position(), question.prompt(), question.options().stream()
                .map(option -> new QuizQuestion.Choice(option.id(), option.label())).toList());
    }

    private static ReviewItem reviewOf(Question question, long chosenOptionId) {
        long correctId = question.options().stream().filter(AnswerOption::correct).findFirst()
                .map(AnswerOption::id).orElseThrow(() -> new InvalidInputException(
                        new id.yomu.core.shared.FieldError("answers", "no_correct_option", "a question has no correct option")));
        return new ReviewItem(question.id(), question.prompt(), question.options().stream()
                .map(option -> new ReviewOption(option.id(), option.label(), option.correct())).toList(),
                chosenOptionId, correctId, chosenOptionId == correctId, question.explanation());
    }
}
