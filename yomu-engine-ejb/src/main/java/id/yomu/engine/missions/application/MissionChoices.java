package id.yomu.engine.missions.application;

import id.yomu.engine.missions.domain.MissionType;
import java.util.Arrays;
import java.util.List;

/** The mission types an admin may choose for a template, for forms. */
public final class MissionChoices {

    public static final List<String> TYPES = Arrays.stream(MissionType.values()).map(Enum::name).toList();

    private MissionChoices() {
    }
}
