package id.yomu.engine.achievements.application;

import java.time.Instant;

/**
 * One achievement as a reader sees it: how far they got ({@code progress} of {@code goal}), when it
 * unlocked (null while locked) and whether it is pinned on their profile.
 */
public record ReaderAchievement(long id, String name, String description, String type, String rarity, int reward,
        int progress, int goal, boolean unlocked, Instant unlockedAt, boolean pinned) {
}
