package id.yomu.engine.achievements.application;

/**
 * An achievement template as an admin writes it; every field is text or a boxed number so that a missing
 * or unknown value is reported by name rather than failing to parse.
 *
 * @param threshold the accuracy percentage (1-100), only for ACCURACY_AT_LEAST
 */
public record AchievementDraft(String name, String description, String type, Integer target, Integer threshold,
        Integer reward, String rarity, Boolean active) {
}
