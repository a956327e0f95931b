package id.yomu.engine.achievements.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.yomu.core.shared.FieldError;
import id.yomu.engine.achievements.application.AchievementDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

class PinRulesTest {

    @Test
    void onlyUnlockedAchievementsArePinned() {
        assertEquals(PinRules.PinRefusal.LOCKED, PinRules.check(false, false, 0));
    }

    @Test
    void threeAtMost() {
        assertNull(PinRules.check(true, false, 2));
        assertEquals(PinRules.PinRefusal.TOO_MANY, PinRules.check(true, false, 3));
    }

    @Test
    void pinningAPinnedOneAgainIsAllowedWhenThreeArePinned() {
        assertNull(PinRules.check(true, true, 3));
    }

    @Test
    void progressIsCappedAtTheGoal() {
        assertEquals(7, Progress.capped(12, 7));
        assertEquals(3, Progress.capped(3, 7));
        assertEquals(1, AchievementType.CLAN_RANK.goal(3), "CLAN_RANK's target is a rank, reached once");
        assertEquals(50, AchievementType.ARTICLES_READ.goal(50));
    }

    @Test
    void everyBadFieldIsNamed() {
        List<FieldError> errors = AchievementRules.validate(new AchievementDraft(" ", null, "NOPE", 0, null, -1, "SHINY", null));
        assertEquals(List.of("name", "description", "type", "rarity", "target", "reward"),
                errors.stream().map(FieldError::field).toList());
        assertEquals(List.of("threshold"), AchievementRules.validate(
                new AchievementDraft("a", "b", "ACCURACY_AT_LEAST", 5, 101, 1, "RARE", true)).stream().map(FieldError::field).toList());
    }
}
