package id.yomu.core.quiz.application;

import java.util.List;

/** Opening a quiz: its questions, or, once submitted, the stored result instead. */
public record QuizView(long articleId, String articleTitle, boolean submitted, List<QuizQuestion> questions,
                       QuizResult result) {
}
