package id.yomu.engine.league.domain;

import java.math.BigDecimal;
import java.util.Collection;

/** Active multipliers multiply, and the product is clamped to [0.5, 2.0] so stacked effects stay bounded. */
public final class Multipliers {

    public static final BigDecimal PRODUCTIVITY_BUFF = new BigDecimal("1.2");
    public static final BigDecimal LOW_ACCURACY_PENALTY = new BigDecimal("0.8");
    static final BigDecimal MIN = new BigDecimal("0.5");
    static final BigDecimal MAX = new BigDecimal("2.0");

    private Multipliers() {
    }

    public static BigDecimal combine(Collection<BigDecimal> active) {
        BigDecimal product = BigDecimal.ONE;
        for (BigDecimal factor : active) {
            product = product.multiply(factor);
        }
        return product.max(MIN).min(MAX).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
