/**
 * Clans (spec §5): creation, membership, join requests and leadership. Owns engine.clan,
 * engine.clan_member and engine.clan_join_request. Race safety is the database's: one clan per reader is
 * clan_member's primary key, one pending request per reader and clan a partial unique index, and every
 * change of a clan's membership first locks the clan's row. Fires JoinRequestAnswered; knows nothing of
 * notifications, which the reader side builds from that event.
 */
package id.yomu.engine.clans;
