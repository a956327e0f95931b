package id.yomu.engine.league.domain;

import java.math.BigDecimal;

/** A clan's place in its tier at the end of a season, and where it goes next. */
public record Standing(long clanId, int rank, BigDecimal score, Tier tierBefore, Tier tierAfter) {

    public boolean promoted() {
        return tierAfter.ordinal() > tierBefore.ordinal();
    }

    public boolean relegated() {
        return tierAfter.ordinal() < tierBefore.ordinal();
    }
}
