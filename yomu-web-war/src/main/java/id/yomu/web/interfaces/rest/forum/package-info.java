/**
 * The forum's REST resources (spec §3, §7): threads under an article, one comment's edit, delete, vote,
 * reactions and reports, and the admins' moderation queue. The caller comes from CurrentAccount; every
 * rule lives in the core's forum services.
 */
package id.yomu.web.interfaces.rest.forum;
