/**
 * The clans' REST resources (spec §5, §7): the directory, a clan and its leader's actions, join requests,
 * and one's own membership. Every rule lives in the engine's ClanService.
 */
package id.yomu.web.interfaces.rest.clans;
