package id.yomu.core.quiz.application;

import java.time.Instant;
import java.util.List;

/** A stored attempt: score (= accuracy), time taken from the first opening, and the review as it was. */
public record QuizResult(long articleId, int score, int correctCount, int questionCount, long timeTakenMs,
                         Instant submittedAt, List<ReviewItem> review) {

    /** One question after submitting: the reader's choice, the correct one and why. */
    public record ReviewItem(long questionId, String prompt, List<ReviewOption> options, long chosenOptionId,
                             long correctOptionId, boolean correct, String explanation) {
    }

    /** An option with its correctness, shown only after submitting (and to admins). */
    public record ReviewOption(long id, String label, boolean correct) {
    }
}
