package id.yomu.engine.achievements.application;

import id.yomu.engine.achievements.domain.AchievementType;
import id.yomu.engine.achievements.domain.Rarity;
import java.util.Arrays;
import java.util.List;

/** The values an admin may choose for a template's type and rarity, for forms. */
public final class AchievementChoices {

    public static final List<String> TYPES = Arrays.stream(AchievementType.values()).map(Enum::name).toList();
    public static final List<String> RARITIES = Arrays.stream(Rarity.values()).map(Enum::name).toList();

    private AchievementChoices() {
    }
}
