package id.yomu.engine.clans.application.internal;

/** A clan's row as read under FOR NO KEY UPDATE: membership changes of one clan happen one at a time. */
record LockedClan(long id, String name, long leaderId) {
}
