package id.yomu.engine.league.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SeasonScoreTest {

    private final SeasonScore season = new SeasonScore(new BigDecimal("300"), 3, 6, new BigDecimal("80"));

    @Test
    void bronzeIsTheSum() {
        assertEquals(new BigDecimal("300.00"), season.forTier(Tier.BRONZE));
    }

    @Test
    void silverIsTheMeanPerContributingMemberTimesTen() {
        assertEquals(new BigDecimal("1000.00"), season.forTier(Tier.SILVER));
    }

    @Test
    void goldDividesByEveryMemberSoInactiveOnesDragItDown() {
        assertEquals(new BigDecimal("500.00"), season.forTier(Tier.GOLD));
    }

    @Test
    void diamondIsGoldWeightedByMeanAccuracy() {
        assertEquals(new BigDecimal("400.00"), season.forTier(Tier.DIAMOND));
    }

    @Test
    void aSeasonWithoutContributionsScoresZeroInEveryTier() {
        SeasonScore quiet = new SeasonScore(BigDecimal.ZERO, 0, 4, null);
        for (Tier tier : Tier.values()) {
            assertEquals(new BigDecimal("0.00"), quiet.forTier(tier), tier.name());
        }
    }
}
