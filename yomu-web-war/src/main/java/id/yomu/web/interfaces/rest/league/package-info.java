/**
 * The league's REST resources (spec §5, §7): the running season and its countdown, tier tables, past
 * seasons and their results, the reader leaderboard, and the admins' season controls.
 */
package id.yomu.web.interfaces.rest.league;
