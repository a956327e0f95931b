package id.yomu.web.interfaces.faces;

/** Seconds left as days, hours and minutes, for a season's countdown without JavaScript. */
public record Countdown(long days, long hours, long minutes) {

    public static Countdown of(long seconds) {
        long s = Math.max(0, seconds);
        return new Countdown(s / 86_400, s % 86_400 / 3_600, s % 3_600 / 60);
    }
}
