package id.yomu.engine.achievements.domain;

/** Progress shown towards a goal never passes the goal. */
public final class Progress {

    private Progress() {
    }

    public static int capped(long value, int goal) {
        return (int) Math.max(0, Math.min(value, goal));
    }
}
