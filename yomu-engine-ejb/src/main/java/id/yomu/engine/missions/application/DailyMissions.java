package id.yomu.engine.missions.application;

import java.time.LocalDate;
import java.util.List;

/** A day's missions and who picked them (the timer or first need of an instance, or an admin). */
public record DailyMissions(LocalDate day, String pickedBy, List<MissionTemplate> missions) {
}
