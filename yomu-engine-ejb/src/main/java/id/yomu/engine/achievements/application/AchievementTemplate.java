package id.yomu.engine.achievements.application;

/** A stored achievement template. */
public record AchievementTemplate(long id, String name, String description, String type, int target, Integer threshold,
        int reward, String rarity, boolean active) {
}
