package id.yomu.engine.league.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipliersTest {

    @Test
    void noActiveMultiplierMeansOne() {
        assertEquals(new BigDecimal("1.00"), Multipliers.combine(List.of()));
    }

    @Test
    void activeMultipliersMultiply() {
        assertEquals(new BigDecimal("0.96"),
                Multipliers.combine(List.of(Multipliers.PRODUCTIVITY_BUFF, Multipliers.LOW_ACCURACY_PENALTY)));
    }

    @Test
    void theProductIsClampedToHalfAndTwo() {
        assertEquals(new BigDecimal("2.00"), Multipliers.combine(List.of(new BigDecimal("1.5"), new BigDecimal("1.5"))));
        assertEquals(new BigDecimal("0.50"), Multipliers.combine(List.of(new BigDecimal("0.6"), new BigDecimal("0.6"))));
    }
}
