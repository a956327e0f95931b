package id.yomu.engine.league.application;

import java.math.BigDecimal;

/** How a clan finished a season: its rank and score in the tier it played, and the tier it moved to. */
public record SeasonResultView(int seasonNumber, long clanId, String clanName, String tierBefore, String tierAfter,
        int rank, BigDecimal score, int members) {

    public boolean promoted() {
        return tierOrder(tierAfter) > tierOrder(tierBefore);
    }

    public boolean relegated() {
        return tierOrder(tierAfter) < tierOrder(tierBefore);
    }

    private static int tierOrder(String tier) {
        return id.yomu.engine.league.domain.Tier.valueOf(tier).ordinal();
    }
}
