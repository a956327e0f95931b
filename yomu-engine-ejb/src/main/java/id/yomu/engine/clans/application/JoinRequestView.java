package id.yomu.engine.clans.application;

import java.time.Instant;

/** A reader's pending request to join a clan, as its leader sees it. */
public record JoinRequestView(long id, long clanId, long readerId, String displayName, Instant createdAt) {
}
