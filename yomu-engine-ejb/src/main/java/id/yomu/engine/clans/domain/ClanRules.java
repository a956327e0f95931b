package id.yomu.engine.clans.domain;

import id.yomu.core.shared.FieldError;
import id.yomu.core.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** What a clan's name and description must be (spec §5): name 3-40 characters, description at most 255. */
public final class ClanRules {

    public static final int NAME_MIN = 3;
    public static final int NAME_MAX = 40;
    public static final int DESCRIPTION_MAX = 255;

    private ClanRules() {
    }

    /** The name and description stripped of surrounding blanks, or every broken rule at once. */
    public static ClanText checked(String name, String description) {
        String cleanName = name == null ? "" : name.strip();
        String cleanDescription = description == null ? "" : description.strip();
        List<FieldError> errors = new ArrayList<>();
        if (cleanName.isEmpty()) {
            errors.add(FieldError.required("name"));
        } else if (cleanName.length() < NAME_MIN || cleanName.length() > NAME_MAX) {
            errors.add(new FieldError("name", "length", "must be " + NAME_MIN + " to " + NAME_MAX + " characters"));
        }
        if (cleanDescription.length() > DESCRIPTION_MAX) {
            errors.add(new FieldError("description", "too_long", "must be at most " + DESCRIPTION_MAX + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ClanText(cleanName, cleanDescription);
    }

    public record ClanText(String name, String description) {
    }
}
