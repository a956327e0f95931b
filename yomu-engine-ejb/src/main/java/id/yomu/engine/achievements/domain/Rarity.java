package id.yomu.engine.achievements.domain;

/** How rare an achievement is, rising. */
public enum Rarity {
    COMMON,
    RARE,
    EPIC,
    LEGENDARY
}
