package id.yomu.engine.league.domain;

import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;
import java.util.Locale;

/** League tiers, lowest first. A new clan starts in BRONZE; DIAMOND cannot rise and BRONZE cannot fall. */
public enum Tier {
    BRONZE, SILVER, GOLD, DIAMOND;

    public boolean top() {
        return this == DIAMOND;
    }

    public boolean bottom() {
        return this == BRONZE;
    }

    public Tier above() {
        return top() ? this : values()[ordinal() + 1];
    }

    public Tier below() {
        return bottom() ? this : values()[ordinal() - 1];
    }

    /** A tier named by a client, case-insensitively; anything else is a 400 naming the field. */
    public static Tier parse(String field, String raw) {
        if (raw != null) {
            for (Tier tier : values()) {
                if (tier.name().equals(raw.strip().toUpperCase(Locale.ROOT))) {
                    return tier;
                }
            }
        }
        throw new InvalidInputException(new FieldError(field, "invalid", "must be BRONZE, SILVER, GOLD or DIAMOND"));
    }
}
