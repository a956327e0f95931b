package id.yomu.engine.league.application;

import id.yomu.core.shared.Page;

/** A page of a tier's table, and the viewer's own clan's row wherever it stands (null when not in this tier). */
public record TierTable(String tier, int seasonNumber, Page<LeagueRow> clans, LeagueRow myClan) {
}
