package id.yomu.engine.missions.domain;

import id.yomu.core.shared.FieldError;
import id.yomu.engine.missions.application.MissionDraft;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** What a valid mission template is, how progress moves, and what a valid choice of the day's missions is. */
public final class MissionRules {

    public static final int MISSIONS_PER_DAY = 3;
    public static final int MAX_TARGET = 100;
    public static final int MAX_REWARD = 1_000;

    private MissionRules() {
    }

    /**
     * The progress a reader sees: never past the target, even after an admin lowered it (the stored value is
     * capped the same way as it grows, by LEAST in the upsert, so that two events never race past it).
     */
    public static int shown(int progress, int target) {
        return Math.max(0, Math.min(progress, target));
    }

    public static List<FieldError> validate(MissionDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        MissionType type = null;
        if (draft.type() == null || draft.type().isBlank()) {
            errors.add(FieldError.required("type"));
        } else {
            try {
                type = MissionType.valueOf(draft.type().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("type", "invalid", "must be one of " + Arrays.toString(MissionType.values())));
            }
        }
        range(errors, "target", draft.target(), 1, MAX_TARGET);
        range(errors, "reward", draft.reward(), 0, MAX_REWARD);
        if (type != null && type.needsThreshold()) {
            range(errors, "threshold", draft.threshold(), 1, 100);
        }
        return errors;
    }

    /** The day's missions an admin picks: exactly three different templates. */
    public static List<FieldError> validateChoice(List<Long> templateIds) {
        if (templateIds == null || templateIds.size() != MISSIONS_PER_DAY || templateIds.stream().anyMatch(Objects::isNull)
                || templateIds.stream().distinct().count() != MISSIONS_PER_DAY) {
            return List.of(new FieldError("template_ids", "invalid",
                    "must name exactly " + MISSIONS_PER_DAY + " different mission templates"));
        }
        return List.of();
    }

    private static void range(List<FieldError> errors, String field, Integer value, int min, int max) {
        if (value == null) {
            errors.add(FieldError.required(field));
        } else if (value < min || value > max) {
            errors.add(new FieldError(field, "out_of_range", "must be a whole number from " + min + " to " + max));
        }
    }
}
