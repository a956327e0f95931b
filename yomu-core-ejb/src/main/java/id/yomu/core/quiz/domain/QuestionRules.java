package id.yomu.core.quiz.domain;

import id.yomu.core.shared.FieldError;
import java.util.ArrayList;
import java.util.List;

/** Spec §2 rules of a question: prompt, optional explanation, 2–6 options, exactly one correct. */
public final class QuestionRules {

    public static final int MAX_QUESTIONS = 20;
    public static final int PROMPT_MAX = 1000;
    public static final int EXPLANATION_MAX = 2000;
    public static final int LABEL_MAX = 500;

    private QuestionRules() {
    }

    public static List<FieldError> check(String prompt, String explanation, List<Question.OptionDraft> options) {
        List<FieldError> errors = new ArrayList<>();
        if (prompt == null || prompt.isBlank()) {
            errors.add(FieldError.required("prompt"));
        } else if (prompt.strip().length() > PROMPT_MAX) {
            errors.add(new FieldError("prompt", "too_long", "must be at most " + PROMPT_MAX + " characters"));
        }
        if (explanation != null && explanation.strip().length() > EXPLANATION_MAX) {
            errors.add(new FieldError("explanation", "too_long", "must be at most " + EXPLANATION_MAX + " characters"));
        }
        if (options == null || options.size() < 2 || options.size() > 6) {
            errors.add(new FieldError("options", "invalid", "a question needs 2 to 6 options"));
            return errors;
        }
        for (int i = 0; i < options.size(); i++) {
            String label = options.get(i) == null ? null : options.get(i).label();
            if (label == null || label.isBlank()) {
                errors.add(FieldError.required("options[" + i + "].label"));
            } else if (label.strip().length() > LABEL_MAX) {
                errors.add(new FieldError("options[" + i + "].label", "too_long",
                        "must be at most " + LABEL_MAX + " characters"));
            }
        }
        long correct = options.stream().filter(option -> option != null && option.correct()).count();
        if (correct != 1) {
            errors.add(new FieldError("options", "one_correct", "exactly one option must be correct, not " + correct));
        }
        return errors;
    }

    /** round(100 × correct / total), half up, as an integer 0–100. */
    public static int score(int correct, int total) {
        return total == 0 ? 0 : (int) Math.round(100.0 * correct / total);
    }
}
