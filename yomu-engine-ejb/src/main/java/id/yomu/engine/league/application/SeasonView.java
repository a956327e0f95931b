package id.yomu.engine.league.application;

import java.time.Instant;

/** A season: running while endedAt is null; secondsLeft counts down to its scheduled end (0 once due). */
public record SeasonView(int number, Instant startsAt, Instant endsAt, Instant endedAt, long secondsLeft) {

    public boolean running() {
        return endedAt == null;
    }
}
