package id.yomu.engine.events;

import java.util.List;

/**
 * A clan's result when its season ended: its rank within the tier it played in, and the tier it moves to
 * (the same when it stays). Fired once per clan, inside the season-end transaction.
 *
 * @param tierBefore BRONZE, SILVER, GOLD or DIAMOND
 * @param rank equal scores share a rank, so every clan of a tier where nobody scored is rank 1
 * @param scored whether the clan's season score is above zero: a clan that earned nothing ran no race
 * @param memberIds the clan's members at the end of the season
 */
public record ClanSeasonFinished(long clanId, String clanName, int seasonNumber, String tierBefore,
        String tierAfter, int rank, boolean scored, List<Long> memberIds) {

    public boolean promoted() {
        return Tiers.order(tierAfter) > Tiers.order(tierBefore);
    }

    public boolean relegated() {
        return Tiers.order(tierAfter) < Tiers.order(tierBefore);
    }

    /** Tier names in rising order; kept here so readers of the event need no league class. */
    static final class Tiers {
        private static final List<String> RISING = List.of("BRONZE", "SILVER", "GOLD", "DIAMOND");

        static int order(String tier) {
            return RISING.indexOf(tier);
        }
    }
}
