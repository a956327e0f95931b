package id.yomu.engine.streak.domain;

import java.time.LocalDate;

/**
 * A reader's run of active days: how long the run ending on {@code lastDay} is, and the longest run ever.
 * Immutable; each qualifying day gives the next value.
 */
public record Streak(int currentDays, int bestDays, LocalDate lastDay) {

    public static Streak first(LocalDate day) {
        return new Streak(1, 1, day);
    }

    /** The streak after activity on {@code day}; a day already counted or older changes nothing. */
    public Streak after(LocalDate day) {
        if (!day.isAfter(lastDay)) {
            return this;
        }
        int current = day.equals(lastDay.plusDays(1)) ? currentDays + 1 : 1;
        return new Streak(current, Math.max(bestDays, current), day);
    }

    /** The run as of {@code today}: still alive if the last active day is today or yesterday, else 0. */
    public int currentOn(LocalDate today) {
        return lastDay.isBefore(today.minusDays(1)) ? 0 : currentDays;
    }
}
