package id.yomu.engine.events;

/** A clan's leader accepted or rejected a reader's join request. */
public record JoinRequestAnswered(long readerId, long clanId, String clanName, boolean accepted) {
}
