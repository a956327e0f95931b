package id.yomu.core.quiz.domain;

import java.time.Instant;

/** An attempt as the database holds it; the review is the JSON snapshot taken at submit time. */
public record StoredAttempt(int correctCount, int questionCount, int score, long timeTakenMs, Instant submittedAt,
                            String reviewJson) {
}
