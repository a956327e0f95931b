package id.yomu.engine.achievements.domain;

import id.yomu.core.shared.FieldError;
import id.yomu.engine.achievements.application.AchievementDraft;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What a valid achievement template is; every broken rule names its field. */
public final class AchievementRules {

    public static final int MAX_NAME = 80;
    public static final int MAX_DESCRIPTION = 255;
    public static final int MAX_TARGET = 100_000;
    public static final int MAX_REWARD = 10_000;

    private AchievementRules() {
    }

    public static List<FieldError> validate(AchievementDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "name", draft.name(), MAX_NAME);
        text(errors, "description", draft.description(), MAX_DESCRIPTION);
        AchievementType type = oneOf(errors, "type", draft.type(), AchievementType.class);
        oneOf(errors, "rarity", draft.rarity(), Rarity.class);
        range(errors, "target", draft.target(), 1, MAX_TARGET);
        range(errors, "reward", draft.reward(), 0, MAX_REWARD);
        if (type != null && type.needsThreshold()) {
            range(errors, "threshold", draft.threshold(), 1, 100);
        }
        return errors;
    }

    static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.required(field));
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "too_long", "must be at most " + max + " characters"));
        }
    }

    static void range(List<FieldError> errors, String field, Integer value, int min, int max) {
        if (value == null) {
            errors.add(FieldError.required(field));
        } else if (value < min || value > max) {
            errors.add(new FieldError(field, "out_of_range", "must be a whole number from " + min + " to " + max));
        }
    }

    static <E extends Enum<E>> E oneOf(List<FieldError> errors, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.required(field));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "invalid", "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
