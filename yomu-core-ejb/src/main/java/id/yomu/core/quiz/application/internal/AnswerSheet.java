package id.yomu.core.quiz.application.internal;

import id.yomu.core.quiz.application.Answer;
import id.yomu.core.quiz.domain.AnswerOption;
import id.yomu.core.quiz.domain.Question;
import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks a submission: every question answered exactly once, with one of its own options. */
final class AnswerSheet {

    private AnswerSheet() {
    }

    static Map<Long, Long> check(List<Question> questions, List<Answer> answers) {
        if (answers == null || answers.isEmpty()) {
            throw new InvalidInputException(FieldError.required("answers"));
        }
        Map<Long, Question> byId = questions.stream().collect(Collectors.toMap(Question::id, q -> q));
        Map<Long, Long> chosen = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            String field = "answers[" + i + "]";
            if (answer == null || answer.questionId() == null || answer.optionId() == null) {
                errors.add(new FieldError(field, "required", "needs question_id and option_id"));
            } else if (!byId.containsKey(answer.questionId())) {
                errors.add(new FieldError(field + ".question_id", "foreign", "is not a question of this quiz"));
            } else if (chosen.containsKey(answer.questionId())) {
                errors.add(new FieldError(field + ".question_id", "duplicate", "this question is already answered"));
            } else if (!optionIds(byId.get(answer.questionId())).contains(answer.optionId())) {
                errors.add(new FieldError(field + ".option_id", "foreign", "is not an option of this question"));
            } else {
                chosen.put(answer.questionId(), answer.optionId());
            }
        }
        for (Question question : questions) {
            if (!chosen.containsKey(question.id()) && answers.stream().noneMatch(a -> a != null && question.id().equals(a.questionId()))) {
                errors.add(new FieldError("answers", "missing",
                        "question " + question.position() + " (id " + question.id() + ") is not answered"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return chosen;
    }

    private static Set<Long> optionIds(Question question) {
        return question.options().stream().map(AnswerOption::id).collect(Collectors.toSet());
    }
}
