package id.yomu.core.quiz.application;

import java.util.List;

/** A question as a reader sees it before submitting: no hint of which option is correct. */
public record QuizQuestion(long id, int position, String prompt, List<Choice> options) {

    /** An option without its correctness. */
    public record Choice(long id, String label) {
    }
}
