package id.yomu.engine.league.application;

import java.math.BigDecimal;
import java.util.List;

/** A clan's running season: its score by its tier's formula, rank in the tier, and the multiplier now. */
public record ClanSeasonView(long clanId, int seasonNumber, String tier, BigDecimal score, int rank,
        BigDecimal contributions, BigDecimal multiplier, List<ActiveMultiplier> multipliers) {
}
