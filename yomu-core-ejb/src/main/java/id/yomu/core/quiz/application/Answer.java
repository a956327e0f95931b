package id.yomu.core.quiz.application;

/** The option a reader chose for a question. */
public record Answer(Long questionId, Long optionId) {
}
