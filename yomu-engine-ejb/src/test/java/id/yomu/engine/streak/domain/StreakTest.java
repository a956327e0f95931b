package id.yomu.engine.streak.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreakTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    @Test
    void consecutiveDaysMakeOneRun() {
        assertEquals(new Streak(3, 3, MONDAY.plusDays(2)), Streak.of(List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2))));
    }

    @Test
    void aMissedDayStartsOverButKeepsTheBest() {
        assertEquals(new Streak(1, 2, MONDAY.plusDays(3)), Streak.of(List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(3))));
    }

    @Test
    void theOrderInWhichDaysArriveDoesNotMatter() {
        assertEquals(new Streak(3, 3, MONDAY.plusDays(5)),
                Streak.of(List.of(MONDAY.plusDays(5), MONDAY, MONDAY.plusDays(4), MONDAY.plusDays(3))));
    }

    @Test
    void aDayCountsOnce() {
        assertEquals(new Streak(1, 1, MONDAY), Streak.of(List.of(MONDAY, MONDAY)));
        assertThrows(IllegalArgumentException.class, () -> Streak.of(List.of()));
    }

    @Test
    void theRunIsAliveUntilADayIsMissed() {
        Streak streak = new Streak(4, 6, MONDAY);
        assertEquals(4, streak.currentOn(MONDAY));
        assertEquals(4, streak.currentOn(MONDAY.plusDays(1)), "today is not over yet");
        assertEquals(0, streak.currentOn(MONDAY.plusDays(2)));
    }
}
