package id.yomu.core.quiz.application;

import java.util.List;

/** What an admin writes for a question. */
public record QuestionDraft(String prompt, String explanation, List<OptionDraft> options) {

    /** One option; correct must be true for exactly one. */
    public record OptionDraft(String label, Boolean correct) {
    }
}
