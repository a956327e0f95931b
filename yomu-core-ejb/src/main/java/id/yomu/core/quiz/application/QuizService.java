package id.yomu.core.quiz.application;

import jakarta.ejb.Local;
import java.util.List;

/** Taking a quiz (spec §2): open, submit once, review. */
@Local
public interface QuizService {

    /** Opens the quiz (the first opening starts the clock) or, when already submitted, shows the result. */
    QuizView open(long articleId, long readerId);

    /** Stores the one attempt: every question answered exactly once; 409 when one exists already. */
    QuizResult submit(long articleId, long readerId, List<Answer> answers);

    QuizResult result(long articleId, long readerId);

    /** How many questions the article's quiz has (0: no quiz yet). */
    int questionCount(long articleId);
}
