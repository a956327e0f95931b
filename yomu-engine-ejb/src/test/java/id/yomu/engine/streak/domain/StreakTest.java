package id.yomu.engine.streak.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StreakTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    @Test
    void consecutiveDaysGrowTheRun() {
        Streak streak = Streak.first(MONDAY).after(MONDAY.plusDays(1)).after(MONDAY.plusDays(2));
        assertEquals(new Streak(3, 3, MONDAY.plusDays(2)), streak);
    }

    @Test
    void aSecondActionOnTheSameDayCountsOnce() {
        assertEquals(Streak.first(MONDAY), Streak.first(MONDAY).after(MONDAY));
    }

    @Test
    void aMissedDayStartsOverButKeepsTheBest() {
        Streak streak = Streak.first(MONDAY).after(MONDAY.plusDays(1)).after(MONDAY.plusDays(3));
        assertEquals(new Streak(1, 2, MONDAY.plusDays(3)), streak);
    }

    @Test
    void aLateEventOfAnEarlierDayChangesNothing() {
        Streak streak = Streak.first(MONDAY.plusDays(1));
        assertEquals(streak, streak.after(MONDAY));
    }

    @Test
    void theRunIsAliveUntilADayIsMissed() {
        Streak streak = new Streak(4, 6, MONDAY);
        assertEquals(4, streak.currentOn(MONDAY));
        assertEquals(4, streak.currentOn(MONDAY.plusDays(1)), "today is not over yet");
        assertEquals(0, streak.currentOn(MONDAY.plusDays(2)));
    }
}
