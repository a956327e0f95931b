package id.yomu.core.quiz.application;

import java.util.List;

/** A question as the admin editor shows it, correct option included. */
public record AdminQuestion(long id, int position, String prompt, String explanation,
                            List<QuizResult.ReviewOption> options) {
}
