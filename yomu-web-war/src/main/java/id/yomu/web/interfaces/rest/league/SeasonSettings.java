package id.yomu.web.interfaces.rest.league;

import id.yomu.engine.league.application.SeasonView;

/** The running season and the length, in days, that each next season gets. */
public record SeasonSettings(SeasonView season, int seasonDays) {
}
