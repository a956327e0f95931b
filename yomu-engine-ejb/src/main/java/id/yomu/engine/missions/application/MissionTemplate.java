package id.yomu.engine.missions.application;

/** A stored mission template. */
public record MissionTemplate(long id, String type, int target, Integer threshold, int reward, boolean active) {
}
