package id.yomu.web.interfaces.rest.league;

import id.yomu.core.shared.Page;

/** A page of readers by XP, and the caller's own row (null when anonymous or without XP). */
public record ReaderLeaderboard(Page<ReaderRow> readers, ReaderRow me) {
}
