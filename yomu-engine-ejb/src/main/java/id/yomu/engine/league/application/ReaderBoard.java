package id.yomu.engine.league.application;

import id.yomu.core.shared.Page;

/** A page of the reader leaderboard and the viewer's own row (null when they have no XP yet). */
public record ReaderBoard(Page<ReaderRank> readers, ReaderRank me) {
}
