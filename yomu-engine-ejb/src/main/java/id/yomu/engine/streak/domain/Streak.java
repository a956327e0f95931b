package id.yomu.engine.streak.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.TreeSet;

/**
 * A reader's run of active days: how long the run ending on {@code lastDay} is, and the longest run ever.
 * Computed from the whole set of active days, so the order in which days become known does not matter.
 */
public record Streak(int currentDays, int bestDays, LocalDate lastDay) {

    /** The streak of a non-empty set of active days. */
    public static Streak of(Collection<LocalDate> activeDays) {
        int best = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : new TreeSet<>(activeDays)) {
            run = previous != null && day.equals(previous.plusDays(1)) ? run + 1 : 1;
            best = Math.max(best, run);
            previous = day;
        }
        if (previous == null) {
            throw new IllegalArgumentException("a streak needs at least one active day");
        }
        return new Streak(run, best, previous);
    }

    /** The run as of {@code today}: still alive if the last active day is today or yesterday, else 0. */
    public int currentOn(LocalDate today) {
        return lastDay.isBefore(today.minusDays(1)) ? 0 : currentDays;
    }
}
