package id.yomu.engine.missions.application;

import java.time.LocalDate;

/** One of the day's missions as a reader sees it: progress (capped at the target), completed, claimed. */
public record ReaderMission(long templateId, LocalDate day, String type, int target, Integer threshold, int reward,
        int progress, boolean completed, boolean claimed) {
}
