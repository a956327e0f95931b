package id.yomu.engine.missions.application;

/**
 * A mission template as an admin writes it.
 *
 * @param threshold the accuracy percentage (1-100), only for QUIZ_ACCURACY
 */
public record MissionDraft(String type, Integer target, Integer threshold, Integer reward, Boolean active) {
}
