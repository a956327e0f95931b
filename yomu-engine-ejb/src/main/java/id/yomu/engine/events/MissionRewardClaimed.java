package id.yomu.engine.events;

import java.time.LocalDate;

/** A reader claimed a completed mission: its reward went to their XP and goes to their clan's season score. */
public record MissionRewardClaimed(long readerId, long missionTemplateId, LocalDate day, int reward) {
}
