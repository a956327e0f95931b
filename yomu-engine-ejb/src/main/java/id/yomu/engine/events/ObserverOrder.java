package id.yomu.engine.events;

/**
 * The order in which features see one core event ({@code @Observes @Priority(ObserverOrder.X)}): totals
 * first, then what reads them (a streak before the STREAK_DAYS achievement, XP before levels).
 */
public final class ObserverOrder {

    public static final int POINTS = 100;
    public static final int STREAK = 200;
    public static final int MISSIONS = 300;
    public static final int ACHIEVEMENTS = 400;
    public static final int LEAGUE = 500;

    private ObserverOrder() {
    }
}
