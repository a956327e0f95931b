package id.yomu.engine.clans.application;

/** A reader as a clan shows them: their id and the display name they had when they joined or asked. */
public record Member(long readerId, String displayName) {
}
