/**
 * The league (spec §5): tiers, contributions with multipliers, season scores, seasons and their end,
 * leaderboards. Owns engine.season, engine.league_settings, engine.clan_contribution (with its running
 * totals engine.clan_season_total and engine.clan_season_contributor), engine.clan_multiplier,
 * engine.clan_mission_day and engine.season_result; reads the clan tables of
 * id.yomu.engine.clans and engine.reader_progress. Observes QUIZ_COMPLETED, MissionCompleted and
 * MissionRewardClaimed; fires ClanSeasonFinished. A season ends exactly once across instances because
 * only the transaction whose conditional UPDATE of the season row matched goes on to close it.
 */
package id.yomu.engine.league;
