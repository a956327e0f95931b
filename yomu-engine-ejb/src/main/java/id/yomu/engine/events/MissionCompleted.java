package id.yomu.engine.events;

import java.time.LocalDate;

/** A reader's progress on one of the day's missions reached its target (once per reader, mission and day). */
public record MissionCompleted(long readerId, long missionTemplateId, LocalDate day) {
}
