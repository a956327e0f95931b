package id.yomu.engine.league.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A clan's season score by its tier (spec §5): higher tiers reward consistency over size.
 *
 * @param sum the multiplied contributions of the season
 * @param contributors members with at least one contribution this season
 * @param members the clan's members now
 * @param meanAccuracy mean quiz accuracy (0-100) of the clan's quiz results this season, null when none
 */
public record SeasonScore(BigDecimal sum, int contributors, int members, BigDecimal meanAccuracy) {

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public BigDecimal forTier(Tier tier) {
        BigDecimal score = switch (tier) {
            case BRONZE -> sum;
            case SILVER -> contributors == 0 ? BigDecimal.ZERO : perHead(contributors);
            case GOLD -> gold();
            case DIAMOND -> meanAccuracy == null ? BigDecimal.ZERO : gold().multiply(meanAccuracy).divide(HUNDRED, 6, RoundingMode.HALF_UP);
        };
        return score.setScale(2, RoundingMode.HALF_UP);
    }

    private BigDecimal gold() {
        return members == 0 ? BigDecimal.ZERO : perHead(members);
    }

    private BigDecimal perHead(int heads) {
        return sum.divide(BigDecimal.valueOf(heads), 6, RoundingMode.HALF_UP).multiply(TEN);
    }
}
