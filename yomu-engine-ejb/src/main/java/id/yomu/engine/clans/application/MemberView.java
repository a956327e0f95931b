package id.yomu.engine.clans.application;

import java.time.Instant;

/** One member of a clan, longest-standing first in lists. */
public record MemberView(long readerId, String displayName, boolean leader, Instant joinedAt) {
}
